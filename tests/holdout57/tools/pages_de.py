from lib import Page


def douglas():
    P = Page("de", "douglas-datenschutz", "Douglas",
             "https://www.douglas.de/de/my-account/privacy-settings",
             "Datenschutz & Personalisierung", known=True, brand="DOUGLAS",
             notes="Bekannter Dienst (Rekonstruktion), du-Form. Invertierte Checkbox (Infinitiv 'ausschließen'), "
                   "Schalter nur über die Abschnittsüberschrift verständlich, vages Select mit Hilfetext. "
                   "Köder: KI-Duftfinder, Beauty Card, Newsletter, Bewertungen mit Namen. Versteckt: display:none.",
             nav=[("Übersicht", "/de/my-account", False), ("Bestellungen", "/de/my-account/orders", False),
                  ("Beauty Card", "/de/my-account/beautycard", False), ("Adressen", "/de/my-account/addresses", False),
                  ("Datenschutz", "#", True)],
             nav_label="Mein Konto", search_label="Suche", search_ph="Marke, Produkt, Duft …",
             lang_label="Sprache", account="Mein Konto",
             menu=[("Bestellungen", "/orders"), ("Wunschliste", "/wishlist"), ("Beauty Card", "/beautycard")],
             signout="Abmelden",
             footer=[("Impressum", "/impressum"), ("Datenschutz", "/datenschutz"), ("AGB", "/agb"), ("Cookie-Einstellungen", "/cookies")],
             copyright="© 2025 Douglas GmbH", hide_class="dg-collapsed",
             lead="Hier legst du fest, was wir mit deinen Angaben machen dürfen. Du kannst alles jederzeit ändern.")
    body = [
        P.section("Dein Beauty-Profil",
                  P.select("Hauttyp", ["Normal", "Trocken", "Fettig", "Mischhaut", "Sensibel"], 4),
                  P.select("Lieblingsduftfamilie", ["Blumig", "Holzig", "Orientalisch", "Frisch"], 1),
                  P.switch("KI-Duftfinder anzeigen", True, mode="labelledby",
                           help="Schlägt dir Düfte vor, die zu deinen Favoriten passen."),
                  intro="Je mehr du uns verrätst, desto passender werden deine Empfehlungen."),
        P.section("Training unserer Beauty-KI",
                  P.switch("Fotos aus dem Hautcheck", True, ai="h", mode="labelledby"),
                  P.cb("Meine Produktbewertungen vom KI-Training ausschließen", False, ai="i"),
                  intro="Wir entwickeln unsere Hautanalyse und Beratung mit echten Kundendaten weiter. "
                        "Entscheide, was davon einfließen darf."),
        P.section("Einkaufsdaten",
                  P.select("Einkaufshistorie für Douglas Labs", ["Freigeben", "Nicht freigeben"], 1,
                           shar=[True, False], ai="v",
                           help="Douglas Labs trainiert damit Machine-Learning-Modelle, die vorhersagen, welche Düfte gut ankommen."),
                  P.cb("Kaufbelege per E-Mail statt auf Papier", True)),
        P.hide("display-none", lambda:
               P.cb("Daten an Markenpartner für deren KI-Training weitergeben", False, ai="p")),
        P.section("Bewertungen",
                  P.cb("Meinen Vornamen bei Bewertungen anzeigen", True),
                  P.cb("Andere dürfen meine Bewertungen als hilfreich markieren", True)),
        P.section("Werbung & Newsletter",
                  P.cb("Newsletter mit Angeboten", True),
                  P.cb("Personalisierte Werbung auf anderen Websites", False),
                  P.segmented("Wie oft dürfen wir schreiben?", ["Wöchentlich", "Monatlich", "Selten"], 1)),
        P.section("Deine Daten",
                  P.button("Datenauskunft anfordern"),
                  P.button("Konto löschen"),
                  P.button("Einstellungen speichern", cls="primary")),
    ]
    return P.build(*body)


