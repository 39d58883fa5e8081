//! One pass over the page in composed document order: find every control a person could flip,
//! then name, describe, place, read and locate each.

use super::context::Ctx;
use super::locator::locator;
use super::naming::{
    aria_name, idref_text, idref_text_but, is_only_state, own_name, redundant, row_chunks,
    row_heading, row_of, skip, text_chunks, text_of, title_parts, Skip, TextOpts,
};
use super::state::{
    aria_bool, dash_led_state, is_term, part_state, sentence_state, split_state_suffix,
};
use super::visibility::{hidden_by_markup, is_visible};
use super::{Control, ControlKind, ControlOption, State};
use crate::classify::lexicon::{v, Vocab, Words};
use crate::dom::{Document, NodeId};
use crate::text::{clean_display, fold};

/// A control before it is described: its kind, its element(s), and the headings above it.
struct Unit {
    kind: ControlKind,
    /// The control element; for a radio group, every radio (the first is the group's anchor).
    anchors: Vec<NodeId>,
    /// For a `[role=radiogroup]`: the group element.
    group: Option<NodeId>,
    /// For a text-state control: (name, state) read from its text.
    text_state: Option<(String, State)>,
    headings: Vec<(NodeId, u32, String)>,
    /// A plain button that names an act (see `action_button`).
    action: bool,
}

/// Controls read per page; the report says so when a page has more (see `extract_bounded`).
pub const MAX_CONTROLS: usize = 5000;
/// Past the cap, at most this many more controls whose names speak of AI training are kept.
pub const MAX_LATE: usize = 100;

/// What the control cap left out: switches, checkboxes and selects past it that were skipped,
/// those kept because their names speak of AI training, and other controls (radios, pressed
/// buttons) past it, which are not read.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Cap {
    pub skipped: usize,
    pub late: usize,
    pub others: usize,
}

impl Cap {
    pub fn hit(&self) -> bool {
        self.skipped + self.late + self.others > 0
    }
}

pub fn extract(doc: &Document) -> Vec<Control> {
    extract_bounded(doc).0
}

/// The controls, and what the cap of `MAX_CONTROLS` left out.
pub fn extract_bounded(doc: &Document) -> (Vec<Control>, Cap) {
    let mut ctx = Ctx::new(doc);
    let (units, capped) = find_units(&ctx);
    let counts = unit_counts(&ctx, &units);
    ctx.control = vec![false; doc.nodes.len()];
    // An action button is no control to the others: its text may still name or describe them.
    for &a in units.iter().filter(|u| !u.action).flat_map(|u| &u.anchors) {
        ctx.control[a] = true;
    }
    let mut controls: Vec<Control> = units.iter().map(|u| describe(&ctx, u, &counts)).collect();
    // A text-state row that repeats a real switch's name is the same setting shown twice
    // (ChatGPT's row button and the switch in its dialog): keep the switch, when the person
    // can see it. A switch in a closed dialog is not on screen; the row is.
    let folded: Vec<String> = controls.iter().map(|c| fold(&c.name)).collect();
    let switch_names = sorted(
        controls
            .iter()
            .zip(&folded)
            .filter(|(c, _)| c.kind != ControlKind::TextState && c.visible)
            .map(|(_, n)| n.as_str())
            .collect(),
    );
    let mut name = folded.iter();
    controls.retain(|c| {
        let name = name.next().map_or("", String::as_str);
        c.kind != ControlKind::TextState || !switch_names.has_word(name, false)
    });
    // A heading that names one control (its label) is not the section of the rows after it.
    // (The rows just left out repeat a kept switch's name: all names are still the same set.)
    let names = sorted(folded.iter().map(String::as_str).collect());
    for c in &mut controls {
        c.section.retain(|s| !names.has_word(&fold(s), false));
    }
    (controls, capped)
}

/// Names sorted, so that looking one up is a binary search, not a pass over every control.
fn sorted(mut names: Vec<&str>) -> Words<'_> {
    crate::sort::sort(&mut names);
    Words {
        text: "",
        sorted: names,
    }
}

fn role(doc: &Document, id: NodeId) -> Option<String> {
    // The first token of role wins, as in ARIA.
    doc.attr(id, "role")
        .and_then(|r| r.split_ascii_whitespace().next())
        .map(|r| r.to_ascii_lowercase())
}

fn input_type(doc: &Document, id: NodeId) -> String {
    doc.attr(id, "type")
        .unwrap_or("text")
        .trim()
        .to_ascii_lowercase()
}

fn heading_level(doc: &Document, id: NodeId) -> Option<u32> {
    let tag = doc.tag(id);
    if tag.len() == 2 && tag.starts_with('h') {
        if let Some(l) = tag[1..].parse::<u32>().ok().filter(|l| (1..=6).contains(l)) {
            return Some(l);
        }
    }
    if role(doc, id).as_deref() == Some("heading") {
        return Some(
            doc.attr(id, "aria-level")
                .and_then(|l| l.parse().ok())
                .unwrap_or(2),
        );
    }
    None
}

fn find_units(ctx: &Ctx) -> (Vec<Unit>, Cap) {
    let doc = ctx.doc;
    let mut units: Vec<Unit> = Vec::new();
    // (scope, group name) → its unit, sorted by key (no hashing code in the Wasm).
    let mut radio_groups: Vec<((NodeId, &str), usize)> = Vec::new();
    let mut headings: Vec<(u32, NodeId, String)> = Vec::new(); // (level, node, text)
    let mut cap = Cap::default();
    // Action buttons (see `action_button`) do not count against the cap.
    let mut actions = 0;
    for &id in &ctx.preorder {
        let Some(e) = doc.element(id) else { continue };
        if units.len() - cap.late - actions >= MAX_CONTROLS && heading_level(doc, id).is_none() {
            // Past the cap, only what matters most is kept: a switch whose own name speaks of
            // AI training (a label or ARIA name; cheap next to describing every control).
            // Headings are still followed (they are the kept switches' sections); nothing else.
            if late_candidate(doc, id, e) {
                cap.skipped += 1;
                let named = own_name(ctx, id, Skip::NONE)
                    .is_some_and(|n| crate::classify::names_training(&n));
                if named && cap.late < MAX_LATE {
                    cap.late += 1;
                    cap.skipped -= 1;
                    let kind = match (e.name.as_str(), input_type(doc, id).as_str()) {
                        ("select", _) => ControlKind::Select,
                        ("input", "checkbox") => ControlKind::Checkbox,
                        _ => ControlKind::Switch,
                    };
                    units.push(Unit {
                        kind,
                        anchors: vec![id],
                        group: None,
                        text_state: None,
                        headings: headings
                            .iter()
                            .map(|(_, n, t)| (*n, ctx.order[*n], t.clone()))
                            .collect(),
                        action: false,
                    });
                }
            } else if (e.name == "input" && input_type(doc, id) == "radio")
                || e.has_attr("aria-pressed")
                || matches!(role(doc, id).as_deref(), Some("radio" | "menuitemradio"))
            {
                cap.others += 1;
            }
            continue;
        }
        if let Some(level) = heading_level(doc, id) {
            if !hidden_by_markup(ctx, id) {
                let t = text_of(
                    ctx,
                    id,
                    &TextOpts {
                        skip_hidden: true,
                        exclude: Skip::NONE,
                        max_len: 400,
                    },
                );
                if !t.is_empty() {
                    headings.retain(|(l, _, _)| *l < level);
                    headings.push((level, id, clean_display(&t, 200)));
                }
            }
            continue;
        }
        let r = role(doc, id);
        let snapshot = || {
            headings
                .iter()
                .map(|(_, n, t)| (*n, ctx.order[*n], t.clone()))
                .collect::<Vec<_>>()
        };
        let mut action = false;
        let found: Option<(ControlKind, Option<(String, State)>)> =
            match (e.name.as_str(), r.as_deref()) {
                ("input", _) => match input_type(doc, id).as_str() {
                    "checkbox" => Some((ControlKind::Checkbox, None)),
                    "radio" => {
                        let key = match e.attr("name").filter(|n| !n.is_empty()) {
                            Some(n) => (form_or_scope(ctx, id), n),
                            None => (id, ""),
                        };
                        // A native group may be named as an ARIA one (role=radiogroup, aria-labelledby).
                        let group = radiogroup_of(doc, id);
                        add_radio(&mut units, &mut radio_groups, key, id, group, snapshot());
                        None
                    }
                    _ => None,
                },
                ("select", _) => Some((ControlKind::Select, None)),
                // A select-only combobox (ARIA's pattern, Radix, Vuetify): a button or div that
                // shows the chosen value and opens a listbox. A text input with role=combobox is
                // a search or autocomplete field.
                (n, Some("combobox")) if n != "input" && n != "textarea" => {
                    Some((ControlKind::Select, None))
                }
                // A list of options one picks from, shown on the page (ARIA's single-select
                // listbox), not the popup of a combobox, which is read with the combobox.
                (_, Some("listbox")) if standalone_listbox(ctx, id) => {
                    Some((ControlKind::Select, None))
                }
                (_, Some("switch" | "checkbox" | "menuitemcheckbox")) => {
                    Some((ControlKind::Switch, None))
                }
                (_, Some("radio" | "menuitemradio")) => {
                    let group = radiogroup_of(doc, id);
                    let key = (group.or_else(|| doc.parent(id)).unwrap_or(id), "role");
                    add_radio(&mut units, &mut radio_groups, key, id, group, snapshot());
                    None
                }
                _ if aria_bool(e.attr("aria-pressed")).is_some() => match segments_of(ctx, id) {
                    // "Yes | No" or "On | Off" as pressed buttons side by side: one question,
                    // answered by the pressed one, like a radio group.
                    Some(row) => {
                        let key = (row, "aria-pressed");
                        add_radio(
                            &mut units,
                            &mut radio_groups,
                            key,
                            id,
                            Some(row),
                            snapshot(),
                        );
                        None
                    }
                    None => Some((ControlKind::PressedButton, None)),
                },
                _ if e.has_attr("aria-checked") && r.is_none() => Some((ControlKind::Switch, None)),
                ("button" | "a" | "summary", _)
                | (_, Some("button" | "link" | "menuitem" | "tab"))
                    if ctx.size[id] <= 60 =>
                {
                    if contains_control(doc, id) {
                        None
                    } else if let Some(ts) = text_state(ctx, id).or_else(|| edit_row_state(ctx, id))
                    {
                        Some((ControlKind::TextState, Some(ts)))
                    } else if let Some(title) = form_submit_title(ctx, id, &headings) {
                        // A form's submit button does what the form's title says ("Objection
                        // to the use of your information for AI" › [Send]).
                        action = true;
                        Some((ControlKind::TextState, Some((title, State::Off))))
                    } else {
                        // As many as there may be controls (a page of buttons stays bounded).
                        action = actions < MAX_CONTROLS && action_button(ctx, id);
                        action.then_some((ControlKind::TextState, None))
                    }
                }
                _ => None,
            };
        if let Some((kind, text_state)) = found {
            actions += usize::from(action);
            units.push(Unit {
                kind,
                anchors: vec![id],
                group: None,
                text_state,
                headings: snapshot(),
                action,
            });
        }
    }
    (units, cap)
}

