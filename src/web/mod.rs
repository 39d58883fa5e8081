//! The Wasm edge: functions the extension and the demo call, and the `Host` the inspector
//! talks to. Thin on purpose: all decisions are in the engine.

mod de;
mod host;

pub use host::{Can, Host};

use crate::findings::{scan as engine_scan, Report, ScanOptions};
use crate::history::{self, History, Loaded, SetAside, Stored};
use crate::Capture;
use wasm_bindgen::prelude::*;

/// A Rust value as a plain JS object (maps as objects, so JSON.stringify works).
pub(crate) fn to_js<T: serde::Serialize>(v: &T) -> Result<JsValue, JsError> {
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    v.serialize(&ser).map_err(|e| JsError::new(&e.to_string()))
}

/// Scan a capture (the probe's output, or `{html, url}` for a saved page).
#[wasm_bindgen]
pub fn scan(capture: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let report = scan_js(&capture, &options).map_err(|e| JsError::new(&e))?;
    to_js(&report)
}

/// Hand the engine its data (`pkg/data.txt`: lexicons and catalog, shipped beside the Wasm):
/// every host calls this once after `init()`, before anything else.
#[wasm_bindgen]
pub fn set_data(text: String) -> Result<(), JsError> {
    crate::data::set(text).map_err(|e| JsError::new(&e))
}

pub fn scan_js(capture: &JsValue, options: &JsValue) -> Result<Report, String> {
    if !crate::data::loaded() {
        return Err("Unticked's data is not loaded (pkg/data.txt): reload the extension".into());
    }
    let capture: Capture =
        de::from_js(capture).map_err(|e| format!("this is not an Unticked capture: {e}"))?;
    let capture = capture.validate().map_err(|e| e.to_string())?;
    let opts: ScanOptions = if options.is_undefined() || options.is_null() {
        ScanOptions::default()
    } else {
        de::from_js(options).map_err(|e| format!("bad scan options: {e}"))?
    };
    engine_scan(&capture, &opts).map_err(|e| e.to_string())
}

/// The page read again and redacted (`findings::redact`), for "Save a redacted capture".
pub async fn redacted(host: &Host) -> Result<Capture, String> {
    let c: Capture = de::from_js(&host.capture().await?).map_err(|e| e.to_string())?;
    crate::findings::redact(&c.validate().map_err(|e| e.to_string())?).map_err(|e| e.to_string())
}

/// Is `url` a catalogued settings page (path and hash route included)? The background reads
/// nothing else on its own.
#[wasm_bindgen]
pub fn is_settings_page(url: &str) -> bool {
    crate::catalog::is_settings_page(url)
}

/// Read stored history of any version. What this version cannot read (corrupt, or from a
/// newer Unticked) comes back as `aside`: the caller moves it under a key of its own.
pub fn load_history(stored: &JsValue) -> Loaded {
    let version = (!stored.is_undefined() && !stored.is_null()).then(|| {
        js_sys::Reflect::get(stored, &"version".into())
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0)
    });
    history::load_stored(version, || de::from_js::<Stored>(stored))
}

/// `{history, changes, aside}`: `aside` is `{key, reason}` when storage held something this
/// version cannot read; the host copies it under `key` before writing `history`.
fn answer(
    h: &History,
    changes: Option<&history::Changes>,
    aside: Option<SetAside>,
) -> Result<JsValue, JsError> {
    let out = js_sys::Object::new();
    js_sys::Reflect::set(&out, &"history".into(), &to_js(h)?).ok();
    if let Some(c) = changes {
        js_sys::Reflect::set(&out, &"changes".into(), &to_js(c)?).ok();
    }
    if let Some(a) = aside {
        js_sys::Reflect::set(&out, &"aside".into(), &to_js(&a)?).ok();
    }
    Ok(out.into())
}

/// Record a scan in the stored history: `{history, changes, aside}`.
#[wasm_bindgen]
pub fn history_update(
    stored: JsValue,
    report: JsValue,
    now_iso: String,
) -> Result<JsValue, JsError> {
    let r: history::Seen = de::from_js(&report).map_err(|e| JsError::new(&e))?;
    let (mut h, aside) = load_history(&stored).into_history(&now_iso);
    let changes = history::update(&mut h, &r, &now_iso);
    answer(&h, Some(&changes), aside)
}

/// Import an exported history (parsed JSON) into the stored one: `{history, aside}`. An
/// import this version cannot read is refused with the reason; nothing is written.
#[wasm_bindgen]
pub fn history_import(
    stored: JsValue,
    imported: JsValue,
    now_iso: String,
) -> Result<JsValue, JsError> {
    let other = load_history(&imported);
    if let Some(why) = other.aside {
        return Err(JsError::new(&format!(
            "this file is not an Unticked history: it is {why}"
        )));
    }
    let (mut h, aside) = load_history(&stored).into_history(&now_iso);
    history::merge(&mut h, other.history);
    answer(&h, None, aside)
}

/// A mounted inspector; `destroy()` unmounts it (the demo re-mounts per sample).
#[wasm_bindgen]
pub struct InspectorHandle {
    app: Option<yew::AppHandle<crate::views::Inspector>>,
}

#[wasm_bindgen]
impl InspectorHandle {
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

/// Mount the Yew inspector into `root`, talking to the page through `host`.
#[wasm_bindgen]
pub fn start_inspector(root: web_sys::Element, host: JsValue) -> InspectorHandle {
    let props = crate::views::InspectorProps {
        host: Host::new(host),
    };
    let app = yew::Renderer::<crate::views::Inspector>::with_root_and_props(root, props).render();
    InspectorHandle { app: Some(app) }
}
