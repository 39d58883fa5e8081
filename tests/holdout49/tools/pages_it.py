"""Pagine italiane di blind49."""
from lib import Page


def raiplaysound():
    p = Page("it", "raiplaysound-privacy", "https://www.raiplaysound.it/profilo/privacy", "Rai – Radiotelevisione Italiana",
             "Privacy – Il mio profilo | RaiPlay Sound", "Privacy e consensi",
             "Servizio noto (ricostruzione). Interruttore con formulazione diretta, spento (false); riga di stato "
             "sull’opposizione «Non esercitata» con pulsante all’imperativo «Opponiti» e suffisso visivamente nascosto (true). "
             "Esche: sottotitoli automatici, profilazione per i consigli, pubblicità; esca nascosta con display:none in linea.",
             ["Il mio profilo", "I miei preferiti", "Continua ad ascoltare", "Privacy e consensi", "Notifiche", "Dispositivi"],
             nav_current=3, known=True, brand="RaiPlay Sound",
             intro="Gestisci i consensi che hai espresso al momento della registrazione. Puoi cambiarli in qualsiasi momento.")
    with p.section("Ascolto"):
        p.switch("Riprendi l’ascolto dal punto in cui l’hai lasciato", True)
        p.select("Qualità della diretta", ["Automatica", "Risparmio dati", "Alta"], 0)
        p.switch("Sottotitoli automatici per i podcast", True, help="Testo generato automaticamente a partire dall’audio.")
        p.select("Canale all’avvio", ["Radio1", "Radio2", "Radio3", "Isoradio"], 1)
        p.checkbox("Scarica i nuovi episodi solo con Wi-Fi", True)
        p.switch("Riproduzione automatica del successivo", True)
    with p.section("Notifiche"):
        p.table("Avvisami per", "Argomento", ["App", "E-mail", "Smart speaker"],
                [("Nuove puntate dei podcast che seguo", [True, True, False]),
                 ("Dirette speciali di Radio3", [False, False, False]),
                 ("Concerti dell’Orchestra Rai", [True, False, True])])
    with p.section("Consensi"):
        p.switch("Profilazione per contenuti consigliati", True, help="Usiamo ciò che ascolti per suggerirti programmi e podcast.")
        p.switch("Pubblicità personalizzata", False)
        p.switch("Analisi statistiche anonime", True, help="Contano gli ascolti in forma aggregata; non servono ad addestrare modelli.")
        p.checkbox("Newsletter di Radio2", True)
        p.checkbox("Comunicazioni su eventi e concerti Rai", False)
    with p.section("Intelligenza artificiale",
                   intro="La Rai sperimenta modelli di intelligenza artificiale per la trascrizione e l’archivio."):
        p.switch("Consenti a Rai di usare la mia cronologia di ascolto per addestrare modelli di intelligenza artificiale", False, ai=("p", False))
        p.state_row("Opposizione al trattamento per l’addestramento dell’IA", "Non esercitata", "Opponiti",
                    suffix="all’addestramento dell’IA con i miei dati", ai=("i", True),
                    help="Puoi opporti in base all’art. 21 del GDPR.", help_mode="nearby")
    with p.section("I tuoi dati"):
        p.button("Scarica i tuoi dati")
        p.button("Cancella la cronologia")
        p.button("Elimina il profilo")
    with p.hidden("display-inline", "vecchio blocco: uso dei messaggi vocali inviati ai programmi per l’addestramento"):
        p.checkbox("Usa i miei messaggi vocali ai programmi per addestrare l’IA", True)
    return p


def spartito():
    p = Page("it", "spartito-gruppo-dati", "https://app.spartito.test/gruppo/impostazioni/dati", "Spartito S.r.l.",
             "Impostazioni del gruppo · Dati · Spartito", "Dati del gruppo",
             "App inventata per cori e bande (dati del gruppo). Tabella a una colonna i cui nomi di riga hanno senso solo "
             "grazie al titolo e all’introduzione (h, uno vero e uno falso); casella all’imperativo «Escludi i dati del "
             "gruppo…» spuntata (false). Esche: trascrizione automatica delle partiture, «Allenamento vocale quotidiano» "
             "(esercizio); esca nascosta con una classe visibility:hidden.",
             ["Repertorio", "Calendario prove", "Membri", "Dati", "Abbonamento"], nav_current=3, brand="Spartito")
    with p.section("Membri"):
        p.select("Ruolo predefinito dei nuovi membri", ["Corista", "Capo sezione", "Maestro"], 0)
        p.button("Invita un membro")
        p.checkbox("I coristi possono caricare partiture", True)
        p.checkbox("Mostra il telefono dei membri al gruppo", False)
    with p.section("Strumenti"):
        p.switch("Trascrizione automatica delle partiture", True, help="Trasforma le scansioni in partiture modificabili.")
        p.switch("Allenamento vocale quotidiano", True, help="Esercizi di riscaldamento di dieci minuti prima delle prove.")
        p.switch("Metronomo condiviso durante le prove", False)
        p.select("Notazione", ["Do Re Mi", "C D E"], 0)
        p.switch("Promemoria delle prove", True)
        p.checkbox("Avvisami quando viene caricato un nuovo brano in repertorio", True)
    with p.section("Addestramento dei modelli",
                   intro="Spartito migliora il riconoscimento delle partiture e l’accompagnamento automatico imparando dai materiali caricati dai gruppi. Scegliete che cosa può essere usato."):
        p.table("Materiali", "Materiale", ["Consentito"],
                [("Partiture scansionate del coro", [(True, ("h", True))]),
                 ("Registrazioni delle prove", [(False, ("h", False))])], names="row")
        p.checkbox("Escludi i dati del gruppo dall’addestramento di partner esterni", True, ai=("i", False),
                   help="I partner sono università e produttori di software musicale.")
    with p.section("Archivio"):
        p.select("Periodo di conservazione dell’archivio audio", ["3 mesi", "1 anno", "Sempre"], 1)
        p.button("Esporta l’archivio del gruppo")
        p.button("Elimina il gruppo")
    with p.hidden("visibility-class", "opzione in arrivo: condividere le registrazioni con un partner di IA"):
        p.switch("Condividi le registrazioni con il partner di IA per l’addestramento", False)
    return p


