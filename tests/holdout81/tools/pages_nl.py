from lib import Page, ai, hide

LANGS = ["Nederlands", "English", "Deutsch", "Français", "Frysk"]


def startpage(method):
    P = Page("nl", "startpage-instellingen", "https://www.startpage.com/do/settings",
             "Instellingen - Startpage", "Startpage", known=True, method=method,
             notes="Startpage (reconstructie, u). Keuzelijst 'Mijn zoekopdrachten gebruiken om AI-modellen te "
                   "trainen' = Nee; statusregel 'Help Startpage verbeteren' (Aan, knop 'Uitzetten' + titel; "
                   "helptekst noemt trainen); fieldset 'Vervolgvragen' alleen via kop 'Training van "
                   "taalmodellen' = Niet meenemen. Lokaas: anonieme weergave, samenvattingen zonder training, "
                   "thema, regio. Verborgen: CSS-klasse.",
             nav=["Zoeken", "Samenvattingen", "Privacy", "Weergave", "Over Startpage"],
             nav_label="Instellingen", search_label="Zoeken", search_ph="Zoek privé",
             lang_label="Taal", langs=LANGS, account="Menu",
             menu=["Privacy Pass", "Startpage-app", "Help"],
             footer=["Privacybeleid", "Over ons", "Pers", "Ondersteuning"],
             h1="Instellingen",
             lead="Uw instellingen worden zonder cookies bewaard in een instellingen-URL, of in uw account "
                  "als u bent ingelogd.")
    s = P.section("Zoeken")
    s.select("Regio voor webresultaten", ["Alle regio's", "Nederland", "België (NL)"], 1)
    s.select("Familiefilter", ["Aan", "Uit"], 0)
    s.switch("Resultaten openen in een nieuw tabblad", False)
    s.checkbox("Suggesties tonen tijdens het typen", True, wrap=True)
    s.switch("Anonieme weergave aanbieden bij resultaten", True)
    s = P.section("Samenvattingen",
                  "Bij sommige zoekopdrachten ziet u een korte AI-samenvatting. Die wordt voor u gemaakt "
                  "zonder uw IP-adres door te geven.")
    s.switch("AI-samenvattingen tonen", True)
    s.staterow("Help Startpage verbeteren", "Aan", "Uitzetten", True, naming="labelledby",
               help="Als dit aan staat, worden uw duimpjes bij AI-samenvattingen, samen met de zoekopdracht, "
                    "gebruikt om ons samenvattingsmodel te trainen.",
               ai=ai("v"))
    s.checkbox("Mij mailen over nieuwe AI-functies", False)
    s = P.section("Privacy")
    s.select("Mijn zoekopdrachten gebruiken om AI-modellen te trainen", ["Nee", "Ja"], 0, ai=ai("p", yes=[1]))
    s.switch("Advertenties op basis van zoekwoorden", True,
             help="Advertenties hangen alleen af van de woorden waarop u zoekt.")
    s.button("Instellingen-URL kopiëren")
    s = P.section("Training van taalmodellen",
                  "Startpage kan geanonimiseerde gegevens gebruiken om de modellen achter de samenvattingen te "
                  "trainen. U bepaalt wat daarvoor in aanmerking komt.")
    s.fieldset("Vervolgvragen", ["Meenemen", "Niet meenemen"], 1, ai=ai("h", yes=[0]))
    h = P.hidden("Afbeeldingen zoeken", hide_class="oud-paneel")
    h.checkbox("Geüploade afbeeldingen gebruiken voor modeltraining", True, ai=ai("p"))
    s = P.section("Weergave")
    s.segmented("Thema", ["Licht", "Donker", "Automatisch"], 2)
    s.select("Lettergrootte", ["Klein", "Normaal", "Groot"], 1)
    s.checkbox("Afbeeldingen standaard vervagen", False, wrap=True)
    s.button("Instellingen terugzetten")
    return P


