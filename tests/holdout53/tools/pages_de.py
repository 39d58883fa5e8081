from lib import Page, A

LANGS = [("de", "Deutsch"), ("en", "English"), ("fr", "Français"), ("it", "Italiano"), ("nl", "Nederlands")]


def komoot():
    p = Page("de", "komoot-privatsphaere", "komoot", "https://www.komoot.com/de-de/account/privacy",
             "Privatsphäre | komoot", known=True,
             notes="Tourenplaner (du). Heading-only select 'Aufgezeichnete Touren' unter einer Überschrift zum "
                   "Training der Tourenplanung (nur anonymisiert → geteilt); invertierter nativer Switch "
                   "'…vom KI-Training ausschließen' (an → nicht geteilt). Köder: personalisierte Vorschläge, "
                   "KI-Zusammenfassung, Live-Tracking, Sichtbarkeit. Versteckt: geschlossener Dialog.")
    p.skip_text = "Zum Inhalt springen"
    p.chrome("komoot", "Suche", "Ort, Region oder Tour suchen", "Sprache", LANGS, "Lena K.",
             ["Profil", "Touren", "Collections", "Premium"], "Abmelden", "Einstellungen",
             ["Konto", "Privatsphäre", "Benachrichtigungen", "Verbundene Apps", "Premium"], "Privatsphäre",
             ["Über komoot", "Hilfe", "AGB", "Datenschutz", "Impressum"], "© komoot GmbH")
    p.html = p.render(
        "Privatsphäre", "Hier legst du fest, wer deine Aktivitäten sieht und wie wir deine Daten verwenden.",
        p.section("Profil und Sichtbarkeit", None,
                  p.radios("Wer darf dein Profil sehen?", ["Alle", "Nur meine Follower", "Nur ich"], "Alle"),
                  p.checkbox("Geplante Touren standardmäßig privat speichern", True),
                  p.checkbox("Mein Profil in der Suche anzeigen", True)),
        p.section("Live-Tracking", "Sicherer unterwegs: Kontakte sehen, wo du gerade bist.",
                  p.checkbox("Live-Standort während der Tour mit ausgewählten Kontakten teilen", False),
                  p.button("Kontakte auswählen")),
        p.section("Vorschläge", None,
                  p.switch("Personalisierte Tourenvorschläge", True,
                           help="Wir schlagen dir Touren vor, die zu deinen bisherigen Aktivitäten passen."),
                  p.switch("KI-Zusammenfassung bei Highlights anzeigen", True,
                           help="Fasst die Tipps der Community zu einem Highlight in ein paar Sätzen zusammen.")),
        p.section("Daten für das Training der Tourenplanung",
                  "Mit aufgezeichneten Touren bringen wir unserem Routenplaner bei, Wegbeschaffenheit und "
                  "Untergrund besser einzuschätzen. Du entscheidest, ob deine dabei sind.",
                  p.select("Aufgezeichnete Touren", ["Verwenden", "Nur anonymisiert verwenden", "Nicht verwenden"],
                           "Nur anonymisiert verwenden",
                           ai=A("h", share=["Verwenden", "Nur anonymisiert verwenden"])),
                  p.checkbox("Meine Highlight-Fotos vom KI-Training ausschließen", True, switch=True,
                             ai=A("i", on=False)),
                  p.dialog("Einwilligungen verwalten", "Deine Einwilligungen", lambda: [
                      p.checkbox("Fotos für das KI-Training freigeben", False, ai=A("p", on=True)),
                      p.checkbox("Newsletter-Einwilligung", True)], close="Abbrechen", confirm="Speichern")),
        p.section("Benachrichtigungen", None,
                  p.checkbox("Newsletter mit Tourentipps", False, wrap=True),
                  p.checkbox("Push-Nachricht, wenn jemand deine Tour gut findet", True, wrap=True),
                  p.select("Wochenrückblick", ["Per E-Mail", "In der App", "Aus"], "In der App")),
        p.section("Verbundene Dienste", None, p.buttons("Garmin verbinden", "Wahoo verbinden")),
        p.section("Deine Daten", None, p.buttons("Daten herunterladen", "Konto löschen")),
    )
    return p


