#![cfg(not(target_arch = "wasm32"))]
//! The polarity spec as a generated matrix: for each language (`tests/polarity/<lang>.txt`),
//! every row (an operator phrase with `{data}`) × every kind of data × ON and OFF × six
//! control shapes (checkbox, switch, aria-pressed, select, radio group, state in text) is
//! scanned as a page in that language, and must be AI training, read the right way, certain,
//! and offer the right action. Double negation and negation of something else are rows too.
//!
//! Rows are the spec, written from how each language says "allow" and "block"; they are not
//! lexicon entries (a lexicon holds words, `build.rs` refuses sentences).

use std::fs;
use unticked::classify::Concern;
use unticked::{scan, Capture, Finding, ScanOptions};

struct Spec {
    lang: String,
    data: Vec<String>,
    /// (text, ON shares?)
    rows: Vec<(String, bool)>,
    /// A made-up word where a verb stands: the reader cannot know which way it goes.
    unknown: Vec<String>,
}

fn spec(lang: &str) -> Spec {
    let text = fs::read_to_string(format!("tests/polarity/{lang}.txt")).expect("matrix file");
    let mut s = Spec {
        lang: lang.into(),
        data: Vec::new(),
        rows: Vec::new(),
        unknown: Vec::new(),
    };
    let mut section = String::new();
    for line in text
        .lines()
        .map(|l| l.split('#').next().unwrap().trim())
        .filter(|l| !l.is_empty())
    {
        if let Some(sec) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = sec.into();
            continue;
        }
        match section.as_str() {
            "data" => s.data.extend(line.split('|').map(|d| d.trim().to_string())),
            "shares" => s.rows.push((line.into(), true)),
            "protects" => s.rows.push((line.into(), false)),
            "unknown" => s.unknown.push(line.into()),
            other => panic!("{lang}: unknown section [{other}]"),
        }
    }
    assert!(
        s.data.len() >= 2 && s.rows.len() >= 12,
        "{lang}: a matrix needs data and rows"
    );
    s
}

const SHAPES: &[&str] = &["checkbox", "switch", "pressed", "select", "radio", "text"];

