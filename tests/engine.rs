//! The engine on real-shaped pages, natively: names, states, sections, visibility, catalog
//! knowledge, and bad input. (Browser-side tests are in `tests/browser.rs`.)
#![cfg(not(target_arch = "wasm32"))]

use unticked::classify::Concern;
use unticked::controls::ControlKind;
use unticked::findings::{Finding, Report, ScanOptions};
use unticked::{scan, Capture};

fn sample(name: &str) -> Report {
    scan_file(&format!("www/samples/{name}.html"), ScanOptions::default())
}

fn scan_file(path: &str, opts: ScanOptions) -> Report {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    scan(&Capture::from_bytes(&bytes).unwrap(), &opts).unwrap()
}

fn scan_html(html: &str) -> Report {
    scan(
        &Capture::from_html(html.to_string()),
        &ScanOptions::default(),
    )
    .unwrap()
}

/// One ticked checkbox named `label`, on a page in `lang`.
fn scan_checked(lang: &str, label: &str) -> Report {
    scan_html(&format!(
        r#"<html lang="{lang}"><body><main><label><input type="checkbox" checked> {label}</label></main></body></html>"#
    ))
}

/// A checked checkbox and its help text, in `lang`.
fn scan_described(lang: &str, name: &str, help: &str) -> Report {
    scan_html(&format!(
        r#"<html lang="{lang}"><body><main><label><input type="checkbox" checked aria-describedby="d"> {name}</label>
        <p id="d">{help}</p></main></body></html>"#
    ))
}

/// One ticked checkbox named `name` under a heading, on a page in `lang`.
fn scan_under(lang: &str, heading: &str, name: &str) -> Report {
    scan_html(&format!(
        r#"<html lang="{lang}"><body><main><h2>{heading}</h2><label><input type="checkbox" checked> {name}</label></main></body></html>"#
    ))
}

/// A right's row: its title, its status, and a button that acts on it.
fn scan_right_row(lang: &str, title: &str, status: &str, act: &str) -> Report {
    scan_html(&format!(
        r#"<html lang="{lang}"><body><main><div class="row"><span>{title}</span> <span>{status}</span>
        <button type="button">{act}</button></div></main></body></html>"#
    ))
}

/// The options of a select (`<option>`s) or of a radio group (labelled radios named "r"), the
/// `chosen` one selected.
fn choices(opts: &[&str], chosen: usize, radio: bool) -> String {
    opts.iter()
        .enumerate()
        .map(|(i, o)| match (radio, i == chosen) {
            (true, on) => format!(
                r#"<label><input type="radio" name="r"{}> {o}</label>"#,
                if on { " checked" } else { "" }
            ),
            (false, on) => format!("<option{}>{o}</option>", if on { " selected" } else { "" }),
        })
        .collect()
}

/// Each right's row (language, title, status, act, sharing) read as one AI-training finding
/// with that sharing.
fn assert_right_rows(rows: &[(&str, &str, &str, &str, bool)]) {
    for &(lang, title, status, act, sharing) in rows {
        let r = scan_right_row(lang, title, status, act);
        assert_eq!(
            sharings(&r),
            vec![Some(sharing)],
            "{lang} {title}: {status}"
        );
    }
}

/// Each (language, label), as one ticked checkbox, is one AI-training finding with `sharing`.
fn assert_checked_share(cases: &[(&str, &str)], sharing: bool) {
    for &(lang, label) in cases {
        assert_eq!(
            sharings(&scan_checked(lang, label)),
            vec![Some(sharing)],
            "{label}"
        );
    }
}

/// Each (language, label), as one ticked checkbox, is no AI-training finding.
fn assert_checked_not_training(cases: &[(&str, &str)]) {
    for &(lang, label) in cases {
        assert!(ai(&scan_checked(lang, label)).is_empty(), "{label}");
    }
}

/// Each (language, label), as one ticked checkbox, is one AI-training finding named so, with
/// `sharing`, and certain or not as `certain` says.
fn assert_checked_reading(cases: &[(&str, &str)], sharing: bool, certain: bool) {
    for &(lang, label) in cases {
        let r = scan_checked(lang, label);
        assert_eq!(ai_sharing(&r), vec![(label, Some(sharing))], "{lang}");
        assert_eq!(ai(&r)[0].certain, certain, "{lang}: {label}");
    }
}

/// A page scanned as if it were at `url` (catalog lookups and placement depend on it).
fn scan_at(url: &str, html: &str) -> Report {
    scan(
        &Capture::from_html(html.to_string()),
        &ScanOptions {
            url: Some(url.into()),
            ..Default::default()
        },
    )
    .unwrap()
}

fn ai(r: &Report) -> Vec<&Finding> {
    r.findings
        .iter()
        .filter(|f| f.concern == Concern::AiTraining)
        .collect()
}

/// What each AI-training finding says of sharing, in page order.
fn sharings(r: &Report) -> Vec<Option<bool>> {
    ai(r).iter().map(|f| f.sharing).collect()
}

/// The AI-training findings as (label, sharing), in the report's order.
fn ai_sharing(r: &Report) -> Vec<(&str, Option<bool>)> {
    ai(r)
        .into_iter()
        .map(|f| (f.label.as_str(), f.sharing))
        .collect()
}

#[test]
fn linkedin_generative_ai_switch_is_known_and_sharing() {
    let r = sample("linkedin-data-for-ai");
    assert_eq!(r.service.as_deref(), Some("linkedin"));
    let f = ai(&r);
    assert_eq!(f.len(), 1);
    let f = f[0];
    assert_eq!(
        f.label,
        "Use my data for training content creation AI models"
    );
    assert_eq!(f.control_state, "on");
    assert_eq!(f.sharing, Some(true));
    assert_eq!(f.default_sharing, Some(true));
    assert_eq!(f.retroactive_opt_out, Some(false));
    assert!(
        f.section
            .iter()
            .any(|s| s == "Data for Generative AI Improvement"),
        "{:?}",
        f.section
    );
    assert!(f
        .sources
        .iter()
        .any(|s| s.url.contains("linkedin.com/help") && s.kind == "service"));
    assert!(f.explanation.contains("not undone"), "{}", f.explanation);
    // The InMail claim is an allegation, and said so.
    assert!(f.allegations.iter().any(|a| a.text.contains("InMail")
        && (a.source.kind == "court-filing" || a.source.kind == "press")));
    assert!(f.explanation.contains("Alleged, not established"));
    assert_eq!(f.turn_off.as_ref().map(|t| t.how.as_str()), Some("click"));
    assert!(!f.locator.is_empty());
    // Each default says who says it: LinkedIn's own words, or the press.
    assert!(f.explanation.contains("LinkedIn says"), "{}", f.explanation);
    for r in &f.regions {
        assert!(
            ["service", "regulator", "press"].contains(&r.said_by.as_str()),
            "{r:?}"
        );
    }
}

/// Every default the catalog states rests on a source, so every rule a finding shows can say
/// who says it (issue 12).
#[test]
fn every_catalog_default_names_its_source() {
    for svc in unticked::catalog::services() {
        for st in svc.settings {
            for d in st.defaults {
                assert!(
                    d.source.is_some(),
                    "{}: a default of {:?} has no source",
                    st.id,
                    d.regions
                );
            }
        }
    }
}

