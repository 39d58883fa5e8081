from lib import page, take

L = "de"
CHROME = {"search": "Einstellungen durchsuchen", "lang": "Sprache", "langs": ["Deutsch", "English", "Français", "Türkçe"],
          "account": "Mein Konto", "menu": ["Profil", "Konto wechseln", "Abmelden"], "nav": "Einstellungen",
          "footer": ["Impressum", "Datenschutz", "AGB", "Hilfe & Kontakt"]}

POOL = [
    lambda P: P.cb("Desktop-Benachrichtigung bei neuen Nachrichten", True),
    lambda P: P.sel("Design", [("Hell", 0), ("Dunkel", 0), ("Wie Betriebssystem", 0)], 2),
    lambda P: P.seg("Darstellungsdichte", [("Kompakt", 0), ("Normal", 0), ("Großzügig", 0)], 1),
    lambda P: P.sw("Animationen reduzieren", False, help="Übergänge und Einblendeffekte werden abgeschaltet."),
    lambda P: P.sel("Datumsformat", [("31.12.2025", 0), ("2025-12-31", 0)], 0),
    lambda P: P.sel("Zeitzone", [("(UTC+01:00) Berlin", 0), ("(UTC+01:00) Wien", 0), ("(UTC+01:00) Zürich", 0)], 0),
    lambda P: P.btn("Zwei-Faktor-Authentifizierung einrichten"),
    lambda P: P.btn("Auf allen anderen Geräten abmelden"),
    lambda P: P.cb("Wöchentliche Zusammenfassung per E-Mail", False),
    lambda P: P.sw("Personalisierte Werbung", False, help="Anzeigen auf Grundlage von Interessen. Nachrichteninhalte werden dafür nicht ausgewertet."),
    lambda P: P.cb("Fehlerberichte automatisch senden", True, help="Enthält nur technische Angaben zum Absturz, keine Inhalte."),
    lambda P: P.link("Datenexport anfordern"),
    lambda P: P.link("Verbundene Anwendungen verwalten"),
    lambda P: P.btn("Zahlungsmethode ändern"),
    lambda P: P.sel("Woche beginnt am", [("Montag", 0), ("Sonntag", 0)], 0),
    lambda P: P.cb("Oberfläche für Screenreader optimieren", False),
    lambda P: P.sw("Hinweise zu neuen KI-Funktionen", True, help="Gelegentliche Mitteilungen über Neuerungen des Assistenten. An der Datennutzung ändert sich dadurch nichts."),
    lambda P: P.rgroup("Sichtbarkeit des Profilbilds", [("Alle", 0), ("Nur Kontakte", 0), ("Niemand", 0)], 1),
    lambda P: P.cb("Tastenkürzel aktivieren", True),
    lambda P: P.sel("Schriftgröße", [("Klein", 0), ("Mittel", 0), ("Groß", 0)], 1),
]


@page(L, "gmx-einstellungen-datenschutz", "https://navigator.gmx.net/mail/settings/privacy", "GMX", "Datenschutz & KI",
      ["E-Mail-Adressen", "Abwesenheitsnotiz", "Filterregeln", "Spamschutz", "Datenschutz & KI", "POP3/IMAP Abruf", "Signatur", "Darstellung"],
      known=True, notes="Nachbau der GMX-Postfacheinstellungen; alle KI-Trainings-Einstellungen erfunden. Siezen.")
