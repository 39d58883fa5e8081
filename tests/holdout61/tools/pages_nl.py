from lib import Page


def konnect():
    p = Page("nl", "konnect-privacy-toestemmingen", "Konnect", "https://app.konnect.nl/ouder/instellingen/privacy",
             "Privacy en toestemmingen", known=True, user="Eva de Vries", color="#0f9d8a",
             intro="Kinderdagverblijf De Boomhut · groep Egeltjes · Sem de Vries",
             nav=["Tijdlijn", "Dagverslagen", "Foto's", "Planning", "Facturen", "Privacy en toestemmingen",
                  "Berichten"], nav_active=5,
             notes="Bekende dienst (reconstructie), u-vorm. Tabel met kolom 'Toestaan' waarvan de betekenis alleen "
                   "uit het bijschrift komt; statusregel 'Bezwaar maken' via aria-labelledby (geen bezwaar = wel "
                   "gebruik). Lokkers: automatische dagsamenvatting, vertalen, groepsalbum, uitstapjes. Verborgen: "
                   "CSS-klasse met display:none.")
    s1 = p.table("Gebruik voor het trainen van de verslag-assistent", "Gegevens van Sem", ["Toestaan"],
                 [("Foto's", [(False, (False, "h"))]),
                  ("Dagverslagen", [(True, (True, "h"))])],
                 intro="Pedagogisch medewerkers schrijven dagverslagen met hulp van een assistent. U bepaalt wat "
                       "daarvoor gebruikt mag worden.")
    s1 += p.state_row("Bezwaar tegen AI-training door leveranciers", "Geen bezwaar gemaakt", "Bezwaar maken",
                      mode="labelledby", ai=(True, "i"),
                      desc="Onze softwareleveranciers kunnen geanonimiseerde verslagen gebruiken voor hun eigen "
                           "modellen, tenzij u bezwaar maakt.")
    with p.hidden():
        cam = p.cb("Beelden van de groepscamera gebruiken om AI-modellen te trainen", checked=False, ai=(False, "p"))
    s1 += p.conceal("class", cam)
    p.add(p.section("Kunstmatige intelligentie", s1))
    s2 = (p.sw("Automatische samenvatting van de dag", True,
               help="Wordt alleen voor u gemaakt op basis van de notities van de pedagogisch medewerker.")
          + p.sw("Berichten automatisch vertalen", False, mode="text")
          + p.select("Melding bij nieuw dagverslag", ["Direct", "Dagelijks overzicht", "Nooit"], 0)
          + p.seg("Taal", ["Nederlands", "English"], 0)
          + p.radios("Contactvoorkeur", ["E-mail", "Telefoon", "App"], 2))
    p.add(p.section("Berichten en meldingen", s2))
    s3 = (p.cb("Foto's van Sem delen in het groepsalbum", checked=True)
          + p.cb("Toestemming voor uitstapjes buiten de locatie", checked=True)
          + p.cb("Zonnebrand laten smeren door medewerkers", checked=True)
          + p.cb("Melding bij ophalen", checked=False)
          + p.text("Allergieën", "Pinda's")
          + p.button("Ophaalpersoon toevoegen"))
    p.add(p.section("Toestemmingen voor Sem", s3))
    s4 = (p.select("Betaalwijze", ["Automatische incasso", "iDEAL"], 0)
          + p.button("Jaaropgave downloaden") + " " + p.button("Extra opvangdag aanvragen") + " "
          + p.button("Bericht sturen naar de groep")
          + p.cb("Nieuwsbrief van de locatie", checked=True))
    p.add(p.section("Planning en facturen", s4))
    p.add(p.button("Opslaan", cls="btn btn-primary"))
    return p


