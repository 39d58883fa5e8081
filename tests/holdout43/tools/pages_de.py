from lib import Page, T, F, HID, page


@page
def zalando():
    pg = Page('de', 'zalando-datenschutz', 'https://www.zalando.de/myaccount/datenschutz/',
              'Datenschutz-Einstellungen', 'Zalando', real=True, skin=1, skel=1,
              nav=['Bestellungen', 'Rücksendungen', 'Wunschzettel', 'Adressen', 'Zahlungsarten',
                   'Datenschutz', 'Newsletter'], nav_current=5,
              notes='Bekannter Modehändler. Opt-in-Checkbox: Bestellungen und Rücksendungen trainieren die '
                    'Größenberatung (an); Switch nur mit sichtbarem „Aus“, Name per aria-label '
                    '„… vom KI-Training ausschließen“ (invertiert, aus → true). Köder: personalisierte Empfehlungen '
                    'im Konto, Stil-Assistent ohne Training, Sprachsuche, Werbung. Versteckter Köder: '
                    'visibility:hidden.')
    reco = pg.sec('Empfehlungen und Größenberatung',
        pg.cb('Personalisierte Empfehlungen im Shop anzeigen', True,
              help='Wir berechnen sie aus deinen Käufen und deinem Wunschzettel. Sie bleiben in deinem Konto.'),
        pg.cb('Meine Bestellungen und Rücksendungen zum Trainieren der Größenberatung verwenden', True,
              help='Aus Rücksendegründen wie „zu klein“ lernt unser Modell, welche Größe anderen Kundinnen und '
                   'Kunden passt.', ai=T()),
        pg.sw('Größenhinweise auf Produktseiten anzeigen', True),
    )
    rev = pg.sec('Bewertungen und Fotos',
        pg.sw('Meine Bewertungen vom KI-Training ausschließen', False, mode='aria', vis='Bewertungen im KI-Training',
              help='Texte und Fotos aus deinen Produktbewertungen.', ai=T('i')),
        pg.cb('Meinen Vornamen bei Bewertungen anzeigen', True),
        pg.cb('Fotos aus meinen Bewertungen öffentlich zeigen', True),
    )
    style = pg.sec('Stilberatung',
        pg.sw('Stil-Assistenten im Chat nutzen', True,
              help='Deine Fragen werden nur verarbeitet, um dir zu antworten, und nicht zum Training verwendet.'),
        pg.sel('Bevorzugte Abteilung', ['Damen', 'Herren', 'Kinder', 'Keine Angabe'], 0),
        pg.cb('Sprachsuche in der App erlauben', False,
              help='Die Aufnahme wird nach der Suche gelöscht.'),
    )
    ads = pg.sec('Werbung und Kommunikation',
        pg.cb('Personalisierte Werbung auf anderen Websites', False),
        pg.cb('Newsletter mit Angeboten und Trends', True),
        pg.cb('Bestellstatus per Push-Benachrichtigung', True),
        pg.btn('Cookie-Einstellungen öffnen'),
    )
    notif = pg.sec('Benachrichtigungen',
        pg.table(None, 'Thema', ['Push', 'E-Mail'], [
            ('Preisalarme', [True, False], None),
            ('Lieferstatus', [True, True], None),
            ('Neue Kollektionen', [False, True], None),
        ], name='rowcol'),
    )
    data = pg.sec('Deine Daten',
        pg.btn('Datenauskunft anfordern', kind='a', href='/myaccount/datenauskunft'),
        pg.btn('Kundenkonto löschen', kind='a', href='/myaccount/loeschen'),
    )
    hidden = pg.hide('vis', lambda: [
        pg.cb('Fotos aus Rezensionen für das Modelltraining freigeben', True, ai=HID)])
    return pg, pg.render(reco, rev, style, ads, notif, data, hidden, pg.btn('Speichern', primary=True))


