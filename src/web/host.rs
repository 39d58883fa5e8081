//! The inspector's window on the world: a JS object the extension (`extension/host.js`) or
//! the demo (`www/demo.js`) provides. Every method is optional except `capture`; missing
//! ones degrade (no badge, no history) instead of failing.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[derive(Clone)]
pub struct Host(JsValue);

impl PartialEq for Host {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

fn message(e: JsValue) -> String {
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        return String::from(err.message());
    }
    e.as_string()
        .unwrap_or_else(|| "something went wrong".into())
}

impl Host {
    pub fn new(v: JsValue) -> Self {
        Host(v)
    }

    fn method(&self, name: &str) -> Option<js_sys::Function> {
        js_sys::Reflect::get(&self.0, &name.into())
            .ok()?
            .dyn_into()
            .ok()
    }

    /// Call `name(args…)`, awaiting a promise if one comes back.
    pub async fn call(&self, name: &str, args: &[JsValue]) -> Result<JsValue, String> {
        let f = self
            .method(name)
            .ok_or_else(|| format!("this page cannot {name}"))?;
        let arr: js_sys::Array = args.iter().collect();
        let v = f.apply(&self.0, &arr).map_err(message)?;
        match v.dyn_into::<js_sys::Promise>() {
            Ok(p) => JsFuture::from(p).await.map_err(message),
            Err(v) => Ok(v),
        }
    }

    /// Call `name()` now, inside the current event handler (APIs that need the user's gesture,
    /// like opening the side panel, refuse a call made after an await).
    pub fn call_now(&self, name: &str) -> Result<JsValue, String> {
        let f = self
            .method(name)
            .ok_or_else(|| format!("this page cannot {name}"))?;
        f.call0(&self.0).map_err(message)
    }

    /// `call_now` with one argument (None when the host has no such method or it threw); the
    /// answer (a promise's, if one comes back) is awaited later.
    pub fn call_now_with(&self, name: &str, arg: &JsValue) -> Option<JsFuture> {
        let v = self.method(name)?.call1(&self.0, arg).ok()?;
        Some(JsFuture::from(js_sys::Promise::resolve(&v)))
    }

    pub fn has(&self, name: &str) -> bool {
        self.method(name).is_some()
    }

    pub fn kind(&self) -> String {
        js_sys::Reflect::get(&self.0, &"kind".into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    }

    /// A translated UI string, or `fallback` (English) when the host has none.
    pub fn msg(&self, key: &str, fallback: &str) -> String {
        self.method("msg")
            .and_then(|f| f.call1(&self.0, &key.into()).ok())
            .and_then(|v| v.as_string())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| fallback.to_string())
    }
}
