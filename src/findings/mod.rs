//! Findings: what each control on the page means for the person. The catalog decides when it
//! knows the service and the wording; the classifier infers otherwise. Every finding carries a
//! plain-language explanation (`explain`).

#[cfg(not(target_arch = "wasm32"))]
mod csv;
mod explain;
pub(crate) mod markdown;
mod options;
mod redact;
mod safety;
mod verify;

use crate::capture::{Capture, CaptureError};
use crate::catalog::{self, Service, Setting};
use crate::classify::{classify_in, Concern, Evidence, EvidenceWord};
use crate::controls::{extract_bounded, Cap, Control, ControlKind, State, MAX_CONTROLS};
use crate::dom::{page_meta, parse, Limit, ParseLimits};
use serde::{Deserialize, Serialize};

#[cfg(not(target_arch = "wasm32"))]
pub use csv::{csv_rows, CSV_HEADER};
pub use explain::{explain, join as join_explanation};
pub use markdown::markdown;
pub use redact::{redact, same_findings};
pub use safety::{check as safe_to_click, Facts};
pub use verify::{revealed_switch, verify, Outcome};

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
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionOut {
    pub label: String,
    pub locator: String,
    pub selected: bool,
    pub sharing: Option<bool>,
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
    fn of_catalog(how: &str) -> How {
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

/// Scan a capture: parse, find controls, decide what each means, explain.
pub fn scan(capture: &Capture, opts: &ScanOptions) -> Result<Report, CaptureError> {
    let doc =
        parse(capture.html.as_bytes(), ParseLimits::default()).map_err(CaptureError::Parse)?;
    let (controls, capped) = extract_bounded(&doc);
    let meta = page_meta(&doc);
    let pick = |a: &str, b: String| if a.is_empty() { b } else { a.to_string() };
    // An explicit URL (CLI --url) wins over the capture's, which wins over the page's canonical link.
    let url = opts
        .url
        .clone()
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| pick(&capture.url, meta.url));
    let services = catalog::services_for(&url);
    let today = capture.captured_at.get(..10).unwrap_or("");
    let lang = pick(&capture.lang, meta.lang.clone());
    let shown: Vec<&Control> = controls
        .iter()
        .filter(|c| opts.include_hidden || c.visible)
        .collect();
    let ui = crate::messages::ui_lang(opts.ui_lang.as_deref().unwrap_or(""));
    let ctx = Ctx {
        services: &services,
        url: &url,
        lang: &lang,
        region: opts.region.as_deref(),
        today,
        ui,
    };
    let mut findings: Vec<Finding> = shown.iter().map(|c| finding(c, &ctx, None)).collect();
    place_by_page(&mut findings, &shown, &ctx);
    // Most important first: sharing AI training, then other AI training, then other data use.
    findings.sort_by_key(rank);
    // The page's service: the one its switches matched (several services can share a host,
    // like Gmail and Gemini on google.com), else the most specific host match.
    let service = findings
        .iter()
        .find_map(|f| f.service.as_deref())
        .and_then(|id| services.iter().find(|s| s.id == id).copied())
        .or_else(|| services.first().copied());
    let notices = service
        .map(|s| notices_for(s, &findings, ui))
        .unwrap_or_default();
    let ai: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.concern == Concern::AiTraining && f.visible)
        .collect();
    Ok(Report {
        summary: Summary {
            controls: findings.len(),
            ai_training: ai.len(),
            sharing: ai.iter().filter(|f| f.sharing == Some(true)).count(),
        },
        url,
        title: pick(&capture.title, meta.title),
        lang,
        ui_lang: ui.into(),
        service: service.map(|s| s.id.to_string()),
        service_name: service.map(|s| s.name.to_string()),
        truncated: doc.truncated || capture.truncated || capped.hit(),
        limits: limits(&doc, capture.truncated, capped, ui),
        findings,
        notices,
        engine: concat!("unticked ", env!("CARGO_PKG_VERSION")).into(),
    })
}

