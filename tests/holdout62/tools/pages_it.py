from lib import Page


def bitdefender():
    p = Page('it', 'bitdefender-privacy', 'Bitdefender Central', 'https://central.bitdefender.com/it/account/privacy',
             'Privacy', known=True, user='Giulia R.', accent='#ed1c24',
             nav=['Dashboard', 'Dispositivi', 'Protezione', 'Privacy', 'Abbonamenti', 'Supporto'], active=3,
             notes='Tu. Esche: Autopilot, VPN, assistente anti-truffa che non addestra, protezione webcam, parental control, offerte.')
    prot = p.sec('Protezione',
                 p.sw('Autopilot', True, mode='native')
                 + p.sw('Avvia la VPN sulle reti Wi-Fi pubbliche', False, mode='native')
                 + p.cb('Proteggi webcam e microfono', True)
                 + p.cb('Chiedi a Scam Copilot se un messaggio è una truffa', True,
                        help='Le risposte vengono generate al momento; le conversazioni non servono ad addestrare modelli.'))
    gpn = p.sec('Rete di protezione globale',
                p.sw('Partecipa dal PC di casa', True, mode='lb', ai='h')
                + p.sw('Partecipa dallo smartphone', False, mode='lb', ai='h')
                + p.radios("Opposizione all'addestramento dei modelli", [('no', 'Non mi oppongo'), ('si', 'Mi oppongo')], 'si',
                           ai='i', share=('no',), help='Riguarda i dati di utilizzo delle app Bitdefender, non i campioni di minacce.')
                + p.hide('visibility-hidden', lambda: p.cb("Condividi la cronologia web con i partner per addestrare l'IA", False, ai='p')),
                intro='I campioni sospetti trovati sui tuoi dispositivi vengono usati per addestrare i modelli di machine learning di Bitdefender.')
    fam = p.sec('Parental control',
                p.sel('Filtro contenuti per Matteo', [('alto', 'Alto'), ('medio', 'Medio'), ('nessuno', 'Nessuno')], 'alto')
                + p.cb('Inviami un riepilogo settimanale', True))
    com = p.sec('Comunicazioni',
                p.cb('Ricevi offerte e promozioni', False)
                + p.cb('Avvisami prima del rinnovo', True))
    acc = p.sec('Account', p.btn('Scarica i tuoi dati') + p.btn('Cambia password') + p.btn('Aggiungi dispositivo')
                + p.btn('Gestisci app collegate'))
    return p.done(prot + gpn + fam + com + acc)


def custode():
    p = Page('it', 'custode-studio-privacy', 'Custode', 'https://studio.custode.test/impostazioni/privacy',
             'Privacy e dati', user='Studio Ferri & Associati', accent='#37474f',
             nav=['Casseforti', 'Clienti', 'Privacy e dati', 'Utenti', 'Fatturazione'], active=2,
             notes='Lei. Account di uno studio professionale con i dati dei clienti. Esche: suggerimenti locali, condivisione con i clienti, SSO, export. Dettagli del programma in una finestra di dialogo chiusa.')
    addestr = p.sec('Addestramento dei modelli con i dati del suo studio',
                    p.table("Quali dati possono essere usati per l'addestramento", ['Dati', 'Modelli di Custode', 'Fornitori di IA'],
                            [('Metadati delle credenziali dei clienti', [(False, 'h', None), (False, 'h', None)])])
                    + p.state("Consenso all'addestramento dell'IA", 'Attivo dal 2 maggio 2024', 'Revoca il consenso',
                              suffix="all'addestramento dell'IA", ai='i', sharing=True, on=True,
                              help='Riguarda solo i dati di utilizzo del suo account personale.')
                    + p.sw("Consenti ai fornitori di IA di usare i miei dati d'uso per addestrare i loro modelli", False, mode='native', ai='p')
                    + p.dialog('Dettagli sul programma di ricerca', 'Programma di ricerca', lambda:
                               p.cb("Aderisci al programma: i dati dello studio addestrano il modello antiphishing", False, ai='p'),
                               close='Chiudi'),
                    intro='Le password dei suoi clienti restano cifrate. Qui decide cosa succede ai metadati.')
    sic = p.sec('Sicurezza',
                p.cb('Suggerisci password robuste', True, help='Le proposte sono generate sul suo dispositivo.')
                + p.cb('Richiedi la verifica in due passaggi a tutti gli utenti', True)
                + p.sel('Blocco automatico', [('5', 'Dopo 5 minuti'), ('30', 'Dopo 30 minuti')], '5')
                + p.cb('Avvisami se una password compare in una violazione', True))
    cond = p.sec('Condivisione',
                 p.cb('I clienti possono vedere le credenziali condivise con loro', True)
                 + p.btn('Invita un collaboratore') + p.btn('Configura SSO'))
    dati = p.sec('I suoi dati', p.btn('Esporta le casseforti') + p.btn('Registro attività') + p.btn('Chiudi account', 'btn danger'))
    return p.done(addestr + sic + cond + dati)


