from lib import Page


def dropbox():
    P = Page("nl", "dropbox-account-privacy", "https://www.dropbox.com/account/privacy", "Dropbox",
             "Privacy – Dropbox", "Privacy",
             ["Algemeen", "Abonnement", "Beveiliging", "Meldingen", "Privacy", "Gekoppelde apps"], 4,
             ["© 2025 Dropbox", "Voorwaarden", "Privacy", "Cookies en CCPA-voorkeuren"],
             notes="Bekende dienst nagebouwd (documentbeheer, je-vorm). Vage schakelaar-checkbox met aria-describedby, "
                   "button-switch via aria-labelledby over AI-partners, aria-pressed-groep waarvan alleen de sectiekop "
                   "training noemt. Lokaas: Dropbox AI-samenvattingen, zoeken, meldingen. Verborgen: CSS-klasse display:none.",
             lead="Bepaal hoe Dropbox omgaat met de bestanden en gegevens in je account.", account="Sanne de V.", idp="dx",
             hide_class="u-hide", known=True)
    P.section("Dropbox AI")
    P.switch("Samenvattingen en antwoorden over je bestanden", True,
             help="Vraag iets over een document en krijg direct antwoord.")
    P.switch("Slim zoeken in afbeeldingen en pdf's", True)
    P.switch("Help Dropbox verbeteren", True,
             help="Als dit aanstaat, kunnen we bestanden die je met Dropbox AI bekijkt gebruiken om onze modellen te trainen.",
             ai="on", sh="v")
    P.bswitch("Bestanden delen met AI-partners voor het trainen van hun modellen", False, via="labelledby", ai="on", sh="p")
    P.section("AI-training", intro="Bepaal per soort inhoud of die mag meetellen.")
    P.pressed("Gescande documenten", ["Aan", "Uit"], 0, ai=[True, False], sh="h")
    P.begin_hidden("class")
    P.pressed("Papers en notities", ["Aan", "Uit"], 1, ai=[True, False], sh="h")
    P.end_hidden()
    P.section("Delen")
    P.select("Standaardtoegang voor gedeelde links", ["Iedereen met de link", "Alleen teamleden"], 0)
    P.checkbox("Vraag om een wachtwoord voor nieuwe links", False)
    P.checkbox("Laat zien wie mijn bestanden heeft bekeken", True)
    P.section("Bestanden")
    P.switch("Camera-uploads", True)
    P.select("Offline bestanden bewaren op", ["Deze computer", "Externe schijf"], 0)
    P.checkbox("Verwijderde bestanden 180 dagen bewaren", True)
    P.checkbox("Pdf's openen in de browser", True)
    P.button("Ruimte vrijmaken")
    P.section("Advertenties en analyse")
    P.checkbox("Gepersonaliseerde advertenties buiten Dropbox", False)
    P.checkbox("Deel gebruiksgegevens voor productanalyse", True,
               help="Alleen klikken en functiegebruik; deze gegevens gebruiken we niet voor het trainen van AI.")
    P.section("Je gegevens")
    P.button("Download een kopie van je gegevens")
    P.button("Gekoppelde apps beheren")
    P.button("Account verwijderen")
    return P


def tekenklaar():
    P = Page("nl", "tekenklaar-instellingen-privacy", "https://app.tekenklaar.test/instellingen/privacy", "Tekenklaar",
             "Privacy en gegevens – Tekenklaar", "Privacy en gegevens",
             ["Mijn profiel", "Ondertekenen", "Sjablonen", "Privacy en gegevens", "Gebruikers", "Facturen"], 3,
             ["Tekenklaar B.V. · Utrecht", "Algemene voorwaarden", "Privacyverklaring", "Verwerkersovereenkomst"],
             notes="Verzonnen e-handtekeningdienst (u-vorm). Radio-fieldset «Bezwaar…» (omgekeerd, geen bezwaar), "
                   "statusregel «Afmelden» met visueel verborgen achtervoegsel, vage role=radiogroup met uitleg eronder. "
                   "Lokaas: iDIN, herinneringen, AI-samenvatting. Verborgen: aria-hidden.",
             lead="Notariskantoor Van Dijk · 6 gebruikers", account="M. van Dijk", idp="tk")
    P.section("Ondertekenen")
    P.checkbox("Identificatie met iDIN verplichten", True)
    P.select("Herinnering sturen na", ["1 dag", "3 dagen", "7 dagen", "Nooit"], 1)
    P.checkbox("Ondertekenaars mogen het document downloaden", True)
    P.switch("AI-samenvatting tonen aan ondertekenaars", False, help="Wordt per keer gemaakt en niet bewaard.")
    P.section("Uw documenten en onze modellen")
    P.radios("Bezwaar tegen gebruik van uw documenten voor modeltraining", ["Ik maak bezwaar", "Ik maak geen bezwaar"], 1,
             ai=[False, True], sh="i")
    P.state("Deelname trainingsprogramma", "U doet mee sinds 3 maart.", "Afmelden",
            suffix="voor het trainen van modellen met uw contracten", ai=True, sh="i")
    P.radiogroup("Kwaliteitsprogramma ondertekenen", ["Aan", "Uit"], 1, describe=False,
                 help="Met dit programma gebruiken we ingevulde formulieren van uw ondertekenaars als trainingsmateriaal voor onze veldherkenning.",
                 ai=[True, False], sh="v")
    P.begin_hidden("aria")
    P.checkbox("Documenten van cliënten beschikbaar stellen voor AI-training", True, ai="on", sh="p")
    P.end_hidden()
    P.section("Meldingen")
    P.checkbox("E-mail zodra alle partijen hebben getekend", True)
    P.checkbox("Kopie van het getekende document naar mij", True)
    P.checkbox("Nieuwsbrief", False)
    P.button("Webhooks instellen")
    P.section("Sjablonen")
    P.checkbox("Sjablonen delen met het hele kantoor", True)
    P.select("Standaardsjabloon", ["Volmacht", "Koopovereenkomst", "Geen"], 2)
    P.button("Sjabloon importeren")
    P.section("Bewaren")
    P.select("Ondertekende documenten bewaren", ["7 jaar", "20 jaar", "Onbeperkt"], 1)
    P.checkbox("Waarschuw mij voordat iets wordt verwijderd", True)
    P.actions("Opslaan", "Annuleren")
    return P


