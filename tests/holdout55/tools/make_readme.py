"""Writes README.md from tools/meta.json."""
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]

HEAD = """# blind55 — blind evaluation set: sports clubs, stadiums, ticketing, concerts, events and live entertainment

## What the set is

35 saved settings pages (5 per language: en, de, fr, es, pt-BR, it, nl) from the world of
sports clubs, stadiums, ticket sellers, concert and festival apps, theatres and event
organisers. Each page is a complete saved document (header with search, language select and a
hidden account menu, side navigation, `<main>` with the settings, footer) and comes with an
`.expect.json` that lists every visible control whose concern is the use of the person's data
(or their child's, pet's, club's or organisation's data) to train or improve AI / machine-learning
models, and whether that data IS used for training in the state shown. Ten pages are plausible
reconstructions of well-known services at plausible settings URLs (the markup, copy and every
AI-training setting on them are invented); the other 25 are invented services on `.test` domains.

## How it was written (blind)

- The only project file read was `tests/corpus/README.md` (page layout, label format, matching rule).
- No engine code, lexicon, catalog, other test set, benchmark or other holdout folder was opened,
  listed, grepped or searched; no project tool (cargo, `./do`, `unticked`) and no git command was run;
  the search/fetch tools were not used to look at anyone's test pages; `/work/shared` was not looked at.
- All copy was written fresh, page by page, in each language the way a product writer of that
  country would phrase it (du/Sie, tu/vous, tú/usted, você, tu/Lei, je/u chosen per service),
  not translated word for word from English, and no wording was chosen to be easy or hard for a detector.
- Nothing bent these rules. The page builder, generator and checker in `tools/` and `check.py`
  were written from scratch for this set; `check.py` uses its own `html.parser`-based DOM and
  accessible-name computation and knows nothing of the detector.

## Layout

```
<lang>/<page>.html           saved page: <!DOCTYPE html>, <!-- saved from url=(NNNN)URL -->, <html lang="…">
<lang>/<page>.expect.json    {url, lang, notes, ai_training: [{label, sharing}]}
tools/lib.py                 page builder (widgets, hidden blocks, bookkeeping of counts and shapes)
tools/pages_<lang>.py        the five pages of each language
tools/gen.py                 writes pages, expect files and tools/meta.json
tools/make_readme.py         writes this README from tools/meta.json
check.py                     self-check (own HTML parser and accessible-name computation)
```

Regenerate and check: `python3 tools/gen.py && python3 tools/make_readme.py && python3 check.py`

## What is labelled

`ai_training` lists every *visible* control whose concern is the use of the person's (or their
household's, child's, pet's, client's or organisation's) data to train or improve AI / ML models —
the service's own or other parties' (partners, AI companies, researchers, leagues, public bodies).
`label` is the accessible name (aria-labelledby → aria-label → label → legend / radiogroup name →
text content for buttons and switches; table cells are named by row header + column header; state
rows by their action button's name, including a visually hidden suffix, or its aria-labelledby
target; segmented buttons by their group's name). `sharing` says whether the data IS used for
training in the state shown; inverted wording is resolved against the state (a checked opt-out is
false, an objection not yet lodged is true, a given consent with a withdraw action is true; for a
select, radio group or segmented group the selected option decides).

Not labelled: decoys on every page — AI features that do not train on the person's data (seat
suggestions, match summaries, lyric translation, smart search, on-device face entry, line-up
recommendations), AI "training" that is a coaching plan or course, personalised offers and ads,
notifications, visibility and sharing with other fans, analytics whose help text says it is not
used for training, data export, connected apps, payments and security. Every page also has at
least one AI-training control the person cannot see (hidden attribute, inline display:none, a
CSS class with display:none, aria-hidden="true", visibility:hidden, a closed `<dialog>`, an
inactive tab panel); those are not listed. Controls in a closed `<details>` are collapsed, not
hidden, and are listed.

## Shapes

- **i** inverted: the name says the opposite of sharing (imperative, infinitive, noun, participle,
  negation, withdrawing a consent or objection).
- **v** vague + help: the name alone does not say training; only the help text does.
- **h** heading-only: the name means something only through a heading, intro, caption or column header.
- **p** plain: the name says it.

"""


def main():
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    out = [HEAD, "## Counts per language\n\n",
           "| lang | pages | known services | control units | labelled | sharing true | sharing false | i | v | h | p | hidden-decoy mechanisms |\n",
           "|---|---|---|---|---|---|---|---|---|---|---|---|\n"]
    tot = Counter()
    allmech = Counter()
    kinds = Counter()
    for lang in LANGS:
        ms = [m for m in meta if m["lang"] == lang]
        c = Counter()
        mech = Counter()
        for m in ms:
            c["pages"] += 1
            c["known"] += m["known"]
            c["units"] += m["units"]
            for l in m["labelled"]:
                c["lab"] += 1
                c["t" if l["sharing"] else "f"] += 1
                c[l["shape"]] += 1
                kinds[l["kind"] + (" (in closed details)" if l["details"] else "")] += 1
            for h in m["hidden_ai"]:
                mech[h["mechanism"]] += 1
        tot.update(c)
        allmech.update(mech)
        ms_txt = ", ".join(f"{k} {v}" for k, v in sorted(mech.items()))
        out.append(f"| {lang} | {c['pages']} | {c['known']} | {c['units']} | {c['lab']} | {c['t']} | {c['f']} | "
                   f"{c['i']} | {c['v']} | {c['h']} | {c['p']} | {ms_txt} |\n")
    ms_txt = ", ".join(f"{k} {v}" for k, v in sorted(allmech.items()))
    out.append(f"| **total** | {tot['pages']} | {tot['known']} | {tot['units']} | {tot['lab']} | {tot['t']} | {tot['f']} | "
               f"{tot['i']} | {tot['v']} | {tot['h']} | {tot['p']} | {ms_txt} |\n\n")
    out.append("Widget kinds of the labelled controls: " +
               ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + ".\n\n")
    out.append("## Pages\n\n| lang | page | service | URL | labelled |\n|---|---|---|---|---|\n")
    for m in meta:
        svc = m["service"] + (" (known)" if m["known"] else "")
        out.append(f"| {m['lang']} | {m['page']} | {svc} | {m['url']} | {len(m['labelled'])} |\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
