"""Write <lang>/<page>.html, <lang>/<page>.expect.json and tools/meta.json."""
import importlib, json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']


def main():
    meta, methods = [], Counter()
    for lang in LANGS:
        try:
            mod = importlib.import_module(f'pages_{lang}')
        except ModuleNotFoundError:
            print('missing', lang); continue
        os.makedirs(os.path.join(ROOT, lang), exist_ok=True)
        for p in mod.pages():
            assert len(p.hid) == 1, (p.slug, p.hid)
            assert p.hid[0]['method'] == p.hide, (p.slug, p.hid[0]['method'], p.hide)
            methods[p.hide] += 1
            base = os.path.join(ROOT, lang, p.slug)
            with open(base + '.html', 'w', encoding='utf-8') as f:
                f.write(p.html())
            with open(base + '.expect.json', 'w', encoding='utf-8') as f:
                json.dump(p.expect(), f, ensure_ascii=False, indent=2); f.write('\n')
            meta.append(p.meta())
    with open(os.path.join(HERE, 'meta.json'), 'w', encoding='utf-8') as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    print(len(meta), 'pages;', sum(len(m['labels']) for m in meta), 'labels; hide methods', dict(methods))


if __name__ == '__main__':
    main()
