from lib import Page, make_chrome

BASE = dict(skip='Zum Inhalt springen', search='Suche', search_ph='Suchen',
            lang_label='Sprache', nav_label='Einstellungen', footer_label='Fußzeile',
            menu=['Profil', 'Merkliste', 'Hilfe', 'Abmelden'],
            footer=['Impressum', 'Datenschutz', 'AGB', 'Barrierefreiheit', 'Kontakt'],
            copy_tpl='© 2025 {brand}')


def immoscout():
    c = make_chrome(BASE, 'ImmoScout24', ['Meine Daten', 'Suchaufträge', 'MieterPlus', 'Benachrichtigungen', 'Datenschutz', 'Sicherheit'],
                    'Mein Konto', ['de', 'en'], current=4, search_ph='Ort, Stadtteil oder PLZ',
                    menu=['Merkzettel', 'Suchaufträge', 'Meine Anfragen', 'Mein Profil', 'Abmelden'],
                    footer=['Über uns', 'Karriere', 'Impressum', 'Datenschutz', 'Cookie-Einstellungen', 'AGB'],
                    copy='© Copyright 1999–2025 Immobilien Scout GmbH')
    pg = Page('de', 'immoscout24-datenschutz', 'ImmoScout24', 'https://www.immobilienscout24.de/meinkonto/datenschutz/',
              'Datenschutz-Einstellungen', c, known=True, tone='Sie',
              notes='Suchenden-Konto; Mietpreis-Check, Bonitätsauskunft und MieterProfil-Freigabe sind Köder.')
    with pg.section('Suchaufträge und Benachrichtigungen'):
        pg.select('Neue Angebote per E-Mail', ['Sofort', 'Täglich', 'Wöchentlich', 'Nie'], 0)
        pg.cb('Push-Nachricht bei Preissenkung auf dem Merkzettel', True)
        pg.cb('Erinnerung an vereinbarte Besichtigungstermine', True)
    with pg.section('Ihr MieterProfil'):
        pg.cb('MieterProfil bei Anfragen automatisch mitsenden', True,
              help='Anbieter sehen Haushaltsgröße, Einkommen und Einzugstermin. Ihre Bonitätsauskunft geben Sie jedes Mal einzeln frei.')
        pg.btn('Bonitätscheck anfordern', 'btn btn-secondary')
        pg.cb('Anbieter dürfen mich nach einer Absage für ähnliche Wohnungen anschreiben', False)
    with pg.section('Mietpreis-Check', 'Der Mietpreis-Check schätzt mit einem KI-Modell, ob eine Miete ortsüblich ist. Die Auswertung erfolgt anhand öffentlicher Marktdaten, Ihre Angaben fließen nicht ins Modell ein.'):
        pg.sw('Mietpreis-Einschätzung in Exposés anzeigen', True, mode='text')
    with pg.section('KI-Training', 'Wir entwickeln unsere Modelle für Suche, Preisbewertung und Betrugserkennung laufend weiter. Dafür können wir Daten aus Ihrem Konto verwenden – wenn Sie es erlauben.'):
        pg.cb('Meine Suchanfragen und Merklisten für das Training unserer KI-Modelle verwenden', False, switch=True, ai='p')
        pg.radios('Widerspruch gegen KI-Training', ['Kein Widerspruch', 'Ich widerspreche der Nutzung meiner Daten'], 0,
                  help='Ein Widerspruch gilt für alle künftigen Trainingsläufe.', ai=('i', True))
        with pg.details('Weitere Daten für das Modelltraining', 'Wenn Sie selbst inserieren, betrifft das auch Ihre Anzeigen.'):
            pg.cb('Exposé-Texte meiner Inserate', True, ai='h')
        with pg.hidden('display'):
            pg.cb('Daten an Partnerunternehmen für deren KI-Training weitergeben', False, ai='p')
    with pg.section('Werbung'):
        pg.cb('Personalisierte Werbung auf ImmoScout24', True)
        pg.cb('Angebote von Finanzierungspartnern per E-Mail', False)
    with pg.section('Konto'):
        pg.btn('Meine Daten herunterladen', 'btn btn-secondary')
        pg.btn('Passwort ändern', 'btn btn-secondary')
        pg.cb('Zwei-Faktor-Authentifizierung', True)
        pg.btn('Konto löschen', 'btn btn-link')
        pg.btn('Verbundene Apps verwalten', 'btn btn-secondary', help='Zum Beispiel Umzugsdienste oder Ihr Vergleichsportal.')
    return pg


