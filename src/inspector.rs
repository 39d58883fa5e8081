//! The inspector's state as one reducer, as in Yew's `examples/function_todomvc`: every change
//! is an [`Action`], and [`reduce`] is a pure function of the state and the action. The async
//! tasks (a turn-off, a re-read of the page) dispatch their results instead of writing back a
//! copy of the state taken before an `await`, so two turn-offs that overlap both land.
//! Plain Rust, compiled natively and tested with `cargo test`; `views/` renders it and runs
//! the tasks.
//!
//! Statuses are keyed by [`Key`], not by locator: a locator is a path on the page
//! (`main > div:nth-of-type(3) > input`) that moves when the page re-renders a row above it,
//! so after a re-read a status could land on another switch or on none.

use crate::classify::Concern;
use crate::findings::{Finding, Outcome, Report, TurnOff};
use crate::history::{switch_key, Changes, History};
use std::rc::Rc;

/// A scanned page, its history and what changed since the last visit.
#[derive(Clone, PartialEq)]
pub struct Loaded {
    pub report: Report,
    pub changes: Changes,
    pub history: History,
    /// History not saved, and why (storage full…): the findings still show.
    pub note: Option<String>,
}

#[derive(Clone, PartialEq)]
pub enum Phase {
    Loading,
    Ready(Rc<Loaded>),
    Failed(String),
}

/// Where one switch's turn-off stands.
#[derive(Clone, PartialEq, Debug)]
pub enum TurnOffStatus {
    Working,
    Done,
    Failed(String),
    /// The control moved, but not as expected (another state, another name, still sharing):
    /// what happened, and how to put it back as it was.
    Unexpected(String, Option<TurnOff>),
    /// Put back as it was (Ok) or not (the error).
    PutBack(Result<(), String>),
    /// Not clicked: the element is no longer the named switch, or says it does something else.
    Refused(String),
}

impl From<Outcome> for TurnOffStatus {
    fn from(o: Outcome) -> Self {
        match o {
            Outcome::Done => TurnOffStatus::Done,
            Outcome::Failed(e) => TurnOffStatus::Failed(e),
            Outcome::Unexpected(what, undo) => TurnOffStatus::Unexpected(what, undo),
        }
    }
}

/// A switch's identity across re-reads of the page: the catalog's setting id when Unticked
/// knows the setting (it survives a re-render and any wording the catalog still recognises),
/// else its section and name, folded (what a person would call it; stable while the page
/// keeps its wording). The same key the history keeps switches under, so "first seen" and a
/// turn-off's status always speak of the same switch. Two switches with the same name in
/// the same section share a key (and a history record): a known limit.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Key(pub String);

pub fn key_of(f: &Finding) -> Key {
    Key(switch_key(f.setting.as_deref(), &f.label, &f.section))
}

/// The finding `before` became after a re-read: the same switch (key) of the same kind, else
/// whatever now sits at its locator with the same kind (a switch the page renamed), else the
/// same key of any kind.
pub fn find_now<'r>(report: &'r Report, before: &Finding) -> Option<&'r Finding> {
    let key = key_of(before);
    let fs = &report.findings;
    fs.iter()
        .find(|g| g.kind == before.kind && key_of(g) == key)
        .or_else(|| {
            fs.iter()
                .find(|g| g.kind == before.kind && g.locator == before.locator)
        })
        .or_else(|| fs.iter().find(|g| key_of(g) == key))
}

/// Why a sharing switch is in the "turn off all" list, or why not.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Choice {
    /// Ticked: it will be turned off.
    Ticked,
    /// The person unticked it.
    LeftOut,
    /// The wording does not settle which way it works: never ticked, cannot be.
    Uncertain,
    /// Unticked cannot turn it off on this page (a form, an email, a disabled control).
    NotHere,
}

/// One sharing switch of the "turn off all" list.
#[derive(Clone, PartialEq, Debug)]
pub struct Item {
    pub key: Key,
    pub label: String,
    pub choice: Choice,
}

