"""Write README.md from tools/meta.json.

    python3 tools/make_readme.py
"""
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
SHAPES = {"i": "inverted", "v": "vague+help", "h": "heading-only", "p": "plain"}


def md(s):
    return s.replace("|", "\\|")


def main():
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    pages = meta["pages"]
    L = []
    w = L.append
    w("# blind48 — blind evaluation set: photos, memories and family history")
    w("")
    w("Thirty-five saved settings pages (five per language: en, de, fr, es, pt-BR, it, nl) from photo "
      "libraries, photo-book printers, photo frames, scanning and film-digitising services, genealogy and DNA "
      "sites, baby books, family-sharing apps, life-story journals, time capsules and local history archives. "
      "Each page comes with the truth about which visible controls concern the use of the person's (or "
      "their family's) data to train or improve AI models, and whether each one is sharing in the state shown.")
    w("")
    w("## How it was written (blind)")
    w("")
    w("The set was written without looking at the detector. The only file read in the project was "
      "`tests/corpus/README.md` (page layout, label format, matching rule); no engine code, lexicon, catalog, "
      "other corpus or blind set, benchmark or project tool was opened or run, and no git command was run in "
      "the project. No one else's test pages were looked up. The copy is written fresh in each language the "
      "way product writers there phrase settings (not translated word for word from English), and the wording "
      "was not chosen to be easy or hard for any detector. Ten pages are plausible reconstructions of "
      "well-known services at plausible settings URLs (own markup and own copy, not copies); the rest are "
      "invented services on `.test` domains.")
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
    w("check.py                     self-check with its own HTML parser and accessible-name computation")
    w("```")
    w("")
    w("Regenerate and check: `python3 tools/gen.py && python3 tools/make_readme.py && python3 check.py`.")
    w("")
    w("Every page has a header (search box, language select, an account-menu button whose menu is `hidden`), "
      "a side navigation, a footer, and 15–35 visible control units in `<main>`, most of them decoys. A control "
      "unit is a form control, button, link or widget role; a radio group and a group of `aria-pressed` "
      "buttons count once.")
    w("")
    w("## What is labelled")
    w("")
    w("`ai_training` lists every visible control whose concern is the use of the person's (or household's / "
      "family's) data to train or improve AI / machine-learning models, the service's own or others' "
      "(partners, AI companies, crawlers, research labs), and nothing else. Decoys that are not listed include "
      "AI features that do not train on the person's data (face grouping, memories, automatic layouts, "
      "colourising, transcription, smart search, summaries, suggested titles, read-aloud), personalised "
      "offers, notifications, visibility and sharing with relatives, search-engine indexing, health-research "
      "consent kept apart from AI, analytics and crash reports whose help says they are not used for training, "
      "\"training\" in the sense of courses (training courses, formations, treinamentos, cursussen), data "
      "export and deletion.")
    w("")
    w("* `label` is the accessible name as a browser computes it (aria-labelledby → aria-label → label → "
      "legend / radiogroup name → content). Per-row tables: the cell control's own name (row header, row + "
      "column header, or aria-label). State rows: the action button's name with its visually hidden suffix or "
      "its aria-labelledby target. Segmented buttons: the group's name.")
    w("* `sharing` is whether, in the state shown, the data IS used for training. Inverted names are resolved "
      "against the state (an exclude / don't use / block / object control that is on → false; off → true; "
      "objection not lodged → true; lodged → false; consent given with a withdraw action → true; consent "
      "revoked → false; pause chosen → false). For a select, radio group or segmented group the selected "
      "option decides (a partial option such as \"anonymised only\" or \"public research only\" still "
      "shares → true).")
    w("* Controls inside a closed `<details>` are listed. Controls hidden by inline or class `display:none`, "
      "`visibility:hidden`, `hidden`, `aria-hidden=\"true\"`, a closed `<dialog>` or an inactive tab panel "
      "are not listed; every page has at least one such hidden AI-training decoy.")
    w("")
    w("## Shapes")
    w("")
    w("* **i — inverted**: the name says the opposite of sharing (exclude, don't use, block, keep out, opt out, "
      "object / objection, withdraw / revoke consent, cancel an objection, pause, disable, refuse, limit), "
      "in imperative, infinitive, noun and participle forms.")
    w("* **v — vague+help**: the name alone does not say training (a programme name, \"help improve X\"); "
      "only the help text does.")
    w("* **h — heading-only**: the name is meaningful only through a heading, summary, caption, column "
      "header or intro.")
    w("* **p — plain**: the name says it.")
    w("")
    w("## Counts per language")
    w("")
    w("| lang | pages | control units | labelled | sharing true | sharing false | i | v | h | p | hidden ai decoys |")
    w("|---|---|---|---|---|---|---|---|---|---|---|")
    tot = Counter()
    for lang in LANGS:
        ps = [p for p in pages if p["lang"] == lang]
        c = Counter()
        c["pages"] = len(ps)
        for p in ps:
            c["units"] += p["units"]
            c["labelled"] += len(p["labelled"])
            c["t"] += p["sharing_true"]
            c["f"] += p["sharing_false"]
            c["hidden"] += len(p["hidden_ai_decoys"])
            for k in "ivhp":
                c[k] += p["shapes"][k]
        tot.update(c)
        w(f"| {lang} | {c['pages']} | {c['units']} | {c['labelled']} | {c['t']} | {c['f']} | "
          f"{c['i']} | {c['v']} | {c['h']} | {c['p']} | {c['hidden']} |")
    w(f"| **all** | {tot['pages']} | {tot['units']} | {tot['labelled']} | {tot['t']} | {tot['f']} | "
      f"{tot['i']} | {tot['v']} | {tot['h']} | {tot['p']} | {tot['hidden']} |")
    w("")
    n = tot["labelled"] or 1
    w(f"Shape shares: inverted {tot['i'] / n:.0%}, vague+help {tot['v'] / n:.0%}, heading-only "
      f"{tot['h'] / n:.0%}, plain {tot['p'] / n:.0%}.")
    w("")
    kinds = Counter()
    for p in pages:
        for r in p["labelled"]:
            kinds[r["kind"]] += 1
    w("Labelled controls by widget: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()) + ".")
    w("")
    mech = Counter(m for p in pages for m in p["hidden_mechanisms"])
    w("Hidden-decoy mechanisms (pages): " + ", ".join(f"{k} {v}" for k, v in mech.most_common()) + ".")
    w("")
    w("## Pages")
    w("")
    w("| page | service | URL | units | labelled | true/false | i/v/h/p | hidden by |")
    w("|---|---|---|---|---|---|---|---|")
    for p in pages:
        s = p["shapes"]
        w(f"| {p['lang']}/{p['page']} | {md(p['brand'])} | `{p['url']}` | {p['units']} | {len(p['labelled'])} | "
          f"{p['sharing_true']}/{p['sharing_false']} | {s['i']}/{s['v']}/{s['h']}/{s['p']} | "
          f"{', '.join(p['hidden_mechanisms'])} |")
    w("")
    w("## Labelled controls")
    w("")
    w("| page | label | sharing | shape | widget | state shown |")
    w("|---|---|---|---|---|---|")
    for p in pages:
        for r in p["labelled"]:
            st = r["state"]
            st = ("on" if st else "off") if isinstance(st, bool) else str(st)
            w(f"| {p['lang']}/{p['page']} | {md(r['label'])} | {str(r['sharing']).lower()} | "
              f"{r['shape']} ({SHAPES[r['shape']]}) | {r['kind']} | {md(st)} |")
    w("")
    w("## Hidden AI-training decoys (not labelled)")
    w("")
    w("| page | name | hidden by |")
    w("|---|---|---|")
    for p in pages:
        for h in p["hidden_ai_decoys"]:
            w(f"| {p['lang']}/{p['page']} | {md(h['name'])} | {h['mechanism']} |")
    w("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    print("wrote README.md")


if __name__ == "__main__":
    main()
