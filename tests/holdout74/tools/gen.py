"""Write pages, expect files and tools/meta.json for holdout74."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import lib  # noqa: E402

LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]


def main():
    metas = []
    methods = Counter()
    for lang in LANGS:
        mod = __import__(f"pages_{lang}")
        pages = mod.pages()
        assert len(pages) == 5, (lang, len(pages))
        os.makedirs(os.path.join(ROOT, lang), exist_ok=True)
        for p in pages:
            assert p.lang == lang
            assert len(p.hidden) == 1, (p.slug, p.hidden)
            assert p.labels, p.slug
            names = [r["label"] for r in p.labels]
            assert len(set(names)) == len(names), (p.slug, names)
            methods[p.hidden[0]["method"]] += 1
            with open(os.path.join(ROOT, lang, p.slug + ".html"), "w", encoding="utf-8") as f:
                f.write(p.render())
            with open(os.path.join(ROOT, lang, p.slug + ".expect.json"), "w", encoding="utf-8") as f:
                json.dump(p.expect(), f, ensure_ascii=False, indent=2)
                f.write("\n")
            metas.append(p.meta())
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(metas, f, ensure_ascii=False, indent=1)
    print("pages", len(metas), "labels", sum(len(m["labels"]) for m in metas))
    print("methods", dict(methods))
    bad = [m for m, c in methods.items() if c != 5]
    if bad or len(methods) != 7:
        print("WARNING: hiding methods not 5 each", dict(methods))


if __name__ == "__main__":
    main()
