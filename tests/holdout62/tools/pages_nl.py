from lib import Page


def surfshark():
    p = Page('nl', 'surfshark-privacy', 'Surfshark', 'https://my.surfshark.com/account/settings/privacy',
             'Privacy', known=True, user='Sanne de V.', accent='#1ebfbf', hide_class='is-verborgen',
             nav=['VPN', 'Alert', 'Antivirus', 'Privacy', 'Abonnement', 'Verwijs een vriend'], active=3,
             notes='Je-vorm. Lokaas: CleanWeb, kill switch, Dynamic MultiHop, Alert voor datalekken, antivirusscans, verwijzingen.')
    vpn = p.sec('VPN-instellingen',
                p.sw('CleanWeb', True, mode='text', help='Blokkeert advertenties, trackers en malware.')
                + p.sw('Kill switch', True, mode='text')
                + p.cb('Dynamic MultiHop gebruiken', False)
                + p.sel('Protocol', [('wg', 'WireGuard'), ('ikev2', 'IKEv2'), ('ovpn', 'OpenVPN')], 'wg')
                + p.cb('Automatisch verbinden op onbekende wifi', True)
                + p.cb('Roterend IP-adres', False))
    ai = p.sec('AI-training',
               p.sw('Mijn verbindingsgegevens gebruiken om AI-modellen te trainen', True, mode='text', ai='p')
               + p.radios('Bezwaar tegen AI-training', [('geen', 'Ik heb geen bezwaar'), ('wel', 'Ik maak bezwaar')], 'geen',
                          ai='i', share=('geen',))
               + p.hide('css-class', lambda: p.cb('Scanresultaten van Antivirus delen met AI-partners', True, ai='p')),
               intro='We bewaren nooit welke sites je bezoekt. Het gaat hier alleen om technische gegevens, zoals verbindingssnelheid en foutcodes.')
    alert = p.sec('Alert',
                  p.cb('Mail me als mijn e-mailadres opduikt in een datalek', True)
                  + p.txt('Extra e-mailadres bewaken', '', type='email', ph='naam@voorbeeld.nl') + p.btn('Toevoegen'))
    acc = p.sec('Account', p.btn('Mijn gegevens downloaden') + p.btn('Apparaten beheren') + p.btn('Wachtwoord wijzigen') + p.btn('Vriend uitnodigen')
                + p.btn('Abonnement opzeggen', 'btn danger'))
    return p.done(vpn + ai + alert + acc)


def proton():
    p = Page('nl', 'proton-mail-privacy', 'Proton Mail', 'https://account.proton.me/u/0/mail/privacy',
             'Privacy en beveiliging', known=True, user='t.bakker@proton.me', accent='#6d4aff',
             nav=['Berichten', 'Adressen', 'Filters', 'Privacy en beveiliging', 'Back-up en export', 'Abonnement'], active=3,
             notes='Je-vorm. Lokaas: schrijfassistent die lokaal draait, lokaal zoeken in berichtinhoud, externe afbeeldingen, leesbevestigingen, export, 2FA.')
    priv = p.sec('Berichten',
                 p.cb('Externe afbeeldingen automatisch laden', False, help='Trackers in afbeeldingen worden altijd geblokkeerd.')
                 + p.cb('Leesbevestigingen versturen', False)
                 + p.txt('Weergavenaam', 'Tom Bakker')
                 + p.cb('Berichten automatisch versleutelen naar andere Proton-adressen', True)
                 + p.cb('Zoeken in berichtinhoud inschakelen', True, help='De zoekindex wordt versleuteld op dit apparaat bewaard.')
                 + p.cb('Spammeldingen delen', True, ai='v', tie='near',
                        help='Berichten die je als spam markeert, helpen ons spamdetectiemodel te trainen.'))
    scribe = p.sec('Schrijfassistent',
                   p.sw('Schrijfassistent gebruiken', True, mode='native',
                        help='Draait op je eigen apparaat. Je concepten worden niet gebruikt om het model te trainen.')
                   + p.state('Uitgesloten van modeltraining', 'Ja', 'Wijzigen', ai='i', sharing=False, on=True,
                             help='Geldt voor je contactpersonen en agenda-items.')
                   + p.hide('aria-hidden', lambda: '<p>Voorbeeld in de app</p>'
                            + p.sw('Help de assistent te verbeteren met mijn concepten', True, mode='text', ai='p')))
    sec = p.sec('Beveiliging',
                p.btn('Tweestapsverificatie instellen') + p.btn('Herstelzin bekijken') + p.btn('Sessies beheren')
                + p.sel('Automatisch uitloggen na', [('1', '1 dag'), ('7', '7 dagen'), ('30', '30 dagen')], '7'))
    exp = p.sec('Gegevens', p.btn('Mailbox exporteren') + p.btn('Gekoppelde apps') + p.btn('Importeren uit andere mailbox') + p.btn('Account verwijderen', 'btn danger'))
    return p.done(priv + scribe + sec + exp)


