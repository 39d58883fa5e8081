//! Stored history of any shape → load (migrate) → record a scan → store → load again: never
//! panics, keeps at most the page cap, and what it stores reads back (and imports) the same.
#![no_main]
use libfuzzer_sys::fuzz_target;
use unticked::history::{self, Seen, SeenSwitch};

fuzz_target!(|data: &[u8]| {
    let mut h = history::load_json(data).history;
    let seen = Seen {
        url: "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement".into(),
        findings: vec![SeenSwitch {
            label: "Use my data for training content creation AI models".into(),
            concern: "ai-training".into(),
            control_state: "on".into(),
            sharing: Some(true),
            visible: true,
            ..Default::default()
        }],
    };
    history::update(&mut h, &seen, "2026-12-01T00:00:00Z");
    assert!(h.pages.len() <= history::MAX_PAGES);
    let stored = serde_json::to_vec(&h).expect("history serializes");
    let again = history::load_json(&stored);
    assert!(again.aside.is_none(), "what we stored must read back");
    assert_eq!(again.history, h);
    // Export -> clear -> import gives back the same history.
    let mut imported = history::History::default();
    history::merge(&mut imported, again.history);
    assert_eq!(imported, h);
});