def buikje():
    p = Page("nl", "buikje-gegevens-ai", "Buikje", "https://app.buikje.test/instellingen/gegevens-en-ai",
             "Jouw gegevens & AI", user="Sanne Bakker", color="#e84393",
             intro="Week 14 – je kindje is nu zo groot als een citroen.",
             nav=["Mijn zwangerschap", "Dagboek", "Afspraken", "Gegevens & AI", "Meldingen", "Account"], nav_active=3,
             notes="Verzonnen zwangerschapsapp, je-vorm. Schakelaar met aria-label (expliciet, uit); checkbox "
                   "'Meedoen aan wetenschappelijk onderzoek' waarvan alleen de gekoppelde hulptekst training noemt; "
                   "'uitsluiten'-checkbox aangevinkt. Lokkers: slimme weekupdate op de telefoon, "
                   "bekkenbodemtraining, aanbiedingen. Verborgen: aria-hidden.")
    s1 = (p.sw("Slimme weekupdate", True, mode="text", help="Wordt op je telefoon samengesteld.")
          + p.sw("Mijn dagboek gebruiken om de AI van Buikje te trainen", False, mode="aria-label",
                 shown="Dagboek gebruiken voor AI-training", ai=(False, "p"))
          + p.cb("Meedoen aan wetenschappelijk onderzoek", checked=True, ai=(True, "v"),
                 help="Onderzoekers van partnerziekenhuizen gebruiken geanonimiseerde gegevens om voorspellende "
                      "modellen voor zwangerschapsdiabetes te trainen.")
          + p.cb("Mijn echofoto's uitsluiten van modeltraining", checked=True, ai=(False, "i")))
    with p.hidden():
        par = p.sw("Gegevens delen met partners voor AI-training", False, ai=(False, "p"))
    s1 += p.conceal("aria", par)
    p.add(p.section("AI in Buikje", s1))
    s2 = (p.text("Uitgerekende datum", "2026-02-11", type="date")
          + p.select("Eenheden", ["Kilogram en centimeter", "Pond en inch"], 0)
          + p.radios("Grootte van je kindje tonen als", ["Fruit", "Groente", "Centimeters"], 0)
          + p.seg("Weergave", ["Licht", "Donker"], 0)
          + p.cb("Herinnering bekkenbodemtraining", checked=True)
          + p.cb("Dagelijkse tip", checked=True))
    p.add(p.section("Jouw app", s2))
    s3 = (p.cb("Aanbiedingen van babymerken", checked=False)
          + p.cb("Mijn partner mag meekijken", checked=True)
          + p.cb("Pushmeldingen", checked=True)
          + p.button("Verloskundige uitnodigen"))
    p.add(p.section("Delen en meldingen", s3))
    s4 = p.button("Gegevens exporteren") + " " + p.button("Account verwijderen", cls="btn btn-danger")
    p.add(p.section("Account", s4))
    p.add(p.button("Opslaan", cls="btn btn-primary"))
    return p


def slaapwacht():
    p = Page("nl", "slaapwacht-privacy", "Slaapwacht", "https://mijn.slaapwacht.test/cameras/babykamer/privacy",
             "Privacy", user="Thijs Jansen", color="#34495e",
             intro="Slaapwacht Cam 3 · Babykamer",
             nav=["Camera's", "Babykamer", "Meldingen", "Opnames", "Privacy", "Oppassers", "Account"], nav_active=4,
             notes="Verzonnen babyfoon, je-vorm. Fieldset 'Opnames gebruiken voor AI-training' ('Alleen geluid' "
                   "gekozen); tekstschakelaar met ontkenning 'Niet delen met …' aan. Lokkers: huildetectie op de "
                   "camera, slaapstatistieken zonder training. Verborgen: visibility:hidden.")
    s1 = (p.sw("Huildetectie", True, help="Gebeurt op de camera zelf.")
          + p.select("Gevoeligheid", ["Laag", "Normaal", "Hoog"], 1)
          + p.cb("Temperatuurmelding", checked=True)
          + p.cb("Slaapliedje bij huilen", checked=False)
          + p.seg("Nachtlampje", ["Uit", "Zacht", "Fel"], 1))
    p.add(p.section("Detectie en meldingen", s1))
    s2 = (p.radios("Opnames gebruiken voor AI-training", ["Nooit", "Alleen geluid", "Geluid en beeld"], 1,
                   ai=(True, "p"))
          + p.sw("Niet delen met fabrikantpartners voor modeltraining", True, mode="text", ai=(False, "i")))
    with p.hidden():
        adem = p.cb("Ademhalingsgegevens delen met onderzoekers voor het trainen van algoritmen", checked=False,
                    ai=(False, "p"))
    s2 += p.conceal("visibility", adem)
    s2 += p.cb("Slaapstatistieken", checked=True, help="Alleen voor jouw overzicht; niet gebruikt voor training.")
    p.add(p.section("Jouw gegevens", s2))
    s3 = (p.select("Opnames bewaren", ["24 uur", "7 dagen", "30 dagen"], 1)
          + p.button("Opnames downloaden") + " " + p.button("Firmware bijwerken") + " "
          + p.button("Tweede camera koppelen")
          + p.cb("Privacymodus (camera uit als ik thuis ben)", checked=False))
    p.add(p.section("Opnames en camera", s3))
    s4 = p.button("Oppas uitnodigen") + " " + p.button("Tweestapsverificatie instellen")
    p.add(p.section("Oppassers en beveiliging", s4))
    p.add(p.button("Opslaan", cls="btn btn-primary"))
    return p


