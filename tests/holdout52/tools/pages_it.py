from lib import Page


def actions(p, cancel='Annulla'):
    return '<div class="form-actions">' + p.button(p.chrome['save'], 'btn btn-primary') + p.button(cancel) + '</div>'


def fattureincloud():
    p = Page('it', 'fattureincloud-privacy', 'Fatture in Cloud', 'https://secure.fattureincloud.it/settings-privacy',
             'Privacy e dati', 'Servizio noto (ricostruzione), tu. role=switch nativo esplicito attivo (plain), casella '
             '«Escludi le fatture passive dall’addestramento» in <details> chiuso, spuntata (inverted, non condivide), '
             'tabella con didascalia sui dati per l’addestramento (heading-only). Esche: SdI, suggerimenti, solleciti, '
             'commercialista, webinar, regime fiscale. Nascosto: attributo hidden.',
             known=True, user='Officina Rossi snc', brand='Fatture in Cloud',
             nav=['Azienda', 'Utenti', 'Conti', 'Documenti', 'Commercialista', 'Privacy', 'Piano'], nav_active=5)
    p.add(p.section('Documenti e automazioni', None,
        p.checkbox('Invia automaticamente le fatture allo SdI', True),
        p.switch('Suggerimenti per registrare i costi', True, mode='labelledby',
                 help='Ti proponiamo la categoria in base alle regole che hai impostato.'),
        p.checkbox('Solleciti di pagamento automatici', False),
        p.select('Regime fiscale', ['Forfettario', 'Ordinario', 'Semplificato'], 0)))
    p.add(p.section("L'intelligenza artificiale di Fatture in Cloud",
        'I nostri modelli imparano da come migliaia di piccole imprese tengono i conti. Prima togliamo nomi, partite IVA e IBAN.',
        p.checkbox("Consenti a Fatture in Cloud di usare i dati della tua azienda per addestrare i modelli di IA", True,
                   switch=True, ai='p'),
        p.table("Dati utilizzabili per l'addestramento dei modelli", 'Tipo di dato', ['Consentito'], [
            ('Fatture elettroniche emesse', None, [(False, 'h')]),
            ('Prima nota', None, [(True, 'h')]),
        ]),
        p.details('Impostazioni avanzate',
            p.checkbox("Escludi le fatture passive dall'addestramento", True, ai='i'),
            p.checkbox('Conserva gli allegati per 10 anni', True)),
        p.hidden_block('hidden', lambda: p.checkbox('Condividi i dati con fornitori di IA per l’addestramento', False, ai='p'))))
    p.add(p.section('Il tuo commercialista', None,
        p.staterow('Studio Bianchi & Associati', 'Accesso completo dal 10/01/2025', 'Gestisci', mode='suffix',
                   suffix="l'accesso dello Studio Bianchi & Associati"),
        p.button('Esporta per il commercialista')))
    p.add(p.section('Comunicazioni', None, p.checkbox('Ricevi offerte dai nostri partner', False)))
    p.add(p.section('Formazione', None, p.button('Webinar gratuito: la fattura elettronica senza errori')))
    p.add(p.section('Sicurezza', None, p.button("Attiva l'autenticazione a due fattori")))
    p.add(actions(p))
    return p


def togadigitale():
    p = Page('it', 'togadigitale-ia', 'Toga Digitale', 'https://app.togadigitale.test/studio/impostazioni/intelligenza-artificiale',
             'Intelligenza artificiale', 'Gestionale per studi legali inventato, Lei. Riga di stato «Revoca l’opposizione» '
             'con suffisso nascosto, opposizione già registrata (inverted, non condivide), interruttore aria-labelledby '
             '«Partecipa al programma di ricerca giuridica» con testo d’aiuto vicino (vague), fieldset esplicito su «Non '
             'consentire» (plain). Esche: termini, sintesi, PCT, area clienti, parametri forensi, crediti formativi. '
             'Nascosto: display:none in linea.',
             user='Avv. Marco Ferri', brand='Toga Digitale',
             nav=['Studio', 'Avvocati e collaboratori', 'Fascicoli', 'Parcelle', 'Area clienti', 'Intelligenza artificiale'],
             nav_active=5)
    p.add(p.section('Strumenti', None,
        p.checkbox('Calcola automaticamente i termini processuali', True),
        p.switch('Sintesi dei provvedimenti con IA', True, mode='text',
                 help='La sintesi viene creata su richiesta e non viene riutilizzata.'),
        p.select('Parametri forensi predefiniti', ['Valori medi (DM 55/2014)', 'Valori minimi', 'Valori massimi'], 0)))
    p.add(p.section("Addestramento dei nostri modelli",
        'Il segreto professionale viene prima di tutto: senza il Suo consenso nessun fascicolo viene usato.',
        p.staterow("Opposizione all'addestramento", 'Opposizione registrata il 9 gennaio 2025', "Revoca l'opposizione",
                   sharing=False, ai='i', mode='suffix', suffix="all'uso dei fascicoli per addestrare i modelli"),
        p.switch('Partecipa al programma di ricerca giuridica', True, mode='labelledby', ai='v', near=True,
                 help='I partner universitari addestrano modelli linguistici su atti e sentenze anonimizzati del Suo studio.'),
        p.radios('Uso degli atti anonimizzati per addestrare i nostri modelli di scrittura',
                 [('Consenti', True), ('Non consentire', False)], 1, ai='p'),
        p.hidden_block('display', lambda: p.checkbox('Consenti l’addestramento sulle memorie depositate', False, ai='p'))))
    p.add(p.section('Area clienti', None,
        p.checkbox('Consenti ai clienti di caricare documenti', True),
        p.checkbox('Avvisa il cliente a ogni deposito telematico', False),
        p.checkbox('Promemoria delle udienze via SMS', True),
        p.textfield('Indirizzo PEC dello studio', 'studio.ferri@pec.avvocati.it', type='email')))
    p.add(p.section('Collegamenti', None, p.button('Collega il PCT'), p.button('Esporta i fascicoli')))
    p.add(p.section('Formazione continua', None,
        p.card('IA e deontologia forense', '3 crediti formativi · corso on line', p.button('Iscriviti'))))
    p.add(actions(p))
    return p


