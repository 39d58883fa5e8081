from lib import Page


def db():
    P = Page("de", "db-kundenkonto-datenschutz", "https://www.bahn.de/buchung/kundenkonto/datenschutz",
             "Datenschutz-Einstellungen", "Deutsche Bahn", real=True, user="Jana Weber",
             nav=["Persönliche Daten", "Zahlungsmittel", "BahnBonus", "BahnCard", "Benachrichtigungen", "Datenschutz"], current=5,
             intro="Hier legen Sie fest, wie wir Ihre Daten aus bahn.de und dem DB Navigator verwenden.",
             notes="Bahn-Kundenkonto (Nachbau). Invertierte Checkbox 'Meine Reisedaten nicht … verwenden' nicht angehakt (sharing true); "
                   "Statuszeile 'Einwilligung erteilt' mit Aktion 'Einwilligung … widerrufen' (Mittelteil sr-only): sharing true. "
                   "Köder: Komfort-Check-in, lokale Reiseplan-Vorschläge, Chat-Assistent ohne Training, Werbung, Nutzungsanalyse. Versteckter Köder mit hidden-Attribut.")
    with P.sec("Reisen und Standort"):
        P.cb("Standort für den Komfort-Check-in verwenden", True,
             help="Damit der Sitzplatz automatisch als kontrolliert gilt, sobald Sie im Zug sind.")
        P.sw("Reiseplan-Vorschläge anzeigen", True, kind="div",
             help="Die Vorschläge werden auf Ihrem Gerät aus Ihren gespeicherten Verbindungen berechnet.")
        P.sel("Vergangene Reisen aufbewahren", ["12 Monate", "36 Monate", "Bis ich sie lösche"], 0)
        P.cb("Verspätungsalarm als Push-Mitteilung", True)
        P.cb("BahnBonus-Punkte automatisch gutschreiben", True)
    with P.sec("KI bei der Deutschen Bahn",
               intro="Wir trainieren eigene KI-Modelle, zum Beispiel für Auslastungsprognosen und den digitalen Reiseassistenten."):
        P.cb("Meine Reisedaten nicht für das Training von KI-Modellen verwenden", False, ai="-", shape="i",
             help="Betrifft gebuchte Verbindungen, Check-ins und Ihren Reiseverlauf.")
        P.state("Kundenservice-Gespräche", "Einwilligung erteilt am 04.02.2025",
                ("Einwilligung", " zur Auswertung meiner Kundenservice-Gespräche für das KI-Training", " widerrufen"),
                ai=True, shape="i",
                help="Nach dem Widerruf werden Aufzeichnungen Ihrer Telefonate nicht mehr zum Trainieren von Sprachmodellen genutzt.")
        P.sw("Chat-Assistent darf meine Buchungen einsehen", True, kind="aria", title="Zugriff des Chat-Assistenten",
             help="Nur für Antworten im laufenden Chat. Ihre Buchungen werden dabei nicht zum Training verwendet.")
    with P.sec("Werbung und Angebote"):
        P.state("Werbe-Einwilligung per Telefon", "Nicht erteilt", "Ändern", kind="lb")
        P.sw("Personalisierte Angebote auf bahn.de", True, kind="div")
        P.cb("Newsletter mit Sparpreis-Aktionen", False)
        P.cb("Werbung auf Partnerseiten anhand meiner Reisen", False)
    with P.sec("Analyse"):
        P.cb("Nutzungsanalyse zur Verbesserung der App", True,
             help="Anonyme Statistik darüber, welche Funktionen genutzt werden. Diese Daten fließen nicht in KI-Trainings ein.")
        P.cb("Absturzberichte automatisch senden", True)
    with P.sec("Ihre Daten"):
        P.btn("Datenauskunft anfordern")
        P.btn("Verknüpfte Konten verwalten")
        P.btn("Kundenkonto löschen")
    with P.sec("Barrierefreiheit & Anzeige"):
        P.cb("Mobilitätsservice bei jeder Buchung anfragen", False)
        P.sel("Schriftgröße", ["Standard", "Groß"], 0)
        P.sw("Untertitel für Service-Videos", True, kind="div",
             help="Die Untertitel werden automatisch erzeugt; dafür werden keine Daten von Ihnen verwendet.")
        P.rad("Bevorzugter Sitzplatz", ["Fenster", "Gang", "Egal"], 0, kind="aria")
    with P.hide("hidden", title="Komfort-Check-in"):
        P.cb("Check-in-Daten dem KI-Training zur Verfügung stellen", True, ai="+")
    return P


