from lib import Page, LANG_OPTS


def mk(slug, url, brand, title, **kw):
    kw.setdefault("lang_opts", LANG_OPTS)
    kw.setdefault("lang_label", "Sprache")
    kw.setdefault("search", "Suche")
    return Page("de", slug, url, brand, title, **kw)


def jimdo():
    p = mk("jimdo-datenschutz", "https://account.jimdo.com/de/websites/s5e8a21c4b7/einstellungen/datenschutz",
           "Jimdo", "Datenschutz & Daten", known=True,
           notes="Bekannter Dienst (Rekonstruktion, du-Form). Invertierte Checkbox (ausschließen, nicht angehakt), vage Statuszeile ('Beteiligung am Datenpool', aria-labelledby Button+Titel, Hilfetext nennt Training), Tabelle mit Spalte 'KI-Training' (plain) neben Deko-Spalte 'Suchindex'; Deko: KI-Assistent ohne Training, Newsletter zu KI-Funktionen; geschlossener <dialog>.",
           search_ph="Hilfe und Einstellungen durchsuchen", account="Mein Konto",
           menu=["Profil", "Verträge & Rechnungen", "Hilfe-Center", "Abmelden"], nav_label="Website-Menü",
           nav=["Übersicht", "Seiten", "Design", "Shop", "Blog", "Statistik", "SEO", "Domains", "Einstellungen", "Datenschutz"],
           nav_current="Datenschutz", footer=["Hilfe", "Datenschutzerklärung", "Impressum", "AGB", "© Jimdo GmbH"],
           lead="Website: <strong>Töpferei Lindenhof</strong>")
    p.sec("Website")
    p.txt("Name der Website", "Töpferei Lindenhof")
    p.sel("Sprache der Website", ["Deutsch", "English", "Français"], "Deutsch")
    p.cb("Wartungsmodus aktivieren", False, help="Besucher sehen dann nur eine Hinweisseite.")
    p.sec("Cookies & Tracking")
    p.sw("Cookie-Banner anzeigen", True)
    p.sel("Banner-Stil", ["Leiste unten", "Box links", "Vollbild"], "Leiste unten")
    p.cb("Statistiken nur mit Einwilligung erfassen", True)
    p.sec("Jimdo KI", intro="Texte vorschlagen, Bilder zuschneiden, SEO-Titel schreiben – der KI-Assistent hilft dir beim Bauen deiner Website.")
    p.bsw("KI-Assistent im Editor", True,
          help="Deine Eingaben werden nur für die jeweilige Antwort verarbeitet und nicht zum Trainieren verwendet.")
    p.cb("Inhalte meiner Website vom KI-Training ausschließen", False, ai="i",
         help="Betrifft Texte, Bilder und Produktbeschreibungen, die du veröffentlicht hast.")
    p.st("Beteiligung am Datenpool", "Nicht aktiv", False, "Teilnehmen", mode="lb", ai="v",
         help="Wer teilnimmt, lässt anonymisierte Shop- und Besucherdaten seiner Website in die Trainingsdaten unserer KI-Modelle einfließen.")
    p.dialog_begin("Weitere KI-Einstellungen …", "Weitere KI-Einstellungen")
    p.sw("Bilder aus meiner Mediathek für das Training von Bildmodellen freigeben", False, ai="p")
    p.dialog_end("Schließen")
    p.sec("Wofür deine Inhalte genutzt werden dürfen")
    p.tbl("Nutzung durch Jimdo und Partner", ["Suchindex", "KI-Training"],
          [("Blogartikel und Seiten", [True, {"on": False, "ai": "p"}]),
           ("Produktfotos", [True, {"on": True, "ai": "p"}])], corner="Inhalt")
    p.sec("Benachrichtigungen")
    p.cb("E-Mail bei neuen Bestellungen", True, wrap=True)
    p.cb("Monatlicher Statistikbericht", True, wrap=True)
    p.cb("Neuigkeiten zu KI-Funktionen", False, wrap=True)
    p.sec("Deine Daten")
    p.btn("Website-Daten exportieren")
    p.btn("Website löschen")
    return p


