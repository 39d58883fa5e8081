from lib import Page

CH = dict(search="Cerca", langlabel="Lingua", account="Il mio account", menu=["Profilo", "Documenti", "Esci"],
          navlabel="Impostazioni", footlabel="Note legali",
          footer=["Assistenza", "Privacy", "Termini e condizioni", "Trasparenza"])


def satispay():
    p = Page("it", "satispay-privacy", "Satispay", "https://web.satispay.com/app/impostazioni/privacy",
             "Servizio noto (pagamenti tra persone), tu. Interruttore esplicito (aria-labelledby, spento), casella "
             "'Non usare i messaggi dei miei pagamenti…' non spuntata (si addestra), casella vaga 'Partecipa al "
             "programma Satispay Insights' con aiuto collegato che parla di addestramento (spuntata). Esche: "
             "negozi suggeriti, rubrica, cashback. Nascosto: visibility:hidden.",
             dict(CH, search="Cerca negozi e contatti", account="Profilo"), "Privacy",
             ["Profilo", "Privacy", "Metodi di pagamento", "Notifiche", "Sicurezza", "Aiuto"], known=True, current=1,
             title="Privacy · Satispay")
    m = []
    m.append(p.sec("Contatti", None,
                   p.cb("Fatti trovare dai tuoi contatti in rubrica", checked=True),
                   p.radios("Chi può mandarti richieste di denaro", ["Tutti", "Solo i contatti", "Nessuno"], 1)))
    m.append(p.sec("Suggerimenti", None,
                   p.sw("Negozi consigliati vicino a te", on=True,
                        help="Li scegliamo in base alla tua posizione del momento."),
                   p.sw("Cashback personalizzati", on=False)))
    m.append(p.sec("I tuoi dati e l'intelligenza artificiale", None,
                   p.sw("Consenti a Satispay di usare i tuoi pagamenti per addestrare i modelli di IA", on=False, ai="p"),
                   p.cb("Non usare i messaggi dei miei pagamenti per l'addestramento dell'intelligenza artificiale",
                        checked=False, ai="i"),
                   p.cb("Partecipa al programma Satispay Insights", checked=True, ai="v",
                        help="Aderendo, i dati delle tue transazioni contribuiscono ad addestrare i nostri modelli di machine learning.")))
    m.append(p.hide("visibility-hidden", lambda: p.cb("Condividi i miei dati con partner che addestrano modelli di IA",
                                                      checked=True, ai="p")))
    m.append(p.sec("Notifiche", None,
                   p.cb("Quando ricevo denaro", checked=True), p.cb("Promozioni dei negozi", checked=False),
                   p.seg("Riepilogo spese", ["Settimanale", "Mensile", "Mai"], 1)))
    m.append(p.sec("Dati e sicurezza", None,
                   p.btn("Scarica i tuoi dati"), p.btn("Cambia PIN"), p.sw("Sblocco con impronta", on=True),
                   p.btn("Chiudi il conto")))
    m.append(p.sec("Metodi di pagamento", None,
                   p.btn("Cambia IBAN collegato"), p.sel("Budget settimanale", ["50 €", "100 €", "200 €"], 1)))
    return p, p.render("".join(m))


def borsa_chiara():
    p = Page("it", "borsachiara-privacy", "Borsa Chiara", "https://www.borsachiara.test/area-clienti/privacy",
             "Broker online inventato, Lei. Gruppo radio (fieldset) esplicito (Non consento), riga di stato 'Presenta "
             "opposizione …' con suffisso nascosto visivamente (opposizione non presentata = si addestra), "
             "interruttore con aria-label 'Includere il mio portafoglio' comprensibile solo da titolo e introduzione "
             "(acceso). Esche: analisi del portafoglio con IA, corso di trading, avvisi. Nascosto: <dialog> chiuso.",
             dict(CH, search="Titolo, ISIN o simbolo", account="Area clienti"), "Privacy e consensi",
             ["Portafoglio", "Ordini", "Conto", "Privacy e consensi", "Sicurezza", "Documenti"], current=3)
    m = []
    m.append(p.sec("Strumenti", None,
                   p.sw("Analisi del portafoglio con IA", on=True,
                        help="Un report automatico sulla diversificazione del Suo portafoglio, aggiornato ogni lunedì."),
                   p.sel("Grafico predefinito", ["Candele", "Linea", "Area"], 0),
                   p.cb("Avvisi di prezzo sui titoli in osservazione", checked=True)))
    op, dlg = p.dialog("Altre preferenze", "Altre preferenze",
                       lambda: p.cb("Utilizzare le mie chiamate registrate per addestrare l'assistente vocale",
                                    checked=True, ai="p"), close="Chiudi")
    m.append(p.sec("Dati e modelli di Borsa Chiara", None,
                   p.radios("Addestramento dei modelli di IA con il mio storico ordini", ["Consento", "Non consento"], 1,
                            shares=[True, False], ai="p"),
                   p.state("Opposizione all'addestramento", "Non presentata", "Presenta opposizione", True,
                           suffix=" all'uso dei miei dati per addestrare l'IA", ai="i"),
                   op, dlg))
    m.append(p.sec("Modelli di IA di terze parti",
                   "Alcuni fornitori di dati finanziari addestrano i propri modelli linguistici con dati aggregati della nostra clientela.",
                   p.sw("Includere il mio portafoglio", on=True, ai="h", nmode="aria")))
    m.append(p.sec("Formazione", None,
                   p.cb("Iscrivimi al corso di formazione «Trading consapevole»", checked=False)))
    m.append(p.sec("Comunicazioni", None,
                   p.cb("Newsletter settimanale sui mercati", checked=True),
                   p.cb("Offerte commerciali di società del gruppo", checked=False)))
    m.append(p.sec("Sicurezza", None,
                   p.btn("Attiva l'autenticazione a due fattori"), p.btn("Dispositivi autorizzati"),
                   p.btn("Scarica i dati personali")))
    m.append(p.sec("Conto e fiscalità", None,
                   p.radios("Regime fiscale", ["Amministrato", "Dichiarativo"], 0),
                   p.btn("Scarica la certificazione dei redditi"), p.btn("Collega un conto esterno")))
    return p, p.render("".join(m))


