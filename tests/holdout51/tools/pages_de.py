from lib import Page

UI = dict(search="Suchen", search_ph="Suchbegriff eingeben", lang_label="Sprache",
          langs=["Deutsch", "English"], account="Mein Konto",
          menu=["Mein Profil", "Mitgliedschaft", "Hilfe"], signout="Abmelden",
          nav_label="Einstellungen", skip="Zum Inhalt springen",
          footer=["Impressum", "Datenschutz", "Cookie-Einstellungen", "Kontakt"])


def adac():
    p = Page("de", "adac-datenschutz", "https://www.adac.de/mein-adac/einstellungen/datenschutz/", UI,
             brand="ADAC", title="Datenschutz-Einstellungen | ADAC", h1="Datenschutz-Einstellungen",
             nav=["Meine Mitgliedschaft", "Persönliche Daten", "Fahrzeuge", "Pannenhilfe", "Datenschutz",
                  "Newsletter", "Zahlungsdaten"], nav_current=4, known=True,
             service="ADAC (Automobilclub, Mitgliederbereich), Rekonstruktion",
             notes="Plain switch with aria-labelledby, a 'Widerspruch gegen …' checkbox (noun, lodged), "
                   "vague 'An der ADAC Innovationswerkstatt teilnehmen' explained by its description; "
                   "decoys: KI-Pannendiagnose without training, personalised offers, reach measurement.",
             lead="Hier legen Sie fest, wie der ADAC Ihre Daten nutzen darf. Änderungen gelten sofort.")
    with p.section("Kommunikation"):
        p.checkbox("ADAC Motorwelt per Post erhalten", True)
        p.checkbox("Newsletter „Reise & Freizeit“", False)
        p.checkbox("SMS-Benachrichtigungen zum Pannenhilfe-Einsatz", True)
        p.radios("Bevorzugter Kontaktweg", ["E-Mail", "Telefon", "Post"], 0, style="radiogroup")
    with p.section("Personalisierung"):
        p.switch("Personalisierte Angebote in der ADAC App anzeigen", False, mode="native",
                 help="Grundlage sind Ihre Mitgliedschaft und die Leistungen, die Sie gebucht haben.")
        p.switch("Werbung auf Partnerseiten an meine Interessen anpassen", False)
    with p.section("Pannenhilfe-App"):
        p.select("Standardfahrzeug für die Pannenhilfe", ["VW Golf (M-AB 1234)", "Fiat 500 (M-CD 567)"], 0)
        p.switch("Standort bei Pannenmeldung automatisch übermitteln", True,
                 help="Damit der Pannenhelfer Sie schneller findet.")
        p.switch("Pannenursache per KI vorab einschätzen", True,
                 help="Die Einschätzung wird nur für Ihren Einsatz erstellt. Dabei werden keine Daten für "
                      "das Training von Modellen gespeichert.")
    with p.section("Künstliche Intelligenz beim ADAC",
                   intro="Wir entwickeln KI-Systeme, etwa für die Pannenprognose und für unseren telefonischen "
                         "Service. Sie entscheiden, welche Ihrer Daten dafür genutzt werden dürfen."):
        p.switch("Fahrzeug- und Pannendaten für das Training unserer KI-Modelle verwenden", True,
                 mode="labelledby", ai=("p", True))
        p.checkbox("Widerspruch gegen die Nutzung meiner Anrufaufzeichnungen zum KI-Training", True, tie="near",
                   help="Gilt für Gespräche mit der Pannenhilfe-Hotline und dem Mitgliederservice.",
                   ai=("i", False))
        p.switch("An der ADAC Innovationswerkstatt teilnehmen", False, mode="aria",
                 help="In der Innovationswerkstatt trainieren wir mit Ihren Fahrtdaten und Pannenmeldungen "
                      "die Prognosemodelle unseres Pannendienstes.", ai=("v", False))
        with p.hidden("hidden-attribute"):
            p.checkbox("Sprachaufnahmen für KI-Modelle von Partnern freigeben", False, hidden_ai=True)
    with p.section("Statistik"):
        p.checkbox("Nutzungsstatistik der Website erlauben", True,
                   help="Reine Reichweitenmessung. Die Daten fließen nicht in das Training von KI ein.")
    with p.section("Ihre Daten"):
        p.buttons("Datenauskunft anfordern", "Abbrechen", "Einstellungen speichern")
    return p


