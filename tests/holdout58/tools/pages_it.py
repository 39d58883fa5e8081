from lib import Page


def telepass():
    p = Page("it", "telepass-privacy", "Telepass", "https://www.telepass.com/it/privati/area-personale/privacy",
             "Privacy e consensi | Telepass", "Telepass",
             ["Il mio Telepass", "Movimenti", "Fatture", "Servizi", "Veicoli", "Privacy e consensi"],
             active="Privacy e consensi", known=True, account="Area personale",
             notes="Servizio noto (ricostruzione). Interruttore aria-labelledby dal nome vago con aiuto collegato sull'addestramento (attivo = "
                   "true); casella 'Escludi i miei dati dall'addestramento...' non spuntata (= true); select esplicita (Non consentito = false). "
                   "Esche: strisce blu, notifiche pedaggi, assistente che non impara, fattura elettronica, marketing. Nascosta: casella in riga con "
                   "visibility:hidden.",
             h1="Privacy e consensi", lead="Gestisci qui i consensi che ci hai dato. Puoi cambiarli quando vuoi.")
    p.section("Consensi commerciali")
    p.checkbox("Comunicazioni commerciali di Telepass", False, variant="row")
    p.checkbox("Comunicazioni commerciali dei partner", False, variant="row")
    p.checkbox("Profilazione per offerte personalizzate", True, variant="row",
               help="Ti proponiamo servizi in base a come usi Telepass.")
    p.end()
    p.section("Dati e intelligenza artificiale")
    p.switch("Contribuisci a migliorare Telepass", True, lab=("v", True),
             help="Usiamo i tuoi transiti e le soste pagate con l'app per addestrare i modelli che stimano traffico e disponibilità dei parcheggi.")
    p.checkbox("Escludi i miei dati dall'addestramento dei modelli di intelligenza artificiale dei partner", False, variant="row",
               lab=("i", True))
    p.select("Uso dei miei dati di viaggio per l'addestramento dell'IA", ["Consentito", "Solo in forma aggregata", "Non consentito"], 2,
             lab=("p", False))
    p.hide("visibility-hidden", cls="row")
    p.checkbox("Usa le mie chat con l'assistenza per addestrare l'assistente virtuale", True, lab=("p", True), cid="chat-ml")
    p.end()
    p.switch("Assistente virtuale nell'app", True,
             help="Risponde alle domande su pedaggi e fatture. Non impara dalle tue conversazioni.")
    p.end()
    p.section("Servizi")
    p.switch("Pagamento strisce blu", True)
    p.switch("Notifica a ogni transito autostradale", False)
    p.select("Targa principale", ["GA 123 BC", "FK 456 DE"], 0)
    p.end()
    p.section("Fatture")
    p.checkbox("Fattura elettronica con partita IVA", False, variant="wrap")
    p.buttons("Scarica le fatture", "Richiedi copia dei dati")
    p.end()
    p.section("Sicurezza")
    p.switch("Accesso con Face ID", True)
    p.button("Modifica PIN")
    p.end()
    p.button("Salva le preferenze", typ="submit")
    return p


