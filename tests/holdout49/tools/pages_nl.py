"""Nederlandse pagina's van blind49."""
from lib import Page


def storytel():
    p = Page("nl", "storytel-privacy", "https://www.storytel.com/nl/account/privacy", "Storytel",
             "Privacy-instellingen | Storytel", "Privacy-instellingen",
             "Bekende dienst (reconstructie). Schakelaar met directe formulering, aan (true); vinkje met infinitief "
             "«Mijn notities uitsluiten van AI-training», aangevinkt (false). Lokkertjes: VoiceSwitcher met AI-stem, "
             "kindermodus, aanbevelingen; verborgen lokkertje met het hidden-attribuut.",
             ["Mijn account", "Abonnement", "Luisteren", "Privacy", "Kindermodus", "Apparaten"], nav_current=3,
             known=True, brand="Storytel",
             intro="Bepaal zelf wat we met je gegevens doen. Je keuzes gelden op al je apparaten.")
    with p.section("Luisteren en lezen"):
        p.switch("VoiceSwitcher", True, help="Kies bij een deel van de titels een andere, door AI gegenereerde voorleesstem.")
        p.select("Slaaptimer", ["Uit", "15 minuten", "Einde van het hoofdstuk"], 2)
        p.select("Afspeelsnelheid", ["0,8x", "1x", "1,25x", "1,5x"], 1)
        p.checkbox("Volgende deel van een serie automatisch downloaden", True)
        p.switch("Kindermodus met pincode", False)
    with p.section("Aanbevelingen en marketing"):
        p.switch("Persoonlijke aanbevelingen", True)
        p.checkbox("Nieuwsbrief met tips en nieuwe titels", True)
        p.checkbox("Aanbiedingen van partners", False)
        p.checkbox("Mijn boekenplank openbaar maken", False)
    with p.section("AI-modellen",
                   intro="We werken aan modellen die zoeken, aanbevelen en voorlezen beter maken."):
        p.switch("Storytel mag mijn luistergedrag gebruiken om AI-modellen te trainen", True, ai=("p", True))
        p.checkbox("Mijn notities uitsluiten van AI-training", True, ai=("i", False),
                   help="Notities zijn de bladwijzers en opmerkingen die je bij titels maakt.")
    with p.section("Jouw gegevens"):
        p.button("Kopie van mijn gegevens aanvragen")
        p.button("Luistergeschiedenis wissen")
        p.button("Account verwijderen")
    with p.section("Meldingen"):
        p.table("Stuur me een bericht over", "Onderwerp", ["App", "E-mail", "Sms"],
                [("Nieuwe delen van series die ik volg", [True, True, False]),
                 ("Titels die bijna uit het aanbod gaan", [True, False, False]),
                 ("Wijzigingen in mijn abonnement", [False, True, True])])
    with p.hidden("hidden-attr", "bèta-blok: beoordelingen delen om AI-stemmen te trainen"):
        p.switch("Mijn beoordelingen delen om AI-stemmen te trainen", False)
    return p


def luistervink():
    p = Page("nl", "luistervink-privacy", "https://app.luistervink.test/instellingen/privacy", "Luistervink B.V.",
             "Privacy · Luistervink", "Privacy",
             "Verzonnen podcastapp. Statusregel met ingediend bezwaar en knop «Bezwaar intrekken» met visueel verborgen "
             "achtervoegsel (false); keuzerondjes (fieldset) met een vage programmanaam waarvan alleen de helptekst "
             "(aria-describedby) over trainen gaat, «Ja, ik doe mee» (true). Lokkertjes: transcripties, hoofdstukken, "
             "meldingentabel; verborgen lokkertje via een CSS-klasse met display:none.",
             ["Afspelen", "Downloads", "Meldingen", "Privacy", "Abonnement"], nav_current=3, brand="Luistervink")
    with p.section("Afspelen"):
        p.switch("Transcripties tonen", True, help="Automatisch gemaakt bij het publiceren van een aflevering.")
        p.switch("Hoofdstukken automatisch aanmaken", False)
        p.switch("Stiltes overslaan", True)
        p.select("Standaardsnelheid", ["0,8x", "1x", "1,2x", "1,5x"], 1)
        p.select("Vooruitspoelen", ["10 seconden", "30 seconden"], 1)
    with p.section("Downloads"):
        p.checkbox("Alleen via wifi downloaden", True)
        p.select("Beluisterde afleveringen verwijderen", ["Nooit", "Na een dag", "Na een week"], 1)
    with p.section("Meldingen"):
        p.table("Laat me weten", "Melding", ["Push", "E-mail"],
                [("Nieuwe afleveringen", [True, False]),
                 ("Wekelijkse tips", [False, True])])
    with p.section("Jouw gegevens en onze modellen"):
        p.state_row("Bezwaar tegen AI-training", "Ingediend op 4 april 2025", "Bezwaar intrekken",
                    suffix="tegen AI-training met mijn gegevens", ai=("i", False))
        p.radios("Meedoen met Luistervink Proeftuin", ["Ja, ik doe mee", "Nee"], 0, ai=("v", True),
                 help="Deelnemers stellen hun afspeelgedrag en zoekopdrachten beschikbaar om onze aanbevelingsmodellen mee te trainen.")
        p.checkbox("Crashrapporten versturen", True, help="Alleen om fouten op te lossen, niet om modellen te trainen.")
        p.button("Mijn gegevens downloaden")
        p.button("Luistergeschiedenis wissen")
        p.checkbox("Mijn abonnementen zichtbaar maken voor vrienden", False)
    with p.hidden("display-class", "oud blok: spraakopdrachten gebruiken om spraakherkenning te trainen"):
        p.checkbox("Mijn spraakopdrachten gebruiken om de spraakherkenning te trainen", True)
    return p


