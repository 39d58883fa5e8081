from lib import Page

CHROME = {
    "search_label": "Zoeken",
    "search_placeholder": "Functie, bedrijf of trefwoord",
    "lang_label": "Taal",
    "lang_options": ["Nederlands", "English", "Deutsch", "Français"],
    "lang_current": "Nederlands",
    "account": "Mijn account",
    "menu": ["Mijn profiel bekijken", "Facturen", "Klantenservice", "Uitloggen"],
    "nav_label": "Instellingen",
    "footer": ["Over ons", "Privacyverklaring", "Algemene voorwaarden", "Toegankelijkheid", "Cookie-instellingen"],
    "copyright": "© 2025 {brand}",
}


def nvb():
    p = Page("nl", "nationalevacaturebank-privacy", "https://www.nationalevacaturebank.nl/mijn/instellingen/privacy",
             "Privacy", "Nationale Vacaturebank", {**CHROME, "search_placeholder": "Functie, vaardigheid of bedrijf"},
             ["Mijn profiel", "Mijn cv", "Vacaturemails", "Sollicitaties", "Privacy"],
             kind="vacaturesite", known=True, nav_current=4, user="Sanne",
             notes="Vacaturesite. Duidelijke schakelaar 'Mijn cv gebruiken om AI-modellen te trainen' (aan); "
                   "keuzelijst 'Zoekgeschiedenis' die alleen onder de kop 'Waar ons matchingmodel van leert' "
                   "betekenis krijgt ('Niet gebruiken'); omgekeerde checkbox 'Mijn berichten … niet gebruiken voor "
                   "AI-training' aangevinkt (niet delen). Lokkers: passende vacatures, hulp bij de motivatiebrief, "
                   "advertenties. Verborgen: gesloten dialog.")
    with p.section("Zichtbaarheid van je cv"):
        p.radios("Wie mag je cv zien?", ["Alle werkgevers", "Anoniem voor alle werkgevers", "Niemand"],
                 "Anoniem voor alle werkgevers",
                 help="Bij anoniem tonen we je naam, foto en contactgegevens pas als je reageert.")
        p.checkbox("Mijn huidige werkgever blokkeren", True)
    with p.section("Wat zoek je?"):
        p.text_input("Gewenst brutosalaris per maand (€)", "3400", kind="number")
        p.select("Opleidingsniveau", ["Mbo", "Hbo", "Wo"], "Hbo")
        p.select("Aantal uur per week", ["16–24 uur", "24–32 uur", "32–40 uur"], "32–40 uur")
        p.checkbox("Ik heb rijbewijs B", True)
    with p.section("Solliciteren"):
        p.checkbox("Mijn cv automatisch meesturen", True)
        p.switch("Herinnering om na twee weken op te volgen", False)
    with p.section("Vacaturemails en suggesties"):
        p.select("Hoe vaak wil je een vacaturemail?", ["Dagelijks", "Wekelijks", "Nooit"], "Wekelijks")
        p.switch("Vacatures die bij je passen", True,
                 help="Worden berekend op basis van je zoekopdrachten en blijven in je account.")
        p.switch("Hulp bij je motivatiebrief", False,
                 help="We stellen een eerste versie voor op basis van de vacature. Jij bepaalt wat je verstuurt.")
    with p.section("AI en je gegevens"):
        p.switch("Mijn cv gebruiken om AI-modellen te trainen", True, ai=(True, "p"))
        p.checkbox("Mijn berichten aan werkgevers niet gebruiken voor AI-training", True, ai=(False, "i"))
        with p.hidden("dialog", opener="Eerdere toestemmingen bekijken", title="Eerdere toestemmingen",
                      actions=("Sluiten",)):
            p.checkbox("Mijn cv delen met partners voor het trainen van hun modellen", False, ai=(True, "p"))
    with p.section("Waar ons matchingmodel van leert",
                   intro="Met jouw toestemming gebruiken we onderstaande gegevens om het model te trainen dat "
                         "vacatures en kandidaten aan elkaar koppelt."):
        p.select("Zoekgeschiedenis", ["Gebruiken", "Niet gebruiken"], "Niet gebruiken", ai=(False, "h"))
    with p.section("Advertenties"):
        p.checkbox("Gepersonaliseerde advertenties op basis van mijn zoekgedrag", False)
        p.checkbox("Aanbiedingen van opleiders en cursussen", False)
    with p.section("Meldingen"):
        p.table(None, "Melding", ["E-mail", "App"],
                [("Werkgever heeft je cv bekeken", [(True, None), (True, None)]),
                 ("Status van je sollicitatie", [(True, None), (True, None)])])
    with p.section("Account"):
        p.button("Wachtwoord wijzigen")
        p.button("Mijn gegevens downloaden")
        p.button("Account verwijderen", danger=True)
    return p


