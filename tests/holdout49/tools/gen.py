#!/usr/bin/env python3
"""Write the pages, their expect files and tools/meta.json."""
import glob
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]


def main():
    meta = []
    for lang in LANGS:
        mod = importlib.import_module(f"pages_{lang}")
        pages = mod.pages()
        if len(pages) != 5:
            sys.exit(f"{lang}: expected 5 pages, got {len(pages)}")
        d = os.path.join(ROOT, lang)
        os.makedirs(d, exist_ok=True)
        for f in glob.glob(os.path.join(d, "*.html")) + glob.glob(os.path.join(d, "*.expect.json")):
            os.remove(f)
        for p in pages:
            assert p.lang == lang
            with open(os.path.join(d, p.slug + ".html"), "w", encoding="utf-8") as fh:
                fh.write(p.render())
            with open(os.path.join(d, p.slug + ".expect.json"), "w", encoding="utf-8") as fh:
                json.dump(p.expect(), fh, ensure_ascii=False, indent=2)
                fh.write("\n")
            meta.append(p.meta())
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
        json.dump({"set": "blind49", "theme": "music, podcasts, audiobooks and radio", "pages": meta},
                  fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    n = sum(m["labelled"] for m in meta)
    print(f"wrote {len(meta)} pages, {n} labelled controls")


if __name__ == "__main__":
    main()
