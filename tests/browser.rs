//! In real browsers (`wasm-pack test --headless --chrome` / `--firefox`): sample pages are
//! loaded live, captured by `extension/probe.js`, scanned by the Wasm engine, flipped by the
//! probe, and shown in the Yew inspector. Fixtures are mounted in child elements (the test
//! runner reads its results from the page body).
#![cfg(target_arch = "wasm32")]

use std::sync::OnceLock;
use unticked::classify::Concern;
use unticked::findings::{fingerprint, Report};
use unticked::web::scan_js;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Document, Element, HtmlIFrameElement};

wasm_bindgen_test_configure!(run_in_browser);

const PROBE: &str = include_str!("../extension/probe.js");

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(p).await.unwrap();
}

/// The probe, loaded once into this page as the extension injects it (a classic script).
fn probe() -> JsValue {
    static LOADED: OnceLock<()> = OnceLock::new();
    LOADED.get_or_init(|| {
        js_sys::Function::new_no_args(PROBE)
            .call0(&JsValue::NULL)
            .expect("probe.js runs");
    });
    js_sys::Reflect::get(&js_sys::global(), &"__untickedProbe".into()).unwrap()
}

fn call(obj: &JsValue, method: &str, args: &[JsValue]) -> JsValue {
    let f: js_sys::Function = js_sys::Reflect::get(obj, &method.into())
        .unwrap()
        .dyn_into()
        .unwrap();
    f.apply(obj, &args.iter().collect::<js_sys::Array>())
        .unwrap()
}

async fn await_js(v: JsValue) -> JsValue {
    match v.dyn_into::<js_sys::Promise>() {
        Ok(p) => JsFuture::from(p).await.unwrap(),
        Err(v) => v,
    }
}

