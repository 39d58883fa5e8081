"""Deutsche Seiten von blind48 (Fotos, Erinnerungen und Familiengeschichte)."""
from lib import Page, cell


def myheritage():
    p = Page("de", "myheritage", "https://www.myheritage.de/account/privacy", "Datenschutzeinstellungen – MyHeritage",
             "MyHeritage", "Datenschutzeinstellungen",
             "Nachbau einer Genealogie-Plattform. Verneinte Checkbox 'Meine Fotos nicht zum Trainieren von "
             "KI-Modellen verwenden' (nicht angehakt, also Nutzung); Schalter zur Freigabe der DNA-Daten "
             "(aus); Schalter 'Meine Korrekturen einbeziehen', der nur über die Überschrift "
             "'Verbesserung der Handschrifterkennung' verständlich ist. Köder: Smart Matches, Kolorieren, "
             "animierte Porträts, Forschungsstudien, Benachrichtigungstabelle. Versteckter KI-Köder in "
             "einem inaktiven Tab.",
             ["Mein Konto", "Datenschutz", "Benachrichtigungen", "DNA", "Abonnement", "Verbundene Apps"], current=1,
             user="Sabine Krüger", initials="SK")
    with p.section("Stammbaum"):
        p.radios("Wer darf Ihren Stammbaum sehen?",
                 ["Alle (öffentlich)", "Nur eingeladene Familienmitglieder", "Nur ich"], "Nur eingeladene Familienmitglieder")
        p.checkbox("Lebende Personen für Besucher ausblenden", checked=True)
        p.switch("Smart Matches™ für meinen Stammbaum", on=True,
                 help="Vergleicht Ihren Stammbaum mit anderen Stammbäumen und schlägt Übereinstimmungen vor.")
        p.button("Familienmitglieder verwalten")
    with p.section("Fotos"):
        p.switch("Fotos beim Hochladen automatisch kolorieren", on=False, mode="content")
        p.switch("Animierte Porträts anzeigen", on=True, help="Die Animation wird nur für Sie erstellt und nicht veröffentlicht.")
        p.checkbox("Meine Fotos nicht zum Trainieren von KI-Modellen verwenden", checked=False, ai="i",
                   help="Gilt für hochgeladene Fotos und für die Ergebnisse unserer Foto-Werkzeuge.")
    with p.section("DNA"):
        p.switch("DNA-Übereinstimmungen anzeigen", on=True)
        p.select("Angezeigter Name bei DNA-Übereinstimmungen", ["Vollständiger Name", "Initialen"], "Initialen")
        p.switch("Meine DNA-Daten für das Training von KI-Modellen freigeben", on=False, ai="p")
        p.checkbox("An wissenschaftlichen Studien teilnehmen", checked=False,
                   help="Genetische Forschung mit Universitäten – unabhängig von der Nutzung Ihrer Daten für KI.")
    with p.section("Verbesserung der Handschrifterkennung",
                   "Korrekturen, die Sie an automatischen Transkriptionen alter Urkunden vornehmen, können in das Training unserer Erkennungsmodelle einfließen."):
        p.switch("Meine Korrekturen einbeziehen", on=True, mode="content", ai="h")
    with p.section("Benachrichtigungen"):
        p.table("Per E-Mail und in der App", ["Ereignis", "E-Mail", "App"], [
            ("Neue Record Matches", [cell(True), cell(True)]),
            ("Nachrichten von Verwandten", [cell(True), cell(False)]),
        ])
    with p.section("Ihre Daten"):
        p.tabs(["Übersicht", "Erweitert"], active=0, name="Ihre Daten")
        with p.tabpanel(0):
            p.button("Daten herunterladen")
            p.button("Konto löschen", "btn danger")
        with p.tabpanel(1):
            p.checkbox("Fotos aus dem KI-Training ausschließen (Beta)", checked=False, ai="i")
    return p


