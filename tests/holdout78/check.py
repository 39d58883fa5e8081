#!/usr/bin/env python3
"""Check the holdout78 pages against their .expect.json files.

For every page: parse with html.parser, compute each control's accessible name
(aria-labelledby -> aria-label -> label -> legend / radiogroup name -> text
content -> title/value) and its visibility (hidden attribute, inline or
class-based display:none, visibility:hidden, aria-hidden="true", closed
<dialog>, inactive tab panel). Then verify:
  * every expected label matches exactly one visible control's name;
  * the page has a header with a search box, a language select and an account
    button whose menu is hidden, a side navigation and a footer;
  * <main> holds 12-30 visible control units;
  * the doctype, the saved-from comment and <html lang> are right;
  * (with tools/meta.json) every AI-training control the generator made is
    either expected (visible) or really hidden, and no hidden one is expected.
Exit status 0 when everything passes.
"""
import glob
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr"}
CONTROL_TAGS = {"input", "select", "textarea", "button"}
CONTROL_ROLES = {"switch", "checkbox", "radio", "button", "link", "combobox", "tab",
                 "menuitem", "radiogroup", "slider", "textbox", "searchbox", "option"}
HTML_LANG = {"en": "en", "de": "de", "fr": "fr", "es": "es", "pt": "pt-BR", "it": "it", "nl": "nl"}


def collapse(s):
    return re.sub(r"\s+", " ", s or "").strip()


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children = []

    def get(self, k, d=None):
        return self.attrs.get(k, d)

    def text(self):
        out = []
        for c in self.children:
            if isinstance(c, str):
                out.append(c)
            elif c.tag not in ("script", "style"):
                out.append(c.text())
        return "".join(out)

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


class Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.comments = []
        self.decl = None

    def handle_decl(self, decl):
        self.decl = decl

    def handle_comment(self, data):
        self.comments.append(data)

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def hidden_classes(root):
    classes = set()
    for n in root.iter():
        if n.tag == "style":
            css = n.text()
            for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
                if re.search(r"display\s*:\s*none", body):
                    for s in sel.split(","):
                        s = s.strip()
                        if re.fullmatch(r"\.[\w-]+", s):
                            classes.add(s[1:])
    return classes


def self_hidden(n, hcls, inactive_panels):
    if "hidden" in n.attrs:
        return "hidden"
    style = (n.get("style") or "").replace(" ", "").lower()
    if "display:none" in style:
        return "display:none"
    if "visibility:hidden" in style:
        return "visibility:hidden"
    if n.get("aria-hidden") == "true":
        return "aria-hidden"
    if hcls & set((n.get("class") or "").split()):
        return "class display:none"
    if n.tag == "dialog" and "open" not in n.attrs:
        return "closed dialog"
    if n.get("role") == "tabpanel" and n.get("id") in inactive_panels:
        return "inactive tab panel"
    if n.tag == "input" and (n.get("type") or "").lower() == "hidden":
        return "input hidden"
    return None


def is_hidden(n, hcls, inactive_panels):
    for x in [n, *n.ancestors()]:
        r = self_hidden(x, hcls, inactive_panels)
        if r:
            return r
    return None


def is_control(n):
    if n.tag in CONTROL_TAGS:
        return not (n.tag == "input" and (n.get("type") or "").lower() == "hidden")
    if n.tag == "a" and n.get("href") is not None:
        return True
    if n.tag == "fieldset" and any(c.tag == "input" and c.get("type") == "radio" for c in n.iter() if isinstance(c, Node)):
        return True
    return (n.get("role") or "") in CONTROL_ROLES


def accessible_name(n, ids, labels_for):
    lb = n.get("aria-labelledby")
    if lb:
        parts = [collapse(ids[i].text()) for i in lb.split() if i in ids]
        return collapse(" ".join(parts))
    if n.get("aria-label"):
        return collapse(n.get("aria-label"))
    if n.tag in ("input", "select", "textarea"):
        if n.get("id") and n.get("id") in labels_for:
            return collapse(labels_for[n.get("id")].text())
        for a in n.ancestors():
            if a.tag == "label":
                return collapse(a.text())
        if n.get("type") in ("submit", "button", "reset") and n.get("value"):
            return collapse(n.get("value"))
        return collapse(n.get("title") or n.get("placeholder") or "")
    if n.tag == "fieldset":
        for c in n.children:
            if isinstance(c, Node) and c.tag == "legend":
                return collapse(c.text())
        return ""
    if n.get("role") in ("radiogroup", "group"):
        return collapse(n.get("title") or "")
    return collapse(n.text()) or collapse(n.get("title") or "")


