//! The one input format. A capture is what `extension/probe.js` returns from a live page: the
//! URL, title, language, capture time, and the serialized DOM with open shadow roots (as
//! `<template shadowrootmode="open">`), same-origin frames inlined (`<unticked-frame>`), and
//! each control's live state and visibility (`data-unticked-*` attributes). A plain saved
//! `.html` page is a capture with only markup.

use crate::dom::ParseError;
use serde::{Deserialize, Serialize};
use std::fmt;

pub const FORMAT: &str = "unticked-capture";
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Capture {
    #[serde(default)]
    pub format: String,
    #[serde(default)]
    pub version: u32,
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub lang: String,
    /// ISO 8601; its date decides which catalog defaults were in force.
    #[serde(default)]
    pub captured_at: String,
    #[serde(default)]
    pub html: String,
    /// The probe stopped early (page over its size or depth limit).
    #[serde(default)]
    pub truncated: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum CaptureError {
    Parse(ParseError),
    Json(String),
    WrongFormat(String),
    NewerVersion(u32),
}

impl fmt::Display for CaptureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CaptureError::Parse(e) => write!(f, "{e}"),
            CaptureError::Json(e) => write!(f, "this capture file is not valid JSON: {e}"),
            CaptureError::WrongFormat(x) => write!(f, "this JSON is not an Unticked capture ({x})"),
            CaptureError::NewerVersion(v) => {
                write!(f, "this capture was made by a newer Unticked (format version {v}; this build reads up to {VERSION}): update Unticked")
            }
        }
    }
}

impl std::error::Error for CaptureError {}

impl Capture {
    /// A saved HTML page. URL, title and language are read from the page when scanned.
    pub fn from_html(html: String) -> Self {
        Capture {
            format: FORMAT.into(),
            version: VERSION,
            html,
            ..Default::default()
        }
    }

    /// Check a capture that arrived as data (from the probe, a file, or storage).
    pub fn validate(self) -> Result<Self, CaptureError> {
        if !self.format.is_empty() && self.format != FORMAT {
            return Err(CaptureError::WrongFormat(format!(
                "format \"{}\"",
                self.format
            )));
        }
        if self.version > VERSION {
            return Err(CaptureError::NewerVersion(self.version));
        }
        if self.html.trim().is_empty() {
            return Err(CaptureError::Parse(ParseError::Empty));
        }
        Ok(self)
    }

    /// A capture JSON or an HTML page, told apart by the first non-blank character.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, CaptureError> {
        let start = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
        let first = start.iter().find(|b| !b.is_ascii_whitespace());
        if first == Some(&b'{') {
            let c: Capture =
                serde_json::from_slice(start).map_err(|e| CaptureError::Json(e.to_string()))?;
            return c.validate();
        }
        if first.is_none() {
            return Err(CaptureError::Parse(ParseError::Empty));
        }
        let mut c = Capture::from_html(String::from_utf8_lossy(start).into_owned());
        c.url = saved_from(&c.html).unwrap_or_default().to_string();
        Ok(c)
    }
}

/// The address a browser saved the page from: Chrome's "Save page as" (and IE's mark of the
/// web) writes `<!-- saved from url=(0044)https://… -->` near the top, the length in brackets.
/// Without it a saved page's service is only known from a canonical link, if the page has one.
#[cfg(not(target_arch = "wasm32"))]
fn saved_from(html: &str) -> Option<&str> {
    let at = html.find("<!-- saved from url=(").filter(|&at| at < 1024)?;
    let rest = &html[at + 21..];
    let (len, rest) = rest.split_once(')')?;
    let url = rest.get(..len.parse::<usize>().ok()?)?;
    let web = url.starts_with("https://") || url.starts_with("http://");
    (web && !url.contains(char::is_whitespace)).then_some(url)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn tells_json_from_html() {
        let c = Capture::from_bytes(br#" {"format":"unticked-capture","version":1,"url":"https://x.test/","html":"<p>x</p>"}"#).unwrap();
        assert_eq!(c.url, "https://x.test/");
        let h = Capture::from_bytes(b"\xef\xbb\xbf<html></html>").unwrap();
        assert_eq!(h.html, "<html></html>");
    }

    #[test]
    fn clear_errors() {
        assert!(matches!(
            Capture::from_bytes(b"{not json"),
            Err(CaptureError::Json(_))
        ));
        assert!(matches!(
            Capture::from_bytes(br#"{"format":"other","html":"<p>"}"#),
            Err(CaptureError::WrongFormat(_))
        ));
        assert!(matches!(
            Capture::from_bytes(br#"{"version":9,"html":"<p>"}"#),
            Err(CaptureError::NewerVersion(9))
        ));
        assert!(matches!(
            Capture::from_bytes(b"   "),
            Err(CaptureError::Parse(ParseError::Empty))
        ));
    }

    #[test]
    fn a_saved_page_says_where_it_was_saved_from() {
        let page = |comment: &str| {
            let html = format!("<!DOCTYPE html>\n{comment}\n<html><p>x</p></html>");
            Capture::from_bytes(html.as_bytes()).unwrap().url
        };
        let url = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement";
        let saved = format!("<!-- saved from url=({:04}){url} -->", url.len());
        assert_eq!(page(&saved), url);
        // A length that does not fit, a local file, a missing bracket: no address.
        assert_eq!(page("<!-- saved from url=(9999)https://x.test/ -->"), "");
        assert_eq!(page("<!-- saved from url=(0014)about:internet -->"), "");
        assert_eq!(page("<!-- saved from url=0014https://x.test -->"), "");
        assert_eq!(page("<!-- saved from url=(0013)https://x é -->"), "");
        assert_eq!(page("<p>no comment</p>"), "");
    }
}
