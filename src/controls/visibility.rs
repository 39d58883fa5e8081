//! Is a control visible to the person? A capture says so directly (the probe measured layout);
//! a plain saved page only has markup, so we read what markup can say: `hidden`, inline
//! `display:none` / `visibility:hidden`, the page's own style sheets (`dom::css`),
//! `aria-hidden`, `inert`. Content of a closed
//! `<details>` is collapsed, not hidden: the person opens it with one click, so its switches
//! are theirs to see (the probe says the same, and opens it before turning one off).

use super::context::Ctx;
use crate::dom::NodeId;

/// Does this element itself hide its subtree (by markup alone)?
pub fn hides_subtree(ctx: &Ctx, id: NodeId) -> bool {
    hides(ctx, id, true)
}

fn hides(ctx: &Ctx, id: NodeId, trust_probe: bool) -> bool {
    let Some(e) = ctx.doc.element(id) else {
        return false;
    };
    if trust_probe && e.name != "input" {
        // The probe measured this container (a label, a control) as not rendered.
        let measured_hidden = e.attr("data-unticked-visible") == Some("false")
            || e.attr("data-unticked-hidden") == Some("true")
            || (e.attr("data-unticked-drawn") == Some("false")
                && e.attr("data-unticked-named").is_none()
                && e.name != "details");
        if measured_hidden {
            return true;
        }
    }
    if e.has_attr("hidden") && e.attr("hidden") != Some("until-found") {
        return true;
    }
    // A <dialog> is not rendered until it is opened (the browser's own style sheet).
    if e.name == "dialog" && !e.has_attr("open") {
        return true;
    }
    if e.has_attr("inert")
        || e.attr("aria-hidden")
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if e.name == "input"
        && e.attr("type")
            .is_some_and(|t| t.eq_ignore_ascii_case("hidden"))
    {
        return true;
    }
    if let Some(style) = e.attr("style") {
        if style_hides(style) {
            return true;
        }
    }
    ctx.doc.sheets.hides(e)
}

fn style_hides(style: &str) -> bool {
    crate::dom::css::declares(style) == Some(true)
}

/// Is `id` hidden by itself or any composed ancestor?
pub fn hidden_by_markup(ctx: &Ctx, id: NodeId) -> bool {
    hides_subtree(ctx, id) || ctx.doc.ancestors(id).any(|a| hides_subtree(ctx, a))
}

/// The control's visibility. A capture carries what layout measured (the probe's facts:
/// `data-unticked-hidden`, `-drawn`, `-named`), and this decides: not hidden by an ancestor,
/// and its own box drawn or the text that names it drawn (a visually hidden input behind a
/// visible label is the person's); inside a closed `<details>`, as visible as the details.
/// Captures of earlier versions carry the probe's own verdict (`data-unticked-visible`); a plain
/// saved page only has markup.
pub fn is_visible(ctx: &Ctx, id: NodeId) -> bool {
    let doc = ctx.doc;
    match (
        doc.attr(id, "data-unticked-visible"),
        doc.attr(id, "data-unticked-drawn"),
    ) {
        (Some(v), _) => v == "true" && !ancestors_hidden_by_markup(ctx, id),
        (None, Some(_)) => measured(ctx, id),
        _ => !hidden_by_markup(ctx, id),
    }
}

fn measured(ctx: &Ctx, id: NodeId) -> bool {
    let doc = ctx.doc;
    if doc.attr(id, "data-unticked-hidden") == Some("true") {
        return false;
    }
    if let Some(d) = closed_details_around(ctx, id) {
        return match doc.attr(d, "data-unticked-drawn") {
            Some(_) => measured(ctx, d),
            None => !hidden_by_markup(ctx, d),
        };
    }
    let drawn = doc.attr(id, "data-unticked-drawn") == Some("true")
        || doc.attr(id, "data-unticked-named") == Some("true");
    drawn && !ancestors_hidden_by_markup(ctx, id)
}

/// The nearest closed `<details>` whose content holds `id` (not its own `<summary>`).
fn closed_details_around(ctx: &Ctx, id: NodeId) -> Option<NodeId> {
    let doc = ctx.doc;
    let mut child = id;
    for a in doc.ancestors(id) {
        if doc.tag(a) == "details" && doc.attr(a, "open").is_none() {
            let in_summary = doc.tag(child) == "summary";
            if !in_summary {
                return Some(a);
            }
        }
        child = a;
    }
    None
}

/// Markup hiding above a control (used even for captures: a `hidden` section is hidden).
fn ancestors_hidden_by_markup(ctx: &Ctx, id: NodeId) -> bool {
    ctx.doc.ancestors(id).any(|a| hides(ctx, a, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_styles() {
        assert!(style_hides("color: red; display : none"));
        assert!(style_hides("visibility:hidden !important"));
        assert!(!style_hides("display:flex; opacity:0"));
        // What a browser ignores hides nothing ("display: hidden" is not CSS).
        assert!(!style_hides("display: hidden"));
    }
}
