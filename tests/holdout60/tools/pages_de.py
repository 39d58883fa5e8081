from lib import Page

CH = dict(skip="Zum Hauptinhalt springen", search_label="Suche", search_ph="Suchen …",
          lang_label="Sprache", account="Kontomenü öffnen", signout="Abmelden",
          menu=[("Profil", "/profil"), ("Einstellungen", "/einstellungen")], nav_label="Einstellungen")


def ch(**kw):
    d = dict(CH)
    d.update(kw)
    return d


# ---------------------------------------------------------------- JetBrains Account
def jetbrains():
    p = Page("de", "jetbrains-datenfreigabe", "JetBrains Account", "https://account.jetbrains.com/data-sharing",
             "Datenfreigabe – JetBrains Account", known=True, hide_class="jb-hidden",
             notes="Bekannter Dienst, nachgebaut. Native Checkbox mit role=switch (an, teilt); invertierte Checkbox "
                   "'… vom Training ausschließen' (aus, teilt also). Köder: Nutzungsstatistik ohne Training, lokale "
                   "Vervollständigung, Newsletter, Lizenzen. Verborgen: Team-Option mit hidden-Attribut.")
    stats = p.section("Anonyme Statistiken",
                      p.checkbox("Anonyme Nutzungsstatistiken senden", True,
                                 help="Welche Funktionen Sie in der IDE verwenden und wie schnell sie reagieren. Diese Daten "
                                      "helfen uns bei der Priorisierung und fließen nicht in das Training von KI-Modellen ein."),
                      intro="Gilt für alle IDEs, in denen Sie mit diesem Konto angemeldet sind.")
    code = p.section("Detaillierte Codedaten",
                     p.checkbox("Detaillierte Codedaten für das KI-Training freigeben", True, ai="p", switch=True,
                                help="Codeausschnitte, Eingaben an den AI Assistant und die zugehörigen Antworten. Wir "
                                     "speichern sie höchstens ein Jahr und geben sie nicht an Dritte weiter.")
                     + p.checkbox("Meine Eingaben im AI Assistant vom Training ausschließen", False, ai="i")
                     + p.hidden("attr", lambda: "<h3>Für Ihr Team</h3>"
                                + p.checkbox("Codedaten aller Teammitglieder für das KI-Training freigeben", False, ai="p")),
                     intro="Mit echten Daten aus dem Entwickleralltag können wir die KI-Funktionen unserer IDEs "
                           "deutlich verbessern. Die Freigabe ist freiwillig und jederzeit widerrufbar.")
    ai = p.section("AI Assistant",
                   p.switch("Mehrzeilige Code-Vervollständigung", True, mode="lby",
                            desc_line="Läuft lokal mit einem kompakten Modell – Ihr Code verlässt den Rechner nicht.")
                   + p.switch("Cloud-Vervollständigung", False, mode="lby",
                              desc_line="Nutzt größere Modelle in der JetBrains-Cloud.")
                   + p.select("Bevorzugtes Chat-Modell", [("Automatisch", None), ("Mellum", None), ("GPT-4o", None),
                                                            ("Claude 3.7 Sonnet", None)], 0))
    acct = p.section("Konto",
                     p.input("Anzeigename", "Thomas Brandes")
                     + p.input("E-Mail-Adresse", "t.brandes@brightline.test", type="email")
                     + p.select("Sprache für E-Mails", [("Deutsch", None), ("English", None)], 0)
                     + p.checkbox("Newsletter „JetBrains Digest“ abonnieren", False)
                     + p.button("Lizenzen verwalten", kind="button") + " "
                     + p.button("Zwei-Faktor-Authentifizierung einrichten", kind="button") + " "
                     + p.button("Verbundene Konten", kind="button") + " "
                     + p.button("Meine Daten herunterladen", kind="button") + " "
                     + p.button("Konto löschen", cls="btn btn-danger", kind="button") + " "
                     + p.button("Änderungen speichern", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Produkte, Lizenzen …", account="Thomas Brandes – Kontomenü",
                       menu=[("Mein Profil", "/profile-details"), ("Lizenzen", "/licenses")]),
                    [("Profil", "/profile-details", False), ("Lizenzen", "/licenses", False),
                     ("Datenfreigabe", "/data-sharing", True), ("Sicherheit", "/security", False),
                     ("Bestellungen", "/orders", False)],
                    stats + code + ai + acct,
                    ([("Datenschutz", "https://www.jetbrains.com/legal/docs/privacy/privacy/"),
                      ("Nutzungsbedingungen", "https://www.jetbrains.com/legal/"), ("Support", "https://www.jetbrains.com/support/")],
                     "Copyright © 2000–2025 JetBrains s.r.o."),
                    h1="Datenfreigabe", brand="JetBrains Account")
    return p, html


