//! The words of each language, by the role they play, compiled from `lexicon/*.txt` by
//! `build.rs` (folded, '|'-joined). Topic roles (what a control is about) are read in all
//! languages at once; operator roles (deny, negate, permit…) per language, because a word
//! means what it means in its language (Portuguese "no" is "in the", Spanish "no" is "not").

use crate::text::has_phrase;
use std::sync::OnceLock;

/// One language's per-language roles, each '|'-joined (see `lexicon/README.md`).
#[derive(Clone, Copy)]
pub struct Language {
    pub code: &'static str,
    pub deny: &'static str,
    pub permit: &'static str,
    pub negator: &'static str,
    pub negator_tail: &'static str,
    pub without: &'static str,
    pub clause_break: &'static str,
    pub complementizer: &'static str,
    pub coordinator: &'static str,
    pub except: &'static str,
    pub on_condition: &'static str,
    pub off_condition: &'static str,
    pub stays: &'static str,
    pub dangerous: &'static str,
    /// Where the language puts a verb and how it ends (`[verb_shape]`, see `polarity`).
    pub verb_shape: &'static str,
    pub function: &'static str,
}

impl Language {
    const EMPTY: Language = Language {
        code: "",
        deny: "",
        permit: "",
        negator: "",
        negator_tail: "",
        without: "",
        clause_break: "",
        complementizer: "",
        coordinator: "",
        except: "",
        on_condition: "",
        off_condition: "",
        stays: "",
        dangerous: "",
        verb_shape: "",
        function: "",
    };
}

/// The compiled lexicons: one line per (language, role), "code\trole\tterm|term…", topic
/// roles under "*" (see build.rs), part of the engine's data (`crate::data`).
pub struct Lexicon {
    pub languages: Vec<Language>,
    topics: Vec<(&'static str, &'static str)>,
    /// Unticked's own sentences (`crate::messages`), as ("lang\u{1f}key", template): data
    /// records "M\u{1f}lang\u{1f}key\u{1f}template" (see build.rs), read in the same pass.
    pub messages: Vec<(&'static str, &'static str)>,
}

fn parse(text: &'static str) -> Lexicon {
    let mut lex = Lexicon {
        languages: Vec::new(),
        topics: Vec::new(),
        messages: Vec::new(),
    };
    for line in text.lines() {
        // "lang\u{1f}key\u{1f}template": the key runs to the second separator.
        if let Some(m) = line.strip_prefix("M\u{1f}") {
            let key_end = m.find('\u{1f}').map_or(0, |i| i + 1);
            if let Some(t) = m[key_end..].find('\u{1f}') {
                lex.messages
                    .push((&m[..key_end + t], &m[key_end + t + 1..]));
            }
            continue;
        }
        let mut parts = line.splitn(3, '\t');
        let (Some(code), Some(role), Some(terms)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        if code == "*" {
            lex.topics.push((role, terms));
            continue;
        }
        if lex
            .languages
            .last()
            .is_none_or(|l: &Language| l.code != code)
        {
            lex.languages.push(Language {
                code,
                ..Language::EMPTY
            });
        }
        let l = lex.languages.last_mut().unwrap();
        let slot = match role {
            "deny" => &mut l.deny,
            "permit" => &mut l.permit,
            "negator" => &mut l.negator,
            "negator_tail" => &mut l.negator_tail,
            "without" => &mut l.without,
            "clause_break" => &mut l.clause_break,
            "complementizer" => &mut l.complementizer,
            "coordinator" => &mut l.coordinator,
            "except" => &mut l.except,
            "on_condition" => &mut l.on_condition,
            "off_condition" => &mut l.off_condition,
            "stays" => &mut l.stays,
            "dangerous" => &mut l.dangerous,
            "verb_shape" => &mut l.verb_shape,
            "function" => &mut l.function,
            _ => continue,
        };
        *slot = terms;
    }
    lex
}

/// The lexicon in force (empty in a Wasm whose host has not handed the data over: then
/// `scan` refuses, see `web::scan_js`).
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    static EMPTY: OnceLock<Lexicon> = OnceLock::new();
    match crate::data::text() {
        Some(t) => LEX.get_or_init(|| parse(t)),
        None => EMPTY.get_or_init(|| Lexicon {
            languages: Vec::new(),
            topics: Vec::new(),
            messages: Vec::new(),
        }),
    }
}

/// The seven languages' per-language roles.
pub fn languages() -> &'static [Language] {
    &lexicon().languages
}

