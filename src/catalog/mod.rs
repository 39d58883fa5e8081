//! The catalog: what Unticked knows about each service's settings, compiled from
//! `catalog/*.json` by `build.rs` (see `catalog/SCHEMA.md`). Facts live there, not in code.

use crate::text::{fold, has_phrase};
use std::sync::OnceLock;

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
    /// Phrases in every language the service ships, folded by build.rs as the engine folds
    /// what it reads, separated by U+001E (the catalog files group them by language; the
    /// engine does not need to know which).
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

/// Every catalogued service, read once from the engine's data (`crate::data`; empty in a Wasm
/// whose host has not handed it over).
pub fn services() -> &'static [Service] {
    static ALL: OnceLock<&'static [Service]> = OnceLock::new();
    match crate::data::text() {
        Some(t) => ALL.get_or_init(|| parse(t)),
        None => &[],
    }
}

/// Leak a list for the life of the program (the catalog is read once and kept).
fn keep<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

/// The catalog records of the data (see build.rs): a tag, then fields separated by U+001F,
/// lists inside a field by U+001E. A setting's sources, defaults, other places and
/// allegations follow it.
fn parse(text: &'static str) -> &'static [Service] {
    struct Draft {
        id: &'static str,
        name: &'static str,
        hosts: &'static [&'static str],
        settings: Vec<Setting>,
    }
    #[derive(Default)]
    struct Parts {
        sources: Vec<Source>,
        defaults: Vec<RegionDefault>,
        not_on_page: Vec<NotOnPage>,
        allegations: Vec<Allegation>,
    }
    fn items(f: &'static str) -> &'static [&'static str] {
        keep(if f.is_empty() {
            Vec::new()
        } else {
            f.split('\u{1e}').collect()
        })
    }
    fn idx(f: &str) -> Option<usize> {
        f.parse().ok()
    }
    // Give the setting read last the parts that followed it.
    fn flush(d: &mut Option<Draft>, p: &mut Parts) {
        if let Some(last) = d.as_mut().and_then(|d| d.settings.last_mut()) {
            let p = std::mem::take(p);
            last.sources = keep(p.sources);
            last.defaults = keep(p.defaults);
            last.not_on_page = keep(p.not_on_page);
            last.allegations = keep(p.allegations);
        }
    }
    let mut out: Vec<Service> = Vec::new();
    let mut draft: Option<Draft> = None;
    let mut parts = Parts::default();
    for line in text.lines() {
        let mut f = line.split('\u{1f}');
        let tag = f.next().unwrap_or("");
        let mut g = || f.next().unwrap_or("");
        match tag {
            "S" => {
                flush(&mut draft, &mut parts);
                if let Some(d) = draft.take() {
                    out.push(Service {
                        id: d.id,
                        name: d.name,
                        hosts: d.hosts,
                        settings: keep(d.settings),
                    });
                }
                draft = Some(Draft {
                    id: g(),
                    name: g(),
                    hosts: items(g()),
                    settings: Vec::new(),
                });
            }
            "T" => {
                flush(&mut draft, &mut parts);
                let st = Setting {
                    id: g(),
                    name: g(),
                    settings_urls: items(g()),
                    path: g(),
                    concern: g(),
                    control: g(),
                    polarity: g(),
                    matches: g(),
                    label_confidence: g(),
                    shares: items(g()),
                    excluded: items(g()),
                    recipients: items(g()),
                    retroactive_opt_out: g().parse().ok(),
                    retroactive_note: g(),
                    retroactive_source: idx(g()),
                    notes: items(g()),
                    defaults: &[],
                    not_on_page: &[],
                    allegations: &[],
                    sources: &[],
                };
                if let Some(d) = draft.as_mut() {
                    d.settings.push(st);
                }
            }
            "R" => parts.sources.push(Source {
                url: g(),
                kind: g(),
                title: g(),
                checked: g(),
            }),
            "D" => parts.defaults.push(RegionDefault {
                regions: items(g()),
                state: g(),
                from: g(),
                to: g(),
                note: g(),
                source: idx(g()),
            }),
            "N" => parts.not_on_page.push(NotOnPage {
                what: g(),
                how: g(),
                url: g(),
                steps: g(),
                source: idx(g()),
            }),
            "A" => parts.allegations.push(Allegation {
                text: g(),
                response: g(),
                source: idx(g()).unwrap_or(0),
            }),
            _ => {}
        }
    }
    flush(&mut draft, &mut parts);
    if let Some(d) = draft.take() {
        out.push(Service {
            id: d.id,
            name: d.name,
            hosts: d.hosts,
            settings: keep(d.settings),
        });
    }
    keep(out)
}

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
    let found: Vec<(usize, &'static Service)> = services()
        .iter()
        .filter_map(|s| {
            s.hosts
                .iter()
                .filter(|h| host == **h || host.strip_suffix(**h).is_some_and(|r| r.ends_with('.')))
                .map(|h| h.len())
                .max()
                .map(|len| (len, s))
        })
        .collect();
    // Unstable with the catalog order as tie-break (the stable sort costs the Wasm KBs).
    let mut order: Vec<(std::cmp::Reverse<usize>, usize)> = found
        .iter()
        .enumerate()
        .map(|(i, (len, _))| (std::cmp::Reverse(*len), i))
        .collect();
    crate::sort::sort(&mut order);
    order.into_iter().map(|(_, i)| found[i].1).collect()
}

/// The catalog setting a control is, on a page of one of `services`: the first setting with a
/// phrase found in the control's name, else in its name and description together. Longer
/// phrases are tried first so the most specific wording wins.
pub fn match_setting(
    services: &[&'static Service],
    name: &str,
    description: &str,
) -> Option<(&'static Service, &'static Setting)> {
    if services.is_empty() {
        return None;
    }
    let fname = fold(name);
    let fboth = [&fname[..], " ", &fold(description)].concat();
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

/// A setting's match phrases, folded (build.rs folds them as the engine folds what it reads).
fn folded_phrases(st: &'static Setting) -> impl Iterator<Item = &'static str> {
    st.matches.split('\u{1e}')
}

/// The catalogued settings pages, path-precise: each `https://` settings URL with its path,
/// query and hash route (`https://chatgpt.com/#settings/DataControls`); a one-digit account
/// segment (Gmail's `/u/0/`) stands for any (`*`). These, never whole sites, are what the
/// background reads on its own and what history keeps (see `is_settings_page`).
pub fn settings_page_patterns() -> Vec<String> {
    let mut out: Vec<String> = pages(None)
        .map(|u| {
            let (host, path, rest) = split_url(u);
            let path: Vec<&str> = path
                .split('/')
                .map(|seg| if any_segment(seg) { "*" } else { seg })
                .collect();
            format!("https://{host}{}{rest}", path.join("/"))
        })
        .collect();
    crate::sort::sort(&mut out);
    out.dedup();
    out
}

/// The catalog's `https://` settings URLs, of all services or one.
fn pages(service: Option<&str>) -> impl Iterator<Item = &'static str> + '_ {
    services()
        .iter()
        .filter(move |s| service.is_none_or(|id| s.id == id))
        .flat_map(|s| {
            s.settings
                .iter()
                .flat_map(|st| st.settings_urls.iter().copied())
        })
        .filter(|u| u.starts_with("https://"))
}

/// A one-digit path segment: an account index (Gmail's `/u/0/`), any account.
fn any_segment(seg: &str) -> bool {
    seg.len() == 1 && seg.as_bytes()[0].is_ascii_digit()
}

/// Authority, path (at least "/") and the rest (`?query#hash`) of a URL after its scheme.
fn split_url(url: &str) -> (&str, &str, &str) {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (host, tail) = rest.split_at(end);
    let q = tail.find(['?', '#']).unwrap_or(tail.len());
    let path = if q == 0 { "/" } else { &tail[..q] };
    (host, path, &tail[q..])
}

/// The sites (host names) of the catalogued settings pages, of all services or one, in catalog
/// order. Browsers grant site access per origin (`https://{host}/*`), so these make the
/// optional host permissions.
pub fn settings_hosts(service: Option<&str>) -> Vec<String> {
    // Plain loops, here and in `is_settings_page`: both run in the extension's Wasm, where each
    // iterator chain costs code size.
    let mut out: Vec<String> = Vec::new();
    for s in services()
        .iter()
        .filter(|s| service.is_none_or(|id| s.id == id))
    {
        for st in s.settings {
            for u in st
                .settings_urls
                .iter()
                .filter(|u| u.starts_with("https://"))
            {
                let h = host_of(u);
                if !out.contains(&h) {
                    out.push(h);
                }
            }
        }
    }
    out
}

/// Is `url` one of the catalogued settings pages, or a page under one? It must be `https`, on
/// the page's host, with each of its path segments (a one-digit one: any), and with the page's
/// query and hash route when the page has them (otherwise any). The root matches only itself.
pub fn is_settings_page(url: &str) -> bool {
    !settings_on_page(url).is_empty()
}

/// Does `url`'s path or hash route look like a settings page ("/settings/privacy",
/// "#settings/DataControls", "PrivacySettings.action", "/account/privacy") rather than a feed,
/// an inbox or a product? Sites name these routes in English whatever the interface language.
pub fn looks_like_settings(url: &str) -> bool {
    const ROUTES: [&str; 9] = [
        "setting",
        "preferenc",
        "privacy",
        "account",
        "config",
        "admin",
        "control",
        "permission",
        "security",
    ];
    let (_, path, rest) = split_url(url);
    let route = format!("{path}{rest}").to_ascii_lowercase();
    ROUTES.iter().any(|w| route.contains(w))
}

/// The catalog settings whose settings pages `url` is (path-precise, as `is_settings_page`).
pub fn settings_on_page(url: &str) -> Vec<(&'static Service, &'static Setting)> {
    let mut out = Vec::new();
    if !url
        .get(..8)
        .is_some_and(|s| s.eq_ignore_ascii_case("https://"))
    {
        return out;
    }
    let host = host_of(url);
    let (_, upath, urest) = split_url(url);
    let (uq, uh) = query_hash(urest);
    for s in services() {
        for st in s.settings {
            for p in st
                .settings_urls
                .iter()
                .filter(|u| u.starts_with("https://"))
            {
                let (_, ppath, prest) = split_url(p);
                let (pq, ph) = query_hash(prest);
                let ppath = ppath.trim_end_matches('/');
                let mut segs = upath.split('/');
                let path_ok = if ppath.is_empty() {
                    upath == "/"
                } else {
                    ppath
                        .split('/')
                        .all(|w| segs.next().is_some_and(|g| g == w || any_segment(w)))
                };
                if path_ok && host_of(p) == host && starts(pq, uq, '&') && starts(ph, uh, '/') {
                    out.push((s, st));
                    break;
                }
            }
        }
    }
    out
}

/// `?query#hash` as the query and the hash, each without its sign ("": none).
fn query_hash(rest: &str) -> (&str, &str) {
    let (q, h) = rest.split_once('#').unwrap_or((rest, ""));
    (q.trim_start_matches('?'), h)
}

/// `got` is `want` or continues it after `sep` (`want` empty: anything).
fn starts(want: &str, got: &str, sep: char) -> bool {
    want.is_empty()
        || got
            .strip_prefix(want)
            .is_some_and(|r| r.is_empty() || r.starts_with(sep))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_and_lookup() {
        assert_eq!(
            host_of("https://user@www.LinkedIn.com:443/x?y"),
            "www.linkedin.com"
        );
        assert_eq!(host_of("linkedin.com/mypreferences"), "linkedin.com");
        let s = services_for(
            "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
        );
        assert_eq!(s.first().map(|s| s.id), Some("linkedin"));
        assert!(services_for("https://notlinkedin.com/").is_empty());
        assert!(services_for("").is_empty());
    }

    #[test]
    fn settings_pages_not_sites() {
        let pats = settings_page_patterns();
        assert!(
            pats.contains(&"https://mail.google.com/mail/u/*/#settings/general".to_string()),
            "{pats:?}"
        );
        assert!(pats.iter().all(|p| !p.ends_with("/*")), "{pats:?}");
        for yes in [
            "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
            "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement/?trk=x#top",
            "https://github.com/settings/copilot/features",
            "https://chatgpt.com/#settings/DataControls",
            "https://mail.google.com/mail/u/1/#settings/general",
            "https://grok.com/?_s=data",
            "HTTPS://WWW.LinkedIn.com:443/mypreferences/d/settings/data-for-ai-improvement",
        ] {
            assert!(is_settings_page(yes), "{yes}");
        }
        for no in [
            "https://github.com/rust-lang/rust",
            "https://github.com/settings/copilotx",
            "https://mail.google.com/mail/u/0/#inbox",
            "https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTVbq",
            "https://mail.google.com/mail/u/0/",
            "https://www.amazon.com/dp/B0CX23V2ZK",
            "https://chatgpt.com/",
            "https://chatgpt.com/c/6650#settings/DataControls",
            "https://www.linkedin.com/feed/",
            "http://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
            "https://www.linkedin.com.evil.test/mypreferences/d/settings/data-for-ai-improvement",
            "https://gemini.google.com/app",
            "https://grok.com/?_s=database",
            "about:preferences",
            "",
        ] {
            assert!(!is_settings_page(no), "{no}");
        }
        assert_eq!(
            settings_hosts(Some("linkedin")),
            vec!["www.linkedin.com".to_string()]
        );
        assert_eq!(settings_hosts(Some("google-gemini")).len(), 2);
        assert!(settings_hosts(None).contains(&"mail.google.com".to_string()));
    }

    #[test]
    fn catalog_is_broad_and_sourced() {
        assert!(services().len() >= 30, "{} services", services().len());
        for s in services() {
            for st in s.settings {
                assert!(!st.sources.is_empty(), "{}", st.id);
            }
        }
    }
}
