#!/usr/bin/env python3
"""Self-check for blind58.

Parses every saved page with html.parser into a small tree, computes visibility and
accessible names itself, and checks that
  * the page starts with <!DOCTYPE html> and a correct saved-from comment, html lang matches;
  * header (search box, language select, account button with hidden menu), nav, footer exist;
  * ids are unique and aria-labelledby / aria-describedby / aria-controls targets exist;
  * <main> holds 15-35 visible control units, equal to tools/meta.json;
  * every expected label equals the accessible name of a visible control, and every visible
    control whose name is in the label list is listed (as a multiset);
  * every hidden decoy in meta.json exists and is really hidden;
  * the counts in README.md match the pages and expect files.
"""
import json
import os
import re
import sys
from collections import Counter
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = os.environ.get("CHECK_LANGS", "en de fr es pt it nl").split()
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children = []

    def get(self, k, d=None):
        return self.attrs.get(k, d)


class Text:
    def __init__(self, data, parent):
        self.data, self.parent = data, parent


class TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", [], None)
        self.cur = self.root
        self.css = []
        self.comments = []

    def handle_starttag(self, tag, attrs):
        n = Node(tag, [(k, "" if v is None else v) for k, v in attrs], self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        n = Node(tag, [(k, "" if v is None else v) for k, v in attrs], self.cur)
        self.cur.children.append(n)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is None:
            raise ValueError(f"stray </{tag}>")
        if n is not self.cur:
            raise ValueError(f"unclosed <{self.cur.tag}> before </{tag}>")
        self.cur = n.parent

    def handle_data(self, data):
        if self.cur.tag == "style":
            self.css.append(data)
        self.cur.children.append(Text(data, self.cur))

    def handle_comment(self, data):
        self.comments.append(data)


def walk(n):
    yield n
    for c in getattr(n, "children", []):
        if isinstance(c, Node):
            yield from walk(c)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Doc:
    def __init__(self, text):
        tb = TreeBuilder()
        tb.feed(text)
        tb.close()
        if tb.cur is not tb.root:
            raise ValueError(f"unclosed <{tb.cur.tag}> at end")
        self.root = tb.root
        self.ids = {}
        for n in walk(self.root):
            i = n.get("id")
            if i:
                if i in self.ids:
                    raise ValueError(f"duplicate id {i}")
                self.ids[i] = n
        css = "".join(tb.css)
        self.hide_classes = set()
        for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
            b = body.replace(" ", "").lower()
            if "display:none" in b or "visibility:hidden" in b:
                for s in sel.split(","):
                    m = re.fullmatch(r"\s*\.([\w-]+)\s*", s)
                    if m:
                        self.hide_classes.add(m.group(1))

    # --- visibility -------------------------------------------------------
    def self_hidden(self, n):
        """Why this element itself hides its subtree (None if it doesn't)."""
        if not isinstance(n, Node) or n.tag == "#root":
            return None
        if "hidden" in n.attrs:
            return "hidden"
        st = n.get("style", "").replace(" ", "").lower()
        if "display:none" in st:
            return "display:none"
        if "visibility:hidden" in st:
            return "visibility:hidden"
        if set(n.get("class", "").split()) & self.hide_classes:
            return "class"
        if n.get("aria-hidden") == "true":
            return "aria-hidden"
        if n.tag == "dialog" and "open" not in n.attrs:
            return "dialog"
        return None

    def visible(self, n):
        while n is not None:
            if self.self_hidden(n):
                return False
            n = n.parent
        return True

    def inside(self, n, tag):
        p = n.parent
        while p is not None:
            if p.tag == tag:
                return p
            p = p.parent
        return None

    # --- accessible names --------------------------------------------------
    def text_of(self, n, skip=None, via_ref=False):
        out = []
        for c in n.children:
            if isinstance(c, Text):
                out.append(c.data)
                continue
            if c is skip or c.tag in ("style", "script"):
                continue
            if self.self_hidden(c):
                continue
            if c.tag in ("input", "select", "textarea"):
                continue
            if c.get("aria-label") and c.tag not in ("section", "nav", "div"):
                out.append(" " + c.get("aria-label") + " ")
                continue
            block = c.tag in ("p", "div", "h1", "h2", "h3", "h4", "li", "br", "td", "th", "tr")
            t = self.text_of(c, skip)
            out.append(f" {t} " if block else t)
        return "".join(out)

    def ref_text(self, n):
        # referenced nodes are used even if hidden themselves
        if n.get("aria-label"):
            return n.get("aria-label")
        return norm(self.text_of(n))

    def name(self, n):
        lb = n.get("aria-labelledby")
        if lb:
            return norm(" ".join(self.ref_text(self.ids[i]) for i in lb.split()))
        if n.get("aria-label", "").strip():
            return norm(n.get("aria-label"))
        if n.tag in ("input", "select", "textarea"):
            parts = []
            i = n.get("id")
            if i:
                for m in walk(self.root):
                    if m.tag == "label" and m.get("for") == i:
                        parts.append(self.text_of(m))
            lab = self.inside(n, "label")
            if lab is not None and lab.get("for") in (None, i):
                if not (lab.get("for") and lab.get("for") == i):
                    parts.append(self.text_of(lab, skip=n))
            if parts:
                return norm(" ".join(parts))
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return norm(self.text_of(c))
        if n.tag in ("button",) or n.get("role") in ("switch", "checkbox", "tab", "radio"):
            return norm(self.text_of(n))
        return norm(n.get("title", ""))

    # --- controls ---------------------------------------------------------
    def controls(self, scope):
        """Controls as the person meets them: (element, name, visible). Radio groups and
        aria-pressed groups are one control each."""
        out = []
        seen_groups = set()
        for n in walk(scope):
            if n.tag == "input" and n.get("type") == "hidden":
                continue
            if n.tag == "input" and n.get("type") == "radio":
                g = self.radio_group(n)
                if id(g) in seen_groups:
                    continue
                seen_groups.add(id(g))
                out.append((g, self.name(g), self.visible(n)))
                continue
            if n.tag == "button" and n.get("aria-pressed") is not None:
                g = n.parent
                while g is not None and g.get("role") != "group":
                    g = g.parent
                if g is None:
                    out.append((n, self.name(n), self.visible(n)))
                    continue
                if id(g) in seen_groups:
                    continue
                seen_groups.add(id(g))
                out.append((g, self.name(g), self.visible(n)))
                continue
            if n.tag in ("input", "select", "textarea", "button") or n.get("role") in ("switch", "checkbox"):
                out.append((n, self.name(n), self.visible(n)))
        return out

    def radio_group(self, n):
        p = n.parent
        while p is not None:
            if p.tag == "fieldset" or p.get("role") == "radiogroup":
                return p
            p = p.parent
        raise ValueError(f"radio {n.get('id')} outside a group")


def find(doc, pred):
    return [n for n in walk(doc.root) if pred(n)]


def check_page(lang, fn, meta, errors):
    path = os.path.join(ROOT, lang, fn)
    text = open(path, encoding="utf-8").read()
    exp = json.load(open(path[:-5] + ".expect.json", encoding="utf-8"))
    where = f"{lang}/{fn}"

    def err(msg):
        errors.append(f"{where}: {msg}")

    lines = text.split("\n")
    if lines[0] != "<!DOCTYPE html>":
        err("does not start with <!DOCTYPE html>")
    m = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", lines[1])
    if not m:
        err("no saved-from comment on line 2")
    else:
        if int(m.group(1)) != len(m.group(2)):
            err("saved-from length wrong")
        if m.group(2) != exp["url"]:
            err("saved-from URL differs from expect url")
    if not lines[2].startswith(f'<html lang="{lang}"'):
        err("html lang wrong")
    if exp["lang"] != lang or set(exp) != {"url", "lang", "notes", "ai_training"}:
        err("expect file fields wrong")
    try:
        doc = Doc(text)
    except Exception as e:  # noqa
        err(f"parse: {e}")
        return None
    for n in walk(doc.root):
        for a in ("aria-labelledby", "aria-describedby", "aria-controls"):
            for i in n.get(a, "").split():
                if i not in doc.ids:
                    err(f"{a} -> missing id {i}")
    # chrome
    header = find(doc, lambda n: n.tag == "header")
    nav = find(doc, lambda n: n.tag == "nav")
    footer = find(doc, lambda n: n.tag == "footer")
    mains = find(doc, lambda n: n.tag == "main")
    if not (header and nav and footer and len(mains) == 1):
        err("missing header/nav/footer/main")
        return None
    h = header[0]
    if not find(doc, lambda n: n.tag == "input" and n.get("type") == "search" and doc.inside(n, "header")):
        err("no search box in header")
    if not find(doc, lambda n: n.tag == "select" and doc.inside(n, "header")):
        err("no language select in header")
    acc = find(doc, lambda n: n.tag == "button" and n.get("aria-expanded") == "false" and doc.inside(n, "header"))
    if not acc or "hidden" not in doc.ids[acc[0].get("aria-controls")].attrs:
        err("account menu not hidden")
    main = mains[0]
    ctrls = doc.controls(main)
    vis = [(n, name) for n, name, v in ctrls if v]
    units = len(vis)
    if not 15 <= units <= 35:
        err(f"{units} visible control units in main")
    if meta is not None and meta["units"] != units:
        err(f"units: meta {meta['units']} vs counted {units}")
    for n, name in vis:
        if not name:
            err(f"visible control without a name: <{n.tag} id={n.get('id')}>")
    labels = [e["label"] for e in exp["ai_training"]]
    for e in exp["ai_training"]:
        if not isinstance(e["sharing"], bool):
            err(f"sharing not bool for {e['label']}")
    want = Counter(labels)
    have = Counter(name for _, name in vis if name in want)
    for lab in want:
        if have[lab] != want[lab]:
            err(f"label {lab!r}: expected {want[lab]} visible control(s), found {have[lab]}")
    # nothing labelled outside main
    for n, name, v in doc.controls(doc.root):
        if v and name in want and not doc.inside(n, "main"):
            err(f"label {name!r} matches a control outside main")
    if meta is not None:
        if [l["label"] for l in meta["labels"]] != labels or \
                [l["sharing"] for l in meta["labels"]] != [e["sharing"] for e in exp["ai_training"]]:
            err("meta labels differ from expect file")
        if not meta["hidden"]:
            err("no hidden AI-training decoy")
        for hd in meta["hidden"]:
            n = doc.ids.get(hd["id"])
            if n is None:
                err(f"hidden decoy {hd['id']} missing")
                continue
            if doc.visible(n):
                err(f"hidden decoy {hd['id']} is visible")
            if not doc.inside(n, "main"):
                err(f"hidden decoy {hd['id']} outside main")
            if hd["name"] in want:
                err(f"hidden decoy name {hd['name']!r} equals a visible label")
            # the mechanism that hides it must be the one booked
            p, why = n, set()
            while p is not None:
                r = doc.self_hidden(p)
                if r:
                    why.add(r)
                if p.tag == "div" and p.get("role") == "tabpanel" and "hidden" in p.attrs:
                    why.add("inactive-tab")
                p = p.parent
            need = {"hidden-attr": "hidden", "inline-display-none": "display:none",
                    "class-display-none": "class", "aria-hidden": "aria-hidden",
                    "visibility-hidden": "visibility:hidden", "closed-dialog": "dialog",
                    "inactive-tab": "inactive-tab"}[hd["mechanism"]]
            if need not in why:
                err(f"hidden decoy {hd['id']} not hidden by {hd['mechanism']} ({why})")
    return {"units": units, "labels": exp["ai_training"]}


def main():
    errors = []
    meta = json.load(open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8"))
    bykey = {(m["lang"], m["page"]): m for m in meta}
    stats = {}
    npages = 0
    for lang in LANGS:
        files = sorted(f for f in os.listdir(os.path.join(ROOT, lang)) if f.endswith(".html"))
        if len(files) != 5:
            errors.append(f"{lang}: {len(files)} pages, want 5")
        st = {"pages": 0, "known": 0, "units": 0, "labelled": 0, "true": 0, "false": 0}
        for fn in files:
            m = bykey.get((lang, fn[:-5]))
            if m is None:
                errors.append(f"{lang}/{fn}: not in meta.json")
            r = check_page(lang, fn, m, errors)
            npages += 1
            if r is None:
                continue
            st["pages"] += 1
            st["known"] += int(bool(m and m["known"]))
            st["units"] += r["units"]
            st["labelled"] += len(r["labels"])
            st["true"] += sum(l["sharing"] for l in r["labels"])
            st["false"] += sum(not l["sharing"] for l in r["labels"])
            if m and not m["known"] and not re.match(r"https://[^/]+\.test/", m["url"]):
                errors.append(f"{lang}/{fn}: invented service not on a .test domain")
        sh = Counter(l["shape"] for m in meta if m["lang"] == lang for l in m["labels"])
        st.update(i=sh["i"], v=sh["v"], h=sh["h"], p=sh["p"])
        stats[lang] = st
    # README counts
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    if not readme.startswith("# blind58 — blind evaluation set: cars: carmakers' connected-car apps, dealers, garages, parking and EV charging\n"):
        errors.append("README title line wrong")
    rows = {}
    for line in readme.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 12 and (cells[0] in LANGS or cells[0] == "**total**"):
            rows[cells[0]] = cells
    keys = ["pages", "known", "units", "labelled", "true", "false", "i", "v", "h", "p"]
    tot = Counter()
    for lang in LANGS:
        for k in keys:
            tot[k] += stats[lang][k]
    stats["**total**"] = dict(tot)
    for k_lang, st in stats.items():
        cells = rows.get(k_lang)
        if cells is None:
            errors.append(f"README: no counts row for {k_lang}")
            continue
        got = [int(c) for c in cells[1:11]]
        want = [st[k] for k in keys]
        if got != want:
            errors.append(f"README counts for {k_lang}: {got} vs computed {want}")
    page_rows = [l for l in readme.splitlines() if re.match(r"\| (en|de|fr|es|pt|it|nl) \| [a-z][\w-]* \| ", l)]
    if len(page_rows) != npages:
        errors.append(f"README pages table has {len(page_rows)} rows, want {npages}")
    for l in page_rows:
        c = [x.strip() for x in l.strip("|").split("|")]
        exp = json.load(open(os.path.join(ROOT, c[0], c[1] + ".expect.json"), encoding="utf-8"))
        if c[3] != exp["url"] or int(c[4]) != len(exp["ai_training"]):
            errors.append(f"README page row wrong: {c[0]}/{c[1]}")
    if errors:
        print("\n".join(errors))
        print(f"FAIL: {len(errors)} problem(s)")
        sys.exit(1)
    t = stats["**total**"]
    print(f"OK: {npages} pages, {t['units']} control units, {t['labelled']} labelled "
          f"({t['true']} sharing, {t['false']} not), shapes i{t['i']} v{t['v']} h{t['h']} p{t['p']}")


if __name__ == "__main__":
    main()
