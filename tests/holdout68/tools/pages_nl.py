from lib import Page


def typewise():
    p = Page("nl", "typewise-instellingen", "https://www.typewise.app/nl/account/instellingen",
             "Instellingen – Typewise", "Typewise", known=True, prefix="ty", hide_class="verborgen",
             notes="Bekende dienst (reconstructie, instellingen verzonnen). Toetsenbord (je); radiogroup 'Bijdragen aan "
                   "betere voorspellingen' alleen via de hulptekst over training; knop-switch met aria-labelledby die "
                   "training noemt; teamgegevens verborgen met een CSS-klasse.")
    p.nav(["Account", "Toetsenbord", "Autocorrectie", "Privacy", "Abonnement", "Hulp"], cur=3)
    p.h1("Instellingen")
    p.section("Toetsenbord")
    p.select("Indeling", [("Honingraat", None), ("QWERTY", None), ("AZERTY", None)], 0)
    p.switch("Veeg naar links om te wissen", on=True)
    p.pressed("Toetsgeluid", [("Uit", None), ("Zacht", None), ("Luid", None)], 0)
    p.cb("Cijferrij tonen", on=True)
    p.section("Autocorrectie")
    p.switch("Autocorrectie", on=True)
    p.select("Talen", [("Nederlands", None), ("Nederlands en Engels", None), ("Nederlands en Duits", None)], 1)
    p.switch("Automatisch hoofdletters", on=True)
    p.section("Privacy", intro="Typewise werkt offline: wat je typt blijft op je telefoon, tenzij je hieronder iets anders kiest.")
    p.radiogroup("Bijdragen aan betere voorspellingen", [("Ja", True), ("Nee", False)], 1, ai=True, shape="v",
                 help="Anonieme zinsfragmenten worden dan naar ons gestuurd om onze voorspellingsmodellen te trainen.")
    p.bswitch("Mijn correcties gebruiken om het AI-model te trainen", on=True, by="labelledby", ai="+", shape="p")
    with p.hide("class"):
        p.cb("Gegevens van mijn team delen voor modeltraining", on=True, ai="+", shape="p")
    p.section("Account")
    p.select("Thema", [("Systeem", None), ("Licht", None), ("Donker", None)], 0)
    p.cb("Melding bij inloggen op een nieuw apparaat", on=True)
    p.button("Gegevens downloaden")
    p.button("Account verwijderen")
    p.section("Abonnement")
    p.cb("Nieuwsbrief ontvangen", on=False)
    p.button("Abonnement beheren")
    p.button("Aankoop herstellen")
    return p


def taalcheck():
    p = Page("nl", "taalcheck-extensie-instellingen", "https://taalcheck.test/extensie/instellingen",
             "Instellingen van de extensie – Taalcheck", "Taalcheck", prefix="tk",
             notes="Verzonnen browserextensie, instellingenpagina (u). Ingepakte checkbox 'uitsluiten van AI-training' "
                   "(omgekeerd); statusregel 'Toestaan' met verborgen achtervoegsel 'voor partners' onder een kopje "
                   "dat training noemt; AI-herschrijven en statistieken als afleiding; organisatieaccounts onder aria-hidden.")
    p.nav(["Algemeen", "Websites", "Woordenlijst", "Stijl", "Privacy", "Account"], cur=4)
    p.h1("Instellingen van de extensie")
    p.section("Algemeen")
    p.switch("Fouten onderstrepen tijdens het typen", on=True)
    p.switch("Zwevende knop tonen", on=True)
    p.select("Taalvariant", [("Nederlands (Nederland)", None), ("Nederlands (België)", None)], 0)
    p.pressed("Strengheid", [("Mild", None), ("Standaard", None), ("Streng", None)], 1)
    p.cb("Controleren op d/t-fouten", on=True)
    p.section("Websites")
    p.field("Niet controleren op", value="mijnbank.nl, intranet.bedrijf.nl")
    p.cb("Controleren in webmail", on=True)
    p.section("Stijl")
    p.switch("Herschrijven met AI", on=True, help="Selecteer een zin en kies uit drie nieuwe formuleringen.")
    p.select("Standaardtoon", [("Neutraal", None), ("Formeel", None), ("Informeel", None)], 0)
    p.section("Privacy")
    p.cb("Mijn teksten uitsluiten van AI-training", on=True, wrap=True, ai="-", shape="i")
    p.switch("Geaccepteerde correcties gebruiken om onze taalmodellen te verbeteren", on=True, ai="+", shape="p")
    p.sub("Modeltraining door partners",
          intro="Partners van Taalcheck kunnen geanonimiseerde teksten gebruiken om hun eigen taalmodellen te trainen.")
    p.staterow("Status", "Niet toegestaan", "Toestaan", sharing=False, ai=True, shape="h", suffix="voor partners")
    with p.hide("aria"):
        p.switch("Teksten van organisatieaccounts gebruiken voor training", on=True, ai="+", shape="p")
    p.cb("Anonieme gebruiksstatistieken", on=True, help="Alleen prestatiegegevens, nooit uw teksten.")
    p.section("Account")
    p.cb("Tips per e-mail", on=False)
    p.button("Abonnement beheren")
    p.button("Uitloggen")
    return p


