from lib import Page


def ilovepdf():
    P = Page("it", "ilovepdf-impostazioni-privacy", "https://www.ilovepdf.com/it/settings/privacy", "iLovePDF",
             "Privacy | iLovePDF", "Privacy",
             ["Profilo", "Team", "Firme", "Privacy", "Piano e fatturazione", "Sviluppatori"], 3,
             ["© iLovePDF", "Termini e condizioni", "Informativa privacy", "Cookie"],
             notes="Servizio noto ricostruito (strumenti PDF, tu). Casella-switch invertita («Escludi…», non spuntata), "
                   "pulsanti aria-pressed espliciti, select vago con aria-describedby. Esche: riassunto IA, traduzione, "
                   "cancellazione automatica. Nascosto: visibility:hidden.",
             lead="Decidi come trattiamo i file che elabori con i nostri strumenti.", account="Giulia", idp="il", known=True)
    P.section("I tuoi file")
    P.select("Elimina i file elaborati dopo", ["2 ore", "24 ore", "7 giorni"], 0)
    P.switch("Salva i risultati su Google Drive", False)
    P.select("Qualità di compressione predefinita", ["Bassa", "Consigliata", "Estrema"], 1)
    P.section("Strumenti IA")
    P.switch("Riassunto automatico dei PDF", True, help="Il riassunto viene creato al momento e non viene conservato.")
    P.switch("Traduci PDF mantenendo l'impaginazione", True)
    P.section("I tuoi dati e l'IA")
    P.switch("Escludi i miei file dall'addestramento dell'IA", False, ai="inv", sh="i")
    P.pressed("Addestrare i modelli di iLovePDF con i documenti che carico", ["Sì", "No"], 1, ai=[True, False], sh="p")
    P.select("Programma di miglioramento", ["Aderisco", "Non aderisco"], 0,
             help="Aderendo, le pagine elaborate possono essere usate per addestrare i nostri modelli di OCR e di riassunto.",
             ai=[True, False], sh="v")
    P.begin_hidden("visibility")
    P.switch("Condividi i file del team con i partner per l'addestramento", False, ai="on", sh="p")
    P.end_hidden()
    P.section("Firme")
    P.checkbox("Usa la mia firma salvata", True)
    P.checkbox("Promemoria ai firmatari dopo 3 giorni", True)
    P.button("Gestisci certificati")
    P.section("Email")
    P.checkbox("Novità e offerte", False)
    P.checkbox("Avvisami quando un documento è firmato", True)
    P.section("Account")
    P.button("Scarica i miei dati")
    P.button("Disconnetti da tutti i dispositivi")
    P.button("Elimina account")
    return P


def firmafacile():
    P = Page("it", "firmafacile-impostazioni-privacy", "https://app.firmafacile.test/impostazioni/privacy", "FirmaFacile",
             "Privacy e dati – FirmaFacile", "Privacy e dati",
             ["Profilo", "Firma", "Modelli", "Privacy e dati", "Utenti", "Fatturazione"], 3,
             ["FirmaFacile S.r.l. · Bologna", "Termini", "Privacy", "Accessibilità"],
             notes="Firma elettronica inventata (Lei). Fieldset radio «Opposizione…» (invertito), riga di stato «Disattiva» "
                   "con suffisso nascosto sulle firme dei clienti, role=radiogroup vago con aria-describedby. Esche: marca "
                   "temporale, SPID, riassunto IA. Nascosto: <dialog> chiuso.",
             lead="Studio Ferri Commercialisti · piano Professional", account="Dott. Ferri", idp="ff")
    P.section("Firma")
    P.checkbox("Apponi la marca temporale a ogni documento", True)
    P.checkbox("Consenti la firma con SPID", True)
    P.select("Promemoria ai firmatari", ["Ogni giorno", "Ogni 3 giorni", "Mai"], 1)
    P.switch("Spiega le clausole al firmatario con l'IA", False, help="La spiegazione viene generata su richiesta e non viene salvata.")
    P.section("Documenti e modelli di IA")
    P.radios("Opposizione all'uso dei documenti per l'addestramento", ["Mi oppongo", "Non mi oppongo"], 0,
             ai=[False, True], sh="i")
    P.state("Addestramento del modello di riconoscimento firme", "Attivo: le firme raccolte ci aiutano a migliorare il modello.",
            "Disattiva", suffix="l'addestramento con le firme dei miei clienti", ai=True, sh="p")
    P.radiogroup("Contributo alla qualità", ["Attivo", "Non attivo"], 1,
                 help="Se attivo, i moduli compilati dai suoi firmatari vengono usati per addestrare i nostri modelli.",
                 ai=[True, False], sh="v")
    P.begin_hidden("dialog", opener="Impostazioni avanzate", dlg_title="Impostazioni avanzate")
    P.checkbox("Consenti ai fornitori di IA di addestrarsi sui documenti archiviati", False, ai="on", sh="p")
    P.button("Chiudi")
    P.end_hidden()
    P.section("Modelli")
    P.checkbox("Condividi i modelli con tutto lo studio", True)
    P.select("Modello predefinito", ["Mandato professionale", "Preventivo", "Nessuno"], 0)
    P.button("Importa modello")
    P.section("Conservazione sostitutiva")
    P.select("Conserva i documenti firmati per", ["10 anni", "Illimitato"], 0)
    P.checkbox("Invia in conservazione automaticamente", True)
    P.section("Notifiche")
    P.checkbox("Email quando tutti hanno firmato", True)
    P.checkbox("Newsletter", False)
    P.actions("Salva", "Annulla")
    return P


