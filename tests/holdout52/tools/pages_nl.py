from lib import Page


def actions(p, cancel='Annuleren'):
    return '<div class="form-actions">' + p.button(p.chrome['save'], 'btn btn-primary') + p.button(cancel) + '</div>'


def moneybird():
    p = Page('nl', 'moneybird-privacy', 'Moneybird', 'https://moneybird.com/412987365002/administration/settings/privacy',
             'Privacy en gegevens', 'Bekende dienst (reconstructie), je-vorm. Expliciete aria-labelledby-schakelaar aan '
             '(plain), „Gebruik mijn bonnetjes niet voor modeltraining” uitgevinkt (inverted, deelt), tabel met bijschrift '
             'over het trainen van modellen (heading-only). Afleiders: bonnetjes inlezen, boekingsvoorstellen, btw, iDEAL, '
             'boekhouder, XAF, webinar. Verborgen: aria-hidden.',
             known=True, user='Studio Verbeek', brand='Moneybird',
             nav=['Administratie', 'Gebruikers', 'Bankrekeningen', 'Facturen', 'Boekhouder', 'Privacy', 'Abonnement'], nav_active=5)
    p.add(p.section('Slim boekhouden', None,
        p.checkbox('Bonnetjes automatisch inlezen', True,
                   help='We halen bedrag, btw en leverancier van het bonnetje. Jij controleert de boeking.'),
        p.switch('Boekingsvoorstellen tonen', True, mode='labelledby'),
        p.checkbox('Elk kwartaal herinneren aan de btw-aangifte', True),
        p.checkbox('Betaallink met iDEAL toevoegen aan facturen', True)))
    p.add(p.section('AI-modellen van Moneybird',
        'Onze modellen leren van hoe duizenden ondernemers hun administratie voeren. Namen, IBANs en adressen halen we er eerst uit.',
        p.switch('Mijn administratie gebruiken om de AI-modellen van Moneybird te trainen', True, mode='labelledby', ai='p'),
        p.checkbox('Gebruik mijn bonnetjes niet voor modeltraining', False, ai='i'),
        p.table('Gegevens voor het trainen van onze modellen', 'Soort gegevens', ['Toestaan'], [
            ('Verkoopfacturen', None, [(False, 'h')]),
            ('Banktransacties', None, [(True, 'h')]),
        ]),
        p.hidden_block('aria', lambda: '<div class="app-banner">' +
                       p.checkbox('Gegevens delen met AI-partners voor training', True, ai='p', wrap=True) + '</div>')))
    p.add(p.section('Je boekhouder', None,
        p.staterow('Administratiekantoor De Wit', 'Volledige toegang sinds 8 januari 2025', 'Beheren', mode='suffix',
                   suffix='toegang van Administratiekantoor De Wit'),
        p.button('Auditfile exporteren (XAF)')))
    p.add(p.section('E-mail', None, p.checkbox('Nieuwsbrief met tips en aanbiedingen', False)))
    p.add(p.section('Leren', None, p.button('Gratis webinar: je eerste btw-aangifte')))
    p.add(p.section('Beveiliging', None, p.button('Tweestapsverificatie instellen')))
    p.add(actions(p))
    return p


def nmbrs():
    p = Page('nl', 'nmbrs-privacy', 'Nmbrs', 'https://kantoor.nmbrs.nl/settings/company/privacy',
             'Privacy', 'Bekende dienst (reconstructie), u-vorm. Statusregel „Bezwaar maken” met verborgen achtervoegsel, nog '
             'geen bezwaar (inverted, deelt), select „Bijdrage aan productonderzoek” met gekoppelde hulptekst (vague), '
             'selectievakje „Verzuimgegevens” in gesloten <details> onder een tussenkop over modeltraining (heading-only). '
             'Afleiders: loonstroken, loonaangifte, cao, opleidingsbudget, statistieken, Exact-koppeling. Verborgen: '
             'CSS-klasse display:none.',
             known=True, user='Salarisadministratie Bakker BV', brand='Nmbrs', hide_class='hidden-block',
             nav=['Bedrijf', 'Werknemers', 'Verloning', 'Aangiftes', 'Koppelingen', 'Privacy'], nav_active=5)
    p.add(p.section('Verloning', None,
        p.checkbox('Loonstroken via de app naar werknemers sturen', True),
        p.checkbox('Loonaangifte automatisch indienen bij de Belastingdienst', True),
        p.checkbox('Herinnering sturen als een contract afloopt', True),
        p.select('Cao', ['Metalektro', 'Detailhandel', 'Geen cao'], 0),
        p.checkbox('Opleidingsbudget per werknemer bijhouden', False)))
    p.add(p.section('Uw gegevens en onze AI',
        'Nmbrs gebruikt modellen om fouten in loonstroken op te sporen voordat u verloont. Hier bepaalt u of uw gegevens daaraan bijdragen.',
        p.staterow('Bezwaar tegen AI-training', 'Geen bezwaar gemaakt', 'Bezwaar maken', sharing=True, ai='i', mode='suffix',
                   suffix='tegen gebruik van loongegevens voor AI-training'),
        p.select('Bijdrage aan productonderzoek', [('Geen bijdrage', False), ('Gepseudonimiseerd', True)], 1, ai='v',
                 help='Bepaalt of gepseudonimiseerde loonstroken worden gebruikt om onze modellen voor foutdetectie te trainen.'),
        p.details('Geavanceerd',
            '<h3>Vrijgegeven voor modeltraining</h3>',
            p.checkbox('Verzuimgegevens', False, ai='h'),
            p.checkbox('Wijzigingslog 12 maanden bewaren', True)),
        p.hidden_block('class', lambda: p.checkbox('Loongegevens delen voor het trainen van AI-modellen', True, ai='p'))))
    p.add(p.section('Statistieken', None,
        p.checkbox('Anonieme gebruiksstatistieken versturen', True, help='We gebruiken ze niet om modellen te trainen.')))
    p.add(p.section('Koppelingen', None, p.button('Journaalpost exporteren'), p.button('Koppelen met Exact Online'),
        p.button('Werknemers uitnodigen voor de app'),
        p.textfield('Loonheffingennummer', '812345678L01')))
    p.add(actions(p))
    return p


