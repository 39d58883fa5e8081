"""Write ../README.md from tools/meta.json."""
import json, os
from collections import Counter
from lib import METHODS, KINDS

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
meta = json.load(open(os.path.join(HERE, 'meta.json'), encoding='utf-8'))
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']
SHAPES = {'i': 'inverted: the name says the opposite of sharing (exclude, object, opt out, block, withdraw, don\'t use, keep out, protect, stop, pause, limit…), resolved against the state',
          'v': 'vague + help: vague name; only help text (aria-describedby or nearby text) says it is about training',
          'h': 'heading-only: only a section heading, intro, caption or column header says training',
          'p': 'plain: the name itself says training'}
KIND_TXT = {'checkbox': 'native checkbox, `<label for>` or wrapping `<label>`',
            'switch-checkbox': '`<input type=checkbox role=switch>` with `<label for>`',
            'radio-fieldset': 'radio group in a `<fieldset>`, named by its `<legend>`',
            'radiogroup': '`role=radiogroup` of `role=radio` items, named by `aria-labelledby`',
            'segmented': '`role=group` of `aria-pressed` buttons, named by `aria-labelledby` or `aria-label`',
            'select': '`<select>` with `<label for>`',
            'button-switch': '`<button role=switch aria-checked>` named by `aria-label`, `aria-labelledby` or its text',
            'state-row': 'status text + action button, named by a visually hidden suffix or `aria-labelledby="<button id> <title id>"`',
            'table-checkbox': 'checkbox in a table cell, `aria-labelledby="<row header> <column header>"`'}
METH_TXT = {'hidden-attr': '`hidden` attribute on a wrapper', 'inline-display': 'inline `style="display:none"`',
            'class-display': 'CSS class with `display:none` in the page\'s `<style>`', 'aria-hidden': '`aria-hidden="true"` wrapper',
            'inline-visibility': 'inline `style="visibility:hidden"`', 'closed-dialog': 'inside a `<dialog>` without `open`',
            'inactive-tab': 'inactive `role=tabpanel` with `hidden`'}

labels = [l for m in meta for l in m['labels']]
out = ['# holdout82 — blind evaluation set "blind82": sports, fitness and outdoor tracking', '',
       'Thirty-five saved settings pages (5 each in en, de, fr, es, pt-BR, it, nl) from running and cycling apps, smartwatches and',
       'fitness bands, gym chains and class booking, personal coaching, swimming and climbing, and route-planning/hiking maps, each',
       'with an `.expect.json` in the format of `tests/corpus/README.md`.', '',
       '## How it was written', '',
       '- Blind: the only project file read was `tests/corpus/README.md` (layout, label format, matching rule). No other file or folder',
       '  of the project was opened, listed or searched (no src/, lexicon/, catalog/, other holdout sets, corpus pages, tools or extension),',
       '  `/work/shared` was not looked at, and cargo, ./do, unticked and git were not run. No search tools were used to look at anyone\'s',
       '  test pages or at this project\'s code.',
       '- All copy was written fresh page by page in each language (du/Sie, tu/vous, tú/usted, você, tu/Lei, je/u chosen per service),',
       '  not translated from English. Every AI-training setting, and all markup and copy of the known services, is invented.',
       '- Rules bent: none knowingly. The page chrome (search placeholder, language label, account-menu items, footer line) uses one',
       '  short per-language default shared by that language\'s pages; the `notes` of the seven pages with a closed `<details>` get one',
       '  appended English sentence from the generator. Help text on decoys sometimes states that a feature does *not* train models.',
       '', '## Layout', '',
       '```', '<lang>/<page>.html          saved page (doctype, "saved from" comment, <html lang>)',
       '<lang>/<page>.expect.json   {url, lang, notes, ai_training: [{label, sharing}]}',
       'tools/lib.py                page builder: widgets, hidden blocks, bookkeeping of labels/shapes/kinds',
       'tools/pages_<lang>.py       the five pages of one language', 'tools/gen.py                writes pages, expect files and tools/meta.json',
       'tools/make_readme.py        writes this README from tools/meta.json',
       'check.py                    independent checker (html.parser DOM, accessible names, visibility)', '```', '',
       'Regenerate: `cd tools && python3 gen.py && python3 make_readme.py && cd .. && python3 check.py`.', '',
       '## What is labelled', '',
       'Every visible control whose concern is the use of the person\'s (or household\'s, organisation\'s, children\'s) data to train or',
       'improve AI / machine-learning models — the service\'s own models or other parties\' (AI crawlers, licensing for model training) —',
       'with `sharing` = whether, in the state shown, the data IS used. Labels are accessible names (aria-labelledby → aria-label →',
       'label → legend / radiogroup name → text content, whitespace collapsed); each control uses one naming attribute only.',
       'Decoys (unlabelled): AI features said not to train, personalisation, notifications (also about AI features), visibility,',
       'aggregated heatmaps, analytics, ads, export, connected apps, payments, security, display, accessibility. Controls in a closed',
       '`<details>` (7 pages) are collapsed, not hidden, and are labelled. Every page also has exactly one AI-training control hidden',
       'from the person, which is not labelled.', '',
       '## Hiding methods (one hidden AI-training control per page)', '', '| method | how | pages |', '|---|---|---|']
