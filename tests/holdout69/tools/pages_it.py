from lib import Page

CH = dict(search="Cerca", placeholder="Cerca impostazioni, ordini, assistenza", language="Lingua",
          account="Il mio account", menu=["Profilo", "Cambia account", "Assistenza", "Esci"],
          nav="Sezioni delle impostazioni", save="Salva modifiche", copyright="© 2025 {service}")


def subito():
    p = Page("it", "subito-impresa-privacy", "https://www.subito.it/account/impresa/impostazioni/privacy",
             "Subito", "Privacy e dati", "Reconstruction of the Subito business seller account; markup, copy and "
             "every AI-training setting invented. Tu. Plain checkbox, vague pressed group with describedby, "
             "inverted select (opposizione); closed dialog. Decoys: AI ad description, price suggestion, shop "
             "visibility, statistics said not used for training.",
             dict(CH, placeholder="Cerca nel tuo spazio Impresa", account="Area Impresa"),
             ["Riepilogo", "Annunci", "Messaggi", "Statistiche", "Vetrina", "Fatture", "*Impostazioni"],
             ["Aiuto", "Regole", "Privacy", "Condizioni", "Cookie"], known=True, idp="sb", brand="Subito Impresa",
             lead="Scegli come possono essere usate le informazioni del tuo account professionale.")
    p.add(p.sec("Annunci",
                p.sw("Scrivi la descrizione con l'IA", True,
                     help="Genera una bozza dalle foto e dalla categoria. La puoi modificare prima di pubblicare."),
                p.sw("Suggerisci il prezzo", True),
                p.cb("Mostra la vetrina nei risultati di ricerca", True),
                p.sel("Rinnovo automatico", ["Mai", "Ogni 7 giorni", "Ogni 15 giorni"], 1)))
    p.add(p.sec("Dati e modelli di IA",
                p.cb("Usa i miei annunci per addestrare i modelli di intelligenza artificiale di Subito", False, ai="p"),
                p.seg("Conversazioni con gli acquirenti", ["Condividi", "Non condividere"], 1, ai="v", shares=[True, False],
                      help="Le chat vengono usate, senza dati di contatto, per addestrare i modelli anti-truffa e le risposte suggerite."),
                p.sel("Opposizione all'uso delle foto per l'addestramento dell'IA", ["Non esercitata", "Esercitata"], 0,
                      ai="i", shares=[True, False])))
    p.add(p.btn("Gestisci le collaborazioni"))
    p.add(p.hide("dialog",
                 p.cb("Consenti ai partner del gruppo di addestrare modelli con i miei annunci auto", True, ai="p"),
                 title="Collaborazioni", close="Chiudi"))
    p.add(p.sec("Statistiche",
                p.cb("Ricevi il report mensile sulle visite", True,
                     help="Visite e contatti per annuncio. I dati non servono ad addestrare modelli."),
                p.btn("Scarica i tuoi dati")))
    p.add(p.sec("Notifiche",
                p.table("Avvisami quando", "Evento", ["Email", "Push"],
                        [("Ricevo un messaggio", [True, True]), ("Un annuncio scade", [True, False]),
                         ("Ricevo un pagamento", [True, True])])))
    return p


def sfreccia():
    p = Page("it", "sfreccia-rider-privacy", "https://rider.sfreccia.test/profilo/privacy",
             "Sfreccia", "Privacy", "Invented delivery-courier app, tu. Tabs: inactive tab panel hides a training "
             "checkbox. Plain role=radiogroup, heading-only switches under a training heading, inverted button switch "
             "by text. Decoys: slot booking, bike lanes, heat warnings.",
             dict(CH, placeholder="Cerca turni, guadagni, aiuto", account="Profilo rider"),
             ["Turni", "Guadagni", "Attrezzatura", "Documenti", "*Privacy", "Aiuto"],
             ["Centro rider", "Sicurezza", "Informativa privacy", "Note legali"], idp="sf", save="Salva",
             lead="Qui decidi tu cosa facciamo con i tuoi dati.")
    p.add(p.sec("Turni e consegne",
                p.sw("Prenota automaticamente i turni preferiti", False),
                p.sw("Preferisci le piste ciclabili", True),
                p.sel("Mezzo", ["Bici", "E-bike", "Scooter"], 1),
                p.sw("Avvisi per caldo intenso", True),
                p.cb("Accetta consegne doppie", True),
                p.sel("Lingua dell'app", ["Italiano", "English", "Español"], 0),
                p.btn("Ordina nuova attrezzatura")))
    p.add(p.tabs("I tuoi dati", [
        ("Percorsi", [
            p.rgroup("Usare i miei percorsi per addestrare l'algoritmo dei tempi di consegna?", ["Sì", "No"], 0,
                     ai="p", shares=[True, False]),
            p.sec("Cosa può addestrare la nostra IA",
                  p.sw("Foto di consegna", False, ai="h"),
                  level=3, cls="subsection"),
            p.bsw("Tieni le mie chat con i clienti fuori dall'addestramento", True, by="text", ai="i"),
        ]),
        ("Identità", [
            p.cb("Usa i miei selfie di verifica per addestrare il riconoscimento facciale", True, ai="p"),
        ]),
    ]))
    p.add(p.sec("Notifiche",
                p.table("Notifiche push", "Argomento", ["Push"],
                        [("Nuovi turni", [True]), ("Bonus pioggia", [True]), ("Pagamenti", [True])])))
    return p


