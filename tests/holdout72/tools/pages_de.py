from lib import Page, LANGS

L = LANGS["de"]


def spiegel():
    p = Page("de", "spiegel-datenschutz", "https://gruppenkonto.spiegel.de/meinkonto/datenschutz", "DER SPIEGEL",
             "Datenschutz – Mein Konto – DER SPIEGEL", "Datenschutz und Datennutzung",
             "Bekannter Dienst (Rekonstruktion, Sie-Form). Schalter (plain), Radiogruppe 'Widerspruch' (invertiert), Statuszeile 'Beenden' mit unsichtbarem Zusatz, nur der Hilfetext nennt Training; Partner-Checkbox in geschlossenem Dialog.",
             ["Übersicht", "Abonnement", "Persönliche Daten", "Datenschutz", "Newsletter", "Merkliste", "Hilfe"], active=3,
             intro="Hier legen Sie fest, wie wir Ihre Daten über das Lesen hinaus verwenden dürfen.",
             known=True, search=("Suche", "Suchbegriff eingeben"), langsel=("Sprache", L),
             account=("Mein Konto", ["Mein Abo", "Merkliste", "Abmelden"]),
             footer=("DER SPIEGEL GmbH & Co. KG", "Impressum", "Datenschutz", "Nutzungsbedingungen", "Kontakt"),
             prefix="sp", hide_class="is-hidden", accent="#e64415", font="'Spiegel Serif',Georgia,serif")
    p.sec("Nutzung Ihrer Lesedaten")
    p.sw("Lesedaten zum Trainieren unserer KI-Modelle freigeben", True,
         help="Gemeint sind aufgerufene Artikel, Lesedauer und Merkliste. Ihr Name wird dabei nicht übertragen.", ai="p")
    p.sw("Artikelempfehlungen auf der Startseite", True, help="Beruht auf den Ressorts, die Sie abonniert haben.")
    p.sw("Vorlesefunktion mit KI-Stimme", False, help="Die Stimme wird synthetisch erzeugt und lernt nicht aus Ihrer Nutzung.")
    p.end()
    p.sec("Forum")
    p.radios("Widerspruch gegen KI-Training mit meinen Forumsbeiträgen", ["Ich widerspreche", "Ich widerspreche nicht"], 0,
             shares=[False, True], ai="i")
    p.text("Angezeigter Name im Forum", "Nordlicht_72")
    p.cb("Beim Antworten auf meine Beiträge per E-Mail benachrichtigen", False)
    p.end()
    p.sec("Produktforschung")
    p.state("Aktiv", "Sie nehmen seit März an der Produktforschung teil.", "Beenden", sharing=True,
            suffix="Teilnahme an der Produktforschung",
            help="Dabei werden Ihre Suchanfragen im Archiv genutzt, um unsere Such- und Sprachmodelle weiterzutrainieren.", ai="v")
    dlg = []
    p.cb("Partnern erlauben, KI-Modelle mit meinen Kommentaren zu trainieren", False, hide="dialog", out=dlg)
    p.cb("Archivrecherchen für Partner freigeben", False, out=dlg)
    p.dialog("Weitere Einstellungen", "Weitere Einstellungen", dlg, "Schließen")
    p.end()
    p.sec("Werbung und Messung")
    p.sw("Personalisierte Werbung", False)
    p.sw("Reichweitenmessung", True, help="Anonymisierte Statistik. Wird nicht zum Trainieren von Modellen verwendet.")
    p.button("Cookie-Einstellungen öffnen")
    p.end()
    p.sec("Newsletter")
    p.cb("Die Lage am Morgen", True)
    p.cb("Die Lage am Abend", False)
    p.cb("Angebote von SPIEGEL+", False)
    p.button("Datenauskunft anfordern")
    p.button("Abmelden auf allen Geräten")
    p.end()
    return p