def toonladder():
    p = Page("nl", "toonladder-gegevens", "https://www.toonladder.test/account/gegevens", "Toonladder",
             "Mijn gegevens – Toonladder", "Mijn gegevens",
             "Verzonnen app voor muziekles. Tabel met één kolom waarvan de rijnamen alleen via kop en inleiding over "
             "training gaan (h, één onwaar en één waar); schakelaar in de gebiedende wijs «Gebruik mijn opnames niet voor "
             "AI-training door partners», aan (false). Lokkertjes: trainingsschema en dagelijks oefendoel (oefenen), "
             "automatische feedback; verborgen lokkertje in een aria-hidden voorbeeldkaart.",
             ["Profiel", "Oefenen", "Docent", "Mijn gegevens", "Abonnement"], nav_current=3, brand="Toonladder")
    with p.section("Oefenen"):
        p.select("Dagelijks oefendoel", ["10 minuten", "20 minuten", "30 minuten"], 1)
        p.select("Trainingsschema", ["Rustig opbouwen", "Examenvoorbereiding", "Vrij spelen"], 0)
        p.switch("Automatische feedback op mijn spel", True, help="Verschijnt direct na elke oefening.")
        p.switch("Metronoom met telstem", False)
        p.select("Stemtoon", ["440 Hz", "442 Hz"], 0)
        p.select("Instrument", ["Piano", "Gitaar", "Viool", "Dwarsfluit"], 1)
    with p.section("Docent"):
        p.checkbox("Mijn voortgang delen met mijn docent", True)
        p.checkbox("Docent mag mijn opnames terugluisteren", True)
        p.button("Docent koppelen")
    with p.section("Ons AI-model trainen",
                   intro="Toonladder leert van echte opnames om fouten in je spel beter te herkennen. Kies wat we daarvoor mogen gebruiken."):
        p.table("Gegevens", "Soort", ["Toestaan"],
                [("Opnames van mijn oefensessies", [(False, ("h", False))]),
                 ("Mijn aantekeningen in bladmuziek", [(True, ("h", True))])], names="row")
        p.switch("Gebruik mijn opnames niet voor AI-training door partners", True, ai=("i", False),
                 help="Partners zijn conservatoria en makers van muzieksoftware.")
    with p.section("Account"):
        p.checkbox("Wekelijks voortgangsoverzicht per e-mail", True)
        p.button("Al mijn opnames downloaden")
        p.button("Account opzeggen")
        p.button("Wachtwoord wijzigen")
        p.checkbox("Oefenherinnering op mijn telefoon", True)
    with p.hidden("aria-hidden", "voorbeeldkaart: oefengegevens delen voor AI-onderzoek"):
        p.switch("Oefengegevens delen voor het trainen van AI", True)
    return p


