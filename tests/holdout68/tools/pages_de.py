from lib import Page


def languagetool():
    p = Page("de", "languagetool-extension-optionen",
             "chrome-extension://oldceeleldhonbafppcapldpdifcinji/options.html",
             "LanguageTool – Einstellungen", "LanguageTool", known=True, prefix="lt",
             notes="Bekannter Dienst (Nachbau, Einstellungen erfunden). Optionsseite der Browser-Erweiterung (du); "
                   "Trainings-Checkbox klar benannt, invertierte Radiogruppe (ausschließen: Ja); KI-Umformulierung und "
                   "Nutzungsstatistik als Köder; Firmenkonto-Schalter mit visibility:hidden versteckt.")
    p.nav(["Allgemein", "Sprachen", "Persönliches Wörterbuch", "Websites", "Konto", "Datenschutz"], cur=0)
    p.h1("Einstellungen")
    p.section("Allgemein")
    p.switch("Rechtschreibfehler farbig unterstreichen", on=True)
    p.switch("Stilhinweise anzeigen", on=True)
    p.select("Muttersprache", [("Deutsch", None), ("Englisch", None), ("Französisch", None), ("Türkisch", None)], 0,
             help="Hilft uns, typische Fehler beim Schreiben in einer Fremdsprache zu erkennen.")
    p.pressed("Prüfmodus", [("Standard", None), ("Pedantisch", None)], 0)
    p.cb("Felder mit weniger als drei Wörtern nicht prüfen", on=False)
    p.section("Websites")
    p.field("Auf diesen Websites ausschalten", value="meinebank.de, intranet.firma.de")
    p.switch("In Google Docs prüfen", on=True)
    p.cb("Auf Social-Media-Seiten prüfen", on=True)
    p.section("KI-Funktionen")
    p.switch("Umformulieren mit KI", on=True, help="Markiere einen Satz und lass dir drei neue Varianten vorschlagen.")
    p.select("Tonfall für Umformulierungen", [("Neutral", None), ("Förmlich", None), ("Locker", None)], 0)
    p.section("Datenschutz",
              intro="Deine Texte werden verschlüsselt an unsere Server geschickt und nach der Prüfung gelöscht – "
                    "es sei denn, du erlaubst unten etwas anderes.")
    p.cb("Meine Texte dürfen zum Trainieren der Sprachmodelle von LanguageTool verwendet werden", on=False,
         ai="+", shape="p")
    p.radiogroup("Angenommene und abgelehnte Korrekturen vom Training ausschließen",
                 [("Ja", False), ("Nein", True)], 0, ai=True, shape="i")
    with p.hide("visibility"):
        p.switch("Texte aus Firmenkonten für das Modelltraining freigeben", on=True, ai="+", shape="p")
    p.cb("Anonyme Nutzungsstatistik senden", on=True,
         help="Wir zählen, welche Funktionen genutzt werden. Deine Texte sind nie dabei.")
    p.section("Konto")
    p.cb("Tipps zu neuen Funktionen per E-Mail", on=False)
    p.button("Premium verwalten")
    p.button("Abmelden")
    return p


def duden():
    p = Page("de", "duden-mentor-einstellungen", "https://mentor.duden.de/einstellungen",
             "Einstellungen | Duden Mentor", "Duden Mentor", known=True, prefix="dm", hide_class="ausgeblendet",
             notes="Bekannter Dienst (Nachbau, Einstellungen erfunden). Textprüfung (Sie); Tabelle Datenart × "
                   "Modellbesitzer, nur Überschrift und Tabellentitel sagen Training, Zellen ohne aria-labelledby; "
                   "Schreibassistent als Köder; Team-Checkbox mit hidden-Attribut.")
    p.nav(["Textprüfung", "Wörterbuch", "Stil", "Abonnement", "Datenschutz", "Hilfe"], cur=4)
    p.h1("Einstellungen")
    p.section("Textprüfung")
    p.select("Rechtschreibung nach", [("Duden-Empfehlung", None), ("Konservativ", None), ("Progressiv", None)], 0)
    p.switch("Hinweise zu gendergerechter Sprache", on=True)
    p.switch("Füllwörter markieren", on=False)
    p.switch("Lange Sätze markieren", on=True, help="Ab 30 Wörtern wird ein Satz gelb hinterlegt.")
    p.pressed("Schreibstil", [("Neutral", None), ("Wissenschaftlich", None), ("Werblich", None)], 0)
    p.cb("Schweizer Rechtschreibung (ss statt ß)", on=False)
    p.section("Schreibassistent")
    p.switch("Formulierungsvorschläge anzeigen", on=True,
             help="Markieren Sie einen Satz, und der Assistent schlägt Umformulierungen vor.")
    p.bswitch("Zusammenfassungen für lange Texte anbieten", on=False, by="text")
    p.section("Datennutzung für das Training unserer KI",
              intro="Duden entwickelt seine Prüfmodelle mit echten Texten weiter. Legen Sie fest, was wir dafür "
                    "verwenden dürfen.")
    p.table("Welche Daten für das Training genutzt werden dürfen",
            ["Duden-Modelle", "Modelle von Partnern"],
            ["Geprüfte Texte", "Angenommene Korrekturen"],
            [[False, False], [True, False]], ai_cols={0: "+", 1: "+"}, shape="h", labelled=False)
    with p.hide("hidden"):
        p.cb("Texte aus dem Team-Arbeitsbereich für das Training verwenden", on=True, ai="+", shape="p")
    p.section("Konto")
    p.cb("Newsletter mit Sprachtipps", on=False)
    p.button("Meine Daten exportieren")
    p.button("Konto löschen")
    p.section("Wörterbuch")
    p.field("Eigenes Wort hinzufügen", value="")
    p.button("Wort hinzufügen")
    p.cb("Fachwörter aus der Medizin erkennen", on=False)
    p.cb("Fachwörter aus dem Recht erkennen", on=True)
    return p


