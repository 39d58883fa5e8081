#!/usr/bin/env python3
"""Independent checker for the blind19 set (python stdlib only).

For every <lang>/<page>.html + .expect.json it verifies:
  * the "saved from url=(NNNN)..." comment equals `url` (and NNNN is its length);
  * <html lang> matches the directory (pt must be pt-BR or pt-PT);
  * the JSON has exactly the keys url, lang, notes, ai_training[{label, sharing}];
  * every label occurs in the page text or an aria-label;
  * every label equals the accessible name of exactly one visible control
    (aria-labelledby > aria-label > label[for] / wrapping label > legend >
    status-row name > text content);
  * no label is contained in another visible control's name (the options of
    the same radio group / select / listbox are not other controls);
  * the page has 15-35 visible controls.
Prints one line per problem and a summary line.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "param", "source", "track", "wbr"}
SKIP_TEXT = {"script", "style", "template", "head", "title"}
CONTROL_ROLES = {"switch", "checkbox", "radio", "button", "combobox",
                 "listbox", "menuitemcheckbox", "menuitemradio", "slider",
                 "textbox", "searchbox", "spinbutton", "tab", "option"}
GROUP_ROLES = {"radiogroup"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children = []

    def get(self, k, d=None):
        v = self.attrs.get(k, d)
        return d if v is None and k in self.attrs and d is not None else v

    def has(self, k):
        return k in self.attrs


class Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.comments = []

    def handle_starttag(self, tag, attrs):
        # implicit closes for p / li / option
        if tag in ("p", "li", "option") and self.cur.tag == tag:
            self.cur = self.cur.parent
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)

    def handle_comment(self, data):
        self.comments.append(data)


def walk(n):
    yield n
    for c in n.children:
        if isinstance(c, Node):
            yield from walk(c)


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def text(n, exclude_controls=False):
    out = []

    def rec(x):
        for c in x.children:
            if isinstance(c, str):
                out.append(c)
            elif c.tag in SKIP_TEXT:
                continue
            elif exclude_controls and c.tag in ("input", "select", "textarea", "button"):
                continue
            else:
                rec(c)
    rec(n)
    return norm(" ".join(out))


def self_hidden(n):
    a = n.attrs
    if "hidden" in a:
        return True
    if (a.get("aria-hidden") or "").strip().lower() == "true":
        return True
    st = (a.get("style") or "").replace(" ", "").lower()
    if "display:none" in st or "visibility:hidden" in st:
        return True
    if n.tag == "input" and (a.get("type") or "").lower() == "hidden":
        return True
    if n.tag in SKIP_TEXT:
        return True
    return False


def visible(n):
    x = n
    while x is not None:
        if self_hidden(x):
            return False
        x = x.parent
    return True


def classes(n):
    return set((n.attrs.get("class") or "").split())


def ancestor(n, pred):
    x = n.parent
    while x is not None:
        if pred(x):
            return x
        x = x.parent
    return None


class Page:
    def __init__(self, src):
        t = Tree()
        t.feed(src)
        t.close()
        self.tree = t
        self.nodes = list(walk(t.root))
        self.by_id = {}
        for n in self.nodes:
            i = n.attrs.get("id")
            if i and i not in self.by_id:
                self.by_id[i] = n
        self.labels_for = {}
        for n in self.nodes:
            if n.tag == "label" and n.attrs.get("for"):
                self.labels_for.setdefault(n.attrs["for"], []).append(n)

    def is_control(self, n):
        role = (n.attrs.get("role") or "").lower()
        if n.tag == "input":
            return (n.attrs.get("type") or "text").lower() != "hidden"
        if n.tag in ("select", "button", "textarea"):
            return True
        if role in CONTROL_ROLES or role in GROUP_ROLES:
            return True
        if n.tag == "fieldset" and any(
                c.tag == "input" and (c.attrs.get("type") or "").lower() == "radio"
                for c in walk(n)):
            return True
        return False

    def is_link(self, n):
        return n.tag == "a" and n.has("href")

    def name(self, n):
        a = n.attrs
        if a.get("aria-labelledby"):
            parts = [text(self.by_id[i]) for i in a["aria-labelledby"].split() if i in self.by_id]
            if parts:
                return norm(" ".join(parts))
        if norm(a.get("aria-label")):
            return norm(a["aria-label"])
        if n.tag in ("input", "select", "textarea"):
            i = a.get("id")
            if i and i in self.labels_for:
                return norm(" ".join(text(l, exclude_controls=True) for l in self.labels_for[i]))
            lab = ancestor(n, lambda x: x.tag == "label")
            if lab is not None:
                return text(lab, exclude_controls=True)
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return text(c)
        if n.tag == "button" or (a.get("role") or "") == "button":
            row = ancestor(n, lambda x: "status-row" in classes(x))
            if row is not None:
                for m in walk(row):
                    if "status-name" in classes(m):
                        return text(m)
        if n.tag == "input":
            t = (a.get("type") or "").lower()
            if t in ("button", "submit", "reset") and a.get("value"):
                return norm(a["value"])
        if n.tag in ("select", "input", "textarea"):
            return norm(a.get("title") or a.get("placeholder") or "")
        return text(n) or norm(a.get("title") or "")

    def group_of(self, n):
        """The radio group / select / listbox a control belongs to (or itself)."""
        g = ancestor(n, lambda x: (x.attrs.get("role") or "") in ("radiogroup", "listbox")
                     or (x.tag == "fieldset" and self.is_control(x)) or x.tag == "select")
        return g


def check_page(lang, base):
    probs = []
    hp, jp = base + ".html", base + ".expect.json"
    rel = os.path.relpath(base, ROOT)
    try:
        src = open(hp, encoding="utf-8").read()
        exp = json.load(open(jp, encoding="utf-8"))
    except Exception as e:  # noqa
        return [f"{rel}: cannot read: {e}"], 0
    # JSON keys
    if not isinstance(exp, dict) or set(exp) != {"url", "lang", "notes", "ai_training"}:
        probs.append(f"{rel}: JSON keys {sorted(exp) if isinstance(exp, dict) else type(exp)}")
        return probs, 0
    if exp["lang"] != lang:
        probs.append(f"{rel}: lang {exp['lang']!r} != dir {lang!r}")
    if not isinstance(exp["notes"], str) or not exp["notes"].strip():
        probs.append(f"{rel}: notes empty")
    if not isinstance(exp["ai_training"], list):
        probs.append(f"{rel}: ai_training not a list")
        return probs, 0
    for e in exp["ai_training"]:
        if not isinstance(e, dict) or set(e) != {"label", "sharing"} \
                or not isinstance(e.get("label"), str) or not isinstance(e.get("sharing"), bool):
            probs.append(f"{rel}: bad entry {e!r}")
    # saved-from comment
    m = re.search(r"<!--\s*saved from url=\((\d{4})\)(\S+?)\s*-->", src)
    if not m:
        probs.append(f"{rel}: no saved-from comment")
    else:
        if m.group(2) != exp["url"]:
            probs.append(f"{rel}: saved-from {m.group(2)!r} != url {exp['url']!r}")
        if int(m.group(1)) != len(m.group(2)):
            probs.append(f"{rel}: saved-from length {m.group(1)} != {len(m.group(2))}")
    pg = Page(src)
    htmls = [n for n in pg.nodes if n.tag == "html"]
    hl = htmls[0].attrs.get("lang", "") if htmls else ""
    if lang == "pt":
        if hl not in ("pt-BR", "pt-PT"):
            probs.append(f"{rel}: html lang {hl!r} must be pt-BR or pt-PT")
    elif not (hl == lang or hl.startswith(lang + "-")):
        probs.append(f"{rel}: html lang {hl!r} != {lang}")
    # controls
    controls = [n for n in pg.nodes if pg.is_control(n) and visible(n)]
    named = [(n, pg.name(n)) for n in controls]
    links = [(n, text(n)) for n in pg.nodes if pg.is_link(n) and visible(n)]
    # count: radios inside a group count with their group; options are not counted
    count = 0
    for n in controls:
        g = pg.group_of(n)
        if g is not None and g is not n and g in controls:
            continue
        if (n.attrs.get("role") or "") == "option":
            continue
        count += 1
    if not 15 <= count <= 35:
        probs.append(f"{rel}: {count} visible controls (want 15-35)")
    page_text = text(pg.tree.root)
    aria_labels = " ".join(norm(n.attrs.get("aria-label")) for n in pg.nodes if n.attrs.get("aria-label"))
    labels = [e["label"] for e in exp["ai_training"] if isinstance(e, dict) and isinstance(e.get("label"), str)]
    if len(set(map(str.lower, map(norm, labels)))) != len(labels):
        probs.append(f"{rel}: duplicate labels")
    for lab in labels:
        nl = norm(lab)
        if nl != lab:
            probs.append(f"{rel}: label has stray whitespace {lab!r}")
        if nl not in page_text and nl not in aria_labels:
            probs.append(f"{rel}: label not in page text/aria-label: {lab!r}")
        owners = [n for n, nm in named if nm == nl]
        if not owners:
            probs.append(f"{rel}: label is not the accessible name of a visible control: {lab!r}")
            continue
        if len(owners) > 1:
            probs.append(f"{rel}: label names {len(owners)} visible controls: {lab!r}")
        owner = owners[0]
        low = nl.lower()
        for n, nm in named + links:
            if n in owners or not nm:
                continue
            # options of the same group are not other controls
            g = pg.group_of(n)
            if g is not None and (g is owner or g is pg.group_of(owner)):
                continue
            if owner.tag == "select" and ancestor(n, lambda x: x is owner):
                continue
            if low in nm.lower():
                probs.append(f"{rel}: label {lab!r} contained in other control name {nm!r}")
    return probs, count


def main():
    pages = 0
    bad = 0
    allp = []
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        if not os.path.isdir(d):
            continue
        htmls = sorted(f[:-5] for f in os.listdir(d) if f.endswith(".html"))
        jsons = sorted(f[:-12] for f in os.listdir(d) if f.endswith(".expect.json"))
        for x in sorted(set(htmls) ^ set(jsons)):
            allp.append(f"{lang}/{x}: html/json pair incomplete")
        for b in htmls:
            pages += 1
            p, _ = check_page(lang, os.path.join(d, b))
            if p:
                bad += 1
                allp.extend(p)
    for p in allp:
        print(p)
    print(f"check.py: {pages} pages checked, {bad} pages with problems, {len(allp)} problems")
    return 1 if bad or allp else 0


if __name__ == "__main__":
    sys.exit(main())
