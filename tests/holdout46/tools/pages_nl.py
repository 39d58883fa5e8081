from lib import Page


def thuisbezorgd():
    p = Page("nl", "thuisbezorgd-privacy", "https://www.thuisbezorgd.nl/account/privacy",
             "Thuisbezorgd.nl", "Privacy-instellingen", known=True, kind="maaltijdbezorging",
             notes="Reconstructie van een bekende dienst. Expliciete schakelaar «Mijn bestelgeschiedenis gebruiken om "
                   "AI-modellen te trainen» (aan); infinitief «Mijn reviews uitsluiten van AI-training» (aangevinkt → "
                   "geen gebruik). Lokkers: aanbevelingen in het eigen account, menukaarten vertalen, "
                   "meldingenmatrix, fooi. Verborgen: aria-hidden-blok.",
             lead="Bepaal hoe Thuisbezorgd.nl je gegevens gebruikt.",
             nav=["Accountgegevens", "Adressen", "Bestellingen", "Betaalmethoden", "Spaarkaarten", "Privacy"],
             nav_current=5)
    with p.section("Contactgegevens"):
        p.textfield("Telefoonnummer", "06 12345678", typ="tel")
    with p.section("Personalisatie"):
        p.switch("Restaurantaanbevelingen op basis van mijn bestellingen", True,
                 help="Alleen zichtbaar in je eigen account.")
        p.switch("Persoonlijke aanbiedingen in de app", True)
        p.checkbox("Gepersonaliseerde advertenties op andere websites", False)
    with p.section("AI bij Thuisbezorgd.nl",
                   "We gebruiken AI om bezorgtijden te voorspellen en menukaarten te vertalen."):
        p.switch("Mijn bestelgeschiedenis gebruiken om AI-modellen te trainen", True, ai="p")
        p.checkbox("Mijn reviews uitsluiten van AI-training", True, ai="i")
        p.switch("Menukaarten automatisch vertalen", True)
    with p.hidden("aria"):
        p.checkbox("Restaurants mogen mijn bestellingen gebruiken voor hun eigen AI-training", False, ai="p")
    with p.section("Meldingen"):
        p.table(None, "Melding", ["Push", "E-mail", "Sms"], ["Bestelstatus", "Acties en kortingen"],
                [[True, False, True], [False, True, False]])
    with p.section("Spaarkaarten"):
        p.checkbox("Stempels automatisch verzilveren", True)
        p.select("Korting verzilveren bij", ["Eerstvolgende bestelling", "Bestelling vanaf € 20"], 0)
    with p.section("Fooi"):
        p.radios("Standaardfooi voor de bezorger", ["Geen fooi", "€ 1", "€ 2"], 0)
    with p.section("Je gegevens"):
        p.button("Mijn gegevens downloaden")
        p.button("Account verwijderen", cls="danger")
    return p


def booking():
    p = Page("nl", "booking-privacy", "https://account.booking.com/mysettings/privacy?lang=nl",
             "Booking.com", "Privacy", known=True, kind="accommodaties boeken",
             notes="Reconstructie van een bekende dienst. Tabel met één kolom onder de kop «AI-training»; de "
                   "vakjes heten alleen naar hun rij («Beoordelingen die je schrijft» aan, «Berichten aan "
                   "accommodaties» uit); vage schakelaar «Help de Reisplanner te verbeteren» met uitleg in de "
                   "helptekst (uit). Lokkers: aanbevelingen, AI-reisplanner tonen, medereizigers, analytische "
                   "cookies. Verborgen: CSS-klasse display:none.",
             lead="Beheer hoe we je gegevens gebruiken.",
             nav=["Persoonlijke gegevens", "Beveiliging", "Betaalmethoden", "Privacy", "E-mailvoorkeuren",
                  "Medereizigers"], nav_current=3)
    with p.section("Weergave"):
        p.select("Valuta", ["Euro (€)", "Britse pond (£)", "Amerikaanse dollar ($)"], 0)
        p.radios("Prijsweergave", ["Per nacht", "Totaalprijs voor het verblijf"], 1, mode="rg")
        p.checkbox("Genius-voordelen tonen in zoekresultaten", True)
    with p.section("Personalisatie"):
        p.switch("Gepersonaliseerde aanbevelingen op Booking.com", True,
                 help="Op basis van je zoekopdrachten en boekingen, alleen voor jou.")
        p.checkbox("Gepersonaliseerde advertenties op andere platforms", False)
    with p.section("AI-reisplanner", "Vraag de AI-reisplanner om ideeën voor bestemmingen en accommodaties."):
        p.switch("AI-reisplanner tonen in de app", True)
        p.switch("Help de Reisplanner te verbeteren", False, ai="v",
                 help="Als dit aan staat, worden je gesprekken met de AI-reisplanner gebruikt om de onderliggende "
                      "modellen te trainen.")
    with p.section("AI-training",
                   "Booking.com ontwikkelt eigen modellen, bijvoorbeeld om beoordelingen samen te vatten. Kies welke "
                   "inhoud daarvoor gebruikt mag worden."):
        p.table(None, "Inhoud", ["Mag gebruikt worden"], ["Beoordelingen die je schrijft",
                                                          "Berichten aan accommodaties"],
                [[True], [False]], ai={(0, 0): "h", (1, 0): "h"})
    with p.hidden("class"):
        p.switch("Mijn foto's delen met partners om AI-modellen te trainen", False, ai="p")
    with p.section("Reisvoorkeuren"):
        p.checkbox("Alleen accommodaties met gratis annulering tonen", False)
        p.select("Soort reis", ["Vrije tijd", "Zakelijk"], 0)
    with p.section("Medereizigers"):
        p.table(None, "Medereiziger", ["Opslaan voor snellere boekingen"], ["Noor (11)", "Daan (14)"],
                [[True], [False]])
    with p.section("Cookies en analyse"):
        p.checkbox("Analytische cookies", True,
                   help="Voor statistieken over het gebruik van de website; niet gebruikt voor AI-training.")
        p.checkbox("Marketingcookies", False)
    with p.section("Je gegevens"):
        p.button("Gegevens opvragen")
        p.button("Account verwijderen", cls="danger")
    return p