/// Every bound that cut this page short, named, with what it skipped (the report is then
/// `truncated`): a person should know when a switch may be missing.
fn limits(doc: &crate::dom::Document, capture_cut: bool, capped: Cap, ui: &str) -> Vec<String> {
    use crate::messages::{fill, text};
    let l = ParseLimits::default();
    let mut out = Vec::new();
    if capture_cut {
        out.push(text(ui, "limit.probe").to_string());
    }
    for hit in &doc.limits_hit {
        out.push(match hit {
            Limit::Bytes => fill(ui, "limit.bytes", "mb", &[&(l.max_bytes >> 20).to_string()]),
            Limit::Nodes => fill(ui, "limit.nodes", "nodes", &[&l.max_nodes.to_string()]),
            Limit::Depth => fill(ui, "limit.depth", "depth", &[&l.max_depth.to_string()]),
        });
    }
    if capped.hit() {
        let most = capped.late >= crate::controls::MAX_LATE;
        out.push(fill(
            ui,
            if most {
                "limit.controls_most"
            } else {
                "limit.controls"
            },
            "first after kept",
            &[
                &MAX_CONTROLS.to_string(),
                &(capped.skipped + capped.late).to_string(),
                &capped.late.to_string(),
            ],
        ));
    }
    out
}

/// What every finding of one scan is read against: the page, the person's region and the
/// language Unticked speaks in.
struct Ctx<'a> {
    services: &'a [&'static Service],
    url: &'a str,
    /// The page's language.
    lang: &'a str,
    region: Option<&'a str>,
    today: &'a str,
    /// The UI language (`crate::messages`).
    ui: &'static str,
}

/// AI-training switches the catalog's phrases did not name (a language or a relabel the catalog
/// lacks), placed by where they are: on the settings page of catalogued AI-training settings, or
/// else on a settings-like page of a service (not its feed or inbox), among the service's
/// AI-training settings one can switch. With one such setting, the page's only unnamed
/// AI-training switch is it; with several, each switch goes to the one setting whose kinds of
/// data fit what the switch names (`data_fit`). A placed switch must agree with the catalog on
/// which way it works; its default and sources then come from the catalog.
fn place_by_page(findings: &mut [Finding], shown: &[&Control], ctx: &Ctx) {
    let is_ai = |st: &Setting| Concern::parse(st.concern) == Concern::AiTraining;
    let mut candidates: Vec<_> = catalog::settings_on_page(ctx.url)
        .into_iter()
        .filter(|(_, st)| is_ai(st))
        .collect();
    let mut why = "why.only_switch";
    if candidates.is_empty() && catalog::looks_like_settings(ctx.url) {
        why = "why.only_setting";
        candidates = ctx
            .services
            .iter()
            .flat_map(|svc| svc.settings.iter().map(move |st| (*svc, st)))
            .filter(|(_, st)| is_ai(st) && switchable(st))
            .collect();
    }
    // "The only setting" holds of the catalog, whatever the page's other switches matched.
    let only = candidates.len() == 1;
    candidates.retain(|(_, st)| !findings.iter().any(|f| f.setting.as_deref() == Some(st.id)));
    let found: Vec<usize> = (0..findings.len())
        .filter(|&i| {
            let f = &findings[i];
            f.inferred && f.concern == Concern::AiTraining && f.visible
        })
        .collect();
    let pairs: Vec<(usize, usize)> = match (&candidates[..], &found[..]) {
        ([], _) => return,
        ([_], [i]) if only => vec![(*i, 0)],
        _ if only => return,
        _ => {
            why = "why.by_data";
            found
                .iter()
                .filter_map(|&i| data_fit(&shown[i].name, &candidates).map(|k| (i, k)))
                .collect()
        }
    };
    for &(i, k) in &pairs {
        if pairs.iter().filter(|p| p.1 == k).count() > 1 {
            continue; // two switches for one setting: neither is known to be it
        }
        let (svc, st) = candidates[k];
        let mut f = finding(shown[i], ctx, Some((svc, st)));
        if f.sharing != findings[i].sharing {
            continue;
        }
        let result = crate::classify::why_result(ctx.ui, true, st.polarity == "on-protects", "");
        f.evidence.why = crate::messages::fill(
            ctx.ui,
            why,
            "service name result",
            &[svc.name, st.name, &result],
        );
        findings[i] = f;
    }
}

