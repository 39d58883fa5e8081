from lib import Page

CHROME = {
    "search_label": "Suche",
    "search_placeholder": "Jobs, Personen oder Unternehmen suchen",
    "lang_label": "Sprache",
    "lang_options": ["Deutsch", "English", "Français", "Italiano", "Español", "Nederlands", "Português"],
    "lang_current": "Deutsch",
    "account": "Konto",
    "menu": ["Mein Profil ansehen", "Rechnungen", "Hilfe & Kontakt", "Ausloggen"],
    "nav_label": "Einstellungen",
    "footer": ["Impressum", "Datenschutz", "AGB", "Barrierefreiheit", "Cookie-Einstellungen"],
    "copyright": "© 2025 {brand}",
}


def xing():
    p = Page("de", "xing-datenschutz", "https://www.xing.com/settings/privacy",
             "Privatsphäre", "XING", CHROME,
             ["Profil", "Konto & Sicherheit", "Privatsphäre", "Benachrichtigungen", "Mitgliedschaft"],
             kind="Berufsnetzwerk", known=True, nav_current=2, user="Mein XING",
             notes="Berufsnetzwerk. Schlichter Schalter (Text als Name) für das Training mit Profildaten, "
                   "eingeschaltet; invertierte Checkbox 'Nachrichten vom KI-Training ausschließen' in einem "
                   "geschlossenen details, angehakt. Köder: KI-Jobvorschläge, Sichtbarkeit, Wechselbereitschaft. "
                   "Versteckt: Block mit hidden-Attribut (Premium).")
    with p.section("Sichtbarkeit"):
        p.select("Wer darf dein Profil sehen?", ["Alle XING-Mitglieder", "Nur deine Kontakte",
                                                 "Alle, auch außerhalb von XING"], "Alle XING-Mitglieder")
        p.switch("Deine Profilbesuche für andere sichtbar machen", True)
        p.checkbox("Geburtstag für Kontakte anzeigen", False)
        p.checkbox("Kontakte dürfen deine Kontaktliste sehen", True)
        p.select("Wer darf dir Nachrichten schreiben?", ["Alle Mitglieder", "Nur deine Kontakte",
                                                         "Kontakte 2. Grades"], "Kontakte 2. Grades")
        p.checkbox("Kontaktanfragen nur von Personen mit gemeinsamen Kontakten", False)
    with p.section("Jobsuche"):
        p.switch("Für Recruiter*innen als wechselbereit sichtbar", True,
                 help="Dein aktueller Arbeitgeber sieht diesen Hinweis nicht.")
        p.select("Gewünschtes Jahresgehalt", ["Keine Angabe", "unter 50.000 €", "50.000–70.000 €",
                                              "über 70.000 €"], "50.000–70.000 €")
        p.radios("Bevorzugte Arbeitsweise", ["Vor Ort", "Hybrid", "Komplett remote"], "Hybrid")
    with p.section("KI bei XING",
                   intro="XING nutzt künstliche Intelligenz, um dir passende Jobs zu zeigen und dir beim "
                         "Formulieren von Nachrichten zu helfen."):
        p.switch("KI-Jobvorschläge auf Basis meines Profils", True,
                 help="Die Vorschläge werden nur für dich berechnet und bleiben in deinem Konto.")
        p.switch("Meine Profildaten für das Training von KI-Modellen verwenden", True,
                 help="Dazu gehören Berufserfahrung, Skills und Beiträge. Private Nachrichten sind nicht "
                      "enthalten, solange du sie unten ausschließt.", ai=(True, "p"))
        with p.details("Weitere Einstellungen zur KI-Nutzung"):
            p.checkbox("Nachrichten vom KI-Training ausschließen", True, ai=(False, "i"))
            p.checkbox("Formulierungshilfe im Nachrichtenfenster anzeigen", True)
        with p.hidden("hidden-attr"):
            p.switch("Beiträge in Gruppen für das Modelltraining freigeben", False, ai=(True, "p"))
    with p.section("Benachrichtigungen"):
        p.table(None, "Thema", ["E-Mail", "App"],
                [("Neue Kontaktanfragen", [(True, None), (True, None)]),
                 ("Jobs, die zu dir passen", [(False, None), (True, None)]),
                 ("Geburtstage deiner Kontakte", [(False, None), (False, None)])])
    with p.section("Deine Daten"):
        p.button("Meine Daten herunterladen")
        p.button("Mitgliedschaft kündigen", danger=True)
    return p


