from lib import Page

UI = dict(search="Cerca", search_ph="Cerca nel sito", lang_label="Lingua",
          langs=["Italiano", "English"], account="Il mio account",
          menu=["Profilo", "Tessera", "Assistenza"], signout="Esci",
          nav_label="Impostazioni", skip="Vai al contenuto",
          footer=["Note legali", "Informativa privacy", "Preferenze cookie", "Contatti"])


def touring():
    p = Page("it", "touring-club-privacy", "https://www.touringclub.it/area-soci/privacy", UI,
             brand="Touring Club Italiano", title="Privacy e consensi – Area Soci Touring Club Italiano",
             h1="Privacy e consensi",
             nav=["La mia tessera", "I miei dati", "Viaggi e prenotazioni", "Privacy e consensi", "Rivista"],
             nav_current=3, known=True,
             service="Touring Club Italiano (area soci), ricostruzione",
             notes="Plain consent checkbox 'Consento l'uso … per addestrare i modelli di IA' ticked, imperative "
                   "'Escludi le mie foto …' switch on, a state row with hidden suffix under a heading about AI "
                   "partners; decoys: travel assistant whose chats do not train, personalised proposals, "
                   "statistics cookies; hidden-attribute decoy.",
             lead="Gestisci i consensi che hai dato al Touring e scegli come usare i tuoi dati.")
    with p.section("Comunicazioni"):
        p.checkbox("Ricevere la rivista Touring in formato cartaceo", True)
        p.checkbox("Newsletter con proposte di viaggio", True)
        p.checkbox("Offerte dei partner convenzionati", False)
        p.checkbox("Mostrami le iniziative di volontariato Aperti per Voi", True)
        p.radios("Canale preferito", ["E-mail", "SMS", "Posta"], 0, style="radiogroup")
    with p.section("Profilazione"):
        p.switch("Proposte personalizzate in base ai viaggi prenotati", False, mode="native")
        p.switch("Assistente di viaggio con IA", True,
                 help="Ti aiuta a costruire un itinerario; le conversazioni non vengono usate per addestrare "
                      "il modello.")
    with p.section("Intelligenza artificiale",
                   intro="Stiamo sviluppando strumenti di IA per le guide e per i consigli di viaggio del Touring."):
        p.checkbox("Consento l'uso dei miei itinerari e delle mie recensioni per addestrare i modelli di IA del Touring",
                   True, ai=("p", True))
        p.switch("Escludi le mie foto dall'addestramento dell'intelligenza artificiale", True, mode="native",
                 ai=("i", False))
    with p.section("Partner di intelligenza artificiale",
                   intro="Alcuni partner tecnologici ci chiedono le recensioni delle strutture per addestrare i "
                         "propri modelli linguistici."):
        p.state_row("Le tue recensioni", "Non condivise", "Modifica", suffix=" — le tue recensioni", ai=("h", False))
        with p.hidden("hidden-attribute"):
            p.checkbox("Condividere le foto con i partner di IA", False, hidden_ai=True)
    with p.section("Tessera e dati"):
        p.select("Rinnovo della tessera", ["Automatico", "Manuale"], 0)
        p.checkbox("Cookie statistici", True,
                   help="Misurano le visite al sito e non servono ad addestrare l'IA.")
        p.buttons("Richiedi copia dei miei dati", "Scarica la tessera digitale", "Salva le preferenze")
    return p


def volontariamente():
    p = Page("it", "volontariamente-impostazioni", "https://portale.volontariamente.test/profilo/impostazioni", UI,
             brand="VolontariaMente", title="Impostazioni · VolontariaMente", h1="Impostazioni",
             nav=["Bacheca", "Turni", "Interventi", "Formazione", "Profilo", "Impostazioni"], nav_current=5,
             service="Invented civil-protection volunteers' portal",
             notes="Vague 'Aderisci a «Turni Smart Lab»' switch explained by its description, a plain "
                   "radiogroup set to 'Consentito', a noun 'Opposizione all'addestramento …' select set to "
                   "'Non presentata'; closed dialog holds the hidden decoy; decoys: formazione as courses, "
                   "AI quiz that does not learn from answers, anonymous statistics.")
    with p.section("Disponibilità"):
        p.select("Zona operativa", ["Comune di residenza", "Provincia", "Tutta la regione"], 1)
        p.checkbox("Reperibile per le emergenze notturne", False)
        p.segmented("Avvisi di allerta", ["Push", "SMS", "Entrambi"], 2)
    with p.section("Formazione"):
        p.checkbox("Avvisami quando apre un nuovo corso di formazione", True)
        p.select("Corsi di mio interesse", ["Tutti", "Antincendio boschivo", "Rischio idrogeologico", "Logistica"], 0)
        p.checkbox("Aggiungi i corsi al mio calendario", False)
        p.switch("Quiz di ripasso generati con IA", True,
                 help="Domande create a partire dai materiali del corso; le tue risposte non addestrano il modello.")
    with p.section("Laboratori e ricerca"):
        p.switch("Aderisci a «Turni Smart Lab»", False, mode="labelledby",
                 help="Il laboratorio addestra il modello che propone i turni usando le tue disponibilità e "
                      "le valutazioni dei coordinatori.", ai=("v", False))
        p.radios("Uso dei miei rapporti di intervento per addestrare l'IA", ["Consentito", "Non consentito"], 0,
                 style="radiogroup", ai=("p", True))
        p.select("Opposizione all'addestramento dei modelli con i miei messaggi", ["Non presentata", "Presentata"], 0,
                 ai=("i", True))
        with p.dialog("Informativa completa", "Informativa sull'uso dei dati",
                      text="Titolare del trattamento è l'associazione VolontariaMente ODV.", close="Chiudi"):
            p.checkbox("Inviare le chat di squadra ai fornitori di IA", False, hidden_ai=True)
    with p.section("Privacy verso i colleghi"):
        p.checkbox("Mostra il mio numero ai capisquadra", True)
        p.checkbox("Mostra le mie specializzazioni nell'elenco volontari", True)
        p.radios("Chi può vedere le mie ore di servizio", ["Tutti i volontari", "Solo il mio gruppo", "Solo la segreteria"], 1)
        p.checkbox("Foto profilo visibile nella bacheca", True)
        p.checkbox("Statistiche d'uso anonime", True,
                   help="Servono solo a migliorare l'app e non sono usate per addestrare l'IA.")
    p.buttons("Cambia password", "Scarica attestato ore", "Salva")
    return p


