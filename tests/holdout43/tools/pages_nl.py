from lib import Page, T, F, HID, page


@page
def bol():
    pg = Page('nl', 'bol-privacy', 'https://www.bol.com/nl/nl/account/privacy/',
              'Privacy-instellingen', 'bol', real=True, skin=2, skel=2,
              nav=['Mijn bestellingen', 'Retourneren', 'Mijn lijstjes', 'Gegevens', 'Privacy-instellingen',
                   'Select-lidmaatschap'], nav_current=4,
              notes='Bekende webwinkel. Opt-in-checkbox voor reviews en vragen (aan → true); switch waarop alleen '
                    '“Uit” zichtbaar is, naam via aria-label “Sluit mijn bestelgeschiedenis uit van AI-training” '
                    '(gebiedende wijs, omgekeerd; uit → true). Lokkertjes: AI-samenvatting van reviews zonder '
                    'training, persoonlijke aanbevelingen in je account, advertenties. Verborgen lokkertje via '
                    'klasse met display:none.')
    rev = pg.sec('Reviews en vragen',
        pg.cb('Mijn reviews en vragen gebruiken om AI-modellen van bol te trainen', True,
              help='Het gaat om de tekst van je reviews en de vragen die je over artikelen stelt.', ai=T()),
        pg.cb('Mijn voornaam tonen bij reviews', True),
        pg.cb('Samenvatting van reviews met AI tonen', True,
              help='Wordt gemaakt uit gepubliceerde reviews. Jouw gegevens worden hiervoor niet gebruikt om te trainen.'),
    )
    best = pg.sec('Bestellingen',
        pg.sw('Sluit mijn bestelgeschiedenis uit van AI-training', False, mode='aria', ai=T('i')),
        pg.cb('Persoonlijke aanbevelingen op basis van mijn bestellingen', True,
              help='Deze aanbevelingen blijven in je eigen account.'),
        pg.cb('Retourlabel automatisch mailen', True),
    )
    adv = pg.sec('Advertenties',
        pg.cb('Gepersonaliseerde advertenties op bol', True),
        pg.cb('Advertenties van bol op andere websites', False),
        pg.btn('Cookie-instellingen'),
    )
    meld = pg.sec('Meldingen',
        pg.sw('Prijsdaling op mijn verlanglijstje', True, mode='lby'),
        pg.sw('Bezorgupdates via pushberichten', True, mode='lby'),
        pg.sel('Video’s automatisch afspelen', ['Altijd', 'Alleen via wifi', 'Nooit'], 1),
    )
    gezin = pg.sec('Gezin',
        pg.sw('Artikelen voor 18+ verbergen in het kinderprofiel', True),
        pg.btn('Gezinsleden beheren'),
        pg.cb('Bestellingen van gezinsleden tonen in mijn overzicht', False),
    )
    geg = pg.sec('Je gegevens',
        pg.btn('Download je gegevens'),
        pg.btn('Gekoppelde apps', kind='a', href='/nl/nl/account/apps/'),
    )
    hidden = pg.hide('class', lambda: [
        pg.cb('Mijn klantenservicegesprekken gebruiken voor modeltraining', True, ai=HID)])
    return pg, pg.render(rev, best, adv, meld, gezin, geg, hidden, pg.btn('Opslaan', primary=True))


