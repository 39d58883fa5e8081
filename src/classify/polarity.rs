//! Which way a control works: does switching it ON let the data be used, or protect it?
//!
//! Composed, not matched: the text is split into clauses; the clause that speaks of the use
//! (AI training) is read with its language's operators, and every operator that denies
//! ("Disable", "Block", "Protect … from", "Opt out"), negates ("not", "nicht", "ne … pas",
//! "no" in Spanish but not in Portuguese) or says "without" flips it once: "Don't disable…"
//! permits again. An operator in another clause that has a subject of its own negates that
//! ("… für KI-Training nutzen, nicht für Werbung"). Anything the rules cannot settle — an
//! exception ("unless"), an operator standing apart, clauses that disagree, a language the
//! words read both ways in — makes the reading uncertain rather than a guess.

use super::lexicon::languages;
use super::words::{clauses, join, operators, ops, tokenize, Found, Ops, Role, Tok};

#[derive(Debug, Clone, PartialEq)]
pub struct Polarity {
    /// ON protects (the use happens when the control is off).
    pub inverted: bool,
    pub certain: bool,
    /// Operators that deny, negate or say "without", in the clause(s) of the use.
    pub flips: usize,
    /// Words that decided, as (index among the text's words, role).
    pub marks: Vec<(usize, &'static str)>,
    /// Why it is uncertain: a key of `crate::messages` ("doubt.…"), said in the UI language.
    pub doubt: Option<&'static str>,
}

impl Polarity {
    fn plain() -> Self {
        Polarity {
            inverted: false,
            certain: true,
            flips: 0,
            marks: Vec::new(),
            doubt: None,
        }
    }

