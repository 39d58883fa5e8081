from lib import Page


def flo():
    p = Page("it", "flo-privacy-gravidanza", "Flo", "https://app.flo.health/settings/privacy?hl=it",
             "Privacy e dati", known=True, user="Giulia Conti", color="#f25c7a",
             intro="Modalità gravidanza attiva · 22ª settimana",
             nav=["Il mio profilo", "Gravidanza", "Promemoria", "Privacy e dati", "Abbonamento", "Assistenza"],
             nav_active=3,
             notes="Servizio noto (ricostruzione), del tu. Casella esplicita non spuntata; switch aria-labelledby "
                   "all'imperativo 'Escludi…' disattivato (quindi i dati vengono usati). Esche: Health Assistant "
                   "che non addestra, modalità anonima, offerte. Nascosto: visibility:hidden.")
    s1 = (p.sw("Modalità gravidanza", True, mode="text")
          + p.text("Data presunta del parto", "2025-12-03", type="date")
          + p.select("Unità di misura", ["kg e cm", "lb e pollici"], 0)
          + p.cb("Promemoria settimanali sullo sviluppo del bambino", checked=True))
    p.add(p.section("Gravidanza", s1))
    s2 = (p.cb("Consenti a Flo di usare i dati della gravidanza per addestrare i suoi modelli di IA", checked=False,
               ai=(False, "p"))
          + p.sw("Escludi i miei sintomi dall'addestramento dell'IA", False, ai=(True, "i"))
          + p.cb("Health Assistant: risposte personalizzate", checked=True,
                 help="Le risposte si basano sui tuoi dati, che non vengono usati per addestrare i modelli."))
    with p.hidden():
        ric = p.cb("Condividi i dati con partner di ricerca per l'addestramento", checked=False, ai=(False, "p"))
    s2 += p.conceal("visibility", ric)
    p.add(p.section("Intelligenza artificiale", s2))
    s3 = (p.sw("Modalità anonima", False, mode="aria-label", shown="Modalità anonima")
          + p.cb("Codice di accesso all'app", checked=True)
          + p.cb("Condividi gli aggiornamenti con il partner", checked=True)
          + p.cb("Offerte personalizzate", checked=False)
          + p.radios("Tema", ["Chiaro", "Scuro", "Automatico"], 2))
    p.add(p.section("Riservatezza e preferenze", s3))
    s4 = (p.button("Scarica i miei dati") + " " + p.button("Gestisci abbonamento") + " "
          + p.button("Elimina account", cls="btn btn-danger"))
    p.add(p.section("Account", s4))
    p.add(p.button("Salva", cls="btn btn-primary"))
    return p


def girotondo():
    p = Page("it", "girotondo-privacy-consensi", "Girotondo", "https://genitori.girotondo.test/bambini/tommaso/consensi",
             "Privacy e consensi", user="Francesca Bianchi", color="#e17055",
             intro="Asilo nido Il Girotondo · Sezione Lattanti · Tommaso Bianchi",
             nav=["Diario", "Foto", "Menù", "Pagamenti", "Privacy e consensi", "Messaggi"], nav_active=4,
             notes="App per asilo nido inventata, del Lei. Tabella con colonna 'Consento' il cui senso viene solo "
                   "dalla didascalia; riga di stato 'Revoca' con suffisso nascosto (consenso prestato = uso). Esche: "
                   "riassunto IA, traduzione, album di sezione. Nascosto: <dialog> chiuso con i vecchi consensi.")
    s1 = p.table("Addestramento del diario automatico", "Dati", ["Consento"],
                 [("Foto", [(False, (False, "h"))]),
                  ("Note delle educatrici", [(True, (True, "h"))])],
                 intro="Il diario della giornata viene scritto con l'aiuto di un assistente. Indichi quali dati di "
                       "Tommaso possono servire a migliorarlo.")
    s1 += p.state_row("Revoca del consenso", "Consenso prestato il 15/09/2024", "Revoca",
                      suffix="il consenso all'addestramento dell'IA", ai=(True, "i"))
    with p.hidden():
        old = p.cb("Acconsento all'uso delle immagini di Tommaso per addestrare il riconoscimento facciale",
                   checked=True, ai=(True, "p"))
    s1 += p.dialog("Consensi precedenti", "Consensi raccolti nel 2023", old, close="Chiudi")
    p.add(p.section("Intelligenza artificiale", s1))
    s2 = (p.sw("Riassunto della giornata con IA", True,
               help="Generato per Lei dalle note delle educatrici; non viene usato per addestrare modelli.")
          + p.sw("Traduzione automatica dei messaggi", False, mode="text")
          + p.seg("Lingua dei messaggi", ["Italiano", "English"], 0)
          + p.cb("Pubblicare le foto di Tommaso nell'album della sezione", checked=True)
          + p.cb("Notifica all'uscita", checked=True)
          + p.cb("Newsletter del nido", checked=False))
    p.add(p.section("Comunicazioni", s2))
    s3 = (p.text("Allergie e intolleranze", "Nessuna")
          + p.button("Aggiungi una persona delegata al ritiro")
          + p.select("Metodo di pagamento", ["Addebito SDD", "Carta", "Bonifico"], 0)
          + p.button("Scarica le ricevute per il bonus nido") + " " + p.button("Scrivi alla coordinatrice"))
    p.add(p.section("Dati di Tommaso e pagamenti", s3))
    p.add(p.button("Salva", cls="btn btn-primary"))
    return p


