#!/usr/bin/env python3
"""Independent checker for holdout75: parses each page into a DOM with html.parser, computes
accessible names and visibility, and verifies the expect files against the pages and tools/meta.json."""
import json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def get(self, k, d=None):
        return self.attrs.get(k, d)

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def text(self):
        out = []
        for c in self.children:
            out.append(c if isinstance(c, str) else c.text())
        return "".join(out)


class DOM(HTMLParser):
    def __init__(self, src):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.feed(src)
        self.close()

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

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
        self.cur.children.append(data)


def norm(s):
    return " ".join(s.split())


class Page:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.src = f.read()
        self.dom = DOM(self.src).root
        self.byid = {}
        for n in self.dom.iter():
            if n.get("id"):
                assert n.get("id") not in self.byid, f"duplicate id {n.get('id')}"
                self.byid[n.get("id")] = n
        css = "".join(n.text() for n in self.dom.iter() if n.tag == "style")
        self.hidden_classes = set()
        for m in re.finditer(r"([^{}]+)\{([^}]*)\}", css):
            if re.search(r"display\s*:\s*none", m.group(2)):
                for sel in m.group(1).split(","):
                    sel = sel.strip()
                    if re.fullmatch(r"\.[\w-]+", sel):
                        self.hidden_classes.add(sel[1:])
        self.labels_for = {}
        for n in self.dom.iter():
            if n.tag == "label" and n.get("for"):
                self.labels_for.setdefault(n.get("for"), []).append(n)

    def hidden_reason(self, n):
        while n is not None and n.tag != "#root":
            style = (n.get("style") or "").replace(" ", "").lower()
            if "hidden" in n.attrs:
                return "hidden"
            if "display:none" in style:
                return "inline-display"
            if "visibility:hidden" in style:
                return "visibility"
            if set((n.get("class") or "").split()) & self.hidden_classes:
                return "class"
            if n.get("aria-hidden") == "true":
                return "aria-hidden"
            if n.tag == "dialog" and "open" not in n.attrs:
                return "dialog"
            n = n.parent
        return None

    def hidden_method(self, n):
        """like hidden_reason but reports an inactive tab panel as 'tab'."""
        r = self.hidden_reason(n)
        m = n
        while m is not None and m.tag != "#root":
            if m.get("role") == "tabpanel" and "hidden" in m.attrs:
                return "tab"
            m = m.parent
        return r

    def in_closed_details(self, n):
        while n is not None:
            if n.tag == "details" and "open" not in n.attrs:
                return True
            n = n.parent
        return False

    def name_from_content(self, n):
        return norm(n.text())

    def ref_name(self, n):
        if n.get("aria-label"):
            return norm(n.get("aria-label"))
        return self.name_from_content(n)

    def name(self, n):
        assert not (n.get("aria-label") and n.get("aria-labelledby")), f"both naming attributes on #{n.get('id')}"
        if n.get("aria-labelledby"):
            return norm(" ".join(self.ref_name(self.byid[i]) for i in n.get("aria-labelledby").split()))
        if n.get("aria-label"):
            return norm(n.get("aria-label"))
        if n.tag in ("input", "select", "textarea"):
            if n.get("id") in self.labels_for:
                return norm(" ".join(l.text() for l in self.labels_for[n.get("id")]))
            p = n.parent
            while p is not None:
                if p.tag == "label":
                    return norm(p.text())
                p = p.parent
            return ""
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return norm(c.text())
            return ""
        return self.name_from_content(n)

    def controls(self):
        """(node, unit) for every control; unit=False for parts of a grouped control."""
        out = []
        for n in self.dom.iter():
            t, role = n.tag, n.get("role")
            if t == "input" and n.get("type") == "hidden":
                continue
            if t == "input" and n.get("type") == "radio":
                out.append((n, False))
            elif t in ("input", "select", "textarea"):
                out.append((n, True))
            elif t == "fieldset" and any(c.tag == "input" and c.get("type") == "radio" for c in n.iter()):
                out.append((n, True))
            elif role == "radiogroup":
                out.append((n, True))
            elif role == "radio":
                out.append((n, False))
            elif role == "group" and any(c.get("aria-pressed") for c in n.iter()):
                out.append((n, True))
            elif t == "button":
                grouped = n.parent is not None and n.parent.get("role") == "group" and n.get("aria-pressed")
                out.append((n, not grouped))
            elif role in ("switch", "checkbox"):
                out.append((n, True))
        return out

    def main(self):
        return next(n for n in self.dom.iter() if n.tag == "main")

    def inside(self, n, anc):
        while n is not None:
            if n is anc:
                return True
            n = n.parent
        return False