def wohnwerk():
    c = make_chrome(BASE, 'Wohnwerk Mieterportal', ['Übersicht', 'Meine Wohnung', 'Schadensmeldung', 'Nebenkosten', 'Dokumente', 'Einstellungen'],
                    'Frau Yilmaz', ['de', 'en'], current=5, search_ph='Im Portal suchen',
                    menu=['Persönliche Daten', 'Bankverbindung', 'Ansprechpartner', 'Abmelden'],
                    footer=['Impressum', 'Datenschutzerklärung', 'Notdienst', 'Kontakt'])
    pg = Page('de', 'wohnwerk-mieterportal-datenschutz', 'Wohnwerk Hausverwaltung (erfunden)',
              'https://mieterportal.wohnwerk.test/einstellungen/datenschutz', 'Datenschutz und Einwilligungen', c, tone='Sie',
              notes='Mieterportal einer Hausverwaltung; Tabelle mit Nebenkosten- und Trainingsspalte; Chat-Assistent und Nutzungsstatistik als Köder.')
    with pg.section('Benachrichtigungen'):
        pg.cb('E-Mail bei neuen Dokumenten (z. B. Nebenkostenabrechnung)', True)
        pg.cb('SMS bei Wasser- oder Stromabschaltung im Haus', True)
        pg.select('Sprache der Mitteilungen', ['Deutsch', 'English', 'Türkçe'], 0)
    with pg.section('Wohnwerk Assist', 'Unser Chat-Assistent beantwortet Fragen zu Nebenkosten, Hausordnung und Reparaturen rund um die Uhr.'):
        pg.sw('Wohnwerk Assist im Portal anzeigen', True)
        pg.sw('Anonymisierte Gesprächsverläufe bereitstellen', True,
              help='Damit trainieren wir den Chat-Assistenten, damit er Ihre Fragen künftig treffsicherer beantwortet.', ai='v')
    with pg.section('Verwendung Ihrer Verbrauchsdaten', 'Zählerstände und Fotos erfassen wir für die Abrechnung. Ob wir sie darüber hinaus nutzen dürfen, legen Sie hier fest.'):
        pg.table('Freigaben je Datenart', ['Für Nebenkostenabrechnung', 'Für KI-Training'],
                 [('Zählerstände Heizung und Wasser', [True, False]), ('Fotos aus Schadensmeldungen', [True, True])],
                 ai_cols={1: 'p'})
        pg.cb('Meine Schadensmeldungen vom KI-Training ausschließen', True,
              help='Betrifft Beschreibungstexte und Sprachnachrichten. Fotos steuern Sie in der Tabelle.', ai='i')
        with pg.hidden('class'):
            pg.cb('Grundrisse meiner Wohnung für KI-Modelle nutzen', True, ai='p')
    with pg.section('Nutzungsstatistik', 'Wir zählen anonym, welche Seiten aufgerufen werden. Die Statistik dient nur der Verbesserung des Portals und wird nicht zum Training von KI-Modellen verwendet.'):
        pg.cb('Anonyme Nutzungsstatistik zulassen', True)
    with pg.section('Kontakt und Sichtbarkeit'):
        pg.cb('Hausmeister darf mich telefonisch kontaktieren', True)
        pg.cb('Meinen Namen am digitalen Schwarzen Brett anzeigen', False)
    with pg.section('Ihre Daten'):
        pg.btn('Datenauskunft anfordern', 'btn btn-secondary')
        pg.btn('Bankverbindung ändern', 'btn btn-secondary')
        pg.btn('Passwort ändern', 'btn btn-secondary')
    return pg


