from lib import Page

CH = dict(search_label="Suche", search_ph="Produkte suchen", lang_label="Sprache wählen",
          account="Mein Konto", menu=["Bestellungen", "Kontoeinstellungen", "Hilfe", "Abmelden"],
          footer=["Hilfe & Kontakt", "Datenschutz", "AGB", "Impressum", "Barrierefreiheit"],
          nav_label="Kontonavigation")


def ch(**kw):
    d = dict(CH)
    d.update(kw)
    return d


def pages():
    out = []

    # 1 ---- PAYBACK (known) — closed dialog — du
    p = Page("de", "payback-datenschutz-einstellungen", "https://www.payback.de/mein-payback/einstellungen/datenschutz",
             "PAYBACK", "Datenschutz-Einstellungen",
             ch(search_ph="Partner oder Coupon suchen", account="Hallo Jonas", menu=["Punktestand", "Meine Coupons", "Einstellungen", "Logout"],
                footer=["Hilfe", "Datenschutzhinweise", "Teilnahmebedingungen", "Impressum", "Cookie-Einstellungen"]),
             ["Übersicht", "Punktekonto", "Coupons", "eCoupons-Partner", "*Datenschutz", "Kontaktdaten", "Karte sperren"],
             known=True, idp="pb", hide_class="pb-alt",
             intro="Hier legst du fest, wie wir deine Einkaufsdaten verwenden dürfen. Deine Punkte sammelst du in jedem Fall weiter.")
    p.sec("Werbung & Coupons")
    p.cb("Individuelle Coupons auf Basis meiner Einkäufe", True, switch=True,
         help="Dafür werten wir aus, bei welchen Partnern du was kaufst.")
    p.cb("Werbung per E-Mail", True, switch=True)
    p.cb("Werbung per Post", False, switch=True)
    p.select("Coupons aktivieren", ["Automatisch alle aktivieren", "Ich aktiviere selbst"], 1)
    p.sec("Künstliche Intelligenz")
    p.cb("Mithelfen, PAYBACK besser zu machen", True, switch=True, ai="v",
         help="Wenn aktiv, fließen deine Bon- und Punktedaten in das Training unserer Machine-Learning-Modelle ein, etwa für Coupon-Vorschläge.")
    p.radios("Keine Nutzung meiner Einkaufsdaten für das KI-Training unserer Partnerunternehmen",
             ["Ja, ausschließen", "Nein, nicht ausschließen"], 1, ai="i", shares=[False, True])
    p.sub("Welche Daten dürfen ins Modelltraining?", "Deine Auswahl gilt für alle Modelle, die PAYBACK selbst trainiert.")
    p.select("Datenumfang", ["Alle Einkaufsdaten", "Nur Online-Einkäufe", "Keine"], 2, ai="h", shares=[True, True, False])
    p.begin_hidden("closed-dialog", opener="Details zu Partner-Datenräumen", title="Partner-Datenräume", closer="Schließen")
    p.cb("Pseudonymisierte Daten für KI-Modelle der Partner bereitstellen", False, switch=True, ai="p")
    p.end_hidden()
    p.sec("Benachrichtigungen")
    p.cb("Push bei neuen eCoupons", True, switch=True)
    p.cb("Hinweis, wenn Punkte verfallen", True, switch=True)
    p.cb("Neuigkeiten zum KI-Assistenten in der App", False, switch=True)
    p.sec("Konto")
    p.sec("Sicherheit")
    p.cb("Anmeldung per Fingerabdruck", True, switch=True)
    p.btn("PIN für die Punkteeinlösung ändern")
    p.cb("Bei neuer Anmeldung eine E-Mail senden", True)
    p.sec("Deine Daten")
    p.btn("Datenauskunft anfordern")
    p.btn("Einwilligungen als PDF herunterladen")
    p.btn("Teilnahme beenden", cls="danger")
    out.append(p)

    # 2 ---- REWE (known) — inactive tab panel — Sie
    p = Page("de", "rewe-konto-datennutzung", "https://shop.rewe.de/mydata/privacy", "REWE",
             "Datennutzung & Einwilligungen",
             ch(search_ph="Was suchen Sie?", account="Mein REWE", menu=["Meine Bestellungen", "Einkaufslisten", "Konto", "Abmelden"]),
             ["Persönliche Daten", "Lieferadressen", "Zahlungsarten", "Bestellungen", "*Datennutzung", "Newsletter", "REWE Bonus"],
             known=True, idp="rw", hide_class="rw-hidden",
             intro="Verwalten Sie, wofür REWE Ihre Bestell- und Bonusdaten nutzt.")
    p.begin_hidden("inactive-tabpanel")
    p.begin_tabs(["Allgemein", "Erweitert"], "Bereiche")
    p.tab_panel(0)
    p.sec("Personalisierung", level=2)
    p.cb("Angebote auf Basis meiner Bestellungen anzeigen", True)
    p.cb("Einkaufsliste mit häufig gekauften Artikeln vorbefüllen", True)
    p.seg("Ersatzartikel", ["Erlaubt", "Nur nach Rückfrage", "Nicht erlaubt"], 1)
    p.sec("KI-gestützte Funktionen",
          "Der Rezept-Assistent schlägt Gerichte zu Ihrem Warenkorb vor. Er wurde mit lizenzierten Rezeptdaten trainiert – Ihre Bestellungen verwenden wir dafür nicht.")
    p.bsw("Rezept-Assistent", True, mode="by")
    p.bsw("Meine Bestellungen vom Training der REWE-Modelle ausschließen", True, mode="by", ai="i", inv=True)
    p.seg("Zur Weiterentwicklung beitragen", ["Ja", "Nein"], 0, ai="v", shares=[True, False],
          help="Mit „Ja“ dürfen wir Ihre Warenkörbe und Bewertungen nutzen, um unsere Empfehlungsalgorithmen zu trainieren.")
    p.sec("Produktbewertungen")
    p.row("Veröffentlichte Bewertungen", "Aktiv", "Deaktivieren", True, mode="suffix",
          suffix="der Auswertung meiner Bewertungen", ai="v",
          help="Ihre Bewertungstexte werden zum Anlernen unserer automatischen Inhaltsprüfung verwendet.")
    p.cb("Meinen Vornamen bei Bewertungen anzeigen", False)
    p.tab_panel(1)
    p.cb("Bonusdaten für das Training externer KI-Dienstleister freigeben", False, ai="p")
    p.cb("Technische Protokolle 30 Tage aufbewahren", True)
    p.end_tabs()
    p.end_hidden()
    p.sec("Kommunikation")
    p.cb("Newsletter mit Wochenangeboten", True)
    p.cb("SMS zum Lieferstatus", True)
    p.select("Kontakt bei Rückfragen", ["Anruf", "SMS", "E-Mail"], 0)
    p.sec("Sicherheit")
    p.btn("Passwort ändern")
    p.btn("Alle Geräte abmelden")
    out.append(p)

    # 3 ---- Korbklug (invented, price comparison) — hidden attribute — du
    p = Page("de", "korbklug-einstellungen", "https://konto.korbklug.test/einstellungen/daten", "Korbklug",
             "Einstellungen",
             ch(search_ph="Produkt oder Markt vergleichen", account="Profil"),
             ["Meine Listen", "Preiswecker", "Märkte", "*Einstellungen", "Hilfe"], idp="kk", hide_class="kk-weg")
    p.sec("Preisvergleich")
    p.select("Umkreis für Märkte", ["2 km", "5 km", "10 km", "20 km"], 1)
    p.cb("Discounter einbeziehen", True)
    p.cb("Angebote aus Prospekten berücksichtigen", True)
    p.cb("Bio-Produkte hervorheben", False)
    p.radios("Preise anzeigen als", ["Stückpreis", "Grundpreis (pro kg/l)"], 1)
    p.sec("Deine Listen fürs Modelltraining",
          "Wir trainieren unsere Produkterkennung mit echten Einkaufslisten. Mach mit, wenn du magst – du kannst es jederzeit zurücknehmen.")
    p.cb("Gespeicherte Einkaufslisten", True, ai="h")
    p.sec("Lernende Preisprognose")
    p.row("Preisdaten aus meinen Kassenbons für KI-Training", "Aus", "Einschalten", False, mode="by", ai="p",
          help="Bons, die du hochlädst, landen nur mit deiner Zustimmung im Trainingsdatensatz.")
    p.begin_hidden("hidden-attribute")
    p.cb("Suchverlauf zum Trainieren der Vergleichs-KI nutzen", True, switch=True, ai="p")
    p.end_hidden()
    p.table("Wer darf was?", ["Korbklug", "Partnermärkte"],
            [("Statistik zu Preisen in deiner Region", [True, False]), ("Nicht für KI-Training verwenden", [False, True])],
            ai_cells={(1, 0): ("i", True), (1, 1): ("i", True)}, corner="Nutzung")
    p.sec("Benachrichtigungen")
    p.cb("Preiswecker per Push", True, switch=True)
    p.cb("Wöchentliche Spar-Zusammenfassung", False, switch=True)
    p.sec("Konto")
    p.seg("Darstellung der Ergebnisse", ["Liste", "Kacheln"], 0)
    p.btn("Verknüpfte Kundenkarten verwalten")
    p.btn("Daten exportieren")
    p.btn("Konto löschen", cls="danger")
    out.append(p)

    # 4 ---- Bonbeleg (invented, receipt cashback) — inline display none — du
    p = Page("de", "bonbeleg-privatsphaere", "https://app.bonbeleg.test/profil/privatsphaere", "Bonbeleg",
             "Privatsphäre",
             ch(search_ph="Aktionen durchsuchen", account="Konto", footer=["FAQ", "Datenschutz", "Nutzungsbedingungen", "Impressum"]),
             ["Guthaben", "Eingereichte Bons", "Auszahlung", "*Privatsphäre", "Benachrichtigungen"], idp="bb", hide_class="bb-z",
             intro="Kassenbon fotografieren, Cashback kassieren. So gehen wir mit deinen Bons um.")
    p.sec("Bons & Auszahlung")
    p.cb("Bonfotos nach der Prüfung automatisch löschen", False, switch=True)
    p.select("Auszahlung an", ["PayPal", "Bankkonto (IBAN)", "Gutschein"], 0)
    p.cb("Cashback ab 10 € automatisch auszahlen", True)
    p.sec("Training unserer Texterkennung")
    p.radios("Dürfen wir deine Bonfotos zum Trainieren unserer KI verwenden?", ["Ja", "Nein"], 1, ai="p", shares=[True, False])
    p.select("Beitrag zur Bonerkennung", ["Vollständige Bons", "Nur Summen und Marktname", "Gar nicht"], 1, ai="v",
             shares=[True, True, False],
             help="Die gewählten Angaben nutzen wir, um das Modell zu trainieren, das Bons automatisch ausliest.")
    p.begin_hidden("inline-display-none")
    p.bsw("KI-Training mit Standortdaten", False, mode="label", ai="p")
    p.end_hidden()
    p.sub("Marktforschung mit maschinellem Lernen",
          "Ausgewählte Hersteller trainieren mit zusammengefassten Bondaten eigene Prognosemodelle. Hier bestimmst du, ob deine Bons dabei sind.")
    p.cb("Meine Bons an Hersteller", False, switch=True, ai="h")
    p.sec("Benachrichtigungen")
    p.cb("Neue Cashback-Aktionen", True, switch=True)
    p.cb("Bon geprüft", True, switch=True)
    p.cb("Tipps zu unserer neuen KI-Bonerkennung", False, switch=True)
    p.sec("Anzeige")
    p.seg("Design", ["Hell", "Dunkel", "Automatisch"], 2)
    p.cb("Beträge mit Komma statt Punkt", True)
    p.cb("Analyse-Cookies zulassen", False)
    p.cb("Personalisierte Werbung von Partnern", False)
    p.sec("Sicherheit")
    p.cb("Anmeldung mit Face ID", True, switch=True)
    p.btn("Verknüpfte Händlerkonten anzeigen")
    p.btn("Meine Daten herunterladen")
    p.btn("Konto schließen", cls="danger")
    out.append(p)

    # 5 ---- Frischkiste (invented, grocery delivery) — class display none — Sie
    p = Page("de", "frischkiste-datenschutz", "https://www.frischkiste.test/kundenkonto/datenschutz", "Frischkiste",
             "Datenschutz",
             ch(search_ph="Im Sortiment suchen", account="Kundenkonto", menu=["Lieferungen", "Abo pausieren", "Kundenkonto", "Abmelden"]),
             ["Meine Kiste", "Lieferungen", "Abo", "Zahlung", "*Datenschutz", "Barrierefreiheit"], idp="fk", hide_class="fk-alt",
             intro="Ihre Bio-Kiste, Ihre Daten. Entscheiden Sie selbst, was wir verwenden.")
    p.sec("Lieferung")
    p.rgroup("Ablageort, wenn niemand öffnet", ["Vor der Haustür", "Bei Nachbarn", "Zurück ins Depot"], 0)
    p.cb("Kühlbox abholen lassen", True)
    p.select("Liefertag", ["Dienstag", "Donnerstag", "Samstag"], 1)
    p.sec("Rezeptvorschläge",
          "Unser Rezept-Generator arbeitet nur mit dem Inhalt Ihrer aktuellen Kiste. Er wird nicht mit Kundendaten trainiert.")
    p.cb("Rezeptideen zur Kiste anzeigen", True, switch=True)
    p.sec("Mitwirkung am Modelltraining",
          "Ihre Tauschwünsche und Bewertungen können wir in die Trainingsdaten unserer Sortimentsplanung aufnehmen.")
    p.rgroup("Tauschwünsche und Bewertungen", ["Verwenden", "Nicht verwenden"], 1, ai="h", shares=[True, False])
    p.bsw("Lieferdaten zum Trainieren der Routen-KI verwenden", True, mode="label", ai="p", text="Routenplanung")
    p.cb("Widerspruch gegen KI-Training mit meinen Kundenservice-Chats", False, wrap=True, ai="i", inv=True)
    p.begin_hidden("class-display-none")
    p.cb("Einkaufsdaten an Partner für KI-Training weitergeben", True, ai="p")
    p.end_hidden()
    p.sec("Newsletter")
    p.cb("Saisonkalender per E-Mail", True)
    p.cb("Hofgeschichten aus der Region", False)
    p.cb("Ankündigungen zu neuen KI-Funktionen", False)
    p.sec("Konto")
    p.sec("Zahlung")
    p.select("Rechnung erhalten", ["Per E-Mail", "Als Papier in der Kiste"], 0)
    p.btn("Zahlungsmethode ändern")
    p.sec("Barrierefreiheit")
    p.cb("Größere Schrift in der Kistenübersicht", False)
    p.cb("Animationen reduzieren", True)
    p.btn("Datenkopie anfordern")
    p.btn("Abo kündigen", cls="danger")
    out.append(p)
    return out
