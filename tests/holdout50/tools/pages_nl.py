"""Nederlandse pagina's (blind50: energie, water, woonverzekeringen en klussen in huis)."""
from lib import Page, C


def skel(p, search_ph, account, menu, nav_label, nav, current):
    p.header("Zoeken", search_ph, "Taal",
             [("nl", "Nederlands"), ("en", "English")], "nl", account, menu)
    p.nav(nav_label, nav, current)


def eneco():
    p = Page("nl", "eneco-privacy-instellingen",
             "https://www.eneco.nl/mijn-eneco/instellingen/privacy/",
             "Privacy-instellingen | Mijn Eneco", "Eneco", "energieleverancier", known=True,
             notes="Expliciete schakelaar (uit); gebiedende wijs «Gebruik … niet voor AI-training» aangevinkt; "
                   "statusregel «Geen bezwaar gemaakt» met de actie «Bezwaar maken» (naam aangevuld met "
                   "tekst voor schermlezers). Kwartierwaarden ophalen, vergelijking, euro-weergave en "
                   "klanttevredenheidsonderzoek zijn lokkertjes.")
    skel(p, "Waar ben je naar op zoek?", "Mijn Eneco",
         ["Mijn gegevens", "Verhuizen", "Uitloggen"],
         "Mijn Eneco", ["Overzicht", "Termijnbedrag", "Jaarnota", "Meterstanden", "Instellingen"], "Instellingen")
    p.h1("Privacy-instellingen", "Bepaal hoe we contact met je opnemen en wat we met je gegevens doen.")
    with p.section("Jaarnota en betalen"):
        p.radios("Hoe wil je je jaarnota ontvangen?", [("email", "Per e-mail"), ("post", "Per post")], "email")
        p.select("Termijnbedrag afschrijven op", [("1", "de 1e van de maand"), ("15", "de 15e van de maand"),
                                                  ("28", "de 28e van de maand")], "1")
        p.checkbox("Herinnering sturen om meterstanden door te geven", True)
    with p.section("Slimme meter"):
        p.switch("Verbruik per kwartier ophalen", True,
                 help="Dan zie je in de app precies wanneer je stroom gebruikt.")
        p.switch("Vergelijk mijn verbruik met vergelijkbare huishoudens", False)
        p.switch("Toon mijn verbruik in euro's", True)
    with p.section("AI en je gegevens",
                   "Eneco gebruikt AI-modellen om vraag en aanbod op het energienet te voorspellen."):
        p.switch("Mijn kwartierwaarden gebruiken om de AI-modellen van Eneco te trainen", False, t="p")
        p.checkbox("Gebruik mijn gesprekken met de klantenservice niet voor AI-training", True, t="i")
        p.state_row("Bezwaar tegen modeltraining door partners", "Geen bezwaar gemaakt", "Bezwaar maken",
                    "tegen modeltraining door partners", t="i", sharing=True)
        with p.hide("aria-hidden"):
            p.switch("Laadpaalgegevens delen met partners voor AI-training", True, ai=True)
    with p.section("Service"):
        p.switch("Pushmeldingen in de app", True)
        p.switch("Melding bij ongewoon hoog verbruik", True)
        p.switch("Toon de CO₂-uitstoot van mijn verbruik", False)
        p.checkbox("Brieven in grote letters", False)
        p.select("Voorkeurskanaal voor contact", [("mail", "E-mail"), ("tel", "Telefoon"), ("app", "App")], "mail")
        p.text_input("Mobiel nummer", "06 98765432", type="tel")
        p.button("Gemachtigde toevoegen")
    with p.section("Nieuwsbrief en aanbiedingen"):
        p.table("Wat we je sturen", "Onderwerp", ["E-mail", "Telefoon"], [
            ("Aanbiedingen van Eneco", [C(False), C(False)]),
            ("Tips om energie te besparen", [C(True), C(False)]),
        ])
        p.checkbox("Meedoen aan klanttevredenheidsonderzoek", False)
    with p.actions():
        p.button("Download mijn gegevens")
        p.button("Opslaan", cls="btn")
    p.footer(["Privacy", "Cookies", "Voorwaarden", "Contact"], "Eneco Consumenten B.V.")
    return p