def tippwerk():
    p = Page("de", "tippwerk-datenschutz", "https://konto.tippwerk.test/einstellungen/datenschutz",
             "Datenschutz & Daten – Tippwerk", "Tippwerk", prefix="tw",
             notes="Erfundene Handytastatur (du). Vager Schalter mit aria-label, Training nur im Hilfetext; "
                   "Statuszeile 'Beenden' + Titel per aria-labelledby; invertiertes Select (ausnehmen: Ja); "
                   "Forschungsprogramm-Schalter in geschlossenem Dialog.")
    p.nav(["Tastatur", "Wörterbuch", "Spracheingabe", "Designs", "Datenschutz", "Geräte"], cur=4)
    p.h1("Datenschutz & Daten")
    p.section("Tastatur")
    p.switch("Autokorrektur", on=True)
    p.switch("Wischen zum Schreiben", on=True)
    p.select("Tastaturlayout", [("QWERTZ", None), ("QWERTY", None), ("Neo 2", None)], 0)
    p.pressed("Tastenton", [("Aus", None), ("Leise", None), ("Laut", None)], 0)
    p.radios("Tastaturhöhe", [("Niedrig", None), ("Normal", None), ("Hoch", None)], 1)
    p.section("Vorhersagen verbessern")
    p.bswitch("Tippwerk besser machen", on=True, by="aria-label", ai="+", shape="v",
              help="Dafür nutzen wir anonymisierte Ausschnitte deiner Eingaben, um unsere Vorhersage- und "
                   "Autokorrekturmodelle zu trainieren.")
    p.staterow("Training mit deinen Korrekturen",
               "Aktiv – wenn du eine Autokorrektur rückgängig machst, lernen unsere Modelle daraus.",
               "Beenden", sharing=True, ai=True, shape="p")
    p.select("Sprachaufnahmen vom KI-Training ausnehmen", [("Ja", False), ("Nein", True)], 0, ai=True, shape="i")
    with p.hide("dialog", title="Forschungsprogramm", opener="Mehr zum Forschungsprogramm"):
        p.switch("Am Forschungsprogramm teilnehmen: Eingaben zum Training neuer Sprachmodelle nutzen", on=True,
                 ai="+", shape="p")
        p.button("Schließen")
    p.section("Wörterbuch")
    p.cb("Neue Wörter automatisch ins Wörterbuch aufnehmen", on=True)
    p.button("Wörterbuch exportieren")
    p.button("Wörterbuch zurücksetzen")
    p.section("Geräte")
    p.cb("Bei Anmeldung auf einem neuen Gerät per E-Mail benachrichtigen", on=True)
    p.button("Auf allen Geräten abmelden")
    p.section("Designs")
    p.select("Design", [("Wie System", None), ("Hell", None), ("Dunkel", None), ("Wald", None)], 0)
    p.switch("Tastenrahmen anzeigen", on=False)
    p.cb("Zahlenreihe immer einblenden", on=True)
    return p


