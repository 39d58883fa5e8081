from lib import Page


def deepl():
    p = Page("it", "deepl-impostazioni", "https://www.deepl.com/it/account/settings",
             "Impostazioni dell'account – DeepL", "DeepL", known=True, prefix="dl",
             notes="Servizio noto (ricostruzione, impostazioni inventate). Scrittura e traduzione (Lei); pulsante "
                   "switch a testo che nomina l'addestramento; fieldset vago 'Programma di miglioramento della "
                   "qualità' spiegato dall'aiuto; casella invertita dei glossari in <details> chiuso; documenti in display:none.")
    p.nav(["Account", "Abbonamento", "Traduttore", "DeepL Write", "Glossari", "Privacy"], cur=5)
    p.h1("Impostazioni")
    p.section("DeepL Write")
    p.select("Lingua di scrittura", [("Italiano", None), ("Inglese (US)", None), ("Inglese (UK)", None), ("Tedesco", None)], 0)
    p.pressed("Stile", [("Semplice", None), ("Professionale", None), ("Accademico", None), ("Informale", None)], 1)
    p.switch("Mostra alternative per le singole parole", on=True)
    p.cb("Evidenzia le modifiche", on=True)
    p.radios("Virgolette preferite", [("« caporali »", None), ("“ alte ”", None)], 0)
    p.section("Traduttore")
    p.select("Lingua di destinazione predefinita", [("Italiano", None), ("Inglese", None), ("Francese", None)], 0)
    p.switch("Adatta automaticamente il registro (tu/Lei)", on=True)
    p.cb("Salva le traduzioni nella cronologia", on=True)
    p.cb("Mostra suggerimenti sulle scorciatoie", on=False)
    p.section("Uso dei dati")
    p.bswitch("Consenti a DeepL di utilizzare i miei testi per addestrare i modelli di IA", on=False, by="text",
              ai="+", shape="p")
    p.radios("Programma di miglioramento della qualità", [("Partecipo", True), ("Non partecipo", False)], 0,
             ai=True, shape="v",
             help="I testi e le correzioni che inserisce possono essere esaminati dal nostro personale e usati come "
                  "dati di addestramento per i modelli linguistici.")
    with p.details("Opzioni per i team"):
        p.cb("Escludi i glossari del team dall'addestramento", on=False, ai="-", shape="i")
    with p.hide("display"):
        p.switch("Usa i documenti caricati per addestrare i modelli", on=True, ai="+", shape="p")
    p.section("Account")
    p.cb("Newsletter di DeepL", on=False)
    p.cb("Ricevi le fatture via email", on=True)
    p.button("Gestisci le sessioni attive")
    p.button("Scarica i miei dati")
    p.button("Elimina l'account")
    return p


def lampo():
    p = Page("it", "lampo-privacy", "https://account.lampo.test/impostazioni/privacy",
             "Privacy e dati · Tastiera Lampo", "Tastiera Lampo", prefix="lp",
             notes="Tastiera inventata (tu). Riga di stato 'Disattiva' con suffisso nascosto, l'addestramento solo nello "
                   "stato; select invertito 'Opposizione…' su 'Mi oppongo'; gruppo aria-pressed che dice addestrare; "
                   "condivisione con partner in blocco hidden.")
    p.nav(["Tastiera", "Correzione", "Dettatura", "Temi", "Privacy", "Dispositivi"], cur=4)
    p.h1("Privacy e dati")
    p.section("Tastiera")
    p.switch("Maiuscole automatiche", on=True)
    p.switch("Scrittura a scorrimento", on=True)
    p.select("Layout", [("QWERTY italiano", None), ("QWERTY internazionale", None), ("AZERTY", None)], 0)
    p.pressed("Suono dei tasti", [("Spento", None), ("Basso", None), ("Alto", None)], 0)
    p.cb("Riga dei numeri sempre visibile", on=True)
    p.cb("Vibrazione alla pressione", on=False)
    p.section("Correzione")
    p.switch("Correzione automatica", on=True)
    p.switch("Suggerimenti emoji", on=True)
    p.cb("Aggiungi automaticamente le parole nuove al dizionario", on=True)
    p.section("Aiutaci a migliorare Lampo")
    p.staterow("Frammenti di digitazione",
               "Attivo: brevi frammenti di ciò che scrivi vengono usati per addestrare i modelli di previsione.",
               "Disattiva", sharing=True, ai=True, shape="v", suffix="frammenti di digitazione")
    p.pressed("Usa le mie correzioni per addestrare l'autocorrezione", [("Sì", True), ("No", False)], 0,
              ai=True, shape="p")
    p.select("Opposizione all'uso della mia voce per l'addestramento",
             [("Non mi oppongo", True), ("Mi oppongo", False)], 1, ai=True, shape="i")
    with p.hide("hidden"):
        p.cb("Condividi i miei dati di digitazione con partner per addestrare i loro modelli", on=True,
             ai="+", shape="p")
    p.section("Temi")
    p.select("Tema", [("Automatico", None), ("Chiaro", None), ("Scuro", None)], 0)
    p.switch("Bordi dei tasti", on=False)
    p.button("Crea un tema")
    p.section("Dispositivi")
    p.cb("Avvisami dei nuovi accessi", on=True)
    p.button("Esci da tutti i dispositivi")
    return p


