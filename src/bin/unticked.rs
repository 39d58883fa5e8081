//! `unticked`: the command line for researchers' bulk audits and for scoring the engine.
//!
//!   unticked scan PATH... [--url URL] [--format json|jsonl|markdown|csv] [--jobs N] [--region CODE] [--include-hidden]
//!   unticked eval [DIR] [--min-precision P] [--min-recall R] [--min-polarity Q] [--max-wrong-certain N] [--mistakes]
//!   unticked hosts            sites of the catalogued settings pages (optional host permissions)
//!   unticked data             the compiled lexicons and catalog, shipped beside the Wasm as pkg/data.txt
//!   unticked pages            the catalogued settings pages themselves (what the background reads)
//!   unticked catalog          the catalog's services and settings, one line each

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
    use unticked::findings::{csv_rows, markdown, scan_bytes, ScanOptions, CSV_HEADER};

    const USAGE: &str = "usage:
      unticked scan PATH... [--url URL] [--format json|jsonl|markdown|csv] [--jobs N] [--region CODE] [--include-hidden]
          PATH: a capture (.json), a saved page (.html), or a folder of them
          --format jsonl: one report per line, with its \"file\", as pages finish; a page that
          cannot be scanned is a line with an \"error\". --jobs N: pages scanned at once
          (jsonl only; default: all cores)
      unticked eval [DIR] [--min-precision P] [--min-recall R] [--min-polarity Q] [--max-wrong-certain N] [--mistakes]
      unticked hosts | pages | data
      unticked catalog";

    /// Pages bigger than this are refused with a clear message rather than read into memory.
    const MAX_FILE: u64 = 256 * 1024 * 1024;

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let result = match args.first().map(String::as_str) {
            Some("scan") => cmd_scan(&args[1..]),
            Some("eval") => cmd_eval(&args[1..]),
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
            Some("catalog") => emit(
                &unticked::catalog::services()
                    .iter()
                    .flat_map(|s| {
                        s.settings.iter().map(move |st| {
                            format!(
                                "{}\t{}\t{}\t{}\t{}\n",
                                s.id, st.id, st.concern, st.polarity, st.name
                            )
                        })
                    })
                    .collect::<String>(),
            ),
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
