from lib import Page


def komoot():
    p = Page('de', 'komoot-privatsphaere', 'https://www.komoot.com/de-de/account/privacy', 'komoot', 'Privatsphäre',
             ['Profil', 'Konto', 'Privatsphäre', 'Benachrichtigungen', 'Karten & Regionen', 'Premium', 'Verbundene Geräte'],
             active=2, known=True, account='Lena K.',
             notes='Nachbau der komoot-Privatsphäre-Seite (Texte erfunden). Invertierter Schalter "ausschließen" (an = keine Nutzung), vages Fieldset mit Hilfetext zum Modelltraining, Zustandszeile per aria-labelledby mit Status "Aus". Köder: Tourvorschläge, Highlights, Heatmap, Benachrichtigungen über KI-Funktionen. Versteckt: Lizenz-Checkbox in geschlossenem <dialog>.')
    p.sec('Sichtbarkeit')
    p.sel('Wer darf deine geplanten Touren sehen?', ['Alle', 'Nur enge Freunde', 'Nur ich'], 2)
    p.sel('Wer darf deine abgeschlossenen Touren sehen?', ['Alle', 'Nur enge Freunde', 'Nur ich'], 0)
    p.cb('Mein Profil in Suchmaschinen anzeigen', False)
    p.cb('Andere dürfen mich zu Touren einladen', True)
    p.sec('Touren und Highlights')
    p.sw('Meine Touren in die öffentliche Heatmap aufnehmen', True, help='Daraus entsteht eine zusammengefasste Karte beliebter Wege. Einzelne Touren sind darin nicht erkennbar.')
    p.sw('Tourvorschläge auf Basis meiner Aktivitäten', True, help='Die Vorschläge werden aus deinem Verlauf berechnet. Unser Modell wird dafür nicht mit deinen Daten neu trainiert.')
    p.sec('Deine Daten und unsere KI', 'Hier legst du fest, ob Aufzeichnungen aus deinem Konto in das Training unserer Modelle einfließen.')
    p.sw('Meine Touren vom KI-Training ausschließen', True, help='Gilt für aufgezeichnete und geplante Touren.', ai=('i', False))
    p.fs('Beitrag zur Routenplanung', ['Mitmachen', 'Nicht mitmachen'], 0,
         help='Wir verwenden deine aufgezeichneten Touren, um die Modelle zu trainieren, die Wegtypen und Untergründe erkennen.', ai=('v', True))
    p.row('Tourfotos für das KI-Training', 'Fotos, die du an Highlights hochlädst.', 'Aus', 'Ändern', ai=('p', False))
    with p.hide('closed-dialog', trigger='Weitere Datenoptionen', dlg_title='Weitere Datenoptionen', close='Schließen'):
        p.cb('Öffentliche Highlights für das Training externer KI-Modelle lizenzieren', False)
    p.sec('Benachrichtigungen')
    p.cb('Push-Nachricht, wenn Freunde eine Tour abschließen', True)
    p.cb('E-Mail zu neuen KI-Funktionen im Routenplaner', False)
    p.sec('Werbung')
    p.sw('Personalisierte Angebote von Partnern', False)
    p.sec('Daten')
    p.btn('Alle Touren als GPX exportieren')
    p.btn('Konto löschen')
    return p


def freeletics():
    p = Page('de', 'freeletics-datenschutz', 'https://www.freeletics.com/de/account/settings/privacy/', 'Freeletics', 'Datenschutz & Coach',
             ['Profil', 'Abo', 'Datenschutz & Coach', 'Benachrichtigungen', 'Geräte', 'Hilfe'],
             active=2, known=True,
             notes='Nachbau der Freeletics-Einstellungen (Texte erfunden). Überschrift-only-Radiogroup ("Training unserer KI"), invertierter button-Switch per aria-label ("Keine Nutzung … " an = false), vages Select mit Hilfetext. Köder: Coach-Anpassung, Form-Feedback per Kamera auf dem Gerät. Versteckt: Forschungs-Schalter im inaktiven Tab.')

    def general():
        p.w('<h3>Coach</h3>')
        p.sw('Trainingsplan automatisch an meine Bewertungen anpassen', True)
        p.sw('Form-Feedback per Kamera', False, help='Die Auswertung läuft nur auf deinem Telefon. Videos verlassen das Gerät nicht und trainieren keine Modelle.')
        p.sel('Trainingstage pro Woche', ['2', '3', '4', '5'], 2)
        p.cb('Aufwärmen immer einplanen', True)
    with p.hide('inactive-tab', tabs=['Allgemein', 'Forschung', 'Coach-Einstellungen'], first=general):
        p.sw('An Forschungsstudien zum KI-Training teilnehmen', False)
    p.sec('Training unserer KI', 'Der Coach lernt aus vielen Trainingsverläufen. Leg fest, ob deine dazugehören dürfen.')
    p.rg('Meine Trainingsverläufe', ['Dürfen genutzt werden', 'Nicht verwenden'], 1, ai=('h', False))
    p.bsw('Keine Nutzung meiner Technik-Videos für Modelltraining', True, by='label', title='Technik-Videos', ai=('i', False))
    p.sel('Datenfreigabe für den Coach', ['Alle Trainingsdaten', 'Nur Bewertungen nach dem Workout', 'Keine'], 0,
          help='Bestimmt, welche Daten wir verwenden, um das KI-Modell hinter dem Coach weiterzuentwickeln und neu zu trainieren.', ai=('v', True))
    p.sec('Community')
    p.sw('Mein Profil in der Community anzeigen', True)
    p.cb('Applaus-Benachrichtigungen', True)
    p.sec('Analyse und Werbung')
    p.cb('Nutzungsanalyse zur Verbesserung der App erlauben', True, help='Wir sehen, welche Bildschirme du öffnest – nicht, was du trainierst.')
    p.cb('Personalisierte Werbung auf Partnerseiten', False)
    p.sec('Zahlungen')
    p.btn('Zahlungsmethode ändern')
    p.btn('Rechnungen herunterladen')
    return p


