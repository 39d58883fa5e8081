from lib import Page


def payback():
    p = Page("de", "payback-datenschutz",
             "https://www.payback.de/mein-payback/einstellungen/datenschutz",
             "Datenschutz-Einstellungen | PAYBACK", "PAYBACK", "Deine Datenschutz-Einstellungen",
             ["Punkteübersicht", "eCoupons", "PAYBACK Pay", "Einstellungen", "Karten & Konto", "Hilfe"],
             "Suche", "Sprache", "Mein PAYBACK", ["Punktestand", "Persönliche Daten", "Abmelden"],
             ["© PAYBACK GmbH", "Datenschutz", "Impressum", "AGB", "Cookie-Einstellungen"],
             "Bekannter Dienst (Rekonstruktion). Statuszeile mit Widerspruch "
             "(invertiert, kein Widerspruch eingelegt), Tabellenspalte 'Vom KI-Training ausnehmen' (invertiert). "
             "Decoys: Coupon-Finder mit KI ohne Training, Newsletter, Punkte spenden. Versteckt: geschlossener Dialog.",
             lead="Hier entscheidest du, wofür PAYBACK deine Punkte- und Einkaufsdaten verwenden darf.",
             known=True, hidecls="pb-hidden", sr="sr-only", nav_current=3, theme="Bonusprogramm")
    s = p.sec("eCoupons")
    s.sw("eCoupons automatisch aktivieren", False)
    s.cb("Erinnerung, bevor aktivierte eCoupons ablaufen", True)
    s.sw("Coupon-Finder mit KI anzeigen", True,
         help="Der Coupon-Finder sucht nur in den aktuellen Angeboten. Deine Suchanfragen werden nicht gespeichert und nicht zum Trainieren verwendet.")

    s = p.sec("Künstliche Intelligenz bei PAYBACK")
    s.state("Widerspruch gegen KI-Training", "Kein Widerspruch eingelegt", "Widersprechen", sharing=True,
            suffix="der Nutzung meiner Punkte- und Einkaufsdaten für KI-Training", ai="i")
    d = s.dialog("Weitere Einstellungen", "Erweiterte Datennutzung", close="Schließen")
    d.cb("Standortdaten für das Training von KI-Modellen verwenden", True, ai="p")

    s = p.sec("Deine Partner-Einkäufe",
              intro="Für jede Einkaufsart kannst du festlegen, ob sie für Angebote genutzt oder vom KI-Training ausgenommen wird.")
    s.table("Einkäufe und Datennutzung", ["Für persönliche Angebote", "Vom KI-Training ausnehmen"],
            ["Einkäufe vor Ort", "Online-Einkäufe"],
            [[True, True], [True, False]], ai_cols={1: ("i", True)})

    s = p.sec("Benachrichtigungen")
    s.cb("PAYBACK Newsletter per E-Mail", True)
    s.cb("Push-Mitteilungen in der App", True)
    s.sel("Punkte spenden", ["Nie", "Bei Kontostand über 500 Punkte", "Monatlich 100 Punkte"], 0)

    s = p.sec("Dein Konto")
    s.btn("Datenauskunft anfordern")
    s.btn("Karte sperren")
    s.btn("Konto löschen")

    s = p.sec("Darstellung")
    s.sel("Punktestand anzeigen als", ["Punkte", "Euro-Wert"], 0)
    s.sw("Dunkles Design", False)
    return p


