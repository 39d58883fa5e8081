//! `unticked eval`: precision, recall and polarity accuracy of AI-training detection over the
//! labelled corpus (`tests/corpus/README.md` defines the labels and the matching rule).

use crate::classify::Concern;
use crate::findings::{scan, Finding, ScanOptions};
use crate::text::fold;
use crate::Capture;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Deserialize)]
struct Expect {
    url: String,
    lang: String,
    #[serde(default)]
    ai_training: Vec<ExpectedControl>,
}

#[derive(Debug, Deserialize)]
struct ExpectedControl {
    label: String,
    sharing: bool,
}

#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Metrics {
    pub pages: usize,
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub polarity_ok: usize,
    /// True positives the engine said it was not sure about (it then never clicks them).
    pub uncertain: usize,
    /// True positives read the wrong way while certain: the mistake that must never happen.
    pub wrong_certain: usize,
    /// True positives on a page of a catalogued service's host; of them, those matched to a catalog
    /// setting (not inferred from wording), and of those, the ones whose default is known.
    pub catalogued: usize,
    pub from_catalog: usize,
    pub with_default: usize,
}

impl Metrics {
    fn ratio(n: usize, d: usize) -> f64 {
        if d == 0 {
            1.0
        } else {
            n as f64 / d as f64
        }
    }
    pub fn precision(&self) -> f64 {
        Self::ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        Self::ratio(self.tp, self.tp + self.fn_)
    }
    pub fn polarity(&self) -> f64 {
        Self::ratio(self.polarity_ok, self.tp)
    }
    fn add(&mut self, o: &Metrics) {
        self.pages += o.pages;
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
        self.polarity_ok += o.polarity_ok;
        self.uncertain += o.uncertain;
        self.wrong_certain += o.wrong_certain;
        self.catalogued += o.catalogued;
        self.from_catalog += o.from_catalog;
        self.with_default += o.with_default;
    }
}

#[derive(Debug, Default)]
pub struct EvalReport {
    pub per_lang: BTreeMap<String, Metrics>,
    pub overall: Metrics,
    /// One line per mistake, for fixing them.
    pub mistakes: Vec<String>,
}

fn pages(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            pages(&p, out)?;
        } else if p.extension().is_some_and(|x| x == "html") {
            out.push(p);
        }
    }
    Ok(())
}

fn same(a: &str, b: &str) -> bool {
    let (a, b) = (fold(a), fold(b));
    !a.is_empty() && !b.is_empty() && (a.contains(&b) || b.contains(&a))
}

/// Score one page: true positives, false positives, misses, polarity.
fn score(
    found: &[&Finding],
    catalogued: bool,
    expected: &[ExpectedControl],
    page: &str,
    mistakes: &mut Vec<String>,
) -> Metrics {
    let mut m = Metrics {
        pages: 1,
        ..Default::default()
    };
    // A finding named exactly as expected is that control; containment ("Model training" in
    // "Model training – Team Sales") only pairs what is left, so one short name cannot take
    // the finding of a longer one.
    let mut used = vec![false; found.len()];
    let mut pair: Vec<Option<usize>> = vec![None; expected.len()];
    for exact in [true, false] {
        for (k, e) in expected.iter().enumerate() {
            if pair[k].is_some() {
                continue;
            }
            let hit = (0..found.len()).find(|&i| {
                !used[i]
                    && if exact {
                        [&found[i].label, &found[i].control_name]
                            .iter()
                            .any(|n| fold(n) == fold(&e.label))
                    } else {
                        same(&found[i].label, &e.label)
                    }
            });
            if let Some(i) = hit {
                used[i] = true;
                pair[k] = Some(i);
            }
        }
    }
    for (e, hit) in expected.iter().zip(&pair) {
        match hit.map(|i| (i, found[i])) {
            Some((_, f)) => {
                m.tp += 1;
                m.uncertain += usize::from(!f.certain);
                if catalogued {
                    m.catalogued += 1;
                    m.from_catalog += usize::from(!f.inferred);
                    m.with_default += usize::from(!f.inferred && f.default_sharing.is_some());
                }
                if f.sharing == Some(e.sharing) {
                    m.polarity_ok += 1;
                } else {
                    m.wrong_certain += usize::from(f.certain);
                    let sure = if f.certain { "certain" } else { "uncertain" };
                    mistakes.push(format!(
                        "{page}: polarity of \"{}\": said {:?} ({sure}), truth {}",
                        e.label, f.sharing, e.sharing
                    ));
                }
            }
            None => {
                m.fn_ += 1;
                mistakes.push(format!("{page}: missed \"{}\"", e.label));
            }
        }
    }
    for (i, f) in found.iter().enumerate() {
        if !used[i] {
            m.fp += 1;
            mistakes.push(format!("{page}: false positive \"{}\"", f.label));
        }
    }
    m
}

pub fn evaluate(dir: &Path) -> Result<EvalReport, String> {
    let mut files = Vec::new();
    pages(dir, &mut files).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    if files.is_empty() {
        return Err(format!("no .html pages under {}", dir.display()));
    }
    let mut r = EvalReport::default();
    for html in files {
        let expect_path = html.with_extension("expect.json");
        let name = html
            .strip_prefix(dir)
            .unwrap_or(&html)
            .display()
            .to_string();
        let ex: Expect = serde_json::from_slice(
            &std::fs::read(&expect_path).map_err(|e| format!("{}: {e}", expect_path.display()))?,
        )
        .map_err(|e| format!("{}: {e}", expect_path.display()))?;
        let bytes = std::fs::read(&html).map_err(|e| format!("{name}: {e}"))?;
        let capture = Capture::from_bytes(&bytes).map_err(|e| format!("{name}: {e}"))?;
        let report = scan(
            &capture,
            &ScanOptions {
                url: Some(ex.url.clone()),
                ..Default::default()
            },
        )
        .map_err(|e| format!("{name}: {e}"))?;
        let found: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|f| f.concern == Concern::AiTraining && f.visible)
            .collect();
        let catalogued = report.service.is_some();
        let m = score(&found, catalogued, &ex.ai_training, &name, &mut r.mistakes);
        r.per_lang.entry(ex.lang.clone()).or_default().add(&m);
        r.overall.add(&m);
    }
    Ok(r)
}

impl EvalReport {
    pub fn table(&self) -> String {
        let mut s = String::from(
            "lang   pages   tp   fp   fn  precision  recall  polarity  uncertain  wrong&certain\n",
        );
        let row = |s: &mut String, name: &str, m: &Metrics| {
            s.push_str(&format!(
                "{name:<6} {:>5} {:>4} {:>4} {:>4}  {:>9.3}  {:>6.3}  {:>8.3}  {:>9}  {:>13}\n",
                m.pages,
                m.tp,
                m.fp,
                m.fn_,
                m.precision(),
                m.recall(),
                m.polarity(),
                m.uncertain,
                m.wrong_certain
            ))
        };
        for (lang, m) in &self.per_lang {
            row(&mut s, lang, m);
        }
        row(&mut s, "all", &self.overall);
        let o = &self.overall;
        s.push_str(&format!(
            "catalogued services: {} true positives, {} matched to a catalog setting, {} with its default known\n",
            o.catalogued, o.from_catalog, o.with_default
        ));
        s
    }
}
