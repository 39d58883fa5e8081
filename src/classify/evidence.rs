//! Why a control was read the way it was: the words that made it AI training and the words
//! that decided its polarity, with their roles, and one line a person can read.

use super::words::tokenize;
use crate::messages::{fill, text};
use crate::text::fold;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Evidence {
    /// Where the meaning came from: "name", "description", "section", "options" or "catalog".
    pub from: String,
    /// The language the wording was read in ("" when unknown).
    pub lang: String,
    pub words: Vec<EvidenceWord>,
    /// One line: "'Disable' + 'AI training' → on protects".
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EvidenceWord {
    /// As written on the page.
    pub text: String,
    /// "ai" (AI, model, learning), "use" (train, improve), "data", "deny", "negation",
    /// "without", "permit", "exception", "when-on", "when-off", "heading".
    pub role: String,
}

/// The words of `original` as written, one for each word of `fold(original)` (folded ones
/// where the two do not line up).
fn display_words(original: &str) -> Vec<String> {
    let folded = fold(original);
    let f: Vec<String> = tokenize(&folded)
        .iter()
        .map(|t| t.word.to_string())
        .collect();
    let straight = original.replace(['\u{2019}', '\u{2018}', '\u{2bc}'], "'");
    let o: Vec<String> = tokenize(&straight)
        .iter()
        .map(|t| t.word.to_string())
        .collect();
    if o.len() == f.len() {
        o
    } else {
        f
    }
}

fn family(role: &str) -> &str {
    match role {
        "ai" | "use" => "topic",
        r => r,
    }
}

/// Marked words of `original` (indices among its folded words), neighbours of one kind
/// merged into one phrase ("AI" + "training" → "AI training", "turn" + "off" → "turn off").
pub fn words_of(original: &str, marks: &[(usize, &'static str)]) -> Vec<EvidenceWord> {
    let shown = display_words(original);
    // Operators before topic words when both mark one word; else in the order marked.
    let mut order: Vec<(usize, bool, usize)> = marks
        .iter()
        .enumerate()
        .map(|(k, &(i, r))| (i, matches!(r, "ai" | "use" | "data"), k))
        .collect();
    crate::sort::sort(&mut order);
    let mut marks: Vec<(usize, &str)> = order.iter().map(|&(_, _, k)| marks[k]).collect();
    marks.dedup_by_key(|m| m.0);
    let mut out: Vec<(usize, EvidenceWord)> = Vec::new();
    for (i, role) in marks {
        let Some(w) = shown.get(i) else { continue };
        match out.last_mut() {
            Some((last, e)) if *last + 1 == i && family(&e.role) == family(role) => {
                e.text.push(' ');
                e.text.push_str(w);
                if role == "use" {
                    e.role = "use".into();
                }
                *last = i;
            }
            _ => out.push((
                i,
                EvidenceWord {
                    text: w.clone(),
                    role: role.into(),
                },
            )),
        }
    }
    out.into_iter().map(|(_, e)| e).collect()
}

/// The one-line reason, in the UI language `ui`: operators, then what is used, then any
/// context (a `crate::messages` key and its value), then the result.
pub fn why_line(
    words: &[EvidenceWord],
    context: &(&str, String),
    inverted: bool,
    certain: bool,
    doubt: Option<&str>,
    ui: &str,
) -> String {
    let mut parts: Vec<String> = words
        .iter()
        .filter(|w| {
            matches!(
                w.role.as_str(),
                "deny" | "negation" | "without" | "ai" | "use" | "exception"
            )
        })
        .map(|w| format!("'{}'", w.text))
        .collect();
    if !context.0.is_empty() {
        let name = if context.0 == "why.under" {
            "heading"
        } else {
            "words"
        };
        parts.push(fill(ui, context.0, name, &[&context.1]).trim().to_string());
    }
    let result = result(ui, certain, inverted, doubt.unwrap_or("doubt.unclear"));
    if parts.is_empty() {
        result
    } else {
        format!("{} → {result}", parts.join(" + "))
    }
}

/// "on protects", "on shares", or "not sure which way it works (why)", in `ui`.
pub fn result(ui: &str, certain: bool, inverted: bool, doubt: &str) -> String {
    match (certain, inverted) {
        (false, _) => fill(ui, "why.not_sure", "doubt", &[text(ui, doubt)]),
        (true, true) => text(ui, "why.on_protects").into(),
        (true, false) => text(ui, "why.on_shares").into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_the_page_spelling_and_merge_neighbours() {
        let w = words_of(
            "Désactiver l’entraînement de l’IA",
            &[(0, "deny"), (2, "use"), (5, "ai")],
        );
        let texts: Vec<&str> = w.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(texts, ["Désactiver", "entraînement", "IA"]);
        let w = words_of("Disable AI training", &[(0, "deny"), (1, "ai"), (2, "use")]);
        assert_eq!(
            why_line(&w, &("", String::new()), true, true, None, "en"),
            "'Disable' + 'AI training' → on protects"
        );
    }
}
