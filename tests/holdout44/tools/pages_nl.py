from lib import Page


def ns():
    P = Page("nl", "ns-privacy-instellingen", "https://www.ns.nl/mijnns/instellingen/privacy",
             "Privacy-instellingen", "NS", real=True, user="Sanne de Vries",
             nav=["Mijn reizen", "Abonnementen", "Persoonlijke gegevens", "Betaalgegevens", "Privacy"], current=4,
             notes="Spoor (reconstructie). Positieve checkbox 'Mijn reisgegevens gebruiken om AI-modellen van NS te trainen' uit (false); "
                   "vage schakelaar 'Help de NS-assistent slimmer te worden' (naam in sr-only tekst, alleen 'Aan' zichtbaar), training alleen in de hulptekst (true). "
                   "Lokkers: reisadvies op basis van vaste ritten, werkgever, cookies, crashrapporten. Verborgen lokker met aria-hidden.")
    with P.sec("Reisgegevens"):
        P.cb("Reishistorie bewaren in Mijn NS", True)
        P.sel("Bewaartermijn transacties", ["6 maanden", "18 maanden"], 1)
        P.sw("Reisadvies op basis van mijn vaste ritten", True, kind="div",
             help="Dit advies wordt alleen voor jou berekend en niet gebruikt om modellen te trainen.")
        P.cb("Mijn ritten delen met mijn werkgever (zakelijke kaart)", True)
    with P.sec("AI bij NS", intro="NS gebruikt AI-modellen voor drukteverwachtingen en voor de digitale assistent."):
        P.cb("Mijn reisgegevens gebruiken om AI-modellen van NS te trainen", False, ai="+")
        P.sw("Help de NS-assistent slimmer te worden", True, ai="+", shape="v", kind="sr", title="NS-assistent",
             help="Gesprekken met onze klantenservice en chat worden gebruikt om de taalmodellen van de assistent te trainen.")
    with P.sec("Berichten"):
        P.cb("Reisinformatie bij verstoringen", True)
        P.cb("Aanbiedingen van NS en partners", False)
        P.sw("Persoonlijke aanbiedingen", False, kind="aria", title="Aanbiedingen op maat")
        P.sel("Berichten ontvangen via", ["App", "E-mail", "Sms"], 0)
    with P.sec("Reisvoorkeuren"):
        P.state("Reisprofiel", "Woon-werkverkeer, 4 dagen per week", "Wijzigen", kind="lb")
        P.rad("Klasse bij zoeken", ["1e klas", "2e klas"], 1, kind="rg")
        P.cb("Reisassistentie aanvragen bij elke reis", False)
        P.sw("Ondertiteling bij video's in de app", True, kind="div", help="Wordt automatisch gemaakt tijdens het afspelen.")
        P.sel("Overstaptijd", ["Normaal", "Extra overstaptijd"], 0)
    with P.sec("Cookies en statistieken"):
        P.rad("Cookies", ["Alle cookies", "Alleen noodzakelijke en analytische"], 1)
        P.cb("Crashrapporten van de NS-app", True, help="Worden alleen gebruikt om fouten op te lossen, niet voor AI-training.")
    with P.sec("Account"):
        P.text("E-mailadres voor reisbevestigingen", "sanne.devries@example.nl", type="email")
        P.cb("Tweestapsverificatie", True)
        P.btn("Gegevens downloaden")
        P.btn("Account opheffen")
    with P.hide("aria"):
        P.cb("Klantenservicegesprekken gebruiken voor modeltraining", True, ai="+")
    return P