def paghefacili():
    p = Page('it', 'paghefacili-uso-dei-dati', 'Paghe Facili', 'https://paghefacili.test/azienda/impostazioni/uso-dei-dati',
             'Uso dei dati', 'Software paghe inventato, Lei. Pulsanti segmentati «Esclusione dall’addestramento dell’IA» su '
             'Disattiva (inverted, condivide), riga di stato «Modifica» + titolo «Cedolini» sotto un titolo sui dati di '
             'addestramento (heading-only), casella al participio «Dati dei dipendenti esclusi…» spuntata (inverted, non '
             'condivide). Esche: cedolini via e-mail, UniEmens, F24, CCNL, corsi sicurezza, statistiche. Nascosto: '
             'visibility:hidden.',
             user='Ufficio personale Tessiture Conti', brand='Paghe Facili',
             nav=['Azienda', 'Dipendenti', 'Cedolini', 'Adempimenti', 'Presenze', 'Uso dei dati'], nav_active=5)
    p.add(p.section('Adempimenti', None,
        p.checkbox('Invia i cedolini ai dipendenti via e-mail', True),
        p.checkbox('Trasmetti automaticamente il flusso UniEmens all’INPS', True),
        p.checkbox('Promemoria per le scadenze F24', True),
        p.select('CCNL applicato', ['Tessili – Industria', 'Commercio – Terziario'], 0),
        p.checkbox('Promemoria per i corsi di formazione sulla sicurezza (D.Lgs. 81/08)', True)))
    p.add(p.section("I dati dei Suoi dipendenti e l'IA",
        'Il nostro controllo automatico dei cedolini ha imparato da migliaia di buste paga reali. Lei decide se i Suoi dati possono contribuire.',
        p.segmented("Esclusione dall'addestramento dell'IA", [('Attiva', False), ('Disattiva', True)], 1, ai='i'),
        p.checkbox("Dati dei dipendenti esclusi dall'addestramento dei modelli", True, ai='i'),
        p.hidden_block('visibility', lambda: p.checkbox("Condividi i dati con l'INPS per l'addestramento dei modelli", False, ai='p'))))
    p.add(p.section('Dati con cui si addestra il nostro controllo automatico', None,
        p.staterow('Cedolini', 'Inclusi', 'Modifica', sharing=True, ai='h', mode='lb', badge=True)))
    p.add(p.section('Statistiche', None,
        p.checkbox("Statistiche d'uso anonime", True, help='Servono a capire quali funzioni si usano di più; non vengono usate per addestrare modelli.')))
    p.add(p.section('Calcoli', None,
        p.textfield('Matricola INPS', '4012345678'),
        p.checkbox('Calcola automaticamente i ratei di tredicesima e quattordicesima', True)))
    p.add(p.section('Documenti', None, p.button('Scarica il LUL'), p.button('Collega il consulente del lavoro')))
    p.add(actions(p))
    return p


