#!/usr/bin/env python3
"""Write README.md from tools/meta.json."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
SHAPE_NAMES = {"i": "inverted", "v": "vague+help", "h": "heading-only", "p": "plain"}


def cell(s):
    return str(s).replace("|", "\\|")


def main():
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as fh:
        meta = json.load(fh)
    pages = meta["pages"]
    out = []
    w = out.append
    w("# blind49 — blind evaluation set: music, podcasts, audiobooks and radio")
    w("")
    w("Thirty-five saved settings pages (five per language: en, de, fr, es, pt-BR, it, nl) from music streaming, "
      "podcast apps and podcast hosting, audiobook services, radio stations, karaoke, music lessons and band/DJ/choir "
      "workspaces, each with the truth about its AI-training controls.")
    w("")
    w("## How it was written (blind)")
    w("")
    w("The set was written without looking at the detector. The only project file read was "
      "`tests/corpus/README.md` (page layout, label format, matching rule); no engine code, lexicon, catalog, "
      "tests, other corpora or blind sets, and no project tool or git command was used. The wording was written "
      "fresh in each language, as a product writer in that language would phrase a settings page, not translated "
      "from English and not tuned to be easy or hard for any detector. Ten pages are plausible reconstructions of "
      "well-known services at plausible settings URLs (own markup and copy, not copies); the rest are invented "
      "services on `.test` domains.")
    w("")
    w("## Layout")
    w("")
    w("```")
    w("<lang>/<page>.html           saved page: <!DOCTYPE html>, <!-- saved from url=(NNNN)URL -->, <html lang=…>")
    w("<lang>/<page>.expect.json    {url, lang, notes, ai_training: [{label, sharing}]}")
    w("tools/lib.py                 page builder (widgets, hidden blocks, bookkeeping)")
    w("tools/pages_<lang>.py        the five pages of each language")
    w("tools/gen.py                 writes pages, expect files and tools/meta.json")
    w("tools/make_readme.py         writes this README from tools/meta.json")
    w("check.py                     self-check with its own HTML parser and accessible-name computation")
    w("```")
    w("")
    w("Regenerate and check: `python3 tools/gen.py && python3 tools/make_readme.py && python3 check.py`.")
    w("")
    w("Every page has a header (search box, language select, an account-menu button whose menu is `hidden`), a side "
      "navigation, a footer, and 15–35 visible control units in `<main>`, most of them decoys. A *control unit* is a "
      "form control, a button or an element with a widget role (switch, checkbox, tab…); a set of radio buttons counts "
      "once, and so does a group of `aria-pressed` buttons. Controls inside a closed `<details>` count (collapsed, not "
      "hidden); hidden ones do not. Links are not controls.")
    w("")
    w("## What is labelled")
    w("")
    w("`ai_training` lists every visible control whose concern is the use of the person's (or their household's, "
      "family's, band's, class's or team's) data to train or improve AI / machine-learning models — the service's own "
      "or others' (partners, labels, AI companies, crawlers, research labs) — and nothing else. Decoys that are not "
      "listed: AI features that do not train on the person's data (AI DJ, automatic transcripts, chapters, summaries, "
      "translated lyrics, AI narration, auto-mastering, on-device voice control, AI-content labels), 'training' as "
      "practice or workouts, personalised recommendations and ads, visibility and sharing with other people, parental "
      "controls, notifications, analytics and crash reports whose help says they are not used for training, data "
      "export, connected apps, playback and quality settings.")
    w("")
    w("* `label` is the accessible name as a browser computes it (aria-labelledby → aria-label → label → legend / "
      "radiogroup name for a radio set → content for buttons and `role=switch`). Per-row tables: the row control's "
      "own name (row header, or row + column header). State rows: the action button's name, with its visually hidden "
      "suffix or its aria-labelledby target. Segmented `aria-pressed` buttons: the group's name.")
    w("* `sharing` is whether, in the state shown, the data IS used for training; inverted wording is resolved "
      "against the state; for selects, radio sets and segmented groups the selected option decides.")
    w("* Every page carries at least one hidden AI-training decoy (not listed): `display:none` inline or by class, "
      "the `hidden` attribute, `aria-hidden=\"true\"`, `visibility:hidden` inline or by class, a closed `<dialog>`, "
      "or an inactive tab panel.")
    w("")
    w("## Shapes")
    w("")
    w("Each labelled control has one wording shape:")
    w("")
    w("* **i — inverted**: the name says the opposite of sharing (exclude, don't use, keep out, opt out, object / "
      "objection, withdraw or revoke consent, cancel an objection, pause, block, disable, protect from, stop, refuse), "
      "as imperative, infinitive, noun or participle; true and false states mixed.")
    w("* **v — vague+help**: the name alone does not say training (a programme or panel name, 'help improve X'); "
      "only the help text does (tied by aria-describedby or just placed nearby).")
    w("* **h — heading-only**: the name is meaningful only through a heading, caption, column header or intro.")
    w("* **p — plain**: the name itself says the data trains or improves models.")
    w("")
    w("The widget form is recorded too: switch, checkbox, select, radio-fieldset, radiogroup, segmented, table-row, "
      "state-row-sr (visually hidden suffix), state-row-labelledby; `+details` when inside a closed `<details>`, "
      "`+help-describedby` / `+help-nearby` when a help text goes with it.")
    w("")
    w("## Counts per language")
    w("")
    w("| lang | pages | known services | control units in main | labelled | sharing true | sharing false | i | v | h | p | hidden decoys |")
    w("|---|---|---|---|---|---|---|---|---|---|---|---|")
    tot = None
    rows = []
    for lang in LANGS:
        ps = [p for p in pages if p["lang"] == lang]
        r = [lang, len(ps), sum(p["known_service"] for p in ps), sum(p["units"] for p in ps),
             sum(p["labelled"] for p in ps), sum(p["sharing_true"] for p in ps), sum(p["sharing_false"] for p in ps)]
        r += [sum(p["shapes"][s] for p in ps) for s in "ivhp"]
        r += [sum(len(p["hidden_decoys"]) for p in ps)]
        rows.append(r)
    tot = ["**all**"] + [sum(r[k] for r in rows) for k in range(1, len(rows[0]))]
    for r in rows + [tot]:
        w("| " + " | ".join(str(x) for x in r) + " |")
    n = tot[4]
    w("")
    w(f"Shape shares: i {tot[7]}/{n} ({100 * tot[7] / n:.0f} %), v {tot[8]}/{n} ({100 * tot[8] / n:.0f} %), "
      f"h {tot[9]}/{n} ({100 * tot[9] / n:.0f} %), p {tot[10]}/{n} ({100 * tot[10] / n:.0f} %). "
      f"Sharing: {tot[5]} true, {tot[6]} false.")
    forms = {}
    for p in pages:
        for a in p["ai_training"]:
            base = a["form"].split("+")[0]
            forms[base] = forms.get(base, 0) + 1
    w("")
    w("Labelled controls by widget form: " + ", ".join(f"{k} {v}" for k, v in sorted(forms.items(), key=lambda x: -x[1])) + ".")
    mechs = {}
    for p in pages:
        for h in p["hidden_decoys"]:
            mechs[h["mechanism"]] = mechs.get(h["mechanism"], 0) + 1
    w("")
    w("Hidden AI-training decoys by mechanism: " + ", ".join(f"{k} {v}" for k, v in sorted(mechs.items())) + ".")
    w("")
    w("## Pages")
    w("")
    w("| page | service | known | URL | units | labelled | true/false | shapes | hidden decoy |")
    w("|---|---|---|---|---|---|---|---|---|")
    for p in pages:
        sh = " ".join(f"{s}{p['shapes'][s]}" for s in "ivhp" if p["shapes"][s])
        hd = ", ".join(h["mechanism"] for h in p["hidden_decoys"])
        w(f"| {p['lang']}/{p['page']} | {cell(p['service'])} | {'yes' if p['known_service'] else 'no'} | {p['url']} | "
          f"{p['units']} | {p['labelled']} | {p['sharing_true']}/{p['sharing_false']} | {sh} | {hd} |")
    w("")
    w("## Labelled controls")
    w("")
    w("| page | label | sharing | shape | form |")
    w("|---|---|---|---|---|")
    for p in pages:
        for a in p["ai_training"]:
            w(f"| {p['lang']}/{p['page']} | {cell(a['label'])} | {str(a['sharing']).lower()} | "
              f"{a['shape']} ({SHAPE_NAMES[a['shape']]}) | {a['form']} |")
    w("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    print("wrote README.md")


if __name__ == "__main__":
    main()
