//! Words in order, split into clauses, and the operator phrases of a language found among
//! them. Polarity and evidence read text this way; topic rules use the sorted `Words` index.

use super::lexicon::{is_word_char, languages, Language, Words};
use std::sync::OnceLock;

/// A word of a folded text and the clause it stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok<'a> {
    pub word: &'a str,
    pub clause: usize,
    /// Inside parentheses or brackets: an aside, whose operators are its own.
    pub aside: bool,
    /// Its place among all the words of the text.
    pub index: usize,
}

/// English clitics stay on their word ("don't", "won't"); any other apostrophe elides
/// ("n'utilisez" → "n'" "utilisez", "l'ia" → "l'" "ia").
const CLITICS: &[&str] = &["t", "s", "re", "ve", "ll", "d", "m"];

/// Words of a folded text in order. Punctuation that ends a clause (, ; . ! ? ( ) [ ] | • and a
/// dash between spaces) starts a new clause; a colon does not ("Disable: AI training").
/// Hyphens stay inside words ("opt-out", "ki-training").
pub fn tokenize(t: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let (mut clause, mut newest, mut outer) = (0, 0, Vec::new());
    let b = t.as_bytes();
    let mut i = 0;
    while i < t.len() {
        let c = t[i..].chars().next().unwrap();
        let len = c.len_utf8();
        if is_word_char(c) {
            let start = i;
            let mut j = i + len;
            while let Some(d) = t[j..].chars().next() {
                let inner =
                    (d == '-' || d == '\'') && t[j + 1..].chars().next().is_some_and(is_word_char);
                if is_word_char(d) {
                    j += d.len_utf8();
                } else if inner && d == '\'' {
                    // Split an elision after its apostrophe; keep English clitics.
                    let rest_end = t[j + 1..]
                        .find(|x: char| !is_word_char(x))
                        .map_or(t.len(), |k| j + 1 + k);
                    if CLITICS
                        .iter()
                        .any(|c| c.eq_ignore_ascii_case(&t[j + 1..rest_end]))
                    {
                        j = rest_end;
                    } else {
                        out.push(Tok {
                            word: &t[start..j + 1],
                            clause,
                            aside: !outer.is_empty(),
                            index: out.len(),
                        });
                        i = j + 1;
                        break;
                    }
                } else if inner {
                    j += 1;
                } else if d == '\''
                    && t[j + 1..].chars().next().is_none_or(|x| x == ' ')
                    && j - start <= 4
                {
                    // An elided article at the end ("fuori dall'", "l' IA"): keep its apostrophe.
                    j += 1;
                    break;
                } else {
                    break;
                }
            }
            if i <= start {
                out.push(Tok {
                    word: &t[start..j],
                    clause,
                    aside: !outer.is_empty(),
                    index: out.len(),
                });
                i = j;
            }
            continue;
        }
        let spaced_dash = c == '-' && i > 0 && b[i - 1] == b' ' && b.get(i + 1) == Some(&b' ');
        // Sentence punctuation ends a clause before a space or the end ("robots.txt", "1,000"
        // do not).
        let ends =
            matches!(c, ',' | ';' | '.' | '!' | '?') && b.get(i + 1).is_none_or(|&n| n == b' ');
        // A parenthesis is an aside: its words are a clause of their own, and the sentence
        // resumes after it in the clause it left ("Me opongo al uso de mis datos (pulso,
        // sueño) para entrenar la IA" is one clause with an aside in it).
        if matches!(c, '(' | '[') {
            outer.push(clause);
            newest += 1;
            clause = newest;
        } else if let (')' | ']', Some(o)) = (c, outer.last()) {
            clause = *o;
            outer.pop();
        } else if (ends || matches!(c, ')' | ']' | '|' | '•' | '\n') || spaced_dash)
            && out.last().is_some_and(|l: &Tok| l.clause == clause)
        {
            newest += 1;
            clause = newest;
        }
        i += len;
    }
    out
}

/// One word of a pattern: exact, or a prefix (`deaktivier*`).
#[derive(Debug)]
struct Pat {
    word: &'static str,
    prefix: bool,
}

impl Pat {
    fn matches(&self, w: &str) -> bool {
        if self.prefix {
            w.starts_with(self.word)
        } else {
            w == self.word
        }
    }
}

/// A lexicon entry: one phrase, or two phrases with words between them ("ne ... pas").
#[derive(Debug)]
pub struct Entry {
    parts: Vec<Vec<Pat>>,
}