def werkspot():
    p = Page("nl", "werkspot-privacy",
             "https://www.werkspot.nl/account/instellingen/privacy",
             "Privacy – Werkspot", "Werkspot", "platform voor vakspecialisten", known=True,
             notes="Expliciete schakelaar (aan); «Help de prijsindicatie te verbeteren» met gekoppelde uitleg "
                   "over training (uit); expliciete checkbox in een dichte <details> (uit). Assistent voor de "
                   "omschrijving, vertalen en het tonen van de prijsindicatie zijn lokkertjes.")
    skel(p, "Zoek een vakspecialist", "Account",
         ["Opdrachtenoverzicht", "Favorieten", "Uitloggen"],
         "Instellingen", ["Profiel", "Meldingen", "Privacy", "Betalingen"], "Privacy")
    p.h1("Privacy")
    with p.section("Profiel"):
        p.select("Wie ziet mijn volledige adres?", [("gekozen", "Alleen vakspecialisten die ik kies"),
                                                    ("alle", "Alle vakspecialisten die reageren")], "gekozen")
        p.switch("Mijn telefoonnummer tonen aan vakspecialisten", True)
    with p.section("Opdrachten"):
        p.radios("Hoeveel reacties wil je ontvangen?", [("3", "Maximaal 3"), ("5", "Maximaal 5")], "5")
        p.switch("Opdrachtomschrijving laten opstellen door de assistent", True,
                 help="De assistent maakt een voorstel dat je zelf aanpast voordat je het plaatst.")
    with p.section("Berichten"):
        p.switch("Berichten automatisch vertalen", False)
        p.checkbox("Mail me bij een nieuw bericht", True)
        p.checkbox("Stuur een pushmelding bij een nieuw bericht", True)
    with p.section("Werkspot en AI",
                   "We trainen eigen modellen om opdrachten sneller bij de juiste vakspecialist te krijgen."):
        p.switch("Mijn opdrachten gebruiken om de modellen van Werkspot te trainen", True, t="p")
        p.switch("Help de prijsindicatie te verbeteren", False,
                 help="Dan gebruiken we de eindprijs van je afgeronde klussen als trainingsvoorbeeld voor de "
                      "prijsindicatie.", t="v")
        with p.details("Meer opties"):
            p.checkbox("Foto's van mijn klussen mogen worden gebruikt voor AI-training", False, t="p")
            p.checkbox("Toon een prijsindicatie bij mijn opdrachten", True)
        with p.hide("class-none"):
            p.switch("Mijn berichten delen met AI-partners", True, ai=True)
    with p.section("Beoordelingen"):
        p.switch("Beoordelingen plaatsen met mijn voornaam", True)
        p.select("Herinnering voor een beoordeling", [("1", "Na 1 dag"), ("7", "Na een week"), ("nooit", "Nooit")], "1")
    with p.actions():
        p.button("Mijn gegevens downloaden")
        p.button("Account verwijderen")
    p.footer(["Hoe werkt het", "Klantenservice", "Privacy", "Voorwaarden"], "Werkspot B.V.")
    return p