fn fixture_root() -> Element {
    let doc = document();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

/// Load a page into a same-origin iframe (scripts run, custom elements attach shadow roots).
async fn live_page(html: &str) -> HtmlIFrameElement {
    // The samples save switch states in localStorage (as a site's server would); srcdoc frames
    // share this page's storage, so start every page from its shipped state.
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    let frame: HtmlIFrameElement = document()
        .create_element("iframe")
        .unwrap()
        .dyn_into()
        .unwrap();
    frame
        .set_attribute("style", "width:1000px;height:800px")
        .unwrap();
    let loaded = js_sys::Promise::new(&mut |resolve, _| {
        frame.set_onload(Some(&resolve));
    });
    frame.set_srcdoc(html);
    fixture_root().append_child(&frame).unwrap();
    JsFuture::from(loaded).await.unwrap();
    sleep(50).await; // let the page's own scripts (custom elements) run
    frame
}

/// Capture the frame's document with the probe, as the page it copies (`url`).
fn capture(frame: &HtmlIFrameElement, url: &str) -> JsValue {
    let doc = frame.content_document().unwrap();
    let cap = call(&probe(), "capture", &[doc.into()]);
    js_sys::Reflect::set(&cap, &"url".into(), &url.into()).unwrap();
    cap
}

/// The engine's data, handed over as the extension and the demo do (pkg/data.txt).
fn engine_data() {
    let _ = unticked::web::set_data(include_str!(concat!(env!("OUT_DIR"), "/data.txt")).into());
}

fn scan(cap: &JsValue) -> Report {
    engine_data();
    scan_js(cap, &JsValue::NULL).expect("scan")
}

fn ai(r: &Report) -> Vec<&unticked::Finding> {
    r.findings
        .iter()
        .filter(|f| f.concern == Concern::AiTraining)
        .collect()
}

async fn flip(frame: &HtmlIFrameElement, locator: &str) -> JsValue {
    let opts = js_sys::Object::new();
    js_sys::Reflect::set(&opts, &"doc".into(), &frame.content_document().unwrap()).unwrap();
    await_js(call(&probe(), "flip", &[locator.into(), opts.into()])).await
}

const LINKEDIN: &str = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement";

#[wasm_bindgen_test]
async fn linkedin_live_capture_flip_and_rescan() {
    let frame = live_page(include_str!("../www/samples/linkedin-data-for-ai.html")).await;
    let cap = capture(&frame, LINKEDIN);
    let html = js_sys::Reflect::get(&cap, &"html".into())
        .unwrap()
        .as_string()
        .unwrap();
    assert!(
        html.contains("data-unticked-checked=\"true\""),
        "live state annotated"
    );
    let r = scan(&cap);
    let f = ai(&r);
    assert_eq!(f.len(), 1);
    assert_eq!(
        f[0].label,
        "Use my data for training content creation AI models"
    );
    assert_eq!(
        (
            f[0].control_state.as_str(),
            f[0].sharing,
            f[0].default_sharing,
            f[0].visible
        ),
        ("on", Some(true), Some(true), true)
    );
    assert!(f[0]
        .section
        .iter()
        .any(|s| s == "Data for Generative AI Improvement"));
    // Turn it off the way the extension does: the probe clicks, the page's own code saves.
    let res = flip(&frame, &f[0].locator).await;
    assert_eq!(
        js_sys::Reflect::get(&res, &"ok".into()).unwrap().as_bool(),
        Some(true),
        "{:?}",
        js_sys::JSON::stringify(&res)
    );
    let after = scan(&capture(&frame, LINKEDIN));
    assert_eq!(ai(&after)[0].sharing, Some(false));
    assert_eq!(ai(&after)[0].control_state, "off");
}

#[wasm_bindgen_test]
async fn chatgpt_dialog_text_state_and_hidden_tab() {
    let frame = live_page(include_str!("../www/samples/chatgpt-data-controls.html")).await;
    let r = scan(&capture(
        &frame,
        "https://chatgpt.com/#settings/DataControls",
    ));
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{}", fingerprint(&r));
    assert_eq!(f[0].label, "Improve the model for everyone");
    assert_eq!(f[0].sharing, Some(true));
    assert_eq!(
        f[0].section,
        vec!["Settings".to_string(), "Data controls".to_string()]
    );
    assert!(
        !r.findings.iter().any(|f| f.label.contains("Memory")),
        "the hidden tab's switch is not a finding"
    );
}

#[wasm_bindgen_test]
async fn chatgpt_radix_switch_in_the_opened_dialog() {
    let frame = live_page(include_str!("../www/samples/chatgpt-data-controls.html")).await;
    let doc = frame.content_document().unwrap();
    let row = doc
        .query_selector(r#"button[data-testid="improve-model-open-modal-button"]"#)
        .unwrap()
        .expect("row button");
    row.unchecked_ref::<web_sys::HtmlElement>().click(); // another realm: instanceof would fail
    sleep(100).await;
    let url = "https://chatgpt.com/#settings/DataControls";
    let r = scan(&capture(&frame, url));
    let sw: Vec<_> = ai(&r)
        .into_iter()
        .filter(|f| f.kind == unticked::controls::ControlKind::Switch)
        .collect();
    let improve = sw
        .iter()
        .find(|f| f.label == "Improve the model for everyone")
        .unwrap_or_else(|| panic!("{}", fingerprint(&r)));
    assert_eq!(
        (improve.control_state.as_str(), improve.sharing),
        ("on", Some(true))
    );
    assert_eq!(improve.setting.as_deref(), Some("openai-improve-model"));
    assert_eq!(
        ai(&r)
            .iter()
            .filter(|f| f.label == "Improve the model for everyone")
            .count(),
        1,
        "the row and the switch are one setting"
    );
    assert!(
        improve.locator.contains("improve-model-toggle"),
        "{}",
        improve.locator
    );
    let res = flip(&frame, &improve.locator.clone()).await;
    assert_eq!(
        js_sys::Reflect::get(&res, &"ok".into()).unwrap().as_bool(),
        Some(true),
        "{:?}",
        js_sys::JSON::stringify(&res)
    );
    let after = scan(&capture(&frame, url));
    let now = after
        .findings
        .iter()
        .find(|f| f.label == "Improve the model for everyone")
        .unwrap();
    assert_eq!(now.sharing, Some(false));
}

#[wasm_bindgen_test]
async fn chatgpt_row_opens_the_dialog_and_its_switch_is_flipped() {
    // The probe only clicks the row open; the engine, reading the page again, decides which
    // switch appeared for this setting, and that one is flipped by its locator.
    let frame = live_page(include_str!("../www/samples/chatgpt-data-controls.html")).await;
    let url = "https://chatgpt.com/#settings/DataControls";
    let r = scan(&capture(&frame, url));
    let row = ai(&r)
        .into_iter()
        .find(|f| f.kind == unticked::controls::ControlKind::TextState)
        .expect("the row")
        .clone();
    let t = row.turn_off.clone().expect("turn off");
    assert_eq!(
        (t.how.as_str(), t.option.as_str()),
        ("open", "Improve the model for everyone")
    );
    assert!(
        unticked::findings::revealed_switch(&row, &r.findings).is_none(),
        "the dialog is closed: no switch is on screen yet"
    );
    let opts = js_sys::Object::new();
    js_sys::Reflect::set(&opts, &"doc".into(), &frame.content_document().unwrap()).unwrap();
    let res = call(
        &probe(),
        "openRow",
        &[t.locator.clone().into(), opts.into()],
    );
    assert_eq!(
        js_sys::Reflect::get(&res, &"ok".into()).unwrap().as_bool(),
        Some(true)
    );
    sleep(100).await;
    let open = scan(&capture(&frame, url));
    let sw = unticked::findings::revealed_switch(&row, &open.findings)
        .expect("the engine finds the switch the row opened")
        .clone();
    assert_ne!(sw.locator, row.locator);
    let res = flip(&frame, &sw.locator).await;
    assert_eq!(
        js_sys::Reflect::get(&res, &"ok".into()).unwrap().as_bool(),
        Some(true),
        "{:?}",
        js_sys::JSON::stringify(&res)
    );
    let after = scan(&capture(&frame, url));
    let now = after
        .findings
        .iter()
        .find(|f| f.setting.as_deref() == Some("openai-improve-model"))
        .unwrap();
    assert_eq!(now.sharing, Some(false));
    // The probe has no way left to click by a name.
    assert!(js_sys::Reflect::get(&probe(), &"openAndFlip".into())
        .unwrap()
        .is_undefined());
}

#[wasm_bindgen_test]
async fn x_checkbox_in_label_and_decoys() {
    let frame = live_page(include_str!("../www/samples/x-grok-settings.html")).await;
    let r = scan(&capture(&frame, "https://x.com/settings/grok_settings"));
    let f = ai(&r);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].setting.as_deref(), Some("x-grok-training"));
    assert!(f[0].description.contains("xAI"));
    assert_eq!(
        r.findings
            .iter()
            .filter(|f| f.concern == Concern::AiFeature)
            .count(),
        2
    );
}

