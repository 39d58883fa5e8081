//! The report as Markdown (CLI `--format markdown`, and the inspector's export).

use super::Report;

fn esc(s: &str) -> String {
    // Page text is data: neutralise Markdown and HTML syntax so it renders as text.
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!'
        ) {
            o.push('\\');
        }
        o.push(if c == '\n' { ' ' } else { c });
    }
    o
}

fn yn(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => "yes",
        Some(false) => "no",
        None => "unknown",
    }
}

pub fn markdown(r: &Report) -> String {
    let mut s = String::new();
    s.push_str(&format!(
        "# Unticked report: {}\n\n",
        esc(if r.title.is_empty() { &r.url } else { &r.title })
    ));
    s.push_str(&format!("- Page: {}\n", esc(&r.url)));
    if let Some(n) = &r.service_name {
        s.push_str(&format!("- Service: {}\n", esc(n)));
    }
    s.push_str(&format!(
        "- AI-training switches: {} ({} sharing)\n- Controls read: {}\n",
        r.summary.ai_training, r.summary.sharing, r.summary.controls
    ));
    for l in &r.limits {
        s.push_str(&format!("- Note: {l}\n"));
    }
    s.push('\n');
    for f in &r.findings {
        s.push_str(&format!(
            "## {}\n\n",
            esc(if f.label.is_empty() {
                "(unnamed control)"
            } else {
                &f.label
            })
        ));
        if !f.section.is_empty() {
            s.push_str(&format!("- Where: {}\n", esc(&f.section.join(" › "))));
        }
        s.push_str(&format!(
            "- Concern: {}{}\n- State: {}\n- Sharing now: {}\n- Sharing by default: {}\n",
            f.concern,
            if f.inferred {
                " (inferred from wording)"
            } else {
                ""
            },
            esc(&f.control_state),
            yn(f.sharing),
            yn(f.default_sharing)
        ));
        if !f.visible {
            s.push_str("- Hidden on the page\n");
        }
        s.push_str(&format!("\n{}\n\n", esc(&f.explanation)));
        for src in &f.sources {
            s.push_str(&format!(
                "- Source ({}; checked {}): {}\n",
                src.kind,
                src.checked,
                esc(&src.url)
            ));
        }
        if !f.sources.is_empty() {
            s.push('\n');
        }
    }
    for n in &r.notices {
        s.push_str(&format!(
            "## Not a switch: {}\n\n{}\n\n",
            esc(&n.name),
            esc(&n.explanation)
        ));
    }
    s
}
