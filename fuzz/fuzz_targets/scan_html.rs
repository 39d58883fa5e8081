//! Raw bytes as an HTML page → parse → controls → findings → explanations: never panics, and
//! what it says is consistent (summary, Turn off offered only when the reading is certain).
#![no_main]
use libfuzzer_sys::fuzz_target;
use unticked::{classify::Concern, findings::scan, Capture, ScanOptions};

fuzz_target!(|data: &[u8]| {
    let page = String::from_utf8_lossy(data).into_owned();
    let opts = ScanOptions {
        url: Some("https://fuzz.example/settings/privacy".into()),
        ..Default::default()
    };
    let Ok(r) = scan(&Capture::from_html(page), &opts) else { return };
    let training = r.findings.iter().filter(|f| f.concern == Concern::AiTraining).count();
    assert_eq!(r.summary.ai_training, training);
    assert!(r.summary.sharing <= training);
    for f in &r.findings {
        assert!(f.turn_off.is_none() || f.certain, "Turn off offered on an uncertain reading");
    }
    serde_json::to_string(&r).expect("a report serializes");
});