fn entry(text: &'static str) -> Entry {
    let parts = text
        .split("...")
        .map(|p| {
            tokenize(p)
                .into_iter()
                .map(|t| {
                    // A '*' ends the term's last word (tokenize drops it).
                    let at = t.word.as_ptr() as usize - p.as_ptr() as usize + t.word.len();
                    Pat {
                        word: t.word,
                        prefix: p[at..].starts_with('*'),
                    }
                })
                .collect::<Vec<_>>()
        })
        .filter(|p| !p.is_empty())
        .collect();
    Entry { parts }
}

/// The roles an operator plays, in the order that breaks ties between equally long matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Deny,
    Negator,
    NegatorTail,
    Without,
    Except,
    OnCondition,
    OffCondition,
    Permit,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Deny => "deny",
            Role::Negator | Role::NegatorTail => "negation",
            Role::Without => "without",
            Role::Except => "exception",
            Role::OnCondition => "when-on",
            Role::OffCondition => "when-off",
            Role::Permit => "permit",
        }
    }
}

/// A language's operator entries, compiled once.
pub struct Ops {
    pub roles: Vec<(Role, Vec<Entry>)>,
    /// The entries by their first word: the whole first words, sorted, and for each the
    /// (role index, entry index) of the entries it starts; entries whose first word is a prefix
    /// apart. A clause looks up its own few words instead of testing a thousand entries.
    firsts: Vec<&'static str>,
    by_first: Vec<Vec<(u16, u16)>>,
    by_prefix: Vec<(u16, u16)>,
    /// Entries numbered role by role: where each role's start, and how many in all.
    base: Vec<usize>,
    total: usize,
    pub breaks: Vec<Entry>,
    /// "that", "dass", "que": a negated clause before one governs the clause it opens.
    pub complementizers: Vec<&'static str>,
    /// "and", "und", "et": before a negator, a clause of its own begins.
    pub coordinators: Vec<&'static str>,
    /// Sorted, for binary search: every token of every text is looked up here.
    pub function: Vec<&'static str>,
}

/// Could `folded` hold a deny operator of some language? Its words against the first words of
/// every language's deny entries: a cheap gate before reading it in its language.
pub fn may_deny(folded: &str) -> bool {
    static FIRSTS: OnceLock<(Vec<&'static str>, Vec<&'static str>)> = OnceLock::new();
    let (whole, prefixes) = FIRSTS.get_or_init(|| {
        let (mut whole, mut prefixes) = (Vec::new(), Vec::new());
        for l in 0..super::lexicon::languages().len() {
            for (role, entries) in &ops(l).roles {
                for e in entries.iter().filter(|_| *role == Role::Deny) {
                    let first = &e.parts[0][0];
                    match first.prefix {
                        true => prefixes.push(first.word),
                        false => whole.push(first.word),
                    }
                }
            }
        }
        crate::sort::sort(&mut whole);
        whole.dedup();
        (whole, prefixes)
    });
    tokenize(folded).iter().any(|t| {
        whole.binary_search(&t.word).is_ok() || prefixes.iter().any(|p| t.word.starts_with(p))
    })
}

/// A '|'-joined lexicon list as entries.
fn list(s: &'static str) -> Vec<Entry> {
    s.split('|')
        .filter(|t| !t.is_empty())
        .map(entry)
        .filter(|e| !e.parts.is_empty())
        .collect()
}

/// One list whose entries all count as `Role::Deny`, for lists matched the way operators are
/// (phrases, prefixes, split words), like `[dangerous]`.
pub fn compile_one(terms: &'static str) -> Ops {
    indexed(Ops {
        roles: vec![(Role::Deny, list(terms))],
        firsts: Vec::new(),
        base: Vec::new(),
        total: 0,
        by_first: Vec::new(),
        by_prefix: Vec::new(),
        breaks: Vec::new(),
        complementizers: Vec::new(),
        coordinators: Vec::new(),
        function: Vec::new(),
    })
}

/// `ops` with its first-word index built (in the lexicon's order within each word).
fn indexed(mut ops: Ops) -> Ops {
    let whole = |e: &Entry| (!e.parts[0][0].prefix).then_some(e.parts[0][0].word);
    let mut firsts: Vec<&'static str> = ops
        .roles
        .iter()
        .flat_map(|(_, entries)| entries.iter().filter_map(whole))
        .collect();
    crate::sort::sort(&mut firsts);
    firsts.dedup();
    let mut by_first = vec![Vec::new(); firsts.len()];
    for (r, (_, entries)) in ops.roles.iter().enumerate() {
        for (k, e) in entries.iter().enumerate() {
            match whole(e).and_then(|w| firsts.binary_search(&w).ok()) {
                Some(i) => by_first[i].push((r as u16, k as u16)),
                None => ops.by_prefix.push((r as u16, k as u16)),
            }
        }
    }
    ops.firsts = firsts;
    ops.by_first = by_first;
    for (_, entries) in &ops.roles {
        ops.base.push(ops.total);
        ops.total += entries.len();
    }
    ops
}