def zoekbaken(method):
    P = Page("nl", "zoekbaken-instellingen", "https://zoekbaken.test/instellingen",
             "Instellingen | Zoekbaken", "Zoekbaken", method=method,
             notes="Verzonnen zoekmachine (je). Knop-schakelaar 'Mijn zoekgeschiedenis uitsluiten van "
                   "AI-training' (aria-labelledby) uit → wel gebruikt; tabel met bijschrift 'Wat mag Zoekbaken "
                   "gebruiken om modellen te trainen?' en kolommen Website/App (twee cellen, rij "
                   "'Klikgedrag'). Lokaas: antwoorden die niet leren, veilig zoeken, advertenties, export. "
                   "Verborgen: aria-hidden.",
             nav=["Zoeken", "Antwoorden", "Privacy", "Advertenties", "Account"],
             nav_label="Instellingen", search_label="Zoeken", search_ph="Waar ben je naar op zoek?",
             lang_label="Taal", langs=LANGS, account="Account",
             menu=["Zoekgeschiedenis", "Abonnement", "Uitloggen"],
             footer=["Over Zoekbaken", "Privacy", "Voorwaarden", "Contact"],
             h1="Instellingen",
             lead="Stel Zoekbaken in zoals jij wilt.")
    s = P.section("Zoeken")
    s.select("Resultaten per pagina", ["10", "25", "50"], 0)
    s.segmented("Veilig zoeken", ["Streng", "Gemiddeld", "Uit"], 1)
    s.switch("Links in een nieuw tabblad openen", False)
    s.checkbox("Nieuwsberichten tussen de resultaten", True, wrap=True)
    s = P.section("Antwoorden", "Korte antwoorden met bronnen. Het model daarachter wordt niet getraind met "
                  "wat jij vraagt.")
    s.switch("Antwoorden tonen", True)
    s.radiogroup("Lengte van antwoorden", ["Kort", "Uitgebreid"], 0)
    s.checkbox("Laat het weten als er een nieuwe antwoordfunctie is", False)
    s = P.section("Privacy")
    s.switch("Zoekgeschiedenis bewaren", True)
    s.btnswitch("Mijn zoekgeschiedenis uitsluiten van AI-training", False, naming="labelledby",
                ai=ai("i", pos=False))
    s.table("Wat mag Zoekbaken gebruiken om modellen te trainen?", ["Website", "App"],
            [("Klikgedrag", [False, True])], ai_cells={(0, 0): ai("h"), (0, 1): ai("h")}, corner="Gegevens")
    s.button("Geschiedenis downloaden")
    s.button("Geschiedenis wissen", cls="danger")
    h = P.hidden("Spraak")
    h.select("Spraakopnames bewaren voor training", ["Nee", "Ja"], 1, ai=ai("p", yes=[1]))
    s = P.section("Advertenties")
    s.switch("Advertenties tonen", True, help="Nooit gebaseerd op je geschiedenis.")
    s.checkbox("Aanbiedingen van partners", False)
    return P


