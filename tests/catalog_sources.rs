//! The catalog's sources are of the kind they say (catalog/SCHEMA.md, "Sources"): a `service`
//! page is on the service's own domains, `press` is not, a `court-filing` is a court or docket
//! page, a `regulator` page is a regulator's, and nothing is a script bundle or a topic index.
//! The fact-check (../shared/research/catalog-factcheck.md) found each of these mistakes once
//! (a news write-up labelled a court filing, a tag page cited as an article, a JavaScript
//! bundle, a personal blog labelled press); these checks keep them from coming back. Also: a
//! default or retroactivity claim that rests on press or a third party says so, every default
//! has a source, every AI-training setting says where each language's wording was read, and no
//! source was left unchecked for long while others were refreshed.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::path::Path;

/// Courts and dockets (a `court-filing` must be one of these, or a subdomain).
const COURTS: &[&str] = &[
    "courtlistener.com",
    "uscourts.gov",
    "supremecourt.gov",
    "dockets.justia.com",
    "curia.europa.eu",
    "bailii.org",
    "canlii.org",
];

/// Regulators and public authorities (a `regulator` source must be one of these, or a
/// subdomain). Add the authority when a new one is cited.
const REGULATORS: &[&str] = &[
    "ico.org.uk",
    "dataprotection.ie",
    "edpb.europa.eu",
    "edps.europa.eu",
    "cnil.fr",
    "autoriteitpersoonsgegevens.nl",
    "pcpd.org.hk",
    "priv.gc.ca",
    "ftc.gov",
    "garanteprivacy.it",
    "aepd.es",
    "bfdi.bund.de",
    "datatilsynet.no",
    "imy.se",
    "oaic.gov.au",
    "ppc.go.jp",
    "cnpd.pt",
    "oag.ca.gov",
    "cppa.ca.gov",
];

/// Hosts where anyone can publish (blogs, forums, social posts, code hosting, AI-written
/// digests): never `press`, and never a `service` page of anyone but their own operator.
const SELF_PUBLISHED: &[&str] = &[
    "blogspot.com",
    "medium.com",
    "substack.com",
    "github.com",
    "githubusercontent.com",
    "github.io",
    "reddit.com",
    "lemon8-app.com",
    "vercel.app",
    "pages.dev",
    "lynicis.dev",
    "tumblr.com",
    "wordpress.com",
    "quora.com",
    "x.com",
    "twitter.com",
    "facebook.com",
    "linkedin.com",
    "youtube.com",
    "particle.news",
];

fn host(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let h = rest.split(['/', '?', '#']).next().unwrap_or("");
    h.rsplit('@')
        .next()
        .unwrap_or("")
        .split(':')
        .next()
        .unwrap_or("")
        .trim_start_matches("www.")
        .to_ascii_lowercase()
}

fn under(h: &str, domain: &str) -> bool {
    h == domain || h.ends_with(&format!(".{domain}"))
}

/// An archived copy (web.archive.org/web/<time>/<url>) is read as the page it archived.
fn unwrap_archive(url: &str) -> &str {
    if host(url) == "web.archive.org" {
        if let Some(i) = url.find("/http") {
            return &url[i + 1..];
        }
    }
    url
}

/// A script, style sheet or build artefact: not a page anyone wrote for readers.
fn is_bundle(url: &str) -> bool {
    let path = url
        .split(['?', '#'])
        .next()
        .unwrap_or(url)
        .to_ascii_lowercase();
    [".js", ".mjs", ".css", ".map", ".wasm"]
        .iter()
        .any(|x| path.ends_with(x))
        || path.contains("/_next/static/")
        || path.contains("/static/chunks/")
}

/// A site's front page or a one-word section or tag page (theverge.com/tumblr): an index of
/// articles, not an article.
fn is_index(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let (before_q, query) = match rest.split_once('?') {
        Some((b, q)) => (b, q),
        None => (rest, ""),
    };
    if !query.is_empty() {
        return false;
    }
    let segs: Vec<&str> = before_q
        .split('#')
        .next()
        .unwrap_or("")
        .split('/')
        .skip(1)
        .filter(|s| !s.is_empty())
        .collect();
    match segs.as_slice() {
        [] => true,
        [one] => {
            one.chars().all(|c| c.is_ascii_alphabetic() || c == '_') && !one.contains(['-', '.'])
        }
        _ => false,
    }
}

struct Src {
    file: String,
    setting: String,
    i: usize,
    url: String,
    kind: String,
    title: String,
}

