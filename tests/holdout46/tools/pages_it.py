from lib import Page


def giallozafferano():
    p = Page("it", "giallozafferano-privacy", "https://www.giallozafferano.it/account/privacy",
             "GialloZafferano", "Privacy e dati", known=True, kind="ricette",
             notes="Ricostruzione di un servizio noto. Casella esplicita «Consenti a GialloZafferano di usare le mie "
                   "ricette per addestrare i modelli di intelligenza artificiale» (non selezionata); interruttore "
                   "vago «Partecipa al Laboratorio del Gusto» spiegato solo dall'aiuto (attivo). Esche: menu della "
                   "settimana solo per te, lista della spesa, pubblicità, matrice newsletter, statistiche. Nascosto: "
                   "classe CSS visibility:hidden.",
             lead="Decidi come usiamo le tue ricette, i tuoi commenti e le tue preferenze.",
             nav=["Profilo", "Le mie ricette", "Ricettario", "Newsletter", "Privacy"], nav_current=4)
    with p.section("Profilo pubblico"):
        p.textfield("Nome visualizzato", "Nonna Pina")
        p.select("Chi può vedere il mio ricettario", ["Tutti", "Solo chi seguo", "Solo io"], 0)
        p.checkbox("Mostra la mia regione nel profilo", True)
        p.checkbox("Mostra le ricette che ho provato", False)
    with p.section("Suggerimenti"):
        p.switch("Menu della settimana personalizzato", True,
                 help="Costruito sulle ricette che salvi e visibile solo a te.")
        p.switch("Lista della spesa automatica", True)
    with p.section("Intelligenza artificiale",
                   "Sviluppiamo modelli di IA per la ricerca per ingredienti e per i consigli in cucina."):
        p.checkbox("Consenti a GialloZafferano di usare le mie ricette per addestrare i modelli di intelligenza "
                   "artificiale", False, ai="p")
        p.switch("Partecipa al Laboratorio del Gusto", True, ai="v",
                 help="Le ricette che salvi e i voti che dai vengono usati per addestrare i nostri nuovi modelli "
                      "di suggerimento.")
    with p.hidden("visclass"):
        p.checkbox("Cedi le foto dei miei piatti a partner per l'addestramento dell'IA", False, ai="p")
    with p.section("Pubblicità"):
        p.radios("Pubblicità", ["Personalizzata", "Non personalizzata"], 0)
        p.checkbox("Offerte dei partner via email", False)
    with p.section("Newsletter"):
        p.table(None, "Newsletter", ["Email", "Notifica"], ["Ricetta del giorno", "Speciale feste"],
                [[True, False], [True, True]])
    with p.section("Dati"):
        p.checkbox("Statistiche di utilizzo", True, help="Dati aggregati sulla navigazione, non usati per addestrare "
                                                         "modelli.")
        p.button("Scarica i miei dati")
    return p


def binario_veloce():
    p = Page("it", "binario-veloce-privacy", "https://www.binarioveloce.test/area-personale/privacy",
             "Binario Veloce", "Privacy", kind="treni",
             notes="Operatore ferroviario inventato. Riga di stato con opposizione «Non presentata» e pulsante "
                   "«Presenta opposizione» nominato via aria-labelledby (pulsante + titolo) → uso; infinito negativo "
                   "«Non utilizzare i miei viaggi per addestrare i modelli» (attivo → nessun uso). Esche: "
                   "aggiornamenti dall'assistente, offerte per tratta, avvisi, accessibilità. Nascosto: scheda "
                   "inattiva.",
             lead="Gestisci i dati dei tuoi viaggi.",
             nav=["I miei viaggi", "Dati personali", "Carta Veloce", "Privacy", "Fatture"], nav_current=3)
    p.tablist("Sezioni", ["Impostazioni", "Programma partner"], 0)
    with p.tabpanel(0):
        with p.section("Viaggio"):
            p.select("Posto preferito", ["Finestrino", "Corridoio", "Indifferente"], 0)
            p.checkbox("Carrozza silenzio quando disponibile", True)
            p.textfield("Numero Carta Veloce", "CV 2231 8840")
            p.select("Lingua dei biglietti", ["Italiano", "English", "Deutsch"], 0)
        with p.section("Assistente", "L'assistente virtuale ti aiuta a cambiare biglietto e a seguire il treno."):
            p.state_row("Opposizione all'addestramento dell'IA con le mie chat con l'assistente", "Non presentata",
                        "Presenta opposizione", mode="lby", ai="i", sharing=True)
            p.switch("Aggiornamenti in tempo reale dall'assistente", True)
        with p.section("Uso dei dati"):
            p.switch("Non utilizzare i miei viaggi per addestrare i modelli", True, ai="i")
            p.checkbox("Offerte in base alle tratte che percorro", True)
            p.checkbox("Statistiche anonime sull'uso dell'app", True,
                       help="Servono a migliorare l'app e non vengono usate per addestrare modelli.")
        with p.section("Avvisi"):
            p.table(None, "Avviso", ["SMS", "Notifica"], ["Ritardi", "Cambio binario"],
                    [[False, True], [True, True]])
        with p.section("Pagamenti"):
            p.select("Metodo di pagamento predefinito", ["Carta di credito", "PayPal", "Satispay"], 0)
            p.checkbox("Ricevi la fattura via email", True)
        with p.section("Accessibilità"):
            p.checkbox("Richiedo assistenza in stazione", False)
            p.segmented("Formato orari", ["24 ore", "12 ore"], 0)
        p.button("Scarica i miei dati")
    with p.tabpanel(1):
        with p.section("Programma partner"):
            p.switch("Consenti ai partner di addestrare l'IA con i dati della Carta Veloce", False, ai="p")
    return p


