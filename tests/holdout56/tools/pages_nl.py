from lib import Page, make_chrome

BASE = dict(skip='Naar de inhoud', search='Zoeken', search_ph='Zoeken',
            lang_label='Taal', nav_label='Instellingen', footer_label='Voettekst',
            menu=['Profiel', 'Favorieten', 'Help', 'Uitloggen'],
            footer=['Privacyverklaring', 'Cookies', 'Algemene voorwaarden', 'Toegankelijkheid', 'Contact'],
            copy_tpl='© 2025 {brand}')


def funda():
    c = make_chrome(BASE, 'funda', ['Mijn gegevens', 'Zoekopdrachten', 'Favorieten', 'Meldingen', 'Privacy', 'Inloggen en beveiliging'],
                    'Mijn funda', ['nl', 'en'], current=4, search_ph='Plaats, buurt, adres, postcode',
                    menu=['Favorieten', 'Bewaarde zoekopdrachten', 'Mijn huis', 'Berichten', 'Uitloggen'],
                    footer=['Over funda', 'Werken bij funda', 'Privacy', 'Cookies', 'Voorwaarden'],
                    copy='© funda 2025')
    pg = Page('nl', 'funda-privacy', 'funda', 'https://www.funda.nl/mijn/instellingen/privacy/',
              'Privacy', c, known=True, tone='je',
              notes='Account van woningzoeker en verkoper; waardecheck, bezichtigingen en hypotheekadvies zijn lokkertjes; inactief tabblad met AI-instelling.')
    def zoeker():
        with pg.section('Zoekopdrachten en meldingen'):
            pg.select('Nieuwe woningen in mijn zoekopdracht', ['Direct', 'Dagelijks', 'Wekelijks', 'Nooit'], 1)
            pg.cb('Melding als een favoriet in prijs daalt', True)
            pg.cb('Herinnering voor geplande bezichtigingen', True)
        with pg.section('AI bij funda', 'We gebruiken AI-modellen om zoekresultaten te ordenen, woningwaardes te schatten en nepadvertenties te herkennen.'):
            pg.cb('Mijn zoekgedrag gebruiken om de AI-modellen van funda te trainen', True, ai='p')
            pg.sw('Bezwaar tegen AI-training met mijn gegevens', False,
                  help='Met een bezwaar gebruiken we niets meer uit je account voor het trainen van modellen.', ai='i')
            pg.sw('Slim zoeken in gewone taal', True,
                  help='Typ bijvoorbeeld „tussenwoning met tuin op het zuiden bij een station”. Je zoekvraag wordt alleen gebruikt om resultaten te tonen.')
        with pg.section('Jouw huis en onze waardebepaling'):
            pg.table('Welke gegevens mogen we gebruiken om onze waardebepaling te trainen?', ['Toestaan'],
                     [('Foto\u2019s van mijn woning', [False]), ('Woningkenmerken die ik heb ingevuld', [True])], ai_cols={0: 'h'})
            pg.btn('Gratis waardecheck van mijn huis', 'btn btn-secondary')
    def verkoper():
        with pg.section('Als je je huis verkoopt'):
            pg.cb('Teksten van mijn woningaanbod gebruiken voor AI-training', True, ai='p')
    pg.tabs('Rol', [('Zoeken en kopen', zoeker), ('Verkopen', verkoper)], 0)
    with pg.section('Partners'):
        pg.cb('Hypotheekadviseurs uit mijn regio mogen me benaderen', False)
        pg.cb('Gepersonaliseerde advertenties', False)
    with pg.section('Je account'):
        pg.btn('Mijn gegevens downloaden', 'btn btn-secondary')
        pg.btn('Wachtwoord wijzigen', 'btn btn-secondary')
        pg.btn('Account verwijderen', 'btn btn-link')
        pg.cb('Inloggen met twee stappen', False)
        pg.btn('Gekoppelde apps beheren', 'btn btn-secondary')
    return pg


