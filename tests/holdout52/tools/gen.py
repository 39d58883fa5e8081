"""Writes <lang>/<page>.html, <lang>/<page>.expect.json and tools/meta.json."""
import importlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
LANGS = [l for l in ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl'] if os.path.exists(os.path.join(HERE, f'pages_{l}.py'))]


def main():
    meta = []
    for lang in LANGS:
        mod = importlib.import_module(f'pages_{lang}')
        pages = mod.pages()
        assert len(pages) == 5, (lang, len(pages))
        os.makedirs(os.path.join(ROOT, lang), exist_ok=True)
        for p in pages:
            assert p.lang == lang
            base = os.path.join(ROOT, lang, p.slug)
            with open(base + '.html', 'w', encoding='utf-8') as f:
                f.write(p.render())
            with open(base + '.expect.json', 'w', encoding='utf-8') as f:
                json.dump(p.expect(), f, ensure_ascii=False, indent=2)
                f.write('\n')
            meta.append(p.meta())
    with open(os.path.join(HERE, 'meta.json'), 'w', encoding='utf-8') as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write('\n')
    n = sum(m['labelled'] for m in meta)
    print(f'wrote {len(meta)} pages, {n} labelled controls')


if __name__ == '__main__':
    main()
