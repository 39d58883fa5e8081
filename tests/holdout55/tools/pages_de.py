from lib import AI, Page

LANGS = [("de", "Deutsch"), ("en", "English"), ("fr", "Français"), ("it", "Italiano")]


def chrome(search_ph, account, menu, nav, k, footer, copyright, nav_label="Mein Konto"):
    return dict(skip="Zum Inhalt springen", search_label="Suche", search_ph=search_ph,
                lang_label="Sprache", langs=LANGS, account=account,
                menu=[(t, "#") for t in menu], nav_label=nav_label,
                nav=[(t, "#", i == k) for i, t in enumerate(nav)],
                footer=[(t, "#") for t in footer], copyright=copyright)


def eventim():
    c = chrome("Künstler, Events oder Orte suchen", "Mein Konto",
               ["Meine Tickets", "Persönliche Daten", "Abmelden"],
               ["Übersicht", "Meine Tickets", "Persönliche Daten", "Zahlungsarten", "Newsletter", "Datenschutz"], 5,
               ["Hilfe", "AGB", "Datenschutzhinweise", "Impressum", "Barrierefreiheit"],
               "© CTS EVENTIM AG &amp; Co. KGaA")
    p = Page("de", "eventim-datenschutz", "EVENTIM", "https://www.eventim.de/myAccount/datenschutz/",
             "Datenschutz-Einstellungen | EVENTIM", "Datenschutz-Einstellungen",
             "Bekannter Dienst (Sie). Verneinte Checkbox ('nicht ... verwenden', nicht angehakt → true); Switch mit vagem Namen, Hilfetext nennt Training; Select für Veranstalter (nicht erlaubt → false). Decoys: Sitzplatzvorschläge, Newsletter, Werbung, Statistik ohne Training. Versteckt: visibility:hidden.",
             c, known=True,
             intro="Hier legen Sie fest, wofür wir Ihre Daten verwenden dürfen. Ihre Auswahl gilt für eventim.de und die EVENTIM App.")
    with p.section("Ticketkauf"):
        p.switch("Passende Sitzplätze vorschlagen", True,
                 help="Wir schlagen Plätze vor, die zu Ihren bisherigen Käufen passen. Die Vorschläge werden beim Öffnen des Saalplans berechnet.")
        p.checkbox("Warteraum-Benachrichtigung per Push", True)
        p.switch("Mitwirkung an der Produktentwicklung", True, ai=AI("v"),
                 help="Mit Ihren Suchanfragen und Ihrem Verhalten im Warteraum trainieren wir unsere Machine-Learning-Modelle, etwa zur Erkennung von Ticket-Bots.")
        p.checkbox("Meine Kaufhistorie nicht für das Training von KI-Modellen verwenden", False, ai=AI("i", inv=True))
    with p.section("Veranstalter und Partner",
                   "Veranstalter erhalten für Ihr Event Ihre Bestelldaten, soweit sie für den Einlass nötig sind."):
        p.select("Nutzung meiner Daten für KI-Training durch Veranstalter",
                 [("ja", "Erlaubt"), ("anon", "Nur anonymisiert"), ("nein", "Nicht erlaubt")], "nein",
                 ai=AI("p", share={"ja": True, "anon": True, "nein": False}))
        p.checkbox("Informationen des Veranstalters per E-Mail erhalten", False)
        p.checkbox("Personalisierte Werbung auf Partnerseiten", False)
    with p.hidden("visibility", "A/B-Test KI-Partnerprogramm"):
        p.checkbox("Meine Daten an KI-Partner zum Modelltraining weitergeben", True, ai=AI("p"))
    with p.section("Statistik"):
        p.checkbox("Reichweitenmessung zulassen", True,
                   help="Anonyme Zugriffsstatistiken, die wir nicht zum Trainieren von Modellen verwenden.")
    with p.section("Newsletter"):
        p.checkbox("EVENTIM Newsletter", True)
        p.select("Interessen", [("rock", "Rock &amp; Pop"), ("klassik", "Klassik"), ("sport", "Sport")], "rock")
        p.text("Postleitzahl für Events in Ihrer Nähe", "50667")
    with p.section("Ihre Daten"):
        p.button("Datenauskunft anfordern")
        p.button("Konto löschen")
    p.button("Abbrechen")
    p.button("Speichern", cls="btn-primary")
    return p