def wetter_com():
    p = Page("de", "wetter-com-datenschutz", "wetter.com",
             "https://www.wetter.com/mein-wetter/einstellungen/datenschutz/", "Datenschutz-Einstellungen | wetter.com",
             known=True,
             notes="Wetterportal (Sie). Klare Checkbox zu KI-Vorhersagemodellen (an); vager Switch 'Community-Fotos' "
                   "mit aria-describedby-Hilfe zum Training der Bilderkennung (an); Zustandszeile mit "
                   "'Widerspruch zurücknehmen' (Widerspruch eingelegt → nicht geteilt). Köder: Wetterassistent, "
                   "Werbung, Reichweitenmessung ohne Modelltraining. Versteckt: Pro-Block mit visibility:hidden.")
    p.skip_text = "Zum Inhalt springen"
    p.chrome("wetter.com", "Ort suchen", "Ort oder PLZ eingeben", "Sprache", LANGS, "Mein wetter.com",
             ["Meine Orte", "Meine Meldungen", "Abo verwalten"], "Abmelden", "Mein wetter.com",
             ["Meine Orte", "Warnungen", "Datenschutz", "Newsletter", "Konto"], "Datenschutz",
             ["Impressum", "Datenschutz", "AGB", "Datenschutz-Einstellungen", "Kontakt"], "© wetter.com GmbH")
    p.html = p.render(
        "Datenschutz-Einstellungen", None,
        p.section("Meine Orte", None,
                  p.button("Orte verwalten"),
                  p.select("Startseite zeigt", ["Meinen aktuellen Standort", "Hamburg", "Sylt"], "Hamburg")),
        p.section("Unwetterwarnungen", None,
                  p.checkbox("Push-Warnungen für meine Orte", True, wrap=True),
                  p.select("Ab Warnstufe", ["Markantes Wetter", "Unwetter", "Extremes Unwetter"], "Unwetter"),
                  p.checkbox("Pollenflug-Vorhersage", False, wrap=True)),
        p.section("Wettermeldungen aus der Community",
                  "Melden Sie, wie das Wetter bei Ihnen gerade wirklich ist – das hilft allen.",
                  p.checkbox("Meine Wettermeldungen zur Verbesserung der KI-Vorhersagemodelle nutzen", True,
                             ai=A("p", on=True)),
                  p.switch("Community-Fotos", True,
                           help="Hochgeladene Wetterfotos dürfen zum Training unserer Bilderkennung für Wolken und "
                                "Niederschlag verwendet werden.", ai=A("v", on=True)),
                  p.checkbox("Meinen Vornamen bei Meldungen anzeigen", False)),
        p.hide("visibility", lambda: p.card(
            "wetter.com Pro",
            p.switch("Radar-Aufnahmen meiner Region für KI-Training freigeben", False, ai=A("p", on=True)))),
        p.section("Standortdaten", "Für Warnungen verwenden wir Ihren ungefähren Standort.",
                  p.checkbox("Standort auch im Hintergrund verwenden", False),
                  p.state_row("Ihr Widerspruch", "Eingelegt am 12.03.2025", "Widerspruch zurücknehmen",
                              suffix="– KI-Training mit Standortdaten", ai=A("i", sharing=False),
                              help="Solange der Widerspruch gilt, fließen Ihre Standortdaten nicht in das Training "
                                   "unserer Modelle ein.")),
        p.section("Wetterassistent", None,
                  p.switch("Wetterassistent im Chat anzeigen", True,
                           help="Beantwortet Fragen wie „Brauche ich morgen einen Schirm?“ auf Grundlage der "
                                "aktuellen Vorhersage.")),
        p.section("Werbung und Analyse", None,
                  p.checkbox("Personalisierte Werbung", False,
                             help="Anzeigen passend zu Ihren Interessen und Orten."),
                  p.checkbox("Reichweitenmessung", True,
                             help="Zählt Seitenaufrufe für unsere Statistik. Diese Daten fließen nicht in das "
                                  "Training von Modellen ein.")),
        p.section("Benachrichtigungen", None,
                  p.table("Wie möchten Sie benachrichtigt werden?", "Thema", ["Push", "E-Mail"],
                          [("Unwetterwarnungen", [True, False]), ("Pollenflug", [False, False]),
                           ("Reisewetter für gespeicherte Orte", [True, True])]),
                  p.checkbox("Wetter-Newsletter am Morgen", False, wrap=True),
                  p.button("Einstellungen speichern")),
        p.section("Konto", None, p.buttons("Passwort ändern", "Konto löschen")),
    )
    return p


