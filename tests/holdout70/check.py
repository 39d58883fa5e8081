#!/usr/bin/env python3
"""Self-check for the blind70 holdout set.

Builds its own DOM with html.parser, computes visibility and accessible names, and verifies:
  * page skeleton (doctype, saved-from comment with the right length, html lang, header with a
    search box, a language select and an account button whose menu is hidden, side nav, footer);
  * valid attributes (no duplicate attribute on an element, unique ids, aria references exist);
  * every expected label is the accessible name of exactly one VISIBLE control;
  * every hidden ai-training control booked in tools/meta.json exists and is really hidden;
  * 15-35 visible control units in <main>.
Exit status 1 on any error.
"""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children = []

    def get(self, k, d=None):
        return self.attrs.get(k, d)

    def classes(self):
        return (self.attrs.get("class") or "").split()

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()


class DOM(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.errors = []
        self.comments = []
        self.decl = None

    def handle_decl(self, d):
        self.decl = d

    def handle_comment(self, c):
        self.comments.append(c)

    def handle_starttag(self, tag, attrs):
        names = [a for a, _ in attrs]
        dups = {a for a in names if names.count(a) > 1}
        if dups:
            self.errors.append("duplicate attribute(s) %s on <%s> at line %d" % (sorted(dups), tag, self.getpos()[0]))
        n = Node(tag, {a: (v if v is not None else "") for a, v in attrs}, self.cur)
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
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is None:
            self.errors.append("stray </%s> at line %d" % (tag, self.getpos()[0]))
            return
        if n is not self.cur:
            self.errors.append("unclosed <%s> before </%s> at line %d" % (self.cur.tag, tag, self.getpos()[0]))
        self.cur = n.parent

    def handle_data(self, d):
        self.cur.children.append(d)


def norm(s):
    return " ".join(s.split())


class Page:
    def __init__(self, path):
        self.path = path
        with open(path, encoding="utf-8") as f:
            self.src = f.read()
        self.dom = DOM()
        self.dom.feed(self.src)
        self.dom.close()
        self.errors = list(self.dom.errors)
        self.ids = {}
        for n in self.dom.root.iter():
            i = n.get("id")
            if i is not None:
                if i in self.ids:
                    self.errors.append("duplicate id %r" % i)
                self.ids[i] = n
        css = " ".join("".join(c for c in n.children if isinstance(c, str))
                       for n in self.dom.root.iter() if n.tag == "style")
        self.none_classes = set(m.group(1) for m in re.finditer(r"\.([\w-]+)\s*\{[^}]*display\s*:\s*none", css))

    # ---- visibility ----------------------------------------------------
    def self_hidden(self, n):
        if not isinstance(n, Node) or n.tag == "#root":
            return None
        if "hidden" in n.attrs:
            return "hidden"
        st = re.sub(r"\s+", "", n.get("style", "").lower())
        if "display:none" in st:
            return "display"
        if "visibility:hidden" in st:
            return "visibility"
        if set(n.classes()) & self.none_classes:
            return "class"
        if n.get("aria-hidden") == "true":
            return "aria"
        if n.tag == "dialog" and "open" not in n.attrs:
            return "dialog"
        return None

    def hidden_by(self, n):
        while n is not None:
            h = self.self_hidden(n)
            if h:
                if h == "hidden" and n.get("role") == "tabpanel":
                    return "tabpanel"
                return h
            n = n.parent
        return None

    def inside(self, n, tag):
        while n is not None:
            if n.tag == tag:
                return n
            n = n.parent
        return None

    # ---- names -----------------------------------------------------------
    def text(self, n, root=True):
        if isinstance(n, str):
            return n
        if n.tag in ("script", "style", "select", "textarea"):
            return ""
        if n.tag == "input":
            return ""
        if not root and self.self_hidden(n) in ("hidden", "display", "visibility", "class", "aria"):
            return ""
        if not root and n.get("aria-label"):
            return " " + n.get("aria-label") + " "
        sep = " " if n.tag in ("p", "div", "li", "td", "th", "br", "h1", "h2", "h3", "h4", "legend", "label") else ""
        return sep + "".join(self.text(c, False) for c in n.children) + sep

    def labelledby(self, n):
        ref = n.get("aria-labelledby")
        if ref:
            parts = []
            for r in ref.split():
                t = self.ids.get(r)
                if t is None:
                    self.errors.append("aria-labelledby target %r missing" % r)
                    continue
                parts.append(t.get("aria-label") if (t is not n and t.get("aria-label")) else norm(self.text(t)))
            return norm(" ".join(parts))
        return None

    def name(self, n):
        lb = self.labelledby(n)
        if lb:
            return lb
        if n.get("aria-label"):
            return norm(n.get("aria-label"))
        if n.tag in ("input", "select", "textarea"):
            i = n.get("id")
            if i:
                for l in self.dom.root.iter():
                    if l.tag == "label" and l.get("for") == i:
                        return norm(self.text(l))
            l = self.inside(n, "label")
            if l is not None:
                return norm(self.text(l))
            return norm(n.get("title") or n.get("placeholder") or "")
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return norm(self.text(c))
            return ""
        return norm(self.text(n))

    # ---- control units ----------------------------------------------------
    def units(self):
        """yields (node, kind, name)"""
        radios_done = set()
        for n in self.dom.root.iter():
            role = n.get("role")
            if n.tag == "input" and n.get("type") == "radio":
                key = n.get("name")
                if key in radios_done:
                    continue
                radios_done.add(key)
                g = n.parent
                while g is not None and g.tag != "fieldset" and g.get("role") != "radiogroup":
                    g = g.parent
                if g is None:
                    yield n, "radio", self.name(n)
                else:
                    yield g, "radio-group", self.name(g)
            elif n.tag == "input" and n.get("type") in ("checkbox",):
                yield n, "switch" if role == "switch" else "checkbox", self.name(n)
            elif n.tag == "input" and n.get("type") in ("text", "email", "search", "number", "url", "tel"):
                yield n, "textfield", self.name(n)
            elif n.tag == "select":
                yield n, "select", self.name(n)
            elif role == "radiogroup":
                yield n, "radio-group", self.name(n)
            elif role == "group" and any(c.tag == "button" and "aria-pressed" in c.attrs for c in n.iter()):
                yield n, "pressed-group", self.name(n)
            elif n.tag == "button":
                if "aria-pressed" in n.attrs and n.parent is not None and n.parent.get("role") == "group":
                    continue
                yield n, "switch" if role == "switch" else ("tab" if role == "tab" else "button"), self.name(n)


def main():
    errs, warns = [], []
    meta = json.load(open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8"))
    meta_by = {(m["lang"], m["page"]): m for m in meta}
    total = {l: 0 for l in LANGS}
    npages = 0
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        pages = sorted(f[:-5] for f in os.listdir(d) if f.endswith(".html"))
        if len(pages) != 5:
            errs.append("%s: %d pages, want 5" % (lang, len(pages)))
        for slug in pages:
            npages += 1
            where = "%s/%s" % (lang, slug)
            P = Page(os.path.join(d, slug + ".html"))
            ex = json.load(open(os.path.join(d, slug + ".expect.json"), encoding="utf-8"))
            E = ["%s: %s" % (where, x) for x in P.errors]
            # skeleton
            if not P.src.startswith("<!DOCTYPE html>"):
                E.append(where + ": no doctype first")
            m = re.search(r"<!-- saved from url=\((\d{4})\)(\S+) -->", P.src)
            if not m or int(m.group(1)) != len(m.group(2)) or m.group(2) != ex["url"]:
                E.append(where + ": saved-from comment wrong")
            htm = [n for n in P.dom.root.iter() if n.tag == "html"]
            if not htm or htm[0].get("lang") != lang or ex["lang"] != lang:
                E.append(where + ": lang wrong")
            hdr = [n for n in P.dom.root.iter() if n.tag == "header"]
            if not hdr:
                E.append(where + ": no header")
            else:
                h = hdr[0]
                if not any(n.tag == "input" and n.get("type") == "search" for n in h.iter()):
                    E.append(where + ": no search box")
                if not any(n.tag == "select" for n in h.iter()):
                    E.append(where + ": no language select")
                acc = [n for n in h.iter() if n.tag == "button" and n.get("aria-controls")]
                if not acc or P.hidden_by(P.ids.get(acc[0].get("aria-controls"))) is None:
                    E.append(where + ": account menu not hidden")
            if not any(n.tag == "nav" for n in P.dom.root.iter()):
                E.append(where + ": no nav")
            if not any(n.tag == "footer" for n in P.dom.root.iter()):
                E.append(where + ": no footer")
            for n in P.dom.root.iter():
                r = n.get("aria-describedby")
                if r:
                    for x in r.split():
                        if x not in P.ids:
                            E.append(where + ": aria-describedby target %r missing" % x)
            units = list(P.units())
            main_ = [n for n in P.dom.root.iter() if n.tag == "main"][0]

            def in_main(n):
                while n is not None:
                    if n is main_:
                        return True
                    n = n.parent
                return False
            vis = [(n, k, nm) for n, k, nm in units if P.hidden_by(n) is None]
            hid = [(n, k, nm, P.hidden_by(n)) for n, k, nm in units if P.hidden_by(n) is not None]
            nmain = sum(1 for n, k, nm in vis if in_main(n))
            if not 15 <= nmain <= 35:
                E.append(where + ": %d visible control units in main" % nmain)
            for n, k, nm in vis:
                if not nm:
                    E.append(where + ": visible %s without a name" % k)
            # expected labels
            labels = [norm(x["label"]) for x in ex["ai_training"]]
            if len(set(labels)) != len(labels):
                E.append(where + ": duplicate expected label")
            for lab in labels:
                hits = [x for x in vis if x[2] == lab]
                if len(hits) != 1:
                    E.append(where + ": expected label %r names %d visible controls" % (lab, len(hits)))
                for n, k, nm in vis:
                    a, b = " %s " % nm.lower(), " %s " % lab.lower()
                    if nm != lab and nm and in_main(n) and (a in b or b in a):
                        warns.append(where + ": %r overlaps visible control %r" % (lab, nm))
            # hidden controls booked in meta
            mm = meta_by.get((lang, slug))
            if mm is None:
                E.append(where + ": not in meta.json")
            else:
                if [norm(x["label"]) for x in mm["labels"]] != labels:
                    E.append(where + ": meta labels differ from expect.json")
                if not mm["hidden"]:
                    E.append(where + ": no hidden ai-training control")
                for hx in mm["hidden"]:
                    hh = [x for x in hid if x[2] == norm(hx["label"])]
                    if not hh:
                        E.append(where + ": hidden control %r not found hidden" % hx["label"])
                    elif any(x[3] != hx["hidden_by"] for x in hh):
                        E.append(where + ": hidden control %r hidden by %s, booked %s" % (hx["label"], hh[0][3], hx["hidden_by"]))
                    if any(x[2] == norm(hx["label"]) for x in vis):
                        E.append(where + ": hidden control %r also names a visible control" % hx["label"])
            total[lang] += len(labels)
            errs.extend(E)
    for w in warns:
        print("warning:", w)
    for x in errs:
        print("ERROR:", x)
    print("pages: %d; labelled per language: %s; total %d" % (npages, total, sum(total.values())))
    if errs:
        print("check FAILED (%d errors)" % len(errs))
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
