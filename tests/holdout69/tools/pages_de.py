from lib import Page

CH = dict(search="Suche", placeholder="Einstellungen, Bestellungen, Hilfe durchsuchen", language="Sprache",
          account="Mein Konto", menu=["Profil", "Konto wechseln", "Hilfe & Kontakt", "Abmelden"],
          nav="Bereiche der Einstellungen", save="Änderungen speichern", copyright="© 2025 {service}")


def ebay():
    p = Page("de", "ebay-verkaeufer-cockpit-datennutzung", "https://www.ebay.de/sh/account/datennutzung",
             "eBay", "Datennutzung", "Nachbau des eBay Verkäufer-Cockpits (Seller Hub); Markup, Texte und alle "
             "KI-Trainingseinstellungen erfunden. Sie-Form. Radio-Fieldset mit Klartext, umgekehrte "
             "Checkbox-Switch (widersprechen), Tabelle mit Spalte 'Für KI-Training freigeben'; display:none-Block. "
             "Köder: KI-Angebotsbeschreibung, Preisvorschläge, Marktanalyse ohne Training.",
             dict(CH, placeholder="Im Verkäufer-Cockpit suchen"),
             ["Übersicht", "Aufträge", "Angebote", "Marketing", "Leistung", "Zahlungen", "Forschung", "*Konto"],
             ["Verkäuferportal", "Grundsätze", "Datenschutzerklärung", "AGB", "Impressum"], known=True, idp="eb",
             brand="eBay Verkäufer-Cockpit", lead="Legen Sie fest, wofür eBay die Daten Ihres Verkäuferkontos verwenden darf.")
    p.add(p.sec("Angebotserstellung",
                p.sw("Artikelbeschreibung mit KI entwerfen", True,
                     help="Der Entwurf entsteht aus Titel und Artikelmerkmalen. Sie können ihn vor dem Einstellen bearbeiten."),
                p.sw("Preisvorschläge anzeigen", True),
                p.sel("Standard-Angebotsformat", ["Sofort-Kaufen", "Auktion", "Auktion mit Sofort-Kaufen"], 0)))
    p.add(p.sec("KI-Modelle bei eBay",
                p.radios("Dürfen wir Ihre Angebotsfotos zum Trainieren unserer KI-Modelle verwenden?",
                         ["Ja", "Nein"], 0, ai="p", shares=[True, False]),
                p.sw("Der Nutzung meiner Käuferkommunikation für KI-Training widersprechen", False, ai="i",
                     help="Betrifft Nachrichten über „Nachricht an Käufer“ und Antworten auf Fragen zum Artikel."),
                p.table("Daten aus Ihrem Verkäuferkonto", "Datenart", ["Für KI-Training freigeben"],
                        [("Rücknahmen und Rückgabegründe", [False])], ai_cols={0: "p"}),
                intro="eBay entwickelt Modelle für Suche, Kategorisierung und Betrugserkennung."))
    p.add(p.hide("display",
                 p.cb("Versanddaten an Logistikpartner für deren KI-Training übermitteln", True, ai="p"),
                 title="eBay Versand-Partnerprogramm"))
    p.add(p.sec("Marktanalyse",
                p.cb("Meine Verkaufszahlen in anonymisierte Marktberichte aufnehmen", True,
                     help="Die Berichte zeigen Durchschnittspreise je Kategorie. Ein Training von Modellen findet damit nicht statt."),
                p.btn("Daten exportieren")))
    p.add(p.sec("Benachrichtigungen",
                p.table("Wie möchten Sie informiert werden?", "Ereignis", ["E-Mail", "App"],
                        [("Artikel verkauft", [True, True]), ("Preisvorschlag erhalten", [True, True]),
                         ("Angebot endet bald", [False, True]), ("Fall eröffnet", [True, True])])))
    return p


