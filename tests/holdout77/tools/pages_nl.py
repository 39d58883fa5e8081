from lib import page, take

L = "nl"
CHROME = {"search": "Zoeken in instellingen", "lang": "Taal", "langs": ["Nederlands", "English", "Deutsch", "Français"],
          "account": "Mijn account", "menu": ["Profiel", "Ander account", "Uitloggen"], "nav": "Instellingen",
          "footer": ["Privacyverklaring", "Voorwaarden", "Klantenservice", "Cookies"]}

POOL = [
    lambda P: P.cb("Bureaubladmeldingen bij nieuwe mail", True),
    lambda P: P.sel("Thema", [("Licht", 0), ("Donker", 0), ("Volgens systeem", 0)], 2),
    lambda P: P.seg("Weergave", [("Compact", 0), ("Normaal", 0), ("Ruim", 0)], 1),
    lambda P: P.sw("Minder animaties", False, help="Schakelt overgangen en bewegende effecten uit."),
    lambda P: P.sel("Datumnotatie", [("31-12-2025", 0), ("2025-12-31", 0)], 0),
    lambda P: P.sel("Tijdzone", [("(UTC+01:00) Amsterdam", 0), ("(UTC+01:00) Brussel", 0)], 0),
    lambda P: P.btn("Tweestapsverificatie instellen"),
    lambda P: P.btn("Overal anders uitloggen"),
    lambda P: P.cb("Wekelijks overzicht per e-mail", False),
    lambda P: P.sw("Gepersonaliseerde advertenties", False, help="Op basis van opgegeven interesses. De inhoud van berichten wordt hiervoor nooit gelezen."),
    lambda P: P.cb("Crashrapporten automatisch versturen", True, help="Alleen technische gegevens, geen inhoud."),
    lambda P: P.link("Kopie van gegevens downloaden"),
    lambda P: P.link("Gekoppelde apps beheren"),
    lambda P: P.btn("Betaalmethode wijzigen"),
    lambda P: P.sel("Week begint op", [("Maandag", 0), ("Zondag", 0)], 0),
    lambda P: P.cb("Geoptimaliseerd voor schermlezers", False),
    lambda P: P.sw("Nieuws over AI-functies", True, help="Af en toe een bericht als de assistent iets nieuws kan. Aan het gebruik van gegevens verandert niets."),
    lambda P: P.rgroup("Wie ziet de profielfoto", [("Iedereen", 0), ("Alleen contacten", 0), ("Niemand", 0)], 1),
    lambda P: P.cb("Sneltoetsen", True),
    lambda P: P.sel("Lettergrootte", [("Klein", 0), ("Middel", 0), ("Groot", 0)], 1),
]


@page(L, "kpn-mail-privacy", "https://mail.kpnmail.nl/settings/privacy", "KPN Mail", "Privacy en AI",
      ["Algemeen", "Berichten", "Handtekening", "Doorsturen", "Privacy en AI", "Spamfilter", "Beveiliging"],
      known=True, notes="Nagebouwde KPN Mail-instellingen (u); alle AI-trainingsinstellingen verzonnen. Bezwaar als statusregel, vaag verbeterprogramma.")
def kpn(P):
    P.sec("Slimme functies", "De assistent vat lange berichten samen en stelt antwoorden voor.")
    P.sw("Samenvattingen tonen", True, help="Een samenvatting wordt alleen voor het geopende bericht gemaakt en niet gebruikt om modellen te trainen.")
    P.radios("Mijn e-mails gebruiken om AI-modellen te trainen", [("Ja", True), ("Nee", False)], 1, ai="p")
    P.state("Bezwaar tegen AI-training", "Niet ingediend", "Bezwaar maken", False, ai="i", share=True)
    P.sw("Meedoen aan het verbeterprogramma", True,
         help="Als u meedoet, gebruiken we de tekst van uw berichten om onze taalmodellen te trainen.", ai="v")
    P.hide()
    P.cb("Adresboek gebruiken voor AI-training", True)
    P.unhide()
    P.sec("Spamfilter")
    P.sel("Strengheid", [("Soepel", 0), ("Normaal", 0), ("Streng", 0)], 1)
    P.cb("Afbeeldingen van onbekende afzenders blokkeren", True)
    P.sec("Voorkeuren")
    take(P, POOL, [0, 1, 6, 8, 9, 11, 13, 18, 3])


@page(L, "postduif-privacy", "https://app.postduif.test/instellingen/privacy", "Postduif", "Privacy",
      ["Accounts", "Opstellen", "Lezen", "Privacy", "Lab", "Synchronisatie", "Abonnement"],
      notes="Verzonnen e-mailclient (je). Gesegmenteerde knoppen onder trainingskop, omgekeerde checkbox uit = wel gebruikt.")
def postduif(P):
    P.sec("Schrijfhulp")
    P.sw("Antwoordsuggesties", True, help="Worden ter plekke gemaakt en nergens voor training bewaard.")
    P.cb("Houd mijn mailbox buiten modeltraining", False, ai="i")
    P.bsw("Postduif Lab", False, naming="labelledby",
          help="In het Lab gebruiken we je verzonden berichten om nieuwe modellen te trainen en te testen.", ai="v")
    P.sec("Trainen van onze AI-modellen", "Kies welke teksten Postduif mag gebruiken om de modellen beter te maken.")
    P.seg("Concepten", [("Aan", True), ("Uit", False)], 0, ai="h")
    P.hide()
    P.sw("Bijlagen meenemen in de training", False)
    P.unhide()
    P.sec("Trackingbescherming")
    P.sw("Trackingpixels blokkeren", True)
    P.cb("Externe afbeeldingen via proxy laden", True)
    P.sec("Overig")
    take(P, POOL, [2, 4, 10, 12, 15, 16, 7, 19, 0, 11])


