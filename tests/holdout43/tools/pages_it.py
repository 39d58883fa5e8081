from lib import Page, T, F, HID, page


@page
def subito():
    pg = Page('it', 'subito-privacy', 'https://www.subito.it/account/impostazioni/privacy',
              'Privacy', 'Subito', real=True, skin=1, skel=0,
              nav=['I miei annunci', 'Messaggi', 'Preferiti', 'Ricerche salvate', 'Profilo', 'Privacy'],
              nav_current=5,
              notes='Servizio noto di annunci. Casella di consenso per le foto degli annunci (non spuntata → false); '
                    'switch vago «Contribuisci a rendere Subito più sicuro» (la guida dice che le chat addestrano i '
                    'sistemi antifrode; attivo → true). Esche: prezzo suggerito senza addestramento, tabella di '
                    'notifiche per canale, pubblicità. Esca nascosta con display:none in linea.')
    ann = pg.sec('Annunci',
        pg.cb('Consenti a Subito di usare le foto dei miei annunci per addestrare i modelli di intelligenza artificiale',
              False, help='Vale per le foto degli annunci attivi e di quelli scaduti.', ai=F()),
        pg.cb('Mostra il mio numero di telefono negli annunci', False),
        pg.cb('Suggerisci il prezzo quando pubblico', True,
              help='Si basa su annunci simili; il tuo annuncio non viene usato per l’addestramento.'),
    )
    msg = pg.sec('Messaggi',
        pg.sw('Contribuisci a rendere Subito più sicuro', True,
              desc=False,
              help='Analizziamo le chat tra chi compra e chi vende per addestrare i nostri sistemi antifrode.',
              ai=T('v')),
        pg.cb('Conferme di lettura', True),
        pg.cb('Inoltra i nuovi messaggi via email', False),
    )
    notif = pg.sec('Notifiche',
        pg.table(None, 'Tipo', ['Push', 'Email'], [
            ('Nuovi messaggi', [True, True], None),
            ('Nuovi annunci nelle ricerche salvate', [True, False], None),
        ], name='rowcol'),
    )
    pub = pg.sec('Pubblicità e spedizioni',
        pg.state('Indirizzo di spedizione', 'Via Po 18, 10124 Torino', 'Modifica', sr_text='indirizzo di spedizione'),
        pg.sw('Riproduzione automatica dei video negli annunci', False, mode='lby'),
        pg.cb('Pubblicità personalizzata', False),
        pg.btn('Gestisci i cookie'),
    )
    dati = pg.sec('I tuoi dati',
        pg.btn('Scarica i tuoi dati'),
        pg.btn('Utenti bloccati', kind='a', href='/account/bloccati'),
        pg.btn('Elimina account', kind='a', href='/account/elimina'),
    )
    hidden = pg.hide('style', lambda: [
        pg.cb('Usa le mie chat per addestrare l’assistente', True, ai=HID)])
    return pg, pg.render(ann, msg, notif, pub, dati, hidden, pg.btn('Salva', primary=True))


@page
def spesafacile():
    pg = Page('it', 'spesafacile-privacy', 'https://www.spesafacile.test/area-clienti/privacy',
              'Privacy e consensi', 'SpesaFacile', skin=2, skel=1,
              nav=['La mia carta', 'Punti e premi', 'Spesa online', 'Indirizzi', 'Privacy e consensi'], nav_current=4,
              notes='Supermercato con carta fedeltà inventato. Switch con aria-label «Esclusione degli scontrini '
                    'dall’addestramento dell’IA» e solo «Attivo» visibile accanto a un titolo (sostantivo, invertito; '
                    'attivo → false); tabella per carta collegata, ogni casella nominata solo dalla carta (titolo '
                    'sull’addestramento; una sì, una no). Esche: buoni calcolati per te, volantino, note per il '
                    'corriere. Esca nascosta in una scheda inattiva.')
    carta = pg.sec('Carta fedeltà',
        pg.sw('Esclusione degli scontrini dall’addestramento dell’IA', True, mode='aria',
              vis='Scontrini e intelligenza artificiale',
              help='I prodotti che acquisti con la carta servono ad addestrare i nostri modelli di previsione degli '
                   'ordini ai fornitori.', ai=F('i')),
        pg.cb('Buoni sconto personalizzati', True, help='Calcolati solo per te, in base ai tuoi acquisti.'),
        pg.cb('Scontrino digitale via email', True),
        pg.seg('Accumulo punti', ['Automatico', 'Manuale'], 0),
    )
    fam = pg.sec('Acquisti usati per l’addestramento',
        pg.table(None, 'Carta collegata', ['Consenso'], [
            ('Carta di Giulia', [True], [T('h')]),
            ('Carta di Marco', [False], [F('h')]),
        ], intro='Per ogni carta della famiglia scegli se gli acquisti possono servire ad addestrare i nostri modelli.'),
        pg.btn('Collega un’altra carta'),
    )
    online = pg.sec('Spesa online',
        pg.state('Punto vendita preferito', 'Milano – Viale Monza', 'Modifica', how='lby'),
        pg.sel('Fascia oraria preferita', ['8–12', '12–16', '18–22'], 2),
        pg.cb('Accetta prodotti sostitutivi', True),
        pg.inp('Note per il corriere', 'Citofono Rossi, terzo piano'),
    )
    com = pg.sec('Comunicazioni',
        pg.cb('Volantino settimanale', True),
        pg.cb('Offerte via SMS', False),
        pg.sw('Controllo parentale: nascondi gli alcolici', False, mode='lby'),
        pg.btn('Scarica i miei dati'),
    )
    tabs = pg.tabs('Dove si applica', [
        ('Negozio e online', lambda: [pg.p('Le scelte valgono alla cassa e sul sito.')]),
        ('App', lambda: [pg.cb('Usa la mia lista della spesa per addestrare l’IA', True, ai=HID)]),
    ])
    return pg, pg.render(carta, fam, online, com, tabs, pg.btn('Salva le preferenze', primary=True))


