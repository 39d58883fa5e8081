//! Local history: when each switch was first seen and in what state, so the inspector and the
//! badge can say "new since your last visit" and "switched back to sharing".
//!
//! Stored by the extension in `storage.local` as this versioned structure. Older versions are
//! migrated; anything unreadable is kept verbatim in `legacy` rather than thrown away.
//!
//! Only settings pages are kept: a catalogued settings page (`catalog::is_settings_page`), or a
//! page where a data-use switch was seen. Visiting anything else leaves no trace; version 3
//! dropped the other pages earlier versions had stored (a repository, an inbox, a product page).

use crate::catalog::{host_of, is_settings_page};
use crate::classify::Concern;
use crate::findings::Report;
use crate::keyed::Keyed;
use crate::text::fold;
use serde::{Deserialize, Serialize};

pub const VERSION: u32 = 3;
/// Pages remembered; the least recently seen are dropped first.
pub const MAX_PAGES: usize = 300;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SwitchRecord {
    pub label: String,
    pub concern: String,
    pub first_seen: String,
    pub first_state: String,
    pub first_sharing: Option<bool>,
    pub last_seen: String,
    pub last_state: String,
    pub last_sharing: Option<bool>,
}

impl SwitchRecord {
    /// A switch seen for the first time: first and last sighting are the same.
    fn seen(label: &str, concern: &str, when: &str, state: &str, sharing: Option<bool>) -> Self {
        SwitchRecord {
            label: label.into(),
            concern: concern.into(),
            first_seen: when.into(),
            first_state: state.into(),
            first_sharing: sharing,
            last_seen: when.into(),
            last_state: state.into(),
            last_sharing: sharing,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PageRecord {
    pub url: String,
    pub last_seen: String,
    pub switches: Keyed<SwitchRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct History {
    pub version: u32,
    pub pages: Keyed<PageRecord>,
    /// Stored data this version could not read, kept as it was (JSON text).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub legacy: Vec<String>,
    /// Stored history this version could not read, moved under keys of its own (never
    /// overwritten): "key: why", for the inspector to say so.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub set_aside: Vec<String>,
}

/// Where to copy what storage held before writing the new history, and why.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SetAside {
    pub key: String,
    pub reason: String,
}

impl Default for History {
    fn default() -> Self {
        History {
            version: VERSION,
            pages: Keyed::new(),
            legacy: Vec::new(),
            set_aside: Vec::new(),
        }
    }
}

/// A version-1 entry (extension 0.0.x kept one flat `seen` map of switches keyed by label).
#[derive(Debug, Clone, Deserialize)]
pub struct V1Entry {
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub first_seen: String,
    #[serde(default)]
    pub state: String,
}

/// Whatever storage held, read by shape with every field optional (cheaper in Wasm than an
/// untagged enum, and it never fails on a missing field).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Stored {
    #[serde(default)]
    pub version: u32,
    #[serde(default)]
    pub pages: Option<Keyed<PageRecord>>,
    #[serde(default)]
    pub seen: Option<Keyed<V1Entry>>,
    #[serde(default)]
    pub legacy: Vec<String>,
    #[serde(default)]
    pub set_aside: Vec<String>,
}

/// What storage held, read: the history to go on with and, when storage held something this
/// version cannot read (corrupt, or written by a newer Unticked), why, so the caller keeps it
/// aside under its own key (`aside_key`) instead of writing over it.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub history: History,
    pub aside: Option<String>,
}

impl Loaded {
    fn fresh(reason: String) -> Self {
        Loaded {
            history: History::default(),
            aside: Some(reason),
        }
    }
}

/// The storage key for data set aside at `now` (a new key each time: nothing is overwritten).
pub fn aside_key(now: &str) -> String {
    format!("history-aside-{now}")
}

impl Loaded {
    /// The history to write back: when storage held something unreadable, it names the key
    /// the caller must first copy that to (`aside_key(now)`), and why.
    pub fn into_history(self, now: &str) -> (History, Option<SetAside>) {
        let mut h = self.history;
        let aside = self.aside.map(|reason| SetAside {
            key: aside_key(now),
            reason,
        });
        if let Some(a) = &aside {
            h.set_aside.push(format!("{}: {}", a.key, a.reason));
        }
        (h, aside)
    }
}

/// Import an exported history into this one: every page of either, and for a page both know,
/// the one seen last. Export → clear → import gives back the same history.
pub fn merge(into: &mut History, other: History) {
    for (k, p) in other.pages {
        match into.pages.get(&k) {
            Some(mine) if mine.last_seen >= p.last_seen => {}
            _ => {
                into.pages.insert(k, p);
            }
        }
    }
    // Entries this history already holds are not added twice; the import's own are kept as
    // they are (duplicates too: an import into a cleared history gives it back exactly).
    let (legacy, aside) = (into.legacy.len(), into.set_aside.len());
    for l in other.legacy {
        if !into.legacy[..legacy].contains(&l) {
            into.legacy.push(l);
        }
    }
    for a in other.set_aside {
        if !into.set_aside[..aside].contains(&a) {
            into.set_aside.push(a);
        }
    }
}

impl Stored {
    /// What a newer Unticked wrote is set aside whole (its shape may be anything).
    pub fn newer(version: f64) -> Option<Loaded> {
        // Printed as a whole number: formatting an f64 would add 20 KB of Wasm.
        let whole = version.min(u32::MAX as f64) as u32;
        (version > VERSION as f64).then(|| {
            Loaded::fresh(format!(
                "written by a newer Unticked (history version {whole}; this one reads up to {VERSION})"
            ))
        })
    }

