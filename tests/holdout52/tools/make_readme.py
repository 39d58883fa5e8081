"""Writes README.md from tools/meta.json."""
import collections, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']
THEME = 'legal services, accounting, tax filing, payroll and small-business admin'

INTRO = f"""# blind52 — blind evaluation set: {THEME}

## What the set is

Thirty-five saved settings pages (five in each of English, German, French, Spanish, Brazilian
Portuguese, Italian and Dutch) from services for lawyers, accountants, tax filers, payroll
administrators and small businesses, each with an `.expect.json` that lists every visible control
whose concern is the use of the person's (or their firm's, clients', employees' or household's)
data to train or improve AI / machine-learning models, and whether the data is used in the state
shown. {{KNOWN}} pages are plausible reconstructions of well-known services at plausible settings URLs
(markup and copy written for this set; every AI-training setting on them is invented); the other
{{INVENTED}} are invented services on `.test` domains.

## How it was written (blind)

- The only project file read was `tests/corpus/README.md` (page layout, label format, matching
  rule). No engine code, lexicon, catalog, benchmark or other test set (nor any other holdout
  folder) was opened, listed or searched; no project tool (cargo, `./do`, `unticked`) and no git
  command was run; `/work/shared` was not looked at; the search and fetch tools were not used.
- All copy was written fresh, page by page, in each language as a product writer of that country
  would phrase it (du/Sie, tu/vous, tú/usted, você, tu/Lei, je/u chosen per service), not
  translated from English. Wording was chosen to resemble what real services write, not to be easy
  or hard for any detector.
- Nothing bent these rules. Departures from the brief's targets, not its rules: the set has
  115 labelled controls (aim: about 95; 15–17 per language instead of 12–15) and eleven known
  services (aim: about ten). To test that `check.py` really fails on bad input, a throw-away copy
  of the set was mutated inside this folder (`_neg/`) and deleted afterwards. One thing to know: the same author wrote the pages, the labels and
  `check.py`, so `check.py` only proves the set is self-consistent (labels equal the accessible
  names computed by its own simple parser; hidden decoys are hidden; counts add up), not that the
  judgement of what concerns AI training is right. The accessible-name computation in `check.py`
  is a simplified version of the W3C algorithm (aria-labelledby → aria-label → label → legend →
  content → title).

## Layout

```
<lang>/<page>.html           saved page: <!DOCTYPE html>, <!-- saved from url=(NNNN)URL -->, <html lang="…">
<lang>/<page>.expect.json    {{url, lang, notes, ai_training: [{{label, sharing}}]}}
tools/lib.py                 page builder (widgets, hidden blocks, bookkeeping of counts and shapes)
tools/pages_<lang>.py        the five pages of each language
tools/gen.py                 writes pages, expect files and tools/meta.json
tools/make_readme.py         writes this README from tools/meta.json
check.py                     self-check (own html.parser tree, visibility and accessible names)
```

Regenerate and check: `python3 tools/gen.py && python3 tools/make_readme.py && python3 check.py`.

Every page has a header (search box, language select, an account-menu button whose menu is
`hidden`), a side navigation, a footer, and 15–35 visible control units in `<main>`. A radio group
or a group of aria-pressed buttons is one unit; every other input, select or button is one (tab
buttons, dialog openers and per-cell table checkboxes included); links and `<summary>` are not.

## What is labelled

`ai_training` lists every visible control whose concern is the use of the person's (or their
household's, clients', employees' or organisation's) data to train or improve AI / ML models —
the service's own or other parties' (research partners, AI companies, public bodies, software
vendors). Nothing else. `label` is the accessible name a browser computes; `sharing` says
whether the data is used for training in the state shown (inverted wording resolved against the
state: a checked "exclude / don't use" control is `false`; an objection not yet lodged is `true`,
a lodged one `false`; a consent given, offered for withdrawal, is `true`; for a select, radio
group or segmented group the selected option decides).

Not labelled (decoys, several per page): AI features that don't train on the person's data
(suggestions, summaries, translation, document reading, assistants), AI "training" that is a course
or webinar, personalised offers, notifications, visibility and sharing with an accountant, clients
or colleagues, analytics whose help text says they aren't used for training, exports, connected
apps, payments and security.

Every page also has at least one AI-training control the person cannot see; it is not listed.
Mechanisms: `hidden` attribute, inline `display:none`, a CSS class with `display:none`,
`aria-hidden="true"`, `visibility:hidden`, a closed `<dialog>`, an inactive tab panel. Controls
inside a closed `<details>` are collapsed, not hidden, and are listed.

## Shapes

Each labelled control is tagged in `tools/meta.json`:

- **i**, inverted: the name says the opposite of sharing (imperative, infinitive, noun, participle,
  negation, withdrawing a consent or lodging an objection).
- **v**, vague + help: the name alone doesn't say training; only help text (tied by
  aria-describedby or placed nearby) does.
- **h**, heading-only: the name means something only through a heading, intro, caption or column
  header.
- **p**, plain: the name says it.
"""


