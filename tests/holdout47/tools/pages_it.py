from lib import Page

CHROME = {
    "search_label": "Cerca",
    "search_placeholder": "Posizione, azienda o parola chiave",
    "lang_label": "Lingua",
    "lang_options": ["Italiano", "English", "Deutsch", "Français", "Español"],
    "lang_current": "Italiano",
    "account": "Il mio account",
    "menu": ["Visualizza profilo", "Fatturazione", "Centro assistenza", "Esci dall'account"],
    "nav_label": "Impostazioni",
    "footer": ["Note legali", "Informativa sulla privacy", "Termini e condizioni", "Dichiarazione di accessibilità",
               "Preferenze cookie"],
    "copyright": "© 2025 {brand}. Tutti i diritti riservati.",
}


def indeed():
    p = Page("it", "indeed-privacy", "https://it.indeed.com/account/privacy",
             "Privacy", "Indeed", {**CHROME, "search_placeholder": "Cosa: posizione, parole chiave o azienda"},
             ["Profilo", "Curriculum", "Avvisi di lavoro", "Privacy", "Account"],
             kind="motore di ricerca di lavoro", known=True, nav_current=3, user="Giulia",
             notes="Motore di ricerca di lavoro. Interruttore esplicito sul curriculum (spento); casella vaga "
                   "'Aiuta Indeed a migliorare gli abbinamenti' spiegata solo dall'aiuto (selezionata); casella "
                   "all'imperativo 'Escludi i messaggi … dall'addestramento dell'IA' selezionata (non condivide) dentro un details chiuso. "
                   "Esche: offerte consigliate, lettera di presentazione con IA, pubblicità. Nascosto: dialog "
                   "chiuso.")
    with p.section("Visibilità del curriculum"):
        p.radios("Chi può trovare il mio curriculum", ["Tutti i datori di lavoro", "Solo le aziende a cui mi candido"],
                 "Tutti i datori di lavoro")
        p.checkbox("Nascondi il mio curriculum alle aziende che ho bloccato", True)
    with p.section("Avvisi e suggerimenti"):
        p.select("Frequenza degli avvisi di lavoro", ["Ogni giorno", "Ogni settimana", "Mai"], "Ogni giorno")
        p.switch("Offerte consigliate", True,
                 help="Calcolate in base alle tue ricerche e candidature; restano nel tuo account.")
        p.switch("Suggerimenti dell'IA per la lettera di presentazione", False)
    with p.section("Intelligenza artificiale"):
        p.switch("Consenti a Indeed di usare il mio curriculum per addestrare i modelli di IA", False,
                 ai=(False, "p"))
        p.checkbox("Aiuta Indeed a migliorare gli abbinamenti", True,
                   help="Se selezioni questa opzione, useremo le tue candidature e le risposte ai questionari di "
                        "preselezione per addestrare i modelli che abbinano candidati e offerte.", ai=(True, "v"))
        with p.details("Altre impostazioni"):
            p.checkbox("Escludi i messaggi con i datori di lavoro dall'addestramento dell'IA", True,
                       ai=(False, "i"))
        with p.hidden("dialog", opener="Rivedi le tue scelte", title="Le tue scelte",
                      actions=("Chiudi", "Conferma")):
            p.checkbox("Condividi le mie recensioni delle aziende con partner di IA", False, ai=(True, "p"))
    with p.section("Candidature"):
        p.checkbox("Condividi automaticamente il mio profilo quando mi candido", True)
        p.switch("Aggiornamenti sullo stato delle candidature", True)
        p.select("Preferenza sul luogo di lavoro", ["In sede", "Ibrido", "Da remoto"], "Ibrido")
    with p.section("Preferenze di lavoro"):
        p.text_input("Retribuzione minima (€ lordi annui)", "32000", kind="number")
        p.select("Tipo di contratto", ["Tempo indeterminato", "Tempo determinato", "Apprendistato",
                                       "Partita IVA"], "Tempo indeterminato")
        p.checkbox("Disponibile a trasferirmi", False)
    with p.section("Notifiche"):
        p.table(None, "Notifica", ["E-mail", "App"],
                [("Un'azienda ha visto il mio curriculum", [(True, None), (True, None)]),
                 ("Nuovi messaggi dai datori di lavoro", [(True, None), (True, None)])])
    with p.section("Sicurezza"):
        p.switch("Verifica in due passaggi", False)
        p.button("Cambia password")
    with p.section("Pubblicità"):
        p.checkbox("Annunci personalizzati in base alla mia attività", False)
        p.checkbox("Sondaggi sulle aziende per cui ho lavorato", True)
    with p.section("Il tuo account"):
        p.button("Scarica i tuoi dati")
        p.button("Chiudi l'account", danger=True)
    return p


