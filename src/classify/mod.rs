//! The classifier for controls the catalog does not know: from a control's name, description
//! and section, in its language, decide what it is about, which way it works, how sure that
//! is, and why.
//!
//! - `lexicon`: the words of each language by role (data in `lexicon/*.txt`).
//! - `words`: words in order, clauses, and the operators of a language among them.
//! - `language`: which language a text is read in.
//! - `topic`: what a control is about (AI training, a feature, ads…), and from where.
//! - `polarity`: which way it works, composed from the operators that govern the use.
//! - `context`: which of the name, help text and heading decides that, and how they agree.
//! - `evidence`: the words that decided, and a line a person can read.

mod context;
mod evidence;
mod language;
pub mod lexicon;
mod polarity;
mod topic;
mod words;

pub use evidence::{result as why_result, Evidence, EvidenceWord};
pub use topic::{data_named, option_means_training};

use crate::text::fold;
use topic::Source;

/// What a control is about. Serialized as in the JSON contract ("ai-training", "ads"…), by
/// `as_str` (see `findings`).
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

    /// The contract's name of a concern ("ai-training"); anything unknown is `Other`.
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

impl std::fmt::Display for Concern {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Classification {
    pub concern: Concern,
    /// True when switching the control ON protects (Block…, Do not use…, Opt out…).
    pub inverted: bool,
    /// False when the wording does not settle which way the control works.
    pub certain: bool,
    pub evidence: Evidence,
    /// What data the wording names (for the inferred explanation).
    pub data: Vec<&'static str>,
    /// Who the wording says receives it ("partners", "third parties"…), if anyone.
    pub third_parties: bool,
}

/// Classify a control from its wording, read in `page_lang` (or the language its words are
/// clearly in). The name decides when it is clear; the description and section help when
/// the name alone is not (a short name under a heading that explains).
pub fn classify(
    name: &str,
    description: &str,
    section: &[String],
    page_lang: &str,
) -> Classification {
    classify_in(name, description, section, page_lang, "en", false, false)
}

/// Names and help text are read up to a little over the lengths a page's controls keep (the
/// extractor cuts names at 300 characters and help text at 500): a longer text says no more,
/// and a hostile one would only cost time (a 1,088-character name took 280 ms under fuzzing).
const NAME_MAX: usize = 320;
const HELP_MAX: usize = 520;
/// The headings read, nearest last (the extractor keeps six and an intro, each cut at 200
/// characters): 75 fuzzed headings of look-alike "training" took over a second instrumented.
const SECTION_MAX: usize = 8;

fn bounded(t: &str, max: usize) -> &str {
    t.char_indices().nth(max).map_or(t, |(i, _)| &t[..i])
}

/// `classify`, with the "Why:" line in the UI language `ui` (`crate::messages`); `choice`: the
/// control chooses among options (a select, a radio group), whose words answer its name;
/// `row_name`: the name is its table row's header (which row, not what it does).
pub fn classify_in(
    name: &str,
    description: &str,
    section: &[String],
    page_lang: &str,
    ui: &str,
    choice: bool,
    row_name: bool,
) -> Classification {
    let (name, description) = (bounded(name, NAME_MAX), bounded(description, HELP_MAX));
    let section = &section[section.len().saturating_sub(SECTION_MAX)..];
    let long: Vec<String>;
    let section = if section.iter().any(|h| h.len() > NAME_MAX) {
        long = section
            .iter()
            .map(|h| bounded(h, NAME_MAX).to_string())
            .collect();
        &long[..]
    } else {
        section
    };
    let n = fold(name);
    let d = fold(description);
    let lang = language::language_of(&[&n[..], " ", &d].concat(), page_lang);
    let reading = topic::NameReading::new(&n, lang);
    let texts = topic::Texts {
        name: &n,
        description: &d,
        section,
        reading: &reading,
        choice,
        row_name,
    };
    let (concern, source) = topic::concern(&texts);
    let concern_doubt = reading.doubt.get();
    let Some(source) = source else {
        // Another use of data ("Stop sharing my location", "Don't personalise my ads"): its
        // name's own denials and negations say which way it goes, but they were read for no
        // use of training, so such a reading is never certain (and never clicked).
        let p = (concern != Concern::Other).then(|| option_reading(name, page_lang));
        let turned = p.as_ref().is_some_and(|p| {
            p.marks
                .iter()
                .any(|m| matches!(m.1, "deny" | "negation" | "without" | "when-off"))
        });
        return Classification {
            concern,
            inverted: turned && p.is_some_and(|p| p.inverted),
            certain: !turned,
            evidence: Evidence::default(),
            data: Vec::new(),
            third_parties: false,
        };
    };
    let mut read = reading.into_inner();
    // A table cell named by its row and its column ("Blockierte SMS" › "Freigeben"): the row's
    // header says which data, the column's words what the switch does to it.
    if row_name && source == Source::Section {
        if let Some(col) = section.last().map(|c| fold(c)) {
            if let Some(row) = n.strip_suffix(col.as_str()).filter(|r| r.ends_with(' ')) {
                let own = polarity::read(&col, lang, &|_| true);
                if own.marks.iter().any(|m| matches!(m.1, "permit" | "deny")) {
                    let shift = words::tokenize(row).len();
                    read = own;
                    read.marks.iter_mut().for_each(|m| m.0 += shift);
                }
            }
        }
    }
    let (p, text, context, heading) = context::decide(
        source,
        context::Wording {
            name,
            description,
            n: &n,
            d: &d,
            section,
        },
        lang,
        read,
    );
    let mut words = evidence::words_of(text, &p.marks);
    let code = lang.map_or("", |l| lexicon::languages()[l].code);
    // Where only names are capitalised (not English titles, German nouns; "" when the
    // language is unknown), a denying word written so in mid-sentence ("… para treinar o
    // modelo da Casa Protegida") may be part of a name, not an act: uncertain.
    let p = if !"en de".contains(code)
        && words.iter().any(|w| {
            // Not the text's first word, by its first letter ("S'opposer" is shown as
            // "S' opposer").
            w.role == "deny"
                && w.text
                    .as_bytes()
                    .first()
                    .is_some_and(|&b| b.is_ascii_uppercase() && text.as_bytes().first() != Some(&b))
        }) {
        p.doubt("doubt.name")
    } else {
        p
    };
    let p = match concern_doubt {
        Some(why) => p.doubt(why),
        None => p,
    };
    if let Some(h) = heading {
        words.push(EvidenceWord {
            text: h,
            role: "heading".into(),
        });
    }
    let why = evidence::why_line(&words, &context, p.inverted, p.certain, p.doubt, ui);
    let from = match source {
        Source::Name => "name",
        Source::Description => "description",
        Source::Section => "section",
    };
    let nd = [&n[..], " ", &d].concat();
    Classification {
        concern,
        inverted: p.inverted,
        certain: p.certain,
        evidence: Evidence {
            from: from.into(),
            lang: code.into(),
            words,
            why,
        },
        data: topic::data_named(&nd),
        third_parties: topic::shares_with_others(&nd),
    }
}

/// Does this text (a control's own name) speak of training AI? The cheap test used past the
/// control cap, where controls are not described in full.
pub fn names_training(text: &str) -> bool {
    topic::mentions_training(&fold(text))
}

/// Does `text` have a training word of its own ("Speichern und für das Training verwenden"),
/// AI named or not? Under a name about training models, it is the models' training.
pub fn says_training(text: &str) -> bool {
    topic::names_training(&fold(text))
}

/// Does an option's own wording deny ("Block", "Retirar consentimiento")? Options that deny
/// describe themselves: the control's name then does not turn them around. Answers ("No",
/// "Nein") are not denials: they answer the name.
pub fn option_denies(label: &str, page_lang: &str) -> bool {
    let l = fold(bounded(label, NAME_MAX));
    if !words::may_deny(&l) {
        return false;
    }
    let lang = language::language_of(&l, page_lang);
    let toks = words::tokenize(&l);
    let langs: Vec<usize> =
        lang.map_or_else(|| (0..lexicon::languages().len()).collect(), |l| vec![l]);
    langs.iter().any(|&i| {
        words::operators(&toks, words::ops(i))
            .iter()
            .any(|f| f.role == words::Role::Deny)
    })
}

/// The first sentence of `text` that puts the person's data to training (a section's intro:
/// "Choose which data we may use to train our models. We never include your name."), not one
/// that only mentions models ("how your pictures relate to the models behind it"), denies the
/// use ("…is not used for training") or names no data ("We train our own language models").
/// One that says what turning a control on or off does to training counts too, denial and all
/// ("When on, these are never used to train our models"); with `only_on_off`, only such a one.
/// A sentence that asks about using data after one that says the training, its object a
/// pronoun ("… we train it with real orders. What may we use for that?"), is read as one.
pub fn training_sentence(text: &str, page_lang: &str, only_on_off: bool) -> Option<String> {
    let is_use = |c: &str| topic::mentions_training(c);
    let sentences: Vec<&str> = text
        .split_inclusive(['.', '!', '?', ';'])
        .map(str::trim)
        .collect();
    let one = sentences.iter().copied().find(|s| {
        let f = fold(s);
        (!only_on_off && topic::asks_about_training(&f))
            || polarity::described(&f, language::language_of(&f, page_lang), &is_use).is_some()
    });
    let pair = || {
        sentences.windows(2).find_map(|w| {
            let (first, then) = (fold(w[0]), fold(w[1]));
            // One sentence, so that a pronoun's model is read with its verb.
            let joined = format!("{} {then}", first.trim_end_matches(['.', '!', '?', ';']));
            // The training said first, or a training word whose object is the model named
            // before it, as a pronoun ("… a model of AI. To train it, they ask for data":
            // "addestrarlo", "l'entraîner", "entrenarlo").
            ((topic::mentions_training(&first) || topic::names_training(&then))
                && topic::uses_data(&then)
                && topic::asks_about_training(&joined))
            .then(|| format!("{} {}", w[0], w[1]))
        })
    };
    one.map(str::to_string)
        .or_else(|| pair().filter(|_| !only_on_off))
        .map(|s| s.trim_end_matches(['.', '!', '?', ';']).to_string())
}

/// A text without its parenthesised asides ("Included (default)": the brackets only remark).
pub(crate) use topic::outside_asides;

/// Does a self-describing option refuse, by its own operators ("Geen bezwaar": no objection,
/// two flips, permits; "Bezwaar maken": refuses)?
pub fn option_refuses(label: &str, page_lang: &str) -> bool {
    option_reading(label, page_lang).inverted
}

/// "Yes, never use it", "On — keep my data out": the one word before the comma, dash or colon
/// answers; what follows says the use.
pub fn after_answer(label: &str) -> &str {
    label
        .split_once([',', '—', '–', ':'])
        .filter(|(answer, _)| answer.split_whitespace().count() == 1)
        .map_or(label, |(_, rest)| rest)
}

/// Does the option deny a use by its own words ("Never use it", "Nooit gebruiken"), not only
/// answer or negate the control's name ("No", "Niet beperken")?
pub fn option_denies_use(label: &str, page_lang: &str) -> bool {
    let p = option_reading(after_answer(label), page_lang);
    p.inverted && p.marks.iter().any(|m| m.1 == "permit")
}

/// Does the option permit by its own words, with nothing that negates ("Lo permito", "Allow")?
pub fn option_permits(label: &str, page_lang: &str) -> bool {
    let p = option_reading(label, page_lang);
    p.flips == 0 && p.marks.iter().any(|m| m.1 == "permit")
}

/// A row's status that says what became of a right ("Kein Widerspruch eingelegt", "Consentement
/// retiré le 12 janvier 2026", "Opposizione: non presentata"): whether the use goes on, by the
/// parity of its denials and negations (the colon only parts the right from what became of
/// it). None for any other text: no deny word of its own, words about what is used or for
/// what (a name, help text), or long.
pub fn use_goes_on(status: &str) -> Option<bool> {
    let f = status.replace(':', " ");
    // A right's status denies: the same cheap gate as `option_denies` before reading it.
    if f.split_whitespace().count() > 8 || !words::may_deny(&fold(&f)) {
        return None;
    }
    let p = option_reading(&f, "");
    // An objection, a withdrawal, a refusal: a right's words deny ("Consent given" alone
    // says no more than "On", and "Sharing by link" is no right).
    let right = p.marks.iter().any(|m| m.1 == "deny");
    // (Data words stay: "filed", "enregistrée" are what became of it, not files.)
    let topic = p.marks.iter().any(|m| matches!(m.1, "use" | "ai"));
    (right && !topic).then_some(p.flips % 2 == 0)
}

/// A row's status that says in a short sentence whether training on the person's data happens
/// ("May not retain or learn from your data", "Your chats train our models"): whether it does,
/// by the parity of its denials and negations. None for any other text.
pub fn training_stated(status: &str) -> Option<bool> {
    (status.split_whitespace().count() <= 12 && says_training(status))
        .then(|| option_reading(status, "").flips % 2 == 0)
}

/// Does the option negate or deny at all, read in its language (Portuguese "no" is "in the")?
pub fn option_negates(label: &str, page_lang: &str) -> bool {
    option_reading(label, page_lang).flips > 0
}

fn option_reading(label: &str, page_lang: &str) -> polarity::Polarity {
    let l = fold(bounded(label, NAME_MAX));
    // An option that speaks of training is read where it does ("Erlaubt, ohne KI-Modelle zu
    // verbessern": the clause after the comma); one that does not, whole ("Nicht zulassen").
    let speaks = topic::mentions_training(&l);
    let is_use = |c: &str| !speaks || topic::mentions_training(c);
    polarity::read(&l, language::language_of(&l, page_lang), &is_use)
}

/// The words of `text` that name an action a turn-off must never take (delete, sign out,
/// pay…: `[dangerous]` in the lexicons), read in `page_lang` and in the language the text is
/// clearly in; folded.
pub fn dangerous_words(text: &str, page_lang: &str) -> Vec<String> {
    let t = fold(bounded(text, NAME_MAX));
    let mut langs: Vec<usize> = lexicon::language_index(page_lang).into_iter().collect();
    langs.extend(language::language_of(&t, page_lang));
    if langs.is_empty() {
        langs = (0..lexicon::languages().len()).collect();
    }
    language::dangerous_in(&t, &langs)
}

#[cfg(test)]
mod tests {
    use super::use_goes_on;

