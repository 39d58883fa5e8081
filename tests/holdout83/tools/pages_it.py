from lib import *

CH = dict(skip='Vai al contenuto', search='Cerca', language='Lingua', account='Il mio account', nav='Impostazioni',
          menu=['Profilo', 'Impostazioni', 'Assistenza', 'Esci'],
          footer=['Privacy', 'Termini di servizio', 'Note legali', 'Preferenze cookie', 'Assistenza'])


def italki():
    p = Page('it', 'italki-privacy', 'https://www.italki.com/it/settings/privacy', 'Privacy', 'italki',
             ['Profilo', 'Lezioni', 'Portafoglio', 'Notifiche', 'Privacy', 'Sicurezza'],
             CH, known=True, hide='visibility', active=4, accent='#ff4438', account='Giulia R.',
             notes='Ricostruzione di un noto marketplace di insegnanti di lingue (tu); impostazioni IA inventate. Riga di stato «Non attiva / Attiva» per un’opposizione; switch con aria-label vago.')
    p.sec('Profilo',
          sw('Mostra il mio profilo nella Community', on=True),
          select('Lingua madre', ['Italiano', 'Inglese', 'Spagnolo'], 0),
          select('Lingua che studio', ['Giapponese', 'Tedesco', 'Inglese'], 0),
          cb('Mostra i miei post ai soli amici', on=False))
    p.sec('Lezioni',
          cb('Registra le lezioni su italki Classroom', on=True,
             help='Le registrazioni restano disponibili per 30 giorni a te e all’insegnante.'),
          sw('Promemoria 15 minuti prima', on=True),
          sw('Note della lezione generate dall’IA', on=True,
             help='Le note sono create solo per te; non vengono usate per addestrare modelli.'))
    p.sec('I tuoi dati e l’IA',
          cb('Consenti l’uso delle registrazioni delle mie lezioni per addestrare i modelli di IA', on=False, ai='p'),
          bsw('Contribuisci alla ricerca', on=True, ai='v', naming='label',
              help='Se attivo, i tuoi post nella Community e le correzioni che ricevi vengono usati per addestrare i nostri modelli linguistici.'),
          row('Opposizione all’addestramento dell’IA', 'Non attiva', 'Attiva', on=False, ai='i', inv=True,
              help='Riguarda i messaggi che scambi con gli insegnanti.'),
          hide_vis(sw('Condividi le mie recensioni con partner per l’addestramento', on=True, ai='p')))
    p.sec('Notifiche',
          tbl('Ricevi avvisi', ['E-mail', 'App'],
              [('Nuovo messaggio', [True, True]), ('Richiesta di lezione', [True, True]), ('Nuove funzioni IA', [False, True])]))
    p.sec('Sicurezza', row('Verifica in due passaggi', 'Attiva', 'Gestisci', on=True), btn('Scarica i miei dati'))
    return p


def parolario():
    p = Page('it', 'parolario-impostazioni', 'https://www.parolario.test/account/impostazioni', 'Impostazioni account', 'Parolario',
             ['Dizionari', 'Quaderno', 'Pronuncia', 'Dati e privacy', 'Abbonamento'],
             CH, hide='dialog', active=3, accent='#1d4ed8', account='Dott.ssa Ferri',
             notes='Dizionario inventato (Lei). Tabella con didascalia «Addestramento dei modelli di IA» e colonna «Consentito»; select «Escludi…» (invertito); casella vaga con testo accanto.')
    p.sec('Dizionari',
          select('Dizionario predefinito', ['Italiano', 'Italiano–inglese', 'Italiano–tedesco', 'Sinonimi e contrari'], 1),
          cb('Mostri esempi d’uso', on=True),
          cb('Mostri la sillabazione', on=False),
          seg('Dimensione del testo', ['Piccola', 'Media', 'Grande'], 1))
    p.sec('Pronuncia',
          select('Voce di lettura', ['Femminile', 'Maschile'], 0),
          sw('Riproduca la pronuncia all’apertura della voce', on=False))
    p.sec('Dati e privacy',
          tbl('Addestramento dei modelli di IA', ['Consentito'],
              [('Ricerche effettuate', [(True, 'h')]), ('Pronunce registrate', [(False, 'h')])]),
          select('Escludi i miei contenuti dai crawler di IA', [('Sì, escludi', False), ('No', True)], 0, ai='i',
                 help='Vale per le liste di parole che ha reso pubbliche.'),
          cb('Aiuti a migliorare Parolario', on=True, ai='v', wrap=True, desc=False,
             help='Le frasi che salva nel quaderno vengono usate per addestrare il nostro traduttore automatico.'),
          hide_dialog('Altre opzioni', 'Opzioni avanzate', 'Chiudi',
                      cb('Conceda i dati del quaderno a partner per addestrare modelli', on=True, ai='p')),
          sw('Cronologia delle ricerche', on=True))
    p.sec('Abbonamento',
          row('Parolario Plus', 'Attivo', 'Disdici', on=True),
          btn('Scarichi le fatture'))
    p.sec('Account', inp('Indirizzo e-mail', 'a.ferri@example.it', 'email'), btn('Elimini l’account', 'danger'))
    return p