/// The terms of the topic role at place `i` of the data, all languages together.
fn topic_at(i: usize) -> &'static str {
    lexicon().topics.get(i).map_or("", |t| t.1)
}

/// A topic role's terms, all languages together ('|'-joined).
pub fn topic(role: &str) -> &'static str {
    lexicon()
        .topics
        .iter()
        .find(|(r, _)| *r == role)
        .map_or("", |(_, t)| t)
}

/// Does a clause of `text` end with `last`, with `first` among the five words before it?
fn ends_after(text: &str, first: &str, last: &str) -> bool {
    text.split(['.', ',', ';', ':', '!', '?', '(', ')'])
        .any(|clause| {
            let words: Vec<&str> = clause
                .split(|c: char| !is_word_char(c))
                .filter(|w| !w.is_empty())
                .collect();
            words.split_last().is_some_and(|(end, before)| {
                *end == last && before.iter().rev().take(5).any(|w| *w == first)
            })
        })
}

pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || !c.is_ascii()
}

/// A folded text with its words sorted, so that a vocabulary is matched by merging two sorted
/// lists instead of one substring scan per term (the classifier's hot path).
pub struct Words<'a> {
    pub text: &'a str,
    pub sorted: Vec<&'a str>,
}

impl<'a> Words<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut sorted: Vec<&str> = text
            .split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
            .collect();
        crate::sort::sort(&mut sorted);
        sorted.dedup();
        Words { text, sorted }
    }

    pub fn has_word(&self, word: &str, prefix: bool) -> bool {
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
pub struct Vocab {
    pub words: Vec<&'static str>,
    pub prefixes: Vec<&'static str>,
    /// `*word`: the last part of a compound (German and Dutch put the head last:
    /// "Vereinsstandard" is a kind of "Standard").
    suffixes: Vec<&'static str>,
    phrases: Vec<(&'static str, &'static str)>, // (first word, term)
    /// `A ... B`: B ends a clause that has A in the few words before it (a verb put last,
    /// its preposition before its object: "aus deinen Meetings lernen").
    gapped: Vec<(&'static str, &'static str)>,
    /// The phrases' first words, sorted and deduplicated (merged with the text's words).
    firsts: Vec<&'static str>,
}

impl Vocab {
    /// `terms`: a '|'-joined list from the lexicon.
    pub fn new(terms: &'static str) -> Self {
        Self::from_terms(&mut terms.split('|').filter(|t| !t.is_empty()))
    }

    /// (Behind `dyn`: one copy of this code for every kind of list, not one each.)
    pub fn from_terms(terms: &mut dyn Iterator<Item = &'static str>) -> Self {
        let mut v = Vocab {
            words: Vec::new(),
            prefixes: Vec::new(),
            suffixes: Vec::new(),
            phrases: Vec::new(),
            firsts: Vec::new(),
            gapped: Vec::new(),
        };
        for t in terms {
            if let Some((a, b)) = t.split_once(" ... ") {
                v.gapped.push((a, b));
                continue;
            }
            if let Some(head) = t.strip_prefix('*').filter(|h| h.chars().all(is_word_char)) {
                v.suffixes.push(head);
                continue;
            }
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
        crate::sort::sort(&mut v.words);
        crate::sort::sort(&mut v.prefixes);
        crate::sort::sort(&mut v.firsts);
        v.firsts.dedup();
        v
    }

    pub fn matches(&self, hay: &Words) -> bool {
        // A text's few words are looked up in a long list; lists of like size are merged.
        if hay.sorted.len() * 8 < self.words.len() {
            if hay
                .sorted
                .iter()
                .any(|w| self.words.binary_search(w).is_ok())
            {
                return true;
            }
        } else {
            let (mut i, mut j) = (0, 0);
            while i < self.words.len() && j < hay.sorted.len() {
                match self.words[i].cmp(hay.sorted[j]) {
                    std::cmp::Ordering::Equal => return true,
                    std::cmp::Ordering::Less => i += 1,
                    std::cmp::Ordering::Greater => j += 1,
                }
            }
        }
        // Most vocabularies have no compound heads: no pass over the text's words for them.
        if !self.suffixes.is_empty() && hay.sorted.iter().any(|w| self.is_compound(w)) {
            return true;
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
        if self.gapped.iter().any(|&(a, b)| {
            hay.has_word(a, false) && hay.has_word(b, false) && ends_after(hay.text, a, b)
        }) {
            return true;
        }
        // Phrases: only those whose first word occurs (found by merging sorted lists again)
        // are searched for; those starting with punctuation always are.
        let phrase = |first: &str| {
            self.phrases
                .iter()
                .any(|(f, t)| *f == first && has_phrase(hay.text, t))
        };
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

    /// A compound ending in one of the suffix terms, longer than it.
    fn is_compound(&self, w: &str) -> bool {
        self.suffixes
            .iter()
            .any(|s| w.len() > s.len() && w.ends_with(s))
    }

    /// Is `t` exactly one of the phrase terms ("not allowed")?
    pub fn is_phrase(&self, t: &str) -> bool {
        self.phrases.iter().any(|(_, p)| *p == t)
    }

    /// One word against the vocabulary, without building a sorted index.
    pub fn has(&self, word: &str) -> bool {
        if word.chars().all(is_word_char) {
            return self.words.binary_search(&word).is_ok()
                || self.prefixes.iter().any(|p| word.starts_with(p))
                || self.is_compound(word);
        }
        self.matches(&Words::new(word))
    }
}

/// One compiled vocabulary per topic role, built on first use: `v::AI_TERMS()`. All of them
/// in one table behind one lock: a lock per role cost the Wasm some 200 bytes each.
macro_rules! vocab {
    ($($name:ident),* $(,)?) => {
        #[allow(non_snake_case, non_camel_case_types, clippy::upper_case_acronyms)]
        pub mod v {
            use super::Vocab;
            use std::sync::OnceLock;
            #[derive(Clone, Copy)]
            enum Role { $($name),* }
            const COUNT: usize = [$(Role::$name),*].len();
            fn get(r: Role) -> &'static Vocab {
                static ALL: OnceLock<Vec<Vocab>> = OnceLock::new();
                &ALL.get_or_init(|| (0..COUNT).map(|i| Vocab::new(super::topic_at(i))).collect())
                    [r as usize]
            }
            $(
                pub fn $name() -> &'static Vocab {
                    get(Role::$name)
                }
            )*
            /// build.rs writes the topic roles in this order (`TOPIC_ROLES`): the data is
            /// found by place, and the names need not ship.
            #[test]
            fn the_data_holds_the_roles_in_this_order() {
                let names = [$(stringify!($name)),*].map(|n| n.to_ascii_lowercase());
                let data: Vec<&str> = super::lexicon().topics.iter().map(|t| t.0).collect();
                assert_eq!(data[..COUNT], names);
            }
        }
    };
}

vocab!(
    AI_TERMS,
    MODEL_TERMS,
    TRAIN_VERBS,
    NOT_MODEL_TRAINING,
    TEACHING,
    ASSISTANT_TERMS,
    IMPROVE_VERBS,
    FEATURE_TERMS,
    USE_AI,
    BY_WITH,
    ON_DEVICE,
    PERSONAL_ADJ,
    LEARNED,
    REFINE,
    ADS_TERMS,
    ANALYTICS_TERMS,
    PERSONAL_TERMS,
    SHARE_TERMS,
    CRAWLER_TERMS,
    SEARCH_ENGINES,
    NEGATIONS,
    OWNED_DATA,
    OWNED,
    DATA_NOUNS,
    ARTICLES,
    ML_FIRST,
    CONTRIBUTE_VERBS,
    ML_TERMS,
    FOR_PREPS,
    INTO_PREPS,
    IMPROVE_VERB_FINAL,
    MODEL_WORK,
    RESEARCH,
    GENERIC_NAMES,
    USE_WORDS,
    REFUSE,
    DEFER,
    OF,
    STATE_ON,
    STATE_BY,
    STATE_DENIED,
    STATE_OFF,
    COPULA,
    SUBJECT,
    ACTION_VERB,
    EDIT_WORDS,
    TURN_OFF_WORDS,
    TURN_ON_WORDS,
    TRAINABLE,
    PER_EACH,
    COLLECT_VERBS,
    NOTICE,
    PROGRAMME,
    ONLY,
    ALL,
    LEARNING,
    ALREADY,
);

/// The data words as (pattern, label) pairs ("nachricht*" → "messages").
pub fn data_words() -> &'static [(&'static str, &'static str)] {
    static V: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    V.get_or_init(|| {
        topic("data_words")
            .split('|')
            .filter_map(|e| e.split_once('='))
            .collect()
    })
}

/// The index of a language code ("de", "pt-BR" → "pt") among the lexicons.
pub fn language_index(code: &str) -> Option<usize> {
    let base = code
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    languages().iter().position(|l| l.code == base)
}
