//! The catalog: what Unticked knows about each service's settings, compiled from
//! `catalog/*.json` by `build.rs` (see `catalog/SCHEMA.md`). Facts live there, not in code.

use crate::text::{fold, has_phrase};

#[derive(Debug)]
pub struct Service {
    pub id: &'static str,
    pub name: &'static str,
    pub hosts: &'static [&'static str],
    pub settings: &'static [Setting],
}

#[derive(Debug)]
pub struct Setting {
    pub id: &'static str,
    pub name: &'static str,
    pub settings_urls: &'static [&'static str],
    pub path: &'static str,
    pub concern: &'static str,
    pub control: &'static str,
    pub polarity: &'static str,
    /// Lowercase phrases in every language the service ships, one per line (the catalog
    /// files group them by language; the engine does not need to know which).
    pub matches: &'static str,
    pub label_confidence: &'static str,
    pub shares: &'static [&'static str],
    pub excluded: &'static [&'static str],
    pub recipients: &'static [&'static str],
    pub defaults: &'static [RegionDefault],
    pub retroactive_opt_out: Option<bool>,
    pub retroactive_note: &'static str,
    pub retroactive_source: Option<usize>,
    pub not_on_page: &'static [NotOnPage],
    pub allegations: &'static [Allegation],
    pub notes: &'static [&'static str],
    pub sources: &'static [Source],
}

#[derive(Debug)]
pub struct RegionDefault {
    pub regions: &'static [&'static str],
    pub state: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    pub note: &'static str,
    pub source: Option<usize>,
}

#[derive(Debug)]
pub struct NotOnPage {
    pub what: &'static str,
    pub how: &'static str,
    pub url: &'static str,
    pub steps: &'static str,
    pub source: Option<usize>,
}

#[derive(Debug)]
pub struct Allegation {
    pub text: &'static str,
    pub response: &'static str,
    pub source: usize,
}

#[derive(Debug)]
pub struct Source {
    pub url: &'static str,
    pub kind: &'static str,
    pub title: &'static str,
    pub checked: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

/// The host of a URL, lowercase, without port or credentials ("" when there is none).
pub fn host_of(url: &str) -> String {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit('@').next().unwrap_or("");
    let host = host.split(':').next().unwrap_or("");
    host.trim_end_matches('.').to_ascii_lowercase()
}

/// Services whose hosts cover `url`'s host (a listed host matches itself and its subdomains).
/// The most specific host wins first (gemini.google.com before google.com).
pub fn services_for(url: &str) -> Vec<&'static Service> {
    let host = host_of(url);
    if host.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(usize, &'static Service)> = SERVICES
        .iter()
        .filter_map(|s| {
            s.hosts
                .iter()
                .filter(|h| host == **h || host.ends_with(&format!(".{h}")))
                .map(|h| h.len())
                .max()
                .map(|len| (len, s))
        })
        .collect();
    found.sort_by_key(|(len, _)| std::cmp::Reverse(*len));
    found.into_iter().map(|(_, s)| s).collect()
}

/// The catalog setting a control is, on a page of one of `services`: the first setting with a
/// phrase found in the control's name, else in its name and description together. Longer
/// phrases are tried first so the most specific wording wins.
pub fn match_setting(services: &[&'static Service], name: &str, description: &str) -> Option<(&'static Service, &'static Setting)> {
    if services.is_empty() {
        return None;
    }
    let fname = fold(name);
    let fboth = format!("{} {}", fname, fold(description));
    for hay in [&fname, &fboth] {
        let mut best: Option<(usize, &'static Service, &'static Setting)> = None;
        for svc in services {
            for st in svc.settings {
                for p in folded_phrases(st) {
                    if p.len() > best.map_or(0, |b| b.0) && has_phrase(hay, p) {
                        best = Some((p.len(), svc, st));
                    }
                }
            }
        }
        if let Some((_, svc, st)) = best {
            return Some((svc, st));
        }
    }
    None
}

/// A setting's match phrases, folded once (the catalog keeps them as written).
fn folded_phrases(st: &'static Setting) -> &'static [String] {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static CACHE: OnceLock<Mutex<HashMap<&'static str, &'static [String]>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    let mut map = cache.lock().unwrap_or_else(|e| e.into_inner());
    map.entry(st.id).or_insert_with(|| Box::leak(st.matches.lines().map(fold).collect::<Vec<_>>().into_boxed_slice()))
}

/// Browser match patterns for every catalogued settings page (for the extension manifest).
pub fn settings_page_patterns() -> Vec<String> {
    let mut out: Vec<String> = SERVICES
        .iter()
        .flat_map(|s| s.settings.iter())
        .flat_map(|st| st.settings_urls.iter())
        .filter(|u| u.starts_with("https://"))
        .map(|u| {
            let host = host_of(u);
            format!("https://{host}/*")
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_and_lookup() {
        assert_eq!(host_of("https://user@www.LinkedIn.com:443/x?y"), "www.linkedin.com");
        assert_eq!(host_of("linkedin.com/mypreferences"), "linkedin.com");
        let s = services_for("https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement");
        assert_eq!(s.first().map(|s| s.id), Some("linkedin"));
        assert!(services_for("https://notlinkedin.com/").is_empty());
        assert!(services_for("").is_empty());
    }

    #[test]
    fn catalog_is_broad_and_sourced() {
        assert!(SERVICES.len() >= 30, "{} services", SERVICES.len());
        for s in SERVICES {
            for st in s.settings {
                assert!(!st.sources.is_empty(), "{}", st.id);
            }
        }
    }
}
