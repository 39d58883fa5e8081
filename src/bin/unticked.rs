//! `unticked`: the command line for researchers' bulk audits and for scoring the engine.
//!
//!   unticked scan PATH... [--url URL] [--format json|jsonl|markdown|csv] [--jobs N] [--region CODE] [--include-hidden] [--ui-lang LANG]
//!   unticked redact FILE [--url URL]   the capture with the person's own text replaced (JSON)
//!   unticked eval [DIR] [--min-precision P] [--min-recall R] [--min-polarity Q] [--max-wrong-certain N] [--mistakes]
//!   unticked hosts            sites of the catalogued settings pages (optional host permissions)
//!   unticked data             the compiled lexicons and catalog, shipped beside the Wasm as pkg/data.txt
//!   unticked pages            the catalogued settings pages themselves (what the background reads)
//!   unticked catalog          the catalog's services and settings, one line each
//!   unticked catalog --stale DAYS [--today YYYY-MM-DD]
//!                             claims whose sources were last checked more than DAYS days ago
//!                             (exit 1 when there are any)

// The CLI reads files: native only. (Built for wasm32 too when `wasm-pack test` compiles every
// target, so it must still compile there.)
#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{IsTerminal, Write};
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;
    use std::sync::{mpsc, Mutex};
    use std::time::{Duration, Instant};
    use unticked::findings::{
        csv_rows, markdown, redact, same_findings, scan_bytes, ScanOptions, CSV_HEADER,
    };
    use unticked::Capture;

    const USAGE: &str = "usage:
      unticked scan PATH... [--url URL] [--format json|jsonl|markdown|csv] [--jobs N] [--region CODE] [--include-hidden] [--ui-lang LANG]
          PATH: a capture (.json), a saved page (.html), or a folder of them; a saved page's
          address from --url, else its \"saved from url\" comment, else its canonical link
          LANG: the language of explanations and Markdown (en de fr es pt it nl; default en)
          --format jsonl: one report per line, with its \"file\", as pages finish; a page that
          cannot be scanned is a line with an \"error\". --jobs N: pages scanned at once
          (jsonl only; default: all cores)
      unticked redact FILE [--url URL]
          the capture (or saved page) with the person's own text replaced, as capture JSON
      unticked eval [DIR] [--min-precision P] [--min-recall R] [--min-polarity Q] [--max-wrong-certain N] [--mistakes]
      unticked hosts | pages | data
      unticked catalog [--stale DAYS [--today YYYY-MM-DD]]";

    /// Pages bigger than this are refused with a clear message rather than read into memory.
    const MAX_FILE: u64 = 256 * 1024 * 1024;

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let result = match args.first().map(String::as_str) {
            Some("scan") => cmd_scan(&args[1..]),
            Some("eval") => cmd_eval(&args[1..]),
            Some("redact") => match cmd_redact(&args[1..]) {
                Ok(false) => return ExitCode::from(1),
                r => r.map(|_| ()),
            },
            Some("hosts") => {
                let mut hosts = unticked::catalog::settings_hosts(None);
                hosts.sort();
                emit(
                    &hosts
                        .iter()
                        .map(|h| format!("https://{h}/*\n"))
                        .collect::<String>(),
                )
            }
            Some("data") => emit(unticked::data::built_in()),
            Some("pages") => emit(
                &unticked::catalog::settings_page_patterns()
                    .iter()
                    .map(|p| format!("{p}\n"))
                    .collect::<String>(),
            ),
            Some("catalog") => match cmd_catalog(&args[1..]) {
                Ok(true) => return ExitCode::from(1),
                r => r.map(|_| ()),
            },
            Some("-h" | "--help" | "help") => {
                println!("{USAGE}");
                Ok(())
            }
            _ => Err(USAGE.to_string()),
        };
        match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("unticked: {e}");
                ExitCode::from(2)
            }
        }
    }

    /// `catalog`: one line per setting; with `--stale DAYS`, every source last checked more
    /// than DAYS days before today (or `--today`), with the claims that rest on it. Ok(true):
    /// something is stale.
    fn cmd_catalog(args: &[String]) -> Result<bool, String> {
        let (mut stale, mut today) = (None, None);
        let mut i = 0;
        while i < args.len() {
            match args[i].as_str() {
                "--stale" => {
                    let v = value(args, &mut i, "--stale")?;
                    stale = Some(
                        v.parse::<i64>()
                            .ok()
                            .filter(|d| *d >= 0)
                            .ok_or_else(|| format!("--stale needs a number of days, not {v}"))?,
                    );
                }
                "--today" => {
                    let v = value(args, &mut i, "--today")?;
                    today =
                        Some(day_number(v).ok_or_else(|| {
                            format!("--today needs a date as YYYY-MM-DD, not {v}")
                        })?);
                }
                a => return Err(format!("unknown option {a}\n{USAGE}")),
            }
            i += 1;
        }
        let services = unticked::catalog::services();
        let Some(days) = stale else {
            if today.is_some() {
                return Err("--today goes with --stale".into());
            }
            let mut out = String::new();
            for s in services {
                for st in s.settings {
                    out += &format!(
                        "{}\t{}\t{}\t{}\t{}\n",
                        s.id, st.id, st.concern, st.polarity, st.name
                    );
                }
            }
            emit(&out)?;
            return Ok(false);
        };
        let today = today.unwrap_or_else(|| {
            let secs = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs());
            (secs / 86_400) as i64
        });
        let mut out = String::new();
        let (mut n_sources, mut n_claims, mut oldest) = (0, 0, None::<(i64, &str)>);
        for s in services {
            for st in s.settings {
                for (idx, src) in st.sources.iter().enumerate() {
                    let Some(checked) = day_number(src.checked) else {
                        return Err(format!("{}: bad checked date {}", st.id, src.checked));
                    };
                    if oldest.is_none_or(|(d, _)| checked < d) {
                        oldest = Some((checked, src.checked));
                    }
                    let age = today - checked;
                    if age <= days {
                        continue;
                    }
                    let claims = claims_on(st, idx);
                    n_sources += 1;
                    n_claims += claims.len();
                    out += &format!(
                        "{}\t{age} days\t{}\t{}\t{}\t{}\t{}\n",
                        src.checked,
                        s.id,
                        st.id,
                        src.kind,
                        src.url,
                        if claims.is_empty() {
                            "(no claim cites it)".to_string()
                        } else {
                            claims.join("; ")
                        }
                    );
                }
            }
        }
        out += &format!(
            "# {n_claims} claims in {n_sources} sources checked more than {days} days before {}; oldest check in the catalog: {}\n",
            date_of(today),
            oldest.map_or("none", |(_, d)| d)
        );
        emit(&out)?;
        Ok(n_sources > 0)
    }

    /// What in a setting rests on its source `idx`: defaults, the retroactivity statement,
    /// other places, allegations, and notes ending "(source N)".
    fn claims_on(st: &unticked::catalog::Setting, idx: usize) -> Vec<String> {
        let mut out = Vec::new();
        for (j, d) in st.defaults.iter().enumerate() {
            if d.source == Some(idx) {
                out.push(format!(
                    "default {j} ({} {} from {})",
                    d.regions.join(","),
                    d.state,
                    if d.from.is_empty() { "?" } else { d.from }
                ));
            }
        }
        if st.retroactive_source == Some(idx) {
            out.push("retroactivity".into());
        }
        for (j, n) in st.not_on_page.iter().enumerate() {
            if n.source == Some(idx) {
                out.push(format!("other place {j}"));
            }
        }
        for (j, a) in st.allegations.iter().enumerate() {
            if a.source == idx {
                out.push(format!("allegation {j}"));
            }
        }
        let tag = format!("(source {idx})");
        for (j, n) in st.notes.iter().enumerate() {
            if n.contains(&tag) {
                out.push(format!("note {j}"));
            }
        }
        out
    }

    /// Days since 1970-01-01 of `YYYY-MM-DD` (or `YYYY-MM`, read as its first day).
    fn day_number(d: &str) -> Option<i64> {
        let mut parts = d.split('-');
        let y: i64 = parts.next()?.parse().ok()?;
        let m: i64 = parts.next()?.parse().ok()?;
        let day: i64 = parts.next().map_or(Some(1), |p| p.parse().ok())?;
        if parts.next().is_some() || !(1..=12).contains(&m) || !(1..=31).contains(&day) {
            return None;
        }
        // Howard Hinnant's days_from_civil.
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + day - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(era * 146_097 + doe - 719_468)
    }

    /// `YYYY-MM-DD` of a day number (the inverse of `day_number`).
    fn date_of(z: i64) -> String {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        format!("{y:04}-{m:02}-{d:02}")
    }

    fn value<'a>(args: &'a [String], i: &mut usize, flag: &str) -> Result<&'a str, String> {
        *i += 1;
        args.get(*i)
            .map(String::as_str)
            .ok_or_else(|| format!("{flag} needs a value"))
    }

    /// Is this folder entry one the scan reads (a folder, a page or a capture)?
    fn is_page_or_folder(p: &Path) -> bool {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        p.is_dir()
            || name.ends_with(".html")
            || name.ends_with(".htm")
            || (name.ends_with(".json") && !name.ends_with(".expect.json"))
    }

    fn collect(path: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
        if path.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(|e| format!("{}: {e}", path.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .collect();
            entries.sort();
            for p in entries {
                if is_page_or_folder(&p) {
                    collect(&p, out)?;
                }
            }
        } else if path.exists() {
            out.push(path.to_path_buf());
        } else {
            return Err(format!("{}: no such file or folder", path.display()));
        }
        Ok(())
    }

    /// Write to stdout; a reader that went away (`| head`) ends the output quietly.
    fn emit(s: &str) -> Result<(), String> {
        let mut out = std::io::stdout().lock();
        match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                Err(format!("cannot write the output: {e}"))
            }
            _ => Ok(()),
        }
    }

    /// `redact FILE [--url URL]`: the redacted capture on stdout. Ok(false): it does not read
    /// the same as the page (said on stderr; the capture is still written).
    fn cmd_redact(args: &[String]) -> Result<bool, String> {
        let mut url = None;
        let mut path = None;
        let mut i = 0;
        while i < args.len() {
            match args[i].as_str() {
                "--url" => url = Some(value(args, &mut i, "--url")?.to_string()),
                a if a.starts_with("--") || path.is_some() => {
                    return Err(format!("unexpected {a}\n{USAGE}"))
                }
                a => path = Some(a.to_string()),
            }
            i += 1;
        }
        let path = path.ok_or_else(|| USAGE.to_string())?;
        let bytes = std::fs::read(&path).map_err(|e| format!("{path}: {e}"))?;
        let mut capture = Capture::from_bytes(&bytes).map_err(|e| format!("{path}: {e}"))?;
        if let Some(u) = url {
            capture.url = u;
        }
        let out = redact(&capture).map_err(|e| format!("{path}: {e}"))?;
        let same = same_findings(&capture, &out, &ScanOptions::default());
        if !same {
            eprintln!("unticked: {path}: warning: the redacted capture does not read the same as the page (compare `unticked scan` of both)");
        }
        let json = serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?;
        emit(&(json + "\n"))?;
        Ok(same)
    }

    fn cmd_scan(args: &[String]) -> Result<(), String> {
        let mut opts = ScanOptions::default();
        let mut format = "json".to_string();
        let mut jobs = None;
        let mut paths = Vec::new();
        let mut i = 0;
        while i < args.len() {
            match args[i].as_str() {
                "--url" => opts.url = Some(value(args, &mut i, "--url")?.to_string()),
                "--format" => format = value(args, &mut i, "--format")?.to_string(),
                "--jobs" => {
                    let n = value(args, &mut i, "--jobs")?;
                    jobs =
                        Some(n.parse::<usize>().ok().filter(|&n| n > 0).ok_or_else(|| {
                            format!("--jobs needs a number of at least 1, not {n}")
                        })?)
                }
                "--region" => {
                    opts.region = Some(value(args, &mut i, "--region")?.to_ascii_uppercase())
                }
                "--include-hidden" => opts.include_hidden = true,
                "--ui-lang" => {
                    let v = value(args, &mut i, "--ui-lang")?;
                    if unticked::messages::speaks(v).is_none() {
                        return Err(format!(
                            "--ui-lang must be one of {}, not {v}",
                            unticked::messages::LANGS.join(" ")
                        ));
                    }
                    opts.ui_lang = Some(v.to_string());
                }
                a if a.starts_with("--") => return Err(format!("unknown option {a}\n{USAGE}")),
                p => paths.push(PathBuf::from(p)),
            }
            i += 1;
        }
        if !matches!(format.as_str(), "json" | "jsonl" | "markdown" | "csv") {
            return Err(format!(
                "--format must be json, jsonl, markdown or csv, not {format}"
            ));
        }
        if paths.is_empty() {
            return Err(format!("scan needs at least one PATH\n{USAGE}"));
        }
        if format == "jsonl" {
            let all_cores = std::thread::available_parallelism().map_or(1, |n| n.get());
            return scan_jsonl(paths, &opts, jobs.unwrap_or(all_cores));
        }
        if jobs.is_some() {
            return Err("--jobs works with --format jsonl".into());
        }
        let mut files = Vec::new();
        for p in &paths {
            collect(p, &mut files)?;
        }
        let mut reports = Vec::new();
        let mut failed = 0;
        for f in &files {
            // One bad file is reported and skipped; the others are still scanned.
            let res = read_page(f).and_then(|b| scan_bytes(&b, &opts).map_err(|e| e.to_string()));
            match res {
                Ok(r) => reports.push((f, r)),
                Err(e) => {
                    failed += 1;
                    eprintln!("unticked: {}: {e}", f.display());
                }
            }
        }
        match format.as_str() {
            "csv" => {
                let mut out = format!("{CSV_HEADER}\n");
                for (f, r) in &reports {
                    out.push_str(&csv_rows(&f.display().to_string(), r));
                }
                emit(&out)?;
            }
            "markdown" => {
                let out: Vec<String> = reports.iter().map(|(_, r)| markdown(r)).collect();
                emit(&(out.join("\n") + "\n"))?;
            }
            _ => {
                let json = if files.len() == 1 && paths.len() == 1 && !paths[0].is_dir() {
                    reports
                        .first()
                        .map(|(_, r)| serde_json::to_string_pretty(r))
                        .transpose()
                } else {
                    let all: Vec<serde_json::Value> = reports
                        .iter()
                        .map(|(f, r)| {
                            let mut v = serde_json::to_value(r).unwrap_or_default();
                            v["file"] = f.display().to_string().into();
                            v
                        })
                        .collect();
                    Some(serde_json::to_string_pretty(&all)).transpose()
                };
                if let Some(j) = json.map_err(|e| e.to_string())? {
                    emit(&(j + "\n"))?;
                }
            }
        }
        if failed > 0 {
            return Err(format!(
                "{failed} of {} file(s) could not be scanned",
                files.len()
            ));
        }
        Ok(())
    }

    /// A page's bytes, refusing what is too big to read into memory.
    fn read_page(f: &Path) -> Result<Vec<u8>, String> {
        let m = std::fs::metadata(f).map_err(|e| e.to_string())?;
        if m.len() > MAX_FILE {
            return Err(format!("larger than {} MB", MAX_FILE >> 20));
        }
        std::fs::read(f).map_err(|e| e.to_string())
    }

    /// The pages under some paths, found as the walk reaches them: a folder is listed when its
    /// turn comes (its entries sorted, as `collect` does), so a run over 100,000 pages holds at
    /// most the listings of the folders it is inside, never every page. A path that cannot be
    /// read is an `Err` in its place.
    struct Walk {
        /// Still to visit, the next last.
        todo: Vec<PathBuf>,
    }

    impl Walk {
        fn new(mut paths: Vec<PathBuf>) -> Self {
            paths.reverse();
            Walk { todo: paths }
        }
    }

    impl Iterator for Walk {
        type Item = Result<PathBuf, (PathBuf, String)>;

        fn next(&mut self) -> Option<Self::Item> {
            loop {
                let path = self.todo.pop()?;
                if !path.is_dir() {
                    return Some(if path.exists() {
                        Ok(path)
                    } else {
                        Err((path, "no such file or folder".into()))
                    });
                }
                let entries = match std::fs::read_dir(&path) {
                    Ok(d) => d,
                    Err(e) => return Some(Err((path, e.to_string()))),
                };
                let mut entries: Vec<PathBuf> = entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| is_page_or_folder(p))
                    .collect();
                entries.sort_unstable_by(|a, b| b.cmp(a));
                self.todo.extend(entries);
            }
        }
    }

    /// `{"file":…,` and then the report's own fields, in the report's order.
    fn with_file(file: &str, report: &str) -> String {
        let file = serde_json::Value::from(file);
        match report.strip_prefix('{') {
            Some(fields) if fields != "}" => format!("{{\"file\":{file},{fields}"),
            _ => format!("{{\"file\":{file}}}"),
        }
    }

    /// One JSONL line for one page: its report with its path, or the error that stopped it
    /// (even a panic in the engine: the run goes on with the other pages). And whether it was
    /// scanned.
    fn page_line(item: Result<PathBuf, (PathBuf, String)>, opts: &ScanOptions) -> (String, bool) {
        let (path, res) = match item {
            Ok(p) => {
                let res = read_page(&p).and_then(|b| {
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| scan_bytes(&b, opts)))
                        .map_err(|_| {
                            "the engine failed on this page (a bug: please report it)".to_string()
                        })?
                        .map_err(|e| e.to_string())
                        .and_then(|r| serde_json::to_string(&r).map_err(|e| e.to_string()))
                });
                (p, res)
            }
            Err((p, e)) => (p, Err(e)),
        };
        let file = path.display().to_string();
        match res {
            Ok(report) => (with_file(&file, &report), true),
            Err(e) => (
                serde_json::json!({ "file": file, "error": e }).to_string(),
                false,
            ),
        }
    }

    /// `scan --format jsonl`: `jobs` threads take pages from one lazy walk and hand finished
    /// lines to this thread, which writes each as it comes. Memory stays flat: a page and its
    /// report per thread, and a few lines waiting to be written.
    fn scan_jsonl(paths: Vec<PathBuf>, opts: &ScanOptions, jobs: usize) -> Result<(), String> {
        let walk = Mutex::new(Walk::new(paths));
        let (tx, rx) = mpsc::sync_channel::<(String, bool)>(jobs * 4);
        let progress = std::io::stderr().is_terminal();
        let (mut done, mut failed) = (0usize, 0usize);
        let mut broken = None;
        std::thread::scope(|s| {
            for _ in 0..jobs {
                let (tx, walk) = (tx.clone(), &walk);
                s.spawn(move || loop {
                    // A poisoned lock only means another thread panicked: the walk is intact.
                    let item = walk.lock().unwrap_or_else(|e| e.into_inner()).next();
                    let Some(item) = item else { break };
                    if tx.send(page_line(item, opts)).is_err() {
                        break; // the writer stopped (stdout closed)
                    }
                });
            }
            drop(tx);
            let start = Instant::now();
            let mut shown = start;
            let mut out = std::io::stdout().lock();
            for (line, ok) in &rx {
                if let Err(e) = writeln!(out, "{line}") {
                    broken = Some(e);
                    break;
                }
                done += 1;
                failed += usize::from(!ok);
                if progress && shown.elapsed() > Duration::from_millis(250) {
                    shown = Instant::now();
                    eprint!("\r{}", progress_line(done, failed, start.elapsed()));
                }
            }
            drop(rx); // threads still scanning see the writer gone and stop
            if progress {
                eprintln!("\r{}", progress_line(done, failed, start.elapsed()));
            }
        });
        match broken {
            Some(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                return Err(format!("cannot write the output: {e}"))
            }
            _ => {}
        }
        if failed > 0 {
            return Err(format!("{failed} of {done} file(s) could not be scanned"));
        }
        Ok(())
    }

    fn progress_line(done: usize, failed: usize, took: Duration) -> String {
        format!(
            "{done} pages, {failed} could not be scanned, {:.0} pages/s",
            done as f64 / took.as_secs_f64().max(1e-3)
        )
    }

    fn cmd_eval(args: &[String]) -> Result<(), String> {
        let mut dir = PathBuf::from("tests/corpus");
        let (mut min_p, mut min_r, mut min_q) = (0.0, 0.0, 0.0);
        let mut show_mistakes = false;
        let mut max_wrong_certain = usize::MAX;
        let mut i = 0;
        let num = |s: &str| s.parse::<f64>().map_err(|_| format!("not a number: {s}"));
        while i < args.len() {
            match args[i].as_str() {
                "--min-precision" => min_p = num(value(args, &mut i, "--min-precision")?)?,
                "--min-recall" => min_r = num(value(args, &mut i, "--min-recall")?)?,
                "--min-polarity" => min_q = num(value(args, &mut i, "--min-polarity")?)?,
                "--max-wrong-certain" => {
                    max_wrong_certain = num(value(args, &mut i, "--max-wrong-certain")?)? as usize
                }
                "--mistakes" => show_mistakes = true,
                a if a.starts_with("--") => return Err(format!("unknown option {a}")),
                d => dir = PathBuf::from(d),
            }
            i += 1;
        }
        let r = unticked::eval::evaluate(&dir)?;
        print!("{}", r.table());
        if show_mistakes {
            for m in &r.mistakes {
                println!("  {m}");
            }
        }
        let o = &r.overall;
        if o.wrong_certain > max_wrong_certain {
            return Err(format!(
                "{} control(s) read the wrong way while certain (max {max_wrong_certain})",
                o.wrong_certain
            ));
        }
        if o.precision() < min_p || o.recall() < min_r || o.polarity() < min_q {
            return Err(format!(
                "below target: precision {:.3} (min {min_p}), recall {:.3} (min {min_r}), polarity {:.3} (min {min_q})",
                o.precision(),
                o.recall(),
                o.polarity()
            ));
        }
        Ok(())
    }
}