def sanrocco():
    p = Page("it", "polisportiva-san-rocco-privacy", "https://soci.polisportivasanrocco.test/account/privacy", UI,
             brand="Polisportiva San Rocco", title="Privacy – Area soci Polisportiva San Rocco", h1="Privacy",
             nav=["Tessera", "Corsi", "Prenotazioni", "Pagamenti", "Privacy", "Famiglia"], nav_current=4,
             service="Invented multi-sport club",
             notes="Two-row table under a heading/intro about the federation's scouting model (column "
                   "'Autorizza'), participle checkbox 'Dati di mio figlio esclusi dall'addestramento dell'IA' "
                   "ticked in a family section; decoys: allenamenti as workouts, AI training sheet, photo "
                   "consent for the child; CSS-class hidden decoy.")
    with p.section("Visibilità"):
        p.select("Chi vede la mia scheda socio", ["Tutti i soci", "Solo la mia squadra", "Solo la segreteria"], 1)
        p.checkbox("Pubblica il mio nome nei risultati delle gare", True)
        p.checkbox("Newsletter della polisportiva", True)
    with p.section("Allenamenti e prenotazioni"):
        p.checkbox("Promemoria allenamenti", True)
        p.checkbox("Conferma delle prenotazioni dei campi via e-mail", True)
        p.radios("Ricevi le convocazioni via", ["App", "E-mail", "WhatsApp"], 0, style="radiogroup")
        p.switch("Scheda di allenamento suggerita dall'IA", False,
                 help="Creata a partire dai tuoi obiettivi; i tuoi dati non vengono usati per addestrare il sistema.")
    with p.section("Progetto scouting della federazione",
                   intro="La federazione regionale sta sviluppando un modello di IA che individua giovani talenti. "
                         "Per addestrarlo chiede alle società alcuni dati degli atleti."):
        p.table("Dati che la federazione può usare", ["Dato", "Autorizza"], [
            ("Statistiche delle partite", [(True, ("h", True))]),
            ("Video degli allenamenti", [(False, ("h", False))]),
        ])
    with p.section("Famiglia", intro="Impostazioni per i figli minorenni iscritti alla polisportiva."):
        p.checkbox("Dati di mio figlio esclusi dall'addestramento dell'IA", True, tie="near",
                   help="Vale per tutte le attività di tuo figlio, anche per quelle organizzate con la federazione.",
                   ai=("i", False))
        p.checkbox("Mio figlio può vedere la chat di squadra", True)
        p.checkbox("Consenso alle foto di mio figlio sul sito", False)
        with p.hidden("display-none-class", cls="blocco-legacy"):
            p.switch("Condividi le valutazioni degli allenatori per l'IA", False, hidden_ai=True)
    with p.section("Pagamenti"):
        p.select("Metodo di pagamento della quota", ["Carta", "Bonifico", "Addebito SEPA"], 0)
        p.buttons("Scarica il certificato di iscrizione", "Salva")
    return p


