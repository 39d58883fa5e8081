from lib import Page


def cleverreach():
    p = Page('de', 'cleverreach-ki-datennutzung', 'CleverReach', 'https://eu2.cleverreach.com/admin/account_ai.php',
             'KI & Datennutzung',
             ['Kontodaten', 'Benutzer', 'Empfänger-Einstellungen', 'Double-Opt-in', 'KI & Datennutzung', 'Integrationen', 'Rechnungen'],
             'Bekannter Dienst (Rekonstruktion, Sie). Negierte Checkbox „nicht für das Training verwenden“, vager Schalter „Empfängerreaktionen einbeziehen“ mit Hilfetext, nicht eingelegter Widerspruch als Statuszeile mit verstecktem Suffix; Köder: Betreffzeilen-Vorschläge, Versandzeit-Optimierung (ausdrücklich kein Training); versteckte Checkbox per Inline-display:none.',
             known=True, user='Jana Köhler', active_nav=4)
    p.sec('KI-Textassistent', 'Der Assistent schlägt Betreffzeilen und Textbausteine vor, während Sie ein Mailing gestalten.',
          p.sw('Betreffzeilen-Vorschläge', True, kind='text'),
          p.sel('Tonalität der Vorschläge', ['Sachlich', 'Locker', 'Wie meine Vorlagen'], 2),
          p.cb('Vorschläge auch für mehrsprachige Mailings anbieten', False))
    p.sec('Versandzeit-Optimierung', None,
          p.cb('Versandzeit pro Empfänger automatisch optimieren', True,
               help='Die Berechnung nutzt ausschließlich die Öffnungsdaten Ihres eigenen Kontos und fließt in kein übergreifendes Modell ein.'))
    p.sec('Verbesserung unserer KI-Modelle',
          'Auf Wunsch nutzen wir pseudonymisierte Inhalte aus Ihrem Konto, um die Modelle hinter unseren KI-Funktionen weiterzuentwickeln. Die Verarbeitung findet auf Servern in Deutschland statt.',
          p.cb('Meine Mailing-Inhalte nicht für das Training verwenden', True, ai=(False, 'i')),
          p.sw('Empfängerreaktionen einbeziehen', True,
               help='Öffnungen und Klicks Ihrer Empfänger werden – ohne E-Mail-Adresse – als Trainingssignal für unsere Betreffzeilen-Modelle genutzt.',
               ai=(True, 'v')),
          p.state('Widerspruch gegen KI-Training', 'Nicht eingelegt', 'Widerspruch einlegen',
                  'gegen die Nutzung meiner Daten für KI-Training', ai=(True, 'i')),
          p.hide('inline display:none', lambda: [
              p.cb('Daten an Partner für KI-Training weitergeben', False)]))
    p.sec('Export & Löschung', None,
          p.btn('Kontodaten exportieren'),
          p.btn('Empfängerliste bereinigen'),
          p.btn('Verlauf der Einwilligungen herunterladen'))
    p.sec('Sicherheit', None,
          p.cb('Zwei-Faktor-Authentifizierung für alle Benutzer erzwingen', True),
          p.btn('Aktive Sitzungen anzeigen'))
    p.sec('Benachrichtigungen', None,
          p.cb('Bei neuen KI-Funktionen per E-Mail informieren', False))
    p.actions('Speichern', 'Abbrechen')
    return p


def zendesk():
    p = Page('de', 'zendesk-datennutzung-ki', 'Zendesk', 'https://meinefirma.zendesk.com/admin/ai/data-use',
             'Datennutzung für KI',
             ['Konto', 'Personen', 'Kanäle', 'Arbeitsbereiche', 'Objekte und Regeln', 'KI', 'Apps und Integrationen', 'Sicherheit'],
             'Bekannter Dienst (Rekonstruktion, Sie). Tabelle „Inhalte für das Modelltraining“ mit Zeilen × Spalten (Zendesk-Modelle / Drittanbieter-Modelle), Namen nur über Beschriftung verständlich; Köder: generative Agentenfunktionen, Triage mit vortrainierten Modellen, Agentenschulung, Benachrichtigung über Trainingszyklen; versteckter Schalter per CSS-Klasse.',
             known=True, user='Stefan Albrecht', active_nav=5, hide_class='zd-collapsed')
    p.sec('Generative Funktionen für Agenten', None,
          p.sw('Antworten erweitern und umformulieren', True, kind='native'),
          p.sw('Ticketzusammenfassung', True, kind='native'),
          p.sel('Ton für Umformulierungen', ['Freundlich', 'Formell', 'Wie im Makro'], 0),
          p.cb('Funktionen auch für Light Agents freischalten', False))
    p.sec('Intelligente Triage', None,
          p.cb('Absicht, Sprache und Stimmung erkennen', True,
               help='Die Erkennung läuft mit vortrainierten Modellen. Ihre Tickets werden dafür nicht zum Training verwendet.'))
    p.sec('Daten zur Modellverbesserung',
          'Legen Sie fest, welche Inhalte aus Ihrem Konto zur Verbesserung von Modellen herangezogen werden dürfen. Änderungen gelten ab dem nächsten Trainingszyklus.',
          p.table('Inhalte für das Modelltraining', 'Quelle', ['Zendesk-Modelle', 'Drittanbieter-Modelle'],
                  [('Tickets und Kommentare', [True, False]),
                   ('Messaging-Verläufe', [False, False])],
                  ai={(0, 0): (True, 'h'), (0, 1): (False, 'h'), (1, 0): (False, 'h'), (1, 1): (False, 'h')}),
          p.hide('CSS class display:none', lambda: [
              p.sw('Sprachaufzeichnungen für das KI-Training freigeben', False)]))
    p.sec('Aufbewahrung', None,
          p.sel('Geschlossene Tickets aufbewahren', ['1 Jahr', '3 Jahre', 'Unbegrenzt'], 1),
          p.btn('Daten exportieren'))
    p.sec('Schulungen', None,
          p.btn('KI-Schulung für Agenten buchen', help='Zweistündiges Live-Training zu Makros und generativen Funktionen.'))
    p.sec('Sicherheit und Benachrichtigungen', None,
          p.btn('Audit-Log öffnen'),
          p.cb('Administratoren per E-Mail über neue Trainingszyklen informieren', True))
    p.actions('Speichern', 'Abbrechen')
    return p


