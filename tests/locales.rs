//! The extension's UI strings in seven languages (issue 10): `extension/_locales/<locale>/
//! messages.json` must each hold every key of the default locale (en), as valid JSON with the
//! same chrome.i18n placeholders and `{service}` slots. Unticked's own sentences (explanations,
//! the Markdown export) are templates in the engine's data instead: `tests/messages.rs`.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

/// The `{slots}` of a string.
fn placeholders(t: &str) -> BTreeSet<String> {
    t.split('{')
        .skip(1)
        .filter_map(|p| p.split_once('}').map(|(name, _)| name.to_string()))
        .collect()
}

/// Each locale has every key of the default locale (en), and no other.
#[test]
fn every_locale_has_every_ui_string() {
    let read = |loc: &str| -> serde_json::Map<String, serde_json::Value> {
        let path = format!("extension/_locales/{loc}/messages.json");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
    };
    let slots = |v: &serde_json::Value| {
        let m = v["message"].as_str().unwrap_or("");
        let mut s: BTreeSet<String> = m
            .split('$')
            .skip(1)
            .step_by(2)
            .map(|x| x.to_ascii_lowercase())
            .collect();
        s.extend(placeholders(m));
        let named: BTreeSet<String> = v["placeholders"]
            .as_object()
            .map(|o| {
                o.iter()
                    .map(|(k, p)| format!("{k}={}", p["content"]))
                    .collect()
            })
            .unwrap_or_default();
        (s, named)
    };
    let en = read("en");
    let mut locales: Vec<String> = std::fs::read_dir("extension/_locales")
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    locales.sort();
    assert_eq!(locales, ["de", "en", "es", "fr", "it", "nl", "pt_BR"]);
    let mut problems = Vec::new();
    for loc in &locales {
        let m = read(loc);
        for (key, v) in &en {
            match m.get(key) {
                None => problems.push(format!("{loc}: {key} is missing")),
                Some(x) if x["message"].as_str().is_none_or(|s| s.trim().is_empty()) => {
                    problems.push(format!("{loc}: {key} is empty"))
                }
                Some(x) if slots(x) != slots(v) => problems.push(format!(
                    "{loc}: {key} has {:?}, en has {:?}",
                    slots(x),
                    slots(v)
                )),
                _ => {}
            }
        }
        for key in m.keys().filter(|k| !en.contains_key(*k)) {
            problems.push(format!("{loc}: {key} is not in en"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every message key the views ask their host for (`t("key", …)`) is in the default locale:
/// the shipped Wasm has no English copies, so a missing key would show as its name.
#[test]
fn every_key_the_views_use_is_in_the_default_locale() {
    let en: serde_json::Map<String, serde_json::Value> = serde_json::from_str(
        &std::fs::read_to_string("extension/_locales/en/messages.json").unwrap(),
    )
    .unwrap();
    let mut used = BTreeSet::new();
    for entry in std::fs::read_dir("src/views").unwrap() {
        let path = entry.unwrap().path();
        let src = std::fs::read_to_string(&path).unwrap();
        for part in src.split("t(").skip(1) {
            let Some(part) = part.trim_start().strip_prefix('"') else {
                continue;
            };
            if let Some((key, rest)) = part.split_once('"') {
                // A message call: a key, then its English text.
                if rest.trim_start().starts_with(',')
                    && key.chars().all(|c| c.is_ascii_alphanumeric())
                {
                    used.insert(key.to_string());
                }
            }
        }
    }
    assert!(
        used.len() > 50,
        "found only {} keys: is the pattern still t(\"key\", …)?",
        used.len()
    );
    let missing: Vec<&String> = used.iter().filter(|k| !en.contains_key(*k)).collect();
    assert!(
        missing.is_empty(),
        "keys the views use but _locales/en lacks: {missing:?}"
    );
}

/// Each region the inspector offers is named by a message `region<CODE>` (so in the UI's
/// language, not in English), which every locale has by the test above.
#[test]
fn every_region_the_inspector_offers_has_a_name() {
    let en: serde_json::Map<String, serde_json::Value> = serde_json::from_str(
        &std::fs::read_to_string("extension/_locales/en/messages.json").unwrap(),
    )
    .unwrap();
    let src = std::fs::read_to_string("src/views/mod.rs").unwrap();
    let list = src
        .split_once("const REGIONS: &[&str] = &[")
        .and_then(|(_, rest)| rest.split_once("];"))
        .expect("src/views/mod.rs lists its REGIONS")
        .0;
    let codes: Vec<&str> = list
        .split(',')
        .map(|c| c.trim().trim_matches('"'))
        .filter(|c| !c.is_empty())
        .collect();
    assert!(codes.len() >= 20, "{codes:?}");
    let missing: Vec<String> = codes
        .iter()
        .map(|c| format!("region{c}"))
        .filter(|k| !en.contains_key(k))
        .collect();
    assert!(missing.is_empty(), "regions without a name: {missing:?}");
}
