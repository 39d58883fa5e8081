#!/usr/bin/env python3
"""Writes <lang>/<page>.html, <lang>/<page>.expect.json and tools/meta.json."""
import importlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]


def main():
    meta = []
    for lang in LANGS:
        mod = importlib.import_module("pages_" + lang)
        pages = mod.pages()
        d = os.path.join(ROOT, lang)
        os.makedirs(d, exist_ok=True)
        for p in pages:
            assert p.lang == lang
            with open(os.path.join(d, p.slug + ".html"), "w", encoding="utf-8") as f:
                f.write(p.html())
            with open(os.path.join(d, p.slug + ".expect.json"), "w", encoding="utf-8") as f:
                json.dump(p.expect(), f, ensure_ascii=False, indent=2)
                f.write("\n")
            meta.append(p.meta())
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d pages, %d labelled, %d hidden" % (
        len(meta), sum(len(m["labels"]) for m in meta), sum(len(m["hidden"]) for m in meta)))


if __name__ == "__main__":
    main()