def ferienhafen():
    p = Page("de", "ferienhafen-gastgeber-daten", "https://gastgeber.ferienhafen.test/einstellungen/daten",
             "Ferienhafen", "Daten & Privatsphäre", "Erfundenes Gastgeber-Dashboard für Ferienwohnungen, Sie-Form. "
             "Vage Segmentsteuerung mit aria-describedby, Button-Switch mit aria-label nur unter KI-Überschrift, "
             "Zustandszeile mit sr-only-Zusatz (Klartext, Ausschluss aktiv). CSS-Klasse mit display:none. "
             "Köder: automatische Übersetzung, dynamische Preise, Sichtbarkeit.",
             dict(CH, placeholder="Unterkünfte und Buchungen durchsuchen", account="Gastgeberkonto"),
             ["Heute", "Kalender", "Unterkünfte", "Nachrichten", "Auswertungen", "Auszahlungen", "*Einstellungen"],
             ["Gastgeber-Akademie", "Datenschutz", "AGB", "Impressum"], idp="fh", hide_class="u-versteckt")
    p.add(p.sec("Ihre Unterkunft",
                p.sw("Dynamische Preise", False, help="Passt den Übernachtungspreis an Saison und Nachfrage an."),
                p.sel("Mindestaufenthalt", ["1 Nacht", "2 Nächte", "3 Nächte", "7 Nächte"], 1),
                p.sw("Gästenachrichten automatisch übersetzen", True),
                p.cb("Unterkunft in Suchmaschinen anzeigen", True)))
    p.add(p.sec("Qualität unserer Empfehlungen",
                p.seg("Buchungsverlauf einbeziehen", ["Ja", "Nein"], 1, ai="v", shares=[True, False],
                      help="Ihre bisherigen Buchungen, Stornierungen und Preise fließen in das Training der Modelle ein, die Gästen Unterkünfte vorschlagen.")))
    p.add(p.sec("Training unserer KI-Assistenten",
                p.bsw("Fotos Ihrer Unterkunft", True, by="label", ai="h"),
                p.state("Gästebewertungen", "Vom Training ausgeschlossen", "Wieder zulassen", share=False,
                        suffix="(Gästebewertungen für das KI-Training)", ai="p"),
                intro="Der Ferienhafen-Assistent hilft Gästen bei der Suche. Wählen Sie, mit welchen Inhalten er lernen darf."))
    p.add(p.hide("class",
                 p.sw("Meine Nachrichten mit Gästen für das Training von Sprachmodellen freigeben", True, ai="p"),
                 title="Pilotprojekt Antwortvorschläge"))
    p.add(p.sec("Benachrichtigungen",
                p.table("Benachrichtigungen zu Buchungen", "Anlass", ["E-Mail", "SMS"],
                        [("Neue Buchung", [True, True]), ("Stornierung", [True, False]),
                         ("Neue Bewertung", [True, False]), ("Auszahlung", [True, False])])))
    return p


