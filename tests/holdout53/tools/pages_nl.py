from lib import Page, A

LANGS = [("nl", "Nederlands"), ("en", "English"), ("de", "Deutsch"), ("fr", "Français")]


def buienradar():
    p = Page("nl", "buienradar-privacy", "Buienradar", "https://www.buienradar.nl/account/privacy",
             "Privacy | Mijn Buienradar", known=True,
             notes="Weer en neerslag (je). Duidelijk vinkje 'Mijn weermeldingen gebruiken om de AI-modellen van "
                   "Buienradar te trainen' (aan); schakelaar met aria-label 'Mijn locatiegeschiedenis uitsluiten van "
                   "AI-training' (uit → wordt gedeeld). Lokkers: weerbericht in gewone taal, advertenties, anonieme "
                   "statistieken zonder training. Verborgen: app-only blok met CSS-klasse en een 'binnenkort'-kaart "
                   "met visibility:hidden.")
    p.hide_class = "only-app"
    p.skip_text = "Naar de inhoud"
    p.chrome("Buienradar", "Zoeken", "Zoek een plaats", "Taal", LANGS, "Mijn Buienradar",
             ["Mijn locaties", "Premium", "Help"], "Uitloggen", "Mijn Buienradar",
             ["Gegevens", "Locaties", "Meldingen", "Privacy", "Premium"], "Privacy",
             ["Over Buienradar", "Adverteren", "Privacyverklaring", "Cookies", "Contact"], "© Buienradar")
    p.html = p.render(
        "Privacy", None,
        p.section("Mijn locaties", None,
                  p.select("Standaardlocatie", ["Huidige locatie", "Utrecht", "Zwolle"], "Utrecht"),
                  p.button("Locaties beheren")),
        p.section("Meldingen", None,
                  p.checkbox("Regen binnen 15 minuten", True, wrap=True),
                  p.checkbox("Onweerswaarschuwing", True, wrap=True),
                  p.checkbox("Pollenverwachting", False, wrap=True),
                  p.select("Stille uren", ["Geen", "23:00–07:00", "22:00–08:00"], "23:00–07:00")),
        p.section("Weermeldingen", "Zie je hagel, sneeuw of een windhoos? Meld het, dan ziet iedereen het op de kaart.",
                  p.checkbox("Mijn weermeldingen gebruiken om de AI-modellen van Buienradar te trainen", True,
                             ai=A("p", on=True)),
                  p.checkbox("Mijn naam tonen bij meldingen", False),
                  p.hide("css", lambda: p.checkbox("Foto's van mijn meldingen delen voor AI-training", True,
                                                   ai=A("p", on=True)))),
        p.section("Locatie", None,
                  p.switch("Mijn locatiegeschiedenis uitsluiten van AI-training", False, mode="arialabel",
                           shown="Locatiegeschiedenis uitsluiten van AI-training", ai=A("i", on=False)),
                  p.checkbox("Locatie ook op de achtergrond gebruiken", False),
                  p.hide("visibility", lambda: p.card(
                      "Binnenkort",
                      p.switch("Metingen van mijn weerstation gebruiken voor modeltraining", False,
                               ai=A("p", on=True))))),
        p.section("Slimme functies", None,
                  p.switch("Weerbericht in gewone taal", True,
                           help="Een korte samenvatting van de verwachting, met AI gemaakt op basis van de "
                                "modelgegevens.")),
        p.section("Advertenties en statistieken", None,
                  p.checkbox("Gepersonaliseerde advertenties", False),
                  p.checkbox("Anonieme statistieken", True,
                             help="Alleen om bezoeken te tellen; we trainen er geen modellen mee."),
                  p.checkbox("Dagelijkse weermail", False)),
        p.section("Account", None,
                  p.buttons("Buienradar Premium beheren", "Mijn gegevens downloaden", "Account verwijderen")),
    )
    return p