def spreekbuis():
    p = Page("nl", "spreekbuis-instellingen", "https://mijn.spreekbuis.test/instellingen",
             "Instellingen · Spreekbuis", "Spreekbuis", prefix="sp",
             notes="Verzonnen spraakinvoer (je). Sectie 'Spraakherkenning trainen' waarin alleen kop en intro training "
                   "noemen: aria-pressed 'Mijn opnames' en fieldset 'Mijn gecorrigeerde transcripties'; select "
                   "'Bezwaar…' (omgekeerd); organisatie-opnames in display:none.")
    p.nav(["Dicteren", "Spraakopdrachten", "Woordenschat", "Opnames", "Privacy", "Abonnement"], cur=4)
    p.h1("Instellingen")
    p.section("Dicteren")
    p.select("Taal", [("Nederlands (Nederland)", None), ("Nederlands (België)", None), ("Fries", None)], 0)
    p.switch("Automatische interpunctie", on=True)
    p.switch("Stopwoordjes weghalen", on=True)
    p.pressed("Dicteren starten met", [("Sneltoets", None), ("Wekwoord", None)], 0)
    p.cb("Geluid bij starten", on=False)
    p.radiogroup("Microfoon", [("Ingebouwde microfoon", None), ("Headset", None)], 0)
    p.section("Spraakopdrachten")
    p.switch("Spraakopdrachten aan", on=True)
    p.field("Wekwoord", value="Hé Spreekbuis")
    p.cb("Eerst bevestigen voordat een bericht wordt verstuurd", on=True)
    p.section("Opnames")
    p.select("Opnames bewaren", [("24 uur", None), ("30 dagen", None), ("Niet bewaren", None)], 1)
    p.button("Transcripties downloaden")
    p.button("Alle opnames verwijderen")
    p.section("Spraakherkenning trainen",
              intro="Met echte opnames leren onze modellen dialecten en vaktermen beter herkennen. Kies wat je wilt delen.")
    p.pressed("Mijn opnames", [("Delen", True), ("Niet delen", False)], 0, ai=True, shape="h")
    p.radios("Mijn gecorrigeerde transcripties", [("Delen", True), ("Niet delen", False)], 1, ai=True, shape="h")
    p.select("Bezwaar tegen gebruik van mijn woordenlijst voor training", [("Geen bezwaar", True), ("Bezwaar", False)],
             1, ai=True, shape="i")
    with p.hide("display"):
        p.cb("Opnames van mijn organisatie gebruiken voor training", on=True, ai="+", shape="p")
    p.section("Abonnement")
    p.cb("Facturen per e-mail", on=True)
    p.button("Abonnement wijzigen")
    return p


