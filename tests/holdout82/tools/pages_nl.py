from lib import Page


def basicfit():
    p = Page('nl', 'basicfit-privacy', 'https://my.basic-fit.com/nl-nl/account/privacy', 'Basic-Fit', 'Privacy',
             ['Mijn lidmaatschap', 'Mijn trainingen', 'Clubs', 'Privacy', 'Betalingen', 'Klantenservice'],
             active=3, known=True, account='Hoi Sanne', hide_class='verborgen',
             notes='Nabouw van de Basic-Fit privacypagina (teksten verzonnen). Omgekeerde switch "uitsluiten" uit (= wel gebruikt), vage tekst-button-switch met hulptekst over AI-modellen, tabel met bijschrift "AI-modellen trainen met je gegevens" (twee rijen). Lokkers: trainingsschema\'s van de app, drukte-meter. Verborgen: checkbox in blok met CSS-klasse display:none.')
    p.sec('Clubbezoek')
    p.sel('Thuisclub', ['Utrecht Vaartsche Rijn', 'Utrecht Overvecht', 'Nieuwegein'], 0)
    p.sw('Drukte in mijn club tonen', True)
    p.cb('Herinnering als ik een week niet ben geweest', False)
    p.sec('App')
    p.sw('Persoonlijke trainingsschema\'s', True, help='Je schema wordt samengesteld uit je doelen. Daarvoor wordt geen model op jouw gegevens getraind.')
    p.bsw('Help de Basic-Fit app slimmer te worden', True, by='text',
          help='Als dit aanstaat, gebruiken we je trainingen en clubbezoeken om onze AI-modellen te trainen.', ai=('v', True))
    p.sw('Mijn gegevens uitsluiten van AI-training', False, ai=('i', True))
    p.sec('Wat we gebruiken', 'Per soort gegevens zie je of het mee mag in de training.')
    p.table('AI-modellen trainen met je gegevens', ['Toegestaan'], [('Clubbezoeken', [False]), ("Trainingsschema's", [True])],
            ai={(0, 0): ('h', False), (1, 0): ('h', True)})
    with p.hide('class-display'):
        p.cb('Gegevens delen met fitnesspartners voor AI-training', False)
    p.sec('Berichten')
    p.table('Ontvang berichten over', ['E-mail', 'Push'], [('Acties en aanbiedingen', [False, False]), ('Nieuwe functies in de app', [True, False])])
    p.sec('Betalen')
    p.btn('Rekeningnummer wijzigen')
    p.btn('Lidmaatschap opzeggen')
    p.sec('Weergave')
    p.sw('Donkere modus', False)
    p.btn('Mijn gegevens downloaden')
    return p


def polar():
    p = Page('nl', 'polar-flow-privacy', 'https://flow.polar.com/settings/privacy', 'Polar Flow', 'Privacy',
             ['Algemeen', 'Fysieke instellingen', 'Privacy', 'Producten', 'Gekoppelde apps', 'Meldingen'],
             active=2, known=True, account='Jeroen V.',
             notes='Nabouw van Polar Flow privacy-instellingen (teksten verzonnen). Expliciete checkbox niet aangevinkt, radiogroup "Bezwaar tegen gebruik voor modeltraining" op "Geen bezwaar" (= wel gebruikt), vage statusregel "Uit" met visueel verborgen achtervoegsel. Lokkers: slaapanalyse op het horloge, Flow-feed, AI-meldingen. Verborgen: aria-hidden.')
    p.sec('Zichtbaarheid')
    p.sel('Profiel', ['Openbaar', 'Volgers', 'Privé'], 1)
    p.sel('Trainingssessies', ['Openbaar', 'Volgers', 'Privé'], 2)
    p.cb('Mijn route op de kaart tonen', False)
    p.sec('Analyse')
    p.sw('Nightly Recharge-analyse', True, help='Wordt op je horloge berekend. Je herstelgegevens worden niet gebruikt om modellen te trainen.')
    p.cb("Mijn trainingsgegevens gebruiken om Polar's AI-modellen te trainen", False, ai=('p', False))
    p.rg('Bezwaar tegen gebruik voor modeltraining', ['Bezwaar maken', 'Geen bezwaar'], 1, ai=('i', True))
    p.w('<details><summary>Onderzoek en ontwikkeling</summary>')
    p.row('Deelname aan Polar Research', 'Je slaap- en hartslaggegevens worden gebruikt om nieuwe modellen te trainen.', 'Uit', 'Inschakelen',
          suffix='deelname aan Polar Research', ai=('v', False))
    p.w('</details>')
    with p.hide('aria-hidden'):
        p.sw('Gepseudonimiseerde gegevens delen met AI-onderzoekspartners', True)
    p.sec('Meldingen')
    p.cb('Melding als mijn AI-trainingsadvies klaarstaat', True, help='Gaat over je trainingsadvies, niet over het trainen van modellen.')
    p.cb('Nieuwsbrief', False)
    p.cb('Trainingsdoel behaald', True)
    p.sec('Weergave')
    p.seg('Eenheden', ['Metrisch', 'Imperiaal'], 0)
    p.sel('Eerste dag van de week', ['Maandag', 'Zondag'], 0)
    p.sec('Gegevens')
    p.btn('Gegevens exporteren')
    p.btn('Gekoppelde apps beheren')
    p.btn('Account verwijderen')
    return p


