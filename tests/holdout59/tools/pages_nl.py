from lib import Page


def trengo():
    p = Page('nl', 'trengo-ai-instellingen', 'Trengo', 'https://app.trengo.com/admin/settings/ai',
             'AI-instellingen',
             ['Algemeen', 'Kanalen', 'Teams', 'Gebruikers', 'AI-instellingen', 'Integraties', 'Abonnement'],
             'Bekende dienst (reconstructie, je). Tabbladen: expliciete schakelaar aan, omgekeerde checkbox «Klantgegevens uitsluiten van training» uit (= delen); lokkertjes: antwoordsuggesties, samenvatten, vertalen, AI-training voor je team; verborgen checkbox in inactief tabblad.',
             known=True, user='Sanne de Vries', active_nav=4)
    p.sec('Hulp bij antwoorden', None,
          p.sw('Antwoordsuggesties', True, kind='text'),
          p.sw('Gesprekken samenvatten', True, kind='text'),
          p.sel('Toon van suggesties', ['Informeel', 'Zakelijk'], 0))
    p.sec('Gegevens en modellen', None,
          p.tabs('Gegevens en modellen', [
              ('Modelverbetering', lambda: [
                  '<p class="intro">Met jouw toestemming gebruiken we gesprekken uit je workspace om onze AI-modellen te trainen en te verbeteren.</p>',
                  p.sw('Gesprekken gebruiken om de AI van Trengo te trainen', True, ai=(True, 'p')),
                  p.cb('Klantgegevens uitsluiten van training', False, ai=(True, 'i'))]),
              ('Partners', lambda: [
                  p.cb('Gesprekken delen met AI-partners voor het trainen van hun modellen', False, ai=(False, 'p'))])]))
    p.sec('Vertalen', None,
          p.sw('Inkomende berichten automatisch vertalen', True, kind='native',
               help='Vertalingen worden direct gemaakt en niet opgeslagen.'))
    p.sec('Klanttevredenheid', None, p.cb('CSAT-enquête versturen na het sluiten van een gesprek', True))
    p.sec('Export en beveiliging', None,
          p.btn('Gesprekken exporteren'),
          p.cb('Tweestapsverificatie verplicht voor alle gebruikers', True),
          p.btn('Auditlog bekijken'))
    p.sec('Training voor je team', None,
          p.btn('Plan een AI-training voor je team', help='Een online sessie van een uur met een Trengo-specialist.'),
          p.cb('Mail me over nieuwe AI-functies', False))
    p.actions('Opslaan', 'Annuleren')
    return p


def teamleader():
    p = Page('nl', 'teamleader-privacy-ai', 'Teamleader Focus', 'https://focus.teamleader.eu/settings/privacy/ai',
             'Privacy en AI',
             ['Bedrijfsgegevens', 'Gebruikers', 'Facturatie', 'Deals', 'Privacy en AI', 'Integraties', 'Abonnement'],
             'Bekende dienst (reconstructie, je). Tabel «Gegevens die we mogen gebruiken» met kolom «Toestaan» onder de kop «Modellen verbeteren», vaag fieldset «Deelname aan het innovatieprogramma» met hulptekst; lokkertjes: samenvattingen, conceptmails, facturen inlezen met bestaand model, Academy; verborgen checkbox met hidden-attribuut.',
             known=True, user='Pieter Janssens', active_nav=4)
    p.sec('AI-assistent', None,
          p.sw('Samenvattingen van deals tonen', True, kind='native'),
          p.sw('Conceptmails voorstellen', True, kind='native'),
          p.sel('Taal van de assistent', ['Nederlands', 'Frans', 'Engels'], 0))
    p.sec('Aankoopfacturen', None,
          p.cb('Inkomende aankoopfacturen automatisch inlezen', True,
               help='Het herkennen gebeurt met een bestaand model; je facturen worden niet gebruikt om het te trainen.'))
    p.sec('Modellen verbeteren',
          'Teamleader kan gepseudonimiseerde gegevens uit je account gebruiken om de modellen achter de AI-functies te verbeteren.',
          p.table('Gegevens die we mogen gebruiken', 'Module', ['Toestaan'],
                  [('Deals en offertes', [True]), ('Tijdsregistratie', [False])],
                  ai={(0, 0): (True, 'h'), (1, 0): (False, 'h')}),
          p.radios('Deelname aan het innovatieprogramma', ['Ja, ik doe mee', 'Nee'], 0,
                   help='Deelnemers leveren geanonimiseerde voorbeelden aan waarmee we nieuwe modellen trainen.', ai=(True, 'v')),
          p.hide('hidden attribute', lambda: [
              p.cb('Gegevens delen met technologiepartners voor modeltraining', False)]))
    p.sec('Export', None, p.btn('Gegevens exporteren'), p.btn('Koppelingen beheren'))
    p.sec('Beveiliging', None,
          p.cb('Tweestapsverificatie verplichten', True),
          p.btn('Actieve sessies'))
    p.sec('Meldingen en opleiding', None,
          p.cb('Wekelijks overzicht per mail', True),
          p.cb('Melding bij nieuwe AI-functies', False),
          p.btn('Schrijf je in voor de Teamleader Academy'))
    p.actions('Opslaan', 'Annuleren')
    return p


