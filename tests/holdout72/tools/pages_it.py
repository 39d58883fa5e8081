from lib import Page, LANGS

L = LANGS["it"]


def corriere():
    p = Page("it", "corriere-profilo-privacy", "https://www.corriere.it/profilo/privacy/", "Corriere della Sera",
             "Privacy - Il mio profilo - Corriere della Sera", "Privacy e dati",
             "Servizio noto (ricostruzione, tu). Radiogroup vago con aiuto sull'addestramento, interruttore esplicito sui commenti, pulsanti segmentati «Opposizione» (invertito); casella partner con visibility:hidden.",
             ["Il mio profilo", "Abbonamento", "Newsletter", "Privacy e dati", "Commenti", "Assistenza"], active=3,
             intro="Scegli come il Corriere può usare le tue informazioni.",
             known=True, search=("Cerca", "Cerca nel Corriere"), langsel=("Lingua", L),
             account=("Il mio profilo", ["Abbonamento", "Articoli salvati", "Esci"]),
             footer=("Copyright RCS MediaGroup S.p.A.", "Note legali", "Privacy", "Cookie policy", "Contatti"),
             prefix="cr", hide_class="nascosto", accent="#1f3b5b", font="'Corriere Serif',Georgia,serif")
    p.sec("Archivio storico")
    p.rgroup("Contribuisci a Corriere Lab", ["Sì", "No"], 0, shares=[True, False],
             help="Le tue ricerche nell'archivio storico vengono usate per addestrare i modelli di intelligenza artificiale del nostro motore di ricerca.", ai="v")
    p.sw("Salva le ricerche recenti", True)
    p.end()
    p.sec("Commenti")
    p.text("Nome visualizzato", "Giulio_da_Bergamo")
    p.sw("Consenti l'uso dei miei commenti per addestrare modelli di IA", False, ai="p")
    p.cb("Avvisami quando qualcuno risponde", True)
    p.end()
    p.sec("Lettura")
    p.seg("Opposizione all'addestramento dell'IA con la mia cronologia di lettura", ["Attiva", "Non attiva"], 0,
          shares=[False, True], ai="i")
    p.cb("Condividi i miei dati di lettura con partner per l'addestramento di IA", False, hide="visibility")
    p.sw("Ascolta gli articoli con voce sintetica", True, help="La voce è generata automaticamente e non impara dai tuoi ascolti.")
    p.sw("Riprendi la lettura su altri dispositivi", True)
    p.end()
    p.sec("Newsletter")
    p.cb("Il Punto – prima ora", True)
    p.cb("Corriere Motori", False)
    p.cb("Offerte del Corriere e dei partner", False)
    p.end()
    p.sec("Pubblicità e statistiche")
    p.sw("Pubblicità personalizzata", False)
    p.sw("Statistiche di lettura", True, help="Dati aggregati, mai usati per addestrare modelli.")
    p.button("Gestisci i cookie")
    p.button("Scarica i miei dati")
    p.button("Elimina account")
    p.end()
    return p


def gazzetta():
    p = Page("it", "gazzettadellago-preferenze", "https://abbonati.gazzettadellago.test/area-personale/preferenze", "La Gazzetta del Lago",
             "Preferenze – Area personale – La Gazzetta del Lago", "Preferenze",
             "Quotidiano locale inventato (Lei). Riga di stato «Escludi» via aria-labelledby sotto il titolo «Addestramento dell'intelligenza artificiale» (solo intestazione), tabella con colonna «Addestramento IA»; interruttore per l'account del figlio in una finestra di dialogo chiusa.",
             ["Il mio abbonamento", "Consegna", "Preferenze", "Edizione digitale", "Pagamenti"], active=2,
             intro="Il quotidiano delle sponde del lago dal 1903.",
             search=("Cerca", "Cerca nell'archivio"), langsel=("Lingua", L),
             account=("Sig.ra Colombo", ["Sfoglia il giornale", "Consegna", "Esci"]),
             footer=("Editrice La Gazzetta del Lago S.r.l.", "Note legali", "Privacy", "Pubblicità", "Scrivi alla redazione"),
             prefix="gl", hide_class="non-visibile", accent="#005b96", font="'Crimson Pro',serif", bg="#f2f5f8")
    p.sec("Consegna")
    p.select("Consegna durante le ferie", ["Regolare", "Sospendi", "Consegna in edicola"], 0)
    p.text("Note per il distributore", "Cassetta accanto al cancello")
    p.cb("Avvisi via SMS in caso di ritardo", True)
    p.end()
    p.sec("Addestramento dell'intelligenza artificiale",
          "Stiamo sviluppando con un'università un modello linguistico sulle notizie del territorio.")
    p.state("Le Sue segnalazioni alla redazione", "Incluse", "Escludi", sharing=True, ai="h")
    dlg = []
    p.bsw("Addestramento con l'account di mio figlio", False, how="labelledby", hide="dialog", out=dlg)
    p.cb("Filtro contenuti per i minori", True, out=dlg)
    p.dialog("Impostazioni avanzate", "Impostazioni avanzate", dlg, "Chiudi")
    p.end()
    p.sec("I Suoi contributi")
    p.table("Cosa può usare la redazione", "Contenuto", ["Pubblicazione online", "Addestramento IA"],
            ["Lettere al direttore", "Foto inviate"], [[True, False], [True, True]], ai_cols={1: ("h", False)})
    p.cb("Firmare le lettere con nome e cognome", True)
    p.end()
    p.sec("Newsletter")
    p.cb("Buongiorno Lago", True)
    p.cb("Sport locale", True)
    p.cb("Necrologi", False)
    p.cb("Promozioni dei negozi della zona", False)
    p.end()
    p.sec("Account")
    p.button("Cambia password")
    p.button("Disdici l'abbonamento")
    p.end()
    return p


