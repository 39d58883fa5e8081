"""Write README.md from tools/meta.json."""
import collections
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
SHAPES = {"i": "inverted", "v": "vague + help", "h": "heading-only", "p": "plain"}
HIDE = {"hidden": "`hidden` attribute", "display": "inline `display:none`", "class": "CSS class with `display:none`",
        "aria": "`aria-hidden=\"true\"`", "visibility": "inline `visibility:hidden`", "dialog": "closed `<dialog>`",
        "tab": "inactive tab panel"}


def main():
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    lab = lambda m: [r for r in m["records"] if r["shape"] and not r["hidden"]]
    hid = lambda m: [r for r in m["records"] if r["shape"] and r["hidden"]]
    shape, kind, share, hides, coll = (collections.Counter() for _ in range(5))
    per = collections.OrderedDict((l, dict(pages=0, labelled=0, true=0, false=0, hidden=0, units=0, known=0)) for l in LANGS)
    for m in meta:
        d = per[m["lang"]]
        d["pages"] += 1
        d["units"] += m["units"]
        d["known"] += m["known"]
        for r in lab(m):
            d["labelled"] += 1
            d["true" if r["sharing"] else "false"] += 1
            shape[r["shape"]] += 1
            kind[r["kind"]] += 1
            share[r["sharing"]] += 1
            coll["collapsed"] += r["collapsed"]
        for r in hid(m):
            d["hidden"] += 1
            hides[r["hidden"]] += 1
    total = sum(d["labelled"] for d in per.values())
    L = []
    w = L.append
    w("# holdout69 — blind evaluation set: sellers', hosts' and drivers' settings (blind69)\n")
    w("Saved settings pages from the *supply side* of platforms — marketplace seller centres, holiday-rental host "
      "dashboards, ride-hail and delivery-courier partner apps, app-store developer consoles, print-on-demand and "
      "handmade-craft shop dashboards — with the truth about every visible control that lets the service, or others, "
      "use the seller's, host's or driver's data to train or improve AI / machine-learning models.\n")
    w(f"{len(meta)} pages (5 per language in en, de, fr, es, pt-BR, it, nl), {total} labelled controls, "
      f"{sum(len(hid(m)) for m in meta)} hidden AI-training controls (not labelled). "
      f"{sum(m['known'] for m in meta)} pages are plausible reconstructions of well-known services at plausible "
      "settings URLs; their markup, copy and every AI-training setting on them are invented and say nothing about "
      "what those services really offer. The others are invented services on `.test` domains.\n")
    w("## How it was written (blind)\n")
    w("- The only project file read was `tests/corpus/README.md` (page layout, label format, matching rule). No other "
      "project file or folder was opened, listed or searched (no `src/`, `lexicon/`, `catalog/`, `messages/`, "
      "`BENCHMARKS.md`, other `tests/holdout*` or `tests/corpus` pages, `tools/`, `extension/`, `/work/shared`); "
      "cargo, `./do`, `unticked` and git were not run; no search or fetch tool was used to look at anyone's test "
      "pages or the project's code.\n"
      "- Copy was written fresh, page by page, in each language as a product writer of that market might phrase it "
      "(address form chosen per service: du/Sie, tu/vous, tú/usted, você, tu/Lei, je/u), not translated from "
      "English and not tuned to be easy or hard for any detector.\n"
      "- Rules bent: none known. Two conventions of this set: a table cell's name is its row header, a space, and its "
      "column header; a state row's name is the action button's text plus its visually hidden suffix, or the "
      "button's `aria-labelledby` (the button itself, then the row title).\n")
    w("## Layout\n")
    w("```\n<lang>/<page>.html           saved page\n<lang>/<page>.expect.json    {url, lang, notes, ai_training:[{label, sharing}]}\n"
      "tools/lib.py                 page builder (widgets, hidden blocks, bookkeeping of counts and shapes)\n"
      "tools/pages_<lang>.py        the five pages of each language\n"
      "tools/gen.py                 writes pages, expect files and tools/meta.json\n"
      "tools/make_readme.py         writes this README from tools/meta.json\n"
      "check.py                     self-check (own html.parser DOM + accessible names + visibility)\n```\n")
    w("Regenerate and check: `python3 tools/gen.py && python3 tools/make_readme.py && python3 check.py`\n")
    w("Every page: `<!DOCTYPE html>`, a `<!-- saved from url=(NNNN)URL -->` comment, `<html lang>`, a header (search "
      "box, language select, account button whose menu is `hidden`), a side navigation, a footer, and 15–35 visible "
      "control units in `<main>` (a radio group or an aria-pressed group counts once; every table checkbox counts).\n")
    w("## What is labelled\n")
    w("`ai_training` lists every VISIBLE control whose concern is the use of the person's (or their clients', "
      "household's or organisation's) data to train or improve AI / ML models, the service's own or other parties'. "
      "`label` is the accessible name (aria-labelledby → aria-label → label → legend / radiogroup name → text), "
      "whitespace collapsed. `sharing` is whether the data is used for training in the state shown; inverted wording "
      "(exclude, object, opt out, block, keep out, protect, withdraw, limit…) is resolved against the state. "
      "Controls in a closed `<details>` are collapsed, not hidden, and are labelled.\n")
    w("Not labelled: decoys (AI features that don't train on the person's data — description writers, tag and price "
      "suggestions, mockup generators, translation, smart replies —, courses, notification matrices, visibility, "
      "analytics and reports stated not to be used for training, exports, payouts, navigation, dashcams…) and at "
      "least one AI-training control per page that the person cannot see.\n")
    w("## Shapes of the labelled controls\n")
    w("| shape | meaning | count |\n|---|---|---|")
    for k, v in SHAPES.items():
        w(f"| {k} | {v} | {shape[k]} |")
    w("")
    w("## Widget kinds of the labelled controls\n")
    w("| kind | count |\n|---|---|")
    for k, v in sorted(kind.items(), key=lambda x: -x[1]):
        w(f"| {k} | {v} |")
    w("")
    w(f"Sharing: {share[True]} true, {share[False]} false. Inside a closed `<details>`: {coll['collapsed']}.\n")
    w("Hidden AI-training controls (not labelled), by method: " +
      ", ".join(f"{HIDE[k]} {v}" for k, v in hides.items()) + ".\n")
    w("## Counts per language\n")
    w("| lang | pages | known services | labelled | sharing true | sharing false | hidden AI controls | visible control units |")
    w("|---|---|---|---|---|---|---|---|")
    for l, d in per.items():
        w(f"| {l} | {d['pages']} | {d['known']} | {d['labelled']} | {d['true']} | {d['false']} | {d['hidden']} | {d['units']} |")
    w("")
    w("## Pages\n")
    w("| lang | page | service | URL | units | labelled (shapes) | hidden by |")
    w("|---|---|---|---|---|---|---|")
    for m in meta:
        ls = lab(m)
        sh = "".join(r["shape"] for r in ls)
        hb = ", ".join(sorted({r["hidden"] for r in hid(m)}))
        svc = m["service"] + (" (reconstruction)" if m["known"] else "")
        w(f"| {m['lang']} | `{m['page']}` | {svc} | {m['url']} | {m['units']} | {len(ls)} ({sh}) | {hb} |")
    w("")
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(L))
    print("wrote README.md")


if __name__ == "__main__":
    main()
