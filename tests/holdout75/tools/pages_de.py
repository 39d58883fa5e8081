from lib import Page


def chrome(brand, account="Konto", menu=None, du=True):
    return {"search": "Suchen" if du else "Suche", "language": "Sprache", "account": account, "nav": "Einstellungen",
            "menu": menu or [("Profil", "/profil"), ("Abo", "/abo"), ("Abmelden", "/logout")],
            "copy": f"© 2025 {brand}"}


def siebenmind():
    p = Page("de", "7mind-datenschutz", "https://app.7mind.de/einstellungen/datenschutz", "7Mind",
             "Datenschutz – Einstellungen – 7Mind", "Datenschutz & Daten", "dialog", known=True,
             notes="Meditations-App (du); Button-Switch per aria-labelledby mit Hilfetext, invertierte Checkbox, Select unter Trainings-Überschrift; KI-Coach-Benachrichtigung als Köder.",
             lead="Hier entscheidest du, was mit deinen Übungs- und Tagebuchdaten passiert.",
             nav=[("Profil", "/einstellungen"), ("Erinnerungen", "/einstellungen/erinnerungen"), ("Datenschutz", "/einstellungen/datenschutz"),
                  ("Abo & Zahlungen", "/einstellungen/abo"), ("Krankenkasse", "/einstellungen/kasse"), ("Hilfe", "/hilfe")],
             active=2, footer=[("Impressum", "https://www.7mind.de/impressum"), ("Datenschutzerklärung", "https://www.7mind.de/datenschutz"), ("AGB", "https://www.7mind.de/agb")],
             chrome=chrome("7Mind GmbH", "Mein Konto"))
    p.sec("Achtsamkeitstagebuch",
          p.sw("Tagebuch mit Code sperren", True),
          p.sel("Tägliche Schreib-Erinnerung", ["Aus", "Morgens", "Abends"], 2),
          p.cb("Stimmungsverlauf auf der Startseite zeigen", True),
          p.cb("Meine Tagebucheinträge vom KI-Training ausschließen", True, ai=False, shape="i"))
    p.sec("KI-Coach",
          p.sw("KI-Coach aktivieren", True, help="Der Coach antwortet auf deine Fragen zur Praxis. Die Gespräche werden nach 30 Tagen gelöscht und nicht zum Trainieren von Modellen verwendet."),
          p.cb("Benachrichtige mich, wenn der KI-Coach neue Übungen vorschlägt", False),
          p.bsw("Beitrag zur Weiterentwicklung", True, naming="lb",
                help="Deine Übungsverläufe und Stimmungseinträge fließen pseudonymisiert in das Training unserer KI-Modelle für Empfehlungen ein.",
                ai=True, shape="v"))
    p.sec("Training der 7Mind-KI",
          p.sel("Sprachaufnahmen aus dem Coach", ["Nicht verwenden", "Verwenden"], 0, ai=False, shape="h"),
          p.hide(p.sw("Übungsdaten für das KI-Training freigeben", False, ai=False, shape="p", hid=True),
                 p.p("Du kannst das jederzeit in den Einstellungen ändern."),
                 title="Neu: Hilf uns, die 7Mind-KI zu verbessern", close="Später"),
          intro="Was du hier auswählst, nutzen wir ausschließlich, um unsere Modelle zu trainieren und zu verbessern.")
    p.sec("Analyse & Marketing",
          p.cb("Anonyme Nutzungsstatistik", True),
          p.cb("Personalisierte Werbung in sozialen Netzwerken", False),
          p.cb("Newsletter mit Kursangeboten", False, wrap=True))
    p.sec("Deine Daten",
          p.btn("Datenkopie anfordern"),
          p.btn("Mit Apple Health verbinden"),
          p.btn("Konto löschen"))
    p.sec("Barrierefreiheit",
          p.cb("Untertitel bei Meditationen einblenden", True),
          p.sel("Sprechtempo der Anleitungen", ["Langsam", "Normal", "Zügig"], 1))
    return p