def pararius():
    c = make_chrome(BASE, 'Pararius', ['Mijn profiel', 'Zoekopdrachten', 'Reacties', 'Privacy', 'Account'],
                    'Mijn Pararius', ['nl', 'en'], current=3, search_ph='Zoek een huurwoning in…',
                    menu=['Mijn reacties', 'Zoekopdrachten', 'Huurdersprofiel', 'Uitloggen'],
                    footer=['Over Pararius', 'Voor makelaars', 'Privacyverklaring', 'Cookies', 'Voorwaarden'],
                    copy='© Pararius 2025')
    pg = Page('nl', 'pararius-privacy', 'Pararius', 'https://www.pararius.nl/mijn-pararius/privacy',
              'Privacy-instellingen', c, known=True, tone='u',
              notes='Huurderaccount; huurdersprofiel delen met makelaars, zoekalerts en vertalen van woningteksten zijn lokkertjes.')
    with pg.section('Zoekalerts'):
        pg.select('Hoe vaak wilt u nieuwe woningen ontvangen?', ['Direct', 'Eén keer per dag', 'Niet'], 0)
        pg.cb('Ook woningen net buiten mijn budget tonen', False)
        pg.cb('Pushmeldingen in de app', True)
    with pg.section('Huurdersprofiel'):
        pg.cb('Stuur mijn huurdersprofiel mee bij een reactie', True,
              help='De makelaar ziet uw inkomen, werkgever en gewenste ingangsdatum.')
        pg.radios('Inkomen tonen als', ['Bruto per maand', 'Bandbreedte'], 1)
        pg.btn('Profiel bewerken', 'btn btn-secondary')
    with pg.section('Woningteksten vertalen', 'Woningteksten worden op uw verzoek automatisch vertaald naar het Engels.'):
        pg.sw('Vertaalknop tonen bij Nederlandstalige advertenties', True)
    with pg.section('Gegevensgebruik'):
        pg.state('Toestemming voor AI-training met uw huurdersprofiel', 'Gegeven', 'Intrekken',
                 'toestemming voor het trainen van AI met mijn huurdersprofiel', ai=('i', True),
                 help='U gaf deze toestemming bij het aanmaken van uw profiel.')
        pg.select('Deelname aan het verbeterprogramma', ['Ja', 'Nee'], 1,
                  help='Binnen dit programma gebruiken we uw zoekopdrachten en reacties om ons matchingmodel te trainen.', ai=('v', False))
        with pg.hidden('hidden'):
            pg.cb('Mijn berichten aan makelaars gebruiken om AI te trainen', True, ai='p')
    with pg.section('Communicatie'):
        pg.cb('Nieuwsbrief met huurtips', False)
        pg.cb('Aanbiedingen van verhuisbedrijven en energieleveranciers', False)
    with pg.section('Account'):
        pg.btn('Gegevens opvragen', 'btn btn-secondary')
        pg.btn('E-mailadres wijzigen', 'btn btn-secondary')
        pg.btn('Account opheffen', 'btn btn-link')
    with pg.section('Beveiliging'):
        pg.cb('Tweestapsverificatie', False)
        pg.btn('Wachtwoord wijzigen', 'btn btn-secondary')
        pg.select('Taal van e-mails', ['Nederlands', 'English'], 0)
        pg.btn('Overal uitloggen', 'btn btn-link')
    return pg


