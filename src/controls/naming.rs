//! Accessible names and descriptions, after the parts of the ARIA accessible-name rules that
//! settings pages use: aria-labelledby, aria-label, `<label for>`, a wrapping label, the
//! element's own content (for buttons and switches), `title`, and, as a fallback, the text of
//! the control's row.

use super::context::Ctx;
use super::visibility::hides_subtree;
use crate::dom::{NodeId, NodeKind};
use crate::text::{clean_display, fold};

/// Elements whose boundaries separate words when text is joined (like `innerText`).
fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "div"
            | "p"
            | "li"
            | "ul"
            | "ol"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "br"
            | "tr"
            | "td"
            | "th"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "nav"
            | "main"
            | "aside"
            | "fieldset"
            | "legend"
            | "label"
            | "dt"
            | "dd"
            | "table"
            | "form"
            | "button"
            | "summary"
            | "details"
            | "dialog"
            | "hr"
            | "option"
            | "select"
            | "input"
            | "textarea"
            | "blockquote"
            | "pre"
            | "figure"
            | "figcaption"
            | "unticked-frame"
    )
}

/// Elements whose text never belongs to another control's name (their own value does not
/// describe the switch next to them).
fn is_form_value(tag: &str) -> bool {
    matches!(
        tag,
        "select" | "option" | "textarea" | "input" | "optgroup" | "datalist"
    )
}

/// What a text walk leaves out: these nodes' subtrees, and with `controls` every control's own
/// element (another control's text does not name this one). Controls are looked up by their
/// mark (`Ctx::is_control`), not searched for in a list: the check costs the same on a page
/// of 50,000 controls as on one of ten.
#[derive(Clone, Copy)]
pub struct Skip<'s> {
    pub nodes: &'s [NodeId],
    pub controls: bool,
}

impl Skip<'_> {
    pub const NONE: Skip<'static> = Skip {
        nodes: &[],
        controls: false,
    };
    /// Every control, and nothing else.
    pub const CONTROLS: Skip<'static> = Skip {
        nodes: &[],
        controls: true,
    };

    pub fn has(&self, ctx: &Ctx, id: NodeId) -> bool {
        (self.controls && ctx.is_control(id)) || self.nodes.contains(&id)
    }
}

/// Only these nodes.
pub fn skip(nodes: &[NodeId]) -> Skip<'_> {
    Skip {
        nodes,
        controls: false,
    }
}

pub struct TextOpts<'s> {
    /// Skip subtrees hidden by markup (true for visible text; aria-labelledby targets are read even when hidden).
    pub skip_hidden: bool,
    /// What is left out (the control itself, other controls).
    pub exclude: Skip<'s>,
    /// Stop after this many bytes.
    pub max_len: usize,
}

fn is_heading(tag: &str, role: Option<&str>) -> bool {
    matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") || role == Some("heading")
}

/// Text of a node's composed subtree, as chunks split at block boundaries.
pub fn text_chunks(ctx: &Ctx, root: NodeId, opts: &TextOpts) -> Vec<String> {
    let mut chunks = Vec::new();
    let mut cur = String::new();
    let mut total = 0usize;
    collect(ctx, root, opts, &mut chunks, &mut cur, &mut total, None, 0);
    flush(&mut chunks, &mut cur);
    chunks
}

/// Joined text of a subtree.
pub fn text_of(ctx: &Ctx, root: NodeId, opts: &TextOpts) -> String {
    text_chunks(ctx, root, opts).join(" ")
}

fn flush(chunks: &mut Vec<String>, cur: &mut String) {
    let t = clean_display(cur, 2000);
    if !t.is_empty() {
        chunks.push(t);
    }
    cur.clear();
}

