"""Nederlandse pagina's van blind48 (foto's, herinneringen en familiegeschiedenis)."""
from lib import Page, cell


def google_fotos():
    p = Page("nl", "google-fotos", "https://photos.google.com/settings?hl=nl", "Instellingen - Google Foto's",
             "Google Foto's", "Instellingen",
             "Nagebouwde instellingen van een fotobibliotheek. Schakelaar 'Mijn foto's uitsluiten van "
             "training van generatieve AI' (uit, dus wel gebruik); vaag 'Google Foto helpen verbeteren' "
             "in een gesloten <details>, alleen de hulptekst noemt trainen. Lokkers: gezichtsgroepen, "
             "'Vragen aan Foto's', herinneringen, partner delen. Verborgen AI-lokker met het "
             "hidden-attribuut.",
             ["Foto's", "Verkennen", "Delen", "Albums", "Hulpprogramma's", "Archief", "Prullenbak", "Instellingen"], current=7,
             user="Sanne de Vries", initials="SV")
    with p.section("Back-up"):
        p.switch("Back-up maken van foto's en video's", on=True)
        p.radios("Back-upkwaliteit", ["Opslagbesparing", "Oorspronkelijke kwaliteit"], "Oorspronkelijke kwaliteit")
        p.checkbox("Alleen back-up maken via wifi", checked=True)
    with p.section("Herinneringen"):
        p.switch("Uitgelichte herinneringen tonen", on=True, mode="input")
        p.checkbox("Melding als er een nieuwe herinnering klaarstaat", checked=True)
        p.button("Mensen en huisdieren verbergen")
        p.button("Datums verbergen")
    with p.section("Gezichtsgroepen"):
        p.switch("Vergelijkbare gezichten groeperen", on=True,
                 help="Gezichtsmodellen blijven in je account en worden verwijderd als je dit uitzet.")
    with p.section("Delen"):
        p.state_row("Partner delen", "Uit", "Instellen", suffix="partner delen")
        p.checkbox("Geolocatie verwijderen bij items die via een link worden gedeeld", checked=True)
    with p.section("Generatieve AI", "Magic Editor en andere bewerkingstools werken met generatieve AI."):
        p.switch("Mijn foto's uitsluiten van training van generatieve AI", on=False, ai="i")
        p.switch("Vragen aan Foto's", on=True, help="Stel vragen over je galerij in gewone taal, zoals ‘waar kampeerden we vorige zomer?’.")
        with p.details("Meer opties"):
            p.checkbox("Google Foto helpen verbeteren", checked=False, ai="v",
                       help="Hiermee mag Google de foto's die je bewerkt en je feedback op de resultaten gebruiken om de modellen achter deze tools te trainen.")
            p.checkbox("Bewerkingssuggesties tonen", checked=True)
    with p.hidden("hidden attribute"):
        p.switch("Bewerkingen delen met onderzoeksteams voor modeltraining", on=False, ai="p")
    with p.section("Je gegevens"):
        p.link("Exporteren met Google Takeout", "https://takeout.google.com/")
        p.button("Google Foto-gegevens verwijderen", "btn danger")
    return p


def albelli():
    p = Page("nl", "albelli", "https://www.albelli.nl/mijn-account/privacy", "Privacy | Mijn albelli",
             "albelli", "Privacy-instellingen",
             "Nagebouwde fotoboekwinkel. Duidelijke checkbox 'Sta toe dat albelli mijn foto's gebruikt om "
             "AI-modellen te trainen' (aangevinkt); statusregel 'Bezwaar ingediend · Bezwaar intrekken' met "
             "visueel verborgen achtervoegsel (bezwaar loopt, dus geen gebruik). Lokkers: automatisch vullen "
             "van fotoboeken, rode ogen, gepersonaliseerde aanbiedingen. Verborgen AI-lokker met inline "
             "display:none.",
             ["Overzicht", "Bestellingen", "Mijn projecten", "Adresboek", "Privacy", "Nieuwsbrief"], current=4,
             user="Joost Bakker", initials="JB")
    with p.section("Projecten en foto's"):
        p.select("Geüploade foto's bewaren", ["30 dagen na bestelling", "1 jaar", "Tot ik ze verwijder"], "1 jaar")
        p.checkbox("Projecten synchroniseren tussen apparaten", checked=True)
        p.switch("Fotoboeken automatisch vullen", on=True,
                 help="We plaatsen je foto's automatisch op de pagina's. Dit gebeurt alleen voor je eigen project.")
        p.checkbox("Waarschuw me bij foto's met een te lage resolutie", checked=True)
        p.checkbox("Rode ogen automatisch verwijderen", checked=True)
    with p.section("AI-modellen"):
        p.checkbox("Sta toe dat albelli mijn foto's gebruikt om AI-modellen te trainen", checked=True, ai="p")
        p.state_row("Gebruik van je fotoboeken voor modeltraining", "Bezwaar ingediend op 4 maart 2025", "Bezwaar intrekken",
                    suffix="tegen gebruik van mijn fotoboeken voor modeltraining", ai="i", sharing=False)
        p.link("Meer over hoe we AI gebruiken", "/privacy/ai")
    with p.hidden("inline display:none"):
        p.checkbox("Fotoboeken delen met partners voor AI-training", checked=True, ai="p")
    with p.section("Communicatie"):
        p.checkbox("Nieuwsbrief met aanbiedingen", checked=True)
        p.checkbox("Herinnering voor de jaarkalender", checked=True)
        p.switch("Gepersonaliseerde aanbiedingen", on=False)
        p.radios("Hoe vaak wil je e-mail ontvangen?", ["Wekelijks", "Maandelijks", "Alleen over bestellingen"], "Maandelijks")
    with p.section("Reviews"):
        p.checkbox("Mijn voornaam tonen bij reviews", checked=True)
    with p.section("Je gegevens"):
        p.actions("Opslaan", "Mijn gegevens opvragen")
        p.button("Alle projecten verwijderen", "btn danger")
    return p


