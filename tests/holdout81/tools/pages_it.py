from lib import Page, ai, hide

LANGS = ["Italiano", "English", "Deutsch", "Français", "Español"]


def vivaldi(method):
    P = Page("it", "vivaldi-privacy", "https://login.vivaldi.net/profile/privacy", "Privacy – Vivaldi.net",
             "Vivaldi", known=True, method=method,
             notes="Account Vivaldi (ricostruzione, tu). Pulsante-interruttore col testo 'Blocca i crawler IA "
                   "sul mio blog' attivo (invertito → false); fieldset 'Post su Vivaldi Social' riconoscibile "
                   "solo dal titolo 'Addestramento di modelli IA da parte di terzi' = Escludi; casella vaga "
                   "'Aiuta a migliorare Vivaldi Translate' (aiuto: addestrare) non spuntata. Esche: niente IA "
                   "nel browser, sync cifrata, posta, notifiche. Nascosto: visibility:hidden.",
             nav=["Profilo", "Sicurezza", "Privacy", "Blog", "Social", "Posta", "Sync"],
             nav_label="Account", search_label="Cerca su vivaldi.net", search_ph="Cerca su vivaldi.net",
             lang_label="Lingua", langs=LANGS, account="giulia_v",
             menu=["Il mio profilo", "Supporta Vivaldi", "Esci"],
             footer=["Vivaldi Technologies", "Privacy", "Termini di servizio", "Forum", "Aiuto"],
             h1="Privacy",
             lead="Nel browser non c'è un assistente IA e la sincronizzazione è cifrata end-to-end. Qui "
                  "gestisci i dati dei servizi online legati al tuo account.")
    s = P.section("Profilo pubblico")
    s.switch("Mostra il mio profilo nella community", True)
    s.checkbox("Mostra la data di iscrizione", False, wrap=True)
    s.select("Chi può scrivermi", ["Tutti", "Solo chi seguo", "Nessuno"], 1)
    s.textinput("Nome visualizzato", "Giulia V.")
    s.segmented("Tema del sito", ["Chiaro", "Scuro", "Automatico"], 2)
    s = P.section("Blog", "Il tuo blog su vivaldi.net è pubblico.")
    s.switch("Consenti i commenti", True)
    s.btnswitch("Blocca i crawler IA sul mio blog", True, naming="text",
                help="Aggiunge al blog le regole che chiedono ai crawler delle aziende di IA di non raccogliere "
                     "i tuoi articoli per addestrare modelli.",
                ai=ai("i", pos=False))
    s.checkbox("Indicizzazione nei motori di ricerca", True)
    s = P.section("Addestramento di modelli IA da parte di terzi",
                  "Alcune aziende chiedono di ottenere in licenza contenuti pubblici per addestrare i propri "
                  "modelli. Decidi tu se i tuoi contenuti possono rientrare in questi accordi.")
    s.fieldset("Post su Vivaldi Social", ["Possono essere inclusi", "Escludi"], 1, ai=ai("h", yes=[0]))
    s = P.section("Traduzione")
    s.checkbox("Aiuta a migliorare Vivaldi Translate", False,
               help="Le frasi che traduci e le correzioni che suggerisci vengono inviate al nostro partner "
                    "di traduzione, che le usa per addestrare i suoi modelli.",
               ai=ai("v"))
    s.select("Lingua di destinazione", ["Italiano", "Inglese", "Tedesco"], 0)
    h = P.hidden("Posta")
    h.checkbox("Usa le mie email per addestrare il filtro antispam basato su IA", True, ai=ai("p"))
    s = P.section("Notifiche e sicurezza")
    s.checkbox("Email quando qualcuno commenta il blog", True)
    s.checkbox("Newsletter di Vivaldi", False)
    s.button("Cambia password")
    s.staterow("Autenticazione a due fattori", "Disattivata", "Attiva", False, naming="suffix",
               suffix="l'autenticazione a due fattori")
    s.button("Scarica i miei dati")
    return P


