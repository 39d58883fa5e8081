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
    meta = []
    for lang in LANGS:
        mod = importlib.import_module(f"pages_{lang}")
        os.makedirs(os.path.join(ROOT, lang), exist_ok=True)
        for build in mod.PAGES:
            p = build()
            assert p.lang == lang
            base = os.path.join(ROOT, lang, p.slug)
            with open(base + ".html", "w", encoding="utf-8") as f:
                f.write(p.render())
            with open(base + ".expect.json", "w", encoding="utf-8") as f:
                json.dump(p.expect(), f, ensure_ascii=False, indent=2)
                f.write("\n")
            if not p.hidden:
                raise SystemExit(f"{lang}/{p.slug}: no hidden AI-training decoy")
            meta.append(p.meta())
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(meta)} pages, {sum(len(m['labels']) for m in meta)} labelled controls")


if __name__ == "__main__":
    main()