def huisdierplein():
    p = Page("nl", "huisdierplein-instellingen", "Huisdierplein",
             "https://mijn.huisdierplein.test/account/instellingen/privacy", "Privacy – Huisdierplein",
             notes="Portaal van dierenklinieken (u). Tabel met bijschrift over het trainen van diagnosemodellen, kolom "
                   "'Toestaan' (Bikkel ja, Pluis nee) – heading-only; fieldset 'Bezwaar tegen gebruik door "
                   "onderzoekspartners voor AI-training' (Ik maak bezwaar → niet gedeeld); vage schakelaar 'Meedoen "
                   "aan Slimmer Spreekuur' met aria-describedby-hulp (uit). Lokkers: automatische samenvatting, "
                   "puppycursus, dossier delen met andere dierenarts. Verborgen: inactief tabblad 'Gedeelde "
                   "huisdieren'.")
    p.skip_text = "Naar de inhoud"
    p.chrome("Huisdierplein", "Zoeken", "Zoek in Huisdierplein", "Taal", LANGS, "Dhr. Van Dijk",
             ["Mijn huisdieren", "Afspraken", "Facturen"], "Uitloggen", "Instellingen",
             ["Persoonlijke gegevens", "Mijn huisdieren", "Afspraken", "Privacy", "Betalen"], "Privacy",
             ["Klantenservice", "Privacyverklaring", "Voorwaarden"], "Huisdierplein – samen voor gezonde huisdieren")
    p.html = p.render(
        "Privacy", "Hier bepaalt u wat er met de gegevens van u en uw huisdieren gebeurt.",
        p.section("Mijn huisdieren", None,
                  p.button("Huisdier toevoegen"),
                  p.select("Vaste kliniek", ["Dierenkliniek De Linde", "Dierenarts Oost"], "Dierenkliniek De Linde")),
        p.section("Afspraken", None,
                  p.checkbox("Herinnering per sms", True),
                  p.checkbox("Herinnering voor vaccinaties", True),
                  p.select("Hoe lang van tevoren", ["1 dag", "2 dagen", "1 week"], "2 dagen")),
        p.section("Medisch dossier", None,
                  p.tabs("Dossiers", [
                      ("Mijn huisdieren", lambda: [
                          p.table("Gebruik van het medisch dossier voor het trainen van diagnosemodellen", "Huisdier",
                                  ["Toestaan"], [("Bikkel (hond)", [True]), ("Pluis (kat)", [False])],
                                  ai_cols={0: A("h", on=True)}),
                          p.checkbox("Dossier delen met een andere dierenarts", False)]),
                      ("Gedeelde huisdieren", lambda: [
                          p.checkbox("Dossiers van gedeelde huisdieren gebruiken voor AI-training", True,
                                     ai=A("p", on=True))]),
                  ])),
        p.section("Onderzoek", None,
                  p.radios("Bezwaar tegen gebruik door onderzoekspartners voor AI-training",
                           ["Ik maak bezwaar", "Geen bezwaar"], "Ik maak bezwaar", ai=A("i", share=["Geen bezwaar"]))),
        p.section("Berichten", None,
                  p.table("Hoe wilt u bericht krijgen?", "Bericht", ["E-mail", "Sms"],
                          [("Afspraakbevestiging", [True, True]), ("Vaccinatieherinnering", [True, False]),
                           ("Uitslag van onderzoek", [True, False])])),
        p.section("Online spreekuur", None,
                  p.switch("Meedoen aan Slimmer Spreekuur", False,
                           help="Uw chatgesprekken met de dierenarts helpen ons het AI-model achter de "
                                "spreekuurassistent te verbeteren.", ai=A("v", on=True)),
                  p.switch("Automatische samenvatting van het gesprek", True,
                           help="Na afloop krijgt u een korte samenvatting van het advies.")),
        p.section("Opvoeding", None,
                  p.card("Puppycursus", p.button("Aanmelden voor de puppycursus"),
                         text="Zes lessen op zaterdagochtend bij Dierenkliniek De Linde.")),
        p.section("Betalen en nieuwsbrief", None,
                  p.buttons("Betaalmethode wijzigen", "Facturen bekijken"),
                  p.checkbox("Nieuwsbrief met seizoenstips", False)),
    )
    return p


