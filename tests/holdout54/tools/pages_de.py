from lib import Page

SPRACHEN = [("de", "Deutsch"), ("en", "English"), ("tr", "Türkçe"), ("uk", "Українська")]


def onleihe():
    p = Page("de", "onleihe-konto-einstellungen", "https://www.onleihe.de/konto/einstellungen", "Onleihe", True,
             "Einstellungen – Mein Konto – Onleihe",
             "Bekannter Dienst (Nachbau). Negation 'nicht … verwenden' als Checkbox; vage Switch mit aria-label, "
             "Training nur im Hilfetext; Köder: Vorlesefunktion, Leseempfehlungen, Benachrichtigungen; "
             "versteckt: Block mit display:none.")
    p.set_chrome("Onleihe", ("Suche", "Titel, Autor*in, Stichwort", "Suchen"),
                 ("Sprache", SPRACHEN, "de"),
                 ("Mein Konto", ["Ausleihen", "Vormerkungen", "Merkzettel", "Abmelden"]),
                 ("Mein Konto", ["Übersicht", "Ausleihen", "Vormerkungen", "Merkzettel", "Einstellungen"], 4),
                 (["Hilfe", "Geräte & Apps", "Impressum", "Datenschutz", "Barrierefreiheit"],
                  "Die Onleihe ist ein Angebot Ihrer Bibliothek in Zusammenarbeit mit der divibib GmbH."),
                 "Einstellungen", "Hier legen Sie fest, wie Sie ausleihen und wie wir Sie benachrichtigen.")
    p.add(
        p.sec("Kontakt", None, [
            p.txt("E-Mail-Adresse", "k.brandt@example.de", "email"),
            p.cb("Erinnerung per E-Mail zwei Tage vor Ablauf der Leihfrist", True),
            p.cb("Benachrichtigung, sobald ein vorgemerkter Titel verfügbar ist", True),
            p.cb("Newsletter meiner Bibliothek abonnieren", False),
        ]),
        p.sec("Ausleihe", None, [
            p.select("Standard-Leihfrist für eBooks", [("7", "7 Tage"), ("14", "14 Tage"), ("21", "21 Tage")], "14"),
            p.cb("Vorgemerkte Titel automatisch ausleihen", False),
            p.select("Bevorzugte Lese-App", [("app", "Onleihe-App"), ("tolino", "tolino"), ("ade", "Adobe Digital Editions")], "app"),
            p.cb("Vorlesefunktion in der Onleihe-App anbieten", True,
                 "Die Sprachausgabe erzeugt Ihr Gerät selbst. Es werden dafür keine Inhalte übertragen."),
            p.cb("Leseempfehlungen auf der Startseite anzeigen", True,
                 "Wir schlagen Ihnen Titel vor, die zu Ihren letzten Ausleihen passen."),
        ]),
        p.sec("Benachrichtigungen nach Anlass", None, [
            p.table("Wie wir Sie benachrichtigen", ["E-Mail", "Push-Mitteilung"],
                    [("Vormerkung verfügbar", [True, True]), ("Leihfrist endet", [True, False]),
                     ("Neue Titel Ihrer Lieblingsautor*innen", [False, False])], first="Anlass"),
        ]),
        p.sec("Ihre Daten", "Ihre Bibliothek erfährt nie, was Sie gelesen haben. Für alles Weitere entscheiden Sie selbst.", [
            p.cb("Meine Ausleihdaten nicht für das Training von KI-Modellen verwenden", True, t="i", inv=True),
            p.sw("Leseverhalten anonymisiert an Verlage weitergeben", True, "aria-label", vis="Leseverhalten an Verlage",
                 help="Die Verlage werten aus, wie lange und wie weit gelesen wird, und trainieren damit ihre Modelle zur Programmplanung.",
                 t="v"),
        ]),
        p.hide("display", [
            p.cb("Ausleihdaten an tolino-Partner für KI-Training übermitteln", False, hid=True),
        ]),
        p.actions([p.btn("Änderungen speichern", typ="submit", cls="btn btn--primary"),
                   p.btn("Passwort ändern"), p.btn("Bibliotheksausweis wechseln"),
                   p.btn("Ausleihhistorie exportieren")]),
    )
    return p