def cuoreaperto():
    p = Page("it", "cuore-aperto-preferenze", "https://donatori.cuoreaperto.test/preferenze", UI,
             brand="Fondazione Cuore Aperto", title="Le mie preferenze – Area donatori", h1="Le mie preferenze",
             nav=["Le mie donazioni", "Donazione regolare", "Ricevute", "Preferenze", "Lasciti"], nav_current=3,
             service="Invented health-research foundation (donor area)",
             notes="Plain segmented group set to 'No', a state row whose button revokes an active consent "
                   "('Revoca il consenso …'), vague 'Partecipa al programma Dono Consapevole' inside a closed "
                   "details with help placed nearby; decoys: personalised appeals, AI-written yearly summary; "
                   "aria-hidden decoy.")
    with p.section("Donazione regolare"):
        p.select("Importo mensile", ["10 €", "20 €", "50 €"], 0)
        p.checkbox("Ricevuta unica annuale per la dichiarazione dei redditi", True)
        p.buttons("Aggiorna i dati della carta")
    with p.section("Comunicazioni"):
        p.checkbox("Notiziario trimestrale", True, mode="wrap")
        p.checkbox("Inviti agli eventi sul territorio", False, mode="wrap")
        p.checkbox("Desidero informazioni sui lasciti testamentari", False, mode="wrap")
        p.radios("Contattami preferibilmente via", ["E-mail", "Telefono", "Posta"], 0, style="radiogroup")
    with p.section("Dati e ricerca",
                   intro="La Fondazione collabora con ospedali e università. Qui decidi come possiamo usare i tuoi dati."):
        p.segmented("Usa le mie risposte ai sondaggi per addestrare l'IA", ["Sì", "No"], 1, ai=("p", False))
        p.state_row("Lettere ai pazienti", "Consenso attivo", "Revoca il consenso",
                    suffix=" all'uso delle tue lettere per addestrare l'IA", ai=("i", True))
        with p.details("Altri programmi"):
            p.checkbox("Partecipa al programma Dono Consapevole", True, tie="near",
                       help="Il programma addestra i nostri modelli predittivi con la cronologia delle tue donazioni.",
                       ai=("v", True))
            p.checkbox("Ricevi il bilancio sociale in anteprima", False)
        with p.hidden("aria-hidden"):
            p.checkbox("Cedi i dati di donazione ai partner di IA", False, hidden_ai=True)
    with p.section("Personalizzazione"):
        p.switch("Appelli personalizzati in base alle donazioni passate", False, mode="native")
        p.switch("Riepilogo annuale scritto con l'IA", True,
                 help="Il testo viene generato per te e non viene conservato.")
    p.buttons("Scarica le ricevute", "Salva")
    return p


def obiettivo():
    p = Page("it", "circolo-obiettivo-impostazioni", "https://www.circolobiettivo.test/area-riservata/impostazioni", UI,
             brand="Circolo Fotografico Obiettivo", title="Impostazioni – Area riservata soci", h1="Impostazioni",
             nav=["Le mie gallerie", "Concorsi", "Uscite", "Quota sociale", "Impostazioni"], nav_current=4,
             service="Invented photography club",
             notes="Imperative 'Proteggi le mie fotografie dall'addestramento dei crawler di IA' switch on, a "
                   "switch named only 'Le mie foto in concorso' under a heading/intro about training a judging "
                   "model; decoys: content search that stays in the archive, watermark, high-res download; "
                   "inline display:none decoy.")
    with p.section("Gallerie"):
        p.select("Visibilità predefinita delle gallerie", ["Pubblica", "Solo soci", "Privata"], 1)
        p.checkbox("Mostra i dati EXIF", True)
        p.checkbox("Consenti il download in alta risoluzione", False)
        p.checkbox("Applica la filigrana con il mio nome", True)
        p.checkbox("Mostra il mio profilo nell'elenco soci", True)
    with p.section("Protezione delle immagini"):
        p.switch("Proteggi le mie fotografie dall'addestramento dei crawler di IA", True,
                 help="Aggiunge il divieto nei metadati e nel file robots del circolo, per i crawler che "
                      "raccolgono immagini per addestrare modelli.", ai=("i", False))
        p.switch("Ricerca per contenuto nelle mie gallerie", True, mode="native",
                 help="Riconosce soggetti e luoghi per trovarli più in fretta; l'analisi resta nel tuo archivio.")
    with p.section("Concorso annuale e giuria automatica",
                   intro="Per il concorso di quest'anno vorremmo addestrare un modello di valutazione sulle foto "
                         "iscritte dai soci, da affiancare alla giuria."):
        p.switch("Le mie foto in concorso", True, mode="labelledby", ai=("h", True))
        with p.hidden("display-none-inline"):
            p.checkbox("Usa anche le foto scartate per l'addestramento", False, hidden_ai=True)
    with p.section("Uscite fotografiche"):
        p.checkbox("Avvisami delle nuove uscite", True)
        p.radios("Posti in auto che posso offrire", ["Nessuno", "1", "2", "3 o più"], 0)
    with p.section("Notifiche"):
        p.switch("Commenti alle mie foto", True, mode="native")
        p.switch("Nuovi concorsi", True, mode="native")
    with p.section("Quota sociale"):
        p.checkbox("Rinnovo automatico della quota", True)
        p.select("Metodo di pagamento", ["Carta", "PayPal", "Bonifico"], 0)
    p.buttons("Esporta le mie gallerie", "Salva")
    return p


PAGES = [touring, volontariamente, sanrocco, cuoreaperto, obiettivo]
