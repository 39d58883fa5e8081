from lib import Page, CHROME

L = 'de'


def P(**kw):
    return Page(lang=L, chrome=CHROME[L], **kw)


def shutterstock():
    p = P(slug='shutterstock-konto', url='https://www.shutterstock.com/de/account/settings/privacy',
          brand='Shutterstock', title='Datenschutz und Lizenzen', known=True, prefix='ss',
          nav=['Profil', 'Abonnement', 'Downloads', 'Datenschutz und Lizenzen', 'Benachrichtigungen', 'Zahlungsdaten'],
          active_nav=3,
          notes='Bekannter Dienst (Rekonstruktion), Sie-Form. Radio-Fieldset mit klarer Legende (Lizenzierung für '
                'KI-Training), Select nur durch Abschnittsüberschrift bestimmt, Statuszeile "Ausschluss … Aus" '
                '(invertiert, also Nutzung). Köder: KI-Bildgenerator-Funktionen, Auszahlungen. Versteckt: geschlossener <dialog>.')
    p.h1('Datenschutz und Lizenzen', 'Hier legen Sie fest, wie Ihre Uploads und Ihre Kontodaten genutzt werden dürfen.')
    p.add(p.sec('Beitragende', [
        p.radios('Meine Inhalte für das Training von KI-Modellen lizenzieren',
                 [('Ja, ich nehme teil und werde am Contributor Fund beteiligt', True), ('Nein, nicht lizenzieren', False)], 0, ai='p'),
        p.staterow('Ausschluss aus Trainingsdatensätzen',
                   'Status: <strong>Aus</strong> – Ihre Uploads können in lizenzierte Datensätze aufgenommen werden.',
                   'Einschalten', False, ai='i'),
        p.hide('dialog', [
            p.switch('Auch redaktionelle Inhalte für KI-Training freigeben', False, ai='p'),
            p.checkbox('Modell-Releases beim Export mitsenden', True),
        ], opener='Erweiterte Lizenzoptionen', dlg_title='Erweiterte Lizenzoptionen', close='Schließen'),
        p.select('Auszahlungsmethode', ['PayPal', 'Payoneer', 'Banküberweisung'], 0),
        p.checkbox('Steuerformular jährlich erinnern', True),
    ]))
    p.add(p.sec('Training des KI-Bildgenerators', [
        p.select('Meine Prompts und Bewertungen', [('Verwenden', True), ('Nur anonymisiert verwenden', True),
                                                   ('Nicht verwenden', False)], 1, ai='h'),
    ], intro='Shutterstock entwickelt seinen Bildgenerator auch mit den Eingaben und Bewertungen seiner Kundinnen und Kunden weiter.'))
    p.add(p.sec('KI-Bildgenerator', [
        p.switch('Generierte Bilder automatisch in „Meine Sammlungen“ speichern', True),
        p.checkbox('Hinweis anzeigen, bevor ein generiertes Bild lizenziert wird', True),
    ]))
    p.add(p.sec('Benachrichtigungen', [
        p.checkbox('Neue Funktionen des KI-Generators', False, wrap=True),
        p.checkbox('Verkaufsberichte per E-Mail', True, wrap=True),
        p.checkbox('Angebote und Rabatte', False, wrap=True),
    ]))
    p.add(p.sec('Werbung und Cookies', [
        p.switch('Personalisierte Werbung auf Partnerseiten', False),
        p.button('Cookie-Einstellungen öffnen'),
    ]))
    p.add(p.sec('Konto', [
        p.button('Passwort ändern'),
        p.button('Datenauskunft anfordern'),
        p.button('Konto schließen', cls='btn danger'),
    ]))
    return p


