//! Hostile input, generated: corpus pages mutated at random (byte flips, cuts, stray tags,
//! shadow-root templates, entities, invisible and look-alike characters) and random bytes.
//! Every input must give a clear error or a report, never a panic; a fixed seed keeps runs
//! repeatable. (A coverage-guided fuzzer needs a nightly toolchain, which this project's
//! machines do not have; this runs in every `cargo test`.)
#![cfg(not(target_arch = "wasm32"))]

use unticked::findings::{fingerprint, ScanOptions};
use unticked::{scan, Capture};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const FRAGMENTS: &[&str] = &[
    "<",
    ">",
    "</div>",
    "</label>",
    "<label>",
    "<input type=checkbox checked>",
    "<button role=switch aria-checked=true>",
    "<template shadowrootmode=open>",
    "</template>",
    "<unticked-frame>",
    "</unticked-frame>",
    "&#",
    "&#x110000;",
    "&amp",
    "<!--",
    "-->",
    "<script>",
    "</script>",
    "<select><option>",
    "\u{200b}",
    "\u{430}",
    "ＡＩ",
    "\0",
    "\u{feff}",
    "aria-labelledby=x",
    "<h2>Train AI on my data</h2>",
    "<fieldset><legend>",
    "<div hidden>",
    "style=\"display:none\"",
    "data-unticked-checked=\"true\"",
];

fn mutate(rng: &mut Rng, page: &[u8]) -> Vec<u8> {
    let mut v = page.to_vec();
    for _ in 0..1 + rng.below(8) {
        if v.is_empty() {
            v.extend_from_slice(b"<");
        }
        let at = rng.below(v.len());
        match rng.below(5) {
            0 => v[at] = rng.next() as u8,
            1 => v.truncate(at),
            2 => {
                let f = FRAGMENTS[rng.below(FRAGMENTS.len())].as_bytes();
                v.splice(at..at, f.iter().copied());
            }
            3 => {
                let end = (at + rng.below(400)).min(v.len());
                let chunk = v[at..end].to_vec();
                v.splice(at..at, chunk);
            }
            _ => {
                let end = (at + rng.below(200)).min(v.len());
                v.drain(at..end);
            }
        }
    }
    v
}

fn corpus_pages() -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for lang in ["en", "de", "fr", "es", "pt", "it", "nl"] {
        let mut files: Vec<_> = std::fs::read_dir(format!("tests/corpus/{lang}"))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        files.sort();
        for p in files
            .into_iter()
            .filter(|p| p.extension().is_some_and(|x| x == "html"))
            .take(3)
        {
            out.push(std::fs::read(p).unwrap());
        }
    }
    out
}

/// True when the input was scanned (false: refused with a message).
fn survives(bytes: &[u8]) -> bool {
    let opts = ScanOptions {
        include_hidden: true,
        region: Some("DE".into()),
        ..Default::default()
    };
    match Capture::from_bytes(bytes).and_then(|c| scan(&c, &opts)) {
        Ok(r) => {
            let _ = fingerprint(&r);
            let _ = unticked::findings::markdown(&r);
            assert!(
                r.findings.len() <= unticked::controls::MAX_CONTROLS + unticked::controls::MAX_LATE,
                "findings are bounded"
            );
            true
        }
        Err(e) => {
            assert!(!e.to_string().is_empty(), "errors say what is wrong");
            false
        }
    }
}

#[test]
fn mutated_pages_never_panic() {
    let pages = corpus_pages();
    let mut rng = Rng(0x5eed_0f47_1ced);
    let mut scanned = 0;
    for i in 0..3000 {
        let page = &pages[i % pages.len()];
        scanned += usize::from(survives(&mutate(&mut rng, page)));
    }
    // Most mutants are still pages: the engine was really exercised, not just refusing.
    assert!(
        scanned > 2000,
        "only {scanned} of 3000 mutants were scanned"
    );
}

#[test]
fn random_bytes_and_json_never_panic() {
    let mut rng = Rng(42);
    for _ in 0..300 {
        let len = rng.below(2000);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        survives(&bytes);
    }
    for json in [
        r#"{}"#,
        r#"{"html": 5}"#,
        r#"{"html": "<p>", "version": "one"}"#,
        r#"{"html": "<p>", "url": null}"#,
        r#"{"format":"unticked-capture","version":1,"html":"<label><input type=checkbox checked data-unticked-visible=true> Train AI on my data</label>","captured_at":"not a date"}"#,
        r#"[1,2,3]"#,
        r#"{"html": "\u0000\u0001"}"#,
    ] {
        survives(json.as_bytes());
    }
}