def lampo():
    p = Page("it", "lampo-notizie-dati", "https://app.lampo-notizie.test/impostazioni/dati", "Lampo",
             "I tuoi dati · Lampo Notizie", "I tuoi dati",
             "Aggregatore inventato (tu). Interruttore-pulsante con aria-label «Escludi» (invertito), select vago con aiuto, fieldset radio sotto il titolo «Dati usati per addestrare la nostra IA» (solo intestazione); interruttore nella scheda App inattiva.",
             ["Per te", "Fonti", "I tuoi dati", "Notifiche", "Aspetto"], active=2,
             search=("Cerca", "Cerca argomenti o testate"), langsel=("Lingua", L),
             account=("Profilo", ["Cambia account", "Lampo Plus", "Esci"]),
             footer=("Lampo Notizie S.r.l.", "Privacy", "Termini", "Trasparenza"),
             prefix="lp", hide_class="via", accent="#fbc02d", font="Montserrat,sans-serif", bg="#fafafa")
    p.sec("Addestramento dei modelli")
    p.bsw("Escludi la mia attività dall'addestramento dei modelli", False, visible="Escludi la mia attività", ai="i")
    p.select("Partecipazione al miglioramento del feed", ["Partecipo", "Non partecipo"], 1, shares=[True, False],
             help="Se partecipi, i tuoi clic e i tempi di lettura servono ad addestrare il modello che ordina le notizie.", ai="v")
    p.end()
    p.sec("Dati usati per addestrare la nostra IA")
    p.radios("Le tue reazioni agli articoli", ["Usale", "Non usarle"], 0, shares=[True, False], ai="h")
    p.end()
    p.sec("Dispositivi")
    web, app = [], []
    tmp = p.body
    p.body = web
    p.sw("Apri i link nel browser", False)
    p.sw("Tema scuro", True)
    p.body = tmp
    p.sw("Addestra i modelli con le notifiche che apro", True, hide="tab", out=app)
    p.tabs("Dispositivi", ["Sito", "App"], [web, app])
    p.end()
    p.sec("Feed")
    p.sw("Nascondi articoli a pagamento", True)
    p.sw("Riassunti generati dall'IA", False, help="Generati solo dal testo dell'articolo.")
    p.select("Paese", ["Italia", "Svizzera italiana", "San Marino"], 0)
    p.end()
    p.sec("Notifiche")
    p.sw("Ultim'ora", True)
    p.cb("Risultati della mia squadra", True)
    p.seg("Quante notifiche", ["Poche", "Normali", "Tutte"], 0, how="label")
    p.end()
    p.sec("Account")
    p.button("App collegate")
    p.button("Esporta i miei dati")
    p.button("Elimina account")
    p.end()
    return p


