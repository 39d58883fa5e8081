from lib import Page


def mk(name, url, brand, title, notes, nav, du=False, **kw):
    d = dict(search=("Suche", "Einstellungen durchsuchen" if not du else "Suchen …"), lang_label="Sprache",
             account="Mein Konto",
             menu=[("Profil", "/profil"), ("Geräte", "/geraete"), ("Abmelden", "/abmelden")],
             footer=f"© 2025 {brand} · Impressum · Datenschutz · AGB")
    d.update(kw)
    return Page("de", name, url, brand=brand, title=title, notes=notes, nav=nav, **d)


def garmin():
    p = mk("garmin-connect-datenschutz", "https://connect.garmin.com/modern/privacy-settings", "Garmin Connect",
           "Datenschutzeinstellungen",
           "Bekannter Dienst (Rekonstruktion). Radio-Fieldset mit klarer KI-Training-Frage, Statuszeile mit "
           "Widerspruch (invertiert, Name über versteckten Zusatz), vage Button-Switch (Text als Name), deren Hilfetext "
           "das Training nennt. Versteckt: geschlossener Dialog. Köder: Active-Intelligence-Einblicke ohne Training, "
           "LiveTrack, Unfallerkennung, Sichtbarkeit.",
           [("Übersicht", "/modern/", False), ("Geräte", "/modern/devices", False), ("Profil", "/modern/profile", False),
            ("Datenschutz", "/modern/privacy-settings", True), ("Datenverwaltung", "/modern/data-management", False)],
           known=True, account="Konto", search=("Suche", "Garmin Connect durchsuchen"))
    p.sec("Sichtbarkeit", "Legen Sie fest, wer Ihr Profil und Ihre Aktivitäten sehen kann.")
    p.select("Profil und Aktivitäten", ["Alle", "Meine Verbindungen", "Nur ich"], 1)
    p.select("Standard für neue Aktivitäten", ["Alle", "Meine Verbindungen", "Nur ich"], 2)
    p.cb("Startpunkt und Ziel von Aktivitäten ausblenden", True)
    p.cb("In Segment-Bestenlisten erscheinen", False)
    p.sec("Sicherheit")
    p.sw("Unfallerkennung", True, help="Bei einem erkannten Sturz wird eine Nachricht an Ihre Notfallkontakte gesendet.")
    p.sw("LiveTrack automatisch starten", False)
    p.sec("Einblicke")
    p.sw("Active-Intelligence-Einblicke anzeigen", True,
         help="KI-gestützte Zusammenfassungen Ihrer Werte. Für diese Funktion werden Ihre Daten nicht zum Training von Modellen verwendet.")
    p.cb("Wöchentliche Zusammenfassung per E-Mail", True)
    p.sec("Nutzung Ihrer Daten durch Garmin")
    p.radios("Meine Aktivitätsdaten zum Training von KI-Modellen verwenden", ["Zulassen", "Nicht zulassen"], 1,
             ai="p", share=[True, False])
    p.bsw("Garmin beim Verbessern der Coach-Funktionen helfen", True, ai="v", mode="text",
          help="Dazu werden Ihre Trainingsverläufe genutzt, um die Modelle hinter Garmin Coach und der "
               "Trainingsbereitschaft weiterzuentwickeln und neu zu trainieren.")
    p.state("Widerspruch gegen Modelltraining:", "nicht eingelegt", "Widerspruch einlegen", ai="i", sharing=True,
            suffix="gegen die Verwendung meiner Daten für Modelltraining")
    with p.hidden("dialog", "Forschungsprogramm"):
        p.cb("Schlafdaten für das Training von Gesundheitsmodellen freigeben", True)
    p.sec("Ihre Daten")
    p.btn("Daten exportieren")
    p.btn("Konto löschen")
    p.cb("Produktneuheiten und Angebote per E-Mail", False)
    p.select("Maßeinheiten", ["Metrisch", "Imperial"], 0)
    p.cb("Erinnerungen zum Schlafengehen", True)
    return p


