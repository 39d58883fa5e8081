from lib import Page


def kiko():
    P = Page("it", "kiko-privacy", "KIKO Milano",
             "https://www.kikocosmetics.com/it-it/account/privacy/",
             "Privacy e consensi", known=True, brand="KIKO MILANO",
             notes="Servizio noto (ricostruzione), tu. Casella invertita all'imperativo ('Escludi…', non spuntata: "
                   "condivide), interruttore esplicito dal testo, select vaga con aiuto collegato. Esche: prova trucco "
                   "virtuale nel browser, KIKO Rewards, newsletter, recensioni col nome. Nascosto: aria-hidden.",
             nav=[("I miei ordini", "/it-it/account/orders", False), ("KIKO Rewards", "/it-it/account/rewards", False),
                  ("Indirizzi", "/it-it/account/addresses", False), ("Privacy", "#", True)],
             nav_label="Il mio account", search_label="Cerca", search_ph="Cerca prodotti", lang_label="Lingua",
             account="Ciao, Giulia", menu=[("Ordini", "/ordini"), ("Preferiti", "/preferiti")], signout="Esci",
             footer=[("Privacy policy", "/privacy"), ("Cookie", "/cookie"), ("Condizioni di vendita", "/condizioni")],
             copyright="© KIKO S.p.A. · P.IVA 03313620167", hide_class="kk-nascosto",
             lead="Scegli tu come usiamo i tuoi dati. Puoi cambiare idea in qualsiasi momento.")
    body = [
        P.section("Prova virtuale",
                  P.switch("Attiva la prova trucco con la fotocamera", True, mode="labelledby",
                           help="L'immagine viene elaborata nel browser e non viene salvata."),
                  P.select("Sottotono della pelle", ["Freddo", "Neutro", "Caldo"], 1),
                  P.button("Trova la mia tinta di fondotinta")),
        P.section("I tuoi dati e la nostra IA",
                  P.cb("Escludi i miei selfie dall'addestramento dell'IA", False, ai="i",
                       help="Riguarda le foto che carichi nella prova virtuale e nel servizio Trova la tinta."),
                  P.switch("Consenti a KIKO di usare le mie recensioni per addestrare modelli di IA", True, ai="p",
                           mode="content"),
                  P.select("Programma Shade Lab", ["Aderisco", "Non aderisco"], 1, shar=[True, False], ai="v",
                           help="Con le foto delle tue prove trucco alleniamo il modello di apprendimento automatico che abbina le tinte.")),
        P.hide("aria-hidden", lambda:
               P.cb("Condividere i miei acquisti con i partner per addestrare i loro modelli", False, ai="p")),
        P.section("KIKO Rewards",
                  P.cb("Avvisami quando ho punti in scadenza", True),
                  P.button("Converti i punti in buono")),
        P.section("Recensioni",
                  P.cb("Mostra il mio nome sotto le recensioni", True),
                  P.cb("Mostra la mia città", False)),
        P.section("Comunicazioni",
                  P.cb("Newsletter con novità e promozioni", True),
                  P.cb("SMS sulle promozioni in negozio", False),
                  P.cb("Pubblicità personalizzata sui social", False)),
        P.section("I tuoi diritti",
                  P.button("Scarica i miei dati"),
                  P.button("Elimina l'account"),
                  P.button("Salva", cls="primary")),
    ]
    return P.build(*body)


