from lib import Page


def chrome(brand, account="Mijn account", menu=None, u=False):
    return {"search": "Zoeken", "language": "Taal", "account": account, "nav": "Instellingen",
            "menu": menu or [("Profiel", "/profiel"), ("Abonnement", "/abonnement"), ("Uitloggen", "/uitloggen")],
            "copy": f"© 2025 {brand}"}


def typeform():
    p = Page("nl", "typeform-privacy", "https://admin.typeform.com/nl/account/privacy", "Typeform",
             "Privacy en gegevens – Typeform", "Privacy en gegevens", "class", known=True, hide_class="verborgen",
             notes="Formulieren (je); select met duidelijke naam op 'Niet toestaan', button switch via aria-labelledby met hulptekst, tabelcel onder trainingsbijschrift.",
             lead="Bepaal hoe Typeform omgaat met de formulieren en antwoorden in je account.",
             nav=[("Account", "/nl/account"), ("Workspaces", "/nl/account/workspaces"), ("Privacy en gegevens", "/nl/account/privacy"),
                  ("Abonnement", "/nl/account/billing"), ("Koppelingen", "/nl/account/connect")],
             active=2, footer=[("Helpcentrum", "https://help.typeform.com"), ("Privacy", "/nl/help/privacy"), ("Voorwaarden", "/nl/help/terms")],
             chrome=chrome("Typeform SL", "Account", [("Mijn profiel", "/nl/account"), ("Organisatie wisselen", "/nl/orgs"), ("Uitloggen", "/logout")]))
    p.sec("AI-functies",
          p.sw("Vragen laten voorstellen door AI", True, help="Je prompt wordt verwerkt om een concept te maken. Daarmee trainen we geen modellen."),
          p.sw("Antwoorden automatisch samenvatten", False),
          p.cb("Mail me als er nieuwe AI-functies beschikbaar zijn", True),
          p.sel("Typeform-AI trainen met antwoorden uit mijn formulieren", ["Toestaan", "Niet toestaan"], 1, ai=False, shape="p"),
          p.bsw("Bijdragen aan productverbetering", True, naming="lb",
                help="Als dit aanstaat, gebruiken we de vragen en de opbouw van je typeforms om onze AI-modellen te trainen.",
                ai=True, shape="v"),
          p.hide(p.cb("Geanonimiseerde antwoorden delen met onderzoekspartners voor modeltraining", False, ai=False, shape="p", hid=True)))
    p.sec("Workspaces",
          p.table("Welke workspaces gebruikt mogen worden voor modeltraining", "Workspace", ["Toegestaan"],
                  [("Klantonderzoek", [(False, False, "h")])]))
    p.sec("Antwoorden",
          p.cb("IP-adressen van respondenten niet opslaan", True),
          p.sel("Antwoorden bewaren", ["30 dagen", "1 jaar", "Onbeperkt"], 2),
          p.cb("Gedeeltelijke antwoorden opslaan", False))
    p.sec("Beveiliging en koppelingen",
          p.sw("Tweestapsverificatie", True),
          p.btn("HubSpot koppelen"),
          p.btn("Google Sheets koppelen"),
          p.sel("Valuta voor betalingen in formulieren", ["EUR", "USD", "GBP"], 0),
          p.btn("Alle antwoorden exporteren"),
          p.btn("Account verwijderen"))
    return p


def dagboekje():
    p = Page("nl", "dagboekje-privacy", "https://dagboekje.test/instellingen/privacy", "Dagboekje",
             "Privacy · Dagboekje", "Privacy", "aria-hidden", known=False,
             notes="Dagboek (je); omhullend label 'Houd … buiten AI-training' aangevinkt, radiogroup onder kop over training, statusregel 'Uit' met verborgen achtervoegsel.",
             nav=[("Profiel", "/instellingen"), ("Privacy", "/instellingen/privacy"), ("Herinneringen", "/instellingen/herinneringen"),
                  ("Uiterlijk", "/instellingen/uiterlijk"), ("Back-up", "/instellingen/backup")],
             active=1, footer=[("Help", "/help"), ("Privacyverklaring", "/privacy"), ("Contact", "/contact")],
             chrome=chrome("Dagboekje B.V.", "Ik"))
    p.sec("Beveiliging",
          p.sw("Dagboek vergrendelen met pincode", True),
          p.cb("Ontgrendelen met gezichtsherkenning", True),
          p.sel("Automatisch vergrendelen na", ["Direct", "5 minuten", "1 uur"], 1))
    p.sec("Schrijfhulp",
          p.sw("Schrijfvragen van de dag", True, help="Worden op je eigen toestel bedacht. Je teksten gaan nergens heen en worden niet gebruikt om te trainen."),
          p.cb("Houd mijn foto's buiten AI-training", True, wrap=True, ai=False, shape="i"),
          p.state("AI-training", "Uit", "Aanzetten", suffix="AI-training met mijn dagboekteksten", ai=False, shape="p"),
          p.hide(p.sw("Spraakmemo's gebruiken voor AI-training", False, ai=False, shape="p", hid=True)),
          p.cb("Laat het me weten als er nieuwe AI-schrijfhulp is", False))
    p.sec("Zo trainen we onze AI",
          p.rg("Stemmingsscores", ["Meenemen", "Niet meenemen"], 0, ai=True, shape="h"),
          intro="Met jouw toestemming gebruiken we sommige gegevens om onze taalmodellen te trainen.")
    p.sec("Herinneringen",
          p.cb("Avondherinnering", True),
          p.text("Tijdstip", "22:00", typ="time"),
          p.cb("Maandoverzicht per e-mail", False))
    p.sec("Uiterlijk en gegevens",
          p.seg("Thema", ["Licht", "Donker", "Systeem"], 2),
          p.btn("Dagboek exporteren als PDF"),
          p.btn("Back-up maken naar iCloud"),
          p.btn("Alles wissen"))
    return p