def picsart():
    p = P(slug='picsart-datenschutz', url='https://picsart.com/de/settings/privacy', brand='Picsart',
          title='Privatsphäre', known=True, prefix='pa',
          nav=['Profil', 'Konto', 'Privatsphäre', 'Benachrichtigungen', 'Abo', 'Hilfe'], active_nav=2,
          notes='Bekannter Dienst (Rekonstruktion), Du-Form. Vager Button-Switch "Picsart verbessern" (aria-label) mit '
                'Hilfetext zum KI-Training, invertierte Checkbox "nicht … verwenden", segmentierte Schaltfläche nur per '
                'Überschrift. Köder: KI-Effekte, Remix-Sichtbarkeit. Versteckt: inaktives Tab-Panel "Labs".')
    p.h1('Privatsphäre', 'Du entscheidest, wer deine Bilder sieht und was Picsart damit machen darf.')
    p.add(p.sec('Sichtbarkeit', [
        p.radiogroup('Wer darf deine Remixe sehen?', ['Alle', 'Follower', 'Nur ich'], 0),
        p.switch('Anderen erlauben, meine Bilder zu remixen', True),
        p.switch('Profil in Suchmaschinen anzeigen', False),
    ]))
    p.add(p.hide('tab', [
        p.switch('Experimentelle Modelle mit meinen Fotos trainieren', True, ai='p'),
        p.checkbox('Beta-Effekte vor allen anderen ausprobieren', False),
    ], tabs=['Allgemein', 'Labs'], visible=[
        p.sec('KI und deine Bilder', [
            p.btnswitch('Picsart verbessern', True, naming='aria-label', visible_title='Hilf uns, Picsart zu verbessern',
                        help='Wir nutzen deine Bearbeitungen und hochgeladenen Fotos, um unsere KI-Modelle zu trainieren.',
                        ai='v'),
            p.checkbox('Meine Fotos nicht zum Trainieren von KI verwenden', True, wrap=True, ai='i'),
            p.switch('KI-Effekte in der Bearbeitungsleiste vorschlagen', True,
                     help='Die Vorschläge laufen mit fertigen Modellen; deine Bilder werden dafür nicht gespeichert.'),
        ]),
    ]))
    p.add(p.sec('KI-Training mit Remixen', [
        p.segmented('Meine öffentlichen Remixe', [('Erlauben', True), ('Nicht erlauben', False)], 0, ai='h'),
    ], intro='Öffentliche Remixe können in den Datensatz aufgenommen werden, mit dem wir unsere Bildmodelle trainieren.'))
    p.add(p.sec('Benachrichtigungen', [
        p.checkbox('Jemand remixt mein Bild', True),
        p.checkbox('Neue KI-Tools und Effekte', True),
        p.checkbox('Challenges der Woche', False),
    ]))
    p.add(p.sec('Werbung', [
        p.switch('Personalisierte Werbung', False),
        p.switch('Interessenbasierte Vorlagenvorschläge', True),
    ]))
    p.add(p.sec('Daten', [
        p.button('Meine Daten herunterladen'),
        p.button('Verbundene Apps verwalten'),
    ]))
    return p


