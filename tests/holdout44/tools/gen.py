#!/usr/bin/env python3
"""Write every page, its expect file and tools/meta.json."""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]


def main():
    meta = {}
    for lang in LANGS:
        mod = importlib.import_module(f"pages_{lang}")
        d = os.path.join(ROOT, lang)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".html") or f.endswith(".expect.json"):
                os.remove(os.path.join(d, f))
        for page in mod.pages():
            assert page.lang == lang, page.slug
            assert page.hiding == 0, page.slug
            with open(os.path.join(d, page.slug + ".html"), "w", encoding="utf-8") as fh:
                fh.write(page.render())
            with open(os.path.join(d, page.slug + ".expect.json"), "w", encoding="utf-8") as fh:
                json.dump(page.expect(), fh, ensure_ascii=False, indent=2)
                fh.write("\n")
            meta[f"{lang}/{page.slug}"] = page.meta()
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print(f"wrote {len(meta)} pages")


if __name__ == "__main__":
    main()
