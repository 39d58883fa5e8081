"""Pagine in italiano (blind50: energia, acqua, assicurazioni casa e servizi per la casa)."""
from lib import Page, C


def skel(p, search_ph, account, menu, nav_label, nav, current):
    p.header("Cerca", search_ph, "Lingua",
             [("it", "Italiano"), ("en", "English"), ("de", "Deutsch")], "it", account, menu)
    p.nav(nav_label, nav, current)


def enel():
    p = Page("it", "enel-energia-privacy-consensi",
             "https://www.enel.it/it/area-clienti/residenziale/profilo/privacy-e-consensi",
             "Privacy e consensi | Area Clienti Enel Energia", "Enel Energia", "fornitore di luce e gas",
             known=True,
             notes="Interruttore esplicito attivo; casella esplicita non selezionata (registrazioni delle "
                   "chiamate); riga di stato «Non presentata» con l'azione «Opponiti» (nome completato da "
                   "testo per lettori di schermo). Consumi orari, consigli di risparmio e consensi "
                   "commerciali sono esche.")
    skel(p, "Cerca nel sito", "Il mio profilo",
         ["Dati personali", "Le mie forniture", "Esci"],
         "Area Clienti", ["Home", "Bollette", "Consumi", "Forniture", "Profilo", "Privacy e consensi"],
         "Privacy e consensi")
    p.h1("Privacy e consensi", "Scegli come contattarti e come possiamo usare i tuoi dati.")
    with p.section("Bolletta"):
        p.radios("Ricezione della bolletta", [("web", "Bolletta web (via email)"), ("carta", "Bolletta cartacea")],
                 "web")
        p.select("Metodo di pagamento", [("rid", "Addebito diretto su conto corrente"), ("carta", "Carta di credito"),
                                         ("bollettino", "Bollettino postale")], "rid")
        p.checkbox("Avviso di scadenza via SMS", True)
    with p.section("Consumi"):
        p.switch("Mostra i consumi orari nell'app", True)
        p.switch("Consigli di risparmio personalizzati", True,
                 help="Calcolati sui tuoi consumi degli ultimi 12 mesi.")
    with p.section("Intelligenza artificiale",
                   "Enel utilizza modelli di intelligenza artificiale per prevedere la domanda di energia "
                   "e migliorare l'assistenza."):
        p.switch("Consenti a Enel di usare i miei consumi orari per addestrare i propri modelli di IA", True, t="p")
        p.checkbox("Usare le registrazioni delle mie chiamate al servizio clienti per addestrare l'assistente virtuale",
                   False, t="p")
        p.state_row("Opposizione all'addestramento dell'IA con i miei dati di contratto", "Non presentata",
                    "Opponiti", "all'addestramento dell'IA con i miei dati di contratto", t="i", sharing=True)
        with p.hide("inline-none"):
            p.switch("Condividi i dati del contatore con partner per addestrare modelli di IA", True, ai=True)
    with p.section("Servizi"):
        p.switch("Notifiche push dell'app", True)
        p.switch("Avviso di consumo anomalo", True)
        p.checkbox("Partecipa al programma fedeltà", False)
        p.checkbox("Bolletta a caratteri grandi", False)
        p.select("Canale di contatto preferito", [("email", "Email"), ("tel", "Telefono"), ("app", "App")], "app")
        p.text_input("Numero di cellulare", "347 123 4567", type="tel")
        p.button("Aggiungi un delegato")
    with p.section("Comunicazioni commerciali"):
        p.table("Consensi commerciali", "Consenso", ["Email", "SMS", "Telefono"], [
            ("Offerte Enel", [C(False), C(False), C(False)]),
            ("Offerte di partner", [C(False), C(False), C(False)]),
        ])
    with p.actions():
        p.button("Scarica i tuoi dati")
        p.button("Salva", cls="btn")
    p.footer(["Note legali", "Privacy", "Cookie policy", "Accessibilità"], "Enel Energia S.p.A.")
    return p


