from lib import Page, LANGS

L = LANGS["nl"]


def nrc():
    p = Page("nl", "nrc-instellingen-privacy", "https://mijn.nrc.nl/instellingen/privacy", "NRC",
             "Privacy | Mijn NRC", "Privacy",
             "Bekende dienst (reconstructie, je-vorm). Vage radiogroep met hulptekst over training, segmentknoppen Aan/Uit (expliciet), schakelaar 'Bezwaar maken' (omgekeerd); partnervinkje verborgen met een display:none-klasse.",
             ["Mijn abonnement", "Gegevens", "Nieuwsbrieven", "Privacy", "Reacties", "Klantenservice"], active=3,
             intro="Bepaal zelf wat NRC met je gegevens mag doen.",
             known=True, search=("Zoeken", "Zoek in NRC"), langsel=("Taal", L),
             account=("Mijn NRC", ["Abonnement", "Leeslijst", "Uitloggen"]),
             footer=("NRC Media B.V.", "Colofon", "Privacyverklaring", "Cookiebeleid", "Contact"),
             prefix="nr", hide_class="is-verborgen", accent="#d3202f", font="'NRC Serif',Georgia,serif")
    p.sec("Proeflab")
    p.rgroup("Meedoen aan NRC Proeflab", ["Ja, ik doe mee", "Nee"], 1, shares=[True, False],
             help="Proeflab gebruikt je markeringen en notities om onze machine-learningmodellen te trainen.", ai="v")
    p.cb("Uitnodigingen voor lezersonderzoek", False)
    p.end()
    p.sec("Lezen")
    p.seg("Mijn leesgedrag gebruiken voor AI-training", ["Aan", "Uit"], 0, shares=[True, False], ai="p")
    p.cb("Mijn gegevens delen met partners voor het trainen van AI", False, hide="class")
    p.sw("Artikelen voorlezen met een AI-stem", True, help="De stem is synthetisch en leert niet van wat jij beluistert.")
    p.sw("Verder lezen op andere apparaten", True)
    p.end()
    p.sec("Reacties")
    p.text("Weergavenaam", "Lotte uit Deventer")
    p.sw("Bezwaar maken tegen AI-training met mijn reacties", False, ai="i")
    p.cb("Mail me als iemand op mijn reactie reageert", True)
    p.end()
    p.sec("Nieuwsbrieven")
    p.cb("NRC Vandaag", True)
    p.cb("Haagse zaken", False)
    p.cb("Aanbiedingen van NRC", False)
    p.end()
    p.sec("Advertenties en statistieken")
    p.sw("Gepersonaliseerde advertenties", False)
    p.sw("Bezoekersstatistieken", True, help="Geanonimiseerd en nooit gebruikt om modellen te trainen.")
    p.button("Mijn gegevens downloaden")
    p.button("Account verwijderen")
    p.end()
    return p


def polderbode():
    p = Page("nl", "polderbode-voorkeuren", "https://abonnement.polderbode.test/mijn-account/voorkeuren", "De Polderbode",
             "Voorkeuren – Mijn account – De Polderbode", "Voorkeuren",
             "Verzonnen lokale krant (u-vorm). Tabel waarvan de rijkop over training gaat (naam zegt het, aria-labelledby), vage radiofieldset met hulptekst; kinderschakelaar onder aria-hidden.",
             ["Mijn abonnement", "Bezorging", "Voorkeuren", "E-paper", "Facturen"], active=2,
             intro="Het weekblad voor de Noordoostpolder en Urk.",
             search=("Zoeken", "Zoeken in het archief"), langsel=("Taal", L),
             account=("Dhr. Hoekstra", ["E-paper lezen", "Vakantieservice", "Uitloggen"]),
             footer=("Uitgeverij De Polderbode", "Colofon", "Privacy", "Adverteren", "Tip de redactie"),
             prefix="pb", hide_class="onzichtbaar", accent="#1565c0", font="'Noto Serif',serif", bg="#f1f4f8")
    p.sec("Bezorging")
    p.select("Vakantieservice", ["Gewoon bezorgen", "Bezorging stopzetten", "Krant doneren aan het verzorgingshuis"], 0)
    p.text("Bezorgnotitie", "Krant in de schuur graag")
    p.cb("Sms bij vertraging", False)
    p.end()
    p.sec("Uw inzendingen")
    p.table("Wat wij met uw inzendingen mogen doen", "Gebruik", ["Ingezonden brieven", "Foto's"],
            ["Trainen van onze AI-modellen"], [[False, True]], ai_cols={0: ("p", False), 1: ("p", False)}, labelledby=True)
    p.cb("Mijn woonplaats vermelden bij ingezonden brieven", True)
    p.end()
    p.sec("Tiplijn")
    p.radios("Meehelpen aan de voorleesstem", ["Ja", "Nee"], 0, shares=[True, False],
             help="Als u meehelpt, gebruiken we uw ingesproken tips om ons spraakmodel te trainen.", ai="v")
    p.sw("Bevestiging sturen als de redactie mijn tip ontvangt", True)
    p.end()
    p.sec("Gezinsaccount")
    p.bsw("Leesgedrag van mijn kinderen gebruiken voor AI-training", False, hide="aria")
    p.button("Gezinslid toevoegen")
    p.sw("Kindvriendelijke voorpagina", True)
    p.end()
    p.sec("Nieuwsbrieven")
    p.cb("Polder Vandaag", True)
    p.cb("Sport in de polder", True)
    p.cb("Familieberichten", False)
    p.cb("Acties van lokale ondernemers", False)
    p.end()
    p.sec("Account")
    p.button("Wachtwoord wijzigen")
    p.button("Abonnement opzeggen")
    p.end()
    return p


