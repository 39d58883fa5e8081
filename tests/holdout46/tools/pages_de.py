from lib import Page


def chefkoch():
    p = Page("de", "chefkoch-datenschutz", "https://www.chefkoch.de/benutzer/einstellungen/datenschutz",
             "Chefkoch", "Datenschutz", known=True, kind="Rezeptportal",
             notes="Rekonstruktion eines bekannten Dienstes (du-Form). Klare Checkbox zur Freigabe für KI-Training "
                   "(an); Infinitiv-Schalter „Meine Fotos vom KI-Training ausschließen“ (an → keine Nutzung). "
                   "Köder: KI-Rezeptvorschläge aus dem eigenen Kochbuch, Einkaufsliste, Werbung, "
                   "Benachrichtigungsmatrix. Versteckt: visibility:hidden-Block mit Weitergabe an Partner.",
             lead="Hier legst du fest, wer deine Inhalte sieht und wofür wir sie verwenden dürfen.",
             nav=["Profil", "Meine Rezepte", "Kochbuch", "Benachrichtigungen", "Datenschutz", "Abo & Werbung"],
             nav_current=4)
    with p.section("Sichtbarkeit"):
        p.select("Wer darf mein Kochbuch sehen?", ["Alle", "Nur Freunde", "Nur ich"], 0)
        p.checkbox("Mein Profilbild in Kommentaren anzeigen", True)
        p.checkbox("Meine Bewertungen öffentlich anzeigen", True)
        p.switch("Andere Mitglieder dürfen mir private Nachrichten schicken", True)
    with p.section("Rezeptvorschläge"):
        p.switch("KI-Rezeptvorschläge auf der Startseite anzeigen", True,
                 help="Die Vorschläge werden aus deinem Kochbuch und deinen Suchanfragen nur für dich zusammengestellt.")
        p.switch("Einkaufsliste automatisch nach Supermarkt-Abteilungen sortieren", True)
        p.checkbox("Nährwerte pro Portion anzeigen", True)
    with p.section("Künstliche Intelligenz",
                   "Wir entwickeln eigene KI-Modelle, zum Beispiel für die Rezeptsuche und die Zutatenerkennung."):
        p.checkbox("Meine Rezepte und Kommentare für das Training von KI-Modellen freigeben", True, ai="p")
        p.switch("Meine Fotos vom KI-Training ausschließen", True, ai="i",
                 help="Gilt für Rezeptfotos und „Nachgekocht“-Bilder.")
    with p.hidden("visibility"):
        p.checkbox("Rezeptvideos an Partner zum Trainieren von KI weitergeben", False, ai="p")
    with p.section("Darstellung"):
        p.segmented("Rezeptansicht", ["Kacheln", "Liste"], 0)
        p.checkbox("Zutaten beim Kochen abhaken", True)
    with p.section("Werbung"):
        p.radios("Werbung auf Chefkoch", ["Personalisierte Werbung", "Nicht personalisierte Werbung"], 0)
        p.checkbox("Angebote von Partnern per E-Mail", False)
    with p.section("Benachrichtigungen"):
        p.table(None, "Ereignis", ["E-Mail", "Push"],
                ["Kommentare zu meinen Rezepten", "Neue Rezepte von Köchen, denen ich folge"],
                [[True, True], [False, True]])
    p.button("Meine Daten herunterladen")
    return p


