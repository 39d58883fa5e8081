from lib import Page


def smallpdf():
    P = Page("de", "smallpdf-konto-datenschutz", "https://smallpdf.com/de/account/privacy", "Smallpdf",
             "Datenschutz | Smallpdf", "Datenschutz",
             ["Profil", "Abo & Rechnungen", "Team", "Datenschutz", "Verbundene Apps"], 3,
             ["© Smallpdf AG, Zürich", "AGB", "Datenschutzerklärung", "Impressum", "Cookie-Einstellungen"],
             notes="Bekannter Dienst nachgebaut (PDF-Werkzeuge, du-Form). Button-Switch mit Textnamen, vages Select mit "
                   "aria-describedby, invertierte Checkbox (ausnehmen). Köder: Chat mit PDF, automatisches Löschen, "
                   "Komprimierung. Versteckt: geschlossener <dialog>.",
             lead="Hier legst du fest, was mit deinen Dateien passiert, nachdem du sie hochgeladen hast.",
             account="Lena B.", idp="sp", known=True)
    P.section("Deine Dateien")
    P.select("Hochgeladene Dateien automatisch löschen nach", ["1 Stunde", "24 Stunden", "7 Tagen"], 0)
    P.select("Standard-Komprimierung", ["Einfach", "Stark (Pro)"], 0)
    P.switch("Ergebnisse direkt in Google Drive speichern", False)
    P.section("KI-Funktionen")
    P.switch("Chat mit PDF aktivieren", True, help="Stell Fragen zu deinem Dokument und erhalte Antworten mit Seitenangabe.")
    P.switch("Zusammenfassung beim Öffnen anzeigen", False)
    P.bswitch("KI-Modelle mit meinen Dateien verbessern", False, via="text", ai="on", sh="p")
    P.select("Hilf uns, Smallpdf besser zu machen", ["Ja, auch mit meinen Dokumenten", "Nein, danke"], 0,
             help="Wir trainieren damit unsere Texterkennung und die KI-Zusammenfassungen weiter.", ai=[True, False], sh="v")
    P.checkbox("Meine Chatverläufe vom Training ausnehmen", True, ai="inv", sh="i")
    P.begin_hidden("dialog", opener="Erweiterte Datenoptionen", dlg_title="Erweiterte Datenoptionen")
    P.checkbox("Dateien an Partner für deren KI-Training weitergeben", False, ai="on", sh="p")
    P.button("Schließen")
    P.end_hidden()
    P.section("Unterschreiben & Zusammenfügen")
    P.checkbox("Gespeicherte Unterschrift automatisch einsetzen", True)
    P.select("Seitenformat beim Zusammenfügen", ["Wie Original", "A4", "US Letter"], 0)
    P.switch("Lesezeichen beim Zusammenfügen behalten", True)
    P.button("Verbundene Apps verwalten")
    P.section("E-Mails")
    P.checkbox("Tipps und Angebote per E-Mail", False)
    P.checkbox("Benachrichtigung, wenn ein Dokument unterschrieben wurde", True)
    P.section("Sicherheit")
    P.button("Zwei-Faktor-Authentifizierung einrichten")
    P.button("Auf allen Geräten abmelden")
    P.button("Konto löschen")
    return P


