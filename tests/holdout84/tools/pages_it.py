from lib import Page, CHROME

L = 'it'


def P(**kw):
    return Page(lang=L, chrome=CHROME[L], **kw)


def pixlr():
    p = P(slug='pixlr-impostazioni', url='https://pixlr.com/it/myaccount/settings/privacy/', brand='Pixlr',
          title='Privacy', known=True, prefix='px',
          nav=['Profilo', 'Abbonamento', 'Privacy', 'Notifiche', 'Crediti AI'], active_nav=2,
          notes='Servizio noto (ricostruzione), tu. Interruttore esplicito non spuntato, radiogroup vago '
                '"Partecipa al programma di miglioramento" con descrizione sull’addestramento, riga di stato '
                '"Esclusione … disattivata" (quindi usa) con pulsante "Attiva". Esche: generatore AI, crediti. '
                'Nascosto: visibility:hidden.')
    p.h1('Privacy', 'Gestisci i tuoi dati e come Pixlr può usare le immagini che modifichi.')
    p.add(p.sec('Le tue immagini', [
        p.switch('Consenti l’uso delle mie immagini per addestrare l’IA di Pixlr', False, ai='p'),
        p.radiogroup('Partecipa al programma di miglioramento', [('Sì', True), ('No', False)], 0, ai='v',
                     help='Le modifiche che fai con gli strumenti AI, rese anonime, vengono usate per addestrare i nostri modelli.'),
        p.staterow('Esclusione dall’addestramento', 'Stato: <strong>disattivata</strong>', 'Attiva', False, ai='i'),
        p.hide('visibility', [
            p.checkbox('Condividi anche i progetti di gruppo per l’addestramento', False, ai='p'),
        ]),
    ]))
    p.add(p.sec('Strumenti AI', [
        p.switch('Mostra il generatore di immagini nella barra laterale', True),
        p.select('Qualità predefinita delle generazioni', ['Bozza', 'Standard', 'Alta'], 1),
        p.checkbox('Avvisami quando i crediti AI stanno per finire', True),
    ]))
    p.add(p.sec('Notifiche', [
        p.checkbox('Nuovi strumenti AI', True),
        p.checkbox('Offerte su Pixlr Premium', False),
    ]))
    p.add(p.sec('Pubblicità e cookie', [
        p.switch('Annunci personalizzati', False),
        p.button('Preferenze cookie'),
    ]))
    p.add(p.sec('Aspetto', [
        p.segmented('Tema', ['Chiaro', 'Scuro'], 1),
        p.switch('Riduci le animazioni', False),
    ]))
    p.add(p.sec('Account', [
        p.button('Scarica i miei dati'),
        p.button('Attiva la verifica in due passaggi'),
        p.button('Elimina account', cls='btn danger'),
    ]))
    return p


def tavolozza():
    p = P(slug='tavolozza-dati', url='https://tavolozza.test/account/dati-e-addestramento', brand='Tavolozza',
          title='Dati e addestramento', prefix='tv',
          nav=['Profilo', 'Crediti', 'Dati e addestramento', 'Notifiche', 'Sviluppatori'], active_nav=2,
          notes='Generatore di immagini AI inventato, tu. Select invertito "Blocca…" con "Sì, blocca" (non usa), '
                'interruttore-pulsante con aria-label il cui tema lo dà solo l’intestazione, checkbox esplicita '
                'spuntata. Esche: modalità privata, filtro contenuti. Nascosto: <dialog> chiuso.')
    p.h1('Dati e addestramento', 'Cosa succede ai tuoi prompt e alle tue immagini.')
    p.add(p.sec('Prompt', [
        p.select('Blocca l’uso dei miei prompt per l’addestramento', [('Sì, blocca', False), ('No', True)], 0, ai='i'),
        p.switch('Salva la cronologia dei prompt', True),
        p.checkbox('Suggerisci prompt simili mentre scrivo', True),
    ]))
    p.add(p.sec('Galleria', [
        p.checkbox('Addestra il modello con le immagini che pubblico nella galleria', True, ai='p'),
        p.switch('Modalità privata', False, help='Le immagini non compaiono nella galleria pubblica.'),
        p.hide('dialog', [
            p.switch('Usa anche le immagini di riferimento caricate per l’addestramento', False, ai='p'),
            p.checkbox('Rimuovi i dati EXIF dalle immagini caricate', True),
        ], opener='Impostazioni avanzate', dlg_title='Impostazioni avanzate', close='Chiudi'),
    ]))
    p.add(p.sec('Dataset per i nuovi modelli', [
        p.btnswitch('Immagini generate in modalità privata', False, naming='aria-label',
                    visible_title='Includi le immagini private', ai='h'),
    ], intro='Ogni nuova versione di Tavolozza viene addestrata anche su una selezione di immagini create dagli utenti.'))
    p.add(p.sec('Generazione', [
        p.segmented('Formato', ['Quadrato', 'Verticale', 'Orizzontale'], 0),
        p.switch('Filtro contenuti sensibili', True),
        p.select('Modello predefinito', ['Tavolozza 4', 'Tavolozza 4 Rapido'], 0),
    ]))
    p.add(p.sec('Notifiche', [
        p.checkbox('Nuovi modelli disponibili', True),
        p.checkbox('Like e commenti nella galleria', False),
    ]))
    p.add(p.sec('Account', [
        p.button('Scarica tutte le immagini'),
        p.button('Genera una chiave API'),
        p.button('Chiudi account', cls='btn danger'),
    ]))
    return p