@page
def kleinanzeigen():
    pg = Page('de', 'kleinanzeigen-datenschutz', 'https://www.kleinanzeigen.de/m-einstellungen-datenschutz.html',
              'Datenschutz & Sicherheit', 'Kleinanzeigen', real=True, skin=2, skel=0,
              nav=['Meine Anzeigen', 'Nachrichten', 'Merkliste', 'Profil', 'Einstellungen', 'Datenschutz & Sicherheit'],
              nav_current=5,
              notes='Bekannter Kleinanzeigenmarkt. Div-Toggle „Sicherheitsfunktionen verbessern“ (vage, Hilfetext: '
                    'Chats trainieren die Betrugserkennung; an → true); role=radiogroup für Anzeigenfotos '
                    '(„Nicht erlauben“ → false); Statuszeile für KI-Crawler mit aria-labelledby auf Aktion + Titel '
                    '(erlaubt → true). Köder: Antwortvorschläge auf dem Gerät, Nutzungsanalyse ohne Training. '
                    'Versteckter Köder in geschlossenem <dialog>.')
    msg = pg.sec('Nachrichten',
        pg.divtog('Sicherheitsfunktionen verbessern', True,
                  help='Wir trainieren unsere Betrugserkennung mit Inhalten aus deinen Chats mit Käufern und '
                       'Verkäufern, auch mit verschickten Bildern.', ai=T('v')),
        pg.cb('Lesebestätigungen senden', True),
        pg.cb('Neue Nachrichten zusätzlich per E-Mail', False),
        pg.sw('Antwortvorschläge anzeigen', True,
              help='Die Vorschläge entstehen auf deinem Gerät, deine Chats verlassen es dafür nicht.'),
    )
    ads = pg.sec('Anzeigen',
        pg.radios('Nutzung deiner Anzeigenfotos für KI-Modelle', ['Erlauben', 'Nicht erlauben'], 1, kind='rg',
                  help='Gilt für alle Fotos, die du in aktiven und abgelaufenen Anzeigen hochgeladen hast.', ai=F()),
        pg.cb('Telefonnummer in meinen Anzeigen anzeigen', False),
        pg.sel('Standard für neue Anzeigen', ['Nur Abholung', 'Versand möglich', 'Abholung oder Versand'], 2),
        pg.cb('Preisvorschlag beim Einstellen anzeigen', True,
              help='Berechnet aus ähnlichen Anzeigen in deiner Umgebung.'),
    )
    ext = pg.sec('Externe KI-Dienste',
        pg.state('Abruf deiner Anzeigen durch KI-Crawler', 'Erlaubt', 'Ändern', how='lby', elt='a',
                 help='Betrifft Anbieter, die öffentliche Anzeigen einsammeln, um damit eigene KI-Modelle zu trainieren.',
                 ai=T()),
    )
    prof = pg.sec('Profil',
        pg.cb('„Zuletzt online“ anzeigen', True),
        pg.radios('Wer darf dir schreiben?', ['Alle', 'Nur Nutzer mit verifiziertem Konto'], 0),
        pg.btn('Blockierte Nutzer verwalten', kind='a', href='/m-blockierte-nutzer.html'),
    )
    notif = pg.sec('Benachrichtigungen',
        pg.sw('Neue Nachrichten', True, mode='lby'),
        pg.sw('Neue Treffer für gespeicherte Suchen', True, mode='lby'),
        pg.sw('Preisänderungen bei gemerkten Anzeigen', False, mode='lby'),
    )
    ana = pg.sec('Analyse und Werbung',
        pg.cb('Nutzungsanalyse zur Fehlerbehebung', True,
              help='Diese Daten nutzen wir nicht, um KI-Modelle zu trainieren.'),
        pg.btn('Werbe-Einstellungen', kind='a', href='/m-werbung.html'),
    )
    hidden = pg.hide('dialog', lambda: [
        pg.cb('Chatverläufe zum Trainieren unseres Assistenten verwenden', True, ai=HID),
        pg.btn('Übernehmen'),
    ])
    return pg, pg.render(msg, ads, ext, prof, notif, ana, hidden, pg.btn('Speichern', primary=True))


