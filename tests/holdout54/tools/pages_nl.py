from lib import Page

TALEN = [("nl", "Nederlands"), ("en", "English"), ("de", "Deutsch"), ("fy", "Frysk")]


def rijksmuseum():
    p = Page("nl", "rijksmuseum-mijn-instellingen", "https://www.rijksmuseum.nl/nl/mijn/instellingen", "Rijksmuseum", True,
             "Instellingen – Mijn Rijksmuseum",
             "Bekende dienst (reconstructie). Vage switch met aria-labelledby ('beschikbaar stellen aan het Lab'), "
             "training alleen in de gekoppelde hulptekst; 'uitsluiten van AI-training door derden' aangevinkt; "
             "lokmiddelen: vergelijkbare werken zoeken, tentoonstellingstips, openbare Rijksstudio; "
             "verborgen: blok met display:none.")
    p.set_chrome("Rijksmuseum", ("Zoeken", "Zoek in de collectie", "Zoeken"),
                 ("Taal", [("nl", "Nederlands"), ("en", "English")], "nl"),
                 ("Mijn Rijksmuseum", ["Mijn tickets", "Rijksstudio", "Uitloggen"]),
                 ("Mijn Rijksmuseum", ["Profiel", "Tickets", "Rijksstudio", "Vriendschap", "Instellingen"], 4),
                 (["Plan je bezoek", "Collectie", "Toegankelijkheid", "Privacy", "Contact"], "Rijksmuseum Amsterdam"),
                 "Instellingen")
    p.add(
        p.sec("Rijksstudio", "In Rijksstudio verzamel je werken uit de collectie en maak je er je eigen ontwerpen mee.", [
            p.cb("Mijn Rijksstudio openbaar maken", True),
            p.cb("Anderen mogen mijn ontwerpen downloaden", False),
            p.cb("Laat vergelijkbare werken zien bij een werk dat ik bewaar", True,
                 "Vergelijkbare werken worden gezocht op kleur, vorm en onderwerp."),
            p.sw("Mijn Rijksstudio-collecties beschikbaar stellen aan het Lab", False, "labelledby",
                 help="Het Rijksmuseum Lab gebruikt collecties van bezoekers om modellen te trainen die verbanden tussen kunstwerken leggen.",
                 t="v"),
            p.cb("Mijn Rijksstudio-ontwerpen uitsluiten van AI-training door derden", True, t="i", inv=True),
        ]),
        p.hide("display", [
            p.cb("Mijn ontwerpen delen met de partner voor generatieve AI", False, hid=True),
        ]),
        p.sec("Meldingen", None, [
            p.table("Hoe we je op de hoogte houden", ["E-mail", "Pushbericht"],
                    [("Nieuwe tentoonstelling", [True, False]), ("Iemand bewaart mijn ontwerp", [False, True]),
                     ("Wijziging in mijn tickets", [True, True])], first="Onderwerp"),
        ]),
        p.sec("Berichten", None, [
            p.cb("Nieuwsbrief van het Rijksmuseum", True),
            p.cb("Tips voor tentoonstellingen op basis van mijn favorieten", True),
            p.cb("Herinnering op de dag van mijn bezoek", True),
            p.select("Taal van de berichten", [("nl", "Nederlands"), ("en", "Engels")], "nl"),
        ]),
        p.sec("Account", None, [
            p.txt("E-mailadres", "sanne.devries@example.nl", "email"),
            p.btn("Wachtwoord wijzigen"),
            p.btn("Museumkaart koppelen"),
        ]),
        p.actions([p.btn("Opslaan", typ="submit", cls="btn btn--primary"), p.btn("Mijn gegevens downloaden"),
                   p.btn("Account verwijderen", cls="btn btn--danger")]),
    )
    return p


