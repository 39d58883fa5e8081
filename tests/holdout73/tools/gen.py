#!/usr/bin/env python3
"""Writes every page, its expect file and tools/meta.json."""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]


def main():
    meta = {"set": "blind73", "pages": []}
    for lang in LANGS:
        mod = importlib.import_module(f"pages_{lang}")
        d = os.path.join(ROOT, lang)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
        pages = mod.pages()
        assert len(pages) == 5, (lang, len(pages))
        for p in pages:
            assert p.lang == lang
            with open(os.path.join(d, p.slug + ".html"), "w", encoding="utf-8") as fh:
                fh.write(p.render())
            with open(os.path.join(d, p.slug + ".expect.json"), "w", encoding="utf-8") as fh:
                json.dump(p.expect(), fh, ensure_ascii=False, indent=2)
                fh.write("\n")
            meta["pages"].append({"lang": lang, "slug": p.slug, "url": p.url, "service": p.brand,
                                  "theme": p.theme, "known": p.known, "labels": p.labels,
                                  "hidden": p.hidden})
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    n = sum(len(p["labels"]) for p in meta["pages"])
    print(f"wrote {len(meta['pages'])} pages, {n} labels")


if __name__ == "__main__":
    main()