def vegliabimbo():
    p = Page("it", "vegliabimbo-privacy", "Vegliabimbo", "https://account.vegliabimbo.test/dispositivi/cameretta/privacy",
             "Privacy", user="Luca Ferri", color="#0984e3",
             intro="Vegliabimbo Cam HD · Cameretta di Sofia",
             nav=["Dispositivi", "Cameretta di Sofia", "Avvisi", "Registrazioni", "Privacy", "Famiglia"],
             nav_active=4,
             notes="Baby monitor inventato, del tu. Schede: 'Dati e IA' attiva. Fieldset 'Programma Notti Serene' "
                   "spiegato solo dall'aiuto collegato; checkbox nativa role=switch esplicita; casella 'Non "
                   "consentire…' spuntata. Esche: rilevamento del pianto sul dispositivo, statistiche senza "
                   "addestramento. Nascosto: scheda 'Archivio' inattiva.")
    t1 = (p.radios("Programma Notti Serene", ["Partecipa", "Non partecipare"], 1, ai=(False, "v"),
                   help="Chi partecipa invia registrazioni audio anonime che usiamo per addestrare il "
                        "riconoscimento del pianto.")
          + p.cb("Usa i video della culla per migliorare i modelli di Vegliabimbo", checked=True, switch=True,
                 ai=(True, "p"))
          + p.cb("Non consentire ai partner di addestrare algoritmi con i dati del sonno", checked=True,
                 ai=(False, "i"))
          + p.sw("Rilevamento del pianto", True, mode="text", help="Avviene sul dispositivo.")
          + p.cb("Statistiche del sonno", checked=True,
                 help="Servono solo al tuo report settimanale; non alimentano l'addestramento."))
    with p.hidden():
        t2 = p.cb("Invia i video notturni al produttore per addestrare i modelli", checked=False, ai=(False, "p"))
    p.add(p.section("Dati", p.tabs("Dati", [("Dati e IA", t1), ("Archivio", t2)])))
    s2 = (p.select("Sensibilità", ["Bassa", "Media", "Alta"], 1)
          + p.cb("Avviso temperatura", checked=True)
          + p.cb("Ninna nanna automatica al pianto", checked=False)
          + p.seg("Luce notturna", ["Spenta", "Soffusa", "Piena"], 1))
    p.add(p.section("Avvisi e cameretta", s2))
    s3 = (p.select("Conserva le registrazioni per", ["24 ore", "7 giorni", "30 giorni"], 1)
          + p.button("Scarica registrazioni") + " " + p.button("Aggiorna firmware") + " "
          + p.button("Invita un familiare"))
    p.add(p.section("Registrazioni e famiglia", s3))
    p.add(p.button("Salva", cls="btn btn-primary"))
    return p