@page
def frischkorb():
    pg = Page('de', 'frischkorb-datenschutz', 'https://www.frischkorb.test/mein-konto/datenschutz',
              'Datenschutz und Daten', 'Frischkorb', skin=3, skel=2,
              nav=['Übersicht', 'Bestellungen', 'Einkaufslisten', 'Kundenkarte', 'Lieferadressen', 'Datenschutz'],
              nav_current=5,
              notes='Erfundener Lebensmittel-Lieferdienst mit Kundenkarte. Tabelle mit Schaltern je Gerät, benannt '
                    'nur durch die Zeile (Überschrift „Sprachaufnahmen im Training“; an/aus); Statuszeile: '
                    'Widerspruch eingelegt, Aktion „Widerspruch zurücknehmen (…)“ (invertiert, → false). Köder: '
                    'Coupons fürs eigene Konto, Sprachliste, Ersatzartikel. Versteckter Köder in inaktivem Tab.')
    voice = pg.sec('Sprach-Einkaufsliste',
        pg.cb('Einkaufsliste per Sprache ergänzen', True),
        pg.table(None, 'Gerät', ['Aufnahmen fließen ein'], [
            ('Küchenlautsprecher', [True], [T('h')]),
            ('Smartphone von Jana', [False], [F('h')]),
        ], ctl='sw', intro='Sprachaufnahmen im Training: Aufnahmen von diesen Geräten dürfen verwendet werden, '
                           'um unsere Spracherkennung zu trainieren.'),
        pg.btn('Aufnahmen anhören und löschen'),
    )
    card = pg.sec('Kundenkarte und Kassenbons',
        pg.cb('Digitale Kassenbons statt Papier', True),
        pg.cb('Coupons passend zu meinen Einkäufen', True,
              help='Die Auswahl wird nur für Ihr Konto berechnet.'),
        pg.cb('Treuepunkte automatisch einlösen', False),
        pg.state('Widerspruch gegen KI-Training mit Einkaufsdaten', 'Eingelegt am 3. März 2025',
                 'Widerspruch zurücknehmen', sr_text='(Einkaufsdaten im KI-Training)',
                 help='Solange Ihr Widerspruch gilt, verwenden wir Ihre Kassenbons nicht zum Trainieren unserer Modelle.',
                 ai=F('i')),
        pg.btn('Kassenbons exportieren'),
    )
    deliv = pg.sec('Lieferung',
        pg.state('Lieferadresse', 'Lindenstraße 8, 50674 Köln', 'Ändern', sr_text='Lieferadresse'),
        pg.inp('Hinweis für den Fahrer', 'Bitte bei Müller klingeln'),
        pg.cb('SMS, wenn der Fahrer unterwegs ist', True),
        pg.sel('Bevorzugtes Lieferfenster', ['7–10 Uhr', '10–14 Uhr', '17–21 Uhr'], 2),
        pg.cb('Ersatzartikel akzeptieren', True),
        pg.cb('Wochenangebote per Newsletter', False),
    )
    tabs = pg.tabs('Geräte', [
        ('Website', lambda: [pg.p('Diese Einstellungen gelten für alle Geräte.')]),
        ('App', lambda: [pg.cb('Einkaufslisten für das Modelltraining freigeben', True, ai=HID)]),
    ])
    return pg, pg.render(voice, card, deliv, tabs, pg.btn('Speichern', primary=True))


@page
def preisfuchs():
    pg = Page('de', 'preisfuchs-daten', 'https://preisfuchs.test/konto/einstellungen/daten',
              'Daten & Privatsphäre', 'Preisfuchs', skin=0, skel=3,
              nav=['Mein Preisfuchs', 'Preisalarme', 'Merkzettel', 'Cashback', 'Daten & Privatsphäre'], nav_current=4,
              notes='Erfundener Preisvergleich mit Cashback. „Nicht für Trainingszwecke verwenden“ nur über die '
                    'Abschnittsüberschrift „Klickverlauf“ verständlich (invertiert + Überschrift, angehakt → false); '
                    'vager Switch „An der Produktverbesserung teilnehmen“ (Hilfetext: Training; aus → false); '
                    'Partner-Checkbox in geschlossenem <details> (gelistet, aus → false). Köder: Absturzberichte, '
                    'KI-Zusammenfassungen ohne Training. Versteckter Köder: display:none.')
    clicks = pg.sec('Klickverlauf',
        pg.cb('Für die personalisierte Startseite nutzen', True),
        pg.cb('Nicht für Trainingszwecke verwenden', True, ai=F('ih')),
        pg.btn('Klickverlauf löschen'),
        intro='Welche Angebote Sie anklicken und wie lange Sie sich Preisverläufe ansehen.')
    impr = pg.sec('Produktverbesserung',
        pg.sw('An der Produktverbesserung teilnehmen', False, mode='lby',
              help='Dabei verwenden wir Ihre Suchanfragen und Preisalarme, um die Sprachmodelle unserer Produktsuche '
                   'zu trainieren.', ai=F('v')),
        pg.cb('Fehlerberichte automatisch senden', True,
              help='Absturzberichte dienen nur der Fehlerbehebung und nicht dem Training von KI.'),
    )
    alarms = pg.sec('Preisalarme',
        pg.cb('Benachrichtigung per Push', True),
        pg.cb('Benachrichtigung per E-Mail', False),
        pg.sel('Zusammenfassung senden', ['Sofort', 'Täglich', 'Wöchentlich'], 1),
    )
    ki = pg.sec('KI-Funktionen',
        pg.cb('KI-Zusammenfassung von Testberichten anzeigen', True,
              help='Wird für jede Produktseite neu erzeugt. Ihre Daten fließen dabei in kein Training ein.'),
        pg.seg('Ergebnisse sortieren nach', ['Preis', 'Beliebtheit', 'Testnote'], 0),
    )
    cash = pg.sec('Cashback',
        pg.cb('Cashback beim Klick auf einen Shop automatisch aktivieren', True),
        pg.btn('Auszahlungskonto ändern'),
        pg.details('Weitere Einstellungen',
            pg.cb('Händlerpartner dürfen meine Preisalarme zum Trainieren ihrer Prognosemodelle nutzen', False, ai=F()),
            pg.cb('Cashback-Belege monatlich per E-Mail', False),
        ),
    )
    konto = pg.sec('Konto',
        pg.btn('Passwort ändern'),
        pg.btn('Verknüpfte Shops verwalten', kind='a', href='/konto/shops'),
        pg.cb('Videos in Testberichten automatisch abspielen', False),
    )
    hidden = pg.hide('style', lambda: [
        pg.sw('Suchanfragen zum Anlernen der KI nutzen', True, ai=HID)])
    return pg, pg.render(clicks, impr, alarms, ki, cash, konto, hidden, pg.btn('Einstellungen speichern', primary=True))


