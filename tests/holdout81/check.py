#!/usr/bin/env python3
"""Independent check of the holdout81 pages.

Parses every page with html.parser into a small DOM, computes accessible names
(aria-labelledby -> aria-label -> label[for] / wrapping label -> legend -> text content)
and visibility (hidden attribute, inline display:none, a class whose rule in the page's
<style> says display:none, aria-hidden="true", inline visibility:hidden, a <dialog> without
open, an inactive tab panel (hidden)); a closed <details> does NOT hide.  Then verifies:

* every expected label equals the name of exactly one visible control;
* each page's one hidden AI control (tools/meta.json) is hidden, by the recorded method,
  and is not labelled;
* the page has doctype, saved-from comment, <html lang>, header (search box, language
  select, account button whose menu is hidden), nav, main, footer;
* 15-35 visible control units in <main>.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children = []

    def get(self, k, d=None):
        return self.attrs.get(k, d)

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()


class Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.comments = []
        self.decl = None

    def handle_starttag(self, tag, attrs):
        n = Node(tag, [(k, v if v is not None else "") for k, v in attrs], self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        n = Node(tag, [(k, v if v is not None else "") for k, v in attrs], self.cur)
        self.cur.children.append(n)

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

    def handle_comment(self, data):
        self.comments.append(data)

    def handle_decl(self, decl):
        self.decl = decl


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


class Doc:
    def __init__(self, markup):
        b = Builder()
        b.feed(markup)
        b.close()
        if b.cur is not b.root:
            raise ValueError(f"unclosed <{b.cur.tag}> at end")
        self.root, self.comments, self.decl = b.root, b.comments, b.decl
        self.ids = {}
        for n in self.root.iter():
            if "id" in n.attrs:
                if n.attrs["id"] in self.ids:
                    raise ValueError(f"duplicate id {n.attrs['id']}")
                self.ids[n.attrs["id"]] = n
        css = " ".join(self.text(n) for n in self.root.iter() if n.tag == "style")
        self.none_classes = set()
        for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
            if re.search(r"display\s*:\s*none", body):
                for part in sel.split(","):
                    m = re.fullmatch(r"\s*\.([\w-]+)\s*", part)
                    if m:
                        self.none_classes.add(m.group(1))

    # ---------------------------------------------------------------- text and names
    def text(self, n):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
            elif c.tag not in ("script", "style"):
                out.append(self.text(c))
        return "".join(out)

    def labels_for(self, n):
        i = n.get("id")
        res = []
        if i:
            res = [x for x in self.root.iter() if x.tag == "label" and x.get("for") == i]
        if not res:
            p = n.parent
            while p is not None:
                if p.tag == "label":
                    res = [p]
                    break
                p = p.parent
        return res

    def name(self, n):
        if n.get("aria-labelledby"):
            return collapse(" ".join(self.text(self.ids[i]) for i in n.get("aria-labelledby").split()))
        if n.get("aria-label"):
            return collapse(n.get("aria-label"))
        if n.tag in ("input", "select", "textarea"):
            return collapse(" ".join(self.text(l) for l in self.labels_for(n)))
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return collapse(self.text(c))
            return ""
        if n.tag in ("button", "a") or n.get("role") in ("switch", "radio", "tab", "menuitem", "checkbox"):
            return collapse(self.text(n))
        return ""

    # ---------------------------------------------------------------- visibility
    def hidden_reason(self, n):
        """None when visible, else the method that hides it (nearest ancestor)."""
        p = n
        while p is not None and p.tag != "#root":
            style = p.get("style", "").replace(" ", "").lower()
            classes = p.get("class", "").split()
            if p.tag == "dialog" and "open" not in p.attrs:
                return "closed-dialog"
            if "hidden" in p.attrs:
                return "inactive-tabpanel" if p.get("role") == "tabpanel" else "hidden"
            if "display:none" in style:
                return "inline-display-none"
            if any(c in self.none_classes for c in classes):
                return "css-class"
            if p.get("aria-hidden") == "true":
                return "aria-hidden"
            if "visibility:hidden" in style:
                return "visibility-hidden"
            p = p.parent
        return None

    def controls(self):
        for n in self.root.iter():
            if n.tag in ("input", "select", "textarea", "button", "fieldset") or n.get("role") in (
                    "switch", "radio", "checkbox", "radiogroup", "group", "tab", "menuitem"):
                yield n

    def in_main(self, n):
        p = n
        while p is not None:
            if p.tag == "main":
                return True
            p = p.parent
        return False

    def units(self):
        """Visible control units in <main>: a radio fieldset, a radiogroup or a segmented group
        counts once; everything else (checkbox, switch, select, button, text field) once each."""
        count = 0
        for n in self.controls():
            if not self.in_main(n) or self.hidden_reason(n):
                continue
            if n.tag == "fieldset" or n.get("role") in ("radiogroup", "group"):
                count += 1
                continue
            if n.get("role") == "radio" or (n.tag == "input" and n.get("type") == "radio"):
                continue
            if n.tag == "button" and n.parent is not None and n.parent.get("role") == "group":
                continue
            count += 1
        return count


def check_page(path, exp, meta, errors, warnings):
    raw = open(path, encoding="utf-8").read()
    d = Doc(raw)
    err = lambda m: errors.append(f"{os.path.relpath(path, ROOT)}: {m}")  # noqa: E731
    if not raw.startswith("<!DOCTYPE html>"):
        err("no doctype")
    m = re.search(r"<!-- saved from url=\((\d{4})\)(\S+) -->", raw)
    if not m or m.group(2) != exp["url"] or int(m.group(1)) != len(m.group(2)):
        err("saved-from comment missing or wrong")
    html_el = next(n for n in d.root.iter() if n.tag == "html")
    if html_el.get("lang") != exp["lang"]:
        err(f"html lang {html_el.get('lang')} != {exp['lang']}")
    for tag in ("header", "nav", "main", "footer"):
        if not any(n.tag == tag for n in d.root.iter()):
            err(f"no <{tag}>")
    header = next(n for n in d.root.iter() if n.tag == "header")
    hs = list(header.iter())
    if not any(n.tag == "input" and n.get("type") == "search" for n in hs):
        err("header without search box")
    if not any(n.tag == "select" for n in hs):
        err("header without language select")
    acct = [n for n in hs if n.tag == "button" and n.get("aria-controls")]
    if not acct or d.hidden_reason(d.ids[acct[0].get("aria-controls")]) != "hidden":
        err("account menu missing or not hidden")

    visible = [(n, d.name(n)) for n in d.controls() if not d.hidden_reason(n)]
    for e in exp["ai_training"]:
        lab = e["label"]
        hits = [n for n, nm in visible if nm == lab]
        if len(hits) != 1:
            err(f"label {lab!r} matches {len(hits)} visible controls")
        for n, nm in visible:
            if nm and nm != lab and (lab.lower() in nm.lower() or (nm.lower() in lab.lower()
                                                                    and len(nm.split()) >= 3)) \
                    and nm not in [x["label"] for x in exp["ai_training"]]:
                warnings.append(f"{os.path.relpath(path, ROOT)}: {lab!r} overlaps unlabelled {nm!r}")
    # meta: labelled ids and the hidden one
    for rec in meta["labels"]:
        n = d.ids.get(rec["id"])
        if n is None or d.hidden_reason(n) or d.name(n) != rec["label"]:
            err(f"meta label {rec['label']!r} not a visible control with that name")
    h = meta["hidden"]
    n = d.ids.get(h["id"])
    if n is None:
        err("hidden AI control not found")
    else:
        why = d.hidden_reason(n)
        if why != meta["method"]:
            err(f"hidden AI control hidden by {why}, expected {meta['method']}")
        if d.name(n) != h["label"]:
            err(f"hidden AI control name {d.name(n)!r} != {h['label']!r}")
        if h["label"] in [x["label"] for x in exp["ai_training"]]:
            err("hidden AI control is labelled")
    u = d.units()
    if not 15 <= u <= 35:
        err(f"{u} visible control units in main")
    return u


def main():
    meta = {(m["lang"], m["page"]): m for m in json.load(open(os.path.join(ROOT, "tools", "meta.json")))}
    errors, warnings = [], []
    n_pages = n_labels = 0
    methods = {}
    for lang in ["en", "de", "fr", "es", "pt", "it", "nl"]:
        d = os.path.join(ROOT, lang)
        pages = sorted(f[:-5] for f in os.listdir(d) if f.endswith(".html")) if os.path.isdir(d) else []
        if len(pages) != 5:
            errors.append(f"{lang}: {len(pages)} pages")
        for p in pages:
            base = os.path.join(ROOT, lang, p)
            exp = json.load(open(base + ".expect.json", encoding="utf-8"))
            if set(exp) != {"url", "lang", "notes", "ai_training"}:
                errors.append(f"{lang}/{p}: bad expect keys")
            mt = meta[(lang, p)]
            u = check_page(base + ".html", exp, mt, errors, warnings)
            if u != mt["units"]:
                warnings.append(f"{lang}/{p}: {u} units counted, generator said {mt['units']}")
            methods[mt["method"]] = methods.get(mt["method"], 0) + 1
            n_pages += 1
            n_labels += len(exp["ai_training"])
    if sorted(methods.values()) != [5] * 7:
        errors.append(f"hiding methods not 7 x 5: {methods}")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{n_pages} pages, {n_labels} labels, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