fn control(shape: &str, name: &str, on: bool) -> String {
    let (checked, aria) = (
        if on { "checked" } else { "" },
        if on { "true" } else { "false" },
    );
    let (sel_on, sel_off) = if on {
        ("selected", "")
    } else {
        ("", "selected")
    };
    let (r_on, r_off) = if on { ("checked", "") } else { ("", "checked") };
    match shape {
        "checkbox" => format!(r#"<label><input type="checkbox" id="c" {checked}> {name}</label>"#),
        "switch" => format!(
            r#"<button type="button" role="switch" id="c" aria-checked="{aria}" aria-label="{name}"></button>"#
        ),
        "pressed" => {
            format!(r#"<button type="button" id="c" aria-pressed="{aria}">{name}</button>"#)
        }
        "select" => format!(
            r#"<label for="c">{name}</label><select id="c"><option {sel_on}>On</option><option {sel_off}>Off</option></select>"#
        ),
        "radio" => format!(
            r#"<fieldset><legend>{name}</legend><label><input type="radio" name="r" id="r1" {r_on}> On</label><label><input type="radio" name="r" id="r2" {r_off}> Off</label></fieldset>"#
        ),
        "text" => format!(
            r##"<a href="#edit" id="c"><span>{name}</span> <span>{}</span></a>"##,
            if on { "On" } else { "Off" }
        ),
        _ => unreachable!(),
    }
}

fn page(lang: &str, body: &str) -> String {
    format!(
        r#"<!doctype html><html lang="{lang}"><head><title>Settings</title></head><body><main><h1>Settings</h1><section>{body}</section></main></body></html>"#
    )
}

fn findings(lang: &str, body: &str) -> Vec<Finding> {
    let opts = ScanOptions {
        url: Some("https://app.example/settings/privacy".into()),
        ..Default::default()
    };
    scan(&Capture::from_html(page(lang, body)), &opts)
        .unwrap()
        .findings
}

fn run(lang: &str) {
    let s = spec(lang);
    let mut wrong = Vec::new();
    let mut cases = 0;
    for (row, on_shares) in &s.rows {
        for data in &s.data {
            let name = row.replace("{data}", data);
            for shape in SHAPES {
                for on in [true, false] {
                    cases += 1;
                    let expect = on == *on_shares;
                    let fs = findings(&s.lang, &control(shape, &name, on));
                    let Some(f) = fs.iter().find(|f| f.concern == Concern::AiTraining) else {
                        wrong.push(format!("{shape} {on}: not AI training: {name}"));
                        continue;
                    };
                    if f.sharing != Some(expect) || !f.certain {
                        wrong.push(format!(
                            "{shape} {}: sharing {:?} (want {expect}), certain {}: {name} — {}",
                            if on { "on" } else { "off" },
                            f.sharing,
                            f.certain,
                            f.evidence.why
                        ));
                        continue;
                    }
                    // Turn off is offered exactly when it shares, and never the wrong way.
                    let action = f
                        .turn_off
                        .as_ref()
                        .map(|t| (t.action.as_str(), t.expect.as_str()));
                    let want = match (expect, *shape, on) {
                        (false, ..) => None,
                        (true, "checkbox", true) => Some(("untick", "off")),
                        (true, "checkbox", false) => Some(("tick", "on")),
                        (true, "switch" | "pressed", true) => Some(("switch-off", "off")),
                        (true, "switch" | "pressed", false) => Some(("switch-on", "on")),
                        (true, "select" | "radio", true) => Some(("choose", "Off")),
                        (true, "select" | "radio", false) => Some(("choose", "On")),
                        (true, "text", _) => Some(("open", "")),
                        _ => unreachable!(),
                    };
                    if action != want {
                        wrong.push(format!(
                            "{shape} {on}: turn off {action:?}, want {want:?}: {name}"
                        ));
                    }
                }
            }
        }
    }
    for row in &s.unknown {
        for data in &s.data {
            let name = row.replace("{data}", data);
            for shape in SHAPES {
                cases += 1;
                let fs = findings(&s.lang, &control(shape, &name, true));
                match fs.iter().find(|f| f.concern == Concern::AiTraining) {
                    Some(f) if !f.certain && f.turn_off.is_none() => {}
                    Some(f) => wrong.push(format!(
                        "{shape}: certain {} turn off {:?} with an unknown verb: {name}",
                        f.certain,
                        f.turn_off.as_ref().map(|t| &t.action)
                    )),
                    None => wrong.push(format!("{shape}: not AI training: {name}")),
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{lang}: {} of {cases} cases wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn english() {
    run("en");
}
#[test]
fn german() {
    run("de");
}
#[test]
fn french() {
    run("fr");
}
#[test]
fn spanish() {
    run("es");
}
#[test]
fn portuguese() {
    run("pt");
}
#[test]
fn italian() {
    run("it");
}
#[test]
fn dutch() {
    run("nl");
}

/// A lexicon holds words of the language, never wording from a test page: no lexicon entry is
/// the whole name of a labelled control of four or more words (a sentence, not vocabulary) in
/// the corpus or a held-out set.
#[test]
fn no_test_page_wording_in_the_lexicons() {
    let mut entries = Vec::new();
    for f in fs::read_dir("lexicon")
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
    {
        if f.extension().is_some_and(|x| x == "txt") {
            for line in fs::read_to_string(&f).unwrap().lines() {
                let line = line.split('#').next().unwrap().trim();
                if line.starts_with('[') {
                    continue;
                }
                for t in line
                    .split('|')
                    .map(|t| unticked::text::fold(t.split('=').next().unwrap().trim()))
                {
                    if t.split(' ').count() >= 2 {
                        entries.push((t, f.display().to_string()));
                    }
                }
            }
        }
    }
    let mut labels = Vec::new();
    for dir in fs::read_dir("tests")
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
    {
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        if !(name == "corpus" || name.starts_with("holdout")) {
            continue;
        }
        for lang in fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.is_dir())
        {
            for f in fs::read_dir(lang)
                .unwrap()
                .filter_map(|e| e.ok())
                .map(|e| e.path())
            {
                if f.to_string_lossy().ends_with(".expect.json") {
                    let v: serde_json::Value =
                        serde_json::from_str(&fs::read_to_string(&f).unwrap()).unwrap();
                    for c in v["ai_training"].as_array().into_iter().flatten() {
                        let l = unticked::text::fold(c["label"].as_str().unwrap_or(""));
                        if l.split(' ').count() >= 4 {
                            labels.push(l);
                        }
                    }
                }
            }
        }
    }
    assert!(
        labels.len() > 250,
        "the labelled sets were read ({})",
        labels.len()
    );
    let copied: Vec<String> = entries
        .iter()
        .filter(|(e, _)| labels.contains(e))
        .map(|(e, f)| format!("{f}: {e}"))
        .collect();
    assert!(
        copied.is_empty(),
        "lexicon entries that are whole test labels: {copied:?}"
    );
}
