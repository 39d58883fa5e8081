from lib import Page

CH = dict(search="Suchen", langlabel="Sprache", account="Konto", menu=["Profil", "Dokumente", "Abmelden"],
          navlabel="Einstellungen", footlabel="Rechtliches", footer=["Hilfe", "Datenschutz", "Impressum", "AGB"])


def trade_republic():
    p = Page("de", "traderepublic-datenschutz", "Trade Republic", "https://app.traderepublic.com/settings/privacy",
             "Bekannter Broker, du-Ansprache. Schalter (aria-labelledby, aus) zur Nutzung der Chatverläufe, "
             "Checkbox 'Widerspruch gegen KI-Training …' (angehakt = kein Training), Segment-Schalter "
             "'Nutzung für Modelltraining' (Erlaubt gewählt). Köder: KI-Suche, Sparplan, Werbung, Kontoauszüge. "
             "Versteckt: geschlossener <dialog> hinter 'Weitere Optionen'.",
             dict(CH, search="Aktien, ETFs, Krypto suchen", account="Profil"), "Datenschutz",
             ["Persönliche Daten", "Sicherheit", "Datenschutz", "Benachrichtigungen", "Steuern", "Dokumente"],
             known=True, current=2, title="Datenschutz · Trade Republic")
    m = []
    m.append(p.sec("Suche und Assistent", None,
                   p.sw("KI-Suche im Wertpapierkatalog", on=True,
                        help="Versteht Fragen wie „Dividenden-ETFs mit niedriger TER“. Die Suche läuft über öffentliche Produktdaten."),
                   p.sw("Meine Chatverläufe mit dem Assistenten zur Verbesserung der KI nutzen", on=False, ai="p")))
    op, dlg = p.dialog("Weitere Optionen", "Weitere Optionen zur Datennutzung",
                       lambda: p.cb("Daten an KI-Partner weitergeben, damit diese ihre Modelle trainieren", checked=True,
                                    ai="p") + p.cb("Newsletter per Post", checked=False))
    m.append(p.sec("Deine Daten und unsere Modelle",
                   "Wir entwickeln eigene Modelle, etwa für die Betrugserkennung und für Hinweise in der App.",
                   p.seg("Nutzung für Modelltraining", ["Erlaubt", "Nicht erlaubt"], 0, shares=[True, False], ai="p"),
                   p.cb("Widerspruch gegen KI-Training mit meinen Handelsdaten", checked=True, ai="i",
                        help="Gilt für Orders, Sparpläne und Kartenzahlungen. Du kannst den Widerspruch jederzeit zurücknehmen."),
                   op, dlg))
    m.append(p.sec("Sparpläne", None,
                   p.cb("Erinnerung vor jeder Ausführung", checked=True),
                   p.sel("Ausführungstag", ["2. des Monats", "16. des Monats", "2. und 16."], 0)))
    m.append(p.sec("Werbung und Angebote", None,
                   p.cb("Personalisierte Angebote in der App", checked=False),
                   p.cb("Marketing-Cookies von Partnern", checked=False),
                   p.cb("Teilnahme an Umfragen", checked=True)))
    m.append(p.sec("Dokumente und Export", None,
                   p.btn("Alle Kontoauszüge herunterladen"), p.btn("Datenauskunft anfordern"),
                   p.btn("Verknüpfte Geräte verwalten"), p.btn("Konto schließen")))
    m.append(p.sec("Sicherheit", None,
                   p.sw("Mit Face ID anmelden", on=True), p.btn("PIN ändern")))
    return p, p.render("".join(m))


