from lib import Page


def familylink():
    p = Page("de", "familylink-lena-daten", "Google Family Link",
             "https://familylink.google.com/member/104857733201/settings/data",
             "Daten und Datenschutz für Lena", known=True, user="Katrin Albers", color="#1a73e8",
             intro="Diese Einstellungen gelten für Lenas Google-Konto auf allen Geräten.",
             nav=["Übersicht", "Bildschirmzeit", "Apps", "Inhaltsbeschränkungen", "Standort",
                  "Daten und Datenschutz", "Kontoeinstellungen"], nav_active=5,
             notes="Bekannter Dienst (Rekonstruktion), Sie-Form. Klartext-Checkbox (aus); aria-label-Schalter "
                   "'Sprach- und Audioaufnahmen speichern', dessen Hilfetext erst das Training nennt; Ausnahme-"
                   "Checkbox in geschlossenem <details>. Köder: Gemini zulassen, Web- & App-Aktivitäten, SafeSearch. "
                   "Versteckt: geschlossener <dialog>.")
    s1 = (p.sw("Gemini-Apps auf Lenas Geräten zulassen", True,
               help="Lena kann Fragen stellen und sich bei Hausaufgaben helfen lassen. Für Kinderkonten gelten "
                    "zusätzliche Schutzmaßnahmen.")
          + p.cb("Lenas Gemini-Aktivitäten zur Verbesserung von Google-KI-Modellen verwenden", checked=False,
                 ai=(False, "p")))
    p.add(p.section("Gemini-Apps", s1))
    s2 = (p.state_row("Web- & App-Aktivitäten", "An", "Deaktivieren", suffix="– Web- & App-Aktivitäten",
                      desc="Gespeicherte Aktivitäten sorgen für passendere Ergebnisse und Vorschläge in "
                           "Google-Diensten.")
          + p.sw("Sprach- und Audioaufnahmen speichern", True, mode="aria-label", shown="Sprach- und Audioaufnahmen",
                 help="Wenn diese Option aktiviert ist, können Ausschnitte von Lenas Aufnahmen von geschulten "
                      "Prüfern angehört und zum Trainieren der Google-Spracherkennung verwendet werden.",
                 ai=(True, "v")))
    with p.collapsed():
        det = p.cb("Lenas YouTube-Verlauf vom Modelltraining ausnehmen", checked=True, ai=(False, "i"))
    s2 += p.details("Erweiterte Einstellungen", det)
    with p.hidden():
        dl = p.cb("Drittanbieter-Apps dürfen Lenas Daten für KI-Training nutzen", checked=False, ai=(False, "p"))
    s2 += p.dialog("Einstellungen für Drittanbieter-Apps", "Drittanbieter-Apps", dl, close="Fertig",
                   cancel="Abbrechen")
    p.add(p.section("Aktivitätseinstellungen", s2,
                    intro="Als Elternteil legen Sie fest, was in Lenas Konto gespeichert wird."))
    s3 = (p.select("Tageslimit", ["1 Stunde", "2 Stunden", "3 Stunden", "Kein Limit"], 1)
          + p.text("Schlafenszeit ab", "20:00", type="time")
          + p.cb("SafeSearch in der Google Suche", checked=True)
          + p.seg("Websites in Chrome", ["Alle zulassen", "Anstößige blockieren", "Nur zugelassene"], 1)
          + p.radios("Apps und Spiele bei Google Play", ["Alle", "Ab 6 Jahren", "Ab 12 Jahren"], 1)
          + p.cb("Käufe und Downloads genehmigen", checked=True)
          + p.cb("Benachrichtigung, wenn sich Lena auf einem neuen Gerät anmeldet", checked=True))
    p.add(p.section("Einschränkungen", s3))
    p.add(p.section("Konto", p.button("Lenas Standort ansehen") + " " + p.button("Lenas Konto verwalten")))
    p.add(p.button("Speichern", cls="btn btn-primary"))
    return p


