#!/usr/bin/env python3
"""Self-check for the blind73 holdout set.

Builds its own DOM with html.parser, computes accessible names and visibility, and verifies:
  * well-formed markup: balanced tags, no duplicate attributes on one element, unique ids;
  * page frame: doctype, saved-from comment with the right length, <html lang>, header with a
    search box, a language select and an account button whose menu is hidden, a side nav,
    a footer;
  * 15-35 visible control units in <main>;
  * every expected label is the accessible name of exactly one visible control in <main>;
  * every hidden AI-training control recorded in tools/meta.json is really hidden, and each
    page has at least one;
  * expect files agree with tools/meta.json.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "param"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children = []

    def get(self, k, d=None):
        return self.attrs.get(k, d)

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def classes(self):
        return set((self.get("class") or "").split())


class Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.errors = []
        self.comments = []
        self.decl = []

    def handle_starttag(self, tag, attrs):
        names = [a for a, _ in attrs]
        dups = {a for a in names if names.count(a) > 1}
        if dups:
            self.errors.append(f"duplicate attribute(s) {sorted(dups)} on <{tag}> at line {self.getpos()[0]}")
        d = {}
        for a, v in attrs:
            d.setdefault(a, v if v is not None else "")
        n = Node(tag, d, self.cur)
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
            self.errors.append(f"mismatched </{tag}> (open <{self.cur.tag}>) at line {self.getpos()[0]}")
            n = self.cur
            while n is not None and n.tag != tag:
                n = n.parent
            if n is None:
                return
            self.cur = n
        self.cur = self.cur.parent

    def handle_data(self, data):
        self.cur.children.append(data)

    def handle_comment(self, data):
        self.comments.append(data)

    def handle_decl(self, decl):
        self.decl.append(decl)


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


class Doc:
    def __init__(self, text):
        b = Builder()
        b.feed(text)
        b.close()
        self.b = b
        self.root = b.root
        self.errors = list(b.errors)
        if b.cur is not b.root:
            self.errors.append(f"unclosed <{b.cur.tag}>")
        self.byid = {}
        for n in self.root.iter():
            i = n.get("id")
            if i:
                if i in self.byid:
                    self.errors.append(f"duplicate id {i}")
                self.byid[i] = n
        css = " ".join(self.text(n) for n in self.root.iter() if n.tag == "style")
        self.hide_classes = set()
        for m in re.finditer(r"\.([A-Za-z_][\w-]*)\s*\{([^}]*)\}", css):
            if re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", m.group(2)):
                self.hide_classes.add(m.group(1))

    # -- text / names ------------------------------------------------------
    def text(self, n, skip_aria_hidden=False, skip_controls=False):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
            else:
                if skip_aria_hidden and c.get("aria-hidden") == "true":
                    continue
                if skip_controls and c.tag in ("input", "select", "textarea"):
                    continue
                out.append(" " + self.text(c, skip_aria_hidden, skip_controls) + " ")
        return "".join(out)

    def own_hidden(self, n):
        if n.tag == "#root":
            return None
        if "hidden" in n.attrs:
            return "hidden"
        st = (n.get("style") or "").replace(" ", "").lower()
        if "display:none" in st:
            return "inline"
        if "visibility:hidden" in st:
            return "visibility"
        if n.classes() & self.hide_classes:
            return "class"
        if n.get("aria-hidden") == "true":
            return "aria"
        if n.tag == "dialog" and "open" not in n.attrs:
            return "dialog"
        if n.tag in ("template", "head", "script", "style"):
            return "non-rendered"
        return None

    def hidden_by(self, n):
        """(method, element) of the first hiding ancestor-or-self, else None"""
        while n is not None and n.tag != "#root":
            h = self.own_hidden(n)
            if h:
                if h == "hidden" and n.get("role") == "tabpanel":
                    h = "tab"
                return h
            n = n.parent
        return None

    def ancestor(self, n, pred):
        n = n.parent
        while n is not None and n.tag != "#root":
            if pred(n):
                return n
            n = n.parent
        return None

    def labelledby(self, n):
        ids = (n.get("aria-labelledby") or "").split()
        parts = []
        for i in ids:
            r = self.byid.get(i)
            if r is None:
                raise KeyError(f"aria-labelledby target #{i} missing")
            parts.append(self.text(r, skip_aria_hidden=(r is not n)) if r is not n else self.text(r, True))
        return collapse(" ".join(parts))

    def name(self, n):
        if n.get("aria-labelledby"):
            return self.labelledby(n)
        if n.get("aria-label"):
            return collapse(n.get("aria-label"))
        if n.tag in ("input", "select", "textarea"):
            i = n.get("id")
            if i:
                for l in self.root.iter():
                    if l.tag == "label" and l.get("for") == i:
                        return collapse(self.text(l, True, True))
            lab = self.ancestor(n, lambda a: a.tag == "label")
            if lab is not None:
                return collapse(self.text(lab, True, True))
            td = self.ancestor(n, lambda a: a.tag == "td")
            if td is not None:
                return self.cell_name(td)
            return collapse(n.get("title") or n.get("placeholder") or "")
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return collapse(self.text(c, True))
            return ""
        if n.tag == "button" or n.get("role") in ("switch", "tab", "radio", "checkbox"):
            return collapse(self.text(n, True))
        return ""

    def cell_name(self, td):
        tr = td.parent
        cells = [c for c in tr.children if isinstance(c, Node) and c.tag in ("td", "th")]
        idx = cells.index(td)
        row = [c for c in cells if c.tag == "th" and c.get("scope") in ("row", None)]
        rh = collapse(self.text(row[0], True)) if row else ""
        table = self.ancestor(td, lambda a: a.tag == "table")
        ch = ""
        for thead in table.iter():
            if thead.tag == "thead":
                for htr in thead.iter():
                    if htr.tag == "tr":
                        hc = [c for c in htr.children if isinstance(c, Node) and c.tag in ("td", "th")]
                        if idx < len(hc) and hc[idx].tag == "th":
                            ch = collapse(self.text(hc[idx], True))
                        break
        return collapse(f"{rh} {ch}")

    # -- controls ----------------------------------------------------------
    def controls(self, scope):
        """control units in scope: (node, kind). Radio sets, radiogroups and aria-pressed
        groups are one unit each."""
        units = []
        grouped = set()
        for n in scope.iter():
            if id(n) in grouped:
                continue
            if n.tag == "fieldset" and any(x.tag == "input" and x.get("type") == "radio" for x in n.iter()):
                units.append((n, "radio"))
                grouped.update(id(x) for x in n.iter())
            elif n.get("role") == "radiogroup":
                units.append((n, "radiogroup"))
                grouped.update(id(x) for x in n.iter())
            elif n.get("role") == "group" and any(x.tag == "button" and "aria-pressed" in x.attrs for x in n.iter()):
                units.append((n, "pressed"))
                grouped.update(id(x) for x in n.iter())
            elif n.tag == "input" and n.get("type") not in ("hidden",):
                t = n.get("type", "text")
                if t == "checkbox":
                    k = "switch" if n.get("role") == "switch" else (
                        "table-cell" if self.ancestor(n, lambda a: a.tag == "td") is not None else "checkbox")
                else:
                    k = "input-" + t
                units.append((n, k))
            elif n.tag in ("select", "textarea"):
                units.append((n, n.tag))
            elif n.tag == "button" or n.get("role") in ("switch", "tab"):
                k = "button-switch" if n.get("role") == "switch" else ("tab" if n.get("role") == "tab" else "button")
                units.append((n, k))
        return units


def main():
    meta = json.load(open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8"))
    problems = []
    totals = {}
    hidden_methods = {}
    seen_pages = 0
    for page in meta["pages"]:
        lang, slug = page["lang"], page["slug"]
        base = os.path.join(ROOT, lang, slug)
        where = f"{lang}/{slug}"
        try:
            text = open(base + ".html", encoding="utf-8").read()
            exp = json.load(open(base + ".expect.json", encoding="utf-8"))
        except OSError as e:
            problems.append(f"{where}: {e}")
            continue
        seen_pages += 1
        doc = Doc(text)
        for e in doc.errors:
            problems.append(f"{where}: {e}")
        # frame
        if not text.startswith("<!DOCTYPE html>"):
            problems.append(f"{where}: missing doctype")
        m = re.search(r"<!-- saved from url=\((\d{4})\)(\S+) -->", text)
        if not m or int(m.group(1)) != len(m.group(2)) or m.group(2) != exp["url"]:
            problems.append(f"{where}: bad saved-from comment")
        htmls = [n for n in doc.root.iter() if n.tag == "html"]
        if not htmls or htmls[0].get("lang") != lang or exp["lang"] != lang:
            problems.append(f"{where}: lang mismatch")
        header = next((n for n in doc.root.iter() if n.tag == "header"), None)
        if header is None:
            problems.append(f"{where}: no header")
        else:
            if not any(n.tag == "input" and n.get("type") == "search" for n in header.iter()):
                problems.append(f"{where}: header without search box")
            if not any(n.tag == "select" for n in header.iter()):
                problems.append(f"{where}: header without language select")
            acc = [n for n in header.iter() if n.tag == "button" and n.get("aria-controls")]
            if not acc or doc.hidden_by(doc.byid.get(acc[0].get("aria-controls"))) is None:
                problems.append(f"{where}: account menu missing or not hidden")
        if not any(n.tag == "nav" for n in doc.root.iter()):
            problems.append(f"{where}: no nav")
        if not any(n.tag == "footer" for n in doc.root.iter()):
            problems.append(f"{where}: no footer")
        mains = [n for n in doc.root.iter() if n.tag == "main"]
        if len(mains) != 1:
            problems.append(f"{where}: expected one <main>")
            continue
        units = doc.controls(mains[0])
        visible = []
        for n, k in units:
            if doc.hidden_by(n) is None:
                try:
                    visible.append((doc.name(n), k, n))
                except KeyError as e:
                    problems.append(f"{where}: {e}")
        if not 15 <= len(visible) <= 35:
            problems.append(f"{where}: {len(visible)} visible control units in <main> (want 15-35)")
        for nm, k, n in visible:
            if not nm:
                problems.append(f"{where}: visible {k} #{n.get('id')} has no accessible name")
        # labels
        if [(l["label"], l["sharing"]) for l in exp["ai_training"]] != \
                [(l["label"], l["sharing"]) for l in page["labels"]]:
            problems.append(f"{where}: expect file disagrees with meta.json")
        for l in exp["ai_training"]:
            hits = [(k, n) for nm, k, n in visible if nm == collapse(l["label"])]
            if len(hits) != 1:
                problems.append(f"{where}: label {l['label']!r} names {len(hits)} visible controls")
                continue
            want = next(x["kind"] for x in page["labels"] if x["label"] == l["label"])
            if hits[0][0] != want and not (want == "state-row" and hits[0][0] == "button"):
                problems.append(f"{where}: label {l['label']!r} is a {hits[0][0]}, meta says {want}")
        if len({l["label"] for l in exp["ai_training"]}) != len(exp["ai_training"]):
            problems.append(f"{where}: duplicate expected labels")
        # hidden AI controls
        if not page["hidden"]:
            problems.append(f"{where}: no hidden AI-training control")
        for h in page["hidden"]:
            n = doc.byid.get(h["id"])
            if n is None:
                problems.append(f"{where}: hidden control #{h['id']} not found")
                continue
            how = doc.hidden_by(n)
            if how is None:
                problems.append(f"{where}: hidden control #{h['id']} is visible")
            elif how != h["method"]:
                problems.append(f"{where}: hidden control #{h['id']} hidden by {how}, meta says {h['method']}")
            hidden_methods[how] = hidden_methods.get(how, 0) + 1
        t = totals.setdefault(lang, [0, 0, 0, 0])
        t[0] += 1
        t[1] += len(exp["ai_training"])
        t[2] += sum(1 for l in exp["ai_training"] if l["sharing"])
        t[3] += len(visible)
    # on-disk files match meta
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        files = sorted(f for f in os.listdir(d)) if os.path.isdir(d) else []
        want = sorted(sum(([p["slug"] + ".html", p["slug"] + ".expect.json"]
                           for p in meta["pages"] if p["lang"] == lang), []))
        if files != want:
            problems.append(f"{lang}/: files on disk differ from meta.json")
    print("lang  pages  labels  sharing=true  visible-controls")
    for lang in LANGS:
        t = totals.get(lang, [0, 0, 0, 0])
        print(f"{lang:4}  {t[0]:5}  {t[1]:6}  {t[2]:12}  {t[3]:16}")
    print("hidden AI controls by method:", dict(sorted(hidden_methods.items())))
    if seen_pages != 35:
        problems.append(f"{seen_pages} pages, want 35")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