def check_page(lang, slug, meta):
    errs = []
    path = os.path.join(HERE, lang, slug + ".html")
    pg = Page(path)
    exp = json.load(open(os.path.join(HERE, lang, slug + ".expect.json"), encoding="utf-8"))
    if set(exp) != {"url", "lang", "notes", "ai_training"}:
        errs.append("expect keys")
    if exp["lang"] != lang or exp["url"] != meta["url"]:
        errs.append("expect url/lang")
    html = next(n for n in pg.dom.iter() if n.tag == "html")
    if html.get("lang") != ("pt-BR" if lang == "pt" else lang):
        errs.append("html lang")
    if not pg.src.startswith("<!DOCTYPE html>") or f"saved from url=({len(meta['url']):04d}){meta['url']}" not in pg.src:
        errs.append("doctype / saved-from comment")
    # header requirements
    hdr = next((n for n in pg.dom.iter() if n.tag == "header"), None)
    if hdr is None or not any(n.get("type") == "search" for n in hdr.iter()) or not any(n.tag == "select" for n in hdr.iter()):
        errs.append("header search / language select")
    menu = pg.byid.get("acct-menu")
    if menu is None or pg.hidden_reason(menu) != "hidden":
        errs.append("account menu not hidden")
    if not any(n.tag == "nav" for n in pg.dom.iter()) or not any(n.tag == "footer" for n in pg.dom.iter()):
        errs.append("nav/footer")
    ctrls = pg.controls()
    visible = [(n, u) for n, u in ctrls if pg.hidden_method(n) is None]
    names = {}
    for n, u in visible:
        names.setdefault(pg.name(n), []).append(n)
    main = pg.main()
    units = sum(1 for n, u in visible if u and pg.inside(n, main))
    if not 15 <= units <= 35:
        errs.append(f"visible control units in main = {units}")
    if len(exp["ai_training"]) != len(meta["labels"]):
        errs.append("label count vs meta")
    for e, m in zip(exp["ai_training"], meta["labels"]):
        if e["label"] != m["label"] or e["sharing"] != m["sharing"]:
            errs.append(f"expect/meta mismatch {e['label']}")
        hits = names.get(e["label"], [])
        if len(hits) != 1:
            errs.append(f"label {e['label']!r} matches {len(hits)} visible controls")
        node = pg.byid.get(m["id"])
        if node is None or pg.name(node) != e["label"] or pg.hidden_method(node) is not None:
            errs.append(f"meta id {m['id']} does not carry visible label {e['label']!r}")
    h = meta["hidden"]
    hn = pg.byid.get(h["id"])
    if hn is None:
        errs.append("hidden control missing")
    else:
        got = pg.hidden_method(hn)
        if got != h["method"]:
            errs.append(f"hidden control method {got} != {h['method']}")
        if pg.name(hn) != h["label"]:
            errs.append("hidden control name")
        if h["label"] in [e["label"] for e in exp["ai_training"]]:
            errs.append("hidden label listed")
    return errs, units, pg


def run(verbose=True):
    meta = json.load(open(os.path.join(HERE, "tools", "meta.json"), encoding="utf-8"))
    bad = 0
    stats = {}
    for m in meta:
        errs, units, pg = check_page(m["lang"], m["slug"], m)
        details = sum(1 for l in m["labels"] if pg.in_closed_details(pg.byid[l["id"]]))
        stats[m["slug"]] = {"units": units, "in_details": details}
        for e in errs:
            bad += 1
            print(f"{m['lang']}/{m['slug']}: {e}")
    # every html page must be in meta
    files = {(l, f[:-5]) for l in LANGS if os.path.isdir(os.path.join(HERE, l))
             for f in os.listdir(os.path.join(HERE, l)) if f.endswith(".html")}
    if files != {(m["lang"], m["slug"]) for m in meta}:
        bad += 1
        print("page files and meta.json differ")
    if verbose:
        print(f"{len(meta)} pages, {sum(len(m['labels']) for m in meta)} labels, {bad} problems")
    return bad, stats


if __name__ == "__main__":
    bad, _ = run()
    sys.exit(1 if bad else 0)