def analyse(path):
    t = Tree()
    with open(path, encoding="utf-8") as f:
        src = f.read()
    t.feed(src)
    root = t.root
    ids = {n.get("id"): n for n in root.iter() if n.get("id")}
    labels_for = {n.get("for"): n for n in root.iter() if n.tag == "label" and n.get("for")}
    hcls = hidden_classes(root)
    inactive = set()
    for n in root.iter():
        if n.get("role") == "tab" and n.get("aria-selected") == "false" and n.get("aria-controls"):
            inactive.add(n.get("aria-controls"))
    controls = []
    for n in root.iter():
        if n is root or not is_control(n):
            continue
        controls.append({
            "node": n,
            "name": accessible_name(n, ids, labels_for),
            "hidden": is_hidden(n, hcls, inactive),
            "in_main": any(a.tag == "main" for a in n.ancestors()),
        })
    return t, src, root, controls, hcls, inactive


def structural_errors(t, src, root, controls, lang, url, hcls, inactive):
    errs = []
    if not (t.decl or "").lower().startswith("doctype html"):
        errs.append("missing <!DOCTYPE html>")
    if not any(c.strip().startswith("saved from url=") and url in c for c in t.comments):
        errs.append("missing 'saved from' comment with the expect URL")
    html_el = next((n for n in root.iter() if n.tag == "html"), None)
    if html_el is None or html_el.get("lang") != HTML_LANG[lang]:
        errs.append(f"<html lang> is not {HTML_LANG[lang]}")
    header = next((n for n in root.iter() if n.tag == "header"), None)
    if header is None:
        errs.append("no <header>")
    else:
        hn = list(header.iter())
        if not any(n.tag == "input" and n.get("type") == "search" for n in hn):
            errs.append("header has no search box")
        if not any(n.tag == "select" for n in hn):
            errs.append("header has no language select")
        acct = [n for n in hn if n.tag == "button" and n.get("aria-haspopup")]
        if not acct:
            errs.append("header has no account button")
        else:
            menu = root_ids = {n.get("id"): n for n in root.iter() if n.get("id")}
            m = root_ids.get(acct[0].get("aria-controls"))
            if m is None or not self_hidden(m, hcls, inactive):
                errs.append("account menu is not hidden")
    if not any(n.tag == "nav" for n in root.iter()):
        errs.append("no side <nav>")
    if not any(n.tag == "footer" for n in root.iter()):
        errs.append("no <footer>")
    units = [c for c in controls if c["in_main"] and not c["hidden"] and c["node"].get("role") != "tab"]
    if not 12 <= len(units) <= 30:
        errs.append(f"<main> has {len(units)} visible control units (want 12-30)")
    return errs, len(units)


def main():
    meta_path = os.path.join(ROOT, "tools", "meta.json")
    meta = {}
    if os.path.exists(meta_path):
        for m in json.load(open(meta_path, encoding="utf-8")):
            meta[(m["lang"], m["slug"])] = m
    failures = 0
    pages = 0
    labels = 0
    units_total = 0
    for exp_path in sorted(glob.glob(os.path.join(ROOT, "*", "*.expect.json"))):
        lang = os.path.basename(os.path.dirname(exp_path))
        slug = os.path.basename(exp_path)[: -len(".expect.json")]
        html_path = exp_path[: -len(".expect.json")] + ".html"
        exp = json.load(open(exp_path, encoding="utf-8"))
        errs = []
        if set(exp) != {"url", "lang", "notes", "ai_training"}:
            errs.append(f"expect keys {sorted(exp)}")
        if exp.get("lang") != lang:
            errs.append("expect lang does not match folder")
        t, src, root, controls, hcls, inactive = analyse(html_path)
        e2, nunits = structural_errors(t, src, root, controls, lang, exp["url"], hcls, inactive)
        errs += e2
        units_total += nunits
        visible = [c for c in controls if not c["hidden"]]
        for e in exp["ai_training"]:
            if set(e) != {"label", "sharing"} or not isinstance(e["sharing"], bool):
                errs.append(f"bad entry {e}")
            matches = [c for c in visible if c["name"] == e["label"]]
            if len(matches) != 1:
                errs.append(f"label {e['label']!r} matches {len(matches)} visible controls")
            labels += 1
        m = meta.get((lang, slug))
        if m is None:
            errs.append("no meta.json entry")
        else:
            exp_labels = [(e["label"], e["sharing"]) for e in exp["ai_training"]]
            want = [(a["label"], a["sharing"]) for a in m["ai"] if not a["hidden"]]
            if sorted(exp_labels) != sorted(want):
                errs.append("expect labels differ from the generator's visible AI controls")
            for a in m["ai"]:
                if a["hidden"]:
                    same = [c for c in controls if c["name"] == a["label"]]
                    if not same:
                        errs.append(f"hidden AI control {a['label']!r} not found in page")
                    elif any(not c["hidden"] for c in same):
                        errs.append(f"hidden AI control {a['label']!r} is visible")
        pages += 1
        if errs:
            failures += 1
            print(f"FAIL {lang}/{slug}")
            for x in errs:
                print("   ", x)
    print(f"{pages} pages, {labels} labels, {units_total} visible control units in <main>; "
          f"{failures} page(s) failing")
    return 1 if failures or pages == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
