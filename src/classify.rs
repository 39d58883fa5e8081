//! The classifier for controls the catalog does not know: from a control's name, description
//! and section, decide its concern and whether "on" shares or protects.
//!
//! Rules over folded text (see `text::fold`) in English, German, French, Spanish, Portuguese,
//! Italian and Dutch. A control is about AI training when its wording puts an AI/ML term
//! together with a training verb ("train", "entraîner", "addestrare"…), or a model term with an
//! improvement verb ("improve the model"). AI *features* (assistants, suggestions, summaries,
//! memory), ads, analytics and plain third-party sharing are other concerns. Polarity flips on
//! blocking/refusing wording ("Block…", "Do not use…", "Nicht…", "Ne pas…").

use crate::text::{fold, has_phrase};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Concern {
    AiTraining,
    AiFeature,
    Ads,
    Personalization,
    Analytics,
    DataSharing,
    Other,
}

impl Concern {
    pub fn as_str(self) -> &'static str {
        match self {
            Concern::AiTraining => "ai-training",
            Concern::AiFeature => "ai-feature",
            Concern::Ads => "ads",
            Concern::Personalization => "personalization",
            Concern::Analytics => "analytics",
            Concern::DataSharing => "data-sharing",
            Concern::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Concern {
        match s {
            "ai-training" => Concern::AiTraining,
            "ai-feature" => Concern::AiFeature,
            "ads" => Concern::Ads,
            "personalization" => Concern::Personalization,
            "analytics" => Concern::Analytics,
            "data-sharing" => Concern::DataSharing,
            _ => Concern::Other,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Classification {
    pub concern: Concern,
    /// True when switching the control ON protects (Block…, Do not use…, Opt out…).
    pub inverted: bool,
    /// What data the wording names (folded words, for the inferred explanation).
    pub data: Vec<&'static str>,
    /// Who the wording says receives it ("partners", "third parties"…), if anyone.
    pub third_parties: bool,
}

// ---- vocabularies (folded; a trailing * matches word prefixes) ----

const AI_TERMS: &[&str] = &[
    "ai", "a.i.", "ia", "ki", "k.i.", "genai", "gen ai", "llm*", "gpt*", "artificial intelligence", "machine learning",
    "machine-learning", "ml", "neural*", "neuron*", "neurais", "deep learning", "language model*", "generative", "generativ*",
    "kunstliche intelligenz", "maschinelles lernen", "maschinellen lernen*", "sprachmodell*", "intelligence artificielle",
    "apprentissage automatique", "inteligencia artificial", "aprendizaje automatico", "aprendizado de maquina",
    "aprendizagem automatica", "aprendizagem de maquina", "inteligencia artificial", "intelligenza artificiale",
    "apprendimento automatico", "kunstmatige intelligentie", "machinaal leren", "taalmodel*", "grok", "gemini", "copilot",
    "chatgpt", "claude", "algorithm*", "algorithmus", "algorithmen", "algorithme*", "algoritmo*", "algoritme*",
];
/// Model words: with an improvement verb they mean training ("improve our models").
const MODEL_TERMS: &[&str] = &[
    "model", "models", "modell", "modelle", "modellen", "modele", "modeles", "modelo", "modelos", "modello", "modelli",
    "speech model*", "spraakmodel*", "modelltraining*", "speech recognition", "voice recognition", "spracherkennung",
    "reconnaissance vocale", "reconocimiento de voz", "reconhecimento de fala", "reconhecimento de voz",
    "riconoscimento vocale", "riconoscimento automatico", "spraakherkenning", "image recognition", "bilderkennung",
    "beeldherkenning", "reconnaissance d'image*", "reconocimiento de imagen*", "reconhecimento de imagem", "reconhecimento de imagens",
    "riconoscimento delle immagini", "riconoscimento immagini", "modello linguistico", "modelo de linguagem", "sprachmodell*", "modelos de ia", "ki-modell*", "ai-model*", "ia-model*",
];
const TRAIN_VERBS: &[&str] = &[
    "train", "trains", "trained", "training", "fine-tun*", "fine tun*", "finetun*", "retrain*", "pretrain*",
    "trainieren", "trainiert", "trainingsdaten", "trainingszweck*", "ki-training", "anlernen", "entrainer", "entraine",
    "entraines", "entrainent", "entrainons", "entrainement", "entrainements", "entrenar", "entrenamiento", "entrenen",
    "entrenado", "entrenados", "entrene", "entrenemos", "entrenarlos", "treinar", "treinamento", "treino", "treinado",
    "treinados", "treine", "treinem", "treinarmos", "treinam", "treina", "entrenan", "entrena", "addestr*", "modelltraining*", "modell-training", "dataset*", "datensatz*", "datensatze",
    "jeu de donnees", "jeux de donnees", "conjunto de datos", "conjuntos de datos", "conjunto de dados", "conjuntos de dados",
    "set di dati", "gegevensset*", "trainingsset*",
    "allenare", "trainen", "getraind", "traint", "teach", "learn from", "learns from", "learned from", "learnt from",
];
/// Words that make "training" mean exercise, not models (unless the AI is what is trained).
const NOT_MODEL_TRAINING: &[&str] = &[
    "workout*", "training load", "training plan*", "trainingsplan*", "coach*", "fitness", "entrenador*", "entraineur*",
    "treinador*", "allenator*", "trainer*", "sport*", "running", "lauf*", "plan de entrenamiento", "plan d'entrainement",
    "plano de treino", "piano di allenamento", "trainingsschema*",
];
/// Words that make "AI training" a course or a notification about one.
const TEACHING: &[&str] = &[
    "course*", "kurs*", "cours", "curso*", "corso", "corsi", "cursus*", "webinar*", "workshop*", "lesson*", "notify",
    "notification*", "newsletter", "staff", "benachrichtig*", "avisar", "aviser", "notifica*", "melding*", "informeer*", "meld", "trainingen", "kursangebot*", "angebot*",
];
/// Systems that learn from examples even when no AI word is said: recognition, dictation,
/// transcription, automatic tagging or writing, autocorrect, "language technology".
const LEARNED: &[&str] = &[
    "recognition", "erkennung", "herkenning", "reconnaissance", "reconocimiento", "reconhecimento", "riconoscimento",
    "dictation", "dictee", "dictado", "ditado", "dettatura", "dicteren", "diktat*", "diktier*", "transcription*",
    "transkription*", "transcripcion*", "transcricao", "transcricoes", "trascrizion*", "transcriptie*", "voice typing",
    "digitacao por voz", "dictado por voz", "autocorrect*", "autocorrection", "correttore automatico", "corrector automatico",
    "correcteur automatique", "corretor automatico", "autokorrektur", "autocorrectie", "smart compose", "automatic tagging",
    "auto-tagging", "etiquetado automatico", "marcacao automatica", "etichettatura automatica", "automatische tags",
    "etiquetage automatique", "tutor automatico", "redactor automatico", "redaction automatique", "scrittura automatica",
    "language technology", "taaltechnologie", "technologies du langage", "tecnologia de linguagem", "tecnologias del lenguaje",
    "sprachtechnologie*", "categorisation intelligente", "lernende*", "lernenden", "recognise", "recognize", "erkennen",
    "reconnaitre", "reconocer", "reconhecer", "riconoscere", "herkennen", "self-learning", "selbstlernend*", "zelflerend*",
    "autoapprendimento", "autoaprendizaje", "autoaprendizagem", "auto-apprentissage",
];
/// Making a learned system better: improving, refining, teaching, making it more accurate.
const REFINE: &[&str] = &[
    "refine", "refines", "refining", "verfeinern", "verfeinert", "verfeinerung", "affiner", "affinons", "affinage", "afinar",
    "afinamos", "refinar", "refinamos", "affinare", "affiniamo", "verfijnen", "verfijning", "perfeccionamiento",
    "accurate", "accuracy", "genauer", "precise", "precisa", "preciso", "precis", "nauwkeurig*", "teach", "beibringen",
    "enseigner", "ensenar", "ensinar", "insegnare", "leren", "apprendre", "apprend", "aprende", "impara", "leert", "lernt",
    "learns", "learn", "available", "disposition", "disponible*", "disponibiliz*", "disponibili", "beschikbaar", "verfugbar",
    "bereitstellen", "ceder", "building",
];

/// Learning that stays with the person: a personal voice model for unlocking, a writing style
/// kept on this device. Training, but not of the service's models on the person's data.
const ON_DEVICE: &[&str] = &[
    "on this device", "on-device", "on device", "this device", "locally", "auf diesem gerat", "lokal", "sur cet appareil",
    "localement", "en este dispositivo", "en tu dispositivo", "neste dispositivo", "no dispositivo", "localmente",
    "su questo dispositivo", "sul dispositivo", "op dit apparaat", "lokaal", "unlock", "entsperr*", "deverrouill*",
    "desbloqueo", "desbloqueio", "sblocco", "ontgrendel*",
];
const PERSONAL_ADJ: &[&str] = &["personal", "personlich*", "personnel*", "pessoal", "personale", "persoonlijk*", "eigene*", "propre"];

/// Giving data towards AI: contributing, donating or licensing it to AI or model work is training
/// by the service or others ("Contribute my recordings to machine learning", "Licence my posts
/// to AI companies").
const CONTRIBUTE_VERBS: &[&str] = &[
    "contribute", "contributes", "contributing", "contribution", "donate", "donating", "donation", "license", "licence",
    "licensing", "licensed", "beisteuern", "spenden", "spende", "datenspende", "lizenz*", "lizenzieren",
    "contribuer", "contributions", "donner", "licencier", "contribuir", "contribucion", "donar", "licencia", "licenciar",
    "contribuicao", "doar", "licenca", "contribuire", "contributo", "donare", "licenza", "bijdragen", "bijdrage", "doneren",
    "licentie",
];
/// Machine-learning words specific enough that "ML with my data" means training.
const ML_TERMS: &[&str] = &[
    "machine learning", "machine-learning", "maschinelles lernen", "maschinellen lernen*", "apprentissage automatique",
    "aprendizaje automatico", "aprendizado de maquina", "aprendizagem automatica", "aprendizagem de maquina",
    "apprendimento automatico", "machinaal leren", "deep learning",
];
/// First words of the machine-learning phrases above.
const ML_FIRST: &[&str] = &["machine", "maschinelles", "maschinellen", "apprentissage", "aprendizaje", "aprendizado", "aprendizagem", "apprendimento", "machinaal", "deep"];
/// "for" in the seven languages: data for AI models goes into them.
const FOR_PREPS: &[&str] = &["for", "fur", "pour", "para", "per", "voor", "zum", "zur", "to", "a", "al", "ao", "all", "aan"];
/// Verb-final improvement (German and Dutch put the verb after its object).
const IMPROVE_VERB_FINAL: &[&str] = &[
    "verbessern", "verbeteren", "weiterentwickeln", "ontwikkelen", "trainieren", "trainen", "smarter", "slimmer", "intelligenter",
    "schlauer",
];
/// Compounds that already say "model improvement" or "model training".
const MODEL_WORK: &[&str] = &[
    "modellverbesserung*", "modelltraining*", "modeltraining*", "modelverbetering*", "ki-training*", "ai-training*",
    "apprentissage des modeles", "apprentissage de modeles", "apprentissage du modele", "aprendizaje de modelos",
    "aprendizaje de los modelos", "aprendizagem dos modelos", "aprendizado de modelos", "aprendizado dos modelos",
    "apprendimento dei modelli", "apprendimento del modello",
];
/// Research without AI (city mobility studies, labour-market research): data sharing, not training.
const RESEARCH: &[&str] = &[
    "research", "forschung*", "recherche*", "investigacion*", "pesquisa*", "ricerca", "ricerche", "onderzoek*", "study",
    "studie*", "etude*", "estudio*", "studio",
];
/// Words that make a short name generic ("Allow", "Participate", "Opt in"), so its section decides.
const GENERIC_NAMES: &[&str] = &[
    "allow", "enable", "enabled", "on", "off", "participate", "opt in", "consent", "yes", "include", "permit", "erlauben",
    "zulassen", "teilnehmen", "einwilligen", "aktivieren", "autoriser", "participer", "activer", "consentir", "permitir",
    "participar", "activar", "ativar", "consentire", "partecipare", "attivare", "toestaan", "deelnemen", "inschakelen",
    "toestemming",
];
/// Articles and possessives between "for" and what it is for.
const ARTICLES: &[&str] = &[
    "the", "our", "its", "their", "a", "an", "der", "die", "das", "den", "dem", "unsere", "unserer", "unseren", "le", "la", "les",
    "l", "nos", "notre", "el", "los", "las", "nuestros", "nuestra", "nuestro", "o", "os", "as", "nossos", "nossa", "nosso",
    "il", "lo", "i", "gli", "nostri", "nostro", "nostra", "het", "de", "onze", "ons",
];
/// Kinds of data a person gives ("data", "Daten", "recordings", "clips", "photos"...).
const DATA_NOUNS: &[&str] = &[
    "data", "daten", "donnees", "datos", "dados", "dati", "gegevens", "recording*", "clips", "photos", "images",
    "messages", "content", "aufnahme*", "enregistrement*", "grabacion*", "gravac*", "registrazion*", "opname*",
];
/// Using data ("use", "Nutzung", "utilisation", "uso", "gebruik"...).
const USE_WORDS: &[&str] = &[
    "use", "using", "usage", "nutzung", "nutzen", "verwenden", "verwendung", "utilisation", "utiliser", "uso", "usar",
    "utilizar", "utilizacion", "utilizacao", "usare", "utilizzo", "gebruik", "gebruiken", "share", "teilen", "partager",
    "compartir", "compartilhar", "condividere", "delen",
];

/// An assistant or bot: training it is training an AI model.
const ASSISTANT_TERMS: &[&str] = &[
    "assistant", "assistent*", "assistente", "asistente", "chatbot*", "bot", "copilot", "agent", "sprachassistent*", "ki-assistent*",
    "spraakassistent*",
];
const IMPROVE_VERBS: &[&str] = &[
    "develop", "developing", "build", "enhance*", "better",
    "weiterentwickeln", "weiterentwicklung", "optimieren", "amelioration",
    "developper", "perfectionner", "mejorar", "mejora", "mejoras", "desarrollar", "melhorar", "melhoria", "aprimorar",
    "aprimoramento", "desenvolver", "migliorare", "miglioramento", "sviluppare",
    "ontwikkelen", "help improve", "helfen", "perfezionare", "perfeziona*", "aperfeicoar", "aperfeicoamento", "perfeccionar",
    "development", "entwicklung", "migliorar*", "bouwen", "bauen", "construire", "construir", "costruire", "smarter", "ajustar", "ajuster", "improv*", "migliorat*",
    "mejorad*", "melhorad*", "ameliore*", "verbesser*", "verbeter*", "weiterzuentwickeln", "anzulernen",
    "slimmer", "intelligenter", "schlauer", "developpement", "desarrollo", "desenvolvimento", "sviluppo", "ontwikkeling", "migliora", "migliorino", "melhore", "mejore",
];
/// Wording that makes ON protective.
const INVERTERS: &[&str] = &[
    "block", "blocks", "blocking", "prevent", "prevents", "opt out", "opt-out", "opt me out", "do not", "don't", "dont",
    "never", "disallow", "exclude", "exclude*", "stop", "object to", "refuse", "deny", "keep my", "hide from",
    "blockieren", "blockiere", "sperren", "aussperren", "ausschliessen lassen", "verhindern", "verhindere", "nicht", "keine", "kein", "ausschliessen",
    "widerspruch", "widersprechen", "bloquer", "bloque*", "empecher", "ne pas", "n'utilisez pas", "n'autorisez pas",
    "exclure", "refuser", "opposition", "m'opposer", "bloquear", "bloquea*", "impedir", "no usar", "no utilizar",
    "no permitir", "no compartir", "no uses", "no utilices", "excluir", "oponerme", "nao", "nao usar", "nao utilizar",
    "nao permitir", "bloqueie", "impedir", "recusar", "bloccare", "blocca", "blocco", "impedire", "impedisci", "non",
    "escludere", "escludi", "opporsi", "blokkeren", "blokkeer", "voorkomen", "voorkom", "niet", "geen", "uitsluiten",
    "bezwaar", "widersprech*", "withdraw", "retirer", "me retirer", "retirez", "zuruckziehen", "ritirare", "ritira", "retirar",
    "terugtrekken", "out of", "buiten", "fora do", "fora da", "fora dos", "fora das", "fuera de", "fuori da", "fuori dal",
    "fuori dai", "fuori dall", "hors de", "heraushalten", "raushalten", "opor-me", "oponho", "me oponho", "m'oppongo", "afmelden", "abmelden", "desinscrire", "darse de baja", "disiscriviti", "uitschrijven", "descadastrar",
];
const FEATURE_TERMS: &[&str] = &[
    "assistant", "assistent*", "assistente", "asistente", "writing", "write", "compose", "suggestion*", "suggest*",
    "smart repl*", "smart compose", "autocomplete", "auto-complete", "summar*", "zusammenfass*", "resume*", "resumen*",
    "riassunt*", "samenvatting*", "alt text", "alt-text", "alternative text", "caption*", "translat*", "ubersetz*",
    "traduc*", "tradu*", "vertal*", "memory", "remember", "gedachtnis", "erinner*", "memoire", "memoria", "geheugen",
    "chat history", "reference", "generate", "generer", "generar", "gerar", "generare", "genereren", "erstellen",
    "tips", "coaching", "categoriz*", "categoris*", "kategorisier*", "categorisation", "categorizacion", "categorizzazione",
    "features", "funktionen", "fonctionnalites", "funciones", "funcionalidades", "funzionalita", "functies", "search",
    "enhancements", "smart features", "feature", "funktion", "fonction", "funcion", "funcao", "funzione", "functie",
    "read context", "context clues", "companion", "ai-powered", "ai powered", "powered by ai",
    "ki-gestutzt*", "avec l'ia", "con ia", "com ia", "con l'ia", "met ai", "access", "acceso", "acces", "zugriff", "toegang",
    "acesso", "accesso", "read", "reads", "lesen", "liest", "lire", "lise", "leer", "lea", "ler", "leia", "leggere", "legga",
    "lezen", "leest",
];
/// "Use AI" switches turn a feature on. Kept apart from `FEATURE_TERMS` because German and
/// Dutch say "use for AI" with the same words at the end ("… für generative KI nutzen").
const USE_AI: &[&str] = &[
    "usar ia", "usar inteligencia artificial", "utiliser l'ia", "ki verwenden", "ki nutzen", "usare l'ia", "ai gebruiken",
    "enable ai", "use ai",
];
/// Words that end "by" or "with" phrases: what comes after them is the tool, not the thing improved.
const BY_WITH: &[&str] = &["by", "with", "using", "par", "avec", "con", "com", "mit", "met", "durch", "por", "via", "dank", "grace"];
const ADS_TERMS: &[&str] = &[
    "ads", "ad", "advert*", "advertising", "werbung", "werbe*", "anzeigen", "publicite*", "annonces", "anuncios",
    "publicidad", "publicidade", "anuncio*", "pubblicita", "annunci", "advertenties", "reclame", "sponsored", "marketing",
];
const ANALYTICS_TERMS: &[&str] = &[
    "analytics", "usage data", "diagnostic*", "telemetry", "crash report*", "statisti*", "analyse*", "analysen",
    "nutzungsdaten", "donnees d'utilisation", "datos de uso", "dados de uso", "dati di utilizzo", "gebruiksgegevens",
    "product improvement", "improve our product*", "improve the product", "improve our service*", "improve discord",
    "cookies", "cookie",
];
const PERSONAL_TERMS: &[&str] = &[
    "personaliz*", "personalis*", "personalisier*", "recommend*", "empfehl*", "recommandation*", "recomendac*",
    "recomendaciones", "raccomandazion*", "aanbeveling*", "gepersonaliseerd*", "personnalis*", "tailor*",
];
const SHARE_TERMS: &[&str] = &[
    "share", "sharing", "third part*", "third-part*", "partners", "partner", "affiliates", "weitergeben", "teilen",
    "dritte*", "partagent", "partager", "partage", "tiers", "compartir", "terceros", "socios", "compartilhar", "terceiros",
    "parceiros", "condividere", "terze parti", "partner", "delen", "derden", "licens*", "sell", "verkaufen", "vendre",
    "vender", "vendere", "verkopen",
];
/// Crawlers and bots for AI (site owners' settings: blocking them protects their content).
const CRAWLER_TERMS: &[&str] = &["crawler*", "bots", "scraper*", "gptbot", "robots.txt", "rastreador*", "robot*"];

const OWNED: &[&str] = &[
    "your", "you", "my", "ihre", "ihr", "ihrer", "ihren", "ihrem", "ihres", "deine", "dein", "deiner", "deinen", "deinem",
    "deines", "meine", "meiner", "meinen", "meinem", "meines", "ma", "ta", "tes", "ton", "mi", "mio", "mia", "mie", "tua",
    "meu", "minha", "teu", "teus", "tuas", "vos", "votre", "mes", "mon", "tus", "tu", "sus",
    "mis", "seus", "suas", "seu", "sua", "meus", "minhas", "tuoi", "tue", "tuo", "i tuoi", "miei", "je", "jouw", "uw",
    "mijn", "vous", "voce", "usted", "ustedes", "voi",
];

const NEG: &[&str] = &["do not", "don't", "dont", "nicht", "ne pas", "no", "nao", "non", "niet"];

const BLK: &[&str] = &["block*", "prevent*", "opt out", "blockier*", "bloque*", "bloquear", "blocca*", "blokker*", "verhinder*", "impedi*", "empech*", "voorkom*"];

/// What kind of data the wording names (shown in inferred explanations).
const DATA_WORDS: &[(&str, &str)] = &[
    ("message*", "messages"), ("chat*", "chats"), ("conversation*", "conversations"), ("voice", "voice"),
    ("audio", "audio recordings"), ("recording*", "recordings"), ("photo*", "photos"), ("image*", "images"),
    ("video*", "videos"), ("post*", "posts"), ("content", "content"), ("note*", "notes"), ("document*", "documents"),
    ("file*", "files"), ("code", "code"), ("profile", "profile"), ("activity", "activity"), ("search*", "searches"),
    ("prompt*", "prompts"), ("location", "location"), ("email*", "emails"), ("nachricht*", "messages"),
    ("inhalte*", "content"), ("fotos", "photos"), ("sprach*", "voice"), ("aufnahme*", "recordings"), ("contenu*", "content"),
    ("voix", "voice"), ("enregistrement*", "recordings"), ("contenido*", "content"), ("mensajes", "messages"),
    ("voz", "voice"), ("grabacion*", "recordings"), ("conteudo*", "content"), ("mensagens", "messages"),
    ("gravacao*", "recordings"), ("gravacoes", "recordings"), ("contenuti", "content"), ("messaggi", "messages"),
    ("registrazion*", "recordings"), ("inhoud", "content"), ("berichten", "messages"), ("opname*", "recordings"),
    ("transcri*", "transcripts"), ("trascri*", "transcripts"), ("draft*", "drafts"), ("entwurf*", "drafts"),
    ("brouillon*", "drafts"), ("borrador*", "drafts"), ("rascunho*", "drafts"), ("bozz*", "drafts"), ("snippet*", "code"),
    ("dokument*", "documents"), ("mensaje*", "messages"), ("bericht*", "messages"), ("mail*", "emails"),
    ("foto*", "photos"), ("upload*", "uploads"), ("text*", "texts"), ("teksten", "texts"),
    ("testi", "texts"), ("textos", "texts"), ("textes", "texts"), ("repositor*", "code"), ("histor*", "history"),
    ("verlauf*", "history"), ("cronologia", "history"), ("geschiedenis", "history"), ("sensor*", "sensor data"),
    ("capteur*", "sensor data"), ("sample*", "samples"), ("amostra*", "samples"), ("muestra*", "samples"),
    ("echantillon*", "samples"), ("campion*", "samples"), ("conversa*", "conversations"), ("anonymi*", "anonymised data"),
    ("anonim*", "anonymised data"), ("geanonimiseerd*", "anonymised data"), ("de-identified", "de-identified data"),
    ("enregistr*", "recordings"), ("session*", "sessions"), ("seance*", "sessions"), ("sesion*", "sessions"),
    ("sessao", "sessions"), ("sessoes", "sessions"), ("sessie*", "sessions"),
    ("data", "data"), ("daten", "data"), ("donnees", "data"), ("datos", "data"), ("dados", "data"), ("dati", "data"),
    ("gegevens", "data"),
];

/// A folded text with its words sorted, so that a vocabulary is matched by merging two sorted
/// lists instead of one substring scan per term (the classifier's hot path).
struct Words<'a> {
    text: &'a str,
    sorted: Vec<&'a str>,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || !c.is_ascii()
}

impl<'a> Words<'a> {
    fn new(text: &'a str) -> Self {
        let mut sorted: Vec<&str> = text.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()).collect();
        sorted.sort_unstable();
        sorted.dedup();
        Words { text, sorted }
    }

    fn has_word(&self, word: &str, prefix: bool) -> bool {
        let i = self.sorted.partition_point(|w| *w < word);
        match self.sorted.get(i) {
            Some(w) if prefix => w.starts_with(word),
            Some(w) => *w == word,
            None => false,
        }
    }
}

/// A term list split by kind once: whole words (sorted), word prefixes (`train*`), and
/// phrases or terms with punctuation, which need a scan of the text.
struct Vocab {
    words: Vec<&'static str>,
    prefixes: Vec<&'static str>,
    phrases: Vec<(&'static str, &'static str)>, // (first word, term)
    /// The phrases' first words, sorted and deduplicated (merged with the text's words).
    firsts: Vec<&'static str>,
}

impl Vocab {
    /// `terms`: the list joined with '|' at compile time (see `vocab!`).
    fn new(terms: &'static str) -> Self {
        Self::from_terms(terms.split('|'))
    }

    fn from_terms(terms: impl Iterator<Item = &'static str>) -> Self {
        let mut v = Vocab { words: Vec::new(), prefixes: Vec::new(), phrases: Vec::new(), firsts: Vec::new() };
        for t in terms {
            let (w, prefix) = match t.strip_suffix('*') {
                Some(w) => (w, true),
                None => (t, false),
            };
            if !w.is_empty() && w.chars().all(is_word_char) {
                if prefix {
                    v.prefixes.push(w)
                } else {
                    v.words.push(w)
                }
            } else {
                let first = w.split(|c: char| !is_word_char(c)).next().unwrap_or("");
                v.phrases.push((first, t));
                if !first.is_empty() {
                    v.firsts.push(first);
                }
            }
        }
        v.words.sort_unstable();
        v.prefixes.sort_unstable();
        v.firsts.sort_unstable();
        v.firsts.dedup();
        v
    }

    fn matches(&self, hay: &Words) -> bool {
        // Merge the two sorted word lists.
        let (mut i, mut j) = (0, 0);
        while i < self.words.len() && j < hay.sorted.len() {
            match self.words[i].cmp(hay.sorted[j]) {
                std::cmp::Ordering::Equal => return true,
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
            }
        }
        // Prefixes too: the first word at or after a prefix is the only one that can start with it.
        let mut j = 0;
        for p in &self.prefixes {
            while j < hay.sorted.len() && hay.sorted[j] < *p {
                j += 1;
            }
            match hay.sorted.get(j) {
                Some(w) if w.starts_with(p) => return true,
                Some(_) => {}
                None => break,
            }
        }
        // Phrases: only those whose first word occurs (found by merging sorted lists again)
        // are searched for; those starting with punctuation always are.
        let phrase = |first: &str| self.phrases.iter().any(|(f, t)| *f == first && has_phrase(hay.text, t));
        if phrase("") {
            return true;
        }
        let (mut i, mut j) = (0, 0);
        while i < self.firsts.len() && j < hay.sorted.len() {
            match self.firsts[i].cmp(hay.sorted[j]) {
                std::cmp::Ordering::Equal => {
                    if phrase(self.firsts[i]) {
                        return true;
                    }
                    i += 1;
                    j += 1;
                }
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
            }
        }
        false
    }
}

/// One compiled vocabulary per term list, built on first use: `v::AI_TERMS()`.
macro_rules! vocab {
    ($($name:ident),* $(,)?) => {
        #[allow(non_snake_case)]
        mod v {
            use super::{joined, joined_len, Vocab};
            use std::sync::OnceLock;
            $(
                pub fn $name() -> &'static Vocab {
                    // The list as one '|'-joined string, built at compile time: a table of
                    // (pointer, length) pairs per term would cost the Wasm ~8 bytes a term.
                    const BYTES: [u8; joined_len(super::$name)] = joined(super::$name);
                    const TERMS: &str = match std::str::from_utf8(&BYTES) {
                        Ok(s) => s,
                        Err(_) => panic!("vocabulary is not UTF-8"),
                    };
                    static V: OnceLock<Vocab> = OnceLock::new();
                    V.get_or_init(|| Vocab::new(TERMS))
                }
            )*
        }
    };
}

const fn joined_len(terms: &[&str]) -> usize {
    let (mut i, mut n) = (0, 0);
    while i < terms.len() {
        n += terms[i].len() + (i > 0) as usize;
        i += 1;
    }
    n
}

const fn joined<const N: usize>(terms: &[&str]) -> [u8; N] {
    let mut out = [0u8; N];
    let (mut i, mut at) = (0, 0);
    while i < terms.len() {
        if i > 0 {
            out[at] = b'|';
            at += 1;
        }
        let b = terms[i].as_bytes();
        let mut k = 0;
        while k < b.len() {
            out[at] = b[k];
            at += 1;
            k += 1;
        }
        i += 1;
    }
    out
}

vocab!(
    AI_TERMS, MODEL_TERMS, TRAIN_VERBS, NOT_MODEL_TRAINING, TEACHING, ASSISTANT_TERMS, IMPROVE_VERBS, INVERTERS,
    FEATURE_TERMS, USE_AI, BY_WITH, ON_DEVICE, PERSONAL_ADJ, LEARNED, REFINE, ADS_TERMS, ANALYTICS_TERMS, PERSONAL_TERMS, SHARE_TERMS, CRAWLER_TERMS, NEGATIONS, OWNED_DATA, OWNED,
    NEG, BLK, DATA_NOUNS, ARTICLES, ML_FIRST, CONTRIBUTE_VERBS, ML_TERMS, FOR_PREPS, IMPROVE_VERB_FINAL, MODEL_WORK, RESEARCH, GENERIC_NAMES, USE_WORDS,
);

fn any(hay: &Words, vocab: &Vocab) -> bool {
    vocab.matches(hay)
}

fn any_in(hay: &str, vocab: &Vocab) -> bool {
    any(&Words::new(hay), vocab)
}

/// One word (as split on spaces) against a vocabulary, without building a sorted index.
fn word_in(word: &str, vocab: &Vocab) -> bool {
    if word.chars().all(is_word_char) {
        return vocab.words.binary_search(&word).is_ok() || vocab.prefixes.iter().any(|p| word.starts_with(p));
    }
    any_in(word, vocab)
}

/// Is this sentence about training AI? An AI/ML or assistant term with a training verb, a model
/// term with a training or improvement verb, an improvement verb whose object is the AI
/// ("improve the AI", within `reach` words), or AI crawlers. "Training" next to workouts or
/// courses is exercise or teaching, not models.
fn sentence_means_training(t: &str, reach: usize) -> bool {
    let w = Words::new(t);
    let (ai, model, ml) = (any(&w, v::AI_TERMS()), any(&w, v::MODEL_TERMS()) || model_compound(&w), any(&w, v::ML_TERMS()));
    let assistant = any(&w, v::ASSISTANT_TERMS());
    // The person's recordings, photos or texts used to improve a system that learns
    // ("Use my recordings to make voice typing more accurate for everyone").
    if any(&w, v::LEARNED()) || herkenning_compound(&w) {
        // Whose data: a possessive, or a kind of data (not when the AI is only the tool:
        // "Improve photo recognition with AI").
        let words: Vec<&str> = t.split(' ').collect();
        let mine = any(&w, v::OWNED()) || any(&w, v::OWNED_DATA()) || (names_data(&w) && !is_feature(&w) && !with_ai(&words));
        if mine && (any(&w, v::IMPROVE_VERBS()) || any(&w, v::REFINE()) || any(&w, v::TRAIN_VERBS())) {
            return true;
        }
    }
    if !(ai || model || ml || assistant) {
        // No AI, model or assistant word: only compounds like "Modellverbesserung" can say it.
        return any(&w, v::MODEL_WORK()) && !any(&w, v::TEACHING());
    }
    let train = || any(&w, v::TRAIN_VERBS()) && !any(&w, v::TEACHING()) && (model || !any(&w, v::NOT_MODEL_TRAINING()) || trains_the_ai(t));
    let improve = || any(&w, v::IMPROVE_VERBS());
    let feature = || is_feature(&w);
    ((ai || model || assistant) && train())
        || (model && improve())
        || (ai && any(&w, v::CRAWLER_TERMS()))
        || (ai && improve() && (improves_the_ai(t, reach) || ai_then_improve(t)))
        || (any(&w, v::MODEL_WORK()) && !any(&w, v::TEACHING()))
        || ((ai || model || ml) && any(&w, v::CONTRIBUTE_VERBS()) && !feature())
        || (ml && (any(&w, v::OWNED_DATA()) || any(&w, v::OWNED())))
        || (assistant && improve() && verb_then(t, v::IMPROVE_VERBS(), v::ASSISTANT_TERMS(), reach + 2))
        // "Use AI" wording may be "use for AI" here: only the feature words proper exclude…
        || ((ai || ml || model) && !any(&w, v::FEATURE_TERMS()) && data_for_ai(t, &w))
        // …unless the person's data goes to *improving* them ("Share my data for AI-powered
        // features improvement").
        || ((ai || ml || model) && improve() && (any(&w, v::OWNED()) || any(&w, v::OWNED_DATA())) && data_for_ai(t, &w))
}

fn is_feature(w: &Words) -> bool {
    any(w, v::FEATURE_TERMS()) || any(w, v::USE_AI())
}

/// "… with AI", "mit KI", "par IA": the AI is the tool, not what is improved or trained.
fn with_ai(words: &[&str]) -> bool {
    words.windows(2).any(|p| word_in(p[0], v::BY_WITH()) && word_in(p[1], v::AI_TERMS()))
}

/// German and Dutch recognition compounds ("Bonnetjesherkenning", "Bilderkennung").
fn herkenning_compound(w: &Words) -> bool {
    w.sorted.iter().any(|x| x.len() > 10 && (x.ends_with("herkenning") || x.ends_with("erkennung")))
}

/// German and Dutch compounds that end in a model word ("Vertaalmodell", "Übersetzungsmodelle").
fn model_compound(w: &Words) -> bool {
    w.sorted.iter().any(|x| is_model_compound(x))
}

fn is_model_compound(x: &str) -> bool {
    x.len() > 7 && ["model", "modell", "modelle", "modellen"].iter().any(|m| x.ends_with(m))
}

/// Does the wording of one option ("Also to train our AI") speak of training? For selects and
/// radio groups whose name is neutral ("Use of your texts") and whose options decide.
pub fn option_means_training(label: &str) -> bool {
    mentions_training(&fold(label))
}

/// A verb of `verbs` followed, within `reach` words, by a term of `objects`.
fn verb_then(t: &str, verbs: &Vocab, objects: &Vocab, reach: usize) -> bool {
    let words: Vec<&str> = t.split(' ').collect();
    words.iter().enumerate().any(|(i, w)| word_in(w, verbs) && any_in(&words[i + 1..(i + 1 + reach).min(words.len())].join(" "), objects))
}

/// What the word at `i` governs: the next two words, articles and possessives skipped and
/// elided articles dropped ("pour l'apprentissage" → "apprentissage").
fn object_of<'a>(words: &[&'a str], i: usize) -> Vec<&'a str> {
    words[i + 1..].iter().map(|x| x.rsplit('\'').next().unwrap_or(x)).skip_while(|x| word_in(x, v::ARTICLES())).take(2).collect()
}

