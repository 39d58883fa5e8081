from lib import Page


def mk(name, url, brand, title, notes, nav, u=False, **kw):
    d = dict(search=("Zoeken", "Zoek in instellingen" if u else "Zoek een instelling"), lang_label="Taal",
             account="Mijn account",
             menu=[("Profiel", "/profiel"), ("Apparaten", "/apparaten"), ("Uitloggen", "/uitloggen")],
             footer=f"© 2025 {brand} · KvK 12345678 · Privacyverklaring · Cookies · Voorwaarden")
    d.update(kw)
    return Page("nl", name, url, brand=brand, title=title, notes=notes, nav=nav, **d)


def vanmoof():
    p = mk("vanmoof-privacy", "https://my.vanmoof.com/nl/settings/privacy", "VanMoof",
           "Privacy",
           "Bekende dienst (reconstructie). Vage select en vage segmentknoppen waarvan alleen de hulptekst over "
           "modeltraining gaat, omgekeerde radiogroup «Bezwaar maken…». Verborgen: klasse met display:none. "
           "Lokkers: diefstalopsporing als functie, Kick Lock, ritgeschiedenis.",
           [("Mijn fiets", "/nl/bike", False), ("Ritten", "/nl/rides", False), ("Peace of Mind", "/nl/protection", False),
            ("Privacy", "/nl/settings/privacy", True)], known=True, account="Sanne", hide_class="is-hidden")
    p.sec("Diefstalbescherming")
    p.sw("Alarm bij beweging", True)
    p.sw("Locatie volgen via het Find My-netwerk", True)
    p.select("Alarmgeluid", ["Zacht", "Hard"], 1)
    p.sw("Automatisch ontgrendelen als ik in de buurt ben", False)
    p.sec("Ritgegevens")
    p.select("Ritgegevens delen", ["Niet delen", "Delen"], 0, ai="v", share=[False, True],
             help="Kies je voor delen, dan gebruiken we je snelheid, trapondersteuning en remgedrag om onze "
                  "machine-learningmodellen voor diefstaldetectie te trainen.")
    p.seg("Help The Hunters slimmer te worden", ["Aan", "Uit"], 1, ai="v", share=[True, False],
          help="Locatiesignalen van teruggevonden fietsen gebruiken we om het model te trainen dat voorspelt waar "
               "gestolen fietsen naartoe worden gebracht.")
    p.rgroup("Bezwaar maken tegen gebruik voor AI-training", ["Ja", "Nee"], 1, ai="i", share=[False, True])
    with p.hidden("class", "Binnenkort"):
        p.select("Ritvideo's van de stuurcamera gebruiken voor AI-training", ["Ja", "Nee"], 0, share=[True, False])
    p.sec("Meldingen")
    p.cb("Onderhoudsherinneringen", True)
    p.cb("Nieuws en acties", False)
    p.cb("Melding als de accu bijna leeg is", True)
    p.select("Wie ziet mijn ritgeschiedenis", ["Alleen ik", "Mijn huishouden"], 0)
    p.btn("Mijn gegevens downloaden")
    p.btn("Fiets overdragen")
    p.select("Eenheden", ["Kilometer", "Mijl"], 0)
    p.sw("Verlichting automatisch aan", True)
    return p


