from lib import Page, ai, hide

LANGS = ["Deutsch", "English", "Français", "Italiano", "Nederlands"]


def ecosia(method):
    P = Page("de", "ecosia-einstellungen", "https://www.ecosia.org/settings", "Einstellungen – Ecosia",
             "Ecosia", known=True, method=method,
             notes="Ecosia-Einstellungen (Nachbau, du). Fieldset mit Frage als Legende (Nein gewählt); vager "
                   "Button-Schalter 'Ecosia besser machen' (aria-labelledby, Hilfetext nennt Training) an; "
                   "doppelte Verneinung: Checkbox '… nicht für das Modelltraining verwenden' nicht angehakt. "
                   "Köder: KI-Chat ohne Training, Benachrichtigungen zur KI, Region, SafeSearch. Versteckt: "
                   "Schalter in geschlossenem Dialog.",
             nav=["Suche", "Ecosia-KI", "Datenschutz", "Benachrichtigungen", "Darstellung", "Über uns"],
             nav_label="Einstellungen", search_label="Suchen", search_ph="Suche etwas…",
             lang_label="Sprache", langs=LANGS, account="Anmelden",
             menu=["Dein Impact", "Bäume pflanzen", "Abmelden"],
             footer=["Datenschutz", "Impressum", "Finanzberichte", "Hilfe", "Presse"],
             h1="Einstellungen",
             lead="Du bist angemeldet. Deine Einstellungen gelten auf allen Geräten.")
    s = P.section("Suche")
    s.select("Suchregion", ["Deutschland", "Österreich", "Schweiz", "Weltweit"], 0)
    s.select("SafeSearch", ["Streng", "Moderat", "Aus"], 1)
    s.switch("Suchergebnisse in neuem Tab öffnen", False)
    s.switch("Autovervollständigung", True)
    s.checkbox("Baumzähler neben der Suchleiste anzeigen", True, wrap=True)
    s = P.section("Ecosia-KI",
                  "Stell Fragen und bekomm Antworten mit Quellen. Unser Chat läuft über europäische "
                  "Server – deine Unterhaltungen werden nicht an Dritte verkauft.")
    s.switch("KI-Antworten über den Ergebnissen anzeigen", True)
    s.switch("Chatverlauf speichern", True,
             help="Gespeicherte Chats kannst du jederzeit in der Seitenleiste löschen.")
    s.btnswitch("Ecosia besser machen", True, naming="labelledby",
                help="Ist das aktiv, fließen deine Chats mit der Ecosia-KI – ohne Namen und E-Mail-Adresse – "
                     "in das Training künftiger Sprachmodelle ein.",
                ai=ai("v"))
    s.checkbox("Meine Bewertungen von KI-Antworten nicht für das Modelltraining verwenden", False,
               help="Gemeint sind Daumen hoch/runter unter einer Antwort.",
               ai=ai("i", pos=False))
    s = P.section("Datenschutz")
    s.fieldset("Dürfen deine Suchanfragen zum Training unserer KI-Modelle genutzt werden?",
               ["Ja", "Nein"], 1, ai=ai("p", yes=[0]))
    s.switch("Personalisierte Suchergebnisse", False)
    s.switch("Anonyme Nutzungsstatistik senden", True,
             help="Seitenaufrufe und Klicks, ohne Suchbegriffe. Hilft uns, Fehler zu finden.")
    s.button("Meine Daten herunterladen")
    h = P.hidden("Baumkarte", opener="Erweiterte Datenschutzoptionen")
    h.switch("Fotos aus der Baumkarte für KI-Training freigeben", True, ai=ai("p"))
    s = P.section("Benachrichtigungen")
    s.checkbox("Newsletter mit Projektupdates", True)
    s.checkbox("Hinweise auf neue KI-Funktionen", False)
    s.segmented("Darstellung", ["Hell", "Dunkel", "System"], 2)
    return P


