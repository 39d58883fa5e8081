"""Writes <lang>/<page>.html, <lang>/<page>.expect.json and tools/meta.json."""
import importlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
LANGS = sys.argv[1:] or ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']


def main():
    meta = []
    for lang in LANGS:
        mod = importlib.import_module(f'pages_{lang}')
        os.makedirs(os.path.join(ROOT, lang), exist_ok=True)
        slugs = set()
        for fn in mod.PAGES:
            p = fn()
            assert p.lang == lang and p.slug not in slugs
            slugs.add(p.slug)
            with open(os.path.join(ROOT, lang, p.slug + '.html'), 'w', encoding='utf-8') as f:
                f.write(p.html)
            with open(os.path.join(ROOT, lang, p.slug + '.expect.json'), 'w', encoding='utf-8') as f:
                json.dump(p.expect(), f, ensure_ascii=False, indent=2)
                f.write('\n')
            meta.append(p.meta())
        assert len(slugs) == 5, (lang, len(slugs))
    with open(os.path.join(HERE, 'meta.json'), 'w', encoding='utf-8') as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write('\n')
    n = sum(len(m['labelled']) for m in meta)
    print(f'{len(meta)} pages, {n} labelled controls')


if __name__ == '__main__':
    main()
