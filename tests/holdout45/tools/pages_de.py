from lib import Page


def gutefrage():
    p = Page("de", "gutefrage-privatsphaere", "https://www.gutefrage.net/einstellungen/privatsphaere",
             "Privatsphäre – Einstellungen | gutefrage", "gutefrage",
             "Bekannter Dienst (Q&A). Zustandszeile 'Kein Widerspruch eingelegt' mit Aktion 'Widersprechen', "
             "per aria-labelledby mit dem Zeilentitel verbunden (invertiert, Widerspruch noch nicht eingelegt → true); "
             "vager Haken 'Qualitätsprogramm …', erst die Hilfe nennt Training (true). Köder: KI-Antwortvorschläge, "
             "Zusammenfassungen, Werbung. Versteckt per CSS-Klasse: Lizenzierung an KI-Partner.",
             ["Profil", "Konto", "Privatsphäre", "Benachrichtigungen", "Blockierte Nutzer"], real=True, nav_current=2,
             user="nachtfalter72", search_ph="Stelle deine Frage oder suche", theme="qa")
    p.h("Privatsphäre", 1)
    with p.section("Profil und Sichtbarkeit"):
        p.sw("Mein Profil für Suchmaschinen sichtbar machen", False,
             help="Dein Profil kann dann bei Google &amp; Co. gefunden werden.")
        p.cb("Andere Nutzer dürfen mir private Nachrichten schreiben", True)
        p.sel("Wer darf meine Antworten kommentieren?", ["Alle", "Nur angemeldete Nutzer", "Niemand"], 1)
        p.cb("Meine Fragen standardmäßig anonym stellen", False)
        p.cb("Meine hilfreichsten Antworten im Profil hervorheben", True)
        p.sw("Expertenstatus in meinen Antworten anzeigen", True)
    with p.section("E-Mail-Benachrichtigungen"):
        p.cb("Bei neuen Antworten auf meine Fragen", True, wrap=True)
        p.cb("Wöchentlicher Newsletter mit beliebten Fragen", False, wrap=True)
    with p.section("Künstliche Intelligenz",
                   intro="Wir setzen KI ein, um gute Antworten schneller sichtbar zu machen."):
        p.state("Nutzung meiner Beiträge für KI-Training", "Kein Widerspruch eingelegt", action="Widersprechen",
                mode="lby", help="Fragen und Antworten, die du öffentlich schreibst, können zum Trainieren unserer "
                                 "Sprachmodelle verwendet werden, solange du nicht widersprichst.",
                ai=(True, "i"))
        p.sw("KI-Antwortvorschläge beim Schreiben anzeigen", True,
             help="Die Vorschläge entstehen nur für dich und werden nicht gespeichert.")
        p.cb("Lange Antworten automatisch zusammenfassen", True)
        p.cb("Qualitätsprogramm: meine Bewertungen von Antworten einbeziehen", True,
             help="Deine Daumen-hoch- und Daumen-runter-Bewertungen fließen als Trainingsbeispiele in das Modell ein, "
                  "das Antworten nach Qualität sortiert.", ai=(True, "v"))
        with p.hidden("class", cls="js-nur-beta"):
            p.sw("Meine Fragen an KI-Partner lizenzieren", False, ai=True)
    with p.section("Werbung"):
        p.radio("Personalisierte Werbung", ["Zulassen", "Ablehnen"], 1,
                help="Gilt für Anzeigen auf gutefrage.net und in der App.")
    with p.section("Deine Daten"):
        p.btn("Datenkopie anfordern")
        p.btn("Änderungen speichern")
        p.link("Konto löschen")
    return p


