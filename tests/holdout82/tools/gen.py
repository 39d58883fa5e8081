"""Write pages, expect files and tools/meta.json."""
import importlib, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from lib import METHODS

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']


def main():
    meta = []
    for li, lang in enumerate(LANGS):
        try:
            mod = importlib.import_module(f'pages_{lang}')
        except ModuleNotFoundError:
            print('missing', lang)
            continue
        pages = mod.pages()
        os.makedirs(os.path.join(ROOT, lang), exist_ok=True)
        for pj, p in enumerate(pages):
            want = METHODS[(li * 5 + pj) % 7]
            assert p.method == want, (lang, p.name, p.method, want)
            assert len(p.hidden_ai) == 1, (p.name, p.hidden_ai)
            if not 15 <= p.units <= 35: print('UNITS', lang, p.name, p.units)
            if '<details>' in '\n'.join(p.body) and '<details>' not in p.notes:
                p.notes += ' One labelled control sits in a closed <details> (collapsed, not hidden).'
            base = os.path.join(ROOT, lang, p.name)
            with open(base + '.html', 'w', encoding='utf-8') as f:
                f.write(p.render())
            with open(base + '.expect.json', 'w', encoding='utf-8') as f:
                json.dump(p.expect(), f, ensure_ascii=False, indent=2)
                f.write('\n')
            meta.append(p.meta())
    with open(os.path.join(ROOT, 'tools', 'meta.json'), 'w', encoding='utf-8') as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    print(len(meta), 'pages,', sum(len(m['labels']) for m in meta), 'labels')


if __name__ == '__main__':
    main()
