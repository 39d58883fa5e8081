from lib import Page, LANG_OPTS


def mk(slug, url, brand, title, **kw):
    kw.setdefault("lang_opts", LANG_OPTS)
    kw.setdefault("lang_label", "Lingua")
    kw.setdefault("search", "Cerca")
    return Page("it", slug, url, brand, title, **kw)


def aruba():
    p = mk("aruba-privacy-ia", "https://admin.aruba.it/PannelloAdmin/Hosting/GestioneSito.aspx?sezione=privacy-ia",
           "Aruba", "Privacy e intelligenza artificiale", known=True,
           notes="Servizio noto (ricostruzione, Lei). Pulsanti segmentati invertiti ('Escludere il sito…', Sì), checkbox vaga ('Partecipa al programma Dati per la Ricerca', l'aiuto parla di addestrare), select semplice (Consentito/Non consentito); esche: assistente virtuale che non addestra, avviso bot IA; visibility:hidden.",
           search_ph="Cerca nel pannello", account="Area clienti",
           menu=["Dati anagrafici", "Fatture", "Assistenza", "Esci"], nav_label="Pannello di controllo",
           nav=["Riepilogo", "Domini", "Hosting", "Email", "Database", "Sicurezza", "Privacy e IA", "Fatture"],
           nav_current="Privacy e IA", footer=["Assistenza", "Stato dei servizi", "Privacy", "Note legali", "© Aruba S.p.A."],
           lead="Hosting Linux · agriturismolequerce.it")
    p.sec("Hosting Linux")
    p.txt("Dominio", "agriturismolequerce.it")
    p.sel("Versione PHP", ["8.1", "8.2", "8.3"], "8.2")
    p.cb("Reindirizzamento HTTPS", True)
    p.btn("Apri File Manager")
    p.sec("Intelligenza artificiale")
    p.seg("Escludere il sito dall'addestramento dei modelli IA di terze parti", ["Sì", "No"], "Sì", ai="i", yes=["No"])
    p.cb("Partecipa al programma Dati per la Ricerca", True, ai="v",
         help="Le pagine pubbliche del sito confluiscono in un archivio concesso in licenza a università e aziende, che lo usano per addestrare modelli linguistici.")
    p.sel("Addestramento dell'assistente Aruba con i ticket di assistenza", ["Consentito", "Non consentito"], "Non consentito",
          ai="p", yes=["Consentito"])
    p.hide_begin("visibility")
    p.sw("Consenti l'addestramento IA sulle caselle email", False, ai="p")
    p.hide_end()
    p.sec("Sicurezza")
    p.sw("Verifica in due passaggi", True)
    p.sel("Backup", ["Giornaliero", "Settimanale"], "Giornaliero")
    p.cb("Protezione antimalware", True)
    p.sec("Statistiche")
    p.cb("Statistiche di accesso", True)
    p.sel("Conservazione dei log", ["7 giorni", "30 giorni", "1 anno"], "30 giorni")
    p.sec("Assistente virtuale")
    p.bsw("Assistente virtuale nel pannello", True,
          help="Risponde usando la documentazione pubblica; i file del Suo sito non vengono letti né usati per l'addestramento.")
    p.sec("Avvisi")
    p.cb("Avvisami quando i bot IA superano la soglia di traffico", True, wrap=True)
    p.cb("Newsletter sulle novità", False, wrap=True)
    p.btn("Scarica le fatture")
    return p


def register():
    p = mk("registerit-dati-ia", "https://controlpanel.register.it/sitebuilder/impostazioni/dati-e-ia.html?dominio=studiolegaleferri.it",
           "Register.it", "Dati e IA", known=True,
           notes="Servizio noto (ricostruzione, Lei). Button switch solo titolo (sezione 'Addestramento dei nostri modelli'; nome 'Testi delle pagine'), tabella vaga di una riga (colonna 'Programma Lumen', solo la nota parla di addestrare) con colonna esca, fieldset invertito (Blocco … Attivo); esche: generatore di testi che non addestra, avvisi funzioni IA; <dialog> chiuso.",
           search_ph="Cerca domini e servizi", account="Il mio account",
           menu=["Profilo", "Ordini", "Fatture", "Esci"], nav_label="Sito web",
           nav=["Editor", "Pagine", "Moduli", "Cookie e visitatori", "Dati e IA", "Dominio", "Email"],
           nav_current="Dati e IA", footer=["Assistenza", "Privacy", "Condizioni", "Register S.p.A."],
           lead="studiolegaleferri.it")
    p.sec("Sito")
    p.txt("Titolo del sito", "Studio Legale Ferri")
    p.sel("Lingua", ["Italiano", "English"], "Italiano")
    p.cb("Mostra il sito come «in costruzione»", False)
    p.sec("Crawler IA")
    p.rad("Blocco dei crawler che raccolgono dati per l'addestramento IA", ["Attivo", "Non attivo"], "Attivo",
          ai="i", yes=["Non attivo"])
    p.dialog_begin("Regole personalizzate…", "Regole personalizzate")
    p.cb("Consenti a Google-Extended di usare il sito per l'addestramento", False, ai="p")
    p.dialog_end("Chiudi")
    p.sec("Addestramento dei nostri modelli",
          intro="Register.it sviluppa modelli che suggeriscono testi e layout. Decida quali contenuti del Suo sito possono servire ad addestrarli.")
    p.bsw("Testi delle pagine", True, mode="lb", ai="h")
    p.sec("Condivisione dei dati")
    p.tbl("Destinatari", ["Statistiche anonime", "Programma Lumen"],
          [("Moduli di contatto compilati", [False, {"on": False, "ai": "v"}])], corner="Dati")
    p.para("Il Programma Lumen fornisce dataset a partner che addestrano modelli di intelligenza artificiale.")
    p.sec("Cookie e visitatori")
    p.sw("Banner cookie", True)
    p.cb("Anonimizza gli indirizzi IP", True)
    p.sel("Strumento statistiche", ["Nessuno", "Integrato", "Matomo"], "Integrato")
    p.sec("Strumenti IA")
    p.sw("Generatore di testi", True,
         help="I Suoi prompt servono solo a generare la risposta: non vengono conservati né usati per addestrare.")
    p.cb("Avvisami sulle nuove funzioni IA", False)
    p.sec("Email e notifiche")
    p.cb("Riepilogo mensile", True)
    p.cb("Notifica per nuovi messaggi dal modulo", True)
    p.btn("Esporta il sito")
    return p