@page(L, "afspraakje-ai", "https://afspraakje.test/account/ai", "Afspraakje", "AI en gegevens",
      ["Agenda", "Beschikbaarheid", "Boekingspagina", "AI en gegevens", "Koppelingen", "Abonnement"],
      notes="Verzonnen afsprakenplanner (je). Tabel met AI-trainingkolom naast statistiekkolom, keuzelijst 'beperken'.")
def afspraakje(P):
    P.sec("Planningsassistent")
    P.sw("Vrije tijden voorstellen", True, help="Voorstellen komen uit je huidige agenda en worden niet gebruikt om te trainen.")
    P.table("Hoe we je gegevens gebruiken", ["Statistieken", "AI-training"], [("Afspraken", [True, False])],
            ai={(0, 1): ("p", None)})
    P.sel("Gebruik voor modeltraining beperken", [("Geen beperking", True), ("Alleen openbare pagina's", True), ("Volledig uitsluiten", False)], 2, ai="i")
    P.sec("Waar onze AI van leert", "Met jouw toestemming leren onze modellen van afspraken, zodat plannen slimmer gaat.")
    P.rgroup("Notities bij afspraken", [("Meenemen", True), ("Niet meenemen", False)], 0, ai="h")
    P.hide()
    P.bsw("Gastgegevens gebruiken voor training", True)
    P.unhide()
    P.sec("Meldingen")
    P.cb("Mail me bij een nieuwe boeking", True)
    P.cb("Sms-herinnering naar gasten", False)
    P.sel("Pauze tussen afspraken", [("Geen", 0), ("10 minuten", 0), ("15 minuten", 0)], 1)
    take(P, POOL, [1, 5, 14, 13, 17, 3, 11])


@page(L, "kaartenbak-gegevens", "https://kaartenbak.test/instellingen/gegevens", "Kaartenbak", "Uw gegevens",
      ["Contacten", "Groepen", "Dubbele contacten", "Uw gegevens", "Synchronisatie", "Delen"],
      notes="Verzonnen adresboek (u). Statusregel met verborgen achtervoegsel, omgekeerde schakelaar 'Stop', gesloten dialoog.")
def kaartenbak(P):
    P.sec("Synchronisatie")
    P.sel("Synchroniseren met", [("Geen", 0), ("Google Contacten", 0), ("iCloud", 0), ("CardDAV", 0)], 2)
    P.cb("Dubbele contacten automatisch samenvoegen", False)
    P.state("AI-training met uw contacten", "Aan", "Uitzetten", True, suffix="AI-training met mijn contacten", ai="p")
    P.sw("Stop het gebruik van mijn gegevens voor AI-training", False, ai="i")
    P.sec("Modeltraining", "Bepaal welke velden van uw contactkaarten wij mogen gebruiken om onze herkenningsmodellen te trainen.")
    P.details("Velden kiezen")
    P.cb("Verjaardagen en adressen", False, wrap=True, ai="h")
    P.enddetails()
    P.btn("Geavanceerde opties")
    P.hide(dialog_title="Geavanceerde opties")
    P.cb("Notities op contactkaarten gebruiken voor training", True)
    P.unhide()
    P.sec("Weergave")
    P.rgroup("Sorteren op", [("Voornaam", 0), ("Achternaam", 0)], 1)
    take(P, POOL, [0, 2, 6, 9, 12, 18, 16, 4, 10])


@page(L, "kantoorwerk-privacy", "https://kantoorwerk.test/voorkeuren/privacy", "Kantoorwerk", "Privacy",
      ["Algemeen", "Tekstverwerker", "Spreadsheets", "Privacy", "Delen", "Invoegtoepassingen", "Facturen"],
      notes="Verzonnen kantoorpakket (u). Knop-schakelaar met aria-label 'uitsluiten', vage keuzelijst, inactief tabblad.")
def kantoorwerk(P):
    P.sec("Assistenten")
    P.sw("Formule-assistent", True, help="Suggesties worden in uw browser berekend.")
    P.bsw("Documenten uitsluiten van AI-training", True, naming="label", visible="Documenten uitsluiten", ai="i")
    P.sel("Deelname aan kwaliteitsonderzoek", [("Volledig", True), ("Beperkt", False)], 0,
          help="Bij volledige deelname worden uw spreadsheets en documenten gebruikt om onze AI-modellen te trainen.", ai="v")
    P.cb("Mijn spreadsheets gebruiken voor het trainen van de formule-assistent", True, ai="p")
    P.sec("Meer instellingen")
    P.hide(active_tab="Standaard", hidden_tab="Experimenteel")
    P.cb("Automatisch opslaan", True)
    P.cb("Spellingcontrole tijdens typen", True)
    P.tab_next()
    P.sw("Opmerkingen gebruiken voor modeltraining", True)
    P.unhide()
    P.sec("Delen")
    P.sel("Nieuwe documenten zijn", [("Privé", 0), ("Zichtbaar voor team", 0), ("Openbaar via link", 0)], 0)
    P.btn("Alle documenten exporteren")
    take(P, POOL, [4, 8, 10, 13, 15, 17])