def tipico():
    p = Page("de", "tipico-datenschutz",
             "https://www.tipico.de/de/mein-konto/einstellungen/datenschutz",
             "Einstellungen – Datenschutz | Tipico", "Tipico", "Datenschutz und Daten",
             ["Mein Konto", "Ein- & Auszahlungen", "Limits", "Einstellungen", "Verifizierung", "Hilfe & Kontakt"],
             "Wetten suchen", "Sprache wählen", "Konto", ["Meine Wetten", "Boni", "Logout"],
             ["Tipico – Glücksspiel kann süchtig machen. 18+", "Datenschutz", "Impressum", "AGB", "Spielerschutz"],
             "Bekannter Dienst (Rekonstruktion). Radio-Fieldset (vage, Hilfetext nennt Training), Select (plain), "
             "Button-Switch per aria-labelledby (invertiert: ausschließen). Decoys: Wett-Assistent, Limits, "
             "Cookies. Versteckt: inaktiver Tab 'Labs'.",
             known=True, hidecls="tp-hidden", sr="visually-hidden", nav_current=3, theme="Sportwetten")
    s = p.sec("Spielerschutz")
    s.sel("Monatliches Einzahlungslimit", ["1.000 €", "500 €", "250 €", "100 €"], 1)
    s.sw("Reality-Check alle 60 Minuten", True)
    s.btn("Panikknopf: 24 Stunden sperren")

    s = p.sec("Personalisierung")
    s.radio("Personalisierung Ihrer Wettvorschläge", ["Mit meinem Wettverlauf", "Ohne meinen Wettverlauf"], 1,
            yes=[0], ai="v",
            help="Mit Ihrem Wettverlauf trainieren wir die Modelle, die Quoten-Boosts und Vorschläge für Sie auswählen.")
    s.sel("KI-Training mit meinen Wettdaten", ["Erlaubt", "Nicht erlaubt"], 0, yes=[0], ai="p")
    s.bsw("Meine Live-Wetten vom Modelltraining ausschließen", False, by="lbl", ai="i")
    s.sw("Wett-Assistent im Wettschein", True,
         help="Der Assistent rechnet mit den aktuellen Quoten. Ihre Wetten werden dafür nicht ausgewertet.")

    tabs = p.tabs(["Datenschutz", "Tipico Labs"], label="Bereiche")
    t = tabs[0]
    t.cb("Statistik-Cookies erlauben", False)
    t.cb("Marketing-Cookies erlauben", False)
    t.btn("Meine Daten herunterladen")
    t = tabs[1]
    t.sw("Neue Vorhersagemodelle mit meinen Spielsitzungen trainieren", True, ai="p")

    s = p.sec("Kommunikation")
    s.cb("Angebote per E-Mail", False)
    s.cb("Angebote per SMS", False)
    s.sw("Push bei Torereignissen", True)
    s.sw("Zwei-Faktor-Anmeldung", True)

    s = p.sec("Anzeige")
    s.sel("Quotenformat", ["Dezimal", "Britisch"], 0)
    return p


def gluecksbote():
    p = Page("de", "gluecksbote-einstellungen",
             "https://www.gluecksbote-lotto.test/mein-konto/einstellungen",
             "Einstellungen | Glücksbote Lotto", "Glücksbote", "Kontoeinstellungen",
             ["Meine Tipps", "Dauerscheine", "Gewinne", "Einstellungen", "Spielerschutz", "Hilfe"],
             "Suchen", "Sprache", "Mein Konto", ["Guthaben", "Persönliche Daten", "Abmelden"],
             ["Glücksbote Lotto (erfunden). Spielteilnahme ab 18 Jahren.", "Datenschutz", "Teilnahmebedingungen", "Impressum"],
             "Erfundener Lotterie-Vermittler. role=radiogroup (nur Überschrift nennt Training), Checkbox (vage + "
             "aria-describedby), aria-pressed-Gruppe (plain). Decoys: Zahlengenerator mit KI, Dauerschein, "
             "Gewinnbenachrichtigung. Versteckt: hidden-Attribut.",
             hidecls="gb-hide", sr="sr-only", nav_current=3, theme="Lotterie")
    s = p.sec("Dauerscheine und Gewinne")
    s.sw("Dauerscheine automatisch verlängern", True)
    s.cb("Gewinnbenachrichtigung per E-Mail", True)
    s.cb("Gewinnbenachrichtigung per SMS", False)
    s.sel("Kleingewinne", ["Auf das Spielkonto buchen", "Auf mein Bankkonto überweisen"], 0)

    s = p.sec("Glückszahlen")
    s.sw("Zahlenvorschläge mit KI", True,
         help="Die Vorschläge entstehen zufällig bei jedem Aufruf. Ihre gespielten Zahlen fließen nicht ein.")
    s.cb("Am Verbesserungsprogramm teilnehmen", True, ai="v",
         help="Dabei gehen Ihre Spielteilnahmen pseudonymisiert in das Training unserer Machine-Learning-Modelle ein.")
    s.seg("Spieldaten für KI-Training nutzen", ["Ja", "Nein"], 1, yes=[0], ai="p")

    s = p.sec("Ihre Tippscheine und das KI-Training",
              intro="Wir entwickeln Modelle, die Ziehungszeitpunkte und Jackpot-Nachfrage vorhersagen.")
    s.rg("Gespielte Zahlen und Systeme", ["Freigeben", "Nicht freigeben"], 1, yes=[0], ai="h")

    s = p.sec("Neu bei Glücksbote", hide="hidden")
    s.cb("Tippgemeinschaften: Daten meiner Gruppe für das Modelltraining freigeben", True, ai="p")

    s = p.sec("Spielerschutz")
    s.sel("Wöchentliches Einsatzlimit", ["25 €", "50 €", "100 €", "Individuell"], 1)
    s.btn("Spielpause einlegen")
    s.btn("Konto schließen")

    s = p.sec("Anmeldung")
    s.sw("Anmeldung mit Face ID", True)
    s.cb("E-Mail bei Anmeldung von einem neuen Gerät", True)
    s.sel("Startseite", ["Lotto 6aus49", "Eurojackpot", "Meine Tipps"], 0)
    s.cb("Newsletter mit Jackpot-Meldungen", False)
    return p


