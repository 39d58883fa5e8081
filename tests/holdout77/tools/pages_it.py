from lib import page, take

L = "it"
CHROME = {"search": "Cerca nelle impostazioni", "lang": "Lingua", "langs": ["Italiano", "English", "Deutsch", "Français"],
          "account": "Il mio account", "menu": ["Profilo", "Cambia account", "Esci"], "nav": "Impostazioni",
          "footer": ["Informativa privacy", "Termini di servizio", "Assistenza", "Cookie"]}

POOL = [
    lambda P: P.cb("Notifiche desktop per i nuovi messaggi", True),
    lambda P: P.sel("Tema", [("Chiaro", 0), ("Scuro", 0), ("Come il sistema", 0)], 2),
    lambda P: P.seg("Densità", [("Compatta", 0), ("Normale", 0), ("Ariosa", 0)], 1),
    lambda P: P.sw("Riduci le animazioni", False, help="Disattiva transizioni ed effetti di movimento."),
    lambda P: P.sel("Formato data", [("31/12/2025", 0), ("2025-12-31", 0)], 0),
    lambda P: P.sel("Fuso orario", [("(UTC+01:00) Roma", 0), ("(UTC+01:00) Zurigo", 0)], 0),
    lambda P: P.btn("Attiva la verifica in due passaggi"),
    lambda P: P.btn("Esci da tutti gli altri dispositivi"),
    lambda P: P.cb("Riepilogo settimanale via email", False),
    lambda P: P.sw("Pubblicità personalizzata", False, help="Basata sugli interessi dichiarati; il testo dei messaggi non viene mai letto per scegliere gli annunci."),
    lambda P: P.cb("Invio automatico dei rapporti di arresto anomalo", True, help="Solo dati tecnici, nessun contenuto."),
    lambda P: P.link("Scarica una copia dei dati"),
    lambda P: P.link("App collegate"),
    lambda P: P.btn("Modifica metodo di pagamento"),
    lambda P: P.sel("La settimana inizia di", [("Lunedì", 0), ("Domenica", 0)], 0),
    lambda P: P.cb("Ottimizza per lettori di schermo", False),
    lambda P: P.sw("Aggiornamenti sulle funzioni di IA", True, help="Ogni tanto un messaggio sulle novità dell'assistente. L'uso dei dati resta invariato."),
    lambda P: P.rgroup("Chi vede la foto del profilo", [("Tutti", 0), ("Solo contatti", 0), ("Nessuno", 0)], 1),
    lambda P: P.cb("Scorciatoie da tastiera", True),
    lambda P: P.sel("Dimensione del testo", [("Piccola", 0), ("Media", 0), ("Grande", 0)], 1),
]


@page(L, "libero-mail-impostazioni", "https://mail1.libero.it/appsuite/#!!&app=io.ox/settings&folder=virtual/settings/privacy", "Libero Mail", "Privacy e IA",
      ["Generale", "Posta", "Rubrica", "Calendario", "Privacy e IA", "Account", "Sicurezza"],
      known=True, notes="Ricostruzione delle impostazioni di Libero Mail (tu); le opzioni di addestramento sono inventate. Pulsanti segmentati col nome vago.")
def libero(P):
    P.sec("Assistente di scrittura")
    P.sw("Suggerimenti mentre scrivi", True, help="I suggerimenti vengono creati sul momento e non servono ad addestrare alcun modello.")
    P.cb("Consenti l'uso delle mie email per addestrare i modelli di IA", True, ai="p")
    P.bsw("Escludi gli allegati dall'addestramento", False, naming="label", visible="Allegati fuori dall'addestramento", ai="i")
    P.seg("Programma Libero Insieme", [("Aderisco", True), ("Non aderisco", False)], 1,
          help="Chi aderisce mette a disposizione il testo dei messaggi per addestrare i nostri modelli linguistici.", ai="v")
    P.hide()
    P.cb("Usa la mia rubrica per l'addestramento", True)
    P.unhide()
    P.sec("Antispam")
    P.sel("Livello del filtro", [("Basso", 0), ("Medio", 0), ("Alto", 0)], 1)
    P.cb("Blocca le immagini dei mittenti sconosciuti", True)
    P.sec("Preferenze")
    take(P, POOL, [0, 1, 4, 6, 9, 11, 13, 18, 3, 15])


@page(L, "google-calendar-impostazioni", "https://calendar.google.com/calendar/u/0/r/settings/privacy", "Google Calendar", "Impostazioni",
      ["Generali", "Lingua e regione", "Fuso orario", "Impostazioni evento", "Notifiche", "Opzioni di visualizzazione", "Privacy e IA", "Scorciatoie da tastiera"],
      known=True, notes="Ricostruzione delle impostazioni di Google Calendar; addestramento inventato. Tabella con intestazione di colonna vaga, didascalia sull'addestramento; finestra di dialogo chiusa.")
