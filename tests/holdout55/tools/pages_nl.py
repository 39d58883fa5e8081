from lib import AI, Page

LANGS = [("nl", "Nederlands"), ("en", "English"), ("de", "Deutsch"), ("fr", "Français")]


def chrome(search_ph, account, menu, nav, k, footer, copyright, nav_label="Mijn account"):
    return dict(skip="Naar de inhoud", search_label="Zoeken", search_ph=search_ph,
                lang_label="Taal", langs=LANGS, account=account,
                menu=[(t, "#") for t in menu], nav_label=nav_label,
                nav=[(t, "#", i == k) for i, t in enumerate(nav)],
                footer=[(t, "#") for t in footer], copyright=copyright)


def paylogic():
    c = chrome("Zoek een evenement", "Mijn account",
               ["Mijn tickets", "Instellingen", "Uitloggen"],
               ["Gegevens", "Mijn tickets", "Doorverkopen", "Betaalmethoden", "Privacy"], 4,
               ["Klantenservice", "Voorwaarden", "Privacyverklaring", "Cookies"], "© Paylogic")
    p = Page("nl", "paylogic-privacy", "Paylogic", "https://www.paylogic.com/nl/account/privacy",
             "Privacy-instellingen | Paylogic", "Privacy-instellingen",
             "Bekende dienst (je). Switch met aria-labelledby, gebiedende wijs 'Sluit … uit' aan (→ false); checkbox waarvan de naam alleen via kop en intro betekenis krijgt (aangevinkt → true); plain checkbox uit (→ false). Afleiders: doorverkoop, herinneringen, gepersonaliseerde aanbiedingen, statistiek zonder training. Verborgen: hidden-attribuut.",
             c, known=True, intro="Bepaal zelf wat we met je gegevens doen.")
    with p.section("AI en je gegevens"):
        p.switch("Sluit mijn gegevens uit van AI-training", True, ai=AI("i", inv=True),
                 help="Geldt voor de modellen van Paylogic zelf: aankopen, wachtrijgedrag en berichten aan de klantenservice.")
        p.checkbox("Paylogic mag mijn gegevens gebruiken om zijn AI-modellen te verbeteren", False, ai=AI("p"))
    with p.section("Organisatoren",
                   "Festivalorganisatoren kunnen je aankoopgegevens gebruiken om hun eigen AI-modellen te trainen, bijvoorbeeld voor bezoekersprognoses."):
        p.checkbox("Mijn aankoopgeschiedenis delen", True, ai=AI("h"))
        p.checkbox("Nieuwsbrieven van organisatoren ontvangen", False)
    with p.hidden("hidden"):
        p.checkbox("Mijn gegevens beschikbaar stellen aan AI-onderzoekspartners", True, ai=AI("p"))
    with p.section("Tickets"):
        p.checkbox("Tickets automatisch in mijn wallet zetten", True)
        p.checkbox("Herinnering een dag voor het evenement", True)
        p.select("Doorverkoop", [("open", "Iedereen mag kopen"), ("vrienden", "Alleen vrienden")], "open")
    with p.section("Marketing en statistiek"):
        p.checkbox("Gepersonaliseerde aanbiedingen", False)
        p.checkbox("Gebruiksstatistieken delen", True,
                   help="Geanonimiseerde cijfers over het gebruik van de site. Die gebruiken we niet om modellen te trainen.")
    with p.section("Account"):
        p.button("Wachtwoord wijzigen")
        p.button("Mijn gegevens downloaden")
        p.button("Account verwijderen")
        p.button("Telefoonnummer wijzigen")
        p.checkbox("Inloggen met tweestapsverificatie", True)
    p.button("Opslaan", cls="btn-primary")
    return p


