from lib import Page

LINGUE = [("it", "Italiano"), ("en", "English"), ("de", "Deutsch"), ("sl", "Slovenščina")]


def mlol():
    p = Page("it", "mlol-preferenze", "https://www.medialibrary.it/utente/preferenze", "MLOL – MediaLibraryOnLine", True,
             "Preferenze – Il mio account – MLOL",
             "Servizio noto (ricostruzione). Casella chiara con 'Consento…' non spuntata; switch con aria-label "
             "nominale 'Opposizione…' attivo; esche: sintesi vocale sul dispositivo, suggerimenti, edicola, "
             "promemoria; nascosto: blocco con display:none.")
    p.set_chrome("MLOL", ("Cerca", "Cerca tra ebook, quotidiani, audiolibri", "Cerca"),
                 ("Lingua", LINGUE, "it"),
                 ("Il mio account", ["I miei prestiti", "Prenotazioni", "Preferiti", "Esci"]),
                 ("Il mio account", ["Prestiti", "Prenotazioni", "Preferiti", "Edicola", "Preferenze"], 4),
                 (["Aiuto", "Biblioteche aderenti", "Note legali", "Privacy", "Accessibilità"],
                  "MLOL – la rete italiana delle biblioteche digitali"),
                 "Preferenze")
    p.add(
        p.sec("Prestiti e avvisi", None, [
            p.select("Biblioteca di riferimento", [("civica", "Biblioteca civica"), ("ateneo", "Biblioteca di ateneo")], "civica"),
            p.cb("Avvisami tre giorni prima della scadenza del prestito", True),
            p.cb("Prendi in prestito automaticamente i titoli prenotati", True),
            p.cb("Avvisami quando in edicola esce il quotidiano che seguo", False),
            p.select("Formato preferito per gli audiolibri", [("stream", "Streaming"), ("mp3", "Download MP3")], "stream"),
        ]),
        p.sec("Lettura", None, [
            p.cb("Lettura ad alta voce nell'app", True,
                 "La voce viene generata dal suo dispositivo; il testo non viene inviato a nessuno."),
            p.cb("Suggerimenti di lettura nella home", True),
            p.cb("Mostra le mie recensioni agli altri utenti della biblioteca", False),
        ]),
        p.sec("Dati e intelligenza artificiale",
              "MLOL sta sperimentando modelli di IA per migliorare la ricerca nel catalogo. Decide lei.", [
                  p.cb("Consento l'uso dei miei prestiti digitali per addestrare i modelli di IA di MLOL", False, t="p"),
                  p.sw("Opposizione all'addestramento di IA da parte degli editori", True, "aria-label",
                       vis="Opposizione editori",
                       help="Gli editori chiedono di poter usare i dati di lettura per addestrare i propri modelli.",
                       t="i", inv=True),
              ]),
        p.hide("display", [
            p.cb("Condividi i miei dati di lettura con il Ministero per addestrare modelli statistici", False, hid=True),
        ]),
        p.sec("Avvisi", None, [
            p.table("Come vuole essere avvisato", ["Email", "Notifica nell'app"],
                    [("Prenotazione disponibile", [True, True]), ("Prestito in scadenza", [True, False]),
                     ("Nuovi numeri in edicola", [False, True])], first="Avviso"),
        ]),
        p.sec("Account", None, [
            p.txt("Email", "g.ferraro@example.it", "email"),
            p.btn("Cambia password"),
            p.btn("Scarica i miei dati"),
        ]),
        p.actions([p.btn("Salva", typ="submit", cls="btn btn--primary"), p.btn("Annulla")]),
    )
    return p


