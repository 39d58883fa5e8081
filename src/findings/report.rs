//! The report a scan gives: its findings, what each means, how to turn it off, and what the
//! catalog knows about it. The JSON contract the extension, the CLI and the exports read.

use crate::classify::{Concern, Evidence};
use crate::controls::ControlKind;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ScanOptions {
    /// The person's region ("US", "EU", "UK", "DE"…) for per-region defaults; None = unknown.
    #[serde(default)]
    pub region: Option<String>,
    /// Also report controls the person cannot see (marked `visible: false`).
    #[serde(default)]
    pub include_hidden: bool,
    /// URL to use when the capture has none (a saved page without a canonical link).
    #[serde(default)]
    pub url: Option<String>,
    /// The language Unticked speaks in (explanations, "Why:" lines, notices, the Markdown
    /// export): a tag like "de", "pt-BR" (the browser's UI language); None or one Unticked does
    /// not speak: English. Page text and catalog text stay as written.
    #[serde(default)]
    pub ui_lang: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceRef {
    pub url: String,
    pub kind: String,
    pub title: String,
    pub checked: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegionRule {
    pub regions: Vec<String>,
    /// The control's default position: on | off | not-offered | unknown.
    pub state: String,
    /// Whether that default shares data (from the state and the control's polarity).
    pub sharing: Option<bool>,
    pub from: String,
    pub to: String,
    pub note: String,
    /// Who says it: the kind of its source (service, regulator, press, third-party,
    /// court-filing), empty when the catalog names none.
    pub said_by: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionOut {
    pub label: String,
    pub locator: String,
    pub selected: bool,
    pub sharing: Option<bool>,
    /// The option hands the choice to another setting ("Use the workspace default"): `sharing` is
    /// that setting's, when the page shows it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub defers: bool,
}

/// How to stop the sharing: `click` (a switch or a radio), `select` (an option), `open` (a
/// row whose state is only text: open it and flip the switch named `option`), `menu` (the
/// page's own "Turn off" button beside such a row, and its same-named menu item), or the
/// service's own path (`form` / `email`, with `url` and `steps`) when the page cannot do it.
/// For a row that links to another page, `url` is that page.
/// `action` names exactly what the click does to the control ("untick", "tick", "switch-off",
/// "switch-on", "choose", "open", "menu", or "form"/"email"), and `expect` the control's state
/// afterwards ("off", "on", an option's text; "" when only a re-scan can tell), so the
/// confirmation can say it and the inspector can check it happened.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TurnOff {
    pub how: How,
    pub locator: String,
    pub option: String,
    pub url: String,
    pub steps: String,
    pub action: Action,
    pub expect: String,
}

/// How a turn-off is carried out (serialized as in the JSON contract: "click", "select"…).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// Click the switch, or the radio option.
    Click,
    /// Choose the option of a select.
    Select,
    /// Open a row that only shows the state, and flip the switch it opens.
    Open,
    /// The page's own "Turn off" button and its same-named menu item.
    Menu,
    /// Not on this page: the service's form.
    Form,
    /// Not on this page: an email to the service.
    Email,
    /// Not on this page: somewhere else the catalog names (`steps`).
    Elsewhere,
}

impl How {
    pub fn as_str(self) -> &'static str {
        match self {
            How::Click => "click",
            How::Select => "select",
            How::Open => "open",
            How::Menu => "menu",
            How::Form => "form",
            How::Email => "email",
            How::Elsewhere => "elsewhere",
        }
    }

    /// Something Unticked does in the page itself (the others are the person's to do).
    pub fn in_page(self) -> bool {
        matches!(self, How::Click | How::Select | How::Open | How::Menu)
    }

    /// The catalog's `not_on_page.how`.
    pub(super) fn of_catalog(how: &str) -> How {
        match how {
            "form" => How::Form,
            "email" => How::Email,
            _ => How::Elsewhere,
        }
    }
}

/// What the click does to the control, in the words the confirmation uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Untick,
    Tick,
    SwitchOff,
    SwitchOn,
    Choose,
    Open,
    Menu,
    /// Not in the page (a form, an email, steps elsewhere).
    Elsewhere,
}

/// Serialized by their one name each (`as_str`), not a derived second copy of the names.
macro_rules! serialize_as_str {
    ($($t:ty),*) => {$(
        impl Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    )*};
}
serialize_as_str!(How, Action, Concern);

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Untick => "untick",
            Action::Tick => "tick",
            Action::SwitchOff => "switch-off",
            Action::SwitchOn => "switch-on",
            Action::Choose => "choose",
            Action::Open => "open",
            Action::Menu => "menu",
            Action::Elsewhere => "elsewhere",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Elsewhere {
    pub what: String,
    pub how: String,
    pub url: String,
    pub steps: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExplanationPart {
    pub topic: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AllegationOut {
    pub text: String,
    pub response: String,
    pub source: SourceRef,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub label: String,
    /// What assistive technology calls the element Unticked reads and clicks, when the label
    /// is the name of its row or form ("Uit" beside "Improve the model for everyone").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub control_name: String,
    pub description: String,
    pub section: Vec<String>,
    pub concern: Concern,
    pub control_state: String,
    pub sharing: Option<bool>,
    pub default_sharing: Option<bool>,
    pub visible: bool,
    pub locator: String,
    pub kind: ControlKind,
    pub disabled: bool,
    /// Catalog ids when known.
    pub service: Option<String>,
    pub setting: Option<String>,
    /// True when the meaning was inferred from wording, not known from the catalog.
    pub inferred: bool,
    /// False when the wording does not settle which way the control works: Unticked then
    /// shows it but never clicks it. Catalog settings are certain.
    pub certain: bool,
    /// The words that made it AI training and decided its polarity, and why, in one line.
    pub evidence: Evidence,
    pub explanation: String,
    /// The explanation by topic ("summary", "covers", "excluded", "recipients", "default",
    /// "undo", "elsewhere", "alleged", "sources", "unknown"), for layouts that show them apart.
    pub explanation_parts: Vec<ExplanationPart>,
    /// The language of the explanation and of what the turn-off checks say (`crate::messages`).
    #[serde(skip)]
    pub ui_lang: &'static str,
    pub shares: Vec<String>,
    pub recipients: Vec<String>,
    pub retroactive_opt_out: Option<bool>,
    pub regions: Vec<RegionRule>,
    pub sources: Vec<SourceRef>,
    pub options: Vec<OptionOut>,
    pub turn_off: Option<TurnOff>,
    pub elsewhere: Vec<Elsewhere>,
    pub allegations: Vec<AllegationOut>,
}

/// A catalog setting of this page's service that is not a switch (a form, an email, nothing):
/// the page cannot show it, so the report says where it really is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Notice {
    pub service: String,
    pub setting: String,
    pub name: String,
    pub concern: Concern,
    pub explanation: String,
    pub elsewhere: Vec<Elsewhere>,
    pub sources: Vec<SourceRef>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub controls: usize,
    pub ai_training: usize,
    pub sharing: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub url: String,
    pub title: String,
    pub lang: String,
    /// The language of Unticked's own sentences in this report ("en", "de"…).
    pub ui_lang: String,
    pub service: Option<String>,
    pub service_name: Option<String>,
    pub truncated: bool,
    /// What each bound that cut the page short skipped, in words (empty when none did).
    pub limits: Vec<String>,
    pub summary: Summary,
    pub findings: Vec<Finding>,
    pub notices: Vec<Notice>,
    pub engine: String,
}
