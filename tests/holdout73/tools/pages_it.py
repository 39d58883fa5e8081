from lib import Page


def sisal():
    p = Page("it", "sisal-preferenze",
             "https://www.sisal.it/area-riservata/preferenze",
             "Preferenze | Sisal", "Sisal", "Le tue preferenze",
             ["Il mio conto", "Le mie giocate", "Vincite", "Preferenze", "Gioco responsabile", "Assistenza"],
             "Cerca giochi", "Lingua", "Area riservata", ["Saldo", "Dati personali", "Esci"],
             ["© Sisal – Il gioco è vietato ai minori e può causare dipendenza patologica.", "Privacy", "Cookie", "Termini e condizioni"],
             "Servizio noto (ricostruzione). Gruppo aria-pressed invertito (Escludi, No), tabella con colonna "
             "'Addestramento modelli' sotto titolo (heading-only), checkbox plain. Esche: quote suggerite, "
             "limiti di gioco, notifiche estrazioni. Nascosto: visibility:hidden.",
             known=True, hidecls="ss-hidden", sr="sr-only", nav_current=3, theme="scommesse e lotterie")
    s = p.sec("Giocate")
    s.cb("Avvisami delle vincite via e-mail", True)
    s.cb("Notifiche delle estrazioni SuperEnalotto", True)
    s.sel("Accredito vincite", ["Sul conto gioco", "Bonifico"], 0)
    s.sw("Schedina suggerita", False,
         help="Le proposte si basano sulle quote del momento. Non impariamo dalle tue giocate.")

    s = p.sec("Intelligenza artificiale")
    s.seg("Escludi le mie giocate dall'addestramento dell'IA", ["Sì", "No"], 1, yes=[1], ai="i")
    s.cb("Consenti a Sisal di usare i miei dati di gioco per addestrare modelli di IA", False, ai="p")

    s = p.sec("Addestramento dei modelli di intelligenza artificiale",
              intro="Scegli per ogni tipo di gioco se può essere usato.")
    s.table("", ["Offerte personalizzate", "Addestramento modelli"], ["Scommesse sportive", "Giochi numerici"],
            [[True, True], [False, False]], ai_cols={1: ("h", False)}, corner="Gioco")

    s = p.sec("Novità", hide="visibility")
    s.sw("Addestra il nuovo modello antifrode con le mie sessioni", True, ai="p")

    s = p.sec("Gioco responsabile")
    s.sel("Limite di ricarica settimanale", ["50 €", "100 €", "250 €"], 1)
    s.btn("Autoesclusione")

    s = p.sec("Comunicazioni")
    s.cb("Promozioni via SMS", False)
    s.btn("Scarica i miei dati")

    s = p.sec("Accesso")
    s.sw("Accesso con impronta digitale", True)
    s.cb("Avvisami di accessi da un nuovo dispositivo", True)
    s.sel("Formato quote", ["Decimale", "Frazionario"], 0)
    return p


def piatto():
    p = Page("it", "piattopoker-privacy",
             "https://www.piattopoker.test/account/privacy",
             "Privacy – Piatto Poker", "Piatto Poker", "Privacy e dati",
             ["Profilo", "Cassa", "Tornei", "Privacy", "Gioco responsabile", "Supporto"],
             "Cerca tavoli", "Lingua", "Il mio profilo", ["Storico mani", "Bonus", "Disconnetti"],
             ["Piatto Poker (fittizio). Vietato ai minori di 18 anni.", "Termini", "Privacy", "Contatti"],
             "Poker fittizio. Button switch aria-labelledby vago (aiuto = addestramento), fieldset radio plain, "
             "riga di stato invertita ('Ritira l'opposizione', opposizione registrata). Esche: coach IA, avatar, "
             "chat. Nascosto: <dialog> chiuso.",
             hidecls="pp-hide", sr="visually-hidden", nav_current=3, theme="poker")
    s = p.sec("Al tavolo")
    s.sw("Mostra il mio avatar", True)
    s.sw("Chat del tavolo", False)
    s.sel("Mazzo", ["Classico", "Quattro colori"], 1)
    s.cb("Lascia automaticamente il tavolo dopo 3 mani in sit-out", True)

    s = p.sec("Piatto Lab")
    s.bsw("Contribuisci a Piatto Lab", True, by="lbl", ai="v",
          help="Le tue mani vengono aggiunte ai dati con cui addestriamo i nostri modelli di intelligenza artificiale.")
    s.radio("Addestramento dell'IA con le mie mani giocate", ["Consentito", "Non consentito"], 1, yes=[0], ai="p")
    s.state("Opposizione all'addestramento", "Registrata il 4/11/2024", "Ritira", sharing=False,
            suffix="l'opposizione all'addestramento dell'IA", ai="i")
    s.sw("Coach IA nei tornei freeroll", False,
         help="Il coach ragiona solo sulla mano in corso, direttamente sul tuo dispositivo.")
    d = s.dialog("Impostazioni avanzate", "Impostazioni avanzate", close="Chiudi")
    d.cb("Usa le mie chat di tavolo per addestrare il modello di moderazione", True, ai="p")

    s = p.sec("Gioco responsabile")
    s.sel("Limite di deposito", ["Giornaliero", "Settimanale", "Mensile"], 2)
    s.btn("Pausa di 24 ore")

    s = p.sec("Account")
    s.cb("Newsletter tornei", True)
    s.btn("Esporta storico mani")
    s.btn("Chiudi account")

    s = p.sec("Visualizzazione")
    s.sel("Tema del tavolo", ["Verde classico", "Notte"], 0)
    s.sw("Mostra le puntate in big blind", False)
    return p


