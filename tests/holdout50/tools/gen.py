"""Write every page, its expect file and tools/meta.json.

    python3 tools/gen.py
"""
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
    seen = set()
    for lang in LANGS:
        mod = importlib.import_module("pages_" + lang)
        pages = [f() for f in mod.PAGES]
        assert len(pages) == 5, (lang, len(pages))
        outdir = os.path.join(ROOT, lang)
        os.makedirs(outdir, exist_ok=True)
        # drop files of pages that no longer exist
        keep = set()
        for p in pages:
            assert p.lang == lang, (p.slug, p.lang)
            assert (lang, p.slug) not in seen, p.slug
            seen.add((lang, p.slug))
            assert 15 <= p.units <= 35, (p.slug, p.units)
            assert p.hidden_ai, "%s: no hidden AI-training decoy" % p.slug
            labels = [d["label"] for d in p.labelled]
            assert len(labels) == len(set(labels)), (p.slug, labels)
            keep.update([p.slug + ".html", p.slug + ".expect.json"])
            with open(os.path.join(outdir, p.slug + ".html"), "w", encoding="utf-8") as f:
                f.write(p.render())
            with open(os.path.join(outdir, p.slug + ".expect.json"), "w", encoding="utf-8") as f:
                json.dump(p.expect(), f, ensure_ascii=False, indent=2)
                f.write("\n")
            meta.append(p.meta())
        for fn in os.listdir(outdir):
            if fn not in keep:
                os.remove(os.path.join(outdir, fn))
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump({"set": "blind50",
                   "theme": "energy, utilities, insurance and home services",
                   "pages": meta}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(m["labelled"]) for m in meta)
    print("wrote %d pages, %d labelled controls" % (len(meta), n))


if __name__ == "__main__":
    main()