def bmw():
    P = Page("de", "mybmw-datenschutz", "https://www.bmw.de/de-de/mybmw/fahrzeug/datenschutz",
             "Datenschutz & Datenfreigaben", "My BMW", real=True, user="Tobias Hartmann",
             nav=["Fahrzeuge", "Termine", "ConnectedDrive Store", "Datenschutz", "Persönliche Daten"], current=3,
             intro="Gilt für Ihren BMW iX xDrive40 (M-TH 4021).",
             notes="Connected Car (Nachbau). Segmentierte Schaltfläche 'Sprachaufnahmen' nur über die Überschrift 'Verbesserung der Sprachmodelle' verständlich; "
                   "div-Schalter für Innenraumkamera-Training; Partizip 'Fahrdaten vom KI-Training ausgeschlossen' in geschlossenem <details> (gelistet). "
                   "Köder: Aktivierungswort im Fahrzeug, Diebstahlschutz-Fotos, Drive Recorder, Fahrtenbuch, Diagnose. Versteckter Köder in geschlossenem <dialog>.")
    with P.sec("Verbindung"):
        P.rad("Datenfreigabe", ["Alle Dienste", "Nur gesetzlich vorgeschriebene Dienste (z. B. eCall)", "Keine Verbindung"], 0,
              help="Bestimmt, welche ConnectedDrive-Dienste Ihr Fahrzeug nutzen darf.")
        P.cb("Fahrzeugstandort in der App anzeigen", True)
        P.cb("Remote Software Upgrades automatisch installieren", True)
    with P.sec("BMW Intelligent Personal Assistant"):
        P.sw("Aktivierungswort „Hey BMW“", True, help="Das Aktivierungswort wird im Fahrzeug erkannt.")
        P.sel("Sprachverarbeitung", ["Online (genauer)", "Nur im Fahrzeug"], 0,
              help="Online werden Sprachbefehle zur Beantwortung an BMW übertragen und anschließend gelöscht.")
    with P.sec("Verbesserung der Sprachmodelle",
               intro="Mit Ihrer Freigabe hören geschulte Mitarbeitende Ausschnitte Ihrer Sprachbefehle an und nutzen sie, um die Spracherkennung zu trainieren."):
        P.seg("Sprachaufnahmen", ["Teilen", "Nicht teilen"], 1, shares=[True, False], shape="h")
    with P.sec("Kameras und Fahrerassistenz"):
        P.sw("Innenraumkamera-Bilder zum Training von Fahrerassistenz-KI nutzen", True, ai="+", kind="div",
             help="Nur Standbilder ohne Ton. Gesichter werden vor der Übertragung unkenntlich gemacht.")
        P.cb("Innenraumkamera für Diebstahlschutz-Fotos verwenden", True, help="Die Fotos werden ausschließlich an Ihre App gesendet.")
        P.cb("Drive Recorder: Aufnahmen bei einem Unfall automatisch sichern", True)
    with P.sec("Fahrdaten"):
        P.cb("Fahrtenbuch in der App führen", True)
        P.sel("Fahrtverlauf speichern", ["30 Tage", "90 Tage", "1 Jahr"], 1)
        with P.details("Weitere Optionen"):
            P.cb("Fahrdaten vom KI-Training ausgeschlossen", True, ai="-", shape="i")
            P.cb("Fahrstil-Analyse im Fahrzeugmenü anzeigen", True)
    with P.sec("Weitere Einstellungen"):
        P.cb("BMW darf mich zu Angeboten kontaktieren", False)
        P.cb("Diagnosedaten an meinen BMW Partner senden", True, help="Für Service-Termine. Kein KI-Training.")
        P.btn("Alle Fahrzeugdaten herunterladen")
        P.btn("Drittanbieter-Apps verwalten")
    with P.sec("Medien & Apps"):
        P.sel("Audioqualität beim Streaming", ["Standard", "Hoch"], 1)
        P.cb("Kalender mit dem Fahrzeug synchronisieren", True)
        P.sw("Explizite Inhalte im Fahrzeug ausblenden", True, kind="aria", title="Jugendschutz")
        P.cb("Zielvorschläge im Navigationssystem", True, help="Werden im Fahrzeug aus Ihren letzten Zielen erstellt.")
        P.sw("Videos im Stand automatisch abspielen", False, kind="div")
    with P.hide("dialog", title="Neue Datenfreigabe"):
        P.sw("Kameradaten für das Training automatisierter Fahrfunktionen freigeben", False, ai="+")
        P.btns("Später", "Zustimmen")
    return P


