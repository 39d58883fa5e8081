"""Write every page, its expect file and tools/meta.json."""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]


def main():
    meta = {"pages": []}
    bad = []
    for lang in LANGS:
        mod = importlib.import_module(f"pages_{lang}")
        pages = mod.build()
        assert len(pages) == 5, (lang, len(pages))
        os.makedirs(os.path.join(ROOT, lang), exist_ok=True)
        slugs = set()
        for p in pages:
            assert p.lang == lang and p.slug not in slugs
            slugs.add(p.slug)
            if not 15 <= p.units <= 35:
                bad.append((lang, p.slug, p.units))
            assert p.hidden_ai, (lang, p.slug, "needs a hidden AI-training decoy")
            assert p.labels, (lang, p.slug)
            base = os.path.join(ROOT, lang, p.slug)
            with open(base + ".html", "w", encoding="utf-8") as f:
                f.write(p.render())
            with open(base + ".expect.json", "w", encoding="utf-8") as f:
                json.dump(p.expect(), f, ensure_ascii=False, indent=2)
                f.write("\n")
            meta["pages"].append(p.meta())
    assert not bad, f"pages outside 15-35 visible control units: {bad}"
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(m["labels"]) for m in meta["pages"])
    print(f"wrote {len(meta['pages'])} pages, {n} labelled controls")


if __name__ == "__main__":
    main()