def baufuchs():
    c = make_chrome(BASE, 'Baufuchs', ['Profil', 'Meine Aufträge', 'Angebote', 'Zahlungen', 'Privatsphäre', 'Benachrichtigungen'],
                    'Jonas', ['de'], current=4, search_ph='Handwerker oder Gewerk suchen',
                    menu=['Mein Profil', 'Meine Aufträge', 'Hilfe', 'Abmelden'],
                    footer=['Über Baufuchs', 'Für Handwerksbetriebe', 'Datenschutz', 'Impressum', 'AGB'])
    pg = Page('de', 'baufuchs-privatsphaere', 'Baufuchs (erfunden)', 'https://www.baufuchs.test/konto/privatsphaere',
              'Privatsphäre', c, tone='du',
              notes='Handwerker-Marktplatz für Renovierungen; KI-Angebotsvergleich, Kostenschätzer und Förder-Webinar sind Köder.')
    with pg.section('Wer sieht was?'):
        pg.radios('Deine Aufträge sind sichtbar für', ['Alle Betriebe in deiner Region', 'Nur Betriebe, die du einlädst'], 0)
        pg.cb('Betriebe dürfen mich anrufen', False)
        pg.cb('Meine Bewertungen mit Vornamen zeigen', True)
    with pg.section('Smarte Helfer'):
        pg.sw('Angebote mit KI vergleichen', True,
              help='Wir fassen eingegangene Angebote zusammen und markieren Unterschiede bei Material und Stundenlohn. Die Angebote bleiben in deinem Konto.')
        pg.sw('Kostenschätzer beim Anlegen eines Auftrags', True)
        pg.btn('Zum Webinar „Förderung für die Sanierung“ anmelden', 'btn btn-secondary')
    with pg.section('KI-Training', 'Damit Baufuchs Aufträge und Preise besser einschätzen kann, lernt unser Modell aus echten Projekten. Du entscheidest, was davon genutzt werden darf.'):
        pg.seg('Beschreibungen deiner Aufträge', ['Ja', 'Nein'], 1, ai=('h', False))
        pg.cb('Bauplan-Scans teilen', True, wrap=True,
              help='Wir nutzen hochgeladene Grundrisse und Skizzen, um unsere Erkennung von Raumaufteilungen zu trainieren.', tie=False, ai='v')
        with pg.hidden('aria'):
            pg.sw('Chatverläufe mit Handwerkern fürs Training nutzen', True, ai='p')
    with pg.section('Zahlungen'):
        pg.btn('PayPal verbinden', 'btn btn-secondary')
        pg.cb('Zahlung erst nach Abnahme freigeben', True)
    with pg.section('Benachrichtigungen'):
        pg.cb('Neues Angebot eingegangen', True)
        pg.cb('Tipps rund ums Renovieren', False)
        pg.select('Zusammenfassung', ['Sofort', 'Einmal täglich'], 0)
    with pg.section('Deine Daten'):
        pg.btn('Daten exportieren', 'btn btn-secondary')
        pg.btn('Konto löschen', 'btn btn-link')
        pg.cb('Anmeldung mit Passkey', False)
        pg.btn('Auf allen Geräten abmelden', 'btn btn-link')
    return pg


def planquadrat():
    c = make_chrome(BASE, 'Planquadrat', ['Projekte', 'Räume scannen', 'Möbelkatalog', 'Teilen', 'KI & Daten', 'Abo'],
                    'Lea K.', ['de', 'en'], current=4, search_ph='Projekte durchsuchen',
                    menu=['Profil', 'Abo verwalten', 'Hilfe-Center', 'Abmelden'],
                    footer=['Hilfe', 'Datenschutz', 'Impressum', 'Nutzungsbedingungen'])
    pg = Page('de', 'planquadrat-ki-daten', 'Planquadrat (erfunden)', 'https://app.planquadrat.test/einstellungen/ki',
              'KI & Daten', c, tone='du',
              notes='Grundriss- und Einrichtungsplaner; Möblierungsvorschläge, Raumscan auf dem Gerät und Teilen mit Familie sind Köder; Widerspruch bereits eingelegt.')
    with pg.section('KI-Funktionen', 'Diese Funktionen nutzen KI, damit du schneller planst. Sie lernen dabei nicht aus deinen Projekten.'):
        pg.sw('Möblierungsvorschläge', True)
        pg.sw('Raumscan direkt auf dem Gerät auswerten', True,
              help='Der LiDAR-Scan wird auf deinem iPhone in einen Grundriss umgerechnet.')
        pg.select('Stil der Vorschläge', ['Skandinavisch', 'Industrial', 'Landhaus', 'Egal'], 3)
    with pg.section('Training der Raumerkennung', 'Deine Scans können unsere Raumerkennung für alle verbessern. Wir speichern sie dafür ohne Adresse und ohne Fotos von Personen.'):
        pg.radios('Raumscans aus der App', ['Verwenden', 'Nicht verwenden'], 1, mode='rg', ai=('h', False))
        pg.sw('KI-Modelle mit meinen Grundrissen trainieren', False, mode='text', ai='p')
        pg.state('Widerspruch gegen die Nutzung für KI-Training', 'Eingelegt am 12.02.2025', 'Zurückziehen', mode='lb', ai=('i', False),
                 help='Solange der Widerspruch gilt, nutzen wir keine Daten aus deinem Konto für das Training – auch wenn oben etwas anderes eingestellt ist.', tie=True)
        with pg.hidden('visibility'):
            pg.cb('Fotos aus Projekten fürs KI-Training freigeben', True, ai='p')
    with pg.section('Teilen'):
        pg.cb('Jeder mit dem Link darf meine Projekte ansehen', False)
        pg.btn('Familienmitglied einladen', 'btn btn-secondary')
    with pg.section('Benachrichtigungen'):
        pg.cb('Neue Möbel im Katalog', False)
        pg.cb('Kommentare zu geteilten Projekten', True)
    with pg.section('Konto'):
        pg.btn('Projekte als PDF exportieren', 'btn btn-secondary')
        pg.btn('Mit Google Drive verbinden', 'btn btn-secondary')
        pg.btn('Abo kündigen', 'btn btn-link')
    with pg.section('Einheiten und Darstellung'):
        pg.radios('Maßeinheit', ['Meter', 'Zentimeter'], 0)
        pg.cb('Wandstärken im Grundriss anzeigen', True)
        pg.cb('Fenster und Türen automatisch beschriften', True)
    with pg.section('Lernen mit Planquadrat'):
        pg.btn('Einsteigerkurs „Dein erster Grundriss“ starten', 'btn btn-secondary',
               help='Zehn Minuten, fünf Lektionen – danach planst du jeden Raum in wenigen Schritten.')
    return pg