def flinkrad():
    p = Page("de", "flinkrad-fahrer-datenschutz", "https://fahrer.flinkrad.test/konto/datenschutz",
             "Flinkrad", "Datenschutz", "Erfundene Kurier-App (Fahrradlieferung), Du-Form. Umgekehrte native "
             "Checkbox (nicht verwenden), role=radiogroup nur mit Hilfetext zum Training, Tabelle mit "
             "Spaltenüberschrift unter KI-Überschrift. aria-hidden-Block. Köder: Schichtplanung, Routenvorschläge, "
             "Trinkgeld-Statistik.",
             dict(CH, placeholder="Schichten, Zonen, Hilfe suchen", account="Dein Profil"),
             ["Schichten", "Verdienst", "Ausrüstung", "Dokumente", "*Datenschutz", "Hilfe"],
             ["Rider-Hub", "Sicherheit", "Datenschutzhinweise", "Impressum"], idp="fr", save="Speichern",
             lead="Hier entscheidest du, was mit deinen Daten passiert.")
    p.add(p.sec("Schichten & Touren",
                p.sw("Freie Schichten in meiner Zone vorschlagen", True),
                p.sel("Bevorzugte Zone", ["Mitte", "Kreuzberg", "Neukölln", "Prenzlauer Berg"], 0),
                p.sw("Routen mit Radwegen bevorzugen", True, help="Die Route wird auf deinem Handy berechnet."),
                p.cb("Mehrere Bestellungen pro Tour annehmen", True),
                p.sw("Wartezeit im Restaurant automatisch melden", True),
                p.btn("Ausrüstung nachbestellen")))
    p.add(p.sec("Deine Touren und unsere Modelle",
                p.cb("GPS-Spuren meiner Touren nicht zum Training der Zeitschätzung verwenden", False, ai="i"),
                p.rgroup("Fotos der Übergabe", ["Behalten und nutzen", "Nach 30 Tagen löschen"], 0, ai="v",
                         shares=[True, False],
                         help="Wenn wir sie behalten, trainieren wir damit das Modell, das Zustellfotos automatisch prüft."),
                p.table("Was darf in das KI-Training einfließen?", "Daten", ["Freigegeben"],
                        [("Chatverläufe mit dem Support", [False])],
                        ai_cols={0: "h"})))
    p.add(p.hide("aria",
                 p.sw("Sprachnachrichten an Kund:innen für Spracherkennung nutzen", True, ai="p"),
                 title="Sprachnachrichten"))
    p.add(p.sec("Verdienst",
                p.cb("Trinkgeld-Statistik im Wochenbericht anzeigen", True,
                     help="Nur für dich sichtbar, wird nicht für Modelltraining genutzt."),
                p.btn("Verdienstnachweis herunterladen")))
    p.add(p.sec("Benachrichtigungen",
                p.table("Push-Nachrichten", "Thema", ["Push"],
                        [("Bonus-Zeiten", [True]), ("Neue Schichten", [True]), ("Wetterwarnungen", [True])])))
    return p


def werkstueck():
    p = Page("de", "werkstueck-shop-privatsphaere", "https://www.werkstueck.test/shop/einstellungen/privatsphaere",
             "Werkstück", "Privatsphäre & Daten", "Erfundener Marktplatz für Handgemachtes, Du-Form. Select mit "
             "Klartext, Button-Switch per aria-labelledby (vage, Hilfe nebenan ohne describedby), Zustandszeile per "
             "aria-labelledby (umgekehrt: Widerspruch), geschlossenes <details> mit Checkbox. visibility:hidden-Block. "
             "Köder: KI-Fotoverbesserung, Kurse, Sichtbarkeit.",
             dict(CH, placeholder="Im Shop suchen", account="Dein Shop"),
             ["Übersicht", "Artikel", "Bestellungen", "Nachrichten", "Kurse", "Finanzen", "*Einstellungen"],
             ["Hilfe", "Community", "Datenschutz", "AGB", "Impressum"], idp="ws",
             lead="Dein Shop, deine Regeln.")
    p.add(p.sec("Shop",
                p.txt("Shopname", "Filz & Faden"),
                p.sw("Urlaubsmodus", False),
                p.sw("Fotos automatisch aufhellen", True, help="Die KI-Fotoverbesserung bearbeitet nur das jeweilige Bild."),
                p.cb("Shop in der Werkstück-App zeigen", True),
                p.sel("Versand aus", ["Deutschland", "Österreich", "Schweiz"], 0),
                p.btn("Shopvorschau öffnen")))
    p.add(p.sec("Kurse & Workshops",
                p.cb("Mich über neue Online-Kurse zu KI-Tools für Kreative informieren", False),
                p.sel("Kurssprache", ["Deutsch", "Englisch"], 0)))
    p.add(p.sec("KI bei Werkstück",
                p.sel("Produktfotos zum Trainieren unserer Bilderkennung nutzen", ["Erlaubt", "Nicht erlaubt"], 1,
                      ai="p", shares=[True, False]),
                p.bsw("Werkstück mit meinen Shopdaten besser machen", True, by="lby", ai="v", desc=False,
                      help="Dazu gehören Artikeltexte, Preise und Verkäufe, mit denen wir unsere Such- und Empfehlungsmodelle trainieren."),
                p.state("Widerspruch gegen KI-Training mit Kundennachrichten", "Nicht eingelegt", "Einlegen",
                        share=True, ai="i"),
                p.details("Weitere Einstellungen",
                          p.cb("Meine Shop-Texte dürfen für das Training externer Sprachmodelle lizenziert werden", False, ai="p"))))
    p.add(p.hide("visibility",
                 p.cb("Entwürfe aus dem Designstudio zum KI-Training freigeben", True, ai="p"),
                 title="Designstudio (bald verfügbar)"))
    p.add(p.sec("E-Mails",
                p.table("Schick mir eine E-Mail bei…", "Anlass", ["E-Mail"],
                        [("neuer Bestellung", [True]), ("neuer Nachricht", [True]), ("neuer Bewertung", [False])])))
    return p


