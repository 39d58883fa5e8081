from lib import Page


def mailup():
    p = Page('it', 'mailup-privacy-ia', 'MailUp', 'https://console.mailup.com/impostazioni/privacy-ia',
             'Privacy e IA',
             ['Account', 'Utenti', 'Mittenti e domini', 'Privacy e IA', 'Integrazioni', 'Fatturazione', 'Sicurezza'],
             'Servizio noto (ricostruzione, tu). Casella esplicita selezionata, interruttore «Escludi le statistiche dei destinatari» attivo, fieldset vago «Programma Beta Insights» con testo d’aiuto; esche: suggerimenti per l’oggetto, invio ottimizzato senza addestramento condiviso, webinar; casella nascosta in un dialog chiuso.',
             known=True, user='Giulia Bianchi', active_nav=3)
    p.sec('Assistente di scrittura', None,
          p.sw('Suggerimenti per l’oggetto', True, kind='text'),
          p.sel('Tono predefinito', ['Cordiale', 'Formale', 'Ironico'], 0),
          p.cb('Proponi anche una versione in inglese', False))
    p.sec('Invio ottimizzato', None,
          p.cb('Invia a ciascun destinatario nell’orario migliore', True,
               help='Calcolato sullo storico della tua console; non addestra nessun modello condiviso.'))
    p.sec('Miglioramento dei modelli',
          'Con il tuo consenso, MailUp può usare contenuti pseudonimizzati della tua console per addestrare i modelli delle funzioni di intelligenza artificiale.',
          p.cb('Consenti l’uso dei miei messaggi per addestrare i modelli di MailUp', True, ai=(True, 'p')),
          p.sw('Escludi le statistiche dei destinatari', True,
               help='Aperture e clic dei tuoi contatti non verranno usati come dati di addestramento.', ai=(False, 'i')),
          p.radios('Programma Beta Insights', ['Aderisco', 'Non aderisco'], 1,
                   help='Chi aderisce mette a disposizione campioni anonimi delle proprie campagne per addestrare i nuovi modelli predittivi prima del rilascio.',
                   ai=(False, 'v')),
          p.dialog('Gestisci partner', 'Partner tecnologici', lambda: [
              p.cb('Consenti ai partner di addestrare i propri modelli con i miei dati', False, ai=(False, 'p'))]))
    p.sec('Esportazione', None,
          p.btn('Esporta i dati della console'),
          p.btn('Scarica il registro dei consensi'))
    p.sec('Sicurezza', None,
          p.cb('Autenticazione a due fattori obbligatoria', True),
          p.btn('Disconnetti tutte le sessioni'))
    p.sec('Formazione e notifiche', None,
          p.btn('Iscriviti al webinar «L’IA nell’email marketing»'),
          p.cb('Avvisami delle novità sull’IA', False),
          p.cb('Report settimanale via email', True))
    p.actions('Salva', 'Annulla')
    return p


def clientela():
    p = Page('it', 'clientela-dati-ia', 'Clientela', 'https://app.clientela.test/impostazioni/dati-e-ia',
             'Dati e IA',
             ['Profilo', 'Azienda', 'Pipeline', 'Dati e IA', 'Integrazioni', 'Abbonamento'],
             'CRM inventato (Lei). Schede: tabella «Dati che alimentano i modelli» con colonna «Consentito», opposizione non presentata come riga di stato con suffisso nascosto; esche: visibilità, riepilogo chiamate, previsione di chiusura sui soli dati aziendali, percorso formativo; casella nascosta in una scheda inattiva.',
             user='Marco Ferri', active_nav=3)
    p.sec('Visibilità', None,
          p.sel('Chi può vedere le trattative', ['Solo il titolare', 'Il suo team', 'Tutta l’azienda'], 1),
          p.cb('Nascondi gli importi ai collaboratori esterni', True))
    p.sec('Assistente vendite', None,
          p.sw('Riepilogo automatico delle chiamate', True, kind='native'),
          p.sw('Previsione di chiusura', True, kind='native', help='Calcolata esclusivamente sui dati della Sua azienda.'))
    p.sec('Modelli e dati', None,
          p.tabs('Uso dei dati per i modelli', [
              ('Addestramento', lambda: [
                  '<p class="intro">Clientela addestra i propri modelli previsionali con i dati di molte aziende clienti. Indichi che cosa può contribuire la Sua.</p>',
                  p.table('Dati che alimentano i modelli', 'Tipo di dato', ['Consentito'],
                          [('Trattative chiuse', [True]), ('Email sincronizzate', [False])],
                          ai={(0, 0): (True, 'h'), (1, 0): (False, 'h')}),
                  p.state('Opposizione all’addestramento', 'Non presentata', 'Presenta opposizione',
                          'all’uso dei miei dati per addestrare i modelli', ai=(True, 'i'))]),
              ('Terze parti', lambda: [
                  p.cb('Condividi i contatti con partner per l’addestramento di modelli', False, ai=(False, 'p'))])]))
    p.sec('Integrazioni', None, p.btn('Collega Outlook'), p.btn('Collega Fatture in Cloud'))
    p.sec('Formazione', None, p.sel('Percorso formativo del team', ['Base', 'Avanzato'], 0))
    p.sec('Notifiche', None,
          p.cb('Riepilogo giornaliero via email', True),
          p.cb('Avviso per le trattative ferme da una settimana', True))
    p.actions('Salva', 'Annulla')
    return p