def hofmanager():
    p = Page("de", "hofmanager-datenfreigaben", "Hofmanager",
             "https://app.hofmanager.test/betrieb/einstellungen/datenfreigaben", "Datenfreigaben – Hofmanager",
             notes="Ackerbau-Software (Sie). Tabelle mit Caption zum Anlernen der Ertragsprognose, Spalte "
                   "'Freigabe' (Ertragskarten an, Bodenproben aus) – heading-only; invertierte Radiogruppe "
                   "'Widerspruch gegen KI-Training durch Maschinenhersteller' (Ja → nicht geteilt). Köder: "
                   "Benchmarking ohne Modelltraining, Düngeassistent, Beraterzugriff, Schulung. Versteckt: "
                   "inaktiver Tab 'Mitarbeitende'.")
    p.skip_text = "Zum Inhalt springen"
    p.chrome("Hofmanager", "Suche", "Schläge, Maßnahmen, Belege", "Sprache", LANGS, "Betrieb Meyer GbR",
             ["Betriebsdaten", "Benutzer", "Lizenz", "Hilfe"], "Abmelden", "Einstellungen",
             ["Betrieb", "Schläge", "Maschinen", "Datenfreigaben", "Schnittstellen", "Lizenz"], "Datenfreigaben",
             ["Hilfe-Center", "Datenschutz", "AGB", "Impressum"], "Hofmanager · Software für Ackerbaubetriebe")
    p.html = p.render(
        "Datenfreigaben", "Legen Sie fest, wer Ihre Betriebsdaten wofür verwenden darf.",
        p.section("Betrieb", None,
                  p.text("Betriebsnummer", "276 09 000 012 345"),
                  p.select("Bundesland", ["Bayern", "Niedersachsen", "Nordrhein-Westfalen", "Schleswig-Holstein"],
                           "Niedersachsen"),
                  p.select("Flächeneinheit", ["Hektar", "Ar", "Morgen"], "Hektar")),
        p.section("Freigaben", None,
                  p.tabs("Datenfreigaben für", [
                      ("Betrieb", lambda: [
                          p.table("Welche Daten Hofmanager zum Anlernen seiner Ertragsprognose nutzen darf",
                                  "Datenart", ["Freigabe"],
                                  [("Ertragskarten", [True]), ("Bodenproben", [False])],
                                  ai_cols={0: A("h", on=True)}),
                          p.checkbox("Berater der Landwirtschaftskammer erhält Lesezugriff", True),
                          p.checkbox("Auswertungen mit anderen Betrieben vergleichen (Benchmarking)", True,
                                     help="Sie sehen, wo Ihr Betrieb im Vergleich steht. Die Vergleichsdaten werden "
                                          "nicht für Modelltraining genutzt.")]),
                      ("Mitarbeitende", lambda: [
                          p.checkbox("Maschinendaten der Mitarbeitenden für das Modelltraining freigeben", False,
                                     ai=A("p", on=True))]),
                  ])),
        p.section("Landtechnik-Hersteller",
                  "Verbundene Maschinen übermitteln Telemetriedaten an den jeweiligen Hersteller.",
                  p.radios("Widerspruch gegen KI-Training durch Maschinenhersteller",
                           ["Ja, ich widerspreche", "Nein"], "Ja, ich widerspreche", ai=A("i", share=["Nein"])),
                  p.button("Maschine verbinden")),
        p.section("Düngeplanung", None,
                  p.switch("KI-Assistent für die Düngebedarfsermittlung", True,
                           help="Berechnet Vorschläge nur für Ihren Betrieb; Ihre Eingaben werden nicht "
                                "weiterverwendet."),
                  p.checkbox("Hinweise zu Sperrfristen anzeigen", True)),
        p.section("Wetter", None,
                  p.checkbox("Frostwarnung für meine Schläge", True, wrap=True),
                  p.checkbox("Starkregenwarnung", True, wrap=True)),
        p.section("Schulungen", None,
                  p.button("Für die Online-Schulung „Teilflächenspezifisch düngen“ anmelden")),
        p.section("Export", None,
                  p.buttons("Schlagkartei exportieren (CSV)", "Export für den Agrarantrag (XML)")),
    )
    return p


