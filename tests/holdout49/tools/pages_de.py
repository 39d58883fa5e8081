"""Deutsche Seiten von blind49."""
from lib import Page


def audible():
    p = Page("de", "audible-datenschutz", "https://www.audible.de/account/datenschutz-einstellungen", "Audible GmbH",
             "Datenschutz-Einstellungen | Audible.de", "Datenschutz-Einstellungen",
             "Bekannter Dienst (Nachbau). Widerspruch als Radiogruppe (fieldset), kein Widerspruch gewählt (true); klarer "
             "Schalter für Rezensionen (true). Köder: personalisierte Werbung, KI-Zusammenfassungen, Whispersync, "
             "Absturzberichte ausdrücklich ohne Training; verstecktes Köder-Element per display:none (inline).",
             ["Kontodetails", "Mitgliedschaft", "Bibliothek", "Geräte", "Datenschutz-Einstellungen", "Benachrichtigungen", "Hilfe"],
             nav_current=4, known=True, brand="audible",
             intro="Hier legst du fest, wie Audible deine Daten verwendet. Änderungen gelten für alle Geräte, auf denen du angemeldet bist.")
    with p.section("Hörerlebnis"):
        p.switch("Whispersync zwischen Geräten", True, help="Synchronisiert deine Hörposition, Lesezeichen und Notizen.")
        p.switch("Hörproben automatisch abspielen", False)
        p.switch("KI-Zusammenfassungen auf Titelseiten anzeigen", True,
                 help="Kurze, automatisch erstellte Inhaltsangaben. Sie werden für alle gleich erzeugt.")
        p.select("Standard-Wiedergabegeschwindigkeit", ["0,75x", "1,0x", "1,25x", "1,5x"], 1)
        p.checkbox("Hörstatistiken und Abzeichen im Profil zeigen", True)
        p.select("Sprache des Katalogs", ["Deutsch", "Englisch", "Alle Sprachen"], 0)
    with p.section("Werbung und Empfehlungen"):
        p.switch("Personalisierte Werbung auf Partnerseiten", False)
        p.switch("Empfehlungen auf Basis meiner Bibliothek", True)
        p.checkbox("Newsletter mit Neuerscheinungen", True)
        p.checkbox("Angebote von Amazon-Partnern per E-Mail", False)
    with p.section("Künstliche Intelligenz",
                   intro="Audible entwickelt Modelle für die Sprachsuche, für Empfehlungen und für KI-Sprecherstimmen. Du entscheidest, ob deine Daten dafür verwendet werden."):
        p.switch("Meine Rezensionen und Bewertungen für das Training von KI-Modellen freigeben", True, ai=("p", True),
                 help="Betrifft nur Texte und Sterne, die du selbst veröffentlicht hast.")
        p.radios("Widerspruch gegen die Nutzung meiner Hördaten für das KI-Training", ["Kein Widerspruch", "Widerspruch einlegen"], 0,
                 ai=("i", True), help="Hördaten sind z. B. gehörte Titel, Pausen und Sprünge.", help_mode="nearby")
    with p.section("Deine Daten"):
        p.button("Datenauskunft anfordern")
        p.button("Hörverlauf löschen")
        with p.details("Technische Daten"):
            p.checkbox("Absturzberichte senden", True,
                       help="Absturzberichte nutzen wir ausschließlich zur Fehlerbehebung, nicht zum Trainieren von Modellen.")
            p.checkbox("Diagnosedaten zur Wiedergabequalität senden", True)
    with p.hidden("display-inline", "alter Schalter: Hörhistorie für das Modelltraining"):
        p.switch("Audible darf meine Hörhistorie für das Modelltraining nutzen", True)
    return p