def lumio():
    p = mk("lumio-brille-datenschutz", "https://konto.lumio-brillen.test/einstellungen/datenschutz", "Lumio",
           "Datenschutz & Daten",
           "Erfundene Smart-Glasses-App (du). Segmentierte Buttons mit klarer KI-Frage, Auswahlfeld, dessen Bezug "
           "zum Training nur in Überschrift und Einleitung steht, invertierte Checkbox in geschlossenem <details>. "
           "Versteckt: Schalter im inaktiven Tab „Labs“. Köder: Live-Übersetzung, Bildbeschreibung, Aufnahme-LED.",
           [("Meine Brille", "/brille", False), ("Medien", "/medien", False), ("Datenschutz", "/einstellungen/datenschutz", True),
            ("Hilfe", "/hilfe", False)], du=True, account="Kim")
    with p.tabs(["Allgemein", "Labs"]) as panel:
        with panel(0):
            p.sec("Kamera")
            p.sw("Aufnahme-LED immer anzeigen", True)
            p.select("Fotoqualität", ["Standard", "Hoch"], 1)
            p.sw("Fotos automatisch in die Galerie importieren", True)
            p.seg("Fotos der Brillenkamera für KI-Training nutzen", ["An", "Aus"], 0, ai="p", share=[True, False])
            p.sec("Assistent")
            p.sw("Live-Übersetzung", False, help="Übersetzt Gespräche direkt auf deiner Brille. Die Verarbeitung erfolgt auf dem Gerät.")
            p.sw("Bildbeschreibung „Was sehe ich?“", True)
            p.select("Aktivierungswort", ["„Hey Lumio“", "Nur Tippen am Bügel"], 0)
            p.sec("Training unserer Sprachmodelle",
                  "Sprachaufnahmen, die nach dem Aktivierungswort entstehen, können uns helfen, die Spracherkennung zu "
                  "trainieren. Lege fest, was mit deinen Aufnahmen passiert.")
            p.select("Deine Sprachaufnahmen", ["Nicht verwenden", "Verwenden, wenn ich sie markiere", "Immer verwenden"], 0,
                     ai="h", share=[False, True, True])
            p.btn("Sprachverlauf löschen")
            with p.details("Erweiterte Optionen"):
                p.cb("Meine Umgebungsscans vom Modelltraining ausschließen", True, ai="i")
                p.cb("Standort in Fotos speichern", False)
        with panel(1):
            p.sec("Labs")
            p.sw("Videoclips für das Training experimenteller Modelle teilen", False)
    p.sec("Benachrichtigungen")
    p.cb("Hinweis, wenn der Akku schwach ist", True)
    p.cb("Neuigkeiten und Angebote", False)
    return p


def schichtwerk():
    p = mk("schichtwerk-datennutzung", "https://cloud.schichtwerk.test/konto/datennutzung", "Schichtwerk",
           "Datennutzung",
           "Erfundene 3D-Drucker-Cloud (Sie). Tabelle mit Spalte „Für KI-Training freigeben“ neben Cloud-Backup, "
           "vage Radiogroup (aria-labelledby) mit Hilfetext zum Training. Versteckt: Zeile mit hidden-Attribut. "
           "Köder: KI-Fehlererkennung als Funktion, Fernzugriff, Druckerfreigabe.",
           [("Drucker", "/drucker", False), ("Aufträge", "/auftraege", False), ("Datennutzung", "/konto/datennutzung", True),
            ("Abo", "/abo", False)])
    p.sec("Fernzugriff")
    p.sw("Fernsteuerung über die App erlauben", True)
    p.sw("Kamerastream im LAN-Modus", False)
    p.select("Drucker teilen mit", ["Niemandem", "Meinem Team", "Allen mit Link"], 1)
    p.sec("Fehlererkennung", "Die KI-Fehlererkennung pausiert den Druck, wenn sich Filament ablöst oder verknäult.")
    p.sw("Fehlererkennung aktiv", True)
    p.select("Empfindlichkeit", ["Niedrig", "Mittel", "Hoch"], 2)
    p.sec("Speicherung und Freigabe")
    p.table("Umgang mit Ihren Druckdaten", [("Cloud-Backup", None), ("Für KI-Training freigeben", "p")],
            [("Druckprotokolle", [True, False]), ("Kamerabilder der Druckplatte", [True, True])], corner="Daten")
    p.rgroup("Qualitätsprogramm", ["Teilnehmen", "Nicht teilnehmen"], 0, ai="v", share=[True, False],
             help="Im Qualitätsprogramm trainieren wir mit Ihren Druckdaten die Fehlererkennung und die automatische Kalibrierung.")
    with p.hidden("hidden", "Slicer-Profile"):
        p.rgroup("Slicer-Einstellungen für das Training des Profilassistenten verwenden", ["Ja", "Nein"], 0, share=[True, False])
    p.sec("Kommunikation")
    p.cb("E-Mail bei Druckende", True)
    p.cb("Newsletter", False)
    p.btn("Alle Druckdaten herunterladen")
    p.select("Aufbewahrung abgeschlossener Aufträge", ["30 Tage", "1 Jahr", "Unbegrenzt"], 1)
    p.cb("Push-Mitteilung bei Filamentende", True)
    p.btn("Zugangstoken widerrufen")
    return p