def cewe():
    p = Page("de", "cewe", "https://www.cewe.de/mein-konto/datenschutz.html", "Datenschutz | Mein CEWE-Konto",
             "CEWE", "Datenschutz",
             "Nachbau eines Fotobuch-Anbieters. Zustandszeile 'Kein Widerspruch eingelegt · Widerspruch "
             "einlegen' mit visuell verstecktem Zusatz (verneint, Nutzung); Programmname 'CEWE "
             "Qualitätsprogramm', dessen Hilfetext das Training nennt (nicht angehakt). Köder: Smart "
             "Design, Gesichtserkennung fürs Layout, Kundenclub, Newsletter. Versteckter KI-Köder mit "
             "visibility:hidden über eine CSS-Klasse.",
             ["Übersicht", "Bestellungen", "Meine Projekte", "Adressen", "Datenschutz", "Newsletter"], current=4,
             user="Thomas Brandt", initials="TB")
    with p.section("Meine Projekte und Fotos"):
        p.select("Hochgeladene Fotos aufbewahren", ["30 Tage nach Bestellung", "6 Monate", "Bis ich sie lösche"], "6 Monate")
        p.checkbox("Projekte zwischen meinen Geräten synchronisieren", checked=True)
        p.switch("Gestaltungsvorschläge (Smart Design)", on=True,
                 help="Ordnet Ihre Fotos automatisch auf den Seiten an. Die Analyse erfolgt nur für Ihr jeweiliges Projekt.")
        p.checkbox("Gesichter erkennen, um Fotos passend zuzuschneiden", checked=True,
                   help="Wird ausschließlich für die Gestaltung Ihres Produkts verwendet.")
    with p.section("Weiterentwicklung unserer Bild-KI",
                   "Sie können der Nutzung Ihrer Bilder für die Weiterentwicklung jederzeit widersprechen."):
        p.state_row("Nutzung hochgeladener Fotos zur Weiterentwicklung unserer KI", "Kein Widerspruch eingelegt",
                    "Widerspruch einlegen", suffix="gegen die Nutzung meiner Fotos für KI-Training", ai="i", sharing=True)
        p.link("Datenschutzhinweise zur Bildoptimierung", "/datenschutz/bildoptimierung")
    with p.hidden("css class visibility:hidden"):
        p.switch("Fotos für KI-Training bereitstellen", on=True, ai="p")
    with p.section("Kundenprogramme"):
        p.checkbox("CEWE Qualitätsprogramm", checked=False, ai="v",
                   help="Ihre Bildbearbeitungen wie Zuschnitt und Farbkorrektur fließen anonymisiert in das Training unserer automatischen Bildoptimierung ein.")
        p.checkbox("CEWE Kundenclub", checked=True, help="Sammeln Sie Punkte bei jeder Bestellung und lösen Sie sie für Gutscheine ein.")
    with p.section("Kommunikation"):
        p.checkbox("Newsletter mit Angeboten und Inspiration", checked=True)
        p.select("Häufigkeit des Newsletters", ["Wöchentlich", "Monatlich", "Nur zu Aktionen"], "Monatlich")
        p.checkbox("Erinnerung an Fotokalender im Herbst", checked=True)
        p.switch("Personalisierte Angebote auf cewe.de", on=False)
        p.checkbox("Bewertungen mit meinem Vornamen veröffentlichen", checked=True)
    with p.section("Ihre Daten"):
        p.button("Datenauskunft anfordern")
        p.button("Alle Projekte löschen", "btn danger")
    return p


