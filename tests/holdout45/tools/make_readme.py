#!/usr/bin/env python3
"""Write README.md from tools/meta.json."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]

HIDDEN_NAMES = {"style": "inline display:none", "class": "CSS class display:none", "hidden": "hidden attribute",
                "aria": "aria-hidden", "visibility": "inline visibility:hidden",
                "vclass": "CSS class visibility:hidden", "dialog": "closed <dialog>", "tab": "inactive tab panel"}

HEAD = """# blind45 — blind evaluation set: dating, communities and forums

Thirty-five saved settings pages (five per language: en, de, fr, es, pt (pt-BR), it, nl) for dating and
friendship apps, neighbourhood networks, Q&A and discussion forums, fan communities and wikis, group chat
servers with voice rooms, sports and hobby clubs' member portals, alumni networks and religious / volunteer
community apps. Ten are plausible reconstructions of well-known services at plausible settings URLs (own
markup and copy, not copies); the other twenty-five are invented services on `.test` domains.

**Written blind.** The only file read in the project was `tests/corpus/README.md` (page layout, label format,
matching rule). No engine code, lexicon, catalog, test, other corpus or other blind set was read, no project
tool or git command was run, and no one else's test pages were looked up. The wording is a native product
writer's, not the detector's.

## Layout

```
<lang>/<page>.html           saved page: <!DOCTYPE html>, <!-- saved from url=(NNNN)URL -->, <html lang="…">
<lang>/<page>.expect.json    {url, lang, notes, ai_training: [{label, sharing}]}
tools/lib.py                 page builder (widgets, hidden blocks, bookkeeping)
tools/pages_<lang>.py        the five pages of each language
tools/gen.py                 writes pages, expect files and tools/meta.json (per-page counts and shapes)
tools/make_readme.py         writes this README from tools/meta.json
check.py                     self-check (independent HTML parser and accessible-name computation)
```

Regenerate and check (standard library only):

```
python3 tools/gen.py && python3 tools/make_readme.py && python3 check.py
```

Every page has a header (search box, language select, account-menu button whose menu is `hidden`), a side
navigation, a footer and 15–35 further visible control units in `<main>`, most of them decoys.

## What is labelled

`ai_training` lists every *visible* control whose concern is the use of the person's (or their household's /
club's) data to train or improve AI / machine-learning models — the service's own or others' (partners, AI
companies, crawlers, research labs) — and nothing else. Decoys that are not listed: AI features that do not
train on the person's data (recommendations kept in the account, summaries, captions, smart search,
transcription and noise suppression on the device, AI writing help, training *plans* for athletes),
personalised ads, notifications, visibility and sharing, parental controls, analytics / diagnostics / crash
reports whose help says they are not used for training, data export, connected apps, autoplay, quality.

* `label` is the accessible name as a browser computes it: aria-labelledby → aria-label → `<label for>` /
  wrapping label → legend or radiogroup name for a radio group (one control) → text content for buttons,
  links and `role=switch`. Per-row tables: the row control's own name (row header, or row + column header).
  State rows ("Allowed · Change"): the action button's name including its visually hidden suffix or its
  aria-labelledby target. Segmented buttons (`aria-pressed`): the group's name.
* `sharing` is whether, in the state shown, the data IS used for training. Inverted wording is resolved
  against the state ("Exclude…" checked → false; "Don't use…" off → true; "…pausieren/pauzeren" on → false;
  objection not yet lodged → true; objection lodged → false; consent given with a Withdraw action → true).
  For a select, radio group or segmented group the selected option decides.
* Controls inside a closed `<details>` are listed (collapsed, not hidden). Controls hidden by
  `display:none` (inline or CSS class), `hidden`, `aria-hidden="true"`, `visibility:hidden`, a closed native
  `<dialog>` or an inactive tab panel are not listed; every page has at least one such hidden AI-training decoy.

## Shapes

Counted per labelled control (a control can have several shapes):

