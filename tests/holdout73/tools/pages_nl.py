from lib import Page


def ah():
    p = Page("nl", "ah-bonuskaart-privacy",
             "https://www.ah.nl/account/instellingen/privacy",
             "Privacy-instellingen | Albert Heijn", "Albert Heijn", "Privacy-instellingen",
             ["Mijn gegevens", "Bonuskaart", "Bestellingen", "Privacy", "Premium", "Klantenservice"],
             "Zoeken", "Taal", "Mijn AH", ["Bestellingen", "Bonusbox", "Uitloggen"],
             ["© Albert Heijn B.V.", "Privacybeleid", "Cookies", "Voorwaarden", "Toegankelijkheid"],
             "Bekende dienst (reconstructie). Statusregel met verborgen achtervoegsel (plain, aan), tabelkolom "
             "'Modeltraining' (heading-only), checkbox vaag met hulptekst. Afleiders: receptsuggesties met AI, "
             "persoonlijke bonus, Bonusbox. Verborgen: CSS-klasse met display:none.",
             lead="Bepaal zelf wat we met je Bonuskaart-gegevens doen.",
             known=True, hidecls="ah-hidden", sr="sr-only", nav_current=3, theme="supermarkt")
    s = p.sec("Persoonlijke bonus")
    s.sw("Persoonlijke bonus in de app", True)
    s.cb("Bonusbox-aanbiedingen per e-mail", True)
    s.sel("Bonusbox kiezen", ["Automatisch", "Zelf kiezen"], 1)
    s.sw("Receptsuggesties met AI", True,
         help="We maken suggesties op basis van je boodschappenlijst. Wat je invult, gebruiken we niet om te trainen.")

    s = p.sec("AI bij Albert Heijn")
    s.state("AI-training met je aankopen", "Aan", "Uitzetten", sharing=True,
            suffix="AI-training met mijn aankopen", ai="p")
    s.cb("Help ons AH beter te maken", False, ai="v",
         help="Je kassabonnen worden dan gebruikt om onze machine-learningmodellen voor assortiment en voorraad te trainen.")

    s = p.sec("Zo gebruiken we je gegevens")
    s.table("", ["Persoonlijke bonus", "Modeltraining"], ["Winkelaankopen", "Online bestellingen"],
            [[True, False], [True, True]], ai_cols={1: ("h", False)})

    s = p.sec("Proef", hide="class")
    s.sw("Mijn bezorgmomenten gebruiken om het planningsmodel te trainen", True, ai="p")

    s = p.sec("Account")
    s.cb("Nieuwsbrief Allerhande", False)
    s.btn("Mijn gegevens downloaden")
    s.btn("Account verwijderen")

    s = p.sec("Inloggen en weergave")
    s.sw("Inloggen met Face ID", True)
    s.sel("Standaardwinkel", ["AH Utrecht Centrum", "AH Overvecht", "Bezorgen"], 0)
    s.cb("Mail als er iemand inlogt op een nieuw apparaat", True)
    return p


def loterij():
    p = Page("nl", "nederlandseloterij-voorkeuren",
             "https://www.nederlandseloterij.nl/mijn-account/voorkeuren",
             "Mijn voorkeuren | Nederlandse Loterij", "Nederlandse Loterij", "Mijn voorkeuren",
             ["Mijn account", "Mijn loten", "Prijzen", "Voorkeuren", "Verantwoord spelen", "Klantenservice"],
             "Zoek een spel", "Taal", "Mijn account", ["Saldo", "Persoonsgegevens", "Uitloggen"],
             ["© Nederlandse Loterij – Wat kost gokken jou? Stop op tijd. 18+", "Privacy", "Cookies", "Spelvoorwaarden"],
             "Bekende dienst (reconstructie). role=radiogroup omgekeerd ('uitsluiten', Aan), button-switch via "
             "aria-label (plain), aria-pressed-groep vaag met hulptekst. Afleiders: prijsmeldingen, "
             "speellimieten, Quick Pick. Verborgen: aria-hidden.",
             known=True, hidecls="nlo-hide", sr="visually-hidden", nav_current=3, theme="loterij")
    s = p.sec("Loten en prijzen")
    s.cb("Mail me als ik een prijs heb gewonnen", True)
    s.cb("Herinnering voor de Oudejaarstrekking", True)
    s.sel("Uitbetaling", ["Op mijn speelrekening", "Op mijn bankrekening"], 1)
    s.sw("Quick Pick-nummers", False,
         help="Willekeurige nummers bij elke keer dat je speelt; we bewaren of leren hier niets van.")

    s = p.sec("Gegevens en AI")
    s.rg("Mijn speelgedrag uitsluiten van AI-training", ["Aan", "Uit"], 0, yes=[1], ai="i")
    s.bsw("Mijn deelnames gebruiken om AI-modellen te trainen", False, by="aria", ai="p")
    s.seg("Onderzoeksdeelname", ["Ja", "Nee"], 0, yes=[0], ai="v",
          help="Als je meedoet, trainen we onze modellen voor verantwoord spelen met je speelgeschiedenis.")

    s = p.sec("Pilot", hide="aria")
    s.sw("Mijn krasloten gebruiken voor het trainen van het aanbevelingsmodel", True, ai="p")

    s = p.sec("Verantwoord spelen")
    s.sel("Stortingslimiet per maand", ["€ 50", "€ 150", "€ 300"], 1)
    s.btn("Pauze nemen")

    s = p.sec("Contact")
    s.cb("Nieuws en acties per e-mail", False)
    s.cb("Analytische cookies", True)
    s.btn("Download mijn gegevens")

    s = p.sec("Inloggen")
    s.sw("Inloggen met vingerafdruk", True)
    s.cb("Melding bij inloggen op een nieuw apparaat", True)
    s.sel("Startpagina", ["Postcode Loterij", "Staatsloterij", "Mijn loten"], 1)
    return p


