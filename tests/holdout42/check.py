#!/usr/bin/env python3
"""Self-check of the blind42 set (standard library only).

For every <lang>/<page>.html with its .expect.json it verifies:
  * the three first lines (doctype, saved-from comment with the 4-digit URL length, <html lang>),
  * the expect file: valid JSON, exactly url/lang/notes/ai_training, same URL and language,
  * well-formed markup, unique ids, existing aria-labelledby / aria-describedby /
    aria-controls / label-for targets,
  * the skeleton: header/banner with a search box, a language select and an account-menu
    button whose menu is hidden; a side navigation; a footer; <main>,
  * every expected label is the computed accessible name of exactly one visible control and
    of no hidden one; no other control in <main> (or hidden anywhere) has a name that
    contains it or is contained in it,
  * the state of each labelled control agrees with its `sharing` (from tools/meta.json),
  * <main> has 15-35 visible control units, the number meta.json records.
Exit status 0 when everything passes.
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
NAME_FROM_CONTENT = {"button", "link", "switch", "checkbox", "radio", "tab", "menuitem",
                     "menuitemcheckbox", "menuitemradio", "option", "treeitem"}
CONTROL_ROLES = {"button", "link", "switch", "checkbox", "tab", "menuitem", "menuitemcheckbox",
                 "menuitemradio", "textbox", "searchbox", "combobox", "slider", "spinbutton"}


class Node:
    def __init__(self, tag, attrs, parent, line):
        self.tag, self.attrs, self.parent, self.line = tag, attrs, parent, line
        self.children = []

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


class Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None, 0)
        self.stack = [self.root]
        self.errors = []

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
            self.errors.append(f"line {self.getpos()[0]}: end tag for void <{tag}>")
            return
        if self.stack[-1].tag != tag:
            self.errors.append(f"line {self.getpos()[0]}: </{tag}> closes <{self.stack[-1].tag}>")
            for k in range(len(self.stack) - 1, 0, -1):
                if self.stack[k].tag == tag:
                    del self.stack[k:]
                    break
            return
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def strict(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = re.sub(r"[\u2018\u2019\u02bc`´]", "'", s)
    s = re.sub(r"[^\w]+", " ", s)
    return ws(s)


class Doc:
    def __init__(self, text):
        p = Parser()
        p.feed(text)
        p.close()
        self.errors = list(p.errors)
        if len(p.stack) > 1:
            self.errors.append("unclosed elements: " + ", ".join(n.tag for n in p.stack[1:]))
        self.root = p.root
        self.nodes = list(self.root.walk())
        self.ids = {}
        for n in self.nodes:
            i = n.get("id")
            if i is not None:
                if i in self.ids:
                    self.errors.append(f"duplicate id {i}")
                self.ids[i] = n
        self.hide_classes = set()
        for n in self.nodes:
            if n.tag == "style":
                css = "".join(c for c in n.children if isinstance(c, str))
                for sels, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
                    hides = re.search(r"display\s*:\s*none", body) or re.search(r"visibility\s*:\s*hidden", body)
                    if not hides:
                        continue
                    for sel in sels.split(","):
                        m = re.fullmatch(r"\s*\.([\w-]+)\s*", sel)
                        if m:
                            self.hide_classes.add(m.group(1))
        self.labels_for = {}
        for n in self.nodes:
            if n.tag == "label" and n.get("for"):
                self.labels_for.setdefault(n.get("for"), []).append(n)

    # -------------------------------------------------------------- visibility
    def self_hidden(self, n):
        if "hidden" in n.attrs:
            return True
        if n.get("aria-hidden") == "true":
            return True
        st = (n.get("style") or "").replace(" ", "").lower()
        if "display:none" in st or "visibility:hidden" in st:
            return True
        if set((n.get("class") or "").split()) & self.hide_classes:
            return True
        if n.tag == "dialog" and "open" not in n.attrs:
            return True
        if n.tag in ("template", "script", "style", "head"):
            return True
        return False

    def hidden(self, n):
        return self.self_hidden(n) or any(self.self_hidden(a) for a in n.ancestors())

    def collapsed(self, n):
        for a in n.ancestors():
            if a.tag == "details" and "open" not in a.attrs:
                return True
        return False

    # -------------------------------------------------------------- names
    def text(self, n, skip=None, include_hidden=False):
        return ws(self.raw_text(n, skip, include_hidden))

    def raw_text(self, n, skip=None, include_hidden=False):
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
            if c.get("aria-label", "").strip():
                out.append(" " + c.get("aria-label") + " ")
                continue
            if c.tag == "input":
                t = c.get("type", "text")
                if t in ("text", "search", "email", "tel", "url", "number"):
                    out.append(" " + c.get("value", "") + " ")
                elif t in ("submit", "button", "reset"):
                    out.append(" " + c.get("value", "") + " ")
                continue
            if c.tag == "select":
                opts = [o for o in c.walk() if o.tag == "option"]
                sel = [o for o in opts if "selected" in o.attrs] or opts[:1]
                out.append(" " + " ".join(self.text(o) for o in sel) + " ")
                continue
            blockish = c.tag in ("div", "p", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "legend")
            t = self.raw_text(c, skip, include_hidden)
            out.append((" " + t + " ") if blockish else t)
        return "".join(out)

    def role(self, n):
        r = (n.get("role") or "").split()
        if r:
            return r[0]
        t = n.tag
        if t == "button":
            return "button"
        if t == "a" and "href" in n.attrs:
            return "link"
        if t == "input":
            ty = n.get("type", "text")
            return {"checkbox": "checkbox", "radio": "radio", "submit": "button", "button": "button",
                    "reset": "button", "search": "searchbox", "hidden": None, "range": "slider"}.get(ty, "textbox")
        if t == "select":
            return "combobox"
        if t == "textarea":
            return "textbox"
        if t == "fieldset":
            return "group"
        return None

    def name(self, n):
        lb = n.get("aria-labelledby")
        if lb:
            parts = []
            for i in lb.split():
                ref = self.ids.get(i)
                if ref is None:
                    continue
                if ref is n:
                    parts.append(self.text(n))
                elif ref.get("aria-label", "").strip():
                    parts.append(ref.get("aria-label"))
                else:
                    parts.append(self.text(ref, include_hidden=self.hidden(ref)))
            return ws(" ".join(parts))
        if n.get("aria-label", "").strip():
            return ws(n.get("aria-label"))
        if n.tag in ("input", "select", "textarea"):
            if n.tag == "input" and n.get("type") in ("submit", "button", "reset"):
                return ws(n.get("value", ""))
            labs = list(self.labels_for.get(n.get("id"), [])) if n.get("id") else []
            for a in n.ancestors():
                if a.tag == "label" and a not in labs:
                    labs.append(a)
                    break
            if labs:
                return ws(" ".join(self.text(l, skip=n) for l in labs))
            return ws(n.get("title") or n.get("placeholder") or "")
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return self.text(c)
            return ""
        if self.role(n) in NAME_FROM_CONTENT:
            return self.text(n)
        return ws(n.get("title") or "")

    # -------------------------------------------------------------- controls
    def controls(self):
        """List of (node, name) control units; a radio group is one unit (its container)."""
        out = []
        groups = {}
        for n in self.nodes:
            r = self.role(n)
            if r == "radio":
                cont = None
                for a in n.ancestors():
                    if a.get("role") == "radiogroup" or a.tag == "fieldset":
                        cont = a
                        break
                if cont is None:
                    self.errors.append(f"line {n.line}: radio outside fieldset/radiogroup")
                    continue
                if id(cont) not in groups:
                    groups[id(cont)] = cont
                    out.append(cont)
                continue
            if r in CONTROL_ROLES:
                out.append(n)
        return [(n, self.name(n)) for n in out]

    def in_main(self, n):
        return any(a.tag == "main" for a in n.ancestors())


def state_of(doc, n):
    """(kind, value) of a control's state."""
    r = doc.role(n)
    if n.tag == "input" and n.get("type") == "checkbox":
        return "checkbox", "checked" in n.attrs
    if r in ("switch", "checkbox"):
        return "checkbox", n.get("aria-checked") == "true"
    if n.tag == "button" and n.get("aria-pressed") is not None:
        return "checkbox", n.get("aria-pressed") == "true"
    if n.tag == "select":
        opts = [o for o in n.walk() if o.tag == "option"]
        sel = [o for o in opts if "selected" in o.attrs] or opts[:1]
        return "choice", sel[0].get("value") if sel else None
    if n.tag == "fieldset" or n.get("role") == "radiogroup":
        for c in n.walk():
            if c.tag == "input" and c.get("type") == "radio" and "checked" in c.attrs:
                return "choice", c.get("value")
            if c.get("role") == "radio" and c.get("aria-checked") == "true":
                return "choice", c.get("data-value")
        return "choice", None
    return "other", None