@page
def ah():
    pg = Page('nl', 'ah-privacy', 'https://www.ah.nl/mijn/privacy',
              'Privacy', 'Albert Heijn', real=True, skin=3, skel=3,
              nav=['Mijn gegevens', 'Bonuskaart', 'Bestellingen', 'Mijn lijst', 'Premium', 'Privacy'], nav_current=5,
              notes='Bekende supermarkt. Div-toggle “Help AH slimmer te worden” (vaag; hulptekst: Bonuskaart-aankopen '
                    'trainen modellen; aan → true); select “Opnames bewaren” die alleen door de kop “Spraakopnames en '
                    'training” betekenis krijgt (“Niet bewaren” → false). Lokkertjes: persoonlijke bonus, recepten '
                    'op basis van aankopen, bezorgsms. Verborgen lokkertje met het hidden-attribuut.')
    bonus = pg.sec('Bonuskaart',
        pg.divtog('Help AH slimmer te worden', True, desc=False,
                  help='We gebruiken je Bonuskaart-aankopen om de modellen achter ons assortiment en onze '
                       'voorraadplanning te trainen.', ai=T('v')),
        pg.cb('Persoonlijke Bonus', True, help='Aanbiedingen die we alleen voor jou berekenen.'),
        pg.cb('Digitale kassabon', True),
    )
    spraak = pg.sec('Spraakopnames en training',
        pg.cb('Producten toevoegen aan Mijn lijst met je stem', True),
        pg.sel('Opnames bewaren', ['Niet bewaren', 'Bewaren en gebruiken'], 0, ai=F('h')),
        pg.p('Bewaarde opnames helpen ons de spraakherkenning te trainen.'),
    )
    bez = pg.sec('Bezorgen',
        pg.state('Bezorgadres', 'Keizersgracht 102-2, Amsterdam', 'Wijzigen', sr_text='bezorgadres'),
        pg.sel('Voorkeur bezorgmoment', ['Ochtend', 'Middag', 'Avond'], 2),
        pg.cb('Vervangende producten accepteren', True),
        pg.inp('Bezorginstructie', 'Graag bij de buren op 14 afgeven'),
        pg.cb('Sms als de bezorger onderweg is', True),
    )
    com = pg.sec('Communicatie',
        pg.cb('Wekelijkse nieuwsbrief', False),
        pg.cb('Allerhande-recepten op basis van mijn aankopen', True,
              help='Receptideeën die we voor jou uitzoeken; deze blijven in je account.'),
        pg.btn('Mijn gegevens opvragen'),
        pg.table(None, 'Bericht', ['Push', 'E-mail'], [
            ('Bezorgstatus', [True, False], None),
            ('Bonusaanbiedingen', [False, True], None),
        ], name='rowcol'),
        pg.btn('Bonuskaart blokkeren'),
    )
    hidden = pg.hide('hidden', lambda: [
        pg.sw('Mijn boodschappenlijst gebruiken om AI te trainen', True, ai=HID)])
    return pg, pg.render(bonus, spraak, bez, com, hidden, pg.btn('Wijzigingen opslaan', primary=True))