# ---------------------------------------------------------------- Atlassian admin (Jira)
def jira():
    p = Page("de", "atlassian-admin-intelligence", "Atlassian Administration (Jira)",
             "https://admin.atlassian.com/o/5f2c9e1a-7b3d-4e8a-9c61-2d4b8f0a3e77/atlassian-intelligence",
             "Atlassian Intelligence – Atlassian Administration", known=True, hide_class="u-hide",
             notes="Bekannter Dienst, nachgebaut, Organisationsdaten. Statuszeile 'Widerspruch gegen …' (kein Widerspruch "
                   "eingelegt = teilt), Button per aria-labelledby benannt; role=radiogroup 'Teilnahme am "
                   "Verbesserungsprogramm', Bedeutung nur in der Hilfe (nicht teilnehmen). Köder: KI-Funktionen je "
                   "Produkt, Rovo-Suche, Admin-Schulungen, Datenresidenz. Verborgen: inaktiver Tab Confluence.")
    feat = p.section("KI-Funktionen nach Produkt",
                     p.table("Atlassian Intelligence in Ihren Produkten", "Produkt", ["Aktiviert"], [
                         ("Jira", [(True,)]), ("Jira Service Management", [(True,)]), ("Confluence", [(False,)])])
                     + p.switch("KI-Zusammenfassungen in Vorgängen anzeigen", True, mode="aria")
                     + p.checkbox("Rovo-Suche über alle Produkte hinweg aktivieren", True,
                                  help="Findet Vorgänge und Seiten anhand ihrer Bedeutung."),
                     intro="Legen Sie fest, in welchen Produkten Ihre Nutzer KI-Funktionen sehen.")
    data = p.section("Nutzung Ihrer Daten zur Modellverbesserung",
                     p.staterow("Widerspruch gegen die Nutzung Ihrer Inhalte für das Modelltraining",
                                "Kein Widerspruch eingelegt", "Widerspruch einlegen", ai="i", sharing=True, mode="lby",
                                desc="Betrifft Vorgangstexte, Kommentare und Anhänge aller Jira-Sites dieser Organisation.")
                     + p.radios("Teilnahme am Verbesserungsprogramm", [("Teilnehmen", True), ("Nicht teilnehmen", False)], 1,
                                ai="v", mode="rg",
                                help="Im Rahmen des Programms werten wir ausgewählte Vorgänge aus, um die Sprachmodelle "
                                     "hinter Atlassian Intelligence weiterzutrainieren.")
                     + p.tabs("Produkte", [
                         ("Jira", lambda: p.select("Datenresidenz", [("EU", None), ("USA", None), ("Australien", None)], 0)),
                         ("Confluence", lambda: p.checkbox("Confluence-Seiten für das KI-Training freigeben", True, ai="p")),
                     ]),
                     intro="Atlassian verwendet Kundeninhalte nur dann zum Training, wenn Sie nicht widersprechen.")
    adm = p.section("Weiteres",
                    p.button("Audit-Log exportieren", kind="button") + " "
                    + p.button("Schulungen für Administratoren ansehen", kind="button") + " "
                    + p.button("Verbundene Apps verwalten", kind="button")
                    + p.checkbox("Administratoren per E-Mail über neue KI-Funktionen informieren", True)
                    + p.button("Speichern", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Nutzer, Gruppen, Produkte suchen", account="Ihr Profil und Ihre Einstellungen",
                       menu=[("Profil", "https://id.atlassian.com/manage-profile"), ("Kontoeinstellungen", "https://id.atlassian.com/manage-profile/account-preferences")]),
                    [("Übersicht", "/o/5f2c9e1a/overview", False), ("Verzeichnis", "/o/5f2c9e1a/users", False),
                     ("Produkte", "/o/5f2c9e1a/products", False), ("Sicherheit", "/o/5f2c9e1a/security", False),
                     ("Atlassian Intelligence", "/o/5f2c9e1a/atlassian-intelligence", True), ("Abrechnung", "/o/5f2c9e1a/billing", False)],
                    feat + data + adm,
                    ([("Datenschutzrichtlinie", "https://www.atlassian.com/de/legal/privacy-policy"),
                      ("Nutzungsbedingungen", "https://www.atlassian.com/de/legal/cloud-terms-of-service"),
                      ("Impressum", "https://www.atlassian.com/de/legal/impressum")], "© 2025 Atlassian"),
                    h1="Atlassian Intelligence", brand="Atlassian Administration")
    return p, html