def stamboomkist():
    p = Page("nl", "stamboomkist", "https://stamboomkist.test/instellingen/privacy", "Privacy – Stamboomkist",
             "Stamboomkist", "Privacy en gegevensgebruik",
             "Verzonnen genealogiesite. Checkbox 'Mijn stamboom afschermen voor AI-crawlers' (aangevinkt, "
             "geen gebruik); tabel per bron met kolom 'Toestaan' waarvan de vakjes alleen de rijkop als "
             "naam hebben ('Bidprentjes', 'Doop- en trouwakten'), betekenisvol door de kop over het trainen "
             "van het herkenningsmodel; vage schakelaar 'Meedoen aan Project Handschrift' met hulptekst. "
             "Lokkers: zoekmachines, automatisch lezen van akten, cursussen oud schrift. Verborgen "
             "AI-lokker onder aria-hidden.",
             ["Mijn stamboom", "Bronnen", "Forum", "Instellingen", "Lidmaatschap"], current=3,
             user="Willem Jansen", initials="WJ")
    with p.section("Stamboom"):
        p.textbox("Schermnaam", "wjansen_1952")
        p.radios("Wie mag je stamboom bekijken?", ["Iedereen", "Alleen leden", "Alleen ik"], "Iedereen", mode="radiogroup")
        p.checkbox("Levende personen afschermen", checked=True)
        p.checkbox("Mijn stamboom afschermen voor AI-crawlers", checked=True, ai="i",
                   help="We weigeren bots van AI-bedrijven die openbare stambomen verzamelen als trainingsdata.")
        p.checkbox("Zoekmachines mogen mijn stamboom tonen", checked=True)
    with p.section("Trainen van ons herkenningsmodel",
                   "Ons model leest oude akten en bidprentjes. Geef per bron aan of jouw scans gebruikt mogen worden om het te trainen."):
        p.table("Per bron", ["Bron", "Aantal scans", "Toestaan"], [
            ("Bidprentjes", ["214", cell(True, "r", ai="h")]),
            ("Doop- en trouwakten", ["96", cell(True, "r", ai="h")]),
        ])
    with p.section("Vrijwilligers"):
        p.switch("Meedoen aan Project Handschrift", on=False, ai="v", how="near",
                 help="Je correcties van automatisch gelezen akten worden trainingsdata voor ons model.")
        p.switch("Akten automatisch laten lezen", on=True, help="De tekst komt alleen in jouw bronnenoverzicht.")
        p.checkbox("Uitnodigingen voor cursussen oud schrift", checked=False)
    with p.hidden("aria-hidden"):
        p.switch("Scans aanbieden aan AI-partners", on=True, ai="p")
    with p.section("Forum"):
        p.select("E-mail bij reacties", ["Direct", "Dagelijks", "Nooit"], "Dagelijks")
        p.checkbox("Mijn handtekening tonen", checked=True)
        p.checkbox("Berichten in het archief bewaren", checked=True)
    with p.section("Lidmaatschap"):
        p.link("Stamboom exporteren als GEDCOM", "/export")
        p.actions("Wijzigingen opslaan", "Lidmaatschap opzeggen")
    return p


