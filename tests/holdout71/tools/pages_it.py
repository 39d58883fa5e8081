from lib import Page


def mk(name, url, brand, title, notes, nav, lei=False, **kw):
    d = dict(search=("Cerca", "Cerca nelle impostazioni"), lang_label="Lingua", account="Il mio account",
             menu=[("Profilo", "/profilo"), ("Dispositivi", "/dispositivi"), ("Esci", "/esci")],
             footer=f"© 2025 {brand} · P. IVA 01234567890 · Privacy · Cookie · Termini")
    d.update(kw)
    return Page("it", name, url, brand=brand, title=title, notes=notes, nav=nav, **d)


def insta360():
    p = mk("insta360-privacy", "https://www.insta360.com/it/user/privacy-settings", "Insta360",
           "Impostazioni privacy",
           "Servizio noto (ricostruzione). Interruttore (role=switch) vago con aiuto che parla di addestramento, "
           "select invertito «Escludi…», riga di stato «Revoca il consenso» con suffisso nascosto, il cui senso sta "
           "solo nel titolo di sezione. Nascosto: visibility:hidden. Esche: reframing automatico in app, Cloud, Community.",
           [("I miei dispositivi", "/it/user/devices", False), ("Insta360 Cloud", "/it/user/cloud", False),
            ("Privacy", "/it/user/privacy-settings", True), ("Ordini", "/it/user/orders", False)], known=True, account="Giulia")
    p.sec("Insta360 Cloud")
    p.sw("Backup automatico dei file", True)
    p.select("Qualità del backup", ["Originale", "Ottimizzata"], 0)
    p.cb("Solo con Wi-Fi", True)
    p.sec("Editing")
    p.sw("Reframing automatico con IA", True, help="L'app sceglie l'inquadratura migliore direttamente sul telefono.")
    p.select("Stile dei montaggi rapidi", ["Energico", "Cinematografico"], 0)
    p.sec("Contenuti e miglioramento dei prodotti")
    p.sw("Partecipa al programma di miglioramento dei contenuti", False, ai="v",
         help="I video caricati su Insta360 Cloud possono essere usati per addestrare gli algoritmi di reframing "
              "automatico e di rilevamento dei soggetti.")
    p.select("Escludi i miei contenuti dall'addestramento dei modelli di IA", ["Sì", "No"], 1, ai="i", share=[False, True])
    p.sec("Addestramento dell'IA", "Con il tuo consenso usiamo le riprese a 360° per addestrare i nostri modelli di stitching.")
    p.state("Consenso:", "concesso", "Revoca", ai="h", sharing=True, suffix="il consenso")
    with p.hidden("visibility", "Beta"):
        p.cb("Usa i miei dati del giroscopio per addestrare FlowState", True)
    p.sec("Community")
    p.select("Chi può vedere i miei post", ["Tutti", "Follower", "Solo io"], 0)
    p.cb("Mostra il modello di fotocamera nei post", True)
    p.cb("Newsletter e promozioni", False)
    p.btn("Scarica i miei dati")
    p.btn("Elimina account")
    p.cb("Notifica a fine caricamento", True)
    p.select("Formato di esportazione predefinito", ["MP4", "MOV"], 0)
    return p


