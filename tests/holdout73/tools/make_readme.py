#!/usr/bin/env python3
"""Writes ../README.md from tools/meta.json (and counts visible controls with ../check.py's DOM)."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
import check  # noqa: E402

LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
SHAPES = {"i": "inverted", "v": "vague + help", "h": "heading-only", "p": "plain"}
KINDS = ["checkbox", "switch", "radio", "radiogroup", "pressed", "select", "button-switch", "state-row", "table-cell"]
KIND_TEXT = {
    "checkbox": "native checkbox (label for / wrapping label)",
    "switch": "checkbox with role=switch",
    "radio": "radio fieldset named by its legend",
    "radiogroup": "role=radiogroup of role=radio items, named by aria-labelledby",
    "pressed": "segmented aria-pressed buttons in a role=group (aria-labelledby or aria-label)",
    "select": "select with a label",
    "button-switch": "button role=switch with aria-checked, named by aria-label, aria-labelledby or its text",
    "state-row": "status text + action button, named by a visually hidden suffix or aria-labelledby=\"button title\"",
    "table-cell": "checkbox in a table cell, named by row header + column header",
}
METHODS = ["hidden", "inline", "class", "aria", "visibility", "dialog", "tab"]
METHOD_TEXT = {"hidden": "hidden attribute", "inline": "inline display:none", "class": "CSS class with display:none",
               "aria": "aria-hidden=\"true\"", "visibility": "inline visibility:hidden", "dialog": "closed <dialog>",
               "tab": "inactive tab panel"}


def main():
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    pages = meta["pages"]
    labels = [l for p in pages for l in p["labels"]]
    shape_c = collections.Counter(l["shape"] for l in labels)
    kind_c = collections.Counter(l["kind"] for l in labels)
    meth_c = collections.Counter(h["method"] for p in pages for h in p["hidden"])
    rows = []
    per_lang = {}
    for p in pages:
        doc = check.Doc(open(os.path.join(ROOT, p["lang"], p["slug"] + ".html"), encoding="utf-8").read())
        main_el = next(n for n in doc.root.iter() if n.tag == "main")
        vis = sum(1 for n, k in doc.controls(main_el) if doc.hidden_by(n) is None)
        t = sum(1 for l in p["labels"] if l["sharing"])
        shapes = "".join(sorted(l["shape"] for l in p["labels"]))
        rows.append(f"| {p['lang']} | `{p['slug']}` | {p['service']} | {p['theme']} | {'known' if p['known'] else 'invented'} "
                    f"| {vis} | {len(p['labels'])} | {t}/{len(p['labels']) - t} | {shapes} "
                    f"| {', '.join(METHOD_TEXT[h['method']] for h in p['hidden'])} |")
        pl = per_lang.setdefault(p["lang"], collections.Counter())
        pl["pages"] += 1
        pl["labels"] += len(p["labels"])
        pl["true"] += t
        pl["false"] += len(p["labels"]) - t
        pl["visible"] += vis
        pl["known"] += p["known"]
        for l in p["labels"]:
            pl[l["shape"]] += 1
    out = []
    w = out.append
    w("# holdout73 — blind evaluation set \"blind73\": games of chance and rewards\n")
    w("Thirty-five saved settings pages (5 each in en, de, fr, es, pt-BR, it, nl) from lotteries, sports betting "
      "and fantasy sports, poker and bingo apps, and the loyalty / rewards programmes of supermarkets, pharmacies "
      "and petrol stations, as seen by the player or member. Each page comes with an `.expect.json` listing every "
      "visible control whose concern is the use of the person's (or their household's, dependant's or business's) "
      "data to train or improve AI / machine-learning models, and whether that data is used in the state shown.\n")
    w("The set is meant to be scored once, at first sight, to measure how the detector generalises to wording "
      "nobody tuned it on.\n")
    w("## How it was written (blind)\n")
    w("- The only project file read was `tests/corpus/README.md` (page layout, label format, matching rule).")
    w("- No other project file or folder was opened, listed or searched (no `src/`, lexicon, catalog, messages, "
      "benchmarks, other holdout sets, corpus pages, tools or extension); `/work/shared` was not looked at; "
      "cargo, `./do`, `unticked` and git were not run; no search or fetch tool was used to look at anyone's test "
      "pages or the project's code.")
    w("- All copy was written fresh, page by page, in each language as a product writer of that country might "
      "phrase it (du/Sie, tu/vous, tú/usted, você, tu/Lei, je/u chosen per service), not translated from "
      "English and not chosen to be easy or hard for any detector.")
    w(f"- {sum(p['known'] for p in pages)} pages are plausible reconstructions of well-known services at plausible "
      "settings URLs; their markup, copy and every AI-training setting on them are invented. The rest are "
      "invented services on `.test` domains.")
    w("- Rules bent: none knowingly. The label count came out at 15–16 per language (110 in total), a little "
      "above the ~100 aimed for.\n")
    w("## Layout\n")
    w("```")
    w("<lang>/<page>.html           saved page (doctype, saved-from comment, <html lang>)")
    w("<lang>/<page>.expect.json    {url, lang, notes, ai_training: [{label, sharing}]}")
    w("tools/lib.py                 page builder: widgets, hidden blocks, bookkeeping of labels, shapes, kinds")
    w("tools/pages_<lang>.py        the five pages of each language")
    w("tools/gen.py                 writes pages, expect files and tools/meta.json")
    w("tools/make_readme.py         writes this README from tools/meta.json")
    w("check.py                     self-check (own html.parser DOM + accessible names + visibility)")
    w("```\n")
    w("Regenerate and check: `python3 tools/gen.py && python3 tools/make_readme.py && python3 check.py`\n")
    w("Every page has a header (search box, language select, account button whose menu is `hidden`), a side "
      "navigation, a footer, and 15–35 visible control units in `<main>` (a radio set, radiogroup or "
      "aria-pressed group counts once), most of them decoys.\n")
    w("## What is labelled\n")
    w("`ai_training` lists every VISIBLE control whose concern is AI / ML training on the person's data (the "
      "service's own models or other parties'). `label` is the accessible name (aria-labelledby → aria-label → "
      "label → legend / radiogroup name → text content), whitespace collapsed:")
    w("- a radio fieldset, a role=radiogroup or an aria-pressed group is one control named by its group;")
    w("- a checkbox in a table cell is named `<row header> <column header>` (one space);")
    w("- a state row is named by its action button: button text plus its visually hidden suffix, or "
      "`aria-labelledby=\"<button> <title>\"` (button text then title);")
    w("- controls inside a closed `<details>` are collapsed, not hidden, and are labelled.\n")
    w("`sharing` says whether the data is used for training in the state shown; inverted wording (exclude, "
      "object, opt out, block, withdraw/revoke, don't use, keep out, protect, shield) is resolved against the "
      "state, and so are state rows (\"Withdraw … / consent given\" → true; \"Activate … / off\" → false).\n")
    w("Not labelled: decoys (AI features said not to train on the person's data, offers, notifications, "
      "visibility, analytics, limits and safer-gambling tools, export, connected apps, payments, security, "
      "display) and one AI-training control per page that the person cannot see:\n")
    w("| hiding method | pages |")
    w("|---|---|")
    for m in METHODS:
        w(f"| {METHOD_TEXT[m]} | {meth_c[m]} |")
    w("")
    w("## Shapes\n")
    w("| shape | meaning | labels |")
    w("|---|---|---|")
    desc = {"i": "the name says the opposite of sharing (exclude, object, opt out, block, withdraw, don't use…)",
            "v": "vague name; only help text (aria-describedby or nearby text) says training",
            "h": "only a heading, intro, caption or column header says training",
            "p": "the name itself says training"}
    for s in "ivhp":
        w(f"| {s} {SHAPES[s]} | {desc[s]} | {shape_c[s]} |")
    w("")
    w("## Widget kinds (labelled controls)\n")
    w("| kind | widget | labels |")
    w("|---|---|---|")
    for k in KINDS:
        w(f"| {k} | {KIND_TEXT[k]} | {kind_c[k]} |")
    w("")
    w("## Counts per language\n")
    w("| lang | pages | known | visible controls | labels | sharing true / false | i | v | h | p |")
    w("|---|---|---|---|---|---|---|---|---|---|")
    tot = collections.Counter()
    for lg in LANGS:
        c = per_lang[lg]
        tot.update(c)
        w(f"| {lg} | {c['pages']} | {c['known']} | {c['visible']} | {c['labels']} | {c['true']} / {c['false']} "
          f"| {c['i']} | {c['v']} | {c['h']} | {c['p']} |")
    w(f"| all | {tot['pages']} | {tot['known']} | {tot['visible']} | {tot['labels']} | {tot['true']} / {tot['false']} "
      f"| {tot['i']} | {tot['v']} | {tot['h']} | {tot['p']} |")
    w("")
    w("## Pages\n")
    w("| lang | page | service | theme | kind | visible controls | labels | true/false | shapes | hidden AI control |")
    w("|---|---|---|---|---|---|---|---|---|---|")
    out.extend(rows)
    w("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    print("wrote README.md")


if __name__ == "__main__":
    main()
