from lib import Page
from common import chrome


def ionos():
    c = chrome('Suche', 'Produkte, Verträge, Hilfe durchsuchen', 'Sprache', 'Mein Konto', 'Kundenbereich',
               [('Persönliche Daten', '/persoenliche-daten'), ('Rechnungen', '/rechnungen'), ('Abmelden', '/logout')],
               [('Impressum', '/impressum'), ('Datenschutz', '/datenschutz'), ('AGB', '/agb'), ('Kontakt', '/kontakt')],
               '© 2025 {brand} SE')
    p = Page('de', 'ionos-datenschutz-einstellungen', 'https://mein.ionos.de/datenschutz-einstellungen',
             'IONOS', 'Datenschutz-Einstellungen',
             'Nachbau der Kundenbereichsseite eines bekannten Hosters (Sie-Form). Invertierter Button-Switch per '
             'aria-label ("Widerspruch …", an), schlichte Radio-Gruppe, Statuszeile mit visuell verstecktem '
             'Suffix, deren Statustext das Training nennt; Schalter mit visibility:hidden; KI-Baukasten- und '
             'Nutzungsanalyse-Köder.',
             [('Übersicht', '/'), ('Verträge', '/vertraege'), ('Domains &amp; SSL', '/domains'),
              ('Datenschutz', '/datenschutz-einstellungen'), ('Rechnungen', '/rechnungen')], c, known=True,
             accent='#003d8f', nav_current=3,
             intro='Hier legen Sie fest, wie IONOS Ihre Vertrags-, Nutzungs- und Inhaltsdaten verwenden darf.')
    p.add(
        p.sec('Kontakt &amp; Werbung',
              p.text('Ansprechpartner', 'Dr. Henrike Sommer'),
              p.text('E-Mail-Adresse für Rechnungen', 'buchhaltung@sommer-praxis.example', type='email'),
              p.cb('IONOS Newsletter mit Angeboten und Tipps erhalten', False),
              p.cb('Telefonische Beratung zu neuen Produkten erlauben', False),
              p.seg('Werbe-E-Mails', [('Alle', None), ('Nur wichtige', None), ('Keine', None)], 1),
              p.select('Sprache für Rechnungen', [('Deutsch', None), ('Englisch', None)], 0)),
        p.sec('Sicherheit &amp; Verträge',
              p.button('Zwei-Faktor-Anmeldung einrichten'),
              p.cb('Domains automatisch verlängern', True, switch=True)),
        p.sec('Daten &amp; künstliche Intelligenz',
              p.cb('KI-Assistent im Website-Baukasten anzeigen', True, switch=True,
                   help='Schlägt Texte und Bilder für Ihre Seiten vor, sobald Sie ihn aufrufen.'),
              p.cb('Nutzungsanalyse im Kundenbereich', True,
                   help='Wir werten Klickpfade im Kundenbereich aus, um Menüs übersichtlicher zu machen. '
                        'Diese Daten werden nicht für das Training von KI-Modellen verwendet.'),
              p.radios('Dürfen wir Inhalte Ihrer Website zum Training unserer KI-Modelle nutzen?',
                       [('Ja', True), ('Nein', False)], 0, ai='p'),
              p.bsw('Widerspruch gegen die Nutzung meiner Daten für KI-Training', True, ai='i'),
              p.state('Programm zur Produktverbesserung',
                      'Aktiv – Ihre Supportanfragen und Chatverläufe fließen in das Training des IONOS KI-Assistenten ein.',
                      'Abmelden', 'vom Programm zur Produktverbesserung', sharing=True, ai='v'),
              p.hide('vis', p.cb('E-Mail-Postfächer für das Training von Spamfiltern freigeben', True, switch=True, ai='p'))),
        p.sec('Ihre Daten',
              p.button('Datenauskunft anfordern'),
              p.button('Vertrag kündigen')),
    )
    return p


