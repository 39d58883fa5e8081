#!/usr/bin/env python3
"""Write every page, its .expect.json and tools/meta.json."""
import importlib
import json
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]


def main():
    metas = []
    for lang in LANGS:
        try:
            mod = importlib.import_module(f"pages_{lang}")
        except ModuleNotFoundError:
            print(f"skip {lang}: no pages_{lang}.py")
            continue
        os.makedirs(os.path.join(ROOT, lang), exist_ok=True)
        seen = set()
        for fn in mod.PAGES:
            page = fn()
            assert page.lang == lang, (page.slug, page.lang)
            assert page.slug not in seen, page.slug
            seen.add(page.slug)
            base = os.path.join(ROOT, lang, page.slug)
            with open(base + ".html", "w", encoding="utf-8") as f:
                f.write(page.render())
            with open(base + ".expect.json", "w", encoding="utf-8") as f:
                json.dump(page.expect(), f, ensure_ascii=False, indent=2)
                f.write("\n")
            metas.append(page.meta())
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump({"set": "blind46", "theme": "travel, hotels, restaurants and food", "pages": metas},
                  f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(metas)} pages, {sum(m['labelled'] for m in metas)} labelled controls")


if __name__ == "__main__":
    main()