def radio_de():
    p = Page("de", "radio-de-einstellungen", "https://www.radio.de/einstellungen/datenschutz", "radio.de GmbH",
             "Einstellungen – radio.de", "Datenschutz & Daten",
             "Bekannter Dienst (Nachbau). Statuszeile mit aria-labelledby (Erlaubt · Ändern), klare Benennung (true); "
             "Checkbox im Partizip „vom KI-Training ausgeschlossen“, nicht angehakt (true). Köder: Sprachsteuerung, Sendervorschläge, "
             "Benachrichtigungstabelle; versteckter Köder per visibility:hidden (inline).",
             ["Meine Sender", "Wecker & Sleeptimer", "Wiedergabe", "Benachrichtigungen", "Datenschutz & Daten", "Konto"],
             nav_current=4, known=True, brand="radio.de")
    with p.section("Wiedergabe"):
        p.select("Streamqualität im Mobilfunknetz", ["Automatisch", "Niedrig", "Hoch"], 0)
        p.switch("Beim Start zuletzt gehörten Sender abspielen", True)
        p.switch("Sprachsteuerung", True, help="Sag z. B. „Spiel 1LIVE“. Die Erkennung läuft auf deinem Gerät.")
    with p.section("Personalisierung"):
        p.switch("Sendervorschläge passend zu meinen Favoriten", True)
        p.switch("Werbung nach meinen Interessen", False)
        p.checkbox("Lieblingssender in meinem öffentlichen Profil zeigen", False)
        p.checkbox("Podcasts automatisch herunterladen", False)
        p.select("Sleeptimer-Standard", ["15 Minuten", "30 Minuten", "60 Minuten"], 1)
    with p.section("Daten für unsere KI",
                   intro="Wir verbessern unsere Spracherkennung und Suche mit Hilfe maschinellen Lernens."):
        p.state_row("Nutzung deiner Sprachbefehle zum Training unserer Spracherkennung", "Erlaubt", "Ändern",
                    mode="labelledby", ai=("p", True))
        p.checkbox("Hördaten vom KI-Training ausgeschlossen", False, ai=("i", True),
                   help="Hördaten: welche Sender und Podcasts du wie lange hörst.")
        p.checkbox("Nutzungsstatistik an Sender übermitteln", True,
                   help="Sender erhalten nur zusammengefasste Zahlen zur Reichweite.")
    with p.section("Benachrichtigungen"):
        p.table("Benachrichtige mich bei", "Ereignis", ["Push", "E-Mail"],
                [("Neue Podcast-Folgen", [True, False]),
                 ("Sondersendungen meiner Sender", [False, False]),
                 ("Neuigkeiten von radio.de", [False, True])])
    p.button("Alle Daten herunterladen")
    with p.hidden("visibility-inline", "noch nicht freigeschalteter Schalter: Hörverlauf an KI-Partner"):
        p.switch("Hörverlauf an KI-Partner zum Trainieren weitergeben", False)
    return p