mc = Counter(m['method'] for m in meta)
for k in METHODS:
    out.append(f'| {k} | {METH_TXT[k]} | {mc[k]} |')
out += ['', '## Shapes of the labelled controls', '', '| shape | meaning | ' + ' | '.join(LANGS) + ' | total |', '|---|---|' + '---|' * (len(LANGS) + 1)]
for s, t in SHAPES.items():
    row = [sum(1 for m in meta if m['lang'] == L for l in m['labels'] if l['shape'] == s) for L in LANGS]
    out.append(f'| {s} | {t} | ' + ' | '.join(map(str, row)) + f' | {sum(row)} |')
out += ['', 'A few double negations ("Non escludere…" ticked, "…nicht zum Trainieren von KI verwenden" unticked, "Ne pas utiliser…" off,',
        '"Stop het gebruik…" off, "Pausar o uso…" off) and',
        'state rows whose status says on/off (On, Aus, Desligado, Uit, Attivo, Activé…) are included.', '',
        '## Widget kinds of the labelled controls', '', '| kind | markup | ' + ' | '.join(LANGS) + ' | total |', '|---|---|' + '---|' * (len(LANGS) + 1)]
for k in KINDS:
    row = [sum(1 for m in meta if m['lang'] == L for l in m['labels'] if l['kind'] == k) for L in LANGS]
    out.append(f'| {k} | {KIND_TXT[k]} | ' + ' | '.join(map(str, row)) + f' | {sum(row)} |')
out += ['', '## Counts per language', '', '| lang | pages | known services | visible control units | labels | sharing true | sharing false | i | v | h | p |', '|---|---|---|---|---|---|---|---|---|---|---|']
tot = Counter()
for L in LANGS:
    ms = [m for m in meta if m['lang'] == L]
    ls = [l for m in ms for l in m['labels']]
    r = dict(pages=len(ms), known=sum(m['known'] for m in ms), units=sum(m['units'] for m in ms), labels=len(ls),
             t=sum(l['sharing'] for l in ls), f=sum(not l['sharing'] for l in ls), **{s: sum(l['shape'] == s for l in ls) for s in 'ivhp'})
    tot.update(r)
    out.append(f"| {L} | {r['pages']} | {r['known']} | {r['units']} | {r['labels']} | {r['t']} | {r['f']} | {r['i']} | {r['v']} | {r['h']} | {r['p']} |")
r = tot
out.append(f"| **all** | {r['pages']} | {r['known']} | {r['units']} | {r['labels']} | {r['t']} | {r['f']} | {r['i']} | {r['v']} | {r['h']} | {r['p']} |")
out += ['', '## Pages', '', '| lang | page | service | known | units | labels | hidden by |', '|---|---|---|---|---|---|---|']
for m in meta:
    out.append(f"| {m['lang']} | {m['page']} | {m['service']} | {'yes' if m['known'] else ''} | {m['units']} | {len(m['labels'])} | {m['method']} |")
open(os.path.join(ROOT, 'README.md'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print('README written')
