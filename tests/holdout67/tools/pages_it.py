from lib import Page
from common import chrome


def aruba():
    c = chrome('Cerca', 'Cerca servizi, fatture, guide', 'Lingua', 'Area clienti', 'Menu area clienti',
               [('Dati anagrafici', '/area-clienti/anagrafica'), ('Fatture', '/area-clienti/fatture'), ('Esci', '/logout')],
               [('Note legali', '/note-legali'), ('Privacy', '/privacy'), ('Assistenza', '/assistenza')],
               '© 2025 {brand} S.p.A. – P.IVA 01573850516')
    p = Page('it', 'aruba-area-clienti-privacy', 'https://admin.aruba.it/PannelloAdmin/area-clienti/privacy',
             'Aruba', 'Privacy e consensi',
             'Ricostruzione dell’area clienti di un noto provider (forma di cortesia Lei). Fieldset esplicito '
             '(Non consento), casella inversa "Mi oppongo…" (non spuntata), interruttore a pulsante vago con '
             'aria-labelledby e testo d’aiuto sull’addestramento (attivo); casella nascosta con display:none in '
             'linea. Esche: assistente IA, statistiche, consensi marketing.',
             [('Riepilogo', '/area-clienti'), ('Hosting', '/hosting'), ('Domini', '/domini'), ('PEC', '/pec'),
              ('Privacy e consensi', '/area-clienti/privacy')], c, known=True, accent='#e2001a', nav_current=4)
    p.add(
        p.sec('Consensi commerciali',
              p.cb('Ricevere comunicazioni promozionali via e-mail', False),
              p.cb('Ricevere offerte di società partner', False),
              p.cb('Essere contattato telefonicamente per consulenze', False),
              p.select('Lingua delle comunicazioni', [('Italiano', None), ('English', None)], 0),
              p.text('Indirizzo e-mail di riferimento', 'amministrazione@cantinabrunello.example', type='email')),
        p.sec('Sicurezza e servizi',
              p.button('Attiva la verifica in due passaggi'),
              p.cb('Rinnovo automatico dei domini', True, switch=True),
              p.cb('Avvisami prima della scadenza dei certificati SSL', True),
              p.radios('Invio fatture', [('Via e-mail', None), ('Tramite SDI', None)], 1)),
        p.sec('Dati e intelligenza artificiale',
              p.cb('Mostra l’assistente IA nel pannello di controllo', True, switch=True,
                   help='Risponde alle domande su configurazione di hosting, e-mail e PEC.'),
              p.cb('Statistiche di utilizzo del pannello', True,
                   help='Dati aggregati per migliorare la navigazione; non vengono usati per addestrare modelli.'),
              p.radios('Utilizzo dei contenuti dei siti per l’addestramento dell’IA',
                       [('Consento', True), ('Non consento', False)], 1, ai='p'),
              p.cb('Mi oppongo all’uso dei miei ticket di assistenza per l’addestramento dei modelli', False, ai='i'),
              p.bsw('Programma di miglioramento dei servizi', True, by='labelledby', ai='v',
                    help='Aderendo, i log tecnici dei Suoi servizi vengono usati per addestrare i nostri modelli '
                         'di previsione dei guasti.'),
              p.hide('inline', p.cb('Condividi i dati delle caselle PEC con partner per l’addestramento di modelli',
                                    False, ai='p'))),
        p.sec('I Suoi dati',
              p.button('Scarica i miei dati'),
              p.button('Richiedi la cancellazione dell’account')),
    )
    return p


