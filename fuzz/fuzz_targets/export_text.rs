//! CSV and Markdown exports of hostile label text: one CSV row per finding with exactly the
//! header's columns, no cell a spreadsheet would run as a formula, and no Markdown or HTML
//! syntax left active.
#![no_main]
use libfuzzer_sys::fuzz_target;
use unticked::{
    findings::{csv_rows, markdown, scan, CSV_HEADER},
    Capture, ScanOptions,
};

/// Split one CSV line into fields (RFC 4180 quoting).
fn fields(line: &str) -> Vec<String> {
    let (mut out, mut cur, mut quoted, mut chars) = (Vec::new(), String::new(), false, line.chars().peekable());
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    out.push(cur);
    out
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;")
}

fuzz_target!(|data: &[u8]| {
    let label = String::from_utf8_lossy(data);
    let page = format!(
        "<html lang=en><title>{t}</title><h2>{t}</h2><label><input type=checkbox checked> {t} Use my posts to train AI models</label>",
        t = escape_html(&label)
    );
    let opts = ScanOptions { url: Some("https://fuzz.example/settings".into()), ..Default::default() };
    let Ok(r) = scan(&Capture::from_html(page), &opts) else { return };
    let csv = csv_rows(&label, &r);
    let columns = CSV_HEADER.split(',').count();
    assert_eq!(csv.lines().count(), r.findings.len(), "one row per finding");
    for line in csv.lines() {
        let cells = fields(line);
        assert_eq!(cells.len(), columns, "row {line:?}");
        for cell in cells {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t']), "formula cell {cell:?}");
        }
    }
    let md = markdown(&r);
    let bytes = md.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'<' || b == b'`' || b == b'[' {
            // Every active character in page text is escaped (the report's own syntax uses none of these).
            assert!(i > 0 && bytes[i - 1] == b'\\', "unescaped {:?} in {md:?}", b as char);
        }
    }
});
