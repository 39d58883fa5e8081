//! The inspector's window on the world: a JS object the extension (`extension/host.js`,
//! `createExtensionHost`) or the demo (`www/demo.js`) provides. Its methods are declared once,
//! below, as a typed extern: a method renamed or dropped on this side fails to compile, and one
//! missing on the JS side is an error or a `Can` that says no, never a silent guess. Every
//! method but `capture` is optional; missing ones degrade (no badge, no history).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// The host object.
    #[derive(Clone)]
    pub type HostJs;

    #[wasm_bindgen(method, catch)]
    fn capture(this: &HostJs) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, js_name = scanOptions)]
    fn scan_options(this: &HostJs) -> Result<JsValue, JsValue>;
    /// Record a scan in the stored history, one write at a time: `{history, changes}`.
    #[wasm_bindgen(method, catch, js_name = recordScan)]
    fn record_scan(this: &HostJs, report: &JsValue) -> Result<JsValue, JsValue>;
    /// Merge an exported history file's text into the stored history: `{history}`.
    #[wasm_bindgen(method, catch, js_name = importHistory)]
    fn import_history(this: &HostJs, text: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, js_name = clearHistory)]
    fn clear_history(this: &HostJs) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, js_name = setBadge)]
    fn set_badge(this: &HostJs, count: u32, changed: bool) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, js_name = getRegion)]
    fn get_region(this: &HostJs) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, js_name = setRegion)]
    fn set_region(this: &HostJs, code: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn download(this: &HostJs, name: &str, mime: &str, text: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn describe(this: &HostJs, locator: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn highlight(this: &HostJs, locator: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn flip(
        this: &HostJs,
        locator: &str,
        how: &str,
        option: &str,
        url: &str,
    ) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, js_name = openSidePanel)]
    fn open_side_panel(this: &HostJs) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, js_name = siteAccess)]
    fn site_access(this: &HostJs, sites: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, js_name = requestSiteAccess)]
    fn request_site_access(this: &HostJs, sites: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, js_name = revokeSiteAccess)]
    fn revoke_site_access(this: &HostJs, sites: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn msg(this: &HostJs, key: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn kind(this: &HostJs) -> JsValue;
}

/// The optional abilities a host may have (each is one method of `HostJs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Can {
    ScanOptions,
    History,
    ClearHistory,
    Badge,
    Region,
    Highlight,
    SidePanel,
    SiteAccess,
}

impl Can {
    fn method(self) -> &'static str {
        match self {
            Can::ScanOptions => "scanOptions",
            Can::History => "recordScan",
            Can::ClearHistory => "clearHistory",
            Can::Badge => "setBadge",
            Can::Region => "setRegion",
            Can::Highlight => "highlight",
            Can::SidePanel => "openSidePanel",
            Can::SiteAccess => "siteAccess",
        }
    }
}

#[derive(Clone)]
pub struct Host(HostJs);

impl PartialEq for Host {
    fn eq(&self, other: &Self) -> bool {
        JsValue::from(&self.0) == JsValue::from(&other.0)
    }
}

fn message(e: JsValue) -> String {
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        return String::from(err.message());
    }
    e.as_string()
        .unwrap_or_else(|| "something went wrong".into())
}

/// A host method's answer: its promise's value when it returns one.
async fn settle(v: Result<JsValue, JsValue>) -> Result<JsValue, String> {
    let v = v.map_err(message)?;
    match v.dyn_into::<js_sys::Promise>() {
        Ok(p) => JsFuture::from(p).await.map_err(message),
        Err(v) => Ok(v),
    }
}

impl Host {
    pub fn new(v: JsValue) -> Self {
        Host(v.unchecked_into())
    }

    /// Does the host have this ability?
    pub fn can(&self, what: Can) -> bool {
        js_sys::Reflect::get(&self.0, &what.method().into()).is_ok_and(|f| f.is_function())
    }

    pub async fn capture(&self) -> Result<JsValue, String> {
        settle(self.0.capture()).await
    }
    pub async fn scan_options(&self) -> Result<JsValue, String> {
        settle(self.0.scan_options()).await
    }
    pub async fn record_scan(&self, report: &JsValue) -> Result<JsValue, String> {
        settle(self.0.record_scan(report)).await
    }
    pub async fn import_history(&self, text: &str) -> Result<JsValue, String> {
        settle(self.0.import_history(text)).await
    }
    pub async fn clear_history(&self) -> Result<JsValue, String> {
        settle(self.0.clear_history()).await
    }
    pub async fn set_badge(&self, count: u32, changed: bool) -> Result<JsValue, String> {
        settle(self.0.set_badge(count, changed)).await
    }
    pub async fn get_region(&self) -> Result<JsValue, String> {
        settle(self.0.get_region()).await
    }
    pub async fn set_region(&self, code: &str) -> Result<JsValue, String> {
        settle(self.0.set_region(code)).await
    }
    pub async fn download(&self, name: &str, mime: &str, text: &str) -> Result<JsValue, String> {
        settle(self.0.download(name, mime, text)).await
    }
    pub async fn describe(&self, locator: &str) -> Result<JsValue, String> {
        settle(self.0.describe(locator)).await
    }
    pub async fn highlight(&self, locator: &str) -> Result<JsValue, String> {
        settle(self.0.highlight(locator)).await
    }
    pub async fn flip(
        &self,
        locator: &str,
        how: &str,
        option: &str,
        url: &str,
    ) -> Result<JsValue, String> {
        settle(self.0.flip(locator, how, option, url)).await
    }
    pub async fn site_access(&self, sites: &JsValue) -> Result<JsValue, String> {
        settle(self.0.site_access(sites)).await
    }

    /// Open the side panel now, inside the click (the browser refuses it after an await).
    pub fn open_side_panel_now(&self) -> Result<JsValue, String> {
        self.0.open_side_panel().map_err(message)
    }

    /// Ask for (or give back) site access now, inside the click; the answer is awaited later.
    pub fn site_access_now(&self, grant: bool, sites: &JsValue) -> Option<JsFuture> {
        let v = if grant {
            self.0.request_site_access(sites)
        } else {
            self.0.revoke_site_access(sites)
        };
        Some(JsFuture::from(js_sys::Promise::resolve(&v.ok()?)))
    }

    pub fn kind(&self) -> String {
        self.0.kind().as_string().unwrap_or_default()
    }

    /// A translated UI string, or `fallback` (English) when the host has none.
    pub fn msg(&self, key: &str, fallback: &str) -> String {
        // The shipped build carries no English copies: every host answers from _locales/en
        // (the extension by chrome.i18n, the demo from the same file); a missing one shows
        // its key (tests/locales.rs checks that each key the views use is there).
        #[cfg(feature = "ship")]
        let fallback = {
            let _ = fallback;
            key
        };
        self.0
            .msg(key)
            .ok()
            .and_then(|v| v.as_string())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| fallback.to_string())
    }
}