/// The sharing AI-training switches of a page, in the report's order (most important first),
/// each ticked unless the person unticked it, it is uncertain, or it cannot be done here.
pub fn batch_items(report: &Report, left_out: &[Key]) -> Vec<Item> {
    report
        .findings
        .iter()
        .filter(|f| f.concern == Concern::AiTraining && f.sharing == Some(true))
        .map(|f| {
            let key = key_of(f);
            let choice = if !f.certain {
                Choice::Uncertain
            } else if !f.turn_off.as_ref().is_some_and(|t| t.how.in_page()) {
                Choice::NotHere
            } else if left_out.contains(&key) {
                Choice::LeftOut
            } else {
                Choice::Ticked
            };
            Item {
                key,
                label: f.label.clone(),
                choice,
            }
        })
        .collect()
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Stage {
    /// The one confirmation is shown.
    Confirming,
    /// Turning them off, one at a time.
    Running,
    /// Finished: the summary is shown.
    Done,
}

/// A "turn off all" run: the list as it was when the person asked (the page is read again
/// after every flip, and then no longer lists what was turned off).
#[derive(Clone, PartialEq, Debug)]
pub struct Batch {
    pub items: Vec<Item>,
    pub stage: Stage,
}

impl Batch {
    /// The keys to turn off, in order.
    pub fn ticked(&self) -> Vec<Key> {
        self.items
            .iter()
            .filter(|i| i.choice == Choice::Ticked)
            .map(|i| i.key.clone())
            .collect()
    }
}

/// What became of one switch of a run, for the summary.
#[derive(Clone, PartialEq, Debug)]
pub enum Verdict {
    /// Turned off, and the page read again says it no longer shares.
    Changed,
    /// Not changed, and why (the refusal, the page's error, or what happened instead).
    NotChanged(String),
    /// Not reached yet (the run is still going).
    Pending,
    /// Not attempted, and why (the item's choice).
    Skipped(Choice),
}

/// The summary of a run: each switch of its list and what became of it.
pub fn verdicts(batch: &Batch, statuses: &[(Key, TurnOffStatus)]) -> Vec<(String, Verdict)> {
    batch
        .items
        .iter()
        .map(|i| {
            let v = match i.choice {
                Choice::Ticked => match status(statuses, &i.key) {
                    Some(TurnOffStatus::Done) => Verdict::Changed,
                    Some(
                        TurnOffStatus::Failed(e)
                        | TurnOffStatus::Refused(e)
                        | TurnOffStatus::Unexpected(e, _),
                    ) => Verdict::NotChanged(e.clone()),
                    _ => Verdict::Pending,
                },
                c => Verdict::Skipped(c),
            };
            (i.label.clone(), v)
        })
        .collect()
}

pub fn status<'s>(statuses: &'s [(Key, TurnOffStatus)], key: &Key) -> Option<&'s TurnOffStatus> {
    statuses.iter().find(|(k, _)| k == key).map(|(_, s)| s)
}

/// Everything the inspector shows that changes.
#[derive(Clone, PartialEq)]
pub struct State {
    pub phase: Phase,
    pub statuses: Vec<(Key, TurnOffStatus)>,
    /// Presentation mode (the demo) and the finding it shows.
    pub present: bool,
    pub present_at: usize,
    /// The footer's last word (an export failed, history imported…).
    pub note: String,
    pub region: String,
    /// Sharing switches the person unticked in the "turn off all" list.
    pub left_out: Vec<Key>,
    pub batch: Option<Batch>,
}

impl Default for State {
    fn default() -> Self {
        State {
            phase: Phase::Loading,
            statuses: Vec::new(),
            present: false,
            present_at: 0,
            note: String::new(),
            region: String::new(),
            left_out: Vec::new(),
            batch: None,
        }
    }
}