fn catalog() -> Vec<(String, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalog");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                serde_json::from_str(&text).unwrap(),
            )
        })
        .collect()
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Every problem with one source's kind, as sentences.
fn kind_problems(own: &[String], s: &Src) -> Vec<String> {
    let mut out = Vec::new();
    let url = unwrap_archive(&s.url);
    let h = host(url);
    let own_page = own.iter().any(|d| under(&h, d.trim_start_matches("www.")));
    let public = SELF_PUBLISHED.iter().any(|d| under(&h, d));
    if !s.url.starts_with("https://") && !s.url.starts_with("http://") {
        out.push("is not a web address".into());
    }
    if is_bundle(url) {
        out.push("is a script or build file, not a page".into());
    }
    match s.kind.as_str() {
        "service" => {
            if !own_page {
                out.push(format!(
                    "is labelled service but {h} is not one of the service's domains {own:?} (add the domain to \"domains\" if it is the service's own)"
                ));
            }
        }
        "press" => {
            if own_page {
                out.push(format!(
                    "is labelled press but {h} is the service's own domain (kind service)"
                ));
            }
            if public {
                out.push(format!(
                    "is labelled press but {h} is a site anyone can publish on (kind third-party)"
                ));
            }
            if is_index(url) {
                out.push("is a front page or a topic index, not an article".into());
            }
        }
        "third-party" => {
            if own_page {
                out.push(format!(
                    "is labelled third-party but {h} is the service's own domain (kind service)"
                ));
            }
            if is_index(url) {
                out.push("is a front page or a topic index, not a page about the claim".into());
            }
        }
        "court-filing" => {
            if !COURTS.iter().any(|d| under(&h, d)) {
                out.push(format!(
                    "is labelled court-filing but {h} is not a court or docket site (a news write-up of a case is press)"
                ));
            }
        }
        "regulator" => {
            if !REGULATORS.iter().any(|d| under(&h, d)) {
                out.push(format!(
                    "is labelled regulator but {h} is not a listed regulator (a report of a regulator's words is press or third-party)"
                ));
            }
        }
        k => out.push(format!("has the unknown kind {k}")),
    }
    out
}