def lieferando():
    p = Page("de", "lieferando-datenschutz", "https://www.lieferando.de/account/datenschutz",
             "Lieferando", "Datenschutz-Einstellungen", known=True, kind="Essenslieferung",
             notes="Rekonstruktion eines bekannten Dienstes. Klares Auswahlfeld (Nein gewählt); Widerspruchs-Zeile "
                   "(kein Widerspruch eingelegt → Nutzung) mit Schaltfläche „Widersprechen“ und visuell verstecktem "
                   "Zusatz. Köder: Empfehlungen im Konto, Speisekarten-Übersetzung, Kanalmatrix, Trinkgeld. "
                   "Versteckt: hidden-Attribut mit Partner-Restaurant-Schalter.",
             lead="Verwalte, wie Lieferando deine Daten nutzt.",
             nav=["Persönliche Daten", "Adressen", "Bestellungen", "Zahlungsarten", "Stempelkarten", "Datenschutz"],
             nav_current=5)
    with p.section("Personalisierung"):
        p.switch("Restaurantempfehlungen auf Basis meiner Bestellungen", True,
                 help="Empfehlungen werden nur in deinem Konto angezeigt.")
        p.switch("Personalisierte Angebote in der App", True)
        p.checkbox("Personalisierte Werbung auf anderen Websites", False)
    with p.section("KI bei Lieferando",
                   "Wir setzen KI ein, um Lieferzeiten zu schätzen, Speisekarten zu übersetzen und dir passende "
                   "Gerichte zu zeigen."):
        p.select("Bestellverlauf zum Trainieren von KI-Modellen nutzen", ["Ja", "Nein"], 1, ai="p", sharing=False)
        p.switch("Speisekarten automatisch übersetzen", True)
        p.state_row("Widerspruch gegen KI-Training",
                    "Kein Widerspruch eingelegt – deine Bewertungen und Chats mit dem Kundenservice können für das "
                    "Training verwendet werden.",
                    "Widersprechen", " – Nutzung meiner Bewertungen und Servicechats für das KI-Training",
                    ai="i", sharing=True)
    with p.hidden("attr", title="Datenweitergabe an Partner-Restaurants"):
        p.switch("Partner-Restaurants dürfen mit meinen Bestelldaten eigene KI-Modelle trainieren", False, ai="p")
    with p.section("Kommunikation"):
        p.table(None, "Nachricht", ["Push", "E-Mail", "SMS"], ["Bestellstatus", "Angebote und Gutscheine"],
                [[True, True, False], [False, True, False]])
    with p.section("Bestellung"):
        p.radios("Trinkgeld-Voreinstellung", ["Kein Trinkgeld", "5 %", "10 %"], 0, mode="rg")
        p.checkbox("Meinen Vornamen bei Bewertungen anzeigen", True)
    with p.section("Deine Daten"):
        p.button("Datenauskunft anfordern")
        p.button("Konto löschen", cls="danger")
    return p


def wanderbett():
    p = Page("de", "wanderbett-daten-privatsphaere", "https://www.wanderbett.test/konto/einstellungen/daten",
             "Wanderbett", "Daten & Privatsphäre", kind="Hütten- und Herbergsbuchung",
             notes="Erfundener Hüttenbuchungsdienst (Sie-Form). Zwei Schalter, deren Namen („Meine "
                   "Hüttenbewertungen“, „Fotos aus meinem Tourenbuch“) nur durch die Abschnittsüberschrift zum "
                   "KI-Training gehören. Köder: Etappenvorschläge, Wetterwarnungen, Statistik ohne KI-Training. "
                   "Versteckt: geschlossener Dialog mit Freigabe älterer Fotos.",
             lead="Hütten, Herbergen und Tourenplanung – hier steuern Sie, was mit Ihren Angaben geschieht.",
             nav=["Mein Profil", "Reservierungen", "Tourenbuch", "Daten & Privatsphäre", "Mitgliedsausweise"],
             nav_current=3)
    with p.section("Profil"):
        p.select("Sichtbarkeit Ihres Tourenbuchs", ["Öffentlich", "Nur Tourenpartner", "Privat"], 1)
        p.checkbox("Alpenvereins-Mitgliedsnummer bei Buchungen übermitteln", True)
        p.textfield("Notfallkontakt", "Jana Brenner, 0171 2233445")
    with p.section("Routen-Assistent", "Der Routen-Assistent schlägt Etappen zwischen Hütten vor."):
        p.switch("Etappenvorschläge anzeigen", True)
        p.switch("Wetterwarnungen für gebuchte Etappen", True)
        p.segmented("Höhenangaben", ["Meter", "Fuß"], 0)
    with p.section("Training unserer Empfehlungs-KI",
                   "Wanderbett trainiert eigene Modelle, die Hütten und Etappen vorschlagen. Legen Sie fest, welche "
                   "Ihrer Inhalte dafür genutzt werden dürfen."):
        p.switch("Meine Hüttenbewertungen", True, ai="h")
        p.switch("Fotos aus meinem Tourenbuch", False, ai="h")
    with p.hidden("dialog", title="Ältere Fotos freigeben?", opener="Bildrechte verwalten"):
        p.checkbox("Auch ältere Tourenbuch-Fotos für das KI-Training verwenden", False, ai="p")
        p.button("Freigeben")
        p.button("Abbrechen")
    with p.section("Zahlung"):
        p.select("Bevorzugte Zahlungsart", ["Kreditkarte", "PayPal", "Lastschrift"], 1)
        p.checkbox("Rechnung per E-Mail", True)
    with p.section("Newsletter"):
        p.radios("Newsletter", ["Monatlich", "Nur zur Saisoneröffnung", "Nie"], 1, mode="rg")
        p.checkbox("Angebote von Partnerhütten", False)
    with p.section("Statistik"):
        p.checkbox("Anonyme Nutzungsstatistik senden", True,
                   help="Hilft uns, die Buchungsstrecke zu verbessern. Diese Daten fließen nicht in ein KI-Training ein.")
    with p.details("Weitere Einstellungen"):
        p.checkbox("Reservierungen im Kalender-Abo anzeigen", True)
        p.button("Kalender-Link neu erzeugen")
    return p