/// The one setting among `candidates` whose kinds of data (named in its name and match phrases,
/// in any language) include every kind the switch's name names, and the fewest others
/// ("Model training on voice" for "Addestramento del modello sulla voce"; for a name that
/// names no kind, the setting that names none). None when no setting or two fit equally.
fn data_fit(name: &str, candidates: &[(&'static Service, &'static Setting)]) -> Option<usize> {
    let specific = |text: &str| -> Vec<&'static str> {
        let kinds = crate::classify::data_named(&crate::text::fold(text));
        kinds.into_iter().filter(|k| *k != "data").collect()
    };
    let named = specific(name);
    let mut best: Option<(usize, usize)> = None; // (extra kinds, candidate)
    let mut tie = false;
    for (k, (_, st)) in candidates.iter().enumerate() {
        let mut kinds = specific(st.name);
        // What the setting shares, too, when the switch names some data ("Use of voice
        // recordings"); a switch that names none is matched to the setting that names none.
        let shares = st.shares.iter().filter(|_| !named.is_empty()).copied();
        for p in st.matches.split('\u{1e}').chain(shares) {
            for d in specific(p) {
                if !kinds.contains(&d) {
                    kinds.push(d);
                }
            }
        }
        if !named.iter().all(|d| kinds.contains(d)) {
            continue;
        }
        let extra = kinds.len() - named.len();
        match best {
            Some((e, _)) if e < extra => {}
            Some((e, _)) if e == extra => tie = true,
            _ => {
                best = Some((extra, k));
                tie = false;
            }
        }
    }
    best.filter(|_| !tie).map(|(_, k)| k)
}

/// A setting one can switch on the page (not a form, an email or nothing), read one known way.
fn switchable(st: &Setting) -> bool {
    matches!(st.control, "toggle" | "checkbox" | "select" | "radio")
        && matches!(st.polarity, "on-shares" | "on-protects")
}

fn rank(f: &Finding) -> u8 {
    use Concern::*;
    match (f.concern, f.sharing) {
        (AiTraining, Some(true)) => 0,
        (AiTraining, None) => 1,
        (AiTraining, Some(false)) => 2,
        (DataSharing | Ads, Some(true)) => 3,
        (DataSharing | Ads, _) => 4,
        (AiFeature | Personalization, _) => 5,
        _ => 6,
    }
}

