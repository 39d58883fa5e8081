//! The engine's data: the lexicons (`lexicon/*.txt`) and the catalog (`catalog/*.json`), as
//! `build.rs` compiles them into one text (`OUT_DIR/data.txt`). Native builds embed it; the
//! extension and the demo ship it beside the Wasm (`pkg/data.txt`, read from the package,
//! never the network) and hand it over once at start-up, so facts and words are data, not code
//! counted against the extension's size budget.

use std::sync::OnceLock;

#[cfg(not(target_arch = "wasm32"))]
const BUILT_IN: &str = include_str!(concat!(env!("OUT_DIR"), "/data.txt"));

static TEXT: OnceLock<&'static str> = OnceLock::new();

/// The compiled data (`unticked data` prints it for the extension's package).
#[cfg(not(target_arch = "wasm32"))]
pub fn built_in() -> &'static str {
    BUILT_IN
}

/// Hand the engine its data (the Wasm's hosts do, once, before anything else). Later calls
/// change nothing; text that is not Unticked's data is refused.
pub fn set(text: String) -> Result<(), String> {
    // Both halves must be there: lexicon lines ("en\tdeny\t…") and catalog records ("S\u{1f}…").
    if !text.lines().any(|l| l.starts_with("en\tdeny\t"))
        || !text.lines().any(|l| l.starts_with("S\u{1f}"))
    {
        return Err("this is not Unticked's data".into());
    }
    if TEXT.get().is_some() {
        return Ok(());
    }
    let _ = TEXT.set(Box::leak(text.into_boxed_str()));
    Ok(())
}

/// Whether the engine has its data (always, natively).
pub fn loaded() -> bool {
    text().is_some()
}

/// The data in force; None in a Wasm whose host has not handed it over.
pub fn text() -> Option<&'static str> {
    #[cfg(not(target_arch = "wasm32"))]
    return Some(TEXT.get_or_init(|| BUILT_IN));
    #[cfg(target_arch = "wasm32")]
    TEXT.get().copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_is_not_our_data_is_refused() {
        assert!(set("<html>not data</html>".into()).is_err());
        assert!(
            set("en\tdeny\tblock\n".into()).is_err(),
            "a lexicon without a catalog"
        );
        assert!(loaded());
    }
}
