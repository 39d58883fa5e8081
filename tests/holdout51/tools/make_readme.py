"""Writes README.md from tools/meta.json."""
import collections
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
SHAPES = ["i", "v", "h", "p"]
SHAPE_NAMES = {"i": "inverted", "v": "vague + help", "h": "heading-only", "p": "plain"}

HEAD = """# blind51 — blind evaluation set: charities, clubs, volunteering and membership organisations

Thirty-five saved settings pages (five per language: en, de, fr, es, pt-BR, it, nl) from
charities and foundations, donation and crowdfunding platforms, sports, hiking, rowing, hockey,
photo, choir and book clubs, scout groups, neighbourhood associations, motoring clubs and
volunteering platforms. Each page comes with the truth about its AI-training controls.

## How it was written (blind)

* The only file of the project that was read is `tests/corpus/README.md` (page layout, label
  format, matching rule). No engine code, lexicon, catalog, test, other corpus, blind set or
  benchmark was opened, listed or searched, no project tool was run, and nobody else's test
  pages were looked up.
* All copy was written fresh for this set, page by page, in each language as a product writer
  there would phrase it (du/Sie, tu/vous, tú, você and je chosen per service). Nothing was
  translated word for word from English, and no wording was picked to be easy or hard for a
  detector.
* Ten pages are plausible reconstructions of well-known services at plausible settings URLs
  (Meetup, GoFundMe, ADAC, betterplace.org, HelloAsso, Teaming, Vakinha, Touring Club Italiano,
  ANWB, NLvoorelkaar). The markup and copy are our own, and their AI-training settings are
  invented. The other twenty-five services are invented and live on `.test` domains.

## Layout

```
<lang>/<page>.html           saved page: <!DOCTYPE html>, <!-- saved from url=(NNNN)URL -->, <html lang="…">
<lang>/<page>.expect.json    {url, lang, notes, ai_training: [{label, sharing}]}
tools/lib.py                 page builder (widgets, hidden blocks, bookkeeping)
tools/pages_<lang>.py        the five pages of each language
tools/gen.py                 writes pages, expect files and tools/meta.json (per-page counts and shapes)
tools/make_readme.py         writes this README from tools/meta.json
check.py                     self-check (own HTML parser and accessible-name computation)
```

Regenerate and check: `python3 tools/gen.py && python3 tools/make_readme.py && python3 check.py`

Every page has a header (search box, language select, an account-menu button whose menu is
`hidden`), a side navigation, a footer, and 15–35 visible control units in `<main>`, most of
them decoys. A radio group or a group of `aria-pressed` buttons counts as one unit. Every other
input, select or button counts as one too (tab buttons, dialog openers and per-cell table
checkboxes included). Links and `<summary>` don't count.

## What is labelled

`ai_training` lists every *visible* control whose concern is the use of the person's (or their
household's, child's or family's) data to train or improve AI / machine-learning models. That
covers the service's own models and other parties' models: partners, AI companies, crawlers,
universities and research labs, a sports federation, a camera or watch maker, a city council.
Nothing else is listed. Decoys that are **not** listed: AI features that don't train on the
person's data (writing suggestions, summaries, translation, captions, smart search, on-device
recognition, recommendations computed for the account, AI training *plans* and quizzes,
workouts and courses called "training"), personalised offers and ads, notifications,
visibility and sharing with other people, parental permissions, analytics or statistics whose
help text says they aren't used for training, data export, connected apps, payment settings.

* `label` is the accessible name a browser computes: aria-labelledby → aria-label →
  `<label for>` or wrapping label → legend or radiogroup name (a radio group is one control)
  → text content for buttons and `role=switch`. Per-row tables: the cell checkbox's own name
  (aria-labelledby = row header + column header). State rows: the action button's name with
  its visually hidden suffix, or its aria-labelledby target (the button itself + the row
  title). Segmented buttons: the group's name.
* `sharing` tells whether the data IS used for training in the state shown. Inverted wording
  is resolved against the state: a checked "exclude / don't use / protect / block" control is
  false and an unchecked one is true; an objection not yet lodged is true and a lodged one
  false; consent given with a withdraw/revoke action is true. For a select, radio group or
  segmented group, the selected option decides.
* Controls inside a closed `<details>` are listed (collapsed, not hidden). Every page also has
  at least one AI-training decoy the person cannot see, which is not listed. It is hidden by
  `hidden`, inline `display:none`, a CSS class with `display:none`, `aria-hidden="true"`,
  `visibility:hidden`, a closed `<dialog>` or an inactive tab panel.

## Shapes

* **i, inverted**: the name says the opposite of sharing. The set uses each language's own
  idioms and every grammatical form: imperative (Keep … out, Escludi, Sluit … uit, Stop,
  Proteggi, Object), infinitive (… ausschließen, Ne pas utiliser, Excluir, Não usar, Recusar,
  Bloquer, niet gebruiken), noun (Widerspruch gegen, Ausschluss vom Modelltraining,
  Opposition à, Oposición al, Opposizione all', opt-out, Bezwaar maken), participle (excluded
  from, gesperrt, exclus de, excluidas del, excluídos do, esclusi dall', uitgesloten van), and
  withdrawing or cancelling (Withdraw consent, Annuler mon opposition, Retirar oposição,
  Retirar consentimiento, Revoca il consenso). True and false states are mixed.
* **v, vague + help**: the name alone doesn't say training ("Help improve GoFundMe Assist",
  "Lawinenforschung unterstützen", "Programa Impacto+"). Only the help text does, tied by
  aria-describedby or just placed nearby.
* **h, heading-only**: the name means something only through a heading, intro, table caption
  or column header ("Change – your public discussion posts", "Deine Spendenbeträge Freigeben",
  "Le mie foto in concorso").
* **p, plain**: the name says it ("Use my RSVPs and group activity to train Meetup's AI models").
"""