def moestuinmaatje():
    p = Page("nl", "moestuinmaatje-privacy", "Moestuinmaatje", "https://moestuinmaatje.test/instellingen/privacy",
             "Privacy · Moestuinmaatje",
             notes="Moestuin-app (je). Statusregel 'Bezwaar intrekken' met verborgen achtervoegsel (bezwaar gemaakt → "
                   "niet gedeeld); knoppengroep 'AI-training met mijn oogstgegevens' (Aan). Lokkers: plantherkenning "
                   "op de telefoon, Tuinhulp, buurtranglijst, cursus snoeien. Verborgen: gesloten dialoog over "
                   "partners.")
    p.skip_text = "Naar de inhoud"
    p.chrome("Moestuinmaatje", "Zoeken", "Zoek een gewas of tip", "Taal", LANGS, "Anke",
             ["Mijn tuin", "Logboek", "Zaaikalender"], "Uitloggen", "Instellingen",
             ["Profiel", "Mijn tuin", "Herinneringen", "Privacy"], "Privacy",
             ["Help", "Privacy", "Voorwaarden"], "Moestuinmaatje · Gemaakt in Deventer")
    p.html = p.render(
        "Privacy", None,
        p.section("Mijn tuin", None,
                  p.text("Naam van je tuin", "Volkstuin 14, De Boterbloem"),
                  p.select("Grondsoort", ["Zand", "Klei", "Veen", "Löss"], "Klei")),
        p.section("Plantherkenning", None,
                  p.checkbox("Planten herkennen op je telefoon", True,
                             help="Werkt ook zonder internet; de foto blijft op je toestel.")),
        p.section("Tuinfoto's", None,
                  p.checkbox("Foto's tonen op je openbare tuinpagina", True),
                  p.state_row("Jouw bezwaar", "Je hebt bezwaar gemaakt op 2 mei 2025", "Bezwaar intrekken",
                              suffix="tegen AI-training met je tuinfoto's", ai=A("i", sharing=False)),
                  p.dialog("Meer over partners", "Partners", lambda: [
                      p.checkbox("Partners mogen mijn foto's gebruiken om hun AI te trainen", True,
                                 ai=A("p", on=True))], close="Sluiten", confirm="Opslaan")),
        p.section("Oogst", None,
                  p.segmented("AI-training met mijn oogstgegevens", ["Aan", "Uit"], "Aan", ai=A("p", share=["Aan"])),
                  p.checkbox("Mijn oogst meetellen in de buurtranglijst", False)),
        p.section("Herinneringen", None,
                  p.checkbox("Water geven", True, wrap=True),
                  p.checkbox("Zaaien volgens de zaaikalender", True, wrap=True),
                  p.checkbox("Nachtvorst", True, wrap=True),
                  p.select("Weekoverzicht", ["Per e-mail", "In de app", "Uit"], "In de app")),
        p.section("Tuinhulp", None,
                  p.switch("Vraag het de Tuinhulp", True, help="Beantwoordt je vragen met onze eigen teeltfiches."),
                  p.checkbox("Aanbiedingen van zaadhandels", False)),
        p.section("Cursus", None, p.button("Inschrijven voor de cursus snoeien")),
        p.section("Je gegevens", None, p.buttons("Tuinlogboek exporteren", "Account verwijderen")),
    )
    return p


def boerderijboek():
    p = Page("nl", "boerderijboek-data", "Boerderijboek", "https://app.boerderijboek.test/bedrijf/instellingen/data",
             "Data en AI – Boerderijboek",
             notes="Bedrijfsmanagement voor boeren (u). Native schakelaar 'Bedrijfsgegevens gebruiken voor het trainen "
                   "van de AI van Boerderijboek' (aan); select 'Perceelgegevens' onder 'Trainen van "
                   "voorspellingsmodellen' (Niet delen) – heading-only; vinkje 'Melkrobotgegevens afschermen voor "
                   "AI-training door de fabrikant' in gesloten details (aan → niet gedeeld). Lokkers: AI-assistent "
                   "mestboekhouding, benchmark zonder training, adviseur, studiedag. Verborgen: aria-hidden "
                   "snelmenu.")
    p.skip_text = "Naar de inhoud"
    p.chrome("Boerderijboek", "Zoeken", "Zoek perceel, dier of taak", "Taal", LANGS, "Maatschap De Vries",
             ["Bedrijf", "Abonnement", "Support"], "Uitloggen", "Instellingen",
             ["Bedrijf", "Percelen", "Vee", "Data en AI", "Toegang", "Koppelingen"], "Data en AI",
             ["Support", "Privacy", "Voorwaarden"], "Boerderijboek B.V.")
    p.html = p.render(
        "Data en AI", None,
        p.hide("aria", lambda: p.card(
            "Snelle instellingen",
            p.switch("Gegevens delen voor AI-training", True, ai=A("p", on=True)))),
        p.section("Bedrijf", None,
                  p.text("KvK-nummer", "12345678"),
                  p.text("UBN", "1234567"),
                  p.select("Bedrijfstype", ["Melkvee", "Akkerbouw", "Gemengd"], "Melkvee")),
        p.section("Toegang", None,
                  p.checkbox("Mijn adviseur mag meekijken", True),
                  p.button("Loonwerker uitnodigen")),
        p.section("Trainen van voorspellingsmodellen",
                  "We trainen onze modellen voor grasgroei en opbrengst met gegevens van deelnemende bedrijven.",
                  p.checkbox("Bedrijfsgegevens gebruiken voor het trainen van de AI van Boerderijboek", True,
                             switch=True, ai=A("p", on=True)),
                  p.select("Perceelgegevens", ["Delen", "Geanonimiseerd delen", "Niet delen"], "Niet delen",
                           ai=A("h", share=["Delen", "Geanonimiseerd delen"])),
                  p.checkbox("Benchmark met vergelijkbare bedrijven", True,
                             help="U ziet hoe u ervoor staat; deze vergelijking traint geen modellen.")),
        p.section("Melkrobot", "Uw melkrobot stuurt gegevens naar de fabrikant.",
                  p.checkbox("Robotstoringen doorsturen naar mijn telefoon", True),
                  p.details("Gegevens bij de fabrikant", lambda: [
                      p.checkbox("Melkrobotgegevens afschermen voor AI-training door de fabrikant", True,
                                 ai=A("i", on=False)),
                      p.checkbox("Servicemonteur mag op afstand inloggen", True)])),
        p.section("Slimme hulp", None,
                  p.switch("AI-assistent voor de mestboekhouding", True,
                           help="Vult de mestboekhouding voor u in; uw invoer wordt niet voor andere doeleinden "
                                "gebruikt.")),
        p.section("Vee", None,
                  p.checkbox("Melding bij afwijkende herkauwactiviteit", True),
                  p.checkbox("Melding bij tochtigheid", True),
                  p.select("Celgetal-signaal vanaf", ["150.000", "250.000", "350.000"], "250.000")),
        p.section("Weer", None,
                  p.checkbox("Waarschuwing bij nachtvorst", True, wrap=True),
                  p.checkbox("Waarschuwing bij hittestress", True, wrap=True)),
        p.section("Kennis", None, p.button("Aanmelden voor de studiedag bodemgezondheid")),
        p.section("Export", None, p.buttons("Exporteren naar RVO", "Gegevens downloaden")),
    )
    return p