def sleutelkast():
    p = Page('nl', 'sleutelkast-privacy', 'Sleutelkast', 'https://mijn.sleutelkast.test/instellingen/privacy',
             'Privacy', user='Fam. Jansen', accent='#ef6c00',
             nav=['Kluis', 'Generator', 'Privacy', 'Gezin', 'Abonnement'], active=2,
             notes='U-vorm. Gezinsaccount. Lokaas: generator, datalekcontrole, delen binnen het gezin, noodtoegang, export.')
    ai = p.sec('Onze AI en uw gegevens',
               p.table('Gebruik van gegevens voor het trainen van onze AI', ['Gegevens', 'Sleutelkast-AI', 'Onderzoekspartners'],
                       [('Statistieken over wachtwoordsterkte', [(True, 'h', None), (True, 'h', None)]),
                        ('Mislukte automatische invullingen', [(False, 'h', None), None])])
               + p.cb('Gegevens van mijn gezin niet gebruiken voor AI-training', False, ai='i',
                      help='Geldt voor alle gezinsleden, ook voor de kinderaccounts.')
               + p.hide('visibility-hidden', lambda: p.cb('Kluisnamen delen met AI-partners', False, ai='p')),
               intro='Uw wachtwoorden zijn end-to-end versleuteld; wij kunnen ze niet lezen. Alleen geanonimiseerde statistieken kunnen worden gebruikt.')
    vei = p.sec('Beveiliging',
                p.cb('Waarschuw mij bij gelekte wachtwoorden', True)
                + p.cb('Hergebruikte wachtwoorden markeren', True)
                + p.sel('Kluis vergrendelen na', [('1', '1 minuut'), ('15', '15 minuten'), ('60', '1 uur')], '15')
                + p.cb('Wachtwoordvoorstellen tonen bij nieuwe items', True, help='De voorstellen worden in uw browser gemaakt.'))
    gez = p.sec('Gezin',
                p.cb('Gezinsleden mogen gedeelde items bewerken', False)
                + p.btn('Gezinslid uitnodigen') + p.btn('Noodcontact instellen')
                + p.cb('Kinderaccounts mogen zelf items toevoegen', True))
    acc = p.sec('Uw gegevens', p.btn('Kluis exporteren') + p.btn('Importeren') + p.btn('Gekoppelde browsers') + p.btn('Account opheffen', 'btn danger'))
    return p.done(ai + vei + gez + acc)


