#!/usr/bin/env python3
"""Write pages, expect files and tools/meta.json for holdout79."""
import importlib, json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]

def main():
    only = sys.argv[1:] or LANGS
    allmeta = []
    for lang in LANGS:
        mod = importlib.import_module(f"pages_{lang}") if (HERE / f"pages_{lang}.py").exists() else None
        if mod is None:
            continue
        pages = mod.build()
        out = ROOT / lang
        out.mkdir(exist_ok=True)
        for p in pages:
            p.finish()
            (out / f"{p.slug}.html").write_text(p.html, encoding="utf-8")
            (out / f"{p.slug}.expect.json").write_text(
                json.dumps(p.expect(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            allmeta.append(p.meta())
    (HERE / "meta.json").write_text(json.dumps({"pages": allmeta}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(allmeta)} pages")

if __name__ == "__main__":
    main()