def apoplus():
    p = Page("de", "apoplus-datenschutz",
             "https://club.apoplus.test/konto/datenschutz",
             "Datenschutz – ApoPlus Vorteilsclub", "ApoPlus Vorteilsclub", "Datenschutz & Einwilligungen",
             ["Übersicht", "Meine Vorteile", "Einkäufe", "Datenschutz", "Familie", "Filialen"],
             "Suche im Kundenkonto", "Sprache", "Mein Konto", ["Kundenkarte", "Adressen", "Abmelden"],
             ["ApoPlus Vorteilsclub (erfunden).", "Datenschutzhinweise", "Impressum", "Barrierefreiheit"],
             "Erfundener Apotheken-Vorteilsclub. Checkbox in geschlossenem <details> (invertiert, Angehörige), "
             "Tabelle mit Überschrift/Spalte 'Maschinelles Lernen' (heading-only), Button-Switch per aria-label "
             "(vage, Hilfetext). Decoys: Medikationsplan, Wechselwirkungs-Check mit KI. Versteckt: inline display:none.",
             hidecls="ap-none", sr="sr-only", nav_current=3, theme="Apotheke")
    s = p.sec("Service")
    s.cb("Erinnerung, wenn mein Rezept abholbereit ist", True)
    s.sw("Medikationsplan in der App anzeigen", True)
    s.sw("Wechselwirkungs-Check mit KI", True,
         help="Der Check vergleicht Ihre Medikamente mit der Arzneimitteldatenbank. Daraus wird nichts gelernt oder gespeichert.")
    s.sel("Bevorzugte Filiale", ["Marktplatz", "Bahnhofstraße", "Versand"], 0)

    s = p.sec("Ihre Einkaufsdaten",
              intro="Einige Auswertungen nutzen maschinelles Lernen. Hier legen Sie fest, welche Einkäufe dafür verwendet werden.")
    s.table("Verwendung je Sortiment", ["Persönliche Angebote", "Maschinelles Lernen"],
            ["Rezeptfreie Arzneimittel", "Kosmetik und Pflege"],
            [[False, False], [True, True]], ai_cols={1: ("h", False)})
    s.bsw("Gesundheitsangebote verfeinern", False, by="aria", ai="v",
          help="Wir trainieren damit ein KI-Modell, das Vorsorgeangebote auf Ihre Einkäufe abstimmt.")

    d = p.details("Angehörige verwalten", intro="Sie sammeln Punkte auch für Ingrid Hoffmann.")
    d.cb("Einkäufe von Ingrid Hoffmann nicht für KI-Training verwenden", True, ai="i")
    d.cb("Punkte von Ingrid Hoffmann meinem Konto gutschreiben", True)

    s = p.sec("Testphase", hide="inline")
    s.sw("Rezeptdaten zum Trainieren des Nachfrage-Modells nutzen", True, ai="p")

    s = p.sec("Werbung")
    s.cb("Newsletter", False)
    s.cb("Kundenmagazin per Post", True)
    s.btn("Einwilligungen herunterladen")
    s.btn("Mitgliedschaft beenden")

    s = p.sec("Konto & Sicherheit")
    s.sw("Anmeldung per Fingerabdruck", True)
    s.sel("Kundenkarte anzeigen als", ["Barcode", "QR-Code"], 0)
    return p