def taccuino():
    p = mk("taccuino-privacy-contenuti", "https://taccuino.test/impostazioni/privacy-e-contenuti", "Taccuino",
           "Privacy e contenuti",
           notes="Piattaforma di blog inventata (tu). Riga di stato semplice (Attivo + 'Disattiva', aria-labelledby pulsante+titolo), switch invertito ('Blocca l'addestramento…', attivo), radiogroup vago ('Taccuino Partner', l'aiuto parla di addestrare); esche: suggerimenti di stile senza addestramento, novità IA; scheda inattiva.",
           search_ph="Cerca blog e post", account="Profilo",
           menu=["Il mio blog", "Account", "Aiuto", "Esci"], nav_label="Impostazioni",
           nav=["Blog", "Commenti", "Privacy e contenuti", "Collaborazioni", "Notifiche", "Account"],
           nav_current="Privacy e contenuti", footer=["Chi siamo", "Aiuto", "Privacy", "Taccuino S.r.l."])
    p.tabs_begin(["Generali", "Archivio"], "Sezioni")
    p.sec("Il tuo blog")
    p.txt("Nome del blog", "Sentieri d'Appennino")
    p.sel("Visibilità", ["Pubblico", "Solo iscritti", "Privato"], "Pubblico")
    p.cb("Mostra la data di pubblicazione", True)
    p.cb("Consenti i commenti", True)
    p.sec("Addestramento IA")
    p.st("Addestramento IA sui tuoi post", "Attivo", True, "Disattiva", mode="lb", ai="p")
    p.sw("Blocca l'addestramento sui commenti dei lettori", True, ai="i")
    p.sec("Collaborazioni")
    p.rg("Taccuino Partner", ["Aderisco", "Non aderisco"], "Non aderisco", ai="v", yes=["Aderisco"],
         help="Con l'adesione concedi i tuoi post pubblici in licenza a società che li usano per addestrare modelli linguistici, e ricevi una quota dei ricavi.")
    p.sec("Strumenti di scrittura")
    p.bsw("Suggerimenti di stile", True, help="I suggerimenti vengono generati al volo e non servono ad addestrare nulla.")
    p.sw("Avvisami sulle novità IA", False)
    p.sec("Notifiche")
    p.tbl("Come ti avvisiamo", ["Email", "App"],
          [("Nuovo commento", [True, True]), ("Nuovo iscritto", [True, False])], corner="Evento")
    p.btn("Esporta i miei post")
    p.end_sec()
    p.tabs_next()
    p.sec("Post archiviati")
    p.cb("Usa i post archiviati per addestrare i modelli", False, ai="p")
    p.end_sec()
    p.tabs_end()
    return p


