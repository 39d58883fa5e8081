from lib import Page


def rituals():
    P = Page("nl", "rituals-privacy", "Rituals",
             "https://www.rituals.com/nl-nl/account/privacy-instellingen",
             "Privacy-instellingen", known=True, brand="RITUALS",
             notes="Bekende dienst (reconstructie), je-vorm. Ontkennende schakelaar ('…niet voor AI-training', uit: deelt), "
                   "expliciete checkbox, fieldset-radiogroep die alleen via de sectiekop betekenis krijgt. Lokkers: "
                   "geurcoach, My Rituals, nieuwsbrief, zichtbare reviews. Verborgen: CSS-klasse.",
             nav=[("Bestellingen", "/nl-nl/account/orders", False), ("My Rituals", "/nl-nl/account/my-rituals", False),
                  ("Adressen", "/nl-nl/account/addresses", False), ("Privacy", "#", True)],
             nav_label="Mijn account", search_label="Zoeken", search_ph="Waar ben je naar op zoek?",
             lang_label="Taal", account="Hoi Sanne", menu=[("Bestellingen", "/bestellingen"), ("Verlanglijst", "/verlanglijst")],
             signout="Uitloggen",
             footer=[("Privacybeleid", "/privacy"), ("Cookies", "/cookies"), ("Algemene voorwaarden", "/voorwaarden")],
             copyright="© Rituals Cosmetics Enterprise B.V.", hide_class="rt-verborgen",
             lead="Jij bepaalt wat we met je gegevens doen. Je kunt je keuzes altijd aanpassen.")
    body = [
        P.section("Geurcoach",
                  P.switch("Geurcoach tonen in de webshop", True, mode="labelledby",
                           help="Stelt geuren voor op basis van wat je mooi vindt."),
                  P.select("Favoriete collectie", ["The Ritual of Sakura", "The Ritual of Karma", "The Ritual of Jing"], 0),
                  P.button("Doe de geurtest opnieuw")),
        P.section("Training van onze geurcoach",
                  P.radios("Jouw antwoorden in de geurtest", ["Mogen gebruikt worden", "Liever niet"], 1,
                           shar=[True, False], ai="h"),
                  intro="We leren de geurcoach bij met de smaak van klanten die daar toestemming voor geven."),
        P.section("Aankopen en reviews",
                  P.switch("Gebruik mijn aankopen niet voor AI-training", False, ai="i", mode="labelledby"),
                  P.cb("Rituals mag mijn productreviews gebruiken om AI-modellen te verbeteren", True, ai="p"),
                  P.cb("Mijn voornaam tonen bij mijn reviews", True)),
        P.hide("css-class", lambda:
               P.cb("Gegevens delen met partners voor het trainen van hun AI", False, ai="p")),
        P.section("My Rituals",
                  P.cb("Laat me weten wanneer ik een cadeau kan kiezen", True),
                  P.button("Bekijk mijn voordelen")),
        P.section("Berichten",
                  P.cb("Nieuwsbrief", True),
                  P.cb("Sms over acties in de winkel", False),
                  P.cb("Gepersonaliseerde advertenties op social media", False)),
        P.section("Jouw gegevens",
                  P.button("Gegevens downloaden"),
                  P.button("Account verwijderen"),
                  P.button("Opslaan", cls="primary")),
    ]
    return P.build(*body)