* **inverted (i)** — the name says the opposite of sharing: exclude, do not use, keep out, opt out, object /
  objection, withdraw or revoke consent, cancel an objection, pause, block, disable / turn off, protect from —
  in each language's own idiom and in imperative ("Escludi…", "Retirez…", "Não deixe…"), infinitive
  ("Ne pas utiliser…", "No usar…", "… uitsluiten", "… pauzeren", "Desactivar…"), noun ("Widerspruch gegen…",
  "Oposição ao uso…", "Presentar oposición…", "Toestemming intrekken…") and participle ("… exclus de
  l’apprentissage automatique", "… vom KI-Training ausgenommen", "… protette dall’addestramento…", "… opted
  out of …") forms.
* **vague+help (v)** — the name alone does not say training ("Help improve Reddit Answers", "Programa
  Corredores Pioneiros", "Meedenken over de assistent"); only the help text (tied with aria-describedby or just
  placed nearby) does.
* **heading-only (h)** — the name is meaningful only through a heading, caption, column header or intro
  ("My profile photos" in a table captioned "What we may learn from"; "Private Nachrichten" under "Training
  unserer KI-Modelle"; "Le mie segnalazioni" under "Addestramento del moderatore automatico").
* **hidden** — AI-training decoys that are not visible and therefore not listed (count per page).
* **further** — visible control units in `<main>` that are not labelled (units − labelled).

A control unit is one input, select, textarea, button, link, summary, ARIA widget (switch, checkbox, tab…),
radio group or segmented group.

`check.py` verifies for every page: the first three lines; the expect JSON (exactly four keys, same URL and
language); well-formed markup, unique ids, existing aria-labelledby / aria-describedby / aria-controls /
label-for targets; the skeleton with its hidden account menu; that every expected label is the computed
accessible name of exactly one visible control and of no hidden one, and that no other control in `<main>`
(or hidden anywhere) has a name containing it or contained in it; that `<main>` has 15–35 visible control
units, equal to `tools/meta.json`; and that a hidden control exists outside the account menu.
"""


def main():
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    out = [HEAD, "## Counts\n",
           "| lang | pages | real | labelled | true | false | inverted | vague+help | heading-only | hidden decoys | "
           "control units in main |",
           "|---|---|---|---|---|---|---|---|---|---|---|"]
    tot = dict(pages=0, real=0, labelled=0, true=0, false=0, inverted=0, vague_help=0, heading_only=0,
               hidden_decoys=0, units=0)
    for lang in LANGS:
        rows = [v for k, v in meta.items() if k.startswith(lang + "/")]
        c = dict(pages=len(rows), real=sum(r["real"] for r in rows))
        for f in ["labelled", "true", "false", "inverted", "vague_help", "heading_only", "hidden_decoys", "units"]:
            c[f] = sum(r[f] for r in rows)
        for k in tot:
            tot[k] += c[k]
        out.append(f"| {lang} | {c['pages']} | {c['real']} | {c['labelled']} | {c['true']} | {c['false']} | "
                   f"{c['inverted']} | {c['vague_help']} | {c['heading_only']} | {c['hidden_decoys']} | {c['units']} |")
    out.append(f"| **all** | {tot['pages']} | {tot['real']} | {tot['labelled']} | {tot['true']} | {tot['false']} | "
               f"{tot['inverted']} | {tot['vague_help']} | {tot['heading_only']} | {tot['hidden_decoys']} | "
               f"{tot['units']} |")
    out.append("")
    out.append("## Pages\n")
    out.append("i / v / h = inverted / vague+help / heading-only labelled controls; hidden = hidden AI-training "
               "decoys (mechanism); further = unlabelled visible control units in `<main>`.\n")
    out.append("| page | URL | real | labelled | true/false | i / v / h | hidden | further |")
    out.append("|---|---|---|---|---|---|---|---|")
    for k, v in meta.items():
        modes = ", ".join(HIDDEN_NAMES.get(m, m) for m in v["hidden_modes"])
        out.append(f"| `{k}` | {v['url']} | {'yes' if v['real'] else 'no'} | {v['labelled']} | "
                   f"{v['true']}/{v['false']} | {v['inverted']} / {v['vague_help']} / {v['heading_only']} | "
                   f"{v['hidden_decoys']} ({modes}) | {v['further']} |")
    out.append("")
    out.append("## Labelled controls\n")
    for k, v in meta.items():
        out.append(f"* `{k}` ({v['theme']})")
        for l in v["labels"]:
            sh = f" [{l['shapes']}]" if l["shapes"] else ""
            out.append(f"  * {l['label']} → {'true' if l['sharing'] else 'false'}{sh}")
    out.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