def jimdo():
    c = chrome('Suche', 'Suchen', 'Sprache', 'Konto', 'Einstellungen',
               [('Mein Profil', '/account/profile'), ('Paket &amp; Zahlung', '/account/billing'), ('Ausloggen', '/logout')],
               [('Impressum', '/de/info/impressum/'), ('Datenschutz', '/de/info/datenschutz/'), ('Hilfe', '/de/hilfe/')],
               '© 2025 {brand} GmbH')
    p = Page('de', 'jimdo-konto-datenschutz', 'https://account.jimdo.com/de/account/privacy/',
             'Jimdo', 'Datenschutz &amp; Daten',
             'Nachbau einer bekannten Baukasten-Kontoseite (du-Form). Zwei Segment-Schalter, deren Namen nur '
             '"Texte deiner Seiten" / "Bilder und Logos" lauten – nur die Gruppenüberschrift nennt KI-Training; '
             'schlichter Switch (aus); ein Switch im hidden-Block. Köder: KI-Textvorschläge, Online-Kurs, Statistik.',
             [('Profil', '/account/profile'), ('Datenschutz', '/account/privacy'), ('Domains', '/account/domains'),
              ('Paket', '/account/billing')], c, known=True, accent='#1a1a1a', nav_current=1)
    p.add(
        p.sec('Deine Website',
              p.text('Seitentitel', 'Töpferei Wendland'),
              p.select('Sprache der Website', [('Deutsch', None), ('Englisch', None), ('Französisch', None)], 0),
              p.cb('Cookie-Banner anzeigen', True, switch=True),
              p.cb('Jimdo-Logo im Footer ausblenden', False),
              p.radios('Passwortschutz für Unterseiten', [('Aus', None), ('Für ausgewählte Seiten', None)], 0),
              p.cb('Besucherstatistik aktivieren', True)),
        p.sec('KI bei Jimdo',
              p.cb('KI-Textvorschläge beim Anlegen neuer Seiten', True, switch=True,
                   help='Du bekommst einen ersten Entwurf und kannst ihn beliebig anpassen.'),
              p.cb('Meine Shop-Daten zum Verbessern der Jimdo-KI verwenden', False, switch=True, ai='p'),
              p.grp('Was Jimdo für das KI-Training nutzen darf',
                    p.seg('Texte deiner Seiten', [('Ja', True), ('Nein', False)], 1, ai='h'),
                    p.seg('Bilder und Logos', [('Ja', True), ('Nein', False)], 0, ai='h'),
                    intro='Lege fest, welche Inhalte deiner Website Jimdo zum Trainieren seiner KI-Modelle verwenden darf. '
                          'Änderungen gelten ab dem nächsten Trainingsdurchlauf.'),
              p.hide('attr', p.cb('Inhalte für das KI-Training von Partnern freigeben', False, ai='p'))),
        p.sec('Benachrichtigungen &amp; Lernen',
              p.cb('Nachrichten aus dem Kontaktformular per E-Mail weiterleiten', True),
              p.cb('Jimdo-Newsletter erhalten', False),
              p.button('Für den Online-Kurs „Erfolgreich verkaufen“ anmelden')),
        p.sec('Daten',
              p.button('Daten exportieren'),
              p.button('Website offline schalten')),
    )
    return p