def lindenhof():
    P = Page("nl", "huidkliniek-lindenhof-privacy", "Huidkliniek Lindenhof",
             "https://mijn.huidkliniek-lindenhof.test/instellingen/privacy",
             "Privacy en toestemmingen", brand="Huidkliniek Lindenhof",
             notes="Verzonnen huidkliniek, u-vorm. Statusregel van een gemaakt bezwaar via aria-labelledby (deelt niet), "
                   "vage checkbox met helptekst ernaast (niet gekoppeld), expliciete checkbox in gesloten <details> "
                   "(wel vermeld). Lokkers: videoconsult, resultaatsimulatie, delen met huisarts, declaratie. "
                   "Verborgen: hidden-attribuut.",
             nav=[("Afspraken", "/afspraken", False), ("Behandelplan", "/behandelplan", False), ("Facturen", "/facturen", False),
                  ("Privacy", "#", True)],
             nav_label="Mijn Lindenhof", search_label="Zoeken", search_ph="Zoek een behandeling", lang_label="Taal",
             account="Mevr. De Wit", menu=[("Mijn gegevens", "/gegevens"), ("Afspraken", "/afspraken")], signout="Uitloggen",
             footer=[("Klachtenregeling", "/klachten"), ("Privacyverklaring", "/privacy"), ("Contact", "/contact")],
             copyright="Huidkliniek Lindenhof B.V. · Utrecht", hide_class="lh-weg")
    body = [
        P.section("Afspraken",
                  P.cb("Herinnering per sms een dag van tevoren", True),
                  P.cb("Videoconsult aanbieden als dat kan", False),
                  P.button("Afspraak maken")),
        P.section("Resultaatsimulatie",
                  P.switch("Simulatie van het verwachte resultaat tonen", True, mode="labelledby",
                           help="De simulatie wordt tijdens het consult gemaakt en daarna verwijderd."),
                  P.button("Simulatie aanvragen")),
        P.section("Uw gegevens en kunstmatige intelligentie",
                  P.state_row("Bezwaar tegen AI-training met uw huidfoto's", True, status=("Bezwaar gemaakt", "Geen bezwaar"),
                              btn=("Intrekken", "Bezwaar maken"), ai="i", mode="labelledby",
                              desc="Ingediend op 18 januari 2025."),
                  P.cb("Meedoen aan Lindenhof Onderzoek", True, ai="v", tie=False,
                       help="Uw behandelresultaten worden gepseudonimiseerd gebruikt om ons machine-learningmodel voor littekenherstel te trainen."),
                  P.details("Overige toestemmingen", lambda:
                            P.cb("Toestaan dat Lindenhof mijn behandeldossier gebruikt om AI te trainen", False, ai="p")
                            + P.cb("Mijn gegevens gebruiken voor kwaliteitsonderzoek (zonder AI)", True))),
        P.hide("hidden", lambda:
               P.cb("Foto's delen met universiteiten voor het trainen van modellen", True, ai="p")),
        P.section("Delen met zorgverleners",
                  P.cb("Mijn huisarts mag mijn behandelverslag inzien", True),
                  P.button("Zorgverlener toevoegen")),
        P.section("Betalen",
                  P.select("Declaratie", ["Zelf indienen bij mijn verzekeraar", "Kliniek dient in"], 1),
                  P.button("Facturen downloaden")),
        P.section("Account",
                  P.button("Wachtwoord wijzigen"),
                  P.button("Opslaan", cls="primary")),
    ]
    return P.build(*body)


