from lib import Page

CH = dict(search="Zoeken", placeholder="Zoek instellingen, bestellingen of hulp", language="Taal",
          account="Mijn account", menu=["Profiel", "Account wisselen", "Klantenservice", "Uitloggen"],
          nav="Onderdelen van instellingen", save="Wijzigingen opslaan", copyright="© 2025 {service}")


def bol():
    p = Page("nl", "bol-partnerplatform-gegevensgebruik", "https://partner.bol.com/sdd/preferences/data-usage",
             "bol", "Gegevensgebruik", "Reconstruction of the bol partner platform (seller side); markup, copy and "
             "every AI-training setting invented. Je. Tabs: inactive tab panel hides a training switch. Plain "
             "select, inverted checkbox-switch (bezwaar), heading-only table cell. Decoys: AI product content "
             "suggestions, price advice, sales dashboard.",
             dict(CH, placeholder="Zoek in het partnerplatform", account="Mijn winkel"),
             ["Dashboard", "Aanbod", "Bestellingen", "Retouren", "Advertenties", "Prestaties", "*Instellingen"],
             ["Partnerplatform Help", "Voorwaarden", "Privacy", "Cookies"], known=True, idp="bol",
             brand="bol partnerplatform", lead="Bepaal waarvoor bol de gegevens van je winkel mag gebruiken.")
    p.add(p.sec("Aanbod",
                p.sw("Productteksten laten voorstellen", True,
                     help="We stellen een tekst voor op basis van je EAN en specificaties. Jij beslist wat er online komt."),
                p.sw("Prijsadvies tonen", True),
                p.sel("Standaard levertijd", ["Op werkdagen voor 23:59 besteld, morgen in huis", "1-2 werkdagen", "2-4 werkdagen"], 1),
                p.cb("Verzenden via Verzenden via bol (VVB)", True)))
    p.add(p.tabs("Gegevens", [
        ("Winkelgegevens", [
            p.sel("Je productfoto's en -teksten gebruiken om onze AI-modellen te trainen", ["Toestaan", "Niet toestaan"], 0,
                  ai="p", shares=[True, False]),
            p.sw("Bezwaar maken tegen het trainen van modellen met je klantvragen", True, ai="i",
                 help="Vragen die klanten via bol aan je stellen, en jouw antwoorden."),
            p.table("Gebruik voor het trainen van onze zoek- en aanbevelingsmodellen", "Gegevens", ["Toegestaan"],
                    [("Verkoop- en retourcijfers", [False])], ai_cols={0: "h"}),
        ]),
        ("Advertenties", [
            p.sw("Advertentieresultaten gebruiken voor training van biedmodellen", True, ai="p"),
        ]),
    ]))
    p.add(p.sec("Prestaties",
                p.cb("Wekelijks prestatieoverzicht per e-mail", True,
                     help="Cijfers over je verkopen en service. Deze gegevens worden niet gebruikt om modellen te trainen."),
                p.btn("Gegevens exporteren")))
    p.add(p.sec("Meldingen",
                p.table("Stuur me een melding bij", "Gebeurtenis", ["E-mail", "App"],
                        [("Nieuwe bestelling", [True, True]), ("Nieuwe retour", [True, True]),
                         ("Klantvraag", [True, True])])))
    return p


def booking():
    p = Page("nl", "booking-extranet-privacy",
             "https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/privacy_settings.html",
             "Booking.com", "Privacy-instellingen", "Reconstruction of the Booking.com partner extranet (host side); "
             "markup, copy and every AI-training setting invented. Je. Vague role=radiogroup with describedby, "
             "plain button switch by aria-labelledby, inverted state row with sr-only suffix; hidden-attribute block. "
             "Decoys: AI reply drafts, Genius programme, automatic translation.",
             dict(CH, placeholder="Zoek in extranet", account="Accommodatie"),
             ["Startpagina", "Tarieven & beschikbaarheid", "Promoties", "Reserveringen", "Accommodatie",
              "Inbox", "Gastenbeoordelingen", "Financiën", "*Instellingen"],
             ["Partner Hub", "Voorwaarden", "Privacy- en cookieverklaring", "Contact"], known=True, idp="bk",
             brand="Booking.com Extranet", lead="Regel hoe Booking.com gegevens van je accommodatie mag gebruiken.")
    p.add(p.sec("Gasten en communicatie",
                p.sw("Antwoordconcepten voorstellen in de inbox", True,
                     help="Concepten worden per bericht gemaakt en nergens bewaard."),
                p.sw("Berichten van gasten automatisch vertalen", True),
                p.cb("Deelnemen aan het Genius-programma", True),
                p.sel("Aanbetaling", ["Geen", "30%", "50%"], 1),
                p.cb("Huisdieren toegestaan", False),
                p.btn("Gebruikers beheren")))
    p.add(p.sec("Je gegevens",
                p.rgroup("Reserveringsgegevens", ["Delen", "Niet delen"], 0, ai="v", shares=[True, False],
                         help="Gedeelde reserveringen (aankomstdata, verblijfsduur, annuleringen) gebruiken we om onze prijs- en rankingmodellen te trainen."),
                p.bsw("Toestaan dat je accommodatiebeschrijving wordt gebruikt om onze AI-assistent te trainen", False,
                      by="lby", ai="p"),
                p.state("Reacties op gastenbeoordelingen", "Worden gebruikt voor training", "Uitsluiten", share=True,
                        suffix="reacties op gastenbeoordelingen van AI-training", ai="i")))
    p.add(p.hide("hidden",
                 p.cb("Foto's van je accommodatie delen met partners om hun beeldmodellen te trainen", True, ai="p"),
                 title="Partnerprogramma"))
    p.add(p.sec("Meldingen",
                p.table("Meldingen over reserveringen", "Melding", ["E-mail", "Pulse-app"],
                        [("Nieuwe reservering", [True, True]), ("Annulering", [True, True]),
                         ("Nieuwe beoordeling", [False, True])])))
    return p


