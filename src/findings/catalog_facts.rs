//! What the catalog knows about a matched setting, put on its finding: what it shares and with
//! whom, defaults by region and date, sources, allegations, and where it lives when not on the page.

use super::{
    explain, Action, AllegationOut, Elsewhere, Finding, How, Notice, RegionRule, SourceRef, TurnOff,
};
use crate::catalog::{Service, Setting};
use crate::classify::Concern;

fn source_ref(st: &Setting, i: usize) -> SourceRef {
    let s = &st.sources[i];
    SourceRef {
        url: s.url.into(),
        kind: s.kind.into(),
        title: s.title.into(),
        checked: s.checked.into(),
    }
}

fn sources_of(st: &Setting) -> Vec<SourceRef> {
    (0..st.sources.len()).map(|i| source_ref(st, i)).collect()
}

fn default_shares(state: &str, polarity: &str) -> Option<bool> {
    match (state, polarity) {
        ("on", "on-shares") | ("off", "on-protects") => Some(true),
        ("off", "on-shares") | ("on", "on-protects") => Some(false),
        _ => None,
    }
}

/// EU member states count as "EU" (and "EEA") in the catalog's region lists.
const EU: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];

fn region_matches(listed: &[&str], region: &str) -> bool {
    let r = region.to_ascii_uppercase();
    let r = if r == "GB" { "UK".to_string() } else { r };
    listed.iter().any(|l| {
        l.eq_ignore_ascii_case(&r)
            || (EU.contains(&r.as_str()) && (*l == "EU" || *l == "EEA"))
            || (matches!(r.as_str(), "NO" | "IS" | "LI") && *l == "EEA")
    })
}

/// The default in force today for this person's region (or, region unknown, the default when
/// every region agrees).
pub fn default_now(st: &Setting, region: Option<&str>, today: &str) -> Option<bool> {
    let active: Vec<_> = st
        .defaults
        .iter()
        // With no capture date, the rules still in force (no end date) apply.
        .filter(|d| {
            if today.is_empty() {
                d.to.is_empty()
            } else {
                (d.from.is_empty() || d.from <= today) && (d.to.is_empty() || d.to >= today)
            }
        })
        .collect();
    match region {
        Some(r) => {
            let d = active
                .iter()
                .find(|d| region_matches(d.regions, r))
                .or_else(|| active.iter().find(|d| d.regions.contains(&"*")))?;
            default_shares(d.state, st.polarity)
        }
        None => {
            let mut vals = active.iter().map(|d| default_shares(d.state, st.polarity));
            let first = vals.next()??;
            vals.all(|v| v == Some(first)).then_some(first)
        }
    }
}

pub(super) fn apply_catalog(
    f: &mut Finding,
    _svc: &Service,
    st: &'static Setting,
    region: Option<&str>,
    today: &str,
) {
    f.shares = st.shares.iter().map(|s| s.to_string()).collect();
    f.recipients = st.recipients.iter().map(|s| s.to_string()).collect();
    f.retroactive_opt_out = st.retroactive_opt_out;
    f.regions = st
        .defaults
        .iter()
        .map(|d| RegionRule {
            regions: d.regions.iter().map(|s| s.to_string()).collect(),
            state: d.state.into(),
            sharing: default_shares(d.state, st.polarity),
            from: d.from.into(),
            to: d.to.into(),
            note: d.note.into(),
            said_by: d.source.map_or("", |i| st.sources[i].kind).into(),
        })
        .collect();
    f.default_sharing = default_now(st, region, today);
    f.sources = sources_of(st);
    f.elsewhere = elsewhere(st);
    f.allegations = st
        .allegations
        .iter()
        .map(|a| AllegationOut {
            text: a.text.into(),
            response: a.response.into(),
            source: source_ref(st, a.source),
        })
        .collect();
    // Only a certain reading sends the person elsewhere to turn it off: an uncertain one may
    // already be off (an objection filed), and Turn off is never offered on a guess.
    if f.turn_off.is_none() && f.certain && f.sharing == Some(true) {
        if let Some(e) = f.elsewhere.first() {
            f.turn_off = Some(TurnOff {
                how: How::of_catalog(&e.how),
                locator: String::new(),
                option: String::new(),
                url: e.url.clone(),
                steps: e.steps.clone(),
                action: Action::Elsewhere,
                expect: String::new(),
            });
        }
    }
}

fn elsewhere(st: &Setting) -> Vec<Elsewhere> {
    st.not_on_page
        .iter()
        .map(|n| Elsewhere {
            what: n.what.into(),
            how: n.how.into(),
            url: n.url.into(),
            steps: n.steps.into(),
        })
        .collect()
}

pub(super) fn notices_for(svc: &'static Service, findings: &[Finding], ui: &str) -> Vec<Notice> {
    svc.settings
        .iter()
        .filter(|st| {
            matches!(st.control, "form" | "email" | "none")
                && !findings.iter().any(|f| f.setting.as_deref() == Some(st.id))
        })
        .map(|st| Notice {
            service: svc.id.into(),
            setting: st.id.into(),
            name: st.name.into(),
            concern: Concern::parse(st.concern),
            explanation: explain::notice_text(svc, st, ui),
            elsewhere: elsewhere(st),
            sources: sources_of(st),
        })
        .collect()
}