def scalable():
    p = Page("de", "scalable-datennutzung", "Scalable Capital", "https://de.scalable.capital/broker/einstellungen/datennutzung",
             "Bekannter Broker, Sie-Ansprache. Tabelle, deren Spalte 'Einbeziehen' nur über die Caption als "
             "Modelltraining verständlich ist (zwei Zeilen, gemischt), Radiogruppe 'Ausschluss vom Modelltraining' "
             "(alles ausgeschlossen gewählt). Köder: Depot-Analyse im Cockpit, Online-Training „ETF-Grundlagen“ (Kurs), Steuer. Versteckt: "
             "inaktiver Tab 'Forschung'.",
             dict(CH, search="Suche", account="Mein Konto"), "Datennutzung",
             ["Übersicht", "Broker", "Sparpläne", "Datennutzung", "Sicherheit", "Steuern"], known=True, current=3)
    m = []

    def allgemein():
        return (p.sec("Training unserer Modelle mit Ihren Daten",
                      "Scalable Capital entwickelt Machine-Learning-Modelle für Risikoanalysen und Produktempfehlungen.",
                      p.table("Welche Daten in das Training unserer Modelle einfließen",
                              ["Datenkategorie", "Einbeziehen"],
                              [("Depotbestände", [True]), ("Orderhistorie", [False])],
                              colai={1: ("h", False)}),
                      p.para("Die Auswertungen im Cockpit werden nur für Sie berechnet und nicht zum Training verwendet."),
                      p.radios("Ausschluss vom Modelltraining",
                               ["Kein Ausschluss", "Nur Sparpläne ausschließen", "Alle Daten ausschließen"], 2,
                               shares=[True, True, False], ai="i"))
                + p.sec("Cockpit", None,
                        p.sw("Automatische Depot-Analyse", on=True,
                             help="Die Analyse vergleicht Ihr Depot mit Marktindizes."),
                        p.sel("Vergleichsindex", ["MSCI World", "MSCI ACWI", "STOXX Europe 600"], 0)))

    def forschung():
        return p.sec("Forschungskooperationen", None,
                     p.cb("Pseudonymisierte Depotdaten für KI-Forschung mit Hochschulen bereitstellen", checked=False,
                          ai="p"))

    m.append(p.tabs("Datennutzung", [("Allgemein", allgemein, True), ("Forschung", forschung, False)]))
    m.append(p.sec("Wissen", None,
                   p.cb("Zum Online-Training „ETF-Grundlagen“ anmelden", checked=False),
                   p.cb("Einladungen zu Live-Webinaren", checked=True)))
    m.append(p.sec("Steuern", None,
                   p.inp("Freistellungsauftrag (EUR)", "1000", type="number"),
                   p.btn("Nichtveranlagungsbescheinigung hochladen")))
    m.append(p.sec("Kommunikation", None,
                   p.cb("Produktneuheiten per E-Mail", checked=False),
                   p.cb("Personalisierte Werbung auf Partnerseiten", checked=False),
                   p.btn("Datenkopie anfordern")))
    m.append(p.sec("Sicherheit", None,
                   p.btn("Gerät für Freigaben ändern"), p.sw("Login-Benachrichtigung per E-Mail", on=True)))
    return p, p.render("".join(m))