def scanmaatje():
    P = Page("nl", "scanmaatje-instellingen-gegevens", "https://account.scanmaatje.test/instellingen/gegevens", "Scanmaatje",
             "Jouw gegevens · Scanmaatje", "Jouw gegevens",
             ["Account", "Scannen", "Mappen", "Jouw gegevens", "Abonnement"], 3,
             ["Scanmaatje · Groningen", "Hulp", "Privacy", "Voorwaarden"],
             notes="Verzonnen scan-app (je-vorm). aria-pressed «Mijn scans uitsluiten…» (omgekeerd, Nee), button-switch met "
                   "tekstnaam en aria-describedby, schakelaar-checkbox waarvan alleen de sectiekop training noemt "
                   "(gezinsleden). Lokaas: OCR, randen, statistieken zonder training. Verborgen: visibility:hidden.",
             lead="Wat wij wel en niet met je scans doen.", account="Bram", idp="sm")
    P.section("Scannen")
    P.select("Taal van de tekstherkenning", ["Nederlands", "Nederlands en Engels", "Fries", "Automatisch"], 0)
    P.switch("Randen automatisch bijsnijden", True)
    P.switch("Schaduwen wegwerken", True)
    P.radios("Opslaan als", ["PDF", "JPG"], 0)
    P.select("Paginaformaat", ["A4", "Letter", "Automatisch"], 0)
    P.section("Jouw scans")
    P.pressed("Mijn scans uitsluiten van AI-training", ["Ja", "Nee"], 1, ai=[False, True], sh="i")
    P.bswitch("Doe mee aan het leesproject", True, via="text",
              help="Je bonnetjes en brieven worden dan gebruikt om onze tekstherkenning bij te trainen.", ai="on", sh="v")
    P.switch("Anonieme gebruiksstatistieken", True, help="Alleen tellingen. Hier trainen we geen modellen mee.")
    P.begin_hidden("visibility")
    P.switch("Mijn scans gebruiken voor AI-training", True, ai="on", sh="p")
    P.end_hidden()
    P.section("Trainen met scans van je huishouden",
              intro="Scan je ook voor anderen in huis? Dan bepaal je hier of hun papieren mee mogen doen.")
    P.switch("Scans van gezinsleden", False, ai="on", sh="h")
    P.section("Mappen")
    P.select("Scans uploaden naar", ["Scanmaatje Cloud", "OneDrive", "Niet uploaden"], 0)
    P.switch("Alleen via wifi", True)
    P.checkbox("App vergrendelen met vingerafdruk", False)
    P.section("Meldingen")
    P.checkbox("Herinner me aan rekeningen die nog betaald moeten worden", True)
    P.checkbox("Tips om beter te scannen", False)
    P.switch("Bestandsnamen automatisch voorstellen", True, help="De naam wordt op je telefoon bedacht.")
    P.button("Aankopen herstellen")
    P.section("Account")
    P.button("Alles exporteren")
    P.button("Account verwijderen")
    return P