def kundenwerk():
    p = Page('de', 'kundenwerk-datenschutz', 'Kundenwerk CRM', 'https://app.kundenwerk.test/einstellungen/datenschutz',
             'Datenschutz & KI',
             ['Profil', 'Workspace', 'Pipelines', 'Datenschutz & KI', 'Integrationen', 'Abrechnung'],
             'Erfundenes CRM (du). Zwei Fieldsets „Deals und Pipeline-Verläufe“ / „E-Mails und Anrufnotizen“ nur über Überschrift „Trainingsdaten“ verständlich, Ausschluss-Checkbox für Mandantendaten; Köder: Sichtbarkeit, Lead-Scoring im eigenen Workspace, Trainingsplan fürs Team; versteckte Checkbox per aria-hidden.',
             user='Lukas Brandt', active_nav=3)
    p.sec('Sichtbarkeit', None,
          p.sel('Wer sieht neue Kontakte?', ['Nur ich', 'Mein Team', 'Alle im Workspace'], 1),
          p.cb('Notizen standardmäßig privat anlegen', False))
    p.sec('KI-Assistent', None,
          p.sw('Lead-Scoring', True, kind='arialabel', vis='Lead-Scoring (automatische Bewertung)',
               help='Bewertet Leads anhand deiner eigenen Abschlüsse. Nichts davon verlässt deinen Workspace.'),
          p.sw('E-Mail-Entwürfe vorschlagen', True, kind='arialabel', vis='E-Mail-Entwürfe vorschlagen'))
    p.sec('Trainingsdaten',
          'Kundenwerk trainiert seine Prognosemodelle mit Daten aus vielen Workspaces. Hier bestimmst du, was aus deinem Workspace dazugehört.',
          p.radios('Deals und Pipeline-Verläufe', ['Verwenden', 'Nicht verwenden'], 0, ai=(True, 'h')),
          p.radios('E-Mails und Anrufnotizen', ['Verwenden', 'Nicht verwenden'], 1, ai=(False, 'h')),
          p.cb('Kundendaten meiner Mandanten ausschließen', True,
               help='Gilt für Kontakte, die du als Agentur für deine Kunden verwaltest.', ai=(False, 'i')),
          p.hide('aria-hidden="true"', lambda: [
              p.cb('Workspace-Daten für das Training freigeben', True)]))
    p.sec('Integrationen', None, p.btn('Outlook verbinden'), p.btn('Gmail verbinden'))
    p.sec('Export', None, p.btn('CSV-Export starten'), p.btn('Aktivitätsprotokoll'))
    p.sec('Weiterbildung', None,
          p.sel('Trainingsplan für dein Team', ['Einsteiger', 'Fortgeschrittene'], 0,
                help='Kurze Lernvideos zu Pipelines und zum KI-Assistenten.'))
    p.sec('Benachrichtigungen', None,
          p.cb('Wöchentliche Pipeline-Zusammenfassung per E-Mail', True),
          p.cb('Push-Benachrichtigung bei neuen Leads', False))
    p.actions('Speichern', 'Verwerfen')
    return p


