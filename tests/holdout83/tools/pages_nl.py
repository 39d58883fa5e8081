from lib import *

CH = dict(skip='Naar de inhoud', search='Zoeken', language='Taal', account='Mijn account', nav='Instellingen',
          menu=['Mijn profiel', 'Instellingen', 'Helpcentrum', 'Uitloggen'],
          footer=['Privacy', 'Voorwaarden', 'Cookies', 'Helpcentrum', 'Toegankelijkheid'])


def studygo():
    p = Page('nl', 'studygo-privacy', 'https://studygo.com/nl/instellingen/privacy', 'Privacy', 'StudyGo',
             ['Profiel', 'Klas en school', 'Meldingen', 'Privacy', 'Abonnement'],
             CH, known=True, hide='class', active=3, accent='#1e90ff', account='Noor (3 havo)',
             notes='Reconstructie van een bekende Nederlandse oefenapp (je); alle AI-instellingen verzonnen. Tabel met lokkertje-kolom «Delen met docent» naast «AI-training»; segmentknoppen «Aan / Uit» met vage titel.')
    p.sec('Profiel',
          inp('Gebruikersnaam', 'noor_oefent'),
          select('Schooltype', ['vmbo', 'havo', 'vwo'], 1),
          select('Leerjaar', ['1', '2', '3', '4', '5'], 2),
          sw('Toon mijn profiel aan klasgenoten', on=True))
    p.sec('Oefenen',
          seg('Overhoormethode', ['Typen', 'Meerkeuze', 'Flitskaarten'], 0),
          cb('Hoofdletters negeren bij het nakijken', on=True),
          sw('Uitspraak afspelen bij elk woord', on=False))
    p.sec('Jouw gegevens en AI',
          sw('Mijn woordenlijsten gebruiken om AI-modellen te trainen', on=True, ai='p'),
          seg('Meedoen aan productonderzoek', [('Aan', True), ('Uit', False)], 1, ai='v',
              help='Gegevens over hoe je de app gebruikt (welke functies, hoe lang) worden geanonimiseerd gebruikt om onze AI-modellen te trainen.'),
          tbl('Wat er met je werk gebeurt', ['Delen met docent', 'AI-training'],
              [('Oefenresultaten', [True, (True, 'p')]), ('Geüploade samenvattingen', [False, (False, 'p')])]),
          hide_class('verborgen', cb('Mijn lijsten beschikbaar stellen aan AI-partners voor training', on=True, ai='p')),
          sw('AI-uitleg bij foute antwoorden', on=True, help='De uitleg wordt ter plekke gemaakt en niet bewaard voor training.'))
    p.sec('Meldingen',
          cb('Herinnering om te oefenen', on=True),
          cb('Nieuwe lijst van mijn docent', on=True))
    p.sec('Account', btn('Mijn gegevens downloaden'), btn('Account verwijderen', 'danger'))
    return p


def woordwijs():
    p = Page('nl', 'woordwijs-voorkeuren', 'https://www.woordwijs.test/account/voorkeuren', 'Voorkeuren', 'Woordwijs',
             ['Woordenboeken', 'Uitspraak', 'Woordenlijsten', 'Privacy', 'Abonnement'],
             CH, hide='aria', active=3, accent='#c026d3', account='Dhr. De Vries',
             notes='Verzonnen woordenboek met uitspraakcoach (u). Fieldset «uitsluiten» (omgekeerd), switch onder kop «AI-crawlers», vage select in een gesloten <details> (wel gelabeld).')
    p.sec('Woordenboeken',
          select('Standaardwoordenboek', ['Nederlands', 'Nederlands–Engels', 'Nederlands–Duits', 'Nederlands–Frans'], 1),
          cb('Voorbeeldzinnen tonen', on=True),
          cb('Vervoegingen uitgeklapt tonen', on=False),
          seg('Lettergrootte', ['Klein', 'Normaal', 'Groot'], 1))
    p.sec('Uitspraak',
          select('Referentie-uitspraak', ['Nederlands (NL)', 'Vlaams (BE)'], 0),
          sw('Score tonen na elke opname', on=True),
          radios('Mijn uitspraakopnamen uitsluiten van modeltraining', [('Ja, uitsluiten', False), ('Nee', True)], 1, ai='i'))
    p.sec('AI-crawlers',
          bsw('Toegang tot mijn openbare woordenlijsten', on=False, ai='h', naming='lb'),
          intro='Sommige bedrijven verzamelen openbare webpagina’s om er taalmodellen mee te trainen. Hier bepaalt u of uw openbare lijsten daarbij mogen.')
    p.sec('Privacy',
          sw('Zoekgeschiedenis bewaren', on=True),
          btn('Zoekgeschiedenis wissen'),
          hide_aria(sw('Zoekopdrachten delen met onderzoekspartners voor modeltraining', on=True, ai='p')),
          det('Geavanceerde instellingen',
              select('Bijdragen aan Woordwijs', [('Ja', True), ('Nee', False)], 0, ai='v',
                     help='Bepaalt of uw zoekopdrachten en correcties worden gebruikt om ons vertaalmodel te trainen.'),
              cb('Foutmeldingen automatisch versturen', on=True)))
    p.sec('Abonnement', row('Woordwijs Plus', 'Actief tot 1 maart', 'Opzeggen', on=True), btn('Facturen bekijken'))
    p.sec('Account', inp('E-mailadres', 'j.devries@example.nl', 'email'), btn('Wachtwoord wijzigen'), btn('Gegevens exporteren'))
    return p