@page
def werkstueck():
    pg = Page('de', 'werkstueck-shop-ki', 'https://werkstueck.test/shop/verwaltung/einstellungen/ki',
              'KI & Inhalte', 'Werkstück', skin=1, skel=4,
              nav=['Übersicht', 'Produkte', 'Bestellungen', 'Nachrichten', 'Auszahlungen', 'KI & Inhalte',
                   'Shop-Einstellungen'], nav_current=5,
              notes='Erfundene Plattform für Handgemachtes und Print-on-Demand, Verkäufer-Dashboard. Offener '
                    'role=dialog mit Switch für Kundennachrichten (aus → false); Ja/Nein-Radios für hochgeladene Motive '
                    '(Ja → true); „Produkttexte vom KI-Training ausnehmen“ (Infinitiv, invertiert, nicht angehakt → '
                    'true). Köder: Hintergrund-Entfernung ohne Speicherung, Benachrichtigungstabelle je Kanal. '
                    'Versteckter Köder in Klasse mit display:none.')
    dlg = pg.dialog('Neu: Unsere KI-Richtlinie für Verkäufer',
        pg.sw('Kundennachrichten für das Modelltraining freigeben', False, mode='content',
              help='Nachrichten zwischen dir und deinen Käufern, ohne Namen und Adressen.', ai=F()),
        pg.div(pg.btn('Verstanden', primary=True), pg.btn('Später erinnern')),
        intro='Wir entwickeln einen Assistenten, der Antworten an Käufer vorschlägt. Du entscheidest, was wir dafür '
              'verwenden dürfen.')
    motifs = pg.sec('Motive und Produktfotos',
        pg.yesno('Dürfen wir deine hochgeladenen Motive zum Training unseres Bildgenerators nutzen?', True, ai=T()),
        pg.cb('Produkttexte vom KI-Training ausnehmen', False,
              help='Titel, Beschreibungen und Tags deiner Produkte.', ai=T('i')),
        pg.cb('Wasserzeichen auf Vorschaubildern', True),
        pg.sw('Hintergrund beim Hochladen automatisch entfernen', False,
              help='Läuft nur auf dem gerade hochgeladenen Foto. Es wird weder gespeichert noch zum Training verwendet.'),
    )
    shop = pg.sec('Shop',
        pg.cb('Urlaubsmodus', False),
        pg.sel('Bearbeitungszeit', ['1–2 Werktage', '3–5 Werktage', '1–2 Wochen'], 1),
        pg.cb('Bestellungen automatisch annehmen', True),
    )
    notif = pg.sec('Benachrichtigungen',
        pg.table(None, 'Ereignis', ['E-Mail', 'Push'], [
            ('Neue Bestellung', [True, True], None),
            ('Neue Nachricht', [False, True], None),
            ('Bewertung erhalten', [True, False], None),
        ], name='rowcol'),
    )
    hidden = pg.hide('class', lambda: [
        pg.divtog('Verkaufsdaten für KI-Prognosen teilen', True, ai=HID)])
    return pg, pg.render(dlg, motifs, shop, notif, hidden, pg.btn('Änderungen speichern', primary=True))
