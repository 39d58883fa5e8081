from lib import Page


def chrome(brand, account="Il mio account", menu=None):
    return {"search": "Cerca", "language": "Lingua", "account": account, "nav": "Impostazioni",
            "menu": menu or [("Profilo", "/profilo"), ("Abbonamento", "/abbonamento"), ("Esci", "/esci")],
            "copy": f"© 2025 {brand}"}


def headspace():
    p = Page("it", "headspace-privacy", "https://www.headspace.com/it/profile/privacy", "Headspace",
             "Privacy – Profilo – Headspace", "Privacy e dati", "visibility", known=True,
             notes="Meditazione (tu); switch invertito 'Escludi' spento, select vago con aiuto, button switch con aria-label esplicito.",
             lead="Scegli come usiamo i dati della tua pratica.",
             nav=[("Profilo", "/it/profile"), ("Abbonamento", "/it/profile/subscription"), ("Privacy", "/it/profile/privacy"),
                  ("Notifiche", "/it/profile/notifications"), ("Famiglia", "/it/profile/family")],
             active=2, footer=[("Assistenza", "https://help.headspace.com"), ("Privacy", "/it/privacy-policy"), ("Termini", "/it/terms-and-conditions")],
             chrome=chrome("Headspace Inc.", "Profilo"))
    p.sec("La tua pratica",
          p.sel("Durata preferita", ["3 minuti", "10 minuti", "20 minuti"], 1),
          p.cb("Riproduci suoni di sottofondo nel sonno", True),
          p.sw("Promemoria di consapevolezza durante il giorno", False),
          p.rg("Insegnante", ["Andy", "Eve", "Indifferente"], 2))
    p.sec("Compagno IA",
          p.sw("Attiva il compagno IA", True, help="Ti aiuta a riflettere dopo le sessioni. Le conversazioni non servono ad addestrare il modello."),
          p.bsw("Addestrare il compagno IA con le mie conversazioni", False, naming="aria", vis="Conversazioni", ai=False, shape="p"),
          p.cb("Avvisami quando il compagno IA impara nuove tecniche", False))
    p.sec("Dati e ricerca",
          p.sw("Escludi le mie sessioni dall'addestramento dei modelli di IA", False, ai=True, shape="i"),
          p.sel("Partecipazione alla ricerca", ["No", "Sì, in forma anonima"], 0,
                help="Se partecipi, le note sull'umore che scrivi dopo le sessioni servono ad addestrare i modelli del nostro team di ricerca.",
                ai=False, shape="v"),
          p.hide(p.cb("Condividi i check-in dell'umore con partner per l'addestramento di modelli", False, ai=False, shape="p", hid=True)),
          p.cb("Statistiche di utilizzo anonime", True))
    p.sec("Marketing",
          p.cb("Email con consigli e offerte", False),
          p.cb("Annunci personalizzati su altre piattaforme", False),
          p.btn("Scarica i miei dati"),
          p.btn("Elimina account"))
    p.sec("Accessibilità",
          p.cb("Sottotitoli nelle meditazioni guidate", True),
          p.cb("Riduci le animazioni", False))
    return p


def sondaggiorapido():
    p = Page("it", "sondaggiorapido-privacy", "https://app.sondaggiorapido.test/impostazioni/privacy", "SondaggioRapido",
             "Privacy – Impostazioni – SondaggioRapido", "Privacy e trattamento dei dati", "dialog", known=False,
             notes="Sondaggi (Lei); fieldset radio esplicito, tabella con didascalia sull'addestramento e colonna 'Inclusa'.",
             lead="Impostazioni valide per tutti i sondaggi della Sua organizzazione.",
             nav=[("Organizzazione", "/impostazioni"), ("Utenti", "/impostazioni/utenti"), ("Privacy", "/impostazioni/privacy"),
                  ("Fatturazione", "/impostazioni/fatturazione"), ("Integrazioni", "/impostazioni/integrazioni")],
             active=2, footer=[("Centro assistenza", "/assistenza"), ("Informativa privacy", "/privacy"), ("Condizioni", "/condizioni")],
             chrome=chrome("SondaggioRapido S.r.l.", "Account"))
    p.sec("Funzioni di intelligenza artificiale",
          p.sw("Analisi automatica delle risposte aperte", True, help="L'analisi avviene sui nostri server in UE."),
          p.cb("Ricevere aggiornamenti sulle nuove funzioni di IA", True),
          p.radio("Consentire l'addestramento dell'IA con le risposte dei sondaggi", ["Consenti", "Non consentire"], 0, ai=True, shape="p"),
          p.hide(p.cb("Cedere dati aggregati a terzi per l'addestramento di modelli", False, ai=False, shape="p", hid=True),
                 p.p("Può revocare il consenso in qualsiasi momento."),
                 title="Nuovo programma dati", close="Chiudi"))
    p.sec("Origini dei dati",
          p.table("Addestramento dei modelli: origini dei dati", "Origine", ["Inclusa"],
                  [("Domande aperte", [(True, True, "h")]), ("Sondaggi anonimi", [(False, False, "h")])]))
    p.sec("Rispondenti",
          p.cb("Rendere anonime le risposte", True),
          p.cb("Registrare l'indirizzo IP", False),
          p.sel("Conservazione delle risposte", ["6 mesi", "1 anno", "3 anni"], 1),
          p.cb("Mostrare l'informativa all'inizio del sondaggio", True))
    p.sec("Notifiche",
          p.cb("Riepilogo giornaliero delle risposte", True),
          p.cb("Avviso al raggiungimento della quota", True))
    p.sec("Sicurezza e integrazioni",
          p.sw("Autenticazione a due fattori obbligatoria", True),
          p.btn("Collega Microsoft Teams"),
          p.btn("Esporta tutti i dati"),
          p.btn("Chiudi l'account"))
    return p