    /// A name longer than any a page's control keeps is read as its first part: what follows
    /// says no more (and a hostile name would only cost time).
    #[test]
    fn a_long_name_is_read_as_its_first_part() {
        let head = "Use my photos to train AI models";
        let long = format!(
            "{head} {}",
            "(GPTBot, CCBot & Google-Extended) ".repeat(150)
        );
        let short: String = long.chars().take(super::NAME_MAX).collect();
        let (a, b) = (
            super::classify(&long, "", &[], "en"),
            super::classify(&short, "", &[], "en"),
        );
        assert_eq!(
            (a.concern, a.inverted, a.certain),
            (b.concern, b.inverted, b.certain)
        );
        assert_eq!(a.evidence.why, b.evidence.why);
    }

    #[test]
    fn a_rights_status_says_whether_the_use_goes_on() {
        // Lodged or withdrawn consent stops the use; an objection not made lets it go on.
        assert_eq!(use_goes_on("Objection lodged on 2 March 2026"), Some(false));
        assert_eq!(use_goes_on("No objection filed"), Some(true));
        assert_eq!(
            use_goes_on("Einwilligung widerrufen am 3.4.2025"),
            Some(false)
        );
        assert_eq!(use_goes_on("Opposition : non enregistrée"), Some(true));
        assert_eq!(use_goes_on("Bezwaar ingetrokken"), Some(true));
        assert_eq!(use_goes_on("Bezwaar gemaakt"), Some(false));
        assert_eq!(use_goes_on("Widersprochen"), Some(false));
        // Not a right's status: no denial, or words about what is used.
        assert_eq!(use_goes_on("Consent given"), None);
        assert_eq!(use_goes_on("Sharing by link"), None);
        assert_eq!(use_goes_on("Objection to AI training lodged"), None);
    }
}
