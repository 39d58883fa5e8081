#!/usr/bin/env python3
"""Write README.md from tools/meta.json."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']
HOW = {'style': 'inline display:none', 'class': 'class with display:none', 'hidden': 'hidden attribute',
       'aria': 'aria-hidden="true"', 'vis': 'visibility:hidden', 'dialog': 'closed `<dialog>`',
       'tab': 'inactive tab panel'}


def main():
    with open(os.path.join(HERE, 'meta.json'), encoding='utf-8') as f:
        metas = json.load(f)
    out = []
    w = out.append
    w('# blind43 — blind evaluation set: shopping, marketplaces and delivery')
    w('')
    w('Settings pages of online department stores, second-hand and peer-to-peer marketplaces, grocery and '
      'meal delivery, supermarket loyalty clubs, price comparison and cashback sites, print-on-demand and '
      'handmade sellers’ dashboards, customer-service chat and product reviews / Q&A — 35 pages, five per '
      'language (`en de fr es pt it nl`; Portuguese pages are pt-BR except one pt-PT page).')
    w('')
    w('**Written blind.** The only file of the project read while writing this set was '
      '`tests/corpus/README.md` (page layout, label format, matching rule). The engine, its lexicons, catalog, '
      'tests and the other corpora were not read, and no other blind set was looked at; the wording is the '
      'author’s own, as a product writer of each language would phrase it. Pages marked *real* are '
      'plausible reconstructions of well-known services at plausible settings URLs (own markup and copy, not '
      'copies); all other services are invented and live on `.test` domains.')
    w('')
    w('## Layout')
    w('')
    w('```')
    w('<lang>/<page>.html           the saved page: <!DOCTYPE html>, <!-- saved from url=(NNNN)URL -->, <html lang="…">')
    w('<lang>/<page>.expect.json    {url, lang, notes, ai_training: [{label, sharing}]}')
    w('tools/lib.py                 page builder and widget helpers (standard library only)')
    w('tools/pages_<lang>.py        the pages of one language')
    w('tools/gen.py                 writes pages, expect files and tools/meta.json (per-page counts)')
    w('tools/make_readme.py         writes this README from tools/meta.json')
    w('check.py                     self-check')
    w('```')
    w('')
    w('Regenerate and check: `python3 tools/gen.py && python3 tools/make_readme.py && python3 check.py`.')
    w('')
    w('Every page has a header (search box, language select, account-menu button whose menu is `hidden`), a '
      'side navigation, a footer, and 15–35 visible control units in `<main>` — most of them decoys: '
      'recommendations or suggestions kept in the account, AI summaries and on-device features that say they '
      'do not train, personalised ads, notifications (often per-channel tables), visibility and profile '
      'settings, parental controls, crash reports and analytics whose help says they are not used for '
      'training, data export, connected apps, autoplay and image quality, delivery details.')
    w('')
    w('## What is labelled')
    w('')
    w('`ai_training` lists every **visible** control whose concern is the use of the person’s (or their '
      'household’s / shop’s) data — purchase history, listing and product photos, buyer–seller chats, '
      'customer-service chats, reviews and ratings, questions and answers, voice shopping lists, receipts, '
      'delivery addresses and route traces — to train or improve AI/ML models, the service’s own or other '
      'parties’ (partners, AI companies, crawlers). Nothing else is listed.')
    w('')
    w('* `label` is the accessible name as a browser computes it: aria-labelledby → aria-label → `<label for>` / '
      'wrapping `<label>` → legend or radiogroup name for a radio group (the group is one control; likewise a '
      '`role="group"` of `aria-pressed` buttons) → text content for buttons, links and `role="switch"` buttons. '
      'In per-row tables the control is named by its row only; a state row’s action is named by its text plus '
      'a visually hidden suffix, or by aria-labelledby on itself and the row title (e.g. '
      '“Ändern Abruf deiner Anzeigen durch KI-Crawler”).')
    w('* `sharing` is whether, in the state shown, the data IS used for training. Inverted wording is resolved '
      'against the state (“Don’t use…” checked → false; “…ausschließen” off → true; an objection not yet lodged '
      '→ true; an objection lodged with a “withdraw objection” action → false; consent given with a '
      '“Revoke/Withdraw consent” action → true). For a select or radio group the selected option decides.')
    w('* Controls inside a closed `<details>` are listed (collapsed, not hidden). Controls hidden by '
      '`display:none` (inline or via a `<style>` class), `hidden`, `aria-hidden="true"`, `visibility:hidden`, a '
      'closed native `<dialog>` or an inactive tab panel are not listed; every page has at least one such '
      'hidden AI-training decoy.')
    w('')
    w('## Shapes')
    w('')
    w('Counted per labelled control (a control may have several):')
    w('')
    w('* **inverted (i)** — the name asks for the opposite of sharing: exclude, do not use, keep out, opt out, '
      'object, withdraw / revoke consent, cancel or withdraw an objection, pause, protect from, disable — in each '
      'language’s own idiom, as imperative (“Opponiti…”, “Sluit … uit”), infinitive (“… ausschließen”, '
      '“No usar…”, “… pauzeren”), noun (“Désactivation de…”, “Esclusione…”, “la exclusión…”) and participle '
      '(“… escluse dall’addestramento”, “Reseñas protegidas frente a…”).')
    w('* **vague+help (v)** — the name alone does not say training (“Help make PeerSwap safer”, '
      '“Sicherheitsfunktionen verbessern”, “Programa de aprimoramento de criadores”); only the help text — tied '
      'with aria-describedby or only placed nearby — or the state text of the row does.')
    w('* **heading-only (h)** — the name is meaningful only through a heading, column header, caption or '
      'intro (per-address, per-device, per-household-member, per-shop, per-card table rows; “Opnames '
      'bewaren” under “Spraakopnames en training”).')
    w('')
    w('## Counts')
    w('')
    w('“units” = visible control units in `<main>` (a radio group or a segmented button group counts once); '
      '“hidden” = hidden AI-training decoys (not listed).')
    w('')
    w('| lang | pages | real | units | labelled | true | false | inverted | vague+help | heading-only | hidden |')
    w('|---|---|---|---|---|---|---|---|---|---|---|')
    tot = dict(pages=0, real=0, units=0, labelled=0, true=0, false=0, inverted=0, vague=0, heading=0, hidden=0)
    for lang in LANGS + ['all']:
        ms = metas if lang == 'all' else [m for m in metas if m['lang'] == lang]
        row = dict(pages=len(ms), real=sum(1 for m in ms if m['real']))
        for k in ('units', 'labelled', 'true', 'false', 'inverted', 'vague', 'heading', 'hidden'):
            row[k] = sum(m[k] for m in ms)
        name = '**all**' if lang == 'all' else lang
        w(f'| {name} | {row["pages"]} | {row["real"]} | {row["units"]} | {row["labelled"]} | {row["true"]} | '
          f'{row["false"]} | {row["inverted"]} | {row["vague"]} | {row["heading"]} | {row["hidden"]} |')
    w('')
    w('## Pages')
    w('')
    w('“further” = visible control units in `<main>` (labelled ones included); “hidden” = hidden AI-training '
      'decoys and how they are hidden.')
    w('')
    w('| page | URL | real | labelled | true/false | i / v / h | hidden | further |')
    w('|---|---|---|---|---|---|---|---|')
    for m in metas:
        hows = ', '.join(HOW[h] for h in m['hidden_how'])
        w(f'| {m["lang"]}/{m["page"]} | {m["url"]} | {"yes" if m["real"] else "—"} | {m["labelled"]} | '
          f'{m["true"]}/{m["false"]} | {m["inverted"]} / {m["vague"]} / {m["heading"]} | {m["hidden"]} ({hows}) | '
          f'{m["units"]} |')
    w('')
    w('Each page’s `notes` (in the page’s language) say what it tests: the shapes, the decoys and where the '
      'hidden decoy sits.')
    w('')
    with open(os.path.join(ROOT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out))
    print('README.md written')


if __name__ == '__main__':
    main()
