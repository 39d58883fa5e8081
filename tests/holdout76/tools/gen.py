"""Generate holdout76 pages, expect files and tools/meta.json."""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
KIND_NOTE = {"checkbox": "checkbox", "switch-checkbox": "checkbox role=switch", "radio-fieldset": "radio fieldset",
             "aria-radiogroup": "role=radiogroup", "segmented": "aria-pressed group", "select": "select",
             "button-switch": "button role=switch", "state-row": "state row", "table-checkbox": "table-cell checkbox"}
SHAPE_NOTE = {"i": "inverted", "v": "vague+help", "h": "heading-only", "p": "plain"}


def main():
    meta = []
    for lang in LANGS:
        try:
            mod = importlib.import_module(f"pages_{lang}")
        except ModuleNotFoundError:
            print("skip", lang)
            continue
        os.makedirs(os.path.join(ROOT, lang), exist_ok=True)
        for p in mod.pages():
            html = p.render()
            with open(os.path.join(ROOT, lang, p.slug + ".html"), "w", encoding="utf-8") as f:
                f.write(html)
            m = p.meta()
            parts = [f"{p.site}: {'plausible reconstruction of a known service (all copy and AI settings invented)' if p.known else 'invented service'}."]
            parts.append("Labelled: " + "; ".join(f"{SHAPE_NOTE[l['shape']]} {KIND_NOTE[l['kind']]}" for l in p.labels) + ".")
            parts.append(f"One AI-training control hidden via {p.method} (not labelled).")
            if p.notes:
                parts.append(p.notes)
            parts.append("Decoys: personalisation, notifications (some about AI features), AI features that do not train on the person's data, ads, export, security, display.")
            exp = dict(url=p.url, lang=("pt" if lang == "pt" else lang), notes=" ".join(parts),
                       ai_training=[dict(label=l["label"], sharing=l["sharing"]) for l in p.labels])
            with open(os.path.join(ROOT, lang, p.slug + ".expect.json"), "w", encoding="utf-8") as f:
                json.dump(exp, f, ensure_ascii=False, indent=2)
                f.write("\n")
            meta.append(m)
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    print(len(meta), "pages,", sum(len(m["labels"]) for m in meta), "labels")


if __name__ == "__main__":
    main()