/// A plain button whose name says an act ("Withdraw my consent for …", "Stop sharing clips –
/// Front door"), in no row that states a state: what it names is not done yet, which is all
/// its state. The meaning layer keeps it only when the act is on AI training (see `findings`).
fn action_button(ctx: &Ctx, id: NodeId) -> bool {
    let doc = ctx.doc;
    // A button proper: not a tab, link or menu item (a tab names a section).
    matches!(
        (doc.tag(id), role(doc, id).as_deref()),
        ("button", None) | (_, Some("button"))
    ) && doc.attr(id, "aria-expanded").is_none()
        && own_name(ctx, id, Skip::NONE).is_some_and(|n| n.split_whitespace().count() >= 3)
}

/// A form's submit button, under the nearest heading, which the form follows (it titles the
/// form): that heading's text. Kept as a setting only when the title acts on AI training.
fn form_submit_title(ctx: &Ctx, id: NodeId, headings: &[(u32, NodeId, String)]) -> Option<String> {
    let doc = ctx.doc;
    if doc.tag(id) != "button"
        || doc
            .attr(id, "type")
            .is_some_and(|t| !t.eq_ignore_ascii_case("submit"))
    {
        return None;
    }
    let form = doc.ancestors(id).find(|&a| doc.tag(a) == "form")?;
    let (_, heading, title) = headings.last()?;
    // The heading comes before the form and shares its container (it is the form's title,
    // not a heading the page had long before).
    let container = doc.parent(form)?;
    (ctx.order[*heading] < ctx.order[form] && doc.ancestors(*heading).any(|a| a == container))
        .then(|| title.clone())
}

/// A switch, checkbox or select: the kinds looked at past the control cap.
fn late_candidate(doc: &Document, id: NodeId, e: &crate::dom::Element) -> bool {
    match e.name.as_str() {
        "select" => true,
        "input" => input_type(doc, id) == "checkbox",
        _ => matches!(role(doc, id).as_deref(), Some("switch" | "checkbox")),
    }
}

/// A row link or button whose state is written in it: "Activity is On" (state at the end),
/// or a title, a state and a subtitle as separate parts ("Addestramento IA | Attivo | …").
fn text_state(ctx: &Ctx, id: NodeId) -> Option<(String, State)> {
    // Only a state on it ("Activé"), named apart (aria-labelledby, aria-label).
    if let Some(state) = own_state_word(ctx, id) {
        // The accessible name's order: aria-labelledby, then aria-label.
        let name = aria_name(ctx, id)
            .or_else(|| Some(idref_text(ctx, id, "aria-describedby")).filter(|n| !n.is_empty()))
            .or_else(|| row_title(ctx, id))?;
        return Some((name, state));
    }
    if let Some(parts) = title_parts(ctx, id, Skip::NONE, 0) {
        if parts.len() >= 2 {
            if let Some(i) = parts.iter().position(|p| is_only_state(p)) {
                let state = part_state(&parts[i])?;
                let name = parts.iter().take(i).find(|p| !is_only_state(p))?.clone();
                return Some((name, state));
            }
        }
    }
    let t = text_of(
        ctx,
        id,
        &TextOpts {
            skip_hidden: true,
            exclude: Skip::NONE,
            max_len: 300,
        },
    );
    // "Einwilligung widerrufen": a right and an act on it (the German infinitive is also the
    // participle "withdrawn"), not a name and its state: a generic name names nothing, and on a
    // plain button the last word, an act, is what it does ("Einwilligung zur … widerrufen").
    let acts = plain_button(ctx, id) && t.split_whitespace().last().is_some_and(is_act);
    split_state_suffix(&t).filter(|(name, _)| !acts && !is_term(v::GENERIC_NAMES(), &fold(name)))
}

/// A state-only button with no name of its own ("Activé ›" beside "Améliorer le modèle pour
/// tous"): its row's title, the first part of the row that is not a state, in a small row
/// that holds no other control.
fn row_title(ctx: &Ctx, id: NodeId) -> Option<String> {
    let mut cur = id;
    for _ in 0..3 {
        cur = ctx.doc.parent(cur)?;
        if ctx.size[cur] > 40 || ctx.doc.element(cur).is_none() {
            return None;
        }
        let others = ctx.doc.children(cur).iter().any(|&c| {
            c != id
                && !ctx.doc.ancestors(id).any(|a| a == c)
                && (is_control(ctx.doc, c) || contains_control(ctx.doc, c))
        });
        if others {
            return None;
        }
        let parts = title_parts(ctx, cur, skip(&[id]), 0).unwrap_or_default();
        if let Some(t) = parts.iter().find(|p| {
            !is_only_state(p)
                && p.len() <= 150
                && p.chars().filter(|c| c.is_alphabetic()).count() >= 3
        }) {
            return Some(t.trim_end_matches([':', ' ']).to_string());
        }
    }
    None
}

fn is_control(doc: &Document, id: NodeId) -> bool {
    doc.element(id).is_some_and(|e| {
        matches!(e.name.as_str(), "input" | "select" | "button")
            || e.has_attr("aria-checked")
            || e.has_attr("role")
    })
}

/// The state an element's own text is, and nothing else ("Disattivato" on a switch that has no
/// aria-checked, "Activé" on a button): what a person reads on it.
fn own_state_word(ctx: &Ctx, id: NodeId) -> Option<State> {
    let t = text_of(
        ctx,
        id,
        &TextOpts {
            skip_hidden: true,
            exclude: Skip::NONE,
            max_len: 60,
        },
    );
    // On a plain button, a word that is also an action is the action: Italian "Disattiva" is
    // "off" on a label and "Turn off" on a button (and a button that says so is not a state).
    if plain_button(ctx, id) && is_act(&t) {
        return None;
    }
    part_state(&t).filter(|_| is_only_state(&t))
}

fn plain_button(ctx: &Ctx, id: NodeId) -> bool {
    (ctx.doc.tag(id) == "button" || ctx.doc.attr(id, "role") == Some("button"))
        && ctx.doc.attr(id, "aria-pressed").is_none()
        && ctx.doc.attr(id, "aria-checked").is_none()
}

