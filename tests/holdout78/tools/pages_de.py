from lib import *

LI_SRC = (QUOTED, "https://www.sonntagsblatt.de/artikel/medien/linkedin-nutzt-eure-daten-fuers-ki-training-so-bleibt-eure-privatsphaere-geschuetzt")
GPT_SRC = (QUOTED, "https://ki-kaenguru.de/chatgpt-datentraining/")
GEM_SRC = (QUOTED, "https://hg8.justwithu.com/blog/de/turn-off-gemini-on-android")
META_SRC = (QUOTED, "https://topfm.imsueden.de/amp/meta-trainiert-ki-mit-euren-daten-so-koennt-ihr-widersprechen-799576")


def pages():
    P = []
    # ------------------------------------------------------------ LinkedIn
    P.append(Page(
        "de", "linkedin-datenschutz", "LinkedIn",
        "https://www.linkedin.com/mypreferences/d/categories/privacy",
        "Einstellungen | Datenschutz | LinkedIn", "LinkedIn",
        ["Kontoeinstellungen", "Anmelden & Sicherheit", "Sichtbarkeit", "Datenschutz", "Anzeigendaten", "Benachrichtigungen"],
        "Datenschutz",
        [
            ("So verwendet LinkedIn Ihre Daten", [
                lnk("Kopie Ihrer Daten herunterladen", "#export", "Laden Sie ein Archiv Ihrer Kontodaten, Ihres Beitragsverlaufs und Ihrer Kontakte herunter."),
                lnk("Ihre Bewerbungsdaten verwalten", "#jobs"),
                raw('<h3>Daten zur Verbesserung generativer KI</h3>'),
                sw("Ihre Daten zum Schulen von KI-Modellen verwenden, um Inhalte zu erstellen", True,
                   "Darf LinkedIn Ihre personenbezogenen Daten und die Inhalte, die Sie auf LinkedIn erstellen, zum Trainieren von KI-Modellen verwenden, die Inhalte generieren? Dies umfasst keine Daten aus privaten Nachrichten.",
                   ai="pos", src=LI_SRC, state_text=("An", "Aus")),
                lnk("Formular für Widerspruch gegen Datenverarbeitung", "https://www.linkedin.com/help/linkedin/ask/TS-DPRO",
                    "Widersprechen Sie der Verwendung Ihrer Daten zum Trainieren von KI-Modellen, die keine Inhalte generieren, und anderer Modelle für maschinelles Lernen.",
                    sharing=True),
                sw("Sozial-, wirtschafts- und arbeitsplatzbezogene Forschung", True,
                   "Wir dürfen Ihre Daten Dritten für Forschungszwecke zur Verfügung stellen, die die wirtschaftliche Lage verbessern sollen.", ai=None),
                sw("Suchverlauf speichern", True, "Ihre letzten Suchanfragen werden für schnellere Vorschläge gespeichert."),
            ]),
            ("Wer kann Ihre Informationen sehen?", [
                sel("Profilanzeigeoptionen", ["Ihr Name und Ihre Überschrift", "Private Profilmerkmale", "Privater Modus"], 0),
                sel("Wer kann Ihre Kontakte sehen?", ["Ihre Kontakte", "Nur Sie"], 0),
                sw("Profiländerungen mit Ihrem Netzwerk teilen", False),
                sw("Erwähnungen oder Markierungen durch andere zulassen", True),
            ]),
            ("Jobsuche", [
                sw("Personalvermittlern mitteilen, dass Sie offen für neue Jobangebote sind", False),
                sw("Profil teilen, wenn Sie auf „Interesse bekunden“ klicken", True),
                lnk("Blockierte Mitglieder anzeigen", "#blocked"),
            ]),
        ],
        "Daten zur Verbesserung generativer KI",
        "LinkedIn (de): privacy settings with the 'Daten zur Verbesserung generativer KI' switch (default on since 3 Nov 2025 in the EU) and the objection-form link for non-generative ML models; decoys: research sharing, visibility, job-seeking switches.",
        state="on (default)"))

    # ------------------------------------------------------------ ChatGPT
    P.append(Page(
        "de", "chatgpt-datenkontrollen", "ChatGPT (OpenAI)",
        "https://chatgpt.com/#settings/DataControls",
        "ChatGPT", "ChatGPT",
        ["Allgemein", "Benachrichtigungen", "Personalisierung", "Verbundene Apps", "Datenkontrollen", "Sicherheit", "Konto"],
        "Datenkontrollen",
        [
            ("Modellverbesserung", [
                sw("Das Modell für alle verbessern", True,
                   "Erlaube, dass deine Inhalte zum Trainieren unserer Modelle verwendet werden, damit ChatGPT für dich und alle, die es nutzen, besser wird. Wir ergreifen Maßnahmen, um deine Privatsphäre zu schützen.",
                   ai="pos", src=GPT_SRC, state_text=("An", "Aus")),
                sw("Deine Audioaufnahmen einbeziehen", False,
                   "Audioaufnahmen aus dem Sprachmodus einbeziehen, um das Modell für alle zu verbessern.", ai="pos"),
                sw("Deine Videoaufnahmen einbeziehen", False,
                   "Video- und Bildschirmaufnahmen aus dem Sprachmodus einbeziehen, um das Modell für alle zu verbessern.", ai="pos"),
            ]),
            ("Verwaltung", [
                btn("Verwalten", heading="Geteilte Links", aria_label="Geteilte Links verwalten"),
                btn("Verwalten", heading="Archivierte Chats", aria_label="Archivierte Chats verwalten"),
                btn("Alle archivieren", heading="Alle Chats archivieren"),
                btn("Alle löschen", heading="Alle Chats löschen"),
                btn("Exportieren", heading="Daten exportieren"),
                btn("Löschen", heading="Konto löschen", aria_label="Konto löschen"),
            ]),
            ("Personalisierung", [
                sw("Auf gespeicherte Erinnerungen verweisen", True, "ChatGPT darf beim Antworten gespeicherte Erinnerungen verwenden."),
                sw("Auf Chatverlauf verweisen", True, "ChatGPT darf beim Antworten auf frühere Unterhaltungen zurückgreifen."),
                sel("Design", ["System", "Hell", "Dunkel"], 0),
                sel("Sprache", ["Automatisch erkennen", "Deutsch", "English"], 0),
            ]),
        ],
        "Das Modell für alle verbessern",
        "ChatGPT (de): Data controls with 'Das Modell für alle verbessern' on (the default for Free/Plus) and its audio/video sub-switches off; decoys: memory/personalisation, shared links, archive/delete/export.",
        state="on (default); audio/video off"))

    # ------------------------------------------------------------ Gemini
    P.append(Page(
        "de", "gemini-apps-aktivitaeten", "Google Gemini",
        "https://myactivity.google.com/product/gemini",
        "Gemini-Apps-Aktivitäten", "Google Meine Aktivitäten",
        ["Gemini-Apps-Aktivitäten", "Web- & App-Aktivitäten", "Zeitachse", "YouTube-Verlauf", "Andere Aktivitäten", "Hilfe"],
        "Gemini-Apps-Aktivitäten",
        [
            ("Einstellung", [
                btn("Ausschalten", status="An", heading="Gemini-Apps-Aktivitäten",
                    desc="Deine Chats, geteilten Dateien und Aufnahmen werden in deinem Konto gespeichert und zur Entwicklung und Verbesserung von Google-Diensten und KI-Modellen verwendet; dabei können sie auch von Prüfern gelesen werden.",
                    sharing=True, src=GEM_SRC),
                btn("Ausschalten und Aktivität löschen", sharing=True, hide="hidden", src=GEM_SRC),
                cb("Google-Dienste mit deinen Audio- und Gemini Live-Aufnahmen für alle verbessern", False,
                   "Wenn diese Option aktiviert ist, werden Audio- und Gemini Live-Aufnahmen zum Verbessern von Google-Diensten für alle verwendet.", ai="pos"),
                sel("Automatisch löschen", ["Aktivitäten, die älter als 3 Monate sind", "Aktivitäten, die älter als 18 Monate sind", "Aktivitäten, die älter als 36 Monate sind", "Nicht automatisch löschen"], 1),
            ]),
            ("Deine Aktivitäten", [
                raw('<div class="setting-row"><label for="actsearch">Aktivitäten durchsuchen</label><input type="search" id="actsearch" name="actsearch"></div>'),
                btn("Löschen", aria_label="Aktivitäten löschen"),
                sel("Zeitraum", ["Letzte Stunde", "Letzter Tag", "Gesamte Zeit", "Benutzerdefinierter Zeitraum"], 2),
                lnk("Datenschutzhinweise zu Gemini-Apps", "https://support.google.com/gemini/answer/13594961"),
            ]),
            ("Apps", [
                sw("Google Workspace", True, "Gmail, Docs, Drive und Kalender in Gemini verwenden."),
                sw("YouTube Music", False),
                sw("Google Maps", True),
                sw("Google Flüge", True),
                sw("Google Hotels", False),
            ]),
        ],
        "Gemini-Apps-Aktivitäten",
        "Google Gemini (de): My Activity page for Gemini-Apps-Aktivitäten, status 'An' with an 'Ausschalten' button (default on for adults), plus the audio/Gemini Live recordings checkbox (default off); the 'Ausschalten und Aktivität löschen' menu item is in a hidden menu (hidden attribute). Decoys: auto-delete, delete activity, connected apps.",
        state="on (default); audio checkbox off"))

    # ------------------------------------------------------------ Instagram objection form
    P.append(Page(
        "de", "instagram-widerspruch-ki", "Instagram (Meta)",
        "https://help.instagram.com/contact/767264225370182",
        "Instagram-Hilfebereich", "Instagram",
        ["Hilfebereich", "Instagram verwenden", "Konto verwalten", "Datenschutz, Sicherheit und Meldungen", "Richtlinien und Meldungen"],
        "Widerspruch gegen die Verwendung deiner Informationen für KI bei Meta",
        [
            ("Widerspruchsrecht", [
                para("Wir verwenden Informationen, die auf Meta-Produkten und -Services geteilt werden, um generative KI-Modelle bei Meta zu entwickeln und zu verbessern. Du hast das Recht, der Verwendung deiner Informationen für diese Zwecke zu widersprechen. Wenn du deinen Widerspruch einreichst, wird er ab diesem Zeitpunkt berücksichtigt."),
                form("#submit-objection", [
                    inp("Vollständiger Name", "Jana Kühn"),
                    inp("E-Mail-Adresse", "jana.kuehn@example.de", "email", required=True),
                    sel("Land, in dem du lebst", ["Deutschland", "Österreich", "Schweiz", "Anderes Land"], 0),
                    inp("Bitte erkläre, wie sich diese Verarbeitung auf dich auswirkt. (optional)", "", "textarea"),
                    submit("Senden", sharing=True, src=META_SRC),
                ]),
                lnk("Rechte in Bezug auf Informationen Dritter, die für KI bei Meta verwendet werden", "https://www.facebook.com/help/contact/510058597920541",
                    "Widersprich der Verwendung von Informationen über dich aus Drittquellen zum Trainieren von KI bei Meta.", sharing=True),
            ]),
            ("Verwandte Hilfeartikel", [
                lnk("So verwenden wir Informationen für KI bei Meta", "#ai-info"),
                lnk("Datenschutzrichtlinie", "#policy"),
                lnk("Deine Informationen herunterladen", "#download"),
                lnk("Privates Konto einrichten", "#private"),
                lnk("Einstellungen für Werbung", "#ads"),
                lnk("Konto deaktivieren oder löschen", "#delete"),
            ]),
        ],
        "Widerspruch (objection form) gegen KI bei Meta",
        "Instagram/Meta (de): the objection form 'Widerspruch ... KI bei Meta' not yet sent (data still used), with a link to the third-party-information objection form; decoys: related help links, email/country/reason fields.",
        state="not yet objected"))

    # ------------------------------------------------------------ Microsoft Copilot
    P.append(Page(
        "de", "copilot-datenschutz", "Microsoft Copilot",
        "https://copilot.microsoft.com/settings/privacy",
        "Microsoft Copilot: Einstellungen", "Microsoft Copilot",
        ["Konto", "Allgemein", "Datenschutz", "Sprache", "Benachrichtigungen", "Verbundene Apps"],
        "Datenschutz",
        [
            ("Modelltraining", [
                sw("Modelltraining für Text", False,
                   "Microsoft darf deine Textunterhaltungen mit Copilot verwenden, um generative KI-Modelle zu trainieren.", ai="pos"),
                sw("Modelltraining für Sprache", False,
                   "Microsoft darf deine Sprachunterhaltungen mit Copilot verwenden, um generative KI-Modelle zu trainieren.", ai="pos"),
            ], "Im Europäischen Wirtschaftsraum werden deine Unterhaltungen standardmäßig nicht zum Trainieren verwendet."),
            ("Personalisierung", [
                sw("Personalisierung und Gedächtnis", True, "Copilot merkt sich Details aus deinen Unterhaltungen, um Antworten auf dich zuzuschneiden."),
                sw("Microsoft-Nutzungsdaten für personalisierte Antworten verwenden", False),
                btn("Erinnerungen verwalten"),
            ]),
            ("Verlauf", [
                btn("Exportieren", heading="Copilot-Aktivitätsverlauf exportieren", aria_label="Aktivitätsverlauf exportieren"),
                btn("Löschen", heading="Gesamten Unterhaltungsverlauf löschen", aria_label="Unterhaltungsverlauf löschen"),
                lnk("Microsoft-Datenschutzerklärung", "https://privacy.microsoft.com/de-de/privacystatement"),
            ]),
            ("Allgemein", [
                sel("Design", ["Systemeinstellung", "Hell", "Dunkel"], 0),
                sel("Stimme", ["Canyon", "Grove", "Meadow", "Wave"], 1),
                sw("Standortdaten verwenden", True, "Für lokale Ergebnisse wie Wetter und Restaurants."),
                sw("Benachrichtigungen von Copilot", False),
            ]),
        ],
        "Modelltraining für Text / für Sprache",
        "Microsoft Copilot (de): privacy settings with the two model-training switches off (the EEA default); decoys: personalisation & memory, export/delete history, voice, location.",
        state="off (EEA default)"))
    return P