def autopronto():
    p = Page("it", "autopronto-autisti-dati", "https://autisti.autopronto.test/impostazioni/dati",
             "AutoPronto", "Dati personali", "Invented ride-hail (NCC) driver portal, Lei. Plain radio fieldset, "
             "vague state row by aria-labelledby with describedby help, inverted checkbox-switch; hidden-attribute "
             "block. Decoys: airport queue, dashcam, fuel card.",
             dict(CH, placeholder="Cerchi corse, pagamenti o assistenza", account="Area autista"),
             ["Corse", "Guadagni", "Veicolo", "Documenti", "Valutazioni", "*Dati personali", "Assistenza"],
             ["Centro autisti", "Sicurezza", "Informativa", "Termini"], idp="ap")
    p.add(p.sec("In servizio",
                p.sw("Coda virtuale aeroporto", True),
                p.sw("Registrazione con telecamera di bordo", False),
                p.cb("Mostra i distributori convenzionati", True),
                p.sel("Navigatore", ["AutoPronto Mappe", "Waze", "Google Maps"], 2)))
    p.add(p.sec("I Suoi dati di guida",
                p.radios("Autorizza l'uso dei dati di guida per addestrare i modelli tariffari?", ["Sì", "No"], 1,
                         ai="p", shares=[True, False]),
                p.state("Dati sulle valutazioni", "Attivo", "Disattiva", share=True, ai="v",
                        help="Voti e commenti dei passeggeri vengono usati per addestrare il modello che abbina autisti e clienti."),
                p.sw("Escludere le registrazioni delle chiamate dall'apprendimento automatico", False, ai="i")))
    p.add(p.hide("hidden",
                 p.sw("Condividere i dati del veicolo con il costruttore per l'addestramento della guida autonoma", True, ai="p"),
                 title="Programma guida autonoma"))
    p.add(p.sec("Guadagni",
                p.cb("Confronta i miei guadagni con la media cittadina", True, help="Calcolo aggregato, non usato per addestrare modelli."),
                p.btn("Esporta le corse")))
    p.add(p.sec("Notifiche",
                p.table("Desidero ricevere", "Argomento", ["Push", "Email"],
                        [("Zone ad alta domanda", [True, False]), ("Riepilogo settimanale", [False, True]),
                         ("Variazioni tariffarie", [True, True])])))
    return p


