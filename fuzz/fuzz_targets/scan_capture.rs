//! Capture JSON (or anything at all) → scan: never panics; a report always serializes and
//! its summary agrees with its findings.
#![no_main]
use libfuzzer_sys::fuzz_target;
use unticked::{findings::scan_bytes, ScanOptions};

fuzz_target!(|data: &[u8]| {
    if let Ok(r) = scan_bytes(data, &ScanOptions::default()) {
        assert!(r.summary.sharing <= r.summary.ai_training);
        serde_json::to_string(&r).expect("a report serializes");
    }
});
