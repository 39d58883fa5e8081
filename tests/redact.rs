//! A redacted capture (issue 10): the person's own text is gone, the findings are the same.
#![cfg(not(target_arch = "wasm32"))]

use unticked::findings::{redact, same_findings, scan, ScanOptions};
use unticked::Capture;

/// Every page of the labelled corpus and of the held-out sets, with its URL.
fn pages() -> Vec<(String, Capture, Option<String>)> {
    let mut out = Vec::new();
    let mut dirs: Vec<String> = vec!["tests/corpus".into()];
    for d in std::fs::read_dir("tests").unwrap().flatten() {
        let n = d.file_name().to_string_lossy().into_owned();
        if n.starts_with("holdout") {
            dirs.push(format!("tests/{n}"));
        }
    }
    dirs.push("www".into());
    for d in dirs {
        let mut stack = vec![std::path::PathBuf::from(d)];
        while let Some(p) = stack.pop() {
            if p.is_dir() {
                stack.extend(std::fs::read_dir(&p).unwrap().flatten().map(|e| e.path()));
            } else if p.extension().is_some_and(|x| x == "html") {
                let bytes = std::fs::read(&p).unwrap();
                let expect = p.with_extension("expect.json");
                let url = std::fs::read_to_string(expect).ok().and_then(|s| {
                    let v: serde_json::Value = serde_json::from_str(&s).ok()?;
                    v["url"].as_str().map(String::from)
                });
                if let Ok(c) = Capture::from_bytes(&bytes) {
                    out.push((p.display().to_string(), c, url));
                }
            }
        }
    }
    out
}

#[test]
fn every_page_reads_the_same_redacted() {
    let pages = pages();
    assert!(pages.len() > 400, "only {} pages", pages.len());
    let mut bad = Vec::new();
    for (path, c, url) in &pages {
        let r = redact(c).unwrap();
        for include_hidden in [false, true] {
            let opts = ScanOptions {
                url: url.clone(),
                include_hidden,
                ..Default::default()
            };
            if !same_findings(c, &r, &opts) {
                bad.push(format!("{path} (hidden: {include_hidden})"));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} pages read differently:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

/// A settings page with a person on it: the name, the email, a message, the profile link and
/// a text field's value are gone; every control's words and the page's structure stay.
#[test]
fn the_persons_own_text_is_gone() {
    let html = r#"<!doctype html><html lang="en"><head><title>Settings – Jane Placeholder-Doe</title>
<link rel="canonical" href="https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement?u=jane.doe">
<script>window.user = {"email": "jane.doe@example.org"}</script><!-- jane.doe@example.org --></head>
<body><header><a href="https://example.org/in/jane-placeholder-doe?ref=nav" title="Jane Placeholder-Doe">Jane Placeholder-Doe</a>
<span>jane.doe@example.org</span></header>
<aside><p>Latest message from Max Mustermann: "See you at the dentist on Tuesday"</p>
<input type="text" name="bio" value="Secret bio of Jane"><textarea>My private draft</textarea></aside>
<main><h2>Data for Generative AI Improvement</h2>
<div><label for="t1">Use my data for training content creation AI models</label>
<p id="d1">Can LinkedIn and its affiliates use your personal data to train generative AI models?</p>
<input type="checkbox" role="switch" id="t1" aria-describedby="d1" checked></div>
<h2>Notifications</h2><div><span id="n1">Email me about new followers</span>
<button role="switch" aria-checked="false" aria-labelledby="n1"></button></div></main></body></html>"#;
    let c = Capture::from_html(html.to_string());
    let r = redact(&c).unwrap();
    for secret in [
        "Jane",
        "jane",
        "Placeholder",
        "example.org",
        "u=jane",
        "Mustermann",
        "dentist",
        "Tuesday",
        "Secret bio",
        "private draft",
        "ref=nav",
    ] {
        assert!(
            !r.html.contains(secret),
            "{secret} is still in:\n{}",
            r.html
        );
        assert!(!r.title.contains(secret));
    }
    for kept in [
        "Use my data for training content creation AI models",
        "Can LinkedIn and its affiliates use your personal data to train generative AI models?",
        "Data for Generative AI Improvement",
        "Email me about new followers",
        "Notifications",
        r#"aria-describedby="d1""#,
        "checked",
        r#"aria-checked="false""#,
        "https://www.linkedin.com/",
    ] {
        assert!(r.html.contains(kept), "{kept} is missing from:\n{}", r.html);
    }
    // Whitespace and length stay about the same ("Jane Placeholder-Doe" → 4 + 15 x's).
    assert!(r.html.contains("xxxx xxxxxxxxxxxxxxx"), "{}", r.html);
    assert!(same_findings(&c, &r, &ScanOptions::default()));
    let f = scan(&r, &ScanOptions::default()).unwrap();
    assert_eq!(f.service.as_deref(), Some("linkedin"));
    assert_eq!(f.summary.sharing, 1);
    // A capture that reads the same round-trips as JSON (what the inspector downloads).
    let json = serde_json::to_string(&r).unwrap();
    let back = Capture::from_bytes(json.as_bytes()).unwrap();
    assert!(same_findings(&c, &back, &ScanOptions::default()));
}

/// A row named by its title whose button says more in a hidden suffix: the button's words are
/// what the engine read as its help, so they stay (holdout54: a consent row read as AI
/// training from the page, as nothing from its redacted copy).
#[test]
fn a_rows_button_words_stay() {
    let html = r#"<!doctype html><html lang="en"><body><main><h2>Research uses</h2>
<div class="row"><span id="t">Wearable data (sleep studies)</span> <span>Consent given 4 March 2024</span>
<button type="button" id="b">Withdraw consent<span style="position:absolute;clip:rect(0 0 0 0)"> to machine learning on my wearable data</span></button></div>
</main></body></html>"#;
    let c = Capture::from_html(html.to_string());
    let r = redact(&c).unwrap();
    assert!(
        r.html.contains("to machine learning on my wearable data"),
        "{}",
        r.html
    );
    assert!(same_findings(&c, &r, &ScanOptions::default()));
    let f = scan(&r, &ScanOptions::default()).unwrap();
    assert_eq!(f.summary.ai_training, 1, "{:?}", f.findings);
}

/// A status row's state said to the person or after a status label stays: the engine reads
/// the row's state from it.
#[test]
fn a_status_said_to_the_person_or_after_its_label_stays() {
    for (lang, title, status, act) in [
        (
            "fr",
            "Programme de relecture",
            "Vous n'êtes pas inscrit",
            "Rejoindre",
        ),
        (
            "en",
            "Research programme",
            "Status: Enrolled since 3 March",
            "Leave",
        ),
    ] {
        let html = format!(
            r#"<html lang="{lang}"><body><main><div class="row"><p id="t">{title}</p><p>{status}</p>
            <button type="button" id="b" aria-labelledby="b t" aria-describedby="h">{act}</button>
            <p id="h">Members let us label their recordings to train our speech models.</p></div></main></body></html>"#
        );
        let c = Capture::from_html(html);
        let r = redact(&c).unwrap();
        let kept = status.rsplit(' ').next().unwrap();
        assert!(r.html.contains(kept), "{status}: {}", r.html);
        assert!(same_findings(&c, &r, &ScanOptions::default()), "{status}");
    }
}