def maturitasmart():
    p = Page('it', 'maturitasmart-privacy', 'https://maturitasmart.test/impostazioni/privacy', 'Privacy', 'Maturità Smart',
             ['Il mio indirizzo', 'Piano di studio', 'Privacy', 'Notifiche', 'Accessibilità'],
             CH, hide='tab', active=2, accent='#059669', account='Francesco',
             notes='Preparazione alla maturità inventata (tu). Gruppo segmentato «Includi / Escludi» sotto un titolo; interruttore «Non usare…» (invertito); pannello di scheda inattivo.')
    p.sec('Il mio indirizzo',
          select('Indirizzo di studio', ['Liceo classico', 'Liceo scientifico', 'Istituto tecnico', 'Istituto professionale'], 1),
          select('Seconda prova', ['Matematica', 'Fisica', 'Latino'], 0),
          inp('Data della prima prova', '2025-06-18', 'date'))
    p.sec('Piano di studio',
          seg('Ritmo', ['Tranquillo', 'Costante', 'Intensivo'], 1),
          sw('Ripassa le domande sbagliate', on=True),
          sw('Cronometro nelle simulazioni', on=True))
    p.sec('Privacy',
          tabs('Sezioni', [
              ('Addestramento IA', [
                  txt('Scegli cosa può servire ad addestrare il correttore e il tutor di Maturità Smart.'),
                  seg('I tuoi temi svolti', [('Includi', True), ('Escludi', False)], 0, ai='h'),
                  sw('Non usare le mie simulazioni d’esame per addestrare l’IA', on=True, ai='i', inv=True),
                  rg('Addestramento del tutor IA sulle tue conversazioni', [('Sì', True), ('No', False)], 1, ai='p'),
              ]),
              ('Partner', [
                  cb('Condividi i miei appunti con partner per addestrare modelli di IA', on=True, ai='p'),
              ]),
          ]),
          sw('Mostra il mio nome nella classifica della classe', on=False))
    p.sec('Notifiche',
          cb('Promemoria giornaliero', on=True),
          cb('Correzione del tema pronta', on=True),
          cb('Novità sul tutor IA', on=False))
    p.sec('Accessibilità', sw('Font per dislessia', on=False), select('Dimensione testo', ['Normale', 'Grande'], 0))
    p.sec('Account', btn('Scarica i miei dati'), btn('Elimina account', 'danger'))
    return p