def bijlesbuddy():
    p = Page('nl', 'bijlesbuddy-gegevens', 'https://bijlesbuddy.test/instellingen/gegevens', 'Gegevens', 'BijlesBuddy',
             ['Profiel', 'Lessen', 'Betalingen', 'Gegevens', 'Meldingen'],
             CH, hide='visibility', active=3, accent='#16a34a', account='Sem',
             notes='Verzonnen bijlesplatform (je). Statusrij «Uit / Aanzetten» met aria-labelledby, checkbox «Bezwaar maken…» (omgekeerd), radiogroup onder kop over training.')
    p.sec('Profiel',
          sw('Profiel zichtbaar voor bijlesgevers', on=True),
          select('Vak waar je hulp bij zoekt', ['Wiskunde B', 'Scheikunde', 'Engels', 'Natuurkunde'], 0),
          select('Niveau', ['havo 4', 'havo 5', 'vwo 5', 'vwo 6'], 1))
    p.sec('Lessen',
          sw('Lessen opnemen voor jezelf', on=True, help='Alleen jij en je bijlesgever kunnen de opname terugkijken.'),
          cb('Herinnering een uur van tevoren', on=True),
          cb('AI-samenvatting na elke les', on=False, help='De samenvatting is alleen voor jou en wordt niet gebruikt om te trainen.'))
    p.sec('Gegevens en AI',
          row('AI-training met je lesopnamen', 'Uit', 'Aanzetten', on=False, ai='p'),
          cb('Bezwaar maken tegen gebruik van mijn berichten voor AI-training', on=False, ai='i', inv=True),
          hide_vis(cb('Mijn profiel laten gebruiken voor training van het matchingmodel van partners', on=False, ai='p')))
    p.sec('Training van onze modellen',
          rg('Beoordelingen die je schrijft', [('Meenemen', True), ('Niet meenemen', False)], 0, ai='h'),
          intro='Met de beoordelingen die leerlingen schrijven trainen we het model dat bijlesgevers voorstelt.')
    p.sec('Betalingen',
          select('Betaalmethode', ['iDEAL', 'Creditcard', 'Bancontact'], 0),
          cb('Facturen per e-mail ontvangen', on=True),
          btn('Betaalgeschiedenis bekijken'))
    p.sec('Meldingen',
          cb('Nieuw bericht van een bijlesgever', on=True),
          cb('Bijlesgever heeft een les verzet', on=True),
          cb('Tips over nieuwe AI-functies', on=False))
    p.sec('Beveiliging', row('Tweestapsverificatie', 'Aan', 'Beheren', on=True), btn('Uitloggen op alle apparaten'))
    return p


