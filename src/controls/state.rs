//! Reading a control's state: the live value the probe recorded, else markup, else words.

use super::State;
use crate::text::fold;

// The words (state words, copulas, action verbs) are the lexicons' `state_on`, `state_off`,
// `copula` and `action_verb` topic roles, read in all languages at once (lexicon/*.topics.txt).
use crate::classify::lexicon::{v, Vocab};

/// Is `folded` (a word or a short phrase) exactly one of `vocab`'s terms?
pub fn is_term(vocab: &Vocab, folded: &str) -> bool {
    vocab.words.binary_search(&folded).is_ok() || vocab.is_phrase(folded)
}

pub fn state_word(folded: &str) -> Option<State> {
    if is_term(v::STATE_ON(), folded) {
        Some(State::On)
    } else if is_term(v::STATE_OFF(), folded) || is_term(v::STATE_DENIED(), folded) {
        Some(State::Off)
    } else {
        None
    }
}

/// The state a piece of text states on its own ("Activé", "niet actief"), if it is one.
pub fn part_state(text: &str) -> Option<State> {
    // Ends trimmed of everything but letters and digits ("On ·", "(Off)"); inner spaces stay.
    folded_state(fold(text).trim_matches(|c: char| !c.is_alphanumeric()))
}

/// A state, a dash, then what it means ("On – chats you rate are used to improve our models",
/// "Aus — nichts wird geteilt"): the row's state is the word before the dash.
pub fn dash_led_state(text: &str) -> Option<State> {
    let (head, rest) = text
        .split_once(['–', '—'])
        .or_else(|| text.split_once(" - "))?;
    (head.split_whitespace().count() <= 2 && !rest.trim().is_empty())
        .then(|| part_state(head))
        .flatten()
}

/// The state a folded, trimmed text states: a state word, or one followed by when or by whom.
pub fn folded_state(t: &str) -> Option<State> {
    state_word(t)
        .or_else(|| leading_state(t))
        .or_else(|| addressed_state(t))
}

/// A state said to the person ("You're not participating", "Vous ne participez pas", "Stai
/// partecipando"): read without its subject and its "to be".
fn addressed_state(t: &str) -> Option<State> {
    let mut words: Vec<&str> = t.split_whitespace().collect();
    // Or of the person's thing: "Your publication is enrolled", "Votre compte est inscrit".
    if words
        .first()
        .is_some_and(|w| v::OWNED().has(w) && !is_term(v::SUBJECT(), w))
    {
        let copula = words.iter().take(4).position(|w| is_term(v::COPULA(), w))?;
        words.drain(..copula);
    }
    let lead = |w: &str| is_term(v::SUBJECT(), w) || is_term(v::COPULA(), w);
    if words.len() > 10 || !words.first().is_some_and(|w| lead(w)) {
        return None;
    }
    let rest: Vec<&str> = words.into_iter().filter(|w| !lead(w)).collect();
    let rest = rest.join(" ");
    (!rest.is_empty())
        .then(|| state_word(&rest).or_else(|| leading_state(&rest)))
        .flatten()
}

/// A status in sentences whose first says the state ("Your publication is enrolled. Published
/// posts … may be used to train …": the rest says what that means).
pub fn sentence_state(text: &str) -> Option<State> {
    // (Or a state of a word or few and a colon: "Participando: fragmentos … se usan …".)
    let (first, rest) = text.split_once(". ").or_else(|| {
        text.split_once(": ")
            .filter(|(head, _)| head.split_whitespace().count() <= 3)
    })?;
    (!rest.trim().is_empty())
        .then(|| folded_state(fold(first).trim_matches(|c: char| !c.is_alphanumeric())))
        .flatten()
}

/// A state, then when or by whom ("Withdrawn on 3 May 2024", "Refusé par le titulaire",
/// "erteilt seit 2023"): the row still says that state. The rest must be short and open with
/// a word that says when or by whom (`state_by`), or with a date.
pub fn leading_state(folded: &str) -> Option<State> {
    let words: Vec<&str> = folded.split_whitespace().collect();
    if words.len() > 8 {
        return None;
    }
    // The state is the first word or two ("Non consentito dall'…").
    (1..3.min(words.len())).rev().find_map(|take| {
        let rest = &words[take..];
        let opener = rest[0].split(|c: char| !c.is_alphanumeric()).next()?;
        // "on 3 May 2024", "par l'administrateur", "11.09.2024": a short rest that opens with
        // when or by whom, or with a date ("Permitted services 3 services" is no state), or
        // a one-word aside in brackets ("Erlaubt (Standard)", "Off (recommended)"; a button's
        // "Widerrufen (Analyse zur Spielverbesserung)" names what it withdraws).
        let dated_or_aside = rest[0].starts_with(|c: char| c.is_ascii_digit())
            || (rest.len() == 1 && rest[0].starts_with('('));
        // A date spelt out takes more words in some languages ("el 4 de febrero de 2025").
        let date_in = rest
            .iter()
            .any(|w| w.starts_with(|c: char| c.is_ascii_digit()));
        let most = if date_in { 6 } else { 4 };
        // Or in what ("Participating in the quality programme", "partecipando al programma X").
        let in_programme = rest.len() <= 8
            && (is_term(v::INTO_PREPS(), opener) || is_term(v::FOR_PREPS(), opener))
            && rest.iter().any(|w| is_term(v::PROGRAMME(), w));
        (in_programme || rest.len() <= most && (dated_or_aside || is_term(v::STATE_BY(), opener)))
            .then(|| state_word(&words[..take].join(" ")))?
    })
}

