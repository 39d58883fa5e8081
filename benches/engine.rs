//! Engine throughput, printed from one run (`cargo bench --bench engine`; BENCHMARKS.md records
//! the numbers; no time is asserted anywhere, these machines are noisy):
//!
//! 1. the full scan of a generated ~1 MB settings page against scraper (html5ever's parse and a
//!    selector for the same kinds of controls) on the same page, interleaved so that both meet
//!    the same noise: medians with min–max, and their ratio;
//! 2. parse only, and the labelled corpus one page at a time;
//! 3. instructions per control of control extraction at 100 to 50,000 controls, counted by
//!    callgrind (valgrind): deterministic, so a noisy machine cannot blur the curve, and it
//!    counts only the extraction. `perf stat -e instructions` would need hardware counters,
//!    which virtual machines like this project's do not expose. Without valgrind the bench says
//!    what it could not measure and goes on.

use std::process::Command;
use std::time::{Duration, Instant};
use unticked::findings::ScanOptions;
use unticked::{scan, Capture};

/// Set in the child process callgrind runs: extract the controls of a page of this many.
const CHILD: &str = "UNTICKED_BENCH_EXTRACT";

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

/// A page of `n` controls in one long list (as a big settings page lists them: rows as
/// siblings, a heading every 50 rows), in every shape the engine reads: a checkbox named by
/// `<label for>`, an ARIA switch named by `aria-labelledby`, a checkbox with a `data-testid`
/// and no id, one with neither (located by `nth-of-type` among its siblings), a select, a radio
/// group, a pressed button, a link whose state is its text, a shadow-DOM switch.
fn controls_page(n: usize) -> String {
    let mut s = String::from("<!doctype html><html lang=en><head><title>Settings</title></head><body><main><h1>Settings</h1><div class=list>");
    for i in 0..n {
        if i % 50 == 0 {
            s.push_str(&format!("<h2>Group {}</h2>", i / 50));
        }
        let row = match i % 9 {
            0 => format!("<div class=row><input type=checkbox id=c{i}><label for=c{i}>Share usage data with partners {i}</label><p class=help>We use this to improve the service.</p></div>"),
            1 => format!("<div class=row><span id=l{i}>Personalised ads {i}</span><button role=switch aria-checked=true aria-labelledby=l{i}></button></div>"),
            2 => format!("<div class=row><label><input type=checkbox data-testid=ai-{i} checked> Use my posts to train our AI models ({i})</label></div>"),
            3 => format!("<div class=row><label><input type=checkbox> Email me product news {i}</label><small>Weekly</small></div>"),
            4 => format!("<div class=row><label for=s{i}>Data retention {i}</label><select id=s{i}><option>30 days</option><option selected>1 year</option></select></div>"),
            5 => format!("<fieldset class=row><legend>Profile visibility {i}</legend><label><input type=radio name=v{i} checked> Public</label><label><input type=radio name=v{i}> Private</label></fieldset>"),
            6 => format!("<div class=row><button aria-pressed=false>Smart replies {i}</button></div>"),
            7 => format!("<div class=row data-testid=row><a href=/activity/{i}>Activity history {i} is On</a></div>"),
            _ => format!("<div class=row><x-toggle aria-label=\"Smart compose {i}\"><template shadowrootmode=open><input type=checkbox role=switch checked></template></x-toggle></div>"),
        };
        s.push_str(&row);
    }
    s.push_str("</div></main></body></html>");
    s
}

/// Median, min and max of some samples.
struct Stats {
    median: f64,
    min: f64,
    max: f64,
}

fn stats(mut v: Vec<f64>) -> Stats {
    v.sort_by(f64::total_cmp);
    Stats {
        median: v[v.len() / 2],
        min: v[0],
        max: v[v.len() - 1],
    }
}