def crediscore():
    p = Page("it", "crediscore-dati", "CrediScore", "https://app.crediscore.test/impostazioni/dati",
             "Servizio di punteggio di credito inventato, Lei. Casella nativa role=switch esplicita (spuntata), menu "
             "a tendina 'Revoca del consenso all'addestramento' (consenso revocato = non addestra), interruttore a "
             "testo vago 'Contribuisci alla ricerca' con aiuto vicino che parla di addestramento (spento). Esche: "
             "spiegazione del punteggio con IA, avvisi, offerte. Nascosto: scheda inattiva 'Sperimentazioni'.",
             dict(CH, search="Cerca nella guida", account="Il mio profilo"), "Dati e consensi",
             ["Punteggio", "Report", "Avvisi", "Dati e consensi", "Sicurezza"], current=3)
    m = []

    def consensi():
        return (p.sec("Addestramento dei modelli", None,
                      p.cb("Autorizzo l'utilizzo dei miei dati creditizi per addestrare i modelli di scoring",
                           checked=True, role="switch", ai="p"),
                      p.sel("Revoca del consenso all'addestramento", ["Consenso attivo", "Consenso revocato"], 1,
                            shares=[True, False], ai="i"),
                      p.sw("Contribuisci alla ricerca", on=False, ai="v", nmode="text", hmode="near",
                           help="I Suoi dati di rimborso vengono usati per addestrare i modelli statistici di CrediScore."))
                + p.sec("Il Suo punteggio", None,
                        p.sw("Spiegazione del punteggio con IA", on=True,
                             help="Il testo viene generato dal Suo report e non serve ad addestrare alcun modello."),
                        p.btn("Scarica il report in PDF")))

    def sperimentazioni():
        return p.sec("Sperimentazioni", None,
                     p.sw("Metti a disposizione i miei dati per addestrare il nuovo modello sperimentale", on=True,
                          ai="p"))

    m.append(p.tabs("Sezioni", [("Consensi", consensi, True), ("Sperimentazioni", sperimentazioni, False)]))
    m.append(p.sec("Avvisi", None,
                   p.cb("Avvisami se il punteggio scende", checked=True),
                   p.cb("Avvisami di nuove richieste di finanziamento a mio nome", checked=True),
                   p.radios("Canale degli avvisi", ["E-mail", "SMS", "Notifica app"], 2)))
    m.append(p.sec("Offerte e sicurezza", None,
                   p.cb("Offerte di prestiti adatte al mio profilo", checked=False),
                   p.btn("Modifica password"), p.sw("Accesso con SPID", on=True), p.btn("Elimina account")))
    m.append(p.sec("Accesso al report", None,
                   p.btn("Revoca l'accesso alla banca Fiorenza"), p.btn("Condividi il report con un locatore")))
    return p, p.render("".join(m))