def delpher():
    p = Page("nl", "delpher-instellingen", "https://www.delpher.nl/nl/mijn-delpher/instellingen", "Delpher (KB)", True,
             "Instellingen – Mijn Delpher",
             "Bekende dienst (reconstructie). Duidelijke checkbox over OCR-verbeteringen; segmentknoppen "
             "'Mijn annotaties' die pas betekenis krijgen door de kop over taalmodellen; lokmiddelen: "
             "zoeksuggesties, automatisch vertalen, opgeslagen zoekopdrachten; verborgen: gesloten dialoog.")
    p.set_chrome("Delpher", ("Zoeken", "Zoek in kranten, boeken en tijdschriften", "Zoeken"),
                 ("Taal", [("nl", "Nederlands"), ("en", "English")], "nl"),
                 ("Mijn Delpher", ["Mijn zoekopdrachten", "Mijn verbeteringen", "Uitloggen"]),
                 ("Mijn Delpher", ["Zoekopdrachten", "Favorieten", "Verbeteringen", "Instellingen"], 3),
                 (["Over Delpher", "Gebruiksvoorwaarden", "Toegankelijkheid", "Privacy", "Contact"],
                  "Delpher is een dienst van de KB, nationale bibliotheek, met partners."),
                 "Instellingen")
    p.add(
        p.sec("Zoeken en lezen", None, [
            p.cb("Zoeksuggesties tonen terwijl ik typ", True),
            p.cb("Spellingvarianten meezoeken (bijv. 'mensch' en 'mens')", True),
            p.select("Resultaten per pagina", [("10", "10"), ("25", "25"), ("50", "50")], "25"),
            p.cb("Automatisch vertalen van artikelen in andere talen aanbieden", False),
            p.cb("Mijn zoekopdrachten bewaren", True),
            p.select("Standaard sorteren op", [("relevantie", "Relevantie"), ("oud", "Oudste eerst"), ("nieuw", "Nieuwste eerst")], "relevantie"),
            p.cb("Scans met hoog contrast weergeven", False),
        ]),
        p.sec("Uw verbeteringen", "U kunt fouten in de automatisch herkende tekst verbeteren en artikelen annoteren.", [
            p.cb("Mijn OCR-verbeteringen gebruiken om de tekstherkenning van de KB te trainen", True, t="p"),
            p.cb("Mijn naam tonen bij verbeteringen", False),
        ]),
        p.sec("Onderzoekers en bedrijven die taalmodellen trainen",
              "Steeds vaker vragen universiteiten en bedrijven om annotaties van gebruikers, om er taalmodellen mee "
              "te trainen op historisch Nederlands.", [
                  p.seg("Mijn annotaties", [("ja", "Toestaan"), ("nee", "Niet toestaan")], "nee", t="h", share=("ja",)),
                  p.dialog("Meer over hergebruik", "Meer over hergebruik", [
                      p.cb("Mijn verbeteringen ook aanbieden aan commerciële AI-ontwikkelaars", False, hid=True),
                  ], close="Sluiten"),
              ]),
        p.sec("E-mail", None, [
            p.cb("Bericht als er nieuwe titels zijn voor mijn opgeslagen zoekopdrachten", True),
            p.cb("Nieuwsbrief van de KB", False),
        ]),
        p.actions([p.btn("Opslaan", typ="submit", cls="btn btn--primary"), p.btn("Mijn verbeteringen exporteren"),
                   p.btn("Wachtwoord wijzigen")]),
    )
    return p


def waterland():
    p = Page("nl", "bibliotheek-waterlandzuid-privacy", "https://mijn.bibliotheekwaterlandzuid.test/account/privacy",
             "Bibliotheek Waterland-Zuid", False, "Privacy – Mijn Bibliotheek Waterland-Zuid",
             "Verzonnen openbare bibliotheek met gezinsabonnement (je-vorm). Switch met naam in de tekst met "
             "ontkenning 'niet gebruiken', uitgeschakeld (dus wel training); fieldset voor de kinderen; "
             "lokmiddelen: leestips, leesgeschiedenis bewaren, voorleesapp, cursus 'Slim omgaan met AI'; "
             "verborgen: CSS-klasse met display:none.",
             sr="visually-hidden", hide_class="is-verborgen")
    p.set_chrome("Bibliotheek Waterland-Zuid", ("Zoeken in de catalogus", "Titel, schrijver, onderwerp", "Zoek"),
                 ("Taal", TALEN, "nl"),
                 ("Hoi Fatima", ["Mijn leningen", "Reserveringen", "Uitloggen"]),
                 ("Mijn Bibliotheek", ["Overzicht", "Leningen", "Reserveringen", "Gezin", "Privacy"], 4),
                 (["Openingstijden", "Activiteiten", "Lid worden", "Privacyverklaring", "Toegankelijkheid"],
                  "Bibliotheek Waterland-Zuid – vestigingen in Purmerhoek, Ilpenveld en Broek"),
                 "Privacy", crumbs=["Mijn Bibliotheek", "Privacy"])
    p.add(
        p.sec("Lenen", None, [
            p.cb("Mijn leengeschiedenis bewaren", True,
                 "Alleen jij ziet deze lijst. Zet je dit uit, dan wissen we hem na het inleveren."),
            p.cb("Leestips op basis van wat ik leen", True),
            p.cb("Verlengen als het kan", True),
            p.select("Ophaalvestiging", [("purmerhoek", "Purmerhoek"), ("ilpenveld", "Ilpenveld"), ("broek", "Broek")], "ilpenveld"),
        ]),
        p.sec("Berichten", None, [
            p.cb("Mail me twee dagen voor de inleverdatum", True),
            p.cb("Sms als mijn reservering klaarligt", False),
            p.cb("Nieuwsbrief met activiteiten", True),
            p.btn("Aanmelden voor de cursus ‘Slim omgaan met AI’"),
        ]),
        p.sec("AI en jouw gegevens",
              "We onderzoeken of een AI-model de zoekfunctie in de catalogus beter kan maken.", [
                  p.sw("Mijn leengeschiedenis niet gebruiken voor AI-training", False, "text", t="i", inv=True),
                  p.radios("AI-training met de leengeschiedenis van je kinderen",
                           [("ja", "Toestaan"), ("nee", "Niet toestaan")], "nee",
                           "Geldt voor de jeugdpassen op je gezinsabonnement: Noor (7) en Sami (12).",
                           t="p", share=("ja",)),
              ]),
        p.hide("class", [
            p.cb("Leengegevens delen met de landelijke AI-proeftuin van bibliotheken", False, hid=True),
        ]),
        p.sec("Apps", None, [
            p.cb("Voorleesfunctie in de Bibliotheek-app", True,
                 "De stem wordt op je telefoon gemaakt."),
            p.btn("Koppeling met de e-bookapp beheren"),
        ]),
        p.actions([p.btn("Opslaan", typ="submit", cls="btn btn--primary"), p.btn("Pincode wijzigen"),
                   p.btn("Leengeschiedenis downloaden")]),
    )
    return p


