#!/usr/bin/env python3
"""Self-check for blind35 (standard library only). Independent of tools/lib.py:
it parses every saved page, computes accessible names and visibility itself and
compares them with the .expect.json labels and tools/meta.json."""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
BLOCK = {"div", "p", "li", "ul", "ol", "td", "th", "tr", "table", "section", "h1", "h2", "h3", "h4",
         "h5", "h6", "fieldset", "legend", "br", "dt", "dd", "dl", "header", "footer", "nav",
         "details", "summary", "caption", "label", "form"}
ROLE_CONTROLS = {"switch", "checkbox", "button", "link", "tab", "menuitem", "menuitemcheckbox",
                 "slider", "combobox", "textbox", "spinbutton", "option", "radio"}


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

    def ancestors(self):
        n = self.parent
        while n is not None:
            yield n
            n = n.parent


class Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.errors = []

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if self.cur.tag != tag:
            self.errors.append(f"end tag </{tag}> while <{self.cur.tag}> is open (line {self.getpos()[0]})")
            for a in [self.cur] + list(self.cur.ancestors()):
                if a.tag == tag:
                    self.cur = a.parent
                    return
            return
        self.cur = self.cur.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def norm(s):
    return " ".join((s or "").split()).lower()


class Doc:
    def __init__(self, text):
        p = Parser()
        p.feed(text)
        p.close()
        self.errors = list(p.errors)
        if p.cur is not p.root:
            self.errors.append(f"unclosed element <{p.cur.tag}>")
        self.root = p.root
        self.ids = {}
        for n in self.root.iter():
            i = n.get("id")
            if i is not None:
                if i in self.ids:
                    self.errors.append(f"duplicate id {i!r}")
                self.ids[i] = n
        self.hidden_classes = set()
        for n in self.root.iter():
            if n.tag == "style":
                css = "".join(c for c in n.children if isinstance(c, str))
                for m in re.finditer(r"\.([\w-]+)\s*\{([^}]*)\}", css):
                    body = m.group(2).replace(" ", "")
                    if "display:none" in body or "visibility:hidden" in body:
                        self.hidden_classes.add(m.group(1))
        self.labels_for = {}
        for n in self.root.iter():
            if n.tag == "label" and n.get("for"):
                self.labels_for.setdefault(n.get("for"), []).append(n)

    # ---------------------------------------------------------- visibility
    def self_hidden(self, n):
        if n.tag == "#root":
            return False
        if "hidden" in n.attrs or n.get("aria-hidden") == "true":
            return True
        st = (n.get("style") or "").replace(" ", "")
        if "display:none" in st or "visibility:hidden" in st:
            return True
        if set((n.get("class") or "").split()) & self.hidden_classes:
            return True
        if n.tag == "dialog" and "open" not in n.attrs:
            return True
        if n.tag in ("template", "script", "style", "head"):
            return True
        if n.tag == "input" and n.get("type") == "hidden":
            return True
        return False

    def hidden(self, n):
        return self.self_hidden(n) or any(self.self_hidden(a) for a in n.ancestors())

    # ---------------------------------------------------------- names
    def content(self, n, include_hidden=False, skip=None):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
                continue
            if c is skip:
                continue
            if not include_hidden and self.self_hidden(c):
                continue
            if c.tag in ("script", "style"):
                continue
            if c.tag == "input":
                if c.get("type") in ("text", "search", "email", "number", None):
                    out.append(c.get("value", ""))
                continue
            if c.tag == "select":
                opts = [o for o in c.iter() if o.tag == "option"]
                chosen = [o for o in opts if "selected" in o.attrs] or opts[:1]
                out.append(" " + "".join(self.content(o, True) for o in chosen) + " ")
                continue
            if c.get("aria-label") and c.tag not in ("section",):
                out.append(" " + c.get("aria-label") + " ")
                continue
            t = self.content(c, include_hidden, skip)
            out.append(f" {t} " if c.tag in BLOCK else t)
        return "".join(out)

    def ref_text(self, n):
        if n.get("aria-label"):
            return n.get("aria-label")
        return self.content(n, include_hidden=self.hidden(n))

    def name(self, n):
        lby = n.get("aria-labelledby")
        if lby:
            parts = []
            for i in lby.split():
                r = self.ids.get(i)
                if r is None:
                    continue
                if r is n:
                    parts.append(n.get("aria-label") or self.content(n))
                else:
                    parts.append(self.ref_text(r))
            return " ".join(parts)
        if (n.get("aria-label") or "").strip():
            return n.get("aria-label")
        if n.tag in ("input", "select", "textarea"):
            if n.tag == "input" and n.get("type") in ("button", "submit", "reset"):
                return n.get("value", "")
            labs = list(self.labels_for.get(n.get("id"), [])) if n.get("id") else []
            for a in n.ancestors():
                if a.tag == "label" and a not in labs:
                    labs.append(a)
            if labs:
                return " ".join(self.content(l, skip=n) for l in labs)
            return n.get("title") or n.get("placeholder") or ""
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return self.content(c)
            return n.get("title") or ""
        if n.tag in ("button", "a", "summary") or n.get("role") in ROLE_CONTROLS:
            return self.content(n) or n.get("title") or ""
        return n.get("title") or ""

    # ---------------------------------------------------------- controls
    def group_of(self, n):
        for a in n.ancestors():
            if a.tag == "fieldset" or a.get("role") == "radiogroup":
                return a
        return None

    def controls(self):
        """List of (node, name, hidden, in_main). Radio groups are one control."""
        res, seen_groups = [], set()
        for n in self.root.iter():
            role = n.get("role")
            is_radio = (n.tag == "input" and n.get("type") == "radio") or role == "radio"
            if is_radio:
                g = self.group_of(n)
                if g is None:
                    res.append((n, "", self.hidden(n), self.in_main(n), "orphan radio"))
                    continue
                if id(g) in seen_groups:
                    continue
                seen_groups.add(id(g))
                res.append((g, self.name(g), self.hidden(g), self.in_main(g), "radiogroup"))
                continue
            native = (n.tag in ("select", "textarea", "button")
                      or (n.tag == "input" and n.get("type") != "hidden")
                      or (n.tag == "a" and n.get("href") is not None))
            if native or (role in ROLE_CONTROLS and role != "option"):
                res.append((n, self.name(n), self.hidden(n), self.in_main(n), role or n.tag))
        return res

    def in_main(self, n):
        return any(a.tag == "main" for a in n.ancestors())