def vetcloud():
    p = Page("de", "vetcloud-praxiseinstellungen", "VetCloud",
             "https://praxis.vetcloud.test/einstellungen/daten-und-ki", "Daten & KI – VetCloud Praxis",
             notes="Praxissoftware für Tierärzte (Sie), Daten der Patienten/Kunden. Klarer Switch zur Diagnose-KI "
                   "(aus); vage Segmentgruppe 'Forschungspool' mit Hilfetext zum Training (Teilnehmen); invertierte "
                   "Checkbox 'Röntgenbilder vom KI-Training ausnehmen' in geschlossenem details (nicht angehakt → "
                   "geteilt). Köder: lokale Spracherkennung, SMS-Erinnerungen, Tierhalter-App. Versteckt: "
                   "aria-hidden-Vorschau.")
    p.skip_text = "Zum Inhalt springen"
    p.chrome("VetCloud", "Suche", "Patient, Tierhalter oder Befund", "Sprache", LANGS, "Dr. Anke Brandt",
             ["Mein Profil", "Praxis wechseln", "Support"], "Abmelden", "Praxiseinstellungen",
             ["Praxis", "Termine", "Tierhalter-App", "Daten & KI", "Benutzer", "Abrechnung"], "Daten & KI",
             ["Support", "Datenschutz", "AV-Vertrag", "Impressum"], "VetCloud · Praxismanagement für Tierärzte")
    p.html = p.render(
        "Daten & KI", "Einstellungen für die gesamte Praxis. Änderungen gelten für alle Benutzer.",
        p.section("Praxis", None,
                  p.text("Praxisname", "Tierarztpraxis am Mühlbach"),
                  p.text("Telefon", "0761 555 2048", type="tel")),
        p.section("Termine", None,
                  p.checkbox("Online-Terminbuchung für Tierhalter", True),
                  p.checkbox("Terminerinnerung per SMS", True),
                  p.select("Erinnerung senden", ["24 Stunden vorher", "48 Stunden vorher"], "24 Stunden vorher"),
                  p.checkbox("Impferinnerungen automatisch versenden", True)),
        p.section("Tierhalter-App", None,
                  p.checkbox("Befunde in der Tierhalter-App freigeben", False),
                  p.checkbox("Chat mit Tierhaltern", True)),
        p.section("Spracherkennung", None,
                  p.switch("Befunde diktieren", True,
                           help="Die Spracherkennung läuft lokal auf dem Praxisrechner. Aufnahmen werden nach der "
                                "Umwandlung gelöscht.")),
        p.section("Diagnose-KI",
                  "VetCloud entwickelt eine KI, die bei der Auswertung von Röntgen- und Laborbefunden unterstützt.",
                  p.switch("Anonymisierte Patientendaten für das Training der Diagnose-KI bereitstellen", False,
                           ai=A("p", on=True)),
                  p.segmented("Forschungspool", ["Teilnehmen", "Nicht teilnehmen"], "Teilnehmen",
                              help="Mit dem Forschungspool trainieren wir gemeinsam mit Hochschulpartnern Modelle "
                                   "zur Früherkennung von Nierenerkrankungen bei Katzen.", help_mode="nearby",
                              ai=A("v", share=["Teilnehmen"])),
                  p.details("Erweiterte Einstellungen", lambda: [
                      p.checkbox("Röntgenbilder vom KI-Training ausnehmen", False, ai=A("i", on=False)),
                      p.checkbox("DICOM-Metadaten beim Export entfernen", True)]),
                  p.hide("aria", lambda: p.card(
                      "Vorschau: So sehen Tierhalter diese Einstellung",
                      p.checkbox("Daten meines Tieres für KI-Training nutzen", True, ai=A("p", on=True))))),
        p.section("Benutzer und Sicherheit", None,
                  p.buttons("Praxisbenutzer verwalten", "Zwei-Faktor-Anmeldung einrichten")),
        p.section("Abrechnung", None,
                  p.select("Gebührensatz nach GOT", ["Einfacher Satz", "Zweifacher Satz", "Dreifacher Satz"],
                           "Einfacher Satz"),
                  p.button("Datensicherung herunterladen")),
    )
    return p


