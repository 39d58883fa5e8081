from lib import Page

UI = dict(search="Zoeken", search_ph="Zoeken", lang_label="Taal",
          langs=["Nederlands", "English"], account="Mijn account",
          menu=["Mijn profiel", "Lidmaatschap", "Klantenservice"], signout="Uitloggen",
          nav_label="Instellingen", skip="Naar de inhoud",
          footer=["Privacyverklaring", "Cookies", "Algemene voorwaarden", "Contact"])


def anwb():
    p = Page("nl", "anwb-privacy", "https://www.anwb.nl/mijn-anwb/instellingen/privacy", UI,
             brand="ANWB", title="Privacyinstellingen | Mijn ANWB", h1="Privacyinstellingen",
             nav=["Mijn lidmaatschap", "Mijn gegevens", "Wegenwacht", "Reizen", "Privacy", "Nieuwsbrieven"],
             nav_current=4, known=True, account_label="Mijn ANWB",
             service="ANWB (Mijn ANWB, ledenomgeving), reconstructie",
             notes="Plain switch off, vague 'Meedoen aan het ANWB Verkeerslab' explained by its description, an "
                   "objection state row ('Bezwaar maken …', none lodged); decoys: AI breakdown estimate not "
                   "kept, location with breakdown report, analytics cookies; CSS-class hidden decoy.",
             lead="Bepaal hoe de ANWB je gegevens gebruikt. Wijzigingen gaan direct in.")
    with p.section("Contact"):
        p.checkbox("ANWB Kampioen op papier ontvangen", True)
        p.checkbox("Nieuwsbrief Vakantie & Vrije tijd", False)
        p.radios("Hoe mogen we je benaderen?", ["E-mail", "Telefoon", "Post"], 0, style="radiogroup")
    with p.section("Persoonlijke aanbiedingen"):
        p.switch("Aanbiedingen afgestemd op mijn lidmaatschap", False, mode="native")
        p.switch("Advertenties op andere websites afstemmen op mijn interesses", False)
    with p.section("Wegenwacht-app"):
        p.switch("Locatie automatisch meesturen bij pech", True)
        p.switch("Pechoorzaak vooraf laten inschatten door AI", True,
                 help="De inschatting wordt alleen voor jouw melding gemaakt en niet bewaard.")
    with p.section("AI bij de ANWB",
                   intro="We gebruiken AI om pech sneller te verhelpen en drukte op de weg te voorspellen. Jij "
                         "bepaalt welke gegevens daarvoor gebruikt worden."):
        p.switch("Mijn pechmeldingen gebruiken om AI-modellen te trainen", False, mode="labelledby",
                 ai=("p", False))
        p.checkbox("Meedoen aan het ANWB Verkeerslab", True,
                   help="Het Verkeerslab traint voorspellingsmodellen voor files met de ritgegevens van deelnemers.",
                   ai=("v", True))
        p.state_row("Gesprekken met de Wegenwacht en de Alarmcentrale", "Geen bezwaar gemaakt", "Bezwaar maken",
                    suffix=" tegen het trainen van AI met je telefoongesprekken", ai=("i", True))
        with p.hidden("display-none-class", cls="oud-blok"):
            p.checkbox("Spraakopnames delen met AI-partners", False, hidden_ai=True)
    with p.section("Lidmaatschap en cookies"):
        p.select("Betaalwijze contributie", ["Automatische incasso", "iDEAL"], 0)
        p.checkbox("Digitale ledenpas in de app", True)
        p.checkbox("Analytische cookies", True,
                   help="Alleen om het bezoek aan de site te meten, niet om AI te trainen.")
    p.buttons("Mijn gegevens opvragen", "Opslaan")
    return p


def nlvoorelkaar():
    p = Page("nl", "nlvoorelkaar-instellingen", "https://www.nlvoorelkaar.nl/mijn-account/instellingen", UI,
             brand="NLvoorelkaar", title="Instellingen – NLvoorelkaar", h1="Instellingen",
             nav=["Mijn profiel", "Mijn reacties", "Berichten", "Instellingen", "Mijn organisatie"], nav_current=3,
             known=True,
             service="NLvoorelkaar (vrijwilligersplatform), reconstructie",
             notes="Imperative 'Sluit mijn berichten uit van AI-training' ticked, a two-row table under a "
                   "heading/intro about a research partner training a matching model (column 'Toestaan'); "
                   "inactive tab panel holds the hidden decoy; decoys: machine translation, vacancy tips.")
    with p.tabs("Onderdelen", ["Privacy", "Archief"]) as t:
        with t.panel(0):
            with p.section("Zichtbaarheid"):
                p.radios("Wie mag je profiel zien?", ["Alle organisaties", "Alleen organisaties waar ik op reageer",
                                                      "Niemand"], 0)
                p.checkbox("Toon mijn woonplaats", True)
                p.checkbox("Toon mijn profielfoto", True)
                p.segmented("Wanneer ben je beschikbaar?", ["Doordeweeks", "Weekend", "Flexibel"], 2)
            with p.section("Meldingen"):
                p.select("Vacaturetips mailen", ["Dagelijks", "Wekelijks", "Nooit"], 1)
                p.switch("Bericht als een organisatie reageert", True, mode="native")
                p.switch("Vacatures automatisch vertalen", False,
                         help="Machinevertaling bij het openen; er wordt niets bewaard.")
            with p.section("Berichten"):
                p.checkbox("Sluit mijn berichten uit van AI-training", True, tie="near",
                           help="Het gaat om berichten tussen jou en organisaties.", ai=("i", False))
            with p.section("Samenwerking met een onderzoekspartner",
                           intro="Een onderzoekspartner ontwikkelt een AI-model dat vrijwilligers en vacatures "
                                 "beter bij elkaar brengt. Om het te trainen vraagt hij gegevens van deelnemers."):
                p.table("Wat de partner mag gebruiken", ["Gegeven", "Toestaan"], [
                    ("Je profieltekst", [(True, ("h", True))]),
                    ("Je reacties op vacatures", [(False, ("h", False))]),
                ])
            p.buttons("Download mijn gegevens", "Account verwijderen", "Opslaan")
        with t.panel(1):
            with p.section("Archief"):
                p.checkbox("Profielgegevens doorgeven voor AI-training door derden", False, hidden_ai=True)
    return p