def tribunekaart():
    c = chrome("Zoek wedstrijd of vak", "Mijn seizoenkaart",
               ["Seizoenkaart", "Wedstrijdtickets", "Uitloggen"],
               ["Profiel", "Seizoenkaart", "Gezinsleden", "Privacy", "Betalingen"], 3,
               ["Stadionreglement", "Bereikbaarheid", "Privacy", "Contact"], "Tribunekaart · SC Polderboys",
               nav_label="Mijn club")
    p = Page("nl", "tribunekaart-privacy", "Tribunekaart SC Polderboys", "https://tribunekaart.polderboys.test/mijn-club/privacy",
             "Privacy – Tribunekaart SC Polderboys", "Privacy",
             "Verzonnen voetbalclub (je). Radio-fieldset plain (toestaan → true); statusregel met verborgen aanvulling 'Bezwaar maken …' (niet ingediend → true). Afleiders: stoel doorgeven, uitvak-alerts, wedstrijdsamenvatting met AI, clubshop. Verborgen: aria-hidden.",
             c, intro="Seizoenkaart 2025/26 · Vak F, rij 12, stoel 7")
    with p.section("Stadion en AI"):
        p.radios("Gebruik van mijn stadiongegevens voor het trainen van AI", [("ja", "Toestaan"), ("nee", "Niet toestaan")], "ja",
                 ai=AI("p", share={"ja": True, "nee": False}),
                 help="Denk aan toegangsscans en betalingen in de kantine.")
        p.state_row("Bezwaar tegen AI-training", "Niet ingediend", "Bezwaar maken",
                    ai=AI("i", sharing=True), suffix="tegen het trainen van AI met mijn gegevens")
        p.switch("Wedstrijdsamenvatting met AI", True, help="Na afloop een korte samenvatting van de wedstrijd, gemaakt uit de officiële wedstrijddata.")
    with p.hidden("aria-hidden"):
        p.checkbox("Mijn toegangsscans delen met de KNVB voor AI-modellen", False, ai=AI("p"))
    with p.section("Seizoenkaart"):
        p.checkbox("Mijn stoel doorgeven als ik niet kan", True)
        p.checkbox("Melding als er uitvakkaarten komen", True)
        p.select("Melding via", [("app", "App"), ("sms", "Sms"), ("mail", "E-mail")], "app")
    with p.section("Gezinsleden"):
        p.button("Gezinslid toevoegen")
        p.checkbox("Kinderen mogen zelf hun kaart in de app tonen", True)
    with p.section("Overig"):
        p.checkbox("Aanbiedingen van de clubshop", False)
        p.checkbox("Mijn naam op de supportersmuur", True)
        p.button("Incasso wijzigen")
        p.button("Gegevens opvragen")
        p.button("Pasfoto vervangen")
        p.checkbox("Clubblad per post", False)
    p.button("Opslaan", cls="btn-primary")
    return p


