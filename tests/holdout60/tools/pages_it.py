from lib import Page

CH = dict(skip="Vai al contenuto principale", search_label="Cerca", search_ph="Cerca…",
          lang_label="Lingua", account="Apri il menu dell'account", signout="Esci",
          menu=[("Profilo", "/profilo"), ("Impostazioni", "/impostazioni")], nav_label="Impostazioni")


def ch(**kw):
    d = dict(CH)
    d.update(kw)
    return d


# ---------------------------------------------------------------- Bitbucket
def bitbucket():
    p = Page("it", "bitbucket-impostazioni-ia", "Bitbucket", "https://bitbucket.org/account/settings/ai/",
             "Intelligenza artificiale — Impostazioni personali — Bitbucket", known=True, hide_class="bb-hidden",
             notes="Servizio noto, ricostruito (tu). Interruttore con aria-labelledby 'Contribuisci a migliorare Atlassian "
                   "Intelligence', senso solo nell'aiuto (aria-describedby), attivo; casella imperativa negata 'Non usare i "
                   "miei repository privati…' selezionata. Esche: riepiloghi delle pull request, notifiche, chiavi SSH, "
                   "corso Pipelines. Nascosto: visibility:hidden.")
    feat = p.section("Funzionalità",
                     p.switch("Riepiloghi delle pull request generati dall'IA", True,
                              desc_line="Un riassunto delle modifiche in cima a ogni pull request.")
                     + p.switch("Spiegazione dei build non riusciti", True)
                     + p.select("Lingua dei riepiloghi", [("Come l'interfaccia", None), ("Inglese", None)], 0)
                     + p.checkbox("Mostra i suggerimenti di revisione nelle diff", False)
                     + p.checkbox("Usa il tema scuro nelle diff", True))
    data = p.section("I tuoi dati",
                     p.switch("Contribuisci a migliorare Atlassian Intelligence", True, ai="v",
                              help="Se attivi questa opzione, i tuoi prompt e il codice delle pull request potranno essere "
                                   "usati per addestrare i modelli di Atlassian Intelligence.")
                     + p.checkbox("Non usare i miei repository privati per l'addestramento", True, ai="i")
                     + p.hidden("visibility", lambda:
                                p.checkbox("Consenti l'addestramento sui repository dello spazio di lavoro", True, ai="p")))
    no = p.section("Notifiche via e-mail",
                   p.table("Ricevi un'e-mail quando", "Evento", ["E-mail"], [
                       ("Qualcuno commenta una mia pull request", [(True,)]),
                       ("Mi viene chiesto di revisionare", [(True,)]),
                       ("Una pipeline fallisce sul ramo principale", [(False,)]),
                   ]))
    sec = p.section("Sicurezza e strumenti",
                    p.button("Aggiungi chiave SSH", kind="button") + " "
                    + p.button("Crea token API", kind="button") + " "
                    + p.button("Gestisci app collegate", kind="button") + " "
                    + p.button("Segui il corso su Bitbucket Pipelines", kind="button") + " "
                    + p.input("Nome visualizzato", "Giulia Ferraris")
                    + p.button("Salva", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Cerca repository, pull request…", account="Il tuo profilo e le impostazioni",
                       menu=[("Profilo personale", "/account/user/"), ("Spazi di lavoro", "/account/workspaces/")]),
                    [("Impostazioni account", "/account/settings/", False), ("Notifiche via e-mail", "/account/settings/email/notifications/", False),
                     ("Chiavi SSH", "/account/settings/ssh-keys/", False), ("Token API", "/account/settings/api-tokens/", False),
                     ("Intelligenza artificiale", "/account/settings/ai/", True)],
                    feat + data + no + sec,
                    ([("Privacy", "https://www.atlassian.com/legal/privacy-policy"), ("Termini", "https://www.atlassian.com/legal/cloud-terms-of-service"),
                      ("Stato del servizio", "https://bitbucket.status.atlassian.com")], "© 2025 Atlassian"),
                    h1="Intelligenza artificiale", brand="Bitbucket")
    return p, html