fn sources_of(file: &str, st: &Value) -> Vec<Src> {
    st["sources"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .map(|(i, s)| Src {
            file: file.into(),
            setting: st["id"].as_str().unwrap().into(),
            i,
            url: s["url"].as_str().unwrap_or("").into(),
            kind: s["kind"].as_str().unwrap_or("").into(),
            title: s["title"].as_str().unwrap_or("").into(),
        })
        .collect()
}

#[test]
fn every_source_is_of_the_kind_it_says() {
    let mut wrong = Vec::new();
    let mut n = 0;
    for (file, svc) in catalog() {
        let mut own = strs(&svc["hosts"]);
        own.extend(strs(&svc["domains"]));
        for st in svc["settings"].as_array().unwrap() {
            for s in sources_of(&file, st) {
                n += 1;
                for p in kind_problems(&own, &s) {
                    wrong.push(format!(
                        "{} {} source {} ({}) {p}",
                        s.file, s.setting, s.i, s.url
                    ));
                }
                if s.title.trim().is_empty() {
                    wrong.push(format!(
                        "{} {} source {} has no title",
                        s.file, s.setting, s.i
                    ));
                }
            }
        }
    }
    assert!(n > 150, "only {n} sources");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The checks catch each mistake the fact-check found (so they are not vacuous).
#[test]
fn the_kind_checks_catch_the_mistakes_found_before() {
    let own = vec!["linkedin.com".to_string()];
    let src = |url: &str, kind: &str| Src {
        file: "x.json".into(),
        setting: "x".into(),
        i: 0,
        url: url.into(),
        kind: kind.into(),
        title: "t".into(),
    };
    for (url, kind) in [
        // A news write-up labelled a court filing.
        (
            "https://classaction.org/news/linkedin-exposed-premium-members-inmail-messages",
            "court-filing",
        ),
        // A topic index cited as an article.
        ("https://www.theverge.com/tumblr", "press"),
        // A JavaScript bundle.
        (
            "https://cdn.grok.com/_next/static/chunks/376vlecp-jky0.js",
            "third-party",
        ),
        // A personal blog labelled press.
        (
            "https://someone.blogspot.com/2024/02/more-control.html",
            "press",
        ),
        // A service page that is not the service's.
        ("https://help.x.com/en/using-x/about-grok", "service"),
        // The service's own page labelled press.
        (
            "https://www.linkedin.com/help/linkedin/answer/a6278444",
            "press",
        ),
        // A regulator's words reached through a consultancy's page.
        (
            "https://privacy-web.nl/en/nieuws/ap-laatste-kans",
            "regulator",
        ),
    ] {
        assert!(
            !kind_problems(&own, &src(url, kind)).is_empty(),
            "{kind} {url} should be refused"
        );
    }
    for (url, kind) in [
        (
            "https://www.linkedin.com/help/linkedin/answer/a6278444",
            "service",
        ),
        (
            "https://web.archive.org/web/20260928235916/https://www.linkedin.com/legal",
            "service",
        ),
        (
            "https://www.courtlistener.com/docket/69553536/de-la-torre-v-linkedin-corp/",
            "court-filing",
        ),
        (
            "https://cy.ico.org.uk/about-the-ico/media-centre/news-and-blogs/2024/09/x",
            "regulator",
        ),
        (
            "https://techmonitor.ai/ai-and-automation/linkedin-legal-challenge",
            "press",
        ),
        ("https://ultimasnoticias.info/?p=32385", "press"),
    ] {
        let p = kind_problems(&own, &src(url, kind));
        assert!(p.is_empty(), "{kind} {url}: {p:?}");
    }
}

/// Words a note uses to say its claim rests on press or a third party, not the service.
fn says_secondhand(note: &str) -> bool {
    let n = note.to_lowercase();
    [
        "press",
        "reported",
        "third part",
        "third-part",
        "not stated",
        "according to",
        "news",
        "not the service",
        "not found",
    ]
    .iter()
    .any(|w| n.contains(w))
}

/// Each default and retroactivity claim rests on a source; where that source is press or a
/// third party rather than the service or a regulator, the claim's note says so.
#[test]
fn claims_rest_on_the_right_kind_or_say_so() {
    let mut wrong = Vec::new();
    for (file, svc) in catalog() {
        for st in svc["settings"].as_array().unwrap() {
            let id = st["id"].as_str().unwrap();
            let kinds: Vec<String> = sources_of(&file, st).into_iter().map(|s| s.kind).collect();
            let firsthand = |i: &Value| {
                i.as_u64()
                    .and_then(|i| kinds.get(i as usize))
                    .is_some_and(|k| k == "service" || k == "regulator")
            };
            for (j, d) in st["defaults"].as_array().into_iter().flatten().enumerate() {
                if d["source"].is_null() {
                    wrong.push(format!("{file} {id} default {j} has no source"));
                } else if !firsthand(&d["source"])
                    && !says_secondhand(d["note"].as_str().unwrap_or(""))
                {
                    wrong.push(format!(
                        "{file} {id} default {j} rests on a {} source; its note must say so (e.g. \"reported by the press\")",
                        kinds[d["source"].as_u64().unwrap() as usize]
                    ));
                }
            }
            let retro = &st["retroactive_opt_out"];
            if !retro.is_null() {
                let src = &st["retroactive_source"];
                if src.is_null() {
                    wrong.push(format!("{file} {id} states retroactivity without a source"));
                } else if !firsthand(src)
                    && !says_secondhand(st["retroactive_note"].as_str().unwrap_or(""))
                {
                    wrong.push(format!(
                        "{file} {id} retroactivity rests on press or a third party; its note must say so"
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Every AI-training setting says, per language of its match phrases, which source showed
/// that wording (`match_sources`), or null where the translation is unverified; notes cite
/// sources that exist.
#[test]
fn wording_and_notes_cite_real_sources() {
    let mut wrong = Vec::new();
    for (file, svc) in catalog() {
        for st in svc["settings"].as_array().unwrap() {
            let id = st["id"].as_str().unwrap();
            let n = st["sources"].as_array().unwrap().len();
            if st["concern"] == "ai-training" {
                let langs: Vec<&String> = st["match"].as_object().unwrap().keys().collect();
                match st["match_sources"].as_object() {
                    None => wrong.push(format!("{file} {id} has no match_sources")),
                    Some(ms) => {
                        for l in langs {
                            if !ms.contains_key(l.as_str()) {
                                wrong.push(format!("{file} {id} match_sources lacks {l}"));
                            }
                        }
                    }
                }
            }
            for note in strs(&st["notes"]) {
                for part in note.split("(source ").skip(1) {
                    let k: String = part.chars().take_while(char::is_ascii_digit).collect();
                    if k.parse::<usize>().map_or(true, |k| k >= n) {
                        wrong.push(format!("{file} {id} note cites a missing source: {note}"));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// No source was last checked more than a year before the newest check in the catalog: a
/// refresh that leaves some claims behind fails here (`unticked catalog --stale DAYS` lists
/// them against today's date).
#[test]
fn no_source_is_left_far_behind_the_others() {
    let mut dates = Vec::new();
    for (file, svc) in catalog() {
        for st in svc["settings"].as_array().unwrap() {
            for s in st["sources"].as_array().unwrap() {
                let d = s["checked"].as_str().unwrap().to_string();
                dates.push((d, format!("{file} {}", st["id"])));
            }
        }
    }
    let newest = dates.iter().map(|d| d.0.clone()).max().unwrap();
    let (y, rest) = newest.split_at(4);
    let floor = format!("{}{rest}", y.parse::<u32>().unwrap() - 1);
    let behind: Vec<_> = dates.iter().filter(|d| d.0 < floor).collect();
    assert!(
        behind.is_empty(),
        "checked before {floor} (a year before the newest check, {newest}): {behind:?}"
    );
}

/// README.md names every catalogued service and says how many there are.
#[test]
fn readme_lists_every_service() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let cat = catalog();
    let missing: Vec<&str> = cat
        .iter()
        .map(|(_, svc)| svc["id"].as_str().unwrap())
        .filter(|id| !readme.contains(&format!("(`{id}`)")))
        .collect();
    assert!(missing.is_empty(), "README.md does not list {missing:?}");
    let count = format!("{} services", cat.len());
    assert!(
        readme.matches(&count).count() >= 2,
        "README.md should say \"{count}\" (in 'How it is built' and the list)"
    );
}
