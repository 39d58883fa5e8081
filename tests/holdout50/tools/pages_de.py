"""Deutsche Seiten (blind50: Energie, Versorger, Versicherungen, Handwerk und Haushalt)."""
from lib import Page, C


def skel(p, search_ph, account, menu, nav_label, nav, current):
    p.header("Suche", search_ph, "Sprache",
             [("de", "Deutsch"), ("en", "English"), ("tr", "Türkçe")], "de",
             account, menu)
    p.nav(nav_label, nav, current)


def eon():
    p = Page("de", "eon-datenschutz-einwilligungen",
             "https://www.eon.de/de/meineon/einstellungen/datenschutz.html",
             "Datenschutz & Einwilligungen | Mein E.ON", "E.ON", "Energieversorger", known=True,
             notes="Ein klar benannter Schalter (aus); ein Widerspruch, der bereits eingelegt ist und "
                   "zurückgezogen werden kann (Zustandszeile, Name über Screenreader-Zusatz); ein "
                   "Innovationsprogramm, dessen Zweck nur die Hilfe nennt. Verbrauchsprognose, "
                   "Kundenbefragungen und Partnerwerbung sind Köder.")
    skel(p, "Suchbegriff eingeben", "Mein Konto",
         ["Persönliche Daten", "Vertragskonto wechseln", "Postfach", "Abmelden"],
         "Mein E.ON", ["Übersicht", "Verträge", "Abschlag", "Zählerstand", "Rechnungen",
                       "Datenschutz & Einwilligungen"], "Datenschutz & Einwilligungen")
    p.h1("Datenschutz & Einwilligungen",
         "Hier legen Sie fest, wofür wir Ihre Daten nutzen dürfen. Änderungen gelten sofort.")
    with p.section("Kommunikation"):
        p.table("Wie dürfen wir Sie kontaktieren?", "Thema", ["E-Mail", "Telefon", "Post"], [
            ("Tarif- und Produktangebote", [C(False), C(False), C(False)]),
            ("Energiespartipps", [C(True), C(False), C(False)]),
        ])
        p.checkbox("An Kundenbefragungen teilnehmen", False)
        p.checkbox("Werbung auf Partnerseiten an meine Interessen anpassen", False)
    with p.section("Rechnung & Zahlung"):
        p.radios("Rechnungsversand", [("online", "Per E-Mail (Online-Rechnung)"), ("post", "Per Post")], "online")
        p.select("Abschlagszahlung", [("m", "monatlich"), ("q", "vierteljährlich")], "m")
    with p.section("Smart Meter & Verbrauchsdaten",
                   "Mit Ihrem intelligenten Messsystem erhalten wir Ihre Verbrauchswerte im Viertelstundentakt."):
        p.switch("Verbrauchsprognose in der App anzeigen", True,
                 help="Die Prognose wird aus Ihren eigenen Werten des letzten Jahres berechnet.")
        p.switch("Meine Viertelstundenwerte für das Training unserer KI-Prognosemodelle nutzen", False,
                 style="input", t="p")
        p.state_row("KI-Training mit Gesprächsaufzeichnungen", "Widerspruch eingelegt am 04.02.2025",
                    "Widerspruch zurückziehen", "(KI-Training mit Gesprächsaufzeichnungen)",
                    t="i", sharing=False)
    with p.section("E.ON Innovationsprogramm"):
        p.switch("Am E.ON Innovationsprogramm teilnehmen", True,
                 help="Teilnehmende stellen ihre Verbrauchsdaten zur Verfügung, mit denen wir neue "
                      "KI-Modelle für Tarife und Netzsteuerung trainieren und testen.", t="v")
        with p.hide("hidden-attr"):
            p.p("Nur für Wärmestrom-Kunden")
            p.checkbox("Laufzeiten meiner Wärmepumpe an Partner zum Trainieren von Steuerungsmodellen übermitteln",
                       False, ai=True)
    with p.section("Service & Barrierefreiheit"):
        p.select("Bevorzugter Kontaktweg", [("mail", "E-Mail"), ("tel", "Telefon"), ("post", "Post")], "mail")
        p.text_input("Kundenkennwort für Telefonate", "", type="password",
                     help="Mit diesem Kennwort weisen Sie sich am Telefon aus.")
        p.switch("Push-Mitteilungen der E.ON App", True)
        p.switch("Hinweis bei ungewöhnlich hohem Verbrauch", True)
        p.checkbox("Schreiben in großer Schrift", False)
        p.switch("E.ON Vorteilswelt nutzen", False)
        p.button("Bevollmächtigte Person hinzufügen")
    with p.section("Ihre Daten"):
        with p.actions():
            p.button("Datenauskunft anfordern")
            p.button("Speichern", cls="btn")
    p.footer(["Impressum", "Datenschutz", "Barrierefreiheit", "Kontakt"], "E.ON Energie Deutschland GmbH")
    return p