#[wasm_bindgen_test]
async fn shadow_dom_switches_select_radio_and_flip_through_shadow_root() {
    let frame = live_page(include_str!("../www/samples/nimbus-notes-settings.html")).await;
    let url = "https://app.nimbusnotes.example/settings/privacy";
    let r = scan(&capture(&frame, url));
    let f = ai(&r);
    let shadow: Vec<_> = f.iter().filter(|f| f.locator.contains(" >>> ")).collect();
    assert!(
        !shadow.is_empty(),
        "switches inside shadow roots are found: {}",
        fingerprint(&r)
    );
    assert!(
        f.iter().any(|f| f.control_state == "Always"),
        "select state"
    );
    assert!(
        f.iter().any(|f| f.control_state == "Allow"),
        "radio group state"
    );
    assert!(
        r.findings.iter().all(|f| f.visible),
        "hidden controls are not findings"
    );
    let target = shadow
        .iter()
        .find(|f| f.sharing == Some(true))
        .expect("a sharing shadow switch");
    let (loc, label) = (target.locator.clone(), target.label.clone());
    let res = flip(&frame, &loc).await;
    assert_eq!(
        js_sys::Reflect::get(&res, &"ok".into()).unwrap().as_bool(),
        Some(true),
        "{:?}",
        js_sys::JSON::stringify(&res)
    );
    let after = scan(&capture(&frame, url));
    assert_eq!(
        after
            .findings
            .iter()
            .find(|f| f.label == label)
            .unwrap()
            .sharing,
        Some(false)
    );
}

#[wasm_bindgen_test]
async fn visibility_is_measured_live() {
    let frame = live_page(
        r#"<!doctype html><html><body>
        <style>.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);opacity:0}</style>
        <div><input type=checkbox id=a class=sr checked><label for=a>Use my photos to train AI (visually hidden input, visible label)</label></div>
        <div class=gone><label><input type=checkbox checked> Use my posts to train AI (hidden by a stylesheet)</label></div>
        <style>.gone{display:none}</style>
        </body></html>"#,
    )
    .await;
    let cap = capture(&frame, "https://example.test/settings");
    let opts = js_sys::Object::new();
    js_sys::Reflect::set(&opts, &"include_hidden".into(), &true.into()).unwrap();
    engine_data();
    let r = scan_js(&cap, &opts).unwrap();
    let get = |p: &str| {
        r.findings
            .iter()
            .find(|f| f.label.starts_with(p))
            .unwrap_or_else(|| panic!("{p}: {}", fingerprint(&r)))
    };
    assert!(get("Use my photos").visible);
    assert!(
        !get("Use my posts").visible,
        "a stylesheet can hide it: only a live capture knows"
    );
}