def snuffelnet():
    p = Page("nl", "snuffelnet-data", "https://dashboard.snuffelnet.test/instellingen/data", "SnuffelNet", False,
             "Data-instellingen – SnuffelNet",
             "Verzonnen burgermeetnet voor luchtkwaliteit (je-vorm), met tabbladen. Switch met aria-label over de "
             "sensorfabrikant; vage checkbox over een landelijk validatieproject met hulptekst ernaast (niet "
             "gekoppeld); statusrij 'Niet ingediend' met knop 'Bezwaar indienen' en verborgen aanvulling; "
             "lokmiddelen: lokale kalibratie, kaart, open data; verborgen: inactief tabblad.")
    p.set_chrome("SnuffelNet", ("Zoeken", "Zoek een sensor of straat", "Zoek"),
                 ("Taal", TALEN, "nl"),
                 ("Sensor SN-0712 · Jeroen", ["Mijn sensoren", "Meldingen", "Uitloggen"]),
                 ("Instellingen", ["Sensor", "Data", "Meldingen", "Account"], 1),
                 (["Over SnuffelNet", "Handleiding", "Forum", "Open data", "Privacy"],
                  "SnuffelNet – samen meten we de lucht in onze straat"),
                 "Data-instellingen")
    p.add(p.tabs("Onderdelen", [
        ("Publicatie en gebruik", [
            p.sec("Publicatie", None, [
                p.cb("Mijn metingen tonen op de openbare kaart", True),
                p.select("Nauwkeurigheid van de locatie op de kaart", [("exact", "Exact"), ("straat", "Op straatniveau"), ("wijk", "Op wijkniveau")], "straat"),
                p.cb("Metingen elk uur publiceren als open data (CC0)", True),
                p.cb("Sensor automatisch kalibreren met metingen uit de buurt", True,
                     "De correctie wordt op de sensor zelf berekend."),
            ]),
            p.sec("Modellen en onderzoek", None, [
                p.sw("Sensorfabrikant mag mijn meetdata gebruiken om modellen te trainen", True, "aria-label",
                     vis="Fabrikant", t="p"),
                p.cb("Meedoen aan het landelijke validatieproject", True, t="v"),
                '<p class="help">Met de metingen uit dit project traint het instituut een model dat foute sensorwaarden herkent.</p>\n',
                p.state("Bezwaar tegen AI-training met locatiegegevens", "Niet ingediend", "Bezwaar indienen",
                        sr="tegen AI-training met mijn locatiegegevens", t="i", sharing=True),
            ]),
            p.sec("Meldingen", None, [
                p.cb("Melding als mijn sensor offline gaat", True),
                p.cb("Melding bij hoge fijnstofwaarden in mijn straat", True),
                p.select("Meldingen via", [("mail", "E-mail"), ("push", "Pushbericht"), ("beide", "Allebei")], "push"),
            ]),
            p.actions([p.btn("Opslaan", typ="submit", cls="btn btn--primary"), p.btn("Ruwe data downloaden (CSV)"),
                       p.btn("API-sleutel aanmaken")]),
        ]),
        ("Partners", [
            p.cb("Gemeente mag mijn ruwe metingen gebruiken om een voorspelmodel te trainen", False, hid=True),
        ]),
        ("Account", [
            p.btn("Account opheffen"),
        ]),
    ]))
    return p


