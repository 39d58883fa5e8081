//! Compiles `lexicon/*.txt` (the words of each language, by role), `messages/*.txt` (Unticked's
//! own sentences, as templates per language) and `catalog/*.json` into one data text,
//! `OUT_DIR/data.txt` (see `src/data.rs`, `lexicon/README.md`, `messages/README.md`): the native
//! build embeds it, the extension ships it beside the Wasm. Validates every rule in
//! `catalog/SCHEMA.md` and the lexicon format; a bad file stops the build with its name and
//! the reason.

use serde_json::{Map, Value};
use std::collections::HashSet;
use std::fmt::Write as _;
use std::{env, fs, path::Path};

const CONCERNS: &[&str] = &[
    "ai-training",
    "ads",
    "ai-feature",
    "personalization",
    "analytics",
    "data-sharing",
    "other",
];
const CONTROLS: &[&str] = &[
    "toggle", "checkbox", "radio", "select", "form", "email", "none",
];
const POLARITIES: &[&str] = &["on-shares", "on-protects", "not-applicable"];
const STATES: &[&str] = &["on", "off", "not-offered", "unknown"];
const KINDS: &[&str] = &[
    "service",
    "regulator",
    "court-filing",
    "press",
    "third-party",
];
const CONFIDENCE: &[&str] = &["official", "code-observed", "reported", "unverified"];

#[allow(dead_code)]
#[path = "src/text.rs"]
mod text;

fn main() {
    println!("cargo:rerun-if-changed=catalog");
    let dir = Path::new("catalog");
    let mut files: Vec<_> = fs::read_dir(dir)
        .expect("catalog/ folder is missing")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut out = lexicon();
    out.push_str(&messages());
    let mut ids = HashSet::new();
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f.display().to_string();
        let text =
            fs::read_to_string(f).unwrap_or_else(|e| fail(&name, &format!("cannot read: {e}")));
        let v: Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| fail(&name, &format!("invalid JSON: {e}")));
        service(&name, &v, &mut ids, &mut out);
    }
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("data.txt");
    fs::write(dest, out).unwrap();
}

fn fail(file: &str, why: &str) -> ! {
    panic!("\n\ncatalog error in {file}: {why}\n\n");
}

fn obj<'a>(file: &str, v: &'a Value, what: &str) -> &'a Map<String, Value> {
    v.as_object()
        .unwrap_or_else(|| fail(file, &format!("{what} must be an object")))
}

fn s<'a>(file: &str, o: &'a Map<String, Value>, key: &str) -> &'a str {
    o.get(key)
        .and_then(Value::as_str)
        .unwrap_or_else(|| fail(file, &format!("\"{key}\" must be a string")))
}

fn opt_s<'a>(file: &str, o: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    match o.get(key) {
        None | Some(Value::Null) => None,
        Some(Value::String(x)) => Some(x),
        _ => fail(file, &format!("\"{key}\" must be a string or null")),
    }
}

fn strs<'a>(file: &str, o: &'a Map<String, Value>, key: &str) -> Vec<&'a str> {
    match o.get(key) {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(a)) => a
            .iter()
            .map(|x| {
                x.as_str()
                    .unwrap_or_else(|| fail(file, &format!("\"{key}\" must hold strings")))
            })
            .collect(),
        _ => fail(file, &format!("\"{key}\" must be a list")),
    }
}

fn one_of(file: &str, what: &str, v: &str, allowed: &[&str]) {
    if !allowed.contains(&v) {
        fail(file, &format!("{what} \"{v}\" is not one of {allowed:?}"));
    }
}

fn date(file: &str, v: &str) {
    let ok = match v.len() {
        7 => {
            v.as_bytes()[4] == b'-'
                && v[..4].parse::<u32>().is_ok()
                && v[5..].parse::<u32>().is_ok_and(|m| (1..=12).contains(&m))
        }
        10 => {
            date(file, &v[..7]);
            v.as_bytes()[7] == b'-' && v[8..].parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
        }
        _ => false,
    };
    if !ok {
        fail(file, &format!("date \"{v}\" is not YYYY-MM-DD or YYYY-MM"));
    }
}

