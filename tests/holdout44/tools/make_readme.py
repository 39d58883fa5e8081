#!/usr/bin/env python3
"""Write README.md from tools/meta.json."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
HOW = {"style": "inline display:none", "class": "CSS class with display:none", "vis": "visibility:hidden",
       "hidden": "hidden attribute", "aria": 'aria-hidden="true"', "dialog": "closed native `<dialog>`",
       "tab": "inactive tab panel (hidden)", "classvis": "CSS class with visibility:hidden"}


def main():
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    out = []
    w = out.append
    w("# blind44 — blind evaluation set: transport and mobility")
    w("")
    w("Thirty-five saved settings pages (five per language: en, de, fr, es, pt, it, nl) from connected-car and in-car "
      "infotainment accounts, ride hailing and taxi apps, rail, navigation, bike and e-scooter sharing, car sharing, "
      "EV charging, parking, driving-behaviour insurance telematics and fleet management, each with the truth about "
      "its AI-training controls.")
    w("")
    w("**Written blind.** The only file read in the project was `tests/corpus/README.md` (page layout, label format, "
      "matching rule). No engine code, lexicon, catalog, test, other corpus or other blind set was looked at, and no "
      "other people's test pages were searched for. Wording is our own, written as a product writer of each language "
      "would. Pages marked *real* are plausible reconstructions of well-known services at plausible settings URLs "
      "(own markup and copy, not copies); the rest are invented services on `.test` domains.")
    w("")
    w("## Layout")
    w("")
    w("```")
    w("<lang>/<page>.html          saved page: <!DOCTYPE html>, <!-- saved from url=(NNNN)URL -->, <html lang=…>")
    w("<lang>/<page>.expect.json   {url, lang, notes, ai_training: [{label, sharing}]}")
    w("tools/lib.py                page builder (skeleton, control helpers, truth registration)")
    w("tools/pages_<lang>.py       the five pages of each language")
    w("tools/gen.py                writes pages, expect files and tools/meta.json (per-page shape counts)")
    w("tools/make_readme.py        writes this README from tools/meta.json")
    w("check.py                    self-check")
    w("```")
    w("")
    w("Regenerate and check: `python3 tools/gen.py && python3 tools/make_readme.py && python3 check.py` "
      "(standard library only).")
    w("")
    w("Every page has a header (search box, language select, account button whose menu is `hidden`), a side "
      "navigation, a footer and 15–35 further visible control units in `<main>`, most of them decoys: AI features "
      "that do not train on the person's data (on-device suggestions, summaries kept in the account, captions, smart "
      "search, assistants that only read the account), personalised ads, notifications, sharing with contacts, "
      "employers or partners, family/teen settings, safety audio recording, analytics / diagnostics / crash reports "
      "whose help says they are not used for training, data export, connected apps, autoplay and quality settings. "
      "Class names vary between four markup flavours.")
    w("")
    w("Each expect file's `notes` (written in the page's language) say what the page tests: its labelled shapes, main decoys "
      "and how its hidden decoy is hidden.")
    w("")
    w("## What is labelled")
    w("")
    w("`ai_training` lists every *visible* control whose concern is the use of the person's (or their household's / "
      "organisation's) data to train or improve AI/ML models — the service's own or others' — and nothing else. "
      "`label` is the accessible name as a browser computes it (aria-labelledby → aria-label → label for / wrapping "
      "label → legend or radiogroup name for a radio group, which counts as one control → content for buttons and "
      "role=switch). Per-row tables are named by the row (or row + column header via aria-labelledby); a state row's "
      "action is named with its visually hidden part or aria-labelledby target. `sharing` is whether, in the state "
      "shown, the data IS used for training; inverted wording is resolved against the state (\"Exclude…\" checked → "
      "false, \"Do not use…\" unchecked → true, \"…pausieren\" on → false, objection not lodged → true, objection lodged → "
      "false, consent given with a withdraw/revoke action → true). For selects, radio groups and segmented buttons the "
      "selected option decides. Controls inside a closed `<details>` are listed; hidden ones are not.")
    w("")
    w("## Shapes")
    w("")
    w("- **inverted (i)** — the name says the opposite of sharing: exclude, do not use, opt out, object / objection, "
      "withdraw or revoke consent, cancel an objection, pause, block, deactivate, suspend — in imperative, infinitive, "
      "noun and participle forms in each language's own idiom.")
    w("- **vague+help (v)** — the name alone does not say training (\"Help improve…\", \"Smart charging research\", "
      "\"Cabin camera analytics\"); only the help text (aria-describedby or merely nearby) does.")
    w("- **heading-only (h)** — the name is meaningful only through a section heading, table column header, details "
      "summary, dialog title or intro (\"Journey data\", \"Sprachaufnahmen\", a vehicle or a person as a table row).")
    w("- **hidden decoys** — at least one AI-training control per page hidden by inline `display:none`, a `<style>` "
      "class, `hidden`, `aria-hidden=\"true\"`, `visibility:hidden`, a closed native `<dialog>` or an inactive tab "
      "panel. They are NOT listed.")
    w("- **further** — visible control units in `<main>` (checkbox, select, text input, button, switch, one per radio "
      "group / segmented group / tab list), as counted by `check.py`.")
    w("")
    w("## Self-check (`check.py`)")
    w("")
    w("For every page: the three first lines; expect JSON with exactly the four keys and the page's URL and language; "
      "well-formed markup, unique ids, existing aria-labelledby / aria-describedby / aria-controls / label-for targets; "
      "the skeleton with a hidden account menu; every expected label is the computed accessible name of exactly one "
      "visible control and of no hidden one, and no other control in `<main>` (or hidden anywhere) has a name that "
      "contains it or is contained in it (lower-cased, punctuation folded, character level; individual options of a "
      "radio or segmented group are judged through the group name); every visible control in `<main>` has a name; "
      "15–35 visible control units in `<main>`, equal to `tools/meta.json`; counts in meta.json agree with the expect "
      "file and at least one hidden AI-training decoy is present.")
    w("")
    w("## Counts")
    w("")
    w("| lang | pages | real | labelled | true | false | inverted | vague+help | heading-only | hidden decoys | further controls |")
    w("|---|---|---|---|---|---|---|---|---|---|---|")
    tot = dict(pages=0, real=0, labelled=0, true=0, false=0, inverted=0, vague_help=0, heading_only=0, hidden=0, further=0)
    for lang in LANGS:
        rows = [v for k, v in meta.items() if k.startswith(lang + "/")]
        c = dict(pages=len(rows), real=sum(1 for r in rows if r["real"]))
        for f in ("labelled", "true", "false", "inverted", "vague_help", "heading_only", "hidden", "further"):
            c[f] = sum(r[f] for r in rows)
        for k in tot:
            tot[k] += c[k]
        w(f"| {lang} | {c['pages']} | {c['real']} | {c['labelled']} | {c['true']} | {c['false']} | {c['inverted']} | "
          f"{c['vague_help']} | {c['heading_only']} | {c['hidden']} | {c['further']} |")
    w(f"| **all** | {tot['pages']} | {tot['real']} | {tot['labelled']} | {tot['true']} | {tot['false']} | {tot['inverted']} | "
      f"{tot['vague_help']} | {tot['heading_only']} | {tot['hidden']} | {tot['further']} |")
    w("")
    w("## Pages")
    w("")
    w("| page | URL | real | labelled | true/false | i / v / h | hidden | further |")
    w("|---|---|---|---|---|---|---|---|")
    for lang in LANGS:
        for k, v in meta.items():
            if not k.startswith(lang + "/"):
                continue
            hid = ", ".join(HOW[m] for m in v["hidden_methods"])
            w(f"| `{k}` | {v['url']} | {'yes' if v['real'] else 'no'} | {v['labelled']} | {v['true']}/{v['false']} | "
              f"{v['inverted']} / {v['vague_help']} / {v['heading_only']} | {v['hidden']} ({hid}) | {v['further']} |")
    w("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    print("wrote README.md")


if __name__ == "__main__":
    main()