def schedesmart():
    p = Page('it', 'schedesmart-preferenze', 'https://app.schedesmart.test/preferenze', 'Preferenze', 'Schede Smart',
             ['Ripasso', 'Aspetto', 'Sincronizzazione', 'Dati', 'Account'],
             CH, hide='hidden', active=3, accent='#9333ea', account='Bea',
             notes='App di flashcard inventata (tu). Fieldset con legenda vaga e aiuto; pulsante-interruttore con testo che dice addestrare.')
    p.sec('Ripasso',
          select('Nuove schede al giorno', ['10', '20', '30'], 0),
          select('Passaggi di apprendimento', ['1m 10m', '10m 1g', '5m 30m 1g'], 1),
          sw('Ripeti le schede sbagliate a fine sessione', on=True),
          cb('Mostra il tempo fino al prossimo ripasso', on=True))
    p.sec('Aspetto', seg('Tema', ['Chiaro', 'Scuro', 'Automatico'], 2), sw('Carattere ad alta leggibilità', on=False))
    p.sec('Sincronizzazione', row('Sincronizzazione', 'Attiva', 'Metti in pausa', on=True), cb('Solo con Wi-Fi', on=False))
    p.sec('Dati',
          radios('Condivisione dei dati di studio', [('Condividi', True), ('Non condividere', False)], 0, ai='v',
                 help='Scegli se i tuoi mazzi e le risposte che dai possono servire ad addestrare l’algoritmo di ripetizione.'),
          bsw('Addestra il generatore di schede con i miei appunti', on=False, ai='p', naming='text'),
          hide_attr(sw('Includi i mazzi pubblici nel set di addestramento', on=True, ai='p')),
          sw('Genera schede dalle foto con l’IA', on=True, help='Le foto vengono elaborate e poi cancellate: non addestrano nulla.'))
    p.sec('Notifiche',
          cb('Ricordami di ripassare alle 20:00', on=True),
          cb('Un amico ha condiviso un mazzo', on=False))
    p.sec('Account', inp('Nome utente', 'bea.studia'), btn('Esporta i mazzi'), btn('Elimina account', 'danger'))
    return p


def compitiok():
    p = Page('it', 'compitiok-genitori', 'https://www.compitiok.test/genitori/impostazioni', 'Impostazioni per i genitori', 'CompitiOK',
             ['Figli collegati', 'Tempo di utilizzo', 'Privacy', 'Notifiche', 'Pagamenti'],
             CH, hide='display', active=2, accent='#0891b2', account='Famiglia Russo',
             notes='Aiuto compiti inventato, area genitori (Lei). Doppia negazione «Non escludere…» per il figlio; riga di stato con suffisso nascosto sotto titolo sull’addestramento.')
    p.sec('Figli collegati',
          select('Profilo attivo', ['Tommaso (2ª media)', 'Sofia (4ª elementare)'], 0),
          btn('Colleghi un altro figlio'))
    p.sec('Tempo di utilizzo',
          select('Limite giornaliero', ['30 minuti', '1 ora', '2 ore', 'Nessun limite'], 1),
          sw('Blocchi l’app dopo le 21:00', on=True),
          cb('Mostri la soluzione completa solo dopo un tentativo', on=True))
    p.sec('Privacy dei figli',
          cb('Non escludere le domande in chat di mio figlio dall’addestramento dell’IA', on=False, ai='i', inv=False),
          sw('Programma di miglioramento', on=True, ai='v',
             help='Le spiegazioni valutate con pollice su o giù e le relative correzioni servono ad addestrare i nostri modelli.'),
          hide_display(cb('Consenta a partner di usare i compiti per addestrare l’IA', on=False, ai='p')),
          sw('Profilo del figlio visibile ai compagni', on=False))
    p.sec('Addestramento dei modelli',
          row('Foto dei compiti', 'Incluse', 'Escludi', on=True, ai='h', inv=False, naming='sr', suffix='le foto dei compiti'),
          intro='I compiti fotografati possono essere usati per addestrare il riconoscimento delle formule e della scrittura a mano.')
    p.sec('Notifiche',
          cb('Riepilogo settimanale via e-mail', on=True),
          cb('Avviso quando il limite è raggiunto', on=True))
    p.sec('Pagamenti', row('Piano Famiglia', 'Attivo', 'Modifica', on=True), btn('Ricevute'))
    p.sec('Accesso', row('PIN genitori', 'Impostato', 'Cambia PIN', on=True), btn('Esca da tutti i dispositivi'))
    return p


def pages():
    return [italki(), parolario(), maturitasmart(), schedesmart(), compitiok()]