def kienhuis():
    p = Page("nl", "kienhuis-instellingen",
             "https://www.kienhuis-bingo.test/account/instellingen",
             "Instellingen – Kienhuis Bingo", "Kienhuis Bingo", "Instellingen",
             ["Zalen", "Mijn kaarten", "Kassa", "Instellingen", "Verantwoord spelen", "Hulp"],
             "Zoek een zaal", "Taal", "Mijn profiel", ["Bonussen", "Transacties", "Afmelden"],
             ["Kienhuis Bingo (fictief). 18+", "Voorwaarden", "Privacy", "Contact"],
             "Fictieve bingo. Radio-fieldset plain (vraag), checkbox role=switch omgekeerd ('Bezwaar maken', aan), "
             "select onder kop 'Training van onze aanbevelings-AI' (heading-only). Afleiders: automatisch "
             "afstrepen, chatfilter. Verborgen: visibility:hidden.",
             hidecls="kh-hide", sr="sr-only", nav_current=3, theme="bingo")
    s = p.sec("Spelen")
    s.sw("Automatisch afstrepen", True)
    s.sel("Stem van de omroeper", ["Ria", "Henk", "Geen"], 0)
    s.cb("Geluid in de zaal", True)
    s.sw("Chat tonen", True)

    s = p.sec("Jouw gegevens")
    s.radio("Mag Kienhuis je spelgegevens gebruiken om AI te trainen?", ["Ja", "Nee"], 0, yes=[0], ai="p")
    s.sw("Bezwaar maken tegen training van het chatmodel met mijn berichten", True, ai="i")
    s.cb("Chatfilter", True, help="Filtert scheldwoorden uit berichten die jij ziet. Leert niet van jouw chats.")

    s = p.sec("Training van onze aanbevelings-AI")
    s.sel("Gespeelde kaarten", ["Meenemen", "Niet meenemen"], 0, yes=[0], ai="h")

    s = p.sec("Binnenkort", hide="visibility")
    s.cb("Mijn jackpotdeelnames gebruiken om het voorspelmodel te trainen", True, ai="p")

    s = p.sec("Verantwoord spelen")
    s.sel("Speeltijdmelding", ["Elk half uur", "Elk uur", "Uit"], 0)
    s.btn("Account tijdelijk blokkeren")

    s = p.sec("Overig")
    s.sw("Mijn bijnaam tonen bij winnaars", False)
    s.cb("Acties per e-mail", False)
    s.btn("Gegevens downloaden")

    s = p.sec("Weergave")
    s.sel("Thema", ["Licht", "Donker"], 0)
    s.cb("Grote cijfers op mijn kaarten", False)
    return p