/// German and Dutch put the verb last ("... die KI zu verbessern", "... de AI te verbeteren").
fn ai_then_improve(t: &str) -> bool {
    let words: Vec<&str> = t.split(' ').collect();
    words.iter().enumerate().any(|(i, w)| {
        let before = &words[i.saturating_sub(4)..i];
        // "Fotoqualität mit KI verbessern": improved *with* AI, a tool.
        word_in(w, v::IMPROVE_VERB_FINAL()) && any_in(&before.join(" "), v::AI_TERMS()) && !with_ai(before)
    })
}

/// Data given for AI models ("Nutzung meiner Inhalte fuer unsere KI-Modelle", "mijn bonnetjes
/// voor machine learning"): a "for" closely followed by an AI or model term, in a sentence that
/// names the person's data or its use.
fn data_for_ai(t: &str, w: &Words) -> bool {
    if !(any(w, v::OWNED()) || any(w, v::OWNED_DATA()) || any(w, v::USE_WORDS()) || any(w, v::DATA_NOUNS())) {
        return false;
    }
    let words: Vec<&str> = t.split(' ').collect();
    let for_ai = words.iter().enumerate().any(|(i, w)| {
        word_in(w, v::FOR_PREPS()) && {
            // The AI must be the object of "for", not a word further on ("per consigliarti
            // modelli" is templates, not models).
            let rest = object_of(&words, i);
            let first = rest.first().copied().unwrap_or("");
            word_in(first, v::AI_TERMS())
                || word_in(first, v::MODEL_TERMS())
                || (word_in(first, v::ML_FIRST()) && any_in(&rest.join(" "), v::ML_TERMS()))
        }
    });
    for_ai
}