def scudo():
    p = Page('it', 'scudo-rete-vpn-privacy', 'Scudo Rete', 'https://account.scudorete.test/impostazioni/privacy',
             'Privacy', user='ale.c', accent='#00838f',
             nav=['Connessione', 'Dispositivi', 'Privacy', 'Invita amici', 'Abbonamento'], active=2,
             notes="Tu. Esche: kill switch, protocollo, blocco pubblicità, server consigliato calcolato sul dispositivo, inviti. Scheda App mobile inattiva.")

    def privacy():
        return (p.sec('Connessione',
                      p.sw('Kill switch', True, mode='text')
                      + p.sel('Protocollo', [('wg', 'WireGuard'), ('ovpn', 'OpenVPN')], 'wg')
                      + p.cb('Blocca pubblicità e tracker', True)
                      + p.cb('Suggeriscimi il server migliore', True, help='Il calcolo avviene sul tuo dispositivo.')
                      + p.cb('Connettiti in automatico sulle reti sconosciute', True)
                      + p.cb('Proteggi dalle perdite DNS', True)
                      + p.cb('Avvisami quando la VPN si disconnette', False))
                + p.sec('Dati tecnici',
                        p.sel('Condivisione delle metriche', [('off', 'Disattivata'), ('err', 'Solo errori'), ('all', 'Complete')], 'off',
                              ai='v', share=('err', 'all'),
                              help='Le metriche servono ad addestrare il modello che sceglie il server migliore per tutti gli utenti.')
                        + p.cb("Escludi il mio traffico dall'addestramento dell'IA", True, ai='i'),
                        intro='Non registriamo i siti che visiti.'))

    def mobile():
        return p.sec('App mobile',
                     p.sw("Invia i dati d'uso dell'app per addestrare i modelli", True, mode='al', ai='p'))

    body = p.tabs('Sezioni', [('Privacy', privacy), ('App mobile', mobile)])
    body += p.sec('Account', p.txt('Il tuo codice invito', 'ALE-2025') + p.btn('Copia')
                  + p.btn('Gestisci dispositivi') + p.btn('Scarica i file di configurazione') + p.btn('Annulla abbonamento', 'btn danger'))
    return p.done(body)