def kopstukken():
    p = Page("nl", "kopstukken-gegevens", "https://app.kopstukken.test/instellingen/gegevens", "Kopstukken",
             "Je gegevens · Kopstukken", "Je gegevens",
             "Verzonnen nieuwsaggregator (je-vorm). Statusregel 'Afmelding intrekken' via aria-labelledby (omgekeerd), keuzelijst onder kop 'Waar onze AI van leert' (alleen kop), knop-schakelaar met vage aria-label en hulptekst; schakelaar met visibility:hidden.",
             ["Voor jou", "Bronnen", "Je gegevens", "Meldingen", "Weergave"], active=2,
             search=("Zoeken", "Zoek onderwerpen of bronnen"), langsel=("Taal", L),
             account=("Profiel", ["Wissel van account", "Kopstukken Plus", "Uitloggen"]),
             footer=("Kopstukken B.V.", "Privacy", "Voorwaarden", "Transparantie", "Vacatures"),
             prefix="ks", hide_class="weg", accent="#ef6c00", font="'Work Sans',sans-serif", bg="#f9f7f4")
    p.sec("Modeltraining")
    p.state("Je bent afgemeld voor modeltraining",
            "Sinds 2 mei worden je klikken niet meer gebruikt om ons rangschikkingsmodel te trainen.", "Afmelding intrekken",
            sharing=False, ai="i")
    p.bsw("Help Kopstukken slimmer te worden", False,
          help="Hiermee worden je leesgewoonten gebruikt om onze modellen te trainen.", ai="v")
    p.end()
    p.sec("Waar onze AI van leert", "Kies welke gegevens meetellen.")
    p.select("Je zoekopdrachten", ["Mogen worden gebruikt", "Niet gebruiken"], 0, shares=[True, False], ai="h")
    p.sw("Train modellen met mijn bewaarde artikelen", True, hide="visibility")
    p.end()
    p.sec("Tijdlijn")
    p.sw("Betaalde artikelen verbergen", False)
    p.sw("AI-samenvattingen tonen", True, help="Gemaakt op basis van alleen de tekst van het artikel.")
    p.select("Regio", ["Nederland", "Vlaanderen"], 0)
    p.rgroup("Lettergrootte", ["Klein", "Normaal", "Groot"], 1)
    p.end()
    p.sec("Meldingen")
    p.sw("Breaking news", True)
    p.sw("Avondoverzicht", False)
    p.cb("Uitslagen van mijn club", True)
    p.seg("Hoeveel meldingen", ["Weinig", "Normaal", "Alles"], 1, how="label")
    p.end()
    p.sec("Account")
    p.text("E-mailadres", "sanne.devries@example.nl", type="email")
    p.sw("Inloggen met passkey", False)
    p.button("Gekoppelde apps")
    p.button("Gegevens exporteren")
    p.button("Account verwijderen")
    p.end()
    return p