/// A training verb whose object is the AI ("train our coaching AI"): not a workout.
fn trains_the_ai(t: &str) -> bool {
    verb_then(t, v::TRAIN_VERBS(), v::AI_TERMS(), 4)
}

/// An improvement verb followed, within `reach` words, by an AI term ("améliorer l'IA de…").
fn improves_the_ai(t: &str, reach: usize) -> bool {
    if reach > 3 {
        // Help text: the AI may come a few words later.
        return verb_then(t, v::IMPROVE_VERBS(), v::AI_TERMS(), reach);
    }
    // A name: the AI must be what is improved ("améliorer l'IA", "aperfeiçoar a inteligência
    // artificial"), not a tool ("Amélioration photo par IA").
    let words: Vec<&str> = t.split(' ').collect();
    words.iter().enumerate().any(|(i, w)| {
        word_in(w, v::IMPROVE_VERBS()) && {
            let rest = object_of(&words, i);
            let first = rest.first().copied().unwrap_or("");
            !ai_qualifies_the_verb(&words[i + 1..])
                && (word_in(first, v::AI_TERMS())
                    || (rest.len() == 2 && any_in(&rest.join(" "), v::AI_TERMS()) && !word_in(rest[1], v::AI_TERMS()))
                    || ai_in_object_phrase(&words[i + 1..]))
        }
    })
}

