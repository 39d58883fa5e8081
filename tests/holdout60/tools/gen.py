"""Write every page, its expect file and tools/meta.json."""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

LANGS = os.environ.get("LANGS", "en de fr es pt it nl").split()


def main():
    meta = []
    for lang in LANGS:
        mod = importlib.import_module("pages_" + lang)
        os.makedirs(os.path.join(ROOT, lang), exist_ok=True)
        slugs = set()
        for fn in mod.PAGES:
            page, html = fn()
            assert page.lang == lang, page.slug
            assert page.slug not in slugs, page.slug
            slugs.add(page.slug)
            base = os.path.join(ROOT, lang, page.slug)
            with open(base + ".html", "w", encoding="utf-8") as f:
                f.write(html)
            with open(base + ".expect.json", "w", encoding="utf-8") as f:
                json.dump(page.expect(), f, ensure_ascii=False, indent=2)
                f.write("\n")
            meta.append(page.meta())
        assert len(slugs) == 5, (lang, len(slugs))
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d pages, %d labelled controls" % (len(meta), sum(len(m["labelled"]) for m in meta)))


if __name__ == "__main__":
    main()