def mozilla(method):
    P = Page("de", "mozilla-konto", "https://accounts.firefox.com/settings", "Mozilla-Konto",
             "Mozilla-Konto", known=True, method=method,
             notes="Mozilla-Konto (Nachbau, Sie). Zustandszeile 'Freigabe von Verlaufsdaten' (Aktiv) unter "
                   "Überschrift 'KI-Training mit Sync-Daten' – Name aus Button + Titel; Tabellenzelle "
                   "'Lesezeichen Für KI-Training freigeben' nicht angehakt; invertierte Segment-Buttons "
                   "'Vom Training der Übersetzungsmodelle ausschließen' = Ja. Köder: lokale Übersetzung, "
                   "technische Daten, 2FA, verbundene Dienste. Versteckt: inaktiver Tab 'Experimente'.",
             nav=["Profil", "Sicherheit", "Verbundene Dienste", "Sync", "Datenerfassung", "Konto löschen"],
             nav_label="Kontobereiche", search_label="Hilfe durchsuchen", search_ph="Hilfe durchsuchen",
             lang_label="Sprache", langs=LANGS, account="Konto-Menü",
             menu=["Firefox Relay", "Mozilla VPN", "Abmelden"],
             footer=["Mozilla", "Datenschutzhinweis", "Nutzungsbedingungen", "Hilfe"],
             h1="Mozilla-Konto",
             lead="Verwalten Sie Ihr Profil, Ihre Sicherheitseinstellungen und die mit Ihrem Konto "
                  "verbundenen Dienste.")
    s = P.section("Profil")
    s.textinput("Anzeigename", "Katrin M.")
    s.button("Profilbild ändern")
    s.textinput("Zweite E-Mail-Adresse", "", type_="email")
    s = P.section("Sicherheit")
    s.button("Passwort ändern")
    s.staterow("Zwei-Schritt-Authentifizierung", "Aktiviert", "Deaktivieren", True, naming="suffix",
               suffix="Zwei-Schritt-Authentifizierung")
    s.button("Wiederherstellungs-Codes neu erzeugen")
    s = P.section("Firefox Sync", "Wählen Sie, was zwischen Ihren Geräten abgeglichen wird.")
    s.table("Synchronisierte Daten", ["Synchronisieren", "Für KI-Training freigeben"],
            [("Lesezeichen", [True, False]), ("Chronik", [True, None]), ("Offene Tabs", [True, None]),
             ("Passwörter", [False, None]), ("Add-ons", [True, None])],
            ai_cells={(0, 1): ai("p")}, corner="Datentyp")
    s = P.section("KI-Training mit Sync-Daten",
                  "Mozilla kann besuchte Seiten aus Ihrer Chronik verwenden, um Modelle für die Tab-Gruppen-"
                  "Vorschläge zu trainieren. Die Daten werden vorher von Ihrem Konto getrennt.")
    s.staterow("Freigabe von Verlaufsdaten", "Aktiv", "Beenden", True, naming="labelledby", ai=ai("h"))
    s.segmented("Vom Training der Übersetzungsmodelle ausschließen", ["Ja", "Nein"], 0,
                help="Betrifft nur Übersetzungen, die Sie als fehlerhaft melden. Die Übersetzung selbst "
                     "läuft vollständig auf Ihrem Gerät.",
                ai=ai("i", yes=[1]))

    def active(b):
        b.checkbox("Technische Daten und Interaktionsdaten senden", True,
                   help="Hilft uns, die Zuverlässigkeit der Anmeldung zu verbessern. Enthält keine Chronik.")
        b.checkbox("Mich über neue Firefox-Funktionen informieren", False)
        b.select("Häufigkeit von Produkt-E-Mails", ["Nie", "Monatlich", "Wöchentlich"], 1)
    h = hide(P, "Experimente", "Studien, an denen Ihr Konto teilnimmt.",
             opener="Experimente anzeigen", tabs=("Datenerfassung", "Allgemein", "Experimente"), active=active)
    h.checkbox("Unterhaltungen mit dem KI-Chatbot in der Seitenleiste für das Training teilen", False,
               ai=ai("p"))
    s = P.section("Verbundene Dienste")
    s.button("Von Firefox auf Android abmelden")
    s.button("Von Mozilla Monitor abmelden")
    s.button("Konto löschen", cls="danger")
    return P


