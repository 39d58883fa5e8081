#!/usr/bin/env python3
"""Write README.md from tools/meta.json."""
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
SHAPE_NAMES = {"i": "inverted", "v": "vague+help", "h": "heading-only", "p": "plain"}


def esc(s):
    return s.replace("|", "\\|")


def main():
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)
    pages = meta["pages"]
    L = []
    a = L.append
    a(f"# blind46 — blind evaluation set: {meta['theme']}")
    a("")
    a("Thirty-five saved settings pages (five per language: en, de, fr, es, pt-BR, it, nl) from travel, hotel, "
      "restaurant and food services, each with an `.expect.json` listing every visible control whose concern is "
      "the use of the person's (or their household's, family's or team's) data to train or improve AI models.")
    a("")
    a("## How it was written (blind)")
    a("")
    a("* The only project file read was `tests/corpus/README.md` (page layout, label format, matching rule). No "
      "engine code, lexicon, catalog, other corpora or blind sets, benchmarks or project tools were opened or run, "
      "and no other set's pages were looked up.")
    a("* All wording was written fresh for this set, per language, in the register real services of that kind use "
      "(du/Sie, tu/vous, tú, você, je); it is not translated word for word from English and was not chosen to be "
      "easy or hard for any detector.")
    a("* About ten pages are plausible reconstructions of well-known services at plausible settings URLs (own "
      "markup and copy); the rest are invented services on `.test` domains. Services range over travel reviews, "
      "restaurant booking, food delivery, recipes, meal kits and grocery boxes, hotels and holiday rentals (guest "
      "and host side), hostels and campsites, airlines, trains and buses, nutrition diaries and restaurant "
      "point-of-sale systems.")
    a("")
    a("## Layout")
    a("")
    a("```")
    a("<lang>/<page>.html           saved page: <!DOCTYPE html>, <!-- saved from url=(NNNN)URL -->, <html lang>")
    a("<lang>/<page>.expect.json    {url, lang, notes, ai_training: [{label, sharing}]}")
    a("tools/lib.py                 page builder (widgets, hidden blocks, bookkeeping)")
    a("tools/pages_<lang>.py        the five pages of each language")
    a("tools/gen.py                 writes pages, expect files and tools/meta.json")
    a("tools/make_readme.py         writes this README from tools/meta.json")
    a("check.py                     self-check with its own HTML parser and accessible-name computation")
    a("```")
    a("")
    a("Regenerate and check: `python3 tools/gen.py && python3 tools/make_readme.py && python3 check.py`.")
    a("")
    a("Every page has a header (search box, language select, account-menu button whose menu is `hidden`), a side "
      "navigation, a footer, and 15–35 visible control units in `<main>` (a radio group, a segmented group and a "
      "state row each count as one unit; a table counts one per checkbox), most of them decoys.")
    a("")
    a("## What is labelled")
    a("")
    a("* `label` is the accessible name a browser computes: aria-labelledby → aria-label → `<label for>` / "
      "wrapping label → legend or radiogroup name for a radio group → text content for buttons and "
      "`role=switch`. Table checkboxes are named by `aria-labelledby` pointing at their row header (single-column "
      "tables) or row + column header. State rows (“No objection on file · Lodge an objection”) are named by the action button "
      "including its visually hidden suffix or its aria-labelledby target. Segmented `aria-pressed` groups are "
      "named by their group.")
    a("* `sharing` is whether, in the state shown, the data IS used for training. Inverted names are resolved "
      "against the state (an exclude / don't use / pause / opt-out control that is on → false; off → true; an "
      "objection not lodged → true; lodged, with a “withdraw objection” action → false; consent given with a "
      "“withdraw consent” action → true). For selects, radio groups and segmented groups the selected option "
      "decides.")
    a("* Controls inside a closed `<details>` are listed (collapsed, not hidden). Controls hidden by `hidden`, "
      "inline or class `display:none`, inline or class `visibility:hidden`, `aria-hidden=\"true\"`, a closed "
      "`<dialog>` or an inactive tab panel are not listed; every page has at least one hidden AI-training decoy.")
    a("* Not labelled (decoys): AI features that do not train on the person's data (review summaries, trip and "
      "menu suggestions kept in the account, smart search, translation, reply drafts, on-device photo or receipt "
      "recognition, demand forecasts computed from the user's own data), “training” as courses, staff onboarding, "
      "training mode or workouts, personalised ads and offers, notifications, visibility and sharing with other "
      "people, household/staff permissions, analytics / crash reports whose help says they are not used for "
      "training, data export, connected accounts.")
    a("")
    a("## Shapes")
    a("")
    a("* **i — inverted**: the name says the opposite of sharing (exclude, don't use, pause, object / objection, "
      "withdraw consent, cancel an objection; imperative, infinitive, noun and participle forms).")
    a("* **v — vague+help**: the name alone does not say training (a programme name, “help improve X”); only the "
      "help text does.")
    a("* **h — heading-only**: the name is meaningful only through a section heading, caption, column header or "
      "intro.")
    a("* **p — plain**: the name says it (“Use my … to train …”).")
    a("")
    a("## Counts per language")
    a("")
    a("| lang | pages | known services | control units | labelled | i | v | h | p | sharing true | sharing false |")
    a("|---|---|---|---|---|---|---|---|---|---|---|")
    tot = Counter()
    for lang in LANGS:
        ps = [p for p in pages if p["lang"] == lang]
        c = Counter()
        for p in ps:
            c["pages"] += 1
            c["known"] += int(p["known_service"])
            c["units"] += p["units"]
            c["labelled"] += p["labelled"]
            for k in "ivhp":
                c[k] += p["shapes"][k]
            c["t"] += p["sharing_true"]
            c["f"] += p["sharing_false"]
        tot.update(c)
        a(f"| {lang} | {c['pages']} | {c['known']} | {c['units']} | {c['labelled']} | {c['i']} | {c['v']} | "
          f"{c['h']} | {c['p']} | {c['t']} | {c['f']} |")
    a(f"| **all** | {tot['pages']} | {tot['known']} | {tot['units']} | {tot['labelled']} | {tot['i']} | "
      f"{tot['v']} | {tot['h']} | {tot['p']} | {tot['t']} | {tot['f']} |")
    a("")
    wc = Counter()
    for p in pages:
        for l in p["labels"]:
            wc[l["widget"]] += 1
    a("Labelled controls by widget: " + ", ".join(f"{k} {v}" for k, v in sorted(wc.items())) + ".")
    a("")
    hm = Counter()
    for p in pages:
        for d in p["hidden_ai_decoys"]:
            hm[d["mechanism"]] += 1
    a("Hidden AI-training decoys by mechanism: " + ", ".join(f"{k} {v}" for k, v in sorted(hm.items())) + ".")
    a("")
    a("## Pages")
    a("")
    a("| lang | page | service | kind | units | labelled | i/v/h/p | true/false | hidden mechanism |")
    a("|---|---|---|---|---|---|---|---|---|")
    for p in pages:
        svc = p["service"] + (" (known)" if p["known_service"] else "")
        s = p["shapes"]
        a(f"| {p['lang']} | `{p['page']}` | {esc(svc)} | {esc(p['kind'])} | {p['units']} | {p['labelled']} | "
          f"{s['i']}/{s['v']}/{s['h']}/{s['p']} | {p['sharing_true']}/{p['sharing_false']} | "
          f"{', '.join(p['hidden_mechanisms'])} |")
    a("")
    a("## Labelled controls")
    a("")
    for lang in LANGS:
        a(f"### {lang}")
        a("")
        a("| page | label | sharing | shape | widget |")
        a("|---|---|---|---|---|")
        for p in pages:
            if p["lang"] != lang:
                continue
            for l in p["labels"]:
                a(f"| `{p['page']}` | {esc(l['label'])} | {str(l['sharing']).lower()} | "
                  f"{l['shape']} ({SHAPE_NAMES[l['shape']]}) | {l['widget']} |")
        a("")
    a("## Hidden AI-training decoys (not labelled)")
    a("")
    a("| page | control name | mechanism |")
    a("|---|---|---|")
    for p in pages:
        for d in p["hidden_ai_decoys"]:
            a(f"| `{p['lang']}/{p['page']}` | {esc(d['name'])} | {d['mechanism']} |")
    a("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    print("wrote README.md")


if __name__ == "__main__":
    main()
