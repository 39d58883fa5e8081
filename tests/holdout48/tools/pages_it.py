"""Pagine italiane di blind48 (foto, ricordi e storia di famiglia)."""
from lib import Page, cell


def flickr():
    p = Page("it", "flickr", "https://www.flickr.com/account/privacy", "Privacy e autorizzazioni | Flickr",
             "Flickr", "Privacy e autorizzazioni",
             "Ricostruzione di una comunità fotografica. Casella inversa 'Escludi le mie foto pubbliche dai "
             "set di dati per l'addestramento dell'IA' (selezionata, quindi nessun uso); interruttore "
             "esplicito per le foto con licenza CC (spento). Esche: tag automatici, licenza, EXIF, download, "
             "motori di ricerca esterni. Esca IA nascosta con aria-hidden.",
             ["Informazioni personali", "Privacy e autorizzazioni", "Email e notifiche", "Condivisione ed estensione", "Piano"],
             current=1, user="Giorgio Ferri", initials="GF")
    with p.section("Impostazioni predefinite per le nuove foto"):
        p.select("Chi può vedere le tue foto", ["Tutti", "Amici e familiari", "Solo amici", "Solo familiari", "Solo tu"], "Tutti")
        p.select("Licenza predefinita", ["Tutti i diritti riservati", "CC BY", "CC BY-NC", "CC BY-NC-ND"], "CC BY-NC")
        p.radios("Mostrare la posizione delle foto", ["A tutti", "Ad amici e familiari", "A nessuno"], "Ad amici e familiari")
        p.checkbox("Nascondi i dati EXIF delle tue foto", checked=False)
        p.select("Livello di sicurezza", ["Sicuro", "Moderato", "Con restrizioni"], "Sicuro")
    with p.section("Autorizzazioni"):
        p.select("Chi può aggiungere tag alle tue foto", ["Solo tu", "I tuoi contatti", "Qualsiasi utente"], "I tuoi contatti")
        p.checkbox("Consenti ad altri di scaricare le tue foto", checked=True)
        p.checkbox("Consenti di condividere le tue foto nei blog", checked=True)
        p.checkbox("Consenti l’aggiunta alle gallerie", checked=True)
    with p.section("Foto pubbliche e intelligenza artificiale",
                   "Alcune organizzazioni raccolgono foto pubblicate online per creare i propri set di dati."):
        p.checkbox("Escludi le mie foto pubbliche dai set di dati per l’addestramento dell’IA", checked=True, ai="i")
        p.switch("Rendi disponibili le mie foto con licenza CC per l’addestramento di modelli di IA", on=False, ai="p")
        p.switch("Tag automatici", on=True,
                 help="I tag automatici aiutano a ritrovare le foto nella ricerca e vengono generati solo per le tue foto.")
    with p.hidden("aria-hidden"):
        p.switch("Invia le mie foto al programma di addestramento dei partner", on=True, ai="p")
    with p.section("Ricerca"):
        p.checkbox("Nascondi le tue foto dalla ricerca pubblica", checked=False)
        p.checkbox("Mostra il tuo profilo nei motori di ricerca esterni", checked=True)
    with p.section("Account"):
        p.link("Scarica tutti i tuoi dati", "/account/download")
        p.button("Elimina account", "btn danger")
    return p


def scatto_mio():
    p = Page("it", "scatto-mio", "https://scattomio.test/account/privacy", "Privacy – Scatto Mio",
             "Scatto Mio", "Privacy e dati",
             "Stampa di fotolibri inventata. Gruppo segmentato 'Progetti completati' (Includi / Non "
             "includere) comprensibile solo dal titolo sull'addestramento dei modelli di impaginazione; "
             "'Programma Qualità Stampa+' con aiuto che parla di addestramento (selezionato); riga di stato "
             "'Nessuna opposizione presentata · Opponiti' con suffisso visivamente nascosto. Esche: "
             "impaginazione automatica, programma fedeltà, offerte personalizzate. Esca IA con display:none "
             "inline.",
             ["I miei progetti", "Ordini", "Indirizzi", "Privacy", "Buoni regalo"], current=3,
             user="Chiara Romano", initials="CR")
    with p.section("Progetti"):
        p.select("Conserva le foto caricate per", ["30 giorni", "1 anno", "Finché non le elimino"], "1 anno")
        p.switch("Impaginazione automatica", on=True,
                 help="Dispone le foto sulle pagine in base a volti e colori. L’elaborazione riguarda solo il tuo progetto.")
        p.checkbox("Avvisami se una foto ha una risoluzione troppo bassa", checked=True)
        p.checkbox("Miglioramento automatico dei colori", checked=True)
    with p.section("Addestramento dei modelli di impaginazione",
                   "I fotolibri completati possono essere usati come esempi per addestrare i nostri modelli di impaginazione."):
        p.segmented("Progetti completati", ["Includi", "Non includere"], "Includi", ai="h", yes=["Includi"])
    with p.section("Programmi"):
        p.checkbox("Programma Qualità Stampa+", checked=True, ai="v",
                   help="Le correzioni automatiche che accetti o rifiuti vengono usate per addestrare il nostro modello di ritocco.")
        p.checkbox("Programma fedeltà Scatto Club", checked=True, help="Accumula punti e ricevi sconti sui prossimi ordini.")
    with p.hidden("inline display:none"):
        p.checkbox("Condividi i miei fotolibri per l’addestramento", checked=True, ai="p")
    with p.section("I tuoi diritti"):
        p.state_row("Opposizione al trattamento per l’addestramento dell’IA", "Nessuna opposizione presentata", "Opponiti",
                    suffix="all’uso delle mie foto per addestrare l’IA", ai="i", sharing=True)
        p.button("Richiedi una copia dei tuoi dati")
        p.link("Leggi l’informativa sull’intelligenza artificiale", "/privacy/ia")
    with p.section("Comunicazioni"):
        p.checkbox("Newsletter con offerte", checked=False)
        p.select("Frequenza delle email", ["Settimanale", "Mensile", "Solo per gli ordini"], "Mensile")
        p.checkbox("Promemoria per il calendario di fine anno", checked=True)
        p.switch("Offerte personalizzate", on=False)
    p.actions("Salva", "Elimina tutti i progetti")
    return p


