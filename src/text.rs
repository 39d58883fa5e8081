//! Text normalisation that survives tricks.
//!
//! `fold` maps text to a matching alphabet: Unicode compatibility forms as NFKC does for the
//! characters settings pages use (fullwidth letters, ligatures, mathematical and circled letters,
//! odd spaces), invisible characters removed, curly quotes and dashes straightened, look-alike
//! Cyrillic and Greek letters mapped to Latin ("dаta" with a Cyrillic а → "data"), accents
//! stripped ("Données" → "donnees"), lowercase, single spaces. Written as tables rather than
//! full Unicode normalisation because the tables cost a few hundred bytes of Wasm, not ~30 KB.

/// Text as the classifier and the catalog compare it.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true; // suppress leading and repeated spaces
    for c in s.chars() {
        // Fast path: printable ASCII is only lowercased.
        if c.is_ascii_graphic() {
            out.push(c.to_ascii_lowercase());
            space = false;
            continue;
        }
        let mut push = |m: &str| {
            for mc in m.chars() {
                if mc == ' ' {
                    if !space {
                        out.push(' ');
                        space = true;
                    }
                } else {
                    out.push(mc);
                    space = false;
                }
            }
        };
        match fold_char(c) {
            Folded::Drop => {}
            Folded::Char(m) => {
                for lc in m.to_lowercase() {
                    let mut buf = [0u8; 4];
                    push(lc.encode_utf8(&mut buf));
                }
            }
            Folded::Str(m) => push(m),
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Text for display: invisible characters removed, whitespace collapsed, length capped.
/// Letters are kept as written (a person should see what the page says).
pub fn clean_display(s: &str, max_chars: usize) -> String {
    let mut out = String::with_capacity(s.len().min(max_chars * 4));
    let mut space = true;
    let mut n = 0;
    for c in s.chars() {
        if c.is_ascii_graphic() && n < max_chars {
            out.push(c);
            space = false;
            n += 1;
            continue;
        }
        if is_invisible(c) {
            continue;
        }
        if c.is_whitespace() || c == '\u{a0}' {
            if !space {
                out.push(' ');
                space = true;
            }
            continue;
        }
        if c.is_control() {
            continue;
        }
        if n >= max_chars {
            while out.ends_with(' ') {
                out.pop();
            }
            out.push('…');
            return out;
        }
        out.push(c);
        space = false;
        n += 1;
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

enum Folded {
    Drop,
    Char(char),
    Str(&'static str),
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{ad}' | '\u{180e}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn fold_char(c: char) -> Folded {
    use Folded::*;
    if c.is_ascii() {
        return if c.is_ascii_control() {
            Str(" ")
        } else {
            Char(c)
        };
    }
    if is_invisible(c)
        || ('\u{300}'..='\u{36f}').contains(&c)
        || ('\u{fe00}'..='\u{fe0f}').contains(&c)
    {
        return Drop;
    }
    let u = c as u32;
    // Fullwidth ASCII (NFKC).
    if (0xff01..=0xff5e).contains(&u) {
        return Char(char::from_u32(u - 0xfee0).unwrap_or(c));
    }
    // Mathematical alphanumeric letters (bold, italic, script, …) and digits (NFKC).
    if (0x1d400..=0x1d6a3).contains(&u) {
        let k = (u - 0x1d400) % 52;
        let base = if k < 26 {
            b'A' + k as u8
        } else {
            b'a' + (k - 26) as u8
        };
        return Char(base as char);
    }
    if (0x1d7ce..=0x1d7ff).contains(&u) {
        return Char((b'0' + ((u - 0x1d7ce) % 10) as u8) as char);
    }
    // Circled letters (NFKC).
    if (0x24b6..=0x24cf).contains(&u) {
        return Char((b'a' + (u - 0x24b6) as u8) as char);
    }
    if (0x24d0..=0x24e9).contains(&u) {
        return Char((b'a' + (u - 0x24d0) as u8) as char);
    }
    if c.is_whitespace() || c == '\u{a0}' {
        return Str(" ");
    }
    if let Some(l) = latin_base(c) {
        return l;
    }
    Char(match c {
        // Quotes and dashes.
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\u{2bc}' | '\u{b4}'
        | '`' => '\'',
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '\u{ab}' | '\u{bb}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe63}' => '-',
        '\u{2026}' => return Str("..."),
        // Spanish opening marks: punctuation, not part of the first word ("¿Te opones…?").
        '\u{bf}' => '?',
        '\u{a1}' => '!',
        // Ligatures (NFKC).
        '\u{fb00}' => return Str("ff"),
        '\u{fb01}' => return Str("fi"),
        '\u{fb02}' => return Str("fl"),
        '\u{fb03}' => return Str("ffi"),
        '\u{fb04}' => return Str("ffl"),
        '\u{fb05}' | '\u{fb06}' => return Str("st"),
        // Cyrillic look-alikes.
        'а' | 'А' => 'a',
        'в' | 'В' => 'b',
        'е' | 'Е' | 'ё' | 'Ё' => 'e',
        'к' | 'К' => 'k',
        'м' | 'М' => 'm',
        'н' | 'Н' | 'һ' | 'Һ' => 'h',
        'о' | 'О' => 'o',
        'р' | 'Р' => 'p',
        'с' | 'С' => 'c',
        'т' | 'Т' => 't',
        'у' | 'У' => 'y',
        'х' | 'Х' => 'x',
        'і' | 'І' | 'ї' => 'i',
        'ј' | 'Ј' => 'j',
        'ѕ' | 'Ѕ' => 's',
        'ԁ' => 'd',
        'ӏ' | 'Ӏ' => 'l',
        'ԛ' => 'q',
        'ԝ' => 'w',
        // Greek look-alikes.
        'α' | 'Α' => 'a',
        'β' | 'Β' => 'b',
        'ε' | 'Ε' => 'e',
        'ζ' | 'Ζ' => 'z',
        'η' | 'Η' => 'h',
        'ι' | 'Ι' => 'i',
        'κ' | 'Κ' => 'k',
        'μ' | 'Μ' => 'm',
        'ν' | 'Ν' => 'n',
        'ο' | 'Ο' => 'o',
        'ρ' | 'Ρ' => 'p',
        'τ' | 'Τ' => 't',
        'υ' | 'Υ' => 'y',
        'χ' | 'Χ' => 'x',
        // Latin look-alikes outside the accent table.
        'ɡ' => 'g',
        'ı' => 'i',
        'ℓ' => 'l',
        _ => c,
    })
}

/// Latin letters with diacritics → base letters (what NFKD + dropping marks gives).
fn latin_base(c: char) -> Option<Folded> {
    use Folded::*;
    Some(Char(match c {
        'À'..='Å' | 'à'..='å' | 'Ā'..='ą' => 'a',
        'Ç' | 'ç' | 'Ć'..='č' => 'c',
        'Ď'..='đ' => 'd',
        'È'..='Ë' | 'è'..='ë' | 'Ē'..='ě' => 'e',
        'Ĝ'..='ģ' => 'g',
        'Ĥ'..='ħ' => 'h',
        'Ì'..='Ï' | 'ì'..='ï' | 'Ĩ'..='İ' => 'i',
        'Ĵ' | 'ĵ' => 'j',
        'Ķ' | 'ķ' => 'k',
        'Ĺ'..='ł' => 'l',
        'Ñ' | 'ñ' | 'Ń'..='ň' => 'n',
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō'..='ő' => 'o',
        'Ŕ'..='ř' => 'r',
        'Ś'..='š' => 's',
        'Ţ'..='ŧ' => 't',
        'Ù'..='Ü' | 'ù'..='ü' | 'Ũ'..='ų' => 'u',
        'Ŵ' | 'ŵ' => 'w',
        'Ý' | 'ý' | 'ÿ' | 'Ŷ' | 'ŷ' | 'Ÿ' => 'y',
        'Ź'..='ž' => 'z',
        'ß' => return Some(Str("ss")),
        'Æ' | 'æ' => return Some(Str("ae")),
        'Œ' | 'œ' => return Some(Str("oe")),
        _ => return None,
    }))
}

/// Does `hay` (folded) contain `needle` (folded) at word boundaries? A needle ending in `*`
/// matches any word that starts with it ("train*" matches "training").
pub fn has_phrase(hay: &str, needle: &str) -> bool {
    let (needle, prefix) = match needle.strip_suffix('*') {
        Some(n) => (n, true),
        None => (needle, false),
    };
    if needle.is_empty() {
        return false;
    }
    let (hb, nb) = (hay.as_bytes(), needle.as_bytes());
    let mut from = 0;
    // Texts are short and needles many: a plain byte scan beats `str::find`'s setup. A needle
    // starts with a whole character, so it never matches inside another one.
    while let Some(at) = (from..(hb.len() + 1).saturating_sub(nb.len()))
        .find(|&i| hb[i] == nb[0] && hb[i..].starts_with(nb))
    {
        let end = at + nb.len();
        let before_ok = at == 0 || !is_word_byte(hb[at - 1]);
        // A phrase of words does not end inside a hyphenated compound: "met ai" is not in
        // "met ai-partners" (AI partners), nor "with ai" in "with ai-generated".
        let compound = needle.contains(' ') && hb.get(end) == Some(&b'-');
        let after_ok = prefix || end == hb.len() || (!is_word_byte(hb[end]) && !compound);
        if before_ok && after_ok {
            return true;
        }
        from = at + 1;
    }
    false
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_lookalikes_accents_and_spacing() {
        assert_eq!(
            fold("Use my d\u{430}ta to tr\u{430}in AI"),
            "use my data to train ai"
        );
        assert_eq!(
            fold("  Données\u{200b} d’entraînement  "),
            "donnees d'entrainement"
        );
        assert_eq!(fold("ＡＩ ｔｒａｉｎｉｎｇ"), "ai training");
        assert_eq!(fold("Veri\u{fb01}ed Stra\u{df}e"), "verified strasse");
        assert_eq!(fold("\u{1d400}\u{1d408} \u{1d42d}\u{1d42b}"), "ai tr");
        assert_eq!(fold("Opt\u{2011}out\n\tnow"), "opt-out now");
        assert_eq!(fold("e\u{301}te\u{301}"), "ete");
    }

    #[test]
    fn phrase_matching_respects_word_boundaries() {
        assert!(has_phrase("use my data to train ai models", "train ai"));
        assert!(!has_phrase("use a trainer", "train"));
        assert!(has_phrase("use a trainer", "train*"));
        assert!(has_phrase("ki-modelle", "ki"));
        assert!(!has_phrase("skills", "ki"));
    }

    #[test]
    fn display_cleaning_keeps_letters_and_caps_length() {
        assert_eq!(clean_display(" a\u{200b}b \n c ", 100), "ab c");
        assert_eq!(clean_display("abcdef", 3), "abc…");
    }
}
