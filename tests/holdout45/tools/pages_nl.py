from lib import Page


def nextdoor():
    p = Page("nl", "nextdoor-privacy", "https://nextdoor.nl/settings/privacy/",
             "Privacy-instellingen – Nextdoor", "Nextdoor",
             "Bekende dienst (buurtnetwerk). Vage schakelaar 'Help Nextdoor verbeteren' waarvan alleen de uitleg "
             "AI-training noemt (aan → true); vinkje 'Mijn berichten uitsluiten van AI-training door partners' "
             "niet aangevinkt (omgekeerd → true); statusregel 'Niet toegestaan' met 'Wijzigen' via "
             "aria-labelledby (false). Lokkers: vriendelijkheidsherinnering, automatisch vertalen, "
             "suggesties voor groepen, meldingentabel. Verborgen: display:none inline.",
             ["Profiel", "Account", "Privacy", "Meldingen", "Buurt"], real=True, nav_current=2,
             user="Anouk", search_ph="Zoeken op Nextdoor", theme="neighbourhood")
    p.h("Privacy", 1)
    with p.section("Profiel en buurt"):
        p.sel("Wie kan je profiel zien", ["Iedereen in je buurt", "Je buurt en de buurten eromheen"], 1)
        p.cb("Toon mijn straatnaam", False)
        p.cb("Buren mogen mij privéberichten sturen", True)
        p.sw("Gepersonaliseerde suggesties voor groepen", True,
             help="Op basis van je buurt en interesses; blijft in je account.")
    with p.section("AI bij Nextdoor"):
        p.sw("Help Nextdoor verbeteren", True,
             help="Berichten die je in je buurt plaatst, kunnen worden gebruikt om onze AI-modellen voor moderatie "
                  "en vertaling te trainen.", ai=(True, "v"))
        p.cb("Mijn berichten uitsluiten van AI-training door partners", False, ai=(True, "i"))
        p.state("Buurtfoto’s gebruiken voor AI-training", "Niet toegestaan", mode="lby", ai=(False, ""))
        p.cb("Vriendelijkheidsherinnering tonen", True,
             help="Laat een seintje zien als je reactie mogelijk kwetsend overkomt.")
        p.sw("Berichten automatisch vertalen", False)
        with p.hidden("style"):
            p.cb("Foto’s uit de buurt delen met AI-partners voor training", False, ai=True)
    with p.section("Advertenties"):
        p.cb("Gepersonaliseerde advertenties van lokale bedrijven", True)
    with p.section("Meldingen"):
        p.tbl("Meldingen per kanaal", ["Onderwerp", "E-mail", "Push"], [
            ("Berichten in mijn buurt", [dict(k="cb", on=False), dict(k="cb", on=True)]),
            ("Reacties op mijn berichten", [dict(k="cb", on=True), dict(k="cb", on=True)]),
        ])
    p.link("Gekoppelde apps")
    p.actions("Download je gegevens", "Opslaan")
    return p


def matchkamer():
    p = Page("nl", "matchkamer-privacy", "https://www.matchkamer.test/instellingen/privacy",
             "Privacy – Matchkamer", "Matchkamer",
             "Verzonnen datingapp. Statusregel 'Bezwaar tegen AI-training met je profiel: je hebt bezwaar gemaakt' "
             "met knop 'Bezwaar intrekken' via aria-label (bezwaar loopt → false); schakelaar met zichtbaar label "
             "over spraakberichten aan (true). Lokkers: slimme fotovolgorde die uitdrukkelijk niet leert, AI-"
             "openingszinnen, vervagen, pauzeren. Verborgen: CSS-klasse visibility:hidden.",
             ["Mijn profiel", "Wie ik zoek", "Privacy", "Meldingen", "Abonnement"], nav_current=2,
             user="Sanne", search_ph="Zoeken in instellingen", theme="dating")
    p.h("Privacy", 1)
    with p.section("Wie ik zoek"):
        p.seg("Wie wil je zien?", ["Vrouwen", "Mannen", "Iedereen"], 1)
        p.text("Leeftijd vanaf", "30", type="number")
        p.text("Leeftijd tot en met", "42", type="number")
        p.sel("Maximale afstand", ["10 km", "25 km", "50 km", "Heel Nederland"], 1)
        p.cb("Verberg mijn profiel voor contacten uit mijn telefoon", True)
    with p.section("Jouw profiel en AI"):
        p.state("Bezwaar tegen AI-training met je profiel", "Je hebt op 14 januari 2025 bezwaar gemaakt",
                action="Bezwaar intrekken", mode="aria",
                suffix="Bezwaar tegen AI-training met je profiel intrekken", ai=(False, "i"))
        p.sw("Mijn spraakberichten gebruiken om de spraakherkenning te verbeteren", True, mode="lby",
             ai=(True, ""))
        p.sw("Openingszinnen voorgesteld door AI", True, mode="lby")
        p.cb("Slimme fotovolgorde", True,
             help="Het model draait op je telefoon en leert niet van je foto’s.")
        with p.hidden("vclass", cls="onzichtbaar"):
            p.sw("Chatgesprekken delen met onderzoekspartners voor modeltraining", False, ai=True)
    with p.section("Veiligheid"):
        p.sw("Naaktfoto’s automatisch vervagen", True)
        p.cb("Leesbevestigingen", False)
        p.cb("Gepersonaliseerde advertenties", False)
    p.actions("Profiel pauzeren", "Gegevens exporteren", "Opslaan")
    p.link("Account verwijderen")
    return p


