from lib import Page


def telepass():
    P = Page("it", "telepass-privacy-consensi", "https://www.telepass.com/it/privati/area-riservata/privacy",
             "Privacy e consensi", "Telepass", real=True, user="Giulia Romano",
             nav=["I miei servizi", "Dispositivi", "Veicoli", "Pagamenti", "Privacy e consensi"], current=4,
             notes="Pedaggi, sosta e mobilità (ricostruzione). Checkbox in forma di sostantivo 'Opposizione all'uso dei miei dati di viaggio per l'addestramento dell'IA' "
                   "non spuntata (true); switch vago 'Migliora i servizi Telepass' (aria-label, visibile solo 'Disattivo'), addestramento solo nell'aiuto (false). "
                   "Esche: consensi marketing in radio, suggerimenti di parcheggio sul dispositivo, statistiche. Esca nascosta con display:none.")
    with P.sec("Consensi commerciali"):
        P.rad("Comunicazioni commerciali di Telepass", ["Acconsento", "Non acconsento"], 1)
        P.rad("Comunicazioni di società partner", ["Acconsento", "Non acconsento"], 1, kind="rg")
        P.cb("Profilazione per offerte personalizzate", True)
    with P.sec("Servizi"):
        P.cb("Notifiche sui transiti autostradali", True)
        P.sw("Promemoria per revisione e bollo", True, kind="div")
        P.sel("Veicolo predefinito per la sosta", ["FR 482 KT – Fiat 500e", "GE 119 PX – Jeep Compass"], 0)
        P.sw("Suggerimenti di parcheggio", True, help="Calcolati sul tuo dispositivo in base alle soste recenti.")
        P.cb("Pagamento automatico della sosta sulle strisce blu", False)
    with P.sec("Intelligenza artificiale"):
        P.cb("Opposizione all'uso dei miei dati di viaggio per l'addestramento dell'IA", False, ai="-", shape="i",
             help="Riguarda transiti, soste e rifornimenti pagati con Telepass.")
        P.sw("Migliora i servizi Telepass", False, ai="+", shape="v", kind="aria", title="Migliora i servizi",
             help="Consente di utilizzare le registrazioni delle chiamate al Servizio Clienti per addestrare i nostri modelli di riconoscimento vocale.")
    with P.sec("Sicurezza"):
        P.cb("Accesso con impronta digitale", True)
        P.btn("Cambia password")
    with P.sec("I tuoi dati"):
        P.cb("Statistiche di utilizzo dell'app", True, help="Dati anonimi sull'uso dell'app, non impiegati per addestrare modelli.")
        P.sel("Conservazione degli estratti conto", ["12 mesi", "10 anni"], 1)
        P.btn("Scarica i tuoi dati")
        P.btn("Gestisci le app collegate")
    with P.sec("Famiglia"):
        P.table(["Familiare", "Può usare il dispositivo", "Riceve le notifiche"], [
            ("Paolo Romano", [P.c_cb(True), P.c_cb(False)]),
        ], naming="row+col")
        P.cb("Limite di spesa mensile per i familiari", True)
    with P.hide("style"):
        P.cb("Usa le mie chat con l'assistente virtuale per l'addestramento", True, ai="+")
    return P


def cruscotto():
    P = Page("it", "cruscotto-connect-privacy", "https://account.cruscotto.test/impostazioni/privacy",
             "Privacy", "Cruscotto Connect", user="Marco Bianchi",
             nav=["Il mio veicolo", "Profili conducente", "App e servizi", "Privacy", "Aggiornamenti"], current=3,
             notes="Infotainment / account del veicolo (inventato). Tabella per tipo di dato con due colonne di checkbox; il nome è riga + colonna "
                   "(aria-labelledby), solo la colonna 'Addestramento IA' è etichettata. Imperativo invertito 'Escludi i video della dashcam…' attivo (false). "
                   "Esche: riconoscimento del conducente nell'abitacolo, suggerimenti proattivi nel profilo, diagnosi. Esca nascosta con aria-hidden.")
    with P.sec("Dati del veicolo",
               intro="Per ogni tipo di dato scegli se usarlo per i servizi connessi e per l'addestramento dei nostri modelli di IA."):
        P.table(["Tipo di dato", "Servizi connessi", "Addestramento IA"], [
            ("Comandi vocali", [P.c_cb(True), P.c_cb(True, "+")]),
            ("Telecamera abitacolo", [P.c_cb(True), P.c_cb(False, "+")]),
            ("Stato di batteria e pneumatici", [P.c_cb(True), "—"]),
        ], naming="row+col")
    with P.sec("Dashcam"):
        P.sw("Escludi i video della dashcam dall'addestramento dei modelli", True, ai="-", shape="i")
        P.cb("Salva automaticamente i video in caso di urto", True)
        P.sel("Archiviazione video", ["Solo nel veicolo", "Nel cloud per 30 giorni"], 0)
    with P.sec("Profili conducente"):
        P.sel("Profilo attivo", ["Marco", "Elena", "Ospite"], 0)
        P.cb("Riconosci il conducente dal volto", True,
             help="Il riconoscimento avviene nella telecamera dell'abitacolo; le immagini non lasciano l'auto.")
        P.cb("Blocca le app di messaggistica nel profilo Ospite", True)
    with P.sec("Assistente"):
        P.sw("Suggerimenti proattivi dell'assistente", True, kind="aria", title="Suggerimenti proattivi",
             help="Si basano sulle tue abitudini e restano nel tuo profilo.")
        P.sw("Lettura ad alta voce dei messaggi", False, kind="aria", title="Lettura messaggi")
    with P.sec("Multimedia"):
        P.sel("Qualità dello streaming", ["Automatica", "Alta", "Risparmio dati"], 0)
        P.cb("Riproduzione automatica all'avvio", False)
        P.seg("Tema dello schermo", ["Chiaro", "Scuro", "Automatico"], 2)
        P.cb("Sottotitoli automatici nei video del manuale", True, help="Generati al momento dal sistema di bordo.")
        P.sw("Modalità ragazzi: volume massimo ridotto", True, kind="div")
        P.btn("App collegate")
    with P.sec("Altro"):
        P.cb("Invia report diagnostici al concessionario", True, help="Solo per l'assistenza tecnica; nessun addestramento.")
        P.btn("Scarica i dati del veicolo")
        P.btn("Disconnetti il veicolo")
    with P.hide("aria"):
        P.cb("Condividi le registrazioni vocali con partner di IA", False, ai="+")
    with P.hide("classvis"):
        P.sw("Revoca il consenso all'addestramento con i dati di guida", False, ai="-", kind="div")
    return P