def anwb():
    P = Page("nl", "anwb-veilig-rijden-instellingen", "https://www.anwb.nl/verzekeringen/autoverzekering/veilig-rijden/instellingen",
             "Instellingen Veilig Rijden", "ANWB", real=True, user="Pieter Bakker",
             nav=["Mijn verzekeringen", "Veilig Rijden", "Ritten", "Schade melden", "Instellingen"], current=4,
             notes="Autoverzekering met rijstijlmeting (reconstructie). Ja/Nee-bezwaar als fieldset, 'Nee' gekozen (geen bezwaar: true); "
                   "in een gesloten <details> (wel gelabeld) twee schakelaars die alleen via de samenvatting/intro over modeltraining gaan. "
                   "Lokkers: telefoongebruik in rijscore, dashcam-upload bij schade, tabel per bestuurder. Verborgen lokker met CSS-klasse.")
    with P.sec("Ritregistratie"):
        P.rad("Ritten registreren", ["Automatisch", "Alleen als de app open staat"], 0)
        P.cb("Ritten als passagier automatisch herkennen", True)
        P.cb("Telefoongebruik meetellen in mijn rijscore", True, help="Bepaalt mee hoeveel korting je krijgt.")
    with P.sec("Jouw rechten"):
        P.rad("Bezwaar tegen gebruik van mijn ritgegevens voor AI-training", ["Ja, ik maak bezwaar", "Nee"], 1,
              shares=[False, True], shape="i")
        P.btn("Mijn ritgegevens downloaden")
        P.btn("Account verwijderen")
    with P.details("Wat gebruiken we voor modeltraining?",
                   intro="De gegevens die je hier aanzet, gebruikt de ANWB om de modellen achter de rijscore en de botsingsdetectie te trainen."):
        P.sw("Rijstijlgegevens", True, ai="+", shape="h")
        P.sw("Beelden van de dashcam", False, ai="+", shape="h")
    with P.sec("Dashcam"):
        P.cb("Dashcam koppelen aan de app", True)
        P.sel("Beelden uploaden", ["Alleen via wifi", "Wifi en mobiel"], 0)
        P.cb("Beelden automatisch meesturen bij een schademelding", True)
    with P.sec("Gezin", intro="Bestuurders op deze polis."):
        P.table(["Bestuurder", "Ritten inzien"], [
            ("Pieter Bakker", [P.c_cb(True)]),
            ("Eva Bakker", [P.c_cb(False)]),
        ], naming="row+col")
    with P.sec("Meldingen"):
        P.sw("Weekoverzicht rijscore", True, kind="div")
        P.sw("Tips om veiliger te rijden", True, kind="div", help="Tips op basis van je eigen ritten; ze blijven in de app.")
        P.cb("Nieuwsbrief ANWB", False)
    with P.hide("class"):
        P.cb("Ritten delen met AI-onderzoekspartners", True, ai="+")
    return P


def deelfiets():
    P = Page("nl", "deelfiets-gegevens", "https://www.deelfiets.test/account/instellingen/gegevens",
             "Gegevens & privacy", "Deelfiets", user="Daan Visser",
             nav=["Ritten", "Abonnement", "Betalen", "Gegevens & privacy", "Hulp"], current=3,
             notes="Deelfietsen (verzonnen). Imperatief omgekeerd 'Sluit mijn ritten uit van AI-training' (aria-label, zichtbaar 'Aan': false); "
                   "Ja/Nee-knoppen met aria-pressed voor supportgesprekken (Ja, true). "
                   "Lokkers: routesuggesties op de telefoon, parkeerfoto bij de rit, meldingentabel. Verborgen lokker met visibility:hidden.")
    with P.sec("Ritten"):
        P.cb("Ritgeschiedenis opslaan", True)
        P.sel("Standaardfiets", ["E-bike", "Gewone fiets"], 0)
        P.sw("Slimme routesuggesties", True, kind="div", help="Worden op je telefoon berekend uit je favoriete locaties.")
        P.cb("Ritten delen met vrienden in de app", False)
    with P.sec("AI-training",
               intro="Deelfiets traint modellen die voorspellen waar fietsen nodig zijn en die verkeerd geparkeerde fietsen herkennen."):
        P.sw("Sluit mijn ritten uit van AI-training", True, ai="-", shape="i", kind="aria", title="Ritten uitsluiten")
        P.seg("Mogen we je supportgesprekken gebruiken om onze chatbot te trainen?", ["Ja", "Nee"], 0, shares=[True, False])
    with P.sec("Parkeren"):
        P.cb("Parkeerfoto bewaren bij mijn rit", True)
        P.cb("Melding als ik buiten een zone parkeer", True)
    with P.sec("Meldingen"):
        P.table(["Bericht", "Push", "E-mail"], [
            ("Ritbevestiging", [P.c_cb(True), P.c_cb(True)]),
            ("Acties", [P.c_cb(False), P.c_cb(False)]),
        ], naming="row+col")
    with P.sec("Account"):
        P.cb("Gepersonaliseerde advertenties", False)
        P.cb("Anonieme gebruiksstatistieken", True, help="Alleen om de app te verbeteren; niet voor AI-training.")
        P.btn("Gegevens exporteren")
        P.btn("Account verwijderen")
    with P.hide("vis"):
        P.cb("Parkeerfoto's gebruiken voor modeltraining", True, ai="+")
    return P