def fiat():
    p = Page("it", "fiat-privacy", "My Fiat", "https://www.fiat.it/my-fiat/impostazioni/privacy",
             "Impostazioni privacy – My Fiat", "FIAT",
             ["Il mio veicolo", "Servizi connessi", "Manutenzione", "Ricarica", "Impostazioni"],
             active="Impostazioni", known=True, account="Il mio account",
             notes="Servizio noto (ricostruzione, forma di cortesia Lei). Fieldset 'Dati condivisi' comprensibile solo dall'intestazione "
                   "della sezione sull'addestramento degli ADAS (solo sensori = true); casella negata 'Non acconsento...' spuntata (= false); "
                   "casella esplicita dentro un <details> chiuso (spuntata = true). Esche: pianificatore di ricarica, geolocalizzazione, "
                   "assistente vocale, offerte della concessionaria. Nascosta: casella dentro un <dialog> chiuso.",
             h1="Impostazioni privacy",
             lead="Il suo veicolo connesso invia dati ai nostri servizi. Da qui può decidere come vengono utilizzati.")
    p.section("Servizi connessi")
    p.switch("Geolocalizzazione del veicolo", True, help="Necessaria per Trova il mio veicolo e per l'assistenza stradale.")
    p.switch("Pianificatore di ricarica", True, help="Suggerisce quando e dove ricaricare in base all'autonomia.")
    p.switch("Assistente vocale Uconnect", True)
    p.checkbox("Non acconsento all'utilizzo dei comandi vocali Uconnect per addestrare l'assistente", True, variant="row",
               lab=("i", False))
    p.end()
    p.section("Sviluppo dei sistemi di assistenza alla guida",
              intro="Con il suo consenso, Fiat utilizza alcuni dati del veicolo per addestrare gli algoritmi dei sistemi ADAS (frenata automatica, mantenimento di corsia).")
    p.radios("Dati condivisi", ["Nessuno", "Solo dati dei sensori", "Sensori e posizione"], 1, lab=("h", True))
    p.details("Altri consensi")
    p.checkbox("Acconsento all'uso dei dati del veicolo per addestrare i modelli di manutenzione predittiva", True,
               variant="row", lab=("p", True))
    p.checkbox("Acconsento a ricevere il report mensile di guida", False, variant="row")
    p.end()
    p.dialog("Consensi per i partner", "Consensi per i partner")
    p.checkbox("Condividere i dati di guida con assicurazioni partner per addestrare i loro modelli", False, lab=("p", False),
               cid="insurer-train")
    p.dialog_buttons("Annulla", "Conferma")
    p.end()
    p.end()
    p.section("Comunicazioni")
    p.checkbox("Offerte della mia concessionaria", False, variant="wrap")
    p.checkbox("Promemoria tagliando", True, variant="wrap")
    p.select("Concessionaria di riferimento", ["Autogiolli Torino", "Fiat Motor Village Roma"], 0)
    p.end()
    p.section("I suoi dati")
    p.buttons("Scarica i miei dati", "Elimina l'account")
    p.end()
    p.section("App collegate")
    p.state_row("Apple CarPlay", "Collegata", "Scollega", suffix=" Apple CarPlay")
    p.state_row("Amazon Alexa", "Non collegata", "Collega", suffix=" Amazon Alexa")
    p.end()
    p.button("Salva", typ="submit")
    return p