# ---------------------------------------------------------------- Nuvola Appennino (invented console, Lei)
def nuvola():
    p = Page("it", "nuvola-appennino-dati", "Nuvola Appennino",
             "https://console.nuvola-appennino.test/progetti/gelateria-web/impostazioni/dati",
             "Dati e IA · gelateria-web · Console Nuvola Appennino", hide_class="na-nascosto",
             notes="Console cloud inventata (Lei). Elenco 'Addestramento dei modelli con i dati del progetto' su "
                   "'Consentito'; tabella con didascalia che dà il senso (due caselle non selezionate); riga di stato "
                   "'Opposizione al trattamento…' con pulsante 'Presenta opposizione' nominato via aria-labelledby "
                   "(nessuna opposizione = condivide). Esche: assistente, budget, regione. Nascosto: display:none in linea.")
    gen = p.section("Progetto",
                    p.input("Nome del progetto", "gelateria-web")
                    + p.select("Regione", [("Bologna (it-nord-1)", None), ("Bari (it-sud-1)", None)], 0)
                    + p.input("Soglia di spesa mensile (EUR)", "150", type="number")
                    + p.checkbox("Avvisami via e-mail al superamento della soglia", True))
    asst = p.section("Assistente",
                     p.switch("Assistente nella console", True, mode="aria",
                              desc_line="Risponde a domande sulle risorse del progetto. Le conversazioni non servono ad addestrare i modelli.")
                     + p.switch("Suggerimenti di dimensionamento", False, mode="aria"))
    tr = p.section("Addestramento dei modelli",
                   p.select("Addestramento dei modelli con i dati del progetto", [("Consentito", True), ("Non consentito", False)], 0, ai="p",
                            help="Riguarda metriche, log applicativi e configurazioni.")
                   + p.table("Condivisione con terze parti per l'addestramento dell'IA", "Destinatario", ["Consenti"], [
                       ("Partner tecnologici", [(False, "h")]),
                       ("Enti di ricerca pubblici", [(False, "h")]),
                   ])
                   + p.staterow("Opposizione al trattamento per finalità di addestramento", "Nessuna opposizione",
                                "Presenta opposizione", ai="i", sharing=True, mode="lby",
                                desc="Ai sensi dell'art. 21 GDPR può opporsi in qualsiasi momento.")
                   + p.hidden("inline", lambda:
                              p.checkbox("Includere i backup dei database nell'addestramento", False, ai="p")),
                   intro="Nuvola Appennino sviluppa modelli propri per il rilevamento di anomalie.")
    acc = p.section("Accesso",
                    p.checkbox("Proteggi dall'eliminazione le risorse con etichetta «produzione»", True)
                    + p.select("Scadenza della sessione", [("1 ora", None), ("8 ore", None), ("24 ore", None)], 1)
                    + p.button("Crea chiave API", kind="button") + " "
                    + p.button("Scarica il registro attività", kind="button") + " "
                    + p.button("Elimina progetto", cls="btn btn-danger", kind="button") + " "
                    + p.button("Salva modifiche", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Cerca risorse", account="Account di m.bianchi@gelateria.test",
                       menu=[("Il mio account", "/account"), ("Fatturazione", "/fatturazione")]),
                    [("Panoramica", "/progetti/gelateria-web", False), ("Calcolo", "/progetti/gelateria-web/calcolo", False),
                     ("Archiviazione", "/progetti/gelateria-web/archiviazione", False),
                     ("Dati e IA", "/progetti/gelateria-web/impostazioni/dati", True)],
                    gen + asst + tr + acc,
                    ([("Documentazione", "https://docs.nuvola-appennino.test"), ("Privacy", "https://nuvola-appennino.test/privacy"),
                      ("Note legali", "https://nuvola-appennino.test/note-legali")], "Nuvola Appennino S.p.A. — P.IVA 01234560372"),
                    h1="Dati e IA", brand="Nuvola Appennino")
    return p, html


