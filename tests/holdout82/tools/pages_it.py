from lib import Page


def technogym():
    p = Page('it', 'technogym-privacy', 'https://www.technogym.com/it/account/privacy/', 'Technogym', 'Privacy e dati',
             ['Profilo', 'I miei allenamenti', 'Dispositivi collegati', 'Privacy e dati', 'Notifiche', 'Ordini'],
             active=3, known=True, account='Ciao, Marco',
             notes="Ricostruzione della pagina privacy Technogym (testi inventati). Button switch esplicito con aria-labelledby (attivo), checkbox vaga con aiuto su Coach AI, select invertita \"Limita l'uso…\" su \"Escludi tutti i miei dati\". Esche: programmi consigliati, attrezzi collegati, notifiche su Coach AI. Nascosto: visibility:hidden.")
    p.sec('Allenamento')
    p.sel('Obiettivo', ['Tonificazione', 'Dimagrimento', 'Resistenza', 'Forza'], 3)
    p.sw("Accesso agli attrezzi con l'app", True)
    p.cb('Salva automaticamente i risultati degli attrezzi collegati', True)
    p.sw('Programmi consigliati in base ai miei progressi', True, help='I suggerimenti vengono calcolati dal tuo storico; i modelli non vengono riaddestrati su questi dati.')
    p.sec('Coach AI')
    p.cb('Contribuisci al miglioramento di Coach AI', True,
         help='Se selezionata, le schede e i risultati registrati sugli attrezzi vengono usati per addestrare Coach AI.', ai=('v', True))
    p.bsw('Usa i miei allenamenti per addestrare i modelli di IA di Technogym', True, by='labelledby', ai=('p', True))
    p.sel("Limita l'uso dei dati per l'addestramento dell'IA", ['Nessuna limitazione', 'Solo dati aggregati', 'Escludi tutti i miei dati'], 2, ai=('i', False))
    with p.hide('inline-visibility'):
        p.cb('Condividi i dati dei tuoi attrezzi con partner per addestrare modelli', False)
    p.sec('Notifiche')
    p.table('Avvisami via', ['Email', 'Push'], [('Nuove funzioni di Coach AI', [False, True]), ('Obiettivi raggiunti', [True, True])])
    p.sec('Account')
    p.btn('Scarica i miei dati')
    p.btn('Gestisci app collegate')
    p.btn('Elimina account')
    p.sec('Visualizzazione')
    p.seg('Unità di misura', ['Metriche', 'Imperiali'], 0)
    p.sw('Tema scuro', False)
    return p


def ciclomappa():
    p = Page('it', 'ciclomappa-impostazioni', 'https://ciclomappa.test/account/impostazioni/dati', 'Ciclomappa', 'Dati e privacy',
             ['Profilo', 'Percorsi', 'Mappe offline', 'Dati e privacy', 'Abbonamento'],
             active=3, account='Giulia',
             notes="Pianificatore di percorsi bici inventato. Fieldset con solo intestazione (\"Addestramento dei modelli\") su \"Possono essere usate\", interruttore invertito \"Escludi le mie foto…\" attivo, tabella con colonna \"Addestramento IA\" (due righe) accanto all'esca \"Mappa di calore\". Nascosto: checkbox in un <dialog> chiuso.")
    p.sec('Pianificazione')
    p.sel('Tipo di bici', ['Strada', 'Gravel', 'MTB', 'City'], 1)
    p.cb('Evita strade trafficate', True)
    p.cb('Preferisci piste ciclabili', True)
    p.sw('Suggerimenti di percorso con assistente IA', True, help="L'assistente usa mappe pubbliche: le tue richieste non servono ad addestrarlo.")
    p.sec('Visibilità')
    p.rg('Chi può vedere i miei percorsi', ['Tutti', 'Amici', 'Solo io'], 1)
    p.sec('Addestramento dei modelli', 'I nostri modelli imparano a riconoscere il fondo stradale dalle tracce degli utenti.')
    p.fs('Le mie tracce registrate', ['Possono essere usate', 'Non usarle'], 0, ai=('h', True))
    p.w('<details><summary>Foto dei percorsi</summary>')
    p.sw("Escludi le mie foto dall'addestramento dell'IA", True, ai=('i', False))
    p.w('</details>')
    p.table('Condivisione dati', ['Mappa di calore', 'Addestramento IA'], [('Percorsi', [True, False]), ('Dislivello', [True, True])],
            ai={(0, 1): ('p', False), (1, 1): ('p', True)})
    with p.hide('closed-dialog', trigger='Opzioni avanzate sui dati', dlg_title='Opzioni avanzate sui dati', close='Chiudi'):
        p.cb("Concedi in licenza le mie tracce pubbliche per l'addestramento di IA di terzi", False)
    p.sec('Notifiche')
    p.cb('Avvisi di strade chiuse', True)
    p.cb('Email quando un amico condivide un percorso', False)
    p.btn('Esporta percorsi GPX')
    p.btn('Collega Wahoo o Garmin')
    return p