/// "Amélioration IA des photos", "AI enhancement of images": the AI word right after the
/// improvement, with no article, and then "of …": the AI does the improving (a feature).
fn ai_qualifies_the_verb(after: &[&str]) -> bool {
    const OF: &[&str] = &["of", "des", "du", "de", "der", "von", "del", "dei", "delle", "degli", "della", "das", "dos", "da", "van"];
    matches!(after, [ai, of, ..] if !ai.contains('\'') && word_in(ai, v::AI_TERMS()) && OF.contains(of))
}

/// "perfectionner le moteur de traduction neuronale": the AI word qualifies the thing improved,
/// within five words and before any "by"/"with" ("Amélioration photo par IA" is a tool).
fn ai_in_object_phrase(after: &[&str]) -> bool {
    after.iter().take(5).take_while(|x| !word_in(x, v::BY_WITH())).skip(1).any(|x| word_in(x, v::AI_TERMS()))
}

/// Sentence by sentence; in help text, a sentence that denies training ("is never used to
/// train…") does not count.
fn mentions_training_in(t: &str, reach: usize, skip_negated: bool) -> bool {
    t.split(['.', ';', '!', '?', '•', '|'])
        .any(|s| sentence_means_training(s, reach) && !(skip_negated && any_in(s, v::NEGATIONS())))
}

