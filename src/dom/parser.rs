//! A tolerant, bounded HTML parser.
//!
//! Not a full HTML5 tree builder (that would cost ~190 KB of Wasm): it tokenizes by the spec's
//! main states, closes the usual implied elements, skips script/style bodies, decodes character
//! references, and builds declarative shadow roots. Every limit is explicit, so hostile input
//! (50 MB pages, 100k-deep nesting, binary junk) gives a clear error or a bounded, partial tree
//! marked `truncated`, never a panic or unbounded memory.

use super::tree::{Document, Element, Limit, NodeId, NodeKind, ROOT};
use std::fmt;

#[derive(Debug, Clone, Copy)]
pub struct ParseLimits {
    /// Input bytes beyond this are not read (the tree is marked truncated).
    pub max_bytes: usize,
    /// Nodes beyond this are not created (the tree is marked truncated).
    pub max_nodes: usize,
    /// Deeper elements are attached at this depth instead (flattened), so memory stays bounded.
    pub max_depth: usize,
}

impl Default for ParseLimits {
    fn default() -> Self {
        ParseLimits {
            max_bytes: 64 * 1024 * 1024,
            max_nodes: 2_000_000,
            max_depth: 256,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    Empty,
    NotHtml(String),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Empty => write!(f, "the page is empty"),
            ParseError::NotHtml(why) => write!(f, "this does not look like an HTML page: {why}"),
        }
    }
}

impl std::error::Error for ParseError {}

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen", "frame", "basefont", "bgsound",
];
/// Bodies the engine never reads: skipped without building nodes.
const SKIPPED_RAW: &[&str] = &[
    "script", "style", "noscript", "xmp", "noembed", "noframes", "iframe",
];
/// Raw text that is kept as text (entities decoded).
const KEPT_RAW: &[&str] = &["textarea", "title"];

/// Reject input that is clearly not text: NUL bytes or a high share of control bytes in its head.
fn sniff(bytes: &[u8]) -> Result<(), ParseError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ParseError::Empty);
    }
    let head = &bytes[..bytes.len().min(4096)];
    let nul = head.iter().filter(|&&b| b == 0).count();
    let ctrl = head
        .iter()
        .filter(|&&b| b < 0x09 || (0x0e..0x20).contains(&b))
        .count();
    if nul > 0 || ctrl * 20 > head.len() {
        return Err(ParseError::NotHtml("it contains binary data".into()));
    }
    if !head.contains(&b'<') {
        return Err(ParseError::NotHtml("it has no tags".into()));
    }
    Ok(())
}

/// Parse `input` into a tree. Invalid UTF-8 is replaced, not rejected (saved pages lie about encodings).
pub fn parse(input: &[u8], limits: ParseLimits) -> Result<Document, ParseError> {
    sniff(input)?;
    let truncated_input = input.len() > limits.max_bytes;
    let slice = &input[..input.len().min(limits.max_bytes)];
    let text = String::from_utf8_lossy(slice);
    let mut b = Builder::new(limits);
    if truncated_input {
        b.doc.hit(Limit::Bytes);
    }
    Tokenizer { s: &text, pos: 0 }.run(&mut b);
    Ok(b.finish())
}

struct Builder {
    doc: Document,
    /// Open elements (and shadow roots) from the root down.
    stack: Vec<NodeId>,
    limits: ParseLimits,
    /// Depth of `<template>` elements that are inert (not shadow roots): skipped.
    inert_depth: usize,
}

impl Builder {
    fn new(limits: ParseLimits) -> Self {
        Builder {
            doc: Document::new(),
            stack: vec![ROOT],
            limits,
            inert_depth: 0,
        }
    }

    fn full(&mut self) -> bool {
        if self.doc.nodes.len() >= self.limits.max_nodes {
            self.doc.hit(Limit::Nodes);
            true
        } else {
            false
        }
    }

    fn current(&self) -> NodeId {
        *self.stack.last().unwrap_or(&ROOT)
    }

    fn current_tag(&self) -> &str {
        self.doc.tag(self.current())
    }