def klantkompas():
    p = Page('nl', 'klantkompas-gegevensgebruik', 'Klantkompas', 'https://app.klantkompas.test/instellingen/gegevensgebruik',
             'Gegevensgebruik',
             ['Mijn profiel', 'Organisatie', 'Pijplijnen', 'Gegevensgebruik', 'Koppelingen', 'Abonnement'],
             'Verzonnen CRM (u). Gesegmenteerde knoppen «Mijn dealhistorie gebruiken voor modeltraining» op Uit, ingediend bezwaar met «Bezwaar intrekken» (verborgen achtervoegsel), expliciete checkbox in gesloten details; lokkertjes: zichtbaarheid, slagingskans op eigen historie, leertraject; verborgen checkbox met inline display:none.',
             user='Eva Bakker', active_nav=3)
    p.sec('Zichtbaarheid', None,
          p.sel('Wie ziet nieuwe contactpersonen?', ['Alleen de eigenaar', 'Het team', 'De hele organisatie'], 1),
          p.cb('Bedragen verbergen voor externe medewerkers', True))
    p.sec('Voorspellingen', None,
          p.sw('Slagingskans per deal tonen', True, kind='arialabel', vis='Slagingskans per deal',
               help='Berekend op basis van de historie van uw eigen organisatie.'))
    p.sec('Trainen van modellen',
          'Klantkompas traint zijn voorspellingsmodellen met gegevens van vele organisaties. U bepaalt wat uw organisatie bijdraagt.',
          p.seg('Mijn dealhistorie gebruiken voor modeltraining', ['Aan', 'Uit'], 1, ai=(False, 'p')),
          p.state('Bezwaar tegen modeltraining', 'Ingediend op 2 april 2025', 'Bezwaar intrekken',
                  'tegen het trainen van modellen met mijn gegevens', ai=(False, 'i')),
          p.details('Meer opties', lambda: [
              p.cb('Notities van accountmanagers meenemen in de training', False, ai=(False, 'p')),
              p.cb('Oude deals na twee jaar archiveren', True)]),
          p.hide('inline display:none', lambda: [
              p.cb('Gegevens beschikbaar stellen aan onderzoekers voor modeltraining', False)]))
    p.sec('Koppelingen', None, p.btn('Exact Online koppelen'), p.btn('Outlook koppelen'))
    p.sec('Export', None, p.btn('Exporteren naar CSV'), p.btn('Auditlog'))
    p.sec('Opleiding', None, p.sel('Leertraject voor uw team', ['Starter', 'Gevorderd'], 0))
    p.sec('Meldingen', None,
          p.cb('Dagelijkse samenvatting', True),
          p.cb('Melding bij stilgevallen deal', True))
    p.actions('Opslaan', 'Annuleren')
    return p


