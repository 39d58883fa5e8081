from lib import Page, make_chrome

BASE = dict(skip='Vai al contenuto', search='Cerca', search_ph='Cerca',
            lang_label='Lingua', nav_label='Impostazioni', footer_label='Piè di pagina',
            menu=['Profilo', 'Preferiti', 'Assistenza', 'Esci'],
            footer=['Note legali', 'Privacy', 'Cookie', 'Dichiarazione di accessibilità', 'Contatti'],
            copy_tpl='© 2025 {brand} – P. IVA 01234567890')


def immobiliare():
    c = make_chrome(BASE, 'Immobiliare.it', ['Il mio profilo', 'Ricerche salvate', 'Preferiti', 'Notifiche', 'Privacy', 'Sicurezza'],
                    'Area riservata', ['it', 'en'], current=4, search_ph='Comune, zona o indirizzo',
                    menu=['Preferiti', 'Ricerche salvate', 'I miei annunci', 'Messaggi', 'Esci'],
                    footer=['Chi siamo', 'Lavora con noi', 'Informativa privacy', 'Preferenze cookie', 'Condizioni generali'],
                    copy='© 2025 Immobiliare.it')
    pg = Page('it', 'immobiliare-privacy', 'Immobiliare.it', 'https://www.immobiliare.it/account/privacy/',
              'Privacy e dati', c, known=True, tone='tu',
              notes='Account di privato; valutazione automatica, mappa dei prezzi e offerte mutuo sono esche; opzione IA in una finestra di dialogo chiusa.')
    with pg.section('Ricerche salvate'):
        pg.select('Avvisi per nuovi annunci', ['Subito', 'Una volta al giorno', 'Mai'], 0)
        pg.cb('Avvisami se un preferito cala di prezzo', True)
        pg.cb('Suggeriscimi annunci simili a quelli che guardo', True)
    with pg.section('Mappa dei prezzi', 'La mappa mostra i prezzi medi al metro quadro per zona, calcolati sugli annunci pubblicati.'):
        pg.sw('Mostra la stima del prezzo negli annunci', True, mode='text')
    with pg.section('Intelligenza artificiale', 'Usiamo modelli di IA per ordinare i risultati, stimare il valore degli immobili e scovare gli annunci truffa.'):
        pg.sw('Usa le mie ricerche per addestrare i modelli di intelligenza artificiale', False, ai='p')
        pg.cb('Escludi i miei annunci dall\u2019addestramento dell\u2019IA', False,
              help='Riguarda testi e foto degli annunci che pubblichi come privato.', ai='i')
        with pg.hidden('dialog', opener='Altre impostazioni sui dati', close='Chiudi'):
            pg.cb('Consenti ai partner di usare i miei dati per addestrare i loro modelli', True, ai='p')
    with pg.section('Addestramento della valutazione automatica', 'Se ci chiedi una valutazione, le caratteristiche che inserisci possono aiutarci ad affinare il modello che stima il prezzo.'):
        pg.radios('Dati del mio immobile', ['Consenti', 'Non consentire'], 0, mode='rg', ai=('h', True))
    with pg.section('Comunicazioni commerciali'):
        pg.cb('Offerte di mutuo da Immobiliare.it Mutui', False)
        pg.cb('Pubblicità personalizzata', False)
    with pg.section('Il tuo account'):
        pg.btn('Scarica i tuoi dati', 'btn btn-secondary')
        pg.btn('Cambia password', 'btn btn-secondary')
        pg.cb('Accesso in due passaggi', True)
        pg.btn('Elimina account', 'btn btn-link')
    with pg.section('App collegate'):
        pg.btn('Scollega Facebook', 'btn btn-secondary')
        pg.cb('Avvisami di accessi da nuovi dispositivi', True)
        pg.select('Valuta dei prezzi', ['Euro (€)', 'Franco svizzero (CHF)'], 0)
    return pg


