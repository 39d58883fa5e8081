//! Checkup (issue 10): every catalogued service in one list, with what Unticked last saw on
//! its settings pages (from the local history, which keeps settings pages only), sorted so
//! what needs attention comes first: sharing now, then never checked, then not sharing, then
//! services with no setting at all; services the person marked "I don't use this" go last.
//! Pure logic, tested natively; `views::checkup` only draws it.

use crate::catalog::{services, services_for, settings_on_page, Service};
use crate::findings::markdown::esc;
use crate::history::History;
use std::rc::Rc;

/// What Unticked last saw for a service, in "needs attention" order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum State {
    /// On its latest visit, a settings page had an AI-training switch that was sharing.
    Sharing,
    /// No settings page of the service is in the history.
    Never,
    /// Checked, and nothing sharing on the latest visit of any of its settings pages.
    NotSharing,
    /// The service offers no setting (every catalogued one is "no switch"), form or email:
    /// nothing to check.
    NoSetting,
}

impl State {
    /// Its name in the page's data attributes, its English words (the view asks the host for a
    /// translation first, under the `_locales` key, the third): one table, not three matches.
    fn names(self) -> [&'static str; 3] {
        match self {
            State::Sharing => ["sharing", "Sharing", "checkupSharing"],
            State::Never => ["never", "Never checked", "checkupNever"],
            State::NotSharing => ["not-sharing", "Not sharing", "checkupNotSharing"],
            State::NoSetting => ["no-setting", "No setting to turn off", "checkupNoSetting"],
        }
    }
    pub fn as_str(self) -> &'static str {
        self.names()[0]
    }
    pub fn words(self) -> &'static str {
        self.names()[1]
    }
    /// Its key in `extension/_locales`.
    pub fn key(self) -> &'static str {
        self.names()[2]
    }
}

/// A form or an email address that is the only way to object (a GDPR Art. 21 form, a
/// `mailto:` route), with what to write there.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    /// "form" or "email".
    pub kind: &'static str,
    pub url: &'static str,
    pub what: &'static str,
    /// The catalog's steps ("" when none).
    pub steps: &'static str,
}

impl Route {
    /// What to write there, in `lang` (one of `messages::LANGS`): a template of the engine's
    /// data (`messages/`, `objection.form` / `objection.email`), not code.
    pub fn write(&self, lang: &str) -> &'static str {
        let key = if self.kind == "email" {
            "objection.email"
        } else {
            "objection.form"
        };
        crate::messages::text(lang, key)
    }
}

/// One settings page as history last saw it.
#[derive(Debug, Clone, PartialEq)]
pub struct Visit {
    pub url: String,
    /// ISO time of the latest visit.
    pub when: String,
    /// AI-training switches sharing on that visit.
    pub sharing: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub id: &'static str,
    pub name: &'static str,
    /// The catalog's settings pages (`https://`, hash routes kept).
    pub pages: Vec<&'static str>,
    pub routes: Vec<Route>,
    /// The service's settings pages in the history, the latest first.
    pub visits: Vec<Visit>,
    pub state: State,
    pub ignored: bool,
}

impl Row {
    /// The latest visit of any of its settings pages.
    pub fn last(&self) -> Option<&Visit> {
        self.visits.first()
    }
}

fn is_route(control: &str) -> bool {
    control == "form" || control == "email"
}

/// A link Unticked will show: a web page or an email address, nothing else.
fn linkable(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("mailto:")
}