NOTES = """
## Judgement calls

* **Third parties count.** Controls about handing data to someone else so that *they* can
  train a model are listed. Examples: licensing reviews to AI companies, a university's
  species or avalanche model, a federation's scouting model, a camera maker's analysis model,
  a watch maker's performance model, a city council's repair-priority model, and protection
  from AI crawlers. Anonymised or aggregated data still counts as use for training.
* **Recommendations.** "Show project suggestions" (computed for the account) is a decoy. The
  betterplace.org table asking which data may be used *to train* the recommendation model is
  labelled.
* **Inverted selects and groups.** "Ausschluss vom Modelltraining" set to "Nicht aktiv" → true.
  "Opposizione all'addestramento …" set to "Non presentata" → true. "No usar mis mensajes para
  entrenar IA" with "Desactivado" pressed → true. "Proteger minhas cartas contra treinamento
  de IA" with "Não" pressed → true.
* **State rows.** "Object …" with "No objection recorded" → true. "Annuler mon opposition …" and
  "Retirar oposição …" with the objection recorded → false. "Withdraw consent …", "Retirar
  consentimiento …" and "Revoca il consenso …" with consent given → true. "Bezwaar maken …"
  with no objection made → true.
* **Participle names on switches and checkboxes** ("Session videos excluded from AI training",
  "Spielvideos für KI-Training gesperrt", "Wedstrijdvideo's uitgesloten van AI-training"): on or
  ticked means excluded → false; off or unticked → true.
* **Help that denies training.** Decoys whose help says the data is *not* used for training
  ("Share anonymized usage statistics", "Pannenursache per KI vorab einschätzen", "Quiz di
  ripasso generati con IA") are not listed. Their names never mention training.
* **"Training" as sport or courses** (Trainingszeiten, entrenamientos, treinos, allenamenti,
  trainingen, Formazione, Ausbildung) is never labelled. A workout app's "Meus treinos
  excluídos do treinamento de IA" is labelled because it is about AI training.
* **Family data.** "Dati di mio figlio esclusi dall'addestramento dell'IA" and "Gegevens van ons
  gezin niet gebruiken voor het trainen van AI" are labelled (the household's data).
"""


