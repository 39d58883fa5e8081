from lib import Page
from common import chrome


def transip():
    c = chrome('Zoeken', 'Zoek in het controlepaneel', 'Taal', 'Mijn account', 'Controlepaneel',
               [('Gegevens', '/cp/account/gegevens/'), ('Facturen', '/cp/account/facturen/'), ('Uitloggen', '/cp/logout/')],
               [('Voorwaarden', '/legal/'), ('Privacy', '/privacy/'), ('Status', 'https://www.transip-status.nl')],
               '© 2025 {brand} B.V.')
    p = Page('nl', 'transip-account-privacy', 'https://www.transip.nl/cp/account/privacy/',
             'TransIP', 'Privacy en gegevensgebruik',
             'Reconstructie van het controlepaneel van een bekende hoster (je-vorm). Expliciete switch (aan), vage '
             'role=radiogroup "Meedoen aan het verbeterprogramma" met hulptekst over training (Nee), omgekeerde '
             'statusregel "Bezwaar maken" met visueel verborgen suffix (nog geen bezwaar); een extra schakelaar '
             'staat in het inactieve tabblad. Lokkers: AI-assistent, statistieken, nieuwsbrief.',
             [('Dashboard', '/cp/'), ('Domeinen', '/cp/domein-hosting/'), ('VPS', '/cp/vps/'),
              ('Account', '/cp/account/')], c, known=True, accent='#00a2e8', nav_current=3)
    p.add(
        p.tabs('Onderdelen', [
            ('Privacy', [
                p.cb('Toon de AI-assistent in het controlepaneel', True, switch=True,
                     help='Beantwoordt vragen over je domeinen, DNS en hosting.'),
                p.cb('Gebruiksstatistieken van het controlepaneel', True,
                     help='Geanonimiseerd, om menu’s te verbeteren. Deze gegevens gebruiken we niet om modellen te trainen.'),
                p.cb('Mijn gegevens gebruiken voor het trainen van AI-modellen', True, switch=True, ai='p'),
                p.radios('Meedoen aan het verbeterprogramma', [('Ja', True), ('Nee', False)], 1, aria=True, ai='v',
                         help='Dan gebruiken we je supportgesprekken en serverlogs om onze AI-modellen te trainen.'),
                p.state('Bezwaar tegen AI-training',
                        'Je hebt nog geen bezwaar gemaakt. Bestanden op je webhosting kunnen worden gebruikt om onze '
                        'modellen te trainen.', 'Bezwaar maken', 'tegen AI-training met mijn websitebestanden',
                        sharing=True, ai='i'),
            ]),
            ('Partners', [
                p.cb('Geanonimiseerde DNS-gegevens delen met AI-partners', True, ai='p'),
            ]),
        ]),
        p.sec('Communicatie',
              p.cb('Ontvang de TransIP-nieuwsbrief', False),
              p.cb('Stuur me een sms bij storingen', True),
              p.select('Taal van facturen', [('Nederlands', None), ('Engels', None)], 0),
              p.text('E-mailadres voor facturen', 'finance@dekoffiebrander.example', type='email')),
        p.sec('Beveiliging',
              p.button('Tweestapsverificatie instellen'),
              p.cb('Domeinen automatisch verlengen', True, switch=True),
              p.cb('Inloggen alleen vanaf whitelisted IP-adressen', False),
              p.button('Mijn gegevens downloaden'),
              p.button('Account opzeggen')),
    )
    return p


