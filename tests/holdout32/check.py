#!/usr/bin/env python3
"""Self-check for the blind32 set (standard library only).

For every <lang>/<page>.html + .expect.json it verifies: the three first lines,
the expect JSON (exactly url, lang, notes, ai_training; same URL and language),
well-formed markup, unique ids, existing aria-labelledby / aria-describedby /
aria-controls / label-for targets, the page skeleton (header with search box,
language select and account-menu button whose menu is hidden; side nav; main;
footer), that each expected label is the computed accessible name of exactly
one visible control and of no hidden one, that no other control in <main> (or
hidden anywhere) has a name containing it or contained in it, and that <main>
has 15-35 visible control units, matching tools/meta.json.
"""
import json
import os
import re
import sys
import unicodedata
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BLOCK = {"div", "p", "li", "ul", "ol", "br", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table",
         "section", "fieldset", "legend", "dt", "dd", "dl", "summary", "details", "header", "footer", "nav",
         "main", "form", "caption", "label"}
UNIT_ROLES = {"switch", "checkbox", "button", "tab", "radiogroup", "slider", "combobox", "textbox", "link",
              "menuitem", "menuitemcheckbox", "menuitemradio", "spinbutton", "searchbox", "listbox"}
CONTENT_ROLES = {"switch", "checkbox", "button", "tab", "link", "menuitem", "menuitemcheckbox",
                 "menuitemradio", "radio", "option"}


class Node:
    __slots__ = ("tag", "attrs", "children", "parent", "line")

    def __init__(self, tag, attrs, parent, line):
        self.tag, self.attrs, self.children, self.parent, self.line = tag, attrs, [], parent, line

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def ancestors(self):
        p = self.parent
        while p is not None:
            yield p
            p = p.parent


class Builder(HTMLParser):
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
                self.errors.append(f"line {self.getpos()[0]}: duplicate attribute {k} on <{tag}>")
            d[k] = "" if v is None else v
        n = Node(tag, d, self.stack[-1], self.getpos()[0])
        self.stack[-1].children.append(n)
        if tag not in VOID:
            self.stack.append(n)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if len(self.stack) > 1 and self.stack[-1].tag == tag:
            self.stack.pop()
        else:
            self.errors.append(f"line {self.getpos()[0]}: unexpected </{tag}> (open: <{self.stack[-1].tag}>)")

    def handle_data(self, data):
        if self.stack[-1].tag == "style":
            self.styles.append(data)
        self.stack[-1].children.append(data)


