"""Write ../README.md from tools/meta.json."""
import collections
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = [("en", "en"), ("de", "de"), ("fr", "fr"), ("es", "es"), ("pt-BR", "pt"), ("it", "it"), ("nl", "nl")]
METHOD_DESC = {
    "hidden-attribute": "`hidden` attribute on a wrapping `<div>`",
    "inline-display-none": "inline `style=\"display: none;\"` on a wrapper",
    "class-display-none": "wrapper with a class that the page's `<style>` sets to `display:none`",
    "aria-hidden": "wrapper with `aria-hidden=\"true\"`",
    "inline-visibility-hidden": "inline `style=\"visibility:hidden\"` on a wrapper",
    "closed-dialog": "inside a `<dialog>` without `open` (a visible decoy button names it)",
    "inactive-tabpanel": "inside a `role=tabpanel` with `hidden` whose tab is not selected",
}
SHAPE_DESC = {
    "i": "inverted — the name says the opposite of sharing (exclude, object, opt-out, block, don't use, refuse…), resolved against the state; includes double negations (an opt-out that is off)",
    "v": "vague + help — vague name; only the help text (aria-describedby) says training",
    "h": "heading-only — only a section heading, intro or sub-heading says training",
    "p": "plain — the name itself says training",
}
KIND_DESC = {
    "checkbox": "native checkbox (label for / wrapping label)",
    "switch-checkbox": "checkbox with role=switch",
    "radio-fieldset": "radio fieldset named by its legend",
    "aria-radiogroup": "role=radiogroup of role=radio items, aria-labelledby",
    "segmented": "segmented aria-pressed buttons in a role=group (aria-labelledby or aria-label)",
    "select": "select with a label",
    "button-switch": "button role=switch with aria-checked (aria-label, aria-labelledby or text)",
    "state-row": "state row: status text + action button (visually hidden suffix or aria-labelledby=\"<button> <title>\")",
    "table-checkbox": "checkbox in a table cell, aria-labelledby=\"<row header> <column header>\"",
}