pub enum Action {
    /// Reading the page (again).
    Loading,
    Loaded(Rc<Loaded>),
    Failed(String),
    /// A turn-off (or put-back) of this switch began.
    Started(Key),
    /// It ended: its status, under its key and, when the page renamed the switch, under the
    /// key it has now (so the card under its new name says what happened).
    Finished {
        key: Key,
        now: Option<Key>,
        status: TurnOffStatus,
    },
    Region(String),
    TogglePresent,
    Present(usize),
    Note(String),
    /// Tick (true) or untick a switch in the "turn off all" list.
    Tick(Key, bool),
    /// Ask the one confirmation for the ticked switches of the page shown.
    BatchAsk,
    BatchStart,
    BatchDone,
    /// Cancel the confirmation, or close the summary.
    BatchClose,
}

fn set(statuses: &mut Vec<(Key, TurnOffStatus)>, key: Key, st: TurnOffStatus) {
    statuses.retain(|(k, _)| *k != key);
    statuses.push((key, st));
}

/// The state after `action`.
pub fn reduce(mut s: State, action: Action) -> State {
    match action {
        Action::Loading => s.phase = Phase::Loading,
        Action::Loaded(l) => s.phase = Phase::Ready(l),
        Action::Failed(e) => s.phase = Phase::Failed(e),
        Action::Started(key) => set(&mut s.statuses, key, TurnOffStatus::Working),
        Action::Finished { key, now, status } => {
            if let Some(now) = now.filter(|n| *n != key) {
                set(&mut s.statuses, now, status.clone());
            }
            set(&mut s.statuses, key, status);
        }
        Action::Region(r) => s.region = r,
        Action::TogglePresent => s.present = !s.present,
        Action::Present(i) => s.present_at = i,
        Action::Note(n) => s.note = n,
        Action::Tick(key, on) => {
            s.left_out.retain(|k| *k != key);
            if !on {
                s.left_out.push(key);
            }
        }
        Action::BatchAsk => {
            // Only from the list on screen, and not while a run goes on.
            let running = matches!(&s.batch, Some(b) if b.stage == Stage::Running);
            if let (Phase::Ready(l), false) = (&s.phase, running) {
                let items = batch_items(&l.report, &s.left_out);
                if items.iter().any(|i| i.choice == Choice::Ticked) {
                    s.batch = Some(Batch {
                        items,
                        stage: Stage::Confirming,
                    });
                }
            }
        }
        Action::BatchStart => {
            if let Some(b) = s.batch.as_mut().filter(|b| b.stage == Stage::Confirming) {
                b.stage = Stage::Running;
            }
        }
        Action::BatchDone => {
            if let Some(b) = s.batch.as_mut().filter(|b| b.stage == Stage::Running) {
                b.stage = Stage::Done;
            }
        }
        Action::BatchClose => {
            if !matches!(&s.batch, Some(b) if b.stage == Stage::Running) {
                s.batch = None;
            }
        }
    }
    s
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::{scan, Capture, ScanOptions};

    fn report(html: &str) -> Report {
        scan(
            &Capture::from_html(html.to_string()),
            &ScanOptions {
                url: Some("https://notes.example/settings".into()),
                ..Default::default()
            },
        )
        .unwrap()
    }

    fn loaded(html: &str) -> Rc<Loaded> {
        Rc::new(Loaded {
            report: report(html),
            changes: Changes::default(),
            history: History::default(),
            note: None,
        })
    }

    const THREE: &str = r#"<main><h1>AI</h1>
        <label><input type=checkbox id=a checked> Use my notes to train AI models</label>
        <label><input type=checkbox id=b checked> Use my voice recordings to train AI models</label>
        <label><input type=checkbox id=c checked> Use my photos to train AI models</label>
        <label><input type=checkbox id=u checked> Use my shared notebooks to train AI models unless a notebook is private</label>
        <label><input type=checkbox id=off> Use my drafts to train AI models</label>
        <label><input type=checkbox id=m checked> Weekly email digest</label></main>"#;

    fn ready(html: &str) -> State {
        reduce(State::default(), Action::Loaded(loaded(html)))
    }

    fn key(s: &State, label: &str) -> Key {
        let Phase::Ready(l) = &s.phase else {
            panic!("not ready")
        };
        key_of(l.report.findings.iter().find(|f| f.label == label).unwrap())
    }

    #[test]
    fn overlapping_turn_offs_both_land() {
        // Two turn-offs start; their results arrive in the other order, each dispatched by its
        // own task. Written back from copies taken before the awaits (the old set_status),
        // the second result erased the first; dispatched, both stay.
        let s = ready(THREE);
        let (a, b) = (
            key(&s, "Use my notes to train AI models"),
            key(&s, "Use my voice recordings to train AI models"),
        );
        let s = reduce(s, Action::Started(a.clone()));
        let s = reduce(s, Action::Started(b.clone()));
        let s = reduce(
            s,
            Action::Finished {
                key: b.clone(),
                now: None,
                status: TurnOffStatus::Failed("stuck".into()),
            },
        );
        let s = reduce(s, Action::Loaded(loaded(THREE)));
        let s = reduce(
            s,
            Action::Finished {
                key: a.clone(),
                now: None,
                status: TurnOffStatus::Done,
            },
        );
        assert_eq!(status(&s.statuses, &a), Some(&TurnOffStatus::Done));
        assert_eq!(
            status(&s.statuses, &b),
            Some(&TurnOffStatus::Failed("stuck".into()))
        );
        assert_eq!(s.statuses.len(), 2);
    }

    #[test]
    fn a_status_survives_a_re_render_that_moves_locators() {
        // The page re-renders with a new row on top: every nth-of-type path shifts, but the
        // key (section and name) still finds the same switch, and the status follows it.
        let before = report(
            r#"<main><div><label><input type=checkbox checked> Use my notes to train AI models</label></div></main>"#,
        );
        let after = report(
            r#"<main><div><label><input type=checkbox> Dark mode</label></div><div><label><input type=checkbox> Use my notes to train AI models</label></div></main>"#,
        );
        let f = &before.findings[0];
        let g = find_now(&after, f).expect("found again");
        assert_ne!(f.locator, g.locator, "the locator moved");
        assert_eq!(g.label, f.label);
        assert_eq!(key_of(f), key_of(g));
        // The old locator now points at "Dark mode": keyed by locator, the status would land there.
        assert!(after
            .findings
            .iter()
            .any(|x| x.locator == f.locator && x.label == "Dark mode"));
    }

    #[test]
    fn a_renamed_switch_keeps_its_status_under_both_names() {
        let s = ready(THREE);
        let a = key(&s, "Use my notes to train AI models");
        let renamed = Key("ai / notes training (paused)".into());
        let s = reduce(
            s,
            Action::Finished {
                key: a.clone(),
                now: Some(renamed.clone()),
                status: TurnOffStatus::Unexpected("renamed".into(), None),
            },
        );
        assert!(matches!(
            status(&s.statuses, &renamed),
            Some(TurnOffStatus::Unexpected(..))
        ));
        assert!(matches!(
            status(&s.statuses, &a),
            Some(TurnOffStatus::Unexpected(..))
        ));
    }

    #[test]
    fn every_sharing_switch_is_listed_ticked_but_the_uncertain_never() {
        let s = ready(THREE);
        let Phase::Ready(l) = &s.phase else { panic!() };
        let items = batch_items(&l.report, &[]);
        let names: Vec<(&str, Choice)> =
            items.iter().map(|i| (i.label.as_str(), i.choice)).collect();
        assert_eq!(
            names,
            vec![
                ("Use my notes to train AI models", Choice::Ticked),
                ("Use my voice recordings to train AI models", Choice::Ticked),
                ("Use my photos to train AI models", Choice::Ticked),
                (
                    "Use my shared notebooks to train AI models unless a notebook is private",
                    Choice::Uncertain
                ),
            ],
            "sharing AI-training switches only (not the one already off, not the digest)"
        );
        // Ticking the uncertain one does nothing: it is never ticked.
        let u = items[3].key.clone();
        let s = reduce(s, Action::Tick(u, true));
        let s = reduce(s, Action::BatchAsk);
        let b = s.batch.as_ref().unwrap();
        assert_eq!(b.items[3].choice, Choice::Uncertain);
        assert_eq!(b.ticked().len(), 3);
    }

    #[test]
    fn the_person_unticks_one_and_the_run_turns_off_the_other_two() {
        let s = ready(THREE);
        let photos = key(&s, "Use my photos to train AI models");
        let s = reduce(s, Action::Tick(photos.clone(), false));
        let s = reduce(s, Action::BatchAsk);
        let b = s.batch.clone().unwrap();
        assert_eq!(b.stage, Stage::Confirming);
        let ticked = b.ticked();
        assert_eq!(ticked.len(), 2);
        assert!(!ticked.contains(&photos));
        let s = reduce(s, Action::BatchStart);
        // Cannot be closed, nor asked again, while it runs.
        let s = reduce(s, Action::BatchClose);
        let s = reduce(s, Action::BatchAsk);
        assert_eq!(s.batch.as_ref().unwrap().stage, Stage::Running);
        let s = reduce(
            s,
            Action::Finished {
                key: ticked[0].clone(),
                now: None,
                status: TurnOffStatus::Done,
            },
        );
        let mid = verdicts(s.batch.as_ref().unwrap(), &s.statuses);
        assert_eq!(mid[1].1, Verdict::Pending);
        let s = reduce(
            s,
            Action::Finished {
                key: ticked[1].clone(),
                now: None,
                status: TurnOffStatus::Refused("it says 'Delete account'".into()),
            },
        );
        let s = reduce(s, Action::BatchDone);
        let b = s.batch.as_ref().unwrap();
        assert_eq!(b.stage, Stage::Done);
        let v = verdicts(b, &s.statuses);
        assert_eq!(
            v.iter().map(|(_, v)| v.clone()).collect::<Vec<_>>(),
            vec![
                Verdict::Changed,
                Verdict::NotChanged("it says 'Delete account'".into()),
                Verdict::Skipped(Choice::LeftOut),
                Verdict::Skipped(Choice::Uncertain),
            ]
        );
        // Ticked again, it is back in the next run's list.
        let s = reduce(s, Action::BatchClose);
        assert!(s.batch.is_none());
        let s = reduce(s, Action::Tick(photos, true));
        assert!(s.left_out.is_empty());
    }

    #[test]
    fn nothing_to_confirm_without_a_ticked_switch() {
        let s = ready(
            r#"<label><input type=checkbox checked> Use my shared notebooks to train AI models unless a notebook is private</label>"#,
        );
        let s = reduce(s, Action::BatchAsk);
        assert!(s.batch.is_none());
        let s = reduce(State::default(), Action::BatchAsk);
        assert!(s.batch.is_none(), "no page yet");
    }

    #[test]
    fn the_rest_of_the_state() {
        let s = reduce(State::default(), Action::Region("DE".into()));
        let s = reduce(s, Action::TogglePresent);
        let s = reduce(s, Action::Present(2));
        let s = reduce(s, Action::Note("History cleared.".into()));
        let s = reduce(s, Action::Failed("no page".into()));
        assert_eq!(
            (s.region.as_str(), s.present, s.present_at, s.note.as_str()),
            ("DE", true, 2, "History cleared.")
        );
        assert!(s.phase == Phase::Failed("no page".into()));
        assert!(reduce(s, Action::Loading).phase == Phase::Loading);
    }
}