def wegweiser(method):
    P = Page("de", "wegweiser-konto", "https://wegweiser-browser.test/einstellungen/konto",
             "Konto und Datenschutz – Wegweiser", "Wegweiser", method=method,
             notes="Erfundener Browser (Sie). Vages Auswahlfeld 'Beitrag zur Produktverbesserung' (Hilfetext "
                   "nennt Nachtrainieren) auf höchster Stufe; Schalter 'Leseliste' nur durch Abschnitts"
                   "überschrift als Training erkennbar, aus; invertierte Radiogruppe 'Widerspruch gegen …' = "
                   "Kein Widerspruch. Köder: Assistent lernt nicht aus Seiten, Werbung, Sync, Zahlungen. "
                   "Versteckt: Button-Schalter im hidden-Block.",
             nav=["Konto", "Synchronisierung", "Assistent", "Datenschutz", "Zahlungen", "Barrierefreiheit"],
             nav_label="Einstellungen", search_label="Einstellungen durchsuchen",
             search_ph="Einstellungen durchsuchen", lang_label="Sprache der Oberfläche", langs=LANGS,
             account="Dr. Hannes Vogt", menu=["Profil wechseln", "Geräte", "Abmelden"],
             footer=["Hilfe", "Datenschutzerklärung", "Impressum", "Versionshinweise"],
             h1="Konto und Datenschutz",
             lead="Änderungen werden sofort übernommen.")
    s = P.section("Konto")
    s.textinput("E-Mail-Adresse", "h.vogt@example.de", type_="email")
    s.button("Passwort ändern")
    s.switch("Synchronisierung aktiv", True)
    s.select("Gespeicherte Tabs aufbewahren", ["7 Tage", "30 Tage", "Unbegrenzt"], 1)
    s = P.section("Assistent in der Seitenleiste",
                  "Der Wegweiser-Assistent fasst Seiten zusammen und beantwortet Fragen. Er verarbeitet "
                  "Seiteninhalte nur für die jeweilige Anfrage und lernt nicht daraus.")
    s.switch("Assistent in der Seitenleiste anzeigen", True)
    s.checkbox("Zusammenfassung beim Öffnen langer Artikel vorschlagen", False, wrap=True)
    s.select("Beitrag zur Produktverbesserung",
             ["Kein Beitrag", "Nur Absturzberichte", "Absturzberichte und Seitenleisten-Chats"], 2,
             help="Chats aus der Seitenleiste werden pseudonymisiert und zum Nachtrainieren unseres "
                  "Assistenten verwendet. Absturzberichte dienen nur der Fehlersuche.",
             ai=ai("v", yes=[2]))
    s.checkbox("Benachrichtigung, wenn der Assistent neue Fähigkeiten erhält", True)
    s = P.section("Daten für das Training des Wegweiser-Assistenten",
                  "Die hier eingeschalteten Bereiche werden verwendet, um die Sprachmodelle des Assistenten "
                  "weiterzuentwickeln und zu trainieren.")
    s.switch("Leseliste", False, ai=ai("h"))
    s.radiogroup("Widerspruch gegen die Nutzung meiner Daten für KI-Training",
                 ["Widerspruch eingelegt", "Kein Widerspruch"], 1,
                 help="Ein Widerspruch gilt für alle Geräte, auf denen Sie angemeldet sind.",
                 ai=ai("i", yes=[1]))
    h = P.hidden("Formulardaten")
    h.btnswitch("Automatisch ausgefüllte Formulare zum Modelltraining beitragen", True, naming="label",
                ai=ai("p"))
    s = P.section("Datenschutz und Werbung")
    s.switch("Tracker blockieren", True)
    s.segmented("Cookies von Drittanbietern", ["Erlauben", "Blockieren"], 1)
    s.checkbox("Personalisierte Werbung auf der Startseite", False)
    s = P.section("Zahlungen")
    s.button("Zahlungsmethode hinzufügen")
    s.switch("Kartendaten beim Bezahlen vorschlagen", True)
    s = P.section("Barrierefreiheit")
    s.select("Mindestschriftgröße", ["Keine", "12 px", "16 px", "20 px"], 0)
    s.switch("Fokus deutlich hervorheben", False)
    return P