/// Same page, same findings: the Wasm engine gives the fingerprint the native engine gives
/// (`tests/golden.rs` checks the native side against the same files).
#[wasm_bindgen_test]
fn wasm_and_native_findings_match() {
    let pages: [(&str, &str); 9] = [
        (
            include_str!("../www/samples/linkedin-data-for-ai.html"),
            include_str!("golden/linkedin-data-for-ai.txt"),
        ),
        (
            include_str!("../www/samples/linkedin-data-for-ai-de.html"),
            include_str!("golden/linkedin-data-for-ai-de.txt"),
        ),
        (
            include_str!("../www/samples/linkedin-advertising-data.html"),
            include_str!("golden/linkedin-advertising-data.txt"),
        ),
        (
            include_str!("../www/samples/chatgpt-data-controls.html"),
            include_str!("golden/chatgpt-data-controls.txt"),
        ),
        (
            include_str!("../www/samples/x-grok-settings.html"),
            include_str!("golden/x-grok-settings.txt"),
        ),
        (
            include_str!("../www/samples/substack-settings.html"),
            include_str!("golden/substack-settings.txt"),
        ),
        (
            include_str!("../www/samples/tumblr-blog-settings.html"),
            include_str!("golden/tumblr-blog-settings.txt"),
        ),
        (
            include_str!("../www/samples/gemini-activity.html"),
            include_str!("golden/gemini-activity.txt"),
        ),
        (
            include_str!("../www/samples/nimbus-notes-settings.html"),
            include_str!("golden/nimbus-notes-settings.txt"),
        ),
    ];
    for (html, want) in pages {
        let cap = js_sys::Object::new();
        js_sys::Reflect::set(&cap, &"html".into(), &html.into()).unwrap();
        assert_eq!(fingerprint(&scan(&cap.into())), want);
    }
}

/// A mock host: the inspector's view of a LinkedIn page whose switch can be flipped once.
fn mock_host(label: &str) -> JsValue {
    let make = js_sys::Function::new_with_args(
        "label",
        r#"
        let checked = true;
        const host = {
          kind: 'extension', flips: 0, saved: null,
          async capture() {
            return { format: 'unticked-capture', version: 1,
              url: 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
              html: '<h1>Data for Generative AI Improvement</h1><div><input type="checkbox" role="switch" id="t" aria-labelledby="l" data-unticked-visible="true" data-unticked-checked="' + checked + '"><span id="l"></span></div>'.replace('<span id="l"></span>', '<span id="l">' + label + '</span>') };
          },
          text: '',
          async describe(locator) { return { found: true, tag: 'input', role: 'switch', type: 'checkbox', name: label.replace(/&lt;/g, '<').replace(/&gt;/g, '>'), text: host.text, state: checked ? 'on' : 'off' }; },
          async flip(locator, how) { host.flips++; host.lastLocator = locator; checked = false; return { ok: true, before: 'on', after: 'off' }; },
          async recordScan(report) {
            const out = host.engine.history_update(host.saved, report, new Date().toISOString());
            host.saved = out.history;
            return out;
          },
          async setBadge(n, changed) { host.badge = n; },
          region: '',
          uiLang: '',
          async scanOptions() { const o = host.region ? { region: host.region } : {}; if (host.uiLang) o.ui_lang = host.uiLang; return o; },
          async getRegion() { return host.region; },
          async setRegion(code) { host.region = code; },
          msg() { return ''; },
        };
        return host;
        "#,
    );
    let host = make.call1(&JsValue::NULL, &label.into()).unwrap();
    // The engine's history update, as the extension's host calls it from pkg/unticked.js.
    let update = Closure::<dyn Fn(JsValue, JsValue, JsValue) -> JsValue>::new(
        |stored: JsValue, report: JsValue, now: JsValue| {
            unticked::web::history_update(stored, report, now.as_string().unwrap_or_default())
                .unwrap_or_else(JsValue::from)
        },
    );
    let engine = js_sys::Object::new();
    js_sys::Reflect::set(&engine, &"history_update".into(), &update.into_js_value()).unwrap();
    js_sys::Reflect::set(&host, &"engine".into(), &engine).unwrap();
    host
}