# ---------------------------------------------------------------- Bottega del Codice (invented forge, tu)
def bottega():
    p = Page("it", "bottega-privacy", "Bottega del Codice", "https://bottega.test/impostazioni/privacy",
             "Privacy · Impostazioni · Bottega del Codice", hide_class="bt-nascondi",
             notes="Forgia inventata (tu). role=radiogroup 'Uso del tuo codice per addestrare…' su 'No'; casella nativa "
                   "con role=switch 'Escludi le issue dall'addestramento' attiva (non condivide). Esche: visibilità del "
                   "profilo, revisione automatica, chiavi. Nascosto: attributo hidden.")
    vis = p.section("Profilo",
                    p.radios("Chi può vedere il tuo profilo", [("Tutti", None), ("Solo utenti registrati", None)], 0)
                    + p.checkbox("Mostra la mia e-mail", False)
                    + p.checkbox("Mostra i contributi ai progetti privati", False))
    ai = p.section("Bottega AI",
                   p.switch("Revisione automatica delle merge request", True, mode="text")
                   + p.switch("Completamento nel web editor", True, mode="text")
                   + p.radios("Uso del tuo codice per addestrare i modelli di Bottega AI",
                              [("Sì, tutto", True), ("Solo i progetti pubblici", True), ("No", False)], 2, ai="p", mode="rg")
                   + p.checkbox("Escludi le issue dall'addestramento", True, ai="i", switch=True)
                   + p.hidden("attr", lambda: p.checkbox("Addestra Bottega AI sulle wiki dei miei progetti", True, ai="p")),
                   intro="Le funzioni di Bottega AI girano su modelli già addestrati. Qui scegli se i tuoi contenuti "
                         "possono aiutare ad addestrare le prossime versioni.")
    no = p.section("Notifiche",
                   p.table("Avvisami", "Evento", ["E-mail", "Web"], [
                       ("Menzioni", [(True,), (True,)]),
                       ("Nuove issue nei miei progetti", [(False,), (True,)]),
                   ]))
    keys = p.section("Chiavi e dati",
                     p.button("Aggiungi chiave SSH", kind="button") + " "
                     + p.button("Attiva l'autenticazione a due fattori", kind="button") + " "
                     + p.button("Esporta i miei dati", kind="button") + " "
                     + p.button("Salva", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Cerca progetti", account="Menu di @ale.morandi",
                       menu=[("Il tuo profilo", "/ale.morandi"), ("I tuoi progetti", "/ale.morandi?tab=progetti")]),
                    [("Profilo", "/impostazioni/profilo", False), ("Account", "/impostazioni/account", False),
                     ("Privacy", "/impostazioni/privacy", True), ("Chiavi", "/impostazioni/chiavi", False)],
                    vis + ai + no + keys,
                    ([("Aiuto", "https://bottega.test/aiuto"), ("Privacy", "https://bottega.test/privacy"),
                      ("Codice sorgente", "https://bottega.test/bottega/bottega")], "Bottega del Codice — associazione di promozione sociale"),
                    h1="Privacy", brand="Bottega del Codice")
    return p, html


# ---------------------------------------------------------------- Catena CI (invented, Lei)
def catena():
    p = Page("it", "catena-ci-organizzazione-ia", "Catena CI",
             "https://app.catena-ci.test/organizzazione/ferramenta-rossi/ia",
             "IA · ferramenta-rossi · Catena CI", hide_class="ct-hide",
             notes="CI inventata, dati dell'organizzazione (Lei). Pulsanti segmentati 'Log di compilazione' sotto il titolo "
                   "'Dati per l'addestramento dei modelli di Catena' ('Condividi'); casella in <details> chiuso con il "
                   "sostantivo 'Rinuncia all'addestramento…' selezionata; casella vaga 'Partecipa al programma Catena "
                   "Insight' con aiuto accanto, non selezionata. Esche: analisi dei test instabili, corso. Nascosto: "
                   "scheda inattiva.")
    def generale():
        return (p.seg("Log di compilazione", [("Condividi", True), ("Non condividere", False)], 0, ai="h")
                + p.details("Altre fonti di dati", lambda:
                            p.checkbox("Rinuncia all'addestramento sui risultati dei test", True, ai="i")
                            + p.checkbox("Mostra un riepilogo delle fonti condivise nella dashboard", False))
                + p.checkbox("Partecipa al programma Catena Insight", False, ai="v", hm="after",
                             help="I dati aggregati delle pipeline dei partecipanti servono ad addestrare i modelli che stimano "
                                  "la durata delle build."))
    def avanzate():
        return p.checkbox("Condividi le immagini dei container con i partner per l'addestramento", False, ai="p")
    tr = p.section("Dati per l'addestramento dei modelli di Catena",
                   p.tabs("Opzioni", [("Generale", generale), ("Avanzate", avanzate)]),
                   intro="Catena addestra modelli propri per prevedere durata ed esito delle pipeline.")
    an = p.section("Analisi",
                   p.switch("Individua i test instabili", True, mode="aria",
                            desc_line="Usa modelli già addestrati, senza riutilizzare i Suoi log.")
                   + p.checkbox("Annulla le pipeline ridondanti", True)
                   + p.select("Conservazione degli artefatti", [("7 giorni", None), ("30 giorni", None), ("90 giorni", None)], 1))
    no = p.section("Avvisi",
                   p.table("Canali di notifica", "Evento", ["E-mail", "Teams"], [
                       ("Pipeline fallita sul ramo principale", [(True,), (True,)]),
                       ("Rilascio in produzione completato", [(False,), (True,)]),
                   ]))
    misc = p.section("Altro",
                     p.button("Invita un membro", kind="button") + " "
                     + p.button("Iscriviti al corso «CI/CD per team piccoli»", kind="button") + " "
                     + p.button("Salva", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Cerca pipeline", account="Account di Marco Rossi",
                       menu=[("Il mio profilo", "/profilo"), ("Cambia organizzazione", "/organizzazioni")]),
                    [("Generale", "/organizzazione/ferramenta-rossi", False), ("Membri", "/organizzazione/ferramenta-rossi/membri", False),
                     ("Runner", "/organizzazione/ferramenta-rossi/runner", False), ("IA", "/organizzazione/ferramenta-rossi/ia", True),
                     ("Fatturazione", "/organizzazione/ferramenta-rossi/fatturazione", False)],
                    tr + an + no + misc,
                    ([("Documentazione", "https://docs.catena-ci.test"), ("Privacy", "https://catena-ci.test/privacy"),
                      ("Stato", "https://stato.catena-ci.test")], "© 2025 Catena CI S.r.l."),
                    h1="Intelligenza artificiale", brand="Catena CI")
    return p, html