def mijndomein():
    c = chrome('Zoeken', 'Zoek een domeinnaam', 'Taal', 'Mijn Mijndomein', 'Accountmenu',
               [('Mijn gegevens', '/account/gegevens'), ('Facturen', '/account/facturen'), ('Uitloggen', '/uitloggen')],
               [('Algemene voorwaarden', '/voorwaarden'), ('Privacyverklaring', '/privacy'), ('Klantenservice', '/klantenservice')],
               '© 2025 {brand}')
    p = Page('nl', 'mijndomein-account-privacy', 'https://www.mijndomein.nl/account/privacy',
             'Mijndomein', 'Privacy',
             'Reconstructie van een bekende domeinenpagina (je-vorm). Tabel waarin alleen de sectiekop en intro over '
             'AI-training gaan (kolom "Toestaan"), knop-switch met tekstinhoud "AI-training door externe partijen '
             'blokkeren" (uit); schakelaar in een blok met het hidden-attribuut. Lokkers: sitebouwer met AI, '
             'domeinsuggesties.',
             [('Overzicht', '/account'), ('Domeinen', '/account/domeinen'), ('Websites', '/account/websites'),
              ('Privacy', '/account/privacy')], c, known=True, accent='#ff5a00', nav_current=3)
    p.add(
        p.sec('Domeinen en websites',
              p.cb('Domeinnamen automatisch verlengen', True, switch=True),
              p.cb('Privacybescherming voor WHOIS', True),
              p.select('Standaard DNS-servers', [('Mijndomein DNS', None), ('Eigen nameservers', None)], 0),
              p.cb('Website-bouwer met AI gebruiken bij nieuwe websites', True, switch=True,
                   help='Maakt een eerste opzet van je site op basis van een korte omschrijving.'),
              p.cb('Domeinsuggesties tonen in de domeinchecker', True)),
        p.sec('AI-training',
              p.table(None, ['Toestaan'],
                      [('Zoekopdrachten in de domeinchecker', [True]), ('Teksten van je website', [False])],
                      ai_cols={0: 'h'}),
              p.bsw('AI-training door externe partijen blokkeren', False, by='text', ai='i'),
              p.hide('attr', p.cb('Mijn e-mail gebruiken om het spamfilter te trainen', True, switch=True, ai='p')),
              intro='Bepaal welke gegevens we mogen gebruiken om onze AI-modellen te trainen en te testen.'),
        p.sec('Contact en nieuws',
              p.text('E-mailadres', 'sanne@bloemenkwekerijdevries.example', type='email'),
              p.text('Telefoonnummer', '06 12345678', type='tel'),
              p.cb('Aanbiedingen per e-mail ontvangen', False),
              p.cb('Herinnering sturen voordat een domein verloopt', True),
              p.radios('Facturen ontvangen', [('Per e-mail', None), ('Per post', None)], 0),
              p.button('Wachtwoord wijzigen'),
              p.button('Gegevens exporteren')),
    )
    return p