def huurwijzer():
    c = make_chrome(BASE, 'Huurwijzer', ['Mijn woning', 'Reparaties', 'Huur en betalen', 'Berichten', 'Instellingen'],
                    'Dhr. De Vries', ['nl', 'en'], current=4, search_ph='Zoek in veelgestelde vragen',
                    menu=['Mijn gegevens', 'Mijn huurcontract', 'Contact', 'Uitloggen'],
                    footer=['Contact', 'Storing melden', 'Privacyverklaring', 'Klachten'])
    pg = Page('nl', 'huurwijzer-instellingen-gegevens', 'Huurwijzer (verzonnen)', 'https://mijn.huurwijzer.test/instellingen/gegevens',
              'Uw gegevens', c, tone='u (woningcorporatie)',
              notes='Huurdersportaal van een woningcorporatie; reparatieplanner, huurbetaling en buurtapp zijn lokkertjes; bijdrage aan gemeentelijk onderzoek alleen uitgelegd in de hulptekst.')
    with pg.section('Huur en betalen'):
        pg.cb('Huur automatisch afschrijven', True)
        pg.select('Dag van afschrijving', ['1e van de maand', '15e van de maand', '25e van de maand'], 0)
        pg.btn('Betalingsregeling aanvragen', 'btn btn-secondary')
    with pg.section('Reparaties', 'Met de reparatieplanner kiest u zelf een moment waarop de vakman langskomt.'):
        pg.sw('Slimme planner: stel tijdvakken voor op basis van mijn agenda', False, mode='text')
        pg.radios('Reparatieverzoeken gebruiken voor het trainen van onze AI', ['Ja', 'Nee'], 0, mode='rg',
                  help='Het gaat om uw omschrijving en foto\u2019s. Uw naam en adres worden eerst verwijderd.', ai=('p', True))
    with pg.section('Algoritmes en uw gegevens'):
        pg.cb('Mijn gegevens uitsluiten van het trainen van algoritmes', False, ai='i')
        pg.sw('Bijdragen aan onderzoek van de gemeente', False, mode='text',
              help='De gemeente gebruikt geanonimiseerde huurdersgegevens om een voorspellend model voor woningnood te trainen.', ai='v')
        with pg.hidden('display'):
            pg.cb('Mijn energieverbruik delen om algoritmes te trainen', True, ai='p')
    with pg.section('Bezoekersstatistieken', 'We tellen hoe vaak pagina\u2019s worden bekeken om het portaal te verbeteren. Deze gegevens worden niet gebruikt om modellen te trainen.'):
        pg.cb('Anonieme bezoekersstatistieken toestaan', True)
    with pg.section('Contact en buren'):
        pg.cb('Uitnodigingen voor de bewonerscommissie', True)
        pg.cb('Mijn naam tonen in de buurtapp', False)
        pg.cb('SMS bij een storing in mijn complex', True)
    with pg.section('Uw account'):
        pg.btn('Gegevens downloaden', 'btn btn-secondary')
        pg.btn('Inloggen met DigiD koppelen', 'btn btn-secondary')
        pg.btn('Wachtwoord wijzigen', 'btn btn-secondary')
    with pg.section('Machtigingen'):
        pg.cb('Mijn partner mag namens mij reparaties melden', True)
        pg.btn('Gemachtigde toevoegen', 'btn btn-secondary')
        pg.select('Contactvoorkeur', ['E-mail', 'Telefoon', 'Brief'], 0)
    return pg


def verbouwmaat():
    c = make_chrome(BASE, 'Verbouwmaat', ['Mijn verbouwing', 'Offertes', 'Vakmensen', 'Budget', 'Privacy', 'Account'],
                    'Noor', ['nl'], current=4, search_ph='Zoek vakmensen of inspiratie',
                    menu=['Mijn profiel', 'Mijn projecten', 'Help', 'Uitloggen'],
                    footer=['Hoe het werkt', 'Voor vakmensen', 'Privacy', 'Voorwaarden'])
    pg = Page('nl', 'verbouwmaat-privacy', 'Verbouwmaat (verzonnen)', 'https://verbouwmaat.test/account/privacy',
              'Privacy', c, tone='je',
              notes='Verbouwplatform; offertecheck-resultaten, budgetplanner en webinar zijn lokkertjes.')
    with pg.section('Wie ziet je project?'):
        pg.radios('Je project is zichtbaar voor', ['Alle vakmensen in de regio', 'Alleen vakmensen die ik uitnodig'], 0)
        pg.cb('Vakmensen mogen me bellen', True)
        pg.cb('Mijn beoordelingen tonen met voornaam', True)
    with pg.section('Offertecheck', 'De offertecheck vergelijkt een offerte met gemiddelde prijzen in jouw regio.'):
        pg.sw('Offertes automatisch laten checken', True)
        pg.btn('Webinar „Goed voorbereid verbouwen” bekijken', 'btn btn-secondary')
    with pg.section('Zo leert onze offertecheck', 'De offertecheck leert van offertes die klanten uploaden. Kies wat je wilt bijdragen.'):
        pg.sw('Geüploade offertes', True, mode='al', shown='Offertes', ai='h')
        pg.select('AI-training met mijn bouwtekeningen', ['Toegestaan', 'Niet toegestaan'], 1, ai=('p', False))
        with pg.hidden('class'):
            pg.sw('Foto\u2019s van de oplevering', True, mode='al', shown='Opleverfoto\u2019s', ai='h')
    with pg.section('Alles in één keer'):
        pg.seg('Afmelden voor AI-training', ['Afgemeld', 'Niet afgemeld'], 1,
               help='Afmelden geldt voor al je projecten en zet de keuzes hierboven uit.', ai=('i', True))
    with pg.section('Budget en betalen'):
        pg.cb('Budgetplanner gebruiken', True)
        pg.btn('iDEAL-rekening koppelen', 'btn btn-secondary')
    with pg.section('Meldingen'):
        pg.cb('Nieuwe offerte binnen', True)
        pg.cb('Inspiratie en tips', False)
        pg.btn('Download mijn gegevens', 'btn btn-secondary')
        pg.btn('Account verwijderen', 'btn btn-link')
    with pg.section('Beveiliging en koppelingen'):
        pg.cb('Inloggen met een passkey', False)
        pg.btn('Pinterest koppelen', 'btn btn-secondary')
        pg.btn('Wachtwoord wijzigen', 'btn btn-secondary')
        pg.select('Taal', ['Nederlands', 'English'], 0)
    return pg