def fenice():
    p = Page("it", "fenice-privacy", "https://www.fenice-audiolibri.test/account/privacy", "Fenice Audiolibri",
             "Privacy | Fenice Audiolibri", "Privacy",
             "Servizio inventato di audiolibri. Gruppo radio (role=radiogroup) con nome di programma vago; solo l’aiuto "
             "(aria-describedby) parla di addestramento, «Non partecipo» (false); interruttore all’imperativo «Revoca il "
             "consenso…» spento (true). Esche: voce sintetica, riassunto del capitolo, profili bambini; esca nascosta con "
             "l’attributo hidden.",
             ["Libreria", "Ascolto", "Profili", "Privacy", "Abbonamento"], nav_current=3, brand="Fenice")
    with p.section("Ascolto"):
        p.switch("Edizioni lette con voce sintetica", False, help="Mostra anche le edizioni lette da una voce artificiale.")
        p.switch("Riassunto del capitolo precedente", True)
        p.select("Timer di spegnimento", ["Disattivato", "15 minuti", "Fine del capitolo"], 2)
        p.select("Velocità di lettura", ["0,9x", "1x", "1,2x", "1,5x"], 1)
        p.checkbox("Scarica in automatico il libro successivo della serie", True)
        p.switch("Modalità auto", False)
        p.checkbox("Mostra i miei progressi di ascolto agli amici", False)
    with p.section("Profili"):
        p.select("Fascia d’età del profilo di Giulia", ["Fino a 6 anni", "7–10 anni", "11–14 anni"], 1)
        p.checkbox("Chiedi il PIN per gli acquisti", True)
        p.button("Aggiungi un profilo")
    with p.section("I tuoi dati"):
        p.radios("Programma Voci Nuove", ["Partecipo", "Non partecipo"], 1, ai=("v", False), style="radiogroup",
                 help="Se partecipi, i tuoi segnalibri e le note vocali vengono usati per addestrare le nostre voci di sintesi.")
        p.switch("Revoca il consenso all’uso dei miei ascolti per l’addestramento dell’IA", False, ai=("i", True), mode="aria-label")
        p.checkbox("Suggerimenti personalizzati", True)
        p.checkbox("Offerte degli editori partner", False)
        p.button("Richiedi una copia dei dati")
        p.checkbox("Newsletter con le novità in uscita", True)
        p.button("Disdici l’abbonamento")
    with p.hidden("hidden-attr", "blocco beta: cessione delle recensioni vocali per addestrare l’IA"):
        p.checkbox("Cedi le mie recensioni vocali per addestrare l’IA", True)
    return p


