//! Does choosing an option (of a radio group or select about AI training) share data?

use crate::classify::lexicon::{v, Words};
use crate::text::fold;

/// For a control whose options decide: which options speak of training (None when none do,
/// or when every option does, which says nothing about the choice).
/// `name_trains`: the name speaks of training itself, so options are read by their own words
/// alone (with the name, every option of three words would).
pub fn training_options(
    name: &str,
    name_trains: bool,
    opts: &[crate::controls::ControlOption],
) -> Option<Vec<bool>> {
    if opts.len() < 2 {
        return None;
    }
    // An option that is a sentence is read with the control's name ("Forecasting model data":
    // "Use my sales data to improve forecasts for all venues"); one or two words are not
    // ("Faster" / "Smarter" under "Assistant model").
    let means = |label: &str| {
        crate::classify::option_means_training(label)
            || (!name_trains
                && label.split_whitespace().count() >= 3
                && crate::classify::option_means_training(&format!("{name}: {label}")))
    };
    let t: Vec<bool> = opts.iter().map(|o| means(&o.label)).collect();
    let n = t.iter().filter(|&&x| x).count();
    (n > 0 && n < t.len()).then_some(t)
}

/// Options that carry their own deny ("Keep consent" / "Withdraw consent", "Allow" / "Block")
/// say which way they go whatever the control's name says.
/// Options that start with an answer ("Ja, ik maak bezwaar" / "Nee") answer the name instead.
pub fn self_described(opts: &[crate::controls::ControlOption], lang: &str) -> bool {
    let answers = opts.iter().any(|o| {
        let first = o.label.split([' ', ',']).next().unwrap_or("");
        crate::controls::state::part_state(first).is_some()
            || v::REFUSE()
                .words
                .binary_search(&fold(first).as_str())
                .is_ok()
    });
    !answers
        && opts
            .iter()
            .any(|o| crate::classify::option_denies(&o.label, lang))
}

/// None when the option's wording says neither (we do not guess). `inverted`: the control's
/// name protects; `own`: the options describe themselves (then the name does not turn them).
pub fn option_shares(label: &str, inverted: bool, own: bool, lang: &str) -> Option<bool> {
    let l = fold(label);
    if l.is_empty() {
        return None;
    }
    // An option that is just an "off" state ("Disattivo", "Uit") refuses.
    let off = crate::controls::state::part_state(&l) == Some(crate::controls::State::Off);
    // A self-describing option is read by its own operators ("Geen bezwaar" permits).
    if own {
        return Some(!(off || crate::classify::option_refuses(label, lang)));
    }
    // Else refusing words ("Don't allow", "Nie", "Jamais", "Nobody": `[refuse]` in the
    // lexicons) answer the control's name.
    // So do the language's denials, read whole ("Escluso", "Gesperrt"; "Non mi oppongo" is two
    // denials), under a name that permits; under one that protects ("Objection to …"), a
    // denial in an option repeats the name ("I object") rather than refusing it.
    let refuses = off
        || v::REFUSE().matches(&Words::new(&l))
        || (!inverted && crate::classify::option_refuses(label, lang));
    Some(refuses == inverted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options() {
        assert_eq!(option_shares("Allow", false, false, "en"), Some(true));
        assert_eq!(option_shares("Don't allow", false, false, ""), Some(false));
        assert_eq!(
            option_shares("Only anonymised", false, false, ""),
            Some(true)
        );
        assert_eq!(option_shares("Nunca", false, false, ""), Some(false));
        assert_eq!(option_shares("Ja", true, false, ""), Some(false));
        assert_eq!(option_shares("Nein", true, false, ""), Some(true));
        assert_eq!(option_shares("Disattivo", false, false, ""), Some(false));
        assert_eq!(option_shares("Attivo", false, false, ""), Some(true));
    }
}