# ---------------------------------------------------------------- Kranich Cloud (invented console)
def kranich():
    p = Page("de", "kranich-cloud-datennutzung", "Kranich Cloud",
             "https://konsole.kranich-cloud.test/projekt/weserlab-prod/einstellungen/datennutzung",
             "Datennutzung · weserlab-prod · Kranich Cloud Konsole", hide_class="kc-versteckt",
             notes="Erfundene Cloud-Konsole, Projektdaten. Segmentierte Schaltflächen 'Betriebsdaten für KI-Training "
                   "nutzen' (Nur Metadaten = teilt); Schalter mit aria-label im Partizip 'Logdateien vom Modelltraining "
                   "ausgenommen' (an); zwei Checkboxen in geschlossenem <details>, Bedeutung nur aus dem Einleitungssatz. "
                   "Köder: Assistent im Terminal, Region, Kostenwarnungen. Verborgen: visibility:hidden.")
    gen = p.section("Projekt",
                    p.input("Projektname", "weserlab-prod")
                    + p.select("Standardregion", [("Bremen (de-nord-1)", None), ("Frankfurt (de-mitte-1)", None)], 0)
                    + p.checkbox("Kostenwarnungen per E-Mail ab 80 % des Budgets", True)
                    + p.checkbox("Löschschutz für Ressourcen mit dem Label „prod“", True)
                    + p.select("Konsolen-Sitzung beenden nach", [("1 Stunde", None), ("8 Stunden", None), ("24 Stunden", None)], 1)
                    + p.button("API-Schlüssel erstellen", kind="button") + " "
                    + p.button("Zugriffsprotokoll exportieren", kind="button"))
    asst = p.section("Kranich Assistent",
                     p.switch("Assistent im Web-Terminal anzeigen", True, mode="lby",
                              desc_line="Erklärt Fehlermeldungen und schlägt Befehle vor. Ihre Eingaben werden dafür "
                                        "nicht zum Training gespeichert.")
                     + p.switch("Vorschläge zur Kostenoptimierung", True, mode="lby"))
    tr = p.section("KI-Training mit Projektdaten",
                   p.seg("Betriebsdaten für KI-Training nutzen", [("Aus", False), ("Nur Metadaten", True), ("Vollständig", True)], 1,
                         ai="p", help="Metadaten sind Ressourcentypen, Auslastung und Fehlercodes – keine Inhalte.")
                   + p.switch("Logdateien vom Modelltraining ausgenommen", True, mode="aria", ai="i",
                              visible="Logdateien ausgenommen")
                   + p.details("Weitere Datenquellen", lambda:
                               "<p>Zusätzlich dürfen folgende Quellen für das Training der Kranich-Modelle genutzt werden:</p>"
                               + p.checkbox("Abrechnungsdaten", False, ai="h")
                               + p.checkbox("Support-Tickets", True, ai="h"))
                   + p.hidden("visibility", lambda: p.checkbox("Inhalte verwalteter Datenbanken für das Modelltraining freigeben", False, ai="p")),
                   intro="Kranich entwickelt eigene Modelle für Anomalieerkennung und Kapazitätsplanung. Hier legen Sie fest, "
                         "welche Daten aus diesem Projekt dafür verwendet werden dürfen.")
    danger = p.section("Gefahrenzone",
                       p.button("Projekt archivieren", kind="button") + " "
                       + p.button("Projekt löschen", cls="btn btn-danger", kind="button") + " "
                       + p.button("Einstellungen speichern", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Ressourcen suchen (/)", account="Konto: m.ahlers@weserlab.test",
                       menu=[("Konto", "/konto"), ("Organisationen", "/organisationen")]),
                    [("Übersicht", "/projekt/weserlab-prod", False), ("Rechenleistung", "/projekt/weserlab-prod/compute", False),
                     ("Speicher", "/projekt/weserlab-prod/speicher", False), ("IAM", "/projekt/weserlab-prod/iam", False),
                     ("Datennutzung", "/projekt/weserlab-prod/einstellungen/datennutzung", True)],
                    gen + asst + tr + danger,
                    ([("Status", "https://status.kranich-cloud.test"), ("Datenschutz", "https://kranich-cloud.test/datenschutz"),
                      ("Impressum", "https://kranich-cloud.test/impressum")], "Kranich Cloud GmbH, Bremen"),
                    h1="Datennutzung", brand="Kranich Cloud")
    return p, html