def zzpmatch():
    p = Page("nl", "zzpmatch-ai-en-data", "https://www.zzpmatch.test/account/instellingen/ai-en-data",
             "AI en data", "ZZP Match", {**CHROME, "search_placeholder": "Zoek opdrachten"},
             ["Profiel", "Beschikbaarheid", "Facturatie", "AI en data", "Meldingen"],
             kind="platform voor zzp-opdrachten", nav_current=3, user="Mark de Vries",
             notes="Zzp-platform. Schakelaar (aria-labelledby) in voltooid deelwoord 'Mijn opdrachthistorie "
                   "uitgesloten van AI-training' aan (niet delen); vage checkbox 'Meedoen aan het "
                   "kwaliteitsprogramma Match Plus' met uitleg (aangevinkt); radiogroep over AI-partners op 'Ja'. "
                   "Lokkers: conceptofferte door AI zonder training, uurtarief, zoekmachines. Verborgen: inactief "
                   "tabblad 'Als opdrachtgever'.")
    p.tabs(["Als zzp'er", "Als opdrachtgever"], active=0, label="Rol")
    with p.tab_panel(0):
        with p.section("Tarief en beschikbaarheid"):
            p.text_input("Uurtarief (€)", "85", kind="number")
            p.select("Beschikbaar per week", ["8 uur", "16 uur", "24 uur", "32 uur", "40 uur"], "32 uur")
            p.radios("Werklocatie", ["Op locatie", "Hybride", "Op afstand"], "Hybride", style="radiogroup")
            p.switch("Profiel tonen in zoekmachines", True)
        with p.section("Offertes"):
            p.switch("Conceptofferte laten opstellen door AI", True,
                     help="De AI maakt een concept op basis van de opdracht. Daarvan wordt niets bewaard om "
                          "modellen te trainen.")
            p.checkbox("Facturen automatisch versturen na goedkeuring van de uren", True)
        with p.section("Jouw gegevens en ons matchingmodel"):
            p.switch("Mijn opdrachthistorie uitgesloten van AI-training", True, mode="labelledby",
                     ai=(False, "i"))
            p.checkbox("Meedoen aan het kwaliteitsprogramma Match Plus", True,
                       help="Deelnemers stellen hun offertes, chatgesprekken met opdrachtgevers en beoordelingen "
                            "beschikbaar om ons matchingmodel mee te trainen.", ai=(True, "v"))
            p.radios("Mogen AI-partners hun modellen trainen op mijn openbare profiel?", ["Ja", "Nee"], "Ja",
                     style="radiogroup", ai=(True, "p"))
        with p.section("Meldingen"):
            p.table(None, "Melding", ["E-mail", "Push"],
                    [("Nieuwe opdracht in mijn vakgebied", [(True, None), (True, None)]),
                     ("Bericht van een opdrachtgever", [(True, None), (True, None)])])
        with p.section("Account"):
            p.button("Account opzeggen", danger=True)
    with p.tab_panel(1):
        with p.section("Opdrachten plaatsen"):
            p.switch("Mijn opdrachtomschrijvingen gebruiken voor AI-training", True, ai=(True, "p"))
    return p


