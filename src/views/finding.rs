//! One finding: name as on the page, state, sharing, default, explanation, sources, and the
//! turn-off flow (confirm → the probe clicks → re-scan → did it really change?).

use super::{counted, english, joined};
use crate::classify::Concern;
use crate::findings::{Action, Finding, TurnOff};
use crate::history::SwitchRecord;
use crate::inspector::TurnOffStatus;
use crate::web::{Can, Host};
use yew::prelude::*;

#[derive(Properties, Clone)]
pub struct FindingProps {
    pub finding: Finding,
    pub host: Host,
    pub record: Option<SwitchRecord>,
    pub flag: Option<String>,
    pub status: Option<TurnOffStatus>,
    pub on_turn_off: Callback<Finding>,
    /// Undo an unexpected change: the finding, and how.
    pub on_put_back: Callback<(Finding, TurnOff)>,
}

/// A card changes when its switch reads otherwise or its turn-off moves. Compared by the
/// finding's identity and reading, not field by field: the derived comparison of a whole
/// finding cost the Wasm over 500 B gzip, for no change a re-read can make to the rest.
impl PartialEq for FindingProps {
    fn eq(&self, o: &Self) -> bool {
        let (a, b) = (&self.finding, &o.finding);
        a.locator == b.locator
            && a.label == b.label
            && a.control_state == b.control_state
            && a.sharing == b.sharing
            && a.certain == b.certain
            && a.explanation == b.explanation
            && a.evidence.why == b.evidence.why
            && self.host == o.host
            && self.record == o.record
            && self.flag == o.flag
            && self.status == o.status
            && self.on_turn_off == o.on_turn_off
            && self.on_put_back == o.on_put_back
    }
}

/// What the click will do, in the words the confirmation uses ("Untick 'Use my data…'").
pub fn action_text(t: &Finding, to: &TurnOff, msg: &dyn Fn(&str, &str) -> String) -> String {
    let label = &t.label;
    let (key, en) = match to.action {
        Action::Untick => ("actionUntick", "Untick"),
        Action::Tick => ("actionTick", "Tick"),
        Action::SwitchOff => ("actionSwitchOff", "Switch OFF"),
        Action::SwitchOn => ("actionSwitchOn", "Switch ON"),
        Action::Choose => ("actionChoose", "Choose"),
        Action::Menu => ("actionPress", "Press the page's own"),
        _ => ("actionOpen", "Open"),
    };
    let verb = msg(key, en);
    match to.action {
        Action::Choose | Action::Menu => format!(
            "{verb} '{}' {} '{label}'",
            to.option,
            msg("actionFor", "for")
        ),
        Action::Untick | Action::Tick | Action::SwitchOff | Action::SwitchOn => {
            format!("{verb} '{label}'")
        }
        _ => format!(
            "{verb} '{label}' {}",
            msg("actionOpenThen", "and switch it off")
        ),
    }
}

fn sharing_attr(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => "true",
        Some(false) => "false",
        None => "unknown",
    }
}

/// Only catalog https links become anchors; anything else is shown as text.
fn link(url: &str, text: &str) -> Html {
    if url.starts_with("https://") {
        html! { <a href={url.to_string()} target="_blank" rel="noopener noreferrer">{ text.to_string() }</a> }
    } else {
        html! { <span>{ text.to_string() }</span> }
    }
}

