//! Before Turn off clicks: is the element still the control the finding named (found, same
//! name, same state), and does nothing about it say it does something else (delete, sign out,
//! pay… in the page's language)? The probe reports the facts; this decides.

use super::{Finding, How, TurnOff};
use crate::controls::ControlKind;
use crate::messages::{fill, text};
use crate::text::fold;

/// What the live page says of the element a turn-off would click (`probe.describe`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    pub found: bool,
    pub tag: String,
    pub role: String,
    pub name: String,
    /// Its visible text (what a person reads on it).
    pub text: String,
    /// "on" | "off" | "mixed" | "unknown".
    pub state: String,
}

/// Ok when the click may go ahead; otherwise what stops it, in words for the person.
pub fn check(f: &Finding, t: &TurnOff, facts: &Facts, lang: &str) -> Result<(), String> {
    let ui = f.ui_lang;
    if !facts.found {
        return Err(text(ui, "check.gone").into());
    }
    // What the finding expects the element to be called: the option for a radio or a menu
    // item, else the control's own name.
    let expected = if t.how == How::Menu || (t.how == How::Click && !f.options.is_empty()) {
        &t.option
    } else {
        &f.label
    };
    let (want, name, text) = (fold(expected), fold(&facts.name), fold(&facts.text));
    let named =
        |x: &str| !x.is_empty() && !want.is_empty() && (x.contains(&want) || want.contains(x));
    if !named(&name) && !named(&text) {
        return Err(fill(
            ui,
            "check.renamed",
            "now expected",
            &[&shown(facts), expected],
        ));
    }
    // Still the kind of element the finding read (a select is still a select…).
    let (tag, role) = (facts.tag.as_str(), facts.role.as_str());
    let same_kind = match f.kind {
        ControlKind::Checkbox | ControlKind::Switch => {
            tag == "input" || matches!(role, "switch" | "checkbox" | "menuitemcheckbox")
        }
        ControlKind::PressedButton => tag == "button" || role == "button",
        ControlKind::Select => tag == "select",
        ControlKind::RadioGroup => tag == "input" || role == "radio",
        ControlKind::TextState => true,
    };
    if !same_kind {
        return Err(fill(ui, "check.kind", "tag", &[tag]));
    }
    // A switch must still be in the state the finding read (else the click would undo).
    if t.how == How::Click && f.options.is_empty() && facts.state != f.control_state {
        return Err(fill(
            ui,
            "check.state",
            "now was",
            &[
                state_word(ui, &facts.state),
                state_word(ui, &f.control_state),
            ],
        ));
    }
    // Words that mean another action (delete, sign out, pay…) that the setting's own wording
    // does not have: a page dressing something else as this switch.
    let own = format!("{} {}", fold(&f.label), fold(&t.option));
    for said in [&facts.text, &facts.name] {
        if crate::classify::dangerous_words(said, lang)
            .iter()
            .any(|w| !own.contains(w.as_str()))
        {
            return Err(fill(ui, "check.danger", "text", &[&shown(facts)]));
        }
    }
    Ok(())
}

/// A control's state in `ui`'s words ("on" → "an"); an option's text as it is.
pub fn state_word<'a>(ui: &str, state: &'a str) -> &'a str {
    crate::messages::word(ui, "state", state)
}

fn shown(f: &Facts) -> String {
    let t = if f.text.trim().is_empty() {
        &f.name
    } else {
        &f.text
    };
    t.chars().take(80).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::Concern;
    use crate::{scan, Capture, ScanOptions};

    fn one(html: &str) -> Finding {
        let r = scan(
            &Capture::from_html(html.to_string()),
            &ScanOptions {
                url: Some("https://notes.example/settings".into()),
                ..Default::default()
            },
        )
        .unwrap();
        r.findings
            .into_iter()
            .find(|f| f.concern == Concern::AiTraining)
            .expect("an AI-training finding")
    }

    fn facts(name: &str, text: &str, state: &str) -> Facts {
        Facts {
            found: true,
            tag: "input".into(),
            role: "".into(),
            name: name.into(),
            text: text.into(),
            state: state.into(),
        }
    }

    #[test]
    fn a_delete_button_dressed_as_a_training_switch_is_refused() {
        let f = one(
            r#"<button aria-pressed="true" aria-label="Use my data to train AI models">Delete account</button>"#,
        );
        let t = f.turn_off.clone().expect("offered");
        let button = |text: &str| Facts {
            tag: "button".into(),
            ..facts("Use my data to train AI models", text, "on")
        };
        let e = check(&f, &t, &button("Delete account"), "en").unwrap_err();
        assert!(e.contains("will not click"), "{e}");
        // A German page too.
        let e = check(&f, &t, &button("Konto löschen"), "de").unwrap_err();
        assert!(e.contains("will not click"), "{e}");
        // The real switch passes.
        assert_eq!(check(&f, &t, &button(""), "en"), Ok(()));
    }

    #[test]
    fn the_element_must_still_be_the_named_switch_in_the_read_state() {
        let f =
            one(r#"<label><input type=checkbox checked> Use my notes to train AI models</label>"#);
        let t = f.turn_off.clone().unwrap();
        assert!(check(&f, &t, &Facts::default(), "en").is_err(), "gone");
        let link = Facts {
            tag: "a".into(),
            ..facts("Use my notes to train AI models", "", "on")
        };
        let e = check(&f, &t, &link, "en").unwrap_err();
        assert!(e.contains("<a>"), "another kind of element: {e}");
        assert!(
            check(&f, &t, &facts("Dark mode", "", "on"), "en").is_err(),
            "another switch"
        );
        assert!(
            check(
                &f,
                &t,
                &facts("Use my notes to train AI models", "", "off"),
                "en"
            )
            .is_err(),
            "already flipped"
        );
        // Words the setting itself uses are not a danger ("Remove my posts from AI training").
        let g = one(r#"<label><input type=checkbox> Remove my posts from AI training</label>"#);
        let u = g.turn_off.clone().unwrap();
        assert_eq!(
            check(
                &g,
                &u,
                &facts(
                    "Remove my posts from AI training",
                    "Remove my posts from AI training",
                    "off"
                ),
                "en"
            ),
            Ok(())
        );
    }
}