def radiopolder():
    p = Page("nl", "radiopolder-instellingen", "https://www.radiopolder.test/mijn-polder/instellingen", "Omroep Radio Polder",
             "Instellingen | Mijn Polder", "Instellingen",
             "Verzonnen regionale omroep. Segmentknoppen met directe naam, «Uit» ingedrukt (false); statusregel met "
             "aria-labelledby-doel voor een luisterpanel met vage naam waarvan alleen de tekst ernaast (niet gekoppeld) "
             "over trainen gaat, «Aangemeld» (true); vinkje «Weigeren dat partners…» niet aangevinkt (true). Lokkertjes: "
             "AI-nieuwssamenvattingen, verkeersinfo, verzoekplaat; verborgen lokkertje met visibility:hidden inline.",
             ["Live luisteren", "Verzoekjes", "Instellingen", "Nieuwsbrief", "Word vriend"], nav_current=2, brand="Radio Polder")
    with p.section("Luisteren"):
        p.select("Streamkwaliteit", ["Laag", "Normaal", "Hoog"], 1)
        p.select("Wekker", ["Uit", "06:30", "07:00", "07:30"], 2)
        p.switch("Nieuwssamenvattingen met AI", True, help="Korte tekst bij elk nieuwsbulletin.")
        p.checkbox("Verkeersinfo voor de A7 en A31", True)
        p.switch("Regionaal weerbericht als melding", False)
    with p.section("Verzoekjes en berichten"):
        p.checkbox("Mijn naam noemen bij een verzoekplaat", True)
        p.checkbox("Presentatoren mogen mij terugbellen", False)
        p.checkbox("Mijn berichten bewaren in Mijn Polder", True)
        p.select("Standaardzender in de app", ["Radio Polder", "Polder Gold", "Polder Sport"], 0)
        p.segmented("Mijn ingezonden spraakberichten gebruiken om de AI-nieuwslezer te trainen", ["Aan", "Uit"], 1, ai=("p", False))
        p.checkbox("Weigeren dat partners mijn verzoekjes gebruiken voor AI-training", False, ai=("i", True))
    with p.section("Luisterpanel"):
        p.state_row("Luisterpanel Polderstem", "Aangemeld", "Wijzigen", mode="labelledby", ai=("v", True), help_mode="nearby",
                    help="Panelleden helpen onze spraakherkenning voor Fries en Nedersaksisch te trainen met de berichten die ze inspreken.")
    with p.section("Contact"):
        p.checkbox("Nieuwsbrief van Radio Polder", True)
        p.checkbox("Uitnodigingen voor live-uitzendingen in de regio", False)
        p.button("E-mailadres wijzigen")
        p.button("Mijn gegevens opvragen")
    with p.hidden("visibility-inline", "nog niet actief: archiefopnames met luisteraars aanbieden voor AI-training"):
        p.checkbox("Mijn bijdragen in het archief aanbieden voor AI-training", False)
    return p


def bandruimte():
    p = Page("nl", "bandruimte-ai", "https://app.bandruimte.test/band/instellingen/ai", "Bandruimte",
             "Bandinstellingen · AI · Bandruimte", "AI en jullie muziek",
             "Verzonnen samenwerkingsplatform voor bands (groepsgegevens). Keuzerondjes (role=radiogroup) waarvan de naam "
             "«Losse sporen (stems)» alleen via kop en inleiding betekenis krijgt, «Gebruiken» (true); direct vinkje, niet "
             "aangevinkt (false); in een dichtgeklapt <details> een vinkje met voltooid deelwoord «Demo’s van de band "
             "afgeschermd voor AI-training door derden», aangevinkt (false). Lokkertjes: automatische mastering, "
             "toonsoortherkenning; verborgen lokkertje in het inactieve tabblad.",
             ["Projecten", "Leden", "Opslag", "AI", "Facturen"], nav_current=3, brand="Bandruimte")
    with p.tabs("Onderdelen", ["Hele groep", "Alleen ik"], active=0):
        with p.panel(0):
            with p.section("Leden"):
                p.select("Standaardrol voor nieuwe leden", ["Luisteraar", "Bewerker", "Beheerder"], 1)
                p.button("Lid uitnodigen")
                p.checkbox("Gasten mogen mixen downloaden", False)
                p.select("Versies bewaren", ["30 dagen", "1 jaar", "Altijd"], 1)
            with p.section("Slimme hulpmiddelen"):
                p.switch("Automatische mastering", True, help="Maakt bij elke export een mastervoorstel.")
                p.switch("Toonsoort- en tempoherkenning", True)
                p.switch("Akkoordsuggesties", False)
                p.select("Exportformaat", ["WAV", "FLAC", "MP3"], 0)
                p.checkbox("Melding bij nieuwe opname in een project", True)
                p.switch("Metronoomklik meesturen bij export", False)
            with p.section("Trainen van onze mix-assistent",
                           intro="De mix-assistent wordt getraind op projecten van bands. Bepaal per onderdeel of jullie projecten daarvoor gebruikt worden."):
                p.radios("Losse sporen (stems)", ["Gebruiken", "Niet gebruiken"], 0, ai=("h", True), style="radiogroup")
                p.checkbox("Bandruimte mag onze songteksten gebruiken om zijn taalmodel te verbeteren", False, ai=("p", False))
                with p.details("Derden"):
                    p.checkbox("Demo’s van de band afgeschermd voor AI-training door derden", True, ai=("i", False))
                    p.checkbox("Anonieme gebruiksstatistieken delen", True)
            p.button("Bandgegevens exporteren")
        with p.panel(1, note="inactief tabblad: eigen zangopnames voor AI-training"):
            p.switch("Mijn zangopnames beschikbaar stellen voor AI-training", False)
    return p


def pages():
    return [storytel(), luistervink(), toonladder(), radiopolder(), bandruimte()]