def limesurvey():
    p = Page("de", "limesurvey-datenschutz", "https://account.limesurvey.org/de/konto/datenschutz", "LimeSurvey",
             "Datenschutz | Mein Konto | LimeSurvey", "Datenschutz und Datenverarbeitung", "tab", known=True,
             notes="Umfrage-Tool (Sie); Radio-Fieldset klar benannt, Zustandszeile 'Widerspruch' mit visuell verstecktem Suffix, Segment-Schalter nur per Hilfetext erklärt.",
             lead="Diese Einstellungen gelten für alle Umfragen Ihrer LimeSurvey-Cloud-Instanz.",
             nav=[("Übersicht", "/de/konto"), ("Installationen", "/de/konto/installationen"), ("Rechnungen", "/de/konto/rechnungen"),
                  ("Datenschutz", "/de/konto/datenschutz"), ("Sicherheit", "/de/konto/sicherheit"), ("Support", "/de/support")],
             active=3, footer=[("Impressum", "/de/impressum"), ("Datenschutz", "/de/datenschutz"), ("AVV", "/de/avv"), ("Status", "/status")],
             chrome=chrome("LimeSurvey GmbH", "Konto", [("Profil bearbeiten", "/de/konto/profil"), ("Rechnungen", "/de/konto/rechnungen"), ("Abmelden", "/de/logout")], du=False))
    p.sec("Künstliche Intelligenz",
          p.sw("KI-Fragenassistent in der Umfrage-Bearbeitung anzeigen", True,
               help="Der Assistent formuliert Fragen um und schlägt Antwortskalen vor. Ihre Eingaben werden dabei nicht für das Training verwendet."),
          p.radio("Umfrageantworten für das Training von KI-Modellen verwenden", ["Ja, für alle Umfragen", "Nur für ausgewählte Umfragen", "Nein"], 2,
                  ai=False, shape="p"),
          p.state("Widerspruch gegen KI-Training mit Teilnehmerdaten", "Aktiv seit 12.02.2025 – Ihre Daten werden nicht verwendet", "Widerspruch zurückziehen",
                  suffix="(KI-Training mit Teilnehmerdaten)", ai=False, shape="i"),
          p.seg("Datenbeitrag", ["Aus", "Anonymisiert", "Vollständig"], 1,
                help="Legt fest, ob die Struktur Ihrer Fragebögen (Fragetexte, Logik, Skalen) zum Trainieren des Formulierungsassistenten herangezogen wird.",
                ai=True, shape="v"),
          p.cb("Über neue KI-Funktionen per E-Mail informieren", True))
    p.sec("Weitere Einstellungen",
          p.hide(p.cb("Teilnahme am KI-Forschungsprogramm mit Antwortdaten", False, ai=False, shape="p", hid=True),
                 tabs=("Allgemein", [p.sel("Serverstandort", ["Deutschland", "Schweiz", "USA"], 0),
                                     p.cb("IP-Adressen der Teilnehmenden anonymisieren", True),
                                     p.cb("Cookie-Hinweis in Umfragen einblenden", True),
                                     p.sel("Aufbewahrung abgeschlossener Antworten", ["90 Tage", "1 Jahr", "Unbegrenzt"], 1)],
                       "Erweitert"), tablist="Bereiche"))
    p.sec("Sicherheit und Konto",
          p.sw("Zwei-Faktor-Authentifizierung", True),
          p.cb("Bei Anmeldung von neuem Gerät benachrichtigen", True),
          p.btn("Alle Umfragedaten exportieren"),
          p.btn("Auftragsverarbeitungsvertrag herunterladen"),
          p.btn("Konto kündigen"))
    return p