def condominio_sereno():
    c = make_chrome(BASE, 'Condominio Sereno', ['Bacheca', 'Rate e pagamenti', 'Segnalazioni', 'Assemblee', 'Documenti', 'Impostazioni'],
                    'Dott.ssa Ferri – int. 7', ['it'], current=5, search_ph='Cerca nei documenti del condominio',
                    menu=['I miei dati', 'Le mie unità', 'Contatta l\u2019amministratore', 'Esci'],
                    footer=['Informativa privacy', 'Termini del servizio', 'Assistenza'])
    pg = Page('it', 'condominio-sereno-privacy', 'Condominio Sereno (inventato)', 'https://portale.condominiosereno.test/impostazioni/privacy',
              'Privacy', c, tone='Lei',
              notes='Portale condòmini di uno studio di amministrazione; verbali, PagoPA e riassunto IA sono esche; scheda inattiva con opzione IA.')
    def personali():
        with pg.section('Comunicazioni'):
            pg.cb('Ricevere le convocazioni via PEC', True)
            pg.cb('Avviso via SMS per interventi urgenti', True)
            pg.select('Promemoria scadenza rata', ['7 giorni prima', '3 giorni prima', 'Nessuno'], 0)
        with pg.section('Assistente verbali', 'Dopo ogni assemblea Le inviamo un riassunto del verbale. Il riassunto viene generato al momento e non serve ad addestrare alcun modello.'):
            pg.sw('Ricevere il riassunto del verbale', True)
        with pg.section('Dati e intelligenza artificiale'):
            pg.select('Contributo al progetto Assemblea Smart', ['Sì, in forma anonima', 'No'], 1,
                      help='I verbali anonimizzati servono ad addestrare il modello che prepara le bozze delle convocazioni.', ai=('v', False))
            pg.state('Opposizione all\u2019uso dei dati per l\u2019addestramento dell\u2019IA', 'Non presentata', 'Presenta', mode='lb', ai=('i', True))
            with pg.details('Altri dati per l\u2019addestramento', 'Può indicare anche altre informazioni da mettere a disposizione dei nostri modelli.'):
                pg.cb('Segnalazioni di guasti', True, ai='h')
                pg.cb('Mostra le segnalazioni chiuse nello storico', True)
        with pg.section('Pagamenti'):
            pg.btn('Paga con PagoPA', 'btn')
            pg.btn('Attiva addebito SDD', 'btn btn-secondary')
    def consigliere():
        with pg.section('Consiglieri'):
            pg.cb('Consentire l\u2019uso delle pratiche del consiglio per addestrare l\u2019IA', True, ai='p')
    pg.tabs('Profilo', [('Dati personali', personali), ('Consigliere', consigliere)], 0)
    with pg.section('Sicurezza e dati'):
        pg.btn('Esporta i miei documenti', 'btn btn-secondary')
        pg.btn('Cambia password', 'btn btn-secondary')
        pg.cb('Mostra il mio nominativo in bacheca', False)
        pg.cb('Ricevere l\u2019estratto conto annuale per e-mail', True)
    return pg