def vetrina():
    c = chrome('Cerca', 'Cerca ordini, prodotti, clienti', 'Lingua', 'Il tuo account', 'Gestione negozio',
               [('Profilo', '/profilo'), ('Cambia negozio', '/negozi'), ('Esci', '/esci')],
               [('Centro assistenza', '/aiuto'), ('Privacy', '/privacy'), ('Condizioni per i venditori', '/condizioni')],
               '© 2025 {brand} S.r.l.')
    p = Page('it', 'vetrina-impostazioni-dati', 'https://admin.vetrina.test/impostazioni/dati-e-ia',
             'Vetrina', 'Dati e IA',
             'Gestionale e-commerce inventato (tu). Tabella con tre righe e colonna "Consenti": solo il titolo e '
             'l’introduzione della sezione parlano di addestramento; pulsanti segmentati espliciti (Sì); casella in '
             'un blocco aria-hidden. Esche: descrizioni generate, chatbot, antifrode, colonna "Mostra su Google '
             'Shopping".',
             [('Home', '/'), ('Ordini', '/ordini'), ('Prodotti', '/prodotti'), ('Clienti', '/clienti'),
              ('Impostazioni', '/impostazioni')], c, accent='#1098ad', nav_current=4)
    p.add(
        p.sec('Negozio',
              p.text('Nome del negozio', 'Ceramiche Vietresi Lupo'),
              p.select('Valuta', [('Euro (€)', None), ('Franco svizzero (CHF)', None)], 0),
              p.cb('Prezzi comprensivi di IVA', True),
              p.cb('Consenti acquisti senza registrazione', True, switch=True),
              p.text('Soglia di scorta minima', '6', type='number'),
              p.cb('Ricordami i carrelli abbandonati', True),
              p.radios('Spedizione', [('Tariffa fissa', None), ('Gratuita sopra 50 €', None)], 1)),
        p.sec('Strumenti di IA',
              p.cb('Genera le descrizioni dei prodotti con l’IA', True, switch=True,
                   help='Le bozze restano da approvare.'),
              p.cb('Attiva il chatbot per i clienti', False, switch=True),
              p.cb('Blocca automaticamente gli ordini sospetti', True),
              p.seg('Usa i dati del mio negozio per addestrare l’assistente vendite di Vetrina',
                    [('Sì', True), ('No', False)], 0, ai='p'),
              p.hide('aria', p.cb('Condividi i dati dei clienti con partner per addestrare modelli', True,
                                  switch=True, ai='p'))),
        p.sec('Addestramento dell’IA di Vetrina',
              p.table(None, ['Consenti', 'Mostra su Google Shopping'],
                      [('Schede prodotto', [True, True]), ('Recensioni dei clienti', [False, True]),
                       ('Storico ordini', [False, False])], ai_cols={0: 'h'}),
              intro='Scegli quali dati del tuo negozio possiamo usare per addestrare e valutare i modelli che '
                    'scrivono testi e prevedono le vendite.'),
        p.sec('Esporta',
              p.button('Esporta clienti'),
              p.button('Esporta ordini')),
    )
    return p


