from lib import Page


def actions(p, cancel='Abbrechen'):
    return '<div class="form-actions">' + p.button(p.chrome['save'], 'btn btn-primary') + p.button(cancel) + '</div>'


def lexoffice():
    p = Page('de', 'lexoffice-datenschutz', 'lexoffice', 'https://app.lexoffice.de/einstellungen/datenschutz',
             'Datenschutz & Datennutzung', 'Bekannter Dienst (Rekonstruktion), Sie-Form. Klares Kontrollkästchen (plain), '
             'role=switch mit Textinhalt „… vom KI-Training ausschließen“ aus (inverted, sharing), Tabelle mit Caption '
             '„Freigabe für das Modelltraining“ (heading-only). Köder: Belegerfassung, Buchungsvorschläge, Mahnungen, '
             'Steuerberater-Zugang, DATEV-Export, Online-Seminar. Versteckt: hidden-Attribut.',
             known=True, user='Bäckerei Kranz', brand='lexoffice',
             nav=['Unternehmen', 'Benutzer', 'Bankkonten', 'Belege', 'Rechnungen', 'Datenschutz', 'Abo'], nav_active=5)
    p.add(p.section('Belegerfassung und Vorschläge', None,
        p.checkbox('Belege automatisch auslesen', True,
                   help='Rechnungsnummer, Betrag und Datum werden aus dem Beleg übernommen. Sie prüfen alles, bevor es gebucht wird.'),
        p.switch('Buchungsvorschläge anzeigen', True, mode='labelledby')))
    p.add(p.section('Mithelfen, die lexoffice-KI zu verbessern',
        'Wir entfernen Namen, IBANs und Anschriften, bevor Daten für das Training genutzt werden. Sie können Ihre Auswahl jederzeit ändern.',
        p.checkbox('Meine Buchungsdaten für das Training der lexoffice-KI verwenden', True, ai='p'),
        p.switch('Belegbilder vom KI-Training ausschließen', False, mode='text', ai='i'),
        p.table('Freigabe für das Modelltraining', 'Belegart', ['Freigegeben'], [
            ('Eingangsrechnungen', None, [(True, 'h')]),
            ('Kassenbelege', None, [(False, 'h')]),
        ]),
        p.hidden_block('hidden', lambda: p.para('Demnächst verfügbar') +
                       p.checkbox('Daten an Partnerunternehmen für deren KI-Training weitergeben', False, ai='p'))))
    p.add(p.section('Mahnwesen', None,
        p.checkbox('Zahlungserinnerung automatisch nach 14 Tagen senden', True),
        p.checkbox('Bankumsätze automatisch offenen Rechnungen zuordnen', True)))
    p.add(p.section('Umsatzsteuer', None,
        p.checkbox('Kleinunternehmerregelung nach § 19 UStG anwenden', False)))
    p.add(p.section('Zugriff für Ihre Steuerberatung', None,
        p.staterow('Kanzlei Hartmann & Partner', 'Lesezugriff seit 04.02.2025', 'Zugriff entziehen', mode='suffix',
                   suffix='für Kanzlei Hartmann & Partner'),
        p.button('DATEV-Export erstellen')))
    p.add(p.section('Newsletter', None, p.checkbox('Tipps und Angebote per E-Mail erhalten', False)))
    p.add(p.section('Sicherheit', None, p.button('Zwei-Faktor-Authentifizierung einrichten')))
    p.add(p.section('Wissen', 'Kostenlose Online-Seminare für Selbstständige und kleine Unternehmen.',
        p.button('Online-Seminar „KI in der Buchhaltung“ – jetzt anmelden')))
    p.add(actions(p))
    return p


