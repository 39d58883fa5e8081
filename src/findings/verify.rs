//! After a turn-off and a fresh read of the page: did the control itself move the expected
//! way, keep its name, and stop sharing? If not, say what happened and how to put it back.

use super::safety::state_word;
use super::{Action, Finding, How, TurnOff};
use crate::messages::{fill, text};

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Done,
    Failed(String),
    /// It moved, but not as expected: what happened, and how to put it back.
    Unexpected(String, Option<TurnOff>),
}

pub fn verify(
    before: &Finding,
    t: &TurnOff,
    now: Option<&Finding>,
    flip_error: Option<String>,
) -> Outcome {
    let ui = before.ui_lang;
    let Some(g) = now else {
        return Outcome::Failed(flip_error.unwrap_or_else(|| text(ui, "verify.gone").into()));
    };
    let moved = g.control_state != before.control_state;
    let as_expected = t.expect.is_empty() || g.control_state == t.expect;
    if as_expected && g.label == before.label && g.sharing == Some(false) {
        return Outcome::Done;
    }
    if !moved || (t.expect.is_empty() && g.sharing == Some(true)) {
        return Outcome::Failed(
            flip_error.unwrap_or_else(|| text(ui, "verify.still_sharing").into()),
        );
    }
    let state = state_word(ui, &g.control_state);
    let mut what = if g.label != before.label {
        fill(ui, "verify.now_renamed", "state label", &[state, &g.label])
    } else {
        fill(ui, "verify.now", "state", &[state])
    };
    if g.sharing != Some(false) {
        what = fill(ui, "verify.reads_sharing", "what", &[&what]);
    }
    Outcome::Unexpected(what, undo(before, t))
}

/// After a state-only row was clicked open (`How::Open`) and the page read again: the switch it
/// revealed, decided by the engine as any other control (its name, visibility and state), not
/// by the probe matching text. The one visible switch of the same setting (same catalog id, or
/// the same name) that can be clicked to turn it off; None when there is none, or more than
/// one (then nothing is clicked).
pub fn revealed_switch<'a>(row: &Finding, now: &'a [Finding]) -> Option<&'a Finding> {
    let fold = crate::text::fold;
    let same = |f: &&Finding| match (&row.setting, &f.setting) {
        (Some(a), Some(b)) => a == b,
        _ => fold(&f.label) == fold(&row.label),
    };
    let found: Vec<&Finding> = now
        .iter()
        .filter(|f| f.visible && f.kind != crate::controls::ControlKind::TextState)
        .filter(same)
        .filter(|f| f.turn_off.as_ref().is_some_and(|t| t.how == How::Click))
        .collect();
    match found[..] {
        [one] => Some(one),
        _ => None,
    }
}

/// How to put a control back as it was before a turn-off (a click flips it back; a select
/// or radio group gets its old option again). None when the page cannot be put back from here.
fn undo(before: &Finding, t: &TurnOff) -> Option<TurnOff> {
    let mut u = t.clone();
    match t.how {
        How::Click if before.options.is_empty() => {
            u.action = match t.action {
                Action::Untick => Action::Tick,
                Action::Tick => Action::Untick,
                Action::SwitchOff => Action::SwitchOn,
                _ => Action::SwitchOff,
            }
        }
        How::Click => {
            let was = before.options.iter().find(|o| o.selected)?;
            u.locator = was.locator.clone();
            u.option = was.label.clone();
        }
        How::Select => u.option = before.options.iter().find(|o| o.selected)?.label.clone(),
        _ => return None,
    }
    u.expect = before.control_state.clone();
    Some(u)
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

    #[test]
    fn done_only_when_the_control_moved_as_expected_under_its_name() {
        let before =
            one(r#"<label><input type=checkbox id=a> Disable AI training on my notes</label>"#);
        let t = before.turn_off.clone().expect("offered");
        assert_eq!((t.action, t.expect.as_str()), (Action::Tick, "on"));
        let after = one(
            r#"<label><input type=checkbox id=a checked> Disable AI training on my notes</label>"#,
        );
        assert_eq!(verify(&before, &t, Some(&after), None), Outcome::Done);
        // Same state as before: it did not change.
        assert!(matches!(
            verify(&before, &t, Some(&before), None),
            Outcome::Failed(_)
        ));
        // It moved, but the page renamed it: unexpected, and it can be put back.
        let renamed = one(
            r#"<label><input type=checkbox id=a checked> Use my notes for AI training</label>"#,
        );
        match verify(&before, &t, Some(&renamed), None) {
            Outcome::Unexpected(what, Some(back)) => {
                assert!(what.contains("name changed"), "{what}");
                assert_eq!(
                    (back.how, back.action, back.expect.as_str()),
                    (How::Click, Action::Untick, "off")
                );
            }
            o => panic!("{o:?}"),
        }
    }
}
