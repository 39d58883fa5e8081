#!/usr/bin/env python3
"""Self-check for blind40.  Parses every page on its own (it does not use
tools/lib.py) and verifies layout, markup, names, visibility and counts."""
import json
import os
import re
import sys
import unicodedata
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BLOCK = {"p", "div", "li", "ul", "ol", "tr", "td", "th", "table", "section", "h1", "h2", "h3", "h4",
         "h5", "h6", "fieldset", "legend", "header", "footer", "nav", "main", "details", "summary",
         "dialog", "br", "caption", "tbody", "thead", "label", "form", "dl", "dt", "dd"}
CONTROL_ROLES = {"switch", "checkbox", "radio", "button", "link", "tab", "slider", "combobox",
                 "menuitem", "textbox", "spinbutton", "option", "menuitemcheckbox", "menuitemradio"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = dict(attrs)
        self.parent = parent
        self.children = []   # Node or str

    def a(self, k, d=None):
        v = self.attrs.get(k, d)
        return d if v is None and d is not None else v

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


class Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.errors = []

    def handle_starttag(self, tag, attrs):
        names = [k for k, _ in attrs]
        if len(names) != len(set(names)):
            self.errors.append(f"duplicate attribute on <{tag}>")
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.errors.append(f"self-closing non-void <{tag}/>")

    def handle_endtag(self, tag):
        if tag in VOID:
            self.errors.append(f"end tag for void </{tag}>")
            return
        if self.cur.tag != tag:
            self.errors.append(f"mismatched </{tag}> (open: <{self.cur.tag}>) at {self.getpos()}")
            # try to recover
            for anc in [self.cur] + list(self.cur.ancestors()):
                if anc.tag == tag:
                    self.cur = anc.parent
                    return
            return
        self.cur = self.cur.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def norm(s):
    s = unicodedata.normalize("NFKC", s or "").casefold()
    return re.sub(r"\s+", " ", s).strip()


def norm2(s):
    s = norm(s)
    s = re.sub(r"[^\w]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


class Doc:
    def __init__(self, text):
        p = Parser()
        p.feed(text)
        p.close()
        self.errors = list(p.errors)
        if p.cur is not p.root:
            self.errors.append(f"unclosed element <{p.cur.tag}>")
        self.root = p.root
        self.nodes = list(self.root.walk())
        self.byid = {}
        for n in self.nodes:
            i = n.attrs.get("id")
            if i is not None:
                if i in self.byid:
                    self.errors.append(f"duplicate id {i!r}")
                self.byid[i] = n
        self.labels_for = {}
        for n in self.nodes:
            if n.tag == "label" and n.attrs.get("for"):
                self.labels_for.setdefault(n.attrs["for"], []).append(n)
        css = " ".join(self.text_raw(n) for n in self.nodes if n.tag == "style")
        self.hide_classes = set(re.findall(
            r"\.([\w-]+)\s*\{[^}]*(?:display\s*:\s*none|visibility\s*:\s*hidden)", css))

    # -------------------------------------------------------------- visibility
    def hides_self(self, n):
        a = n.attrs
        if "hidden" in a:
            return True
        if a.get("aria-hidden") == "true":
            return True
        st = re.sub(r"\s+", "", (a.get("style") or "").lower())
        if "display:none" in st or "visibility:hidden" in st:
            return True
        if set((a.get("class") or "").split()) & self.hide_classes:
            return True
        if n.tag == "dialog" and "open" not in a:
            return True
        if n.tag in ("head", "template", "script", "style"):
            return True
        return False

    def hidden(self, n):
        return self.hides_self(n) or any(self.hides_self(x) for x in n.ancestors())

    def in_tag(self, n, tag):
        return any(x.tag == tag for x in n.ancestors())

    # -------------------------------------------------------------- names
    def text_raw(self, n):
        out = []
        for c in n.children:
            out.append(c if isinstance(c, str) else self.text_raw(c))
        return "".join(out)

    def text(self, n, skip=None, include_hidden=False):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
                continue
            if c is skip or c.tag in ("input", "select", "textarea", "style", "script"):
                continue
            if not include_hidden and self.hides_self(c):
                continue
            sep = " " if c.tag in BLOCK else ""
            out.append(sep + self.text(c, skip, include_hidden) + sep)
        return "".join(out)

    def name(self, n):
        a = n.attrs
        if a.get("aria-labelledby"):
            parts = []
            for i in a["aria-labelledby"].split():
                t = self.byid.get(i)
                if t is not None:
                    parts.append(self.text(t, include_hidden=self.hidden(t)))
            return re.sub(r"\s+", " ", " ".join(parts)).strip()
        if (a.get("aria-label") or "").strip():
            return a["aria-label"].strip()
        if n.tag in ("input", "select", "textarea"):
            parts = []
            if a.get("id") in self.labels_for:
                parts += [self.text(l, skip=n) for l in self.labels_for[a["id"]]]
            for anc in n.ancestors():
                if anc.tag == "label":
                    parts.append(self.text(anc, skip=n))
                    break
            s = re.sub(r"\s+", " ", " ".join(parts)).strip()
            if s:
                return s
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return re.sub(r"\s+", " ", self.text(c)).strip()
        role = a.get("role")
        if n.tag in ("button", "a", "summary") or role in CONTROL_ROLES:
            s = re.sub(r"\s+", " ", self.text(n)).strip()
            if s:
                return s
        if a.get("title"):
            return a["title"].strip()
        if a.get("placeholder"):
            return a["placeholder"].strip()
        return ""

    # -------------------------------------------------------------- units
    def is_control(self, n):
        if n.tag == "input":
            return n.attrs.get("type", "text") != "hidden"
        if n.tag in ("select", "textarea", "button"):
            return True
        if n.tag == "a" and "href" in n.attrs:
            return True
        return n.attrs.get("role") in CONTROL_ROLES

    def units(self):
        """List of (unit_node, name, member_nodes)."""
        seen = {}
        order = []
        for n in self.nodes:
            if not self.is_control(n):
                continue
            # controls nested in another control (e.g. a link inside a button) are not separate
            key = n
            is_radio = (n.tag == "input" and n.attrs.get("type") == "radio") or n.attrs.get("role") == "radio"
            if is_radio:
                grp = None
                for anc in n.ancestors():
                    if anc.tag == "fieldset" or anc.attrs.get("role") == "radiogroup":
                        grp = anc
                        break
                key = grp if grp is not None else ("radio", n.attrs.get("name"))
            elif n.tag == "button" and "aria-pressed" in n.attrs:
                for anc in n.ancestors():
                    if anc.attrs.get("role") == "group":
                        key = anc
                        break
            if key not in seen:
                seen[key] = []
                order.append(key)
            seen[key].append(n)
        out = []
        for k in order:
            members = seen[k]
            if isinstance(k, Node):
                node = k
                nm = self.name(k)
            else:
                node = members[0]
                nm = ""
            out.append((node, nm, members))
        return out


def check_page(lang, base, meta, problems):
    def bad(msg):
        problems.append(f"{lang}/{base}: {msg}")

    path = os.path.join(ROOT, lang, base + ".html")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        with open(os.path.join(ROOT, lang, base + ".expect.json"), encoding="utf-8") as f:
            exp = json.load(f)
    except Exception as e:  # noqa
        bad(f"expect json: {e}")
        return None
    if set(exp) != {"url", "lang", "notes", "ai_training"}:
        bad(f"expect keys {sorted(exp)}")
    if exp.get("lang") != lang:
        bad("expect lang")
    lines = text.split("\n")
    if lines[0] != "<!DOCTYPE html>":
        bad("line 1")
    m = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", lines[1])
    if not m:
        bad("line 2")
    else:
        if int(m.group(1)) != len(m.group(2)):
            bad("saved-from length")
        if m.group(2) != exp.get("url"):
            bad("url differs from expect")
    m3 = re.fullmatch(r'<html lang="([A-Za-z0-9-]+)">', lines[2])
    if not m3 or m3.group(1).split("-")[0].lower() != lang:
        bad("line 3")
    if not isinstance(exp.get("notes"), str) or not exp["notes"].strip():
        bad("notes empty")
    for e in exp.get("ai_training", []):
        if set(e) != {"label", "sharing"} or not isinstance(e["sharing"], bool) or not e["label"].strip():
            bad(f"bad entry {e}")

    doc = Doc(text)
    for err in doc.errors:
        bad(err)
    # references
    for n in doc.nodes:
        for attr in ("aria-labelledby", "aria-describedby", "aria-controls"):
            for i in (n.attrs.get(attr) or "").split():
                if i not in doc.byid:
                    bad(f"{attr} target {i!r} missing")
        if n.tag == "label" and n.attrs.get("for") and n.attrs["for"] not in doc.byid:
            bad(f"label for {n.attrs['for']!r} missing")
    # skeleton
    mains = [n for n in doc.nodes if n.tag == "main"]
    if len(mains) != 1:
        bad("need exactly one <main>")
        return None
    main = mains[0]
    headers = [n for n in doc.nodes if n.tag == "header"]
    if not headers:
        bad("no header")
    else:
        hd = headers[0]
        hn = list(hd.walk())
        if not any(n.tag == "input" and n.attrs.get("type") == "search" for n in hn):
            bad("header: no search box")
        if not any(n.tag == "select" for n in hn):
            bad("header: no language select")
        acct = [n for n in hn if n.tag == "button" and n.attrs.get("aria-controls")]
        if not acct:
            bad("header: no account-menu button")
        else:
            menu = doc.byid.get(acct[0].attrs["aria-controls"])
            if menu is None or "hidden" not in menu.attrs:
                bad("header: account menu not hidden")
    if not any(n.tag == "nav" for n in doc.nodes):
        bad("no nav")
    if not any(n.tag == "footer" for n in doc.nodes):
        bad("no footer")

    units = doc.units()
    info = []
    for node, nm, members in units:
        vis = not doc.hidden(node) and not all(doc.hidden(m) for m in members)
        inmain = node is main or main in list(node.ancestors())
        info.append((node, nm, vis, inmain))
    vis_main = [u for u in info if u[2] and u[3]]
    for node, nm, vis, inmain in vis_main:
        if not nm.strip():
            bad(f"unnamed visible control <{node.tag} id={node.attrs.get('id')}>")
    n_units = len(vis_main)
    if not 15 <= n_units <= 35:
        bad(f"{n_units} visible control units in main (want 15-35)")
    if meta is not None and meta.get("further") != n_units:
        bad(f"meta says {meta.get('further')} units, page has {n_units}")
    if not any(not vis for _, _, vis, _ in info):
        bad("no hidden control at all (need a hidden ai-training decoy)")

    labels = [e["label"] for e in exp.get("ai_training", [])]
    if len(set(map(norm, labels))) != len(labels):
        bad("duplicate expected labels")
    for L in labels:
        hits = [u for u in info if norm(u[1]) == norm(L)]
        vh = [u for u in hits if u[2]]
        hh = [u for u in hits if not u[2]]
        if len(vh) != 1:
            bad(f"label {L!r}: {len(vh)} visible controls with that name")
            continue
        if not vh[0][3]:
            bad(f"label {L!r}: control not in main")
        if hh:
            bad(f"label {L!r}: also the name of a hidden control")
        target = vh[0][0]
        for node, nm, vis, inmain in info:
            if node is target or not (inmain or not vis) or not nm.strip():
                continue
            for f in (norm, norm2):
                a, b = f(nm), f(L)
                if a and (a in b or b in a):
                    bad(f"label {L!r} clashes with other control {nm!r} (visible={vis})")
                    break
    if meta is not None:
        ml = [(x["label"], x["sharing"]) for x in meta.get("labels", [])]
        el = [(e["label"], e["sharing"]) for e in exp.get("ai_training", [])]
        if ml != el:
            bad("meta labels differ from expect")
        if meta.get("hidden", 0) < 1:
            bad("meta: no hidden ai-training decoy")
        if meta.get("url") != exp.get("url"):
            bad("meta url")
    return n_units


def main():
    problems = []
    try:
        with open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8") as f:
            meta = json.load(f)
    except Exception as e:  # noqa
        print(f"cannot read tools/meta.json: {e}")
        return 1
    pages = 0
    per_lang = {}
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        if not os.path.isdir(d):
            problems.append(f"missing folder {lang}")
            continue
        names = sorted(f[:-5] for f in os.listdir(d) if f.endswith(".html"))
        exps = sorted(f[:-12] for f in os.listdir(d) if f.endswith(".expect.json"))
        if names != exps:
            problems.append(f"{lang}: html/expect files do not pair up")
        others = [f for f in os.listdir(d) if not (f.endswith(".html") or f.endswith(".expect.json"))]
        if others:
            problems.append(f"{lang}: stray files {others}")
        per_lang[lang] = len(names)
        if len(names) != 5:
            problems.append(f"{lang}: {len(names)} pages (want 5)")
        for base in names:
            m = meta.get(f"{lang}/{base}")
            if m is None:
                problems.append(f"{lang}/{base}: not in meta.json")
            check_page(lang, base, m, problems)
            pages += 1
    if set(meta) != {f"{l}/{b}" for l in LANGS if os.path.isdir(os.path.join(ROOT, l))
                     for b in (f[:-5] for f in os.listdir(os.path.join(ROOT, l)) if f.endswith(".html"))}:
        problems.append("meta.json keys differ from the pages on disk")
    total = sum(m["labelled"] for m in meta.values())
    real = sum(1 for m in meta.values() if m["real"])
    for p in problems:
        print("FAIL", p)
    print(f"{pages} pages, {total} labelled controls, {real} real-service pages, "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