def laadnet():
    P = Page("nl", "laadnet-privacy", "https://mijn.laadnet.test/instellingen/privacy",
             "Privacy", "Laadnet", user="Femke Jansen",
             nav=["Laadsessies", "Laadpassen", "Auto's", "Facturen", "Privacy"], current=4,
             notes="Laadnetwerk (verzonnen). Vage checkbox 'Deelnemen aan het Slim Laden-onderzoek' met training in de hulptekst (uit, false); "
                   "statusregel 'Bezwaar … Niet ingediend' met actie 'Bezwaar maken…' (true). "
                   "Lokkers: slim laden op stroomprijs, delen met werkgever/fabrikant, foutrapporten. Verborgen lokker in een inactief tabblad.")
    ts = P.tabs(["Privacy", "Gedeelde laadpaal"], 0, label="Instellingen")
    with P.panel(ts, 0):
        with P.sec("Laden"):
            P.cb("Automatisch starten met Plug & Charge", True)
            P.sel("Standaard laadpas", ["NL-LDN-004 (Femke)", "NL-LDN-019 (Zakelijk)"], 0)
            P.sw("Slim laden bij lage stroomprijs", True, help="Gebruikt de dynamische tarieven van je energieleverancier.")
        with P.sec("Onderzoek en AI"):
            P.cb("Deelnemen aan het Slim Laden-onderzoek", False, ai="+", shape="v",
                 help="Deelnemers helpen ons met hun laadsessies de voorspellingsmodellen voor het laadnet te trainen.")
            P.state("Bezwaar tegen AI-training", "Niet ingediend",
                    ("Bezwaar maken", " tegen AI-training met mijn laadgegevens", ""), ai=True, shape="i")
        with P.sec("Laadpalen thuis"):
            P.table(["Laadpaal", "Laadschema", "Zonnestroom eerst", "Huisgenoten mogen laden"], [
                ("Oprit (Alfen Eve)", [P.c_sel(["Daluren", "Altijd"], 0), P.c_cb(True), P.c_cb(True)]),
                ("Carport (Zaptec Go)", [P.c_sel(["Daluren", "Altijd"], 1), P.c_cb(False), P.c_cb(True)]),
                ("Kantoor Utrecht", [P.c_sel(["Daluren", "Altijd"], 1), P.c_cb(False), P.c_cb(False)]),
            ], naming="row+col")
            P.sel("Maximaal laadvermogen", ["11 kW", "7,4 kW", "3,7 kW"], 0)
            P.cb("Netbeheerder mag laden tijdelijk beperken", False)
        with P.sec("Delen"):
            P.cb("Laadsessies delen met mijn werkgever", True)
            P.cb("Laadgegevens delen met mijn autofabrikant", False)
            P.cb("Mijn thuislaadpaal openstellen voor buren", False)
        with P.sec("Berichten"):
            P.cb("Melding als mijn auto vol is", True)
            P.cb("Nieuwsbrief", False)
            P.sw("Aanbiedingen op maat", False, kind="aria", title="Persoonlijke aanbiedingen")
        with P.sec("Gegevens"):
            P.cb("Foutrapporten automatisch versturen", True, help="Alleen technische logbestanden; worden niet gebruikt voor training.")
            P.sel("Facturen ontvangen", ["Per e-mail", "Alleen in Mijn Laadnet"], 0)
            P.btn("Laadsessies exporteren")
            P.btn("Account opheffen")
    with P.panel(ts, 1):
        P.cb("Laadsessies van gasten gebruiken voor modeltraining", True, ai="+")
    with P.hide("style"):
        P.sw("Laadpasgegevens uitsluiten van AI-training", False, ai="-", kind="div")
    return P