def aurora():
    P = Page("it", "salone-aurora-privacy", "Salone Aurora",
             "https://clienti.saloneaurora.test/profilo/privacy",
             "Privacy", brand="Aurora · parrucchieri",
             notes="Catena di saloni inventata, lei. Riga di stato con opposizione già presentata e suffisso nascosto "
                   "('Ritira l'opposizione…': non condivide), righe di tabella comprensibili solo dalla didascalia. "
                   "Esche: anteprima colore, promemoria, galleria, buono regalo. Nascosto: classe CSS.",
             nav=[("Appuntamenti", "/appuntamenti", False), ("Scheda colore", "/scheda", False),
                  ("Buoni regalo", "/buoni", False), ("Privacy", "#", True)],
             nav_label="Area clienti", search_label="Cerca", search_ph="Cerca un salone", lang_label="Lingua",
             account="Sig.ra Ferri", menu=[("Profilo", "/profilo"), ("Appuntamenti", "/appuntamenti")], signout="Esci",
             footer=[("I nostri saloni", "/saloni"), ("Lavora con noi", "/lavora"), ("Informativa privacy", "/informativa")],
             copyright="Aurora Parrucchieri S.r.l.", hide_class="au-off")
    body = [
        P.section("Appuntamenti",
                  P.cb("Promemoria via SMS il giorno prima", True),
                  P.select("Parrucchiera di fiducia", ["Nessuna preferenza", "Chiara", "Vale", "Marco"], 1),
                  P.text("Cellulare", "333 123 4567", type="tel"),
                  P.button("Prenota")),
        P.section("Anteprima colore",
                  P.switch("Mostrami un'anteprima del colore prima della piega", False, mode="labelledby",
                           help="L'anteprima è generata dalla sua foto e cancellata a fine appuntamento."),
                  P.button("Carica una foto")),
        P.section("Aurora Colore",
                  P.table("Cosa può imparare Aurora Colore dai suoi appuntamenti", ["Dato", "Consentito"], [
                      ("Foto prima e dopo", [dict(checked=False, ai="h")]),
                      ("Note della colorista", [dict(checked=True, ai="h")]),
                  ]),
                  P.state_row("Opposizione all'addestramento", True, status=("Presentata il 3 marzo", "Non presentata"),
                              btn=("Ritira l'opposizione", "Presenta opposizione"),
                              suffix="all'uso delle sue schede colore per addestrare l'IA", ai="i"),
                  intro="Aurora Colore è lo strumento che suggerisce alle nostre coloriste la formula giusta."),
        P.hide("css-class", lambda:
               P.cb("Inviare le mie schede ai produttori di colore per i loro modelli di IA", False, ai="p")),
        P.section("Galleria",
                  P.cb("Le mie foto possono comparire sul profilo Instagram del salone", False),
                  P.cb("Le mie foto possono comparire nella vetrina del salone", False)),
        P.section("Comunicazioni",
                  P.cb("Offerte via e-mail", True),
                  P.cb("Auguri di compleanno con sconto", True),
                  P.button("Salva le preferenze", cls="primary")),
        P.section("Account",
                  P.button("Cambia password"),
                  P.button("Scarichi i suoi dati")),
    ]
    return P.build(*body)