def lagunaria():
    p = Page("it", "museilagunaria-privacy", "https://www.museilagunaria.test/area-riservata/privacy",
             "Fondazione Musei di Lagunaria", False, "Privacy e IA – Area riservata – Musei di Lagunaria",
             "Fondazione museale inventata (Lei), area riservata a schede. Casella vaga 'Partecipare al progetto "
             "Sguardi' con aiuto collegato; fieldset con legenda 'Scelga un'opzione' comprensibile solo dal titolo; "
             "'Revoca del consenso' non spuntata dentro <details> chiuso; esche: guida vocale con IA, traduzione "
             "delle didascalie; nascosto: pannello di scheda inattivo.")
    p.set_chrome("Musei di Lagunaria", ("Cerca", "Cerca opere, mostre, eventi", "Cerca"),
                 ("Lingua", LINGUE, "it"),
                 ("Area riservata", ["La mia tessera", "I miei biglietti", "Esci"]),
                 ("Area riservata", ["Profilo", "Tessera Amici", "Biglietti", "Privacy e IA"], 3),
                 (["Orari e biglietti", "Come arrivare", "Accessibilità", "Note legali", "Privacy"],
                  "Fondazione Musei di Lagunaria – Palazzo Ducale, Museo del Vetro, Museo Navale"),
                 "Privacy e intelligenza artificiale")
    p.add(p.tabs("Sezioni", [
        ("Dati personali", [
            p.cb("Autorizzo i partner tecnologici ad addestrare modelli sui miei dati di visita", False, hid=True),
            p.txt("Nome", "Giulia"),
        ]),
        ("Privacy e IA", [
            p.sec("Durante la visita", None, [
                p.cb("Guida vocale con risposte generate dall'IA", True,
                     "Può fare domande sulle opere e ricevere risposte a voce."),
                p.cb("Traduzione automatica delle didascalie", False),
                p.select("Lingua della guida", [("it", "Italiano"), ("en", "Inglese"), ("fr", "Francese"), ("zh", "Cinese")], "it"),
                p.cb("Partecipare al progetto Sguardi", True,
                     "Con il suo consenso, i percorsi registrati dalla app durante la visita servono ad addestrare il modello che prevede l'affollamento delle sale.",
                     t="v"),
                p.details("Domande alla guida vocale", [
                    p.cb("Revoca del consenso all'uso delle mie domande alla guida vocale per l'addestramento", False,
                         t="i", inv=True),
                    p.cb("Cancella le mie domande dopo 90 giorni", True),
                ], intro="Ha dato il consenso il 18 marzo 2024."),
            ]),
            p.sec("Le sue fotografie nelle sale e l'addestramento del riconoscimento delle opere",
                  "Se fotografa un'opera con la app, l'immagine può essere usata per insegnare al sistema a riconoscerla meglio.", [
                      p.radios("Scelga un'opzione", [("museo", "Sì, solo per il museo"), ("partner", "Sì, anche per i partner tecnologici"),
                                                     ("no", "No")], "no", t="h", share=("museo", "partner")),
                  ]),
            p.sec("Comunicazioni", None, [
                p.cb("Newsletter mensile", True),
                p.cb("Inviti alle anteprime delle mostre", True),
                p.cb("Offerte dei bookshop in base alle mie visite", False),
            ]),
            p.actions([p.btn("Salva le preferenze", typ="submit", cls="btn btn--primary"), p.btn("Scarica i miei dati")]),
        ]),
        ("Tessera", [
            p.btn("Rinnova la tessera"),
        ]),
    ], active=1))
    return p