def cantiere_smart():
    c = make_chrome(BASE, 'CantiereSmart', ['Cantieri', 'Giornale dei lavori', 'Computi', 'Sicurezza', 'Impresa', 'Dati e IA'],
                    'Geom. Luca Martini', ['it', 'en'], current=5, search_ph='Cerca cantiere, SAL o documento',
                    menu=['Profilo', 'Impresa', 'Assistenza', 'Esci'],
                    footer=['Centro assistenza', 'Sicurezza dei dati', 'Responsabili del trattamento', 'Termini'])
    pg = Page('it', 'cantiere-smart-dati-ia', 'CantiereSmart (inventato)', 'https://app.cantieresmart.test/account/dati-e-ia',
              'Dati e intelligenza artificiale', c, tone='Lei',
              notes='Gestionale di cantiere; computo metrico assistito, corso di formazione sicurezza e firma digitale sono esche; tabella per tipo di documento.')
    with pg.section('Funzioni di IA', 'Le funzioni qui sotto usano i Suoi documenti solo per darLe un risultato immediato.'):
        pg.sw('Computo metrico assistito dai disegni', True)
        pg.sw('Trascrizione dei vocali nel giornale dei lavori', True)
        pg.select('Prezzario di riferimento', ['Regione Lombardia 2025', 'Regione Lazio 2025', 'DEI'], 0)
    with pg.section('Condivisione e addestramento', 'Scelga documento per documento con chi condividere e se può servire ad addestrare i modelli di CantiereSmart.'):
        pg.table('Uso dei documenti di cantiere', ['Condividi con il committente', 'Usa per addestrare l\u2019IA'],
                 [('Giornale dei lavori', [True, True]), ('Foto di cantiere', [True, False])], ai_cols={1: 'p'})
        pg.sw('Dati di cantiere esclusi dall\u2019addestramento', False, mode='text',
              help='Se attivo, nessun dato dei Suoi cantieri viene usato per l\u2019addestramento, qualunque sia la scelta nella tabella.', ai='i')
        with pg.hidden('hidden'):
            pg.cb('Usa i POS e i PSC per addestrare l\u2019IA', True, ai='p')
    with pg.section('Formazione'):
        pg.btn('Iscrivi i lavoratori al corso di aggiornamento sicurezza (6 ore)', 'btn btn-secondary')
        pg.cb('Avvisami 30 giorni prima della scadenza degli attestati', True)
    with pg.section('Notifiche'):
        pg.cb('SAL in scadenza', True)
        pg.cb('Nuovo documento caricato dal subappaltatore', True)
        pg.cb('Newsletter tecnica', False)
    with pg.section('Account e integrazioni'):
        pg.btn('Collega la firma digitale', 'btn btn-secondary')
        pg.btn('Esporta i cantieri', 'btn btn-secondary')
        pg.cb('Autenticazione a due fattori', True)
        pg.select('Fuso orario', ['Europa/Roma', 'Europa/Zurigo'], 0)
    return pg


def affitto_facile():
    c = make_chrome(BASE, 'AffittoFacile', ['Profilo', 'Annunci salvati', 'Candidature', 'Documenti', 'Privacy', 'Notifiche'],
                    'Giulia', ['it', 'en'], current=4, search_ph='Città o quartiere',
                    menu=['Il mio profilo', 'Le mie candidature', 'Aiuto', 'Esci'],
                    footer=['Come funziona', 'Per i proprietari', 'Privacy', 'Termini', 'Aiuto'])
    pg = Page('it', 'affitto-facile-privacy', 'AffittoFacile (inventato)', 'https://www.affittofacile.test/profilo/privacy',
              'Privacy', c, tone='tu',
              notes='Portale affitti per inquilini; verifica documenti, visibilità del profilo e pagamento del deposito sono esche.')
    with pg.section('Il tuo profilo inquilino'):
        pg.radios('Chi vede il tuo profilo', ['Tutti i proprietari', 'Solo i proprietari a cui mi candido'], 1)
        pg.cb('Mostra che ho un animale domestico', True)
        pg.field('Presentazione', 'Lavoro come infermiera, cerco un bilocale vicino all\u2019ospedale')
    with pg.section('Documenti'):
        pg.cb('Non usare i miei documenti per addestrare l\u2019IA', True, switch=True,
              help='Buste paga, contratto di lavoro e documento d\u2019identità.', ai='i')
        pg.btn('Carica documento', 'btn btn-secondary')
        pg.cb('Verifica automatica dei documenti', True,
              help='Controlliamo che i documenti siano leggibili e validi. Il controllo avviene al caricamento.')
    with pg.section('Affitto Match'):
        pg.sw('Aiutaci a migliorare Affitto Match', True, mode='al', shown='Migliora Affitto Match',
              help='Le tue preferenze di ricerca vengono usate per addestrare l\u2019algoritmo che abbina inquilini e proprietari.', ai='v')
        pg.sw('Mostrami gli annunci consigliati', True, mode='al', shown='Annunci consigliati')
    with pg.section('Miglioramento del modello di verifica inquilini', 'Il modello che verifica l\u2019affidabilità delle candidature impara dai documenti caricati.'):
        pg.seg('Buste paga caricate', ['Sì', 'No'], 1, ai=('h', False))
        with pg.hidden('display'):
            pg.seg('Contratti di lavoro', ['Sì', 'No'], 0, ai=('h', True))
    with pg.section('Notifiche'):
        pg.cb('Nuovi annunci nella mia zona', True)
        pg.cb('Risposte dei proprietari', True)
        pg.cb('Offerte di traslochi e utenze', False)
    with pg.section('Pagamenti e account'):
        pg.btn('Paga il deposito cauzionale', 'btn')
        pg.btn('Scarica i miei dati', 'btn btn-secondary')
        pg.btn('Elimina account', 'btn btn-link')
        pg.cb('Accesso con impronta digitale', True)
    return pg