def betterplace():
    p = Page("de", "betterplace-privatsphaere", "https://www.betterplace.org/de/users/einstellungen/datenschutz", UI,
             brand="betterplace.org", title="Privatsphäre & Daten – betterplace.org", h1="Privatsphäre & Daten",
             nav=["Mein Profil", "Meine Spenden", "Daueraufträge", "Spendenquittungen", "Privatsphäre",
                  "Benachrichtigungen"], nav_current=4, known=True, account_label="Profil",
             service="betterplace.org (Spendenplattform), Rekonstruktion",
             notes="Two-row table whose caption carries the meaning (column 'Freigeben'), an infinitive "
                   "'… vom KI-Training ausschließen' checkbox left unchecked; a closed dialog holds the "
                   "hidden decoy; decoys: project suggestions computed per user, notification matrix.",
             lead="Hier bestimmst du, was andere von dir sehen und wofür wir deine Angaben nutzen.")
    with p.section("Beim Spenden"):
        p.checkbox("Standardmäßig anonym spenden", False, mode="wrap")
        p.checkbox("Spendenbetrag auf der Projektseite zeigen", True, mode="wrap")
        p.checkbox("Mein Profilbild in der Spenderliste anzeigen", True, mode="wrap")
        p.select("Spendenquittung", ["Sammelquittung einmal im Jahr", "Für jede Spende einzeln", "Keine Quittung"], 0)
    with p.section("Benachrichtigungen"):
        p.table("Wie möchtest du informiert werden?", ["Thema", "E-Mail", "Push"], [
            ("Neuigkeiten aus unterstützten Projekten", [(True, None), (True, None)]),
            ("Dankeschön-Nachrichten", [(True, None), (False, None)]),
            ("Erinnerung vor dem Einzug deines Dauerauftrags", [(False, None), (True, None)]),
        ])
    with p.section("Empfehlungen & KI",
                   intro="Unser Empfehlungsmodell schlägt dir Projekte vor, die zu deinen bisherigen Spenden "
                         "passen. Damit es besser wird, trainieren wir es mit Daten unserer Nutzer*innen."):
        p.switch("Projektvorschläge auf der Startseite anzeigen", True,
                 help="Die Vorschläge werden nur für dich berechnet.")
        p.table("Welche Angaben dürfen wir zum Trainieren des Empfehlungsmodells nutzen?", ["Angabe", "Freigeben"], [
            ("Deine Spendenbeträge", [(True, ("h", True))]),
            ("Deine Kommentare zu Projekten", [(False, ("h", False))]),
        ])
        p.checkbox("Meine Nachrichten an Projektverantwortliche vom KI-Training ausschließen", False,
                   ai=("i", True))
        with p.dialog("Mehr zum Empfehlungsmodell", "So funktioniert das Empfehlungsmodell",
                      text="Das Modell lernt aus anonymisierten Spendenverläufen. Es sieht keine Zahlungsdaten.",
                      close="Verstanden"):
            p.checkbox("Alle meine Daten für das Modelltraining sperren", False, hidden_ai=True)
    with p.section("Dauerauftrag"):
        p.select("Rhythmus", ["Monatlich", "Vierteljährlich", "Jährlich"], 0)
        p.checkbox("Betrag jedes Jahr um 5 % erhöhen", False)
    with p.section("Deine Daten"):
        p.buttons("Meine Daten herunterladen", "Konto löschen", "Speichern")
    return p


