from lib import Page

CH = dict(skip="Naar de hoofdinhoud", search_label="Zoeken", search_ph="Zoeken…",
          lang_label="Taal", account="Accountmenu openen", signout="Uitloggen",
          menu=[("Profiel", "/profiel"), ("Instellingen", "/instellingen")], nav_label="Instellingen")


def ch(**kw):
    d = dict(CH)
    d.update(kw)
    return d


# ---------------------------------------------------------------- Docker Hub
def dockerhub():
    p = Page("nl", "docker-hub-privacy", "Docker Hub", "https://hub.docker.com/settings/privacy",
             "Privacy – Accountinstellingen – Docker Hub", known=True, hide_class="dh-verborgen",
             notes="Bekende dienst, nagebouwd (je). Gewone checkbox 'Docker toestaan … voor het trainen van AI-modellen' "
                   "uit; schakelaar met aria-labelledby 'Mijn openbare repositories uitsluiten van AI-training' aan (deelt "
                   "niet). Lokaas: Gordon in Docker Desktop, Scout-analyse, meldingen, tokens. Verborgen: CSS-klasse.")
    gordon = p.section("Docker AI",
                       p.switch("Gordon in Docker Desktop", True,
                                desc_line="Stel vragen over Dockerfiles en containers. Gordon gebruikt bestaande modellen.")
                       + p.switch("Scout-analyse van nieuwe images", True,
                                  desc_line="Zoekt bekende kwetsbaarheden in je images."))
    tr = p.section("AI-training",
                   p.checkbox("Docker toestaan mijn images en metadata te gebruiken voor het trainen van AI-modellen", False, ai="p")
                   + p.switch("Mijn openbare repositories uitsluiten van AI-training", True, ai="i",
                              desc_line="Geldt ook voor partijen die openbare images via Docker Hub ophalen voor training.")
                   + p.hidden("class", lambda: "<h3>Organisatie tulpbit</h3>"
                              + p.checkbox("Images van de organisatie beschikbaar stellen voor AI-training", True, ai="p")),
                   intro="Bepaal of je content mag worden gebruikt om AI-modellen te trainen.")
    no = p.section("Meldingen",
                   p.table("E-mailmeldingen", "Gebeurtenis", ["E-mail"], [
                       ("Build mislukt", [(True,)]),
                       ("Nieuwe kwetsbaarheid in een image", [(True,)]),
                       ("Limiet voor pulls bijna bereikt", [(False,)]),
                   ]))
    acc = p.section("Account",
                    p.input("Volledige naam", "Sanne de Wit")
                    + p.input("Bedrijf", "Tulpbit B.V.")
                    + p.select("Standaardzichtbaarheid van nieuwe repositories", [("Openbaar", None), ("Privé", None)], 0)
                    + p.checkbox("Nieuwsbrief met productupdates ontvangen", False)
                    + p.button("Persoonlijk toegangstoken maken", kind="button") + " "
                    + p.button("Tweestapsverificatie instellen", kind="button") + " "
                    + p.button("Mijn gegevens exporteren", kind="button") + " "
                    + p.button("Gekoppelde apps beheren", kind="button") + " "
                    + p.button("Account verwijderen", cls="btn btn-danger", kind="button") + " "
                    + p.button("Opslaan", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Zoek op Docker Hub", account="Menu van sannedewit",
                       menu=[("Mijn profiel", "/u/sannedewit"), ("Mijn repositories", "/repositories/sannedewit")],
                       signout="Afmelden"),
                    [("Algemeen", "/settings/general", False), ("Beveiliging", "/settings/security", False),
                     ("Meldingen", "/settings/notifications", False), ("Privacy", "/settings/privacy", True),
                     ("Gekoppelde accounts", "/settings/linked-accounts", False)],
                    gordon + tr + no + acc,
                    ([("Documentatie", "https://docs.docker.com"), ("Privacy", "https://www.docker.com/legal/docker-privacy-policy/"),
                      ("Status", "https://www.dockerstatus.com")], "© 2025 Docker Inc."),
                    h1="Privacy", brand="Docker Hub")
    return p, html


