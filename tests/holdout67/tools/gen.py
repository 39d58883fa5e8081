#!/usr/bin/env python3
"""Write every page, its expect file, and tools/meta.json."""
import json, os, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
LANGS = __import__('os').environ.get('LANGS', 'en de fr es pt it nl').split()


def main():
    meta = []
    for lang in LANGS:
        mod = importlib.import_module('pages_' + lang)
        os.makedirs(os.path.join(ROOT, lang), exist_ok=True)
        slugs = set()
        for build in mod.PAGES:
            p = build()
            assert p.lang == lang and p.slug not in slugs, (lang, p.slug)
            slugs.add(p.slug)
            html, labels, hidden, decoys = p.render()
            names = [l['label'] for l in labels]
            assert len(names) == len(set(names)), ('duplicate label', p.slug, names)
            assert hidden, ('page needs a hidden AI control', p.slug)
            with open(os.path.join(ROOT, lang, p.slug + '.html'), 'w', encoding='utf-8') as f:
                f.write(html)
            exp = {'url': p.url, 'lang': lang, 'notes': p.notes,
                   'ai_training': [{'label': l['label'], 'sharing': l['sharing']} for l in labels]}
            with open(os.path.join(ROOT, lang, p.slug + '.expect.json'), 'w', encoding='utf-8') as f:
                json.dump(exp, f, ensure_ascii=False, indent=2)
                f.write('\n')
            meta.append({'lang': lang, 'slug': p.slug, 'url': p.url, 'brand': p.brand, 'known': p.known,
                         'notes': p.notes, 'labels': labels, 'hidden': hidden, 'decoys': decoys})
    with open(os.path.join(HERE, 'meta.json'), 'w', encoding='utf-8') as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('wrote %d pages, %d labelled controls, %d hidden AI controls'
          % (len(meta), sum(len(m['labels']) for m in meta), sum(len(m['hidden']) for m in meta)))


if __name__ == '__main__':
    main()