/// Seconds each call of each function took, calling them in turn (so that both meet the same
/// moments of a noisy machine), for at least `min` and `runs` rounds. BENCH_QUICK=1: one
/// round (for profiling under callgrind).
fn interleaved(fs: &mut [&mut dyn FnMut()], min: Duration, runs: usize) -> Vec<Vec<f64>> {
    let (min, runs) = if std::env::var_os("BENCH_QUICK").is_some() {
        (Duration::ZERO, 1)
    } else {
        (min, runs)
    };
    let mut times = vec![Vec::new(); fs.len()];
    let start = Instant::now();
    while start.elapsed() < min || times[0].len() < runs {
        for (f, t) in fs.iter_mut().zip(&mut times) {
            let s = Instant::now();
            f();
            t.push(s.elapsed().as_secs_f64());
        }
    }
    times
}

/// "median 17.9 ms (16.8–25.1) = 58.6 MB/s (41.8–62.5)"
fn show(times: &[f64], mb: f64) -> String {
    let t = stats(times.to_vec());
    format!(
        "median {:.1} ms ({:.1}–{:.1}) = {:.1} MB/s ({:.1}–{:.1})",
        t.median * 1e3,
        t.min * 1e3,
        t.max * 1e3,
        mb / t.median,
        mb / t.max,
        mb / t.min
    )
}

/// The kinds of controls the engine reads, as one selector.
const CONTROLS: &str = "input, select, textarea, button, [role=switch], [role=checkbox], \
    [role=menuitemcheckbox], [role=radio], [role=menuitemradio], [role=radiogroup], \
    [aria-pressed], [aria-checked], a, summary, [role=button], [role=link], [role=tab]";

fn engine_vs_scraper() {
    let (page, elements) = generated_page(1 << 20);
    let mb = page.len() as f64 / 1e6;
    let capture = Capture::from_html(page.clone());
    // BENCH_UI_LANG=de: the explanations in another language (issue 10).
    let opts = ScanOptions {
        ui_lang: std::env::var("BENCH_UI_LANG").ok(),
        ..ScanOptions::default()
    };
    let report = scan(&capture, &opts).unwrap();
    let selector = scraper::Selector::parse(CONTROLS).unwrap();
    let selected = scraper::Html::parse_document(&page)
        .select(&selector)
        .count();
    let times = interleaved(
        &mut [
            &mut || {
                std::hint::black_box(scan(&capture, &opts).unwrap());
            },
            &mut || {
                let html = scraper::Html::parse_document(std::hint::black_box(&page));
                std::hint::black_box(html.select(&selector).count());
            },
        ],
        Duration::from_secs(4),
        15,
    );
    println!(
        "generated page: {mb:.2} MB, {elements} elements; {} runs each, interleaved",
        times[0].len()
    );
    println!(
        "  engine full scan (parse, controls, findings: {} findings, {} AI-training): {}",
        report.findings.len(),
        report.summary.ai_training,
        show(&times[0], mb)
    );
    println!(
        "  scraper parse + select controls (html5ever, {selected} elements selected): {}",
        show(&times[1], mb)
    );
    let (e, s) = (stats(times[0].clone()), stats(times[1].clone()));
    // Each round's own ratio too: both ran within milliseconds of each other.
    let pairs = stats(times[0].iter().zip(&times[1]).map(|(e, s)| s / e).collect());
    println!(
        "  engine / scraper: {:.2}x (ratio of medians; each round's own ratio: median {:.2}x, {:.2}–{:.2})",
        s.median / e.median,
        pairs.median,
        pairs.min,
        pairs.max
    );

    let times = interleaved(
        &mut [&mut || {
            std::hint::black_box(
                unticked::dom::parse(page.as_bytes(), Default::default()).unwrap(),
            );
        }],
        Duration::from_secs(2),
        5,
    );
    println!(
        "  parse only: {} ({} runs)",
        show(&times[0], mb),
        times[0].len()
    );
}