def laufwerk():
    p = Page('de', 'laufwerk-datenfreigaben', 'https://app.laufwerk.test/einstellungen/datenfreigaben', 'Laufwerk', 'Datenfreigaben',
             ['Mein Verein', 'Termine', 'Datenfreigaben', 'Benachrichtigungen', 'Mitgliedschaft'],
             active=2, account='Tobias',
             notes='Erfundene Lauftreff-App. Tabelle mit Spalte "KI-Training" (zwei Zeilen, eine an, eine aus) neben der Köder-Spalte "Rangliste"; invertierte Segmentgruppe "Widerspruch gegen KI-Training" mit "Kein Widerspruch" gedrückt. Versteckt: Schalter in einem Block mit hidden-Attribut.')
    p.sec('Treffpunkte')
    p.sel('Stammtreff', ['Tempelhofer Feld', 'Volkspark Friedrichshain', 'Tiergarten'], 0)
    p.cb('Erinnerung am Vorabend', True)
    p.cb('Bei Regen automatisch absagen', False)
    p.sec('Was mit deinen Läufen passiert')
    p.table('Datenfreigaben', ['Rangliste', 'KI-Training'], [('Läufe', [True, True]), ('Herzfrequenz', [False, False])],
            ai={(0, 1): ('p', True), (1, 1): ('p', False)})
    p.w('<details><summary>Erweiterte Einstellungen</summary>')
    p.seg('Widerspruch gegen KI-Training', ['Widersprochen', 'Kein Widerspruch'], 1,
          help='Dein Widerspruch gilt für alle Daten, auch für ältere Läufe.', ai=('i', True))
    p.w('</details>')
    with p.hide('hidden-attr'):
        p.sw('Trainingsdaten an Sportwissenschaftler für KI-Modelle weitergeben', True)
    p.sec('Tempo-Tipps')
    p.sw('Tempo-Tipps vom Assistenten anzeigen', True, help='Die Tipps werden aus deinen letzten Läufen berechnet.')
    p.cb('Über neue Assistenten-Funktionen informieren', False)
    p.sec('Darstellung')
    p.rg('Einheiten', ['Kilometer', 'Meilen'], 0)
    p.sw('Dunkles Design', True)
    p.sec('Konto')
    p.text('E-Mail-Adresse', 'tobias@beispiel.test', type='email')
    p.btn('Passwort ändern')
    p.btn('Daten exportieren')
    return p


