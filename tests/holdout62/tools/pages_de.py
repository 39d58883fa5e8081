from lib import Page


def tuta():
    p = Page('de', 'tuta-datenschutz', 'Tuta', 'https://app.tuta.com/settings/privacy', 'Datenschutz',
             known=True, user='L. Brandt', accent='#850122',
             nav=['E-Mail', 'Kontakte', 'Kalender', 'Datenschutz', 'Sicherheit', 'Abo & Rechnungen'], active=3,
             notes='Decoys: lokaler Suchindex, externe Inhalte, Spamschutz-Stufe, Newsletter, Sitzungen, Export, 2FA. KI-Forschungsprogramm nur im geschlossenen Dialog.')
    mail = p.sec('Posteingang',
                 p.cb('Externe Inhalte automatisch laden', False,
                      help='Bilder von fremden Servern können verraten, wann Sie eine E-Mail öffnen.')
                 + p.sel('Spamschutz', [('aus', 'Aus'), ('mittel', 'Mittel'), ('hoch', 'Hoch')], 'mittel')
                 + p.sw('Spam-Rückmeldungen teilen', False, mode='lb', ai='v', state_text='Aus',
                        help='Wenn Sie eine Nachricht als Spam markieren, fließen ihre Merkmale in das Training unseres Spamfilter-Modells ein, von dem alle Konten profitieren.')
                 + p.cb('Suchindex auf diesem Gerät aufbauen', True,
                        help='Die Volltextsuche läuft ausschließlich lokal; der Index verlässt Ihr Gerät nicht.'))
    ki = p.sec('Künstliche Intelligenz',
               p.cb('Meine Postfachdaten vom KI-Training ausschließen', False, ai='i')
               + p.dialog('Mehr über das KI-Forschungsprogramm', 'KI-Forschungsprogramm', lambda:
                          '<p>Wir erforschen gemeinsam mit einer Hochschule, wie sich Phishing früher erkennen lässt.</p>'
                          + p.cb('Am KI-Forschungsprogramm teilnehmen und Metadaten bereitstellen', False, ai='p'),
                          close='Schließen'),
               intro='Tuta verschlüsselt Ihr Postfach Ende-zu-Ende. Einige Funktionen verwenden trotzdem Metadaten – hier entscheiden Sie darüber.')
    note = p.sec('Benachrichtigungen',
                 p.cb('Push-Benachrichtigungen für neue E-Mails', True)
                 + p.cb('Erinnerungen an Kalendertermine', True)
                 + p.cb('Newsletter mit Produktneuigkeiten erhalten', False)
                 + p.sel('Benachrichtigungston', [('standard', 'Standard'), ('leise', 'Dezent'), ('aus', 'Kein Ton')], 'standard'))
    sec = p.sec('Konto & Sicherheit',
                p.btn('Zwei-Faktor-Authentifizierung einrichten') + p.btn('Aktive Sitzungen anzeigen')
                + p.btn('Postfach exportieren') + p.btn('Wiederherstellungscode erneuern')
                + p.btn('Konto löschen', 'btn danger'))
    return p.done(mail + ki + note + sec)


def avira():
    p = Page('de', 'avira-datenschutz', 'Avira', 'https://my.avira.com/de/einstellungen/datenschutz',
             'Datenschutz-Einstellungen', known=True, user='Herr Yilmaz', accent='#d4111b',
             nav=['Übersicht', 'Geräte', 'Datenschutz-Einstellungen', 'Abonnements', 'Downloads'], active=2,
             notes='Decoys: Echtzeitschutz, Browserschutz, VPN-Autostart, Angebote per E-Mail, Datenauskunft. Mobilgeräte-Tab inaktiv.')

    def allgemein():
        return (p.sec('Schutzfunktionen',
                      p.sw('Echtzeitschutz', True, mode='native')
                      + p.sw('Browserschutz', True, mode='native')
                      + p.cb('Phantom VPN beim Verbinden mit offenen WLANs starten', False)
                      + p.cb('Downloads vor dem Öffnen prüfen', True))
                + p.sec('Trainingsdaten für unsere Erkennungsmodelle',
                        p.table('Welche Daten Avira zum Trainieren verwenden darf',
                                ['Datenart', 'Windows-PC', 'Android-Smartphone'],
                                [('Verdächtige Dateien', [(True, 'h', None), (True, 'h', None)]),
                                 ('Aufgerufene Webadressen (gekürzt)', [(False, 'h', None), None])])
                        + p.radios('Avira Cloud-Intelligenz mit meinen Scandaten trainieren',
                                   [('ja', 'Ja, anonymisiert'), ('nein', 'Nein')], 'nein', ai='p', share=('ja',)),
                        intro='Neue Schadsoftware erkennen wir schneller, wenn unsere Modelle aus echten Funden lernen. Legen Sie pro Gerät fest, was dafür verwendet werden darf.')
                + p.sec('Werbung & Kommunikation',
                        p.cb('Angebote und Rabatte per E-Mail', True, help='Auf Basis Ihrer gekauften Produkte.')
                        + p.cb('Hinweise zu Sicherheitslücken in installierten Programmen', True)))

    def mobil():
        return p.sec('Avira Security für Android',
                     p.sw('App-Nutzungsdaten zum Training der Betrugserkennung senden', True, mode='lb', ai='p')
                     + p.cb('Diebstahlschutz aktivieren', True))

    body = p.tabs('Bereiche', [('Allgemein', allgemein), ('Mobilgeräte', mobil)])
    body += p.sec('Ihre Daten', p.btn('Datenauskunft anfordern') + p.btn('Lizenzschlüssel anzeigen') + p.btn('Passwort ändern') + p.btn('Gerät entfernen', 'btn danger'))
    return p.done(body)


