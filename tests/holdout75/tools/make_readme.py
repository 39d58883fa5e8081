"""Write ../README.md from tools/meta.json and the checker's DOM counts."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
import check  # noqa: E402
from lib import METHODS, KINDS  # noqa: E402

LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
METHOD_TXT = {
    "hidden": "`hidden` attribute on a wrapper",
    "inline-display": "inline `style=\"display: none;\"` on a wrapper",
    "class": "a class whose rule in the page's `<style>` is `display:none` (`.legacy-row`, `.ausgeblendet`, `.oculto`, …)",
    "aria-hidden": "`aria-hidden=\"true\"` on a wrapper",
    "visibility": "inline `style=\"visibility: hidden;\"` on a wrapper",
    "dialog": "inside a closed `<dialog>` (no `open`)",
    "tab": "inside an inactive `role=tabpanel` carrying `hidden` (its tab has `aria-selected=false`)",
}
SHAPE_TXT = {
    "i": "inverted — the name says the opposite of sharing (exclude, object, opt out, keep out, block, stop, limit, withdraw, don't use…); sharing resolved against the state, incl. double negations",
    "v": "vague + help — vague name; only the help text (aria-describedby or nearby text) says it is about training",
    "h": "heading-only — only the section heading / intro, a `<details>` summary or a table caption says training",
    "p": "plain — the name itself says training",
}
KIND_TXT = {
    "checkbox": "native checkbox, `<label for>` or wrapping `<label>`",
    "switch": "`<input type=checkbox role=switch>` with `<label for>`",
    "radio": "radio `<fieldset>` named by its `<legend>`",
    "radiogroup": "`role=radiogroup` of `role=radio` items, named by aria-labelledby",
    "segmented": "`role=group` of `aria-pressed` buttons, named by aria-labelledby",
    "select": "`<select>` with `<label for>`",
    "button-switch": "`<button role=switch aria-checked>` named by aria-label, aria-labelledby or its text",
    "state-row": "status text + action button, named by a visually hidden suffix or `aria-labelledby=\"<button id> <title id>\"`",
    "table-cell": "checkbox in a table cell named `<row header> <column header>` (aria-labelledby)",
}


def main():
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    bad, stats = check.run(verbose=False)
    rows = []
    tot = Counter()
    for lang in LANGS:
        ms = [m for m in meta if m["lang"] == lang]
        labels = [l for m in ms for l in m["labels"]]
        c = Counter(l["shape"] for l in labels)
        r = {"pages": len(ms), "known": sum(m["known"] for m in ms),
             "controls": sum(stats[m["slug"]]["units"] for m in ms), "labels": len(labels),
             "true": sum(l["sharing"] for l in labels), "false": sum(not l["sharing"] for l in labels),
             "i": c["i"], "v": c["v"], "h": c["h"], "p": c["p"],
             "details": sum(stats[m["slug"]]["in_details"] for m in ms)}
        tot.update(r)
        rows.append((lang, r))
    cols = ["pages", "known", "controls", "labels", "true", "false", "i", "v", "h", "p", "details"]
    out = []
    w = out.append
    w('# holdout75 — blind evaluation set "blind75": forms, surveys, journaling, diaries, personal notes, astrology and faith or meditation apps\n')
    w("35 saved settings pages (5 each in en, de, fr, es, pt-BR, it, nl) with the truth about every visible "
      "AI-training control, in the format of `tests/corpus/README.md`.\n")
    w("## How it was written\n")
    w("- Blindness: the only project file read was `tests/corpus/README.md` (page layout, label format, matching rule). "
      "No other file of the project was opened, grepped or searched (no `src/`, lexicon, catalog, messages, benchmarks, other holdout sets, "
      "corpus pages, tools or extension), nothing under `/work/shared` was looked at, and `cargo`, `./do`, `unticked` and `git` were not run. "
      "No search or fetch tool was used to look at anyone's test pages or at this project's code.")
    w("- Rule bent (disclosed): one `ls /work/main/tests/` was run together with reading the README, which showed the *names* of the "
      "entries in `tests/` (source file names and the `holdout*` folder names). No file or folder among them was opened or listed further.")
    w("- All copy was written fresh, page by page, in each language as a local product writer would (du/Sie, tu/vous, tú/usted, você, tu/Lei, je/u chosen per service), "
      "not translated from English and not tuned to be easy or hard for any detector.")
    w("- Ten pages are plausible reconstructions of well-known services at plausible settings URLs (Day One, Co–Star, 7Mind, LimeSurvey, Petit BamBou, "
      "SurveyMonkey, Jotform, Evernote, Headspace, Typeform); their markup, copy and every AI-training setting are invented. The other 25 are invented services on `.test` domains.")
    w("- Within a page the labelled controls were kept consistent with each other (no control claims data is used while another visible one says the same data is not).\n")
    w("## Layout\n")
    w("```\n<lang>/<page>.html           saved page (doctype, \"saved from\" comment, <html lang>)\n"
      "<lang>/<page>.expect.json    {url, lang, notes, ai_training: [{label, sharing}]}\n"
      "tools/lib.py                 page builder: widgets, hiding wrappers, bookkeeping of labels/shapes/kinds\n"
      "tools/pages_<lang>.py        the five pages of one language\n"
      "tools/gen.py                 writes pages, expect files and tools/meta.json\n"
      "tools/meta.json              per page: labels with shape, kind and element id; the hidden control and its method\n"
      "tools/make_readme.py         writes this README\n"
      "check.py                     independent checker (html.parser DOM, accessible names, visibility)\n```\n")
    w("Regenerate: `cd tools && python3 gen.py && cd .. && python3 check.py && python3 tools/make_readme.py`.\n")
    w("Every page has a header (search box, language select, account button whose menu is `hidden`), a side navigation, a footer, "
      "and 15–35 visible control units in `<main>`, most of them decoys: AI features said not to train on the person's data, notifications about AI features, "
      "personalisation, visibility, analytics, ads, export, connected apps, payments, security, display and accessibility.\n")
    w("## What is labelled\n")
    w("Every visible control whose concern is the use of the person's (or their organisation's) data to train or improve AI / machine-learning models "
      "— the service's own or other parties' — with `sharing` = whether, in the state shown, that data IS used. "
      "`label` is the accessible name (aria-labelledby → aria-label → label → legend / group name → text content, whitespace collapsed). "
      "Each control uses one naming attribute only. Controls inside a closed `<details>` are collapsed, not hidden, and are labelled "
      f"({tot['details']} such labels). Exactly one AI-training control per page is hidden and not labelled.\n")
    w("## Hiding methods (one hidden AI-training control per page)\n")
    w("| method | how | pages |\n|---|---|---|")
    mc = Counter(m["method"] for m in meta)
    for k in METHODS:
        pages = ", ".join(f"{m['lang']}/{m['slug']}" for m in meta if m["method"] == k)
        w(f"| {k} | {METHOD_TXT[k]} | {mc[k]}: {pages} |")
    w("")
    w("## Shapes of the labelled controls\n")
    w("| shape | meaning | " + " | ".join(LANGS) + " | total |\n|---|---|" + "---|" * (len(LANGS) + 1))
    for s in "ivhp":
        per = [sum(1 for m in meta if m["lang"] == l for x in m["labels"] if x["shape"] == s) for l in LANGS]
        w(f"| {s} | {SHAPE_TXT[s]} | " + " | ".join(map(str, per)) + f" | {sum(per)} |")
    w("")
    w("## Widget kinds of the labelled controls\n")
    w("| kind | markup | " + " | ".join(LANGS) + " | total | hidden control (not labelled) |\n|---|---|" + "---|" * (len(LANGS) + 2))
    for k in KINDS:
        per = [sum(1 for m in meta if m["lang"] == l for x in m["labels"] if x["kind"] == k) for l in LANGS]
        hid = sum(1 for m in meta if m["hidden"]["kind"] == k)
        w(f"| {k} | {KIND_TXT[k]} | " + " | ".join(map(str, per)) + f" | {sum(per)} | {hid} |")
    w("")
    w("## Counts per language\n")
    w("`controls` = visible control units in `<main>` as counted by check.py (a radio group, radiogroup or segmented group counts once); "
      "`details` = labels inside a closed `<details>`.\n")
    w("| lang | " + " | ".join(cols) + " |\n|---|" + "---|" * len(cols))
    for lang, r in rows:
        w(f"| {lang} | " + " | ".join(str(r[c]) for c in cols) + " |")
    w("| **total** | " + " | ".join(f"**{tot[c]}**" for c in cols) + " |")
    w("")
    w("## Pages\n")
    w("| lang | page | url | known | method | labels (shape/kind/sharing) |\n|---|---|---|---|---|---|")
    for m in meta:
        ls = "; ".join(f"{x['shape']}/{x['kind']}/{'T' if x['sharing'] else 'F'}" for x in m["labels"])
        w(f"| {m['lang']} | {m['slug']} | {m['url']} | {'yes' if m['known'] else ''} | {m['method']} | {ls} |")
    w("")
    w(f"check.py: {'passes' if bad == 0 else f'{bad} problems'} ({len(meta)} pages, {tot['labels']} labels).\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("README written; check problems:", bad)


if __name__ == "__main__":
    main()