def sippenwerk():
    p = Page("de", "sippenwerk", "https://sippenwerk.test/einstellungen/datenschutz", "Datenschutz – Sippenwerk",
             "Sippenwerk", "Datenschutz und Datennutzung",
             "Erfundene Genealogie-Gemeinschaft. Schalter 'KI-Crawler vom öffentlichen Stammbaum aussperren' "
             "(an, also keine Nutzung); Tabelle je Inhalt mit Spalte 'Für KI-Training' (Name aus Zeilen- "
             "und Spaltenkopf), daneben die Köder-Spalte 'Für den Suchindex'. Köder: Indexierung durch "
             "Suchmaschinen, Forum. Versteckter KI-Köder mit visibility:hidden im style-Attribut.",
             ["Profil", "Meine Stammbäume", "Forum", "Datenschutz", "Mitgliedschaft"], current=3,
             user="Heinrich Albers", initials="HA", hide_class="sw-aus")
    with p.section("Öffentlicher Stammbaum"):
        p.radios("Sichtbarkeit meines Stammbaums", ["Öffentlich", "Nur für Mitglieder", "Privat"], "Öffentlich", mode="radiogroup")
        p.checkbox("Suchmaschinen dürfen meinen Stammbaum indexieren", checked=True,
                   help="Betrifft Google, Bing und andere Suchmaschinen.")
        p.switch("KI-Crawler vom öffentlichen Stammbaum aussperren", on=True, mode="content", ai="i",
                 help="Bekannte Bots von KI-Firmen werden abgewiesen, damit Ihre Daten nicht in deren Trainingsdaten landen.")
        p.checkbox("Lebende Personen nur mit Vornamen zeigen", checked=True)
    with p.section("Datennutzung nach Inhalt",
                   "Legen Sie für jede Art von Inhalt fest, ob wir sie für den Suchindex und für das Training unserer KI-Modelle nutzen dürfen."):
        p.table("Datennutzung nach Inhalt", ["Inhalt", "Für den Suchindex", "Für KI-Training"], [
            ("Ortsfamilienbuch-Einträge", [cell(True), cell(True, ai="p")]),
            ("Grabsteinfotos", [cell(True), cell(False, ai="p")]),
            ("Kirchenbuch-Abschriften", [cell(False), cell(True, ai="p")]),
        ])
    with p.hidden("inline visibility:hidden"):
        p.checkbox("Meine Transkriptionen für das Modelltraining freigeben", checked=False, ai="p")
    with p.section("Forum"):
        p.select("E-Mail bei Antworten", ["Sofort", "Täglich", "Nie"], "Täglich")
        p.checkbox("Meine Beiträge im Archiv behalten", checked=True)
        p.switch("Signatur unter Beiträgen anzeigen", on=True)
    with p.section("Mitgliedschaft"):
        p.link("Stammbaum als GEDCOM exportieren", "/export/gedcom")
        p.actions("Änderungen speichern", "Mitgliedschaft kündigen")
    return p


def filmdose():
    p = Page("de", "filmdose", "https://kundenkonto.filmdose.test/einstellungen", "Einstellungen – Filmdose Kundenkonto",
             "Filmdose", "Einstellungen",
             "Erfundener Digitalisierungsdienst für Schmalfilme. Segmentgruppe 'Meine digitalisierten "
             "Filme' (Zulassen / Nicht zulassen), nur über die Überschrift 'Training unserer "
             "Restaurierungs-KI' verständlich; verneinte Checkbox 'Ausschluss meiner Tonaufnahmen aus dem "
             "Modelltraining' (Substantiv, angehakt) in geschlossenem <details>. Köder: Szenenerkennung, "
             "Farbrestaurierung, Teilen mit der Familie. Versteckter KI-Köder in geschlossenem Dialog.",
             ["Aufträge", "Meine Filme", "Familie", "Einstellungen", "Rechnungen"], current=3,
             user="Gisela Wendt", initials="GW")
    with p.section("Lieferung"):
        p.select("Videoformat", ["MP4 (H.264)", "MOV (ProRes)", "Beides"], "MP4 (H.264)")
        p.radios("Originale nach der Digitalisierung", ["Zurücksenden", "Bei uns einlagern", "Fachgerecht entsorgen"], "Zurücksenden")
        p.select("Download-Link gültig für", ["7 Tage", "30 Tage", "90 Tage"], "30 Tage")
        p.checkbox("Per SMS benachrichtigen, wenn der Auftrag fertig ist", checked=True)
        p.checkbox("Zusätzlich eine DVD brennen", checked=False)
    with p.section("Bearbeitung"):
        p.switch("Szenen automatisch erkennen und Kapitel setzen", on=True, help="Läuft einmalig für Ihren Auftrag.")
        p.switch("Farben alter Filme restaurieren", on=True)
        p.switch("Bildrauschen reduzieren", on=False)
    with p.section("Familie"):
        p.state_row("Teilen mit der Familie", "Aus", "Einrichten", suffix="Teilen mit der Familie")
    with p.section("Training unserer Restaurierungs-KI",
                   "Digitalisierte Filme können als Trainingsmaterial für unsere Restaurierungsmodelle dienen."):
        p.segmented("Meine digitalisierten Filme", ["Zulassen", "Nicht zulassen"], "Nicht zulassen", ai="h", yes=["Zulassen"])
        with p.details("Erweiterte Datenschutzoptionen"):
            p.checkbox("Ausschluss meiner Tonaufnahmen aus dem Modelltraining", checked=True, ai="i")
            p.checkbox("Gesichter in Vorschaubildern unkenntlich machen", checked=False)
        p.link("Wie wir Ihre Filme schützen", "/hilfe/datenschutz")
        with p.dialog("Einwilligungen prüfen", "Ihre Einwilligungen"):
            p.checkbox("Filme für KI-Training spenden", checked=True, ai="p")
            p.button("Übernehmen")
    p.actions("Speichern", "Abbrechen")
    return p