def duin(method):
    P = Page("nl", "duin-synchronisatie", "https://browser-duin.test/account/synchronisatie",
             "Synchronisatie – Duin", "Duin", method=method,
             notes="Verzonnen browser (je). Omhullende schakelaar 'Gesynchroniseerde tabbladen gebruiken voor "
                   "AI-training' uit; vaag selectievakje 'Meedoen aan Duin Vooruit' (helptekst: trainen) aan; "
                   "omgekeerde gesegmenteerde knoppen 'Bezwaar tegen training met mijn leeslijst' = Geen "
                   "bezwaar. Lokaas: zijbalk, lokale vertaling, betalingen. Verborgen: visibility:hidden.",
             nav=["Account", "Synchronisatie", "AI-zijbalk", "Vertalen", "Betalingen", "Toegankelijkheid"],
             nav_label="Instellingen", search_label="Instellingen doorzoeken",
             search_ph="Instellingen doorzoeken", lang_label="Taal", langs=LANGS, account="Sanne de Boer",
             menu=["Duin-account beheren", "Profiel wisselen", "Uitloggen"],
             footer=["Help", "Privacyverklaring", "Wat is er nieuw"],
             h1="Synchronisatie",
             lead="Ingelogd als sanne.deboer@example.nl")
    s = P.section("Wat je synchroniseert")
    s.switch("Bladwijzers", True)
    s.switch("Geschiedenis", True)
    s.switch("Wachtwoorden", True)
    s.switch("Open tabbladen", True)
    s.switch("Extensies", False)
    s.switch("Gesynchroniseerde tabbladen gebruiken voor AI-training", False, wrap=True, ai=ai("p"))
    s.segmented("Bezwaar tegen training met mijn leeslijst", ["Bezwaar", "Geen bezwaar"], 1,
                help="Geldt voor artikelen die je op een van je apparaten aan de leeslijst toevoegt.",
                ai=ai("i", yes=[1]))
    s.button("Nu synchroniseren")
    s = P.section("AI-zijbalk", "De zijbalk vat pagina's samen en beantwoordt vragen.")
    s.switch("Zijbalk tonen", True)
    s.checkbox("Meedoen aan Duin Vooruit", True,
               help="Deelnemers sturen gesprekken uit de AI-zijbalk mee; die gebruiken we om nieuwe modellen "
                    "te trainen.",
               ai=ai("v"))
    s.checkbox("Meldingen over nieuwe zijbalkfuncties", True)
    h = P.hidden("Wachtwoordcontrole")
    h.btnswitch("Formulierinvoer delen om het invulmodel te trainen", True, naming="text", ai=ai("p"))
    s = P.section("Vertalen", "Pagina's worden op je eigen apparaat vertaald.")
    s.switch("Vertaling aanbieden", True)
    s.select("Vertalen naar", ["Nederlands", "Engels", "Duits"], 0)
    s = P.section("Betalingen en toegankelijkheid")
    s.switch("Betaalkaarten opslaan", False)
    s.button("Gekoppelde apparaten bekijken")
    s.select("Minimale lettergrootte", ["Geen", "14 px", "18 px"], 0)
    return P


def vertaalvink(method):
    P = Page("nl", "vertaalvink-opties", "https://vertaalvink.test/extensie/opties", "Opties – Vertaalvink",
             "Vertaalvink", method=method,
             notes="Verzonnen vertaalextensie (je). Vage radiogroep 'Help de vertalingen beter maken' "
                   "(helptekst: trainen) = Ja; knop-schakelaar 'Mijn correcties inzetten voor het trainen van "
                   "het vertaalmodel' (aria-label) uit; statusregel 'Ondertitels van video's' (Gedeeld, knop "
                   "'Stop met delen' + verborgen achtervoegsel) onder kop 'Trainingsdata'. Lokaas: offline "
                   "vertalen, woordenlijst, abonnement. Verborgen: gesloten dialoog.",
             nav=["Vertalen", "Woordenlijst", "Video", "Trainingsdata", "Abonnement"],
             nav_label="Opties", search_label="Opties doorzoeken", search_ph="Opties doorzoeken",
             lang_label="Taal", langs=LANGS, account="Jouw account",
             menu=["Vertaalvink Plus", "Facturen", "Uitloggen"],
             footer=["Help", "Privacy", "Versie 2.4.1"],
             h1="Opties",
             lead="Wijzigingen worden direct bewaard.")
    s = P.section("Vertalen")
    s.select("Doeltaal", ["Nederlands", "Engels", "Duits", "Pools"], 0)
    s.switch("Vertalen bij aanwijzen", False)
    s.checkbox("Opmaak behouden", True, wrap=True)
    s.switch("Offline vertalen", True,
             help="Het offline model draait op je computer; je teksten verlaten je apparaat niet.")
    s.radiogroup("Help de vertalingen beter maken", ["Ja, doe mee", "Nee"], 0,
                 help="De zinnen die je laat vertalen gebruiken we om onze vertaalmodellen te trainen.",
                 ai=ai("v", yes=[0]))
    s.btnswitch("Mijn correcties inzetten voor het trainen van het vertaalmodel", False, naming="label",
                ai=ai("p"))
    s = P.section("Woordenlijst")
    s.button("Woordenlijst importeren")
    s.checkbox("Woordenlijst ook in pdf's gebruiken", True)
    s = P.section("Video")
    s.switch("Ondertitels vertalen", True)
    s.segmented("Positie", ["Boven", "Onder"], 1)
    s = P.section("Trainingsdata", "Hier zie je welke inhoud je deelt voor het trainen van onze modellen.")
    s.staterow("Ondertitels van video's", "Gedeeld", "Stop met delen", True, naming="suffix",
               suffix="ondertitels van video's", ai=ai("h"))
    h = P.hidden("Spraakinvoer", opener="Meer opties voor gegevens")
    h.checkbox("Spraakopnames gebruiken om de spraakherkenning te trainen", True, ai=ai("p"))
    s = P.section("Abonnement")
    s.button("Betaalmethode wijzigen")
    s.checkbox("Facturen per e-mail", True)
    s.checkbox("Bericht als er een nieuwe taal bijkomt", False)
    return P


