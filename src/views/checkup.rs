//! Checkup (issue 10): every catalogued service, what Unticked last saw on its settings pages,
//! whether it may check them on its own, and the form or email where that is the only way.
//! The rows, their order and the Markdown are `crate::checkup` (tested natively); this draws
//! them. Mounted by `start_checkup` (extension/checkup.js, www/checkup.js).

use crate::catalog::{services_for, settings_hosts};
use crate::checkup::{markdown, rows, when, Row, State};
use crate::history::History;
use crate::web::{load_history, Can, Host};
use std::collections::BTreeMap;
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

async fn call(v: Result<JsValue, JsValue>) -> JsValue {
    let Ok(v) = v else { return JsValue::NULL };
    match v.dyn_into::<js_sys::Promise>() {
        Ok(p) => wasm_bindgen_futures::JsFuture::from(p)
            .await
            .unwrap_or(JsValue::NULL),
        Err(v) => v,
    }
}

fn strings(v: &JsValue) -> Vec<String> {
    js_sys::Array::from(v)
        .iter()
        .filter_map(|s| s.as_string())
        .collect()
}

fn field(v: &JsValue, k: &str) -> String {
    js_sys::Reflect::get(v, &k.into())
        .ok()
        .and_then(|x| x.as_string())
        .unwrap_or_default()
}