def lavoretti():
    p = Page("it", "lavoretti-privacy", "https://www.lavoretti.test/impostazioni/privacy",
             "Privacy", "Lavoretti", {**CHROME, "search_placeholder": "Cerca lavoretti vicino a te"},
             ["Profilo", "Le mie competenze", "Pagamenti", "Privacy", "Assistenza"],
             kind="piattaforma di piccoli lavori a domicilio", nav_current=3, user="Marco",
             notes="Piattaforma di piccoli lavori. Riga di stato con opposizione registrata e pulsante 'Revoca "
                   "l'opposizione' con suffisso nascosto (non condivide); pulsanti segmentati 'Foto dei lavori "
                   "completati' comprensibili solo dal titolo 'Cosa impara il nostro algoritmo da te' (Sì); casella "
                   "esplicita sulle chat (non selezionata). Esche: preventivi automatici che non salvano le chat, "
                   "categorie. Nascosto: aria-hidden.")
    with p.section("Le mie competenze"):
        p.checkbox("Montaggio mobili", True)
        p.checkbox("Giardinaggio", False)
        p.checkbox("Traslochi e sgomberi", True)
        p.checkbox("Piccole riparazioni idrauliche", False)
        p.select("Raggio d'azione", ["5 km", "10 km", "20 km", "Tutta la provincia"], "10 km")
        p.text_input("Tariffa oraria (€)", "18", kind="number")
    with p.section("Preventivi"):
        p.switch("Preventivi automatici", True,
                 help="L'assistente propone un prezzo in base alla descrizione del lavoro; non conserva le tue chat.")
        p.switch("Mostra il mio numero di telefono dopo la conferma", True)
    with p.section("Recensioni e IA"):
        p.state_row("Addestramento dell'IA con le mie recensioni", "Opposizione registrata il 18/02/2025",
                    "Revoca l'opposizione", suffix=" all'addestramento dell'IA con le mie recensioni",
                    ai=(False, "i"))
        p.checkbox("Usa le mie chat con i clienti per addestrare l'assistente preventivi", False, ai=(False, "p"))
        with p.hidden("aria-hidden"):
            p.checkbox("Condividi le foto dei miei lavori con partner per addestrare modelli", False, ai=(True, "p"))
    with p.section("Cosa impara il nostro algoritmo da te",
                   intro="Usiamo alcuni dati dei lavoretti svolti per addestrare l'algoritmo che suggerisce prezzi "
                         "e tempi a tutti i professionisti."):
        p.segmented("Foto dei lavori completati", ["Sì", "No"], "Sì", ai=(True, "h"))
    with p.section("Notifiche e pagamenti"):
        p.table(None, "Evento", ["E-mail", "Push"],
                [("Nuove richieste vicino a me", [(True, None), (True, None)]),
                 ("Messaggi dei clienti", [(False, None), (True, None)])])
        p.select("Accredito dei pagamenti", ["Ogni settimana", "Ogni due settimane"], "Ogni settimana")
    with p.section("Account"):
        p.button("Elimina il profilo", danger=True)
    return p