fn finding(
    c: &Control,
    ctx: &Ctx,
    placed: Option<(&'static Service, &'static Setting)>,
) -> Finding {
    let (services, url, lang, region, ui) = (ctx.services, ctx.url, ctx.lang, ctx.region, ctx.ui);
    let known = placed.or_else(|| catalog::match_setting(services, &c.name, &c.description));
    // The classifier only runs where the catalog does not know the control.
    let mut cls = if known.is_none() {
        Some(classify_in(&c.name, &c.description, &c.section, lang, ui))
    } else {
        None
    };
    // A neutral name ("Use of your texts") whose options decide ("Only for your history" /
    // "Also to improve our translation model"): the options that speak of training share.
    // Options of which some speak of training and some do not decide which way each goes,
    // whether the name is neutral or names training itself ("Use of your photos by our AI":
    // "Only to verify your profile" / "Also to train our models").
    let neutral_name = cls
        .as_ref()
        .is_some_and(|cl| cl.concern != Concern::AiTraining);
    let option_training = cls
        .as_ref()
        .and_then(|_| options::training_options(&c.name, !neutral_name, &c.options))
        // Under a name that names training, only options that offer training decide: when the
        // one that names it refuses it ("Do not share … for AI training"), the rest permit.
        .filter(|t| {
            neutral_name
                || c.options
                    .iter()
                    .zip(t)
                    .all(|(o, &yes)| !yes || !crate::classify::option_refuses(&o.label, lang))
        });
    if let (Some(cl), Some(t), true) = (&mut cls, &option_training, neutral_name) {
        let first = c
            .options
            .iter()
            .zip(t)
            .find(|(_, &yes)| yes)
            .map(|(o, _)| o.label.as_str())
            .unwrap_or("");
        *cl = classify_in(first, &c.description, &c.section, lang, ui);
        cl.concern = Concern::AiTraining;
        cl.inverted = false;
        cl.certain = true;
        cl.evidence.from = "options".into();
        cl.evidence.why = crate::messages::fill(ui, "why.option", "option", &[first]);
    }
    let (concern, inverted) = match (known, &cls) {
        (Some((_, st)), _) => (Concern::parse(st.concern), st.polarity == "on-protects"),
        (None, Some(cls)) => (cls.concern, cls.inverted),
        (None, None) => (Concern::Other, false),
    };
    let own = options::self_described(&c.options, lang);
    let options: Vec<OptionOut> = c
        .options
        .iter()
        .enumerate()
        .map(|(i, o)| OptionOut {
            label: o.label.clone(),
            locator: o.locator.clone(),
            selected: o.selected,
            sharing: match &option_training {
                Some(t) => Some(
                    t[i] && options::option_shares(&o.label, false, false, lang) != Some(false),
                ),
                None => options::option_shares(&o.label, inverted, own, lang),
            },
        })
        .collect();
    let sharing = match (&c.state, concern) {
        (_, Concern::Other) => None,
        (State::On, _) => Some(!inverted),
        (State::Off, _) => Some(inverted),
        (State::Option(_), _) => options.iter().find(|o| o.selected).and_then(|o| o.sharing),
        _ => None,
    };
    // Options must say which way they go for the reading to be certain.
    let options_known = options.iter().all(|o| o.sharing.is_some());
    let certain = match (known, &cls) {
        (Some(_), _) => true,
        (None, Some(cl)) => cl.certain && (options.is_empty() || options_known),
        (None, None) => true,
    };
    let evidence = match (known, &cls) {
        (Some((svc, st)), _) => Evidence {
            from: "catalog".into(),
            lang: String::new(),
            words: vec![EvidenceWord {
                text: st.name.into(),
                role: "catalog".into(),
            }],
            why: crate::messages::fill(
                ui,
                "why.catalog",
                "service result",
                &[
                    svc.name,
                    &crate::classify::why_result(ui, true, inverted, ""),
                ],
            ),
        },
        (None, Some(cl)) if concern == Concern::AiTraining => cl.evidence.clone(),
        _ => Evidence::default(),
    };
    let mut f = Finding {
        label: c.name.clone(),
        description: c.description.clone(),
        section: c.section.clone(),
        concern,
        control_state: c.state.as_contract(),
        sharing,
        default_sharing: None,
        visible: c.visible,
        locator: c.locator.clone(),
        kind: c.kind,
        disabled: c.disabled,
        service: known.map(|(s, _)| s.id.to_string()),
        setting: known.map(|(_, st)| st.id.to_string()),
        inferred: known.is_none(),
        certain,
        evidence,
        explanation: String::new(),
        explanation_parts: Vec::new(),
        ui_lang: ui,
        shares: Vec::new(),
        recipients: Vec::new(),
        retroactive_opt_out: None,
        regions: Vec::new(),
        sources: Vec::new(),
        turn_off: if certain {
            turn_off(c, sharing, &options, url)
        } else {
            None
        },
        options,
        elsewhere: Vec::new(),
        allegations: Vec::new(),
    };
    if let Some((svc, st)) = known {
        apply_catalog(&mut f, svc, st, region, ctx.today);
    } else if let Some(cls) = cls {
        f.shares = cls.data.iter().map(|s| s.to_string()).collect();
        f.recipients = inferred_recipients(url, services, cls.third_parties, ui);
    }
    let parts = explain(
        &f,
        known.map(|(s, _)| s.name),
        known.map(|(_, st)| st.excluded).unwrap_or(&[]),
        region,
        ui,
    );
    f.explanation = explain::join(&parts);
    f.explanation_parts = parts
        .into_iter()
        .map(|(topic, text)| ExplanationPart {
            topic: topic.into(),
            text,
        })
        .collect();
    f
}

