//! Findings: what each control on the page means for the person. The catalog decides when it
//! knows the service and the wording; the classifier infers otherwise. Every finding carries a
//! plain-language explanation (`explain`).

mod catalog_facts;
#[cfg(not(target_arch = "wasm32"))]
mod csv;
mod explain;
pub(crate) mod markdown;
mod options;
mod placement;
mod redact;
mod report;
mod safety;
mod turn_off;
mod verify;

use crate::capture::{Capture, CaptureError};
use crate::catalog::{self, Service, Setting};
use crate::classify::{classify_in, Concern, Evidence, EvidenceWord};
use crate::controls::{extract_bounded, Cap, Control, State, MAX_CONTROLS};
use crate::dom::{page_meta, parse, Limit, ParseLimits};

pub use catalog_facts::default_now;
use catalog_facts::{apply_catalog, notices_for};
#[cfg(not(target_arch = "wasm32"))]
pub use csv::{csv_rows, CSV_HEADER};
pub use explain::{explain, join as join_explanation};
pub use markdown::markdown;
use placement::{echo_settings, place_by_page};
pub use redact::{redact, same_findings};
pub use report::*;
pub use safety::{check as safe_to_click, Facts};
pub use turn_off::other_page;
use turn_off::turn_off;
pub use verify::{revealed_switch, verify, Outcome};

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
    // Tables with a column that speaks of training ("Train Lumen Assist" beside "Sync"): the
    // training their caption and intro speak of is that column's (see `finding`).
    let mut training_tables: Vec<&[String]> = Vec::new();
    // (A cell is named by its row and its column: "Comments Improve Nova AI".)
    for c in &shown {
        if let Some((column, table)) = c.section.split_last() {
            if (c.row_name || c.name.ends_with(column.as_str())) && trains(column) {
                training_tables.push(table);
            }
        }
    }
    let ctx = Ctx {
        training_tables,
        services: &services,
        url: &url,
        lang: &lang,
        region: opts.region.as_deref(),
        today,
        ui,
    };
    let mut findings: Vec<Finding> = shown.iter().map(|c| finding(c, &ctx, None)).collect();
    place_by_page(&mut findings, &shown, &ctx);
    echo_settings(&mut findings, &shown, &ctx);
    options::follow_deferring(&mut findings, ui);
    // Most important first: sharing AI training, then other AI training, then other data use.
    // In page order within a rank (page position as the tie-break).
    let mut ranked: Vec<(u8, usize, Finding)> = findings
        .into_iter()
        .enumerate()
        .filter(|(i, f)| !shown[*i].action || acts_on_training(f, &lang))
        .map(|(i, f)| (rank(&f), i, f))
        .collect();
    crate::sort::sort_by_key(&mut ranked, |t| (t.0, t.1));
    let findings: Vec<Finding> = ranked.into_iter().map(|t| t.2).collect();
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

/// A table column that speaks of training by its own words ("Train the assistant", "Improve
/// Loom AI").
fn trains(column: &str) -> bool {
    crate::classify::says_training(column) || crate::classify::names_training(column)
}

/// What every finding of one scan is read against: the page, the person's region and the
/// language Unticked speaks in.
struct Ctx<'a> {
    /// The section paths of tables with a column that speaks of training itself.
    training_tables: Vec<&'a [String]>,
    services: &'a [&'static Service],
    url: &'a str,
    /// The page's language.
    lang: &'a str,
    region: Option<&'a str>,
    today: &'a str,
    /// The UI language (`crate::messages`).
    ui: &'static str,
}

