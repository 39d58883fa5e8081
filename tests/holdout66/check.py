#!/usr/bin/env python3
"""Self-check for the blind66 hold-out set.

Builds its own DOM with html.parser (independent of tools/lib.py), computes
visibility and accessible names, and verifies for every page:

* document shape: DOCTYPE, saved-from comment (length and URL), <html lang>, header with
  a search box, a language select and an account button whose menu is hidden, a side
  <nav>, <main>, <footer>; no duplicate attributes, balanced tags, unique ids, and every
  id reference (for, aria-labelledby, aria-describedby, aria-controls) resolves;
* 15-35 visible control units in <main>;
* every expected label is the accessible name of exactly one visible control unit, and
  that unit's state matches the state recorded by the generator (tools/meta.json);
* every hidden ai-training control recorded by the generator exists and is not visible;
  at least one per page;
* expect.json agrees with tools/meta.json.
"""
import glob
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children = []

    def get(self, k, d=None):
        return self.attrs.get(k, d)

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def ancestors(self):
        n = self.parent
        while n is not None:
            yield n
            n = n.parent


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

    def handle_comment(self, d):
        self.comments.append(d)

    def handle_starttag(self, tag, attrs):
        names = [k for k, _ in attrs]
        dups = {k for k in names if names.count(k) > 1}
        if dups:
            self.errors.append(f"duplicate attribute(s) {sorted(dups)} on <{tag}> at line {self.getpos()[0]}")
        # like browsers, the first of duplicated attributes wins
        n = Node(tag, {k: (v if v is not None else "") for k, v in reversed(attrs)}, self.cur)
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
            self.errors.append(f"</{tag}> closes <{self.cur.tag}> at line {self.getpos()[0]}")
            n = self.cur
            while n is not None and n.tag != tag:
                n = n.parent
            if n is None:
                return
            self.cur = n
        self.cur = self.cur.parent

    def handle_data(self, d):
        self.cur.children.append(d)


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