/// A word that turns a setting off or on ("Disattiva", "widerrufen").
fn is_act(word: &str) -> bool {
    let f = fold(word);
    let f = f.trim_matches(|c: char| !c.is_alphanumeric());
    is_term(v::TURN_OFF_WORDS(), f) || is_term(v::TURN_ON_WORDS(), f)
}

/// A summary row: "Name: Off … [Change]". The state sits beside an edit link, which opens the
/// real control; the row is the setting, the link is how to reach it. Or beside the row's own
/// "Turn off" button (Gemini's "Attività nelle app Gemini · Attiva · [Disattiva ▾]"), which
/// then is how to turn it off.
fn edit_row_state(ctx: &Ctx, id: NodeId) -> Option<(String, State)> {
    let edit = text_is_one_of(
        ctx,
        id,
        &[v::EDIT_WORDS(), v::TURN_OFF_WORDS(), v::TURN_ON_WORDS()],
    )
    .is_some();
    // A button that turns the row on says it is off now, and one that turns it off that it is
    // on: a state word at the end of the title that says otherwise is part of the name
    // ("Programme d'apprentissage partagé" [Rejoindre]).
    let turns_on = edit && text_is_one_of(ctx, id, &[v::TURN_ON_WORDS()]).is_some();
    let turns_off = edit && text_is_one_of(ctx, id, &[v::TURN_OFF_WORDS()]).is_some();
    let agrees = |s: &State| {
        let on = matches!(s, State::On | State::Use(true));
        let off = matches!(s, State::Off | State::Use(false));
        !(turns_on && on || turns_off && off)
    };
    // Or the row's own act on a right, in a few words that deny ("Widerspruch einlegen",
    // "Retirar oposição"): only beside a status that says what became of the right.
    // Its first few words may be followed by the row's title for assistive technology,
    // visually hidden ("Retirer mon opposition<span class=sr> à l'entraînement…</span>"):
    // what must then be in the row's title (folded), else "".
    let (mut echo, mut echo_text) = (String::new(), String::new());
    if !edit {
        let t = text_of(
            ctx,
            id,
            &TextOpts {
                skip_hidden: true,
                exclude: Skip::NONE,
                max_len: 200,
            },
        );
        let words: Vec<&str> = t.split_whitespace().collect();
        let denies = |w: &str| crate::classify::option_denies(w, "");
        let head = words.len().min(3);
        let last = words.len().saturating_sub(1);
        let between = if denies(&words[..head].join(" ")) {
            &words[head..]
        } else if last >= 2 && denies(&[words[0], words[last]].join(" ")) {
            // German and Dutch put the verb last: "Einwilligung zur Auswertung … widerrufen".
            &words[1..last]
        } else {
            return None;
        };
        echo = fold(&between.join(" "));
        echo_text = words.join(" ");
    }
    // In a definition list the link's own <dt> group decides, state or none: the rows
    // around it are other settings. (A right's act only when a <dd> states on or off: a status
    // sentence, "Registrata il 21/11/2024", is read below.)
    if let Some(found) = definition_row(ctx, id).filter(|f| edit || f.is_some()) {
        return found;
    }
    let help = idref_text(ctx, id, "aria-describedby");
    let mut cur = id;
    let mut fallback = None;
    for _ in 0..3 {
        cur = match ctx.doc.parent(cur) {
            Some(p) if ctx.size[p] <= 40 && ctx.doc.element(p).is_some() => p,
            _ => return fallback,
        };
        let chunks = text_chunks(
            ctx,
            cur,
            &TextOpts {
                skip_hidden: true,
                exclude: skip(&[id]),
                max_len: 1000,
            },
        );
        if let Some(found) = chunks
            .iter()
            .find_map(|c| split_state_suffix(c).filter(|(_, s)| agrees(s)))
            .filter(|_| edit)
        {
            return Some(named_row(ctx, id, cur, found));
        }
        // Name and state in cells or spans of their own (<th>Name</th><td>On</td>, <dt>/<dd>,
        // <span>Name</span><span>Off</span>).
        let head = chunks.first().cloned().unwrap_or_default();
        let parts = title_parts(ctx, cur, skip(&[id]), 0)
            .filter(|p| p.len() >= 2)
            .unwrap_or(chunks);
        let at = |found: &dyn Fn(&str) -> Option<State>| {
            parts
                .iter()
                .enumerate()
                .skip(1)
                .find_map(|(i, p)| found(p).map(|s| (i, s)))
        };
        // A state word; or a status that says what became of a right ("Consentement retiré
        // le 12 janvier 2026", "Kein Widerspruch eingelegt"), which says whether the use goes
        // on whatever the button says.
        // Beside a button that denies, a plain state is the row title's ("Use of my calendar
        // for training: Granted" [Withdraw consent]): whether the use goes on, by that title.
        // (The title's own words: a help paragraph in the same cell, "You can object at any
        // time. We'll stop…", is not what the title says.)
        let title_refuses = || {
            let own = if !head.is_empty() && parts[0].starts_with(&head) {
                &head
            } else {
                &parts[0]
            };
            crate::classify::option_refuses(own, "")
        };
        let state = at(&|p| part_state(p).filter(|_| edit && is_only_state(p)))
            .or_else(|| at(&|p| dash_led_state(p).filter(|_| edit)))
            .or_else(|| at(&|p| sentence_state(p).filter(|_| edit)))
            // (A status cell may end with the button's help, "Kein Widerspruch eingelegt
            // <span id=hint>Sofern Sie nicht widersprechen, …</span>": the status is before it.)
            .or_else(|| {
                at(&|p| {
                    let status = p.strip_suffix(help.as_str()).unwrap_or(p);
                    crate::classify::use_goes_on(status).map(State::Use)
                })
            })
            .or_else(|| {
                at(&|p| part_state(p).filter(|_| !edit))
                    .map(|(i, s)| (i, State::Use((s == State::On) != title_refuses())))
            })
            // A row with no title but its status, which names the programme ("Participas en
            // el Laboratorio de lectores" [Salir<span> del Laboratorio…</span>]).
            .or_else(|| {
                parts
                    .first()
                    .and_then(|p| crate::controls::state::leading_state(&fold(p)))
                    .filter(|s| edit && agrees(s))
                    .map(|s| (0, s))
            });
        // The row's first part names it; parts between name and state describe it
        // (<td>Name</td><td>Help…</td><td>On</td><td>Change</td>).
        // (Not a help sentence under the title in the same cell: "<h3>Opt-out …</h3><p>With
        // the opt-out on, nothing …</p>" is named by its <h3>.)
        let title = || {
            let p = &parts[0];
            let helped = !head.is_empty() && p.len() > head.len() + 1 && p.starts_with(&head);
            let t = if helped && p.ends_with(['.', '!', '?']) {
                &head
            } else {
                p
            };
            t.trim_end_matches([':', ' ']).to_string()
        };
        // The echo as whole words of the title (not inside longer ones).
        let echoed = || echo.is_empty() || crate::text::has_phrase(&fold(&parts[0]), &echo);
        if let Some((_, state)) = state.clone().filter(|_| echoed()) {
            let name = title();
            // A button that echoes the title names the act, the title names the row.
            if !echo.is_empty() {
                return Some((name, state));
            }
            return Some(named_row(ctx, id, cur, (name, state)));
        }
        // An echo in other words than the title ("– automatic receipt recognition" beside
        // "… our AI-assisted receipt recognition", or what the act is about: "… to training on
        // my test scripts" beside "Objection to MarkWise"): the act is the row's, named by the
        // title and, after a colon, the act's own words (the title's words decide the state).
        if let Some((_, state)) = state.filter(|_| !echo.is_empty()) {
            return Some((
                format!("{}: {echo_text}", title().trim_end_matches(':')),
                state,
            ));
        }
        // Else, beside a Change link, a short sentence that says whether training happens
        // ("May not retain or learn from your data"), if no wider row says more.
        if fallback.is_none() && edit {
            // (What happens to those who take part, beside a button that makes the row take
            // part, is not what happens now: the button says the row is off.)
            fallback =
                at(&|p| crate::classify::training_stated(p).map(State::Use)).map(|(_, st)| {
                    let st = if agrees(&st) {
                        st
                    } else {
                        State::Use(turns_off)
                    };
                    named_row(ctx, id, cur, (title(), st))
                });
        }
    }
    fallback
}