    /// Read a stored value that did not parse as any version's shape.
    pub fn unreadable(error: &str) -> Loaded {
        Loaded::fresh(format!("not readable as Unticked history ({error})"))
    }

    pub fn migrate(self) -> History {
        let mut h = match self.pages {
            // Current shape (a newer version never gets here: `Stored::newer` sets it aside).
            Some(pages) => History {
                version: VERSION,
                pages,
                legacy: self.legacy,
                set_aside: self.set_aside,
            },
            None => {
                let mut h = History {
                    legacy: self.legacy,
                    set_aside: self.set_aside,
                    ..History::default()
                };
                for (label, e) in self.seen.unwrap_or_default() {
                    let key = page_key(&e.url);
                    let page = h.pages.get_or_insert_with(key, || PageRecord {
                        url: e.url.clone(),
                        last_seen: e.first_seen.clone(),
                        ..Default::default()
                    });
                    let sharing = match e.state.as_str() {
                        "on" => Some(true),
                        "off" => Some(false),
                        _ => None,
                    };
                    page.switches.insert(
                        fold(&label),
                        SwitchRecord::seen(&label, "ai-training", &e.first_seen, &e.state, sharing),
                    );
                }
                h
            }
        };
        if self.version < 3 {
            // Versions 1 and 2 remembered every page the background read on a catalogued site.
            h.pages.retain(kept);
        }
        h
    }
}

/// A page history may hold: a catalogued settings page, or one with a data-use switch on it.
fn kept(p: &PageRecord) -> bool {
    !p.switches.is_empty() || is_settings_page(&p.url)
}

/// Stored history as JSON text (the CLI, tests and the fuzzer; the extension reads a JS value).
#[cfg(not(target_arch = "wasm32"))]
pub fn load_json(bytes: &[u8]) -> Loaded {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return load_stored(None, || Err(String::new()));
    }
    match serde_json::from_slice::<serde_json::Value>(bytes) {
        Ok(serde_json::Value::Null) => load_stored(None, || Err(String::new())),
        Ok(v) => load_stored(Some(v["version"].as_f64().unwrap_or(0.0)), || {
            serde_json::from_value::<Stored>(v).map_err(|e| e.to_string())
        }),
        Err(e) => Stored::unreadable(&e.to_string()),
    }
}

/// The one rule for what storage held, whatever decoded it (JSON here, a JS value in the
/// extension): nothing (`version` None) is a fresh history; a newer version or what cannot be
/// decoded is set aside; anything else is migrated.
pub fn load_stored(
    version: Option<f64>,
    decode: impl FnOnce() -> Result<Stored, String>,
) -> Loaded {
    let Some(version) = version else {
        return Loaded {
            history: History::default(),
            aside: None,
        };
    };
    if let Some(newer) = Stored::newer(version) {
        return newer;
    }
    match decode() {
        Ok(s) => Loaded {
            history: s.migrate(),
            aside: None,
        },
        Err(e) => Stored::unreadable(&e),
    }
}

