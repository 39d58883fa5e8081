#!/usr/bin/env python3
"""Self-check for the blind68 holdout set.

Parses every saved page with its own html.parser-based DOM (it does not import the builder),
computes accessible names, states and visibility, and verifies:
  * page shell: doctype, saved-from comment (length and URL), <html lang>, header with search box,
    language select and account button whose menu is hidden, side nav, main, footer;
  * valid-ish markup: no element carries the same attribute twice, ids are unique, every id
    reference (for, aria-labelledby, aria-describedby, aria-controls) resolves, tags balance;
  * 15-35 visible control units inside <main>;
  * each expected label is the accessible name of exactly one visible control on the page;
  * every control recorded by the builder (tools/meta.json) exists with the recorded name and
    state, is visible or hidden as recorded, and every control unit in <main> was recorded;
  * each page has at least one hidden AI-training control, which really is hidden, and whose name
    does not overlap a visible expected label;
  * the .expect.json equals the visible AI-training records.
Exit status 1 on any failure.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BLOCK = {"div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "legend", "fieldset",
         "table", "tr", "td", "th", "caption", "header", "footer", "nav", "main", "label", "summary", "details"}


def collapse(s):
    return " ".join(s.split())


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, attrs, parent, []

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

    def classes(self):
        return self.attrs.get("class", "").split()

    def role(self):
        return self.attrs.get("role", "")


class DOM(HTMLParser):
    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.errors = []
        self.root = Node("#root", {}, None)
        self.stack = [self.root]
        self.comments = []
        self.decls = []
        self.css = []
        self.feed(text)
        self.close()
        if len(self.stack) != 1:
            self.errors.append("unclosed elements: " + ",".join(n.tag for n in self.stack[1:]))

    def handle_starttag(self, tag, attrs):
        names = [a for a, _ in attrs]
        dups = {a for a in names if names.count(a) > 1}
        if dups:
            self.errors.append(f"<{tag}> has duplicate attribute(s) {sorted(dups)}")
        d = {}
        for a, v in attrs:
            d.setdefault(a, v if v is not None else "")
        node = Node(tag, d, self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                if i != len(self.stack) - 1:
                    self.errors.append(f"</{tag}> closes unclosed " + ",".join(n.tag for n in self.stack[i + 1:]))
                del self.stack[i:]
                return
        self.errors.append(f"stray </{tag}>")

    def handle_data(self, data):
        if self.stack[-1].tag == "style":
            self.css.append(data)
        self.stack[-1].children.append(data)

    def handle_comment(self, data):
        self.comments.append(data)

    def handle_decl(self, decl):
        self.decls.append(decl)


def parse_css(texts):
    none, invis = set(), set()
    for block in texts:
        block = re.sub(r"/\*.*?\*/", "", block, flags=re.S)
        for sel, body in re.findall(r"([^{}]+)\{([^{}]*)\}", block):
            body = body.replace(" ", "").lower()
            for s in sel.split(","):
                s = s.strip()
                m = re.fullmatch(r"\.([A-Za-z0-9_-]+)", s)
                if not m:
                    continue
                if re.search(r"display:none", body):
                    none.add(m.group(1))
                if re.search(r"visibility:hidden", body):
                    invis.add(m.group(1))
    return none, invis


class Page:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.text = f.read()
        self.dom = DOM(self.text)
        self.errors = list(self.dom.errors)
        self.byid = {}
        for n in self.dom.root.walk():
            i = n.attrs.get("id")
            if i:
                if i in self.byid:
                    self.errors.append(f"duplicate id {i}")
                self.byid[i] = n
        self.none_cls, self.invis_cls = parse_css(self.dom.css)
        self.labels_for = {}
        for n in self.dom.root.walk():
            if n.tag == "label" and n.attrs.get("for"):
                self.labels_for.setdefault(n.attrs["for"], []).append(n)

    # visibility --------------------------------------------------------------------------
    def self_hidden(self, n):
        a = n.attrs
        style = a.get("style", "").replace(" ", "").lower()
        if n.tag in ("head", "script", "style", "template"):
            return "tag"
        if "hidden" in a:
            return "hidden"
        if "display:none" in style:
            return "display"
        if "visibility:hidden" in style:
            return "visibility"
        if set(n.classes()) & self.none_cls:
            return "class"
        if set(n.classes()) & self.invis_cls:
            return "class-visibility"
        if a.get("aria-hidden") == "true":
            return "aria"
        if n.tag == "dialog" and "open" not in a:
            return "dialog"
        if n.tag == "input" and a.get("type") == "hidden":
            return "input-hidden"
        return None

    def hidden(self, n):
        for m in [n, *n.ancestors()]:
            h = self.self_hidden(m)
            if h:
                if h == "hidden" and m.role() == "tabpanel":
                    return "tab"
                return h
        return None

    def in_tag(self, n, tag):
        return any(a.tag == tag for a in n.ancestors())

    # names ------------------------------------------------------------------------------
    def text_of(self, n):
        parts = []
        for c in n.children:
            if isinstance(c, str):
                parts.append(c)
                continue
            if c.tag in ("script", "style", "template", "input", "select", "textarea"):
                continue
            if self.self_hidden(c):
                continue
            if c.tag == "br":
                parts.append(" ")
                continue
            sep = " " if c.tag in BLOCK else ""
            parts.append(sep + self.text_of(c) + sep)
        return "".join(parts)

    def ref_name(self, n):
        al = n.attrs.get("aria-label", "").strip()
        return al if al else self.text_of(n)

    def name(self, n):
        lb = n.attrs.get("aria-labelledby")
        if lb:
            return collapse(" ".join(self.ref_name(self.byid[i]) for i in lb.split() if i in self.byid))
        al = n.attrs.get("aria-label", "").strip()
        if al:
            return collapse(al)
        if n.tag in ("input", "select", "textarea"):
            labs = list(self.labels_for.get(n.attrs.get("id", ""), []))
            if not labs:
                labs = [a for a in n.ancestors() if a.tag == "label"][:1]
            if labs:
                return collapse(" ".join(self.text_of(l) for l in labs))
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return collapse(self.text_of(c))
        if n.tag == "button" or n.role() in ("switch", "radio", "checkbox", "button", "tab", "menuitem"):
            t = collapse(self.text_of(n))
            if t:
                return t
        if n.attrs.get("title"):
            return collapse(n.attrs["title"])
        # table cell: row header + column header
        td = next((a for a in n.ancestors() if a.tag == "td"), None)
        if td is not None:
            tr = td.parent
            cells = [c for c in tr.children if isinstance(c, Node) and c.tag in ("td", "th")]
            idx = cells.index(td)
            rowh = next((c for c in cells if c.tag == "th"), None)
            table = next(a for a in td.ancestors() if a.tag == "table")
            head = next(n2 for n2 in table.walk() if n2.tag == "tr")
            hcells = [c for c in head.children if isinstance(c, Node) and c.tag in ("td", "th")]
            colh = hcells[idx] if idx < len(hcells) else None
            return collapse(" ".join(self.text_of(x) for x in (rowh, colh) if x is not None))
        return ""

    # control units ------------------------------------------------------------------------
    def units(self):
        out = []
        grouped = set()
        for n in self.dom.root.walk():
            r = n.role()
            if n.tag == "fieldset" and any(m.tag == "input" and m.attrs.get("type") == "radio" for m in n.walk()):
                radios = [m for m in n.walk() if m.tag == "input" and m.attrs.get("type") == "radio"]
                grouped.update(id(m) for m in radios)
                chk = next((m for m in radios if "checked" in m.attrs), None)
                st = collapse(self.text_of(next(a for a in chk.ancestors() if a.tag == "label"))) if chk else None
                out.append(("radio-fieldset", n, st))
            elif r == "radiogroup":
                members = [m for m in n.walk() if m is not n and (m.role() == "radio" or m.attrs.get("type") == "radio")]
                grouped.update(id(m) for m in members)
                chk = next((m for m in members if m.attrs.get("aria-checked") == "true"), None)
                out.append(("radiogroup", n, collapse(self.text_of(chk)) if chk else None))
            elif r == "group" and any(m.tag == "button" and "aria-pressed" in m.attrs for m in n.walk()):
                members = [m for m in n.walk() if m.tag == "button"]
                grouped.update(id(m) for m in members)
                chk = next((m for m in members if m.attrs.get("aria-pressed") == "true"), None)
                out.append(("pressed", n, collapse(self.text_of(chk)) if chk else None))
        for n in self.dom.root.walk():
            if id(n) in grouped:
                continue
            r = n.role()
            t = n.attrs.get("type", "")
            if n.tag == "input" and t == "checkbox":
                out.append(("checkbox", n, "checked" in n.attrs))
            elif n.tag == "input" and t == "radio":
                out.append(("radio", n, "checked" in n.attrs))
            elif n.tag == "input" and t != "hidden":
                out.append(("field", n, n.attrs.get("value", "")))
            elif n.tag == "textarea":
                out.append(("field", n, self.text_of(n)))
            elif n.tag == "select":
                opts = [m for m in n.walk() if m.tag == "option"]
                sel = next((m for m in opts if "selected" in m.attrs), opts[0] if opts else None)
                out.append(("select", n, collapse(self.text_of(sel)) if sel else None))
            elif (n.tag == "button" or r in ("switch", "checkbox", "button")) and r != "tab":
                st = None
                if "aria-checked" in n.attrs:
                    st = n.attrs["aria-checked"] == "true"
                out.append(("button", n, st))
        return out


def check_page(lang, slug, meta):
    errs = []
    path = os.path.join(ROOT, lang, slug + ".html")
    exp_path = os.path.join(ROOT, lang, slug + ".expect.json")
    pg = Page(path)
    errs += pg.errors
    with open(exp_path, encoding="utf-8") as f:
        exp = json.load(f)

    # shell
    lines = pg.text.split("\n")
    if lines[0] != "<!DOCTYPE html>":
        errs.append("first line is not <!DOCTYPE html>")
    m = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", lines[1])
    if not m:
        errs.append("second line is not a saved-from comment")
    else:
        if int(m.group(1)) != len(m.group(2)):
            errs.append("saved-from length wrong")
        if m.group(2) != exp["url"]:
            errs.append("saved-from URL differs from expect url")
    html_el = next((n for n in pg.dom.root.walk() if n.tag == "html"), None)
    if html_el is None or html_el.attrs.get("lang") != lang or exp.get("lang") != lang:
        errs.append("html lang / expect lang mismatch")
    header = next((n for n in pg.dom.root.walk() if n.tag == "header"), None)
    if header is None:
        errs.append("no header")
    else:
        if not any(n.tag == "input" and n.attrs.get("type") == "search" for n in header.walk()):
            errs.append("header has no search box")
        if not any(n.tag == "select" for n in header.walk()):
            errs.append("header has no language select")
        acct = next((n for n in header.walk() if n.tag == "button" and n.attrs.get("aria-controls")), None)
        if acct is None or acct.attrs["aria-controls"] not in pg.byid or not pg.hidden(pg.byid[acct.attrs["aria-controls"]]):
            errs.append("account button menu missing or not hidden")
    for tag in ("nav", "main", "footer"):
        if not any(n.tag == tag for n in pg.dom.root.walk()):
            errs.append(f"no <{tag}>")
    main = next((n for n in pg.dom.root.walk() if n.tag == "main"), None)

    # references
    for n in pg.dom.root.walk():
        for a in ("aria-labelledby", "aria-describedby", "aria-controls", "for"):
            if a in n.attrs:
                for i in n.attrs[a].split():
                    if i not in pg.byid:
                        errs.append(f"{a}={i} does not resolve")

    units = pg.units()
    by_node = {id(n): (k, n, st) for k, n, st in units}
    in_main = [(k, n, st) for k, n, st in units if main is not None and main in list(n.ancestors())]
    vis_main = [u for u in in_main if not pg.hidden(u[1])]
    if not 15 <= len(vis_main) <= 35:
        errs.append(f"{len(vis_main)} visible control units in main (want 15-35)")
    if any(k == "radio" for k, _, _ in units):
        errs.append("radio outside a group")

    vis_names = {}
    for k, n, st in units:
        if not pg.hidden(n):
            vis_names.setdefault(pg.name(n), []).append(n)

    # expected labels
    for e in exp["ai_training"]:
        hits = vis_names.get(collapse(e["label"]), [])
        if len(hits) != 1:
            errs.append(f"expected label {e['label']!r} names {len(hits)} visible controls")

    # records vs DOM
    recs = meta["records"]
    rec_ids = set()
    hidden_ai = 0
    for r in recs:
        rec_ids.add(r["id"])
        n = pg.byid.get(r["id"])
        if n is None or id(n) not in by_node:
            errs.append(f"record {r['id']} ({r['label']!r}) is not a control unit in the DOM")
            continue
        k, _, st = by_node[id(n)]
        nm = pg.name(n)
        if nm != r["label"]:
            errs.append(f"record {r['id']}: name {nm!r} != {r['label']!r}")
        if r["state"] is not None and st != r["state"]:
            errs.append(f"record {r['id']}: state {st!r} != {r['state']!r}")
        h = pg.hidden(n)
        if bool(h) != bool(r["hidden"]):
            errs.append(f"record {r['id']} hidden={h!r}, builder says {r['hidden']!r}")
        elif h and h != r["hidden"]:
            errs.append(f"record {r['id']} hidden by {h!r}, builder says {r['hidden']!r}")
        if r["ai"] and h:
            hidden_ai += 1
            low = r["label"].lower()
            for e in exp["ai_training"]:
                el = collapse(e["label"]).lower()
                if low in el or el in low:
                    errs.append(f"hidden AI control {r['label']!r} overlaps visible label {e['label']!r}")
        if r["ai"] and not h and pg.in_tag(n, "details"):
            det = next(a for a in n.ancestors() if a.tag == "details")
            if "open" in det.attrs:
                pass
    main_ids = {n.attrs.get("id") for _, n, _ in in_main}
    if None in main_ids:
        errs.append("a control unit in main has no id")
    missing = main_ids - rec_ids
    if missing:
        errs.append(f"controls in main not recorded by the builder: {sorted(x for x in missing if x)}")
    if hidden_ai < 1:
        errs.append("no hidden AI-training control")

    want = [dict(label=r["label"], sharing=r["sharing"]) for r in recs if r["ai"] and not r["hidden"]]
    if want != exp["ai_training"]:
        errs.append("expect.json differs from the builder's visible AI records")
    for e in exp["ai_training"]:
        if not isinstance(e.get("sharing"), bool):
            errs.append(f"label {e['label']!r} has no boolean sharing")
    return errs, len(vis_main), len(exp["ai_training"])


def main():
    with open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8") as f:
        metas = json.load(f)
    by = {(m["lang"], m["slug"]): m for m in metas}
    bad = 0
    per_lang = {}
    pages = 0
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        slugs = sorted(f[:-5] for f in os.listdir(d) if f.endswith(".html"))
        if len(slugs) != 5:
            print(f"{lang}: {len(slugs)} pages (want 5)")
            bad += 1
        for slug in slugs:
            pages += 1
            if (lang, slug) not in by:
                print(f"{lang}/{slug}: not in meta.json")
                bad += 1
                continue
            errs, nunits, nlab = check_page(lang, slug, by[(lang, slug)])
            per_lang[lang] = per_lang.get(lang, 0) + nlab
            for e in errs:
                print(f"{lang}/{slug}: {e}")
            bad += len(errs)
            print(f"  {lang}/{slug}: {nunits} visible units, {nlab} labelled" + ("" if not errs else "  FAIL"))
    print("labelled per language:", per_lang, "total", sum(per_lang.values()))
    if bad:
        print(f"FAILED: {bad} problem(s)")
        sys.exit(1)
    print(f"OK: {pages} pages pass")


if __name__ == "__main__":
    main()