fn mentions_training(t: &str) -> bool {
    mentions_training_in(t, 3, false)
}

const NEGATIONS: &[&str] = &[
    "never", "not", "no", "won't", "don't", "doesn't", "nie", "niemals", "nicht", "kein", "keine", "jamais", "ne", "n'",
    "nunca", "nao", "mai", "non", "nooit", "niet", "geen",
];

/// Classify a control from its wording. The name decides when it is clear; the description
/// and section help when the name alone is not (a short name under a heading that explains).
pub fn classify(name: &str, description: &str, section: &[String]) -> Classification {
    let n = fold(name);
    let d = fold(description);
    let s = fold(&section.join(" · "));
    let concern = concern_of(&n, &d, &s);
    if concern != Concern::AiTraining {
        // Data words and recipients only feed the inferred AI-training explanation.
        return Classification { concern, inverted: false, data: Vec::new(), third_parties: false };
    }
    let nd = format!("{n} {d}");
    let words = Words::new(&nd);
    let mut data: Vec<&'static str> = Vec::new();
    for (w, label) in DATA_WORDS {
        let (word, prefix) = w.strip_suffix('*').map_or((*w, false), |x| (x, true));
        if words.has_word(word, prefix) && !data.contains(label) {
            data.push(label);
        }
    }
    Classification { concern, inverted: is_inverted(&n, &d), data, third_parties: any(&words, v::SHARE_TERMS()) }
}