def myhammer():
    p = Page("de", "myhammer-privatsphaere",
             "https://www.my-hammer.de/konto/einstellungen/privatsphaere",
             "Privatsphäre – MyHammer", "MyHammer", "Handwerker-Marktplatz", known=True,
             notes="Ausschluss-Checkbox im Infinitiv (angehakt); einspaltige Tabelle, deren Zeilen nur "
                   "Datenarten nennen, die Bedeutung steht in Überschrift und Spaltenkopf. KI-Textvorschlag, "
                   "Übersetzung und personalisierte Werbung sind Köder.")
    skel(p, "Handwerker oder Auftrag suchen", "Konto",
         ["Meine Aufträge", "Merkliste", "Hilfe", "Abmelden"],
         "Einstellungen", ["Profil", "Benachrichtigungen", "Privatsphäre", "Sicherheit"], "Privatsphäre")
    p.h1("Privatsphäre")
    with p.section("Profil & Sichtbarkeit"):
        p.select("Wer sieht meine genaue Adresse?",
                 [("beauftragt", "Nur beauftragte Handwerker"), ("alle", "Alle Handwerker, die ein Angebot abgeben")],
                 "beauftragt")
        p.switch("Profilbild für Handwerker anzeigen", True)
    with p.section("Aufträge"):
        p.switch("Auftragsbeschreibung mit KI formulieren lassen", True,
                 help="Der Assistent schlägt einen Text vor, den Sie vor dem Veröffentlichen bearbeiten können.")
        p.radios("Benachrichtigung bei neuen Angeboten",
                 [("sofort", "Sofort"), ("taeglich", "Einmal täglich"), ("nie", "Nie")], "sofort")
        p.checkbox("Bewertungserinnerung per E-Mail", True)
    with p.section("Nachrichten"):
        p.checkbox("Handwerker dürfen mich anrufen", True)
        p.switch("Nachrichten automatisch übersetzen", False)
        p.text_input("Telefonnummer für Rückrufe", "0171 2345678", type="tel")
    with p.section("KI bei MyHammer",
                   "Wir entwickeln Funktionen, die Aufträge schneller passenden Handwerkern zuordnen. "
                   "Dafür trainieren wir eigene Modelle."):
        p.checkbox("Meine Nachrichten mit Handwerkern vom KI-Training ausschließen", True, t="i")
        p.h3("Welche Auftragsdaten als Trainingsbeispiele dienen dürfen")
        p.table("Ihre Auftragsdaten", "Daten", ["Erlaubt"], [
            ("Fotos meiner Aufträge", [C(False, "h")]),
            ("Auftragstexte und Budgets", [C(True, "h")]),
        ], naming="row")
        with p.hide("inline-none"):
            p.switch("Auftragsdaten an KI-Partner zur Modellentwicklung weitergeben", True, ai=True)
    with p.section("Werbung"):
        p.checkbox("Newsletter mit Angeboten", False)
        p.checkbox("Personalisierte Werbung", False)
    with p.section("Sicherheit"):
        p.switch("Anmeldung in zwei Schritten", True)
    with p.actions():
        p.button("Meine Daten herunterladen")
        p.button("Konto löschen")
    p.footer(["Über uns", "Datenschutz", "AGB", "Impressum"], "MyHammer GmbH")
    return p


