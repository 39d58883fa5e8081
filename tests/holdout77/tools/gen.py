"""Write pages, expect files and tools/meta.json for holdout77."""
import importlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]


def main():
    metas = []
    for li, lang in enumerate(LANGS):
        mod = importlib.import_module(f"pages_{lang}")
        specs = [r for r in lib.REG if r["lang"] == lang]
        assert len(specs) == 5, (lang, len(specs))
        for j, s in enumerate(specs):
            method = lib.METHODS[(li * 5 + j) % 7]
            P = lib.Page(lang, s["name"], s["url"], s["service"], s["title"], mod.CHROME, s["nav"],
                         known=s["known"], notes=s["notes"], hide=method)
            s["fn"](P)
            assert len(P.hidden_ai) == 1, (P.name, P.hidden_ai)
            os.makedirs(os.path.join(ROOT, lang), exist_ok=True)
            base = os.path.join(ROOT, lang, s["name"])
            with open(base + ".html", "w", encoding="utf-8") as f:
                f.write(P.render())
            with open(base + ".expect.json", "w", encoding="utf-8") as f:
                json.dump(P.expect(), f, ensure_ascii=False, indent=2)
                f.write("\n")
            metas.append(P.meta())
    with open(os.path.join(ROOT, "tools", "meta.json"), "w", encoding="utf-8") as f:
        json.dump(metas, f, ensure_ascii=False, indent=1)
    print(f"{len(metas)} pages, {sum(len(m['labels']) for m in metas)} labels")


if __name__ == "__main__":
    main()