def moviola():
    p = P(slug='moviola-progetti', url='https://app.moviola.test/impostazioni/progetti-e-dati', brand='Moviola',
          title='Progetti e dati', prefix='mv',
          nav=['Account', 'Progetti e dati', 'Esportazione', 'Team', 'Fatturazione'], active_nav=1,
          notes='Editor video inventato, Lei. Tabella con colonna vaga "Contributo al miglioramento" spiegata solo '
                'dal testo introduttivo (due caselle), pulsanti segmentati con doppia negazione "Non usare…" '
                'Disattivo (quindi usa). Esche: sottotitoli automatici, backup. Nascosto: scheda inattiva.')
    p.h1('Progetti e dati', 'Impostazioni dei progetti per il Suo account.')
    p.add(p.hide('tab', [
        p.switch('Addestrare il montaggio automatico con i progetti del team', True, ai='p'),
    ], tabs=['Personale', 'Team'], visible=[
        p.table('Utilizzo dei dati dei progetti', 'Dati', ['Backup', 'Contributo al miglioramento'],
                [('Progetti', [True, True]), ('Clip audio', [True, False])], ai_cols={1: ('v', False)},
                intro='«Contributo al miglioramento» significa che i dati possono servire ad addestrare i nostri modelli di montaggio automatico.'),
        p.segmented('Non usare le mie riprese per addestrare i modelli', [('Attivo', False), ('Disattivo', True)], 1, ai='i'),
    ]))
    p.add(p.sec('Sottotitoli', [
        p.switch('Sottotitoli automatici', True,
                 help='I sottotitoli sono generati da un modello già addestrato; le Sue clip non vengono conservate.'),
        p.select('Lingua predefinita', ['Rilevamento automatico', 'Italiano', 'Inglese'], 0),
    ]))
    p.add(p.sec('Backup', [
        p.switch('Backup automatico ogni 10 minuti', True),
        p.select('Conserva le versioni per', ['7 giorni', '30 giorni', '1 anno'], 1),
    ]))
    p.add(p.sec('Esportazione', [
        p.select('Preset predefinito', ['YouTube 1080p', 'Instagram Reels', 'ProRes 422'], 0),
        p.checkbox('Aggiungi capitoli ai file MP4', True),
    ]))
    p.add(p.sec('Notifiche', [
        p.checkbox('Esportazione completata', True),
        p.checkbox('Novità sulle funzioni AI', False),
    ]))
    p.add(p.sec('Account', [
        p.button('Esporta tutti i progetti'),
        p.button('Collega Dropbox'),
    ]))
    return p


