from lib import *



def pages():
    P = []
    # ------------------------------------------------------------ Gemini
    P.append(Page(
        "it", "gemini-attivita-app", "Google Gemini",
        "https://myactivity.google.com/product/gemini?hl=it",
        "Attività delle app Gemini", "Google Le mie attività",
        ["Attività delle app Gemini", "Attività web e app", "Cronologia delle posizioni", "Cronologia di YouTube", "Altre attività", "Guida"],
        "Attività delle app Gemini",
        [
            ("Impostazione", [
                btn("Attiva", status="Disattivata", heading="Attività delle app Gemini",
                    aria_label="Attiva Attività delle app Gemini",
                    desc="Se attivi questa impostazione, le tue chat, i file e le registrazioni vengono salvati nel tuo account e usati per sviluppare e migliorare i servizi e i modelli di IA di Google, anche con l'aiuto di revisori umani.",
                    sharing=False),
                cb("Migliora i servizi Google per tutti con le tue registrazioni audio e di Gemini Live", False,
                   "Se la casella è selezionata, Google può usare queste registrazioni per migliorare i propri servizi, incluso l'addestramento dei modelli.", ai="pos"),
                cb("Usa le registrazioni di Gemini Live sul telefono per migliorare i modelli", False, ai="pos",
                   hide=("tab", ("Sul web", "Sul telefono"))),
            ]),
            ("Le tue attività", [
                raw('<div class="setting-row"><label for="cerca-att">Cerca nelle attività</label><input type="search" id="cerca-att" name="q"></div>'),
                sel("Periodo", ["Ultima ora", "Ultimo giorno", "Da sempre", "Intervallo personalizzato"], 2),
                btn("Elimina", aria_label="Elimina attività"),
                sel("Eliminazione automatica", ["Attività più vecchie di 3 mesi", "Attività più vecchie di 18 mesi", "Attività più vecchie di 36 mesi", "Non eliminare automaticamente"], 1),
                lnk("Informativa sulla privacy delle app Gemini", "https://support.google.com/gemini/answer/13594961?hl=it"),
            ]),
            ("App collegate", [
                sw("Google Workspace", True),
                sw("Google Maps", True),
                sw("YouTube", False),
                sw("Google Voli", False),
                sw("WhatsApp", False),
            ]),
        ],
        "Attività delle app Gemini",
        "Google Gemini (it): My Activity page with 'Attività delle app Gemini' turned off by the person (status 'Disattivata', button 'Attiva' = currently not used: sharing false) and the audio/Gemini Live checkbox unticked; a phone-specific recordings checkbox sits in an inactive tab panel (hidden, not labelled). The setting name 'Attività delle app Gemini' and the 'Disattiva' button are quoted at https://dashteabrisham.com/blog/it/turn-off-gemini-on-android; the button's full name 'Attiva Attività delle app Gemini' is reconstructed. Decoys: activity search and deletion, auto-delete, connected apps.",
        state="off"))

    # ------------------------------------------------------------ Claude
    P.append(Page(
        "it", "claude-privacy", "Claude (Anthropic)",
        "https://claude.ai/settings/data-privacy-controls",
        "Impostazioni - Claude", "Claude",
        ["Generali", "Account", "Privacy", "Fatturazione", "Funzionalità", "Connettori", "Claude Code"],
        "Privacy",
        [
            ("Impostazioni sulla privacy", [
                sw("Aiuta a migliorare Claude", False,
                   "Consenti l'uso delle tue chat e sessioni di programmazione per addestrare e migliorare i modelli di IA di Anthropic.",
                   ai="pos"),
                sw("Metadati sulla posizione", False, "Consenti a Claude di usare la tua posizione approssimativa per risposte più pertinenti."),
                btn("Esporta dati"),
                btn("Gestisci", heading="Chat condivise", aria_label="Gestisci chat condivise"),
                lnk("Informativa sulla privacy", "https://www.anthropic.com/legal/privacy"),
            ]),
            ("Memoria", [
                sw("Cerca e fai riferimento alle chat", True),
                sw("Genera memoria dalla cronologia delle chat", False),
            ]),
            ("Account", [
                inp("Nome completo", "Giulia Romano"),
                inp("Come vuoi che Claude ti chiami?", "Giulia"),
                btn("Esci da tutti i dispositivi"),
                btn("Elimina account"),
            ]),
            ("Aspetto", [
                sel("Tema", ["Sistema", "Chiaro", "Scuro"], 1),
                sel("Carattere della chat", ["Predefinito", "Sistema", "Adatto alla dislessia"], 0),
            ]),
        ],
        "Aiuta a migliorare Claude",
        "Claude (it): privacy settings with 'Aiuta a migliorare Claude' off (the person declined in the Sept 2025 consumer-terms popup). Decoys: location metadata, memory, export, account, appearance.",
        state="off"))

    # ------------------------------------------------------------ WordPress.com
    P.append(Page(
        "it", "wordpress-impostazioni-generali", "WordPress.com",
        "https://wordpress.com/settings/general/ilquadernodiluca.wordpress.com",
        "Impostazioni generali ‹ Il quaderno di Luca — WordPress.com", "WordPress.com",
        ["Bacheca", "Articoli", "Media", "Pagine", "Commenti", "Aspetto", "Strumenti", "Impostazioni"],
        "Impostazioni generali",
        [
            ("Profilo del sito", [
                inp("Titolo del sito", "Il quaderno di Luca"),
                inp("Motto", "Appunti di cucina e di viaggio"),
                sel("Lingua", ["Italiano", "English", "Español"], 0),
                sel("Fuso orario", ["Roma", "Milano", "UTC+1"], 0),
            ]),
            ("Privacy", [
                radios("Visibilità del sito", ["Prossimamente", "Pubblico", "Privato"], 1),
                cb("Scoraggia i motori di ricerca dall'indicizzare questo sito", False),
                cb("Impedisci la condivisione con terze parti per ilquadernodiluca.wordpress.com", False,
                   "Questa opzione impedisce che i contenuti del sito vengano condivisi con i nostri partner autorizzati, anche per l'addestramento di modelli di IA.",
                   ai="neg"),
            ]),
            ("Footer e strumenti", [
                sw("Mostra il credito del footer", True),
                btn("Salva impostazioni"),
                lnk("Esporta contenuti", "/export/ilquadernodiluca.wordpress.com"),
                btn("Elimina sito"),
            ]),
        ],
        "Impedisci la condivisione con terze parti",
        "WordPress.com (it): site general settings with 'prevent third-party sharing' unticked (the default), so content may be shared with AI partners: sharing true. Decoys: site visibility, discourage search engines, site profile.",
        state="off (default)"))

    # ------------------------------------------------------------ Squarespace
    P.append(Page(
        "it", "squarespace-crawler", "Squarespace",
        "https://gelateria-mirtillo.squarespace.com/config/settings/crawlers",
        "Crawler – Impostazioni – Squarespace", "Squarespace",
        ["Sito web", "Commercio", "Marketing", "Contatti", "Analisi", "Impostazioni"],
        "Crawler",
        [
            ("Crawler", [
                sw("Blocca i crawler dei motori di ricerca", False, "Impedisce a motori di ricerca come Google e Bing di indicizzare il sito."),
                sw("Blocca i crawler di intelligenza artificiale noti", False,
                   "Impedisce ai crawler di intelligenza artificiale noti, come GPTBot di OpenAI, di accedere ai contenuti del sito per addestrare i modelli di IA.",
                   ai="neg"),
                sw("Blocca i crawler di IA solo nelle pagine del blog", False, ai="neg", hide="hidden"),
            ]),
            ("Disponibilità del sito", [
                radios("Visibilità del sito", ["Privato", "Protetto da password", "Pubblico"], 2),
                sw("Banner dei cookie", True),
            ]),
            ("SEO", [
                inp("Titolo SEO del sito", "Gelateria Mirtillo – Bologna"),
                inp("Descrizione SEO", "Gelato artigianale in via Saragozza dal 1998."),
                sw("Nascondi le pagine dai risultati di ricerca di Squarespace", False),
            ]),
            ("Lingua e regione", [
                sel("Lingua del sito", ["Italiano", "English", "Deutsch"], 0),
                sel("Fuso orario", ["Europa/Roma", "UTC"], 0),
                btn("Salva"),
            ]),
        ],
        "Blocca i crawler di intelligenza artificiale noti",
        "Squarespace (it): crawler settings with the 'block known AI crawlers' switch off (default), so AI crawlers may use the content: sharing true; a blog-only variant is hidden with the hidden attribute (not labelled). Decoys: search-engine crawlers (not AI), visibility, SEO.",
        state="off (default)"))

    # ------------------------------------------------------------ Apple
    P.append(Page(
        "it", "macos-analisi-e-miglioramenti", "Apple (Improve Siri & Dictation)",
        "x-apple.systempreferences:com.apple.preference.security?Privacy_Analytics",
        "Analisi e miglioramenti", "Impostazioni di Sistema",
        ["Wi-Fi", "Bluetooth", "Rete", "Generali", "Apple Intelligence e Siri", "Privacy e sicurezza", "Desktop e Dock", "Monitor"],
        "Analisi e miglioramenti",
        [
            ("Analisi", [
                sw("Condividi analisi Mac", True, "Aiuta Apple a migliorare i suoi prodotti e servizi inviando automaticamente dati di diagnostica e di utilizzo."),
                sw("Migliora Siri e Dettatura", False,
                   "Aiuta a migliorare Siri e Dettatura consentendo ad Apple di archiviare e rivedere l'audio delle tue interazioni con Siri e Dettatura su questo Mac.",
                   ai="pos", naming="aria-label"),
                sw("Migliora le funzionalità vocali di accessibilità", False,
                   "Consenti ad Apple di archiviare l'audio delle interazioni con Controllo vocale e altre funzionalità vocali per migliorarle.",
                   ai="pos", naming="aria-label"),
                sw("Condividi con gli sviluppatori di app", False, naming="aria-label"),
                btn("Mostra dati di analisi…"),
            ]),
            ("Privacy e sicurezza", [
                lnk("Localizzazione", "#location"),
                lnk("Microfono", "#mic"),
                lnk("Fotocamera", "#camera"),
                lnk("Accesso completo al disco", "#fda"),
                sw("Annunci personalizzati", False, naming="aria-label"),
                btn("Attiva…", heading="FileVault", aria_label="Attiva FileVault"),
                btn("Attiva…", heading="Modalità di isolamento", aria_label="Attiva Modalità di isolamento"),
            ]),
        ],
        "Migliora Siri e Dettatura",
        "Apple (it): macOS System Settings › Privacy e sicurezza › Analisi e miglioramenti (a system pane, saved with its settings URL), 'Migliora Siri e Dettatura' and the assistive-voice improvement switch off (opt-in). Decoys: Mac analytics, sharing with app developers (crash data), personalised ads, privacy panes.",
        state="off (default)"))
    return P