def sprechblase():
    p = Page("de", "sprechblase-aufnahmen", "https://app.sprechblase.test/einstellungen/aufnahmen",
             "Aufnahmen und Daten – Sprechblase", "Sprechblase", prefix="sb",
             notes="Erfundene Diktier-App (Sie). Radio-Fieldset 'Aufnahmen für die Qualitätsverbesserung', Training "
                   "nur im Hilfetext; aria-pressed-Gruppe klar benannt; Team-Richtlinie im inaktiven Tab versteckt.")
    p.nav(["Diktieren", "Sprachbefehle", "Vokabular", "Aufnahmen", "Team", "Abrechnung"], cur=3)
    p.h1("Aufnahmen und Daten")
    p.section("Diktieren")
    p.select("Diktiersprache", [("Deutsch (Deutschland)", None), ("Deutsch (Österreich)", None),
                                ("Deutsch (Schweiz)", None)], 0)
    p.switch("Satzzeichen automatisch setzen", on=True)
    p.switch("Füllwörter wie „äh“ entfernen", on=True)
    p.pressed("Diktat starten mit", [("Tastenkürzel", None), ("Sprachbefehl", None)], 0)
    p.cb("Signalton beim Start", on=False)
    p.radiogroup("Mikrofon", [("Eingebautes Mikrofon", None), ("Headset", None)], 1)
    p.section("Aufbewahrung")
    p.select("Aufnahmen aufbewahren", [("24 Stunden", None), ("30 Tage", None), ("Bis ich sie lösche", None)], 1)
    p.button("Alle Aufnahmen löschen")
    p.section("Spracherkennung verbessern")
    p.radios("Aufnahmen für die Qualitätsverbesserung", [("Bereitstellen", True), ("Nicht bereitstellen", False)], 1,
             ai=True, shape="v",
             help="Freigegebene Aufnahmen und ihre Abschriften dienen als Trainingsmaterial für unsere "
                  "Spracherkennungsmodelle.")
    p.pressed("Korrigierte Abschriften zum Training der Erkennung verwenden", [("Ja", True), ("Nein", False)], 0,
              ai=True, shape="p")
    ts = p.tabs(["Mein Konto", "Team-Richtlinie"], active=0)
    with p.panel(ts, 0):
        p.cb("Abschriften im Browser zwischenspeichern", on=True)
    with p.panel(ts, 1):
        p.radiogroup("Teamaufnahmen für das Modelltraining freigeben", [("Ja", True), ("Nein", False)], 0,
                     ai=True, shape="p")
    p.section("Team")
    p.cb("Mitglieder dürfen eigenes Vokabular anlegen", on=True)
    p.button("Mitglieder verwalten")
    p.section("Benachrichtigungen")
    p.cb("Wöchentliche Zusammenfassung per E-Mail", on=False)
    p.cb("Hinweis, wenn das Diktat-Kontingent fast aufgebraucht ist", on=True)
    p.section("Abrechnung")
    p.select("Zahlungsintervall", [("Monatlich", None), ("Jährlich", None)], 1)
    p.button("Rechnungen herunterladen")
    return p


def startfeld():
    p = Page("de", "startfeld-privatsphaere", "https://startfeld.test/konto/privatsphaere",
             "Privatsphäre · Startfeld Launcher", "Startfeld Launcher", prefix="sf", hide_class="versteckt",
             notes="Erfundener Launcher (du). Invertierter Schalter mit aria-labelledby ('nicht für KI-Training "
                   "verwenden'); Tabelle mit Spalte 'Training unserer Modelle' neben Geräte-Vorschlägen (Köder); "
                   "Partner-Checkbox per CSS-Klasse versteckt.")
    p.nav(["Startbildschirm", "Widgets", "Ordner", "Gesten", "Privatsphäre", "Backup"], cur=4)
    p.h1("Privatsphäre")
    p.section("Startbildschirm")
    p.select("Raster", [("4 × 5", None), ("5 × 5", None), ("6 × 6", None)], 1)
    p.switch("Symbolbeschriftungen anzeigen", on=True)
    p.switch("App-Vorschläge im Dock", on=True, help="Die Vorschläge werden direkt auf deinem Handy berechnet.")
    p.pressed("Erscheinungsbild", [("Hell", None), ("Dunkel", None), ("Wie System", None)], 2)
    p.section("Widgets")
    p.switch("Nachrichten-Widget nach meinen Themen sortieren", on=True)
    p.cb("Kalender-Widget zeigt private Termine", on=False)
    p.section("KI & Datennutzung")
    p.bswitch("Meine Nutzung nicht für KI-Training verwenden", on=True, by="labelledby", ai="-", shape="i")
    p.table("Was Startfeld aus deinem Startbildschirm lernen darf",
            ["Vorschläge auf diesem Gerät", "Training unserer Modelle"],
            ["Geöffnete Apps", "Suchanfragen"],
            [[True, False], [True, True]], ai_cols={1: "+"}, shape="p", labelled=True)
    with p.hide("class"):
        p.cb("Widget-Interaktionen an Partner zum Modelltraining weitergeben", on=True, ai="+", shape="p")
    p.section("Backup")
    p.switch("Automatisches Backup", on=True)
    p.staterow("Widgets auf dem Sperrbildschirm", "Aus", "Einschalten")
    p.button("Jetzt sichern")
    p.button("Backup wiederherstellen")
    p.section("Konto")
    p.cb("Produktneuigkeiten per E-Mail", on=False)
    p.button("Konto löschen")
    return p


def pages():
    return [languagetool(), duden(), tippwerk(), sprechblase(), startfeld()]