/// A personal or on-device model ("Train your personal voice model for voice unlock",
/// "modèle vocal personnel"), not "personal data".
fn personal_learning(n: &str) -> bool {
    if any_in(n, v::ON_DEVICE()) {
        return true;
    }
    let words: Vec<&str> = n.split(' ').collect();
    words.iter().enumerate().any(|(i, w)| {
        let near = &words[i.saturating_sub(3)..(i + 4).min(words.len())];
        word_in(w, v::PERSONAL_ADJ())
            && !words.get(i + 1).is_some_and(|x| word_in(x, v::DATA_NOUNS()))
            && near.iter().any(|x| word_in(x, v::MODEL_TERMS()) || is_model_compound(x))
    })
}

/// Rules 2–4 of `concern_of`: a name that does not say "training" by itself, read with its
/// help text (`d`) and section (`s`).
fn context_means_training(n_text: &str, d_text: &str, s_text: &str, n: &Words, d: &Words, s: &Words, name_is_ads: bool) -> bool {
    // 2. The description explains the name: "Help improve X" + "…to train our models".
    //    Not for an ads switch (nor a feature: see the caller); their help text often says
    //    how the feature's models were trained, which is not about this person's data.
    if !name_is_ads && description_means_training(d_text, d, n) {
        return true;
    }
    // 3. "Use your data to train X": training something on the person's own data, or a name
    //    about training under an AI section or with AI help text ("Content training"), or
    //    training anything on things the person owns ("Escludi i miei documenti dall'addestramento").
    let help_models = any(d, v::MODEL_TERMS());
    let train_in_name = any(n, v::TRAIN_VERBS()) && (!any(n, v::NOT_MODEL_TRAINING()) || help_models) && !any(n, v::TEACHING());
    if train_in_name && ((any(n, v::OWNED()) && names_data(n)) || any(s, v::AI_TERMS()) || any(d, v::AI_TERMS()) || help_models) {
        return true;
    }
    // 3b. Contributing or donating under an AI description ("Bijdrage van in-app-gegevens").
    let learns = any(d, v::LEARNED()) && (any(d, v::TRAIN_VERBS()) || any(d, v::REFINE()));
    if any(n, v::CONTRIBUTE_VERBS()) && (mentions_training(d_text) || any(d, v::AI_TERMS()) || any(d, v::ML_TERMS()) || learns) {
        return true;
    }
    // 4. A short, generic name under a section about AI training ("Allow" or "Chat messages"
    //    under "Model training"): only when the name says nothing of its own (sharing,
    //    research, ads, analytics...).
    let words = n_text.split(' ').count();
    let generic = words <= 5
        && (any(n, v::GENERIC_NAMES()) || words <= 2 || names_data(n))
        && !any(n, v::SHARE_TERMS())
        && !any(n, v::RESEARCH())
        && !any(n, v::PERSONAL_TERMS())
        && !any(n, v::ANALYTICS_TERMS());
    generic && !name_is_ads && mentions_training(s_text)
}

