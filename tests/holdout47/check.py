#!/usr/bin/env python3
"""Self-check for blind47.

Independent of tools/lib.py: it parses every saved page with html.parser, rebuilds the tree,
computes visibility and accessible names itself, and compares them with the .expect.json files
and tools/meta.json.  Exit status 1 on any problem.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

INLINE = {"span", "a", "b", "strong", "em", "i", "small", "abbr", "code", "label", "bdi", "mark", "sup",
          "sub", "time", "u", "s"}

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def key(s):
    return norm(s).casefold()


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = dict(attrs)
        self.parent = parent
        self.children = []  # Node or str

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

    def classes(self):
        return set((self.get("class") or "").split())


class TreeBuilder(HTMLParser):
    def __init__(self, where):
        super().__init__(convert_charrefs=True)
        self.where = where
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.style_text = []

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID:
            err(self.where, f"self-closing non-void <{tag}/>")
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        if tag in VOID:
            err(self.where, f"end tag for void element </{tag}>")
            return
        if self.cur.tag != tag:
            err(self.where, f"</{tag}> closes <{self.cur.tag}> (line {self.getpos()[0]})")
            # recover: pop to the matching element if any
            n = self.cur
            while n is not None and n.tag != tag:
                n = n.parent
            if n is not None:
                self.cur = n.parent
            return
        self.cur = self.cur.parent

    def handle_data(self, data):
        if self.cur.tag == "style":
            self.style_text.append(data)
        self.cur.children.append(data)


class Doc:
    def __init__(self, text, where):
        b = TreeBuilder(where)
        b.feed(text)
        b.close()
        if b.cur is not b.root:
            err(where, f"unclosed <{b.cur.tag}> at end of document")
        self.root = b.root
        self.where = where
        self.nodes = list(self.root.walk())
        self.ids = {}
        for n in self.nodes:
            i = n.get("id")
            if i is not None:
                if i in self.ids:
                    err(where, f"duplicate id {i!r}")
                self.ids[i] = n
        css = "".join(b.style_text)
        self.hidden_classes = set()
        for sel, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
            body = body.replace(" ", "")
            if "display:none" in body or "visibility:hidden" in body:
                for s in sel.split(","):
                    m = re.fullmatch(r"\s*\.([\w-]+)\s*", s)
                    if m:
                        self.hidden_classes.add(m.group(1))
        # tab → panel map
        self.unselected_panels = set()
        for n in self.nodes:
            if n.get("role") == "tab" and n.get("aria-selected") == "false" and n.get("aria-controls"):
                self.unselected_panels.add(n.get("aria-controls"))

    # ----- visibility -----
    def self_hides(self, n):
        if "hidden" in n.attrs:
            return "hidden attribute"
        if n.get("aria-hidden") == "true":
            return "aria-hidden"
        st = (n.get("style") or "").replace(" ", "").lower()
        if "display:none" in st:
            return "inline display:none"
        if "visibility:hidden" in st:
            return "inline visibility:hidden"
        if n.classes() & self.hidden_classes:
            return "CSS class"
        if n.tag == "dialog" and "open" not in n.attrs:
            return "closed dialog"
        if n.get("role") == "tabpanel" and n.get("id") in self.unselected_panels:
            return "inactive tab panel"
        if n.tag in ("head", "template", "script", "style"):
            return "non-rendered"
        return None

    def hidden_by(self, n):
        for x in [n] + list(n.ancestors()):
            h = self.self_hides(x)
            if h:
                return h
        return None

    def inside(self, n, tag):
        return any(a.tag == tag for a in n.ancestors())

    # ----- names -----
    def text(self, n, skip=None):
        return norm(self.raw_text(n, skip))

    def raw_text(self, n, skip=None):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
            else:
                if c is skip or c.tag in ("style", "script"):
                    continue
                if c.get("aria-hidden") == "true" or "hidden" in c.attrs:
                    continue
                if c.tag in ("input", "select", "textarea"):
                    continue
                pad = "" if c.tag in INLINE else " "
                if c.get("aria-label"):
                    out.append(pad + c.get("aria-label") + pad)
                    continue
                out.append(pad + self.raw_text(c, skip) + pad)
        return "".join(out)

    def name(self, n):
        lb = n.get("aria-labelledby")
        if lb:
            parts = []
            for i in lb.split():
                r = self.ids.get(i)
                if r is None:
                    continue
                parts.append(r.get("aria-label") if (r.get("aria-label") and r is not n) else self.text(r))
            return norm(" ".join(parts))
        if n.get("aria-label"):
            return norm(n.get("aria-label"))
        if n.tag in ("input", "select", "textarea"):
            parts = []
            if n.get("id"):
                for l in self.nodes:
                    if l.tag == "label" and l.get("for") == n.get("id"):
                        parts.append(self.text(l, skip=n))
            for a in n.ancestors():
                if a.tag == "label" and a.get("for") is None:  # wrapping label without for
                    parts.append(self.text(a, skip=n))
            return norm(" ".join(parts))
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return self.text(c)
            return ""
        return self.text(n)

    # ----- controls -----
    def controls(self):
        """Return list of (element, kind, name, state). Radios and aria-pressed buttons are folded
        into their group; options of a select are not controls."""
        out = []
        seen_groups = set()
        for n in self.nodes:
            role = n.get("role")
            if n.tag == "input":
                t = (n.get("type") or "text").lower()
                if t == "hidden":
                    continue
                if t == "radio":
                    g = next((a for a in n.ancestors() if a.tag == "fieldset" or a.get("role") == "radiogroup"),
                             None)
                    if g is None:
                        err(self.where, f"radio {n.get('id')} outside a group")
                        continue
                    if id(g) in seen_groups:
                        continue
                    seen_groups.add(id(g))
                    checked = [r for r in g.walk() if r.tag == "input" and "checked" in r.attrs]
                    st = self.name(checked[0]) if len(checked) == 1 else "?"
                    out.append((g, "radio group", self.name(g), st))
                    continue
                if t == "checkbox":
                    out.append((n, "checkbox", self.name(n), "on" if "checked" in n.attrs else "off"))
                else:
                    out.append((n, "input " + t, self.name(n), n.get("value", "")))
            elif n.tag == "select":
                sel = [o for o in n.walk() if o.tag == "option" and "selected" in o.attrs]
                out.append((n, "select", self.name(n), self.text(sel[0]) if sel else "?"))
            elif n.tag == "textarea":
                out.append((n, "textarea", self.name(n), ""))
            elif n.tag == "button" or role in ("switch", "checkbox", "tab", "menuitem", "button"):
                if n.get("aria-pressed") is not None:
                    g = next((a for a in n.ancestors() if a.get("role") == "group"), None)
                    if g is None:
                        err(self.where, "aria-pressed button outside role=group")
                        continue
                    if id(g) in seen_groups:
                        continue
                    seen_groups.add(id(g))
                    pressed = [b for b in g.walk() if b.get("aria-pressed") == "true"]
                    st = self.text(pressed[0]) if len(pressed) == 1 else "?"
                    out.append((g, "segmented", self.name(g), st))
                    continue
                if role == "switch":
                    out.append((n, "switch", self.name(n), "on" if n.get("aria-checked") == "true" else "off"))
                else:
                    out.append((n, role or "button", self.name(n), ""))
        return out


def state_of_row(doc, el):
    """For a state-row button: the state text shown beside its title."""
    row = next((a for a in el.ancestors() if "state-row" in a.classes()), None)
    if row is None:
        return None
    for n in row.walk():
        if "state-value" in n.classes():
            return doc.text(n)
    return None


def check_page(lang, fname, meta_pages):
    where = f"{lang}/{fname}"
    path = os.path.join(ROOT, lang, fname)
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    # first three lines
    if lines[0] != "<!DOCTYPE html>":
        err(where, "line 1 is not <!DOCTYPE html>")
    m = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", lines[1])
    url = None
    if not m:
        err(where, "line 2 is not a saved-from comment")
    else:
        url = m.group(2)
        if int(m.group(1)) != len(url):
            err(where, f"saved-from length {m.group(1)} != {len(url)}")
    m3 = re.fullmatch(r'<html lang="([A-Za-z-]+)">', lines[2])
    if not m3:
        err(where, "line 3 is not <html lang=…>")
    elif m3.group(1).split("-")[0] != lang:
        err(where, f"html lang {m3.group(1)} in folder {lang}")
    # expect file
    ep = path[:-5] + ".expect.json"
    try:
        exp = json.load(open(ep, encoding="utf-8"))
    except Exception as e:  # noqa
        err(where, f"expect file unreadable: {e}")
        return
    if set(exp) != {"url", "lang", "notes", "ai_training"} or len(exp) != 4:
        err(where, f"expect keys {sorted(exp)}")
    if exp.get("url") != url:
        err(where, "expect url differs from saved-from url")
    if exp.get("lang") != lang:
        err(where, "expect lang differs")
    if not isinstance(exp.get("notes"), str) or not exp["notes"]:
        err(where, "notes missing")
    for e in exp.get("ai_training", []):
        if set(e) != {"label", "sharing"} or not isinstance(e.get("sharing"), bool) or not e.get("label"):
            err(where, f"bad entry {e}")

    doc = Doc(text, where)
    # references
    for n in doc.nodes:
        for a in ("aria-labelledby", "aria-describedby", "aria-controls"):
            for i in (n.get(a) or "").split():
                if i not in doc.ids:
                    err(where, f"{a} -> missing id {i!r}")
        if n.tag == "label" and n.get("for") and n.get("for") not in doc.ids:
            err(where, f"label for -> missing id {n.get('for')!r}")
    # skeleton
    headers = [n for n in doc.nodes if n.tag == "header"]
    mains = [n for n in doc.nodes if n.tag == "main"]
    if len(mains) != 1:
        err(where, f"{len(mains)} <main> elements")
        return
    main = mains[0]
    if not any(n.tag == "nav" for n in doc.nodes):
        err(where, "no <nav>")
    if not any(n.tag == "footer" for n in doc.nodes):
        err(where, "no <footer>")
    menu = None
    if len(headers) != 1:
        err(where, "needs exactly one <header>")
    else:
        h = headers[0]
        hn = list(h.walk())
        if not any(n.tag == "input" and n.get("type") == "search" for n in hn):
            err(where, "header lacks a search box")
        if not any(n.tag == "select" for n in hn):
            err(where, "header lacks a language select")
        btn = [n for n in hn if n.tag == "button" and n.get("aria-haspopup") and n.get("aria-controls")]
        if not btn:
            err(where, "header lacks an account-menu button")
        else:
            menu = doc.ids.get(btn[0].get("aria-controls"))
            if menu is None or "hidden" not in menu.attrs:
                err(where, "account menu is not hidden")

    ctrls = doc.controls()
    info = []
    for el, kind, name, st in ctrls:
        hid = doc.hidden_by(el)
        in_main = el is main or main in el.ancestors()
        in_menu = menu is not None and (el is menu or menu in el.ancestors())
        if not name:
            err(where, f"control without a name ({kind}, id={el.get('id')})")
        info.append({"el": el, "kind": kind, "name": name, "state": st, "hidden": hid,
                     "main": in_main, "menu": in_menu})
    visible_main = [c for c in info if c["main"] and not c["hidden"]]
    hidden_all = [c for c in info if c["hidden"]]
    if not any(not c["menu"] for c in hidden_all):
        err(where, "no hidden control outside the account menu")

    # meta
    mp = meta_pages.get((lang, fname[:-5]))
    if mp is None:
        err(where, "not in tools/meta.json")
    else:
        if mp["units"] != len(visible_main):
            err(where, f"meta units {mp['units']} != counted {len(visible_main)}")
        if [l["label"] for l in mp["labels"]] != [e["label"] for e in exp.get("ai_training", [])]:
            err(where, "meta labels differ from expect labels")
    if not 15 <= len(visible_main) <= 35:
        err(where, f"{len(visible_main)} visible control units in <main>")

    # labels
    metal = {l["label"]: l for l in (mp["labels"] if mp else [])}
    for e in exp.get("ai_training", []):
        L = key(e["label"])
        hits = [c for c in visible_main if key(c["name"]) == L]
        if len(hits) != 1:
            err(where, f"label {e['label']!r} names {len(hits)} visible controls in <main>")
        if any(key(c["name"]) == L for c in hidden_all):
            err(where, f"label {e['label']!r} also names a hidden control")
        if any(key(c["name"]) == L for c in info if not c["hidden"] and not c["main"]):
            err(where, f"label {e['label']!r} also names a control outside <main>")
        for c in visible_main + hidden_all:
            if c in hits:
                continue
            n = key(c["name"])
            if n and (n in L or L in n):
                err(where, f"label {e['label']!r} overlaps the name of another control {c['name']!r}")
        if hits and e["label"] in metal:
            c = hits[0]
            st = c["state"]
            if c["kind"] == "button":
                st = state_of_row(doc, c["el"]) or ""
            if key(st) != key(metal[e["label"]]["state"]):
                err(where, f"label {e['label']!r}: state in page {st!r} != meta {metal[e['label']]['state']!r}")
    return len(visible_main), len(exp.get("ai_training", []))


def main():
    meta = json.load(open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8"))
    meta_pages = {(m["lang"], m["page"]): m for m in meta["pages"]}
    seen = set()
    total_pages = total_labels = 0
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        pages = sorted(f for f in os.listdir(d) if f.endswith(".html"))
        if len(pages) != 5:
            err(lang, f"{len(pages)} pages, expected 5")
        for f in os.listdir(d):
            if f.endswith(".expect.json") and f[:-12] + ".html" not in pages:
                err(lang, f"orphan {f}")
        for f in pages:
            seen.add((lang, f[:-5]))
            r = check_page(lang, f, meta_pages)
            total_pages += 1
            if r:
                total_labels += r[1]
    for k in meta_pages:
        if k not in seen:
            err("meta", f"page {k} has no file")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {total_pages} pages, {total_labels} labelled controls")


if __name__ == "__main__":
    main()