def kurrent():
    p = Page("de", "kurrentwerkstatt-profil", "https://mitmachen.kurrentwerkstatt.test/profil/einstellungen",
             "Kurrent-Werkstatt", False, "Profil & Einstellungen · Kurrent-Werkstatt",
             "Erfundene Mitmach-Plattform eines Stadtarchivs zum Transkribieren (du-Form). role=radiogroup, deren Name "
             "nur über die Überschrift verständlich wird; eingelegter Widerspruch als Statuszeile mit aria-labelledby; "
             "Switch mit aria-labelledby (klar); Köder: maschinelle Vorab-Lesung, Online-Kurs 'Transkribieren mit KI'; "
             "versteckt: visibility:hidden.")
    p.set_chrome("Kurrent-Werkstatt", ("Bestände durchsuchen", "Briefe, Tagebücher, Ratsprotokolle …", "Suchen"),
                 ("Sprache", [("de", "Deutsch"), ("en", "English")], "de"),
                 ("Profil von Hedwig_K", ["Meine Seiten", "Merkliste", "Abmelden"]),
                 ("Dein Bereich", ["Übersicht", "Meine Transkriptionen", "Profil & Einstellungen", "Benachrichtigungen"], 2),
                 (["Über das Projekt", "Stadtarchiv", "Leseschule", "Impressum", "Datenschutz"],
                  "Ein Projekt des Stadtarchivs mit ehrenamtlichen Transkribierenden."),
                 "Profil & Einstellungen")
    p.add(
        p.sec("Profil", None, [
            p.txt("Anzeigename", "Hedwig_K"),
            p.cb("Meinen Namen in der Danksagung der Edition nennen", True),
        ]),
        p.sec("Beim Transkribieren", None, [
            p.cb("Maschinelle Vorab-Lesung einblenden", True,
                 "Die Texterkennung macht einen ersten Vorschlag, den du übernehmen oder verwerfen kannst."),
            p.cb("Zeichentabelle für Sonderzeichen einblenden", True),
            p.select("Schriftgröße der Umschrift", [("s", "Klein"), ("m", "Mittel"), ("l", "Groß")], "m"),
            p.select("Zoomstufe beim Öffnen einer Seite", [("fit", "Seite einpassen"), ("100", "100 %"), ("150", "150 %")], "fit"),
            p.cb("Zum Online-Kurs „Transkribieren mit KI-Unterstützung“ anmelden", False,
                 "Vier Abende im Frühjahr, kostenlos für alle Mitmachenden."),
        ]),
        p.sec("Deine Transkriptionen als Trainingsmaterial für die Handschriftenerkennung",
              "Je mehr geprüfte Seiten es gibt, desto besser liest die Maschine alte Schriften. Bestimme selbst, "
              "wofür deine Arbeit genutzt wird.", [
                  p.radios("Freigabe",
                           [("verbund", "Für alle Modelle im Archivverbund"),
                            ("stadtarchiv", "Nur für das Modell unseres Stadtarchivs"),
                            ("keine", "Keine Freigabe")], "verbund", mode="radiogroup", t="h",
                           share=("verbund", "stadtarchiv")),
                  p.sw("Meine Korrekturen zum Nachtrainieren des Erkennungsmodells nutzen", True, "labelledby", t="p"),
                  p.state("Widerspruch gegen KI-Training durch externe Forschungsprojekte", "Eingelegt am 12.01.2024",
                          "Zurücknehmen", t="i", sharing=False),
              ]),
        p.hide("visibility", [
            p.sw("Transkriptionen an kommerzielle KI-Anbieter lizenzieren", False, "labelledby", hid=True),
        ]),
        p.sec("Barrierefreiheit", None, [
            p.cb("Hohen Kontrast im Transkriptionsfenster verwenden", False),
            p.cb("Tastaturkürzel aktivieren", True),
            p.select("Schriftart der Eingabe", [("sans", "Serifenlos"), ("mono", "Festbreite")], "sans"),
        ]),
        p.sec("Benachrichtigungen", None, [
            p.cb("Mail, wenn neue Bestände freigeschaltet werden", True),
            p.cb("Wöchentliche Zusammenfassung aus dem Forum", False),
        ]),
        p.actions([p.btn("Speichern", typ="submit", cls="btn btn--primary"),
                   p.btn("Meine Transkriptionen herunterladen (TEI-XML)"),
                   p.btn("Konto löschen", cls="btn btn--danger")]),
    )
    return p