def tankvoordeel():
    p = Page("nl", "tankvoordeel-privacy",
             "https://mijn.tankvoordeel.test/instellingen/privacy",
             "Privacy · Tankvoordeel", "Tankvoordeel", "Privacy",
             ["Mijn punten", "Beloningen", "Tankbeurten", "Privacy", "Passen", "Help"],
             "Zoek een station", "Taal", "Profiel", ["Voertuigen", "Facturen", "Uitloggen"],
             ["Tankvoordeel (fictief spaarprogramma).", "Spaarvoorwaarden", "Privacy", "Contact"],
             "Fictief tankstation. Button-switch via aria-labelledby onder kop 'AI-modellen trainen' (heading-only), "
             "checkbox vaag met hulptekst in gesloten <details> (zakelijke pas), statusregel omgekeerd "
             "('Uitsluiten', niet uitgesloten). Afleiders: wasstraat, prijsalarm. Verborgen: gesloten <dialog>.",
             hidecls="tv-hide", sr="u-sr", nav_current=3, theme="tankstation")
    s = p.sec("Tanken")
    s.sw("Betalen bij de pomp via de app", True)
    s.sel("Brandstof", ["Euro 95", "Super Plus 98", "Diesel"], 0)
    s.cb("Bonnetje per e-mail", True)
    s.cb("Prijsalarm voor mijn vaste station", False)

    s = p.sec("AI-modellen trainen", intro="We voorspellen drukte en voorraad per station.")
    s.bsw("Tankbeurten", False, by="lbl", ai="h")
    s.state("Uitgesloten van modeltraining", "Nee", "Uitsluiten", sharing=True,
            suffix="van modeltraining", ai="i")
    d = s.dialog("Meer instellingen", "Meer instellingen", close="Sluiten")
    d.cb("Ritgegevens uit mijn auto gebruiken om modellen te trainen", True, ai="p")

    d = p.details("Zakelijke pas (Bakkerij De Vries)")
    d.cb("Tankgegevens van de zakelijke pas delen voor productverbetering", True, ai="v",
         help="Productverbetering betekent: we trainen er onze machine-learningmodellen mee.")
    d.cb("Maandfactuur per e-mail", True)

    s = p.sec("Wasstraat")
    s.sw("Wasabonnement automatisch verlengen", False)
    s.sel("Wasprogramma", ["Basis", "Extra", "Compleet"], 1)

    s = p.sec("Account")
    s.btn("Pas blokkeren")
    s.btn("Gegevens downloaden")
    s.btn("Account opzeggen")

    s = p.sec("App")
    s.sw("Donkere modus", False)
    s.cb("Punten tonen op het startscherm", True)
    return p


def zonnig():
    p = Page("nl", "zonnig-spaarclub-privacy",
             "https://www.zonnig-drogisterij.test/spaarclub/privacy",
             "Privacy | Zonnig Spaarclub", "Drogisterij Zonnig", "Uw privacy",
             ["Mijn spaarpunten", "Voordeel", "Aankopen", "Privacy", "Gezinsleden", "Winkels"],
             "Waar zoekt u naar?", "Taal", "Mijn account", ["Mijn spaarkaart", "Adresgegevens", "Uitloggen"],
             ["Drogisterij Zonnig – Spaarclub (fictief).", "Privacyverklaring", "Voorwaarden", "Contact"],
             "Fictieve drogisterij. Select plain, button-switch met tekstnaam omgekeerd ('afschermen', uit), "
             "checkbox onder kop 'Machine learning' (heading-only). Afleiders: huidadvies met AI, "
             "herinneringen. Verborgen: inactief tabblad.",
             hidecls="zn-hide", sr="sr-only", nav_current=3, theme="drogisterij")
    tabs = p.tabs(["Algemeen", "Test"], label="Onderdelen")
    t = tabs[0]
    t.cb("Digitale kassabon", True)
    t.sel("Vaste winkel", ["Zonnig Utrecht", "Zonnig Zeist", "Webwinkel"], 0)
    t.cb("Spaarpunten automatisch omzetten in korting", True)
    t = tabs[1]
    t.sw("Mijn aankopen gebruiken om het nieuwe adviesmodel te trainen", True, ai="p")

    s = p.sec("Advies en AI")
    s.sw("Huidadvies met AI", True,
         help="Het advies wordt op uw toestel gemaakt van een foto die direct wordt verwijderd. Er wordt niets mee getraind.")
    s.sel("Gebruik van uw aankopen voor het trainen van AI", ["Toegestaan", "Niet toegestaan"], 1, yes=[0], ai="p")
    s.bsw("Mijn gezondheidsaankopen afschermen voor AI-training", False, by="text", ai="i")

    s = p.sec("Machine learning", intro="Welke gegevens mogen onze modellen gebruiken om van te leren?")
    s.cb("Aankopen met de spaarkaart van mijn partner", False, ai="h")

    s = p.sec("Berichten")
    s.cb("Aanbiedingen per e-mail", True)
    s.cb("Herinnering als mijn spaarkaart vol is", True)
    s.btn("Gegevens downloaden")
    s.btn("Spaarclub opzeggen")

    s = p.sec("Inloggen")
    s.sw("Inloggen met vingerafdruk", True)
    s.sel("Spaarkaart tonen als", ["Barcode", "QR-code"], 0)
    s.cb("Bericht als er een nieuwe spaaractie start", False)
    return p


def pages():
    return [ah(), loterij(), kienhuis(), tankvoordeel(), zonnig()]
