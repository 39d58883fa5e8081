//! Unticked's own sentences in the person's language: templates per language, kept as data
//! (`messages/<lang>.txt`, compiled by `build.rs` into the engine's data, `crate::data`), never
//! translated at run time. The engine fills their `{placeholders}`; a template a language lacks
//! is taken from English. Page text and catalog text (names, sources' titles) stay as written.

/// The languages Unticked speaks, English first (the fallback).
pub const LANGS: [&str; 7] = ["en", "de", "fr", "es", "pt", "it", "nl"];

/// The UI language for a language tag ("de", "de-AT", "pt_BR", "PT"): one of `LANGS`, English
/// for anything else.
pub fn ui_lang(tag: &str) -> &'static str {
    speaks(tag).unwrap_or("en")
}

/// The one of `LANGS` a language tag names, if Unticked speaks it.
pub fn speaks(tag: &str) -> Option<&'static str> {
    let primary = tag.get(..2)?;
    if !matches!(tag.as_bytes().get(2), None | Some(b'-' | b'_')) {
        return None;
    }
    LANGS.into_iter().find(|l| l.eq_ignore_ascii_case(primary))
}

/// The template of `group` (a whole key), or of `group.name`, in `lang`. The data's templates
/// are read once with the lexicons (`crate::classify::lexicon`), as ("lang\u{1f}key", text).
fn find(lang: &str, group: &str, name: &str) -> Option<&'static str> {
    crate::classify::lexicon::lexicon()
        .messages
        .iter()
        .find(|(k, _)| {
            match k
                .strip_prefix(lang)
                .and_then(|k| k.strip_prefix('\u{1f}'))
                .and_then(|k| k.strip_prefix(group))
            {
                Some(rest) if name.is_empty() => rest.is_empty(),
                Some(rest) => rest.strip_prefix('.') == Some(name),
                None => false,
            }
        })
        .map(|m| m.1)
}

/// The template of `group` or `group.name` in `lang`, else in English.
fn lookup(lang: &str, group: &str, name: &str) -> Option<&'static str> {
    find(lang, group, name).or_else(|| find("en", group, name))
}

/// The template `key` in `lang`, else in English, else "".
pub fn text(lang: &str, key: &str) -> &'static str {
    lookup(lang, key, "").unwrap_or("")
}

/// The word `group.name` in `lang` (else in English), or `name` itself when no language has
/// one: the catalog's and the lexicons' fixed words ("how.form", "data.sensor data").
pub fn word<'a>(lang: &str, group: &str, name: &'a str) -> &'a str {
    lookup(lang, group, name).unwrap_or(name)
}

/// The template `key` in `lang` with each placeholder filled: `names` are the placeholders'
/// names, space-separated, and `args` their values in that order ("now expected", [a, b]).
/// One pass: a value that holds "{…}" (page text) is not read again.
pub fn fill(lang: &str, key: &str, names: &str, args: &[&str]) -> String {
    let mut t = text(lang, key);
    let mut out = String::with_capacity(t.len());
    while let Some(at) = t.find('{') {
        out.push_str(&t[..at]);
        let after = &t[at + 1..];
        let end = after.find('}').unwrap_or(after.len());
        match names
            .split(' ')
            .position(|n| n == &after[..end])
            .and_then(|i| args.get(i))
        {
            Some(a) => out.push_str(a),
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
        [head @ .., last] => fill(lang, "list.and", "list last", &[&head.join(", "), last]),
    }
}

/// A catalog date (YYYY-MM-DD or YYYY-MM, checked by build.rs) as "since 3 Nov 2025" /
/// "since Aug 2024" in `lang`; any other text as it is.
pub fn since(lang: &str, date: &str) -> String {
    let month = date
        .get(4..7)
        .and_then(|m| m.strip_prefix('-'))
        .and_then(|m| lookup(lang, "month", m.trim_start_matches('0')));
    let (y, day) = (date.get(..4).unwrap_or(""), date.get(8..10));
    match (month, day) {
        (Some(m), Some(d)) => fill(
            lang,
            "since.day",
            "d month y",
            &[d.trim_start_matches('0'), m, y],
        ),
        (Some(m), None) => fill(lang, "since.month", "month y", &[m, y]),
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
            fill("en", "excluded", "what", &["{what}"]),
            "Not included: {what}."
        );
        assert_eq!(fill("en", "md.page", "", &[]), "Page: {url}");
        assert_eq!(ui_lang("pt-BR"), "pt");
        assert_eq!(ui_lang("NL"), "nl");
        assert_eq!(ui_lang("de_AT"), "de");
        assert_eq!(ui_lang("ja"), "en");
        assert_eq!(ui_lang(""), "en");
        // A key no language has: the caller's fallback; a key German lacks: English.
        assert_eq!(word("de", "how", "pigeon"), "pigeon");
        assert_eq!(word("de", "how", "form"), "Formular");
        assert_eq!(word("fr", "data", "sensor data"), "données de capteurs");
        assert_eq!(word("en", "data", "sensor"), "sensor");
        assert_eq!(text("xx", "md.yes"), "yes");
    }
}