@page
def recensiamo():
    pg = Page('it', 'recensiamo-dati', 'https://www.recensiamo.test/profilo/impostazioni/dati',
              'Dati e contenuti', 'Recensiamo', skin=3, skel=4,
              nav=['Il mio profilo', 'Recensioni', 'Domande', 'Notifiche', 'Dati e contenuti'], nav_current=4,
              notes='Sito inventato di recensioni e domande. Radio in fieldset «Le tue recensioni e l’addestramento dei '
                    'modelli» («Consenti l’uso» → true); casella al participio «Domande e risposte escluse '
                    'dall’addestramento» (invertita, spuntata → false). Esche: riassunto IA delle recensioni pubblicate, '
                    'chi può rispondere, visibilità del profilo. Esca nascosta con aria-hidden.')
    rec = pg.sec('Recensioni',
        pg.radios('Le tue recensioni e l’addestramento dei modelli', ['Consenti l’uso', 'Non consentire'], 0,
                  helps=['Testi e voti delle tue recensioni aiutano ad addestrare i nostri modelli linguistici.', None],
                  ai=T()),
        pg.cb('Mostra il mio nome per esteso', False),
        pg.cb('Riassunto IA delle recensioni nelle schede prodotto', True,
              help='Viene generato dalle recensioni già pubblicate; non cambia l’uso dei tuoi dati.'),
    )
    qa = pg.sec('Domande e risposte',
        pg.cb('Domande e risposte escluse dall’addestramento', True, ai=F('i')),
        pg.cb('Avvisami quando qualcuno risponde', True),
        pg.radios('Chi può rispondere alle mie domande', ['Tutti', 'Solo chi ha acquistato il prodotto'], 1, kind='rg'),
    )
    notif = pg.sec('Notifiche',
        pg.cb('Newsletter mensile', False),
        pg.cb('Notifiche push', True),
        pg.sel('Lingua delle recensioni mostrate', ['Solo italiano', 'Tutte le lingue'], 0),
    )
    acc = pg.sec('Account',
        pg.radios('Visibilità del profilo', ['Pubblico', 'Solo utenti registrati'], 0, kind='fieldset-wrap'),
        pg.btn('Scarica le mie recensioni'),
        pg.btn('Elimina account', kind='a', href='/profilo/elimina'),
        pg.cb('Invia rapporti sugli arresti anomali', True,
              help='Servono solo a correggere gli errori e non ad addestrare modelli.'),
    )
    sic = pg.sec('Sicurezza',
        pg.btn('Cambia password'),
        pg.cb('Accesso con verifica in due passaggi', True),
        pg.btn('Dispositivi connessi', kind='a', href='/profilo/dispositivi'),
    )
    hidden = pg.hide('aria', lambda: [
        pg.cb('Usa le mie foto per addestrare il riconoscimento dei prodotti', True, ai=HID)])
    return pg, pg.render(rec, qa, notif, acc, sic, hidden, pg.btn('Salva', primary=True))


