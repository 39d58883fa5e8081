//! Does choosing an option (of a radio group or select about AI training) share data?

use super::report::OptionOut;
use crate::classify::lexicon::{v, Vocab, Words};
use crate::text::fold;

/// For a control whose options decide: which options speak of training (None when none do,
/// or when every option does and all go the same way, which says nothing about the choice;
/// "May be used for AI training" / "May not be used for AI training" decide).
/// `name_trains`: the name speaks of training itself, so options are read by their own words
/// alone (with the name, every option of three words would).
pub fn training_options(
    name: &str,
    name_trains: bool,
    opts: &[crate::controls::ControlOption],
    lang: &str,
) -> Option<Vec<bool>> {
    if opts.len() < 2 {
        return None;
    }
    // An option that is a sentence is read with the control's name ("Forecasting model data":
    // "Use my sales data to improve forecasts for all venues"); one or two words are not
    // ("Faster" / "Smarter" under "Assistant model").
    // Under a name about training models, a bare "training" in an option is theirs.
    let means = |label: &str| {
        crate::classify::option_means_training(label)
            || (name_trains && crate::classify::says_training(label))
            || (!name_trains
                && label.split_whitespace().count() >= 3
                && crate::classify::option_means_training(&format!("{name}: {label}")))
    };
    let t: Vec<bool> = opts.iter().map(|o| means(&o.label)).collect();
    let n = t.iter().filter(|&&x| x).count();
    let differ = || {
        let refuse: Vec<bool> = opts
            .iter()
            .map(|o| crate::classify::option_refuses(&o.label, lang))
            .collect();
        refuse.contains(&true) && refuse.contains(&false)
    };
    (n > 0 && (n < t.len() || differ())).then_some(t)
}

/// An option that hands the choice to another setting ("Use the workspace default", "Wie
/// Konto", "Zoals het account"): its own words say nothing about sharing. One that
/// also says a state or refuses ("Default (off)") is read by those words instead.
pub fn defers(label: &str) -> bool {
    // "Included (default)": words in brackets remark on the option, they are not its choice.
    let all = fold(label);
    let w = Words::new(&all);
    v::DEFER().matches(&Words::new(&crate::classify::outside_asides(&all)))
        && !v::REFUSE().matches(&w)
        && !v::STATE_ON().matches(&w)
        && !v::STATE_OFF().matches(&w)
}

/// For each option that does not speak of training, the one that does and is the same words
/// plus more ("Allowed" / "Allowed without improving AI models"): the added words, about
/// training, are all that tells the two apart, so the plain one goes the other way.
pub fn plain_of(opts: &[crate::controls::ControlOption], training: &[bool]) -> Vec<Option<usize>> {
    let f: Vec<String> = opts.iter().map(|o| fold(&o.label)).collect();
    (0..opts.len())
        .map(|i| {
            let a = f[i].trim();
            (0..opts.len()).find(|&j| {
                let rest = f[j].strip_prefix(a).unwrap_or("");
                !training[i]
                    && training[j]
                    && !a.is_empty()
                    && rest.starts_with(|c: char| !c.is_alphanumeric())
            })
        })
        .collect()
}

/// A choice handed to another setting ("Use the workspace default") takes that setting's way when
/// the page shows it: the AI-training settings here that choose for themselves (no option of
/// theirs hands on), when they all agree. It stays uncertain: which setting is meant is
/// inferred from the page, not read.
pub fn follow_deferring(findings: &mut [super::Finding], ui: &str) {
    use crate::classify::Concern;
    let ai = |f: &super::Finding| f.concern == Concern::AiTraining && f.visible;
    let own: Vec<bool> = findings
        .iter()
        .filter(|f| ai(f) && f.certain && !f.options.iter().any(|o| o.defers))
        .filter_map(|f| f.sharing)
        .collect();
    let agreed = own
        .first()
        .copied()
        .filter(|&x| own.iter().all(|&y| y == x));
    for f in findings.iter_mut().filter(|f| ai(f)) {
        let Some(option) = f.options.iter().find(|o| o.selected && o.defers) else {
            continue;
        };
        let key = match agreed {
            Some(true) => "why.defers_shares",
            Some(false) => "why.defers_not",
            None => "why.defers_unknown",
        };
        f.evidence.why = crate::messages::fill(ui, key, "option", &[&option.label]);
        f.sharing = agreed;
        f.certain = false;
    }
}