def personeelsplein():
    p = Page("nl", "personeelsplein-privacy", "https://mijn.personeelsplein.test/instellingen/privacy",
             "Privacy", "Personeelsplein", {**CHROME, "search_placeholder": "Zoek collega's of documenten"},
             ["Dashboard", "Verlof", "Loonstroken", "Ontwikkeling", "Privacy"],
             kind="HR-software, medewerkersportaal", nav_current=4, user="Ahmed El Amrani",
             notes="Medewerkersportaal. Statusregel 'Geen bezwaar gemaakt' met knop 'Bezwaar maken' en visueel "
                   "verborgen aanvulling (delen); tabel met bijschrift 'Training van de roosterassistent' en kolom "
                   "'Toestaan', namen rij + kolom zonder het woord training (alleen kop). Lokkers: trainingen en "
                   "cursussen (opleiding), loonstrook, gebruiksstatistieken die niet trainen. Verborgen: "
                   "aria-hidden.")
    with p.section("Loonstrook en jaaropgaaf"):
        p.switch("Loonstrook alleen digitaal ontvangen", True)
        p.button("Jaaropgaaf 2024 downloaden")
    with p.section("Verlof"):
        p.checkbox("Mijn leidinggevende mailen bij een verlofaanvraag", True)
        p.switch("Verjaardag tonen op het prikbord", False)
    with p.section("Ontwikkeling"):
        p.checkbox("Uitnodigingen voor trainingen en cursussen ontvangen", True)
        p.select("Waar wil je je opleidingsbudget aan besteden?", ["Nog niet bekend", "Vakinhoudelijk",
                                                                    "Persoonlijke ontwikkeling", "Taal"],
                 "Vakinhoudelijk")
    with p.section("Rooster en AI",
                   intro="De roosterassistent stelt diensten voor op basis van wie beschikbaar is. De "
                         "ondernemingsraad heeft ingestemd met het gebruik ervan."):
        p.state_row("Bezwaar tegen AI-training", "Geen bezwaar gemaakt", "Bezwaar maken",
                    suffix=" tegen gebruik van mijn personeelsgegevens voor AI-training", ai=(True, "i"))
        p.table("Training van de roosterassistent", "Gegevens", ["Toestaan"],
                [("Mijn gewerkte uren", [(True, (True, "h"))]),
                 ("Mijn ziekmeldingen", [(False, (False, "h"))])])
        with p.hidden("aria-hidden"):
            p.checkbox("Mijn beoordelingsgesprekken gebruiken om AI te trainen", False, ai=(True, "p"))
    with p.section("Gebruiksstatistieken"):
        p.switch("Anonieme gebruiksstatistieken delen", True,
                 help="Helpt ons het portaal te verbeteren. Deze gegevens worden niet gebruikt om modellen te "
                      "trainen.")
    with p.section("Meldingen"):
        p.table(None, "Melding", ["E-mail", "App"],
                [("Nieuwe loonstrook", [(True, None), (True, None)]),
                 ("Verlof goedgekeurd", [(True, None), (False, None)]),
                 ("Nieuw rooster gepubliceerd", [(False, None), (True, None)])])
    return p


def flexwerkt():
    p = Page("nl", "flexwerkt-gegevens", "https://app.flexwerkt.test/profiel/gegevens",
             "Mijn gegevens", "FlexWerkt", {**CHROME, "search_placeholder": "Zoek diensten bij jou in de buurt"},
             ["Diensten", "Beschikbaarheid", "Uitbetalingen", "Mijn gegevens", "Hulp"],
             kind="uitzendbureau-app voor flexwerk en bijbanen", nav_current=3, user="Noor",
             notes="Flexwerk-app. Gesegmenteerde knoppen Ja/Nee 'Mijn werkgeschiedenis buiten AI-training houden' "
                   "op Nee (delen); vage schakelaar 'Help FlexWerkt slimmer plannen' met uitleg die er alleen onder staat, niet gekoppeld (uit); duidelijke "
                   "checkbox over werkgevers die hun eigen AI trainen (uit). Lokkers: beschikbaarheidstabel, direct "
                   "uitbetalen. Verborgen: display:none inline.")
    with p.section("Beschikbaarheid"):
        p.table("Wanneer kun je werken?", "Dagdeel", ["Doordeweeks", "Weekend"],
                [("Ochtend", [(False, None), (True, None)]),
                 ("Middag", [(True, None), (True, None)]),
                 ("Avond", [(True, None), (False, None)])])
        p.select("Maximale reisafstand", ["5 km", "10 km", "25 km"], "10 km")
        p.checkbox("Ook last-minute diensten ontvangen", True)
    with p.section("Soort werk"):
        p.checkbox("Horeca", True)
        p.checkbox("Logistiek en magazijn", True)
        p.checkbox("Winkel en retail", False)
        p.checkbox("Evenementen", True)
        p.checkbox("Schoonmaak", False)
        p.select("Minimaal aantal uren per dienst", ["2 uur", "4 uur", "6 uur"], "4 uur")
        p.checkbox("Mijn rijbewijs tonen aan opdrachtgevers", True)
    with p.section("Meldingen en weergave"):
        p.switch("Melding bij nieuwe diensten in de buurt", True)
        p.segmented("Diensten tonen als", ["Lijst", "Kaart"], "Lijst")
    with p.section("Uitbetalen"):
        p.switch("Direct uitbetalen na elke dienst", False, help="Hiervoor rekenen we € 0,50 per uitbetaling.")
        p.button("Loonstroken downloaden")
    with p.section("Je gegevens en AI"):
        p.segmented("Mijn werkgeschiedenis buiten AI-training houden", ["Ja", "Nee"], "Nee", ai=(True, "i"))
        p.switch("Help FlexWerkt slimmer plannen", False,
                 help="Als dit aanstaat, gebruiken we je gewerkte diensten, beoordelingen en afmeldingen om ons "
                      "planningsmodel te trainen.", tie="near", ai=(False, "v"))
        p.checkbox("Werkgevers mogen mijn beoordelingen gebruiken om hun eigen AI te trainen", False,
                   ai=(False, "p"))
        with p.hidden("display-inline"):
            p.switch("Mijn chats met de planners gebruiken voor modeltraining", True, ai=(True, "p"))
    return p