def fogliolina():
    P = Page("it", "fogliolina-impostazioni-dati", "https://account.fogliolina.test/impostazioni/dati", "Fogliolina",
             "I tuoi dati · Fogliolina", "I tuoi dati",
             ["Account", "Scansione", "Cartelle", "I tuoi dati", "Abbonamento"], 3,
             ["Fogliolina · Torino", "Assistenza", "Privacy", "Termini"],
             notes="App di scansione inventata (tu), con schede. Pulsanti aria-pressed invertiti («Non usare…»), select il cui "
                   "contesto di addestramento è solo nel titolo della sezione, button switch con aria-label vago e "
                   "aria-describedby. Esche: OCR, bordi, backup. Nascosto: scheda inattiva «Famiglia».",
             lead="Cosa succede alle pagine che scansioni.", account="Marco", idp="fo")
    P.begin_tabs(["Generale", "Famiglia"], 0)
    P.panel(0)
    P.section("Scansione")
    P.select("Lingua del testo", ["Italiano", "Italiano e inglese", "Tedesco", "Automatica"], 0)
    P.switch("Riconosci i bordi automaticamente", True)
    P.switch("Migliora la leggibilità", True)
    P.radios("Formato", ["PDF", "JPG"], 0)
    P.section("Le tue scansioni")
    P.pressed("Non usare le mie scansioni per allenare l'IA", ["On", "Off"], 0, ai=[False, True], sh="i")
    P.bswitch("Aiutaci a leggere meglio", False, via="label",
              help="Invia le correzioni che fai al testo riconosciuto: servono ad addestrare il nostro OCR.", ai="on", sh="v")
    P.section("Allenamento dei modelli", intro="Puoi decidere per ogni tipo di documento.")
    P.select("Note scritte a mano", ["Consentito", "Non consentito"], 0, ai=[True, False], sh="h")
    P.select("Documenti d'identità", ["Consentito", "Non consentito"], 1, ai=[True, False], sh="h")
    P.section("Backup")
    P.select("Carica le scansioni su", ["Fogliolina Cloud", "Dropbox", "Nessun caricamento"], 0)
    P.switch("Solo con Wi-Fi", True)
    P.checkbox("Blocca l'app con Face ID", False)
    P.button("Esporta tutto")
    P.button("Elimina account")
    P.panel(1)
    P.section("Famiglia")
    P.checkbox("Condividi le cartelle con la famiglia", True)
    P.switch("Usa le scansioni dei miei figli per allenare l'IA", False, ai="on", sh="p")
    P.end_tabs()
    return P