def check_page(lang, base, meta, errs):
    html_path = os.path.join(ROOT, lang, base + ".html")
    exp_path = os.path.join(ROOT, lang, base + ".expect.json")
    where = f"{lang}/{base}"

    def err(m):
        errs.append(f"{where}: {m}")

    text = open(html_path, encoding="utf-8").read()
    lines = text.split("\n")
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
    m3 = re.fullmatch(r'<html lang="([a-zA-Z-]+)">', lines[2])
    if not m3 or m3.group(1).split("-")[0] != lang:
        err("line 3 is not <html lang=...> of the folder's language")

    try:
        exp = json.load(open(exp_path, encoding="utf-8"))
    except Exception as e:  # noqa
        err(f"expect json invalid: {e}")
        return
    if set(exp) != {"url", "lang", "notes", "ai_training"}:
        err(f"expect keys {sorted(exp)}")
    if exp.get("url") != url:
        err("expect url differs from saved-from url")
    if exp.get("lang") != lang:
        err("expect lang differs from folder")
    if not isinstance(exp.get("notes"), str) or not exp["notes"].strip():
        err("notes missing")
    items = exp.get("ai_training")
    if not isinstance(items, list):
        err("ai_training not a list")
        items = []
    for it in items:
        if set(it) != {"label", "sharing"} or not isinstance(it.get("sharing"), bool) \
                or not isinstance(it.get("label"), str):
            err(f"bad ai_training item {it}")

    for m in re.finditer(r"&(?![a-zA-Z]+;|#\d+;|#x[0-9a-fA-F]+;)", text):
        err(f"bare ampersand at offset {m.start()}")
        break
    doc = Doc(text)
    for e in doc.errors:
        err("markup: " + e)
    for n in doc.root.iter():
        for attr in ("aria-labelledby", "aria-describedby", "aria-controls"):
            for i in (n.get(attr) or "").split():
                if i not in doc.ids:
                    err(f"{attr} target {i!r} missing")
        if n.tag == "label" and n.get("for") and n.get("for") not in doc.ids:
            err(f"label for={n.get('for')!r} missing")

    # skeleton
    tags = {n.tag: n for n in doc.root.iter()}
    for t in ("header", "nav", "main", "footer"):
        if t not in tags:
            err(f"no <{t}>")
    header = tags.get("header")
    if header:
        hn = list(header.iter())
        if not any(n.tag == "input" and n.get("type") == "search" for n in hn):
            err("header has no search box")
        if not any(n.tag == "select" for n in hn):
            err("header has no language select")
        acct = [n for n in hn if n.tag == "button" and n.get("aria-haspopup")]
        if not acct:
            err("header has no account-menu button")
        else:
            menu = doc.ids.get(acct[0].get("aria-controls"))
            if menu is None or not doc.hidden(menu):
                err("account menu missing or not hidden")
    main = tags.get("main")

    ctrls = doc.controls()
    for n, name, hid, inm, kind in ctrls:
        if (inm or hid) and not norm(name):
            err(f"control without a name: <{n.tag} id={n.get('id')}> ({kind})")
    visible_main = [c for c in ctrls if c[3] and not c[2]]
    hidden_any = [c for c in ctrls if c[2]]
    units = len(visible_main)
    if not 15 <= units <= 35:
        err(f"{units} visible control units in <main> (want 15-35)")
    if meta is None:
        err("no meta.json entry")
    else:
        if meta["further"] != units:
            err(f"meta further={meta['further']} but counted {units}")
        if meta["labelled"] != len(items):
            err("meta labelled count differs from expect")
        if meta["hidden_decoys"] < 1:
            err("no hidden ai-training decoy")
        hidden_in_main = [c for c in hidden_any if c[3]]
        if len(hidden_in_main) < meta["hidden_decoys"]:
            err("fewer hidden controls in main than hidden decoys in meta")
        if meta["url"] != url:
            err("meta url differs")

    # labels
    labels = [norm(it["label"]) for it in items]
    if len(set(labels)) != len(labels):
        err("duplicate expected labels")
    for it in items:
        L = norm(it["label"])
        exact_vis = [c for c in visible_main if norm(c[1]) == L]
        exact_hid = [c for c in hidden_any if norm(c[1]) == L]
        if len(exact_vis) != 1:
            err(f"label {it['label']!r} names {len(exact_vis)} visible controls in main")
        if exact_hid:
            err(f"label {it['label']!r} names a hidden control")
        matched = exact_vis[0][0] if len(exact_vis) == 1 else None
        for n, name, hid, inm, kind in ctrls:
            if n is matched or not (inm or hid):
                continue
            N = norm(name)
            if N and N != L and (L in N or N in L):
                err(f"label {it['label']!r} ambiguous with control {name.strip()!r}"
                    f"{' (hidden)' if hid else ''}")
    return units


