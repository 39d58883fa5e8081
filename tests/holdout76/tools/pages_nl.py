from lib import Page

CH = dict(search_label="Zoeken", search_ph="Zoek producten", lang_label="Taal",
          account="Mijn account", menu=["Bestellingen", "Accountinstellingen", "Klantenservice", "Uitloggen"],
          footer=["Klantenservice", "Privacy", "Cookies", "Algemene voorwaarden", "Toegankelijkheid"],
          nav_label="Mijn account")


def ch(**kw):
    d = dict(CH)
    d.update(kw)
    return d


def pages():
    out = []

    # 1 ---- Albert Heijn (known, Bonuskaart) — class display none — je
    p = Page("nl", "ah-privacy-instellingen", "https://www.ah.nl/mijn/instellingen/privacy", "Albert Heijn",
             "Privacy-instellingen",
             ch(search_ph="Zoeken in 30.000 producten", account="Hoi Sanne", menu=["Bestellingen", "Bonuskaart", "Mijn lijstjes", "Uitloggen"]),
             ["Mijn gegevens", "Bezorgadressen", "Bestellingen", "Bonuskaart", "*Privacy", "Nieuwsbrieven", "Premium"],
             known=True, idp="ah", hide_class="ah-verborgen",
             intro="Met je Bonuskaart en je AH-account weten we wat je koopt. Jij bepaalt wat we daarmee doen.")
    p.sec("Persoonlijke bonus")
    p.cb("Persoonlijke bonusaanbiedingen", True, switch=True, help="Gebaseerd op je aankopen met je Bonuskaart.")
    p.cb("Mijn Bonus Box elke week automatisch activeren", True, switch=True)
    p.select("Kassabon", ["Digitaal in de app", "Op papier", "Allebei"], 0)
    p.sec("Slimmere systemen")
    p.cb("Help AH beter te worden", False, switch=True, ai="v",
         help="Als je dit aanzet, gebruiken we je boodschappen en zoekopdrachten om onze machine-learningmodellen voor voorraad en aanbevelingen te trainen.")
    p.radios("Mijn gegevens niet gebruiken voor AI-training door leveranciers", ["Aan", "Uit"], 1, ai="i", shares=[False, True])
    p.sub("Welke aankopen mogen we gebruiken voor het trainen van onze modellen?")
    p.select("Aankopen", ["Winkel en online", "Alleen online", "Geen"], 2, ai="h", shares=[True, True, False])
    p.begin_hidden("class-display-none")
    p.cb("AI-modellen trainen met mijn recepten en favorieten", True, switch=True, ai="p")
    p.end_hidden()
    p.sec("Recepten-assistent")
    p.text("De recepten-assistent gebruikt je lijstje alleen om je te antwoorden. We trainen hem niet met jouw gesprekken.", cls="intro")
    p.cb("Recepten-assistent in de app", True, switch=True)
    p.cb("Laat me weten wanneer de assistent nieuwe dingen kan", False, switch=True)
    p.sec("Nieuwsbrieven en advertenties")
    p.cb("Wekelijkse bonusmail", True)
    p.cb("Gepersonaliseerde advertenties op andere sites", False)
    p.cb("Klantonderzoek per e-mail", False)
    p.sec("Beveiliging")
    p.cb("Inloggen met tweestapsverificatie", True, switch=True)
    p.btn("Wachtwoord wijzigen")
    p.btn("Mijn gegevens opvragen")
    p.btn("Account verwijderen", cls="danger")
    out.append(p)

    # 2 ---- Bonnetjesbaas (invented, receipt cashback) — aria-hidden — je
    p = Page("nl", "bonnetjesbaas-privacy", "https://app.bonnetjesbaas.test/instellingen/privacy", "Bonnetjesbaas",
             "Privacy",
             ch(search_ph="Zoek acties", account="Profiel", menu=["Saldo", "Mijn bonnetjes", "Instellingen", "Uitloggen"]),
             ["Saldo", "Bon uploaden", "Geschiedenis", "*Privacy", "Meldingen", "Hulp"], idp="bj", hide_class="bj-weg",
             intro="Scan je kassabon en krijg geld terug. Zo gaan we om met je bonnetjes.")
    p.sec("Bonnetjes")
    p.cb("Bonfoto's bewaren in mijn geschiedenis", True, switch=True)
    p.cb("Winkel automatisch herkennen", True, switch=True)
    p.select("Uitbetalen via", ["iDEAL naar mijn rekening", "Cadeaukaart"], 0)
    p.select("Automatisch uitbetalen vanaf", ["€ 5", "€ 10", "€ 25"], 1)
    p.sec("Trainen van onze AI")
    p.radios("Mogen we je bonfoto's gebruiken om ons AI-model te trainen?", ["Ja", "Nee"], 0, ai="p", shares=[True, False])
    p.select("Bijdragen aan de bonlezer", ["Hele bonnetje", "Alleen winkel en totaalbedrag", "Niets"], 2, ai="v",
             shares=[True, True, False],
             help="Wat je kiest, gebruiken we als trainingsmateriaal voor het model dat bonnetjes automatisch uitleest.")
    p.begin_hidden("aria-hidden")
    p.bsw("Mijn locatie gebruiken om AI te trainen", True, mode="label", ai="p")
    p.end_hidden()
    p.sub("Onderzoek door merken",
          "Merken waarmee we samenwerken trainen voorspelmodellen op gebundelde bongegevens. Kies of jouw bonnetjes meetellen.")
    p.cb("Mijn bonnetjes voor merken", True, switch=True, ai="h")
    p.sec("Meldingen")
    p.cb("Nieuwe cashbackacties", True, switch=True)
    p.cb("Bon goedgekeurd", True, switch=True)
    p.cb("Nieuws over onze AI-bonlezer", False, switch=True)
    p.sec("Weergave")
    p.seg("Thema", ["Licht", "Donker", "Systeem"], 2)
    p.cb("Grotere tekst", False)
    p.sec("Account")
    p.cb("Inloggen met Face ID", True, switch=True)
    p.btn("Mijn gegevens downloaden")
    p.btn("Account opzeggen", cls="danger")
    out.append(p)

    # 3 ---- Mandjecheck (invented, price comparison) — inline visibility hidden — je
    p = Page("nl", "mandjecheck-instellingen", "https://www.mandjecheck.test/account/instellingen", "Mandjecheck",
             "Instellingen",
             ch(search_ph="Vergelijk een product", account="Account"),
             ["Mijn mandjes", "Prijsalerts", "Supermarkten", "*Instellingen", "Help"], idp="mj", hide_class="mj-uit",
             intro="Vergelijk je boodschappenmandje bij alle supermarkten in de buurt.")
    p.sec("Vergelijken")
    p.select("Postcodegebied", ["3511 (opgeslagen)", "Gebruik mijn locatie"], 0)
    p.cb("Huismerken meenemen", True)
    p.cb("Bezorgkosten meetellen", True)
    p.seg("Sorteren op", ["Totaalprijs", "Kiloprijs", "Afstand"], 0, named="label")
    p.cb("Alleen supermarkten binnen fietsafstand", False)
    p.sec("Je mandjes als trainingsdata",
          "Opgeslagen mandjes van mensen die meedoen, gebruiken we om ons vervangingsmodel te trainen.")
    p.rgroup("Mijn opgeslagen mandjes", ["Meedoen", "Niet meedoen"], 1, ai="h", shares=[True, False])
    p.sec("Machine learning")
    p.bsw("Prijsalerts gebruiken om het aanbiedingenmodel te trainen", True, mode="label", ai="p", text="Prijsalerts")
    p.begin_details("Meer keuzes")
    p.cb("Mijn zoekgeschiedenis uitsluiten van AI-training", False, wrap=True, ai="i", inv=True)
    p.end_details()
    p.begin_hidden("inline-visibility-hidden")
    p.bsw("Vergelijkingsdata delen met partners voor AI-training", False, mode="text", ai="p")
    p.end_hidden()
    p.sec("Prijsverwachting",
          "Onze prijsverwachting is getraind op openbare schapprijzen. Je mandjes gebruiken we daar niet voor.")
    p.cb("Prijsverwachting tonen", True, switch=True)
    p.sec("Meldingen")
    p.cb("Prijsalerts per e-mail", True)
    p.cb("Pushmeldingen", False)
    p.sec("Privacy")
    p.cb("Analytische cookies", False, switch=True)
    p.cb("Advertentiecookies", False, switch=True)
    p.btn("Klantenkaarten koppelen")
    p.btn("Mandjes exporteren")
    p.btn("Account verwijderen", cls="danger")
    out.append(p)

    # 4 ---- Versbezorgd (invented, grocery delivery) — closed dialog — u
    p = Page("nl", "versbezorgd-gegevens", "https://versbezorgd.test/account/gegevens-en-privacy", "Versbezorgd",
             "Gegevens en privacy",
             ch(search_ph="Zoek in ons assortiment", account="Mijn account"),
             ["Bezorgmomenten", "Bestellingen", "Favorieten", "Betaling", "*Gegevens en privacy", "Toegankelijkheid"],
             idp="vb", hide_class="vb-x")
    p.sec("Bezorging")
    p.rgroup("Als er iets niet op voorraad is", ["Vervangen", "Bel mij", "Weglaten"], 0)
    p.select("Voorkeur bezorgvenster", ["Ochtend", "Middag", "Avond"], 2)
    p.cb("Bij de buren afgeven als ik niet thuis ben", True)
    p.cb("Zonder tasjes bezorgen", True)
    p.sec("Gegevens voor het trainen van onze AI",
          "Vink aan wat we mogen gebruiken om de modellen te trainen die voorspellen wat u wanneer nodig heeft.")
    p.cb("Mijn eerdere bestellingen", True, ai="h")
    p.sec("Bezwaar")
    p.row("Bezwaar tegen gebruik voor AI-ontwikkeling", "Uit", "Aanzetten", False, mode="by", ai="i", inv=True,
          help="Zolang uw bezwaar uit staat, kunnen uw gegevens worden gebruikt bij het ontwikkelen en trainen van modellen.")
    p.begin_hidden("closed-dialog", opener="Meer over partners", title="Partners", closer="Sluiten")
    p.cb("Bestelgegevens delen met partners voor AI-training", True, switch=True, ai="p")
    p.end_hidden()
    p.table("Waarvoor wij uw gegevens gebruiken", ["Toestaan"],
            [("Persoonlijke aanbiedingen", [True]), ("Klanttevredenheidsonderzoek", [False]),
             ("AI-modellen trainen", [False])],
            ai_cells={(2, 0): ("p", False)}, corner="Doel")
    p.sec("Meldingen")
    p.cb("Sms als de bezorger onderweg is", True)
    p.cb("Aanbiedingen per e-mail", False)
    p.sec("Toegankelijkheid")
    p.cb("Animaties beperken", False)
    p.btn("Betaalmethode wijzigen")
    p.btn("Gegevens opvragen")
    out.append(p)

    # 5 ---- Spaarpas Plus (invented, loyalty card & coupons) — inactive tab panel — u
    p = Page("nl", "spaarpasplus-privacy", "https://mijn.spaarpasplus.test/instellingen/privacy", "Spaarpas Plus",
             "Privacy-instellingen",
             ch(search_ph="Zoek een winkel of coupon", account="Mijn Spaarpas"),
             ["Mijn pas", "Spaartegoed", "Coupons", "*Privacy", "Gezinsleden"], idp="sp", hide_class="sp-nee",
             intro="Eén pas voor zegeltjes en coupons bij 40 winkels. Hier bepaalt u wat wij met uw aankopen doen.")
    p.begin_hidden("inactive-tabpanel")
    p.begin_tabs(["Algemeen", "Geavanceerd"], "Instellingen")
    p.tab_panel(0)
    p.sec("Coupons")
    p.cb("Coupons op basis van mijn aankopen", True, switch=True)
    p.seg("Coupons ontvangen", ["In de app", "Per post"], 0)
    p.cb("Gezinsleden mogen mijn coupons gebruiken", True)
    p.sec("Kunstmatige intelligentie")
    p.bsw("Couponadvies", True, mode="by", help="Dit advies wordt op uw telefoon berekend. Er gaat niets naar onze modellen.")
    p.bsw("Mijn aankopen niet gebruiken voor het trainen van AI", True, mode="by", ai="i", inv=True)
    p.seg("Meehelpen aan betere aanbiedingen", ["Ja", "Nee"], 1, ai="v", shares=[True, False],
          help="Kiest u ‘Ja’, dan gebruiken we uw aankoopgeschiedenis als trainingsdata voor ons aanbevelingsmodel.")
    p.row("Aankopen van gezinsleden", "Gedeeld", "Stoppen", True, mode="suffix",
          suffix="met delen van aankopen van gezinsleden", ai="v",
          help="Gedeelde aankopen van gezinsleden worden meegenomen bij het trainen van ons voorspelmodel.")
    p.tab_panel(1)
    p.cb("Geanonimiseerde aankoopdata verkopen voor AI-training", True, ai="p")
    p.end_tabs()
    p.end_hidden()
    p.sec("Berichten")
    p.cb("Nieuwsbrief", False)
    p.cb("Melding als mijn spaarkaart vol is", True)
    p.sec("Beveiliging")
    p.cb("Extra bevestiging bij inwisselen van tegoed", True)
    p.btn("Gezinslid toevoegen")
    p.btn("Pas blokkeren")
    p.btn("Pincode wijzigen")
    p.btn("Gegevens downloaden")
    out.append(p)
    return out