def zalando():
    P = Page("de", "zalando-privatsphaere", "Zalando",
             "https://www.zalando.de/myaccount/privacy/",
             "Privatsphäre-Einstellungen", known=True, brand="zalando",
             notes="Bekannter Dienst (Rekonstruktion), du-Form. Klartext-Schalter (Textinhalt), Widerspruch noch nicht "
                   "eingelegt als Statuszeile mit versteckter Ergänzung (invertiert, teilt), Tabellenzeilen nur über die "
                   "Tabellenbeschriftung verständlich. Köder: Größenberatung, Zalando-Assistent, Outfit-Vorschläge, "
                   "Wunschzettel teilen. Versteckt: hidden-Attribut.",
             nav=[("Bestellungen", "/myaccount/orders", False), ("Rücksendungen", "/myaccount/returns", False),
                  ("Meine Größen", "/myaccount/sizes", False), ("Zalando Plus", "/myaccount/plus", False),
                  ("Privatsphäre", "#", True), ("Zahlungsarten", "/myaccount/payment", False)],
             nav_label="Mein Konto", search_label="Suche", search_ph="Suche", lang_label="Sprache",
             account="Hallo Jonas", menu=[("Bestellungen", "/orders"), ("Wunschzettel", "/wishlist")],
             signout="Abmelden",
             footer=[("Hilfe und Kontakt", "/faq"), ("Datenschutzhinweise", "/zalando-datenschutz"), ("Impressum", "/impressum")],
             copyright="© 2025 Zalando SE", hide_class="z-hide")
    body = [
        P.section("Größenberatung",
                  P.switch("Größenempfehlungen anzeigen", True, mode="content"),
                  P.text("Körpergröße (cm)", "182", type="number"),
                  P.select("Passform, die du magst", ["Eng", "Normal", "Locker"], 1),
                  intro="Deine Angaben helfen uns, dir die richtige Größe vorzuschlagen."),
        P.section("Was darf Zalando für das Training seiner Größenberatung nutzen?",
                  P.table("Datenquellen für das Modelltraining", ["Daten", "Erlaubt"], [
                      ("Rücksendegründe", [dict(checked=True, ai="h")]),
                      ("Körpermaße", [dict(checked=False, ai="h")]),
                  ]),
                  intro="Das Modell lernt aus vielen Bestellungen, welche Artikel eher groß oder klein ausfallen."),
        P.section("KI bei Zalando",
                  P.switch("Meine Daten zur Verbesserung der KI-Modelle von Zalando nutzen", False, ai="p", mode="content"),
                  P.state_row("Widerspruch gegen KI-Training", False, status=("Eingelegt", "Nicht eingelegt"),
                              btn=("Widerspruch zurückziehen", "Widerspruch einlegen"),
                              suffix="gegen das Training mit deinen Chatverläufen", ai="i",
                              desc="Betrifft deine Unterhaltungen mit dem Zalando-Assistenten."),
                  P.switch("Zalando-Assistent im Shop anzeigen", True, mode="content",
                           help="Der Assistent beantwortet Modefragen und schlägt Artikel vor."),
                  P.switch("Outfit-Vorschläge auf Produktseiten", True, mode="content")),
        P.hide("hidden", lambda:
               P.cb("Fotos aus der Stil-Suche für das KI-Training verwenden", True, ai="p")),
        P.section("Teilen",
                  P.cb("Wunschzettel für Personen mit Link sichtbar", False),
                  P.button("Link kopieren")),
        P.section("Benachrichtigungen",
                  P.cb("Push bei Preisnachlass auf Wunschzettel-Artikel", True),
                  P.cb("Newsletter", False),
                  P.cb("Umfragen zu meinen Bestellungen", False)),
        P.section("Deine Daten",
                  P.button("Kopie meiner Daten anfordern"),
                  P.button("Konto schließen")),
    ]
    return P.build(*body)


