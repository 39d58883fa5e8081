#!/usr/bin/env python3
"""Self-check for holdout74: parse every page with html.parser into a small DOM,
compute accessible names and visibility, and verify the expect files.

- every expected label equals the accessible name of exactly one visible control;
- the page's one hidden AI-training control (tools/meta.json) exists, is hidden by the
  method recorded, and no visible control carries its name;
- the state shown in the DOM agrees with the recorded sharing value;
- page chrome: doctype, saved-from comment, lang, search, language select, account
  menu hidden, nav, footer, 15-35 visible control units in <main>.
Exit status 0 when everything passes.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
LANG_ATTR = {"en": "en", "de": "de", "fr": "fr", "es": "es", "pt": "pt-BR", "it": "it", "nl": "nl"}


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


class Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.comments = []
        self.decl = []
        self.style = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        n = Node(tag, [(k, v if v is not None else "") for k, v in attrs], self.cur)
        self.cur.children.append(n)
        if tag == "style":
            self._in_style = True
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        n = Node(tag, [(k, v if v is not None else "") for k, v in attrs], self.cur)
        self.cur.children.append(n)

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is None:
            return  # stray end tag
        self.cur = n.parent

    def handle_data(self, data):
        if self._in_style:
            self.style.append(data)
        self.cur.children.append(data)

    def handle_comment(self, data):
        self.comments.append(data)

    def handle_decl(self, decl):
        self.decl.append(decl)


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def text_of(n, skip=("select", "option", "script", "style")):
    out = []
    for c in n.children:
        if isinstance(c, str):
            out.append(c)
        elif c.tag not in skip:
            out.append(text_of(c, skip))
    return "".join(out)


def none_classes(css):
    cls = set()
    for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        if re.search(r"display\s*:\s*none", body):
            for s in sel.split(","):
                m = re.fullmatch(r"\s*\.([\w-]+)\s*", s)
                if m:
                    cls.add(m.group(1))
    return cls


def hide_reason(n, noneclasses):
    """method that hides n (itself or nearest ancestor), or None"""
    for a in [n] + list(n.ancestors()):
        if a.tag == "#root":
            break
        st = (a.get("style") or "").replace(" ", "").lower()
        if a.get("role") == "tabpanel" and "hidden" in a.attrs:
            return "tab"
        if a.tag == "dialog" and "open" not in a.attrs:
            return "dialog"
        if "hidden" in a.attrs:
            return "hidden"
        if "display:none" in st:
            return "inline-none"
        if set((a.get("class") or "").split()) & noneclasses:
            return "class-none"
        if a.get("aria-hidden") == "true":
            return "aria-hidden"
        if "visibility:hidden" in st:
            return "visibility"
    return None


CONTROL_ROLES = {"switch", "radio", "checkbox", "radiogroup", "tab", "menuitem"}


def is_control(n):
    if n.tag in ("select", "textarea", "button"):
        return True
    if n.tag == "input" and n.get("type", "text") != "hidden":
        return True
    if n.get("role") in CONTROL_ROLES:
        return True
    if n.get("role") == "group" and any(c.get("aria-pressed") is not None for c in n.iter() if c is not n):
        return True
    if n.tag == "fieldset" and any(c.tag == "input" and c.get("type") == "radio" for c in n.iter()):
        return True
    return False


def acc_name(n, byid):
    if n.get("aria-labelledby"):
        return ws(" ".join(ws(text_of(byid[i])) for i in n.get("aria-labelledby").split() if i in byid))
    if n.get("aria-label"):
        return ws(n.get("aria-label"))
    if n.tag in ("input", "select", "textarea"):
        if n.get("id"):
            for lab in byid["__labels__"]:
                if lab.get("for") == n.get("id"):
                    return ws(text_of(lab))
        for a in n.ancestors():
            if a.tag == "label":
                return ws(text_of(a))
        return ws(n.get("title") or n.get("placeholder") or "")
    if n.tag == "fieldset":
        for c in n.children:
            if isinstance(c, Node) and c.tag == "legend":
                return ws(text_of(c))
        return ""
    if n.get("role") in ("radiogroup", "group"):
        return ""
    return ws(text_of(n))


def state_of(n, byid):
    """(kind-agnostic) state: bool for binary controls, chosen option text for groups"""
    if n.tag == "input" and n.get("type") == "checkbox":
        return "checked" in n.attrs
    if n.get("role") == "switch" and n.tag == "button":
        return n.get("aria-checked") == "true"
    if n.tag == "fieldset":
        for c in n.iter():
            if c.tag == "input" and c.get("type") == "radio" and "checked" in c.attrs:
                return ws(text_of(c.parent))
    if n.get("role") == "radiogroup":
        for c in n.iter():
            if c.get("role") == "radio" and c.get("aria-checked") == "true":
                return ws(text_of(c))
    if n.get("role") == "group":
        for c in n.iter():
            if c.get("aria-pressed") == "true":
                return ws(text_of(c))
    if n.tag == "select":
        for c in n.iter():
            if c.tag == "option" and "selected" in c.attrs:
                return ws(text_of(c, skip=()))
    if n.tag == "button":  # state row: status text in the same row
        row = n.parent
        for c in row.iter():
            if "status" in (c.get("class") or "").split():
                return "on" in c.get("class").split()
    return None


def count_units(main, nonecls):
    units = 0
    grouped = set()
    for n in main.iter():
        if n.tag == "fieldset" and is_control(n) or n.get("role") in ("radiogroup",) or (n.get("role") == "group" and is_control(n)):
            if hide_reason(n, nonecls) is None:
                units += 1
            for c in n.iter():
                grouped.add(id(c))
    for n in main.iter():
        if id(n) in grouped or not is_control(n):
            continue
        if n.tag == "fieldset" or n.get("role") in ("radiogroup", "group"):
            continue
        if hide_reason(n, nonecls) is None:
            units += 1
    return units


def load(path):
    b = Builder()
    with open(path, encoding="utf-8") as f:
        src = f.read()
    b.feed(src)
    b.close()
    return b, src


def analyse(path):
    b, src = load(path)
    nonecls = none_classes("".join(b.style))
    byid = {}
    labels = []
    for n in b.root.iter():
        if n.get("id"):
            byid[n.get("id")] = n
        if n.tag == "label":
            labels.append(n)
    byid["__labels__"] = labels
    controls = []
    for n in b.root.iter():
        if is_control(n):
            controls.append(dict(node=n, name=acc_name(n, byid), hidden=hide_reason(n, nonecls)))
    mains = [n for n in b.root.iter() if n.tag == "main"]
    return b, src, nonecls, byid, controls, mains


def main():
    meta = {m["page"]: m for m in json.load(open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8"))}
    errors = []
    totals = {}
    npages = 0
    for lang in LANG_ATTR:
        d = os.path.join(ROOT, lang)
        if not os.path.isdir(d):
            print("MISSING", lang)
            errors.append(f"{lang}: missing")
            continue
        for fn in sorted(os.listdir(d)):
            if not fn.endswith(".html"):
                continue
            npages += 1
            page = f"{lang}/{fn[:-5]}"
            path = os.path.join(d, fn)
            exp = json.load(open(path[:-5] + ".expect.json", encoding="utf-8"))
            m = meta[page]

            def err(msg):
                errors.append(f"{page}: {msg}")

            b, src, nonecls, byid, controls, mains = analyse(path)
            # chrome
            if not src.startswith("<!DOCTYPE html>"):
                err("no doctype")
            if not any(c.strip().startswith(f"saved from url=({len(exp['url']):04d}){exp['url']}") for c in b.comments):
                err("saved-from comment missing or wrong")
            html_el = [n for n in b.root.iter() if n.tag == "html"][0]
            if html_el.get("lang") != LANG_ATTR[lang] or exp["lang"] != lang:
                err(f"lang {html_el.get('lang')} / {exp['lang']}")
            if set(exp) != {"url", "lang", "notes", "ai_training"}:
                err(f"expect keys {sorted(exp)}")
            header = [n for n in b.root.iter() if n.tag == "header"]
            if not header:
                err("no header")
            else:
                h = header[0]
                if not any(n.tag == "input" and n.get("type") == "search" for n in h.iter()):
                    err("no search box")
                if not any(n.tag == "select" for n in h.iter()):
                    err("no language select")
                menus = [n for n in h.iter() if n.get("role") == "menu"]
                if not menus or "hidden" not in menus[0].attrs:
                    err("account menu not hidden")
            if not any(n.tag == "nav" for n in b.root.iter()):
                err("no nav")
            if not any(n.tag == "footer" for n in b.root.iter()):
                err("no footer")
            if len(mains) != 1:
                err("main count")
                continue
            units = count_units(mains[0], nonecls)
            if not 15 <= units <= 35:
                err(f"{units} visible control units in main")
            # labels
            exp_labels = [e["label"] for e in exp["ai_training"]]
            if len(set(exp_labels)) != len(exp_labels):
                err("duplicate expected labels")
            meta_by_label = {r["label"]: r for r in m["labels"]}
            for e in exp["ai_training"]:
                vis = [c for c in controls if c["name"] == e["label"] and c["hidden"] is None]
                if len(vis) != 1:
                    err(f"label {e['label']!r} matches {len(vis)} visible controls")
                    continue
                r = meta_by_label.get(e["label"])
                if r is None or r["sharing"] != e["sharing"]:
                    err(f"meta mismatch for {e['label']!r}")
                    continue
                st = state_of(vis[0]["node"], byid)
                if "yes" in r:
                    if st != r["chosen"] or (st in r["yes"]) != e["sharing"]:
                        err(f"state {st!r} disagrees with sharing for {e['label']!r}")
                else:
                    if st is None or (bool(st) != r["inv"]) != e["sharing"]:
                        err(f"state {st!r} disagrees with sharing for {e['label']!r}")
            # hidden AI control
            if len(m["hidden"]) != 1:
                err("not exactly one hidden AI control")
            for r in m["hidden"]:
                same = [c for c in controls if c["name"] == r["label"]]
                if len(same) != 1:
                    err(f"hidden {r['label']!r} matches {len(same)} controls")
                    continue
                if same[0]["hidden"] != r["method"]:
                    err(f"hidden {r['label']!r}: method {same[0]['hidden']} != {r['method']}")
                if r["label"] in exp_labels:
                    err("hidden control is labelled")
            totals[page] = dict(units=units, labels=len(exp_labels))
    for e in errors:
        print("FAIL", e)
    nl = sum(t["labels"] for t in totals.values())
    nu = sum(t["units"] for t in totals.values())
    print(f"{npages} pages, {nl} labels, {nu} visible control units in <main>; {len(errors)} errors")
    return 1 if errors or npages == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
