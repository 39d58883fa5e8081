from lib import Page


def fandom():
    p = Page("it", "fandom-preferenze", "https://community.fandom.com/it/wiki/Speciale:Preferenze",
             "Preferenze | Fandom", "FANDOM",
             "Servizio noto (wiki di fan), preferenze a schede; le schede inattive sono nascoste e una contiene una "
             "casella di addestramento. 'Escludi i miei contributi ai forum dall’addestramento dell’IA' non "
             "spuntata (invertita → true); gruppo radio 'La mia pagina utente' sotto il titolo 'Crawler di "
             "intelligenza artificiale' con 'Bloccata per i crawler di IA' (solo titolo → false). Esche: risposte "
             "rapide IA, annunci personalizzati, riproduzione automatica.",
             ["Esplora", "Wiki in evidenza", "Community Central", "Preferenze"], real=True, nav_current=3,
             user="Drakonia", search_ph="Cerca in Fandom", theme="fan-wiki")
    p.h("Preferenze", 1)

    def vuoto(pg):
        pg.para("—")

    def modifica(pg):
        pg.cb("Usa le mie modifiche per addestrare i suggerimenti di scrittura", False, ai=True)

    def privacy(pg):
        with pg.section("Profilo e contatti"):
            pg.cb("Mostra le mie wiki preferite nel profilo", True)
            pg.cb("Consenti agli altri utenti di inviarmi e-mail", False)
            pg.cb("Mostra il mio stato online nella chat della community", True)
            pg.sel("Annunci personalizzati", ["Consenti", "Rifiuta"], 1)
            pg.cb("Riproduci automaticamente i video", True)
            pg.sel("Qualità dei video", ["Automatica", "480p", "720p", "1080p"], 0)
            pg.cb("Nascondi i contenuti per adulti", True)
        with pg.section("Contributi e intelligenza artificiale"):
            pg.cb("Escludi i miei contributi ai forum dall’addestramento dell’IA", False,
                  help="Riguarda discussioni e commenti, non le pagine delle wiki.", ai=(True, "i"))
            pg.sw("Risposte rapide suggerite dall’IA nei commenti", True,
                  help="Le proposte vengono generate al momento e non vengono salvate.")
        with pg.section("Crawler di intelligenza artificiale",
                        intro="Le pagine utente sono pubbliche. Scegli se i crawler che raccolgono testi per "
                              "addestrare modelli possono leggere la tua."):
            pg.radio("La mia pagina utente", ["Accessibile a tutti i crawler", "Bloccata per i crawler di IA"], 1,
                     ai=(False, "h"))
        pg.link("Scarica i miei dati")
        pg.actions("Salva", "Ripristina predefiniti")

    p.tabs("Sezioni delle preferenze", [("Profilo", vuoto), ("Aspetto", vuoto), ("Modifica", modifica),
                                         ("Notifiche", vuoto), ("Privacy", privacy)], active=4)
    return p


def scintilla():
    p = Page("it", "scintilla-privacy", "https://scintilla.test/impostazioni/privacy",
             "Privacy – Scintilla", "Scintilla",
             "App di incontri inventata. Interruttore con solo 'Disattivato' visibile e aria-label 'Non usare le "
             "mie note vocali per migliorare il riconoscimento vocale' (invertito, spento → true); tabella con "
             "didascalia 'Dati usati per addestrare l’algoritmo di abbinamento' e righe nominate solo dal dato "
             "('Le mie preferenze di ricerca' attivo → true, 'Le mie foto profilo' spento → false; solo titolo). "
             "Esche: trascrizione sul dispositivo, verifica selfie, profili compatibili, pausa. Nascosto: <dialog> "
             "chiuso.",
             ["Profilo", "Scopri", "Privacy", "Notifiche", "Abbonamento"], nav_current=2,
             user="Giulia", search_ph="Cerca nelle impostazioni", theme="dating")
    p.h("Privacy", 1)
    with p.section("Scopri"):
        p.sw("Mostra il mio profilo in Scopri", True)
        p.sel("Cerco", ["Uomini", "Donne", "Tutti"], 0)
        p.text("Età da", "29", type="number")
        p.text("Età fino a", "38", type="number")
        p.sel("Distanza massima", ["5 km", "15 km", "30 km", "Tutta Italia"], 1)
    with p.section("Foto e biografia"):
        p.cb("Sfoca le mie foto finché non c’è un match", False)
        p.sw("Verifica con selfie", True, mode="lby", help="Mostra il badge blu sul tuo profilo.")
    with p.section("Note vocali"):
        p.cb("Permetti ai match di inviarmi note vocali", True)
        p.sw("Trascrizione delle note vocali sul dispositivo", True, mode="lby")
        p.sw("Non usare le mie note vocali per migliorare il riconoscimento vocale", False, mode="label",
             help="Quando è disattivato, alcuni estratti possono essere ascoltati e usati per addestrare il nostro "
                  "modello vocale.", ai=(True, "i"))
    with p.section("Algoritmo di abbinamento"):
        p.tbl("Dati usati per addestrare l’algoritmo di abbinamento", ["Dato", "Consenso"], [
            ("Le mie preferenze di ricerca", [dict(k="sw", on=True, name="row", ai=(True, "h"))]),
            ("Le mie foto profilo", [dict(k="sw", on=False, name="row", ai=(False, "h"))]),
        ])
        p.cb("Mostrami prima i profili più compatibili", True)
        with p.hidden("dialog", title="Partner tecnologici"):
            p.cb("Condividi i miei messaggi con partner per addestrare modelli linguistici", False, ai=True)
    with p.section("Pubblicità e account"):
        p.cb("Pubblicità personalizzata", False)
        p.btn("Scarica i miei dati")
        p.btn("Metti in pausa il profilo")
    return p


