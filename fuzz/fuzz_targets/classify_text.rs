//! The classifier on arbitrary text: name, description, section and page language split on
//! U+001F. Never panics; every AI-training reading says why.
#![no_main]
use libfuzzer_sys::fuzz_target;
use unticked::classify::{classify, dangerous_words, option_denies, option_refuses, Concern};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.split('\u{1f}');
    let name = parts.next().unwrap_or("");
    let description = parts.next().unwrap_or("");
    let section: Vec<String> = parts.next().unwrap_or("").split('/').map(String::from).collect();
    let lang = parts.next().unwrap_or("en");
    let c = classify(name, description, &section, lang);
    if c.concern == Concern::AiTraining {
        assert!(!c.evidence.why.is_empty(), "an AI-training reading with no why line");
    }
    let _ = option_denies(name, lang);
    let _ = option_refuses(name, lang);
    let _ = dangerous_words(name, lang);
});