def stadtwerke():
    p = Page("de", "stadtwerke-lindenau-datennutzung",
             "https://kundenportal.stadtwerke-lindenau.test/einstellungen/datennutzung",
             "Datennutzung – Kundenportal Stadtwerke Lindenau", "Stadtwerke Lindenau",
             "kommunaler Versorger (Strom, Gas, Wasser)",
             notes="Erteilte Einwilligung mit Widerrufs-Aktion (Name: Schaltfläche plus "
                   "Screenreader-Zusatz); Netzlabor-Schalter, dessen Trainingszweck nur im Hinweis "
                   "daneben steht (ohne aria-describedby); Website-Statistik mit Hinweis, dass sie nicht "
                   "ins Training fließt, Leckage-Warnung und Vergleich sind Köder.")
    skel(p, "Im Kundenportal suchen", "Mein Zugang",
         ["Kundendaten", "Postfach", "Abmelden"],
         "Kundenportal", ["Übersicht", "Verträge", "Zählerstände", "Rechnungen", "Datennutzung"],
         "Datennutzung")
    p.h1("Datennutzung & Benachrichtigungen")
    with p.section("Verträge"):
        p.select("Vertrag für die Übersicht", [("strom", "Strom"), ("gas", "Erdgas"), ("wasser", "Trinkwasser")],
                 "strom")
        p.checkbox("Zählerstand-Erinnerung per E-Mail", True)
        p.checkbox("Jahresverbrauch mit ähnlichen Haushalten vergleichen", True)
    with p.section("Rechnung"):
        p.radios("Rechnung erhalten", [("online", "Online im Postfach"), ("post", "Per Post")], "online")
        p.select("Zahlungsart", [("sepa", "SEPA-Lastschrift"), ("ueberweisung", "Überweisung")], "sepa")
    with p.section("Störungen & Baustellen"):
        p.switch("Störungsmeldungen per SMS", True)
        p.switch("Hinweise zu Baustellen in meiner Straße", False)
    with p.section("Datennutzung",
                   "Die Stadtwerke Lindenau setzen lernende Systeme ein, um Lastspitzen im Netz "
                   "vorherzusagen. Ihre Daten nutzen wir dafür nur mit Ihrer Einwilligung."):
        p.state_row("KI-Training mit meinen Verbrauchsdaten", "Einwilligung erteilt am 12.09.2024",
                    "Einwilligung widerrufen", "– KI-Training mit Verbrauchsdaten", t="i", sharing=True)
        p.switch("Beim Netzlabor Lindenau mitmachen", False,
                 help="Im Netzlabor trainieren wir gemeinsam mit der Hochschule Lindenau Prognosemodelle "
                      "mit den Lastgängen teilnehmender Haushalte.", hm="near", t="v")
        p.checkbox("Anonyme Statistik zur Nutzung des Portals erlauben", True,
                   help="Wir zählen Seitenaufrufe, um das Portal zu verbessern. Diese Daten fließen in "
                        "kein Training ein.")
        with p.dialog("Informationen zum Forschungsprojekt", "Forschungsprojekt Lastprognose"):
            p.p("Das Projekt läuft bis Ende 2026.")
            p.checkbox("Ich willige ein, dass meine Lastgänge zum Training von Forschungsmodellen genutzt werden",
                       False, ai=True)
            p.button("Bestätigen")
    with p.section("Wasser"):
        p.switch("Leckage-Warnung bei Dauerverbrauch", True)
        p.radios("Ablesung des Wasserzählers",
                 [("selbst", "Selbstablesung online"), ("ableser", "Ableser vor Ort")], "selbst",
                 kind="radiogroup")
    with p.actions():
        p.button("Passwort ändern")
        p.button("Änderungen speichern", cls="btn")
    p.footer(["Impressum", "Datenschutz", "Störungsnummer", "Kontakt"], "Stadtwerke Lindenau GmbH")
    return p


def wohnfels():
    p = Page("de", "wohnfels-einwilligungen",
             "https://www.wohnfels-versicherung.test/meinwohnfels/einwilligungen",
             "Einwilligungen – MeinWohnfels", "Wohnfels Versicherung", "Hausrat- und Wohngebäudeversicherer",
             notes="Zwei Ja/Nein-Segmentgruppen, deren Namen nur Datenarten nennen (Überschrift und "
                   "Einleitung sagen Training); ein Partizip-Schalter 'vom KI-Training ausgeschlossen' "
                   "(aus). Fotoerkennung bei der Schadenmeldung (Hinweis: kein Training), "
                   "Werbeeinwilligungen und Mitversicherte sind Köder.")
    skel(p, "Suchen", "Mein Konto",
         ["Meine Verträge", "Postfach", "Abmelden"],
         "MeinWohnfels", ["Übersicht", "Verträge", "Schaden melden", "Dokumente", "Einwilligungen"],
         "Einwilligungen")
    p.h1("Einwilligungen & Datenschutz")
    with p.section("Verträge & Dokumente"):
        p.radios("Versand von Dokumenten",
                 [("postfach", "Elektronisch ins Kundenpostfach"), ("post", "Per Post")], "postfach",
                 kind="radiogroup")
        p.checkbox("Beitragsrechnung zusätzlich per E-Mail", True)
        p.button("Bankverbindung ändern")
    with p.section("Schadenmeldung"):
        p.switch("Beschädigte Gegenstände auf Fotos automatisch erkennen", True,
                 help="Unser Assistent füllt die Schadenmeldung anhand Ihrer Fotos vor. Die Fotos werden "
                      "dafür nicht zum Training verwendet.")
        p.switch("Rückruf durch Sachbearbeitung bevorzugen", False)
        p.text_input("Telefonnummer für Rückfragen", "", type="tel")
    with p.section("Nutzung für das Training unserer Schadenmodelle",
                   "Damit wir Schäden schneller regulieren können, lernen unsere Modelle aus "
                   "abgeschlossenen Schadenfällen. Sie entscheiden, was davon einfließen darf."):
        p.segmented("Schadenfotos", ["Ja", "Nein"], "Ja", t="h", share={"Ja"})
        p.segmented("Telefonate mit der Schadenhotline", ["Ja", "Nein"], "Nein", t="h", share={"Ja"})
    with p.section("Vertragsdaten"):
        p.switch("Vertragsdaten vom KI-Training ausgeschlossen", False, t="i")
        with p.hide("class-none"):
            p.p("Nur Wohngebäudeversicherung")
            p.checkbox("Gebäudedaten an Rückversicherer für das Training von Risikomodellen geben", True, ai=True)
    with p.section("Werbung & Marktforschung"):
        p.table("Einwilligungen für Werbung", "Kanal", ["Einwilligung erteilt"], [
            ("Werbung per E-Mail", [C(False)]),
            ("Werbung per Telefon", [C(False)]),
            ("Werbung per SMS", [C(False)]),
        ], naming="row")
    with p.section("Mitversicherte Personen"):
        p.switch("Meine Partnerin / mein Partner darf den Vertrag einsehen", True)
    with p.actions():
        p.button("Datenkopie anfordern")
        p.button("Speichern", cls="btn")
    p.footer(["Impressum", "Datenschutz", "Erstinformation", "Kontakt"], "Wohnfels Versicherung AG")
    return p


