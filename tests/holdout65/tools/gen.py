"""Writes <lang>/<page>.html, <lang>/<page>.expect.json and tools/meta.json."""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import lib  # noqa: E402

LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]


def main():
    meta = []
    for lang in (sys.argv[1:] or LANGS):
        mod = importlib.import_module(f"pages_{lang}")
        os.makedirs(os.path.join(ROOT, lang), exist_ok=True)
        for fn in mod.PAGES:
            lib.reset_ids()
            p = fn()
            assert p.lang == lang, (p.slug, p.lang)
            base = os.path.join(ROOT, lang, p.slug)
            with open(base + ".html", "w", encoding="utf-8") as f:
                f.write(p.html)
            with open(base + ".expect.json", "w", encoding="utf-8") as f:
                json.dump(p.expect(), f, ensure_ascii=False, indent=2)
                f.write("\n")
            meta.append(p.meta())
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(meta)} pages, {sum(len(m['entries']) for m in meta)} labelled controls, "
          f"{sum(len(m['hidden']) for m in meta)} hidden")


if __name__ == "__main__":
    main()