def main():
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    L = []
    w = L.append
    w('# holdout76 — blind evaluation set "blind76": supermarkets, grocery delivery, loyalty programmes and store cards, receipt-scanning, cashback, coupon and price-comparison services')
    w("")
    w("35 saved settings pages (5 per language: en, de, fr, es, pt-BR, it, nl) with the truth about their AI-training controls.")
    w("")
    w("## How it was written")
    w("")
    w("- Blindness: the only project file read was `tests/corpus/README.md` (page layout, label format, matching rule). "
      "No other file or folder of the project was opened, listed or searched (no `src/`, lexicon, catalog, messages, benchmarks, "
      "corpus pages, other holdout sets, tools or extension), nothing under `/work/shared` was looked at, and cargo, `./do`, "
      "`unticked` and git were not run. No search or fetch tool was used to look at test pages or at this project's code.")
    w("- All copy was written fresh, page by page and language by language, as a local product writer would write it "
      "(du/Sie, tu/vous, tú/usted, você, tu/Lei, je/u chosen per service); nothing was translated from English, and nothing was "
      "written to be easy or hard for any detector.")
    w("- About ten pages are plausible reconstructions of well-known services at plausible settings URLs "
      "(Tesco, Fetch, PAYBACK, REWE, Carrefour, Shopmium, Mercadona, Méliuz, Esselunga, Albert Heijn). Their markup, copy and "
      "every AI-training setting are invented; they do not describe the real services. The other pages are invented services on `.test` domains.")
    w("- Rules bent, knowingly: (1) `expect.json` uses `\"lang\": \"pt\"` (the corpus directory code) for the Brazilian pages, "
      "whose `<html lang>` is `pt-BR`; (2) three pages carry a table row with two labelled cells, so those pages have 4 labels and the total is 108, "
      "not exactly 100; (3) `check.py` recognises a state row's action button by the row's `state` class, which is a checker convenience, "
      "not something a detector can rely on; (4) the pages are generated from a small Python builder, so the chrome (header, side nav, footer, CSS) is "
      "shared in structure across pages, though every text is written per page and language.")
    w("")
    w("## Layout")
    w("")
    w("```")
    w("<lang>/<page>.html          saved page (doctype, 'saved from' comment with the URL, <html lang>)")
    w("<lang>/<page>.expect.json   {url, lang, notes, ai_training: [{label, sharing}]} as in tests/corpus/README.md")
    w("check.py                    independent checker (html.parser DOM, accessible names, visibility)")
    w("tools/lib.py                page builder: widgets, hidden blocks, bookkeeping of labels/shapes/kinds")
    w("tools/pages_<lang>.py       the pages of one language")
    w("tools/gen.py                writes pages, expect files and tools/meta.json")
    w("tools/make_readme.py        writes this README from tools/meta.json")
    w("tools/meta.json             per page: labels with shape and kind, the hidden control and its method, visible unit count")
    w("```")
    w("")
    w("Regenerate: `cd tools && python3 gen.py && python3 make_readme.py && python3 ../check.py`.")
    w("")
    w("## What is labelled")
    w("")
    w("Every visible control whose concern is the use of the person's (or household's, dependants') data to train or improve AI / "
      "machine-learning models — the service's own models or other parties' (brand partners, suppliers, researchers, data licensing) — "
      "with `sharing` = whether, in the state shown, that data IS used. `label` is the accessible name (aria-labelledby → aria-label → "
      "label → legend / radiogroup name → text content, whitespace collapsed). Controls inside a closed `<details>` are collapsed, not hidden, and are labelled.")
    w("")
    w("Not labelled (decoys): AI features that are said not to train on the person's data (assistants, price forecasts, on-device sorting), "
      "personalisation, notifications (including notifications about AI features), substitutions and delivery, analytics and ad cookies, "
      "payments, export, security, display and accessibility — and, on each page, exactly one AI-training control that is hidden from the person.")
    w("")
    w("## Hidden AI-training control (one per page, not labelled)")
    w("")
    w("| method | how | pages |")
    w("|---|---|---|")
    mc = collections.Counter(m["method"] for m in meta)
    for k, d in METHOD_DESC.items():
        w(f"| {k} | {d} | {mc[k]} |")
    w("")
    w("## Shapes of the labelled controls")
    w("")
    allL = [l for m in meta for l in m["labels"]]
    sc = collections.Counter(l["shape"] for l in allL)
    w("| shape | meaning | labels |")
    w("|---|---|---|")
    for k, d in SHAPE_DESC.items():
        w(f"| {k} | {d} | {sc[k]} |")
    w("")
    w("## Widget kinds of the labelled controls")
    w("")
    kc = collections.Counter(l["kind"] for l in allL)
    w("| kind | widget | labels |")
    w("|---|---|---|")
    for k, d in KIND_DESC.items():
        w(f"| {k} | {d} | {kc[k]} |")
    w("")
    w("## Counts per language")
    w("")
    w("| lang | pages | known services | visible controls | labels | sharing true | sharing false | i | v | h | p |")
    w("|---|---|---|---|---|---|---|---|---|---|---|")
    tot = collections.Counter()
    for code, d in LANGS:
        ps = [m for m in meta if m["lang"] == code]
        ls = [l for m in ps for l in m["labels"]]
        row = dict(pages=len(ps), known=sum(m["known"] for m in ps), vis=sum(m["visible_units"] for m in ps),
                   labels=len(ls), t=sum(l["sharing"] for l in ls), f=sum(not l["sharing"] for l in ls),
                   **{s: sum(l["shape"] == s for l in ls) for s in "ivhp"})
        tot.update(row)
        w(f"| {d} | {row['pages']} | {row['known']} | {row['vis']} | {row['labels']} | {row['t']} | {row['f']} | {row['i']} | {row['v']} | {row['h']} | {row['p']} |")
    w(f"| **all** | {tot['pages']} | {tot['known']} | {tot['vis']} | {tot['labels']} | {tot['t']} | {tot['f']} | {tot['i']} | {tot['v']} | {tot['h']} | {tot['p']} |")
    w("")
    w("“Visible controls” counts the control units in `<main>` that the person can see (a radio fieldset, radiogroup or segmented group counts once; "
      "tabs, buttons and every table checkbox count), labelled or not.")
    w("")
    w("## Pages")
    w("")
    w("| lang | page | service | hidden via | labels (shape/kind → sharing) |")
    w("|---|---|---|---|---|")
    for code, d in LANGS:
        for m in [m for m in meta if m["lang"] == code]:
            ls = "; ".join(f"{l['shape']}/{l['kind']} → {str(l['sharing']).lower()}" for l in m["labels"])
            w(f"| {d} | {m['slug']} | {m['site']}{' (known)' if m['known'] else ''} | {m['method']} | {ls} |")
    w("")
    w("## Check")
    w("")
    w("`python3 check.py` parses every page with `html.parser`, computes accessible names and visibility (hidden attribute, inline "
      "display:none, display:none by a class in the page's `<style>`, aria-hidden, inline visibility:hidden, closed dialog, inactive "
      "tab panel), and verifies the page chrome, 15–35 visible control units, that every expected label equals the name of exactly one "
      "visible control (and does not overlap another visible control's name), and that each page's one hidden AI-training control exists and is hidden by the recorded method.")
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