def stepstone():
    p = Page("de", "stepstone-datenschutz", "https://www.stepstone.de/kandidaten/einstellungen/datenschutz",
             "Datenschutz-Einstellungen", "StepStone", {**CHROME, "search_placeholder": "Jobtitel, Kompetenz oder Firma"},
             ["Mein Profil", "Lebenslauf", "Jobagenten", "Bewerbungen", "Datenschutz-Einstellungen"],
             kind="Jobbörse", known=True, nav_current=4, user="Mein Konto",
             notes="Jobbörse. Tabelle unter der Überschrift 'Was unsere KI-Modelle lernen dürfen' mit der Spalte "
                   "'Freigegeben'; die Checkboxen heißen Zeile + Spalte und sagen allein nichts über Training "
                   "(nur Überschrift). Köder: Jobagent 'Pausiert', KI-Anschreiben-Assistent ohne Training, "
                   "Sichtbarkeit des Lebenslaufs. Versteckt: Block mit display:none im style-Attribut.")
    with p.section("Lebenslauf und Profil"):
        p.radios("Sichtbarkeit deines Lebenslaufs", ["Für Arbeitgeber sichtbar", "Anonym sichtbar",
                                                     "Nicht sichtbar"], "Anonym sichtbar",
                 help="Bei „Anonym sichtbar“ blenden wir Name, Foto und Kontaktdaten aus.")
        p.checkbox("Arbeitgeber dürfen mich direkt kontaktieren", True)
        p.checkbox("Aktuellen Arbeitgeber für mein Profil sperren", True)
    with p.section("Jobagenten"):
        p.select("Häufigkeit der Jobagent-E-Mails", ["Täglich", "Wöchentlich", "Pausiert"], "Pausiert")
        p.switch("Push-Mitteilungen für neue Treffer", False)
    with p.section("Was unsere KI-Modelle lernen dürfen",
                   intro="Mit deiner Zustimmung verwenden wir die folgenden Daten, um unsere Matching-Modelle zu "
                         "trainieren und zu verbessern. Du kannst jede Freigabe jederzeit ändern."):
        p.table(None, "Daten", ["Freigegeben"],
                [("Lebenslauf und Berufserfahrung", [(True, (True, "h"))]),
                 ("Suchverlauf und gemerkte Jobs", [(False, (False, "h"))])], naming="rowcol")
        with p.hidden("display-inline"):
            p.checkbox("Anschreiben für das Modelltraining freigeben", False, ai=(True, "p"))
    with p.section("Bewerbungen"):
        p.switch("KI-Anschreiben-Assistent", True,
                 help="Erstellt auf Wunsch einen Entwurf für dein Anschreiben. Deine Eingaben werden dabei nicht "
                      "zum Training verwendet.")
        p.checkbox("Bewerbungsstatus per E-Mail melden", True)
        p.checkbox("Ähnliche Jobs nach einer Bewerbung vorschlagen", True)
    with p.section("Bewerbungsprofil"):
        p.select("Kündigungsfrist", ["Sofort verfügbar", "1 Monat", "3 Monate", "Mehr als 3 Monate"], "3 Monate")
        p.checkbox("Gehaltsvorstellung in Bewerbungen mitsenden", False)
        p.switch("Anschreiben-Vorlage für Schnellbewerbungen verwenden", True)
    with p.section("Benachrichtigungen"):
        p.table(None, "Anlass", ["E-Mail", "App"],
                [("Ein Arbeitgeber hat dein Profil angesehen", [(True, None), (True, None)]),
                 ("Neuer Status einer Bewerbung", [(True, None), (True, None)]),
                 ("Gehaltsvergleich für deinen Beruf", [(False, None), (False, None)])])
    with p.section("Werbung und Newsletter"):
        p.checkbox("Personalisierte Werbung auf Partnerseiten", False)
        p.checkbox("Karriere-Newsletter mit Tipps zur Bewerbung", True)
        p.select("Gehaltsreport per E-Mail", ["Nie", "Einmal im Quartal", "Monatlich"], "Einmal im Quartal")
    with p.section("Konto"):
        p.button("Datenauskunft anfordern")
        p.button("Konto löschen", danger=True)
    return p