def examenklaar():
    p = Page('nl', 'examenklaar-instellingen', 'https://app.examenklaar.test/profiel/instellingen', 'Instellingen', 'Examenklaar',
             ['Mijn vakken', 'Planning', 'Privacy', 'Meldingen', 'Toegankelijkheid'],
             CH, hide='dialog', active=2, accent='#e11d48', account='Daan',
             notes='Verzonnen examentrainer (je). Knop-schakelaar «Stop het trainen…» (omgekeerd), dubbele ontkenning «niet uitsluiten», vage checkbox met uitleg ernaast.')
    p.sec('Mijn vakken',
          select('Examenjaar', ['2025', '2026'], 0),
          cb('Nederlands', on=True, wrap=True), cb('Engels', on=True, wrap=True), cb('Economie', on=False, wrap=True))
    p.sec('Planning',
          seg('Studietempo', ['Rustig', 'Gemiddeld', 'Stevig'], 1),
          sw('Weekend overslaan', on=True))
    p.sec('Privacy',
          bsw('Stop het trainen van de AI met mijn oefenexamens', on=False, ai='i', inv=True, naming='text'),
          cb('Help Examenklaar beter te worden', on=False, ai='v', wrap=True, desc=False,
             help='Je aantekeningen en de tijd die je per vak leert worden gebruikt om het model te trainen dat je cijfer voorspelt.'),
          sw('Mijn schrijfopdrachten niet uitsluiten van AI-training', on=False, ai='i', inv=False),
          hide_dialog('Meer privacyopties', 'Meer privacyopties', 'Sluiten',
                      sw('Mijn antwoorden verkopen aan partners voor AI-training', on=False, ai='p')),
          sw('Toon me in de ranglijst van mijn school', on=False))
    p.sec('Meldingen', cb('Dagelijkse oefenherinnering', on=True), cb('Nieuwe oefenexamens', on=True))
    p.sec('Toegankelijkheid', sw('Voorleesfunctie', on=False), sw('Dyslexievriendelijk lettertype', on=False))
    return p


def huiswerkhulp():
    p = Page('nl', 'huiswerkhulp-ouders', 'https://huiswerkhulp.test/ouders/instellingen', 'Instellingen voor ouders', 'HuiswerkHulp',
             ['Gezin', 'Schermtijd', 'Privacy', 'Meldingen', 'Abonnement'],
             CH, hide='tab', active=2, accent='#ca8a04', account='Fam. Bakker',
             notes='Verzonnen huiswerkhulp, ouderomgeving (u). Switch met alleen «Vragen van mijn kinderen meenemen» onder een kop over training; statusrij met visueel verborgen achtervoegsel.')
    p.sec('Gezin',
          select('Kind', ['Lotte (groep 7)', 'Finn (brugklas)'], 0),
          btn('Kind toevoegen'),
          cb('Kinderen mogen zelf een abonnement-upgrade aanvragen', on=False))
    p.sec('Schermtijd',
          select('Dagelijks maximum', ['30 minuten', '45 minuten', '1 uur', 'Geen limiet'], 2),
          sw('Niet beschikbaar na 20:30', on=True))
    p.sec('Training van de AI-uitleghulp',
          sw('Vragen van mijn kinderen meenemen', on=False, ai='h'),
          intro='De uitleghulp wordt getraind met vragen en antwoorden van gezinnen die daar toestemming voor geven.')
    p.sec('Privacy',
          tabs('Privacyonderdelen', [
              ('Algemeen', [
                  row('Verbeterprogramma', 'Actief', 'Afmelden', on=True, ai='v', naming='sr', suffix='voor het verbeterprogramma',
                      help='Foto’s van huiswerk die u of uw kinderen uploaden worden gebruikt om onze herkenningsmodellen te trainen.'),
                  sw('Geschiedenis van vragen bewaren', on=True),
              ]),
              ('Externe partijen', [
                  cb('Geanonimiseerde vragen aanbieden aan AI-bedrijven voor training', on=True, ai='p'),
              ]),
          ]))
    p.sec('Meldingen', cb('Weekoverzicht per e-mail', on=True), cb('Melding bij nieuw rapportcijfer', on=False),
          cb('Nieuws over de AI-uitleghulp', on=False))
    p.sec('Abonnement', row('Gezinsabonnement', 'Actief', 'Wijzigen', on=True), btn('Facturen downloaden'))
    p.sec('Account', row('Ouder-pincode', 'Ingesteld', 'Pincode wijzigen', on=True), btn('Gegevens van mijn gezin downloaden'),
          btn('Account opheffen', 'danger'))
    return p


def pages():
    return [studygo(), woordwijs(), bijlesbuddy(), examenklaar(), huiswerkhulp()]