def appgarten():
    p = Page("de", "appgarten-konsole-datennutzung", "https://konsole.appgarten.test/konto/datennutzung",
             "Appgarten", "Datennutzung", "Erfundene App-Store-Entwicklerkonsole, Sie-Form. Tabellenzelle "
             "Zeile × Spalte 'Modelltraining' (Klartext) neben Köder-Spalte 'Qualitätsprüfung', "
             "role=radiogroup umgekehrt (ausschließen), Segment nur unter Überschrift/Intro. Geschlossener Dialog. "
             "Köder: KI-Übersetzung der Store-Texte, Absturzberichte, Beta-Tests.",
             dict(CH, placeholder="Apps, Berichte, Dokumentation durchsuchen", account="Entwicklerkonto"),
             ["Übersicht", "Apps", "Berichte", "Auszahlungen", "Team", "*Kontoeinstellungen", "API-Schlüssel"],
             ["Dokumentation", "Richtlinien", "Status", "Datenschutz", "Impressum"], idp="ag")
    p.add(p.sec("Konto",
                p.txt("Name des Anbieters", "Kleeblatt Apps GmbH"),
                p.txt("Support-Adresse", "support@kleeblatt.example", typ="email"),
                p.sel("Zeitzone für Berichte", ["Europe/Berlin", "UTC"], 0)))
    p.add(p.sec("Store-Einträge",
                p.sw("Store-Texte automatisch in weitere Sprachen übersetzen", True),
                p.sw("Beta-Tests für neue Builds automatisch freigeben", False),
                p.sw("Absturzberichte täglich per E-Mail zusammenfassen", False),
                p.btn("Neuen API-Schlüssel erstellen")))
    p.add(p.sec("Daten Ihrer Apps",
                p.table("Nutzung durch Appgarten", "Quelle", ["Modelltraining", "Qualitätsprüfung"],
                        [("Absturzberichte", [False, True])],
                        ai_cols={0: "p"}),
                p.rgroup("Ihre Apps aus dem Training des Empfehlungssystems ausschließen",
                         ["Ausschließen", "Nicht ausschließen"], 1, ai="i", shares=[False, True])))
    p.add(p.sec("KI-gestützte Prüfung",
                p.seg("Screenshots und Store-Texte", ["Verwenden", "Nicht verwenden"], 1, ai="h", shares=[True, False]),
                intro="Appgarten trainiert ein Modell, das Richtlinienverstöße in Einreichungen erkennt. Entscheiden Sie, ob Ihre Einreichungen dazu beitragen."))
    p.add(p.btn("Erweiterte Optionen…"))
    p.add(p.hide("dialog",
                 p.cb("Quellcode-Ausschnitte aus Prüfberichten für KI-Training verwenden", True, ai="p"),
                 title="Erweiterte Optionen", close="Schließen"))
    p.add(p.sec("Benachrichtigungen",
                p.table("E-Mail-Benachrichtigungen", "Ereignis", ["E-Mail"],
                        [("Prüfung abgeschlossen", [True]), ("Auszahlung erfolgt", [True]), ("Neue Rezension", [False])])))
    return p


def pages():
    return [ebay(), ferienhafen(), flinkrad(), werkstueck(), appgarten()]