def zeit():
    p = Page("de", "zeit-konto-datenschutz", "https://meine.zeit.de/konto/datenschutz", "ZEIT ONLINE",
             "Datenschutz | Mein Konto | ZEIT ONLINE", "Ihre Daten",
             "Bekannter Dienst (Rekonstruktion, Sie-Form). Tabelle mit Spalte 'Für KI-Training' (nur Spaltenkopf), Button-Schalter mit aria-label 'ausschließen' (invertiert); App-Schalter im inaktiven Tab.",
             ["Mein Abo", "Profil", "Ihre Daten", "Newsletter", "Podcasts", "Kommentare"], active=2,
             known=True, search=("Suche", "Suchen"), langsel=("Sprache", L),
             account=("Konto", ["Abo verwalten", "Merkliste", "Abmelden"]),
             footer=("© ZEIT ONLINE GmbH", "Impressum", "Datenschutz", "AGB", "Barrierefreiheit"),
             prefix="zo", hide_class="hide", accent="#252525", font="'Tablet Gothic',Helvetica,sans-serif", bg="#f2f2f2")
    p.sec("Profil")
    p.text("Benutzername", "kaffeesatz")
    p.cb("Mein Profil für andere Leser sichtbar machen", True)
    p.end()
    p.sec("Was mit Ihren Inhalten geschieht")
    p.table("Wofür wir Ihre Inhalte verwenden dürfen", "Inhalt", ["Im Profil anzeigen", "Für KI-Training"],
            ["Kommentare", "Merklisten"], [[True, False], [False, True]], ai_cols={1: ("h", False)})
    p.end()
    p.sec("Podcasts")
    p.bsw("KI-Training mit meinen Hördaten ausschließen", True, visible="Hördaten ausschließen",
          help="Betrifft „Was jetzt?“, „Alles gesagt?“ und alle weiteren Podcasts.", ai="i")
    p.select("Wiedergabegeschwindigkeit", ["1,0-fach", "1,2-fach", "1,5-fach"], 0)
    p.sw("Folgen automatisch laden", False)
    p.end()
    p.sec("Geräte")
    web = []
    app = []
    tmp = p.body
    p.body = web
    p.sw("Dunkles Design", False)
    p.sw("Artikel offline speichern", True)
    p.body = tmp
    p.sw("App-Nutzung zum Training von Empfehlungsmodellen verwenden", True, hide="tab", out=app)
    p.sw("Push-Mitteilungen zu Eilmeldungen", True, out=app)
    p.tabs("Geräte", ["Web", "App"], [web, app])
    p.end()
    p.sec("Newsletter und Benachrichtigungen")
    p.cb("Was jetzt? – der Morgen-Newsletter", True)
    p.cb("ZEIT Wissen Newsletter", False)
    p.cb("Antworten auf meine Kommentare", True)
    p.select("Zusammenfassung per E-Mail", ["täglich", "wöchentlich", "nie"], 1)
    p.button("Passwort ändern")
    p.button("Konto löschen")
    p.end()
    return p


def weserbote():
    p = Page("de", "weserbote-einstellungen", "https://abo.weserbote.test/mein-konto/einstellungen", "Weserbote",
             "Einstellungen – Mein Weserbote", "Einstellungen",
             "Erfundene Lokalzeitung (Sie-Form). Segmentierte Ja/Nein-Auswahl (plain), Auswahlliste unter Überschrift 'KI-Training' (heading-only), vage Checkbox mit Hilfetext; Kinderkonto-Schalter mit hidden-Attribut.",
             ["Mein Abo", "Zustellung", "Einstellungen", "E-Paper", "Rechnungen"], active=2,
             intro="Ihre Heimatzeitung für Bremen-Nord und umzu.",
             search=("Suche", "Archiv durchsuchen"), langsel=("Sprache", L),
             account=("Herr Brinkmann", ["E-Paper lesen", "Urlaubsservice", "Abmelden"]),
             footer=("Weserbote Verlag GmbH · Am Hafen 3", "Impressum", "Datenschutz", "Mediadaten", "Kontakt"),
             prefix="wb", hide_class="d-none", accent="#00467f", font="'PT Serif',serif")
    p.sec("Zustellung")
    p.select("Urlaubsservice", ["keine Unterbrechung", "Zeitung nachsenden", "Zeitung spenden"], 0)
    p.text("Hinweis für den Zusteller", "Briefkasten am Gartentor")
    p.cb("SMS bei Zustellproblemen", True)
    p.end()
    p.sec("Leserbriefe und Hinweise")
    p.seg("Leserbriefe für KI-Training verwenden", ["Ja", "Nein"], 1, shares=[True, False], ai="p")
    p.cb("Meinen Wohnort unter Leserbriefen nennen", True)
    p.end()
    p.sec("KI-Training", "Die Redaktion entwickelt gemeinsam mit einem Partner ein Sprachmodell für Lokalthemen.")
    p.select("Meine Hinweise an die Redaktion", ["dürfen verwendet werden", "dürfen nicht verwendet werden"], 0,
             shares=[True, False], ai="h")
    p.end()
    p.sec("Mitmachen")
    p.cb("An der Verbesserung der Vorlesestimme mitwirken", True,
         help="Dazu werden Ihre Sprachaufnahmen aus der Mitmach-Funktion zum Trainieren des Sprachmodells genutzt.", ai="v")
    p.cb("Zur Leserumfrage einladen", False)
    p.end()
    p.sec("Familienzugang")
    p.bsw("Kinderkonto: Lesedaten für das KI-Training freigeben", False, how="labelledby", hide="hidden")
    p.button("Familienmitglied einladen")
    p.sw("Jugendschutzfilter für Kinderkonten", True)
    p.end()
    p.sec("Newsletter")
    p.cb("Guten Morgen, Bremen-Nord", True)
    p.cb("Sport aus der Region", False)
    p.cb("Traueranzeigen", False)
    p.cb("Gewinnspiele und Vorteilsangebote", False)
    p.button("Zahlungsart ändern")
    p.button("Abo kündigen")
    p.end()
    return p