/// The row's button named for assistive technology by the row's title, with or without its
/// own word (aria-labelledby="change-link title" → "Change Trip history"): the title,
/// without the edit or turn-off word.
fn own_title(ctx: &Ctx, button: NodeId) -> Option<String> {
    // Named for assistive technology: its visible words alone ("Widerspruch einlegen") are its
    // act, and the row's title names the row.
    let doc = ctx.doc;
    if doc.attr(button, "aria-labelledby").is_none() && doc.attr(button, "aria-label").is_none() {
        return None;
    }
    // (Its own words among them are its act, not the row's name.)
    let n = Some(idref_text_but(ctx, button, "aria-labelledby", button))
        .filter(|n| !n.is_empty())
        .or_else(|| own_name(ctx, button, Skip::NONE))?;
    let words: Vec<&str> = n.split_whitespace().collect();
    let action = |w: &str| {
        let f = fold(w);
        [v::EDIT_WORDS(), v::TURN_OFF_WORDS(), v::TURN_ON_WORDS()]
            .iter()
            .any(|voc| is_term(voc, f.trim_matches(|c: char| !c.is_alphanumeric())))
    };
    // Only its own words ("Turn on", "Change"): no title.
    if action(&n) {
        return None;
    }
    let start = usize::from(words.first().is_some_and(|w| action(w)));
    let end = words.len() - usize::from(words.len() > start && action(words[words.len() - 1]));
    // Only the button's own word ("Change" named "Change") names nothing, nor does the right
    // it acts on ("Bezwaar intrekken", "Withdraw consent"): the row's title names the row.
    let rest = words[start.min(end)..end].join(" ");
    (end > start
        && !(end - start == 1 && action(words[start]))
        && !is_term(v::GENERIC_NAMES(), &fold(&rest)))
    .then_some(rest)
}

/// A row the page names for assistive technology (a group's aria-labelledby or aria-label, or
/// the button's aria-describedby pointing at the row's title) is named so: its visible text may
/// be "Status: Off" beside the title.
fn named_row(ctx: &Ctx, button: NodeId, row: NodeId, found: (String, State)) -> (String, State) {
    let doc = ctx.doc;
    let mut named = None;
    let mut cur = button;
    while cur != row {
        match doc.parent(cur) {
            Some(p) => cur = p,
            None => break,
        }
        named = named.or_else(|| aria_name(ctx, cur));
    }
    let name = named
        .or_else(|| own_title(ctx, button))
        .or_else(|| Some(idref_text(ctx, button, "aria-describedby")).filter(|t| !t.is_empty()));
    match name {
        // Not when it points at the state itself (aria-describedby="status"), nor at help text
        // and the state ("Lets us use … Not allowed"), nor at a sentence of help ("When this is
        // on, …."): the row's title names it then.
        Some(n)
            if n.chars().count() <= 150
                && !n.trim_end().ends_with('.')
                && !is_only_state(&n)
                && part_state(&n).is_none()
                && split_state_suffix(&n).is_none() =>
        {
            (n, found.1)
        }
        // "Status: Off" names nothing (a status label, read as a copula): the row's title does.
        _ if is_term(v::COPULA(), &fold(&found.0)) => {
            let state = found.1.clone();
            row_title(ctx, button).map_or(found, |t| (t, state))
        }
        _ => found,
    }
}

/// `<dt>Name</dt><dd><span>Off</span> · <a>Manage</a><p>help</p></dd>`, or the state in a
/// `<dd>` of its own before the link's (`<dt>Name</dt><dd>Off</dd><dd><a>Change</a></dd>`): the
/// name is the group's `<dt>`, the state the first part of its `<dd>`s that is only a state
/// word. (Looking higher would read the other rows of the list.) `Some(None)`: the link is in
/// a `<dt>` group that states no on/off ("90 days").
fn definition_row(ctx: &Ctx, link: NodeId) -> Option<Option<(String, State)>> {
    let doc = ctx.doc;
    let dd = doc.ancestors(link).take(3).find(|&a| doc.tag(a) == "dd")?;
    let siblings: Vec<NodeId> = doc
        .children(doc.parent(dd)?)
        .iter()
        .copied()
        .filter(|&c| doc.element(c).is_some())
        .collect();
    let at = siblings.iter().position(|&c| c == dd)?;
    // The link's <dd> and the <dd>s before it, back to their <dt>.
    let dt_at = siblings[..at].iter().rposition(|&c| doc.tag(c) != "dd")?;
    let dt = siblings[dt_at];
    if doc.tag(dt) != "dt" {
        return None;
    }
    let link = [link];
    let opts = TextOpts {
        skip_hidden: true,
        exclude: skip(&link),
        max_len: 1000,
    };
    let Some(state) = siblings[dt_at + 1..=at]
        .iter()
        .flat_map(|&d| text_chunks(ctx, d, &opts))
        .find(|c| is_only_state(c) && c.chars().any(char::is_alphanumeric))
        .and_then(|c| part_state(&c))
    else {
        return Some(None);
    };
    let name = text_of(
        ctx,
        dt,
        &TextOpts {
            skip_hidden: true,
            exclude: Skip::NONE,
            max_len: 300,
        },
    );
    // The link named for assistive technology ("Change<span hidden> the use of …</span>")
    // names the setting as the page does; else its <dt>.
    let name = own_title(ctx, link[0]).unwrap_or(name);
    Some((!name.is_empty()).then_some((name.trim_end_matches([':', ' ']).to_string(), state)))
}

/// The element's visible text (up to `max_len`), when, folded and without punctuation around
/// it, it is one of `words` ("Change", "Turn off").
fn text_is_one_of(ctx: &Ctx, id: NodeId, vocabs: &[&Vocab]) -> Option<String> {
    // Read once for every vocabulary (a term is short: a longer text, cut, is none of them).
    let text = text_of(
        ctx,
        id,
        &TextOpts {
            skip_hidden: true,
            exclude: Skip::NONE,
            max_len: 60,
        },
    );
    let is_one = |f: &str| {
        let f = f.trim_matches(|c: char| !c.is_alphanumeric());
        vocabs.iter().any(|words| is_term(words, f))
    };
    if is_one(&fold(&text)) {
        return Some(text);
    }
    // "Change<span class=visually-hidden> Name</span>": the words a person sees are the
    // element's own text; a child element adds the setting's name for screen readers.
    let own: String = ctx
        .doc
        .children(id)
        .iter()
        .filter_map(|&c| match &ctx.doc.nodes[c].kind {
            crate::dom::NodeKind::Text(t) => Some(t.as_str()),
            _ => None,
        })
        .collect();
    let has_child = ctx
        .doc
        .children(id)
        .iter()
        .any(|&c| ctx.doc.element(c).is_some());
    (has_child && is_one(&fold(&own))).then(|| own.trim().to_string())
}

/// A "Turn off" button in the same small row as a state-only setting (not inside it).
fn off_button(ctx: &Ctx, anchor: NodeId) -> Option<(String, String)> {
    let doc = ctx.doc;
    let mut cur = anchor;
    for _ in 0..3 {
        cur = doc.parent(cur)?;
        if ctx.size[cur] > 40 || doc.element(cur).is_none() {
            return None;
        }
        // The row's own descendants in document order: not inside its shadow roots or frames.
        let scope = if doc.is_scope_root(cur) {
            cur
        } else {
            ctx.scope[cur]
        };
        let at = ctx.order[cur] as usize;
        for &n in &ctx.preorder[at + 1..at + ctx.size[cur] as usize] {
            if ctx.scope[n] != scope {
                continue;
            }
            let is_button = doc.tag(n) == "button" || doc.attr(n, "role") == Some("button");
            if !is_button
                || n == anchor
                || doc.ancestors(n).any(|a| a == anchor)
                || hidden_by_markup(ctx, n)
            {
                continue;
            }
            if let Some(text) = text_is_one_of(ctx, n, &[v::TURN_OFF_WORDS()]) {
                return Some((locator(ctx, n), text));
            }
        }
    }
    None
}

fn contains_control(doc: &Document, id: NodeId) -> bool {
    let mut stack: Vec<NodeId> = doc.children(id).to_vec();
    while let Some(n) = stack.pop() {
        if doc.element(n).is_some() {
            if is_control(doc, n) {
                return true;
            }
            stack.extend(doc.children(n).iter().copied());
        }
    }
    false
}

fn form_or_scope(ctx: &Ctx, id: NodeId) -> NodeId {
    ctx.doc
        .ancestors(id)
        .take_while(|&a| !ctx.doc.is_scope_root(a))
        .find(|&a| ctx.doc.tag(a) == "form")
        .unwrap_or(ctx.scope[id])
}

