from lib import Page, A

LANGS = [("it", "Italiano"), ("en", "English"), ("de", "Deutsch"), ("fr", "Français")]


def meteo3b():
    p = Page("it", "3bmeteo-privacy", "3bmeteo", "https://www.3bmeteo.com/account/privacy",
             "Privacy - Il mio account - 3bmeteo", known=True,
             notes="Meteo (tu). Switch chiaro 'Consenti l'uso delle mie segnalazioni per addestrare i modelli di IA' "
                   "(attivo); casella invertita 'Escludi le mie foto dall'addestramento dell'IA' in un details chiuso "
                   "(non spuntata → condivide). Esche: previsione spiegata dall'IA, pubblicità, statistiche non usate "
                   "per addestrare. Nascosto: anteprima widget con aria-hidden.")
    p.skip_text = "Vai al contenuto"
    p.chrome("3bmeteo", "Cerca", "Cerca una località", "Lingua", LANGS, "Il mio account",
             ["Le mie località", "Premium", "Assistenza"], "Esci", "Il mio account",
             ["Dati personali", "Le mie località", "Allerte", "Privacy", "Abbonamento"], "Privacy",
             ["Chi siamo", "Pubblicità", "Note legali", "Privacy", "Cookie"], "© 3BMeteo srl")
    p.html = p.render(
        "Privacy", "Scegli come usiamo i tuoi dati e cosa vedono gli altri utenti.",
        p.section("Le mie località", None,
                  p.select("Località principale", ["Milano", "Bergamo", "Lecco"], "Bergamo"),
                  p.button("Gestisci località")),
        p.section("Allerte", None,
                  p.checkbox("Allerta temporali", True, wrap=True),
                  p.checkbox("Allerta neve", False, wrap=True),
                  p.select("Livello minimo di allerta", ["Giallo", "Arancione", "Rosso"], "Arancione")),
        p.section("Segnalazioni meteo", "Inviaci il tempo che fa da te: pioggia, grandine, neve, nebbia.",
                  p.switch("Consenti l'uso delle mie segnalazioni per addestrare i modelli di IA di 3bmeteo", True,
                           ai=A("p", on=True)),
                  p.checkbox("Mostra il mio nome sulla mappa delle segnalazioni", False),
                  p.details("Foto", lambda: [
                      p.checkbox("Escludi le mie foto dall'addestramento dell'IA", False, ai=A("i", on=False)),
                      p.checkbox("Rimuovi la posizione esatta dalle foto", True)])),
        p.hide("aria", lambda: p.card(
            "Anteprima widget",
            p.switch("Usa le mie segnalazioni per l'addestramento", True, ai=A("p", on=True)))),
        p.section("Funzioni smart", None,
                  p.switch("Previsione spiegata dall'IA", True,
                           help="Un breve testo che spiega la previsione dei prossimi giorni, scritto a partire dai "
                                "dati del modello.")),
        p.section("Pubblicità e statistiche", None,
                  p.checkbox("Pubblicità personalizzata", False),
                  p.checkbox("Statistiche di utilizzo", True,
                             help="Servono solo a contare le visite; non vengono usate per addestrare modelli.")),
        p.section("Newsletter", None, p.checkbox("Newsletter del weekend", True, wrap=True)),
        p.section("Account", None,
                  p.button("Gestisci abbonamento Premium"),
                  p.buttons("Cambia password", "Scarica i miei dati", "Elimina account")),
    )
    return p