    fn text(&mut self, t: String) {
        if self.inert_depth > 0 || t.is_empty() || self.full() {
            return;
        }
        let parent = self.current();
        // Merge with a preceding text node (entities and skipped comments split text).
        if let Some(&last) = self.doc.nodes[parent].children.last() {
            if let NodeKind::Text(prev) = &mut self.doc.nodes[last].kind {
                prev.push_str(&t);
                return;
            }
        }
        self.doc.push(parent, NodeKind::Text(t));
    }

    /// Close elements the spec closes implicitly when `name` starts.
    fn implied_end(&mut self, name: &str) {
        let closes: &[&str] = match name {
            "li" => &["li"],
            "option" => &["option"],
            "optgroup" => &["option", "optgroup"],
            "tr" => &["td", "th", "tr"],
            "td" | "th" => &["td", "th"],
            "dt" | "dd" => &["dt", "dd"],
            "p" | "div" | "ul" | "ol" | "table" | "form" | "section" | "h1" | "h2" | "h3"
            | "h4" | "h5" | "h6" | "fieldset" | "header" | "footer" | "nav" | "main"
            | "article" | "aside" | "pre" | "dl" | "hr" => &["p"],
            _ => &[],
        };
        if closes.contains(&self.current_tag()) {
            self.stack.pop();
        }
    }

    fn start(&mut self, name: String, attrs: Vec<(String, String)>, self_closing: bool) {
        if name == "template" {
            let shadow = attrs.iter().any(|(k, v)| {
                (k == "shadowrootmode" || k == "shadowroot")
                    && (v.eq_ignore_ascii_case("open") || v.eq_ignore_ascii_case("closed"))
            });
            let host = self.current();
            if self.inert_depth == 0
                && shadow
                && host != ROOT
                && self.doc.nodes[host].shadow_root.is_none()
                && !self.full()
            {
                let sr = self.doc.attach_shadow(host);
                self.stack.push(sr);
            } else {
                self.inert_depth += 1;
            }
            return;
        }
        if self.inert_depth > 0 {
            return;
        }
        self.implied_end(&name);
        if self.full() {
            return;
        }
        let void = VOID.contains(&name.as_str()) || (self_closing && !is_html_container(&name));
        let parent = self.current();
        let id = self
            .doc
            .push(parent, NodeKind::Element(Element { name, attrs }));
        if !void {
            let depth = self.stack.len();
            // Too deep: generic containers are flattened (their children go to their parent),
            // but elements that give controls their meaning still nest, a little further.
            let meaningful = matches!(
                self.doc.tag(id),
                "label"
                    | "button"
                    | "select"
                    | "option"
                    | "fieldset"
                    | "legend"
                    | "a"
                    | "summary"
                    | "details"
            );
            if depth < self.limits.max_depth || (meaningful && depth < self.limits.max_depth + 64) {
                self.stack.push(id);
            } else {
                self.doc.hit(Limit::Depth);
            }
        }
    }

    fn end(&mut self, name: &str) {
        if name == "template" {
            if self.inert_depth > 0 {
                self.inert_depth -= 1;
                return;
            }
            if let Some(pos) = self
                .stack
                .iter()
                .rposition(|&n| matches!(self.doc.nodes[n].kind, NodeKind::ShadowRoot { .. }))
            {
                if pos > 0 {
                    self.stack.truncate(pos);
                }
            }
            return;
        }
        if self.inert_depth > 0 {
            return;
        }
        // Pop to the nearest open element of this name, but never out of a shadow root.
        for i in (1..self.stack.len()).rev() {
            let n = self.stack[i];
            match &self.doc.nodes[n].kind {
                NodeKind::ShadowRoot { .. } => return,
                NodeKind::Element(e) if e.name == name => {
                    self.stack.truncate(i);
                    return;
                }
                _ => {}
            }
        }
    }

    fn finish(self) -> Document {
        self.doc
    }
}

/// Elements where a stray `/>` is ignored (HTML, not foreign content).
fn is_html_container(name: &str) -> bool {
    matches!(
        name,
        "div"
            | "span"
            | "p"
            | "a"
            | "button"
            | "label"
            | "select"
            | "option"
            | "section"
            | "form"
            | "li"
            | "ul"
            | "ol"
            | "fieldset"
            | "legend"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "body"
            | "html"
            | "head"
            | "main"
            | "nav"
            | "header"
            | "footer"
            | "textarea"
            | "title"
    )
}