def ionos():
    p = mk("ionos-bots-crawler", "https://my.ionos.de/webhosting/3f9c2a71-5d4e-4b8a-9e11-c0a7d2b6f845/bots",
           "IONOS", "Bots & Crawler", known=True,
           notes="Bekannter Dienst (Rekonstruktion, Sie-Form). Heading-only Switch (Abschnitt 'KI-Trainingsdaten', Name nur Verzeichnisse), vage Radiogruppe (Legende 'Inhaltsnutzung durch Dritte', Hilfe nennt Training), invertierter Select (TDM-Vorbehalt, erklärt); Deko: KI-Hilfe ohne Training, Bericht über KI-Crawler; inaktiver Tab.",
           search_ph="Suchen …", account="Kundenkonto",
           menu=["Persönliche Daten", "Rechnungen", "Verträge", "Abmelden"], nav_label="Webhosting",
           nav=["Übersicht", "Domains & SSL", "Webspace", "Datenbanken", "E-Mail", "Sicherheit", "Bots & Crawler", "Backups", "Verträge"],
           nav_current="Bots & Crawler", footer=["Hilfe", "Kontakt", "Datenschutz", "Impressum", "© IONOS SE"],
           lead="Webhosting Business · kanzlei-meinhardt.de")
    p.tabs_begin(["Regeln", "Erweitert"], "Bot-Einstellungen")
    p.sec("Suchmaschinen und Dritte")
    p.cb("Suchmaschinen-Crawler zulassen", True)
    p.sel("Crawl-Verzögerung", ["Keine", "5 Sekunden", "10 Sekunden"], "Keine")
    p.rad("Inhaltsnutzung durch Dritte", ["Nur Indexierung", "Indexierung und Modellentwicklung"], "Nur Indexierung",
          ai="v", yes=["Indexierung und Modellentwicklung"],
          help="Mit „Modellentwicklung“ gestatten Sie Anbietern, Ihre Seiten zum Trainieren von Sprachmodellen zu verwenden.")
    p.sec("KI-Trainingsdaten",
          intro="Legen Sie fest, welche Bereiche Ihres Webspace von Anbietern als Trainingsdaten für KI-Modelle abgerufen werden dürfen.")
    p.sw("Öffentliche Verzeichnisse (/public, /blog)", True, ai="h")
    p.sel("Widerspruch gegen KI-Training (TDM-Vorbehalt)", ["Nicht erklärt", "In robots.txt und HTTP-Header erklärt"],
          "In robots.txt und HTTP-Header erklärt", ai="i", yes=["Nicht erklärt"],
          help="Nutzungsvorbehalt nach § 44b UrhG in maschinenlesbarer Form.")
    p.sec("Schutz")
    p.sw("DDoS-Schutz", True)
    p.cb("Bad-Bot-Filter", True)
    p.cb("Anmeldeversuche an wp-login.php begrenzen", True)
    p.sel("Aktion bei verdächtigen Anfragen", ["Protokollieren", "Captcha", "Blockieren"], "Captcha")
    p.sel("Zugriffsprotokolle aufbewahren", ["7 Tage", "14 Tage", "30 Tage"], "14 Tage")
    p.sec("Benachrichtigungen")
    p.cb("E-Mail bei ungewöhnlich vielen Bot-Zugriffen", True)
    p.cb("Wöchentlicher Bericht über KI-Crawler", False)
    p.end_sec()
    p.tabs_next()
    p.sec("Erweiterte Regeln")
    p.txt("Eigene robots.txt-Regeln", "Disallow: /intern/")
    p.cb("Zugriff durch Google-Extended für KI-Training erlauben", False, ai="p")
    p.end_sec()
    p.tabs_end()
    p.sec("Hilfe-Assistent")
    p.bsw("KI-Hilfe im Control-Panel", True,
          help="Der Assistent greift nur auf unsere Hilfeartikel zu. Ihre Dateien werden weder gelesen noch zum Training genutzt.")
    p.btn("Änderungen speichern")
    return p