def stadtflitzer():
    P = Page("de", "stadtflitzer-daten", "https://www.stadtflitzer.test/konto/einstellungen/daten",
             "Daten & Privatsphäre", "Stadtflitzer", user="Lea Brandt",
             nav=["Meine Fahrten", "Führerschein", "Zahlung", "Daten & Privatsphäre", "Benachrichtigungen", "Hilfe"], current=3,
             notes="Carsharing (erfunden). Radiogroup (role=radiogroup, native Radios) mit 'Nur anonymisiert' gewählt (= Training, true); "
                   "Substantiv-Form 'Widerspruch gegen … Schadensfotos für KI-Training' angehakt (false); vager Schalter 'Zur Verbesserung von Flitzer-Assist beitragen' "
                   "(aria-label, sichtbar nur Aus), Training nur im Hilfetext. Köder: Schadenserkennung auf dem Gerät, Werbung, Fehlerberichte. Versteckter Köder per CSS-Klasse.")
    with P.sec("Fahrten"):
        P.cb("Fahrtenverlauf in der App speichern", True)
        P.sw("Lieblingsstandorte vorschlagen", True, kind="div",
             help="Wir schlagen dir Abholorte aus deinen letzten Fahrten vor – berechnet nur für dein Konto.")
        P.sel("Belege per E-Mail", ["Nach jeder Fahrt", "Monatlich", "Nie"], 0)
        P.sel("Standardtarif", ["Minutenpreis", "Stundenpaket", "Tagespaket"], 0)
        P.text("E-Mail für Belege", "lea.brandt@example.org", type="email")
    with P.sec("Künstliche Intelligenz bei Stadtflitzer"):
        P.rad("Nutzung meiner Fahrtdaten für KI-Modelle", ["Erlauben", "Nur anonymisiert", "Nicht erlauben"], 1,
              shares=[True, True, False], kind="rg",
              help="Wir trainieren damit Modelle für Preise und die Verteilung der Fahrzeuge im Stadtgebiet.")
        P.cb("Widerspruch gegen die Verwendung meiner Schadensfotos für KI-Training", True, ai="-", shape="i",
             help="Die Fotos, die du vor Fahrtbeginn machst, dienen dann nur noch der Schadensdokumentation.")
        P.sw("Zur Verbesserung von Flitzer-Assist beitragen", False, ai="+", shape="v", kind="aria", title="Flitzer-Assist",
             help="Dabei werden Lenk-, Brems- und Beschleunigungsdaten deiner Fahrten genutzt, um die Modelle hinter Flitzer-Assist zu trainieren.")
        P.sw("Schadenserkennung per Foto", True,
             help="Die App markiert mögliche Kratzer auf deinen Fotos direkt auf dem Gerät.")
    with P.sec("Im Fahrzeug"):
        P.sel("Bevorzugte Fahrzeugklasse", ["Kleinwagen", "Kompakt", "Transporter"], 0)
        P.cb("Sitz und Spiegel aus meinem Profil übernehmen", True, help="Gespeichert in deinem Konto und beim Öffnen ins Auto geladen.")
        P.sw("Smartphone automatisch per Bluetooth koppeln", True, kind="aria", title="Bluetooth")
        P.seg("Navigationsansicht", ["Karte", "Pfeile"], 0)
        P.cb("Autos mit Kindersitz zuerst anzeigen", False)
        P.cb("Sprachsteuerung im Auto", True, help="Befehle werden im Fahrzeug verarbeitet.")
        P.rad("Tankhinweis anzeigen", ["Immer", "Nur unter 25 % Tankinhalt"], 1)
        P.btn("Führerscheinprüfung erneut starten")
    with P.sec("Kommunikation"):
        P.cb("Push-Nachricht, wenn ein Auto in meiner Nähe frei wird", True)
        P.cb("Newsletter mit Aktionen", False)
        P.sw("Personalisierte Werbung", False, kind="div")
    with P.sec("Sicherheit"):
        P.cb("Zwei-Faktor-Anmeldung", True)
        P.cb("Fehlerberichte senden", True,
             help="Enthält technische Protokolle, keine Fahrtdaten. Wird nicht für KI-Training verwendet.")
        P.btn("Verbundene Geräte anzeigen")
        P.btn("Datenkopie anfordern")
    with P.hide("class", title="Beta"):
        P.cb("Sprachnachrichten an den Support fürs KI-Training nutzen", True, ai="+")
    return P


