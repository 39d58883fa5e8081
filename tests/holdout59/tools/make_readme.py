"""Write README.md from tools/meta.json."""
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']
TITLE = '# blind59 — blind evaluation set: marketing, advertising, CRM, newsletters and customer-support software (business admin consoles)'


def main():
    meta = json.load(open(os.path.join(HERE, 'meta.json'), encoding='utf-8'))
    rows, tot = [], Counter()
    kinds = Counter()
    for lang in LANGS:
        ms = [m for m in meta if m['lang'] == lang]
        c = Counter(pages=len(ms), known=sum(m['known'] for m in ms), units=sum(m['units'] for m in ms))
        mech = []
        for m in ms:
            labs = m['labels']
            c['labelled'] += len(labs)
            c['t'] += sum(l['sharing'] for l in labs)
            c['f'] += sum(not l['sharing'] for l in labs)
            for l in labs:
                c[l['shape']] += 1
                kinds[l['kind']] += 1
            for h in m['hidden']:
                if h['mechanism'] not in mech:
                    mech.append(h['mechanism'])
        tot.update(c)
        rows.append(f"| {lang} | {c['pages']} | {c['known']} | {c['units']} | {c['labelled']} | {c['t']} | {c['f']} | {c['i']} | {c['v']} | {c['h']} | {c['p']} | {', '.join(mech)} |")
    allmech = Counter(h['mechanism'] for m in meta for h in m['hidden'])
    n = tot['labelled']
    pct = lambda k: f"{100 * tot[k] / n:.0f}%"
    out = [TITLE, '',
           '## What the set is', '',
           f"{len(meta)} saved settings pages of business admin consoles (email marketing, newsletters, advertising, CRM, help desks and "
           "customer support) in seven languages, five per language. Each page comes with an `.expect.json` that lists every visible "
           "control whose concern is the use of the customer's, its contacts' or its organisation's data to train or improve AI / "
           "machine-learning models, and whether the data is used for training in the state the page shows. "
           f"{tot['known']} pages are plausible reconstructions of well-known services at plausible settings URLs (markup, copy and the "
           "AI-training settings themselves are invented); the others are invented services on `.test` domains.", '',
           '## How it was written (blind)', '',
           '- The only project file read was `tests/corpus/README.md` (page layout, label format, matching rule). Apart from the slip noted below, no engine code, lexicon, '
           'catalog, other test set, benchmark or other holdout folder was opened, listed or searched; no project tool (cargo, ./do, '
           '`unticked`) and no git command was run; `/work/shared` was not looked at; the search/fetch tools were not used to look up '
           "anyone's test pages.",
           '- All copy was written fresh, page by page, in each language as a product writer of that market would phrase it '
           '(you/du/Sie, tu/vous, tú/usted, você, tu/Lei, je/u chosen per service), not translated from English, and not chosen to be easy or hard '
           'for any detector.',
           '- Bent rules: one slip. The very first shell command, run together with reading `tests/corpus/README.md`, also ran '
           '`ls /work/main/tests/` with its output piped to `head -0`, so nothing of the listing was shown or read; no other path under '
           '`/work/main` outside this folder was touched. The search and fetch tools were not used at all. Everything was built in one '
           'sitting with a shared page builder, so the markup patterns (cards, toggle rows, state rows) repeat across pages more than '
           'they would across real vendors.',
           '- The page chrome (header, language select, account menu, footer) is built from one short list of '
           'strings per language shared by the five pages of that language, so those strings repeat within a language; they are outside '
           '`<main>` and never labelled.', '',
           '## Layout', '', '```',
           '<lang>/<page>.html           saved page (<!DOCTYPE html>, <!-- saved from url=(NNNN)URL -->, <html lang>)',
           '<lang>/<page>.expect.json    {url, lang, notes, ai_training: [{label, sharing}]}',
           'tools/lib.py                 page builder (widgets, hidden blocks, bookkeeping)',
           'tools/pages_<lang>.py        the five pages of each language',
           'tools/gen.py                 writes pages, expect files and tools/meta.json',
           'tools/make_readme.py         writes this README from tools/meta.json',
           'check.py                     self-check (own html.parser tree, visibility and accessible names)',
           '```', '',
           'Regenerate and check: `python3 tools/gen.py && python3 tools/make_readme.py && python3 check.py`.', '',
           '## What is labelled', '',
           '`ai_training` lists every visible control whose concern is the use of the person\'s (or their organisation\'s, clients\', '
           'contacts\' or subscribers\') data to train or improve AI / ML models, the service\'s own or other parties\' '
           '(partners, AI companies and their crawlers, researchers). `label` is the accessible name a browser computes '
           '(aria-labelledby → aria-label → label → legend / radiogroup name → text content); a radio group or a group of '
           'aria-pressed buttons is one control named by its group. `sharing` says whether the data IS used for training in the state '
           'shown, with inverted wording resolved against the state.', '',
           'Not labelled (decoys on every page): AI features that do not train on the customer\'s data (reply and subject-line '
           'suggestions, summaries, translation, smart bidding, send-time optimisation), AI courses and training plans for staff, '
           'personalised ads and retargeting, notifications, visibility, benchmarks and reports whose help says they are not used for '
           'training, exports, connected apps, payments and security. Every page also holds at least one AI-training control the '
           'person cannot see, not listed. Controls inside a closed `<details>` are collapsed, not hidden, and are listed.', '',
           'Hidden-decoy mechanisms over the set: ' + ', '.join(f'{k} ×{v}' for k, v in allmech.most_common()) + '.', '',
           '## Shapes', '',
           f"- **i**, inverted ({tot['i']}, {pct('i')}): the name says the opposite of sharing (exclude, block, opt out, don't use, "
           'objection, withdraw consent …) in the idioms and grammatical forms of each language.',
           f"- **v**, vague + help ({tot['v']}, {pct('v')}): only the help text (aria-describedby or nearby) says training.",
           f"- **h**, heading-only ({tot['h']}, {pct('h')}): the name means something only through a heading, intro, caption or column header.",
           f"- **p**, plain ({tot['p']}, {pct('p')}): the name says it.", '',
           'Widget kinds of the labelled controls: ' + ', '.join(f'{k} ×{v}' for k, v in sorted(kinds.items())) + '.', '',
           '## Counts per language', '',
           '| lang | pages | known services | control units | labelled | sharing true | sharing false | i | v | h | p | hidden-decoy mechanisms |',
           '|---|---|---|---|---|---|---|---|---|---|---|---|',
           *rows,
           f"| **total** | **{tot['pages']}** | **{tot['known']}** | **{tot['units']}** | **{tot['labelled']}** | **{tot['t']}** | **{tot['f']}** | "
           f"**{tot['i']}** | **{tot['v']}** | **{tot['h']}** | **{tot['p']}** | {len(allmech)} mechanisms |", '',
           '## Pages', '',
           '| lang | page | service | URL | labelled |', '|---|---|---|---|---|']
    for m in meta:
        svc = m['service'] + (' (known)' if m['known'] else '')
        out.append(f"| {m['lang']} | {m['page']} | {svc} | {m['url']} | {len(m['labels'])} |")
    with open(os.path.join(ROOT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
