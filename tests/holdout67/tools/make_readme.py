#!/usr/bin/env python3
"""Write ../README.md from meta.json."""
import json, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']
SHAPES = [('i', 'inverted'), ('v', 'vague + help'), ('h', 'heading-only'), ('p', 'plain')]
KINDS = ['checkbox', 'switch', 'radio-fieldset', 'radiogroup', 'segmented', 'select', 'button-switch',
         'state-row', 'table-cell']
HIDES = [('attr', '`hidden` attribute'), ('inline', 'inline `display:none`'), ('class', 'CSS class with `display:none`'),
         ('aria', '`aria-hidden="true"`'), ('vis', 'inline `visibility:hidden`'), ('dialog', 'closed `<dialog>`'),
         ('tab', 'inactive tab panel')]


def table(head, rows):
    out = ['| ' + ' | '.join(head) + ' |', '|' + '|'.join('---' for _ in head) + '|']
    out += ['| ' + ' | '.join(str(c) for c in r) + ' |' for r in rows]
    return '\n'.join(out)


def main():
    meta = json.load(open(os.path.join(HERE, 'meta.json'), encoding='utf-8'))
    by = collections.defaultdict(list)
    for m in meta:
        by[m['lang']].append(m)
    labels = [(m['lang'], l) for m in meta for l in m['labels']]
    total = len(labels)

    per_lang = []
    for lg in LANGS:
        ls = [l for g, l in labels if g == lg]
        per_lang.append([lg, len(by[lg]), len(ls), sum(l['sharing'] for l in ls), sum(not l['sharing'] for l in ls)]
                        + [sum(l['shape'] == s for l in ls) for s, _ in SHAPES]
                        + [sum(len(m['hidden']) for m in by[lg])])
    per_lang.append(['**all**', len(meta), total, sum(l['sharing'] for _, l in labels),
                     sum(not l['sharing'] for _, l in labels)]
                    + [sum(l['shape'] == s for _, l in labels) for s, _ in SHAPES]
                    + [sum(len(m['hidden']) for m in meta)])

    kind_rows = []
    for k in KINDS:
        ls = [l for _, l in labels if l['kind'] == k]
        kind_rows.append(['`%s`' % k, len(ls)] + [sum(l['shape'] == s for l in ls) for s, _ in SHAPES]
                         + [sum(l['sharing'] for l in ls), sum(not l['sharing'] for l in ls)])
    hide_rows = []
    hid = [h for m in meta for h in m['hidden']]
    for h, desc in HIDES:
        hide_rows.append([desc, sum(x['hide'] == h for x in hid)])

    page_rows = []
    for lg in LANGS:
        for m in by[lg]:
            ls = m['labels']
            shapes = ' '.join('%s%d' % (s, sum(l['shape'] == s for l in ls)) for s, _ in SHAPES
                              if any(l['shape'] == s for l in ls))
            page_rows.append([lg, '`%s/%s.html`' % (lg, m['slug']), m['brand'],
                              'known (reconstruction)' if m['known'] else 'invented',
                              m['url'], len(ls), '%d/%d' % (sum(l['sharing'] for l in ls), sum(not l['sharing'] for l in ls)),
                              shapes, ', '.join(sorted({h['hide'] for h in m['hidden']})), len(m['decoys'])])

    decoy_total = sum(len(m['decoys']) for m in meta)
    known = sum(m['known'] for m in meta)
    text = f"""# holdout67 — blind evaluation set "blind67"

Thirty-five saved settings pages for the **Unticked** detector, themed on **website builders, web hosting
and domains, online-store admin consoles, and blogging / newsletter-publishing platforms** — the settings a
site owner, shop owner or publisher sees. Each page lists, in its `.expect.json`, every visible control
whose concern is the use of the person's (or their customers', readers' or organisation's) data to train or
improve AI / machine-learning models, and whether data is used for training in the state shown.

The set is meant to be scored **once, at first sight**, to measure how the detector generalises to wording
nobody tuned it on. Please do not tune the detector against these pages; once they have been scored they
stop being blind.

## How it was written (blind)

* The only project file read was `tests/corpus/README.md` (page layout, label format, matching rule).
  No other project file or folder was opened, listed or searched: not `src/`, lexicon, catalog, messages,
  benchmarks, other `tests/holdout*` sets, `tests/corpus` pages, tools or the extension. No cargo, `./do`,
  `unticked` or git command was run, and no search or fetch tool was used to look at anyone's test pages or
  the project's code.
* All copy was written fresh, page by page, in each language as a product writer of that market would
  put it (address form chosen per service: du/Sie, tu/vous, tú/usted, você, tu/Lei, je/u), not translated
  from English and not chosen to be easy or hard for any detector.
* {known} pages are plausible reconstructions of well-known services in the theme at plausible settings
  URLs; their markup, copy and every AI-training setting on them are invented and say nothing about what
  those services really offer. The other {len(meta) - known} pages are invented services on `.test` domains.
* Rules bent: none. (Note: `check.py` uses a simplified accessible-name computation, described below; the
  labels were written to be unambiguous under the full algorithm as well.)

## Layout

```
<lang>/<page>.html           saved page (doctype, "saved from url=(NNNN)" comment, header with search box,
                             language select and account button whose menu is hidden, side nav, main, footer)
<lang>/<page>.expect.json    {{"url", "lang", "notes", "ai_training": [{{"label", "sharing"}}]}}
tools/lib.py                 page builder: widgets, hidden blocks, bookkeeping of labels, shapes and kinds
tools/common.py              language-select options and header/footer chrome factory
tools/pages_<lang>.py        the five pages of each language
tools/gen.py                 writes pages, expect files and tools/meta.json
tools/make_readme.py         writes this README from tools/meta.json
check.py                     self-check (see below)
```

Regenerate and check: `python3 tools/gen.py && python3 tools/make_readme.py && python3 check.py`

## What is labelled

`ai_training` lists every **visible** control whose concern is training or improving AI / ML models with the
person's data — the service's own models or other parties' (partners, AI crawlers, "AI companies").
`label` is the accessible name (aria-labelledby → aria-label → label → legend / radiogroup name → text
content, whitespace collapsed). A radio group or an aria-pressed button group is one control named by its
group; table cells are named "row header + column header"; state rows (status text + action button) are
named by the button with its visually hidden suffix or its aria-labelledby target ("Leave" + the row title).
`sharing` is whether data is used for training in the state shown; inverted wording (exclude, object,
opt out, block, protect, withdraw, don't use, limit…) is resolved against the state.

Controls inside a closed `<details>` are collapsed, not hidden, and are labelled.

Not labelled:
* decoys — AI features that do not train on the person's data (AI writers, AI assistants, AI malware
  scanners, AI name suggestions, AI fraud flags), analytics explicitly said not to be used for training,
  writing courses, offers, notifications, visibility, indexing, SEO-bot blocking, export, payments, security,
  retention and search-visibility columns inside training tables;
* at least one AI-training control per page that the person cannot see ({len(hid)} in all), spread over:

{table(['hidden by', 'controls'], hide_rows)}

## Counts per language

{table(['lang', 'pages', 'labelled', 'sharing true', 'sharing false'] + [f'{s} {n}' for s, n in SHAPES] + ['hidden AI controls'], per_lang)}

Visible decoy control units in `<main>`: {decoy_total} (every page has 15–35 visible control units in main).

## Shapes

* **i inverted** — the name says the opposite of sharing ("Exclude…", "Opt out of…", "Widerspruch…",
  "Je m’oppose", "No usar…", "Recusar…", "Limitare…", "Bezwaar maken…", "…afschermen").
* **v vague + help** — the name is vague ("Help improve support", "Contribute to Inkwell Labs",
  "Programma di miglioramento dei servizi"); only the help text (aria-describedby, nearby text or a state
  row's status) says training.
* **h heading-only** — only a heading, intro, `<details>` summary / paragraph or table column/section header
  says training; the name itself is neutral ("Reader comments", "Texte deiner Seiten", "Page text Allowed").
* **p plain** — the name says it.

## Widget kinds (labelled controls)

{table(['kind', 'labelled'] + [s for s, _ in SHAPES] + ['sharing true', 'sharing false'], kind_rows)}

`checkbox` = native checkbox (for-label or wrapping label); `switch` = checkbox with `role="switch"`;
`radio-fieldset` = native radios in a fieldset named by its legend; `radiogroup` = `role="radiogroup"` of
`role="radio"` items, named by aria-labelledby; `segmented` = `role="group"` of `aria-pressed` buttons;
`select` = native select; `button-switch` = `<button role="switch" aria-checked>` named by aria-label,
aria-labelledby or its text; `state-row` = status text plus an action button (visually hidden suffix or
aria-labelledby); `table-cell` = checkbox in a table cell, named by row header × column header.

## check.py

Parses every page with its own `html.parser` DOM and computes accessible names (aria-labelledby,
aria-label, `<label for>` / wrapping label, legend, text content for buttons / switches / radios / tabs,
table row × column header fallback) and visibility (`hidden`, inline `display:none` / `visibility:hidden`,
classes that the page's `<style>` sets to `display:none`, `aria-hidden="true"`, closed `<dialog>`; closed
`<details>` counts as visible). It fails when: an expected label is not the name of exactly one visible
control, or names a different element than the one booked in `tools/meta.json`, or the control's DOM state
(checked / aria-checked / selected / pressed option) differs from the booked state; a control booked as
hidden is visible or hidden by a different mechanism; a page has no hidden AI control or not 15–35
visible control units in `<main>`; an element carries a duplicate attribute or an id is reused; the
document shape (doctype, saved-from comment length and URL, `<html lang>`, header parts, hidden account
menu, nav, main, footer) is wrong.

## Pages

{table(['lang', 'page', 'service', 'kind', 'URL', 'labelled', 'sharing T/F', 'shapes', 'hidden via', 'decoys'], page_rows)}
"""
    with open(os.path.join(ROOT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(text)
    print('README.md written')


if __name__ == '__main__':
    main()