def main():
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    pages = meta["pages"]
    out = [HEAD]

    out.append("## Counts per language\n")
    out.append("| lang | pages | known services | control units | labelled | sharing true | sharing false "
               "| i | v | h | p | hidden-decoy mechanisms |")
    out.append("|---|---|---|---|---|---|---|---|---|---|---|---|")
    tot = collections.Counter()
    all_mechs = collections.Counter()
    for lang in LANGS + ["all"]:
        ps = [p for p in pages if lang == "all" or p["lang"] == lang]
        labs = [l for p in ps for l in p["labels"]]
        sc = collections.Counter(l["shape"] for l in labs)
        mechs = collections.Counter(m for p in ps for m in p["hidden_mechanisms"])
        t = sum(1 for l in labs if l["sharing"])
        row = [("**all**" if lang == "all" else lang), str(len(ps)), str(sum(p["known"] for p in ps)),
               str(sum(p["units"] for p in ps)), str(len(labs)), str(t), str(len(labs) - t)]
        row += [str(sc.get(s, 0)) for s in SHAPES]
        row.append(", ".join("%s %d" % (k, v) for k, v in sorted(mechs.items())))
        out.append("| " + " | ".join(row) + " |")
    labs = [l for p in pages for l in p["labels"]]
    n = len(labs)
    sc = collections.Counter(l["shape"] for l in labs)
    out.append("")
    out.append("Shape shares over the set: " + ", ".join(
        "%s (%s) %d = %.0f%%" % (SHAPE_NAMES[s], s, sc.get(s, 0), 100.0 * sc.get(s, 0) / n) for s in SHAPES) + ".")
    byshape = collections.Counter((l["shape"], l["sharing"]) for l in labs)
    out.append("")
    out.append("Sharing per shape: " + "; ".join(
        "%s %d true / %d false" % (s, byshape.get((s, True), 0), byshape.get((s, False), 0)) for s in SHAPES) + ".")
    kinds = collections.Counter(l["kind"] for l in labs)
    out.append("")
    out.append("Widget kinds of the labelled controls: " + "; ".join("%s %d" % (k, v) for k, v in kinds.most_common()) + ".")
    out.append("")

    out.append("## Pages\n")
    out.append("| lang | page | service | URL | units | labelled | shapes | hidden decoy |")
    out.append("|---|---|---|---|---|---|---|---|")
    for p in pages:
        sc = collections.Counter(l["shape"] for l in p["labels"])
        shapes = " ".join("%s%d" % (s, sc[s]) for s in SHAPES if sc.get(s))
        out.append("| %s | %s | %s%s | `%s` | %d | %d | %s | %s |" % (
            p["lang"], p["page"], p["service"].replace("|", "/"), " (known)" if p["known"] else "",
            p["url"], p["units"], len(p["labels"]), shapes, ", ".join(p["hidden_mechanisms"])))
    out.append("")

    out.append("## Labelled controls\n")
    out.append("`sharing` is the truth in the state shown; shape codes as above.\n")
    for lang in LANGS:
        out.append("### %s\n" % lang)
        out.append("| page | label | sharing | shape | widget |")
        out.append("|---|---|---|---|---|")
        for p in pages:
            if p["lang"] != lang:
                continue
            for l in p["labels"]:
                out.append("| %s | %s | %s | %s | %s |" % (
                    p["page"], l["label"].replace("|", "\\|"), "true" if l["sharing"] else "false",
                    l["shape"], l["kind"]))
        out.append("")

    out.append("## Hidden AI-training decoys (not listed)\n")
    out.append("| lang | page | mechanism | control |")
    out.append("|---|---|---|---|")
    for p in pages:
        for d in p["hidden_ai_decoys"]:
            out.append("| %s | %s | %s | %s |" % (p["lang"], p["page"], ", ".join(p["hidden_mechanisms"]), d))
    out.append(NOTES)
    out.append("""## What check.py verifies

For every page: the first three lines. The expect file: exactly four keys, and the same URL
and language as the page. Well-formed markup: every non-void element closed in order. Unique
ids. aria-labelledby, aria-describedby, aria-controls and label-for targets exist. The
skeleton, including the hidden account menu. Every expected label is the computed accessible
name of exactly one visible control in `<main>` and of no hidden one. No other control in
`<main>`, and no hidden control anywhere, has a name that contains the label or is contained
in it. Every control in `<main>` and every hidden control has a name. `<main>` has 15–35
visible control units, and that number equals `tools/meta.json`. A hidden control exists
outside the account menu. The labels in meta.json match the expect file.
""")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    print("wrote README.md")


if __name__ == "__main__":
    main()