def cercalampo(method):
    P = Page("it", "cercalampo-impostazioni", "https://cercalampo.test/impostazioni",
             "Impostazioni – CercaLampo", "CercaLampo", method=method,
             notes="Motore di ricerca inventato (Lei). Pulsanti segmentati 'Utilizzo delle mie ricerche per "
                   "l'addestramento dell'IA' = Consentito; riga di stato invertita 'Rinuncia all'addestramento "
                   "dei modelli' Non attiva (nome: pulsante + titolo) → usato; select vaga 'Condivisione con i "
                   "partner' (aiuto: licenza per addestrare) = Nessuna. Esche: risposte IA che non imparano, "
                   "filtro famiglia, pubblicità. Nascosto: dialog chiuso.",
             nav=["Ricerca", "Risposte IA", "Privacy", "Pubblicità", "Account"],
             nav_label="Impostazioni", search_label="Cerca", search_ph="Cerca sul web",
             lang_label="Lingua", langs=LANGS, account="Account",
             menu=["Cronologia", "Abbonamento", "Esci"],
             footer=["Chi siamo", "Informativa privacy", "Note legali", "Contatti"],
             h1="Impostazioni",
             lead="Le preferenze sono salvate nel Suo account.")
    s = P.section("Ricerca")
    s.select("Risultati per pagina", ["10", "20", "50"], 0)
    s.select("Filtro famiglia", ["Rigoroso", "Moderato", "Disattivato"], 1)
    s.switch("Apri i risultati in una nuova scheda", False)
    s.checkbox("Suggerimenti durante la digitazione", True, wrap=True)
    s = P.section("Risposte IA", "Le risposte sono generate al momento e il modello non impara dalle Sue "
                  "domande.")
    s.switch("Mostra le risposte IA", True)
    s.radiogroup("Lunghezza", ["Breve", "Dettagliata"], 0)
    s.checkbox("Mi avvisi delle nuove funzioni IA", False)
    s = P.section("Privacy")
    s.segmented("Utilizzo delle mie ricerche per l'addestramento dell'IA", ["Consentito", "Non consentito"], 0,
                ai=ai("p", yes=[0]))
    s.staterow("Rinuncia all'addestramento dei modelli", "Non attiva", "Attiva", False, naming="labelledby",
               help="Se attiva la rinuncia, nessun dato del Suo account verrà più usato per addestrare i "
                    "nostri modelli.",
               ai=ai("i", pos=False))
    s.select("Condivisione con i partner", ["Nessuna", "Dati aggregati", "Dati aggregati e query anonime"], 0,
             help="Le query anonime vengono concesse in licenza a partner che le impiegano per addestrare "
                  "modelli linguistici. I dati aggregati sono solo statistiche di traffico.",
             ai=ai("v", yes=[2]))
    s.switch("Salva la cronologia delle ricerche", True)
    s.button("Esporta la cronologia")
    h = P.hidden("Ricerca per immagini", opener="Altre opzioni sulla privacy")
    h.switch("Usa le immagini caricate per addestrare il riconoscimento visivo", True, ai=ai("p"))
    s = P.section("Pubblicità")
    s.switch("Annunci legati alla ricerca", True, help="Non usiamo mai la Sua cronologia per gli annunci.")
    s.checkbox("Offerte dei partner via email", False)
    return P