def famly():
    p = Page("de", "famly-einwilligungen", "Famly", "https://app.famly.co/account/privacy?lang=de",
             "Datenschutz & Einwilligungen", known=True, user="Tobias Grün", color="#5b3cc4",
             intro="Kita Sonnenblume · Gruppe Füchse · Emil Grün",
             nav=["Neuigkeiten", "Tagebuch", "Nachrichten", "Kalender", "Abholung", "Datenschutz & Einwilligungen",
                  "Beiträge"], nav_active=5,
             notes="Bekannter Dienst (Rekonstruktion), Sie-Form. Tabelle mit drei Spalten; nur die Spalte "
                   "'Modelltraining' ist gelabelt (Zeile + Spalte als Name). Widerspruchs-Checkbox in Ich-Form "
                   "(nicht angehakt = Nutzung). Köder: Teilen mit Kita/Eltern, KI-Übersetzung. Versteckt: "
                   "inaktiver Tab mit älterer Einwilligung.")
    with p.hidden():
        old = p.sw("Einwilligung: Gruppenfotos für KI-Bilderkennung nutzen", True, ai=(True, "p"))
    t1 = p.table("Einwilligungen für Emil", "Daten", ["Kita-intern", "Eltern der Gruppe", "Modelltraining"],
                 [("Fotos", [(True, None), (True, None), (False, (False, "p"))]),
                  ("Beobachtungen", [(True, None), None, (True, (True, "p"))]),
                  ("Schlaf- und Essensprotokolle", [(True, None), None, (False, (False, "p"))])],
                 intro="„Modelltraining“ bedeutet: Famly darf pseudonymisierte Inhalte verwenden, um die "
                       "Funktionen für Beobachtungen und Entwicklungsberichte weiterzuentwickeln.")
    t1 += p.cb("Ich widerspreche der Verwendung von Emils Daten für das Training von KI-Modellen",
               checked=False, ai=(True, "i"))
    t2 = ('<p class="muted">Diese Einwilligung wurde am 12.09.2023 erteilt und ist durch die Tabelle ersetzt.</p>'
          + old)
    p.add(p.section("Einwilligungen", p.tabs("Einwilligungen", [("Aktuell", t1), ("Frühere Einwilligungen", t2)])))
    s2 = (p.sw("Nachrichten der Kita automatisch übersetzen", False, mode="text",
               help="Die Übersetzung erfolgt beim Öffnen; Inhalte werden dabei nicht gespeichert und nicht für "
                    "Training verwendet.")
          + p.cb("Push-Benachrichtigung bei neuen Fotos", checked=True)
          + p.cb("Tagesbericht per E-Mail", checked=False)
          + p.radios("Fotos im Tagebuch anzeigen", ["Alle Fotos der Gruppe", "Nur Fotos mit Emil"], 1,
                     mode="radiogroup"))
    p.add(p.section("Benachrichtigungen & Anzeige", s2))
    s3 = p.button("Abholberechtigte Person hinzufügen") + " " + p.button("SEPA-Mandat ändern")
    p.add(p.section("Abholung & Beiträge", s3))
    p.add(p.button("Änderungen speichern", cls="btn btn-primary"))
    return p


def kugelzeit():
    p = Page("de", "kugelzeit-privatsphaere", "Kugelzeit", "https://app.kugelzeit.test/einstellungen/privatsphaere-ki",
             "Privatsphäre & KI", user="Mira Schultheiß", color="#d9776b",
             intro="SSW 29+3 – schön, dass du da bist!",
             nav=["Mein Profil", "Schwangerschaft", "Hebamme", "Privatsphäre & KI", "Benachrichtigungen", "Abo"],
             nav_active=3,
             notes="Erfundene Schwangerschafts-App, du-Form. Forschungsabschnitt: aria-pressed-Gruppe und Checkbox "
                   "nur mit Datenart benannt (Bedeutung aus Überschrift/Intro); Schalter mit Verneinung 'Keine "
                   "Nutzung …' (aus). Köder: KI-Zusammenfassung auf dem Gerät, Atemtraining, Partnerangebote. "
                   "Versteckt: hidden-Attribut.")
    s1 = (p.sw("KI-Zusammenfassung für den Hebammentermin", True, mode="text",
               help="Wird nur auf deinem Handy erstellt und nirgendwohin übertragen.")
          + p.text("Errechneter Geburtstermin", "2025-10-02", type="date")
          + p.select("Einheit", ["Kilogramm", "Pfund"], 0)
          + p.radios("Größe des Babys darstellen als", ["Obst", "Gemüse", "Zentimeter"], 0))
    p.add(p.section("Dein Schwangerschaftstagebuch", s1))
    s2 = (p.seg("Blutzuckerwerte", ["Teilen", "Nicht teilen"], 1, ai=(False, "h"))
          + p.cb("Daten aus dem Wehen-Timer", checked=True, ai=(True, "h")))
    with p.hidden():
        us = p.sw("Ultraschallbilder für das Modelltraining freigeben", False, ai=(False, "p"))
    s2 += p.conceal("hidden", us)
    p.add(p.section("Mitmachen bei der Forschung", s2,
                    intro="Gemeinsam mit Geburtskliniken trainieren wir Modelle, die Risiken wie "
                          "Schwangerschaftsdiabetes früher erkennen sollen. Du entscheidest, was du beiträgst."))
    s3 = p.sw("Keine Nutzung meiner Tagebucheinträge für KI-Training", False, ai=(True, "i"),
              help="Ist der Schalter aus, dürfen wir deine Einträge pseudonymisiert zum Trainieren unserer "
                   "Assistenz-KI verwenden.")
    p.add(p.section("Deine Einträge", s3))
    s4 = (p.cb("Erinnerungen an die Übungen aus dem Atemtraining", checked=True)
          + p.select("Newsletter", ["Wöchentlich", "Monatlich", "Nie"], 0)
          + p.cb("Angebote unserer Partner (z. B. Windelmarken)", checked=False)
          + p.cb("Mein Partner darf den Kalender sehen", checked=True)
          + p.cb("Push-Mitteilungen", checked=True)
          + p.button("Hebamme einladen"))
    p.add(p.section("Alltag & Benachrichtigungen", s4))
    p.add(p.section("Deine Daten", p.button("Daten exportieren") + " " + p.button("Konto löschen", cls="btn btn-danger")))
    p.add(p.button("Speichern", cls="btn btn-primary"))
    return p


