from lib import *

def build():
    P = []
    # 1 ---------------------------------------------------------------- alfaview (known)
    p = Page("de", "alfaview-datenschutz", "https://app.alfaview.com/settings/datenschutz", "alfaview",
             "Einstellungen: Datenschutz", known=True, hidden_method="dialog", account="Dr. M. Kessler",
             nav=["Allgemein", "Audio & Video", "Räume", "Datenschutz", "Benachrichtigungen", "Organisation"], active=3,
             note="Nachbau der alfaview-Einstellungen (Sie-Form); Mitschrift-Funktion als Köder, die ausdrücklich nicht trainiert.")
    p.sec("Audio & Video", None,
          select("Mikrofon", ["Standard – Headset (USB)", "MacBook Pro-Mikrofon", "Konferenzspinne Jabra Speak"], 0),
          sw("Rauschunterdrückung", True),
          cb("Eigenes Video spiegeln", True, wrap=True),
          select("Videoqualität", ["Automatisch", "HD (720p)", "Full HD (1080p)"], 0))
    p.sec("Räume & Gäste", None,
          cb("Gäste warten im Warteraum, bis sie eingelassen werden", True),
          sw("Gastlinks nach 24 Stunden ungültig machen", False),
          radios("Wer darf neue Räume anlegen?", ["Nur Administratorinnen und Administratoren", "Alle Mitglieder der Organisation"], 0))
    p.sec("Mitschrift und Zusammenfassung",
          "Die automatische Mitschrift läuft ausschließlich auf Servern in Deutschland. Die Inhalte werden nur für Ihre Mitschrift verarbeitet und nicht zum Training von Modellen genutzt.",
          sw("Automatische Mitschrift anbieten", True),
          cb("Teilnehmende vor dem Start der Mitschrift um Zustimmung bitten", True))
    p.sec("Verbesserung unserer Sprachmodelle", None,
          cb("Mitschriften meiner Räume für das Training der alfaview-Sprachmodelle bereitstellen", False, ai="p"),
          bsw("Audioaufnahmen vom Modelltraining ausschließen", False, naming="text", ai="i"),
          radiogroup("Qualitätsprogramm", ["Teilnehmen", "Nicht teilnehmen"], 0, ai=("v", True),
                     help="Im Qualitätsprogramm werden ausgewählte Gesprächsausschnitte pseudonymisiert und zum Trainieren unserer Spracherkennung verwendet."),
          hide("dialog",
               sw("Chatverläufe für das KI-Training freigeben", True, ai="p"),
               cb("Protokolldateien 30 Tage aufbewahren", True),
               opener="Erweiterte Datenoptionen …", title="Erweiterte Datenoptionen", close="Abbrechen", save="Übernehmen"))
    p.sec("Benachrichtigungen", None,
          cb("E-Mail bei neuen Raumeinladungen", True),
          cb("Hinweis, wenn jemand den Warteraum betritt", True),
          cb("Neuigkeiten zu KI-Funktionen per E-Mail erhalten", False))
    P.append(p)

    # 2 ---------------------------------------------------------------- Webex (known)
    p = Page("de", "webex-einstellungen", "https://settings.webex.com/meetings/preferences?lang=de-DE", "Webex",
             "Einstellungen", known=True, hidden_method="tab", account="Jonas Becker",
             nav=["Mein Profil", "Meetings", "Aufzeichnungen", "Einstellungen", "Integrationen", "Support"], active=3,
             note="Nachbau der Webex-Benutzereinstellungen; Trainingsfreigabe als Tabelle, die nur in der Überschrift (caption) Training nennt.")
    p.sec("Mein Personal Room", None,
          textfield("Name des Personal Rooms", "Besprechungsraum von Jonas Becker"),
          cb("Raum 10 Minuten nach Beginn automatisch sperren", False),
          sw("Benachrichtigen, wenn jemand in der Lobby wartet", True))
    p.sec("Planungsvorlagen", None,
          select("Standardvorlage", ["Webex Meetings – Standard", "Team-Besprechung", "Kundentermin"], 0),
          select("Audioverbindungstyp", ["Webex-Audio", "Nur VoIP", "Anderer Telefonkonferenzdienst"], 0))
    p.sec("KI-Assistent",
          "Der KI-Assistent erstellt Zusammenfassungen und erkennt Aufgaben. Cisco verwendet Ihre Meeting-Inhalte nicht, um die Modelle des Assistenten zu trainieren.",
          sw("Zusammenfassung nach dem Meeting erstellen", True),
          sw("Aufgaben automatisch erkennen", False),
          select("Zusammenfassung senden an", ["Nur mich", "Alle eingeladenen Personen"], 0))
    p.sec("Daten für die Modellentwicklung", None,
          tabs("Geltungsbereich", [
              ("Meine Inhalte", [
                  table("Dürfen diese Inhalte zum Training von Cisco-KI-Modellen verwendet werden?", ["Freigegeben"],
                        [("Meetings, die ich veranstalte", [(True, "h")]),
                         ("Webinare, die ich veranstalte", [(False, "h")])]),
                  select("Widerspruch gegen die Nutzung meiner Aufzeichnungen für KI-Training",
                         ["Kein Widerspruch", "Widerspruch eingelegt"], 1, ai=("i", False),
                         help="Ein Widerspruch wirkt für alle künftigen Aufzeichnungen.")]),
              ("Organisation", [
                  sw("Organisationsdaten für das KI-Training verwenden", True, ai="p"),
                  cb("Einstellung für Nutzer sperren", True)])], active=0))
    p.sec("Aufzeichnungen", None,
          select("Aufzeichnungen speichern", ["In der Webex-Cloud", "Lokal auf diesem Computer"], 0),
          cb("Transkript automatisch erstellen", True),
          sw("Herunterladen freigegebener Aufzeichnungen erlauben", False))
    p.sec("Sicherheit", None,
          staterow("Zwei-Faktor-Authentifizierung", "Aktiv", "Verwalten", naming="by"),
          button("Passwort ändern"))
    P.append(p)

    # 3 ---------------------------------------------------------------- invented conference platform
    p = Page("de", "kongresswelt-datennutzung", "https://veranstalter.kongresswelt.test/einstellungen/datennutzung",
             "Kongresswelt", "Datennutzung & Datenschutz", hidden_method="hidden", account="Verband Kreislauf e. V.",
             nav=["Veranstaltung", "Programm", "Tickets", "Networking", "Datennutzung & Datenschutz", "Sponsoren", "Rechnungen"], active=4,
             note="Erfundene Plattform für virtuelle Kongresse (Veranstalter-Sicht); doppelte Verneinung im Segment-Schalter.")
    p.sec("Veranstaltung", None,
          textfield("Name der Veranstaltung", "Fachkongress Kreislaufwirtschaft 2025"),
          select("Zeitzone", ["Europe/Berlin (MEZ)", "Europe/London", "America/New_York"], 0),
          radios("Zugang", ["Öffentlich", "Nur mit Ticket", "Nur auf Einladung"], 1),
          sw("Lobby 30 Minuten vor Beginn öffnen", True))
    p.sec("Networking", None,
          sw("Zufallsgespräche (Speed-Networking)", True),
          cb("Austausch digitaler Visitenkarten erlauben", True),
          select("Maximale Größe von Gesprächsrunden", ["2 Personen", "4 Personen", "8 Personen"], 1))
    p.sec("KI-Funktionen im Stream",
          "Live-Untertitel und Übersetzungen entstehen während der Übertragung. Sie werden weder gespeichert noch zum Trainieren verwendet.",
          sw("Live-Untertitel", True),
          sw("Automatische Übersetzung ins Englische", False))
    p.sec("Inhalte Ihrer Veranstaltung und unsere KI", None,
          radios("Vorträge und Fragerunden für das Training unserer KI verwenden",
                 ["Ja, alle Sessions", "Nur öffentliche Sessions", "Nein"], 1, ai=("p", True)),
          sw("Am Verbesserungsprogramm teilnehmen", False, ai="v",
             help="Dabei werden Transkripte Ihrer Sessions anonymisiert in die Trainingsdaten unserer Untertitel- und Übersetzungsmodelle übernommen."),
          segmented("Training mit Teilnehmerdaten unterbinden", ["Ja", "Nein"], 1, ai=("i", True, "dn"),
                    help="Betrifft Profilangaben, Chatnachrichten und Umfrageantworten der Teilnehmenden."),
          hide("hidden", cb("Ausstellerdaten zum Trainieren von Empfehlungsmodellen nutzen", True, ai="p")))
    p.sec("Sponsoren & Werbung", None,
          cb("Sponsorenbanner in der Lobby anzeigen", True),
          sw("Teilnehmerliste nach Einwilligung an Sponsoren übermitteln", False))
    p.sec("Export", None,
          button("Teilnehmerliste exportieren (CSV)"),
          button("Veranstaltung archivieren"))
    P.append(p)

    # 4 ---------------------------------------------------------------- invented notes bot (du)
    p = Page("de", "protokollant-daten", "https://app.protokollant.test/konto/daten", "Protokollant",
             "Deine Daten", hidden_method="display", account="Lea",
             nav=["Protokolle", "Bot", "Kalender", "Deine Daten", "Verbindungen", "Tarif"], active=3,
             note="Erfundener Protokoll-Bot (du-Form); Statuszeile mit unsichtbarem Namenszusatz, Schalter nur über die Überschrift erklärt.")
    p.sec("Bot", None,
          radiogroup("Wann soll der Protokollant beitreten?", ["Bei allen Terminen mit Videolink", "Nur bei meinen eigenen Terminen", "Nur wenn ich ihn einlade"], 1),
          textfield("Name des Bots", "Protokollant von Lea"),
          sw("Beitritt im Chat ankündigen", True),
          cb("Termine ohne externe Teilnehmende überspringen", False, wrap=True))
    p.sec("Protokoll", None,
          select("Sprache des Protokolls", ["Automatisch erkennen", "Deutsch", "Englisch"], 0),
          sw("Aufgaben automatisch an Asana schicken", False),
          select("Vorlage", ["Jour fixe", "Kundentermin", "Bewerbungsgespräch"], 0))
    p.sec("Mithelfen", None,
          staterow("Mithelfen-Programm", "Du machst mit", "Austreten", naming="sr", suffix="aus dem Mithelfen-Programm",
                   ai=("v", True),
                   help="Wer mitmacht, stellt seine Mitschnitte zur Verfügung, damit wir unsere Spracherkennung damit trainieren können."),
          select("KI-Training mit meinen Audiodateien", ["Erlaubt", "Nur anonymisiert", "Nicht erlaubt"], 1, ai=("p", True)),
          hide("display", cb("Modelle mit meinen Aufgabenlisten trainieren", False, ai="p")))
    p.sec("Trainingsdaten für unsere Modelle",
          "Leg fest, ob wir deine Besprechungsnotizen verwenden dürfen, um die Modelle hinter Protokollant zu trainieren.",
          bsw("Besprechungsnotizen", False, naming="by", ai="h"))
    p.sec("Verbindungen", None,
          staterow("Microsoft Outlook", "Verbunden", "Trennen", naming="by"),
          staterow("Notion", "Nicht verbunden", "Verbinden", naming="by"))
    p.sec("Benachrichtigungen", None,
          cb("Protokoll per E-Mail, sobald es fertig ist", True),
          cb("Wöchentlicher Überblick am Montag", False))
    p.sec("Gefahrenzone", None, button("Alle Aufnahmen löschen", cls="danger"))
    P.append(p)

    # 5 ---------------------------------------------------------------- invented webinar platform (du)
    p = Page("de", "webinarwerk-privatsphaere", "https://webinarwerk.test/einstellungen/privatsphaere", "Webinarwerk",
             "Privatsphäre & Daten", hidden_method="class", account="Tobi Hartmann",
             nav=["Webinare", "Branding", "Anmeldung", "Statistik", "Privatsphäre & Daten", "Zahlungen"], active=4,
             note="Erfundene Webinar-Plattform (du-Form); verneinte Checkbox, vage Datenspende, Überschrift-only-Schalter.")
    p.sec("Branding", None,
          select("Farbschema", ["Hell", "Dunkel", "Wie meine Website"], 2),
          cb("Eigenes Logo im Player anzeigen", True),
          textfield("Absendername für Einladungen", "Hartmann Akademie"))
    p.sec("Anmeldung", None,
          radios("Anmeldebestätigung", ["Automatisch", "Manuell prüfen"], 0),
          cb("Double-Opt-in für den Newsletter", True, wrap=True),
          sw("Erinnerung eine Stunde vorher schicken", True))
    p.sec("KI-Assistent",
          "Kapitelmarken werden für dein Webinar berechnet und danach verworfen. Wir trainieren damit nichts.",
          sw("Automatische Kapitelmarken", True),
          cb("Chat nach dem Webinar archivieren", False))
    p.sec("Deine Daten und unsere KI", None,
          cb("Meine Webinar-Aufzeichnungen nicht für das KI-Training verwenden", False, wrap=True, ai="i"),
          radios("Datenspende", ["Aktiv", "Pausiert"], 1, ai=("v", False),
                 help="Mit der Datenspende fließen anonymisierte Chatverläufe und Umfrageantworten deiner Webinare in das Training unseres Moderationsmodells ein."),
          hide("class", bsw("Teilnehmerdaten zum Trainieren der Webinarwerk-KI freigeben", True, naming="label", ai="p"),
               cls="alt-einwilligung"))
    p.sec("KI-Training mit Teilnehmerfragen",
          "Fragen, die im Q&A gestellt werden, können – ohne Namen – in die Trainingsdaten für unseren Fragen-Clusterer einfließen.",
          sw("Fragen aus dem Q&A", True, ai="h"))
    p.sec("Statistik", None,
          sw("Verweildauer der Teilnehmenden messen", True),
          cb("Statistik mit Co-Moderatoren teilen", False))
    p.sec("Zahlungen", None,
          staterow("Stripe", "Verbunden", "Trennen", naming="by"),
          button("Rechnungsadresse ändern"))
    P.append(p)
    return P
