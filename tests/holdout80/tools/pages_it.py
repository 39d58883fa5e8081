from lib import Page


def pages():
    out = []

    # 1 ---- TIM (known) ---------------------------------------------------------------
    p = Page('it', 'tim-privacy', 'https://www.tim.it/area-clienti/impostazioni/privacy',
             'Privacy e consensi', 'TIM', known=True,
             nav=['Riepilogo', 'Le mie offerte', 'Conto TIM', 'Privacy e consensi', 'Assistenza'], active_nav=3,
             notes='Servizio noto (TIM), testi inventati. Radiogroup vago con aiuto, casella «Escludi» spuntata, riga di stato nominata da aria-labelledby.')
    p.h1('Privacy e consensi', 'Gestisci i consensi legati alla tua linea fissa e mobile.')
    p.sec('Comunicazioni commerciali')
    p.check('Offerte TIM via SMS', False)
    p.check('Offerte TIM via email', True)
    p.check('Offerte di partner selezionati', False)
    p.switch('Profilazione per offerte su misura', False,
             help='Usiamo traffico e consumi per proporti offerte più adatte.')
    p.sec('Assistente virtuale e intelligenza artificiale')
    p.radiogroup('Contribuisci a migliorare i servizi TIM', ['Sì', 'No'], 0,
                 help="Se scegli Sì, le tue conversazioni con l'assistente virtuale vengono usate per addestrare i nostri modelli di intelligenza artificiale.",
                 ai=('v', True))
    p.check("Escludi i miei dati di navigazione dall'addestramento dell'IA", True, ai=('i', False))
    p.staterow('Addestramento IA con le registrazioni del 119', 'Attivo', 'Disattiva', naming='labelledby',
               ai=('p', True))
    p.hide('visibility')
    p.check("Usa i dati della mia linea fissa per addestrare l'IA", False, ai=('p', False))
    p.unhide()
    p.sec('I tuoi dati')
    p.button('Scarica i miei dati')
    p.button('Revoca tutti i consensi')
    p.sec('Sicurezza')
    p.switch('Accesso con doppio fattore', True)
    p.button('Disconnetti tutti i dispositivi')
    p.select('Avvisi di accesso', ['Via SMS', 'Via email', 'Nessuno'], 0)
    p.sec('App collegate')
    p.button('Scollega TIMVISION dalla smart TV')
    p.check('Condividi i consumi con l’app TIM Party', True)
    p.check('Avvisami delle nuove funzioni dell’assistente virtuale', True)
    p.button('Salva')
    out.append(p)

    # 2 ---- Zittisci (inventato, tu) -----------------------------------------------
    p = Page('it', 'zittisci-impostazioni', 'https://app.zittisci.test/impostazioni/privacy',
             'Impostazioni', 'Zittisci',
             nav=['Chiamate', 'SMS', 'Numeri bloccati', 'Privacy', 'Abbonamento'], active_nav=3,
             notes='App anti-spam inventata (tu). Tabella con didascalia di addestramento (colonne Metadati/Testo), interruttore «Non usare» acceso, finestra di dialogo chiusa.')
    p.h1('Privacy')
    p.sec('Filtro chiamate')
    p.radios('Livello del filtro', ['Solo truffe', 'Truffe e telemarketing', 'Tutti i numeri sconosciuti'], 1)
    p.switch('Silenzia i numeri privati', True)
    p.switch('Avviso per chiamate da prefissi esteri sospetti', True)
    p.sec('Filtro SMS')
    p.check('Sposta gli SMS sospetti in «Spam»', True)
    p.check('Disattiva i link negli SMS sospetti', False)
    p.sec('Il tuo contributo')
    p.table('Cosa usiamo per addestrare il filtro', 'Dati', ['Metadati', 'Testo'],
            [('SMS segnalati', [(True, ('h', True)), (False, ('h', False))])], naming='labelledby')
    p.bswitch("Non usare le mie segnalazioni per l'IA", True, naming='labelledby', ai=('i', False))
    p.hide('dialog', opener='Impostazioni avanzate', title='Impostazioni avanzate', close='Chiudi')
    p.switch('Addestra il modello con le chiamate che rifiuto', True, ai=('p', True))
    p.unhide()
    p.sec('Notifiche')
    p.check('Avvisami a ogni chiamata bloccata', False)
    p.check('Riepilogo settimanale', True)
    p.check('Novità sulle funzioni IA', False)
    p.sec('Aspetto')
    p.select('Tema', ['Chiaro', 'Scuro', 'Automatico'], 2)
    p.check('Caratteri grandi', False)
    p.button('Esporta elenco bloccati')
    p.button('Salva modifiche')
    out.append(p)

    # 3 ---- Aurora Fibra modem (inventato, Lei) -----------------------------------------
    p = Page('it', 'aurorafibra-modem', 'https://areaclienti.aurorafibra.test/modem/privacy',
             'Modem e privacy', 'Aurora Fibra',
             nav=['La mia linea', 'Wi-Fi', 'Dispositivi', 'Parental control', 'Privacy'], active_nav=4,
             notes='ISP inventato (Lei). Pulsanti segmentati espliciti, casella sotto «Apprendimento automatico», select vago con aiuto, scheda inattiva.')
    p.h1('Modem e privacy')
    p.sec('Wi-Fi')
    p.text('Nome della rete', 'Aurora-FTTH-62B0')
    p.switch('Rete ospiti', False)
    p.select('Orari Wi-Fi', ['Sempre acceso', 'Spento di notte', 'Personalizzato'], 0)
    p.sec('Dati del modem')
    p.segmented('Addestramento IA con i dati del modem', ['Consenti', 'Non consentire'], 1, ai=('p', False))
    p.select('Partecipazione al programma Rete Migliore', ['Attiva', 'Non attiva'], 0,
             help='Le misurazioni della Sua linea servono ad addestrare i nostri modelli di previsione dei guasti basati su IA.',
             ai=('v', True))
    p.sec('Apprendimento automatico',
          'Usiamo i dati di traffico delle famiglie che lo consentono per addestrare i modelli che anticipano la congestione della rete.')
    p.check('Statistiche di traffico della mia famiglia', True, wrap=True, ai=('h', True))
    p.tabs(['Dispositivi fissi', 'Dispositivi ospiti'])
    p.check('Mostra i dispositivi non connessi', True)
    p.check('Avvisami quando si collega un nuovo dispositivo', True)
    p.hide('tabpanel')
    p.check('Statistiche di traffico dei dispositivi ospiti', False, wrap=True, ai=('h', False))
    p.unhide()
    p.sec('Sicurezza')
    p.switch('Blocco siti pericolosi', True)
    p.switch('Aggiornamenti automatici del firmware', True)
    p.switch('Accesso remoto dell’assistenza tecnica', False)
    p.button('Riavvia il modem')
    p.sec('Notifiche')
    p.check('SMS in caso di manutenzione programmata', True)
    p.check('Report mensile dei consumi via email', False)
    p.button('Applica')
    out.append(p)

    # 4 ---- Mareblu Mobile segreteria (inventato, Lei) ---------------------------------
    p = Page('it', 'mareblu-segreteria', 'https://mio.mareblumobile.test/segreteria/trascrizione',
             'Segreteria telefonica', 'Mareblu Mobile',
             nav=['La mia offerta', 'Segreteria', 'Trasferimento di chiamata', 'Roaming', 'Privacy'], active_nav=1,
             notes="Operatore inventato (Lei). Fieldset «Opposizione» con «Non mi oppongo», interruttore a testo vago con aiuto, riga di stato sotto titolo di addestramento.")
    p.h1('Segreteria telefonica e trascrizione')
    p.sec('Segreteria')
    p.switch('Segreteria attiva', True)
    p.select('Risponde dopo', ['10 secondi', '20 secondi', '30 secondi'], 1)
    p.radios('Messaggio di benvenuto', ['Messaggio standard', 'Messaggio personalizzato'], 0)
    p.check('Avviso via SMS per i nuovi messaggi', True)
    p.sec('Trascrizione')
    p.switch('Trascrivi i messaggi vocali', True)
    p.radios("Opposizione all'uso dei messaggi vocali per l'addestramento", ['Mi oppongo', 'Non mi oppongo'], 1,
             ai=('i', True))
    p.bswitch('Aiutaci a migliorare la trascrizione', False, naming='text',
              help='I Suoi messaggi e le correzioni che apporta vengono usati per addestrare il riconoscimento vocale.',
              ai=('v', False))
    p.sec('Addestramento del modello vocale', 'Alcuni messaggi vengono ascoltati dal nostro team per addestrare il modello.')
    p.staterow('Messaggi dai contatti in rubrica', 'Esclusi', 'Includi', suffix='messaggi dai contatti in rubrica',
               ai=('h', False))
    p.hide('hidden')
    p.staterow('Messaggi da numeri sconosciuti', 'Inclusi', 'Escludi', suffix='messaggi da numeri sconosciuti',
               ai=('h', True))
    p.unhide()
    p.sec('Archivio')
    p.select('Elimina i messaggi ascoltati dopo', ['7 giorni', '30 giorni', 'Mai'], 1)
    p.button('Scarica tutti i messaggi')
    p.sec('Accessibilità')
    p.check('Trascrizioni a caratteri grandi', False)
    p.check('Riproduzione rallentata', False)
    p.sec('Notifiche')
    p.check('Avviso quando la segreteria è quasi piena', True)
    p.check('Riepilogo giornaliero via email', False)
    p.check('Suono per i nuovi messaggi', True)
    p.button('Salva')
    out.append(p)

    # 5 ---- RicaricaSubito (inventato, tu) ---------------------------------------------
    p = Page('it', 'ricaricasubito-privacy', 'https://app.ricaricasubito.test/account/privacy',
             'Privacy', 'RicaricaSubito',
             nav=['Ricarica', 'eSIM', 'Pagamenti', 'Privacy', 'Aiuto'], active_nav=3,
             notes='App di ricariche/eSIM inventata (tu). Interruttore esplicito acceso, select «Limita» su «Nessun limite», fieldset vago con aiuto sulla condivisione con partner.')
    p.h1('Privacy')
    p.sec('Ricariche')
    p.switch('Ricarica automatica sotto i 3 €', False)
    p.select('Importo predefinito', ['10 €', '15 €', '25 €'], 0)
    p.check('Ricevuta via email', True)
    p.sec('eSIM')
    p.button('Trasferisci la eSIM su un altro telefono')
    p.switch('Avvisi di consumo in roaming', True)
    p.sec('Dati e intelligenza artificiale')
    p.switch("Consenti l'addestramento di modelli IA con il mio storico ricariche", True, ai=('p', True))
    p.select("Limita l'uso dei miei dati per l'IA", ['Nessun limite', 'Solo per le funzioni del servizio, niente addestramento'], 0,
             ai=('i', True))
    p.details('Altre opzioni')
    p.radios('Condivisione con i partner', ['Sì', 'No'], 1,
             help='I partner ricevono dati aggregati sulle ricariche e li usano per addestrare i propri modelli di IA.',
             ai=('v', False))
    p.end_details()
    p.hide('inline-display')
    p.switch("Usa le mie chat con l'assistenza per addestrare l'IA", False, ai=('p', False))
    p.unhide()
    p.sec('Pubblicità')
    p.check('Promozioni via notifica', False)
    p.check('Annunci personalizzati', False)
    p.sec('Sicurezza')
    p.switch('PIN prima di ogni pagamento', True)
    p.button('Scollega Satispay')
    p.switch('Accesso con impronta digitale', True)
    p.sec('Notifiche')
    p.check('Avviso di credito basso', True)
    p.check('Promemoria scadenza offerta', True)
    p.button('Salva')
    out.append(p)
    return out
