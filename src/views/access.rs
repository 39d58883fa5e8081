//! Site access, per service. Unticked asks for no site at install: the background reads a
//! service's settings pages on its own (and counts on the toolbar) only after the person
//! allows it here, and they take it back in the same place. Hosts without the three
//! `siteAccess` methods (the demo) show nothing.

use super::english;
use crate::catalog::{services, settings_hosts};
use crate::web::{Can, Host};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use yew::platform::spawn_local;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SiteAccessProps {
    pub host: Host,
    /// The catalog id of the inspected page's service.
    pub service: Option<String>,
}

/// Wait for the browser's answer (if a request or removal was made), then ask the host whether
/// the service's sites (host names) are granted now.
async fn settle(
    answer: Option<JsFuture>,
    host: Host,
    sites: JsValue,
    granted: UseStateHandle<Option<bool>>,
) {
    if let Some(a) = answer {
        let _ = a.await;
    }
    granted.set(
        host.site_access(&sites)
            .await
            .ok()
            .and_then(|v| v.as_bool()),
    );
}

#[component]
pub fn SiteAccess(props: &SiteAccessProps) -> Html {
    let host = props.host.clone();
    let granted = use_state(|| None::<bool>);
    let svc = props
        .service
        .as_deref()
        .and_then(|id| services().iter().find(|s| s.id == id));
    let list = svc.map(|s| settings_hosts(Some(s.id))).unwrap_or_default();
    let arr = js_sys::Array::new();
    for o in &list {
        arr.push(&JsValue::from_str(o));
    }
    let sites: JsValue = arr.into();
    {
        let (host, granted, sites) = (host.clone(), granted.clone(), sites.clone());
        use_effect_with(!list.is_empty(), move |some| {
            if *some && host.can(Can::SiteAccess) {
                spawn_local(settle(None, host, sites, granted));
            }
        });
    }
    let (Some(svc), Some(on)) = (svc, *granted) else {
        return html! {};
    };
    let t = |k: &str, en: &str| host.msg(k, english(en)).replace("{service}", svc.name);
    let text = if on {
        t(
            "accessOn",
            "Unticked checks {service}'s settings pages on its own and counts on the toolbar.",
        )
    } else {
        t("accessAsk", "Let Unticked check {service}'s settings pages on its own and count on the toolbar? Your browser will ask about these sites; Unticked reads only their settings pages:") + " " + &list.join(", ")
    };
    let onclick = {
        let (host, granted, sites) = (host.clone(), granted.clone(), sites.clone());
        Callback::from(move |_: MouseEvent| {
            // permissions.request must be called inside the click: now, and awaited after.
            let answer = host.site_access_now(!on, &sites);
            spawn_local(settle(answer, host.clone(), sites.clone(), granted.clone()));
        })
    };
    html! {
        <div class="ut-access" data-granted={if on { "true" } else { "false" }}>
            <p>{ text }</p>
            <button type="button" data-action="site-access" {onclick}>{ if on { t("accessStop", "Stop") } else { t("accessAllow", "Allow") } }</button>
        </div>
    }
}
