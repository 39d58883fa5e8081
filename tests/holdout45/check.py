#!/usr/bin/env python3
"""Self-check for the blind45 set (standard library only).

For every <lang>/<page>.html with its .expect.json:
  * first three lines: <!DOCTYPE html>, saved-from comment with the 4-digit URL length, <html lang=...>
  * expect JSON: exactly url, lang, notes, ai_training; same URL and language as the page
  * well-formed markup (every non-void element closed in order), unique ids, existing targets of
    aria-labelledby / aria-describedby / aria-controls / label[for]
  * skeleton: header with search box, language select and an account-menu button whose menu is hidden;
    side navigation; main; footer
  * every expected label is the computed accessible name of exactly one visible control, of no hidden
    control, and no other control in <main> (or hidden anywhere) has a name containing it or contained in it
  * <main> holds 15-35 visible control units, equal to tools/meta.json; at least one hidden control
    outside the account menu; every control has a non-empty name
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
INLINE = {"span", "strong", "em", "b", "i", "abbr", "code", "small", "a", "label", "kbd", "mark", "s", "u",
          "sup", "sub", "bdi", "time", "q", "cite"}
WIDGET_ROLES = {"switch", "checkbox", "tab", "button", "link", "menuitem", "menuitemcheckbox", "menuitemradio",
                "radio", "slider", "combobox", "textbox", "option"}


class Node:
    __slots__ = ("tag", "attrs", "children", "parent", "line")

    def __init__(self, tag, attrs, parent, line):
        self.tag, self.attrs, self.children, self.parent, self.line = tag, attrs, [], parent, line

    def get(self, k, d=None):
        return self.attrs.get(k, d)

    def elements(self):
        for c in self.children:
            if isinstance(c, Node):
                yield c
                yield from c.elements()

    def ancestors(self):
        n = self.parent
        while n is not None:
            yield n
            n = n.parent


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
            self.errors.append(f"line {self.getpos()[0]}: </{tag}> closes <{top.tag}> (opened line {top.line})")
            for k in range(len(self.stack) - 1, 0, -1):
                if self.stack[k].tag == tag:
                    del self.stack[k:]
                    break
            return
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].children.append(data)
        if self.stack[-1].tag == "style":
            self.styles.append(data)


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip().lower()


class Doc:
    def __init__(self, text):
        b = Builder()
        b.feed(text)
        b.close()
        self.errors = list(b.errors)
        if len(b.stack) > 1:
            self.errors.append("unclosed: " + ", ".join(f"<{n.tag}> line {n.line}" for n in b.stack[1:]))
        self.root = b.root
        self.hidden_classes = set()
        self.vis_classes = set()
        for css in b.styles:
            for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
                body_n = body.replace(" ", "").lower()
                for part in sel.split(","):
                    part = part.strip()
                    if re.fullmatch(r"\.[A-Za-z0-9_-]+", part):
                        if "display:none" in body_n or "visibility:hidden" in body_n:
                            self.hidden_classes.add(part[1:])
        self.byid = {}
        self.dup_ids = []
        self.label_for = {}
        for n in self.root.elements():
            i = n.get("id")
            if i is not None:
                if i in self.byid:
                    self.dup_ids.append(i)
                self.byid[i] = n
            if n.tag == "label" and n.get("for"):
                self.label_for.setdefault(n.get("for"), []).append(n)

    # ---- visibility ----
    def self_hidden(self, n):
        if "hidden" in n.attrs:
            return True
        if n.get("aria-hidden") == "true":
            return True
        st = (n.get("style") or "").replace(" ", "").lower()
        if "display:none" in st or "visibility:hidden" in st:
            return True
        if set((n.get("class") or "").split()) & self.hidden_classes:
            return True
        if n.tag == "dialog" and "open" not in n.attrs:
            return True
        if n.tag in ("template", "script", "style", "head"):
            return True
        return False

    def hidden(self, n):
        return self.self_hidden(n) or any(self.self_hidden(a) for a in n.ancestors())

    # ---- names ----
    def text_of(self, n, top=False):
        if isinstance(n, str):
            return n
        if not top and self.self_hidden(n):
            return ""
        if n.tag in ("script", "style", "template"):
            return ""
        if n.get("aria-label"):
            return " " + n.get("aria-label") + " "
        if not top:
            if n.tag == "input":
                t = (n.get("type") or "text").lower()
                if t in ("checkbox", "radio", "hidden"):
                    return ""
                return " " + (n.get("value") or "") + " "
            if n.tag == "select":
                opts = [o for o in n.elements() if o.tag == "option"]
                sel = [o for o in opts if "selected" in o.attrs] or opts[:1]
                return " " + "".join(self.text_of(o) for o in sel) + " "
            if n.tag == "textarea":
                return ""
        if n.tag == "img":
            return " " + (n.get("alt") or "") + " "
        sep = "" if n.tag in INLINE else " "
        return sep + "".join(self.text_of(c) for c in n.children) + sep

    def name(self, n):
        lby = n.get("aria-labelledby")
        if lby:
            parts = []
            for ref in lby.split():
                r = self.byid.get(ref)
                if r is not None:
                    parts.append(self.text_of(r, top=True))
            return norm(" ".join(parts))
        if n.get("aria-label"):
            return norm(n.get("aria-label"))
        if n.tag in ("input", "select", "textarea"):
            t = (n.get("type") or "text").lower()
            if n.tag == "input" and t in ("submit", "button", "reset"):
                return norm(n.get("value") or "")
            labels = list(self.label_for.get(n.get("id"), [])) if n.get("id") else []
            for a in n.ancestors():
                if a.tag == "label" and a not in labels:
                    labels.append(a)
            s = norm(" ".join(self.text_of(l, top=True) for l in labels))
            if s:
                return s
            return norm(n.get("title") or n.get("placeholder") or "")
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return norm(self.text_of(c, top=True))
            return ""
        if n.tag in ("button", "a", "summary") or n.get("role") in WIDGET_ROLES:
            s = norm(self.text_of(n, top=True))
            if s:
                return s
        return norm(n.get("title") or "")

    # ---- control units ----
    def units(self):
        out = []
        seen_radio = set()

        def add(node, kind, name, ref=None):
            ref = ref or node
            out.append(dict(node=node, kind=kind, name=name, hidden=self.hidden(ref),
                            main=any(a.tag == "main" for a in ref.ancestors()) or ref.tag == "main",
                            menu=any(a.get("id") == "account-menu" for a in ref.ancestors()),
                            line=ref.line))

        def walk(n):
            for c in n.children:
                if not isinstance(c, Node):
                    continue
                role = c.get("role")
                if role == "radiogroup":
                    add(c, "radiogroup", self.name(c))
                    for r in c.elements():
                        if r.tag == "input" and r.get("type") == "radio":
                            seen_radio.add(r.get("name"))
                    continue
                if role == "group" and any(b.tag == "button" and b.get("aria-pressed") is not None
                                           for b in c.elements()):
                    add(c, "segmented", self.name(c))
                    continue
                if c.tag == "input":
                    t = (c.get("type") or "text").lower()
                    if t == "hidden":
                        continue
                    if t == "radio":
                        nm = c.get("name")
                        if nm in seen_radio:
                            continue
                        seen_radio.add(nm)
                        fs = next((a for a in c.ancestors() if a.tag == "fieldset"), None)
                        if fs is None:
                            add(c, "radio?", "")
                        else:
                            add(fs, "radiogroup", self.name(fs), ref=c)
                        continue
                    add(c, "input:" + t, self.name(c))
                    continue
                if c.tag in ("select", "textarea"):
                    add(c, c.tag, self.name(c))
                    continue
                if c.tag in ("button", "summary") or (c.tag == "a" and c.get("href") is not None):
                    add(c, role or c.tag, self.name(c))
                    walk(c)
                    continue
                if role in WIDGET_ROLES:
                    add(c, role, self.name(c))
                    continue
                walk(c)

        walk(self.root)
        return out

    def find(self, tag):
        return [n for n in self.root.elements() if n.tag == tag]


def check_page(lang, base, meta, errs):
    page = f"{lang}/{base}"
    html_path = os.path.join(ROOT, lang, base + ".html")
    exp_path = os.path.join(ROOT, lang, base + ".expect.json")

    def err(msg):
        errs.append(f"{page}: {msg}")

    text = open(html_path, encoding="utf-8").read()
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
    m3 = re.match(r'<html lang="([^"]+)">', lines[2] if len(lines) > 2 else "")
    if not m3:
        err("line 3 is not <html lang=...>")
    elif m3.group(1).split("-")[0] != lang:
        err(f"html lang {m3.group(1)} not in {lang}")

    try:
        exp = json.load(open(exp_path, encoding="utf-8"))
    except Exception as e:  # noqa
        err(f"expect json invalid: {e}")
        return
    if set(exp) != {"url", "lang", "notes", "ai_training"} or len(exp) != 4:
        err(f"expect keys {sorted(exp)}")
    if exp.get("url") != url:
        err("expect url differs from saved-from url")
    if exp.get("lang") != lang:
        err("expect lang differs")
    if not isinstance(exp.get("notes"), str) or not exp.get("notes"):
        err("notes missing")
    items = exp.get("ai_training", [])
    for it in items:
        if set(it) != {"label", "sharing"} or not isinstance(it["sharing"], bool) or not isinstance(it["label"], str):
            err(f"bad entry {it}")

    d = Doc(text)
    for e in d.errors:
        err("markup: " + e)
    for i in d.dup_ids:
        err(f"duplicate id {i}")
    for n in d.root.elements():
        for a in ("aria-labelledby", "aria-describedby", "aria-controls"):
            if n.get(a):
                for ref in n.get(a).split():
                    if ref not in d.byid:
                        err(f"line {n.line}: {a} target {ref} missing")
        if n.tag == "label" and n.get("for"):
            t = d.byid.get(n.get("for"))
            if t is None or t.tag not in ("input", "select", "textarea"):
                err(f"line {n.line}: label for={n.get('for')} has no labelable target")

    # skeleton
    headers = d.find("header")
    mains = d.find("main")
    if len(mains) != 1:
        err("needs exactly one <main>")
    if not headers:
        err("no <header>")
    else:
        hd = headers[0]
        hel = list(hd.elements())
        if not any(n.tag == "input" and n.get("type") == "search" for n in hel):
            err("header lacks a search box")
        if not any(n.tag == "select" for n in hel):
            err("header lacks a language select")
        acct = [n for n in hel if n.tag == "button" and n.get("aria-controls") and n.get("aria-haspopup")]
        if not acct:
            err("header lacks an account-menu button")
        else:
            menu = d.byid.get(acct[0].get("aria-controls"))
            if menu is None or "hidden" not in menu.attrs:
                err("account menu is not hidden")
    navs = [n for n in d.find("nav") if not any(a.tag in ("header", "footer", "main") for a in n.ancestors())]
    if not navs:
        err("no side navigation")
    if not d.find("footer"):
        err("no <footer>")

    units = d.units()
    for u in units:
        if not u["name"]:
            err(f"line {u['line']}: {u['kind']} control without a name")
    vis_main = [u for u in units if u["main"] and not u["hidden"]]
    hidden_units = [u for u in units if u["hidden"] and not u["menu"]]
    if not 15 <= len(vis_main) <= 35:
        err(f"{len(vis_main)} visible control units in main (want 15-35)")
    if meta is None:
        err("missing from tools/meta.json")
    else:
        if meta["units"] != len(vis_main):
            err(f"meta units {meta['units']} != counted {len(vis_main)}")
        if meta["labelled"] != len(items):
            err("meta labelled count differs")
        if meta["hidden_decoys"] < 1:
            err("no hidden AI-training decoy recorded")
        if len(hidden_units) < meta["hidden_decoys"]:
            err("fewer hidden controls than recorded hidden decoys")
    if not hidden_units:
        err("no hidden control outside the account menu")

    seen = set()
    for it in items:
        L = norm(it["label"])
        if L in seen:
            err(f"label twice: {it['label']}")
        seen.add(L)
        vis = [u for u in units if not u["hidden"] and u["name"] == L]
        hid = [u for u in units if u["hidden"] and u["name"] == L]
        if len(vis) != 1:
            err(f"label matches {len(vis)} visible controls: {it['label']!r}")
        if hid:
            err(f"label also names a hidden control: {it['label']!r}")
        for u in units:
            if vis and u is vis[0]:
                continue
            if not (u["main"] or u["hidden"]):
                continue
            n = u["name"]
            if n and n != L and (L in n or n in L):
                err(f"ambiguous: {it['label']!r} vs control {u['name']!r} (line {u['line']})")
    return len(vis_main)


def main():
    errs = []
    meta_path = os.path.join(ROOT, "tools", "meta.json")
    meta = json.load(open(meta_path, encoding="utf-8")) if os.path.exists(meta_path) else {}
    pages = 0
    per_lang = {}
    for lang in LANGS:
        dirp = os.path.join(ROOT, lang)
        if not os.path.isdir(dirp):
            errs.append(f"missing folder {lang}")
            continue
        files = sorted(os.listdir(dirp))
        htmls = [f[:-5] for f in files if f.endswith(".html")]
        exps = [f[:-12] for f in files if f.endswith(".expect.json")]
        if sorted(htmls) != sorted(exps):
            errs.append(f"{lang}: html/expect files do not pair up")
        others = [f for f in files if not (f.endswith(".html") or f.endswith(".expect.json"))]
        if others:
            errs.append(f"{lang}: stray files {others}")
        per_lang[lang] = len(htmls)
        for b in htmls:
            check_page(lang, b, meta.get(f"{lang}/{b}"), errs)
            pages += 1
    for lang, n in per_lang.items():
        if n != 5:
            errs.append(f"{lang}: {n} pages (want 5)")
    if len(meta) != pages:
        errs.append(f"meta.json lists {len(meta)} pages, found {pages}")
    total = sum(m["labelled"] for m in meta.values())
    real = sum(1 for m in meta.values() if m["real"])
    if errs:
        print("\n".join(errs))
        print(f"FAILED: {len(errs)} problem(s) in {pages} pages")
        sys.exit(1)
    print(f"OK: {pages} pages, {total} labelled controls, {real} real services")


if __name__ == "__main__":
    main()