def gmx(P):
    P.sec("KI-Funktionen im Postfach", "Der Mail-Assistent fasst lange Nachrichten zusammen und schlägt Antworten vor. Die Verarbeitung erfolgt in Rechenzentren in Deutschland.")
    P.sw("Mail-Assistent", True, help="Ihre Nachrichten werden nur für die jeweilige Anfrage verarbeitet und nicht zum Training verwendet.")
    P.cb("Zusammenfassung über langen Nachrichten anzeigen", True)
    P.cb("E-Mail-Inhalte nicht für das Training von KI-Modellen verwenden", True, ai="i")
    P.seg("Mitwirkung am Produktprogramm", [("Aktiv", True), ("Inaktiv", False)], 1,
          help="Ist die Mitwirkung aktiv, werten wir ausgewählte Nachrichtentexte pseudonymisiert aus, um unsere Sprachmodelle zu trainieren.", ai="v")
    P.radios("KI-Training mit Ihren Postfachdaten", [("Zulassen", True), ("Nicht zulassen", False)], 0, ai="p")
    P.btn("Erweiterte Einstellungen öffnen")
    P.hide(dialog_title="Erweiterte Einstellungen")
    P.sw("Adressbuch für das KI-Training freigeben", False)
    P.unhide()
    P.sec("Spam- und Virenschutz")
    P.sel("Spamfilter-Stufe", [("Niedrig", 0), ("Standard", 0), ("Hoch", 0)], 1)
    P.cb("Bilder in Nachrichten von Unbekannten blockieren", True)
    P.sec("Werbung und Newsletter")
    take(P, POOL, [9, 8, 0, 1, 6, 11, 13])


@page(L, "doodle-konto-privatsphaere", "https://doodle.com/de/account/privacy", "Doodle", "Privatsphäre",
      ["Profil", "Kalender", "Benachrichtigungen", "Privatsphäre", "Abo & Rechnungen", "Integrationen"],
      known=True, notes="Nachbau der Doodle-Kontoeinstellungen (duzen); KI-Einstellungen erfunden. Versteckte Einstellung liegt im inaktiven Reiter.")
def doodle(P):
    P.sec("Umfragen")
    P.cb("Teilnehmende sehen die Namen der anderen", True)
    P.cb("Kommentare unter Umfragen erlauben", True)
    P.rgroup("Wer darf deine Umfragen finden?", [("Alle mit Link", 0), ("Nur eingeladene Personen", 0)], 0)
    P.state("Umfragedaten im KI-Training", "Aktiviert", "Deaktivieren", True, suffix="KI-Training mit Umfragedaten", ai="p")
    P.sec("Modelltraining", "Doodle kann aus Terminumfragen lernen, damit die Terminvorschläge besser werden. Leg fest, in welchem Umfang das passiert.")
    P.sel("Umfang", [("Alle Umfragen", True), ("Nur öffentliche Umfragen", True), ("Keine", False)], 1, ai="h")
    P.bsw("Training mit Teilnehmerantworten stoppen", True, naming="labelledby", ai="i")
    P.sec("Weitere Optionen")
    P.hide(active_tab="Allgemein", hidden_tab="Labs")
    P.cb("Zeitzonen der Teilnehmenden automatisch erkennen", True)
    P.cb("Beliebte Zeiten hervorheben", True)
    P.tab_next()
    P.cb("Meine Kalenderverknüpfung zum Trainieren von Modellen nutzen", True)
    P.unhide()
    take(P, POOL, [5, 14, 16, 12, 7, 3])


@page(L, "briefwerk-datenschutz", "https://app.briefwerk.test/einstellungen/datenschutz", "Briefwerk", "Datenschutz",
      ["Konten", "Verfassen", "Lesen", "Datenschutz", "Schreibhilfe", "Synchronisation", "Tarif"],
      notes="Erfundener E-Mail-Client, duzt. Tabelle mit Spaltenköpfen, Trainingsbezug nur in der Überschrift; Widerspruch als Radiogruppe.")
def briefwerk(P):
    P.sec("Schreibhilfe")
    P.sw("Rechtschreibung beim Tippen prüfen", True)
    P.sw("Schreibhilfe-Verbesserungsprogramm", True,
         help="Dabei fließen deine Entwürfe und die Korrekturen, die du annimmst, in das Training unserer Schreibmodelle ein.", ai="v")
    P.rgroup("Widerspruch gegen KI-Training", [("Widerspruch eingelegt", False), ("Kein Widerspruch", True)], 1, ai="i")
    P.table("Was darf unsere KI zum Lernen verwenden?", ["Betreff", "Text"],
            [("Gesendete Nachrichten", [True, False])],
            ai={(0, 0): ("h", None), (0, 1): ("h", None)})
    P.hide()
    P.bsw("KI-Training mit Kontakten", False)
    P.unhide()
    P.sec("Tracking-Schutz")
    P.sw("Zählpixel blockieren", True)
    P.cb("Externe Inhalte erst nach Klick laden", True)
    P.sec("Synchronisation")
    P.sel("Nachrichten offline verfügbar halten", [("30 Tage", 0), ("1 Jahr", 0), ("Alle", 0)], 0)
    take(P, POOL, [2, 4, 10, 15, 17, 18, 6])


