"""Writes ../README.md from tools/meta.json."""
import collections
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
METHOD_DESC = {
    "hidden": "`hidden` attribute on the block's wrapper",
    "inline-display-none": "inline `style=\"display:none\"` on the wrapper",
    "css-class": "a class on the wrapper whose rule in the page's `<style>` says `display: none`",
    "aria-hidden": "`aria-hidden=\"true\"` on the wrapper",
    "visibility-hidden": "inline `style=\"visibility:hidden; height:0\"` on the wrapper",
    "closed-dialog": "inside a `<dialog>` without `open` (a visible button names it)",
    "inactive-tabpanel": "inside the inactive `role=tabpanel` (with `hidden`) of a two-tab section",
}
SHAPE_DESC = {
    "i": "inverted: the name says the opposite of sharing (exclude, object, opt out, block, stop, pause, "
         "limit, protect, don't use, keep out…), resolved against the state; includes double negations",
    "v": "vague + help: vague name (\"Help improve …\", \"Join the … panel\"); only the help text "
         "(aria-describedby) says the data trains models",
    "h": "heading-only: only the section heading / intro, table caption or column header says training",
    "p": "plain: the name itself says training",
}
KIND_DESC = {
    "checkbox": "native checkbox, `<label for>` or wrapping `<label>`",
    "switch": "native checkbox with `role=switch`",
    "fieldset": "radio buttons in a `<fieldset>` named by its `<legend>`",
    "radiogroup": "`role=radiogroup` of `role=radio` items named by `aria-labelledby`",
    "segmented": "`role=group` of `aria-pressed` buttons named by `aria-labelledby` or `aria-label`",
    "select": "`<select>` with a `<label for>`",
    "btnswitch": "`<button role=switch aria-checked>` named by `aria-label`, `aria-labelledby` or its text",
    "staterow": "state row: status text + action button, named `aria-labelledby=\"<button> <title>\"` or by "
                "a visually hidden suffix inside the button",
    "tablecell": "checkbox in a table cell named `aria-labelledby=\"<row header> <column header>\"`",
}