def spesamica():
    p = Page("it", "spesamica-preferenze",
             "https://www.spesamica.test/carta-fedelta/preferenze",
             "Preferenze carta | Spesa Amica", "Spesa Amica", "Preferenze della Carta Spesa Amica",
             ["Punti", "Buoni", "Scontrini", "Preferenze", "Famiglia", "Punti vendita"],
             "Cerca", "Lingua", "Il mio account", ["La mia carta", "Indirizzi", "Esci"],
             ["Spesa Amica Supermercati (fittizio).", "Informativa privacy", "Regolamento", "Accessibilità"],
             "Supermercato fittizio. role=radiogroup sotto il titolo 'Apprendimento automatico' (heading-only), "
             "checkbox role=switch vaga con testo vicino (senza aria-describedby), checkbox invertita in <details> "
             "chiuso (carta famiglia). Esche: lista della spesa intelligente, scontrino digitale. Nascosto: scheda inattiva.",
             hidecls="sa-hide", sr="sr-only", nav_current=3, theme="supermercato")
    tabs = p.tabs(["Generali", "Sperimentale"], label="Gruppi di preferenze")
    t = tabs[0]
    t.sw("Scontrino digitale", True)
    t.sel("Negozio abituale", ["Spesa Amica Bologna Centro", "Spesa Amica Casalecchio", "Spesa online"], 0)
    t.cb("Converti i punti in buoni automaticamente", False)
    t = tabs[1]
    t.cb("Usa i miei scontrini per addestrare il modello delle scorte", True, ai="p")

    s = p.sec("Offerte")
    s.cb("Buoni personalizzati via e-mail", True)
    s.cb("Volantino cartaceo", False)
    s.sw("Lista della spesa intelligente", True,
         help="Propone prodotti quando apre la lista; le sue risposte non vengono conservate né usate per addestrare modelli.")
    s.sw("Partecipa al programma Spesa Smart", False, ai="v", desc=False,
         help="Con Spesa Smart i suoi acquisti ci aiutano ad addestrare i modelli che decidono assortimento e promozioni.")

    s = p.sec("Apprendimento automatico",
              intro="Indichi quali acquisti possono servire ad addestrare i nostri modelli.")
    s.rg("Acquisti in negozio", ["Sì", "No"], 0, yes=[0], ai="h")

    d = p.details("Carta famiglia di Giulia")
    d.cb("Escludi gli acquisti di Giulia dall'addestramento dei modelli", False, ai="i")
    d.cb("Accumula i punti di Giulia sulla mia carta", True)

    s = p.sec("I suoi dati")
    s.btn("Scarica i miei dati")
    s.btn("Chiudi la carta")

    s = p.sec("Accesso")
    s.sw("Accesso con riconoscimento del volto", True)
    s.cb("Avvisi quando i buoni stanno per scadere", True)
    return p