def fitwerk():
    p = Page('de', 'fitwerk-datenschutz', 'https://www.fitwerk-studios.test/mitglieder/einstellungen/datenschutz', 'FitWerk Studios', 'Datenschutz-Einstellungen',
             ['Mitgliedschaft', 'Kurse buchen', 'Check-ins', 'Datenschutz', 'Zahlungen', 'Hilfe'],
             active=3, account='Herr Demir', hide_class='d-none',
             notes='Erfundene Fitnessstudio-Kette (Sie-Form). Überschrift-only umschließende Checkbox, vager Text-button-Switch mit Hilfetext zum Modelltraining, doppelt verneinte Checkbox "… nicht zum Trainieren von KI verwenden" (nicht angehakt = Nutzung). Köder: Körperanalyse, Kursempfehlungen, Marketing. Versteckt: Lizenz-Schalter mit display:none inline.')
    p.sec('Kurse')
    p.cb('Wartelistenplatz automatisch annehmen', True)
    p.sel('Bevorzugtes Studio', ['Köln-Ehrenfeld', 'Köln-Deutz', 'Bonn Zentrum'], 0)
    p.sw('Kursempfehlungen anzeigen', True, help='Empfehlungen basieren auf Ihren bisherigen Buchungen.')
    p.sec('Körperanalyse')
    p.cb('Messergebnisse im Mitgliederkonto speichern', True)
    p.cb('Ergebnisse mit meinem Trainer teilen', True)
    p.sec('Verwendung Ihrer Daten für das Training von KI-Modellen',
          'Wir entwickeln ein Modell, das Auslastung und Trainingsfortschritt vorhersagt. Sie entscheiden, welche Daten dafür genutzt werden dürfen.')
    p.cb('Check-in-Zeiten und Kursbuchungen einbeziehen', True, wrap=True, ai=('h', True))
    p.cb('Meine Körperanalyse-Werte nicht zum Trainieren von KI verwenden', False, ai=('i', True))
    p.sec('Geräte')
    p.bsw('Gerätedaten bereitstellen', True, by='text',
          help='Ist die Option aktiv, trainieren wir mit den Satz- und Gewichtsdaten der Kraftgeräte unser Modell für Trainingsempfehlungen.', ai=('v', True))
    p.sw('Login am Gerät per Armband', True)
    with p.hide('inline-display'):
        p.sw('Anonymisierte Trainingsdaten an KI-Partner lizenzieren', False)
    p.sec('Kommunikation')
    p.table('Wie dürfen wir Sie kontaktieren?', ['E-Mail', 'SMS'], [('Kursänderungen', [True, True]), ('Aktionen', [False, False])])
    p.sec('Konto')
    p.btn('SEPA-Mandat ändern')
    p.btn('Mitgliedschaft pausieren')
    return p


def gipfelbuch():
    p = Page('de', 'gipfelbuch-daten', 'https://gipfelbuch.test/konto/daten-und-ki', 'Gipfelbuch', 'Daten & KI',
             ['Profil', 'Touren', 'Offline-Karten', 'Daten & KI', 'Benachrichtigungen', 'Barrierefreiheit'],
             active=3, account='Konto von Vroni', hide_class='versteckt',
             notes='Erfundene Wander-Karten-App (Sie-Form). Klarer button-Switch per aria-labelledby (aus), Überschrift-only Zustandszeile "Ändern Gipfelfotos" (Status Freigegeben), vager Schalter mit Hilfetext. Köder: Lawinenlagebericht, Offline-Karten, Barrierefreiheit. Versteckt: Checkbox in Block mit CSS-Klasse display:none.')
    p.sec('Karten')
    p.sel('Kartenstil', ['Topografisch', 'Satellit', 'Winter'], 0)
    p.sw('Lawinenlagebericht einblenden', True)
    p.cb('Offline-Karten nur im WLAN laden', True)
    p.cb('Höhenprofil unter der Karte anzeigen', True)
    p.sw('Notfallkontakt informieren, wenn ich mich verspäte', False, help='Wir schicken eine SMS, wenn Sie zwei Stunden nach der geplanten Ankunft nicht zurück sind.')
    p.sec('Wegenetz')
    p.sw('Wegenetz gemeinsam verbessern', True,
         help='Dabei fließen Ihre Tracks in das Training des Modells ein, das Wegverläufe auf Luftbildern erkennt.', ai=('v', True))
    p.bsw('KI-Modelle mit meinen GPS-Tracks trainieren', False, by='labelledby', ai=('p', False))
    with p.hide('class-display'):
        p.cb('Gipfelbucheinträge für das Training von Sprachmodellen freigeben', True)
    p.sec('KI-Training', 'Folgende Inhalte werden derzeit verwendet, um unsere Modelle zu trainieren.')
    p.row('Gipfelfotos', 'Bilder, die Sie im Gipfelbuch veröffentlichen.', 'Freigegeben', 'Ändern', ai=('h', True))
    p.sec('Tourenassistent')
    p.sw('Tourenassistent verwenden', True, help='Der Assistent schlägt Einkehrmöglichkeiten vor. Ihre Eingaben werden nicht zum Training verwendet.')
    p.cb('Hinweise zu neuen Assistenzfunktionen per E-Mail', False)
    p.sec('Sichtbarkeit')
    p.rg('Wer sieht meine Touren?', ['Alle', 'Bergfreunde', 'Nur ich'], 1)
    p.sec('Barrierefreiheit')
    p.sw('Hoher Kontrast', False)
    p.sel('Schriftgröße', ['Normal', 'Groß', 'Sehr groß'], 0)
    p.btn('Meine Daten herunterladen')
    p.btn('Verbundene Apps verwalten')
    p.btn('Auf allen Geräten abmelden')
    return p


def pages():
    return [komoot(), freeletics(), laufwerk(), fitwerk(), gipfelbuch()]