def seitenwerk():
    p = mk("seitenwerk-ki", "https://app.seitenwerk.test/projekte/baeckerei-kornblume/einstellungen/ki",
           "Seitenwerk", "KI & Daten",
           notes="Erfundener Baukasten (du-Form). Plain Radiogroup (Erlauben/Nicht erlauben), doppelte Verneinung als Button-Switch mit aria-label ('Sperre … aufheben', an = Training erlaubt), vage Segmentgruppe 'Datenspende' (Hilfe nennt Training); Deko: Textgenerator ohne Training, Alt-Texte; hidden-Attribut.",
           search_ph="Suche in Seitenwerk", account="Konto",
           menu=["Profil", "Tarif", "Rechnungen", "Abmelden"], nav_label="Projekt",
           nav=["Dashboard", "Seiten", "Medien", "Formulare", "Besucher", "KI & Daten", "Domains", "Team"],
           nav_current="KI & Daten", footer=["Hilfe", "Datenschutz", "Impressum", "Seitenwerk GmbH, Leipzig"],
           lead="Projekt: Bäckerei Kornblume")
    p.sec("Projekt")
    p.txt("Projektname", "Bäckerei Kornblume")
    p.sel("Hauptdomain", ["baeckerei-kornblume.de", "kornblume.seitenwerk.test"], "baeckerei-kornblume.de")
    p.btn("Domain verbinden")
    p.sec("KI-Werkzeuge")
    p.bsw("Textgenerator im Editor", True,
          help="Nutzt deine Stichworte nur für den jeweiligen Vorschlag. Wir trainieren damit nichts.")
    p.seg("Sprachstil der Vorschläge", ["Locker", "Sachlich"], "Locker")
    p.sw("Alt-Texte für Bilder automatisch erzeugen", True)
    p.sec("Training & Datenfreigabe")
    p.rg("Seitenwerk-KI mit meinen Seiteninhalten trainieren", ["Erlauben", "Nicht erlauben"], "Nicht erlauben",
         ai="p", yes=["Erlauben"])
    p.bsw("Sperre für KI-Trainings-Crawler aufheben", True, mode="label", ai="i", inv=False, dbl=True,
          help="Standardmäßig verweigern wir Crawlern von KI-Anbietern den Zugriff auf deine Seiten.")
    p.sec("Mitmachen")
    p.seg("Datenspende", ["An", "Aus"], "An", ai="v", yes=["An"],
          help="Mit der Datenspende stellst du Formulareingaben und Besuchsverläufe deiner Website anonymisiert für das Training unserer Empfehlungsmodelle bereit.")
    p.hide_begin("hidden")
    p.cb("Bildmaterial für das KI-Training freigeben", False, ai="p")
    p.hide_end()
    p.sec("Besucher")
    p.sw("Besucherstatistik", True)
    p.cb("IP-Adressen kürzen", True)
    p.sel("Cookie-Hinweis", ["Aus", "Einfach", "Mit Auswahl"], "Mit Auswahl")
    p.sec("Benachrichtigungen")
    p.tbl("Wie wir dich informieren", ["E-Mail", "App"],
          [("Neue Formularanfrage", [True, True]), ("Geplante Wartungsarbeiten", [True, False])], corner="Ereignis")
    p.btn("Projekt exportieren")
    return p


def randnetz():
    p = mk("randnetz-datennutzung", "https://konsole.randnetz.test/zonen/kanzlei-berger.de/datennutzung",
           "Randnetz", "Datennutzung",
           notes="Erfundenes CDN (Sie-Form). Heading-only Statuszeile (Überschrift 'Modelltraining', Button 'Ändern' + visuell versteckter Zusatz), plain Checkbox, vage Tabelle (Spalte 'Forschungspaket', nur Hinweis darunter nennt Training) mit Deko-Spalte; Deko: KI-Anomalieerkennung ohne Training; inline display:none.",
           search_ph="Zonen, Regeln, Hilfe", account="Konto",
           menu=["Profil", "API-Schlüssel", "Abrechnung", "Abmelden"], nav_label="Zone",
           nav=["Übersicht", "DNS", "Caching", "Zertifikate", "Sicherheit", "Datennutzung", "Protokolle", "Abrechnung"],
           nav_current="Datennutzung", footer=["Status", "Dokumentation", "Datenschutz", "Impressum", "Randnetz AG"],
           lead="Zone kanzlei-berger.de")
    p.sec("Zone")
    p.txt("Ursprungsserver", "203.0.113.24")
    p.sel("Cache-Stufe", ["Standard", "Aggressiv", "Nur statische Dateien"], "Standard")
    p.cb("Brotli-Kompression", True)
    p.btn("Gesamten Cache leeren")
    p.sec("Modelltraining",
          intro="Randnetz trainiert eigene Modelle zur Erkennung von Angriffen und Bots. Darüber hinaus stellen wir Partnern Trainingsdaten bereit – nur mit Ihrer Zustimmung.")
    p.st("Zugriffsprotokolle Ihrer Zone", "Freigegeben", True, "Ändern", mode="sr", ai="h")
    p.cb("Gecachte Seiteninhalte an Partner für KI-Training weitergeben", False, ai="p")
    p.hide_begin("inline-none")
    p.sw("Seiteninhalte an KI-Partner lizenzieren", False, ai="p")
    p.hide_end()
    p.sec("Datenweitergabe")
    p.tbl("Was wir aus Ihrer Zone weitergeben", ["Aggregierte Statistik", "Forschungspaket"],
          [("Anfragemetadaten", [True, {"on": True, "ai": "v"}]), ("Seiteninhalte", [False, {"on": False, "ai": "v"}])],
          corner="Datenart")
    p.para("Das Forschungspaket lizenzieren wir an Hochschulen und KI-Labore, die damit Modelle trainieren.")
    p.sec("Sicherheit")
    p.sw("Web Application Firewall", True)
    p.sel("Bot-Management", ["Aus", "Nur melden", "Herausfordern", "Blockieren"], "Herausfordern")
    p.cb("Hotlink-Schutz", True)
    p.bsw("KI-gestützte Anomalieerkennung", True,
          help="Die Erkennung läuft mit unseren bestehenden Modellen; Ihre Daten werden dafür nicht zusätzlich zum Training verwendet.")
    p.sec("Berichte")
    p.cb("Monatlichen Traffic-Bericht per E-Mail senden", True)
    p.cb("Warnen, wenn neue KI-Crawler auftauchen", True)
    return p