def dewand():
    p = Page('nl', 'dewand-instellingen', 'https://leden.klimcentrumdewand.test/instellingen/privacy', 'Klimcentrum De Wand', 'Privacy',
             ['Abonnement', 'Reserveren', 'Cursussen', 'Privacy', 'Betalingen'],
             active=3, account='Mijn account',
             notes='Verzonnen klimhal. Segmentknoppen onder kop "Training van ons AI-model" ("Jouw klimpogingen", Meenemen), expliciete fieldset "Camerabeelden gebruiken voor AI-training" op Nee, omgekeerde button-switch met aria-label "Stop het gebruik…" uit (= wel gebruikt). Lokkers: routeboek, valdetectie, cursussen. Verborgen: visibility:hidden.')
    p.sec('Reserveren')
    p.sel('Vaste hal', ['Amsterdam Noord', 'Haarlem', 'Zaandam'], 0)
    p.cb('Herinnering op de dag zelf', True)
    p.cb('Automatisch op de wachtlijst', True)
    p.sec('Routeboek')
    p.sw('Mijn pogingen bijhouden via de scanner bij de route', True)
    p.rg('Wie ziet mijn routeboek?', ['Iedereen', 'Klimmaatjes', 'Alleen ik'], 1)
    p.bsw('Stop het gebruik van mijn routelog voor AI-training', False, by='label', title='Routelog', ai=('i', True))
    p.sec('Training van ons AI-model', 'Ons model leert de moeilijkheidsgraad van nieuwe routes inschatten. Geef aan wat erin mag.')
    p.seg('Jouw klimpogingen', ['Meenemen', 'Niet meenemen'], 0, ai=('h', True))
    p.fs('Camerabeelden gebruiken voor AI-training', ['Ja', 'Nee'], 1, ai=('p', False))
    with p.hide('inline-visibility'):
        p.sw('Mijn routelog verkopen aan partners voor modeltraining', False)
    p.sec('Veiligheid')
    p.sw('Valdetectie bij de autobelay', True, help='Personeel krijgt een melding bij een harde val.')
    p.sec('Berichten')
    p.cb('Nieuwe routes in mijn hal', True)
    p.cb('Cursusaanbod', False)
    p.btn('Abonnement pauzeren')
    p.btn('Betaalgegevens wijzigen')
    p.sw('Gradenschaal in Fontainebleau', False)
    p.text('Naam van je klimmaatje voor noodgevallen', 'Ruben de Vries')
    return p


