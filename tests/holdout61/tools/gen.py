"""Writes every page, its .expect.json and tools/meta.json."""
import importlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
LANGS = os.environ.get("ONLY_LANGS", "en de fr es pt it nl").split()


def main():
    meta = []
    for lang in LANGS:
        mod = importlib.import_module(f"pages_{lang}")
        pages = mod.pages()
        assert len(pages) == 5, (lang, len(pages))
        for p in pages:
            assert p.lang == lang
            out = os.path.join(ROOT, lang)
            os.makedirs(out, exist_ok=True)
            with open(os.path.join(out, p.slug + ".html"), "w", encoding="utf-8") as f:
                f.write(p.render())
            with open(os.path.join(out, p.slug + ".expect.json"), "w", encoding="utf-8") as f:
                json.dump(p.expect(), f, ensure_ascii=False, indent=2)
                f.write("\n")
            meta.append(p.meta())
            assert 15 <= p.units <= 35, (p.slug, p.units)
            assert p.hidden_ai, (p.slug, "needs a hidden AI-training decoy")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(m["labels"]) for m in meta)
    print(f"wrote {len(meta)} pages, {n} labelled controls")


if __name__ == "__main__":
    main()