def tramontana(method):
    P = Page("it", "tramontana-sincronizzazione", "https://browser-tramontana.test/account/sincronizzazione",
             "Sincronizzazione – Tramontana", "Tramontana", method=method,
             notes="Browser inventato (Lei). Tabella con didascalia 'Dati che possono addestrare l'assistente "
                   "Tramontana' e colonne per dispositivo (due celle, nomi 'Cronologia Computer' / "
                   "'Cronologia Telefono'); radiogroup esplicito 'Addestramento dell'assistente con le schede "
                   "aperte' = No; interruttore vago 'Partecipa a Tramontana Labs' (aiuto: addestrare) attivo. "
                   "Esche: traduzione locale, assistente, pagamenti. Nascosto: scheda inattiva.",
             nav=["Account", "Sincronizzazione", "Assistente", "Traduzione", "Pagamenti", "Accessibilità"],
             nav_label="Impostazioni", search_label="Cerca nelle impostazioni",
             search_ph="Cerca nelle impostazioni", lang_label="Lingua", langs=LANGS, account="Avv. Rossi",
             menu=["Gestisci account", "Cambia profilo", "Esci"],
             footer=["Guida", "Privacy", "Novità della versione 19"],
             h1="Sincronizzazione",
             lead="Accesso effettuato come marco.rossi@example.it")
    s = P.section("Elementi sincronizzati")
    s.switch("Segnalibri", True)
    s.switch("Password", True)
    s.switch("Schede aperte", True)
    s.button("Sincronizza ora")
    s = P.section("Assistente", "L'assistente Tramontana risponde nella barra laterale.")
    s.switch("Mostra l'assistente", True)
    s.radiogroup("Addestramento dell'assistente con le schede aperte", ["Sì", "No"], 1, ai=ai("p", yes=[0]))
    s.switch("Partecipa a Tramontana Labs", True,
             help="Chi partecipa prova le funzioni in anteprima e condivide le conversazioni con l'assistente, "
                  "che usiamo per addestrarne le versioni successive.",
             ai=ai("v"))
    s.table("Dati che possono addestrare l'assistente Tramontana", ["Computer", "Telefono"],
            [("Cronologia", [False, True])],
            ai_cells={(0, 0): ai("h"), (0, 1): ai("h")}, corner="Dato")

    def active(b):
        b.switch("Proponi la traduzione delle pagine", True,
                 help="La traduzione avviene sul Suo dispositivo.")
        b.select("Traduci in", ["Italiano", "Inglese", "Francese"], 0)
    h = hide(P, "Dettatura", "Funzione sperimentale.", opener="Dettatura",
             tabs=("Lingue", "Traduzione", "Dettatura"), active=active)
    h.segmented("Registrazioni vocali per addestrare la dettatura", ["Sì", "No"], 0, ai=ai("p", yes=[0]))
    s = P.section("Pagamenti")
    s.switch("Salva i metodi di pagamento", False)
    s.button("Gestisci le carte")
    s = P.section("Accessibilità")
    s.select("Dimensione minima del testo", ["Nessuna", "14 px", "18 px"], 0)
    s.checkbox("Evidenzia l'elemento attivo", True, wrap=True)
    s.checkbox("Notifiche sulle novità dell'assistente", False)
    return P


def sibilla(method):
    P = Page("it", "sibilla-opzioni", "https://barra-ia-sibilla.test/opzioni", "Opzioni di Sibilla",
             "Sibilla", method=method,
             notes="Estensione barra laterale IA inventata (tu). Pulsante-interruttore esplicito 'Usa le mie "
                   "conversazioni per addestrare Sibilla' (aria-label) attivo; casella avvolgente invertita "
                   "'Escludi le pagine di lavoro dall'addestramento' spuntata; riga di stato 'Documenti "
                   "caricati' (Esclusi, pulsante 'Includi' + suffisso nascosto) sotto 'Addestramento dei "
                   "modelli'. Esche: modello scelto, scorciatoie, abbonamento. Nascosto: attributo hidden.",
             nav=["Generale", "Modelli", "Privacy", "Scorciatoie", "Abbonamento"],
             nav_label="Opzioni", search_label="Cerca tra le opzioni", search_ph="Cerca tra le opzioni",
             lang_label="Lingua", langs=LANGS, account="Il tuo account",
             menu=["Piano Pro", "Fatture", "Esci"],
             footer=["Aiuto", "Privacy", "Termini", "Versione 5.1"],
             h1="Opzioni",
             lead="Ciao Francesca! Qui decidi come lavora Sibilla nella barra laterale.")
    s = P.section("Generale")
    s.switch("Apri Sibilla quando selezioni del testo", True)
    s.select("Lingua delle risposte", ["Come la pagina", "Italiano", "Inglese"], 1)
    s.segmented("Posizione della barra", ["Sinistra", "Destra"], 1)
    s.checkbox("Mostra il pulsante sulle pagine", True, wrap=True)
    s = P.section("Modelli")
    s.radiogroup("Modello predefinito", ["Veloce", "Bilanciato", "Accurato"], 1)
    s.switch("Ricerca web nelle risposte", True,
             help="Sibilla cerca sul web solo quando glielo chiedi; le pagine trovate non vengono conservate.")
    s.select("Scorciatoia per aprire la barra", ["Alt+S", "Ctrl+Maiusc+S", "Nessuna"], 0)
    s.checkbox("Avvisami quando arriva un nuovo modello", True)
    s = P.section("Privacy")
    s.btnswitch("Usa le mie conversazioni per addestrare Sibilla", True, naming="label", ai=ai("p"))
    s.checkbox("Escludi le pagine di lavoro dall'addestramento", True, wrap=True,
               help="Sono le pagine dei domini che hai indicato come lavorativi.",
               ai=ai("i", pos=False))
    s.textinput("Domini di lavoro", "intranet.azienda.it, mail.azienda.it")
    s.switch("Cancella le chat dopo 30 giorni", False)
    s = P.section("Addestramento dei modelli",
                  "Qui vedi quali contenuti finiscono nei dati usati per addestrare i modelli di Sibilla.",
                  details="Mostra i dettagli")
    s.staterow("Documenti caricati", "Esclusi", "Includi", False, naming="suffix", suffix="documenti caricati",
               ai=ai("h"))
    h = P.hidden("Appunti")
    h.radiogroup("Appunti salvati nell'addestramento", ["Inclusi", "Esclusi"], 0, ai=ai("p", yes=[0]))
    s = P.section("Abbonamento")
    s.button("Passa a Pro")
    s.button("Modifica metodo di pagamento")
    s.checkbox("Ricevi le fatture via email", True)
    return P