def vela():
    P = Page("it", "moda-vela-impostazioni-dati", "Moda Vela",
             "https://www.modavela.test/account/impostazioni/dati",
             "I tuoi dati", brand="VELA",
             notes="E-commerce di moda inventato, tu. Interruttore con aria-label al participio ('esclusi', attivo: non "
                   "condivide), gruppo radio esplicito Sì/No, casella negata in <details> chiuso (elencata). Esche: "
                   "camerino virtuale, taglia consigliata, outfit, wishlist condivisa, Satispay. Nascosto: visibility:hidden.",
             nav=[("Ordini", "/ordini", False), ("Resi", "/resi", False), ("Le mie taglie", "/taglie", False),
                  ("Impostazioni", "/impostazioni", False), ("I tuoi dati", "#", True)],
             nav_label="Account", search_label="Cerca", search_ph="Cerca", lang_label="Lingua", account="Account",
             menu=[("Ordini", "/ordini"), ("Wishlist", "/wishlist")], signout="Esci",
             footer=[("Assistenza", "/assistenza"), ("Privacy", "/privacy"), ("Termini", "/termini")],
             copyright="Vela Fashion S.p.A.", hide_class="vl-hide")
    body = [
        P.section("Camerino virtuale",
                  P.switch("Prova i capi con il tuo avatar", True, mode="content",
                           help="L'avatar si crea sul telefono con le misure che inserisci."),
                  P.switch("Mostra la taglia consigliata", True, mode="content"),
                  P.select("Vestibilità preferita", ["Aderente", "Regolare", "Morbida"], 2)),
        P.section("Addestramento dei modelli",
                  P.switch("Acquisti esclusi dall'addestramento dei modelli", True, ai="i", mode="aria-label",
                           visible="I tuoi acquisti e resi"),
                  P.radios("Usare le mie foto «Indossato da me» per allenare l'IA di Moda Vela", ["Sì", "No"], 0,
                           shar=[True, False], ai="p"),
                  P.details("Partner", lambda:
                            P.cb("Non condividere le mie misure con i partner per l'addestramento di IA", True, ai="i")
                            + P.p("I partner sono marchi che vendono su Vela.")),
                  intro="Qui decidi se e come i tuoi dati aiutano a migliorare i nostri sistemi."),
        P.hide("visibility", lambda:
               P.switch("Usare le mie chat con l'assistenza per allenare il chatbot", True, ai="p", mode="content")),
        P.section("Ispirazione",
                  P.cb("Mostra outfit completi", True),
                  P.cb("Wishlist visibile a chi ha il link", False),
                  P.button("Copia link wishlist")),
        P.section("Notifiche",
                  P.cb("Ribassi sui preferiti", True),
                  P.cb("Nuove collezioni", False)),
        P.section("Pagamenti",
                  P.button("Collega Satispay"),
                  P.button("Aggiungi carta"),
                  P.select("Metodo predefinito", ["Carta", "Satispay", "PayPal", "Contrassegno"], 1)),
        P.section("Sicurezza",
                  P.switch("Accesso con codice via SMS", False, mode="labelledby"),
                  P.button("Esci da tutti i dispositivi")),
    ]
    return P.build(*body)


def vallombra():
    P = Page("it", "terme-vallombra-privacy", "Terme di Vallombra",
             "https://www.termevallombra.test/area-ospiti/privacy",
             "Privacy e consensi", brand="Terme di Vallombra",
             notes="Terme e spa inventate, lei. Interruttore vago (aiuto accanto, non collegato), gruppo segmentato "
                   "sulla revoca del consenso ('No' premuto: condivide), casella avvolta esplicita. Esche: assistente "
                   "prenotazioni, corso di acquagym, carta regalo, newsletter. Nascosto: pannello di scheda inattivo.",
             nav=[("Le mie prenotazioni", "/prenotazioni", False), ("Percorsi", "/percorsi", False),
                  ("Carte regalo", "/carte-regalo", False), ("Privacy", "#", True)],
             nav_label="Area ospiti", search_label="Cerca", search_ph="Trattamenti, pacchetti…", lang_label="Lingua",
             account="Dott. Rinaldi", menu=[("Profilo", "/profilo"), ("Fatture", "/fatture")], signout="Esci",
             footer=[("Come arrivare", "/dove"), ("Informativa", "/informativa"), ("Cookie", "/cookie")],
             copyright="Terme di Vallombra S.p.A.", hide_class="tv-x")
    body = [
        P.tabs("Sezioni", [
            ("Consensi", lambda:
             P.section("Percorsi personalizzati",
                       P.switch("Programma Benessere su misura", False, ai="v", mode="labelledby", tie=False,
                                help="Aderendo, i dati dei suoi trattamenti e del questionario vengono usati per "
                                     "addestrare il modello che suggerisce i percorsi termali."),
                       P.segmented("Revoca del consenso all'addestramento dell'IA", ["Sì", "No"], 1,
                                   shar=[False, True], ai="i"),
                       P.cb("Autorizzo l'uso dei miei dati di prenotazione per migliorare i modelli di IA delle Terme",
                            False, ai="p", wrap=True))),
            ("Archivio", lambda:
             P.cb("Consenso 2023: uso delle schede trattamento per addestrare l'IA", True, ai="p")),
        ]),
        P.section("Assistente prenotazioni",
                  P.switch("Risposte automatiche alle domande sui trattamenti", True, mode="labelledby",
                           help="Usa il listino e gli orari delle Terme."),
                  P.select("Lingua dell'assistente", ["Italiano", "English", "Deutsch"], 0)),
        P.section("Attività",
                  P.cb("Iscrivimi al corso di acquagym del sabato", False),
                  P.button("Prenota un trattamento")),
        P.section("Comunicazioni",
                  P.cb("Newsletter con offerte stagionali", True),
                  P.cb("Promemoria del trattamento via SMS", True)),
        P.section("Pagamenti",
                  P.text("Codice carta regalo", ""),
                  P.button("Riscatta"),
                  P.button("Scarica fattura")),
        P.section("Dati personali",
                  P.text("Codice fiscale per la fattura", "RNLPLA70A01H501X"),
                  P.button("Richieda una copia dei suoi dati")),
    ]
    return P.build(*body)