def main():
    errs = []
    meta_path = os.path.join(ROOT, "tools", "meta.json")
    meta = json.load(open(meta_path, encoding="utf-8")) if os.path.exists(meta_path) else {}
    pages = 0
    per_lang = {}
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        if not os.path.isdir(d):
            errs.append(f"missing folder {lang}")
            continue
        bases = sorted(f[:-5] for f in os.listdir(d) if f.endswith(".html"))
        exps = sorted(f[:-12] for f in os.listdir(d) if f.endswith(".expect.json"))
        if bases != exps:
            errs.append(f"{lang}: html and expect files do not pair up")
        per_lang[lang] = len(bases)
        for b in bases:
            pages += 1
            check_page(lang, b, meta.get(f"{lang}/{b}"), errs)
    for lang, n in per_lang.items():
        if n != 5:
            errs.append(f"{lang}: {n} pages (want 5)")
    if len(meta) != pages:
        errs.append(f"meta.json has {len(meta)} entries for {pages} pages")
    if errs:
        print("\n".join(errs))
        print(f"FAILED: {len(errs)} problem(s) in {pages} pages")
        return 1
    total = sum(m["labelled"] for m in meta.values())
    print(f"OK: {pages} pages, {total} labelled controls")
    return 0


if __name__ == "__main__":
    sys.exit(main())