# ---------------------------------------------------------------- Paketwerk (invented registry)
def paketwerk():
    p = Page("de", "paketwerk-ki", "Paketwerk", "https://paketwerk.test/einstellungen/ki",
             "KI & Daten – Paketwerk", hide_class="pw-zu",
             notes="Erfundene Paket-Registry, du-Form. Negierte Checkbox 'Meine Pakete nicht … verwenden' (an = teilt "
                   "nicht); Text-Schalter 'Bei der Verbesserung von Paketwerk Scout helfen' mit Hilfe per "
                   "aria-describedby; Tabelle mit Spaltenkopf 'Erlaubt' unter einer Frage als Beschriftung. Köder: "
                   "Scout-Vorschläge, Benachrichtigungen, Tokens. Verborgen: CSS-Klasse display:none.")
    scout = p.section("Paketwerk Scout",
                      p.switch("Ähnliche Pakete vorschlagen", True, mode="text")
                      + p.switch("Sicherheitshinweise mit KI zusammenfassen", True, mode="text")
                      + p.switch("Bei der Verbesserung von Paketwerk Scout helfen", True, mode="text", ai="v",
                                 help="Dafür nutzen wir deine Suchanfragen und die Texte deiner READMEs, um das Modell hinter "
                                      "Scout weiter zu trainieren."),
                      intro="Scout ist unsere KI-gestützte Paketsuche.")
    tr = p.section("Deine Pakete und KI-Training",
                   p.checkbox("Meine Pakete nicht zum Trainieren von KI-Modellen verwenden", True, ai="i")
                   + p.table("Wer darf mit deinen öffentlichen Paketen KI trainieren?", "Empfänger", ["Erlaubt"], [
                       ("Forschungseinrichtungen", [(True, "h")]),
                       ("Kommerzielle KI-Anbieter", [(False, "h")]),
                   ], desc="Die Tabelle gilt nur, wenn du oben nichts ausgeschlossen hast.")
                   + p.hidden("class", lambda: p.checkbox("Private Pakete für das KI-Training freigeben", False, ai="p")),
                   intro="Öffentliche Pakete kann grundsätzlich jeder lesen. Für das Training von KI-Modellen kannst du "
                         "trotzdem mitbestimmen.")
    no = p.section("Benachrichtigungen",
                   p.checkbox("E-Mail bei neuen Sicherheitsmeldungen zu meinen Abhängigkeiten", True)
                   + p.checkbox("E-Mail, wenn jemand mein Paket forkt", False)
                   + p.select("Zusammenfassung", [("Täglich", None), ("Wöchentlich", None), ("Nie", None)], 1))
    tok = p.section("Zugang",
                    p.checkbox("Zwei-Faktor-Bestätigung bei jeder Veröffentlichung verlangen", True)
                    + p.button("Neues Veröffentlichungs-Token", kind="button") + " "
                    + p.button("Meine Daten exportieren", kind="button") + " "
                    + p.button("Verbundene Apps", kind="button") + " "
                    + p.button("Zwei-Faktor-Authentisierung einrichten", kind="button") + " "
                    + p.button("Alle Sitzungen beenden", kind="button") + " "
                    + p.button("Speichern", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Pakete durchsuchen", account="Menü für @lenafux",
                       menu=[("Meine Pakete", "/~lenafux"), ("Organisationen", "/orgs")]),
                    [("Profil", "/einstellungen/profil", False), ("Pakete", "/einstellungen/pakete", False),
                     ("KI & Daten", "/einstellungen/ki", True), ("Tokens", "/einstellungen/tokens", False),
                     ("Sicherheit", "/einstellungen/sicherheit", False)],
                    scout + tr + no + tok,
                    ([("Doku", "https://paketwerk.test/doku"), ("Datenschutz", "https://paketwerk.test/datenschutz"),
                      ("Impressum", "https://paketwerk.test/impressum")], "Paketwerk e. V."),
                    h1="KI &amp; Daten", brand="Paketwerk")
    return p, html