    pub fn doubt(mut self, why: &'static str) -> Self {
        self.certain = false;
        self.doubt.get_or_insert(why);
        self
    }
}

fn flips(role: Role) -> bool {
    matches!(
        role,
        Role::Deny | Role::Negator | Role::NegatorTail | Role::Without
    )
}

/// Read `text` (folded) in language `lang`; `is_use` says whether a clause speaks of the use.
/// In an unknown language every language is tried, and those that find operators must agree.
pub fn read(text: &str, lang: Option<usize>, is_use: &dyn Fn(&str) -> bool) -> Polarity {
    // "Object to legitimate interest — AI model training", "Opor-se ao interesse legítimo
    // (treino de modelos de IA)": an act, then what it is about, as after a colon.
    if let Some(titled) = titled(text, lang, is_use) {
        return read(&titled, lang, is_use);
    }
    // "Objection: do not use my photos…": a title before a colon names what follows; when
    // what follows has operators of its own, they decide (the title repeats them). Without
    // any ("Disable: AI training"), the title's operators govern.
    // Only the first colon: what follows is read as it is (splitting again at every colon made
    // a label of many colons cost quadratic time and as deep a recursion; found by fuzzing).
    if let Some((head, tail)) = text.split_once(':') {
        let mut t = read_whole(tail, lang, is_use);
        if t.flips > 0 && is_use(tail) {
            let shift = tokenize(head).len();
            t.marks.iter_mut().for_each(|m| m.0 += shift);
            return t;
        }
    }
    read_whole(text, lang, is_use)
}

/// "Head — what it is about" or "Head (what it is about)" as "Head: what it is about", when
/// only the second part speaks of the use (and the bracket, which would otherwise govern only
/// itself, has no operator of its own).
fn titled(text: &str, lang: Option<usize>, is_use: &dyn Fn(&str) -> bool) -> Option<String> {
    // Folded text has straightened dashes: " - " (a hyphen between spaces, not a compound).
    let (head, tail) = match [" — ", " – ", " - "]
        .iter()
        .find_map(|d| text.split_once(d))
    {
        Some(parts) => parts,
        None => {
            let inner = text.trim_end().strip_suffix(')')?;
            let (head, aside) = inner.rsplit_once('(')?;
            if aside.contains(['(', ')']) || read_whole(aside, lang, is_use).flips > 0 {
                return None;
            }
            (head, aside)
        }
    };
    let (head, tail) = (head.trim(), tail.trim());
    (!head.is_empty() && !head.contains(':') && !is_use(head) && is_use(tail))
        .then(|| format!("{head}: {tail}"))
}

/// `text` as one, in `lang`, or in every language when it is not known (they must agree).
fn read_whole(text: &str, lang: Option<usize>, is_use: &dyn Fn(&str) -> bool) -> Polarity {
    if let Some(l) = lang {
        return read_in(text, l, is_use);
    }
    let readings: Vec<Polarity> = (0..languages().len())
        .map(|l| read_in(text, l, is_use))
        .collect();
    // The languages that find an operator in the text vote; they must agree.
    let voters: Vec<&Polarity> = readings
        .iter()
        .filter(|r| {
            r.marks
                .iter()
                .any(|m| !matches!(m.1, "ai" | "use" | "data"))
        })
        .collect();
    let Some(first) = voters.first() else {
        return readings.into_iter().next().unwrap_or_else(Polarity::plain);
    };
    let out = (*first).clone();
    if voters.iter().any(|r| r.inverted != first.inverted) {
        return out.doubt("doubt.no_language");
    }
    out
}

fn read_in(text: &str, l: usize, is_use: &dyn Fn(&str) -> bool) -> Polarity {
    let o = ops(l);
    let toks = tokenize(text);
    let parts = clauses(&toks, &[o]);
    let mut uses: Vec<usize> = (0..parts.len())
        .filter(|&i| is_use(&join(&parts[i])))
        .collect();
    // An aside that names the use again ("… la fouille de textes et de données (TDM)") does
    // not read the use a second time when the sentence around it does.
    if uses.iter().any(|&i| !parts[i][0].aside) {
        uses.retain(|&i| !parts[i][0].aside);
    }
    // No clause alone speaks of the use: the whole text is read as one, but for its asides
    // ("… (never linked to my name)"), whose operators govern only themselves.
    let whole: Vec<Tok> = toks.iter().filter(|t| !t.aside).copied().collect();
    let whole = if uses.is_empty() {
        contrast_part(&whole, &parts).unwrap_or(whole)
    } else {
        whole
    };
    let groups: Vec<&[Tok]> = if uses.is_empty() {
        vec![&whole[..]]
    } else {
        uses.iter().map(|&i| &parts[i][..]).collect()
    };
    let mut p = Polarity::plain();
    let mut parities = Vec::new();
    // "Ich möchte nicht, dass meine Fotos … genutzt werden": a negated clause right before a
    // use clause that opens with "that/dass/que" governs it.
    // "I object to my posts, photos and messages being used…": the commas of a list split the
    // sentence; the use clause goes on a list whose first item stands in the clause of the
    // operator. Returns the first clause that governs `u` (the ones between are its items).
    let governs = |u: usize| -> Option<usize> {
        let before = u.checked_sub(1).filter(|b| !uses.contains(b))?;
        if parts[u]
            .first()
            .is_some_and(|t| o.complementizers.contains(&t.word))
        {
            return Some(before);
        }
        // The list's last item: a few words, then "and"/"or", before any operator or use word.
        let c = &parts[u];
        let k = c.iter().position(|t| o.coordinators.contains(&t.word))?;
        let first_op = operators(c, o).first().map_or(usize::MAX, |f| f.at[0]);
        if k > 3
            || first_op < k
            || c[..k]
                .iter()
                .any(|t| matches!(super::topic::topic_role(t.word), Some("use" | "ai")))
        {
            return None;
        }
        // Back over the items (a few words each, no operator) to the clause with the operator;
        // an Oxford comma ("…, and messages") needs one item between.
        let mut v = before;
        loop {
            if uses.contains(&v) {
                return None;
            }
            if !operators(&parts[v], o).is_empty() {
                return (k > 0 || v < before).then_some(v);
            }
            if parts[v].len() > 3 || v == 0 {
                return None;
            }
            v -= 1;
        }
    };
    let mut governed: Vec<usize> = Vec::new();
    for (gi, g) in groups.iter().enumerate() {
        let mut n = 0;
        let mut negated = false;
        let mut found = operators(g, o);
        let mut words: Vec<Tok> = g.to_vec();
        // The clause's own words; a governing clause's are added after them.
        let own = words.len();
        // "Entrenar con las sugerencias que rechazo": a short relative clause after the use
        // that names no use of its own qualifies a noun (the suggestions rejected), so its
        // denial does not act on the use ("… che non sono autorizzati a usare …" says more).
        let role = |t: &Tok| super::topic::topic_role(t.word);
        let relative = g
            .iter()
            .position(|t| o.complementizers.contains(&t.word))
            .filter(|&k| {
                g.len() <= k + 4
                    && g[..k].iter().any(|t| role(t) == Some("use"))
                    && g[k..].iter().all(|t| role(t).is_none_or(|r| r == "data"))
            })
            .map_or(0..0, |k| k + 1..g.len());
        if let Some((u, v)) = uses.get(gi).and_then(|&u| Some((u, governs(u)?))) {
            let before: Vec<Tok> = parts[v..u].iter().flatten().copied().collect();
            let extra = operators(&before, o);
            if extra.iter().any(|f| flips(f.role)) {
                governed.extend(v..u);
                let k = words.len();
                words.extend(before.iter().copied());
                found.extend(extra.into_iter().map(|f| Found {
                    at: f.at.iter().map(|i| i + k).collect(),
                    ..f
                }));
            }
        }
        let g = &words[..];
        // In text order (`operators` sorts them so; a governing clause's come after).
        let mut deny_end: Option<usize> = None;
        for f in &found {
            let qualifies = relative.contains(&f.at[0]);
            // A denial in a relative clause before the use (see `relative_before`).
            let in_relative = (f.role == Role::Deny)
                .then(|| relative_before(g, f, &found, o))
                .flatten();
            match f.role {
                _ if qualifies => {}
                // "encargos no urgentes", "projets non urgents": a negation between a noun and
                // the clause's last word, neither of them a use, AI or operator (nor the last
                // data), negates only that word ("Opposizione: non presentata" negates the act).
                Role::Negator
                    if f.at.len() == 1
                        && f.at[0] > 0
                        && f.at[0] + 2 == own
                        && role(&g[own - 1]).is_none()
                        && role(&g[f.at[0] - 1]).is_none_or(|r| r == "data")
                        && ![f.at[0] - 1, own - 1]
                            .iter()
                            .any(|k| found.iter().any(|x| x.at.contains(k))) =>
                {
                    continue
                }
                Role::Negator => negated = true,
                // "ne … pas", "no … nunca": the second half does not negate again.
                Role::NegatorTail if negated => continue,
                Role::Except => p = p.doubt("doubt.exception"),
                // "Keep recordings from voice rooms to improve …": a split denial whose last
                // word is followed by a kind of data says where the data comes from, not
                // what it is kept from.
                Role::Deny if names_a_source(g, f) || in_relative == Some(true) => continue,
                Role::Deny if in_relative.is_some() => p = p.doubt("doubt.describes"),
                // "Allow us to train our models on your blocking history", "… sur la liste des
                // sites bloqués": a permit acts on the use after it; one denying word later,
                // with no use after it, describes what the use is on (its data), unless the
                // language puts its verb there ("Einwilligung … widerrufen").
                Role::Deny
                    if f.at.len() == 1
                        && f.at[0] < own
                        && !verb_stands_late(g[f.at[0]].word, l)
                        && found
                            .iter()
                            .any(|x| x.role == Role::Permit && x.at[0] < f.at[0])
                        && g[..f.at[0]].iter().any(|t| role(t) == Some("use"))
                        && !g[f.at[0]..own].iter().any(|t| role(t) == Some("use")) =>
                {
                    continue
                }
                // "URLs bloqueadas", "Blocked sites" under a heading that names the use: with
                // no use or AI of its own, a denial's participle beside a noun may describe
                // the data (the blocked URLs) or say the use was denied: not known.
                Role::Deny
                    if !g.iter().any(|t| matches!(role(t), Some("use" | "ai")))
                        && g.len() > 1
                        && f.at.len() == 1
                        && participle(g[f.at[0]].word) =>
                {
                    p = p.doubt("doubt.describes")
                }
                // "Include without personal data" (an option, the use said elsewhere): with no
                // use in its clause, "without" qualifies the data, not the use ("Train models
                // without my photos" keeps them out of it).
                // A denial right after it is what it negates ("Sin oposición registrada").
                Role::Without
                    if !g.iter().any(|t| {
                        matches!(super::topic::topic_role(t.word), Some("use" | "ai"))
                    }) && !found
                        .iter()
                        .any(|x| x.role == Role::Deny && x.at[0] == f.at[f.at.len() - 1] + 1) =>
                {
                    continue
                }
                _ => {}
            }
            // "Block and disable…", "noai and noimageai": denials joined by "and" are one
            // act on the use, so they flip it once.
            let joined = f.role == Role::Deny
                && deny_end.is_some_and(|e| {
                    e + 1 < f.at[0]
                        && g[e + 1..f.at[0]]
                            .iter()
                            .all(|t| o.coordinators.contains(&t.word))
                });
            if f.role == Role::Deny {
                deny_end = f.at.last().copied();
            }
            // "… que aceita ou rejeita", "allow or block": a permit and a denial joined by a
            // coordinator name a choice, not an act on the use; neither flips.
            let between = |a: &Found, b: &Found| {
                let (end, start) = (a.at[a.at.len() - 1], b.at[0]);
                end + 1 < start
                    && g[end + 1..start]
                        .iter()
                        .all(|t| o.coordinators.contains(&t.word))
            };
            let choice = f.role == Role::Deny
                && found
                    .iter()
                    .any(|x| x.role == Role::Permit && (between(x, f) || between(f, x)));
            if flips(f.role) && !joined && !choice && !qualifies {
                n += 1;
            }
            p.marks
                .extend(f.at.iter().map(|&k| (g[k].index, f.role.as_str())));
        }
        let topic: Vec<(usize, &'static str)> = g
            .iter()
            .enumerate()
            .filter_map(|(k, t)| super::topic::topic_role(t.word).map(|r| (k, r)))
            .collect();
        p.marks.extend(topic.iter().map(|&(k, r)| (g[k].index, r)));
        // The use said twice with an operator between ("Exclude … from model training … will
        // not receive … for training"): which one the operator governs is not clear.
        let uses_at: Vec<usize> = topic.iter().filter(|t| t.1 == "use").map(|t| t.0).collect();
        if let (Some(&first), Some(&last)) = (uses_at.first(), uses_at.last()) {
            let apart = uses_at.windows(2).any(|w| w[1] > w[0] + 2);
            let between = found
                .iter()
                .any(|f| flips(f.role) && f.at[0] > first && f.at[0] < last);
            if apart && between {
                p = p.doubt("doubt.twice");
            }
        }
        if n >= 3 {
            p = p.doubt("doubt.negations");
        }
        if found.is_empty() && unknown_verb(g, l) {
            p = p.doubt("doubt.unknown_verb");
        }
        p.flips += n;
        parities.push(n % 2 == 1);
    }
    p.inverted = parities.first().copied().unwrap_or(false);
    if parities.iter().any(|&x| x != p.inverted) {
        p = p.doubt("doubt.both_ways");
    }
    // An operator that stands apart from the use with nothing of its own to govern
    // ("Disable, if you wish, AI training"): it may govern the use; we cannot tell.
    if !uses.is_empty() {
        for (i, c) in parts
            .iter()
            .enumerate()
            .filter(|(i, _)| !uses.contains(i) && !governed.contains(i))
        {
            let found = operators(c, o);
            let covered: Vec<usize> = found
                .iter()
                .filter(|f| flips(f.role))
                .flat_map(|f| f.at.clone())
                .collect();
            let bare = c.iter().enumerate().all(|(k, t)| {
                covered.contains(&k)
                    || o.function.binary_search(&t.word).is_ok()
                    || t.word.chars().count() < 3
            });
            if !covered.is_empty() && bare && i < *uses.last().unwrap_or(&0) {
                p = p.doubt("doubt.apart");
            }
        }
    }
    p
}

/// A clause with no operator the lexicon knows may still have a verb it lacks, and that verb
/// may deny ("AI-crawlers weren…", to keep out): a word no role knows, standing where the
/// language puts its verb and shaped like one (`[verb_shape]` of `lexicon/<lang>.txt`).
fn unknown_verb(g: &[Tok], l: usize) -> bool {
    let o = ops(l);
    let function = |k: usize| o.function.binary_search(&g[k].word).is_ok();
    let unknown = |k: usize| {
        g[k].word.chars().count() > 3
            && !function(k)
            && super::topic::topic_role(g[k].word).is_none()
    };
    let shapes = languages()[l].verb_shape.split('|');
    // After an article, a preposition or an inflected adjective stands a noun.
    let nominal = |w: &str| {
        shapes
            .clone()
            .filter_map(|s| s.strip_prefix('!'))
            .any(|s| s.strip_prefix('*').map_or(w == s, |end| w.ends_with(end)))
    };
    // A verb late in the clause (German, Dutch), not after a function word or a noun's
    // article, and no object of a use ("Verbeter aanbevelingen": a verb's object, not a verb).
    let late = |k: usize| {
        verb_stands_late(g[k].word, l)
            && !function(k - 1)
            && !nominal(g[k - 1].word)
            && super::topic::topic_role(g[k - 1].word) != Some("use")
            && unknown(k)
    };
    // Or the first word, shaped like the language's imperative or infinitive.
    let first = |s: &str| match s.strip_prefix("* ") {
        Some(next) => g[1].word == next && unknown(0),
        None => s
            .strip_prefix('*')
            .is_some_and(|end| g[0].word.ends_with(end) && unknown(0)),
    };
    g.len() > 1 && ((1..g.len()).any(late) || shapes.clone().any(first))
}

/// "Meine Übungsdaten nicht in der Bestenliste zeigen, aber für das Training … nutzen": no
/// clause alone speaks of the use, but a contrast word ("but", "aber", "mais"; `clauses` drops
/// it) parts the text, and only one part has training or improving words. That part is the
/// predicate about the use; the other part's operators govern their own verb.
fn contrast_part<'a>(whole: &[Tok<'a>], parts: &[Vec<Tok<'a>>]) -> Option<Vec<Tok<'a>>> {
    let kept: Vec<usize> = parts.iter().flatten().map(|t| t.index).collect();
    let segments: Vec<&[Tok]> = whole
        .split(|t| !kept.contains(&t.index))
        .filter(|s| !s.is_empty())
        .collect();
    let speaks = |s: &[Tok]| {
        s.iter()
            .any(|t| super::topic::topic_role(t.word) == Some("use"))
    };
    match segments.iter().filter(|s| speaks(s)).collect::<Vec<_>>()[..] {
        [one] if segments.len() > 1 => Some(one.to_vec()),
        _ => None,
    }
}

/// A split operator ("keep … from") whose last word is followed by data (in the next two
/// words past articles: "from group calls", not "from AI training"), and whose parts do not
/// hold the use there ("keep AI training off my posts" keeps it off them).
fn names_a_source(g: &[Tok], f: &Found) -> bool {
    let end = f.at[f.at.len() - 1];
    let first = |s: &[Tok]| {
        s.iter()
            .filter(|t| !super::lexicon::v::ARTICLES().has(t.word))
            .take(2)
            .find_map(|t| super::topic::topic_role(t.word))
    };
    end - f.at[0] >= f.at.len()
        && !matches!(first(&g[f.at[0] + 1..end]), Some("use" | "ai"))
        && first(&g[end + 1..]) == Some("data")
}

/// "… as páginas em que você bloqueia elementos manualmente são usadas para treinar": a denial
/// just after a "that/que" in mid-clause may be a relative clause's verb, which qualifies a
/// noun, not the use: Some(true) when it has an object of its own (two or more words before
/// the next operator or use); Some(false) when a permit, the sentence's own verb, follows
/// closely (English leaves the object out: "the pages that you block by hand are used to
/// train"), so it may be; None when not.
fn relative_before(g: &[Tok], f: &Found, found: &[Found], o: &Ops) -> Option<bool> {
    let (start, end) = (f.at[0], f.at[f.at.len() - 1]);
    if !(start.saturating_sub(3)..start).any(|k| k > 0 && o.complementizers.contains(&g[k].word)) {
        return None;
    }
    let mut own = 0;
    for (i, t) in g.iter().enumerate().skip(end + 1) {
        let op = found.iter().find(|x| x.at[0] == i);
        if op.is_some() || super::topic::topic_role(t.word) == Some("use") {
            return (own >= 2)
                .then_some(true)
                .or(op.filter(|x| x.role == Role::Permit).map(|_| false));
        }
        own += usize::from(!o.function.contains(&t.word));
    }
    None
}

/// Could `w`, after the clause's first word, be its verb in language `l`? (`[verb_shape]`'s
/// "... *end": German and Dutch put the verb last.)
fn verb_stands_late(w: &str, l: usize) -> bool {
    languages()[l]
        .verb_shape
        .split('|')
        .filter_map(|s| s.strip_prefix("... *"))
        .any(|end| w.ends_with(end))
}

/// A denial's participle, as a state word, in the singular or (Romance) the plural: "blocked",
/// "bloqueadas", "bloqués".
fn participle(w: &str) -> bool {
    let v = super::lexicon::v::STATE_DENIED();
    v.has(w) || w.strip_suffix('s').is_some_and(|s| v.has(s))
}

/// Does `text` (folded) hold a negation of language `l` ("not", "nicht", "ne … pas")?
/// "Without" negates too when the use follows it ("… sans entraînement de modèle"), not when
/// something else does ("without your name").
pub fn negates_in(text: &str, l: usize) -> bool {
    let toks = tokenize(text);
    operators(&toks, ops(l)).iter().any(|f| match f.role {
        Role::Negator | Role::NegatorTail => true,
        Role::Without => toks
            .iter()
            .skip(f.at[f.at.len() - 1] + 1)
            .take(2)
            .any(|t| super::topic::topic_role(t.word) == Some("use")),
        _ => false,
    })
}

/// What help text says the control does when ON, if it says so in a sentence about the use:
/// "When on, we won't use your chats for training" (ON protects). Returns (inverted, certain).
pub fn described(
    description: &str,
    lang: Option<usize>,
    is_use: &dyn Fn(&str) -> bool,
) -> Option<(bool, bool)> {
    let l = lang?;
    let o = ops(l);
    for sentence in description
        .split(['.', '!', '?', ';'])
        .filter(|s| !s.trim().is_empty())
    {
        let toks = tokenize(sentence);
        let found = operators(&toks, o);
        let on = found.iter().any(|f| f.role == Role::OnCondition);
        let off = found.iter().any(|f| f.role == Role::OffCondition);
        if on == off {
            continue;
        }
        let p = read_in(sentence, l, is_use);
        // About the use: it speaks of training, or it negates a use of the data ("we won't use
        // your data"); "when off, we only process it to answer" says nothing of training.
        if is_use(sentence) || (p.flips > 0 && !super::topic::data_named(sentence).is_empty()) {
            return Some((p.inverted != off, p.certain));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::lexicon::language_index;
    use crate::text::fold;

    fn inverted(text: &str, lang: &str) -> (bool, bool) {
        let p = read(&fold(text), language_index(lang), &|c| {
            super::super::topic::mentions_training(c)
        });
        (p.inverted, p.certain)
    }

    #[test]
    fn help_text_says_what_on_or_off_does_with_an_absolute_construction() {
        // "With X off, …": the languages' with + noun + participle, in wording of no test page.
        let on_protects = |text: &str, lang: &str| {
            described(&fold(text), language_index(lang), &|c| {
                super::super::topic::mentions_training(c)
            })
            .map(|(inverted, _)| inverted)
        };
        for (text, lang, want) in [
            ("With history sync disabled, your transcripts may help train our AI models.", "en", true),
            ("With history sync enabled, your transcripts help train our AI models.", "en", false),
            ("Con la copia de seguridad desactivada, tus notas pueden servir para entrenar la IA.", "es", true),
            ("Mit deaktiviertem Privatmodus werden deine Notizen für das Training unserer KI genutzt.", "de", true),
            ("Con la modalità riservata attivata, non usiamo i tuoi appunti per addestrare i modelli di IA.", "it", true),
            ("Avec la protection activée, vos notes ne servent pas à entraîner nos modèles d'IA.", "fr", true),
            ("Met de privémodus uitgeschakeld kunnen je notities worden gebruikt om onze AI-modellen te trainen.", "nl", true),
            ("Com o modo reservado desativado, as suas notas podem ser usadas para treinar modelos de IA.", "pt", true),
        ] {
            assert_eq!(on_protects(text, lang), Some(want), "{text}");
        }
    }

    #[test]
    fn operators_compose() {
        assert_eq!(
            inverted("Disable AI training on my notes", "en"),
            (true, true)
        );
        assert_eq!(
            inverted("Don't disable AI training on my notes", "en"),
            (false, true)
        );
        assert_eq!(inverted("Use my data to train AI", "en"), (false, true));
        assert_eq!(
            inverted("No entrenar modelos de IA con mis datos", "es"),
            (true, true)
        );
        assert_eq!(
            inverted("No bloquear el entrenamiento de IA", "es"),
            (false, true)
        );
        // Portuguese "no" is "in the".
        assert_eq!(
            inverted("Usar o meu chat de voz no treinamento da IA", "pt"),
            (false, true)
        );
        assert_eq!(
            inverted("Ne pas utiliser mes données pour entraîner l'IA", "fr"),
            (true, true)
        );
        assert_eq!(
            inverted("KI-Training mit meinen Daten deaktivieren", "de"),
            (true, true)
        );
    }

    #[test]
    fn the_commas_of_a_list_do_not_part_the_operator_from_the_use() {
        for (text, lang, want) in [
            ("I object to my recordings, notes and photos being used to train AI models", "en", true),
            ("I object to my recordings, notes, and photos being used to train AI models", "en", true),
            ("Je m'oppose à ce que mes notes, photos et vidéos soient utilisées pour entraîner l'IA", "fr", true),
            ("Ich widerspreche, dass meine Notizen, Fotos und Videos für KI-Training genutzt werden", "de", true),
            ("No usar mis notas, fotos o vídeos para entrenar modelos de IA", "es", true),
            ("Usar mis notas, fotos y vídeos para entrenar modelos de IA", "es", false),
        ] {
            assert_eq!(inverted(text, lang), (want, true), "{text}");
        }
        // A clause with a subject of its own after "and" is not a list item.
        assert_ne!(
            inverted("Turn off sync, and we use your notes to train AI", "en"),
            (true, true)
        );
    }

    #[test]
    fn without_flips_the_use_it_governs_not_data_it_qualifies() {
        // An answer with no use in it ("Include without personal data") still includes.
        assert_eq!(inverted("Incluir sem dados pessoais", "pt"), (false, true));
        assert_eq!(
            inverted("Include without personal details", "en"),
            (false, true)
        );
        // With the use in its clause, "without" keeps the data out of it.
        assert_eq!(
            inverted("Treinar os modelos sem as minhas fotos", "pt"),
            (true, true)
        );
        assert_eq!(inverted("AI training without my notes", "en"), (true, true));
    }

    #[test]
    fn a_short_relative_clause_after_the_use_qualifies_a_noun() {
        for (text, lang, inv) in [
            ("Train on the code that I reject", "en", false),
            (
                "Entraîner le modèle avec les corrections que je refuse",
                "fr",
                false,
            ),
            (
                "Addestrare il modello con le risposte che blocco",
                "it",
                false,
            ),
            ("Don't train on the code that I reject", "en", true),
            // A longer clause says more than which noun: it is read as before.
            (
                "Train on code that you never want to be used for anything",
                "en",
                true,
            ),
        ] {
            assert_eq!(inverted(text, lang), (inv, true), "{text}");
        }
    }

    #[test]
    fn negation_of_something_else_does_not_flip() {
        assert_eq!(
            inverted(
                "Meine Daten für KI-Training nutzen, nicht für Werbung",
                "de"
            ),
            (false, true)
        );
        assert_eq!(
            inverted(
                "Use my chats to improve our AI models, not for advertising",
                "en"
            ),
            (false, true)
        );
    }

    #[test]
    fn a_contrast_word_parts_a_negation_from_the_use() {
        // No clause alone names the person's data and the training; the part after "but"
        // holds the training words, so the negation before it governs its own verb.
        assert_eq!(
            inverted(
                "Keine Fahrten in der Rangliste anzeigen, aber zum Anlernen der Routenerkennung verwenden",
                "de"
            ),
            (false, true)
        );
        assert_eq!(
            inverted(
                "Ne pas afficher mes trajets publiquement, mais les utiliser pour entraîner la reconnaissance",
                "fr"
            ),
            (false, true)
        );
        // Without the contrast word the negation governs the whole.
        assert_eq!(
            inverted(
                "Keine Fahrten zum Anlernen der Routenerkennung verwenden",
                "de"
            ),
            (true, true)
        );
    }

    #[test]
    fn an_aside_that_names_the_use_again_does_not_vote() {
        assert_eq!(
            inverted(
                "Je m'oppose à l'entraînement de modèles d'IA (apprentissage automatique) sur mes textes",
                "fr"
            ),
            (true, true)
        );
    }

    #[test]
    fn objecting_with_a_pronominal_adverb() {
        // "dagegen sein / etwas dagegen haben" objects; "nichts dagegen" is a double negation.
        assert_eq!(
            inverted(
                "Ich bin dagegen, dass meine Notizen für das KI-Training verwendet werden",
                "de"
            ),
            (true, true)
        );
        assert_eq!(
            inverted(
                "Ich habe nichts dagegen, dass meine Notizen für das KI-Training verwendet werden",
                "de"
            ),
            (false, true)
        );
        assert_eq!(
            inverted(
                "Ik heb er niets op tegen dat mijn notities voor AI-training worden gebruikt",
                "nl"
            ),
            (false, true)
        );
        // "Widerspruch gegen": "gegen" is not a second objection.
        assert_eq!(
            inverted("Widerspruch gegen das KI-Training mit meinen Notizen", "de"),
            (true, true)
        );
    }

    #[test]
    fn what_cannot_be_settled_is_uncertain() {
        assert!(
            !inverted(
                "Use my data to train AI models unless I am in a private workspace",
                "en"
            )
            .1
        );
    }
}
