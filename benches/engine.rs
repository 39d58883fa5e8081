//! Engine throughput on a generated settings page (~1 MB, ~10k elements, a few hundred
//! controls of every shape), and on the labelled corpus. Run: `cargo bench --bench engine`.
//! Prints MB/s; BENCHMARKS.md records the numbers. (Timing is not asserted anywhere: these
//! machines are noisy.)

use std::time::{Duration, Instant};
use unticked::findings::ScanOptions;
use unticked::{scan, Capture};

/// A page shaped like real settings pages: nav, sections with headings and long help text,
/// link lists, and a control row per section (every shape: checkbox with label, ARIA switch,
/// inverted checkbox, shadow-DOM switch, select, hidden switch). About 1 MB, 10k elements and
/// 300 controls, as a large real settings page has.
fn generated_page(target_bytes: usize) -> (String, usize) {
    let help = "This setting controls how your information is used across our products and services. \
                You can change it at any time; changes apply to future use and may take a few days to take effect. \
                Learn more about how we protect your privacy and what choices you have in our privacy centre. ";
    let mut s = String::from("<!doctype html><html lang=en><head><title>Settings</title><link rel=canonical href=\"https://app.example.test/settings\"></head><body><nav><ul>");
    for i in 0..40 {
        s.push_str(&format!(
            "<li><a href=\"/settings/{i}\">Section {i}</a></li>"
        ));
    }
    s.push_str("</ul></nav><main>");
    let mut k = 0;
    while s.len() < target_bytes {
        s.push_str(&format!("<section aria-labelledby=h{k}><h2 id=h{k}>Privacy group {k}</h2><p>{help}{help}{help}</p><p>{help}{help}</p><ul class=links>"));
        for j in 0..3 {
            s.push_str(&format!(
                "<li><a href=\"/help/{k}/{j}\"><span>Help article {j}</span></a></li>"
            ));
        }
        s.push_str("</ul>");
        let control = match k % 6 {
            0 => format!("<input type=checkbox id=c{k} {}><label for=c{k}>Use my posts to train our AI models ({k})</label>", if k % 2 == 0 { "checked" } else { "" }),
            1 => format!("<button role=switch aria-checked=true aria-labelledby=l{k}></button><span id=l{k}>Personalised ads from partners ({k})</span>"),
            2 => format!("<label><input type=checkbox> Block AI training on my articles ({k})</label>"),
            3 => format!("<x-toggle aria-label=\"Smart reply suggestions {k}\"><template shadowrootmode=open><input type=checkbox role=switch checked></template></x-toggle>"),
            4 => format!("<label for=s{k}>Use my notes for model training</label><select id=s{k}><option>Always</option><option>Never</option></select>"),
            _ => format!("<div hidden><label><input type=checkbox checked> Hidden training switch {k}</label></div>"),
        };
        s.push_str(&format!(
            "<div class=\"row setting-row\"><div class=text><p class=help>{help}<a href=\"/help/{k}\">Learn more</a></p></div><div class=control>{control}</div></div></section>"
        ));
        k += 1;
    }
    s.push_str("</main><footer><p>© Example</p></footer></body></html>");
    let elements = s.matches('<').count() - s.matches("</").count();
    (s, elements)
}

fn time<F: FnMut()>(mut f: F, min: Duration) -> (Duration, u32) {
    let mut times = Vec::new();
    let start = Instant::now();
    // BENCH_QUICK=1: one run each (for profiling under callgrind).
    let (min, runs) = if std::env::var_os("BENCH_QUICK").is_some() {
        (Duration::ZERO, 1)
    } else {
        (min, 5)
    };
    while start.elapsed() < min || times.len() < runs {
        let t = Instant::now();
        f();
        times.push(t.elapsed());
    }
    times.sort();
    (times[times.len() / 2], times.len() as u32)
}

fn main() {
    let (page, elements) = generated_page(1 << 20);
    let capture = Capture::from_html(page.clone());
    // BENCH_UI_LANG=de: the explanations in another language (issue 10).
    let opts = ScanOptions {
        ui_lang: std::env::var("BENCH_UI_LANG").ok(),
        ..ScanOptions::default()
    };
    let report = scan(&capture, &opts).unwrap();
    let (median, runs) = time(
        || {
            std::hint::black_box(scan(&capture, &opts).unwrap());
        },
        Duration::from_secs(3),
    );
    let mb = page.len() as f64 / 1e6;
    println!(
        "generated page: {:.2} MB, {elements} elements, {} findings ({} AI-training); median scan {:.1} ms over {runs} runs = {:.1} MB/s",
        mb,
        report.findings.len(),
        report.summary.ai_training,
        median.as_secs_f64() * 1e3,
        mb / median.as_secs_f64()
    );
    let (median, runs) = time(
        || {
            std::hint::black_box(
                unticked::dom::parse(page.as_bytes(), Default::default()).unwrap(),
            );
        },
        Duration::from_secs(2),
    );
    println!(
        "  parse only: median {:.1} ms = {:.1} MB/s ({runs} runs)",
        median.as_secs_f64() * 1e3,
        mb / median.as_secs_f64()
    );

    // The labelled corpus, as a researcher's bulk audit would read it.
    let mut pages = Vec::new();
    for lang in ["en", "de", "fr", "es", "pt", "it", "nl"] {
        if let Ok(dir) = std::fs::read_dir(format!("tests/corpus/{lang}")) {
            for e in dir.flatten() {
                if e.path().extension().is_some_and(|x| x == "html") {
                    pages.push(std::fs::read(e.path()).unwrap());
                }
            }
        }
    }
    let total: usize = pages.iter().map(Vec::len).sum();
    let (median, runs) = time(
        || {
            for p in &pages {
                std::hint::black_box(scan(&Capture::from_bytes(p).unwrap(), &opts).unwrap());
            }
        },
        Duration::from_secs(2),
    );
    println!(
        "corpus: {} pages, {:.2} MB; median {:.1} ms for all = {:.2} ms/page, {:.1} MB/s ({runs} runs)",
        pages.len(),
        total as f64 / 1e6,
        median.as_secs_f64() * 1e3,
        median.as_secs_f64() * 1e3 / pages.len().max(1) as f64,
        total as f64 / 1e6 / median.as_secs_f64()
    );
}
