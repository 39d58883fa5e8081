from lib import Page


def bmw():
    p = Page("de", "bmw-datenschutz", "My BMW / BMW ConnectedDrive",
             "https://www.bmw.de/de/mybmw/datenschutz-einstellungen.html",
             "Datenschutzeinstellungen | My BMW", "BMW",
             ["Übersicht", "Meine Fahrzeuge", "ConnectedDrive Store", "Termine", "Datenschutz", "Persönliche Daten"],
             active="Datenschutz", known=True, account="Mein BMW",
             notes="Bekannter Dienst (Rekonstruktion). Switch mit aria-labelledby, klar benannt (an = true); Checkbox 'vom Training ... ausschließen' "
                   "angehakt (= false); Tabelle mit Überschrift/Einleitung zu Assistenzsystemen, Zellen 'Zeile + Freigegeben' (eine true, eine false). "
                   "Köder: Remote Services, Teleservices (nicht für Training), BMW Maps Routenvorschläge, Standort, Fahrtenbuch-Export. "
                   "Verborgen: Checkbox in einem geschlossenen <dialog>.",
             h1="Datenschutz und Datennutzung",
             lead="Hier legen Sie fest, welche Daten Ihr BMW an die BMW Group überträgt. Ihre Einstellungen gelten für das ausgewählte Fahrzeug.")
    p.select("Fahrzeug", ["BMW i4 eDrive40 (M-IX 4021E)", "BMW X1 sDrive18i (M-IX 733)"], 0)
    p.section("Dienste im Fahrzeug")
    p.switch("Remote Services", True, help="Fahrzeug per App ver- und entriegeln, Klimatisierung starten, Standort abrufen.")
    p.switch("Teleservices", True,
             help="Bei anstehender Wartung informiert Ihr Fahrzeug automatisch Ihren BMW Service Partner. Diese Daten werden nicht für das Training von KI-Modellen genutzt.")
    p.switch("Routenvorschläge von BMW Maps", True, help="Berechnet Routen und Ladestopps anhand der aktuellen Verkehrslage.")
    p.select("Standortdaten übertragen", ["Immer", "Nur bei aktiver Navigation", "Nie"], 1)
    p.end()
    p.section("Künstliche Intelligenz")
    p.switch("Fahrzeugdaten für das Training von KI-Modellen bereitstellen", True, lab=("p", True),
             help="Betrifft Daten zu Antrieb, Energieverbrauch und Bedienung. Die Daten werden pseudonymisiert.")
    p.checkbox("Meine Sprachbefehle vom Training des BMW Intelligent Personal Assistant ausschließen", True,
               variant="row", lab=("i", False))
    p.end()
    p.section("Weiterentwicklung automatisierter Fahrfunktionen",
              intro="Mit Ihrer Zustimmung verwenden wir ausgewählte Sensordaten Ihres Fahrzeugs, um die KI-Modelle unserer Fahrerassistenzsysteme zu trainieren.")
    p.table("Sensordaten für das Training", "Datenkategorie", ["Freigegeben"], [
        ("Bilder der Frontkamera", [(True, ("h", True))]),
        ("Radar- und Ultraschalldaten", [(False, ("h", False))]),
    ])
    p.dialog("Weitere Einstellungen zur Datennutzung", "Weitere Einstellungen")
    p.checkbox("Innenraumkamera-Aufnahmen für das KI-Training verwenden", False, lab=("p", False), cid="interior-cam-ml")
    p.dialog_buttons("Abbrechen", "Übernehmen")
    p.end()
    p.end()
    p.section("Ihre Daten")
    p.para("Sie können jederzeit eine Kopie Ihrer Fahrzeug- und Kontodaten anfordern.")
    p.buttons("Fahrtenbuch exportieren", "Datenauskunft anfordern")
    p.checkbox("Informationen zu Angeboten und Aktionen per E-Mail", False, variant="wrap")
    p.checkbox("Einladungen zu Veranstaltungen Ihres BMW Partners", False, variant="wrap")
    p.end()
    p.button("Einstellungen speichern", typ="submit")
    return p


