//! Unticked's own sentences in the person's language: templates per language, kept as data
//! (`messages/<lang>.txt`, compiled by `build.rs` into the engine's data, `crate::data`), never
//! translated at run time. The engine fills their `{placeholders}`; a template a language lacks
//! is taken from English. Page text and catalog text (names, sources' titles) stay as written.

use std::sync::OnceLock;

/// The languages Unticked speaks, English first (the fallback).
pub const LANGS: [&str; 7] = ["en", "de", "fr", "es", "pt", "it", "nl"];

/// The UI language for a language tag ("de", "de-AT", "pt_BR", "PT"): one of `LANGS`, English
/// for anything else.
pub fn ui_lang(tag: &str) -> &'static str {
    speaks(tag).unwrap_or("en")
}

/// The one of `LANGS` a language tag names, if Unticked speaks it.
pub fn speaks(tag: &str) -> Option<&'static str> {
    let primary = tag.split(['-', '_']).next().unwrap_or("");
    LANGS.into_iter().find(|l| l.eq_ignore_ascii_case(primary))
}

/// Every template of the data: (language, key, template).
fn all() -> &'static [(&'static str, &'static str, &'static str)] {
    static ALL: OnceLock<Vec<(&str, &str, &str)>> = OnceLock::new();
    let Some(text) = crate::data::text() else {
        return &[];
    };
    ALL.get_or_init(|| {
        text.lines()
            .filter_map(|l| {
                let mut f = l.strip_prefix("M\u{1f}")?.splitn(3, '\u{1f}');
                Some((f.next()?, f.next()?, f.next()?))
            })
            .collect()
    })
}

/// The template `key` in `lang`, else in English, else "".
pub fn text(lang: &str, key: &str) -> &'static str {
    let find = |l: &str| all().iter().find(|m| m.0 == l && m.1 == key).map(|m| m.2);
    find(lang).or_else(|| find("en")).unwrap_or("")
}

/// The template `key` in `lang`, or `fallback` when no language has it (the catalog's own
/// words for which there is no template: a `how` or a concern Unticked has no name for).
pub fn or<'a>(lang: &str, key: &str, fallback: &'a str) -> &'a str {
    match text(lang, key) {
        "" => fallback,
        t => t,
    }
}

/// The template `key` in `lang` with each `{name}` replaced by its value in `args`, in one pass
/// (a value that holds "{…}", page text, is not read again).
pub fn fill(lang: &str, key: &str, args: &[(&str, &str)]) -> String {
    let mut t = text(lang, key);
    let mut out = String::with_capacity(t.len());
    while let Some(at) = t.find('{') {
        out.push_str(&t[..at]);
        let after = &t[at + 1..];
        let end = after.find('}').unwrap_or(after.len());
        match args.iter().find(|a| a.0 == &after[..end]) {
            Some(a) => out.push_str(a.1),
            None => out.push_str(&t[at..at + end + 2]),
        }
        t = after.get(end + 1..).unwrap_or("");
    }
    out.push_str(t);
    out
}

/// "a", "a and b", "a, b and c" in `lang`.
pub fn list(lang: &str, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [head @ .., last] => fill(
            lang,
            "list.and",
            &[("list", &head.join(", ")), ("last", last)],
        ),
    }
}

/// A catalog date ("2025-11-03", "2024-08") as "since 3 Nov 2025" / "since Aug 2024" in
/// `lang`; any other text as it is.
pub fn since(lang: &str, date: &str) -> String {
    let y = date.get(..4).unwrap_or("");
    let month = date
        .get(5..7)
        .and_then(|m| m.parse::<usize>().ok())
        .and_then(|m| text(lang, "date.months").split('|').nth(m.wrapping_sub(1)));
    let d = date.get(8..10).and_then(|d| d.parse::<u32>().ok());
    match (month, d) {
        (Some(m), Some(d)) => fill(
            lang,
            "since.day",
            &[("d", &d.to_string()), ("month", m), ("y", y)],
        ),
        (Some(m), None) => fill(lang, "since.month", &[("month", m), ("y", y)]),
        _ => date.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_lists_and_placeholders() {
        assert_eq!(since("en", "2025-11-03"), "since 3 Nov 2025");
        assert_eq!(since("en", "2024-08"), "since Aug 2024");
        assert_eq!(since("de", "2025-11-03"), "seit 3. Nov. 2025");
        assert_eq!(since("en", "soon"), "soon");
        assert_eq!(since("en", "2024-13"), "2024-13");
        let l = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(list("en", &l(&["a", "b", "c"])), "a, b and c");
        assert_eq!(list("fr", &l(&["a", "b"])), "a et b");
        assert_eq!(list("nl", &l(&["a"])), "a");
        // A value holding a placeholder is not filled again; an unknown one stays as it is.
        assert_eq!(
            fill("en", "excluded", &[("what", "{what}")]),
            "Not included: {what}."
        );
        assert_eq!(fill("en", "md.page", &[]), "Page: {url}");
        assert_eq!(ui_lang("pt-BR"), "pt");
        assert_eq!(ui_lang("NL"), "nl");
        assert_eq!(ui_lang("de_AT"), "de");
        assert_eq!(ui_lang("ja"), "en");
        assert_eq!(ui_lang(""), "en");
        // A key no language has: the caller's fallback; a key German lacks: English.
        assert_eq!(or("de", &format!("how.{}", "pigeon"), "pigeon"), "pigeon");
        assert_eq!(text("xx", "md.yes"), "yes");
    }
}
