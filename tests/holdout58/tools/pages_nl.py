from lib import Page


def fastned():
    p = Page("nl", "fastned-privacy", "Fastned", "https://my.fastnedcharging.com/nl/instellingen/privacy",
             "Privacy-instellingen | Fastned", "Fastned",
             ["Laadsessies", "Fastned Gold", "Betaalmethoden", "Voertuigen", "Privacy", "Account"],
             active="Privacy", known=True, account="Mijn account",
             notes="Bekende dienst (reconstructie). Schakelaar met aria-labelledby, duidelijk benoemd (uit = false); selectievakje 'Sluit ... uit "
                   "van modeltraining' aangevinkt (= false); select 'Laadcurve van mijn auto' alleen te begrijpen via kop en intro (Niet meenemen = "
                   "false). Lokkers: routeplanner, Autocharge, meldingen, Gold-abonnement, export. Verborgen: vakje in klasse met display:none.",
             h1="Privacy", lead="Bepaal zelf wat we met de gegevens van je laadsessies doen.")
    p.section("Laden")
    p.switch("Autocharge", True, help="Start laden zodra je de kabel insteekt, zonder app of pas.")
    p.switch("Routeplanner met laadstops", True, help="Plant je stops op basis van je accu en de drukte op onze stations.")
    p.select("Voertuig", ["Kia EV6 · N-123-XY", "Volkswagen ID.3 · S-456-PQ"], 0)
    p.end()
    p.section("AI en je gegevens")
    p.switch("Mijn laadsessies gebruiken om AI-modellen te trainen", False, lab=("p", False),
             help="Tijdstip, station en geladen kWh, zonder je naam.")
    p.checkbox("Sluit mijn voertuiggegevens uit van modeltraining", True, variant="row", lab=("i", False),
               help="Merk, type en accustand zoals je auto die doorgeeft.")
    p.hide("class-display-none", dcls="is-hidden")
    p.checkbox("Netbeheerders mogen modellen trainen op mijn laadgedrag", True, lab=("p", True), cid="grid-train")
    p.end()
    p.end()
    p.section("Slimmer laden voor iedereen",
              intro="Fastned traint voorspellingsmodellen voor drukte en laadsnelheid met echte laadsessies. Jij bepaalt wat daarin meegaat.")
    p.select("Laadcurve van mijn auto", ["Meenemen", "Niet meenemen"], 1, lab=("h", False))
    p.end()
    p.section("Meldingen")
    p.checkbox("Melding als mijn auto klaar is met laden", True, variant="wrap")
    p.checkbox("Nieuws over nieuwe stations", False, variant="wrap")
    p.checkbox("Aanbiedingen voor Fastned Gold", False, variant="wrap")
    p.end()
    p.section("Je gegevens")
    p.buttons("Laadsessies exporteren", "Mijn gegevens opvragen", "Account verwijderen")
    p.end()
    p.section("Beveiliging")
    p.switch("Inloggen met Face ID", True)
    p.buttons("Wachtwoord wijzigen", "Overal uitloggen")
    p.end()
    p.section("Gekoppelde apps")
    p.state_row("Tesla-account", "Gekoppeld", "Ontkoppelen", suffix=" Tesla-account")
    p.end()
    return p