def tischlein():
    p = Page("de", "tischlein-betrieb-datenschutz", "https://app.tischlein.test/betrieb/einstellungen/datenschutz",
             "Tischlein", "Datenschutz & KI", kind="Reservierungssystem für Restaurants (Team)",
             notes="Erfundenes Reservierungs- und Kassensystem für einen Betrieb; Teamdaten. Klare Radiogruppe "
                   "(„Nicht erlauben“ gewählt); Partizip „… vom KI-Training ausgeschlossen“ (nicht angehakt → "
                   "Nutzung); vages Qualitätsprogramm, nur im Hilfetext erklärt. Köder: Auslastungsprognose aus "
                   "eigenen Daten, KI-Antwortentwürfe, Schulungsvideos, Rechtematrix. Versteckt: CSS-Klasse.",
             lead="Einstellungen für Ihren Betrieb „Gasthaus Zur Linde“. Änderungen gelten für alle Teammitglieder.",
             nav=["Reservierungen", "Tischplan", "Team", "Kasse", "Gästedaten", "Datenschutz & KI"], nav_current=5)
    with p.section("Gästedaten"):
        p.select("Gästeprofile automatisch löschen nach", ["12 Monaten", "24 Monaten", "36 Monaten"], 1)
        p.checkbox("Allergien im Gästeprofil speichern", True)
        p.checkbox("Geburtstage von Stammgästen im Reservierungsbuch anzeigen", True)
    with p.section("Tischlein-Assistent"):
        p.switch("Auslastungsprognose im Tischplan anzeigen", True,
                 help="Die Prognose wird aus Ihren eigenen Reservierungen berechnet.")
        p.switch("Antworten auf Gästenachrichten als Entwurf vorschlagen", False)
    with p.section("Datennutzung für KI"):
        p.radios("Gästenotizen für das Training von KI-Modellen verwenden", ["Erlauben", "Nicht erlauben"], 1,
                 ai="p", sharing=False)
        p.checkbox("Kassen- und Schichtdaten meines Teams vom KI-Training ausgeschlossen", False, ai="i")
        p.switch("Am Tischlein-Qualitätsprogramm teilnehmen", True, ai="v",
                 help="Ihre Reservierungs- und Kassendaten fließen pseudonymisiert in das Training unserer "
                      "Prognosemodelle ein.")
    with p.hidden("class"):
        p.switch("Gästebewertungen an Partner zum KI-Training übermitteln", False, ai="p")
    with p.section("Online-Reservierung"):
        p.select("Maximale Gruppengröße online", ["6 Personen", "8 Personen", "12 Personen"], 1)
        p.textfield("Stornierungsfrist (Stunden)", "24", typ="number")
        p.checkbox("Warteliste bei ausgebuchten Zeiten anbieten", True)
        p.radios("Anzahlung bei Gruppen", ["Keine", "10 € pro Person", "20 € pro Person"], 1, mode="rg")
    with p.section("Team"):
        p.table("Berechtigungen", "Rolle", ["Reservierungen bearbeiten", "Umsätze sehen"],
                ["Küche", "Service", "Aushilfen"], [[False, False], [True, False], [True, False]])
    with p.section("Schulungen"):
        p.switch("Schulungsvideos für neue Mitarbeitende freischalten", True,
                 help="Kurze Einweisungen in Tischplan und Kasse.")
    p.button("Auftragsverarbeitungsvertrag herunterladen")
    return p