def fietsflits():
    p = Page("nl", "fietsflits-bezorger-privacy", "https://bezorgers.fietsflits.test/account/privacy",
             "Fietsflits", "Privacy", "Invented delivery-courier app, je. Heading-only switches, vague pressed group "
             "with nearby help (no describedby), vague radio fieldset with describedby; inline display:none block. Decoys: shift "
             "planning, rain bonus, tip statistics.",
             dict(CH, placeholder="Zoek diensten, verdiensten, hulp", account="Jouw profiel"),
             ["Diensten", "Verdiensten", "Uitrusting", "Documenten", "*Privacy", "Hulp"],
             ["Bezorgerscentrum", "Veiligheid", "Privacyverklaring", "Contact"], idp="ff", save="Opslaan",
             lead="Jij bepaalt wat we met je gegevens doen.")
    p.add(p.sec("Diensten",
                p.sw("Open diensten in mijn buurt voorstellen", True),
                p.sel("Voertuig", ["Fiets", "E-bike", "Scooter"], 1),
                p.sw("Regenbonus-meldingen", True),
                p.cb("Dubbele bestellingen aannemen", False),
                p.cb("Locatie alleen delen tijdens een dienst", True),
                p.sel("Taal van de app", ["Nederlands", "English"], 0),
                p.btn("Nieuwe thermotas bestellen")))
    p.add(p.sec("Waarmee onze AI mag leren",
                p.sw("Bezorgfoto's", True, ai="h"),
                intro="We trainen modellen die bezorgfoto's controleren en supportvragen sneller beantwoorden."))
    p.add(p.sec("Ritten",
                p.seg("Ritgegevens delen", ["Aan", "Uit"], 1, ai="v", shares=[True, False], desc=False,
                      help="Met je GPS-routes en wachttijden trainen we het model dat levertijden voorspelt."),
                p.radios("Gesprekken met klanten", ["Ja, mag gebruikt worden", "Nee"], 0, ai="v", shares=[True, False],
                         help="Chats tussen jou en klanten worden gebruikt om onze chatbot te trainen.")))
    p.add(p.hide("display",
                 p.sw("Selfies van identiteitscontroles gebruiken voor het trainen van gezichtsherkenning", True, ai="p"),
                 title="Identiteitscontrole"))
    p.add(p.sec("Verdiensten",
                p.cb("Fooienoverzicht in mijn weekrapport", True),
                p.btn("Jaaroverzicht downloaden")))
    p.add(p.sec("Meldingen",
                p.table("Pushmeldingen", "Onderwerp", ["Push"],
                        [("Nieuwe diensten", [True]), ("Uitbetalingen", [True]), ("Weeralarm", [True])])))
    return p