#[allow(clippy::too_many_arguments)]
fn collect(
    ctx: &Ctx,
    id: NodeId,
    opts: &TextOpts,
    chunks: &mut Vec<String>,
    cur: &mut String,
    total: &mut usize,
    host: Option<NodeId>,
    depth: usize,
) {
    if *total > opts.max_len || depth > 200 {
        return;
    }
    let doc = ctx.doc;
    match &doc.nodes[id].kind {
        NodeKind::Text(t) => {
            *total += t.len();
            // Text that meets other text at an element's edge, a lowercase letter then a
            // capital (<span>Title</span><span>Not active</span>, laid apart by the page's
            // CSS): two pieces, not one word ("…TitleNot active" would end in "active").
            // (ASCII letters only: Unicode's case tables cost the Wasm 650 bytes.)
            if cur.ends_with(|c: char| c.is_ascii_lowercase())
                && t.starts_with(|c: char| c.is_ascii_uppercase())
            {
                cur.push(' ');
            }
            cur.push_str(t);
        }
        NodeKind::Element(e) => {
            if opts.exclude.has(ctx, id)
                || (depth > 0 && is_form_value(&e.name))
                || (opts.skip_hidden && hides_subtree(ctx, id))
            {
                if is_block(&e.name) {
                    flush(chunks, cur);
                }
                return;
            }
            if e.name == "img" {
                if let Some(alt) = e.attr("alt") {
                    cur.push(' ');
                    cur.push_str(alt);
                    cur.push(' ');
                }
                return;
            }
            let block = is_block(&e.name);
            if block {
                flush(chunks, cur);
            }
            if e.name == "slot" {
                // Slotted light children render here.
                if let Some(h) = host {
                    for &c in doc.children(h) {
                        collect(ctx, c, opts, chunks, cur, total, None, depth + 1);
                    }
                }
            }
            if let Some(sr) = doc.nodes[id].shadow_root {
                for &c in doc.children(sr) {
                    collect(ctx, c, opts, chunks, cur, total, Some(id), depth + 1);
                }
                // Light children render only through slots (handled above).
                if block {
                    flush(chunks, cur);
                }
                return;
            }
            for &c in doc.children(id) {
                collect(ctx, c, opts, chunks, cur, total, host, depth + 1);
            }
            if block {
                flush(chunks, cur);
            }
        }
        NodeKind::Document | NodeKind::ShadowRoot { .. } => {
            for &c in doc.children(id) {
                collect(ctx, c, opts, chunks, cur, total, host, depth + 1);
            }
        }
    }
}

/// Text of the elements an IDREF attribute points to (hidden targets count, per ARIA). An
/// element that names itself among them ("Object" named by itself and the row's title) gives
/// its own text, as browsers compute it.
pub fn idref_text(ctx: &Ctx, id: NodeId, attr: &str) -> String {
    idref_text_but(ctx, id, attr, usize::MAX)
}

/// The same, leaving out the element `but` (a button's own words beside the title it names).
pub fn idref_text_but(ctx: &Ctx, id: NodeId, attr: &str, but: NodeId) -> String {
    let parts: Vec<String> = ctx
        .idrefs(id, attr)
        .into_iter()
        .filter(|&t| t != but)
        .map(|t| match ctx.doc.attr(t, "aria-label") {
            Some(l) if !l.trim().is_empty() => l.to_string(),
            _ => text_of(
                ctx,
                t,
                &TextOpts {
                    skip_hidden: false,
                    exclude: Skip::NONE,
                    max_len: 4000,
                },
            ),
        })
        .filter(|s| !s.is_empty())
        .collect();
    clean_display(&parts.join(" "), 600)
}

/// The name an element is given for assistive technology alone: aria-labelledby, else
/// aria-label (None without either).
pub fn aria_name(ctx: &Ctx, id: NodeId) -> Option<String> {
    let t = idref_text(ctx, id, "aria-labelledby");
    if !t.is_empty() {
        return Some(t);
    }
    ctx.doc
        .attr(id, "aria-label")
        .map(|l| clean_display(l, 200))
        .filter(|l| !l.is_empty())
}

