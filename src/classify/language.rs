//! Which of the seven languages a text is read in: the page's `lang`, unless the text's own
//! words say clearly that it is another one (an English label on a German page).

use super::lexicon::{language_index, languages, Vocab, Words};
use super::words::{operators, ops, tokenize, Role, Tok};
use std::sync::OnceLock;

/// How strongly `words` (of a folded text) belong to language `l`: its function words and its
/// operators.
fn score(words: &[Tok], l: usize) -> usize {
    let o = ops(l);
    let function = words
        .iter()
        .filter(|t| o.function.binary_search(&t.word).is_ok())
        .count();
    let operators = operators(words, o)
        .iter()
        .filter(|f| matches!(f.role, Role::Deny | Role::Negator | Role::Permit))
        .count();
    function + operators
}

/// `score(words, l) > 0`, without finding every operator when a function word already says so
/// (most texts are in their page's language: this is the common case, and operators are dear).
fn speaks(words: &[Tok], l: usize) -> bool {
    let o = ops(l);
    words
        .iter()
        .any(|t| o.function.binary_search(&t.word).is_ok())
        || score(words, l) > 0
}

/// The language to read `text` (folded) in, as an index into `languages()`; None when neither
/// the page nor the text says.
pub fn language_of(text: &str, page_lang: &str) -> Option<usize> {
    let page = language_index(page_lang);
    let words = tokenize(text);
    // The page's language wins whenever the text has any word of it: the other six need not
    // be scored (the costly part of reading a text).
    if let Some(p) = page {
        if speaks(&words, p) {
            return Some(p);
        }
    }
    let scores: Vec<usize> = (0..languages().len()).map(|l| score(&words, l)).collect();
    let top = *scores.iter().max().unwrap_or(&0);
    let best = (scores.iter().filter(|&&s| s == top).count() == 1)
        .then(|| scores.iter().position(|&s| s == top))
        .flatten();
    match (page, best) {
        // The text is clearly in another language than the page.
        (Some(p), Some(b)) if scores[p] == 0 && top >= 2 => Some(b),
        (Some(p), _) => Some(p),
        (None, b) if top >= 1 => b,
        (None, _) => None,
    }
}

/// Words of a notification, email, ads… control in any of the languages (such a control
/// stays what it is under any heading).
pub fn stays_in_any(text: &str) -> bool {
    stays_in(text, None)
}

/// The same in language `lang` when it is known, and in English, which pages of every
/// language borrow ("Push", "Newsletter"): French "texto" (a text message) is Spanish and
/// Portuguese "text".
pub fn stays_in(text: &str, lang: Option<usize>) -> bool {
    static V: OnceLock<Vec<Vocab>> = OnceLock::new();
    let all = V.get_or_init(|| languages().iter().map(|l| Vocab::new(l.stays)).collect());
    let w = Words::new(text);
    let en = language_index("en");
    all.iter()
        .enumerate()
        .filter(|(i, _)| lang.is_none_or(|l| l == *i || en == Some(*i)))
        .any(|(_, v)| v.matches(&w))
}

/// The words of `text` (folded) that a click must never act on (delete, sign out, pay…) in
/// any of the languages `langs`.
pub fn dangerous_in(text: &str, langs: &[usize]) -> Vec<String> {
    let toks = tokenize(text);
    let mut out = Vec::new();
    for &l in langs {
        let o = dangerous_ops(l);
        for f in operators(&toks, o) {
            let w =
                f.at.iter()
                    .map(|&i| toks[i].word)
                    .collect::<Vec<_>>()
                    .join(" ");
            if !out.contains(&w) {
                out.push(w);
            }
        }
    }
    out
}

/// A language's `[dangerous]` words as operator entries (so phrases and prefixes match the
/// same way as everywhere else).
fn dangerous_ops(l: usize) -> &'static super::words::Ops {
    static ALL: OnceLock<Vec<super::words::Ops>> = OnceLock::new();
    &ALL.get_or_init(|| {
        languages()
            .iter()
            .map(|x| super::words::compile_one(x.dangerous))
            .collect()
    })[l]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(i: Option<usize>) -> &'static str {
        i.map_or("?", |i| languages()[i].code)
    }

    #[test]
    fn page_language_wins_unless_the_text_is_clearly_another() {
        assert_eq!(
            code(language_of("no entrenar modelos de ia con mis datos", "es")),
            "es"
        );
        assert_eq!(
            code(language_of("use my data to train the models", "de")),
            "en"
        );
        assert_eq!(code(language_of("ki-training deaktivieren", "de-DE")), "de");
        assert_eq!(
            code(language_of("nao usar os meus dados para treinar a ia", "")),
            "pt"
        );
    }
}
