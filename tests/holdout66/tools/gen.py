"""Writes the saved pages, their .expect.json files and tools/meta.json."""
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
        try:
            mod = importlib.import_module(f"pages_{lang}")
        except ModuleNotFoundError:
            print(f"skip {lang}: no pages_{lang}.py")
            continue
        os.makedirs(os.path.join(ROOT, lang), exist_ok=True)
        slugs = set()
        for page in mod.pages():
            assert page.lang == lang and page.slug not in slugs, page.slug
            slugs.add(page.slug)
            base = os.path.join(ROOT, lang, page.slug)
            with open(base + ".html", "w", encoding="utf-8") as f:
                f.write(page.html())
            with open(base + ".expect.json", "w", encoding="utf-8") as f:
                json.dump(page.expect_json(), f, ensure_ascii=False, indent=2)
                f.write("\n")
            meta.append(page.meta())
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(meta)} pages, {sum(len(m['expect']) for m in meta)} labelled controls")


if __name__ == "__main__":
    main()