def zampa_sicura():
    p = Page("it", "zampa-sicura-privacy", "Zampa Sicura", "https://www.zampasicura.test/area-clienti/privacy",
             "Privacy e consensi – Zampa Sicura",
             notes="Assicurazione per animali (Lei). Riga di stato 'Revoca opposizione' con suffisso nascosto "
                   "(opposizione registrata → non condivide); select vago 'Contributo alla ricerca' con aiuto "
                   "aria-describedby sull'addestramento (Dati clinici anonimi); role=radiogroup 'Storico rimborsi di "
                   "Briciola' sotto 'Modelli di valutazione del rischio' (Non consentito) – heading-only. Esche: "
                   "assistente sinistri, offerte su misura, veterinario di fiducia. Nascosto: riassicuratori con "
                   "attributo hidden.")
    p.skip_text = "Vai al contenuto"
    p.chrome("Zampa Sicura", "Cerca", "Cerca nella guida", "Lingua", LANGS, "Sig.ra Ferri",
             ["Le mie polizze", "I miei sinistri", "Documenti"], "Esci", "Area clienti",
             ["Dati personali", "Polizze", "Rimborsi", "Privacy e consensi", "Sicurezza"], "Privacy e consensi",
             ["Assistenza", "Reclami", "Informativa privacy", "Note legali"], "Zampa Sicura S.p.A. – Gruppo assicurativo")
    p.html = p.render(
        "Privacy e consensi", "Gestisca qui i consensi relativi a Lei e ai Suoi animali.",
        p.section("La mia polizza", None,
                  p.select("Animale assicurato", ["Briciola (gatta)", "Otto (cane)"], "Briciola (gatta)"),
                  p.button("Scarica il certificato di polizza"),
                  p.select("Metodo di pagamento del premio", ["Carta", "Addebito SEPA", "Bonifico"], "Addebito SEPA")),
        p.section("Rimborsi", None,
                  p.text("IBAN per i rimborsi", "IT60 X054 2811 1010 0000 0123 456"),
                  p.checkbox("Avvisami via SMS quando il rimborso è approvato", True)),
        p.section("Veterinario di fiducia", None,
                  p.checkbox("Consenti alla mia clinica di inviare le fatture direttamente", True),
                  p.button("Cambia veterinario")),
        p.section("Modelli di valutazione del rischio",
                  "Addestriamo i nostri modelli di apprendimento automatico con lo storico delle polizze e dei "
                  "rimborsi.",
                  p.radios("Storico rimborsi di Briciola", ["Consentito", "Non consentito"], "Non consentito",
                           mode="radiogroup", ai=A("h", share=["Consentito"])),
                  p.state_row("La Sua opposizione", "Registrata il 18 gennaio 2025", "Revoca opposizione",
                              suffix="all'addestramento dei modelli di IA sui sinistri", ai=A("i", sharing=False)),
                  p.hide("hidden", lambda: p.checkbox(
                      "Consenti ai riassicuratori di addestrare modelli con i miei sinistri", True,
                      ai=A("p", on=True)))),
        p.section("Ricerca", None,
                  p.select("Contributo alla ricerca", ["Nessuno", "Dati clinici anonimi"], "Dati clinici anonimi",
                           help="I dati clinici anonimi aiutano noi e l'Università di Padova ad addestrare modelli di "
                                "intelligenza artificiale per la diagnosi precoce.",
                           ai=A("v", share=["Dati clinici anonimi"]))),
        p.section("Assistente", None,
                  p.switch("Assistente virtuale per aprire un sinistro", True,
                           help="La guida passo per passo nella compilazione della richiesta.")),
        p.section("Canali di contatto", None,
                  p.table("Come preferisce essere avvisato", "Avviso", ["E-mail", "SMS", "App"],
                          [("Stato del sinistro", [True, True, True]), ("Scadenza della polizza", [True, False, True]),
                           ("Rinnovo e preventivi", [True, False, False])])),
        p.section("Comunicazioni", None,
                  p.checkbox("Offerte su misura per me", False, wrap=True),
                  p.checkbox("Promemoria vaccini e richiami", True, wrap=True),
                  p.checkbox("Comunicazioni commerciali di partner", False, wrap=True)),
        p.section("Sicurezza", None,
                  p.buttons("Modifica password", "Attiva la verifica in due passaggi", "Scarica i miei dati")),
    )
    return p