def parkfuchs():
    P = Page("de", "parkfuchs-datenschutz", "https://app.parkfuchs.test/profil/datenschutz",
             "Datenschutz", "Parkfuchs", user="Murat Yilmaz",
             nav=["Parkvorgänge", "Fahrzeuge", "Zahlung", "Datenschutz", "Benachrichtigungen"], current=3,
             notes="Park-App (erfunden). Onboarding-Schritt mit umschließendem Label 'Kennzeichen-Fotos dürfen … verwendet werden' (nicht angehakt, false); "
                   "Infinitiv-Inversion 'KI-Training mit meinen Parkdaten pausieren' als Schalter an (false). "
                   "Köder: Parkplatz-Prognose aus öffentlichen Daten, Firmenkonto, Nutzungsstatistik. Versteckter Köder mit visibility:hidden.")
    with P.step(3, 4, "Deine Privatsphäre", intro="Fast geschafft! Lege fest, was mit deinen Daten passiert. Du kannst das später jederzeit ändern."):
        P.cb("Kennzeichen-Fotos dürfen zum Trainieren der Kennzeichenerkennung verwendet werden", False, ai="+", kind="wrap")
        P.cb("Parkvorgang automatisch beenden, wenn ich losfahre", True, kind="wrap", help="Nutzt die Bewegungssensoren deines Handys.")
    with P.sec("Parken"):
        P.sel("Standardfahrzeug", ["B-MY 2210 (VW Polo)", "B-MY 7781 (Opel Corsa-e)"], 0)
        P.cb("Erinnerung 10 Minuten vor Ablauf", True)
        P.sw("Parkplatz-Prognose", True, kind="div",
             help="Zeigt, wie wahrscheinlich du in einer Straße einen Platz findest. Berechnet aus öffentlichen Daten, nicht aus deinen Parkvorgängen.")
        P.sw("Standort im Hintergrund verwenden", False)
        P.sw("Schnellzugriff über das Widget", True)
    with P.sec("KI-Training"):
        P.sw("KI-Training mit meinen Parkdaten pausieren", True, ai="-", shape="i",
             help="Solange pausiert, nutzen wir Ort, Dauer und Uhrzeit deiner Parkvorgänge nicht zum Trainieren unserer Prognosemodelle.")
        P.link("Mehr über KI bei Parkfuchs")
    with P.sec("Rechnungen & Firmenkonto"):
        P.cb("Sammelrechnung für Firmenparken", False)
        P.text("Kostenstelle", "VT-204")
        P.cb("Belege an meine Buchhaltung weiterleiten", False)
    with P.sec("Werbung & Statistik"):
        P.cb("Angebote von Partnern (z. B. Waschanlagen)", False)
        P.cb("Anonyme Nutzungsstatistik", True, help="Hilft uns, Fehler zu finden. Nicht für KI-Training.")
        P.btn("Meine Daten exportieren")
    with P.hide("vis"):
        P.sw("Kennzeichenerkennung mit meinen Fotos verbessern", False, ai="+", kind="div")
    return P


