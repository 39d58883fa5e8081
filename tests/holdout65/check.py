#!/usr/bin/env python3
"""Self-check for holdout65.

Parses every page with its own html.parser DOM, computes accessible names and visibility, and
verifies:
  * page layout: doctype, saved-from comment (length + URL), <html lang>, header with search box,
    language select and an account button whose menu is hidden, a side navigation, a footer;
  * 15-35 visible control units in <main>;
  * every expected label is the accessible name of exactly one visible control, and that
    control's state matches the state recorded by the builder;
  * every hidden AI-training control (tools/meta.json) exists and every control with its name is
    hidden; at least one per page;
  * expect.json agrees with meta.json; labelled count per language is 12-16.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children = []

    def get(self, k, d=None):
        return self.attrs.get(k, d)

    def has(self, k):
        return k in self.attrs

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

    def classes(self):
        return (self.get("class") or "").split()


class DOM(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.comments = []
        self.decl = []

    def handle_starttag(self, tag, attrs):
        n = Node(tag, [(k, "" if v is None else v) for k, v in attrs], self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        n = Node(tag, [(k, "" if v is None else v) for k, v in attrs], self.cur)
        self.cur.children.append(n)

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is None:
            raise ValueError(f"stray </{tag}>")
        if n is not self.cur:
            raise ValueError(f"unclosed <{self.cur.tag}> before </{tag}>")
        self.cur = n.parent

    def handle_data(self, d):
        self.cur.children.append(d)

    def handle_comment(self, d):
        self.comments.append(d)

    def handle_decl(self, d):
        self.decl.append(d)


def norm(s):
    return " ".join(s.split())


class Page:
    def __init__(self, path):
        self.raw = open(path, encoding="utf-8").read()
        p = DOM()
        p.feed(self.raw)
        p.close()
        self.dom = p
        self.root = p.root
        self.byid = {}
        for n in self.root.iter():
            if n.has("id"):
                assert n.get("id") not in self.byid, f"duplicate id {n.get('id')}"
                self.byid[n.get("id")] = n
        css = "".join(t for n in self.root.iter() if n.tag == "style" for t in n.children if isinstance(t, str))
        self.hidecls = set()
        for sel, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
            b = body.replace(" ", "")
            if "display:none" in b or "visibility:hidden" in b:
                for s in sel.split(","):
                    m = re.fullmatch(r"\s*\.([\w-]+)\s*", s)
                    if m:
                        self.hidecls.add(m.group(1))

    # ---- visibility
    def self_hidden(self, n):
        if n.tag == "#root":
            return False
        st = (n.get("style") or "").replace(" ", "").lower()
        return (n.has("hidden") or "display:none" in st or "visibility:hidden" in st
                or any(c in self.hidecls for c in n.classes()) or n.get("aria-hidden") == "true"
                or (n.tag == "dialog" and not n.has("open")) or n.tag in ("template", "head", "script", "style"))

    def hidden(self, n):
        return self.self_hidden(n) or any(self.self_hidden(a) for a in n.ancestors())

    # ---- names
    def text(self, n, skip=None):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
            elif c is skip or self.self_hidden(c) or c.tag in ("input", "select", "textarea"):
                continue
            else:
                out.append(" " + self.text(c, skip) + " ")
        return norm("".join(out))

    def ref_text(self, n):
        # referenced nodes contribute their text even when hidden themselves
        return norm("".join(c if isinstance(c, str) else " " + self.text(c) + " " for c in n.children))

    def name(self, n):
        if n.get("aria-labelledby"):
            return norm(" ".join(self.ref_text(self.byid[i]) for i in n.get("aria-labelledby").split()))
        if n.get("aria-label"):
            return norm(n.get("aria-label"))
        if n.tag in ("input", "select", "textarea"):
            parts = []
            if n.has("id"):
                parts += [self.text(l) for l in self.root.iter() if l.tag == "label" and l.get("for") == n.get("id")]
            parts += [self.text(a, skip=n) for a in n.ancestors() if a.tag == "label"]
            parts = [p for p in parts if p]
            if parts:
                return norm(" ".join(parts))
            if n.get("type") == "checkbox":
                td = next((a for a in n.ancestors() if a.tag == "td"), None)
                if td is not None:
                    return self.cell_name(td)
            return ""
        if n.tag == "fieldset":
            lg = next((c for c in n.children if isinstance(c, Node) and c.tag == "legend"), None)
            return self.text(lg) if lg else ""
        return self.text(n)

    def cell_name(self, td):
        tr = td.parent
        cells = [c for c in tr.children if isinstance(c, Node) and c.tag in ("td", "th")]
        idx = cells.index(td)
        rh = next((c for c in cells if c.tag == "th" and c.get("scope") == "row"), None)
        table = next(a for a in td.ancestors() if a.tag == "table")
        thead = next((n for n in table.iter() if n.tag == "thead"), None)
        ch = None
        if thead is not None:
            hr = next(n for n in thead.iter() if n.tag == "tr")
            hcells = [c for c in hr.children if isinstance(c, Node) and c.tag in ("td", "th")]
            ch = hcells[idx]
        return norm((self.text(rh) if rh else "") + " " + (self.text(ch) if ch else ""))

    # ---- controls
    def controls(self, scope=None):
        """Control units: (node, kind, name, state)."""
        scope = scope or self.root
        out = []
        for n in scope.iter():
            role = n.get("role")
            if n.tag == "input":
                t = n.get("type", "text")
                if t == "hidden":
                    continue
                if t == "radio":
                    continue  # counted by group
                if t == "checkbox":
                    out.append((n, "switch" if role == "switch" else "checkbox", self.name(n), n.has("checked")))
                else:
                    out.append((n, "textbox", self.name(n), n.get("value")))
            elif n.tag == "select":
                sel = [o for o in n.iter() if o.tag == "option" and o.has("selected")]
                out.append((n, "select", self.name(n), self.text(sel[0]) if sel else None))
            elif n.tag == "textarea":
                out.append((n, "textbox", self.name(n), None))
            elif n.tag == "fieldset" and any(c.tag == "input" and c.get("type") == "radio" for c in n.iter()):
                sel = [c for c in n.iter() if c.tag == "input" and c.get("type") == "radio" and c.has("checked")]
                out.append((n, "fieldset", self.name(n), self.name(sel[0]) if sel else None))
            elif role == "radiogroup":
                sel = [c for c in n.iter() if (c.tag == "input" and c.get("type") == "radio" and c.has("checked"))
                       or (c.get("role") == "radio" and c.get("aria-checked") == "true")]
                out.append((n, "radiogroup", self.name(n), self.name(sel[0]) if sel else None))
            elif role == "group" and any(c.tag == "button" and c.has("aria-pressed") for c in n.iter()):
                sel = [c for c in n.iter() if c.tag == "button" and c.get("aria-pressed") == "true"]
                out.append((n, "segmented", self.name(n), self.text(sel[0]) if sel else None))
            elif n.tag == "button" or role in ("switch", "checkbox", "button"):
                if n.has("aria-pressed") and any(a.get("role") == "group" for a in n.ancestors()):
                    continue
                if role == "tab":
                    continue
                if role == "switch":
                    out.append((n, "bswitch", self.name(n), n.get("aria-checked") == "true"))
                else:
                    out.append((n, "button", self.name(n), None))
        return out


def main():
    meta = json.load(open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8"))
    errors = []
    per_lang = {l: 0 for l in LANGS}
    pages = 0
    for m in meta:
        where = f"{m['lang']}/{m['slug']}"
        base = os.path.join(ROOT, m["lang"], m["slug"])
        try:
            pg = Page(base + ".html")
        except Exception as e:  # noqa: BLE001
            errors.append(f"{where}: parse error {e}")
            continue
        pages += 1
        exp = json.load(open(base + ".expect.json", encoding="utf-8"))
        err = lambda s: errors.append(f"{where}: {s}")  # noqa: E731
        # layout
        if not pg.raw.startswith("<!DOCTYPE html>"):
            err("missing doctype")
        mm = re.search(r"<!-- saved from url=\((\d{4})\)(\S+) -->", pg.raw)
        if not mm or int(mm.group(1)) != len(mm.group(2)) or mm.group(2) != exp["url"]:
            err("saved-from comment wrong")
        html = next(n for n in pg.root.iter() if n.tag == "html")
        if html.get("lang") != m["lang"] or exp["lang"] != m["lang"]:
            err("lang mismatch")
        header = next((n for n in pg.root.iter() if n.tag == "header"), None)
        if header is None:
            err("no header")
        else:
            if not any(n.tag == "input" and n.get("type") == "search" for n in header.iter()):
                err("no search box")
            if not any(n.tag == "select" for n in header.iter()):
                err("no language select")
            acct = [n for n in header.iter() if n.tag == "button" and n.get("aria-haspopup")]
            if not acct or not pg.hidden(pg.byid[acct[0].get("aria-controls")]):
                err("account menu missing or not hidden")
        if not any(n.tag == "nav" for n in pg.root.iter()):
            err("no side navigation")
        if not any(n.tag == "footer" for n in pg.root.iter()):
            err("no footer")
        main_el = next(n for n in pg.root.iter() if n.tag == "main")
        units = [c for c in pg.controls(main_el) if not pg.hidden(c[0])]
        if not 15 <= len(units) <= 35:
            err(f"{len(units)} visible control units in <main>")
        m["check_units"] = len(units)
        allc = pg.controls()
        vis = [c for c in allc if not pg.hidden(c[0])]
        # expected
        if [(e["label"], e["sharing"]) for e in exp["ai_training"]] != [(e["label"], e["sharing"]) for e in m["entries"]]:
            err("expect.json differs from meta.json")
        labels = [norm(e["label"]).casefold() for e in exp["ai_training"]]
        if len(set(labels)) != len(labels):
            err("duplicate expected label")
        for e in m["entries"]:
            hits = [c for c in vis if norm(c[2]).casefold() == norm(e["label"]).casefold()]
            if len(hits) != 1:
                err(f"label {e['label']!r}: {len(hits)} visible controls")
                continue
            c = hits[0]
            want = {"staterow": "button", "cell": "checkbox"}.get(e["kind"], e["kind"])
            if c[1] != want:
                err(f"label {e['label']!r}: kind {c[1]} != {e['kind']}")
            if e["kind"] != "staterow" and c[3] != e["state"]:
                err(f"label {e['label']!r}: state {c[3]!r} != {e['state']!r}")
            if e["kind"] == "cell" and not any(a.tag == "td" for a in c[0].ancestors()):
                err(f"label {e['label']!r}: not in a table cell")
            if e["kind"] == "staterow":
                row = next(a for a in c[0].ancestors() if "state-row" in a.classes())
                if e["state"] not in pg.text(row):
                    err(f"label {e['label']!r}: status text not in row")
            # a closed <details> ancestor is fine (collapsed, not hidden)
        if not m["hidden"]:
            err("no hidden AI-training control")
        for h in m["hidden"]:
            hits = [c for c in allc if norm(c[2]).casefold() == norm(h["label"]).casefold()]
            if not hits:
                err(f"hidden {h['label']!r}: not found")
            if any(not pg.hidden(c[0]) for c in hits):
                err(f"hidden {h['label']!r}: a control with this name is visible")
            if norm(h["label"]).casefold() in labels:
                err(f"hidden {h['label']!r}: also expected")
        per_lang[m["lang"]] += len(m["entries"])
    for l, n in per_lang.items():
        if not 12 <= n <= 16:
            errors.append(f"{l}: {n} labelled controls (want 12-16)")
        if sum(1 for m in meta if m["lang"] == l) != 5:
            errors.append(f"{l}: not 5 pages")
    for e in errors:
        print("FAIL", e)
    total = sum(per_lang.values())
    print(f"{pages} pages, {total} labelled ({', '.join(f'{k} {v}' for k, v in per_lang.items())}), "
          f"{sum(len(m['hidden']) for m in meta)} hidden; "
          f"visible units per page {min(m.get('check_units', 0) for m in meta)}-{max(m.get('check_units', 0) for m in meta)}")
    if errors:
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