/// What history needs from a scan (built from a `Report`, or read from one the JS side holds):
/// the switches seen whose sharing is known, a few on a page of thousands of controls, so the
/// inspector and the background hand history this instead of the whole report.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Seen {
    pub url: String,
    pub findings: Vec<SeenSwitch>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SeenSwitch {
    pub label: String,
    #[serde(default)]
    pub section: Vec<String>,
    pub concern: String,
    pub control_state: String,
    pub sharing: Option<bool>,
    pub visible: bool,
    #[serde(default)]
    pub setting: Option<String>,
}

impl From<&Report> for Seen {
    fn from(r: &Report) -> Self {
        Seen {
            url: r.url.clone(),
            findings: r
                .findings
                .iter()
                .filter(|f| f.visible && f.sharing.is_some()) // what `update` reads
                .map(|f| SeenSwitch {
                    label: f.label.clone(),
                    section: f.section.clone(),
                    concern: f.concern.as_str().into(),
                    control_state: f.control_state.clone(),
                    sharing: f.sharing,
                    visible: f.visible,
                    setting: f.setting.clone(),
                })
                .collect(),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Changes {
    /// Labels of data-use switches that were not there on the last visit to this page.
    pub new: Vec<String>,
    /// Labels of switches that were not sharing last time and are sharing now.
    pub flipped_back: Vec<String>,
    /// True on the first visit to this page (nothing to compare with).
    pub first_visit: bool,
}

/// Host + path: the same settings page across query strings and fragments (but keeping
/// ChatGPT-style `#settings/...` routes, which are the page).
pub fn page_key(url: &str) -> String {
    let host = host_of(url);
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let path = rest.find('/').map(|i| &rest[i..]).unwrap_or("/");
    let (path, frag) = path.split_once('#').unwrap_or((path, ""));
    let path = path.split('?').next().unwrap_or("/");
    if frag.starts_with("settings") {
        [&host, path, "#", frag].concat()
    } else {
        [&host, path].concat()
    }
}

/// The key a switch is kept under: the catalog's setting id, else its folded section and name
/// (the inspector keys turn-off statuses the same way).
pub fn switch_key(setting: Option<&str>, label: &str, section: &[String]) -> String {
    match setting {
        Some(id) => id.to_string(),
        None => fold(&format!("{} / {}", section.join(" / "), label)),
    }
}

/// Record this scan and say what changed since the last visit to the same page.
pub fn update(history: &mut History, report: &Seen, now: &str) -> Changes {
    let key = page_key(&report.url);
    let first_visit = !history.pages.contains_key(&key);
    let page = history
        .pages
        .get_or_insert_with(key.clone(), || PageRecord {
            url: report.url.clone(),
            ..Default::default()
        });
    page.last_seen = now.to_string();
    let mut changes = Changes {
        first_visit,
        ..Default::default()
    };
    for f in report
        .findings
        .iter()
        .filter(|f| f.visible && f.sharing.is_some())
    {
        let k = switch_key(f.setting.as_deref(), &f.label, &f.section);
        match page.switches.get_mut(&k) {
            Some(rec) => {
                if rec.last_sharing == Some(false)
                    && f.sharing == Some(true)
                    && f.concern == Concern::AiTraining.as_str()
                {
                    changes.flipped_back.push(f.label.clone());
                }
                rec.last_seen = now.to_string();
                rec.last_state = f.control_state.clone();
                rec.last_sharing = f.sharing;
            }
            None => {
                if !first_visit && f.concern == Concern::AiTraining.as_str() {
                    changes.new.push(f.label.clone());
                }
                page.switches.insert(
                    k,
                    SwitchRecord::seen(&f.label, &f.concern, now, &f.control_state, f.sharing),
                );
            }
        }
    }
    if first_visit && !kept(page) {
        history.pages.remove(&key);
    }
    while history.pages.len() > MAX_PAGES {
        let oldest = history
            .pages
            .iter()
            .min_by(|a, b| a.1.last_seen.cmp(&b.1.last_seen))
            .map(|(k, _)| k.clone());
        match oldest {
            Some(k) => {
                history.pages.remove(&k);
            }
            None => break,
        }
    }
    changes
}

/// The record of one finding, for "first seen … as …" in the inspector.
pub fn record_for<'h>(
    history: &'h History,
    report: &Report,
    f: &crate::findings::Finding,
) -> Option<&'h SwitchRecord> {
    history
        .pages
        .get(&page_key(&report.url))?
        .switches
        .get(&switch_key(f.setting.as_deref(), &f.label, &f.section))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::{scan, Capture, ScanOptions};

    fn report(checked: bool) -> Report {
        let html = format!(
            r#"<html><head><link rel=canonical href="https://app.notes.test/settings?x=1"></head><body><label><input type=checkbox {}> Use my notes to train our AI models</label></body></html>"#,
            if checked { "checked" } else { "" }
        );
        scan(&Capture::from_html(html), &ScanOptions::default()).unwrap()
    }

    #[test]
    fn first_visit_then_flip_back() {
        let mut h = History::default();
        let c = update(&mut h, &(&report(false)).into(), "2026-11-01T00:00:00Z");
        assert!(c.first_visit && c.new.is_empty());
        let c = update(&mut h, &(&report(true)).into(), "2026-11-02T00:00:00Z");
        assert_eq!(
            c.flipped_back,
            vec!["Use my notes to train our AI models".to_string()]
        );
        let rec = h
            .pages
            .values()
            .next()
            .unwrap()
            .switches
            .values()
            .next()
            .unwrap();
        assert_eq!(rec.first_sharing, Some(false));
        assert_eq!(rec.first_seen, "2026-11-01T00:00:00Z");
        assert_eq!(rec.last_sharing, Some(true));
    }

    #[test]
    fn migrates_v1_and_sets_newer_aside() {
        let v1: Stored = serde_json::from_str(r#"{"version":1,"seen":{"Block AI training":{"url":"https://x.substack.com/publish/settings","first_seen":"2025-01-01","state":"off"}}}"#).unwrap();
        let h = v1.migrate();
        assert_eq!(h.version, VERSION);
        assert_eq!(h.pages["x.substack.com/publish/settings"].switches.len(), 1);
        let v9 = load_json(br#"{"version":9,"pages":{}}"#);
        assert_eq!(v9.history, History::default());
        assert!(v9.aside.unwrap().contains("version 9"));
    }

    #[test]
    fn only_settings_pages_are_kept() {
        let seen = |url: &str| Seen {
            url: url.into(),
            findings: Vec::new(),
        };
        let mut h = History::default();
        for url in [
            "https://github.com/rust-lang/rust",
            "https://mail.google.com/mail/u/0/#inbox",
            "https://www.amazon.com/dp/B0CX23V2ZK",
        ] {
            update(&mut h, &seen(url), "2026-11-01T00:00:00Z");
        }
        assert!(
            h.pages.is_empty(),
            "{:?}",
            h.pages.keys().collect::<Vec<_>>()
        );
        update(
            &mut h,
            &seen("https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"),
            "2026-11-01T00:00:00Z",
        );
        update(&mut h, &(&report(false)).into(), "2026-11-01T00:00:00Z");
        assert_eq!(h.pages.len(), 2, "{:?}", h.pages.keys().collect::<Vec<_>>());

        // Version 2 kept every page the background read; version 3 drops what is not a settings page.
        let v2: Stored = serde_json::from_str(
            r#"{"version":2,"pages":{
              "github.com/rust-lang/rust":{"url":"https://github.com/rust-lang/rust","last_seen":"2026-01-01","switches":{}},
              "mail.google.com/mail/u/0/":{"url":"https://mail.google.com/mail/u/0/#inbox","last_seen":"2026-01-01","switches":{}},
              "www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement":{"url":"https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement","last_seen":"2026-01-01","switches":{}},
              "app.notes.test/settings":{"url":"https://app.notes.test/settings","last_seen":"2026-01-01","switches":{"x":{"label":"Train AI","concern":"ai-training","first_seen":"2026-01-01","first_state":"on","first_sharing":true,"last_seen":"2026-01-01","last_state":"on","last_sharing":true}}}
            }}"#,
        )
        .unwrap();
        let h = v2.migrate();
        assert_eq!(h.version, VERSION);
        assert_eq!(
            h.pages.keys().collect::<Vec<_>>(),
            [
                "app.notes.test/settings",
                "www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
            ]
        );
        // Version 3 data is not filtered again (nothing to drop).
        let v3: Stored = serde_json::from_str(
            r#"{"version":3,"pages":{"a/b":{"url":"https://a/b","last_seen":"","switches":{}}}}"#,
        )
        .unwrap();
        assert_eq!(v3.migrate().pages.len(), 1);
    }

    #[test]
    fn page_keys() {
        assert_eq!(
            page_key("https://chatgpt.com/#settings/DataControls"),
            "chatgpt.com/#settings/DataControls"
        );
        assert_eq!(page_key("https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement?trk=x#top"), "www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement");
    }
}
