"""Writes README.md from tools/meta.json."""
import json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']
THEME = ('security, identity and privacy tools: password managers, VPNs, antivirus and device security, '
         'identity-theft and credit monitoring, authenticator apps, encrypted mail, ad and tracker blockers')
MECH = {'hidden-attr': 'hidden attr', 'inline-display-none': 'inline display:none', 'css-class': 'CSS class',
        'aria-hidden': 'aria-hidden', 'visibility-hidden': 'visibility:hidden', 'closed-dialog': 'closed dialog',
        'inactive-tab': 'inactive tab'}


def row_stats(pages):
    lab = [l for p in pages for l in p['labelled']]
    sh = Counter(l['shape'] for l in lab)
    mechs = Counter(h['mech'] for p in pages for h in p['hidden'])
    return dict(pages=len(pages), known=sum(p['known'] for p in pages), units=sum(p['units'] for p in pages),
                labelled=len(lab), t=sum(l['sharing'] for l in lab), f=sum(not l['sharing'] for l in lab),
                i=sh['i'], v=sh['v'], h=sh['h'], p=sh['p'],
                mechs=', '.join(f'{MECH[k]} ×{v}' if v > 1 else MECH[k] for k, v in sorted(mechs.items())))


def main():
    meta = json.load(open(os.path.join(HERE, 'meta.json'), encoding='utf-8'))
    total = row_stats(meta)
    kinds = Counter(l['kind'] for p in meta for l in p['labelled'])
    out = [f'# blind62 — blind evaluation set: {THEME}', '',
           '## What the set is', '',
           f'{total["pages"]} saved settings pages (5 in each of English, German, French, Spanish, Brazilian Portuguese, '
           f'Italian and Dutch) from the world of {THEME}. {total["known"]} pages are plausible reconstructions of '
           'well-known services at plausible settings URLs (markup and copy written fresh, the AI-training settings '
           f'invented); the other {total["pages"] - total["known"]} are invented services on `.test` domains. Each page '
           'comes with an `.expect.json` that lists every visible control whose concern is the use of the person\'s '
           '(or their household\'s, child\'s, client\'s or organisation\'s) data to train or improve AI / machine-learning '
           'models, and whether the data is used for training in the state shown.', '',
           '## How it was written (blind)', '',
           '- The only project file read was `tests/corpus/README.md` (page layout, label format, matching rule). '
           'No engine code, lexicon, catalog, benchmark, other test set or other holdout folder was opened, listed or '
           'searched; no project tool (cargo, `./do`, `unticked`) and no git command was run; /work/shared was not '
           'looked at; no search or fetch tool was used to look up anyone\'s test pages (none was used at all).',
           '- All copy was written fresh, page by page, in each language as a product writer of that country would '
           'phrase it (du/Sie, tu/vous, tú/usted, você, je/u chosen per service); nothing was translated word for word '
           'from English, and no wording was chosen to be easy or hard for a detector.',
           '- Markup and copy of the known-service pages are my own; their AI-training settings are invented.',
           '- Bends: a small scratch script (/tmp/t.py) that printed per-page unit counts while drafting was written outside the output folder and deleted afterwards; otherwise none known. The generator and `check.py` were written by the same author as the pages, so the '
           'self-check confirms consistency (names, visibility, counts, state vs. polarity), not that the judgement '
           'of what counts as AI training is right.', '',
           '## Layout', '', '```',
           '<lang>/<page>.html           saved page: <!DOCTYPE html>, <!-- saved from url=(NNNN)URL -->, <html lang>',
           '<lang>/<page>.expect.json    {url, lang, notes, ai_training: [{label, sharing}]}',
           'tools/lib.py                 page builder (widgets, hidden blocks, bookkeeping of counts and shapes)',
           'tools/pages_<lang>.py        the five pages of each language',
           'tools/gen.py                 writes pages, expect files and tools/meta.json',
           'tools/make_readme.py         writes this README from tools/meta.json',
           'check.py                     self-check (own html.parser tree + accessible-name computation)',
           '```', '',
           'Regenerate and check: `python3 tools/gen.py && python3 tools/make_readme.py && python3 check.py`.', '',
           '## What is labelled', '',
           '`ai_training` lists every visible control whose concern is training or improving AI / ML models with the '
           'person\'s data (the service\'s own models or other parties\': partners, AI companies, crawlers, researchers, '
           'manufacturers, public bodies), and nothing else. `label` is the accessible name a browser computes '
           '(aria-labelledby → aria-label → label → legend / radiogroup name → text content for buttons and switches; '
           'table-row checkboxes are named by row header + column header; state rows by the action button\'s name with '
           'its visually hidden suffix or its aria-labelledby target; segmented buttons by the group\'s name). '
           '`sharing` says whether the data IS used for training in the state shown; inverted wording (exclude, opt out, '
           'object, block, don\'t use, withdraw) is resolved against the state, and for selects, radio groups and '
           'segmented groups the selected option decides. Controls inside a closed `<details>` are listed (collapsed, '
           'not hidden).', '',
           'Not listed: decoys on every page (AI features that do not train on the person\'s data, AI "training" that '
           'is a course, personalised offers, notifications, sharing with other people, analytics whose help text says '
           'it is not used for training, export, connected apps, payments, security), and on every page at least one '
           'AI-training control the person cannot see (hidden attribute, inline display:none, a CSS class with '
           'display:none, aria-hidden="true", visibility:hidden, a closed `<dialog>`, an inactive tab panel).', '',
           '## Shapes', '',
           '- **i**, inverted: the name says the opposite of sharing (imperative, infinitive, noun, participle, negation, '
           'withdrawing a consent or an objection).',
           '- **v**, vague + help: only the help text (aria-describedby or placed nearby) says training.',
           '- **h**, heading-only: the name means something only through a heading, intro, caption or column header.',
           '- **p**, plain: the name says it.', '',
           'Widget kinds of labelled controls: ' + ', '.join(f'{k} ×{v}' for k, v in sorted(kinds.items())) + '.', '',
           '## Counts per language', '',
           '| lang | pages | known services | control units | labelled | sharing true | sharing false | i | v | h | p | hidden-decoy mechanisms |',
           '|---|---|---|---|---|---|---|---|---|---|---|---|']
    for lang in LANGS:
        s = row_stats([p for p in meta if p['lang'] == lang])
        out.append(f'| {lang} | {s["pages"]} | {s["known"]} | {s["units"]} | {s["labelled"]} | {s["t"]} | {s["f"]} | '
                   f'{s["i"]} | {s["v"]} | {s["h"]} | {s["p"]} | {s["mechs"]} |')
    s = total
    out.append(f'| **total** | {s["pages"]} | {s["known"]} | {s["units"]} | {s["labelled"]} | {s["t"]} | {s["f"]} | '
               f'{s["i"]} | {s["v"]} | {s["h"]} | {s["p"]} | {s["mechs"]} |')
    out += ['', f'Totals: {s["pages"]} pages, {s["known"]} known services, {s["units"]} control units, '
            f'{s["labelled"]} labelled controls ({s["t"]} sharing, {s["f"]} not sharing); shapes i {s["i"]}, v {s["v"]}, '
            f'h {s["h"]}, p {s["p"]}.', '', '## Pages', '',
            '| lang | page | service | URL | labelled |', '|---|---|---|---|---|']
    for p in meta:
        svc = p['service'] + (' (known)' if p['known'] else '')
        out.append(f'| {p["lang"]} | {p["page"]} | {svc} | {p["url"]} | {len(p["labelled"])} |')
    open(os.path.join(ROOT, 'README.md'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    print('README.md written')


if __name__ == '__main__':
    main()