def brenner():
    p = Page("de", "autohaus-brenner-datenschutz", "Autohaus Brenner (Händler und Werkstatt)",
             "https://kundenportal.autohaus-brenner.test/einstellungen/datenschutz",
             "Datenschutz – Kundenportal Autohaus Brenner", "Autohaus Brenner",
             ["Meine Fahrzeuge", "Werkstatttermine", "Rechnungen", "Reifeneinlagerung", "Einstellungen"],
             active="Einstellungen", account="Herr Kaya",
             notes="Erfundener Händler mit Werkstatt. Reiter: aktiver Reiter 'Datenschutz' mit Widerspruch-Statuszeile (noch nicht eingelegt = true), "
                   "vager Checkbox mit Hilfetext zum Training (false), Radiogruppe role=radiogroup klar benannt (Zulassen = true). Köder: Terminerinnerung, "
                   "KI-Terminassistent ohne Training, Newsletter, Hol- und Bringservice. Verborgen: Trainingsschalter im inaktiven Reiter 'Werkstatt'.",
             h1="Einstellungen")
    p.tabs(["Kommunikation", "Datenschutz", "Werkstatt"], active=1, label="Einstellungsbereiche")
    p.tabpanel(0)
    p.checkbox("Terminerinnerung per SMS", True)
    p.checkbox("Terminerinnerung per E-Mail", True)
    p.checkbox("Newsletter mit Angeboten rund um Ihr Fahrzeug", False)
    p.end()
    p.tabpanel(1)
    p.section("Datennutzung durch das Autohaus",
              intro="Wir setzen in Service und Verkauf zunehmend KI-Systeme ein. Hier sehen Sie, wie Ihre Daten dabei verwendet werden.")
    p.state_row("Widerspruch: KI-Training mit Werkstattdaten", "Nicht eingelegt", "Widerspruch einlegen",
                suffix=" gegen KI-Training mit Werkstattdaten",
                desc="Sie können der Verwendung Ihrer Auftrags- und Reparaturdaten zum Training unserer Systeme jederzeit widersprechen.",
                lab=("i", True))
    p.checkbox("Auslesedaten meines Fahrzeugs teilen", False, variant="row", lab=("v", False),
               help="Fehlerspeicher und Messwerte aus der Fahrzeugdiagnose fließen in das Training unserer Fehlerprognose-KI ein.")
    p.radios("Nutzung meiner Anfragen zum Training der Terminassistenz-KI", ["Zulassen", "Nicht zulassen"], 0,
             mode="radiogroup", lab=("p", True), hlvl=3)
    p.switch("KI-Terminassistent im Chat verwenden", True,
             help="Der Assistent schlägt freie Termine vor. Er lernt nicht aus Ihren Gesprächen.")
    p.checkbox("Kundenzufriedenheitsbefragung nach dem Werkstattbesuch", True, variant="row")
    p.end()
    p.section("Fotos und Dokumente", intro="Bei Unfallschäden und Gutachten dokumentieren wir Ihr Fahrzeug mit Fotos.")
    p.checkbox("Fotos meines Fahrzeugs im Kundenportal anzeigen", True, variant="wrap")
    p.checkbox("Gutachten automatisch an meine Versicherung senden", False, variant="wrap")
    p.select("Aufbewahrung von Fahrzeugfotos", ["6 Monate", "2 Jahre", "Bis zum Verkauf des Fahrzeugs"], 1)
    p.end()
    p.section("Auskunft und Löschung")
    p.buttons("Datenauskunft anfordern", "Einwilligungen als PDF")
    p.end()
    p.end()
    p.tabpanel(2)
    p.checkbox("Reparaturfotos zum Training der Schadenserkennung verwenden", True, lab=("p", True), cid="repair-photo-ml")
    p.checkbox("Hol- und Bringservice standardmäßig anfragen", False)
    p.end()
    p.buttons("Verwerfen", "Speichern")
    return p