@page
def tweedekans():
    pg = Page('nl', 'tweedekans-privacy', 'https://www.tweedekans.test/mijn/instellingen/privacy',
              'Privacy', 'Tweedekans', skin=0, skel=4,
              nav=['Mijn advertenties', 'Berichten', 'Favorieten', 'Mijn profiel', 'Instellingen', 'Privacy'],
              nav_current=5,
              notes='Verzonnen tweedehandsmarkt. Statusregel: bezwaar ingediend, actie “Bezwaar intrekken (…)” met '
                    'visueel verborgen toevoeging (omgekeerd; bezwaar geldt → false); role=radiogroup voor foto’s van '
                    'advertenties (“Toestaan” → true). Lokkertjes: vertalen op je toestel, verdachte links, bieden. '
                    'Verborgen lokkertje: visibility:hidden.')
    ai = pg.sec('AI-training',
        pg.state('Bezwaar tegen AI-training met je berichten', 'Ingediend op 14 april 2025', 'Bezwaar intrekken',
                 sr_text='(berichten met kopers en verkopers in AI-training)', ai=F('i')),
        pg.radios('Foto’s van je advertenties voor AI-training', ['Toestaan', 'Niet toestaan'], 0, kind='rg',
                  help='Hiermee trainen we het model dat categorieën voorstelt en namaak herkent.', ai=T()),
    )
    ber = pg.sec('Berichten',
        pg.cb('Leesbevestigingen', True),
        pg.cb('Berichten automatisch vertalen', False, help='Gebeurt op je toestel; er wordt niets bewaard.'),
        pg.cb('Waarschuw me bij verdachte links', True),
    )
    adv = pg.sec('Advertenties',
        pg.cb('Mijn telefoonnummer tonen', False),
        pg.sel('Standaard verzendmethode', ['Ophalen', 'Verzenden', 'Ophalen of verzenden'], 2),
        pg.cb('Bieden toestaan', True),
        pg.cb('Prijssuggestie tonen bij plaatsen', True,
              help='Op basis van vergelijkbare advertenties. Jouw advertentie wordt niet gebruikt om te trainen.'),
    )
    prof = pg.sec('Profiel',
        pg.radios('Wie mag mijn verkochte spullen zien', ['Iedereen', 'Alleen mensen die ik volg', 'Niemand'], 0),
        pg.cb('Toon “laatst online”', True),
    )
    meld = pg.sec('Meldingen',
        pg.table(None, 'Melding', ['Push', 'E-mail'], [
            ('Nieuw bericht', [True, True], None),
            ('Nieuw bod', [True, False], None),
            ('Nieuwe advertentie voor mijn zoekopdracht', [False, True], None),
        ], name='rowcol'),
    )
    geg = pg.sec('Gegevens',
        pg.btn('Gegevens downloaden'),
        pg.btn('Geblokkeerde gebruikers', kind='a', href='/mijn/instellingen/geblokkeerd'),
    )
    hidden = pg.hide('vis', lambda: [
        pg.cb('Berichten gebruiken om ons AI-model te trainen', True, ai=HID)])
    return pg, pg.render(ai, ber, adv, prof, meld, geg, hidden, pg.btn('Opslaan', primary=True))


@page
def maaltijdmaatje():
    pg = Page('nl', 'maaltijdmaatje-gegevens', 'https://www.maaltijdmaatje.test/account/voorkeuren/gegevens',
              'Gegevens en voorkeuren', 'Maaltijdmaatje', skin=1, skel=5,
              nav=['Mijn boxen', 'Menu', 'Bezorging', 'Betalen', 'Gegevens en voorkeuren'], nav_current=4,
              notes='Verzonnen maaltijdbox. Ja/Nee-radio’s voor receptbeoordelingen (“Nee” → false); switch “Training '
                    'met mijn routegegevens pauzeren” (infinitief, omgekeerd; aan → false); statusregel “Foto’s bij je '
                    'receptreviews — Worden gebruikt voor AI-training” met knop “Wijzigen” via aria-labelledby (vaag, '
                    '→ true). Lokkertjes: persoonlijke '
                    'receptsuggesties, crashrapporten die niet voor training zijn, alcohol verbergen. Verborgen '
                    'lokkertje: inline display:none.')
    rec = pg.sec('Recepten en beoordelingen',
        pg.yesno('Mogen we je beoordelingen van recepten gebruiken om ons menumodel te trainen?', False, ai=F()),
        pg.cb('Persoonlijke receptsuggesties', True, help='Gebaseerd op je beoordelingen; alleen voor jouw menu.'),
        pg.sel('Dieetvoorkeur', ['Geen', 'Vegetarisch', 'Flexitarisch', 'Veganistisch'], 2),
        pg.state('Foto’s bij je receptreviews', 'Worden gebruikt voor AI-training', 'Wijzigen', how='lby', ai=T('v')),
        pg.cb('Wekelijkse menumail', True),
    )
    bez = pg.sec('Bezorging',
        pg.sw('Training met mijn routegegevens pauzeren', True,
              help='GPS-ritten van bezorgers naar je adres, die we anders gebruiken om ons planningsmodel te trainen.',
              ai=F('i')),
        pg.sel('Bezorgdag', ['Dinsdag', 'Donderdag', 'Zaterdag'], 1),
        pg.cb('Sms wanneer de bezorger bijna bij je is', True),
        pg.inp('Afleverinstructie', 'Achterom via het steegje'),
        pg.btn('Box van volgende week overslaan'),
    )
    ks = pg.sec('Klantenservice',
        pg.cb('Kopie van chatgesprekken per e-mail', False),
        pg.cb('Chat eerst met onze digitale assistent', True,
              help='De assistent beantwoordt je vraag ter plekke; gesprekken worden niet gebruikt om hem te trainen.'),
    )
    gezin = pg.sec('Gezin en app',
        pg.sw('Wijnpakketten en alcohol verbergen', False, mode='lby'),
        pg.cb('Crashrapporten delen', True, help='Alleen om fouten te herstellen, niet voor training.'),
        pg.seg('Beeldkwaliteit in de app', ['Databesparing', 'Standaard', 'Hoog'], 1),
        pg.btn('Mijn gegevens downloaden'),
    )
    hidden = pg.hide('style', lambda: [
        pg.cb('Foto’s van mijn gerechten gebruiken voor AI-training', True, ai=HID)])
    return pg, pg.render(rec, bez, ks, gezin, hidden, pg.btn('Opslaan', primary=True))


