//! Is a control visible to the person? A capture says so directly (the probe measured layout);
//! a plain saved page only has markup, so we read what markup can say: `hidden`, inline
//! `display:none` / `visibility:hidden`, `aria-hidden`, `inert`. Content of a closed
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
    if trust_probe && e.attr("data-unticked-visible") == Some("false") && e.name != "input" {
        // The probe measured this container as not rendered.
        return true;
    }
    if e.has_attr("hidden") && e.attr("hidden") != Some("until-found") {
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
    false
}

fn style_hides(style: &str) -> bool {
    let s: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    s.split(';').any(|decl| {
        let decl = decl.trim_end_matches("!important");
        decl == "display:none" || decl == "visibility:hidden" || decl == "content-visibility:hidden"
    })
}

/// Is `id` hidden by itself or any composed ancestor?
pub fn hidden_by_markup(ctx: &Ctx, id: NodeId) -> bool {
    hides_subtree(ctx, id) || ctx.doc.ancestors(id).any(|a| hides_subtree(ctx, a))
}

/// The control's visibility: the probe's measurement when the capture has one (it already
/// treats a visually-hidden input with a visible label as visible), else markup.
pub fn is_visible(ctx: &Ctx, id: NodeId) -> bool {
    match ctx.doc.attr(id, "data-unticked-visible") {
        Some("true") => !ancestors_hidden_by_markup(ctx, id),
        Some("false") => false,
        _ => !hidden_by_markup(ctx, id),
    }
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
    }
}