def dolfijn():
    p = Page('nl', 'zwemschooldolfijn-gezin', 'https://ouders.zwemschooldolfijn.test/gezin/privacy', 'Zwemschool Dolfijn', 'Privacy van uw gezin',
             ['Lessen', 'Diploma\'s', 'Gezin', 'Privacy van uw gezin', 'Betalingen'],
             active=3, account='Familie Bakker',
             notes='Verzonnen zwemschool (u-vorm, gegevens van kinderen). Vage select "Deelname aan het techniekonderzoek" (hulptekst over AI-training) op Niet deelnemen, omgekeerde omhullende checkbox "…buiten AI-training houden" aangevinkt, statusregel "Wijzigen Diplomaresultaten" onder kop AI-training (Gebruikt). Verborgen: checkbox in gesloten <dialog>.')
    p.sec('Lessen')
    p.sel('Voorkeurstijd', ['Woensdagmiddag', 'Zaterdagochtend', 'Zondagochtend'], 1)
    p.cb('Sms bij uitval van een les', True)
    p.cb('Foto\'s van de les in de ouderapp tonen', True)
    p.sec('Onderzoek')
    p.sel('Deelname aan het techniekonderzoek', ['Deelnemen', 'Niet deelnemen'], 1,
          help="Met deze keuze worden lesvideo's van uw kind gebruikt om ons AI-model voor slagherkenning te trainen.", ai=('v', False))
    p.cb('Gegevens van mijn kinderen buiten AI-training houden', True, wrap=True, ai=('i', False))
    p.sec('AI-training', 'Deze gegevens uit de lessen worden op dit moment gebruikt om onze modellen te trainen.')
    p.row('Diplomaresultaten', 'Zwemafstanden en beoordelingen per onderdeel.', 'Gebruikt', 'Wijzigen', ai=('h', True))
    with p.hide('closed-dialog', trigger='Meer privacyopties', dlg_title='Meer privacyopties', close='Sluiten'):
        p.cb('Lesvideo\'s delen met een universiteit voor het trainen van AI-modellen', False)
    p.sec('Diploma\'s')
    p.cb('Diploma digitaal ontvangen', True)
    p.cb('Uitnodiging voor het afzwemmen per e-mail', True)
    p.sec('Betalen')
    p.cb('Lesgeld automatisch incasseren', True)
    p.btn('Machtiging wijzigen')
    p.btn('Kind toevoegen')
    p.text('Telefoonnummer voor noodgevallen', '06 12345678', type='tel')
    p.btn('Wachtwoord wijzigen')
    p.sw('Grote letters in de ouderapp', False)
    return p


def routekaart():
    p = Page('nl', 'routekaart-instellingen', 'https://app.routekaart.test/instellingen/gegevens', 'Routekaart', 'Gegevens',
             ['Profiel', 'Mijn routes', 'Offline kaarten', 'Gegevens', 'Meldingen', 'Toegankelijkheid'],
             active=3, account='Profiel van Noor',
             notes='Verzonnen fiets- en wandelrouteplanner. Expliciete button-switch via aria-labelledby (aan), vage switch "Bijdragen aan betere routes" met hulptekst (uit). Lokkers: knooppuntenroutes, AI-routeassistent die niet traint, toegankelijkheid. Verborgen: schakelaar in het inactieve tabblad "Onderzoek".')

    def kaart():
        p.w('<h3>Kaart</h3>')
        p.sel('Kaartlaag', ['Knooppunten', 'Topografisch', 'Luchtfoto'], 0)
        p.cb('Offline kaarten alleen via wifi', True)
        p.sw('Hoogteprofiel tonen', True)
    with p.hide('inactive-tab', tabs=['Kaart', 'Onderzoek', 'Kaartinstellingen'], first=kaart):
        p.sw('Ritten anoniem ter beschikking stellen voor AI-training door derden', False)
    p.sec('Jouw ritten')
    p.bsw('AI-training met mijn fietsritten', True, by='labelledby', ai=('p', True))
    p.sw('Bijdragen aan betere routes', False,
         help='Je gereden ritten worden dan gebruikt om het model te trainen dat fietspaden op luchtfoto\'s herkent.', ai=('v', False))
    p.sec('Routeassistent')
    p.sw('Routeassistent gebruiken', True, help='De assistent stelt routes voor op basis van openbare kaarten; je vragen worden niet gebruikt om hem te trainen.')
    p.cb('Melding bij nieuwe functies van de assistent', False)
    p.sec('Delen')
    p.rg('Mijn routes zijn', ['Openbaar', 'Alleen met link', 'Privé'], 1)
    p.cb('Vertrekpunt verbergen', True)
    p.sec('Toegankelijkheid')
    p.sw('Gesproken aanwijzingen', True)
    p.seg('Tekstgrootte', ['Normaal', 'Groot'], 0)
    p.btn('Routes exporteren als GPX')
    p.btn('Koppelen met Garmin')
    p.cb('Wekelijkse samenvatting per e-mail', True)
    return p


def pages():
    return [basicfit(), polar(), dewand(), dolfijn(), routekaart()]