fn compile(l: &'static Language) -> Ops {
    indexed(Ops {
        firsts: Vec::new(),
        base: Vec::new(),
        total: 0,
        by_first: Vec::new(),
        by_prefix: Vec::new(),
        roles: vec![
            (Role::Deny, list(l.deny)),
            (Role::Negator, list(l.negator)),
            (Role::NegatorTail, list(l.negator_tail)),
            (Role::Without, list(l.without)),
            (Role::Except, list(l.except)),
            (Role::OnCondition, list(l.on_condition)),
            (Role::OffCondition, list(l.off_condition)),
            (Role::Permit, list(l.permit)),
        ],
        breaks: list(l.clause_break),
        complementizers: l
            .complementizer
            .split('|')
            .filter(|t| !t.is_empty())
            .collect(),
        coordinators: l.coordinator.split('|').filter(|t| !t.is_empty()).collect(),
        function: {
            let mut f: Vec<&str> = l.function.split('|').filter(|t| !t.is_empty()).collect();
            crate::sort::sort(&mut f);
            f
        },
    })
}

pub fn ops(lang: usize) -> &'static Ops {
    static ALL: OnceLock<Vec<Ops>> = OnceLock::new();
    &ALL.get_or_init(|| languages().iter().map(compile).collect())[lang]
}

/// Where a phrase of `pats` matches the words starting at `i`, its length.
fn phrase_at(words: &[Tok], i: usize, pats: &[Pat]) -> Option<usize> {
    (i + pats.len() <= words.len() && pats.iter().zip(&words[i..]).all(|(p, w)| p.matches(w.word)))
        .then_some(pats.len())
}

/// Every place an entry matches in `words` (one clause), as the word indices it covers.
fn find(words: &[Tok], e: &Entry) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    for i in 0..words.len() {
        let Some(n) = phrase_at(words, i, &e.parts[0]) else {
            continue;
        };
        let mut at: Vec<usize> = (i..i + n).collect();
        if let Some(second) = e.parts.get(1) {
            let Some((j, m)) =
                (i + n..words.len()).find_map(|j| phrase_at(words, j, second).map(|m| (j, m)))
            else {
                continue;
            };
            at.extend(j..j + m);
        }
        out.push(at);
    }
    out
}

/// An operator found in a clause.
#[derive(Debug, Clone)]
pub struct Found {
    pub role: Role,
    /// Word indices within the clause (first is where it starts).
    pub at: Vec<usize>,
}

/// The operators of one language in one clause, longest first, never two on the same word.
pub fn operators(words: &[Tok], ops: &Ops) -> Vec<Found> {
    // The clause's words, sorted: an entry whose first word is not among them is skipped
    // without scanning the clause (a language has about a thousand entries).
    let present = Words {
        text: "",
        sorted: {
            let mut w: Vec<&str> = words.iter().map(|t| t.word).collect();
            crate::sort::sort(&mut w);
            w.dedup();
            w
        },
    };
    // And their first two bytes, hashed to 64 bits: one bit test rules out most prefix entries
    // before a binary search.
    let starts = present.sorted.iter().fold(0, |s, w| s | start_bit(w));
    // The entries that can match: those whose first word is one of the clause's, and the
    // prefix entries one of its words starts with; tried in the lexicon's order (role, then
    // entry), which one bit per entry, numbered role by role, keeps without sorting.
    let base = &ops.base;
    let mut marked = vec![0u64; ops.total.div_ceil(64)];
    let mut mark = |r: u16, k: u16| {
        let i = base[r as usize] + k as usize;
        marked[i / 64] |= 1 << (i % 64);
    };
    for w in &present.sorted {
        if let Ok(i) = ops.firsts.binary_search(w) {
            ops.by_first[i].iter().for_each(|&(r, k)| mark(r, k));
        }
    }
    for &(r, k) in &ops.by_prefix {
        let first = &ops.roles[r as usize].1[k as usize].parts[0][0];
        // A prefix of two bytes or more starts as the words it matches do.
        let bit = start_bit(first.word);
        if (bit == 0 || starts & bit != 0) && present.has_word(first.word, true) {
            mark(r, k);
        }
    }
    let mut all: Vec<Found> = Vec::new();
    for (wi, &word) in marked.iter().enumerate() {
        let mut bits = word;
        while bits != 0 {
            let i = wi * 64 + bits.trailing_zeros() as usize;
            bits &= bits - 1;
            let r = base.partition_point(|&b| b <= i) - 1;
            let (role, entries) = &ops.roles[r];
            for at in find(words, &entries[i - base[r]]) {
                all.push(Found { role: *role, at });
            }
        }
    }
    // Longest first; then the role order above.
    crate::sort::sort_by(&mut all, |a, b| {
        let key = |f: &Found| (std::cmp::Reverse(f.at.len()), f.role as u8);
        key(a).cmp(&key(b)).then_with(|| a.at.cmp(&b.at))
    });
    let mut taken = vec![false; words.len()];
    let mut kept = Vec::new();
    for f in all {
        if f.at.iter().all(|&i| !taken[i]) {
            f.at.iter().for_each(|&i| taken[i] = true);
            kept.push(f);
        }
    }
    // Kept operators cover different words: no two start at the same one.
    crate::sort::sort_by_key(&mut kept, |f| f.at[0]);
    kept
}

