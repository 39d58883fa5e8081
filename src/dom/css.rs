//! What a saved page's style sheets say about hiding: `.legacy { display: none }`. A live
//! capture needs none of this (the probe measured layout and leaves `<style>` out); a page
//! saved from the browser keeps its sheets, and a control they hide is not the person's.
//!
//! Only what can be read without a layout engine: top-level rules whose selector is one
//! compound (`tag`, `#id`, `.class`, `[attr]`, `[attr=value]`, combined). Rules inside `@media`
//! and the like, selectors with combinators or pseudo-classes are left out. Among the rules
//! read, the cascade decides, for `display` and for `visibility` apart: `!important`, then
//! the more specific selector, then the later rule (`.row{display:flex}` then
//! `.retired{display:none}` hides a `row retired`; `.panel.open{display:block}` shows again).

use super::Element;

/// At most this many selectors are kept (big sites ship thousands of rules; the hiding ones
/// that matter are few).
const MAX_RULES: usize = 4000;

#[derive(Debug, Clone, Default, PartialEq)]
struct Compound {
    tag: Option<String>,
    id: Option<String>,
    classes: Vec<String>,
    /// `[name]` (None) or `[name=value]`.
    attrs: Vec<(String, Option<String>)>,
}

impl Compound {
    fn parse(sel: &str) -> Option<Compound> {
        let sel = sel.trim();
        if sel.is_empty() || sel.contains([' ', '>', '+', '~', ':', '*', '|', '\\']) {
            return None;
        }
        let mut c = Compound::default();
        let mut rest = sel;
        let name_end = |s: &str| s.find(['.', '#', '[']).unwrap_or(s.len());
        let end = name_end(rest);
        if end > 0 {
            c.tag = Some(rest[..end].to_ascii_lowercase());
        }
        rest = &rest[end..];
        while let Some(first) = rest.chars().next() {
            // (Past the first character, not its first byte: a selector may go on in any script.)
            let body = &rest[first.len_utf8()..];
            match first {
                '.' | '#' => {
                    let end = name_end(body);
                    let name = body[..end].to_string();
                    if name.is_empty() {
                        return None;
                    }
                    if first == '.' {
                        c.classes.push(name);
                    } else {
                        c.id = Some(name);
                    }
                    rest = &body[end..];
                }
                '[' => {
                    let end = body.find(']')?;
                    let inner = &body[..end];
                    let attr = match inner.split_once('=') {
                        // `[a~=b]`, `[a^=b]` and the like: not read.
                        Some((k, _)) if k.ends_with(['~', '^', '$', '*', '|']) => return None,
                        Some((k, v)) => (
                            k.trim().to_ascii_lowercase(),
                            Some(v.trim().trim_matches(['"', '\'']).to_string()),
                        ),
                        None => (inner.trim().to_ascii_lowercase(), None),
                    };
                    c.attrs.push(attr);
                    rest = &body[end + 1..];
                }
                _ => return None,
            }
        }
        Some(c)
    }

    fn matches(&self, e: &Element) -> bool {
        self.tag.as_deref().is_none_or(|t| e.name == t)
            && self.id.as_deref().is_none_or(|id| e.attr("id") == Some(id))
            && self.classes.iter().all(|c| has_class(e, c))
            && self.attrs.iter().all(|(k, v)| match v {
                None => e.has_attr(k),
                Some(v) => e.attr(k) == Some(v.as_str()),
            })
    }

    /// The most selective part, to look rules up by: id, else a class, else the tag.
    fn key(&self) -> String {
        match (&self.id, self.classes.first(), &self.tag) {
            (Some(id), _, _) => ["#", id].concat(),
            (None, Some(c), _) => [".", c].concat(),
            (None, None, Some(t)) => t.clone(),
            _ => "*".into(),
        }
    }
}

fn has_class(e: &Element, class: &str) -> bool {
    e.attr("class")
        .is_some_and(|v| v.split_ascii_whitespace().any(|c| c == class))
}

/// Does a declaration block (a rule's, or an element's `style` attribute) hide
/// (`display:none`, `visibility:hidden`, `content-visibility:hidden`), show (another value of
/// those), or say nothing of them? The one reading of hiding CSS for both.
pub fn declares(block: &str) -> Option<bool> {
    let [d, v] = properties(block);
    match (d, v) {
        (Some(x), _) | (None, Some(x)) if x.hides => Some(true),
        (_, Some(x)) | (Some(x), None) => Some(x.hides),
        (None, None) => None,
    }
}