def taccuino():
    p = Page("it", "taccuino-privacy", "https://taccuino.test/impostazioni/privacy", "Taccuino",
             "Privacy · Taccuino", "Privacy", "tab", known=False,
             notes="Note personali (tu); checkbox vaga con aiuto, riga di stato 'Opposizione… Non attiva' (doppia negazione), radiogroup esplicito.",
             nav=[("Account", "/impostazioni"), ("Quaderni", "/impostazioni/quaderni"), ("Privacy", "/impostazioni/privacy"),
                  ("Sincronizzazione", "/impostazioni/sync"), ("Piano", "/impostazioni/piano")],
             active=2, footer=[("Aiuto", "/aiuto"), ("Privacy", "/privacy"), ("Termini", "/termini")],
             chrome=chrome("Taccuino", "Account"))
    p.sec("Condivisione",
          p.sel("Nuovi quaderni visibili a", ["Solo me", "Collaboratori", "Chiunque abbia il link"], 0),
          p.cb("Consenti ai collaboratori di esportare", False),
          p.cb("Mostra chi sta modificando", True))
    p.sec("Note intelligenti",
          p.sw("Completamento automatico mentre scrivi", True, help="I suggerimenti vengono calcolati mentre scrivi."),
          p.cb("Aiuta a migliorare Taccuino", True,
               help="Se attivo, il testo delle tue note viene usato per addestrare i modelli di completamento e ricerca.", ai=True, shape="v"),
          p.state("Opposizione all'addestramento dell'IA con le mie note", "Non attiva", "Attiva", ai=True, shape="i"),
          p.rg("Addestramento IA sui quaderni condivisi", ["Sì", "No"], 1, ai=False, shape="p"))
    p.sec("Altre impostazioni",
          p.hide(p.sw("Usa le mie note vocali per addestrare l'IA", False, ai=False, shape="p", hid=True),
                 tabs=("Notifiche", [p.cb("Promemoria delle note con scadenza", True),
                                     p.cb("Novità sulle funzioni di IA", False),
                                     p.cb("Riepilogo settimanale", True)],
                       "Dati e IA"), tablist="Altre impostazioni"))
    p.sec("Aspetto e dati",
          p.seg("Tema", ["Chiaro", "Scuro", "Automatico"], 2),
          p.sel("Carattere", ["Sans", "Serif", "Monospazio"], 0),
          p.btn("Esporta tutte le note"),
          p.btn("Elimina account"))
    return p