/// A bit for a word's first two bytes (none for a shorter word).
fn start_bit(w: &str) -> u64 {
    match w.as_bytes() {
        [a, b, ..] => 1 << ((u32::from(*a) * 31 + u32::from(*b)) % 64),
        _ => 0,
    }
}

/// Split words into clauses, also at the language's contrast words ("but", "sondern", "mais").
pub fn clauses<'a>(toks: &[Tok<'a>], breaks: &[&Ops]) -> Vec<Vec<Tok<'a>>> {
    let mut out: Vec<Vec<Tok>> = Vec::new();
    // (tokenizer clause, its group in `out`): a clause resumed after an aside joins its group.
    let mut group: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let c = toks[i].clause;
        let at = group.iter().position(|&(k, _)| k == c);
        let coordinated_negation = i + 1 < toks.len()
            && breaks.iter().any(|o| {
                o.coordinators.contains(&toks[i].word)
                    && o.roles
                        .iter()
                        .filter(|(r, _)| matches!(r, Role::Negator | Role::NegatorTail))
                        .flat_map(|(_, es)| es)
                        .any(|e| phrase_at(toks, i + 1, &e.parts[0]).is_some())
            });
        let coordinator = coordinated_negation.then_some(1);
        if let Some(n) = coordinator.or_else(|| {
            breaks
                .iter()
                .flat_map(|o| o.breaks.iter())
                .find_map(|e| phrase_at(toks, i, &e.parts[0]))
        }) {
            out.push(Vec::new());
            match at {
                Some(a) => group[a].1 = out.len() - 1,
                None => group.push((c, out.len() - 1)),
            }
            i += n;
            continue;
        }
        let g = match at {
            Some(a) => group[a].1,
            None => {
                out.push(Vec::new());
                group.push((c, out.len() - 1));
                out.len() - 1
            }
        };
        out[g].push(toks[i]);
        i += 1;
    }
    out.retain(|c| !c.is_empty());
    out
}

pub fn join(words: &[Tok]) -> String {
    words.iter().map(|t| t.word).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        tokenize(t).into_iter().map(|t| t.word).collect()
    }

    #[test]
    fn tokens_keep_hyphens_and_clitics_and_split_elisions() {
        assert_eq!(
            words("don't use my data for ki-training"),
            ["don't", "use", "my", "data", "for", "ki-training"]
        );
        assert_eq!(
            words("n'utilisez pas l'ia"),
            ["n'", "utilisez", "pas", "l'", "ia"]
        );
        assert_eq!(
            words("opt-out: model training"),
            ["opt-out", "model", "training"]
        );
    }

    #[test]
    fn clauses_end_at_punctuation_not_at_colons() {
        let t = tokenize("use for ai training, not for ads - ok: yes");
        let c: Vec<usize> = t.iter().map(|t| t.clause).collect();
        assert_eq!(c, [0, 0, 0, 0, 1, 1, 1, 2, 2]);
        let t = tokenize("use my data (heart rate, sleep) to train ai. ok");
        let c: Vec<usize> = t.iter().map(|t| t.clause).collect();
        assert_eq!(c, [0, 0, 0, 1, 1, 2, 0, 0, 0, 3]);
        let groups: Vec<usize> = clauses(&t, &[]).iter().map(Vec::len).collect();
        assert_eq!(groups, [6, 2, 1, 1]);
    }
}