def tagebuchwerk():
    p = Page("de", "tagebuchwerk-privatsphaere", "https://www.tagebuchwerk.test/einstellungen/privatsphaere", "Tagebuchwerk",
             "Privatsphäre · Tagebuchwerk", "Privatsphäre", "hidden", known=False,
             notes="Online-Tagebuch (du); Tabelle mit Spaltenkopf 'Erlaubt' unter Trainings-Caption, klar benannter Switch; Schreibhilfe ohne Training als Köder.",
             nav=[("Profil", "/einstellungen"), ("Tagebücher", "/einstellungen/tagebuecher"), ("Privatsphäre", "/einstellungen/privatsphaere"),
                  ("Benachrichtigungen", "/einstellungen/mitteilungen"), ("Export", "/einstellungen/export")],
             active=2, footer=[("Hilfe", "/hilfe"), ("Impressum", "/impressum"), ("Datenschutz", "/datenschutz")],
             chrome=chrome("Tagebuchwerk UG (haftungsbeschränkt)", "Lena"))
    p.sec("Sichtbarkeit",
          p.rg("Neue Einträge sind standardmäßig", ["Privat", "Für Vertraute", "Öffentlich"], 0),
          p.cb("Öffentliche Einträge von Suchmaschinen indexieren lassen", False),
          p.cb("Vertraute dürfen kommentieren", True))
    p.sec("Schreibhilfe",
          p.sw("Rechtschreibkorrektur", True),
          p.sw("Stichwortvorschläge beim Schreiben", True, help="Läuft in deinem Browser. Dabei wird nichts gespeichert oder zum Lernen verwendet."),
          p.sw("Meine Korrekturen an Vorschlägen zum Trainieren der Schreibhilfe nutzen", True, ai=True, shape="p"),
          p.table("Was für das Modelltraining genutzt werden darf", "Inhalt", ["Erlaubt"],
                  [("Tagebucheinträge", [(False, False, "h")]), ("Fotos und Sprachmemos", [(True, True, "h")])]),
          p.hide(p.cb("Einträge aus dem Archiv ebenfalls für das KI-Training verwenden", False, ai=False, shape="p", hid=True)))
    p.sec("Benachrichtigungen",
          p.cb("Erinnerung, wenn ich zwei Tage nicht geschrieben habe", True),
          p.cb("Jahresrückblick per E-Mail", True),
          p.cb("Neuigkeiten zu KI-Funktionen", False))
    p.sec("Darstellung",
          p.sel("Schriftart", ["Serif", "Handschrift", "Schlicht"], 0),
          p.seg("Farbschema", ["Hell", "Dunkel", "Automatisch"], 2))
    p.sec("Daten",
          p.btn("Alle Einträge als PDF exportieren"),
          p.btn("Tagebuch endgültig löschen"))
    return p


def sternenkarte():
    p = Page("de", "sternenkarte-konto-daten", "https://sternenkarte.test/konto/daten", "Sternenkarte",
             "Deine Daten – Sternenkarte", "Deine Daten", "inline-display", known=False,
             notes="Astrologie-App (du); Radiogroup mit doppelter Verneinung, Checkbox in geschlossenem details nur per Hilfetext, Zustandszeile mit Ein/Aus-Status.",
             nav=[("Profil & Geburtsdaten", "/konto"), ("Horoskope", "/konto/horoskope"), ("Deine Daten", "/konto/daten"),
                  ("Benachrichtigungen", "/konto/mitteilungen"), ("Sternenkarte Plus", "/konto/plus")],
             active=2, footer=[("Impressum", "/impressum"), ("Datenschutz", "/datenschutz"), ("Kontakt", "/kontakt")],
             chrome=chrome("Sternenkarte", "Profil"))
    p.sec("Geburtsdaten",
          p.text("Geburtsort", "Kassel"),
          p.text("Geburtszeit", "06:42", typ="time"),
          p.cb("Geburtszeit ist ungefähr", False),
          p.rg("Geburtsdaten vom KI-Training fernhalten", ["Ja", "Nein"], 1, ai=True, shape="i"))
    p.sec("Sterne-Chat",
          p.sw("Sterne-Chat nutzen", True, help="Der Chat erklärt dir Transite und Aspekte anhand deines Radix."),
          p.state("KI-Training mit deinen Chat-Verläufen", "Eingeschaltet", "Ausschalten", ai=True, shape="p"),
          p.hide(p.cb("Chat-Bewertungen an Partner zum Modelltraining weitergeben", False, ai=False, shape="p", hid=True)),
          p.details("Weitere Optionen",
                    p.cb("Deutungen mitgestalten", False, wrap=True,
                         help="Wenn aktiviert, nutzen wir deine Bewertungen und Notizen zu Horoskopen, um unser Sprachmodell zu trainieren.",
                         ai=False, shape="v"),
                    p.cb("Chat-Verlauf nach 7 Tagen löschen", True)))
    p.sec("Mitteilungen",
          p.cb("Tageshoroskop um 7 Uhr", True),
          p.cb("Vollmond und Neumond", True),
          p.cb("Hinweis bei neuen KI-Deutungen", False),
          p.sel("Mondphasen-Mitteilungen", ["Keine", "Nur Vollmond", "Alle Phasen"], 1))
    p.sec("Werbung & Konto",
          p.cb("Personalisierte Werbung", False),
          p.btn("Daten herunterladen"),
          p.btn("Konto löschen"))
    return p


