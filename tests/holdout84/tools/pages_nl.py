from lib import Page, CHROME

L = 'nl'


def P(**kw):
    return Page(lang=L, chrome=CHROME[L], **kw)


def pexels():
    p = P(slug='pexels-instellingen', url='https://www.pexels.com/nl-nl/settings/', brand='Pexels',
          title='Instellingen', known=True, prefix='pe', css_hide_class='u-hide',
          nav=['Profiel', 'Wachtwoord', 'Privacy', 'E-mailmeldingen', 'Mijn uploads', 'Donaties'], active_nav=2,
          notes='Bekende dienst (reconstructie), je-vorm. Omgekeerde checkbox "uitsluiten" aangevinkt (niet '
                'gedeeld), radiogroup waarvan alleen de kop over AI-training gaat, vage knopschakelaar benoemd door '
                'eigen tekst met hulptekst over training. Lokkers: zoeksuggesties, uitgelichte foto’s. Verborgen: CSS-klasse.')
    p.h1('Privacy', 'Bepaal wat anderen van je zien en wat wij met je uploads en activiteit doen.')
    p.add(p.sec('Je uploads', [
        p.checkbox('Mijn foto’s uitsluiten van AI-trainingsdatasets', True, ai='i'),
        p.switch('Mijn foto’s tonen in de uitgelichte collecties', True),
        p.checkbox('Locatiegegevens uit foto’s verwijderen bij het uploaden', True),
        p.hide('class', [
            p.checkbox('Ook mijn conceptuploads voor AI-training aanbieden', False, ai='p'),
        ]),
    ]))
    p.add(p.sec('Licenties voor AI-training', [
        p.radiogroup('Mijn video’s', [('Meenemen', True), ('Niet meenemen', False)], 0, ai='h'),
    ], intro='Pexels kan collecties vrij te gebruiken beelden in licentie geven aan bedrijven die er AI-modellen mee trainen.'))
    p.add(p.sec('Zoeken', [
        p.btnswitch('Help Pexels beter te worden', True, naming='text', ai='v',
                    help='We gebruiken je zoekopdrachten en downloads om ons zoek- en aanbevelingsmodel te trainen.'),
        p.switch('Zoeksuggesties tonen', True),
        p.select('Veilig zoeken', ['Strikt', 'Gemiddeld', 'Uit'], 1),
    ]))
    p.add(p.sec('Profiel', [
        p.textfield('Weergavenaam', 'Sanne Vermeulen'),
        p.checkbox('Toon mijn aantal downloads op mijn profiel', False),
        p.checkbox('Doneerknop weergeven', True),
    ]))
    p.add(p.sec('E-mail', [
        p.checkbox('Wekelijkse statistieken van mijn foto’s', True),
        p.checkbox('Nieuws over AI-functies van Pexels', False),
    ]))
    p.add(p.sec('Account', [
        p.button('Mijn gegevens downloaden'),
        p.button('Wachtwoord wijzigen'),
        p.button('Instagram-account koppelen'),
        p.button('Account verwijderen', cls='btn danger'),
    ]))
    return p


def fotokluis():
    p = P(slug='fotokluis-privacy', url='https://mijn.fotokluis.test/instellingen/privacy', brand='Fotokluis',
          title='Privacy en gegevens', prefix='fk',
          nav=['Account', 'Opslag', 'Privacy en gegevens', 'Gedeelde albums', 'Abonnement'], active_nav=2,
          notes='Verzonnen foto-opslag en -editor, je-vorm. Tabel met kolom "AI-training" (twee rijen), vage '
                'select "Bijdragen aan slimme albums" met beschrijving over modeltraining. Lokkers: '
                'gezichtsherkenning lokaal, gedeelde albums. Verborgen: aria-hidden.')
    p.h1('Privacy en gegevens', 'Je foto’s staan versleuteld opgeslagen in Nederland.')
    p.add(p.sec('Wat we met je bestanden doen', [
        p.table('Gebruik per bestandstype', 'Bestandstype', ['Back-up', 'Gezichtsherkenning', 'AI-training'],
                [('Foto’s', [True, True, False]), ('Video’s', [True, False, True])], ai_cols={2: ('p', False)},
                intro='Gezichtsherkenning draait op je eigen telefoon.'),
    ]))
    p.add(p.sec('Slimme functies', [
        p.switch('Slimme albums maken', True),
        p.select('Bijdragen aan slimme albums', [('Ja', True), ('Nee', False)], 1, ai='v',
                 help='Bepaalt of je albumkeuzes worden gebruikt om het model achter slimme albums verder te trainen.'),
        p.hide('aria-hidden', [
            p.switch('Gedeelde albums meenemen in AI-training', True, ai='p'),
        ]),
        p.checkbox('Herinneringen van vroeger tonen', False),
    ]))
    p.add(p.sec('Delen', [
        p.radios('Wie mag je gedeelde albums bekijken?', ['Iedereen met de link', 'Alleen uitgenodigde mensen'], 1),
        p.checkbox('Ontvangers mogen originelen downloaden', True),
    ]))
    p.add(p.sec('Meldingen', [
        p.checkbox('Opslag bijna vol', True),
        p.checkbox('Nieuwe AI-bewerkingsfuncties', True),
    ]))
    p.add(p.sec('Weergave', [
        p.segmented('Thema', ['Licht', 'Donker', 'Systeem'], 2),
        p.switch('Beweging verminderen', False),
    ]))
    p.add(p.sec('Je gegevens', [
        p.button('Alles exporteren'),
        p.button('Gekoppelde apps beheren'),
        p.button('Account opzeggen', cls='btn danger'),
    ]))
    return p


