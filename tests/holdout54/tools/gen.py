"""Write every page, its expect file and tools/meta.json."""
import importlib
import json
import os
import sys
sys.dont_write_bytecode = True

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
            print(f"(no pages for {lang} yet)")
            continue
        pages = mod.pages()
        assert len(pages) == 5, (lang, len(pages))
        os.makedirs(os.path.join(ROOT, lang), exist_ok=True)
        for p in pages:
            assert p.lang == lang
            doc, expect, m = p.build()
            with open(os.path.join(ROOT, lang, p.slug + ".html"), "w", encoding="utf-8") as f:
                f.write(doc)
            with open(os.path.join(ROOT, lang, p.slug + ".expect.json"), "w", encoding="utf-8") as f:
                json.dump(expect, f, ensure_ascii=False, indent=2)
                f.write("\n")
            meta.append(m)
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(meta)} pages, {sum(len(m['labels']) for m in meta)} labelled controls, "
          f"{sum(m['units'] for m in meta)} control units")


if __name__ == "__main__":
    main()