def orto_facile():
    p = Page("it", "orto-facile-dati", "Orto Facile", "https://app.ortofacile.test/impostazioni/dati",
             "I tuoi dati · Orto Facile",
             notes="App per l'orto (tu). Switch nativo invertito 'Non usare il mio diario… per addestrare l'IA' "
                   "(attivo → non condivide); casella chiara per i partner (non spuntata); tabella con didascalia "
                   "'Addestramento del riconoscimento malattie', colonna 'Includi' (foto sì, note no) – heading-only. "
                   "Esche: riconoscimento sul telefono, agronomo virtuale, corso di potatura. Nascosto: vecchia "
                   "opzione in display:none inline.")
    p.skip_text = "Vai al contenuto"
    p.chrome("Orto Facile", "Cerca", "Cerca ortaggi e consigli", "Lingua", LANGS, "Gino",
             ["Il mio orto", "Diario", "Semine"], "Esci", "Impostazioni",
             ["Profilo", "Il mio orto", "Promemoria", "I tuoi dati"], "I tuoi dati",
             ["Aiuto", "Privacy", "Termini"], "Orto Facile · Bologna")
    p.html = p.render(
        "I tuoi dati", None,
        p.section("Il mio orto", None,
                  p.text("Nome dell'orto", "L'orto di nonno Gino"),
                  p.select("Zona", ["Nord", "Centro", "Sud e isole"], "Nord")),
        p.section("Riconoscimento piante", None,
                  p.checkbox("Riconosci le piante sul telefono", True,
                             help="Funziona anche senza rete: la foto resta sul dispositivo."),
                  p.switch("Chiedi all'agronomo virtuale", True, help="Risponde usando le nostre schede colturali.")),
        p.section("Diario", None,
                  p.checkbox("Non usare il mio diario dell'orto per addestrare l'IA", True, switch=True,
                             ai=A("i", on=False)),
                  p.checkbox("Rendi il diario visibile agli amici", False)),
        p.section("Il nostro modello", "Insegniamo al nostro modello a riconoscere oidio, peronospora e carenze.",
                  p.table("Addestramento del riconoscimento malattie", "Dato", ["Includi"],
                          [("Foto delle foglie", [True]), ("Note di coltivazione", [False])],
                          ai_cols={0: A("h", on=True)}),
                  p.hide("inline", lambda: p.checkbox(
                      "Usa le mie foto per l'addestramento (vecchia versione)", True, ai=A("p", on=True)))),
        p.section("Partner", None,
                  p.checkbox("Condividi le foto delle mie piante con i partner per l'addestramento dei loro modelli",
                             False, ai=A("p", on=True)),
                  p.checkbox("Ricevi offerte dai vivai partner", False)),
        p.section("Promemoria", None,
                  p.checkbox("Irrigazione", True, wrap=True),
                  p.checkbox("Semina", True, wrap=True),
                  p.checkbox("Gelate", True, wrap=True),
                  p.switch("Consigli stagionali personalizzati", True)),
        p.section("Corsi", None, p.button("Iscriviti al corso di potatura")),
        p.section("Account", None, p.buttons("Esporta il diario", "Elimina account")),
    )
    return p


def stalla_digitale():
    p = Page("it", "stalla-digitale-dati", "Stalla Digitale",
             "https://gestione.stalladigitale.test/azienda/impostazioni/dati", "Dati aziendali – Stalla Digitale",
             notes="Gestionale per allevamenti da latte (Lei). Gruppo segmentato invertito 'Opposizione all'uso dei "
                   "dati di mungitura per l'IA' (Non attiva → condivide); casella vaga 'Partecipa a Benchmark Latte' "
                   "con aiuto vicino sull'addestramento (spuntata). Esche: previsione calori con IA sui dati propri, "
                   "classifica provinciale, veterinario aziendale, corso benessere animale. Nascosto: scheda inattiva "
                   "'Dati dei collaboratori'.")
    p.skip_text = "Vai al contenuto"
    p.chrome("Stalla Digitale", "Cerca", "Capo, lotto o trattamento", "Lingua", LANGS, "Az. Agr. Rota",
             ["Azienda", "Licenza", "Assistenza"], "Esci", "Impostazioni",
             ["Azienda", "Mungitura", "Utenti", "Dati", "Integrazioni"], "Dati",
             ["Assistenza", "Privacy", "Condizioni"], "Stalla Digitale – software per la zootecnia")
    p.html = p.render(
        "Dati aziendali", None,
        p.section("Azienda", None,
                  p.text("Codice aziendale", "012BG345"),
                  p.select("Razza prevalente", ["Frisona", "Bruna", "Pezzata Rossa"], "Bruna")),
        p.section("Mungitura", None,
                  p.select("Turni di mungitura", ["2 al giorno", "3 al giorno"], "2 al giorno"),
                  p.checkbox("Allarme conducibilità elevata", True)),
        p.section("Uso dei dati", None,
                  p.tabs("Dati", [
                      ("Dati della stalla", lambda: [
                          p.segmented("Opposizione all'uso dei dati di mungitura per l'IA", ["Attiva", "Non attiva"],
                                      "Non attiva", ai=A("i", share=["Non attiva"])),
                          p.checkbox("Condividi i dati con il veterinario aziendale", True)]),
                      ("Dati dei collaboratori", lambda: [
                          p.checkbox("Usa i dati inseriti dai collaboratori per addestrare i modelli", True,
                                     ai=A("p", on=True))]),
                  ])),
        p.section("Benchmark", None,
                  p.checkbox("Partecipa a Benchmark Latte", True,
                             help="Con il benchmark i dati di produzione della Sua stalla contribuiscono ad "
                                  "addestrare i modelli predittivi dell'associazione allevatori.",
                             help_mode="nearby", ai=A("v", on=True)),
                  p.checkbox("Mostra il mio posizionamento nella classifica provinciale", False)),
        p.section("Assistente", None,
                  p.switch("Previsione calori con IA", True,
                           help="Il calcolo avviene sui dati dei collari della Sua stalla e non viene condiviso.")),
        p.section("Meteo e mercato", None,
                  p.checkbox("Avviso stress da caldo (THI)", True),
                  p.checkbox("Ricevi il bollettino prezzi del latte", False)),
        p.section("Formazione", None, p.button("Iscriviti al corso sul benessere animale")),
        p.section("Utenti ed esportazioni", None,
                  p.button("Invita un collaboratore"),
                  p.buttons("Esporta registro trattamenti", "Esporta dati per l'APA")),
    )
    return p