def anwb():
    p = Page("nl", "anwb-privacy", "ANWB", "https://www.anwb.nl/account/instellingen/privacy",
             "Privacy-instellingen - Mijn ANWB", "ANWB",
             ["Mijn lidmaatschap", "Wegenwacht", "Verzekeringen", "ANWB Connect", "Privacy", "Gegevens"],
             active="Privacy", known=True, account="Mijn ANWB",
             notes="Bekende dienst (reconstructie). Statusregel 'Uitzetten' + verborgen achtervoegsel met vage titel, uitleg ernaast over "
                   "training (Aan = true); fieldset 'Bezwaar tegen ... AI-training' met 'Ik maak geen bezwaar' (= true); expliciet vakje in "
                   "gesloten <details> (uit = false). Lokkers: rijstijlcoach (advies, geen training), pechhulp, nieuwsbrief, aanbiedingen, "
                   "export. Verborgen: vakje in blok met aria-hidden.",
             h1="Privacy-instellingen", lead="Hier regel je wat de ANWB met je gegevens mag doen.")
    p.section("ANWB Connect")
    p.state_row("ANWB Connect-gegevens delen", "Aan", "Uitzetten", suffix=" ANWB Connect-gegevens delen",
                desc="We gebruiken storingsmeldingen en accuwaarden van je auto om het model te trainen dat pech voorspelt.",
                lab=("v", True))
    p.switch("Rijstijlcoach", True, help="Geeft na elke rit tips om zuiniger te rijden. Je ritten worden niet gebruikt om modellen te trainen.")
    p.switch("Accu-waarschuwing", True, help="We waarschuwen je als je accu zwak wordt.")
    p.end()
    p.section("AI-training")
    p.radios("Bezwaar tegen gebruik van je gegevens voor AI-training", ["Ik maak bezwaar", "Ik maak geen bezwaar"], 1,
             lab=("i", True), help="Je kunt dit altijd weer veranderen.")
    p.hide("aria-hidden")
    p.checkbox("Pechhulpmeldingen gebruiken om het diagnosemodel te trainen", True, lab=("p", True), cid="breakdown-train")
    p.end()
    p.details("Meer instellingen")
    p.checkbox("Gesprekken met de Wegenwacht-chat gebruiken voor het trainen van onze AI", False, variant="row",
               lab=("p", False))
    p.checkbox("Mijn gegevens gebruiken voor ledenonderzoek", True, variant="row")
    p.end()
    p.end()
    p.section("Contact en aanbiedingen")
    p.checkbox("ANWB-nieuwsbrief", True, variant="wrap")
    p.checkbox("Persoonlijke aanbiedingen van ANWB-partners", False, variant="wrap")
    p.checkbox("Reisinformatie en verkeersupdates", True, variant="wrap")
    p.select("Hoe wil je post ontvangen?", ["Per e-mail", "Per post"], 0)
    p.end()
    p.section("Je gegevens")
    p.buttons("Gegevens downloaden", "Lidmaatschap opzeggen")
    p.end()
    p.section("Pechhulp")
    p.select("Voorkeur bij pech", ["Wegenwacht", "Eigen garage", "Vraag het me eerst"], 0)
    p.checkbox("Mijn locatie delen met de Wegenwacht bij een melding", True, variant="wrap")
    p.textfield("Kenteken", "K-420-ZR")
    p.end()
    p.section("Inloggen")
    p.switch("Tweestapsverificatie", True)
    p.button("Wachtwoord wijzigen")
    p.end()
    return p