/// One property's value in a block: does it hide, and is it `!important`?
#[derive(Debug, Clone, Copy, PartialEq)]
struct Decl {
    hides: bool,
    important: bool,
}

/// What a block declares of `display` and of `visibility` (with `content-visibility`), the
/// last declaration of each.
fn properties(block: &str) -> [Option<Decl>; 2] {
    let mut out = [None, None];
    for decl in block.split(';') {
        let Some((prop, value)) = decl.split_once(':') else {
            continue;
        };
        let prop = prop.trim().to_ascii_lowercase();
        let value = value.trim().to_ascii_lowercase();
        let important = value.ends_with("!important");
        let value = value.trim_end_matches("!important").trim();
        let (slot, hides) = match prop.as_str() {
            "display" => (0, value == "none"),
            "content-visibility" => (1, value == "hidden"),
            "visibility" => (1, value == "hidden" || value == "collapse"),
            _ => continue,
        };
        out[slot] = Some(Decl { hides, important });
    }
    out
}

/// One rule read: its selector, which property, what it declares, and where it stands.
#[derive(Debug, Clone)]
struct Rule {
    sel: Compound,
    visibility: bool,
    decl: Decl,
    order: usize,
}

impl Rule {
    /// The cascade's order: `!important`, then specificity (ids, classes and attributes,
    /// tags), then the later rule.
    fn weight(&self) -> (bool, usize, usize, usize, usize) {
        let s = &self.sel;
        (
            self.decl.important,
            usize::from(s.id.is_some()),
            s.classes.len() + s.attrs.len(),
            usize::from(s.tag.is_some()),
            self.order,
        )
    }
}

/// The page's hiding and showing rules in their order, looked up by id, class or tag (the
/// keys sorted, each with its rule: a binary search, and no hash map's code in the Wasm).
#[derive(Debug, Clone, Default)]
pub struct Sheets {
    rules: Vec<Rule>,
    by_key: Vec<(String, usize)>,
}

impl Sheets {
    /// Read one style sheet's top-level rules.
    pub fn add(&mut self, css: &str) {
        self.read(css);
        crate::sort::sort(&mut self.by_key);
    }

    fn read(&mut self, css: &str) {
        let css = strip_comments(css);
        let mut rest = css.as_str();
        while let Some(open) = rest.find('{') {
            let prelude = rest[..open].trim();
            let Some(close) = block_end(&rest[open..]) else {
                return;
            };
            let block = &rest[open + 1..open + close];
            rest = &rest[open + close + 1..];
            // `@media`, `@supports`: conditional, not read.
            if prelude.starts_with('@') {
                continue;
            }
            let props = properties(block);
            if props == [None, None] {
                continue;
            }
            for sel in prelude.split(',') {
                if self.rules.len() >= MAX_RULES {
                    return;
                }
                let Some(c) = Compound::parse(sel) else {
                    continue;
                };
                for (k, decl) in props.iter().enumerate() {
                    if let Some(decl) = *decl {
                        self.by_key.push((c.key(), self.rules.len()));
                        self.rules.push(Rule {
                            sel: c.clone(),
                            visibility: k == 1,
                            decl,
                            order: self.rules.len(),
                        });
                    }
                }
            }
        }
    }

    /// The rules read, as a style sheet that reads back to the same rules, in their order (a
    /// redacted capture keeps what hides a control, and nothing else of the page's styles).
    pub fn css(&self) -> String {
        let mut out = String::new();
        for r in &self.rules {
            let c = &r.sel;
            let mut s = c.tag.clone().unwrap_or_default();
            if let Some(id) = &c.id {
                s = s + "#" + id;
            }
            for cl in &c.classes {
                s = s + "." + cl;
            }
            for (k, v) in &c.attrs {
                s = match v {
                    Some(v) => format!("{s}[{k}=\"{v}\"]"),
                    None => format!("{s}[{k}]"),
                };
            }
            let value = match (r.visibility, r.decl.hides) {
                (false, true) => "display:none",
                (false, false) => "display:block",
                (true, true) => "visibility:hidden",
                (true, false) => "visibility:visible",
            };
            let bang = if r.decl.important { "!important" } else { "" };
            out.push_str(&format!("{s}{{{value}{bang}}}\n"));
        }
        out
    }

