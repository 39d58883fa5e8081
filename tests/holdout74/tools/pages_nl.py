from lib import Page, LANG_OPTS


def mk(slug, url, brand, title, **kw):
    kw.setdefault("lang_opts", LANG_OPTS)
    kw.setdefault("lang_label", "Taal")
    kw.setdefault("search", "Zoeken")
    return Page("nl", slug, url, brand, title, **kw)


def transip():
    p = mk("transip-privacy-ai", "https://www.transip.nl/cp/webhosting/beheer/bakkerij-vandam.nl/privacy-ai/",
           "TransIP", "Privacy & AI", known=True,
           notes="Bekende dienst (reconstructie, je-vorm). Vage gesegmenteerde knoppen ('Deelname aan het Open Web-onderzoek', hulptekst noemt trainen), checkbox waarvan alleen de sectiekop training noemt ('Serverlogs en foutmeldingen'), omgekeerde select ('… weren', Nee); lokkers: AI-hulp zonder training, melding over AI-botverkeer; CSS-klasse met display:none.",
           search_ph="Zoek in het controlepaneel", account="Mijn account",
           menu=["Accountgegevens", "Facturen", "Support", "Uitloggen"], nav_label="Webhosting",
           nav=["Overzicht", "Bestanden", "Databases", "E-mail", "Beveiliging", "Privacy & AI", "Facturen"],
           nav_current="Privacy & AI", footer=["Support", "Storingen", "Privacy", "Voorwaarden", "© TransIP B.V."],
           lead="Webhostingpakket bakkerij-vandam.nl", hide_class="verborgen")
    p.sec("Webhostingpakket")
    p.txt("Domein", "bakkerij-vandam.nl")
    p.sel("PHP-versie", ["8.1", "8.2", "8.3"], "8.3")
    p.cb("HTTPS afdwingen", True)
    p.btn("Open bestandsbeheer")
    p.sec("AI en je website")
    p.seg("Deelname aan het Open Web-onderzoek", ["Aan", "Uit"], "Uit", ai="v", yes=["Aan"],
          help="Deelnemers stellen de openbare pagina's van hun site beschikbaar aan onderzoeksinstellingen die er taalmodellen mee trainen.")
    p.sel("Trainingsbots van AI-bedrijven weren", ["Nee", "Alleen via robots.txt", "Ja, ook blokkeren"], "Nee",
          ai="i", yes=["Nee"])
    p.hide_begin("class-none")
    p.bsw("Mijn mailboxen gebruiken voor AI-training", False, mode="text", ai="p")
    p.hide_end()
    p.bsw("AI-hulp in het controlepaneel", True,
          help="Geeft antwoord op basis van onze kennisbank en leest je bestanden niet. Er wordt niets gebruikt om te trainen.")
    p.sec("Training van onze eigen modellen",
          intro="TransIP traint modellen die storingen en misbruik voorspellen. Geef aan welke gegevens van jouw pakket daarvoor gebruikt mogen worden.")
    p.cb("Serverlogs en foutmeldingen", True, ai="h")
    p.sec("Beveiliging")
    p.sw("Tweestapsverificatie", True)
    p.sel("Back-ups", ["Dagelijks", "Wekelijks"], "Dagelijks")
    p.cb("Malwarescan", True)
    p.sec("Statistieken")
    p.cb("Bezoekersstatistieken", True)
    p.cb("IP-adressen anonimiseren", True)
    p.sec("Notificaties")
    p.cb("Mail me als AI-bots veel verkeer veroorzaken", True, wrap=True)
    p.cb("Nieuwsbrief", False, wrap=True)
    p.btn("Facturen downloaden")
    return p