def naturkunde():
    p = Page("de", "naturkundeforum-datenschutz", "https://www.naturkundeforum-nordstadt.test/konto/datenschutz",
             "Naturkundeforum Nordstadt", False, "Datenschutz & App – Naturkundeforum Nordstadt",
             "Erfundenes Naturkundemuseum mit Audioguide-App und Kinderprofilen. Substantivierter Ausschluss in "
             "geschlossenem <details>; Select mit vagem Namen und verknüpftem Hilfetext; Tabellenzeile pro Kind "
             "(Zeile + Spaltenkopf); Köder: automatische Übersetzung, Standortvorschläge, Newsletter; versteckt: aria-hidden.")
    p.set_chrome("Naturkundeforum Nordstadt", ("Suche", "Ausstellungen, Veranstaltungen …", "Suchen"),
                 ("Sprache", SPRACHEN, "de"),
                 ("Familie Özdemir", ["Jahreskarte", "Meine Tickets", "Abmelden"]),
                 ("Mein Konto", ["Jahreskarte", "Tickets", "Kinderprofile", "Datenschutz & App", "Zahlungsarten"], 3),
                 (["Öffnungszeiten", "Anfahrt", "Barrierefreiheit", "Impressum", "Datenschutzerklärung"],
                  "Naturkundeforum Nordstadt – eine Einrichtung der Stadt"),
                 "Datenschutz & App", "Gilt für die Audioguide-App „Frag den Saurier“ und für Ihr Familienkonto.")
    p.add(
        p.sec("Audioguide", None, [
            p.select("Sprache des Audioguides", [("de", "Deutsch"), ("en", "Englisch"), ("ar", "Arabisch"), ("tr", "Türkisch")], "de",
                     "Texte in anderen Sprachen als Deutsch und Englisch werden maschinell übersetzt."),
            p.cb("Standort im Museum nutzen, um passende Stationen vorzuschlagen", True,
                 "Die Ortung läuft über Bluetooth-Baken und bleibt auf Ihrem Smartphone."),
            p.cb("Führungen in Deutscher Gebärdensprache bevorzugen", False),
            p.select("Verwendung meiner Fragen an den Audioguide",
                     [("antwort", "Nur zum Beantworten"), ("verbessern", "Auch zur Verbesserung")], "antwort",
                     "Wenn Sie „Auch zur Verbesserung“ wählen, werten wir Ihre Fragen aus und trainieren damit das Sprachmodell des Audioguides nach.",
                     t="v", share=("verbessern",)),
            p.details("Weitere Einstellungen zu Sprachaufnahmen", [
                p.cb("Ausschluss meiner Sprachaufnahmen vom KI-Training", False, t="i", inv=True),
                p.cb("Sprachaufnahmen nach 30 Tagen automatisch löschen", True),
            ]),
        ]),
        p.hide("aria", [
            p.sec("Forschungsprojekt mit der Universität", "Demnächst verfügbar.", [
                p.cb("Sprachaufnahmen für das Training von Spracherkennern bereitstellen", False, hid=True),
            ], level=3),
        ]),
        p.sec("Kinderprofile", "Für den Entdeckerpfad können Sie Ihren Kindern eigene Profile anlegen.", [
            p.table("Kinderprofile beim Entdeckerpfad", ["Spielstände speichern", "Für das KI-Training freigeben"],
                    [("Jona (8 Jahre)", [True, False])], lab={1: ("p", False)}, first="Kind"),
            p.btn("Kinderprofil hinzufügen"),
        ]),
        p.sec("Post von uns", None, [
            p.cb("Newsletter mit Veranstaltungstipps", True),
            p.cb("Push-Mitteilungen zu Sonderausstellungen", False),
        ]),
        p.actions([p.btn("Speichern", typ="submit", cls="btn btn--primary"), p.btn("Jahreskarte verlängern"),
                   p.btn("Zahlungsart ändern"), p.btn("Meine Daten herunterladen")]),
    )
    return p