def uilen():
    p = Page("nl", "hc-de-uilen-privacy", "https://leden.hcdeuilen.test/account/privacy", UI,
             brand="Hockeyclub De Uilen", title="Privacy – Ledenportaal HC De Uilen", h1="Privacy",
             nav=["Mijn team", "Wedstrijden", "Trainingen", "Vrijwilligerstaken", "Contributie", "Privacy"],
             nav_current=5,
             service="Invented hockey club members' portal",
             notes="Vague 'Help de Slimme Opstelling verbeteren' switch explained by its description, "
                   "participle 'Wedstrijdvideo's uitgesloten van AI-training' left unticked, plain select set "
                   "to 'Niet toegestaan'; decoys: trainingen as practice, line-up suggestions, youth "
                   "permissions; aria-hidden decoy.")
    with p.section("Ledenlijst"):
        p.select("Wie ziet mijn telefoonnummer?", ["Alle leden", "Alleen mijn team", "Alleen trainers"], 1)
        p.checkbox("Verjaardag tonen in de app", True)
        p.checkbox("Mijn adres tonen aan mijn teammanager", True)
        p.segmented("Taal van de app", ["Nederlands", "English"], 0)
    with p.section("Trainingen en wedstrijden"):
        p.checkbox("Herinnering voor trainingen", True)
        p.checkbox("Melding bij wijziging van de wedstrijdtijd", True)
        p.radios("Rijden naar uitwedstrijden", ["Ik kan rijden", "Ik rijd mee", "Zelf regelen"], 0, style="radiogroup")
    with p.section("Teamindeling"):
        p.switch("Help de Slimme Opstelling verbeteren", True, mode="labelledby",
                 help="Met jouw wedstrijdstatistieken en trainingsopkomst trainen we het model achter de "
                      "Slimme Opstelling.", ai=("v", True))
        p.switch("Opstellingsvoorstellen tonen", True, help="Voorstellen worden per wedstrijd berekend.")
    with p.section("Video en teamchat"):
        p.checkbox("Wedstrijdvideo's uitgesloten van AI-training", False, tie="near",
                   help="Anders worden beelden van de veldcamera gebruikt om het analysemodel van de leverancier "
                        "te trainen.", ai=("i", True))
        p.select("Gebruik van mijn teamchat voor het trainen van AI", ["Toegestaan", "Niet toegestaan"], 1,
                 ai=("p", False))
        with p.hidden("aria-hidden"):
            p.switch("Spelerspaspoort delen voor AI-onderzoek", False, hidden_ai=True)
    with p.section("Jeugdleden"):
        p.checkbox("Mijn kind mag zich zelf afmelden voor trainingen", True)
        p.checkbox("Foto's van mijn kind op de clubsite", False)
    with p.section("Vrijwilligerstaken"):
        p.select("Voorkeur bardienst", ["Zaterdagochtend", "Zaterdagmiddag", "Zondag"], 1)
        p.checkbox("Herinnering voor mijn vrijwilligerstaak", True)
    p.buttons("Betaalgegevens wijzigen", "Opslaan")
    return p