def m365():
    P = Page("de", "m365-admin-dienste", "https://admin.microsoft.com/Adminportal/Home#/Settings/Services", "Microsoft 365 Admin Center",
             "Einstellungen der Organisation - Microsoft 365 Admin Center", "Einstellungen der Organisation",
             ["Startseite", "Benutzer", "Teams & Gruppen", "Abrechnung", "Einstellungen", "Setup", "Berichte", "Integritätsstatus"], 4,
             ["Microsoft 365 Admin Center", "Datenschutz & Cookies", "Nutzungsbedingungen", "Feedback"],
             notes="Bekannter Dienst nachgebaut (Cloud-Office-Admin, Sie-Form). role=radiogroup nur über die Überschrift, "
                   "Tabellenzellen mit Spaltenkopf 'Zur Modellverbesserung freigeben'. Köder: Copilot aktivieren, Diagnosedaten "
                   "(ausdrücklich nicht fürs Training). Versteckt: inaktiver Reiter.",
             lead="Contoso Logistik GmbH – Änderungen gelten für alle 412 Benutzer.", account="AS", idp="m", known=True)
    P.begin_tabs(["Dienste", "Sicherheit & Datenschutz", "Organisationsprofil"], 0, label="Einstellungen")
    P.panel(0)
    P.section("Microsoft 365 Copilot")
    P.switch("Copilot für alle lizenzierten Benutzer aktivieren", True)
    P.switch("Web-Inhalte in Copilot-Antworten zulassen", False)
    P.select("Diagnosedaten", ["Erforderlich", "Optional", "Keine"], 0,
             help="Diagnosedaten dienen der Sicherheit und Fehlerbehebung. Sie fließen nicht in das Training von Sprachmodellen ein.")
    P.section("Verwendung von Organisationsinhalten zum Trainieren von Modellen",
              intro="Legen Sie fest, ob Microsoft Dateien Ihrer Organisation heranziehen darf, um KI-Modelle weiterzuentwickeln.")
    P.radiogroup("Word-, Excel- und PowerPoint-Dateien", ["Zulassen", "Nicht zulassen"], 1, ai=[True, False], sh="h")
    P.table("Besprechungs- und Dokumentdaten", "Datenquelle", ["Für Copilot-Funktionen nutzen", "Zur Modellverbesserung freigeben"],
            [("Teams-Besprechungstranskripte", [True, False]), ("SharePoint-Dokumentbibliotheken", [True, True])],
            [None, ("on", "p")])
    P.section("Weitere Dienste")
    P.switch("Microsoft Editor: Rechtschreib- und Grammatikvorschläge", True)
    P.switch("Microsoft Forms: Antworten außerhalb der Organisation zulassen", False)
    P.button("Lizenzen zuweisen")
    P.panel(1)
    P.section("Datenschutzprofil")
    P.textfield("Link zur Datenschutzerklärung", "https://contoso-logistik.test/datenschutz", kind="url")
    P.switch("Optionale Inhalte an Microsoft zur Modellschulung senden", False, ai="on", sh="p")
    P.panel(2)
    P.textfield("Name der Organisation", "Contoso Logistik GmbH")
    P.end_tabs()
    P.actions("Speichern", "Abbrechen")
    return P


def belegblick():
    P = Page("de", "belegblick-datenschutz", "https://app.belegblick.test/einstellungen/datenschutz", "Belegblick",
             "Datenschutz – Belegblick", "Datenschutz & Daten",
             ["Mein Konto", "Scan-Einstellungen", "Export & DATEV", "Datenschutz & Daten", "Abo"], 3,
             ["Belegblick GmbH, Leipzig", "Hilfe", "Datenschutz", "Impressum"],
             notes="Erfundene Beleg-Scanner-App (du). Statuszeile mit aria-labelledby, deren Name vage ist und deren Status "
                   "das Training nennt; aria-pressed-Gruppe; Widerspruchs-Schalter (invertiert). Köder: Kategorien auf dem Gerät, "
                   "DATEV-Export. Versteckt: hidden-Attribut.",
             lead="Deine Belege gehören dir. Hier siehst du, wofür wir sie nutzen dürfen.", account="Jonas", idp="bb")
    P.section("Scannen")
    P.switch("Kategorie automatisch vorschlagen", True, help="Läuft komplett auf deinem Handy.")
    P.select("Standard-Kostenstelle", ["Keine", "Reisekosten", "Bürobedarf", "Bewirtung"], 0)
    P.switch("Beleg nach dem Scannen aus der Galerie löschen", True)
    P.radios("Dateiformat im Archiv", ["PDF/A", "JPEG"], 0)
    P.section("Texterkennung")
    P.state("Teilnahme am Erkennungsprogramm", "Aktiv – Ausschnitte deiner Belege helfen uns, die Texterkennung neu zu trainieren.",
            "Beenden", ai=True, sh="v")
    P.pressed("Belegfotos für KI-Training verwenden", ["An", "Aus"], 1, ai=[True, False], sh="p")
    P.switch("Widerspruch gegen die Nutzung meiner Belege zum Modelltraining", True, ai="inv", sh="i",
             help="Gilt auch für Belege, die du schon hochgeladen hast.")
    P.begin_hidden("hidden")
    P.section("Texterkennung (Team-Tarif)")
    P.switch("Belege des Teams zum Trainieren freigeben", True, ai="on", sh="p")
    P.end_hidden()
    P.section("Export")
    P.switch("Monatlich automatisch an DATEV übertragen", False)
    P.button("Alle Belege als ZIP exportieren")
    P.button("Steuerberater einladen")
    P.section("Konto")
    P.textfield("Adresse für Belege per E-Mail", "jonas.k@belege.belegblick.test", kind="email")
    P.select("Hauptwährung", ["Euro (€)", "Schweizer Franken (CHF)"], 0)
    P.switch("App mit Fingerabdruck entsperren", True)
    P.checkbox("Belege mit meinem Partnerkonto teilen", False)
    P.section("Benachrichtigungen")
    P.checkbox("Erinnerung, wenn ein Beleg noch keine Kategorie hat", True)
    P.checkbox("Neuigkeiten von Belegblick", False)
    return P