# ---------------------------------------------------------------- Wolkenkrabber (invented console, u)
def wolkenkrabber():
    p = Page("nl", "wolkenkrabber-console-ai", "Wolkenkrabber Cloud",
             "https://console.wolkenkrabber.test/project/bakkerij-api/instellingen/ai",
             "AI en data · bakkerij-api · Wolkenkrabber Console", hide_class="wk-uit",
             notes="Verzonnen cloudconsole (u). Radiogroep (fieldset) 'Logbestanden en metrics' die alleen via de kop "
                   "'Modeltraining' betekenis krijgt ('Delen'); statusregel met knop 'Bezwaar maken' plus visueel "
                   "verborgen toevoeging (geen bezwaar = deelt). Lokaas: assistent, kostenwaarschuwing, regio. "
                   "Verborgen: aria-hidden.")
    gen = p.section("Project",
                    p.input("Projectnaam", "bakkerij-api")
                    + p.select("Standaardregio", [("Amsterdam (nl-ams-1)", None), ("Groningen (nl-gro-1)", None)], 0)
                    + p.input("Budget per maand (EUR)", "300", type="number")
                    + p.checkbox("Waarschuw mij bij 90% van het budget", True)
                    + p.checkbox("Productieresources beschermen tegen verwijderen", True))
    asst = p.section("Assistent",
                     p.switch("Wolkenkrabber Assistent in de console", True, mode="aria",
                              desc_line="Legt foutmeldingen uit en stelt commando's voor. Uw vragen worden niet gebruikt om te trainen.")
                     + p.switch("Kostenadvies op basis van gebruik", True, mode="aria")
                     + p.select("Taal van de assistent", [("Nederlands", None), ("Engels", None)], 0))
    tr = p.section("Modeltraining",
                   p.radios("Logbestanden en metrics", [("Delen", True), ("Niet delen", False)], 0, ai="h")
                   + p.staterow("Bezwaar tegen gebruik voor modeltraining", "Geen bezwaar gemaakt", "Bezwaar maken", ai="i",
                                sharing=True, suffix="tegen gebruik van projectgegevens voor modeltraining",
                                desc="Op grond van de AVG kunt u bezwaar maken. Wij verwerken uw bezwaar binnen vijf werkdagen.")
                   + p.hidden("aria", lambda: p.checkbox("Databaseback-ups gebruiken voor modeltraining", False, ai="p")),
                   intro="Wij trainen eigen modellen voor storingsvoorspelling. Geef aan welke projectgegevens daarvoor "
                         "gebruikt mogen worden.")
    acc = p.section("Toegang",
                    p.button("API-sleutel aanmaken", kind="button") + " "
                    + p.button("Auditlog downloaden", kind="button") + " "
                    + p.button("Leden beheren", kind="button") + " "
                    + p.button("Facturen downloaden", kind="button") + " "
                    + p.button("Training ‘Kubernetes in een middag’ boeken", kind="button") + " "
                    + p.button("Project verwijderen", cls="btn btn-danger", kind="button") + " "
                    + p.button("Wijzigingen opslaan", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Zoek resources", account="Account van r.vandijk@bakkerij.test",
                       menu=[("Mijn account", "/account"), ("Facturen", "/facturen")]),
                    [("Overzicht", "/project/bakkerij-api", False), ("Compute", "/project/bakkerij-api/compute", False),
                     ("Opslag", "/project/bakkerij-api/opslag", False), ("AI en data", "/project/bakkerij-api/instellingen/ai", True)],
                    gen + asst + tr + acc,
                    ([("Documentatie", "https://docs.wolkenkrabber.test"), ("Privacyverklaring", "https://wolkenkrabber.test/privacy"),
                      ("Status", "https://status.wolkenkrabber.test")], "Wolkenkrabber Cloud B.V., Utrecht"),
                    h1="AI en data", brand="Wolkenkrabber")
    return p, html