fn row(s: &'static Service, history: &History, ignored: &[String]) -> Row {
    let mut pages: Vec<&'static str> = Vec::new();
    let mut routes: Vec<Route> = Vec::new();
    let mut route = |r: Route| {
        if linkable(r.url) && !routes.iter().any(|x| x.url == r.url) {
            routes.push(r);
        }
    };
    for st in s.settings {
        for u in st.settings_urls {
            if is_route(st.control) {
                route(Route {
                    kind: if u.starts_with("mailto:") || st.control == "email" {
                        "email"
                    } else {
                        "form"
                    },
                    url: u,
                    what: st.name,
                    steps: "",
                });
            } else if u.starts_with("https://") && !pages.contains(u) {
                pages.push(u);
            }
        }
        for n in st.not_on_page {
            if n.how == "form" || n.how == "email" {
                route(Route {
                    kind: if n.url.starts_with("mailto:") {
                        "email"
                    } else {
                        "form"
                    },
                    url: n.url,
                    what: n.what,
                    steps: n.steps,
                });
            }
        }
    }
    let mut visits: Vec<Visit> = history
        .pages
        .values()
        .filter(|p| belongs_to(&p.url, !p.switches.is_empty(), s.id))
        .map(|p| Visit {
            url: p.url.clone(),
            when: p.last_seen.clone(),
            sharing: p
                .switches
                .values()
                .filter(|w| {
                    w.last_seen == p.last_seen
                        && w.last_sharing == Some(true)
                        && w.concern == "ai-training"
                })
                .count(),
        })
        .collect();
    sort(&mut visits, |a, b| a.when < b.when);
    let state = if visits.iter().any(|v| v.sharing > 0) {
        State::Sharing
    } else if !visits.is_empty() {
        State::NotSharing
    } else if routes.is_empty() && s.settings.iter().all(|st| st.control == "none") {
        State::NoSetting
    } else {
        State::Never
    };
    Row {
        id: s.id,
        name: s.name,
        pages,
        routes,
        visits,
        state,
        ignored: ignored.iter().any(|i| i == s.id),
    }
}

/// Is a history page one of this service's? A catalogued settings page of it, or (history
/// also keeps pages where a data-use switch was seen) a page on its sites.
fn belongs_to(url: &str, has_switches: bool, id: &str) -> bool {
    let on = settings_on_page(url);
    if !on.is_empty() {
        return on.iter().any(|(s, _)| s.id == id);
    }
    has_switches && services_for(url).first().is_some_and(|s| s.id == id)
}

/// Every catalogued service, "needs attention" first: sharing, never checked, not sharing,
/// no setting; the ones marked "I don't use this" (`ignored`, catalog ids) last. Within a
/// group, catalog order.
pub fn rows(history: &History, ignored: &[String]) -> Vec<Row> {
    let mut out: Vec<Row> = services()
        .iter()
        .map(|s| row(s, history, ignored))
        .collect();
    sort(&mut out, |a, b| (a.ignored, a.state) > (b.ignored, b.state));
    out
}

