//! The report as Markdown (CLI `--format markdown`, and the inspector's export).

use super::safety::state_word;
use super::Report;
use crate::messages::{fill, text, word};

/// Page text as Markdown text (the checkup's export uses it too).
pub(crate) fn esc(s: &str) -> String {
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
    let mut s = String::new();
    // One list item: "- " and the template `key` with its one placeholder `name` filled.
    let item = |s: &mut String, key: &str, name: &str, value: &str| {
        s.push_str("- ");
        s.push_str(&fill(ui, key, name, &[value]));
        s.push('\n');
    };
    let title = esc(if r.title.is_empty() { &r.url } else { &r.title });
    s.push_str("# ");
    s.push_str(&fill(ui, "md.title", "title", &[&title]));
    s.push_str("\n\n");
    item(&mut s, "md.page", "url", &esc(&r.url));
    if let Some(n) = &r.service_name {
        item(&mut s, "md.service", "name", &esc(n));
    }
    let (ai, sharing) = (
        r.summary.ai_training.to_string(),
        r.summary.sharing.to_string(),
    );
    s.push_str("- ");
    s.push_str(&fill(ui, "md.switches", "n sharing", &[&ai, &sharing]));
    s.push('\n');
    item(&mut s, "md.controls", "n", &r.summary.controls.to_string());
    for l in &r.limits {
        item(&mut s, "md.note", "text", l);
    }
    s.push('\n');
    for f in &r.findings {
        let label = if f.label.is_empty() {
            text(ui, "md.unnamed")
        } else {
            &f.label
        };
        s.push_str("## ");
        s.push_str(&esc(label));
        s.push_str("\n\n");
        if !f.section.is_empty() {
            item(&mut s, "md.where", "path", &esc(&f.section.join(" › ")));
        }
        let concern = if f.inferred {
            "md.concern_inferred"
        } else {
            "md.concern"
        };
        item(
            &mut s,
            concern,
            "concern",
            word(ui, "concern", f.concern.as_str()),
        );
        item(
            &mut s,
            "md.state",
            "state",
            &esc(state_word(ui, &f.control_state)),
        );
        item(&mut s, "md.sharing_now", "value", yn(f.sharing));
        item(&mut s, "md.sharing_default", "value", yn(f.default_sharing));
        if !f.visible {
            s.push_str("- ");
            s.push_str(text(ui, "md.hidden"));
            s.push('\n');
        }
        s.push('\n');
        s.push_str(&esc(&f.explanation));
        s.push_str("\n\n");
        for src in &f.sources {
            let kind = word(ui, "kind", &src.kind);
            s.push_str("- ");
            s.push_str(&fill(
                ui,
                "md.source",
                "kind date url",
                &[kind, &src.checked, &esc(&src.url)],
            ));
            s.push('\n');
        }
        if !f.sources.is_empty() {
            s.push('\n');
        }
    }
    for n in &r.notices {
        s.push_str("## ");
        s.push_str(&fill(ui, "md.not_a_switch", "name", &[&esc(&n.name)]));
        s.push_str("\n\n");
        s.push_str(&esc(&n.explanation));
        s.push_str("\n\n");
    }
    s
}