def klangwerk():
    p = Page("de", "klangwerk-team-daten", "https://app.klangwerk.test/team/einstellungen/daten", "Klangwerk Studio GmbH",
             "Team-Einstellungen · Daten & KI · Klangwerk", "Daten & KI für dein Team",
             "Erfundene Kollaborationsplattform für Bands (Teamdaten). Segmentierte Schaltfläche mit klarer Benennung, „Nein“ "
             "gedrückt (false); Tabelle, deren Zeilennamen nur über Überschrift und Einleitung nach Training klingen (h); "
             "Infinitiv „fernhalten“ im zugeklappten <details>, angehakt (false). Köder: KI-Mastering, Tempoerkennung; "
             "versteckter Köder im inaktiven Tab.",
             ["Projekte", "Mitglieder", "Speicher", "Daten & KI", "Abrechnung"], nav_current=3, brand="Klangwerk")
    with p.tabs("Bereiche", ["Allgemein", "Labor"], active=0):
        with p.panel(0):
            with p.section("Mitglieder und Rechte"):
                p.select("Standardrolle für neue Mitglieder", ["Betrachter", "Mitwirkende", "Admin"], 1)
                p.checkbox("Gäste dürfen Projekte herunterladen", False)
                p.button("Mitglied einladen")
                p.select("Versionen aufbewahren", ["30 Tage", "90 Tage", "Unbegrenzt"], 1)
                p.checkbox("Bei neuen Kommentaren per E-Mail benachrichtigen", True)
                p.select("Exportformat", ["WAV 24 Bit", "WAV 16 Bit", "FLAC", "MP3 320 kbit/s"], 0)
            with p.section("Benachrichtigungen"):
                p.table("Benachrichtige das Team bei", "Ereignis", ["App", "E-Mail", "Slack"],
                        [("Neuer Mix hochgeladen", [True, True, False]),
                         ("Kommentar mit Erwähnung", [True, False, True]),
                         ("Speicher fast voll", [False, True, False])])
            with p.section("KI-Werkzeuge"):
                p.switch("Automatisches Mastering", True, help="Erstellt einen Master-Vorschlag für jeden Export.")
                p.switch("Tempo- und Tonarterkennung", True)
                p.switch("Vorschläge für Akkordfolgen", False)
                p.switch("Automatische Lautheitsanpassung beim Export", True)
            with p.section("Training unserer Modelle",
                           intro="Klangwerk trainiert seine Mix- und Mastering-KI auch mit Material aus Teamprojekten. Legt gemeinsam fest, was davon einfließen darf."):
                p.segmented("Projektdateien des Teams für das Training unserer Mix-KI verwenden", ["Ja", "Nein"], 1, ai=("p", False))
                p.table("Was darf einfließen?", "Material", ["Freigegeben"],
                        [("Stems und Einzelspuren", [(False, ("h", False))]),
                         ("Kommentare und Notizen im Projekt", [(True, ("h", True))])], names="row")
                with p.details("Externe Partner"):
                    p.checkbox("Teamdaten von KI-Partnern fernhalten", True, ai=("i", False),
                               help="Partner sind Forschungseinrichtungen und Hersteller von Audio-Plugins.")
                    p.checkbox("Anonyme Nutzungsstatistik teilen", True)
        with p.panel(1, note="Labor-Tab: Schalter für Trainingsfreigabe der Aufnahmen"):
            p.switch("Aufnahmen dieses Teams für KI-Training freigeben", True)
    return p


def hoerwuerfel():
    p = Page("de", "hoerwuerfel-familie", "https://mein.hoerwuerfel.test/familie/datenschutz", "Hörwürfel GmbH",
             "Familie & Datenschutz – Hörwürfel", "Familie & Datenschutz",
             "Erfundene Kinder-Audiobox (Familiendaten). Projekt-Schalter, dessen Hilfetext allein das Training nennt (v, an); "
             "Statuszeile zum Zurücknehmen eines eingelegten Widerspruchs mit verstecktem Namenszusatz (false). Köder: "
             "KI-Gutenachtgeschichten, Lautstärkebegrenzung, Hörzeit; versteckter Köder in einer aria-hidden-Vorschau.",
             ["Würfel & Figuren", "Kinderprofile", "Familie & Datenschutz", "Abo", "Hilfe"], nav_current=2, brand="Hörwürfel")
    with p.section("Kinderprofile"):
        p.select("Altersstufe für Lotta", ["3–5 Jahre", "6–8 Jahre", "9–12 Jahre"], 1)
        p.select("Tägliche Hörzeit", ["Unbegrenzt", "1 Stunde", "2 Stunden"], 1)
        p.select("Maximale Lautstärke", ["60 %", "75 %", "90 %"], 1)
        p.checkbox("Nachtlicht nach dem Einschlafen ausschalten", True)
        p.checkbox("Neue Inhalte automatisch auf den Würfel laden", True)
        p.switch("KI-Gutenachtgeschichten", False, help="Erfindet Geschichten mit den Lieblingsfiguren eurer Kinder.")
        p.button("Profil hinzufügen")
    with p.section("Mikrofon-Taste"):
        p.switch("Sprachnachrichten an Oma und Opa erlauben", True)
        p.switch("Nachrichten vor dem Abspielen von Eltern freigeben lassen", True)
        p.switch("Beim Projekt „Kinderstimmen verstehen“ mitmachen", True, ai=("v", True),
                 help="Aufnahmen, die eure Kinder über die Mikrofon-Taste machen, werden pseudonymisiert genutzt, um unsere Spracherkennung für Kinderstimmen zu trainieren.")
        p.select("Aufnahmen aufbewahren", ["7 Tage", "30 Tage", "Bis ich sie lösche"], 0)
    with p.section("Eure Rechte"):
        p.state_row("Widerspruch gegen KI-Training mit euren Familiendaten", "Eingelegt am 12. März 2025",
                    "Widerspruch zurücknehmen", suffix="(KI-Training mit Familiendaten)", ai=("i", False))
        p.checkbox("Nutzungsübersicht wöchentlich per E-Mail", True)
        p.checkbox("Hinweise zu neuen Figuren und Hörspielen", False)
        p.button("Würfel zurücksetzen")
        p.button("Datenkopie anfordern")
    with p.hidden("aria-hidden", "Vorschau-Karte mit Schalter „Hörverhalten der Kinder zum Trainieren nutzen“"):
        p.switch("Hörverhalten der Kinder zum Trainieren der Empfehlungs-KI nutzen", False)
    return p


