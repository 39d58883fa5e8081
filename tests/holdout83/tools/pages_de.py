from lib import *

CH = dict(skip='Zum Inhalt springen', search='Suchen', language='Sprache', account='Konto', nav='Einstellungen',
          menu=['Mein Profil', 'Einstellungen', 'Hilfe', 'Abmelden'],
          footer=['Datenschutz', 'AGB', 'Impressum', 'Cookie-Einstellungen', 'Hilfe & Kontakt'])


def babbel():
    p = Page('de', 'babbel-datenschutz', 'https://my.babbel.com/de/settings/privacy', 'Datenschutz', 'Babbel',
             ['Profil', 'Lernziele', 'Benachrichtigungen', 'Datenschutz', 'Abo & Zahlung', 'Geräte'],
             CH, known=True, hide='dialog', active=3, accent='#ff6a00', account='Hallo, Jana',
             notes='Nachbau eines bekannten Sprachlern-Dienstes (du); alle KI-Einstellungen erfunden. Tabelle mit Überschrift „Training unserer KI-Modelle“ und Spalte „Erlaubt“.')
    p.sec('Lernen',
          select('Tägliches Lernziel', ['5 Minuten', '10 Minuten', '15 Minuten', '30 Minuten'], 2),
          sw('Spracherkennung in Lektionen', on=True, help='Du sprichst Wörter und Sätze nach und bekommst sofort Feedback.'),
          sw('Lektionen automatisch vorlesen', on=False),
          seg('Tempo der Audioaufnahmen', ['Langsam', 'Normal'], 1))
    p.sec('Benachrichtigungen',
          cb('Erinnerung an mein Lernziel', on=True),
          cb('Neuigkeiten zu Babbel Live-Kursen', on=False),
          cb('Hinweise auf neue KI-Gesprächsübungen', on=True))
    p.sec('Deine Daten und unsere KI',
          sw('Meine Sprachaufnahmen für das Training der Spracherkennung verwenden', on=True, ai='p'),
          rg('Beitrag zur Produktentwicklung', [('Ja, gerne', True), ('Lieber nicht', False)], 1, ai='v',
             help='Legt fest, ob deine Ergebnisse aus Einstufungstests und Wiederholungen in anonymisierter Form zum Trainieren unserer KI-Modelle genutzt werden.'),
          hide_dialog('Erweiterte Datenschutzoptionen', 'Erweiterte Datenschutzoptionen', 'Schließen',
                      cb('Lernfortschritt an Partner für KI-Training weitergeben', on=False, ai='p')),
          intro='Babbel entwickelt seine Übungen mit Hilfe von Sprachtechnologie weiter. Hier bestimmst du, was davon auf dich zurückgeht.')
    p.sec('Training unserer KI-Modelle',
          tbl('Welche Inhalte wir dafür verwenden dürfen', ['Erlaubt'],
              [('Schreibübungen', [(True, 'h')]), ('Chat-Verläufe mit dem KI-Gesprächspartner', [(False, 'h')])],
              help='Der Gesprächspartner selbst funktioniert unabhängig davon weiter.'))
    p.sec('Angemeldete Geräte',
          row('iPhone 13 · Berlin', 'Zuletzt aktiv heute', 'Abmelden', on=True),
          row('Chrome auf Windows · Leipzig', 'Zuletzt aktiv vor 12 Tagen', 'Abmelden', on=True, tag='p'))
    p.sec('Konto',
          btn('Meine Daten herunterladen'), btn('Konto löschen', 'danger'))
    return p