/// The `role=radiogroup` a radio sits in, if it is close (a radio's group is its near ancestor).
/// The row of a segmented answer: the button's parent, when it holds two or more pressed
/// buttons and each says only an answer or a state ("Oui" / "Non", "Ligado" / "Desligado").
fn segments_of(ctx: &Ctx, id: NodeId) -> Option<NodeId> {
    let doc = ctx.doc;
    let row = doc.parent(id)?;
    let pressed: Vec<NodeId> = doc
        .children(row)
        .iter()
        .copied()
        .filter(|&c| aria_bool(doc.attr(c, "aria-pressed")).is_some())
        .collect();
    // An answer has a few choices; a toolbar of chips is not one (and is not read twice over).
    if !(2..=6).contains(&pressed.len()) {
        return None;
    }
    let answers = pressed.iter().all(|&b| {
        let t = text_of(
            ctx,
            b,
            &TextOpts {
                skip_hidden: true,
                exclude: Skip::NONE,
                max_len: 40,
            },
        );
        is_only_state(&t)
    });
    // Or a named group of them ("Night shift" › [Allow] [Block]): the page says it is one
    // question, whatever its buttons say, when one of them is pressed. With more pressed it is
    // a set of chips each on or off of its own ("Prompts", "Uploaded images").
    let one_pressed = pressed
        .iter()
        .filter(|&&b| aria_bool(doc.attr(b, "aria-pressed")) == Some(State::On))
        .count()
        == 1;
    let named_group = one_pressed
        && role(doc, row).as_deref() == Some("group")
        && (doc.attr(row, "aria-labelledby").is_some() || doc.attr(row, "aria-label").is_some());
    (answers || named_group).then_some(row)
}

fn radiogroup_of(doc: &Document, id: NodeId) -> Option<NodeId> {
    doc.ancestors(id)
        .take(8)
        .find(|&a| role(doc, a).as_deref() == Some("radiogroup"))
}