def sonnwerk():
    p = Page("de", "sonnwerk-daten-und-ki",
             "https://app.sonnwerk.test/einstellungen/daten-und-ki",
             "Daten & KI – Sonnwerk", "Sonnwerk", "Photovoltaik- und Speicher-App",
             notes="Klar benannte Checkbox (angehakt); Auswahlliste 'Widerspruch gegen KI-Training durch "
                   "Partner' mit 'Kein Widerspruch' gewählt; Schwarm-Schalter, dessen Trainingszweck nur "
                   "im Hinweis steht. Wetterbasierte Ladeplanung auf dem Gerät, Ertragsprognose und "
                   "Schulungseinladungen sind Köder.")
    skel(p, "Einstellungen durchsuchen", "Profil",
         ["Meine Anlagen", "Installateur", "Hilfe", "Abmelden"],
         "Einstellungen", ["Anlage", "Speicher", "Benachrichtigungen", "Daten & KI", "Fernwartung"],
         "Daten & KI")
    p.h1("Daten & KI", "Anlage: Dach Süd, 9,8 kWp mit Speicher")
    tabs = p.tabs("Geräte", ["Wechselrichter & Speicher", "Wallbox"], 0)
    with p.tabpanel(tabs, 0):
        with p.section("Anlage"):
            p.select("Leistung anzeigen in", [("kw", "kW"), ("w", "W")], "kw")
            p.switch("Eigenverbrauch optimieren", True,
                     help="Der Speicher lädt bevorzugt, wenn deine Anlage mehr erzeugt, als du verbrauchst.")
            p.switch("Wetterbasierte Ladeplanung", True,
                     help="Nutzt die Wettervorhersage für deinen Standort und läuft direkt auf dem Speicher.")
            p.switch("Fernwartung durch meinen Installateur erlauben", True)
    with p.tabpanel(tabs, 1):
        with p.section("Wallbox"):
            p.switch("Ladedaten der Wallbox für KI-Training an den Fahrzeughersteller übermitteln", False, ai=True)
    with p.section("Benachrichtigungen"):
        p.checkbox("Störung der Anlage", True)
        p.checkbox("Monatsbericht", True)
        p.checkbox("Einladungen zu Online-Schulungen für Anlagenbetreiber", False)
    with p.section("Daten & KI",
                   "Sonnwerk trainiert Modelle, die Ertrag und Verbrauch vorhersagen. Hier entscheidest du, "
                   "ob deine Anlage dazu beiträgt."):
        p.checkbox("Erzeugungs- und Verbrauchsdaten meiner Anlage zum Training der Sonnwerk-Modelle verwenden",
                   True, t="p")
        p.select("Widerspruch gegen KI-Training durch Partner",
                 [("kein", "Kein Widerspruch"), ("eingelegt", "Widerspruch eingelegt")], "kein",
                 t="i", share={"kein"})
        p.switch("Am Sonnwerk-Schwarm teilnehmen", False,
                 help="Die Messwerte aller Schwarm-Anlagen dienen uns als Trainingsdaten für die Ertragsprognose.",
                 t="v")
        p.switch("Ertragsprognose in der App anzeigen", True)
    with p.section("Installateur"):
        p.text_input("E-Mail-Adresse des Installateurs", "service@elektro-brandt.test", type="email")
    with p.actions():
        p.button("Daten exportieren (CSV)")
        p.button("Speichern", cls="btn")
    p.footer(["Hilfe", "Datenschutz", "Impressum"], "Sonnwerk Energiesysteme GmbH")
    return p


PAGES = [eon, myhammer, stadtwerke, wohnfels, sonnwerk]