def barbalab():
    P = Page("it", "barbalab-impostazioni", "BarbaLab",
             "https://app.barbalab.test/impostazioni/privacy",
             "Privacy", brand="BarbaLab",
             notes="Abbonamento per la cura della barba inventato, tu. Casella nativa role=switch invertita ('Blocca…', "
                   "attiva), select esplicita, riga di stato vaga nominata da aria-labelledby. Esche: consulente barba "
                   "con IA, abbonamento, invita un amico. Nascosto: attributo hidden.",
             nav=[("Abbonamento", "/abbonamento", False), ("La mia routine", "/routine", False),
                  ("Ordini", "/ordini", False), ("Privacy", "#", True)],
             nav_label="Menu", search_label="Cerca", search_ph="Oli, balsami, rasoi…", lang_label="Lingua",
             account="Luca", menu=[("Profilo", "/profilo"), ("Indirizzi", "/indirizzi")], signout="Esci",
             footer=[("Aiuto", "/aiuto"), ("Privacy", "/privacy"), ("Termini", "/termini")],
             copyright="BarbaLab S.r.l. · Torino", hide_class="bl-none")
    body = [
        P.section("Consulente barba",
                  P.switch("Chiedi al consulente", True, mode="labelledby",
                           help="Il consulente risponde con i consigli del nostro barbiere e non conserva le chat."),
                  P.select("Tipo di barba", ["Corta", "Media", "Lunga"], 1),
                  P.button("Rifai il questionario")),
        P.section("Foto e dati",
                  P.cb("Blocca l'uso delle mie foto per l'addestramento", True, ai="i", switch=True),
                  P.select("Addestramento IA con i miei dati d'acquisto", ["Consentito", "Non consentito"], 0,
                           shar=[True, False], ai="p"),
                  P.state_row("Contribuisci a BarbaLab Insight", True, status=("Attivo", "Non attivo"),
                              btn=("Disattiva", "Attiva"), ai="v", mode="labelledby",
                              desc="Le tue risposte al questionario servono ad allenare l'algoritmo che calcola la routine di tutti gli iscritti.")),
        P.hide("hidden", lambda:
               P.cb("Cedere le mie foto a partner per allenare i loro modelli", False, ai="p")),
        P.section("Abbonamento",
                  P.select("Spedizione ogni", ["30 giorni", "60 giorni"], 0),
                  P.cb("Avvisami prima della spedizione", True),
                  P.button("Salta la prossima spedizione")),
        P.section("Notifiche",
                  P.cb("Consigli settimanali", False),
                  P.cb("Offerte esclusive", False)),
        P.section("Account",
                  P.text("E-mail", "luca.b@example.test", type="email"),
                  P.button("Scarica i miei dati"),
                  P.button("Elimina account")),
        P.section("Invita un amico",
                  P.button("Copia codice invito"),
                  P.button("Salva", cls="primary")),
    ]
    return P.build(*body)


def pages():
    return [kiko(), aurora(), vela(), vallombra(), barbalab()]