async fn wait_for(root: &Element, selector: &str) -> Element {
    for _ in 0..200 {
        if let Some(e) = root.query_selector(selector).unwrap() {
            return e;
        }
        sleep(20).await;
    }
    panic!("{selector} never appeared; got: {}", root.inner_html());
}

fn click(e: &Element) {
    e.dyn_ref::<web_sys::HtmlElement>().unwrap().click();
}

/// A page that dresses a "Delete account" button as the training switch: the inspector reads
/// the element's facts first and refuses, and nothing is clicked.
#[wasm_bindgen_test]
async fn turn_off_refuses_an_element_that_says_delete_account() {
    let host = mock_host("Use my data for training content creation AI models");
    js_sys::Reflect::set(&host, &"text".into(), &"Delete account".into()).unwrap();
    let root = fixture_root();
    engine_data();
    let _app = unticked::web::start_inspector(root.clone(), host.clone());
    wait_for(
        &root,
        r#"[data-concern="ai-training"][data-sharing="true"]"#,
    )
    .await;
    click(&wait_for(&root, "[data-action=turn-off]").await);
    click(&wait_for(&root, "[data-action=confirm]").await);
    let refused = wait_for(&root, "[data-refused]").await;
    assert!(
        refused.text_content().unwrap().contains("Delete account"),
        "{:?}",
        refused.text_content()
    );
    assert_eq!(
        js_sys::Reflect::get(&host, &"flips".into())
            .unwrap()
            .as_f64(),
        Some(0.0),
        "nothing clicked"
    );
}

#[wasm_bindgen_test]
async fn inspector_lists_explains_and_turns_off() {
    // Hostile label text must be shown as text, never as markup.
    let label =
        "Use my data for training content creation AI models &lt;img src=x onerror=alert(1)&gt;";
    let host = mock_host(label);
    let root = fixture_root();
    engine_data();
    let _app = unticked::web::start_inspector(root.clone(), host.clone());
    let card = wait_for(
        &root,
        r#"[data-concern="ai-training"][data-sharing="true"]"#,
    )
    .await;
    let text = card.text_content().unwrap();
    assert!(
        text.contains(
            "Use my data for training content creation AI models <img src=x onerror=alert(1)>"
        ),
        "{text}"
    );
    assert!(
        card.query_selector("img").unwrap().is_none(),
        "page text is never parsed as HTML"
    );
    assert!(
        text.contains("On by default") && text.contains("not undone"),
        "{text}"
    );
    assert!(
        card.query_selector(".ut-sources a[href^='https://']")
            .unwrap()
            .is_some(),
        "sources are links"
    );
    assert_eq!(
        js_sys::Reflect::get(&host, &"badge".into())
            .unwrap()
            .as_f64(),
        Some(1.0)
    );
    // Turn off: ask, confirm, flip, re-scan, and report the real new state.
    click(&wait_for(&root, "[data-action=turn-off]").await);
    let confirm = wait_for(&root, "[data-action=confirm]").await;
    sleep(30).await;
    let focused = document()
        .active_element()
        .and_then(|e| e.get_attribute("data-action"));
    assert_eq!(
        focused.as_deref(),
        Some("confirm"),
        "keyboard focus moves to the confirm button"
    );
    click(&confirm);
    wait_for(
        &root,
        r#"[data-concern="ai-training"][data-sharing="false"]"#,
    )
    .await;
    wait_for(&root, ".ut-ok").await;
    assert_eq!(
        js_sys::Reflect::get(&host, &"flips".into())
            .unwrap()
            .as_f64(),
        Some(1.0)
    );
    assert_eq!(
        js_sys::Reflect::get(&host, &"lastLocator".into())
            .unwrap()
            .as_string()
            .as_deref(),
        Some("#t")
    );
    assert_eq!(
        js_sys::Reflect::get(&host, &"badge".into())
            .unwrap()
            .as_f64(),
        Some(0.0)
    );
    // History remembers the first state it saw.
    let saved = js_sys::JSON::stringify(&js_sys::Reflect::get(&host, &"saved".into()).unwrap())
        .unwrap()
        .as_string()
        .unwrap();
    assert!(
        saved.contains("\"first_sharing\":true") && saved.contains("\"last_sharing\":false"),
        "{saved}"
    );
}

