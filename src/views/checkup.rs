//! Checkup (issue 10): every catalogued service, what Unticked last saw on its settings pages,
//! whether it may check them on its own, and the form or email where that is the only way.
//! The rows, their order, the page's state (one reducer) and the Markdown are `crate::checkup`
//! (tested natively); this draws them. Mounted by `start_checkup` (extension/checkup.js,
//! www/checkup.js).
//!
//! Written for size (BENCHMARKS.md, "checkup"): the history is read once and shared (an `Rc`),
//! never copied; one reducer hook; static strings for attributes; no `to_lowercase` (Unicode
//! case tables) and no `format!`.

use super::english;
use crate::catalog::{services, services_for, settings_hosts};
use crate::checkup::{markdown, reduce, seen_in, toggled, Action, Page, Seen, State};
use crate::web::{load_history, Can, Host};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::platform::spawn_local;
use yew::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The checkup's own host methods, on the same object as the inspector's `Host`:
    /// `history()` (the stored history), `ignored()` / `setIgnored(ids)` (services marked
    /// "I don't use this"), and, in the demo, `samples()` (`[{url, href, title}]`).
    type CheckupJs;
    #[wasm_bindgen(method, catch)]
    fn history(this: &CheckupJs) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn ignored(this: &CheckupJs) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, js_name = setIgnored)]
    fn set_ignored(this: &CheckupJs, ids: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn samples(this: &CheckupJs) -> Result<JsValue, JsValue>;
}

/// A host method's answer, awaited when it is a promise (null when it threw or rejected).
async fn call(v: Result<JsValue, JsValue>) -> JsValue {
    let Ok(v) = v else { return JsValue::NULL };
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&v))
        .await
        .unwrap_or(JsValue::NULL)
}

fn strings(v: &JsValue) -> Vec<String> {
    js_sys::Array::from(v)
        .iter()
        .filter_map(|s| s.as_string())
        .collect()
}

fn js_strings<S: AsRef<str>>(list: &[S]) -> JsValue {
    list.iter()
        .map(|s| JsValue::from_str(s.as_ref()))
        .collect::<js_sys::Array>()
        .into()
}

fn field(v: &JsValue, k: &str) -> String {
    js_sys::Reflect::get(v, &k.into())
        .ok()
        .and_then(|x| x.as_string())
        .unwrap_or_default()
}

