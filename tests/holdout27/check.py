#!/usr/bin/env python3
"""Self-check for the blind27 corpus (standard library only).

For every <lang>/<page>.html + .expect.json:
  * the file starts with <!DOCTYPE html>, a "saved from url=(NNNN)URL" comment whose
    length prefix is right and whose URL equals the expect url, then <html lang="...">
    consistent with the directory / expect lang (pt pages: pt-BR or pt-PT);
  * the expect JSON is valid and has exactly url, lang, notes, ai_training;
  * every expected label is the accessible name (computed here from the HTML, the way
    a browser does: aria-labelledby > aria-label > <label for>/wrapping <label> /
    <legend> > name from content > title/placeholder) of exactly one VISIBLE control,
    and of no hidden control;
  * page chrome exists (search box, language select, account-menu button whose menu is
    hidden, side <nav>, <footer>), ids are unique and every id reference resolves;
  * 15-35 visible controls outside header/nav/footer, matching tools/meta.json;
  * meta.json counts (labelled, sharing) agree with the expect files.
Warnings (not failures) list expected labels that contain, or are contained in, the name
of another visible control (the corpus matching rule is containment).
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
INLINE = {"span", "a", "b", "strong", "em", "i", "small", "code", "abbr", "kbd", "mark", "s", "sub", "sup",
          "u", "bdi", "bdo", "cite", "q", "time", "var", "label", "data", "output"}
CONTROL_ROLES = {"button", "link", "checkbox", "radio", "switch", "tab", "menuitem", "menuitemcheckbox",
                 "menuitemradio", "option", "combobox", "textbox", "searchbox", "slider", "spinbutton"}
NAME_FROM_CONTENT_ROLES = {"button", "link", "checkbox", "radio", "switch", "tab", "menuitem",
                           "menuitemcheckbox", "menuitemradio", "option", "heading", "cell", "columnheader",
                           "rowheader", "row", "tooltip"}


class Node:
    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.children, self.parent = tag, attrs, [], parent

    def get(self, k, d=None):
        return self.attrs.get(k, d)


class Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.styles = []
        self._in_style = False
        self.errors = []

    def handle_starttag(self, tag, attrs):
        a = {}
        for k, v in attrs:
            a[k] = "" if v is None else v
        n = Node(tag, a, self.cur)
        self.cur.children.append(n)
        if tag == "style":
            self._in_style = True
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.cur = self.cur.parent

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False
        if tag in VOID:
            return
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is None:
            self.errors.append(f"stray </{tag}>")
            return
        if n is not self.cur:
            self.errors.append(f"unclosed elements before </{tag}>")
        self.cur = n.parent

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)
        elif self.cur is not None:
            self.cur.children.append(data)


def walk(n):
    for c in n.children:
        if isinstance(c, Node):
            yield c
            yield from walk(c)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Doc:
    def __init__(self, text):
        b = Builder()
        b.feed(text)
        b.close()
        self.errors = list(b.errors)
        self.root = b.root
        self.nodes = list(walk(self.root))
        self.ids = {}
        for n in self.nodes:
            i = n.get("id")
            if i is not None:
                if i in self.ids:
                    self.errors.append(f"duplicate id {i!r}")
                self.ids[i] = n
        self.hide_classes = set()
        css = re.sub(r"/\*.*?\*/", "", "".join(b.styles), flags=re.S)
        for sel, decl in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
            d = decl.replace(" ", "").lower()
            if "display:none" in d or "visibility:hidden" in d:
                for s in sel.split(","):
                    s = s.strip()
                    m = re.fullmatch(r"\.([\w-]+)", s)
                    if m:
                        self.hide_classes.add(m.group(1))
        self.labels_for = {}
        for n in self.nodes:
            if n.tag == "label" and n.get("for"):
                self.labels_for.setdefault(n.get("for"), []).append(n)

    # ---- visibility -------------------------------------------------------
    def self_hidden(self, n):
        if "hidden" in n.attrs:
            return True
        if n.get("aria-hidden", "").lower() == "true":
            return True
        st = n.get("style", "").replace(" ", "").lower()
        if "display:none" in st or "visibility:hidden" in st:
            return True
        if set(n.get("class", "").split()) & self.hide_classes:
            return True
        if n.tag == "dialog" and "open" not in n.attrs:
            return True
        if n.tag in ("template", "script", "style", "head", "title"):
            return True
        if n.tag == "input" and n.get("type", "").lower() == "hidden":
            return True
        return False

    def hidden(self, n):
        while n is not None and n.tag != "#root":
            if self.self_hidden(n):
                return True
            n = n.parent
        return False

    # ---- controls ---------------------------------------------------------
    def is_control(self, n):
        role = n.get("role", "")
        if role in ("none", "presentation") and n.tag not in ("input", "select", "button", "textarea"):
            return False
        if n.tag == "input":
            return n.get("type", "text").lower() != "hidden"
        if n.tag in ("select", "textarea", "button"):
            return True
        if n.tag == "summary":
            return n.parent is not None and n.parent.tag == "details"
        if n.tag == "a" and "href" in n.attrs:
            return True
        return role in CONTROL_ROLES

    def is_group_control(self, n):
        role = n.get("role", "")
        if role == "radiogroup":
            return True
        if n.tag == "fieldset":
            return any(d.tag == "input" and d.get("type", "").lower() == "radio" for d in walk(n))
        if role == "group":
            return any(d.get("aria-pressed") is not None for d in walk(n))
        return False

    # ---- accessible name ----------------------------------------------------
    def text_alt(self, n, in_labelledby=False, root=True, visited=None):
        visited = visited if visited is not None else set()
        if id(n) in visited:
            return ""
        visited.add(id(n))
        if not root and self.self_hidden(n):
            return ""
        if not in_labelledby and n.get("aria-labelledby"):
            parts = []
            for ref in n.get("aria-labelledby").split():
                r = self.ids.get(ref)
                if r is not None:
                    parts.append(self.text_alt(r, in_labelledby=True, root=True, visited=set()))
            t = norm(" ".join(parts))
            if t:
                return t
        al = norm(n.get("aria-label", ""))
        if al:
            return al
        # embedded controls inside a label / content traversal
        if not root:
            if n.tag == "input":
                t = n.get("type", "text").lower()
                if t in ("checkbox", "radio"):
                    return ""
                if t in ("button", "submit", "reset"):
                    return n.get("value", "")
                return n.get("value", "")
            if n.tag == "select":
                opts = [o for o in walk(n) if o.tag == "option"]
                sel = [o for o in opts if "selected" in o.attrs] or opts[:1]
                return norm(self.content(sel[0], visited)) if sel else ""
            if n.tag == "textarea":
                return norm(self.content(n, visited))
        if root and not in_labelledby:
            nat = self.native_name(n, visited)
            if nat:
                return nat
        if n.tag == "img":
            return n.get("alt", "")
        role = n.get("role", "")
        tag_role = {"button": "button", "a": "link", "summary": "button", "td": "cell", "th": "columnheader",
                    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "option": "option",
                    "legend": "legend", "label": "label", "caption": "caption"}.get(n.tag, "")
        if (in_labelledby or not root or role in NAME_FROM_CONTENT_ROLES or
                (not role and tag_role) or n.tag in ("label", "legend")):
            if n.tag in ("select", "textarea", "input") and root:
                pass
            else:
                t = norm(self.content(n, visited))
                if t:
                    return t
        if root:
            return norm(n.get("title", "") or (n.get("placeholder", "") if n.tag in ("input", "textarea") else ""))
        return ""

    def content(self, n, visited):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
            else:
                if c.tag in ("style", "script", "template"):
                    continue
                t = self.text_alt(c, in_labelledby=False, root=False, visited=visited)
                if c.tag in INLINE:
                    out.append(t)
                else:
                    out.append(" " + t + " ")
        return "".join(out)

    def native_name(self, n, visited):
        if n.tag in ("input", "select", "textarea"):
            t = n.get("type", "text").lower()
            if n.tag == "input" and t in ("button", "submit", "reset"):
                return n.get("value", "")
            parts = []
            i = n.get("id")
            if i and i in self.labels_for:
                for lab in self.labels_for[i]:
                    parts.append(norm(self.content(lab, visited)))
            p = n.parent
            while p is not None:
                if p.tag == "label" and not p.get("for"):
                    parts.append(norm(self.content(p, visited)))
                    break
                p = p.parent
            return norm(" ".join(parts))
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return norm(self.content(c, visited))
        if n.tag in ("section", "nav", "dialog") or n.get("role") in ("dialog", "region"):
            return ""
        return ""

    def name(self, n):
        return norm(self.text_alt(n, root=True))


def chrome_ancestor(n):
    p = n
    while p is not None:
        if p.tag in ("header", "nav", "footer"):
            return True
        p = p.parent
    return False


def check_page(path_html, path_exp, lang, meta, errors, warnings):
    rel = os.path.relpath(path_html, ROOT)
    E = lambda m: errors.append(f"{rel}: {m}")
    W = lambda m: warnings.append(f"{rel}: {m}")
    with open(path_html, encoding="utf-8") as f:
        text = f.read()
    try:
        with open(path_exp, encoding="utf-8") as f:
            exp = json.load(f)
    except Exception as e:  # noqa
        E(f"expect json invalid: {e}")
        return None
    if set(exp) != {"url", "lang", "notes", "ai_training"}:
        E(f"expect keys {sorted(exp)}")
    if exp.get("lang") != lang:
        E(f"expect lang {exp.get('lang')!r} != dir {lang!r}")
    if not isinstance(exp.get("notes"), str) or not exp["notes"].strip():
        E("notes missing")
    lines = text.split("\n")
    if lines[0] != "<!DOCTYPE html>":
        E("first line is not <!DOCTYPE html>")
    m = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", lines[1])
    if not m:
        E("second line is not a saved-from comment")
    else:
        if int(m.group(1)) != len(m.group(2)):
            E(f"saved-from length {m.group(1)} != {len(m.group(2))}")
        if m.group(2) != exp.get("url"):
            E("saved-from url != expect url")
    m = re.fullmatch(r'<html lang="([^"]+)">', lines[2])
    if not m:
        E("third line is not <html lang=...>")
    else:
        hl = m.group(1)
        if lang == "pt":
            if hl not in ("pt-BR", "pt-PT"):
                E(f"pt page with html lang {hl}")
        elif hl.split("-")[0] != lang:
            E(f"html lang {hl} vs {lang}")
    doc = Doc(text)
    for e in doc.errors:
        E(f"html: {e}")
    # id references
    for n in doc.nodes:
        for attr in ("aria-labelledby", "aria-describedby", "aria-controls"):
            for ref in n.get(attr, "").split():
                if ref not in doc.ids:
                    E(f"{attr} -> missing id {ref!r}")
        if n.tag == "label" and n.get("for") and n.get("for") not in doc.ids:
            E(f"label for -> missing id {n.get('for')!r}")
    # chrome
    header = [n for n in doc.nodes if n.tag == "header"]
    if not header:
        E("no header")
    else:
        h = header[0]
        hs = list(walk(h))
        if not any(d.tag == "input" and d.get("type") == "search" for d in hs):
            E("no search box in header")
        if not any(d.tag == "select" for d in hs):
            E("no language select in header")
        acc = [d for d in hs if d.tag == "button" and d.get("aria-controls")]
        if not acc:
            E("no account-menu button")
        else:
            menu = doc.ids.get(acc[0].get("aria-controls"))
            if menu is None or not doc.hidden(menu):
                E("account menu not hidden")
    if not any(n.tag == "nav" for n in doc.nodes):
        E("no nav")
    if not any(n.tag == "footer" for n in doc.nodes):
        E("no footer")
    # controls and names
    visible, hidden_ = [], []
    further = 0
    for n in doc.nodes:
        ctl = doc.is_control(n)
        grp = doc.is_group_control(n)
        if not (ctl or grp):
            continue
        nm = doc.name(n)
        if doc.hidden(n):
            hidden_.append((n, nm))
        else:
            visible.append((n, nm))
            if ctl and not chrome_ancestor(n):
                further += 1
    if not (15 <= further <= 35):
        E(f"{further} further visible controls (want 15-35)")
    labels = [e.get("label") for e in exp.get("ai_training", [])]
    if len(labels) != len(set(labels)):
        E("duplicate expected labels")
    for e in exp.get("ai_training", []):
        if set(e) != {"label", "sharing"} or not isinstance(e.get("sharing"), bool) or not isinstance(e.get("label"), str):
            E(f"bad entry {e}")
            continue
        lab = e["label"]
        hits = [n for n, nm in visible if nm == lab]
        if len(hits) != 1:
            E(f"label {lab!r} names {len(hits)} visible controls")
        hh = [n for n, nm in hidden_ if nm == lab]
        if hh:
            E(f"label {lab!r} names a hidden control")
        nl = lab.lower()
        for n, nm in visible:
            if nm == lab or not nm or chrome_ancestor(n):
                continue
            ml = nm.lower()
            if nl in ml or ml in nl:
                W(f"label {lab!r} ~ other visible control {nm!r}")
    hidden_main = sum(1 for n, _ in hidden_ if not chrome_ancestor(n))
    if meta is not None:
        t = sum(1 for e in exp["ai_training"] if e["sharing"])
        if meta.get("labelled") != len(exp["ai_training"]) or meta.get("sharing_true") != t:
            E("meta labelled/sharing counts disagree with expect")
        if meta.get("further_controls") != further:
            E(f"meta further_controls {meta.get('further_controls')} != computed {further}")
        if meta.get("url") != exp.get("url"):
            E("meta url != expect url")
        if meta.get("hidden_not_listed", 0) > hidden_main:
            E("meta claims more hidden ai controls than hidden controls exist")
        if meta.get("hidden_not_listed", 0) == 0 and lang:
            pass
    return {"further": further, "visible": len(visible), "hidden": hidden_main}


def main():
    errors, warnings = [], []
    meta_path = os.path.join(ROOT, "tools", "meta.json")
    meta = {}
    if os.path.exists(meta_path):
        with open(meta_path, encoding="utf-8") as f:
            meta = json.load(f)
    else:
        errors.append("tools/meta.json missing")
    pages = 0
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        if not os.path.isdir(d):
            errors.append(f"missing dir {lang}")
            continue
        htmls = sorted(f for f in os.listdir(d) if f.endswith(".html"))
        exps = sorted(f for f in os.listdir(d) if f.endswith(".expect.json"))
        if len(htmls) != 5:
            errors.append(f"{lang}: {len(htmls)} pages (want 5)")
        if sorted(h[:-5] for h in htmls) != sorted(e[:-12] for e in exps):
            errors.append(f"{lang}: html/expect files do not pair up")
        for h in htmls:
            slug = h[:-5]
            pe = os.path.join(d, slug + ".expect.json")
            if not os.path.exists(pe):
                continue
            m = meta.get(f"{lang}/{slug}")
            if m is None:
                errors.append(f"{lang}/{slug}: not in meta.json")
            check_page(os.path.join(d, h), pe, lang, m, errors, warnings)
            pages += 1
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{pages} pages checked, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