def bambu():
    p = mk("bambulab-privacy", "https://bambulab.com/it/me/privacy", "Bambu Lab",
           "Privacy e dati",
           "Servizio noto (ricostruzione). Tabella con una colonna «Usa per addestrare l'IA» accanto al backup, "
           "interruttore a pulsante (aria-labelledby) il cui senso di addestramento sta solo nel titolo e "
           "nell'introduzione. Nascosto: <dialog> chiuso. Esche: rilevamento spaghetti come funzione, MakerWorld, LAN.",
           [("Stampanti", "/it/me/printers", False), ("MakerWorld", "/it/me/makerworld", False), ("Privacy", "/it/me/privacy", True),
            ("Ordini", "/it/me/orders", False)], known=True, account="Marco B.")
    p.sec("Connessione")
    p.sw("Modalità solo LAN", False)
    p.sw("Stampa remota dall'app", True)
    p.select("Qualità del video in diretta", ["Fluida", "Alta definizione"], 0)
    p.sec("Rilevamento errori")
    p.sw("Rilevamento spaghetti", True, help="Il rilevamento avviene sulla stampante e mette in pausa la stampa.")
    p.sw("Ispezione del primo strato", True)
    p.select("Sensibilità", ["Bassa", "Media", "Alta"], 1)
    p.sec("Archiviazione")
    p.table("Cosa facciamo con i tuoi file", [("Backup nel cloud", None), ("Usa per addestrare l'IA", "p")],
            [("Video timelapse", [True, True]), ("Foto del piatto di stampa", [True, False])], corner="File")
    p.sec("Addestramento di Bambu AI",
          "Scegli se i tuoi dati possono aiutare ad addestrare i modelli di rilevamento errori e di calibrazione.")
    p.bsw("Registri di stampa", False, ai="h", mode="by", vis="Off")
    with p.hidden("dialog", "Conferma"):
        p.bsw("Condividi i modelli 3D pubblicati per addestrare l'IA generativa", True, mode="label")
    p.sec("MakerWorld")
    p.select("Visibilità dei miei modelli", ["Pubblici", "Privati"], 0)
    p.cb("Mostra il mio profilo nelle classifiche", True)
    p.cb("E-mail con i modelli della settimana", False)
    p.btn("Esporta cronologia di stampa")
    p.btn("Scollega stampante")
    return p


def miraggio():
    p = mk("miraggio-ar-privacy", "https://account.miraggio-ar.test/impostazioni/privacy", "Miraggio",
           "Privacy",
           "Visore AR inventato (Lei). Fieldset esplicito sul tracciamento oculare, pulsanti segmentati vaghi con "
           "aiuto sull'addestramento, checkbox invertita dentro <details> chiuso. Nascosto: scheda inattiva. "
           "Esche: sottotitoli in tempo reale, rendering foveale, controllo genitori.",
           [("Visore", "/visore", False), ("App", "/app", False), ("Privacy", "/impostazioni/privacy", True),
            ("Assistenza", "/assistenza", False)], lei=True, account="Account")
    with p.tabs(["Dispositivo", "Avanzate"]) as panel:
        with panel(0):
            p.sec("Sensori")
            p.sw("Tracciamento oculare", True, help="Usato per il rendering foveale; le immagini degli occhi restano sul visore.")
            p.sw("Tracciamento delle mani", True)
            p.sw("Sottotitoli in tempo reale", False)
            p.select("Luminosità automatica", ["Attiva", "Disattiva"], 0)
            p.sec("Uso dei dati")
            p.radios("Consenta l'uso dei Suoi dati di tracciamento oculare per addestrare i modelli di IA",
                     ["Consento", "Non consento"], 1, ai="p", share=[True, False])
            p.seg("Condivisione diagnostica estesa", ["Attiva", "Disattiva"], 0, ai="v", share=[True, False],
                  help="Comprende mappe degli ambienti e registrazioni dei gesti, impiegate per l'addestramento dei nostri modelli di riconoscimento.")
            with p.details("Impostazioni vocali"):
                p.cb("Non utilizzare le mie registrazioni vocali per addestrare l'assistente", True, ai="i")
                p.select("Lingua dell'assistente", ["Italiano", "Inglese"], 0)
        with panel(1):
            p.sw("Condividi le registrazioni della fotocamera per addestrare i modelli sperimentali", True)
    p.sec("Controllo genitori")
    p.cb("Richiedi il PIN per gli acquisti", True)
    p.select("Tempo massimo giornaliero", ["1 ora", "2 ore", "Nessun limite"], 2)
    p.sec("Comunicazioni")
    p.cb("Aggiornamenti del firmware", True)
    p.cb("Offerte", False)
    p.btn("Scarichi i Suoi dati")
    return p


