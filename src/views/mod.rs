//! The inspector: one Yew app for the extension popup / side panel and the demo site.
//! Page text is only ever rendered as text (Yew escapes it); links come from the catalog.

mod access;
mod batch;
mod checkup;
mod finding;

use crate::classify::Concern;
use crate::findings::{revealed_switch, safe_to_click, verify, Facts, Finding, How, TurnOff};
use crate::history::{self, Changes, History};
use crate::inspector::{
    find_now, key_of, reduce, status, Action, Key, Loaded, Phase, State, TurnOffStatus,
};
use crate::web::{load_history, scan_js, Can, Host};
use finding::FindingCard;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use yew::platform::spawn_local;
use yew::prelude::*;

/// Regions the catalog distinguishes (EU members map to "EU"); each named in the UI's language
/// by the message `region<CODE>` (`regionUnknown` for "").
const REGIONS: &[&str] = &[
    "", "US", "CA", "UK", "CH", "AT", "BE", "DE", "ES", "FR", "IE", "IT", "NL", "PL", "PT", "SE",
    "NO", "HK", "IN", "BR", "AU", "JP",
];

#[derive(Properties, PartialEq, Clone)]
pub struct InspectorProps {
    pub host: Host,
}

fn to_js<T: serde::Serialize>(v: &T) -> JsValue {
    crate::web::to_js(v).unwrap_or(JsValue::NULL)
}

/// What the footer's export buttons write: the report (Markdown or JSON), or the local history
/// (JSON, which "Import history" reads back).
#[derive(Clone, Copy)]
enum Export {
    Markdown,
    Json,
    History,
    /// The page read again, the person's own text replaced (`findings::redact`).
    Redacted,
}

/// The host's `changes` (`{new, flipped_back, first_visit}`), read field by field: a serde
/// deserializer for it would cost 4 KB of Wasm.
fn changes_of(v: &JsValue) -> Changes {
    let get = |k: &str| js_sys::Reflect::get(v, &k.into()).unwrap_or(JsValue::NULL);
    let strings = |k: &str| {
        get(k)
            .dyn_into::<js_sys::Array>()
            .map(|a| a.iter().filter_map(|s| s.as_string()).collect())
            .unwrap_or_default()
    };
    Changes {
        new: strings("new"),
        flipped_back: strings("flipped_back"),
        first_visit: get("first_visit").as_bool().unwrap_or(true),
    }
}

/// A view's English text for a message key, kept only in builds that are not shipped: the
/// shipped Wasm asks its host for every message (`_locales/en` in the extension and the demo).
#[inline(always)]
pub(crate) fn english(en: &str) -> &str {
    if cfg!(feature = "ship") {
        ""
    } else {
        en
    }
}

/// A message, then `sep` and what follows it ("Why: …", "History not saved: …"): one small
/// function instead of a `format!` at each place (each costs the Wasm its own code).
pub(crate) fn joined(mut message: String, sep: &str, rest: &str) -> String {
    message.push_str(sep);
    message.push_str(rest);
    message
}

/// A message and a count in brackets ("Sources (3)").
pub(crate) fn counted(message: String, n: usize) -> String {
    joined(joined(message, " (", &n.to_string()), ")", "")
}

/// A named moment for the end-to-end timings (the browser's performance timeline).
fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Capture → scan → history → badge. Errors come back as sentences for a person.
async fn load(host: &Host) -> Result<Loaded, String> {
    let capture = host.capture().await?;
    let options = if host.can(Can::ScanOptions) {
        host.scan_options().await.unwrap_or(JsValue::NULL)
    } else {
        JsValue::NULL
    };
    let report = scan_js(&capture, &options)?;
    // The host records the scan (one write at a time, across tabs); a storage failure must not
    // hide the findings, so it comes back as a note.
    let mut hist = History::default();
    let mut changes = Changes {
        first_visit: true,
        ..Changes::default()
    };
    let mut note = None;
    if host.can(Can::History) {
        match host
            .record_scan(&to_js(&history::Seen::from(&report)))
            .await
        {
            Ok(out) => {
                let get = |k: &str| js_sys::Reflect::get(&out, &k.into()).unwrap_or(JsValue::NULL);
                hist = load_history(&get("history")).history;
                changes = changes_of(&get("changes"));
            }
            Err(e) => note = Some(e),
        }
    }
    if host.can(Can::Badge) {
        let changed = !changes.new.is_empty() || !changes.flipped_back.is_empty();
        let _ = host.set_badge(report.summary.sharing as u32, changed).await;
    }
    Ok(Loaded {
        report,
        changes,
        history: hist,
        note,
    })
}