def valmora():
    p = Page("it", "acquedotto-valmora-privacy",
             "https://areaclienti.acquedotto-valmora.test/impostazioni/privacy",
             "Privacy – Area clienti Acquedotto Valmora", "Acquedotto Valmora", "gestore del servizio idrico",
             notes="Interruttore di progetto dal nome vago («Aderisci al progetto Acqua Intelligente») con "
                   "aiuto collegato che parla di addestramento; casella esplicita non selezionata. Avvisi di "
                   "perdita, statistiche del sito (l'aiuto dice che non alimentano modelli) e delegati sono esche.")
    skel(p, "Cerca", "Il mio account",
         ["Le mie utenze", "Voltura", "Esci"],
         "Area clienti", ["Riepilogo", "Bollette", "Letture", "Impostazioni"], "Impostazioni")
    p.h1("Privacy e avvisi")
    with p.section("Fornitura"):
        p.select("Modalità di pagamento", [("sdd", "Addebito SEPA"), ("pagopa", "PagoPA")], "sdd")
        p.checkbox("Bolletta elettronica", True)
        p.radios("Autolettura", [("email", "Ricordamelo via email"), ("sms", "Ricordamelo via SMS"),
                                 ("no", "Non ricordarmelo")], "email")
    with p.section("Perdite e interruzioni"):
        p.switch("Avviso di possibile perdita", True)
        p.switch("Avvisi di interruzione programmata", True)
    with p.section("Notifiche"):
        p.table("Avvisi per canale", "Avviso", ["Email", "SMS"], [
            ("Bolletta disponibile", [C(True), C(False)]),
            ("Lavori nella mia via", [C(True), C(True)]),
        ])
    with p.section("Ricerca"):
        p.switch("Aderisci al progetto Acqua Intelligente", True,
                 help="Le letture orarie dei contatori aderenti vengono usate per addestrare un modello che "
                      "individua le perdite in rete.", t="v")
        p.checkbox("Consenti all'Università di Valmora di addestrare modelli con i miei consumi", False, t="p")
        p.checkbox("Statistiche anonime sull'uso del sito", True,
                   help="Servono solo a contare le visite; non alimentano alcun modello.", hm="near")
        with p.hide("class-vis"):
            p.switch("Invia le letture al consorzio per l'addestramento dell'IA", True, ai=True)
    with p.section("Delegati"):
        p.switch("Consenti all'amministratore di condominio di vedere i miei consumi", False)
        p.button("Aggiungi un delegato")
    with p.actions():
        p.button("Scarica lo storico delle letture")
        p.button("Salva", cls="btn")
    p.footer(["Carta del servizio", "Privacy", "Trasparenza"], "Acquedotto Valmora S.p.A.")
    return p


def tutelacasa():
    p = Page("it", "tutelacasa-consensi",
             "https://www.tutelacasa.test/area-riservata/consensi",
             "Consensi – TutelaCasa Assicurazioni", "TutelaCasa Assicurazioni", "assicurazione casa",
             notes="Gruppo segmentato «Registrazioni delle chiamate» che ha senso solo tramite il titolo "
                   "della sezione; casella imperativa «Escludi …» non selezionata; interruttore esplicito "
                   "spento. Denuncia guidata dall'assistente, perizia in videochiamata e marketing sono esche.")
    skel(p, "Cerca", "Area riservata",
         ["Le mie polizze", "Documenti", "Esci"],
         "Area riservata", ["Riepilogo", "Polizze", "Sinistri", "Pagamenti", "Consensi"], "Consensi")
    p.h1("Consensi e privacy")
    tabs = p.tabs("Polizze", ["Polizza casa", "Polizza auto"], 0)
    with p.tabpanel(tabs, 0):
        with p.section("Polizza casa"):
            p.radios("Invio documenti", [("area", "In area riservata"), ("posta", "Per posta")], "area",
                     kind="radiogroup")
            p.checkbox("Rinnovo automatico", True)
            p.select("Frazionamento del premio", [("annuale", "Annuale"), ("semestrale", "Semestrale"),
                                                  ("mensile", "Mensile")], "annuale")
    with p.tabpanel(tabs, 1):
        with p.section("Polizza auto"):
            p.switch("Usa i dati della scatola nera per addestrare i modelli dei partner", True, ai=True)
    with p.section("Sinistri"):
        p.switch("Denuncia guidata dall'assistente digitale", True)
        p.switch("Perizia in videochiamata", True)
        p.text_input("Telefono per essere ricontattato", "", type="tel")
    with p.section("Addestramento dei modelli",
                   "I nostri modelli di stima dei danni imparano dai sinistri chiusi. "
                   "Scegli che cosa possono usare dei tuoi."):
        p.segmented("Registrazioni delle chiamate", ["Sì", "No"], "No", t="h", share={"Sì"})
        p.checkbox("Escludi i miei sinistri dall'addestramento dell'IA", False, t="i")
    with p.section("Tariffa"):
        p.switch("Usa i dati della mia abitazione per addestrare il modello tariffario di TutelaCasa", False, t="p")
    with p.section("Marketing"):
        p.checkbox("Offerte personalizzate", False)
        p.checkbox("Newsletter", True)
        p.checkbox("Comunicazioni di partner", False)
    with p.actions():
        p.button("Richiedi una copia dei dati")
        p.button("Salva", cls="btn")
    p.footer(["Informativa privacy", "Reclami", "Note legali"], "TutelaCasa Assicurazioni S.p.A.")
    return p