def archiviopiu():
    P = Page("it", "archiviopiu-amministrazione-ia", "https://console.archiviopiu.test/amministrazione/ia", "ArchivioPiù",
             "Intelligenza artificiale – Amministrazione – ArchivioPiù", "Intelligenza artificiale",
             ["Organizzazione", "Utenti", "Titolario", "Conservazione", "Intelligenza artificiale", "Registro attività"], 4,
             ["ArchivioPiù S.p.A.", "Stato del servizio", "Nomina a responsabile", "Privacy"],
             notes="Gestione documentale inventata, console di amministrazione (Lei). Casella-switch «Blocca…» (invertita), "
                   "fieldset radio col contesto solo nel titolo di sezione, celle di tabella con intestazione di "
                   "colonna «Addestramento modelli». Esche: ricerca semantica, classificazione. Nascosto: attributo hidden.",
             lead="Comune di Valsassina · 58 utenti", account="Amministratore", idp="ap")
    P.section("Funzioni")
    P.switch("Ricerca semantica nei documenti", True)
    P.switch("Classificazione automatica della posta in arrivo", True)
    P.select("Lingua dei documenti", ["Italiano", "Italiano e tedesco"], 0)
    P.section("Addestramento con i dati dell'organizzazione",
              intro="ArchivioPiù può migliorare i propri modelli usando i documenti dei clienti che lo consentono.")
    P.switch("Blocca l'uso dei documenti dell'organizzazione per addestrare modelli", True, ai="inv", sh="i")
    P.radios("Fascicoli dei cittadini", ["Consenti", "Non consentire"], 0, ai=[True, False], sh="h")
    P.table("Modelli e origini dati", "Origine", ["Ricerca semantica", "Addestramento modelli"],
            [("Protocollo in entrata", [True, False]), ("Delibere e verbali", [True, True])], [None, ("on", "p")])
    P.begin_hidden("hidden")
    P.section("Addestramento (sperimentale)")
    P.checkbox("Partecipa al programma di addestramento condiviso", True, ai="on", sh="p")
    P.end_hidden()
    P.section("Archiviazione")
    P.select("Conservazione predefinita", ["10 anni", "Illimitata"], 0)
    P.switch("Riconosci i documenti duplicati", True)
    P.checkbox("Protocolla automaticamente le PEC in arrivo", True)
    P.button("Esporta il titolario")
    P.section("Sicurezza")
    P.checkbox("Registra ogni accesso ai fascicoli", True)
    P.checkbox("Impedisci la condivisione con link pubblici", True)
    P.button("Scarica il registro")
    P.actions("Salva", "Annulla")
    return P


def duomo():
    P = Page("it", "copisteria-duomo-preferenze", "https://www.copisteriaduomo.test/area-clienti/preferenze", "Copisteria Duomo",
             "Preferenze – Copisteria Duomo", "Preferenze",
             ["I miei ordini", "I miei file", "Indirizzi", "Preferenze", "Account aziendale"], 3,
             ["Copisteria Duomo · Milano", "Negozi", "Privacy", "Condizioni di vendita"],
             notes="Copisteria inventata (Lei). Casella esplicita in un <details> chiuso (ripiegata, quindi etichettata), riga di "
                   "stato «Revoca» nominata con aria-labelledby su un'esclusione attiva. Esche: stampa, rilegatura, punti. "
                   "Nascosto: display:none in linea.",
             lead="Impostazioni predefinite per stampe, copie e scansioni.", account="Area clienti", idp="cd")
    P.section("Stampa")
    P.radios("Colore", ["Bianco e nero", "Colori"], 0)
    P.radios("Fronte/retro", ["Solo fronte", "Fronte/retro"], 1)
    P.select("Carta", ["80 g", "100 g", "Riciclata 80 g"], 0)
    P.select("Rilegatura tesi", ["Nessuna", "Brossura", "Rigida con incisione"], 1)
    P.checkbox("Controllo file prima della stampa", True)
    P.section("Scansioni in negozio")
    P.state("Esclusione dall'addestramento", "Attiva: le scansioni fatte in negozio non vengono usate.", "Revoca", ai=False, sh="i")
    P.checkbox("Inviami la scansione via email", True)
    P.begin_hidden("display")
    P.checkbox("Usa le mie scansioni per addestrare il correttore d'immagine", True, ai="on", sh="p")
    P.end_hidden()
    P.section("Altre opzioni", details="closed")
    P.checkbox("Consento l'uso dei miei file di stampa per addestrare il sistema di controllo qualità", False, wrap=True,
               ai="on", sh="p")
    P.checkbox("Conserva i miei file per 30 giorni", True)
    P.section("Ritiro e fatturazione")
    P.select("Negozio di ritiro", ["Milano Duomo", "Milano Città Studi", "Monza"], 0)
    P.textfield("Partita IVA", "IT 09 812 330 961")
    P.checkbox("Fattura elettronica via SDI", True)
    P.checkbox("Avviso SMS quando è pronto", True)
    P.checkbox("Raccolta punti", False)
    P.actions("Salva preferenze")
    return P


def build():
    return [ilovepdf(), firmafacile(), fogliolina(), archiviopiu(), duomo()]