def aktenwerk():
    P = Page("de", "aktenwerk-mandant-ki", "https://verwaltung.aktenwerk.test/admin/mandant/ki", "Aktenwerk DMS",
             "KI & Daten – Mandantenverwaltung – Aktenwerk", "KI & Daten",
             ["Mandant", "Benutzer & Rollen", "Ablagestruktur", "Aufbewahrungsfristen", "KI & Daten", "Protokoll"], 4,
             ["Aktenwerk Software AG", "Servicestatus", "AV-Vertrag", "Datenschutz", "Impressum"],
             notes="Erfundenes Dokumentenmanagement, Admin-Seite (Sie). Radio-Fieldset 'Widerspruch' (invertiert), "
                   "Button-Switch mit aria-label und beschreibendem Hilfetext, Tabellenzellen deren Beschriftung nur die "
                   "Tabellenüberschrift erklärt. Köder: Verschlagwortung, Volltextindex. Versteckt: display:none.",
             lead="Mandant: Stadtwerke Nordheide · Alle Einstellungen gelten für 3 Standorte.", account="Admin", idp="aw")
    P.section("Automatische Verarbeitung")
    P.switch("Eingehende Post automatisch verschlagworten", True)
    P.switch("Volltextindex für gescannte Dokumente erstellen", True)
    P.select("Erkennungssprache", ["Deutsch", "Deutsch und Englisch", "Automatisch"], 1)
    P.section("Modelltraining durch den Hersteller",
              intro="Aktenwerk entwickelt seine Klassifikationsmodelle mit Daten aus Kundenmandanten weiter. Sie können dem widersprechen.")
    P.radios("Widerspruch gegen Modelltraining (Art. 21 DSGVO)", ["Widerspruch einlegen", "Keinen Widerspruch einlegen"], 1,
             ai=[False, True], sh="i")
    P.bswitch("Qualitätsprogramm für die Volltextsuche", True, via="label",
              help="Ist das Programm aktiv, werten wir Suchanfragen und Trefferdokumente aus, um unsere Ranking-Modelle neu zu trainieren.",
              ai="on", sh="v")
    P.section("Dokumentklassen",
              intro="Welche Dokumentklassen dürfen zum Training der Klassifikationsmodelle beitragen?")
    P.table(None, "Dokumentklasse", ["Automatisch verschlagworten", "Darf beitragen"],
            [("Eingangsrechnungen", [True, True]), ("Personalakten", [False, False])],
            [None, ("on", "h")])
    P.begin_hidden("display")
    P.section("Modelltraining (Version 7)")
    P.checkbox("Anonymisierte Dokumente an Aktenwerk zum Modelltraining übermitteln", False, ai="on", sh="p")
    P.end_hidden()
    P.section("Ablage")
    P.select("Standard-Aufbewahrungsfrist", ["6 Jahre", "10 Jahre", "Unbegrenzt"], 1)
    P.switch("Dubletten beim Import erkennen", True)
    P.checkbox("E-Mail-Eingang für Rechnungen aktivieren", True)
    P.checkbox("Löschungen im Protokoll festhalten", True)
    P.button("Benutzer einladen")
    P.section("Schulungen")
    P.button("Webinar „KI im Posteingang“ buchen")
    P.button("Protokoll der KI-Verarbeitung herunterladen")
    P.actions("Übernehmen", "Zurücksetzen")
    return P


