#!/usr/bin/env python3
"""Self-check for blind51.  Independent of tools/lib.py: it parses the saved
pages with its own tree builder and computes accessible names itself.

Run: python3 check.py     (exit status 0 when every page passes)
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr"}
ROLE_CONTROLS = {"switch", "checkbox", "radio", "tab", "button", "menuitem", "menuitemcheckbox",
                 "menuitemradio", "option", "slider", "combobox", "textbox", "spinbutton"}
NATIVE = {"input", "select", "textarea", "button"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children = []

    def get(self, k, d=None):
        return self.attrs.get(k, d)

    def walk(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.walk()

    def ancestors(self):
        n = self.parent
        while n is not None:
            yield n
            n = n.parent


class TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.stack = [self.root]
        self.errors = []

    def handle_starttag(self, tag, attrs):
        d = {}
        for k, v in attrs:
            if k in d:
                self.errors.append("duplicate attribute %s on <%s>" % (k, tag))
            d[k] = "" if v is None else v
        n = Node(tag, d, self.stack[-1])
        self.stack[-1].children.append(n)
        if tag not in VOID:
            self.stack.append(n)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            self.errors.append("end tag for void element </%s>" % tag)
            return
        top = self.stack[-1]
        if top.tag != tag:
            self.errors.append("</%s> closes <%s> (line %d)" % (tag, top.tag, self.getpos()[0]))
            # recover: pop to the matching tag if any
            for i in range(len(self.stack) - 1, 0, -1):
                if self.stack[i].tag == tag:
                    del self.stack[i:]
                    break
            return
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def norm(s):
    return " ".join(s.split())


class Doc:
    def __init__(self, text):
        tb = TreeBuilder()
        tb.feed(text)
        tb.close()
        self.errors = list(tb.errors)
        if len(tb.stack) != 1:
            self.errors.append("unclosed elements: " + ", ".join(n.tag for n in tb.stack[1:]))
        self.root = tb.root
        self.nodes = list(self.root.walk())
        self.ids = {}
        for n in self.nodes:
            i = n.get("id")
            if i is not None:
                if i in self.ids:
                    self.errors.append("duplicate id %r" % i)
                self.ids[i] = n
        self.hidden_classes = set()
        for n in self.nodes:
            if n.tag == "style":
                css = "".join(c for c in n.children if isinstance(c, str))
                for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
                    b = body.replace(" ", "").lower()
                    if "display:none" in b or "visibility:hidden" in b:
                        for s in sel.split(","):
                            m = re.fullmatch(r"\s*\.([\w-]+)\s*", s)
                            if m:
                                self.hidden_classes.add(m.group(1))

    # ---------------------------------------------------------- visibility
    def self_hidden(self, n):
        if n.tag in ("#root",):
            return False
        if "hidden" in n.attrs:
            return True
        if n.get("aria-hidden", "").lower() == "true":
            return True
        st = n.get("style", "").replace(" ", "").lower()
        if "display:none" in st or "visibility:hidden" in st:
            return True
        if set(n.get("class", "").split()) & self.hidden_classes:
            return True
        if n.tag == "dialog" and "open" not in n.attrs:
            return True
        if n.tag in ("template", "head", "script", "style"):
            return True
        return False

    def hidden(self, n):
        return self.self_hidden(n) or any(self.self_hidden(a) for a in n.ancestors())

    def within(self, n, pred):
        return any(pred(a) for a in n.ancestors())

    # ---------------------------------------------------------- names
    def content_text(self, n, top=True):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
                continue
            if self.self_hidden(c):
                continue
            if c.tag in ("input", "select", "textarea"):
                continue
            if c.tag in ("div", "p", "li", "ul", "section", "fieldset", "legend", "br"):
                out.append(" " + self.content_text(c, False) + " ")
            else:
                out.append(self.content_text(c, False))
        return "".join(out)

    def ref_text(self, n):
        if n.get("aria-label", "").strip():
            return n.get("aria-label")
        return self.content_text(n)

    def name(self, n):
        lb = n.get("aria-labelledby")
        if lb:
            parts = []
            for i in lb.split():
                r = self.ids.get(i)
                if r is None:
                    continue
                parts.append(self.content_text(r) if r is n else self.ref_text(r))
            s = norm(" ".join(parts))
            if s:
                return s
        if n.get("aria-label", "").strip():
            return norm(n.get("aria-label"))
        if n.tag in ("input", "select", "textarea"):
            i = n.get("id")
            parts = []
            if i:
                for m in self.nodes:
                    if m.tag == "label" and m.get("for") == i:
                        parts.append(self.content_text(m))
            if not parts:
                for a in n.ancestors():
                    if a.tag == "label":
                        parts.append(self.content_text(a))
                        break
            s = norm(" ".join(parts))
            if s:
                return s
            return norm(n.get("title", ""))
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return norm(self.content_text(c))
            return ""
        if n.tag == "button" or n.get("role") in ROLE_CONTROLS:
            s = norm(self.content_text(n))
            return s or norm(n.get("title", ""))
        return ""

    # ---------------------------------------------------------- controls
    def controls(self):
        """Returns (units, members): units are controls as a person meets them
        (a radio group or a group of aria-pressed buttons is one unit); members
        are the radios / pressed-buttons that make up a group."""
        units, members = [], set()
        for n in self.nodes:
            if n.tag == "fieldset" or n.get("role") == "radiogroup":
                radios = [m for m in n.walk() if m.tag == "input" and m.get("type") == "radio"]
                if radios:
                    units.append((n, "radio group"))
                    members.update(id(r) for r in radios)
            if n.get("role") == "group":
                pressed = [m for m in n.walk() if m.tag == "button" and "aria-pressed" in m.attrs]
                if pressed:
                    units.append((n, "segmented group"))
                    members.update(id(b) for b in pressed)
        loose_radio_names = set()
        for n in self.nodes:
            if id(n) in members:
                continue
            if n.tag == "input":
                t = n.get("type", "text")
                if t == "hidden":
                    continue
                if t == "radio":
                    nm = n.get("name")
                    if nm in loose_radio_names:
                        continue
                    loose_radio_names.add(nm)
                units.append((n, "input:" + t))
            elif n.tag in ("select", "textarea", "button"):
                units.append((n, n.tag))
            elif n.get("role") in ROLE_CONTROLS and n.tag not in NATIVE:
                units.append((n, "role:" + n.get("role")))
        return units, members


def first_lines_ok(text, errs):
    lines = text.split("\n")
    if len(lines) < 3:
        errs.append("fewer than three lines")
        return None, None
    if lines[0] != "<!DOCTYPE html>":
        errs.append("line 1 is not <!DOCTYPE html>")
    m = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", lines[1])
    url = None
    if not m:
        errs.append("line 2 is not a saved-from comment")
    else:
        url = m.group(2)
        if int(m.group(1)) != len(url):
            errs.append("saved-from length %s != %d" % (m.group(1), len(url)))
    m2 = re.fullmatch(r'<html lang="([A-Za-z-]+)">', lines[2])
    lang = None
    if not m2:
        errs.append("line 3 is not <html lang=…>")
    else:
        lang = m2.group(1)
    return url, lang


def check_page(lang, path, meta_page):
    errs = []
    text = open(path, encoding="utf-8").read()
    url, html_lang = first_lines_ok(text, errs)
    exp_path = path[:-5] + ".expect.json"
    exp = json.load(open(exp_path, encoding="utf-8"))
    if set(exp) != {"url", "lang", "notes", "ai_training"}:
        errs.append("expect keys %s" % sorted(exp))
    if exp.get("url") != url:
        errs.append("expect url %r != page url %r" % (exp.get("url"), url))
    if exp.get("lang") != lang or (html_lang or "").split("-")[0] != lang:
        errs.append("lang mismatch: folder %s, expect %s, html %s" % (lang, exp.get("lang"), html_lang))
    if not isinstance(exp.get("notes"), str) or not exp.get("notes"):
        errs.append("notes missing")
    labels = exp.get("ai_training", [])
    for e in labels:
        if set(e) != {"label", "sharing"} or not isinstance(e["sharing"], bool) or not isinstance(e["label"], str):
            errs.append("bad ai_training entry %r" % e)

    doc = Doc(text)
    errs += doc.errors
    # references
    for n in doc.nodes:
        for attr in ("aria-labelledby", "aria-describedby", "aria-controls"):
            for i in n.get(attr, "").split():
                if i not in doc.ids:
                    errs.append("%s target %r missing" % (attr, i))
        if n.tag == "label" and n.get("for") and n.get("for") not in doc.ids:
            errs.append("label for=%r missing" % n.get("for"))

    # skeleton
    by_tag = lambda t: [n for n in doc.nodes if n.tag == t]
    headers, mains, navs, footers = by_tag("header"), by_tag("main"), by_tag("nav"), by_tag("footer")
    if len(headers) != 1 or len(mains) != 1 or len(footers) != 1 or not navs:
        errs.append("skeleton: header/main/nav/footer missing")
        return errs
    header, main = headers[0], mains[0]
    hn = list(header.walk())
    if not any(n.tag == "input" and n.get("type") == "search" and not doc.hidden(n) for n in hn):
        errs.append("header has no visible search box")
    if not any(n.tag == "select" and not doc.hidden(n) for n in hn):
        errs.append("header has no visible language select")
    menu = None
    for n in hn:
        if n.tag == "button" and n.get("aria-controls") and not doc.hidden(n):
            t = doc.ids.get(n.get("aria-controls"))
            if t is not None and "hidden" in t.attrs:
                menu = t
    if menu is None:
        errs.append("no account-menu button whose menu is hidden")
    if not any(doc.within(n, lambda a: a.tag == "aside" or a.tag == "nav") or n.tag == "nav"
               for n in doc.nodes if n.tag == "nav" and not doc.within(n, lambda a: a is header)):
        errs.append("no side navigation outside the header")

    in_main = lambda n: n is main or doc.within(n, lambda a: a is main)
    in_menu = lambda n: menu is not None and (n is menu or doc.within(n, lambda a: a is menu))
    units, members = doc.controls()
    named = [(n, k, doc.name(n), doc.hidden(n)) for n, k in units]

    # every control that matters has a name
    for n, k, nm, hid in named:
        if (in_main(n) or hid) and not nm:
            errs.append("control without a name: <%s> %s id=%s" % (n.tag, k, n.get("id")))

    # labels
    seen = set()
    for e in labels:
        lab = norm(e.get("label", ""))
        if lab in seen:
            errs.append("duplicate expected label %r" % lab)
        seen.add(lab)
        vis = [x for x in named if x[2] == lab and not x[3]]
        hid = [x for x in named if x[2] == lab and x[3]]
        if len(vis) != 1:
            errs.append("label %r names %d visible controls" % (lab, len(vis)))
        if hid:
            errs.append("label %r names a hidden control" % lab)
        if vis and not in_main(vis[0][0]):
            errs.append("label %r is outside <main>" % lab)
        low = lab.casefold()
        for x in named:
            if vis and x[0] is vis[0][0]:
                continue
            if not (in_main(x[0]) or x[3]):
                continue
            o = x[2].casefold()
            if not o:
                continue
            if (low in o or o in low) and x[2] != lab:
                errs.append("label %r collides with %s %r" % (lab, x[1], x[2]))

    # units in main
    vis_units = [x for x in named if in_main(x[0]) and not x[3]]
    if not 15 <= len(vis_units) <= 35:
        errs.append("main has %d visible control units (need 15–35)" % len(vis_units))
    if meta_page is None:
        errs.append("page missing from tools/meta.json")
    else:
        if meta_page["units"] != len(vis_units):
            errs.append("meta units %d != counted %d" % (meta_page["units"], len(vis_units)))
        ml = [(norm(l["label"]), l["sharing"]) for l in meta_page["labels"]]
        el = [(norm(l["label"]), l["sharing"]) for l in labels]
        if ml != el:
            errs.append("meta labels differ from expect file")

    # hidden control outside the account menu
    if not any(x[3] and not in_menu(x[0]) for x in named):
        errs.append("no hidden control outside the account menu")
    return errs


def main():
    meta = json.load(open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8"))
    mp = {(m["lang"], m["page"]): m for m in meta["pages"]}
    total, bad, nlab = 0, 0, 0
    found = set()
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        if not os.path.isdir(d):
            print("missing folder", lang)
            bad += 1
            continue
        pages = sorted(f for f in os.listdir(d) if f.endswith(".html"))
        if len(pages) != 5:
            print("%s: %d pages (need 5)" % (lang, len(pages)))
            bad += 1
        for f in pages:
            slug = f[:-5]
            found.add((lang, slug))
            total += 1
            errs = check_page(lang, os.path.join(d, f), mp.get((lang, slug)))
            nlab += len(json.load(open(os.path.join(d, slug + ".expect.json"), encoding="utf-8"))["ai_training"])
            if errs:
                bad += 1
                print("FAIL %s/%s" % (lang, f))
                for e in errs:
                    print("   ", e)
    for k in mp:
        if k not in found:
            print("meta.json lists a page that does not exist:", k)
            bad += 1
    print("%d pages checked, %d labelled controls, %d failing" % (total, nlab, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
