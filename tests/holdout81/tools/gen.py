"""Writes <lang>/<page>.html, <lang>/<page>.expect.json and tools/meta.json."""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from lib import METHODS  # noqa: E402

LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]


def main():
    meta = []
    k = 0
    for lang in LANGS:
        mod = importlib.import_module(f"pages_{lang}")
        os.makedirs(os.path.join(ROOT, lang), exist_ok=True)
        assert len(mod.BUILDERS) == 5, lang
        for b in mod.BUILDERS:
            method = METHODS[k % len(METHODS)]
            k += 1
            page = b(method)
            assert page.lang == lang
            markup = page.render()
            base = os.path.join(ROOT, lang, page.slug)
            with open(base + ".html", "w", encoding="utf-8") as f:
                f.write(markup)
            with open(base + ".expect.json", "w", encoding="utf-8") as f:
                json.dump(page.expect(), f, ensure_ascii=False, indent=2)
                f.write("\n")
            meta.append(page.meta())
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    print(f"{len(meta)} pages, {sum(len(m['labels']) for m in meta)} labels")


if __name__ == "__main__":
    main()