/// What the page says of the element at `locator` (the probe's facts; none without a host that
/// can tell, which then refuses the click).
async fn describe(host: &Host, locator: &str) -> Facts {
    let Ok(v) = host.describe(locator).await else {
        return Facts::default();
    };
    let get = |k: &str| {
        js_sys::Reflect::get(&v, &k.into())
            .ok()
            .and_then(|x| x.as_string())
            .unwrap_or_default()
    };
    Facts {
        found: js_sys::Reflect::get(&v, &"found".into())
            .ok()
            .and_then(|x| x.as_bool())
            .unwrap_or(false),
        tag: get("tag"),
        role: get("role"),
        name: get("name"),
        text: get("text"),
        state: get("state"),
    }
}

/// Ask the host to carry out one turn-off instruction; Err with the page's reason.
async fn flip(host: &Host, t: &TurnOff) -> Result<(), String> {
    answered(
        host.flip(&t.locator, t.how.as_str(), &t.option, &t.url)
            .await?,
    )
}

/// A state-only row whose real switch it opens (`How::Open`): click the row open, read the
/// page again (a few times: the page renders the dialog in its own time), and flip the switch
/// the engine finds there for this setting, after the same safety check as any click. The
/// engine, not the probe, decides which switch that is.
async fn open_then_flip(host: &Host, row: &Finding, t: &TurnOff, lang: &str) -> Result<(), String> {
    answered(host.flip(&t.locator, "open-row", "", &t.url).await?)?;
    for _ in 0..8 {
        pause(250).await;
        let report = scan_js(&host.capture().await?, &JsValue::NULL)?;
        let Some(sw) = revealed_switch(row, &report.findings) else {
            continue;
        };
        let Some(to) = &sw.turn_off else { break };
        safe_to_click(sw, to, &describe(host, &to.locator).await, lang)?;
        return flip(host, to).await;
    }
    Err("no switch for this setting appeared after opening its row".into())
}