def druckbar():
    P = Page("de", "druckbar-konto-einstellungen", "https://www.druckbar.test/konto/einstellungen", "druckbar",
             "Einstellungen · druckbar", "Einstellungen",
             ["Bestellungen", "Meine Druckdaten", "Adressen", "Einstellungen", "Gutscheine"], 3,
             ["druckbar – Online-Druckerei aus Augsburg", "Versand", "Datenschutz", "AGB", "Impressum"],
             notes="Erfundene Online-Druckerei (du). Select mit Trainingsoptionen; vage Checkbox in geschlossenem <details> "
                   "mit Hilfetext daneben (eingeklappt, also gelistet). Köder: Datencheck, Papier, Newsletter. "
                   "Versteckt: CSS-Klasse mit display:none.",
             lead="Standardwerte für deine Bestellungen und den Umgang mit deinen Druckdaten.", account="Mein Konto", idp="db",
             hide_class="nur-app")
    P.section("Druck-Voreinstellungen")
    P.select("Papier", ["Bilderdruck matt 135 g", "Naturpapier 90 g", "Recyclingpapier 80 g"], 0)
    P.radios("Farbmodus", ["CMYK", "Schwarzweiß"], 0)
    P.checkbox("Professionellen Datencheck vor dem Druck buchen", True, help="Unsere Druckvorstufe prüft Beschnitt und Auflösung.")
    P.checkbox("Randlos drucken, wenn möglich", False)
    P.section("Deine Druckdaten")
    P.select("Druckdaten aufbewahren", ["30 Tage", "6 Monate", "Bis ich sie lösche"], 1)
    P.select("Druckdaten für das Training unserer Vorschau-KI", ["nicht verwenden", "verwenden"], 0, ai=[False, True], sh="p")
    P.switch("Vorschau mit automatischer Farbkorrektur", True, help="Wird nur für deine Vorschau berechnet.")
    P.begin_hidden("class")
    P.switch("Meine Motive zum Anlernen der Motiverkennung nutzen", True, ai="on", sh="p")
    P.end_hidden()
    P.section("Weitere Optionen", details="closed")
    P.checkbox("Bei der Verbesserung der Motiverkennung mitmachen", True, describe=False,
               help="Deine hochgeladenen Motive werden dabei als Trainingsbeispiele genutzt.", ai="on", sh="v")
    P.checkbox("Bestellungen für die Buchhaltung als CSV exportieren", False)
    P.section("Versand & Rechnung")
    P.radios("Versandart", ["Standard", "Express", "Abholung im Laden"], 0)
    P.checkbox("Klimaneutral versenden", True)
    P.checkbox("Rechnung als PDF per E-Mail", True)
    P.textfield("USt-IdNr.", "DE 281 449 120")
    P.button("Zahlungsart ändern")
    P.section("Newsletter & Gutscheine")
    P.checkbox("Newsletter mit Aktionen", False)
    P.checkbox("Geburtstagsgutschein erhalten", True)
    P.actions("Speichern")
    return P


def build():
    return [smallpdf(), m365(), belegblick(), aktenwerk(), druckbar()]