def festivalmaatje():
    c = chrome("Zoek een festival of act", "Ik",
               ["Mijn festivals", "Vrienden", "Uitloggen"],
               ["Profiel", "Mijn festivals", "Privacy", "Meldingen"], 2,
               ["Hulp", "Privacy", "Voorwaarden"], "Festivalmaatje", nav_label="Instellingen")
    p = Page("nl", "festivalmaatje-privacy", "Festivalmaatje", "https://app.festivalmaatje.test/instellingen/privacy",
             "Privacy · Festivalmaatje", "Privacy",
             "Verzonnen festival-app (je). Segmentknoppen met vage naam, hulptekst via aria-describedby noemt training (Aan → true); switch met tekstinhoud 'Geen AI-training met mijn foto's' uit (→ true); plain checkbox uit (→ false). Afleiders: slim timetable, vrienden vinden, lockers, muntjes. Verborgen: CSS-klasse met display:none.",
             c, intro="Wat je deelt, en met wie.", css_hidden_class="verborgen")
    with p.section("Op het terrein"):
        p.segmented("Meedoen aan Crowd Lab", [("aan", "Aan"), ("uit", "Uit")], "aan",
                    ai=AI("v", share={"aan": True, "uit": False}),
                    help="Je locatie op het terrein traint ons model dat drukte bij de podia voorspelt.")
        p.checkbox("Vrienden mogen zien waar ik ben", True)
        p.switch("Slim timetable", True, help="Plant je dag rond je favoriete acts. Werkt op je eigen telefoon.")
    with p.section("Foto's en muziek"):
        p.switch("Geen AI-training met mijn foto's", False, mode="text", ai=AI("i", inv=True))
        p.checkbox("Laat sponsors hun AI-modellen trainen met mijn muziekvoorkeuren", False, ai=AI("p"))
        p.button("Spotify koppelen")
    with p.hidden("css-class"):
        p.checkbox("Mijn festivalroute delen met de gemeente voor AI-verkeersmodellen", True, ai=AI("p"))
    with p.section("Meldingen"):
        p.checkbox("Melding 10 minuten voor een act", True)
        p.checkbox("Acties van sponsors", False)
        p.select("Stille uren", [("geen", "Geen"), ("nacht", "02:00–09:00")], "nacht")
    with p.section("Betalen"):
        p.button("Muntjes opwaarderen")
        p.button("Locker huren")
        p.checkbox("Automatisch opwaarderen", False)
        p.button("Mijn gegevens exporteren")
        p.checkbox("Bonnetjes mailen na elke betaling", False)
        p.button("Vriend toevoegen")
    return p


def ruiterpas():
    c = chrome("Zoek wedstrijd, combinatie of vereniging", "Mijn Ruiterpas",
               ["Mijn paarden", "Uitslagen", "Uitloggen"],
               ["Persoonsgegevens", "Mijn paarden", "Inschrijvingen", "Gegevensgebruik", "Betalingen"], 3,
               ["Wedstrijdkalender", "Reglementen", "Privacyverklaring", "Contact"], "Ruiterpas – inschrijven voor paardensportwedstrijden",
               nav_label="Mijn Ruiterpas")
    p = Page("nl", "ruiterpas-gegevensgebruik", "Ruiterpas", "https://mijn.ruiterpas.test/gegevensgebruik",
             "Gegevensgebruik – Mijn Ruiterpas", "Gegevensgebruik",
             "Verzonnen platform voor paardensportwedstrijden (u), gegevens van de paarden. Tabelvakjes per paard waarvan alleen het bijschrift training noemt (één aan, één uit); checkbox met vage naam en hulptekst ernaast (uit → false); role=radiogroup 'Afmelden voor AI-training…' met 'Niet afgemeld' (→ true). Afleiders: startlijst openbaar, uitslagen delen, dierenarts-herinnering, videoanalyse van uw proef. Verborgen: inline display:none.",
             c, intro="Ruiter: M. de Vries · 2 paarden geregistreerd")
    with p.section("Uw paarden", "Wedstrijdgegevens van uw paarden zijn waardevol voor onderzoek en voor onze eigen systemen."):
        p.table("Mogen de gegevens van uw paard worden gebruikt om AI-modellen te trainen?", ["Toestemming"],
                [("Dorado van de Molenhoeve", [(True, AI("h"))]),
                 ("Quintana Z", [(False, AI("h"))])], row_head_label="Paard")
        p.checkbox("Herinnering vaccinatie via de dierenarts", True)
    with p.section("Onderzoek"):
        p.checkbox("Deelnemen aan het blessurepreventie-onderzoek", False, ai=AI("v"), help_mode="near",
                   help="Met bewegingsdata uit uw wedstrijdproeven traint de Universiteit Utrecht een model dat blessures bij paarden vroeg herkent.")
    with p.section("Jurybeoordelingen"):
        p.radios("Afmelden voor AI-training met jurybeoordelingen", [("af", "Afgemeld"), ("niet", "Niet afgemeld")], "niet",
                 mode="radiogroup", ai=AI("i", share={"af": False, "niet": True}),
                 help="Protocollen en cijfers van de jury helpen ons een model te trainen dat inconsistente beoordelingen signaleert.")
        p.switch("Videoanalyse van mijn proef", True, help="Na afloop ziet u per onderdeel waar punten verloren gingen.")
    with p.hidden("display-none"):
        p.checkbox("Stamboekgegevens van mijn paard delen voor AI-fokadvies", True, ai=AI("p"))
    with p.section("Wedstrijden"):
        p.checkbox("Mijn naam op openbare startlijsten", True)
        p.checkbox("Uitslagen delen met mijn vereniging", True)
        p.select("Standaard rubriek", [("dres", "Dressuur"), ("spr", "Springen"), ("eve", "Eventing")], "dres")
        p.button("Paard toevoegen")
        p.button("Lidmaatschap verlengen")
        p.button("Gegevens downloaden")
        p.checkbox("Incasso voor startgelden", True)
        p.button("Vereniging wijzigen")
    p.button("Opslaan", cls="btn-primary")
    return p