fn inferred_recipients(
    url: &str,
    services: &[&'static Service],
    third_parties: bool,
    ui: &str,
) -> Vec<String> {
    let mut r = vec![services
        .first()
        .map(|s| s.name.to_string())
        .unwrap_or_else(|| {
            let h = catalog::host_of(url);
            if h.is_empty() {
                crate::messages::text(ui, "the_service").to_string()
            } else {
                h.trim_start_matches("www.").to_string()
            }
        })];
    if third_parties {
        r.push(crate::messages::text(ui, "recipients.others").into());
    }
    r
}

fn turn_off(
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
    let origin = format!("{scheme}://{}", &rest[..origin_end]);
    let path = doc(&rest[origin_end..]);
    let path = path.split('?').next().unwrap_or("");
    let abs = if web {
        href.to_string()
    } else if let Some(h) = href.strip_prefix("//") {
        format!("{scheme}://{h}")
    } else if href.starts_with('/') {
        format!("{origin}{href}")
    } else if href.starts_with('?') {
        format!("{origin}{path}{href}")
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
        format!("{origin}{}", dir.join("/"))
    };
    (doc(&abs) != doc(base)).then_some(abs)
}

fn source_ref(st: &Setting, i: usize) -> SourceRef {
    let s = &st.sources[i];
    SourceRef {
        url: s.url.into(),
        kind: s.kind.into(),
        title: s.title.into(),
        checked: s.checked.into(),
    }
}

fn sources_of(st: &Setting) -> Vec<SourceRef> {
    (0..st.sources.len()).map(|i| source_ref(st, i)).collect()
}

fn default_shares(state: &str, polarity: &str) -> Option<bool> {
    match (state, polarity) {
        ("on", "on-shares") | ("off", "on-protects") => Some(true),
        ("off", "on-shares") | ("on", "on-protects") => Some(false),
        _ => None,
    }
}

/// EU member states count as "EU" (and "EEA") in the catalog's region lists.
const EU: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];

fn region_matches(listed: &[&str], region: &str) -> bool {
    let r = region.to_ascii_uppercase();
    let r = if r == "GB" { "UK".to_string() } else { r };
    listed.iter().any(|l| {
        l.eq_ignore_ascii_case(&r)
            || (EU.contains(&r.as_str()) && (*l == "EU" || *l == "EEA"))
            || (matches!(r.as_str(), "NO" | "IS" | "LI") && *l == "EEA")
    })
}

/// The default in force today for this person's region (or, region unknown, the default when
/// every region agrees).
pub fn default_now(st: &Setting, region: Option<&str>, today: &str) -> Option<bool> {
    let active: Vec<_> = st
        .defaults
        .iter()
        // With no capture date, the rules still in force (no end date) apply.
        .filter(|d| {
            if today.is_empty() {
                d.to.is_empty()
            } else {
                (d.from.is_empty() || d.from <= today) && (d.to.is_empty() || d.to >= today)
            }
        })
        .collect();
    match region {
        Some(r) => {
            let d = active
                .iter()
                .find(|d| region_matches(d.regions, r))
                .or_else(|| active.iter().find(|d| d.regions.contains(&"*")))?;
            default_shares(d.state, st.polarity)
        }
        None => {
            let mut vals = active.iter().map(|d| default_shares(d.state, st.polarity));
            let first = vals.next()??;
            vals.all(|v| v == Some(first)).then_some(first)
        }
    }
}

