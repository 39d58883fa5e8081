//! The `unticked` command as researchers use it: the JSON contract, Markdown, folders, errors,
//! and the corpus evaluation with its targets.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::process::Command;

fn unticked(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_unticked"))
        .args(args)
        .output()
        .expect("run unticked");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

fn scan_json(args: &[&str]) -> Value {
    let (code, out, err) = unticked(args);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap()
}

fn ai_findings(v: &Value) -> Vec<&Value> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["concern"] == "ai-training")
        .collect()
}

#[test]
fn linkedin_scan_keeps_the_contract() {
    let v = scan_json(&["scan", "www/samples/linkedin-data-for-ai.html"]);
    assert_eq!(
        v["url"],
        "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
    );
    let f = ai_findings(&v);
    assert_eq!(f.len(), 1);
    let f = f[0];
    for key in [
        "label",
        "description",
        "section",
        "concern",
        "control_state",
        "sharing",
        "default_sharing",
        "visible",
        "locator",
        "explanation",
        "shares",
        "recipients",
        "retroactive_opt_out",
        "regions",
        "sources",
    ] {
        assert!(f.get(key).is_some(), "finding lacks {key}");
    }
    assert_eq!(f["concern"], "ai-training");
    assert_eq!(f["sharing"], true);
    assert_eq!(f["default_sharing"], true);
    assert_eq!(f["control_state"], "on");
    assert_eq!(f["visible"], true);
    assert_eq!(f["retroactive_opt_out"], false);
    let src = &f["sources"][0];
    assert!(
        src["url"].as_str().unwrap().starts_with("https://")
            && src["kind"].is_string()
            && src["checked"].is_string()
    );
    assert!(f["regions"].as_array().unwrap().iter().any(|r| r["regions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|x| x == "EU")));
}

#[test]
fn url_flag_and_region_decide_defaults() {
    // A saved page with no canonical link: --url says which service it is.
    let tmp = std::env::temp_dir().join(format!("unticked-cli-{}.html", std::process::id()));
    std::fs::write(&tmp, r#"<html><body><h1>Data for Generative AI Improvement</h1><input type=checkbox role=switch aria-labelledby=k checked><span id=k>Use my data for training content creation AI models</span></body></html>"#).unwrap();
    let p = tmp.to_str().unwrap();
    let v = scan_json(&["scan", p]);
    assert_eq!(
        ai_findings(&v)[0]["sources"].as_array().unwrap().len(),
        0,
        "no URL: inferred, no sources"
    );
    let v = scan_json(&[
        "scan",
        p,
        "--url",
        "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
        "--region",
        "DE",
    ]);
    let f = ai_findings(&v)[0];
    assert_eq!(f["setting"], "linkedin-genai-training");
    assert_eq!(f["default_sharing"], true);
    assert!(f["explanation"]
        .as_str()
        .unwrap()
        .contains("your region (DE)"));
    // The same page as Chrome's "Save page as" writes it: the address it was saved from is
    // in a comment at the top, and says which service it is without --url.
    let url = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement";
    let page = std::fs::read_to_string(&tmp).unwrap();
    let saved = format!(
        "<!DOCTYPE html>\n<!-- saved from url=({:04}){url} -->\n{page}",
        url.len()
    );
    std::fs::write(&tmp, saved).unwrap();
    let v = scan_json(&["scan", p]);
    assert_eq!(v["url"], url);
    assert_eq!(ai_findings(&v)[0]["setting"], "linkedin-genai-training");
    std::fs::remove_file(tmp).ok();
}

#[test]
fn must_show_services() {
    // (page, expected setting, sharing, default_sharing)
    let cases = [
        (
            "www/samples/linkedin-data-for-ai-de.html",
            "linkedin-genai-training",
            true,
            Some(true),
        ),
        (
            "www/samples/chatgpt-data-controls.html",
            "openai-improve-model",
            true,
            Some(true),
        ),
        (
            "www/samples/x-grok-settings.html",
            "x-grok-training",
            true,
            None,
        ),
        (
            "www/samples/substack-settings.html",
            "substack-block-ai-training",
            true,
            Some(true),
        ),
        (
            "www/samples/tumblr-blog-settings.html",
            "tumblr-prevent-third-party-sharing",
            true,
            Some(true),
        ),
    ];
    for (page, setting, sharing, default) in cases {
        let v = scan_json(&["scan", page]);
        let f = ai_findings(&v);
        assert_eq!(f.len(), 1, "{page}");
        assert_eq!(f[0]["setting"], setting, "{page}");
        assert_eq!(f[0]["sharing"], sharing, "{page}");
        assert_eq!(f[0]["default_sharing"].as_bool(), default, "{page}");
        assert!(!f[0]["sources"].as_array().unwrap().is_empty(), "{page}");
    }
}

#[test]
fn folders_markdown_and_bad_files() {
    let dir = std::env::temp_dir().join(format!("unticked-cli-dir-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy("www/samples/substack-settings.html", dir.join("a.html")).unwrap();
    std::fs::write(dir.join("b.html"), b"\x00\x01binary junk").unwrap();
    std::fs::write(dir.join("c.json"), br#"{"format":"unticked-capture","version":1,"url":"https://x.com/settings/grok_settings","html":"<label><input type=checkbox data-unticked-checked=true data-unticked-visible=true> Allow your public data as well as your interactions, inputs, and results with Grok and xAI to be used for training and fine-tuning</label>"}"#).unwrap();
    let (code, out, err) = unticked(&["scan", dir.to_str().unwrap()]);
    assert_eq!(code, 2, "one bad file makes the exit code non-zero");
    assert!(err.contains("b.html") && err.contains("binary"), "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v.as_array().unwrap().len(),
        2,
        "the good files are still reported"
    );
    let (code, md, _) = unticked(&[
        "scan",
        "--format",
        "markdown",
        "www/samples/substack-settings.html",
    ]);
    assert_eq!(code, 0);
    assert!(md.contains("## Block AI training") && md.contains("Sharing now: yes"));
    let (code, _, err) = unticked(&["scan", "--format", "xml", "x.html"]);
    assert_eq!(code, 2);
    assert!(err.contains("--format"));
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn corpus_meets_targets() {
    let r = unticked::eval::evaluate(std::path::Path::new("tests/corpus")).unwrap();
    let o = r.overall;
    eprintln!("{}", r.table());
    for m in &r.mistakes {
        eprintln!("  {m}");
    }
    assert!(o.pages >= 60, "corpus has {} pages", o.pages);
    assert!(r.per_lang.len() >= 7, "languages: {:?}", r.per_lang.keys());
    assert!(o.precision() >= 0.95, "precision {:.3}", o.precision());
    assert!(o.recall() >= 0.95, "recall {:.3}", o.recall());
    assert!(o.polarity() >= 0.98, "polarity {:.3}", o.polarity());
    // Pages of catalogued services are read from the catalog, with their default (issue 12).
    assert!(
        o.catalogued >= 30,
        "catalogued true positives: {}",
        o.catalogued
    );
    assert!(
        o.from_catalog * 10 >= o.catalogued * 6 && o.with_default <= o.from_catalog,
        "{} of {} catalogued true positives matched a catalog setting",
        o.from_catalog,
        o.catalogued
    );
}

#[test]
fn eval_command_enforces_minimums() {
    let (code, out, _) = unticked(&[
        "eval",
        "tests/corpus",
        "--min-precision",
        "0.95",
        "--min-recall",
        "0.95",
        "--min-polarity",
        "0.98",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("precision") && out.lines().any(|l| l.starts_with("all")));
    let (code, _, err) = unticked(&["eval", "tests/corpus", "--min-recall", "1.01"]);
    assert_eq!(code, 2);
    assert!(err.contains("below target"));
}

#[test]
fn csv_for_spreadsheets_one_row_per_finding() {
    let (code, out, err) = unticked(&[
        "scan",
        "--format",
        "csv",
        "www/samples/linkedin-data-for-ai.html",
        "www/samples/substack-settings.html",
    ]);
    assert_eq!(code, 0, "{err}");
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("file,url,service,label,section,concern,control_state,sharing,default_sharing,visible,inferred,setting"));
    let rows: Vec<&str> = lines.collect();
    assert!(
        rows.iter()
            .any(|r| r.starts_with("www/samples/linkedin-data-for-ai.html,")
                && r.contains(",Use my data for training content creation AI models,")
                && r.contains(",ai-training,on,true,true,true,false,")),
        "{out}"
    );
    assert!(
        rows.iter()
            .any(|r| r.contains("Block AI training") && r.contains(",ai-training,off,true,")),
        "{out}"
    );
    // Hostile page text stays text in a spreadsheet: no formula, commas quoted.
    let dir = std::env::temp_dir().join(format!("unticked-csv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("evil.html");
    std::fs::write(&page, r#"<label><input type=checkbox checked> =HYPERLINK("http://evil.example","Use my data to train AI, click")</label>"#).unwrap();
    let (code, out, _) = unticked(&["scan", "--format", "csv", page.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(
        out.contains(
            r#","'=HYPERLINK(""http://evil.example"",""Use my data to train AI, click"")","#
        ),
        "{out}"
    );
    std::fs::remove_dir_all(dir).ok();
}

/// `catalog --stale DAYS`: every source last checked more than DAYS days before `--today`,
/// with the claims resting on it; exit 1 when there are any, 0 when none, 2 on bad input.
/// The oldest check date is recorded in catalog/SCHEMA.md and must match the catalog.
#[test]
fn catalog_stale_lists_old_checks() {
    let (code, all, err) = unticked(&["catalog", "--stale", "0", "--today", "2100-01-01"]);
    assert_eq!(code, 1, "{err}");
    let rows: Vec<&str> = all.lines().filter(|l| !l.starts_with('#')).collect();
    let (_, data, _) = unticked(&["data"]);
    let sources = data.lines().filter(|l| l.starts_with("R\u{1f}")).count();
    assert_eq!(
        rows.len(),
        sources,
        "every source is older than 0 days in 2100"
    );
    assert!(rows.iter().all(|r| r.split('\t').count() == 7), "{rows:?}");
    assert!(
        rows.iter().any(|r| r.contains("linkedin-genai-training")
            && r.contains("https://www.linkedin.com/help/linkedin/answer/a6278444")
            && r.contains("retroactivity")),
        "the claims resting on a source are named"
    );
    let summary = all.lines().last().unwrap();
    let oldest = summary.rsplit(": ").next().unwrap();
    assert_eq!(oldest.len(), 10, "{summary}");

    // Nothing is older than its own check date.
    let (code, none, err) = unticked(&["catalog", "--stale", "0", "--today", oldest]);
    assert_eq!(code, 0, "{err}{none}");
    let (code, none, _) = unticked(&["catalog", "--stale", "100000", "--today", "2026-12-01"]);
    assert_eq!(code, 0);
    assert_eq!(none.lines().count(), 1, "{none}");
    assert!(none.starts_with("# 0 claims in 0 sources"), "{none}");

    // A year later than the oldest check, it and every source as old are listed.
    let year: u32 = oldest[..4].parse().unwrap();
    let later = format!("{}{}", year + 1, &oldest[4..]);
    let (code, some, _) = unticked(&["catalog", "--stale", "364", "--today", &later]);
    assert_eq!(code, 1);
    assert!(some.lines().any(|l| l.starts_with(oldest)), "{some}");

    for bad in [
        &["catalog", "--stale", "x"][..],
        &["catalog", "--stale", "-3"],
        &["catalog", "--stale", "3", "--today", "2026-13-01"],
        &["catalog", "--today", "2026-12-01"],
        &["catalog", "--frobnicate"],
    ] {
        assert_eq!(unticked(bad).0, 2, "{bad:?}");
    }

    let schema = std::fs::read_to_string("catalog/SCHEMA.md").unwrap();
    let recorded = schema
        .lines()
        .find_map(|l| l.strip_prefix("Oldest check date: "))
        .expect("catalog/SCHEMA.md records the oldest check date");
    assert_eq!(
        recorded.trim().trim_matches('*'),
        oldest,
        "catalog/SCHEMA.md's oldest check date is out of date"
    );
}

/// Every page `scan` reads under a folder (what `--format jsonl` must give one line each).
fn pages_under(dir: &std::path::Path, out: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        let name = p.to_str().unwrap().to_string();
        if p.is_dir() {
            pages_under(&p, out);
        } else if name.ends_with(".html")
            || (name.ends_with(".json") && !name.ends_with(".expect.json"))
        {
            out.push(name);
        }
    }
}

fn jsonl_lines(out: &str) -> Vec<Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

#[test]
fn jsonl_one_line_per_page_with_the_findings_of_a_single_scan() {
    let (code, out, err) = unticked(&["scan", "tests/corpus", "--format", "jsonl", "--jobs", "3"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        !err.contains('\r'),
        "no progress when stderr is not a terminal: {err}"
    );
    let lines = jsonl_lines(&out);
    let mut pages = Vec::new();
    pages_under(std::path::Path::new("tests/corpus"), &mut pages);
    pages.sort();
    let mut files: Vec<String> = lines
        .iter()
        .map(|v| {
            v["file"]
                .as_str()
                .expect("each line names its file")
                .to_string()
        })
        .collect();
    files.sort();
    assert_eq!(files, pages, "one line per page, none twice");
    for v in &lines {
        let file = v["file"].as_str().unwrap();
        let single = scan_json(&["scan", file]);
        assert_eq!(v["findings"], single["findings"], "{file}");
        assert_eq!(v["summary"], single["summary"], "{file}");
        assert_eq!(v["url"], single["url"], "{file}");
    }
}

#[test]
fn jsonl_lines_do_not_depend_on_jobs() {
    let run = |jobs: &str| {
        let (code, out, err) =
            unticked(&["scan", "tests/holdout", "--format", "jsonl", "--jobs", jobs]);
        assert_eq!(code, 0, "{err}");
        let mut lines: Vec<String> = out.lines().map(str::to_string).collect();
        lines.sort();
        lines
    };
    let one = run("1");
    assert!(one.len() >= 30, "{} lines", one.len());
    assert_eq!(one, run("3"));
}

#[test]
fn jsonl_reports_a_bad_page_in_its_line_and_goes_on() {
    let dir = std::env::temp_dir().join(format!("unticked-cli-jsonl-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::copy("www/samples/substack-settings.html", dir.join("a.html")).unwrap();
    std::fs::write(dir.join("b.html"), b"\x00\x01binary junk").unwrap();
    std::fs::write(dir.join("sub/c.html"), b"").unwrap();
    std::fs::copy(
        "www/samples/linkedin-data-for-ai.html",
        dir.join("sub/d.html"),
    )
    .unwrap();
    let missing = dir.join("missing.html");
    let (code, out, err) = unticked(&[
        "scan",
        dir.to_str().unwrap(),
        missing.to_str().unwrap(),
        "--format",
        "jsonl",
    ]);
    assert_eq!(code, 2, "bad pages make the exit code non-zero");
    assert!(err.contains("3 of 5"), "{err}");
    let lines = jsonl_lines(&out);
    assert_eq!(lines.len(), 5, "{out}");
    let line = |name: &str| {
        lines
            .iter()
            .find(|v| v["file"].as_str().unwrap().ends_with(name))
            .unwrap_or_else(|| panic!("no line for {name}: {out}"))
    };
    for bad in ["b.html", "c.html", "missing.html"] {
        assert!(line(bad)["error"].is_string(), "{bad}: {}", line(bad));
        assert!(line(bad).get("findings").is_none());
    }
    assert!(line("b.html")["error"].as_str().unwrap().contains("binary"));
    for good in ["a.html", "d.html"] {
        assert!(line(good).get("error").is_none());
        assert!(!ai_findings(line(good)).is_empty(), "{good}");
    }
    let (code, _, err) = unticked(&[
        "scan",
        dir.to_str().unwrap(),
        "--format",
        "jsonl",
        "--jobs",
        "0",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("--jobs"), "{err}");
    let (code, _, err) = unticked(&["scan", dir.to_str().unwrap(), "--jobs", "2"]);
    assert_eq!(code, 2);
    assert!(err.contains("jsonl"), "{err}");
    std::fs::remove_dir_all(dir).ok();
}

/// `unticked redact FILE --url URL`: a capture JSON without the person's name or email, which
/// `unticked scan` reads to the same findings as the page.
#[test]
fn redact_writes_a_capture_that_reads_the_same() {
    let page = "www/samples/gemini-activity.html";
    let url = "https://myactivity.google.com/product/gemini";
    let (code, out, err) = unticked(&["redact", page, "--url", url]);
    assert_eq!(code, 0, "{err}");
    assert!(
        !out.contains("alex@example.com")
            && !out.contains("Alex Example")
            && !out.contains("Lisbon")
    );
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["format"], "unticked-capture");
    assert_eq!(v["url"], url);
    let dir = std::env::temp_dir().join(format!("unticked-redact-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("redacted.json");
    std::fs::write(&file, &out).unwrap();
    let a = scan_json(&["scan", page, "--url", url]);
    let b = scan_json(&["scan", file.to_str().unwrap()]);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(a["findings"], b["findings"]);
    assert_eq!(a["service"], b["service"]);
    assert!(a["summary"]["ai_training"].as_u64().unwrap() > 0);
    let (code, _, err) = unticked(&["redact"]);
    assert_eq!(code, 2, "{err}");
}