def schlummerwerk():
    p = Page("de", "schlummerwerk-datenschutz", "Schlummerwerk", "https://konto.schlummerwerk.test/geraete/babyphone-2/datenschutz",
             "Datenschutz", user="Jan Weber", color="#34495e",
             intro="Babyphone SW-2 „Kinderzimmer“ · Firmware 3.4.1",
             nav=["Geräte", "Kinderzimmer", "Benachrichtigungen", "Aufnahmen", "Datenschutz", "Familie", "Konto"],
             nav_active=4,
             notes="Erfundenes Babyphone, Sie-Form. Statuszeile per aria-labelledby ('Beenden' + Titel), nur der "
                   "Beschreibungstext nennt das Training; Klartext-Select; native Checkbox mit role=switch "
                   "'untersagen' (an = keine Nutzung). Köder: Schreierkennung auf dem Gerät, Statistik ohne "
                   "Training. Versteckt: Inline display:none.")
    s1 = (p.sw("Schreierkennung", True, mode="aria-label", shown="Schreierkennung",
               help="Die Erkennung läuft direkt auf der Babyeinheit.")
          + p.select("Empfindlichkeit bei Geräuschen", ["Niedrig", "Mittel", "Hoch"], 1)
          + p.cb("Warnung bei Raumtemperatur über 24 °C", checked=True)
          + p.seg("Nachtlicht", ["Aus", "Gedimmt", "Hell"], 1)
          + p.cb("Benachrichtigungen auf der Smartwatch", checked=False))
    p.add(p.section("Erkennung & Alarme", s1))
    s2 = (p.state_row("Mithilfe bei der Verbesserung der Schreierkennung", "Aktiv", "Beenden", mode="labelledby",
                      desc="Tonausschnitte, in denen das Babyphone Weinen erkannt hat, werden an Schlummerwerk "
                           "übertragen und zum Trainieren des Erkennungsmodells verwendet.",
                      ai=(True, "v", True))
          + p.select("Aufnahmen für das KI-Training bereitstellen", ["Nie", "Nur Ton", "Ton und Video"], 0,
                     ai=(False, "p"))
          + p.cb("Datennutzung für KI-Training durch Forschungspartner untersagen", checked=True, switch=True,
                 ai=(False, "i")))
    with p.hidden():
        beta = p.cb("Videodaten an Partner zum Trainieren von Bildmodellen senden", checked=False, ai=(False, "p"))
    s2 += p.conceal("display", beta, note="Beta-Programm")
    s2 += p.cb("Schlafstatistik berechnen", checked=True,
               help="Die Statistik wird nur für Ihre Auswertung berechnet und nicht zum Training verwendet.")
    p.add(p.section("Daten & Modellverbesserung", s2))
    s3 = (p.select("Speicherdauer der Aufnahmen", ["24 Stunden", "7 Tage", "30 Tage"], 1)
          + p.button("Aufnahmen herunterladen") + " " + p.button("Firmware aktualisieren"))
    p.add(p.section("Aufnahmen & Gerät", s3))
    s4 = (p.button("Zweites Elternteil einladen") + " " + p.button("Zwei-Faktor-Authentifizierung einrichten")
          + p.cb("Newsletter mit Angeboten", checked=False))
    p.add(p.section("Familie & Sicherheit", s4))
    p.add(p.button("Speichern", cls="btn btn-primary"))
    return p