def trekvogel():
    p = Page("nl", "trekvogel-instellingen", "https://www.trekvogel.test/mijn-account/instellingen",
             "Trekvogel", "Instellingen", kind="campings boeken",
             notes="Verzonnen campingboekingssite. Statusregel met bezwaar «Niet ingediend» en knop «Bezwaar maken» "
                   "met visueel verborgen toevoeging (→ gebruik); expliciete radiogroep (Nee). Lokkers: reviews "
                   "vertalen, tussenstops voorstellen, nieuwsbrief, statistieken zonder training. Verborgen: inline "
                   "visibility:hidden.",
             lead="Campings in heel Europa, zonder gedoe geboekt.",
             nav=["Mijn boekingen", "Favoriete campings", "Reviews", "Instellingen", "Betalingen"], nav_current=3)
    with p.section("Kampeermiddel"):
        p.select("Waarmee kampeer je meestal?", ["Tent", "Caravan", "Camper", "Glamping"], 1)
        p.textfield("Lengte caravan (m)", "6,5")
        p.checkbox("Plaats met stroomaansluiting", True)
        p.checkbox("Hond gaat mee", False)
    with p.section("Reviews"):
        p.state_row("Bezwaar tegen AI-training met je campingreviews", "Niet ingediend", "Bezwaar maken",
                    " tegen AI-training met mijn campingreviews", ai="i", sharing=True,
                    help="Je kunt bezwaar maken tegen het gebruik van je reviews om onze AI-modellen te trainen.")
        p.checkbox("Mijn voornaam tonen bij reviews", True)
        p.switch("Reviews van andere kampeerders automatisch vertalen", True)
    with p.section("Foto's"):
        p.radios("Mijn foto's gebruiken om onze AI-modellen te trainen", ["Ja", "Nee"], 1, mode="rg", ai="p",
                 sharing=False)
        p.checkbox("Foto's tonen op de campingpagina", True)
    with p.hidden("visibility"):
        p.switch("Partners toestaan AI te trainen met mijn boekingen", False, ai="p")
    with p.section("Routeplanner"):
        p.switch("Tussenstops voorstellen op weg naar de camping", True,
                 help="Voorstellen op basis van je route; we bewaren ze niet.")
        p.segmented("Afstanden tonen in", ["km", "mijl"], 0)
    with p.section("Nieuwsbrief"):
        p.radios("Nieuwsbrief", ["Wekelijks", "Maandelijks", "Nooit"], 1)
        p.checkbox("Aanbiedingen van partnercampings", False)
    with p.section("Statistieken en account"):
        p.checkbox("Gebruiksstatistieken delen", True, help="Geanonimiseerd en niet gebruikt voor AI-training.")
        p.button("Mijn gegevens downloaden")
        p.button("Account opheffen", cls="danger")
    return p