def teamwerk():
    p = Page("de", "teamwerk-mitarbeiterportal", "https://portal.teamwerk-hr.test/mitarbeiter/einstellungen/datenschutz",
             "Datenschutz und KI", "Teamwerk HR", {**CHROME, "search_placeholder": "Kolleg:innen, Dokumente, Anträge"},
             ["Übersicht", "Abwesenheiten", "Gehaltsabrechnungen", "Weiterbildung", "Datenschutz und KI"],
             kind="HR-Software, Mitarbeiterportal", nav_current=4, user="Sabine Krüger",
             notes="Mitarbeiterportal einer HR-Suite. Zustandszeile: Widerspruch eingelegt, Knopf "
                   "'Widerspruch zurückziehen' mit visuell verstecktem Zusatz (nicht teilend); vager Schalter "
                   "für ein Programm 'Besser planen', nur die Hilfe sagt Training; Radiogruppe zum Stimmungsmodell. "
                   "Köder: Weiterbildung/Schulungen ('Trainingskalender'), Nutzungsstatistik ohne KI. Versteckt: "
                   "inaktiver Reiter 'Für Führungskräfte'.")
    p.tabs(["Meine Einstellungen", "Für Führungskräfte"], active=0, label="Bereich")
    with p.tab_panel(0):
        with p.section("Abwesenheiten und Kalender"):
            p.checkbox("Vertretung bei Urlaubsanträgen automatisch benachrichtigen", True)
            p.switch("Geburtstag im Teamkalender anzeigen", False)
            p.switch("Trainingskalender mit Outlook synchronisieren", True,
                     help="Gebuchte Schulungen und Seminare erscheinen in Ihrem Outlook-Kalender.")
        with p.section("Weiterbildung"):
            p.select("Interessen für Weiterbildungen", ["Keine Auswahl", "Führung", "Excel und Datenanalyse",
                                                        "Sprachen"], "Excel und Datenanalyse")
            p.checkbox("Schulungsempfehlungen per E-Mail erhalten", True)
        with p.section("Gehaltsabrechnung"):
            p.switch("Gehaltsabrechnung nur digital erhalten", True)
            p.select("Sprache der Gehaltsabrechnung", ["Deutsch", "Englisch"], "Deutsch")
        with p.section("Datenschutz und KI",
                       intro="Ihr Arbeitgeber setzt im Portal KI-Funktionen ein. Die Betriebsvereinbarung zur KI "
                             "finden Sie unter Dokumente."):
            p.state_row("Widerspruch gegen das KI-Training", "Eingelegt am 12.03.2025", "Widerspruch zurückziehen",
                        suffix=": KI-Training mit meinen Personaldaten", ai=(False, "i"))
            p.switch("Am Programm „Besser planen“ teilnehmen", True, mode="labelledby",
                     help="Teilnehmende stellen ihre Arbeitszeit- und Abwesenheitsdaten pseudonymisiert bereit, "
                          "damit wir unser Modell für die Schichtplanung damit trainieren können.", ai=(True, "v"))
            p.radios("Verwendung meiner Feedback-Antworten zum Trainieren des Stimmungsmodells",
                     ["Erlaubt", "Nicht erlaubt"], "Nicht erlaubt", ai=(False, "p"))
            p.switch("Anonyme Nutzungsstatistiken senden", True,
                     help="Hilft uns, das Portal zu verbessern. Diese Daten fließen nicht in KI-Modelle ein.")
        with p.section("Benachrichtigungen"):
            p.table(None, "Anlass", ["E-Mail", "Push"],
                    [("Neue Gehaltsabrechnung", [(True, None), (False, None)]),
                     ("Urlaubsantrag genehmigt", [(True, None), (True, None)]),
                     ("Neue Dokumente zur Unterschrift", [(True, None), (True, None)])])
        with p.section("Konto"):
            p.button("Meine gespeicherten Daten als PDF")
    with p.tab_panel(1):
        with p.section("Teamdaten"):
            p.switch("Teamdaten für das Training der Planungs-KI freigeben", True, ai=(True, "p"))
    return p