def tavolo_pronto():
    p = Page("it", "tavolo-pronto-impostazioni", "https://www.tavolopronto.test/profilo/impostazioni",
             "Tavolo Pronto", "Impostazioni", kind="prenotazione ristoranti",
             notes="App inventata di prenotazione ristoranti. Gruppo radio con legenda «Recensioni che scrivi», "
                   "legato all'addestramento solo dal titolo di sezione (Consenti); gruppo segmentato esplicito "
                   "(Disattivo). Esche: consigli sul proprio storico, traduzione delle recensioni, promemoria, punti, "
                   "account collegati. Nascosto: attributo hidden.",
             lead="Prenota il tuo tavolo nei ristoranti della tua città.",
             nav=["Profilo", "Prenotazioni", "Preferiti", "Punti", "Impostazioni"], nav_current=4)
    with p.section("Preferenze"):
        p.select("Numero di coperti abituale", ["2", "4", "6 o più"], 0)
        p.checkbox("Preferisco i tavoli all'aperto", True)
        p.textfield("Allergie e intolleranze", "Lattosio")
    with p.section("Consigli"):
        p.switch("Consigli di ristoranti in base ai miei gusti", True,
                 help="Calcolati sul tuo storico, solo per il tuo account.")
        p.switch("Traduci automaticamente le recensioni", True)
    with p.section("Addestramento dei modelli di IA",
                   "Tavolo Pronto addestra modelli propri per capire meglio i gusti dei clienti. Scegli cosa possiamo "
                   "usare."):
        p.radios("Recensioni che scrivi", ["Consenti", "Non consentire"], 0, ai="h", sharing=True)
        p.segmented("Addestramento dell'IA con le foto dei piatti", ["Attivo", "Disattivo"], 1, ai="p",
                    sharing=False)
    with p.hidden("attr"):
        p.checkbox("Usa le mie prenotazioni per addestrare i modelli dei ristoranti partner", False, ai="p")
    with p.section("Comunicazioni"):
        p.radios("Promemoria prenotazione", ["SMS", "Email", "Entrambi"], 2, mode="rg")
        p.checkbox("Offerte dei ristoranti preferiti", True)
        p.checkbox("Pubblicità personalizzata", False)
    with p.section("Notifiche"):
        p.table(None, "Notifica", ["Email", "Push"], ["Conferma prenotazione", "Tavolo liberato in lista d'attesa",
                                                     "Nuove aperture vicino a me"],
                [[True, True], [False, True], [False, False]])
    with p.section("Punti"):
        p.checkbox("Accumula punti su ogni prenotazione", True)
        p.select("Converti i punti in", ["Buono sconto", "Donazione"], 0)
    with p.section("Account collegati"):
        p.state_row("Google", "Collegato", "Scollega", mode="lby")
        p.state_row("Apple", "Non collegato", "Collega", mode="lby")
    with p.section("Dati"):
        p.checkbox("Statistiche di utilizzo", True)
        p.button("Scarica i miei dati")
    return p