def tresorly():
    p = Page('de', 'tresorly-privatsphaere', 'Tresorly', 'https://app.tresorly.test/einstellungen/privatsphaere',
             'Privatsphäre', user='Jonas', accent='#2f6f4e',
             nav=['Tresor', 'Generator', 'Privatsphäre', 'Notfallzugang', 'Familie', 'Abo'], active=2,
             notes='Du-Form. Decoys: Generator-Vorschläge, Phishing-Warnung, Teilen mit Familie, Export, Notfallzugang. Widerspruch noch nicht eingelegt.')
    ki = p.sec('KI bei Tresorly',
               p.sw('KI-Modelle mit meinen Nutzungsdaten verbessern', False, mode='text', ai='p')
               + p.state('Widerspruch gegen KI-Training', 'Nicht eingelegt', 'Widerspruch einlegen',
                         suffix='gegen die Nutzung deiner Daten für KI-Training', ai='i', sharing=True,
                         help='Du kannst jederzeit widersprechen. Bereits trainierte Modelle bleiben davon unberührt.')
               + p.cb('Passwort-Vorschläge beim Anlegen neuer Einträge', True,
                      help='Die Vorschläge entstehen lokal in deinem Browser.')
               + p.details('Erweiterte Einstellungen', lambda:
                           p.cb('Tresorstruktur nicht für das Modelltraining verwenden', True, ai='i')
                           + p.cb('Ordnernamen in Statistiken anonymisieren', True))
               + p.hide('hidden-attr', lambda: p.cb('Fehlgeschlagene Autofill-Versuche an KI-Partner weitergeben', True, ai='p')),
               intro='Deine Passwörter sind Ende-zu-Ende-verschlüsselt und für uns nie lesbar. Hier geht es um Metadaten wie Eintragstypen und Nutzungszeiten.')
    schutz = p.sec('Schutz',
                   p.cb('Vor Phishing-Seiten warnen', True)
                   + p.cb('Wiederverwendete Passwörter markieren', True)
                   + p.sel('Tresor automatisch sperren nach', [('1', '1 Minute'), ('15', '15 Minuten'), ('60', '1 Stunde')], '15')
                   + p.sel('Standardlänge im Passwortgenerator', [('16', '16 Zeichen'), ('24', '24 Zeichen'), ('32', '32 Zeichen')], '24')
                   + p.cb('Tresorly-Symbol in Eingabefeldern anzeigen', True))
    teilen = p.sec('Teilen & Familie',
                   p.cb('Familienmitglieder dürfen geteilte Einträge bearbeiten', False)
                   + p.btn('Familienmitglied einladen') + p.btn('Notfallkontakt festlegen'))
    daten = p.sec('Deine Daten', p.btn('Tresor exportieren') + p.btn('Verbundene Apps verwalten') + p.btn('Konto löschen', 'btn danger'))
    return p.done(ki + schutz + teilen + daten)