def advocaatwerk():
    p = Page('nl', 'advocaatwerk-ai', 'Advocaatwerk', 'https://app.advocaatwerk.test/kantoor/instellingen/ai',
             'AI-instellingen', 'Verzonnen advocatensoftware, u-vorm. Schakelaar met tekstinhoud „Dossiers uitsluiten van '
             'modeltraining” aan (inverted, deelt niet), expliciete role=radiogroup op Ja (plain), „Deelnemen aan het '
             'onderzoeksprogramma” met hulptekst ernaast (vague). Afleiders: termijnen, samenvattingen, conflictcheck, '
             'cliëntportaal, Mijn Rechtspraak, PO-punten. Verborgen: hidden-attribuut.',
             user='mr. S. de Groot', brand='Advocaatwerk',
             nav=['Kantoor', 'Advocaten', 'Dossiers', 'Declaraties', 'Cliëntportaal', 'AI-instellingen'], nav_active=5)
    p.add(p.section('Hulp bij dossierwerk', None,
        p.checkbox('Termijnen automatisch berekenen', True),
        p.switch('Samenvatting van stukken met AI', False, mode='text',
                 help='De samenvatting wordt alleen op verzoek gemaakt en bij het dossier bewaard.'),
        p.checkbox('Conflictcheck uitvoeren bij een nieuw dossier', True)))
    p.add(p.section('Training van onze taalmodellen',
        'Het beroepsgeheim gaat voor. Zonder uw toestemming gebruiken we niets, en u kunt uw keuze altijd wijzigen.',
        p.switch('Dossiers uitsluiten van modeltraining', True, mode='text', ai='i'),
        p.radios('Geanonimiseerde processtukken gebruiken om onze taalmodellen te trainen', [('Ja', True), ('Nee', False)], 0,
                 ai='p', kind='radiogroup'),
        p.checkbox('Deelnemen aan het onderzoeksprogramma', False, ai='v', near=True,
                   help='Universitaire partners trainen met geanonimiseerde uitspraken en conclusies van uw kantoor juridische taalmodellen.'),
        p.hidden_block('hidden', lambda: p.checkbox('Correspondentie gebruiken voor modeltraining', False, ai='p'))))
    p.add(p.section('Cliëntportaal', None,
        p.checkbox('Cliënten mogen documenten uploaden', True),
        p.checkbox('Cliënt mailen bij een nieuwe uitspraak', False),
        p.textfield('E-mailadres voor griffieberichten', 'griffie@degrootadvocaten.nl', type='email'),
        p.select('Standaard uurtarief', ['€ 195', '€ 240', '€ 285'], 1)))
    p.add(p.section('Koppelingen', None, p.button('Koppelen met Mijn Rechtspraak'), p.button('Dossierlijst exporteren')))
    p.add(p.section('Opleiding', None,
        p.card('AI en beroepsethiek', '3 PO-punten · online cursus', p.button('Inschrijven'))))
    p.add(actions(p))
    return p