def polder(method):
    P = Page("nl", "polder-instellingen", "https://nieuw-tabblad-polder.test/instellingen",
             "Instellingen – Polder", "Polder", method=method,
             notes="Verzonnen nieuw-tabbladpagina (u). Omgekeerde keuzelijst 'AI-training met gegevens van "
                   "gezinsleden beperken' = Alle gezinsleden uitsluiten; selectievakje 'Uw notities mogen worden "
                   "gebruikt om AI te trainen' aangevinkt, in een dichtgeklapte <details>; vage schakelaar "
                   "'Slimme suggesties verfijnen' (helptekst: trainen) aan. Lokaas: achtergrond, weer, "
                   "snelkoppelingen, lokale samenvattingen. Verborgen: inactief tabblad.",
             nav=["Weergave", "Snelkoppelingen", "Notities", "Gezin", "Account"],
             nav_label="Instellingen", search_label="Zoeken op het web", search_ph="Zoek of typ een adres",
             lang_label="Taal", langs=LANGS, account="Account",
             menu=["Profiel", "Gezin", "Uitloggen"],
             footer=["Help", "Privacy", "Voorwaarden"],
             h1="Instellingen",
             lead="Hier past u uw nieuwe tabblad aan.")
    s = P.section("Weergave")
    s.select("Achtergrond", ["Foto van de dag", "Effen kleur", "Eigen afbeelding"], 0)
    s.switch("Klok tonen", True)
    s.switch("Weerbericht tonen", True)
    s.checkbox("Zoekbalk bovenaan", True, wrap=True)
    s = P.section("Snelkoppelingen")
    s.radiogroup("Welke snelkoppelingen", ["Meest bezocht", "Zelf gekozen"], 0)
    s.switch("Slimme suggesties verfijnen", True,
             help="Als dit aan staat, gebruiken we de snelkoppelingen die u opent om ons suggestiemodel "
                  "te trainen.",
             ai=ai("v"))
    s = P.section("Notities", "Samenvattingen van uw notities worden op uw apparaat gemaakt.",
                  details="Geavanceerde opties voor notities")
    s.checkbox("Uw notities mogen worden gebruikt om AI te trainen", True, ai=ai("p"))
    s.checkbox("Notities samenvatten", False)
    s = P.section("Gezin")
    s.select("AI-training met gegevens van gezinsleden beperken",
             ["Geen beperking", "Alleen kinderen uitsluiten", "Alle gezinsleden uitsluiten"], 2,
             help="Geldt voor de accounts van de andere leden van uw gezinsgroep. Uw eigen keuzes staan "
                  "hierboven.",
             ai=ai("i", yes=[0, 1]))
    s.button("Gezinslid uitnodigen")

    def active(b):
        b.checkbox("Nieuwsbrief", False)
        b.checkbox("Meldingen over nieuwe AI-functies", True)
        b.button("Gegevens exporteren")
    h = hide(P, "Agenda", "Koppel uw agenda aan Polder.", opener="Agenda",
             tabs=("Account", "Algemeen", "Agenda"), active=active)
    h.switch("Agenda-afspraken gebruiken voor modeltraining", True, ai=ai("p"))
    return P


BUILDERS = [startpage, zoekbaken, duin, vertaalvink, polder]