def stirpe():
    p = Page("it", "stirpe", "https://stirpe.test/impostazioni/dati", "I tuoi dati – Stirpe",
             "Stirpe", "Dati e privacy",
             "Sito di genealogia inventato. Interruttore negativo 'Non usare il mio albero per addestrare "
             "modelli' (spento, quindi uso); tabella dei documenti trascritti con colonna 'Consenti' e "
             "caselle nominate solo dall'intestazione di riga, comprensibili dal titolo sul riconoscimento "
             "della grafia. Esche: trascrizione automatica, suggerimenti, 'Corsi di formazione in "
             "genealogia'. Esca IA nascosta da una classe CSS display:none.",
             ["Il mio albero", "Documenti", "Ricerche", "Impostazioni", "Abbonamento"], current=3,
             user="Luigi Santoro", initials="LS", hide_class="nascosto")
    with p.section("Albero genealogico"):
        p.radios("Visibilità dell’albero", ["Pubblico", "Solo parenti invitati", "Privato"], "Solo parenti invitati", mode="radiogroup")
        p.checkbox("Nascondi le persone viventi", checked=True)
        p.switch("Suggerimenti dagli altri alberi", on=True)
        p.select("Formato delle date", ["12 marzo 1901", "12/03/1901", "1901-03-12"], "12 marzo 1901")
        p.state_row("Collaboratori", "3 persone", "Gestisci", suffix="i collaboratori")
        p.checkbox("I collaboratori possono aggiungere foto", checked=True)
    with p.section("Intelligenza artificiale"):
        p.switch("Non usare il mio albero per addestrare modelli", on=False, mode="content", ai="i")
        p.switch("Trascrizione automatica dei documenti", on=True, help="Le trascrizioni restano nel tuo archivio.")
        p.link("Come usiamo l’IA", "/aiuto/ia")
    with p.section("Addestramento del riconoscimento della grafia",
                   "Scegli quali documenti trascritti da te possono aiutarci ad addestrare il modello che legge la grafia antica."):
        p.table("Documenti trascritti", ["Fonte", "Documenti", "Consenti"], [
            ("Atti di nascita trascritti", ["128", cell(True, "r", ai="h")]),
            ("Lettere di famiglia", ["46", cell(False, "r", ai="h")]),
        ])
    with p.hidden("css class display:none"):
        p.checkbox("Cedi i miei documenti ai partner di ricerca sull’IA", checked=True, ai="p")
    with p.section("Email"):
        p.checkbox("Novità dagli Archivi di Stato", checked=True)
        p.checkbox("Corsi di formazione in genealogia", checked=False)
        p.select("Riepilogo delle attività", ["Settimanale", "Mensile", "Mai"], "Mensile")
    with p.section("Dati"):
        p.button("Esporta GEDCOM")
        p.button("Elimina account", "btn danger")
    return p