def enquetewerk():
    p = Page("nl", "enquetewerk-privacy", "https://mijn.enquetewerk.test/instellingen/privacy", "EnquêteWerk",
             "Privacy en gegevens | EnquêteWerk", "Privacy en gegevens", "visibility", known=False,
             notes="Enquêtes (u); fieldset met vage legenda en aria-describedby, switch 'Bezwaar maken' aan, checkbox met duidelijke naam.",
             lead="Deze instellingen gelden voor alle enquêtes binnen uw organisatie.",
             nav=[("Organisatie", "/instellingen"), ("Gebruikers", "/instellingen/gebruikers"), ("Privacy en gegevens", "/instellingen/privacy"),
                  ("Facturen", "/instellingen/facturen"), ("Koppelingen", "/instellingen/koppelingen")],
             active=2, footer=[("Klantenservice", "/support"), ("Privacyverklaring", "/privacy"), ("Verwerkersovereenkomst", "/verwerkersovereenkomst")],
             chrome=chrome("EnquêteWerk B.V.", "Account", u=True))
    p.sec("Kunstmatige intelligentie",
          p.sw("Open antwoorden automatisch coderen", True, help="Dit gebeurt binnen uw eigen omgeving."),
          p.radio("Deelname aan het verbeterprogramma", ["Ja", "Nee"], 0,
                  help="Deelnemers staan toe dat antwoorden uit hun enquêtes worden gebruikt om onze taalmodellen te trainen.",
                  ai=True, shape="v"),
          p.sw("Bezwaar maken tegen gebruik van mijn enquêtedata voor AI-training", False, ai=True, shape="i"),
          p.cb("Open antwoorden gebruiken om AI-modellen te trainen", True, ai=True, shape="p"),
          p.hide(p.cb("Gegevens in licentie geven aan derden voor AI-training", False, ai=False, shape="p", hid=True)),
          p.cb("Houd mij op de hoogte van nieuwe AI-mogelijkheden", False))
    p.sec("Respondenten",
          p.cb("Antwoorden standaard anoniem verwerken", True),
          p.sel("Bewaartermijn", ["3 maanden", "1 jaar", "2 jaar"], 1),
          p.cb("Privacyverklaring tonen bij de start", True))
    p.sec("Meldingen",
          p.cb("Dagelijks overzicht van nieuwe antwoorden", True),
          p.cb("Melding bij bereiken van het quotum", True),
          p.sel("Meldingen versturen via", ["E-mail", "Microsoft Teams", "Beide"], 0))
    p.sec("Beveiliging en export",
          p.sw("Single sign-on verplichten", False),
          p.btn("Exporteren naar SPSS"),
          p.btn("Koppelen met Power BI"),
          p.btn("Organisatie opheffen"))
    return p


