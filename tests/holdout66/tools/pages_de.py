from lib import Page


def pages():
    out = []

    # 1 ---------------------------------------------------------------- 7Mind (known, du)
    p = Page("de", "7mind-datenschutz", "https://www.7mind.de/app/einstellungen/datenschutz", "7Mind",
             "Datenschutz", known=True, theme="meditation", accent="#e8553e", hidecls="is-hidden",
             nav=[("Profil", "/app/einstellungen/profil", False), ("Abo & Kurse", "/app/einstellungen/abo", False),
                  ("Erinnerungen", "/app/einstellungen/erinnerungen", False),
                  ("Datenschutz", "/app/einstellungen/datenschutz", True),
                  ("Krankenkasse", "/app/einstellungen/krankenkasse", False), ("Hilfe", "/hilfe", False)],
             menu=[("Mein Profil", "/app/profil"), ("Gutschein einlösen", "/gutschein"), ("Abmelden", "/logout")],
             footer=[("Impressum", "/impressum"), ("Datenschutzerklärung", "/datenschutz"), ("AGB", "/agb"),
                     ("Kontakt", "/kontakt")],
             search_ph="Meditationen, Kurse, Sleep Stories suchen",
             lede="Hier bestimmst du, was mit deinen Daten passiert – auch beim Thema KI.",
             notes="Bekannter Dienst, Text erfunden. p: role=radiogroup 'Meine Übungsdaten für das Training unserer KI-Modelle verwenden' (Nein); i: Checkbox 'Meine Tagebuchnotizen vom KI-Training ausschließen' (nicht angehakt = teilen); v: aria-pressed 'Zur Verbesserung von 7Mind beitragen', nur die Hilfe nennt Training. Versteckt: Schalter in einem geschlossenen <dialog>. Köder: KI-Coach, Empfehlungen, Krankenkassen-Nachweis, Erinnerungen.")
    p.section("Erinnerungen")
    p.switch("Tägliche Erinnerung", True, "Wir erinnern dich jeden Tag an deine Meditation.")
    p.select("Uhrzeit", ["07:00", "12:30", "18:00", "21:30"], 0)
    p.switch("Wochenrückblick per E-Mail", False)
    p.section("Empfehlungen")
    p.switch("Persönliche Empfehlungen anzeigen", True,
             "Basierend auf deinen letzten Übungen. Die Auswahl wird nur für dich berechnet.")
    p.bswitch("KI-Coach im Chat", False, "Stell dem Coach Fragen zu Stress, Schlaf oder Fokus.", naming="labelledby")
    p.radios("Sprecherstimme", ["Weiblich", "Männlich", "Egal"], 2)
    p.section("Deine Daten & KI",
              "Wir entwickeln unsere Empfehlungen und den KI-Coach laufend weiter. Was davon du beisteuerst, entscheidest du.")
    p.radios("Meine Übungsdaten für das Training unserer KI-Modelle verwenden", ["Ja", "Nein"], 1,
             share=[True, False], style="aria", ai="p")
    p.check("Meine Tagebuchnotizen vom KI-Training ausschließen", False,
            "Betrifft die Notizen, die du nach einer Übung schreibst.", ai="i")
    p.pressed("Zur Verbesserung von 7Mind beitragen", ["An", "Aus"], 0, share=[True, False],
              help="Dann nutzen wir deine Stimmungs-Check-ins und deine Bewertungen, um die Modelle hinter Empfehlungen und KI-Coach zu trainieren.",
              ai="v")
    p.begin_hidden("closed-dialog", opener="Weitere Datenoptionen")
    p.switch("Sprachnachrichten an den Coach für das Modelltraining nutzen", False, ai="p")
    p.switch("Pseudonymisierte Daten an Forschungspartner für KI-Studien weitergeben", False, ai="p")
    p.end_hidden()
    p.section("Krankenkasse")
    p.check("Teilnahmebescheinigung automatisch erstellen", True)
    p.ctl_button("Bescheinigung herunterladen")
    p.section("Konto")
    p.text("E-Mail-Adresse", "jonas.keller@example.de", type="email")
    p.check("Newsletter mit neuen Kursen", False)
    p.ctl_button("Meine Daten exportieren")
    p.ctl_button("Konto löschen")
    out.append(p)

    # 2 ---------------------------------------------------------------- Calm (known, du)
    p = Page("de", "calm-privatsphaere", "https://www.calm.com/de/account/privacy", "Calm",
             "Privatsphäre", known=True, theme="meditation", accent="#3a6fd8", bg="#eef3fb", hidecls="is-hidden",
             nav=[("Konto", "/de/account", False), ("Abonnement", "/de/account/subscription", False),
                  ("Benachrichtigungen", "/de/account/notifications", False),
                  ("Privatsphäre", "/de/account/privacy", True), ("Geräte", "/de/account/devices", False)],
             menu=[("Profil", "/de/profile"), ("Calm verschenken", "/de/gift"), ("Abmelden", "/de/logout")],
             footer=[("Datenschutz", "/de/privacy"), ("Nutzungsbedingungen", "/de/terms"), ("Impressum", "/de/imprint"),
                     ("Hilfe", "https://support.calm.com/hc/de")],
             search_ph="Suche nach Meditationen, Musik, Schlafgeschichten",
             lede="Lege fest, wie Calm mit deinen Daten umgeht.",
             notes="Bekannter Dienst, Text erfunden. h: Button-Schalter 'Verlauf der Schlafgeschichten' (aria-labelledby), nur die Überschrift nennt KI-Training; p: Statuszeile 'Freigeben Stimmungstagebuch für KI-Training' (nicht freigegeben); i: Auswahlliste 'Widerspruch gegen KI-Training'. Versteckt: inaktiver Tab 'Forschung'. Köder: Hintergrundmusik, Schlaf-Tracking, Gerätezugriff, Werbe-Mails.")
    p.begin_tabs(["Allgemein", "Forschung"])
    p.section("Wiedergabe")
    p.switch("Hintergrundklänge beim Start", True)
    p.select("Standard-Hintergrund", ["Regen auf Blättern", "Bergsee", "Kaminfeuer"], 1)
    p.switch("Automatisch nächste Folge abspielen", False)
    p.section("Schlaf")
    p.switch("Schlafdaten aus Apple Health lesen", False)
    p.check("Schlafenszeit-Erinnerung", True)
    p.section("Training unserer KI-Modelle",
              "Manche Inhalte bei Calm werden von Modellen vorgeschlagen, die wir mit Nutzungsdaten trainieren. Wähle, welche Daten dafür genutzt werden dürfen.")
    p.bswitch("Verlauf der Schlafgeschichten", True, naming="labelledby", ai="h")
    p.state("Stimmungstagebuch für KI-Training", "Nicht freigegeben", "Freigeben", False, ai="p")
    p.select("Widerspruch gegen KI-Training",
             ["Kein Widerspruch", "Widerspruch für alle meine Daten", "Widerspruch nur für das Stimmungstagebuch"], 2,
             share=[True, False, True],
             help="Du kannst deinen Widerspruch jederzeit ändern.", ai="i")
    p.next_panel()
    p.section("Studien")
    p.switch("Meine Nutzungsdaten für Forschungsprojekte zu KI-Modellen freigeben", True, ai="p")
    p.end_tabs()
    p.section("Geräte")
    p.switch("Auf Apple Watch synchronisieren", True)
    p.switch("Downloads nur über WLAN", True)
    p.section("E-Mails")
    p.check("Angebote und Neuigkeiten von Calm", False)
    p.check("Tipps für den Einstieg", True)
    p.section("Konto")
    p.ctl_button("Von allen Geräten abmelden")
    p.ctl_button("Daten herunterladen")
    p.ctl_button("Konto löschen")
    out.append(p)

    # 3 ---------------------------------------------------------------- Sternenklar (invented, du)
    p = Page("de", "sternenklar-daten", "https://www.sternenklar-horoskop.test/konto/daten", "Sternenklar",
             "Deine Daten", theme="astrology", accent="#4b2a83", bg="#f4f1fa", hidecls="versteckt",
             nav=[("Geburtshoroskop", "/konto/horoskop", False), ("Partnerhoroskop", "/konto/partner", False),
                  ("Mitteilungen", "/konto/mitteilungen", False), ("Deine Daten", "/konto/daten", True),
                  ("Sterne-Abo", "/konto/abo", False)],
             menu=[("Mein Horoskop", "/konto/horoskop"), ("Sterne aufladen", "/shop"), ("Ausloggen", "/logout")],
             footer=[("Impressum", "/impressum"), ("Datenschutz", "/datenschutz"), ("Widerrufsrecht", "/widerruf")],
             search_ph="Zeichen, Häuser, Aspekte…",
             lede="Was die Sterne über dich wissen, bleibt bei dir – außer du willst es anders.",
             notes="Erfunden (Astrologie). h: Tabellenzellen ohne eigenes Label (Zeilenkopf × Spaltenkopf 'Training unserer KI'); v: Schalter 'Sterndeuter-KI mitgestalten', nur die Hilfe nennt Training. Versteckt: Bereich mit hidden-Attribut. Köder: KI-Sterndeuterin ein/aus, Tageshoroskop, Partnerabgleich, Sichtbarkeit.")
    p.section("Geburtsdaten")
    p.text("Geburtsort", "Bamberg")
    p.text("Geburtszeit", "04:35", type="time")
    p.check("Geburtszeit ist nur geschätzt", False)
    p.section("Mitteilungen")
    p.switch("Tageshoroskop am Morgen", True)
    p.switch("Hinweis bei rückläufigem Merkur", True)
    p.switch("Neumond- und Vollmond-Rituale", False)
    p.section("Sterndeuterin Selene",
              "Selene ist unsere KI-Sterndeuterin. Sie beantwortet deine Fragen anhand deines Geburtshoroskops.")
    p.bswitch("Selene aktivieren", True, naming="text")
    p.pressed("Ausführlichkeit der Antworten", ["Kurz", "Mittel", "Ausführlich"], 1)
    p.section("Wofür wir deine Daten nutzen dürfen")
    p.table("Setze ein Häkchen, wo du zustimmst.", ["Persönliches Tageshoroskop", "Training unserer KI"],
            ["Geburtsdaten", "Fragen an Selene"], [[True, False], [True, True]],
            ai={(0, 1): "h", (1, 1): "h"}, naming="headers")
    p.begin_details("Mehr Optionen")
    p.switch("Sterndeuter-KI mitgestalten", True,
             "Wenn aktiv, fließen deine Chats mit Selene und deine Bewertungen ihrer Antworten in das Training der nächsten Modellversion ein.",
             ai="v")
    p.end_details()
    p.begin_hidden("hidden-attr")
    p.check("Partnerhoroskope für das KI-Training verwenden", True, ai="p")
    p.end_hidden()
    p.section("Sichtbarkeit")
    p.radios("Wer darf dein Sternzeichen sehen?", ["Alle", "Nur Freund*innen", "Niemand"], 1)
    p.ctl_button("Datenauskunft anfordern")
    out.append(p)

    # 4 ---------------------------------------------------------------- Lumen Tagebuch (invented, Sie)
    p = Page("de", "lumen-tagebuch-ki", "https://app.lumen-tagebuch.test/einstellungen/ki-und-daten", "Lumen",
             "KI & Daten", theme="journaling", accent="#c0892b", bg="#faf7f0", hidecls="hidden-block",
             nav=[("Allgemein", "/einstellungen", False), ("Tagebücher", "/einstellungen/tagebuecher", False),
                  ("Sicherheit", "/einstellungen/sicherheit", False),
                  ("KI & Daten", "/einstellungen/ki-und-daten", True), ("Abo", "/einstellungen/abo", False)],
             menu=[("Profil", "/profil"), ("Lumen für Teams", "/teams"), ("Abmelden", "/abmelden")],
             footer=[("Impressum", "/impressum"), ("Datenschutz", "/datenschutz"), ("AVV", "/avv"),
                     ("Status", "https://status.lumen-tagebuch.test")],
             search_ph="Einträge durchsuchen",
             lede="Ihr Tagebuch gehört Ihnen. Auf dieser Seite regeln Sie, wie unsere KI-Funktionen damit arbeiten.",
             notes="Erfunden (Tagebuch, Sie-Form). h: Radio-Fieldset 'Tagebucheinträge' unter der Überschrift 'KI-Training'; i: Button-Schalter mit Text 'Einträge vom Modelltraining ausnehmen' (an = nicht teilen); p: Checkbox zu Audio-Einträgen. Versteckt: Block mit style display:none. Köder: KI-Schreibimpulse, Stimmungsanalyse lokal, Verschlüsselung, Export.")
    p.section("Schreiben")
    p.switch("Tägliche Schreibimpulse", True)
    p.switch("KI-Rückfragen beim Schreiben", True,
             "Lumen stellt Ihnen eine Anschlussfrage zu Ihrem Eintrag. Die Verarbeitung erfolgt auf Ihrem Gerät.")
    p.select("Schriftgröße", ["Klein", "Normal", "Groß"], 1)
    p.check("Rechtschreibprüfung", True)
    p.section("Sicherheit")
    p.switch("Tagebuch mit PIN sperren", True)
    p.switch("Ende-zu-Ende-Verschlüsselung", True)
    p.section("KI-Training",
              "Lumen entwickelt eigene Sprachmodelle. Legen Sie fest, ob und welche Ihrer Inhalte dafür verwendet werden dürfen.")
    p.radios("Tagebucheinträge", ["Alle Einträge", "Nur als teilbar markierte Einträge", "Keine Einträge"], 2,
             share=[True, True, False], ai="h")
    p.bswitch("Einträge vom Modelltraining ausnehmen", True, naming="text",
              help="Gilt für Texte, Fotos und Anhänge.", ai="i")
    p.check("Meine Audio-Einträge dürfen zum Training der Spracherkennung verwendet werden", False, ai="p")
    p.begin_hidden("inline-display-none")
    p.check("Stimmungsverlauf zum Training des Analysemodells freigeben", True, ai="p")
    p.end_hidden()
    p.section("Stimmung")
    p.switch("Stimmungsanalyse anzeigen", True,
             "Wird lokal berechnet und nicht für das Training von Modellen verwendet.")
    p.section("Erinnerungen")
    p.switch("Abendliche Erinnerung", True)
    p.select("Erinnerungszeit", ["20:00", "21:00", "22:00"], 1)
    p.section("Daten")
    p.ctl_button("Alle Einträge als PDF exportieren")
    p.ctl_button("Markdown-Export")
    p.ctl_button("Konto und Einträge löschen")
    out.append(p)

    # 5 ---------------------------------------------------------------- Gemeinde+ (invented, Sie)
    p = Page("de", "gemeindeplus-datenschutz", "https://gemeindeplus.test/profil/datenschutz", "Gemeinde+",
             "Datenschutz", theme="faith", accent="#2e6b3a", bg="#f3f6f2", hidecls="ausgeblendet",
             nav=[("Profil", "/profil", False), ("Meine Gemeinde", "/profil/gemeinde", False),
                  ("Gruppen", "/profil/gruppen", False), ("Datenschutz", "/profil/datenschutz", True),
                  ("Spenden", "/profil/spenden", False)],
             menu=[("Profil", "/profil"), ("Gemeinde wechseln", "/gemeinden"), ("Abmelden", "/logout")],
             footer=[("Impressum", "/impressum"), ("Datenschutz (DSG-EKD)", "/datenschutz"), ("Barrierefreiheit", "/barrierefreiheit")],
             search_ph="Predigten, Termine, Gruppen",
             lede="Ihre Angaben werden nach dem kirchlichen Datenschutzrecht verarbeitet.",
             notes="Erfunden (Kirchengemeinde-App, Sie-Form). i: Statuszeile, Button per aria-labelledby 'Widerspruch zurückziehen' + Titel 'Widerspruch gegen KI-Training mit meinen Predigtnotizen' (Widerspruch aktiv = nicht teilen); v: Auswahlliste 'Beitrag zur Weiterentwicklung der Predigtsuche', nur die Hilfe nennt Training. Versteckt: Klasse mit display:none. Köder: KI-Zusammenfassungen der Predigt, Gruppen-Sichtbarkeit, Geburtstagsliste, Spendenquittung.")
    p.section("Sichtbarkeit in der Gemeinde")
    p.check("Im Gemeindeverzeichnis erscheinen", True)
    p.check("Geburtstag im Gemeindebrief nennen", False)
    p.radios("Telefonnummer sichtbar für", ["Niemand", "Meine Gruppen", "Alle Mitglieder"], 1)
    p.section("Benachrichtigungen")
    p.switch("Neue Termine", True)
    p.switch("Gebetsanliegen aus meinen Gruppen", True)
    p.switch("Spendenaufrufe", False)
    p.section("Predigten")
    p.switch("Automatische Zusammenfassung der Predigt", True,
             "Die Zusammenfassung wird mit KI erstellt. Ihre persönlichen Notizen werden dafür nicht verwendet.")
    p.select("Übersetzung", ["Luther 2017", "Einheitsübersetzung", "BasisBibel"], 2)
    p.section("Künstliche Intelligenz")
    p.state("Widerspruch gegen KI-Training mit meinen Predigtnotizen", "Aktiv seit 12.03.2024", "Widerspruch zurückziehen",
            True, naming="labelledby", ai="i")
    p.select("Beitrag zur Weiterentwicklung der Predigtsuche", ["Erlaubt", "Nicht erlaubt"], 0, share=[True, False],
             help="Ihre Suchanfragen und gemerkten Predigten werden genutzt, um das Suchmodell zu trainieren.", ai="v")
    p.begin_hidden("css-class")
    p.switch("Gebetsanliegen zum Training des Seelsorge-Assistenten nutzen", True, ai="p")
    p.end_hidden()
    p.section("Gruppen")
    p.check("Einladungen zu Hauskreisen erhalten", True)
    p.pressed("Kalenderansicht", ["Woche", "Monat"], 0)
    p.section("Spenden")
    p.check("Zuwendungsbestätigung per E-Mail", True)
    p.ctl_button("Lastschriftmandat verwalten")
    p.ctl_button("Daten herunterladen")
    out.append(p)

    return out
