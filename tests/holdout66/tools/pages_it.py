from lib import Page


def pages():
    out = []

    # 1 ---------------------------------------------------------------- Hallow (known, tu)
    p = Page("it", "hallow-privacy", "https://hallow.com/it/settings/privacy", "Hallow",
             "Privacy", known=True, theme="faith", accent="#6c4ad6", bg="#f6f4fc", hidecls="is-hidden",
             nav=[("Profilo", "/it/settings/profile", False), ("Abbonamento", "/it/settings/subscription", False),
                  ("Promemoria", "/it/settings/reminders", False), ("Privacy", "/it/settings/privacy", True),
                  ("Parrocchia", "/it/settings/parish", False), ("Assistenza", "/it/help", False)],
             menu=[("Il mio profilo", "/it/profile"), ("Comunità", "/it/community"), ("Esci", "/it/logout")],
             footer=[("Informativa privacy", "/it/privacy"), ("Termini", "/it/terms"), ("Cookie", "/it/cookies"),
                     ("Contatti", "/it/contact")],
             search_ph="Cerca preghiere, rosari, meditazioni",
             lede="La tua preghiera resta tua. Qui scegli cosa condividere e con chi.",
             notes="Servizio noto, testi inventati (tu). p: interruttore 'Usa le mie riflessioni per addestrare i modelli di Hallow'; v: fieldset 'Contribuisci a migliorare Hallow' (solo l'aiuto parla di addestramento); i: riga di stato con suffisso nascosto 'Attiva Esclusione dall'addestramento dell'IA' (non attiva = condivide). Nascosto: visibility:hidden. Esche: rosario guidato, Vangelo del giorno, intenzioni visibili alla comunità, parrocchia.")
    p.section("Promemoria")
    p.switch("Promemoria per la preghiera del mattino", True)
    p.select("Orario", ["6:30", "7:00", "8:00", "21:00"], 1)
    p.switch("Angelus a mezzogiorno", False)
    p.section("Preghiera")
    p.radios("Voce della guida", ["Suor Chiara", "Padre Marco"], 0)
    p.switch("Musica di sottofondo", True)
    p.check("Scarica automaticamente il Vangelo del giorno", True)
    p.section("Comunità")
    p.radios("Chi vede le mie intenzioni", ["Solo io", "Il mio gruppo", "Tutta la comunità"], 1, style="aria")
    p.check("Mostra la mia serie di giorni di preghiera", True)
    p.section("Le tue riflessioni e l'IA",
              "Stiamo sviluppando strumenti basati sull'intelligenza artificiale. Decidi tu se e come i tuoi dati ne fanno parte.")
    p.switch("Usa le mie riflessioni per addestrare i modelli di Hallow", True, ai="p")
    p.radios("Contribuisci a migliorare Hallow", ["Sì", "No"], 1, share=[True, False],
             help="Le tue intenzioni di preghiera e le tue valutazioni dei contenuti vengono usate per addestrare i nostri modelli di raccomandazione.",
             ai="v")
    p.state("Esclusione dall'addestramento dell'IA", "Non attiva", "Attiva", False, ai="i")
    p.begin_hidden("visibility-hidden")
    p.check("Condividi le mie registrazioni vocali per addestrare l'IA", True, ai="p")
    p.end_hidden()
    p.section("Account")
    p.text("Email", "giulia.rinaldi@example.it", type="email")
    p.check("Ricevi la newsletter di Avvento e Quaresima", True)
    p.ctl_button("Gestisci l'abbonamento")
    p.ctl_button("Scarica i miei dati")
    p.ctl_button("Elimina account")
    out.append(p)

    # 2 ---------------------------------------------------------------- Quiete (invented, tu)
    p = Page("it", "quiete-privacy", "https://app.quiete.test/impostazioni/privacy", "Quiete",
             "Privacy", theme="meditation", accent="#5a8f5c", bg="#f3f8f2", hidecls="nascosto",
             nav=[("Profilo", "/impostazioni/profilo", False), ("Piano", "/impostazioni/piano", False),
                  ("Notifiche", "/impostazioni/notifiche", False), ("Privacy", "/impostazioni/privacy", True),
                  ("Dispositivi", "/impostazioni/dispositivi", False)],
             menu=[("Profilo", "/profilo"), ("Regala Quiete", "/regala"), ("Esci", "/esci")],
             footer=[("Note legali", "/note-legali"), ("Privacy", "/privacy"), ("Supporto", "/supporto")],
             search_ph="Cerca meditazioni, suoni, corsi",
             lede="Un po' di silenzio anche sui tuoi dati.",
             notes="Inventato (meditazione, tu). v: role=radiogroup 'Partecipa al miglioramento di Quiete' (solo l'aiuto parla di addestrare); p: casella 'Consenti l'uso delle mie note vocali per l'addestramento dell'IA' (non spuntata); i: button switch con aria-label 'Opposizione all'addestramento dei modelli' (attiva = non condivide). Nascosto: <dialog> chiuso. Esche: suggerimenti personalizzati, timer, Apple Salute, corsi.")
    p.section("Notifiche")
    p.switch("Promemoria giornaliero", True)
    p.switch("Nuovi corsi", False)
    p.check("Resoconto settimanale via email", True)
    p.section("Meditazione")
    p.select("Durata predefinita", ["5 minuti", "10 minuti", "20 minuti"], 1)
    p.pressed("Campana finale", ["Campana", "Gong", "Nessuna"], 0)
    p.switch("Salva i minuti in Apple Salute", True)
    p.section("Suggerimenti")
    p.switch("Suggerimenti personalizzati", True, "In base alle ultime sessioni. Restano sul tuo account.")
    p.bswitch("Assistente IA per scegliere la meditazione", False, naming="labelledby")
    p.section("Dati e addestramento")
    p.radios("Partecipa al miglioramento di Quiete", ["Sì", "No"], 1, share=[True, False], style="aria",
             help="Con il tuo consenso, sessioni, umore e valutazioni servono ad addestrare il modello che ti suggerisce le meditazioni.",
             ai="v")
    p.check("Consenti l'uso delle mie note vocali per l'addestramento dell'IA", False, ai="p")
    p.bswitch("Opposizione all'addestramento dei modelli", True, naming="label",
              help="Puoi cambiare idea quando vuoi.", ai="i")
    p.begin_hidden("closed-dialog", opener="Impostazioni avanzate")
    p.switch("Condividi il diario dell'umore con partner di ricerca per addestrare modelli", True, ai="p")
    p.end_hidden()
    p.section("Account")
    p.text("Nome visualizzato", "Tommaso")
    p.ctl_button("Esporta i miei dati")
    p.ctl_button("Chiudi l'account")
    out.append(p)

    # 3 ---------------------------------------------------------------- Ortensia (invented, Lei)
    p = Page("it", "ortensia-dati-ia", "https://www.ortensia-diario.test/account/dati-e-ia", "Ortensia",
             "Dati e IA", theme="journaling", accent="#8e5aa8", bg="#f8f4fa", hidecls="nascondi",
             nav=[("Generale", "/account", False), ("Diari", "/account/diari", False),
                  ("Sicurezza", "/account/sicurezza", False), ("Dati e IA", "/account/dati-e-ia", True),
                  ("Abbonamento", "/account/abbonamento", False)],
             menu=[("Profilo", "/profilo"), ("Invita un'amica", "/invita"), ("Esci", "/esci")],
             footer=[("Note legali", "/note-legali"), ("Informativa sulla privacy", "/privacy"), ("Cookie", "/cookie")],
             search_ph="Cerca nel diario",
             lede="Il Suo diario è privato. In questa pagina stabilisce come le funzioni intelligenti possono usarlo.",
             notes="Inventato (diario, Lei). h: fieldset 'Pagine del diario' sotto il titolo 'Addestramento dei modelli di IA'; i: interruttore 'Non usare i miei allegati per addestrare l'IA' (spento = condivide); p: aria-pressed 'Addestra l'IA con le mie note vocali' (No). Nascosto: scheda inattiva. Esche: spunti di scrittura con IA, riepilogo mensile, blocco con PIN, backup.")
    p.begin_tabs(["Impostazioni", "Ricerca"])
    p.section("Scrittura")
    p.switch("Spunto del giorno", True)
    p.switch("Domande di approfondimento con IA", True,
             "Generate sul momento dalla pagina aperta; non vengono conservate.")
    p.check("Riepilogo mensile via email", False)
    p.select("Carattere", ["Garamond", "Helvetica", "Macchina da scrivere"], 0)
    p.section("Sicurezza")
    p.switch("Blocco con PIN", True)
    p.switch("Crittografia end-to-end", True)
    p.section("Addestramento dei modelli di IA",
              "Ortensia sta addestrando un proprio modello linguistico. Indichi quali contenuti del Suo diario possono essere utilizzati.")
    p.radios("Pagine del diario", ["Tutte", "Solo quelle contrassegnate", "Nessuna"], 0, share=[True, True, False],
             ai="h")
    p.switch("Non usare i miei allegati per addestrare l'IA", False, ai="i")
    p.begin_details("Note vocali")
    p.pressed("Addestra l'IA con le mie note vocali", ["Sì", "No"], 1, share=[True, False], ai="p")
    p.end_details()
    p.next_panel()
    p.section("Programma di ricerca")
    p.check("Partecipa allo studio universitario: le mie pagine anonimizzate per addestrare modelli", True, ai="p")
    p.end_tabs()
    p.section("Promemoria")
    p.switch("Promemoria serale", True)
    p.select("Orario del promemoria", ["21:00", "22:00", "23:00"], 1)
    p.section("Backup")
    p.switch("Backup automatico", True)
    p.pressed("Formato", ["PDF", "Markdown"], 1)
    p.ctl_button("Esporta tutto il diario")
    p.ctl_button("Elimina account")
    out.append(p)

    # 4 ---------------------------------------------------------------- Stellare (invented, tu)
    p = Page("it", "stellare-riservatezza", "https://stellare.test/profilo/riservatezza", "Stellare",
             "Riservatezza", theme="astrology", accent="#b5384f", bg="#fbf3f5", hidecls="hidden-panel",
             nav=[("Il mio tema natale", "/profilo/tema", False), ("Affinità", "/profilo/affinita", False),
                  ("Notifiche", "/profilo/notifiche", False), ("Riservatezza", "/profilo/riservatezza", True),
                  ("Stellare Premium", "/profilo/premium", False)],
             menu=[("Il mio profilo", "/profilo"), ("Ricarica stelle", "/negozio"), ("Esci", "/logout")],
             footer=[("Note legali", "/legal"), ("Privacy", "/privacy"), ("Condizioni di vendita", "/condizioni")],
             search_ph="Segni, case, transiti…",
             lede="Le stelle ti conoscono già. Noi chiediamo il permesso.",
             notes="Inventato (astrologia, tu). h: celle di tabella senza etichetta propria (riga × colonna 'Addestramento dell'IA'); v: interruttore 'Aiuta Stellare a migliorare le previsioni' (solo l'aiuto parla di addestrare). Nascosto: attributo hidden. Esche: astrologa IA, oroscopo quotidiano, affinità visibili, crediti.")
    p.section("Dati di nascita")
    p.text("Luogo di nascita", "Lecce")
    p.text("Ora di nascita", "02:45", type="time")
    p.check("Non conosco l'ora esatta", False)
    p.section("Notifiche")
    p.switch("Oroscopo del giorno", True)
    p.switch("Mercurio retrogrado", True)
    p.switch("Luna piena e luna nuova", False)
    p.section("Astrologa IA")
    p.bswitch("Parla con Urania", True, naming="text", help="Urania risponde con l'IA partendo dal tuo tema natale.")
    p.radios("Lunghezza delle risposte", ["Breve", "Media", "Lunga"], 1, style="aria")
    p.section("Come usiamo i tuoi dati")
    p.table("Spunta gli usi che accetti.", ["Oroscopo personalizzato", "Addestramento dell'IA"],
            ["Tema natale", "Domande a Urania"], [[True, False], [True, False]],
            ai={(0, 1): "h", (1, 1): "h"}, naming="headers")
    p.switch("Aiuta Stellare a migliorare le previsioni", True,
             "Le tue domande e i tuoi feedback vengono usati per addestrare il modello che scrive gli oroscopi.",
             ai="v")
    p.begin_hidden("hidden-attr")
    p.check("Usa i temi dei miei amici per addestrare l'IA", True, ai="p")
    p.end_hidden()
    p.section("Affinità")
    p.switch("Mostra le mie affinità agli amici", True)
    p.ctl_button("Elimina la cronologia delle domande")
    p.ctl_button("Elimina account")
    out.append(p)

    # 5 ---------------------------------------------------------------- Mentore (invented, Lei)
    p = Page("it", "mentore-ia", "https://area.mentore-coaching.test/impostazioni/intelligenza-artificiale", "Mentore",
             "Intelligenza artificiale", theme="coaching", accent="#1d6fa5", bg="#f1f6fa", hidecls="d-none",
             nav=[("Obiettivi", "/impostazioni/obiettivi", False), ("Il mio coach", "/impostazioni/coach", False),
                  ("Calendario", "/impostazioni/calendario", False),
                  ("Intelligenza artificiale", "/impostazioni/intelligenza-artificiale", True),
                  ("Fatturazione", "/impostazioni/fatturazione", False)],
             menu=[("Profilo", "/profilo"), ("Area aziende", "/aziende"), ("Esci", "/logout")],
             footer=[("Note legali", "/legal"), ("Informativa privacy", "/privacy"), ("Codice etico", "/etica")],
             lede="Il percorso è Suo. Anche le decisioni su come l'IA utilizza i Suoi dati.",
             notes="Inventato (coaching, Lei). i: casella 'Escludere le mie sessioni dall'addestramento dei modelli' (spuntata = non condivide); p: riga di stato con aria-labelledby 'Disattiva Addestramento dell'IA con i Suoi messaggi in chat'; h: role=radiogroup 'Obiettivi e diario' sotto il titolo dell'addestramento. Nascosto: display:none in linea. Esche: sintesi delle sessioni con IA, promemoria, calendario, report aziendale.")
    p.section("Sessioni")
    p.select("Durata", ["30 minuti", "45 minuti", "60 minuti"], 1)
    p.switch("Sintesi della sessione generata con IA", True,
             "Visibile solo a Lei e al Suo coach. Non viene usata per addestrare modelli.")
    p.switch("Registra le sessioni", False)
    p.section("Obiettivi")
    p.switch("Promemoria settimanale", True)
    p.pressed("Tono dei promemoria", ["Incoraggiante", "Diretto"], 0)
    p.section("Calendario")
    p.ctl_button("Collega Google Calendar")
    p.ctl_button("Collega Outlook")
    p.section("Dati delle sessioni")
    p.check("Escludere le mie sessioni dall'addestramento dei modelli", True, ai="i")
    p.state("Addestramento dell'IA con i Suoi messaggi in chat", "Attivo", "Disattiva", True, naming="labelledby", ai="p")
    p.section("Addestramento del nostro coach virtuale",
              "Il coach virtuale di Mentore viene addestrato con i contenuti di chi usa il servizio. Scelga cosa includere.")
    p.radios("Obiettivi e diario", ["Includi", "Escludi"], 0, share=[True, False], style="aria", ai="h")
    p.begin_hidden("inline-display-none")
    p.switch("Cedere le mie risposte ai partner per l'addestramento dei loro modelli", False, ai="p")
    p.end_hidden()
    p.section("Notifiche")
    p.switch("Promemoria il giorno prima della sessione", True)
    p.switch("Messaggi del coach", True)
    p.section("Azienda")
    p.check("La mia azienda può vedere la mia partecipazione", True)
    p.check("Includere le mie risposte nel sondaggio anonimo sul benessere", False)
    p.ctl_button("Scarica il mio storico")
    out.append(p)

    return out