def haarwerk():
    P = Page("de", "haarwerk-kundenkonto-datenschutz", "Haarwerk Friseure",
             "https://kundenkonto.haarwerk-friseure.test/einstellungen/datenschutz",
             "Datenschutz-Einstellungen", brand="HAARWERK Friseure",
             notes="Erfundene Friseurkette, Sie-Form. Schalter mit aria-label in Verneinung, role=radiogroup nur über "
                   "die Überschrift verständlich, Einwilligung mit Widerrufsknopf in geschlossenem <details> (gelistet, "
                   "teilt). Köder: Terminerinnerung, Galerie, Wunsch-Stylistin, Newsletter. Versteckt: CSS-Klasse.",
             nav=[("Meine Termine", "/termine", False), ("Farbkartei", "/farbkartei", False),
                  ("Gutscheine", "/gutscheine", False), ("Datenschutz", "#", True)],
             nav_label="Kundenkonto", search_label="Suche", search_ph="Salon oder Leistung suchen",
             lang_label="Sprache", account="Frau Becker", menu=[("Termine", "/termine"), ("Profil", "/profil")],
             signout="Abmelden",
             footer=[("Salons", "/salons"), ("Impressum", "/impressum"), ("Datenschutzerklärung", "/datenschutz")],
             copyright="Haarwerk Friseure GmbH & Co. KG", hide_class="hw-unsichtbar",
             lead="Hier bestimmen Sie, wofür Ihre Kundendaten genutzt werden dürfen.")
    body = [
        P.section("Termine",
                  P.cb("Erinnerung per SMS am Vortag", True),
                  P.select("Bevorzugte Stylistin", ["Keine Präferenz", "Anja", "Melike", "Tobias"], 2),
                  P.text("Mobilnummer für Erinnerungen", "0171 2345678", type="tel"),
                  P.button("Termin buchen")),
        P.section("Lernende Farbberatung (KI)",
                  P.radios("Ihre Farbrezepturen und Ergebnisfotos", ["dürfen genutzt werden", "dürfen nicht genutzt werden"], 0,
                           shar=[True, False], ai="h", style="radiogroup"),
                  P.switch("Kundenkarte nicht für KI-Training verwenden", True, ai="i", mode="aria-label",
                           visible="Kundenkarte (Besuche, Behandlungen)"),
                  intro="Unsere Farbberatung lernt aus den Rezepturen und Ergebnisfotos vieler Kundinnen und Kunden, "
                        "damit Ihre Coloristin schneller den richtigen Ton findet."),
        P.details("Erteilte Einwilligungen", lambda:
                  P.state_row("Haarfotos für das Training der Farbberatung", True,
                              status=("Erteilt am 12.03.2025", "Nicht erteilt"),
                              btn=("Einwilligung widerrufen", "Einwilligung erteilen"),
                              suffix="für das Training mit Ihren Haarfotos", ai="i", inv=False)
                  + P.state_row("Fotos in der Salon-Galerie", False, status=("Erteilt", "Nicht erteilt"),
                                btn=("Einwilligung widerrufen", "Einwilligung erteilen"),
                                suffix="für die Salon-Galerie")),
        P.hide("css-class", lambda:
               P.cb("Rezepturen an Haarfarben-Hersteller zum Modelltraining übermitteln", False, ai="p")),
        P.section("Ihr Look-Vorschlag",
                  P.switch("Frisurenvorschläge per KI vor dem Termin", False, mode="labelledby",
                           help="Wir erzeugen Vorschläge aus Ihrem aktuellen Foto. Es wird danach gelöscht."),
                  P.button("Foto hochladen")),
        P.section("Post & Newsletter",
                  P.cb("Newsletter mit Aktionen", False),
                  P.cb("Geburtstagsgutschein per Post", True),
                  P.button("Gutschein einlösen")),
        P.section("Konto",
                  P.button("Passwort ändern"),
                  P.button("Speichern", cls="primary")),
    ]
    return P.build(*body)


def hautnah():
    P = Page("de", "hautnah-app-daten", "hautnah",
             "https://app.hautnah.test/profil/daten-und-ki",
             "Daten & KI", brand="hautnah",
             notes="Erfundene Hautpflege-App, du-Form. Klartext-Checkbox im Label, vager Schalter (Hilfetext nur "
                   "daneben, nicht verknüpft), Klartext-Select, invertierte Segmentgruppe ('Sperre für KI-Training'). "
                   "Köder: Hautanalyse auf dem Gerät, Erinnerungen, Teilen mit Kosmetikerin, Statistik ohne Training. "
                   "Versteckt: geschlossener Dialog.",
             nav=[("Tagebuch", "/tagebuch", False), ("Routine", "/routine", False), ("Profil", "/profil", False),
                  ("Daten & KI", "#", True)],
             nav_label="Menü", search_label="Suche", search_ph="Produkte, Wirkstoffe …", lang_label="Sprache",
             account="Lea", menu=[("Profil", "/profil"), ("Abo", "/abo")], signout="Abmelden",
             footer=[("Hilfe", "/hilfe"), ("Datenschutz", "/datenschutz"), ("Impressum", "/impressum")],
             copyright="hautnah Health GmbH, Berlin", hide_class="hn-off")
    body = [
        P.section("Hautanalyse",
                  P.switch("Hautanalyse mit der Kamera", True, mode="labelledby",
                           help="Läuft direkt auf deinem Handy. Es verlässt kein Foto das Gerät."),
                  P.switch("Wöchentliche Zusammenfassung deiner Routine", True, mode="labelledby")),
        P.section("Mithelfen",
                  P.cb("Hautfotos zum Training unserer KI-Modelle freigeben", True, ai="p", wrap=True),
                  P.switch("Forschungsbeitrag", False, ai="v", mode="labelledby", tie=False,
                           help="Mit deinem Hauttagebuch trainieren unsere Dermatolog:innen ein Modell, das Rötungen früher erkennt."),
                  P.select("KI-Training mit meinen Tagebucheinträgen", ["Erlaubt", "Nur anonymisiert", "Nicht erlaubt"], 1,
                           shar=[True, True, False], ai="p"),
                  P.segmented("Sperre für KI-Training", ["An", "Aus"], 1, shar=[False, True], ai="i",
                              help="Gilt für alles, was du in der App einträgst."),
                  P.dialog("Frühere Einwilligungen ansehen", "Frühere Einwilligungen", lambda:
                           P.cb("Daten an Partnerkliniken für deren KI-Forschung geben", True, ai="p"),
                           close="Schließen")),
        P.section("Teilen",
                  P.cb("Meine Kosmetikerin darf mein Tagebuch sehen", False),
                  P.button("Kosmetikerin einladen")),
        P.section("Nutzungsstatistik",
                  P.cb("Anonyme Nutzungsstatistik senden", True,
                       help="Zählt nur, welche Funktionen genutzt werden. Damit wird kein Modell trainiert.")),
        P.section("Erinnerungen",
                  P.cb("Morgens an die Routine erinnern", True),
                  P.cb("Abends an die Routine erinnern", True),
                  P.text("Uhrzeit morgens", "07:30", type="time")),
        P.section("Deine Daten",
                  P.button("Tagebuch exportieren"),
                  P.button("Alle Fotos löschen"),
                  P.button("Konto löschen")),
    ]
    return P.build(*body)