def bouwregie():
    c = make_chrome(BASE, 'BouwRegie', ['Projecten', 'Bouwverslagen', 'Tekeningen', 'Onderaannemers', 'Organisatie', 'AI-instellingen'],
                    'ing. S. Bakker', ['nl', 'en', 'de'], current=5, search_ph='Zoek project, tekening of verslag',
                    menu=['Mijn profiel', 'Organisatie', 'Support', 'Uitloggen'],
                    footer=['Supportcentrum', 'Beveiliging', 'Subverwerkers', 'Voorwaarden', 'Privacy'])
    pg = Page('nl', 'bouwregie-ai-instellingen', 'BouwRegie (verzonnen)', 'https://app.bouwregie.test/instellingen/ai',
              'AI-instellingen', c, tone='u (organisatiebeheerder)',
              notes='Projectbeheer voor aannemers; automatische bouwverslagen, herkenning van tekeningen op het apparaat en VCA-training zijn lokkertjes; bezwaar al gemaakt.')
    with pg.section('AI-functies', 'Deze functies verwerken uw projectgegevens alleen om direct een resultaat te tonen.'):
        pg.sw('Bouwverslag opstellen uit spraakmemo\u2019s', True)
        pg.sw('Maatvoering herkennen op tekeningen', True,
              help='Gebeurt op de tablet van de uitvoerder, zonder upload.')
        pg.select('Taal van verslagen', ['Nederlands', 'Engels', 'Pools'], 0)
    with pg.section('Modeltraining', 'BouwRegie traint zijn modellen met projectgegevens van organisaties die daarmee instemmen.'):
        pg.radios('Bezwaar tegen gebruik voor modeltraining', ['Geen bezwaar', 'Bezwaar gemaakt'], 1, ai=('i', False))
        pg.cb('Bouwplaatsfoto\u2019s gebruiken om de AI van BouwRegie te verbeteren', False, wrap=True, ai='p')
        with pg.hidden('aria'):
            pg.cb('Meerwerkoverzichten delen voor modeltraining', True, ai='p')
    with pg.section('VCA en veiligheid'):
        pg.btn('VCA-training inplannen voor nieuwe medewerkers', 'btn btn-secondary')
        pg.cb('Toolboxmeeting-herinnering op maandag', True)
    with pg.section('Gebruikers'):
        pg.btn('Gebruiker uitnodigen', 'btn btn-secondary')
        pg.cb('Onderaannemers zien alleen hun eigen werkpakket', True)
        pg.cb('Tweestapsverificatie verplicht', True)
    with pg.section('Koppelingen en export'):
        pg.btn('Koppelen met Exact Online', 'btn btn-secondary')
        pg.btn('Project archiveren en exporteren', 'btn btn-secondary')
    with pg.section('Meldingen'):
        pg.cb('Dagelijks overzicht van openstaande punten', True)
        pg.cb('Melding bij nieuwe tekeningrevisie', True)
        pg.select('Tijdstip overzicht', ['07:00', '12:00', '17:00'], 0)
        pg.cb('Melding bij verlopen keuringen van materieel', True)
        pg.btn('Auditlog bekijken', 'btn btn-secondary')
    return pg


PAGES = [funda, pararius, huurwijzer, verbouwmaat, bouwregie]