def salvadanaio():
    p = Page("it", "salvadanaio-dati", "Salvadanaio", "https://salvadanaio.test/app/impostazioni/dati",
             "App di budget inventata, tu. Tabella in cui solo la didascalia parla di addestramento e la colonna dice "
             "'Consenti' (due righe, miste), casella 'Escludi i conti dei miei figli…' dentro <details> chiuso (non "
             "spuntata = si addestra), interruttore con aria-label esplicito (acceso). Esche: coach IA del "
             "risparmio, obiettivi, esportazione. Nascosto: attributo hidden.",
             dict(CH, search="Cerca movimenti", account="Giulia"), "I tuoi dati",
             ["Panoramica", "Conti", "Budget", "Obiettivi", "I tuoi dati", "Abbonamento"], current=4)
    m = []
    m.append(p.sec("Coach del risparmio", None,
                   p.sw("Consigli del coach IA", on=True,
                        help="Il coach guarda solo il tuo budget del mese per proporti dove risparmiare."),
                   p.sel("Frequenza dei consigli", ["Ogni giorno", "Ogni settimana", "Mai"], 1)))
    m.append(p.sec("Intelligenza artificiale", None,
                   p.sw("Usa i miei dati per migliorare l'IA di Salvadanaio", on=True, ai="p", nmode="aria"),
                   p.table("Dati che usiamo per addestrare il nostro modello di categorizzazione", ["Dato", "Consenti"],
                           [("Movimenti bancari", [True]), ("Scontrini fotografati", [False])],
                           colai={1: ("h", False)}),
                   p.details("Famiglia",
                             p.cb("Escludi i conti dei miei figli dall'addestramento", checked=False, ai="i"),
                             p.btn("Gestisci i conti famiglia"))))
    m.append(p.hide("hidden-attr", lambda: p.cb("Invia le mie categorie personalizzate per addestrare il modello",
                                                checked=True, ai="p")))
    m.append(p.sec("Obiettivi", None,
                   p.btn("Nuovo obiettivo"), p.cb("Arrotonda ogni spesa all'euro e metti da parte la differenza", checked=True),
                   p.inp("Obiettivo vacanze (€)", "1200", type="number")))
    m.append(p.sec("Esporta e collega", None,
                   p.btn("Esporta in Excel"), p.btn("Collega una banca"), p.btn("App collegate"),
                   p.cb("Riepilogo mensile via e-mail", checked=True)))
    m.append(p.sec("Notifiche", None,
                   p.cb("Avviso quando supero il budget", checked=True), p.sw("Notifiche push", on=True)))
    return p, p.render("".join(m))


def fondo_aurora():
    p = Page("it", "fondoaurora-privacy", "Fondo Pensione Aurora", "https://iscritti.fondoaurora.test/profilo/privacy",
             "Fondo pensione inventato, Lei. Interruttore 'Mi oppongo all'uso…' spento (si addestra), "
             "role=radiogroup esplicito sulla condivisione con partner (No), riga di stato nominata con "
             "aria-labelledby 'Programma di miglioramento del servizio', vaga tranne che per l'aiuto (attivo). Esche: "
             "simulatore, comparto, webinar formativi, beneficiari. Nascosto: display:none in linea.",
             dict(CH, search="Cerca", account="Area iscritti"), "Privacy",
             ["Posizione", "Contributi", "Comparti", "Anticipazioni", "Privacy", "Documenti"], current=4)
    m = []
    m.append(p.sec("La Sua posizione", None,
                   p.sel("Comparto", ["Garantito", "Bilanciato", "Azionario"], 1),
                   p.sw("Percorso life-cycle", on=True),
                   p.btn("Apri il simulatore della pensione")))
    m.append(p.sec("Uso dei dati", None,
                   p.sw("Mi oppongo all'uso dei miei dati per l'addestramento dei modelli predittivi", on=False, ai="i"),
                   p.radios("Condivisione dei dati con partner per l'addestramento di sistemi di IA", ["Sì", "No"], 1,
                            shares=[True, False], ai="p", mode="rg"),
                   p.state("Programma di miglioramento del servizio", "Attivo", "Disattiva", True, nmode="lby", ai="v",
                           help="Le pratiche di riscatto e le richieste di anticipazione vengono usate per addestrare il modello che stima i tempi di liquidazione.")))
    m.append(p.hide("inline-display-none", lambda: p.cb("Consento l'addestramento di modelli IA con i miei contributi",
                                                        checked=True, ai="p")))
    m.append(p.sec("Formazione previdenziale", None,
                   p.cb("Iscrivimi ai webinar formativi sulla previdenza", checked=False)))
    m.append(p.sec("Documenti e comunicazioni", None,
                   p.btn("Modifica beneficiari"), p.btn("Scarica la comunicazione periodica"),
                   p.cb("Comunicazioni solo in formato elettronico", checked=True),
                   p.btn("Richiedi copia dei dati"), p.btn("Cambia password")))
    m.append(p.sec("Contatti", None,
                   p.inp("Indirizzo e-mail", "l.ferri@example.it", type="email"),
                   p.inp("Cellulare", "+39 333 000 0000", type="tel"),
                   p.radios("Preferisco essere contattato", ["Via e-mail", "Per telefono"], 0)))
    return p, p.render("".join(m))


PAGES = [satispay, borsa_chiara, crediscore, salvadanaio, fondo_aurora]
