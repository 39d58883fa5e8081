from lib import Page

CH = dict(search_label="Cerca", search_ph="Cerca prodotti", lang_label="Lingua",
          account="Il mio account", menu=["I miei ordini", "Impostazioni account", "Assistenza", "Esci"],
          footer=["Assistenza", "Informativa privacy", "Cookie", "Condizioni di vendita", "Accessibilità"],
          nav_label="Area personale")


def ch(**kw):
    d = dict(CH)
    d.update(kw)
    return d


def pages():
    out = []

    # 1 ---- Esselunga (known, Fìdaty) — inline visibility hidden — Lei
    p = Page("it", "esselunga-fidaty-privacy", "https://www.esselunga.it/area-utenti/fidaty/consensi-privacy", "Esselunga",
             "Carta Fìdaty · Consensi e privacy",
             ch(search_ph="Cerca su Esselunga a casa", account="Buongiorno, Giulia", menu=["Ordini", "Carta Fìdaty", "Profilo", "Esci"]),
             ["Profilo", "Indirizzi", "Ordini", "Carta Fìdaty", "*Consensi e privacy", "Metodi di pagamento"], known=True,
             idp="es", hide_class="es-nascosto",
             intro="Qui può gestire come Esselunga utilizza i dati raccolti con la Sua carta Fìdaty e con la spesa online.")
    p.sec("Offerte e punti")
    p.cb("Offerte personalizzate Fìdaty", True, switch=True, help="Le proponiamo sconti sui prodotti che acquista più spesso.")
    p.cb("Accredito automatico dei punti sugli acquisti online", True, switch=True)
    p.select("Catalogo premi preferito", ["Premi per la casa", "Buoni spesa", "Donazioni"], 1)
    p.seg("Ricevuta d'acquisto", ["Cartacea", "Digitale"], 1)
    p.sec("Addestramento dei modelli predittivi",
          "Con il Suo consenso utilizziamo lo storico degli acquisti per addestrare i modelli che stimano la domanda nei negozi e suggeriscono prodotti.")
    p.cb("Storico degli acquisti in negozio", True, ai="h")
    p.sec("Opposizione")
    p.row("Opposizione all'uso dei miei dati per l'intelligenza artificiale", "Non attiva", "Attiva", False, mode="by",
          ai="i", inv=True, help="Se attiva, i Suoi dati non saranno usati per sviluppare né per addestrare modelli.")
    p.begin_hidden("inline-visibility-hidden")
    p.cb("Condividere gli scontrini con i fornitori per l'addestramento di IA", True, ai="p")
    p.end_hidden()
    p.sec("Finalità del trattamento")
    p.table("Consensi per finalità", ["Acconsento"],
            [("Marketing diretto", [True]), ("Profilazione", [True]), ("Addestramento di sistemi di IA", [False]),
             ("Comunicazione a società del gruppo", [False])],
            ai_cells={(2, 0): ("p", False)}, corner="Finalità")
    p.sec("Comunicazioni")
    p.cb("Newsletter settimanale", True)
    p.cb("SMS sullo stato della consegna", True)
    p.cb("Promemoria sui punti in scadenza", False)
    p.sec("Sicurezza")
    p.btn("Modifica password")
    p.cb("Conferma i pagamenti con codice via SMS", True)
    p.sec("I Suoi diritti")
    p.btn("Scarica una copia dei miei dati")
    p.btn("Revoca tutti i consensi")
    out.append(p)

    # 2 ---- Scontrino Amico (invented, receipt cashback) — closed dialog — tu
    p = Page("it", "scontrinoamico-impostazioni", "https://app.scontrinoamico.test/impostazioni/privacy", "Scontrino Amico",
             "Privacy",
             ch(search_ph="Cerca marchi e promozioni", account="Profilo", menu=["Saldo", "Scontrini", "Impostazioni", "Esci"]),
             ["Saldo", "Carica scontrino", "Storico", "*Privacy", "Notifiche", "Aiuto"], idp="sa", hide_class="sa-x",
             intro="Fotografa lo scontrino, ricevi il cashback. Ecco cosa succede ai tuoi scontrini.")
    p.sec("Scontrini")
    p.cb("Conserva le foto degli scontrini", True, switch=True)
    p.cb("Riconosci automaticamente il punto vendita", True, switch=True)
    p.select("Ricevi il cashback su", ["IBAN", "PayPal", "Satispay"], 2)
    p.sec("La nostra IA")
    p.text("Il riconoscimento dello scontrino avviene con un modello già addestrato; qui decidi se può imparare anche dai tuoi.", cls="intro")
    p.seg("Partecipa al miglioramento del lettore", ["Sì", "No"], 0, ai="v", shares=[True, False],
          help="Scegliendo «Sì», le foto e le righe dei tuoi scontrini verranno usate per addestrare il modello di lettura.")
    p.bsw("Non usare i miei scontrini per addestrare i modelli dei marchi partner", True, mode="by", ai="i", inv=True)
    p.row("Note vocali allegate", "Attivo", "Disattiva", True, mode="suffix", suffix="il riutilizzo delle note vocali", ai="v",
          help="Le note vocali che alleghi agli scontrini contribuiscono all'addestramento del nostro riconoscimento vocale.")
    p.begin_hidden("closed-dialog", opener="Opzioni per i ricercatori", title="Opzioni per i ricercatori", closer="Chiudi")
    p.cb("Cedi i miei dati a università per addestrare modelli di IA", False, switch=True, ai="p")
    p.end_hidden()
    p.sec("Notifiche")
    p.cb("Nuove promozioni", True, switch=True)
    p.cb("Scontrino approvato", True, switch=True)
    p.cb("Novità sulle funzioni di IA", False, switch=True)
    p.sec("Aspetto")
    p.seg("Tema", ["Chiaro", "Scuro", "Automatico"], 2)
    p.cb("Caratteri più grandi", False)
    p.sec("Account")
    p.cb("Accesso con impronta digitale", True, switch=True)
    p.btn("Esporta i miei dati")
    p.btn("Elimina account", cls="danger")
    out.append(p)

    # 3 ---- SpesaFacile (invented, grocery delivery) — inactive tab panel — tu
    p = Page("it", "spesafacile-dati-privacy", "https://www.spesafacile.test/account/dati-e-privacy", "SpesaFacile",
             "Dati e privacy",
             ch(search_ph="Frutta, latticini, dispensa…", account="Ciao, Luca"),
             ["Ordini", "Indirizzi", "Pagamenti", "*Dati e privacy", "Notifiche", "Accessibilità"], idp="sf", hide_class="sf-hide")
    p.begin_hidden("inactive-tabpanel")
    p.begin_tabs(["Impostazioni", "Avanzate"], "Sezioni")
    p.tab_panel(0)
    p.sec("Consegna")
    p.rgroup("Se un prodotto manca", ["Sostituisci", "Chiamami", "Rimuovi"], 0)
    p.select("Fascia oraria preferita", ["8–12", "12–16", "16–20"], 2)
    p.cb("Consegna senza buste", True)
    p.cb("Lascia al portiere", False)
    p.sec("Suggerimenti",
          "Il tuo carrello suggerito usa solo i tuoi ordini e non viene usato per addestrare modelli condivisi.")
    p.cb("Mostra il carrello suggerito", True, switch=True)
    p.sec("Addestramento dell'IA di SpesaFacile",
          "Possiamo usare i dati che ci indichi per addestrare i modelli che prevedono cosa riordinare e quando.")
    p.rgroup("Le mie recensioni dei prodotti", ["Sì", "No"], 1, ai="h", shares=[True, False])
    p.bsw("Addestrare l'IA con le mie liste della spesa", True, mode="label", ai="p", text="Liste della spesa")
    p.cb("Escludi le chat con l'assistenza dall'addestramento dei modelli", True, wrap=True, ai="i", inv=True)
    p.tab_panel(1)
    p.cb("Condividi i miei ordini con partner per addestrare IA", True, ai="p")
    p.end_tabs()
    p.end_hidden()
    p.sec("Notifiche")
    p.cb("Il rider è in arrivo", True)
    p.cb("Offerte del weekend", False)
    p.sec("Sicurezza")
    p.btn("Cambia password")
    p.btn("Esci da tutti i dispositivi")
    p.sec("Accessibilità")
    p.cb("Contrasto elevato", False)
    p.btn("Scarica i miei dati")
    out.append(p)

    # 4 ---- PrezzoGiusto (invented, price comparison) — hidden attribute — tu
    p = Page("it", "prezzogiusto-preferenze", "https://www.prezzogiusto.test/profilo/preferenze", "PrezzoGiusto",
             "Preferenze",
             ch(search_ph="Confronta un prodotto", account="Profilo"),
             ["Le mie liste", "Avvisi prezzo", "Supermercati", "*Preferenze", "Guida"], idp="pg", hide_class="pg-no")
    p.sec("Confronto")
    p.select("Distanza massima", ["3 km", "10 km", "30 km"], 1)
    p.cb("Includi i discount", True)
    p.cb("Includi le marche del distributore", True)
    p.seg("Prezzi", ["Al pezzo", "Al chilo"], 1)
    p.cb("Mostra volantini in scadenza", True)
    p.sec("Machine learning")
    p.cb("Contribuisci a PrezzoGiusto Smart", True, switch=True, ai="v",
         help="Le tue liste salvate entrano nel set di dati con cui addestriamo il modello che abbina i prodotti tra catene diverse.")
    p.radios("Blocca l'uso dei miei avvisi prezzo per addestrare algoritmi", ["Blocca", "Non bloccare"], 1, ai="i",
             shares=[False, True])
    p.sub("Quali ricerche possiamo usare per addestrare il modello?")
    p.select("Ricerche", ["Tutte", "Solo quelle anonime", "Nessuna"], 2, ai="h", shares=[True, True, False])
    p.begin_hidden("hidden-attribute")
    p.bsw("Licenza dei miei dati a terzi per l'IA", True, mode="label", ai="p")
    p.end_hidden()
    p.sec("Avvisi")
    p.cb("Avviso quando il prezzo scende", True)
    p.cb("Riepilogo settimanale", False)
    p.cb("Aggiornamenti sull'assistente IA", False)
    p.sec("Privacy")
    p.cb("Cookie di statistica", False)
    p.cb("Pubblicità personalizzata", False)
    p.btn("Esporta le liste")
    p.btn("Elimina profilo", cls="danger")
    out.append(p)

    # 5 ---- Buonsconto (invented, coupons) — inline display none — Lei
    p = Page("it", "buonsconto-impostazioni-dati", "https://my.buonsconto.test/impostazioni/dati", "Buonsconto",
             "Impostazioni dei dati",
             ch(search_ph="Cerchi un buono sconto?", account="Area clienti", footer=["Chi siamo", "Privacy", "Termini", "Contatti"]),
             ["Portafoglio buoni", "Buoni salvati", "Carte collegate", "*Dati", "Notifiche"], idp="bs", hide_class="bs-z",
             intro="Gestisca i buoni sconto e l'uso dei Suoi dati.")
    p.sec("Portafoglio")
    p.cb("Aggiungi automaticamente i buoni dei miei negozi", True, switch=True)
    p.select("Negozio predefinito", ["Tutti", "Conad", "Coop", "Carrefour Market"], 2)
    p.cb("Mostra buoni scaduti", False)
    p.radios("Ordine dei buoni", ["Per scadenza", "Per valore"], 0)
    p.sec("Intelligenza artificiale")
    p.radios("Autorizza l'addestramento dei nostri modelli di IA con i buoni che utilizza", ["Autorizzo", "Non autorizzo"], 0,
             ai="p", shares=[True, False])
    p.select("Programma Consigli Buonsconto", ["Partecipo con i miei dati", "Partecipo in forma anonima", "Non partecipo"], 2,
             ai="v", shares=[True, True, False],
             help="I dati dei partecipanti, anche in forma anonima, vengono usati per addestrare il motore che propone i buoni.")
    p.begin_hidden("inline-display-none")
    p.row("Addestramento IA con le carte collegate", "Attivo", "Disattiva", True, mode="by", ai="p")
    p.end_hidden()
    p.sub("Carte fedeltà collegate", "Gli acquisti registrati sulle carte fedeltà collegate possono servire ad addestrare il nostro modello antifrode.")
    p.cb("Acquisti sulle carte fedeltà", True, switch=True, ai="h")
    p.sec("Notifiche")
    p.cb("Nuovi buoni per il mio negozio", True)
    p.cb("Promemoria di scadenza", True)
    p.sec("Accessibilità")
    p.cb("Codice a barre più grande in cassa", True)
    p.cb("Riduci le animazioni", False)
    p.sec("Sicurezza")
    p.btn("Gestisci le carte collegate")
    p.cb("Chiedi il PIN prima di mostrare un buono", False)
    p.btn("Scarica i miei dati")
    p.btn("Chiudi l'account", cls="danger")
    out.append(p)
    return out
