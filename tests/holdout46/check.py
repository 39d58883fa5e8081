#!/usr/bin/env python3
"""Self-check for the blind46 set.

Independent of tools/lib.py: parses every saved page with html.parser, builds
its element tree, works out visibility and accessible names itself, and
compares the result with the page's .expect.json and tools/meta.json.
Exit status 0 when everything passes.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
REF_ATTRS = ("aria-labelledby", "aria-describedby", "aria-controls")
CONTROL_ROLES = {"switch", "checkbox", "radio", "button", "combobox", "textbox", "slider", "spinbutton"}


class Node:
    __slots__ = ("tag", "attrs", "children", "parent", "line")

    def __init__(self, tag, attrs, parent, line):
        self.tag, self.attrs, self.parent, self.line = tag, attrs, parent, line
        self.children = []

    def get(self, k, default=None):
        return self.attrs.get(k, default)

    def ancestors(self):
        n = self.parent
        while n is not None:
            yield n
            n = n.parent

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()


class TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None, 0)
        self.stack = [self.root]
        self.errors = []
        self.styles = []

    def handle_starttag(self, tag, attrs):
        d = {}
        for k, v in attrs:
            if k in d:
                self.errors.append(f"line {self.getpos()[0]}: duplicate attribute {k}")
            d[k] = "" if v is None else v
        n = Node(tag, d, self.stack[-1], self.getpos()[0])
        self.stack[-1].children.append(n)
        if tag not in VOID:
            self.stack.append(n)

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID:
            self.errors.append(f"line {self.getpos()[0]}: self-closing non-void <{tag}/>")
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            self.errors.append(f"line {self.getpos()[0]}: end tag for void <{tag}>")
            return
        top = self.stack[-1]
        if top.tag != tag:
            self.errors.append(f"line {self.getpos()[0]}: </{tag}> closes <{top.tag}> opened on line {top.line}")
            # recover: pop to the matching element if any
            for i in range(len(self.stack) - 1, 0, -1):
                if self.stack[i].tag == tag:
                    del self.stack[i:]
                    break
            return
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].children.append(data)
        if self.stack[-1].tag == "style":
            self.styles.append(data)

    def close(self):
        super().close()
        if len(self.stack) != 1:
            self.errors.append("unclosed elements: " + ", ".join(f"<{n.tag}> line {n.line}" for n in self.stack[1:]))


def norm(s):
    return re.sub(r"[\W_]+", " ", s.lower()).strip()


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class PageModel:
    def __init__(self, text):
        tb = TreeBuilder()
        tb.feed(text)
        tb.close()
        self.errors = list(tb.errors)
        self.root = tb.root
        self.ids = {}
        for n in self.root.iter():
            i = n.get("id")
            if i is not None:
                if i in self.ids:
                    self.errors.append(f"duplicate id {i!r}")
                self.ids[i] = n
        self.hide_classes = set()
        self.invisible_classes = set()
        css = "\n".join(tb.styles)
        for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
            b = body.replace(" ", "").lower()
            for s in sel.split(","):
                s = s.strip()
                m = re.fullmatch(r"\.([\w-]+)", s)
                if not m:
                    continue
                if "display:none" in b:
                    self.hide_classes.add(m.group(1))
                if "visibility:hidden" in b:
                    self.invisible_classes.add(m.group(1))

    # ---------------------------------------------------------- visibility
    def self_hidden(self, n):
        """Is this element, on its own, a reason its subtree is not shown?"""
        if not isinstance(n, Node) or n.tag == "#root":
            return False
        if "hidden" in n.attrs:
            return True
        if n.get("aria-hidden", "").lower() == "true":
            return True
        style = n.get("style", "").replace(" ", "").lower()
        if "display:none" in style or "visibility:hidden" in style:
            return True
        classes = set(n.get("class", "").split())
        if classes & (self.hide_classes | self.invisible_classes):
            return True
        if n.tag == "dialog" and "open" not in n.attrs:
            return True
        if n.tag in ("template", "script", "style", "head", "title"):
            return True
        return False

    def hidden(self, n):
        return self.self_hidden(n) or any(self.self_hidden(a) for a in n.ancestors())

    # ---------------------------------------------------------- names
    def text(self, n, top=True):
        """Text content for name computation; skips hidden descendants
        (but not the starting node itself, as aria-labelledby allows)."""
        if isinstance(n, str):
            return n
        if not top and self.self_hidden(n):
            return ""
        if n.tag == "input":
            return ""
        if n.tag == "select":
            return ""
        parts = []
        for c in n.children:
            parts.append(self.text(c, False))
        return "".join(parts)

    def name(self, n):
        lb = n.get("aria-labelledby")
        if lb:
            parts = []
            for r in lb.split():
                ref = self.ids.get(r)
                if ref is not None:
                    parts.append(ws(self.text(ref)))
            return ws(" ".join(parts))
        al = n.get("aria-label")
        if al and al.strip():
            return ws(al)
        if n.tag in ("input", "select", "textarea"):
            i = n.get("id")
            if i:
                for m in self.root.iter():
                    if m.tag == "label" and m.get("for") == i:
                        return ws(self.text(m))
            for a in n.ancestors():
                if a.tag == "label":
                    return ws(self.text(a))
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return ws(self.text(c))
        if n.tag == "button" or n.get("role") in ("switch", "checkbox", "radio", "button"):
            return ws(self.text(n))
        return ws(n.get("title", ""))

    # ---------------------------------------------------------- controls
    def is_control(self, n):
        role = n.get("role")
        if role in ("tab", "menuitem", "none", "presentation"):
            return False
        if n.tag in ("select", "textarea"):
            return True
        if n.tag == "input":
            return n.get("type", "text").lower() != "hidden"
        if n.tag == "button":
            return True
        return role in CONTROL_ROLES

    def units(self, scope):
        """Control units inside scope: (kind, name, representative node).
        Radios of one name form one unit named by their fieldset/radiogroup;
        aria-pressed buttons in one role=group form one unit named by the group."""
        out = []
        seen_groups = set()
        for n in scope.iter():
            if not self.is_control(n):
                continue
            if n.tag == "input" and n.get("type", "").lower() == "radio":
                grp = None
                for a in n.ancestors():
                    if a.tag == "fieldset" or a.get("role") == "radiogroup":
                        grp = a
                        break
                key = ("radio", id(grp) if grp is not None else n.get("name"))
                if key in seen_groups:
                    continue
                seen_groups.add(key)
                out.append(("radio", self.name(grp) if grp is not None else "", n if grp is None else grp))
                continue
            if n.tag == "button" and "aria-pressed" in n.attrs:
                grp = n.parent if n.parent is not None and n.parent.get("role") == "group" else None
                if grp is not None:
                    key = ("seg", id(grp))
                    if key in seen_groups:
                        continue
                    seen_groups.add(key)
                    out.append(("segmented", self.name(grp), grp))
                    continue
            kind = n.get("role") or n.get("type") or n.tag
            out.append((kind, self.name(n), n))
        return out


def check_page(lang, fname, meta_by_page):
    errs = []
    path = os.path.join(ROOT, lang, fname)
    slug = fname[:-5]
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    # first three lines
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
    page_lang = None
    if not m3:
        errs.append("line 3 is not <html lang=…>")
    else:
        page_lang = m3.group(1)
        if page_lang.split("-")[0].lower() != lang:
            errs.append(f"html lang {page_lang} not in folder {lang}")
    # expect file
    exp_path = os.path.join(ROOT, lang, slug + ".expect.json")
    try:
        with open(exp_path, encoding="utf-8") as f:
            exp = json.load(f)
    except Exception as e:  # noqa
        return [f"expect file: {e}"]
    if set(exp) != {"url", "lang", "notes", "ai_training"}:
        errs.append(f"expect keys {sorted(exp)}")
    if exp.get("url") != url:
        errs.append(f"expect url {exp.get('url')} != page url {url}")
    if exp.get("lang") != lang or (page_lang and page_lang.split("-")[0].lower() != exp.get("lang")):
        errs.append(f"expect lang {exp.get('lang')} != {lang}/{page_lang}")
    if not isinstance(exp.get("notes"), str) or not exp.get("notes"):
        errs.append("notes missing")
    items = exp.get("ai_training", [])
    for it in items:
        if set(it) != {"label", "sharing"} or not isinstance(it.get("label"), str) or not isinstance(it.get("sharing"), bool):
            errs.append(f"bad ai_training item {it}")
    # markup
    pm = PageModel(text)
    errs += pm.errors
    for n in pm.root.iter():
        for a in REF_ATTRS:
            for r in n.get(a, "").split():
                if r not in pm.ids:
                    errs.append(f"{a} target {r!r} missing (line {n.line})")
        if n.tag == "label" and n.get("for") and n.get("for") not in pm.ids:
            errs.append(f"label for={n.get('for')!r} missing")
    # skeleton
    def find(tag, scope=pm.root):
        return [n for n in scope.iter() if n.tag == tag]
    headers, navs, mains, footers = find("header"), find("nav"), find("main"), find("footer")
    if len(headers) != 1 or len(mains) != 1 or len(footers) != 1 or not navs:
        errs.append("skeleton: need one header, one main, one footer and a nav")
        return errs
    header, main = headers[0], mains[0]
    if not any(n.tag == "input" and n.get("type") == "search" for n in header.iter()):
        errs.append("header has no search box")
    if not find("select", header):
        errs.append("header has no language select")
    menu = None
    for b in find("button", header):
        t = b.get("aria-controls")
        if t and t in pm.ids:
            menu = pm.ids[t]
    if menu is None:
        errs.append("header has no account-menu button with aria-controls")
    elif "hidden" not in menu.attrs or header not in list(menu.ancestors()):
        errs.append("account menu is not a hidden element in the header")
    if any(main in list(n.ancestors()) for n in navs):
        errs.append("side navigation inside main")
    # controls
    main_units = [(k, nm, n) for (k, nm, n) in pm.units(main) if not pm.hidden(n)]
    all_units = pm.units(pm.root)
    hidden_units = [(k, nm, n) for (k, nm, n) in all_units if pm.hidden(n)]
    menu_nodes = set(id(x) for x in menu.iter()) if menu is not None else set()
    hidden_outside_menu = [u for u in hidden_units if id(u[2]) not in menu_nodes]
    if not hidden_outside_menu:
        errs.append("no hidden control outside the account menu")
    for k, nm, n in main_units:
        if not nm:
            errs.append(f"visible {k} on line {n.line} has no accessible name")
    n_units = len(main_units)
    if not 15 <= n_units <= 35:
        errs.append(f"{n_units} visible control units in main (need 15-35)")
    meta = meta_by_page.get((lang, slug))
    if meta is None:
        errs.append("page missing from tools/meta.json")
    else:
        if meta["units"] != n_units:
            errs.append(f"meta units {meta['units']} != counted {n_units}")
        if meta["labelled"] != len(items):
            errs.append("meta labelled count differs from expect file")
        if not meta.get("hidden_ai_decoys"):
            errs.append("meta lists no hidden AI-training decoy")
    # labels
    compare = main_units + hidden_units
    for it in items:
        lab = norm(it["label"])
        exact_vis = [u for u in main_units if norm(u[1]) == lab]
        exact_hid = [u for u in hidden_units if norm(u[1]) == lab]
        if len(exact_vis) != 1:
            errs.append(f"label {it['label']!r} names {len(exact_vis)} visible controls in main")
        if exact_hid:
            errs.append(f"label {it['label']!r} also names a hidden control")
        for u in compare:
            if u in exact_vis[:1]:
                continue
            un = norm(u[1])
            if not un:
                continue
            if un != lab and (un in lab or lab in un):
                errs.append(f"label {it['label']!r} overlaps other control name {u[1]!r}")
            elif un == lab and u not in exact_vis[:1] and u not in exact_hid:
                errs.append(f"label {it['label']!r} duplicated by {u[1]!r}")
    labs = [norm(it["label"]) for it in items]
    if len(set(labs)) != len(labs):
        errs.append("duplicate labels in expect file")
    return errs


def main():
    with open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)
    meta_by_page = {(m["lang"], m["page"]): m for m in meta["pages"]}
    total_errs = 0
    pages = 0
    per_lang = {}
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        if not os.path.isdir(d):
            print(f"MISSING folder {lang}/")
            total_errs += 1
            continue
        files = sorted(f for f in os.listdir(d) if f.endswith(".html"))
        per_lang[lang] = len(files)
        if len(files) != 5:
            print(f"{lang}: {len(files)} pages (need 5)")
            total_errs += 1
        for f in files:
            pages += 1
            errs = check_page(lang, f, meta_by_page)
            for e in errs:
                print(f"FAIL {lang}/{f}: {e}")
            total_errs += len(errs)
        exp_files = sorted(f[:-12] for f in os.listdir(d) if f.endswith(".expect.json"))
        if exp_files != [f[:-5] for f in files]:
            print(f"FAIL {lang}: html and expect files do not pair up")
            total_errs += 1
    if len(meta_by_page) != pages:
        print(f"FAIL meta.json has {len(meta_by_page)} pages, found {pages}")
        total_errs += 1
    if total_errs:
        print(f"{total_errs} problem(s) in {pages} pages")
        sys.exit(1)
    print(f"OK: {pages} pages checked")


if __name__ == "__main__":
    main()
