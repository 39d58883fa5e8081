"""Write every page, its .expect.json and tools/meta.json."""
import importlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
LANGS = os.environ.get("LANGS", "en de fr es pt it nl").split()


def main():
    meta = []
    for lang in LANGS:
        mod = importlib.import_module(f"pages_{lang}")
        os.makedirs(os.path.join(ROOT, lang), exist_ok=True)
        for fn in mod.PAGES:
            page, html = fn()
            assert page.lang == lang
            with open(os.path.join(ROOT, lang, page.slug + ".html"), "w", encoding="utf-8") as f:
                f.write(html)
            with open(os.path.join(ROOT, lang, page.slug + ".expect.json"), "w", encoding="utf-8") as f:
                json.dump(page.expect(), f, ensure_ascii=False, indent=2)
                f.write("\n")
            meta.append(page.meta())
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(meta)} pages, {sum(len(m['labels']) for m in meta)} labelled controls")


if __name__ == "__main__":
    main()