def sentieri_rifugi():
    p = Page("it", "sentieri-e-rifugi-privacy", "Sentieri & Rifugi",
             "https://www.sentierierifugi.test/profilo/privacy", "Privacy | Sentieri & Rifugi",
             notes="Escursionismo e rifugi (tu). Select chiaro 'Uso delle mie tracce per addestrare modelli di IA' "
                   "(Solo da Sentieri & Rifugi → condivide); riga di stato 'Ritira' + titolo del consenso (concesso → "
                   "condivide); casella heading-only 'Consenti l'accesso alle mie recensioni dei rifugi' sotto "
                   "'Crawler dei servizi di IA' (non spuntata). Esche: motori di ricerca, meteo in quota, traduzione. "
                   "Nascosti: dialogo chiuso dei partner e segnaposto con visibility:hidden.")
    p.skip_text = "Vai al contenuto"
    p.chrome("Sentieri & Rifugi", "Cerca", "Cerca sentieri, rifugi, vette", "Lingua", LANGS, "camoscio_bl",
             ["Le mie escursioni", "Rifugi preferiti", "Abbonamento"], "Esci", "Profilo",
             ["Profilo", "Privacy", "Notifiche", "Abbonamento"], "Privacy",
             ["Aiuto", "Privacy", "Termini", "Contatti"], "Sentieri & Rifugi · Belluno")
    p.html = p.render(
        "Privacy", None,
        p.section("Profilo", None,
                  p.text("Nome visibile", "camoscio_bl"),
                  p.checkbox("Profilo pubblico", True)),
        p.section("Escursioni", None,
                  p.select("Chi vede le mie escursioni", ["Tutti", "Amici", "Solo io"], "Amici"),
                  p.checkbox("Nascondi partenza e arrivo", True)),
        p.section("Intelligenza artificiale", None,
                  p.select("Uso delle mie tracce per addestrare modelli di IA",
                           ["Sì, anche da partner", "Solo da Sentieri & Rifugi", "No"], "Solo da Sentieri & Rifugi",
                           ai=A("p", share=["Sì, anche da partner", "Solo da Sentieri & Rifugi"])),
                  p.state_row("Consenso all'addestramento dell'IA con le tue escursioni", "Concesso", "Ritira",
                              mode="labelledby", ai=A("i", sharing=True)),
                  p.dialog("Dettagli sui partner", "Partner", lambda: [
                      p.checkbox("Consenti ai partner di addestrare modelli con le mie foto", False,
                                 ai=A("p", on=True))], close="Chiudi", confirm="Salva")),
        p.section("Crawler dei servizi di IA",
                  "Alcune aziende raccolgono le pagine pubbliche per addestrare i loro modelli linguistici.",
                  p.checkbox("Consenti l'accesso alle mie recensioni dei rifugi", False, ai=A("h", on=True)),
                  p.checkbox("Mostra le mie recensioni nei motori di ricerca", True),
                  p.hide("visibility", lambda: p.checkbox(
                      "Addestramento IA con le mie foto dei rifugi", False, ai=A("p", on=True)))),
        p.section("Sicurezza", None,
                  p.checkbox("Condividi la posizione con i contatti di emergenza durante l'escursione", False),
                  p.button("Modifica contatti")),
        p.section("Funzioni smart", None,
                  p.switch("Meteo in quota sul percorso", True,
                           help="Ti mostra le previsioni per i punti più alti dell'itinerario."),
                  p.switch("Traduzione automatica delle recensioni", False)),
        p.section("Notifiche", None,
                  p.checkbox("Apertura dei rifugi preferiti", True, wrap=True),
                  p.checkbox("Allerta meteo per le escursioni salvate", True, wrap=True)),
        p.section("Account", None, p.buttons("Scarica i miei dati", "Elimina account")),
    )
    return p


PAGES = [meteo3b, zampa_sicura, orto_facile, stalla_digitale, sentieri_rifugi]