def casasubito():
    p = Page("it", "casasubito-privacy",
             "https://www.casasubito.test/account/impostazioni/privacy",
             "Privacy – CasaSubito", "CasaSubito", "piattaforma di professionisti per la casa",
             notes="Interruttore esplicito attivo; «Disattiva l'addestramento …» attivo; «Contribuisci a "
                   "Prezzo Giusto» con aiuto collegato che parla di addestramento. Assistente per scrivere "
                   "la richiesta, traduzione e calendario sono esche.")
    skel(p, "Cerca un professionista", "Account",
         ["Richieste inviate", "Preferiti", "Esci"],
         "Impostazioni", ["Profilo", "Notifiche", "Privacy", "Pagamenti"], "Privacy")
    p.h1("Privacy")
    with p.section("Profilo"):
        p.select("Chi vede il mio indirizzo", [("scelti", "Solo i professionisti che scelgo"),
                                               ("tutti", "Tutti quelli che mandano un preventivo")], "scelti")
        p.switch("Mostra il mio nome ai professionisti", True)
    with p.section("Richieste"):
        p.radios("Quanti preventivi vuoi ricevere?", [("3", "Fino a 3"), ("5", "Fino a 5")], "5")
        p.switch("Scrivi la richiesta con l'assistente IA", True,
                 help="L'assistente propone un testo che puoi modificare prima di pubblicarlo.")
    with p.section("Messaggi"):
        p.switch("Traduci automaticamente i messaggi", False)
        p.checkbox("Avvisami via email", True)
        p.checkbox("Avvisami su WhatsApp", False)
    with p.section("Dati e intelligenza artificiale",
                   "CasaSubito addestra modelli propri per stimare il costo dei lavori."):
        p.switch("Usa le mie richieste per addestrare i modelli di CasaSubito", True, t="p")
        p.switch("Disattiva l'addestramento sulle foto dei miei lavori", True, t="i")
        p.switch("Contribuisci a Prezzo Giusto", False,
                 help="Il prezzo finale dei lavori che hai pagato diventa un esempio di addestramento per il "
                      "modello che suggerisce i prezzi.", t="v")
        with p.hide("hidden-attr"):
            p.switch("Condividi i miei messaggi con partner che sviluppano IA", True, ai=True)
    with p.section("Recensioni"):
        p.switch("Pubblica le mie recensioni con il nome", True)
        p.select("Promemoria per lasciare una recensione", [("1", "Il giorno dopo"), ("7", "Dopo una settimana"),
                                                            ("mai", "Mai")], "1")
        p.button("Collega Google Calendar")
    with p.actions():
        p.button("Scarica i miei dati")
        p.button("Elimina account")
    p.footer(["Come funziona", "Assistenza", "Privacy", "Termini"], "CasaSubito S.r.l.")
    return p


def caldosmart():
    p = Page("it", "caldosmart-dati",
             "https://app.caldosmart.test/impostazioni/dati",
             "Dati – CaldoSmart", "CaldoSmart", "app per caldaia e termostato connessi",
             notes="Gruppo radio esplicito («Sì» selezionato); interruttore al participio «Impianto escluso "
                   "dall'addestramento dell'IA dei partner» acceso. Programmazione adattiva sul termostato, rapporti sugli "
                   "arresti anomali (l'aiuto dice che non addestrano), accessi di famiglia e corsi di "
                   "formazione sono esche.")
    skel(p, "Cerca nelle impostazioni", "Profilo",
         ["Le mie case", "Abbonamento", "Assistenza", "Esci"],
         "Impostazioni", ["Riscaldamento", "Famiglia", "Dati", "Dispositivi"], "Dati")
    p.h1("Dati e impostazioni", "Casa di via Manzoni")
    with p.section("Riscaldamento"):
        p.select("Unità di temperatura", [("c", "°C"), ("f", "°F")], "c")
        p.switch("Modalità Eco quando esci di casa", True)
        p.switch("Programmazione adattiva", True,
                 help="Impara le tue abitudini direttamente sul termostato; i dati non escono da casa tua.")
        p.switch("Rilevamento finestra aperta", True)
        p.select("Aggiornamenti firmware", [("auto", "Installa automaticamente"), ("chiedi", "Chiedi prima")], "auto")
    with p.section("Famiglia"):
        p.table("Chi può usare il termostato", "Persona", ["Modificare la temperatura", "Vedere i consumi"], [
            ("Giulia", [C(True), C(True)]),
            ("Ospite", [C(True), C(False)]),
        ])
    with p.section("I tuoi dati"):
        p.radios("Consenti l'uso dello storico della caldaia per addestrare i nostri modelli predittivi",
                 [("si", "Sì"), ("no", "No")], "si", t="p", share={"si"})
        p.switch("Impianto escluso dall'addestramento dell'IA dei partner", True, t="i")
        p.switch("Invia rapporti sugli arresti anomali", True,
                 help="Servono solo a correggere gli errori e non vengono usati per addestrare modelli.")
        p.checkbox("Invitami ai corsi di formazione sul risparmio energetico", False)
        with p.dialog("Programma di ricerca", "Programma di ricerca con il Politecnico"):
            p.switch("Partecipa allo studio: i dati della caldaia addestrano i modelli del Politecnico", False, ai=True)
            p.button("Chiudi")
    with p.actions():
        p.button("Esporta i dati")
        p.button("Rimuovi dispositivo")
        p.button("Salva", cls="btn")
    p.footer(["Assistenza", "Privacy", "Termini"], "CaldoSmart S.r.l.")
    return p


PAGES = [enel, valmora, tutelacasa, casasubito, caldosmart]
