"""Write every page, its .expect.json and tools/meta.json."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import importlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
# side-navigation entry that is current where it is not the one named like the <h1>
ACTIVE_NAV = {
    "deepseek-settings": 5, "x-grok-partage-donnees": 4, "figma-admin-ia": 6,
    "squarespace-crawler": 5, "macos-analisi-e-miglioramenti": 5,
    "linkedin-gegevens-generatieve-ai": 3, "atlassian-gegevensbijdrage": 3,
    "instagram-widerspruch-ki": 3, "facebook-direito-de-oposicao-ia": 3,
}


def main():
    meta = []
    for lang in LANGS:
        try:
            mod = importlib.import_module(f"pages_{lang}")
        except ModuleNotFoundError:
            continue
        d = os.path.join(ROOT, lang)
        os.makedirs(d, exist_ok=True)
        for p in mod.pages():
            assert p.lang == lang
            p.active_nav = ACTIVE_NAV.get(p.slug, p.active_nav)
            html = p.render()
            with open(os.path.join(d, p.slug + ".html"), "w", encoding="utf-8") as f:
                f.write(html)
            with open(os.path.join(d, p.slug + ".expect.json"), "w", encoding="utf-8") as f:
                json.dump(p.expect(), f, ensure_ascii=False, indent=2)
                f.write("\n")
            meta.append(p.meta())
    with open(os.path.join(ROOT, "tools", "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{len(meta)} pages written")


if __name__ == "__main__":
    main()