def suchfix(method):
    P = Page("de", "suchfix-einstellungen", "https://suchfix.test/einstellungen", "Einstellungen · Suchfix",
             "Suchfix", method=method,
             notes="Erfundene Suchmaschine (du). Eingewickelte Checkbox 'Meine Suchverläufe dürfen zum "
                   "Trainieren der Suchfix-KI genutzt werden' angehakt; Zustandszeile 'Qualitätsprogramm' "
                   "(Du nimmst teil, versteckter Zusatz im Button); Tabelle mit Überschrift zum Training, "
                   "Spalte 'Erlaubt' (zwei Zellen). Köder: Antworten ohne Training, Werbung, Export, "
                   "Benachrichtigungen. Versteckt: Fieldset in display:none.",
             nav=["Suche", "KI-Antworten", "Privatsphäre", "Werbung", "Konto"],
             nav_label="Bereiche", search_label="Suche", search_ph="Was suchst du?",
             lang_label="Sprache", langs=LANGS, account="Konto",
             menu=["Suchverlauf", "Abo verwalten", "Abmelden"],
             footer=["Über Suchfix", "Datenschutz", "AGB", "Kontakt"],
             h1="Einstellungen",
             lead="Hier legst du fest, wie Suchfix für dich sucht.")
    s = P.section("Suche")
    s.select("Treffer pro Seite", ["10", "20", "50"], 0)
    s.switch("Jugendschutzfilter", True)
    s.checkbox("Links in neuem Tab öffnen", False)
    s.radiogroup("Ergebnisse bevorzugen aus", ["Deutschland", "deutschsprachigem Raum", "aller Welt"], 1)
    s = P.section("KI-Antworten", "Kurze Antworten über den Treffern. Wir nutzen dafür ein gemietetes "
                  "Modell, das deine Anfragen nicht speichert und nicht mit ihnen trainiert wird.")
    s.switch("KI-Antworten anzeigen", True)
    s.segmented("Antwortstil", ["Knapp", "Ausführlich"], 0)
    s.checkbox("Quellen immer ausklappen", True, wrap=True)
    s = P.section("Privatsphäre")
    s.checkbox("Meine Suchverläufe dürfen zum Trainieren der Suchfix-KI genutzt werden", True, wrap=True,
               ai=ai("p"))
    s.staterow("Qualitätsprogramm", "Du nimmst teil", "Austreten", True, naming="suffix",
               suffix="aus dem Qualitätsprogramm",
               help="Teilnehmende bewerten ab und zu Trefferlisten. Diese Bewertungen und die zugehörigen "
                    "Suchanfragen nutzen wir, um unser Antwortmodell zu trainieren.",
               ai=ai("v"))
    s.table("Diese Daten dürfen in das Training unserer Sprachmodelle einfließen", ["Erlaubt"],
            [("Suchanfragen", [False]), ("Sprachsuchen", [True])],
            ai_cells={(0, 0): ai("h"), (1, 0): ai("h")}, corner="Datenart")
    s.switch("Suchverlauf speichern", True)
    s.button("Suchverlauf exportieren")
    h = P.hidden("Bildersuche")
    h.fieldset("Hochgeladene Bilder für das Modelltraining nutzen?", ["Ja", "Nein"], 0, ai=ai("p", yes=[0]))
    s = P.section("Werbung")
    s.switch("Werbung passend zum Suchbegriff", True, help="Werbung richtet sich nie nach deinem Verlauf.")
    s.checkbox("Partnerangebote per E-Mail", False)
    s = P.section("Benachrichtigungen")
    s.checkbox("Wenn neue KI-Funktionen verfügbar sind", True)
    s.checkbox("Wöchentliche Zusammenfassung deiner Suchstatistik", False)
    return P