def personaleone():
    p = Page("it", "personaleone-privacy-e-ia", "https://hr.personaleone.test/dipendente/impostazioni/privacy-e-ia",
             "Privacy e IA", "PersonaleOne", {**CHROME, "search_placeholder": "Cerca colleghi o documenti"},
             ["Bacheca", "Cedolini", "Ferie e permessi", "Formazione", "Privacy e IA"],
             kind="software HR, portale del dipendente", nav_current=4, user="Francesca Russo",
             notes="Portale del dipendente. Interruttore vago 'Partecipa al progetto Benessere in Azienda' con aiuto "
                   "(acceso); casella 'Non utilizzare le mie valutazioni delle prestazioni per addestrare l'IA' non "
                   "selezionata (condivide); gruppo radio esplicito sulle domande all'assistente HR ('Non "
                   "consentito'). Esche: formazione, cedolino, statistiche che non addestrano. Nascosto: scheda "
                   "inattiva 'Area responsabile'.")
    p.tabs(["Le mie impostazioni", "Area responsabile"], active=0, label="Sezione")
    with p.tab_panel(0):
        with p.section("Cedolino"):
            p.switch("Cedolino solo in formato digitale", True)
            p.select("Lingua del cedolino", ["Italiano", "Inglese", "Tedesco"], "Italiano")
        with p.section("Ferie e permessi"):
            p.checkbox("Avvisa il mio responsabile via e-mail", True)
            p.switch("Mostra le mie assenze nel calendario del team", True)
        with p.section("Formazione"):
            p.checkbox("Ricevi il catalogo dei corsi di formazione", True)
            p.select("Area di formazione preferita", ["Nessuna", "Sicurezza sul lavoro", "Lingue", "Digitale"],
                     "Lingue")
        with p.section("Assistente HR"):
            p.switch("Usa l'assistente HR per le domande su ferie e cedolino", True)
        with p.section("I tuoi dati e l'intelligenza artificiale",
                       intro="L'azienda usa modelli di IA per pianificare i turni e rispondere alle domande del "
                             "personale."):
            p.switch("Partecipa al progetto Benessere in Azienda", True, mode="labelledby",
                     help="Le risposte ai questionari sul clima e i dati su ferie e permessi vengono usati in forma "
                          "pseudonimizzata per addestrare il modello che stima il rischio di dimissioni.",
                     ai=(True, "v"))
            p.checkbox("Non utilizzare le mie valutazioni delle prestazioni per addestrare l'IA", False,
                       ai=(True, "i"))
            p.radios("Utilizzo delle mie domande all'assistente HR per migliorare il modello",
                     ["Consentito", "Non consentito"], "Non consentito", style="radiogroup", ai=(False, "p"))
        with p.section("Statistiche"):
            p.switch("Statistiche di utilizzo anonime", True,
                     help="Servono solo a capire come viene usato il portale e non vengono usate per addestrare "
                          "modelli.")
        with p.section("Notifiche"):
            p.table(None, "Evento", ["E-mail", "App"],
                    [("Nuovo cedolino", [(True, None), (True, None)]),
                     ("Richiesta di ferie approvata", [(True, None), (False, None)])])
    with p.tab_panel(1):
        with p.section("Il mio team"):
            p.checkbox("Usa le valutazioni del mio team per addestrare l'IA", False, ai=(True, "p"))
    return p


def pontelavoro():
    p = Page("it", "pontelavoro-consensi", "https://candidati.pontelavoro.test/area-riservata/consensi",
             "Consensi", "Ponte Lavoro", {**CHROME, "search_placeholder": "Cerca offerte di lavoro"},
             ["I miei dati", "Curriculum", "Le mie missioni", "Consensi", "Documenti"],
             kind="agenzia per il lavoro (somministrazione)", nav_current=3, user="Area riservata",
             notes="Agenzia per il lavoro, pagina dei consensi. Fieldset esplicito 'Consenso all'uso del mio CV per "
                   "l'addestramento…' su 'Acconsento'; fieldset vago 'Consenso per finalità di ricerca e "
                   "sviluppo' spiegato da un testo d'aiuto solo vicino, non collegato ('Non acconsento'); riga di stato 'Limitazione … Non richiesta' "
                   "con pulsante e suffisso nascosto (condivide). Esche: consensi per marketing, comunicazione ai "
                   "clienti, categorie protette. Nascosto: classe CSS display:none.")
    with p.section("Consensi al trattamento dei dati",
                   intro="Può modificare i consensi facoltativi in qualsiasi momento. Il trattamento necessario alla "
                         "gestione delle candidature non richiede consenso."):
        p.radios("Consenso a ricevere comunicazioni commerciali", ["Acconsento", "Non acconsento"], "Non acconsento")
        p.radios("Consenso alla comunicazione del CV alle aziende clienti", ["Acconsento", "Non acconsento"],
                 "Acconsento")
        p.radios("Consenso al trattamento di categorie particolari di dati", ["Acconsento", "Non acconsento"],
                 "Acconsento", help="Necessario per le offerte riservate alle categorie protette (L. 68/99).")
        p.radios("Consenso all'uso del mio CV per l'addestramento di sistemi di intelligenza artificiale",
                 ["Acconsento", "Non acconsento"], "Acconsento", ai=(True, "p"))
        p.radios("Consenso per finalità di ricerca e sviluppo", ["Acconsento", "Non acconsento"], "Non acconsento",
                 help="I dati dei colloqui e delle missioni svolte vengono usati per addestrare e migliorare gli "
                      "algoritmi di selezione di Ponte Lavoro.", tie="near", ai=(False, "v"))
        with p.hidden("display-class"):
            p.radios("Consenso alla cessione del CV a partner per l'addestramento di modelli",
                     ["Acconsento", "Non acconsento"], "Non acconsento", ai=(False, "p"))
    with p.section("Diritti dell'interessato"):
        p.state_row("Limitazione del trattamento per l'addestramento dell'IA", "Non richiesta",
                    "Richiedi la limitazione", suffix=" del trattamento dei miei dati per l'addestramento dell'IA",
                    ai=(True, "i"))
        p.button("Richiedi la cancellazione dei dati", danger=True)
        p.button("Scarica l'informativa completa")
    with p.section("Contatti"):
        p.select("Filiale di riferimento", ["Milano Centrale", "Bergamo", "Brescia", "Monza"], "Bergamo")
        p.checkbox("Avvisami via SMS per nuove missioni", True)
        p.checkbox("Avvisami via WhatsApp per nuove missioni", False)
        p.select("Orario preferito per essere contattato", ["Mattina", "Pomeriggio", "Indifferente"], "Pomeriggio")
    with p.section("Disponibilità"):
        p.checkbox("Disponibile per lavoro su turni", True)
        p.checkbox("Disponibile per trasferte", False)
        p.radios("Tipo di contratto preferito", ["Tempo determinato", "Tempo indeterminato", "Indifferente"],
                 "Indifferente", style="radiogroup")
    return p


