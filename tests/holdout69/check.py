#!/usr/bin/env python3
"""Self-check for holdout69.

Parses every page with its own html.parser DOM (independent of tools/lib.py), computes
accessible names and visibility, and verifies:
  * page frame: doctype, saved-from comment with the right length, <html lang>, header with a
    search box, a language select and an account button whose menu is hidden, a side nav, a footer;
  * no element carries the same attribute twice, ids are unique, aria refs resolve;
  * 15-35 visible control units in <main>;
  * each expected label is the accessible name of exactly one visible control;
  * each hidden AI-training control listed in tools/meta.json exists and every control of that name
    is hidden (hidden attr, display:none, a display:none class, aria-hidden, visibility:hidden,
    closed <dialog>, inactive tab panel), and at least one such control is on every page;
  * expect files agree with tools/meta.json.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children = []

    def get(self, k, d=None):
        return self.attrs.get(k, d)

    def ancestors(self):
        n = self.parent
        while n is not None:
            yield n
            n = n.parent

    def walk(self):
        for c in self.children:
            if isinstance(c, Node):
                yield c
                yield from c.walk()


class Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.errors = []
        self.comments = []
        self.decl = None

    def handle_decl(self, decl):
        self.decl = decl

    def handle_comment(self, data):
        self.comments.append(data)

    def handle_starttag(self, tag, attrs):
        names = [k for k, _ in attrs]
        dups = {k for k in names if names.count(k) > 1}
        if dups:
            self.errors.append(f"duplicate attribute(s) {sorted(dups)} on <{tag}> at line {self.getpos()[0]}")
        n = Node(tag, {k: (v if v is not None else "") for k, v in attrs}, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.cur = self.cur.parent

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if self.cur.tag != tag:
            self.errors.append(f"mismatched </{tag}> (open <{self.cur.tag}>) at line {self.getpos()[0]}")
            n = self.cur
            while n is not None and n.tag != tag:
                n = n.parent
            if n is None:
                return
            self.cur = n
        self.cur = self.cur.parent

    def handle_data(self, data):
        self.cur.children.append(data)


class Doc:
    def __init__(self, text):
        p = Parser()
        p.feed(text)
        p.close()
        self.p = p
        self.root = p.root
        self.errors = list(p.errors)
        self.by_id = {}
        for n in self.root.walk():
            i = n.get("id")
            if i:
                if i in self.by_id:
                    self.errors.append(f"duplicate id {i}")
                self.by_id[i] = n
        css = " ".join(self.text(n) for n in self.root.walk() if n.tag == "style")
        self.hide_classes = set()
        for m in re.finditer(r"([^{}]+)\{([^}]*)\}", css):
            sels, body = m.group(1), m.group(2)
            if re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", body):
                for s in sels.split(","):
                    s = s.strip()
                    if re.fullmatch(r"\.[\w-]+", s):
                        self.hide_classes.add(s[1:])

    # ---------------------------------------------------------------- text
    def text(self, n, skip_hidden=False):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
            else:
                if skip_hidden and self.self_hidden(c):
                    continue
                if c.tag in ("script", "style"):
                    continue
                out.append(self.text(c, skip_hidden))
        return "".join(out)

    def self_hidden(self, n):
        """Reason n itself hides its subtree, or None."""
        if "hidden" in n.attrs:
            return "tab" if n.get("role") == "tabpanel" else "hidden"
        style = re.sub(r"\s+", "", n.get("style", "")).lower()
        if "display:none" in style:
            return "display"
        if "visibility:hidden" in style:
            return "visibility"
        if n.get("aria-hidden") == "true":
            return "aria"
        if set(n.get("class", "").split()) & self.hide_classes:
            return "class"
        if n.tag == "dialog" and "open" not in n.attrs:
            return "dialog"
        return None

    def hidden_reason(self, n):
        for x in [n, *n.ancestors()]:
            r = self.self_hidden(x)
            if r:
                return r
        return None

    # ---------------------------------------------------------------- names
    def name(self, n):
        lb = n.get("aria-labelledby")
        if lb:
            parts = []
            for ref in lb.split():
                r = self.by_id.get(ref)
                if r is None:
                    self.errors.append(f"aria-labelledby ref {ref} missing")
                    continue
                parts.append(self.text(r, skip_hidden=True))
            return norm(" ".join(parts))
        if norm(n.get("aria-label")):
            return norm(n.get("aria-label"))
        if n.tag in ("input", "select", "textarea"):
            i = n.get("id")
            labels = []
            if i:
                labels = [x for x in self.root.walk() if x.tag == "label" and x.get("for") == i]
            if not labels:
                labels = [a for a in n.ancestors() if a.tag == "label"][:1]
            if labels:
                return norm(" ".join(self.text(l, skip_hidden=True) for l in labels))
            td = next((a for a in n.ancestors() if a.tag == "td"), None)
            if td is not None:
                return self.cell_name(td)
            return norm(n.get("title") or n.get("placeholder"))
        if n.tag == "fieldset":
            lg = next((c for c in n.children if isinstance(c, Node) and c.tag == "legend"), None)
            return norm(self.text(lg, True)) if lg else ""
        if n.tag == "button" or n.get("role") in ("switch", "checkbox", "radio", "tab", "button"):
            return norm(self.text(n, skip_hidden=True))
        return ""

    def cell_name(self, td):
        tr = td.parent
        cells = [c for c in tr.children if isinstance(c, Node) and c.tag in ("td", "th")]
        col = cells.index(td)
        rowh = next((c for c in cells if c.tag == "th" and c.get("scope") == "row"), None)
        table = next(a for a in td.ancestors() if a.tag == "table")
        thead = next((c for c in table.walk() if c.tag == "thead"), None)
        colh = ""
        if thead is not None:
            htr = next(c for c in thead.walk() if c.tag == "tr")
            hcells = [c for c in htr.children if isinstance(c, Node) and c.tag in ("td", "th")]
            colh = self.text(hcells[col], True)
        return norm((self.text(rowh, True) if rowh is not None else "") + " " + colh)

    # ---------------------------------------------------------------- controls
    def controls(self, scope):
        out = []
        seen_radio_groups = set()
        for n in scope.walk():
            role = n.get("role")
            if n.tag == "input":
                t = n.get("type", "text")
                if t == "hidden":
                    continue
                if t == "radio":
                    grp = next((a for a in n.ancestors() if a.tag == "fieldset" or a.get("role") == "radiogroup"), None)
                    key = id(grp) if grp is not None else ("name", n.get("name"))
                    if key in seen_radio_groups:
                        continue
                    seen_radio_groups.add(key)
                    out.append(("radio-group", grp if grp is not None else n))
                    continue
                out.append(("input", n))
            elif n.tag in ("select", "textarea"):
                out.append((n.tag, n))
            elif role == "radiogroup":
                if not any(c.tag == "input" for c in n.walk()):
                    out.append(("radiogroup", n))
            elif role == "group" and any(c.get("aria-pressed") is not None for c in n.walk()):
                out.append(("pressed-group", n))
            elif n.tag == "button" or role in ("switch", "checkbox", "button", "tab"):
                if role == "radio" or n.get("aria-pressed") is not None:
                    continue
                out.append(("button", n))
        return out


def check_page(lang, slug, meta):
    errs = []
    path = os.path.join(ROOT, lang, slug + ".html")
    text = open(path, encoding="utf-8").read()
    exp = json.load(open(os.path.join(ROOT, lang, slug + ".expect.json"), encoding="utf-8"))
    d = Doc(text)
    errs += d.errors
    if not text.startswith("<!DOCTYPE html>"):
        errs.append("no doctype")
    m = re.search(r"<!-- saved from url=\((\d{4})\)(\S+) -->", text)
    if not m or int(m.group(1)) != len(m.group(2)) or m.group(2) != exp["url"]:
        errs.append("bad saved-from comment")
    htmls = [n for n in d.root.walk() if n.tag == "html"]
    if not htmls or htmls[0].get("lang") != lang or exp["lang"] != lang:
        errs.append("bad lang")
    header = next((n for n in d.root.walk() if n.tag == "header"), None)
    if header is None:
        errs.append("no header")
    else:
        if not any(n.tag == "input" and n.get("type") == "search" for n in header.walk()):
            errs.append("no search box")
        if not any(n.tag == "select" for n in header.walk()):
            errs.append("no language select")
        acct = [n for n in header.walk() if n.tag == "button" and n.get("aria-controls")]
        if not acct or "hidden" not in d.by_id.get(acct[0].get("aria-controls"), Node("x", {}, None)).attrs:
            errs.append("account menu not hidden")
    if not any(n.tag == "nav" for n in d.root.walk()):
        errs.append("no nav")
    if not any(n.tag == "footer" for n in d.root.walk()):
        errs.append("no footer")
    main = next((n for n in d.root.walk() if n.tag == "main"), None)
    ctrls = d.controls(main)
    visible = [(k, n, d.name(n)) for k, n in ctrls if not d.hidden_reason(n)]
    hidden = [(k, n, d.name(n), d.hidden_reason(n)) for k, n in ctrls if d.hidden_reason(n)]
    if not 15 <= len(visible) <= 35:
        errs.append(f"{len(visible)} visible control units in main (want 15-35)")
    if len(visible) != meta["units"]:
        errs.append(f"unit count {len(visible)} != builder's {meta['units']}")
    for e in exp["ai_training"]:
        hits = [v for v in visible if v[2] == norm(e["label"])]
        if len(hits) != 1:
            errs.append(f"expected label {e['label']!r} names {len(hits)} visible controls")
    hid_ai = [r for r in meta["records"] if r["shape"] and r["hidden"]]
    if not hid_ai:
        errs.append("no hidden AI-training control")
    for r in hid_ai:
        hh = [h for h in hidden if h[2] == r["label"]]
        vv = [v for v in visible if v[2] == r["label"]]
        if not hh:
            errs.append(f"hidden control {r['label']!r} not found")
        if vv:
            errs.append(f"hidden control {r['label']!r} also visible")
        for h in hh:
            if h[3] != r["hidden"]:
                errs.append(f"hidden control {r['label']!r} hidden by {h[3]}, builder says {r['hidden']}")
    want = [dict(label=r["label"], sharing=r["sharing"]) for r in meta["records"] if r["shape"] and not r["hidden"]]
    if want != exp["ai_training"]:
        errs.append("expect.json disagrees with meta.json")
    if not exp["ai_training"]:
        errs.append("no labelled control")
    return errs, len(exp["ai_training"])


def main():
    meta = json.load(open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8"))
    bad = 0
    total = 0
    per = {}
    for m in meta:
        errs, n = check_page(m["lang"], m["page"], m)
        total += n
        per[m["lang"]] = per.get(m["lang"], 0) + n
        for e in errs:
            print(f"{m['lang']}/{m['page']}: {e}")
        bad += len(errs)
    files = sorted(f for l in LANGS if os.path.isdir(os.path.join(ROOT, l)) for f in os.listdir(os.path.join(ROOT, l)) if f.endswith(".html"))
    if len(files) != len(meta):
        print(f"{len(files)} html files but {len(meta)} pages in meta.json")
        bad += 1
    print(f"{len(meta)} pages, {total} labelled controls: " + ", ".join(f"{k} {v}" for k, v in per.items()))
    if bad:
        print(f"FAIL: {bad} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