fn add_radio<'a>(
    units: &mut Vec<Unit>,
    groups: &mut Vec<((NodeId, &'a str), usize)>,
    key: (NodeId, &'a str),
    id: NodeId,
    group: Option<NodeId>,
    headings: Vec<(NodeId, u32, String)>,
) {
    match groups.binary_search_by(|(k, _)| k.cmp(&key)) {
        Ok(i) => units[groups[i].1].anchors.push(id),
        Err(i) => {
            groups.insert(i, (key, units.len()));
            units.push(Unit {
                kind: ControlKind::RadioGroup,
                anchors: vec![id],
                group,
                text_state: None,
                headings,
                action: false,
            });
        }
    }
}

/// For each node: how many distinct controls its composed subtree holds (capped at 2).
fn unit_counts(ctx: &Ctx, units: &[Unit]) -> Vec<u8> {
    let n = ctx.doc.nodes.len();
    let mut count = vec![0u8; n];
    let mut last = vec![usize::MAX; n];
    for (u, unit) in units.iter().enumerate().filter(|(_, u)| !u.action) {
        for &a in &unit.anchors {
            let mut cur = Some(a);
            while let Some(x) = cur {
                if last[x] == u {
                    break;
                }
                last[x] = u;
                if count[x] >= 2 {
                    break; // already "many": ancestors are too
                }
                count[x] += 1;
                cur = ctx.doc.composed_parent(x);
            }
        }
    }
    count
}

fn describe(ctx: &Ctx, u: &Unit, counts: &[u8]) -> Control {
    let doc = ctx.doc;
    let anchor = u.anchors[0];
    // An action button is not among the counts (it does not bound the other controls' rows);
    // its own row is bounded as if it were: its ancestors hold it too.
    let count_of = |n: NodeId| u32::from(counts[n]) + u32::from(u.action);
    let row = row_of(ctx, &u.anchors, &count_of);

    // Options (radio groups and selects).
    let mut options = Vec::new();
    let mut option_label_nodes = Vec::new();
    match u.kind {
        ControlKind::RadioGroup => {
            for &r in &u.anchors {
                // A radio's label, or a pressed segment's own text ("Oui").
                let label = own_name(ctx, r, Skip::CONTROLS)
                    .filter(|l| !l.is_empty())
                    .unwrap_or_else(|| {
                        let t = TextOpts {
                            skip_hidden: true,
                            exclude: Skip::NONE,
                            max_len: 200,
                        };
                        clean_display(&text_of(ctx, r, &t), 200)
                    });
                option_label_nodes.extend(label_nodes(ctx, r));
                options.push(ControlOption {
                    label,
                    locator: locator(ctx, r),
                    selected: checked(doc, r) == State::On,
                });
            }
        }
        ControlKind::Select if doc.tag(anchor) != "select" => {
            options = combobox_options(ctx, anchor);
        }
        ControlKind::Select => {
            let loc = locator(ctx, anchor);
            let value = doc.attr(anchor, "data-unticked-value").map(fold);
            let opts = select_options(doc, anchor);
            let any_marked = opts.iter().any(|&o| {
                doc.attr(o, "data-unticked-selected").is_some()
                    || doc.element(o).is_some_and(|e| e.has_attr("selected"))
            });
            for (i, &o) in opts.iter().enumerate() {
                let label = text_of(
                    ctx,
                    o,
                    &TextOpts {
                        skip_hidden: false,
                        exclude: Skip::NONE,
                        max_len: 300,
                    },
                );
                let label = clean_display(doc.attr(o, "label").unwrap_or(&label), 200);
                let selected = match (doc.attr(o, "data-unticked-selected"), &value) {
                    (Some(v), _) => v == "true",
                    (None, Some(v)) => fold(&label) == *v,
                    _ if any_marked => doc.element(o).is_some_and(|e| e.has_attr("selected")),
                    _ => i == 0,
                };
                options.push(ControlOption {
                    label,
                    locator: loc.clone(),
                    selected,
                });
            }
        }
        _ => {}
    }

    // Name.
    // Every control (marked in `ctx`) and the radios' own labels.
    let exclude = Skip {
        nodes: &option_label_nodes,
        controls: true,
    };
    let own = match (&u.text_state, u.kind) {
        (Some((name, _)), _) => Some(name.clone()),
        (None, ControlKind::RadioGroup) => group_name(ctx, u),
        (None, _) => own_name(ctx, anchor, Skip::CONTROLS),
    };
    // An action button is not marked as a control: its own text is left out here.
    let own_node = [anchor];
    let exclude = match u.action {
        true => Skip {
            nodes: &own_node,
            controls: true,
        },
        false => exclude,
    };
    let chunks = row.map(|r| row_chunks(ctx, r, exclude)).unwrap_or_default();
    let name = match own {
        Some(n) => n,
        // In a table's cell, the headers name it, before any text around the table.
        None => cell_name(ctx, anchor)
            .or_else(|| question(ctx, u, &chunks))
            .or_else(|| row.and_then(|r| row_heading(ctx, r)))
            .or_else(|| chunks.iter().find(|c| !is_only_state(c)).cloned())
            .unwrap_or_default(),
    };

    // Description: aria-describedby (a radio group's own, else its first radio's), else the
    // rest of the row's text.
    let mut description = match u.group {
        Some(g) if u.kind == ControlKind::RadioGroup => idref_text(ctx, g, "aria-describedby"),
        _ => String::new(),
    };
    // A fieldset that holds the whole group describes it too.
    if description.is_empty() && u.kind == ControlKind::RadioGroup {
        if let Some(f) = doc.ancestors(anchor).find(|&a| doc.tag(a) == "fieldset") {
            if u.anchors.iter().all(|&r| doc.ancestors(r).any(|a| a == f)) {
                description = idref_text(ctx, f, "aria-describedby");
            }
        }
    }
    if description.is_empty() {
        description = idref_text(ctx, anchor, "aria-describedby");
    }
    if fold(&description) == fold(&name) {
        description.clear(); // X points aria-describedby at the label itself
    }
    if description.is_empty() {
        if let Some(d) = doc.attr(anchor, "aria-description") {
            description = clean_display(d, 500);
        }
    }
    if description.is_empty() {
        let fname = fold(&name);
        let rest: Vec<&str> = chunks
            .iter()
            .filter_map(|c| after_name(c, &name, &fname))
            .collect();
        description = clean_display(&rest.join(" "), 500);
    }
    // Help placed after the control's row, as its next element, with no control of its own
    // (`<div class=field>…</div><p class=help>…</p>`).
    if description.is_empty() {
        let next = row.and_then(|r| element_sibling(ctx, r, true));
        if let Some(n) = next.filter(|&n| {
            // Only text: nothing to press or read as a heading inside.
            let at = ctx.order[n] as usize;
            matches!(doc.tag(n), "p" | "small" | "span" | "div")
                && ctx.size[n] <= 12
                && count_of(n) == 0
                && ctx.preorder[at..at + ctx.size[n] as usize]
                    .iter()
                    .all(|&d| {
                        !matches!(
                            doc.tag(d),
                            "a" | "button" | "input" | "select" | "textarea" | "h2" | "h3" | "h4"
                        )
                    })
        }) {
            let t = TextOpts {
                skip_hidden: true,
                exclude: Skip::NONE,
                max_len: 500,
            };
            description = clean_display(&text_of(ctx, n, &t), 500);
        }
    }
    // A table's cell: a note right after the table that quotes its column's header says what
    // that column means ("«Product improvement» means we use these data to train …").
    if description.is_empty() {
        if let Some(note) = column_note(ctx, anchor) {
            description = clean_display(&note, 500);
        }
    }
    if fold(&description) == fold(&name) {
        description.clear();
    }

    let state = match (&u.text_state, u.kind) {
        (Some((_, s)), _) => s.clone(),
        (None, ControlKind::RadioGroup | ControlKind::Select) => options
            .iter()
            .find(|o| o.selected)
            .map(|o| State::Option(o.label.clone()))
            .unwrap_or(State::Unknown),
        (None, ControlKind::Checkbox) => checked(doc, anchor),
        // What an action button names is not done yet.
        (None, _) if u.action => State::Off,
        (None, ControlKind::PressedButton) => {
            aria_bool(doc.attr(anchor, "aria-pressed")).unwrap_or(State::Unknown)
        }
        (None, _) => match switch_state(doc, anchor) {
            State::Unknown => own_state_word(ctx, anchor).unwrap_or(State::Unknown),
            s => s,
        },
    };

    let visible = u.anchors.iter().any(|&a| is_visible(ctx, a));
    let disabled = is_disabled(doc, anchor);
    let locator = match (u.kind, u.group) {
        (ControlKind::RadioGroup, Some(g)) => locator(ctx, g),
        _ => locator(ctx, anchor),
    };
    let section = section_path(ctx, u, &name);
    // A state-only row that is a link may open another page, where the real switch is.
    let href = match u.kind {
        ControlKind::TextState if doc.tag(anchor) == "a" => {
            doc.attr(anchor, "href").unwrap_or("").trim().to_string()
        }
        _ => String::new(),
    };
    let off_button = if u.kind == ControlKind::TextState {
        off_button(ctx, anchor).or_else(|| {
            // The row's anchor is its own "Turn off" button.
            text_is_one_of(ctx, anchor, &[v::TURN_OFF_WORDS()]).map(|t| (locator.clone(), t))
        })
    } else {
        None
    };
    let state_denied =
        u.kind == ControlKind::TextState && state == State::Off && row_says_denied(ctx, anchor);
    let section_intro = section_intro(ctx, u);
    // What assistive technology calls the element, when the name is the row's or the form's
    // (its content, even a state word: `own_name` passes over "Uit" as naming nothing).
    let own_name = match u.text_state {
        Some(_) => own_name(ctx, anchor, Skip::NONE)
            .or_else(|| {
                let t = TextOpts {
                    skip_hidden: true,
                    exclude: Skip::NONE,
                    max_len: 300,
                };
                Some(text_of(ctx, anchor, &t))
            })
            .map(|n| clean_display(&n, 300))
            .filter(|n| fold(n) != fold(&name))
            .unwrap_or_default(),
        None => String::new(),
    };
    let row_name = named_by_row_header(ctx, anchor, &name);
    Control {
        kind: u.kind,
        name: clean_display(&name, 300),
        description,
        section,
        state,
        visible,
        disabled,
        locator,
        options,
        href,
        off_button,
        state_denied,
        section_intro,
        action: u.action,
        own_name,
        row_name,
    }
}

/// The table cell a control stands in (itself, or wrapped once or twice).
fn cell_of(ctx: &Ctx, anchor: NodeId) -> Option<NodeId> {
    let doc = ctx.doc;
    doc.ancestors(anchor).take(3).find(|&a| doc.tag(a) == "td")
}

/// A control with no name in a table's cell is called by its row's header and its column's,
/// as a screen reader announces it ("Front door" · "Use for AI training").
fn cell_name(ctx: &Ctx, anchor: NodeId) -> Option<String> {
    let doc = ctx.doc;
    let td = cell_of(ctx, anchor)?;
    let th = doc
        .children(doc.parent(td)?)
        .iter()
        .copied()
        .find(|&c| doc.tag(c) == "th")?;
    let opts = TextOpts {
        skip_hidden: true,
        exclude: Skip::NONE,
        max_len: 200,
    };
    let name = format!(
        "{} {}",
        text_of(ctx, th, &opts),
        column_header(ctx, td).unwrap_or_default()
    );
    Some(name.trim().to_string()).filter(|n| !n.is_empty())
}

/// The sentences of the note after a control's table that name the control's column (its
/// header's words, folded), when that note is only text.
fn column_note(ctx: &Ctx, anchor: NodeId) -> Option<String> {
    let doc = ctx.doc;
    let td = cell_of(ctx, anchor)?;
    let header = fold(&column_header(ctx, td)?);
    let table = doc.ancestors(td).find(|&a| doc.tag(a) == "table")?;
    let note = element_sibling(ctx, table, true)?;
    let at = ctx.order[note] as usize;
    let only_text = matches!(doc.tag(note), "p" | "small" | "div")
        && ctx.preorder[at..at + ctx.size[note] as usize]
            .iter()
            .all(|&d| {
                !matches!(
                    doc.tag(d),
                    "a" | "button" | "input" | "select" | "textarea" | "table"
                )
            });
    let opts = TextOpts {
        skip_hidden: true,
        exclude: Skip::NONE,
        max_len: 500,
    };
    // Only the sentences that quote it: a note may say what each column means in turn
    // ("Personalisation stays with you. Training helps …").
    let text: String = text_of(ctx, note, &opts)
        .split_inclusive(['.', '!', '?'])
        .filter(|s| fold(s).contains(&header))
        .collect();
    (only_text && header.chars().count() >= 4 && !text.is_empty()).then_some(text)
}

/// Is the control in a table row whose header cell says its name?
fn named_by_row_header(ctx: &Ctx, anchor: NodeId, name: &str) -> bool {
    let doc = ctx.doc;
    let Some(tr) = doc.ancestors(anchor).take(4).find(|&a| doc.tag(a) == "tr") else {
        return false;
    };
    let name = fold(name);
    let opts = TextOpts {
        skip_hidden: true,
        exclude: Skip::NONE,
        max_len: 300,
    };
    // The row's header alone, or with a column's few words after it (a cell named by its row
    // and its column: "Recordings Pablo").
    doc.children(tr).iter().any(|&c| {
        doc.tag(c) == "th"
            && name
                .strip_prefix(fold(&text_of(ctx, c, &opts)).as_str())
                .is_some_and(|rest| {
                    rest.is_empty() || (rest.starts_with(' ') && rest.split(' ').count() <= 4)
                })
    })
}

/// The paragraph right after the nearest heading, fieldset legend or details summary above the
/// control, in a container that holds the control too, when it comes before the control and
/// holds no control itself. A title with no such paragraph (a legend straight above its
/// radios) leaves the intro of the title above it.
fn section_intro(ctx: &Ctx, u: &Unit) -> String {
    let doc = ctx.doc;
    let anchor = u.anchors[0];
    let mut titles: Vec<NodeId> = u.headings.last().map(|h| h.0).into_iter().collect();
    for a in doc.ancestors(anchor).take(8) {
        let want = match doc.tag(a) {
            "fieldset" => "legend",
            "details" => "summary",
            _ => continue,
        };
        titles.extend(
            doc.children(a)
                .iter()
                .copied()
                .find(|&c| doc.tag(c) == want),
        );
    }
    // Nearest first (a few titles: no sort, whose code each element type pays for again).
    while let Some(i) = (0..titles.len()).max_by_key(|&i| ctx.order[titles[i]]) {
        if let Some(intro) = intro_after(ctx, titles.swap_remove(i), anchor) {
            return intro;
        }
    }
    // Or the paragraph right before the control's table ("<p>…</p><table>"): the title of a
    // table is its caption, the paragraph before it says what the rows are for.
    let table = doc
        .ancestors(anchor)
        .take(8)
        .find(|&a| doc.tag(a) == "table");
    table
        .and_then(|t| element_sibling(ctx, t, false))
        .and_then(|p| intro_text(ctx, p, anchor))
        .unwrap_or_default()
}

/// The element right after (or before) `n` among its parent's children, text skipped.
fn element_sibling(ctx: &Ctx, n: NodeId, after: bool) -> Option<NodeId> {
    let doc = ctx.doc;
    let siblings = doc.children(doc.parent(n)?);
    // Siblings are in document order: `n`'s place by binary search, not a walk from the first
    // sibling (a long flat list of rows and headings made that quadratic).
    let at = siblings.partition_point(|&c| ctx.order[c] < ctx.order[n]);
    let element = |c: &&NodeId| doc.element(**c).is_some();
    if after {
        siblings.get(at + 1..)?.iter().find(element).copied()
    } else {
        siblings[..at].iter().rev().find(element).copied()
    }
}

/// The paragraph that follows `title` (or opens the block after it that holds the control:
/// `<h2>…</h2><div><p>…</p><table>…`), before the control and in a container that holds it.
fn intro_after(ctx: &Ctx, title: NodeId, anchor: NodeId) -> Option<String> {
    let doc = ctx.doc;
    // The title, its intro and the control share a container: a row's own title and help
    // text (<div><h3>…</h3><p>…</p></div><button>) introduce nothing after the row.
    let box_ = doc.parent(title)?;
    if !doc.ancestors(anchor).any(|a| a == box_) {
        return None;
    }
    let mut next = element_sibling(ctx, title, true)?;
    // A block that holds the control opens with its intro (a table's, a list's): not one
    // beside it (a radio group's own question).
    for _ in 0..2 {
        if doc.tag(next) != "div" || !doc.ancestors(anchor).any(|a| a == next) {
            break;
        }
        next = *doc
            .children(next)
            .iter()
            .find(|&&c| doc.element(c).is_some())?;
    }
    intro_text(ctx, next, anchor)
}

/// A paragraph's text as an intro: a `<p>` before the control, with nothing to press in it.
fn intro_text(ctx: &Ctx, p: NodeId, anchor: NodeId) -> Option<String> {
    if ctx.doc.tag(p) != "p" || ctx.order[p] > ctx.order[anchor] || contains_control(ctx.doc, p) {
        return None;
    }
    let t = text_of(
        ctx,
        p,
        &TextOpts {
            skip_hidden: true,
            exclude: Skip::NONE,
            max_len: 400,
        },
    );
    Some(clean_display(&t, 400)).filter(|t| !t.is_empty())
}

/// The small row around a state-only control holds a deny verb's participle as a state.
fn row_says_denied(ctx: &Ctx, id: NodeId) -> bool {
    let opts = TextOpts {
        skip_hidden: true,
        exclude: Skip::NONE,
        max_len: 300,
    };
    let mut cur = id;
    for _ in 0..3 {
        // A short part of the row that holds such a word ("Withdrawn on 3 May 2024"), or opens
        // with one before the row's link ("Withdrawn Change": inline text is one chunk).
        if text_chunks(ctx, cur, &opts).iter().any(|c| {
            let words: Vec<&str> = c.split_whitespace().collect();
            words.len() <= 8
                && v::STATE_DENIED().matches(&Words::new(&fold(c)))
                && (part_state(c) == Some(State::Off)
                    || (1..3.min(words.len()))
                        .any(|k| part_state(&words[..k].join(" ")) == Some(State::Off)))
        }) {
            return true;
        }
        match ctx.doc.parent(cur) {
            Some(p) if ctx.size[p] <= 40 && ctx.doc.element(p).is_some() => cur = p,
            _ => break,
        }
    }
    false
}

/// A radio group's question, when the page asks it (its description, or the row's first text,
/// ending in a question mark): it names the group before a heading in the row, which is often
/// a section's title ("Your data") and then stays the section. The options answer it.
fn question(ctx: &Ctx, u: &Unit, chunks: &[String]) -> Option<String> {
    if u.kind != ControlKind::RadioGroup {
        return None;
    }
    let described = u
        .group
        .map(|g| idref_text(ctx, g, "aria-describedby"))
        .filter(|d| !d.is_empty())
        .or_else(|| chunks.iter().find(|c| !is_only_state(c)).cloned())?;
    described
        .trim_end()
        .ends_with(['?', '\u{ff1f}'])
        .then_some(described)
}

/// A row chunk's part that is not the name: None when it only repeats the name or a state
/// word; the tail when it starts with the name (a label with a title and a subtitle).
fn after_name<'c>(chunk: &'c str, name: &str, folded_name: &str) -> Option<&'c str> {
    // The name as a word of its own ("Taal" is not the start of "Taalmaatje"); text of the
    // next element may follow it unspaced ("…AssistentenNicht aktiv").
    if let Some(rest) = chunk
        .strip_prefix(name)
        .filter(|r| !r.starts_with(|c: char| c.is_lowercase()))
    {
        let rest = rest.trim();
        return (!rest.is_empty() && !is_only_state(rest)).then_some(rest);
    }
    (!redundant(chunk, folded_name)).then_some(chunk)
}