def nido():
    p = Page("it", "nido", "https://nido.test/impostazioni/famiglia", "Famiglia – Impostazioni di Nido",
             "Nido", "Impostazioni della famiglia",
             "App inventata per condividere foto in famiglia. Interruttore 'Nido Insights' con aiuto che "
             "parla di addestramento (acceso); gruppo di radio 'Sospendi l'addestramento con i dati della "
             "famiglia' su 'Per 90 giorni' (inverso, nessun uso); casella esplicita dentro <details> chiuso "
             "(non selezionata). Esche: raccolte automatiche, nuovo editor, tabella notifiche. Esca IA in "
             "una scheda inattiva.",
             ["Bacheca", "Album", "Famiglia", "Impostazioni"], current=3,
             user="Francesca Esposito", initials="FE")
    with p.section("Gruppo famiglia"):
        p.textbox("Nome del gruppo", "Famiglia Esposito")
        p.state_row("Membri", "7 persone", "Gestisci", suffix="i membri del gruppo famiglia")
        p.radios("Chi può invitare nuovi membri", ["Solo gli amministratori", "Tutti i membri"], "Solo gli amministratori")
        p.checkbox("I nonni ricevono un riepilogo settimanale via email", checked=True)
    with p.section("Foto e video"):
        p.select("Qualità dei video caricati", ["Standard", "HD", "Originale"], "HD")
        p.checkbox("Rimuovi la posizione dalle foto condivise", checked=True)
        p.switch("Raccolte automatiche per compleanni e feste", on=True, help="Le raccolte vengono create solo nel vostro gruppo.")
    with p.section("Funzioni sperimentali"):
        p.switch("Nido Insights", on=True, ai="v", how="near",
                 help="Se attivo, i commenti e le reazioni della famiglia servono ad addestrare i nostri modelli linguistici.")
        p.switch("Nuovo editor dei post", on=False)
    with p.section("Dati della famiglia e IA"):
        p.tabs(["Impostazioni", "Cronologia"], active=0, name="Dati della famiglia e IA")
        with p.tabpanel(0):
            p.radios("Sospendi l’addestramento con i dati della famiglia", ["No", "Per 90 giorni", "Fino a nuovo avviso"],
                     "Per 90 giorni", ai="i", yes=["No"])
            with p.details("Impostazioni avanzate"):
                p.checkbox("Usa le foto condivise nel gruppo famiglia per migliorare i modelli di IA di Nido", checked=False, ai="p")
                p.checkbox("Mostra le anteprime delle foto nelle notifiche", checked=True)
        with p.tabpanel(1):
            p.checkbox("Partecipa al set di addestramento delle foto di famiglia", checked=True, ai="p")
    with p.section("Notifiche"):
        p.table("Notifiche", ["Evento", "Push", "Email"], [
            ("Nuove foto nel gruppo", [cell(True), cell(False)]),
            ("Commenti ai miei post", [cell(True), cell(True)]),
        ])
    return p


def ricordi_di_casa():
    p = Page("it", "ricordi-di-casa", "https://ricordidicasa.test/profilo/preferenze", "Preferenze – Ricordi di Casa",
             "Ricordi di Casa", "Preferenze",
             "Ricettario e racconti di famiglia inventati. Menu a tendina 'Uso delle mie ricette e dei miei "
             "racconti per l'addestramento dell'IA' su 'Consentito in forma anonima' (uso); casella "
             "'Revoca il consenso all'addestramento dei modelli vocali' selezionata (consenso revocato, "
             "nessun uso). Esche: trascrizione delle ricette, ricette simili, lettura ad alta voce. Esca IA "
             "con visibility:hidden inline.",
             ["Ricette", "Racconti", "Famiglia", "Preferenze"], current=3,
             user="Teresa Galli", initials="TG")
    with p.section("Ricettario di famiglia"):
        p.select("Unità di misura", ["Grammi", "Tazze e cucchiai"], "Grammi")
        p.checkbox("Mostra chi ha scritto ogni ricetta", checked=True)
        p.switch("Trascrivi automaticamente le ricette scritte a mano", on=True, help="La trascrizione resta nel vostro ricettario.")
        p.switch("Suggerisci ricette simili", on=True)
    with p.section("Racconti"):
        p.radios("Chi può leggere i racconti", ["Solo io", "Famiglia", "Chiunque abbia il link"], "Famiglia", mode="custom")
        p.checkbox("Avvisa la famiglia quando pubblico un racconto", checked=True)
    with p.section("Intelligenza artificiale"):
        p.select("Uso delle mie ricette e dei miei racconti per l’addestramento dell’IA",
                 ["Non consentito", "Consentito in forma anonima", "Consentito"], "Consentito in forma anonima",
                 ai="p", yes=["Consentito in forma anonima", "Consentito"])
        p.checkbox("Revoca il consenso all’addestramento dei modelli vocali", checked=True, ai="i",
                   help="Riguarda le registrazioni vocali dei nonni caricate nei racconti.")
        p.checkbox("Leggi ad alta voce le ricette mentre cucino", checked=True)
    with p.hidden("inline visibility:hidden"):
        p.switch("Condividi le ricette con i partner per addestrare modelli", on=False, ai="p")
    with p.section("Libro di famiglia"):
        p.button("Crea un libro stampato")
        p.checkbox("Ricordami gli anniversari", checked=True)
    with p.section("Notifiche"):
        p.select("Email di riepilogo", ["Mai", "Settimanale", "Mensile"], "Settimanale")
        p.checkbox("Notifiche push", checked=True)
    with p.section("Account"):
        p.actions("Salva preferenze", "Esporta ricette e racconti")
        p.button("Elimina account", "btn danger")
    return p


PAGES = [flickr, scatto_mio, stirpe, nido, ricordi_di_casa]