def climapulse():
    p = Page("it", "climapulse-privacy", "https://app.climapulse.test/profilo/privacy",
             "Privacy", "ClimaPulse", {**CHROME, "search_placeholder": "Cerca sondaggi"},
             ["I miei sondaggi", "Riconoscimenti", "Obiettivi", "Privacy"],
             kind="piattaforma per sondaggi sul clima aziendale", nav_current=3, user="Luca B.",
             notes="Sondaggi sul clima aziendale. Tabella con didascalia 'Addestramento del modello di analisi del "
                   "sentiment' e colonna 'Includi': i nomi (riga + colonna) non dicono addestramento (solo "
                   "intestazione). Esche: sintesi automatica dei commenti che non addestra, soglia di anonimato, "
                   "promemoria. Nascosto: visibility:hidden.")
    with p.section("Anonimato"):
        p.select("Mostra i miei risultati al responsabile solo se il gruppo conta almeno",
                 ["3 persone", "5 persone", "10 persone"], "5 persone")
        p.checkbox("Nascondi il mio reparto nei risultati", False)
    with p.section("Sondaggi"):
        p.switch("Promemoria per i sondaggi in scadenza", True)
        p.radios("Frequenza dei sondaggi brevi", ["Ogni settimana", "Ogni due settimane", "Ogni mese"],
                 "Ogni due settimane")
        p.select("Lingua dei sondaggi", ["Italiano", "English"], "Italiano")
        p.checkbox("Riepilogo dei risultati del team via e-mail", True)
    with p.section("Commenti e riconoscimenti"):
        p.switch("Sintesi automatica dei commenti", True,
                 help="La sintesi viene generata per il tuo team e non è usata per addestrare alcun modello.")
        p.checkbox("Ricevi riconoscimenti dai colleghi", True)
    with p.section("Analisi del testo",
                   intro="I testi liberi aiutano a capire il clima del team. Scegli se possono servire anche da "
                         "esempi per il nostro modello."):
        p.table("Addestramento del modello di analisi del sentiment", "Contenuto", ["Includi"],
                [("Risposte aperte ai sondaggi", [(False, (False, "h"))]),
                 ("Commenti ai colleghi (feedback 360°)", [(True, (True, "h"))])])
        with p.hidden("visibility"):
            p.switch("Invia i miei commenti al fornitore del modello linguistico per l'addestramento", False,
                     ai=(True, "p"))
    with p.section("Obiettivi"):
        p.checkbox("Condividi i miei obiettivi con il team", True)
        p.select("Chi vede i miei obiettivi", ["Solo il mio responsabile", "Tutto il team", "Tutta l'azienda"],
                 "Tutto il team")
    with p.section("Notifiche"):
        p.table(None, "Evento", ["E-mail", "Teams"],
                [("Nuovo sondaggio disponibile", [(True, None), (True, None)]),
                 ("Riconoscimento ricevuto", [(False, None), (True, None)])])
    with p.section("Integrazioni"):
        p.button("Collega Microsoft Teams")
        p.button("Collega Slack")
    with p.section("I tuoi dati"):
        p.button("Esporta le mie risposte")
    return p


def build():
    return [indeed(), lavoretti(), personaleone(), pontelavoro(), climapulse()]