def salotto():
    p = Page("it", "ilsalotto-privacy", "https://account.ilsalotto-magazine.test/privacy", "Il Salotto",
             "Privacy — Il Salotto magazine", "Privacy",
             "Rivista culturale inventata con commenti e podcast (tu). Casella vaga con aiuto sul progetto Voci, interruttore-pulsante nominato dal testo (esplicito), riga di stato «Attiva» con suffisso visivamente nascosto; interruttore foto profilo con attributo hidden.",
             ["Abbonamento", "Libreria", "Commenti", "Privacy", "Podcast", "Pagamenti"], active=3,
             intro="Libri, idee e conversazioni. Qui decidi cosa fare dei tuoi contributi.",
             search=("Cerca", "Cerca autori, libri, puntate"), langsel=("Lingua", L),
             account=("Francesca", ["La mia libreria", "Numero in edicola", "Esci"]),
             footer=("Il Salotto — mensile di cultura", "Note legali", "Privacy", "Contatti"),
             prefix="sa", hide_class="celato", accent="#6d4c41", font="'Cormorant Garamond',serif", bg="#f8f4ef")
    p.sec("Commenti")
    p.cb("Condividi i miei commenti con il progetto Voci", True,
         help="Il progetto Voci usa i commenti dei lettori per addestrare un modello di moderazione.", ai="v")
    p.cb("Mostra la mia foto accanto ai commenti", True)
    p.sw("Usa le mie foto profilo per addestrare modelli", False, hide="hidden")
    p.end()
    p.sec("Recensioni")
    p.bsw("Addestramento IA con le mie recensioni di libri", False, how="text", ai="p")
    p.sw("Rendi pubbliche le mie recensioni", True)
    p.rgroup("Valutazioni", ["Stelle", "Voto da 1 a 10"], 0)
    p.end()
    p.sec("Podcast")
    p.state("Non attivo", "I tuoi podcast preferiti e i tempi di ascolto non vengono usati.", "Attiva", sharing=False,
            suffix="l'addestramento con i miei ascolti", ai="p")
    p.select("Velocità di riproduzione", ["1×", "1,25×", "1,5×"], 0)
    p.sw("Scarica automaticamente le nuove puntate", False)
    p.end()
    p.sec("Newsletter")
    p.cb("La lettera della domenica", True)
    p.cb("Novità in libreria", True)
    p.cb("Corso di scrittura online", False)
    p.cb("Eventi e festival", False)
    p.end()
    p.sec("Account")
    p.text("Indirizzo e-mail", "francesca.r@example.it", type="email")
    p.sw("Accesso con Google", False)
    p.button("Regala un abbonamento")
    p.button("Elimina account")
    p.end()
    return p


def rassegna():
    p = Page("it", "rassegnapro-privacy", "https://clienti.rassegnapro.test/impostazioni/privacy", "Rassegna Pro",
             "Privacy e dati dei clienti | Rassegna Pro", "Privacy e dati dei clienti",
             "Servizio inventato di rassegna stampa per studi e uffici stampa (Lei). Pulsanti segmentati vaghi con aiuto sull'addestramento dei dati dei clienti, interruttore «Limitare» (invertito) per l'organizzazione; casella con display:none in linea.",
             ["Rassegne", "Clienti", "Parole chiave", "Privacy", "Utenti", "Fatturazione"], active=3,
             intro="Queste impostazioni valgono per tutto il Suo studio.",
             search=("Cerca", "Cerca negli articoli"), langsel=("Lingua", L),
             account=("Studio Ferri & Associati", ["Profilo dello studio", "Utenti", "Esci"]),
             footer=("Rassegna Pro S.r.l.", "Condizioni", "Nomina a responsabile del trattamento", "Supporto"),
             prefix="rs", hide_class="hide", accent="#455a64", font="'Titillium Web',sans-serif", bg="#eceff1")
    p.sec("Dati dei clienti")
    p.seg("Arricchimento automatico delle rassegne", ["Attivo", "Disattivo"], 0, shares=[True, False],
          help="Con l'arricchimento attivo, le parole chiave e le note dei Suoi clienti vengono usate per addestrare i nostri modelli di classificazione.", ai="v")
    p.sw("Limitare l'uso dei dati della mia organizzazione per l'addestramento dell'IA", True,
         help="Quando è attivo, i dati dello studio non entrano nei set di addestramento dei nostri modelli.", ai="i")
    p.cb("Condividi le rassegne dei clienti con fornitori di IA per addestramento", False, hide="inline")
    p.select("Conservazione delle rassegne", ["12 mesi", "24 mesi", "Illimitata"], 0)
    p.end()
    p.sec("Invio")
    p.cb("Rassegna del mattino alle 7:30", True)
    p.cb("Allerta immediata per citazioni", True)
    p.cb("Riepilogo settimanale in PDF", False)
    p.text("Destinatari in copia", "ufficiostampa@ferri.example")
    p.select("Lingua delle rassegne", ["Italiano", "Inglese"], 0)
    p.cb("Includi radio e TV locali", False)
    p.cb("Includi testate online minori", True)
    p.rgroup("Formato dell'e-mail", ["Sintetico", "Completo"], 0)
    p.end()
    p.sec("Sicurezza")
    p.sw("Accesso con SSO aziendale", True)
    p.sw("Verifica in due passaggi obbligatoria", True)
    p.button("Aggiungi un utente")
    p.button("Registro delle attività")
    p.button("Esporta i dati dello studio")
    p.end()
    return p


def pages():
    return [corriere(), gazzetta(), lampo(), salotto(), rassegna()]