def duinstreek():
    p = Page("nl", "duinstreek-water-privacy",
             "https://mijn.duinstreek-water.test/instellingen/privacy",
             "Privacy – Mijn Duinstreek Water", "Waterbedrijf Duinstreek", "drinkwaterbedrijf",
             notes="Segmentgroep «Uurstanden van mijn watermeter» die alleen via de kop betekenis krijgt; "
                   "radiogroep «Mijn klantcontact uitsluiten van modeltraining» met «Nee» gekozen; «Meedoen "
                   "met Slim Water» met uitleg ernaast (niet gekoppeld). Lekmelding, bespaartips en inzage "
                   "door de verhuurder zijn lokkertjes.")
    skel(p, "Zoeken", "Mijn account",
         ["Mijn gegevens", "Verhuizen", "Uitloggen"],
         "Mijn Duinstreek", ["Overzicht", "Nota's", "Meterstand", "Instellingen"], "Instellingen")
    p.h1("Privacy en meldingen")
    with p.section("Betalen"):
        p.select("Betaalwijze", [("incasso", "Automatische incasso"), ("zelf", "Zelf overmaken")], "incasso")
        p.checkbox("Digitale nota", True)
    with p.section("Meterstand"):
        p.radios("Meterstand doorgeven", [("mail", "Herinnering per e-mail"), ("sms", "Herinnering per sms"),
                                          ("geen", "Geen herinnering")], "mail")
        p.switch("Lekmelding bij continu verbruik", True)
    with p.section("Training van lekdetectiemodellen met Hogeschool Duinstreek",
                   "Onderzoekers trainen modellen die lekkages in het leidingnet eerder herkennen. "
                   "Kies wat jouw aansluiting bijdraagt."):
        p.segmented("Uurstanden van mijn watermeter", ["Bijdragen", "Niet bijdragen"], "Niet bijdragen",
                    t="h", share={"Bijdragen"})
    with p.section("Klantcontact"):
        p.radios("Mijn klantcontact uitsluiten van modeltraining", [("ja", "Ja, uitsluiten"), ("nee", "Nee")],
                 "nee", kind="radiogroup", t="i", share={"nee"})
        p.switch("Meedoen met Slim Water", True,
                 help="Deelnemers leveren hun verbruiksgegevens als trainingsmateriaal voor ons "
                      "voorspellingsmodel voor het waterverbruik.", hm="near", t="v")
        p.checkbox("Waterbespaartips per e-mail", True)
        with p.hide("inline-vis"):
            p.checkbox("Verbruiksdata leveren aan AI-onderzoekspartners", False, ai=True)
    with p.section("Meldingen"):
        p.table("Meldingen per kanaal", "Melding", ["E-mail", "Sms"], [
            ("Onderbreking van de levering", [C(True), C(True)]),
            ("Nota klaar", [C(True), C(False)]),
        ])
    with p.section("Machtigingen"):
        p.switch("Mijn verhuurder mag mijn verbruik inzien", False)
    with p.actions():
        p.button("Verbruiksoverzicht downloaden")
        p.button("Opslaan", cls="btn")
    p.footer(["Storingen", "Privacy", "Contact"], "Waterbedrijf Duinstreek N.V.")
    return p


def thuisbasis():
    p = Page("nl", "thuisbasis-privacy",
             "https://www.thuisbasis-verzekeringen.test/mijn-thuisbasis/privacy",
             "Privacy – Mijn Thuisbasis", "Thuisbasis Verzekeringen", "woonverzekeraar",
             notes="Expliciete schakelaar (aan); gegeven toestemming met de actie «Toestemming intrekken» "
                   "(naam aangevuld met tekst voor schermlezers). Schade melden met de digitale assistent, "
                   "terugbellen, marketingtoestemmingen en inzage door de partner zijn lokkertjes.")
    skel(p, "Zoeken", "Mijn Thuisbasis",
         ["Mijn polissen", "Berichten", "Uitloggen"],
         "Mijn Thuisbasis", ["Overzicht", "Polissen", "Schade", "Betalingen", "Privacy"], "Privacy")
    p.h1("Privacy")
    tabs = p.tabs("Verzekeringen", ["Woonhuis en inboedel", "Reis"], 0)
    with p.tabpanel(tabs, 0):
        with p.section("Polissen"):
            p.radios("Documenten ontvangen", [("mijn", "In Mijn Thuisbasis"), ("post", "Per post")], "mijn",
                     kind="radiogroup")
            p.checkbox("Automatisch verlengen", True)
            p.select("Betaaltermijn", [("maand", "Per maand"), ("jaar", "Per jaar")], "maand")
    with p.tabpanel(tabs, 1):
        with p.section("Reisverzekering"):
            p.switch("Reisschadegegevens delen met AI-partners voor training", True, ai=True)
    with p.section("Schade"):
        p.switch("Schade melden met de digitale assistent", True)
        p.switch("Terugbellen door een schadebehandelaar", False)
        p.text_input("Telefoonnummer", "06 12345678", type="tel")
    with p.section("Gebruik van je gegevens"):
        p.switch("Mijn schadedossiers gebruiken om de AI van Thuisbasis te trainen", True, t="p")
        p.state_row("AI-training met mijn woninggegevens", "Toestemming gegeven op 3 maart 2025",
                    "Toestemming intrekken", "voor AI-training met mijn woninggegevens", t="i", sharing=True)
    with p.section("Marketing"):
        p.table("Toestemming voor marketing", "Kanaal", ["Toestemming"], [
            ("Aanbiedingen per e-mail", [C(False)]),
            ("Aanbiedingen per telefoon", [C(False)]),
        ], naming="row")
    with p.section("Medeverzekerden"):
        p.switch("Mijn partner mag de polis inzien", True)
    with p.actions():
        p.button("Kopie van mijn gegevens aanvragen")
        p.button("Opslaan", cls="btn")
    p.footer(["Klachten", "Privacy", "Cookies"], "Thuisbasis Verzekeringen N.V.")
    return p