def farmapunti():
    p = Page("it", "farmapunti-privacy",
             "https://www.farmapunti.test/profilo/privacy",
             "Privacy – FarmaPunti", "FarmaPunti", "Privacy",
             ["Saldo punti", "Premi", "Acquisti", "Privacy", "Familiari", "Farmacie"],
             "Cerca un prodotto", "Lingua", "Profilo", ["Tessera", "Promemoria", "Esci"],
             ["FarmaPunti – circuito di farmacie (fittizio).", "Informativa", "Dati sanitari", "Contatti"],
             "Farmacia fittizia. Select plain, button switch nominato dal testo invertito ('Non usare'), riga di "
             "stato aria-labelledby vaga (aiuto = addestramento). Esche: promemoria terapia, assistente IA per il "
             "foglietto. Nascosto: attributo hidden.",
             hidecls="fp-hide", sr="sr-only", nav_current=3, theme="farmacia")
    s = p.sec("Promemoria")
    s.cb("Promemoria per la terapia", True)
    s.cb("Avviso ritiro ricetta", True)
    s.sel("Canale", ["SMS", "E-mail", "App"], 2)

    s = p.sec("Intelligenza artificiale")
    s.sel("Uso dei miei acquisti per l'addestramento dell'IA", ["Consentito", "Non consentito"], 1, yes=[0], ai="p")
    s.bsw("Non usare i miei dati per addestrare l'IA", True, by="text", ai="i")
    s.sw("Assistente per il foglietto illustrativo", True,
         help="Risponde consultando il foglietto del farmaco. Le domande non vengono usate per l'addestramento.")
    s.state("Programma Benessere+", "Attivo", "Disattiva", sharing=True, by="lbl", ai="v",
            help="Chi partecipa mette a disposizione gli acquisti di parafarmacia per addestrare i nostri modelli predittivi.")

    s = p.sec("Funzioni in arrivo", hide="hidden")
    s.cb("Addestra l'assistente con le mie ricette elettroniche", True, ai="p")

    s = p.sec("Comunicazioni")
    s.cb("Offerte via e-mail", False)
    s.cb("Offerte dei partner", False)
    s.sw("Buoni sullo scontrino", True)
    s.btn("Scarica i miei dati")
    s.btn("Cancella la tessera")

    s = p.sec("Accesso e tessera")
    s.sw("Accesso con impronta digitale", True)
    s.sel("Mostra la tessera come", ["Codice a barre", "QR code"], 0)
    s.cb("Avvisami quando ho abbastanza punti per un premio", True)
    return p


def fantalega():
    p = Page("it", "fantalegapro-dati",
             "https://app.fantalegapro.test/impostazioni/dati",
             "Impostazioni · FantaLega Pro", "FantaLega Pro", "I tuoi dati",
             ["La mia rosa", "Asta", "Calendario", "Impostazioni", "Notifiche", "Aiuto"],
             "Cerca un calciatore", "Lingua", "Account", ["La mia lega", "Abbonamento", "Esci"],
             ["FantaLega Pro (fittizio).", "Termini", "Privacy", "Contattaci"],
             "Fantacalcio fittizio. Checkbox role=switch plain, gruppo aria-pressed sotto il titolo "
             "'Addestramento del modello dei voti' (heading-only), select vaga con aiuto. Esche: consigli di "
             "formazione, visibilità della rosa. Nascosto: display:none inline.",
             hidecls="fl-hide", sr="sr-only", nav_current=3, theme="fantasy")
    s = p.sec("Profilo")
    s.inp("Nome squadra", "Atletico Ma Non Troppo")
    s.sw("Rosa visibile agli altri allenatori", True)
    s.sel("Modalità", ["Classic", "Mantra"], 0)

    s = p.sec("IA di FantaLega")
    s.sw("Usa le mie formazioni per addestrare l'IA di FantaLega", True, ai="p")
    s.sel("Condivisione statistiche", ["Off", "Solo le mie", "Mie e della mia lega"], 2, yes=[1, 2], ai="v",
          help="Le statistiche condivise servono ad addestrare i modelli che stimano voti e fantavoti.")
    s.sw("Consigli di formazione", True,
         help="I consigli si basano su infortuni e calendario; non imparano dalle tue scelte.")

    s = p.sec("Addestramento del modello dei voti")
    s.seg("Le mie aste", ["Includi", "Escludi"], 1, yes=[0], ai="h")

    s = p.sec("Beta", hide="inline")
    s.sw("Addestra il telecronista virtuale con la chat della mia lega", True, ai="p")

    s = p.sec("Notifiche")
    s.cb("Chiusura formazioni", True)
    s.cb("Risultati live", True)
    s.cb("Messaggi della lega", False)
    s.btn("Scarica i miei dati")
    s.btn("Elimina account")

    s = p.sec("Visualizzazione")
    s.sel("Tema", ["Chiaro", "Scuro"], 1)
    s.sw("Mostra i crediti residui in alto", True)
    s.cb("Suoni durante l'asta", True)
    return p


def pages():
    return [sisal(), piatto(), spesamica(), farmapunti(), fantalega()]