/// A stable insertion sort: `after(a, b)` when `a` must come after `b`. The lists are short
/// (a row per service, a visit per settings page), and the standard library's sorts compile a
/// ~3.5 KB copy of themselves for each element type and key (BENCHMARKS.md, "checkup").
fn sort<T>(v: &mut [T], after: impl Fn(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && after(&v[j - 1], &v[j]) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// `2026-05-21T09:30:12.345Z` as `2026-05-21 09:30 UTC` (history keeps UTC times).
pub fn when(iso: &str) -> String {
    match (iso.get(..10), iso.get(11..16)) {
        (Some(d), Some(t)) if iso.as_bytes().get(10) == Some(&b'T') => {
            d.to_string() + " " + t + " UTC"
        }
        _ => iso.to_string(),
    }
}

/// What Unticked last saw, in words: "Sharing · 2026-05-21 09:30 UTC". `words` is the state's
/// name (`State::words`, or the view's translation of it).
pub fn seen_in(r: &Row, words: &str) -> String {
    match r.last() {
        None => words.to_string(),
        Some(v) => words.to_string() + " · " + &when(&v.when),
    }
}

/// `seen_in` in English.
pub fn seen_line(r: &Row) -> String {
    seen_in(r, r.state.words())
}

/// The checkup as Markdown, in the order shown. Lines are pushed, not `format!`ed (each
/// `format!` call site costs Wasm).
pub fn markdown(rows: &[Row]) -> String {
    let mut s = String::from("# Unticked checkup\n\n");
    let count = |st: Option<State>| {
        rows.iter()
            .filter(|r| st.map_or(r.ignored, |st| !r.ignored && r.state == st))
            .count()
    };
    for (label, n) in [
        ("Services", rows.len()),
        ("Sharing", count(Some(State::Sharing))),
        ("Never checked", count(Some(State::Never))),
        ("Not sharing", count(Some(State::NotSharing))),
        ("Not used", count(None)),
    ] {
        push(&mut s, &["- ", label, ": ", &n.to_string(), "\n"]);
    }
    s.push('\n');
    for r in rows {
        push(&mut s, &["## ", &esc(r.name), "\n\n"]);
        if r.ignored {
            s.push_str("- I don't use this\n");
        }
        push(&mut s, &["- Last seen: ", &seen_line(r), "\n"]);
        for v in &r.visits {
            let n = v.sharing.to_string();
            let (when, url) = (when(&v.when), esc(&v.url));
            push(
                &mut s,
                &["- Checked ", &when, ": ", &url, " (", &n, " sharing)\n"],
            );
        }
        for p in &r.pages {
            push(&mut s, &["- Settings page: <", p, ">\n"]);
        }
        for rt in &r.routes {
            let what = esc(rt.what);
            push(
                &mut s,
                &[
                    "- Only by ",
                    rt.kind,
                    ": ",
                    &what,
                    " <",
                    rt.url,
                    ">\n  ",
                    rt.write("en"),
                    "\n",
                ],
            );
        }
        s.push('\n');
    }
    s
}

fn push(s: &mut String, parts: &[&str]) {
    for p in parts {
        s.push_str(p);
    }
}

/// What the checkup page reads once when it opens: the stored history, whether each service
/// may be checked automatically, and (in the demo) the sample pages.
#[derive(Debug, Default)]
pub struct Seen {
    pub history: History,
    /// (catalog id, automatic checking granted), for services with settings sites, when the
    /// host can tell.
    pub access: Vec<(&'static str, bool)>,
    /// (catalog id, link, title) of the demo's sample pages.
    pub samples: Vec<(&'static str, String, String)>,
}

/// The checkup page's state: one reducer, as the inspector's (`inspector::reduce`). The
/// history is read once and shared, never copied.
#[derive(Debug, Clone, Default)]
pub struct Page {
    /// None while reading.
    pub seen: Option<Rc<Seen>>,
    /// Catalog ids marked "I don't use this".
    pub ignored: Vec<String>,
    /// A failed export or save, in words.
    pub note: String,
}

pub enum Action {
    Loaded(Rc<Seen>, Vec<String>),
    /// The services marked "I don't use this" now (`toggled`).
    Ignored(Vec<String>),
    Note(String),
}

/// The state after `action`.
pub fn reduce(mut p: Page, action: Action) -> Page {
    match action {
        Action::Loaded(seen, ignored) => {
            p.seen = Some(seen);
            p.ignored = ignored;
        }
        Action::Ignored(ignored) => p.ignored = ignored,
        Action::Note(n) => p.note = n,
    }
    p
}

/// `ignored` with `id` marked "I don't use this", or unmarked if it was.
pub fn toggled(ignored: &[String], id: &str) -> Vec<String> {
    let mut out = ignored.to_vec();
    match out.iter().position(|x| x == id) {
        Some(i) => drop(out.remove(i)),
        None => out.push(id.to_string()),
    }
    out
}

impl Page {
    /// The rows in "needs attention" order (none while reading).
    pub fn rows(&self) -> Vec<Row> {
        self.seen
            .as_ref()
            .map(|s| rows(&s.history, &self.ignored))
            .unwrap_or_default()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::history::{PageRecord, SwitchRecord};

    const LI: &str = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement";

    fn page(url: &str, when: &str, sharing: Option<bool>, concern: &str) -> PageRecord {
        let mut p = PageRecord {
            url: url.into(),
            last_seen: when.into(),
            ..Default::default()
        };
        if let Some(sh) = sharing {
            p.switches.insert(
                "k".into(),
                SwitchRecord {
                    label: "Use my data".into(),
                    concern: concern.into(),
                    first_seen: when.into(),
                    first_state: "on".into(),
                    first_sharing: Some(true),
                    last_seen: when.into(),
                    last_state: if sh { "on" } else { "off" }.into(),
                    last_sharing: Some(sh),
                },
            );
        }
        p
    }

    fn hist(pages: Vec<PageRecord>) -> History {
        let mut h = History::default();
        for p in pages {
            h.pages.insert(crate::history::page_key(&p.url), p);
        }
        h
    }

    fn find<'a>(rows: &'a [Row], id: &str) -> &'a Row {
        rows.iter().find(|r| r.id == id).unwrap()
    }

    #[test]
    fn every_service_is_listed_once() {
        let rows = rows(&History::default(), &[]);
        assert_eq!(rows.len(), services().len());
        assert!(rows.len() >= 60);
        let mut ids: Vec<_> = rows.iter().map(|r| r.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), rows.len());
        // Nothing seen yet: nobody is sharing or checked.
        assert!(rows
            .iter()
            .all(|r| matches!(r.state, State::Never | State::NoSetting)));
    }

    #[test]
    fn needs_attention_first_then_never_then_not_sharing_then_ignored() {
        let h = hist(vec![
            page(LI, "2026-05-21T09:30:12.345Z", Some(false), "ai-training"),
            page(
                "https://chatgpt.com/#settings/DataControls",
                "2026-05-20T08:00:00.000Z",
                Some(true),
                "ai-training",
            ),
        ]);
        let rows = rows(&h, &["discord".to_string()]);
        assert_eq!(rows[0].id, "openai-chatgpt");
        assert_eq!(rows[0].state, State::Sharing);
        let rank: Vec<(bool, State)> = rows.iter().map(|r| (r.ignored, r.state)).collect();
        let mut sorted = rank.clone();
        sorted.sort();
        assert_eq!(rank, sorted, "rows are not in needs-attention order");
        let li = rows.iter().position(|r| r.id == "linkedin").unwrap();
        let never = rows.iter().position(|r| r.state == State::Never).unwrap();
        assert!(never < li, "never checked comes before not sharing");
        assert_eq!(rows.last().unwrap().id, "discord");
        assert!(rows.last().unwrap().ignored);
        assert_eq!(find(&rows, "discord").state, State::Never);
    }

    #[test]
    fn last_state_and_time_come_from_the_latest_visit() {
        let h = hist(vec![page(
            LI,
            "2026-05-21T09:30:12.345Z",
            Some(false),
            "ai-training",
        )]);
        let rows = rows(&h, &[]);
        let li = find(&rows, "linkedin");
        assert_eq!(li.state, State::NotSharing);
        assert_eq!(seen_line(li), "Not sharing · 2026-05-21 09:30 UTC");
        assert_eq!(li.visits.len(), 1);
        // A sharing switch that was not seen on the latest visit does not count.
        let mut p = page(LI, "2026-05-22T10:00:00.000Z", Some(true), "ai-training");
        p.switches.get_mut("k").unwrap().last_seen = "2026-05-01T00:00:00.000Z".into();
        assert_eq!(find(&rows_of(p), "linkedin").state, State::NotSharing);
        // Only AI-training switches make a service "sharing" (as the badge counts).
        let p = page(LI, "2026-05-22T10:00:00.000Z", Some(true), "ads");
        assert_eq!(find(&rows_of(p), "linkedin").state, State::NotSharing);
        let p = page(LI, "2026-05-22T10:00:00.000Z", Some(true), "ai-training");
        assert_eq!(find(&rows_of(p), "linkedin").state, State::Sharing);
    }

    fn rows_of(p: PageRecord) -> Vec<Row> {
        rows(&hist(vec![p]), &[])
    }

    #[test]
    fn settings_pages_keep_hash_routes_and_forms_and_emails_are_routes() {
        let rows = rows(&History::default(), &[]);
        let gpt = find(&rows, "openai-chatgpt");
        assert!(gpt.pages.iter().any(|p| p.contains("#settings")));
        let slack = find(&rows, "slack");
        let mail = slack.routes.iter().find(|r| r.kind == "email").unwrap();
        assert!(mail.url.starts_with("mailto:"));
        assert!(mail.write("en").contains("I object"));
        assert!(mail.write("de").contains("Ich widerspreche"));
        let form = find(&rows, "meta")
            .routes
            .iter()
            .find(|r| r.kind == "form")
            .unwrap();
        assert!(form.write("es").starts_with("Escriba: «Me opongo"));
        assert!(!form.write("en").contains("Subject:"));
        let meta = find(&rows, "meta");
        assert!(meta
            .routes
            .iter()
            .any(|r| r.kind == "form" && r.url.starts_with("https://")));
        assert!(rows.iter().flat_map(|r| &r.routes).all(|r| linkable(r.url)));
        // No form URL is offered as a settings page.
        assert!(!meta
            .pages
            .iter()
            .any(|p| meta.routes.iter().any(|r| r.url == *p)));
        // A service with no switch, form or email has nothing to check; one with a switch
        // but no settings address (set in an app) is still to be checked.
        assert_eq!(find(&rows, "bandcamp").state, State::NoSetting);
        assert_eq!(find(&rows, "discord").state, State::Never);
    }

    #[test]
    fn markdown_lists_every_service_in_order_with_state() {
        let h = hist(vec![page(
            LI,
            "2026-05-21T09:30:12.345Z",
            Some(true),
            "ai-training",
        )]);
        let rows = rows(&h, &["slack".to_string()]);
        let md = markdown(&rows);
        assert!(md.starts_with("# Unticked checkup\n"));
        assert_eq!(md.matches("\n## ").count(), rows.len());
        assert!(md.contains("- Sharing: 1\n"));
        let li = md.find("## LinkedIn").unwrap();
        let slack = md.find("## Slack").unwrap();
        assert!(li < slack);
        assert!(md[li..].contains("Sharing · 2026-05-21 09:30 UTC"));
        assert!(md[slack..].contains("I don't use this"));
        assert!(md.contains("mailto:feedback@slack.com"));
    }

    #[test]
    fn the_page_reads_once_and_marks_services_not_used() {
        let h = hist(vec![page(
            LI,
            "2026-05-21T09:30:12.345Z",
            Some(true),
            "ai-training",
        )]);
        let p = Page::default();
        assert!(p.rows().is_empty(), "no rows while reading");
        let seen = Rc::new(Seen {
            history: h,
            ..Seen::default()
        });
        let p = reduce(p, Action::Loaded(seen, vec!["slack".into()]));
        assert_eq!(p.rows()[0].id, "linkedin");
        assert!(p.rows().last().unwrap().ignored);
        let ignored = toggled(&p.ignored, "linkedin");
        assert_eq!(ignored, ["slack", "linkedin"]);
        let p = reduce(p, Action::Ignored(ignored));
        let rows = p.rows();
        assert!(find(&rows, "linkedin").ignored);
        assert_ne!(rows[0].id, "linkedin");
        assert_eq!(toggled(&p.ignored, "slack"), ["linkedin"]);
        let p = reduce(p, Action::Note("could not save".into()));
        assert_eq!(p.note, "could not save");
        assert_eq!(p.ignored.len(), 2, "a note leaves the rest alone");
    }

    #[test]
    fn the_sort_is_stable() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')];
        sort(&mut v, |a, b| a.0 > b.0);
        assert_eq!(v, [(0, 'd'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c')]);
        let mut e: Vec<u8> = vec![];
        sort(&mut e, |a, b| a > b);
        assert!(e.is_empty());
    }

    #[test]
    fn when_is_short_and_leaves_odd_text_alone() {
        assert_eq!(when("2026-05-21T09:30:12.345Z"), "2026-05-21 09:30 UTC");
        assert_eq!(when("yesterday"), "yesterday");
        assert_eq!(when(""), "");
    }
}
