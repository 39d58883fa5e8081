#!/usr/bin/env python3
"""Write README.md from tools/meta.json."""
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
MECH_NAMES = {"hidden": "hidden attr", "inline": "inline display:none", "css": "CSS class",
              "aria": "aria-hidden", "visibility": "visibility:hidden", "dialog": "closed dialog",
              "tab": "inactive tab panel"}


def row(key, ms, bold=False):
    lab = [x for m in ms for x in m["labelled"]]
    mech = Counter(h["mechanism"] for m in ms for h in m["hidden_decoys"])
    vals = [len(ms), sum(m["known"] for m in ms), sum(m["units"] for m in ms), len(lab),
            sum(x["sharing"] for x in lab), sum(not x["sharing"] for x in lab)] + \
           [sum(x["shape"] == s for x in lab) for s in "ivhp"]
    mechs = ", ".join(f"{MECH_NAMES[k]} {v}" for k, v in sorted(mech.items()))
    cells = [f"**{key}**" if bold else key] + [f"**{v}**" if bold else str(v) for v in vals] + [mechs]
    return "| " + " | ".join(cells) + " |"


def main():
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    pages = meta["pages"]
    lab = [x for m in pages for x in m["labelled"]]
    kinds = Counter(x["kind"] for x in lab)
    out = []
    w = out.append
    w("# blind53 — blind evaluation set: pets, vets, gardening, farming, weather and the outdoors")
    w("")
    w(f"{len(pages)} saved settings pages (5 per language in en, de, fr, es, pt-BR, it, nl) from pet-sitting and "
      "vet portals, pet shops and insurers, garden and allotment apps, farm-management and dairy software, "
      "weather services and station networks, and hiking/outdoor apps. Each page comes with an "
      "`.expect.json` listing every visible control whose concern is the use of the person's data "
      "(or their household's, pet's, client's or farm's) to train or improve AI / machine-learning models, "
      "and whether the data is used for training in the state shown. The format and matching rule are "
      "those of `tests/corpus/README.md`.")
    w("")
    w(f"{sum(m['known'] for m in pages)} pages are plausible reconstructions of well-known services at plausible "
      "settings URLs (markup and copy written from scratch; their AI-training settings are invented). The other "
      f"{sum(not m['known'] for m in pages)} are invented services on `.test` domains.")
    w("")
    w("## How it was written (blind)")
    w("")
    w("- The only project file read was `tests/corpus/README.md` (page layout, label format, matching rule). "
      "No engine code, lexicon, catalog, benchmark, other test set or other holdout folder was opened, listed "
      "or searched; no project tool (cargo, `./do`, `unticked`) and no git command was run; `/work/shared` was "
      "not looked at; the search/fetch tools were not used to look up anyone's test pages.")
    w("- The detector was never run on these pages; nothing about it shaped them.")
    w("- All copy was written fresh, page by page, in each language the way a product writer there would "
      "phrase it (du/Sie, tu/vous, tú/usted, você, tu/Lei, je/u chosen per service), not translated from English. "
      "Wording was not chosen to be easy or hard for any detector.")
    w("- Generated with the Python 3 standard library only: `python3 tools/gen.py && python3 tools/make_readme.py "
      "&& python3 check.py`.")
    w("- Nothing bent these rules. The one judgement call: the builder in `tools/lib.py` gives every page the same "
      "skeleton (header with search, language select and a hidden account menu; side navigation; footer) and the "
      "same small set of widget templates, so markup varies less between pages than between real sites; the "
      "copy, section structure and widget choice vary page by page.")
    w("")
    w("## Layout")
    w("")
    w("```")
    w("<lang>/<page>.html           saved page (doctype, saved-from comment, <html lang>)")
    w("<lang>/<page>.expect.json    {url, lang, notes, ai_training: [{label, sharing}]}")
    w("tools/lib.py                 page builder: widgets, hidden blocks, bookkeeping of counts and shapes")
    w("tools/pages_<lang>.py        the five pages of each language")
    w("tools/gen.py                 writes pages, expect files and tools/meta.json")
    w("tools/make_readme.py         writes this README from tools/meta.json")
    w("check.py                     independent self-check (own html.parser tree and accessible-name computation)")
    w("```")
    w("")
    w("## What is labelled")
    w("")
    w("`ai_training` lists every visible control whose concern is the use of the person's data to train or "
      "improve AI / machine-learning models — the service's own models or other parties' (partners, "
      "manufacturers, universities, AI companies, crawlers, insurers' partners). Nothing else. `label` is the "
      "accessible name a browser computes (aria-labelledby → aria-label → label → legend / radiogroup name → "
      "text content); a radio group or a group of aria-pressed buttons is one control named by its group; table "
      "cell checkboxes are named by row header + column header; state rows (status text + action button) are "
      "named by the button, including its visually hidden suffix or its aria-labelledby targets. `sharing` says "
      "whether the data IS used for training in the state shown (inverted wording resolved against the state; an "
      "objection not yet lodged is true, a lodged one false; consent given with a withdraw action is true).")
    w("")
    w("Not labelled, present on every page as decoys: AI features that don't train on the person's data "
      "(suggestions, summaries, on-device plant/pet recognition, smart search, recommendations), AI \"training\" "
      "that is a course or a puppy or dog training plan, personalised offers and ads, notifications, visibility and "
      "sharing with other people, analytics whose help text says it isn't used for training, data export, "
      "connected apps, payments, security. Every page also has at least one AI-training control the person "
      "cannot see (hidden attribute, inline display:none, a CSS class with display:none, aria-hidden, "
      "visibility:hidden, a closed `<dialog>`, an inactive tab panel); these are not listed. Controls inside a "
      "closed `<details>` are collapsed, not hidden, and are listed.")
    w("")
    w("## Shapes")
    w("")
    n = len(lab)
    for s, d in [("i", "inverted: the name says the opposite of sharing (exclude, don't use, block, opt-out, objection, withdraw/revoke consent, withdraw an objection)"),
                 ("v", "vague + help: the name alone doesn't say training; the help text (aria-describedby or nearby) does"),
                 ("h", "heading-only: the name means something only through a heading, intro, table caption or column header"),
                 ("p", "plain: the name says it")]:
        k = sum(x["shape"] == s for x in lab)
        w(f"- **{s}** — {d}: {k} ({100 * k / n:.0f}%)")
    w("")
    w("Widget kinds among the labelled controls: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + ".")
    w("")
    w("## Counts per language")
    w("")
    w("| lang | pages | known services | control units | labelled | sharing true | sharing false | i | v | h | p | hidden-decoy mechanisms |")
    w("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for l in LANGS:
        w(row(l, [m for m in pages if m["lang"] == l]))
    w(row("total", pages, bold=True))
    w("")
    w("Control units count visible controls in `<main>` only (a radio group or aria-pressed group is one unit; "
      "links and `<summary>` are not counted; controls in closed `<details>` are).")
    w("")
    w("## Pages")
    w("")
    w("| lang | page | service | URL | labelled |")
    w("|---|---|---|---|---|")
    for m in pages:
        svc = m["service"] + (" (known)" if m["known"] else "")
        w(f"| {m['lang']} | `{m['page']}` | {svc} | {m['url']} | {len(m['labelled'])} |")
    w("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("wrote README.md")


if __name__ == "__main__":
    main()