struct Tokenizer<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Tokenizer<'a> {
    fn bytes(&self) -> &'a [u8] {
        self.s.as_bytes()
    }

    fn run(&mut self, b: &mut Builder) {
        let len = self.s.len();
        while self.pos < len {
            let rest = &self.bytes()[self.pos..];
            let Some(lt) = memchr(b'<', rest) else {
                b.text(decode_entities(&self.s[self.pos..]));
                break;
            };
            if lt > 0 {
                b.text(decode_entities(&self.s[self.pos..self.pos + lt]));
            }
            self.pos += lt;
            self.markup(b);
        }
    }

    /// At a `<`: a tag, comment, doctype, or a literal `<`.
    fn markup(&mut self, b: &mut Builder) {
        let bytes = self.bytes();
        let next = bytes.get(self.pos + 1).copied();
        match next {
            Some(b'!') => {
                if bytes[self.pos..].starts_with(b"<!--") {
                    self.pos = match find(&bytes[self.pos + 4..], b"-->") {
                        Some(i) => self.pos + 4 + i + 3,
                        None => bytes.len(),
                    };
                } else {
                    self.skip_past(b'>');
                }
            }
            Some(b'?') => self.skip_past(b'>'),
            Some(b'/') => {
                let start = self.pos + 2;
                let name_end = scan_name(bytes, start);
                if name_end == start {
                    self.skip_past(b'>');
                    return;
                }
                let name = self.s[start..name_end].to_ascii_lowercase();
                self.pos = name_end;
                self.skip_past(b'>');
                b.end(&name);
            }
            Some(c) if c.is_ascii_alphabetic() => self.start_tag(b),
            _ => {
                b.text("<".into());
                self.pos += 1;
            }
        }
    }

    fn skip_past(&mut self, c: u8) {
        self.pos = match memchr(c, &self.bytes()[self.pos..]) {
            Some(i) => self.pos + i + 1,
            None => self.s.len(),
        };
    }

    fn start_tag(&mut self, b: &mut Builder) {
        let bytes = self.bytes();
        let start = self.pos + 1;
        let name_end = scan_name(bytes, start);
        let name = self.s[start..name_end].to_ascii_lowercase();
        self.pos = name_end;
        let mut attrs: Vec<(String, String)> = Vec::new();
        let mut self_closing = false;
        loop {
            while self.pos < bytes.len()
                && (bytes[self.pos].is_ascii_whitespace() || bytes[self.pos] == b'/')
            {
                if bytes[self.pos] == b'/' {
                    self_closing = true;
                }
                self.pos += 1;
            }
            if self.pos >= bytes.len() {
                break;
            }
            if bytes[self.pos] == b'>' {
                self.pos += 1;
                break;
            }
            self_closing = false;
            let an_start = self.pos;
            while self.pos < bytes.len()
                && !matches!(bytes[self.pos], b'=' | b'>' | b'/')
                && !bytes[self.pos].is_ascii_whitespace()
            {
                self.pos += 1;
            }
            if self.pos == an_start {
                // A lone '=' or similar junk: step over it.
                self.pos += 1;
                continue;
            }
            let an = self.s[an_start..self.pos].to_ascii_lowercase();
            while self.pos < bytes.len() && bytes[self.pos].is_ascii_whitespace() {
                self.pos += 1;
            }
            let mut value = String::new();
            if self.pos < bytes.len() && bytes[self.pos] == b'=' {
                self.pos += 1;
                while self.pos < bytes.len() && bytes[self.pos].is_ascii_whitespace() {
                    self.pos += 1;
                }
                if self.pos < bytes.len() && (bytes[self.pos] == b'"' || bytes[self.pos] == b'\'') {
                    let q = bytes[self.pos];
                    let vs = self.pos + 1;
                    let ve = memchr(q, &bytes[vs..])
                        .map(|i| vs + i)
                        .unwrap_or(bytes.len());
                    value = decode_entities(&self.s[vs..ve]);
                    self.pos = (ve + 1).min(bytes.len());
                } else {
                    let vs = self.pos;
                    while self.pos < bytes.len()
                        && !bytes[self.pos].is_ascii_whitespace()
                        && bytes[self.pos] != b'>'
                    {
                        self.pos += 1;
                    }
                    value = decode_entities(&self.s[vs..self.pos]);
                }
            }
            if !attrs.iter().any(|(k, _)| *k == an) && attrs.len() < 256 {
                attrs.push((an, value));
            }
        }
        let raw_skip = SKIPPED_RAW.contains(&name.as_str());
        let raw_keep = KEPT_RAW.contains(&name.as_str());
        if raw_skip || raw_keep {
            let body_start = self.pos;
            let body_end = find_end_tag(&self.bytes()[body_start..], &name).map(|i| body_start + i);
            let (body, after) = match body_end {
                Some(e) => (&self.s[body_start..e], e),
                None => (&self.s[body_start..], self.s.len()),
            };
            if name == "style" && b.inert_depth == 0 {
                b.doc.sheets.add(body);
            }
            if raw_keep {
                b.start(name.clone(), attrs, false);
                b.text(decode_entities(body));
                b.end(&name);
            } else if name == "iframe" {
                // Keep the iframe element (a cross-origin frame is still a fact about the page).
                b.start(name.clone(), attrs, false);
                b.end(&name);
            }
            self.pos = after;
            if body_end.is_some() {
                self.skip_past(b'>');
            }
            return;
        }
        b.start(name, attrs, self_closing);
    }
}

