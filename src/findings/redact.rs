//! A redacted capture: a page Unticked reads wrongly can be reported without the person's own
//! text in it. The page's structure stays (every element, and the attributes that decide what
//! a control is, its state and whether it is seen), and so does every text the engine read as a
//! control's name, description, option or section heading; every other text and attribute
//! value becomes `x`s of about the same length (whitespace kept, digits `0`s). Scripts, comments and styles
//! go (what the style sheets hide is written back as rules of its own).
//!
//! It lives in `findings` because what may stay is what the controls reading used, and what
//! it must give is the same findings: `same_findings` checks that (the CLI warns when not).

use super::{fingerprint, scan, ScanOptions};
use crate::capture::{Capture, CaptureError, FORMAT, VERSION};
use crate::controls::state::{is_term, split_state_suffix};
use crate::controls::{extract_bounded, State};
use crate::dom::{parse, Document, NodeKind, ParseLimits};
use crate::text::fold;

/// Attributes kept as they are: they decide structure, state and visibility, not content.
fn structural(name: &str) -> bool {
    matches!(
        name,
        "id" | "for"
            | "role"
            | "type"
            | "name"
            | "checked"
            | "selected"
            | "disabled"
            | "hidden"
            | "inert"
            | "open"
            | "style"
            | "class"
            | "lang"
            | "dir"
            | "rel"
            | "property"
            | "tabindex"
            | "indeterminate"
            | "multiple"
            | "data-state"
            | "data-testid"
    ) || (name.starts_with("aria-")
        && !matches!(
            name,
            "aria-label" | "aria-description" | "aria-roledescription" | "aria-valuetext"
        ))
        || name.starts_with("data-unticked-")
}

/// Text the engine used: kept where it appears.
struct Kept {
    /// Every kept text, one a line (a text node inside one of them is kept).
    joined: String,
    /// The longer ones (a text node that contains one is kept: a row "Activity is On").
    long: Vec<String>,
    /// Texts the engine cut short (without their "…").
    cut: Vec<String>,
    /// Links of rows that lead to the setting's own page.
    hrefs: Vec<String>,
}

impl Kept {
    fn keeps(&self, t: &str) -> bool {
        let t = fold(t);
        t.is_empty()
            || self.joined.contains(&t)
            || self.long.iter().any(|k| t.contains(k))
            || ui_words(&t)
            // A row "Time off": the name, and a state word after it.
            || split_state_suffix(&t).is_some_and(|(n, _)| self.joined.contains(&fold(&n)))
            // The text where a long name or description was cut ("…"): its start was shown.
            || self.cut.iter().any(|k| {
                t.char_indices()
                    .skip(4)
                    .any(|(i, _)| k.ends_with(&t[..i]))
            })
    }
}

/// Only the page's own working words ("On", "Change", "Turn off", "is"), which the engine
/// reads to find rows whose state is only in their text: never the person's.
fn ui_words(t: &str) -> bool {
    use crate::classify::lexicon::v;
    let term = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.is_empty()
            || [
                v::STATE_ON(),
                v::STATE_OFF(),
                v::STATE_DENIED(),
                v::COPULA(),
                v::ACTION_VERB(),
                v::EDIT_WORDS(),
                v::TURN_OFF_WORDS(),
                v::TURN_ON_WORDS(),
            ]
            .iter()
            .any(|voc| is_term(voc, w))
    };
    // A state with when or by whom after it ("Withdrawn on 3 May 2024") is the page's words,
    // as is what became of a right ("No objection filed").
    // So is a state after only such words, a subject or a status label ("Vous n'êtes pas
    // inscrit", "Status: Enrolled since 3 March").
    let lead = |n: &str| {
        n.split_whitespace().all(|w| {
            let w = w.rsplit('\'').next().unwrap_or(w);
            term(w) || is_term(v::SUBJECT(), w)
        })
    };
    term(t)
        || t.split_whitespace().all(term)
        || crate::controls::state::folded_state(t.trim_matches(|c: char| !c.is_alphanumeric()))
            .is_some()
        || crate::classify::use_goes_on(t).is_some()
        || split_state_suffix(t).is_some_and(|(n, _)| lead(&n))
}

/// Same length, every visible character an `x` (a digit a `0`).
fn mask(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            c if c.is_whitespace() => c,
            // A digit stays a digit (not which one): "Blocked 2" reads as a state with a date
            // after it, "Blocked x" would not.
            '0'..='9' => '0',
            _ => 'x',
        })
        .collect()
}