def vigore():
    p = Page('it', 'vigore-privacy', 'https://soci.palestrevigore.test/area-riservata/privacy', 'Palestre Vigore', 'Preferenze privacy',
             ['Abbonamento', 'Prenota corsi', 'Ingressi', 'Preferenze privacy', 'Pagamenti'],
             active=3, account='Sig.ra Ferri',
             notes="Catena di palestre inventata (forma Lei). Riga di stato vaga \"Gestisci il programma Vigore Insight\" (Attivo, aiuto sull'addestramento), segmentato con aria-label sotto intestazione sull'addestramento (Non consentire), doppia negazione \"Non escludere…\" selezionata. Nascosto: interruttore nella scheda inattiva \"Ricerca\".")

    def club():
        p.w('<h3>Club</h3>')
        p.sel('Club di riferimento', ['Milano Isola', 'Milano Navigli', 'Monza'], 0)
        p.cb('Ingresso con QR code', True)
        p.cb('Promemoria corso 2 ore prima', True)
    with p.hide('inactive-tab', tabs=['Club', 'Ricerca', 'Sezioni'], first=club):
        p.sw("Partecipi alla sperimentazione di nuovi modelli di IA con i suoi dati", False)
    p.sec('Affluenza')
    p.row('Programma Vigore Insight', "Con il programma attivo, ingressi e prenotazioni servono ad addestrare il modello che prevede l'affluenza nei club.",
          'Attivo', 'Gestisci', suffix='il programma Vigore Insight', ai=('v', True))
    p.sw("Mostra l'affluenza in tempo reale", True)
    p.sec("Addestramento dell'intelligenza artificiale", 'Indichi se i dati della bilancia impedenziometrica possono essere usati per addestrare i nostri modelli.')
    p.seg('Dati della bilancia', ['Consenti', 'Non consentire'], 1, by='label', ai=('h', False))
    p.cb("Non escludere i miei dati dall'addestramento dell'IA", True, wrap=True, ai=('i', True))
    p.sec('Comunicazioni')
    p.cb('Newsletter con promozioni', False)
    p.cb('SMS per variazioni di orario', True)
    p.sec('Personal trainer')
    p.cb('Il mio personal trainer può vedere le mie misurazioni', True)
    p.sec('Pagamenti')
    p.btn('Modifica metodo di pagamento')
    p.btn('Sospendi abbonamento')
    p.btn('Scarica le ricevute')
    p.text('Codice fiscale', 'FRRLRA80A41F205X')
    return p