def bonitaetsblick():
    p = Page("de", "bonitaetsblick-daten", "Bonitätsblick", "https://mein.bonitaetsblick.test/einstellungen/daten",
             "Erfundener Bonitäts-/Score-Dienst, Sie-Ansprache. Zustandszeile mit visuell verstecktem Zusatz "
             "'Deaktivieren: …' (aktiv = Training), vage Checkbox, deren Hilfetext daneben das Training nennt "
             "(aus), Auswahlliste 'Weitergabe', die nur über Überschrift und Einleitung verständlich ist. Köder: "
             "Score-Erklärung per KI, Score-Alarm, Identitätsschutz. Versteckt: hidden-Attribut.",
             dict(CH, search="Hilfe durchsuchen", account="Mein Bereich"), "Datennutzung",
             ["Mein Score", "Auskünfte", "Alarme", "Datennutzung", "Identitätsschutz", "Vertrag"], current=3)
    m = []
    m.append(p.sec("Ihr Score", None,
                   p.sw("Score-Erklärung in einfacher Sprache (KI)", on=True,
                        help="Eine KI formuliert die Gründe für Ihren Score verständlich. Grundlage sind nur Ihre eigenen Einträge."),
                   p.btn("Bonitätsauskunft als PDF herunterladen"),
                   p.btn("Datenkopie nach Art. 15 DSGVO anfordern")))
    m.append(p.sec("Unsere Score-Modelle", None,
                   p.state("Verwendung für Score-Modelle", "Aktiv", "Deaktivieren", True,
                           suffix=": Training der Score-Modelle mit meinen Daten", ai="i"),
                   p.cb("Zur Weiterentwicklung unserer Verfahren beitragen", checked=False, ai="v",
                        help="Dabei fließen Ihre Zahlungs- und Vertragsdaten in das Training unserer Machine-Learning-Modelle ein.",
                        hmode="near")))
    m.append(p.sec("KI-Modelle von Partnern",
                   "Ausgewählte Banken trainieren eigene Modelle für Kreditentscheidungen mit Bonitätsdaten. Legen Sie fest, wer Ihre Daten dafür erhalten darf.",
                   p.sel("Weitergabe", ["An niemanden", "Nur an Banken, bei denen ich Kunde bin", "An alle Partnerbanken"],
                         1, shares=[False, True, True], ai="h")))
    m.append(p.hide("hidden-attr", lambda: p.sec("Testphase", None,
                    p.sw("Meine Daten für das Training des neuen Score-Modells 2026 nutzen", on=True, ai="p"))))
    m.append(p.sec("Alarme", None,
                   p.cb("Score-Alarm bei Veränderungen", checked=True),
                   p.cb("Neue Bonitätsanfrage durch ein Unternehmen", checked=True),
                   p.radios("Benachrichtigung per", ["E-Mail", "SMS", "App"], 0)))
    m.append(p.sec("Identitätsschutz", None,
                   p.inp("Zu überwachende E-Mail-Adresse", "m.keller@example.de", type="email"),
                   p.btn("Weitere Adresse hinzufügen"),
                   p.cb("Newsletter mit Spartipps", checked=False)))
    m.append(p.sec("Verknüpfte Dienste", "Diese Apps dürfen Ihren Score abrufen.",
                   p.btn("Zugriff für „Mietercheck24“ entziehen"), p.btn("Zugriff für „Kreditvergleich Plus“ entziehen"),
                   p.sw("Score-Abruf nur nach Bestätigung per App", on=True), p.btn("Zwei-Faktor-Anmeldung einrichten")))
    return p, p.render("".join(m))


def zahlfix():
    p = Page("de", "zahlfix-privatsphaere", "Zahlfix", "https://app.zahlfix.test/profil/privatsphaere",
             "Erfundene P2P-Bezahl-App, du-Ansprache. Schalter mit Textinhalt 'Zahlungsnotizen nicht fürs "
             "KI-Training verwenden' (an = kein Training), Checkbox in geschlossenem <details> 'Einwilligung … "
             "widerrufen' (nicht angehakt = Einwilligung besteht), Schalter mit aria-label, nur über Überschrift "
             "verständlich. Köder: Betragsvorschläge per KI, Auffindbarkeit, Limits. Versteckt: display:none inline.",
             dict(CH, search="Kontakte oder Zahlungen suchen", account="Ich"), "Privatsphäre",
             ["Profil", "Privatsphäre", "Bankkonten", "Limits", "Benachrichtigungen", "Hilfe"], current=1)
    m = []
    m.append(p.sec("Wer dich finden kann", None,
                   p.radios("Auffindbar über", ["Telefonnummer und @Name", "Nur @Name", "Niemand"], 0),
                   p.cb("Meine Zahlungen im Freundes-Feed zeigen", checked=False),
                   p.cb("Profilbild für alle sichtbar", checked=True)))
    m.append(p.sec("Zahlungsnotizen", "Notizen wie „Pizza 🍕“ helfen dir, Zahlungen später wiederzufinden.",
                   p.sw("Zahlungsnotizen nicht fürs KI-Training verwenden", on=True, ai="i", nmode="text"),
                   p.sw("Betragsvorschläge beim Aufteilen", on=True,
                        help="Die Vorschläge berechnet die App aus deinen letzten Zahlungen.")))
    m.append(p.sec("Verbesserung unserer KI",
                   "Mit deinen Transaktionen bringen wir unserem Modell bei, Betrug schneller zu erkennen.",
                   p.sw("Überweisungen an Freunde", on=True, ai="h", nmode="aria"),
                   p.details("Erweitert",
                             p.cb("Meine Einwilligung in das Training des Betrugserkennungsmodells widerrufen",
                                  checked=False, ai="i"),
                             p.btn("Verlauf meiner Einwilligungen anzeigen"))))
    m.append(p.hide("inline-display-none", lambda: p.cb("Händlerzahlungen ebenfalls zum Trainieren der KI nutzen",
                                                        checked=True, ai="p")))
    m.append(p.sec("Limits und Konten", None,
                   p.sel("Tageslimit", ["250 €", "500 €", "1.000 €"], 1),
                   p.btn("Bankkonto verbinden"),
                   p.sw("Push bei eingehendem Geld", on=True)))
    m.append(p.sec("Sicherheit", None,
                   p.sw("Zahlungen ab 50 € mit Fingerabdruck bestätigen", on=True),
                   p.btn("Angemeldete Geräte anzeigen"), p.btn("Zahlfix-PIN ändern"),
                   p.btn("Meine Daten herunterladen"), p.btn("Konto löschen")))
    return p, p.render("".join(m))