def main():
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    labs = [l for p in meta for l in p["labels"]]
    out = []
    w = out.append
    w('# holdout81 — blind evaluation set "blind81": web browsers, search engines, browser extensions and AI sidebars')
    w("")
    w(f"{len(meta)} saved settings pages (5 per language in en, de, fr, es, pt-BR, it, nl) with "
      f"{len(labs)} labelled AI-training controls "
      f"({sum(l['sharing'] for l in labs)} sharing, {sum(not l['sharing'] for l in labs)} not sharing). "
      "Theme: browser sync accounts, search engines and search history, AI assistants built into browsers "
      "and sidebars, reading-mode and translation extensions, ad blockers, new-tab pages.")
    w("")
    w("## How it was written")
    w("")
    w("- Blind. The only project file read was `tests/corpus/README.md` (page layout, label format, matching "
      "rule). No other file or folder of the project was opened, listed or searched (no `src/`, lexicon, "
      "catalog, messages, benchmarks, other `tests/holdout*` sets, corpus pages, tools or extension), "
      "nothing under `/work/shared` was looked at, and `cargo`, `./do`, `unticked` and `git` were not run. "
      "No search or fetch tool was used at all, so no one's test pages or this project's code were seen.")
    w("- All copy was written fresh, page by page and language by language, as a product writer of that "
      "country would (du/Sie, tu/vous, tú/usted, você, tu/Lei, je/u chosen per service; see each page's "
      "`notes`); nothing was translated from English and no wording was chosen to be easy or hard for any "
      "detector.")
    w("- About ten pages are plausible reconstructions of well-known services at plausible settings URLs "
      "(Bing, DuckDuckGo, Ecosia, Mozilla account, Qwant, Brave Search, Opera account, Perplexity, "
      "Vivaldi.net, Startpage). Their markup, copy and every AI-training setting are invented and do not "
      "describe the real products. The other pages are invented services on `.test` domains.")
    w("- Pages are produced by a small Python generator (`tools/`), so their skeleton (header, nav, footer, "
      "card sections, widget templates, ids such as `cb12`/`sw3`) is shared across the set. This is the one "
      "rule that is bent a little: the copy varies freely, but markup patterns repeat more than on 35 real "
      "sites. The state of every control is written into the markup (`checked`, `selected`, `aria-checked`, "
      "`aria-pressed`, status text); `sharing` is computed by the generator from that state and from what "
      "the control means (e.g. an exclusion that is ticked → not sharing).")
    w("- Page states were made consistent with each other: where one control overrides another (a global "
      "opt-out next to per-type choices), the shown states do not contradict each other.")
    w("")
    w("## Layout")
    w("")
    w("```")
    w("<lang>/<page>.html          saved page: doctype, \"saved from\" comment with the URL, <html lang>")
    w("<lang>/<page>.expect.json   {url, lang, notes, ai_training: [{label, sharing}]}, as tests/corpus/README.md")
    w("check.py                    independent DOM / accessible-name / visibility check (run: python3 check.py)")
    w("tools/lib.py                page builder: widgets, hidden blocks, bookkeeping of labels/shapes/kinds")
    w("tools/pages_<lang>.py       the five pages of each language")
    w("tools/gen.py                writes pages, expect files and tools/meta.json")
    w("tools/make_readme.py        writes this README from tools/meta.json")
    w("tools/meta.json             per page: method, visible control units, hidden AI control, labels with shape and kind")
    w("```")
    w("")
    w("Every page has a header (search box, interface-language select, account button whose menu is "
      "`hidden`), a side navigation, a footer, and 15–35 visible control units in `<main>` (a radio fieldset, "
      "radiogroup or segmented group counts once; tab buttons and a dialog's opener count). Most are decoys: "
      "AI features said not to train on the person's data, notifications about AI features, personalisation, "
      "search history, ads, analytics and crash reports, export, sync, payments, security, display and "
      "accessibility.")
    w("")
    w("## What is labelled")
    w("")
    w("Every visible control whose concern is the use of the person's (or their household's, dependants') "
      "data to train or improve AI / machine-learning models — the service's own or other parties' (AI "
      "crawlers on a public page or blog, licensing of content to partners for model training) — with "
      "`sharing` = whether, in the state shown, that data IS used. `label` is the control's accessible name "
      "(aria-labelledby → aria-label → label → legend / radiogroup name → text content, whitespace "
      "collapsed); every label equals the name of exactly one visible control on its page. Controls inside a "
      "closed `<details>` (5 sections) are collapsed, not hidden, and are labelled. AI features that say they "
      "do not train on the person's data, telemetry/crash reports and notifications about AI are not "
      "labelled.")
    w("")
    w("Exactly one AI-training control per page is hidden and not labelled:")
    w("")
    w("| method | how | pages |")
    w("|---|---|---|")
    by_m = collections.defaultdict(list)
    for p in meta:
        by_m[p["method"]].append(f"{p['lang']}/{p['page']}")
    for m, d in METHOD_DESC.items():
        w(f"| {m} | {d} | {len(by_m[m])}: {', '.join(by_m[m])} |")
    w("")
    w("## Shapes of the labelled controls")
    w("")
    w("| shape | meaning | labels |")
    w("|---|---|---|")
    sc = collections.Counter(l["shape"] for l in labs)
    for s, d in SHAPE_DESC.items():
        w(f"| {s} | {d} | {sc[s]} |")
    w("")
    w("## Widget kinds of the labelled controls")
    w("")
    w("| kind | markup | labels | " + " | ".join(LANGS) + " |")
    w("|---|---|---|" + "---|" * len(LANGS))
    for k, d in KIND_DESC.items():
        per = [sum(1 for p in meta if p["lang"] == lg for l in p["labels"] if l["kind"] == k) for lg in LANGS]
        w(f"| {k} | {d} | {sum(per)} | " + " | ".join(str(x) for x in per) + " |")
    w("")
    w("## Counts per language")
    w("")
    w("| lang | pages | known services | visible control units | labels | sharing true | sharing false | i | v | h | p |")
    w("|---|---|---|---|---|---|---|---|---|---|---|")
    tot = collections.Counter()
    for lg in LANGS:
        ps = [p for p in meta if p["lang"] == lg]
        ls = [l for p in ps for l in p["labels"]]
        row = collections.Counter(
            pages=len(ps), known=sum(p["known"] for p in ps), units=sum(p["units"] for p in ps),
            labels=len(ls), t=sum(l["sharing"] for l in ls), f=sum(not l["sharing"] for l in ls),
            **{s: sum(1 for l in ls if l["shape"] == s) for s in "ivhp"})
        tot.update(row)
        w(f"| {lg} | {row['pages']} | {row['known']} | {row['units']} | {row['labels']} | {row['t']} | "
          f"{row['f']} | {row['i']} | {row['v']} | {row['h']} | {row['p']} |")
    w(f"| **all** | {tot['pages']} | {tot['known']} | {tot['units']} | {tot['labels']} | {tot['t']} | "
      f"{tot['f']} | {tot['i']} | {tot['v']} | {tot['h']} | {tot['p']} |")
    w("")
    w("## Pages")
    w("")
    w("| page | url | known | hidden by | labels |")
    w("|---|---|---|---|---|")
    for p in meta:
        w(f"| {p['lang']}/{p['page']} | {p['url']} | {'yes' if p['known'] else ''} | {p['method']} | "
          f"{len(p['labels'])} |")
    w("")
    w("## Checks")
    w("")
    w("`python3 tools/gen.py && python3 check.py` regenerates everything and verifies, with its own "
      "html.parser DOM, accessible-name and visibility code: each expected label matches exactly one visible "
      "control's name; each page's hidden AI control is hidden by the recorded method and is not labelled; "
      "the header/nav/footer/doctype/saved-from/lang requirements; 15–35 visible control units in `<main>`; "
      "7 hiding methods × 5 pages. It also warns when an expected label is contained in an unlabelled "
      "control's name (none do).")
    w("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
