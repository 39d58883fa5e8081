//! Locators the probe can resolve to flip a control: CSS selectors per scope, joined by
//! `" >>> "` where a shadow root or frame is entered (`probe.js` `find()` reads the same form).
//! Each part prefers a unique `id`, then a unique `data-testid`, then an `nth-of-type` path.

use super::context::{live_tag, Ctx};
use crate::dom::{NodeId, NodeKind};

pub const SEP: &str = " >>> ";

pub fn locator(ctx: &Ctx, id: NodeId) -> String {
    let mut parts = Vec::new();
    let mut cur = id;
    for _ in 0..32 {
        let (part, scope) = in_scope(ctx, cur);
        parts.push(part);
        match ctx.doc.nodes[scope].kind {
            NodeKind::ShadowRoot { host } => cur = host,
            NodeKind::Element(_) => cur = scope, // inlined frame: continue from the iframe
            _ => break,
        }
    }
    parts.reverse();
    parts.join(SEP)
}

/// Selector for `id` within its own scope, and that scope.
fn in_scope(ctx: &Ctx, id: NodeId) -> (String, NodeId) {
    let doc = ctx.doc;
    let scope = ctx.scope[id];
    let mut steps = Vec::new();
    let mut cur = id;
    while let Some(e) = doc.element(cur) {
        if let Some(v) = e
            .attr("id")
            .filter(|v| !v.is_empty() && ctx.id_is_unique(scope, v))
        {
            steps.push(id_selector(v));
            break;
        }
        let tag = live_tag(&e.name);
        if let Some(v) = e
            .attr("data-testid")
            .filter(|v| ctx.testid_is_unique(scope, v))
        {
            steps.push(format!("{tag}[data-testid=\"{}\"]", css_string(v)));
            break;
        }
        let parent = doc.parent(cur);
        let nth = ctx.nth[cur];
        steps.push(format!("{tag}:nth-of-type({nth})"));
        match parent {
            Some(p) if doc.element(p).is_some() && p != scope => cur = p,
            Some(p) if doc.element(p).is_some() => {
                // The inlined frame element: its children are the frame's <body> children.
                steps.push("body".into());
                break;
            }
            _ => break,
        }
    }
    steps.reverse();
    (steps.join(" > "), scope)
}

fn id_selector(v: &str) -> String {
    let simple = v
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if simple {
        ["#", v].concat()
    } else {
        format!("[id=\"{}\"]", css_string(v))
    }
}

/// Escape for a double-quoted CSS string.
fn css_string(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for c in v.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\0' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}