def podcastia():
    p = Page("it", "podcastia-distribuzione", "https://studio.podcastia.test/impostazioni/distribuzione", "Podcastia",
             "Distribuzione · Podcastia Studio", "Distribuzione e IA",
             "Hosting inventato per podcaster. Menu a tendina formulato in modo diretto, «Solo ricerca accademica» (true); "
             "riga di stato con destinazione aria-labelledby il cui titolo («Accesso al feed RSS») ha senso solo grazie al "
             "titolo della sezione e all’introduzione, «Consentito» (true); casella «Blocca l’uso delle trascrizioni…» non "
             "spuntata (true). Esche: trascrizioni e capitoli automatici, statistiche; esca in una finestra di dialogo chiusa.",
             ["Episodi", "Statistiche", "Distribuzione", "Monetizzazione", "Team"], nav_current=2, brand="Podcastia Studio")
    with p.section("Piattaforme"):
        p.checkbox("Pubblica su Spotify", True)
        p.checkbox("Pubblica su Apple Podcasts", True)
        p.checkbox("Pubblica su Amazon Music", False)
        p.checkbox("Pubblica su YouTube", False)
        p.textfield("Indirizzo del feed", "https://feed.podcastia.test/caffe-sonoro")
    with p.section("Episodi"):
        p.switch("Trascrizioni automatiche", True, help="Pubblicate insieme a ogni episodio.")
        p.switch("Capitoli automatici", False)
        p.checkbox("Blocca l’uso delle trascrizioni per addestrare il nostro modello", False, ai=("i", True))
        p.select("Lingua del podcast", ["Italiano", "Inglese", "Spagnolo"], 0)
        p.checkbox("Contenuto esplicito", False)
        p.select("Categoria principale", ["Cultura", "Tecnologia", "Storia", "Musica"], 0)
    with p.section("Uso da parte di terzi"):
        p.select("Uso dei miei episodi per l’addestramento di modelli di IA di terze parti",
                 ["Consentito", "Non consentito", "Solo ricerca accademica"], 2, ai=("p", True))
    with p.section("Crawler di intelligenza artificiale",
                   intro="Alcuni servizi scaricano i feed pubblici per addestrare modelli linguistici e vocali."):
        p.state_row("Accesso al feed RSS", "Consentito", "Modifica", mode="labelledby", ai=("h", True))
    with p.section("Statistiche"):
        p.checkbox("Anonimizza gli indirizzi IP", True)
        p.button("Esporta le statistiche")
        p.checkbox("Report settimanale via e-mail", True)
        p.button("Apri impostazioni avanzate")
    with p.hidden("dialog", "finestra chiusa: licenza dell’archivio a un’azienda di IA", heading="Proposta di licenza"):
        p.checkbox("Concedi in licenza l’archivio dei miei episodi per addestrare l’IA", False)
        p.button("Conferma")
    return p


def ondamusica():
    p = Page("it", "ondamusica-ia", "https://www.ondamusica.test/impostazioni/ia", "OndaMusica S.p.A.",
             "Impostazioni · IA · OndaMusica", "Intelligenza artificiale",
             "Streaming musicale inventato. Pulsanti segmentati «Sospendi l’addestramento IA con i miei ascolti» su «Sì» "
             "(false); casella con formulazione diretta non spuntata (false); in un <details> chiuso, interruttore «Aiuta a "
             "migliorare Onda DJ» il cui aiuto è l’unico a parlare di addestramento, acceso (true). Esche: Onda DJ, mix "
             "continuo, «Playlist per l’allenamento» (sport); esca nascosta in una scheda con aria-hidden.",
             ["Account", "Abbonamento", "Riproduzione", "Intelligenza artificiale", "Dispositivi"], nav_current=3, brand="OndaMusica")
    with p.section("Funzioni intelligenti",
                   intro="Queste funzioni usano modelli già addestrati e non richiedono nuovi dati."):
        p.switch("DJ vocale", True, help="Una voce presenta i brani e cambia atmosfera quando glielo chiedi.")
        p.switch("Mix continuo", True)
        p.switch("Testi tradotti", False)
        p.switch("Playlist per l’allenamento", True, help="Brani al ritmo giusto per corsa, bici e palestra.")
        p.select("Dissolvenza tra i brani", ["Nessuna", "4 secondi", "8 secondi"], 1)
        p.select("Equalizzatore", ["Neutro", "Bassi", "Voce", "Acustico"], 0)
    with p.section("Privacy"):
        p.switch("Sessione privata", False)
        p.checkbox("Mostra ai follower cosa sto ascoltando", True)
        p.checkbox("Pubblicità basata sui miei interessi", False)
        p.checkbox("Contenuti espliciti", True)
        p.select("Chi vede le mie nuove playlist", ["Tutti", "Solo i follower", "Solo io"], 1)
    with p.section("Addestramento"):
        p.segmented("Sospendi l’addestramento IA con i miei ascolti", ["Sì", "No"], 0, ai=("i", False),
                    help="Mentre è sospeso non aggiungiamo nulla di tuo ai dati di addestramento.")
        p.checkbox("Condividi i miei ascolti con etichette partner per addestrare i loro modelli di IA", False, ai=("p", False))
        with p.details("Altre opzioni"):
            p.switch("Aiuta a migliorare Onda DJ", True, ai=("v", True),
                     help="Le tue richieste vocali e i brani che salti servono ad addestrare il modello di Onda DJ.")
            p.checkbox("Invia rapporti sugli arresti anomali", True)
    p.button("Scarica i tuoi dati")
    p.button("Gestisci le app collegate")
    with p.hidden("aria-hidden", "anteprima con interruttore per addestrare l’IA con le playlist"):
        p.switch("Usa le mie playlist per addestrare l’IA", True)
    return p


def pages():
    return [raiplaysound(), spartito(), fenice(), podcastia(), ondamusica()]