fn concern_of(n_text: &str, d_text: &str, s_text: &str) -> Concern {
    // 1. The name speaks of training AI: that is the concern, whatever else it says, unless
    //    the learning stays with the person (a personal voice model, "stays on this device").
    let personal = personal_learning(n_text);
    if mentions_training(n_text) && !personal {
        return Concern::AiTraining;
    }
    let (n, d, s) = (&Words::new(n_text), &Words::new(d_text), &Words::new(s_text));
    let name_is_feature = is_feature(n) && (any(n, v::AI_TERMS()) || any(d, v::AI_TERMS()));
    let name_is_ads = any(n, v::ADS_TERMS());
    // 2–4. Help text and section, for a name that is neither a feature nor personal learning.
    if !personal && !name_is_feature && context_means_training(n_text, d_text, s_text, n, d, s, name_is_ads) {
        return Concern::AiTraining;
    }
    if name_is_ads {
        return Concern::Ads;
    }
    if personal || name_is_feature || (any(n, v::AI_TERMS()) && !any(n, v::SHARE_TERMS())) {
        return Concern::AiFeature;
    }
    if any(n, v::PERSONAL_TERMS()) {
        return Concern::Personalization;
    }
    if any(n, v::ANALYTICS_TERMS()) {
        return Concern::Analytics;
    }
    if any(n, v::SHARE_TERMS()) {
        return Concern::DataSharing;
    }
    Concern::Other
}

/// The person's own data, named with a possessive ("my data", "tus datos", "i miei contenuti").
const OWNED_DATA: &[&str] = &[
    "my data", "your data", "my content", "your content", "meine daten", "ihre daten", "deine daten", "meine inhalte",
    "ihre inhalte", "mes donnees", "vos donnees", "mon contenu", "votre contenu", "mis datos", "tus datos", "sus datos",
    "mi contenido", "tu contenido", "meus dados", "seus dados", "os meus dados", "meu conteudo", "seu conteudo",
    "i miei dati", "i tuoi dati", "tuoi dati", "miei dati", "i miei contenuti", "i tuoi contenuti", "mijn gegevens",
    "je gegevens", "uw gegevens", "mijn inhoud", "je inhoud", "uw inhoud",
];

/// Does the wording name a kind of the person's data ("Chat messages", "Transcripciones")?
fn names_data(w: &Words) -> bool {
    static V: std::sync::OnceLock<Vocab> = std::sync::OnceLock::new();
    V.get_or_init(|| Vocab::from_terms(DATA_WORDS.iter().map(|(p, _)| *p))).matches(w)
}

/// Does help text say the person's data is used for training (not merely that a model exists)?
/// A sentence that denies training ("is never used to train…") does not count, unless the
/// name blocks (`name`: "Block…", whose help text describes the protected state).
fn description_means_training(d: &str, dw: &Words, name: &Words) -> bool {
    // Cheap gates on the whole text first: most help text names no AI and no training.
    let ai_words = any(dw, v::AI_TERMS())
        || herkenning_compound(dw)
        || any(dw, v::MODEL_TERMS())
        || model_compound(dw)
        || any(dw, v::ML_TERMS())
        || any(dw, v::ASSISTANT_TERMS())
        || any(dw, v::MODEL_WORK())
        || any(dw, v::LEARNED());
    if !ai_words && !any(dw, v::TRAIN_VERBS()) {
        return false;
    }
    let skip_negated = !any(name, v::INVERTERS());
    if ai_words && mentions_training_in(d, 8, skip_negated) {
        // The person's data: a possessive in the help text, or a name that is a kind of data
        // ("Registrazioni delle chiamate" + "…usate per addestrare il nostro assistente").
        // A model improved (not a product: "help us improve Copilot product experiences").
        let model_work = any(dw, v::TRAIN_VERBS())
            || ((any(dw, v::MODEL_TERMS()) || model_compound(dw) || any(dw, v::LEARNED())) && (any(dw, v::IMPROVE_VERBS()) || any(dw, v::REFINE())));
        return any(dw, v::OWNED()) || ((any(name, v::OWNED()) || names_data(name) || names_data(dw)) && model_work);
    }
    if !any(dw, v::TRAIN_VERBS()) || !any(dw, v::OWNED()) {
        return false;
    }
    // "your audio clips are also used for training": training on the person's data, even
    // without an AI word (not workouts or courses, and not denied).
    d.split(['.', ';', '!', '?', '|', ':']).any(|sent| {
        let w = Words::new(sent);
        any(&w, v::TRAIN_VERBS())
            && any(&w, v::OWNED())
            && !any(&w, v::NOT_MODEL_TRAINING())
            && !any(&w, v::TEACHING())
            && !(skip_negated && any(&w, v::NEGATIONS()))
    })
}

fn is_inverted(n: &str, d: &str) -> bool {
    // The name decides; the description only when the name is a bare topic ("AI training").
    if any_in(n, v::INVERTERS()) {
        return !double_negative(n);
    }
    let bare = n.split(' ').count() <= 3;
    bare && (d.starts_with("block") || d.starts_with("prevent") || d.starts_with("when on, we will not") || d.starts_with("when enabled, we won't"))
}