def talentscan():
    p = Page("nl", "talentscan-gegevensgebruik", "https://kandidaat.talentscan.test/instellingen/gegevensgebruik",
             "Gegevensgebruik", "Talentscan", {**CHROME, "search_placeholder": "Zoek in je tests"},
             ["Mijn tests", "Rapporten", "Gegevensgebruik", "Hulp"],
             kind="assessment- en videosollicitatieplatform", nav_current=2, user="Kandidaat 4471",
             notes="Assessmentplatform. Statusregel 'Gegeven op …' met knop 'Intrekken' die via aria-labelledby de "
                   "titel meekrijgt (delen); duidelijke keuzelijst over video-antwoorden ('Niet toegestaan') in een "
                   "gesloten details. Lokkers: "
                   "samenvatting van het rapport zonder training, extra tijd, ondertiteling. Verborgen: "
                   "hidden-attribuut.")
    with p.section("Testinstellingen"):
        p.select("Taal van de test", ["Nederlands", "Engels"], "Nederlands")
        p.checkbox("Extra tijd (dyslexieverklaring)", False)
        p.switch("Ondertiteling bij video-instructies", True)
        p.checkbox("Herinnering sturen voor openstaande tests", True)
    with p.section("Rapport"):
        p.radios("Uitslag delen met", ["Alleen de werkgever", "De werkgever en mij", "Niemand tot ik akkoord geef"],
                 "De werkgever en mij")
        p.switch("Automatische samenvatting van je testrapport", True,
                 help="Alleen voor jouw rapport; we trainen hier niets mee.")
        p.button("Testrapport downloaden")
    with p.section("Toestemmingen"):
        p.state_row("Toestemming voor AI-training met mijn testresultaten", "Gegeven op 03-03-2025", "Intrekken",
                    ai=(True, "i"))
        with p.details("Video-opnames"):
            p.select("Gebruik van mijn video-antwoorden om het beoordelingsmodel te trainen",
                     ["Toegestaan", "Niet toegestaan"], "Niet toegestaan", ai=(False, "p"))
        with p.hidden("hidden-attr"):
            p.checkbox("Testresultaten delen met onderzoekslabs voor modeltraining", False, ai=(True, "p"))
    with p.section("Meldingen"):
        p.table(None, "Melding", ["E-mail", "Sms"],
                [("Nieuwe test klaargezet", [(True, None), (True, None)]),
                 ("Rapport beschikbaar", [(True, None), (False, None)])])
    with p.section("Toegankelijkheid"):
        p.segmented("Lettergrootte", ["Normaal", "Groot"], "Normaal")
        p.checkbox("Schermlezermodus", False)
    with p.section("Je gegevens"):
        p.button("Wachtwoord wijzigen")
        p.button("Mijn gegevens laten verwijderen", danger=True)
    return p


def build():
    return [nvb(), zzpmatch(), personeelsplein(), flexwerkt(), talentscan()]