def kohorte():
    p = Page("de", "rheinmain-kohorte-einwilligungen", "https://teilnehmen.rheinmain-kohorte.test/einwilligungen",
             "Rhein-Main-Kohorte", False, "Einwilligungen – Teilnehmendenportal Rhein-Main-Kohorte",
             "Erfundenes Portal einer Gesundheitsstudie. Native Checkbox mit role=switch und Verbot im Infinitiv "
             "('untersagen'); Segmentgruppe 'Meine Entscheidung', nur über Überschrift verständlich; erteilte "
             "Einwilligung mit 'Einwilligung widerrufen' und verstecktem Zusatz; Köder: Spracheingabe auf dem Gerät, "
             "Hausärztin, SMS; versteckt: inaktiver Reiter.")
    p.set_chrome("Rhein-Main-Kohorte", ("Suche", "Im Portal suchen", "Suchen"),
                 ("Sprache", SPRACHEN, "de"),
                 ("Teilnehmer-Nr. 40-1187", ["Meine Termine", "Postfach", "Abmelden"]),
                 ("Teilnehmendenportal", ["Start", "Fragebögen", "Termine", "Einwilligungen", "Postfach"], 3),
                 (["Kontakt zum Studienzentrum", "Ethikvotum", "Datenschutz", "Impressum"],
                  "Rhein-Main-Kohorte · Eine Langzeitstudie zu Gesundheit und Alltag"),
                 "Ihre Einwilligungen",
                 "Ihre Teilnahme bleibt freiwillig. Jede Einwilligung können Sie ohne Angabe von Gründen ändern.")
    p.add(p.tabs("Bereiche", [
        ("Daten & Forschung", [
            p.sec("Auswertung durch das Studienzentrum", None, [
                p.cb("Training von KI-Modellen mit meinen Fragebogendaten untersagen", True, switch=True, t="i", inv=True),
                p.state("Schlafsensor (seit Mai 2023)", "Einwilligung erteilt am 02.05.2023", "Einwilligung widerrufen",
                        sr="(Training von KI-Modellen mit meinen Schlafsensor-Daten)", t="i", sharing=True),
                p.cb("Fragebogen-Assistent mit Spracheingabe", False,
                     "Die Spracheingabe wird auf Ihrem Gerät in Text umgewandelt; Audio verlässt das Gerät nicht."),
            ]),
            p.sec("Öffentliche Forschungseinrichtungen, die KI-Modelle entwickeln",
                  "Universitäten und Institute können pseudonymisierte Studiendaten beantragen, um damit eigene Modelle "
                  "zu trainieren, etwa zur Früherkennung von Schlafstörungen.", [
                      p.seg("Meine Entscheidung", [("ja", "Zustimmen"), ("nein", "Ablehnen")], "ja", t="h", share=("ja",)),
                  ]),
            p.sec("Kontakt & Ergebnisse", None, [
                p.cb("Erinnerungen an offene Fragebögen per SMS", True),
                p.cb("Meine Hausärztin über auffällige Befunde informieren", True),
                p.cb("Jahresbericht der Studie per Post", False),
                p.txt("Telefonnummer für Rückfragen", "0151 2345678", "tel"),
                p.cb("Studien-Newsletter (viermal im Jahr)", True),
                p.select("Bevorzugter Kontaktweg", [("mail", "E-Mail"), ("post", "Brief"), ("tel", "Telefon")], "mail"),
            ]),
            p.actions([p.btn("Speichern", typ="submit", cls="btn btn--primary"),
                       p.btn("Einwilligungserklärung als PDF"),
                       p.btn("Teilnahme beenden", cls="btn btn--danger")]),
        ]),
        ("Proben & Bilddaten", [
            p.cb("MRT-Bilder für das KI-Training an den Gerätehersteller weitergeben", False, hid=True),
        ]),
        ("Aufwandsentschädigung", [
            p.select("Auszahlung", [("konto", "Überweisung"), ("gutschein", "Gutschein"), ("spende", "Spende")], "konto"),
        ]),
    ]))
    return p