#[derive(Default, PartialEq, Clone)]
struct Data {
    history: History,
    ignored: Vec<String>,
    /// Catalog id → automatic checking granted.
    access: BTreeMap<&'static str, bool>,
    /// (service id, href, title) of the demo's sample pages.
    samples: Vec<(&'static str, String, String)>,
}

#[derive(Properties, PartialEq)]
pub struct CheckupProps {
    pub host: Host,
    js: JsValue,
}

fn state_key(s: State) -> (&'static str, &'static str) {
    match s {
        State::Sharing => ("checkupSharing", s.words()),
        State::Never => ("checkupNever", s.words()),
        State::NotSharing => ("checkupNotSharing", s.words()),
        State::NoSetting => ("checkupNoSetting", s.words()),
    }
}

#[component]
fn Checkup(props: &CheckupProps) -> Html {
    let host = props.host.clone();
    let data = use_state(|| None::<Data>);
    let note = use_state(String::new);
    let t = |k: &str, en: &str| host.msg(k, en);
    {
        let (host, js, data) = (host.clone(), props.js.clone(), data.clone());
        use_effect_with((), move |_| {
            spawn_local(async move {
                let js: &CheckupJs = js.unchecked_ref();
                let mut d = Data {
                    history: load_history(&call(js.history()).await).history,
                    ignored: strings(&call(js.ignored()).await),
                    ..Data::default()
                };
                let samples = call(js.samples()).await;
                if samples.is_array() {
                    for s in js_sys::Array::from(&samples).iter() {
                        if let Some(svc) = services_for(&field(&s, "url")).first() {
                            d.samples
                                .push((svc.id, field(&s, "href"), field(&s, "title")));
                        }
                    }
                }
                if host.can(Can::SiteAccess) {
                    for s in crate::catalog::services() {
                        let list = settings_hosts(Some(s.id));
                        if list.is_empty() {
                            continue;
                        }
                        let arr: js_sys::Array =
                            list.iter().map(|h| JsValue::from_str(h)).collect();
                        if let Ok(v) = host.site_access(&arr.into()).await {
                            d.access.insert(s.id, v.as_bool().unwrap_or(false));
                        }
                    }
                }
                data.set(Some(d));
            });
        });
    }
    let Some(d) = &*data else {
        return html! { <main class="ut ut-checkup"><h1>{ t("checkupTitle", "Checkup: all your services") }</h1><p class="ut-status" role="status">{ t("checkupLoading", "Reading your history…") }</p></main> };
    };
    let list = rows(&d.history, &d.ignored);
    let toggle = |id: &'static str| {
        let (data, js, note) = (data.clone(), props.js.clone(), note.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(old) = &*data else { return };
            let mut ignored = old.ignored.clone();
            if let Some(i) = ignored.iter().position(|x| x == id) {
                ignored.remove(i);
            } else {
                ignored.push(id.to_string());
            }
            let arr: js_sys::Array = ignored.iter().map(|h| JsValue::from_str(h)).collect();
            let js2 = js.clone();
            let note = note.clone();
            spawn_local(async move {
                let r = js2.unchecked_ref::<CheckupJs>().set_ignored(&arr.into());
                if let Err(e) = r {
                    note.set(e.as_string().unwrap_or_default());
                }
            });
            data.set(Some(Data {
                ignored,
                ..old.clone()
            }));
        })
    };
    let export = {
        let (host, md, note) = (host.clone(), markdown(&list), note.clone());
        Callback::from(move |_: MouseEvent| {
            let (host, md, note) = (host.clone(), md.clone(), note.clone());
            spawn_local(async move {
                if let Err(e) = host
                    .download("unticked-checkup.md", "text/markdown", &md)
                    .await
                {
                    note.set(e);
                }
            });
        })
    };
    let demo = host.kind() == "demo";
    let count = |s: State| list.iter().filter(|r| !r.ignored && r.state == s).count();
    let summary = format!(
        "{} {} · {} {} · {} {} · {} {}",
        list.len(),
        t("checkupServices", "services"),
        count(State::Sharing),
        t("checkupSharing", "Sharing").to_lowercase(),
        count(State::Never),
        t("checkupNever", "Never checked").to_lowercase(),
        count(State::NotSharing),
        t("checkupNotSharing", "Not sharing").to_lowercase(),
    );
    let item = |r: &Row| {
        let (k, en) = state_key(r.state);
        let last = r.last();
        let seen = match last {
            Some(v) => format!("{} · {}", t(k, en), when(&v.when)),
            None => t(k, en),
        };
        let auto = if demo {
            Some(t(
                "checkupAutoDemo",
                "Automatic checking: does not apply in the demo",
            ))
        } else {
            d.access.get(r.id).map(|on| {
                if *on {
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
            <li class={classes!("ut-svc", r.ignored.then_some("ut-ignored"))} data-service={r.id} data-state={r.state.as_str()}
                data-ignored={r.ignored.to_string()} data-when={last.map(|v| v.when.clone())}>
                <h2>{ r.name }</h2>
                <p class="ut-seen" data-seen="true"><strong>{ seen }</strong>
                    { for last.filter(|v| v.sharing > 0).map(|v| format!(" ({} {})", v.sharing, t("checkupSwitches", "switches sharing"))) }</p>
                if !r.pages.is_empty() {
                    <ul class="ut-pages">{ for r.pages.iter().map(|p| html! {
                        <li><a href={*p} target="_blank" rel="noopener noreferrer">{ *p }</a></li>
                    }) }</ul>
                }
                { for d.samples.iter().filter(|s| s.0 == r.id).map(|s| html! {
                    <p class="ut-sample"><a href={s.1.clone()}>{ format!("{}: {}", t("checkupSample", "Sample page"), s.2) }</a></p>
                }) }
                { for r.routes.iter().map(|rt| html! {
                    <div class="ut-route" data-route={rt.kind}>
                        <p>{ if rt.kind == "email" { t("checkupByEmail", "Only by email:") } else { t("checkupByForm", "Only by form:") } }{ " " }
                            <a href={rt.url} target="_blank" rel="noopener noreferrer">{ rt.what }</a></p>
                        <p>{ if rt.kind == "email" { t("checkupWriteEmail", crate::checkup::WRITE_EMAIL) } else { t("checkupWriteForm", crate::checkup::WRITE_FORM) } }</p>
                        if !rt.steps.is_empty() { <p class="ut-steps">{ rt.steps }</p> }
                    </div>
                }) }
                { for auto.map(|a| html! { <p class="ut-auto">{ a }</p> }) }
                <button type="button" aria-pressed={r.ignored.to_string()} data-action="ignore" onclick={toggle(r.id)}>{ t("checkupIgnore", "I don't use this") }</button>
            </li>
        }
    };
    html! {
        <main class="ut ut-checkup" data-kind={host.kind()}>
            <header class="ut-head">
                <h1>{ t("checkupTitle", "Checkup: all your services") }</h1>
                <div class="ut-tools"><button type="button" onclick={export}>{ t("exportMarkdown", "Export Markdown") }</button></div>
            </header>
            <p class="ut-summary">{ summary }</p>
            <ul class="ut-checkup-list">{ for list.iter().map(item) }</ul>
            <p class="ut-note" role="status" aria-live="polite">{ (*note).clone() }</p>
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