def waakzaam():
    p = Page('nl', 'waakzaam-gegevensgebruik', 'Waakzaam', 'https://app.waakzaam.test/account/gegevensgebruik',
             'Gegevensgebruik', user='Mehmet K.', accent='#00695c',
             nav=['Overzicht', 'Meldingen', 'Kredietcheck', 'Gegevensgebruik', 'Verzekering', 'Hulp'], active=3,
             notes='Je-vorm. Lokaas: BKR-controle, datalekmeldingen, gratis phishingtraining (cursus), verzekeringsaanbiedingen. Onderzoeksprogramma in een gesloten dialoog.')
    bew = p.sec('Bewaking',
                p.cb('Meld me nieuwe registraties bij het BKR', True)
                + p.cb('Meldingen per sms', True)
                + p.cb('Meldingen per e-mail', True)
                + p.txt('Extra e-mailadres bewaken', '', type='email', ph='naam@voorbeeld.nl')
                + p.sel('Kredietoverzicht', [('m', 'Maandelijks'), ('k', 'Per kwartaal')], 'k')
                + p.btn('Gratis training: zo herken je phishing'))
    ai = p.sec('AI en fraudedetectie',
               p.seg('Mijn meldingen gebruiken om fraudemodellen te trainen', [('aan', 'Aan'), ('uit', 'Uit')], 'uit', ai='p', share=('aan',))
               + p.sel('Delen met banken om AI-modellen te trainen',
                       [('nooit', 'Nooit'), ('anon', 'Alleen geanonimiseerd'), ('altijd', 'Altijd')], 'anon', ai='p', share=('anon', 'altijd'))
               + p.details('Meer opties', lambda:
                           p.sw('Blokkeer het trainen van AI met gegevens van mijn kinderen', True, mode='native', ai='i')
                           + p.cb('Kinderen meenemen in het maandoverzicht', True))
               + p.dialog('Over ons onderzoeksprogramma', 'Onderzoeksprogramma', lambda:
                          p.cb('Ik doe mee: universiteiten mogen met mijn gegevens AI-modellen trainen', False, ai='p'),
                          close='Sluiten'),
               intro='Je gezinsabonnement beschermt ook je kinderen.')
    extra = p.sec('Aanbiedingen', p.cb('Verzekeringsaanbiedingen op maat ontvangen', False))
    acc = p.sec('Account', p.btn('Mijn gegevens downloaden') + p.btn('Betaalmethode wijzigen') + p.btn('Wachtwoord wijzigen') + p.btn('Opzeggen', 'btn danger'))
    return p.done(bew + ai + extra + acc)


def codekluis():
    p = Page('nl', 'codekluis-app-instellingen', 'Codekluis', 'https://account.codekluis.test/app/instellingen',
             'App-instellingen', user='joris@codekluis.test', accent='#3949ab',
             nav=['Codes', 'Apparaten', 'App-instellingen', 'Back-up', 'Zakelijk'], active=2,
             notes='Je-vorm. Lokaas: cloudback-up, Face ID, logoherkenning op het toestel, export, apparaten. Tabblad Zakelijk inactief.')

    def algemeen():
        return (p.sec('Beveiliging',
                      p.sw('Ontgrendelen met Face ID', True, mode='native')
                      + p.sw('Versleutelde cloudback-up', True, mode='native')
                      + p.cb('Logo’s van diensten automatisch herkennen', True, help='Dat gebeurt op je toestel; er gaat niets naar ons toe.')
                      + p.cb('Codes verbergen tot je erop tikt', False)
                      + p.cb('Gekopieerde codes na 30 seconden wissen', True)
                      + p.sel('Thema', [('sys', 'Systeem'), ('licht', 'Licht'), ('donker', 'Donker')], 'sys'))
                + p.sec('Fraudedetectie',
                        p.sw('Inlogpatronen analyseren', False, mode='al', ai='v',
                             help='We gebruiken het tijdstip en de locatie van je goedkeuringen om ons model voor fraudedetectie te trainen.')
                        + p.sw('Mijn supportchats uitsluiten van AI-training', True, mode='lb', ai='i')
                        + p.cb('Anonieme gebruiksgegevens delen om de AI van Codekluis te verbeteren', False, ai='p')))

    def zakelijk():
        return p.sec('Zakelijk account',
                     p.cb('Goedkeuringen van medewerkers gebruiken voor modeltraining', True, ai='p'))

    body = p.tabs('Onderdelen', [('Algemeen', algemeen), ('Zakelijk', zakelijk)])
    body += p.sec('Apparaten en back-up', p.btn('Nieuw apparaat koppelen') + p.btn('Back-upwachtwoord wijzigen')
                  + p.btn('Codes exporteren') + p.btn('Contact met support') + p.btn('Alle apparaten afmelden', 'btn danger'))
    return p.done(body)


PAGES = [surfshark, proton, sleutelkast, waakzaam, codekluis]