fn apply_catalog(
    f: &mut Finding,
    _svc: &Service,
    st: &'static Setting,
    region: Option<&str>,
    today: &str,
) {
    f.shares = st.shares.iter().map(|s| s.to_string()).collect();
    f.recipients = st.recipients.iter().map(|s| s.to_string()).collect();
    f.retroactive_opt_out = st.retroactive_opt_out;
    f.regions = st
        .defaults
        .iter()
        .map(|d| RegionRule {
            regions: d.regions.iter().map(|s| s.to_string()).collect(),
            state: d.state.into(),
            sharing: default_shares(d.state, st.polarity),
            from: d.from.into(),
            to: d.to.into(),
            note: d.note.into(),
        })
        .collect();
    f.default_sharing = default_now(st, region, today);
    f.sources = sources_of(st);
    f.elsewhere = elsewhere(st);
    f.allegations = st
        .allegations
        .iter()
        .map(|a| AllegationOut {
            text: a.text.into(),
            response: a.response.into(),
            source: source_ref(st, a.source),
        })
        .collect();
    if f.turn_off.is_none() && f.sharing == Some(true) {
        if let Some(e) = f.elsewhere.first() {
            f.turn_off = Some(TurnOff {
                how: How::of_catalog(&e.how),
                locator: String::new(),
                option: String::new(),
                url: e.url.clone(),
                steps: e.steps.clone(),
                action: Action::Elsewhere,
                expect: String::new(),
            });
        }
    }
}

fn elsewhere(st: &Setting) -> Vec<Elsewhere> {
    st.not_on_page
        .iter()
        .map(|n| Elsewhere {
            what: n.what.into(),
            how: n.how.into(),
            url: n.url.into(),
            steps: n.steps.into(),
        })
        .collect()
}

fn notices_for(svc: &'static Service, findings: &[Finding], ui: &str) -> Vec<Notice> {
    svc.settings
        .iter()
        .filter(|st| {
            matches!(st.control, "form" | "email" | "none")
                && !findings.iter().any(|f| f.setting.as_deref() == Some(st.id))
        })
        .map(|st| Notice {
            service: svc.id.into(),
            setting: st.id.into(),
            name: st.name.into(),
            concern: Concern::parse(st.concern),
            explanation: explain::notice_text(svc, st, ui),
            elsewhere: elsewhere(st),
            sources: sources_of(st),
        })
        .collect()
}

/// One line per finding with the fields that decide what a person is told: used to check that
/// the native engine and the Wasm engine give the same findings on the same page.
pub fn fingerprint(r: &Report) -> String {
    let mut s = format!(
        "service={:?} controls={} ai={} sharing={}\n",
        r.service, r.summary.controls, r.summary.ai_training, r.summary.sharing
    );
    for f in &r.findings {
        s.push_str(&format!(
            "{} | {} | {} | {:?} | {:?} | {} | {} | {:?} | {}\n",
            f.label,
            f.concern,
            f.control_state,
            f.sharing,
            f.default_sharing,
            f.visible,
            f.locator,
            f.setting,
            f.section.join(" > ")
        ));
    }
    s
}

/// Scan raw input: a capture JSON (native only) or an HTML page.
#[cfg(not(target_arch = "wasm32"))]
pub fn scan_bytes(bytes: &[u8], opts: &ScanOptions) -> Result<Report, CaptureError> {
    let capture = Capture::from_bytes(bytes)?;
    scan(&capture, opts)
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