def vespa():
    p = Page("it", "vespisti-ucp-preferenze", "https://forum.vespistiuniti.test/ucp.php?i=prefs&mode=personal",
             "Pannello di controllo utente – Vespisti Uniti", "Vespisti Uniti",
             "Forum di un club di appassionati inventato (stile phpBB) con coppie Sì/No in fieldset: 'Consenti l’uso "
             "dei miei messaggi per addestrare modelli di IA' No → false; 'Partecipa al progetto «Archivio Vespa "
             "Digitale»' Sì, solo la spiegazione accanto dice addestramento (vago+aiuto → true); participio 'Le mie foto dei "
             "restauri protette dall’addestramento di IA esterne' spuntata (invertita → false). Esche: riassunto "
             "automatico Sì/No, mappa dei soci, newsletter. Nascosto: classe CSS display:none con un'altra "
             "coppia Sì/No.",
             ["Panoramica", "Profilo", "Preferenze", "Messaggi privati", "Gruppi", "Amici e ignorati"],
             nav_current=2, user="Ciao_Px125", search_ph="Cerca nel forum…", theme="hobby-club")
    p.h("Preferenze personali", 1)
    with p.section("Impostazioni generali"):
        p.radio("Mostra il mio indirizzo email", ["Sì", "No"], 1)
        p.sel("Fuso orario", ["UTC+1 Roma", "UTC Londra", "UTC+2 Atene"], 0)
        p.cb("Notificami i nuovi messaggi privati", True)
        p.cb("Visualizza le firme degli altri utenti", True)
        p.cb("Visualizza le immagini nei messaggi", True)
        p.sel("Messaggi per pagina", ["10", "25", "50"], 1)
        p.sel("Ordina i messaggi per", ["Data", "Autore", "Titolo"], 0)
    with p.section("Contenuti e intelligenza artificiale"):
        p.radio("Consenti l’uso dei miei messaggi per addestrare modelli di IA", ["Sì", "No"], 1, ai=(False, ""))
        p.radio("Partecipa al progetto «Archivio Vespa Digitale»", ["Sì", "No"], 0,
                help="I tuoi messaggi tecnici e le foto dei restauri saranno usati per addestrare l’assistente di "
                     "diagnosi del club.", desc=False, ai=(True, "v"))
        p.radio("Mostra il riassunto automatico delle discussioni", ["Sì", "No"], 0)
        p.cb("Le mie foto dei restauri protette dall’addestramento di IA esterne", True,
             help="Aggiungiamo alle tue immagini l’indicazione che non possono essere usate per addestrare modelli.",
             ai=(False, "i"))
        with p.hidden("class", cls="nascosto"):
            p.radio("Consenti ai partner di addestrare l’IA con le foto della galleria", ["Sì", "No"], 1, ai=True)
    with p.section("Raduni e club"):
        p.cb("Mostrami nella mappa dei soci", False)
        p.sel("Regione", ["Lombardia", "Emilia-Romagna", "Toscana", "Lazio", "Altro"], 1)
        p.cb("Ricevi la newsletter del club", True)
    p.link("Esporta i miei messaggi")
    p.actions("Invia", "Azzera")
    return p