def stroomwijzer():
    p = Page("nl", "stroomwijzer-gegevens",
             "https://app.stroomwijzer.test/instellingen/gegevens",
             "Gegevens – Stroomwijzer", "Stroomwijzer", "app voor energie-inzicht",
             notes="Tabel met één kolom («Gebruiken») waarvan de rijen alleen gegevens noemen; de kop en "
                   "inleiding zeggen training. Expliciete checkbox voor partners (uit). Koppelingen "
                   "(statusregels), apparaatherkenning in de app en de online training «Energie besparen» "
                   "zijn lokkertjes.")
    skel(p, "Zoek in instellingen", "Profiel",
         ["Mijn adres", "Abonnement", "Hulp", "Uitloggen"],
         "Instellingen", ["Koppelingen", "Inzichten", "Gegevens", "Meldingen", "Account"], "Gegevens")
    p.h1("Gegevens en koppelingen")
    with p.section("Koppelingen"):
        p.state_row("Slimme meter", "Gekoppeld", "Ontkoppelen", "slimme meter")
        p.state_row("Omvormer zonnepanelen", "Niet gekoppeld", "Koppelen", "omvormer zonnepanelen")
    with p.section("Inzichten"):
        p.switch("Apparaatherkenning", True,
                 help="Herkent grote verbruikers zoals je wasmachine aan je verbruikspatroon. Dit gebeurt in "
                      "de app op je telefoon.")
        p.switch("Wekelijks overzicht", True)
        p.select("Doel voor dit jaar", [("10", "10% minder"), ("20", "20% minder"), ("geen", "Geen doel")], "10")
    with p.section("Training van onze voorspellingsmodellen",
                   "Stroomwijzer traint modellen die je verbruik en de dynamische prijzen voorspellen. "
                   "Bepaal welke gegevens daarvoor gebruikt worden."):
        p.table("Jouw gegevens", "Gegeven", ["Gebruiken"], [
            ("Kwartierwaarden stroom", [C(True, "h")]),
            ("Gasverbruik per uur", [C(False, "h")]),
        ], naming="row")
        p.checkbox("Stroomwijzer mag mijn gegevens gebruiken om AI-modellen van partners te trainen", False, t="p")
        with p.hide("hidden-attr"):
            p.switch("Verbruiksprofiel beschikbaar stellen aan AI-bedrijven voor training", True, ai=True)
    with p.section("Meldingen"):
        p.checkbox("Melding bij een negatieve stroomprijs", True)
        p.checkbox("Melding bij ongewoon hoog verbruik", True)
        p.checkbox("Melding als een koppeling niet meer werkt", True)
        p.checkbox("Uitnodiging voor de online training Energie besparen", False)
    with p.section("Account"):
        p.switch("Donkere modus", False)
        p.button("Wachtwoord wijzigen")
    with p.actions():
        p.button("Exporteer mijn gegevens")
        p.button("Opslaan", cls="btn")
    p.footer(["Hulp", "Privacy", "Voorwaarden"], "Stroomwijzer B.V.")
    return p


PAGES = [eneco, werkspot, duinstreek, thuisbasis, stroomwijzer]
