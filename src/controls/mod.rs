//! Controls: every thing on a page a person could flip, with its name, description, section,
//! state, visibility and a locator the probe can use to flip it later.

mod context;
mod extract;
mod locator;
mod naming;
pub mod state;
mod visibility;

pub use extract::{extract, extract_bounded, Cap, MAX_CONTROLS, MAX_LATE};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ControlKind {
    /// `input[type=checkbox]` (also with role=switch).
    Checkbox,
    /// `[role=switch]`, `[role=checkbox]`, `[role=menuitemcheckbox]` on a non-input element.
    Switch,
    /// A radio group (native by `name`, or `[role=radiogroup]`).
    RadioGroup,
    /// `<select>`.
    Select,
    /// A toggle button (`aria-pressed`).
    PressedButton,
    /// A button or link whose state is only in its text ("Gemini Apps Activity is On").
    TextState,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    On,
    Off,
    Mixed,
    /// The chosen option of a select or radio group (its visible text).
    Option(String),
    Unknown,
    /// A row's status that says what became of a right, and so whether the use goes on,
    /// whatever its button's words ("Kein Widerspruch eingelegt" [Widerspruch einlegen]: on).
    Use(bool),
}

impl State {
    /// The contract's `control_state`: "on" | "off" | "unknown" | <option text>.
    pub fn as_contract(&self) -> String {
        match self {
            State::On => "on".into(),
            State::Off => "off".into(),
            State::Mixed | State::Unknown => "unknown".into(),
            State::Use(on) => if *on { "on" } else { "off" }.into(),
            State::Option(t) => t.clone(),
        }
    }
}

/// One option of a radio group or select.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ControlOption {
    pub label: String,
    /// For radios: the radio's locator. For select options: the select's locator.
    pub locator: String,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Control {
    pub kind: ControlKind,
    pub name: String,
    pub description: String,
    pub section: Vec<String>,
    pub state: State,
    pub visible: bool,
    pub disabled: bool,
    pub locator: String,
    pub options: Vec<ControlOption>,
    /// For a row whose state is only text and which is a link: where it goes (as written).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub href: String,
    /// For such a row: a "Turn off" button beside it (locator, its text), which is how the
    /// page itself turns the setting off (Gemini's "Turn off ▾" menu).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub off_button: Option<(String, String)>,
    /// For such a row: its "off" word is a deny verb's participle ("Withdrawn", "Excluded"),
    /// which under a name that denies may say the denial happened.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub state_denied: bool,
    /// The sentence(s) right after the nearest heading, legend or summary, before the control
    /// ("Choose which data we may use to…"): a section's intro says what its controls are about.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub section_intro: String,
    /// A plain button that names an act ("Withdraw my consent for …"): its state (off) is only
    /// that the act is not done; kept only when the act is about AI training.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub action: bool,
    /// The accessible name of the element itself when `name` is another's: a row's title
    /// named for its button ("Uit", "Change"), a form's title for its "Send".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub own_name: String,
    /// Named by its table row's header ("Team Partner", "Marketing Q4"): the name says which
    /// row, not what the control does (its column, caption or heading says that).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub row_name: bool,
}