// The catalog is written as data (`OUT_DIR/data.txt`, after the lexicons): one record a line,
// a tag and its fields separated by U+001F, lists inside a field by U+001E. `src/catalog`
// reads it back; the extension ships it beside the Wasm, so facts are data, not code.
const FIELD: char = '\u{1f}';
const ITEM: char = '\u{1e}';

fn lit(v: &str) -> String {
    if v.contains([FIELD, ITEM, '\n', '\r']) {
        panic!("\n\ncatalog error: {v:?} holds a line break or a separator character\n\n");
    }
    v.to_string()
}

fn list(items: &[&str]) -> String {
    items
        .iter()
        .map(|x| lit(x))
        .collect::<Vec<_>>()
        .join(&ITEM.to_string())
}

fn record(out: &mut String, tag: char, fields: &[&str]) {
    out.push(tag);
    for f in fields {
        out.push(FIELD);
        out.push_str(f);
    }
    out.push('\n');
}

fn source_idx(file: &str, o: &Map<String, Value>, key: &str, n: usize) -> String {
    match o.get(key) {
        None | Some(Value::Null) => String::new(),
        Some(Value::Number(x)) => {
            let i = x.as_u64().unwrap_or(u64::MAX) as usize;
            if i >= n {
                fail(
                    file,
                    &format!("\"{key}\" {i} is out of range (there are {n} sources)"),
                );
            }
            i.to_string()
        }
        _ => fail(file, &format!("\"{key}\" must be a source index or null")),
    }
}

fn service(file: &str, v: &Value, ids: &mut HashSet<String>, out: &mut String) {
    let o = obj(file, v, "the file");
    let id = s(file, o, "id");
    let stem = Path::new(file).file_stem().unwrap().to_string_lossy();
    if id != stem {
        fail(
            file,
            &format!("id \"{id}\" must equal the file name \"{stem}\""),
        );
    }
    if !ids.insert(id.to_string()) {
        fail(file, &format!("duplicate id {id}"));
    }
    let hosts = strs(file, o, "hosts");
    if hosts.is_empty() {
        fail(file, "\"hosts\" is empty");
    }
    // The service's own web domains besides its hosts (help centre, legal pages, blog): where
    // a `service` source may live. Checked here, read by tests/catalog_sources.rs; not emitted.
    for d in hosts.iter().chain(strs(file, o, "domains").iter()) {
        let bare = !d.is_empty()
            && d.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-');
        if !bare {
            fail(
                file,
                &format!("\"{d}\" in hosts/domains must be a bare lowercase host name"),
            );
        }
    }
    let settings = o
        .get("settings")
        .and_then(Value::as_array)
        .unwrap_or_else(|| fail(file, "\"settings\" must be a list"));
    record(
        out,
        'S',
        &[&lit(id), &lit(s(file, o, "service")), &list(&hosts)],
    );
    for st in settings {
        setting(file, st, ids, out);
    }
}