def kledingbieb():
    P = Page("nl", "kledingbieb-instellingen", "Kledingbieb",
             "https://www.kledingbieb.test/account/instellingen/data",
             "Data en AI", brand="kledingbieb",
             notes="Verzonnen kledingbibliotheek (lenen), je-vorm. Gesegmenteerde groep 'Uitsluiten van modeltraining' "
                   "(Aan: deelt niet), schakelaar met expliciet aria-label en andere zichtbare tekst. Lokkers: "
                   "stijladvies met AI, lidmaatschap, ophaalpunt, delen met vrienden. Verborgen: gesloten dialog.",
             nav=[("Mijn kast", "/kast", False), ("Lenen", "/lenen", False), ("Lidmaatschap", "/lidmaatschap", False),
                  ("Instellingen", "/instellingen", False), ("Data en AI", "#", True)],
             nav_label="Account", search_label="Zoeken", search_ph="Zoek jurken, jassen, merken", lang_label="Taal",
             account="Noor", menu=[("Profiel", "/profiel"), ("Lidmaatschap", "/lidmaatschap")], signout="Uitloggen",
             footer=[("Hoe werkt het", "/hoe"), ("Privacy", "/privacy"), ("Voorwaarden", "/voorwaarden")],
             copyright="Kledingbieb Coöperatie U.A.", hide_class="kb-uit")
    body = [
        P.section("Stijladvies",
                  P.switch("Stijladvies met AI bij het lenen", True, mode="content",
                           help="Combineert stukken uit de collectie met wat je nu in je kast hebt."),
                  P.select("Maat", ["XS", "S", "M", "L", "XL"], 2),
                  P.select("Stijl", ["Klassiek", "Sportief", "Vintage", "Uitgesproken"], 2)),
        P.section("Jouw data voor onze modellen",
                  P.segmented("Uitsluiten van modeltraining", ["Aan", "Uit"], 0, shar=[False, True], ai="i",
                              help="Geldt voor je leengeschiedenis, retourredenen en foto's."),
                  P.switch("Mijn leengeschiedenis gebruiken om de AI van Kledingbieb te trainen", False, ai="p",
                           mode="aria-label", visible="Leengeschiedenis"),
                  P.dialog("Eerdere keuzes bekijken", "Eerdere keuzes", lambda:
                           P.cb("Retourfoto's delen met merken voor hun AI-training", True, ai="p"), close="Sluiten")),
        P.section("Lidmaatschap",
                  P.radios("Abonnement", ["3 stuks per maand", "5 stuks per maand"], 0),
                  P.select("Ophaalpunt", ["Winkel Utrecht", "Winkel Amsterdam-Oost", "Thuisbezorging"], 1),
                  P.button("Pauzeer lidmaatschap")),
        P.section("Delen",
                  P.cb("Vrienden mogen zien wat ik leen", False),
                  P.button("Nodig iemand uit")),
        P.section("Meldingen",
                  P.cb("Mail als een stuk van mijn verlanglijst terug is", True),
                  P.cb("Herinnering om te retourneren", True)),
        P.section("Account",
                  P.button("Gegevens exporteren"),
                  P.button("Account opzeggen")),
    ]
    return P.build(*body)


def knipt():
    P = Page("nl", "knipt-app-privacy", "Knipt",
             "https://app.knipt.test/profiel/privacy",
             "Privacy", brand="knipt!",
             notes="Verzonnen boekingsapp voor kappers, je-vorm. Omwikkelde checkbox 'Afmelden voor…' (niet aangevinkt: "
                   "deelt), tabelrij die alleen via het onderschrift betekenis krijgt, role=radiogroup als vraag "
                   "(expliciet). Lokkers: stijlvoorstellen, herinneringen, fooi, favoriete kapper. Verborgen: aria-hidden.",
             nav=[("Afspraken", "/afspraken", False), ("Favoriete salons", "/favorieten", False), ("Betalen", "/betalen", False),
                  ("Privacy", "#", True)],
             nav_label="Profiel", search_label="Zoeken", search_ph="Salon of behandeling", lang_label="Taal",
             account="Youssef", menu=[("Profiel", "/profiel"), ("Afspraken", "/afspraken")], signout="Uitloggen",
             footer=[("Voor salons", "/salons"), ("Privacy", "/privacy"), ("Voorwaarden", "/voorwaarden")],
             copyright="Knipt B.V. · Rotterdam", hide_class="kn-hide")
    body = [
        P.section("Stijlvoorstellen",
                  P.switch("Laat stijlvoorstellen zien bij het boeken", True, mode="labelledby",
                           help="Op basis van je laatste knipbeurt. Er wordt niets mee getraind."),
                  P.select("Favoriete kapper", ["Maakt niet uit", "Bas", "Fatima", "Joep"], 3),
                  P.text("Haarlengte in cm (ongeveer)", "6", type="number"),
                  P.button("Foto van je kapsel toevoegen")),
        P.section("Waarmee ons stijladvies-model mag leren",
                  P.table("Gegevens uit je afspraken", ["Gegevens", "Ja"], [
                      ("Beoordelingen die je geeft", [dict(checked=True, ai="h")]),
                  ]),
                  P.cb("Afmelden voor het trainen van AI met mijn kapselfoto's", False, ai="i", wrap=True),
                  P.radios("Mag Knipt je boekingen gebruiken om AI-modellen te trainen?", ["Ja", "Nee"], 1,
                           shar=[True, False], ai="p", style="radiogroup")),
        P.hide("aria-hidden", lambda:
               P.cb("Kapselfoto's doorgeven aan productmerken voor AI-training", False, ai="p")),
        P.section("Herinneringen",
                  P.cb("Pushmelding een uur van tevoren", True),
                  P.cb("Mail als het tijd is voor een nieuwe knipbeurt", False),
                  P.cb("Laat me weten als er eerder plek is", True)),
        P.section("Betalen",
                  P.segmented("Standaard fooi", ["Geen", "€ 2", "€ 5"], 0),
                  P.button("iDEAL koppelen"),
                  P.button("Betaalgeschiedenis")),
        P.section("Account",
                  P.switch("Inloggen met tweestapsverificatie", False, mode="labelledby"),
                  P.button("Mijn gegevens downloaden"),
                  P.button("Account verwijderen")),
    ]
    return P.build(*body)