def podlotse():
    p = Page("de", "podlotse-verbreitung", "https://studio.podlotse.test/podcast/einstellungen/verbreitung", "Podlotse UG",
             "Verbreitung & KI – Podlotse Studio", "Verbreitung & KI",
             "Erfundenes Podcast-Hosting für Macherinnen und Macher. Radiogruppe (role=radiogroup), deren Name nur über "
             "Überschrift und Einleitung zu KI-Crawlern passt, „Sperren“ gewählt (false); Checkbox „nicht verwenden“, angehakt "
             "(false); Auswahlfeld für ein Labs-Programm, dessen Hilfetext allein das Training nennt, „Aktiv“ (true). Köder: "
             "automatische Transkripte, Kapitelmarken; versteckter Köder per CSS-Klasse mit visibility:hidden.",
             ["Folgen", "Statistiken", "Verbreitung & KI", "Monetarisierung", "Team", "Abrechnung"], nav_current=2, brand="Podlotse Studio")
    with p.section("Plattformen"):
        p.checkbox("Bei Apple Podcasts einreichen", True)
        p.checkbox("Bei Spotify einreichen", True)
        p.checkbox("Bei YouTube Music einreichen", False)
        p.checkbox("Bei Deezer einreichen", True)
        p.textfield("Öffentliche Feed-Adresse", "https://feeds.podlotse.test/hafenfunk")
        p.checkbox("Feed für Suchmaschinen sperren", False)
    with p.section("Transkripte und Kapitel"):
        p.switch("Automatische Transkripte erstellen", True, help="Werden mit jeder Folge veröffentlicht.")
        p.switch("Kapitelmarken vorschlagen", True)
        p.select("Sprache der Transkripte", ["Deutsch", "Englisch", "Automatisch erkennen"], 0)
        p.checkbox("Transkripte nicht für das Training des Podlotse-Sprachmodells verwenden", True, ai=("i", False))
    with p.section("KI-Crawler",
                   intro="Einige Anbieter lesen öffentliche Podcast-Feeds aus, um damit Sprach- und KI-Modelle zu trainieren. Lege fest, ob das für deine Folgen gilt."):
        p.radios("Zugriff auf deinen Feed", ["Zulassen", "Sperren"], 1, ai=("h", False), style="radiogroup")
    with p.section("Podlotse Labs"):
        p.select("Teilnahme an Podlotse Labs", ["Aktiv", "Inaktiv"], 0, ai=("v", True),
                 help="Als Labs-Mitglied stellst du uns Audio und Schnittentscheidungen deiner Folgen zur Verfügung; damit trainieren wir unsere Schnitt-KI.")
        p.button("Labs-Bedingungen lesen")
    with p.section("Statistiken"):
        p.checkbox("IP-Adressen nach 24 Stunden kürzen", True)
        p.select("Zeitzone für Auswertungen", ["Europe/Berlin", "UTC"], 0)
        p.button("Statistik als CSV exportieren")
    with p.hidden("visibility-class", "geplanter Schalter: Folgen an KI-Lizenzpartner"):
        p.switch("Folgen an KI-Lizenzpartner zum Trainieren weitergeben", False)
    return p


def pages():
    return [audible(), radio_de(), klangwerk(), hoerwuerfel(), podlotse()]
