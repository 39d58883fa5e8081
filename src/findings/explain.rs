//! Plain-language explanations a non-expert reads in 20 seconds: what it shares, with whom,
//! whether it was on by default, what turning it off does and does not undo, and the sources.

use super::Finding;
use crate::catalog::{Service, Setting};
use crate::classify::Concern;

fn list(items: &[String]) -> String {
    match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        n => format!("{} and {}", items[..n - 1].join(", "), items[n - 1]),
    }
}

fn month(date: &str) -> String {
    const M: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let y = date.get(..4).unwrap_or("");
    let m = date
        .get(5..7)
        .and_then(|m| m.parse::<usize>().ok())
        .filter(|m| (1..=12).contains(m));
    let d = date.get(8..10).and_then(|d| d.parse::<u32>().ok());
    match (m, d) {
        (Some(m), Some(d)) => format!("{d} {} {y}", M[m - 1]),
        (Some(m), None) => format!("{} {y}", M[m - 1]),
        _ => date.to_string(),
    }
}

fn regions_text(r: &[String]) -> String {
    if r.iter().any(|x| x == "*") {
        "most regions".into()
    } else {
        r.join(", ")
    }
}

/// The first `n` items, then "and K more".
fn some(items: &[String], n: usize) -> String {
    if items.len() <= n {
        return list(items);
    }
    format!("{}, and {} more", items[..n].join(", "), items.len() - n)
}

/// The explanation as topics (summary, covers, excluded, recipients, default, undo,
/// elsewhere, alleged, sources): the inspector lays them out; `join` makes the one paragraph
/// the JSON carries as `explanation`.
pub fn explain(
    f: &Finding,
    service: Option<&str>,
    excluded: &[&str],
    region: Option<&str>,
) -> Vec<(&'static str, String)> {
    let mut p: Vec<(&'static str, String)> = Vec::new();
    let now = match f.sharing {
        Some(true) => "It is sharing now.",
        Some(false) => "It is not sharing now.",
        None => "Its current state could not be read.",
    };
    let summary = match f.concern {
        Concern::AiTraining if f.inferred => {
            let who = list(&f.recipients);
            let what = if f.shares.is_empty() { "your data".to_string() } else { format!("your {}", list(&f.shares)) };
            p.push(("summary", format!("Inferred from the page's wording (Unticked has no catalog entry for this setting): it decides whether {who} may use {what} to train or improve AI models. {now}")));
            p.push(("unknown", "Whether it was on by default, and whether turning it off removes data already used, are unknown.".into()));
            return p;
        }
        Concern::AiTraining => format!("This decides whether {} may use your data to train AI models. {now}", service.unwrap_or("the service")),
        Concern::Ads => format!("This is about ads, not AI training. {now}"),
        Concern::DataSharing => format!("This shares data with others, but not (by its wording) for AI training. {now}"),
        Concern::AiFeature => "This turns an AI feature on or off; it does not, by itself, decide whether your data trains AI models.".into(),
        Concern::Personalization => "This personalises what you see; it is not AI training.".into(),
        Concern::Analytics => "This is about usage analytics or product improvement, not AI training.".into(),
        _ => {
            p.push(("summary", "Not a data-use setting that Unticked tracks.".into()));
            return p;
        }
    };
    p.push(("summary", summary));
    if !f.shares.is_empty() {
        p.push(("covers", format!("It covers {}.", some(&f.shares, 3))));
    }
    if let Some(first) = excluded.first() {
        p.push(("excluded", format!("Not included: {first}.")));
    }
    if !f.recipients.is_empty() {
        p.push((
            "recipients",
            format!("Who gets it: {}.", list(&f.recipients)),
        ));
    }
    p.push(("default", default_text(f, region)));
    match f.retroactive_opt_out {
        Some(false) => p.push((
            "undo",
            "Turning it off stops future use only; training that already happened is not undone."
                .into(),
        )),
        Some(true) => p.push((
            "undo",
            "Turning it off also keeps data already collected out of future training.".into(),
        )),
        None if f.concern == Concern::AiTraining => p.push((
            "undo",
            "Whether turning it off undoes past use is not stated.".into(),
        )),
        None => {}
    }
    for e in &f.elsewhere {
        p.push((
            "elsewhere",
            format!(
                "Not on this page: {} ({}{}).",
                e.what,
                e.how,
                if e.url.is_empty() {
                    String::new()
                } else {
                    format!(": {}", e.url)
                }
            ),
        ));
    }
    for a in &f.allegations {
        p.push((
            "alleged",
            format!(
                "Alleged, not established: {} Response: {}",
                a.text, a.response
            ),
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
            format!("Sources: {} (checked up to {latest}).", f.sources.len()),
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

fn default_text(f: &Finding, region: Option<&str>) -> String {
    if f.regions.is_empty() {
        return "Default: unknown.".into();
    }
    let current: Vec<_> = f.regions.iter().filter(|r| r.to.is_empty()).collect();
    let mut parts = Vec::new();
    for r in &current {
        let since = if r.from.is_empty() {
            String::new()
        } else {
            format!(" since {}", month(&r.from))
        };
        let what = match (r.state.as_str(), r.sharing) {
            (_, Some(true)) => "sharing",
            (_, Some(false)) => "not sharing",
            ("not-offered", _) => "not offered",
            _ => "unknown",
        };
        parts.push(format!("{} in {}{}", what, regions_text(&r.regions), since));
    }
    let by_region = parts.join("; ");
    match (f.default_sharing, region) {
        (Some(true), Some(r)) => format!("Sharing by default in your region ({r}): it was on before you touched it ({by_region})."),
        (Some(false), Some(r)) => format!("Not sharing by default in your region ({r})."),
        (Some(true), None) => format!("Sharing by default ({by_region})."),
        (Some(false), None) => format!("Not sharing by default ({by_region})."),
        (None, _) => format!("Default by region: {by_region}; unknown for yours."),
    }
}

/// Text for a catalogued setting that has no switch on the page (a form, an email, nothing).
pub fn notice_text(svc: &Service, st: &Setting) -> String {
    let mut s = match st.control {
        "form" => format!(
            "{}: there is no switch for \"{}\"; it takes a form. ",
            svc.name, st.name
        ),
        "email" => format!(
            "{}: there is no switch for \"{}\"; it takes an email. ",
            svc.name, st.name
        ),
        _ => format!(
            "{}: \"{}\" has no setting you can change. ",
            svc.name, st.name
        ),
    };
    for n in st.not_on_page {
        s.push_str(&format!(
            "{}: {}{} ",
            n.what,
            n.steps,
            if n.url.is_empty() {
                String::new()
            } else {
                format!(" ({})", n.url)
            }
        ));
    }
    if let Some(note) = st.notes.first() {
        s.push_str(note);
    }
    s.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::month;

    #[test]
    fn months() {
        assert_eq!(month("2025-11-03"), "3 Nov 2025");
        assert_eq!(month("2024-08"), "Aug 2024");
    }
}
