"""Write every page, its .expect.json and tools/meta.json."""
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
    meta = {"set": "blind57", "pages": []}
    for lang in LANGS:
        mod = importlib.import_module(f"pages_{lang}")
        pages = mod.pages()
        assert len(pages) == 5, (lang, len(pages))
        os.makedirs(os.path.join(ROOT, lang), exist_ok=True)
        for pg in pages:
            assert pg.lang == lang
            pg.validate()
            base = os.path.join(ROOT, lang, pg.slug)
            with open(base + ".html", "w", encoding="utf-8") as f:
                f.write(pg.render())
            exp = {
                "url": pg.url,
                "lang": lang,
                "notes": pg.notes,
                "ai_training": [{"label": l["label"], "sharing": l["sharing"]} for l in pg.labels],
            }
            with open(base + ".expect.json", "w", encoding="utf-8") as f:
                json.dump(exp, f, ensure_ascii=False, indent=2)
                f.write("\n")
            meta["pages"].append({
                "lang": lang, "page": pg.slug, "service": pg.service, "url": pg.url,
                "known": pg.known, "units": pg.units,
                "labelled": [{k: l[k] for k in ("label", "sharing", "shape", "kind", "id")} for l in pg.labels],
                "hidden_decoys": pg.hidden_decoys,
                "hidden_mechanisms": sorted(set(pg.mechs_used)),
                "hide_class": pg.hide_class,
            })
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(p["labelled"]) for p in meta["pages"])
    print(f"wrote {len(meta['pages'])} pages, {n} labelled controls")


if __name__ == "__main__":
    main()