/// An action button is a setting only when its act (permit or deny) is on AI training
/// ("Withdraw my consent to training on …"), or the catalog knows it as the setting (a
/// form's button); "Save changes" or "Download my data" is not.
fn acts_on_training(f: &Finding, lang: &str) -> bool {
    let role = |r: &str| f.evidence.words.iter().any(|w| w.role == r);
    f.concern == Concern::AiTraining
        && (role("permit") || role("deny") || f.setting.is_some())
        // Not one a turn-off must never press ("Delete my history", "Sign out"), unless what
        // it removes is a permission or a refusal ("Withdraw my consent", "Retirer mon
        // opposition": a deny word, then a permit word or another deny word).
        && (crate::classify::dangerous_words(&f.label, lang).is_empty()
            || (role("deny")
                && (role("permit") || f.evidence.words.iter().filter(|w| w.role == "deny").count() >= 2)))
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
    // The classifier only runs where the catalog does not know the control; there, a section's
    // intro sentence about training counts as its nearest heading. Under a nearer heading (a
    // table's column) that speaks of training itself ("Exclude groceries from AI training"),
    // only one that says what ON or OFF does: the heading says more of the switch than "We
    // train our models on your purchases".
    let section: Vec<String> = match known {
        Some(_) => Vec::new(),
        None => {
            // (A bare "training" that a column keeps things out of counts too: "Excluir do
            // treinamento" over a row per channel says more than "Our assistant learns from…".)
            let nearer = c.section.last().is_some_and(|h| {
                crate::classify::names_training(h)
                    || (crate::classify::says_training(h)
                        && crate::classify::option_refuses(h, lang))
            });
            // A cell of another column of a table that has a training column ("Sync" beside
            // "Train Lumen Assist"): the training its caption and intro speak of is that
            // column's; this one's column alone says what it does.
            let other_column = c.row_name
                && c.section.split_last().is_some_and(|(column, table)| {
                    !trains(column) && ctx.training_tables.contains(&table)
                });
            let from = if other_column { c.section.len() - 1 } else { 0 };
            c.section[from..]
                .iter()
                .cloned()
                .chain(
                    (!other_column)
                        .then(|| crate::classify::training_sentence(&c.section_intro, lang, nearer))
                        .flatten(),
                )
                .collect()
        }
    };
    // A row named by its title whose button's own name says more ("Training on uploads" ›
    // [Object<hidden> to AI training on uploads</hidden>]): that name is read as its help.
    // (Not the name with a state after it: "…: disattivato".)
    let (name, own) = (crate::text::fold(&c.name), crate::text::fold(&c.own_name));
    let help = if !own.is_empty() && !name.contains(&own) && !own.starts_with(&name) {
        format!("{}. {}", c.own_name, c.description)
    } else {
        c.description.clone()
    };
    let mut cls = if known.is_none() {
        Some(classify_in(
            &c.name,
            &help,
            &section,
            lang,
            ui,
            // Options that only answer ("Exclude" / "Include anonymised") answer the heading's
            // question as a switch would; other options ask something else ("Country").
            // (A long list is no answer: a country or a language; not read option by option.)
            !c.options.is_empty()
                && !options::answers(&c.options)
                && (c.options.len() > 6
                    || !c
                        .options
                        .iter()
                        .any(|o| crate::classify::option_refuses(&o.label, lang))),
            c.row_name,
        ))
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
    // Under a name that names training, only options that offer training decide: when the one
    // that names it refuses it ("Do not share … for AI training"), the rest permit. Under any
    // name that denies, options that name training say what is kept out ("Restrict mining for
    // AI": "Only training crawlers"; "Block AI agents": "Only through robots.txt"): the name's
    // answers decide.
    let denies = cls.as_ref().is_some_and(|cl| cl.inverted);
    let option_training =
        cls.as_ref()
            .and_then(|_| options::training_options(&c.name, !neutral_name, &c.options, lang))
            .filter(|t| {
                !denies
                    && (neutral_name
                        || c.options.iter().zip(t).all(|(o, &yes)| {
                            !yes || !crate::classify::option_refuses(&o.label, lang)
                        }))
            });
    if let (Some(cl), Some(t), true) = (&mut cls, &option_training, neutral_name) {
        let first = c
            .options
            .iter()
            .zip(t)
            .find(|(_, &yes)| yes)
            .map(|(o, _)| o.label.as_str())
            .unwrap_or("");
        *cl = classify_in(first, &c.description, &section, lang, ui, false, false);
        cl.concern = Concern::AiTraining;
        cl.inverted = false;
        cl.certain = true;
        cl.evidence.from = "options".into();
        cl.evidence.why = crate::messages::fill(ui, "why.option", "option", &[first]);
    }
    let (concern, inverted) = match (known, &cls) {
        // A form or an email (no switch to read a polarity from): its button's own words say
        // which way pressing it goes ("Object to …").
        (Some((_, st)), _) if st.polarity == "not-applicable" => (
            Concern::parse(st.concern),
            crate::classify::option_refuses(&c.name, lang),
        ),
        (Some((_, st)), _) => (Concern::parse(st.concern), st.polarity == "on-protects"),
        (None, Some(cls)) => (cls.concern, cls.inverted),
        (None, None) => (Concern::Other, false),
    };
    let own = options::self_described(&c.options, lang);
    // Under options of which some speak of training: an option that speaks of it shares unless
    // it refuses; one that is another plus words about training goes the other way from it;
    // the rest do not share.
    let offers = |t: &[bool], j: usize| {
        t[j] && options::option_shares(&c.options[j].label, false, false, lang) != Some(false)
    };
    let plain = option_training
        .as_ref()
        .map(|t| options::plain_of(&c.options, t));
    let mut options: Vec<OptionOut> = c
        .options
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let defers = options::defers(&o.label);
            OptionOut {
                label: o.label.clone(),
                locator: o.locator.clone(),
                selected: o.selected,
                sharing: match (&option_training, &plain) {
                    _ if defers => None,
                    (Some(t), Some(p)) => Some(match p[i] {
                        Some(j) => !offers(t, j),
                        None => offers(t, i),
                    }),
                    _ => options::option_shares(&o.label, inverted, own, lang),
                },
                defers,
            }
        })
        .collect();
    options::partial_refusals(&mut options, inverted, lang);
    // Help text that says what each option does decides for the options it names (what the
    // option does, whichever way the name is put).
    if known.is_none() && option_training.is_none() && concern == Concern::AiTraining {
        for (o, said) in
            options
                .iter_mut()
                .zip(options::said_in_help(&c.description, &c.options, lang))
        {
            if let Some(s) = said {
                o.sharing = s;
            }
        }
    }
    let sharing = match (&c.state, concern) {
        (_, Concern::Other) => None,
        (State::On, _) => Some(!inverted),
        (State::Off, _) => Some(inverted),
        (State::Use(on), _) => Some(*on),
        (State::Option(_), _) => options.iter().find(|o| o.selected).and_then(|o| o.sharing),
        _ => None,
    };
    // Options must say which way they go for the reading to be certain (one that hands the
    // choice to another setting is that setting's business, and only makes its own choice
    // uncertain); and they must not all go one way, which says the reading missed how they
    // differ ("Ja / Alleen anoniem / Neen" read as three yeses; "Nur anzeigen / Auch zum
    // Trainieren verwenden" as two).
    let read: Vec<Option<bool>> = options
        .iter()
        .filter(|o| !o.defers)
        .map(|o| o.sharing)
        .collect();
    let options_known =
        read.iter().all(Option::is_some) && !options.iter().any(|o| o.selected && o.defers);
    let one_way = read.len() >= 2 && read.windows(2).all(|w| w[0] == w[1]);
    // A row whose state is only a word and whose name denies ("Withdraw consent for AI
    // training: Withdrawn"): an "off" word there may be the denial's own participle, which
    // says the denial happened, not that it is off.
    let denial_done = c.state_denied && inverted;
    // An action button's state is only that its act is not done yet, and a right's status
    // is read from its own words: never certain.
    let status = matches!(c.state, State::Use(_));
    let certain = !c.action
        && !status
        && match (known, &cls) {
            (Some(_), _) => true,
            (None, Some(cl)) => {
                cl.certain && !denial_done && (options.is_empty() || (options_known && !one_way))
            }
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
        (None, Some(cl)) if concern == Concern::AiTraining => {
            let mut e = cl.evidence.clone();
            if c.action || status {
                let key = if status {
                    "doubt.status"
                } else {
                    "doubt.action"
                };
                e.why = format!("{} · {}", e.why, crate::messages::text(ui, key));
            }
            e
        }
        _ => Evidence::default(),
    };
    let mut f = Finding {
        label: c.name.clone(),
        control_name: c.own_name.clone(),
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