def tus():
    p = Page("de", "tus-lindenau-datenschutz", "https://mitglieder.tus-lindenau.test/konto/datenschutz", UI,
             brand="TuS Lindenau 1908 e.V.", title="Datenschutz & Sichtbarkeit – TuS Lindenau Mitgliederbereich",
             h1="Datenschutz & Sichtbarkeit",
             nav=["Übersicht", "Meine Abteilungen", "Trainingszeiten", "Beiträge", "Datenschutz", "Ehrenamt"],
             nav_current=4,
             service="Invented multi-sport club members' area",
             notes="Participle switch 'Spielvideos für KI-Training gesperrt' (on), vague 'Talent-Radar' "
                   "checkbox with help only placed nearby; decoys: Training as workouts, KI-Trainingsplan "
                   "without training on entries, parental chat permission; CSS-class hidden decoy.",
             lead="Lege fest, wer im Verein deine Daten sieht und was mit Spielaufnahmen passiert.")
    with p.section("Sichtbarkeit im Verein"):
        p.select("Wer sieht meine Kontaktdaten?", ["Alle Mitglieder", "Nur meine Abteilung", "Nur Übungsleiter*innen"], 1)
        p.checkbox("Geburtstag im Vereinskalender anzeigen", True)
        p.checkbox("Fotos von mir auf der Vereinswebsite erlauben", True)
    with p.section("Training & Spielbetrieb"):
        p.checkbox("Erinnerung an Trainingszeiten per App", True)
        p.switch("Trainingsplan mit KI erstellen lassen", True,
                 help="Der Plan entsteht aus deinen eingetragenen Zielen und Terminen. Deine Einträge werden "
                      "nicht zum Trainieren des Assistenten verwendet.")
        p.segmented("Spielberichte per E-Mail", ["Sofort", "Wöchentlich", "Nie"], 1)
    with p.section("Videoanalyse & KI",
                   intro="Bei Heimspielen filmen wir mit einer automatischen Kamera. Die Aufnahmen stehen "
                         "Trainer*innen für die Spielanalyse zur Verfügung."):
        p.switch("Spielvideos für KI-Training gesperrt", True, mode="labelledby",
                 help="Solange gesperrt, gibt der Verein Aufnahmen, auf denen du zu sehen bist, nicht an den "
                      "Kamerahersteller zum Training seiner Modelle weiter.", ai=("i", False))
        p.checkbox("Beim Projekt „Talent-Radar“ mitmachen", True, tie="near",
                   help="Der Landesverband trainiert damit ein Modell, das aus Spielstatistiken und Videos "
                        "junge Talente erkennt.", ai=("v", True))
        with p.hidden("display-none-class", cls="is-retired"):
            p.switch("Leistungsdaten an Partner für KI-Modelle übermitteln", False, hidden_ai=True)
    with p.section("Familie"):
        p.checkbox("Mein Kind darf Nachrichten im Mannschaftschat schreiben", True)
        p.checkbox("Meine Telefonnummer für Fahrgemeinschaften freigeben", False)
    with p.section("Beiträge & Newsletter"):
        p.select("Zahlungsweise", ["Jährlich", "Halbjährlich", "Vierteljährlich"], 0)
        p.checkbox("Vereinsnewsletter erhalten", True)
        p.state_row("Google Kalender", "Verbunden", "Trennen", suffix=" – Google Kalender")
    p.buttons("Datenauskunft anfordern", "Speichern")
    return p


def ehrenamt():
    p = Page("de", "ehrenamtsboerse-einstellungen", "https://www.ehrenamt-rheinmain.test/profil/einstellungen", UI,
             brand="Ehrenamtsbörse Rhein-Main", title="Einstellungen | Ehrenamtsbörse Rhein-Main", h1="Einstellungen",
             nav=["Mein Profil", "Meine Einsätze", "Nachrichten", "Einstellungen", "Nachweise"], nav_current=3,
             service="Invented regional volunteering exchange",
             notes="Plain yes/no fieldset, noun 'Ausschluss vom Modelltraining' select set to 'Nicht aktiv', a "
                   "state row with hidden suffix under a research-partnership heading; decoys: machine "
                   "translation, usage statistics said not to train; aria-hidden decoy.")
    with p.section("Profil & Sichtbarkeit"):
        p.radios("Wer darf Ihr Profil finden?", ["Alle registrierten Organisationen",
                                                 "Nur Organisationen, bei denen ich aktiv bin", "Niemand"], 0)
        p.checkbox("Anzahl meiner Einsatzstunden im Profil zeigen", True)
        p.checkbox("Profilfoto für Organisationen sichtbar", True)
        p.checkbox("Ich bin für kurzfristige Einsätze erreichbar", False)
    with p.section("Passende Angebote"):
        p.switch("Einsatzvorschläge per E-Mail", True, mode="native")
        p.select("Umkreis für Vorschläge", ["5 km", "10 km", "25 km", "50 km"], 1)
        p.switch("Angebote automatisch übersetzen", False,
                 help="Angebote in anderen Sprachen werden maschinell übersetzt.")
    with p.section("Datennutzung für Künstliche Intelligenz",
                   intro="Wir möchten die Vermittlung mit KI verbessern. Nichts davon geschieht ohne Ihre "
                         "Entscheidung."):
        p.radios("Dürfen wir Ihre Nachrichten an Organisationen zum Trainieren unserer KI nutzen?", ["Ja", "Nein"], 1,
                 ai=("p", False))
        p.select("Ausschluss vom Modelltraining", ["Nicht aktiv", "Aktiv – meine Daten werden nicht verwendet"], 0,
                 help="Betrifft Ihre Profilangaben und Ihre Einsatzhistorie.", ai=("i", True))
        with p.hidden("aria-hidden"):
            p.checkbox("Einsatzdaten für das Training externer Sprachmodelle bereitstellen", False, hidden_ai=True)
    with p.section("Forschungskooperation",
                   intro="Die Stiftung Digitales Ehrenamt möchte anonymisierte Einsatzberichte nutzen, um ein "
                         "Sprachmodell zu trainieren, das Organisationen beim Schreiben von Ausschreibungen hilft."):
        p.state_row("Ihre Einsatzberichte", "Freigegeben", "Ändern", suffix=" – Ihre Einsatzberichte", ai=("h", True))
    with p.section("Benachrichtigungen"):
        p.table("Benachrichtigungen", ["Anlass", "E-Mail", "SMS"], [
            ("Neue Nachricht einer Organisation", [(True, None), (False, None)]),
            ("Erinnerung am Vortag eines Einsatzes", [(True, None), (True, None)]),
            ("Ein Einsatz wurde abgesagt", [(True, None), (True, None)]),
        ])
    with p.section("Nachweise"):
        p.checkbox("Einsatzbestätigungen automatisch an mich senden", True)
        p.buttons("Ehrenamtsnachweis als PDF herunterladen")
    with p.section("Konto"):
        p.checkbox("Anonyme Nutzungsstatistik senden", True,
                   help="Hilft uns, Fehler zu finden. Die Daten dienen nicht dem Training von KI.")
        p.buttons("Passwort ändern", "Konto löschen", "Speichern")
    return p