def gcal(P):
    P.sec("Impostazioni evento")
    P.sel("Durata predefinita", [("15 minuti", 0), ("30 minuti", 0), ("60 minuti", 0)], 1)
    P.cb("Riunioni rapide", False)
    P.rgroup("Aggiungi automaticamente gli inviti", [("Da tutti", 0), ("Solo da mittenti noti", 0)], 1)
    P.sec("Privacy e IA")
    P.cb("Suggerimenti intelligenti per gli orari", True, help="Usano il tuo calendario solo per proporre orari; non addestrano i modelli.")
    P.table("Dati per l'addestramento dei modelli di Google", ["Consentito"],
            [("Titoli degli eventi", [False]), ("Luoghi", [True])], ai={(0, 0): ("h", None), (1, 0): ("h", None)})
    P.state("Blocco dell'addestramento IA sui miei calendari", "Attivo", "Disattiva", True, ai="i")
    P.btn("Altre impostazioni sui dati")
    P.hide(dialog_title="Altre impostazioni sui dati")
    P.sw("Addestra Gemini con i partecipanti alle riunioni", False)
    P.unhide()
    P.sec("Notifiche")
    take(P, POOL, [0, 3, 5, 14, 16, 19, 12])


@page(L, "posta-chiara-privacy", "https://posta.chiara.test/impostazioni/privacy", "Posta Chiara", "Privacy",
      ["Account", "Posta in arrivo", "Firma", "Privacy", "Inoltro", "Abbonamento"],
      notes="Webmail inventata (Lei). Interruttore dal nome vago, fieldset sotto titolo di addestramento, scheda inattiva.")
def chiara(P):
    P.sec("Funzioni intelligenti")
    P.sw("Riassunto dei messaggi lunghi", True, help="Il riassunto viene elaborato soltanto per il messaggio aperto e non è utilizzato per l'addestramento.")
    P.sw("Partecipazione al miglioramento del servizio", False,
         help="Se attiva, il contenuto delle Sue email viene usato per addestrare i modelli di intelligenza artificiale di Posta Chiara.", ai="v")
    P.sel("Addestramento dell'IA con la posta inviata", [("Consentito", True), ("Non consentito", False)], 0, ai="p")
    P.sec("Addestramento dei modelli", "Indichi quali contenuti della casella possono contribuire ad addestrare i nostri modelli.")
    P.radios("Allegati PDF", [("Inclusi", True), ("Esclusi", False)], 0, ai="h")
    P.hide(active_tab="Essenziali", hidden_tab="Sperimentali")
    P.cb("Conferma di lettura", False)
    P.cb("Anteprima dei link", True)
    P.tab_next()
    P.cb("Usa le cartelle archiviate per addestrare l'IA", True)
    P.unhide()
    P.sec("Preferenze")
    take(P, POOL, [2, 7, 8, 10, 15, 17, 13])


@page(L, "casella-team-dati-ia", "https://casellateam.test/admin/dati-ia", "Casella Team", "Dati e IA",
      ["Caselle", "Operatori", "Regole", "Risposte salvate", "Dati e IA", "Integrazioni", "Fatturazione"],
      notes="Casella condivisa inventata (Lei). Opposizione in radiogroup, riga di stato con suffisso nascosto sotto titolo di addestramento.")
def casella(P):
    P.sec("Assistente risposte")
    P.sw("Bozze automatiche", True, help="Ogni bozza nasce dal solo ticket aperto e non serve all'addestramento.")
    P.rgroup("Opposizione all'addestramento sui ticket", [("Attiva", False), ("Non attiva", True)], 0, ai="i")
    P.cb("Condividi esempi con i partner", True, wrap=True,
         help="Gli esempi, cioè conversazioni anonimizzate, servono ai nostri partner per addestrare modelli di linguaggio.", ai="v")
    P.sec("Addestramento IA sui dati dell'area di lavoro")
    P.state("Note interne", "Escluse", "Includi", False, suffix="le note interne", ai="h")
    P.hide()
    P.sel("Addestramento con le risposte salvate", [("Sì", True), ("No", False)], 0)
    P.unhide()
    P.sec("Visibilità")
    P.rgroup("Chi vede la casella Vendite", [("Tutto il team", 0), ("Solo Vendite", 0)], 1)
    P.cb("Mostra la valutazione del cliente agli operatori", True)
    P.link("Collega Slack")
    take(P, POOL, [1, 6, 7, 11, 14, 18, 3, 10, 13])


@page(L, "scrivania-dati", "https://scrivania.test/account/preferenze/dati", "Scrivania", "I tuoi dati",
      ["Generale", "Documenti", "Correttore", "I tuoi dati", "Condivisione", "Piano"],
      notes="Elaboratore di testi inventato (tu). Interruttore negativo, pulsante role=switch col testo, menu a tendina sotto titolo di addestramento.")
def scrivania(P):
    P.sec("Correttore")
    P.sw("Correzione grammaticale", True)
    P.sw("Non usare i miei documenti per l'addestramento", True, ai="i")
    P.bsw("Addestra il correttore sui miei testi", True, ai="p")
    P.sec("Cosa impara la nostra IA", "Puoi decidere quali parti dei tuoi documenti servono ad addestrare i modelli.")
    P.details("Altre parti del documento")
    P.sel("Commenti e revisioni", [("Sì", True), ("No", False)], 1, ai="h")
    P.enddetails()
    P.hide()
    P.cb("Addestramento con i modelli di documento", True)
    P.unhide()
    P.sec("Condivisione")
    P.sel("I nuovi documenti sono", [("Privati", 0), ("Visibili al team", 0), ("Pubblici con link", 0)], 0)
    P.cb("Consenti il download a chi legge", False)
    P.btn("Esporta tutti i documenti")
    take(P, POOL, [2, 4, 9, 10, 12, 16, 18, 6])