/// Two turn-offs that overlap (issue 10): the first switch's click is slow, the second's fast,
/// so the second finishes first. Each result is dispatched to the inspector's reducer and both
/// land. (Written back from copies of the statuses taken before the awaits, as before, the
/// slow one's write erased the fast one's "Turned off".)
#[wasm_bindgen_test]
async fn inspector_overlapping_turn_offs_both_land() {
    let host = js_sys::Function::new_no_args(
        r#"
        const names = { a: 'Use my notes to train AI models', b: 'Use my voice recordings to train AI models' };
        const on = { a: true, b: true };
        const row = (id) => '<div><input type="checkbox" role="switch" id="' + id + '" aria-labelledby="l' + id + '" data-unticked-visible="true" data-unticked-checked="' + on[id] + '"><span id="l' + id + '">' + names[id] + '</span></div>';
        const host = {
          kind: 'extension', flips: [],
          async capture() {
            return { format: 'unticked-capture', version: 1, url: 'https://notes.example/settings', html: '<main><h1>AI</h1>' + row('a') + row('b') + '</main>' };
          },
          async describe(locator) { const id = locator.slice(1); return { found: true, tag: 'input', role: 'switch', type: 'checkbox', name: names[id], text: '', state: on[id] ? 'on' : 'off' }; },
          async flip(locator) {
            const id = locator.slice(1);
            if (id === 'a') await new Promise((r) => setTimeout(r, 400));
            on[id] = false; host.flips.push(id);
            return { ok: true, before: 'on', after: 'off' };
          },
          msg() { return ''; },
        };
        return host;
        "#,
    )
    .call0(&JsValue::NULL)
    .unwrap();
    let root = fixture_root();
    engine_data();
    let _app = unticked::web::start_inspector(root.clone(), host.clone());
    let card = |label: &'static str| {
        let root = root.clone();
        async move {
            for _ in 0..200 {
                let all = root.query_selector_all("article.ut-finding").unwrap();
                for i in 0..all.length() {
                    let e: Element = all.item(i).unwrap().dyn_into().unwrap();
                    if e.text_content().unwrap_or_default().contains(label) {
                        return e;
                    }
                }
                sleep(20).await;
            }
            panic!("no card for {label}: {}", root.inner_html());
        }
    };
    let (a, b) = (
        "Use my notes to train AI models",
        "Use my voice recordings to train AI models",
    );
    for label in [a, b] {
        let c = card(label).await;
        click(&c.query_selector("[data-action=turn-off]").unwrap().unwrap());
        click(&wait_for(&c, "[data-action=confirm]").await);
    }
    // Both say "Turned off", after both flips.
    for _ in 0..200 {
        let flips = js_sys::Reflect::get(&host, &"flips".into()).unwrap();
        let done_a = card(a).await.query_selector(".ut-ok").unwrap().is_some();
        let done_b = card(b).await.query_selector(".ut-ok").unwrap().is_some();
        if js_sys::Array::from(&flips).length() == 2 && done_a && done_b {
            let order: Vec<String> = js_sys::Array::from(&flips)
                .iter()
                .filter_map(|v| v.as_string())
                .collect();
            assert_eq!(order, ["b", "a"], "the fast one finished first");
            return;
        }
        sleep(20).await;
    }
    panic!(
        "both turn-offs should say 'Turned off': {}",
        root.inner_html()
    );
}