def bildwerk():
    p = P(slug='bildwerk-daten', url='https://cloud.bildwerk.test/einstellungen/daten', brand='Bildwerk',
          title='Daten & Synchronisation', prefix='bw',
          nav=['Allgemein', 'Katalog', 'Daten & Synchronisation', 'Geräte', 'Abo', 'Hilfe'], active_nav=2,
          notes='Erfundener Foto-Editor, Sie-Form. Tabelle mit Spalte "KI-Training" (zwei Zeilen), vager Schalter '
                '"Am Verbesserungsprogramm teilnehmen" mit Hilfetext zum Training. Köder: KI-Maskierung lokal, '
                'Fehleranalyse, Synchronisation. Versteckt: [hidden]-Block.')
    p.h1('Daten & Synchronisation', 'Ihre Bibliothek wird verschlüsselt gespeichert. Weitere Verwendungen bestimmen Sie hier selbst.')
    p.add(p.sec('Verwendung Ihrer Daten', [
        p.table('Verwendung Ihrer Daten nach Art', 'Datenart', ['Synchronisation', 'Fehleranalyse', 'KI-Training'],
                [('RAW-Dateien', [True, False, False]), ('Bearbeitungsschritte', [True, True, True])],
                ai_cols={2: ('p', False)}),
    ]))
    p.add(p.sec('Automatische Korrektur', [
        p.switch('Motiv und Himmel automatisch maskieren', True,
                 help='Die Maskierung läuft vollständig auf Ihrem Rechner.'),
        p.switch('Am Verbesserungsprogramm teilnehmen', False, ai='v',
                 help='Wenn Sie teilnehmen, werden Ihre Bearbeitungsschritte anonymisiert und zum Trainieren der '
                      'automatischen Korrektur verwendet.'),
        p.hide('hidden', [
            p.checkbox('Vorschaubilder für das Modelltraining hochladen', False, ai='p'),
        ]),
        p.select('Stärke der Auto-Korrektur', ['Dezent', 'Ausgewogen', 'Kräftig'], 1),
    ]))
    p.add(p.sec('Synchronisation', [
        p.switch('Nur über WLAN synchronisieren', True),
        p.select('Speicherplatz für Smart-Vorschauen', ['5 GB', '20 GB', 'Unbegrenzt'], 1),
        p.checkbox('Originale auf dem Mobilgerät behalten', False),
    ]))
    p.add(p.sec('Benachrichtigungen', [
        p.checkbox('Speicherplatz fast voll', True),
        p.checkbox('Neuigkeiten zu KI-Werkzeugen', False),
    ]))
    p.add(p.sec('Darstellung', [
        p.segmented('Oberfläche', ['Hell', 'Dunkel', 'System'], 1),
        p.switch('Animationen reduzieren', False),
    ]))
    p.add(p.sec('Ihre Daten', [
        p.button('Katalog exportieren'),
        p.button('Alle Cloud-Daten löschen', cls='btn danger'),
    ]))
    return p


def pinselkraft():
    p = P(slug='pinselkraft-einstellungen', url='https://pinselkraft.test/einstellungen/privatsphaere', brand='Pinselkraft',
          title='Privatsphäre & Training', prefix='pk',
          nav=['Profil', 'Abo & Credits', 'Privatsphäre & Training', 'Benachrichtigungen', 'API-Schlüssel'], active_nav=2,
          notes='Erfundener KI-Bildgenerator, Du-Form. Doppelte Verneinung: Radiogroup "vom Training ausschließen" '
                'mit "Nein" gewählt (Nutzung); Statuszeile mit sr-only-Suffix "Teilnehmen am Modelltraining" '
                '(Status aus); Schalter nur per Überschrift (Galerie-Datensätze). Köder: Stealth-Modus, NSFW-Filter. '
                'Versteckt: Inline display:none.')
    p.h1('Privatsphäre & Training', 'Was mit deinen Prompts und Bildern passiert, nachdem sie generiert wurden.')
    p.add(p.sec('Deine Prompts', [
        p.radiogroup('Meine Prompts vom Training ausschließen', [('Ja', False), ('Nein', True)], 1, ai='i',
                     help='Gilt für alle künftigen Prompts in diesem Konto.'),
        p.switch('Stealth-Modus: Generierungen nicht öffentlich zeigen', False,
                 help='Nur im Pro-Abo. Hat keinen Einfluss auf das Training.'),
        p.checkbox('Prompt-Verlauf 30 Tage speichern', True),
    ]))
    p.add(p.sec('Modelltraining', [
        p.staterow('Modelltraining', 'Deine Generierungen fließen derzeit <strong>nicht</strong> in das Training ein.',
                   'Teilnehmen', False, ai='p', suffix='am Modelltraining'),
        p.hide('inline-display', [
            p.switch('Hochgeladene Referenzbilder ebenfalls zum Training nutzen', False, ai='p'),
        ]),
    ]))
    p.add(p.sec('Öffentliche Galerie und Datensätze', [
        p.switch('Meine Galerie-Bilder einbeziehen', True, ai='h'),
    ], intro='Bilder aus der öffentlichen Galerie können in Trainingsdatensätze für künftige Pinselkraft-Modelle aufgenommen werden.'))
    p.add(p.sec('Generierung', [
        p.select('Standard-Seitenverhältnis', ['1:1', '3:2', '16:9', '9:16'], 0),
        p.segmented('Qualität', ['Entwurf', 'Standard', 'Hoch'], 1),
        p.switch('Filter für sensible Inhalte', True),
        p.checkbox('Wasserzeichen bei Downloads hinzufügen', False),
    ]))
    p.add(p.sec('Benachrichtigungen', [
        p.checkbox('E-Mail, wenn ein neues Modell erscheint', True),
        p.checkbox('Credits fast aufgebraucht', True),
    ]))
    p.add(p.sec('Konto', [
        p.button('Alle Generierungen herunterladen'),
        p.button('Discord verbinden'),
        p.button('Zahlungsmethode ändern'),
        p.textfield('Anzeigename in der Galerie', 'nachtfalter_77'),
        p.button('Konto löschen', cls='btn danger'),
    ]))
    return p