/// The accessible name from the element itself and its labels; None when it has none and the
/// caller should fall back to nearby text. `controls` are left out of label text.
pub fn own_name(ctx: &Ctx, id: NodeId, controls: Skip) -> Option<String> {
    let doc = ctx.doc;
    let e = doc.element(id)?;
    let by_ref = idref_text(ctx, id, "aria-labelledby");
    if !by_ref.is_empty() {
        return Some(by_ref);
    }
    if let Some(l) = e.attr("aria-label") {
        let l = clean_display(l, 600);
        if !l.is_empty() {
            return Some(l);
        }
    }
    let mut label_parts = Vec::new();
    // A hidden control's label is hidden with it; read it anyway so the control has a name.
    let skip_hidden = super::visibility::is_visible(ctx, id);
    let visible_text = |ctx: &Ctx, n: NodeId, ex: Skip| {
        text_of(
            ctx,
            n,
            &TextOpts {
                skip_hidden,
                exclude: ex,
                max_len: 4000,
            },
        )
    };
    if matches!(e.name.as_str(), "input" | "select" | "textarea" | "button") || e.name.contains('-')
    {
        let for_labels = e
            .attr("id")
            .map(|eid| ctx.labels_for(ctx.scope[id], eid))
            .unwrap_or(&[]);
        for &l in for_labels {
            label_parts.push(visible_text(ctx, l, controls));
        }
        if let Some(l) = doc.ancestors(id).take(12).find(|&a| doc.tag(a) == "label") {
            if !for_labels.contains(&l)
                && doc.attr(l, "for").is_none_or(|f| Some(f) == e.attr("id"))
            {
                label_parts.push(visible_text(ctx, l, controls));
            }
        }
    }
    // A custom element host may carry the label for the switch inside its shadow root.
    if label_parts.iter().all(|p| p.is_empty()) {
        if let Some(host) = shadow_host_of(ctx, id) {
            if let Some(l) = doc
                .attr(host, "aria-label")
                .or_else(|| doc.attr(host, "label"))
            {
                label_parts.push(l.to_string());
            }
        }
    }
    let label = clean_display(&label_parts.join(" "), 600);
    // A label styled as a title and a subtitle: the title is the name.
    let label = match label_title(ctx, id, controls) {
        Some(t) if label.starts_with(&t) => t,
        _ => label,
    };
    // "On" names nothing for a switch, but is a fine name for one radio option.
    let is_radio = e
        .attr("type")
        .is_some_and(|t| t.eq_ignore_ascii_case("radio"))
        || e.attr("role") == Some("radio");
    if !label.is_empty() && (is_radio || !is_only_state(&label)) {
        return Some(label);
    }
    // Name from content: buttons, links, switches, options.
    if e.name != "input" && e.name != "select" {
        let content = visible_text(ctx, id, Skip::NONE);
        // "Aan" / "Uit" segmented buttons (role=radio) are named by their state words.
        if !content.is_empty() && (is_radio || !is_only_state(&content)) {
            return Some(clean_display(&content, 600));
        }
    }
    for a in ["title", "placeholder"] {
        if let Some(t) = e.attr(a) {
            let t = clean_display(t, 600);
            if !t.is_empty() {
                return Some(t);
            }
        }
    }
    None
}