def lovoo():
    p = Page("de", "lovoo-privatsphaere", "https://www.lovoo.com/settings/privacy",
             "Privatsphäre | LOVOO", "LOVOO",
             "Bekannter Dienst (Dating). Schalter nur mit sichtbarem 'An', Name per aria-label 'Meine Profilfotos "
             "nicht für das Training von KI-Modellen verwenden' (invertiert, an → false); Haken zur Spam-Erkennung, "
             "dessen Hilfe Machine-Learning-Training nennt (vage+Hilfe, false). Köder: Selfie-Verifizierung, "
             "Icebreaker-KI, Werbung, Konto pausieren. Versteckt per visibility:hidden: Sprachnachrichten.",
             ["Mein Profil", "Suche", "Privatsphäre", "Benachrichtigungen", "Credits & VIP"], real=True,
             nav_current=2, user="Jana", search_ph="Mitglieder suchen", theme="dating")
    p.h("Privatsphäre", 1)
    with p.section("Sichtbarkeit"):
        p.sw("Im Radar sichtbar sein", True, help="Leute in deiner Nähe sehen dich im Radar.")
        p.sw("Online-Status anzeigen", False)
        p.sw("Meine Profilbesuche für andere sichtbar machen", True)
        p.radio("Wer darf dir schreiben?", ["Alle", "Nur meine Matches", "Nur verifizierte Mitglieder"], 2,
                mode="custom")
    with p.section("Suche"):
        p.sel("Ich suche", ["Frauen", "Männer", "Alle"], 0)
        p.text("Alter von", "27", type="number")
        p.text("Alter bis", "36", type="number")
    with p.section("Fotos &amp; KI"):
        p.sw("Fotoverifizierung per Selfie", True,
             help="Das Vergleichsbild wird nach der Prüfung gelöscht und nicht für Trainingszwecke verwendet.")
        p.sw("Meine Profilfotos nicht für das Training von KI-Modellen verwenden", True, mode="label",
             help="Gilt für alle Fotos in deinem Profil, auch für private Alben.", ai=(False, "i"))
        p.cb("Chatverläufe zur Verbesserung der Spam- und Fake-Erkennung auswerten lassen", False,
             help="Dabei lernen unsere Machine-Learning-Modelle aus gemeldeten und unauffälligen Chats.",
             ai=(False, "v"))
        p.sw("Icebreaker-Vorschläge der KI", True,
             help="Gesprächseinstiege werden aus dem Profil deines Matches erstellt, nur für dich.")
        with p.hidden("visibility"):
            p.cb("Sprachnachrichten für das Training der Spracherkennung freigeben", True, ai=True)
    with p.section("Werbung &amp; Benachrichtigungen"):
        p.cb("Personalisierte Werbung von Partnern", False)
        p.link("Partnerliste ansehen")
        p.cb("Push-Nachricht bei neuen Likes", True)
    with p.section("Konto"):
        p.btn("Konto pausieren")
        p.btn("Meine Daten herunterladen")
    return p


def hofnetz():
    p = Page("de", "hofnetz-daten-ki", "https://hofnetz.test/einstellungen/daten",
             "Daten & KI – Hofnetz", "Hofnetz",
             "Erfundenes Nachbarschaftsnetz. Überschrift 'Training unserer KI-Modelle' mit drei Radiogruppen, deren "
             "Namen allein nichts über Training sagen ('Beiträge und Kommentare', 'Private Nachrichten', 'Von mir "
             "abgeschickte Meldungen'; nur überschrift-bezogen); Partizip 'Meine Marktplatz-Fotos vom KI-Training "
             "ausgenommen' angehakt (invertiert → false). Köder: KI-Preisvorschläge, Schimpfwortfilter, "
             "Absturzberichte (ausdrücklich kein Training). Versteckt per hidden-Attribut.",
             ["Profil", "Nachbarschaft", "Daten & KI", "Benachrichtigungen", "Hilfe"], nav_current=2,
             user="Familie Okafor", search_ph="Suche in deiner Nachbarschaft", theme="neighbourhood")
    p.h("Daten &amp; KI", 1)
    with p.section("Deine Nachbarschaft"):
        p.sel("Umkreis für Beiträge", ["Nur mein Viertel", "Angrenzende Viertel", "Ganze Stadt"], 1)
        p.radio("Wer sieht deine Beiträge?", ["Nur verifizierte Nachbarn", "Alle Hofnetz-Mitglieder"], 0)
        p.cb("Meine Straße im Profil anzeigen", False, wrap=True)
        p.cb("Benachrichtigen, wenn in der Nähe etwas gefunden wurde", True, wrap=True)
        p.cb("Newsletter „Neu im Viertel“", False, wrap=True)
    with p.section("Marktplatz"):
        p.sw("Preisvorschläge per KI", True, help="Schlägt beim Einstellen einen Preis vor – auf Grundlage "
                                                    "ähnlicher Angebote.")
        p.cb("Angebote nach 30 Tagen automatisch archivieren", True)
        p.cb("Meine Marktplatz-Fotos vom KI-Training ausgenommen", True,
             help="Solange der Haken gesetzt ist, fließen deine Angebotsfotos nicht in das Training der "
                  "Bilderkennung ein.", ai=(False, "i"))
    with p.section("Training unserer KI-Modelle",
                   intro="Hofnetz entwickelt eigene Modelle, etwa für die Moderation und die Suche. Hier legst du "
                         "fest, was dafür aus deinem Konto stammen darf."):
        p.radio("Beiträge und Kommentare", ["Erlaubt", "Nicht erlaubt"], 0, mode="custom", ai=(True, "h"))
        p.radio("Private Nachrichten", ["Erlaubt", "Nicht erlaubt"], 1, mode="custom", ai=(False, "h"))
        p.radio("Von mir abgeschickte Meldungen", ["Erlaubt", "Nicht erlaubt"], 0, mode="custom",
                help="Meldungen helfen dem Modell, Betrug und Belästigung zu erkennen.", ai=(True, "h"))
        with p.hidden("hidden"):
            p.sw("Nachbarschaftsfotos an KI-Partner weitergeben", False, ai=True)
    with p.section("Moderation &amp; Technik"):
        p.cb("Beiträge mit Schimpfwörtern ausblenden", True,
             help="Ein automatischer Filter blendet sie ein, sobald du darauf tippst.")
        p.cb("Absturzberichte senden", True,
             help="Nur für die Fehlersuche. Absturzberichte werden nicht zum Training verwendet.")
        p.link("Verbundene Apps verwalten")
        p.btn("Datenexport anfordern")
    p.actions("Speichern", "Verwerfen")
    return p