def kompass():
    p = Page("de", "nachrichtenkompass-privatsphaere", "https://www.nachrichtenkompass.test/einstellungen/privatsphaere", "Nachrichtenkompass",
             "Privatsphäre · Nachrichtenkompass", "Privatsphäre",
             "Erfundener Nachrichten-Aggregator (du-Form). Radiogroup 'Widerspruch' (invertiert), Statuszeile 'Einschalten' per aria-labelledby, Text-Button-Schalter unter Überschrift (heading-only); Suchverlauf-Checkbox mit display:none inline.",
             ["Mein Feed", "Quellen", "Privatsphäre", "Benachrichtigungen", "Darstellung"], active=2,
             search=("Suche", "Themen, Quellen, Personen"), langsel=("Sprache", L),
             account=("Profil", ["Konto wechseln", "Kompass Plus", "Abmelden"]),
             footer=("Nachrichtenkompass UG", "Impressum", "Datenschutz", "Transparenz", "Jobs"),
             prefix="nk", hide_class="versteckt", accent="#2d7d46", font="'IBM Plex Sans',sans-serif", bg="#f7f7f4")
    p.sec("Modelltraining", "Unser Feed wird von einem lernenden Modell sortiert.")
    p.rgroup("Dein Widerspruch gegen das Modelltraining", ["Aktiv", "Nicht aktiv"], 1, shares=[False, True], ai="i")
    p.state("Training unseres Empfehlungsmodells mit deinen Klicks", "Aus", "Einschalten", sharing=False, ai="p")
    p.cb("Meine Suchverläufe für das Modelltraining verwenden", True, hide="inline")
    p.end()
    p.sec("Was unsere KI von dir lernen darf")
    p.bsw("Gespeicherte Artikel", True, how="text", ai="h")
    p.end()
    p.sec("Feed")
    p.sw("Bezahlartikel ausblenden", False)
    p.sw("KI-Kurzfassungen anzeigen", True, help="Die Kurzfassungen entstehen nur aus dem Artikeltext.")
    p.rgroup("Sortierung", ["Relevanz", "Neueste zuerst"], 0)
    p.select("Region", ["Deutschland", "Österreich", "Schweiz"], 0)
    p.end()
    p.sec("Benachrichtigungen")
    p.sw("Eilmeldungen", True)
    p.sw("Tägliche Zusammenfassung um 7 Uhr", False)
    p.seg("Häufigkeit", ["wenig", "normal", "viel"], 1, how="label")
    p.cb("Lokale Nachrichten aus meiner Stadt", True)
    p.end()
    p.sec("Konto")
    p.text("E-Mail-Adresse", "jonas.k@example.org", type="email")
    p.sw("Anmeldung mit Passkey", True)
    p.button("Verbundene Dienste verwalten")
    p.button("Meine Daten exportieren")
    p.button("Konto löschen")
    p.end()
    return p


def fernweh():
    p = Page("de", "fernweh-magazin-datenschutz", "https://konto.fernweh-magazin.test/datenschutz", "Fernweh",
             "Datenschutz – Fernweh Magazin", "Datenschutz",
             "Erfundenes Reisemagazin mit Community (du-Form). Vager Schalter mit Hilfetext, invertierte Checkbox 'nicht verwenden', Button-Schalter (plain) per aria-labelledby; Foto-Schalter über CSS-Klasse mit display:none versteckt.",
             ["Mein Abo", "Meine Reiseberichte", "Datenschutz", "Newsletter", "Zahlung"], active=2,
             intro="Schön, dass du dabei bist. Hier entscheidest du, was mit deinen Beiträgen passiert.",
             search=("Suche", "Reiseziel suchen"), langsel=("Sprache", L),
             account=("Lena", ["Meine Reiseberichte", "Heftarchiv", "Abmelden"]),
             footer=("Fernweh Verlag", "Impressum", "Datenschutz", "Leserservice"),
             prefix="fw", hide_class="ausgeblendet", accent="#c2185b", font="'Playfair Display',serif", bg="#fff8f2")
    p.sec("Deine Reiseberichte")
    p.sw("Meine Reiseberichte einbringen", False,
         help="Deine veröffentlichten Reiseberichte helfen, unseren KI-Reiseplaner zu trainieren.", ai="v")
    p.sw("Reiseberichte öffentlich zeigen", True)
    p.sw("Fotos für das KI-Training freigeben", False, hide="class")
    p.bsw("Reisefotos fürs KI-Training bereitstellen", False, how="labelledby", ai="p")
    p.end()
    p.sec("Kommentare")
    p.cb("Meine Kommentare nicht für KI-Training verwenden", False, ai="i")
    p.cb("Antworten auf meine Kommentare per E-Mail", True)
    p.text("Spitzname", "lena_unterwegs")
    p.end()
    p.sec("Heft und Abo")
    p.select("Lieferung", ["Heft und digital", "nur digital"], 0)
    p.cb("Heft als PDF vorab", True)
    p.button("Adresse ändern")
    p.end()
    p.sec("Newsletter")
    p.cb("Fernweh am Sonntag", True)
    p.cb("Reiseangebote unserer Partner", False)
    p.sw("Onlinekurs „Besser reisen fotografieren“ empfehlen", False)
    p.end()
    p.sec("Konto")
    p.sw("Zwei-Faktor-Anmeldung", False)
    p.button("Daten herunterladen")
    p.button("Konto löschen")
    p.end()
    return p


def pages():
    return [spiegel(), zeit(), weserbote(), kompass(), fernweh()]