#[component]
pub fn FindingCard(p: &FindingProps) -> Html {
    let f = &p.finding;
    let t = |k: &str, en: &str| p.host.msg(k, english(en));
    let confirming = use_state(|| false);
    // Keyboard: the confirm button takes focus when it appears; Escape or Cancel puts focus
    // back on "Turn off" (not on the page's start, where the removed button would leave it).
    let confirm_ref = use_node_ref();
    let turn_off_ref = use_node_ref();
    let refocus = use_mut_ref(|| false);
    {
        let (confirm_ref, turn_off_ref, refocus) =
            (confirm_ref.clone(), turn_off_ref.clone(), refocus.clone());
        use_effect_with(*confirming, move |on| {
            let target = if *on {
                confirm_ref.cast::<web_sys::HtmlElement>()
            } else if std::mem::take(&mut *refocus.borrow_mut()) {
                turn_off_ref.cast::<web_sys::HtmlElement>()
            } else {
                None
            };
            if let Some(b) = target {
                let _ = b.focus();
            }
        });
    }
    let id = format!("ut-f-{}", fxhash(&f.locator));

    let state_text = match f.control_state.as_str() {
        "on" => t("stateOn", "On"),
        "off" => t("stateOff", "Off"),
        "unknown" => t("stateUnknown", "State unknown"),
        other => other.to_string(),
    };
    let sharing_text = match f.sharing {
        Some(true) => t("sharing", "Sharing"),
        Some(false) => t("notSharing", "Not sharing"),
        None => t("sharingUnknown", "Sharing unknown"),
    };
    let default_pill = match f.default_sharing {
        Some(true) => {
            html! { <span class="ut-pill ut-default">{ t("onByDefault", "On by default") }</span> }
        }
        Some(false) => {
            html! { <span class="ut-pill">{ t("offByDefault", "Off by default") }</span> }
        }
        None if f.concern == Concern::AiTraining => {
            html! { <span class="ut-pill ut-muted">{ t("defaultUnknown", "Default unknown") }</span> }
        }
        None => html! {},
    };

    let show_on_page = {
        let (host, locator) = (p.host.clone(), f.locator.clone());
        Callback::from(move |_: MouseEvent| {
            let (host, locator) = (host.clone(), locator.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let _ = host.highlight(&locator).await;
            });
        })
    };
    let actions = match (&f.turn_off, &p.status) {
        (_, Some(TurnOffStatus::Working)) => {
            html! { <p class="ut-status" role="status">{ t("turningOff", "Turning it off on the page…") }</p> }
        }
        (_, Some(TurnOffStatus::Done)) => {
            html! { <p class="ut-ok" role="status">{ t("turnedOff", "Turned off. Unticked read the page again: it is no longer sharing.") }</p> }
        }
        (_, Some(TurnOffStatus::Refused(why))) => {
            html! { <p class="ut-bad" role="alert" data-refused="true">{ joined(t("refused", "Unticked did not click:"), " ", why) }</p> }
        }
        (_, Some(TurnOffStatus::PutBack(Ok(())))) => {
            html! { <p class="ut-status" role="status">{ t("putBackDone", "Put back as it was.") }</p> }
        }
        (_, Some(TurnOffStatus::PutBack(Err(e)))) => {
            html! { <p class="ut-bad" role="alert">{ joined(t("putBackFailed", "Could not put it back:"), " ", e) }</p> }
        }
        (_, Some(TurnOffStatus::Unexpected(what, undo))) => {
            let back = undo.clone().map(|u| {
                let (cb, f) = (p.on_put_back.clone(), f.clone());
                let put_back = Callback::from(move |_: MouseEvent| cb.emit((f.clone(), u.clone())));
                html! { <button type="button" class="ut-primary" data-action="put-back" onclick={put_back}>{ t("putBack", "Put it back") }</button> }
            });
            html! { <><p class="ut-bad" role="alert" data-unexpected="true">{ joined(t("unexpected", "That did not go as expected:"), " ", what) }</p>{ for back }</> }
        }
        // Sharing, but the wording does not settle which way the switch works: never click it.
        (None, _) if !f.certain && f.sharing.is_some() => {
            html! {
                <p class="ut-uncertain" data-uncertain="true">
                    { t("uncertain", "Unticked is not sure which way this switch works, so it will not click it for you. Check its wording on the page.") }
                    { " " }
                    if p.host.can(Can::Highlight) { <button type="button" data-action="show" onclick={show_on_page}>{ t("showOnPage", "Show it on the page") }</button> }
                </p>
            }
        }
        (Some(to), status) if to.how.in_page() => {
            // A row that links to another page may have left this one: say where the switch is.
            let own_page = if to.url.is_empty() {
                html! {}
            } else {
                html! { <p class="ut-hint">{ joined(t("ownPage", "The switch is on its own page:"), " ", "") }{ link(&to.url, &to.url) }</p> }
            };
            let failed = match status {
                Some(TurnOffStatus::Failed(e)) => {
                    html! { <><p class="ut-bad" role="alert">{ joined(t("notChanged", "It did not change:"), " ", e) }</p>{ own_page }</> }
                }
                _ => html! {},
            };
            if *confirming {
                let yes = {
                    let (cb, f, c) = (p.on_turn_off.clone(), f.clone(), confirming.clone());
                    Callback::from(move |_: MouseEvent| {
                        c.set(false);
                        cb.emit(f.clone())
                    })
                };
                let no = {
                    let (c, r) = (confirming.clone(), refocus.clone());
                    Callback::from(move |_: MouseEvent| {
                        *r.borrow_mut() = true;
                        c.set(false)
                    })
                };
                let esc = {
                    let (c, r) = (confirming.clone(), refocus.clone());
                    Callback::from(move |e: KeyboardEvent| {
                        if e.key() == "Escape" {
                            *r.borrow_mut() = true;
                            c.set(false)
                        }
                    })
                };
                html! {
                    <div class="ut-confirm" role="group" aria-label={t("turnOff", "Turn off")} onkeydown={esc}>
                        <p class="ut-action" data-turn-off-action={to.action.as_str()}><strong>{ action_text(f, to, &t) }</strong></p>
                        <p>{ t("turnOffConfirm", "Unticked will click this switch on the page for you (the site saves it as if you had), then read the page again to check.") }</p>
                        <button type="button" class="ut-primary" data-action="confirm" onclick={yes} ref={confirm_ref.clone()}>{ t("confirm", "Turn it off") }</button>
                        <button type="button" onclick={no}>{ t("cancel", "Cancel") }</button>
                    </div>
                }
            } else {
                let ask = {
                    let c = confirming.clone();
                    Callback::from(move |_: MouseEvent| c.set(true))
                };
                html! { <>{ failed }<button type="button" class="ut-primary" data-action="turn-off" onclick={ask} ref={turn_off_ref.clone()}>{ t("turnOff", "Turn off") }</button></> }
            }
        }
        (Some(to), _) => html! {
            <p class="ut-hint">{ joined(t("stepsElsewhere", "Not on this page:"), " ", "") }{ to.steps.clone() }{ " " }{ link(&to.url, &to.url) }</p>
        },
        (None, _) => html! {},
    };

    let first_seen = p.record.as_ref().filter(|r| !r.first_seen.is_empty()).map(|r| {
        let day = r.first_seen.get(..10).unwrap_or(&r.first_seen).to_string();
        let state = match r.first_sharing {
            Some(true) => t("firstSeenSharing", "sharing"),
            Some(false) => t("firstSeenNotSharing", "not sharing"),
            None => r.first_state.clone(),
        };
        html! { <p class="ut-seen">{ format!("{} {day}: {state}", t("firstSeen", "First seen")) }</p> }
    });

    html! {
        <article class={classes!("ut-finding", (f.sharing == Some(true)).then_some("ut-sharing"))}
            data-concern={f.concern.as_str()} data-sharing={sharing_attr(f.sharing)} aria-labelledby={id.clone()}>
            <h2 id={id}>{ if f.label.is_empty() { t("unnamed", "(unnamed switch)") } else { f.label.clone() } }</h2>
            if !f.section.is_empty() { <p class="ut-where">{ f.section.join(" › ") }</p> }
            <p class="ut-pills">
                <span class={classes!("ut-pill", "ut-state")}>{ state_text }</span>
                <span class={classes!("ut-pill", match f.sharing { Some(true) => "ut-bad-pill", Some(false) => "ut-ok-pill", None => "ut-muted" })}>{ sharing_text }</span>
                { default_pill }
                if f.inferred && f.concern == Concern::AiTraining { <span class="ut-pill ut-muted">{ t("inferred", "Inferred from wording") }</span> }
                if !f.visible { <span class="ut-pill ut-muted">{ t("hidden", "Hidden on the page") }</span> }
                { for p.flag.iter().map(|fl| html! { <span class="ut-pill ut-flag">{ fl.clone() }</span> }) }
            </p>
            { actions }
            // At a glance: the name, its state and Turn off; what it means one click away
            // (open on the demo, which has the room).
            <details class="ut-more" open={p.host.kind() == "demo"}>
                <summary>{ t("details", "Details") }</summary>
                { for first_seen }
                if !f.evidence.why.is_empty() && f.concern == Concern::AiTraining {
                    <p class={classes!("ut-why", (!f.certain).then_some("ut-unsure"))} data-certain={f.certain.to_string()}>{ joined(t("why", "Why:"), " ", &f.evidence.why) }</p>
                }
                <div class="ut-expl">
                    { for f.explanation_parts.iter().filter(|x| x.topic == "summary").map(|x| html! { <p>{ x.text.clone() }</p> }) }
                    <ul>{ for f.explanation_parts.iter().filter(|x| x.topic != "summary" && x.topic != "sources").map(|x| html! {
                        <li class={format!("ut-topic-{}", x.topic)}>{ x.text.clone() }</li>
                    }) }</ul>
                </div>
                if !f.sources.is_empty() {
                    <details class="ut-sources">
                        <summary>{ counted(t("sources", "Sources"), f.sources.len()) }</summary>
                        <ul>{ for f.sources.iter().map(|s| html! {
                            <li>{ link(&s.url, if s.title.is_empty() { &s.url } else { &s.title }) }
                                <span class="ut-muted">{ format!(" — {}, {} {}", s.kind, t("checked", "checked"), s.checked) }</span></li>
                        }) }</ul>
                    </details>
                }
            </details>
        </article>
    }
}

/// Small stable hash for element ids (locators are not valid ids).
fn fxhash(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}