def domainhafen():
    c = chrome('Suche', 'Domain oder Thema suchen', 'Sprache', 'Kundenkonto', 'Kundenbereich',
               [('Stammdaten', '/konto/stammdaten'), ('Rechnungen', '/konto/rechnungen'), ('Abmelden', '/logout')],
               [('Impressum', '/impressum'), ('Datenschutz', '/datenschutz'), ('Preise', '/preise')],
               '{brand} – Domains aus Hamburg')
    p = Page('de', 'domainhafen-datennutzung', 'https://kundenbereich.domainhafen.test/konto/datennutzung',
             'Domainhafen', 'Datennutzung',
             'Erfundener Domain-Registrar (Sie-Form). Vage Checkbox "Zur Verbesserung unserer Dienste beitragen" '
             '(Hilfetext nennt Training), invertierte Auswahl "KI-Training durch Drittanbieter sperren", '
             'Tabelle mit Spaltenkopf "Für KI-Training freigeben" (Zeile = Domain) neben WHOIS-Köderspalte; '
             'Checkbox im geschlossenen <dialog>.',
             [('Domains', '/domains'), ('DNS', '/dns'), ('E-Mail', '/email'), ('Konto', '/konto')], c,
             accent='#0b6e99', nav_current=3)
    p.add(
        p.sec('Domains',
              p.table('Datennutzung je Domain', ['WHOIS-Privatsphäre', 'Für KI-Training freigeben'],
                      [('hafenkiosk.de', [True, False]), ('elbgruen.de', [True, True])], ai_cols={1: 'h'}),
              p.cb('Domains automatisch verlängern', True, switch=True),
              p.select('Standard-Nameserver', [('Domainhafen DNS', None), ('Eigene Nameserver', None)], 0)),
        p.sec('Verbesserung &amp; KI',
              p.cb('Zur Verbesserung unserer Dienste beitragen', True, ai='v',
                   help='Dabei nutzen wir Ihre DNS-Einstellungen und Ihre Suchanfragen im Domain-Check, '
                        'um unsere Modelle für Namensvorschläge zu trainieren.'),
              p.select('KI-Training durch Drittanbieter sperren', [('Ja, sperren', False), ('Nein', True)], 0, ai='i'),
              p.cb('KI-Namensvorschläge im Domain-Check anzeigen', True, switch=True),
              p.opener('Weitere Optionen zur Datennutzung'),
              p.hide('dialog', p.cb('Zonendaten an Forschungspartner für Modelltraining weitergeben', True, ai='p'),
                     title='Weitere Optionen zur Datennutzung', close='Schließen')),
        p.sec('Kommunikation',
              p.text('Technischer Kontakt', 'admin@elbgruen.example', type='email'),
              p.cb('Hinweise zu auslaufenden Domains per SMS', False),
              p.cb('Angebote für neue Domainendungen erhalten', False),
              p.radios('Rechnungsversand', [('Per E-Mail', None), ('Per Post (1,50 €)', None)], 0),
              p.button('Zwei-Faktor-Anmeldung verwalten'),
              p.button('Alle Daten herunterladen')),
    )
    return p


def regalwerk():
    c = chrome('Suche', 'Bestellungen, Artikel oder Einstellungen suchen', 'Sprache', 'Händlerkonto', 'Shop-Verwaltung',
               [('Profil', '/profil'), ('Shop wechseln', '/shops'), ('Abmelden', '/logout')],
               [('Hilfe', '/hilfe'), ('Datenschutz', '/datenschutz'), ('Händler-AGB', '/agb')],
               '© 2025 {brand}')
    p = Page('de', 'regalwerk-ki-einstellungen', 'https://admin.regalwerk.test/einstellungen/ki-und-daten',
             'Regalwerk', 'KI &amp; Daten',
             'Erfundene Shop-Verwaltung (du-Form). Schlichte role=radiogroup, invertierte Checkbox '
             '"Kundendaten vom Modelltraining ausnehmen" (aus), vager Button-Switch mit Textinhalt '
             '"Regalwerk Insights verbessern" (Hilfetext nennt Training); ein weiterer Trainingsschalter liegt '
             'im inaktiven Tab. Köder: KI-Produktbeschreibungen, Betrugserkennung, Lagerwarnung.',
             [('Start', '/'), ('Bestellungen', '/bestellungen'), ('Artikel', '/artikel'), ('Kunden', '/kunden'),
              ('Einstellungen', '/einstellungen')], c, accent='#2b8a3e', nav_current=4)
    p.add(
        p.tabs('Einstellungsbereiche', [
            ('KI &amp; Daten', [
                p.cb('Produktbeschreibungen mit KI vorschlagen', True, switch=True,
                     help='Die Vorschläge erscheinen als Entwurf im Artikel-Editor.'),
                p.radios('Produktdaten für das Training der Regalwerk-KI freigeben',
                         [('Freigeben', True), ('Nicht freigeben', False)], 0, aria=True, ai='p'),
                p.cb('Kundendaten vom Modelltraining ausnehmen', False, ai='i'),
                p.bsw('Regalwerk Insights verbessern', False, by='text', ai='v',
                      help='Mit deinen Bestell- und Retourendaten trainieren wir die Absatzprognosen für alle Händler.'),
                p.cb('Verdächtige Bestellungen automatisch markieren', True, switch=True),
            ]),
            ('Partner', [
                p.cb('Verkaufsdaten an Marktplatz-Partner für deren KI-Training weitergeben', True, ai='p'),
            ]),
        ]),
        p.sec('Shop',
              p.text('Shopname', 'Kaffeerösterei Ostwind'),
              p.select('Währung', [('Euro (€)', None), ('Schweizer Franken (CHF)', None)], 0),
              p.cb('Preise inkl. MwSt. anzeigen', True),
              p.cb('Gastbestellungen erlauben', True, switch=True),
              p.text('Warnung bei Lagerbestand unter', '10', type='number'),
              p.radios('Versandkosten', [('Pauschal', None), ('Nach Gewicht', None), ('Kostenlos ab 40 €', None)], 2),
              p.cb('Tägliche Umsatzübersicht per E-Mail', False),
              p.cb('Erinnerung bei abgebrochenen Warenkörben', True),
              p.button('Kundenliste exportieren')),
    )
    return p