/// A row labelled by its title, whose button says only the state, and a form labelled by its
/// title, whose button says "Send": each finding names the element itself too, as assistive
/// technology does, so the row's "Uit" and the form's "Senden" are known for what they are.
#[test]
fn a_row_or_form_labelled_by_its_title_names_its_own_element() {
    let r = scan_html(
        r#"<html lang="nl"><body><main><h2>Gegevensbeheer</h2>
        <div class="row"><span>Mijn chats gebruiken om het AI-model te trainen</span>
        <button type="button">Uit</button></div>
        <div class="row"><span>Meldingen per e-mail</span><button type="button">Aan</button></div>
        </main></body></html>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{:?}", r.findings);
    assert_eq!(
        f[0].label,
        "Mijn chats gebruiken om het AI-model te trainen"
    );
    assert_eq!(f[0].control_name, "Uit");
    assert_eq!(f[0].sharing, Some(false));
    let plain = scan_html(
        r#"<html lang="en"><body><label><input type="checkbox" checked> Use my chats to train AI models</label></body></html>"#,
    );
    assert_eq!(ai(&plain)[0].control_name, "", "a control named by itself");
    let form = scan_at(
        "https://www.facebook.com/help/contact/6359191084165019",
        r#"<html lang="de"><body><main><h1>Widerspruchsrecht</h1><form><fieldset>
        <legend>Widerspruch gegen die Verwendung deiner Informationen für KI bei Meta</legend>
        <label for="e">E-Mail</label><input id="e" type="email">
        <button type="submit">Senden</button></fieldset></form></main></body></html>"#,
    );
    let f = ai(&form);
    assert_eq!(f.len(), 1, "{:?}", form.findings);
    assert_eq!(
        (f[0].label.as_str(), f[0].control_name.as_str()),
        ("Widerspruchsrecht", "Senden")
    );
}

/// On a catalogued setting's page, a switch in words the catalog lacks, over rows of its own
/// (companies that may train): the switch above all the others is the catalogued setting,
/// its rows stay inferred; two switches side by side are neither known to be it.
#[test]
fn the_switch_above_its_rows_is_the_catalogued_setting() {
    let page = |second: &str| {
        format!(
            r#"<html lang="en"><body><main><h1>Channel</h1><h2>Outside training</h2>
            <label><input type="checkbox" checked> Let outside companies train AI models on my videos</label>
            {second}
            <h3>Companies that may train on your videos</h3>
            <label><input type="checkbox" checked> Acme Labs</label>
            <label><input type="checkbox"> Globex AI</label></main></body></html>"#
        )
    };
    let url = "https://studio.youtube.com/channel/UC123/settings";
    let r = scan_at(url, &page(""));
    let f = ai(&r);
    let main = f
        .iter()
        .find(|f| f.label.starts_with("Let outside"))
        .expect("found");
    assert_eq!(
        main.setting.as_deref(),
        Some("youtube-third-party-training"),
        "{f:?}"
    );
    assert!(
        f.iter().filter(|f| f.setting.is_some()).count() == 1,
        "{f:?}"
    );
    let r = scan_at(
        url,
        &page(
            r#"<label><input type="checkbox"> Let outside companies train AI models on my shorts</label>"#,
        ),
    );
    assert!(ai(&r).iter().all(|f| f.setting.is_none()), "{:?}", ai(&r));
}

/// A table's caption titles its rows, and a column that only permits ("Allowed",
/// "Consentito") is the rows' answer to it: rows named only by who or what they are take
/// their meaning from the caption. A column that denies is no such answer.
#[test]
fn a_table_caption_over_an_allowing_column_names_its_rows() {
    let page = |lang: &str, caption: &str, column: &str, rows: [&str; 2]| {
        format!(
            r#"<html lang="{lang}"><body><main><h2>Household</h2><table><caption>{caption}</caption>
            <thead><tr><th>Profile</th><th>{column}</th></tr></thead><tbody>
            <tr><th><label for="a">{}</label></th><td><input type="checkbox" id="a" checked></td></tr>
            <tr><th><label for="b">{}</label></th><td><input type="checkbox" id="b"></td></tr>
            </tbody></table></main></body></html>"#,
            rows[0], rows[1]
        )
    };
    for (lang, caption, column, rows) in [
        (
            "en",
            "Listening history used to train our voice models",
            "Allowed",
            ["Mila (7 years)", "Tom (adult)"],
        ),
        (
            "it",
            "Addestramento dei modelli di IA con la cronologia di ascolto",
            "Consentito",
            ["Giulia (ospite)", "Marco (adulto)"],
        ),
    ] {
        let r = scan_html(&page(lang, caption, column, rows));
        let f = ai(&r);
        assert_eq!(f.len(), 2, "{lang}: {:?}", r.findings);
        let by = |l: &str| f.iter().find(|f| f.label == l).and_then(|f| f.sharing);
        assert_eq!(
            (by(rows[0]), by(rows[1])),
            (Some(true), Some(false)),
            "{lang}"
        );
    }
    let r = scan_html(&page(
        "en",
        "Listening history used to train our voice models",
        "Excluded",
        ["Mila (7 years)", "Tom (adult)"],
    ));
    let f = ai(&r);
    assert_eq!(f.len(), 2, "{:?}", r.findings);
    let by = |l: &str| f.iter().find(|f| f.label == l).and_then(|f| f.sharing);
    assert_eq!(
        (by("Mila (7 years)"), by("Tom (adult)")),
        (Some(false), Some(true)),
        "excluded: {f:?}"
    );
}

/// A right's row whose act is named for assistive technology by a visually hidden echo of the
/// row's title ("Retirar oposição<span> ao treino…</span>") is that row, read by its status;
/// and a button that withdraws an objection is kept (what it removes is a refusal): not done
/// yet, the objection stands.
#[test]
fn acts_on_a_right_named_at_length_are_read() {
    let r = scan_html(
        r#"<html lang="pt"><body><main><h2>Os seus direitos</h2>
        <div class="state"><span>Oposição ao treino de modelos de IA com as minhas mensagens</span>
        <span>Não apresentada</span>
        <button type="button">Apresentar oposição<span class="sr-only"> ao treino de modelos de IA com as minhas mensagens</span></button></div>
        </main></body></html>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{:?}", r.findings);
    assert_eq!(f[0].sharing, Some(true), "no objection filed: {:?}", f[0]);
    assert_ne!(
        f[0].control_state, "off",
        "read by the row's status: {:?}",
        f[0]
    );
    let r = scan_html(
        r#"<html lang="en"><body><main><h2>Your rights</h2>
        <button type="button">Withdraw my objection to AI training on my posts</button>
        </main></body></html>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{:?}", r.findings);
    assert_eq!((f[0].sharing, f[0].certain), (Some(false), false));
    assert!(f[0].turn_off.is_none());
}

/// A heading inside a <section> titles what the section holds: a switch after the section
/// has closed is not under it (nor under a heading the page had before it).
#[test]
fn a_sections_heading_ends_with_the_section() {
    let r = scan_html(
        r#"<html lang="en"><body><main><h2>Kids</h2>
        <section><h3>AI training with what your children watch</h3>
        <label><input type="checkbox" checked> Ada (8)</label></section>
        <label><input type="checkbox" checked> Living room TV</label>
        </main></body></html>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{:?}", r.findings);
    assert_eq!(f[0].label, "Ada (8)");
    let tv = r
        .findings
        .iter()
        .find(|f| f.label == "Living room TV")
        .expect("read");
    assert_eq!(tv.section, ["Kids"]);
}

/// A coach, a workout or a training mode keeps its help text's "train" when no AI word is
/// there: the person (or their dog) is trained, not a model.
#[test]
fn a_training_mode_is_not_model_training_by_its_help_text() {
    for (lang, name, help) in [
        (
            "en",
            "Puppy training mode",
            "Plays a short tone to help you train your puppy.",
        ),
        (
            "en",
            "Cycling coach",
            "Weekly training tips for your rides.",
        ),
        (
            "de",
            "Lauftrainer",
            "Tägliche Trainingstipps für deine Läufe.",
        ),
    ] {
        let r = scan_html(&format!(
            r#"<html lang="{lang}"><body><label><input type="checkbox" checked aria-describedby="h"> {name}</label><p id="h">{help}</p></body></html>"#
        ));
        assert!(ai(&r).is_empty(), "{name}: {:?}", ai(&r));
    }
}

/// A caption that says how rows are listed ("Per profile", "Pro Gerät") names nothing: the
/// heading over the table says what its rows are about; one that names something stops it.
#[test]
fn a_per_each_caption_passes_the_heading_on() {
    let page = |lang: &str, caption: &str| {
        format!(
            r#"<html lang="{lang}"><body><main><section><h2>AI training with viewing history</h2>
            <table><caption>{caption}</caption><tbody>
            <tr><th><label for="a">Main</label></th><td><input type="checkbox" id="a" checked></td></tr>
            </tbody></table></section></main></body></html>"#
        )
    };
    for (lang, caption) in [
        ("en", "Per profile"),
        ("de", "Pro Gerät"),
        ("fr", "Par profil"),
    ] {
        let r = scan_html(&page(lang, caption));
        assert_eq!(ai(&r).len(), 1, "{caption}: {:?}", r.findings);
    }
    let r = scan_html(&page("en", "Notifications per device"));
    assert!(ai(&r).is_empty(), "{:?}", ai(&r));
    // After the data it lists ("Data per profile", "Daten pro Gerät"), the same.
    for (lang, caption) in [("en", "Data per profile"), ("de", "Daten pro Gerät")] {
        let r = scan_html(&page(lang, caption));
        assert_eq!(ai(&r).len(), 1, "{caption}: {:?}", r.findings);
    }
}

/// A cell named by its row and its column ("Listening exercises Maya": the kind of data, then
/// whose) is named for which cell: under a heading about training, the cell is that training's.
#[test]
fn a_cell_named_by_its_row_and_column_takes_the_heading() {
    let page = |heading: &str| {
        format!(
            r#"<html lang="en"><body><main><section><h2>{heading}</h2><table><thead><tr><th>Kind</th><th id="m">Maya</th><th id="j">Jonas</th></tr></thead><tbody>
            <tr><th id="x">Listening exercises</th><td><input type="checkbox" aria-labelledby="x m" checked></td><td><input type="checkbox" aria-labelledby="x j"></td></tr>
            </tbody></table></section></main></body></html>"#
        )
    };
    let r = scan_html(&page("What may we use to train our speech models?"));
    let f = ai(&r);
    let by = |l: &str| f.iter().find(|f| f.label == l).and_then(|f| f.sharing);
    assert_eq!(
        (
            by("Listening exercises Maya"),
            by("Listening exercises Jonas")
        ),
        (Some(true), Some(false)),
        "{f:?}"
    );
    let r = scan_html(&page("Reminders"));
    assert!(ai(&r).is_empty(), "{:?}", ai(&r));
}

/// A tutor is an assistant: improved or trained with the person's own, it is a model's work,
/// and "with AI" after it says what kind of tutor, not the tool ("Treino de pronúncia com IA"
/// stays a practice the person does).
#[test]
fn a_tutor_trained_with_ones_answers_is_a_model() {
    use unticked::classify::classify;
    for (lang, name) in [
        ("en", "Use my quiz answers to improve the tutor"),
        ("pt", "Usar minhas redações para treinar o tutor com IA"),
        (
            "de",
            "Meine Übungen zum Trainieren des Tutors mit KI verwenden",
        ),
    ] {
        assert_eq!(
            classify(name, "", &[], lang).concern,
            Concern::AiTraining,
            "{name}"
        );
    }
    assert_ne!(
        classify("Treinar minha pronúncia com IA", "", &[], "pt").concern,
        Concern::AiTraining
    );
    assert_ne!(
        classify("Share my progress with my tutor", "", &[], "en").concern,
        Concern::AiTraining
    );
}

/// A row's button that says "consent" and an act on it ("Einwilligung widerrufen": in German
/// the infinitive is also the participle "withdrawn") is the act, not a name and its state:
/// the row's status says consent is given, so the use goes on.
#[test]
fn consent_and_an_act_on_it_is_no_name_and_state() {
    let r = scan_html(
        r#"<html lang="de"><body><main><h2>Einwilligungen</h2><div class="row"><span>Sprachnotizen für das KI-Training</span> <span>Einwilligung erteilt</span><button type="button">Einwilligung widerrufen</button></div></main></body></html>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].label, "Sprachnotizen für das KI-Training");
    assert_eq!(f[0].sharing, Some(true), "{f:?}");
}

/// A row whose status opens with its state and a dash, then says what that means ("An —
/// bewertete Chats werden …"), beside a Change link: the state is the word before the dash.
#[test]
fn a_status_led_by_its_state_and_a_dash() {
    for (lang, status, sharing) in [
        (
            "en",
            "On – the chats you rate are used to train our models",
            true,
        ),
        (
            "de",
            "An — bewertete Chats werden für das Training unserer Modelle verwendet",
            true,
        ),
    ] {
        let r = scan_html(&format!(
            r##"<html lang="{lang}"><body><main><div class="row"><h3 id="t">Feedback</h3>
            <p>{status}</p><a id="c" href="#" aria-labelledby="c t">Change</a></div></main></body></html>"##
        ));
        let f = ai(&r);
        assert_eq!(f.len(), 1, "{lang}: {:?}", r.findings);
        assert_eq!(f[0].sharing, Some(sharing), "{lang}: {:?}", f[0]);
    }
}

/// A right's row: its title, what became of the right, and a button whose own words are the
/// act ("Widerspruch einlegen"): the title names the row, the status says the use goes on.
#[test]
fn a_rights_row_is_named_by_its_title_not_its_act() {
    let r = scan_html(
        r#"<html lang="de"><body><main><div class="state-row"><div>
        <span>Widerspruch gegen die Nutzung meiner Fotos für KI-Training</span><span>Nicht eingelegt</span></div>
        <button type="button">Widerspruch einlegen</button></div></main></body></html>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{:?}", r.findings);
    assert_eq!(
        f[0].label,
        "Widerspruch gegen die Nutzung meiner Fotos für KI-Training"
    );
    assert_eq!(f[0].control_name, "Widerspruch einlegen");
    assert_eq!((f[0].sharing, f[0].certain), (Some(true), false));
}

/// A column that keeps rows out of a bare "training" ("Excluir do treinamento") says which way
/// its switches go; the section's intro that only says the assistant learns does not outweigh it.
#[test]
fn an_excluding_column_outweighs_an_intro_that_only_says_training_happens() {
    let r = scan_html(
        r#"<html lang="pt-BR"><body><main><section><h2>Treinamento do assistente</h2>
        <p>O nosso assistente aprende com as conversas encerradas dos clientes. Marque o que fica de fora.</p>
        <table><thead><tr><th>Fila</th><th>Excluir do treinamento</th></tr></thead><tbody>
        <tr><th id="a">Suporte técnico</th><td><input type="checkbox" aria-labelledby="a" checked></td></tr>
        <tr><th id="b">Vendas</th><td><input type="checkbox" aria-labelledby="b"></td></tr>
        </tbody></table></section></main></body></html>"#,
    );
    let f = ai(&r);
    let by = |l: &str| f.iter().find(|f| f.label == l).and_then(|f| f.sharing);
    assert_eq!(
        (by("Suporte técnico"), by("Vendas")),
        (Some(false), Some(true)),
        "{f:?}"
    );
}

/// An AI that collects comes after the collecting when it is who gathers the person's content
/// (training data); before it, it is the tool ("Let AI collect highlights…"), a feature.
#[test]
fn content_collected_by_ai_is_training_data_but_ai_that_collects_is_a_tool() {
    let r = scan_html(
        r#"<html lang="en"><body>
        <label><input type="checkbox"> Let AI collect highlights from my meetings</label>
        <label><input type="checkbox" checked> Keep my posts from collection by outside AI companies</label>
        </body></html>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(
        f[0].label,
        "Keep my posts from collection by outside AI companies"
    );
    assert_eq!(f[0].sharing, Some(false));
}

/// A table row's header says which row ("Marketing Q4", "Partner team"), not what its switch
/// does, whatever its words: under a column about training, the row is that training's; under
/// a column about something else, it is not.
#[test]
fn a_row_header_names_the_row_not_what_it_does() {
    let page = |column: &str| {
        format!(
            r#"<html lang="en"><body><main><table><thead><tr><th>Workspace</th><th>{column}</th></tr></thead><tbody>
            <tr><th id="a">Marketing Q4</th><td><input type="checkbox" aria-labelledby="a" checked></td></tr>
            <tr><th id="b">Partner team</th><td><input type="checkbox" aria-labelledby="b"></td></tr>
            </tbody></table></main></body></html>"#
        )
    };
    let r = scan_html(&page("Used to train our AI models"));
    let f = ai(&r);
    let by = |l: &str| f.iter().find(|f| f.label == l).and_then(|f| f.sharing);
    assert_eq!(
        (by("Marketing Q4"), by("Partner team")),
        (Some(true), Some(false)),
        "{f:?}"
    );
    let r = scan_html(&page("Weekly email digest"));
    assert!(ai(&r).is_empty(), "{:?}", ai(&r));
}

/// A right's status with its date spelt out ("Presentada el 4 de febrero de 2025", European
/// Portuguese "Registada a 3 de março de 2025") beside a button that withdraws it ("Retirar
/// oposición"): the objection stands, so nothing is shared.
#[test]
fn a_filed_objection_with_a_long_date_beside_its_withdrawal() {
    for (lang, title, status, act) in [
        (
            "es",
            "Oposición al entrenamiento de IA con mis fotos",
            "Presentada el 4 de febrero de 2025",
            "Retirar oposición",
        ),
        (
            "pt",
            "Oposição ao treino de IA com as minhas fotos",
            "Apresentada em 2 de fevereiro de 2025",
            "Retirar oposição",
        ),
        (
            "pt",
            "Oposição à utilização das minhas mensagens para treinar IA",
            "Registada a 3 de março de 2025",
            "Retirar oposição",
        ),
    ] {
        let r = scan_html(&format!(
            r#"<html lang="{lang}"><body><main><div class="row"><div><span>{title}</span><span>{status}</span></div>
            <button type="button">{act}</button></div></main></body></html>"#
        ));
        let f = ai(&r);
        assert_eq!(f.len(), 1, "{lang}: {:?}", r.findings);
        assert_eq!(
            (f[0].sharing, f[0].certain),
            (Some(false), false),
            "{lang}: {:?}",
            f[0]
        );
    }
}

/// Under a heading about training, a feature's output that is the person's own ("Summaries you
/// edit", "Transcripts I correct") is data put to that training; a feature alone stays one.
#[test]
fn the_persons_own_feature_output_under_a_training_heading_is_data() {
    let r = scan_html(
        r#"<html lang="en"><body><main><section><h2>Model training</h2>
        <label><input type="checkbox" checked> Summaries you edit</label>
        <label><input type="checkbox" checked> Automatic summaries</label></section></main></body></html>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].label, "Summaries you edit");
}

/// Beside a Change link, a row's status may be a short sentence that says whether training
/// happens ("Used to train our speech models", "Retirés de l'entraînement de nos modèles"):
/// the row's state is what it says.
#[test]
fn a_status_sentence_about_training_beside_change() {
    for (lang, status, change, sharing) in [
        ("en", "Used to train our speech models", "Change", true),
        (
            "fr",
            "Retirés de l'entraînement de nos modèles",
            "Modifier",
            false,
        ),
    ] {
        let r = scan_html(&format!(
            r#"<html lang="{lang}"><body><main><div class="row"><div><span>Voice recordings</span>
            <span>{status}</span></div><button type="button">{change}</button></div></main></body></html>"#
        ));
        let f = ai(&r);
        assert_eq!(f.len(), 1, "{lang}: {:?}", r.findings);
        assert_eq!(f[0].sharing, Some(sharing), "{lang}: {:?}", f[0]);
    }
}

/// A catalogued objection form, titled by a heading that names the right ("Right to object",
/// "Widerspruchsrecht"): not sent yet, so the use goes on; read from the title's words, so not
/// certain, and an uncertain reading is never sent to another form as its Turn off.
#[test]
fn objection_form_titled_by_the_right_shares_and_offers_no_turn_off() {
    for (lang, title, button) in [
        ("en", "Right to object", "Send"),
        ("de", "Widerspruchsrecht", "Senden"),
    ] {
        let html = format!(
            r#"<html lang="{lang}"><body><main><h1>{title}</h1><form><fieldset>
            <legend>I want to object to the use of my information for Meta AI</legend>
            <label for="e">E-mail</label><input id="e" type="email">
            <button type="submit">{button}</button></fieldset></form></main></body></html>"#
        );
        let r = scan_at(
            "https://www.facebook.com/help/contact/6359191084165019",
            &html,
        );
        let f = ai(&r);
        assert_eq!(f.len(), 1, "{lang}: {:?}", r.findings);
        assert_eq!(f[0].setting.as_deref(), Some("meta-ai-training-objection"));
        assert_eq!(f[0].sharing, Some(true), "{lang}: not objected yet");
        assert!(!f[0].certain, "{lang}");
        assert!(f[0].turn_off.is_none(), "{lang}: {:?}", f[0].turn_off);
    }
}

#[test]
fn linkedin_german_page() {
    let r = sample("linkedin-data-for-ai-de");
    let f = ai(&r);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].setting.as_deref(), Some("linkedin-genai-training"));
    assert_eq!(
        (f[0].sharing, f[0].default_sharing),
        (Some(true), Some(true))
    );
}

#[test]
fn linkedin_ads_page_has_ads_not_training() {
    let r = sample("linkedin-advertising-data");
    assert!(ai(&r).is_empty());
    let ms = r
        .findings
        .iter()
        .find(|f| f.setting.as_deref() == Some("linkedin-ads-data-sharing-microsoft"))
        .expect("Microsoft ads sharing");
    assert_eq!((ms.concern.as_str(), ms.sharing), ("ads", Some(true)));
}

#[test]
fn chatgpt_state_only_in_text() {
    let r = sample("chatgpt-data-controls");
    let f = ai(&r);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].label, "Improve the model for everyone");
    assert_eq!(
        (
            f[0].control_state.as_str(),
            f[0].sharing,
            f[0].default_sharing
        ),
        ("on", Some(true), Some(true))
    );
    assert_eq!(
        f[0].section,
        vec!["Settings".to_string(), "Data controls".to_string()]
    );
    // The hidden Memory switch in another tab is not a finding.
    assert!(!r.findings.iter().any(|f| f.label.contains("Memory")));
}

#[test]
fn x_grok_checkbox_in_label() {
    let r = sample("x-grok-settings");
    let f = ai(&r);
    assert_eq!(f.len(), 1);
    assert!(f[0]
        .label
        .starts_with("Allow your public data as well as your interactions"));
    assert_eq!(f[0].sharing, Some(true));
    assert!(f[0].recipients.iter().any(|x| x.contains("xAI")));
    assert!(f[0].description.contains("xAI"), "{}", f[0].description);
    // Personalisation and memory are features, not training.
    assert!(r
        .findings
        .iter()
        .filter(|f| f.label.contains("personalize") || f.label.contains("remember"))
        .all(|f| f.concern != Concern::AiTraining));
}

#[test]
fn inverted_switches_substack_and_tumblr() {
    for page in ["substack-settings", "tumblr-blog-settings"] {
        let r = sample(page);
        let f = ai(&r);
        assert_eq!(f.len(), 1, "{page}");
        assert_eq!(f[0].control_state, "off", "{page}");
        assert_eq!(
            f[0].sharing,
            Some(true),
            "{page}: an unticked Block/Prevent switch shares"
        );
        assert_eq!(f[0].default_sharing, Some(true), "{page}");
        assert!(!f[0].sources.is_empty());
    }
}

#[test]
fn gemini_activity_text_state_and_service() {
    let r = sample("gemini-activity");
    assert_eq!(r.service.as_deref(), Some("google-gemini"));
    let act = r
        .findings
        .iter()
        .find(|f| f.label == "Gemini Apps Activity")
        .expect("text-state control");
    assert_eq!(
        (act.control_state.as_str(), act.sharing),
        ("on", Some(true))
    );
    // The page's own "Turn off" button beside the row is how to turn it off; the row link's
    // page goes along in case that fails.
    let t = act.turn_off.as_ref().expect("a way to turn it off");
    assert_eq!(
        (t.how.as_str(), t.locator.as_str(), t.option.as_str()),
        ("menu", "#turn-off-button", "Turn off")
    );
    assert_eq!(
        t.url,
        "https://myactivity.google.com/activitycontrols?settings=gemini"
    );
}

#[test]
fn unknown_site_shapes_and_decoys() {
    let r = sample("nimbus-notes-settings");
    assert_eq!(r.service, None);
    let f = ai(&r);
    assert!(f
        .iter()
        .all(|f| f.inferred && f.explanation.starts_with("Inferred")));
    let sel = f
        .iter()
        .find(|f| f.kind == unticked::controls::ControlKind::Select)
        .expect("select");
    assert_eq!(
        (sel.control_state.as_str(), sel.sharing),
        ("Always", Some(true))
    );
    assert_eq!(
        sel.turn_off
            .as_ref()
            .map(|t| (t.how.as_str(), t.option.as_str())),
        Some(("select", "Never"))
    );
    let radio = f
        .iter()
        .find(|f| f.kind == unticked::controls::ControlKind::RadioGroup)
        .expect("radio group");
    assert_eq!(radio.sharing, Some(true));
    assert_eq!(radio.options.len(), 2);
    assert!(f
        .iter()
        .any(|f| f.kind == unticked::controls::ControlKind::PressedButton));
    assert!(
        f.iter().any(|f| f.label.contains("d\u{430}ta")),
        "the look-alike label is found and shown as written"
    );
    assert!(
        f.iter().any(|f| f.locator.contains(" >>> ")),
        "a switch inside a shadow root"
    );
    for decoy in [
        "Smart reply suggestions",
        "Personalised ads",
        "Product analytics",
    ] {
        let d = r
            .findings
            .iter()
            .find(|x| x.label == decoy)
            .unwrap_or_else(|| panic!("{decoy} missing"));
        assert_ne!(d.concern, Concern::AiTraining, "{decoy}");
    }
    assert!(
        !r.findings.iter().any(|f| !f.visible),
        "hidden controls are not findings"
    );
    let hidden = scan_file(
        "www/samples/nimbus-notes-settings.html",
        ScanOptions {
            include_hidden: true,
            ..Default::default()
        },
    );
    assert!(hidden
        .findings
        .iter()
        .any(|f| !f.visible && f.concern == Concern::AiTraining));
}

#[test]
fn accessible_names_follow_aria_order() {
    let r = scan_html(
        r#"<main><h2 id=h>Section title</h2>
        <div><span id=l1>From labelledby</span><input type=checkbox aria-labelledby="l1" aria-label="not this" id=a></div>
        <div><input type=checkbox aria-label="From aria-label"></div>
        <div><label for=c>From label for</label><input type=checkbox id=c></div>
        <div><label><input type=checkbox> From <b>wrapping</b> label</label></div>
        <div><button role=switch aria-checked=false title="From title"></button></div>
        <div class=row><p>From nearby text</p><p>Helpful description.</p><button role=switch aria-checked=true></button></div>
        </main>"#,
    );
    let names: Vec<&str> = r.findings.iter().map(|f| f.label.as_str()).collect();
    for n in [
        "From labelledby",
        "From aria-label",
        "From label for",
        "From wrapping label",
        "From title",
        "From nearby text",
    ] {
        assert!(names.contains(&n), "{n} not in {names:?}");
    }
    let near = r
        .findings
        .iter()
        .find(|f| f.label == "From nearby text")
        .unwrap();
    assert_eq!(near.description, "Helpful description.");
    assert!(r
        .findings
        .iter()
        .all(|f| f.section == vec!["Section title".to_string()]));
}

#[test]
fn summary_rows_with_an_edit_link_are_settings() {
    let r = scan_html(
        r#"<ul><li><div><span class=name>Contribute my transaction patterns to model training: </span><strong>On</strong>
        <div class=help>De-identified spending patterns train our models.</div></div><a href="/x" class=edit>Change</a></li>
        <li><div><span>Voice ID: </span><strong>Not set up</strong></div><a href="/y">Set up</a></li></ul>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{r:#?}");
    assert_eq!(
        f[0].label,
        "Contribute my transaction patterns to model training"
    );
    assert_eq!(
        (f[0].control_state.as_str(), f[0].sharing),
        ("on", Some(true))
    );
    assert_eq!(
        f[0].turn_off.as_ref().map(|t| t.how.as_str()),
        Some("open"),
        "the link opens the real control"
    );
}

#[test]
fn states_and_visibility_from_markup_and_capture() {
    let r = scan(
        &Capture::from_html(
            r#"<div>
            <label><input type=checkbox checked data-unticked-checked="false" data-unticked-visible="true"> Live state wins</label>
            <label><input type=checkbox data-unticked-visible="false"> Probe says hidden</label>
            <div style="display: none"><label><input type=checkbox> Inline hidden</label></div>
            <label><input type=checkbox aria-checked="true"> Aria only</label>
            <button role=switch data-state=checked>Radix state</button>
            </div>"#
                .into(),
        ),
        &ScanOptions { include_hidden: true, ..Default::default() },
    )
    .unwrap();
    let get = |l: &str| {
        r.findings
            .iter()
            .find(|f| f.label == l)
            .unwrap_or_else(|| panic!("{l}"))
    };
    assert_eq!(
        (
            get("Live state wins").control_state.as_str(),
            get("Live state wins").visible
        ),
        ("off", true)
    );
    assert!(!get("Probe says hidden").visible);
    assert!(!get("Inline hidden").visible);
    assert_eq!(get("Aria only").control_state, "on");
    assert_eq!(get("Radix state").control_state, "on");
}

#[test]
fn shadow_roots_and_frames_get_scoped_locators() {
    let r = scan_html(
        r#"<div id=app><x-toggle aria-label="Use my chats to train AI"><template shadowrootmode="open"><div><input type=checkbox role=switch checked></div></template></x-toggle>
        <unticked-frame src="/inner"><p><label><input type=checkbox id=inner> Train models on my photos</label></p></unticked-frame></div>"#,
    );
    let a = r
        .findings
        .iter()
        .find(|f| f.label == "Use my chats to train AI")
        .expect("shadow switch named by host");
    assert_eq!(
        a.locator,
        "#app > x-toggle:nth-of-type(1) >>> div:nth-of-type(1) > input:nth-of-type(1)"
    );
    assert_eq!(a.sharing, Some(true));
    let b = r
        .findings
        .iter()
        .find(|f| f.label == "Train models on my photos")
        .expect("framed switch");
    assert_eq!(b.locator, "#app > iframe:nth-of-type(1) >>> #inner");
}

#[test]
fn hostile_label_text_is_data() {
    let r = scan_html(
        r#"<label><input type=checkbox checked> <img src=x onerror=alert(1)>&lt;script&gt;alert(1)&lt;/script&gt; Use my d&#x430;ta&#x200b; to tr&#1072;in AI ＡＩ</label>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1);
    assert!(
        f[0].label.contains("<script>"),
        "page text is kept as text: {}",
        f[0].label
    );
    let md = unticked::findings::markdown(&r);
    assert!(!md.contains("<script>"), "markdown escapes page text");
}

#[test]
fn bad_input_gets_clear_errors_or_bounded_results() {
    for junk in [
        &b""[..],
        b"   \n",
        b"\x00\x01\x02\xff\xfe binary",
        b"just some text without tags",
    ] {
        let e = Capture::from_bytes(junk).and_then(|c| scan(&c, &ScanOptions::default()));
        assert!(e.is_err(), "{junk:?} should be an error");
        assert!(!e.unwrap_err().to_string().is_empty());
    }
    // 100k-deep nesting: bounded, the control is still found.
    let deep = "<div>".repeat(100_000)
        + "<label><input type=checkbox checked> Use my data to train AI</label>";
    let r = scan_html(&deep);
    assert!(r.truncated);
    assert_eq!(ai(&r).len(), 1);
    // Malformed markup.
    let r = scan_html("<div><label><input type=checkbox checked> Use my posts to train AI models</div></span></label><<>>");
    assert_eq!(ai(&r).len(), 1);
}

#[test]
fn fifty_megabyte_page_is_scanned_within_bounds() {
    let row = r#"<div class="row"><span>Setting</span><p>Some help text that is long enough to weigh.</p></div>"#;
    let mut page = String::with_capacity(52 << 20);
    page.push_str("<html><body><label><input type=checkbox checked> Use my messages to train AI models</label>");
    while page.len() < 50 << 20 {
        page.push_str(row);
    }
    let r = scan_html(&page);
    assert_eq!(ai(&r).len(), 1);
    assert!(
        r.truncated,
        "the node limit cut the 50 MB page short and says so"
    );
}

#[test]
fn capture_from_newer_version_is_refused_clearly() {
    let e = Capture::from_bytes(br#"{"format":"unticked-capture","version":99,"html":"<p>"}"#)
        .unwrap_err();
    assert!(e.to_string().contains("newer Unticked"));
}

#[test]
fn neutral_select_whose_options_decide() {
    // The name says nothing; the options say whether texts go to the model.
    let page = |selected: usize| {
        let opts = [
            "Niet bewaren",
            "Bewaren voor mijn geschiedenis",
            "Bewaren en gebruiken om het vertaalmodel te verbeteren",
        ];
        let o: String = opts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                format!(
                    "<option{}>{t}</option>",
                    if i == selected { " selected" } else { "" }
                )
            })
            .collect();
        scan_html(&format!(
            r#"<html lang="nl"><main><h1>Privacy</h1><label for="b">Vertaalde teksten bewaren</label><select id="b">{o}</select></main></html>"#
        ))
    };
    let r = page(2);
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{:?}", r.findings);
    assert_eq!(f[0].sharing, Some(true));
    assert_eq!(
        f[0].options.iter().map(|o| o.sharing).collect::<Vec<_>>(),
        [Some(false), Some(false), Some(true)]
    );
    // Turning it off picks an option that does not share.
    let t = f[0].turn_off.as_ref().expect("a way to turn it off");
    assert_eq!(t.how.as_str(), "select");
    assert_ne!(
        t.option,
        "Bewaren en gebruiken om het vertaalmodel te verbeteren"
    );
    assert_eq!(ai(&page(1))[0].sharing, Some(false));
    // Options that all (or none) speak of training do not make a neutral name a training control.
    let none = scan_html(
        r#"<label for="t">Theme</label><select id="t"><option>Light</option><option selected>Dark</option></select>"#,
    );
    assert!(ai(&none).is_empty());
}

#[test]
fn summary_lists_segmented_radios_and_accordions() {
    let r = scan_html(
        r#"<html lang="en"><main><h1>Privacy</h1>
        <dl>
          <dt>Let Keyquill learn from my typing</dt>
          <dd><span class="state">On</span> · <a href="/settings/learning">Manage</a>
            <p>Short snippets of what you type help train the prediction models behind suggestions.</p></dd>
          <dt>Spell check language</dt>
          <dd><span>English</span> · <a href="/settings/lang">Manage</a></dd>
        </dl>
        <span id="seg">Improve recommendations for everyone</span>
        <div role="radiogroup" aria-labelledby="seg" aria-describedby="seg-d">
          <button role="radio" aria-checked="true">On</button><button role="radio" aria-checked="false">Off</button>
        </div>
        <p id="seg-d">We train our recommendation model on your order history.</p>
        <details><summary>Advanced</summary>
          <label><input type="checkbox" checked> Use my uploads to train AI models</label>
        </details>
        <div style="display:none"><label><input type="checkbox" checked> Use my photos to train AI models</label></div>
        </main></html>"#,
    );
    let f = ai(&r);
    let names: Vec<&str> = f.iter().map(|f| f.label.as_str()).collect();
    // The <dd>'s own <dt> names the row, not its neighbours'; "On ·" is a state.
    let typing = f
        .iter()
        .find(|f| f.label == "Let Keyquill learn from my typing")
        .unwrap_or_else(|| panic!("{names:?}"));
    assert_eq!(
        (typing.control_state.as_str(), typing.sharing),
        ("on", Some(true))
    );
    assert_eq!(
        typing.turn_off.as_ref().map(|t| t.how.as_str()),
        Some("open")
    );
    // Segmented role=radio buttons are named by their state words, so the choice is readable.
    let seg = f
        .iter()
        .find(|f| f.label == "Improve recommendations for everyone")
        .unwrap_or_else(|| panic!("{names:?}"));
    assert_eq!(seg.sharing, Some(true));
    assert_eq!(
        seg.options
            .iter()
            .map(|o| o.label.as_str())
            .collect::<Vec<_>>(),
        ["On", "Off"]
    );
    // In a closed <details>: collapsed, still a finding; display:none: not.
    assert!(
        names.contains(&"Use my uploads to train AI models"),
        "{names:?}"
    );
    assert!(
        !names.contains(&"Use my photos to train AI models"),
        "{names:?}"
    );
    assert_eq!(f.len(), 3, "{names:?}");
}

#[test]
fn options_are_read_with_the_controls_name() {
    let page = |name: &str, opts: &[&str]| {
        let o: String = opts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                format!(
                    "<option{}>{t}</option>",
                    if i == 0 { " selected" } else { "" }
                )
            })
            .collect();
        scan_html(&format!(
            r#"<html lang="en"><main><label for="s">{name}</label><select id="s">{o}</select></main></html>"#
        ))
    };
    // "model" is in the name, the pooling in the option: training, and the first option shares.
    let r = page(
        "Forecasting model data",
        &[
            "Use my venue's sales data to improve forecasts for all venues",
            "Only use my sales data for my own venue's forecasts",
        ],
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{:?}", r.findings);
    assert_eq!(f[0].sharing, Some(true));
    // One-word options are not read that way: a model picker is not training.
    let r = page("Assistant model", &["Faster", "Smarter"]);
    assert!(ai(&r).is_empty(), "{:?}", r.findings);
}

/// Every bound says so: a page with 120,000 controls is `truncated`, the report names the cap
/// and what it skipped, and an AI-training switch after 100,000 decoys is still found (past the
/// cap, switches whose own name speaks of AI training are kept).
#[test]
fn the_control_cap_is_reported_and_keeps_ai_training_switches() {
    let mut html = String::from("<!doctype html><html lang=en><body><h1>Notifications</h1>");
    for i in 0..100_000 {
        html.push_str(&format!(
            "<label><input type=checkbox checked> Email me about post {i}</label>"
        ));
    }
    html.push_str("<label><input type=checkbox checked> Use my data to train AI models</label>");
    for i in 0..19_999 {
        html.push_str(&format!(
            "<label><input type=checkbox> Show badge {i}</label>"
        ));
    }
    html.push_str("</body></html>");
    let r = scan(
        &Capture::from_html(html),
        &ScanOptions {
            url: Some("https://example.test/settings".into()),
            ..Default::default()
        },
    )
    .unwrap();
    assert!(r.truncated);
    assert!(
        r.limits.iter().any(|l| l.contains("first 5000 controls")
            && l.contains("Of the 115000 switches, checkboxes and selects after them")
            && l.contains("kept (1)")),
        "{:?}",
        r.limits
    );
    let ai: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.concern == Concern::AiTraining)
        .collect();
    assert_eq!(ai.len(), 1, "{:?}", r.limits);
    assert_eq!(ai[0].label, "Use my data to train AI models");
    assert_eq!(ai[0].sharing, Some(true));
    // Other kinds of control past the cap are not read at all (they would lift the cap).
    let mut html = String::from("<!doctype html><html lang=en><body>");
    for i in 0..5_000 {
        html.push_str(&format!(
            "<label><input type=checkbox> Email me {i}</label>"
        ));
    }
    for i in 0..3_000 {
        html.push_str(&format!(
            "<label><input type=radio name=r{i}> Option {i}</label><button aria-pressed=true>Pin {i}</button>"
        ));
    }
    let r = scan(&Capture::from_html(html), &ScanOptions::default()).unwrap();
    assert_eq!(r.summary.controls, 5000);
    assert!(r.truncated);
    // A small page has no such notice.
    let small = scan(
        &Capture::from_html(
            "<label><input type=checkbox> Use my data to train AI models</label>".into(),
        ),
        &ScanOptions::default(),
    )
    .unwrap();
    assert!(!small.truncated && small.limits.is_empty());
}

/// Every schema version's stored history (tests/history/) loads: older ones are migrated,
/// and what this version cannot read (newer, corrupt, cut off) is set aside, not read as empty.
#[test]
fn stored_history_of_every_version() {
    use unticked::history::{load_json, VERSION};
    let load = |name: &str| {
        let bytes = std::fs::read(format!("tests/history/{name}")).expect(name);
        load_json(&bytes)
    };
    let keys = |name: &str| {
        let l = load(name);
        assert_eq!(l.aside, None, "{name} should be readable");
        assert_eq!(l.history.version, VERSION, "{name}");
        l.history.pages.keys().cloned().collect::<Vec<_>>()
    };
    assert_eq!(
        keys("v1-unversioned.json"),
        ["chatgpt.com/#settings/DataControls"]
    );
    assert_eq!(
        keys("v1.json"),
        [
            "www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
            "x.substack.com/publish/settings"
        ]
    );
    assert_eq!(
        keys("v2.json"),
        [
            "app.notes.test/settings",
            "www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
        ]
    );
    let v2 = load("v2.json").history;
    let li = &v2.pages["www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"];
    assert_eq!(li.switches["linkedin.genai"].first_sharing, Some(true));
    assert_eq!(keys("v3.json"), ["chatgpt.com/#settings/DataControls"]);
    assert_eq!(load("v3.json").history.legacy, [r#"{"odd":true}"#]);
    for (name, why) in [
        ("newer.json", "newer Unticked (history version 4"),
        ("corrupt.json", "not readable"),
        ("truncated.json", "not readable"),
    ] {
        let l = load(name);
        let aside = l.aside.unwrap_or_default();
        assert!(aside.contains(why), "{name}: {aside}");
        assert!(l.history.pages.is_empty(), "{name}");
    }
    assert_eq!(load_json(b"").aside, None);
    assert_eq!(load_json(b"null").aside, None);

    // Export -> clear -> import gives back the same history; importing it again changes
    // nothing; a page seen later wins over the same page seen earlier.
    let v2 = load("v2.json").history;
    let mut cleared = unticked::history::History::default();
    unticked::history::merge(&mut cleared, v2.clone());
    assert_eq!(cleared, v2);
    unticked::history::merge(&mut cleared, v2.clone());
    assert_eq!(cleared, v2);
    let mut older = v2.clone();
    for p in older.pages.values_mut() {
        p.last_seen = "2025-01-01T00:00:00Z".into();
        p.switches.clear();
    }
    let mut h = older;
    unticked::history::merge(&mut h, v2.clone());
    assert_eq!(h, v2);
    // Found by the history_json fuzz target: duplicate legacy entries were dropped on import.
    let dup = load("fuzz-duplicate-legacy.json").history;
    let mut back = unticked::history::History::default();
    unticked::history::merge(&mut back, dup.clone());
    assert_eq!(back, dup);
}

/// Region defaults as the fact-check of the catalog corrected them (../shared/research/
/// catalog-factcheck.md): UK, Hong Kong and Canadian LinkedIn members were opted in until
/// LinkedIn paused there; Meta's UK objection-form training began in Sep 2024, not with the EU's.
#[test]
fn catalog_region_defaults_follow_the_regulators() {
    use unticked::findings::default_now;
    let setting = |id: &str| {
        unticked::catalog::services()
            .iter()
            .flat_map(|s| s.settings.iter())
            .find(|s| s.id == id)
            .unwrap_or_else(|| panic!("{id} is not in the catalog"))
    };
    let li = setting("linkedin-genai-training");
    for (region, day, want) in [
        ("UK", "2024-09-01", Some(true)), // opted in, switch shown
        ("UK", "2024-10-01", None),       // paused after the ICO (not offered)
        ("HK", "2024-10-05", Some(true)),
        ("HK", "2024-10-20", None), // paused from 11 Oct 2024
        ("CA", "2024-11-15", Some(true)),
        ("CA", "2025-01-15", None),
        ("DE", "2024-09-01", None), // the EU was never opted in before Nov 2025
        ("UK", "2025-12-01", Some(true)),
        ("US", "2024-09-01", Some(true)),
    ] {
        assert_eq!(
            default_now(li, Some(region), day),
            want,
            "LinkedIn {region} {day}"
        );
    }
    // Meta's is an objection form (no switch, so no "sharing by default" to compute): its rows.
    let meta = setting("meta-ai-training-objection");
    let since = |region: &str| {
        meta.defaults
            .iter()
            .find(|d| d.regions.contains(&region) && d.state == "on")
            .map(|d| d.from)
    };
    assert_eq!(since("UK"), Some("2024-09"));
    assert_eq!(since("EU"), Some("2025-05-27"));
}

/// Found by the classify_text fuzz target: every colon of a label started another reading of
/// the rest, as deep a recursion as there were colons. A label of 100,000 colons must be read
/// (the old code overflowed the stack here), and the title rule still works.
#[test]
fn a_label_of_many_colons_is_read() {
    use unticked::classify::classify;
    let label = format!("Use my data to train AI models{}", ":".repeat(100_000));
    let c = classify(&label, "", &[], "en");
    assert_eq!(c.concern, Concern::AiTraining);
    let c = classify("AI training: turn off for my photos", "", &[], "en");
    assert!(c.inverted && c.certain, "{c:?}");
}

/// Found by the classify_text fuzz target (session 15, after about 8.8 million executions): 75
/// headings of look-alike "training" took over a second under instrumentation, every heading
/// read against those above it. The classifier reads the nearest eight (the extractor gives
/// six and an intro): a heading further out says nothing, here a "Model training" above ten
/// neutral ones.
#[test]
fn the_classifier_reads_only_the_nearest_headings() {
    use unticked::classify::classify;
    let near: Vec<String> = std::iter::once("Model training".to_string())
        .chain(std::iter::repeat_n("Options".to_string(), 4))
        .collect();
    assert_eq!(
        classify("Allow", "", &near, "en").concern,
        Concern::AiTraining
    );
    let far: Vec<String> = std::iter::once("Model training".to_string())
        .chain(std::iter::repeat_n("Options".to_string(), 10))
        .collect();
    assert_ne!(
        classify("Allow", "", &far, "en").concern,
        Concern::AiTraining
    );
}

#[test]
fn a_state_only_button_is_named_by_its_rows_title() {
    // The row shows "Melhorar modelos para todos · Ligado ›"; the real switch waits in a closed
    // dialog. The row is what the person sees, so it is the finding (opened to turn it off).
    let r = scan_html(
        r#"<html lang=pt><div class=row><div>Melhorar modelos para todos</div><button aria-haspopup=dialog>Ligado</button></div>
        <div class=row><div>Exportar dados</div><button>Exportar</button></div>
        <div role=dialog hidden><label for=s>Melhorar modelos para todos</label><button id=s role=switch aria-checked=true></button></div>"#,
    );
    let f: Vec<_> = ai(&r).into_iter().filter(|f| f.visible).collect();
    assert_eq!(f.len(), 1, "{r:#?}");
    assert_eq!(f[0].label, "Melhorar modelos para todos");
    assert_eq!(
        (f[0].control_state.as_str(), f[0].sharing),
        ("on", Some(true))
    );
    // A row holding another control is not the button's title.
    let r = scan_html(
        r#"<div class=row><span>Use my chats to train our models</span><input type=checkbox aria-label="Dark mode"><button>On</button></div>"#,
    );
    assert!(
        ai(&r)
            .iter()
            .all(|f| f.kind != unticked::controls::ControlKind::TextState),
        "{r:#?}"
    );
}

#[test]
fn a_plain_button_that_says_turn_off_is_an_action_not_a_state() {
    // Italian "Disattiva" is "off" on a label and "Turn off" on a button: the setting is on.
    let r = scan_html(
        r#"<html lang=it><div><div><h2>Cronologia dei modelli vocali</h2><div>Attiva</div></div><button aria-describedby=x>Disattiva</button></div>
        <p>Usiamo le registrazioni per addestrare i modelli di IA.</p>"#,
    );
    assert!(
        ai(&r).iter().all(|f| f.control_state != "off"),
        "the button's word was read as the setting's state: {r:#?}"
    );
}

#[test]
fn yes_and_no_in_cells_of_their_own_are_states() {
    let r = scan_html(
        r#"<html lang=nl><table><tr><th>Mijn notities gebruiken voor AI-training</th><td>Nee</td><td><a href=/w>Wijzigen</a></td></tr>
        <tr><th>Nieuwsbrief</th><td>Ja</td><td><a href=/n>Wijzigen</a></td></tr></table>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{r:#?}");
    assert_eq!(
        (f[0].control_state.as_str(), f[0].sharing),
        ("off", Some(false))
    );
}

#[test]
fn a_bare_name_whose_help_text_negates_is_uncertain() {
    // The name says neither "allow" nor "block"; the help text says ON tells crawlers not to
    // train. Which way ON goes is not said outright: never certain.
    let r = scan_html(
        r#"<label><input type=checkbox checked aria-describedby=d> AI crawler signals in robots.txt</label>
        <p id=d>Adds rules that tell AI crawlers not to use your pages to train models.</p>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{r:#?}");
    assert!(!f[0].certain, "{r:#?}");
}

#[test]
fn the_only_ai_switch_on_a_catalogued_settings_page_is_that_setting() {
    // Wording the catalog's phrases do not have (a language it lacks), on the settings page
    // of exactly one catalogued AI-training setting: found as that setting, with its default.
    let url = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement";
    let one = r#"<html lang=nl><label><input type=checkbox checked> Mijn berichten inzetten om generatieve AI-modellen te trainen</label>
        <label><input type=checkbox> Nieuwsbrief</label>"#;
    let r = scan_at(url, one);
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{r:#?}");
    assert_eq!(
        f[0].setting.as_deref(),
        Some("linkedin-genai-training"),
        "{r:#?}"
    );
    assert!(!f[0].inferred && f[0].sharing == Some(true));
    assert!(
        f[0].evidence.why.starts_with("the only AI-training switch"),
        "{}",
        f[0].evidence.why
    );
    // Two such switches: which is the setting is not known, so neither is placed.
    let two = r#"<html lang=nl><label><input type=checkbox checked> Mijn berichten inzetten om generatieve AI-modellen te trainen</label>
        <label><input type=checkbox> Mijn foto's gebruiken om AI-modellen te trainen</label>"#;
    let r = scan_at(url, two);
    assert!(ai(&r).iter().all(|f| f.inferred), "{r:#?}");
    // The same wording elsewhere on the site is not placed.
    let r = scan_at("https://www.linkedin.com/feed/", one);
    assert!(ai(&r).iter().all(|f| f.inferred), "{r:#?}");
}

#[test]
fn a_state_row_with_its_own_turn_off_or_turn_on_button_is_a_setting() {
    // Title, state and the row's own action button, each apart (no link, no "Change").
    let r = scan_html(
        r#"<html lang=es><div><div><h2>Uso de mis notas de voz para entrenar la IA</h2><div>Activado</div></div>
        <div role=button aria-haspopup=menu>Desactivar</div></div>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{r:#?}");
    assert_eq!(
        (f[0].control_state.as_str(), f[0].sharing),
        ("on", Some(true))
    );
    let t = f[0]
        .turn_off
        .as_ref()
        .expect("the row's own button turns it off");
    assert_eq!((t.how.as_str(), t.option.as_str()), ("menu", "Desactivar"));
    // Off, with a "turn on" button: a setting that is off (the button's word is not a state).
    let r = scan_html(
        r#"<html lang=de><div><div><h2>Meine Sprachnotizen für das KI-Training verwenden</h2><div>Aus</div></div>
        <button>Einschalten</button></div>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{r:#?}");
    assert_eq!(
        (f[0].control_state.as_str(), f[0].sharing),
        ("off", Some(false))
    );
    assert!(f[0].turn_off.is_none());
}

#[test]
fn the_switch_a_row_opens_is_found_by_the_engine() {
    use unticked::findings::revealed_switch;
    let closed = scan_html(
        r#"<div class=row><span>Improve the model for everyone</span><button aria-haspopup=dialog>On</button></div>
        <div role=dialog hidden><label for=s>Improve the model for everyone</label><button id=s role=switch aria-checked=true></button></div>"#,
    );
    let row = ai(&closed)
        .into_iter()
        .find(|f| f.visible)
        .expect("the row")
        .clone();
    assert_eq!(row.turn_off.as_ref().map(|t| t.how.as_str()), Some("open"));
    // Closed: the dialog's switch is not on screen, so nothing is revealed yet.
    assert!(revealed_switch(&row, &closed.findings).is_none());
    // Open: the engine finds the switch by its own reading; a look-alike elsewhere (another
    // name) is not it, and two candidates are refused.
    let open = scan_html(
        r#"<div class=row><span>Improve the model for everyone</span><button aria-haspopup=dialog>On</button></div>
        <div role=dialog><label for=s>Improve the model for everyone</label><button id=s role=switch aria-checked=true></button>
        <label for=t>Improve voice for everyone</label><button id=t role=switch aria-checked=true></button></div>"#,
    );
    let sw = revealed_switch(&row, &open.findings).expect("the revealed switch");
    assert_eq!(sw.locator, "#s");
    let twice = scan_html(
        r#"<div role=dialog><label for=s>Improve the model for everyone</label><button id=s role=switch aria-checked=true></button></div>
        <div role=dialog><label for=u>Improve the model for everyone</label><button id=u role=switch aria-checked=true></button></div>"#,
    );
    assert!(revealed_switch(&row, &twice.findings).is_none());
}

#[test]
fn shapes_from_big_app_markup() {
    // A summary list whose "Change" link carries the row's name for screen readers, and a
    // state cell that is a whole two-word state ("Non consentito": no name in it).
    let r = scan_html(
        r#"<html lang=it><dl><div><dt>Uso delle mie note per addestrare i modelli</dt><dd>Attivo<p>Le note pubbliche servono ad addestrare i modelli.</p></dd>
        <dd><a href=#c>Modifica<span class=sr-only> Uso delle mie note per addestrare i modelli</span></a></dd></div></dl>
        <table><tr><th>Profilazione</th><td>Non consentito</td><td><a href=#p>Modifica</a></td></tr></table>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{r:#?}");
    assert_eq!(
        (f[0].control_state.as_str(), f[0].sharing),
        ("on", Some(true))
    );
    assert!(r.findings.iter().all(|f| f.label != "Non"), "{r:#?}");
    // A closed <dialog> is not on screen.
    let r = scan_html(
        r#"<dialog><label><input type=checkbox checked> Use my notes to train AI models</label></dialog>"#,
    );
    assert!(r.findings.iter().all(|f| !f.visible), "{r:#?}");
    // The person's data put to use, under a heading about AI and nothing else; not under an
    // AI feature heading.
    let r = scan_html(
        r#"<html lang=en><h2>Generative AI</h2><label><input type=checkbox checked> Use my reviews</label>
        <h2>AI features</h2><label><input type=checkbox checked> Use my location</label>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{r:#?}");
    assert_eq!(f[0].label, "Use my reviews");
    // "Help improve X" explained by help text that says the data trains models.
    let r = scan_html(
        r#"<html lang=en><label><input type=checkbox checked aria-describedby=h> Help improve Juniper</label>
        <p id=h>The questions you ask are used to train the models behind Juniper.</p>"#,
    );
    assert_eq!(ai(&r).len(), 1, "{r:#?}");
    // The "noai" directive protects when added, and a model trained on course results is model
    // training, while a course about AI training is not.
    let r = scan_html(
        r#"<html lang=en><label><input type=checkbox checked> Add the noai meta tag to my shop pages</label>
        <label><input type=checkbox> Use my course results to train AI models</label>
        <label><input type=checkbox> Tell me about new AI training courses</label>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 2, "{r:#?}");
    assert!(f.iter().all(|f| f.sharing == Some(false)), "{r:#?}");
}

/// A radio group with no label of its own whose question is only in its description (or its
/// row's text) is named by the question, not by the heading in its row ("Your data", a
/// section's title), which becomes its section. Issue 10: the popup showed "Your data".
#[test]
fn a_radio_groups_question_names_it_not_a_generic_heading() {
    let described = r#"<main><h1>Settings</h1><section><h2>Your data</h2>
        <div role="radiogroup" aria-describedby="q">
          <p id="q">Can we use your conversations to train our AI models?</p>
          <label><input type=radio name=t checked> Allow</label>
          <label><input type=radio name=t> Don't allow</label></div></section></main>"#;
    let in_row = r#"<main><h1>Settings</h1><section><h2>Your data</h2><div class="row">
          <p>Can we use your conversations to train our AI models?</p>
          <label><input type=radio name=t checked> Yes</label>
          <label><input type=radio name=t> No</label></div></section></main>"#;
    for html in [described, in_row] {
        let r = scan_html(html);
        let f = ai(&r)[0];
        assert_eq!(
            f.label,
            "Can we use your conversations to train our AI models?"
        );
        assert_eq!(f.section, ["Settings", "Your data"]);
        assert_eq!(f.description, "", "the question is not repeated");
        assert_eq!(f.sharing, Some(true));
        assert!(f.turn_off.is_some(), "still certain, still offered");
    }
    // A heading with help text that is not a question still names the group.
    let r = scan_html(
        r#"<main><section><h2>Model training</h2><div class="row">
          <p>Choose whether we may use your chats to improve our models.</p>
          <label><input type=radio name=t checked> Allow</label>
          <label><input type=radio name=t> Don't allow</label></div></section></main>"#,
    );
    assert_eq!(ai(&r)[0].label, "Model training");
}

#[test]
fn unnamed_ai_switches_on_a_service_settings_page_are_placed_by_the_data_they_name() {
    // Wording the catalog's phrases lack, on settings pages that are not catalogued URLs.
    let setting_of = |r: &Report, word: &str| {
        ai(r)
            .iter()
            .find(|f| f.label.contains(word))
            .unwrap_or_else(|| panic!("no finding with {word}: {r:#?}"))
            .setting
            .clone()
    };
    // Two settings (text, voice): each switch goes to the one whose data it names.
    let r = scan_at(
        "https://copilot.microsoft.com/settings/privacy",
        r#"<html lang=pt><label><input type=checkbox checked> Treinamento do modelo com texto</label>
        <label><input type=checkbox> Treinamento do modelo com voz</label>"#,
    );
    assert_eq!(
        setting_of(&r, "texto").as_deref(),
        Some("microsoft-copilot-training-text")
    );
    assert_eq!(
        setting_of(&r, "voz").as_deref(),
        Some("microsoft-copilot-training-voice")
    );
    assert!(ai(&r)
        .iter()
        .all(|f| f.default_sharing.is_some() || f.regions.is_empty()));
    // Data no setting names (video) is placed nowhere; a name that names no data goes to the
    // setting that names none.
    let r = scan_at(
        "https://chatgpt.com/settings/data",
        r#"<html lang=es><label><input type=checkbox checked> Incluir mis grabaciones de vídeo para entrenar los modelos</label>
        <label><input type=checkbox checked> Mejorar el modelo para todos</label>"#,
    );
    assert_eq!(setting_of(&r, "vídeo"), None, "{r:#?}");
    assert_eq!(
        setting_of(&r, "Mejorar").as_deref(),
        Some("openai-improve-model")
    );
    // A service with one AI-training setting: its settings page's only unnamed AI switch is it,
    // unless the two disagree on which way it works (an inverted switch).
    let r = scan_at(
        "https://www.pinterest.com/settings/account",
        r#"<html lang=nl><label><input type=checkbox checked> Mijn pins gebruiken om generatieve AI-modellen te trainen</label>"#,
    );
    assert_eq!(
        setting_of(&r, "pins").as_deref(),
        Some("pinterest-canvas-training")
    );
    let r = scan_at(
        "https://chat.mistral.ai/settings/privacy",
        r#"<html lang=nl><label><input type=checkbox checked> Mijn gesprekken niet gebruiken om modellen te trainen</label>"#,
    );
    assert_eq!(setting_of(&r, "gesprekken"), None, "{r:#?}");
    // A language select under an AI heading stays a language select.
    let r = scan_at(
        "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
        r#"<html lang=fr><h1>Données pour l’amélioration de l’IA générative</h1><label><input type=checkbox checked> Utiliser mes données pour entraîner des modèles</label>
        <h2>Autres paramètres</h2><label for=l>Langue</label><select id=l><option>English</option><option selected>Français</option></select>"#,
    );
    assert_eq!(ai(&r).len(), 1, "{r:#?}");
}

/// The one AI-training finding of a page: (sharing, certain).
fn one_reading(html: &str) -> (Option<bool>, bool) {
    let r = scan_html(html);
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{r:#?}");
    (f[0].sharing, f[0].certain)
}

#[test]
fn denials_joined_by_and_flip_once() {
    // Two denials of one use, joined by "and", are one act: ON protects.
    assert_eq!(
        one_reading("<html lang=en><label><input type=checkbox checked> Block and disable AI training on my sketches</label>"),
        (Some(false), true)
    );
    assert_eq!(
        one_reading("<html lang=nl><label><input type=checkbox checked> Mijn video's markeren met noimageai en noai</label>"),
        (Some(false), true)
    );
    // Apart, two denials still cancel: "Don't block…" permits.
    assert_eq!(
        one_reading("<html lang=en><label><input type=checkbox checked> Don't block AI training on my sketches</label>"),
        (Some(true), true)
    );
}

#[test]
fn a_reservation_of_rights_protects_and_a_first_person_denial_denies() {
    // The EU text-and-data-mining opt-out is a reservation of rights, in each language's words.
    assert_eq!(
        one_reading("<html lang=nl><label><input type=checkbox checked> Voorbehoud tegen tekst- en datamining voor AI-training op mijn foto's</label>"),
        (Some(false), true)
    );
    assert_eq!(
        one_reading("<html lang=es><label><input type=checkbox checked> Reserva de derechos frente al entrenamiento de IA con mis fotos</label>"),
        (Some(false), true)
    );
    // A radio group answered "I deny" (1st person): not sharing.
    let (sharing, _) = one_reading(
        r#"<html lang=pt><fieldset><legend>Uso das minhas gravações para treinar modelos de IA</legend>
        <label><input type=radio name=c> Dou o consentimento</label><label><input type=radio name=c checked> Nego o consentimento</label></fieldset>"#,
    );
    assert_eq!(sharing, Some(false));
}

#[test]
fn a_bare_crawler_name_whose_help_text_denies_twice_is_uncertain() {
    let (_, certain) = one_reading(
        r#"<html lang=en><label><input type=checkbox checked aria-describedby=h> Manage AI crawler access in robots.txt</label>
        <p id=h>Adds Disallow rules asking AI crawlers not to train models on your pages.</p>"#,
    );
    assert!(!certain);
}

#[test]
fn a_heading_lends_its_ai_only_to_labels_exclusions_and_the_persons_own() {
    let ai_labels = |html: &str| -> Vec<String> {
        let r = scan_html(html);
        let mut v: Vec<String> = ai(&r).iter().map(|f| f.label.clone()).collect();
        v.sort();
        v
    };
    // Under an AI heading: a course for people is not AI training; a short label, an exclusion
    // and the person's own are.
    let got = ai_labels(
        r#"<html lang=en><h2>AI and data</h2>
        <label><input type=checkbox> Send new staff a reminder to finish their onboarding training</label>
        <label><input type=checkbox> Content training</label>
        <label><input type=checkbox> Exclude support tickets and call notes from training</label>
        <label><input type=checkbox> Let us learn from the way you tag photos</label>"#,
    );
    assert_eq!(
        got,
        [
            "Content training",
            "Exclude support tickets and call notes from training",
            "Let us learn from the way you tag photos"
        ]
    );
    // A feature that says in an aside that it trains nothing stays a feature.
    assert!(ai_labels(
        "<html lang=fr><label><input type=checkbox> Résumer mes notes avec l'IA (vos notes ne servent pas à l'entraînement)</label>"
    )
    .is_empty());
    // A heading about licences ("License types") says what its controls are about, so an
    // outer "Licensing & AI" heading does not reach them.
    assert!(ai_labels(
        "<html lang=en><h1>Licensing &amp; AI</h1><h2>License types</h2><label><input type=checkbox checked> Editorial use</label>"
    )
    .is_empty());
}

#[test]
fn a_phrase_does_not_end_inside_a_hyphenated_compound() {
    // "with AI" is a feature's tool; "with AI-partners" names who gets the data.
    let (sharing, certain) = one_reading(
        r#"<html lang=nl><label><input type=checkbox aria-describedby=h> Mijn clips niet meer delen met AI-partners</label>
        <p id=h>Zolang dit aanstaat, gaan je clips niet naar partners die er hun modellen mee trainen.</p>"#,
    );
    assert_eq!((sharing, certain), (Some(true), true));
}

#[test]
fn a_model_heading_lends_training_to_a_short_exclusion() {
    let (sharing, _) = one_reading(
        r#"<html lang=it><h2>Miglioramento dei modelli</h2><label><input type=checkbox checked> Escludi dall'addestramento: progetto-demo</label>"#,
    );
    assert_eq!(sharing, Some(false));
}

#[test]
fn a_crawler_that_collects_for_ai_training_names_the_use_itself() {
    // A crawler's name is enough: its operator says it collects for training.
    let (sharing, certain) = one_reading(
        r#"<html lang=fr><label for=s>Accès pour Bytespider</label><select id=s><option>Autoriser</option><option selected>Bloquer</option></select>
        <label for=b>Accès pour OAI-SearchBot</label><select id=b><option selected>Autoriser</option><option>Bloquer</option></select>"#,
    );
    assert_eq!((sharing, certain), (Some(false), true));
}

#[test]
fn include_and_the_persons_own_borrow_a_training_heading_in_every_language() {
    let r = scan_html(
        r#"<html lang=nl><h2>Modeltraining met jouw werk</h2><label><input type=checkbox checked> Ingeplande agenda-items opnemen</label>"#,
    );
    assert_eq!(ai(&r).len(), 1, "{r:#?}");
    let r = scan_html(
        r#"<html lang=es><h2>Entrenamiento de la IA</h2><label><input type=checkbox checked> Mis apuntes de clase</label>"#,
    );
    assert_eq!(ai(&r).len(), 1, "{r:#?}");
}

#[test]
fn a_feature_whose_help_text_says_your_data_trains_is_ai_training() {
    let (sharing, _) = one_reading(
        r#"<html lang=de><label><input type=checkbox checked aria-describedby=h> Intelligentere Rezeptvorschläge ermöglichen</label>
        <p id=h>Ihre gekochten Rezepte und Bewertungen werden zum Trainieren unserer KI-Modelle verwendet.</p>"#,
    );
    assert_eq!(sharing, Some(true));
    // How the feature itself was trained is not about the person's data.
    let r = scan_html(
        r#"<html lang=en><label><input type=checkbox checked aria-describedby=h> Smart reply suggestions</label>
        <p id=h>Our AI models were trained on public text. Suggestions appear as you type.</p>"#,
    );
    assert!(ai(&r).is_empty(), "{r:#?}");
}

#[test]
fn options_that_deny_or_that_name_training_decide_under_a_training_name() {
    // A selected option that denies ("Ausgeschlossen"), under a name that permits.
    let (sharing, certain) = one_reading(
        r#"<html lang=de><label for=s>KI-Training mit dem Ordner Urlaub</label><select id=s><option>Erlaubt</option><option selected>Ausgeschlossen</option></select>"#,
    );
    assert_eq!((sharing, certain), (Some(false), true));
    // Options of which one names training: the others do not share, whatever the name says.
    let (sharing, _) = one_reading(
        r#"<html lang=en><fieldset><legend>How our AI uses your voice notes</legend>
        <label><input type=radio name=v checked> Only to transcribe them for you</label>
        <label><input type=radio name=v> Also to train our speech models</label></fieldset>"#,
    );
    assert_eq!(sharing, Some(false));
    // The option that names training refuses it: the others permit.
    let (sharing, _) = one_reading(
        r#"<html lang=en><label for=p>Let partners train their AI models on my reviews</label><select id=p>
        <option selected>Every partner, including universities and model vendors</option><option>No partner may use my reviews for AI training</option></select>"#,
    );
    assert_eq!(sharing, Some(true));
    // Under a name that objects, an option that objects repeats it.
    let (sharing, _) = one_reading(
        r#"<html lang=es><fieldset><legend>Oposición al uso de mis fotos para entrenar la IA</legend>
        <label><input type=radio name=o checked> Me opongo</label><label><input type=radio name=o> No me opongo</label></fieldset>"#,
    );
    assert_eq!(sharing, Some(false));
}

#[test]
fn a_row_named_for_assistive_technology_is_named_so() {
    // Visible "Status: Off" beside the title; the row group and its button point at the title.
    let r = scan_html(
        r#"<html lang=it><div role=group aria-labelledby=t><span id=t>Addestramento dell'IA con le mie note vocali</span>
        <p>Stato: <span>Disattivato</span></p><button aria-describedby=t aria-haspopup=dialog>Gestisci</button></div>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{r:#?}");
    assert_eq!(
        (f[0].label.as_str(), f[0].sharing),
        ("Addestramento dell'IA con le mie note vocali", Some(false))
    );
}

#[test]
fn a_select_only_combobox_is_a_select() {
    // ARIA's select-only combobox: the value shown, the listbox it controls.
    let (sharing, _) = one_reading(
        r#"<html lang=en><span id=l>Use my uploads to train AI models</span>
        <div role=combobox tabindex=0 aria-labelledby=l aria-controls=lb aria-expanded=false>Never</div>
        <ul role=listbox id=lb hidden><li role=option>Always</li><li role=option aria-selected=true>Never</li></ul>"#,
    );
    assert_eq!(sharing, Some(false));
    // The list not in the page yet: the value shown is the one option.
    let r = scan_html(
        r#"<html lang=es><label id=m>Uso de mis grabaciones para entrenar la IA</label><div role=combobox aria-labelledby=m>Permitido</div>"#,
    );
    let f = ai(&r);
    assert_eq!(
        (f.len(), f[0].sharing, f[0].control_state.as_str()),
        (1, Some(true), "Permitido"),
        "{r:#?}"
    );
    // A text field that autocompletes is not a select.
    let r = scan_html(
        r#"<html lang=en><label for=q>Search AI training settings</label><input id=q role=combobox>"#,
    );
    assert!(ai(&r).is_empty(), "{r:#?}");
}

#[test]
fn pressed_answer_buttons_side_by_side_are_one_question() {
    let r = scan_html(
        r#"<html lang=nl><p id=q>Mogen je spraakopnames onze spraakmodellen trainen?</p>
        <div role=group aria-labelledby=q><button aria-pressed=true>Ja</button><button aria-pressed=false>Nee</button></div>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{r:#?}");
    assert_eq!(
        (f[0].kind, f[0].sharing, f[0].control_state.as_str()),
        (ControlKind::RadioGroup, Some(true), "Ja")
    );
    // A pressed button that says what it does stays a button of its own.
    let r = scan_html(
        r#"<html lang=en><div><button aria-pressed=true>Keep my voice notes out of AI training</button><button aria-pressed=false>Dark mode</button></div>"#,
    );
    assert_eq!(ai(&r)[0].kind, ControlKind::PressedButton, "{r:#?}");
}

#[test]
fn learn_from_is_training_in_every_language_but_not_to_personalise_or_on_the_device() {
    let (sharing, _) = one_reading(
        r#"<html lang=es><label><input type=checkbox checked> Permitir que el modelo antispam aprenda de los correos que marco</label>"#,
    );
    assert_eq!(sharing, Some(true));
    let r = scan_html(
        r#"<html lang=it><label><input type=checkbox checked aria-describedby=h> Le tue chat precedenti</label>
        <p id=h>L'assistente impara dalle chat precedenti per personalizzare le risposte per te.</p>"#,
    );
    assert!(ai(&r).is_empty(), "{r:#?}");
    let r = scan_html(
        r#"<html lang=de><label><input type=checkbox checked> Die Tastatur lernt von deinen Eingaben (nur auf dem Gerät)</label>"#,
    );
    assert!(ai(&r).is_empty(), "{r:#?}");
}

#[test]
fn a_data_name_of_six_words_borrows_a_training_heading() {
    let r = scan_html(
        r#"<html lang=pt><h2>Dados usados para treinar os nossos modelos de IA</h2><label><input type=checkbox checked> Dados de localização durante as viagens</label>"#,
    );
    assert_eq!(ai(&r).len(), 1, "{r:#?}");
}

#[test]
fn a_practice_with_ai_as_the_tool_and_authorised_states() {
    let r = scan_html(
        r#"<html lang=fr><label><input type=checkbox checked> Entraînement à la prononciation avec l'IA</label>"#,
    );
    assert!(ai(&r).is_empty(), "{r:#?}");
    // "Not authorised" is a state in each language, as fr "non autorisé" was.
    let r = scan_html(
        r#"<html lang=it><div><h3>Uso delle mie chiamate per addestrare l'IA</h3><p>Stato: Non autorizzato</p><a href="/modifica">Modifica</a></div>"#,
    );
    let f = ai(&r);
    assert_eq!((f.len(), f[0].sharing), (1, Some(false)), "{r:#?}");
}

#[test]
fn a_negation_in_an_aside_of_help_text_negates_only_the_aside() {
    let (sharing, _) = one_reading(
        r#"<html lang=en><label><input type=checkbox checked aria-describedby=h> Help us improve smart tagging</label>
        <p id=h>Sends the layout of the photos you tag (never the photos themselves) to train our tagging model.</p>"#,
    );
    assert_eq!(sharing, Some(true));
}

#[test]
fn what_a_setting_shares_places_a_switch_that_names_data() {
    // Alexa's settings: "help improve" shares voice recordings, the other one messages. A
    // German switch about voice recordings is the first.
    let r = scan_at(
        "https://www.amazon.de/alexa-privacy/apd/settings",
        r#"<html lang=de><label><input type=checkbox checked> Meine Sprachaufnahmen zur Verbesserung der Spracherkennung verwenden</label>"#,
    );
    assert_eq!(
        ai(&r)[0].setting.as_deref(),
        Some("amazon-alexa-help-improve"),
        "{r:#?}"
    );
}

#[test]
fn a_choice_handed_to_another_setting_follows_the_page_and_stays_uncertain() {
    // Per-project overrides under a workspace rule: "Eredita dall'area di lavoro"-style options
    // say nothing of their own; the workspace's own choice (here: refused) is what they mean.
    let page = |own: &str| {
        format!(
            r#"<html lang=it><label>Usare i miei file per addestrare i modelli di IA <select>
            <option {own}>Consentito</option><option {}>Non consentito</option></select></label>
            <label>Progetto Nord <select aria-label="Addestramento dei modelli – progetto Nord">
            <option selected>Predefinito</option><option>Consentito</option><option>Non consentito</option></select></label>"#,
            if own.is_empty() { "selected" } else { "" }
        )
    };
    for (own, expect) in [("", Some(false)), ("selected", Some(true))] {
        let r = scan_html(&page(own));
        let f = ai(&r);
        let nord = f
            .iter()
            .find(|f| f.label.contains("Nord"))
            .expect("the override");
        assert_eq!((nord.sharing, nord.certain), (expect, false), "{r:#?}");
        assert!(nord.turn_off.is_none());
    }
    // With nothing on the page to follow, it is not guessed.
    let r = scan_html(
        r#"<html lang=en><label>Model training for the Design team <select>
        <option selected>Same as organization setting</option><option>On</option><option>Off</option></select></label>"#,
    );
    assert_eq!(
        (ai(&r)[0].sharing, ai(&r)[0].certain),
        (None, false),
        "{r:#?}"
    );
    // An option whose brackets only remark that it is the default is its own choice.
    let (sharing, certain) = one_reading(
        r#"<html lang=en><fieldset><legend>Use my messages to train AI models</legend>
        <label><input type=radio name=a checked> Shared (default)</label>
        <label><input type=radio name=a> Not shared</label></fieldset>"#,
    );
    assert_eq!((sharing, certain), (Some(true), true));
}

#[test]
fn a_plain_option_goes_the_other_way_from_the_same_option_qualified_about_training() {
    // A feature policy whose options are "Allowed", "Allowed without improving AI models" and
    // "Not allowed": the plain "Allowed" is the one that lets the data train models.
    let page = |chosen: usize| {
        let o = [
            "Erlaubt",
            "Erlaubt, ohne KI-Modelle zu verbessern",
            "Nicht erlaubt",
        ];
        let opts: String = o
            .iter()
            .enumerate()
            .map(|(i, l)| {
                format!(
                    "<option {}>{l}</option>",
                    if i == chosen { "selected" } else { "" }
                )
            })
            .collect();
        format!(r#"<html lang=de><label>Schreibhilfe <select>{opts}</select></label>"#)
    };
    for (chosen, expect) in [(0, Some(true)), (1, Some(false)), (2, Some(false))] {
        let (sharing, _) = one_reading(&page(chosen));
        assert_eq!(sharing, expect, "option {chosen}");
    }
}

#[test]
fn answers_that_all_read_one_way_are_not_certain() {
    // "Ja / Alleen anoniem / Misschien later" would read as three yeses under a permitting
    // name: no answer refuses, so the reading missed how they differ.
    let (_, certain) = one_reading(
        r#"<html lang=nl><label>Mijn foto's gebruiken om AI-modellen te trainen <select>
        <option>Ja</option><option>Alleen anoniem</option><option selected>Misschien later</option></select></label>"#,
    );
    assert!(!certain);
    // Belgian Dutch "neen" is "nee".
    let (sharing, certain) = one_reading(
        r#"<html lang=nl-BE><label>Mijn foto's gebruiken om AI-modellen te trainen <select>
        <option>Ja</option><option selected>Neen</option></select></label>"#,
    );
    assert_eq!((sharing, certain), (Some(false), true));
}

#[test]
fn consent_rows_and_listboxes_say_their_state() {
    // A consent's state is a participle with when or by whom after it; a denial's own
    // participle under a name that denies is not read as "off" with certainty.
    let r = scan_html(
        r#"<html lang=pt><table><tr><th>Utilização das minhas fotografias para treinar modelos de IA</th>
        <td>Revogado em 04/05/2024</td><td><a href="/alterar">Alterar</a></td></tr></table>"#,
    );
    let f = ai(&r);
    assert_eq!((f.len(), f[0].sharing), (1, Some(false)), "{r:#?}");
    let r = scan_html(
        r#"<html lang=en><table><tr><th>Opt out of AI training on my drafts</th>
        <td>Opted out</td><td><a href="/change">Change</a></td></tr></table>"#,
    );
    assert!(!ai(&r)[0].certain, "{r:#?}");
    // A single-select listbox shown on the page is a choice like a select.
    let (sharing, certain) = one_reading(
        r#"<html lang=fr><span id=t>Utiliser mes avis pour entraîner l'IA</span>
        <ul role=listbox aria-labelledby=t><li role=option aria-selected=true>Autorisé</li>
        <li role=option aria-selected=false>Non autorisé</li></ul>"#,
    );
    assert_eq!((sharing, certain), (Some(true), true));
}

#[test]
fn kinds_of_data_under_a_heading_that_keeps_them_out_of_training() {
    // "Model improvement" › "Kept out of training": ticking a kind of data keeps it out.
    let page = r#"<html lang=de><h2>Verbesserung unserer Modelle</h2><details open>
        <summary>Vom Training ausgeschlossen</summary>
        <label><input type=checkbox checked> Sprachnachrichten</label>
        <label><input type=checkbox> Notizen</label></details>"#;
    let r = scan_html(page);
    let f = ai(&r);
    let got: Vec<(&str, Option<bool>, bool)> = f
        .iter()
        .map(|f| (f.label.as_str(), f.sharing, f.certain))
        .collect();
    assert!(
        got.contains(&("Sprachnachrichten", Some(false), true)),
        "{got:?}"
    );
    assert!(got.contains(&("Notizen", Some(true), true)), "{got:?}");
}

#[test]
fn the_persons_own_listings_are_their_content_not_advertising() {
    let r = scan_html(
        r#"<html lang=it><fieldset><legend>Contenuti usati per addestrare i nostri modelli di IA</legend>
        <label><input type=checkbox checked> Foto dei miei annunci</label>
        <label><input type=checkbox> Annunci personalizzati</label></fieldset>"#,
    );
    let labels: Vec<&str> = ai(&r).iter().map(|f| f.label.as_str()).collect();
    assert_eq!(labels, vec!["Foto dei miei annunci"], "{r:#?}");
}

#[test]
fn accepting_the_terms_is_not_an_ai_training_switch() {
    // Help text that mentions model training does not make a terms checkbox one.
    let r = scan_html(
        r#"<html lang=es><label><input type=checkbox checked aria-describedby=h> Acepto los términos y condiciones</label>
        <p id=h>Si activaste el entrenamiento de modelos, usamos tus notas para entrenar nuestros modelos de IA.</p>"#,
    );
    assert!(ai(&r).is_empty(), "{r:#?}");
}

#[test]
fn options_that_both_speak_of_training_decide_when_they_differ() {
    // Both options name training; one permits, one refuses. Portuguese "no" is "in the".
    let page = |chosen: usize| {
        let o = [
            "Podem ser aproveitadas no treino dos modelos",
            "Não podem ser aproveitadas no treino dos modelos",
        ];
        let radios: String = o
            .iter()
            .enumerate()
            .map(|(i, l)| {
                format!(
                    "<label><input type=radio name=f {}> {l}</label>",
                    if i == chosen { "checked" } else { "" }
                )
            })
            .collect();
        format!(
            r#"<html lang=pt-PT><fieldset><legend>As suas avaliações</legend>{radios}</fieldset>"#
        )
    };
    assert_eq!(one_reading(&page(0)), (Some(true), true));
    assert_eq!(one_reading(&page(1)), (Some(false), true));
}

#[test]
fn a_state_only_button_is_named_as_the_browser_names_it() {
    // aria-labelledby wins over aria-label in the accessible name.
    let r = scan_html(
        r#"<html lang=en><span id=t>Use my reviews to train AI models</span>
        <button aria-labelledby=t aria-label="Status">On</button>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{r:#?}");
    assert_eq!(f[0].label, "Use my reviews to train AI models");
}

#[test]
fn an_act_then_what_it_is_about_after_a_dash_or_in_brackets() {
    // Consent banners: "Object to legitimate interest — <purpose>"; read as after a colon.
    for (lang, name) in [
        ("en", "Object to legitimate interest — Develop AI models"),
        (
            "de",
            "Widerspruch gegen berechtigtes Interesse – KI-Modelle trainieren",
        ),
        (
            "fr",
            "S'opposer à l'intérêt légitime (entraîner des modèles d'IA)",
        ),
    ] {
        let html = format!(r#"<html lang={lang}><label><input type=checkbox> {name}</label>"#);
        assert_eq!(one_reading(&html), (Some(true), true), "{name}");
    }
    // A bracket with an operator of its own is read as itself: ticked, the photos go to
    // partners but never to AI training.
    let (sharing, _) = one_reading(
        r#"<html lang=en><label><input type=checkbox checked> Share my photos with partners (never for AI training)</label>"#,
    );
    assert_eq!(sharing, Some(false));
}

#[test]
fn a_sections_intro_sentence_says_what_its_kinds_of_data_are_for() {
    // "Pick what we may use to train our models", then bare kinds of data.
    let page = |intro: &str| {
        format!(
            r#"<html lang=it><section><h2>Aiutaci a crescere</h2><p>{intro}</p>
            <label><input type=checkbox checked> Registrazioni vocali</label>
            <label><input type=checkbox> Foto dei miei viaggi</label></section>"#
        )
    };
    let r = scan_html(&page(
        "Scegli quali dati possiamo usare per addestrare i nostri modelli. Il tuo nome non viene mai incluso.",
    ));
    let got = ai_sharing(&r);
    assert!(
        got.contains(&("Registrazioni vocali", Some(true))),
        "{got:?}"
    );
    assert!(
        got.contains(&("Foto dei miei viaggi", Some(false))),
        "{got:?}"
    );
    // An intro that says the data is not used for training introduces no AI-training switch.
    let r = scan_html(&page(
        "Questi dati non vengono usati per addestrare i modelli.",
    ));
    assert!(ai(&r).is_empty(), "{r:#?}");
}

#[test]
fn a_name_without_an_operator_right_under_a_training_heading_names_its_data() {
    // Wording of no test page: what the person made, named by a relative clause or a
    // participle, with no data word the lexicons list.
    for page in [
        r#"<html lang=en><h2>Training our AI models</h2><label><input type=checkbox checked> Stories you draft in the editor</label>"#,
        r#"<html lang=de><h2>Training unserer KI-Modelle</h2><label><input type=checkbox checked> Gespeicherte Einkaufslisten</label>"#,
        r#"<html lang=it><h2>Addestramento dei modelli di IA</h2><label><input type=checkbox checked> Ricette che hai salvato</label>"#,
    ] {
        let r = scan_html(page);
        let f = ai(&r);
        assert_eq!((f.len(), f[0].sharing), (1, Some(true)), "{r:#?}");
    }
    // Not under a nearer heading that is about something else, and not a name that acts.
    for page in [
        r#"<html lang=en><h2>Training our AI models</h2><h3>Sharing with friends</h3><label><input type=checkbox checked> Stories you draft in the editor</label>"#,
        r#"<html lang=en><h2>Training our AI models</h2><label><input type=checkbox checked> Send me the weekly digest</label>"#,
    ] {
        let r = scan_html(page);
        assert!(ai(&r).is_empty(), "{r:#?}");
    }
}

#[test]
fn data_put_to_training_or_kept_out_of_it_by_the_names_own_act() {
    // "training" with no AI word: data is what trains; the name's act says which way.
    for (page, sharing) in [
        (
            r#"<html lang=en><label><input type=checkbox checked> Exclude shared documents from training</label>"#,
            false,
        ),
        (
            r#"<html lang=es><label><input type=checkbox> Excluir mis grabaciones del entrenamiento</label>"#,
            true,
        ),
        (
            r#"<html lang=de><label><input type=checkbox checked> Nutzung der Sprachaufnahmen für das Training</label>"#,
            true,
        ),
        (
            r#"<html lang=nl><label><input type=checkbox checked> Locatiegegevens uitsluiten van training</label>"#,
            false,
        ),
    ] {
        let r = scan_html(page);
        let f = ai(&r);
        assert_eq!((f.len(), f[0].sharing), (1, Some(sharing)), "{r:#?}");
    }
    // A notice about it stays a notice; training people is not training AI.
    for page in [
        r#"<html lang=en><label><input type=checkbox checked> Email alerts when training data is used</label>"#,
        r#"<html lang=en><label><input type=checkbox checked> Use my recordings in staff training</label>"#,
    ] {
        let r = scan_html(page);
        assert!(ai(&r).is_empty(), "{r:#?}");
    }
}

#[test]
fn an_intro_sentence_that_says_what_on_does_decides_a_bare_name() {
    // Wording of no test page: the intro says ON keeps the data out; the names only name data.
    for (page, sharing) in [
        (
            r#"<html lang=it><section><h2>Addestramento dei modelli</h2><p>Quando attivi un'opzione, quei dati non vengono più usati per addestrare i nostri modelli.</p><label><input type=checkbox checked> I miei disegni</label><label><input type=checkbox> I miei appunti</label></section>"#,
            [false, true],
        ),
        (
            r#"<html lang=en><section><h2>Model training</h2><p>When enabled, these items are never used to train our AI models.</p><label><input type=checkbox checked> My sketches</label><label><input type=checkbox> My notes</label></section>"#,
            [false, true],
        ),
    ] {
        let r = scan_html(page);
        let f = ai(&r);
        assert_eq!(f.len(), 2, "{r:#?}");
        // Findings come ranked, sharing first: the first switch on the page is checked.
        let checked = f.iter().find(|f| f.control_state == "on").unwrap();
        let unchecked = f.iter().find(|f| f.control_state == "off").unwrap();
        assert_eq!(
            [checked.sharing, unchecked.sharing],
            sharing.map(Some),
            "{r:#?}"
        );
        assert!(f.iter().all(|f| f.certain), "{r:#?}");
    }
}

#[test]
fn a_rows_button_described_by_help_and_state_is_named_by_the_row() {
    // Wording of no test page: the button's description is the help text and the state, not a name.
    let r = scan_html(
        r#"<html lang=de><div class="row"><div><span>Entwürfe für das KI-Training</span><p id=h>Erlaubt uns, deine Entwürfe zum Training unserer Modelle zu verwenden.</p></div><span id=s>Aus</span><button type=button aria-describedby="h s">Ändern</button></div>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{r:#?}");
    assert!(
        f[0].label.starts_with("Entwürfe für das KI-Training"),
        "{r:#?}"
    );
    assert_eq!(f[0].sharing, Some(false), "{r:#?}");
}

#[test]
fn a_named_group_of_pressed_buttons_is_one_choice() {
    // Wording of no test page: acts, not states, on the buttons; the group names the question.
    let r = scan_html(
        r#"<html lang=de><span id=q>KI-Training mit meinen Fotos</span><div role=group aria-labelledby=q><button type=button aria-pressed=true>Erlauben</button><button type=button aria-pressed=false>Blockieren</button></div>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{r:#?}");
    assert_eq!(
        (f[0].label.as_str(), f[0].sharing),
        ("KI-Training mit meinen Fotos", Some(true)),
        "{r:#?}"
    );
}

#[test]
fn a_denial_participle_as_the_state_of_a_denying_name_is_not_read_as_off() {
    // "Withdraw consent…: Withdrawn" may say the withdrawal happened: not certain either way,
    // whether the word stands apart or runs into the row's link in one line of text.
    for row in [
        "<td><span>Withdrawn</span> <a href=/c>Change</a></td>",
        "<td>Withdrawn <a href=/c>Change</a></td>",
    ] {
        let r = scan_html(&format!(
            "<html lang=en><table><tr><th>Withdraw consent to AI training on my recordings</th>{row}</tr></table>"
        ));
        let f = ai(&r);
        assert_eq!(f.len(), 1, "{row}: {r:#?}");
        assert!(!f[0].certain, "{row}: {:#?}", f[0]);
    }
}

#[test]
fn a_status_label_is_not_a_name_and_answers_answer_the_heading() {
    // "Status: Off" beside a title and the row's own button: the title names the setting.
    let r = scan_html(
        r#"<html lang=en><h2>Model training</h2><div class=row><div><h3 id=t>Training on support chats</h3>
        <p>Status: <span>Off</span></p></div><button type=button aria-labelledby="t b" id=b>Turn on</button></div>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{r:#?}");
    assert!(
        f[0].label.starts_with("Training on support chats"),
        "{:#?}",
        f[0]
    );
    assert_eq!(f[0].sharing, Some(false));
    // A choice of answers under a heading that asks about training answers it, as a switch
    // would; a choice of something else ("Country") does not.
    let r = scan_html(
        r#"<html lang=en><h2>Data we may use to train our models</h2>
        <label for=s>Employee handbooks</label><select id=s><option selected>Exclude</option><option>Include anonymised</option></select>
        <label for=c>Country</label><select id=c><option selected>France</option><option>Spain</option></select>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{r:#?}");
    assert_eq!(
        (f[0].label.as_str(), f[0].sharing),
        ("Employee handbooks", Some(false))
    );
}

#[test]
fn a_name_that_does_something_else_to_the_data_stays_that_under_a_training_heading() {
    // Deleting, downloading: acts a turn-off must never take, and no choice about training.
    let r = scan_html(
        r#"<html lang=en><h2>Your recordings and our models</h2><p>We use recordings to train our models.</p>
        <label for=d>Delete recordings automatically after</label><select id=d><option selected>Never</option><option>30 days</option></select>
        <label><input type=checkbox checked> Recordings</label>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{r:#?}");
    assert_eq!(f[0].label, "Recordings");
}

#[test]
fn a_button_that_names_an_act_on_training_is_a_setting_whose_act_is_not_done() {
    let r = scan_html(
        r#"<html lang=en><h2>Your recordings</h2>
        <p>Currently used to train our speech models.</p>
        <button type=button>Withdraw my consent to AI training on my recordings</button>
        <button type=button aria-label="Start sharing clips for AI training – Garage camera">Start</button>
        <button type=button>Download all my recordings</button>
        <button type=button>Save these settings now</button>"#,
    );
    let f = ai(&r);
    let got: Vec<(&str, Option<bool>, bool)> = f
        .iter()
        .map(|f| (f.label.as_str(), f.sharing, f.certain))
        .collect();
    assert_eq!(
        got,
        [
            (
                "Withdraw my consent to AI training on my recordings",
                Some(true),
                false
            ),
            (
                "Start sharing clips for AI training – Garage camera",
                Some(false),
                false
            ),
        ],
        "{r:#?}"
    );
    // The Why line says why it is not certain.
    assert!(
        f[0].evidence.why.contains("a button"),
        "{:#?}",
        f[0].evidence
    );
    // Neither is a control to report otherwise: the other buttons are not findings at all.
    assert_eq!(r.findings.len(), 2, "{r:#?}");
}

#[test]
fn under_a_training_heading_courses_mail_and_ai_as_the_tool_stay_what_they_are() {
    let r = scan_html(
        r#"<html lang=fr><h2>Vos cours et notre IA</h2><p>Notre assistant peut être entraîné à partir de vos vidéos.</p>
        <label><input type=checkbox checked> Mes vidéos de cours</label>
        <label><input type=checkbox checked> Attestation et certificat de réussite</label>
        <label><input type=checkbox checked> Bilan mensuel par e-mail</label>
        <label><input type=checkbox checked> Générer des exercices grâce à l'IA</label>"#,
    );
    let got: Vec<&str> = ai(&r).iter().map(|f| f.label.as_str()).collect();
    assert_eq!(got, ["Mes vidéos de cours"], "{r:#?}");
}

#[test]
fn a_change_link_named_by_the_row_title_names_the_row_not_its_help() {
    let r = scan_html(
        r#"<html lang=en><div class=pref><div><span id=t>Trip history for AI improvement</span>
        <p id=h>When this is on, your past bookings help us improve the models behind the planner.</p></div>
        <span>Off</span><a href=/trips id=l aria-labelledby="l t" aria-describedby=h>Change</a></div>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{r:#?}");
    assert_eq!(
        (f[0].label.as_str(), f[0].sharing),
        ("Trip history for AI improvement", Some(false))
    );
}

#[test]
fn options_that_all_read_one_way_leave_the_reading_uncertain() {
    // "Only show them" / "Also use them for the helper": both read as sharing, so the reading
    // missed how they differ, and must not act on it.
    let r = scan_html(
        r#"<html lang=de><h2>Generative KI</h2>
        <label for=s>Nutzung meiner Bewertungen</label><select id=s><option selected>Nur auf der Seite anzeigen</option>
        <option>Auch für die Einkaufshilfe verwenden</option></select>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{r:#?}");
    assert!(f[0].sharing == Some(false) || !f[0].certain, "{:#?}", f[0]);
}

#[test]
fn a_named_group_of_chips_with_several_pressed_is_several_switches() {
    let r = scan_html(
        r#"<html lang=en><h2 id=h>What we may use to train our models</h2>
        <div role=group aria-labelledby=h><button aria-pressed=true>Prompts</button>
        <button aria-pressed=false>Uploaded images</button><button aria-pressed=true>Generated images</button></div>"#,
    );
    let got = ai_sharing(&r);
    assert_eq!(
        got,
        [
            ("Prompts", Some(true)),
            ("Generated images", Some(true)),
            ("Uploaded images", Some(false))
        ],
        "{r:#?}"
    );
}

#[test]
fn a_forms_submit_button_does_what_the_forms_title_says() {
    let r = scan_html(
        r#"<html lang=fr><main><section><h2>Opposition à l'utilisation de vos publications pour entraîner nos modèles d'IA</h2>
        <p>Vous pouvez vous opposer à ce traitement.</p>
        <form><label for=e>Adresse e-mail</label><input id=e type=email>
        <button type=submit>Envoyer</button></form></section>
        <section><h2>Rechercher dans l'aide</h2><form><input type=search aria-label=Rechercher><button>Rechercher</button></form></section></main>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{r:#?}");
    assert_eq!(
        (f[0].label.as_str(), f[0].sharing, f[0].certain),
        (
            "Opposition à l'utilisation de vos publications pour entraîner nos modèles d'IA",
            Some(true),
            false
        )
    );
}

#[test]
fn a_word_that_stays_in_one_language_is_data_in_another() {
    // French "texto" is a text message (a notification); Spanish "texto" is text, data.
    let es = scan_html(
        r#"<html lang=es><h2>Bloquear su uso para entrenar la IA</h2>
        <label><input type=checkbox checked> Texto de los artículos</label>"#,
    );
    assert_eq!(ai(&es).len(), 1, "{es:#?}");
    let fr = scan_html(
        r#"<html lang=fr><h2>Votre contenu et l'entraînement de l'IA</h2><p>Nous pouvons entraîner nos modèles sur vos contenus.</p>
        <label><input type=checkbox checked> Alertes par texto</label>"#,
    );
    assert!(ai(&fr).is_empty(), "{fr:#?}");
}

#[test]
fn a_bare_training_heading_under_a_heading_about_an_ai_model_is_about_training() {
    let r = scan_html(
        r#"<html lang=de><h2>KI-Empfehlungsmodell</h2><h3>Diese Daten dürfen zum Training verwendet werden</h3>
        <div role=switch aria-checked=true aria-label="Merkliste"></div>
        <h2>Schulungen</h2><h3>Training für neue Mitarbeitende</h3>
        <div role=switch aria-checked=true aria-label="Teilnahmebestätigung"></div>"#,
    );
    let got = ai_sharing(&r);
    assert_eq!(got, [("Merkliste", Some(true))], "{r:#?}");
    assert!(
        ai(&r)[0].evidence.why.contains("Diese Daten"),
        "{:#?}",
        ai(&r)[0].evidence
    );
}

#[test]
fn a_table_column_header_says_what_each_rows_control_does() {
    // Per-project overrides: the column names the use; an inherited value in brackets is the
    // value the option hands on.
    let r = scan_html(
        r#"<html lang=it><h2>Intelligenza artificiale</h2><h3>Per progetto</h3>
        <table><tr><th>Progetto</th><th>Escluso dall'addestramento</th><th>Ruolo</th></tr>
        <tr><th id=p1>portale-web</th><td><input type=checkbox aria-labelledby=p1 checked></td><td>Admin</td></tr>
        <tr><th id=p2>app-mobile</th><td><input type=checkbox aria-labelledby=p2></td><td>Membro</td></tr></table>
        <table><tr><th>Progetto</th><th>Uso per l'addestramento</th></tr>
        <tr><th id=p3>analisi-dati</th><td><select aria-labelledby=p3><option selected>Eredita dall'organizzazione (disattivato)</option><option>Consenti</option><option>Escludi</option></select></td></tr></table>"#,
    );
    let got = ai_sharing(&r);
    assert!(got.contains(&("portale-web", Some(false))), "{got:?}");
    assert!(got.contains(&("app-mobile", Some(true))), "{got:?}");
    assert!(got.contains(&("analisi-dati", Some(false))), "{got:?}");
}

/// A row whose status says what became of a right, with a button that acts on it ("No
/// objection filed" [Lodge an objection]): the status says whether the use goes on, whatever the button
/// says; never certain (issue 7).
#[test]
fn a_rights_status_row_says_whether_training_goes_on() {
    let html = r#"<html lang="en"><body><main>
<h2>Use of your reviews for AI training</h2>
<div class="row"><div><span>Status</span><span>No objection filed</span></div><button type="button">Lodge an objection</button></div>
<h2>Your voice notes</h2>
<div class="row"><div><span id="t2">AI training on your voice notes</span><span>Objection lodged on 2 March 2026</span></div><a href="/o" id="a2" aria-labelledby="a2 t2">Withdraw objection</a></div>
</main></body></html>"#;
    let r = scan_at("https://reviews.example.test/settings", html);
    let f = ai(&r);
    assert_eq!(f.len(), 2, "{:#?}", r.findings);
    assert_eq!(
        (f[0].sharing, f[0].certain),
        (Some(true), false),
        "{:?}",
        f[0].label
    );
    assert_eq!(
        (f[1].sharing, f[1].certain),
        (Some(false), false),
        "{:?}",
        f[1].label
    );
}

/// An intro sentence that only says training happens does not outweigh a table column that
/// says which way its switches go (holdout28's per-card table: the intro made "Exclude … from
/// AI training" read as sharing, certain).
#[test]
fn a_column_that_excludes_outweighs_an_intro_that_trains() {
    let html = r#"<html lang="en"><body><main>
<h2>Loyalty cards and AI</h2><p>We train our demand forecasting models on what you buy. You can leave out any card.</p>
<table><thead><tr><th>Holder</th><th>Leave purchases out of AI training</th></tr></thead><tbody>
<tr><th id="h1">Alex</th><td><button role="switch" aria-checked="true" aria-labelledby="h1"></button></td></tr>
<tr><th id="h2">Sam</th><td><button role="switch" aria-checked="false" aria-labelledby="h2"></button></td></tr>
</tbody></table></main></body></html>"#;
    let r = scan_at("https://cards.example.test/privacy", html);
    let f = ai(&r);
    assert_eq!(f.len(), 2, "{:#?}", r.findings);
    let by = |n: &str| f.iter().find(|x| x.label == n).unwrap();
    assert_eq!(by("Alex").sharing, Some(false), "{:?}", by("Alex").evidence);
    assert_eq!(by("Sam").sharing, Some(true), "{:?}", by("Sam").evidence);
}

/// A table column that repeats the start of an AI-training setting's name on the page is that
/// setting, row by row, read with the setting's help text (holdout26's per-project tables);
/// never certain. A column that repeats nothing stays what it is.
#[test]
fn a_column_that_repeats_a_settings_name_is_that_setting_per_row() {
    let html = r#"<html lang="en"><body><main>
<h2>Recordings</h2>
<div><input type="checkbox" id="s" checked aria-describedby="d"><label for="s">Share recordings with Acme</label>
<p id="d">Recordings you share are used to train Acme's speech models.</p></div>
<table><thead><tr><th>Room</th><th>Share recordings</th><th>Keep clips</th></tr></thead><tbody>
<tr><th id="r1">Kitchen</th><td><input type="checkbox" aria-labelledby="r1" checked></td><td><input type="checkbox" aria-label="Kitchen clips"></td></tr>
<tr><th id="r2">Office</th><td><input type="checkbox" aria-labelledby="r2"></td><td><input type="checkbox" aria-label="Office clips"></td></tr>
</tbody></table></main></body></html>"#;
    let r = scan_at("https://home.example.test/settings", html);
    let f = ai(&r);
    let by = |n: &str| f.iter().find(|x| x.label == n);
    assert_eq!(
        by("Kitchen").map(|x| (x.sharing, x.certain)),
        Some((Some(true), false))
    );
    assert_eq!(
        by("Office").map(|x| (x.sharing, x.certain)),
        Some((Some(false), false))
    );
    assert!(
        by("Kitchen clips").is_none() && by("Office clips").is_none(),
        "{f:#?}"
    );
}

/// Under a name about improving models, an option with a bare "training" is the models'
/// training: the other options do not share (holdout29: "Nur speichern" read as sharing,
/// certain).
#[test]
fn an_option_with_a_bare_training_under_a_model_name_is_the_models() {
    let html = r#"<html lang="fr"><body><main><h2>Voix</h2>
<fieldset><legend>Extraits vocaux pour l'amélioration des modèles</legend>
<label><input type="radio" name="v"> Conserver et utiliser pour l'entraînement</label>
<label><input type="radio" name="v" checked> Conserver uniquement</label>
<label><input type="radio" name="v"> Ne pas conserver</label></fieldset></main></body></html>"#;
    let r = scan_at("https://voix.example.test/reglages", html);
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{:#?}", r.findings);
    assert_eq!(f[0].sharing, Some(false), "{:?}", f[0].evidence);
}

/// On every labelled page, Turn off is offered only where the reading is certain (the fuzz
/// targets' rule, here on real shapes: a row read through a repeated column name once kept the
/// Turn off its first reading had computed).
#[test]
fn turn_off_is_offered_only_on_certain_readings_on_every_labelled_page() {
    let mut bad = Vec::new();
    for dir in std::fs::read_dir("tests")
        .unwrap()
        .flatten()
        .map(|e| e.path())
    {
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        if !(name == "corpus" || name.starts_with("holdout")) {
            continue;
        }
        for lang in std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()) {
            if !lang.is_dir() {
                continue;
            }
            for page in std::fs::read_dir(&lang)
                .unwrap()
                .flatten()
                .map(|e| e.path())
            {
                if page.extension().is_none_or(|x| x != "html") {
                    continue;
                }
                let r = scan_file(page.to_str().unwrap(), ScanOptions::default());
                for f in r
                    .findings
                    .iter()
                    .filter(|f| f.turn_off.is_some() && !f.certain)
                {
                    bad.push(format!("{}: {}", page.display(), f.label));
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "Turn off on uncertain readings:\n{}",
        bad.join("\n")
    );
}

/// "Outside of" keeps out what follows it: the use when its clause names it ("Fotos buiten
/// AI-training"), a place otherwise ("… buiten mijn dorp"), which leaves the choice sharing.
#[test]
fn outside_of_a_place_is_no_denial() {
    for (lang, name, help, options) in [
        (
            "nl",
            "Welke routes",
            "We trainen onze AI-modellen met je routes.",
            [
                "Alle routes",
                "Alleen routes buiten mijn dorp",
                "Geen routes",
            ],
        ),
        (
            "en",
            "Which journeys",
            "We train our AI models with your journeys.",
            [
                "All journeys",
                "Only journeys out of my town",
                "No journeys",
            ],
        ),
        (
            "fr",
            "Quels trajets",
            "Nous entraînons nos modèles d'IA avec vos trajets.",
            [
                "Tous les trajets",
                "Seulement les trajets hors de ma ville",
                "Aucun trajet",
            ],
        ),
    ] {
        let html = format!(
            r#"<html lang="{lang}"><body><main><label for="s">{name}</label><select id="s" aria-describedby="h"><option>{}</option><option selected>{}</option><option>{}</option></select><p id="h">{help}</p></main></body></html>"#,
            options[0], options[1], options[2]
        );
        let r = scan_html(&html);
        let f = ai(&r);
        assert_eq!(f.len(), 1, "{name}: {f:?}");
        assert_eq!(f[0].sharing, Some(true), "{name}: {f:?}");
    }
    use unticked::classify::classify;
    let c = classify("Mijn foto's buiten AI-training", "", &[], "nl");
    assert_eq!((c.concern, c.inverted), (Concern::AiTraining, true));
}

/// An intro that says the training with a pronoun for what is trained, then asks what may be
/// used for it ("… we train it with real bookings. Which of these may we use for that?"),
/// is read as one sentence: the data rows under it are that training's.
#[test]
fn an_intro_of_two_sentences_asks_about_training() {
    let page = |intro: &str, row: &str| {
        format!(
            r#"<html lang="en"><body><main><section><h2>Meet your travel helper</h2><p>{intro}</p>
            <div><label><input type="checkbox" checked> Hotel reviews</label></div>
            <div><label><input type="checkbox" checked> {row}</label></div></section></main></body></html>"#
        )
    };
    let r = scan_html(&page(
        "To make the assistant smarter, we train it with real bookings. Which of these may we use for that?",
        "My past bookings",
    ));
    let f = ai(&r);
    let row = f.iter().find(|f| f.label == "My past bookings");
    assert_eq!(row.and_then(|f| f.sharing), Some(true), "{:?}", r.findings);
    assert!(row.is_some_and(|f| f.description.is_empty()), "{row:?}");
    let r = scan_html(&page(
        "We train our own language models. Prices may vary by country.",
        "Show prices in euros",
    ));
    assert!(ai(&r).is_empty(), "{:?}", ai(&r));
}

/// Help text that says a feature works "without model training" ("sans entraînement de
/// modèle") says no training: the suggestion switch stays what it is.
#[test]
fn help_text_without_training_says_no_training() {
    use unticked::classify::classify;
    for (lang, name, help) in [
        (
            "en",
            "Recipe ideas from what you cook",
            "Worked out in your account, without model training.",
        ),
        (
            "fr",
            "Idées de recettes selon vos plats",
            "Calculées dans votre compte, sans entraînement de modèle.",
        ),
        (
            "de",
            "Rezeptideen nach deinen Gerichten",
            "In deinem Konto berechnet, ohne Training von Modellen.",
        ),
    ] {
        assert_ne!(
            classify(name, help, &[], lang).concern,
            Concern::AiTraining,
            "{name}"
        );
    }
    // "Without" something else leaves the training said.
    assert_eq!(
        classify(
            "Cooking photos",
            "We train our models on your photos, without your name.",
            &[],
            "en"
        )
        .concern,
        Concern::AiTraining
    );
}

/// Autoplay is a player's setting, and narration a feature that reads to the person: in a
/// table under a heading about training, their columns stay what they are.
#[test]
fn autoplay_and_narration_columns_stay_what_they_are() {
    let r = scan_html(
        r#"<html lang="es"><body><main><section><h2>Las lecturas de tus hijos ayudan a entrenar nuestra IA</h2>
        <table><thead><tr><th>Perfil</th><th id="a">Reproducción automática</th><th id="n">Narración</th><th id="t">Entrenamiento de la IA</th></tr></thead><tbody>
        <tr><th id="p">Carla</th><td><input type="checkbox" aria-labelledby="a p" checked></td><td><input type="checkbox" aria-labelledby="n p" checked></td><td><input type="checkbox" aria-labelledby="t p" checked></td></tr>
        </tbody></table></section></main></body></html>"#,
    );
    let labels: Vec<&str> = ai(&r).iter().map(|f| f.label.as_str()).collect();
    assert_eq!(labels, ["Entrenamiento de la IA Carla"], "{:?}", r.findings);
}

/// Help text that names AI crawlers says what a name's "access" is; a generator, a grader or
/// a checker is a machine a training verb trains; a person's drawings are their images.
#[test]
fn crawlers_in_help_graders_and_drawings() {
    use unticked::classify::classify;
    for (lang, name, help, section) in [
        (
            "en",
            "Access of AI companies to my public recipes",
            "Applies to crawlers such as GPTBot and CCBot.",
            vec![],
        ),
        (
            "en",
            "Train the quiz generator with my worksheets",
            "",
            vec![],
        ),
        (
            "fr",
            "Rédactions utilisées pour entraîner l'évaluateur automatique",
            "",
            vec![],
        ),
        (
            "pt",
            "Entrar no programa de testes",
            "Os desenhos das crianças são usados para treinar nosso ilustrador de IA.",
            vec![],
        ),
    ] {
        assert_eq!(
            classify(name, help, &section, lang).concern,
            Concern::AiTraining,
            "{name}"
        );
    }
    assert_ne!(
        classify(
            "Access to the AI assistant",
            "Ask questions about your notes.",
            &[],
            "en"
        )
        .concern,
        Concern::AiTraining
    );
}

/// A fieldset's aria-describedby describes the radio group it holds.
#[test]
fn a_fieldsets_description_is_its_radio_groups() {
    let r = scan_html(
        r#"<html lang="en"><body><main><section><h2>Research</h2><div><label><input type="checkbox"> Show my streak</label></div>
        <fieldset aria-describedby="h"><legend>Research programme</legend>
        <label><input type="radio" name="r" checked> Take part</label><label><input type="radio" name="r"> Don't take part</label></fieldset></section>
        <footer><p id="h">Your essays and quiz answers may be used to train our AI models.</p></footer></main></body></html>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{:?}", r.findings);
    assert_eq!(
        (f[0].label.as_str(), f[0].sharing),
        ("Research programme", Some(true))
    );
}

/// A right's act whose hidden echo names the row's thing in other words ("al uso de mis
/// facturas escaneadas" beside "Uso de facturas escaneadas para …") is the row's act, named by
/// its own words; the row's text is then no other control's help text.
#[test]
fn an_act_whose_echo_shares_a_word_with_the_title_is_the_rows() {
    let r = scan_html(
        r#"<html lang="es"><head><style>.vh{position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden}</style></head><body><main><section><h2>Documentos</h2>
        <div><label><input type="checkbox" checked> Conservar mis facturas durante diez años</label></div>
        <div class="state-row"><div><span>Uso de facturas escaneadas para entrenar el lector automático</span> <span>Sin oposición</span></div>
        <button type="button">Oponerme<span class="vh"> al uso de mis facturas escaneadas</span></button></div></section></main></body></html>"#,
    );
    let act = r
        .findings
        .iter()
        .find(|f| f.control_name.starts_with("Oponerme"));
    assert!(act.is_some(), "{:?}", r.findings);
    let keep = r.findings.iter().find(|f| f.label.starts_with("Conservar"));
    assert!(keep.is_some_and(|f| f.description.is_empty()), "{keep:?}");
}

/// An aside between a pair of dashes negates only itself: "… sends only a summary — never your
/// words — to improve the shared model" still says the person's typing improves the model.
#[test]
fn an_aside_between_dashes_negates_only_itself() {
    use unticked::classify::classify;
    let c = classify(
        "Help make suggestions better for everyone",
        "Your device learns from your typing and sends a summary — never your words — to improve the shared suggestion model.",
        &[],
        "en",
    );
    assert_eq!(c.concern, Concern::AiTraining);
    let c = classify(
        "Help make suggestions better for everyone",
        "Your device learns from your typing and never sends anything to improve the shared suggestion model.",
        &[],
        "en",
    );
    assert_ne!(c.concern, Concern::AiTraining);
}

/// Help text in which a kind of data trains a machine ("… per addestrare il sistema di lettura
/// automatica") says training without a possessive; a reader is such a machine.
#[test]
fn a_kind_of_data_that_trains_a_machine() {
    use unticked::classify::classify;
    let c = classify(
        "Partecipa al programma Lettura facile",
        "Le foto del contatore e le correzioni vengono usate per addestrare il sistema di lettura automatica.",
        &[],
        "it",
    );
    assert_eq!(c.concern, Concern::AiTraining);
    let c = classify(
        "Fotos de facturas para entrenar el lector automático",
        "",
        &[],
        "es",
    );
    assert_eq!(c.concern, Concern::AiTraining);
    // A person trained, or a machine not trained, is not.
    let c = classify(
        "Partecipa al programma Lettura facile",
        "Le foto del contatore vengono mostrate nel sistema di lettura automatica.",
        &[],
        "it",
    );
    assert_ne!(c.concern, Concern::AiTraining);
}

/// Under a heading about training, a name of up to eight words that only says which data
/// ("Notes written in other apps and the browser") is that data put to the heading's use; one
/// with an AI word or another subject says what it is itself.
#[test]
fn a_longer_name_of_data_takes_the_heading() {
    use unticked::classify::classify;
    let h = vec!["Use of your writing to train our AI".to_string()];
    let c = |n: &str| classify(n, "", &h, "en").concern;
    assert_eq!(
        c("Notes written in other apps and the browser"),
        Concern::AiTraining
    );
    assert_ne!(
        c("Notes summarised by AI in other apps and the browser"),
        Concern::AiTraining
    );
    assert_ne!(
        c("Show a small badge in other apps and the browser"),
        Concern::AiTraining
    );
}

/// A right's act in a definition list (<dt>Objection…</dt><dd>Not made</dd><dd>[Object]</dd>)
/// is read by its <dt> group, as a Change link is: no objection made, the use goes on.
#[test]
fn a_rights_act_in_a_definition_list_is_its_groups() {
    let r = scan_html(
        r##"<html lang="nl"><head><style>.sr{position:absolute;clip:rect(0 0 0 0)}</style></head><body><main><h2>Jouw foto's</h2><dl>
        <dt>Bezwaar tegen modeltraining</dt><dd>Niet gemaakt</dd><dd><a href="#b">Bezwaar maken<span class="sr"> tegen training op mijn foto's</span></a></dd>
        <dt>Fotoboek delen met familie</dt><dd>Aan</dd><dd><a href="#w">Wijzigen</a></dd></dl></main></body></html>"##,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{:?}", r.findings);
    assert_eq!(f[0].label, "Bezwaar tegen modeltraining");
    assert_eq!(f[0].sharing, Some(true), "{f:?}");
}

/// A notice named by its kind first ("News about …", "Notify me when …") tells about training;
/// it does not decide it. Data that the training uses is still data ("my news articles").
#[test]
fn a_notice_about_training_is_not_training() {
    use unticked::classify::classify;
    for (lang, name) in [
        ("en", "Notify me when my data is used to train AI models"),
        ("de", "Neuigkeiten zum KI-Training mit Ihren Daten"),
        ("fr", "Notifications sur l'entraînement de l'IA"),
        ("es", "Novedades sobre el entrenamiento de modelos de IA"),
        ("pt", "Notificações sobre o treinamento de IA"),
        ("it", "Notizie sull'addestramento dei modelli di IA"),
        ("nl", "Nieuws over AI-training en datasets"),
    ] {
        assert_ne!(
            classify(name, "", &[], lang).concern,
            Concern::AiTraining,
            "{name}"
        );
    }
    assert_eq!(
        classify("Use my news articles to train AI models", "", &[], "en").concern,
        Concern::AiTraining
    );
}

/// A button named by itself and the row's title (aria-labelledby="self title") is named as
/// browsers name it, its act first: an objection not yet made leaves the use going on. A status
/// cell that ends with the button's help ("Kein Widerspruch eingelegt <span id=hint>…</span>")
/// says its status before the help.
#[test]
fn a_button_named_by_itself_and_its_row() {
    let r = scan_html(
        r#"<html lang="de"><body><main><h2>Datennutzung</h2><dl>
        <div><dt id="t1">Verwendung Ihrer Fotos zum Training unserer KI</dt><dd><button type="button" id="b1" aria-labelledby="b1 t1">Widerspruch einlegen</button></dd></div>
        <div><dt id="t2">Nutzung Ihrer Chats zur Verbesserung unserer KI-Modelle</dt><dd>Kein Widerspruch eingelegt <span id="h2">Sofern Sie nicht widersprechen, werden Ihre Chats genutzt.</span></dd><dd><button type="button" id="b2" aria-labelledby="b2 t2" aria-describedby="h2">Widerspruch einlegen</button></dd></div>
        </dl></main></body></html>"#,
    );
    let got = ai_sharing(&r);
    assert_eq!(
        got,
        [
            (
                "Widerspruch einlegen Verwendung Ihrer Fotos zum Training unserer KI",
                Some(true)
            ),
            (
                "Nutzung Ihrer Chats zur Verbesserung unserer KI-Modelle",
                Some(true)
            ),
        ],
        "{:?}",
        r.findings
    );
    // Portuguese puts the pronoun before the infinitive in Brazil: "Me opor" objects.
    use unticked::classify::classify;
    let c = classify(
        "Me opor ao uso dos meus dados para treinar modelos de IA",
        "",
        &[],
        "pt",
    );
    assert_eq!(
        (c.concern, c.inverted, c.certain),
        (Concern::AiTraining, true, true)
    );
}

/// Help placed after a control's row, as the next element with nothing to press in it, is the
/// control's help; a next row with a control of its own is not.
#[test]
fn help_placed_after_the_row_is_its_help() {
    let r = scan_html(
        r#"<html lang="it"><body><main><h2>Preferenze</h2>
        <div class="field"><input type="checkbox" id="a" checked> <label for="a">Partecipa al laboratorio della community</label></div>
        <p class="help">Le tue partite registrate servono ad addestrare i nostri modelli di IA.</p>
        <div class="field"><input type="checkbox" id="b" checked> <label for="b">Suggerimenti nel negozio</label></div>
        <div class="field"><input type="checkbox" id="c"> <label for="c">Mostra i trofei sul profilo</label><p>Le partite registrate addestrano i modelli di IA.</p></div>
        </main></body></html>"#,
    );
    let got = ai_sharing(&r);
    assert_eq!(
        got,
        [("Partecipa al laboratorio della community", Some(true))],
        "{:?}",
        r.findings
    );
}

/// "Included" is the state the denied "Excluded" is the other side of; and a row named by its
/// title whose button's own name says more ("Object<hidden> to AI training on …</hidden>")
/// reads that name as its help.
#[test]
fn included_states_and_a_buttons_own_words() {
    let r = scan_html(
        r##"<html lang="en"><body><main><h2>Support</h2>
        <div class="row"><span id="t1">Chat transcripts used to train our assistant</span><span>Included</span><a href="#" aria-labelledby="c1 t1"><span id="c1">Change</span></a><p>Your chats with our team teach the assistant to answer. We keep them for a year.</p></div>
        <div class="row"><span>Training on uploaded clips</span><span>No objection on file</span><button type="button">Object<span class="sr-only"> to AI training on uploaded clips</span></button></div>
        </main></body></html>"##,
    );
    let got = ai_sharing(&r);
    assert_eq!(
        got,
        [
            ("Chat transcripts used to train our assistant", Some(true)),
            ("Training on uploaded clips", Some(true)),
        ],
        "{:?}",
        r.findings
    );
}

#[test]
fn sharing_for_an_ai_model_hands_data_to_training_in_each_language() {
    // The noun or participle of "share" is a use of the person's data, and "for (an) AI model"
    // its purpose, past an indefinite article; sharing for something else stays sharing.
    let rows = [
        ("en", "Sharing with partners for an AI model"),
        ("de", "Weitergabe an Partner für ein KI-Modell"),
        ("fr", "Partage avec des partenaires pour un modèle d'IA"),
        ("es", "Datos compartidos con socios para un modelo de IA"),
        ("pt", "Compartilhamento com parceiros para um modelo de IA"),
        ("it", "Condivisione con i partner per un modello di IA"),
        ("nl", "Gedeeld met partners voor een AI-model"),
    ];
    for (lang, label) in rows {
        let r = scan_html(&format!(
            r#"<html lang="{lang}"><body><main><label><input type="checkbox" checked> {label}</label>
            <label><input type="checkbox" checked> Sharing with partners for ads</label></main></body></html>"#
        ));
        assert_eq!(
            ai_sharing(&r),
            [(label, Some(true))],
            "{lang}: {:?}",
            r.findings
        );
    }
}

/// A section's intro opens the block that holds the control (`<h2>` then `<div><p>…</p>
/// <table>`), and a legend with no paragraph of its own leaves the heading's; a block beside
/// the control (a radio group's own question) introduces nothing after it.
#[test]
fn an_intro_opens_the_block_that_holds_the_control() {
    let r = scan_html(
        r#"<html lang="en"><body><main><section><h2>Playlists</h2><div class="wrap">
        <p>Songs from the playlists you tick may be used to train our music models.</p>
        <table><thead><tr><th>Playlist</th><th>Allowed</th></tr></thead><tbody>
        <tr><th id="p1">Road trip</th><td><input type="checkbox" aria-labelledby="p1" checked></td></tr>
        <tr><th id="p2">Lullabies</th><td><input type="checkbox" aria-labelledby="p2"></td></tr>
        </tbody></table></div></section>
        <section><h2>Recordings</h2><p>You can send us voice memos from the app. The memos serve to train the speech model.</p>
        <fieldset><legend>Voice memos</legend>
        <label><input type="radio" name="m" checked> May be used</label>
        <label><input type="radio" name="m"> May not be used</label></fieldset></section>
        <section><h2>Replies</h2><div class="group"><p id="q">Use my replies to train the AI?</p>
        <div role="radiogroup" aria-labelledby="q"><div role="radio" aria-checked="true">Yes</div><div role="radio" aria-checked="false">No</div></div></div>
        <div><span id="s1">Answer calls on my watch</span><button role="switch" aria-checked="true" aria-labelledby="s1"></button></div></section>
        </main></body></html>"#,
    );
    assert_eq!(
        ai_sharing(&r),
        [
            ("Road trip", Some(true)),
            ("Voice memos", Some(true)),
            ("Use my replies to train the AI?", Some(true)),
            ("Lullabies", Some(false)),
        ],
        "{:?}",
        r.findings
    );
}

/// German puts the verb last, and its infinitive "widerrufen" is also the participle
/// "withdrawn": a button "Einwilligung … widerrufen" is the act on the right, not a name with
/// the state "withdrawn", and the row's status says the consent stands.
#[test]
fn a_verb_last_act_on_a_button_is_the_act_not_its_state() {
    let r = scan_html(
        r#"<html lang="de"><body><main><h2>Daten</h2>
        <div class="row"><div><span>Sprachnachrichten</span><br><span>Einwilligung erteilt am 3.3.2025</span></div>
        <button type="button">Einwilligung<span class="sr-only"> zur Nutzung meiner Sprachnachrichten für KI-Training</span> widerrufen</button></div>
        </main></body></html>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1, "{:?}", r.findings);
    assert_eq!(f[0].sharing, Some(true), "{:?}", f[0]);
    assert_eq!(f[0].control_state, "on", "{:?}", f[0]);
}

/// An option that lets in search engines, and names neither crawlers as such nor AI, keeps
/// the AI crawlers out.
#[test]
fn letting_in_only_search_engines_keeps_ai_crawlers_out() {
    for (lang, name, options) in [
        (
            "en",
            "AI crawlers on my profile",
            [
                "Allow all crawlers",
                "Allow search engines only",
                "Block all crawlers",
            ],
        ),
        (
            "de",
            "KI-Crawler auf meinem Profil",
            [
                "Alle Crawler zulassen",
                "Nur Suchmaschinen zulassen",
                "Alle Crawler blockieren",
            ],
        ),
        (
            "fr",
            "Robots d'IA sur mon profil",
            [
                "Autoriser tous les robots",
                "Autoriser seulement les moteurs de recherche",
                "Bloquer tous les robots",
            ],
        ),
    ] {
        let opts: String = options
            .iter()
            .enumerate()
            .map(|(i, o)| {
                format!(
                    "<option{}>{o}</option>",
                    if i == 1 { " selected" } else { "" }
                )
            })
            .collect();
        let r = scan_html(&format!(
            r#"<html lang="{lang}"><body><main><label for="s">{name}</label><select id="s">{opts}</select></main></body></html>"#
        ));
        assert_eq!(
            ai_sharing(&r),
            [(name, Some(false))],
            "{lang}: {:?}",
            r.findings
        );
        let f = ai(&r)[0];
        let shares: Vec<Option<bool>> = f.options.iter().map(|o| o.sharing).collect();
        assert_eq!(shares, [Some(true), Some(false), Some(false)], "{lang}");
    }
}

/// "Keep … from" keeps the data from a use, unless a kind of data follows "from": then it
/// says where the data comes from ("keep clips from voice chats to improve …").
#[test]
fn keep_from_a_source_is_not_a_denial() {
    let r = scan_html(
        r#"<html lang="en"><body><main>
        <label><input type="checkbox"> Let us keep clips from voice chats to improve our speech model</label>
        <label><input type="checkbox" checked> Keep my clips from AI training</label>
        </main></body></html>"#,
    );
    assert_eq!(
        ai_sharing(&r),
        [
            (
                "Let us keep clips from voice chats to improve our speech model",
                Some(false)
            ),
            ("Keep my clips from AI training", Some(false)),
        ],
        "{:?}",
        r.findings
    );
    assert!(ai(&r).iter().all(|f| f.certain), "{:?}", r.findings);
}

/// "Shared" and "Not shared" are states of a row whose title names the data and its use, in
/// each language (the participle of "share", as "Included" / "Excluded").
#[test]
fn shared_and_not_shared_are_states_in_each_language() {
    for (lang, title, on, off, change) in [
        (
            "en",
            "Photos for AI training",
            "Shared",
            "Not shared",
            "Change",
        ),
        (
            "de",
            "Fotos für KI-Training",
            "Geteilt",
            "Nicht geteilt",
            "Ändern",
        ),
        (
            "fr",
            "Photos pour l'entraînement de l'IA",
            "Partagées",
            "Non partagées",
            "Modifier",
        ),
        (
            "es",
            "Fotos para el entrenamiento de IA",
            "Compartidas",
            "No compartidas",
            "Cambiar",
        ),
        (
            "pt",
            "Fotos para treino de IA",
            "Compartilhadas",
            "Não compartilhadas",
            "Alterar",
        ),
        (
            "it",
            "Foto per l'addestramento dell'IA",
            "Condivise",
            "Non condivise",
            "Modifica",
        ),
        (
            "nl",
            "Foto's voor AI-training",
            "Gedeeld",
            "Niet gedeeld",
            "Wijzigen",
        ),
    ] {
        for (state, sharing) in [(on, true), (off, false)] {
            let r = scan_html(&format!(
                r#"<html lang="{lang}"><body><main><div class="row"><div><span id="t">{title}</span> <span>{state}</span></div>
                <button type="button" id="b" aria-labelledby="b t">{change}</button></div></main></body></html>"#
            ));
            assert_eq!(
                ai_sharing(&r),
                [(title, Some(sharing))],
                "{lang} {state}: {:?}",
                r.findings
            );
        }
    }
}

/// Consent given, as the participle of "give" in each language, is a row's status: beside a
/// button that withdraws it, the use goes on.
#[test]
fn consent_given_is_a_status_in_each_language() {
    assert_right_rows(&[
        (
            "en",
            "AI training on my listings",
            "Given on 3 May 2025",
            "Withdraw consent",
            true,
        ),
        (
            "de",
            "KI-Training mit meinen Anzeigen",
            "Gegeben am 3.5.2025",
            "Einwilligung widerrufen",
            true,
        ),
        (
            "fr",
            "Entraînement de l'IA sur mes annonces",
            "Donné le 3 mai 2025",
            "Retirer mon consentement",
            true,
        ),
        (
            "es",
            "Entrenamiento de IA con mis anuncios",
            "Dado el 3 de mayo de 2025",
            "Retirar el consentimiento",
            true,
        ),
        (
            "nl",
            "AI-training met mijn advertenties",
            "Gegeven op 3 mei 2025",
            "Toestemming intrekken",
            true,
        ),
    ]);
}

/// Licensing the person's content to AI, in the licence noun's plural too.
#[test]
fn ai_licences_in_the_plural_in_each_language() {
    for (lang, label) in [
        ("en", "Include my reviews in AI licences"),
        ("fr", "Inclure mes avis dans les licences d'IA"),
        ("es", "Incluir mis reseñas en las licencias de IA"),
        ("pt", "Incluir minhas avaliações nas licenças de IA"),
        ("it", "Includi le mie recensioni nelle licenze IA"),
        ("nl", "Mijn reviews opnemen in AI-licenties"),
    ] {
        let r = scan_checked(lang, label);
        assert_eq!(
            ai_sharing(&r),
            [(label, Some(true))],
            "{lang}: {:?}",
            r.findings
        );
    }
}

/// A denial's participle agrees with the data it qualifies: every gender and number is a
/// denial ("Fotos protegidas frente al …" checked keeps them out).
#[test]
fn a_denials_participle_in_every_gender_and_number() {
    for (lang, label) in [
        ("es", "Fotos protegidas frente al entrenamiento de IA"),
        ("es", "Grabaciones retiradas del entrenamiento de IA"),
        ("pt", "Fotos protegidas contra o treino de IA"),
        ("pt", "Conversas retiradas do treino de IA"),
        ("it", "Foto vietate per l'addestramento dell'IA"),
        ("fr", "Vidéos préservées de l'entraînement de l'IA"),
    ] {
        let r = scan_checked(lang, label);
        assert_eq!(
            ai_sharing(&r),
            [(label, Some(false))],
            "{lang}: {:?}",
            r.findings
        );
    }
}

/// Where the person went (trips, journeys, routes) is a kind of their data, in each language:
/// the explanation says it shares their location.
#[test]
fn trips_and_routes_are_location_data_in_each_language() {
    for (lang, label) in [
        ("en", "Use the trips I take to train AI models"),
        ("de", "Gefahrene Routen für das KI-Training nutzen"),
        ("fr", "Utiliser les trajets effectués pour entraîner l'IA"),
        ("es", "Usar las rutas recorridas para entrenar la IA"),
        ("pt", "Usar os percursos feitos para treinar a IA"),
        ("it", "Usare i tragitti percorsi per addestrare l'IA"),
        ("nl", "Gereden ritten gebruiken om AI te trainen"),
    ] {
        let r = scan_checked(lang, label);
        let f = ai(&r);
        assert_eq!(f.len(), 1, "{lang}: {:?}", r.findings);
        assert_eq!(f[0].shares, ["location"], "{lang}: {:?}", f[0]);
    }
}

/// A column that only lets data in or keeps it out ("Include the photos") says which data the
/// rows answer for: what they are about is the caption's, over a row per place.
#[test]
fn a_column_that_includes_data_answers_the_caption() {
    let r = scan_html(
        r#"<html lang="en"><body><main><h2>Deliveries</h2><table><caption>Route data for training our delivery model</caption>
        <thead><tr><th>Address</th><th>Include the photos</th></tr></thead><tbody>
        <tr><th id="a">Home</th><td><input type="checkbox" aria-labelledby="a" checked></td></tr>
        <tr><th id="b">Office</th><td><input type="checkbox" aria-labelledby="b"></td></tr>
        </tbody></table></main></body></html>"#,
    );
    assert_eq!(
        ai_sharing(&r),
        [("Home", Some(true)), ("Office", Some(false))],
        "{:?}",
        r.findings
    );
}

/// The paragraph right before a table says what its rows are for, when it is not the one
/// right under the heading (a switch of the section stands between).
#[test]
fn the_paragraph_before_a_table_introduces_its_rows() {
    let r = scan_html(
        r#"<html lang="en"><body><main><section><h2>Voice shopping list</h2>
        <div><label><input type="checkbox" checked> Add items by voice</label><p>Say what you need and it is added.</p></div>
        <p>Recordings from these speakers may be used to train our speech recognition.</p>
        <table><thead><tr><th>Speaker</th><th>Recordings</th></tr></thead><tbody>
        <tr><th id="a">Hallway speaker</th><td><button role="switch" aria-checked="true" aria-labelledby="a">On</button></td></tr>
        <tr><th id="b">Garden speaker</th><td><button role="switch" aria-checked="false" aria-labelledby="b">Off</button></td></tr>
        </tbody></table></section></main></body></html>"#,
    );
    assert_eq!(
        ai_sharing(&r),
        [
            ("Hallway speaker", Some(true)),
            ("Garden speaker", Some(false))
        ],
        "{:?}",
        r.findings
    );
}

/// "Without" negates a denial right after it: a right's status "Sin oposición presentada"
/// says no objection stands, so the use goes on (an option's "without personal data" still
/// qualifies only the data).
#[test]
fn without_an_objection_the_use_goes_on() {
    assert_right_rows(&[
        (
            "es",
            "Oposición al entrenamiento de IA con mis fotos",
            "Sin oposición presentada",
            "Oponerme",
            true,
        ),
        (
            "de",
            "Widerspruch gegen KI-Training mit meinen Fotos",
            "Ohne Widerspruch",
            "Widersprechen",
            true,
        ),
        (
            "fr",
            "Opposition à l'entraînement de l'IA sur mes photos",
            "Sans opposition",
            "M'opposer",
            true,
        ),
        (
            "pt",
            "Oposição ao treino de IA com as minhas fotos",
            "Sem oposição registada",
            "Opor-me",
            true,
        ),
        (
            "it",
            "Opposizione all'addestramento dell'IA con le mie foto",
            "Senza opposizione",
            "Opponiti",
            true,
        ),
    ]);
}

/// Handing the person's data over or releasing it to AI partners ("ceder", "liberar",
/// "overdragen") is training by others, read as certain: a verb of giving, no denial.
#[test]
fn handing_data_over_to_ai_partners_in_each_language() {
    for (lang, label) in [
        ("fr", "Céder mes avis à des partenaires d'IA"),
        ("es", "Ceder mis reseñas a socios de IA"),
        ("pt", "Liberar as minhas avaliações para parceiros de IA"),
        ("it", "Cedere le mie recensioni ai partner di IA"),
        ("nl", "Mijn reviews overdragen aan AI-partners"),
    ] {
        let r = scan_checked(lang, label);
        assert_eq!(
            ai_sharing(&r),
            [(label, Some(true))],
            "{lang}: {:?}",
            r.findings
        );
        assert!(ai(&r)[0].certain, "{lang}: {:?}", r.findings);
    }
}

/// A German compound on "KI-Training…" is a model's training unless its head says otherwise:
/// a "KI-Trainingsplan" is a workout plan made with AI.
#[test]
fn an_ai_training_plan_is_a_workout() {
    let r = scan_html(
        r#"<html lang="de"><body><main>
        <label><input type="checkbox" checked> KI-Trainingsplan für meine Läufe</label>
        <label><input type="checkbox" checked> Meine Fotos für KI-Trainingszwecke nutzen</label>
        </main></body></html>"#,
    );
    assert_eq!(
        ai_sharing(&r),
        [("Meine Fotos für KI-Trainingszwecke nutzen", Some(true))],
        "{:?}",
        r.findings
    );
}

/// Taking part in a programme is consenting to what its help text says is done: when that is
/// training a model, the programme's switch is AI training, whoever's data the help names
/// ("the corrections you accept", "who takes part"). A programme that only tries AI features
/// stays what it is.
#[test]
fn a_programme_whose_help_trains_a_model_is_ai_training() {
    use unticked::classify::classify;
    for (lang, name, help) in [
        (
            "it",
            "Programma Anteprima Foto",
            "I ritocchi che approvi vengono usati per addestrare il nostro modello.",
        ),
        (
            "de",
            "Am Qualitätsprogramm teilnehmen",
            "Angenommene Vorschläge werden genutzt, um unser Modell zu trainieren.",
        ),
        (
            "nl",
            "Deelnemen aan het testprogramma",
            "Geaccepteerde suggesties worden gebruikt om ons model te trainen.",
        ),
    ] {
        assert_eq!(
            classify(name, help, &[], lang).concern,
            Concern::AiTraining,
            "{name}"
        );
    }
    assert_ne!(
        classify(
            "Join the Insider programme",
            "Try new AI features before everyone else.",
            &[],
            "en"
        )
        .concern,
        Concern::AiTraining
    );
}

/// Help text that says a control is separate from, or independent of, the use of data for AI
/// says what it is not: a study's consent stays a study's.
#[test]
fn help_that_says_separate_from_ai_use_is_not_training() {
    use unticked::classify::classify;
    for (lang, name, help) in [
        (
            "en",
            "Take part in health studies",
            "Studies with hospitals. This consent is separate from any use of your data for AI.",
        ),
        (
            "nl",
            "Deelnemen aan onderzoek",
            "Onderzoek met universiteiten, los van het gebruik van je gegevens voor AI.",
        ),
        (
            "it",
            "Partecipa agli studi",
            "Studi con gli ospedali, indipendentemente dall'uso dei tuoi dati per l'IA.",
        ),
    ] {
        assert_ne!(
            classify(name, help, &[], lang).concern,
            Concern::AiTraining,
            "{name}"
        );
    }
}

/// A name that says a feature does something by itself ("… automatically") names the feature,
/// under a heading about training too; the adjective is left out ("apprentissage automatique"
/// is machine learning).
#[test]
fn what_is_done_automatically_is_a_feature_under_a_training_heading() {
    use unticked::classify::classify;
    let s = |h: &[&str]| h.iter().map(|x| x.to_string()).collect::<Vec<String>>();
    for (lang, name, section) in [
        (
            "es",
            "Transcribir automáticamente las cartas escaneadas",
            s(&[
                "Modelos de lectura",
                "Tus correcciones ayudan a entrenar nuestro modelo.",
            ]),
        ),
        (
            "en",
            "Tag new photos automatically",
            s(&[
                "Model training",
                "The tags you fix help us train our model.",
            ]),
        ),
    ] {
        assert_ne!(
            classify(name, "", &section, lang).concern,
            Concern::AiTraining,
            "{name}"
        );
    }
    assert_eq!(
        classify(
            "Exclure mes photos de l'apprentissage automatique",
            "",
            &[],
            "fr"
        )
        .concern,
        Concern::AiTraining
    );
}

/// A row's status with a one-word aside ("Erlaubt (Standard)") is still its status: the row
/// and its Change button are read, not dropped.
#[test]
fn a_status_with_an_aside_in_brackets_is_the_rows_state() {
    assert_right_rows(&[
        (
            "de",
            "Weitergabe meiner Beiträge an KI-Partner",
            "Erlaubt (Standard)",
            "Ändern",
            true,
        ),
        (
            "en",
            "Use of my posts for AI training",
            "Off (recommended)",
            "Change",
            false,
        ),
    ]);
}

/// Taking part in a programme, as a row's status ("Participating", "Inscrit depuis mai 2025",
/// "Não participando"): the row is on or off by it.
#[test]
fn a_programme_joined_or_not_is_the_rows_state() {
    assert_right_rows(&[
        (
            "en",
            "Training our assistant on your chats",
            "Not participating",
            "Change",
            false,
        ),
        (
            "es",
            "Mejora del asistente con mis conversaciones",
            "Participas",
            "Cambiar",
            true,
        ),
        (
            "fr",
            "Entraînement de l'IA sur mes photos",
            "Inscrit depuis mai 2025",
            "Modifier",
            true,
        ),
        (
            "nl",
            "AI-training met mijn foto's",
            "Niet aangemeld",
            "Wijzigen",
            false,
        ),
    ]);
}

/// A use stopped, deactivated, denied or on hold, as a row's status, in each language: the
/// row is off, and the reading certain.
#[test]
fn a_use_stopped_or_held_as_a_status_is_off() {
    for (lang, title, status, act) in [
        ("en", "AI training on my notes", "On hold", "Change"),
        ("en", "AI training on my notes", "Deactivated", "Change"),
        ("de", "KI-Training mit meinen Notizen", "Gestoppt", "Ändern"),
        (
            "fr",
            "Entraînement de l'IA sur mes notes",
            "En pause",
            "Modifier",
        ),
        (
            "es",
            "Entrenamiento de IA con mis notas",
            "Detenido",
            "Cambiar",
        ),
        (
            "pt",
            "Treinamento de IA com minhas notas",
            "Interrompido",
            "Alterar",
        ),
        (
            "it",
            "Addestramento dell'IA sulle mie note",
            "Sospeso",
            "Modifica",
        ),
        (
            "nl",
            "AI-training met mijn notities",
            "Opgeschort",
            "Wijzigen",
        ),
    ] {
        let r = scan_right_row(lang, title, status, act);
        assert_eq!(
            ai(&r)
                .iter()
                .map(|f| (f.sharing, f.certain))
                .collect::<Vec<_>>(),
            vec![(Some(false), true)],
            "{title}: {status}"
        );
    }
}

/// A state word negated by its language's negator is the opposite state, composed by build.rs
/// from each language's one-word states (`[state_negator]`), plural participles too; and a
/// use approved or released is on.
#[test]
fn a_negated_state_is_the_opposite_state() {
    assert_right_rows(&[
        (
            "en",
            "AI training on my photos",
            "Not included",
            "Change",
            false,
        ),
        (
            "en",
            "AI training on my notes",
            "Not paused",
            "Change",
            true,
        ),
        ("en", "AI training on my posts", "Approved", "Change", true),
        (
            "de",
            "KI-Training mit meinen Fotos",
            "Nicht einbezogen",
            "Ändern",
            false,
        ),
        (
            "de",
            "KI-Training mit meinen Notizen",
            "Freigegeben",
            "Ändern",
            true,
        ),
        (
            "de",
            "KI-Training mit meinen Chats",
            "Nicht freigegeben",
            "Ändern",
            false,
        ),
        (
            "fr",
            "Entraînement de l'IA sur mes photos",
            "Non incluses",
            "Modifier",
            false,
        ),
        (
            "es",
            "Entrenamiento de IA con mis fotos",
            "No incluidas",
            "Cambiar",
            false,
        ),
        (
            "pt",
            "Treinamento de IA com minhas fotos",
            "Não incluídas",
            "Alterar",
            false,
        ),
        (
            "it",
            "Addestramento dell'IA con le mie foto",
            "Non incluse",
            "Modifica",
            false,
        ),
        (
            "nl",
            "AI-training met mijn foto's",
            "Niet opgenomen",
            "Wijzigen",
            false,
        ),
        (
            "nl",
            "AI-training met mijn notities",
            "Vrijgegeven",
            "Wijzigen",
            true,
        ),
        // Data transmitted, handed over or licensed, or not.
        (
            "en",
            "AI training on my recordings",
            "Not transmitted",
            "Change",
            false,
        ),
        (
            "fr",
            "Entraînement de l'IA sur mes vidéos",
            "Non transmises",
            "Modifier",
            false,
        ),
        (
            "es",
            "Entrenamiento de IA con mis vídeos",
            "Cedidos",
            "Cambiar",
            true,
        ),
        (
            "pt",
            "Treinamento de IA com minhas críticas",
            "Licenciadas",
            "Alterar",
            true,
        ),
        (
            "it",
            "Addestramento dell'IA sui miei video",
            "Non trasmessi",
            "Modifica",
            false,
        ),
        (
            "de",
            "KI-Training mit meinen Videos",
            "Übermittelt",
            "Ändern",
            true,
        ),
        (
            "nl",
            "AI-training met mijn video's",
            "Niet doorgegeven",
            "Wijzigen",
            false,
        ),
    ]);
}

/// An intro that names a model, then trains "it" with the data in its next sentence (the
/// pronoun attached to the verb in Italian and Spanish, elided in French): the two sentences
/// are one, and the rows under it are that training's.
#[test]
fn an_intro_that_trains_it_in_its_second_sentence_speaks_for_the_rows() {
    for (lang, intro, row) in [
        (
            "it",
            "Un ente di ricerca sta sviluppando un modello di IA. Per addestrarlo chiede alcuni dati dei soci.",
            "Foto delle uscite",
        ),
        (
            "fr",
            "Un laboratoire prépare un modèle de prévision. Pour l'entraîner, il nous demande des données des membres.",
            "Photos des sorties",
        ),
        (
            "es",
            "Un laboratorio prepara un modelo de IA. Para entrenarlo nos pide datos de los socios.",
            "Fotos de las salidas",
        ),
    ] {
        let r = scan_html(&format!(
            r#"<html lang="{lang}"><body><main><section><h2>Proyecto</h2><p>{intro}</p>
            <table><tr><th id="r1">{row}</th><td><input type="checkbox" aria-labelledby="r1" checked></td></tr></table>
            </section></main></body></html>"#
        ));
        assert_eq!(
            sharings(&r),
            vec![Some(true)],
            "{lang}"
        );
    }
}

/// Crash reports and telemetry (Firefox's words in each language) are analytics: a switch named
/// so under a heading about AI training stays what it is.
#[test]
fn crash_reports_under_a_training_heading_stay_analytics() {
    for (lang, heading, label) in [
        ("de", "KI-Training", "Absturzberichte senden"),
        (
            "fr",
            "Entraînement de l'IA",
            "Envoyer les rapports de plantage",
        ),
        ("es", "Entrenamiento de IA", "Enviar informes de fallos"),
        ("pt", "Treinamento de IA", "Enviar relatórios de falhas"),
        (
            "it",
            "Addestramento dell'IA",
            "Inviare segnalazioni di arresto anomalo",
        ),
        ("nl", "AI-training", "Crashrapporten verzenden"),
    ] {
        let r = scan_html(&format!(
            r#"<html lang="{lang}"><body><main><h2>{heading}</h2>
            <label><input type="checkbox" checked> {label}</label></main></body></html>"#
        ));
        assert!(ai(&r).is_empty(), "{lang}: {label}");
    }
}

/// A right's row whose title shares its cell with a help paragraph ("You can object at any
/// time. We'll stop within 30 days."): the title's own words say it is an objection, not the
/// help's, whose "object" and "stop" would turn it back; not lodged, the use goes on.
#[test]
fn a_rights_title_is_read_without_the_help_beside_it() {
    for (lang, title, help, status, act) in [
        (
            "en",
            "Objection to AI training",
            "Under data protection law you can object at any time. We'll stop within 30 days.",
            "Not lodged",
            "Lodge objection",
        ),
        (
            "it",
            "Opposizione all'addestramento dell'IA",
            "Puoi opporti in qualsiasi momento. Smetteremo entro 30 giorni.",
            "Non esercitata",
            "Opponiti",
        ),
    ] {
        let r = scan_html(&format!(
            r#"<html lang="{lang}"><body><main><div class="row"><div><span>{title}</span><p>{help}</p></div>
            <div><span>{status}</span> · <button type="button">{act}</button></div></div></main></body></html>"#
        ));
        assert_eq!(sharings(&r), vec![Some(true)], "{lang}");
    }
}

/// A vague name whose help text says its data trains a model, by the imperative of
/// "contribute" or by a training compound of the noun ("trainingsmateriaal", "Trainingsbeispiele").
#[test]
fn contributing_and_training_compounds_in_help_text_train() {
    for (lang, name, help) in [
        (
            "it",
            "Contribuisci a Stima Facile",
            "I prezzi che paghi servono ad addestrare il modello che suggerisce i prezzi.",
        ),
        (
            "es",
            "Contribuye a Precio Justo",
            "Los precios que pagas sirven para entrenar el modelo que sugiere precios.",
        ),
        (
            "nl",
            "Meedoen met Slim Verbruik",
            "Deelnemers leveren hun meterstanden als trainingsmateriaal voor ons voorspellingsmodel.",
        ),
        (
            "de",
            "Am Preisprogramm teilnehmen",
            "Ihre Rechnungen dienen als Trainingsbeispiele für unser Preismodell.",
        ),
    ] {
        let r = scan_html(&format!(
            r#"<html lang="{lang}"><body><main><input type="checkbox" id="c" checked aria-describedby="h">
            <label for="c">{name}</label><p id="h">{help}</p></main></body></html>"#
        ));
        assert_eq!(
            sharings(&r),
            vec![Some(true)],
            "{lang}: {name}"
        );
    }
}

/// The person's data used by partners of AI ("parceiros de IA", "partenaires IA"): those who
/// make AI, as "share with AI partners" already was; read as AI training, either way.
#[test]
fn data_used_by_partners_of_ai_is_ai_training() {
    for (lang, label, sharing) in [
        (
            "pt",
            "Impedir o uso das minhas fotos por parceiros de IA",
            false,
        ),
        (
            "fr",
            "Autoriser l'utilisation de mes photos par des partenaires IA",
            true,
        ),
        (
            "it",
            "Consenti l'uso delle mie foto da parte di partner di IA",
            true,
        ),
    ] {
        let r = scan_checked(lang, label);
        assert_eq!(sharings(&r), vec![Some(sharing)], "{lang}: {label}");
    }
}

/// A feature named by "auto-" does something by itself ("Auto-tag", "Auto-adjust"): under a
/// heading about AI training it stays a feature, as "… automatically" does.
#[test]
fn an_auto_feature_under_a_training_heading_stays_a_feature() {
    let r = scan_html(
        r#"<html lang="en"><body><main><h2>Your uploads and AI training</h2>
        <label><input type="checkbox" checked> Auto-enhance new photos</label></main></body></html>"#,
    );
    assert!(ai(&r).is_empty(), "{:?}", ai(&r));
}

/// A row's title and status in spans with nothing between them, laid apart by the page's CSS,
/// are two pieces of text: "…AssistentenNicht aktiv" read as one ended in "aktiv", on.
#[test]
fn a_title_and_status_without_a_space_between_are_two() {
    let r = scan_html(
        r##"<html lang="de"><body><main><div class="row"><div><span>Verbesserung des KI-Assistenten mit meinen Chats</span><span>Nicht aktiv</span></div>
        <a href="#" aria-label="Verbesserung des KI-Assistenten mit meinen Chats ändern">Ändern</a></div></main></body></html>"##,
    );
    assert_eq!(sharings(&r), vec![Some(false)]);
}

/// A summary row ("Receipts · Not used · [Change]") under a heading that asks what the AI
/// learns from: the data's use, said as a state ("used", negated by the language's "not"; Dutch
/// and German with the passive's auxiliary, "wordt gebruikt"), is the row's state; Dutch strands
/// the heading's preposition before the verb ("waar … van leert"). Wording of no test page.
#[test]
fn rows_of_what_the_ai_learns_from() {
    for (lang, heading, title, status, button, sharing) in [
        (
            "nl",
            "Waar ons taalmodel van leert",
            "Bonnetjes",
            "Niet gebruikt",
            "Aanpassen",
            false,
        ),
        (
            "nl",
            "Gegevens voor het trainen van onze AI",
            "Facturen",
            "Wordt gebruikt",
            "Wijzigen",
            true,
        ),
        (
            "de",
            "Daten für das Training unserer KI",
            "Belege",
            "Nicht verwendet",
            "Ändern",
            false,
        ),
        (
            "de",
            "Womit unser Modell trainiert wird",
            "Rechnungen",
            "Genutzt",
            "Bearbeiten",
            true,
        ),
        (
            "pt",
            "Dados para treinar nossa IA",
            "Notas fiscais",
            "Não utilizadas",
            "Alterar",
            false,
        ),
        (
            "es",
            "Datos para entrenar nuestra IA",
            "Facturas",
            "Usadas",
            "Cambiar",
            true,
        ),
        (
            "fr",
            "Données pour entraîner notre IA",
            "Factures",
            "Non utilisées",
            "Modifier",
            false,
        ),
        (
            "it",
            "Dati per addestrare la nostra IA",
            "Fatture",
            "Utilizzate",
            "Modifica",
            true,
        ),
    ] {
        let r = scan_html(&format!(
            r#"<html lang="{lang}"><body><main><section><h2>{heading}</h2>
<div class="row"><div><h3 id="t">{title}</h3><span>{status}</span></div><button type="button" aria-labelledby="t">{button}</button></div>
</section></main></body></html>"#
        ));
        assert_eq!(
            sharings(&r),
            vec![Some(sharing)],
            "{lang}: {heading} / {title}: {status}"
        );
    }
}

/// A name that shares, whose help text says the data is trained on: AI training, though the
/// name neither names the data by a kind the lexicon knows nor says AI. Wording of no test page.
#[test]
fn sharing_whose_help_says_training() {
    for (lang, name, help) in [
        (
            "en",
            "Share anonymised briefs with academic partners",
            "Academic partners use these briefs to train legal language models.",
        ),
        (
            "de",
            "Gutachten an Forschungspartner weitergeben",
            "Unsere Partner trainieren damit Sprachmodelle für die Rechtsprechung.",
        ),
    ] {
        let r = scan_html(&format!(
            r#"<html lang="{lang}"><body><main><input type="checkbox" id="c" aria-describedby="d"><label for="c">{name}</label><p id="d">{help}</p></main></body></html>"#
        ));
        assert_eq!(sharings(&r), vec![Some(false)], "{lang}: {name}");
    }
}

/// Where only names are capitalised, a denying word written so in mid-sentence may belong to a
/// name ("… da Agenda Protegida"): the reading is not certain. The same word as a verb at the
/// start, or in a language that capitalises more (English titles, German nouns), stays certain.
#[test]
fn a_capitalised_denial_in_mid_sentence_may_be_a_name() {
    let certain = |lang: &str, label: &str| {
        let r = scan_checked(lang, label);
        let f = ai(&r);
        assert_eq!(f.len(), 1, "{label}");
        f[0].certain
    };
    assert!(!certain(
        "pt",
        "Usar as notas da Agenda Protegida para treinar o modelo"
    ));
    assert!(!certain(
        "it",
        "Usa le note di Agenda Bloccata per addestrare il modello"
    ));
    // After the use, with a permit before it, the word describes what the use is on, name or
    // not (`a_denial_that_describes_the_data_does_not_turn_the_use_around`).
    let r = scan_checked(
        "pt",
        "Usar as minhas notas para treinar o modelo da Agenda Protegida",
    );
    assert_eq!(
        ai(&r)
            .iter()
            .map(|f| (f.sharing, f.certain))
            .collect::<Vec<_>>(),
        vec![(Some(true), true)]
    );
    assert!(certain("pt", "Bloquear o treino da IA com as minhas notas"));
    assert!(certain("en", "Block AI Training on My Notes"));
}

/// An "off" word that is a denial's own participle ("Blocked", "Bezwaar gemaakt": objection
/// made), under a name that itself blocks or objects, may say the denial happened rather than
/// that the control is off: never read with certainty, in a row or in a select.
#[test]
fn a_denials_participle_under_a_denying_name_is_not_certain() {
    for (lang, title, status, act) in [
        ("en", "Block AI training on my notes", "Blocked", "Change"),
        (
            "nl",
            "Bezwaar tegen AI-training met mijn notities",
            "Bezwaar gemaakt",
            "Intrekken",
        ),
        (
            "de",
            "Widerspruch gegen KI-Training mit meinen Notizen",
            "Widersprochen",
            "Ändern",
        ),
    ] {
        // The title a paragraph of its own, as rows are laid out (an inline title and state
        // make one run of text with the button's word, where the state is not found apart).
        let r = scan_html(&format!(
            r#"<html lang="{lang}"><body><main><div class="row"><div><p>{title}</p></div>
            <span>{status}</span> <button type="button">{act}</button></div></main></body></html>"#
        ));
        let f = ai(&r);
        assert_eq!(f.len(), 1, "{title}");
        assert!(!f[0].certain, "{title}: {status}");
    }
    let r = scan_html(
        r#"<html lang="pt"><body><main><label for="s">Bloquear o uso das minhas notas para treinar a IA</label>
        <select id="s"><option selected>Bloqueado</option><option>Permitido</option></select></main></body></html>"#,
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1);
    assert!(!f[0].certain);
    // Under a name that permits, "Blocked" is plainly off.
    let r = scan_html(
        r#"<html lang="pt"><body><main><label for="s">Usar as minhas notas para treinar a IA</label>
        <select id="s"><option selected>Bloqueado</option><option>Permitido</option></select></main></body></html>"#,
    );
    assert_eq!(sharings(&r), vec![Some(false)]);
    assert!(ai(&r)[0].certain);
}

/// German and Dutch say history with the loanword too, alone and as a compound's head
/// ("Bestellhistorie", "aankoophistorie"): data a help text can say trains a model.
#[test]
fn a_history_compound_is_data() {
    for (lang, name, help) in [
        (
            "de",
            "Bestellhistorie",
            "Damit trainieren wir unsere KI-Modelle.",
        ),
        (
            "nl",
            "Aankoophistorie",
            "Hiermee trainen we onze AI-modellen.",
        ),
    ] {
        let r = scan_described(lang, name, help);
        assert_eq!(ai_sharing(&r), vec![(name, Some(true))], "{name}");
    }
}

/// What a training verb trains is a machine when it is automated (the adjective before its
/// noun in English, German and Dutch), though no word says AI.
#[test]
fn an_automated_thing_trained_is_a_machine() {
    for (lang, label) in [
        (
            "en",
            "Use our club minutes to train the automated minute-taker",
        ),
        (
            "de",
            "Unsere Vereinsprotokolle zum Training des automatischen Protokollanten verwenden",
        ),
        (
            "nl",
            "Onze clubverslagen gebruiken voor de training van de automatische notulist",
        ),
    ] {
        assert_eq!(
            ai_sharing(&scan_checked(lang, label)),
            vec![(label, Some(true))]
        );
    }
    // A training plan for people stays what it is.
    assert!(ai(&scan_checked("en", "Send me my weekly training plan")).is_empty());
}

/// A session of training is for people: an AI that plans training sessions is a feature, not
/// AI training, in every language's words for it.
#[test]
fn an_ai_that_plans_training_sessions_is_a_feature() {
    assert_checked_not_training(&[
        ("en", "AI planner for training sessions"),
        ("fr", "Planificateur IA des séances d'entraînement"),
        ("es", "Planificador IA de sesiones de entrenamiento"),
        ("pt", "Planejador de IA para sessões de treino"),
    ]);
}

/// Refining a model improves it: a help text that says the person's data refines a model says
/// it trains one (the refine verbs of each language, as the improve verbs).
#[test]
fn help_that_says_the_data_refines_a_model() {
    for (lang, name, help) in [
        (
            "en",
            "My listing details",
            "They help us refine the model that suggests prices.",
        ),
        (
            "fr",
            "Détails de mon annonce",
            "Ils nous aident à affiner le modèle qui suggère les prix.",
        ),
        (
            "nl",
            "Gegevens van mijn woning",
            "Ze helpen ons het model te verfijnen dat prijzen voorstelt.",
        ),
    ] {
        let r = scan_described(lang, name, help);
        assert_eq!(ai_sharing(&r), vec![(name, Some(true))], "{name}");
    }
}

/// A tool that is trained is a machine ("train the tool that predicts failures"), though no
/// word says AI; a "training tool" trains people.
#[test]
fn a_tool_that_is_trained_is_a_machine() {
    for (lang, name, help) in [
        (
            "en",
            "Sharing of meter readings",
            "These readings are used to train the tool that predicts boiler failures.",
        ),
        (
            "fr",
            "Partage des relevés de compteur",
            "Ces relevés servent à entraîner l'outil qui anticipe les fuites.",
        ),
    ] {
        let r = scan_described(lang, name, help);
        assert_eq!(ai_sharing(&r), vec![(name, Some(true))], "{name}");
    }
    assert!(ai(&scan_checked("en", "Send me tips on training tools")).is_empty());
}

/// A bare "training" heading under one about AI is a model's training, unless its own words
/// say it is a sport's ("Privacidad e IA" › "Entrenamiento deportivo": an AI coach is a
/// feature there).
#[test]
fn a_sports_training_heading_under_an_ai_heading_is_a_workouts() {
    let r = scan_html(
        r#"<html lang="es"><body><main><h1>Privacidad e IA</h1><section><h2>Entrenamiento deportivo</h2>
        <div class="row"><span id="l">Entrenador IA</span><p id="h">Te sugiere rutinas para la semana.</p>
        <button type="button" role="switch" aria-checked="true" aria-labelledby="l" aria-describedby="h"></button></div>
        </section></main></body></html>"#,
    );
    assert!(ai(&r).is_empty(), "{:?}", ai_sharing(&r));
}

/// A caption or sub-heading that only says which data ("Your listening data", "Dados da sua
/// conta": a data noun heads it) names no use: the heading over it still speaks for the rows.
/// A sub-heading of other things ("Profile and billing") still stops it.
#[test]
fn a_caption_that_only_names_data_passes_the_heading_on() {
    let page = |lang: &str, heading: &str, caption: &str| {
        format!(
            r#"<html lang="{lang}"><body><main><section><h2>{heading}</h2>
            <table><caption>{caption}</caption><thead><tr><th>Kind</th><th id="c">OK</th></tr></thead><tbody>
            <tr><th id="r">Playlists</th><td><input type="checkbox" aria-labelledby="r c" checked></td></tr>
            </tbody></table></section></main></body></html>"#
        )
    };
    for (lang, heading, caption) in [
        (
            "en",
            "Training our recommendation model",
            "Your listening data",
        ),
        ("pt", "Treinamento do nosso modelo", "Dados da sua conta"),
        (
            "it",
            "Addestramento dei nostri modelli",
            "Dati che possiamo usare",
        ),
    ] {
        let r = scan_html(&page(lang, heading, caption));
        assert_eq!(sharings(&r), vec![Some(true)], "{caption}");
    }
    let r = scan_html(&page(
        "en",
        "Training our recommendation model",
        "Profile and billing",
    ));
    assert!(ai(&r).is_empty(), "{:?}", ai_sharing(&r));
}

/// The noun of learning trains the machine it governs through "of" ("the learning of our
/// assistant", "l'apprendimento del nostro motore"); alone it is a person's or a study tool's.
#[test]
fn the_learning_of_a_machine_is_its_training() {
    assert_checked_share(
        &[
            ("en", "Let my playlists feed the learning of our assistant"),
            ("it", "Apprendimento del nostro motore con i miei brani"),
            ("es", "Aprendizaje de nuestro sistema con mis canciones"),
        ],
        true,
    );
    assert_checked_not_training(&[
        ("en", "Show learning streaks on my profile"),
        ("fr", "Rappels d'apprentissage du vocabulaire"),
    ]);
}

/// "Learn from" whose "from" is contracted with its article (fr "apprend des", it "impara dai",
/// es "aprende del", de "lernt vom") is the same verb.
#[test]
fn learning_from_with_a_contracted_article() {
    for (lang, name, help) in [
        (
            "fr",
            "Mes relevés",
            "Notre modèle apprend des relevés que vous envoyez.",
        ),
        (
            "it",
            "Le mie letture",
            "Il nostro modello impara dai dati che invii.",
        ),
        (
            "es",
            "Mis lecturas",
            "Nuestro modelo aprende del historial que envías.",
        ),
        (
            "de",
            "Meine Messwerte",
            "Unser Modell lernt vom Verlauf, den du sendest.",
        ),
    ] {
        let r = scan_described(lang, name, help);
        assert_eq!(ai_sharing(&r), vec![(name, Some(true))], "{name}");
    }
}

/// A state row whose title cell holds a help sentence under the title ("<h3>Opt-out …</h3><p>With
/// the opt-out on, …</p>") is named by the title: the help's own "opt-out" and "nothing" are
/// not the name's operators (read with them, an active opt-out came out as sharing).
#[test]
fn a_rows_help_sentence_is_not_part_of_its_title() {
    let r = scan_html(
        r#"<html lang="en"><body><main><div class="row"><div><h3>Opt-out of AI training</h3>
        <p>With the opt-out on, nothing you upload goes into training sets.</p></div>
        <span class="badge">On</span><button type="button">Turn off</button></div></main></body></html>"#,
    );
    assert_eq!(
        ai_sharing(&r),
        vec![("Opt-out of AI training", Some(false))],
        "{:?}",
        r.findings
    );
}

/// "Already" right before a training participle says how a model was made ("runs on models we
/// have already trained"), not that the person's data trains it: an AI feature so described
/// stays a feature, in each language's own word for "already".
#[test]
fn a_model_already_trained_is_no_use_of_the_persons_data() {
    for (lang, name, help) in [
        (
            "en",
            "Suggest reviewers",
            "Runs on models we have already trained. Your code stays in your workspace.",
        ),
        (
            "de",
            "Prüfer vorschlagen",
            "Nutzt bereits trainierte Modelle. Ihr Code bleibt in Ihrem Arbeitsbereich.",
        ),
        (
            "es",
            "Sugerir revisores",
            "Usa modelos ya entrenados. Tu código se queda en tu espacio.",
        ),
        (
            "nl",
            "Reviewers voorstellen",
            "Gebruikt reeds getrainde modellen. Je code blijft in je werkruimte.",
        ),
    ] {
        let r = scan_described(lang, name, help);
        assert!(ai(&r).is_empty(), "{name}: {:?}", ai_sharing(&r));
    }
    // Training that goes on is still training.
    let r = scan_described(
        "en",
        "Share my reviews",
        "We use your reviews to train our models.",
    );
    assert_eq!(sharings(&r), vec![Some(true)]);
}

/// A denying word inside what the use is on describes the data ("my blocking history", "les
/// sites bloqués"): a permit before the use decides. German and Dutch put their verb last, so
/// there a denial after the use still governs it. Wording of no test page.
#[test]
fn a_denial_that_describes_the_data_does_not_turn_the_use_around() {
    assert_checked_share(
        &[
            (
                "en",
                "Let us train our spam models on your blocking history",
            ),
            (
                "fr",
                "Permettre l'entraînement de nos modèles sur la liste des expéditeurs bloqués",
            ),
            (
                "es",
                "Permitir entrenar nuestros modelos con tu lista de remitentes bloqueados",
            ),
        ],
        true,
    );
    assert_checked_share(
        &[
            (
                "de",
                "Meine Einwilligung zur Nutzung meiner Notizen für das KI-Training widerrufen",
            ),
            (
                "nl",
                "Toestemming voor AI-training met mijn notities intrekken",
            ),
        ],
        false,
    );
}

/// Under a heading that names the use, a row named by data and a denial's participle ("Blocked
/// senders", "Remitentes bloqueados") may be the blocked data or a use denied: not certain.
#[test]
fn a_denials_participle_beside_data_under_a_training_heading_is_not_certain() {
    for (lang, heading, row) in [
        (
            "es",
            "Qué datos usamos para entrenar nuestros modelos",
            "Remitentes bloqueados",
        ),
        (
            "fr",
            "Données utilisées pour entraîner nos modèles",
            "Expéditeurs bloqués",
        ),
    ] {
        let r = scan_html(&format!(
            r#"<html lang="{lang}"><body><main><h2>{heading}</h2>
            <label><input type="checkbox" checked> {row}</label></main></body></html>"#
        ));
        let f = ai(&r);
        assert_eq!(f.len(), 1, "{row}");
        assert!(!f[0].certain, "{row}: {:?}", f[0].evidence);
        assert!(f[0].turn_off.is_none(), "{row}");
    }
}

/// "None" answers an exclusion in every gender the language gives it: no exclusion, shared.
#[test]
fn none_in_the_feminine_answers_an_exclusion() {
    for (lang, name, none) in [
        ("fr", "Exclusion de l'entraînement de l'IA", "Aucune"),
        ("es", "Exclusión del entrenamiento de IA", "Ninguna"),
        ("pt", "Exclusão do treinamento de IA", "Nenhuma"),
        ("it", "Esclusione dall'addestramento dell'IA", "Nessuna"),
    ] {
        let r = scan_html(&format!(
            r#"<html lang="{lang}"><body><main><label for="s">{name}</label>
            <select id="s"><option selected>{none}</option><option>Tout</option></select></main></body></html>"#
        ));
        assert_eq!(sharings(&r), vec![Some(true)], "{name}: {none}");
    }
}

/// A programme's row: its state, and a button that joins or leaves it ("Enrolled" [Leave],
/// "Opted out" [Opt back in]) reads as the row's switch. Wording of no test page.
#[test]
fn joining_or_leaving_a_programme_beside_its_state_is_the_rows_switch() {
    for (lang, title, status, act, shares) in [
        (
            "en",
            "Model training research",
            "Enrolled",
            "Leave",
            Some(true),
        ),
        (
            "en",
            "Answer model training programme",
            "Joined",
            "Leave",
            Some(true),
        ),
        (
            "en",
            "Model training on my drafts",
            "Opted out",
            "Opt back in",
            Some(false),
        ),
        (
            "es",
            "Programa de entrenamiento de modelos de IA",
            "Inscrito",
            "Salir del programa",
            Some(true),
        ),
        (
            "nl",
            "Onderzoek naar AI-training",
            "Aangemeld",
            "Afmelden",
            Some(true),
        ),
    ] {
        let r = scan_right_row(lang, title, status, act);
        let f = ai(&r);
        assert_eq!(f.len(), 1, "{title}");
        assert_eq!(
            (f[0].sharing, f[0].certain),
            (shares, true),
            "{title} [{act}]"
        );
    }
}

/// A notice is named by its kind first ("Meldingen over …", "News about …"); after a possessive
/// the same word is the person's own data ("Mijn meldingen …": my reports), which a use can
/// train on. Wording of no test page.
#[test]
fn the_persons_own_reports_are_data_not_a_notice() {
    assert_checked_share(
        &[
            (
                "nl",
                "Mijn meldingen gebruiken om onze AI-modellen te trainen",
            ),
            ("en", "My notifications may be used to train our AI models"),
        ],
        true,
    );
    assert_checked_not_training(&[
        ("nl", "Meldingen over het trainen van onze AI-modellen"),
        ("en", "Notify me about changes to AI model training"),
    ]);
}

/// "With AI" after a machine the verb trains says what the machine is ("… treinem o motor de
/// triagem com IA"), not that AI is the tool of a person's practice ("Treino de pronúncia com
/// IA", still no AI training). Wording of no test page.
#[test]
fn a_machine_trained_with_ai_is_trained_on_the_persons_data() {
    assert_checked_share(
        &[
            (
                "pt",
                "Permitir que os meus relatórios treinem o sistema de triagem com IA",
            ),
            (
                "es",
                "Permitir que mis informes entrenen el motor de clasificación con IA",
            ),
        ],
        true,
    );
    assert!(ai(&scan_checked("pt", "Treino de pronúncia com IA")).is_empty());
}

/// A denial just after "que" in mid-sentence, with an object of its own before the sentence's
/// verb ("… as mensagens que você bloqueia manualmente todos os dias são usadas para treinar
/// …"), is a relative clause's: it names which data, not an act on the use. A denial that takes
/// the use as its object still acts on it. Wording of no test page.
#[test]
fn a_denial_in_a_relative_clause_before_the_use_names_the_data() {
    for (lang, name, help) in [
        (
            "pt",
            "Ajudar a melhorar a detecção",
            "Quando ativado, as mensagens que você bloqueia manualmente todos os dias são usadas para treinar nosso filtro de spam com IA.",
        ),
        (
            "es",
            "Ayudar a mejorar la detección",
            "Si está activado, los correos que bloqueas a mano cada semana se usan para entrenar nuestro modelo de IA.",
        ),
    ] {
        assert_eq!(sharings(&scan_described(lang, name, help)), vec![Some(true)], "{name}");
    }
    let r = scan_checked(
        "es",
        "Permitir que bloqueemos el entrenamiento de IA con mis datos",
    );
    assert_eq!(sharings(&r), vec![Some(false)]);
    // English leaves the relative clause's object out: with the sentence's own verb right
    // after it, the denial may name the data or act on the use; not certain.
    let r = scan_described(
        "en",
        "Help improve detection",
        "When on, the messages that you block by hand are used to train our spam filter.",
    );
    let f = ai(&r);
    assert_eq!(f.len(), 1);
    assert!(!f[0].certain, "{:?}", f[0].evidence);
}

/// A table whose caption asks what trains, with a row per kind of data and a column per who
/// would learn from it ("Our AI", "Research partners"): each cell is AI training. A column that
/// names who, under a caption about something else, is not. Wording of no test page.
#[test]
fn a_column_that_names_who_learns_passes_on_the_captions_question() {
    let table = |lang: &str, caption: &str, cols: [&str; 2], row: &str| {
        scan_html(&format!(
            r#"<html lang="{lang}"><body><main><table><caption>{caption}</caption>
            <tr><th>·</th><th id="c1">{}</th><th id="c2">{}</th></tr>
            <tr><th id="r1">{row}</th><td><input type="checkbox" checked aria-labelledby="r1 c1"></td>
            <td><input type="checkbox" aria-labelledby="r1 c2"></td></tr></table></main></body></html>"#,
            cols[0], cols[1]
        ))
    };
    for (lang, caption, cols, row) in [
        (
            "en",
            "Data we may use to train our models",
            ["Our AI", "Research partners"],
            "Saved searches",
        ),
        (
            "pt",
            "Dados que podemos usar para treinar nossos modelos",
            ["Nossa IA", "Parceiros"],
            "Buscas salvas",
        ),
        (
            "it",
            "Dati che possiamo usare per addestrare i modelli",
            ["Il nostro modello", "Partner"],
            "Ricerche salvate",
        ),
    ] {
        let r = table(lang, caption, cols, row);
        assert_eq!(sharings(&r), vec![Some(true), Some(false)], "{caption}");
    }
    let r = table(
        "en",
        "Who can see your saved searches",
        ["Our AI", "Partners"],
        "Saved searches",
    );
    assert!(ai(&r).is_empty(), "{:?}", ai_sharing(&r));
}

/// A switch about another use of data (ads, sharing, an AI feature) whose name denies is read
/// by its denial and never offered as a Turn off: unticking "Stop sharing my location" would
/// start the sharing. A plain one stays certain.
#[test]
fn another_use_denied_by_its_name_is_never_clicked() {
    for (lang, label) in [
        ("en", "Stop sharing my location with partners"),
        ("en", "Don't use my purchases for personalized ads"),
        ("de", "Standortweitergabe an Partner deaktivieren"),
        ("fr", "Ne pas personnaliser les publicités"),
        ("es", "Bloquear las funciones de IA en mi bandeja"),
    ] {
        let r = scan_checked(lang, label);
        let f = r
            .findings
            .iter()
            .find(|f| f.concern != Concern::AiTraining && f.concern != Concern::Other)
            .unwrap_or_else(|| panic!("{label}: no finding"));
        assert!(!f.certain, "{label}");
        assert!(f.turn_off.is_none(), "{label}");
        assert_eq!(f.sharing, Some(false), "{label}");
    }
    let r = scan_checked("en", "Share my location with partners");
    let f = &r.findings[0];
    assert!(f.certain && f.turn_off.is_some() && f.sharing == Some(true));
}

/// Found by the scan_html fuzz target (session 25): a style sheet's selector that goes on
/// after an attribute with a character of more than one byte ("[hidden]\u{FFFD}") was cut
/// inside that character, a panic. It is now no rule; the page is read.
#[test]
fn a_selector_going_on_in_another_script_is_read() {
    for sel in [".step[hidden]\u{FFFD}", ".a[hidden]é.b", "p[x]\u{1F600}"] {
        let html = format!(
            "<html lang=\"en\"><head><style>{sel},.gone{{display:none}}</style></head><body><main>\
             <label><input type=\"checkbox\" checked> Use my posts to train AI models</label>\
             <div class=\"gone\"><label><input type=\"checkbox\" checked> Use my photos to train AI models</label></div>\
             </main></body></html>"
        );
        let r = scan_html(&html);
        let visible: Vec<&str> = ai(&r)
            .iter()
            .filter(|f| f.visible)
            .map(|f| f.label.as_str())
            .collect();
        assert_eq!(visible, vec!["Use my posts to train AI models"], "{sel}");
    }
}

/// A checkbox with no name of its own in a table's cell is called by its row's header and its
/// column's, as a screen reader announces it, also under a header row whose corner is a plain
/// cell; such a column that says the use makes each row an AI-training switch.
#[test]
fn an_unnamed_cell_is_named_by_its_row_and_column() {
    let r = scan_html(
        r#"<html lang="en"><body><main><h2>Cameras</h2><table>
        <tr><td>Camera</td><th>Keep in the cloud</th><th>Use for AI training</th></tr>
        <tr><th>Porch</th><td><input type="checkbox" checked></td><td><input type="checkbox"></td></tr>
        <tr><th>Garage</th><td><input type="checkbox"></td><td><input type="checkbox" checked></td></tr>
        </table></main></body></html>"#,
    );
    assert_eq!(
        ai_sharing(&r),
        vec![
            ("Garage Use for AI training", Some(true)),
            ("Porch Use for AI training", Some(false))
        ]
    );
    let names: Vec<&str> = r.findings.iter().map(|f| f.label.as_str()).collect();
    assert!(names.contains(&"Porch Keep in the cloud"), "{names:?}");
}

/// In a table of one row, the caption is no name: the cell is still its row's and column's
/// (a caption is the text nearest to a lone control, and was taken for its name).
#[test]
fn a_lone_cell_under_a_caption_is_named_by_its_headers() {
    let r = scan_html(
        r#"<html lang="it"><body><main><h2>Dati</h2><table><caption>Contenuti usati per addestrare i modelli</caption>
        <thead><tr><th scope="col">Contenuto</th><th scope="col">Consentito</th></tr></thead>
        <tbody><tr><th scope="row">Descrizioni degli annunci</th><td><input type="checkbox" checked></td></tr></tbody>
        </table></main></body></html>"#,
    );
    assert_eq!(
        ai_sharing(&r),
        vec![("Descrizioni degli annunci Consentito", Some(true))]
    );
}

/// A kind of data "of" the ads is the person's listings' data ("Fotos dos anúncios"): under a
/// training heading it is a training switch; ads themselves stay ads under any heading.
#[test]
fn data_of_ones_listings_takes_the_training_heading() {
    for (lang, heading, name) in [
        ("pt", "Usados para treinar nossa IA", "Fotos dos anúncios"),
        ("en", "Used to train our AI", "Texts of my listings"),
    ] {
        let r = scan_under(lang, heading, name);
        assert_eq!(ai_sharing(&r), vec![(name, Some(true))], "{lang}");
    }
    let r = scan_under(
        "pt",
        "Usados para treinar nossa IA",
        "Anúncios personalizados",
    );
    assert!(ai(&r).is_empty(), "{:?}", ai(&r));
}

/// Something kept out of a bare "training" by a deny, the training word after a function word
/// (an elided one too) and ending its clause, is most likely data kept out of a model's
/// training: found, protecting when ticked, and in doubt (people are kept out of courses
/// too), so no Turn off is offered. A kind of training or a thing of one is not.
#[test]
fn things_kept_out_of_a_bare_training_are_found_in_doubt() {
    assert_checked_reading(
        &[
            ("en", "Exclude shared folders from training"),
            ("de", "Arbeitsbereiche vom Training ausschließen"),
            ("it", "Escludi gli spazi del team dall'addestramento"),
            ("fr", "Exclure les espaces d'équipe de l'entraînement"),
        ],
        false,
        false,
    );
    assert_checked_not_training(&[
        ("en", "Remove team members from security training"),
        ("en", "Exclude rest days from training load"),
        ("en", "Do not count walks as training"),
    ]);
}

/// What is kept out of machine learning is data, certainly: only machines learn so. A name
/// that only turns machine learning off is a feature's.
#[test]
fn things_kept_out_of_machine_learning_are_certain() {
    assert_checked_reading(
        &[
            ("en", "Exclude sketches from machine learning"),
            ("de", "Skizzen vom maschinellen Lernen ausschließen"),
            ("es", "Excluir los bocetos del aprendizaje automático"),
            // A machine's task before the training names the machine trained.
            ("en", "Keep our clips out of obstacle-detection training"),
        ],
        false,
        true,
    );
    assert_checked_not_training(&[("en", "Disable machine learning")]);
}

/// A button that makes a row take part says the row does not now: a participle at the end of
/// the title ("… condiviso", shared) is part of its name, not its state, and what the help
/// text says happens to those who take part is not what happens now. (It was read as on,
/// and certain: Turn off would have been offered on a row that shares nothing.)
#[test]
fn a_joining_button_says_its_row_is_off() {
    let r = scan_status_row(
        "it",
        "Programma di apprendimento condiviso",
        "La tua azienda non partecipa. I documenti delle aziende partecipanti servono ad addestrare un modello comune.",
        "Partecipa",
    );
    assert_eq!(sharings(&r), vec![Some(false)]);
    assert!(ai(&r)[0].label.ends_with("condiviso"), "{:?}", ai(&r));
}

/// English "teach" in its other forms: the gerund with its object after it ("Teaching our
/// pricing models") trains; a "teaching assistant" is a person, not a machine taught.
#[test]
fn teaching_a_model_is_training_it() {
    let r = scan_under("en", "Teaching our pricing models", "Photos you upload");
    assert_eq!(sharings(&r), vec![Some(true)]);
    assert!(ai(&scan_checked("en", "Teaching assistant")).is_empty());
}

/// OCR, in every language, is a machine that reads: trained with the person's corrections, it
/// is AI training.
#[test]
fn training_an_ocr_is_training_a_machine() {
    let r = scan_described(
        "it",
        "Aiutaci a migliorare",
        "Il testo che correggi serve ad addestrare il nostro OCR.",
    );
    assert_eq!(sharings(&r), vec![Some(true)]);
}

/// Spanish, Italian and Portuguese write the object pronoun onto the verb ("Escludimi",
/// "Excluir-me"): the verb still denies.
#[test]
fn a_deny_with_its_pronoun_attached_denies() {
    assert_checked_reading(
        &[
            ("it", "Escludimi dall'addestramento dell'IA"),
            ("pt", "Excluir-me do treinamento de IA"),
            ("es", "Excluirnos del entrenamiento de la IA"),
        ],
        false,
        true,
    );
}

/// A row with no title but a status that names the programme ("Participas en el programa de
/// calidad.") beside a button that leaves it: that status is its state and its name (it was
/// named by the page's heading).
#[test]
fn a_status_naming_the_programme_names_its_row() {
    let r = scan_html(
        r#"<html lang="es"><body><main><h2>Privacidad</h2>
        <div class="row"><p>Participas en el programa de calidad.</p><p>Con el programa activo, fragmentos de tus grabaciones entrenan nuestro reconocimiento de voz.</p><button type="button">Salir<span class="sr"> del programa de calidad</span></button></div>
        </main></body></html>"#,
    );
    assert_eq!(sharings(&r), vec![Some(true)]);
    assert!(
        ai(&r)[0].label.contains("programa de calidad"),
        "{:?}",
        ai(&r)
    );
}

/// "Anonymous" is a kind of data in every language ("anonieme", "anonyme"): what a help text
/// makes available to train a recognition is the person's data, even unnamed.
#[test]
fn anonymous_things_are_data() {
    for (lang, help) in [
        (
            "nl",
            "U stelt anonieme bewegingen beschikbaar om onze gebarenherkenning te trainen.",
        ),
        (
            "en",
            "This makes anonymous gestures available to train our gesture recognition.",
        ),
        (
            "de",
            "Damit stellen Sie anonyme Gesten bereit, um unsere Gestenerkennung zu trainieren.",
        ),
    ] {
        let r = scan_described(lang, "Stimmwerk", help);
        assert_eq!(sharings(&r), vec![Some(true)], "{lang}");
    }
}

/// Taking part said in the help text ("Labs participants send …, with which we train …")
/// says what a programme's switch, named only by its brand, shares.
#[test]
fn participants_named_in_the_help_text_take_part_in_training() {
    let r = scan_described(
        "en",
        "Acme Labs",
        "Labs participants send usage patterns, with which we train new ranking models.",
    );
    assert_eq!(sharings(&r), vec![Some(true)]);
}

/// A row's title, status and button, the button named by itself and the title.
fn scan_status_row(lang: &str, title: &str, status: &str, act: &str) -> Report {
    scan_html(&format!(
        r#"<html lang="{lang}"><body><main><div class="row"><div><h3 id="t1">{title}</h3><p>{status}</p></div>
        <button type="button" id="b1" aria-labelledby="b1 t1">{act}</button></div></main></body></html>"#
    ))
}

/// Rows turned on or off, or left, by each language's own verbs (pt-BR "Ligar", it
/// "Abbandona"), with a status of a state and a colon ("Participando: …"); a sharing with
/// partners of AI shares data it need not name.
#[test]
fn rows_turned_on_off_or_left_by_each_languages_verbs() {
    let r = scan_status_row(
        "pt",
        "Compartilhar com parceiros de IA",
        "Desligado.",
        "Ligar",
    );
    assert_eq!(sharings(&r), vec![Some(false)]);
    let r = scan_status_row(
        "es",
        "Programa de calidad",
        "Participando: las frases que corrige se usan para entrenar el modelo.",
        "Salir",
    );
    assert_eq!(sharings(&r), vec![Some(true)]);
    assert!(ai(&r)[0].certain);
    // Leaving with its preposition, the programme named after it ("Salir de" + the title).
    let r = scan_status_row(
        "es",
        "Laboratorio Pedal",
        "Participas. Tus rutas se usan para entrenar nuestros modelos.",
        "Salir de",
    );
    assert_eq!(sharings(&r), vec![Some(true)]);
    let r = scan_status_row(
        "it",
        "Programma qualità",
        "Attivo: le frasi che correggi servono ad addestrare il modello.",
        "Abbandona",
    );
    assert_eq!(sharings(&r), vec![Some(true)]);
}

/// Spanish "sacar … de" and Portuguese "tirar … do" take a thing out of the use, as German
/// "herausnehmen" and Dutch "uit … halen" do: ticked, they protect. Without the preposition
/// the verb is "take" and denies nothing.
#[test]
fn taking_out_of_training_protects() {
    assert_checked_reading(
        &[
            ("es", "Sacar mis comentarios del entrenamiento de la IA"),
            ("pt", "Tirar minhas fotos do treinamento da IA"),
        ],
        false,
        true,
    );
    let r = scan_checked("es", "Usar las fotos que saque para entrenar la IA");
    assert_eq!(ai(&r)[0].sharing, Some(true));
}

/// A note right after a table that quotes a column's header says what that column means; a
/// column that only lets in ("Share") passes the caption's question on to its rows.
#[test]
fn a_tables_note_and_its_caption_say_what_a_column_does() {
    let r = scan_html(
        r#"<html lang="es"><body><main><h2>Tus datos</h2><table><caption>Qué datos usamos</caption>
        <tr><td>Dato</td><th>Soporte</th><th>Calidad</th></tr>
        <tr><th>Mapas</th><td><input type="checkbox" aria-label="Mapas Soporte"></td><td><input type="checkbox" checked aria-label="Mapas Calidad"></td></tr>
        </table><p>Con «Calidad» entrenamos nuestros modelos de navegación con esos datos.</p></main></body></html>"#,
    );
    assert_eq!(ai_sharing(&r), vec![("Mapas Calidad", Some(true))]);
    let r = scan_html(
        r#"<html lang="de"><body><main><table><caption>Daten für das Training unserer KI</caption>
        <tr><td></td><th>Teilen</th></tr>
        <tr><th>Notizen</th><td><input type="checkbox" checked aria-label="Notizen Teilen"></td></tr>
        <tr><th>Fotos</th><td><input type="checkbox" aria-label="Fotos Teilen"></td></tr>
        </table></main></body></html>"#,
    );
    assert_eq!(
        ai_sharing(&r),
        vec![
            ("Notizen Teilen", Some(true)),
            ("Fotos Teilen", Some(false))
        ]
    );
}

/// Data put into a model ("in AI models", "em modelos", "nei modelli") is trained on, as data
/// for one is; the person's data put to an AI's use is training under a heading that says so.
#[test]
fn data_put_into_models_or_to_an_ais_use_under_training() {
    assert_checked_share(
        &[
            ("en", "Block use of my voice notes in AI models"),
            ("pt", "Bloquear o uso das minhas fotos em modelos de IA"),
            ("it", "Blocca l'uso dei miei documenti nei modelli di IA"),
        ],
        false,
    );
    assert_checked_share(&[("es", "Uso de mis notas en modelos de IA")], true);
    let r = scan_html(
        r#"<html lang="fr"><body><main><h2>Entraînement de nos modèles d'IA</h2>
        <label><input type="checkbox" checked> Refuser l'utilisation de mes photos de jardin par l'IA</label>
        </main></body></html>"#,
    );
    assert_eq!(
        ai_sharing(&r),
        vec![(
            "Refuser l'utilisation de mes photos de jardin par l'IA",
            Some(false)
        )]
    );
    // Not under a heading about something else.
    assert_checked_not_training(&[(
        "fr",
        "Refuser l'utilisation de mes photos de jardin par l'IA",
    )]);
}

/// A programme's state said to the person, its subject and "to be" left out ("You're not
/// participating", "Vous ne participez pas", "Stai partecipando", "Du nimmst teil"), also with
/// the programme after it ("Participating in the … programme"). Wording of no test page.
#[test]
fn a_state_said_to_the_person_is_read() {
    for (lang, title, status, act, shares) in [
        (
            "en",
            "AI model training programme",
            "You're not participating",
            "Join",
            false,
        ),
        (
            "en",
            "AI model training programme",
            "You are participating",
            "Leave",
            true,
        ),
        (
            "fr",
            "Programme d'entraînement de l'IA",
            "Vous ne participez pas",
            "Participer",
            false,
        ),
        (
            "fr",
            "Programme d'entraînement de l'IA",
            "Vous participez",
            "Quitter",
            true,
        ),
        (
            "it",
            "Programma di addestramento dell'IA",
            "Stai partecipando",
            "Esci",
            true,
        ),
        (
            "pt",
            "Programa de treinamento de IA",
            "Você não está participando",
            "Participar",
            false,
        ),
        (
            "de",
            "Programm für KI-Training",
            "Du nimmst nicht teil",
            "Teilnehmen",
            false,
        ),
        (
            "en",
            "AI model training",
            "Participating in the model training programme",
            "Leave",
            true,
        ),
    ] {
        let r = scan_right_row(lang, title, status, act);
        assert_eq!(sharings(&r), vec![Some(shares)], "{lang}: {status}");
    }
}

/// A heading that trains a machine through "of" (a recognition, an engine, past a possessive
/// and a noun before the head) or that only names machine learning lends its training to the
/// data switches under it; a notice named by its verb and the person it tells ("Email me …")
/// stays a notice under any heading. Wording of no test page.
#[test]
fn a_machine_trained_or_machine_learning_heads_the_data_under_it() {
    for (lang, heading, name) in [
        (
            "es",
            "Entrenamiento del reconocimiento de voz",
            "Mis notas de voz",
        ),
        ("en", "Training of our speech engines", "My voice notes"),
        ("pt", "Aprendizado de máquina", "Meus documentos"),
        ("de", "Maschinelles Lernen", "Meine Dokumente"),
    ] {
        let r = scan_under(lang, heading, name);
        assert_eq!(sharings(&r), vec![Some(true)], "{heading} › {name}");
    }
    for (lang, heading, name) in [
        (
            "en",
            "Model training",
            "Email me when a friend tags my photos",
        ),
        (
            "es",
            "Entrenamiento de modelos",
            "Avísame cuando alguien comente mis fotos",
        ),
        ("en", "AI and machine learning", "Meeting recaps"),
    ] {
        let r = scan_under(lang, heading, name);
        assert!(ai(&r).is_empty(), "{heading} › {name}");
    }
}

/// A negation between a plain noun and the name's last word negates only that word ("… for
/// non-urgent jobs"): it does not turn the help text's denial into a refusal of training, so a
/// service option whose help says it trains nothing is no AI-training switch. Before an act's
/// state it still negates ("Objection: not filed"). Wording of no test page.
#[test]
fn a_negated_adjective_negates_only_itself() {
    for (lang, name, help) in [
        (
            "es",
            "Aceptar subtítulos automáticos en vídeos no urgentes",
            "Es más barato; sus vídeos no se usan para entrenar ningún modelo.",
        ),
        (
            "fr",
            "Accepter la transcription automatique des fichiers non urgents",
            "Plus rapide ; vos fichiers n'entraînent aucun modèle.",
        ),
    ] {
        let r = scan_described(lang, name, help);
        assert!(ai(&r).is_empty(), "{name}");
    }
    assert_right_rows(&[(
        "it",
        "Le tue registrazioni per l'addestramento dell'IA",
        "Opposizione: non presentata",
        "Presenta opposizione",
        true,
    )]);
}

/// The learning of a model is its training ("l'apprentissage de notre modèle", "the learning of
/// our model"): help text that says the person's things feed it makes a contribution switch an
/// AI-training one. Wording of no test page.
#[test]
fn a_models_learning_is_its_training() {
    for (lang, name, help) in [
        (
            "fr",
            "Contribuer à l'assistant de jardin",
            "Vos photos de plantes nourrissent l'apprentissage de notre modèle.",
        ),
        (
            "en",
            "Contribute to Garden Helper",
            "Your plant photos feed the learning of our model.",
        ),
    ] {
        assert_eq!(
            sharings(&scan_described(lang, name, help)),
            vec![Some(true)],
            "{name}"
        );
    }
}

/// German and Dutch put the verb last: "aus … lernen", "van … leren" (its preposition before
/// its object) learns from the data as "lernen aus" does, only where the verb ends its clause
/// ("Erfahre aus unserem Blog, wie du lernen kannst" is no training). Data shared for a
/// training that trains people ("… for training of employees") is no AI training. Wording of no
/// test page.
#[test]
fn a_verb_put_last_and_a_training_of_people() {
    assert_checked_share(
        &[
            ("de", "Darf unsere App aus deinen Notizen lernen?"),
            ("nl", "Mag onze app van je gesprekken leren?"),
        ],
        true,
    );
    assert_checked_not_training(&[
        ("de", "Erfahre aus unserem Blog, wie du lernen kannst"),
        (
            "en",
            "Share my messages with the support team for training of new staff",
        ),
        (
            "nl",
            "Berichten delen met het team voor training van nieuwe medewerkers",
        ),
    ]);
}

/// A scale of refusals: between refusing none and refusing all of it, an option that refuses a
/// part leaves the rest in use, so it shares (Turn off then picks the one that refuses all);
/// a permission narrowed to search engines still keeps the AI out. Wording of no test page.
#[test]
fn a_partial_refusal_between_none_and_all_still_shares() {
    let select = |lang: &str, name: &str, opts: [&str; 3], selected: usize| {
        let o: String = opts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                format!(
                    "<option{}>{t}</option>",
                    if i == selected { " selected" } else { "" }
                )
            })
            .collect();
        scan_html(&format!(
            r#"<html lang="{lang}"><body><main><label for="s">{name}</label><select id="s">{o}</select></main></body></html>"#
        ))
    };
    for (lang, name, opts) in [
        (
            "fr",
            "Limitation de l'entraînement de l'IA",
            ["Aucune limitation", "Exclure mes notes", "Tout exclure"],
        ),
        (
            "de",
            "Widerspruch gegen KI-Training",
            [
                "Kein Widerspruch",
                "Widerspruch nur für meine Notizen",
                "Widerspruch für alle meine Daten",
            ],
        ),
        (
            "en",
            "Restriction of AI training",
            ["No restriction", "My voice notes", "Everything"],
        ),
    ] {
        let r = select(lang, name, opts, 1);
        assert_eq!(sharings(&r), vec![Some(true)], "{name}: {}", opts[1]);
        let r = select(lang, name, opts, 2);
        assert_eq!(sharings(&r), vec![Some(false)], "{name}: {}", opts[2]);
    }
    let r = select(
        "de",
        "Zugriff von KI-Crawlern auf meine Seite",
        [
            "Alle Crawler erlauben",
            "Nur Suchmaschinen erlauben",
            "Alle Crawler sperren",
        ],
        1,
    );
    assert_eq!(sharings(&r), vec![Some(false)]);
}

/// A status in sentences whose first says the state, of the person or of their thing ("Your
/// workspace is enrolled. Its notes may be used to train …"), beside a button that leaves or
/// joins. Wording of no test page.
#[test]
fn a_status_whose_first_sentence_says_the_state() {
    for (lang, status, act, shares) in [
        (
            "en",
            "Your workspace is enrolled. Notes and comments may be used to train our models.",
            "Leave",
            true,
        ),
        (
            "fr",
            "Votre compte est inscrit. Vos notes peuvent servir à entraîner nos modèles.",
            "Quitter",
            true,
        ),
    ] {
        let r = scan_right_row(lang, "Research programme", status, act);
        assert_eq!(sharings(&r), vec![Some(shares)], "{status}");
    }
}

#[test]
fn a_warning_about_ai_crawlers_tells_and_does_not_decide() {
    // A notice named by its language's verb of warning (Firefox's "Warn me when …" in each
    // language), about crawlers that train: it tells the person, it is no training switch.
    assert_checked_not_training(&[
        ("en", "Warn me about AI bots that train on my pages"),
        (
            "de",
            "Warnen, wenn KI-Crawler meine Seiten für das Training lesen",
        ),
        (
            "fr",
            "M'avertir si des robots d'IA entraînent leurs modèles sur mon site",
        ),
        (
            "es",
            "Avisarme cuando bots de IA usen mi sitio para entrenar modelos",
        ),
        (
            "pt",
            "Alertar quando robôs de IA usarem meu site para treinar modelos",
        ),
        (
            "it",
            "Avvisa quando i bot di IA usano il mio sito per addestrare modelli",
        ),
        (
            "nl",
            "Waarschuw mij als AI-crawlers mijn site gebruiken om modellen te trainen",
        ),
    ]);
}

#[test]
fn under_a_name_that_restricts_training_options_that_name_it_say_what_is_kept_out() {
    // "Restrict … for AI": [Off] / [Only crawlers that train models] / [Every AI crawler]:
    // with the restriction off, the use goes on, though "Off" names no training.
    let page = |chosen: usize| {
        let opts = choices(
            &["Off", "Only crawlers that train models", "Every AI crawler"],
            chosen,
            false,
        );
        format!(
            r#"<html lang="en"><body><main><label for="s">Restrict text and data mining for AI</label><select id="s">{opts}</select></main></body></html>"#
        )
    };
    assert_eq!(sharings(&scan_html(&page(0))), vec![Some(true)]);
    assert_ne!(sharings(&scan_html(&page(2))), vec![Some(true)]);
}

#[test]
fn a_feature_whose_help_says_it_trains_nothing_stays_a_feature_under_a_training_heading() {
    let r = scan_html(
        r#"<html lang="fr"><body><main><h2>Entraînement de l'IA</h2><label><input type="checkbox" checked aria-describedby="d"> Retouche des photos par IA</label>
        <p id="d">Elle tourne sur nos serveurs, sans aucun entraînement sur vos photos.</p></main></body></html>"#,
    );
    assert!(ai(&r).is_empty(), "{:?}", ai_sharing(&r));
}

#[test]
fn logs_are_data_a_training_can_use() {
    // The records a system keeps (server, access, build logs) are a kind of data in each
    // language: put to training by the name's own "use", they are AI training.
    assert_checked_share(
        &[
            ("en", "Use server logs for training"),
            ("de", "Serverprotokolle für das Training verwenden"),
            ("fr", "Utiliser les journaux du serveur pour l'entraînement"),
            (
                "es",
                "Usar los registros del servidor para el entrenamiento",
            ),
            ("pt", "Usar os registros do servidor para o treinamento"),
            ("it", "Usare i log del server per l'addestramento"),
            ("nl", "Logboeken van de server gebruiken voor training"),
        ],
        true,
    );
}

#[test]
fn under_a_name_that_denies_options_that_name_training_do_not_decide_which_way() {
    // "Block AI companies' agents": [No] / [Only through robots.txt] / [Yes, and block them
    // too]. The option that names the crawlers' training says how far the blocking goes, not
    // that choosing it shares: "No" blocks nothing, so it must not be read as not sharing.
    let r = scan_html(
        r#"<html lang="en"><body><main><label for="s">Block AI companies' agents</label><select id="s">
        <option selected>No</option><option>Only through robots.txt</option><option>Yes, and block them too</option>
        </select></main></body></html>"#,
    );
    assert!(
        !ai(&r).iter().any(|f| f.certain && f.sharing == Some(false)),
        "{:?}",
        ai_sharing(&r)
    );
}

#[test]
fn german_and_dutch_compounds_of_crawler_name_crawlers() {
    // The loanword's head-final compounds ("Webcrawler", "trainingscrawlers") are crawlers.
    assert_checked_share(
        &[
            ("de", "KI-Webcrawler zulassen"),
            ("nl", "Trainingscrawlers van AI-bedrijven toestaan"),
        ],
        true,
    );
}

#[test]
fn an_option_that_answers_then_repeats_the_names_denial_agrees_with_it() {
    // Under a name that denies, "Yes, I don't allow it" and "On — keep them out" answer and
    // then say the denial again (not shared); "I allow it" permits by its own words (shared).
    let radios = |lang: &str, legend: &str, a: &str, b: &str, chosen: usize| {
        scan_html(&format!(
            r#"<html lang="{lang}"><body><main><fieldset><legend>{legend}</legend>{}</fieldset></main></body></html>"#,
            choices(&[a, b], chosen, true)
        ))
    };
    for (lang, legend, deny, permit) in [
        (
            "en",
            "Don't use my photos to train AI",
            "On — keep my photos out",
            "Off — they may be used",
        ),
        (
            "es",
            "No permitir que usen mis fotos para entrenar modelos",
            "Sí, no lo autorizo",
            "Lo autorizo",
        ),
        (
            "it",
            "Non permettere di usare le mie foto per addestrare l'IA",
            "Sì, non lo permetto",
            "Lo permetto",
        ),
        (
            "pt",
            "Não permitir o uso das minhas fotos para treinar a IA",
            "Sim, não permito",
            "Permito",
        ),
    ] {
        assert_eq!(
            sharings(&radios(lang, legend, deny, permit, 0)),
            vec![Some(false)],
            "{legend}: {deny}"
        );
        assert_eq!(
            sharings(&radios(lang, legend, deny, permit, 1)),
            vec![Some(true)],
            "{legend}: {permit}"
        );
    }
}

#[test]
fn help_text_that_says_what_each_option_does_decides_for_those_it_names() {
    // "Complete / Essential / Off" under a vague name: the help text says Complete trains and
    // Essential sends only error reports, so Essential does not share.
    let page = |chosen: usize| {
        let opts = choices(&["Complete", "Essential", "Off"], chosen, true);
        format!(
            r#"<html lang="en"><body><main><fieldset aria-describedby="d"><legend>Research programme</legend>{opts}</fieldset>
            <p id="d">Complete sharing lets us use your documents to train our AI models. Essential sends error reports only.</p></main></body></html>"#
        )
    };
    assert_eq!(sharings(&scan_html(&page(0))), vec![Some(true)]);
    assert_eq!(sharings(&scan_html(&page(1))), vec![Some(false)]);
    assert_eq!(sharings(&scan_html(&page(2))), vec![Some(false)]);
}

#[test]
fn a_genitive_determines_what_is_trained_as_a_possessive_does() {
    // "Training the shop's recommendation algorithms" trains the algorithms, as "Training our
    // recommendation algorithms" does: the genitive is no object of its own.
    assert_checked_share(
        &[("en", "Training the shop's recommendation algorithms")],
        true,
    );
}

#[test]
fn purchases_are_data_a_training_can_use() {
    // What the person bought is a kind of data in each language: a switch that names it
    // under a heading about training models is that training's.
    for (lang, heading, name) in [
        ("en", "Training our models", "Purchases in store"),
        ("de", "Training unserer Modelle", "Einkäufe im Laden"),
        ("fr", "Entraînement de nos modèles", "Achats en magasin"),
        (
            "es",
            "Entrenamiento de nuestros modelos",
            "Compras en tienda",
        ),
        ("pt", "Treinamento dos nossos modelos", "Compras na loja"),
        (
            "it",
            "Addestramento dei nostri modelli",
            "Acquisti in negozio",
        ),
        ("nl", "Training van onze modellen", "Aankopen in de winkel"),
    ] {
        assert_eq!(
            sharings(&scan_under(lang, heading, name)),
            vec![Some(true)],
            "{lang}: {name}"
        );
    }
}

#[test]
fn a_table_cell_does_what_its_column_says_to_the_data_its_row_names() {
    // "Blocked calls" names which data (the row); "Share" what the switch does (the column):
    // the row's participle is no denial of the sharing.
    let r = scan_html(
        r#"<html lang="en"><body><main><table><caption>These data train our spam detection model</caption>
        <thead><tr><th>Data</th><th id="c">Share</th></tr></thead><tbody>
        <tr><th id="a">Blocked calls</th><td><input type="checkbox" aria-labelledby="a c"></td></tr>
        <tr><th id="b">Reported numbers</th><td><input type="checkbox" aria-labelledby="b c" checked></td></tr>
        </tbody></table></main></body></html>"#,
    );
    let mut read = ai_sharing(&r);
    read.sort();
    assert_eq!(
        read,
        vec![
            ("Blocked calls Share", Some(false)),
            ("Reported numbers Share", Some(true))
        ]
    );
}

#[test]
fn a_refusal_beside_off_and_full_is_not_read_as_off() {
    // Full / Limited / Off: "Limited" refuses by its own word, but less than "Off" does, or the
    // same in other words; which, it does not say: never certain that it does not share.
    let r = scan_html(
        r#"<html lang="en"><body><main><label for="s">Data sharing with our lab</label>
        <select id="s" aria-describedby="h"><option>Full</option><option selected>Limited</option><option>Off</option></select>
        <p id="h">The lab trains its models on this data.</p></main></body></html>"#,
    );
    assert!(
        !ai(&r).iter().any(|f| f.certain && f.sharing == Some(false)),
        "{:?}",
        ai_sharing(&r)
    );
    assert_eq!(ai(&r).len(), 1);
}

#[test]
fn an_option_the_help_text_leaves_unsaid_beside_one_it_names_is_not_certain() {
    // The help text says what trains ("Short clips are used to train…"), which one option
    // gives ("Keep and share short clips"); what the other gives, it does not say.
    let r = scan_html(
        r#"<html lang="en"><body><main><fieldset aria-describedby="h"><legend>Webinar recordings</legend>
        <label><input type="radio" name="r" checked> Keep for my own notes only</label>
        <label><input type="radio" name="r"> Keep and share short clips</label>
        <label><input type="radio" name="r"> Don't keep</label></fieldset>
        <p id="h">Short clips are used to train the models behind automatic highlights.</p></main></body></html>"#,
    );
    assert_eq!(ai(&r).len(), 1, "{:?}", ai_sharing(&r));
    assert!(!ai(&r)[0].certain, "{:?}", ai_sharing(&r));
}

#[test]
fn a_training_column_keeps_the_intro_from_the_tables_other_columns() {
    // The intro says some rows may train the assistant, in a column of their own: the other
    // column ("Back up") does something else to the same rows.
    let r = scan_html(
        r#"<html lang="en"><body><main><h2>Your devices</h2>
        <p>Some of these can also be used to train our assistant's models if you tick them in the last column.</p>
        <table><thead><tr><th>Kind</th><th id="c1">Back up</th><th id="c2">Train the assistant</th></tr></thead><tbody>
        <tr><th id="a">Contacts</th><td><input type="checkbox" checked aria-labelledby="a c1"></td><td><input type="checkbox" aria-labelledby="a c2"></td></tr>
        <tr><th id="b">Calendars</th><td><input type="checkbox" checked aria-labelledby="b c1"></td><td><input type="checkbox" checked aria-labelledby="b c2"></td></tr>
        </tbody></table></main></body></html>"#,
    );
    let mut read = ai_sharing(&r);
    read.sort();
    assert_eq!(
        read,
        vec![
            ("Calendars Train the assistant", Some(true)),
            ("Contacts Train the assistant", Some(false))
        ]
    );
    // So is the training a caption speaks of.
    let r = scan_html(
        r#"<html lang="de"><body><main><table><caption>Sicherung und Training unserer KI-Modelle</caption>
        <thead><tr><th>Art</th><th id="c1">Sichern</th><th id="c2">Zum Training freigeben</th></tr></thead><tbody>
        <tr><th id="a">Kontakte</th><td><input type="checkbox" checked aria-labelledby="a c1"></td><td><input type="checkbox" checked aria-labelledby="a c2"></td></tr>
        </tbody></table></main></body></html>"#,
    );
    assert_eq!(
        ai_sharing(&r),
        vec![("Kontakte Zum Training freigeben", Some(true))]
    );
}

#[test]
fn under_a_heading_that_trains_a_model_a_course_is_data() {
    // A model is trained, not a person: what a course switch names is the data.
    for (lang, heading, name) in [
        ("en", "Data for training our AI models", "Course enrolments"),
        (
            "de",
            "Daten für das Training unserer KI-Modelle",
            "Kursanmeldungen",
        ),
        (
            "fr",
            "Données pour entraîner nos modèles d'IA",
            "Inscriptions aux cours",
        ),
    ] {
        assert_eq!(
            sharings(&scan_under(lang, heading, name)),
            vec![Some(true)],
            "{lang}: {name}"
        );
    }
    // A heading about courses on AI is still about courses.
    assert!(ai(&scan_under("en", "AI training", "Course enrolments")).is_empty());
}

#[test]
fn a_negated_use_keeps_data_out_of_a_bare_training() {
    // "Don't use … for training" keeps it out, as "Exclude … from training" does: about
    // training, but a bare one (a course?), so not certain.
    for (lang, name) in [
        ("en", "Don't use glossary entries for training"),
        ("de", "Glossareinträge nicht für das Training verwenden"),
    ] {
        let r = scan_checked(lang, name);
        let f = ai(&r);
        assert_eq!(f.len(), 1, "{lang}: {name}");
        assert_eq!(f[0].sharing, Some(false), "{lang}: {name}");
        assert!(!f[0].certain, "{lang}: {name}");
    }
}

#[test]
fn the_persons_reports_of_ads_are_data_not_advertising() {
    // "My reports of ads" are what the person sent; kept out of a training set, they are
    // that training's, however long the name.
    for (lang, name) in [
        ("en", "Take my ad reports out of the training set"),
        (
            "es",
            "Quitar mis avisos de anuncios del conjunto de entrenamiento",
        ),
    ] {
        let r = scan_checked(lang, name);
        assert_eq!(sharings(&r), vec![Some(false)], "{lang}: {name}");
    }
}

#[test]
fn corrections_are_data_a_training_can_use() {
    // The corrections a person makes are their texts, in each language: help text that trains
    // a model on them makes a "help improve" switch that training's.
    for (lang, name, help) in [
        (
            "en",
            "Help improve Quick Translate",
            "Corrections you suggest go to our partner, who trains its models on them.",
        ),
        (
            "it",
            "Aiuta a migliorare Traduci Subito",
            "Le correzioni che proponi vanno al nostro partner, che addestra così i suoi modelli.",
        ),
        (
            "nl",
            "Help Snel Vertalen verbeteren",
            "Correcties die je voorstelt gaan naar onze partner, die er zijn modellen mee traint.",
        ),
    ] {
        assert_eq!(
            sharings(&scan_described(lang, name, help)),
            vec![Some(true)],
            "{lang}: {name}"
        );
    }
}

#[test]
fn a_short_kind_of_data_is_data_whatever_word_says_which() {
    // "Search history": a search or research word says which history; the name is data, and
    // under a heading about training models it is that training's.
    for (lang, heading, name) in [
        ("en", "Model training", "Search history"),
        ("fr", "Entraînement des modèles", "Historique de recherche"),
        ("es", "Entrenamiento de modelos", "Historial de búsquedas"),
        ("pt", "Treinamento de modelos", "Histórico de pesquisas"),
        ("it", "Addestramento dei modelli", "Cronologia di ricerca"),
    ] {
        assert_eq!(
            sharings(&scan_under(lang, heading, name)),
            vec![Some(true)],
            "{lang}: {name}"
        );
    }
    // A feature whose own word is the data word stays a feature.
    assert!(ai(&scan_under(
        "es",
        "Entrenamiento de modelos",
        "Subtítulos automáticos"
    ))
    .is_empty());
}

#[test]
fn the_subject_pronoun_makes_what_the_person_does_their_data() {
    // "die u typt", "die jij typt": what the person types, said with the pronoun that is its
    // subject (as "you" in English), is their data the help text puts to training.
    for (lang, name, help) in [
        (
            "nl",
            "Slim typen",
            "Als dit aan staat, gebruiken we de woorden die u typt om ons model te trainen.",
        ),
        (
            "nl",
            "Sneller typen",
            "Staat dit aan, dan trainen we ons model met de zinnen die jij typt.",
        ),
    ] {
        assert_eq!(
            sharings(&scan_described(lang, name, help)),
            vec![Some(true)],
            "{lang}: {name}"
        );
    }
}

#[test]
fn a_heading_inside_a_details_is_nearer_than_its_summary() {
    // The section is labelled by the heading inside its <details>: the heading comes after
    // the summary, so it is the control's nearest title.
    let r = scan_html(
        r#"<html lang="en"><body><main><section aria-labelledby="h"><details><summary>More options</summary>
        <h2 id="h">Model training</h2><label><input type="checkbox" checked> Voice clips</label></details></section></main></body></html>"#,
    );
    let f = r
        .findings
        .iter()
        .find(|f| f.label == "Voice clips")
        .unwrap();
    assert_eq!(f.section, vec!["More options", "Model training"]);
}

#[test]
fn german_compounds_of_daten_are_data_and_a_bare_trainingsdaten_a_workouts() {
    // A compound is what its head is: what help text trains a model on, named by a compound
    // of "Daten" and nothing the person owns, is data put to training.
    assert_eq!(
        sharings(&scan_described(
            "de",
            "Zählerstände übermitteln",
            "Ist die Option aktiv, trainieren wir mit den Verbrauchsdaten der Zähler unser Modell."
        )),
        vec![Some(true)]
    );
    // A bare "Trainingsdaten" is a workout's data, shared with whoever: no model's training.
    assert!(ai(&scan_under(
        "de",
        "Teilen",
        "Trainingsdaten mit der Familie teilen"
    ))
    .is_empty());
}

#[test]
fn a_note_under_a_table_speaks_for_a_column_only_in_the_sentences_that_name_it() {
    // "Suggestions stay with you. Model improvement helps …": each sentence says what its own
    // column means; the suggestions column is no training.
    let r = scan_html(
        r#"<html lang="en"><body><main><table><caption>How your notes are used</caption>
        <thead><tr><th>Kind</th><th id="c1">Suggestions</th><th id="c2">Model improvement</th></tr></thead><tbody>
        <tr><th id="a">Study notes</th><td><input type="checkbox" checked aria-labelledby="a c1"></td><td><input type="checkbox" checked aria-labelledby="a c2"></td></tr>
        </tbody></table><p>Suggestions stay on your account. Model improvement lets your notes train the AI that writes summaries for everyone.</p></main></body></html>"#,
    );
    assert_eq!(
        ai_sharing(&r),
        vec![("Study notes Model improvement", Some(true))]
    );
}

#[test]
fn a_column_that_improves_the_ai_keeps_the_caption_from_the_other_columns() {
    // "Improve Nova AI" speaks of training with no training word, in a cell named by its row
    // and its three words: the caption's training is its, not the backup column's.
    let r = scan_html(
        r#"<html lang="en"><body><main><table><caption>What we may use to train our models</caption>
        <thead><tr><th>Data</th><th id="c1">Back up</th><th id="c2">Improve Nova AI</th></tr></thead><tbody>
        <tr><th id="a">Comments</th><td><input type="checkbox" checked aria-labelledby="a c1"></td><td><input type="checkbox" aria-labelledby="a c2"></td></tr>
        </tbody></table></main></body></html>"#,
    );
    assert_eq!(
        ai_sharing(&r),
        vec![("Comments Improve Nova AI", Some(false))]
    );
}
