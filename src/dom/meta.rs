//! What a saved page says about itself: its canonical URL, title and language.

use super::tree::{Document, NodeKind};

#[derive(Debug, Default, Clone, PartialEq)]
pub struct PageMeta {
    pub url: String,
    pub title: String,
    pub lang: String,
}

/// Read from `<link rel=canonical>`, `<meta property=og:url>`, `<title>` and `<html lang>`.
pub fn page_meta(doc: &Document) -> PageMeta {
    let mut m = PageMeta::default();
    for (id, node) in doc.nodes.iter().enumerate() {
        let NodeKind::Element(e) = &node.kind else {
            continue;
        };
        match e.name.as_str() {
            "html" if m.lang.is_empty() => m.lang = e.attr("lang").unwrap_or("").trim().to_string(),
            "link"
                if m.url.is_empty()
                    && e.attr("rel").is_some_and(|r| {
                        r.split_ascii_whitespace()
                            .any(|t| t.eq_ignore_ascii_case("canonical"))
                    }) =>
            {
                m.url = e.attr("href").unwrap_or("").trim().to_string();
            }
            "meta" if m.url.is_empty() && e.attr("property") == Some("og:url") => {
                m.url = e.attr("content").unwrap_or("").trim().to_string()
            }
            "title" if m.title.is_empty() => {
                m.title = doc
                    .children(id)
                    .iter()
                    .filter_map(|&c| match &doc.nodes[c].kind {
                        NodeKind::Text(t) => Some(t.trim().to_string()),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
                    .join(" ");
            }
            _ => {}
        }
        if !m.url.is_empty() && !m.title.is_empty() && !m.lang.is_empty() {
            break;
        }
    }
    if !m.url.starts_with("http://") && !m.url.starts_with("https://") {
        m.url.clear(); // a relative canonical says nothing about the host
    }
    m
}