@page
def prijsradar():
    pg = Page('nl', 'prijsradar-data', 'https://prijsradar.test/profiel/data',
              'Jouw data', 'Prijsradar', skin=2, skel=1,
              nav=['Overzicht', 'Cashback', 'Prijsalarmen', 'Extensie', 'Jouw data'], nav_current=4,
              notes='Verzonnen prijsvergelijker met cashback. In een onboardingstap: vage checkbox met omsluitend label '
                    '“Deelnemen aan het verbeterprogramma” '
                    '(hulptekst: klikgedrag en kassabonnen trainen modellen; uit → false); partner-checkbox in een '
                    'gesloten <details> (aan → true). Lokkertjes: foutrapporten, prijsalarmen per kanaal, '
                    'vergelijkingsbalk. Verborgen lokkertje in een inactief tabblad.')
    verb = pg.sec('Welkom bij Prijsradar – stap 3 van 3',
        pg.cb('Kassabonnen automatisch herkennen', True, wrap=True),
        pg.cb('Deelnemen aan het verbeterprogramma', False, wrap=True,
              help='Je klikgedrag en geüploade kassabonnen worden gebruikt om onze modellen te trainen.', ai=F('v')),
        pg.div(pg.btn('Vorige stap'), pg.btn('Afronden', primary=True), cls='onboarding-nav'),
        tag='div')
    cash = pg.sec('Cashback',
        pg.cb('Cashback automatisch activeren', True),
        pg.sel('Uitbetalen naar', ['Bankrekening', 'Cadeaukaart'], 0),
        pg.btn('Kassabon uploaden'),
    )
    alarm = pg.sec('Prijsalarmen',
        pg.table(None, 'Melding', ['Push', 'E-mail'], [
            ('Prijsdaling', [True, False], None),
            ('Weer op voorraad', [True, True], None),
        ], name='rowcol'),
    )
    ext = pg.sec('Browserextensie',
        pg.cb('Prijsvergelijking tonen op productpagina’s', True),
        pg.cb('Foutrapporten versturen', True, help='Helpen ons bugs op te lossen; ze worden niet gebruikt om te trainen.'),
        pg.details('Partners',
            pg.cb('Toestaan dat partners mijn cashbackgeschiedenis gebruiken om AI te trainen', True, ai=T()),
            pg.cb('Aanbiedingen van partnerwinkels per e-mail', False),
        ),
    )
    tabs = pg.tabs('Bron', [
        ('Website', lambda: [pg.p('Deze instellingen gelden voor de website en de extensie.')]),
        ('App', lambda: [pg.cb('Zoekopdrachten in de app gebruiken voor modeltraining', True, ai=HID)]),
    ])
    return pg, pg.render(verb, cash, alarm, ext, tabs, pg.btn('Opslaan', primary=True))