def freiraum():
    p = Page("de", "freiraum-ki-und-daten", "https://www.freiraum-projekte.test/einstellungen/ki-und-daten",
             "KI und Daten", "Freiraum", {**CHROME, "search_placeholder": "Projekte und Freelancer finden"},
             ["Profil", "Verfügbarkeit", "Rechnungen", "KI und Daten", "Benachrichtigungen"],
             kind="Freelancer-Projektbörse", nav_current=3, user="Jonas Weber",
             notes="Projektbörse für Freelancer. Schalter mit aria-label 'Nutzung meiner Angebote für das "
                   "KI-Training pausieren' (an = pausiert, nicht teilend); Partizip-Checkbox 'Profil vom "
                   "KI-Training ausgeschlossen' (nicht angehakt = teilend); vages Qualitätsprogramm 'Match+', "
                   "erklärt nur durch einen danebenstehenden, nicht verknüpften Hilfetext. Köder: KI-Zusammenfassung, Stundensatz, Verfügbarkeit. Versteckt: aria-hidden.")
    with p.section("Verfügbarkeit und Konditionen"):
        p.radios("Verfügbarkeit", ["Sofort verfügbar", "Ab einem bestimmten Datum", "Derzeit ausgebucht"],
                 "Ab einem bestimmten Datum", style="radiogroup")
        p.text_input("Stundensatz (€)", "95", kind="number")
        p.select("Einsatzort", ["Remote", "Vor Ort", "Remote oder vor Ort"], "Remote oder vor Ort")
        p.switch("Profil in Suchmaschinen anzeigen", False)
    with p.section("KI-Funktionen"):
        p.switch("KI-Zusammenfassung von Projektausschreibungen", True,
                 help="Fasst lange Ausschreibungen in drei Sätzen zusammen.")
        p.checkbox("Angebotsentwürfe mit KI vorschlagen", False)
    with p.section("Deine Daten und unser Matching",
                   intro="Unser Matching bringt Freelancer und Auftraggeber zusammen. Hier legst du fest, was "
                         "davon in die Weiterentwicklung einfließt."):
        p.switch("Nutzung meiner Angebote für das KI-Training pausieren", True, mode="aria-label",
                 show_state=("Pausiert", "Aktiv"), ai=(False, "i"))
        p.checkbox("Profil vom KI-Training ausgeschlossen", False, ai=(True, "i"))
        p.checkbox("Am Qualitätsprogramm „Match+“ teilnehmen", True,
                   help="Wir werten dabei deine Angebote, Chatverläufe mit Auftraggebern und Bewertungen aus, um "
                        "unser Matching-Modell damit zu trainieren.", tie="near", ai=(True, "v"))
        with p.hidden("aria-hidden"):
            p.switch("Chatverläufe an KI-Partner weitergeben", False, ai=(True, "p"))
    with p.section("Benachrichtigungen"):
        p.table(None, "Ereignis", ["E-Mail", "App"],
                [("Neue passende Projekte", [(True, None), (True, None)]),
                 ("Nachrichten von Auftraggebern", [(True, None), (True, None)]),
                 ("Zahlungseingänge", [(False, None), (True, None)])])
    with p.section("Konto"):
        p.checkbox("Rechnungen automatisch erstellen", True)
        p.button("Konto löschen", danger=True)
    return p