def nomidominio():
    c = chrome('Cerca', 'Cerca un dominio', 'Lingua', 'Area riservata', 'Area riservata',
               [('Dati personali', '/account/dati'), ('Pagamenti', '/account/pagamenti'), ('Esci', '/esci')],
               [('Condizioni', '/condizioni'), ('Privacy', '/privacy'), ('Contatti', '/contatti')],
               '{brand} – registrazione domini dal 2009')
    p = Page('it', 'nomidominio-uso-dati', 'https://area.nomidominio.test/account/uso-dei-dati',
             'Nomidominio', 'Uso dei dati',
             'Registrar inventato (Lei). Menu a tendina inverso "Limitare l’uso dei miei dati…" (No), riga di stato '
             'vaga con suffisso visivamente nascosto; casella nascosta con visibility:hidden. Esche: suggerimenti '
             'di nomi con IA, WHOIS, DNS.',
             [('Domini', '/domini'), ('DNS', '/dns'), ('Caselle e-mail', '/email'), ('Account', '/account')], c,
             accent='#5c940d', nav_current=3)
    p.add(
        p.sec('Domini',
              p.cb('Oscura i miei dati nel WHOIS', True, switch=True),
              p.cb('Rinnovo automatico', True),
              p.select('Server DNS predefiniti', [('DNS Nomidominio', None), ('Personalizzati', None)], 0),
              p.text('Inoltro del dominio verso', 'https://agriturismolapieve.example'),
              p.cb('Mostra suggerimenti di nomi generati dall’IA', True, switch=True,
                   help='Quando il dominio cercato è occupato, Le proponiamo alternative simili.'),
              p.cb('Avvisami via SMS prima della scadenza', False)),
        p.sec('Uso dei dati',
              p.select('Limitare l’uso dei miei dati per l’addestramento dell’IA',
                       [('Sì, limita', False), ('No', True)], 1, ai='i'),
              p.state('Contributo al miglioramento del servizio',
                      'Attivo: le Sue ricerche di domini e le impostazioni DNS vengono usate per addestrare il nostro '
                      'motore di suggerimenti.', 'Disattiva', 'il contributo al miglioramento del servizio',
                      sharing=True, ai='v'),
              p.hide('vis', p.cb('Condividi le zone DNS con partner per l’addestramento dell’IA', True, ai='p'))),
        p.sec('Account',
              p.text('E-mail', 'lapieve@agriturismolapieve.example', type='email'),
              p.cb('Ricevi offerte sulle nuove estensioni', False),
              p.cb('Ricevi la newsletter tecnica mensile', True),
              p.select('Metodo di pagamento predefinito', [('Carta di credito', None), ('Bonifico', None), ('PayPal', None)], 0),
              p.button('Gestisci la verifica in due passaggi'),
              p.radios('Intestazione fatture', [('Privato', None), ('Azienda', None)], 1),
              p.button('Cambia password'),
              p.button('Scarica i miei dati')),
    )
    return p


def taccuino():
    c = chrome('Cerca', 'Cerca nei tuoi articoli', 'Lingua', 'Il tuo profilo', 'Bacheca del blog',
               [('Profilo', '/profilo'), ('Piano', '/piano'), ('Esci', '/esci')],
               [('Chi siamo', '/chi-siamo'), ('Privacy', '/privacy'), ('Regole della community', '/regole')],
               '{brand} – scrivi, pubblica, condividi')
    p = Page('it', 'taccuino-impostazioni-privacy', 'https://taccuino.test/bacheca/impostazioni/privacy',
             'Taccuino', 'Privacy',
             'Piattaforma di blog inventata (tu). Interruttore esplicito (attivo), role=radiogroup "Commenti dei '
             'lettori" dentro un <details> chiuso il cui sommario parla di addestramento (chiuso ma etichettato), '
             'riga di stato inversa "Disattiva" + "Protezione dagli scraper di IA" via aria-labelledby (protezione '
             'attiva); interruttore nascosto da classe CSS. Esche: correttore IA, corsi di scrittura.',
             [('Articoli', '/bacheca/articoli'), ('Aspetto', '/bacheca/aspetto'), ('Impostazioni', '/bacheca/impostazioni'),
              ('Statistiche', '/bacheca/statistiche')], c, accent='#862e9c', hide_class='nascosto', nav_current=2)
    p.add(
        p.sec('Generali',
              p.radios('Chi può leggere il tuo blog', [('Tutti', None), ('Chi ha il link', None), ('Solo tu', None)], 0),
              p.cb('Fai trovare il blog ai motori di ricerca', True),
              p.select('Commenti', [('Aperti', None), ('Moderati', None), ('Chiusi', None)], 1),
              p.cb('Mostra il tempo di lettura', True, switch=True),
              p.cb('Usa il correttore IA mentre scrivi', True, switch=True),
              p.cb('Conta le visite agli articoli', True)),
        p.sec('Il tuo blog e l’IA',
              p.cb('Consenti a Taccuino di addestrare i propri modelli sui miei articoli', True, switch=True, ai='p'),
              p.state('Protezione dagli scraper di IA',
                      'Attiva: chiediamo ai crawler delle aziende di IA di non usare i tuoi articoli per '
                      'l’addestramento.', 'Disattiva', by='labelledby', sharing=False, ai='i'),
              p.details('Dati per l’addestramento dei modelli',
                        p.p('Oltre agli articoli, possiamo usare altri contenuti del tuo blog per addestrare i '
                            'nostri modelli. Decidi tu.'),
                        p.radios('Commenti dei lettori', [('Includi', True), ('Escludi', False)], 0, aria=True, ai='h')),
              p.hide('class', p.cb('Usa le mie bozze per l’addestramento', True, switch=True, ai='p'))),
        p.sec('Novità e corsi',
              p.cb('Iscrivimi ai corsi di scrittura gratuiti', False),
              p.cb('Avvisami quando qualcuno commenta', True),
              p.select('Tema dell’editor', [('Chiaro', None), ('Scuro', None)], 0),
              p.cb('Mostra i pulsanti di condivisione social', True),
              p.text('Dominio personalizzato', 'quadernodimarta.example'),
              p.button('Esporta articoli'),
              p.button('Elimina il blog')),
    )
    return p