def leo():
    p = Page('de', 'leo-konto', 'https://dict.leo.org/konto/einstellungen', 'Kontoeinstellungen', 'LEO',
             ['Allgemein', 'Vokabeltrainer', 'Forum', 'Datenschutz', 'Newsletter'],
             CH, known=True, hide='tab', active=3, accent='#2f5ea8', account='Mein LEO',
             notes='Nachbau eines bekannten Online-Wörterbuchs (Sie); alle KI-Einstellungen erfunden. KI-Crawler-Auswahl nur über Überschrift; Switch mit aria-label (Ausschluss).')
    p.sec('Darstellung',
          select('Standard-Wörterbuch', ['Englisch ⇔ Deutsch', 'Französisch ⇔ Deutsch', 'Spanisch ⇔ Deutsch', 'Italienisch ⇔ Deutsch'], 0),
          sw('Aussprache beim Öffnen eines Eintrags automatisch abspielen', on=False),
          cb('Flexionstabellen aufgeklappt anzeigen', on=True, wrap=True),
          seg('Schriftgröße', ['klein', 'mittel', 'groß'], 1))
    p.sec('Vokabeltrainer',
          select('Abfragerichtung', ['Fremdsprache → Deutsch', 'Deutsch → Fremdsprache', 'gemischt'], 2),
          cb('Nachgeschlagene Wörter automatisch in die Liste „Zuletzt gesucht“ übernehmen', on=True))
    p.sec('Datenschutz',
          tabs('Datenschutzbereiche', [
              ('Allgemein', [
                  bsw('Forenbeiträge vom KI-Training ausschließen', on=False, ai='i', inv=True, naming='label'),
                  cb('Zur Verbesserung von LEO beitragen', on=True, ai='v',
                     help='Ihre Suchanfragen und Korrekturvorschläge werden ohne Bezug zu Ihrer Person zum Trainieren unserer Übersetzungsmodelle verwendet.'),
                  sw('Personalisierte Werbung anzeigen', on=False),
              ]),
              ('Erweitert', [
                  sw('Vokabeltrainer-Listen für das Modelltraining bereitstellen', on=True, ai='p'),
                  btn('Protokoll anzeigen'),
              ]),
          ]))
    p.sec('Nutzung durch KI-Anbieter',
          select('Meine öffentlichen Forenbeiträge', [('freigeben', True), ('sperren', False)], 1, ai='h'),
          intro='Externe Unternehmen lesen öffentliche Wörterbuchforen systematisch aus, um damit Sprachmodelle zu trainieren. Sie können Ihre Beiträge davon ausnehmen.')
    p.sec('Newsletter',
          cb('LEO-Newsletter (monatlich)', on=False),
          cb('Benachrichtigung bei Antworten auf meine Forenfragen', on=True))
    p.sec('Konto', inp('E-Mail-Adresse', 'k.brandt@example.de', 'email'), btn('Passwort ändern'), btn('Konto löschen', 'danger'))
    return p


def karteikasten():
    p = Page('de', 'karteikasten-daten', 'https://app.karteikasten.test/einstellungen/daten', 'Daten & Privatsphäre', 'Karteikasten',
             ['Lernplanung', 'Darstellung', 'Synchronisierung', 'Daten & Privatsphäre', 'Abo'],
             CH, hide='hidden', active=3, accent='#1b7f4b', account='Tobi',
             notes='Erfundene Karteikarten-App (du). Widerspruchs-Segmentschalter, Zustandszeile „Aktiv / Deaktivieren“, vage Checkbox mit Hilfetext daneben.')
    p.sec('Lernplanung',
          select('Neue Karten pro Tag', ['10', '15', '25', '40'], 1),
          select('Tageswechsel um', ['00:00 Uhr', '03:00 Uhr', '04:00 Uhr'], 2),
          sw('Schwere Karten häufiger zeigen', on=True),
          cb('Geschwisterkarten zurückstellen', on=False))
    p.sec('Darstellung',
          seg('Farbschema', ['Hell', 'Dunkel', 'Wie System'], 2),
          sw('Große Schrift auf Karten', on=False))
    p.sec('Synchronisierung',
          row('Automatische Synchronisierung', 'An', 'Pausieren', on=True),
          cb('Nur im WLAN synchronisieren', on=True))
    p.sec('KI und Lernkarten',
          row('KI-Training mit deinen Lernkarten', 'Aktiv', 'Deaktivieren', on=True, ai='p',
              help='Wir nutzen Vorder- und Rückseiten deiner Karten, um die automatische Kartenerstellung zu verbessern.'),
          seg('Widerspruch gegen die Nutzung meiner Wiederholungsdaten für das Modelltraining',
              [('Widersprechen', False), ('Nicht widersprechen', True)], 1, ai='i'),
          cb('Anonyme Nutzungsdaten teilen', on=False, ai='v', wrap=True,
             help='Dazu gehören Angaben zu Gerät, Sitzungsdauer und genutzten Funktionen, mit denen wir unsere Modelle für Lernempfehlungen trainieren.', desc=False),
          hide_attr(bsw('Geteilte Stapel für das Training freigeben', on=True, ai='p', naming='text')),
          sw('KI-Vorschläge für neue Karten anzeigen', on=True,
             help='Die Vorschläge entstehen aus deinem aktuellen Stapel. Dafür wird nichts gespeichert oder trainiert.'))
    p.sec('Export',
          btn('Als Anki-Paket exportieren'), btn('CSV herunterladen'))
    p.sec('Abo',
          row('Karteikasten Plus', 'Aktiv bis 14.09.2025', 'Kündigen', on=True),
          cb('Automatisch verlängern', on=True))
    return p