def galvani():
    p = Page("it", "galvani-alumni-impostazioni", "https://rete.exalunni-galvani.test/account/impostazioni",
             "Impostazioni – Rete Ex Alunni Galvani", "Ex Alunni Galvani",
             "Rete di ex alunni inventata. Menu a tendina 'Addestramento dell’assistente sui miei dati' con 'Solo "
             "dati del profilo' (una parte dei dati viene usata → true); dentro un <details> chiuso una riga di "
             "stato con consenso revocato e azione 'Concedi di nuovo' + suffisso nascosto (false) e 'Revoca il "
             "consenso alla condivisione dei miei post con il partner universitario di IA' non spuntata "
             "(invertita → true). Esche: suggerimenti di compagni, statistiche anonime, tabella notifiche. "
             "Nascosto: attributo hidden.",
             ["Profilo", "Classi", "Mentoring", "Impostazioni"], nav_current=3,
             user="Marco Ferri", search_ph="Cerca ex compagni per nome o anno", theme="alumni")
    p.h("Impostazioni", 1)
    with p.section("Profilo"):
        p.cb("Mostra l’anno di diploma", True, wrap=True)
        p.cb("Mostra la mia professione", True, wrap=True)
        p.sel("Chi può vedere i miei contatti", ["Tutti gli ex alunni", "Solo la mia classe", "Nessuno"], 1)
        p.sw("Disponibile come mentore per gli studenti", False)
    with p.section("Notifiche"):
        p.tbl("Notifiche per canale", ["Argomento", "Email", "App"], [
            ("Eventi della mia classe", [dict(k="cb", on=True), dict(k="cb", on=True)]),
            ("Offerte di lavoro", [dict(k="cb", on=False), dict(k="cb", on=True)]),
        ])
    with p.section("Assistente «Ritrovi»"):
        p.sw("Suggerimenti di ex compagni da ricontattare", True,
             help="Calcolati dalla tua classe e dai tuoi interessi; nessuno vede i tuoi suggerimenti.")
        p.sel("Addestramento dell’assistente sui miei dati",
              ["Consentito", "Solo dati del profilo", "Non consentito"], 1, ai=(True, ""))
    with p.details("Opzioni avanzate sui dati"):
        p.state("Consenso all’uso delle foto degli annuari per l’addestramento", "Revocato il 10/01/2025",
                action="Concedi di nuovo", suffix="il consenso per le foto degli annuari", ai=(False, ""))
        p.cb("Revoca il consenso alla condivisione dei miei post con il partner universitario di IA", False,
             ai=(True, "i"))
        p.cb("Statistiche di utilizzo anonime", True,
             help="Ci dicono quali pagine funzionano meglio; non vengono usate per addestrare modelli.")
    with p.hidden("hidden"):
        p.cb("Consenti il riconoscimento facciale sulle foto di classe per addestrare il modello", False, ai=True)
    p.actions("Salva", "Esporta contatti")
    return p


def piazzetta():
    p = Page("it", "piazzetta-privacy", "https://piazzetta.test/app/impostazioni/privacy",
             "Privacy e sicurezza – Piazzetta", "Piazzetta",
             "App di chat per gruppi e associazioni inventata; impostazioni del server in un role=dialog aperto. "
             "'Disattiva l’uso dei messaggi di questo server per l’addestramento dell’IA' spuntata (invertita → "
             "false); sotto il titolo 'Addestramento del moderatore automatico' un interruttore chiamato solo "
             "'Le mie segnalazioni' acceso (solo titolo → true); riga di stato 'Consentito' con 'Modifica' + suffisso nascosto "
             "(true). Esche: riduzione rumore, sottotitoli, filtro "
             "contenuti, rapporti sugli arresti anomali. Nascosto: aria-hidden.",
             ["Account", "Privacy e sicurezza", "Voce e video", "Notifiche", "Aspetto"], nav_current=1,
             user="teo.bassi", search_ph="Cerca", theme="chat")
    p.h("Privacy e sicurezza", 1)
    with p.section("Messaggi diretti"):
        p.radio("Chi può scriverti", ["Solo amici", "Membri dei miei server", "Chiunque"], 1, mode="custom")
        p.sw("Filtra i contenuti espliciti", True)
        p.cb("Permetti richieste di amicizia dai membri dei server", True)
    with p.section("Stanze vocali"):
        p.sw("Riduzione del rumore", True, mode="label")
        p.sw("Sottotitoli in tempo reale", False, mode="label", help="Elaborati sul dispositivo.")
        p.sw("Riproduci automaticamente le GIF", True)
    with p.section("I tuoi server"):
        opts = ["Tutti i messaggi", "Solo menzioni", "Nessuna"]
        p.tbl("Notifiche per server", ["Server", "Notifiche"], [
            ("Coro San Rocco", [dict(k="sel", opts=opts, sel=1)]),
            ("Calcetto del giovedì", [dict(k="sel", opts=opts, sel=0)]),
            ("Trekking Dolomiti", [dict(k="sel", opts=opts, sel=2)]),
        ])
    with p.dialog("Impostazioni del server «Coro San Rocco»"):
        p.cb("Mostra il mio soprannome in questo server", True)
        p.cb("Disattiva l’uso dei messaggi di questo server per l’addestramento dell’IA", True, ai=(False, "i"))
        p.h("Addestramento del moderatore automatico", 3)
        p.para("Il moderatore impara dalle segnalazioni dei membri a riconoscere spam e insulti.")
        p.sw("Le mie segnalazioni", True, mode="lby", ai=(True, "h"))
        p.actions("Fatto", "Annulla")
    with p.section("Dati"):
        p.cb("Invia rapporti sugli arresti anomali", True,
             help="Servono a correggere i crash e non vengono usati per l’addestramento.")
        p.state("Uso delle mie clip vocali per l’addestramento", "Consentito",
                suffix="l’uso delle clip vocali per l’addestramento", ai=(True, ""))
        p.btn("Richiedi i tuoi dati")
        with p.hidden("aria"):
            p.sw("Consenti ai partner di addestrare modelli sulle tue clip vocali", False, ai=True)
    return p


def build():
    return [fandom(), scintilla(), vespa(), galvani(), piazzetta()]