def personio():
    p = Page('de', 'personio-datenschutz', 'Personio', 'https://muster-gmbh.personio.de/configuration/privacy',
             'Datenschutz', 'Bekannter Dienst (Rekonstruktion), Sie-Form. Zustandszeile „Widerspruch einlegen“ mit '
             'visuell verstecktem Zusatz, noch kein Widerspruch (inverted, sharing), Select mit Hilfetext (vague), '
             'Kontrollkästchen „Bewerbungsunterlagen“ in geschlossenem <details> unter einem Trainings-Zwischentitel '
             '(heading-only). Köder: Assistant-Zusammenfassungen, Benachrichtigungstabelle, Organigramm, Schulungsplan, '
             'DATEV-Lohnexport, SSO. Versteckt: visibility:hidden.',
             known=True, user='Julia Brandt', brand='Personio',
             nav=['Unternehmen', 'Mitarbeitende', 'Abwesenheiten', 'Payroll', 'Recruiting', 'Integrationen', 'Datenschutz'],
             nav_active=6)
    p.add(p.section('Personio Assistant', None,
        p.switch('Zusammenfassungen von Bewerbungen anzeigen', True, mode='labelledby',
                 help='Zusammenfassungen werden bei Bedarf erstellt. Ihre Bewerberdaten werden dabei nicht zum Training verwendet.')))
    p.add(p.section('KI-Modelle und Ihre Daten',
        'Personio entwickelt Modelle für Abwesenheitsprognosen und die Prüfung von Lohnabrechnungen. Hier legen Sie fest, ob Daten Ihres Unternehmens dazu beitragen.',
        p.staterow('Widerspruch gegen KI-Training', 'Kein Widerspruch eingelegt', 'Widerspruch einlegen', sharing=True, ai='i',
                   mode='suffix', suffix='gegen die Nutzung von Beschäftigtendaten für das KI-Training'),
        p.select('Datenbeitrag zur Produktforschung',
                 [('Kein Beitrag', False), ('Nur aggregierte Kennzahlen', True), ('Pseudonymisierte Datensätze', True)], 0, ai='v',
                 help='Legt fest, ob pseudonymisierte Lohn- und Abwesenheitsdaten in das Training unserer Prognosemodelle einfließen.'),
        p.details('Erweiterte Einstellungen',
            '<h3>Zum Trainieren der Personio-Modelle freigegeben</h3>',
            p.checkbox('Bewerbungsunterlagen', False, ai='h'),
            p.checkbox('Protokoll der Datenzugriffe 90 Tage aufbewahren', True)),
        p.hidden_block('visibility', lambda: p.checkbox('Beschäftigtendaten zum Trainieren von KI-Modellen freigeben', True, ai='p'))))
    p.add(p.section('Benachrichtigungen', None,
        p.table('Benachrichtigen bei', 'Ereignis', ['E-Mail', 'Push'], [
            ('Neuer Abwesenheitsantrag', None, [(True, None), (True, None)]),
            ('Lohnabrechnung abgeschlossen', None, [(True, None), (False, None)]),
        ])))
    p.add(p.section('Sichtbarkeit', None,
        p.select('Wer sieht das Organigramm?', ['Alle Mitarbeitenden', 'Nur Führungskräfte', 'Nur HR'], 0),
        p.checkbox('Neuen Mitarbeitenden automatisch einen Schulungsplan zuweisen', True)))
    p.add(p.section('Integrationen', None, p.button('Lohnexport an DATEV senden'), p.button('SSO konfigurieren')))
    p.add(actions(p))
    return p