def nuotolibero():
    p = Page('it', 'nuotolibero-privacy', 'https://app.nuotolibero.test/impostazioni/privacy', 'Nuoto Libero', 'Privacy',
             ['Profilo', 'Sessioni', 'Acque libere', 'Famiglia', 'Privacy', 'Accessibilità'],
             active=4, account='Davide R.',
             notes="App di nuoto inventata (dati dei figli). Radiogroup vago con aiuto (Non partecipo), button switch invertito con aria-label \"Blocca l'addestramento… dei miei figli\" attivo, checkbox con sola intestazione (\"Dati per l'addestramento dei modelli\") non selezionata. Nascosto: attributo hidden.")
    p.sec('Sessioni')
    p.sel('Lunghezza vasca', ['25 m', '33 m', '50 m'], 0)
    p.sw('Riconoscimento stile sul dispositivo', True, help="Funziona offline sull'orologio e non invia dati per l'addestramento.")
    p.sec('Acque libere')
    p.sw('Condividi posizione in diretta con un contatto', True)
    p.cb('Avviso se mi allontano dalla boa', True)
    p.sec('Ricerca')
    p.rg('Programma di ricerca sulla bracciata', ['Partecipo', 'Non partecipo'], 1,
         help='Le tue sessioni vengono usate per addestrare il riconoscimento automatico dello stile.', ai=('v', False))
    p.sec('Famiglia')
    p.cb('I miei figli possono vedere le mie sessioni', True)
    p.bsw("Blocca l'addestramento dell'IA sui dati dei miei figli", True, by='label', title='Profili dei figli', ai=('i', False))
    p.sec("Dati per l'addestramento dei modelli", 'Seleziona quali misurazioni possono servire ad addestrare i nostri modelli.')
    p.cb('Frequenza cardiaca in acqua', False, ai=('h', False))
    with p.hide('hidden-attr'):
        p.sw('Condividi le mie sessioni con partner per addestrare IA', True)
    p.sec('Notifiche')
    p.cb('Riepilogo settimanale', True)
    p.cb('Avvisami quando arrivano nuove funzioni di analisi con IA', False)
    p.sel('Giorno del riepilogo', ['Domenica', 'Lunedì'], 0)
    p.sec('Accessibilità')
    p.sw('Testo grande', False)
    p.sw('Annunci vocali delle vasche', True)
    p.btn('Esporta sessioni')
    p.btn('Collega Apple Salute')
    return p


def vetta():
    p = Page('it', 'vetta-dati', 'https://vetta.test/profilo/dati-e-ia', 'Vetta', 'Dati e IA',
             ['Profilo', 'Diario', 'Coach', 'Dati e IA', 'Notifiche', 'Pagamenti'],
             active=3, account='Elena',
             notes="Coach di arrampicata inventato. Riga di stato esplicita per aria-labelledby (\"Disattiva Addestramento IA…\", stato Attivo), button switch testuale vago con aiuto sul modello dei gradi (spento). Esche: piani del coach, diario, video privati. Nascosto: display:none inline.")
    p.sec('Coach')
    p.sel('Stile preferito', ['Boulder', 'Falesia', 'Indoor con corda'], 0)
    p.sw('Piano settimanale del coach', True)
    p.cb('Consigli di recupero dopo sessioni intense', True)
    p.sec('Diario')
    p.rg('Visibilità del diario', ['Pubblico', 'Amici', 'Privato'], 2)
    p.cb('Mostra i miei tentativi nelle statistiche della palestra', True)
    p.sec('Video')
    p.sw('Analisi dei movimenti nei miei video', True, help="L'analisi serve solo a te; i video non vengono condivisi.")
    p.row('Addestramento IA con i miei video di arrampicata', 'Movimenti, prese e cadute riprese nei tuoi video.', 'Attivo', 'Disattiva', ai=('p', True))
    p.bsw('Migliora il suggerimento dei gradi', False, by='text',
          help='Se attivo, i tuoi tentativi servono ad addestrare il modello che propone il grado delle vie.', ai=('v', False))
    with p.hide('inline-display'):
        p.cb("Consenti ai crawler di IA di raccogliere il mio diario pubblico", False)
    p.sec('Notifiche')
    p.cb('Avvisami quando il coach aggiorna il piano', True)
    p.cb('Novità sulle funzioni IA', False)
    p.cb('Promemoria per il riscaldamento delle dita', True)
    p.sec('Aspetto')
    p.sel('Scala dei gradi', ['Francese', 'Fontainebleau', 'UIAA'], 0)
    p.sw('Riduci le animazioni', False)
    p.sec('Pagamenti')
    p.btn('Gestisci abbonamento')
    p.btn('Scarica i miei dati')
    return p


def pages():
    return [technogym(), ciclomappa(), vigore(), nuotolibero(), vetta()]
