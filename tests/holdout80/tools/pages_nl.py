from lib import Page


def pages():
    out = []

    # 1 ---- KPN (known) ---------------------------------------------------------------
    p = Page('nl', 'kpn-privacy', 'https://www.kpn.com/mijnkpn/instellingen/privacy',
             'Privacy-instellingen', 'KPN', known=True, hide_class='verborgen',
             nav=['Overzicht', 'Abonnementen', 'Facturen', 'Privacy', 'Toestemmingen', 'Hulp'], active_nav=3,
             notes='Bekende dienst (KPN), tekst verzonnen. Expliciete checkbox uit, statusregel „Bezwaar maken“ (geen bezwaar), vage radiogroep met hulptekst.')
    p.h1('Privacy-instellingen', 'Bepaal zelf wat KPN met je gegevens mag doen.')
    p.sec('Aanbiedingen')
    p.check('Aanbiedingen per e-mail', True)
    p.check('Aanbiedingen per sms', False)
    p.check('Telefonisch advies over je abonnement', False)
    p.switch('Persoonlijke advertenties in de MijnKPN-app', False)
    p.sec('AI en klantenservice')
    p.check('Mijn gegevens gebruiken om AI-modellen van KPN te trainen', False, ai=('p', False))
    p.staterow('Bezwaar tegen AI-training', 'Geen bezwaar ingediend', 'Bezwaar maken',
               suffix='tegen AI-training met mijn gegevens', ai=('i', True))
    p.radiogroup('Help ons de klantenservice te verbeteren', ['Ja', 'Nee'], 1,
                 help='Gesprekken met onze chatassistent worden dan gebruikt om onze AI-taalmodellen te trainen.',
                 ai=('v', False))
    p.hide('class-display')
    p.check('Gespreksopnames van de klantenservice voor AI-training', True, ai=('p', True))
    p.unhide()
    p.check('Houd me op de hoogte van nieuwe AI-functies', True,
            help='Alleen een bericht; je gegevens worden hierdoor niet anders gebruikt.')
    p.sec('Jouw gegevens')
    p.button('Mijn gegevens downloaden')
    p.button('Account laten verwijderen')
    p.sec('Beveiliging')
    p.switch('Tweestapsverificatie', True)
    p.button('Overal uitloggen')
    p.select('Inlogmeldingen', ['Per sms', 'Per e-mail', 'Geen'], 0)
    p.sec('Gekoppelde diensten')
    p.button('Koppeling met Spotify verbreken')
    p.check('Mijn verbruik delen met de KPN Thuis-app', True)
    p.button('Opslaan')
    out.append(p)

    # 2 ---- Ziggo (known) ---------------------------------------------------------------
    p = Page('nl', 'ziggo-privacy', 'https://www.ziggo.nl/mijn-ziggo/instellingen/privacy',
             'Privacy', 'Ziggo', known=True,
             nav=['Mijn producten', 'Internet', 'TV', 'Bellen', 'Privacy', 'Service'], active_nav=4,
             notes='Bekende dienst (Ziggo), tekst verzonnen. Tabel met kolom „Toestaan“ onder bijschrift over AI-training, select „uitsluiten“ op Nee.')
    p.h1('Privacy')
    p.sec('Marketing')
    p.check('Nieuws en acties per e-mail', False)
    p.check('Aanbevelingen op basis van kijkgedrag', True)
    p.switch('Gepersonaliseerde reclame op tv', False)
    p.sec('Internet')
    p.switch('Wifi-gastnetwerk', False)
    p.switch('Slimme wifi-optimalisatie', True,
             help='Draait op je modem zelf; er gaat hiervoor niets naar onze servers.')
    p.select('Modem herstarten bij storing', ['Automatisch', 'Na bevestiging', 'Nooit'], 0)
    p.sec('AI-training')
    p.table('Gebruikt voor het trainen van onze AI-modellen', 'Gegevens', ['Toestaan'],
            [('Kijkgedrag Ziggo GO', [(True, ('h', True))]),
             ('Wifi-metingen van je modem', [(False, ('h', False))])])
    p.details('Meer opties')
    p.select('Mijn huishouden uitsluiten van modeltraining', ['Ja', 'Nee'], 1, ai=('i', True))
    p.end_details()
    p.hide('aria-hidden')
    p.select('Profielen van kinderen uitsluiten van modeltraining', ['Ja', 'Nee'], 0, ai=('i', False))
    p.unhide()
    p.sec('Gekoppelde apps')
    p.button('Koppeling met Google Home verwijderen')
    p.check('Ziggo Sport-app mag mijn abonnement zien', True)
    p.sec('Jouw gegevens')
    p.button('Gegevens opvragen')
    p.button('Belgeschiedenis exporteren')
    p.sec('Meldingen')
    p.check('Sms bij een storing in mijn buurt', True)
    p.check('Nieuws over AI-functies in Ziggo GO', False)
    p.button('Opslaan')
    out.append(p)

    # 3 ---- Belrust (verzonnen) ----------------------------------------------------------
    p = Page('nl', 'belrust-instellingen', 'https://app.belrust.test/instellingen/privacy',
             'Instellingen', 'Belrust',
             nav=['Oproepen', "Sms'jes", 'Geblokkeerd', 'Privacy', 'Abonnement'], active_nav=3,
             notes="Verzonnen spamfilter-app (je). Vage segmentknoppen met hulptekst, tekstschakelaar met AI-training, schakelaar „niet gebruiken“ aan.")
    p.h1('Privacy & filters')
    p.sec('Oproepen')
    p.radios('Hoe streng filteren?', ['Alleen oplichters', 'Ook telemarketing', 'Alles wat onbekend is'], 0)
    p.switch('Anonieme nummers dempen', True)
    p.switch('Waarschuwing bij buitenlandse belletjes', True)
    p.sec("Sms'jes")
    p.check("Verdachte sms'jes naar „Spam” verplaatsen", True)
    p.check('Links in verdachte berichten uitschakelen', True)
    p.sec('Community')
    p.segmented('Bijdragen aan de community', ['Aan', 'Uit'], 0,
                help="Nummers die je meldt en sms'jes die je als spam markeert, gebruiken we om ons machine-learningmodel te trainen.",
                ai=('v', True))
    p.bswitch("AI-training met mijn gemelde sms'jes", True, naming='text', ai=('p', True))
    p.switch('Mijn gesprekken niet gebruiken voor training', True, wrap=True, ai=('i', False))
    p.hide('visibility')
    p.switch('Voicemails gebruiken voor training', False, wrap=True, ai=('p', False))
    p.unhide()
    p.sec('Meldingen')
    p.check('Melding bij elk geblokkeerd gesprek', False)
    p.check('Weekoverzicht', True)
    p.sec('Weergave')
    p.select('Thema', ['Licht', 'Donker', 'Systeem'], 2)
    p.check('Grotere letters', False)
    p.button('Bloklijst exporteren')
    p.button('Aankopen herstellen')
    p.check('Bloklijst bewaren in iCloud', True)
    p.button('Opslaan')
    out.append(p)

    # 4 ---- Polderglas (verzonnen, u) ---------------------------------------------------
    p = Page('nl', 'polderglas-router', 'https://mijn.polderglas.test/router/gegevensgebruik',
             'Router en gegevensgebruik', 'Polderglas',
             nav=['Mijn aansluiting', 'Wifi', 'Apparaten', 'Kinderslot', 'Gegevensgebruik'], active_nav=4,
             notes='Verzonnen glasvezelaanbieder (u). Fieldset onder kop over training van netwerk-AI, vage aria-label-schakelaar met hulptekst, statusregel „Aanzetten“ (uit).')
    p.h1('Router en gegevensgebruik')
    p.sec('Wifi')
    p.text('Netwerknaam', 'Polderglas-4D17')
    p.switch('Gastnetwerk', False)
    p.select('Wifi-schema', ['Altijd aan', "'s Nachts uit", 'Aangepast'], 0)
    p.switch('Mesh-besturing', True)
    p.sec('Training van onze netwerk-AI',
          'Met meetgegevens van uw aansluiting trainen wij modellen die storingen voorspellen voordat u er last van heeft.')
    p.radios('Meetgegevens van mijn aansluiting', ['Meenemen', 'Niet meenemen'], 0, ai=('h', True))
    p.sec('Programma’s')
    p.bswitch('Deelnemen aan Slimmer Netwerk', False, naming='label',
              help='Wat uw router meet aan signaal, storingen en verkeer gebruiken wij om onze AI-modellen te trainen.',
              ai=('v', False))
    p.staterow('AI-training met apparaatnamen', 'Uit', 'Aanzetten', naming='labelledby', ai=('p', False))
    p.hide('dialog', opener='Geavanceerde opties', title='Geavanceerde opties', close='Sluiten')
    p.staterow('AI-training met surfgedrag', 'Aan', 'Uitzetten', naming='labelledby', ai=('p', True))
    p.unhide()
    p.sec('Beveiliging')
    p.switch('Gevaarlijke websites blokkeren', True)
    p.switch('Automatische firmware-updates', True)
    p.switch('Hulp op afstand door de servicedesk', False)
    p.button('Router herstarten')
    p.sec('Meldingen')
    p.check('E-mail bij gepland onderhoud', True)
    p.check('Bericht als een nieuw apparaat verbinding maakt', False)
    p.check('Maandelijks verbruiksoverzicht', False)
    p.button('Toepassen')
    out.append(p)

    # 5 ---- Duinmobiel voicemail (verzonnen, je) -----------------------------------------
    p = Page('nl', 'duinmobiel-voicemail', 'https://mijn.duinmobiel.test/voicemail/transcriptie',
             'Voicemail', 'Duinmobiel',
             nav=['Mijn bundel', 'Voicemail', 'Doorschakelen', 'Roaming', 'Privacy'], active_nav=1,
             notes='Verzonnen provider (je). Select onder kop over spraaktraining, expliciete checkbox aan, vage switch met hulptekst, inactief tabblad.')
    p.h1('Voicemail en transcriptie')
    p.sec('Voicemail')
    p.switch('Voicemail aan', True)
    p.select('Voicemail neemt op na', ['10 seconden', '20 seconden', '30 seconden'], 1)
    p.radios('Begroeting', ['Standaardbegroeting', 'Eigen begroeting'], 1)
    p.check('Sms bij een nieuw bericht', True)
    p.sec('Transcriptie')
    p.switch('Berichten uitschrijven als tekst', True)
    p.check('Sta toe dat mijn correcties het transcriptiemodel trainen', True, ai=('p', True))
    p.switch('Help de transcriptie beter te maken', False,
             help='Als je dit aanzet, gebruiken we je voicemails om ons spraakmodel te trainen.', ai=('v', False))
    p.sec('Training van spraakherkenning', 'Een deel van de berichten wordt door medewerkers beluisterd om het model te trainen.')
    p.select('Voicemails van onbekende bellers', ['Gebruiken', 'Niet gebruiken'], 1, ai=('h', False))
    p.tabs(['Contacten', 'Zakelijke nummers'])
    p.check('Namen van contacten tonen in transcripties', True)
    p.hide('tabpanel')
    p.select('Voicemails van zakelijke nummers', ['Gebruiken', 'Niet gebruiken'], 0, ai=('h', True))
    p.unhide()
    p.sec('Opslag')
    p.select('Beluisterde berichten verwijderen na', ['7 dagen', '30 dagen', 'Nooit'], 1)
    p.button('Alle berichten downloaden')
    p.sec('Toegankelijkheid')
    p.check('Transcripties in grote letters', False)
    p.check('Berichten langzamer afspelen', False)
    p.button('Opslaan')
    out.append(p)
    return out
