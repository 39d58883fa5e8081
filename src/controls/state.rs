//! Reading a control's state: the live value the probe recorded, else markup, else words.

use super::State;
use crate::text::fold;

/// Words that state "on" / "off" in the languages we read (folded).
const ON_WORDS: &[&str] = &[
    "on",
    "enabled",
    "active",
    "ein",
    "an",
    "aktiviert",
    "aktiv",
    "eingeschaltet",
    "active",
    "activee",
    "active",
    "actif",
    "activo",
    "activa",
    "activado",
    "activada",
    "ativo",
    "ativa",
    "ativado",
    "ativada",
    "ligado",
    "ligada",
    "attivo",
    "attiva",
    "attivato",
    "attivata",
    "aan",
    "ingeschakeld",
    "actief",
    "allowed",
    "permitted",
    "erlaubt",
    "zugelassen",
    "autorise",
    "autorisee",
    "permitido",
    "permitida",
    "autorizado",
    "autorizada",
    "consentito",
    "consentita",
    "toegestaan",
];
const OFF_WORDS: &[&str] = &[
    "off",
    "disabled",
    "inactive",
    "paused",
    "aus",
    "deaktiviert",
    "ausgeschaltet",
    "inaktiv",
    "pausiert",
    "desactive",
    "desactivee",
    "inactif",
    "inactive",
    "desactivado",
    "desactivada",
    "inactivo",
    "inactiva",
    "pausado",
    "pausada",
    "desativado",
    "desativada",
    "desligado",
    "desligada",
    "inativo",
    "inativa",
    "disattivato",
    "disattivata",
    "disattivo",
    "disattiva",
    "non attivo",
    "in pausa",
    "uit",
    "uitgeschakeld",
    "gepauzeerd",
    "niet actief",
    "not allowed",
    "nicht erlaubt",
    "non autorise",
    "non autorisee",
    "no permitido",
    "no permitida",
    "nao permitido",
    "nao permitida",
    "non consentito",
    "non consentita",
    "niet toegestaan",
];
/// Copulas before a trailing state word ("Activity is on", "ist aktiviert", "est activé").
const COPULAS: &[&str] = &[
    "is", "ist", "est", "esta", "está", "e", "è", "staat", "are", "sind", "sont", "estan", "estao",
    "sono", "zijn",
];

/// Verbs before "on"/"off" that make the text an action ("Turn off"), not a state.
const ACTION_VERBS: &[&str] = &[
    "turn", "switch", "toggle", "log", "sign", "opt", "set", "schalten", "schalte", "stellen",
    "zet", "schakel", "zetten",
];

pub fn state_word(folded: &str) -> Option<State> {
    if ON_WORDS.contains(&folded) {
        Some(State::On)
    } else if OFF_WORDS.contains(&folded) {
        Some(State::Off)
    } else {
        None
    }
}

/// The state a piece of text states on its own ("Activé", "niet actief"), if it is one.
pub fn part_state(text: &str) -> Option<State> {
    // Ends trimmed of everything but letters and digits ("On ·", "(Off)"); inner spaces stay.
    state_word(fold(text).trim_matches(|c: char| !c.is_alphanumeric()))
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
    // Try two-word state phrases first ("non attivo", "niet actief").
    for take in [2usize, 1] {
        if words.len() <= take {
            continue;
        }
        let tail = fold(&words[words.len() - take..].join(" "));
        let tail = tail.trim_matches(|c: char| !c.is_alphanumeric());
        if let Some(st) = state_word(tail) {
            let mut rest = &words[..words.len() - take];
            // Drop a trailing separator or copula.
            while let Some(last) = rest.last() {
                let f = fold(last);
                let f = f.trim_matches(|c: char| !c.is_alphanumeric());
                if f.is_empty() || COPULAS.contains(&f) {
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
            if ACTION_VERBS.contains(&last.as_str()) {
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
}