def ladewerk():
    p = Page("de", "ladewerk-daten", "Ladewerk (Ladenetz)", "https://app.ladewerk.test/konto/daten",
             "Deine Daten · Ladewerk", "Ladewerk",
             ["Karte", "Ladevorgänge", "Tarif", "Ladekarten", "Deine Daten", "Hilfe"],
             active="Deine Daten", account="Jonas", search_ph="Ladepunkt oder Ort suchen",
             notes="Erfundenes Ladenetz (du). Switch mit Textinhalt 'KI-Training ... blockieren' aus (= true); Checkbox nur durch Abschnittsüberschrift "
                   "und Einleitung verständlich (true); Select klar benannt (anonymisiert = true). Köder: KI-Ladeplaner ohne Training, Push-Nachrichten, "
                   "Ladestopp bei 80 %, Roaming, Rechnungen. Verborgen: Checkbox in einem Block mit hidden-Attribut.",
             h1="Deine Daten", lead="Hier steuerst du, was mit den Daten aus deinen Ladevorgängen passiert.")
    p.section("Damit unsere Prognosen besser werden",
              intro="Wir trainieren unsere Auslastungs- und Preisprognosen mit echten Ladevorgängen. Du entscheidest, was davon dabei sein darf.")
    p.checkbox("Ladeorte und Ladezeiten", True, variant="wrap", lab=("h", True))
    p.hide("hidden-attr")
    p.checkbox("Fahrzeugmodell und Batteriestand", False, variant="wrap", lab=("h", False), cid="soc-training")
    p.end()
    p.select("Ladedaten für KI-Training", ["Nicht verwenden", "Anonymisiert verwenden", "Mit meinem Fahrzeugmodell verwenden"], 1,
             lab=("p", True))
    p.switch("KI-Training mit meinen Ladedaten blockieren", False, mode="text", lab=("i", True),
             help="Gilt auch für Daten, die wir an Partner wie Stadtwerke weitergeben.")
    p.end()
    p.section("Laden")
    p.switch("KI-Ladeplaner", True,
             help="Plant Ladestopps für deine Route. Der Planer nutzt deine Daten nur für diese Berechnung, nicht zum Training.")
    p.checkbox("Ladevorgang bei 80 % automatisch beenden", False, variant="row")
    p.checkbox("Roaming an Partnerstationen erlauben", True, variant="row")
    p.select("Bevorzugte Ladeleistung", ["Egal", "ab 50 kW", "ab 150 kW"], 2)
    p.end()
    p.section("Benachrichtigungen")
    p.checkbox("Push-Nachricht, wenn dein Auto fertig geladen ist", True, variant="wrap")
    p.checkbox("Hinweis auf Blockiergebühr", True, variant="wrap")
    p.checkbox("Neuigkeiten und Aktionen", False, variant="wrap")
    p.end()
    p.section("Rechnungen und Export")
    p.select("Rechnungsversand", ["Monatlich per E-Mail", "Nach jedem Ladevorgang"], 0)
    p.buttons("Ladehistorie als CSV herunterladen", "Ladekarte sperren")
    p.end()
    p.section("Verbundene Dienste", intro="Apps, die deine Ladevorgänge sehen dürfen.")
    p.state_row("Tibber", "Verbunden", "Trennen", suffix=" Tibber")
    p.state_row("Fahrtenbuch-App Vimcar", "Verbunden", "Trennen", suffix=" Vimcar")
    p.button("Dienst verbinden")
    p.end()
    return p


def parkfuchs():
    p = Page("de", "parkfuchs-privatsphaere", "Parkfuchs (Park-App)", "https://www.parkfuchs.test/app/einstellungen/privatsphaere",
             "Privatsphäre – Parkfuchs", "Parkfuchs",
             ["Parken", "Kennzeichen", "Zahlung", "Anwohnerparken", "Privatsphäre"],
             active="Privatsphäre", account="Mein Konto",
             notes="Erfundene Park-App (du). Segmentierte Schaltfläche mit vagem Namen, Hilfetext daneben nennt Training (Aus = false); "
                   "Schalter mit aria-label 'Keine Nutzung ... für das KI-Training' in geschlossenem <details> (an = false). Köder: Parkplatzempfehlungen, "
                   "Parkschein teilen, Erinnerungen, Statistik ohne Training, Zahlung. Verborgen: Checkbox mit Inline-Stil display:none.",
             h1="Privatsphäre")
    p.section("Parken")
    p.switch("Parkplatzempfehlungen", True,
             help="Schlägt dir freie Parkplätze in der Nähe deines Ziels vor. Die Empfehlungen werden auf deinem Handy berechnet.")
    p.checkbox("Parkschein mit Mitfahrenden teilen", False, variant="row")
    p.select("Erinnerung vor Ablauf", ["5 Minuten", "10 Minuten", "15 Minuten"], 0)
    p.checkbox("Parkvorgang automatisch beenden, wenn ich losfahre", True, variant="row")
    p.end()
    p.section("Deine Daten bei uns")
    p.segmented("Parkverhalten teilen", ["An", "Aus"], 1, lab=("v", False),
                help="Hilft uns, das Modell zu trainieren, das freie Parkplätze in deiner Stadt vorhersagt.")
    p.checkbox("Anonyme Nutzungsstatistik senden", True, variant="row",
               help="Zeigt uns, welche Funktionen genutzt werden. Fließt in kein KI-Modell ein.")
    p.hide("inline-display-none")
    p.checkbox("Kennzeichenfotos für die Texterkennung nutzen", True, lab=("p", True), cid="plate-ocr-train")
    p.end()
    p.details("Erweiterte Einstellungen")
    p.switch("Parkdaten nicht für Trainingszwecke nutzen", True, mode="arialabel",
             aria_label="Keine Nutzung meiner Parkvorgänge für das KI-Training", lab=("i", False))
    p.checkbox("Standortverlauf nach 30 Tagen löschen", True, variant="row")
    p.end()
    p.end()
    p.section("Zahlung")
    p.select("Zahlungsmittel", ["PayPal", "Lastschrift", "Kreditkarte"], 0)
    p.checkbox("Monatliche Sammelrechnung", True, variant="wrap")
    p.buttons("Kennzeichen hinzufügen", "Daten exportieren", "Konto löschen")
    p.end()
    p.section("Sicherheit")
    p.switch("Anmeldung mit Fingerabdruck", True)
    p.checkbox("Bei Anmeldung auf neuem Gerät benachrichtigen", True, variant="wrap")
    p.button("Passwort ändern")
    p.end()
    return p