def vereinsheim():
    p = Page("de", "tsv-mitglied-datenschutz", "https://mein.tsv-vereinsheim.test/mitglied/datenschutz",
             "Datenschutz – Mitgliederbereich TSV Grünwiesen 1898", "TSV Grünwiesen 1898",
             "Erfundenes Mitgliederportal eines Sportvereins; Einstellungen in einem offenen role=dialog. "
             "Substantiv-Widerspruch 'Widerspruch gegen die Nutzung meiner Leistungsdaten für KI-Modelle' "
             "angehakt (invertiert, false); vages 'Am Forschungsprojekt „Smarter Verein“ teilnehmen', nur die Hilfe "
             "nennt Training (false). Köder: 'KI-Trainingsplan-Vorschläge' (Sporttraining!), Kader-Chat-Tabelle. "
             "Versteckt: geschlossener <dialog> 'Datenspende'.",
             ["Übersicht", "Meine Daten", "Mannschaften", "Beiträge", "Datenschutz"], nav_current=4,
             user="Lukas Brandl", search_ph="Termine, Mannschaften, Mitglieder", theme="sports-club")
    p.h("Mein Mitgliedskonto", 1)
    with p.section("Stammdaten"):
        p.text("Anzeigename", "Lukas B.")
        p.text("E-Mail-Adresse", "lukas.brandl@example.org", type="email")
        p.text("Trikotnummer", "14", type="number")
    with p.section("Kader-Chats"):
        p.tbl("Benachrichtigungen je Mannschaft", ["Mannschaft", "Chat stummschalten"], [
            ("Herren II", [dict(k="sw", on=False)]),
            ("Ü35 Freizeitkicker", [dict(k="sw", on=True)]),
            ("Lauftreff Dienstag", [dict(k="sw", on=False)]),
        ])
        p.btn("Mitgliedsausweis herunterladen")
        p.link("SEPA-Lastschrift ändern")
    with p.dialog("Datenschutz-Einstellungen",
                  desc="Du kannst diese Angaben jederzeit im Mitgliederbereich ändern."):
        p.btn("Schließen", extra=' aria-label="Datenschutz-Einstellungen schließen"')
        p.cb("Mein Foto in der Mitgliederliste zeigen", True)
        p.cb("Meinen Geburtstag im Vereinskalender anzeigen", False)
        p.sel("Ergebnisse meiner Spiele veröffentlichen", ["Öffentlich", "Nur für Mitglieder", "Gar nicht"], 1)
        p.cb("Widerspruch gegen die Nutzung meiner Leistungsdaten für KI-Modelle", True,
             help="Betrifft Laufzeiten, Pulsdaten und Spielstatistiken aus der Vereins-App.", ai=(False, "i"))
        p.sw("KI-Trainingsplan-Vorschläge", True,
             help="Die Vorschläge werden aus deinen eigenen Werten berechnet; die Daten bleiben in deinem Konto.")
        p.cb("Am Forschungsprojekt „Smarter Verein“ teilnehmen", False,
             help="Die Hochschule trainiert mit Spielberichten und Chatnachrichten aus der Vereins-App ein "
                  "Sprachmodell.", ai=(False, "v"))
        p.actions("Übernehmen", "Abbrechen")
    with p.hidden("dialog", title="Datenspende"):
        p.cb("Meine Spielanalysen für das Training der Videoanalyse-KI spenden", False, ai=True)
    return p