def scattoarchivio():
    p = P(slug='scattoarchivio-contributori', url='https://contributori.scattoarchivio.test/profilo/licenze', brand='ScattoArchivio',
          title='Licenze', prefix='sa',
          nav=['Panoramica', 'Caricamenti', 'Licenze', 'Guadagni', 'Profilo'], active_nav=2,
          notes='Archivio di foto stock inventato (area contributori), tu. Fieldset il cui tema lo dà solo '
                'l’intestazione, interruttore-pulsante vago "Programma dataset" con descrizione, checkbox invertita '
                '"Escludi…" non spuntata (quindi usa). Esche: licenze editoriali, pagamenti. Nascosto: attributo hidden.')
    p.h1('Licenze', 'Scegli come vengono vendute le tue foto.')
    p.add(p.sec('Licenze standard', [
        p.switch('Vendi anche con licenza editoriale', True),
        p.select('Prezzo minimo', ['10 €', '20 €', '35 €'], 1),
        p.checkbox('Richiedi la liberatoria per i ritratti', True),
    ]))
    p.add(p.sec('Licenze per l’addestramento di IA', [
        p.radios('Le tue foto approvate', [('Includi nei pacchetti', True), ('Non includere', False)], 0, ai='h'),
        p.hide('hidden', [
            p.switch('Includi anche le foto rifiutate', False, ai='p'),
        ]),
    ], intro='Vendiamo pacchetti di immagini a chi sviluppa modelli di IA. Ricevi una quota per ogni pacchetto venduto.'))
    p.add(p.sec('Altri programmi', [
        p.btnswitch('Programma dataset', False, naming='labelledby', ai='v',
                    help='Partecipando, le tue foto possono essere concesse in licenza a sviluppatori di IA per addestrare i loro modelli.'),
        p.checkbox('Escludi le mie didascalie e parole chiave dall’addestramento', False, wrap=True, ai='i'),
    ], details=True))
    p.add(p.sec('Pagamenti', [
        p.radios('Metodo di pagamento', ['Bonifico', 'PayPal'], 0),
        p.button('Aggiorna i dati fiscali'),
    ]))
    p.add(p.sec('Notifiche', [
        p.checkbox('Una foto è stata venduta', True),
        p.checkbox('Nuove richieste di dataset per IA', True),
    ]))
    p.add(p.sec('Profilo', [
        p.textfield('Nome pubblico', 'Luce di Ponente'),
        p.button('Vedi il profilo pubblico'),
        p.switch('Mostra la città nel profilo', False),
    ]))
    p.add(p.sec('Sicurezza', [
        p.button('Cambia password'),
        p.button('Esci da tutti i dispositivi'),
    ]))
    return p


def caratteri():
    p = P(slug='caratteri-preferenze', url='https://www.caratteri.test/area-riservata/preferenze', brand='Caratteri',
          title='Preferenze', prefix='ct',
          nav=['Area riservata', 'I miei font', 'Preferenze', 'Licenze', 'Fatture'], active_nav=2,
          notes='Libreria di font inventata, Lei. Select esplicito "Non consentito", riga di stato su crawler '
                'con suffisso sr-only "Blocca i crawler…" (il tema addestramento solo nell’introduzione; accesso '
                'consentito = usa), interruttore esplicito. Esche: anteprime, ricerca per immagine. Nascosto: '
                'display:none in linea.')
    p.h1('Preferenze', 'Impostazioni del Suo account Caratteri.')
    p.add(p.sec('Anteprime', [
        p.textfield('Testo di anteprima', 'Ma la volpe col suo balzo ha raggiunto il quieto Fido'),
        p.select('Dimensione', ['24 pt', '48 pt', '72 pt'], 1),
        p.checkbox('Mostrare le varianti corsive', True),
    ]))
    p.add(p.sec('Font caricati', [
        p.select('Addestramento dell’IA sui Suoi font caricati', [('Consentito', True), ('Non consentito', False)], 1, ai='p'),
        p.switch('Usare le mie ricerche per addestrare il sistema di abbinamento', True, ai='p'),
        p.hide('inline-display', [
            p.checkbox('Consentire l’addestramento anche sui font in bozza', False, ai='p'),
        ]),
        p.switch('Ricerca per immagine', True, help='L’immagine viene eliminata subito dopo l’analisi.'),
    ]))
    p.add(p.sec('Crawler di intelligenza artificiale', [
        p.staterow('Pagina pubblica dei Suoi font', 'Accesso <strong>consentito</strong>', 'Blocca', True, ai='h',
                   suffix='i crawler sulla pagina pubblica'),
    ], intro='Alcuni crawler raccolgono pagine pubbliche per addestrare modelli linguistici e visivi.'))
    p.add(p.sec('Email', [
        p.checkbox('Nuove fonderie', True),
        p.checkbox('Aggiornamenti sulle funzioni AI', False),
        p.checkbox('Promemoria di rinnovo delle licenze', True),
    ]))
    p.add(p.sec('Account', [
        p.button('Scarica le licenze'),
        p.button('Collegare Adobe Creative Cloud'),
        p.button('Gestire i metodi di pagamento'),
        p.button('Modificare la password'),
        p.button('Chiudere l’account', cls='btn danger'),
    ]))
    return p


def pages():
    return [pixlr(), tavolozza(), moviola(), scattoarchivio(), caratteri()]