def haushaltsheld():
    p = Page("de", "haushaltsheld-daten-ki", "Haushaltsheld", "https://web.haushaltsheld.test/familie/einstellungen/daten",
             "Einstellungen: Daten & KI", user="Nele Brandt", color="#27ae60",
             intro="Familie Brandt · 4 Mitglieder",
             nav=["Aufgaben", "Wochenplan", "Einkaufsliste", "Taschengeld", "Familie", "Daten & KI", "Abo"],
             nav_active=5,
             notes="Erfundene Familien-/Haushalts-App, du/ihr-Form. Radiogruppe 'Beitrag eurer Familie' (Bedeutung "
                   "nur aus Überschrift/Intro); Ausschluss-Checkbox in geschlossenem <details>; Statuszeile "
                   "'Widerspruch zurückziehen' (Widerspruch eingelegt = keine Nutzung); Foto-Checkbox mit "
                   "Hilfetext in der Nähe. Köder: automatische Verteilung, Nutzungsdaten ohne Training. "
                   "Versteckt: CSS-Klasse.")
    s1 = (p.sw("Aufgaben automatisch verteilen", True,
               help="Der Vorschlag basiert auf euren bisherigen Aufgaben und wird auf deinem Gerät berechnet.")
          + p.cb("Einkaufsliste aus Rezepten erstellen", checked=True))
    p.add(p.section("Smarte Helfer", s1))
    s2 = p.radios("Beitrag eurer Familie", ["Alles beitragen", "Nur Aufgabenlisten", "Nichts beitragen"], 1,
                  ai=(True, "h"))
    with p.collapsed():
        kid = p.cb("Kinderkonten grundsätzlich vom Training ausschließen", checked=True, ai=(False, "i"))
    s2 += p.details("Für Kinderkonten", kid)
    s2 += p.cb("Fotos von erledigten Aufgaben mitschicken", checked=True, tie="near", ai=(True, "v"),
               help="Die Fotos nutzen wir, um unsere Bilderkennung für Aufgaben zu trainieren.")
    with p.hidden():
        voice = p.sw("Sprachbefehle zum Training verwenden", False, ai=(False, "p"))
    s2 += p.conceal("class", voice)
    p.add(p.section("Helft uns, Haushaltsheld schlauer zu machen", s2,
                    intro="Mit eurer Erlaubnis trainieren wir unsere KI mit anonymisierten Aufgabenlisten und "
                          "Wochenplänen."))
    s3 = (p.state_row("KI-Training durch Partnerfirmen", "Widerspruch eingelegt", "Widerspruch zurückziehen",
                      suffix="(KI-Training durch Partnerfirmen)", ai=(False, "i"),
                      desc="Ohne Widerspruch dürfen ausgewählte Partner eure anonymisierten Wochenpläne für das "
                           "Training eigener Modelle erhalten.")
          + p.cb("Anonyme Nutzungsdaten senden", checked=True,
                 help="Hilft uns, Abstürze zu finden. Diese Daten fließen nicht in das KI-Training ein."))
    p.add(p.section("Partner & Statistik", s3))
    s4 = (p.text("Familienname", "Brandt") + p.button("Mitglied einladen")
          + p.select("Taschengeld auszahlen", ["Wöchentlich", "Monatlich"], 0)
          + p.cb("Belohnungspunkte für Kinder anzeigen", checked=True)
          + p.cb("Erinnerung am Abend", checked=True)
          + p.select("Woche beginnt am", ["Montag", "Sonntag"], 0))
    p.add(p.section("Familie", s4))
    s5 = p.button("Kalender verbinden") + " " + p.button("Abo verwalten") + " " + p.button("Daten exportieren")
    p.add(p.section("Verbindungen & Konto", s5))
    return p


def pages():
    return [familylink(), famly(), kugelzeit(), schlummerwerk(), haushaltsheld()]