def scudo(method):
    P = Page("it", "scudo-impostazioni", "https://scudo-pubblicita.test/pannello/impostazioni",
             "Impostazioni · Scudo", "Scudo", method=method,
             notes="Blocco pubblicità inventato (tu). Select esplicita 'Invio di segnalazioni per addestrare il "
                   "filtro' = Invia in forma anonima; interruttore invertito 'Non contribuire all'addestramento "
                   "del modello con la mia lista bianca' attivo; radiogroup vago 'Programma Scudo Amici' (aiuto: "
                   "addestrare) = Non partecipo. Esche: filtro locale, liste, statistiche, esportazione. "
                   "Nascosto: display:none in linea.",
             nav=["Generale", "Liste filtri", "Lista bianca", "Filtro intelligente", "Avanzate"],
             nav_label="Pannello", search_label="Cerca impostazioni", search_ph="Cerca impostazioni",
             lang_label="Lingua", langs=LANGS, account="Il mio Scudo",
             menu=["Scudo Premium", "Dispositivi", "Esci"],
             footer=["Documentazione", "Segnala un problema", "Privacy"],
             h1="Impostazioni",
             lead="Versione 6.0.3 – il blocco avviene nel tuo browser.")
    s = P.section("Generale")
    s.switch("Blocca la pubblicità", True)
    s.switch("Blocca i tracker", True)
    s.switch("Nascondi i banner dei cookie", True)
    s.checkbox("Mostra il numero di elementi bloccati", True, wrap=True)
    s = P.section("Liste filtri")
    s.table("Liste attive", ["Attiva", "Aggiornamento automatico"],
            [("EasyList Italy", [True, True]), ("Fastidi", [False, False])], corner="Lista")
    s.button("Aggiorna ora")
    s = P.section("Lista bianca")
    s.textinput("Siti consentiti", "ilpost.it, wikipedia.org")
    s.switch("Non contribuire all'addestramento del modello con la mia lista bianca", True,
             ai=ai("i", pos=False))
    s = P.section("Filtro intelligente", "Il filtro intelligente gira sul tuo dispositivo.")
    s.switch("Attiva il filtro intelligente", True)
    s.select("Invio di segnalazioni per addestrare il filtro", ["Non inviare", "Invia in forma anonima"], 1,
             ai=ai("p", yes=[1]))
    s.radiogroup("Programma Scudo Amici", ["Partecipo", "Non partecipo"], 1,
                 help="Chi partecipa condivide le pagine in cui la pubblicità sfugge al filtro; le usiamo per "
                      "addestrare il modello.",
                 ai=ai("v", yes=[0]))
    h = P.hidden("Segnalazioni automatiche")
    h.btnswitch("Addestra il modello con le mie statistiche di blocco", True, naming="labelledby",
                ai=ai("p"))
    s = P.section("Avanzate")
    s.checkbox("Avvisami quando una lista viene aggiornata", False)
    s.button("Esporta impostazioni")
    return P


BUILDERS = [vivaldi, cercalampo, tramontana, sibilla, scudo]