def ritcentraal():
    P = Page("nl", "ritcentraal-privacy", "https://app.ritcentraal.test/profiel/privacy",
             "Privacy", "RitCentraal", user="Youssef El Amrani",
             nav=["Ritten", "Betaalmethoden", "Favoriete adressen", "Privacy", "Hulp"], current=3,
             notes="Taxi-app (verzonnen). Twee ARIA-radiogroepen die alleen via de kop 'Gebruik voor het trainen van onze modellen' betekenis krijgen "
                   "(gespreksopnames: Niet toestaan, false; ritgeschiedenis: Toestaan, true); deelwoord 'Spraakopdrachten uitgesloten van training' aangevinkt (false). "
                   "Lokkers: bestellen met je stem, favoriete chauffeurs, statistieken. Verborgen lokker in een gesloten <dialog>.")
    with P.sec("Gebruik voor het trainen van onze modellen",
               intro="RitCentraal verbetert ritprijzen, aankomsttijden en de telefonische klantenservice met machine learning. "
                     "Kies per onderdeel of we jouw gegevens daarvoor mogen gebruiken."):
        P.rad("Gespreksopnames met chauffeurs", ["Toestaan", "Niet toestaan"], 1, shares=[True, False], shape="h", kind="aria")
        P.rad("Ritgeschiedenis", ["Toestaan", "Niet toestaan"], 0, shares=[True, False], shape="h", kind="aria")
    with P.sec("Spraak"):
        P.sw("Taxi bestellen met je stem", True)
        P.cb("Spraakopdrachten uitgesloten van training", True, ai="-", shape="i",
             help="Spraakopdrachten worden na 30 dagen verwijderd.")
    with P.sec("Ritten"):
        P.cb("Favoriete chauffeurs voorrang geven", True)
        P.sel("Standaard voertuigtype", ["Standaard", "Comfort", "Rolstoeltaxi", "Busje (8 pers.)"], 0)
        P.sw("Rit automatisch delen met mijn partner", False, kind="div")
        P.cb("Ritbevestiging per sms", True)
        P.cb("Ritbonnen naar mijn zakelijke e-mailadres", False)
        P.text("Telefoonnummer voor de chauffeur", "+31 6 12345678", type="tel")
    with P.sec("Reclame en statistiek"):
        P.cb("Gepersonaliseerde aanbiedingen", False)
        P.cb("Statistieken over appgebruik", True, help="Helpt ons de app sneller te maken; wordt niet voor modeltraining gebruikt.")
        P.sel("Nieuwsbrief", ["Maandelijks", "Nooit"], 1)
    with P.sec("Account"):
        P.btn("Mijn gegevens opvragen")
        P.btn("Account verwijderen")
        P.btn("Gekoppelde apps beheren")
    with P.sec("Toegankelijkheid en gezin"):
        P.cb("Ik reis met een assistentiehond", False)
        P.cb("Kinderzitje standaard meevragen", False)
        P.table(["Gezinslid", "Mag ritten boeken", "Ritten 's nachts"], [
            ("Noor El Amrani", [P.c_cb(True), P.c_cb(False)]),
            ("Adam El Amrani", [P.c_cb(False), P.c_cb(False)]),
        ], naming="row+col")
    with P.hide("dialog", title="Help ons verbeteren"):
        P.cb("Beoordelingen van chauffeurs gebruiken voor AI-training", False, ai="+")
        P.btns("Later", "Akkoord")
    return P


def pages():
    return [ns(), anwb(), deelfiets(), laadnet(), ritcentraal()]