def lebensfaden():
    p = Page("de", "lebensfaden", "https://lebensfaden.test/konto/ki", "KI & Daten · Lebensfaden",
             "Lebensfaden", "KI & Daten",
             "Erfundenes Erinnerungstagebuch. Programmschalter 'Lebensfaden Labs' (Hilfetext nennt das "
             "Training, aus); Radiogruppe 'Training mit meinen Einträgen pausieren' mit Auswahl 'Nein' "
             "(verneint, Nutzung); Auswahlliste 'Einbezogene Fotos' unter der Zwischenüberschrift "
             "'Bildmodelle trainieren'. Köder: Zusammenfassungen, Fotovorschläge, Transkription, "
             "Beta-Funktionen. Versteckter KI-Köder mit hidden-Attribut.",
             ["Tagebuch", "Erinnerungen", "Familie", "KI & Daten", "Konto"], current=3,
             user="Ursula Pohl", initials="UP")
    with p.section("KI-Funktionen", "Diese Funktionen arbeiten nur für Sie – Ihre Einträge bleiben privat."):
        p.switch("Rückblicke automatisch zusammenfassen", on=True)
        p.switch("Passende Fotos zu Einträgen vorschlagen", on=True)
        p.switch("Sprachaufnahmen transkribieren", on=True, mode="input")
        p.select("Sprache der Transkription", ["Deutsch", "Deutsch (Schweiz)", "Englisch"], "Deutsch")
    with p.section("Mitmachen"):
        p.switch("Lebensfaden Labs", on=False, ai="v", how="near",
                 help="Wenn aktiviert, verwenden wir Ihre Einträge und Sprachaufnahmen, um unsere Sprachmodelle zu trainieren.")
        p.checkbox("Beta-Versionen neuer Funktionen testen", checked=True, help="Sie erhalten neue Funktionen etwas früher.")
    with p.section("Training unserer Modelle"):
        p.radios("Training mit meinen Einträgen pausieren", ["Nein", "Für 30 Tage", "Dauerhaft"], "Nein", ai="i", yes=["Nein"])
        p.h("Bildmodelle trainieren")
        p.para("Welche Ihrer Fotos dürfen wir verwenden, um unsere Bildmodelle zu trainieren?")
        p.select("Einbezogene Fotos", ["Keine", "Nur Fotos ohne Personen", "Alle Fotos"], "Nur Fotos ohne Personen",
                 ai="h", yes=["Nur Fotos ohne Personen", "Alle Fotos"])
    with p.hidden("hidden attribute"):
        p.switch("Erinnerungen an Partner zum KI-Training weitergeben", on=False, ai="p")
    with p.section("Familie"):
        p.checkbox("Familienmitglieder dürfen Einträge kommentieren", checked=True)
        p.radios("Wer sieht neue Erinnerungen?", ["Nur ich", "Familie", "Ausgewählte Personen"], "Familie", mode="custom")
    with p.section("Benachrichtigungen"):
        p.checkbox("Tägliche Schreiberinnerung", checked=True)
        p.select("Uhrzeit der Erinnerung", ["08:00", "12:00", "20:00"], "20:00")
        p.checkbox("Jahrestage von Erinnerungen anzeigen", checked=True)
    with p.section("Daten"):
        p.actions("Speichern", "Alles exportieren")
    return p


PAGES = [myheritage, cewe, sippenwerk, filmdose, lebensfaden]