def pendla():
    p = mk("pendla-privatsphaere", "https://app.pendla.test/profil/privatsphaere", "Pendla",
           "Privatsphäre",
           "Erfundene E-Bike-App (Sie). Schalter, dessen KI-Bezug nur in Überschrift/Einleitung steht, invertierter "
           "Button-Switch per aria-labelledby, Statuszeile mit klarem Namen. Versteckt: display:none. Köder: "
           "Diebstahlalarm, Reichweitenprognose als Funktion, Servicepartner.",
           [("Mein E-Bike", "/bike", False), ("Fahrten", "/fahrten", False), ("Service", "/service", False),
            ("Privatsphäre", "/profil/privatsphaere", True)])
    p.sec("Diebstahlschutz")
    p.sw("Alarm bei Bewegung des abgestellten Rads", True)
    p.sw("GPS-Ortung aktivieren", True)
    p.select("Ortung teilen mit", ["Niemandem", "Haushaltsmitgliedern"], 1)
    p.sec("Reichweite")
    p.sw("Reichweitenprognose anzeigen", True, help="Berechnet die Restreichweite aus Akkustand, Höhenprofil und Unterstützungsstufe.")
    p.select("Standard-Unterstützungsstufe", ["Eco", "Tour", "Sport", "Turbo"], 1)
    p.sec("Maschinelles Lernen",
          "Wir trainieren unsere Modelle für Reichweitenprognose und Diebstahlerkennung mit Fahrdaten unserer Kundinnen und Kunden.")
    p.sw("Fahrdaten beisteuern", False, ai="h")
    p.bsw("Meine Standortverläufe vom KI-Training ausnehmen", False, ai="i", mode="by", vis="Aus")
    p.state("Nutzung Ihrer Motordaten für das Training von KI-Modellen:", "aktiv", "Deaktivieren", ai="p", sharing=True,
            suffix="Nutzung der Motordaten für KI-Training")
    with p.hidden("display", "Akku-Analyse"):
        p.cb("Ladezyklen für das Training des Akku-Modells freigeben", True)
    p.sec("Service")
    p.cb("Servicepartner darf Fehlercodes einsehen", True)
    p.cb("Erinnerung an Inspektion", True)
    p.cb("Angebote für Zubehör", False)
    p.btn("Fahrtenbuch exportieren")
    p.btn("Rad vom Konto entfernen")
    p.cb("Wöchentlicher Fahrtenbericht", False)
    p.select("Einheiten", ["Kilometer", "Meilen"], 0)
    p.sw("Licht automatisch einschalten", True)
    return p


def weitblick():
    p = mk("weitblick-vr-datenschutz", "https://weitblick-vr.test/account/datenschutz", "Weitblick VR",
           "Datenschutz",
           "Erfundenes VR-Headset (du). Native Checkbox mit klarem Trainingsnamen, vages Radio-Fieldset „Datenspende“ "
           "mit Hilfetext, invertierter Schalter (keine Mitschnitte nutzen). Versteckt: Klasse mit display:none. "
           "Köder: Foveated Rendering, Sprachchat-Moderation, Freundesliste.",
           [("Bibliothek", "/bibliothek", False), ("Freunde", "/freunde", False), ("Headset", "/headset", False),
            ("Datenschutz", "/account/datenschutz", True)], du=True, account="Profil", hide_class="u-hidden")
    p.sec("Headset")
    p.sw("Eye-Tracking", True, help="Für Foveated Rendering – die Augenbilder bleiben auf dem Headset.")
    p.sw("Handtracking", True)
    p.select("Spielbereich", ["Stationär", "Raumskala"], 1)
    p.sec("Sozial")
    p.select("Wer darf dir Freundschaftsanfragen schicken?", ["Alle", "Freunde von Freunden", "Niemand"], 0)
    p.cb("Online-Status anzeigen", True)
    p.sw("Automatische Moderation im Sprachchat", True, help="Beleidigungen werden in Echtzeit stummgeschaltet.")
    p.sec("Deine Daten und unsere KI")
    p.cb("Meine Bewegungsdaten zum Trainieren der Tracking-KI verwenden", True, ai="p")
    p.radios("Datenspende", ["Ja, spenden", "Nein"], 1, ai="v", share=[True, False],
             help="Gespendete Augen- und Handbewegungen fließen in das Training unserer Rendering- und Gestenmodelle ein.")
    p.sw("Keine Sprachchat-Mitschnitte für die Modellverbesserung nutzen", True, ai="i")
    with p.hidden("class", "Avatar-Studio"):
        p.sw("Gesichtsscans für das Training des Avatar-Generators nutzen", False)
    p.sec("Sonstiges")
    p.cb("Absturzberichte senden", True)
    p.cb("Newsletter mit Spieletipps", False)
    p.btn("Daten herunterladen")
    p.btn("Spielverlauf zurücksetzen")
    p.cb("Mitteilungen zu Freundschaftsanfragen", True)
    p.select("Jugendschutz-PIN anfordern für", ["Käufe", "Käufe und soziale Funktionen"], 0)
    p.sw("Passthrough beim Verlassen des Spielbereichs", True)
    return p


def pages():
    return [garmin(), lumio(), schichtwerk(), pendla(), weitblick()]