def speisekompass():
    p = Page("de", "speisekompass-ki-und-daten", "https://speisekompass.test/einstellungen/ki-und-daten",
             "Speisekompass", "KI & Daten", kind="Ernährungstagebuch",
             notes="Erfundenes Ernährungstagebuch (du-Form). Imperativ „Nutze meine Essensfotos nicht …“ (angehakt); "
                   "Einwilligung erteilt mit „Einwilligung widerrufen“ (Nutzung); vages Research-Auswahlfeld "
                   "(Inaktiv); klarer Partner-Schalter (aus). Köder: Trainingseinheiten/Workouts, Fotoerkennung "
                   "auf dem Gerät, Absturzberichte ohne KI-Training. Versteckt: aria-hidden-Block.",
             lead="Speisekompass erkennt Mahlzeiten auf Fotos und schätzt Nährwerte. So bestimmst du, was mit "
                  "deinen Daten passiert.",
             nav=["Profil", "Ziele", "Tagebuch", "Verbundene Geräte", "KI & Daten", "Abo"], nav_current=4)
    with p.section("Tagebuch"):
        p.select("Energieeinheit", ["kcal", "kJ"], 0)
        p.textfield("Tagesziel (kcal)", "2000", typ="number")
        p.checkbox("Wasserzähler im Tagebuch anzeigen", True)
        p.checkbox("Makronährstoffe in Gramm anzeigen", False)
        p.switch("Kalorien aus Trainingseinheiten gutschreiben", True,
                 help="Übernimmt verbrannte Kalorien aus deinen Trainingsplänen und Workouts.")
    with p.section("Ziele"):
        p.segmented("Ziel", ["Abnehmen", "Gewicht halten", "Zunehmen"], 1)
        p.select("Wöchentliches Tempo", ["0,25 kg", "0,5 kg", "0,75 kg"], 1)
        p.checkbox("Ziel an Ruhetagen anpassen", False)
    with p.section("Fotoerkennung"):
        p.switch("Mahlzeiten auf Fotos erkennen", True, help="Die Erkennung läuft direkt auf deinem Gerät.")
        p.checkbox("Nutze meine Essensfotos nicht für KI-Training", True, ai="i")
    with p.section("Einwilligungen und Forschung"):
        p.state_row("Einwilligung: Ernährungstagebuch für das KI-Training", "Erteilt am 3. März 2025",
                    "Einwilligung widerrufen", " – Ernährungstagebuch im KI-Training", ai="i", sharing=True)
        p.select("Teilnahme an Speisekompass Research", ["Aktiv", "Inaktiv"], 1, ai="v", sharing=False,
                 help="Mit Research helfen deine Tagebuchdaten, gemeinsam mit Hochschulpartnern neue "
                      "Ernährungsmodelle zu trainieren.")
        p.switch("Partnern erlauben, mit meinen importierten Rezepten KI zu trainieren", False, ai="p")
    with p.hidden("aria"):
        p.checkbox("Sprachnotizen zum Trainieren der Spracherkennung verwenden", True, ai="p")
    with p.section("Verbundene Geräte"):
        p.state_row("Garmin Connect", "Verbunden", "Trennen", mode="lby")
        p.state_row("Apple Health", "Nicht verbunden", "Verbinden", mode="lby")
    with p.section("Benachrichtigungen"):
        p.segmented("Erinnerungen an Mahlzeiten", ["Aus", "Morgens & abends", "Zu jeder Mahlzeit"], 1)
        p.checkbox("Wochenrückblick per E-Mail", True)
    with p.section("Diagnose"):
        p.checkbox("Absturzberichte senden", True,
                   help="Enthalten nur technische Angaben und werden nicht für KI-Training verwendet.")
    p.button("Daten exportieren (CSV)")
    return p


PAGES = [chefkoch, lieferando, wanderbett, tischlein, speisekompass]
