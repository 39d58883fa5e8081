#!/usr/bin/env python3
"""Self-check for blind31.  Standard library only; reads the written pages, not the generator.

For every <lang>/<page>.html + .expect.json:
  * the three first lines (doctype, saved-from comment with a correct 4-digit length, <html lang>);
  * expect JSON with exactly url, lang, notes, ai_training; same URL and language as the page;
  * well-formed markup, unique ids, existing aria-labelledby / aria-describedby / aria-controls /
    label-for targets;
  * skeleton: header with a search box, a language select and an account-menu button whose menu
    is hidden; a side <nav>; a <footer>; one <main>;
  * every expected label is the computed accessible name of exactly one visible control and of
    no hidden one; no other control in <main> (or hidden anywhere) has a name that contains it
    or is contained in it;
  * <main> has 15-35 visible control units and the count equals tools/meta.json; label counts
    equal meta.json; at least one hidden ai-training decoy per page.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
CTL_ROLES = {"switch", "checkbox", "button", "tab", "combobox", "slider", "link", "menuitem",
             "menuitemcheckbox", "menuitemradio", "textbox", "searchbox", "spinbutton", "option"}
NAME_FROM_CONTENT = {"switch", "checkbox", "button", "tab", "link", "menuitem", "menuitemcheckbox",
                     "menuitemradio", "radio", "option"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children = []

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()


class Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.stack = [self.root]
        self.errors = []

    def handle_starttag(self, tag, attrs):
        d = {}
        for k, v in attrs:
            if k in d:
                self.errors.append(f"duplicate attribute {k} on <{tag}>")
            d[k] = "" if v is None else v
        n = Node(tag, d, self.stack[-1])
        self.stack[-1].children.append(n)
        if tag not in VOID:
            self.stack.append(n)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            self.errors.append(f"end tag for void element </{tag}>")
            return
        if len(self.stack) < 2 or self.stack[-1].tag != tag:
            self.errors.append(f"unexpected </{tag}> (open: <{self.stack[-1].tag}>) at {self.getpos()}")
            return
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


class Doc:
    def __init__(self, text):
        p = Parser()
        p.feed(text)
        p.close()
        self.errors = list(p.errors)
        if len(p.stack) != 1:
            self.errors.append("unclosed elements: " + " ".join(n.tag for n in p.stack[1:]))
        self.root = p.root
        self.nodes = list(self.root.iter())
        self.byid = {}
        for n in self.nodes:
            i = n.attrs.get("id")
            if i is not None:
                if i in self.byid:
                    self.errors.append(f"duplicate id {i}")
                self.byid[i] = n
        self.hidden_classes = set()
        for n in self.nodes:
            if n.tag == "style":
                css = "".join(c for c in n.children if isinstance(c, str))
                for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
                    if re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", body):
                        for s in sel.split(","):
                            m = re.fullmatch(r"\s*\.([\w-]+)\s*", s)
                            if m:
                                self.hidden_classes.add(m.group(1))

    # -- visibility ----------------------------------------------------------
    def self_hidden(self, n):
        a = n.attrs
        if "hidden" in a or a.get("aria-hidden") == "true":
            return True
        st = a.get("style", "")
        if re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", st):
            return True
        if set(a.get("class", "").split()) & self.hidden_classes:
            return True
        if n.tag == "dialog" and "open" not in a:
            return True
        if n.tag in ("template", "head", "script", "style"):
            return True
        return False

    def hidden(self, n):
        while n is not None and n.tag != "#root":
            if self.self_hidden(n):
                return True
            n = n.parent
        return False

    def inside(self, n, tag):
        n = n.parent
        while n is not None:
            if n.tag == tag:
                return n
            n = n.parent
        return None

    # -- names ---------------------------------------------------------------
    def text(self, n, exclude=None, root=True):
        if not root and (self.self_hidden(n)):
            return ""
        if n is exclude:
            return ""
        if not root and n.tag in ("input", "select", "textarea"):
            return ""
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
            else:
                out.append(self.text(c, exclude, False))
        return "".join(out)

    def role(self, n):
        return n.attrs.get("role", "")

    def is_control(self, n):
        r, t = self.role(n), n.tag
        if r in ("radio", "presentation", "none"):
            return False
        if r == "radiogroup":
            return True
        if t == "input":
            ty = n.attrs.get("type", "text")
            if ty == "hidden":
                return False
            if ty == "radio":
                return False
            return True
        if t == "fieldset":
            return any(x.tag == "input" and x.attrs.get("type") == "radio" for x in n.iter())
        if t in ("select", "textarea", "button", "summary"):
            return True
        if t == "a" and "href" in n.attrs:
            return True
        return r in CTL_ROLES

    def name(self, n):
        a = n.attrs
        if a.get("aria-labelledby"):
            return norm(" ".join(self.text(self.byid[i]) for i in a["aria-labelledby"].split() if i in self.byid))
        if a.get("aria-label", "").strip():
            return norm(a["aria-label"])
        if n.tag in ("input", "select", "textarea"):
            parts = []
            i = a.get("id")
            if i:
                for l in self.nodes:
                    if l.tag == "label" and l.attrs.get("for") == i:
                        parts.append(self.text(l, exclude=n))
            wrap = self.inside(n, "label")
            if wrap is not None and wrap.attrs.get("for") in (None, i):
                parts.append(self.text(wrap, exclude=n))
            s = norm(" ".join(parts))
            if s:
                return s
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return norm(self.text(c))
        if n.tag in ("button", "summary", "a") or self.role(n) in NAME_FROM_CONTENT:
            s = norm(self.text(n))
            if s:
                return s
        return norm(a.get("title", ""))


def check_page(lang, base, meta, errs):
    path = os.path.join(ROOT, lang, base + ".html")
    epath = os.path.join(ROOT, lang, base + ".expect.json")
    where = f"{lang}/{base}"

    def err(m):
        errs.append(f"{where}: {m}")

    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    if lines[0] != "<!DOCTYPE html>":
        err("line 1 is not <!DOCTYPE html>")
    m = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", lines[1] if len(lines) > 1 else "")
    url = None
    if not m:
        err("line 2 is not a saved-from comment")
    else:
        url = m.group(2)
        if int(m.group(1)) != len(url):
            err(f"saved-from length {m.group(1)} != {len(url)}")
    m2 = re.fullmatch(r'<html lang="([A-Za-z-]+)">', lines[2] if len(lines) > 2 else "")
    if not m2:
        err("line 3 is not <html lang=...>")
    elif m2.group(1).split("-")[0] != lang:
        err(f"html lang {m2.group(1)} does not match folder {lang}")

    try:
        exp = json.load(open(epath, encoding="utf-8"))
    except Exception as e:  # noqa
        err(f"bad expect JSON: {e}")
        return
    if set(exp) != {"url", "lang", "notes", "ai_training"}:
        err(f"expect keys {sorted(exp)}")
        return
    if exp["url"] != url:
        err("expect url differs from saved-from url")
    if exp["lang"] != lang:
        err("expect lang differs from folder")
    if not isinstance(exp["notes"], str) or not exp["notes"].strip():
        err("notes empty")
    labels = exp["ai_training"]
    for l in labels:
        if set(l) != {"label", "sharing"} or not isinstance(l["label"], str) or not isinstance(l["sharing"], bool):
            err(f"bad label entry {l}")
            return

    d = Doc(text)
    for e in d.errors:
        err(e)
    for n in d.nodes:
        for attr in ("aria-labelledby", "aria-describedby", "aria-controls"):
            for i in n.attrs.get(attr, "").split():
                if i not in d.byid:
                    err(f"{attr} target #{i} missing")
        if n.tag == "label" and "for" in n.attrs and n.attrs["for"] not in d.byid:
            err(f"label for=#{n.attrs['for']} missing")
        if n.tag == "input" and n.attrs.get("type") == "radio":
            if not (d.inside(n, "fieldset") is not None):
                err("native radio outside a fieldset")
        if n.attrs.get("role") == "radio":
            p = n.parent
            if p is None or p.attrs.get("role") != "radiogroup":
                err("role=radio outside a radiogroup")

    # skeleton
    def first(tag):
        for n in d.nodes:
            if n.tag == tag:
                return n
        return None
    header, nav, footer = first("header"), None, first("footer")
    mains = [n for n in d.nodes if n.tag == "main"]
    for n in d.nodes:
        if n.tag == "nav" and d.inside(n, "header") is None and d.inside(n, "main") is None:
            nav = n
    if header is None or footer is None or nav is None or len(mains) != 1:
        err("skeleton incomplete (header/nav/footer/main)")
        return
    main = mains[0]
    hn = list(header.iter())
    if not any(n.tag == "input" and n.attrs.get("type") == "search" for n in hn):
        err("header has no search box")
    if not any(n.tag == "select" for n in hn):
        err("header has no language select")
    acc = [n for n in hn if n.tag == "button" and n.attrs.get("aria-haspopup") and n.attrs.get("aria-controls")]
    if not acc or "hidden" not in d.byid.get(acc[0].attrs["aria-controls"], Node("x", {}, None)).attrs:
        err("header has no account-menu button with a hidden menu")
    if sum(1 for n in nav.iter() if n.tag == "a") < 3:
        err("side navigation has fewer than 3 links")

    ctls = [n for n in d.nodes if d.is_control(n)]
    info = []
    for n in ctls:
        info.append((n, d.name(n), d.hidden(n), n is main or main in _ancestors(n)))
    units = sum(1 for n, nm, h, inm in info if inm and not h)
    if not 15 <= units <= 35:
        err(f"{units} visible control units in <main> (want 15-35)")
    hidden_in_main = sum(1 for n, nm, h, inm in info if inm and h)
    if hidden_in_main < 1:
        err("no hidden control in <main>")
    for n, nm, h, inm in info:
        if inm and not h and not nm:
            err(f"visible control <{n.tag}> in main without a name")

    for l in labels:
        want = norm(l["label"])
        vis = [x for x in info if x[1] == want and not x[2]]
        hid = [x for x in info if x[1] == want and x[2]]
        if len(vis) != 1:
            err(f"label {l['label']!r} names {len(vis)} visible controls")
        if hid:
            err(f"label {l['label']!r} also names a hidden control")
        me = vis[0][0] if len(vis) == 1 else None
        for n, nm, h, inm in info:
            if n is me or not nm:
                continue
            if not (inm or h):
                continue
            if want in nm or nm in want:
                err(f"label {l['label']!r} clashes with control <{n.tag}> named {nm!r}")

    mm = meta.get(f"{lang}/{base}")
    if mm is None:
        err("missing from tools/meta.json")
    else:
        if mm["further"] != units:
            err(f"meta further {mm['further']} != counted {units}")
        if mm["labelled"] != len(labels):
            err("meta labelled count differs from expect")
        if mm["true"] != sum(1 for l in labels if l["sharing"]):
            err("meta true count differs from expect")
        if mm["hidden"] < 1:
            err("no hidden ai-training decoy recorded")
        if [x["label"] for x in mm["labels"]] != [l["label"] for l in labels]:
            err("meta labels differ from expect")
    return len(labels), units


def _ancestors(n):
    out = []
    n = n.parent
    while n is not None:
        out.append(n)
        n = n.parent
    return out


def main():
    errs = []
    meta_path = os.path.join(ROOT, "tools", "meta.json")
    meta = {}
    if os.path.exists(meta_path):
        for m in json.load(open(meta_path, encoding="utf-8")):
            meta[f"{m['lang']}/{m['page']}"] = m
    else:
        errs.append("tools/meta.json missing")
    total_pages = total_labels = 0
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read() if os.path.exists(os.path.join(ROOT, "README.md")) else ""
    if not readme.startswith("# blind31 — blind evaluation set: entertainment and media at home"):
        errs.append("README.md missing or has the wrong title")
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        files = sorted(os.listdir(d)) if os.path.isdir(d) else []
        htmls = [f[:-5] for f in files if f.endswith(".html")]
        exps = [f[:-12] for f in files if f.endswith(".expect.json")]
        if sorted(htmls) != sorted(exps):
            errs.append(f"{lang}: html and expect files do not pair up")
        if len(htmls) != 5:
            errs.append(f"{lang}: {len(htmls)} pages (want 5)")
        for base in htmls:
            r = check_page(lang, base, meta, errs)
            total_pages += 1
            if r:
                total_labels += r[0]
            if f"`{lang}/{base}`" not in readme and f"{lang}/{base}" not in readme:
                errs.append(f"{lang}/{base}: not in README pages table")
    if len(meta) != total_pages:
        errs.append(f"meta.json has {len(meta)} pages, found {total_pages}")
    for e in errs:
        print("FAIL", e)
    print(f"{total_pages} pages, {total_labels} labelled controls, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
