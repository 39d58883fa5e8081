#!/usr/bin/env python3
"""Independent checker for holdout76.

Parses every page with html.parser into a small DOM, computes accessible names and
visibility, and verifies:
  * page chrome: doctype, saved-from comment, <html lang>, header with search box,
    language select and account button whose menu is hidden, side nav, footer;
  * 15-35 visible control units in <main>;
  * every expected label equals the accessible name of exactly one visible control unit;
  * the page's one hidden AI-training control (tools/meta.json) exists and is hidden,
    and no visible control has its name.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children = []

    def text(self):
        out = []
        for c in self.children:
            out.append(c if isinstance(c, str) else c.text())
        return "".join(out)

    def iter(self):
        for c in self.children:
            if isinstance(c, Node):
                yield c
                yield from c.iter()

    def ancestors(self):
        n = self.parent
        while n is not None:
            yield n
            n = n.parent


class Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.decl = None
        self.comments = []

    def handle_decl(self, d):
        self.decl = d

    def handle_comment(self, d):
        self.comments.append(d)

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, d):
        self.cur.children.append(d)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def hidden_classes(root):
    cls = set()
    for n in root.iter():
        if n.tag == "style":
            css = n.text()
            for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
                if re.search(r"display\s*:\s*none", body):
                    for part in sel.split(","):
                        m = re.fullmatch(r"\s*\.([\w-]+)\s*", part)
                        if m:
                            cls.add(m.group(1))
    return cls


def self_hidden(n, hcls):
    a = n.attrs
    st = (a.get("style") or "").replace(" ", "").lower()
    if "hidden" in a:
        return "hidden-attribute"
    if "display:none" in st:
        return "inline-display-none"
    if "visibility:hidden" in st:
        return "inline-visibility-hidden"
    if set((a.get("class") or "").split()) & hcls:
        return "class-display-none"
    if a.get("aria-hidden") == "true":
        return "aria-hidden"
    if n.tag == "dialog" and "open" not in a:
        return "closed-dialog"
    return None


def hidden_by(n, hcls):
    for x in [n] + list(n.ancestors()):
        h = self_hidden(x, hcls)
        if h:
            if h == "hidden-attribute" and x.attrs.get("role") == "tabpanel":
                return "inactive-tabpanel"
            return h
    return None


def accname(n, byid):
    a = n.attrs
    if a.get("aria-labelledby"):
        return norm(" ".join(byid[i].text() for i in a["aria-labelledby"].split() if i in byid))
    if a.get("aria-label"):
        return norm(a["aria-label"])
    if n.tag in ("input", "select", "textarea"):
        if a.get("id"):
            for l in labels_for.get(a["id"], []):
                return norm(l.text())
        for anc in n.ancestors():
            if anc.tag == "label":
                return norm(anc.text())
    if n.tag == "fieldset":
        for c in n.children:
            if isinstance(c, Node) and c.tag == "legend":
                return norm(c.text())
    return norm(n.text())


labels_for = {}


def units(main):
    """control units in <main>: (node, kind)"""
    out = []
    seen_fieldsets = set()
    for n in main.iter():
        a = n.attrs
        role = a.get("role")
        if n.tag == "input" and a.get("type") == "radio":
            fs = next((x for x in n.ancestors() if x.tag == "fieldset"), None)
            if fs is not None and id(fs) not in seen_fieldsets:
                seen_fieldsets.add(id(fs))
                out.append((fs, "radio-fieldset"))
        elif n.tag == "input" and a.get("type") == "checkbox":
            if any(x.tag == "td" for x in n.ancestors()):
                out.append((n, "table-checkbox"))
            else:
                out.append((n, "switch-checkbox" if role == "switch" else "checkbox"))
        elif n.tag == "select":
            out.append((n, "select"))
        elif role == "radiogroup":
            out.append((n, "aria-radiogroup"))
        elif role == "group" and any(c.attrs.get("aria-pressed") for c in n.iter()):
            out.append((n, "segmented"))
        elif n.tag == "button":
            if role == "switch":
                out.append((n, "button-switch"))
            elif role in ("radio",) or "aria-pressed" in a:
                continue
            elif role == "tab":
                out.append((n, "tab"))
            elif any("state" in (x.attrs.get("class") or "").split() for x in n.ancestors()):
                out.append((n, "state-row"))
            else:
                out.append((n, "button"))
    return out


def check_page(path, exp, meta):
    global labels_for
    errs = []
    src = open(path, encoding="utf-8").read()
    p = Parser()
    p.feed(src)
    root = p.root
    if not (p.decl or "").lower().startswith("doctype html"):
        errs.append("no doctype")
    if not any(c.strip().startswith("saved from url=") and exp["url"] in c for c in p.comments):
        errs.append("no saved-from comment with the URL")
    byid = {n.attrs["id"]: n for n in root.iter() if "id" in n.attrs}
    labels_for = {}
    for n in root.iter():
        if n.tag == "label" and n.attrs.get("for"):
            labels_for.setdefault(n.attrs["for"], []).append(n)
    htm = next(n for n in root.iter() if n.tag == "html")
    want_lang = "pt-BR" if exp["lang"] == "pt" else exp["lang"]
    if htm.attrs.get("lang") != want_lang:
        errs.append(f"html lang {htm.attrs.get('lang')} != {want_lang}")
    hcls = hidden_classes(root)
    header = next((n for n in root.iter() if n.tag == "header"), None)
    if header is None:
        errs.append("no header")
    else:
        hs = list(header.iter())
        if not any(n.tag == "input" and n.attrs.get("type") == "search" for n in hs):
            errs.append("no search box")
        if not any(n.tag == "select" for n in hs):
            errs.append("no language select")
        btn = [n for n in hs if n.tag == "button" and n.attrs.get("aria-controls")]
        if not btn or "hidden" not in byid.get(btn[0].attrs["aria-controls"], Node("x", {}, None)).attrs:
            errs.append("account menu not hidden")
    if not any(n.tag == "nav" for n in root.iter()):
        errs.append("no nav")
    if not any(n.tag == "footer" for n in root.iter()):
        errs.append("no footer")
    main = next(n for n in root.iter() if n.tag == "main")
    us = units(main)
    vis = [(n, k, accname(n, byid)) for n, k in us if not hidden_by(n, hcls)]
    hid = [(n, k, accname(n, byid), hidden_by(n, hcls)) for n, k in us if hidden_by(n, hcls)]
    if not 15 <= len(vis) <= 35:
        errs.append(f"{len(vis)} visible control units")
    if meta["visible_units"] != len(vis):
        errs.append(f"builder counted {meta['visible_units']} visible units, checker {len(vis)}")
    names = [v[2] for v in vis]
    for i, lab in enumerate(exp["ai_training"]):
        c = names.count(lab["label"])
        if c != 1:
            errs.append(f"label {lab['label']!r} matches {c} visible controls")
        else:
            k = vis[names.index(lab["label"])][1]
            if k != meta["labels"][i]["kind"]:
                errs.append(f"label {lab['label']!r}: kind {k} != {meta['labels'][i]['kind']}")
        # a label must not be contained in / contain another visible control's name
        for nm in names:
            if nm != lab["label"] and nm and (nm.lower() in lab["label"].lower() or lab["label"].lower() in nm.lower()):
                errs.append(f"label {lab['label']!r} overlaps visible control {nm!r}")
    if [l["label"] for l in exp["ai_training"]] != [l["label"] for l in meta["labels"]]:
        errs.append("expect.json and meta.json disagree")
    h = meta["hidden"]
    found = [x for x in hid if x[2] == h["name"]]
    if len(found) != 1:
        errs.append(f"hidden AI control {h['name']!r} found {len(found)} times among hidden units")
    elif found[0][3] != h["method"]:
        errs.append(f"hidden AI control hidden by {found[0][3]}, expected {h['method']}")
    if h["name"] in names:
        errs.append("hidden AI control name also visible")
    return errs, len(vis)


def main():
    meta = {(m["lang"] if m["lang"] != "pt-BR" else "pt", m["slug"]): m
            for m in json.load(open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8"))}
    bad = 0
    n = 0
    methods = {}
    for lang in ["en", "de", "fr", "es", "pt", "it", "nl"]:
        d = os.path.join(ROOT, lang)
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            if not f.endswith(".html"):
                continue
            slug = f[:-5]
            exp = json.load(open(os.path.join(d, slug + ".expect.json"), encoding="utf-8"))
            assert set(exp) == {"url", "lang", "notes", "ai_training"}, exp.keys()
            m = meta[(lang, slug)]
            methods[m["hidden"]["method"]] = methods.get(m["hidden"]["method"], 0) + 1
            errs, nv = check_page(os.path.join(d, f), exp, m)
            n += 1
            if errs:
                bad += 1
                print(f"FAIL {lang}/{f} ({nv} visible units)")
                for e in errs:
                    print("   ", e)
    print(f"{n} pages checked, {bad} failing; hiding methods: {methods}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
