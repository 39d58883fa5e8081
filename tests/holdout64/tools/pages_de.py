from lib import *

PAGES = [
Page("de", "deepl-konto-einstellungen", "https://www.deepl.com/de/your-account/settings", "DeepL", "Kontoeinstellungen",
     "Nachbau einer Übersetzer-Kontoseite (Sie): vager Schalter (Hilfetext nennt Training), invertiertes Radio-Fieldset (Dokumente ausschließen); Team-Freigabe fürs Training nur im geschlossenen <dialog>; DeepL-Write-Vorschläge und Glossar als Köder.",
     chrome("Suchen", "Sprache der Benutzeroberfläche", "Konto", ["Profil", "Abonnement", "Rechnungen", "Abmelden"], "Kontonavigation",
            ["Impressum", "Datenschutz", "AGB", "Barrierefreiheit"], "© DeepL SE, Köln"),
     ["Konto", "Einstellungen", "Glossare", "Team", "API", "Abrechnung"], known=True, active=1,
     body=[
     section("Übersetzung", items=[
         sel("Standard-Zielsprache", ["Deutsch", "Englisch (britisch)", "Englisch (amerikanisch)", "Französisch"], 1),
         sel("Formalität", ["Automatisch", "Formell (Sie)", "Informell (du)"], 1),
         sw("Glossar automatisch anwenden", True),
         cb("Übersetzungsverlauf in diesem Browser speichern", False),
         cb("Schnellübersetzung mit Strg+C+C", True),
         sw("Alternativen für einzelne Wörter anzeigen", True),
         sw("Stilvorschläge von DeepL Write anzeigen", True, help="Die Vorschläge entstehen nur für den Text, den Sie gerade bearbeiten."),
     ]),
     section("Datenschutz", items=[
         sw("Texte zur Qualitätsverbesserung bereitstellen", True, ai="v",
            help="Wenn aktiviert, dürfen Ihre Texte und Übersetzungen verwendet werden, um unsere neuronalen Netze zu trainieren."),
         rf("Ausschluss vom KI-Training für Dokumentübersetzungen", [("Dokumente ausschließen", False), ("Nicht ausschließen", True)], 0, ai="i"),
         dialog("Datenschutzoptionen für Teams verwalten", "Team-Datenschutz", [
             bsw("Übersetzungen meines Teams für das Training der DeepL-Modelle freigeben", False, ai="p", how="by"),
             cb("Teammitglieder dürfen eigene Glossare anlegen", True),
         ], intro="Diese Einstellungen gelten für alle Mitglieder Ihres Teams.", close="Schließen"),
         btn("Gespeicherte Übersetzungen löschen"),
     ]),
     section("Sicherheit & Kommunikation", items=[
         sw("Zwei-Faktor-Authentifizierung", False),
         btn("Passwort ändern"),
         cb("Rechnungen per E-Mail erhalten", True),
         cb("Produktneuigkeiten per E-Mail erhalten", False),
         btn("API-Schlüssel erstellen"),
         btn("Konto löschen"),
     ]),
     ]),

Page("de", "tldv-datenschutz", "https://tldv.io/app/settings/privacy", "tl;dv", "Datenschutz & Aufnahmen",
     "Nachbau eines Meeting-Recorders (du): Tabellenzellen, bei denen nur die Überschrift vom Lernen spricht; ein klarer Schalter (aus); im inaktiven Reiter 'Erweitert' ein weiterer Trainingsschalter; KI-Notizen und CRM-Anbindung als Köder.",
     chrome("Meetings durchsuchen", "Sprache", "Profil öffnen", ["Mein Profil", "Workspace", "Tarif", "Abmelden"], "Einstellungen",
            ["Datenschutzerklärung", "Impressum", "Status"], "tl;dv – made in Aachen"),
     ["Profil", "Aufnahme", "KI-Notizen", "Datenschutz", "Integrationen", "Workspace"], known=True, active=3,
     body=[
     tabs("Bereiche", [
         ("Allgemein", [
             section("Aufnahme", items=[
                 sw("Meetings automatisch beitreten", True),
                 sel("Meeting-Sprache", ["Automatisch erkennen", "Deutsch", "Englisch", "Spanisch"], 0),
                 cb("Hinweis auf die Aufnahme in den Meeting-Chat posten", True),
                 cb("Termine ohne Videolink ignorieren", True),
                 sw("Sprecheransicht mit aufnehmen", False),
                 sel("Wer darf Aufnahmen sehen?", ["Nur ich", "Alle Teilnehmenden", "Ganzer Workspace"], 1),
                 sel("Aufnahmen aufbewahren", ["30 Tage", "90 Tage", "Unbegrenzt"], 1),
             ]),
             section("KI-Notizen", intro="Die Notizen werden nur aus dem jeweiligen Meeting erstellt.", items=[
                 sw("Nach jedem Meeting KI-Notizen erstellen", True),
                 sel("Notiz-Vorlage", ["Standard", "Vertrieb", "Bewerbungsgespräch"], 0),
                 cb("Highlights in Slack posten", False),
                 cb("Zusammenfassung an alle Teilnehmenden mailen", False),
             ]),
             section("Darf tl;dv aus deinen Meetings lernen?", intro="Wir verbessern Transkription und Sprechererkennung mit echten Gesprächen – aber nur, wenn du zustimmst.", items=[
                 table("", ["Einbeziehen"], ["Interne Meetings", "Externe Meetings"], [[True], [False]], ai_cols={0: "h"}),
                 sw("Meeting-Audio für das Training unserer Sprachmodelle nutzen", False, ai="p"),
             ]),
             section("Daten", items=[
                 btn("HubSpot verbinden"),
                 btn("Salesforce verbinden"),
                 btn("Alle Aufnahmen herunterladen"),
             ]),
         ]),
         ("Erweitert", [
             sw("Bildschirminhalte aus Aufnahmen zum Modelltraining verwenden", True, ai="p"),
             cb("Beta-Funktionen anzeigen", False),
         ]),
     ]),
     ]),

Page("de", "diktatwerk-datenschutz", "https://app.diktatwerk.test/einstellungen/datenschutz", "DiktatWerk", "Datenschutz & Spracherkennung",
     "Erfundene Diktat-App für Praxen und Kanzleien (Sie): klare Segmentknöpfe (Nein), invertierte Auswahl (Widerspruch, kein Widerspruch gewählt), vager Schalter mit aria-label (Hilfetext: Nachtrainieren); Korrektur-Freigabe mit hidden versteckt.",
     chrome("Einstellungen durchsuchen", "Sprache", "Dr. Brandt", ["Praxisdaten", "Lizenzen", "Abmelden"], "Bereiche",
            ["Datenschutz", "AV-Vertrag", "Impressum", "Support"], "DiktatWerk GmbH · Server in Frankfurt am Main"),
     ["Diktat", "Spracherkennung", "Datenschutz", "Praxis", "Lizenzen"], active=2,
     body=[
     section("Diktat", items=[
         sel("Fachgebiet", ["Allgemeinmedizin", "Radiologie", "Orthopädie", "Recht"], 1),
         sel("Mikrofon", ["Philips SpeechMike", "Headset", "Integriertes Mikrofon"], 0),
         cb("Satzzeichen automatisch setzen", True),
         cb("Zahlen als Ziffern schreiben", True),
         sw("Fußschalter verwenden", True),
         sel("Ausgabeformat", ["Word", "RTF", "PVS-Schnittstelle"], 2),
         sw("Sprachbefehle wie „neuer Absatz“ erkennen", True),
         sw("Textbausteine per Sprachbefehl einfügen", True),
         cb("Diktate nach der Übertragung ins PVS löschen", False),
     ]),
     section("Spracherkennung & Daten", items=[
         seg("Diktate zum Training der Spracherkennung verwenden", [("Ja", True), ("Nein", False)], 1, ai="p"),
         sel("Widerspruch gegen KI-Training", [("Kein Widerspruch", True), ("Widerspruch eingelegt", False)], 0, ai="i"),
         bsw("Fachwortschatz der Praxis teilen", True, ai="v", how="label",
             help="Hilft uns, das medizinische Sprachmodell für alle Kunden weiterzuentwickeln – dazu werden Ihre korrigierten Diktate zum Nachtrainieren genutzt."),
         hide("hidden", [
             cb("Meine Korrekturen für das Modelltraining freigeben", True, ai="p"),
         ]),
     ]),
     section("Praxis", items=[
         field("Praxisname", "Radiologie am Stadtpark"),
         cb("Export an die Praxissoftware", True),
         sw("Zugriffsprotokoll wöchentlich per E-Mail", False),
         btn("AV-Vertrag herunterladen"),
         btn("Neues Praxismitglied einladen"),
     ]),
     ]),

Page("de", "untertitelei-ki", "https://studio.untertitelei.test/konto/ki", "Untertitelei", "KI & Daten",
     "Erfundener Untertitel-Dienst für Creator (du): Radiogruppe, deren Zweck nur die Abschnittsüberschrift nennt; Zustandszeile mit verstecktem Suffix (aktiv); invertierte Checkbox (angehakt = kein Training); Kanal-Mitglieder-Freigabe per display:none versteckt; automatische Übersetzung als Köder.",
     chrome("Suche", "Sprache", "Kontomenü", ["Kanäle", "Abo", "Abmelden"], "Studio",
            ["Hilfe", "Datenschutz", "Impressum"], "Untertitelei – Untertitel, die passen."),
     ["Projekte", "Untertitel", "KI & Daten", "Kanäle", "Abo"], active=2,
     body=[
     section("Untertitel", items=[
         sel("Untertitelformat", ["SRT", "VTT", "Eingebrannt (MP4)"], 0),
         seg("Zeilen pro Untertitel", ["1", "2"], 1),
         sel("Zeichen pro Zeile", ["32", "37", "42"], 2),
         sw("Sprecher farbig markieren", False),
         sel("Schriftart", ["Inter", "Roboto", "Atkinson Hyperlegible"], 2),
         sw("Füllwörter wie „äh“ entfernen", True),
         cb("Untertitel an Satzgrenzen umbrechen", True),
         btn("Stilvorlage hochladen"),
         sw("Automatisch ins Englische übersetzen", False, help="Übersetzt nur dein Video – nichts davon fließt in ein Training ein."),
         cb("E-Mail, wenn die Untertitel fertig sind", True),
     ]),
     section("Training unserer Untertitel-KI", intro="Wir entwickeln unsere Spracherkennung mit echten Videos weiter. Du entscheidest, ob deine dabei sind.", items=[
         rg("Deine Uploads", [("Dürfen verwendet werden", True), ("Nicht verwenden", False)], 0, ai="h"),
         state("Aktiv: Deine Videos fließen in das KI-Training ein.", "Deaktivieren", suffix="KI-Training mit meinen Videos", ai="p", share=True),
         cb("Meine Untertitel-Korrekturen nicht für KI-Training verwenden", True, ai="i", wrap=True),
         hide("style", [
             sw("Videos von Kanal-Mitgliedern für das Modelltraining freigeben", False, ai="p"),
         ]),
     ]),
     section("Kanäle & Abo", items=[
         btn("YouTube-Kanal verbinden"),
         cb("Untertitel automatisch auf YouTube veröffentlichen", False),
         cb("Rechnungen per E-Mail", True),
         btn("Abo kündigen"),
     ]),
     ]),

Page("de", "gebaerdenbruecke-daten", "https://app.gebaerdenbruecke.test/profil/daten", "Gebärdenbrücke", "Meine Daten",
     "Erfundene Gebärdensprach-App (du): klarer Schalter (aus), invertierter Text-Schalter (blockieren, aus = Training), vages Radio-Fieldset (Forschung; Hilfetext nennt Training); Kinder-Videos in einem per CSS-Klasse versteckten Block; Kurse und Avatar-Einstellungen als Köder.",
     chrome("Suchen", "Sprache", "Mein Profil", ["Profil", "Familie", "Abmelden"], "Profilbereiche",
            ["Leichte Sprache", "Gebärdensprache-Video", "Datenschutz", "Impressum"], "Gebärdenbrücke gGmbH"),
     ["Profil", "Lernen", "Avatar", "Meine Daten", "Familie"], active=3,
     body=[
     section("Avatar & Anzeige", items=[
         sel("Gebärdensprache", ["DGS", "ÖGS", "DSGS"], 0),
         sel("Avatar", ["Lea", "Jonas", "Mira"], 2),
         seg("Tempo des Avatars", ["Langsam", "Normal", "Schnell"], 1),
         sw("Untertitel unter dem Avatar anzeigen", True),
         sw("Kamerabild spiegeln", True),
         sw("Hoher Kontrast", False),
         sw("Vibrieren, wenn eine Gebärde erkannt wurde", True),
     ]),
     section("Lernen", items=[
         cb("Erinnerungen an Übungen", True),
         cb("Fortschritt mit meiner Lerngruppe teilen", False),
         cb("Wochenziel anzeigen", True),
         sel("Dolmetsch-Termine: bevorzugte Uhrzeit", ["Vormittags", "Nachmittags", "Abends"], 0),
         btn("Dolmetscherin oder Dolmetscher buchen"),
         btn("Kurs „DGS Grundlagen 2“ fortsetzen"),
     ]),
     section("Deine Videos", items=[
         sw("Meine Gebärdenvideos dürfen zum Trainieren der Gebärdenerkennung genutzt werden", False, ai="p"),
         bsw("KI-Training mit meinen Kameraaufnahmen blockieren", False, ai="i", how="text"),
         rf("Forschungsbeteiligung", [("Mitmachen", True), ("Nicht mitmachen", False)], 1, ai="v",
            help="Wer mitmacht, stellt seine Übungsvideos bereit, damit wir unser Erkennungsmodell für DGS weiter trainieren können."),
         hide("class", [
             cb("Videos meiner Kinder einschließen", True, ai="h"),
         ], heading="Familienkonten", intro="Videos aus Kinderprofilen für das Training der Gebärdenerkennung"),
         btn("Meine Daten exportieren"),
     ]),
     ]),
]
