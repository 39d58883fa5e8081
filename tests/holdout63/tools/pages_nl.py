from lib import Page

CH = dict(search="Zoeken", langlabel="Taal", account="Mijn account", menu=["Profiel", "Documenten", "Uitloggen"],
          navlabel="Instellingen", footlabel="Juridisch",
          footer=["Klantenservice", "Privacy", "Voorwaarden", "Cookies"])


def degiro():
    p = Page("nl", "degiro-privacy", "DEGIRO", "https://trader.degiro.nl/trader/instellingen/privacy",
             "Bekende broker, u-vorm. Expliciet selectievakje (uit), statusregel 'Bezwaar intrekken …' met visueel "
             "verborgen toevoeging (bezwaar ingediend = geen training), keuzelijst 'Mijn gegevens delen' die alleen "
             "via kop en inleiding over training gaat (alleen geanonimiseerd = wel). Afleiders: AI-samenvattingen "
             "van kwartaalcijfers, koersalarmen, belasting. Verborgen: CSS-klasse met display:none.",
             dict(CH, search="Zoek product of ISIN", account="Account"), "Privacy",
             ["Portefeuille", "Orders", "Rekening", "Privacy", "Beveiliging", "Belastingen"], known=True, current=3,
             title="Privacy | DEGIRO", hide_class="d-none")
    m = []
    m.append(p.sec("Informatie over beleggingen", None,
                   p.sw("AI-samenvattingen van kwartaalcijfers", on=True,
                        help="Gemaakt op basis van openbare jaarverslagen en persberichten."),
                   p.cb("Koersalarmen voor mijn favorietenlijst", checked=True),
                   p.sel("Standaard ordertype", ["Limietorder", "Marktorder", "Stoplossorder"], 0)))
    m.append(p.sec("Uw gegevens en AI", None,
                   p.cb("DEGIRO mag mijn transactiegegevens gebruiken om AI-modellen te trainen", checked=False, ai="p"),
                   p.state("Bezwaar tegen modeltraining", "Ingediend op 2 april 2025", "Bezwaar intrekken", False,
                           suffix=" tegen het trainen van modellen met mijn gegevens", ai="i")))
    m.append(p.sec("Externe AI-partijen",
                   "Sommige aanbieders van financiële taalmodellen willen hun modellen trainen met geanonimiseerde klantgegevens van DEGIRO.",
                   p.sel("Mijn gegevens delen", ["Nee", "Alleen geanonimiseerd", "Ja"], 1, shares=[False, True, True],
                         ai="h")))
    m.append(p.div(p.hide("css-class", lambda: p.cb("Klantcontact opnemen in de trainingsset van de chatbot",
                                                    checked=True, ai="p"))))
    m.append(p.sec("Communicatie", None,
                   p.cb("Nieuwsbrief met marktupdates", checked=False),
                   p.cb("Aanbiedingen van partners", checked=False),
                   p.radios("Rekeningoverzicht ontvangen", ["Maandelijks", "Per kwartaal"], 1)))
    m.append(p.sec("Beveiliging en gegevens", None,
                   p.btn("Tweestapsverificatie instellen"), p.btn("Ingelogde apparaten"),
                   p.btn("Jaaroverzicht downloaden"), p.btn("Mijn gegevens opvragen"),
                   p.sw("Orders bevestigen met pincode", on=True)))
    m.append(p.sec("Beleggersprofiel", None,
                   p.sel("Profieltype", ["Basic", "Active", "Trader"], 1), p.btn("Kennis en ervaring bijwerken")))
    return p, p.render("".join(m))