def bergfreunde():
    p = Page("de", "bergfreunde-privatsphaere", "https://www.bergfreunde-allgaeu.test/mein-verein/privatsphaere", UI,
             brand="Bergfreunde Allgäu e.V.", title="Privatsphäre – Bergfreunde Allgäu", h1="Privatsphäre",
             nav=["Mitgliedsausweis", "Touren & Kurse", "Hüttenreservierung", "Tourenbuch", "Privatsphäre",
                  "Beitrag"], nav_current=4,
             service="Invented alpine club",
             notes="Plain segmented group (Ja pressed), modal-negative checkbox 'Meine Fotos dürfen nicht …' "
                   "checked, vague 'Lawinenforschung unterstützen' inside a closed details; decoys: "
                   "Ausbildung/Kurse, KI-Tourenvorschläge only for the member, live location; inline "
                   "display:none decoy.")
    with p.section("Tourenbuch"):
        p.select("Wer sieht meine Touren?", ["Öffentlich", "Vereinsmitglieder", "Nur ich"], 1)
        p.checkbox("Startzeit und Route erst nach der Tour veröffentlichen", True)
        p.switch("Live-Standort mit Notfallkontakt teilen", False, mode="native")
    with p.section("Kurse & Ausbildung"):
        p.checkbox("Erinnerung vor Kursbeginn", True)
        p.radios("Kursunterlagen erhalten als", ["PDF per E-Mail", "Ausdruck beim Kurs"], 0, style="radiogroup")
        p.checkbox("Mein Kind darf sich selbst zu Jugendtouren anmelden", False)
    with p.section("KI und deine Tourendaten",
                   intro="Wir prüfen, wie KI bei der Tourenplanung helfen kann. Die folgenden Einstellungen "
                         "betreffen deine Tourenberichte, Fotos und Tracks."):
        p.segmented("Tourenberichte für KI-Training nutzen", ["Ja", "Nein"], 0, ai=("p", True))
        p.checkbox("Meine Fotos dürfen nicht zum Trainieren von KI verwendet werden", True, ai=("i", False))
        p.switch("Tourenvorschläge mit KI", True,
                 help="Die Vorschläge beruhen auf deinem Tourenbuch und werden nur für dich erstellt.")
        with p.details("Forschung & Partner"):
            p.switch("Lawinenforschung unterstützen", True, mode="labelledby",
                     help="Deine GPS-Tracks und Schneebeobachtungen fließen in das Training des Lawinenmodells "
                          "einer Hochschule ein.", ai=("v", True))
            p.checkbox("Kontakt für Umfragen der Hochschule erlauben", False)
        with p.hidden("display-none-inline"):
            p.switch("Hüttenbuch-Einträge für Sprachmodelle freigeben", False, hidden_ai=True)
    with p.section("Mitgliedschaft"):
        p.checkbox("Mitgliedsausweis nur digital", True)
        p.select("Vereinsheft", ["Gedruckt", "Digital", "Gar nicht"], 0)
    p.buttons("Tourenbuch exportieren (GPX)", "Speichern")
    return p


PAGES = [adac, betterplace, tus, ehrenamt, bergfreunde]