def buitenkompas():
    p = Page("nl", "buitenkompas-privacy", "Buitenkompas", "https://www.buitenkompas.test/account/privacy",
             "Privacy | Buitenkompas",
             notes="Wandel- en fietsapp (je). Radiogroep 'Uitsluiting van AI-training' (Niet uitgesloten → gedeeld); "
                   "vage tekstschakelaar 'Routes bijdragen aan Padvinder' met hulptekst ernaast (aan); statusregel "
                   "'Delen toestaan' + titel 'Jouw openbare reviews' onder 'AI-bedrijven en onderzoekers' (worden niet "
                   "gedeeld) – heading-only. Lokkers: routesuggesties, vertalen, live locatie. Verborgen: "
                   "onderzoekersblok met hidden-attribuut.")
    p.skip_text = "Naar de inhoud"
    p.chrome("Buitenkompas", "Zoeken", "Zoek een route of gebied", "Taal", LANGS, "wadloper_anke",
             ["Mijn routes", "Collecties", "Abonnement"], "Uitloggen", "Account",
             ["Profiel", "Privacy", "Meldingen", "Apparaten"], "Privacy",
             ["Help", "Privacy", "Voorwaarden", "Contact"], "Buitenkompas")
    p.html = p.render(
        "Privacy", None,
        p.section("Profiel", None,
                  p.text("Weergavenaam", "wadloper_anke"),
                  p.checkbox("Openbaar profiel", True)),
        p.section("Routes", None,
                  p.select("Wie ziet mijn routes", ["Iedereen", "Volgers", "Alleen ik"], "Volgers"),
                  p.checkbox("Begin en einde van routes verbergen", True)),
        p.section("Routeplanner", None,
                  p.switch("Routes bijdragen aan Padvinder", True, mode="text",
                           help="Padvinder is ons AI-model voor routeplanning; het leert van de tochten die je "
                                "bijdraagt.", help_mode="nearby", ai=A("v", on=True))),
        p.section("AI-training", None,
                  p.radios("Uitsluiting van AI-training", ["Uitgesloten", "Niet uitgesloten"], "Niet uitgesloten",
                           mode="radiogroup", help="Geldt voor al je routes, foto's en reviews.",
                           ai=A("i", share=["Niet uitgesloten"]))),
        p.section("AI-bedrijven en onderzoekers",
                  "Externe partijen vragen ons om openbare routes en reviews om hun taal- en kaartmodellen te trainen.",
                  p.state_row("Jouw openbare reviews", "Worden niet gedeeld", "Delen toestaan", mode="labelledby",
                              ai=A("h", sharing=False)),
                  p.hide("hidden", lambda: p.checkbox(
                      "Mijn foto's beschikbaar stellen aan onderzoekers voor AI-training", False,
                      ai=A("p", on=True)))),
        p.section("Slimme functies", None,
                  p.switch("Routesuggesties voor het weekend", True,
                           help="Op basis van het weer en je opgeslagen routes."),
                  p.switch("Reviews automatisch vertalen", False)),
        p.section("Veiligheid", None,
                  p.checkbox("Live locatie delen met noodcontacten", False),
                  p.button("Noodcontacten bewerken")),
        p.section("Meldingen", None,
                  p.checkbox("Nieuwe volgers", True, wrap=True),
                  p.checkbox("Reacties op mijn routes", True, wrap=True),
                  p.checkbox("Weeralarm voor geplande tochten", True, wrap=True)),
        p.section("Account", None,
                  p.buttons("Horloge koppelen", "Mijn gegevens downloaden", "Account verwijderen")),
    )
    return p


PAGES = [buienradar, huisdierplein, moestuinmaatje, boerderijboek, buitenkompas]