/// Options that carry their own deny ("Keep consent" / "Withdraw consent", "Allow" / "Block")
/// say which way they go whatever the control's name says.
/// Options that start with an answer ("Ja, ik maak bezwaar" / "Nee") answer the name instead.
pub fn self_described(opts: &[crate::controls::ControlOption], lang: &str) -> bool {
    !answers(opts)
        && opts
            .iter()
            .any(|o| crate::classify::option_denies(&o.label, lang))
}

/// Some option starts with an answer: a state or a refusal ("Ja", "Nee, liever niet", "Off").
pub fn answers(opts: &[crate::controls::ControlOption]) -> bool {
    opts.iter().any(|o| {
        let first = o.label.split([' ', ',']).next().unwrap_or("");
        crate::controls::state::part_state(first).is_some() || v::REFUSE().has(&fold(first))
    })
}

/// None when the option's wording says neither (we do not guess). `inverted`: the control's
/// name protects; `own`: the options describe themselves (then the name does not turn them).
pub fn option_shares(label: &str, inverted: bool, own: bool, lang: &str) -> Option<bool> {
    let l = fold(label);
    if l.is_empty() {
        return None;
    }
    // "Inherit from account (Excluded)": an option that hands the choice on, with the value it
    // hands on in brackets, is that value.
    if let Some((outside, rest)) = label.split_once('(') {
        let aside = rest.split(')').next().unwrap_or("");
        if !aside.trim().is_empty() && v::DEFER().matches(&Words::new(&fold(outside))) {
            return option_shares(aside, inverted, own, lang);
        }
    }
    // An option that lets in search engines, and neither crawlers as such nor AI ("Nur
    // Suchmaschinen erlauben"), keeps the AI out.
    let w = Words::new(&l);
    if v::SEARCH_ENGINES().matches(&w)
        && !v::CRAWLER_TERMS().matches(&w)
        && !v::AI_TERMS().matches(&w)
    {
        return Some(false);
    }
    // An option that is just an "off" state ("Disattivo", "Uit") refuses; under a name that
    // denies, one that is a denial's participle ("Bloquear …: Bloqueado") may say the denial
    // happened instead: not known (as for a row's state, `state_denied`).
    let off = crate::controls::state::part_state(&l) == Some(crate::controls::State::Off);
    if off && inverted && v::STATE_DENIED().matches(&w) {
        return None;
    }
    // A self-describing option is read by its own operators ("Geen bezwaar" permits).
    if own {
        return Some(!(off || crate::classify::option_refuses(label, lang)));
    }
    // Under a name that protects ("Limit use of … for training"), an option that is no "off"
    // state ("Non attiva": the objection is not active, which answers the name below)…
    if inverted && !off {
        // …and denies the use itself ("Yes, never use it", "Nooit gebruiken") agrees with the
        // name: not shared.
        if crate::classify::option_denies_use(label, lang) {
            return Some(false);
        }
        // One that narrows the use ("Solo datos anónimos", "Only my public posts") leaves the
        // rest of it going on: it shares, unless it refuses.
        if v::ONLY().matches(&w) && !crate::classify::option_refuses(label, lang) {
            return Some(true);
        }
        // One with a denial of its own ("Excluir los datos …" / "No excluir" / "Sin exclusión"
        // under "Exclusión del entrenamiento"; "Oui, exclure" after its answer) goes by its own
        // parity: its denial repeats the name's, a negated one undoes it.
        let said = crate::classify::after_answer(label);
        if crate::classify::option_denies(said, lang) {
            return Some(!crate::classify::option_refuses(said, lang));
        }
        // One that permits by its own words ("Lo permito", "Allow") lets the use go on; one
        // led by a state ("Activée (…)", "Ligado para tudo") says the name's protection is on.
        let first = said.split_whitespace().next().unwrap_or("");
        if crate::controls::state::part_state(first).is_none()
            && crate::classify::option_permits(said, lang)
        {
            return Some(true);
        }
    }
    // Else refusing words ("Don't allow", "Nie", "Jamais", "Nobody": `[refuse]` in the
    // lexicons) answer the control's name.
    // So do the language's denials, read whole ("Escluso", "Gesperrt"; "Non mi oppongo" is two
    // denials), under a name that permits; under one that protects ("Objection to …"), a
    // denial in an option repeats the name ("I object") rather than refusing it.
    // The refusing words are every language's at once ("no" refuses in Spanish and is "in the"
    // in Portuguese): in a sentence they count only where its own language negates.
    let refuses = off
        || (v::REFUSE().matches(&w)
            && (l.split_whitespace().count() <= 3 || crate::classify::option_negates(label, lang)))
        || (!inverted && crate::classify::option_refuses(label, lang));
    Some(refuses == inverted)
}