def dichiaro():
    p = Page('it', 'dichiaro-privacy', 'Dichiaro', 'https://www.dichiaro.test/account/privacy',
             'Privacy', 'Servizio per il 730 inventato, tu. Riga di stato «Revoca» con aria-labelledby e consenso dato '
             '(inverted, condivide), select esplicito su «Mai» (plain), casella «Aiutaci a migliorare Dichiaro» con aiuto '
             'collegato (vague). Esche: precompilato, detrazioni, rimborso, CAF, offerte. Nascosto: <dialog> chiuso.',
             user='Giulia', brand='Dichiaro',
             nav=['La mia dichiarazione', 'Documenti', 'Rimborso', 'Account', 'Privacy'], nav_active=4)
    p.add(p.section('Assistente', None,
        p.button('Importa il 730 precompilato con SPID'),
        p.switch('Spiegami le detrazioni mentre compilo', True, mode='labelledby')))
    p.add(p.section("I tuoi dati e l'addestramento",
        'Il nostro assistente impara dalle dichiarazioni vere a trovare le detrazioni che spesso si dimenticano.',
        p.staterow("Consenso all'addestramento con i tuoi documenti", 'Dato il 15/05/2025', 'Revoca', sharing=True, ai='i', mode='lb'),
        p.select("Uso delle tue dichiarazioni per addestrare l'assistente", [('Mai', False), ('Solo in forma anonima', True)], 0, ai='p'),
        p.checkbox('Aiutaci a migliorare Dichiaro', True, ai='v',
                   help='Se è attiva, le risposte anonimizzate del questionario servono ad addestrare il modello che stima il rimborso.'),
        p.dialog("Dettagli sull'uso dei dati", 'Come usiamo i tuoi dati', lambda:
                 p.para('Puoi cambiare idea in qualsiasi momento.') +
                 p.checkbox('Usa le mie spese mediche per addestrare i modelli', False, ai='p'),
                 footer_buttons=['Chiudi'])))
    p.add(p.section('Avvisi e condivisione', None,
        p.checkbox('Avvisami quando arriva il rimborso', True),
        p.checkbox('Ricordami la scadenza del 730', True),
        p.checkbox('Condividi la dichiarazione con il CAF', False),
        p.checkbox('Offerte personalizzate dai partner', False)))
    p.add(p.section('Rimborso', None, p.textfield('IBAN per il rimborso', 'IT60 X054 2811 1010 0000 0123 456')))
    p.add(p.section('Documenti', None, p.button('Scarica la ricevuta di presentazione'), p.button('Esci da tutti i dispositivi')))
    p.add(actions(p))
    return p


def sportello():
    p = Page('it', 'sportelloimpresa-dati', 'Sportello Impresa', 'https://app.sportelloimpresa.test/impostazioni/dati',
             'Impostazioni', 'Gestionale per piccole imprese inventato, Lei, schede. Interruttore aria-label «Blocca l’uso '
             'dei miei documenti per l’addestramento» spento (inverted, condivide), casella esplicita sui partner non '
             'spuntata (plain), fieldset «Visure e bilanci» sotto un titolo su ciò che l’IA impara (heading-only). Esche: '
             'scadenze, lettura documenti, conservazione, PEC, corso, offerte. Nascosto: scheda inattiva.',
             user='Ferramenta Galli srl', brand='Sportello Impresa',
             nav=['Bacheca', 'Documenti', 'Scadenze', 'Dipendenti', 'Impostazioni'], nav_active=4)

    def azienda():
        return [p.textfield('Ragione sociale', 'Ferramenta Galli srl'),
                p.checkbox('Usa la visura camerale per addestrare i modelli', True, ai='p')]

    def privacy():
        return [
            p.section('Documenti', None,
                p.checkbox('Lettura automatica dei documenti caricati', True,
                           help='Il testo viene estratto per archiviare il documento nella cartella giusta.'),
                p.checkbox('Conservazione sostitutiva delle fatture', True),
                p.checkbox('Promemoria scadenze fiscali e INPS', True),
                p.textfield('Indirizzo PEC per le notifiche', 'ferramentagalli@pec.it', type='email')),
            p.section("Addestramento dell'IA",
                'La nostra IA smista documenti e prepara bozze di adempimenti. Qui sceglie se i dati della Sua impresa possono servire a migliorarla.',
                p.switch("Blocca l'uso dei miei documenti per l'addestramento", False, mode='label', ai='i'),
                p.checkbox("Condividi i dati dell'impresa con i partner per l'addestramento dei loro modelli di IA", False, ai='p')),
            p.section('Cosa può usare la nostra IA per imparare', None,
                p.radios('Visure e bilanci', [('Sì', True), ('No', False)], 0, ai='h')),
            p.section('Comunicazioni', None,
                p.checkbox('Offerte personalizzate per la mia impresa', False),
                p.button('Corso online: adempimenti per le nuove imprese')),
            p.button('Scarica la visura'),
        ]

    def fatturazione():
        return [p.select('Metodo di pagamento', ['Addebito SEPA', 'Carta'], 0)]

    p.add(p.tabs("Impostazioni dell'account", [('Dati aziendali', azienda), ('Privacy e IA', privacy), ('Fatturazione', fatturazione)], 1))
    p.add(actions(p))
    return p


def pages():
    return [fattureincloud(), togadigitale(), paghefacili(), dichiaro(), sportello()]