def studiomappe():
    P = Page("de", "studiomappe-betrieb-ki", "StudioMappe",
             "https://app.studiomappe.test/betrieb/einstellungen/ki-und-daten",
             "KI & Daten", brand="StudioMappe",
             notes="Erfundene Software für Nagel- und Kosmetikstudios (Kundendaten des Betriebs), Sie-Form. "
                   "Tabellenzeilen mit Spalte 'Nicht verwenden' unter einer Beschriftung zum Training (nur über die "
                   "Beschriftung verständlich, invertiert), nativer Schalter im Klartext. Köder: KI-Texte für Instagram, "
                   "Mitarbeiterschulung, Online-Buchung, DATEV-Export. Versteckt: inaktiver Reiter.",
             nav=[("Kalender", "/kalender", False), ("Kundinnen", "/kunden", False), ("Team", "/team", False),
                  ("Kasse", "/kasse", False), ("KI & Daten", "#", True)],
             nav_label="Einstellungen", search_label="Suche", search_ph="Kundin, Termin, Rechnung",
             lang_label="Sprache", account="Nailbar Linden", menu=[("Studio-Profil", "/profil"), ("Abrechnung", "/abrechnung")],
             signout="Abmelden", footer=[("Status", "/status"), ("AV-Vertrag", "/avv"), ("Impressum", "/impressum")],
             copyright="StudioMappe GmbH, Leipzig", hide_class="sm-none")
    body = [
        P.tabs("Bereiche", [
            ("Allgemein", lambda:
             P.section("Daten für das Training von StudioMappe Prognose",
                       P.table("Welche Daten Ihres Studios sollen beim Modelltraining außen vor bleiben?",
                               ["Datenart", "Nicht verwenden"], [
                                   ("Fotos von Nageldesigns", [dict(checked=True, ai="h", inv=True)]),
                                   ("Terminhistorie", [dict(checked=False, ai="h", inv=True)]),
                               ]),
                       P.cb("KI-Modelle mit den Betriebsdaten unseres Studios verbessern", False, ai="p", switch=True),
                       intro="Prognose sagt Auslastung und Nachfragespitzen voraus. Das Modell wird mit Daten vieler Studios trainiert.")),
            ("Team", lambda:
             P.cb("Notizen des Teams zum Training von Prognose verwenden", True, ai="p")),
        ]),
        P.section("KI-Assistent",
                  P.switch("Textvorschläge für Instagram-Posts", True, mode="labelledby",
                           help="Formuliert Beiträge aus Ihren Fotos und Angeboten. Ihre Daten werden dafür nicht gespeichert."),
                  P.select("Tonalität", ["Locker", "Elegant", "Sachlich"], 0)),
        P.section("Schulungen",
                  P.cb("Neue Mitarbeitende automatisch für das Hygiene-Training anmelden", True),
                  P.button("KI-Grundlagen-Webinar buchen")),
        P.section("Online-Buchung",
                  P.cb("Online-Buchung aktiv", True),
                  P.cb("SMS-Erinnerung an Kundinnen senden", True),
                  P.select("Stornofrist", ["12 Stunden", "24 Stunden", "48 Stunden"], 1)),
        P.section("Export",
                  P.button("DATEV-Export erstellen"),
                  P.button("Kundendaten als CSV"),
                  P.button("Änderungen speichern", cls="primary")),
    ]
    return P.build(*body)


def pages():
    return [douglas(), zalando(), haarwerk(), hautnah(), studiomappe()]