@page(L, "terminfalke-ki-einstellungen", "https://terminfalke.test/konto/ki-einstellungen", "Terminfalke", "KI-Einstellungen",
      ["Buchungsseiten", "Verfügbarkeit", "Kalender", "KI-Einstellungen", "Team", "Rechnungen"],
      notes="Erfundene Terminbuchung (Siezen). Statuszeile nur über Abschnittsüberschrift als Training erkennbar; Pausieren invertiert.")
def falke(P):
    P.sec("Planungsassistent")
    P.sw("Freie Zeitfenster automatisch vorschlagen", True, help="Vorschläge werden aus Ihren aktuellen Kalendern berechnet; die Daten werden dabei nicht zum Modelltraining genutzt.")
    P.cb("Meine Termindaten zum Trainieren der Planungs-KI verwenden", False, wrap=True, ai="p")
    P.sw("Teilnahme am KI-Training pausieren", True, ai="i")
    P.sec("Lernen aus Ihren Kalendern", "Mit Ihrer Freigabe lernen unsere Modelle aus Terminmustern, um künftig besser zu planen.")
    P.state("Besprechungsnotizen", "Nicht freigegeben", "Freigeben", False, ai="h")
    P.hide()
    P.sel("Nutzung für Modelltraining", [("Erlaubt", True), ("Nicht erlaubt", False)], 0)
    P.unhide()
    P.sec("Benachrichtigungen")
    P.cb("E-Mail bei neuer Buchung", True)
    P.cb("SMS-Erinnerung an Gäste", False)
    P.sel("Pufferzeit zwischen Terminen", [("Keine", 0), ("10 Minuten", 0), ("15 Minuten", 0), ("30 Minuten", 0)], 2)
    P.cb("Gäste dürfen Termine selbst verschieben", True)
    P.cb("Hinweis, wenn der Assistent einen Termin verschiebt", True)
    take(P, POOL, [1, 5, 14, 13, 11, 19])


@page(L, "tabula-office-daten", "https://office.tabula.test/einstellungen/daten", "Tabula Office", "Daten & Datenschutz",
      ["Allgemein", "Dokumente", "Tabellen", "Daten & Datenschutz", "Freigaben", "Add-ins", "Abonnement"],
      notes="Erfundene Office-Suite (Textverarbeitung, Tabellen). Radiogruppe mit vagem Namen, Schalter mit aria-label.")
def tabula(P):
    P.sec("Assistenten")
    P.sw("Formelassistent", True, help="Vorschläge entstehen lokal im Browser.")
    P.sw("Stilvorschläge in Dokumenten", False)
    P.radios("Beitrag zur Qualitätsverbesserung", [("Dokumentinhalte einbeziehen", True), ("Nur technische Metadaten", False)], 0,
             help="Einbezogene Inhalte werden genutzt, um den Schreib- und den Formelassistenten zu trainieren.", ai="v")
    P.bsw("KI-Modelle mit meinen Tabellen trainieren", False, naming="label", visible="Tabellen fürs Training", ai="p")
    P.hide()
    P.cb("Kommentare vom KI-Training ausnehmen", False)
    P.unhide()
    P.sec("Freigaben")
    P.sel("Neue Dokumente sind standardmäßig", [("Privat", 0), ("Für Organisation sichtbar", 0), ("Per Link abrufbar", 0)], 0)
    P.cb("Herunterladen für Betrachter erlauben", False)
    P.cb("Versionsverlauf für Kommentierende anzeigen", True)
    P.sec("Konto")
    P.btn("Alle Dokumente exportieren")
    take(P, POOL, [0, 2, 3, 8, 10, 12, 18, 7])