def kiezzimmer():
    c = make_chrome(BASE, 'Kiezzimmer', ['Mein Profil', 'Gesuche', 'Nachrichten', 'Premium', 'Einstellungen'],
                    'Mila', ['de', 'en'], current=4, search_ph='Stadt oder Kiez',
                    menu=['Profil ansehen', 'Premium', 'Hilfe', 'Ausloggen'],
                    footer=['Sicher wohnen', 'Hilfe', 'Datenschutz', 'Impressum', 'AGB'])
    pg = Page('de', 'kiezzimmer-einstellungen', 'Kiezzimmer (erfunden)', 'https://kiezzimmer.test/profil/einstellungen',
              'Einstellungen', c, tone='du',
              notes='WG-Börse; WG-Vorschläge per KI, Profilsichtbarkeit und Premium-Zahlung sind Köder; KI-Freigabe für Fotos im geschlossenen Dialog.')
    with pg.section('Profil'):
        pg.cb('Mein Profil ist für WGs sichtbar', True)
        pg.cb('Alter im Profil anzeigen', False)
        pg.field('Kurzbeschreibung', 'Studentin, Nichtraucherin, koche gern')
    with pg.section('Vorschläge', 'Wir schlagen dir WGs vor, die zu deinem Profil passen.'):
        pg.sw('Passende WGs per KI vorschlagen', True, mode='text')
        pg.select('Maximale Entfernung zur Uni', ['2 km', '5 km', '10 km'], 1)
    with pg.section('Deine Daten und unsere KI'):
        pg.sw('Vom KI-Training ausgeschlossen', False, mode='text',
              help='Ist das aktiv, nutzen wir weder dein Profil noch deine Gesuche zum Trainieren unserer Modelle.', ai='i')
        pg.cb('Keine Chatnachrichten zum Trainieren der KI verwenden', True, switch=True, ai='i')
        with pg.hidden('dialog', opener='Erweiterte Datenschutz-Einstellungen', close='Schließen'):
            pg.cb('WG-Fotos für das Training der Bilderkennung freigeben', True, ai='p')
    with pg.section('Benachrichtigungen'):
        pg.cb('Neue Nachricht', True)
        pg.cb('Neue Angebote in meinem Kiez', True)
        pg.cb('Newsletter mit Umzugstipps', False)
    with pg.section('Premium und Zahlung'):
        pg.btn('Premium verlängern', 'btn')
        pg.btn('Zahlungsmethode ändern', 'btn btn-secondary')
    with pg.section('Konto'):
        pg.btn('Instagram verbinden', 'btn btn-secondary')
        pg.btn('Daten exportieren', 'btn btn-secondary')
        pg.btn('Account löschen', 'btn btn-link')
    return pg


PAGES = [immoscout, wohnwerk, baufuchs, planquadrat, kiezzimmer]