def enquetewerk():
    P = Page("nl", "enquetewerk-organisatie-ai", "https://app.enquetewerk.test/organisatie/instellingen/ai", "Enquêtewerk",
             "AI en gegevens – Organisatie – Enquêtewerk", "AI en gegevens",
             ["Organisatie", "Teamleden", "Huisstijl", "Koppelingen", "AI en gegevens", "Facturatie"], 4,
             ["Enquêtewerk B.V. · Eindhoven", "Status", "Beveiliging", "Privacy"],
             notes="Verzonnen enquêtetool, organisatiepagina (u-vorm). Select met trainingsopties, role=radiogroup "
                   "«afschermen» (omgekeerd), vage checkbox met aria-describedby. Lokaas: AI-vraagsuggesties, "
                   "sentimentanalyse op uw eigen data, bewaartermijn. Verborgen: gesloten <dialog>.",
             lead="GGD Regio Kempen · 23 teamleden", account="GK", idp="ew")
    P.section("AI-functies")
    P.switch("Vragen voorstellen tijdens het bouwen", True)
    P.switch("Open antwoorden automatisch groeperen", True,
             help="Het groeperen gebeurt per enquête; er wordt geen model op uw antwoorden getraind.")
    P.select("Toon van voorgestelde vragen", ["Zakelijk", "Vriendelijk", "Eenvoudige taal (B1)"], 2)
    P.section("Antwoorden van respondenten")
    P.select("Bewaartermijn voor antwoorden", ["3 maanden", "1 jaar", "Tot ik ze verwijder"], 1)
    P.select("Antwoorden van respondenten gebruiken voor AI-training", ["Ja", "Alleen geanonimiseerd", "Nee"], 1,
             ai=[True, True, False], sh="p")
    P.radiogroup("Medische vragenlijsten afschermen voor modeltraining", ["Afschermen", "Niet afschermen"], 0,
                 ai=[False, True], sh="i")
    P.checkbox("Bijdragen aan Enquêtewerk Insights", True,
               help="Uw vragen en antwoordpatronen dienen als voorbeeld om onze AI-modellen te trainen.", ai="on", sh="v")
    P.begin_hidden("dialog", opener="Meer gegevensopties", dlg_title="Meer gegevensopties")
    P.checkbox("Antwoorden delen met onderzoekspartners om modellen te trainen", False, ai="on", sh="p")
    P.button("Sluiten")
    P.end_hidden()
    P.section("Standaarden")
    P.select("Taal van nieuwe enquêtes", ["Nederlands", "English", "Deutsch"], 0)
    P.checkbox("Logo van Enquêtewerk tonen", False)
    P.checkbox("IP-adressen niet opslaan", True)
    P.button("Auditlog downloaden")
    P.button("Teamlid uitnodigen")
    P.section("E-mail")
    P.checkbox("Dagelijks overzicht van nieuwe antwoorden", True)
    P.checkbox("Nieuws en webinars", False)
    P.actions("Wijzigingen opslaan", "Annuleren")
    return P


def drukwinkel():
    P = Page("nl", "drukwinkel-mijn-account-voorkeuren", "https://www.drukwinkel.test/mijn-account/voorkeuren", "Drukwinkel",
             "Voorkeuren | Drukwinkel", "Voorkeuren",
             ["Bestellingen", "Mijn ontwerpen", "Adressen", "Voorkeuren", "Zakelijk account"], 3,
             ["Drukwinkel · online drukwerk uit Zwolle", "Verzending", "Privacy", "Voorwaarden"],
             notes="Verzonnen online drukkerij (je-vorm), met tabbladen. Radio-fieldset met expliciete vraag, checkbox in "
                   "gesloten <details> waarvan alleen de samenvatting training noemt (ingeklapt, dus gelabeld). Lokaas: "
                   "drukvoorkeuren, bestandscontrole, spaarpunten. Verborgen: inactief tabblad «Zakelijk».",
             lead="Standaardinstellingen voor je drukwerk en je ontwerpen.", account="Mijn account", idp="dw")
    P.begin_tabs(["Persoonlijk", "Zakelijk"], 0)
    P.panel(0)
    P.section("Drukwerk")
    P.select("Papiersoort", ["Mat 135 g", "Gerecycled 90 g", "Glans 170 g"], 0)
    P.radios("Kleur", ["Zwart-wit", "Kleur"], 1)
    P.checkbox("Gratis bestandscontrole voor het drukken", True)
    P.checkbox("Snijtekens automatisch toevoegen", False)
    P.section("Je ontwerpen")
    P.select("Ontwerpen bewaren", ["30 dagen", "1 jaar", "Tot ik ze verwijder"], 1)
    P.radios("Mag Drukwinkel je ontwerpen gebruiken om zijn AI te trainen?", ["Ja", "Nee"], 0, ai=[True, False], sh="p")
    P.switch("Automatische kleurcorrectie in het voorbeeld", True)
    P.section("Training van onze ontwerphulp", details="closed")
    P.checkbox("Ook mijn geüploade foto's", False, ai="on", sh="h")
    P.checkbox("Voorbeeld per e-mail sturen", True)
    P.section("Bezorging en spaarpunten")
    P.radios("Verzending", ["Standaard", "Express", "Afhalen"], 0)
    P.checkbox("Klimaatneutraal verzenden", True)
    P.checkbox("Spaarpunten verzamelen", True)
    P.checkbox("Aanbiedingen per e-mail", False)
    P.panel(1)
    P.section("Zakelijk")
    P.textfield("Btw-nummer", "NL001234567B01")
    P.checkbox("Ontwerpen van collega's gebruiken voor AI-training", True, ai="on", sh="p")
    P.end_tabs()
    P.actions("Opslaan")
    return P


def build():
    return [dropbox(), tekenklaar(), scanmaatje(), enquetewerk(), drukwinkel()]
