//! The report as CSV rows, one per finding (CLI `--format csv`: bulk audits in a spreadsheet).

use super::Report;

pub const CSV_HEADER: &str =
    "file,url,service,label,section,concern,control_state,sharing,default_sharing,visible,inferred,setting";

/// One field: quoted when it needs to be, and page text that a spreadsheet would run as a
/// formula ("=HYPERLINK(…)", "+1", "@SUM") is prefixed with an apostrophe, so it stays text.
fn field(s: &str) -> String {
    let s = s.replace(['\r', '\n'], " ");
    let s = if s.starts_with(['=', '+', '-', '@', '\t']) {
        format!("'{s}")
    } else {
        s
    };
    if s.contains([',', '"']) || s.starts_with(' ') || s.ends_with(' ') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn opt(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => "true",
        Some(false) => "false",
        None => "",
    }
}

/// The rows for one scanned file (no header), each ending in a newline.
pub fn csv_rows(file: &str, r: &Report) -> String {
    let mut out = String::new();
    for f in &r.findings {
        let cols = [
            field(file),
            field(&r.url),
            field(r.service.as_deref().unwrap_or("")),
            field(&f.label),
            field(&f.section.join(" > ")),
            field(f.concern.as_str()),
            field(&f.control_state),
            opt(f.sharing).into(),
            opt(f.default_sharing).into(),
            f.visible.to_string(),
            f.inferred.to_string(),
            field(f.setting.as_deref().unwrap_or("")),
        ];
        out.push_str(&cols.join(","));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(
            field("=HYPERLINK(\"http://x\")"),
            "\"'=HYPERLINK(\"\"http://x\"\")\""
        );
        assert_eq!(field("+1"), "'+1");
        assert_eq!(field("line\nbreak"), "line break");
    }
}