def repositorium():
    p = Page("de", "publikationsserver-einstellungen", "https://repositorium.uni-kessel.test/mein-bereich/einstellungen",
             "Publikationsserver der Universität Kessel", False, "Einstellungen – Mein Bereich – Publikationsserver",
             "Erfundener Hochschul-Publikationsserver. Nutzungsvorbehalt nach § 44b UrhG: Name vage, Hilfetext nennt "
             "KI-Training, gesetzt = kein Training; Tabelle mit Spaltenkopf 'Freigegeben' unter einer Überschrift zum "
             "Training; Köder: automatische Schlagwortvorschläge, Zugriffsstatistik, ORCID; versteckt: CSS-Klasse.",
             sr="sr-only", hide_class="is-archived")
    p.set_chrome("Publikationsserver", ("Suche", "Titel, Person, DOI", "Suchen"),
                 ("Sprache", [("de", "Deutsch"), ("en", "English")], "de"),
                 ("Dr. Anja Wiese", ["Meine Veröffentlichungen", "Einreichen", "Abmelden"]),
                 ("Mein Bereich", ["Veröffentlichungen", "Forschungsdaten", "Einreichen", "Einstellungen"], 3),
                 (["Leitlinien", "Open Access an der Universität", "Kontakt", "Impressum", "Datenschutz"],
                  "Universitätsbibliothek Kessel"),
                 "Einstellungen")
    p.add(
        p.sec("Profil", None, [
            p.btn("ORCID iD verknüpfen"),
            p.select("Standardlizenz für neue Einreichungen", [("cc-by", "CC BY 4.0"), ("cc-by-sa", "CC BY-SA 4.0"), ("cc-by-nc", "CC BY-NC 4.0")], "cc-by"),
            p.select("Standard-Embargo", [("0", "Kein Embargo"), ("6", "6 Monate"), ("12", "12 Monate")], "0"),
            p.cb("Schlagwörter beim Einreichen automatisch vorschlagen", True,
                 "Die Vorschläge stammen aus dem Erschließungswerkzeug der Bibliothek."),
        ]),
        p.sec("Text und Data Mining", "Ihre Volltexte sind frei zugänglich. Hier entscheiden Sie, ob Maschinen sie auswerten dürfen.", [
            p.cb("Maschinenlesbaren Nutzungsvorbehalt für meine Veröffentlichungen setzen", True,
                 "Nach § 44b UrhG widersprechen Sie damit dem Text und Data Mining durch Dritte – also auch dem Training von KI-Modellen.",
                 t="v", inv=True),
        ]),
        p.sec("Forschungsdaten für das Training KI-gestützter Erschließung",
              "Die Bibliothek entwickelt ein Modell, das Interviews und Messreihen automatisch beschreibt. "
              "Wählen Sie je Datensatz, ob es damit lernen darf.", [
                  p.table("Ihre Datensätze", ["Öffentlich sichtbar", "Freigegeben"],
                          [("Interviewkorpus Hafenarbeit 1950–1980", [True, False]),
                           ("Messreihen Elbsedimente 2019", [True, True])],
                          lab={1: ("h", False)}, first="Datensatz"),
              ]),
        p.hide("class", [
            p.cb("Volltexte an den Verlagspartner für das KI-Training übermitteln", False, hid=True),
        ], note="Verlagskooperation beendet"),
        p.sec("Benachrichtigungen & Statistik", None, [
            p.cb("E-Mail, wenn eine Veröffentlichung 100 Downloads erreicht", False),
            p.cb("Zugriffsstatistik auf meiner Autorenseite anzeigen", True),
            p.select("Sichtbarkeit meiner Autorenseite", [("public", "Öffentlich"), ("campus", "Nur im Uni-Netz")], "public"),
            p.cb("Zitierhinweis mit DOI unter jedem Titel anzeigen", True),
        ]),
        p.actions([p.btn("Speichern", typ="submit", cls="btn btn--primary"), p.btn("API-Token erzeugen"),
                   p.btn("Alle Metadaten exportieren (BibTeX)")]),
    )
    return p


def pages():
    return [onleihe(), kurrent(), naturkunde(), kohorte(), repositorium()]