def fcbayern():
    c = chrome("Suche", "Mein FC Bayern",
               ["Meine Tickets", "Mitgliedschaft", "Abmelden"],
               ["Profil", "Mitgliedschaft", "Tickets", "Fanclub", "Datenschutz", "Zahlungen"], 4,
               ["Kontakt", "FAQ", "Datenschutz", "Impressum", "Cookie-Einstellungen"],
               "© FC Bayern München AG", nav_label="Mein Konto")
    p = Page("de", "fcbayern-datenschutz", "FC Bayern München", "https://fcbayern.com/de/mein-konto/datenschutz",
             "Datenschutz | Mein FC Bayern", "Deine Datenschutz-Einstellungen",
             "Bekannter Dienst (du). Zustandszeile mit versteckter Ergänzung im Button ('Einwilligung widerrufen', Einwilligung erteilt → true); Radio-Fieldset, das nur über die Überschrift Sinn ergibt (nicht verwenden → false); Checkbox in geschlossenem details (plain). Decoys: Spielzusammenfassungen, Fanclub-Sichtbarkeit, Ticketbörse. Versteckt: display:none.",
             c, known=True, intro="Servus! Hier entscheidest du, was mit deinen Daten passiert.")
    with p.section("Einwilligungen"):
        p.state_row("KI-Training mit deinen App-Daten", "Einwilligung erteilt am 14.03.2025", "Einwilligung widerrufen",
                    ai=AI("i", sharing=True), suffix="(Training von KI-Modellen)",
                    help="Wir nutzen deine Nutzungsdaten aus der FC Bayern App, um unsere KI-Modelle zu verbessern.")
        p.state_row("Newsletter", "aktiv", "Abbestellen", suffix="Newsletter")
    with p.section("Stadionfotos &amp; Videos",
                   "Mit Aufnahmen aus der Allianz Arena trainieren wir unsere Bilderkennung für den Einlass und die Sicherheit im Stadion."):
        p.radios("Aufnahmen, auf denen du zu erkennen bist", [("ok", "Dürfen verwendet werden"), ("no", "Bitte nicht verwenden")], "no",
                 ai=AI("h", share={"ok": True, "no": False}))
        p.checkbox("Fotos von mir in der Fan-Galerie zeigen", False)
    with p.hidden("display-none"):
        p.switch("Daten an Sportpartner für KI-Analysen freigeben", True, ai=AI("p"))
    with p.section("App &amp; Inhalte"):
        p.switch("Spielzusammenfassungen mit KI", True, help="Kurze Zusammenfassungen der Spiele. Sie werden aus Spieldaten erstellt, nicht aus deinen Daten.")
        p.switch("Push bei Toren", True)
        p.switch("Push bei Aufstellungen", False)
        p.select("Lieblingsspieler für Highlights", [("musiala", "Jamal Musiala"), ("kimmich", "Joshua Kimmich"), ("none", "Kein Favorit")], "musiala")
        with p.details("Weitere Einstellungen"):
            p.checkbox("Meine Beiträge im Fan-Forum zum Trainieren von KI-Modellen freigeben", True, ai=AI("p"))
            p.checkbox("Standort für Stadion-Navigation verwenden", False)
    with p.section("Fanclub &amp; Ticketbörse"):
        p.checkbox("Mein Fanclub darf meine Dauerkarte sehen", True)
        p.checkbox("Ticketbörse: Käufer*innen meinen Vornamen anzeigen", False)
        p.button("Bankverbindung ändern")
        p.button("Daten herunterladen")
    p.button("Speichern", cls="btn-primary")
    return p