fn scan_name(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && !bytes[i].is_ascii_whitespace() && !matches!(bytes[i], b'>' | b'/') {
        i += 1;
    }
    i
}

fn memchr(c: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == c)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    let first = needle[0];
    let mut i = 0;
    while let Some(off) = memchr(first, &hay[i..]) {
        let at = i + off;
        if hay[at..].starts_with(needle) {
            return Some(at);
        }
        i = at + 1;
        if i + needle.len() > hay.len() {
            break;
        }
    }
    None
}

/// Offset of `</name` (case-insensitive) in `hay`.
fn find_end_tag(hay: &[u8], name: &str) -> Option<usize> {
    let mut i = 0;
    while let Some(off) = find(&hay[i..], b"</") {
        let at = i + off;
        let after = &hay[at + 2..];
        if after.len() >= name.len() && after[..name.len()].eq_ignore_ascii_case(name.as_bytes()) {
            let term = after.get(name.len()).copied();
            if matches!(term, None | Some(b'>') | Some(b'/'))
                || term.is_some_and(|c| c.is_ascii_whitespace())
            {
                return Some(at);
            }
        }
        i = at + 2;
    }
    None
}

/// Decode character references. Unknown names stay as written.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .map(|e| e + 1)
            .unwrap_or(rest.len());
        let body = &rest[1..end];
        let has_semi = rest[end..].starts_with(';');
        let decoded = if let Some(num) = body.strip_prefix('#') {
            let v = if let Some(hex) = num.strip_prefix(['x', 'X']) {
                u32::from_str_radix(hex, 16).ok()
            } else {
                num.parse::<u32>().ok()
            };
            v.map(|v| {
                char::from_u32(v)
                    .filter(|&c| c != '\0')
                    .unwrap_or('\u{FFFD}')
            })
        } else {
            named_entity(body)
        };
        match decoded {
            Some(c) if !body.is_empty() => {
                out.push(c);
                rest = &rest[end + usize::from(has_semi)..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" | "AMP" => '&',
        "lt" | "LT" => '<',
        "gt" | "GT" => '>',
        "quot" | "QUOT" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "shy" => '\u{ad}',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "hellip" => '…',
        "mdash" => '—',
        "ndash" => '–',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "bull" => '•',
        "middot" => '·',
        "euro" => '€',
        "rarr" => '→',
        "larr" => '←',
        "zwj" => '\u{200d}',
        "zwnj" => '\u{200c}',
        "auml" => 'ä',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "Auml" => 'Ä',
        "Ouml" => 'Ö',
        "Uuml" => 'Ü',
        "szlig" => 'ß',
        "eacute" => 'é',
        "egrave" => 'è',
        "ecirc" => 'ê',
        "agrave" => 'à',
        "aacute" => 'á',
        "acirc" => 'â',
        "atilde" => 'ã',
        "ccedil" => 'ç',
        "iacute" => 'í',
        "oacute" => 'ó',
        "otilde" => 'õ',
        "ocirc" => 'ô',
        "uacute" => 'ú',
        "ntilde" => 'ñ',
        "Eacute" => 'É',
        "iexcl" => '¡',
        "iquest" => '¿',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Document {
        parse(s.as_bytes(), ParseLimits::default()).unwrap()
    }

    #[test]
    fn builds_elements_text_and_attrs() {
        let d =
            p("<!doctype html><html><body><p class=a id='x'>Hi &amp; bye<br>there</body></html>");
        let pnode = d
            .nodes
            .iter()
            .position(|n| matches!(&n.kind, NodeKind::Element(e) if e.name == "p"))
            .unwrap();
        assert_eq!(d.attr(pnode, "class"), Some("a"));
        assert_eq!(d.attr(pnode, "id"), Some("x"));
        assert!(
            matches!(&d.nodes[d.children(pnode)[0]].kind, NodeKind::Text(t) if t == "Hi & bye")
        );
    }

    #[test]
    fn declarative_shadow_root_is_not_a_light_child() {
        let d = p("<x-t><template shadowrootmode=open><input type=checkbox></template><span>light</span></x-t>");
        let host = d
            .nodes
            .iter()
            .position(|n| matches!(&n.kind, NodeKind::Element(e) if e.name == "x-t"))
            .unwrap();
        let sr = d.nodes[host].shadow_root.expect("shadow root");
        assert_eq!(d.tag(d.children(sr)[0]), "input");
        assert_eq!(d.children(host).len(), 1);
        assert_eq!(d.tag(d.children(host)[0]), "span");
    }

    #[test]
    fn inert_template_is_skipped_and_scripts_are_dropped() {
        let d = p(
            "<div><template><input type=checkbox></template><script>if (a<b) {}</script>ok</div>",
        );
        assert!(!d.nodes.iter().any(
            |n| matches!(&n.kind, NodeKind::Element(e) if e.name == "input" || e.name == "script")
        ));
    }

    #[test]
    fn implied_ends_for_options_and_lists() {
        let d = p("<select><option>A<option selected>B</select><ul><li>1<li>2</ul>");
        let sel = d
            .nodes
            .iter()
            .position(|n| matches!(&n.kind, NodeKind::Element(e) if e.name == "select"))
            .unwrap();
        assert_eq!(d.children(sel).len(), 2);
    }

    #[test]
    fn rejects_empty_and_binary() {
        assert_eq!(
            parse(b"   ", ParseLimits::default()).unwrap_err(),
            ParseError::Empty
        );
        assert!(matches!(
            parse(&[0u8, 159, 146, 150, 0, 1, 2], ParseLimits::default()),
            Err(ParseError::NotHtml(_))
        ));
    }

    #[test]
    fn deep_nesting_is_bounded() {
        let s = "<div>".repeat(100_000) + "<input type=checkbox>";
        let d = parse(s.as_bytes(), ParseLimits::default()).unwrap();
        assert!(d.truncated);
        assert!(d
            .nodes
            .iter()
            .any(|n| matches!(&n.kind, NodeKind::Element(e) if e.name == "input")));
    }

    #[test]
    fn node_limit_truncates() {
        let s = "<b>x</b>".repeat(10_000);
        let d = parse(
            s.as_bytes(),
            ParseLimits {
                max_nodes: 100,
                ..Default::default()
            },
        )
        .unwrap();
        assert!(d.truncated);
        assert!(d.nodes.len() <= 100);
    }

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("a&nbsp;b &#x41;&#66; &bogus; & &lt"),
            "a\u{a0}b AB &bogus; & <"
        );
    }
}