def thuisbasis():
    p = Page("nl", "thuisbasis-privacy", "https://thuisbasis.test/account/privacy",
             "Privacy – Thuisbasis Launcher", "Thuisbasis Launcher", prefix="th",
             notes="Verzonnen launcher (je). Knop-switch met tekst 'Thuisbasis Lab' alleen via hulptekst; tabel met "
                   "kolom 'Modeltraining' (cellen zonder aria-labelledby) naast suggesties op het toestel; statusregel "
                   "'Uitzetten' + titel van een uitzondering (omgekeerd) in een dichte <details>; partners in hidden-blok.")
    p.nav(["Startscherm", "Widgets", "App-lade", "Gebaren", "Privacy", "Back-up"], cur=4)
    p.h1("Privacy")
    p.section("Startscherm")
    p.select("Raster", [("4 × 5", None), ("5 × 5", None), ("5 × 6", None)], 1)
    p.switch("Indeling vergrendelen", on=False)
    p.switch("App-suggesties in het dock", on=True, help="Worden op je telefoon zelf berekend.")
    p.pressed("Zoekbalk", [("Boven", None), ("Onder", None)], 1)
    p.section("Widgets")
    p.switch("Nieuwswidget", on=True)
    p.cb("Privé-afspraken tonen in de agendawidget", on=False)
    p.section("AI en je gegevens")
    p.bswitch("Thuisbasis Lab", on=True, by="text", ai="+", shape="v",
              help="Lab-deelnemers sturen veegbewegingen en app-gebruik mee, waarmee we nieuwe suggestiemodellen trainen.")
    p.table("Gebruik van je gegevens", ["Suggesties op dit toestel", "Modeltraining"],
            ["Geopende apps", "Zoekopdrachten"], [[True, True], [True, False]], ai_cols={1: "+"}, shape="p",
            labelled=False)
    with p.details("Meer opties"):
        p.staterow("Uitzondering voor werkprofiel",
                   "Aan: apps in je werkprofiel tellen niet mee voor AI-training.",
                   "Uitzetten", sharing=False, ai=True, shape="i")
    with p.hide("hidden"):
        p.switch("Widgetgebruik delen met partners voor AI-training", on=True, ai="+", shape="p")
    p.section("Back-up")
    p.switch("Automatische back-up", on=True)
    p.button("Nu back-up maken")
    p.button("Terugzetten")
    p.cb("Nieuws en aanbiedingen per e-mail", on=False)
    return p


def krabbel():
    p = Page("nl", "krabbel-gegevens", "https://app.krabbel.test/instellingen/gegevens",
             "Gegevens en AI – Krabbel", "Krabbel", prefix="kr",
             notes="Verzonnen handschrift-app voor stylus (u). Switch-checkbox 'Meewerken aan Krabbel Inkt' met "
                   "niet-gekoppelde tekst ernaast; radiogroup met aria-label 'Tekeningen beschermen tegen AI-training' "
                   "(omgekeerd, Uit); knop-switch met aria-label; leerlingennotities met visibility:hidden.")
    p.nav(["Notitieboeken", "Pennen", "Handschrift", "Synchronisatie", "Gegevens", "Abonnement"], cur=4)
    p.h1("Gegevens en AI")
    p.section("Pennen")
    p.select("Standaardpen", [("Vulpen", None), ("Balpen", None), ("Potlood", None)], 0)
    p.pressed("Palmherkenning", [("Uit", None), ("Laag", None), ("Hoog", None)], 2)
    p.switch("Drukgevoeligheid", on=True)
    p.switch("Vormen rechttrekken", on=True)
    p.section("Handschrift")
    p.select("Herkenningstaal", [("Nederlands", None), ("Engels", None), ("Duits", None)], 0)
    p.switch("Automatisch omzetten naar tekst", on=False)
    p.cb("Handschrift doorzoekbaar maken", on=True)
    p.radios("Papier voor nieuwe pagina's", [("Blanco", None), ("Gelinieerd", None), ("Ruitjes", None)], 1)
    p.section("Gegevens")
    p.switch("Meewerken aan Krabbel Inkt", on=False, ai="+", shape="v", desc=False,
             help="Hiermee stelt u anonieme penstreken beschikbaar om onze handschriftherkenning te trainen.")
    p.radiogroup("Tekeningen beschermen tegen AI-training", [("Aan", False), ("Uit", True)], 1, ai=True, shape="i",
                 by="aria-label")
    p.bswitch("Mijn notities gebruiken voor het trainen van Krabbel AI", on=True, by="aria-label", ai="+", shape="p")
    with p.hide("visibility"):
        p.cb("Notities van leerlingen gebruiken voor modeltraining", on=True, ai="+", shape="p")
    p.switch("Krabbel Assistent", on=True, help="Stel vragen over uw notitieboeken.")
    p.section("Synchronisatie")
    p.switch("Alleen synchroniseren via wifi", on=True)
    p.staterow("Gedeelde notitieboeken", "2 notitieboeken gedeeld met klas 4B.", "Delen stoppen",
               suffix="voor alle gedeelde notitieboeken")
    p.button("Alles exporteren als pdf")
    p.section("Abonnement")
    p.cb("Facturen per e-mail", on=True)
    p.cb("Tips en aanbiedingen", on=False)
    p.button("Abonnement beheren")
    return p


def pages():
    return [typewise(), taalcheck(), spreekbuis(), thuisbasis(), krabbel()]