fn setting(file: &str, v: &Value, ids: &mut HashSet<String>, out: &mut String) {
    let o = obj(file, v, "a setting");
    let id = s(file, o, "id");
    if !ids.insert(id.to_string()) {
        fail(file, &format!("duplicate setting id {id}"));
    }
    let concern = s(file, o, "concern");
    one_of(file, "concern", concern, CONCERNS);
    let control = s(file, o, "control");
    one_of(file, "control", control, CONTROLS);
    let polarity = s(file, o, "polarity");
    one_of(file, "polarity", polarity, POLARITIES);
    let conf = opt_s(file, o, "label_confidence").unwrap_or("unverified");
    one_of(file, "label_confidence", conf, CONFIDENCE);

    let sources = o
        .get("sources")
        .and_then(Value::as_array)
        .unwrap_or_else(|| fail(file, &format!("{id}: \"sources\" must be a list")));
    if sources.is_empty() {
        fail(file, &format!("{id}: a setting needs at least one source"));
    }
    let n = sources.len();
    let mut src_out = String::new();
    let mut kinds = Vec::new();
    for sv in sources {
        let so = obj(file, sv, "a source");
        let kind = s(file, so, "kind");
        one_of(file, "source kind", kind, KINDS);
        kinds.push(kind);
        let checked = s(file, so, "checked");
        date(file, checked);
        let title = lit(opt_s(file, so, "title").unwrap_or(""));
        record(
            &mut src_out,
            'R',
            &[&lit(s(file, so, "url")), &lit(kind), &title, &lit(checked)],
        );
    }

    let mut matches = Vec::new();
    if let Some(m) = o.get("match") {
        for (lang, phrases) in obj(file, m, "\"match\"") {
            let arr = phrases
                .as_array()
                .unwrap_or_else(|| fail(file, &format!("{id}: match.{lang} must be a list")));
            for p in arr {
                let p = p.as_str().unwrap_or_else(|| {
                    fail(file, &format!("{id}: match.{lang} must hold strings"))
                });
                if p.trim().is_empty() || p.to_lowercase() != p || p.contains('\n') {
                    fail(file, &format!("{id}: match phrase \"{p}\" must be lowercase, on one line and non-empty"));
                }
                // Folded here, once, as the engine folds what it reads (no cache in the Wasm).
                matches.push(text::fold(p));
            }
        }
    }
    if matches.is_empty() {
        fail(file, &format!("{id}: \"match\" has no phrases"));
    }
    // Where each language's wording was read: a source index, or null for a translation no
    // source showed (unverified). Its languages must be the match languages. Not emitted.
    if let Some(ms) = o.get("match_sources") {
        let ms = obj(file, ms, "\"match_sources\"");
        let langs: Vec<&String> = o
            .get("match")
            .and_then(Value::as_object)
            .map(|m| m.keys().collect())
            .unwrap_or_default();
        for lang in ms.keys() {
            if !langs.contains(&lang) {
                fail(
                    file,
                    &format!("{id}: match_sources.{lang} has no match phrases"),
                );
            }
            let key = format!("{id}: match_sources.{lang}");
            let mut probe = Map::new();
            probe.insert(key.clone(), ms[lang].clone());
            source_idx(file, &probe, &key, n);
        }
        if let Some(l) = langs.iter().find(|l| !ms.contains_key(l.as_str())) {
            fail(
                file,
                &format!("{id}: match_sources has no entry for {l} (a source index, or null: unverified)"),
            );
        }
    }

    let mut defaults = String::new();
    for d in o
        .get("defaults")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
    {
        let d = obj(file, d, "a default");
        let state = s(file, d, "state");
        one_of(file, "default state", state, STATES);
        let from = opt_s(file, d, "from");
        let to = opt_s(file, d, "to");
        from.into_iter().chain(to).for_each(|x| date(file, x));
        let regions = list(&strs(file, d, "regions"));
        let src = source_idx(file, d, "source", n);
        let note = lit(opt_s(file, d, "note").unwrap_or(""));
        record(
            &mut defaults,
            'D',
            &[
                &regions,
                &lit(state),
                &lit(from.unwrap_or("")),
                &lit(to.unwrap_or("")),
                &note,
                &src,
            ],
        );
    }

    let mut not_on_page = String::new();
    for x in o
        .get("not_on_page")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
    {
        let x = obj(file, x, "a not_on_page entry");
        let fields = [
            lit(s(file, x, "what")),
            lit(opt_s(file, x, "how").unwrap_or("")),
            lit(opt_s(file, x, "url").unwrap_or("")),
            lit(opt_s(file, x, "steps").unwrap_or("")),
            source_idx(file, x, "source", n),
        ];
        record(
            &mut not_on_page,
            'N',
            &fields.each_ref().map(String::as_str),
        );
    }

    let mut allegations = String::new();
    for x in o
        .get("allegations")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
    {
        let x = obj(file, x, "an allegation");
        let src = source_idx(file, x, "source", n);
        let idx: usize = src
            .parse()
            .unwrap_or_else(|_| fail(file, &format!("{id}: an allegation needs a source")));
        if !matches!(kinds[idx], "court-filing" | "press") {
            fail(
                file,
                &format!(
                    "{id}: an allegation's source must be a court filing or press, not {}",
                    kinds[idx]
                ),
            );
        }
        let text = lit(s(file, x, "text"));
        let response = lit(opt_s(file, x, "response").unwrap_or(""));
        record(&mut allegations, 'A', &[&text, &response, &src]);
    }

    let retro = match o.get("retroactive_opt_out") {
        None | Some(Value::Null) => String::new(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => fail(
            file,
            &format!("{id}: retroactive_opt_out must be true, false or null"),
        ),
    };

    let fields = [
        lit(id),
        lit(s(file, o, "name")),
        list(&strs(file, o, "settings_urls")),
        lit(opt_s(file, o, "path").unwrap_or("")),
        lit(concern),
        lit(control),
        lit(polarity),
        list(&matches.iter().map(String::as_str).collect::<Vec<_>>()),
        lit(conf),
        list(&strs(file, o, "shares")),
        list(&strs(file, o, "excluded")),
        list(&strs(file, o, "recipients")),
        retro,
        lit(opt_s(file, o, "retroactive_note").unwrap_or("")),
        source_idx(file, o, "retroactive_source", n),
        list(&strs(file, o, "notes")),
    ];
    record(out, 'T', &fields.each_ref().map(String::as_str));
    // A setting's sources, defaults, other places and allegations follow it.
    for part in [src_out, defaults, not_on_page, allegations] {
        out.push_str(&part);
    }
}

// ---------------------------------------------------------------- lexicons

/// Roles read per language (polarity and context); every language file must have each.
const LANG_ROLES: &[&str] = &[
    "deny",
    "permit",
    "negator",
    "negator_tail",
    "without",
    "clause_break",
    "complementizer",
    "coordinator",
    "except",
    "on_condition",
    "off_condition",
    "stays",
    "dangerous",
    "verb_shape",
    "function",
];
/// Every other role is about what a control concerns; it is read in all languages at once
/// (pages mix languages) and must be one the classifier knows. In the order of `vocab!` in
/// src/classify/lexicon.rs, which finds each by its place (a test there checks the order).
const TOPIC_ROLES: &[&str] = &[
    "ai_terms",
    "model_terms",
    "train_verbs",
    "not_model_training",
    "teaching",
    "assistant_terms",
    "improve_verbs",
    "feature_terms",
    "use_ai",
    "by_with",
    "on_device",
    "personal_adj",
    "learned",
    "refine",
    "ads_terms",
    "analytics_terms",
    "personal_terms",
    "share_terms",
    "crawler_terms",
    "search_engines",
    "negations",
    "owned_data",
    "owned",
    "data_nouns",
    "articles",
    "ml_first",
    "contribute_verbs",
    "ml_terms",
    "for_preps",
    "into_preps",
    "improve_verb_final",
    "model_work",
    "research",
    "generic_names",
    "use_words",
    "refuse",
    "defer",
    "of",
    "state_on",
    "state_by",
    "state_denied",
    "state_off",
    "copula",
    "subject",
    "action_verb",
    "edit_words",
    "turn_off_words",
    "turn_on_words",
    "trainable",
    "per_each",
    "collect_verbs",
    "notice",
    "programme",
    "only",
    "all",
    "learning",
    "already",
    "data_words",
];
/// Roles read only here, to compose other roles' terms; not shipped.
/// `state_negator`: the word that negates a participle or adjective of the language ("not",
/// "nicht", "non"); each one-word state of that language's file, negated, is the opposite
/// state ("Not included", "nicht einbezogen", "non partagé").
const BUILD_ROLES: &[&str] = &["state_negator"];

/// The lexicons as data lines ("code\trole\tterm|term…"), validated.
fn lexicon() -> String {
    println!("cargo:rerun-if-changed=lexicon");
    let mut files: Vec<_> = fs::read_dir("lexicon")
        .expect("lexicon/ folder is missing")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    // language -> role -> folded terms
    let mut langs: std::collections::BTreeMap<
        String,
        std::collections::BTreeMap<String, Vec<String>>,
    > = Default::default();
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f.display().to_string();
        let stem = f.file_name().unwrap().to_string_lossy().to_string();
        let lang = stem.split('.').next().unwrap().to_string();
        let text = fs::read_to_string(f)
            .unwrap_or_else(|e| lex_fail(&name, 0, &format!("cannot read: {e}")));
        let roles = langs.entry(lang.clone()).or_default();
        let mut role: Option<String> = None;
        for (i, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap().trim();
            if line.is_empty() {
                continue;
            }
            if let Some(r) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                let r = r.trim().to_string();
                let per_lang = LANG_ROLES.contains(&r.as_str());
                if !per_lang
                    && !TOPIC_ROLES.contains(&r.as_str())
                    && !BUILD_ROLES.contains(&r.as_str())
                {
                    lex_fail(&name, i + 1, &format!("unknown role [{r}]"));
                }
                if per_lang && lang == "common" {
                    lex_fail(
                        &name,
                        i + 1,
                        &format!("[{r}] belongs to one language, not common"),
                    );
                }
                role = Some(r);
                continue;
            }
            let Some(r) = &role else {
                lex_fail(&name, i + 1, "a term before any [role]")
            };
            for term in line.split('|').map(str::trim).filter(|t| !t.is_empty()) {
                let folded = if r == "data_words" {
                    let (p, label) = term.split_once('=').unwrap_or_else(|| {
                        lex_fail(&name, i + 1, "data_words entries are `pattern = label`")
                    });
                    format!("{}={}", text::fold(p.trim()), label.trim())
                } else {
                    text::fold(term)
                };
                if folded.contains('|') || folded.is_empty() {
                    lex_fail(&name, i + 1, &format!("bad term {term:?}"));
                }
                // A lexicon holds words and short operators, never a sentence of a page.
                let words = folded
                    .split(' ')
                    .filter(|w| !w.is_empty() && *w != "...")
                    .count();
                if words > 3 && !TOPIC_ROLES.contains(&r.as_str()) {
                    lex_fail(&name, i + 1, &format!("{term:?} has more than three words: a lexicon holds words, not sentences"));
                }
                // Topic words are matched as written (`text::has_phrase`), but for "A ... B" of
                // one word each: a verb that ends its clause, its preposition before it
                // (German and Dutch: "aus … lernen").
                if folded.contains("...")
                    && TOPIC_ROLES.contains(&r.as_str())
                    && !matches!(folded.split(' ').collect::<Vec<_>>()[..], [a, "...", b] if !a.is_empty() && !b.is_empty())
                {
                    lex_fail(
                        &name,
                        i + 1,
                        &format!("{term:?}: a topic term's gap is \"A ... B\", one word each side"),
                    );
                }
                let list = roles.entry(r.clone()).or_default();
                if !list.contains(&folded) {
                    list.push(folded);
                }
            }
        }
    }
    for roles in langs.values_mut() {
        let negators = roles.remove("state_negator").unwrap_or_default();
        let single = |r: &str| -> Vec<String> {
            let terms = roles.get(r).into_iter().flatten();
            terms.filter(|t| !t.contains(' ')).cloned().collect()
        };
        let on = single("state_on");
        let off: Vec<String> = single("state_off")
            .into_iter()
            .chain(single("state_denied"))
            .collect();
        for (from, to) in [(on, "state_off"), (off, "state_on")] {
            let list = roles.entry(to.to_string()).or_default();
            for t in from.iter().filter(|t| !negators.contains(t)) {
                for n in &negators {
                    let negated = format!("{n} {t}");
                    if !list.contains(&negated) {
                        list.push(negated);
                    }
                }
            }
        }
    }
    let mut out = String::new();
    let per_lang: Vec<&String> = langs.keys().filter(|l| *l != "common").collect();
    for l in &per_lang {
        for r in LANG_ROLES {
            // Some languages have no bracket negation ("ne … pas"): the tail may be empty.
            if *r != "negator_tail" && langs[*l].get(*r).is_none_or(|v| v.is_empty()) {
                lex_fail(
                    &format!("lexicon/{l}.txt"),
                    0,
                    &format!("has no [{r}] section"),
                );
            }
        }
    }
    // An operator that folds to one of its language's function words ("pará" → "para", which
    // is "for") would turn ordinary sentences around.
    for l in &per_lang {
        let function = &langs[*l]["function"];
        for r in ["deny", "permit"] {
            if let Some(t) = langs[*l]
                .get(r)
                .into_iter()
                .flatten()
                .find(|t| function.contains(t))
            {
                lex_fail(
                    &format!("lexicon/{l}.txt"),
                    0,
                    &format!("[{r}] {t:?} is also a function word of the language once folded"),
                );
            }
        }
    }
    // One line per (language, role): "code\trole\tterm|term…"; topic roles, read in every
    // language at once, under "*". The native build embeds this text; the extension and the
    // demo ship it beside the Wasm (`pkg/lexicon.txt`) and hand it to the engine at start-up,
    // so the words do not count against the code's size budget.
    for l in &per_lang {
        for r in LANG_ROLES {
            let terms = langs[*l].get(*r).map(|v| v.join("|")).unwrap_or_default();
            writeln!(out, "{l}\t{r}\t{terms}").unwrap();
        }
    }
    for r in TOPIC_ROLES {
        let mut all: Vec<&str> = Vec::new();
        for roles in langs.values() {
            for t in roles.get(*r).into_iter().flatten() {
                if !all.contains(&t.as_str()) {
                    all.push(t);
                }
            }
        }
        if all.is_empty() {
            lex_fail("lexicon/", 0, &format!("no language has [{r}]"));
        }
        writeln!(out, "*\t{r}\t{}", all.join("|")).unwrap();
    }
    out
}