def pellicole():
    p = Page("it", "pellicoledifamiglia-impostazioni", "https://www.pellicoledifamiglia.test/profilo/impostazioni",
             "Archivio Pellicole di Famiglia", False, "Impostazioni – Archivio Pellicole di Famiglia",
             "Archivio inventato di film amatoriali donati (tu). Riga di stato con aria-labelledby 'Esclusione dei "
             "tuoi film dal dataset di addestramento' attiva; pulsanti segmentati chiari; esche: restauro automatico, "
             "riconoscimento dei luoghi, corso Super 8, collezione pubblica; nascosto: visibility:hidden.")
    p.set_chrome("Pellicole di Famiglia", ("Cerca", "Cerca per luogo, anno, famiglia", "Cerca"),
                 ("Lingua", [("it", "Italiano"), ("en", "English")], "it"),
                 ("Ciao, Marco", ["I miei film", "Preferiti", "Esci"]),
                 ("Profilo", ["I miei dati", "I miei film", "Impostazioni", "Notifiche"], 2),
                 (["Chi siamo", "Dona i tuoi film", "Licenze", "Privacy", "Contatti"],
                  "Archivio Pellicole di Famiglia – memorie in 8 mm, Super 8 e 16 mm"),
                 "Impostazioni")
    p.add(
        p.sec("I tuoi film in archivio", None, [
            p.cb("Mostra i miei film nella collezione pubblica", True),
            p.select("Licenza predefinita", [("cc-by-nc", "CC BY-NC"), ("riservati", "Tutti i diritti riservati")], "cc-by-nc"),
            p.cb("Restauro automatico (stabilizzazione e correzione del colore)", True,
                 "Il restauro si applica alla copia di consultazione; l'originale digitalizzato resta intatto."),
            p.cb("Suggerisci i luoghi riconosciuti nelle inquadrature", True),
            p.cb("Permetti ai visitatori di aggiungere commenti", False),
        ]),
        p.sec("Intelligenza artificiale", "Stiamo addestrando modelli che restaurano e descrivono le pellicole.", [
            p.seg("Addestramento dei modelli di restauro con i miei film", [("consenti", "Consenti"), ("nega", "Non consentire")],
                  "consenti", t="p", share=("consenti",)),
            p.state("Esclusione dei tuoi film dal dataset di addestramento", "Attiva dal 9 aprile 2024", "Disattiva",
                    help="Riguarda il dataset che mettiamo a disposizione di università e aziende.", t="i", sharing=False),
        ]),
        p.hide("visibility", [
            p.cb("Cedi i miei film alla casa di produzione partner per addestrare modelli video", False, hid=True),
        ]),
        p.sec("Dati del donatore", None, [
            p.txt("Cognome della famiglia", "Rinaldi"),
            p.txt("Comune d'origine delle pellicole", "Lugo"),
            p.select("Decennio prevalente", [("50", "Anni '50"), ("60", "Anni '60"), ("70", "Anni '70")], "60"),
        ]),
        p.sec("Notifiche", None, [
            p.cb("Avvisami quando un film viene digitalizzato", True),
            p.cb("Avvisami dei nuovi commenti", True),
            p.cb("Newsletter dell'archivio", False),
        ]),
        p.sec("Formazione", None, [
            p.btn("Iscriviti al corso “Digitalizzare il Super 8 a casa”"),
        ]),
        p.actions([p.btn("Salva", typ="submit", cls="btn btn--primary"), p.btn("Prenota il ritiro di nuove bobine"),
                   p.btn("Scarica i miei film"), p.btn("Elimina account", cls="btn btn--danger")]),
    )
    return p


def mentelab():
    p = Page("it", "mentelab-consensi", "https://mentelab.unipadana.test/partecipante/consensi", "MenteLab", False,
             "I miei consensi – MenteLab",
             "Piattaforma inventata di esperimenti di psicologia online (tu). Switch con nome nel testo chiaro; "
             "imperativo 'Escludi…' su casella spuntata; select vago con aiuto collegato; esche: tracciamento dello "
             "sguardo nel browser, crediti formativi, buoni; nascosto: aria-hidden.")
    p.set_chrome("MenteLab", ("Cerca", "Cerca esperimenti", "Cerca"),
                 ("Lingua", [("it", "Italiano"), ("en", "English")], "it"),
                 ("Partecipante P-4471", ["I miei esperimenti", "Crediti", "Esci"]),
                 ("Area partecipante", ["Esperimenti disponibili", "Storico", "I miei consensi", "Compensi"], 2),
                 (["Il laboratorio", "Comitato etico", "Diritti dei partecipanti", "Privacy"],
                  "MenteLab – Dipartimento di Psicologia, Università Padana"),
                 "I miei consensi", "Puoi cambiare idea in qualsiasi momento: vale per i dati raccolti da qui in avanti.")
    p.add(
        p.sec("Profilo", None, [
            p.txt("Anno di nascita", "2001"),
            p.select("Mano dominante", [("dx", "Destra"), ("sx", "Sinistra"), ("amb", "Entrambe")], "dx"),
            p.cb("Mostrami solo esperimenti che si svolgono da casa", False),
            p.cb("Invitami via email ai nuovi esperimenti", True),
        ]),
        p.sec("Durante gli esperimenti", None, [
            p.btn("Verifica webcam e microfono"),
            p.cb("Sottotitoli nei video degli esperimenti", False),
            p.cb("Tracciamento dello sguardo con la webcam", True,
                 "La posizione dello sguardo viene calcolata nel tuo browser; le immagini non vengono salvate."),
            p.cb("Promemoria prima delle sessioni", True),
            p.select("Corso di laurea per i crediti", [("psi", "Scienze psicologiche"), ("ling", "Linguistica"), ("altro", "Altro")], "psi"),
        ]),
        p.sec("Uso dei dati per l'IA", None, [
            p.sw("Addestrare modelli di IA con i miei tempi di risposta e le mie scelte", True, "text", t="p"),
            p.cb("Escludi le registrazioni della webcam da qualsiasi addestramento di modelli", True, t="i", inv=True),
            p.select("Condivisione con altri laboratori", [("nessuna", "Nessuna"), ("anonimi", "Dati anonimi")], "nessuna",
                     "I laboratori del consorzio usano i dati condivisi anche per addestrare modelli che prevedono il comportamento.",
                     t="v", share=("anonimi",)),
        ]),
        p.hide("aria", [
            p.cb("Consenti all'azienda finanziatrice di addestrare i suoi modelli sulle mie risposte", False, hid=True),
        ]),
        p.sec("Risultati e compensi", None, [
            p.cb("Inviami il riassunto dei risultati", True),
            p.select("Compenso", [("buono", "Buono acquisto"), ("crediti", "Crediti formativi")], "crediti"),
            p.txt("Matricola", "1187342"),
        ]),
        p.actions([p.btn("Salva", typ="submit", cls="btn btn--primary"), p.btn("Scarica il modulo di consenso"),
                   p.btn("Ritira la partecipazione", cls="btn btn--danger")]),
    )
    return p