def check_page(lang, fname, meta, problems):
    base = os.path.join(ROOT, lang, fname)
    slug = fname[:-5]
    where = f"{lang}/{slug}"

    def bad(msg):
        problems.append(f"{where}: {msg}")

    text = open(base, encoding="utf-8").read()
    lines = text.split("\n")
    ex_path = base[:-5] + ".expect.json"
    try:
        ex = json.load(open(ex_path, encoding="utf-8"))
    except Exception as e:  # noqa
        bad(f"expect json: {e}")
        return
    if list(ex.keys()) != ["url", "lang", "notes", "ai_training"] and set(ex.keys()) != {"url", "lang", "notes", "ai_training"}:
        bad(f"expect keys {sorted(ex)}")
    if ex.get("lang") != lang:
        bad("expect lang differs")
    url = ex.get("url", "")
    if lines[0] != "<!DOCTYPE html>":
        bad("line 1 is not <!DOCTYPE html>")
    m = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", lines[1])
    if not m:
        bad("line 2 is not a saved-from comment")
    else:
        if int(m.group(1)) != len(m.group(2)):
            bad("saved-from length wrong")
        if m.group(2) != url:
            bad("saved-from URL differs from expect url")
    m = re.fullmatch(r'<html lang="([^"]+)">', lines[2])
    if not m or m.group(1).split("-")[0] != lang:
        bad("line 3 is not <html lang=...> of the page language")
    if not isinstance(ex.get("ai_training"), list):
        bad("ai_training is not a list")
        return
    for e in ex["ai_training"]:
        if set(e.keys()) != {"label", "sharing"} or not isinstance(e["sharing"], bool) or not e["label"].strip():
            bad(f"bad entry {e}")

    doc = Doc(text)
    for e in doc.errors:
        bad(e)
    # references
    for n in doc.nodes:
        for a in ("aria-labelledby", "aria-describedby", "aria-controls"):
            for i in (n.get(a) or "").split():
                if i not in doc.ids:
                    bad(f"{a} target {i} missing")
        if n.tag == "label" and n.get("for") and n.get("for") not in doc.ids:
            bad(f"label for={n.get('for')} missing")
    # skeleton
    mains = [n for n in doc.nodes if n.tag == "main"]
    if len(mains) != 1:
        bad("need exactly one <main>")
        return
    main = mains[0]
    banners = [n for n in doc.nodes if n.tag == "header" or n.get("role") == "banner"]
    if not banners:
        bad("no header")
    else:
        h = banners[0]
        sub = list(h.walk())
        if not any(x.tag == "input" and x.get("type") == "search" for x in sub):
            bad("header has no search box")
        if not any(x.tag == "select" for x in sub):
            bad("header has no language select")
        acct = [x for x in sub if x.tag == "button" and x.get("aria-controls") in doc.ids]
        if not acct or "hidden" not in doc.ids[acct[0].get("aria-controls")].attrs:
            bad("header has no account-menu button with a hidden menu")
    if not [n for n in doc.nodes if n.tag == "nav" and not doc.in_main(n)
            and not any(a in banners for a in n.ancestors())]:
        bad("no side navigation")
    if not [n for n in doc.nodes if n.tag == "footer" or n.get("role") == "contentinfo"]:
        bad("no footer")

    ctrls = doc.controls()
    vis_main = [(n, nm) for n, nm in ctrls if doc.in_main(n) and not doc.hidden(n)]
    hidden_all = [(n, nm) for n, nm in ctrls if doc.hidden(n)]
    for n, nm in ctrls:
        if not nm:
            bad(f"line {n.line}: <{n.tag}> control without a name")
    pm = meta.get(where)
    if pm is None:
        bad("not in meta.json")
        return
    if len(vis_main) != pm["units"]:
        bad(f"{len(vis_main)} visible control units in main, meta says {pm['units']}")
    if not 15 <= len(vis_main) <= 35:
        bad(f"{len(vis_main)} visible control units in main (need 15-35)")
    if pm["hidden"] < 1:
        bad("no hidden ai-training decoy")
    hidden_main = [x for x in hidden_all if doc.in_main(x[0])]
    if len(hidden_main) < pm["hidden"]:
        bad(f"meta says {pm['hidden']} hidden decoys but only {len(hidden_main)} hidden controls in main")
    if len(ex["ai_training"]) != len(pm["labels"]):
        bad("meta labels differ from expect")
        return
    for e, ml in zip(ex["ai_training"], pm["labels"]):
        lab = ws(e["label"])
        if lab != ml["label"] or e["sharing"] != ml["sharing"]:
            bad(f"meta/expect mismatch for {lab!r}")
        hits = [(n, nm) for n, nm in ctrls if nm == lab and not doc.hidden(n)]
        if len(hits) != 1:
            bad(f"label {lab!r} names {len(hits)} visible controls")
            continue
        node = hits[0][0]
        if not doc.in_main(node):
            bad(f"label {lab!r} is not in main")
        if any(nm == lab for n, nm in hidden_all):
            bad(f"label {lab!r} also names a hidden control")
        if node.get("id") != ml["check"]["id"]:
            bad(f"label {lab!r} is on #{node.get('id')}, meta says #{ml['check']['id']}")
        if doc.collapsed(node) != ml["collapsed"]:
            bad(f"label {lab!r}: collapsed state differs from meta")
        s = strict(lab)
        for n, nm in vis_main + hidden_all:
            if n is node:
                continue
            t = strict(nm)
            if t and (t in s or s in t):
                bad(f"label {lab!r} overlaps the name of another control {nm!r}")
        # state vs sharing
        ck = ml["check"]
        kind, val = state_of(doc, node)
        if ck["kind"] == "binary":
            if kind != "checkbox":
                bad(f"label {lab!r}: expected a binary control")
            elif (val != ck["inv"]) != e["sharing"]:
                bad(f"label {lab!r}: state {val} (inverted={ck['inv']}) disagrees with sharing {e['sharing']}")
        elif ck["kind"] == "choice":
            if kind != "choice":
                bad(f"label {lab!r}: expected a choice control")
            elif (val in ck["true"]) != e["sharing"]:
                bad(f"label {lab!r}: selected {val!r} disagrees with sharing {e['sharing']}")
    return len(vis_main)