def bouwsteen():
    p = mk("bouwsteen-data", "https://app.bouwsteen.test/sites/fietsenmaker-jansen/instellingen/data", "Bouwsteen",
           "Data en AI",
           notes="Verzonnen websitebouwer (je-vorm). Button switch met aria-label die training noemt (aan), tabel waarvan alleen het bijschrift 'Trainingsdata' noemt (kolom 'Toegestaan'), vage radiogroep ('Datadeling met partners', hulptekst noemt trainen); lokkers: AI-schrijfhulp zonder training, meldingentabel; aria-hidden.",
           search_ph="Zoeken in instellingen", account="Account",
           menu=["Profiel", "Abonnement", "Facturen", "Uitloggen"], nav_label="Site",
           nav=["Pagina's", "Afspraken", "Reviews", "Bezoekers", "Data en AI", "Domein", "Instellingen"],
           nav_current="Data en AI", footer=["Helpcentrum", "Privacy", "Voorwaarden", "Bouwsteen B.V."],
           lead="Fietsenmaker Jansen")
    p.sec("Site")
    p.txt("Naam van de site", "Fietsenmaker Jansen")
    p.sel("Taal van de site", ["Nederlands", "English", "Deutsch"], "Nederlands")
    p.cb("Onderhoudsmodus", False)
    p.sec("AI")
    p.bsw("Bouwsteen-AI trainen met mijn sitecontent", True, mode="label", ai="p")
    p.hide_begin("aria-hidden")
    p.cb("Productfoto's gebruiken voor modeltraining", False, ai="p")
    p.hide_end()
    p.sw("Teksten laten schrijven door de AI-assistent", True,
         help="Je instructies worden alleen gebruikt om het antwoord te maken, niet om modellen te trainen.")
    p.sec("Wat onze modellen van je site mogen leren")
    p.tbl("Trainingsdata per onderdeel", ["Toegestaan"],
          [("Werkplaatsafspraken", {"on": False, "ai": "h"}), ("Reviews van klanten", {"on": True, "ai": "h"})],
          corner="Onderdeel")
    p.sec("Partnerprogramma")
    p.rad("Datadeling met partners", ["Niet delen", "Geanonimiseerd delen"], "Niet delen", ai="v",
          yes=["Geanonimiseerd delen"],
          help="Onze partners zijn bedrijven die met deze gegevens hun AI-modellen trainen, bijvoorbeeld voor prijsvoorspellingen.")
    p.sec("Bezoekers")
    p.sw("Cookiemelding", True)
    p.cb("Sessies van bezoekers opnemen", False)
    p.sel("Statistieken", ["Geen", "Ingebouwd", "Plausible"], "Ingebouwd")
    p.sec("Meldingen")
    p.tbl("Hoe we je op de hoogte houden", ["E-mail", "App"],
          [("Nieuwe afspraak", [True, True]), ("Nieuwe review", [True, False])], corner="Gebeurtenis")
    p.btn("Sitegegevens exporteren")
    return p