def vraagbaak():
    p = Page("nl", "vraagbaak-voorkeuren", "https://vraagbaak.test/account/voorkeuren",
             "Voorkeuren – Vraagbaak", "Vraagbaak",
             "Verzonnen vraag-en-antwoordforum. Tabel met inleiding over het trainen van eigen taalmodellen en "
             "kolom 'Mag gebruikt worden'; schakelaars alleen genoemd naar de rij ('Mijn gestelde vragen' aan, "
             "'Mijn antwoorden' aan, 'Mijn reacties onder antwoorden' uit; alleen kop). Lokkers: AI-antwoordhulp, "
             "vergelijkbare vragen, foutrapporten (uitdrukkelijk geen training). Verborgen: hidden-attribuut.",
             ["Profiel", "Voorkeuren", "Meldingen", "Beveiliging"], nav_current=1,
             user="kees_v", search_ph="Zoek een vraag", theme="qa")
    p.h("Voorkeuren", 1)
    with p.section("Profiel"):
        p.text("Gebruikersnaam", "kees_v")
        p.area("Over mij", "Fietsenmaker, beantwoord graag vragen over versnellingen.")
        p.cb("Toon mijn reputatiescore", True)
        p.radio("Wie mag je antwoorden bewerken?",
                ["Niemand", "Moderators", "Gebruikers met meer dan 2000 reputatie"], 2)
    with p.section("Modeltraining",
                   intro="Vraagbaak traint eigen taalmodellen voor de zoekfunctie en de antwoordhulp. Per soort "
                         "bijdrage kies je of die daarvoor gebruikt mag worden."):
        p.tbl("Per soort bijdrage", ["Soort bijdrage", "Mag gebruikt worden"], [
            ("Mijn gestelde vragen", [dict(k="sw", on=True, name="row", ai=(True, "h"))]),
            ("Mijn antwoorden", [dict(k="sw", on=True, name="row", ai=(True, "h"))]),
            ("Mijn reacties onder antwoorden", [dict(k="sw", on=False, name="row", ai=(False, "h"))]),
        ])
        with p.hidden("hidden"):
            p.cb("Externe AI-bedrijven mogen wat ik schrijf in licentie nemen", False, ai=True)
    with p.section("AI-functies"):
        p.sw("Antwoordhulp tonen bij nieuwe vragen", True,
             help="Geeft een concept-antwoord op basis van bestaande antwoorden.")
        p.cb("Vergelijkbare vragen voorstellen tijdens het typen", True)
        p.cb("Vertaalde vragen uit andere taalversies tonen", False)
    with p.section("Meldingen en diagnose"):
        p.sel("E-mailsamenvatting", ["Nooit", "Dagelijks", "Wekelijks"], 2)
        p.cb("Melding bij nieuwe antwoorden op mijn vragen", True)
        p.cb("Video’s in antwoorden automatisch afspelen", False)
        p.cb("Foutrapporten versturen", True,
             help="Alleen voor het oplossen van storingen; ze worden nooit gebruikt om modellen te trainen.")
    p.btn("Opslaan")
    p.link("Download al mijn bijdragen")
    return p


