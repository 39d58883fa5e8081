//! How to stop a finding's sharing on the page: which click, on what, and what it should leave.

use super::{Action, How, OptionOut, TurnOff};
use crate::controls::{Control, ControlKind, State};

pub(super) fn turn_off(
    c: &Control,
    sharing: Option<bool>,
    options: &[OptionOut],
    page_url: &str,
) -> Option<TurnOff> {
    if sharing != Some(true) || c.disabled {
        return None;
    }
    let make = |how: How, locator: &str, option: &str, action: Action, expect: &str| {
        Some(TurnOff {
            how,
            locator: locator.into(),
            option: option.into(),
            url: String::new(),
            steps: String::new(),
            action,
            expect: expect.into(),
        })
    };
    match c.kind {
        ControlKind::RadioGroup => options
            .iter()
            .find(|o| o.sharing == Some(false))
            .and_then(|o| make(How::Click, &o.locator, &o.label, Action::Choose, &o.label)),
        ControlKind::Select => options
            .iter()
            .find(|o| o.sharing == Some(false))
            .and_then(|o| make(How::Select, &c.locator, &o.label, Action::Choose, &o.label)),
        // The text only shows the state. The page's own "Turn off" button beside the row comes
        // first (it may open a menu whose "Turn off" item does it); else the row, which opens
        // the real switch, found by this name. A row that links to another page takes that
        // address along: when the click leaves this page, the person is told where the switch is.
        ControlKind::TextState => {
            let t = match &c.off_button {
                Some((loc, text)) => make(How::Menu, loc, text, Action::Menu, ""),
                None => make(How::Open, &c.locator, &c.name, Action::Open, ""),
            };
            t.map(|mut t| {
                t.url = other_page(page_url, &c.href).unwrap_or_default();
                t
            })
        }
        // A click flips it: which way depends on its state now (sharing while ON: off; a
        // protection that is OFF: on).
        kind => {
            let (to, word) = match (&c.state, kind) {
                (State::On, ControlKind::Checkbox) => ("off", Action::Untick),
                (State::Off, ControlKind::Checkbox) => ("on", Action::Tick),
                (State::On, _) => ("off", Action::SwitchOff),
                (State::Off, _) => ("on", Action::SwitchOn),
                _ => return None,
            };
            make(How::Click, &c.locator, "", word, to)
        }
    }
}

/// `href` resolved against `base`, when it is a web page other than `base` itself (links to
/// "#…", to the same page or to scripts are not).
pub fn other_page(base: &str, href: &str) -> Option<String> {
    let href = href.trim();
    let lower = href.to_ascii_lowercase();
    let web = lower.starts_with("http://") || lower.starts_with("https://");
    // "javascript:", "mailto:"…: a scheme before the first '/', '?' or '#'.
    let other_scheme = !web
        && lower
            .split(['/', '?', '#'])
            .next()
            .unwrap_or("")
            .contains(':');
    if href.is_empty() || href.starts_with('#') || other_scheme {
        return None;
    }
    let (scheme, rest) = base.split_once("://")?;
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let doc = |u: &str| u.split('#').next().unwrap_or("").to_string();
    let origin_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let origin = [scheme, "://", &rest[..origin_end]].concat();
    let path = doc(&rest[origin_end..]);
    let path = path.split('?').next().unwrap_or("");
    let abs = if web {
        href.to_string()
    } else if let Some(h) = href.strip_prefix("//") {
        [scheme, "://", h].concat()
    } else if href.starts_with('/') {
        [&origin, href].concat()
    } else if href.starts_with('?') {
        [&origin, path, href].concat()
    } else {
        let mut dir: Vec<&str> = path.split('/').collect();
        dir.pop();
        for part in href.split('/') {
            match part {
                "." => {}
                ".." => {
                    if dir.len() > 1 {
                        dir.pop();
                    }
                }
                p => dir.push(p),
            }
        }
        [&origin, &dir.join("/")[..]].concat()
    };
    (doc(&abs) != doc(base)).then_some(abs)
}

#[cfg(test)]
mod tests {
    use super::other_page;

    #[test]
    fn link_rows_resolve_to_other_pages() {
        let base = "https://myactivity.google.com/product/gemini?hl=en#top";
        assert_eq!(
            other_page(
                base,
                "https://myactivity.google.com/activitycontrols?settings=gemini"
            )
            .as_deref(),
            Some("https://myactivity.google.com/activitycontrols?settings=gemini")
        );
        assert_eq!(
            other_page(base, "/activitycontrols").as_deref(),
            Some("https://myactivity.google.com/activitycontrols")
        );
        assert_eq!(
            other_page(base, "//accounts.example/x").as_deref(),
            Some("https://accounts.example/x")
        );
        assert_eq!(
            other_page(base, "../settings/ai").as_deref(),
            Some("https://myactivity.google.com/settings/ai")
        );
        assert_eq!(
            other_page(base, "?hl=de").as_deref(),
            Some("https://myactivity.google.com/product/gemini?hl=de")
        );
        // Same document, in-page anchors, scripts and odd schemes are not other pages.
        assert_eq!(other_page(base, "#more"), None);
        assert_eq!(
            other_page(base, "https://myactivity.google.com/product/gemini?hl=en#x"),
            None
        );
        assert_eq!(other_page(base, "javascript:void(0)"), None);
        assert_eq!(other_page(base, "mailto:privacy@example.com"), None);
        assert_eq!(other_page(base, ""), None);
        assert_eq!(other_page("file:///tmp/page.html", "/x"), None);
    }
}
