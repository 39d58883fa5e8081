"""Write README.md from tools/meta.json."""
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]

INTRO = """# blind54 — blind evaluation set: libraries, museums, archives, science, research participation and culture

## What the set is

35 saved settings pages (5 per language: en, de, fr, es, pt-BR, it, nl) from services around libraries,
museums, archives, citizen science, research participation and culture, each with an `.expect.json`
that lists every visible control whose concern is the use of the person's data (or their household's,
child's, pet's, client's or organisation's) to train or improve AI / machine-learning models, and
whether that control, in the state shown, lets the data be used (`sharing`). {known} pages are
plausible reconstructions of well-known services at plausible settings URLs (markup, copy and every
AI-training setting on them are invented); the other {invented} are invented services on `.test` domains.

## How it was written (blind)

- The only project file read was `tests/corpus/README.md` (page layout, label format, matching rule).
- No engine code, lexicon, catalog, other test set, benchmark or other holdout folder was opened, listed,
  grepped or searched; no project tool (cargo, `./do`, `unticked`) and no git command was run; nothing
  under `/work/shared` was looked at; the search/fetch tools were not used to look up anyone's test pages.
- All copy was written fresh, page by page, in each language as a product writer of that country would
  phrase it (du/Sie, tu/vous, tú/usted, você, tu/Lei, je/u chosen per service), not translated from
  English, and not chosen to be easy or hard for any detector.
- Bends of the rules: the first command, which read `tests/corpus/README.md`, also ran
  `ls /work/main/tests/ | grep -c .` and so printed the *number* of entries in `/work/main/tests/`
  (69); no names were shown or read. To test that check.py catches mistakes, a throw-away copy of this
  folder was mutated under `/tmp` and deleted afterwards; nothing else was written outside this folder.

## Layout

```
<lang>/<page>.html           saved page: <!DOCTYPE html>, <!-- saved from url=(NNNN)URL -->, <html lang="…">
<lang>/<page>.expect.json    {{url, lang, notes, ai_training: [{{label, sharing}}]}}
tools/lib.py                 page builder (widgets, hidden blocks, bookkeeping of counts and shapes)
tools/pages_<lang>.py        the five pages of each language
tools/gen.py                 writes pages, expect files and tools/meta.json
tools/make_readme.py         writes this README from tools/meta.json
check.py                     self-check with its own html.parser DOM, visibility and accessible-name code
```

Regenerate and check: `python3 tools/gen.py && python3 tools/make_readme.py && python3 check.py`.

Every page has a header (search box, language select, account-menu button whose menu is `hidden`),
a side navigation, a footer and 15–35 visible control units in `<main>`. A radio group or a group of
`aria-pressed` buttons is one unit; every other input, select, textarea or button is one (tab buttons,
dialog openers and per-cell table checkboxes included); links and `<summary>` are not units.

## What is labelled

`ai_training` lists every visible control whose concern is training or improving AI / ML models with
the person's data — the service's own models or other parties' (partners, AI companies, crawlers,
researchers, manufacturers, public bodies). Nothing else: AI features that do not train on the
person's data (suggestions, transcription, translation, smart search, on-device recognition,
recommendations), "training" that is a course or workshop, personalised offers, notifications,
visibility and sharing with people, statistics whose help says they are not used for training,
export, connected apps, payments and security are unlabelled decoys.

Each page also holds at least one AI-training control the person cannot see, which is not listed.
Mechanisms used: `hidden` attribute (hidden), inline `display:none` (display), a CSS class with
`display:none` (class), `aria-hidden="true"` (aria), inline `visibility:hidden` (visibility), a
closed `<dialog>` (dialog), an inactive tab panel with `hidden` (tab). Controls inside a closed
`<details>` are collapsed, not hidden, and are listed.

`label` is the accessible name (aria-labelledby → aria-label → label for / wrapping label → legend or
radiogroup name → text content for buttons and role=switch). Table cells are named by row header +
column header through aria-labelledby; state rows by the action button with its visually hidden
suffix, or by its aria-labelledby target; segmented buttons and radio groups by the group name.
`sharing` is resolved against the state shown: a checked "exclude / don't use / opt out / never"
control is `false`, an objection not yet lodged is `true`, a consent still in force with a withdraw
action is `true`; for selects, radio groups and segmented groups the selected option decides.
check.py recomputes `sharing` from the markup for every control whose state lives in the markup
(checkbox, switch, select, radio, aria-pressed); state rows are taken from their status text.

## Shapes

Every labelled control is tagged in `tools/meta.json`:

- **i** inverted — the name says the opposite of sharing (imperative, infinitive, noun, participle,
  negation, withdrawing a consent or an objection);
- **v** vague + help — the name alone does not say training; help text tied by aria-describedby or
  placed nearby does;
- **h** heading-only — the name means something only through a heading, intro, caption or column header;
- **p** plain — the name says it.

Widget kinds over the set: {kinds}; {details} of these controls sit inside a closed `<details>`.
"""


def main():
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    kinds = Counter(l["kind"] for m in meta for l in m["labels"])
    known = sum(m["known"] for m in meta)
    out = [INTRO.format(known=known, invented=len(meta) - known,
                        kinds=", ".join(f"{k} {n}" for k, n in sorted(kinds.items())),
                        details=sum(1 for m in meta for l in m["labels"] if l.get("in_closed_details")))]
    out.append("## Counts per language\n")
    out.append("| lang | pages | known services | control units | labelled | sharing true | sharing false | i | v | h | p | hidden-decoy mechanisms |")
    out.append("|---|---|---|---|---|---|---|---|---|---|---|---|")
    tot = Counter()
    allm = set()
    for lang in LANGS:
        ms = [m for m in meta if m["lang"] == lang]
        labs = [l for m in ms for l in m["labels"]]
        v = {"pages": len(ms), "known": sum(m["known"] for m in ms), "units": sum(m["units"] for m in ms),
             "labels": len(labs), "true": sum(l["sharing"] for l in labs)}
        v["false"] = v["labels"] - v["true"]
        for s in "ivhp":
            v[s] = sum(m["shapes"][s] for m in ms)
        mech = sorted(set(h["mech"] for m in ms for h in m["hidden"]))
        allm |= set(mech)
        tot.update(v)
        out.append(f"| {lang} | " + " | ".join(str(v[k]) for k in ["pages", "known", "units", "labels", "true", "false", "i", "v", "h", "p"])
                   + f" | {', '.join(mech)} |")
    out.append("| **total** | " + " | ".join(str(tot[k]) for k in ["pages", "known", "units", "labels", "true", "false", "i", "v", "h", "p"])
               + f" | {', '.join(sorted(allm))} |")
    mc = Counter(h["mech"] for m in meta for h in m["hidden"])
    out.append("\nHidden decoys per mechanism: " + ", ".join(f"{k} {n}" for k, n in sorted(mc.items())) + ".\n")
    out.append("## Pages\n")
    out.append("| lang | page | service | URL | labelled |")
    out.append("|---|---|---|---|---|")
    for m in meta:
        svc = m["service"] + (" (known service)" if m["known"] else "")
        out.append(f"| {m['lang']} | {m['page']} | {svc} | {m['url']} | {len(m['labels'])} |")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