def postduif():
    p = Page('nl', 'postduif-jouw-data', 'Postduif', 'https://app.postduif.test/account/data',
             'Jouw data',
             ['Nieuwsbrief', 'Abonnees', 'Vormgeving', 'Jouw data', 'Betalingen'],
             'Verzonnen nieuwsbriefdienst (je). Native schakelaar «AI-crawlers blokkeren» uit (= delen, context in intro), vage checkbox «Help Postduif slimmer te worden» met hulptekst, expliciete radiogroup op Nee; lokkertjes: spellingscontrole, onderwerpregels, statistieken; verborgen checkbox via CSS-klasse.',
             user='Daan Visser', active_nav=3, hide_class='d-none')
    p.sec('Nieuwsbrief', None,
          p.cb('Aantal abonnees tonen op je pagina', False),
          p.sel('Verzendfrequentie', ['Wekelijks', 'Tweewekelijks', 'Maandelijks'], 0))
    p.sec('Schrijfhulp', None,
          p.sw('Spellingscontrole', True),
          p.sw('Onderwerpregels voorstellen', True, help='Voorstellen worden ter plekke gemaakt en niet bewaard.'))
    p.sec('AI en jouw nieuwsbrieven',
          'Bedrijven die AI bouwen, sturen crawlers het web op om tekst te verzamelen voor hun modellen. Ook wij leren graag van je nieuwsbrieven, maar alleen als jij dat goed vindt.',
          p.sw('AI-crawlers blokkeren', False, kind='native', ai=(True, 'i')),
          p.cb('Help Postduif slimmer te worden', True,
               help='We gebruiken je verzonden nieuwsbrieven om onze schrijfhulp te trainen.', ai=(True, 'v')),
          p.radios('Abonneegegevens gebruiken voor AI-training', ['Ja', 'Nee'], 1, kind='role', ai=(False, 'p')),
          p.hide('CSS class display:none', lambda: [
              p.cb('Archief verkopen aan AI-bedrijven voor training', False)]))
    p.sec('Statistieken', None,
          p.cb('Opens en kliks bijhouden', True, help='Alleen voor je eigen overzicht, niet voor training.'))
    p.sec('Betalingen', None,
          p.btn('Mollie koppelen'),
          p.sel('Prijs van een betaald abonnement', ['€ 4 per maand', '€ 6 per maand', '€ 9 per maand'], 1))
    p.sec('Export en meldingen', None,
          p.btn('Abonnees exporteren'),
          p.cb('Mail bij een nieuwe betalende abonnee', True),
          p.cb('Maandoverzicht', True))
    p.sec('Gevarenzone', None, p.btn('Account verwijderen', cls='danger'))
    p.actions('Opslaan', 'Annuleren')
    return p


def advertentiehuis():
    p = Page('nl', 'advertentiehuis-datagebruik', 'Advertentiehuis', 'https://beheer.advertentiehuis.test/organisatie/data',
             'Datagebruik',
             ['Campagnes', 'Doelgroepen', 'Merkveiligheid', 'Datagebruik', 'Rapportage', 'Facturatie', 'Team'],
             'Verzonnen advertentieplatform (u). Keuzelijst «Conversiegegevens van mijn pixel» alleen begrijpelijk via de kop «Modeltraining» (op Niet meenemen), checkbox «Mijn advertentieteksten niet gebruiken» uit (= delen); lokkertjes: vergelijkbare doelgroepen, gepersonaliseerde advertenties, slim bieden, uitsluiten van gevoelige onderwerpen; verborgen checkbox met aria-hidden.',
             user='Lotte Smit', active_nav=3)
    p.sec('Doelgroepen', None,
          p.sw('Vergelijkbare doelgroepen', True, kind='text'),
          p.cb('Gepersonaliseerde advertenties op partnersites', True),
          p.sel('Frequentielimiet', ['3 per dag', '6 per dag', 'Geen limiet'], 0))
    p.sec('Slim bieden', None,
          p.cb('Biedingen automatisch aanpassen', True, help='Biedingen worden realtime berekend op basis van veilingsignalen.'))
    p.sec('Modeltraining',
          'Advertentiehuis traint zijn bied- en creatiemodellen met gebundelde gegevens van adverteerders.',
          p.sel('Conversiegegevens van mijn pixel', ['Meenemen', 'Alleen voor mijn eigen account', 'Niet meenemen'], 2, ai=(False, 'h')),
          p.cb('Mijn advertentieteksten niet gebruiken', False, ai=(True, 'i')),
          p.hide('aria-hidden="true"', lambda: [
              p.cb('Rapportages delen met partners om hun modellen te trainen', True)]))
    p.sec('Merkveiligheid', None,
          p.cb('Gevoelige onderwerpen uitsluiten', True),
          p.btn('Uitsluitingslijst bewerken'))
    p.sec('Rapportage', None,
          p.btn('Rapport inplannen'),
          p.sel('Attributievenster', ['7 dagen na klik', '28 dagen na klik'], 1),
          p.btn('Google Analytics koppelen'))
    p.sec('Facturatie en team', None,
          p.btn('Betaalmethode wijzigen'),
          p.btn('Gebruiker uitnodigen'),
          p.cb('Melding als het budget bijna op is', True))
    p.actions('Opslaan', 'Annuleren')
    return p


PAGES = [trengo, teamleader, klantkompas, postduif, advertentiehuis]
