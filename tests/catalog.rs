//! One generated test per catalog setting: each of its match phrases, as the name of a switch on
//! a page of its service, is recognised as that setting and no other. A phrase of one setting
//! that another setting's longer phrase contains would silently send its switch to the wrong
//! entry (wrong explanation, default and sources); this fails when that happens.

use unticked::catalog::{match_setting, services, services_for};
use unticked::findings::ScanOptions;
use unticked::{scan, Capture};

/// An address on the service's site: its first settings page, else its first host. None for
/// a browser's own settings (about:preferences, edge://settings), which no extension can read.
fn url_of(svc: &unticked::catalog::Service, st: &unticked::catalog::Setting) -> Option<String> {
    let url = st
        .settings_urls
        .first()
        .map(|u| u.replace('*', "0"))
        .unwrap_or_else(|| format!("https://{}/settings", svc.hosts[0].trim_start_matches("*.")));
    url.starts_with("https://").then_some(url)
}

#[test]
fn every_match_phrase_names_its_own_setting() {
    let mut checked = 0;
    let mut wrong = Vec::new();
    for svc in services() {
        for st in svc.settings {
            let Some(url) = url_of(svc, st) else { continue };
            let here = services_for(&url);
            for phrase in st.matches.split('\u{1e}').filter(|p| !p.trim().is_empty()) {
                checked += 1;
                match match_setting(&here, phrase, "") {
                    Some((_, got)) if got.id == st.id => {}
                    got => wrong.push(format!(
                        "{}: \"{phrase}\" on {url} is read as {:?}",
                        st.id,
                        got.map(|(_, s)| s.id)
                    )),
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} phrases");
    assert!(
        wrong.is_empty(),
        "{} of {checked} phrases:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// The same, end to end: a page of the service with one switch per phrase of a switchable
/// setting; every finding carries that setting's id.
#[test]
fn every_switchable_setting_is_found_on_its_page() {
    let mut wrong = Vec::new();
    for svc in services() {
        for st in svc
            .settings
            .iter()
            .filter(|s| matches!(s.control, "toggle" | "checkbox"))
        {
            let Some(url) = url_of(svc, st) else { continue };
            let phrases: Vec<&str> = st
                .matches
                .split('\u{1e}')
                .filter(|p| !p.trim().is_empty())
                .collect();
            let rows: String = phrases
                .iter()
                .map(|p| {
                    format!(
                        "<div><label><input type=checkbox checked> {}</label></div>",
                        p.replace('<', "&lt;")
                    )
                })
                .collect();
            let html = format!("<!doctype html><html><body><main>{rows}</main></body></html>");
            let r = scan(
                &Capture::from_html(html),
                &ScanOptions {
                    url: Some(url.clone()),
                    ..Default::default()
                },
            )
            .unwrap();
            let ids: Vec<Option<&str>> = r.findings.iter().map(|f| f.setting.as_deref()).collect();
            if ids.len() != phrases.len() || ids.iter().any(|i| *i != Some(st.id)) {
                wrong.push(format!(
                    "{} on {url}: {} phrases, findings' settings {:?}",
                    st.id,
                    phrases.len(),
                    ids
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