def deelbaar():
    p = Page("nl", "deelbaar-privacy", "Deelbaar", "https://deelbaar.test/instellingen/privacy",
             "Bedachte betaalverzoek-app, je-vorm. Schakelaar met tekstinhoud, expliciet (aan), selectievakje 'Gebruik "
             "mijn omschrijvingen nooit voor AI-training' (aangevinkt = geen training), vage schakelaar 'Help "
             "Deelbaar slimmer te worden' waarvan alleen de hulptekst (aria-describedby) over training gaat (uit). "
             "Afleiders: slim verdelen, zichtbaarheid, limieten. Verborgen: aria-hidden.",
             dict(CH, search="Zoek een contact", account="Ik"), "Privacy",
             ["Profiel", "Privacy", "Rekeningen", "Limieten", "Meldingen", "Help"], current=1)
    m = []
    m.append(p.sec("Zichtbaarheid", None,
                   p.radios("Wie ziet mijn betaalverzoeken?", ["Iedereen met de link", "Alleen ontvangers"], 1),
                   p.cb("Vindbaar via mijn telefoonnummer", checked=True),
                   p.cb("Toon mijn profielfoto bij betaalverzoeken", checked=True)))
    m.append(p.sec("Slimme functies", None,
                   p.sw("Slim verdelen", on=True,
                        help="Maak een foto van de bon en Deelbaar rekent uit wie wat moet betalen. De foto blijft op je telefoon."),
                   p.sw("Mijn betaalverzoeken gebruiken om de AI te trainen", on=True, ai="p", nmode="text"),
                   p.cb("Gebruik mijn omschrijvingen nooit voor AI-training", checked=True, ai="i"),
                   p.sw("Help Deelbaar slimmer te worden", on=False, ai="v",
                        help="We gebruiken dan je betaalgedrag om ons fraudemodel te trainen.")))
    m.append(p.div(p.hide("aria-hidden", lambda: p.sw("Betaalgegevens delen met AI-partners voor training", on=True,
                                                      ai="p"))))
    m.append(p.sec("Limieten en rekeningen", None,
                   p.sel("Maximum per verzoek", ["€ 250", "€ 500", "€ 750"], 1),
                   p.btn("Bankrekening koppelen"), p.btn("Rekening ontkoppelen")))
    m.append(p.sec("Meldingen", None,
                   p.cb("Als iemand betaalt", checked=True), p.cb("Herinnering na drie dagen", checked=True),
                   p.seg("Meldingen via", ["Push", "E-mail"], 0)))
    m.append(p.sec("Je gegevens", None, p.btn("Gegevens downloaden"), p.btn("Account verwijderen")))
    return p, p.render("".join(m))


def kluis():
    p = Page("nl", "kluis-gegevens", "Kluis", "https://app.kluis-crypto.test/account/gegevens",
             "Bedachte cryptobeurs/wallet, je-vorm. Native selectievakje met role=switch 'Mijn wallets afschermen "
             "voor modeltraining' (aan = geen training), aria-pressed-groep 'Trainen van AI met mijn "
             "handelsgeschiedenis' (Uit), tabel waarvan alleen het bijschrift over het trainen van risicomodellen "
             "gaat, kolom 'Meenemen' (twee rijen, gemengd). Afleiders: Kluis Academy-training, staking, "
             "koersmeldingen. Verborgen: visibility:hidden.",
             dict(CH, search="Zoek munten", account="Account"), "Gegevens en privacy",
             ["Overzicht", "Wallets", "Gegevens en privacy", "Beveiliging", "Staking", "Belasting"], current=2)
    m = []
    m.append(p.sec("AI en je handelsdata", None,
                   p.seg("Trainen van AI met mijn handelsgeschiedenis", ["Aan", "Uit"], 1, shares=[True, False], ai="p"),
                   p.cb("Mijn wallets afschermen voor modeltraining", checked=True, role="switch", ai="i")))
    m.append(p.sec("Risicobeheer", None,
                   p.table("Wat we gebruiken om onze risicomodellen te trainen", ["Gegevens", "Meenemen"],
                           [("Stortingen en opnames", [True]), ("Identiteitsdocumenten", [False])],
                           colai={1: ("h", False)})))
    m.append(p.hide("visibility-hidden", lambda: p.cb("Mijn gegevens beschikbaar stellen voor AI-onderzoek",
                                                      checked=True, ai="p")))
    m.append(p.sec("Meldingen", None,
                   p.cb("Koersmeldingen", checked=True), p.cb("Nieuwe listings", checked=False),
                   p.sel("Dagelijks overzicht om", ["08:00", "12:00", "18:00"], 0)))
    m.append(p.sec("Staking", None,
                   p.sw("Beloningen automatisch herbeleggen", on=True),
                   p.cb("Meld me aan voor de Kluis Academy-training ‘Staking voor beginners’", checked=False)))
    m.append(p.sec("Beveiliging", None,
                   p.btn("Whitelist voor opnames beheren"), p.btn("Authenticator-app koppelen"),
                   p.inp("Anti-phishingcode", "KLUIS-448"), p.btn("API-sleutels"), p.btn("Transacties exporteren")))
    m.append(p.sec("Weergave", None, p.seg("Valuta", ["EUR", "USD"], 0), p.sw("Saldo verbergen", on=False)))
    return p, p.render("".join(m))