def vandijk():
    p = Page("nl", "garage-van-dijk-voorkeuren", "Garage Van Dijk (garage en APK-station)",
             "https://mijn.garagevandijk.test/voorkeuren",
             "Voorkeuren | Mijn Garage Van Dijk", "Garage Van Dijk",
             ["Afspraken", "Mijn auto's", "Offertes", "Facturen", "Voorkeuren"],
             active="Voorkeuren", account="Dhr. De Boer",
             notes="Verzonnen garage (u). Tabel met kop en bijschrift over de onderhoudsvoorspeller: vakjes 'rij + Toestaan' (één true, één "
                   "false); schakelaar met tekstinhoud 'Schadefoto's nooit gebruiken voor AI-training' aan (= false). Lokkers: APK-herinnering, "
                   "vervangend vervoer, cursus voor klanten, digitale werkorder, betalingen. Verborgen: vakje in rij met visibility:hidden.",
             h1="Voorkeuren")
    p.section("Afspraken en herinneringen")
    p.checkbox("Stuur mij een APK-herinnering", True, variant="wrap")
    p.checkbox("Stuur mij een onderhoudsherinnering", True, variant="wrap")
    p.checkbox("Ik wil standaard vervangend vervoer", False, variant="wrap")
    p.select("Vestiging", ["Van Dijk Amersfoort", "Van Dijk Soest"], 0)
    p.textfield("Telefoonnummer", "06 12345678", typ="tel")
    p.end()
    p.section("Onze onderhoudsvoorspeller leert van uw auto",
              intro="We trainen een systeem dat voorspelt wanneer onderdelen aan vervanging toe zijn. Daarvoor gebruiken we gegevens van klanten die daar toestemming voor geven.")
    p.table("Welke gegevens mogen we gebruiken?", "Gegevens", ["Toestaan"], [
        ("Kilometerstanden", [(True, ("h", True))]),
        ("Werkorders", [(False, ("h", False))]),
    ])
    p.hide("visibility-hidden", cls="row")
    p.checkbox("Uitleesgegevens van de boordcomputer", False, lab=("h", False), cid="obd-train")
    p.end()
    p.switch("Schadefoto's nooit gebruiken voor AI-training", True, mode="text", lab=("i", False))
    p.end()
    p.section("Werkplaats")
    p.switch("Digitale werkorder met foto's", True,
             help="U ziet in de app wat de monteur heeft gevonden. Deze foto's worden alleen aan u getoond.")
    p.checkbox("Meld mij aan voor de cursus 'Zelf je banden controleren'", False, variant="row")
    p.end()
    p.section("Betalen")
    p.select("Betaalwijze", ["iDEAL", "Pinnen bij ophalen", "Op rekening"], 0)
    p.buttons("Facturen downloaden", "Mijn gegevens exporteren")
    p.end()
    p.section("Nieuwsbrief")
    p.checkbox("Acties voor winterbanden en airco-service", False, variant="wrap")
    p.end()
    p.buttons("Annuleren", "Opslaan")
    return p


def stroomlijn():
    p = Page("nl", "stroomlijn-gegevens", "Stroomlijn (thuislaadpalen)", "https://app.stroomlijn.test/instellingen/gegevens",
             "Gegevens en privacy · Stroomlijn", "Stroomlijn",
             ["Laadpaal", "Laadschema", "Energiecontract", "Zonnepanelen", "Gegevens en privacy", "Support"],
             active="Gegevens en privacy", account="Thuis – Lindelaan 8",
             notes="Verzonnen maker van thuislaadpalen (je). Statusregel: toestemming ingetrokken, knop 'Opnieuw geven' met aria-labelledby naar "
                   "knop + titel (= false); segmentknoppen 'Afmelden voor modeltraining' op 'Aan' (= false); vaag vakje met uitleg ernaast over "
                   "training (uit = false). Lokkers: slim laden op de paal zelf, dynamisch contract, meldingen, gasttoegang, firmware. Verborgen: "
                   "vakje in gesloten <dialog>.",
             h1="Gegevens en privacy")
    p.section("Modeltraining")
    p.state_row("Toestemming AI-training", "Ingetrokken op 2 april 2025", "Opnieuw geven", mode="labelledby", lb_both=True,
                desc="Met je toestemming gebruiken we laadgegevens van je paal om ons voorspellingsmodel voor netdrukte te trainen.",
                lab=("p", False))
    p.segmented("Afmelden voor modeltraining", ["Aan", "Uit"], 0, lab=("i", False),
                help="Geldt voor al onze modellen, ook die van onze energiepartners.")
    p.checkbox("Meedoen aan het Stroomlijn-testpanel", False, variant="row", tie="nearby", lab=("v", False),
               help="Panelleden delen meetgegevens van hun laadpaal; daarmee trainen we ons algoritme voor slim laden.")
    p.dialog("Gegevens delen met partners", "Partners")
    p.checkbox("Mijn energiepartner mag modellen trainen met mijn verbruik", False, lab=("p", False), cid="partner-train")
    p.dialog_buttons("Sluiten")
    p.end()
    p.end()
    p.section("Laden")
    p.switch("Slim laden", True, help="De laadpaal zelf kiest de goedkoopste uren. Er gaat niets naar onze servers.")
    p.select("Energiecontract", ["Dynamisch (uurprijzen)", "Vast tarief", "Dag/nacht"], 0)
    p.textfield("Auto vol om", "07:30", typ="time")
    p.checkbox("Zonne-overschot gebruiken", True, variant="row")
    p.end()
    p.section("Meldingen en toegang")
    p.checkbox("Melding bij einde laadsessie", True, variant="wrap")
    p.checkbox("Gasten mogen laden met een code", False, variant="wrap")
    p.end()
    p.section("Laadpaal")
    p.switch("Firmware automatisch bijwerken", True)
    p.select("Ledring", ["Uit", "Gedimd", "Normaal"], 1)
    p.buttons("Laadpaal herstarten", "Gegevens downloaden", "Laadpaal ontkoppelen")
    p.end()
    return p