def schapkast():
    c = chrome('Zoeken', 'Zoek bestellingen, producten of instellingen', 'Taal', 'Uw account', 'Winkelbeheer',
               [('Profiel', '/profiel'), ('Andere winkel', '/winkels'), ('Uitloggen', '/uitloggen')],
               [('Helpcentrum', '/help'), ('Privacy', '/privacy'), ('Verkoopvoorwaarden', '/voorwaarden')],
               '© 2025 {brand}')
    p = Page('nl', 'schapkast-instellingen-ai', 'https://beheer.schapkast.test/instellingen/ai-en-gegevens',
             'Schapkast', 'AI en gegevens',
             'Verzonnen webwinkelbeheer (u-vorm). Expliciete checkbox (uit), vage keuzelijst "Schapkast helpen '
             'verbeteren" met hulptekst over training (Aan), gesegmenteerde knoppen "Chatgesprekken met klanten" '
             'onder een groepskop over training (Niet toestaan); checkbox verborgen met inline display:none. '
             'Lokkers: AI-productteksten, fraudedetectie, voorraadmelding.',
             [('Start', '/'), ('Bestellingen', '/bestellingen'), ('Producten', '/producten'), ('Klanten', '/klanten'),
              ('Instellingen', '/instellingen')], c, accent='#364fc7', nav_current=4)
    p.add(
        p.sec('Winkel',
              p.text('Winkelnaam', 'Stroopwafelhuis Gouda'),
              p.select('Valuta', [('Euro (€)', None), ('Brits pond (£)', None)], 0),
              p.cb('Prijzen inclusief btw tonen', True),
              p.cb('Bestellen zonder account toestaan', True, switch=True),
              p.text('Melding bij voorraad onder', '12', type='number'),
              p.cb('Herinnering sturen bij verlaten winkelwagen', True),
              p.radios('Verzendkosten', [('Vast tarief', None), ('Gratis vanaf € 35', None)], 1)),
        p.sec('AI-hulpmiddelen',
              p.cb('Productteksten laten schrijven met AI', True, switch=True,
                   help='U controleert elke tekst voordat die online komt.'),
              p.cb('Verdachte bestellingen automatisch tegenhouden', True),
              p.cb('Productgegevens gebruiken om de Schapkast-AI te trainen', False, ai='p'),
              p.select('Schapkast helpen verbeteren', [('Aan', True), ('Uit', False)], 0, ai='v',
                       help='Hiermee worden uw bestellingen en retouren gebruikt om onze voorspellingsmodellen te trainen.'),
              p.grp('Training van taalmodellen',
                    p.seg('Chatgesprekken met klanten', [('Toestaan', True), ('Niet toestaan', False)], 1, ai='h'),
                    intro='Onze klantenservicebot leert van echte gesprekken. Kies of de chats uit uw winkel daarvoor '
                          'gebruikt mogen worden.'),
              p.hide('inline', p.cb('Klantgegevens delen met AI-partners', True, ai='p'))),
        p.sec('Exporteren',
              p.button('Klanten exporteren'),
              p.button('Bestellingen exporteren'),
              p.button('Btw-overzicht downloaden')),
    )
    return p


def schrift():
    c = chrome('Zoeken', 'Zoek in je berichten', 'Taal', 'Jouw profiel', 'Blogbeheer',
               [('Profiel', '/profiel'), ('Abonnement', '/abonnement'), ('Uitloggen', '/uitloggen')],
               [('Over Schrift', '/over'), ('Privacy', '/privacy'), ('Huisregels', '/huisregels')],
               '{brand} – bloggen zonder gedoe')
    p = Page('nl', 'schrift-instellingen-privacy', 'https://schrift.test/beheer/instellingen/privacy',
             'Schrift', 'Privacy',
             'Verzonnen blogplatform (je-vorm). Omgekeerde switch "Mijn blog afschermen voor AI-training" in een '
             'gesloten <details> (ingeklapt, wel gelabeld, aan), expliciete radio-fieldset (Ja), vage knop-switch '
             'via aria-labelledby met hulptekst (uit); checkbox in een aria-hidden-blok. Lokkers: spellingcontrole '
             'met AI, schrijfcursus, bezoekersstatistieken.',
             [('Berichten', '/beheer/berichten'), ('Vormgeving', '/beheer/vormgeving'), ('Instellingen', '/beheer/instellingen'),
              ('Statistieken', '/beheer/statistieken')], c, accent='#087f5b', nav_current=2)
    p.add(
        p.sec('Algemeen',
              p.radios('Wie kan je blog lezen', [('Iedereen', None), ('Alleen met link', None), ('Alleen jij', None)], 0),
              p.cb('Zoekmachines mogen je blog vinden', True),
              p.select('Reacties', [('Open', None), ('Met moderatie', None), ('Gesloten', None)], 1),
              p.cb('Leestijd tonen', True, switch=True),
              p.cb('Spellingcontrole met AI in de editor', True, switch=True),
              p.cb('Bezoekers per bericht tellen', True)),
        p.sec('Jouw teksten en AI',
              p.radios('Mogen we je berichten gebruiken om onze AI te trainen?', [('Ja', True), ('Nee', False)], 0, ai='p'),
              p.bsw('Bijdragen aan Schrift Lab', False, by='labelledby', ai='v',
                    help='Schrift Lab traint taalmodellen op concepten en gepubliceerde berichten van deelnemers.'),
              p.hide('aria', p.cb('Concepten gebruiken voor training', True, ai='p')),
              p.details('Geavanceerd',
                        p.cb('Mijn blog afschermen voor AI-training', True, switch=True, ai='i',
                             help='Vraagt crawlers van AI-bedrijven je berichten niet te gebruiken.'),
                        p.cb('RSS-feed alleen met samenvatting', False))),
        p.sec('Nieuws en cursussen',
              p.cb('Meld me aan voor de gratis schrijfcursus', False),
              p.cb('Mail me bij nieuwe reacties', True),
              p.text('Eigen domeinnaam', 'fietsdagboek.example'),
              p.button('Berichten exporteren'),
              p.button('Blog verwijderen')),
    )
    return p


