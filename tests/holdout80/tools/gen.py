#!/usr/bin/env python3
"""Write pages, expect files and tools/meta.json for holdout80."""
import collections
import importlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
import sys
LANGS = sys.argv[1:] or ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']


def main():
    meta = []
    for lang in LANGS:
        mod = importlib.import_module(f'pages_{lang}')
        pages = mod.pages()
        assert len(pages) == 5, lang
        d = ROOT / lang
        d.mkdir(exist_ok=True)
        for p in pages:
            html = p.html()
            (d / f'{p.slug}.html').write_text(html, encoding='utf-8')
            shapes = collections.Counter(l['shape'] for l in p.labels)
            h = p.hidden_ctrls[0] if p.hidden_ctrls else {}
            notes = (p.notes + ' ' if p.notes else '') + (
                f"Shapes: {', '.join(f'{k}={v}' for k, v in sorted(shapes.items()))}; "
                f"kinds: {', '.join(sorted({l['kind'] for l in p.labels}))}. "
                f"One further AI-training control is hidden ({p.hidden_method}) and not listed. "
                f"{p.units} visible control units; the rest are decoys.")
            exp = dict(url=p.url, lang=lang, notes=notes,
                       ai_training=[dict(label=l['label'], sharing=l['sharing']) for l in p.labels])
            (d / f'{p.slug}.expect.json').write_text(json.dumps(exp, ensure_ascii=False, indent=2) + '\n',
                                                      encoding='utf-8')
            meta.append(p.meta())
    (ROOT / 'tools' / 'meta.json').write_text(json.dumps(meta, ensure_ascii=False, indent=1) + '\n',
                                              encoding='utf-8')
    # summary
    for lang in LANGS:
        ms = [m for m in meta if m['lang'] == lang]
        ls = [l for m in ms for l in m['labels']]
        print(lang, 'labels', len(ls), 'true', sum(l['sharing'] for l in ls),
              'shapes', dict(collections.Counter(l['shape'] for l in ls)),
              'kinds', len({l['kind'] for l in ls}), dict(collections.Counter(l['kind'] for l in ls)),
              'units', [m['units'] for m in ms], 'methods', [m['hidden_method'] for m in ms])
    ls = [l for m in meta for l in m['labels']]
    print('total', len(ls), 'true', sum(l['sharing'] for l in ls),
          dict(collections.Counter(l['shape'] for l in ls)), dict(collections.Counter(l['kind'] for l in ls)))


if __name__ == '__main__':
    main()
