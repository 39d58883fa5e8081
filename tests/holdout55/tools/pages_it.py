from lib import AI, Page

LANGS = [("it", "Italiano"), ("en", "English"), ("de", "Deutsch")]


def chrome(search_ph, account, menu, nav, k, footer, copyright, nav_label="Il mio account"):
    return dict(skip="Vai al contenuto", search_label="Cerca", search_ph=search_ph,
                lang_label="Lingua", langs=LANGS, account=account,
                menu=[(t, "#") for t in menu], nav_label=nav_label,
                nav=[(t, "#", i == k) for i, t in enumerate(nav)],
                footer=[(t, "#") for t in footer], copyright=copyright)


def ticketone():
    c = chrome("Cerca artista, evento o location", "Il mio account",
               ["I miei biglietti", "Dati personali", "Esci"],
               ["Panoramica", "I miei biglietti", "Dati personali", "Metodi di pagamento", "Newsletter", "Privacy"], 5,
               ["Assistenza", "Condizioni di vendita", "Informativa privacy", "Cookie", "Note legali"],
               "© TicketOne S.p.A. – P. IVA 10677650157")
    p = Page("it", "ticketone-privacy", "TicketOne", "https://www.ticketone.it/myAccount/privacy/",
             "Impostazioni privacy | TicketOne", "Impostazioni privacy",
             "Servizio noto (Lei). Casella di consenso esplicito non spuntata (→ false); riga di stato con aria-labelledby sul titolo 'Opposizione…' non presentata (→ true); select dal nome vago con aiuto che parla di addestramento (No → false). Esche: posti consigliati, newsletter, profilazione pubblicitaria, statistiche anonime. Nascosto: classe CSS display:none.",
             c, known=True, intro="Qui può gestire i consensi relativi al trattamento dei Suoi dati personali.",
             css_hidden_class="t1-nascosto")
    with p.section("Consensi"):
        p.checkbox("Acconsento all'uso dei miei dati di acquisto per addestrare i modelli di intelligenza artificiale di TicketOne", False, ai=AI("p"))
        p.checkbox("Acconsento a ricevere comunicazioni commerciali", True)
        p.checkbox("Acconsento alla profilazione per offerte personalizzate", False)
        p.state_row("Opposizione all'uso dei dati per l'addestramento dell'IA", "Non presentata", "Presenta",
                    mode="labelledby", ai=AI("i", sharing=True),
                    help="Può opporsi in qualsiasi momento: da quel momento i Suoi dati non saranno più usati per addestrare i nostri modelli.")
    with p.hidden("css-class"):
        p.checkbox("Consento la cessione dei dati a partner per l'addestramento di sistemi di IA", False, ai=AI("p"))
    with p.section("Assistenza clienti"):
        p.select("Contributo al miglioramento del servizio clienti", [("si", "Sì"), ("no", "No")], "no",
                 ai=AI("v", share={"si": True, "no": False}),
                 help="Le registrazioni delle chiamate al servizio clienti vengono usate per addestrare il nostro assistente vocale.")
        p.switch("Assistente virtuale nella chat", True, help="Risponde alle domande più frequenti su ordini e rimborsi.")
    with p.section("Acquisto"):
        p.switch("Posti consigliati", True, help="Suggeriti in base al prezzo e alla visuale sul palco.")
        p.select("Spedizione preferita", [("email", "E-ticket via e-mail"), ("app", "Nell'app"), ("posta", "Corriere")], "app")
        p.checkbox("Avvisami quando tornano disponibili biglietti", True)
    with p.section("Statistiche"):
        p.checkbox("Statistiche di navigazione anonime", True, help="Dati aggregati sull'uso del sito, non impiegati per addestrare modelli.")
    with p.section("I Suoi dati"):
        p.button("Scarica i miei dati")
        p.button("Modifica password")
        p.button("Elimina account")
        p.button("Gestisci dispositivi collegati")
        p.checkbox("Verifica in due passaggi", True)
    p.button("Salva", cls="btn-primary")
    return p


