#!/usr/bin/env python3
"""Self-check for blind39. Parses every page on its own (it does not use the
generator's bookkeeping except to compare the unit count in tools/meta.json).

Checks per page:
  * first three lines: <!DOCTYPE html>, saved-from comment with the 4-digit URL
    length, <html lang="..."> matching the folder
  * expect file: exactly url / lang / notes / ai_training; same URL and lang;
    entries exactly {label, sharing}
  * well-formed markup, unique ids, existing aria-labelledby / aria-describedby /
    aria-controls / label-for targets
  * skeleton: header with search box, language select and an account-menu button
    whose menu is hidden; a nav outside <main>; a footer; one <main>
  * every expected label is the computed accessible name of exactly one visible
    control and of no hidden one; no other control in <main> (or hidden
    anywhere) has a name containing it or contained in it
  * <main> holds 15-35 visible control units, equal to meta.json
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
CONTROL_ROLES = {"switch", "checkbox", "radio", "button", "tab", "link", "menuitem", "menuitemcheckbox",
                 "menuitemradio", "slider", "spinbutton", "combobox", "textbox", "searchbox"}
BLOCK = {"div", "p", "li", "td", "th", "tr", "section", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd",
         "legend", "label", "br", "ul", "ol", "table", "caption", "fieldset", "details", "summary"}


class Node:
    __slots__ = ("tag", "attrs", "children", "parent", "line")

    def __init__(self, tag, attrs, parent, line):
        self.tag, self.attrs, self.parent, self.line = tag, attrs, parent, line
        self.children = []

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


class Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None, 0)
        self.stack = [self.root]
        self.errors = []

    def handle_starttag(self, tag, attrs):
        d = {}
        for k, v in attrs:
            if k in d:
                self.errors.append(f"line {self.getpos()[0]}: duplicate attribute {k}")
            d[k] = v if v is not None else ""
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
            self.errors.append(f"line {self.getpos()[0]}: end tag for void <{tag}>")
            return
        top = self.stack[-1]
        if top.tag != tag:
            self.errors.append(f"line {self.getpos()[0]}: </{tag}> closes <{top.tag}> (line {top.line})")
            for i in range(len(self.stack) - 1, 0, -1):
                if self.stack[i].tag == tag:
                    del self.stack[i:]
                    break
            return
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return " ".join(s.split()).strip().lower()


class Doc:
    def __init__(self, src):
        t = Tree()
        t.feed(src)
        t.close()
        self.errors = list(t.errors)
        if len(t.stack) != 1:
            self.errors.append("unclosed: " + ", ".join(f"<{n.tag}> line {n.line}" for n in t.stack[1:]))
        self.root = t.root
        self.all = [n for n in self.root.iter() if n is not self.root]
        self.byid = {}
        for n in self.all:
            i = n.attrs.get("id")
            if i is not None:
                if i in self.byid:
                    self.errors.append(f"duplicate id {i}")
                self.byid[i] = n
        self.hidden_classes = set()
        for n in self.all:
            if n.tag == "style":
                css = re.sub(r"/\*.*?\*/", "", "".join(c for c in n.children if isinstance(c, str)), flags=re.S)
                for sel, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
                    b = body.replace(" ", "").lower()
                    if "display:none" in b or "visibility:hidden" in b:
                        for s in sel.split(","):
                            s = s.strip()
                            if re.fullmatch(r"\.[\w-]+", s):
                                self.hidden_classes.add(s[1:])
                            else:
                                self.errors.append(f"unsupported hiding selector {s!r}")
        self.labels_for = {}
        for n in self.all:
            if n.tag == "label" and "for" in n.attrs:
                self.labels_for.setdefault(n.attrs["for"], []).append(n)
        self.inactive_panels = set()
        for n in self.all:
            if n.attrs.get("role") == "tab" and n.attrs.get("aria-selected") == "false":
                for i in n.attrs.get("aria-controls", "").split():
                    self.inactive_panels.add(i)

    # --------------------------------------------------------- visibility
    def hides_itself(self, n):
        a = n.attrs
        if "hidden" in a:
            return True
        if a.get("aria-hidden") == "true":
            return True
        st = a.get("style", "").replace(" ", "").lower()
        if "display:none" in st or "visibility:hidden" in st:
            return True
        if set(a.get("class", "").split()) & self.hidden_classes:
            return True
        if n.tag == "dialog" and "open" not in a:
            return True
        if a.get("role") == "tabpanel" and a.get("id") in self.inactive_panels:
            return True
        if n.tag in ("head", "template", "script", "style"):
            return True
        return False

    def hidden(self, n):
        return self.hides_itself(n) or any(self.hides_itself(p) for p in n.ancestors())

    def in_main(self, n):
        return any(p.tag == "main" for p in n.ancestors())

    # -------------------------------------------------------------- names
    def text(self, n, skip=None):
        return " ".join(self._text(n, skip).split())

    def _text(self, n, skip=None):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
                continue
            if c is skip or c.tag in ("style", "script"):
                continue
            if self.hides_itself(c):
                continue
            if c.tag in ("input", "select", "textarea"):
                continue  # embedded controls: the pages avoid them inside names
            sub = self._text(c, skip)
            out.append(f" {sub} " if c.tag in BLOCK else sub)
        return "".join(out)

    def name(self, n):
        a = n.attrs
        if a.get("aria-labelledby"):
            return " ".join(self.text(self.byid[i]) if i in self.byid else "" for i in a["aria-labelledby"].split()).strip()
        if a.get("aria-label", "").strip():
            return a["aria-label"].strip()
        if n.tag in ("input", "select", "textarea"):
            labs = list(self.labels_for.get(a.get("id"), [])) if a.get("id") else []
            for p in n.ancestors():
                if p.tag == "label" and p not in labs:
                    labs.append(p)
                    break
            if labs:
                return " ".join(self.text(l, skip=n) for l in labs).strip()
            return a.get("title", "") or a.get("placeholder", "")
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return self.text(c)
            return ""
        role = a.get("role")
        if n.tag in ("button", "a", "summary") or role in CONTROL_ROLES:
            return self.text(n) or a.get("title", "")
        return a.get("title", "")

    # ------------------------------------------------------------ controls
    def is_control(self, n):
        a = n.attrs
        if n.tag == "input":
            return a.get("type", "text") != "hidden"
        if n.tag in ("select", "textarea", "button"):
            return True
        if n.tag == "a" and "href" in a:
            return True
        return a.get("role") in CONTROL_ROLES

    def group_of(self, n):
        a = n.attrs
        if (n.tag == "input" and a.get("type") == "radio") or a.get("role") == "radio":
            for p in n.ancestors():
                if p.tag == "fieldset" or p.attrs.get("role") == "radiogroup":
                    return p
            return None
        if "aria-pressed" in a:
            for p in n.ancestors():
                if p.attrs.get("role") in ("group", "toolbar", "radiogroup"):
                    return p
            return None
        if a.get("role") == "tab":
            for p in n.ancestors():
                if p.attrs.get("role") == "tablist":
                    return p
        return None

    def units(self):
        """list of (element, name, hidden, in_main); a group is one unit."""
        seen = {}
        res = []
        for n in self.all:
            if not self.is_control(n):
                continue
            g = self.group_of(n)
            if g is not None:
                if id(g) in seen:
                    continue
                seen[id(g)] = True
                res.append((g, self.name(g), self.hidden(n), self.in_main(n)))
            else:
                res.append((n, self.name(n), self.hidden(n), self.in_main(n)))
        return res


def check_page(lang, stem, meta, errs):
    base = os.path.join(ROOT, lang, stem)
    where = f"{lang}/{stem}"

    def err(m):
        errs.append(f"{where}: {m}")

    src = open(base + ".html", encoding="utf-8").read()
    lines = src.split("\n")
    if lines[0] != "<!DOCTYPE html>":
        err("line 1 is not <!DOCTYPE html>")
    m = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", lines[1])
    url = None
    if not m:
        err("line 2 is not a saved-from comment")
    else:
        url = m.group(2)
        if int(m.group(1)) != len(url):
            err(f"saved-from length {m.group(1)} != {len(url)}")
    m3 = re.fullmatch(r'<html lang="([A-Za-z-]+)">', lines[2])
    if not m3 or m3.group(1).split("-")[0] != lang:
        err("line 3 is not <html lang=...> for " + lang)

    try:
        exp = json.load(open(base + ".expect.json", encoding="utf-8"))
    except Exception as e:  # noqa
        err(f"expect json: {e}")
        return None
    if set(exp) != {"url", "lang", "notes", "ai_training"} or len(exp) != 4:
        err(f"expect keys {sorted(exp)}")
    if exp.get("url") != url:
        err("expect url differs from saved url")
    if exp.get("lang") != lang:
        err("expect lang differs")
    if not isinstance(exp.get("notes"), str) or not exp["notes"].strip():
        err("notes missing")
    labels = exp.get("ai_training", [])
    for e in labels:
        if set(e) != {"label", "sharing"} or not isinstance(e["label"], str) or not isinstance(e["sharing"], bool):
            err(f"bad entry {e}")
    if len({norm(e["label"]) for e in labels}) != len(labels):
        err("duplicate labels")

    d = Doc(src)
    for e in d.errors:
        err(e)
    for n in d.all:
        for attr in ("aria-labelledby", "aria-describedby", "aria-controls"):
            for i in n.attrs.get(attr, "").split():
                if i not in d.byid:
                    err(f"{attr} target {i} missing (line {n.line})")
        if n.tag == "label" and "for" in n.attrs:
            t = d.byid.get(n.attrs["for"])
            if t is None or t.tag not in ("input", "select", "textarea"):
                err(f"label for={n.attrs['for']} has no labelable target")

    # skeleton
    mains = [n for n in d.all if n.tag == "main"]
    if len(mains) != 1:
        err(f"{len(mains)} <main> elements")
    headers = [n for n in d.all if n.tag == "header" and not d.in_main(n)]
    if not headers:
        err("no header")
    else:
        h = headers[0]
        hs = list(h.iter())
        if not any(x.tag == "input" and x.attrs.get("type") == "search" for x in hs):
            err("header has no search box")
        if not any(x.tag == "select" for x in hs):
            err("header has no language select")
        accts = [x for x in hs if x.tag == "button" and x.attrs.get("aria-controls") in d.byid]
        if not accts:
            err("header has no account-menu button")
        else:
            menu = d.byid[accts[0].attrs["aria-controls"]]
            if "hidden" not in menu.attrs or accts[0].attrs.get("aria-expanded") != "false":
                err("account menu is not hidden / collapsed")
    if not any(n.tag == "nav" and not d.in_main(n) and not any(p.tag in ("header", "footer") for p in n.ancestors()) for n in d.all):
        err("no side navigation")
    if not any(n.tag == "footer" for n in d.all):
        err("no footer")

    units = d.units()
    for n, nm, hid, inm in units:
        if (inm or hid) and not nm.strip():
            err(f"unnamed control <{n.tag}> line {n.line}")
    for e in labels:
        L = norm(e["label"])
        vis_exact = [u for u in units if norm(u[1]) == L and not u[2]]
        hid_exact = [u for u in units if norm(u[1]) == L and u[2]]
        if len(vis_exact) != 1:
            err(f"label {e['label']!r}: {len(vis_exact)} visible controls carry it")
        if hid_exact:
            err(f"label {e['label']!r}: a hidden control carries it")
        mine = vis_exact[0][0] if len(vis_exact) == 1 else None
        for n, nm, hid, inm in units:
            if n is mine or not (inm or hid):
                continue
            k = norm(nm)
            if not k:
                continue
            if (k in L or L in k) and not (k == L and n is mine):
                err(f"label {e['label']!r} overlaps control {nm!r} (line {n.line})")
    vis_main = [u for u in units if u[3] and not u[2]]
    if not 15 <= len(vis_main) <= 35:
        err(f"{len(vis_main)} visible control units in <main>")
    if meta is not None:
        if meta.get("units") != len(vis_main):
            err(f"meta.json units {meta.get('units')} != {len(vis_main)} counted")
        if meta.get("labelled") != len(labels):
            err("meta.json labelled count differs")
        if meta.get("url") != url:
            err("meta.json url differs")
    return dict(units=len(vis_main), labels=len(labels))


def main():
    errs = []
    meta = json.load(open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8"))
    seen = set()
    total_labels = 0
    real = 0
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        if not os.path.isdir(d):
            errs.append(f"{lang}: folder missing")
            continue
        stems = sorted(f[:-5] for f in os.listdir(d) if f.endswith(".html"))
        exps = sorted(f[:-12] for f in os.listdir(d) if f.endswith(".expect.json"))
        if stems != exps:
            errs.append(f"{lang}: html / expect files do not pair up")
        extra = set(os.listdir(d)) - {s + ".html" for s in stems} - {s + ".expect.json" for s in exps}
        if extra:
            errs.append(f"{lang}: stray files {sorted(extra)}")
        if len(stems) != 5:
            errs.append(f"{lang}: {len(stems)} pages, want 5")
        for s in stems:
            key = f"{lang}/{s}"
            seen.add(key)
            m = meta.get(key)
            if m is None:
                errs.append(f"{key}: not in meta.json")
            r = check_page(lang, s, m, errs)
            if r:
                total_labels += r["labels"]
            if m and m.get("real"):
                real += 1
    for k in meta:
        if k not in seen:
            errs.append(f"meta.json lists missing page {k}")
    if errs:
        print("\n".join(errs))
        print(f"FAILED: {len(errs)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(seen)} pages, {total_labels} labelled controls, {real} real-service pages")


if __name__ == "__main__":
    main()