/// For a control inside (or `for`-pointed by) a label made of two or more text elements and
/// no loose text ("<label><input><span>Title</span><span>Help…</span></label>"), the first.
fn label_title(ctx: &Ctx, id: NodeId, controls: Skip) -> Option<String> {
    let doc = ctx.doc;
    let label = doc
        .ancestors(id)
        .take(6)
        .find(|&a| doc.tag(a) == "label")
        .or_else(|| {
            doc.attr(id, "id")
                .and_then(|v| ctx.labels_for(ctx.scope[id], v).first().copied())
        })?;
    let parts = title_parts(ctx, label, controls, 0)?;
    (parts.len() >= 2 && parts[0].chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .then(|| parts.into_iter().next().unwrap_or_default())
}

/// The text-bearing element children of `node`, looking through single wrappers
/// (`<label><span><span>Title</span><small>Help</small></span></label>`). None when loose
/// text sits beside them (then it is one sentence, not a title and a subtitle).
pub fn title_parts(ctx: &Ctx, node: NodeId, controls: Skip, depth: usize) -> Option<Vec<String>> {
    let doc = ctx.doc;
    let mut parts = Vec::new();
    let mut elems = Vec::new();
    for &c in doc.children(node) {
        match &doc.nodes[c].kind {
            NodeKind::Text(t) if !t.trim().is_empty() => return None,
            NodeKind::Element(_) if !controls.has(ctx, c) => {
                let t = text_of(
                    ctx,
                    c,
                    &TextOpts {
                        skip_hidden: true,
                        exclude: controls,
                        max_len: 2000,
                    },
                );
                if !t.is_empty() {
                    parts.push(t);
                    elems.push(c);
                }
            }
            _ => {}
        }
    }
    if parts.len() == 1 && depth < 4 {
        return title_parts(ctx, elems[0], controls, depth + 1).or(Some(parts));
    }
    Some(parts)
}

/// The host of the shadow root `id` lives in, if `id` is a top-level part of a small component.
fn shadow_host_of(ctx: &Ctx, id: NodeId) -> Option<NodeId> {
    let sc = ctx.scope[id];
    match ctx.doc.nodes[sc].kind {
        NodeKind::ShadowRoot { host } => Some(host),
        _ => None,
    }
}

/// Is this text only a state word ("On", "Aus"), which names nothing?
pub fn is_only_state(text: &str) -> bool {
    // State words are short: skip folding long text (a hot path on big pages).
    if text.len() > 48 {
        return false;
    }
    let f = fold(text);
    super::state::folded_state(f.trim_matches(|c: char| !c.is_alphanumeric())).is_some()
        || f.chars().filter(|c| c.is_alphanumeric()).count() == 0
}

/// The control's row: the largest composed ancestor that holds no other control and stays
/// small. Its text names a control that has no label, and describes one that has.
pub fn row_of(ctx: &Ctx, anchors: &[NodeId], unit_count: &dyn Fn(NodeId) -> u32) -> Option<NodeId> {
    let doc = ctx.doc;
    let first = *anchors.first()?;
    let mut row = None;
    for a in doc.ancestors(first) {
        if matches!(doc.nodes[a].kind, NodeKind::Document) {
            break;
        }
        if matches!(doc.nodes[a].kind, NodeKind::ShadowRoot { .. }) {
            continue;
        }
        let tag = doc.tag(a);
        if matches!(
            tag,
            "body" | "html" | "dialog" | "form" | "main" | "unticked-frame"
        ) || doc
            .attr(a, "role")
            .is_some_and(|r| r == "dialog" || r == "tabpanel")
        {
            break;
        }
        if !anchors.iter().all(|&n| doc.ancestors(n).any(|x| x == a)) {
            continue;
        }
        if unit_count(a) > 1 || ctx.size[a] > 80 {
            break;
        }
        row = Some(a);
    }
    row
}

/// Text chunks of the row, leaving out the control itself.
/// Headings are left out: they are the control's section, not its description.
pub fn row_chunks(ctx: &Ctx, row: NodeId, exclude: Skip) -> Vec<String> {
    let mut ex: Vec<NodeId> = exclude.nodes.to_vec();
    let mut stack = vec![row];
    while let Some(n) = stack.pop() {
        if let Some(e) = ctx.doc.element(n) {
            if n != row && is_heading(&e.name, e.attr("role")) {
                ex.push(n);
                continue;
            }
        }
        stack.extend(ctx.doc.children(n).iter().copied());
        if let Some(sr) = ctx.doc.nodes[n].shadow_root {
            stack.push(sr);
        }
    }
    text_chunks(
        ctx,
        row,
        &TextOpts {
            skip_hidden: true,
            exclude: Skip {
                nodes: &ex,
                controls: exclude.controls,
            },
            max_len: 1500,
        },
    )
}

/// The first heading inside a control's row: the title of a control that has no label of its
/// own (`<h3>Improve the model</h3><p>help…</p>` beside a bare switch). The row holds no other
/// control, so the heading is this one's, not a section's.
pub fn row_heading(ctx: &Ctx, row: NodeId) -> Option<String> {
    let mut stack = vec![row];
    while let Some(n) = stack.pop() {
        if let Some(e) = ctx.doc.element(n) {
            if n != row && is_heading(&e.name, e.attr("role")) {
                let t = text_of(
                    ctx,
                    n,
                    &TextOpts {
                        skip_hidden: true,
                        exclude: Skip::NONE,
                        max_len: 400,
                    },
                );
                if !t.is_empty() {
                    return Some(t);
                }
                continue;
            }
        }
        stack.extend(ctx.doc.children(n).iter().rev().copied());
    }
    None
}

/// Is `chunk` redundant beside `name` (the same words, or a state word)?
/// `folded_name` is `fold(name)`, computed once by the caller.
pub fn redundant(chunk: &str, folded_name: &str) -> bool {
    // Much longer than the name: it cannot repeat it (and folding it would be the hot path).
    if chunk.len() > 2 * folded_name.len() + 16 {
        return false;
    }
    let c = fold(chunk);
    let n = folded_name;
    c.is_empty()
        || is_only_state(chunk)
        || n.contains(&c)
        || (c.len() > 8 && c.contains(n) && c.len() < n.len() + 4)
}
