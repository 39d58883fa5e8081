"""Write every page, its .expect.json and tools/meta.json."""
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
        pages = mod.pages()
        assert len(pages) == 5, (lang, len(pages))
        for pg in pages:
            html, expect, meta = pg.render()
            d = os.path.join(ROOT, lang)
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, pg.slug + ".html"), "w", encoding="utf-8") as f:
                f.write(html)
            with open(os.path.join(d, pg.slug + ".expect.json"), "w", encoding="utf-8") as f:
                json.dump(expect, f, ensure_ascii=False, indent=2)
                f.write("\n")
            metas.append(meta)
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(metas, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(metas)} pages")


if __name__ == "__main__":
    main()