def parkeermaatje():
    p = Page("nl", "parkeermaatje-privacy", "ParkeerMaatje (parkeerapp)", "https://www.parkeermaatje.test/app/instellingen/privacy",
             "Privacy | ParkeerMaatje", "ParkeerMaatje",
             ["Parkeren", "Kentekens", "Vergunningen", "Betalen", "Instellingen"],
             active="Instellingen", account="Account",
             notes="Verzonnen parkeerapp (je). Tabbladen: het actieve tabblad 'Privacy' bevat een ontkennend vakje 'Ik wil niet dat...' uit (= "
                   "true), een role=radiogroup duidelijk benoemd (Nee = false) en een schakelaar met aria-label 'Mijn zoekopdrachten' die alleen "
                   "via de kop te begrijpen is (uit = false). Lokkers: parkeertips, herinneringen, bezoekersregeling, betalen. Verborgen: vakje in "
                   "het inactieve tabblad 'Partners'.",
             h1="Instellingen")
    p.tabs(["Algemeen", "Privacy", "Partners"], active=1)
    p.tabpanel(0)
    p.select("Standaardkenteken", ["GK-412-B", "XT-88-LP"], 0)
    p.end()
    p.tabpanel(1)
    p.section("Je parkeergegevens")
    p.checkbox("Ik wil niet dat mijn parkeerhistorie wordt gebruikt voor AI-training", False, variant="row", lab=("i", True))
    p.radios("Kentekenfoto's gebruiken voor het trainen van kentekenherkenning", ["Ja", "Nee"], 1, mode="radiogroup",
             lab=("p", False), help="Foto's die handhavers maken bij een controle.")
    p.end()
    p.section("Wat onze parkeervoorspelling van je mag leren",
              intro="Onze voorspelling van vrije plekken wordt getraind met gegevens van gebruikers. Kies wat je bijdraagt.")
    p.switch("Zoekopdrachten", False, mode="arialabel", aria_label="Mijn zoekopdrachten", lab=("h", False))
    p.end()
    p.section("Parkeren")
    p.switch("Parkeertips", True, help="Tips voor plekken in de buurt van je bestemming.")
    p.checkbox("Herinnering 10 minuten voor het einde", True, variant="wrap")
    p.checkbox("Parkeeractie automatisch stoppen bij wegrijden", False, variant="wrap")
    p.checkbox("Bezoekersregeling: bezoek aanmelden via mijn account", True, variant="wrap")
    p.end()
    p.section("Betalen")
    p.select("Betaalmethode", ["iDEAL", "Creditcard", "Zakelijke rekening"], 0)
    p.buttons("Facturen downloaden", "Gegevens exporteren", "Account opzeggen")
    p.end()
    p.section("Beveiliging")
    p.switch("Tweestapsverificatie", True)
    p.button("Wachtwoord wijzigen")
    p.end()
    p.end()
    p.tabpanel(2)
    p.checkbox("Gemeenten mogen verkeersmodellen trainen met mijn parkeeracties", True, lab=("p", True), cid="municipal-train")
    p.end()
    return p


PAGES = [fastned, anwb, vandijk, stroomlijn, parkeermaatje]