def postfuchs():
    p = Page('de', 'postfuchs-ki-einstellungen', 'Postfuchs', 'https://konto.postfuchs.test/einstellungen/ki',
             'KI-Einstellungen',
             ['Newsletter', 'Abonnenten', 'Design', 'KI-Einstellungen', 'Zahlung', 'Sicherheit'],
             'Erfundener Newsletter-Dienst (Sie). Klarer Schalter (aus), erteilte Einwilligung mit „Widerrufen“ (aria-labelledby), vage Checkbox „Am Forschungsprogramm teilnehmen“ in geschlossenem details; Köder: Rechtschreibprüfung, Übersetzung, Empfehlungen, Öffnungsraten ohne Training; versteckte Checkbox per visibility:hidden.',
             user='Miriam Sommer', active_nav=3)
    p.sec('Schreibhilfe', None,
          p.sw('Rechtschreib- und Stilprüfung', True),
          p.sw('Newsletter automatisch ins Englische übersetzen', False))
    p.sec('Empfehlungen', None,
          p.cb('Ähnliche Newsletter auf meiner Abo-Seite empfehlen', True,
               help='Empfehlungen beruhen auf den Abos Ihrer Leserinnen und Leser.'))
    p.sec('Lernt Postfuchs aus Ihren Newslettern?',
          'Unsere Schreibhilfe wird mit echten Texten besser – aber nur, wenn Sie zustimmen.',
          p.sw('Newsletter-Texte zum Trainieren der Schreibhilfe nutzen', False, ai=(False, 'p')),
          p.state('Einwilligung zur Nutzung von Abonnentendaten für KI-Modelle', 'Erteilt am 04.02.2025', 'Widerrufen',
                  kind='labelledby', ai=(True, 'i')),
          p.details('Weitere Optionen', lambda: [
              p.cb('Am Forschungsprogramm teilnehmen', False,
                   help='Anonymisierte Ausschnitte Ihrer Newsletter gehen an die Universität Leipzig, die damit Sprachmodelle für Leichte Sprache trainiert.',
                   ai=(False, 'v')),
              p.cb('Beta-Funktionen vorab testen', False)]),
          p.hide('visibility:hidden', lambda: [
              p.cb('Archivierte Ausgaben für KI-Training bereitstellen', True)]))
    p.sec('Statistik', None,
          p.cb('Öffnungsraten erfassen', True, help='Nur für Ihre eigene Auswertung; fließt nicht in Trainingsdaten ein.'))
    p.sec('Zahlung', None,
          p.btn('Zahlungsart ändern'),
          p.sel('Rechnungsintervall', ['Monatlich', 'Jährlich'], 1))
    p.sec('Export und Sicherheit', None,
          p.btn('Abonnenten exportieren'),
          p.btn('Passwort ändern'),
          p.cb('Anmeldung nur mit zweitem Faktor', True),
          p.btn('API-Schlüssel verwalten'))
    p.actions('Speichern', 'Abbrechen')
    return p


def werbeturm():
    p = Page('de', 'werbeturm-kontodaten', 'Werbeturm', 'https://verwaltung.werbeturm.test/konto/daten',
             'Kontodaten & Modellnutzung',
             ['Kampagnen', 'Zielgruppen', 'Markensicherheit', 'Kontodaten & Modellnutzung', 'Berichte', 'Abrechnung', 'Team'],
             'Erfundene Werbeplattform (Sie). Auswahlliste „Conversion-Daten“ nur über Abschnittstext verständlich (Option „Nur für mein Konto nutzen“ = Training), nativer Schalter „vom Training ausnehmen“ (an), klare Checkbox zum Crawlen für das Modelltraining; Köder: Gebotsstrategie, ähnliche Zielgruppen, personalisierte Anzeigen; versteckte Checkbox im geschlossenen Dialog.',
             user='Oliver Hartmann', active_nav=3)
    p.sec('Kampagnen', None,
          p.cb('Automatische Gebotsstrategie für neue Kampagnen', True),
          p.sel('Standard-Budgetverteilung', ['Gleichmäßig', 'Beschleunigt'], 0))
    p.sec('Zielgruppen', None,
          p.sw('Ähnliche Zielgruppen erstellen', True, kind='native'),
          p.cb('Personalisierte Anzeigen im Partnernetzwerk ausspielen', True))
    p.sec('Modelle und Ihre Daten',
          'Werbeturm optimiert Auslieferung und Anzeigentexte mit lernenden Systemen. Die folgenden Einstellungen betreffen ausschließlich das Training dieser Systeme mit Daten Ihres Kontos.',
          p.sel('Conversion-Daten', ['Für alle Werbetreibenden nutzen', 'Nur für mein Konto nutzen', 'Gar nicht nutzen'], 1, ai=(True, 'h')),
          p.sw('Anzeigentexte vom Training ausnehmen', True, kind='native', ai=(False, 'i')),
          p.cb('Werbeturm darf meine Landingpages für das Modelltraining crawlen', False, ai=(False, 'p')),
          p.dialog('Erweiterte Datenfreigaben …', 'Erweiterte Datenfreigaben', lambda: [
              p.cb('Kampagnenberichte an Forschungspartner für KI-Training übermitteln', True, ai=(True, 'p'))]))
    p.sec('Markensicherheit', None,
          p.cb('Sensible Themen ausschließen', True),
          p.btn('Ausschlussliste bearbeiten'))
    p.sec('Berichte', None,
          p.btn('Bericht planen'),
          p.btn('Rohdaten herunterladen'),
          p.sel('Berichtswährung', ['EUR', 'CHF'], 0))
    p.sec('Abrechnung und Team', None,
          p.btn('Zahlungsmethode ändern'),
          p.btn('Nutzer einladen'))
    p.actions('Speichern', 'Abbrechen')
    return p


PAGES = [cleverreach, zendesk, kundenwerk, postfuchs, werbeturm]
