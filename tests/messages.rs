//! Unticked in seven languages (issue 10): its own sentences come from templates per language
//! (`messages/<lang>.txt`, shipped in the engine's data), the extension's UI strings from
//! `extension/_locales/<locale>/messages.json`. These tests fail when a language lacks a
//! template or a UI string, when a translation drops or adds a placeholder, when a German or
//! Spanish scan still says an English template sentence, and when the CLI or the Markdown export
//! ignores the chosen language.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;
use unticked::findings::ScanOptions;
use unticked::messages::LANGS;
use unticked::{scan, Capture, Report};

/// language -> key -> template, as the engine's data carries them.
fn templates() -> BTreeMap<String, BTreeMap<String, String>> {
    let mut out: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for line in unticked::data::built_in().lines() {
        if let Some(rest) = line.strip_prefix("M\u{1f}") {
            let mut f = rest.splitn(3, '\u{1f}');
            let (lang, key, tpl) = (f.next().unwrap(), f.next().unwrap(), f.next().unwrap());
            out.entry(lang.into())
                .or_default()
                .insert(key.into(), tpl.into());
        }
    }
    out
}

/// The `{placeholders}` of a template.
fn placeholders(t: &str) -> BTreeSet<String> {
    t.split('{')
        .skip(1)
        .filter_map(|p| p.split_once('}').map(|(name, _)| name.to_string()))
        .collect()
}