def bellandi():
    p = Page("it", "officina-bellandi-preferenze", "Officina Bellandi (officina e carrozzeria)",
             "https://clienti.officinabellandi.test/profilo/preferenze",
             "Preferenze – Officina Bellandi", "Officina Bellandi",
             ["Appuntamenti", "I miei veicoli", "Preventivi", "Fatture", "Profilo"],
             active="Profilo", account="Sig.ra Ferri",
             notes="Officina inventata (Lei). Schede: la scheda attiva 'Preferenze' contiene due caselle nominate solo dal tipo di dato sotto "
                   "l'intestazione sull'addestramento del sistema di preventivi (una true, una false) e un interruttore con aria-label "
                   "'Opposizione all'uso...' attivo (opposizione presentata = false). Esche: corso di guida sicura, diagnosi assistita senza "
                   "apprendimento, richiamo revisione, auto sostitutiva. Nascosta: casella nella scheda inattiva 'Avanzate'.",
             h1="Il suo profilo")
    p.tabs(["Dati personali", "Preferenze", "Avanzate"], active=1)
    p.tabpanel(0)
    p.textfield("Codice fiscale", "FRRLRA80A41H501U")
    p.end()
    p.tabpanel(1)
    p.section("Appuntamenti")
    p.checkbox("Ricordami la revisione ministeriale", True, variant="wrap")
    p.checkbox("Ricordami il cambio gomme stagionale", True, variant="wrap")
    p.checkbox("Richiedi sempre l'auto sostitutiva", False, variant="wrap")
    p.select("Sede preferita", ["Bellandi Firenze Novoli", "Bellandi Sesto Fiorentino"], 0)
    p.end()
    p.section("Addestramento del nostro sistema di preventivi",
              intro="Il sistema impara da riparazioni già eseguite a stimare tempi e costi. Scelga quali dati del suo veicolo può utilizzare.")
    p.checkbox("Foto dei danni", True, variant="wrap", lab=("h", True))
    p.checkbox("Storico interventi", False, variant="wrap", lab=("h", False))
    p.switch("Opposizione all'addestramento", True, mode="arialabel",
             aria_label="Opposizione all'uso dei miei dati per addestrare l'IA dell'officina", lab=("i", False),
             help="Se attiva, nessun dato suo viene usato per l'apprendimento, nemmeno in forma anonima.")
    p.end()
    p.section("In officina")
    p.switch("Diagnosi assistita", True,
             help="Aiuta i nostri tecnici a leggere i codici di errore. Non apprende dai dati del suo veicolo.")
    p.checkbox("Iscrivermi al corso di guida sicura per clienti", False, variant="row",
               help="Una mattina in pista, in collaborazione con l'autoscuola Dante.")
    p.end()
    p.section("Pagamenti")
    p.select("Metodo di pagamento", ["Carta", "Bonifico", "Satispay"], 2)
    p.buttons("Scarica fatture", "Esporta i miei dati")
    p.end()
    p.end()
    p.tabpanel(2)
    p.checkbox("Condividere le registrazioni delle chiamate per addestrare il centralino automatico", True, lab=("p", True),
               cid="callcenter-train")
    p.end()
    p.buttons("Annulla", "Salva")
    return p


def ricaricafacile():
    p = Page("it", "ricaricafacile-dati", "RicaricaFacile (ricarica auto elettriche)", "https://app.ricaricafacile.test/account/dati",
             "I tuoi dati · RicaricaFacile", "RicaricaFacile",
             ["Mappa", "Ricariche", "Abbonamento", "Tessere RFID", "I tuoi dati", "Aiuto"],
             active="I tuoi dati", account="Giulia", search_ph="Cerca colonnina o indirizzo",
             notes="Rete di ricarica inventata (tu). Gruppo segmentato negato 'Non usare le mie ricariche per l'addestramento' su 'No' (= true); "
                   "riga di stato con pulsante 'Disattiva' nominato via aria-labelledby dal titolo esplicito (attivo = true); role=radiogroup dal "
                   "nome vago con aiuto sull'addestramento (No = false). Esche: pianificatore di viaggio, notifiche, tessera, statistiche non "
                   "usate per l'addestramento. Nascosta: casella in blocco con attributo hidden.",
             h1="I tuoi dati")
    p.section("Addestramento dei modelli")
    p.state_row("Addestramento dei modelli con le mie sessioni di ricarica", "Attivo", "Disattiva", mode="labelledby",
                desc="Le sessioni servono a prevedere quando le colonnine saranno libere.", lab=("p", True))
    p.segmented("Non usare le mie ricariche per l'addestramento dei partner", ["Sì", "No"], 1, lab=("i", True),
                help="I partner sono i gestori di rete e le case auto con cui collaboriamo.")
    p.radios("Partecipazione a RicaricaFacile Lab", ["Sì, partecipo", "No"], 1, mode="radiogroup", lab=("v", False),
             help="Chi partecipa condivide i dati della batteria, che usiamo per addestrare il modello che stima i tempi di ricarica.")
    p.hide("hidden-attr")
    p.checkbox("Usa le foto delle colonnine che invio per addestrare il riconoscimento guasti", True, lab=("p", True),
               cid="photo-fault-train")
    p.end()
    p.checkbox("Statistiche anonime sull'uso dell'app", True, variant="row",
               help="Ci dicono quali schermate usi. Non finiscono in nessun modello di IA.")
    p.end()
    p.section("Ricarica")
    p.switch("Pianificatore di viaggio", True, help="Calcola le soste per ricaricare lungo il percorso.")
    p.checkbox("Avvisami a fine ricarica", True, variant="wrap")
    p.checkbox("Avvisami prima della tariffa di sosta", True, variant="wrap")
    p.select("Potenza minima", ["Qualsiasi", "22 kW", "50 kW", "150 kW"], 2)
    p.end()
    p.section("Tessere e pagamenti")
    p.select("Carta di pagamento", ["Visa •• 6634", "PayPal"], 0)
    p.buttons("Ordina una tessera RFID", "Blocca tessera", "Esporta le ricariche")
    p.end()
    p.section("Sicurezza")
    p.switch("Accesso con impronta", True)
    p.buttons("Cambia password", "Esci da tutti i dispositivi")
    p.end()
    p.section("Account")
    p.textfield("E-mail", "giulia.r@esempio.it", typ="email")
    p.end()
    return p