def bottega():
    p = mk("bottegasiti-dati", "https://app.bottegasiti.test/siti/pasticceria-dolcevita/impostazioni/dati", "Bottega Siti",
           "Dati e addestramento",
           notes="Costruttore di siti inventato (tu). Fieldset solo titolo (sezione 'Dati dei visitatori per l'addestramento'; legenda 'Ricerche fatte nel sito'), switch semplice (spento), riga di stato vaga ('Esci dal Programma Vetrina Aperta' con suffisso visivamente nascosto, l'aiuto parla di addestrare); esche: assistente di design che non impara, novità IA; attributo hidden.",
           search_ph="Cerca nelle impostazioni", account="Account",
           menu=["Profilo", "Piano", "Fatture", "Esci"], nav_label="Sito",
           nav=["Pagine", "Negozio", "Ordini", "Visitatori", "Dati e addestramento", "Dominio", "Impostazioni"],
           nav_current="Dati e addestramento", footer=["Centro assistenza", "Privacy", "Termini", "Bottega Siti S.r.l."],
           lead="Pasticceria Dolcevita")
    p.sec("Sito")
    p.txt("Nome del sito", "Pasticceria Dolcevita")
    p.txt("Email per le notifiche", "ordini@pasticceriadolcevita.it", typ="email")
    p.sel("Fuso orario", ["Europa/Roma", "Europa/Londra"], "Europa/Roma")
    p.btn("Collega un dominio")
    p.sec("Addestramento IA")
    p.sw("Usa i contenuti del mio sito per addestrare l'IA di Bottega", False, ai="p")
    p.hide_begin("hidden")
    p.cb("Addestra l'IA con le foto del catalogo", False, ai="p")
    p.hide_end()
    p.sec("Dati dei visitatori per l'addestramento",
          intro="Le interazioni dei visitatori con il tuo sito possono insegnare ai nostri modelli a dare consigli migliori. Scegli cosa condividere.")
    p.rad("Ricerche fatte nel sito", ["Condividi", "Non condividere"], "Condividi", ai="h", yes=["Condividi"])
    p.sec("Programmi")
    p.st("Programma Vetrina Aperta", "Iscritto", True, "Esci", mode="sr", suffix="dal Programma Vetrina Aperta", ai="v",
         help="Gli iscritti mettono catalogo e recensioni a disposizione di partner che addestrano modelli di raccomandazione.")
    p.sec("Assistente")
    p.bsw("Assistente di design", True, help="Usa solo le istruzioni che scrivi e non impara dal tuo sito.")
    p.seg("Stile dei testi generati", ["Caldo", "Neutro", "Formale"], "Caldo")
    p.sec("Visitatori")
    p.sw("Banner cookie", True)
    p.cb("Registra le sessioni dei visitatori", False)
    p.sel("Statistiche", ["Nessuna", "Integrate", "Google Analytics"], "Integrate")
    p.sec("Notifiche")
    p.cb("Nuovo ordine", True, wrap=True)
    p.cb("Nuova recensione", True, wrap=True)
    p.cb("Novità sulle funzioni IA", True, wrap=True)
    p.btn("Esporta i dati del sito")
    return p


def valico():
    p = mk("valicocdn-ia", "https://console.valicocdn.test/zone/museocivicomarino.it/ia", "Valico CDN", "Crawler e IA",
           notes="CDN inventata (Lei). Doppia negazione in checkbox ('Non opporsi all'uso…', selezionata = dati usati), button switch semplice nominato dal testo, tabella solo didascalia (caption parla di addestrare, colonna 'Concesso'); esche: ridimensionamento immagini con IA, avviso nuovi crawler IA; display:none inline.",
           search_ph="Cerca zone e regole", account="Account",
           menu=["Profilo", "Chiavi API", "Fatturazione", "Esci"], nav_label="Zona",
           nav=["Panoramica", "DNS", "Cache", "Certificati", "Sicurezza", "Crawler e IA", "Log", "Avvisi"],
           nav_current="Crawler e IA", footer=["Documentazione", "Stato della rete", "Privacy", "Valico Reti S.r.l."],
           lead="museocivicomarino.it")
    p.sec("Zona")
    p.txt("Origine", "origin.museocivicomarino.it")
    p.sel("TTL della cache", ["1 ora", "1 giorno", "1 settimana"], "1 giorno")
    p.cb("HTTP/3", True)
    p.btn("Svuota la cache")
    p.sec("Crawler IA")
    p.cb("Non opporsi all'uso dei contenuti per l'addestramento IA", True, ai="i", inv=False, dbl=True,
         help="Se la deseleziona, pubblichiamo per Lei la riserva sull'estrazione di testo e dati.")
    p.bsw("Consenti a Valico di addestrare modelli sui log della zona", False, mode="text", ai="p")
    p.hide_begin("inline-none")
    p.sw("Cedi le immagini in licenza per l'addestramento IA", False, ai="p")
    p.hide_end()
    p.bsw("Ridimensionamento immagini con IA", True,
          help="Avviene sui nostri nodi di bordo; le Sue immagini non servono ad addestrare alcun modello.")
    p.sec("Licenze")
    p.tbl("Contenuti concessi per addestrare modelli di IA", ["Concesso"],
          [("Schede delle opere", {"on": True, "ai": "h"}), ("Fotografie della collezione", {"on": False, "ai": "h"})],
          corner="Contenuto")
    p.sec("Sicurezza")
    p.sw("WAF", True)
    p.sel("Gestione bot", ["Disattivata", "Sfida", "Blocco"], "Sfida")
    p.cb("Limitazione delle richieste", True)
    p.sec("Log")
    p.cb("Maschera gli IP nei log", True)
    p.sel("Conservazione dei log", ["3 giorni", "30 giorni"], "30 giorni")
    p.sec("Avvisi")
    p.sw("Avvisami dei nuovi crawler IA", True)
    p.sw("Rapporto settimanale", False)
    return p


def pages():
    return [aruba(), register(), taccuino(), bottega(), valico()]