def sostapp():
    P = Page("it", "sostapp-privacy", "https://www.sostapp.test/profilo/privacy",
             "Privacy", "SostApp", user="Chiara Esposito",
             nav=["Soste", "Targhe", "Portafoglio", "Privacy", "Notifiche"], current=3,
             notes="App di parcheggio (inventata). Passaggio di onboarding con 'Non utilizzare le mie chiamate con l'assistenza per addestrare modelli' "
                   "non spuntato (true); fieldset vago 'Il mio contributo a Miglioramento Sosta' con addestramento nell'aiuto (Partecipo, true). "
                   "Esche: probabilità di posto da dati aggregati, fatture, notifiche. Esca nascosta in un <dialog> chiuso.")
    with P.step(2, 3, "La tua privacy", intro="Ultime scelte prima di iniziare."):
        P.cb("Non utilizzare le mie chiamate con l'assistenza per addestrare modelli", False, ai="-", shape="i", kind="wrap")
        P.cb("Ricordami quando la sosta sta per scadere", True, kind="wrap")
    with P.sec("Programma Miglioramento Sosta"):
        P.rad("Il mio contributo a Miglioramento Sosta", ["Partecipo", "Non partecipo"], 0, shares=[True, False], shape="v",
              help="Le foto delle targhe e gli orari di sosta vengono usati per addestrare il modello che riconosce i posti liberi.")
    with P.sec("Soste"):
        P.sel("Targa predefinita", ["AB 123 CD", "EF 456 GH"], 0)
        P.cb("Prolunga automaticamente fino a 30 minuti", False)
        P.sw("Mostra la probabilità di trovare posto", True, kind="div",
             help="Stima calcolata con dati aggregati della città, non con le tue soste.")
        P.cb("Fatture intestate all'azienda", False)
        P.text("Email per le ricevute", "chiara.esposito@example.it", type="email")
    with P.sec("Notifiche e marketing"):
        P.cb("Offerte dei parcheggi convenzionati", False)
        P.cb("Pubblicità personalizzata", False)
        P.sw("Notifiche push", True)
    with P.sec("Dati"):
        P.cb("Report anonimi sugli arresti anomali", True, help="Servono solo a correggere l'app.")
        P.btn("Esporta cronologia soste")
        P.btn("Elimina account")
    with P.hide("dialog", title="Aiutaci a migliorare"):
        P.cb("Usa le mie soste per addestrare l'IA", False, ai="+")
        P.btns("Non ora", "Accetto")
    return P