def kiekje():
    p = Page("nl", "kiekje", "https://app.kiekje.test/instellingen", "Instellingen · Kiekje",
             "Kiekje", "Instellingen",
             "Verzonnen app om gezinsfoto's met opa en oma te delen. Segmentknoppen 'Foto's van de kinderen "
             "gebruiken voor AI-training' op 'Uit'; radiogroep 'Bezwaar tegen gebruik van gezinsfoto's voor "
             "modeltraining' op 'Geen bezwaar' (dus wel gebruik); schakelaar voor spraakberichten van opa en "
             "oma (aan). Lokkers: jaaroverzicht, spraakberichten uitschrijven, fotolijst, meldingentabel. "
             "Verborgen AI-lokker in een gesloten dialoog.",
             ["Tijdlijn", "Albums", "Familie", "Instellingen"], current=3,
             user="Lotte Visser", initials="LV")
    with p.section("Familie"):
        p.state_row("Familieleden", "6 personen", "Beheren", suffix="wie er in de familie zit")
        p.checkbox("Opa en oma mogen foto's doorsturen", checked=False)
        p.radios("Wie mag nieuwe foto's plaatsen?", ["Alleen ouders", "Alle familieleden"], "Alleen ouders")
    with p.section("Fotolijst"):
        p.checkbox("Nieuwe foto's ook op de fotolijst van oma tonen", checked=True)
        p.select("Wisselen na", ["30 seconden", "2 minuten", "10 minuten"], "2 minuten")
    with p.section("Slimme functies"):
        p.switch("Automatisch jaaroverzicht maken", on=True, help="Het overzicht wordt alleen voor jullie familie gemaakt.")
        p.switch("Spraakberichten uitschrijven", on=True)
    with p.section("AI-training"):
        p.segmented("Foto's van de kinderen gebruiken voor AI-training", ["Aan", "Uit"], "Uit", ai="p", yes=["Aan"])
        p.radios("Bezwaar tegen gebruik van gezinsfoto's voor modeltraining", ["Geen bezwaar", "Bezwaar"], "Geen bezwaar",
                 ai="i", yes=["Geen bezwaar"])
        p.switch("Spraakberichten van opa en oma gebruiken om onze spraakherkenning te trainen", on=True, ai="p")
        with p.dialog("Toestemmingen bekijken", "Je toestemmingen"):
            p.checkbox("Familiealbums beschikbaar stellen voor modeltraining", checked=False, ai="p")
            p.button("Bevestigen")
    with p.section("Meldingen"):
        p.table("Meldingen", ["Gebeurtenis", "Pushbericht", "E-mail"], [
            ("Nieuwe foto's", [cell(True), cell(False)]),
            ("Reacties", [cell(True), cell(True)]),
        ])
        p.button("Alle foto's downloaden")
    return p


def levensboek():
    p = Page("nl", "levensboek", "https://levensboek.test/account/gegevens", "Gegevens en privacy – Levensboek",
             "Levensboek", "Gegevens en privacy",
             "Verzonnen levensboek-dienst. Schakelaar 'Geschreven hoofdstukken' die alleen door de kop "
             "'Training van onze taalmodellen' en de inleiding betekenis krijgt (aan); checkbox "
             "'Ingesproken herinneringen niet gebruiken voor training' (aangevinkt). Lokkers: "
             "vervolgvragen, uitschrijven, gebruiksstatistieken zonder training. Verborgen AI-lokker via een "
             "CSS-klasse met display:none.",
             ["Mijn levensboek", "Vragen", "Familie", "Gegevens en privacy", "Boek bestellen"], current=3,
             user="Gerda Smit", initials="GS", hide_class="verborgen")
    with p.section("Schrijven"):
        p.select("Wekelijkse vraag per e-mail", ["Maandag", "Woensdag", "Zondag", "Nooit"], "Zondag")
        p.switch("Vervolgvragen voorstellen", on=True,
                 help="Vervolgvragen worden gemaakt op basis van je antwoord en niet bewaard.")
        p.switch("Ingesproken verhalen uitschrijven", on=True)
        p.checkbox("Spellingcontrole", checked=True)
    with p.section("Wie leest mee"):
        p.radios("Wie mag je levensboek lezen?", ["Alleen ik", "Familie", "Iedereen met de link"], "Familie", mode="custom")
        p.checkbox("Familie mag reageren op hoofdstukken", checked=True)
        p.button("Familie uitnodigen")
    with p.section("Training van onze taalmodellen",
                   "Bepaal welke onderdelen van je levensboek we mogen gebruiken om onze taalmodellen te trainen."):
        p.switch("Geschreven hoofdstukken", on=True, mode="content", ai="h")
        p.checkbox("Ingesproken herinneringen niet gebruiken voor training", checked=True, ai="i")
    with p.hidden("css class display:none"):
        p.switch("Hoofdstukken delen met een AI-onderzoekslab", on=False, ai="p")
    with p.section("Statistieken"):
        p.checkbox("Anonieme gebruiksstatistieken delen", checked=True,
                   help="Alleen tellingen van bezoeken; we trainen er geen modellen mee.")
    with p.section("Boek"):
        p.select("Formaat", ["A5", "A4"], "A5")
        p.checkbox("Herinner me aan een boek als verjaardagscadeau", checked=True)
    with p.section("Je gegevens"):
        p.link("Zo gaan we om met AI", "/privacy/ai")
        p.actions("Opslaan", "Alles downloaden")
        p.button("Levensboek verwijderen", "btn danger")
    return p


PAGES = [google_fotos, albelli, stamboomkist, kiekje, levensboek]