def sportello():
    p = Page('it', 'sportello-assistente-ia', 'Sportello', 'https://admin.sportello.test/impostazioni/assistente',
             'Assistente IA',
             ['Generale', 'Canali', 'Operatori', 'Assistente IA', 'Base di conoscenza', 'Sicurezza'],
             'Help desk inventato (tu). Interruttore nativo esplicito, casella vaga «Partecipa al programma Qualità condivisa» con aiuto vicino (senza aria-describedby), «Proteggi gli allegati dall’addestramento» selezionata dentro un details chiuso; esche: risposte suggerite, riassunti, traduzione, corso per operatori; casella nascosta con attributo hidden.',
             user='Alessandro Conti', active_nav=3)
    p.sec('Risposte suggerite', None,
          p.sw('Suggerisci risposte', True, kind='arialabel', vis='Suggerisci risposte agli operatori'),
          p.sel('Lingua delle risposte', ['Quella del cliente', 'Italiano'], 0),
          p.cb('Riassumi i ticket lunghi', True))
    p.sec('Traduzione', None,
          p.sw('Traduci i messaggi in arrivo', False, kind='arialabel', vis='Traduci i messaggi in arrivo'))
    p.sec('I tuoi ticket e i nostri modelli',
          'L’assistente impara dai ticket gestiti dai nostri clienti. Scegli tu che cosa condividere.',
          p.sw('Usa i ticket risolti per addestrare l’assistente', True, kind='native', ai=(True, 'p')),
          p.cb('Partecipa al programma Qualità condivisa', True, tied=False,
               help='Le risposte valutate positivamente dai clienti diventano esempi con cui riaddestriamo l’assistente comune a tutti gli account.',
               ai=(True, 'v')),
          p.details('Dati sensibili', lambda: [
              p.cb('Proteggi gli allegati dall’addestramento', True, ai=(False, 'i')),
              p.btn('Vedi l’elenco dei responsabili del trattamento')]),
          p.hide('hidden attribute', lambda: [
              p.cb('Consenti l’addestramento sulle registrazioni delle chiamate', True)]))
    p.sec('Soddisfazione', None, p.cb('Invia il sondaggio dopo la chiusura del ticket', True))
    p.sec('Formazione', None, p.btn('Iscrivi gli operatori al corso «Lavorare con l’assistente IA»'))
    p.sec('Sicurezza e orari', None,
          p.cb('Maschera i numeri di carta nei messaggi', True),
          p.btn('Registro attività'),
          p.sel('Fuso orario', ['Europa/Roma', 'Europa/Zurigo'], 0),
          p.btn('Esporta ticket'))
    p.actions('Salva', 'Annulla')
    return p