def kanzleiwerk():
    p = Page('de', 'kanzleiwerk-ki-funktionen', 'Kanzleiwerk', 'https://portal.kanzleiwerk.test/einstellungen/ki-funktionen',
             'KI-Funktionen', 'Erfundene Kanzleisoftware, Sie-Form. „Mandantenakten nicht für das Training verwenden“ '
             'angehakt (inverted), Fieldset-Radiogruppe mit klarer Legende (plain), div role=switch „Urteilsanmerkungen“ '
             'nur über die Überschrift verständlich (heading-only). Köder: Fristenerkennung, Aktenzusammenfassung, beA, '
             'Mandantenportal, FAO-Fortbildung. Versteckt: geschlossener <dialog>.',
             user='RAin Dr. Weber', brand='Kanzleiwerk',
             nav=['Kanzlei', 'Anwälte & Mitarbeitende', 'Akten', 'Gebühren', 'Mandantenportal', 'KI-Funktionen', 'Schnittstellen'],
             nav_active=5)
    p.add(p.section('Assistenz im Aktenalltag', None,
        p.checkbox('Fristen in eingehenden Schriftsätzen automatisch erkennen', True),
        p.switch('Aktenzusammenfassung per KI', False, mode='text',
                 help='Die Zusammenfassung wird nur auf Anforderung erzeugt und in der Akte abgelegt.'),
        p.select('Standardvorlage für Schriftsätze', ['Kanzleibriefkopf 2025', 'Schlicht ohne Logo'], 0)))
    p.add(p.section('Training unserer Sprachmodelle',
        'Kanzleiwerk-Modelle lernen aus echter juristischer Sprache. Daten, die dem Mandatsgeheimnis unterliegen, behandeln wir nach § 203 StGB; ohne Ihre Freigabe fließt nichts ein.',
        p.checkbox('Mandantenakten nicht für das Training verwenden', True, ai='i'),
        p.radios('Anonymisierte Schriftsätze zum Trainieren unserer Sprachmodelle nutzen',
                 [('Zulassen', True), ('Nicht zulassen', False)], 0, ai='p'),
        p.dialog('Details zur Weitergabe', 'Forschungskooperation', lambda:
                 p.para('Partner: Lehrstuhl für Rechtsinformatik, Universität Passau.') +
                 p.checkbox('Forschungspartnern das Training mit Kanzleidaten erlauben', False, ai='p'),
                 footer_buttons=['Schließen'])))
    p.add(p.section('Weitergabe an Forschungspartner für das KI-Training', None,
        p.switch('Urteilsanmerkungen', True, mode='labelledby', ai='h', tag='div')))
    p.add(p.section('Mandantenportal', None,
        p.checkbox('Mandanten dürfen Dokumente hochladen', True),
        p.checkbox('Mandanten bei neuen Dokumenten per E-Mail informieren', False)))
    p.add(p.section('Zeiten und Gebühren', None,
        p.checkbox('Am Tagesende an fehlende Zeiteinträge erinnern', True),
        p.switch('Gebührenpositionen nach RVG vorschlagen', True, mode='labelledby')))
    p.add(p.section('beA', None, p.button('beA-Postfach verbinden')))
    p.add(p.section('Fortbildung', None,
        p.card('KI im Kanzleialltag', '2,5 Zeitstunden nach § 15 FAO · Live-Webinar am 18. Juni', p.button('Anmelden'))))
    p.add(p.button('Aktenliste exportieren'))
    p.add(actions(p))
    return p


def steuerfuchs():
    p = Page('de', 'steuerfuchs-datenschutz', 'Steuerfuchs', 'https://app.steuerfuchs.test/konto/datenschutz',
             'Datenschutz', 'Erfundene Steuer-App, du-Form. Segmentierte Schaltflächen „KI-Training mit deinen Angaben“ '
             'auf Aus (plain), Zustandszeile „Widerrufen“ per aria-labelledby mit Einwilligungstitel, erteilt (inverted, '
             'sharing), „Steuerfuchs schlauer machen“ mit nahem Hilfetext (vague). Köder: Fuchs-Tipps, Push, ELSTER, '
             'Partnerangebote, Crashkurs. Versteckt: aria-hidden.',
             user='Lena', brand='Steuerfuchs',
             nav=['Meine Erklärungen', 'Belege', 'Bescheide', 'Konto', 'Datenschutz', 'Hilfe'], nav_active=4)
    p.add(p.section('Fuchs-Tipps', None,
        p.switch('Tipps während der Erklärung anzeigen', True, mode='labelledby',
                 help='Die Tipps entstehen aus deinen Angaben in diesem Jahr. Daraus wird nichts gelernt.')))
    p.add(p.section('Deine Daten und unsere KI',
        'Unsere Erstattungsprognose wird besser, je mehr echte Fälle sie kennt. Du entscheidest, ob deine dabei sind.',
        p.segmented('KI-Training mit deinen Angaben', [('An', True), ('Aus', False)], 1, ai='p'),
        p.staterow('Einwilligung zum Modelltraining mit deinen Belegen', 'Erteilt am 12.03.2025', 'Widerrufen',
                   sharing=True, ai='i', mode='lb'),
        p.checkbox('Steuerfuchs schlauer machen', False, ai='v', near=True,
                   help='Dafür trainieren wir unsere Modelle zur Erstattungsprognose mit deinen anonymisierten Antworten.'),
        p.hidden_block('aria', lambda: '<div class="app-preview">' +
                       p.switch('Belege für KI-Training freigeben', True, mode='text', ai='p') + '</div>')))
    p.add(p.section('Benachrichtigungen', None,
        p.checkbox('Push-Nachricht, wenn dein Bescheid da ist', True),
        p.checkbox('Crashkurs Steuern: 5 Lektionen per E-Mail', False)))
    p.add(p.section('Erstattung', None, p.textfield('Konto für die Erstattung (IBAN)', 'DE89 3704 0044 0532 0130 00')))
    p.add(p.section('Belege', None,
        p.checkbox('Text auf Belegfotos direkt auf dem Handy erkennen', True,
                   help='Das Foto verlässt dein Gerät dafür nicht.'),
        p.select('Erinnerung an die Abgabefrist', ['4 Wochen vorher', '2 Wochen vorher', 'Keine Erinnerung'], 0)))
    p.add(p.section('Verbindungen', None, p.button('ELSTER-Zertifikat verbinden'),
        p.button('Partner*in zur Zusammenveranlagung einladen')))
    p.add(p.section('Sicherheit', None, p.button('Zwei-Faktor-Anmeldung aktivieren')))
    p.add(p.section('Angebote', None, p.checkbox('Angebote von Partnern, z. B. Versicherungen', False)))
    p.add(p.button('Alle Erklärungen als PDF herunterladen'))
    p.add(actions(p))
    return p