/// "Do not block…", "Nicht blockieren" cancel out: a negation just before the blocking word
/// (not anywhere: Portuguese "no" is "in the").
fn double_negative(n: &str) -> bool {
    let words: Vec<&str> = n.split(' ').collect();
    words.iter().enumerate().any(|(i, w)| word_in(w, v::BLK()) && any_in(&words[i.saturating_sub(3)..i].join(" "), v::NEG()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(name: &str, desc: &str) -> Classification {
        classify(name, desc, &[])
    }

    #[test]
    fn training_switches_in_seven_languages() {
        for name in [
            "Use my data for training content creation AI models",
            "Meine Inhalte für das Training von KI-Modellen freigeben",
            "Autoriser l'utilisation de mes données pour entraîner nos modèles",
            "Permitir que usemos tus datos para mejorar nuestros modelos de IA",
            "Usar as minhas conversas para treinar a IA",
            "Consenti l'uso dei miei contenuti per addestrare l'intelligenza artificiale",
            "Mijn gegevens gebruiken om AI-modellen te trainen",
            "Improve the model for everyone",
            "Use my d\u{430}ta to tr\u{430}in AI",
        ] {
            assert_eq!(c(name, "").concern, Concern::AiTraining, "{name}");
        }
    }

    #[test]
    fn polarity() {
        assert!(c("Block AI training", "").inverted);
        assert!(c("Do not use my messages to train models", "").inverted);
        assert!(c("Não usar as minhas conversas para treinar a IA", "").inverted);
        assert!(!c("Use my data to train AI", "").inverted);
        assert!(!c("Do not block AI training", "").inverted);
    }

    #[test]
    fn decoys_are_not_training() {
        assert_eq!(c("AI writing assistant", "Get suggestions as you write.").concern, Concern::AiFeature);
        assert_eq!(c("Smart reply suggestions", "Powered by AI models trained on public data.").concern, Concern::AiFeature);
        assert_eq!(c("Personalised ads", "").concern, Concern::Ads);
        assert_eq!(c("Use my data to improve Discord", "").concern, Concern::Analytics);
        assert_eq!(c("Dark mode", "").concern, Concern::Other);
    }

    #[test]
    fn wording_from_the_fourth_blind_set() {
        // Each was missed by the rules before; each stands for a kind of wording.
        for (name, desc) in [
            ("Conserver mes textes pour perfectionner le moteur de traduction neuronale", ""), // AI word qualifies the object
            ("Help ons betere modellen te bouwen met je spraakopnames", ""),                   // building models
            ("Mogen we je chats gebruiken om onze matchmaking-AI slimmer te maken?", ""),       // making the AI smarter
            ("Réutilisation de mes données pour l'apprentissage des modèles", ""),              // learning of models
            ("Meine Uploads nicht für generative KI nutzen", ""),                               // "für KI nutzen" is use for AI
            ("Escludi i miei documenti caricati dall'addestramento", ""),                       // training on my documents
            ("Qualität verbessern", "Aufzeichnungen Ihrer Meetings werden verwendet, um unsere KI-Modelle zu trainieren."),
            ("Empêcher nos partenaires d'apprendre à partir de mes carnets", "Les fournisseurs d'IA ne pourront pas exploiter vos notes pour perfectionner leurs modèles."),
        ] {
            assert_eq!(c(name, desc).concern, Concern::AiTraining, "{name}");
        }
        assert_eq!(classify("Mensajes del chat", "", &["Entrenamiento de modelos".into()]).concern, Concern::AiTraining);
        assert!(option_means_training("Bewaren en gebruiken om het vertaalmodel te verbeteren"));
        assert!(!option_means_training("Bewaren voor mijn geschiedenis"));
    }

    #[test]
    fn wording_from_the_fifth_blind_set() {
        assert_eq!(c("Incluir as minhas gravações de chamadas em programas de qualidade que treinam modelos de voz", "").concern, Concern::AiTraining);
        // No possessive in the help text, but the name is the person's data.
        assert_eq!(
            c("Registrazioni delle chiamate al servizio clienti", "Le registrazioni possono essere utilizzate per addestrare il nostro assistente vocale basato sull'intelligenza artificiale.").concern,
            Concern::AiTraining
        );
        // …while "improve Copilot" help text under a data name is product improvement.
        assert_ne!(c("Allow GitHub to use my data for product improvements", "Usage telemetry and engagement data help us improve Copilot product experiences.").concern, Concern::AiTraining);
        assert_eq!(classify("Amostras de escrita manual", "", &["Treino de modelos de reconhecimento".into()]).concern, Concern::AiTraining);
        // The AI improving photos is a feature; improving the AI is training.
        assert_ne!(c("Amélioration IA des photos", "").concern, Concern::AiTraining);
        assert_eq!(c("Permettre l'utilisation de mes copies pour améliorer l'IA de correction", "").concern, Concern::AiTraining);
    }

    #[test]
    fn wording_from_the_sixth_blind_set() {
        assert_eq!(c("Share my data for AI-powered features improvement", "").concern, Concern::AiTraining);
        // Giving the AI access to data is a feature, not training.
        assert_ne!(c("Dar acceso a la IA a los datos del CRM", "").concern, Concern::AiTraining);
    }

    #[test]
    fn wording_from_the_seventh_adversarial_set() {
        // Systems that learn, without an AI word: recognition, dictation, tagging, autocorrect.
        for name in [
            "Use my recordings to make voice typing more accurate for everyone",
            "Meine Sprachnachrichten dürfen die Spracherkennung verfeinern",
            "Incluir mis fotos cuando afinamos el etiquetado automático",
            "Usa le mie correzioni per insegnare al correttore automatico",
            "Mijn spraakberichten gebruiken om de spraakherkenning te verfijnen",
            "Make my public posts available to research partners building language technology",
        ] {
            assert_eq!(c(name, "").concern, Concern::AiTraining, "{name}");
        }
        // Help text about improving a model with anonymised data, under a bare name.
        assert_eq!(c("Gedeeld leren", "Geanonimiseerde boekingen helpen het categorisatiemodel voor alle klanten te verbeteren.").concern, Concern::AiTraining);
        // Decoys: personal or on-device learning, the AI as a tool, staff training, features.
        for name in [
            "Train your personal voice model for voice unlock",
            "Entraîner votre modèle vocal personnel pour le déverrouillage",
            "Learn my writing style for suggestions (stays on this device, never used for training)",
            "Fotoqualität mit KI verbessern",
            "Staff training mode",
            "Permitir que a IA leia a minha agenda",
            "Improve photo recognition with AI",
            "Auto-tagging of my photos",
        ] {
            assert_ne!(c(name, "").concern, Concern::AiTraining, "{name}");
        }
        assert_eq!(c("Forschungsbeitrag", "Die Antworten Ihres Kindes werden anonymisiert genutzt, um unsere selbstlernende Aufgabenempfehlung weiterzuentwickeln.").concern, Concern::AiTraining);
        assert_eq!(c("Mandantenübergreifendes Lernen", "Anonymisierte Dokumente fließen in das Training der Klauselerkennung für alle Kanzleien ein.").concern, Concern::AiTraining);
        assert_ne!(c("Bloquer les améliorations IA", "").concern, Concern::AiTraining);
        // …but "personal data" is not a personal model.
        assert_eq!(c("Use my personal data to train AI models", "").concern, Concern::AiTraining);
    }

    #[test]
    fn withdrawing_and_keeping_out_protect() {
        for name in [
            "Me retirer de l'entraînement des modèles génératifs",
            "Houd mijn berichten buiten AI-trainingsdatasets",
            "Manter meus dados fora do treinamento de IA de parceiros",
            // Portuguese "no" is "in the", not a negation of "Bloquear".
            "Bloquear o uso do meu chat de voz no treinamento da moderação automática",
        ] {
            let cl = c(name, "");
            assert_eq!((cl.concern, cl.inverted), (Concern::AiTraining, true), "{name}");
        }
        assert!(!c("No bloquear el entrenamiento de IA", "").inverted);
    }

    #[test]
    fn workouts_and_ai_features_stay_out() {
        assert_ne!(c("Ajustar mi plan de entrenamiento según el cansancio", "").concern, Concern::AiTraining);
        assert_ne!(c("Trainingsdaten an meine Krankenkasse übermitteln", "").concern, Concern::AiTraining);
        assert_ne!(c("Amélioration photo par IA", "").concern, Concern::AiTraining);
        assert_ne!(c("KI für meine Notizen nutzen", "").concern, Concern::AiTraining);
    }

    #[test]
    fn description_explains_a_vague_name() {
        assert_eq!(c("Help improve Nimbus", "Allow us to use your notes to train our AI models.").concern, Concern::AiTraining);
    }
}