def notizhafen():
    p = Page("de", "notizhafen-datenschutz", "https://app.notizhafen.test/einstellungen/datenschutz", "Notizhafen",
             "Datenschutz – Notizhafen", "Datenschutz", "class", known=False, hide_class="ausgeblendet",
             notes="Notiz-App (Sie); Button-Switch mit Textnamen unter Trainings-Überschrift, invertierter Switch 'unterbinden', Select nur per Hilfetext.",
             lead="Legen Sie fest, wie Notizhafen mit Ihren Notizen und Notizbüchern umgeht.",
             nav=[("Konto", "/einstellungen"), ("Notizbücher", "/einstellungen/notizbuecher"), ("Datenschutz", "/einstellungen/datenschutz"),
                  ("Team", "/einstellungen/team"), ("Integrationen", "/einstellungen/integrationen"), ("Abrechnung", "/einstellungen/abrechnung")],
             active=2, footer=[("Impressum", "/impressum"), ("Datenschutzerklärung", "/datenschutz"), ("Sicherheit", "/sicherheit")],
             chrome=chrome("Notizhafen GmbH", "Konto", du=False))
    p.sec("Freigaben",
          p.sel("Standard für neue Notizbücher", ["Privat", "Für das Team", "Per Link"], 0),
          p.cb("Links zu freigegebenen Notizen laufen nach 30 Tagen ab", True),
          p.cb("Kommentare von Gästen zulassen", False))
    p.sec("Intelligente Funktionen",
          p.sw("Zusammenfassungen langer Notizen", True, help="Wird bei Bedarf erstellt und nicht dauerhaft gespeichert."),
          p.sw("Nutzung meiner Notizen für KI-Training unterbinden", False, ai=True, shape="i"),
          p.sel("Datenfreigabe für Produktverbesserung", ["Keine", "Nur Metadaten", "Metadaten und Inhalte"], 2,
                help="Bei „Metadaten und Inhalte“ werden Notiztexte auch zum Training der Such- und Zusammenfassungsmodelle verwendet.",
                ai=True, shape="v"),
          p.cb("Per E-Mail über neue KI-Funktionen informieren", False))
    p.sec("Training unserer Modelle",
          p.bsw("Geteilte Notizbücher", False, naming="text", ai=False, shape="h"),
          p.hide(p.bsw("Handschriftliche Notizen", False, naming="text", ai=False, shape="h", hid=True)),
          intro="Optional können Inhalte aus den folgenden Bereichen verwendet werden, um unsere Modelle zu trainieren.")
    p.sec("Sicherheit",
          p.sw("Zwei-Faktor-Anmeldung", True),
          p.sel("Automatisch abmelden nach", ["1 Stunde", "1 Tag", "30 Tagen"], 1),
          p.btn("Aktive Sitzungen anzeigen"))
    p.sec("Export",
          p.btn("Alle Notizen als Markdown exportieren"),
          p.btn("Konto und Notizen löschen"))
    p.sec("Darstellung",
          p.seg("Design", ["Hell", "Dunkel", "System"], 2),
          p.cb("Notizen in kompakter Listenansicht zeigen", False),
          p.sel("Schriftgröße im Editor", ["Klein", "Mittel", "Groß"], 1))
    return p


PAGES = [siebenmind, limesurvey, tagebuchwerk, sternenkarte, notizhafen]