def tretmobil():
    P = Page("de", "tretmobil-privatsphaere", "https://www.tretmobil.test/app/konto/privatsphaere",
             "Privatsphäre", "Tretmobil", user="Finn Keller",
             nav=["Fahrten", "Pässe", "Wallet", "Privatsphäre", "Sicherheit", "Hilfe"], current=3,
             notes="E-Scooter (erfunden). Zwei Auswahllisten nur über die Überschrift 'Trainingsdaten für unsere Fahrsicherheits-KI' verständlich "
                   "(eine gesperrt, eine freigegeben); vage Checkbox 'Forschungsprogramm „Sicher Rollern“' mit Training im Hilfetext. "
                   "Köder: Sturzerkennung auf dem Roller, Benachrichtigungstabelle, Crash-Berichte. Versteckter Köder mit aria-hidden.")
    with P.sec("Trainingsdaten für unsere Fahrsicherheits-KI",
               intro="Wir entwickeln Modelle, die Stürze und falsch abgestellte Roller erkennen. Lege pro Datenart fest, ob wir sie dafür verwenden dürfen."):
        P.sel("Fahrtverlauf und GPS-Spur", ["Freigegeben", "Gesperrt"], 1, shares=[True, False], shape="h", kind="lb")
        P.sel("Parkfotos am Fahrtende", ["Freigegeben", "Gesperrt"], 0, shares=[True, False], shape="h")
    with P.sec("Sicher unterwegs"):
        P.cb("Forschungsprogramm „Sicher Rollern“", True, ai="+", shape="v",
             help="Mit deiner Teilnahme fließen Beschleunigungs- und Sturzdaten deiner Fahrten in das Training unserer Sturzerkennungsmodelle ein.")
        P.cb("Sturzerkennung während der Fahrt", True,
             help="Wenn du stürzt, fragen wir nach, ob alles okay ist. Die Erkennung läuft auf dem Roller.")
        P.sel("Notfallkontakt benachrichtigen", ["Sofort", "Nach 2 Minuten ohne Antwort", "Nie"], 1)
    with P.sec("Standort"):
        P.rad("Standortzugriff", ["Immer", "Beim Verwenden der App", "Nie"], 1, kind="aria")
        P.cb("Freunde sehen meine Fahrten", False)
        P.cb("Hinweise zu Abstellzonen anzeigen", True)
        P.sw("Fahrtstatistik im Profil öffentlich anzeigen", False, kind="aria", title="Öffentliche Statistik")
    with P.sec("Benachrichtigungen"):
        P.table(["Thema", "Push", "E-Mail"], [
            ("Fahrtbelege", [P.c_cb(True), P.c_cb(True)]),
            ("Angebote", [P.c_cb(False), P.c_cb(False)]),
        ], naming="row+col")
    with P.sec("Deine Daten"):
        P.cb("Crash-Berichte der App senden", True,
             help="Technische Fehlerprotokolle – sie werden nicht zum Trainieren von Modellen genutzt.")
        P.btn("Datenexport anfordern")
        P.btn("Konto löschen")
    with P.hide("aria"):
        P.sw("Helmkamera-Aufnahmen für KI-Training teilen", False, ai="+")
    with P.hide("classvis"):
        P.cb("Sturzdaten zum Modelltraining freigeben", True, ai="+")
    return P


def pages():
    return [db(), bmw(), stadtflitzer(), parkfuchs(), tretmobil()]