def mittelerde():
    p = Page("de", "mittelerde-wiki-einstellungen", "https://mittelerde-wiki.test/Spezial:Einstellungen",
             "Einstellungen – Mittelerde-Wiki", "Mittelerde-Wiki",
             "Erfundenes Fan-Wiki (MediaWiki-artig) mit Reitern; inaktive Reiter verstecken u. a. einen "
             "KI-Trainings-Haken. Invertierter Haken '… vom KI-Training ausschließen' nicht gesetzt (true); Auswahl "
             "zu KI-Crawlern mit 'Nur Suchmaschinen erlauben' gewählt (false); Zustandszeile 'Weitergabe … an KI-Partner zum Training: Erlaubt' mit "
             "'Ändern' per aria-labelledby (true). Köder: KI-Rechtschreibprüfung, "
             "verwandte Artikel, Benachrichtigungstabelle.",
             ["Hauptseite", "Letzte Änderungen", "Zufällige Seite", "Diskussionsforum", "Hilfe"], nav_current=-1,
             user="Elbenstern", search_ph="Mittelerde-Wiki durchsuchen", theme="fan-wiki")
    p.h("Einstellungen", 1)

    def benutzer(pg):
        pg.text("Signatur", "[[Benutzer:Elbenstern|Elbenstern]]")

    def bearbeiten(pg):
        pg.cb("Meine Bearbeitungen zum Training des Vorschlagsmodells freigeben", True, ai=True)

    def aussehen(pg):
        pg.sel("Skin", ["Vector", "Monobook", "Dunkel"], 0)

    def datenschutz(pg):
        with pg.section("Privatsphäre"):
            pg.cb("Meine Beobachtungsliste öffentlich machen", False)
            pg.cb("E-Mail-Empfang von anderen Benutzern erlauben", True)
            pg.cb("Meinen Online-Status im Wiki-Chat anzeigen", True)
            pg.sel("Spoiler anzeigen", ["Immer", "Erst nach Klick", "Nie"], 1)
            pg.cb("Bearbeitungen standardmäßig als „Kleine Änderung“ markieren", False)
            pg.cb("Seiten, die ich anlege, automatisch beobachten", True)
            pg.sel("Bildgröße auf Dateibeschreibungsseiten", ["320 × 240", "800 × 600", "1280 × 1024"], 1)
        with pg.section("Inhalte und KI",
                        intro="Artikeltexte stehen unter CC BY-SA. Für deine Benutzerseite und deine Beiträge im "
                              "Diskussionsforum kannst du selbst entscheiden."):
            pg.cb("Meine Benutzerseite und Diskussionsbeiträge vom KI-Training ausschließen", False,
                  ai=(True, "i"))
            pg.sel("Umgang mit KI-Crawlern auf meiner Benutzerseite",
                   ["Alle Crawler erlauben", "Nur Suchmaschinen erlauben", "Alle Crawler sperren"], 1,
                   help="Steuert die robots-Angaben deiner Benutzerseite.", ai=(False, ""))
            pg.state("Weitergabe meiner Forenbeiträge an KI-Partner zum Training", "Erlaubt (Standard)",
                     mode="lby", ai=(True, ""))
            pg.cb("Rechtschreibprüfung mit KI beim Bearbeiten", True,
                  help="Läuft im Editor; dein Text wird dafür nicht gespeichert.")
            pg.sw("Verwandte Artikel vorschlagen", True)
        with pg.section("Benachrichtigungen"):
            pg.tbl("Benachrichtigungen", ["Ereignis", "Web", "E-Mail"], [
                ("Erwähnungen", [dict(k="cb", on=True), dict(k="cb", on=True)]),
                ("Antworten im Diskussionsforum", [dict(k="cb", on=True), dict(k="cb", on=False)]),
                ("Änderungen an beobachteten Seiten", [dict(k="cb", on=True), dict(k="cb", on=False)]),
                ("Dank für meine Bearbeitungen", [dict(k="cb", on=True), dict(k="cb", on=False)]),
            ], cap=False)
        pg.actions("Speichern", "Alle Standardeinstellungen wiederherstellen")

    p.tabs("Einstellungsbereiche", [("Benutzerdaten", benutzer), ("Aussehen", aussehen),
                                    ("Bearbeiten", bearbeiten), ("Datenschutz", datenschutz)], active=3)
    return p


def build():
    return [gutefrage(), lovoo(), hofnetz(), vereinsheim(), mittelerde()]