# ---------------------------------------------------------------- Pakhuis (invented registry, je)
def pakhuis():
    p = Page("nl", "pakhuis-account-privacy", "Pakhuis", "https://pakhuis.test/account/instellingen/privacy",
             "Privacy · Instellingen · Pakhuis", hide_class="ph-weg",
             notes="Verzonnen pakketregister (je). Tabel waarvan het bijschrift de betekenis geeft (Pakhuis zelf aan, "
                   "AI-bedrijven uit); gesegmenteerde knoppen 'Uitgesloten van AI-training' op 'Privépakketten' (openbare "
                   "worden dus nog gebruikt = deelt); vage checkbox 'Meedoen aan Pakhuis Labs' met uitleg ernaast, aan. "
                   "Lokaas: zoeksuggesties, badges, tokens. Verborgen: visibility:hidden.")
    prof = p.section("Profiel",
                     p.input("Gebruikersnaam", "jorisbakker")
                     + p.checkbox("Downloadbadges tonen op mijn pakketpagina's", True)
                     + p.checkbox("Mijn e-mailadres tonen aan medebeheerders", False)
                     + p.radios("Wie mag je pakketlijst zien?", [("Iedereen", None), ("Alleen ingelogde gebruikers", None)], 0)
                     + p.checkbox("E-mail bij een nieuwe kwetsbaarheid in mijn pakketten", True)
                     + p.checkbox("E-mail als iemand mijn pakket forkt", False))
    tr = p.section("AI-training",
                   p.table("Wie mag met jouw pakketten AI-modellen trainen?", "Partij", ["Toestaan"], [
                       ("Pakhuis zelf", [(True, "h")]),
                       ("AI-bedrijven met een licentie", [(False, "h")]),
                   ])
                   + p.seg("Uitgesloten van AI-training", [("Niets", True), ("Privépakketten", True), ("Alles", False)], 1, ai="i")
                   + p.checkbox("Meedoen aan Pakhuis Labs", True, ai="v", hm="after",
                                help="Labs gebruikt de broncode van je openbare pakketten om experimentele zoekmodellen te trainen.")
                   + p.hidden("visibility", lambda: p.checkbox("Downloadstatistieken meenemen in AI-training", True, ai="p")))
    zoek = p.section("Zoeken",
                     p.checkbox("Slimme zoeksuggesties", True, help="Suggesties komen uit een bestaand model en leren niet van jouw zoekopdrachten.")
                     + p.select("Standaardsortering", [("Relevantie", None), ("Downloads", None), ("Laatst bijgewerkt", None)], 0))
    acc = p.section("Toegang",
                    p.button("Publicatietoken maken", kind="button") + " "
                    + p.button("Beveiligingssleutel toevoegen", kind="button") + " "
                    + p.button("Mijn gegevens downloaden", kind="button") + " "
                    + p.button("Pakket overdragen", kind="button") + " "
                    + p.button("Opslaan", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Pakketten zoeken", account="Menu van jorisbakker",
                       menu=[("Mijn pakketten", "/~jorisbakker"), ("Organisaties", "/orgs")]),
                    [("Profiel", "/account/instellingen/profiel", False), ("Pakketten", "/account/instellingen/pakketten", False),
                     ("Privacy", "/account/instellingen/privacy", True), ("Tokens", "/account/instellingen/tokens", False)],
                    prof + tr + zoek + acc,
                    ([("Documentatie", "https://pakhuis.test/docs"), ("Privacy", "https://pakhuis.test/privacy"),
                      ("Gedragscode", "https://pakhuis.test/gedragscode")], "Stichting Pakhuis"),
                    h1="Privacy", brand="Pakhuis")
    return p, html


# ---------------------------------------------------------------- Dijkwerk CI (invented, u)
def dijkwerk():
    p = Page("nl", "dijkwerk-ci-data", "Dijkwerk CI", "https://app.dijkwerk.test/organisatie/fietsfabriek/instellingen/data",
             "Data · fietsfabriek · Dijkwerk CI", hide_class="dw-hide",
             notes="Verzonnen CI (u), organisatiegegevens. Keuzelijst 'Buildgegevens gebruiken om AI-modellen te trainen' op "
                   "'Nee'; tekstschakelaar met ontkenning 'Testresultaten nooit gebruiken voor training' uit (deelt dus); "
                   "checkbox 'Deploymentlogs' in gesloten <details> die alleen door de inleidende zin betekenis krijgt (aan). "
                   "Lokaas: foutanalyse, cache, cursus. Verborgen: inline display:none.")
    an = p.section("Foutanalyse",
                   p.switch("Mislukte builds automatisch analyseren", True, mode="text")
                   + p.switch("Analyse als reactie bij de merge request plaatsen", False, mode="text")
                   + '<p class="hint">De analyse draait op bestaande modellen; uw logs worden daarvoor niet opgeslagen.</p>'
                   + p.select("Cache", [("Per branch", None), ("Gedeeld", None), ("Uit", None)], 0)
                   + p.checkbox("Overbodige pipelines annuleren", True)
                   + p.select("Artefacten bewaren", [("7 dagen", None), ("30 dagen", None), ("90 dagen", None)], 1)
                   + p.input("Beschermde branches", "main, release/*"))
    tr = p.section("Training van AI-modellen",
                   p.select("Buildgegevens gebruiken om AI-modellen te trainen",
                            [("Nee", False), ("Ja, geanonimiseerd", True), ("Ja, volledig", True)], 0, ai="p")
                   + p.switch("Testresultaten nooit gebruiken voor training", False, mode="text", ai="i")
                   + p.details("Meer over modeltraining", lambda:
                               "<p>Daarnaast kunnen deze bronnen worden gebruikt om onze modellen te trainen:</p>"
                               + p.checkbox("Deploymentlogs", True, ai="h"))
                   + p.hidden("inline", lambda: p.checkbox("Runner-statistieken delen met AI-partners", True, ai="p")),
                   intro="Dijkwerk traint eigen modellen om buildtijden en fouten te voorspellen.")
    no = p.section("Meldingen",
                   p.table("Waar wilt u meldingen ontvangen?", "Gebeurtenis", ["E-mail", "Teams"], [
                       ("Pipeline mislukt op main", [(True,), (True,)]),
                       ("Release naar productie afgerond", [(False,), (True,)]),
                   ]))
    misc = p.section("Overig",
                     p.button("Lid uitnodigen", kind="button") + " "
                     + p.button("Auditlog exporteren", kind="button") + " "
                     + p.button("Cursus ‘Snellere pipelines’ volgen", kind="button") + " "
                     + p.button("Opslaan", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Pipelines zoeken", account="Account van Femke Jansen",
                       menu=[("Mijn profiel", "/profiel"), ("Andere organisatie", "/organisaties")]),
                    [("Algemeen", "/organisatie/fietsfabriek", False), ("Leden", "/organisatie/fietsfabriek/leden", False),
                     ("Runners", "/organisatie/fietsfabriek/runners", False), ("Data", "/organisatie/fietsfabriek/instellingen/data", True),
                     ("Facturatie", "/organisatie/fietsfabriek/facturatie", False)],
                    an + tr + no + misc,
                    ([("Documentatie", "https://docs.dijkwerk.test"), ("Privacy", "https://dijkwerk.test/privacy"),
                      ("Status", "https://status.dijkwerk.test")], "© 2025 Dijkwerk B.V."),
                    h1="Data", brand="Dijkwerk CI")
    return p, html