def famigliapiu():
    p = Page("it", "famigliapiu-privacy-ia", "FamigliaPiù", "https://web.famigliapiu.test/impostazioni/privacy-ia",
             "Privacy e intelligenza artificiale", user="Marco Esposito", color="#00b894",
             intro="Famiglia Esposito · 5 membri",
             nav=["Calendario", "Liste", "Compiti di casa", "Pasti", "Membri", "Privacy e IA"], nav_active=5,
             notes="Calendario familiare inventato, del tu. Gruppo aria-pressed 'Impegni dei bambini' (senso dal "
                   "titolo e dall'introduzione); switch aria-label 'Opposizione all'addestramento da parte di terzi' "
                   "attivo, dentro <details> chiuso. Esche: suggerimenti dell'assistente, riepilogo serale, offerte. "
                   "Nascosto: attributo hidden.")
    s1 = (p.sw("Suggerimenti dell'assistente per la settimana", True,
               help="Calcolati sul momento; non li usiamo per addestrare nulla.")
          + p.cb("Riepilogo serale", checked=True)
          + p.cb("Notifiche push", checked=True))
    p.add(p.section("Assistente", s1))
    s2 = p.seg("Impegni dei bambini", ["Sì", "No"], 0, ai=(True, "h"))
    with p.collapsed():
        op = p.sw("Opposizione all'addestramento da parte di terzi", True, mode="aria-label",
                  shown="Opposizione all'addestramento da parte di terzi", ai=(False, "i"))
    s2 += p.details("Altre opzioni", op)
    with p.hidden():
        voc = p.cb("Usa i miei messaggi vocali per addestrare l'assistente", checked=False, ai=(False, "p"))
    s2 += p.conceal("hidden", voc)
    p.add(p.section("Aiutaci a migliorare l'assistente", s2,
                    intro="Con il tuo permesso usiamo impegni e liste, resi anonimi, per addestrare l'assistente "
                          "che organizza la settimana."))
    s3 = (p.text("Nome della famiglia", "Gli Esposito")
          + p.button("Invita un familiare")
          + p.select("Chi può vedere il calendario dei bambini", ["Tutta la famiglia", "Solo i genitori"], 1)
          + p.select("La settimana inizia", ["Lunedì", "Domenica"], 0)
          + p.cb("Compleanni in evidenza", checked=True)
          + p.cb("Offerte dei negozi vicini", checked=False))
    p.add(p.section("Famiglia e condivisione", s3))
    s4 = (p.button("Collega Google Calendar") + " " + p.button("Esporta (.ics)") + " "
          + p.button("Passa a FamigliaPiù Premium") + " " + p.button("Elimina account", cls="btn btn-danger"))
    p.add(p.section("Account", s4))
    p.add(p.button("Salva", cls="btn btn-primary"))
    return p


def occhio():
    p = Page("it", "occhiogenitori-giulia", "Occhio Genitori", "https://area.occhiogenitori.test/figli/giulia/impostazioni",
             "Impostazioni di Giulia", user="Simona Greco", color="#6c5ce7",
             intro="Giulia · 12 anni · smartphone",
             nav=["Panoramica", "Giulia", "Matteo", "Dispositivi", "Report", "Abbonamento"], nav_active=1,
             notes="Controllo parentale inventato, del tu. Switch a testo esplicito disattivato; riga di stato "
                   "'Opponiti' con suffisso nascosto (opposizione non esercitata = uso). Esche: avvisi su contenuti "
                   "sensibili analizzati sul telefono, report, acquisti. Nascosto: display:none in linea.")
    s1 = (p.select("Limite giornaliero", ["1 ora", "2 ore", "3 ore", "Nessun limite"], 2)
          + p.cb("Blocco notturno", checked=True)
          + p.cb("Modalità compiti (15–17)", checked=True)
          + p.seg("Weekend", ["Regole uguali", "Più libero"], 0)
          + p.button("Blocca ora il telefono", cls="btn btn-danger"))
    p.add(p.section("Tempo di utilizzo", s1))
    s2 = (p.radios("Fascia d'età dei contenuti", ["7+", "12+", "14+"], 1)
          + p.cb("Chiedi prima di installare app", checked=True)
          + p.cb("Acquisti in-app", checked=False)
          + p.sw("Avvisi su contenuti sensibili", True, help="L'analisi avviene sul telefono di Giulia."))
    p.add(p.section("App e contenuti", s2))
    s3 = (p.sw("Addestra il filtro con la cronologia di Giulia", False, mode="text", ai=(False, "p"))
          + p.state_row("Diritto di opposizione", "Non esercitato", "Opponiti",
                        suffix="all'addestramento con i dati di Giulia", ai=(True, "i"),
                        desc="Puoi opporti all'uso dell'attività di Giulia per addestrare i nostri modelli di "
                             "classificazione."))
    with p.hidden():
        dev = p.cb("Consenti agli sviluppatori di app di addestrare modelli con l'attività di Giulia", checked=False,
                   ai=(False, "p"))
    s3 += p.conceal("display", dev)
    p.add(p.section("Dati di Giulia", s3))
    s4 = (p.cb("Report settimanale", checked=True) + p.button("Vedi posizione") + " "
          + p.button("Aggiungi un figlio") + " " + p.button("Cambia PIN"))
    p.add(p.section("Famiglia", s4))
    p.add(p.button("Salva", cls="btn btn-primary"))
    return p


def pages():
    return [flo(), girotondo(), vegliabimbo(), famigliapiu(), occhio()]
