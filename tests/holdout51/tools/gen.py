"""Writes the pages, their .expect.json files and tools/meta.json."""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

LANGS = [l for l in ["en", "de", "fr", "es", "pt", "it", "nl"] if os.path.exists(os.path.join(HERE, "pages_%s.py" % l))]


def main():
    meta = []
    for lang in LANGS:
        mod = importlib.import_module("pages_" + lang)
        d = os.path.join(ROOT, lang)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".html") or f.endswith(".expect.json"):
                os.remove(os.path.join(d, f))
        slugs = set()
        for build in mod.PAGES:
            p = build()
            assert p.lang == lang and p.slug not in slugs, p.slug
            slugs.add(p.slug)
            assert p.hidden_ai, "no hidden ai-training decoy on " + p.slug
            with open(os.path.join(d, p.slug + ".html"), "w", encoding="utf-8") as fh:
                fh.write(p.render())
            with open(os.path.join(d, p.slug + ".expect.json"), "w", encoding="utf-8") as fh:
                json.dump(p.expect(), fh, ensure_ascii=False, indent=2)
                fh.write("\n")
            meta.append(p.meta())
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
        json.dump({"set": "blind51", "theme": "charities, clubs, volunteering and membership organisations",
                   "pages": meta}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    n = sum(len(m["labels"]) for m in meta)
    print("wrote %d pages, %d labelled controls" % (len(meta), n))


if __name__ == "__main__":
    main()