class Page:
    def __init__(self, path):
        self.path = path
        self.text = open(path, encoding="utf-8").read()
        self.dom = DOM()
        self.dom.feed(self.text)
        self.dom.close()
        self.errors = list(self.dom.errors)
        self.byid = {}
        for n in self.dom.root.iter():
            i = n.get("id")
            if i:
                if i in self.byid:
                    self.errors.append(f"duplicate id {i}")
                self.byid[i] = n
        css = " ".join(n.children[0] for n in self.dom.root.iter() if n.tag == "style" and n.children)
        self.hidden_classes = set()
        for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
            if re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", body):
                for s in sel.split(","):
                    s = s.strip()
                    if re.fullmatch(r"\.[\w-]+", s):
                        self.hidden_classes.add(s[1:])

    # ---------------------------------------------------------------- visibility
    def self_hidden(self, n):
        if n.tag == "#root":
            return False
        if "hidden" in n.attrs:
            return True
        st = n.get("style", "").replace(" ", "").lower()
        if "display:none" in st or "visibility:hidden" in st:
            return True
        if n.get("aria-hidden") == "true":
            return True
        if set(n.get("class", "").split()) & self.hidden_classes:
            return True
        if n.tag == "dialog" and "open" not in n.attrs:
            return True
        return False

    def visible(self, n):
        return not any(self.self_hidden(x) for x in [n, *n.ancestors()])

    # ---------------------------------------------------------------- names
    def text_of(self, n, skip_hidden=True):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
            elif skip_hidden and self.self_hidden(c):
                continue
            elif c.tag in ("input", "select", "textarea", "style", "script"):
                continue
            else:
                out.append(" " + self.text_of(c) + " ")
        return norm("".join(out))

    def name(self, n):
        lb = n.get("aria-labelledby")
        if lb:
            parts = []
            for i in lb.split():
                t = self.byid.get(i)
                if t is None:
                    self.errors.append(f"aria-labelledby target {i} missing")
                    continue
                parts.append(self.text_of(t, skip_hidden=False) if t is not n else self.text_of(t))
            return norm(" ".join(parts))
        if n.get("aria-label"):
            return norm(n.get("aria-label"))
        if n.tag in ("input", "select", "textarea"):
            i = n.get("id")
            if i:
                labs = [l for l in self.dom.root.iter() if l.tag == "label" and l.get("for") == i]
                if labs:
                    return norm(" ".join(self.text_of(l) for l in labs))
            for a in n.ancestors():
                if a.tag == "label":
                    return self.text_of(a)
            td = next((a for a in n.ancestors() if a.tag == "td"), None)
            if td is not None:
                return self.cell_name(td)
            return norm(n.get("title") or n.get("placeholder"))
        if n.tag == "fieldset":
            lg = next((c for c in n.children if isinstance(c, Node) and c.tag == "legend"), None)
            return self.text_of(lg) if lg is not None else ""
        if n.get("role") in ("radiogroup", "group"):
            return norm(n.get("title"))
        return self.text_of(n)

    def cell_name(self, td):
        tr = td.parent
        cells = [c for c in tr.children if isinstance(c, Node) and c.tag in ("td", "th")]
        idx = cells.index(td)
        rh = next((c for c in cells if c.tag == "th"), None)
        table = next(a for a in td.ancestors() if a.tag == "table")
        thead = next(n for n in table.iter() if n.tag == "thead")
        hr = next(n for n in thead.iter() if n.tag == "tr")
        hcells = [c for c in hr.children if isinstance(c, Node) and c.tag in ("td", "th")]
        return norm((self.text_of(rh) if rh else "") + " " + self.text_of(hcells[idx]))

    # ---------------------------------------------------------------- units
    def units(self, scope):
        seen, res = set(), []

        def add(u, kind):
            if id(u) not in seen:
                seen.add(id(u))
                res.append((u, kind))

        for n in scope.iter():
            role = n.get("role")
            if n.tag == "input":
                t = n.get("type", "text")
                if t == "radio":
                    g = next((a for a in n.ancestors() if a.tag == "fieldset" or a.get("role") == "radiogroup"), n)
                    add(g, "radio")
                elif t == "hidden":
                    continue
                else:
                    add(n, t if role != "switch" else "switch")
            elif role == "radio":
                add(next(a for a in n.ancestors() if a.get("role") == "radiogroup"), "radio")
            elif n.tag == "button" and "aria-pressed" in n.attrs:
                add(next(a for a in n.ancestors() if a.get("role") == "group"), "pressed")
            elif n.tag == "button" and role != "tab":
                add(n, "switch" if role == "switch" else "button")
            elif n.tag in ("select", "textarea"):
                add(n, n.tag)
            elif role in ("switch", "checkbox") and n.tag != "input":
                add(n, role)
        return res

    def state(self, u, kind):
        if kind in ("checkbox", "switch") and u.tag == "input":
            return "on" if "checked" in u.attrs else "off"
        if kind == "switch":
            return "on" if u.get("aria-checked") == "true" else "off"
        if kind == "radio":
            for n in u.iter():
                if n.tag == "input" and "checked" in n.attrs:
                    return norm(self.text_of(n.parent))
                if n.get("role") == "radio" and n.get("aria-checked") == "true":
                    return self.text_of(n)
        if kind == "pressed":
            for n in u.iter():
                if n.get("aria-pressed") == "true":
                    return self.text_of(n)
        if kind == "select":
            for n in u.iter():
                if n.tag == "option" and "selected" in n.attrs:
                    return self.text_of(n)
        return None