def sentinella():
    p = Page('it', 'sentinella-credito-dati', 'Sentinella Credito', 'https://area.sentinellacredito.test/profilo/uso-dati',
             'Uso dei dati', user='Sig.ra Colombo', accent='#283593',
             nav=['Riepilogo', 'Monitoraggio', 'Report creditizio', 'Uso dei dati', 'Assicurazione'], active=3,
             notes='Lei. Esche: monitoraggio delle centrali rischi, avvisi SMS, corso di formazione antiphishing, offerte assicurative, report.')
    mon = p.sec('Monitoraggio',
                p.cb('Avvisami di nuove richieste di finanziamento a mio nome', True)
                + p.cb('Avvisi via SMS', True)
                + p.cb('Avvisi via e-mail', False)
                + p.txt('Codice fiscale da monitorare per un familiare', '', ph='RSSMRA80A01H501U')
                + p.btn('Aggiungi')
                + p.sel('Report creditizio', [('mese', 'Ogni mese'), ('trim', 'Ogni tre mesi')], 'trim'))
    ia = p.sec('Intelligenza artificiale e ricerca',
               p.seg('Addestramento dei modelli antifrode con i miei dati', [('si', 'Consentito'), ('no', 'Negato')], 'no',
                     ai='p', share=('si',))
               + p.sw('Contributo alla ricerca', True, mode='al', ai='v',
                      help="Con i suoi dati anonimizzati, le università partner addestrano modelli per riconoscere i furti d'identità.")
               + p.details('Impostazioni avanzate', lambda:
                           p.sw("Non consentire l'uso dei dati dei miei familiari per addestrare l'IA", False, mode='native', ai='i')
                           + p.cb('Includi i familiari nel report mensile', True))
               + p.hide('hidden-attr', lambda: p.cb("Cedi i dati alle centrali rischi per l'addestramento dei loro modelli", False, ai='p')))
    alt = p.sec('Formazione e offerte',
                p.btn('Iscriviti al corso di formazione «Difendersi dal phishing»')
                + p.cb('Ricevi offerte assicurative personalizzate', False))
    acc = p.sec('Account', p.btn('Scarica i miei dati') + p.btn('Metodo di pagamento') + p.btn('Cambia password') + p.btn('Disdici il servizio', 'btn danger'))
    return p.done(mon + ia + alt + acc)


def busta():
    p = Page('it', 'busta-sicura-privacy', 'Busta Sicura', 'https://posta.bustasicura.test/impostazioni/privacy',
             'Privacy', user='davide@bustasicura.test', accent='#ad1457',
             nav=['Generali', 'Crittografia', 'Privacy', 'Filtri', 'Domini', 'Piano'], active=2,
             notes='Tu. Esche: risposte suggerite sul dispositivo, riassunti, immagini remote, conferme di lettura, export.')
    spam = p.sec('Il tuo contributo al filtro antispam intelligente',
                 p.radios('Le mie segnalazioni', [('si', 'Contribuiscono'), ('no', 'Restano private')], 'no', mode='rg',
                          ai='h', share=('si',))
                 + p.cb('Sposta nello spam i mittenti sconosciuti', False),
                 intro="Il nostro filtro impara dai messaggi che segnali: decidi tu se le tue segnalazioni servono al suo addestramento.")
    ass = p.sec('Assistente di scrittura',
                p.cb('Suggerisci risposte rapide', True, help='Le risposte vengono create sul tuo dispositivo.')
                + p.cb('Riassumi le conversazioni lunghe', False)
                + p.sw("Usa le mie bozze per addestrare l'assistente di scrittura", True, mode='text', ai='p')
                + p.cb("Non voglio che i miei allegati vengano usati per l'addestramento", True, ai='i')
                + p.hide('inline-display-none', lambda: p.sw("Condividi le mie email con partner di IA", False, mode='native', ai='p')))
    gen = p.sec('Posta',
                p.cb('Blocca le immagini remote', True) + p.cb('Invia conferme di lettura', False)
                + p.cb('Cifra automaticamente i messaggi verso altri utenti Busta Sicura', True)
                + p.sel('Annulla invio', [('5', '5 secondi'), ('20', '20 secondi')], '5')
                + p.txt('Nome visualizzato', 'Davide Greco'))
    acc = p.sec('Account', p.btn('Esporta la casella') + p.btn('Verifica in due passaggi') + p.btn('App collegate') + p.btn('Password per le app')
                + p.btn('Salva', 'btn primary'))
    return p.done(spam + ass + gen + acc)


PAGES = [bitdefender, custode, scudo, sentinella, busta]