def folienfabrik():
    p = P(slug='folienfabrik-organisation', url='https://app.folienfabrik.test/admin/organisation/ki', brand='Folienfabrik',
          title='Organisation: KI und Daten', prefix='ff', css_hide_class='is-deprecated',
          nav=['Organisation', 'Mitglieder', 'Branding', 'KI und Daten', 'Sicherheit', 'Rechnungen'], active_nav=3,
          notes='Erfundener Präsentations-Editor, Admin-Seite, Sie-Form. Vages Select "Datenfreigabe für '
                'Produktverbesserung" mit Hilfetext zur Layout-KI, invertierter Button-Switch "KI-Training … sperren" '
                '(an), Checkbox nur per Überschrift. Köder: KI-Assistent ohne Training, SSO. Versteckt: CSS-Klasse.')
    p.h1('KI und Daten', 'Einstellungen für alle 48 Mitglieder der Organisation „Hansen & Roth Kommunikation“.')
    p.add(p.sec('KI-Assistent', [
        p.switch('Folien-Assistenten für alle Mitglieder freischalten', True,
                 help='Der Assistent schreibt Entwürfe und schlägt Layouts vor. Inhalte Ihrer Organisation werden dabei nicht zum Training verwendet.'),
        p.select('Sprache der Vorschläge', ['Wie Präsentation', 'Deutsch', 'Englisch'], 0),
        p.checkbox('Generierte Bilder kennzeichnen', True),
    ]))
    p.add(p.sec('Daten', [
        p.select('Datenfreigabe für Produktverbesserung', [('Keine Freigabe', False), ('Nur Layouts, ohne Text', True),
                                                           ('Vollständig', True)], 0, ai='v',
                 help='Legt fest, ob Folieninhalte Ihrer Organisation zum Trainieren unserer Layout-KI verwendet werden.'),
        p.btnswitch('KI-Training für diese Organisation sperren', True, naming='labelledby', ai='i'),
        p.hide('class', [
            p.checkbox('Präsentationsnotizen in das Training einbeziehen (alt)', False, ai='p'),
        ]),
    ]))
    p.add(p.sec('Training des Präsentationsassistenten', [
        p.checkbox('Vorlagen der Organisation', False, wrap=True, ai='h'),
    ], intro='Wählen Sie, welche Inhalte wir zusätzlich verwenden dürfen, um den Präsentationsassistenten zu trainieren.', details=True))
    p.add(p.sec('Sicherheit', [
        p.switch('Single Sign-on erzwingen', True),
        p.select('Freigabelinks', ['Nur innerhalb der Organisation', 'Auch extern mit Passwort', 'Öffentlich'], 0),
        p.button('Audit-Protokoll herunterladen'),
    ]))
    p.add(p.sec('Benachrichtigungen für Admins', [
        p.checkbox('Neue Mitglieder treten bei', True),
        p.checkbox('Änderungen an KI-Funktionen', True),
    ]))
    p.add(p.sec('Darstellung und Barrierefreiheit', [
        p.checkbox('Alternativtexte für Bilder verpflichtend machen', True),
        p.select('Standard-Schriftgröße im Editor', ['Klein', 'Mittel', 'Groß'], 1),
        p.switch('Hoher Kontrast im Präsentationsmodus', False),
    ]))
    p.add(p.sec('Integrationen', [
        p.button('Microsoft Teams verbinden'),
        p.button('Google Drive verbinden'),
    ]))
    return p


def pages():
    return [shutterstock(), picsart(), bildwerk(), pinselkraft(), folienfabrik()]