# ---------------------------------------------------------------- Klusbord (invented issue tracker, je)
def klusbord():
    p = Page("nl", "klusbord-werkruimte-ai", "Klusbord", "https://klusbord.test/werkruimte/instellingen/ai",
             "AI · Werkruimte-instellingen · Klusbord", hide_class="kb-dicht",
             notes="Verzonnen issuetracker (je). Statusregel 'Bezwaar tegen AI-training' (ingediend = deelt niet), knop "
                   "'Bezwaar intrekken' via aria-labelledby genoemd; schakelaar met aria-label 'Klusbord slimmer maken', "
                   "alleen de hulptekst (aria-describedby) noemt training, aan; gewone checkbox 'Bijlagen gebruiken voor "
                   "het trainen van AI' uit. Lokaas: samenvattingen, dubbele taken, export. Verborgen: hidden-attribuut.")
    feat = p.section("Slimme functies",
                     p.checkbox("Lange discussies samenvatten", True)
                     + p.checkbox("Dubbele taken signaleren", True)
                     + p.checkbox("Subtaken voorstellen bij nieuwe taken", False),
                     intro="Deze functies leren niet van de inhoud van je werkruimte.")
    tr = p.section("Jouw data en onze AI",
                   p.switch("Klusbord slimmer maken", True, mode="aria", ai="v",
                            help="Hiermee mogen we taken en reacties uit deze werkruimte gebruiken om onze AI-modellen bij te trainen.")
                   + p.checkbox("Bijlagen gebruiken voor het trainen van AI", False, ai="p")
                   + p.staterow("Bezwaar tegen AI-training", "Ingediend op 2 mei 2025", "Bezwaar intrekken", ai="i",
                                sharing=False, mode="lby",
                                desc="Zolang je bezwaar loopt, gebruiken we niets uit deze werkruimte voor training.")
                   + p.hidden("attr", lambda: p.checkbox("Werkruimtegegevens delen met onderzoekspartners voor AI-training", True, ai="p")))
    ws = p.section("Werkruimte",
                   p.input("Naam van de werkruimte", "Team Platform")
                   + p.select("Samenvatting per e-mail", [("Dagelijks", None), ("Wekelijks", None), ("Nooit", None)], 1)
                   + p.checkbox("Gasten toestaan", False)
                   + p.checkbox("Melding als iemand me noemt", True)
                   + p.select("Tijdzone", [("Europe/Amsterdam", None), ("Europe/Brussels", None)], 0)
                   + p.checkbox("Donkere modus", False)
                   + p.button("Taken exporteren (CSV)", kind="button") + " "
                   + p.button("Koppelingen beheren", kind="button") + " "
                   + p.button("Facturen bekijken", kind="button") + " "
                   + p.button("Werkruimte verlaten", cls="btn btn-danger", kind="button") + " "
                   + p.button("Opslaan", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Taken zoeken", account="Account van Daan Verhoeven",
                       menu=[("Mijn profiel", "/profiel"), ("Voorkeuren", "/voorkeuren")]),
                    [("Algemeen", "/werkruimte/instellingen", False), ("Leden", "/werkruimte/instellingen/leden", False),
                     ("AI", "/werkruimte/instellingen/ai", True), ("Facturatie", "/werkruimte/instellingen/facturatie", False)],
                    feat + tr + ws,
                    ([("Help", "https://help.klusbord.test"), ("Privacy", "https://klusbord.test/privacy"),
                      ("Voorwaarden", "https://klusbord.test/voorwaarden")], "Klusbord © 2025 — Eindhoven"),
                    h1="AI", brand="Klusbord")
    return p, html


PAGES = [dockerhub, wolkenkrabber, pakhuis, dijkwerk, klusbord]
