#!/usr/bin/env python3
"""Write every page, its expect file and tools/meta.json."""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import lib  # noqa: E402


def main():
    metas = []
    for lang in lib.LANGS:
        importlib.import_module(f'pages_{lang}')
        fns = lib.REGISTRY.get(lang, [])
        out = os.path.join(ROOT, lang)
        os.makedirs(out, exist_ok=True)
        for f in os.listdir(out):
            if f.endswith('.html') or f.endswith('.expect.json'):
                os.remove(os.path.join(out, f))
        slugs = set()
        for fn in fns:
            pg, html = fn()
            assert pg.lang == lang, (pg.slug, pg.lang)
            assert pg.slug not in slugs, pg.slug
            slugs.add(pg.slug)
            with open(os.path.join(out, pg.slug + '.html'), 'w', encoding='utf-8') as f:
                f.write(html)
            with open(os.path.join(out, pg.slug + '.expect.json'), 'w', encoding='utf-8') as f:
                json.dump(pg.expect(), f, ensure_ascii=False, indent=2)
                f.write('\n')
            metas.append(pg.meta())
    with open(os.path.join(HERE, 'meta.json'), 'w', encoding='utf-8') as f:
        json.dump(metas, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(f'{len(metas)} pages, {sum(m["labelled"] for m in metas)} labelled controls')


if __name__ == '__main__':
    main()