fn corpus() {
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
    let opts = ScanOptions::default();
    let total: usize = pages.iter().map(Vec::len).sum();
    let times = interleaved(
        &mut [&mut || {
            for p in &pages {
                std::hint::black_box(scan(&Capture::from_bytes(p).unwrap(), &opts).unwrap());
            }
        }],
        Duration::from_secs(2),
        5,
    );
    let t = stats(times[0].clone());
    println!(
        "corpus: {} pages, {:.2} MB; median {:.1} ms for all ({:.1}–{:.1}) = {:.2} ms/page, {:.1} MB/s ({} runs)",
        pages.len(),
        total as f64 / 1e6,
        t.median * 1e3,
        t.min * 1e3,
        t.max * 1e3,
        t.median * 1e3 / pages.len().max(1) as f64,
        total as f64 / 1e6 / t.median,
        times[0].len()
    );
}

/// What callgrind counts: this function and what it calls, nothing else.
#[inline(never)]
fn measured_extract(doc: &unticked::dom::Document) -> usize {
    unticked::controls::extract_bounded(doc).0.len()
}

/// The child process: parse a page of `n` controls and extract them (only that is counted).
fn child(n: usize) {
    let page = controls_page(n);
    let doc = unticked::dom::parse(page.as_bytes(), Default::default()).unwrap();
    std::hint::black_box(measured_extract(&doc));
}

/// Instructions callgrind counted in `measured_extract` of a page of `n` controls.
fn count_instructions(n: usize) -> Result<u64, String> {
    let out = std::env::temp_dir().join(format!("unticked-bench-{}-{n}.cg", std::process::id()));
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let status = Command::new("valgrind")
        .arg("--tool=callgrind")
        .arg("--collect-atstart=no")
        .arg("--toggle-collect=*measured_extract*")
        .arg(format!("--callgrind-out-file={}", out.display()))
        .arg(&exe)
        .env(CHILD, n.to_string())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .map_err(|e| format!("valgrind could not run: {e}"))?;
    let text = std::fs::read_to_string(&out).map_err(|e| format!("no callgrind output: {e}"));
    let _ = std::fs::remove_file(&out);
    if !status.success() {
        return Err(format!("valgrind failed ({status})"));
    }
    callgrind_total(&text?).ok_or_else(|| "no total in callgrind's output".into())
}

/// The instruction total of a callgrind output file ("summary: N" or "totals: N").
fn callgrind_total(text: &str) -> Option<u64> {
    text.lines()
        .find_map(|l| {
            l.strip_prefix("totals:")
                .or_else(|| l.strip_prefix("summary:"))
        })
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
}

fn instructions_per_control() {
    let sizes = [100, 1_000, 5_000, 10_000, 50_000];
    if std::env::var_os("BENCH_QUICK").is_some() {
        println!("instructions per control: skipped (BENCH_QUICK)");
        return;
    }
    if Command::new("valgrind").arg("--version").output().is_err() {
        println!("instructions per control: NOT MEASURED: valgrind (callgrind) is not installed (apt-get install valgrind)");
        return;
    }
    println!(
        "instructions per control (callgrind, controls::extract_bounded only; {} controls are read in full, \
         past them only switches named for AI training):",
        unticked::controls::MAX_CONTROLS
    );
    println!(
        "  {:>8} {:>9} {:>15} {:>12}",
        "controls", "page MB", "instructions", "per control"
    );
    for n in sizes {
        let mb = controls_page(n).len() as f64 / 1e6;
        match count_instructions(n) {
            Ok(i) => println!("  {n:>8} {mb:>9.2} {i:>15} {:>12}", i / n as u64),
            Err(e) => println!("  {n:>8} {mb:>9.2}  NOT MEASURED: {e}"),
        }
    }
}

fn main() {
    if let Some(n) = std::env::var(CHILD).ok().and_then(|n| n.parse().ok()) {
        return child(n);
    }
    engine_vs_scraper();
    corpus();
    instructions_per_control();
}