def oosten():
    p = Page("nl", "dagbladvanhetoosten-luisteren-privacy", "https://luister.dagbladvanhetoosten.test/account/privacy", "Dagblad van het Oosten",
             "Privacy – Podcasts en nieuwsbrieven – Dagblad van het Oosten", "Podcasts en nieuwsbrieven: privacy",
             "Verzonnen regionale krant, podcast- en nieuwsbriefomgeving (je-vorm). Tabel eigen/partners onder bijschrift over AI-training (alleen kop), vinkje 'uitsluiten' (omgekeerd); knop-schakelaar in een gesloten dialoog.",
             ["Podcasts", "Nieuwsbrieven", "Privacy", "Afspelen", "Lidmaatschap"], active=2,
             search=("Zoeken", "Zoek afleveringen"), langsel=("Taal", L),
             account=("Daan", ["Mijn bibliotheek", "Lidmaatschap", "Uitloggen"]),
             footer=("Dagblad van het Oosten", "Privacy", "Toegankelijkheid", "Contact"),
             prefix="do", hide_class="verstopt", accent="#00838f", font="Lato,sans-serif", bg="#eef7f8")
    p.sec("Vragen aan de makers", "Stuur een gesproken vraag in via de app; misschien hoor je hem terug in de podcast.")
    p.table("Wat we mogen gebruiken om AI te trainen", "Gegevens", ["Onze modellen", "Modellen van partners"],
            ["Ingesproken vragen"], [[True, False]], ai_cols={0: ("h", False), 1: ("h", False)})
    p.cb("Mijn voornaam noemen in de uitzending", True)
    p.end()
    p.sec("Luistergeschiedenis")
    p.cb("Mijn luistergeschiedenis uitsluiten van AI-training", True, ai="i")
    p.button("Luistergeschiedenis wissen")
    dlg = []
    p.bsw("Nieuwsbriefreacties gebruiken voor training", True, hide="dialog", out=dlg)
    p.dialog("Meer instellingen", "Meer instellingen", dlg, "Sluiten")
    p.end()
    p.sec("Afspelen")
    p.select("Afspeelsnelheid", ["1×", "1,25×", "1,5×", "2×"], 0)
    p.sw("Nieuwe afleveringen automatisch downloaden", True)
    p.sw("Stiltes overslaan", False)
    p.sw("Artikelen voorgelezen door een synthetische stem", True, help="Een deel van de krantenartikelen krijgt een AI-voorleesversie.")
    p.end()
    p.sec("Nieuwsbrieven")
    p.cb("Het Oosten om acht uur", True)
    p.cb("Twente sport", False)
    p.cb("Nieuwe afleveringen", True)
    p.cb("Evenementen voor leden", False)
    p.end()
    p.sec("Lidmaatschap")
    p.sw("Luisteren zonder reclame", True)
    p.button("Betaalgegevens wijzigen")
    p.end()
    return p


def meepraten():
    p = Page("nl", "meepraten-privacy", "https://account.meepraten.test/instellingen/privacy", "Meepraten",
             "Privacy | Meepraten – het reactieplatform van uw regionale krant", "Privacy",
             "Verzonnen reactieplatform voor regionale titels (u-vorm). Radiogroep onder kop 'Training van ons moderatiemodel' (alleen kop), vage segmentknoppen met hulptekst; vinkje in een inactief tabblad.",
             ["Profiel", "Gevolgde titels", "Privacy", "Meldingen", "Geblokkeerd"], active=2,
             search=("Zoeken", "Zoek een discussie"), langsel=("Taal", L),
             account=("Mijn profiel", ["Mijn discussies", "Gevolgde titels", "Uitloggen"]),
             footer=("Meepraten — gebruikt door 25 regionale titels", "Huisregels", "Privacy", "Hulp"),
             prefix="mp", hide_class="niet-tonen", accent="#558b2f", font="'Source Sans 3',sans-serif")
    p.sec("Training van ons moderatiemodel", "Het model helpt onze moderatoren om kwetsende reacties sneller te vinden.")
    p.rgroup("Uw gemelde reacties", ["Meenemen", "Niet meenemen"], 1, shares=[True, False], ai="h")
    p.end()
    p.sec("Discussies")
    p.seg("Bijdragen aan betere discussies", ["Ja", "Nee"], 0, shares=[True, False],
          help="Uw stemmen en reacties worden dan gebruikt om het model te trainen dat discussies sorteert.", ai="v")
    p.select("Reacties sorteren op", ["Nieuwste", "Meeste stemmen", "Aanbevolen"], 0)
    p.end()
    p.sec("Zichtbaarheid")
    prof, mod = [], []
    tmp = p.body
    p.body = prof
    p.sw("Woonplaats tonen op mijn profiel", True)
    p.sw("Aantal reacties tonen", False)
    p.body = tmp
    p.cb("Mijn reacties laten meetellen in de AI-training", True, hide="tab", out=mod)
    p.tabs("Profielinstellingen", ["Profiel", "Moderatie"], [prof, mod])
    p.end()
    p.sec("Meldingen")
    p.cb("Als iemand op mij reageert", True)
    p.cb("Als mijn reactie wordt uitgelicht", True)
    p.cb("Wekelijkse selectie van discussies", False)
    p.select("E-mailfrequentie", ["Direct", "Dagelijks", "Nooit"], 1)
    p.end()
    p.sec("Account")
    p.text("Weergavenaam", "Henk uit Zwolle")
    p.button("Geblokkeerde leden beheren")
    p.button("Mijn reacties downloaden")
    p.button("Account opheffen")
    p.end()
    return p


def pages():
    return [nrc(), polderbode(), kopstukken(), oosten(), meepraten()]