/// A page address without what can name the person: a catalogued settings page keeps its
/// path (and its query or hash route only when the catalog needs them to know the page), a
/// catalogued service's site its origin, any other is `x`s.
fn redact_url(u: &str) -> String {
    use crate::catalog::{services_for, settings_on_page};
    let Some((scheme, rest)) = u.split_once("://") else {
        return mask(u);
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = rest[..end].rsplit('@').next().unwrap_or("");
    let origin = format!("{scheme}://{host}");
    let pages = settings_on_page(u).len();
    if pages > 0 {
        let path = rest[end..].split(['?', '#']).next().unwrap_or("");
        let hash = rest.find('#').map_or("", |h| &rest[h..]);
        for c in [format!("{origin}{path}"), format!("{origin}{path}{hash}")] {
            if settings_on_page(&c).len() == pages {
                return c;
            }
        }
        return u.to_string();
    }
    if services_for(u).is_empty() {
        format!("{scheme}://{}/", mask(host))
    } else {
        origin + "/"
    }
}

fn escape(s: &str, attr: bool, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '"' if attr => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen", "frame", "basefont", "bgsound",
];

fn write(doc: &Document, id: usize, kept: &Kept, masked: bool, out: &mut String) {
    let node = &doc.nodes[id];
    match &node.kind {
        NodeKind::Text(t) => {
            let t = if masked || !kept.keeps(t) {
                mask(t)
            } else {
                t.clone()
            };
            escape(&t, false, out);
        }
        NodeKind::Element(e) => {
            out.push('<');
            out.push_str(&e.name);
            let page_url = (e.name == "link" && e.attr("rel").is_some())
                || (e.name == "meta" && e.attr("property") == Some("og:url"));
            for (k, v) in &e.attrs {
                let v = if structural(k) || (k == "href" && kept.hrefs.contains(v)) {
                    v.clone()
                } else if k == "href" || k == "src" || (page_url && k == "content") {
                    redact_url(v)
                } else if kept.keeps(v) {
                    v.clone()
                } else {
                    mask(v)
                };
                out.push(' ');
                out.push_str(k);
                out.push_str("=\"");
                escape(&v, true, out);
                out.push('"');
            }
            out.push('>');
            if let Some(sr) = node.shadow_root {
                out.push_str("<template shadowrootmode=\"open\">");
                for &c in doc.children(sr) {
                    write(doc, c, kept, masked, out);
                }
                out.push_str("</template>");
            }
            // The page's title and a text field's content are never a control's words.
            let masked = masked || e.name == "title" || e.name == "textarea";
            for &c in doc.children(id) {
                write(doc, c, kept, masked, out);
            }
            if !VOID.contains(&e.name.as_str()) {
                out.push_str("</");
                out.push_str(&e.name);
                out.push('>');
            }
        }
        NodeKind::Document | NodeKind::ShadowRoot { .. } => {
            for &c in doc.children(id) {
                write(doc, c, kept, masked, out);
            }
        }
    }
}

/// The capture with the person's own text replaced; see the module's comment.
pub fn redact(capture: &Capture) -> Result<Capture, CaptureError> {
    let doc =
        parse(capture.html.as_bytes(), ParseLimits::default()).map_err(CaptureError::Parse)?;
    let (controls, _) = extract_bounded(&doc);
    // An action button is read only when it acts on AI training; any other ("Google Account:
    // Alex …") is the person's text like the rest. Hidden ones too: a reader may ask for them.
    let all = ScanOptions {
        include_hidden: true,
        ..Default::default()
    };
    let found: Vec<String> = match controls.iter().any(|c| c.action) {
        true => scan(capture, &all)
            .map(|r| r.findings.into_iter().map(|f| f.label).collect())
            .unwrap_or_default(),
        false => Vec::new(),
    };
    let mut words: Vec<String> = Vec::new();
    let mut hrefs = Vec::new();
    for c in controls
        .iter()
        .filter(|c| !c.action || found.contains(&c.name))
    {
        words.push(c.name.clone());
        // A row's button's own words, read as its help ("Withdraw consent<hidden> to machine
        // learning on …</hidden>" beside the title that names the row).
        words.push(c.own_name.clone());
        words.push(c.description.clone());
        words.extend(c.section.iter().cloned());
        words.push(c.section_intro.clone());
        words.extend(c.options.iter().map(|o| o.label.clone()));
        if let State::Option(t) = &c.state {
            words.push(t.clone());
        }
        if let Some((_, t)) = &c.off_button {
            words.push(t.clone());
        }
        hrefs.push(c.href.clone());
    }
    let mut cut = Vec::new();
    for w in &mut words {
        *w = match w.strip_suffix('…') {
            Some(s) => {
                cut.push(fold(s));
                fold(s)
            }
            None => fold(w),
        };
    }
    let kept = Kept {
        joined: words.join("\n"),
        long: words
            .iter()
            .filter(|w| w.chars().count() >= 8)
            .cloned()
            .collect(),
        cut,
        hrefs,
    };
    let mut html = String::with_capacity(capture.html.len() / 2);
    let css = doc.sheets.css();
    if !css.is_empty() {
        html.push_str("<style>");
        html.push_str(&css);
        html.push_str("</style>");
    }
    write(&doc, 0, &kept, false, &mut html);
    Ok(Capture {
        format: FORMAT.into(),
        version: VERSION,
        url: redact_url(&capture.url),
        title: mask(&capture.title),
        lang: capture.lang.clone(),
        captured_at: capture.captured_at.clone(),
        html,
        truncated: capture.truncated,
    })
}

/// Do the two captures give the same findings (labels, descriptions, sections, concerns,
/// states, sharing, defaults, locators)?
pub fn same_findings(a: &Capture, b: &Capture, opts: &ScanOptions) -> bool {
    let print = |c: &Capture| {
        scan(c, opts).map(|r| {
            let d: Vec<&str> = r.findings.iter().map(|f| f.description.as_str()).collect();
            format!("{}{}", fingerprint(&r), d.join("\n"))
        })
    };
    matches!((print(a), print(b)), (Ok(x), Ok(y)) if x == y)
}