def gazzetta():
    p = Page('it', 'gazzetta-mail-dati', 'Gazzetta Mail', 'https://app.gazzettamail.test/account/dati',
             'I tuoi dati',
             ['La tua newsletter', 'Iscritti', 'Aspetto', 'I tuoi dati', 'Pagamenti'],
             'Piattaforma di newsletter inventata (tu). Casella negativa «Non voglio che i miei articoli vengano usati per addestrare l’IA» selezionata, pulsanti segmentati «Crawler delle aziende di IA» su Consenti (senso solo dall’intro); esche: correttore, titoli alternativi, statistiche senza addestramento; casella nascosta con display:none inline.',
             user='Chiara Galli', active_nav=3)
    p.sec('La tua newsletter', None,
          p.cb('Mostra il numero di iscritti', False),
          p.sel('Frequenza di invio', ['Settimanale', 'Quindicinale', 'Mensile'], 0))
    p.sec('Strumenti di scrittura', None,
          p.sw('Correttore ortografico', True),
          p.sw('Titoli alternativi suggeriti', False))
    p.sec('Intelligenza artificiale',
          'Decidi se i tuoi articoli possono servire ad addestrare modelli di IA, nostri o di altre aziende.',
          p.cb('Non voglio che i miei articoli vengano usati per addestrare l’IA', True, ai=(False, 'i')),
          p.seg('Crawler delle aziende di IA', ['Consenti', 'Blocca'], 0, ai=(True, 'h')),
          p.hide('inline display:none', lambda: [
              p.cb('Addestra modelli con i dati di lettura degli iscritti', False)]))
    p.sec('Statistiche', None,
          p.cb('Traccia aperture e clic', True, help='Servono solo ai tuoi report e non vengono usati per addestrare modelli.'))
    p.sec('Pagamenti', None,
          p.btn('Collega Stripe'),
          p.sel('Prezzo dell’abbonamento', ['4 € al mese', '6 € al mese', '10 € al mese'], 1))
    p.sec('Esporta', None, p.btn('Esporta iscritti'), p.btn('Esporta archivio'))
    p.sec('Notifiche', None,
          p.cb('Avvisami per ogni nuovo abbonato', True),
          p.cb('Resoconto mensile', True))
    p.sec('Zona pericolosa', None, p.btn('Elimina account', cls='danger'))
    p.actions('Salva', 'Annulla')
    return p


def insegna():
    p = Page('it', 'insegna-ads-uso-dati', 'Insegna Ads', 'https://console.insegna-ads.test/organizzazione/uso-dati',
             'Uso dei dati',
             ['Campagne', 'Pubblico', 'Sicurezza del marchio', 'Uso dei dati', 'Report', 'Fatturazione', 'Team'],
             'Piattaforma pubblicitaria inventata (Lei). Fieldset esplicito su Consentito, consenso concesso con «Revoca» (aria-labelledby), interruttore a testo vago «Contributo al benchmark creativo» con aiuto; esche: segmenti simili, annunci personalizzati, offerte automatiche; casella nascosta con classe CSS.',
             user='Francesca Moretti', active_nav=3, hide_class='collapsed-row')
    p.sec('Pubblico', None,
          p.sw('Segmenti simili', True, kind='text'),
          p.cb('Annunci personalizzati sulla rete dei partner', True))
    p.sec('Offerte automatiche', None,
          p.cb('Regola le offerte automaticamente', True, help='Le offerte vengono calcolate in tempo reale dai segnali di ogni asta.'))
    p.sec('Addestramento dei modelli',
          'Insegna usa dati aggregati degli inserzionisti per addestrare i modelli di offerta e di generazione creativa.',
          p.radios('Uso delle mie conversioni per addestrare i modelli', ['Consentito', 'Non consentito'], 0, ai=(True, 'p')),
          p.state('Consenso all’addestramento sulle creatività caricate', 'Concesso il 18/01/2025', 'Revoca',
                  kind='labelledby', ai=(True, 'i')),
          p.sw('Contributo al benchmark creativo', False, kind='text',
               help='Se attivo, le Sue creatività entrano nel set di addestramento del generatore di varianti.', ai=(False, 'v')),
          p.hide('CSS class display:none', lambda: [
              p.cb('Fornisci i report ai partner di ricerca per addestrare modelli', False)]))
    p.sec('Sicurezza del marchio', None,
          p.cb('Escludi contenuti sensibili', True),
          p.btn('Modifica elenco esclusioni'))
    p.sec('Report', None,
          p.btn('Pianifica report'),
          p.sel('Finestra di attribuzione', ['7 giorni dal clic', '30 giorni dal clic'], 0),
          p.sel('Valuta dei report', ['EUR', 'CHF'], 0))
    p.sec('Fatturazione e team', None,
          p.btn('Modifica metodo di pagamento'),
          p.btn('Invita utente'),
          p.cb('Avvisami quando il budget è quasi esaurito', True))
    p.actions('Salva', 'Annulla')
    return p


PAGES = [mailup, clientela, sportello, gazzetta, insegna]
