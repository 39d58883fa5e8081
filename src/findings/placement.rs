//! Placing AI-training switches the catalog's phrases did not name on the catalog's settings,
//! by the page they are on and the data they name.

use super::{finding, Ctx, Finding};
use crate::catalog::{self, Service, Setting};
use crate::classify::Concern;
use crate::controls::Control;

/// AI-training switches the catalog's phrases did not name (a language or a relabel the catalog
/// lacks), placed by where they are: on the settings page of catalogued AI-training settings, or
/// else on a settings-like page of a service (not its feed or inbox), among the service's
/// AI-training settings one can switch. With one such setting, the page's only unnamed
/// AI-training switch is it; with several, each switch goes to the one setting whose kinds of
/// data fit what the switch names (`data_fit`). A placed switch must agree with the catalog on
/// which way it works; its default and sources then come from the catalog.
pub(super) fn place_by_page(findings: &mut [Finding], shown: &[&Control], ctx: &Ctx) {
    let is_ai = |st: &Setting| Concern::parse(st.concern) == Concern::AiTraining;
    let mut candidates: Vec<_> = catalog::settings_on_page(ctx.url)
        .into_iter()
        .filter(|(_, st)| is_ai(st))
        .collect();
    let mut why = "why.only_switch";
    if candidates.is_empty() && catalog::looks_like_settings(ctx.url) {
        why = "why.only_setting";
        candidates = ctx
            .services
            .iter()
            .flat_map(|svc| svc.settings.iter().map(move |st| (*svc, st)))
            .filter(|(_, st)| is_ai(st) && switchable(st))
            .collect();
    }
    // "The only setting" holds of the catalog, whatever the page's other switches matched.
    let only = candidates.len() == 1;
    candidates.retain(|(_, st)| !findings.iter().any(|f| f.setting.as_deref() == Some(st.id)));
    // Switches only: an action button is no catalogued switch (and one that acts on nothing
    // about training is dropped later).
    let found: Vec<usize> = (0..findings.len())
        .filter(|&i| {
            let f = &findings[i];
            f.inferred && f.concern == Concern::AiTraining && f.visible && !shown[i].action
        })
        .collect();
    let pairs: Vec<(usize, usize)> = match (&candidates[..], &found[..]) {
        ([], _) => return,
        ([_], [i]) if only => vec![(*i, 0)],
        // The setting and its rows ("Allow third parties to train…" over a list of companies
        // that may): the one switch above all the others is the setting.
        ([_], _) if only => match above_all(findings, &found) {
            Some(i) => vec![(i, 0)],
            None => return,
        },
        _ if only => return,
        _ => {
            why = "why.by_data";
            found
                .iter()
                .filter_map(|&i| data_fit(&shown[i].name, &candidates).map(|k| (i, k)))
                .collect()
        }
    };
    for &(i, k) in &pairs {
        if pairs.iter().filter(|p| p.1 == k).count() > 1 {
            continue; // two switches for one setting: neither is known to be it
        }
        let (svc, st) = candidates[k];
        let mut f = finding(shown[i], ctx, Some((svc, st)));
        if f.sharing != findings[i].sharing {
            continue;
        }
        let result = crate::classify::why_result(ctx.ui, true, st.polarity == "on-protects", "");
        f.evidence.why = crate::messages::fill(
            ctx.ui,
            why,
            "service name result",
            &[svc.name, st.name, &result],
        );
        findings[i] = f;
    }
}

/// The one switch whose section path every other switch's path extends: the others are under
/// headings of its own section, as a setting's rows are.
fn above_all(findings: &[Finding], found: &[usize]) -> Option<usize> {
    let top = *found.iter().min_by_key(|&&i| findings[i].section.len())?;
    let path = &findings[top].section;
    found
        .iter()
        .filter(|&&i| i != top)
        .all(|&i| findings[i].section.len() > path.len() && findings[i].section.starts_with(path))
        .then_some(top)
}

/// A heading or table column that repeats the start of an AI-training setting's name on the
/// same page ("Share inputs and outputs" over a row per project, below "Share inputs and
/// outputs with OpenAI"): each switch under it is that setting for its row, read with the
/// setting's help text. Never certain: the page does not say so in words.
pub(super) fn echo_settings(findings: &mut [Finding], shown: &[&Control], ctx: &Ctx) {
    use crate::text::fold;
    let settings: Vec<(String, String, Vec<String>)> = findings
        .iter()
        .filter(|f| f.concern == Concern::AiTraining && !f.description.is_empty())
        .map(|f| (fold(&f.label), f.description.clone(), f.section.clone()))
        .collect();
    for (i, c) in shown.iter().enumerate() {
        let Some(head) = c
            .section
            .last()
            .filter(|_| findings[i].concern != Concern::AiTraining)
        else {
            continue;
        };
        let h = fold(head);
        // A name's start of two words or more, not the heading the setting itself is under.
        let Some((_, help, _)) = settings.iter().find(|(name, _, section)| {
            h.contains(' ')
                && name.len() > h.len()
                && name.starts_with(&h)
                && !section.contains(head)
        }) else {
            continue;
        };
        let mut row = (*c).clone();
        row.description = format!("{help} {}", c.description);
        let mut f = finding(&row, ctx, None);
        if f.concern == Concern::AiTraining {
            f.description = c.description.clone();
            // Uncertain, so Unticked never clicks it.
            f.certain = false;
            f.turn_off = None;
            let doubt = crate::messages::text(ctx.ui, "doubt.echo");
            f.evidence.why = format!("{} · {doubt}", f.evidence.why);
            findings[i] = f;
        }
    }
}

/// The one setting among `candidates` whose kinds of data (named in its name and match phrases,
/// in any language) include every kind the switch's name names, and the fewest others
/// ("Model training on voice" for "Addestramento del modello sulla voce"; for a name that
/// names no kind, the setting that names none). None when no setting or two fit equally.
fn data_fit(name: &str, candidates: &[(&'static Service, &'static Setting)]) -> Option<usize> {
    let specific = |text: &str| -> Vec<&'static str> {
        let kinds = crate::classify::data_named(&crate::text::fold(text));
        kinds.into_iter().filter(|k| *k != "data").collect()
    };
    let named = specific(name);
    let mut best: Option<(usize, usize)> = None; // (extra kinds, candidate)
    let mut tie = false;
    for (k, (_, st)) in candidates.iter().enumerate() {
        let mut kinds = specific(st.name);
        // What the setting shares, too, when the switch names some data ("Use of voice
        // recordings"); a switch that names none is matched to the setting that names none.
        let shares = st.shares.iter().filter(|_| !named.is_empty()).copied();
        for p in st.matches.split('\u{1e}').chain(shares) {
            for d in specific(p) {
                if !kinds.contains(&d) {
                    kinds.push(d);
                }
            }
        }
        if !named.iter().all(|d| kinds.contains(d)) {
            continue;
        }
        let extra = kinds.len() - named.len();
        match best {
            Some((e, _)) if e < extra => {}
            Some((e, _)) if e == extra => tie = true,
            _ => {
                best = Some((extra, k));
                tie = false;
            }
        }
    }
    best.filter(|_| !tie).map(|(_, k)| k)
}

/// A setting one can switch on the page (not a form, an email or nothing), read one known way.
fn switchable(st: &Setting) -> bool {
    matches!(st.control, "toggle" | "checkbox" | "select" | "radio")
        && matches!(st.polarity, "on-shares" | "on-protects")
}