def aangifteklaar():
    p = Page('nl', 'aangifteklaar-privacy', 'Aangifteklaar', 'https://www.aangifteklaar.test/account/privacy',
             'Privacy', 'Verzonnen aangifteservice, je-vorm. Statusregel „Intrekken” met aria-labelledby en gegeven '
             'toestemming (inverted, deelt), gesegmenteerde knoppen expliciet op Uit (plain), statusregel waarvan de knop '
             'alleen de rijtitel „Jaaropgaven” als naam heeft onder een kop over waar de assistent van leert '
             '(heading-only). Afleiders: DigiD, aftrekposten, meldingen, fiscaal partner, aanbiedingen. Verborgen: '
             'inline display:none.',
             user='Sanne', brand='Aangifteklaar',
             nav=['Mijn aangifte', 'Documenten', 'Aanslagen', 'Account', 'Privacy'], nav_active=4)
    p.add(p.section('Assistent', None,
        p.button('Vooraf ingevulde aangifte ophalen met DigiD'),
        p.switch('Uitleg bij aftrekposten tonen', True, mode='labelledby',
                 help='De uitleg wordt ter plekke voor je gemaakt en niet bewaard.')))
    p.add(p.section('Jouw gegevens en onze AI',
        'Met echte aangiftes leert onze assistent aftrekposten te vinden die vaak vergeten worden.',
        p.staterow('Toestemming voor AI-training met je aangiftes', 'Gegeven op 3 maart 2025', 'Intrekken', sharing=True,
                   ai='i', mode='lb'),
        p.segmented('Onze assistent trainen met jouw gegevens', [('Aan', True), ('Uit', False)], 1, ai='p'),
        p.hidden_block('display', lambda: p.checkbox('Je aangiftes delen met onderzoekers voor modeltraining', False, ai='p'))))
    p.add(p.section('Waar onze assistent van leert', None,
        p.staterow('Jaaropgaven', 'Wordt gebruikt', 'Wijzigen', sharing=True, ai='h', mode='lbt', badge=True)))
    p.add(p.section('Meldingen en delen', None,
        p.checkbox('Melding als de voorlopige aanslag binnen is', True),
        p.checkbox('Herinner me vóór 1 mei aan mijn aangifte', True),
        p.checkbox('Aangifte delen met mijn fiscaal partner', True),
        p.checkbox('Aanbiedingen van partners', False)))
    p.add(p.section('Teruggave', None, p.textfield('IBAN voor je teruggave', 'NL91 ABNA 0417 1643 00')))
    p.add(p.section('Account', None, p.button('Aangifte downloaden (pdf)'), p.button('Uitloggen op alle apparaten'),
        p.button('Tweestapsverificatie aanzetten')))
    p.add(actions(p))
    return p


def zzpkompas():
    p = Page('nl', 'zzpkompas-gegevens', 'Zzp Kompas', 'https://app.zzpkompas.test/instellingen/gegevens',
             'Gegevens en AI', 'Verzonnen administratie-app voor zzp’ers, je-vorm. Native role=switch „Bezwaar tegen het '
             'trainen van AI met mijn administratie” aan (inverted, deelt niet), aria-label-schakelaar „Help Zzp Kompas '
             'slimmer worden” met gekoppelde hulptekst (vague). Afleiders: uren, urencriterium, herinneringen, KOR, PSD2, '
             'online training, verzekeraars. Verborgen: visibility:hidden.',
             user='Tom Jansen', brand='Zzp Kompas',
             nav=['Dashboard', 'Uren', 'Facturen', 'Kosten', 'Belasting', 'Instellingen'], nav_active=5)
    p.add(p.section('Uren en facturen', None,
        p.checkbox('Op vrijdag herinneren aan mijn urenregistratie', True),
        p.checkbox('Urencriterium bijhouden (1.225 uur)', True),
        p.checkbox('Klanten automatisch herinneren aan openstaande facturen', False),
        p.select('Boekjaar', ['2025', '2024'], 0)))
    p.add(p.section('Btw', None, p.checkbox('Kleineondernemersregeling (KOR) toepassen', False),
        p.textfield('KvK-nummer', '87654321')))
    p.add(p.section('Beveiliging', None, p.button('Tweestapsverificatie aanzetten')))
    p.add(p.section('AI en jouw administratie',
        'Onze AI stelt categorieën voor en voorspelt je belasting. Jij kiest of je gegevens helpen om die beter te maken.',
        p.checkbox('Bezwaar tegen het trainen van AI met mijn administratie', True, switch=True, ai='i'),
        p.switch('Help Zzp Kompas slimmer worden', True, mode='label', ai='v',
                 help='Als dit aanstaat, gebruiken we je geanonimiseerde uren en facturen om onze modellen te trainen.'),
        p.hidden_block('visibility', lambda: p.switch('Facturen delen voor AI-training', True, mode='labelledby', ai='p'))))
    p.add(p.section('Koppelingen', None, p.button('Bankkoppeling (PSD2) vernieuwen'), p.button('Exporteren naar boekhouder')))
    p.add(p.section('Aanbod', None,
        p.checkbox('Aanbiedingen van verzekeraars', False),
        p.button("Gratis online training: ondernemen als zzp'er")))
    p.add(actions(p))
    return p


def pages():
    return [moneybird(), nmbrs(), advocaatwerk(), aangifteklaar(), zzpkompas()]