def virtus():
    c = chrome("Cerca nel sito abbonati", "Area abbonati",
               ["Il mio abbonamento", "Biglietti", "Esci"],
               ["Profilo", "Abbonamento", "Tessera del tifoso", "Privacy", "Pagamenti", "Famiglia"], 3,
               ["Contatti", "Regolamento d'uso dello stadio", "Privacy", "Accessibilità"],
               "Virtus Lagunare Calcio · Stadio Comunale Pier Luigi Fontana", nav_label="Area abbonati")
    p = Page("it", "virtuslagunare-privacy-abbonati", "Virtus Lagunare Calcio", "https://abbonati.virtuslagunare.test/area-riservata/privacy",
             "Privacy – Area abbonati – Virtus Lagunare", "Privacy",
             "Squadra di calcio inventata (tu). Switch aria-labelledby plain acceso (→ true); casella 'Escludi i dati del mio abbonamento junior…' spuntata (→ false); fieldset radio con legenda comprensibile solo grazie al titolo e all'introduzione (non può → false). Esche: cessione del posto, highlights con IA, SMS cancelli, shop. Nascosto: dialog chiuso.",
             c, intro="Curva Sud · settore 4 · stagione 2025/26")
    with p.section("Dati allo stadio"):
        p.switch("Usa i miei dati di presenza allo stadio per addestrare l'IA del club", True, ai=AI("p"),
                 help="Ingressi, consumazioni e uso dell'app nel giorno della partita.")
        p.checkbox("Escludi i dati del mio abbonamento junior dall'addestramento dei modelli", True, ai=AI("i", inv=True))
        p.checkbox("Cedi il mio posto se non vengo", False)
    with p.section("Tessera del tifoso e riconoscimento",
                   "Le foto delle tessere servono ad addestrare il sistema di riconoscimento ai tornelli."):
        p.radios("La mia foto tessera", [("si", "Può essere usata"), ("no", "Non può essere usata")], "no",
                 ai=AI("h", share={"si": True, "no": False}))
        p.button("Aggiorna la foto")
    with p.dialog("Impostazioni avanzate", "Impostazioni avanzate", "Chiudi"):
        p.checkbox("Condividi i miei dati con la Lega per addestrare i suoi modelli", True, ai=AI("p"))
    with p.section("Contenuti"):
        p.switch("Highlights personalizzati con IA", True, help="Riassunti dei gol generati dalle immagini ufficiali della partita.")
        p.checkbox("SMS all'apertura dei cancelli", True)
        p.checkbox("Sconti dello store ufficiale", False)
        p.select("Lingua della telecronaca in app", [("it", "Italiano"), ("ven", "Veneto"), ("en", "Inglese")], "it")
    with p.section("Pagamenti"):
        p.button("Rinnova abbonamento")
        p.button("Scarica i miei dati")
        p.checkbox("Rinnovo automatico", True)
        p.button("Aggiungi un familiare")
        p.checkbox("Ricevi la fattura via PEC", False)
    p.button("Salva", cls="btn-primary")
    return p


def teatrointasca():
    c = chrome("Cerca uno spettacolo", "Il mio profilo",
               ["I miei biglietti", "Carnet", "Esci"],
               ["Profilo", "Carnet", "Preferenze", "Privacy", "Pagamenti"], 3,
               ["Dove siamo", "Accessibilità", "Privacy", "Contatti"], "Teatro in Tasca · app per teatri indipendenti",
               nav_label="Impostazioni")
    p = Page("it", "teatrointasca-privacy", "Teatro in Tasca", "https://app.teatrointasca.test/impostazioni/privacy",
             "Privacy – Teatro in Tasca", "Privacy",
             "App per teatri indipendenti inventata (Lei). Switch con testo 'Non addestrare l'IA…' acceso (→ false); pulsanti segmentati plain (Consentito → true). Esche: sottotitoli con traduzione automatica, carnet, posti vicini agli amici, statistiche. Nascosto: visibility:hidden.",
             c, intro="Gestisca come usiamo i Suoi dati.")
    with p.section("Recensioni"):
        p.switch("Non addestrare l'IA con le mie recensioni", True, mode="text", ai=AI("i", inv=True))
        p.checkbox("Mostra il mio nome accanto alle recensioni", False)
    with p.section("Cronologia"):
        p.segmented("Addestramento IA con la cronologia dei biglietti", [("si", "Consentito"), ("no", "Non consentito")], "si",
                    ai=AI("p", share={"si": True, "no": False}))
        p.checkbox("Suggerimenti in base agli spettacoli visti", True)
    with p.hidden("visibility"):
        p.switch("Consenta alle compagnie di addestrare modelli con i Suoi dati", False, ai=AI("p"))
    with p.section("In sala"):
        p.switch("Sopratitoli tradotti automaticamente", True, help="Traduzione in tempo reale sul Suo telefono.")
        p.checkbox("Posti vicini ai miei amici", True)
        p.select("Dimensione del testo dei sopratitoli", [("m", "Media"), ("g", "Grande")], "m")
    with p.section("Carnet e pagamenti"):
        p.button("Acquista un carnet")
        p.button("Metodi di pagamento")
        p.checkbox("Promemoria il giorno dello spettacolo", True)
        p.checkbox("Invia statistiche d'uso anonime", True, help="Solo conteggi aggregati, non usati per addestrare modelli.")
        p.button("Esporta i miei dati")
        p.button("Disconnetti tutti i dispositivi")
        p.checkbox("Newsletter della stagione", True)
        p.select("Teatro preferito", [("lux", "Teatro Lux"), ("off", "Spazio Off"), ("tutti", "Tutti")], "tutti")
    p.button("Salva", cls="btn-primary")
    return p