def leselampe(method):
    P = Page("de", "leselampe-optionen", "https://leselampe-erweiterung.test/optionen",
             "Leselampe – Optionen", "Leselampe", method=method,
             notes="Erfundene Lesemodus-/Übersetzungserweiterung (du). Button-Schalter mit Textinhalt "
                   "'Übersetzungen nicht zum Training verwenden' an (invertiert → false); vager Schalter "
                   "'Übersetzungsqualität verbessern' (Hilfe nennt Training) aus; Fieldset "
                   "'Sprachaufnahmen beim Vorlesen' unter Überschrift 'KI-Training' = Sofort löschen. Köder: "
                   "lokale Vorlesestimme, Schrift, Tastenkürzel, Sync, Export. Versteckt: per CSS-Klasse.",
             nav=["Lesemodus", "Übersetzen", "Vorlesen", "KI-Training", "Tastenkürzel", "Über"],
             nav_label="Optionen", search_label="Optionen durchsuchen", search_ph="Optionen durchsuchen",
             lang_label="Sprache", langs=LANGS, account="Dein Leselampe-Konto",
             menu=["Plus-Abo", "Geräte", "Abmelden"],
             footer=["Hilfe", "Datenschutz", "Quellcode", "Version 3.2.0"],
             h1="Optionen",
             lead="Gespeichert wird automatisch.")
    s = P.section("Lesemodus")
    s.select("Schriftart", ["Serifen", "Serifenlos", "OpenDyslexic"], 0)
    s.segmented("Hintergrund", ["Weiß", "Sepia", "Dunkel"], 1)
    s.switch("Bilder im Lesemodus ausblenden", False)
    s.checkbox("Lesezeit anzeigen", True, wrap=True)
    s = P.section("Übersetzen")
    s.select("Zielsprache", ["Deutsch", "Englisch", "Französisch", "Türkisch"], 0)
    s.switch("Ganze Seiten automatisch übersetzen", False)
    s.btnswitch("Übersetzungen nicht zum Training verwenden", True, naming="text",
                help="Gilt für Seiten und Textstellen, die du mit Leselampe übersetzt.",
                ai=ai("i", pos=False))
    s.switch("Übersetzungsqualität verbessern", False,
             help="Markierte Textstellen und deine Korrekturen gehen an unseren Übersetzungsdienst und "
                  "werden dort zum Training der Modelle verwendet.",
             ai=ai("v"))
    s = P.section("Vorlesen", "Die Vorlesestimme läuft lokal in deinem Browser.")
    s.select("Stimme", ["Hanna", "Jonas", "Systemstimme"], 0)
    s.select("Tempo", ["0,75×", "1×", "1,25×", "1,5×"], 1)
    s = P.section("KI-Training",
                  "Mit deiner Erlaubnis trainieren wir unsere Vorlesestimmen mit Aufnahmen, die beim "
                  "Vorlesen entstehen.")
    s.fieldset("Sprachaufnahmen beim Vorlesen", ["Behalten und verwenden", "Sofort löschen"], 1,
               ai=ai("h", yes=[0]))
    h = P.hidden("Wörterbuch (alt)", hide_class="opt-veraltet")
    h.checkbox("Nachgeschlagene Wörter fürs KI-Training freigeben", True, ai=ai("p"))
    s = P.section("Konto und Daten")
    s.switch("Einstellungen zwischen Browsern synchronisieren", True)
    s.checkbox("Tipps zu neuen Funktionen anzeigen", True)
    s.button("Einstellungen exportieren")
    s.button("Alles zurücksetzen", cls="danger")
    return P


BUILDERS = [ecosia, mozilla, wegweiser, suchfix, leselampe]
