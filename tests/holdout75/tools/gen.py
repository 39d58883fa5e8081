"""Write holdout75 pages, expect files and tools/meta.json."""
import importlib, json, os, sys
from collections import Counter
from lib import METHODS

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]


def main():
    meta = []
    methods = Counter()
    for lang in LANGS:
        try:
            mod = importlib.import_module(f"pages_{lang}")
        except ModuleNotFoundError:
            print("skip", lang, file=sys.stderr)
            continue
        os.makedirs(os.path.join(ROOT, lang), exist_ok=True)
        for fn in mod.PAGES:
            p = fn()
            assert p.lang == lang
            html = p.render()
            with open(os.path.join(ROOT, lang, p.slug + ".html"), "w", encoding="utf-8") as f:
                f.write(html)
            with open(os.path.join(ROOT, lang, p.slug + ".expect.json"), "w", encoding="utf-8") as f:
                json.dump(p.expect(), f, ensure_ascii=False, indent=2)
                f.write("\n")
            methods[p.method] += 1
            meta.append(p.meta())
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    print("pages", len(meta), "labels", sum(len(m["labels"]) for m in meta), dict(methods))


if __name__ == "__main__":
    main()