def waterlanders():
    p = Page("nl", "waterlanders-leden-privacy", "https://leden.hcdewaterlanders.test/mijn-account/privacy",
             "Privacy – Ledenportaal HC De Waterlanders", "HC De Waterlanders",
             "Verzonnen ledenportaal van een hockeyclub. Schakelaar 'Gebruik van mijn wedstrijdbeelden voor "
             "AI-training pauzeren' aan (omgekeerd, pauzeren → false); tabel per jeugdlid met kolom 'Beelden voor "
             "AI-training' (rij+kolom als naam; Daan aan → true, Fenna uit → false; gezinsgegevens). Lokkers: "
             "automatische highlights, foto’s op website, nieuwsbrief. Verborgen: aria-hidden.",
             ["Mijn gegevens", "Teams", "Bardiensten", "Privacy", "Contributie"], nav_current=3,
             user="Mirjam de Boer", search_ph="Zoek leden, teams, wedstrijden", theme="sports-club")
    p.h("Privacy", 1)
    with p.section("Mijn gegevens in de club"):
        p.cb("Mijn foto tonen in de ledenlijst", True)
        p.cb("Telefoonnummer zichtbaar voor teamgenoten", True)
        p.sel("Zichtbaarheid van mijn wedstrijdstatistieken", ["Openbaar", "Alleen leden", "Alleen mijn team"], 1)
        p.text("Noodcontact", "Jeroen de Boer, 06-12345678")
    with p.section("Wedstrijdvideo’s"):
        p.sw("Automatische highlights van mijn wedstrijden", True,
             help="Je krijgt na elke thuiswedstrijd een korte samenvatting.")
        p.sw("Gebruik van mijn wedstrijdbeelden voor AI-training pauzeren", True,
             help="Zolang dit aan staat, gebruiken we je beelden niet om het camerasysteem te trainen.",
             ai=(False, "i"))
    with p.section("Jeugdleden",
                   intro="Jij beheert de accounts van de kinderen hieronder."):
        p.tbl("Instellingen per kind", ["Kind", "Foto’s op de website", "Beelden voor AI-training"], [
            ("Daan (JO11)", [dict(k="cb", on=True), dict(k="cb", on=True, ai=(True, ""))]),
            ("Fenna (MO13)", [dict(k="cb", on=False), dict(k="cb", on=False, ai=(False, ""))]),
        ])
        with p.hidden("aria"):
            p.sw("Trainingsvideo’s delen met de bond om een analysemodel te trainen", True, ai=True)
    with p.section("Nieuws en bardienst"):
        p.cb("Clubnieuwsbrief", True)
        p.cb("Oproepen voor vrijwilligers", False)
        p.sw("Herinnering voor mijn bardienst", True)
        p.sel("Herinnering versturen via", ["App", "E-mail", "Sms"], 0)
        p.cb("Mijn agenda koppelen aan het wedstrijdprogramma", False)
        p.link("Gekoppelde apps (Hockey.nl, Strava)")
    p.actions("Opslaan", "Annuleren")
    p.link("Contributie en betaalgegevens")
    return p


def kerkplein():
    p = Page("nl", "kerkplein-privacy", "https://app.kerkplein.test/instellingen/privacy",
             "Privacy – Kerkplein", "Kerkplein",
             "Verzonnen app voor een kerkelijke gemeente. Vaag vinkje 'Meedenken over de assistent' waarvan de "
             "uitleg trainingsmateriaal noemt (uit → false); statusregel 'Toestemming … gegeven' met knop "
             "'Toestemming intrekken' + verborgen achtervoegsel (true). Lokkers in een ingeklapt <details>: "
             "anonieme statistieken, kinderaccount. Verder livestreamkwaliteit, ondertiteling. Verborgen: gesloten "
             "<dialog>.",
             ["Mijn gegevens", "Groepen", "Diensten", "Privacy", "Collecte"], nav_current=3,
             user="Henk Visser", search_ph="Zoek in Kerkplein", theme="religious")
    p.h("Privacy", 1)
    with p.section("Gemeentegids"):
        p.cb("Vermeld mij in de gemeentegids", True)
        p.sel("Mijn verjaardag tonen aan", ["Iedereen in de gemeente", "Mijn wijk", "Niemand"], 1)
        p.cb("Het pastoraal team mag mij berichten sturen", True)
        p.text("Wijk", "Noord-Oost")
    with p.section("Kerkdiensten"):
        p.sel("Videokwaliteit livestream", ["Automatisch", "720p", "1080p"], 0)
        p.sw("Automatisch ondertitelen", True)
        p.cb("Collectebonnen per e-mail", False)
    with p.section("Kerkplein Assistent",
                   intro="De assistent beantwoordt vragen over roosters, diensten en activiteiten."):
        p.sw("Assistent gebruiken in de app", True)
        p.cb("Meedenken over de assistent", False,
             help="Als je meedoet, gebruiken we je vragen aan de assistent en je berichten in gespreksgroepen als "
                  "trainingsmateriaal.", desc=False, ai=(False, "v"))
        p.state("Toestemming voor het gebruik van gebedsintenties bij het trainen van de assistent",
                "Gegeven op 2 februari 2025", action="Toestemming intrekken", suffix="voor gebedsintenties",
                ai=(True, "i"))
    with p.details("Overige instellingen"):
        p.cb("Anonieme gebruiksstatistieken", True,
             help="Helpen ons te zien welke onderdelen gebruikt worden; ze dienen niet voor training.")
        p.cb("Kinderaccount: alleen de groep van de kindernevendienst tonen", True)
    with p.hidden("dialog", title="AI-partner"):
        p.cb("Preken en gebedsintenties delen met een AI-partner voor training", False, ai=True)
    p.btn("Opslaan")
    p.link("Gekoppelde agenda’s beheren")
    p.link("Mijn gegevens downloaden")
    return p


def build():
    return [nextdoor(), matchkamer(), vraagbaak(), waterlanders(), kerkplein()]
