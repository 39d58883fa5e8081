//! Which of a control's headings speak for it: a page's sections, told apart.

use crate::controls::Control;

/// How many of each control's outer headings do not speak for it. A heading about training
/// speaks for the sections under it, but not for one whose sibling section (under the same
/// headings) is itself about training and it is not: a page that gives training a section of
/// its own ("AI crawlers" › "Zone", "Security", "AI crawlers") says its other sections are
/// about other things.
pub(super) fn headings_apart(shown: &[&Control]) -> Vec<usize> {
    use std::collections::{HashMap, HashSet};
    // (Headings are few and repeated: each is read once.)
    let mut said: HashMap<&str, bool> = HashMap::new();
    let trains: Vec<Vec<bool>> = shown
        .iter()
        .map(|c| {
            c.section
                .iter()
                .map(|h| {
                    *said
                        .entry(h.as_str())
                        .or_insert_with(|| crate::classify::names_training(h))
                })
                .collect()
        })
        .collect();
    let key = |path: &[String]| path.join("\u{1f}");
    // The headings under which some section is about training.
    let mut over_training: HashSet<String> = HashSet::new();
    for (c, t) in shown.iter().zip(&trains) {
        for m in (0..c.section.len()).filter(|&m| t[m]) {
            over_training.insert(key(&c.section[..m]));
        }
    }
    shown
        .iter()
        .zip(&trains)
        .map(|(c, t)| {
            (1..c.section.len())
                .rev()
                .find(|&m| {
                    !t[m]
                        && t[..m].iter().any(|&x| x)
                        && over_training.contains(&key(&c.section[..m]))
                })
                .unwrap_or(0)
        })
        .collect()
}