/// What the help text says of the options, each: `Some(Some(b))` it shares or not,
/// `Some(None)` not known, `None` the help text does not say.
/// A one-word option goes by the sentence that names it, as written and whole ("Full
/// participation lets us train our models. Basic only shares crash logs.": "Full", not "full
/// list"), when the help tells one that trains from one that does not. One of several words
/// that has no word (of five bytes or more) of a sentence that says the training, beside one
/// that has ("Record for my own use only" / "Record and share anonymised excerpts" and
/// "Anonymised excerpts are used to train…"), is not known from its words. Options that refuse
/// or are a state are left to their own words.
pub fn said_in_help(
    help: &str,
    opts: &[crate::controls::ControlOption],
    lang: &str,
) -> Vec<Option<Option<bool>>> {
    let trains =
        |s: &str| crate::classify::says_training(s) && !crate::classify::option_refuses(s, lang);
    let sentences = || help.split_inclusive(['.', '!', '?', ';']);
    let said = fold(&sentences().filter(|s| trains(s)).collect::<String>());
    let read: Vec<(bool, Option<bool>)> = opts
        .iter()
        .map(|o| {
            let label = o.label.trim();
            let own = !label.is_empty()
                && crate::controls::state::part_state(label).is_none()
                && !crate::classify::option_refuses(label, lang);
            let one = !label.contains(' ');
            let r = match own {
                false => None,
                true if one => sentences()
                    .find(|s| s.split(|c: char| !c.is_alphanumeric()).any(|w| w == label))
                    .map(trains),
                true => Some(
                    fold(label)
                        .split(' ')
                        .any(|w| w.len() >= 5 && crate::text::has_phrase(&said, w)),
                ),
            };
            (one, r)
        })
        .collect();
    let told = |one: bool| read.contains(&(one, Some(true))) && read.contains(&(one, Some(false)));
    let (ones, more) = (told(true), told(false));
    read.iter()
        .map(|&(one, r)| match (one, r) {
            (true, Some(b)) if ones => Some(Some(b)),
            (false, Some(false)) if more => Some(None),
            _ => None,
        })
        .collect()
}

