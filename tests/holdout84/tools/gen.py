"""Write pages, expect files and tools/meta.json for holdout84."""
import json, os, sys, importlib
from collections import Counter
sys.path.insert(0, os.path.dirname(__file__))
from lib import METHODS, SHAPES, KINDS

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']


def main():
    meta = []
    for lang in LANGS:
        try:
            mod = importlib.import_module(f'pages_{lang}')
        except ModuleNotFoundError:
            print('missing', lang)
            continue
        os.makedirs(os.path.join(ROOT, lang), exist_ok=True)
        for p in mod.pages():
            with open(os.path.join(ROOT, lang, p.slug + '.html'), 'w', encoding='utf-8') as f:
                f.write(p.render())
            with open(os.path.join(ROOT, lang, p.slug + '.expect.json'), 'w', encoding='utf-8') as f:
                json.dump(p.expect(), f, ensure_ascii=False, indent=2)
                f.write('\n')
            m = p.meta()
            assert len(m['hidden']) == 1, (m['page'], m['hidden'])
            names = [r['name'] for r in p.recs if not r['hidden']]
            meta.append(m)
    with open(os.path.join(ROOT, 'tools', 'meta.json'), 'w', encoding='utf-8') as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    # summary
    for lang in LANGS:
        ms = [m for m in meta if m['lang'] == lang]
        labs = [l for m in ms for l in m['labels']]
        sh = Counter(l['shape'] for l in labs)
        kd = Counter(l['kind'] for l in labs)
        print(lang, 'pages', len(ms), 'labels', len(labs), 'true', sum(l['sharing'] for l in labs),
              'shapes', dict(sh), 'kinds', len(kd), dict(kd),
              'hidden', [m['hidden'][0]['method'] for m in ms], 'ctl', [m['visible_controls'] for m in ms])
    print('methods', Counter(m['hidden'][0]['method'] for m in meta))
    labs = [l for m in meta for l in m['labels']]
    print('total pages', len(meta), 'labels', len(labs), 'true', sum(l['sharing'] for l in labs),
          'shapes', Counter(l['shape'] for l in labs), 'kinds', Counter(l['kind'] for l in labs),
          'known', sum(m['known'] for m in meta))


if __name__ == '__main__':
    main()