fn lex_fail(file: &str, line: usize, why: &str) -> ! {
    panic!("\n\nlexicon error in {file}:{line}: {why}\n\n");
}

// ---------------------------------------------------------------- messages

/// The languages Unticked speaks (`src/messages.rs` `LANGS`): one `messages/<lang>.txt` each.
const UI_LANGS: &[&str] = &["en", "de", "fr", "es", "pt", "it", "nl"];

/// `messages/<lang>.txt` as data records "M\u{1f}lang\u{1f}key\u{1f}template", validated: one
/// `key = template` a line, keys of lowercase letters, digits, '.', '_', '-' and spaces (the
/// lexicons' data labels: `data.sensor data`), each once,
/// placeholders `{name}` closed. Whether every language has every key with the same
/// placeholders is checked by `tests/messages.rs` (a missing one falls back to English).
fn messages() -> String {
    println!("cargo:rerun-if-changed=messages");
    let mut out = String::new();
    for lang in UI_LANGS {
        let name = format!("messages/{lang}.txt");
        println!("cargo:rerun-if-changed={name}");
        let text = fs::read_to_string(&name)
            .unwrap_or_else(|e| msg_fail(&name, 0, &format!("cannot read: {e}")));
        let mut keys = HashSet::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((key, tpl)) = line.split_once(" = ") else {
                msg_fail(&name, i + 1, "a line is `key = template`")
            };
            let key_ok = !key.is_empty()
                && key.bytes().all(|b| {
                    b.is_ascii_lowercase()
                        || b.is_ascii_digit()
                        || matches!(b, b'.' | b'_' | b'-' | b' ')
                });
            if !key_ok {
                msg_fail(&name, i + 1, &format!("bad key {key:?}"));
            }
            if !keys.insert(key) {
                msg_fail(&name, i + 1, &format!("{key} appears twice"));
            }
            if tpl.trim().is_empty() || tpl.contains([FIELD, ITEM, '\t']) {
                msg_fail(
                    &name,
                    i + 1,
                    &format!("{key}: empty, or a tab or separator character"),
                );
            }
            let mut rest = tpl;
            while let Some(at) = rest.find('{') {
                let after = &rest[at + 1..];
                let end = after.find('}').unwrap_or_else(|| {
                    msg_fail(&name, i + 1, &format!("{key}: a '{{' without its '}}'"))
                });
                if !after[..end]
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'_')
                {
                    msg_fail(
                        &name,
                        i + 1,
                        &format!("{key}: bad placeholder {{{}}}", &after[..end]),
                    );
                }
                rest = &after[end + 1..];
            }
            record(&mut out, 'M', &[lang, key, tpl]);
        }
    }
    out
}

fn msg_fail(file: &str, line: usize, why: &str) -> ! {
    panic!("\n\nmessages error in {file}:{line}: {why}\n\n");
}
