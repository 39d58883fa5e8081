#!/usr/bin/env python3
"""Writes <lang>/<page>.html, <lang>/<page>.expect.json and tools/meta.json."""
import importlib, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]


def main():
    metas = []
    for lang in LANGS:
        if os.environ.get("PARTIAL") and not os.path.exists(os.path.join(HERE, f"pages_{lang}.py")):
            continue
        mod = importlib.import_module(f"pages_{lang}")
        pages = mod.pages()
        assert len(pages) == 5, (lang, len(pages))
        d = os.path.join(ROOT, lang)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
        for p in pages:
            assert p.lang == lang
            assert not p.hid, p.name
            with open(os.path.join(d, p.name + ".html"), "w", encoding="utf-8") as f:
                f.write(p.render())
            with open(os.path.join(d, p.name + ".expect.json"), "w", encoding="utf-8") as f:
                json.dump(p.expect(), f, ensure_ascii=False, indent=2)
                f.write("\n")
            metas.append(p.meta())
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump({"pages": metas}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(metas)} pages, {sum(len(m['labelled']) for m in metas)} labelled controls")


if __name__ == "__main__":
    main()