def colline_ospitali():
    p = Page("it", "colline-ospitali-dati-privacy", "https://host.collineospitali.test/impostazioni/dati",
             "Colline Ospitali", "Dati e privacy", kind="agriturismi (area gestori e staff)",
             notes="Area gestori inventata per agriturismi, con dati dello staff. Riga di stato vaga «Programma "
                   "Ospitalità Smart» (Attivo → uso) spiegata dal testo vicino; interruttore esplicito per le foto "
                   "delle strutture (attivo); participio «Dati dello staff esclusi dall'addestramento dell'IA» in un "
                   "details chiuso (selezionato → nessun uso). Esche: tariffe suggerite, luminosità foto, corsi di "
                   "formazione, matrice permessi. Nascosto: dialogo chiuso.",
             lead="Impostazioni per l'Agriturismo Il Poggio e per il tuo staff.",
             nav=["Strutture", "Calendario", "Tariffe", "Messaggi", "Staff", "Dati e privacy"], nav_current=5)
    with p.section("Strutture"):
        p.switch("Mostra la struttura nei risultati di ricerca", True)
        p.select("Mostra l'indirizzo esatto", ["Dopo la prenotazione", "Sempre"], 0)
        p.checkbox("Mostra i prodotti dell'azienda agricola nella scheda", True)
    with p.section("Programma Ospitalità Smart"):
        p.state_row("Programma Ospitalità Smart", "Attivo", "Modifica", " adesione al programma Ospitalità Smart",
                    ai="v", sharing=True,
                    help="Con il programma attivo, i messaggi con gli ospiti e lo storico delle tariffe vengono usati "
                         "per addestrare i nostri modelli di tariffazione.")
        p.switch("Tariffe suggerite", True, help="Suggerimenti calcolati sulla domanda della zona; li approvi tu.")
    with p.section("Immagini"):
        p.switch("Usa le foto delle strutture per addestrare i modelli di IA di Colline Ospitali", True, ai="p")
        p.checkbox("Migliora automaticamente la luminosità delle foto", True)
    with p.hidden("dialog", title="Partner turistici", opener="Condivisione con i partner"):
        p.checkbox("Consenti ai partner turistici di addestrare modelli con le recensioni della struttura", False,
                   ai="p")
        p.button("Salva preferenze partner")
        p.button("Chiudi")
    with p.section("Tariffe"):
        p.textfield("Prezzo minimo a notte (€)", "70", typ="number")
        p.select("Soggiorno minimo", ["1 notte", "2 notti", "3 notti"], 1)
    with p.section("Staff"):
        p.table("Permessi", "Persona", ["Gestisce prenotazioni", "Vede incassi"],
                ["Giulia (reception)", "Marco (cucina)"], [[True, False], [False, False]])
    with p.section("Formazione"):
        p.switch("Corsi di formazione per lo staff di sala", True, help="Video brevi su accoglienza e servizio.")
    with p.details("Dati dello staff"):
        p.checkbox("Dati dello staff esclusi dall'addestramento dell'IA", True, ai="i")
        p.checkbox("Mostra i turni dello staff nel calendario", True)
    p.button("Scarica i dati della struttura")
    return p


def dispensa_smart():
    p = Page("it", "dispensa-smart-privacy-famiglia", "https://app.dispensasmart.test/impostazioni/famiglia",
             "Dispensa Smart", "Privacy della famiglia", kind="gestione dispensa e spesa (famiglia)",
             notes="App inventata per dispensa e spesa di famiglia. Selezione vaga «Aiuta a migliorare Dispensa Smart» "
                   "spiegata dall'aiuto (No); interruttore «Elenchi della spesa della famiglia» che solo il titolo "
                   "«Addestramento dei modelli» lega all'IA (attivo); imperativo «Escludi le mie ricette "
                   "dall'addestramento dell'IA» (selezionato → nessun uso); casella esplicita con partner (non "
                   "selezionata). Esche: lettura scontrini sul telefono, scadenze, rapporti sugli arresti. Nascosto: "
                   "display:none in linea.",
             lead="Le impostazioni valgono per tutti i membri della famiglia collegati.",
             nav=["Dispensa", "Lista della spesa", "Scontrini", "Famiglia", "Privacy"], nav_current=4)
    with p.section("Famiglia"):
        p.table(None, "Membro", ["Modifica la lista", "Vede gli scontrini"], ["Laura", "Tommaso"],
                [[True, True], [True, False]])
    with p.section("Scontrini"):
        p.switch("Leggi automaticamente gli scontrini fotografati", True,
                 help="Il riconoscimento avviene sul telefono.")
        p.select("Aiuta a migliorare Dispensa Smart", ["Sì", "No"], 1, ai="v", sharing=False,
                 help="Con «Sì», gli scontrini della famiglia vengono usati, senza nomi, per addestrare i nostri "
                      "modelli di previsione dei consumi.")
    with p.section("Addestramento dei modelli",
                   "Scegli quali dati della famiglia possono servire ad addestrare i modelli di Dispensa Smart."):
        p.switch("Elenchi della spesa della famiglia", True, ai="h")
        p.checkbox("Escludi le mie ricette dall'addestramento dell'IA", True, ai="i")
    with p.hidden("style"):
        p.switch("Usa le foto del frigorifero per addestrare il riconoscimento prodotti", False, ai="p")
    with p.section("Partner"):
        p.checkbox("Condividi i miei dati di consumo con partner per addestrare i loro modelli di IA", False, ai="p")
        p.checkbox("Offerte personalizzate dei supermercati", False)
        p.select("Supermercato preferito", ["Coop", "Conad", "Esselunga", "Nessuno"], 1)
    with p.section("Scadenze"):
        p.switch("Avvisami quando un prodotto sta per scadere", True)
        p.segmented("Anticipo dell'avviso", ["1 giorno", "3 giorni", "1 settimana"], 1)
        p.checkbox("Riepilogo settimanale della spesa", True)
    with p.section("Diagnostica"):
        p.checkbox("Invia rapporti sugli arresti anomali", True,
                   help="Contengono solo dati tecnici e non vengono usati per addestrare modelli.")
        p.button("Esporta la dispensa")
    return p


PAGES = [giallozafferano, binario_veloce, tavolo_pronto, colline_ospitali, dispensa_smart]