def soggiorni():
    p = Page("it", "soggiorni-divini-host-privacy", "https://host.soggiornidivini.test/impostazioni/privacy",
             "Soggiorni Divini", "Privacy", "Invented holiday-rental host dashboard, Lei. Heading-only table cells "
             "(caption says training), vague select with nearby help (no describedby), plain button switch by "
             "aria-label; inline display:none block. Decoys: dynamic pricing, tourist-tax collection, auto-translation.",
             dict(CH, placeholder="Cerchi alloggi o prenotazioni", account="Area host"),
             ["Oggi", "Calendario", "Alloggi", "Messaggi", "Recensioni", "Pagamenti", "*Impostazioni"],
             ["Guida per host", "Privacy", "Termini", "Contatti"], idp="sd",
             lead="Gestisca l'uso dei dati dei Suoi alloggi.")
    p.add(p.sec("Il Suo alloggio",
                p.sw("Prezzi dinamici", True),
                p.cb("Riscuoti la tassa di soggiorno online", True),
                p.sw("Traduci automaticamente i messaggi degli ospiti", True),
                p.sel("Check-in", ["Di persona", "Self check-in", "Cassetta portachiavi"], 1),
                p.txt("Orario di check-in dalle", "15:00", typ="time"),
                p.btn("Anteprima dell'annuncio")))
    p.add(p.sec("Intelligenza artificiale",
                p.table("Contenuti usati per addestrare i nostri modelli", "Contenuto", ["Consentito"],
                        [("Descrizione e regole della casa", [True])], ai_cols={0: "h"}),
                p.sel("Storico delle prenotazioni", ["Condividi", "Non condividere"], 1, ai="v", shares=[True, False],
                      desc=False, help="Se condiviso, lo usiamo per addestrare il modello che suggerisce i prezzi agli host della Sua zona."),
                p.bsw("Consenti l'addestramento dell'assistente virtuale sulle Sue risposte alle recensioni", True,
                      by="label", shown="Risposte alle recensioni", ai="p")))
    p.add(p.hide("display",
                 p.cb("Condividi il calendario con i partner per l'addestramento dei loro modelli", True, ai="p"),
                 title="Partner di distribuzione"))
    p.add(p.sec("Notifiche",
                p.table("Avvisi", "Evento", ["Email", "SMS"],
                        [("Nuova prenotazione", [True, True]), ("Cancellazione", [True, False]),
                         ("Nuova recensione", [True, False])])))
    return p


def fattoamano():
    p = Page("it", "fatto-a-mano-bottega-dati", "https://negozio.fattoamano.test/pannello/impostazioni/dati",
             "Fatto a Mano", "I tuoi dati", "Invented handmade-craft marketplace shop, tu. Inverted role=radiogroup "
             "(escludi), heading-only pressed group, plain checkbox in a closed <details>, vague switch with "
             "describedby; CSS class display:none. Decoys: AI photo retouch, ceramics course, holiday mode.",
             dict(CH, placeholder="Cerca nella bottega", account="La tua bottega"),
             ["Bacheca", "Creazioni", "Ordini", "Messaggi", "Corsi", "Incassi", "*Impostazioni"],
             ["Aiuto", "Comunità", "Privacy", "Condizioni"], idp="fm", hide_class="nascosto",
             lead="La tua bottega, le tue scelte.")
    p.add(p.sec("Bottega",
                p.txt("Nome della bottega", "Ceramiche di Lia"),
                p.sw("Modalità vacanza", False),
                p.sw("Ritocca le foto con l'IA", True, help="Migliora luce e sfondo della singola foto caricata."),
                p.cb("Partecipa alle selezioni stagionali", True),
                p.cb("Accetta ordini personalizzati", True),
                p.sel("Tempi di spedizione", ["1-2 giorni", "3-5 giorni", "1-2 settimane"], 1),
                p.btn("Anteprima della bottega")))
    p.add(p.sec("Corsi",
                p.cb("Iscrivimi al corso online di ceramica raku", False)))
    p.add(p.sec("Apprendimento automatico",
                p.rgroup("Escludi le mie creazioni dai dati di addestramento", ["Escludi", "Non escludere"], 1, ai="i",
                         shares=[False, True]),
                p.sw("Aiutaci a migliorare le ricerche", False, ai="v",
                     help="Le parole che usi nei titoli e i tuoi dati di vendita entrano nell'addestramento del nostro motore di ricerca."),
                p.details("Altri dati",
                          p.cb("Usa i messaggi con i clienti per addestrare le risposte suggerite", True, ai="p"))))
    p.add(p.sec("Addestramento dell'IA generativa",
                p.seg("Recensioni sulle mie creazioni", ["Sì", "No"], 1, ai="h", shares=[True, False])))
    p.add(p.hide("class",
                 p.cb("Concedi in licenza le mie foto per addestrare modelli di terze parti", True, ai="p"),
                 title="Licenze"))
    p.add(p.sec("Notifiche",
                p.table("Scrivimi quando", "Evento", ["Email"],
                        [("Nuovo ordine", [True]), ("Nuovo messaggio", [True]), ("Nuova recensione", [False])])))
    return p


def pages():
    return [subito(), sfreccia(), autopronto(), soggiorni(), fattoamano()]