# ---------------------------------------------------------------- Scrittoio (invented editor, tu)
def scrittoio():
    p = Page("it", "scrittoio-preferenze-dati", "Scrittoio", "https://account.scrittoio.test/preferenze/dati",
             "I tuoi dati — Preferenze — Scrittoio", hide_class="sc-via",
             notes="Editor inventato (tu). Interruttore con aria-label esplicito 'Consenti l'uso dei miei dati…' spento; riga "
                   "di stato 'Revoca il consenso…' con suffisso visivamente nascosto (consenso attivo = condivide); "
                   "tabella con didascalia che dà il senso (chat sì, modifiche no). Esche: completamento, indice locale, "
                   "segnalazioni di crash senza addestramento. Nascosto: finestra di dialogo chiusa.")
    ed = p.section("Editor",
                   p.checkbox("Completamento con IA", True)
                   + p.checkbox("Indice locale per la ricerca semantica", True, help="L'indice resta sul tuo computer.")
                   + p.select("Tema", [("Chiaro", None), ("Scuro", None)], 1)
                   + p.checkbox("Sincronizza le impostazioni", True))
    tr = p.section("Addestramento dei modelli",
                   p.switch("Consenti l'uso dei miei dati per addestrare i modelli di completamento", False, mode="aria", ai="p",
                            visible="Uso dei dati per l'addestramento")
                   + p.staterow("Consenso all'addestramento con i tuoi snippet", "Attivo", "Revoca", ai="i", sharing=True,
                                suffix="il consenso all'addestramento con i tuoi snippet",
                                desc="Dato il 18 settembre 2024.")
                   + p.table("Cosa può usare Scrittoio per addestrare i propri modelli", "Dato", ["Consenti"], [
                       ("Cronologia delle chat", [(True, "h")]),
                       ("Modifiche ai suggerimenti", [(False, "h")]),
                   ])
                   + p.dialog("Programma ricerca", "Programma di ricerca universitaria", lambda:
                              p.checkbox("Condividi le mie sessioni con i ricercatori per addestrare modelli", False, ai="p"),
                              close="Chiudi"))
    diag = p.section("Diagnostica",
                     p.checkbox("Invia segnalazioni di crash", True,
                                help="Solo stack trace e versione; non vengono usate per addestrare modelli.")
                     + p.checkbox("Installa gli aggiornamenti automaticamente", True)
                     + p.select("Canale di aggiornamento", [("Stabile", None), ("Anteprima", None)], 0)
                     + p.checkbox("Ricevi novità e consigli via e-mail", False))
    acc = p.section("Account",
                    p.button("Scarica i miei dati", kind="button") + " "
                    + p.button("Disconnetti tutti i dispositivi", kind="button") + " "
                    + p.button("Elimina l'account", cls="btn btn-danger", kind="button") + " "
                    + p.button("Salva", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Cerca nelle preferenze", account="Account: fede@lagunasoft.test",
                       menu=[("Account", "/account"), ("Licenze", "/licenze")]),
                    [("Account", "/account", False), ("Licenze", "/licenze", False), ("I tuoi dati", "/preferenze/dati", True),
                     ("Estensioni", "/preferenze/estensioni", False)],
                    ed + tr + diag + acc,
                    ([("Guida", "https://scrittoio.test/guida"), ("Privacy", "https://scrittoio.test/privacy"),
                      ("Novità", "https://scrittoio.test/novita")], "© 2025 Scrittoio S.r.l."),
                    h1="I tuoi dati", brand="Scrittoio")
    return p, html


PAGES = [bitbucket, nuvola, bottega, catena, scrittoio]
