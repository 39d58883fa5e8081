"""Writes README.md from tools/meta.json."""
import collections, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
THEME = ("parenting and family: pregnancy and baby apps, baby monitors, childcare and nurseries, "
         "family calendars and chores, kids' tablets and parental controls")
MECH = {"hidden": "hidden", "display": "display:none", "class": "class", "aria": "aria-hidden",
        "visibility": "visibility", "dialog": "dialog", "tab": "tab"}


def main():
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    st = {l: collections.Counter() for l in LANGS}
    mech = {l: collections.Counter() for l in LANGS}
    kinds = collections.Counter()
    for m in meta:
        s = st[m["lang"]]
        s["pages"] += 1
        s["known"] += int(m["known"])
        s["units"] += m["units"]
        s["labelled"] += len(m["labels"])
        for l in m["labels"]:
            s["true" if l["sharing"] else "false"] += 1
            s[l["shape"]] += 1
            kinds[l["kind"] + (" (in closed details)" if l["details"] else "")] += 1
        for x in m["mechs"]:
            mech[m["lang"]][x] += 1
    cols = ["pages", "known", "units", "labelled", "true", "false", "i", "v", "h", "p"]
    tot = collections.Counter()
    tm = collections.Counter()
    rows = []
    for l in LANGS:
        tot.update(st[l])
        tm.update(mech[l])
        ms = ", ".join(f"{MECH[k]} {v}" for k, v in sorted(mech[l].items()))
        rows.append(f"| {l} | " + " | ".join(str(st[l][c]) for c in cols) + f" | {ms} |")
    ms = ", ".join(f"{MECH[k]} {v}" for k, v in sorted(tm.items()))
    rows.append("| **total** | " + " | ".join(f"**{tot[c]}**" for c in cols) + f" | {ms} |")
    n = tot["labelled"]
    pct = {k: round(100 * tot[k] / n) for k in "ivhp"}
    prow = [f"| {m['lang']} | {m['page']} | {m['service']}{' (known)' if m['known'] else ''} | `{m['url']}` | {len(m['labels'])} |"
            for m in meta]
    kind_lines = "\n".join(f"- {k}: {v}" for k, v in sorted(kinds.items()))
    txt = f"""# blind61 — blind evaluation set: {THEME}

## What the set is

{tot['pages']} saved settings pages (5 per language: en, de, fr, es, pt-BR, it, nl) from the world of parenting
and family — pregnancy and baby apps, baby monitors, childcare and nursery apps, family calendars and
chore apps, kids' tablets and parental controls. Each page comes with an `.expect.json` that lists every
visible control whose concern is the use of the person's (or their child's, household's or nursery's) data
to train or improve AI / machine-learning models, and whether that data IS used for training in the state
the page shows. {tot['known']} pages are plausible reconstructions of well-known services at plausible settings URLs
(markup, copy and the AI-training settings themselves are invented); the other {tot['pages'] - tot['known']} are invented services on
`.test` domains.

## How it was written (blind)

- The only project file read was `tests/corpus/README.md` (page layout, label format, matching rule).
- No engine code, lexicon, catalog, benchmark, other test set or other holdout folder was opened, listed,
  grepped or searched; no project tool (cargo, `./do`, `unticked`) and no git command was run; `/work/shared`
  was not looked at; the search/fetch tools were not used at all (so no one's test pages were looked up).
- All copy was written fresh, page by page, in each language as a local product writer would phrase it
  (du/Sie, tu/vous, tú/usted, você, tu/Lei, je/u chosen per service), not translated from English, and not
  chosen to be easy or hard for any detector.
- Nothing bent these rules. The only shared scaffolding is the page chrome in `tools/lib.py` (header, side
  navigation, footer strings per language), which is generic and carries no AI-training wording.

## Layout

```
<lang>/<page>.html           saved page: <!DOCTYPE html>, <!-- saved from url=(NNNN)URL -->, <html lang=…>
<lang>/<page>.expect.json    {{url, lang, notes, ai_training: [{{label, sharing}}]}}
tools/lib.py                 page builder (widgets, hidden blocks, bookkeeping of counts and shapes)
tools/pages_<lang>.py        the five pages of each language
tools/gen.py                 writes pages, expect files and tools/meta.json
tools/make_readme.py         writes this README from tools/meta.json
check.py                     self-check (own html.parser DOM, visibility and accessible-name computation)
```

Regenerate and check: `python3 tools/gen.py && python3 tools/make_readme.py && python3 check.py`.

Every page has a header (search box, language select, account-menu button whose menu is `hidden`), a side
navigation, a footer, and 15–35 visible control units in `<main>` (a radio group or a group of aria-pressed
buttons is one unit; every other input, select or button is one, tab buttons, dialog openers and per-cell
table checkboxes included; links and `<summary>` are not counted).

## What is labelled

`ai_training` lists every visible control whose concern is training or improving AI / ML models with the
person's data (the service's own models or partners', manufacturers', researchers', AI companies'), and
nothing else. `label` is the accessible name (aria-labelledby → aria-label → label → legend / radiogroup
name → text content for buttons and switches; table-cell checkboxes are named by row header + column header;
state-row buttons by their text plus a visually hidden suffix or by aria-labelledby). `sharing` is whether the
data IS used for training in the state shown (inverted wording resolved against the state; for selects,
radio groups and aria-pressed groups the selected option decides).

Decoys that are not listed appear on every page: AI features that do not train on the person's data
(suggestions, summaries, translation, smart search, on-device cry or sleep detection), "training" that is a
course or sleep-training plan, personalised offers and ads, notifications, sharing with family members or
carers, analytics whose help text says it is not used for training, data export, connected apps, payments
and security. Every page also has at least one AI-training control that the person cannot see (not listed);
controls inside a closed `<details>` are collapsed, not hidden, and are listed.

## Shapes

- **i** inverted ({pct['i']}%): the name says the opposite of sharing (opt-out, exclude, don't use, block,
  protect, objection, withdraw consent — imperative, infinitive, noun, participle, negation).
- **v** vague + help ({pct['v']}%): the name alone does not say training; the help text does.
- **h** heading-only ({pct['h']}%): the name means something only through a heading, intro, caption or column header.
- **p** plain ({pct['p']}%): the name says it.

Widget kinds of the labelled controls:

{kind_lines}

## Counts per language

| lang | pages | known services | control units | labelled | sharing true | sharing false | i | v | h | p | hidden-decoy mechanisms |
|---|---|---|---|---|---|---|---|---|---|---|---|
""" + "\n".join(rows) + """

## Pages

| lang | page | service | URL | labelled |
|---|---|---|---|---|
""" + "\n".join(prow) + "\n"
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(txt)
    print("README.md written")


if __name__ == "__main__":
    main()
