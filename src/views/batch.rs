//! "Turn off all that share on this page": a checkbox per sharing switch (ticked unless the
//! person unticks it; an uncertain one is never ticked and cannot be), one confirmation that
//! names every click, then each switch in turn through the single-switch path, and a summary
//! of what changed, what did not and why. The state and its rules are in `crate::inspector`.

use super::finding::action_text;
use super::{counted, english, joined};
use crate::inspector::{batch_items, key_of, Action, Choice, Loaded, Stage, State, Verdict};
use crate::web::Host;
use yew::prelude::*;

/// Why a switch is left as it is, in words.
fn skipped(c: Choice, t: &dyn Fn(&str, &str) -> String) -> String {
    match c {
        Choice::Uncertain => t(
            "batchUncertain",
            "Unticked is not sure which way it works, so it will not click it",
        ),
        Choice::NotHere => t("batchNotHere", "not on this page"),
        _ => t("batchLeftOut", "left as it is: you unticked it"),
    }
}

pub fn view(
    s: &State,
    l: &Loaded,
    host: &Host,
    d: &UseReducerDispatcher<State>,
    run: &Callback<()>,
) -> Html {
    let t = |k: &str, en: &str| host.msg(k, english(en));
    let send = |a: fn() -> Action| {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(a()))
    };
    let Some(b) = &s.batch else {
        // The list, folded under one line: with fewer than two sharing switches, the card's
        // own Turn off is all there is to do.
        let items = batch_items(&l.report, &s.left_out);
        if items.len() < 2 {
            return html! {};
        }
        let ticked = items.iter().filter(|i| i.choice == Choice::Ticked).count();
        return html! {
            <details class="ut-batch">
                <summary>{ counted(t("batchTitle", "Turn off all that share on this page"), items.len()) }</summary>
                <ul>{ for items.iter().map(|i| {
                    let fixed = matches!(i.choice, Choice::Uncertain | Choice::NotHere);
                    let onchange = {
                        let (d, key) = (d.clone(), i.key.clone());
                        Callback::from(move |e: Event| {
                            let c: web_sys::HtmlInputElement = e.target_unchecked_into();
                            d.dispatch(Action::Tick(key.clone(), c.checked()))
                        })
                    };
                    html! {
                        <li><label data-batch-item={i.label.clone()}>
                            <input type="checkbox" checked={i.choice == Choice::Ticked} disabled={fixed} {onchange} />
                            { " " }{ i.label.clone() }
                            if fixed { <span class="ut-muted">{ format!(" — {}", skipped(i.choice, &t)) }</span> }
                        </label></li>
                    }
                }) }</ul>
                <button type="button" class="ut-primary" data-action="batch" disabled={ticked == 0} onclick={send(|| Action::BatchAsk)}>
                    { counted(t("turnOff", "Turn off"), ticked) }</button>
            </details>
        };
    };
    match b.stage {
        Stage::Confirming => {
            let go = {
                let run = run.clone();
                Callback::from(move |_: MouseEvent| run.emit(()))
            };
            let keys = b.ticked();
            html! {
                <div class="ut-confirm ut-batch" role="group" aria-label={t("batchTitle", "Turn off all that share on this page")} data-batch="confirm">
                    <p>{ t("batchConfirm", "Unticked will do this on the page for you, one switch at a time; before each click it checks the switch is still the one named, and after it reads the page again:") }</p>
                    <ul>{ for l.report.findings.iter().filter(|f| keys.contains(&key_of(f))).filter_map(|f| {
                        f.turn_off.as_ref().map(|to| html! { <li class="ut-action">{ action_text(f, to, &t) }</li> })
                    }) }</ul>
                    <button type="button" class="ut-primary" data-action="batch-confirm" onclick={go}>{ t("confirm", "Turn it off") }</button>
                    <button type="button" onclick={send(|| Action::BatchClose)}>{ t("cancel", "Cancel") }</button>
                </div>
            }
        }
        _ => {
            let done = b.stage == Stage::Done;
            let lines = crate::inspector::verdicts(b, &s.statuses);
            html! {
                <section class="ut-batch" data-batch={if done { "done" } else { "running" }} role="status" aria-live="polite">
                    <h2>{ if done { t("batchDone", "What changed") } else { t("batchRunning", "Turning them off, one at a time…") } }</h2>
                    <ul>{ for lines.into_iter().map(|(label, v)| {
                        let (kind, text) = match v {
                            Verdict::Changed => ("changed", t("batchChanged", "turned off; the page read again says it no longer shares")),
                            Verdict::NotChanged(e) => ("not-changed", joined(t("notChanged", "It did not change:"), " ", &e)),
                            Verdict::Pending => ("pending", "…".to_string()),
                            Verdict::Skipped(c) => ("skipped", skipped(c, &t)),
                        };
                        html! { <li data-verdict={kind}><strong>{ label }</strong>{ ": " }{ text }</li> }
                    }) }</ul>
                    if done { <button type="button" onclick={send(|| Action::BatchClose)}>{ t("close", "Close") }</button> }
                </section>
            }
        }
    }
}