def kladblok():
    p = mk("kladblok-privacy", "https://kladblok.test/instellingen/privacy", "Kladblok", "Privacy",
           notes="Verzonnen blogplatform (je-vorm). Omgekeerde statusregel ('Bezwaar tegen AI-training…', status Uit, knop 'Aanzetten' via aria-labelledby knop+titel), vage schakelaar ('Kladblok Uitgeversfonds', hulptekst noemt trainen), radiogroep waarvan alleen de sectiekop training noemt ('Foto's bij je berichten'); lokkers: spellingcontrole met AI, meldingen over AI-functies; visibility:hidden.",
           search_ph="Zoek blogs en berichten", account="Mies",
           menu=["Mijn blog", "Account", "Hulp", "Uitloggen"], nav_label="Instellingen",
           nav=["Blog", "Reacties", "Privacy", "Samenwerkingen", "Meldingen", "Account"],
           nav_current="Privacy", footer=["Over Kladblok", "Hulp", "Privacy", "Kladblok B.V."])
    p.sec("Je blog")
    p.txt("Naam van je blog", "Moestuin van Mies")
    p.sel("Wie mag meelezen", ["Iedereen", "Alleen volgers", "Alleen ik"], "Iedereen")
    p.cb("Toon je volledige naam", False)
    p.cb("Leestijd tonen", True)
    p.sec("Reacties")
    p.cb("Reacties toestaan", True)
    p.sel("Moderatie", ["Alles eerst goedkeuren", "Alleen met links", "Geen"], "Alleen met links")
    p.sec("AI-training")
    p.st("Bezwaar tegen AI-training met je berichten", "Uit", False, "Aanzetten", mode="lb", ai="i")
    p.hide_begin("visibility")
    p.sw("Reacties van lezers meenemen in de training", False, ai="p")
    p.hide_end()
    p.sec("Samenwerkingen")
    p.sw("Kladblok Uitgeversfonds", True, ai="v",
         help="Via het fonds verkopen we licenties op openbare blogberichten aan bedrijven die er AI-modellen mee trainen. Jij krijgt een deel van de opbrengst.")
    p.sec("Wat AI-modellen van je blog mogen leren",
          intro="Naast je tekst kunnen ook andere onderdelen van je blog als trainingsmateriaal dienen.")
    p.rg("Foto's bij je berichten", ["Ja", "Nee"], "Nee", ai="h", yes=["Ja"])
    p.sec("Schrijfhulp")
    p.bsw("Spellingcontrole met AI", True,
          help="Werkt in je browser. Je concepten worden niet opgeslagen en niet gebruikt voor training.")
    p.sw("Meld nieuwe AI-functies", False)
    p.sec("Meldingen")
    p.cb("Nieuwe volger", True, wrap=True)
    p.cb("Nieuwe reactie", True, wrap=True)
    p.sec("Account")
    p.sw("Tweestapsverificatie", True)
    p.btn("Exporteer je blog")
    p.btn("Account verwijderen")
    return p


def polderhost():
    p = mk("polderhost-privacy", "https://mijn.polderhost.test/pakketten/ph-20931/privacy", "Polderhost", "Privacy en AI",
           notes="Verzonnen hostingpartij (u-vorm). Radiogroep met vraag als legenda (plain), dubbele ontkenning als schakelaar ('AI-trainingsbots niet langer weren', uit = niet gebruikt), statusregel waarvan alleen de sectiekop training noemt ('Wijzigen' + visueel verborgen 'Uw supporttickets'); lokkers: melding bij botverkeer; gesloten <dialog>.",
           search_ph="Zoeken", account="Mijn Polderhost",
           menu=["Gegevens", "Facturen", "Support", "Afmelden"], nav_label="Pakket ph-20931",
           nav=["Overzicht", "Bestanden", "Databases", "E-mail", "Beveiliging", "Privacy en AI", "Facturen"],
           nav_current="Privacy en AI", footer=["Support", "Status", "Privacyverklaring", "Polderhost B.V., Zwolle"],
           lead="tandartspraktijk-zuid.nl")
    p.sec("Pakket")
    p.txt("Hoofddomein", "tandartspraktijk-zuid.nl")
    p.sel("Datacenter", ["Amsterdam", "Groningen"], "Amsterdam")
    p.cb("Gratis SSL-certificaat", True)
    p.btn("Bestandsbeheer openen")
    p.sec("AI en crawlers")
    p.rad("Mogen AI-bedrijven uw website gebruiken om modellen te trainen?", ["Ja", "Nee"], "Nee", ai="p", yes=["Ja"])
    p.sw("AI-trainingsbots niet langer weren", False, ai="i", inv=False, dbl=True,
         help="Standaard weren wij bekende trainingsbots via robots.txt en de firewall.")
    p.dialog_begin("Geavanceerde instellingen", "Geavanceerde instellingen")
    p.bsw("Back-ups beschikbaar stellen voor AI-training", False, mode="label", ai="p")
    p.dialog_end("Sluiten")
    p.sec("Training van ons supportmodel",
          intro="Onze virtuele helpdesk leert van echte supportgesprekken. U bepaalt of die van u meetellen.")
    p.st("Uw supporttickets", "Worden gebruikt", True, "Wijzigen", mode="sr", ai="h")
    p.sec("Beveiliging")
    p.sw("Tweestapsverificatie", True)
    p.sel("Back-upfrequentie", ["Dagelijks", "Wekelijks"], "Dagelijks")
    p.cb("Inlogpogingen beperken", True)
    p.sec("E-mail")
    p.cb("Spamfilter", True)
    p.sel("Filterniveau", ["Laag", "Normaal", "Streng"], "Normaal")
    p.sec("Berichten")
    p.cb("Mail mij bij veel botverkeer", True, wrap=True)
    p.cb("Nieuwsbrief ontvangen", False, wrap=True)
    p.btn("Facturen downloaden")
    return p


