from lib import *

LI_SRC = (QUOTED, "https://www.iphoned.nl/nieuws/zet-gegevens-delen-voor-ai-op-linkedin-uit/")
ALLOW_BLOCK = ["Toestaan", "Blokkeren"]

CRAWLERS = [  # name, blocked?
    ("GPTBot", True), ("ClaudeBot", False), ("CCBot", True), ("Google-Extended", False),
    ("Applebot-Extended", False), ("Bytespider", True), ("Meta-ExternalAgent", True),
    ("cohere-training-data-crawler", False), ("AI2Bot", False),
]


def pages():
    P = []
    # ------------------------------------------------------------ LinkedIn
    P.append(Page(
        "nl", "linkedin-gegevens-generatieve-ai", "LinkedIn",
        "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
        "Instellingen | Gegevens voor verbetering van generatieve AI | LinkedIn", "LinkedIn",
        ["Accountvoorkeuren", "Inloggen en beveiliging", "Zichtbaarheid", "Gegevensprivacy", "Advertentiegegevens", "Meldingen"],
        "Gegevens voor verbetering van generatieve AI",
        [
            ("Gegevens voor verbetering van generatieve AI", [
                sw("Mijn gegevens gebruiken voor training van AI-modellen waarmee content wordt gemaakt", True,
                   "Mogen LinkedIn en zijn gelieerde ondernemingen je persoonsgegevens en de content die je op LinkedIn maakt gebruiken om AI-modellen te trainen die content genereren? Gegevens uit privéberichten worden niet gebruikt.",
                   ai="pos", src=LI_SRC, state_text=("Aan", "Uit")),
                lnk("Formulier voor bezwaar tegen gegevensverwerking", "https://www.linkedin.com/help/linkedin/ask/TS-DPRO",
                    "Maak bezwaar tegen het gebruik van je gegevens voor het trainen van AI-modellen die geen content genereren en andere modellen voor machine learning.",
                    sharing=True),
            ]),
            ("Hoe LinkedIn je gegevens gebruikt", [
                lnk("Een kopie van je gegevens downloaden", "#export"),
                lnk("Je sollicitatiegegevens beheren", "#jobs"),
                sw("Sociaal, economisch en werkplekgerelateerd onderzoek", True),
                sw("Zoekgeschiedenis bewaren", True),
            ]),
            ("Wie kan je gegevens zien", [
                sel("Weergaveopties voor profiel", ["Je naam en kopregel", "Privéprofielkenmerken", "Privémodus"], 0),
                sel("Wie kan je connecties zien", ["Je connecties", "Alleen jij"], 0),
                sw("Profielwijzigingen delen met je netwerk", False),
            ]),
            ("Vacatures zoeken", [
                sw("Recruiters laten weten dat je openstaat voor kansen", False),
                sw("Sollicitatieantwoorden opslaan", True),
                lnk("Geblokkeerde leden", "#blocked"),
            ]),
        ],
        "Gegevens voor verbetering van generatieve AI",
        "LinkedIn (nl): the generative-AI data page, switch on (LinkedIn's default since 3 Nov 2025), with the objection-form link for non-generative models. Decoys: research sharing, search history, visibility, job seeking.",
        state="on (default)"))

    # ------------------------------------------------------------ Cloudflare
    crawler_items = [sel(f"Actie voor {n}", ALLOW_BLOCK, 1 if b else 0, ai_map=[True, False], naming="aria-label")
                     for n, b in CRAWLERS]
    P.append(Page(
        "nl", "cloudflare-ai-crawl-control", "Cloudflare (AI crawlers)",
        "https://dash.cloudflare.com/4c2e8b1f7a9d4e6b8c0a1f2e3d4c5b6a/bakkerijdevries.nl/ai-crawl-control",
        "AI Crawl Control | bakkerijdevries.nl | Cloudflare", "Cloudflare",
        ["Overzicht", "Analyses en logboeken", "DNS", "SSL/TLS", "Beveiliging", "AI Crawl Control", "Caching", "Regels"],
        "AI Crawl Control",
        [
            ("Botbeheer", [
                sel("AI-scrapers en -crawlers blokkeren", ["Blokkeren op alle pagina's", "Alleen blokkeren op hostnamen met advertenties", "Niet blokkeren (uit)"], 2,
                    ai_map=[False, True, True],
                    desc="Blokkeert verzoeken van bots die inhoud verzamelen voor het trainen van AI-modellen."),
                sw("Beheerde robots.txt", True,
                   "Cloudflare voegt regels en inhoudssignalen aan je robots.txt toe die AI-bedrijven vragen je inhoud niet te gebruiken voor het trainen van modellen.",
                   ai="neg"),
                sw("Bot Fight Mode", False, "Daagt bekende bots uit met een rekenkundige uitdaging."),
            ]),
            ("Crawlers", [
                para("AI-crawlers die de afgelopen 7 dagen je site bezochten."),
                sel("Periode", ["Afgelopen 24 uur", "Afgelopen 7 dagen", "Afgelopen 30 dagen"], 1),
            ] + crawler_items + [
                sel("Actie voor OAI-SearchBot", ALLOW_BLOCK, 0, naming="aria-label", desc="AI-zoekmachine: toont en linkt je site in zoekresultaten."),
                sel("Actie voor ChatGPT-User", ALLOW_BLOCK, 0, naming="aria-label", desc="AI-assistent: haalt pagina's op wanneer een gebruiker erom vraagt."),
                btn("Crawler toevoegen"),
                sel("Actie voor Diffbot", ALLOW_BLOCK, 0, ai_map=[True, False], naming="aria-label",
                    hide=("dialog", "Crawler toevoegen")),
            ]),
            ("Meer", [
                lnk("Analyses bekijken", "#analytics"),
            ]),
        ],
        "AI-scrapers en -crawlers blokkeren / acties per AI-crawler",
        "Cloudflare (nl): AI Crawl Control for a zone, global AI-bot blocking off, managed robots.txt on, and per-crawler Allow/Block selects for AI training crawlers (sharing = Allow); two search/assistant crawlers (OAI-SearchBot, ChatGPT-User) are decoys, and one more crawler select sits in a closed <dialog> (hidden, not labelled).",
        state="mixed: blocking off, robots.txt on, 4 of 9 training crawlers blocked"))

    # ------------------------------------------------------------ Tumblr
    P.append(Page(
        "nl", "tumblr-blog-instellingen", "Tumblr",
        "https://www.tumblr.com/settings/blog/koffieenkrullen",
        "Instellingen voor koffieenkrullen | Tumblr", "tumblr",
        ["Account", "Dashboard", "Meldingen", "Domeinen", "Ad-free browsing", "Privacy", "Labs", "koffieenkrullen"],
        "koffieenkrullen",
        [
            ("Algemeen", [
                inp("Gebruikersnaam", "koffieenkrullen"),
                sw("Vragen toestaan", True),
                sw("Inzendingen toestaan", False),
                sel("Wie kan reageren op berichten", ["Iedereen", "Tumblrs die je volgt", "Tumblrs die je al een week volgt"], 0),
            ]),
            ("Zichtbaarheid", [
                sw("koffieenkrullen verbergen voor mensen zonder account", False),
                sw("koffieenkrullen verbergen in zoekresultaten", False),
                sw("Delen met derden voorkomen voor koffieenkrullen", False,
                   "Vraag Tumblr je openbare berichten niet te delen met externe partners, waaronder bedrijven die AI-modellen trainen.",
                   ai="neg"),
            ]),
            ("Delen", [
                sw("Deel berichten die je leuk vindt", False),
                sw("Deel Tumblrs die je volgt", True),
                sw("Toon badges", True),
            ]),
            ("Blog", [
                btn("Blog verwijderen"),
                btn("Opslaan"),
            ]),
        ],
        "Delen met derden voorkomen",
        "Tumblr (nl): blog settings with 'prevent third-party sharing' off (the default), so posts may be shared with AI-training partners: sharing true. Decoys: hide from people without an account, hide from search, sharing likes and follows.",
        state="off (default)"))

    # ------------------------------------------------------------ Atlassian
    P.append(Page(
        "nl", "atlassian-gegevensbijdrage", "Atlassian",
        "https://admin.atlassian.com/o/3f9b2c71-8d4e-4a0b-9c6f-2e1d7a5b8c90/security/data-contribution",
        "Gegevensbijdrage - Atlassian Administration", "Atlassian Administration",
        ["Overzicht", "Directory", "Apps", "Beveiliging", "Facturering", "Instellingen"],
        "Gegevensbijdrage",
        [
            ("Gegevensbijdrage", [
                para("Metagegevens en in-app-gegevens van je organisatie kunnen worden gebruikt om apps en AI-ervaringen voor alle klanten te verbeteren."),
                sw("Bijdrage van in-app-gegevens", True,
                   "Paginatitels en -inhoud in Confluence en titels, beschrijvingen en opmerkingen van werkitems in Jira kunnen worden gebruikt om Atlassian-apps en AI-ervaringen voor alle klanten te verbeteren.",
                   ai="pos"),
                sw("Bijdrage van metagegevens", True, ai="pos",
                   hide=("tab", ("In-app-gegevens", "Metagegevens"))),
            ]),
            ("In-app-gegevens uitsluiten", [
                btn("Uitsluiten", heading="Jira", aria_label="Jira uitsluiten van gegevensbijdrage", sharing=True),
                btn("Uitsluiten", heading="Confluence", aria_label="Confluence uitsluiten van gegevensbijdrage", sharing=True),
                btn("Uitsluiten", heading="Jira Service Management", aria_label="Jira Service Management uitsluiten van gegevensbijdrage", sharing=True),
            ]),
            ("AI-functies", [
                sw("Rovo inschakelen voor je organisatie", True, "Zoeken, chatten en agents met Rovo in alle apps."),
                sw("Atlassian Intelligence in Jira", True),
                sw("Atlassian Intelligence in Confluence", True),
            ]),
            ("Beveiliging", [
                sw("Tweestapsverificatie verplichten", False),
                lnk("Verificatiebeleid", "#auth"),
                lnk("Auditlogboek", "#audit"),
                lnk("Gebruikers beheren", "#users"),
                lnk("Meer over gegevensbijdrage", "https://support.atlassian.com/security-and-access-policies/docs/understand-data-contribution/"),
            ]),
        ],
        "Gegevensbijdrage (data contribution)",
        "Atlassian (nl): Atlassian Administration › Beveiliging › Gegevensbijdrage for a Standard-plan organisation: in-app data contribution on (the default for Free/Standard) and per-app 'Uitsluiten' buttons (data still contributed: sharing true); the metadata setting is in an inactive tab panel (hidden, not labelled). Decoys: Rovo and Atlassian Intelligence feature switches, security. Setting names ('In-app data contribution', 'Metadata contribution', include/exclude in-app data) and defaults read on Atlassian's own English support page https://support.atlassian.com/security-and-access-policies/docs/data-contribution-settings/; the Dutch labels are translations.",
        state="on (default)"))

    # ------------------------------------------------------------ Snapchat
    P.append(Page(
        "nl", "snapchat-generatieve-ai", "Snapchat",
        "https://accounts.snapchat.com/accounts/v2/settings/privacy",
        "Instellingen - Snapchat", "Snapchat",
        ["Mijn account", "Privacy-instellingen", "Mijn gegevens", "Meldingen", "Snapchat+", "Ondersteuning"],
        "Privacy-instellingen",
        [
            ("Instellingen voor generatieve AI", [
                sw("Gebruik van openbare content toestaan", True,
                   "Snap mag openbare content die je deelt, zoals openbare Verhalen en Spotlight-inzendingen, gebruiken om generatieve AI-modellen te trainen en te verbeteren.",
                   ai="pos"),
                sw("My Selfie in advertenties zien", True),
                sel("Genereren met My Selfie", ["Alleen ik", "Mijn vrienden"], 0),
            ]),
            ("Privacy", [
                sel("Wie kan contact met me opnemen", ["Iedereen", "Mijn vrienden", "Mijn contacten"], 1),
                sel("Wie kan mijn Verhaal bekijken", ["Iedereen", "Vrienden", "Aangepast"], 1),
                sel("Wie kan mijn locatie zien", ["Ghost-modus", "Mijn vrienden", "Geselecteerde vrienden"], 0),
                sw("Mij tonen in Snel toevoegen", True),
                sw("Activiteitsindicator", False),
            ]),
            ("Advertenties", [
                sw("Advertenties op basis van activiteit", False),
                sw("Advertenties op basis van partneractiviteit", False),
            ]),
            ("Account", [
                lnk("Mijn gegevens downloaden", "#mydata"),
                btn("Account verwijderen"),
            ]),
        ],
        "Instellingen voor generatieve AI: gebruik van openbare content",
        "Snapchat (nl): privacy settings, generative-AI section with 'allow use of public content' on (default). The English path 'Generative AI Settings' › 'allow use of public content' is quoted at https://www.lemon8-app.com/@h.d.duck/7592452104627798558; the Dutch label is a translation and the web URL is a plausible one (the setting is mainly in the app). Decoys: My Selfie in ads (AI feature, not training), contact/story/location privacy, ads.",
        state="on (default)"))
    return P