def zwaluw():
    p = mk("zwaluw-gegevens", "https://mijn.zwaluw-drones.test/instellingen/gegevens", "Zwaluw",
           "Gegevensgebruik",
           "Verzonnen drone-app (u). Vage radiogroep-fieldset «Deelname aan het verbeterprogramma» met hulptekst, "
           "checkbox waarvan alleen de kop over training gaat, omgekeerde checkbox «uitsluiten». Verborgen: "
           "aria-hidden. Lokkers: onboard onderwerpvolging, no-flyzones, cloudopslag.",
           [("Mijn drones", "/drones", False), ("Vluchten", "/vluchten", False), ("Gegevensgebruik", "/instellingen/gegevens", True),
            ("Verzekering", "/verzekering", False)], u=True)
    p.sec("Opslag")
    p.sw("Vluchtlogboeken naar de cloud synchroniseren", True)
    p.select("Bewaartermijn", ["3 maanden", "1 jaar", "Onbeperkt"], 1)
    p.sw("Onderwerpvolging", True, help="Wordt volledig op de drone uitgevoerd.")
    p.sw("Waarschuwingen voor no-flyzones", True)
    p.sec("Productverbetering")
    p.radios("Deelname aan het verbeterprogramma", ["Ja", "Nee"], 1, ai="v", share=[True, False],
             help="Binnen dit programma gebruiken wij uw vluchtbeelden en telemetrie om onze AI-modellen voor objectherkenning te trainen.")
    p.cb("Mijn opnames uitsluiten van modeltraining", False, ai="i")
    p.sec("Training van onze modellen",
          "Met vluchtgegevens van gebruikers leren wij de automatische piloot beter om te gaan met wind en obstakels. Vink aan wat u wilt bijdragen.")
    p.cb("Vluchtlogboeken", True, ai="h")
    p.cb("Accustatistieken", False, ai="h")
    with p.hidden("aria", "Kartering"):
        p.radios("Kaartopnames gebruiken voor het trainen van terreinmodellen", ["Ja", "Nee"], 0, share=[True, False])
    p.sec("Communicatie")
    p.cb("Firmware-updates per e-mail", True)
    p.cb("Nieuwsbrief", False)
    p.btn("Vluchtgegevens exporteren")
    p.btn("Drone ontkoppelen")
    p.select("Eenheden", ["Metrisch", "Imperiaal"], 0)
    p.sw("Automatisch terugkeren bij lage accu", True)
    p.cb("Foutmeldingen van de app delen met support", True)
    return p


def blikveld():
    p = mk("blikveld-privacy", "https://account.blikveld.test/privacy", "Blikveld",
           "Privacy",
           "Verzonnen slimme bril (je). Knopschakelaar (aria-label) «Spraakopnames bewaren» met hulptekst over "
           "training, omgekeerde select «Bescherm mijn foto's…», statusregel «Stoppen met Blikveld Insights» met "
           "visueel verborgen toevoeging en hulptekst over modellen verbeteren. Verborgen: visibility:hidden. "
           "Lokkers: live ondertiteling, navigatie, opname-lampje.",
           [("Mijn bril", "/bril", False), ("Media", "/media", False), ("Privacy", "/privacy", True), ("Hulp", "/hulp", False)],
           account="Noah")
    p.sec("Camera")
    p.sw("Opnamelampje altijd tonen", True)
    p.select("Videokwaliteit", ["1080p", "1440p"], 0)
    p.sw("Foto's automatisch importeren", True)
    p.sec("Assistent")
    p.sw("Live ondertiteling", False, help="Ondertitels worden op je telefoon gemaakt.")
    p.sw("Navigatie in beeld", True)
    p.bsw("Spraakopnames bewaren", True, ai="v", mode="label",
          help="Bewaarde opnames worden door ons beluisterd en gebruikt om de spraakherkenning van de AI-assistent te trainen.")
    p.select("Bescherm mijn foto's tegen gebruik voor AI-training", ["Beschermd", "Niet beschermd"], 0, ai="i", share=[False, True])
    p.sec("Programma's")
    p.state("Blikveld Insights:", "actief", "Stoppen", ai="v", sharing=True, suffix="met Blikveld Insights",
            help="Met Insights gebruiken we je kijkrichting en gebaren om onze modellen te verbeteren.")
    with p.hidden("visibility", "Labs"):
        p.seg("Video's in eerste persoon delen voor AI-training", ["Aan", "Uit"], 0, share=[True, False])
    p.sec("Meldingen")
    p.cb("Batterij bijna leeg", True)
    p.cb("Software-updates", True)
    p.cb("Aanbiedingen", False)
    p.btn("Spraakgeschiedenis wissen")
    p.btn("Mijn gegevens downloaden")
    p.btn("Bril ontkoppelen")
    p.cb("Locatie opslaan in foto's", False)
    return p