def dijkrand():
    p = mk("dijkrand-ai-crawlers", "https://console.dijkrand.test/zones/omroep-westland.nl/ai-crawlers", "Dijkrand",
           "AI-crawlers",
           notes="Verzonnen CDN (u-vorm). Omgekeerde button switch via aria-labelledby ('AI-trainingscrawlers blokkeren', aan), vage checkbox ('Deelnemen aan Dijkrand Inzicht', hulptekst noemt trainen), tabel met kolom 'AI-training' (plain) naast lokkerkolom; lokkers: beeldoptimalisatie met AI, waarschuwing bij nieuwe AI-crawlers; inactief tabblad.",
           search_ph="Zones, regels, documentatie", account="Account",
           menu=["Profiel", "API-sleutels", "Facturatie", "Uitloggen"], nav_label="Zone",
           nav=["Overzicht", "DNS", "Cache", "Certificaten", "Beveiliging", "AI-crawlers", "Logboek"],
           nav_current="AI-crawlers", footer=["Documentatie", "Netwerkstatus", "Privacy", "Dijkrand Netwerken B.V."],
           lead="omroep-westland.nl")
    p.tabs_begin(["Instellingen", "Logboek"], "Onderdelen")
    p.sec("Zone")
    p.txt("Oorsprongsserver", "origin.omroep-westland.nl")
    p.sel("Cacheniveau", ["Standaard", "Agressief"], "Standaard")
    p.cb("HTTP/3", True)
    p.btn("Cache legen")
    p.sec("AI-crawlers")
    p.bsw("AI-trainingscrawlers blokkeren", True, mode="lb", ai="i")
    p.cb("Deelnemen aan Dijkrand Inzicht", True, ai="v",
         help="Met Inzicht stelt u geanonimiseerde verzoekgegevens van uw zone beschikbaar om onze modellen voor botdetectie te trainen.")
    p.bsw("Beeldoptimalisatie met AI", True,
          help="Draait op onze randservers; uw beelden worden niet gebruikt om modellen te trainen.")
    p.sec("Gebruik per contentsoort")
    p.tbl("Wie mag wat met uw content", ["Zoekmachines", "AI-training"],
          [("Nieuwsartikelen", [True, {"on": False, "ai": "p"}])], corner="Content")
    p.sec("Beveiliging")
    p.sw("WAF", True)
    p.sel("Botbeheer", ["Uit", "Uitdagen", "Blokkeren"], "Uitdagen")
    p.cb("Rate limiting", True)
    p.sec("Meldingen")
    p.sw("Waarschuw mij bij nieuwe AI-crawlers", True)
    p.sw("Maandrapport", True)
    p.end_sec()
    p.tabs_next()
    p.sec("Logboek")
    p.sw("Logboeken gebruiken voor het trainen van modellen", False, ai="p")
    p.end_sec()
    p.tabs_end()
    return p


def pages():
    return [transip(), bouwsteen(), kladblok(), polderhost(), dijkrand()]
