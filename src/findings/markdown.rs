//! The report as Markdown (CLI `--format markdown`, and the inspector's export).

use super::safety::state_word;
use super::Report;
use crate::messages::{fill, or, text};

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

/// The report as Markdown, in the language of its explanations (`Report::ui_lang`).
pub fn markdown(r: &Report) -> String {
    let ui = r.ui_lang.as_str();
    let yn = |v: Option<bool>| {
        text(
            ui,
            match v {
                Some(true) => "md.yes",
                Some(false) => "md.no",
                None => "md.unknown",
            },
        )
    };
    let line = |key: &str, name: &str, value: &str| fill(ui, key, &[(name, value)]);
    let mut s = String::new();
    let title = esc(if r.title.is_empty() { &r.url } else { &r.title });
    s.push_str(&format!("# {}\n\n", line("md.title", "title", &title)));
    s.push_str(&format!("- {}\n", line("md.page", "url", &esc(&r.url))));
    if let Some(n) = &r.service_name {
        s.push_str(&format!("- {}\n", line("md.service", "name", &esc(n))));
    }
    let (ai, sharing) = (
        r.summary.ai_training.to_string(),
        r.summary.sharing.to_string(),
    );
    s.push_str(&format!(
        "- {}\n- {}\n",
        fill(ui, "md.switches", &[("n", &ai), ("sharing", &sharing)]),
        line("md.controls", "n", &r.summary.controls.to_string())
    ));
    for l in &r.limits {
        s.push_str(&format!("- {}\n", line("md.note", "text", l)));
    }
    s.push('\n');
    for f in &r.findings {
        let label = if f.label.is_empty() {
            text(ui, "md.unnamed")
        } else {
            &f.label
        };
        s.push_str(&format!("## {}\n\n", esc(label)));
        if !f.section.is_empty() {
            s.push_str(&format!(
                "- {}\n",
                line("md.where", "path", &esc(&f.section.join(" › ")))
            ));
        }
        let concern = or(ui, &format!("concern.{}", f.concern), f.concern.as_str());
        let concern_key = if f.inferred {
            "md.concern_inferred"
        } else {
            "md.concern"
        };
        s.push_str(&format!(
            "- {}\n- {}\n- {}\n- {}\n",
            line(concern_key, "concern", concern),
            line("md.state", "state", &esc(state_word(ui, &f.control_state))),
            line("md.sharing_now", "value", yn(f.sharing)),
            line("md.sharing_default", "value", yn(f.default_sharing))
        ));
        if !f.visible {
            s.push_str(&format!("- {}\n", text(ui, "md.hidden")));
        }
        s.push_str(&format!("\n{}\n\n", esc(&f.explanation)));
        for src in &f.sources {
            let kind = or(ui, &format!("kind.{}", src.kind), &src.kind);
            s.push_str(&format!(
                "- {}\n",
                fill(
                    ui,
                    "md.source",
                    &[
                        ("kind", kind),
                        ("date", &src.checked),
                        ("url", &esc(&src.url))
                    ]
                )
            ));
        }
        if !f.sources.is_empty() {
            s.push('\n');
        }
    }
    for n in &r.notices {
        s.push_str(&format!(
            "## {}\n\n{}\n\n",
            line("md.not_a_switch", "name", &esc(&n.name)),
            esc(&n.explanation)
        ));
    }
    s
}
