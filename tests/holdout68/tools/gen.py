"""Write every page, its .expect.json and tools/meta.json."""
import json, os, sys, importlib
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]


def main():
    meta = []
    for lang in LANGS:
        mod = importlib.import_module(f"pages_{lang}")
        pages = mod.pages()
        assert len(pages) == 5, (lang, len(pages))
        os.makedirs(os.path.join(ROOT, lang), exist_ok=True)
        for p in pages:
            assert p.lang == lang
            base = os.path.join(ROOT, lang, p.slug)
            with open(base + ".html", "w", encoding="utf-8") as f:
                f.write(p.render())
            with open(base + ".expect.json", "w", encoding="utf-8") as f:
                json.dump(p.expect(), f, ensure_ascii=False, indent=2)
                f.write("\n")
            meta.append(p.meta())
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(meta)} pages")


if __name__ == "__main__":
    main()