#[wasm_bindgen_test]
async fn inspector_region_setting_rescans_with_the_persons_region() {
    let host = mock_host("Use my data for training content creation AI models");
    let root = fixture_root();
    engine_data();
    let _app = unticked::web::start_inspector(root.clone(), host.clone());
    wait_for(&root, r#"[data-concern="ai-training"]"#).await;
    let select: web_sys::HtmlSelectElement = wait_for(&root, ".ut-region select")
        .await
        .dyn_into()
        .unwrap();
    select.set_value("DE");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    for _ in 0..200 {
        if root.text_content().unwrap().contains("your region (DE)") {
            break;
        }
        sleep(20).await;
    }
    assert!(
        root.text_content().unwrap().contains("your region (DE)"),
        "{}",
        root.inner_html()
    );
    assert_eq!(
        js_sys::Reflect::get(&host, &"region".into())
            .unwrap()
            .as_string()
            .as_deref(),
        Some("DE")
    );
}

/// The browser's language reaches the engine through the host's scan options: the inspector's
/// explanation and "Why:" line are German, the page's own words stay as written.
#[wasm_bindgen_test]
async fn inspector_explains_in_the_browsers_language() {
    let host = mock_host("Use my data for training content creation AI models");
    js_sys::Reflect::set(&host, &"uiLang".into(), &"de-DE".into()).unwrap();
    let root = fixture_root();
    engine_data();
    let _app = unticked::web::start_inspector(root.clone(), host.clone());
    let card = wait_for(&root, r#"[data-concern="ai-training"]"#).await;
    let text = card.text_content().unwrap();
    for german in [
        "Hier wird entschieden, ob LinkedIn deine Daten zum Trainieren von KI-Modellen verwenden darf.",
        "Derzeit werden Daten geteilt.",
        "eigene Einstellung von LinkedIn, Unticked bekannt → eingeschaltet teilt",
    ] {
        assert!(text.contains(german), "{german} in {text}");
    }
    assert!(text.contains("Use my data for training content creation AI models"));
    assert!(!text.contains("It is sharing now."), "{text}");
}

#[wasm_bindgen_test]
async fn inspector_shows_errors_as_sentences() {
    let host = js_sys::Function::new_no_args("return { kind: 'extension', async capture() { throw new Error('Unticked can\\'t read this page.'); }, msg() { return ''; } };")
        .call0(&JsValue::NULL)
        .unwrap();
    let root = fixture_root();
    engine_data();
    let _app = unticked::web::start_inspector(root.clone(), host);
    let err = wait_for(&root, ".ut-error").await;
    assert!(err.text_content().unwrap().contains("can't read this page"));
}

/// JS values of the wrong shape get a sentence, and stored history of any shape is kept.
#[wasm_bindgen_test]
fn js_values_of_the_wrong_shape() {
    engine_data();
    let obj = |src: &str| js_sys::JSON::parse(src).unwrap();
    // A number where the page's HTML should be: a clear error, no panic.
    let err = scan_js(
        &obj(r#"{"format":"unticked-capture","version":1,"html":1.5}"#),
        &JsValue::UNDEFINED,
    )
    .unwrap_err();
    assert!(
        err.contains("not an Unticked capture") && err.contains("a number"),
        "{err}"
    );
    // Keys holding `undefined` count as absent; whole numbers read as integers.
    let cap = obj(
        r#"{"format":"unticked-capture","version":1,"url":"https://example.test/s","html":"<label><input type=checkbox checked> Use my data to train AI models</label>"}"#,
    );
    js_sys::Reflect::set(&cap, &"title".into(), &JsValue::UNDEFINED).unwrap();
    let r = scan_js(&cap, &obj(r#"{"region":"DE","include_hidden":false}"#)).unwrap();
    assert_eq!(r.summary.sharing, 1);
    // History this version cannot read (malformed, or from a newer Unticked) is set aside
    // under a key of its own, never read as empty and overwritten; version 1 migrates.
    let h = unticked::web::load_history(&obj(r#"{"version":2.5,"pages":[1,2]}"#));
    assert!(h.history.pages.is_empty());
    assert!(h.aside.unwrap().contains("not readable"));
    let newer = unticked::web::load_history(&obj(r#"{"version":7,"pages":{"x":{"odd":1}}}"#));
    assert!(newer.aside.unwrap().contains("newer Unticked"));
    let out = unticked::web::history_update(
        obj(r#"{"version":7,"pages":{}}"#),
        obj(r#"{"url":"https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement","findings":[]}"#),
        "2026-12-01T00:00:00.000Z".into(),
    )
    .unwrap();
    let aside = js_sys::Reflect::get(&out, &"aside".into()).unwrap();
    assert_eq!(
        js_sys::Reflect::get(&aside, &"key".into())
            .unwrap()
            .as_string()
            .unwrap(),
        "history-aside-2026-12-01T00:00:00.000Z"
    );
    let v1 = unticked::web::load_history(&obj(
        r#"{"seen":{"Use my data":{"url":"https://www.linkedin.com/x","first_seen":"2024-09-20","state":"on"}}}"#,
    ));
    assert_eq!(v1.history.pages.len(), 1);
}
