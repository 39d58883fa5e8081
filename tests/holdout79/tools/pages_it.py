from lib import *

def build():
    P = []
    # 1 ---------------------------------------------------------------- GoTo Meeting (known)
    p = Page("it", "goto-meeting-privacy", "https://app.goto.com/settings/meeting/privacy", "GoTo Meeting",
             "Impostazioni", known=True, hidden_method="visibility", account="Francesca Galli",
             nav=["Profilo", "Riunioni", "Registrazioni", "Privacy", "Audio", "Integrazioni"], active=3,
             note="Ricostruzione delle impostazioni di GoTo Meeting (forma di cortesia); programma vago spiegato solo dal testo di aiuto.")
    p.sec("Opzioni predefinite delle riunioni", None,
          sw("Consenti ai partecipanti di entrare prima dell'organizzatore", False),
          select("Audio", ["Computer e telefono", "Solo computer", "Solo telefono"], 0),
          cb("Richiedi una password per le nuove riunioni", True, wrap=True),
          radios("Chi può condividere lo schermo", ["Solo l'organizzatore", "Tutti i partecipanti"], 1))
    p.sec("Smart Meeting Assistant",
          "Il riepilogo viene creato solo per la Sua riunione e non viene conservato per altri scopi.",
          sw("Trascrizione automatica", True),
          sw("Riepilogo con IA al termine della riunione", True),
          select("Lingua delle trascrizioni", ["Italiano", "Inglese", "Tedesco"], 0))
    p.sec("Dati e intelligenza artificiale", None,
          select("Utilizzo delle registrazioni per l'addestramento dei modelli di IA di GoTo",
                 ["Consentito", "Consentito solo in forma anonima", "Non consentito"], 2, ai=("p", False)),
          sw("Escludi le trascrizioni dall'addestramento dei modelli", False, ai="i"),
          bsw("Programma di miglioramento del prodotto", True, naming="by", ai="v",
              help="Aderendo, estratti audio anonimizzati delle Sue riunioni vengono usati per addestrare i nostri modelli di trascrizione e di riduzione del rumore."),
          hide("visibility", cb("Consenti l'uso delle chat per l'addestramento dell'IA", False, ai="p")))
    p.sec("Notifiche", None,
          cb("Email di promemoria 15 minuti prima", True),
          cb("Avvisami quando una registrazione è disponibile", True),
          cb("Novità sulle funzioni di IA", False))
    p.sec("Sicurezza", None,
          staterow("Verifica in due passaggi", "Attiva", "Gestisci", naming="by"),
          button("Esci da tutti i dispositivi"))
    P.append(p)

    # 2 ---------------------------------------------------------------- invented video-call app (tu)
    p = Page("it", "incontra-privacy", "https://app.incontra.test/impostazioni/privacy", "Incontra",
             "Privacy e dati", hidden_method="dialog", account="Marco",
             nav=["Account", "Audio e video", "Privacy e dati", "App collegate", "Aspetto", "Abbonamento"], active=2,
             note="App di videochiamate inventata (tu); doppia negazione in una casella, radiogroup spiegato dal titolo di sezione.")
    p.sec("Audio e video", None,
          select("Microfono", ["Predefinito di sistema", "Cuffie AirPods", "Microfono USB Rode"], 0),
          sw("Riduzione del rumore", True),
          cb("Entra con la videocamera spenta", False, wrap=True))
    p.sec("Sala d'attesa", None,
          radios("Chi entra senza attendere?", ["Chiunque abbia il link", "Chi fa parte del mio team", "Nessuno"], 1),
          sw("Blocca la stanza dopo l'inizio", False))
    p.sec("Sfondi e sottotitoli",
          "I sottotitoli vengono generati durante la chiamata e cancellati subito dopo: non servono ad addestrare nulla.",
          sw("Sottotitoli automatici", True),
          select("Sfondo virtuale", ["Nessuno", "Sfocato", "Dalla libreria"], 1))
    p.sec("Addestramento dei modelli di Incontra",
          "Scegli se le tue videochiamate possono entrare nei dati con cui addestriamo i nostri modelli.",
          radiogroup("Le mie videochiamate registrate", ["Sì, possono contribuire", "Solo l'audio", "No"], 0, ai=("h", True)))
    p.sec("Uso dei dati", None,
          cb("Non escludere i miei messaggi in chat dall'addestramento dell'IA", True, ai=("i", True, "dn")),
          segmented("Laboratorio voce", ["Attivo", "Disattivato"], 1, ai=("v", False),
                    help="Il Laboratorio voce raccoglie campioni anonimi delle chiamate per addestrare il modello di cancellazione dell'eco."),
          hide("dialog",
               sw("Addestra l'IA con le mie lavagne condivise", True, ai="p"),
               cb("Conserva i log per 90 giorni", True),
               opener="Altre impostazioni sui dati", title="Altre impostazioni sui dati", close="Annulla", save="Salva"))
    p.sec("App collegate", None,
          staterow("Google Calendar", "Collegato", "Scollega", naming="by"),
          staterow("Slack", "Non collegato", "Collega", naming="by"))
    p.sec("Aspetto", None,
          select("Tema", ["Chiaro", "Scuro", "Come il sistema"], 2),
          cb("Mostra l'orario locale degli altri partecipanti", True))
    P.append(p)

    # 3 ---------------------------------------------------------------- invented transcription bot (Lei)
    p = Page("it", "verbalia-dati", "https://app.verbalia.test/account/dati", "Verbalia",
             "Dati e consenso", hidden_method="tab", account="Studio Bianchi",
             nav=["Verbali", "Assistente", "Dati e consenso", "Integrazioni", "Notifiche", "Piano"], active=2,
             note="Assistente di verbalizzazione inventato (Lei); tabella con una sola colonna sull'addestramento, scheda inattiva.")
    p.sec("Assistente", None,
          textfield("Nome visualizzato dell'assistente", "Verbalia – Studio Bianchi"),
          radios("Partecipazione automatica", ["Tutte le riunioni", "Solo quelle che organizzo", "Mai"], 1),
          sw("Annuncia la registrazione in chat", True))
    p.sec("Verbali", None,
          select("Lingua del verbale", ["Italiano", "Inglese", "Rilevamento automatico"], 0),
          cb("Includi gli orari degli interventi", True, wrap=True),
          sw("Invia il verbale a tutti i partecipanti", False))
    p.sec("Uso dei dati", None,
          tabs("Ambito", [
              ("Account personale", [
                  table("Utilizzo dei contenuti delle riunioni", ["Ricerca nei verbali", "Addestramento dei modelli di IA"],
                        [("Registrazioni audio", [True, (False, "p")])]),
                  staterow("Gruppo di annotazione", "Iscritto", "Abbandona", naming="by", ai=("v", True),
                           help="I membri del gruppo consentono ai nostri linguisti di etichettare le loro registrazioni per addestrare il modello di riconoscimento vocale.")]),
              ("Studio", [
                  sw("Addestramento dell'IA con i verbali dello studio", True, ai="p")])], active=0))
    p.sec("Dati per addestrare il riconoscimento dei relatori",
          "Indichi se Verbalia può usare i campioni vocali delle Sue riunioni per addestrare il modello che distingue chi parla.",
          bsw("Campioni vocali", False, naming="text", ai="h"))
    p.sec("Integrazioni", None, staterow("Microsoft Teams", "Collegato", "Scollega", naming="by"))
    p.sec("Notifiche", None,
          cb("Verbale via email appena pronto", True),
          cb("Riepilogo settimanale", False),
          cb("Consigli e novità del prodotto", False))
    p.sec("Zona pericolosa", None, button("Elimina tutte le registrazioni", cls="danger"))
    P.append(p)

    # 4 ---------------------------------------------------------------- invented virtual congress platform (Lei)
    p = Page("it", "convegnolive-privacy", "https://organizzatori.convegnolive.test/impostazioni/privacy", "Convegno Live",
             "Privacy e dati del congresso", hidden_method="hidden", account="SIC Segreteria",
             nav=["Congresso", "Programma", "Relatori", "Crediti ECM", "Privacy e dati", "Pagamenti"], active=4,
             note="Piattaforma per congressi online inventata; opposizione in un fieldset, select spiegato solo dall'intestazione.")
    p.sec("Congresso", None,
          textfield("Titolo dell'evento", "Congresso Nazionale di Cardiologia 2025"),
          select("Fuso orario", ["Europa/Roma", "Europa/Londra"], 0),
          radios("Accesso", ["Aperto", "Solo iscritti", "Su invito"], 1))
    p.sec("Networking", None,
          sw("Incontri 1:1 in videochiamata", True),
          cb("Mostra l'elenco dei partecipanti", False))
    p.sec("Contenuti del congresso e IA", None,
          radios("Opposizione all'uso dei video delle sessioni per l'addestramento dell'IA", ["Mi oppongo", "Non mi oppongo"], 0,
                 ai=("i", False)),
          cb("Consenti l'addestramento dei nostri modelli di IA con le domande dei partecipanti", True, ai="p"),
          hide("hidden", segmented("Addestramento IA con i dati degli espositori", ["Sì", "No"], 0, ai=("p", True))))
    p.sec("Addestramento del modello di sottotitolazione",
          "I sottotitoli rivisti dai vostri moderatori possono essere usati per addestrare il nostro modello di sottotitolazione medica.",
          select("Sottotitoli corretti dai moderatori", ["Utilizzabili", "Non utilizzabili"], 0, ai=("h", True)))
    p.sec("Sponsor", None,
          cb("Banner degli sponsor nella hall virtuale", True),
          sw("Invia i contatti agli espositori, previo consenso", False))
    p.sec("Crediti ECM", None,
          sw("Questionario di apprendimento obbligatorio", True),
          select("Soglia minima di presenza", ["80%", "90%", "100%"], 1),
          cb("Email di promemoria agli iscritti", True))
    p.sec("Pagamenti", None,
          staterow("Nexi", "Collegato", "Gestisci", naming="by"),
          button("Esporta presenze (CSV)"))
    P.append(p)

    # 5 ---------------------------------------------------------------- invented webinar platform (tu)
    p = Page("it", "webinarfacile-dati", "https://webinarfacile.test/impostazioni/dati", "Webinar Facile",
             "I tuoi dati", hidden_method="display", account="Accademia Rossi",
             nav=["Webinar", "Profilo", "Iscrizioni", "I tuoi dati", "Statistiche", "Pagamenti"], active=3,
             note="Piattaforma di webinar inventata (tu); interruttore nel <details> chiuso il cui sommario è l'unico indizio.")
    p.sec("Profilo", None,
          textfield("Nome dell'organizzatore", "Accademia Rossi"),
          select("Fuso orario", ["Europa/Roma", "Europa/Zurigo"], 0))
    p.sec("Iscrizioni", None,
          cb("Chiedi il numero di telefono", False, wrap=True),
          radios("Conferma dell'iscrizione", ["Automatica", "Manuale"], 0),
          sw("Promemoria un'ora prima", True),
          cb("Registra automaticamente ogni webinar", True))
    p.sec("Strumenti IA",
          "I capitoli automatici vengono calcolati solo per il tuo webinar e non vengono riutilizzati per l'addestramento.",
          sw("Capitoli automatici", True),
          cb("Avvisami delle nuove funzioni IA", True))
    p.sec("I tuoi dati", None,
          radiogroup("Programma Dati Condivisi", ["Attivo", "Sospeso"], 1, ai=("v", False),
                     help="Con il programma attivo, chat e sondaggi anonimizzati dei tuoi webinar servono ad addestrare il nostro modello di moderazione."),
          segmented("Limita l'addestramento dell'IA sulle mie registrazioni", ["Sì", "No"], 1, ai=("i", True)),
          hide("display", bsw("Usa i miei webinar per addestrare l'IA", True, naming="label", ai="p")),
          details("Addestramento IA con le domande del Q&A",
                  sw("Domande del pubblico", True, ai="h")))
    p.sec("Statistiche", None,
          sw("Misura il tempo di permanenza", True),
          cb("Condividi le statistiche con i relatori", False))
    p.sec("Pagamenti", None,
          staterow("PayPal", "Collegato", "Scollega", naming="by"),
          button("Scarica le fatture"))
    P.append(p)
    return P