def veenland():
    p = Page("nl", "erfgoedhuis-veenland-bijdragen", "https://www.erfgoedhuisveenland.test/mijn-account/bijdragen",
             "Erfgoedhuis Veenland", False, "Mijn bijdragen – Erfgoedhuis Veenland",
             "Verzonnen regionaal erfgoedcentrum dat familiearchieven digitaliseert (u-vorm). 'Bezwaar maken tegen…' "
             "als niet-aangevinkte checkbox in een gesloten <details>; tabel met bijschrift over het trainen van de "
             "herkenningssoftware en kolom 'Gebruiken'; lokmiddelen: automatische beschrijvingen, namen laten "
             "herkennen door vrijwilligers, workshop; verborgen: visibility:hidden.")
    p.set_chrome("Erfgoedhuis Veenland", ("Zoeken", "Zoek personen, plaatsen, foto's", "Zoeken"),
                 ("Taal", [("nl", "Nederlands"), ("en", "English")], "nl"),
                 ("Mijn account", ["Mijn bijdragen", "Mijn onderzoek", "Afmelden"]),
                 ("Mijn account", ["Gegevens", "Mijn bijdragen", "Mijn onderzoek", "Berichten"], 1),
                 (["Bezoek", "Studiezaal", "Schenken", "Privacy", "Contact"],
                  "Erfgoedhuis Veenland – archief en collectie van de Veenkoloniën"),
                 "Mijn bijdragen", "Dank voor het delen van uw familiearchief. Hier bepaalt u wat wij ermee mogen doen.")
    p.add(
        p.sec("Zichtbaarheid", None, [
            p.select("Wie mag uw gescande stukken inzien", [("iedereen", "Iedereen"), ("studiezaal", "Alleen in de studiezaal"), ("niemand", "Niemand")], "iedereen"),
            p.cb("Vrijwilligers mogen personen op mijn foto's benoemen", True),
            p.cb("Mijn naam vermelden als schenker", True),
            p.cb("Automatische beschrijvingen bij mijn foto's tonen", True,
                 "Beschrijvingen worden gemaakt met een bestaand model en door een medewerker nagekeken."),
        ]),
        p.sec("Uw bijdragen en het trainen van de herkenningssoftware",
              "Ons handschrift- en beeldherkenningsmodel wordt beter van echte familiestukken. Geef per soort aan of we ze mogen gebruiken.", [
                  p.table("Soorten stukken", ["Gebruiken"],
                          [("Fotoalbums", [True]), ("Brieven en dagboeken", [False])],
                          lab={0: ("h", False)}, first="Soort"),
                  p.details("Gezichten op foto's", [
                      p.cb("Bezwaar maken tegen het gebruik van mijn foto's voor het trainen van gezichtsherkenning", False,
                           t="i", inv=True),
                  ], intro="Gezichtsherkenning helpt om dezelfde persoon in verschillende albums te vinden."),
              ]),
        p.hide("visibility", [
            p.cb("Mijn scans beschikbaar stellen aan de provincie voor AI-training", False, hid=True),
        ]),
        p.sec("Berichten", None, [
            p.cb("Bericht als iemand een persoon op mijn foto's benoemt", True),
            p.cb("Uitnodiging voor de workshop ‘Oude handschriften lezen’", False),
            p.cb("Nieuwsbrief", True),
            p.cb("Herinnering de dag voor mijn afspraak", True),
            p.txt("Telefoonnummer", "06 12345678", "tel"),
        ]),
        p.actions([p.btn("Opslaan", typ="submit", cls="btn btn--primary"), p.btn("Nieuwe stukken aanmelden"),
                   p.btn("Schenkingsovereenkomst downloaden"),
                   p.btn("Afspraak maken voor de scanstraat"), p.btn("Mijn scans downloaden")]),
    )
    return p


def pages():
    return [rijksmuseum(), delpher(), waterland(), snuffelnet(), veenland()]