def federkiel():
    c = chrome('Suche', 'Beiträge und Ausgaben durchsuchen', 'Sprache', 'Mein Konto', 'Publikation',
               [('Profil', '/profil'), ('Abrechnung', '/abrechnung'), ('Abmelden', '/abmelden')],
               [('Impressum', '/impressum'), ('Datenschutz', '/datenschutz'), ('Nutzungsbedingungen', '/bedingungen')],
               '{brand} – Newsletter und Blogs')
    p = Page('de', 'federkiel-publikation-datenschutz', 'https://app.federkiel.test/publikation/einstellungen/datenschutz',
             'Federkiel', 'Datenschutz der Publikation',
             'Erfundene Newsletter-/Blog-Plattform (Sie-Form). Auswahlfeld "Archivierte Ausgaben" nur unter einer '
             'Überschrift zum Sprachmodell-Training, Statuszeile mit aria-labelledby ("Einschalten" + Titel), '
             'invertierter Switch "Meine Texte vor KI-Crawlern schützen" in geschlossenem <details> (gilt als '
             'sichtbar); per CSS-Klasse ausgeblendeter Schalter. Köder: KI-Betreffzeilen, Öffnungsraten.',
             [('Beiträge', '/beitraege'), ('Abonnenten', '/abonnenten'), ('Design', '/design'),
              ('Einstellungen', '/einstellungen')], c, accent='#5f3dc4', hide_class='d-none', nav_current=3)
    p.add(
        p.sec('Publikation',
              p.text('Name der Publikation', 'Randnotizen'),
              p.text('Absenderadresse', 'post@randnotizen.example', type='email'),
              p.radios('Sichtbarkeit des Archivs', [('Öffentlich', None), ('Nur Abonnenten', None)], 0),
              p.cb('Kommentare unter Beiträgen zulassen', True),
              p.cb('Geschätzte Lesezeit anzeigen', True, switch=True),
              p.cb('Öffnungsraten messen', True, help='Zählpixel in E-Mails, nur für Ihre Statistik.')),
        p.sec('Training von Sprachmodellen',
              p.select('Archivierte Ausgaben', [('Einbeziehen', True), ('Nicht einbeziehen', False)], 1, ai='h'),
              p.state('KI-Training mit Abonnentendaten',
                      'Ausgeschaltet. Öffnungs- und Klickdaten Ihrer Leserinnen und Leser werden nicht zum Trainieren '
                      'unserer Modelle genutzt.', 'Einschalten', by='labelledby', sharing=False, ai='p'),
              p.hide('class', p.cb('Entwürfe für das Modelltraining freigeben', True, switch=True, ai='p')),
              intro='Ihre veröffentlichten Beiträge können in das Training der Sprachmodelle einfließen, '
                    'mit denen Federkiel Zusammenfassungen und Schreibvorschläge erstellt.'),
        p.sec('Schreibhilfen',
              p.cb('Betreffzeilen mit KI vorschlagen', False, switch=True),
              p.cb('Rechtschreibprüfung im Editor', True, switch=True),
              p.details('Erweiterte Einstellungen',
                        p.cb('Meine Texte vor KI-Crawlern schützen', False, switch=True, ai='i',
                             help='Setzt für Ihre Publikation einen Ausschluss für bekannte KI-Crawler.'),
                        p.cb('RSS-Feed nur mit Anrisstext ausliefern', False))),
        p.sec('Konto',
              p.cb('Monatlichen Bericht per E-Mail erhalten', True),
              p.button('Abonnentenliste exportieren'),
              p.button('Publikation löschen')),
    )
    return p


PAGES = [ionos, jimdo, domainhafen, regalwerk, federkiel]
