"""Write README.md from tools/meta.json.

    python3 tools/make_readme.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
SHAPE_NAMES = {"i": "inverted", "v": "vague+help", "h": "heading-only", "p": "plain"}
MECH = {
    "inline-none": "inline display:none",
    "class-none": "CSS class display:none",
    "hidden-attr": "hidden attribute",
    "aria-hidden": "aria-hidden=\"true\"",
    "inline-vis": "inline visibility:hidden",
    "class-vis": "CSS class visibility:hidden",
    "dialog": "closed <dialog>",
    "tabpanel": "inactive tab panel",
}
KIND = {
    "switch": "switch", "checkbox": "checkbox", "table-cell": "table checkbox",
    "select": "select", "radio-group": "radio group", "segmented": "segmented (aria-pressed)",
    "state-row": "state row button",
}


def cell(s):
    return str(s).replace("|", "\\|")


def main():
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)
    pages = meta["pages"]
    L = []
    w = L.append
    w("# blind50 — blind evaluation set: %s" % meta["theme"])
    w("")
    w("Thirty-five saved settings pages (five per language: en, de, fr, es, pt-BR, it, nl) from energy "
      "suppliers, water and multi-utility companies, home and contents insurers, home-services "
      "marketplaces, cleaning and gas-delivery apps, smart thermostats, solar and EV-charging apps and a "
      "home-alarm service. Each page comes with the truth about its AI-training controls.")
    w("")
    w("## How it was written (blind)")
    w("")
    w("* The only file read in the project was `tests/corpus/README.md` (page layout, label format, "
      "matching rule). No engine code, lexicon, catalog, other corpora, blind sets or benchmarks were "
      "opened, and no project tool or git command was run.")
    w("* All copy was written fresh for this set, language by language, in the way services in that "
      "language phrase their settings (formal *Sie* for German utilities and insurers, *du* for a German "
      "app; *tu* in Italian apps; LGPD wording such as *revogar consentimento* and *oposição* in Brazilian "
      "Portuguese; GDPR *opposition*/*bezwaar*/*Widerspruch* rows; and so on). Nothing was translated word "
      "for word from English, and nothing was tuned to be easy or hard for a detector.")
    w("* %d pages are plausible reconstructions of well-known services at plausible settings URLs (own "
      "markup and copy, not copies of the real pages; the switches shown are invented); the rest are "
      "invented services on `.test` domains." % sum(1 for p in pages if p["known"]))
    w("")
    w("## Layout")
    w("")
    w("```")
    w("<lang>/<page>.html           saved page: <!DOCTYPE html>, <!-- saved from url=(NNNN)URL -->, <html lang=…>")
    w("<lang>/<page>.expect.json    {url, lang, notes, ai_training: [{label, sharing}]}")
    w("tools/lib.py                 page builder (widgets, hidden blocks, bookkeeping)")
    w("tools/pages_<lang>.py        the five pages of each language")
    w("tools/gen.py                 writes pages, expect files and tools/meta.json")
    w("tools/make_readme.py         writes this README from tools/meta.json")
    w("check.py                     self-check (own HTML parser and accessible-name computation)")
    w("```")
    w("")
    w("Regenerate and check: `python3 tools/gen.py && python3 tools/make_readme.py && python3 check.py`.")
    w("")
    w("Every page has a header (search box, language select, account button whose menu is `hidden`), a "
      "side navigation, a footer and 15–35 visible control units in `<main>`, most of them decoys. A "
      "control unit is one switch, checkbox, select, text field or button; a radio group and a "
      "segmented (`aria-pressed`) group count once; every checkbox of a per-row table counts.")
    w("")
    w("## What is labelled")
    w("")
    w("`ai_training` lists every *visible* control whose concern is the use of the person's (or the "
      "household's) data to train or improve AI / machine-learning models — the service's own or others' "
      "(partners, universities, research labs, manufacturers) — and nothing else.")
    w("")
    w("* `label` is the accessible name as a browser computes it (aria-labelledby → aria-label → label "
      "for / wrapping label → legend or radiogroup name for a radio group → text content for buttons and "
      "`role=switch`). Per-row tables: the cell checkbox's own name (row header, or row + column header). "
      "State rows: the action button's name including its visually hidden suffix. Segmented groups: the "
      "group's name.")
    w("* `sharing` is whether, in the state shown, the data IS used for training. Inverted wording is "
      "resolved against the state (an exclude / don't use / opt out / pause / block control that is on → "
      "false; off → true; objection not lodged → true; lodged → false; consent given with a withdraw "
      "action → true). For selects, radio groups and segmented groups the selected option decides.")
    w("* Controls inside a closed `<details>` are listed. Controls hidden by inline or class "
      "`display:none`, `hidden`, `aria-hidden=\"true\"`, inline or class `visibility:hidden`, a closed "
      "`<dialog>` or an inactive tab panel are not listed; every page has at least one hidden AI-training "
      "decoy, with the mechanism varied across the set.")
    w("* Decoys (not listed): AI features that do not train on the person's data (claims and chat "
      "assistants, AI-drafted job descriptions, summaries, translation, photo recognition, on-device "
      "schedule learning, personalised tips and forecasts), smart-meter collection frequency, usage "
      "comparisons, personalised ads and partner offers, notifications, visibility and sharing with "
      "people (co-insured, landlord, household members), analytics and crash reports whose help says "
      "they are not used for training, data export, connected apps, and “training” in the sense of "
      "courses or webinars.")
    w("")
    w("## Shapes")
    w("")
    w("* **i — inverted**: the name says the opposite of sharing (exclude, don't use, keep out, opt out, "
      "object / objection, cancel an objection, withdraw / revoke consent, pause, block, disable, refuse, "
      "participles such as *ausgeschlossen*, *exclus*, *escluso*), in imperative, infinitive, noun and "
      "participle forms.")
    w("* **v — vague+help**: the name alone does not say training (a programme name, “help improve X”); "
      "only the help text does (tied by aria-describedby or only placed nearby).")
    w("* **h — heading-only**: the name is meaningful only through a heading, caption, column header or "
      "intro (per-row table rows, segmented groups, a state row, a radio group).")
    w("* **p — plain**: the name says it (“Use my … to train …”, “Allow … to train …”).")
    w("")
    w("## Counts per language")
    w("")
    w("| lang | pages | known | units in main | labelled | sharing true | sharing false | i | v | h | p |")
    w("|---|---|---|---|---|---|---|---|---|---|---|")
    tot = dict(pages=0, known=0, units=0, n=0, t=0, f=0, i=0, v=0, h=0, p=0)
    for lang in LANGS:
        ps = [p for p in pages if p["lang"] == lang]
        labs = [d for p in ps for d in p["labelled"]]
        row = dict(pages=len(ps), known=sum(1 for p in ps if p["known"]),
                   units=sum(p["units"] for p in ps), n=len(labs),
                   t=sum(1 for d in labs if d["sharing"]), f=sum(1 for d in labs if not d["sharing"]))
        for s in "ivhp":
            row[s] = sum(1 for d in labs if d["shape"] == s)
        for k in tot:
            tot[k] += row[k]
        w("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d |" % (
            lang, row["pages"], row["known"], row["units"], row["n"], row["t"], row["f"],
            row["i"], row["v"], row["h"], row["p"]))
    w("| **all** | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d |" % (
        tot["pages"], tot["known"], tot["units"], tot["n"], tot["t"], tot["f"],
        tot["i"], tot["v"], tot["h"], tot["p"]))
    w("")
    n = tot["n"]
    w("Shape shares: inverted %.0f%%, vague+help %.0f%%, heading-only %.0f%%, plain %.0f%%." % (
        100.0 * tot["i"] / n, 100.0 * tot["v"] / n, 100.0 * tot["h"] / n, 100.0 * tot["p"] / n))
    kinds = {}
    for p in pages:
        for d in p["labelled"]:
            kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    w("Labelled control kinds: " + ", ".join("%s %d" % (KIND[k], v) for k, v in
                                              sorted(kinds.items(), key=lambda x: -x[1])) + ".")
    mechs = {}
    for p in pages:
        for m in p["hidden_mechanisms"]:
            mechs[m] = mechs.get(m, 0) + 1
    w("Hidden AI-training decoys by mechanism (pages): " + ", ".join(
        "%s %d" % (MECH[k], v) for k, v in sorted(mechs.items(), key=lambda x: -x[1])) + ".")
    w("")
    w("## Pages")
    w("")
    w("| lang | page | service | kind | URL | units | labelled (true/false) | shapes | hidden decoy |")
    w("|---|---|---|---|---|---|---|---|---|")
    for lang in LANGS:
        for p in [p for p in pages if p["lang"] == lang]:
            labs = p["labelled"]
            t = sum(1 for d in labs if d["sharing"])
            shapes = " ".join(d["shape"] for d in labs)
            w("| %s | %s | %s%s | %s | %s | %d | %d (%d/%d) | %s | %s |" % (
                lang, p["page"], cell(p["brand"]), " (known)" if p["known"] else "", cell(p["kind"]),
                p["url"], p["units"], len(labs), t, len(labs) - t, shapes,
                ", ".join(MECH[m] for m in p["hidden_mechanisms"])))
    w("")
    w("## Labelled controls")
    w("")
    w("| lang | page | label | sharing | shape | control |")
    w("|---|---|---|---|---|---|")
    for lang in LANGS:
        for p in [p for p in pages if p["lang"] == lang]:
            for d in p["labelled"]:
                w("| %s | %s | %s | %s | %s | %s |" % (
                    lang, p["page"], cell(d["label"]), "true" if d["sharing"] else "false",
                    SHAPE_NAMES[d["shape"]], KIND[d["kind"]]))
    w("")
    w("## What check.py verifies")
    w("")
    w("For every page: the first three lines; the expect file (exactly four keys, same URL and language "
      "as the page); well-formed markup (every non-void element closed in order, no duplicate "
      "attributes); unique ids and existing aria-labelledby / aria-describedby / aria-controls / label-for "
      "targets; the skeleton (header with search box, language select and an account button whose menu "
      "is `hidden`; side navigation outside main; footer; an h1 in main); that every expected label is "
      "the computed accessible name of exactly one visible control and of no hidden one; that no other "
      "control in `<main>` and no hidden control anywhere has a name containing the label or contained "
      "in it (case-insensitive substring; individual radio / toggle-button options are compared on word "
      "boundaries); that the state shown agrees with `sharing` (checked / aria-checked / selected option "
      "against the recorded inversion, or the state text of a state row); that `<main>` has 15–35 visible "
      "control units, equal to tools/meta.json; and that a hidden control exists outside the account "
      "menu, including each recorded hidden AI-training decoy.")
    w("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    print("wrote README.md")


if __name__ == "__main__":
    main()