def sfreccia():
    p = mk("sfreccia-privacy", "https://app.sfreccia.test/profilo/privacy", "Sfreccia",
           "Privacy",
           "Monopattino elettrico inventato (tu). Radiogroup esplicito (aria-label), interruttore (role=switch) il cui "
           "senso di addestramento sta solo nel titolo e nell'introduzione. Nascosto: attributo hidden. Esche: "
           "rilevamento cadute come funzione, zone, ricevute.",
           [("Corse", "/corse", False), ("Portafoglio", "/portafoglio", False), ("Privacy", "/profilo/privacy", True),
            ("Aiuto", "/aiuto", False)], account="Profilo")
    p.sec("Posizione")
    p.select("Accesso alla posizione", ["Solo durante la corsa", "Sempre"], 0)
    p.sw("Rilevamento cadute", True, help="Se cadi, ti chiediamo se stai bene e, se non rispondi, avvisiamo un contatto.")
    p.sw("Mostra i monopattini vicini nei widget", False)
    p.sec("I tuoi dati")
    p.rgroup("Usa i dati delle mie corse per addestrare l'IA di Sfreccia", ["Sì", "No"], 0, ai="p",
             share=[True, False], mode="label")
    p.sec("Apprendimento automatico",
          "Possiamo usare i dati dei sensori del monopattino per addestrare il modello che riconosce le cadute.")
    p.sw("Dati dei sensori", False, ai="h")
    with p.hidden("hidden", "Parcheggio"):
        p.sw("Usa le foto di parcheggio per addestrare il controllo automatico", True)
    p.sec("Comunicazioni")
    p.cb("Ricevute via e-mail", True)
    p.cb("Promozioni e minuti gratis", False)
    p.cb("Avvisi sulle nuove zone", True)
    p.select("Chi vede lo storico delle corse", ["Solo io", "Il mio piano aziendale"], 0)
    p.btn("Scarica le mie corse")
    p.btn("Chiudi account")
    p.cb("Invia rapporti sugli arresti anomali", True)
    p.select("Unità di distanza", ["Chilometri", "Miglia"], 0)
    p.sw("Suono di conferma alla chiusura", True)
    p.cb("Condividi la corsa in tempo reale con un contatto", False)
    return p


def battito():
    p = mk("battito-dati", "https://battito-watch.test/it/impostazioni/dati", "Battito",
           "I tuoi dati",
           "Smartwatch inventato con profili famiglia (tu). Tabella invertita «Mi oppongo» (righe: frequenza cardiaca, "
           "profilo del figlio), pulsante switch esplicito (aria-label), radiogroup vago «Aiutaci a migliorare "
           "Battito» con aiuto sull'addestramento. Nascosto: display:none in linea. Esche: coach IA, famiglia, notifiche.",
           [("Oggi", "/it/oggi", False), ("Famiglia", "/it/famiglia", False), ("Orologio", "/it/orologio", False),
            ("I tuoi dati", "/it/impostazioni/dati", True)], account="Chiara")
    p.sec("Coach")
    p.sw("Coach con IA", True, help="Suggerimenti personalizzati calcolati sull'orologio, senza addestrare modelli con i tuoi dati.")
    p.select("Obiettivo settimanale", ["3 allenamenti", "5 allenamenti"], 0)
    p.sec("Famiglia")
    p.cb("Sfide di famiglia", True)
    p.select("Chi vede i passi dei bambini", ["Solo i genitori", "Tutta la famiglia"], 0)
    p.sec("Addestramento")
    p.table("Opposizione all'addestramento dell'IA", [("Mi oppongo", "i")],
            [("Frequenza cardiaca", [True]), ("Dati del profilo di mio figlio", [False])], corner="Dati")
    p.bsw("Condividi le registrazioni vocali per addestrare l'assistente Battito", False, ai="p", mode="label")
    p.rgroup("Aiutaci a migliorare Battito", ["Sì", "No"], 0, ai="v", share=[True, False],
             help="Se scegli Sì, i tuoi dati di allenamento e sonno vengono usati per addestrare i nostri modelli di IA.")
    with p.hidden("display", "Vecchie impostazioni"):
        p.cb("Usa il mio ECG per addestrare il rilevamento delle aritmie", True)
    p.sec("Notifiche")
    p.cb("Promemoria per muoversi", True)
    p.cb("Obiettivo di sonno", True)
    p.cb("Novità", False)
    p.sw("Non disturbare di notte", True)
    p.select("Unità", ["Metriche", "Imperiali"], 0)
    p.cb("Vibrazione per le chiamate", True)
    p.btn("Scarica i miei dati")
    p.btn("Elimina account")
    return p


def pages():
    return [insta360(), bambu(), miraggio(), sfreccia(), battito()]