def lettera22():
    c = chrome('Cerca', 'Cerca tra le uscite', 'Lingua', 'Account', 'Navigazione',
               [('Profilo', '/profilo'), ('Fatturazione', '/fatturazione'), ('Esci', '/esci')],
               [('Termini', '/termini'), ('Privacy', '/privacy'), ('Aiuto', '/aiuto')],
               '{brand} – newsletter indipendenti')
    p = Page('it', 'lettera22-impostazioni-newsletter', 'https://app.lettera22.test/newsletter/impostazioni',
             'Lettera22', 'Impostazioni della newsletter',
             'Piattaforma di newsletter inventata (tu). Casella vaga "Partecipa al programma Lettera22 Insight" con '
             'aria-describedby sull’addestramento (non spuntata), interruttore a pulsante con aria-label più lungo '
             'del testo visibile (spento); casella in un <dialog> chiuso. Esche: oggetti suggeriti, abbonamenti '
             'a pagamento, tracciamento aperture.',
             [('Uscite', '/uscite'), ('Iscritti', '/iscritti'), ('Pagamenti', '/pagamenti'),
              ('Impostazioni', '/newsletter/impostazioni')], c, accent='#d6336c', nav_current=3)
    p.add(
        p.sec('Newsletter',
              p.text('Nome della newsletter', 'Il Mercoledì di Bruno'),
              p.text('Indirizzo di risposta', 'bruno@ilmercoledi.example', type='email'),
              p.seg('Frequenza', [('Settimanale', None), ('Mensile', None)], 0),
              p.cb('Suggerisci l’oggetto con l’IA', True, switch=True),
              p.cb('Attiva gli abbonamenti a pagamento', False, switch=True),
              p.cb('Traccia aperture e clic', True),
              p.cb('Mostra il numero di iscritti', False),
              p.select('Fuso orario di invio', [('Europe/Rome', None), ('UTC', None)], 0)),
        p.sec('Dati e modelli',
              p.cb('Partecipa al programma Lettera22 Insight', False, ai='v',
                   help='Le tue uscite inviate e i dati di apertura vengono usati per addestrare i nostri modelli.'),
              p.bsw('Addestramento dell’IA sui dati dei miei iscritti', False, ai='p',
                    text='Addestramento IA sui dati degli iscritti'),
              p.opener('Altre impostazioni sui dati'),
              p.hide('dialog', p.cb('Consenti l’addestramento sulle bozze non inviate', True, ai='p'),
                     title='Altre impostazioni sui dati', close='Chiudi')),
        p.sec('Account',
              p.cb('Ricevi il riepilogo settimanale', True),
              p.cb('Aggiungi il pulsante “Condividi” in fondo alle uscite', True),
              p.button('Esporta iscritti'),
              p.button('Chiudi la newsletter')),
    )
    return p


PAGES = [aruba, vetrina, nomidominio, taccuino, lettera22]