def main():
    meta_path = os.path.join(ROOT, "tools", "meta.json")
    meta = {f"{p['lang']}/{p['page']}": p for p in json.load(open(meta_path, encoding="utf-8"))["pages"]}
    problems = []
    total = 0
    per_lang = {}
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        files = sorted(f for f in os.listdir(d) if f.endswith(".html"))
        per_lang[lang] = len(files)
        for f in files:
            if not os.path.exists(os.path.join(d, f[:-5] + ".expect.json")):
                problems.append(f"{lang}/{f}: no expect file")
                continue
            check_page(lang, f, meta, problems)
            total += 1
        for f in os.listdir(d):
            if f.endswith(".expect.json") and not os.path.exists(os.path.join(d, f[:-12] + ".html")):
                problems.append(f"{lang}/{f}: expect file without page")
    for lang, n in per_lang.items():
        if n != 5:
            problems.append(f"{lang}: {n} pages (need 5)")
    if len(meta) != total:
        problems.append(f"meta.json has {len(meta)} pages, found {total}")
    for p in problems:
        print("FAIL", p)
    labels = sum(len(p["labels"]) for p in meta.values())
    failed = {p.split(":")[0] for p in problems}
    bad_pages = {f for f in failed if "/" in f}
    print(f"{total} pages, {labels} labelled controls checked")
    print(f"{total - len(bad_pages)} passed, {len(bad_pages) + len(failed - bad_pages)} failed")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