def schreibstube():
    p = mk("schreibstube-privatsphaere", "https://schreibstube.test/einstellungen/privatsphaere",
           "Schreibstube", "Privatsphäre",
           notes="Erfundene Blogplattform (du-Form). Heading-only Select (Abschnitt 'Deine Texte und KI-Training', Name 'Öffentliche Beiträge'), invertierte Radiogroup (Einspruch eingelegt/nicht eingelegt); Deko: Stilprüfung ohne Training, Hinweise auf KI-Funktionen; CSS-Klasse mit display:none.",
           search_ph="Blogs und Beiträge finden", account="Ole",
           menu=["Mein Blog", "Konto", "Hilfe", "Abmelden"], nav_label="Einstellungen",
           nav=["Profil", "Blog", "Kommentare", "Privatsphäre", "Newsletter", "Konto"],
           nav_current="Privatsphäre", footer=["Über uns", "Hilfe", "Datenschutz", "Impressum", "Schreibstube e. V."],
           hide_class="u-versteckt")
    p.sec("Profil")
    p.txt("Anzeigename", "Ole Brandt")
    p.txt("Blog-Adresse", "oles-wanderwege.schreibstube.test")
    p.sel("Sichtbarkeit des Blogs", ["Öffentlich", "Nur mit Link", "Privat"], "Öffentlich")
    p.sec("Kommentare")
    p.cb("Kommentare erlauben", True)
    p.cb("Kommentare vor Veröffentlichung prüfen", True)
    p.sel("Spam-Filter", ["Streng", "Normal", "Aus"], "Normal")
    p.sec("Deine Texte und KI-Training",
          intro="Schreibstube verkauft keine Daten. Wenn du zustimmst, dürfen wir aber deine Texte verwenden, um unsere eigenen Sprachmodelle zu trainieren.")
    p.sel("Öffentliche Beiträge", ["Nicht verwenden", "Nur Beiträge ab heute", "Alle Beiträge"], "Nicht verwenden",
          ai="h", yes=["Nur Beiträge ab heute", "Alle Beiträge"])
    p.rg("Einspruch gegen die Nutzung für KI-Training", ["Eingelegt", "Nicht eingelegt"], "Nicht eingelegt",
         ai="i", yes=["Nicht eingelegt"])
    p.hide_begin("class-none")
    p.bsw("Kommentare deiner Leser zum Trainieren verwenden", False, mode="text", ai="p")
    p.hide_end()
    p.sec("Schreibhilfe")
    p.bsw("Rechtschreib- und Stilprüfung", True,
          help="Die Prüfung läuft in deinem Browser. Wir speichern deine Entwürfe dafür nicht und trainieren nichts damit.")
    p.sw("Hinweise auf neue KI-Funktionen", False)
    p.cb("Lesezeit unter Beiträgen anzeigen", True, wrap=True)
    p.sec("Newsletter & Benachrichtigungen")
    p.sw("Neue Abonnent:innen per E-Mail melden", True)
    p.sw("Wöchentliche Zusammenfassung", True)
    p.sec("Konto")
    p.sw("Zwei-Faktor-Anmeldung", True)
    p.btn("Passwort ändern")
    p.btn("Alle Beiträge exportieren")
    return p


def pages():
    return [jimdo(), ionos(), seitenwerk(), randnetz(), schreibstube()]