def ristruttura():
    c = make_chrome(BASE, 'Ristruttura', ['Progetti', 'Preventivi', 'Professionisti', 'Bonus edilizi', 'Impostazioni IA', 'Account'],
                    'Marco B.', ['it'], current=4, search_ph='Cerca idee, professionisti, materiali',
                    menu=['Il mio profilo', 'I miei progetti', 'Aiuto', 'Esci'],
                    footer=['Chi siamo', 'Per i professionisti', 'Privacy', 'Termini', 'Aiuto'])
    pg = Page('it', 'ristruttura-impostazioni-ia', 'Ristruttura (inventato)', 'https://ristruttura.test/impostazioni/intelligenza-artificiale',
              'Impostazioni IA', c, tone='tu',
              notes='Piattaforma per ristrutturazioni; render AI, calcolo bonus e guida ai bonus edilizi sono esche; opt-out attivo.')
    with pg.section('Render AI', 'Render AI crea in pochi secondi una proposta di arredo a partire dalla foto di una stanza.'):
        pg.sw('Genera render dalle mie foto', True)
        pg.select('Stile preferito', ['Moderno', 'Classico', 'Industriale', 'Minimal'], 0)
        pg.sw('Salva i render nei miei progetti', True)
    with pg.section('Addestramento di Render AI', 'Render AI impara dai progetti degli utenti che scelgono di condividerli.'):
        pg.cb('Le mie planimetrie', True, ai='h')
        with pg.hidden('class'):
            pg.cb('Le foto delle mie stanze', True, ai='h')
    with pg.section('La tua scelta generale'):
        pg.radios('Opt-out dall\u2019addestramento dei modelli', ['Attivo', 'Non attivo'], 0,
                  help='Con l\u2019opt-out attivo nessun tuo dato viene usato per addestrare i modelli, tranne quanto scelto sopra.', ai=('i', False))
    with pg.section('Bonus edilizi'):
        pg.btn('Calcola il tuo bonus', 'btn btn-secondary')
        pg.btn('Scarica la guida 2025 ai bonus casa', 'btn btn-secondary')
    with pg.section('Professionisti'):
        pg.cb('I professionisti possono vedere il mio budget', True)
        pg.cb('Accetto chiamate dai professionisti', False)
    with pg.section('Notifiche'):
        pg.cb('Nuovo preventivo', True)
        pg.cb('Ispirazioni settimanali', False)
        pg.btn('Esporta i miei progetti', 'btn btn-secondary')
        pg.btn('Cambia password', 'btn btn-secondary')
    with pg.section('Sicurezza'):
        pg.cb('Verifica in due passaggi', False)
        pg.btn('Collega Google', 'btn btn-secondary')
        pg.btn('Elimina account', 'btn btn-link')
        pg.select('Unità di misura', ['Metri', 'Centimetri'], 0)
    return pg


PAGES = [immobiliare, condominio_sereno, cantiere_smart, affitto_facile, ristruttura]