def norm(s):
    s = unicodedata.normalize("NFKC", s).replace("\u2019", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def ws(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


class Doc:
    def __init__(self, text):
        b = Builder()
        b.feed(text)
        b.close()
        self.errors = list(b.errors)
        if len(b.stack) > 1:
            self.errors.append("unclosed elements: " + ", ".join(n.tag for n in b.stack[1:]))
        self.root = b.root
        self.byid = {}
        self.labels_for = {}
        for n in self.root.iter():
            i = n.attrs.get("id")
            if i is not None:
                if i in self.byid:
                    self.errors.append(f"duplicate id {i!r}")
                self.byid[i] = n
            if n.tag == "label" and "for" in n.attrs:
                self.labels_for.setdefault(n.attrs["for"], []).append(n)
        self.hidden_classes = set()
        for css in b.styles:
            for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
                if re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", body):
                    for part in sel.split(","):
                        m = re.fullmatch(r"\s*\.([\w-]+)\s*", part)
                        if m:
                            self.hidden_classes.add(m.group(1))

    # ------------------------------------------------------------ visibility
    def hidden_self(self, n):
        a = n.attrs
        if n.tag in ("head", "script", "style", "template", "title"):
            return True
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
        if n.tag == "input" and a.get("type", "").lower() == "hidden":
            return True
        return False

    def hidden(self, n):
        return self.hidden_self(n) or any(self.hidden_self(p) for p in n.ancestors())

    # ------------------------------------------------------------------ names
    def text(self, n, skip=None, root=True):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
                continue
            if c is skip:
                continue
            if self.hidden_self(c):
                continue
            if c.tag == "input":
                t = c.attrs.get("type", "text").lower()
                if t in ("text", "search", "email", "number", "tel", "url"):
                    out.append(" " + c.attrs.get("value", "") + " ")
                continue
            if c.tag == "select":
                opts = [o for o in c.iter() if o.tag == "option"]
                sel = [o for o in opts if "selected" in o.attrs] or opts[:1]
                out.append(" " + (self.text(sel[0]) if sel else "") + " ")
                continue
            al = c.attrs.get("aria-label", "").strip()
            sep = " " if c.tag in BLOCK else ""
            if al:
                out.append(" " + al + " ")
            else:
                out.append(sep + self.text(c, skip, False) + sep)
        return "".join(out)

    def name(self, n):
        a = n.attrs
        lb = a.get("aria-labelledby", "").split()
        if lb:
            return ws(" ".join(self.text(self.byid[i]) if i in self.byid else "" for i in lb))
        al = a.get("aria-label", "").strip()
        if al:
            return ws(al)
        if n.tag in ("input", "select", "textarea"):
            parts = []
            if "id" in a:
                parts += [self.text(l, skip=n) for l in self.labels_for.get(a["id"], [])]
            for p in n.ancestors():
                if p.tag == "label":
                    parts.append(self.text(p, skip=n))
                    break
            if parts:
                return ws(" ".join(parts))
            return ws(a.get("title", "") or a.get("placeholder", ""))
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return ws(self.text(c))
            return ""
        role = a.get("role", "")
        if role in CONTENT_ROLES or (not role and n.tag in ("button", "a", "summary")):
            return ws(self.text(n))
        return ws(a.get("title", ""))

    # --------------------------------------------------------------- controls
    def controls(self):
        """Return list of control units: (element, name)."""
        out = []
        radio_groups = {}
        for n in self.root.iter():
            a = n.attrs
            role = a.get("role", "")
            in_rg = any(p.attrs.get("role") == "radiogroup" for p in n.ancestors())
            if n.tag == "input":
                t = a.get("type", "text").lower()
                if t == "hidden":
                    continue
                if t == "radio":
                    if in_rg:
                        continue
                    key = a.get("name", "")
                    if key in radio_groups:
                        continue
                    fs = next((p for p in n.ancestors() if p.tag == "fieldset"), None)
                    if fs is None:
                        self.errors.append(f"radio {key!r} outside a fieldset/radiogroup")
                        continue
                    radio_groups[key] = fs
                    out.append(fs)
                    continue
                out.append(n)
            elif n.tag in ("select", "textarea"):
                out.append(n)
            elif n.tag == "button":
                if role == "radio" and in_rg:
                    continue
                out.append(n)
            elif n.tag == "a" and "href" in a:
                out.append(n)
            elif role in UNIT_ROLES:
                out.append(n)
        return [(n, self.name(n)) for n in out]


def check_page(lang, html_path, meta):
    errs = []
    rel = os.path.relpath(html_path, ROOT)
    with open(html_path, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    if lines[0] != "<!DOCTYPE html>":
        errs.append("line 1 is not <!DOCTYPE html>")
    m = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", lines[1] if len(lines) > 1 else "")
    url = None
    if not m:
        errs.append("line 2 is not a saved-from comment")
    else:
        url = m.group(2)
        if int(m.group(1)) != len(url):
            errs.append(f"saved-from length {m.group(1)} != {len(url)}")
    m3 = re.match(r'<html lang="([^"]+)">', lines[2] if len(lines) > 2 else "")
    if not m3:
        errs.append('line 3 is not <html lang="...">')
    elif m3.group(1).split("-")[0] != lang:
        errs.append(f"html lang {m3.group(1)} does not match folder {lang}")

    exp_path = html_path[:-5] + ".expect.json"
    try:
        with open(exp_path, encoding="utf-8") as f:
            exp = json.load(f)
    except Exception as e:  # noqa
        return [f"expect file: {e}"]
    if set(exp) != {"url", "lang", "notes", "ai_training"}:
        errs.append(f"expect keys {sorted(exp)}")
    if exp.get("url") != url:
        errs.append("expect url differs from saved-from url")
    if exp.get("lang") != lang:
        errs.append("expect lang differs from folder")
    if not isinstance(exp.get("notes"), str) or not exp.get("notes"):
        errs.append("notes missing")
    items = exp.get("ai_training")
    if not isinstance(items, list):
        errs.append("ai_training not a list")
        items = []
    for it in items:
        if not (isinstance(it, dict) and set(it) == {"label", "sharing"} and isinstance(it["label"], str)
                and it["label"].strip() and isinstance(it["sharing"], bool)):
            errs.append(f"bad ai_training entry {it!r}")
    items = [it for it in items if isinstance(it, dict) and isinstance(it.get("label"), str)]

    doc = Doc(text)
    errs += doc.errors
    for n in doc.root.iter():
        for attr in ("aria-labelledby", "aria-describedby", "aria-controls"):
            for i in n.attrs.get(attr, "").split():
                if i not in doc.byid:
                    errs.append(f"{attr} target {i!r} missing")
        if n.tag == "label" and "for" in n.attrs and n.attrs["for"] not in doc.byid:
            errs.append(f"label for={n.attrs['for']!r} missing")

    # skeleton
    def only(tag):
        found = [n for n in doc.root.iter() if n.tag == tag]
        if len(found) != 1:
            errs.append(f"expected exactly one <{tag}>, found {len(found)}")
            return None
        return found[0]

    header, nav, main, footer = only("header"), only("nav"), only("main"), only("footer")
    if header is not None:
        hs = list(header.iter())
        if not any(n.tag == "input" and n.attrs.get("type") == "search" for n in hs):
            errs.append("header has no search box")
        if not any(n.tag == "select" for n in hs):
            errs.append("header has no language select")
        btns = [n for n in hs if n.tag == "button" and n.attrs.get("aria-haspopup") and n.attrs.get("aria-controls")]
        if not btns:
            errs.append("header has no account-menu button")
        for b in btns:
            menu = doc.byid.get(b.attrs["aria-controls"])
            if menu is None or "hidden" not in menu.attrs:
                errs.append("account menu is not hidden")
    if nav is not None and not any(n.tag == "a" for n in nav.iter()):
        errs.append("side navigation has no links")
    if main is None:
        return errs

    ctrls = doc.controls()
    errs += [e for e in doc.errors if e not in errs]
    in_main = set(id(n) for n in main.iter())
    vis_main = [(n, nm) for n, nm in ctrls if id(n) in in_main and not doc.hidden(n)]
    hid_any = [(n, nm) for n, nm in ctrls if doc.hidden(n)]
    hid_main = [(n, nm) for n, nm in hid_any if id(n) in in_main]
    for n, nm in vis_main:
        if not nm:
            errs.append(f"unnamed visible control <{n.tag}> at line {n.line}")
    if not hid_main:
        errs.append("no hidden control in <main>")
    units = len(vis_main)
    if not 15 <= units <= 35:
        errs.append(f"{units} visible control units in <main> (want 15-35)")
    key = f"{lang}/{os.path.basename(html_path)[:-5]}"
    if meta is not None:
        mm = meta.get(key)
        if mm is None:
            errs.append("page missing from tools/meta.json")
        else:
            if mm.get("units") != units:
                errs.append(f"meta units {mm.get('units')} != counted {units}")
            if mm.get("labelled") != len(items):
                errs.append(f"meta labelled {mm.get('labelled')} != {len(items)}")

    labels = [norm(it["label"]) for it in items]
    if len(set(labels)) != len(labels):
        errs.append("duplicate expected labels")
    for it in items:
        L = norm(it["label"])
        vis_hits = [(n, nm) for n, nm in ctrls if norm(nm) == L and not doc.hidden(n)]
        hid_hits = [(n, nm) for n, nm in hid_any if norm(nm) == L]
        if len(vis_hits) != 1:
            errs.append(f"label {it['label']!r}: {len(vis_hits)} visible controls with that name")
        if hid_hits:
            errs.append(f"label {it['label']!r}: also the name of a hidden control")
        me = vis_hits[0][0] if vis_hits else None
        pool = vis_main + [c for c in hid_any if c not in vis_main]
        for n, nm in pool:
            if n is me:
                continue
            N = norm(nm)
            if not N:
                continue
            if N == L and not doc.hidden(n):
                continue  # already reported above
            if L in N or N in L:
                where = "hidden" if doc.hidden(n) else "main"
                errs.append(f"label {it['label']!r} overlaps {where} control {nm!r} (line {n.line})")
    return [f"{rel}: {e}" for e in errs]


def main():
    meta_path = os.path.join(ROOT, "tools", "meta.json")
    meta = None
    if os.path.exists(meta_path):
        with open(meta_path, encoding="utf-8") as f:
            meta = {m["page"]: m for m in json.load(f)["pages"]}
    else:
        print("warning: tools/meta.json missing")
    errs = []
    total = 0
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        pages = sorted(f for f in os.listdir(d) if f.endswith(".html")) if os.path.isdir(d) else []
        if len(pages) != 5:
            errs.append(f"{lang}: {len(pages)} pages (want 5)")
        for f in os.listdir(d) if os.path.isdir(d) else []:
            if f.endswith(".expect.json") and not os.path.exists(os.path.join(d, f[:-12] + ".html")):
                errs.append(f"{lang}/{f}: no matching html")
        for p in pages:
            total += 1
            errs += check_page(lang, os.path.join(d, p), meta)
    for e in errs:
        print("FAIL", e)
    print(f"{total} pages checked, {len(errs)} problem(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