def idwacht():
    p = Page('de', 'idwacht-datennutzung', 'IDwacht', 'https://mein.idwacht.test/konto/datennutzung',
             'Datennutzung', user='Frau Keller', accent='#0b5f8a',
             nav=['Übersicht', 'Überwachung', 'Bonität', 'Datennutzung', 'Versicherung', 'Hilfe'], active=3,
             notes='Sie-Form. Decoys: Darknet-Überwachung, SMS-Warnungen, Phishing-Schulung (Kurs), Versicherungsangebote, Bonitätsauskunft.')
    mon = p.sec('Überwachung',
                p.txt('Weitere E-Mail-Adresse überwachen', '', type='email', ph='name@beispiel.de')
                + p.btn('Hinzufügen')
                + p.cb('Darknet-Funde sofort per SMS melden', True)
                + p.cb('Warnung bei neuen Kreditanfragen auf meinen Namen', True)
                + p.sel('Bonitätsauskunft abrufen', [('monat', 'Monatlich'), ('quartal', 'Vierteljährlich')], 'quartal'))
    spende = p.sec('Datenspende für die Betrugserkennung',
                   p.sel('Datenspende', [('keine', 'Keine'), ('warn', 'Nur Warnmeldungen'), ('alle', 'Alle Prüfergebnisse')], 'warn',
                         ai='v', share=('warn', 'alle'),
                         help='Gespendete Prüfergebnisse werden pseudonymisiert und zum Anlernen unseres Betrugserkennungsmodells genutzt.')
                   + p.sw('Meine Familienmitglieder vom Training ausnehmen', True, mode='div', ai='i')
                   + p.cb('Forschungspartnern erlauben, mit meinen Daten KI-Modelle zu trainieren', False, ai='p')
                   + p.hide('inline-display-none',
                            lambda: p.cb('Auskunfteien dürfen meine Warnhistorie für ihre Scoring-Modelle nutzen', False, ai='p')),
                   intro='Ihr Familientarif schützt auch Ihre Angehörigen. Die folgenden Einstellungen gelten für alle Personen im Tarif.')
    extra = p.sec('Angebote & Weiterbildung',
                  p.cb('Personalisierte Versicherungsangebote anzeigen', False)
                  + p.btn('Online-Schulung „Phishing erkennen“ buchen')
                  + p.cb('Monatlichen Sicherheits-Newsletter erhalten', True))
    konto = p.sec('Konto', p.btn('Meine Daten herunterladen') + p.btn('Zahlungsmethode ändern') + p.btn('Passwort ändern')
                  + p.btn('Vertrag kündigen', 'btn danger'))
    return p.done(mon + spende + extra + konto)


def zweifach():
    p = Page('de', 'zweifach-app-einstellungen', 'Zweifach', 'https://konto.zweifach.test/app/einstellungen',
             'App-Einstellungen', user='mika@posteo.test', accent='#5a3cc9', hide_class='ist-versteckt',
             nav=['Tokens', 'Geräte', 'App-Einstellungen', 'Backup', 'Support'], active=2,
             notes='Du-Form. Decoys: Cloud-Backup, Face ID, Symbolerkennung auf dem Gerät, Geräteverwaltung, QR-Export.')
    app = p.sec('Sicherheit der App',
                p.sw('Mit Face ID entsperren', True, mode='native')
                + p.sw('Verschlüsseltes Cloud-Backup', True, mode='native')
                + p.cb('Dienst-Logos automatisch erkennen', True,
                       help='Die Erkennung läuft auf deinem Gerät; es werden keine Daten übertragen.')
                + p.cb('Codes beim Kopieren nach 30 Sekunden aus der Zwischenablage löschen', True)
                + p.sel('Code-Anzeige', [('6', '6-stellig gruppiert'), ('plain', 'Ohne Gruppierung')], '6')
                + p.cb('Codes erst nach Antippen einblenden', False)
                + p.sel('Design', [('auto', 'Wie System'), ('hell', 'Hell'), ('dunkel', 'Dunkel')], 'auto'))
    muster = p.sec('Anmeldemuster für die Betrugserkennung',
                   p.sw('Meine Anmeldemuster beisteuern', True, mode='native', ai='h')
                   + p.seg('Vom Modelltraining ausgeschlossen', [('ja', 'Ja'), ('nein', 'Nein')], 'ja', ai='i', share=('nein',),
                           help='Betrifft Screenshots und Chatverläufe aus dem Support.')
                   + p.hide('css-class', lambda: p.sw('Push-Freigaben zum Training an Partnerbanken übermitteln', True, mode='al', ai='p')),
                   intro='Mit deiner Erlaubnis lernt unser Modell aus Zeitpunkt und Ort deiner Anmeldungen, damit verdächtige Freigaben früher auffallen.')
    diag = p.sec('Diagnose',
                 p.sw('Absturzberichte und Nutzungsdaten für das KI-Training verwenden', False, mode='al', ai='p')
                 + p.cb('Anonyme Nutzungsstatistik senden', True,
                        help='Nur Zählwerte wie die Zahl der Tokens – nicht für das Training von Modellen.'))
    ger = p.sec('Geräte & Backup',
                p.btn('Neues Gerät koppeln') + p.btn('Backup-Passwort ändern') + p.btn('Tokens als QR-Code exportieren') + p.btn('Support kontaktieren')
                + p.btn('Alle Geräte abmelden', 'btn danger'))
    return p.done(app + muster + diag + ger)


PAGES = [tuta, avira, tresorly, idwacht, zweifach]