def lohnkontor():
    p = Page('de', 'lohnkontor-datennutzung', 'Lohnkontor', 'https://lohnkontor.test/verwaltung/einstellungen/datennutzung',
             'Datennutzung', 'Erfundene Lohnabrechnungssoftware, Sie-Form. Tabelle mit Spalte „Vom KI-Training '
             'ausschließen“ (inverted, eine angehakt, eine nicht) neben einer Statistik-Spalte, die laut Einleitung nicht '
             'trainiert (Köder), aria-label-Schalter „Mitarbeit am …-Forschungsprogramm“ mit Hilfetext (vague), klares '
             'Kontrollkästchen in geschlossenem <details> (plain). Versteckt: CSS-Klasse display:none.',
             user='M. Özdemir', brand='Lohnkontor', hide_class='d-none',
             nav=['Betrieb', 'Personal', 'Lohnarten', 'Meldungen', 'Auswertungen', 'Datennutzung'], nav_active=5)
    p.add(p.section('Plausibilitätsprüfung', None,
        p.checkbox('Abrechnungen vor dem Versand automatisch prüfen', True,
                   help='Die Prüfung markiert ungewöhnliche Beträge, bevor Sie die Abrechnung freigeben.'),
        p.checkbox('Lohnsteuer-Anmeldung automatisch übermitteln', True)))
    p.add(p.section('Lohndaten in Auswertungen und KI', None,
        p.table('Verwendung nach Datenart', 'Datenart', ['Anonyme Statistik', 'Vom KI-Training ausschließen'], [
            ('Bruttolöhne', None, [(True, None), (True, 'i')]),
            ('Fehlzeiten', None, [(False, None), (False, 'i')]),
        ], intro='Anonyme Statistiken dienen nur Branchenvergleichen und fließen nicht in ein Modelltraining ein.'),
        p.switch('Mitarbeit am Lohnkontor-Forschungsprogramm', True, mode='label', ai='v',
                 help='Teilnehmende Betriebe stellen pseudonymisierte Abrechnungen bereit, mit denen wir unsere Plausibilitätsprüfung trainieren.'),
        p.details('Weitere Datennutzung',
            p.checkbox('Meldedaten zur Verbesserung unserer KI-Modelle nutzen', False, ai='p')),
        p.hidden_block('class', lambda: p.checkbox('Daten für das KI-Pilotprojekt der Rentenversicherung bereitstellen', False, ai='p'))))
    p.add(p.section('Versand', None,
        p.checkbox('Lohnzettel per E-Mail an Mitarbeitende senden', True),
        p.select('Abrechnungsmonat automatisch schließen am', ['letzten Werktag', '3. Werktag des Folgemonats', 'nie automatisch'], 0)))
    p.add(p.section('Schnittstellen', None,
        p.staterow('DATEV Unternehmen online', 'Nicht verbunden', 'Verbinden', mode='suffix', suffix='mit DATEV Unternehmen online')))
    p.add(p.section('Weiterbildung', None, p.button('Webinar „Entgeltabrechnung für Einsteiger“ buchen')))
    p.add(p.button('Zugriffsprotokoll herunterladen'))
    p.add(actions(p))
    return p


def pages():
    return [lexoffice(), personio(), kanzleiwerk(), steuerfuchs(), lohnkontor()]