def tankpunkt():
    p = Page("de", "tankpunkt-bonus-einstellungen",
             "https://app.tankpunkt-bonus.test/einstellungen/daten",
             "Einstellungen – Tankpunkt Bonus", "Tankpunkt Bonus", "Daten & Privatsphäre",
             ["Mein Bonus", "Prämien", "Waschclub", "Daten & Privatsphäre", "Zahlarten", "Hilfe"],
             "Suchen", "Sprache", "Profil", ["Meine Fahrzeuge", "Quittungen", "Abmelden"],
             ["Tankpunkt Bonus (erfunden).", "Datenschutz", "Teilnahmebedingungen", "Impressum"],
             "Erfundenes Tankstellen-Bonusprogramm. Statuszeile per aria-labelledby (plain, aktiv), aria-pressed "
             "per aria-label (invertiert), Select unter Überschrift 'KI-Modelltraining' (heading-only). Decoys: "
             "Preisalarm, Bezahlen an der Säule, Routenplaner mit KI. Versteckt: CSS-Klasse display:none.",
             hidecls="tp-collapsed", sr="u-sr", nav_current=3, theme="Tankstelle")
    s = p.sec("Tanken & Bezahlen")
    s.sw("An der Säule mit der App bezahlen", True)
    s.sel("Kraftstoff", ["Super E10", "Super E5", "Diesel", "Premium"], 0)
    s.cb("Beleg per E-Mail", True)
    s.cb("Preisalarm für meine Lieblingstankstelle", False)

    s = p.sec("Deine Daten und unsere KI")
    s.state("KI-Training mit deinen Tankdaten", "Aktiv", "Deaktivieren", sharing=True, by="lbl", ai="p")
    s.seg("Keine Waschstraßen-Besuche für KI-Training verwenden", ["Ein", "Aus"], 1, yes=[1], ai="i", by="aria")
    s.sw("Tankstopps mit dem KI-Routenplaner planen", False,
         help="Der Routenplaner nutzt nur öffentliche Preisdaten. Deine Fahrten werden nicht zum Lernen verwendet.")

    s = p.sec("KI-Modelltraining", intro="Gilt für das Modell, das unsere Shop-Sortimente plant.")
    s.sel("Shop-Einkäufe", ["Einbeziehen", "Nicht einbeziehen"], 1, yes=[0], ai="h")

    s = p.sec("Vernetztes Fahrzeug", hide="class")
    s.cb("Fahrdaten meines Autos für das Training von Verbrauchsmodellen nutzen", True, ai="p")

    s = p.sec("Konto")
    s.sw("Fingerabdruck zum Anmelden", True)
    s.btn("Fahrzeug hinzufügen")
    s.btn("Daten exportieren")
    s.btn("Konto löschen")

    s = p.sec("App")
    s.sel("Einheit", ["Liter", "Gallonen"], 0)
    s.sw("Dunkler Modus", False)
    s.cb("Bonuspunkte auf dem Startbildschirm anzeigen", True)
    s.cb("Angebote per E-Mail", False)
    return p


def pages():
    return [payback(), tipico(), gluecksbote(), apoplus(), tankpunkt()]