def cruscotto():
    p = Page("it", "cruscotto-preferenze", "https://cruscotto.test/account/preferenze",
             "Preferenze – Cruscotto Launcher", "Cruscotto Launcher", prefix="cr",
             notes="Launcher inventato (tu). Sezione 'Modelli di suggerimento' in cui solo titolo e introduzione "
                   "parlano di addestramento: radiogroup 'Cronologia delle app aperte' e casella 'Interazioni con i "
                   "widget'; switch invertito con aria-label 'Escludi le ricerche…'; gesti con visibility:hidden.")
    p.nav(["Schermata Home", "Widget", "Cassetto app", "Gesti", "Privacy", "Backup"], cur=4)
    p.h1("Preferenze")
    p.section("Schermata Home")
    p.select("Griglia", [("4 × 5", None), ("5 × 5", None), ("5 × 6", None)], 1)
    p.switch("Blocca la disposizione", on=False)
    p.switch("Suggerimenti di app", on=True, help="Calcolati direttamente sul telefono.")
    p.pressed("Barra di ricerca", [("In alto", None), ("In basso", None)], 1)
    p.section("Widget")
    p.switch("Meteo con posizione precisa", on=False)
    p.cb("Mostra gli eventi privati nel widget calendario", on=False)
    p.section("Gesti")
    p.select("Scorri verso il basso", [("Apri le notifiche", None), ("Apri la ricerca", None)], 0)
    p.select("Doppio tocco", [("Blocca lo schermo", None), ("Nessuna azione", None)], 0)
    p.section("Modelli di suggerimento",
              intro="Cruscotto addestra i modelli dei suggerimenti con l'uso reale del telefono. Scegli cosa condividere.")
    p.radiogroup("Cronologia delle app aperte", [("Condividi", True), ("Non condividere", False)], 0,
                 ai=True, shape="h")
    p.cb("Interazioni con i widget", on=False, ai="+", shape="h")
    p.bswitch("Escludi le ricerche dall'addestramento", on=False, by="aria-label", ai="-", shape="i")
    with p.hide("visibility"):
        p.switch("Condividi i gesti con i partner per addestrare modelli", on=True, ai="+", shape="p")
    p.section("Backup")
    p.switch("Backup automatico", on=True)
    p.button("Esegui il backup")
    p.button("Ripristina")
    p.section("Account")
    p.cb("Novità via email", on=False)
    p.button("Elimina l'account")
    return p


