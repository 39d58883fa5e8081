#!/usr/bin/env python3
"""Write every page, its expect file and tools/meta.json."""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from lib import LANGS  # noqa: E402


def main():
    meta = {}
    for lang in LANGS:
        mod = importlib.import_module(f"pages_{lang}")
        pages = mod.build()
        out = os.path.join(ROOT, lang)
        os.makedirs(out, exist_ok=True)
        for f in os.listdir(out):
            if f.endswith(".html") or f.endswith(".expect.json"):
                os.remove(os.path.join(out, f))
        for p in pages:
            assert p.lang == lang, p.slug
            key = f"{lang}/{p.slug}"
            assert key not in meta, key
            with open(os.path.join(out, p.slug + ".html"), "w", encoding="utf-8") as fh:
                fh.write(p.render())
            with open(os.path.join(out, p.slug + ".expect.json"), "w", encoding="utf-8") as fh:
                json.dump(p.expect(), fh, ensure_ascii=False, indent=2)
                fh.write("\n")
            meta[key] = p.meta()
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(meta)} pages")


if __name__ == "__main__":
    main()