def kassenklar():
    p = Page("de", "kassenklar-ki", "Kassenklar", "https://kassenklar.test/app/einstellungen/ki",
             "Erfundene Haushaltsbuch-App, du-Ansprache. Vager Schalter 'Kategorisierung mitgestalten' (Hilfe per "
             "aria-describedby nennt Training, an), role=radiogroup 'KI-Training mit meinen Buchungsdaten' (nicht "
             "zulassen), Zustandszeile 'Aufheben Ausschluss aus dem Trainingsdatensatz' (Ausschluss aktiv = kein "
             "Training). Köder: Sparcoach-Plan, Budgetwarnungen, Export, Haushalt. Versteckt: CSS-Klasse.",
             dict(CH, search="Buchungen durchsuchen", account="Lena"), "KI & Daten",
             ["Übersicht", "Konten", "Budgets", "Haushalt", "KI & Daten", "Abo"], current=4, hide_class="js-off")
    m = []
    m.append(p.sec("Automatische Kategorien", None,
                   p.sw("Buchungen automatisch kategorisieren", on=True),
                   p.sw("Kategorisierung mitgestalten", on=True, ai="v",
                        help="Wenn du Kategorien korrigierst, trainieren wir damit unser Kategorisierungsmodell für alle Nutzerinnen und Nutzer."),
                   p.radios("KI-Training mit meinen Buchungsdaten", ["Zulassen", "Nicht zulassen"], 1,
                            shares=[True, False], ai="p", mode="rg"),
                   p.state("Ausschluss aus dem Trainingsdatensatz", "Aktiv seit 12.01.2025", "Aufheben", False,
                           nmode="lby2", ai="i")))
    m.append(p.div(p.hide("css-class", lambda: p.cb("Belegfotos zum Training der Texterkennung freigeben", checked=True,
                                                    ai="p"))))
    m.append(p.sec("Sparcoach", "Ein 8-Wochen-Plan mit kleinen Aufgaben rund ums Sparen.",
                   p.cb("Sparcoach-Trainingsplan starten", checked=False),
                   p.sel("Tipps anzeigen", ["Täglich", "Wöchentlich", "Nie"], 1)))
    m.append(p.sec("Budgets", None,
                   p.cb("Warnung bei 80 % des Budgets", checked=True),
                   p.cb("Monatsrückblick per E-Mail", checked=True),
                   p.seg("Währung", ["EUR", "CHF"], 0)))
    m.append(p.sec("Haushalt und Export", None,
                   p.btn("Person zum Haushalt einladen"),
                   p.cb("Haushaltsmitglieder sehen meine privaten Konten", checked=False),
                   p.btn("Export als CSV"), p.btn("Export für die Steuererklärung")))
    m.append(p.sec("Bankverbindungen", None,
                   p.btn("Bank hinzufügen"), p.sel("Abrufintervall", ["Alle 4 Stunden", "Täglich", "Nur manuell"], 0),
                   p.sw("Verbindung automatisch erneuern (PSD2)", on=True)))
    return p, p.render("".join(m))


PAGES = [trade_republic, scalable, bonitaetsblick, zahlfix, kassenklar]