def potjes():
    p = Page("nl", "potjes-ai", "Potjes", "https://potjes.test/app/instellingen/ai",
             "Bedachte budgetapp, je-vorm. role=radiogroup expliciet (Ja), selectievakje 'Meedoen aan het "
             "verbeterprogramma' met hulptekst ernaast over modeltraining (aangevinkt), selectievakje in gesloten "
             "<details> 'Gegevens van mijn huishouden uitsluiten …' (niet aangevinkt = wel training). Afleiders: "
             "slimme potjes, budgetmeldingen, export. Verborgen: gesloten <dialog>.",
             dict(CH, search="Zoek transacties", account="Sanne"), "AI en gegevens",
             ["Overzicht", "Potjes", "Rekeningen", "Huishouden", "AI en gegevens", "Abonnement"], current=4)
    m = []
    m.append(p.sec("Slimme potjes", None,
                   p.sw("Voorstellen voor nieuwe potjes", on=True,
                        help="Op basis van je vaste lasten stellen we potjes voor. Dit gebeurt alleen voor jou."),
                   p.sel("Begin van de budgetmaand", ["De 1e", "De 25e (salarisdag)"], 1)))
    op, dlg = p.dialog("Geavanceerd", "Geavanceerde instellingen",
                       lambda: p.cb("Bonnetjes gebruiken om de tekstherkenning te trainen", checked=True, ai="p"),
                       close="Sluiten")
    m.append(p.sec("AI-model", None,
                   p.radios("Mijn transacties gebruiken voor het verbeteren van het AI-model", ["Ja", "Nee"], 0,
                            shares=[True, False], ai="p", mode="rg"),
                   p.cb("Meedoen aan het verbeterprogramma", checked=True, ai="v", hmode="near",
                        help="Dan gebruiken we je gecorrigeerde categorieën om ons categorisatiemodel te trainen."),
                   p.details("Huishouden",
                             p.cb("Gegevens van mijn huishouden uitsluiten van het trainen van onze AI", checked=False,
                                  ai="i"),
                             p.btn("Huisgenoot uitnodigen")),
                   op, dlg))
    m.append(p.sec("Meldingen", None,
                   p.cb("Melding als een potje bijna leeg is", checked=True),
                   p.cb("Maandoverzicht per e-mail", checked=False),
                   p.sw("Pushmeldingen", on=True)))
    m.append(p.sec("Exporteren en koppelen", None,
                   p.btn("Exporteren naar CSV"), p.btn("Bank koppelen"), p.btn("Gekoppelde apps"),
                   p.btn("Account opzeggen")))
    m.append(p.sec("Beveiliging", None, p.sw("Ontgrendelen met Face ID", on=True), p.btn("Pincode wijzigen")))
    return p, p.render("".join(m))


def pensioenwijzer():
    p = Page("nl", "pensioenwijzer-privacy", "Pensioenwijzer", "https://mijn.pensioenwijzer.test/instellingen/privacy",
             "Bedachte pensioen-/beleggingsapp, u-vorm. Schakelaar met aria-label 'Niet meedoen aan AI-training …' "
             "(uit = wel training), statusregel 'Intrekken Toestemming voor AI-training' via aria-labelledby "
             "(toestemming gegeven = training). Afleiders: pensioenplanner, webinar, waardeoverdracht. Verborgen: "
             "inactief tabblad 'Onderzoek'.",
             dict(CH, search="Zoeken", account="Mijn pensioen"), "Privacy",
             ["Overzicht", "Inleg", "Beleggingen", "Partner", "Privacy", "Documenten"], current=4)
    m = []

    def algemeen():
        return (p.sec("AI en uw pensioengegevens", None,
                      p.sw("Niet meedoen aan AI-training met mijn pensioengegevens", on=False, ai="i", nmode="aria"),
                      p.state("Toestemming voor AI-training", "Gegeven op 14 januari 2025", "Intrekken", True,
                              nmode="lby2", ai="i"))
                + p.sec("Pensioenplanner", None,
                        p.sw("Slimme planner", on=True,
                             help="Rekent scenario's door met uw eigen inleg en leeftijd."),
                        p.sel("Gewenste pensioenleeftijd", ["65", "67", "68"], 1)))

    def onderzoek():
        return p.sec("Onderzoek", None,
                     p.cb("Mijn gegevens gebruiken voor het trainen van voorspelmodellen met universiteiten",
                          checked=True, ai="p"))

    m.append(p.tabs("Privacy-onderdelen", [("Algemeen", algemeen, True), ("Onderzoek", onderzoek, False)]))
    m.append(p.sec("Webinars", None,
                   p.cb("Uitnodigen voor de online training ‘Pensioen in 30 minuten’", checked=False)))
    m.append(p.sec("Gegevens en partner", None,
                   p.btn("Partnerpensioen bekijken"), p.btn("Waardeoverdracht aanvragen"),
                   p.btn("Uniform Pensioenoverzicht downloaden"), p.cb("Post alleen digitaal", checked=True),
                   p.btn("Inloggen met DigiD beheren")))
    m.append(p.sec("Inleg", None,
                   p.sel("Maandelijkse inleg", ["€ 100", "€ 250", "€ 500"], 1),
                   p.sw("Inleg jaarlijks laten meestijgen met inflatie", on=True),
                   p.radios("Risicoprofiel", ["Defensief", "Neutraal", "Offensief"], 1),
                   p.btn("Begunstigden wijzigen")))
    return p, p.render("".join(m))


PAGES = [degiro, deelbaar, kluis, potjes, pensioenwijzer]
