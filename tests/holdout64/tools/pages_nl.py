from lib import *

PAGES = [
Page("nl", "amberscript-privacy", "https://app.amberscript.com/settings/privacy", "Amberscript", "Privacy",
     "Reconstructie van een transcriptie- en ondertitelingsdienst (je): vage schakelaar (hulptekst: trainen, aan), expliciete radio-fieldset (Nee), tabelcellen waarvan alleen het bijschrift over modeltraining gaat; omgekeerde checkbox verborgen via een CSS-klasse; AI-samenvatting en sprekerherkenning als lokaas.",
     chrome("Zoek in je bestanden", "Taal", "Mijn account", ["Profiel", "Abonnement", "Facturen", "Uitloggen"], "Instellingen",
            ["Privacyverklaring", "Voorwaarden", "Helpcentrum", "Status"], "© Amberscript B.V., Amsterdam"),
     ["Profiel", "Transcriptie", "Ondertitels", "Privacy", "Team", "API"], known=True, active=3,
     body=[
     section("Transcriptie", items=[
         sel("Standaardtaal", ["Nederlands", "Vlaams", "Engels", "Duits"], 0),
         cb("Sprekers automatisch herkennen", True),
         cb("Tijdcodes per alinea", True),
         cb("Stopwoordjes weglaten", False),
         btn("Woordenlijst uploaden"),
         sw("Samenvatting met AI maken", False, help="De samenvatting wordt alleen van dit bestand gemaakt en is alleen voor jou zichtbaar."),
         sel("Exportformaat", ["DOCX", "TXT", "JSON"], 0),
     ]),
     section("Ondertitels", items=[
         sel("Tekens per regel", ["37", "42"], 1),
         sw("Maximaal twee regels", True),
         cb("Ondertitels inbranden bij export", False),
     ]),
     section("Jouw bestanden", items=[
         sw("Help Amberscript beter te worden", True, ai="v",
            help="Als dit aanstaat, gebruiken we fragmenten van je audio en de verbeteringen die je in de editor maakt om onze spraakherkenning te trainen."),
         rf("Mogen wij je bestanden gebruiken om onze AI-modellen te trainen?", [("Ja", True), ("Nee", False)], 1, ai="p"),
         table("Gebruik voor modeltraining", ["Eigen modellen", "Partners"], ["Audiobestanden"], [[True, False]], ai_cols={0: "h", 1: "h"}),
         hide("class", [
             cb("Teambestanden uitsluiten van training", False, ai="i"),
         ]),
     ]),
     section("Account", items=[
         sw("Tweestapsverificatie", True),
         cb("Nieuwsbrief ontvangen", False),
         btn("Al mijn bestanden downloaden"),
         btn("Account verwijderen"),
     ]),
     ]),

Page("nl", "notuleer-privacy", "https://app.notuleer.test/instellingen/privacy", "Notuleer", "Privacy & gegevens",
     "Verzonnen notulen-app voor vergaderingen (je): omgekeerde knopschakelaar met tekstnaam (uitsluiten, uit = gedeeld), statusregel met visueel verborgen achtervoegsel (wordt gebruikt), radiogroep waarvan alleen de kop training noemt (Niet meenemen); schakelaar onder aria-hidden; actiepunten en vertaling als lokaas.",
     chrome("Zoek in vergaderingen", "Taal", "Accountmenu openen", ["Mijn profiel", "Organisatie", "Abonnement", "Uitloggen"], "Instellingen",
            ["Help", "Privacy", "Voorwaarden"], "Notuleer B.V. — Utrecht"),
     ["Profiel", "Opnemen", "Notulen", "Privacy & gegevens", "Koppelingen"], active=3,
     body=[
     section("Opnemen", items=[
         sw("Automatisch deelnemen aan vergaderingen uit mijn agenda", True),
         sel("Vergadertaal", ["Automatisch", "Nederlands", "Engels"], 1),
         cb("Deelnemers laten weten dat er wordt opgenomen", True),
         sel("Opnames bewaren", ["14 dagen", "90 dagen", "Altijd"], 1),
         cb("Vergaderingen zonder videolink overslaan", True),
     ]),
     section("Notulen", intro="Notulen worden per vergadering gemaakt en blijven in jouw werkruimte.", items=[
         sw("Notulen met AI maken na afloop", True),
         cb("Actiepunten apart opsommen", True),
         cb("Notulen vertalen naar het Engels", False),
         sw("Notulen automatisch mailen naar deelnemers", False),
         btn("Koppel Google Agenda"),
         btn("Koppel Microsoft Teams"),
     ]),
     section("Jouw gegevens", items=[
         bsw("Mijn vergaderingen uitsluiten van AI-training", False, ai="i", how="text"),
         state("Je transcripties worden gebruikt om onze modellen te trainen.", "Stoppen", suffix="met trainen op mijn transcripties", ai="p", share=True),
         hide("aria", [
             sw("Schermdelen meenemen", True, ai="h"),
         ], heading="Training van modellen"),
     ]),
     section("Training van onze taalmodellen", intro="Notuleer leert van echte gesprekken. Kies welke opnames daarvoor mogen worden gebruikt.", items=[
         rg("Opnames van klantgesprekken", [("Meenemen", True), ("Niet meenemen", False)], 1, ai="h"),
     ]),
     section("Account", items=[
         sw("Tweestapsverificatie", True),
         btn("Alle gegevens exporteren"),
         btn("Account opzeggen"),
     ]),
     ]),

Page("nl", "tolkwijzer-gegevens", "https://mijn.tolkwijzer.test/account/gegevens", "Tolkwijzer", "Mijn gegevens",
     "Verzonnen tolkenbemiddeling met schrijftolken voor doven en slechthorenden (u): omgekeerde segmentknoppen (bezwaar gemaakt), vage keuzelijst (hulptekst: trainen, Ja); knopschakelaar verborgen met visibility:hidden; tolkaanvragen en live-ondertiteling als lokaas.",
     chrome("Zoeken", "Taal", "Mijn account", ["Persoonlijke gegevens", "Tolkuren", "Uitloggen"], "Mijn Tolkwijzer",
            ["Toegankelijkheid", "Privacy", "Contact"], "Tolkwijzer — tolken voor iedereen"),
     ["Tolk aanvragen", "Mijn afspraken", "Schrijftolk", "Mijn gegevens"], active=3,
     body=[
     section("Tolkaanvragen", items=[
         sel("Voorkeurstaal", ["NGT", "Schrijftolk", "Tolk NmG"], 0),
         sel("Voorkeur tolk", ["Geen voorkeur", "Vrouw", "Man"], 0),
         cb("Herinnering een dag voor de afspraak", True),
         cb("Sms bij wijziging van de tolk", True),
         cb("Vaste tolk bij terugkerende afspraken", True),
         sw("Beeldbellen via de app", False),
         btn("Nieuwe tolk aanvragen"),
     ]),
     section("Schrijftolk op afstand", items=[
         sel("Lettergrootte", ["Normaal", "Groot", "Extra groot"], 1),
         seg("Achtergrond", ["Licht", "Donker"], 1),
         sw("Live automatische ondertiteling als de tolk later is", True, help="Wordt alleen tijdens het gesprek getoond en niet bewaard."),
         cb("Verslag na afloop mailen", True),
     ]),
     section("Gebruik van uw gesprekken", items=[
         seg("Bezwaar tegen gebruik van mijn gesprekken voor AI-training", [("Bezwaar", False), ("Geen bezwaar", True)], 0, ai="i"),
         sel("Deelname kwaliteitsprogramma", [("Nee", False), ("Ja", True)], 1, ai="v",
             help="Bij deelname worden verslagen van schrijftolken gebruikt om onze automatische spraakherkenning te trainen."),
         hide("vis", [
             bsw("Gesprekken met mijn werkgever gebruiken voor modeltraining", False, ai="p", how="by"),
         ]),
     ]),
     section("Account", items=[
         field("Telefoonnummer voor sms", "06 12345678", type="tel"),
         btn("Wachtwoord wijzigen"),
         cb("Nieuwsbrief van Tolkwijzer", False),
         btn("Mijn gegevens downloaden"),
     ]),
     ]),

Page("nl", "ondertitelfabriek-instellingen", "https://portal.ondertitelfabriek.test/klant/instellingen", "Ondertitelfabriek", "Instellingen",
     "Verzonnen ondertitelbureau voor omroepen, klantportaal (u): omhullende checkbox waarvan alleen de sectiekop over training gaat (aangevinkt), radiogroep met role=radio (partners, Nee), vage schakelaar (hulptekst: trainen, uit); omgekeerde checkbox in gesloten <dialog>; teletekst en vertaling als lokaas.",
     chrome("Zoek programma's", "Taal", "NPO-klantaccount", ["Organisatie", "Gebruikers", "Facturen", "Uitloggen"], "Klantportaal",
            ["Verwerkersovereenkomst", "Voorwaarden", "Contact"], "Ondertitelfabriek B.V. — Hilversum"),
     ["Opdrachten", "Stijlgids", "Instellingen", "Facturen"], active=2,
     body=[
     section("Opdrachten", items=[
         sel("Standaard levertijd", ["24 uur", "48 uur", "Vijf werkdagen"], 1),
         sel("Bestandsformaat", ["STL", "SRT", "TTML"], 0),
         cb("Teletekstpagina 888 meeleveren", True),
         cb("Geluidsbeschrijvingen voor doven en slechthorenden", True),
         sw("Vertaling naar het Engels toevoegen", False),
         field("Ordernummer omroep", "BNN-2025-17"),
         btn("Stijlgids uploaden"),
         btn("Nieuwe opdracht plaatsen"),
     ]),
     section("Training van onze vertaal- en spraakmodellen", intro="Met uw toestemming leren onze modellen van ondertitels die onze redactie heeft goedgekeurd.", items=[
         cb("Goedgekeurde ondertitels van uw programma's", True, ai="h", wrap=True),
         rg("Mogen onze technologiepartners uw materiaal gebruiken om hun modellen te trainen?", [("Ja", True), ("Nee", False)], 1, ai="p", native=False),
         sw("Redactiegegevens delen", False, ai="v",
            help="Correcties van onze eindredactie op uw ondertitels worden dan ook gebruikt om de automatische ondertiteling te trainen."),
         dialog("Instellingen per programma", "Per programma", [
             cb("Kinderprogramma's uitsluiten van modeltraining", True, ai="i"),
         ], close="Sluiten"),
     ]),
     section("Meldingen", items=[
         table("", ["E-mail", "Portaal"], ["Opdracht geleverd", "Correctie nodig", "Factuur"], [[True, True], [True, True], [False, True]]),
     ]),
     ]),

Page("nl", "leesmaatje-school", "https://app.leesmaatje.test/school/instellingen", "Leesmaatje", "Schoolinstellingen",
     "Verzonnen voorleessoftware voor leerlingen met dyslexie, beheerdersaccount (je): omgekeerde statusregel via aria-labelledby (afschermen uit = gedeeld), vage knopschakelaar met aria-label (hulptekst: trainen, uit); schakelaar in een inactief tabblad; voorlezen en woordvoorspelling als lokaas.",
     chrome("Zoek leerling of klas", "Taal", "Beheerder", ["Schoolgegevens", "Licenties", "Uitloggen"], "Beheer",
            ["Handleiding", "Privacy", "Verwerkersovereenkomst"], "Leesmaatje — lezen op je eigen manier"),
     ["Klassen", "Leerlingen", "Licenties", "Schoolinstellingen"], active=3,
     body=[
     tabs("Onderdelen", [
         ("Algemeen", [
             section("Voorlezen", items=[
                 sel("Standaardstem", ["Ilse", "Daan", "Fenna"], 0),
                 sel("Leestempo", ["Rustig", "Normaal", "Vlot"], 0),
                 cb("Woord voor woord markeren", True),
                 sw("Woordvoorspelling bij het schrijven", True, help="Voorspellingen worden op het apparaat van de leerling gemaakt."),
                 seg("Regelafstand", ["1", "1,5", "2"], 1),
                 cb("Lettertype Dyslexie gebruiken", True),
                 cb("Zin voorlezen bij aanklikken", True),
                 sw("Leesliniaal tonen", False),
                 sel("Achtergrondkleur", ["Wit", "Crème", "Lichtblauw"], 1),
             ]),
             section("Klassen", items=[
                 btn("Klas toevoegen"),
                 btn("Leerlingen importeren uit ParnasSys"),
                 cb("Leerkrachten mogen leesresultaten exporteren", True),
                 cb("Ouders krijgen een maandoverzicht", False),
             ]),
             section("Privacy van leerlingen", items=[
                 state("Uit", "Aanzetten", title="Leerlinggegevens afschermen voor AI-training", ai="i", share=True),
                 bsw("Meedoen aan Leesmaatje Lab", False, ai="v", how="label",
                     help="Voorleesopnames van leerlingen worden, zonder naam, gebruikt om onze spraakherkenning te trainen."),
                 btn("Verwerkersovereenkomst downloaden"),
                 sw("Inloggen met Entree", True),
             ]),
         ]),
         ("Geavanceerd", [
             sw("Gescande werkbladen gebruiken om de tekstherkenning te trainen", True, ai="p"),
             cb("Bètafuncties voor leerkrachten", False),
         ]),
     ]),
     ]),
]
