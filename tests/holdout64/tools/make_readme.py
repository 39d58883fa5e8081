"""Writes ../README.md from meta.json."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import KINDS, SHAPES  # noqa: E402

LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
HIDE = {"hidden": "`hidden` attribute", "style": "inline `display:none`", "class": "CSS class with `display:none`",
        "aria": "`aria-hidden=\"true\"`", "vis": "inline `visibility:hidden`", "dialog": "closed `<dialog>`",
        "tab": "inactive tab panel (`role=tabpanel hidden`)"}


def main():
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    labels = [l for p in meta for l in p["labels"]]
    hidden = [h for p in meta for h in p["hidden_ai"]]
    out = []
    w = out.append
    w("# blind64 — holdout set: translation, transcription and accessibility tools\n")
    w(f"{len(meta)} saved settings pages (5 per language: en, de, fr, es, pt-BR, it, nl) with "
      f"{len(labels)} labelled AI-training controls, written blind for a single, first-sight score of "
      "Unticked's detector. Theme: meeting recorders and note-takers, dictation and speech-to-text, "
      "subtitles and captioning, machine translation and translation agencies, screen readers and "
      "reading aids, sign-language and hearing apps.\n")
    w("## How it was written\n")
    w("- **Blind.** The only project file read was `tests/corpus/README.md` (page layout, label format, "
      "matching rule). No other project file or folder was opened, listed or searched (no `src/`, "
      "lexicon, catalog, messages, benchmarks, other holdouts or corpus pages, tools, extension, "
      "`/work/shared`); cargo, `./do`, `unticked` and git were not run; no search tool was used to look "
      "at anyone's test pages or the project's code.")
    w("- All copy was written fresh for this set, page by page, in each language as a product writer of "
      "that country would put it, with the form of address chosen per service (you; du/Sie; tu/vous; "
      "tú/usted; você; tu/Lei; je/u). It was not translated from English and not tuned to be easy or "
      "hard for any detector.")
    w("- 10 pages are plausible reconstructions of well-known services at plausible settings URLs "
      "(Otter.ai, Rev, DeepL, tl;dv, Reverso, Ava, Happy Scribe, Hand Talk, Translated, Amberscript); "
      "their markup, copy and every AI-training setting on them are invented and say nothing about "
      "the real products. The other 25 are invented services on `.test` domains.")
    w("- Bent / worth knowing: the pages share one builder (`tools/lib.py`), so the page furniture "
      "(header, side nav, footer, card sections) and widget markup are structurally alike across the "
      "set; the translation-agency client portals (en, fr, es, pt, it) share a similar skeleton of "
      "decoys (delivery format, sworn translation, MT + post-editing, notification table), although "
      "their copy was written separately per language. No rule of the brief was otherwise bent.\n")
    w("## Layout\n")
    w("```\n<lang>/<page>.html           saved page (`<!-- saved from url=(NNNN)URL -->`)\n"
      "<lang>/<page>.expect.json    {url, lang, notes, ai_training: [{label, sharing}]}\n"
      "tools/lib.py                 page builder (widgets, hidden blocks, bookkeeping)\n"
      "tools/pages_<lang>.py        the five pages of each language\n"
      "tools/gen.py                 writes pages, expect files and tools/meta.json\n"
      "tools/make_readme.py         writes this README from tools/meta.json\n"
      "check.py                     self-check (own html.parser DOM + accessible names + visibility)\n```\n")
    w("Regenerate and check: `python3 tools/gen.py && python3 tools/make_readme.py && python3 check.py`.\n")
    w("## What is labelled\n")
    w("`ai_training` lists every *visible* control whose concern is the use of the person's (or their "
      "household's, child's, client's or organisation's) data to train or improve AI / ML models, the "
      "service's own or other parties'. `label` is the accessible name (aria-labelledby → aria-label → "
      "label → legend / group name → text content, whitespace collapsed): a radio group or an "
      "aria-pressed group is one control named by its group; table cells are named row header + column "
      "header; state rows by their action button (visually hidden suffix, or aria-labelledby of button + "
      "title). `sharing` says whether the data is used for training in the state shown, with inverted "
      "wording (exclude, object, block, don't use, shield…) resolved against the state.\n")
    w("Not labelled: decoys (AI features that don't train on the person's data, analytics/crash reports "
      "said not to be used for training, courses, notifications, visibility, export, connected apps, "
      "payments, security…) and at least one AI-training control per page that the person cannot see. "
      "Controls inside a closed `<details>` are collapsed, not hidden, and are labelled.\n")
    w("## Counts\n")
    w("| lang | pages | labelled | sharing true/false | i | v | h | p | hidden AI controls |")
    w("|---|---|---|---|---|---|---|---|---|")
    for L in LANGS:
        ls = [l for p in meta if p["lang"] == L for l in p["labels"]]
        hs = [h for p in meta if p["lang"] == L for h in p["hidden_ai"]]
        c = collections.Counter(l["shape"] for l in ls)
        t = sum(l["sharing"] for l in ls)
        w(f"| {L} | {sum(p['lang'] == L for p in meta)} | {len(ls)} | {t}/{len(ls) - t} | {c['i']} | {c['v']} | {c['h']} | {c['p']} | {len(hs)} |")
    c = collections.Counter(l["shape"] for l in labels)
    t = sum(l["sharing"] for l in labels)
    w(f"| **all** | {len(meta)} | {len(labels)} | {t}/{len(labels) - t} | {c['i']} | {c['v']} | {c['h']} | {c['p']} | {len(hidden)} |\n")
    w("### Shapes\n")
    for k, v in SHAPES.items():
        w(f"- **{k}** {v}: {c[k]}")
    w("")
    w("### Widget kinds (labelled controls)\n")
    kc = collections.Counter(l["kind"] for l in labels)
    for k, v in KINDS.items():
        w(f"- {v}: {kc[k]}")
    w("")
    w("### Hidden AI-training controls (not labelled)\n")
    hc = collections.Counter(h["method"] for h in hidden)
    for k, v in HIDE.items():
        w(f"- {v}: {hc[k]}")
    w("")
    w("Notes on naming: two labelled controls sit inside a closed `<details>` (en/otter-data-privacy, "
      "fr/lectio-preferences); button switches are named by aria-labelledby, aria-label or their own text; "
      "labelled table cells use aria-labelledby (row header + column header) except in "
      "it/sottotitola-dati, where the name comes implicitly from the headers.\n")
    units = [p["units"] for p in meta]
    w(f"Visible control units in `<main>` per page: {min(units)}–{max(units)} "
      f"(total {sum(units)}, of which {len(labels)} labelled).\n")
    w("## Pages\n")
    w("| lang | page | URL | known | units | labelled (shape:sharing) | hidden by |")
    w("|---|---|---|---|---|---|---|")
    for p in meta:
        lab = ", ".join(f"{l['shape']}:{'T' if l['sharing'] else 'F'}" for l in p["labels"])
        hid = ", ".join(sorted({h["method"] for h in p["hidden_ai"]}))
        w(f"| {p['lang']} | `{p['slug']}` | {p['url']} | {'yes' if p['known'] else ''} | {p['units']} | {lab} | {hid} |")
    w("")
    with open(os.path.join(os.path.dirname(HERE), "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
