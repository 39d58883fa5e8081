"""Writes README.md from tools/meta.json."""
import collections
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
SHAPE_NAMES = {"i": "inverted", "v": "vague + help", "h": "heading-only", "p": "plain"}


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def main():
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    exp = [e for m in meta for e in m["expect"]]
    hid = [h for m in meta for h in m["hidden"]]
    shapes = collections.Counter(e["shape"] for e in exp)
    kinds = collections.Counter(e["kind"] for e in exp)
    methods = collections.Counter(h["method"] for h in hid)
    share = collections.Counter(e["sharing"] for e in exp)
    collapsed = [e for e in exp if e.get("collapsed")]

    per_lang = []
    for l in LANGS:
        ms = [m for m in meta if m["lang"] == l]
        ee = [e for m in ms for e in m["expect"]]
        sh = collections.Counter(e["shape"] for e in ee)
        per_lang.append([l, len(ms), sum(m["known"] for m in ms), len(ee), sum(e["sharing"] for e in ee),
                         sum(not e["sharing"] for e in ee), " ".join(f"{k}{sh[k]}" for k in "ivhp"),
                         sum(len(m["hidden"]) for m in ms), sum(m["units"] for m in ms)])
    pages = []
    for m in meta:
        pages.append([f"`{m['lang']}/{m['slug']}`", m["service"] + (" (known)" if m["known"] else ""), m["theme"],
                      m["url"], m["units"], len(m["expect"]),
                      ", ".join(f"{e['shape']}/{e['kind']}/{'T' if e['sharing'] else 'F'}" for e in m["expect"]),
                      ", ".join(sorted({h['method'] for h in m['hidden']}))])

    md = f"""# blind66 hold-out set

A blind evaluation set for Unticked's ai-training detector: {len(meta)} saved settings pages
({', '.join(LANGS)}; five per language) from meditation, mindfulness, journaling, astrology,
religion and faith, and self-help / coaching apps, with {len(exp)} labelled ai-training controls.
It is meant to be scored once, at first sight, to measure how the detector generalises to
wording nobody tuned it on.

## How it was written

* **Blind.** The only project file read was `tests/corpus/README.md` (page layout, label format,
  matching rule). No other project file or folder was opened, listed or searched (no `src/`,
  lexicon, catalog, messages, benchmarks, other hold-out sets or corpus pages, tools, extension,
  `/work/shared`); no cargo, `./do`, `unticked` or git command was run, and no search or fetch
  tool was used to look at anyone's test pages or the project's code.
* All copy was written fresh, page by page, in each language as a product writer of that country
  would phrase it (du/Sie, tu/vous, tú/usted, você, tu/Lei, je/u chosen per service), not
  translated from English and not chosen to be easy or hard for any detector.
* {sum(m['known'] for m in meta)} pages are plausible reconstructions of well-known services in the theme at plausible
  settings URLs (Headspace, Day One, Co–Star, 7Mind, Calm, Petit BamBou, Insight Timer,
  YouVersion, Hallow, Meditation Moments). Their markup, copy and every AI-training setting on
  them are invented; they do not describe the real products. The other pages are invented
  services on `.test` domains.
* Rules bent: none knowingly. Notes: each page has {min(m['units'] for m in meta)}–{max(m['units'] for m in meta)} visible control units (the low end of
  the 15–35 range). The 7Mind page hides two ai-training controls in its closed dialog.

## Layout

```
<lang>/<page>.html           saved page (DOCTYPE, "saved from url=(NNNN)" comment, <html lang>,
                             header with search box, language select and an account button whose
                             menu is hidden, side <nav>, <main>, <footer>)
<lang>/<page>.expect.json    {{"url", "lang", "notes", "ai_training": [{{"label", "sharing"}}]}}
tools/lib.py                 page builder: widgets, hiding wrappers, bookkeeping of counts and shapes
tools/pages_<lang>.py        the five pages of each language
tools/gen.py                 writes pages, expect files and tools/meta.json
tools/make_readme.py         writes this README from tools/meta.json
check.py                     self-check (own html.parser DOM + accessible-name computation)
```

Regenerate and check: `python3 tools/gen.py && python3 tools/make_readme.py && python3 check.py`.

`check.py` verifies the document shape, flags duplicate attributes (browsers keep the first one),
unbalanced tags, duplicate ids and unresolved id references; counts 15–35 visible control units in
`<main>`; checks that every expected label is the accessible name of exactly one visible control
unit (and that its state matches the generator's); and that every hidden ai-training control exists
and is really hidden (hidden attribute, inline `display:none` / `visibility:hidden`, a class whose
CSS rule is `display:none`, `aria-hidden="true"`, a closed `<dialog>`, an inactive tab panel).
Controls in a closed `<details>` count as visible.

## What is labelled

`ai_training` lists every **visible** control whose concern is the use of the person's (or their
household's, client's or organisation's) data to train or improve AI / ML models, the service's own
or other parties'. `label` is the accessible name (aria-labelledby → aria-label → label → legend /
radiogroup name → text content), whitespace collapsed: a radio group or an aria-pressed group is one
control named by its group; table cells are named by row header + column header (either through
aria-labelledby or, on pages without it, by the header cells alone); state rows are named by their
action button (its text plus a visually hidden suffix, or aria-labelledby = button + row title).
`sharing` says whether the data is used for training in the state shown; inverted wording (exclude,
object, opt out, block, don't use, limit…) is resolved against the state, and a choice that still
lets some of the data be used (e.g. "exclude only my summaries") counts as sharing.

Not labelled: decoys (AI features that do not train on the person's data, recommendations, reminders,
visibility, research-interview invitations, analytics or reports said not to be used for training,
export, connected calendars, payments, security) and at least one ai-training control per page that
the person cannot see.

{len(collapsed)} labelled controls sit in a closed `<details>` (collapsed, not hidden).

### Shapes

{table([[k, SHAPE_NAMES[k], shapes[k]] for k in "ivhp"], ["shape", "meaning", "labelled"])}

(i: the name says the opposite of sharing; v: only the help text says training; h: only a heading,
intro, caption or column header says training — table cells under a training column are counted as
h; p: the name says it.)

### Widget kinds (labelled controls)

{table([[k, v] for k, v in sorted(kinds.items(), key=lambda x: -x[1])], ["kind", "labelled"])}

Sharing: {share[True]} true, {share[False]} false.

### Hidden ai-training controls (not labelled)

{table([[k, v] for k, v in sorted(methods.items(), key=lambda x: -x[1])], ["hiding method", "controls"])}

## Counts per language

{table(per_lang, ["lang", "pages", "known", "labelled", "sharing true", "sharing false", "shapes", "hidden", "visible units"])}

## Pages

{table(pages, ["page", "service", "theme", "url", "visible units", "labelled", "labelled (shape/kind/sharing)", "hidden by"])}
"""
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write(md)
    print("wrote README.md")


if __name__ == "__main__":
    main()
