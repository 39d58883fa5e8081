"""Writes <lang>/<slug>.html, <lang>/<slug>.expect.json and tools/meta.json."""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]


def main():
    metas = []
    for lang in LANGS:
        mod = importlib.import_module(f"pages_{lang}")
        d = os.path.join(ROOT, lang)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".html") or f.endswith(".expect.json"):
                os.remove(os.path.join(d, f))
        for p in mod.PAGES:
            assert p.lang == lang, p.slug
            doc, expect, meta = p.build()
            with open(os.path.join(d, p.slug + ".html"), "w", encoding="utf-8") as fh:
                fh.write(doc)
            with open(os.path.join(d, p.slug + ".expect.json"), "w", encoding="utf-8") as fh:
                json.dump(expect, fh, ensure_ascii=False, indent=2)
                fh.write("\n")
            metas.append(meta)
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
        json.dump(metas, fh, ensure_ascii=False, indent=1)
    n = sum(len(m["labels"]) for m in metas)
    print(f"wrote {len(metas)} pages, {n} labelled controls")


if __name__ == "__main__":
    main()