def podiumpas():
    c = chrome("Zoek een concert of artiest", "Mijn Podiumpas",
               ["Mijn concerten", "Pas", "Uitloggen"],
               ["Mijn pas", "Concerten", "Voorkeuren", "Privacy", "Betalen"], 3,
               ["Agenda", "Zalen", "Privacy", "Huisregels"], "Podiumpas · één pas voor de poppodia van Oost-Nederland",
               nav_label="Mijn Podiumpas")
    p = Page("nl", "podiumpas-privacy", "Podiumpas", "https://www.podiumpas.test/mijn/privacy",
             "Privacy – Podiumpas", "Privacy",
             "Verzonnen poppodiumpas (je). Select plain (Niet toegestaan → false); checkbox in gesloten details 'Ik maak bezwaar…' aangevinkt (→ false). Afleiders: 'Tips voor jou', chatbot, garderobe, voorverkoop. Verborgen: gesloten dialog.",
             c, intro="Pashouder sinds 2021 · 38 concerten bezocht")
    with p.section("Bezoekgegevens"):
        p.select("AI-training met mijn bezoekgegevens", [("ja", "Toegestaan"), ("anon", "Alleen geanonimiseerd"), ("nee", "Niet toegestaan")], "nee",
                 ai=AI("p", share={"ja": True, "anon": True, "nee": False}))
        p.switch("Tips voor jou", True, help="Concerttips op basis van je bezoeken.")
    with p.section("Chat met de kassa"):
        p.switch("Chatbot voor vragen over je tickets", True)
        with p.details("Wat gebeurt er met mijn chatberichten?"):
            p.checkbox("Ik maak bezwaar tegen het gebruik van mijn chatberichten voor het trainen van AI", True, ai=AI("i", inv=True))
            p.checkbox("Chatgeschiedenis 30 dagen bewaren", True)
    with p.dialog("Instellingen voor partners", "Partners", "Sluiten"):
        p.checkbox("Mijn bezoekgeschiedenis delen met boekingskantoren voor hun AI", True, ai=AI("p"))
    with p.section("Voorkeuren"):
        p.checkbox("Voorverkoop-alerts", True)
        p.checkbox("Garderobe vooraf betalen", False)
        p.select("Favoriete zaal", [("hedon", "Hedon"), ("doornroosje", "Doornroosje"), ("alle", "Alle zalen")], "alle")
    with p.section("Pas en betalen"):
        p.button("Pas blokkeren")
        p.button("Betaalmethode wijzigen")
        p.checkbox("Automatisch verlengen", True)
        p.button("Mijn gegevens downloaden")
        p.button("Pas koppelen aan een vriend")
        p.checkbox("Nieuwsbrief van mijn favoriete zaal", True)
    p.button("Opslaan", cls="btn-primary")
    return p


def build():
    return [paylogic(), tribunekaart(), festivalmaatje(), ruiterpas(), podiumpas()]