/// A scale of refusals ("No limit" / "Exclude my summaries" / "Exclude everything"): between one
/// that refuses none and one that refuses all of it, one that refuses a part (by its own words
/// or under a name that refuses) leaves the rest of the data in use: it shares; so does a
/// refusal narrowed by "only" ("Widerspruch nur für das Tagebuch").
pub fn partial_refusals(options: &mut [OptionOut], inverted: bool, lang: &str) {
    let has = |o: &OptionOut, list: &Vocab| {
        let f = fold(&o.label);
        list.matches(&Words::new(&f))
    };
    let whole = |o: &OptionOut| has(o, v::ALL());
    // None of it refused, all of it refused, and between them the parts.
    let scale = options.iter().any(|o| o.sharing == Some(false) && whole(o))
        && options.iter().any(|o| o.sharing == Some(true));
    for o in options.iter_mut() {
        // (A part refused by the option's own words or under a name that refuses: "Nur
        // Suchmaschinen erlauben" narrows a permission, and keeps the AI out.) Its own words
        // are read only for a refusing option that is no whole one: most options are neither.
        if o.sharing != Some(false) || whole(o) {
            continue;
        }
        let refuses = || crate::classify::option_refuses(&o.label, lang);
        if (scale && (inverted || refuses())) || (has(o, v::ONLY()) && refuses()) {
            o.sharing = Some(true);
        }
    }
    // Beside a bare "off" ("Uit") and one that shares ("Volledig"), another that refuses by
    // its own words ("Beperkt", "Limited") refuses less than all of it, or the same in other
    // words: which, its words do not say (unless they name the training they keep out).
    let off = |o: &OptionOut| {
        crate::controls::state::part_state(&o.label) == Some(crate::controls::State::Off)
    };
    // (Three options at least: the off one, the sharing one and the refusing one.)
    if options.iter().any(off) && options.iter().any(|o| o.sharing == Some(true)) {
        for o in options.iter_mut() {
            if o.sharing == Some(false)
                && !off(o)
                && !whole(o)
                && crate::classify::option_refuses(&o.label, lang)
                && !crate::classify::option_means_training(&o.label)
            {
                o.sharing = None;
            }
        }
    }
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
        // Under a name that protects, denying the use agrees with it; negating the name's own
        // act, or answering no, refuses it.
        assert_eq!(
            option_shares("Never use them", true, false, "en"),
            Some(false)
        );
        assert_eq!(
            option_shares("Nie verwenden", true, false, "de"),
            Some(false)
        );
        assert_eq!(
            option_shares("Sí, no usarlas nunca", true, false, "es"),
            Some(false)
        );
        assert_eq!(
            option_shares("Sì, non usarli mai", true, false, "it"),
            Some(false)
        );
        assert_eq!(
            option_shares("Sim, nunca usá-los", true, false, "pt"),
            Some(false)
        );
        assert_eq!(option_shares("Non limitare", true, false, "it"), Some(true));
        assert_eq!(option_shares("Nee", true, false, "nl"), Some(true));
    }

    /// Under a name that protects ("Exclusion from AI training"): an option with a denial of
    /// its own repeats the name (not shared) or, negated, undoes it (shared); one that narrows
    /// the use leaves the rest going on (shared). Wording of no test page.
    #[test]
    fn options_under_a_protecting_name() {
        for (label, lang, shares) in [
            ("Exclude my voice notes", "en", false),
            ("Don't exclude anything", "en", true),
            ("Only anonymised data", "en", true),
            ("Meine Fotos ausschließen", "de", false),
            ("Nicht ausschließen", "de", true),
            ("Nur pseudonymisierte Daten", "de", true),
            ("Exclure mes photos", "fr", false),
            ("Sans exclusion", "fr", true),
            ("Uniquement des données anonymes", "fr", true),
            ("Excluir mis fotos", "es", false),
            ("No excluir nada", "es", true),
            ("Solo datos agregados", "es", true),
            ("Excluir minhas fotos", "pt", false),
            ("Não excluir", "pt", true),
            ("Apenas dados anônimos", "pt", true),
            ("Escludere le mie foto", "it", false),
            ("Senza esclusione", "it", true),
            ("Soltanto dati aggregati", "it", true),
            ("Mijn foto's uitsluiten", "nl", false),
            ("Niet uitsluiten", "nl", true),
            ("Alleen geanonimiseerde gegevens", "nl", true),
        ] {
            assert_eq!(
                option_shares(label, true, false, lang),
                Some(shares),
                "{label}"
            );
        }
        // An answer before the denial is read past; an "off" state answers the name.
        assert_eq!(
            option_shares("Oui, exclure", true, false, "fr"),
            Some(false)
        );
        assert_eq!(
            option_shares("Nee, niet uitsluiten", true, false, "nl"),
            Some(true)
        );
        assert_eq!(option_shares("Desactivado", true, false, "es"), Some(true));
        assert_eq!(option_shares("Non attiva", true, false, "it"), Some(true));
        assert_eq!(option_shares("Nicht aktiv", true, false, "de"), Some(true));
    }

    fn opts(labels: &[&str]) -> Vec<crate::controls::ControlOption> {
        labels
            .iter()
            .map(|l| crate::controls::ControlOption {
                label: l.to_string(),
                ..Default::default()
            })
            .collect()
    }

    #[test]
    fn deferring_options() {
        // Wording of no test page: the languages' ways of handing a choice on.
        for l in [
            "Use the workspace default",
            "Inherit from organisation",
            "Wie Konto",
            "Heredado de la cuenta",
            "Zoals het account",
            "Impostazione predefinita del team",
            "Política da organização",
            // Compounds with the head last, and "use the setting of …".
            "Abteilungsstandard",
            "Schoolstandaard",
            "Predefinição da escola",
            "Usa le impostazioni della scuola",
            "Usar la configuración del centro",
            "Utiliser les paramètres de l'école",
        ] {
            assert!(defers(l), "{l}");
        }
        for l in [
            "Allowed",
            "Not allowed",
            "Default (off)",
            "Shared (default)",
            "Nicht zulassen",
            "Standard: Aus",
        ] {
            assert!(!defers(l), "{l}");
        }
    }

    #[test]
    fn plain_option_of_a_qualified_one() {
        let o = opts(&[
            "Allowed",
            "Allowed without improving AI models",
            "Not allowed",
        ]);
        assert_eq!(
            plain_of(&o, &[false, true, false]),
            vec![Some(1), None, None]
        );
        // Not a word prefix ("Allow" is not "Allowed"): no pairing.
        let o = opts(&["Allow", "Allowed, and used to train models"]);
        assert_eq!(plain_of(&o, &[false, true]), vec![None, None]);
    }
}