async fn pause(ms: i32) {
    let wait = js_sys::Promise::new(&mut |done, _| {
        let waited = web_sys::window()
            .map(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(&done, ms));
        if !matches!(waited, Some(Ok(_))) {
            let _ = done.call0(&JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(wait).await;
}

/// The page's answer to a click: Ok, or Err with its reason.
fn answered(v: JsValue) -> Result<(), String> {
    let ok = js_sys::Reflect::get(&v, &"ok".into())
        .ok()
        .and_then(|x| x.as_bool())
        .unwrap_or(false);
    if ok {
        return Ok(());
    }
    Err(js_sys::Reflect::get(&v, &"error".into())
        .ok()
        .and_then(|x| x.as_string())
        .unwrap_or_else(|| "the page did not accept the click".into()))
}

impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(reduce(Rc::unwrap_or_clone(self), action))
    }
}

type Dispatch = UseReducerDispatcher<State>;

/// One turn-off, the one safe path the single button and "turn off all" share: the page's
/// facts first (still the named switch, in the read state, and nothing on it that says
/// delete, sign out or pay? else no click at all), the click, a fresh read of the page, and
/// whether the control itself moved the expected way under the same name. Its status and
/// the fresh page are dispatched; the fresh page is also returned (None when there is none).
async fn turn_off(host: &Host, d: &Dispatch, f: &Finding, lang: &str) -> Option<Rc<Loaded>> {
    let key = key_of(f);
    let finish = |now: Option<Key>, status: TurnOffStatus| {
        d.dispatch(Action::Finished {
            key: key.clone(),
            now,
            status,
        })
    };
    let Some(t) = &f.turn_off else {
        finish(None, TurnOffStatus::Failed("it no longer shares".into()));
        return None;
    };
    d.dispatch(Action::Started(key.clone()));
    if let Err(why) = safe_to_click(f, t, &describe(host, &t.locator).await, lang) {
        finish(None, TurnOffStatus::Refused(why));
        return None;
    }
    let flip_error = if t.how == How::Open {
        open_then_flip(host, f, t, lang).await.err()
    } else {
        flip(host, t).await.err()
    };
    match load(host).await {
        Ok(l) => {
            let now = find_now(&l.report, f);
            let status = verify(f, t, now, flip_error).into();
            let now = now.map(key_of);
            let l = Rc::new(l);
            d.dispatch(Action::Loaded(l.clone()));
            finish(now, status);
            Some(l)
        }
        Err(e) => {
            finish(None, TurnOffStatus::Failed(e));
            None
        }
    }
}

/// "Turn off all": each ticked switch in turn, found again by its key in the page as last
/// read (a flip may re-render the page and move the others), through the one safe path.
async fn run_batch(host: Host, d: Dispatch, keys: Vec<Key>, mut page: Rc<Loaded>) {
    d.dispatch(Action::BatchStart);
    for key in keys {
        let f = page
            .report
            .findings
            .iter()
            .find(|f| key_of(f) == key)
            .cloned();
        let Some(f) = f else {
            d.dispatch(Action::Finished {
                key,
                now: None,
                status: TurnOffStatus::Failed("the switch is no longer on the page".into()),
            });
            continue;
        };
        let lang = page.report.lang.clone();
        if let Some(l) = turn_off(&host, &d, &f, &lang).await {
            page = l;
        }
    }
    d.dispatch(Action::BatchDone);
}

#[component]
pub fn Inspector(props: &InspectorProps) -> Html {
    let host = props.host.clone();
    let state = use_reducer(State::default);
    let d = state.dispatcher();
    let t = |k: &str, en: &str| host.msg(k, english(en));

    let reload = {
        let (host, d) = (host.clone(), d.clone());
        Callback::from(move |_: ()| {
            d.dispatch(Action::Loading);
            let (host, d) = (host.clone(), d.clone());
            spawn_local(async move {
                d.dispatch(match load(&host).await {
                    Ok(l) => Action::Loaded(Rc::new(l)),
                    Err(e) => Action::Failed(e),
                });
            });
        })
    };
    {
        let (reload, host, d) = (reload.clone(), host.clone(), d.clone());
        use_effect_with((), move |_| {
            reload.emit(());
            if host.can(Can::Region) {
                spawn_local(async move {
                    if let Ok(r) = host.get_region().await {
                        d.dispatch(Action::Region(r.as_string().unwrap_or_default()));
                    }
                });
            }
        });
    }
    // The person's region decides "on by default for you": kept by the host, re-scan on change.
    let on_region = {
        let (host, d, reload) = (host.clone(), d.clone(), reload.clone());
        Callback::from(move |e: Event| {
            let Some(sel) = e.target_dyn_into::<web_sys::HtmlSelectElement>() else {
                return;
            };
            let code = sel.value();
            let (host, d, reload) = (host.clone(), d.clone(), reload.clone());
            spawn_local(async move {
                if host.set_region(&code).await.is_ok() {
                    d.dispatch(Action::Region(code));
                    reload.emit(());
                }
            });
        })
    };
    // Mark the first paint of findings for the end-to-end timing.
    {
        let ready = matches!(state.phase, Phase::Ready(_));
        use_effect_with(ready, move |ready| {
            if *ready {
                mark("ut-first-findings");
            }
        });
    }

    let lang = match &state.phase {
        Phase::Ready(l) => l.report.lang.clone(),
        _ => String::new(),
    };
    let on_turn_off = {
        let (host, d) = (host.clone(), d.clone());
        Callback::from(move |f: Finding| {
            let (host, d, lang) = (host.clone(), d.clone(), lang.clone());
            spawn_local(async move {
                turn_off(&host, &d, &f, &lang).await;
            });
        })
    };
    let on_put_back = {
        let (host, d) = (host.clone(), d.clone());
        Callback::from(move |(f, undo): (Finding, TurnOff)| {
            let (host, d) = (host.clone(), d.clone());
            let key = key_of(&f);
            d.dispatch(Action::Started(key.clone()));
            spawn_local(async move {
                let res = flip(&host, &undo).await;
                if let Ok(l) = load(&host).await {
                    d.dispatch(Action::Loaded(Rc::new(l)));
                }
                d.dispatch(Action::Finished {
                    key,
                    now: None,
                    status: TurnOffStatus::PutBack(res),
                });
            });
        })
    };
    let on_batch = {
        let (host, d, state) = (host.clone(), d.clone(), state.clone());
        Callback::from(move |_: ()| {
            if let (Phase::Ready(l), Some(b)) = (&state.phase, &state.batch) {
                spawn_local(run_batch(host.clone(), d.clone(), b.ticked(), l.clone()));
            }
        })
    };

    let export = |what: Export| {
        let (host, state, d) = (host.clone(), state.clone(), d.clone());
        Callback::from(move |_: MouseEvent| {
            let Phase::Ready(l) = &state.phase else {
                return;
            };
            let json = |v: JsValue| {
                js_sys::JSON::stringify_with_replacer_and_space(
                    &v,
                    &JsValue::NULL,
                    &JsValue::from(2),
                )
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or_default()
            };
            let (name, mime, text) = match what {
                Export::Markdown => (
                    "unticked-report.md",
                    "text/markdown",
                    crate::findings::markdown(&l.report),
                ),
                Export::Json => (
                    "unticked-report.json",
                    "application/json",
                    json(to_js(&l.report)),
                ),
                Export::History => (
                    "unticked-history.json",
                    "application/json",
                    json(to_js(&l.history)),
                ),
                Export::Redacted => (
                    "unticked-capture-redacted.json",
                    "application/json",
                    String::new(),
                ),
            };
            let (host, d) = (host.clone(), d.clone());
            spawn_local(async move {
                let text = match what {
                    Export::Redacted => crate::web::redacted(&host).await.map(|c| json(to_js(&c))),
                    _ => Ok(text),
                };
                if let Err(e) = match text {
                    Ok(t) => host.download(name, mime, &t).await,
                    Err(e) => Err(e),
                } {
                    d.dispatch(Action::Note(e));
                }
            });
        })
    };
    let import = {
        let (host, d, reload) = (host.clone(), d.clone(), reload.clone());
        let done = t("historyImported", "History imported.");
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let (host, d, reload, done) = (host.clone(), d.clone(), reload.clone(), done.clone());
            spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
                let res = match text.ok().and_then(|t| t.as_string()) {
                    Some(text) => host.import_history(&text).await.map(|_| done),
                    None => Err("could not read that file".to_string()),
                };
                let ok = res.is_ok();
                d.dispatch(Action::Note(res.unwrap_or_else(|e| e)));
                if ok {
                    reload.emit(());
                }
            });
        })
    };
    let clear = {
        let (host, d) = (host.clone(), d.clone());
        let done = t("historyCleared", "History cleared.");
        Callback::from(move |_: MouseEvent| {
            let (host, d, done) = (host.clone(), d.clone(), done.clone());
            spawn_local(async move {
                d.dispatch(Action::Note(match host.clear_history().await {
                    Ok(_) => done,
                    Err(e) => e,
                }));
            });
        })
    };

    let body = match &state.phase {
        Phase::Loading => {
            html! { <p class="ut-status" role="status">{ t("scanning", "Reading this page…") }</p> }
        }
        Phase::Failed(e) => html! {
            <div class="ut-error" role="alert">
                <h2>{ t("errorTitle", "Unticked could not read this page") }</h2>
                <p>{ e.clone() }</p>
            </div>
        },
        Phase::Ready(l) => {
            let r = &l.report;
            let ai: Vec<&Finding> = r
                .findings
                .iter()
                .filter(|f| f.concern == Concern::AiTraining)
                .collect();
            let others: Vec<&Finding> = r
                .findings
                .iter()
                .filter(|f| f.concern != Concern::AiTraining && f.concern != Concern::Other)
                .collect();
            let card = |f: &Finding| {
                let rec = history::record_for(&l.history, r, f).cloned();
                let flag = if l.changes.flipped_back.contains(&f.label) {
                    Some(t(
                        "flippedBack",
                        "Switched back to sharing since your last visit",
                    ))
                } else if l.changes.new.contains(&f.label) {
                    Some(t("newSince", "New since your last visit"))
                } else {
                    None
                };
                let st = status(&state.statuses, &key_of(f)).cloned();
                html! { <FindingCard finding={f.clone()} host={host.clone()} record={rec} flag={flag} status={st} on_turn_off={on_turn_off.clone()} on_put_back={on_put_back.clone()} /> }
            };
            let summary = joined(
                joined(
                    t("aiSwitches", "AI-training switches"),
                    ": ",
                    &r.summary.ai_training.to_string(),
                ),
                " · ",
                &joined(
                    t("summarySharing", "sharing now"),
                    ": ",
                    &r.summary.sharing.to_string(),
                ),
            );
            let empty = if ai.is_empty() {
                let text = if r.findings.is_empty() {
                    t("emptyNoControls", "No switches found on this page. Open a settings page (for example Settings › Data privacy) and try again.")
                } else if r.service.is_none() {
                    t("unknownSite", "Unticked does not know this site, and nothing on the page reads like a switch for AI training.")
                } else {
                    t("emptyNoAi", "No AI-training switch on this page. The service's other settings pages may have one.")
                };
                html! { <p class="ut-empty">{ text }</p> }
            } else {
                html! {}
            };
            let list = if state.present && !ai.is_empty() {
                let i = state.present_at.min(ai.len() - 1);
                let go = |to: usize| {
                    let d = d.clone();
                    Callback::from(move |_: MouseEvent| d.dispatch(Action::Present(to)))
                };
                html! {
                    <div class="ut-present-one">
                        { card(ai[i]) }
                        <nav class="ut-present-nav" aria-label="Findings">
                            <button type="button" onclick={go(i.saturating_sub(1))} disabled={i == 0}>{ "‹" }</button>
                            <span>{ format!("{} / {}", i + 1, ai.len()) }</span>
                            <button type="button" onclick={go((i + 1).min(ai.len() - 1))} disabled={i + 1 == ai.len()}>{ "›" }</button>
                        </nav>
                    </div>
                }
            } else {
                html! { <ul class="ut-findings">{ for ai.iter().map(|f| html! { <li>{ card(f) }</li> }) }</ul> }
            };
            html! {
                <>
                <p class="ut-page" title={r.url.clone()}>{ if r.title.is_empty() { r.url.clone() } else { r.title.clone() } }
                    { for r.service_name.iter().map(|n| html! { <span class="ut-service">{ format!(" · {n}") }</span> }) }</p>
                <p class="ut-summary">{ summary }</p>
                { batch::view(&state, l, &host, &d, &on_batch) }
                if r.truncated {
                    <div class="ut-warn" role="note" data-limits="true">
                        <p>{ t("truncated", "This page is very large; Unticked read only its first part.") }</p>
                        <ul>{ for r.limits.iter().map(|l| html! { <li>{ l.clone() }</li> }) }</ul>
                    </div>
                }
                if let Some(e) = &l.note {
                    <p class="ut-warn" role="alert" data-history-error="true">{ joined(t("historyNotSaved", "History not saved"), ": ", e) }</p>
                }
                { for l.history.set_aside.iter().map(|a| html! {
                    <p class="ut-warn" role="note" data-set-aside="true">{ joined(t("historySetAside", "Stored history this version cannot read is kept aside, not overwritten"), " — ", a) }</p>
                }) }
                if !l.changes.flipped_back.is_empty() {
                    <p class="ut-alert" role="alert">{ joined(t("flippedBack", "Switched back to sharing since your last visit"), ": ", &l.changes.flipped_back.join(", ")) }</p>
                }
                if !l.changes.new.is_empty() {
                    <p class="ut-alert" role="alert">{ joined(t("newSince", "New since your last visit"), ": ", &l.changes.new.join(", ")) }</p>
                }
                { empty }
                { list }
                if !r.notices.is_empty() {
                    <section class="ut-notices" aria-label={t("notOnPageTitle", "Not on this page")}>
                        <h2>{ t("notOnPageTitle", "Not on this page") }</h2>
                        <ul>{ for r.notices.iter().map(|n| html! {
                            <li data-concern={n.concern.as_str()}>
                                <strong>{ n.name.clone() }</strong>{ ": " }{ n.explanation.clone() }
                                { for n.elsewhere.iter().filter(|e| e.url.starts_with("https://")).map(|e| html! {
                                    <> { " " }<a href={e.url.clone()} target="_blank" rel="noopener noreferrer">{ e.url.clone() }</a></>
                                }) }
                            </li>
                        }) }</ul>
                    </section>
                }
                if !others.is_empty() {
                    <details class="ut-others">
                        <summary>{ counted(t("otherSettings", "Other data settings on this page"), others.len()) }</summary>
                        <ul class="ut-findings">{ for others.iter().map(|f| html! { <li>{ card(f) }</li> }) }</ul>
                    </details>
                }
                </>
            }
        }
    };

    let rescan = {
        let reload = reload.clone();
        Callback::from(move |_: MouseEvent| reload.emit(()))
    };
    let toggle_present = {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::TogglePresent))
    };
    let ready = matches!(state.phase, Phase::Ready(_));
    html! {
        // The popup's whole page is the inspector (<main>); on the demo page it is one region.
        <@{if host.kind() == "demo" { "section" } else { "main" }} class={classes!("ut", state.present.then_some("ut-present"))} data-kind={host.kind()}
            aria-label={(host.kind() == "demo").then(|| t("title", "Unticked"))}>
            <header class="ut-head">
                <h1>{ t("title", "Unticked") }</h1>
                <div class="ut-tools">
                    <button type="button" onclick={rescan}>{ t("rescan", "Rescan") }</button>
                    if host.can(Can::SidePanel) {
                        <button type="button" onclick={{
                            let host = host.clone();
                            Callback::from(move |_: MouseEvent| { let _ = host.open_side_panel_now(); })
                        }}>{ t("sidePanel", "Open in side panel") }</button>
                    }
                    if host.kind() == "extension" {
                        <a class="ut-checkup-link" href="checkup.html" target="_blank" rel="noopener" data-action="checkup">{ t("checkupLink", "Checkup: all your services") }</a>
                    }
                    if host.kind() == "demo" {
                        <button type="button" aria-pressed={state.present.to_string()} onclick={toggle_present}>{ t("present", "Presentation mode") }</button>
                    }
                </div>
            </header>
            { body }
            <footer class="ut-foot">
                <button type="button" disabled={!ready} onclick={export(Export::Markdown)}>{ t("exportMarkdown", "Export Markdown") }</button>
                <button type="button" disabled={!ready} onclick={export(Export::Json)}>{ t("exportJson", "Export JSON") }</button>
                <button type="button" disabled={!ready} onclick={export(Export::Redacted)} data-export-redacted="true">{ t("exportRedacted", "Save a redacted capture") }</button>
                if host.can(Can::History) {
                    <button type="button" disabled={!ready} onclick={export(Export::History)} data-export-history="true">{ t("exportHistory", "Export history") }</button>
                    <label class="ut-import">{ t("importHistory", "Import history…") }
                        <input type="file" accept=".json,application/json" onchange={import} data-import-history="true" /></label>
                }
                if host.can(Can::ClearHistory) {
                    <button type="button" onclick={clear}>{ t("clearHistory", "Clear history") }</button>
                }
                if host.can(Can::Region) {
                    <label class="ut-region">{ t("yourRegion", "Your region") }{ " " }
                        <select onchange={on_region}>
                            { for REGIONS.iter().map(|code| html! {
                                <option value={*code} selected={state.region == *code}>{ if code.is_empty() { t("regionUnknown", "Unknown") } else { t(&format!("region{code}"), code) } }</option>
                            }) }
                        </select>
                    </label>
                }
                <access::SiteAccess host={host.clone()} service={if let Phase::Ready(l) = &state.phase { l.report.service.clone() } else { None }} />
                <p class="ut-note" role="status" aria-live="polite">{ state.note.clone() }</p>
            </footer>
        </@>
    }
}
