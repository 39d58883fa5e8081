from lib import Page


def pages():
    out = []

    # 1 ---- Telekom MeinMagenta (known) -----------------------------------------
    p = Page('de', 'telekom-datenschutz', 'https://www.telekom.de/kundencenter/einstellungen/datenschutz',
             'Datenschutz-Einstellungen', 'Telekom', known=True,
             nav=['Übersicht', 'Rechnungen', 'Verträge', 'Datenschutz', 'Werbeeinwilligungen', 'Hilfe'], active_nav=3,
             notes='Bekannter Dienst (Telekom), Text erfunden. Select mit „Nicht erlaubt“, Widerspruchs-Statuszeile, vages Kontrollkästchen mit Hilfetext.')
    p.h1('Datenschutz-Einstellungen', 'Hier legen Sie fest, wie wir Ihre Daten im Rahmen Ihrer Verträge verwenden dürfen.')
    p.sec('Werbung und Kommunikation')
    p.check('Angebote per E-Mail', True)
    p.check('Angebote per SMS', False)
    p.check('Telefonische Beratung zu neuen Tarifen', False)
    p.switch('Personalisierte Werbung in der MeinMagenta App', False,
             help='Auf Grundlage Ihrer Tarif- und Gerätedaten.')
    p.sec('Netz und Service')
    p.switch('Netzqualitätsdaten zur Netzplanung', True,
             help='Standort- und Verbindungsqualität, zusammengefasst je Funkzelle.')
    p.select('Rechnungsbenachrichtigung', ['E-Mail', 'SMS', 'Push-Mitteilung'], 0)
    p.sec('Künstliche Intelligenz')
    p.para('Unser Kundenservice nutzt KI-Assistenten. Wie Ihre Daten dafür eingesetzt werden, bestimmen Sie.')
    p.select('Nutzung meiner Verbindungsdaten für KI-Training', ['Erlaubt', 'Nicht erlaubt'], 1, ai=('p', False))
    p.staterow('KI-Training mit Ihren Daten', 'Status: Aus – Sie haben am 03.03.2025 widersprochen',
               'Widerspruch zurückziehen', naming='labelledby', ai=('i', False))
    p.check('Zur Verbesserung unserer Dienste beitragen', True, wrap=True,
            help='Dabei werden Ihre Anfragen im Kundenservice-Chat genutzt, um unsere KI-Sprachmodelle zu trainieren.',
            ai=('v', True))
    p.switch('Hinweise zu neuen KI-Funktionen erhalten', True,
             help='Nur Information per Mitteilung – an der Datennutzung ändert sich dadurch nichts.')
    p.hide('dialog', opener='Erweiterte Einstellungen …', title='Erweiterte Datenschutzoptionen', close='Schließen')
    p.switch('KI-Modelle mit Routerdaten trainieren', True, ai=('p', True))
    p.unhide()
    p.sec('Ihre Daten')
    p.button('Datenauskunft anfordern')
    p.button('Einwilligungsverlauf herunterladen')
    p.sec('Verbundene Dienste')
    p.check('MagentaTV darf meine Sehgewohnheiten für Empfehlungen nutzen', False)
    p.button('Verknüpfung mit Apple Music trennen')
    p.switch('Anmeldung mit Telekom Login bei Partnern', True)
    p.button('Änderungen speichern')
    out.append(p)

    # 2 ---- Klingelruh Spam-Schutz (erfunden) -----------------------------------
    p = Page('de', 'klingelruh-einstellungen', 'https://app.klingelruh.test/einstellungen/datenschutz',
             'Einstellungen', 'Klingelruh', hide_class='tab-off',
             nav=['Anrufe', 'SMS-Filter', 'Sperrliste', 'Datenschutz', 'Abo'], active_nav=3,
             notes='Erfundene Spam-Schutz-App (du). Tabelle mit Spaltenkopf „Freigeben“ unter Trainings-Überschrift, aria-label-Schalter „ausschließen“, inaktiver Tab.')
    p.h1('Datenschutz & Filter')
    p.sec('Anruffilter')
    p.radios('Wie streng soll gefiltert werden?', ['Nur bekannte Betrugsnummern', 'Auch Werbeanrufe', 'Alles Unbekannte'], 1)
    p.switch('Unterdrückte Nummern stummschalten', True)
    p.switch('Warnung bei Ping-Anrufen aus dem Ausland', True)
    p.sec('SMS-Filter')
    p.check('Links in verdächtigen SMS entschärfen', True)
    p.check('Paket-SMS von Unbekannten in „Spam“ verschieben', False)
    p.sec('So trainieren wir unser Spam-Modell',
          'Damit Klingelruh neue Maschen früh erkennt, lernt unser Modell aus Meldungen der Community. Du entscheidest, was davon von dir kommt.')
    p.table('Diese Daten fließen in das Training unseres Spam-Erkennungsmodells ein', 'Daten', ['Freigeben'],
            [('Gemeldete Nummern', [(True, ('h', True))]), ('Blockierte SMS', [(False, ('h', False))])],
            naming='labelledby')
    p.bswitch('Meine Anrufe vom KI-Training ausschließen', True, naming='label', ai=('i', False))
    p.sub('Weitere Optionen')
    p.tabs(['Allgemein', 'Experimentell'])
    p.check('Anrufstatistik im Widget anzeigen', True)
    p.check('Community-Bewertungen von Nummern anzeigen', True)
    p.hide('tabpanel')
    p.check('Gesprächsaufzeichnungen für Modelltraining freigeben', False, ai=('p', False))
    p.unhide()
    p.sec('Benachrichtigungen')
    p.check('Push bei blockiertem Anruf', False)
    p.check('Wochenrückblick', True)
    p.check('Neuigkeiten zu KI-Funktionen von Klingelruh', False)
    p.sec('Darstellung')
    p.select('Design', ['Hell', 'Dunkel', 'Wie System'], 2)
    p.button('Speichern')
    out.append(p)

    # 3 ---- Rheinwelle Glasfaser Router (erfunden) ------------------------------
    p = Page('de', 'rheinwelle-router', 'https://kundenportal.rheinwelle.test/router/datennutzung',
             'Router & Datennutzung', 'Rheinwelle Glasfaser',
             nav=['Mein Anschluss', 'WLAN', 'Geräte', 'Kindersicherung', 'Datennutzung', 'Störungen'], active_nav=4,
             notes='Erfundener Glasfaseranbieter (Sie). Vage Radiogruppe mit Hilfetext, Segmentschalter unter Überschrift „Training von Sprachmodellen“, klarer Schalter.')
    p.h1('Router & Datennutzung')
    p.sec('WLAN')
    p.text('WLAN-Name', 'Rheinwelle-7F3A')
    p.switch('Gast-WLAN', False)
    p.select('WLAN-Zeitschaltung', ['Immer an', 'Nachts aus (0–6 Uhr)', 'Benutzerdefiniert'], 0)
    p.switch('Mesh-Steuerung', True)
    p.sec('Störungsvorhersage')
    p.radios('Netzqualität gemeinsam verbessern', ['Ja, mitmachen', 'Nein, danke'], 0,
             help='Wenn Sie zustimmen, trainieren wir mit anonymisierten Messwerten Ihres Routers (Leitungsdämpfung, Abbrüche, Auslastung) unsere KI-gestützte Störungsvorhersage.',
             ai=('v', True))
    p.check('Bei vorhergesagter Störung per SMS informieren', True)
    p.sec('Training von Sprachmodellen',
          'Für den Sprachassistenten im Router-Menü trainieren wir Modelle mit gesprochenen Befehlen unserer Kundinnen und Kunden.')
    p.segmented('Sprachbefehle', ['Teilen', 'Nicht teilen'], 1, ai=('h', False))
    p.details('Weitere Optionen')
    p.switch('KI-Training mit Gerätenamen im Heimnetz erlauben', True, ai=('p', True))
    p.end_details()
    p.hide('hidden')
    p.switch('Surfverhalten für KI-Training nutzen', False, ai=('p', False))
    p.unhide()
    p.sec('Sicherheit')
    p.switch('Automatische Firmware-Updates', True)
    p.switch('Fernwartung durch den Kundenservice', False)
    p.button('Router neu starten')
    p.sec('Statistik')
    p.check('Nutzungsstatistik im Kundenportal anzeigen', True)
    p.button('Daten exportieren (CSV)')
    p.sec('Benachrichtigungen')
    p.check('E-Mail bei geplanten Wartungsarbeiten', True)
    p.check('Push, wenn ein neues Gerät ins WLAN kommt', False)
    p.button('Übernehmen')
    out.append(p)

    # 4 ---- Mobilfunk Nord Sprachbox (erfunden) ---------------------------------
    p = Page('de', 'mobilfunk-nord-mailbox', 'https://mein.mobilfunk-nord.test/mailbox/transkription',
             'Mailbox & Transkription', 'Mobilfunk Nord',
             nav=['Tarif', 'Mailbox', 'Rufumleitung', 'Roaming', 'Datenschutz'], active_nav=1,
             notes='Erfundener Mobilfunker (Sie). Doppelte Verneinung als Radiogruppe („nicht verwenden“ = Aus), Textschalter mit Trainings-Hilfetext, Select unter Überschrift „KI-Training“.')
    p.h1('Mailbox & Transkription')
    p.sec('Mailbox')
    p.switch('Mailbox aktiv', True)
    p.select('Mailbox springt an nach', ['10 Sekunden', '20 Sekunden', '30 Sekunden'], 1)
    p.radios('Ansage', ['Standardansage', 'Eigene Ansage', 'Nur Rufnummer'], 1)
    p.check('Benachrichtigung per SMS bei neuer Nachricht', True)
    p.sec('Transkription')
    p.switch('Sprachnachrichten als Text anzeigen', True)
    p.radiogroup('Transkripte nicht für das Modelltraining verwenden', ['Ein', 'Aus'], 1,
                 help='Ohne diese Einstellung können Transkripte in die Weiterentwicklung einfließen.',
                 ai=('i', True))
    p.bswitch('Erkennung verbessern', True, naming='text',
              help='Ihre Korrekturen an Transkripten werden genutzt, um die Spracherkennung per maschinellem Lernen zu trainieren.',
              ai=('v', True))
    p.sec('KI-Training', 'Mailbox-Nachrichten können in das Training unserer Transkriptions-KI einfließen. Hier steuern Sie, welche.')
    p.select('Nachrichten von unbekannten Nummern', ['Einbeziehen', 'Ausnehmen'], 1, ai=('h', False))
    p.hide('inline-display')
    p.select('Nachrichten von gespeicherten Kontakten', ['Einbeziehen', 'Ausnehmen'], 0, ai=('h', True))
    p.unhide()
    p.sec('Speicher')
    p.select('Abgehörte Nachrichten löschen nach', ['7 Tagen', '30 Tagen', 'Nie'], 1)
    p.button('Alle Nachrichten herunterladen')
    p.sec('Bedienungshilfen')
    p.check('Transkripte in großer Schrift', False)
    p.check('Wiedergabe langsamer abspielen', False)
    p.select('Schriftart der Transkripte', ['Standard', 'Serifenlos groß', 'Legasthenie-freundlich'], 0)
    p.sec('Benachrichtigungen')
    p.check('Hinweis, wenn die Mailbox fast voll ist', True)
    p.check('Tägliche Zusammenfassung per E-Mail', False)
    p.button('Speichern')
    out.append(p)

    # 5 ---- Guthabenfix Prepaid/eSIM (erfunden) ---------------------------------
    p = Page('de', 'guthabenfix-privatsphaere', 'https://app.guthabenfix.test/konto/privatsphaere',
             'Privatsphäre', 'Guthabenfix', hide_class='ausgeblendet',
             nav=['Aufladen', 'eSIM', 'Zahlungsarten', 'Privatsphäre', 'Hilfe'], active_nav=3,
             notes='Erfundene Prepaid-/eSIM-App (du). Statuszeile mit verstecktem Zusatz, „fernhalten“-Kontrollkästchen, vager Schalter mit Hilfetext.')
    p.h1('Privatsphäre', 'Deine Daten, deine Regeln.')
    p.sec('Aufladen')
    p.switch('Automatisch aufladen, wenn unter 5 €', True)
    p.select('Standardbetrag', ['15 €', '25 €', '50 €'], 0)
    p.check('Beleg per E-Mail schicken', True)
    p.sec('eSIM')
    p.button('eSIM auf neues Handy übertragen')
    p.switch('Warnung vor Roaming-Kosten', True)
    p.sec('Daten & KI')
    p.staterow('KI-Training', 'Aktiv', 'Deaktivieren', suffix='KI-Training mit meinen Aufladedaten', ai=('p', True))
    p.check('Meine Daten vom Training externer KI-Modelle fernhalten', True, ai=('i', False))
    p.switch('Anonyme Nutzungsstatistik teilen', False,
             help='Wird auch an Partner weitergegeben, die damit KI-Modelle trainieren.', ai=('v', False))
    p.hide('class-display')
    p.check('Chatverläufe mit dem Support fürs Modelltraining freigeben', True, ai=('p', True))
    p.unhide()
    p.bswitch('Smarte Aufladetipps', True, naming='labelledby',
              help='Tipps werden direkt auf deinem Gerät berechnet und nicht zum Trainieren verwendet.')
    p.sec('Werbung')
    p.check('Angebote per Push', False)
    p.check('Angebote per E-Mail', False)
    p.sec('Sicherheit')
    p.switch('PIN vor jeder Zahlung', True)
    p.button('Von allen Geräten abmelden')
    p.switch('Anmeldung per Fingerabdruck', True)
    p.sec('Verknüpfte Konten')
    p.button('PayPal-Verbindung trennen')
    p.check('Kontakte für Aufladen an Freunde verwenden', False)
    out.append(p)
    return out
