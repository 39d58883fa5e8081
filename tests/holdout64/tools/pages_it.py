from lib import *

PAGES = [
Page("it", "translated-impostazioni", "https://www.translated.com/it/account/impostazioni", "Translated", "Impostazioni account",
     "Ricostruzione dell'area clienti di un'agenzia di traduzione (Lei): fieldset il cui scopo è detto solo dal titolo di sezione (Esclusi), interruttore esplicito (attivo), casella invertita (non condividere, non spuntata = condivide); interruttore-pulsante invertito nascosto con visibility:hidden; preventivi e revisione come esche.",
     chrome("Cerca nei progetti", "Lingua", "Il mio account", ["Profilo aziendale", "Utenti", "Fatture", "Esci"], "Account",
            ["Privacy", "Termini e condizioni", "Cookie", "Assistenza"], "© Translated srl — Roma"),
     ["Progetti", "Preventivi", "Glossari", "Impostazioni", "Fatture"], known=True, active=3,
     body=[
     section("Preferenze di progetto", items=[
         sel("Formato di consegna", ["Come l'originale", "PDF", "DOCX"], 0),
         cb("Traduzione giurata come impostazione predefinita", False),
         cb("Revisione da parte di un secondo traduttore", True),
         field("Centro di costo", "MKT-IT-03"),
         sel("Livello di qualità", ["Standard", "Premium", "Professionale con revisione"], 1),
         sw("Usare la traduzione automatica per le bozze interne", True, help="Le bozze automatiche riducono tempi e costi; non servono ad addestrare nulla con i Suoi file."),
     ]),
     section("Addestramento della traduzione automatica", intro="Con il Suo consenso, i testi revisionati dai nostri traduttori aiutano i nostri motori a imparare la terminologia della Sua azienda.", items=[
         rf("Progetti della Sua azienda", [("Inclusi", True), ("Esclusi", False)], 1, ai="h"),
         sw("Consenti l'uso delle mie memorie di traduzione per addestrare ModernMT", True, ai="p"),
         cb("Non condividere i miei file con fornitori esterni per l'addestramento di modelli di traduzione", False, ai="i"),
         hide("vis", [
             bsw("Escludi i file riservati dall'apprendimento automatico", False, ai="i", how="label"),
         ]),
     ]),
     section("Notifiche", items=[
         table("", ["E-mail", "SMS"], ["Preventivo pronto", "Consegna", "Fattura emessa"], [[True, False], [True, True], [True, False]]),
         cb("Ricevi la newsletter di Translated", False),
         sw("Notifiche push dell'app", True),
         btn("Scarica l'accordo di riservatezza"),
     ]),
     ]),

Page("it", "verbalizza-privacy", "https://app.verbalizza.test/impostazioni/privacy", "Verbalizza", "Privacy e dati",
     "Assistente per verbali di riunione inventato (tu): pulsanti segmentati espliciti (Sì), casella invertita (escludi, spuntata), riga di stato vaga con suffisso nascosto (programma attivo, aiuto: addestrare); interruttore in un <dialog> chiuso; riassunti e traduzione del verbale come esche.",
     chrome("Cerca nelle riunioni", "Lingua", "Apri il menu dell'account", ["Profilo", "Team", "Abbonamento", "Esci"], "Impostazioni",
            ["Centro assistenza", "Privacy", "Termini"], "Verbalizza srl — Milano"),
     ["Profilo", "Registrazione", "Verbali", "Privacy e dati", "Integrazioni"], active=3,
     body=[
     section("Registrazione", items=[
         sw("Partecipa in automatico alle riunioni in calendario", True),
         sel("Lingua delle riunioni", ["Rilevamento automatico", "Italiano", "Inglese"], 1),
         cb("Avvisa i partecipanti che la riunione viene registrata", True),
         sel("Conserva le registrazioni per", ["7 giorni", "30 giorni", "12 mesi"], 1),
         cb("Ignora le riunioni senza link video", True),
     ]),
     section("Verbali", intro="Il verbale viene scritto a partire dalla singola riunione e resta nel tuo spazio di lavoro.", items=[
         sw("Crea il verbale con l'IA alla fine della riunione", True),
         sel("Modello di verbale", ["Standard", "Consiglio di amministrazione", "Commerciale"], 0),
         cb("Traduci il verbale in inglese", False),
         btn("Collega Google Drive"),
         btn("Collega Slack"),
         sw("Autenticazione a due fattori", True),
     ]),
     section("Privacy e dati", items=[
         seg("Addestrare i modelli con le mie riunioni", [("Sì", True), ("No", False)], 0, ai="p"),
         cb("Escludi le riunioni con i clienti dall'addestramento dell'IA", True, ai="i"),
         state("Stai partecipando al programma Verbalizza Insieme.", "Esci", suffix="dal programma Verbalizza Insieme", ai="v", share=True,
               help="Chi partecipa condivide trascrizioni anonimizzate che usiamo per addestrare i nostri modelli linguistici."),
         dialog("Impostazioni dell'area di lavoro", "Area di lavoro", [
             sw("Usa le riunioni dell'area di lavoro per addestrare i modelli", False, ai="p"),
         ], close="Chiudi"),
         btn("Esporta tutti i dati"),
     ]),
     ]),

Page("it", "sottotitola-dati", "https://studio.sottotitola.test/account/dati", "Sottotitola", "I tuoi dati",
     "Servizio di sottotitoli inventato (tu): celle di tabella nominate implicitamente da riga e intestazione di colonna (colonna 'Addestramento IA' accanto a una colonna esca), select vago (aiuto: addestrare, non partecipo); casella in una scheda inattiva; sottotitoli tradotti come esca.",
     chrome("Cerca progetti", "Lingua", "Account", ["Profilo", "Piano", "Esci"], "Studio",
            ["Aiuto", "Privacy", "Condizioni d'uso"], "Sottotitola — sottotitoli per tutti"),
     ["Progetti", "Stile", "I tuoi dati", "Team", "Piano"], active=2,
     body=[
     tabs("Sezioni", [
         ("Generale", [
             section("Stile dei sottotitoli", items=[
                 sel("Carattere", ["Tiresias", "Inter", "Verdana"], 0),
                 seg("Posizione", ["In alto", "In basso"], 1),
                 sel("Caratteri per riga", ["37", "42"], 0),
                 sw("Colori diversi per ogni interlocutore", True),
                 cb("Descrivi i suoni (es. [applausi])", True),
                 cb("Rimuovi le esitazioni (ehm, cioè)", True),
                 sel("Frequenza fotogrammi", ["25 fps", "30 fps"], 0),
                 cb("Avvisami via e-mail quando i sottotitoli sono pronti", True),
                 sw("Traduci i sottotitoli in inglese", False, help="La traduzione riguarda solo il tuo video."),
             ]),
             section("Uso dei tuoi progetti", items=[
                 table("", ["Galleria pubblica", "Addestramento IA"], ["Progetti personali", "Progetti del team"],
                       [[True, False], [False, True]], ai_cols={1: "h"}, labelledby=False, corner="Progetto"),
                 sel("Programma qualità", [("Non partecipo", False), ("Partecipo", True)], 0, ai="v",
                     help="Se partecipi, l'audio dei tuoi video e le correzioni ai sottotitoli servono ad addestrare il nostro modello di trascrizione."),
             ]),
             section("Account", items=[
                 btn("Scarica tutti i progetti"),
                 btn("Cambia password"),
                 btn("Carica un glossario"),
             ]),
         ]),
         ("Avanzate", [
             cb("Consenti l'uso delle mie correzioni per addestrare il modello di trascrizione", True, ai="p"),
             sw("Funzioni sperimentali", False),
         ]),
     ]),
     ]),

Page("it", "leggimi-famiglia", "https://leggimi.test/famiglia/impostazioni", "Leggimi", "Impostazioni famiglia",
     "App di lettura inventata per bambini con DSA, account genitore (tu): interruttore-pulsante invertito con aria-labelledby (attivo = nessun addestramento), radiogroup con role=radio vago (aiuto: addestrare, Sì); interruttore nascosto con l'attributo hidden; sintesi vocale e font per dislessia come esche.",
     chrome("Cerca", "Lingua", "Account genitore", ["Figli", "Abbonamento", "Esci"], "Menu",
            ["Guida per famiglie", "Privacy", "Contatti"], "Leggimi — leggere è più facile"),
     ["Lettura", "Figli", "Scuola", "Privacy", "Abbonamento"], active=0,
     body=[
     section("Lettura", items=[
         sel("Voce di lettura", ["Giulia", "Marco", "Sofia"], 0),
         sel("Velocità", ["Lenta", "Normale", "Veloce"], 0),
         sel("Carattere", ["Standard", "EasyReading", "OpenDyslexic"], 1),
         seg("Interlinea", ["Normale", "Ampia", "Molto ampia"], 1),
         cb("Evidenzia la sillaba letta", True),
         sw("Sfondo color crema", True),
         sw("Modalità notte", False),
         cb("Segui il testo con il dito", False),
         sw("Riassunto semplificato con IA", False, help="Il riassunto viene creato sul momento per il testo aperto."),
     ]),
     section("Figli e scuola", items=[
         btn("Aggiungi un figlio"),
         cb("Invia i progressi all'insegnante", False),
         cb("Resoconto settimanale via e-mail", True),
         sel("Tempo massimo al giorno", ["30 minuti", "1 ora", "Nessun limite"], 1),
     ]),
     section("Privacy", items=[
         bsw("Non usare le registrazioni di lettura dei miei figli per addestrare l'IA", True, ai="i", how="by"),
         rg("Contributo alla ricerca", [("Sì", True), ("No", False)], 0, ai="v", native=False,
            help="Le registrazioni della lettura ad alta voce, senza nome, vengono usate per addestrare il modello che riconosce gli errori di lettura."),
         hide("hidden", [
             sw("Usa i testi fotografati per addestrare il riconoscimento del testo", True, ai="p"),
         ]),
         btn("Scarica i dati della famiglia"),
     ]),
     ]),

Page("it", "uditopiu-privacy", "https://app.uditopiu.test/profilo/privacy", "Udito+", "Privacy",
     "App inventata per apparecchi acustici con trascrizione (Lei): casella avvolgente esplicita (non spuntata), riga di stato invertita nominata via aria-labelledby (esclusione non attiva), interruttore il cui scopo è detto solo dal titolo di sezione (spento); select vago nascosto con display:none; riduzione del rumore sul dispositivo come esca.",
     chrome("Cerca impostazioni", "Lingua", "Profilo", ["I miei apparecchi", "Audioprotesista", "Esci"], "Profilo",
            ["Accessibilità", "Privacy", "Assistenza"], "Udito+ S.p.A. — Bologna"),
     ["Apparecchi", "Ascolto", "Trascrizione", "Privacy"], active=3,
     body=[
     section("Ascolto", items=[
         sel("Programma", ["Universale", "Ristorante", "Musica", "All'aperto"], 0),
         sw("Riduzione del rumore", True, help="Elaborata sull'apparecchio, in tempo reale."),
         seg("Direzione del microfono", ["Avanti", "Tutto intorno"], 0),
         cb("Avviso quando la batteria è scarica", True),
         sw("Chiamate in streaming sugli apparecchi", True),
         cb("Promemoria per la pulizia degli apparecchi", False),
         btn("Condividi le regolazioni con il mio audioprotesista"),
     ]),
     section("Trascrizione", items=[
         sw("Trascrizione in tempo reale", True),
         sel("Lingua della trascrizione", ["Italiano", "Inglese", "Tedesco"], 0),
         sel("Dimensione del testo", ["Media", "Grande"], 1),
         cb("Salva le trascrizioni sul telefono", False),
         cb("Autorizzo l'uso delle mie trascrizioni per addestrare i modelli di riconoscimento vocale", False, ai="p", wrap=True),
         state("Non attiva", "Attiva", title="Esclusione dall'addestramento dei modelli", ai="i", share=True),
     ]),
     section("Miglioramento dei modelli di ascolto", intro="I profili acustici degli utenti ci aiutano ad addestrare gli algoritmi di riduzione del rumore.", items=[
         sw("Includi il mio profilo acustico", False, ai="h"),
         hide("style", [
             sel("Partecipazione al programma Ascolto Insieme", [("No", False), ("Sì", True)], 1, ai="v",
                 help="Usiamo campioni audio per addestrare i nostri modelli."),
         ]),
     ]),
     section("Account", items=[
         btn("Prenota un controllo dell'udito"),
         btn("Scarica i miei dati"),
         btn("Elimina l'account"),
     ]),
     ]),
]