def badhuis():
    P = Page("nl", "badhuis-noord-account", "Badhuis Noord",
             "https://www.badhuisnoord.test/mijn-account/privacy",
             "Privacy", brand="Badhuis Noord · sauna & wellness",
             notes="Verzonnen sauna- en wellnesscentrum, u-vorm. Vage schakelaar naar tekstinhoud met gekoppelde hulp, "
                   "select 'Uw gegevens uitsluiten van AI-training' (Ja, uitsluiten: deelt niet). Lokkers: "
                   "drukte-indicator, opgietcursus, arrangementen, cadeaubon. Verborgen: inline display:none.",
             nav=[("Mijn bezoeken", "/bezoeken", False), ("Abonnement", "/abonnement", False), ("Cadeaubonnen", "/cadeaubonnen", False),
                  ("Privacy", "#", True)],
             nav_label="Mijn account", search_label="Zoeken", search_ph="Zoek arrangement of behandeling",
             lang_label="Taal", account="Dhr. Bakker", menu=[("Gegevens", "/gegevens"), ("Bezoeken", "/bezoeken")],
             signout="Afmelden",
             footer=[("Openingstijden", "/openingstijden"), ("Huisregels", "/huisregels"), ("Privacyverklaring", "/privacy")],
             copyright="Badhuis Noord B.V. · Groningen", hide_class="bn-none")
    body = [
        P.section("Drukte",
                  P.switch("Drukte-indicator tonen voordat ik reserveer", True, mode="labelledby",
                           help="Laat zien hoe druk het waarschijnlijk is. Gebaseerd op reserveringen van vandaag."),
                  P.select("Voorkeursdag", ["Geen voorkeur", "Doordeweeks", "Weekend"], 1),
                  P.select("Vaste locatie", ["Noorderplantsoen", "Zernike"], 0)),
        P.section("Abonnement",
                  P.cb("Automatisch verlengen", True),
                  P.button("Abonnement wijzigen")),
        P.section("Slimmer plannen",
                  P.switch("Help ons slimmer plannen", True, ai="v", mode="content",
                           help="Met uw bezoekgegevens trainen we het model dat de drukte in de sauna's voorspelt."),
                  P.select("Uw gegevens uitsluiten van AI-training", ["Ja, uitsluiten", "Nee"], 0, shar=[False, True], ai="i",
                           help="Geldt voor reserveringen, behandelingen en uw beoordelingen."),),
        P.hide("display-none", lambda:
               P.cb("Bezoekgegevens delen met onderzoekspartners voor AI-modellen", True, ai="p")),
        P.section("Arrangementen en cursussen",
                  P.cb("Aanmelden voor de cursus opgieten voor beginners", False),
                  P.button("Arrangement boeken"),
                  P.button("Massage toevoegen")),
        P.section("Berichten",
                  P.cb("Nieuwsbrief met arrangementen", True),
                  P.cb("Sms als mijn reservering bevestigd is", True),
                  P.cb("Verjaardagsaanbieding", False)),
        P.section("Betalen",
                  P.text("Cadeaubonnummer", ""),
                  P.button("Cadeaubon verzilveren"),
                  P.button("Opslaan", cls="primary")),
    ]
    return P.build(*body)


def pages():
    return [rituals(), lindenhof(), kledingbieb(), knipt(), badhuis()]