def sterrenwijzer():
    p = Page("nl", "sterrenwijzer-gegevens", "https://www.sterrenwijzer.test/account/gegevens", "Sterrenwijzer",
             "Jouw gegevens – Sterrenwijzer", "Jouw gegevens", "dialog", known=False,
             notes="Astrologie (je); checkbox in gesloten details onder trainingssamenvatting, segmentknoppen met hulptekst, button switch met negatieve aria-label uit.",
             nav=[("Profiel", "/account"), ("Geboortehoroscoop", "/account/horoscoop"), ("Jouw gegevens", "/account/gegevens"),
                  ("Meldingen", "/account/meldingen"), ("Sterrenwijzer Plus", "/account/plus")],
             active=2, footer=[("Contact", "/contact"), ("Privacy", "/privacy"), ("Voorwaarden", "/voorwaarden")],
             chrome=chrome("Sterrenwijzer", "Profiel"))
    p.sec("Geboortegegevens",
          p.text("Geboorteplaats", "Zwolle"),
          p.text("Geboortetijd", "04:25", typ="time"),
          p.bsw("Mijn geboortehoroscoop niet gebruiken voor AI-training", False, naming="aria", vis="Geboortehoroscoop", ai=True, shape="i"))
    p.sec("Duidingen",
          p.sw("Dagelijkse duiding door AI", True, help="Gemaakt op basis van je horoscoop en de transits van vandaag."),
          p.seg("Help de duidingen verbeteren", ["Aan", "Uit"], 0,
                help="Je beoordelingen en chatvragen worden gebruikt om het model te trainen dat de duidingen schrijft.", ai=True, shape="v"),
          p.hide(p.cb("Chatgesprekken gebruiken om de AI te trainen", False, ai=False, shape="p", hid=True),
                 p.p("Je kunt dit later altijd aanpassen."),
                 title="Help onze AI slimmer te worden", close="Sluiten"),
          p.details("Training van onze AI-modellen",
                    p.cb("Droomdagboek", False, ai=False, shape="h"),
                    p.p("Vink aan om je droomdagboek mee te laten tellen.")))
    p.sec("Meldingen",
          p.cb("Dagelijkse horoscoop", True),
          p.cb("Volle maan", True),
          p.cb("Nieuwe AI-duidingen", False),
          p.sel("Tijdstip van de melding", ["07:00", "08:00", "12:00"], 1))
    p.sec("Account",
          p.cb("Gepersonaliseerde advertenties", False),
          p.seg("Weergave", ["Licht", "Donker"], 1),
          p.btn("Betaalgegevens wijzigen"),
          p.btn("Gegevens downloaden"),
          p.btn("Account verwijderen"))
    return p


def stilteapp():
    p = Page("nl", "stilteapp-voorkeuren", "https://stilteapp.test/profiel/voorkeuren", "Stilte",
             "Voorkeuren – Stilte", "Voorkeuren", "tab", known=False,
             notes="Meditatie (je); radiogroup met duidelijke naam op 'Nee', statusregel 'Aan' onder kop 'Modeltraining' (knop + titel), select met hulptekst.",
             lead="Stel je oefeningen in en kies wat je met ons deelt.",
             nav=[("Profiel", "/profiel"), ("Voorkeuren", "/profiel/voorkeuren"), ("Herinneringen", "/profiel/herinneringen"),
                  ("Abonnement", "/profiel/abonnement"), ("Hulp", "/hulp")],
             active=1, footer=[("Over Stilte", "/over"), ("Privacy", "/privacy"), ("Voorwaarden", "/voorwaarden")],
             chrome=chrome("Stilte", "Profiel"))
    p.sec("Oefenen",
          p.sel("Standaardduur", ["5 minuten", "10 minuten", "20 minuten"], 1),
          p.rg("Stem", ["Marieke", "Joost", "Geen stem"], 0),
          p.cb("Natuurgeluiden na de laatste gong", True),
          p.sw("Offline beschikbaar", False))
    p.sec("Gegevens",
          p.sw("Persoonlijke aanbevelingen", True, help="Berekend uit je oefengeschiedenis."),
          p.rg("Mijn sessies gebruiken voor het trainen van AI", ["Ja", "Nee"], 1, ai=False, shape="p"),
          p.sel("Gegevens delen", ["Niets", "Alleen statistieken", "Statistieken en dagboek"], 2,
                help="Met ‘Statistieken en dagboek’ gebruiken we je dagboekteksten ook om onze AI-modellen te trainen.",
                ai=True, shape="v"))
    p.sec("Modeltraining",
          p.state("Gesproken reflecties", "Aan", "Uitzetten", ai=True, shape="h"),
          intro="Deze bronnen mogen gebruikt worden om de modellen van Stilte te trainen.")
    p.sec("Meer",
          p.hide(p.sw("Ademhalingsdata gebruiken voor AI-training", False, ai=False, shape="p", hid=True),
                 tabs=("Meldingen", [p.cb("Dagelijkse herinnering", True),
                                     p.cb("Nieuwe meditaties van de AI-coach", False),
                                     p.cb("Weekoverzicht", True)],
                       "Onderzoek"), tablist="Meer instellingen"))
    p.sec("Toegankelijkheid en account",
          p.cb("Ondertiteling bij begeleide sessies", True),
          p.cb("Minder beweging", False),
          p.btn("Geschiedenis exporteren"),
          p.btn("Account verwijderen"))
    return p


PAGES = [typeform, dagboekje, enquetewerk, sterrenwijzer, stilteapp]