def laagjes():
    p = mk("laagjes-organisatie-privacy", "https://cloud.laagjes3d.test/organisatie/privacy", "Laagjes",
           "Privacy van uw organisatie",
           "Verzonnen 3D-printercloud voor een school (u, organisatie). Segmentknoppen waarvan alleen de kop en intro "
           "over AI-training gaan, expliciete radio-fieldset over printbestanden van de organisatie. Verborgen: "
           "gesloten <dialog>. Lokkers: foutdetectie als functie, leerlingaccounts, printwachtrij.",
           [("Printers", "/organisatie/printers", False), ("Leden", "/organisatie/leden", False),
            ("Privacy", "/organisatie/privacy", True), ("Facturen", "/organisatie/facturen", False)], u=True, account="Het Baken College")
    p.sec("Toegang")
    p.select("Wie mag printopdrachten starten", ["Docenten", "Docenten en leerlingen"], 1)
    p.cb("Goedkeuring vereist voor leerlingopdrachten", True)
    p.sw("Printen op afstand", True)
    p.sec("Foutdetectie", "De foutdetectie pauzeert een print als er iets misgaat.")
    p.sw("Foutdetectie inschakelen", True)
    p.select("Gevoeligheid", ["Laag", "Normaal", "Hoog"], 1)
    p.sec("AI-training met printgegevens",
          "Wij trainen onze foutdetectie met camerabeelden van printers van klanten. Bepaal of uw organisatie daaraan bijdraagt.")
    p.seg("Camerabeelden van uw printers", ["Toestaan", "Weigeren"], 1, ai="h", share=[True, False])
    p.radios("Printbestanden van onze organisatie gebruiken om AI-modellen te trainen", ["Toestaan", "Niet toestaan"], 1,
             ai="p", share=[True, False])
    with p.hidden("dialog", "Wijziging bevestigen"):
        p.cb("Slicerinstellingen van leerlingen gebruiken voor modeltraining", True)
    p.sec("Meldingen")
    p.cb("E-mail als een print klaar is", True)
    p.cb("Wekelijks gebruiksoverzicht", False)
    p.cb("Waarschuwing bij weinig filament", True)
    p.select("Voltooide opdrachten bewaren", ["30 dagen", "1 jaar"], 0)
    p.btn("Auditlog exporteren")
    p.btn("API-sleutels intrekken")
    p.select("Standaardmateriaal", ["PLA", "PETG"], 0)
    p.cb("Modellen in de gedeelde bibliotheek zichtbaar voor alle leden", True)
    return p


def kring():
    p = mk("kring-privacy", "https://app.kringring.test/instellingen/privacy", "Kring",
           "Privacy",
           "Verzonnen slimme ring (je). Vage radiogroup (aria-label) met hulptekst over AI-training, omgekeerde "
           "fieldset «AI-training met mijn gegevens weigeren», vage checkbox voor de slaapcoach. Verborgen: "
           "inactief tabblad. Lokkers: slaapcoach als functie, cyclus, vriendenkring.",
           [("Vandaag", "/", False), ("Trends", "/trends", False), ("Privacy", "/instellingen/privacy", True),
            ("Lidmaatschap", "/lidmaatschap", False)], account="Fleur")
    with p.tabs(["Privacy", "Experimenten"]) as panel:
        with panel(0):
            p.sec("Slaapcoach")
            p.sw("Slaapcoach", True, help="Tips op basis van je nachten. De coach draait op je telefoon.")
            p.select("Tijd van het ochtendoverzicht", ["07:00", "08:00"], 0)
            p.cb("Verbeterprogramma voor de slaapcoach", False, ai="v",
                 help="Gesprekken met de slaapcoach worden gebruikt om het taalmodel achter de coach te verfijnen.")
            p.sec("Onderzoek")
            p.rgroup("Bijdragen aan onderzoek en ontwikkeling", ["Ja", "Nee"], 0, ai="v", share=[True, False], mode="label",
                     help="Je gepseudonimiseerde slaap- en hartslaggegevens worden gebruikt om onze AI-modellen te trainen.")
            p.radios("AI-training met mijn gegevens weigeren", ["Weigeren", "Niet weigeren"], 0, ai="i", share=[False, True])
            p.cb("Uitnodigingen voor wetenschappelijke studies", True)
            p.sec("Delen")
            p.sw("Readiness-score delen met mijn kring", False)
            p.select("Wie mag me uitnodigen", ["Iedereen", "Contacten"], 1)
        with panel(1):
            p.sw("Huidtemperatuur gebruiken om experimentele modellen te trainen", True)
    p.sec("Meldingen")
    p.cb("Bedtijdherinnering", True)
    p.cb("Accu bijna leeg", True)
    p.cb("Nieuws", False)
    p.btn("Gegevens exporteren")
    p.btn("Account verwijderen")
    p.select("Temperatuureenheid", ["°C", "°F"], 0)
    return p


def pages():
    return [vanmoof(), zwaluw(), blikveld(), laagjes(), kring()]