def rijmee():
    p = Page("nl", "rijmee-chauffeur-gegevens", "https://chauffeurs.rijmee.test/instellingen/gegevens",
             "RijMee", "Uw gegevens", "Invented ride-hail driver portal, u. Inverted role=radiogroup (beperken), "
             "plain checkbox, vague button switch by text with describedby, heading-only select in a closed "
             "<details>; CSS class display:none. Decoys: airport queue, dashcam, charging-station discounts.",
             dict(CH, placeholder="Zoek ritten, uitbetalingen of hulp", account="Chauffeursaccount"),
             ["Ritten", "Verdiensten", "Voertuig", "Documenten", "Beoordelingen", "*Gegevens", "Hulp"],
             ["Chauffeurscentrum", "Veiligheid", "Privacyverklaring", "Voorwaarden"], idp="rm", hide_class="verborgen")
    p.add(p.sec("Onderweg",
                p.sw("Wachtrij luchthaven Schiphol", True),
                p.sw("Dashcam-opnames maken", False, help="Beelden blijven op het toestel, tenzij u een incident meldt."),
                p.cb("Korting bij laadpalen van partners tonen", True),
                p.sel("Navigatie-app", ["RijMee Navigatie", "Waze", "Google Maps"], 0),
                p.cb("Alleen ritten met vooraf betaalde passagiers", False),
                p.btn("Voertuig toevoegen")))
    p.add(p.sec("Uw ritgegevens",
                p.rgroup("Gebruik van uw rijgedrag voor modeltraining beperken", ["Beperken", "Niet beperken"], 1,
                         ai="i", shares=[False, True]),
                p.bsw("Meewerken aan een betere RijMee", True, by="text", ai="v",
                      help="Uw beoordelingen, annuleringen en acceptatietijden worden gebruikt om de modellen te trainen die ritten toewijzen."),
                p.details("Meer opties",
                          p.sel("Opnames van oproepen met support", ["Niet gebruiken", "Gebruiken"], 0, ai="h",
                                shares=[False, True]),
                          intro="Oproepen met support kunnen worden gebruikt om onze spraakherkenning te trainen.")))
    p.add(p.hide("class",
                 p.cb("Voertuiggegevens delen met fabrikanten voor training van zelfrijdende systemen", True, ai="p"),
                 title="Programma zelfrijdend"))
    p.add(p.sec("Meldingen",
                p.table("Ik wil graag", "Onderwerp", ["Push", "E-mail"],
                        [("Drukke gebieden", [True, False]), ("Weekoverzicht", [False, True]),
                         ("Tariefwijzigingen", [True, True])])))
    return p


def drukwerkplaats():
    p = Page("nl", "drukwerkplaats-studio-privacy", "https://studio.drukwerkplaats.test/instellingen/privacy",
             "Drukwerkplaats", "Privacy & AI", "Invented print-on-demand creator studio, je. Plain checkbox-switch, "
             "inverted state row by aria-labelledby (afmelden), heading-only pressed group, vague select with "
             "describedby; aria-hidden block. Decoys: AI mockups, upscaling, copy detection.",
             dict(CH, placeholder="Zoek ontwerpen en producten", account="Mijn studio"),
             ["Overzicht", "Ontwerpen", "Producten", "Verkopen", "Uitbetalingen", "*Instellingen"],
             ["Hulp", "Auteursrecht", "Privacy", "Voorwaarden"], idp="dw",
             lead="Jouw ontwerpen blijven van jou. Hier regel je wat wij ermee mogen.")
    p.add(p.sec("Studio",
                p.sw("Mockups met AI maken", True, help="Zet je ontwerp op productfoto's; alleen voor dit ontwerp."),
                p.sw("Resolutie automatisch verhogen", True),
                p.sw("Waarschuw me bij kopieën van mijn ontwerpen", True),
                p.sel("Standaardmarge", ["10%", "20%", "30%"], 1),
                p.txt("Winkelnaam", "Studio Meeuw"),
                p.cb("Vakantiemodus", False),
                p.btn("Uitbetaling aanvragen"),
                p.btn("Winkel bekijken")))
    p.add(p.sec("AI-training",
                p.sw("Mijn ontwerpen gebruiken om de beeldgenerator van Drukwerkplaats te trainen", False, ai="p"),
                p.state("Datasets van derden voor AI-training", "Niet afgemeld", "Afmelden", share=True, ai="i"),
                p.seg("Producttitels en tags", ["Meenemen", "Niet meenemen"], 0, ai="h", shares=[True, False])))
    p.add(p.sec("Trends",
                p.sel("Verkoopgegevens", ["Bijdragen", "Niet bijdragen"], 1, ai="v", shares=[True, False],
                      help="Als je bijdraagt, trainen we ons trendmodel met wat je verkoopt en waar.")))
    p.add(p.hide("aria",
                 p.cb("Mijn portfolio in licentie geven voor AI-trainingssets", True, ai="p"),
                 title="Licenties"))
    p.add(p.sec("Meldingen",
                p.table("Mail me bij", "Gebeurtenis", ["E-mail"],
                        [("Nieuwe verkoop", [True]), ("Uitbetaling", [True]), ("Uitgelicht ontwerp", [False])])))
    return p


def pages():
    return [bol(), booking(), fietsflits(), rijmee(), drukwerkplaats()]