def opnamebalk():
    p = P(slug='opnamebalk-organisatie', url='https://opnamebalk.test/beheer/privacy', brand='Opnamebalk',
          title='Privacy van de organisatie', prefix='ob',
          nav=['Organisatie', 'Gebruikers', 'Opnamen', 'Privacy', 'Koppelingen', 'Facturatie'], active_nav=3,
          notes='Verzonnen schermrecorder, beheerpagina, u-vorm. Statusregel "Niet ingesteld" met knop '
                '"Afmelden" en sr-only-achtervoegsel (afmelding niet actief → gedeeld), fieldset met vage legenda '
                '"Productverbetering" en hulptekst over training, schakelaar waarvan alleen de kop over training '
                'gaat. Lokkers: AI-samenvattingen, bewaartermijn. Verborgen: visibility:hidden.')
    p.h1('Privacy', 'Instellingen voor alle opnamen binnen De Wit Installatietechniek.')
    p.add(p.sec('Opnamen', [
        p.select('Bewaartermijn', ['90 dagen', '1 jaar', 'Onbeperkt'], 1),
        p.radiogroup('Standaardtoegang', ['Iedereen met de link', 'Alleen de organisatie'], 1),
        p.switch('Kijkers mogen reageren', True),
    ]))
    p.add(p.sec('AI', [
        p.switch('Samenvattingen en hoofdstukken genereren', True,
                 help='Samenvattingen worden gemaakt met een model dat niet op uw opnamen wordt getraind.'),
        p.staterow('Afmelding voor modeltraining', 'Niet ingesteld — uw opnamen kunnen worden gebruikt',
                   'Afmelden', False, ai='i', suffix='voor modeltraining met mijn opnamen'),
        p.radios('Productverbetering', [('Toestaan', True), ('Niet toestaan', False)], 1, ai='v',
                 help='Kies of fragmenten van uw opnamen en transcripties mogen worden gebruikt om onze spraak- en '
                      'samenvattingsmodellen te trainen.'),
        p.hide('visibility', [
            p.checkbox('Schermafbeeldingen delen voor training van tekstherkenning', True, ai='p'),
        ]),
    ]))
    p.add(p.sec('Training van AI-modellen', [
        p.switch('Opnamen van gastgebruikers', False, ai='h'),
    ], intro='Geldt voor opnamen die gasten in uw werkruimte maken. Standaard worden die nooit voor training gebruikt.'))
    p.add(p.sec('Meldingen voor beheerders', [
        p.checkbox('Wijzigingen in AI-functies', True),
        p.checkbox('Nieuwe gebruikers', True),
    ]))
    p.add(p.sec('Beveiliging', [
        p.button('Single sign-on instellen'),
        p.button('Auditlog downloaden'),
        p.button('Microsoft Teams koppelen'),
        p.button('Tweestapsverificatie verplicht stellen'),
    ]))
    p.add(p.sec('Toegankelijkheid', [
        p.checkbox('Ondertiteling standaard tonen bij afspelen', True),
        p.select('Afspeelsnelheid', ['0,75×', '1×', '1,25×', '1,5×'], 1),
        p.switch('Hoog contrast in de speler', False),
    ]))
    return p