def monogo():
    P = Page("it", "monogo-dati", "https://app.monogo.test/account/dati",
             "Dati e privacy", "MonoGo", user="Luca Ferri",
             nav=["Corse", "Abbonamenti", "Pagamenti", "Dati e privacy", "Sicurezza"], current=3,
             notes="Monopattini (inventato). Due select comprensibili solo grazie al titolo 'Addestramento dei modelli di guida sicura' "
                   "(una Non consentito, una Consentito); participio 'Addestramento IA disattivato per le foto di fine corsa' su off (quindi true). "
                   "Esche: controllo del parcheggio sul telefono, tabella notifiche, diagnosi. Esca nascosta con classe CSS.")
    with P.sec("Addestramento dei modelli di guida sicura",
               intro="Con i dati che autorizzi qui addestriamo i modelli che riconoscono cadute, manovre pericolose e parcheggi scorretti."):
        P.sel("Percorsi e posizione GPS", ["Consentito", "Non consentito"], 1, shares=[True, False], shape="h")
        P.sel("Dati dei sensori di bordo", ["Consentito", "Non consentito"], 0, shares=[True, False], shape="h", kind="lb")
    with P.sec("Foto di fine corsa"):
        P.sw("Addestramento IA disattivato per le foto di fine corsa", False, ai="-", shape="i", kind="div")
        P.cb("Controllo automatico del parcheggio nella foto", True,
             help="Verifica subito sul telefono che il monopattino non blocchi il passaggio.")
    with P.sec("Corse"):
        P.cb("Salva lo storico delle corse", True)
        P.rad("Modalità di guida predefinita", ["Eco", "Standard", "Sport"], 1, kind="aria")
        P.sw("Avviso di velocità nelle zone pedonali", True)
        P.cb("Ricordami di indossare il casco", True)
    with P.sec("Notifiche"):
        P.table(["Avviso", "Push", "SMS"], [
            ("Fine corsa", [P.c_cb(True), P.c_cb(False)]),
            ("Promozioni", [P.c_cb(False), P.c_cb(False)]),
        ], naming="row+col")
    with P.sec("Account"):
        P.cb("Invio dati diagnostici", True, help="Dati tecnici del monopattino e dell'app, esclusi dall'addestramento.")
        P.cb("Pubblicità personalizzata", False)
        P.btn("Scarica i miei dati")
        P.btn("Chiudi account")
    with P.hide("class"):
        P.cb("Condividi le corse con partner per l'addestramento IA", True, ai="+")
    return P


def flottapro():
    P = Page("it", "flottapro-impostazioni-dati", "https://console.flottapro.test/azienda/impostazioni/dati",
             "Impostazioni dati", "FlottaPro", user="Alessandra Conti",
             nav=["Panoramica", "Veicoli", "Autisti", "Centrale operativa", "Impostazioni dati"], current=4,
             notes="Gestione flotte (inventato). Riga di stato 'Consentito' con azione Modifica (aria-labelledby, true); imperativo 'Sospendi l'addestramento "
                   "con le registrazioni della telecamera interna' spuntato (false); fieldset in un role=dialog aperto, sensato solo per il titolo del dialog (Escludi, false). "
                   "Esche: trascrizioni interne, report IA per autista, avvisi, integrazioni. Esca nascosta con attributo hidden.")
    with P.sec("Addestramento"):
        P.state("Addestramento dei modelli con i dati della flotta", "Consentito", "Modifica", ai=True, kind="lb",
                help="Include percorsi, velocità ed eventi di guida dei 62 veicoli.")
        P.cb("Sospendi l'addestramento con le registrazioni della telecamera interna", True, ai="-", shape="i")
    with P.dialog("Dati per l'addestramento", intro="Centrale operativa"):
        P.rad("Registrazioni delle chiamate tra autisti e centrale operativa", ["Includi", "Escludi"], 1, shares=[True, False], shape="h")
        P.cb("Trascrivi automaticamente le chiamate nel registro", True,
             help="Le trascrizioni restano nel registro interno e non vengono usate per l'addestramento.")
    with P.sec("Veicoli", intro="Dotazioni attive per veicolo."):
        P.table(["Veicolo", "Telecamera frontale", "Telecamera interna", "Limitatore di velocità"], [
            ("Iveco Daily · GX 112 RT", [P.c_cb(True), P.c_cb(True), P.c_cb(True)]),
            ("Fiat Ducato · GY 845 LM", [P.c_cb(True), P.c_cb(False), P.c_cb(True)]),
            ("Ford Transit · HA 307 PB", [P.c_cb(True), P.c_cb(False), P.c_cb(False)]),
        ], naming="row+col")
    with P.sec("Autisti"):
        P.cb("Gli autisti vedono il proprio punteggio di guida", True)
        P.cb("Nascondi la posizione fuori dall'orario di lavoro", True)
        P.sel("Conservazione dei video", ["7 giorni", "30 giorni", "90 giorni"], 1)
        P.sw("Report di guida generati con IA", True, kind="aria", title="Report IA",
             help="Ogni report usa solo i dati dell'autista interessato.")
    with P.sec("Avvisi"):
        P.cb("Avviso di eccesso di velocità", True)
        P.cb("Avviso di uscita dall'area consentita", True)
        P.sel("Destinatari degli avvisi", ["Responsabile flotta", "Responsabile e autista"], 0)
    with P.sec("Integrazioni"):
        P.cb("Esporta i chilometri verso la contabilità", True)
        P.btn("Chiavi API")
        P.btn("Registro attività")
    with P.hide("hidden"):
        P.cb("Condividi i dati di guida con partner di IA", True, ai="+")
    return P


def pages():
    return [telepass(), cruscotto(), sostapp(), monogo(), flottapro()]