def girogare():
    c = chrome("Cerca una gara", "Il mio profilo",
               ["Le mie iscrizioni", "Risultati", "Esci"],
               ["Profilo atleta", "Iscrizioni", "Certificato medico", "Dati e foto", "Pagamenti"], 3,
               ["Calendario gare", "Per gli organizzatori", "Privacy", "Assistenza"], "GiroGare · iscrizioni alle corse su strada",
               nav_label="Il tuo account")
    p = Page("it", "girogare-dati-foto", "GiroGare", "https://www.girogare.test/account/dati-e-foto",
             "Dati e foto – GiroGare", "Dati e foto",
             "Piattaforma di iscrizione a gare podistiche inventata (tu). Casella dal nome vago con aiuto vicino che parla di addestramento (spuntata → true); casella nativa role=switch 'Revoco il consenso…' non spuntata (→ true); casella plain dentro un details chiuso (spuntata → true). Esche: piano di allenamento IA (sportivo), foto ricercabili col pettorale, classifiche pubbliche. Nascosto: scheda inattiva.",
             c, intro="Atleta: Chiara Benedetti · tessera FIDAL attiva")
    with p.tabs("Sezioni", ["Foto e risultati", "Società sportiva"]) as panel:
        with panel(0):
            with p.section("Foto di gara"):
                p.checkbox("Rendi le mie foto ricercabili con il numero di pettorale", True)
                p.checkbox("Dai una mano al fotoriconoscimento", True, ai=AI("v"), help_mode="near",
                           help="Le foto in cui compari vengono usate per addestrare il modello che riconosce i pettorali nelle immagini.")
            with p.section("Tempi e classifiche"):
                p.checkbox("Mostra il mio nome nelle classifiche pubbliche", True)
                p.checkbox("Revoco il consenso all'uso dei miei tempi di gara per addestrare modelli", False, switch=True, ai=AI("i", inv=True))
                with p.details("Federazione e ricerca"):
                    p.checkbox("Condividi i miei dati di gara con la federazione per addestrare modelli predittivi", True, ai=AI("p"))
        with panel(1):
            p.checkbox("Consenti alla mia società di usare i miei dati per addestrare l'IA", True, ai=AI("p"))
    with p.section("Allenamento"):
        p.switch("Piano di allenamento con IA", True, help="Un programma settimanale per la tua prossima gara.")
        p.select("Obiettivo", [("10k", "10 km"), ("21k", "Mezza maratona"), ("42k", "Maratona")], "21k")
    with p.section("Account"):
        p.button("Carica certificato medico")
        p.button("Collega Strava")
        p.checkbox("Avvisi di apertura iscrizioni", True)
        p.button("Scarica i miei dati")
        p.checkbox("Mostra la mia società nel profilo pubblico", True)
        p.button("Cambia password")
    p.button("Salva", cls="btn-primary")
    return p


def palazzetto():
    c = chrome("Cerca atlete, squadre, partite", "Dirigente",
               ["Cambia società", "Il mio profilo", "Esci"],
               ["Società", "Squadre", "Atlete", "Video e dati", "Quote", "Fatturazione"], 3,
               ["Guida", "Stato del servizio", "Privacy", "Termini"], "Palazzetto · gestionale per società di pallavolo",
               nav_label="Impostazioni società")
    p = Page("it", "palazzetto-video-dati", "Palazzetto", "https://asd-pallavolo-brenta.palazzetto.test/admin/video-e-dati",
             "Video e dati – ASD Pallavolo Brenta – Palazzetto", "Video e dati",
             "Gestionale inventato per società di pallavolo (tu), dati della società e delle atlete. Select plain (Nessuna → false); switch con aria-label 'Disattiva…' spento (→ true). Esche: scout automatico, convocazioni, quote, statistiche di squadra. Nascosto: display:none in linea.",
             c, intro="Impostazioni per <strong>ASD Pallavolo Brenta</strong>")
    with p.section("Video delle partite"):
        p.switch("Scout automatico dei video", True, help="Conta attacchi, muri e ricezioni dai video caricati. I video non vengono usati per addestrare lo scout.")
        p.select("Addestramento dell'IA con i video delle partite della società",
                 [("tutte", "Tutte le squadre"), ("prima", "Solo prima squadra"), ("nessuna", "Nessuna")], "nessuna",
                 ai=AI("p", share={"tutte": True, "prima": True, "nessuna": False}))
        p.checkbox("Pubblica gli highlights sul sito della società", True)
    with p.section("Atlete"):
        p.switch("Disattiva l'uso dei dati delle atlete per addestrare i modelli di IA", False, mode="aria-label", ai=AI("i", inv=True),
                 help="Riguarda presenze, statistiche e dati atletici.")
        p.checkbox("Le atlete vedono le statistiche delle compagne", True)
        p.checkbox("Avvisa i genitori delle convocazioni delle under 14", True)
    with p.hidden("display-none"):
        p.checkbox("Invia i dati atletici alla federazione per l'addestramento dei modelli", True, ai=AI("p"))
    with p.section("Amministrazione"):
        p.select("Scadenza delle quote", [("set", "Settembre"), ("gen", "Gennaio")], "set")
        p.checkbox("Sollecito automatico quote", True)
        p.button("Esporta elenco tesserate")
        p.button("Invita un allenatore")
        p.button("Collega il calendario FIPAV")
        p.button("Gestisci metodo di pagamento")
        p.checkbox("Accesso degli allenatori ai certificati medici", False)
        p.button("Annulla")
    p.button("Salva", cls="btn-primary")
    return p


def build():
    return [ticketone(), virtus(), teatrointasca(), girogare(), palazzetto()]