def oroscopodelcielo():
    p = Page("it", "oroscopodelcielo-dati", "https://www.oroscopodelcielo.test/account/dati", "Oroscopo del Cielo",
             "I miei dati – Oroscopo del Cielo", "I miei dati", "hidden", known=False,
             notes="Astrologia (tu); pulsanti segmentati sotto intestazione sull'addestramento, button switch a testo negativo spento, riga di stato con suffisso nascosto e aiuto.",
             nav=[("Profilo", "/account"), ("Tema natale", "/account/tema"), ("I miei dati", "/account/dati"),
                  ("Notifiche", "/account/notifiche"), ("Abbonamento", "/account/abbonamento")],
             active=2, footer=[("Contatti", "/contatti"), ("Privacy", "/privacy"), ("Cookie", "/cookie")],
             chrome=chrome("Oroscopo del Cielo", "Profilo"))
    p.sec("Tema natale",
          p.text("Luogo di nascita", "Bologna"),
          p.text("Ora di nascita", "23:10", typ="time"),
          p.bsw("Non usare il mio tema natale per addestrare l'IA", False, naming="text", ai=True, shape="i"))
    p.sec("Letture",
          p.sw("Letture quotidiane generate dall'IA", True, help="Vengono scritte partendo dal tuo tema natale."),
          p.state("Contributo alle letture", "Attivo", "Disattiva", suffix="contributo alle letture",
                  help="Le tue valutazioni delle letture vengono usate per addestrare il modello che le scrive.", ai=True, shape="v"),
          p.hide(p.cb("Condividi le affinità di coppia per addestrare i modelli", False, ai=False, shape="p", hid=True)),
          p.cb("Notificami quando arrivano nuove letture con IA", False))
    p.sec("Addestramento dell'IA",
          p.seg("Diario dei sogni", ["Includi", "Escludi"], 1, ai=False, shape="h"),
          intro="Qui scegli quali contenuti possiamo usare per addestrare i modelli di Oroscopo del Cielo.")
    p.sec("Notifiche",
          p.cb("Oroscopo del giorno", True),
          p.cb("Luna nuova e luna piena", True),
          p.sel("Orario dell'oroscopo", ["7:00", "8:00", "9:00"], 0),
          p.cb("Avvisi per Mercurio retrogrado", True),
          p.seg("Tema dell'app", ["Chiaro", "Scuro"], 1))
    p.sec("Account",
          p.cb("Pubblicità personalizzata", False),
          p.btn("Gestisci il pagamento"),
          p.btn("Scarica i miei dati"),
          p.btn("Elimina account"))
    return p


def raccoglimento():
    p = Page("it", "raccoglimento-privacy", "https://app.raccoglimento.test/profilo/riservatezza", "Raccoglimento",
             "Riservatezza – Raccoglimento", "Riservatezza", "inline-display", known=False,
             notes="Preghiera e meditazione (Lei); checkbox esplicita in details chiuso, select invertito 'Limita…' su 'Nessun uso', switch vago con aiuto.",
             lead="Preghiere, intenzioni e riflessioni: decida Lei cosa condividere.",
             nav=[("Profilo", "/profilo"), ("Liturgia", "/profilo/liturgia"), ("Riservatezza", "/profilo/riservatezza"),
                  ("Comunità", "/profilo/comunita"), ("Offerte", "/profilo/offerte")],
             active=2, footer=[("Chi siamo", "/chi-siamo"), ("Informativa privacy", "/privacy"), ("Contatti", "/contatti")],
             chrome=chrome("Associazione Raccoglimento", "Profilo"))
    p.sec("Intenzioni e comunità",
          p.rg("Le mie intenzioni sono visibili a", ["Solo a me", "Alla mia parrocchia", "A tutta la comunità"], 0),
          p.cb("Avvisarmi quando qualcuno prega per le mie intenzioni", True),
          p.cb("Mostrare il mio nome", False))
    p.sec("Guida spirituale",
          p.sw("Commento al Vangelo del giorno", True, help="I commenti sono preparati ogni mattina per la liturgia del giorno."),
          p.sel("Limita l'uso dei miei dati per l'addestramento dell'IA", ["Nessun limite", "Solo dati anonimi", "Nessun uso"], 1,
                ai=True, shape="i"),
          p.sw("Contributo al progetto", True,
               help="Le intenzioni di preghiera che pubblica nella comunità ci aiutano ad addestrare il nostro assistente spirituale.",
               ai=True, shape="v"),
          p.hide(p.sw("Usare le registrazioni del rosario per addestrare l'IA", False, ai=False, shape="p", hid=True)),
          p.details("Impostazioni avanzate",
                    p.cb("Usare le mie riflessioni per addestrare i modelli di IA", False, ai=False, shape="p"),
                    p.cb("Conservare la cronologia delle riflessioni", True)))
    p.sec("Preghiera",
          p.cb("Promemoria per le Lodi", True),
          p.cb("Promemoria per la Compieta", True),
          p.sel("Traduzione della Bibbia", ["CEI 2008", "Nuova Riveduta"], 0),
          p.cb("Caratteri grandi", False))
    p.sec("Dati e offerte",
          p.btn("Gestisci l'offerta mensile"),
          p.btn("Scarica i miei dati"),
          p.btn("Elimina il profilo"))
    return p


PAGES = [headspace, sondaggiorapido, taccuino, oroscopodelcielo, raccoglimento]