def klusjesbord():
    p = Page("nl", "klusjesbord-gegevens-ai", "Klusjesbord", "https://web.klusjesbord.test/gezin/instellingen/ai",
             "Gegevens en AI", user="Roos Visser", color="#f39c12",
             intro="Gezin Visser · 2 ouders, 2 kinderen",
             nav=["Klusjes", "Agenda", "Boodschappen", "Zakgeld", "Gezin", "Gegevens en AI"], nav_active=5,
             notes="Verzonnen klusjes-app, je-vorm. Schakelaar 'Help Klusjesbord slimmer worden' waarvan alleen de "
                   "hulptekst training noemt; select 'Boodschappenlijstjes' (betekenis uit kop en intro). Lokkers: "
                   "automatisch verdelen op de telefoon, aanbiedingen. Verborgen: gesloten <dialog> voor partners.")
    s1 = (p.cb("Klusjes automatisch verdelen", checked=True,
               help="Berekend op je eigen telefoon; er wordt niets voor training gebruikt.")
          + p.sw("Help Klusjesbord slimmer worden", True, ai=(True, "v"),
                 help="We trainen ons planningsmodel met geanonimiseerde klusjeslijsten van gezinnen die meedoen."))
    with p.hidden():
        par = p.cb("Partners mogen onze gezinsagenda gebruiken om AI te trainen", checked=False, ai=(False, "p"))
    s1 += p.dialog("Instellingen voor partners", "Partners", par, close="Klaar", cancel="Annuleren")
    p.add(p.section("Slimme functies", s1))
    s2 = p.select("Boodschappenlijstjes", ["Niet gebruiken", "Gebruiken zonder productnamen", "Volledig gebruiken"],
                  1, ai=(True, "h"))
    p.add(p.section("Wat mag ons model leren?", s2,
                    intro="Met jullie toestemming leert ons model van wat gezinnen invoeren, zodat de weekplanning "
                          "beter aansluit."))
    s3 = (p.text("Gezinsnaam", "De Vissertjes")
          + p.button("Gezinslid uitnodigen")
          + p.cb("Sterrenscore tonen voor kinderen", checked=True)
          + p.cb("Kinderen mogen zelf klusjes afvinken", checked=True)
          + p.select("Zakgelddag", ["Vrijdag", "Zaterdag", "Zondag"], 0)
          + p.select("Week begint op", ["Maandag", "Zondag"], 0)
          + p.cb("Herinnering om 18:00", checked=True)
          + p.cb("Aanbiedingen van supermarkten", checked=False))
    p.add(p.section("Gezin", s3))
    s4 = (p.button("Google Agenda koppelen") + " " + p.button("Abonnement beheren") + " "
          + p.button("Gegevens exporteren"))
    p.add(p.section("Account", s4))
    p.add(p.button("Opslaan", cls="btn btn-primary"))
    return p


def tabbie():
    p = Page("nl", "tabbie-instellingen-fleur", "Tabbie Ouders", "https://ouders.tabbie.test/kinderen/instellingen",
             "Instellingen per kind", user="Mark de Groot", color="#8e44ad",
             intro="Tabbie Kids-tablet · laatst gesynchroniseerd om 19:42",
             nav=["Overzicht", "Kinderen", "Schermtijd", "Apps", "Apparaten", "Gezinsaccount"], nav_active=1,
             notes="Verzonnen kindertablet, je-vorm. Tabbladen per kind (Fleur actief). Expliciete checkbox "
                   "aangevinkt; statusregel 'Toestemming intrekken' met verborgen achtervoegsel (toestemming "
                   "gegeven = gebruik) in een gesloten <details>. Lokkers: spraakassistent op de tablet, slimme "
                   "app-tips zonder training. Verborgen: inactief tabblad 'Daan'.")
    t1 = (p.select("Dagelijkse schermtijd", ["1 uur", "1,5 uur", "2 uur", "Onbeperkt"], 1)
          + p.cb("Bedtijdslot (19:30–7:00)", checked=True)
          + p.cb("Huiswerkmodus", checked=False)
          + p.seg("Weekendregels", ["Zoals doordeweeks", "Soepeler"], 1)
          + p.radios("Leeftijdsklasse inhoud", ["4+", "6+", "9+"], 1)
          + p.cb("Vragen voordat apps worden geïnstalleerd", checked=True)
          + p.cb("In-app-aankopen toestaan", checked=False)
          + p.select("Taal van de tablet", ["Nederlands", "English", "Frysk"], 0)
          + p.sw("Spraakassistent", True, mode="text", help="Opdrachten worden op de tablet verwerkt.")
          + p.cb("Slimme app-tips voor Fleur", checked=True,
                 help="Gebaseerd op Fleurs leeftijd en goedgekeurde apps; we trainen er niets mee.")
          + p.cb("Spraakopnames van Fleur gebruiken om de spraakassistent te trainen", checked=True,
                 ai=(True, "p")))
    with p.collapsed():
        st = p.state_row("Toestemming voor AI-training met Fleurs tekeningen", "Gegeven", "Toestemming intrekken",
                         suffix="voor AI-training met Fleurs tekeningen", ai=(True, "i"),
                         desc="Tekeningen uit de Tekenstudio helpen onze tekenherkenning verbeteren.")
    t1 += p.details("Creatieve apps", st)
    with p.hidden():
        t2 = p.cb("Spraakopnames van Daan gebruiken om de spraakassistent te trainen", checked=False,
                  ai=(False, "p"))
    p.add(p.section("Kinderen", p.tabs("Kinderen", [("Fleur", t1), ("Daan", t2)])))
    s2 = (p.cb("Wekelijks rapport per e-mail", checked=True)
          + p.button("Tablet nu pauzeren", cls="btn btn-danger") + " " + p.button("Locatie bekijken") + " "
          + p.button("Kind toevoegen") + " " + p.button("Ouder-pincode wijzigen"))
    p.add(p.section("Gezinsaccount", s2))
    p.add(p.button("Opslaan", cls="btn btn-primary"))
    return p


def pages():
    return [konnect(), buikje(), slaapwacht(), klusjesbord(), tabbie()]