fn label_nodes(ctx: &Ctx, id: NodeId) -> Vec<NodeId> {
    let doc = ctx.doc;
    let mut out: Vec<NodeId> = doc
        .attr(id, "id")
        .map(|v| ctx.labels_for(ctx.scope[id], v).to_vec())
        .unwrap_or_default();
    out.extend(doc.ancestors(id).take(6).filter(|&a| doc.tag(a) == "label"));
    out.extend(ctx.idrefs(id, "aria-labelledby"));
    out
}

/// Name of a radio group: its group element, its fieldset legend, or the text above it.
fn group_name(ctx: &Ctx, u: &Unit) -> Option<String> {
    let doc = ctx.doc;
    if let Some(g) = u.group {
        if let Some(n) = own_name(ctx, g, skip(&u.anchors)).filter(|n| !n.is_empty()) {
            // Name from content would be the options' text: use only explicit labels.
            if doc.attr(g, "aria-labelledby").is_some() || doc.attr(g, "aria-label").is_some() {
                return Some(n);
            }
        }
    }
    let fieldset = doc
        .ancestors(u.anchors[0])
        .find(|&a| doc.tag(a) == "fieldset")?;
    if !u
        .anchors
        .iter()
        .all(|&r| doc.ancestors(r).any(|a| a == fieldset))
    {
        return None;
    }
    let legend = doc
        .children(fieldset)
        .iter()
        .copied()
        .find(|&c| doc.tag(c) == "legend")?;
    let t = text_of(
        ctx,
        legend,
        &TextOpts {
            skip_hidden: true,
            exclude: Skip::NONE,
            max_len: 600,
        },
    );
    (!t.is_empty()).then_some(t)
}

/// A combobox's options: the role=option elements of the listbox it controls or owns (marked
/// by aria-selected, else by matching the value it shows), or, when the page has not put the
/// list in the document yet, the value it shows as its one option.
fn combobox_options(ctx: &Ctx, combo: NodeId) -> Vec<ControlOption> {
    let lists: Vec<NodeId> = if role(ctx.doc, combo).as_deref() == Some("listbox") {
        vec![combo]
    } else {
        ctx.idrefs(combo, "aria-controls")
            .into_iter()
            .chain(ctx.idrefs(combo, "aria-owns"))
            .collect()
    };
    options_in(ctx, combo, &lists)
}

/// The role=option elements under `lists`, bounded: a page may point aria-controls at a large
/// part of itself.
fn option_nodes(doc: &Document, lists: &[NodeId]) -> Vec<NodeId> {
    let mut items = Vec::new();
    for &list in lists {
        let mut stack = vec![list];
        let mut seen = 0;
        while let Some(n) = stack.pop() {
            seen += 1;
            if seen > 2_000 {
                break;
            }
            if role(doc, n).as_deref() == Some("option") {
                items.push(n);
            } else {
                stack.extend(doc.children(n).iter().rev());
            }
        }
    }
    items
}

/// A single-select listbox of two options or more that no combobox on the page controls.
fn standalone_listbox(ctx: &Ctx, id: NodeId) -> bool {
    let doc = ctx.doc;
    if doc.attr(id, "aria-multiselectable") == Some("true") || option_nodes(doc, &[id]).len() < 2 {
        return false;
    }
    let Some(own) = doc.attr(id, "id") else {
        return true;
    };
    // Listboxes are few on a page; a combobox that points at this one is looked for only here.
    !ctx.preorder.iter().any(|&n| {
        role(doc, n).as_deref() == Some("combobox")
            && ["aria-controls", "aria-owns"].iter().any(|a| {
                doc.attr(n, a)
                    .is_some_and(|v| v.split_whitespace().any(|x| x == own))
            })
    })
}