def groeneburen():
    p = Page("nl", "groene-buren-voorkeuren", "https://mijn.groeneburen.test/voorkeuren", UI,
             brand="Stichting Groene Buren", title="Mijn voorkeuren – Groene Buren", h1="Mijn voorkeuren",
             nav=["Mijn donaties", "Periodieke gift", "Mijn tuin", "Voorkeuren", "Nalaten"], nav_current=3,
             service="Invented urban-greening charity (donor area)",
             notes="Plain question radiogroup set to 'Nee', imperative 'Stop het gebruik … voor AI-training' "
                   "switch off inside a closed details, a state row named through aria-labelledby under a "
                   "heading about a university training a plant model; closed dialog holds the hidden decoy; "
                   "decoys: on-phone plant recognition.")
    with p.section("Periodieke gift"):
        p.select("Bedrag per maand", ["€ 5", "€ 10", "€ 25"], 1)
        p.checkbox("Jaaroverzicht voor de belastingaangifte mailen", True)
        p.checkbox("Gift vastleggen als periodieke gift (5 jaar)", False)
        p.buttons("Rekeningnummer wijzigen")
    with p.section("Post en e-mail"):
        p.checkbox("Groene Buren Magazine", True, mode="wrap")
        p.checkbox("Tuintips per e-mail", True, mode="wrap")
        p.checkbox("Informatie over nalaten ontvangen", False, mode="wrap")
        p.radios("Hoe vaak mogen we je mailen?", ["Wekelijks", "Maandelijks", "Alleen bij acties"], 1)
    with p.section("Onze AI-plannen", intro="We gebruiken AI onder meer in de Tuinscan."):
        p.switch("Planten herkennen in de Tuinscan", True, mode="native", help="De herkenning gebeurt op je telefoon.")
        p.radios("Mogen we je enquêteantwoorden gebruiken om onze AI te trainen?", ["Ja", "Nee"], 1,
                 style="radiogroup", ai=("p", False))
        with p.details("Meer instellingen"):
            p.switch("Stop het gebruik van mijn donatiegeschiedenis voor AI-training", False,
                     help="Zolang dit uit staat, leert ons voorspelmodel voor acties ook van jouw giften.",
                     ai=("i", True))
            p.checkbox("Stuur me een bedankkaart per post", False)
    with p.section("AI-onderzoek met een universiteit",
                   intro="Een universiteit wil met tuinfoto's van donateurs een AI-model trainen dat inheemse "
                         "planten herkent."):
        p.state_row("Jouw tuinfoto's", "Gedeeld", "Wijzigen", ai=("h", True))
        with p.dialog("Lees de onderzoeksafspraken", "Afspraken met de universiteit",
                      text="Foto's worden zonder adres of naam gedeeld en na afloop van het onderzoek verwijderd.",
                      close="Sluiten"):
            p.checkbox("Ook mijn tuinvideo's aanleveren voor het model", False, hidden_ai=True)
    p.buttons("Opslaan")
    return p


def zwervers():
    p = Page("nl", "scouting-de-zwervers-privacy", "https://ouders.scouting-dezwervers.test/instellingen/privacy", UI,
             brand="Scouting De Zwervers", title="Privacy-instellingen – Ouderportaal Scouting De Zwervers",
             h1="Privacy-instellingen",
             nav=["Opkomsten", "Kamp", "Foto's", "Contributie", "Instellingen"], nav_current=4,
             account_label="Ouderaccount",
             service="Invented scout group (parents' portal, family data)",
             notes="Plain segmented group 'Kampfoto's van mijn kind gebruiken voor AI-training' set to 'Nee', "
                   "infinitive 'Gegevens van ons gezin niet gebruiken …' unticked (family data); decoys: "
                   "parental permissions, face grouping that does not train; inline display:none decoy.")
    with p.section("Gegevens van je kind"):
        p.checkbox("Naam van mijn kind tonen bij groepsfoto's", False)
        p.checkbox("Mijn kind mag zelf berichten sturen in de groepsapp", True)
        p.select("Wie ziet het medisch formulier?", ["Alleen de kampstaf", "De hele leiding"], 0)
        p.buttons("Gegevens van mijn kind downloaden")
    with p.section("Foto's"):
        p.radios("Delen van groepsfoto's", ["Alleen binnen de groep", "Ook op de website", "Niet delen"], 0,
                 style="radiogroup")
        p.switch("Gezichten herkennen om foto's te sorteren", False,
                 help="Gebeurt in ons eigen fotoalbum en wordt niet gebruikt om een model te trainen.")
        p.segmented("Kampfoto's van mijn kind gebruiken voor AI-training", ["Ja", "Nee"], 1, ai=("p", False))
    with p.section("Het gezinsaccount"):
        p.checkbox("Gegevens van ons gezin niet gebruiken voor het trainen van AI", False, tie="near",
                   help="Geldt voor alle gezinsleden in dit account, ook in de app van de vereniging.",
                   ai=("i", True))
        p.checkbox("Tweede ouder mag meelezen", True)
        p.checkbox("Ik wil helpen als ouder bij opkomsten", False)
        with p.hidden("display-none-inline"):
            p.switch("Kampverslagen beschikbaar stellen voor AI-training", False, hidden_ai=True)
    with p.section("Contributie"):
        p.select("Betaling", ["Incasso per kwartaal", "Incasso per jaar"], 1)
        p.checkbox("Bijdrage voor het kampfonds", True)
    with p.section("Berichten"):
        p.switch("Herinnering voor opkomsten", True, mode="native")
        p.switch("Nieuwsbrief van de groep", True, mode="native")
    p.buttons("Opslaan")
    return p


PAGES = [anwb, nlvoorelkaar, uilen, groeneburen, zwervers]