def operacastelbruno():
    p = Page("it", "operacastelbruno-preferenze", "https://biglietteria.operacastelbruno.test/account/preferenze",
             "Teatro dell'Opera di Castelbruno", False, "Preferenze – Biglietteria – Teatro dell'Opera di Castelbruno",
             "Teatro d'opera inventato, account di biglietteria (Lei). Casella chiara sul modello di previsione "
             "delle presenze; tabella con didascalia sull'addestramento e colonna 'Consentito'; esche: sottotitoli "
             "tradotti automaticamente, posti consigliati, offerte; nascosto: attributo hidden.")
    p.set_chrome("Opera di Castelbruno", ("Cerca", "Cerca spettacoli", "Cerca"),
                 ("Lingua", LINGUE, "it"),
                 ("Sig.ra Bianchi", ["I miei biglietti", "Abbonamenti", "Esci"]),
                 ("Account", ["Dati personali", "Biglietti", "Abbonamenti", "Preferenze", "Metodi di pagamento"], 3),
                 (["Stagione", "Visite guidate", "Accessibilità", "Privacy", "Contatti"],
                  "Fondazione Teatro dell'Opera di Castelbruno"),
                 "Preferenze")
    p.add(
        p.sec("A teatro", None, [
            p.select("Lingua dei sovratitoli sull'app", [("it", "Italiano"), ("en", "Inglese"), ("de", "Tedesco")], "it",
                     "Le lingue diverse da italiano e inglese sono tradotte automaticamente."),
            p.cb("Posti consigliati in base alle mie scelte precedenti", True),
            p.cb("Audiodescrizione per persone cieche e ipovedenti", False),
        ]),
        p.sec("Comunicazioni", None, [
            p.cb("Newsletter della stagione", True),
            p.cb("Offerte last minute via SMS", False),
            p.cb("Promemoria il giorno dello spettacolo", True),
            p.cb("Programma di sala in PDF dopo l'acquisto", True),
            p.cb("Biglietti digitali nel wallet del telefono", True),
        ]),
        p.sec("I suoi dati e i nostri modelli", None, [
            p.cb("Usare la cronologia dei miei acquisti per addestrare il modello di previsione delle presenze", True, t="p"),
            p.table("Dati usati per addestrare l'assistente virtuale della biglietteria", ["Consentito"],
                    [("Conversazioni in chat", [False]), ("Dati di pagamento", [None])],
                    lab={0: ("h", False)}, first="Dati",
                    intro="I dati di pagamento non vengono mai usati."),
        ]),
        p.hide("hidden", [
            p.cb("Condividi il mio profilo con la società di consulenza per addestrare modelli di prezzo", False, hid=True),
        ]),
        p.sec("Abbonamento", None, [
            p.select("Turno di abbonamento", [("a", "Turno A – prime"), ("b", "Turno B"), ("c", "Turno C – pomeridiane")], "b"),
            p.cb("Rinnovo automatico dell'abbonamento", False),
            p.btn("Cambia posto in abbonamento"),
            p.btn("Gestisci i biglietti regalo"),
        ]),
        p.actions([p.btn("Salva", typ="submit", cls="btn btn--primary"), p.btn("Aggiungi carta di pagamento"),
                   p.btn("Scarica le ricevute")]),
    )
    return p


def pages():
    return [mlol(), lagunaria(), pellicole(), mentelab(), operacastelbruno()]