/// "Gemini Apps Activity is On" → ("Gemini Apps Activity", On). The name keeps the page's
/// letters; the state word is matched on folded text. Returns None when the text does not end
/// in a state word or nothing would be left as a name.
pub fn split_state_suffix(text: &str) -> Option<(String, State)> {
    // A sentence ("… fließen in das Training ein.") is help text, not "Name: state".
    if text.trim_end().ends_with(['.', '!', '?']) {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() < 2 || words.len() > 30 {
        return None;
    }
    // The whole text is a state ("Non consentito", "Not allowed"): there is no name before it.
    if part_state(text).is_some() {
        return None;
    }
    // "Name: a state phrase" ("AI model training: On for some data —"): the colon parts them.
    if let Some((name, rest)) = text.rsplit_once(':') {
        let name = name.trim();
        if let (Some(st), true) = (
            part_state(rest),
            name.chars().filter(|c| c.is_alphabetic()).count() >= 3,
        ) {
            return Some((name.to_string(), st));
        }
    }
    // Try two-word state phrases first ("non attivo", "niet actief").
    for take in [2usize, 1] {
        if words.len() <= take {
            continue;
        }
        let tail = fold(&words[words.len() - take..].join(" "));
        let tail = tail.trim_matches(|c: char| !c.is_alphanumeric());
        if let Some(st) = state_word(tail) {
            let mut rest = &words[..words.len() - take];
            // Drop a trailing separator or copula ("Activity is on"); a lone status label
            // stays, for the row to replace by its title ("Status: Off").
            while let Some(last) = rest.last() {
                let f = fold(last);
                let f = f.trim_matches(|c: char| !c.is_alphanumeric());
                if f.is_empty() || (rest.len() > 1 && is_term(v::COPULA(), f)) {
                    rest = &rest[..rest.len() - 1];
                } else {
                    break;
                }
            }
            if rest.is_empty() {
                return None;
            }
            // "Turn on", "Sign in"-style actions are buttons, not states.
            let last = fold(rest[rest.len() - 1]);
            if is_term(v::ACTION_VERB(), &last) {
                return None;
            }
            let name = rest
                .join(" ")
                .trim_end_matches([':', '-', '–', '—', '·', '|', ','])
                .trim()
                .to_string();
            if name.chars().filter(|c| c.is_alphabetic()).count() < 3 {
                return None;
            }
            return Some((name, st));
        }
    }
    None
}

/// Parse a boolean-ish ARIA value.
pub fn aria_bool(v: Option<&str>) -> Option<State> {
    match v.map(|s| s.trim().to_ascii_lowercase()) {
        Some(s) if s == "true" => Some(State::On),
        Some(s) if s == "false" => Some(State::Off),
        Some(s) if s == "mixed" => Some(State::Mixed),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_colon_parts_a_name_from_a_state_phrase() {
        assert_eq!(
            split_state_suffix("AI model training: On for some data —"),
            Some(("AI model training".into(), State::On))
        );
        assert_eq!(
            split_state_suffix("Generative AI training opt-out: Not requested"),
            Some(("Generative AI training opt-out".into(), State::Off))
        );
        assert_eq!(part_state("Non esercitata"), Some(State::Off));
        assert_eq!(part_state("Erlaubt (Standard)"), Some(State::On));
        assert_eq!(part_state("Off (recommended)"), Some(State::Off));
        assert_eq!(
            part_state("Widerrufen (Analyse zur Spielverbesserung)"),
            None
        );
        assert_eq!(part_state("Teilweise aktiviert"), Some(State::On));
        // Consent accepted or not, as a row's state, in each language's participle.
        assert_eq!(part_state("Aceptado"), Some(State::On));
        assert_eq!(part_state("Non accettato"), Some(State::Off));
        assert_eq!(part_state("Geaccepteerd"), Some(State::On));
        assert_eq!(part_state("Consenso prestato il 3/2/2026"), Some(State::On));
        // A request as a noun is no state ("Voir la demande").
        assert_eq!(split_state_suffix("Voir la demande"), None);
    }

    #[test]
    fn splits_trailing_state_words() {
        assert_eq!(
            split_state_suffix("Gemini Apps Activity is On"),
            Some(("Gemini Apps Activity".into(), State::On))
        );
        assert_eq!(
            split_state_suffix("Improve the model for everyone Off"),
            Some(("Improve the model for everyone".into(), State::Off))
        );
        assert_eq!(
            split_state_suffix("Gemini-Apps-Aktivitäten: Aktiviert"),
            Some(("Gemini-Apps-Aktivitäten".into(), State::On))
        );
        assert_eq!(
            split_state_suffix("Historique d'activité est désactivé"),
            Some(("Historique d'activité".into(), State::Off))
        );
        assert_eq!(split_state_suffix("Turn on"), None);
        assert_eq!(split_state_suffix("On"), None);
        assert_eq!(split_state_suffix("Log in"), None);
    }

    #[test]
    fn a_state_then_when_or_by_whom() {
        assert_eq!(part_state("Withdrawn on 3 May 2024"), Some(State::Off));
        assert_eq!(part_state("Erteilt seit 2023"), Some(State::On));
        assert_eq!(part_state("Refusé par le titulaire"), Some(State::Off));
        assert_eq!(part_state("Revocato il 4/5/2024"), Some(State::Off));
        // Not a state with a qualifier: a name that begins with a state word.
        assert_eq!(part_state("Excluded from model training"), None);
        assert_eq!(part_state("No ads on my profile page ever again"), None);
        // Two spans run together ("services" + "3 services"): not a date.
        assert_eq!(part_state("Permitted services3 services"), None);
    }
}