def kurvenpass():
    c = chrome("Verein oder Spiel suchen", "Profil",
               ["Meine Dauerkarten", "Einstellungen", "Ausloggen"],
               ["Profil", "Dauerkarten", "Fan-Ausweis", "Privatsphäre", "Zahlungen"], 3,
               ["Hilfe", "Datenschutz", "AGB", "Impressum"], "Kurvenpass GmbH · Dortmund", nav_label="Einstellungen")
    p = Page("de", "kurvenpass-privatsphaere", "Kurvenpass", "https://app.kurvenpass.test/einstellungen/privatsphaere",
             "Privatsphäre – Kurvenpass", "Privatsphäre",
             "Erfundene Fan-Ausweis-Plattform (du). Switch mit aria-label, Infinitiv 'ausschließen' (an → false); Segment-Buttons nur über Überschrift und Einleitung verständlich (Freigeben → true); Checkbox mit vagem Namen, Hilfetext nennt Modell (nicht angehakt → false). Decoys: Ticket-Weitergabe, Auswärtsfahrten, Statistik, Zahlungen. Versteckt: hidden-Attribut.",
             c, intro="Deine Daten, deine Kurve.")
    with p.section("KI bei Kurvenpass"):
        p.switch("KI-Training mit meinen Daten ausschließen", True, mode="aria-label", ai=AI("i", inv=True),
                 help="Gilt für Käufe, Einlass-Scans und App-Nutzung.")
        p.switch("Smarte Auswärtsplanung", True, mode="aria-label",
                 help="Schlägt Anreise und Treffpunkte vor. Läuft nur für deine Planung.")
    with p.section("Einlasskontrolle",
                   "Für das Training unseres Systems, das gefälschte Tickets erkennt, verwenden wir Scans vom Stadioneinlass."):
        p.segmented("Meine Ticket-Scans", [("frei", "Freigeben"), ("sperr", "Sperren")], "frei",
                    ai=AI("h", share={"frei": True, "sperr": False}))
        p.checkbox("Einlass-Benachrichtigung an meine Begleitung schicken", True)
    with p.hidden("hidden"):
        p.checkbox("Fotos vom Fan-Ausweis für das Gesichtsmodell nutzen", False, ai=AI("p"))
    with p.section("Forschung"):
        p.checkbox("Am Fan-Forschungsprojekt teilnehmen", False, ai=AI("v"), help_mode="near",
                   help="Dein Besuchsverhalten fließt pseudonymisiert in ein Machine-Learning-Modell der Uni Bielefeld ein, das Besucherströme vor dem Spiel vorhersagt.")
        p.checkbox("Anonyme Nutzungsstatistik senden", True,
                   help="Hilft uns, Abstürze zu finden. Fließt in kein Modelltraining ein.")
    with p.section("Sichtbarkeit"):
        p.radios("Wer sieht meinen Block und meine Reihe?", [("all", "Alle Fans"), ("friends", "Meine Freund*innen"), ("none", "Niemand")], "friends")
        p.checkbox("Mein Profil in der Fanclub-Suche anzeigen", True)
        p.checkbox("Weitergabe meiner Dauerkarte erlauben", True)
    with p.section("Benachrichtigungen"):
        p.checkbox("Ticketfreigaben für Auswärtsspiele", True)
        p.checkbox("Erinnerung an Ratenzahlung", True)
        p.select("Push-Zeitfenster", [("immer", "Immer"), ("spieltag", "Nur an Spieltagen")], "spieltag")
    p.button("Zahlungsmethode ändern")
    p.button("Fan-Ausweis sperren")
    p.button("Änderungen speichern", cls="btn-primary")
    return p


def buehnenkalender():
    c = chrome("Stück, Ensemble oder Spielstätte", "Mein Abo",
               ["Meine Vorstellungen", "Abo-Verwaltung", "Abmelden"],
               ["Persönliches", "Abonnements", "Gutscheine", "Datennutzung", "Newsletter"], 3,
               ["Kontakt", "Spielstätten", "Barrierefreiheit", "Datenschutz", "Impressum"],
               "Bühnenkalender – Theater- und Konzertabos für Norddeutschland", nav_label="Kundenkonto")
    p = Page("de", "buehnenkalender-datennutzung", "Bühnenkalender", "https://www.buehnenkalender.test/kundenkonto/datennutzung",
             "Datennutzung – Bühnenkalender", "Datennutzung",
             "Erfundene Theater-/Konzertabo-Plattform (Sie). Tabellen-Checkboxen, deren Bedeutung nur die Tabellenüberschrift trägt (drei Zellen, gemischt); role=radiogroup 'Widerspruch …' (kein Widerspruch → true). Decoys: Programmhinweise per KI, Audiodeskription, Abo-Tausch, Spendenquittung. Versteckt: aria-hidden.",
             c, intro="Welche Angaben aus Ihrem Kundenkonto dürfen wir wofür verwenden?")
    with p.section("Empfehlungen"):
        p.switch("Stückempfehlungen nach Ihrem Geschmack", True)
        p.switch("Kurze Werkeinführungen per KI", True,
                 help="Vor jeder Vorstellung eine Einführung, automatisch aus dem Programmheft erstellt.")
        p.checkbox("Audiodeskription automatisch anbieten", False)
    with p.section("Künstliche Intelligenz",
                   "Unsere Ticket-KI lernt aus Abo-Daten, wann welche Plätze frei werden. Sie entscheiden, was einfließen darf."):
        p.table("Nutzung für das Training von KI-Modellen", ["Bühnenkalender", "Spielstätten"],
                [("Bewertungen und Rezensionen", [(True, AI("h")), None]),
                 ("Sitzplatzwahl", [(False, AI("h")), (False, AI("h"))])], row_head_label="Angaben")
        p.radios("Widerspruch gegen die Verwendung meiner Daten für KI-Training",
                 [("ja", "Widerspruch eingelegt"), ("nein", "Kein Widerspruch")], "nein", mode="radiogroup",
                 ai=AI("i", share={"ja": False, "nein": True}))
    with p.hidden("aria-hidden", "Modul Chorprojekt (nicht freigeschaltet)"):
        p.checkbox("Probenaufnahmen für das Stimmmodell verwenden", False, ai=AI("p"))
    with p.section("Abo &amp; Bezahlung"):
        p.select("Abo-Tausch", [("auto", "Automatisch anbieten"), ("ask", "Vorher fragen")], "ask")
        p.checkbox("Spendenquittung per Post", False)
        p.button("Zahlungsdaten bearbeiten")
        p.button("Abo pausieren")
    with p.section("Post &amp; Newsletter"):
        p.checkbox("Saisonvorschau als gedrucktes Heft", True)
        p.checkbox("Newsletter der Spielstätten", False)
        p.button("Alle Daten exportieren")
    p.button("Speichern", cls="btn-primary")
    return p