# ---------------------------------------------------------------- Werkbank IDE (invented)
def werkbank():
    p = Page("de", "werkbank-ide-datenschutz", "Werkbank IDE", "https://konto.werkbank-ide.test/datenschutz",
             "Datenschutz – Werkbank-Konto", hide_class="wb-weg",
             notes="Erfundene IDE, du-Form. Statuszeile 'Einwilligung widerrufen' mit visuell verborgenem Zusatz "
                   "(Einwilligung erteilt = teilt); Auswahlliste 'KI-Training mit Telemetriedaten' auf 'Nicht erlaubt'. "
                   "Köder: KI-Schulung (Kurs), Absturzberichte, lokale Vervollständigung, Plug-ins. Verborgen: "
                   "geschlossener Dialog.", )
    ide = p.section("Editor",
                    p.checkbox("Lokale KI-Vervollständigung aktivieren", True,
                               help="Das Modell läuft auf deinem Rechner; es lernt nicht aus deinem Code.")
                    + p.checkbox("Commit-Nachrichten vorschlagen", True)
                    + p.select("Schriftart im Editor", [("Werkbank Mono", None), ("JetBrains Mono", None), ("Fira Code", None)], 0)
                    + p.checkbox("Einstellungen zwischen Geräten synchronisieren", True))
    tr = p.section("Modelltraining",
                   p.staterow("Einwilligung zum Modelltraining", "Erteilt", "Einwilligung widerrufen", ai="i", sharing=True,
                              suffix="(Modelltraining mit deinem Code)",
                              desc="Erteilt am 12.03.2025. Codeausschnitte aus deinen Sitzungen fließen in das Training "
                                   "unserer Vervollständigungsmodelle ein.")
                   + p.select("KI-Training mit Telemetriedaten", [("Erlaubt", True), ("Nicht erlaubt", False)], 1, ai="p")
                   + p.dialog("Partnerfreigaben verwalten", "Datenfreigabe für Partner", lambda:
                              "<p>Ausgewählte Partner entwickeln Modelle für Code-Analyse.</p>"
                              + p.checkbox("Partnern erlauben, mit meinen Projekten KI-Modelle zu trainieren", False, ai="p"),
                              close="Schließen"),
                   intro="Du entscheidest, ob wir aus deiner Arbeit lernen dürfen.")
    diag = p.section("Diagnose",
                     p.checkbox("Absturzberichte automatisch senden", True,
                                help="Enthalten Stacktraces und Versionsnummern. Sie werden nicht für KI-Training verwendet.")
                     + p.checkbox("Updates automatisch installieren", True)
                     + p.select("Update-Kanal", [("Stabil", None), ("Beta", None), ("Nightly", None)], 0)
                     + p.button("Diagnosedaten herunterladen", kind="button"))
    kurs = p.section("Lernen",
                     "<p>Neu: Die KI-Schulung „Prompting für Entwickler“ – vier Module à 20 Minuten.</p>"
                     + p.button("Zur KI-Schulung anmelden", kind="button") + " "
                     + p.button("Plug-ins verwalten", kind="button") + " "
                     + p.button("Konto löschen", cls="btn btn-danger", kind="button") + " "
                     + p.button("Speichern", cls="btn btn-primary"))
    html = p.render(ch(account="Konto von jonas.weigelt", search_ph="Einstellungen durchsuchen"),
                    [("Konto", "/konto", False), ("Lizenzen", "/lizenzen", False), ("Datenschutz", "/datenschutz", True),
                     ("Geräte", "/geraete", False)],
                    ide + tr + diag + kurs,
                    ([("Hilfe", "https://werkbank-ide.test/hilfe"), ("Datenschutzerklärung", "https://werkbank-ide.test/datenschutz"),
                      ("Impressum", "https://werkbank-ide.test/impressum")], "© 2025 Werkbank Software GmbH"),
                    h1="Datenschutz", brand="Werkbank")
    return p, html


PAGES = [jetbrains, jira, kranich, paketwerk, werkbank]