def brievenbus():
    c = chrome('Zoeken', 'Zoek in je nieuwsbrieven', 'Taal', 'Account', 'Navigatie',
               [('Profiel', '/profiel'), ('Facturatie', '/facturatie'), ('Uitloggen', '/uitloggen')],
               [('Voorwaarden', '/voorwaarden'), ('Privacy', '/privacy'), ('Hulp', '/hulp')],
               '{brand} – nieuwsbrieven voor makers')
    p = Page('nl', 'brievenbus-instellingen-publicatie', 'https://app.brievenbus.test/publicatie/instellingen',
             'Brievenbus', 'Instellingen van je publicatie',
             'Verzonnen nieuwsbriefplatform (je-vorm). Statusregel "Uitzetten" + titel via aria-labelledby (aan), '
             'twee checkboxen met neutrale namen onder een sectiekop over modeltraining, omgekeerde checkbox '
             '"Mijn abonneelijst uitsluiten van AI-training" (aangevinkt); checkbox met visibility:hidden. '
             'Lokkers: onderwerpregels met AI, betaalde abonnementen, open- en kliktracking.',
             [('Nieuwsbrieven', '/nieuwsbrieven'), ('Abonnees', '/abonnees'), ('Betalingen', '/betalingen'),
              ('Instellingen', '/publicatie/instellingen')], c, accent='#e03131', nav_current=3)
    p.add(
        p.sec('Publicatie',
              p.text('Naam van de nieuwsbrief', 'De Zaterdagkrant van Joost'),
              p.text('Antwoordadres', 'joost@zaterdagkrant.example', type='email'),
              p.seg('Verschijnt', [('Wekelijks', None), ('Maandelijks', None)], 0),
              p.cb('Onderwerpregels laten voorstellen door AI', False, switch=True),
              p.cb('Betaalde abonnementen aanzetten', True, switch=True),
              p.cb('Opens en kliks bijhouden', True),
              p.cb('Aantal abonnees tonen', False)),
        p.sec('Training van onze modellen',
              p.state('AI-training met je nieuwsbrieven',
                      'Staat aan: verzonden nieuwsbrieven worden gebruikt om onze schrijfassistent te trainen.',
                      'Uitzetten', by='labelledby', sharing=True, ai='p'),
              p.cb('Antwoorden van lezers', True, ai='h'),
              p.cb('Open- en klikgegevens', False, ai='h'),
              p.cb('Mijn abonneelijst uitsluiten van AI-training', True, ai='i', wrap=True),
              p.hide('vis', p.cb('Archief delen met AI-partners voor training', True, ai='p')),
              intro='Naast je nieuwsbrieven zelf kunnen we ook de volgende gegevens gebruiken om de modellen achter '
                    'Brievenbus te trainen.'),
        p.sec('Account',
              p.cb('Wekelijks overzicht ontvangen', True),
              p.select('Tijdzone voor verzending', [('Europe/Amsterdam', None), ('Europe/Brussels', None)], 0),
              p.button('Abonnees exporteren'),
              p.button('Publicatie opheffen')),
    )
    return p


PAGES = [transip, mijndomein, schapkast, schrift, brievenbus]