def parcheggiopiu():
    p = Page("it", "parcheggiopiu-privacy", "ParcheggioPiù (parcheggi)", "https://www.parcheggiopiu.test/area-riservata/privacy",
             "Privacy – Area riservata ParcheggioPiù", "ParcheggioPiù",
             ["Prenotazioni", "Abbonamenti", "Veicoli", "Pagamenti", "Privacy"],
             active="Privacy", account="Area riservata",
             notes="Rete di parcheggi inventata (Lei). Casella nativa con role=switch al participio 'Dati di sosta esclusi dall'apprendimento "
                   "automatico' attiva (= false); casella esplicita 'Consento...' non spuntata (= false). Esche: prenotazione, ingresso con "
                   "targa, suggerimenti di parcheggio, abbonamenti, pagamenti. Nascosta: casella con display:none in linea.",
             h1="Privacy")
    p.section("Telecamere e apprendimento automatico",
              intro="Agli ingressi le telecamere leggono la targa per aprire la sbarra.")
    p.checkbox("Consento l'uso delle immagini delle telecamere d'ingresso per addestrare il riconoscimento targhe", False,
               variant="row", lab=("p", False))
    p.checkbox("Dati di sosta esclusi dall'apprendimento automatico", True, switch=True, variant="row", lab=("i", False),
               help="Orari di ingresso e uscita, durata e parcheggio scelto.")
    p.hide("inline-display-none")
    p.checkbox("Consento ai comuni di addestrare modelli sul traffico con le mie soste", False, lab=("p", False), cid="city-train")
    p.end()
    p.end()
    p.section("Parcheggiare")
    p.checkbox("Ingresso con lettura targa", True, variant="row")
    p.switch("Suggerimenti di parcheggio", True, help="In base alla destinazione che imposta nell'app.")
    p.checkbox("Rinnovo automatico dell'abbonamento", True, variant="row")
    p.select("Veicolo predefinito", ["GH 778 KL", "EX 901 AB"], 0)
    p.end()
    p.section("Avvisi")
    p.checkbox("Promemoria prenotazione", True, variant="wrap")
    p.checkbox("Offerte e sconti", False, variant="wrap")
    p.checkbox("Ricevuta via e-mail", True, variant="wrap")
    p.end()
    p.section("Pagamenti")
    p.select("Metodo predefinito", ["Carta •• 0412", "Telepass Pay", "Satispay"], 1)
    p.buttons("Aggiungi un metodo", "Scarica ricevute")
    p.end()
    p.section("I suoi diritti")
    p.buttons("Richiedi i miei dati", "Chiudi l'account")
    p.end()
    p.section("Accesso")
    p.switch("Verifica in due passaggi", False)
    p.button("Cambia password")
    p.end()
    return p


PAGES = [telepass, fiat, bellandi, ricaricafacile, parcheggiopiu]