impl Reducible for Page {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(reduce(Rc::unwrap_or_clone(self), action))
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckupProps {
    pub host: Host,
    js: JsValue,
}

/// A link: `out` opens outside the extension (a settings page, a form, an email address), in
/// a new tab; else in this one (the demo's sample pages).
fn link(url: AttrValue, text: AttrValue, out: bool) -> Html {
    html! { <a href={url} target={out.then_some("_blank")} rel={out.then_some("noopener noreferrer")}>{ text }</a> }
}

fn flag(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

/// Reads what the page shows once: the stored history, the services marked "I don't use
/// this", the demo's samples and, where the host can tell, each service's site access.
async fn read(host: Host, js: JsValue) -> Action {
    let js: &CheckupJs = js.unchecked_ref();
    let mut seen = Seen {
        history: load_history(&call(js.history()).await).history,
        ..Seen::default()
    };
    let ignored = strings(&call(js.ignored()).await);
    let samples = call(js.samples()).await;
    if samples.is_array() {
        for s in js_sys::Array::from(&samples).iter() {
            if let Some(svc) = services_for(&field(&s, "url")).first() {
                seen.samples
                    .push((svc.id, field(&s, "href"), field(&s, "title")));
            }
        }
    }
    if host.can(Can::SiteAccess) {
        for s in services() {
            let list = settings_hosts(Some(s.id));
            if list.is_empty() {
                continue;
            }
            if let Ok(v) = host.site_access(&js_strings(&list)).await {
                seen.access.push((s.id, v.as_bool().unwrap_or(false)));
            }
        }
    }
    Action::Loaded(Rc::new(seen), ignored)
}

#[component]
fn Checkup(props: &CheckupProps) -> Html {
    let host = &props.host;
    let page = use_reducer(Page::default);
    let t = |k: &str, en: &str| host.msg(k, english(en));
    let said = |st: State| t(st.key(), st.words());
    // The browser's UI language, as `_locales` is chosen; the demo says English.
    let lang = crate::messages::ui_lang(&t("@@ui_locale", "en"));
    {
        let (host, js, page) = (host.clone(), props.js.clone(), page.dispatcher());
        use_effect_with((), move |_| {
            spawn_local(async move { page.dispatch(read(host, js).await) });
        });
    }
    let title = t("checkupTitle", "Checkup: all your services");
    let Some(seen) = &page.seen else {
        return html! { <main class="ut ut-checkup"><h1>{ title }</h1><p class="ut-status" role="status">{ t("checkupLoading", "Reading your history…") }</p></main> };
    };
    let list = page.rows();
    let toggle = |id: &'static str| {
        let (page, js) = (page.clone(), props.js.clone());
        Callback::from(move |_: MouseEvent| {
            let ignored = toggled(&page.ignored, id);
            let saved = js
                .unchecked_ref::<CheckupJs>()
                .set_ignored(&js_strings(&ignored));
            page.dispatch(Action::Ignored(ignored));
            if let Err(e) = saved {
                page.dispatch(Action::Note(e.as_string().unwrap_or_default()));
            }
        })
    };
    let export = {
        let (host, page) = (host.clone(), page.clone());
        Callback::from(move |_: MouseEvent| {
            let (host, md, page) = (host.clone(), markdown(&page.rows()), page.dispatcher());
            spawn_local(async move {
                if let Err(e) = host
                    .download("unticked-checkup.md", "text/markdown", &md)
                    .await
                {
                    page.dispatch(Action::Note(e));
                }
            });
        })
    };
    let kind = host.kind();
    let demo = kind == "demo";
    // "60 services · Sharing: 2 · Never checked: 40 · Not sharing: 3"
    let mut summary = list.len().to_string() + " " + &t("checkupServices", "services");
    for st in [State::Sharing, State::Never, State::NotSharing] {
        let n = list.iter().filter(|r| !r.ignored && r.state == st).count();
        summary = summary + " · " + &said(st) + ": " + &n.to_string();
    }
    let item = |r: &crate::checkup::Row| {
        let last = r.last();
        // "Sharing · 2026-05-21 09:30 UTC (2 switches sharing)"
        let mut seen_words = seen_in(r, &said(r.state));
        if let Some(v) = last.filter(|v| v.sharing > 0) {
            seen_words = seen_words
                + " ("
                + &v.sharing.to_string()
                + " "
                + &if v.sharing == 1 {
                    t("checkupSwitch", "switch sharing")
                } else {
                    t("checkupSwitches", "switches sharing")
                }
                + ")";
        }
        let auto = if demo {
            Some(t(
                "checkupAutoDemo",
                "Automatic checking: does not apply in the demo",
            ))
        } else {
            seen.access.iter().find(|a| a.0 == r.id).map(|a| {
                if a.1 {
                    t("checkupAutoOn", "Automatic checking: allowed")
                } else {
                    t(
                        "checkupAutoOff",
                        "Automatic checking: not allowed (allow it in the inspector on one of its settings pages)",
                    )
                }
            })
        };
        html! {
            <li class={if r.ignored { "ut-svc ut-ignored" } else { "ut-svc" }} data-service={r.id} data-state={r.state.as_str()}
                data-ignored={flag(r.ignored)} data-when={last.map(|v| v.when.clone())}>
                <h2>{ r.name }</h2>
                <p class="ut-seen" data-seen="true">{ seen_words }</p>
                if !r.pages.is_empty() {
                    <ul class="ut-pages">{ for r.pages.iter().map(|p| html! { <li>{ link(AttrValue::Static(p), AttrValue::Static(p), true) }</li> }) }</ul>
                }
                { for seen.samples.iter().filter(|s| s.0 == r.id).map(|s| html! {
                    <p class="ut-sample">{ link(s.1.clone().into(), (t("checkupSample", "Sample page") + ": " + &s.2).into(), false) }</p>
                }) }
                { for r.routes.iter().map(|rt| {
                    let email = rt.kind == "email";
                    html! {
                        <div class="ut-route" data-route={rt.kind}>
                            <p>{ if email { t("checkupByEmail", "Only by email:") } else { t("checkupByForm", "Only by form:") } }{ " " }{ link(AttrValue::Static(rt.url), AttrValue::Static(rt.what), true) }</p>
                            <p>{ rt.write(lang) }</p>
                            if !rt.steps.is_empty() { <p class="ut-steps">{ rt.steps }</p> }
                        </div>
                    }
                }) }
                if let Some(a) = auto { <p class="ut-auto">{ a }</p> }
                <button type="button" aria-pressed={flag(r.ignored)} data-action="ignore" onclick={toggle(r.id)}>{ t("checkupIgnore", "I don't use this") }</button>
            </li>
        }
    };
    html! {
        <main class="ut ut-checkup" data-kind={kind}>
            <header class="ut-head">
                <h1>{ title }</h1>
                <div class="ut-tools"><button type="button" onclick={export}>{ t("exportMarkdown", "Export Markdown") }</button></div>
            </header>
            <p class="ut-summary">{ summary }</p>
            <ul class="ut-checkup-list">{ for list.iter().map(item) }</ul>
            <p class="ut-note" role="status" aria-live="polite">{ page.note.clone() }</p>
        </main>
    }
}

/// Mount the checkup into `root`; `host` is the inspector's host object plus the checkup's
/// `history`, `ignored`, `setIgnored` (and the demo's `samples`).
#[wasm_bindgen]
pub fn start_checkup(root: web_sys::Element, host: JsValue) {
    let props = CheckupProps {
        host: Host::new(host.clone()),
        js: host,
    };
    let app = yew::Renderer::<Checkup>::with_root_and_props(root, props).render();
    // The page is the checkup: it stays mounted for the page's life.
    std::mem::forget(app);
}
