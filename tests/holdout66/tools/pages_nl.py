from lib import Page


def pages():
    out = []

    # 1 ---------------------------------------------------------------- Meditation Moments (known, je)
    p = Page("nl", "meditationmoments-privacy", "https://www.meditationmoments.com/nl/account/privacy",
             "Meditation Moments", "Privacy", known=True, theme="meditation", accent="#d9644a", bg="#fbf6f3",
             hidecls="verborgen",
             nav=[("Profiel", "/nl/account/profiel", False), ("Abonnement", "/nl/account/abonnement", False),
                  ("Herinneringen", "/nl/account/herinneringen", False), ("Privacy", "/nl/account/privacy", True),
                  ("Cadeaukaart", "/nl/account/cadeau", False), ("Hulp", "/nl/hulp", False)],
             menu=[("Mijn profiel", "/nl/profiel"), ("Mijn statistieken", "/nl/statistieken"), ("Uitloggen", "/nl/logout")],
             footer=[("Privacyverklaring", "/nl/privacy"), ("Algemene voorwaarden", "/nl/voorwaarden"),
                     ("Cookies", "/nl/cookies"), ("Contact", "/nl/contact")],
             search_ph="Zoek meditaties, series, muziek",
             lede="Even stilstaan bij wat er met je gegevens gebeurt.",
             notes="Bekende dienst, tekst verzonnen (je-vorm). v: schakelaar 'Help Meditation Moments beter te maken' (alleen de uitleg noemt training); p: fieldset 'Mijn dagboeknotities gebruiken om AI-modellen te trainen' (Nee); i: vinkje 'Mijn spraakopnames uitsluiten van modeltraining' (aangevinkt = niet delen). Verborgen: CSS-klasse met display:none. Lokkers: aanbevelingen, herinneringen, statistieken, downloads.")
    p.section("Herinneringen")
    p.switch("Dagelijkse herinnering", True)
    p.select("Tijdstip", ["07:00", "12:30", "19:00", "22:00"], 3)
    p.check("Ook in het weekend", False)
    p.section("Luisteren")
    p.radios("Stem", ["Vrouwelijke stem", "Mannelijke stem"], 0)
    p.switch("Achtergrondgeluiden", True)
    p.switch("Alleen downloaden via wifi", True)
    p.section("Aanbevelingen")
    p.switch("Aanbevelingen op basis van wat ik luister", True,
             "Alleen voor jouw account; je kunt ze altijd wissen.")
    p.check("Statistieken op het startscherm tonen", True)
    p.section("Jouw gegevens en AI",
              "We werken aan nieuwe functies met kunstmatige intelligentie. Hier bepaal je wat jouw gegevens daaraan bijdragen.")
    p.switch("Help Meditation Moments beter te maken", True,
             "We gebruiken dan je sessies en stemmingsscores om onze aanbevelingsmodellen te trainen.", ai="v")
    p.radios("Mijn dagboeknotities gebruiken om AI-modellen te trainen", ["Ja", "Nee"], 1, share=[True, False],
             ai="p")
    p.check("Mijn spraakopnames uitsluiten van modeltraining", True, ai="i")
    p.begin_hidden("css-class")
    p.switch("Mijn slaapgegevens delen met onderzoekspartners voor het trainen van AI", True, ai="p")
    p.end_hidden()
    p.section("Account")
    p.text("E-mailadres", "sanne.devries@example.nl", type="email")
    p.check("Nieuwsbrief ontvangen", False)
    p.ctl_button("Mijn gegevens downloaden")
    p.ctl_button("Account verwijderen")
    out.append(p)

    # 2 ---------------------------------------------------------------- Schrijfplek (invented, je)
    p = Page("nl", "schrijfplek-gegevens", "https://app.schrijfplek.test/instellingen/gegevens", "Schrijfplek",
             "Gegevens & AI", theme="journaling", accent="#3f7d6e", bg="#f2f7f5", hidecls="is-weg",
             nav=[("Algemeen", "/instellingen", False), ("Dagboeken", "/instellingen/dagboeken", False),
                  ("Beveiliging", "/instellingen/beveiliging", False), ("Gegevens & AI", "/instellingen/gegevens", True),
                  ("Abonnement", "/instellingen/abonnement", False)],
             menu=[("Profiel", "/profiel"), ("Vriend uitnodigen", "/uitnodigen"), ("Afmelden", "/afmelden")],
             footer=[("Privacy", "/privacy"), ("Voorwaarden", "/voorwaarden"), ("Helpcentrum", "/help")],
             search_ph="Zoek in je dagboek",
             lede="Wat je hier schrijft, is van jou. Hieronder lees je wat Schrijfplek ermee mag.",
             notes="Verzonnen (dagboek, je-vorm). v: role=radiogroup 'Bijdragen aan betere schrijfsuggesties' (alleen de uitleg noemt training); p: knopschakelaar via aria-labelledby over foto's; h: aria-pressed 'Dagboekteksten' onder de kop 'Modeltraining'. Verborgen: aria-hidden-blok. Lokkers: schrijfsuggesties met AI, maandoverzicht, pincode, back-up.")
    p.section("Schrijven")
    p.switch("Vraag van de dag", True)
    p.switch("Schrijfsuggesties met AI", True,
             "Suggesties worden ter plekke gemaakt en niet bewaard.")
    p.check("Maandoverzicht per e-mail", False)
    p.select("Lettertype", ["Merriweather", "Inter", "Typemachine"], 0)
    p.section("Beveiliging")
    p.switch("Vergrendelen met pincode", True)
    p.switch("End-to-end-versleuteling", True)
    p.section("Back-up")
    p.switch("Automatische back-up", True)
    p.pressed("Formaat", ["PDF", "Markdown"], 1)
    p.section("Suggesties")
    p.radios("Bijdragen aan betere schrijfsuggesties", ["Aan", "Uit"], 0, share=[True, False], style="aria",
             help="Je teksten worden zonder naam gebruikt om ons taalmodel te trainen.", ai="v")
    p.bswitch("Mijn foto's gebruiken voor het trainen van het beeldmodel", False, naming="labelledby", ai="p")
    p.section("Modeltraining",
              "Schrijfplek traint een eigen model. Kies welke inhoud daarvoor gebruikt mag worden.")
    p.pressed("Dagboekteksten", ["Meenemen", "Niet meenemen"], 0, share=[True, False], ai="h")
    p.begin_hidden("aria-hidden")
    p.check("Gedeelde dagboeken gebruiken voor AI-training", True, ai="p")
    p.end_hidden()
    p.section("Herinneringen")
    p.switch("Avondherinnering om te schrijven", True)
    p.select("Tijd", ["20:30", "21:30", "22:30"], 1)
    p.section("Account")
    p.ctl_button("Alles exporteren")
    p.ctl_button("Account opheffen")
    out.append(p)

    # 3 ---------------------------------------------------------------- Sterrenwijzer (invented, je)
    p = Page("nl", "sterrenwijzer-privacy", "https://www.sterrenwijzer.test/mijn-account/privacy", "Sterrenwijzer",
             "Privacy", theme="astrology", accent="#4a3f8c", bg="#f4f2fa", hidecls="onzichtbaar",
             nav=[("Geboortehoroscoop", "/mijn-account/horoscoop", False), ("Relaties", "/mijn-account/relaties", False),
                  ("Meldingen", "/mijn-account/meldingen", False), ("Privacy", "/mijn-account/privacy", True),
                  ("Sterrenpas", "/mijn-account/sterrenpas", False)],
             menu=[("Mijn horoscoop", "/mijn-account/horoscoop"), ("Tegoed kopen", "/winkel"), ("Uitloggen", "/logout")],
             footer=[("Privacyverklaring", "/privacy"), ("Voorwaarden", "/voorwaarden"), ("Klantenservice", "/service")],
             search_ph="Tekens, huizen, transits…",
             lede="De sterren weten al genoeg. Jij beslist wat wij weten.",
             notes="Verzonnen (astrologie, je-vorm). p: keuzelijst 'Jouw vragen aan Astra gebruiken voor AI-training' (Niet toestaan); v: statusregel met verborgen achtervoegsel 'Stoppen Deelname aan het verbeterprogramma' (uitleg noemt training); i: schakelaar 'Bezwaar tegen gebruik van mijn horoscoopgegevens voor modeltraining' (uit = delen). Verborgen: visibility:hidden. Lokkers: Astra-chat, dagelijkse horoscoop, relatievergelijking.")
    p.section("Geboortegegevens")
    p.text("Geboorteplaats", "Zwolle")
    p.text("Geboortetijd", "11:50", type="time")
    p.check("Tijd is een schatting", False)
    p.section("Meldingen")
    p.switch("Dagelijkse horoscoop", True)
    p.switch("Belangrijke transits", True)
    p.switch("Volle maan", False)
    p.section("Astra",
              "Astra is onze AI-astroloog en beantwoordt je vragen aan de hand van je geboortehoroscoop.")
    p.bswitch("Astra gebruiken", True, naming="text")
    p.radios("Lengte van de antwoorden", ["Kort", "Uitgebreid"], 0, style="aria")
    p.section("Jouw gegevens")
    p.select("Jouw vragen aan Astra gebruiken voor AI-training", ["Toestaan", "Niet toestaan"], 1,
             share=[True, False], ai="p")
    p.state("Deelname aan het verbeterprogramma", "Je doet mee", "Stoppen", True, ai="v",
            help="Zolang je meedoet, worden je horoscoopgegevens en je beoordelingen van Astra's antwoorden gebruikt om het model te trainen.")
    p.switch("Bezwaar tegen gebruik van mijn horoscoopgegevens voor modeltraining", False, ai="i")
    p.begin_hidden("visibility-hidden")
    p.check("Horoscopen van mijn relaties gebruiken voor AI-training", True, ai="p")
    p.end_hidden()
    p.section("Relaties")
    p.switch("Vrienden mogen hun horoscoop met de mijne vergelijken", True)
    p.check("Mijn sterrenbeeld op mijn profiel tonen", True)
    p.ctl_button("Vraaggeschiedenis wissen")
    p.ctl_button("Account verwijderen")
    out.append(p)

    # 4 ---------------------------------------------------------------- Kerkpunt (invented, u)
    p = Page("nl", "kerkpunt-privacy", "https://kerkpunt.test/profiel/privacy", "Kerkpunt",
             "Privacy", theme="faith", accent="#245a8d", bg="#f1f5f9", hidecls="niet-tonen",
             nav=[("Profiel", "/profiel", False), ("Mijn gemeente", "/profiel/gemeente", False),
                  ("Kringen", "/profiel/kringen", False), ("Privacy", "/profiel/privacy", True),
                  ("Collecte", "/profiel/collecte", False)],
             menu=[("Profiel", "/profiel"), ("Gemeente wisselen", "/gemeenten"), ("Uitloggen", "/logout")],
             footer=[("Privacyverklaring", "/privacy"), ("Gebruiksvoorwaarden", "/voorwaarden"), ("Contact", "/contact")],
             search_ph="Zoek diensten, kringen, liederen",
             lede="Uw gegevens worden zorgvuldig bewaard. Op deze pagina bepaalt u wat ermee gebeurt.",
             notes="Verzonnen (kerkelijke app, u-vorm). v: fieldset 'Meewerken aan de verbetering van Kerkpunt' (alleen de uitleg noemt training); i: statusregel met aria-labelledby 'Uitschakelen Preekaantekeningen uitsluiten van AI-training' (aan = niet delen); p: knopschakelaar met tekst over gebedsintenties. Verborgen: gesloten <dialog>. Lokkers: preeksamenvatting met AI, ledenlijst, collecte, liturgie.")
    p.section("Zichtbaarheid")
    p.check("Opgenomen in de ledenlijst", True)
    p.check("Verjaardag tonen in de kerkbrief", False)
    p.radios("Telefoonnummer zichtbaar voor", ["Niemand", "Mijn kring", "Alle leden"], 1)
    p.section("Meldingen")
    p.switch("Nieuwe diensten en liturgie", True)
    p.switch("Gebedspunten uit mijn kring", True)
    p.switch("Collecte-oproepen", False)
    p.section("Preken")
    p.switch("Samenvatting van de preek met AI", True,
             "Wordt gemaakt van de opname van de dienst; uw eigen aantekeningen worden daarbij niet gebruikt.")
    p.select("Bijbelvertaling", ["NBV21", "Herziene Statenvertaling", "BasisBijbel"], 0)
    p.section("Kunstmatige intelligentie")
    p.radios("Meewerken aan de verbetering van Kerkpunt", ["Ja, ik werk mee", "Nee"], 1, share=[True, False],
             help="Uw zoekopdrachten en aantekeningen bij preken worden dan gebruikt om ons AI-model te trainen.",
             ai="v")
    p.state("Preekaantekeningen uitsluiten van AI-training", "Ingeschakeld op 4 februari 2024", "Uitschakelen", True,
            naming="labelledby", ai="i")
    p.begin_details("Geavanceerd")
    p.bswitch("Gebedsintenties gebruiken om de AI-assistent te trainen", True, naming="text", ai="p")
    p.end_details()
    p.begin_hidden("closed-dialog", opener="Meer instellingen")
    p.switch("Kringgesprekken gebruiken om de AI-assistent te trainen", True, ai="p")
    p.end_hidden()
    p.section("Collecte")
    p.check("Jaaroverzicht giften per e-mail", True)
    p.ctl_button("Machtiging beheren")
    p.ctl_button("Mijn gegevens downloaden")
    out.append(p)

    # 5 ---------------------------------------------------------------- Koersvast (invented, u)
    p = Page("nl", "koersvast-ai", "https://mijn.koersvast.test/voorkeuren/ai", "Koersvast",
             "AI-voorkeuren", theme="coaching", accent="#d0831f", bg="#fbf7f0", hidecls="d-none",
             nav=[("Mijn doelen", "/voorkeuren/doelen", False), ("Mijn coach", "/voorkeuren/coach", False),
                  ("Agenda", "/voorkeuren/agenda", False), ("AI-voorkeuren", "/voorkeuren/ai", True),
                  ("Facturen", "/voorkeuren/facturen", False)],
             menu=[("Mijn profiel", "/profiel"), ("Werkgeversportaal", "/werkgever"), ("Uitloggen", "/logout")],
             footer=[("Privacyverklaring", "/privacy"), ("Voorwaarden", "/voorwaarden"), ("Beroepscode", "/beroepscode")],
             lede="Uw traject blijft vertrouwelijk. Hier legt u vast wat onze AI met uw gegevens mag.",
             notes="Verzonnen (coaching, u-vorm). p: vinkje 'Mijn coachgesprekken gebruiken voor het trainen van AI-modellen' (aan); i: keuzelijst 'Beperking van AI-training' (alleen verslagen uitgesloten = gesprekken worden nog gebruikt, dus delen); h: schakelaar 'Doelen en reflecties' onder de kop over het trainen van de coachassistent. Verborgen: inactief tabblad. Lokkers: gespreksverslag met AI, herinneringen, agenda, werkgeversrapportage.")
    p.begin_tabs(["Voorkeuren", "Onderzoek"])
    p.section("Gesprekken")
    p.select("Standaardduur", ["30 minuten", "45 minuten", "60 minuten"], 2)
    p.switch("Gespreksverslag met AI", True,
             "Alleen zichtbaar voor u en uw coach; wordt niet gebruikt om modellen te trainen.")
    p.switch("Gesprekken opnemen", False)
    p.section("Doelen")
    p.switch("Wekelijkse herinnering", True)
    p.pressed("Toon van herinneringen", ["Aanmoedigend", "Zakelijk"], 1)
    p.section("Uw gegevens")
    p.check("Mijn coachgesprekken gebruiken voor het trainen van AI-modellen", True, ai="p")
    p.select("Beperking van AI-training", ["Geen beperking", "Gespreksverslagen uitsluiten", "Alles uitsluiten"], 1,
             share=[True, True, False], ai="i")
    p.section("Training van onze coachassistent",
              "De coachassistent van Koersvast wordt getraind met inhoud van deelnemers. Kies wat u wilt bijdragen.")
    p.switch("Doelen en reflecties", False, ai="h")
    p.next_panel()
    p.section("Wetenschappelijk onderzoek")
    p.check("Geanonimiseerde gesprekken delen met de universiteit voor het trainen van modellen", True, ai="p")
    p.end_tabs()
    p.section("Agenda")
    p.ctl_button("Google Agenda koppelen")
    p.ctl_button("Outlook koppelen")
    p.section("Meldingen")
    p.switch("Herinnering een dag voor het gesprek", True)
    p.switch("Berichten van mijn coach", True)
    p.check("Samenvatting per e-mail na elk gesprek", False)
    p.section("Werkgever")
    p.check("Mijn werkgever mag mijn aanwezigheid zien", True)
    p.check("Mijn antwoorden meenemen in het anonieme teamrapport", False)
    out.append(p)

    return out
