//! Which wording decides which way a control works, and how the rest must agree with it: the
//! name when it speaks of the use or has operators of its own; else help text that says what
//! ON does ("When on, we won't…"); else a heading, which may say what its controls are about
//! but not, by a negation of its own, which way a bare "Allow" goes.

use super::polarity::{self, Polarity};
use super::topic::{self, Source};
use crate::text::fold;

/// A control's wording, as on the page and folded.
pub struct Wording<'a> {
    pub name: &'a str,
    pub description: &'a str,
    pub n: &'a str,
    pub d: &'a str,
    pub section: &'a [String],
}

/// The reading that decides, the text its marks point into (as on the page), what else it was
/// read with (for the "Why:" line: a `crate::messages` key and its value, or ""), and the
/// heading when a heading decided the concern.
pub fn decide<'a>(
    source: Source,
    w: Wording<'a>,
    lang: Option<usize>,
    name_reading: Polarity,
) -> (Polarity, &'a str, (&'static str, String), Option<String>) {
    let is_use = |c: &str| topic::mentions_training(c);
    let described = polarity::described(w.d, lang, &is_use);
    match source {
        Source::Name => {
            let mut p = polarity::read(w.n, lang, &is_use);
            match described {
                // A bare topic ("AI training") whose help text says what ON does.
                Some((true, certain)) if p.flips == 0 => {
                    p.inverted = true;
                    if !certain {
                        p = p.doubt("doubt.help_only");
                    }
                }
                Some((inv, true)) if inv != p.inverted => p = p.doubt("doubt.disagree"),
                // A name with no operator and no verb that permits, trains or improves
                // ("Instruct AI bot traffic with robots.txt"), whose help text negates the use
                // ("… telling them not to use your content to train models", or "Disallow rules
                // that ask crawlers not to use…", where two denials say one thing): which way
                // ON goes is not said.
                None if p.flips == 0
                    && !p.marks.iter().any(|m| m.1 == "permit" || m.1 == "use")
                    && polarity::read(w.d, lang, &is_use).flips > 0 =>
                {
                    p = p.doubt("doubt.help_negates")
                }
                _ => {}
            }
            (p, w.name, ("", String::new()), None)
        }
        Source::Description => {
            let in_help = polarity::read(w.d, lang, &is_use);
            let mut p = name_reading;
            match described {
                Some((inv, certain)) if p.flips == 0 => {
                    p.inverted = inv;
                    if !certain {
                        p = p.doubt("doubt.help_only");
                    }
                }
                Some((inv, true)) if inv != p.inverted => p = p.doubt("doubt.disagree"),
                None if p.flips == 0 && in_help.flips > 0 => p = p.doubt("doubt.help_negates"),
                _ => {}
            }
            let shown = super::evidence::words_of(w.description, &in_help.marks);
            let topic_words: Vec<String> = shown
                .iter()
                .filter(|x| x.role == "use" || x.role == "ai")
                .map(|x| format!("'{}'", x.text))
                .collect();
            (p, w.name, ("why.help_text", topic_words.join(" ")), None)
        }
        Source::Section => {
            // The heading that speaks of training, else one with a bare "training" word under
            // a heading about AI ("KI-Empfehlungsmodell" › "Diese Daten dürfen zum Training…"),
            // else the nearest: the Why line always names one.
            let mut heading = w
                .section
                .iter()
                .rev()
                .find(|h| topic::mentions_training(&fold(h)))
                .or_else(|| {
                    w.section
                        .iter()
                        .rev()
                        .find(|h| topic::names_training(&fold(h)))
                })
                .or(w.section.last())
                .cloned()
                .unwrap_or_default();
            // The nearest heading, when it is the one that speaks of training or names a
            // bare "training" under it ("Content excluded from training").
            let nearest = w.section.last().map(|h| fold(h)).unwrap_or_default();
            let under = polarity::read(&nearest, lang, &|_| true);
            // Only a heading's own act, not a sentence's: an intro sentence's "without" or
            // "never" is about something else ("…sent without your address to train…").
            // A column of a word or two that denies ("Excluded", "Ausgeschlossen") is the rows'
            // answer to the heading over the table: its act, like a heading's.
            let heading_acts = under.flips > 0
                && (nearest.split(' ').count() <= 2
                    || (nearest.split(' ').count() <= 6 && topic::names_training(&nearest)));
            // A name with no operator of its own: only words of what it is about.
            let bare = name_reading.flips == 0
                && name_reading
                    .marks
                    .iter()
                    .all(|m| matches!(m.1, "ai" | "use" | "data"));
            let mut p = name_reading;
            // A section's intro sentence that says what ON (or OFF) does ("When you turn one on,
            // that data stops being used to train our models") decides a bare name's way.
            let said = polarity::described(&nearest, lang, &is_use).filter(|_| bare);
            if let Some((inverted, certain)) = said {
                p.inverted = inverted;
                if !certain {
                    p = p.doubt("doubt.help_only");
                }
                heading = w.section.last().cloned().unwrap_or_default();
            } else if bare && heading_acts {
                // A bare kind of data under a heading that keeps things out of training
                // ("Exclude from AI training" › "Attachments"): the heading's act on it.
                p = under;
                heading = w.section.last().cloned().unwrap_or_default();
            } else if p.flips == 0
                && (polarity::read(&fold(&heading), lang, &is_use).flips > 0 || heading_acts)
            {
                p = p.doubt("doubt.heading_negates");
            }
            (p, w.name, ("why.under", heading.clone()), Some(heading))
        }
    }
}