def regenschlau():
    p = Page("de", "regenschlau-datenschutz", "Regenschlau",
             "https://mein.regenschlau.test/konto/datenschutz", "Datenschutz · Regenschlau",
             notes="Smarte Gartenbewässerung (du). Heading-only Zustandszeile 'Beenden Deine Gießprotokolle' "
                   "(aria-labelledby; werden verwendet → geteilt); invertierter Text-Switch 'Sensordaten nicht zum "
                   "Anlernen verwenden' (an → nicht geteilt); klare Checkbox für Partner-KI (aus). Köder: "
                   "Zeitplan-Automatik auf dem Gerät, Frostschutz, Angebote. Versteckt: Stadtwerke-Programm mit "
                   "hidden-Attribut.")
    p.skip_text = "Zum Inhalt springen"
    p.chrome("Regenschlau", "Suche", "Hilfe durchsuchen", "Sprache", LANGS, "Garten Schulte",
             ["Meine Geräte", "Zonen", "Verlauf"], "Abmelden", "Konto",
             ["Geräte", "Zonen", "Benachrichtigungen", "Datenschutz", "Haushalt"], "Datenschutz",
             ["Hilfe", "Datenschutzerklärung", "Impressum"], "Regenschlau – Gießen, wenn's nötig ist")
    p.html = p.render(
        "Datenschutz", None,
        p.section("Zonen", None,
                  p.text("Name von Zone 1", "Gemüsebeet"),
                  p.text("Name von Zone 2", "Rasen hinterm Haus")),
        p.section("Wetter", None,
                  p.checkbox("Regenpause, wenn Niederschlag vorhergesagt ist", True),
                  p.text("Standort für Wetterdaten", "34117 Kassel"),
                  p.checkbox("Frostschutz: Bewässerung unter 3 °C aussetzen", True),
                  p.switch("Zeitpläne automatisch anpassen", True,
                           help="Passt Laufzeiten an Verdunstung und Bodenart an. Die Berechnung läuft auf dem "
                                "Gerät.")),
        p.section("Lernende Bewässerung für alle",
                  "Wir trainieren unser Bewässerungsmodell mit den Gießprotokollen vieler Gärten – so lernt es, "
                  "wie viel Wasser welcher Boden wirklich braucht.",
                  p.state_row("Deine Gießprotokolle", "Werden verwendet", "Beenden", mode="labelledby",
                              ai=A("h", sharing=True)),
                  p.switch("Sensordaten nicht zum Anlernen verwenden", True, mode="text",
                           help="Gilt für Bodenfeuchte und Durchfluss.", help_mode="nearby", ai=A("i", on=False))),
        p.section("Partner", None,
                  p.checkbox("Bodenfeuchte-Messwerte an Partner für deren KI-Modelle weitergeben", False,
                             ai=A("p", on=True)),
                  p.hide("hidden", lambda: p.card(
                      "Stadtwerke-Programm",
                      p.checkbox("Verbrauchsdaten an die Stadtwerke für deren Prognose-KI übermitteln", True,
                                 ai=A("p", on=True))))),
        p.section("Benachrichtigungen", None,
                  p.checkbox("Push bei Frost", True, wrap=True),
                  p.checkbox("Push bei Störungen, z. B. wenn ein Ventil klemmt", True, wrap=True),
                  p.select("Wochenbericht", ["Per E-Mail", "Nur in der App", "Aus"], "Nur in der App"),
                  p.checkbox("Angebote für Zubehör, das zu meinem Garten passt", False, wrap=True)),
        p.section("Haushalt", None,
                  p.button("Familienmitglied einladen"),
                  p.checkbox("Mitglieder dürfen Zeitpläne ändern", True)),
        p.section("Deine Daten", None, p.buttons("Gießprotokolle exportieren", "Gerät zurücksetzen")),
    )
    return p


PAGES = [komoot, wetter_com, hofmanager, vetcloud, regenschlau]