@page
def cenaacasa():
    pg = Page('it', 'cenaacasa-preferenze', 'https://cenaacasa.test/it/account/preferenze',
              'Preferenze', 'CenaaCasa', skin=0, skel=5,
              nav=['Profilo', 'Ordini', 'Indirizzi', 'Pagamenti', 'Preferenze', 'Assistenza'], nav_current=4,
              notes='Consegna di pasti inventata. Riga di stato «Percorsi dei rider… — Usati per addestrare…» con '
                    'azione «Opponiti all’uso dei miei percorsi di consegna per l’addestramento» (imperativo, invertito; '
                    'opposizione non presentata → true); toggle div vago «Migliora i suggerimenti per tutti» (la guida '
                    'parla di addestramento; disattivo → false). Esche: assistente virtuale che non addestra, offerte, '
                    'filtro famiglia. Esca nascosta con visibility:hidden.')
    cons = pg.sec('Consegne',
        pg.state('Percorsi dei rider verso i tuoi indirizzi', 'Usati per addestrare il modello dei tempi di consegna',
                 'Opponiti', sr_text='all’uso dei miei percorsi di consegna per l’addestramento', ai=T('i')),
        pg.sel('Indirizzo predefinito', ['Casa – Via Nizza 45, Torino', 'Ufficio – Corso Francia 12, Torino'], 0),
        pg.inp('Istruzioni per il rider', 'Secondo cortile a sinistra'),
        pg.cb('Condividi la mia posizione con il rider', False),
    )
    sugg = pg.sec('Valutazioni',
        pg.divtog('Migliora i suggerimenti per tutti', False,
                  help='Con questa opzione, le valutazioni e i commenti che lasci ai ristoranti servono ad addestrare i '
                       'modelli di raccomandazione della piattaforma.', ai=F('v')),
        pg.cb('Ricordami di valutare l’ordine', True),
        pg.cb('Mostra i piatti consigliati per me', True, help='Scelti in base ai tuoi ordini, restano nel tuo account.'),
    )
    ass = pg.sec('Assistenza',
        pg.cb('Chatta con l’assistente virtuale prima dell’operatore', True,
              help='Le risposte sono generate al momento; le conversazioni non vengono usate per l’addestramento.'),
        pg.cb('Copia della conversazione via email', False),
    )
    mkt = pg.sec('Marketing',
        pg.cb('Offerte personalizzate', True),
        pg.cb('Pubblicità su altri siti', False),
        pg.sw('Filtro famiglia: nascondi gli alcolici', False),
        pg.sel('Riproduzione automatica dei video', ['Sempre', 'Solo con Wi-Fi', 'Mai'], 1),
    )
    dati = pg.sec('I tuoi dati',
        pg.btn('Scarica i miei dati'),
        pg.btn('App collegate', kind='a', href='/it/account/app'),
        pg.cb('Invia dati diagnostici anonimi', True,
              help='Tempi di caricamento e arresti anomali, per correggere i problemi. Non servono ad addestrare modelli.'),
    )
    hidden = pg.hide('vis', lambda: [
        pg.sw('Usa le mie note vocali per addestrare il riconoscimento vocale', True, ai=HID)])
    return pg, pg.render(cons, sugg, ass, mkt, dati, hidden, pg.btn('Salva modifiche', primary=True))


@page
def bottegadigitale():
    pg = Page('it', 'bottegadigitale-contenuti', 'https://venditori.bottegadigitale.test/pannello/impostazioni/contenuti',
              'Contenuti e IA', 'Bottega Digitale · Venditori', skin=1, skel=2,
              nav=['Panoramica', 'Prodotti', 'Ordini', 'Messaggi', 'Pagamenti', 'Contenuti e IA'], nav_current=5,
              notes='Marketplace di artigianato inventato, pannello venditore. Role=dialog aperto con casella «Usa le '
                    'mie schede prodotto per addestrare l’assistente» (spuntata → true); pulsanti segmentati «Foto dei '
                    'prodotti caricate» comprensibili solo grazie al titolo «Addestramento IA» («Escluse» premuto → '
                    'false). Esche: ottimizzazione foto senza addestramento, risposta automatica, modalità vacanza. '
                    'Esca nascosta in <dialog> chiuso.')
    dlg = pg.dialog('Novità: Assistente descrizioni',
        pg.cb('Usa le mie schede prodotto per addestrare l’assistente', True,
              help='Titoli, descrizioni e materiali dei tuoi prodotti. Puoi cambiare idea in qualsiasi momento.',
              ai=T()),
        pg.div(pg.btn('Conferma', primary=True), pg.btn('Non ora')),
        intro='L’assistente scrive bozze di descrizioni per i nuovi prodotti.')
    ai = pg.sec('Addestramento IA',
        pg.seg('Foto dei prodotti caricate', ['Incluse', 'Escluse'], 1, ai=F('h')),
        pg.cb('Ottimizza le foto al caricamento', True,
              help='Luminosità e ritaglio vengono corretti sul momento; le foto non addestrano nessun modello.'),
    )
    neg = pg.sec('Negozio',
        pg.cb('Modalità vacanza', False),
        pg.sel('Tempi di lavorazione', ['1–2 giorni', '3–5 giorni', '1–2 settimane'], 1),
        pg.cb('Accetta ordini personalizzati', True),
        pg.cb('Spedizione gratuita sopra i 60 €', False),
        pg.cb('Email per ogni nuovo ordine', True),
    )
    msg = pg.sec('Messaggi',
        pg.cb('Risposta automatica quando sono offline', True),
        pg.inp('Messaggio automatico', 'Grazie! Ti rispondo entro 24 ore.', area=True),
        pg.sw('Traduzione automatica dei messaggi', True, mode='lby'),
    )
    stat = pg.sec('Statistiche',
        pg.cb('Condividi le statistiche con Google Analytics', False),
        pg.btn('Scarica il report delle vendite'),
        pg.btn('Gestisci le app collegate', kind='a', href='/pannello/app'),
    )
    hidden = pg.hide('dialog', lambda: [
        pg.cb('Addestra i modelli con i messaggi dei clienti', True, ai=HID),
        pg.btn('Chiudi')])
    return pg, pg.render(dlg, ai, neg, msg, stat, hidden, pg.btn('Salva', primary=True))
