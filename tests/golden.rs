//! Native half of the "same findings natively and in Wasm" check: the fingerprint of each sample
//! page must equal `tests/golden/<page>.txt`; `tests/browser.rs` checks the Wasm engine against
//! the same files. `UPDATE_GOLDEN=1 cargo test --test golden` rewrites them after a deliberate change.
#![cfg(not(target_arch = "wasm32"))]

use unticked::findings::{fingerprint, ScanOptions};
use unticked::{scan, Capture};

pub const PAGES: &[&str] = &[
    "linkedin-data-for-ai",
    "linkedin-data-for-ai-de",
    "linkedin-advertising-data",
    "chatgpt-data-controls",
    "x-grok-settings",
    "substack-settings",
    "tumblr-blog-settings",
    "gemini-activity",
    "nimbus-notes-settings",
];

#[test]
fn native_findings_match_golden_files() {
    for page in PAGES {
        let html = std::fs::read(format!("www/samples/{page}.html")).unwrap();
        let r = scan(
            &Capture::from_bytes(&html).unwrap(),
            &ScanOptions::default(),
        )
        .unwrap();
        let fp = fingerprint(&r);
        let path = format!("tests/golden/{page}.txt");
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::write(&path, &fp).unwrap();
        }
        let want = std::fs::read_to_string(&path).unwrap_or_else(|_| {
            panic!("{path} missing: run UPDATE_GOLDEN=1 cargo test --test golden")
        });
        assert_eq!(fp, want, "{page}");
    }
}
