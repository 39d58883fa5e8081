//! Plain-language explanations a non-expert reads in 20 seconds: what it shares, with whom,
//! whether it was on by default, what turning it off does and does not undo, and the sources.

use super::Finding;
use crate::catalog::{Service, Setting};
use crate::classify::Concern;
use crate::messages::{fill, list, since, text, word};

/// The first `n` items, then "and K more".
fn some(lang: &str, items: &[String], n: usize) -> String {
    if items.len() <= n {
        return list(lang, items);
    }
    fill(
        lang,
        "list.more",
        "list n",
        &[&items[..n].join(", "), &(items.len() - n).to_string()],
    )
}

/// What the classifier found shared (the lexicon's labels, "messages", "sensor data"), in `lang`.
fn data_words(lang: &str, items: &[String]) -> Vec<String> {
    items
        .iter()
        .map(|x| word(lang, "data", x).to_string())
        .collect()
}

/// The explanation as topics (summary, covers, excluded, recipients, default, undo,
/// elsewhere, alleged, sources), in `lang` (`crate::messages`): the inspector lays them out;
/// `join` makes the one paragraph the JSON carries as `explanation`.
pub fn explain(
    f: &Finding,
    service: Option<&str>,
    excluded: &[&str],
    region: Option<&str>,
    lang: &str,
) -> Vec<(&'static str, String)> {
    let mut p: Vec<(&'static str, String)> = Vec::new();
    let t = |key: &str| text(lang, key).to_string();
    let now = text(
        lang,
        match f.sharing {
            Some(true) => "now.sharing",
            Some(false) => "now.not_sharing",
            None => "now.unknown",
        },
    );
    let shares = if f.inferred {
        data_words(lang, &f.shares)
    } else {
        f.shares.clone()
    };
    let summary = match f.concern {
        Concern::AiTraining if f.inferred => {
            // Only "data" named: "your data" (not "vos données (données)").
            let what = if shares.is_empty() || matches!(f.shares.as_slice(), [x] if x == "data") {
                t("your_data")
            } else {
                fill(lang, "your_items", "list", &[&list(lang, &shares)])
            };
            p.push((
                "summary",
                fill(
                    lang,
                    "summary.inferred",
                    "who what now",
                    &[&list(lang, &f.recipients), &what, now],
                ),
            ));
            p.push(("unknown", t("summary.inferred_unknown")));
            return p;
        }
        Concern::AiTraining => fill(
            lang,
            "summary.ai_training",
            "service now",
            &[service.unwrap_or(text(lang, "the_service")), now],
        ),
        Concern::Ads => fill(lang, "summary.ads", "now", &[now]),
        Concern::DataSharing => fill(lang, "summary.data_sharing", "now", &[now]),
        Concern::AiFeature => t("summary.ai_feature"),
        Concern::Personalization => t("summary.personalization"),
        Concern::Analytics => t("summary.analytics"),
        _ => {
            p.push(("summary", t("summary.other")));
            return p;
        }
    };
    p.push(("summary", summary));
    if !shares.is_empty() {
        p.push((
            "covers",
            fill(lang, "covers", "list", &[&some(lang, &shares, 3)]),
        ));
    }
    if let Some(first) = excluded.first() {
        p.push(("excluded", fill(lang, "excluded", "what", &[first])));
    }
    if !f.recipients.is_empty() {
        p.push((
            "recipients",
            fill(lang, "recipients", "list", &[&list(lang, &f.recipients)]),
        ));
    }
    p.push(("default", default_text(f, region, lang)));
    let undo = match f.retroactive_opt_out {
        Some(false) => "undo.no",
        Some(true) => "undo.yes",
        None if f.concern == Concern::AiTraining => "undo.unknown",
        None => "",
    };
    if !undo.is_empty() {
        p.push(("undo", t(undo)));
    }
    for e in &f.elsewhere {
        let how = word(lang, "how", &e.how);
        let args = [e.what.as_str(), how, &e.url];
        let key = if e.url.is_empty() {
            "elsewhere"
        } else {
            "elsewhere.url"
        };
        p.push(("elsewhere", fill(lang, key, "what how url", &args)));
    }
    for a in &f.allegations {
        p.push((
            "alleged",
            fill(lang, "alleged", "text response", &[&a.text, &a.response]),
        ));
    }
    if !f.sources.is_empty() {
        let latest = f
            .sources
            .iter()
            .map(|x| x.checked.as_str())
            .max()
            .unwrap_or("");
        p.push((
            "sources",
            fill(
                lang,
                "sources",
                "n date",
                &[&f.sources.len().to_string(), latest],
            ),
        ));
    }
    p
}

/// The topics as one paragraph.
pub fn join(parts: &[(&'static str, String)]) -> String {
    parts
        .iter()
        .map(|(_, t)| t.trim())
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn default_text(f: &Finding, region: Option<&str>, lang: &str) -> String {
    if f.regions.is_empty() {
        return text(lang, "default.unknown").into();
    }
    let service = f
        .service
        .as_deref()
        .and_then(|id| crate::catalog::services().iter().find(|s| s.id == id))
        .map_or("", |s| s.name);
    let mut parts = Vec::new();
    for r in f.regions.iter().filter(|r| r.to.is_empty()) {
        let key = match (r.state.as_str(), r.sharing) {
            (_, Some(true)) => "default.rule_sharing",
            (_, Some(false)) => "default.rule_not_sharing",
            ("not-offered", _) => "default.rule_not_offered",
            _ => "default.rule_unknown",
        };
        let regions = if r.regions.iter().any(|x| x == "*") {
            text(lang, "default.most_regions").to_string()
        } else {
            r.regions.join(", ")
        };
        let rule = fill(lang, key, "regions", &[&regions]);
        let rule = if r.from.is_empty() {
            rule
        } else {
            fill(
                lang,
                "default.since",
                "rule since",
                &[&rule, &since(lang, &r.from)],
            )
        };
        // Who says it ("LinkedIn says", "reported by the press", "alleged in a lawsuit").
        parts.push(if r.said_by.is_empty() {
            rule
        } else {
            let who = fill(lang, &format!("by.{}", r.said_by), "service", &[service]);
            fill(lang, "default.said", "rule who", &[&rule, &who])
        });
    }
    let rules = parts.join("; ");
    let (key, r) = match (f.default_sharing, region) {
        (Some(true), Some(r)) => ("default.yes_region", r),
        (Some(false), Some(r)) => ("default.no_region", r),
        (Some(true), None) => ("default.yes", ""),
        (Some(false), None) => ("default.no", ""),
        (None, _) => ("default.by_region", ""),
    };
    fill(lang, key, "region rules", &[r, &rules])
}

/// Text for a catalogued setting that has no switch on the page (a form, an email, nothing).
pub fn notice_text(svc: &Service, st: &Setting, lang: &str) -> String {
    let key = match st.control {
        "form" => "notice.form",
        "email" => "notice.email",
        _ => "notice.none",
    };
    let mut s = fill(lang, key, "service name", &[svc.name, st.name]);
    s.push(' ');
    for n in st.not_on_page {
        let args = [n.what, n.steps, n.url];
        let key = if n.url.is_empty() {
            "notice.step"
        } else {
            "notice.step_url"
        };
        s.push_str(&fill(lang, key, "what steps url", &args));
        s.push(' ');
    }
    if let Some(note) = st.notes.first() {
        s.push_str(note);
    }
    s.trim_end().to_string()
}