fn options_in(ctx: &Ctx, combo: NodeId, lists: &[NodeId]) -> Vec<ControlOption> {
    let doc = ctx.doc;
    let text = |n: NodeId| {
        let t = text_of(
            ctx,
            n,
            &TextOpts {
                skip_hidden: false,
                exclude: Skip::NONE,
                max_len: 300,
            },
        );
        clean_display(&t, 200)
    };
    let shown = text(combo);
    let loc = locator(ctx, combo);
    let items = option_nodes(doc, lists);
    let marked = items
        .iter()
        .any(|&o| doc.attr(o, "aria-selected") == Some("true"));
    let mut out: Vec<ControlOption> = items
        .iter()
        .map(|&o| {
            let label = text(o);
            let selected = if marked {
                doc.attr(o, "aria-selected") == Some("true")
            } else {
                fold(&label) == fold(&shown)
            };
            ControlOption {
                label,
                locator: loc.clone(),
                selected,
            }
        })
        .collect();
    if out.is_empty() && !shown.is_empty() {
        out.push(ControlOption {
            label: shown,
            locator: loc,
            selected: true,
        });
    }
    out
}

fn select_options(doc: &Document, select: NodeId) -> Vec<NodeId> {
    let mut out = Vec::new();
    for &c in doc.children(select) {
        match doc.tag(c) {
            "option" => out.push(c),
            "optgroup" => out.extend(
                doc.children(c)
                    .iter()
                    .copied()
                    .filter(|&o| doc.tag(o) == "option"),
            ),
            _ => {}
        }
    }
    out
}

/// A native checkbox or radio: the live property the probe recorded, else markup.
fn checked(doc: &Document, id: NodeId) -> State {
    match doc.attr(id, "data-unticked-checked") {
        Some("true") => return State::On,
        Some("false") => return State::Off,
        _ => {}
    }
    if doc.element(id).is_some_and(|e| e.has_attr("checked")) {
        return State::On;
    }
    if doc.attr(id, "aria-checked").is_some() {
        return aria_bool(doc.attr(id, "aria-checked")).unwrap_or(State::Unknown);
    }
    if let Some(s) = aria_bool(doc.attr(id, "aria-pressed")) {
        return s; // a segment of a pressed-button row
    }
    if doc.attr(id, "indeterminate").is_some() {
        return State::Mixed;
    }
    State::Off
}

/// An ARIA switch: aria-checked, else the `data-state` Radix writes, else `checked`.
fn switch_state(doc: &Document, id: NodeId) -> State {
    if let Some(s) = aria_bool(doc.attr(id, "aria-checked")) {
        return s;
    }
    match doc
        .attr(id, "data-state")
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("checked" | "on") => return State::On,
        Some("unchecked" | "off") => return State::Off,
        _ => {}
    }
    if let Some(s) = doc.attr(id, "data-unticked-checked") {
        return if s == "true" { State::On } else { State::Off };
    }
    if doc.element(id).is_some_and(|e| e.has_attr("checked")) {
        return State::On;
    }
    State::Unknown
}

fn is_disabled(doc: &Document, id: NodeId) -> bool {
    let e = match doc.element(id) {
        Some(e) => e,
        None => return false,
    };
    e.has_attr("disabled")
        || e.attr("aria-disabled")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"))
        || e.attr("data-unticked-disabled") == Some("true")
        || doc.ancestors(id).any(|a| {
            doc.tag(a) == "fieldset" && doc.element(a).is_some_and(|f| f.has_attr("disabled"))
        })
}

/// Where the control sits: dialogs, tab panels, labelled regions, fieldsets and the headings
/// above it, outermost first. Inside a dialog, the page behind it is not context.
fn is_landmark(doc: &Document, id: NodeId) -> bool {
    matches!(
        doc.tag(id),
        "main" | "footer" | "header" | "nav" | "aside" | "dialog"
    ) || matches!(
        role(doc, id).as_deref(),
        Some(
            "main"
                | "contentinfo"
                | "banner"
                | "navigation"
                | "complementary"
                | "dialog"
                | "alertdialog"
        )
    )
}

/// The header over a table cell: the header cell at its column in the table's first row, when
/// that row is all header cells but its corner and is not the cell's own.
fn column_header(ctx: &Ctx, cell: NodeId) -> Option<String> {
    let doc = ctx.doc;
    let cells = |r: NodeId| -> Vec<NodeId> {
        doc.children(r)
            .iter()
            .copied()
            .filter(|&c| matches!(doc.tag(c), "td" | "th"))
            .collect()
    };
    let row = doc.parent(cell)?;
    let col = cells(row).iter().position(|&c| c == cell)?;
    let table = doc.ancestors(row).find(|&a| doc.tag(a) == "table")?;
    let first = *ctx.preorder[ctx.order[table] as usize..]
        .iter()
        .find(|&&n| doc.tag(n) == "tr")?;
    let header = cells(first);
    // (Its corner may be a plain cell: "<td>Camera</td><th>Cloud</th><th>AI training</th>".)
    (first != row && header.iter().skip(1).all(|&c| doc.tag(c) == "th"))
        .then(|| header.get(col).copied())
        .flatten()
        .filter(|&h| doc.tag(h) == "th")
        .map(|h| {
            text_of(
                ctx,
                h,
                &TextOpts {
                    skip_hidden: true,
                    exclude: Skip::NONE,
                    max_len: 200,
                },
            )
        })
}

fn section_path(ctx: &Ctx, u: &Unit, name: &str) -> Vec<String> {
    let doc = ctx.doc;
    let anchor = u.anchors[0];
    let mut entries: Vec<(u32, String)> = Vec::new();
    let mut dialog_start = 0u32;
    for a in doc.ancestors(anchor) {
        let Some(e) = doc.element(a) else { continue };
        let r = role(doc, a);
        let label = || aria_name(ctx, a);
        let is_dialog =
            e.name == "dialog" || matches!(r.as_deref(), Some("dialog" | "alertdialog"));
        let named = if is_dialog {
            dialog_start = dialog_start.max(ctx.order[a]);
            label()
        } else if matches!(r.as_deref(), Some("tabpanel" | "region" | "group" | "form"))
            || matches!(e.name.as_str(), "section" | "nav" | "aside" | "form")
        {
            label()
        } else if e.name == "fieldset" && u.kind != ControlKind::RadioGroup {
            doc.children(a)
                .iter()
                .copied()
                .find(|&c| doc.tag(c) == "legend")
                .map(|l| {
                    text_of(
                        ctx,
                        l,
                        &TextOpts {
                            skip_hidden: true,
                            exclude: Skip::NONE,
                            max_len: 400,
                        },
                    )
                })
        } else if e.name == "td" {
            // A cell's column header names what the controls of that column do ("Model
            // improvement" over a row per brand or project).
            column_header(ctx, a)
        } else if matches!(e.name.as_str(), "details" | "table") {
            // A details' summary, a table's caption: the title of what they hold.
            let title = if e.name == "table" {
                "caption"
            } else {
                "summary"
            };
            doc.children(a)
                .iter()
                .copied()
                .find(|&c| doc.tag(c) == title)
                .map(|l| {
                    text_of(
                        ctx,
                        l,
                        &TextOpts {
                            skip_hidden: true,
                            exclude: Skip::NONE,
                            max_len: 400,
                        },
                    )
                })
                .or_else(|| (e.name == "table").then(label).flatten())
        } else {
            None
        };
        if let Some(t) = named.filter(|t| !t.is_empty()) {
            entries.push((ctx.order[a], clean_display(&t, 200)));
        }
    }
    // A heading applies only inside its own landmark: the headings of <main> are not the
    // section of a control in the <footer>.
    let landmark = |n: NodeId| doc.ancestors(n).find(|&a| is_landmark(doc, a));
    let own = landmark(anchor);
    // Nor does a heading of a <section> or <article> reach past its end: it titles what the
    // section holds, not the controls after it.
    let sectioning = |n: NodeId| {
        doc.ancestors(n)
            .take_while(|&a| !is_landmark(doc, a))
            .find(|&a| matches!(doc.tag(a), "section" | "article"))
    };
    let inside = |l: NodeId| doc.ancestors(anchor).any(|a| a == l);
    entries.extend(
        u.headings
            .iter()
            .filter(|(h, o, _)| {
                *o >= dialog_start
                    && landmark(*h).is_none_or(|l| Some(l) == own || inside(l))
                    && sectioning(*h).is_none_or(inside)
            })
            .map(|(_, o, t)| (*o, t.clone())),
    );
    crate::sort::sort(&mut entries);
    let fname = fold(name);
    let mut out: Vec<String> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    // A title given twice stands where it is last: a section labelled by a heading inside a
    // <details> ("Options avancées" › "Données d'entraînement") has it after the summary.
    for (_, t) in entries.into_iter().rev() {
        let ft = fold(&t);
        if ft.is_empty() || ft == fname || seen.contains(&ft) {
            continue;
        }
        seen.push(ft);
        out.push(t);
    }
    out.reverse();
    let skip = out.len().saturating_sub(6);
    out.into_iter().skip(skip).collect()
}