def mobilio():
    p = Page("de", "mobilio-flottenportal", "Mobilio Flottenportal (Leasing, Firmenflotten)",
             "https://flottenportal.mobilio.test/admin/datenschutz",
             "Datenschutz & Datenfreigaben – Mobilio Flottenportal", "Mobilio",
             ["Übersicht", "Fahrzeuge", "Fahrer", "Tankkarten", "Berichte", "Datenschutz", "Abrechnung"],
             active="Datenschutz", account="Fuhrparkleitung – Kessler GmbH",
             notes="Erfundenes Flottenportal (Daten der Organisation). Checkbox klar benannt (aus = false); Schalter mit Partizip 'ausgenommen' "
                   "(an = false); Fieldset 'Umfang' nur durch Abschnittsüberschrift verständlich (Fahrzeugzustand = true). Köder: KI-Zusammenfassung von "
                   "Schadensmeldungen, Fahrer einladen, Berichte, Export, Tankkarten. Verborgen: Checkbox in Klasse mit display:none.",
             h1="Datenschutz und Datenfreigaben",
             lead="Diese Einstellungen gelten für alle 48 Fahrzeuge Ihrer Organisation. Änderungen werden im Protokoll festgehalten.")
    p.section("Telematik")
    p.checkbox("Telematikdaten unserer Flotte für das Training von KI-Modellen freigeben", False, variant="row", lab=("p", False),
               help="Mobilio nutzt die Daten, um Wartungsprognosen für alle Kunden zu verbessern.")
    p.switch("Fahrerbezogene Daten vom Modelltraining ausgenommen", True, lab=("i", False),
             help="Fahrverhalten, Fahrtzeiten und Standorte einzelner Fahrer bleiben außen vor.")
    p.switch("Fahrtenbuch automatisch führen", True)
    p.switch("KI-Zusammenfassung von Schadensmeldungen", True,
             help="Fasst Schadensmeldungen Ihrer Fahrer für die Fuhrparkleitung zusammen. Die Meldungen werden nicht zum Training verwendet.")
    p.hide("class-display-none", dcls="d-none")
    p.checkbox("Tankkartendaten für das Training der Betrugserkennung verwenden", True, lab=("p", True), cid="fuelcard-ml")
    p.end()
    p.end()
    p.section("Herstellerprogramm: KI-Training mit Flottendaten",
              intro="Einige Hersteller bitten uns um Flottendaten, um ihre KI-Modelle für Batteriealterung und Verschleiß zu trainieren. Legen Sie fest, was weitergegeben werden darf.")
    p.radios("Umfang", ["Keine Daten", "Nur Fahrzeugzustand (Kilometerstand, Batterie, Fehlercodes)", "Fahrzeugzustand und Fahrverhalten"], 1,
             lab=("h", True))
    p.end()
    p.section("Fahrer")
    p.buttons("Fahrer einladen", "Rollen verwalten")
    p.checkbox("Fahrer dürfen private Fahrten kennzeichnen", True, variant="wrap")
    p.checkbox("Fahrer sehen die Tankkartenumsätze ihres Fahrzeugs", False, variant="wrap")
    p.end()
    p.section("Berichte")
    p.select("Monatsbericht senden an", ["Fuhrparkleitung", "Fuhrparkleitung und Buchhaltung"], 1)
    p.buttons("Fahrzeugdaten exportieren", "Änderungsprotokoll ansehen")
    p.end()
    p.section("Sicherheit")
    p.switch("Zwei-Faktor-Anmeldung für alle Administratoren", True)
    p.select("Automatische Abmeldung nach", ["15 Minuten", "30 Minuten", "1 Stunde"], 1)
    p.end()
    p.button("Änderungen speichern", typ="submit")
    return p


PAGES = [bmw, brenner, ladewerk, parkfuchs, mobilio]