def keukenbrief():
    p = Page("nl", "keukenbrief-privacy", "https://keukenbrief.test/instellingen/privacy",
             "Keukenbrief", "Privacy", kind="weekmenu en recepten",
             notes="Verzonnen weekmenudienst. Vage keuzelijst «Deelname aan het Proefpanel» (Aan → gebruik) met uitleg "
                   "in de helptekst; expliciet vakje voor recepten (uit); deelwoord «Weekmenu's uitgesloten van "
                   "AI-training» als schakelaar in een gesloten details (uit → gebruik). Lokkers: kookassistent bij "
                   "recepten, boodschappenlijst doorsturen, kooktijd, leden. Verborgen: gesloten dialoog.",
             lead="Elke vrijdag een weekmenu in je mailbox.",
             nav=["Profiel", "Weekmenu", "Boodschappen", "Privacy", "Abonnement"], nav_current=3)
    with p.section("Weekmenu"):
        p.select("Aantal personen", ["1", "2", "3", "4", "5 of meer"], 1)
        p.checkbox("Vegetarisch", True, wrap=True)
        p.checkbox("Geen vis", False, wrap=True)
        p.segmented("Kooktijd doordeweeks", ["Max. 20 min", "Max. 40 min", "Maakt niet uit"], 1)
    with p.section("Proefpanel"):
        p.select("Deelname aan het Proefpanel", ["Aan", "Uit"], 0, ai="v", sharing=True,
                 help="Panelleden beoordelen recepten; die beoordelingen en je kookgeschiedenis gebruiken we om onze "
                      "receptmodellen te trainen.")
    with p.section("Recepten en AI"):
        p.checkbox("Mijn recepten gebruiken om de AI-kookassistent te trainen", False, ai="p")
        p.switch("Kookassistent tonen bij recepten", True,
                 help="De assistent beantwoordt vragen over het recept dat je open hebt.")
    with p.hidden("dialog", title="Partners", opener="Partnerinstellingen"):
        p.checkbox("Partners mogen met mijn beoordelingen AI trainen", False, ai="p")
        p.button("Opslaan")
        p.button("Sluiten")
    with p.section("Boodschappen"):
        p.switch("Boodschappenlijst doorsturen naar mijn supermarkt-app", True)
        p.select("Supermarkt", ["Albert Heijn", "Jumbo", "Plus", "Lidl"], 0)
    with p.section("E-mail"):
        p.checkbox("Weekmenu per e-mail", True)
        p.checkbox("Tips en acties", False)
        p.checkbox("Gebruiksstatistieken", True, help="Alleen om de site te verbeteren; geen AI-training.")
    with p.details("Meer privacyopties"):
        p.switch("Weekmenu's uitgesloten van AI-training", False, ai="i")
        p.checkbox("Mijn profiel verbergen voor andere leden", False)
    p.button("Abonnement opzeggen")
    return p


def bonnetje():
    p = Page("nl", "bonnetje-gegevens-en-ai", "https://app.bonnetje.test/zaak/instellingen/data",
             "Bonnetje", "Gegevens en AI", kind="kassasysteem voor horeca (team)",
             notes="Verzonnen kassasysteem voor horeca; teamgegevens. Gesegmenteerde groep «Kassagegevens van je "
                   "team» die alleen via de kop «AI-training met bedrijfsgegevens» over training gaat (Niet toestaan); "
                   "imperatief «Gebruik de gegevens van mijn personeel niet voor AI-training» (niet aangevinkt → "
                   "gebruik); expliciete keuzelijst met partners (Ja). Lokkers: voorraad bijbestellen, drukte "
                   "voorspellen, trainingsmodus voor nieuw personeel, rechtenmatrix, diagnostiek. Verborgen: "
                   "inactief tabblad.",
             lead="Instellingen voor Brasserie De Kade. Wijzigingen gelden voor het hele team.",
             nav=["Kassa", "Menukaart", "Personeel", "Rapporten", "Gegevens en AI"], nav_current=4)
    p.tablist("Onderdelen", ["Instellingen", "Bètafuncties"], 0)
    with p.tabpanel(0):
        with p.section("Kassa"):
            p.textfield("KvK-nummer", "81234567")
            p.select("Standaard btw-tarief", ["9%", "21%"], 0)
            p.checkbox("Fooi vragen bij pinbetaling", True)
            p.checkbox("Bon automatisch printen", False)
        with p.section("Menukaart"):
            p.checkbox("Allergenen op de bon vermelden", True)
            p.select("Taal van de bon", ["Nederlands", "Engels", "Duits"], 0)
        with p.section("Slimme functies"):
            p.switch("Voorraad bijbestellen op basis van verkoop", True,
                     help="Berekend op je eigen verkoopcijfers.")
            p.switch("Drukte voorspellen in het rooster", True)
        with p.section("AI-training met bedrijfsgegevens",
                       "Bonnetje traint eigen modellen voor voorspellingen. Kies per onderdeel of je zaak meedoet."):
            p.segmented("Kassagegevens van je team", ["Toestaan", "Niet toestaan"], 1, ai="h", sharing=False)
            p.checkbox("Gebruik de gegevens van mijn personeel niet voor AI-training", False, ai="i")
        with p.section("Partners"):
            p.select("Omzetgegevens delen met partners voor AI-training", ["Ja", "Nee"], 0, ai="p", sharing=True)
        with p.section("Personeel"):
            p.table("Rechten", "Rol", ["Mag korting geven", "Ziet omzet"], ["Bediening", "Keuken"],
                    [[True, False], [False, False]])
        with p.section("Training"):
            p.switch("Trainingsmodus voor nieuw personeel", True,
                     help="Oefenbestellingen tellen niet mee in de omzet.")
        with p.section("Diagnostiek"):
            p.checkbox("Diagnostische gegevens delen", True,
                       help="Foutmeldingen van kassa en printers; niet gebruikt om modellen te trainen.")
            p.button("Exporteren naar boekhouding")
    with p.tabpanel(1):
        with p.section("Bètafuncties"):
            p.switch("Gastreviews gebruiken om AI-modellen te trainen", False, ai="p")
    return p


PAGES = [thuisbezorgd, booking, trekvogel, keukenbrief, bonnetje]
