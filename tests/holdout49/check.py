#!/usr/bin/env python3
"""Self-check for blind49. Independent of tools/lib.py: it parses every saved page
with its own tree builder, computes accessible names and visibility itself, and
compares with the .expect.json files and tools/meta.json."""
import glob
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "source", "track", "wbr"}
WIDGET_ROLES = {"button", "switch", "checkbox", "radio", "tab", "menuitem", "menuitemcheckbox",
                "menuitemradio", "slider", "spinbutton", "combobox", "textbox", "searchbox", "option"}
NAME_FROM_CONTENT = {"button", "switch", "checkbox", "radio", "tab", "menuitem", "menuitemcheckbox",
                     "menuitemradio", "link", "option"}
SKIP_TEXT = {"style", "script", "title", "template"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children = []

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


class Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.errors = []

    def handle_starttag(self, tag, attrs):
        d = {}
        for k, v in attrs:
            if k in d:
                self.errors.append(f"duplicate attribute {k} on <{tag}>")
            d[k] = "" if v is None else v
        n = Node(tag, d, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID:
            self.errors.append(f"self-closed non-void <{tag}/>")
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.cur = self.cur.parent

    def handle_endtag(self, tag):
        if tag in VOID:
            self.errors.append(f"end tag for void element </{tag}>")
            return
        if self.cur.tag != tag:
            self.errors.append(f"</{tag}> closes <{self.cur.tag}> (line {self.getpos()[0]})")
            # try to recover
            for a in [self.cur] + list(self.cur.ancestors()):
                if a.tag == tag:
                    self.cur = a.parent
                    return
            return
        self.cur = self.cur.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def norm(s):
    return " ".join(s.lower().split()).strip(" .:·,;")


class Page:
    def __init__(self, path):
        self.path = path
        with open(path, encoding="utf-8") as fh:
            self.src = fh.read()
        t = Tree()
        t.feed(self.src)
        t.close()
        self.errors = list(t.errors)
        if t.cur is not t.root:
            self.errors.append(f"unclosed <{t.cur.tag}> at end of document")
        self.root = t.root
        self.nodes = list(self.root.walk())
        self.byid = {}
        for n in self.nodes:
            i = n.attrs.get("id")
            if i is not None:
                if i in self.byid:
                    self.errors.append(f"duplicate id {i}")
                self.byid[i] = n
        css = "".join("".join(c for c in n.children if isinstance(c, str)) for n in self.nodes if n.tag == "style")
        self.hidden_classes = set()
        for rule in css.split("}"):
            if "{" not in rule:
                continue
            sel, body = rule.split("{", 1)
            body = body.replace(" ", "").lower()
            m = re.fullmatch(r"\s*\.([\w-]+)\s*", sel)
            if m and ("display:none" in body or "visibility:hidden" in body):
                self.hidden_classes.add(m.group(1))

    # ------------------------------------------------------------ visibility
    def self_hidden(self, n):
        a = n.attrs
        if "hidden" in a:
            return True
        if a.get("aria-hidden", "").lower() == "true":
            return True
        st = a.get("style", "").replace(" ", "").lower()
        if "display:none" in st or "visibility:hidden" in st:
            return True
        if set(a.get("class", "").split()) & self.hidden_classes:
            return True
        if n.tag == "dialog" and "open" not in a:
            return True
        return False

    def hidden(self, n):
        return self.self_hidden(n) or any(self.self_hidden(a) for a in n.ancestors())

    # ------------------------------------------------------------------ names
    def text(self, n):
        parts = []
        for c in n.children:
            if isinstance(c, str):
                parts.append(c)
            elif c.tag in SKIP_TEXT or self.self_hidden(c):
                continue
            elif c.tag in ("input", "select", "textarea"):
                continue
            else:
                parts.append(" " + self.text(c) + " ")
        return " ".join("".join(parts).split())

    def role(self, n):
        r = n.attrs.get("role")
        if r:
            return r.split()[0]
        if n.tag == "button":
            return "button"
        if n.tag == "input":
            t = n.attrs.get("type", "text").lower()
            return {"checkbox": "checkbox", "radio": "radio", "search": "searchbox",
                    "button": "button", "submit": "button", "range": "slider"}.get(t, "textbox")
        if n.tag == "select":
            return "combobox"
        return n.tag

    def name(self, n):
        a = n.attrs
        if a.get("aria-labelledby", "").strip():
            out = []
            for i in a["aria-labelledby"].split():
                ref = self.byid.get(i)
                if ref is not None:
                    out.append(self.text(ref))
            s = " ".join(" ".join(out).split())
            if s:
                return s
        if a.get("aria-label", "").strip():
            return " ".join(a["aria-label"].split())
        if n.tag in ("input", "select", "textarea"):
            if n.tag == "input" and a.get("type") in ("button", "submit", "reset"):
                return a.get("value", "")
            labs = []
            if a.get("id"):
                labs += [x for x in self.nodes if x.tag == "label" and x.attrs.get("for") == a["id"]]
            for anc in n.ancestors():
                if anc.tag == "label" and anc not in labs:
                    labs.append(anc)
                    break
            s = " ".join(self.text(x) for x in labs).strip()
            if s:
                return s
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return self.text(c)
        if self.role(n) in NAME_FROM_CONTENT:
            s = self.text(n)
            if s:
                return s
        return " ".join(a.get("title", "").split())

    # --------------------------------------------------------------- controls
    def is_control(self, n):
        if n.tag == "input":
            return n.attrs.get("type", "text").lower() != "hidden"
        if n.tag in ("select", "textarea", "button"):
            return True
        r = n.attrs.get("role")
        return bool(r) and r.split()[0] in WIDGET_ROLES

    def units(self):
        """[(name, [member nodes], kind)] — radio sets and aria-pressed groups count once."""
        out = []
        groups = {}
        for n in self.nodes:
            if not self.is_control(n):
                continue
            r = self.role(n)
            key = None
            if r == "radio":
                grp = None
                for anc in n.ancestors():
                    if anc.attrs.get("role") == "radiogroup" or anc.tag == "fieldset":
                        grp = anc
                        break
                key = ("radio", n.attrs.get("name") or id(grp))
                gname = self.name(grp) if grp is not None else ""
                kind = "radio-group"
            elif "aria-pressed" in n.attrs:
                grp = next((anc for anc in n.ancestors() if anc.attrs.get("role") in ("group", "toolbar")), None)
                if grp is not None:
                    key = ("pressed", id(grp))
                    gname = self.name(grp)
                    kind = "pressed-group"
            if key is None:
                out.append([self.name(n), [n], r])
            elif key in groups:
                groups[key][1].append(n)
            else:
                groups[key] = [gname, [n], kind]
                out.append(groups[key])
        return [tuple(u) for u in out]


def inside(n, anc):
    return any(a is anc for a in n.ancestors())


def check_page(lang, html_path, meta_units):
    errs = []
    slug = os.path.basename(html_path)[:-5]
    with open(html_path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[0] != "<!DOCTYPE html>":
        errs.append("line 1 is not <!DOCTYPE html>")
    m = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", lines[1])
    url = None
    if not m:
        errs.append("line 2 is not a saved-from comment")
    else:
        url = m.group(2)
        if int(m.group(1)) != len(url):
            errs.append(f"saved-from length {m.group(1)} != {len(url)}")
    m3 = re.fullmatch(r'<html lang="([A-Za-z-]+)">', lines[2])
    if not m3:
        errs.append("line 3 is not <html lang=…>")
    elif m3.group(1).split("-")[0].lower() != lang:
        errs.append(f"html lang {m3.group(1)} does not match folder {lang}")

    exp_path = html_path[:-5] + ".expect.json"
    try:
        with open(exp_path, encoding="utf-8") as fh:
            exp = json.load(fh)
    except Exception as e:
        return [f"expect file: {e}"], 0, 0
    if set(exp) != {"url", "lang", "notes", "ai_training"}:
        errs.append(f"expect keys {sorted(exp)}")
    if exp.get("url") != url:
        errs.append("expect url differs from the page's")
    if exp.get("lang") != lang:
        errs.append("expect lang differs from folder")
    if not isinstance(exp.get("notes"), str) or not exp.get("notes"):
        errs.append("notes missing")
    labels = exp.get("ai_training", [])
    for e in labels:
        if set(e) != {"label", "sharing"} or not isinstance(e.get("label"), str) or not isinstance(e.get("sharing"), bool):
            errs.append(f"bad entry {e}")

    p = Page(html_path)
    errs += p.errors
    # references
    for n in p.nodes:
        for attr in ("aria-labelledby", "aria-describedby", "aria-controls"):
            for i in n.attrs.get(attr, "").split():
                if i not in p.byid:
                    errs.append(f"{attr} target #{i} missing")
        if n.tag == "label" and "for" in n.attrs and n.attrs["for"] not in p.byid:
            errs.append(f"label for=#{n.attrs['for']} missing")
    # skeleton
    def one(tag):
        xs = [n for n in p.nodes if n.tag == tag]
        if len(xs) != 1:
            errs.append(f"expected one <{tag}>, found {len(xs)}")
            return None
        return xs[0]
    header, main, footer = one("header"), one("main"), one("footer")
    navs = [n for n in p.nodes if n.tag == "nav" and (main is None or not inside(n, main))]
    if not navs:
        errs.append("no side navigation")
    menu = None
    if header is not None:
        hn = [n for n in p.nodes if inside(n, header)]
        if not any(n.tag == "input" and n.attrs.get("type") == "search" for n in hn):
            errs.append("header has no search box")
        if not any(n.tag == "select" for n in hn):
            errs.append("header has no language select")
        btn = [n for n in hn if n.tag == "button" and n.attrs.get("aria-controls")]
        if not btn:
            errs.append("header has no account-menu button")
        else:
            menu = p.byid.get(btn[0].attrs["aria-controls"])
            if menu is None or "hidden" not in menu.attrs:
                errs.append("account menu is not hidden")
            elif not any(p.is_control(x) for x in menu.walk()):
                errs.append("account menu holds no items")
    units = p.units()
    vis = [u for u in units if not p.hidden(u[1][0])]
    hid = [u for u in units if p.hidden(u[1][0])]
    main_vis = [u for u in vis if main is not None and inside(u[1][0], main)]
    for u in main_vis:
        if not u[0].strip():
            errs.append(f"unnamed control in main ({u[2]})")
    if not 15 <= len(main_vis) <= 35:
        errs.append(f"main has {len(main_vis)} visible control units (need 15–35)")
    if meta_units is None:
        errs.append("page missing from tools/meta.json")
    elif meta_units != len(main_vis):
        errs.append(f"main has {len(main_vis)} visible units, meta.json says {meta_units}")
    if not any(menu is None or not inside(u[1][0], menu) for u in hid):
        errs.append("no hidden control outside the account menu")
    # labels
    seen = set()
    for e in labels:
        L = norm(e.get("label", ""))
        if not L:
            errs.append("empty label")
            continue
        if L in seen:
            errs.append(f"label listed twice: {e['label']}")
        seen.add(L)
        same = [u for u in vis if norm(u[0]) == L]
        if len(same) != 1:
            errs.append(f"label {e['label']!r} names {len(same)} visible controls")
            continue
        if main is None or not inside(same[0][1][0], main):
            errs.append(f"label {e['label']!r} is outside <main>")
        if any(norm(u[0]) == L for u in hid):
            errs.append(f"label {e['label']!r} also names a hidden control")
        for u in main_vis + hid:
            if u is same[0]:
                continue
            N = norm(u[0])
            if N and (L in N or N in L):
                errs.append(f"label {e['label']!r} overlaps control name {u[0]!r}")
    return errs, len(main_vis), len(labels)


def main():
    with open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8") as fh:
        meta = json.load(fh)
    mu = {(m["lang"], m["page"]): m["units"] for m in meta["pages"]}
    ml = {(m["lang"], m["page"]): m["labelled"] for m in meta["pages"]}
    bad = 0
    pages = labelled = 0
    for lang in LANGS:
        files = sorted(glob.glob(os.path.join(ROOT, lang, "*.html")))
        if len(files) != 5:
            print(f"{lang}: {len(files)} pages (need 5)")
            bad += 1
        for f in files:
            slug = os.path.basename(f)[:-5]
            errs, nu, nl = check_page(lang, f, mu.get((lang, slug)))
            if ml.get((lang, slug)) != nl:
                errs.append(f"{nl} labels but meta.json says {ml.get((lang, slug))}")
            pages += 1
            labelled += nl
            if errs:
                bad += 1
                print(f"FAIL {lang}/{slug}")
                for e in errs:
                    print("   ", e)
    print(f"{pages} pages, {labelled} labelled controls, {bad} failing")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