def gespraechsraum():
    p = Page("de", "gespraechsraum-datenschutz", "https://app.gespraechsraum.test/konto/datenschutz",
             "Datenschutz", "Gesprächsraum", {**CHROME, "search_placeholder": "Termine und Einladungen suchen"},
             ["Meine Termine", "Technik-Check", "Datenschutz", "Hilfe"],
             kind="Videointerview-Plattform (Bewerberseite)", nav_current=2, user="L. Hoffmann",
             notes="Videointerview-Plattform. Zustandszeile 'Erteilt am …' mit Knopf 'Einwilligung widerrufen' "
                   "und visuell verstecktem Zusatz (teilend); Radiogruppe 'Aufnahmen aus meinen Interviews' nur "
                   "unter der Überschrift 'Forschung und Modelltraining' verständlich, 'Nichts davon' gewählt; "
                   "schlichte Checkbox zu Arbeitgeber-KI. Köder: Untertitel, Transkript, Technik. Versteckt: "
                   "geschlossener dialog.")
    with p.section("Technik-Check"):
        p.select("Kamera", ["Integrierte Kamera", "Logitech C920"], "Integrierte Kamera")
        p.select("Mikrofon", ["Integriertes Mikrofon", "Headset"], "Headset")
        p.checkbox("Hintergrund weichzeichnen", True)
        p.switch("Automatische Untertitel während des Gesprächs", False)
    with p.section("Termine"):
        p.select("Zeitzone", ["Europe/Berlin", "Europe/Vienna", "Europe/Zurich"], "Europe/Berlin")
        p.checkbox("Erinnerung eine Stunde vor dem Gespräch", True)
        p.switch("Transkript nach dem Gespräch an mich senden", True)
    with p.section("Barrierefreiheit und Darstellung"):
        p.checkbox("Mehr Zeit für Antworten (Nachteilsausgleich)", False)
        p.checkbox("Gebärdensprachdolmetschung anfragen", False)
        p.select("Schriftgröße", ["Normal", "Groß", "Sehr groß"], "Normal")
        p.segmented("Farbschema", ["Hell", "Dunkel", "Wie System"], "Wie System")
    with p.section("Einwilligungen"):
        p.state_row("Training unserer Sprachmodelle", "Erteilt am 04.02.2025", "Einwilligung widerrufen",
                    suffix=" – Training unserer Sprachmodelle mit meinen Interviewantworten",
                    help="Nach dem Widerruf werden Ihre Antworten nicht mehr für neue Trainingsläufe verwendet.",
                    ai=(True, "i"))
        p.checkbox("Arbeitgebern erlauben, meine Antworten zum Trainieren ihrer eigenen KI zu nutzen", False,
                   ai=(False, "p"))
    with p.section("Forschung und Modelltraining",
                   intro="Unsere Bewertungsmodelle lernen aus echten Interviews. Sie entscheiden, welche Teile "
                         "Ihrer Aufnahmen dafür genutzt werden dürfen."):
        p.radios("Aufnahmen aus meinen Interviews", ["Video und Ton", "Nur das Transkript", "Nichts davon"],
                 "Nichts davon", ai=(False, "h"))
    with p.section("Ihre Aufnahmen"):
        with p.hidden("dialog", opener="Aufnahmen verwalten", title="Aufnahme löschen",
                      actions=("Zurück", "Endgültig löschen")):
            p.checkbox("Gelöschte Aufnahme auch aus Trainingsdaten entfernen", True, ai=(False, "i"))
        p.button("Alle Daten exportieren")
    return p


def build():
    return [xing(), stepstone(), teamwerk(), freiraum(), gespraechsraum()]