def droombeeld():
    p = P(slug='droombeeld-account', url='https://droombeeld.test/account/training', brand='Droombeeld',
          title='Training en privacy', prefix='db',
          nav=['Profiel', 'Tegoed', 'Training en privacy', 'Meldingen', 'API'], active_nav=2,
          notes='Verzonnen AI-beeldgenerator, je-vorm. Gesegmenteerde knoppen "Aan/Uit" met expliciete naam, '
                'omgekeerde knopschakelaar (aria-label) "Stop met trainen…" aan (niet gedeeld), select waarvan '
                'alleen de kop over datasets gaat. Lokkers: privémodus, veiligheidsfilter. Verborgen: gesloten <dialog>.')
    p.h1('Training en privacy', 'Zo gaan we om met wat je maakt en typt.')
    p.add(p.sec('Je creaties', [
        p.segmented('Mijn creaties gebruiken voor training', [('Aan', True), ('Uit', False)], 0, ai='p'),
        p.btnswitch('Stop met trainen op mijn prompts', True, naming='aria-label',
                    visible_title='Prompts niet gebruiken', ai='i'),
        p.switch('Privémodus', False, help='Je beelden verschijnen niet in de openbare galerij.'),
        p.hide('dialog', [
            p.checkbox('Geüploade referentiebeelden gebruiken voor training', False, ai='p'),
            p.checkbox('EXIF-gegevens verwijderen', True),
        ], opener='Geavanceerd', dlg_title='Geavanceerde instellingen', close='Sluiten'),
    ]))
    p.add(p.sec('Datasets voor volgende modellen', [
        p.select('Openbare galerij', [('Alles', True), ('Alleen favorieten', True), ('Niets', False)], 2, ai='h'),
    ], intro='Elke nieuwe versie van Droombeeld leert ook van beelden die de community heeft gemaakt.', details=True))
    p.add(p.sec('Genereren', [
        p.select('Standaardformaat', ['1:1', '4:3', '16:9'], 0),
        p.switch('Veiligheidsfilter', True),
        p.checkbox('Content Credentials toevoegen aan downloads', True),
    ]))
    p.add(p.sec('Meldingen', [
        p.checkbox('Nieuw model beschikbaar', True),
        p.checkbox('Tegoed bijna op', True),
        p.checkbox('Wekelijkse wedstrijd', False),
    ]))
    p.add(p.sec('Account', [
        p.button('Alles downloaden'),
        p.button('API-sleutel vernieuwen'),
        p.button('Betaalmethode wijzigen'),
        p.textfield('Gebruikersnaam', 'nachtuil_ams'),
        p.button('Account verwijderen', cls='btn danger'),
    ]))
    return p


def letterkast():
    p = P(slug='letterkast-voorkeuren', url='https://www.letterkast.test/mijn-account/voorkeuren', brand='Letterkast',
          title='Voorkeuren', prefix='lk',
          nav=['Mijn account', 'Mijn lettertypen', 'Voorkeuren', 'Licenties', 'Facturen'], active_nav=2,
          notes='Verzonnen letter- en iconenbibliotheek, u-vorm. Omhullende checkbox met vage naam en hulptekst '
                'ernaast (zonder aria-describedby) over training, dubbele ontkenning "niet gebruiken" uitgevinkt '
                '(gedeeld), knopschakelaar (aria-labelledby) waarvan alleen de kop over AI-crawlers voor training '
                'gaat. Lokkers: AI-letterparen zonder training. Verborgen: inactief tabblad.')
    p.h1('Voorkeuren', 'Instellingen voor uw Letterkast-account.')
    p.add(p.hide('tab', [
        p.switch('Teamlettertypen gebruiken voor AI-training', True, ai='p'),
    ], tabs=['Persoonlijk', 'Team'], visible=[
        p.checkbox('Deelnemen aan het ontwerpprogramma', True, wrap=True, ai='v', describe=False,
                   help='Uw geüploade lettertypen dienen dan als voorbeeldmateriaal bij het trainen van onze letterpaar-AI.'),
        p.switch('Mijn iconen niet gebruiken voor AI-training', False, ai='i'),
        p.switch('Letterparen voorstellen met AI', True,
                 help='Gebruikt een bestaand model; uw bestanden worden daarvoor niet gedeeld.'),
    ]))
    p.add(p.sec('Crawlers voor AI-training', [
        p.btnswitch('Openbare catalogus laten uitlezen', False, naming='labelledby', ai='h'),
    ], intro='Sommige bedrijven laten crawlers openbare pagina’s verzamelen om er AI-modellen mee te trainen.'))
    p.add(p.sec('Weergave', [
        p.textfield('Voorbeeldtekst', 'Pa’s wijze lynx bezag vroom het fikse aquaduct'),
        p.select('Voorbeeldgrootte', ['24 pt', '48 pt', '96 pt'], 1),
        p.segmented('Achtergrond', ['Licht', 'Donker'], 0),
    ]))
    p.add(p.sec('E-mail', [
        p.checkbox('Nieuwe uitgaven van gevolgde gieterijen', True),
        p.checkbox('Nieuws over AI-hulpmiddelen', False),
    ]))
    p.add(p.sec('Account', [
        p.button('Licenties downloaden'),
        p.button('Figma koppelen'),
        p.button('Betaalmethode wijzigen'),
        p.button('Account opheffen', cls='btn danger'),
    ]))
    return p


def pages():
    return [pexels(), fotokluis(), opnamebalk(), droombeeld(), letterkast()]