#[test]
fn every_template_is_in_all_seven_languages_with_the_same_placeholders() {
    let all = templates();
    let langs: Vec<&str> = all.keys().map(String::as_str).collect();
    let mut want: Vec<&str> = LANGS.to_vec();
    want.sort();
    assert_eq!(
        langs, want,
        "the data's languages are the ones Unticked speaks"
    );
    let en = &all["en"];
    assert!(en.len() > 100, "English has its templates ({})", en.len());
    let mut problems = Vec::new();
    for (lang, t) in &all {
        for (key, tpl) in en {
            match t.get(key) {
                None => problems.push(format!("{lang}: {key} is missing")),
                Some(x) if placeholders(x) != placeholders(tpl) => problems.push(format!(
                    "{lang}: {key} has {:?}, English has {:?}",
                    placeholders(x),
                    placeholders(tpl)
                )),
                _ => {}
            }
        }
        for key in t.keys().filter(|k| !en.contains_key(*k)) {
            problems.push(format!("{lang}: {key} is not an English key (a typo?)"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Keys the engine builds from data (`data.<label>`, `concern.<id>`, `kind.<kind>`,
/// `how.<how>`) must exist, or those words would stay English in every language.
#[test]
fn every_key_the_engine_builds_from_data_exists() {
    let en = &templates()["en"];
    let data = unticked::data::built_in();
    let mut wanted = BTreeSet::new();
    for line in data.lines() {
        if let Some(terms) = line.strip_prefix("*\tdata_words\t") {
            for t in terms.split('|') {
                let label = t.split_once('=').expect("pattern=label").1;
                wanted.insert(format!("data.{label}"));
            }
        }
    }
    for c in [
        "ai-training",
        "ads",
        "ai-feature",
        "personalization",
        "analytics",
        "data-sharing",
        "other",
    ] {
        wanted.insert(format!("concern.{c}"));
    }
    for s in unticked::catalog::services() {
        for st in s.settings {
            for src in st.sources {
                wanted.insert(format!("kind.{}", src.kind));
            }
            for n in st.not_on_page {
                wanted.insert(format!("how.{}", n.how));
            }
        }
    }
    assert!(wanted.len() > 40, "{wanted:?}");
    let missing: Vec<_> = wanted.iter().filter(|k| !en.contains_key(*k)).collect();
    assert!(missing.is_empty(), "no template for {missing:?}");
}

/// Every key the engine's code names in a literal ("md.title", "why.catalog"…) has a template.
#[test]
fn every_key_the_code_names_exists() {
    let en = &templates()["en"];
    let prefixes: BTreeSet<&str> = en.keys().map(|k| k.split('.').next().unwrap()).collect();
    let mut missing = Vec::new();
    let mut seen = 0;
    let mut files = vec![std::path::PathBuf::from("src")];
    while let Some(p) = files.pop() {
        if p.is_dir() {
            files.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        if p.extension().is_none_or(|x| x != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&p).unwrap();
        for lit in text.split('"').skip(1).step_by(2) {
            let key_like = lit.contains('.')
                && !lit.ends_with('.')
                && lit
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || matches!(b, b'.' | b'_' | b'-'));
            let prefix = lit.split('.').next().unwrap();
            if key_like && prefixes.contains(prefix) && prefix != "data" {
                seen += 1;
                if !en.contains_key(lit) {
                    missing.push(format!("{}: {lit}", p.display()));
                }
            }
        }
    }
    assert!(seen > 80, "the code names its templates ({seen} found)");
    assert!(missing.is_empty(), "{missing:?}");
}

fn scan_dir(dir: &str, ui: &str) -> Vec<Report> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    let mut out = Vec::new();
    for p in paths {
        if p.extension().is_none_or(|x| x != "html") {
            continue;
        }
        let html = std::fs::read(&p).unwrap();
        for region in [None, Some("DE".to_string())] {
            let opts = ScanOptions {
                ui_lang: Some(ui.into()),
                region,
                ..Default::default()
            };
            out.push(scan(&Capture::from_bytes(&html).unwrap(), &opts).unwrap());
        }
    }
    out
}

/// The parts of English templates that are Unticked's own words: the text between
/// placeholders, at least three words long ("It is sharing now.", "may use your data to train
/// AI models.").
fn english_sentences() -> Vec<String> {
    let en = &templates()["en"];
    let mut out = BTreeSet::new();
    for tpl in en.values() {
        let mut rest = tpl.as_str();
        loop {
            let (lit, more) = match rest.find('{') {
                Some(i) => (&rest[..i], rest[i..].split_once('}').map_or("", |x| x.1)),
                None => (rest, ""),
            };
            let lit = lit.trim_matches(|c: char| !c.is_alphanumeric());
            if lit.split_whitespace().count() >= 3 {
                out.insert(lit.to_string());
            }
            if more.is_empty() {
                break;
            }
            rest = more;
        }
    }
    out.into_iter().collect()
}

/// Every sentence of Unticked's own in a report: explanations, "Why:" lines, notices, limits.
fn engine_text(r: &Report) -> Vec<String> {
    let mut out: Vec<String> = r.limits.clone();
    for f in &r.findings {
        out.extend(f.explanation_parts.iter().map(|p| p.text.clone()));
        out.push(f.evidence.why.clone());
    }
    out.extend(r.notices.iter().map(|n| n.explanation.clone()));
    out
}

/// English sentences found in the reports' engine text, once each (with where), and any
/// placeholder left unfilled ("{service}": the code named it otherwise).
fn english_in(reports: &[Report], sentences: &[String]) -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    for r in reports {
        for t in engine_text(r) {
            for p in placeholders(&t)
                .into_iter()
                .filter(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
            {
                found.insert(format!("{{{p}}}"), format!("{}: {t}", r.url));
            }
            for s in sentences.iter().filter(|s| t.contains(s.as_str())) {
                found
                    .entry(s.clone())
                    .or_insert_with(|| format!("{}: {t}", r.url));
            }
        }
    }
    found
}

#[test]
fn german_and_spanish_scans_say_no_english_template_sentence() {
    let sentences = english_sentences();
    assert!(sentences.len() > 60, "{}", sentences.len());
    for dir in [
        "tests/corpus/en",
        "tests/corpus/de",
        "tests/corpus/es",
        "www/samples",
    ] {
        // The same pages in English do say them: the check can see one.
        let en = english_in(&scan_dir(dir, "en"), &sentences);
        assert!(en.len() >= 10, "{dir}: only {} English sentences", en.len());
        for ui in ["de", "es"] {
            let reports = scan_dir(dir, ui);
            assert!(reports.iter().all(|r| r.ui_lang == ui));
            let found = english_in(&reports, &sentences);
            assert!(
                found.is_empty(),
                "{dir} in {ui} still says:\n{}",
                found
                    .iter()
                    .map(|(s, w)| format!("  {s:?} in {w}"))
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
    }
}

#[test]
fn a_language_unticked_does_not_speak_is_english() {
    let html = std::fs::read("www/samples/linkedin-data-for-ai.html").unwrap();
    let cap = Capture::from_bytes(&html).unwrap();
    let run = |ui: Option<&str>| {
        let opts = ScanOptions {
            ui_lang: ui.map(String::from),
            ..Default::default()
        };
        scan(&cap, &opts).unwrap()
    };
    let en = run(None);
    assert_eq!(en.ui_lang, "en");
    for other in ["ja", "", "xx-YY", "en-GB"] {
        let r = run(Some(other));
        assert_eq!(r.ui_lang, "en", "{other}");
        assert_eq!(r.findings[0].explanation, en.findings[0].explanation);
    }
    // pt-BR and pt-PT both read Portuguese; findings do not depend on the language.
    let pt = run(Some("pt-BR"));
    assert_eq!(pt.ui_lang, "pt");
    assert_eq!(
        unticked::findings::fingerprint(&pt),
        unticked::findings::fingerprint(&en)
    );
    assert_ne!(pt.findings[0].explanation, en.findings[0].explanation);
}

#[test]
fn turn_off_checks_speak_the_report_language() {
    use unticked::findings::{safe_to_click, verify, Facts, Outcome};
    let html = r#"<label><input type=checkbox checked> Use my notes to train AI models</label>"#;
    let opts = ScanOptions {
        url: Some("https://notes.example/settings".into()),
        ui_lang: Some("de-DE".into()),
        ..Default::default()
    };
    let r = scan(&Capture::from_html(html.to_string()), &opts).unwrap();
    let f = &r.findings[0];
    let t = f.turn_off.clone().unwrap();
    let e = safe_to_click(f, &t, &Facts::default(), "en").unwrap_err();
    assert!(e.contains("nicht mehr dort"), "{e}");
    let facts = Facts {
        found: true,
        tag: "input".into(),
        name: f.label.clone(),
        state: "off".into(),
        ..Facts::default()
    };
    let e = safe_to_click(f, &t, &facts, "en").unwrap_err();
    assert!(e.contains("„aus“") && e.contains("„an“"), "{e}");
    assert_eq!(
        verify(f, &t, None, None),
        Outcome::Failed("der Schalter ist nicht mehr auf der Seite".into())
    );
}

#[test]
fn markdown_export_is_in_the_report_language() {
    let html = std::fs::read("www/samples/linkedin-data-for-ai.html").unwrap();
    let cap = Capture::from_bytes(&html).unwrap();
    let md = |ui: &str| {
        let opts = ScanOptions {
            ui_lang: Some(ui.into()),
            region: Some("FR".into()),
            ..Default::default()
        };
        unticked::findings::markdown(&scan(&cap, &opts).unwrap())
    };
    let en = md("en");
    for line in [
        "# Unticked report: ",
        "- Page: ",
        "- AI-training switches: 1 (1 sharing)",
        "- Concern: ai-training",
        "- Sharing now: yes",
        "- Source (service; checked ",
    ] {
        assert!(en.contains(line), "{line} in\n{en}");
    }
    let es = md("es");
    for line in [
        "# Informe de Unticked: ",
        "- Página: ",
        "- Interruptores de entrenamiento de IA: 1 (1 compartiendo)",
        "- Tema: entrenamiento de IA",
        "- Comparte ahora: sí",
        "- Fuente (servicio; comprobada el ",
        "Comparte de forma predeterminada en su región (FR)",
    ] {
        assert!(es.contains(line), "{line} in\n{es}");
    }
    for english in ["Unticked report", "- Page:", "Sharing now", "- Source ("] {
        assert!(!es.contains(english), "{english} in\n{es}");
    }
}

fn unticked_cli(args: &[&str]) -> (i32, String, String) {
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

#[test]
fn cli_ui_lang_de() {
    let page = "www/samples/linkedin-data-for-ai.html";
    let (code, out, err) = unticked_cli(&["scan", page, "--ui-lang", "de", "--region", "DE"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["ui_lang"], "de");
    let f = &v["findings"][0];
    let expl = f["explanation"].as_str().unwrap();
    assert!(
        expl.starts_with(
            "Hier wird entschieden, ob LinkedIn deine Daten zum Trainieren von KI-Modellen verwenden darf. Derzeit werden Daten geteilt."
        ),
        "{expl}"
    );
    assert!(
        expl.contains("Teilt standardmäßig in deiner Region (DE)"),
        "{expl}"
    );
    assert!(expl.contains("seit 3. Nov. 2025"), "{expl}");
    assert_eq!(
        f["evidence"]["why"],
        "eigene Einstellung von LinkedIn, Unticked bekannt → eingeschaltet teilt"
    );
    // The page's words and the catalog's names and sources stay as written.
    assert_eq!(
        f["label"],
        "Use my data for training content creation AI models"
    );
    let (_, en_out, _) = unticked_cli(&["scan", page, "--region", "DE"]);
    let en: serde_json::Value = serde_json::from_str(&en_out).unwrap();
    assert_eq!(f["sources"], en["findings"][0]["sources"]);
    for k in [
        "concern",
        "sharing",
        "certain",
        "default_sharing",
        "control_state",
    ] {
        assert_eq!(f[k], en["findings"][0][k], "{k}");
    }
    // Markdown in German; CSV is a machine format: its header and values do not change.
    let (code, md, _) = unticked_cli(&["scan", page, "--ui-lang", "de", "--format", "markdown"]);
    assert_eq!(code, 0);
    assert!(md.starts_with("# Unticked-Bericht: "), "{md}");
    assert!(md.contains("\n- Seite: https://www.linkedin.com/"), "{md}");
    assert!(md.contains("\n- Teilt gerade: ja\n"), "{md}");
    let (_, csv_de, _) = unticked_cli(&["scan", page, "--ui-lang", "de", "--format", "csv"]);
    let (_, csv_en, _) = unticked_cli(&["scan", page, "--format", "csv"]);
    assert_eq!(csv_de, csv_en);
    // A language Unticked does not speak is refused, with the ones it does.
    let (code, _, err) = unticked_cli(&["scan", page, "--ui-lang", "tlh"]);
    assert_eq!(code, 2);
    assert!(err.contains("en de fr es pt it nl"), "{err}");
}