    /// Do the rules that win the cascade for `e` hide it?
    pub fn hides(&self, e: &Element) -> bool {
        if self.rules.is_empty() {
            return false;
        }
        let mut keys = vec![e.name.to_string(), "*".to_string()];
        if let Some(id) = e.attr("id") {
            keys.push(["#", id].concat());
        }
        if let Some(cls) = e.attr("class") {
            keys.extend(cls.split_ascii_whitespace().map(|c| [".", c].concat()));
        }
        // The winning rule for `display` and for `visibility` (plain loops: the Wasm is smaller).
        let mut win: [Option<&Rule>; 2] = [None, None];
        for k in &keys {
            let mut at = self.by_key.partition_point(|(x, _)| x < k);
            while at < self.by_key.len() && &self.by_key[at].0 == k {
                let r = &self.rules[self.by_key[at].1];
                at += 1;
                let slot = &mut win[usize::from(r.visibility)];
                if r.sel.matches(e) && slot.is_none_or(|w| r.weight() > w.weight()) {
                    *slot = Some(r);
                }
            }
        }
        win.iter().any(|w| w.is_some_and(|r| r.decl.hides))
    }
}

fn strip_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |e| &rest[start + 2 + e + 2..]);
    }
    out.push_str(rest);
    out
}

/// Where the block that opens at `s[0] == '{'` closes (nested blocks counted).
fn block_end(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, b) in s.bytes().enumerate() {
        match b {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn el(name: &str, attrs: &[(&str, &str)]) -> Element {
        Element {
            name: name.into(),
            attrs: attrs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        }
    }

    #[test]
    fn simple_rules_hide_and_others_are_left_out() {
        let mut s = Sheets::default();
        s.add(
            "/* x */ .legacy{display:none} #old { visibility : hidden !important }
             @media (max-width: 600px) { .mobile-only { display: none } }
             .menu > li { display: none } a:hover { display: none }
             div.row[data-off] , [hidden-by-theme=yes] { display: none }
             .shown { color: red }",
        );
        assert!(s.hides(&el("section", &[("class", "card legacy")])));
        assert!(s.hides(&el("div", &[("id", "old")])));
        assert!(s.hides(&el("div", &[("class", "row"), ("data-off", "")])));
        assert!(s.hides(&el("p", &[("hidden-by-theme", "yes")])));
        assert!(!s.hides(&el("span", &[("class", "row"), ("data-off", "")])));
        assert!(!s.hides(&el("div", &[("class", "mobile-only")])));
        assert!(!s.hides(&el("li", &[("class", "menu")])));
        assert!(!s.hides(&el("div", &[("class", "shown")])));
    }

    #[test]
    fn a_rule_that_shows_again_wins() {
        let mut s = Sheets::default();
        s.add(".panel{display:none} .panel.open{display:block}");
        assert!(s.hides(&el("div", &[("class", "panel")])));
        assert!(!s.hides(&el("div", &[("class", "panel open")])));
    }

    #[test]
    fn the_cascade_decides_between_rules() {
        let mut s = Sheets::default();
        // Same specificity: the later rule wins, either way.
        s.add(".row{display:flex} .retired{display:none} .gone{display:none} .back{display:block}");
        assert!(s.hides(&el("div", &[("class", "row retired")])));
        assert!(!s.hides(&el("div", &[("class", "gone back")])));
        // An id outweighs classes, !important outweighs an id; display and visibility apart.
        s.add("#keep{display:block} .x{display:none} .y{display:none!important} #z{display:block}");
        s.add(".v{visibility:hidden} .w{display:block}");
        assert!(!s.hides(&el("div", &[("id", "keep"), ("class", "x")])));
        assert!(s.hides(&el("div", &[("id", "z"), ("class", "y")])));
        assert!(s.hides(&el("div", &[("class", "v w")])));
        // Written back, the rules read back to the same decisions.
        let mut back = Sheets::default();
        back.add(&s.css());
        for classes in ["row retired", "gone back", "v w", "x"] {
            let e = el("div", &[("class", classes)]);
            assert_eq!(back.hides(&e), s.hides(&e), "{classes}");
        }
        let e = el("div", &[("id", "z"), ("class", "y")]);
        assert_eq!(back.hides(&e), s.hides(&e));
    }

    #[test]
    fn broken_sheets_are_read_as_far_as_they_go() {
        let mut s = Sheets::default();
        s.add(".a{display:none} .b{display:none");
        s.add("/* unclosed comment .c{display:none}");
        s.add("}}}{{{ .d{display:none}");
        assert!(s.hides(&el("i", &[("class", "a")])));
        assert!(!s.hides(&el("i", &[("class", "b")])));
    }
}