def main():
    meta = json.load(open(os.path.join(HERE, 'meta.json'), encoding='utf-8'))
    known = sum(m['known'] for m in meta)
    words = {10: 'Ten', 11: 'Eleven', 12: 'Twelve', 9: 'Nine', 24: 'twenty-four', 25: 'twenty-five', 23: 'twenty-three', 26: 'twenty-six'}
    out = [INTRO.replace('{KNOWN}', words.get(known, str(known))).replace('{INVENTED}', words.get(len(meta) - known, str(len(meta) - known)))]
    widgets = collections.Counter(l['widget'] for m in meta for l in m['labels'])
    out.append('Widget kinds of the labelled controls: ' +
               ', '.join(f'{k} {widgets[k]}' for k in sorted(widgets)) + '.\n')
    shapes_total = collections.Counter(l['shape'] for m in meta for l in m['labels'])
    n = sum(shapes_total.values())
    out.append('Shares over the set: ' + ', '.join(f'{k} {shapes_total[k]} ({100 * shapes_total[k] / n:.0f}%)'
                                                  for k in 'ivhp') + '.\n')
    out.append('## Counts per language\n')
    out.append('| lang | pages | known services | control units | labelled | sharing true | sharing false | i | v | h | p | hidden-decoy mechanisms |')
    out.append('|---|---|---|---|---|---|---|---|---|---|---|---|')
    for lang in LANGS + ['total']:
        ms = meta if lang == 'total' else [m for m in meta if m['lang'] == lang]
        sh = collections.Counter()
        mc = collections.Counter()
        for m in ms:
            sh.update(m['shapes'])
            mc.update(h['mechanism'] for h in m['hidden_decoys'])
        cells = [len(ms), sum(m['known'] for m in ms), sum(m['units'] for m in ms), sum(m['labelled'] for m in ms),
                 sum(m['sharing_true'] for m in ms), sum(m['sharing_false'] for m in ms),
                 sh['i'], sh['v'], sh['h'], sh['p']]
        mech = ', '.join(f'{k} {mc[k]}' for k in sorted(mc))
        if lang == 'total':
            out.append('| **total** | ' + ' | '.join(f'**{c}**' for c in cells) + f' | **{mech}** |')
        else:
            out.append(f'| {lang} | ' + ' | '.join(str(c) for c in cells) + f' | {mech} |')
    out.append('\n## Pages\n')
    out.append('| lang | page | service | URL | labelled |')
    out.append('|---|---|---|---|---|')
    for m in meta:
        svc = m['service'] + (' (known)' if m['known'] else '')
        out.append(f"| {m['lang']} | {m['page']} | {svc} | {m['url']} | {m['labelled']} |")
    with open(os.path.join(ROOT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