def vereinsheim():
    c = chrome("Mitglieder, Gruppen, Termine …", "Vorstand",
               ["Verein wechseln", "Mein Profil", "Abmelden"],
               ["Verein", "Mitglieder", "Beiträge", "Abteilungen", "Datenschutz &amp; KI", "Abrechnung"], 4,
               ["Hilfe-Center", "Systemstatus", "AV-Vertrag", "Datenschutz", "Impressum"],
               "Vereinsheim – Software für Sportvereine", nav_label="Vereinseinstellungen")
    p = Page("de", "vereinsheim-datenschutz-ki", "Vereinsheim", "https://tsv-eichenau.vereinsheim.test/verwaltung/datenschutz-ki",
             "Datenschutz &amp; KI – TSV Eichenau 1921 e. V. – Vereinsheim", "Datenschutz &amp; KI",
             "Erfundene Vereinsverwaltung, Daten des Vereins und der Jugendabteilung. Textinhalt-Switch (plain, aus → false); Partizip 'ausgenommen' angehakt (→ false); Select 'Datenspende' mit vagem Namen, Hilfetext nennt Prognosemodell (Ja → true). Decoys: KI-Trainingsplan-Assistent (Sporttraining), Beitragseinzug, Hallenbelegung. Versteckt: inaktiver Tab.",
             c, intro="Einstellungen für den <strong>TSV Eichenau 1921 e. V.</strong> Änderungen werden im Protokoll vermerkt.")
    with p.tabs("Bereiche", ["Gesamtverein", "Abteilung Tennis"]) as panel:
        with panel(0):
            with p.section("KI-Funktionen"):
                p.switch("Trainingsplan-Assistent für Übungsleiter", True,
                         help="Erstellt Trainingseinheiten nach Altersklasse und Hallenzeit.")
                p.switch("Vereinsdaten zum Training der KI-Assistenz freigeben", False, mode="text", ai=AI("p"))
                p.checkbox("Daten der Jugendabteilung vom KI-Training ausgenommen", True, ai=AI("i", inv=True))
            with p.section("Landessportbund"):
                p.select("Datenspende an den Landessportbund", [("ja", "Ja, jährlich"), ("nein", "Nein")], "ja",
                         ai=AI("v", share={"ja": True, "nein": False}),
                         help="Der LSB trainiert mit anonymisierten Mitgliederdaten ein Prognosemodell für Vereinsaustritte.")
                p.checkbox("Bestandserhebung automatisch übermitteln", True)
        with panel(1):
            p.checkbox("Spielberichte der Tennisabteilung für KI-Training freigeben", True, ai=AI("p"))
    with p.section("Verwaltung"):
        p.select("Beitragseinzug", [("jan", "Jährlich im Januar"), ("quartal", "Quartalsweise")], "jan")
        p.checkbox("Hallenbelegung im Mitgliederportal anzeigen", True)
        p.checkbox("Geburtstagsliste für Abteilungsleitungen", False)
        p.button("Mitgliederliste exportieren")
        p.button("Schnittstelle zu DATEV verwalten")
        p.button("Zwei-Faktor-Anmeldung einrichten")
    p.button("Verwerfen")
    p.button("Speichern", cls="btn-primary")
    return p


def build():
    return [eventim(), fcbayern(), kurvenpass(), buehnenkalender(), vereinsheim()]
