"""Write README.md from tools/meta.json."""
import collections
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
THEME = ("software developers' tools: code hosting, CI/CD, package registries, IDEs and editors, "
         "API and cloud consoles, issue trackers")


def main():
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    per = collections.OrderedDict((l, collections.Counter()) for l in LANGS)
    mechs = {l: [] for l in LANGS}
    kinds = collections.Counter()
    kinds_share = collections.defaultdict(collections.Counter)
    shape_share = collections.defaultdict(collections.Counter)
    all_mechs = collections.Counter()
    for m in meta:
        s = per[m["lang"]]
        s["pages"] += 1
        s["known"] += 1 if m["known"] else 0
        s["units"] += m["units"]
        s["labelled"] += len(m["labelled"])
        for x in m["labelled"]:
            s["true" if x["sharing"] else "false"] += 1
            s[x["shape"]] += 1
            kinds[x["kind"]] += 1
            kinds_share[x["kind"]][x["sharing"]] += 1
            shape_share[x["shape"]][x["sharing"]] += 1
        for mech in m["mechanisms"]:
            if mech not in mechs[m["lang"]]:
                mechs[m["lang"]].append(mech)
            all_mechs[mech] += 1
    tot = collections.Counter()
    for s in per.values():
        tot.update(s)
    L = tot["labelled"]

    out = []
    w = out.append
    w("# blind60 — blind evaluation set: " + THEME)
    w("")
    w("## What the set is")
    w("")
    w("%d saved settings pages (5 in each of English, German, French, Spanish, Brazilian Portuguese, "
      "Italian and Dutch) from tools software developers use: code hosting, CI/CD, package registries, "
      "IDEs and editors, API and cloud consoles, issue trackers. %d of them are plausible reconstructions "
      "of well-known services at plausible settings URLs (markup and copy are our own, the AI-training "
      "settings on them are invented); the other %d are invented services on `.test` domains. Each page "
      "comes with an `.expect.json` listing every visible control whose concern is the use of the "
      "person's (or their organisation's, client's, team's) data to train or improve AI / machine-learning "
      "models, and whether the data is shared for training in the state shown. %d controls are labelled "
      "in all (%d sharing, %d not sharing)." % (tot["pages"], tot["known"], tot["pages"] - tot["known"],
                                               L, tot["true"], tot["false"]))
    w("")
    w("## How it was written (blind)")
    w("")
    w("- The author read only `tests/corpus/README.md` (page layout, label format, matching rule) in the "
      "project. No engine code, lexicon, catalog, benchmark or other test set (corpus pages or other "
      "holdout folders) was opened, listed, grepped or searched; no project tool (cargo, `./do`, "
      "`unticked`) and no git command was run; the search/fetch tools were not used to look at anyone's "
      "test pages; `/work/shared` was not looked at.")
    w("- All copy was written fresh, page by page, in each language as a product writer there would put "
      "it (du/Sie, tu/vous, tú/usted, você, tu/Lei, je/u chosen per service), not translated word for "
      "word from English, and not chosen to be easy or hard for any detector.")
    w("- Things that bend the rules slightly: the page chrome (skip link, search label, language "
      "selector label, account-menu wording) comes from one small per-language table in each "
      "`tools/pages_<lang>.py` with per-page overrides, so header wording repeats across pages of a "
      "language; the CSS is shared by all pages. The well-known services' pages are reconstructions "
      "from general familiarity with those products, not copies of saved originals, and their "
      "AI-training settings are invented. All markup comes from one builder (`tools/lib.py`), so widget markup "
      "repeats its handful of variants across pages rather than imitating each real site's own markup. "
      "At the very start, one shell command included `ls /work/main/tests/` piped into `head -0`: the "
      "directory was listed but its output discarded, so nothing in it was seen; no other file under "
      "`/work/main` outside this folder and `tests/corpus/README.md` was touched.")
    w("")
    w("## Layout")
    w("")
    w("```")
    w("<lang>/<page>.html           saved page: <!DOCTYPE html>, <!-- saved from url=(NNNN)URL -->, <html lang=…>")
    w("<lang>/<page>.expect.json    {url, lang, notes, ai_training: [{label, sharing}]} (as tests/corpus/README.md)")
    w("tools/lib.py                 page builder: widgets, hidden blocks, bookkeeping of counts and shapes")
    w("tools/pages_<lang>.py        the five pages of each language")
    w("tools/gen.py                 writes pages, expect files and tools/meta.json")
    w("tools/make_readme.py         writes this README from tools/meta.json")
    w("check.py                     self-check (own html.parser DOM, visibility and accessible names)")
    w("```")
    w("")
    w("Regenerate and check: `python3 tools/gen.py && python3 tools/make_readme.py && python3 check.py`.")
    w("")
    w("Every page has a header (search box, language select, account-menu button whose menu is `hidden`), "
      "a side navigation, a footer, and 15–35 visible control units in `<main>` (a radio group or a group "
      "of aria-pressed buttons is one unit; every other input, select or button is one, tab buttons, "
      "dialog openers and per-cell table checkboxes included; links and `<summary>` are not counted).")
    w("")
    w("## What is labelled")
    w("")
    w("`ai_training` lists every visible control whose concern is the use of the person's (or their "
      "organisation's, team's, client's) data to train or improve AI / machine-learning models — the "
      "service's own or other parties' (partners, AI companies, crawlers, researchers). `label` is the "
      "accessible name a browser computes (aria-labelledby → aria-label → label → legend / radiogroup "
      "name → text content; per-row table checkboxes are named by row header + column header; state-row "
      "buttons by their text plus a visually hidden suffix or by aria-labelledby; segmented buttons by "
      "their group). `sharing` says whether the data is used for training in the state shown: inverted "
      "wording (exclude, opt out, block, never, objection, withdraw) is resolved against the state; for a "
      "select, radio group or segmented group the selected option decides.")
    w("")
    w("Not labelled, present on every page: decoys in the theme's own terms (AI features that do not "
      "train on the person's data such as completions, summaries, code review suggestions, smart search; "
      "courses and trainings; notifications; visibility and sharing with other people; analytics and "
      "telemetry whose help text says they are not used for training; exports; connected apps; billing; "
      "security), and at least one AI-training control the person cannot see. Hidden-decoy mechanisms "
      "over the set: " + ", ".join("%s %d" % (k, v) for k, v in sorted(all_mechs.items())) + " (pages). "
      "Controls inside a closed `<details>` are collapsed, not hidden, and are listed.")
    w("")
    w("## Shapes")
    w("")
    w("| shape | meaning | count | share | sharing true | sharing false |")
    w("|---|---|---|---|---|---|")
    desc = {"i": "inverted: the name says the opposite of sharing (exclude, opt out, block, never, objection, withdraw)",
            "v": "vague + help: only the help text says training",
            "h": "heading-only: meaning comes from a heading, intro, caption or column header",
            "p": "plain: the name says it"}
    for k in "ivhp":
        w("| %s | %s | %d | %.0f%% | %d | %d |" % (k, desc[k], tot[k], 100.0 * tot[k] / L,
                                                 shape_share[k][True], shape_share[k][False]))
    w("")
    w("Widget kinds of the labelled controls:")
    w("")
    w("| kind | count | sharing true | sharing false |")
    w("|---|---|---|---|")
    for k, v in sorted(kinds.items()):
        w("| %s | %d | %d | %d |" % (k, v, kinds_share[k][True], kinds_share[k][False]))
    w("")
    w("## Counts per language")
    w("")
    w("| lang | pages | known services | control units | labelled | sharing true | sharing false | i | v | h | p | hidden-decoy mechanisms |")
    w("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for lang, s in per.items():
        w("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %s |" % (
            lang, s["pages"], s["known"], s["units"], s["labelled"], s["true"], s["false"],
            s["i"], s["v"], s["h"], s["p"], ", ".join(mechs[lang])))
    w("| **total** | **%d** | **%d** | **%d** | **%d** | **%d** | **%d** | **%d** | **%d** | **%d** | **%d** | %s |" % (
        tot["pages"], tot["known"], tot["units"], tot["labelled"], tot["true"], tot["false"],
        tot["i"], tot["v"], tot["h"], tot["p"], "all seven"))
    w("")
    w("## Pages")
    w("")
    w("| lang | page | service | URL | labelled |")
    w("|---|---|---|---|---|")
    for m in meta:
        svc = m["service"] + (" (known)" if m["known"] else "")
        w("| %s | %s | %s | %s | %d |" % (m["lang"], m["page"], svc, m["url"], len(m["labelled"])))
    w("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