def check_page(html_path, meta_by_key):
    errs = []
    pg = Page(html_path)
    errs += pg.errors
    lang = os.path.basename(os.path.dirname(html_path))
    slug = os.path.basename(html_path)[:-5]
    exp = json.load(open(html_path[:-5] + ".expect.json", encoding="utf-8"))
    meta = meta_by_key.get((lang, slug))
    if meta is None:
        return [f"no meta for {lang}/{slug}"], 0, 0

    # document shape
    lines = pg.text.split("\n")
    if lines[0].strip() != "<!DOCTYPE html>":
        errs.append("first line is not <!DOCTYPE html>")
    m = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", lines[1].strip())
    if not m:
        errs.append("saved-from comment missing on line 2")
    else:
        if int(m.group(1)) != len(m.group(2)):
            errs.append(f"saved-from length {m.group(1)} != {len(m.group(2))}")
        if m.group(2) != exp["url"]:
            errs.append("saved-from URL differs from expect url")
    htmln = next(n for n in pg.dom.root.iter() if n.tag == "html")
    if not htmln.get("lang", "").startswith(exp["lang"]) or exp["lang"] != lang:
        errs.append("lang mismatch")
    header = next((n for n in pg.dom.root.iter() if n.tag == "header"), None)
    if header is None:
        errs.append("no header")
    else:
        if not any(n.tag == "input" and n.get("type") == "search" for n in header.iter()):
            errs.append("header without search box")
        if not any(n.tag == "select" for n in header.iter()):
            errs.append("header without language select")
        acct = [n for n in header.iter() if n.tag == "button" and n.get("aria-controls")]
        if not acct or not all(pg.byid.get(b.get("aria-controls")) is not None and
                               "hidden" in pg.byid[b.get("aria-controls")].attrs for b in acct):
            errs.append("account button menu missing or not hidden")
    for t in ("nav", "main", "footer"):
        if not any(n.tag == t for n in pg.dom.root.iter()):
            errs.append(f"no <{t}>")
    for n in pg.dom.root.iter():
        for a in ("for", "aria-labelledby", "aria-describedby", "aria-controls"):
            for i in (n.get(a) or "").split():
                if i not in pg.byid:
                    errs.append(f"{a}={i} does not resolve")

    main = next(n for n in pg.dom.root.iter() if n.tag == "main")
    units = pg.units(main)
    vis = [(u, k, pg.name(u)) for u, k in units if pg.visible(u)]
    hid = [(u, k, pg.name(u)) for u, k in units if not pg.visible(u)]
    if not 15 <= len(vis) <= 35:
        errs.append(f"{len(vis)} visible control units in main (want 15-35)")
    if len(vis) != meta["units"]:
        errs.append(f"visible units {len(vis)} != generator's count {meta['units']}")
    for u, k, nm in vis:
        if not nm:
            errs.append(f"visible {k} without accessible name")

    # expected labels
    if [(e["label"], e["sharing"]) for e in exp["ai_training"]] != [(e["label"], e["sharing"]) for e in meta["expect"]]:
        errs.append("expect.json differs from meta.json")
    labels = [e["label"] for e in exp["ai_training"]]
    if len(set(labels)) != len(labels):
        errs.append("duplicate expected label")
    for e in meta["expect"]:
        hits = [(u, k) for u, k, nm in vis if nm == e["label"]]
        if len(hits) != 1:
            errs.append(f"expected label matches {len(hits)} visible controls: {e['label']!r}")
            continue
        u, k = hits[0]
        st = pg.state(u, k)
        if st is not None and st != e["state"]:
            errs.append(f"state {st!r} != {e['state']!r} for {e['label']!r}")
        if any(a.tag == "details" for a in u.ancestors()) and "open" in next(a for a in u.ancestors() if a.tag == "details").attrs:
            errs.append("details wrapper unexpectedly open")
    # hidden ai controls
    if not meta["hidden"]:
        errs.append("page has no hidden ai-training control")
    for h in meta["hidden"]:
        if any(nm == h["label"] for _, _, nm in vis):
            errs.append(f"hidden control is visible: {h['label']!r}")
        if not any(nm == h["label"] for _, _, nm in hid):
            errs.append(f"hidden control not found: {h['label']!r}")
        if h["label"] in labels:
            errs.append(f"hidden control is labelled: {h['label']!r}")
    return errs, len(vis), len(labels)


def main():
    meta = json.load(open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8"))
    by = {(m["lang"], m["slug"]): m for m in meta}
    total_err, pages, lab = 0, 0, 0
    per_lang = {}
    for lang in LANGS:
        for path in sorted(glob.glob(os.path.join(ROOT, lang, "*.html"))):
            errs, nvis, nlab = check_page(path, by)
            pages += 1
            lab += nlab
            per_lang[lang] = per_lang.get(lang, 0) + nlab
            rel = os.path.relpath(path, ROOT)
            if errs:
                total_err += len(errs)
                print(f"FAIL {rel}")
                for e in errs:
                    print("   ", e)
            else:
                print(f"ok   {rel}: {nvis} visible units, {nlab} labelled")
    if len(meta) != pages:
        print(f"FAIL meta.json lists {len(meta)} pages, found {pages}")
        total_err += 1
    print(f"{pages} pages, {lab} labelled ({', '.join(f'{k} {v}' for k, v in per_lang.items())}); "
          f"{total_err} problem(s)")
    sys.exit(1 if total_err else 0)


if __name__ == "__main__":
    main()