def pennino():
    p = Page("it", "pennino-impostazioni", "https://app.pennino.test/impostazioni",
             "Impostazioni – Pennino", "Pennino", prefix="pn",
             notes="App inventata di appunti a mano con pennino (tu). Tabella contenuto × uso con colonna "
                   "'Addestramento dei modelli' accanto al backup; assistente di studio come esca; impostazione "
                   "scuola nella scheda inattiva.")
    p.nav(["Quaderni", "Penne", "Scrittura a mano", "Sincronizzazione", "IA e dati", "Abbonamento"], cur=4)
    p.h1("Impostazioni")
    p.section("Penne")
    p.select("Penna predefinita", [("Stilografica", None), ("Biro", None), ("Matita", None)], 0)
    p.pressed("Rifiuto del palmo", [("No", None), ("Basso", None), ("Alto", None)], 2)
    p.switch("Sensibilità alla pressione", on=True)
    p.radiogroup("Mano con cui scrivi", [("Destra", None), ("Sinistra", None)], 0)
    p.switch("Forme perfette", on=True)
    p.section("Scrittura a mano")
    p.select("Lingua di riconoscimento", [("Italiano", None), ("Inglese", None), ("Tedesco", None)], 0)
    p.switch("Converti in testo mentre scrivo", on=False)
    p.cb("Rendi cercabile la scrittura a mano", on=True)
    p.section("IA e dati")
    ts = p.tabs(["Personale", "Scuola"], active=0)
    with p.panel(ts, 0):
        p.table("Come può essere usato il tuo contenuto", ["Backup nel cloud", "Addestramento dei modelli"],
                ["Appunti scritti a mano", "Registrazioni delle lezioni"], [[True, False], [True, True]],
                ai_cols={1: "+"}, shape="p", labelled=True)
        p.switch("Assistente di studio", on=True, help="Crea flashcard e riassunti dai tuoi quaderni.")
    with p.panel(ts, 1):
        p.cb("Consenti l'addestramento sugli appunti degli studenti", on=True, ai="+", shape="p")
    p.section("Sincronizzazione")
    p.switch("Sincronizza solo con Wi-Fi", on=True)
    p.select("In caso di conflitto", [("Tieni entrambe le versioni", None), ("Tieni la più recente", None)], 0)
    p.button("Esporta tutto in PDF")
    p.section("Notifiche")
    p.cb("Promemoria di ripasso", on=True)
    p.cb("Offerte e novità", on=False)
    return p


def appuntipiu():
    p = Page("it", "appuntipiu-dati", "https://appuntipiu.test/impostazioni/dati",
             "Dati e privacy – Appunti+", "Appunti+", prefix="ap",
             notes="Gestore di appunti inventato (Lei). Casella vaga 'Programma Appunti+ Insight' con testo vicino "
                   "non collegato; fieldset chiaro sui modelli di terzi; riga di stato 'Revoca' + titolo di "
                   "esclusione (invertito) per aria-labelledby; screenshot in un dialog chiuso.")
    p.nav(["Generale", "Cronologia", "Snippet", "Sincronizzazione", "Dati e privacy", "Team"], cur=4)
    p.h1("Dati e privacy")
    p.section("Cronologia")
    p.select("Conserva la cronologia per", [("1 giorno", None), ("7 giorni", None), ("30 giorni", None)], 2)
    p.switch("Ignora le password copiate", on=True)
    p.field("App escluse", value="Portachiavi, Intesa Sanpaolo")
    p.button("Esporta la cronologia")
    p.button("Svuota la cronologia")
    p.section("Funzioni intelligenti")
    p.switch("Riconosci automaticamente indirizzi e date", on=True, help="Il riconoscimento avviene sul Suo computer.")
    p.bswitch("Riassunti con IA", on=False, by="text")
    p.section("Addestramento")
    p.cb("Programma Appunti+ Insight", on=True, ai="+", shape="v", desc=False,
         help="Aderendo, una parte anonimizzata degli elementi copiati viene usata per addestrare i nostri modelli di "
              "classificazione.")
    p.radios("Uso degli elementi copiati per addestrare modelli di terze parti",
             [("Consentito", True), ("Non consentito", False)], 1, ai=True, shape="p")
    p.staterow("Esclusione del team dall'addestramento",
               "Attiva dal 3 febbraio 2025. Gli elementi del team non vengono usati per addestrare modelli.",
               "Revoca", sharing=False, ai=True, shape="i")
    with p.hide("dialog", title="Impostazioni avanzate", opener="Impostazioni avanzate"):
        p.switch("Includi gli screenshot nell'addestramento dei modelli", on=True, ai="+", shape="p")
        p.button("Chiudi")
    p.section("Team")
    p.staterow("Crittografia end-to-end", "Attiva su 3 dispositivi.", "Gestisci")
    p.cb("I membri possono condividere snippet", on=True)
    p.button("Invita membri")
    p.section("Notifiche")
    p.cb("Avvisami se la sincronizzazione non riesce", on=True)
    p.cb("Newsletter mensile", on=False)
    p.select("Frequenza dei riepiloghi", [("Mai", None), ("Settimanale", None)], 0)
    return p


def pages():
    return [deepl(), lampo(), cruscotto(), pennino(), appuntipiu()]