def lernpate():
    p = Page('de', 'lernpate-datenschutz', 'https://www.lernpate.test/mein-konto/datenschutz', 'Datenschutz', 'Lernpate',
             ['Übersicht', 'Buchungen', 'Zahlungen', 'Familie', 'Datenschutz', 'Benachrichtigungen'],
             CH, hide='display', active=4, accent='#8a3ffc', account='Familie Yılmaz',
             notes='Erfundener Nachhilfe-Marktplatz (Sie) mit Familienkonto. Kinder-Checkbox invertiert; KI-Stundenzusammenfassung als Köder.')
    p.sec('Profil',
          sw('Profil für Lehrkräfte sichtbar', on=True),
          cb('Nur den Vornamen anzeigen', on=True),
          select('Bevorzugte Unterrichtsform', ['Online', 'Vor Ort', 'Beides'], 2))
    p.sec('Zahlungen',
          select('Zahlungsart', ['SEPA-Lastschrift', 'Kreditkarte', 'PayPal'], 0),
          cb('Rechnungen automatisch per E-Mail senden', on=True),
          btn('Rechnungsadresse bearbeiten'))
    p.sec('Aufzeichnungen und KI',
          radios('Dürfen Aufzeichnungen Ihrer Unterrichtsstunden für das KI-Training genutzt werden?', [('Ja', True), ('Nein', False)], 1, ai='p'),
          bsw('Qualitätsprogramm', on=True, ai='v', naming='lb',
              help='Mit Ihrer Zustimmung werden Nachrichten zwischen Ihnen und den Lehrkräften pseudonymisiert, um unsere Modelle für Antwortvorschläge zu trainieren.'),
          cb('Daten meiner Kinder nicht für KI-Training verwenden', on=True, ai='i', inv=True),
          hide_display(select('Datenweitergabe an KI-Forschungspartner', [('erlaubt', True), ('nicht erlaubt', False)], 0, ai='p')),
          sw('Nach jeder Stunde eine KI-Zusammenfassung erstellen', on=True,
             help='Die Zusammenfassung sehen nur Sie und die Lehrkraft. Sie fließt in kein Training ein.'))
    p.sec('Benachrichtigungen',
          tbl('Benachrichtigungen', ['E-Mail', 'SMS'],
              [('Terminerinnerung', [True, True]), ('Neue Nachricht', [True, False])]))
    p.sec('Sicherheit', row('Zwei-Faktor-Anmeldung', 'Aus', 'Einrichten', on=False))
    return p


def abicoach():
    p = Page('de', 'abicoach-einstellungen', 'https://abicoach.test/einstellungen#privatsphaere', 'Einstellungen', 'Abi-Coach',
             ['Prüfungsfächer', 'Lernplan', 'Privatsphäre', 'Benachrichtigungen', 'Barrierefreiheit'],
             CH, hide='class', active=2, accent='#d1345b', account='Mia K.',
             notes='Erfundene Abi-Vorbereitung (du). Tabelle mit Köder-Spalte „Personalisierung“; Radiogroup „KI-Crawler aussperren“ mit Teiloption.')
    p.sec('Prüfungsfächer',
          select('Bundesland', ['Baden-Württemberg', 'Bayern', 'Berlin', 'Hessen', 'Nordrhein-Westfalen'], 4),
          select('Erstes Leistungsfach', ['Deutsch', 'Englisch', 'Mathematik', 'Biologie'], 1),
          select('Zweites Leistungsfach', ['Deutsch', 'Englisch', 'Mathematik', 'Biologie'], 2))
    p.sec('Lernplan',
          seg('Intensität', ['Entspannt', 'Ausgewogen', 'Endspurt'], 1),
          sw('Wochenende im Lernplan berücksichtigen', on=False))
    p.sec('Privatsphäre',
          tbl('Wofür deine Inhalte genutzt werden', ['Personalisierung', 'KI-Training'],
              [('Aufsätze', [True, (True, 'p')]), ('Lernzeiten', [True, (False, 'p')])],
              help='Personalisierung wirkt nur für dich. Beim KI-Training helfen deine Inhalte, die Korrektur-KI für alle zu verbessern.'),
          rg('KI-Crawler aussperren',
             [('Für alle öffentlichen Inhalte', False), ('Nur für meine Lösungswege', True), ('Nicht aussperren', True)], 0, ai='i',
             help='Betrifft Inhalte, die du in der Lerngruppe öffentlich teilst.'),
          hide_class('zugeklappt', cb('Eigene Karteikarten für KI-Training spenden', on=True, ai='p')),
          sw('Im Klassen-Ranking erscheinen', on=True))
    p.sec('Benachrichtigungen',
          cb('Tägliche Lernerinnerung', on=True),
          cb('Wenn meine Aufsatz-Korrektur fertig ist', on=True),
          cb('Neue Funktionen des KI-Tutors', on=False))
    p.sec('Barrierefreiheit',
          sw('Vorlesefunktion', on=False), sw('Hoher Kontrast', on=False))
    return p


def pages():
    return [babbel(), leo(), karteikasten(), lernpate(), abicoach()]
