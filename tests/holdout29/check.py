#!/usr/bin/env python3
"""Self-check for the blind29 corpus (standard library only).

For every <lang>/<page>.html + .expect.json pair it verifies:
  * line 1 is <!DOCTYPE html>, line 2 the "saved from url=(NNNN)URL" comment with the right
    length, line 3 <html lang="..."> matching the expect lang (pt pages: pt-BR / pt-PT);
  * the expect file is valid JSON with exactly url/lang/notes/ai_training, and url == comment URL;
  * every expected label is the accessible name (computed roughly as a browser does:
    aria-labelledby > aria-label > label[for] / wrapping label > legend > content > title)
    of exactly one VISIBLE control and of no hidden control;
  * expected labels on one page do not contain one another;
  * page chrome: search box, language select, account-menu button whose menu is hidden,
    side navigation and footer; 15-35 further visible controls inside <main>;
  * tools/meta.json (if present) agrees with the expect files, and every hidden AI-training
    decoy it lists is the name of a hidden control and of no visible one.
Warnings (not errors) list other visible controls whose names contain / are contained in an
expected label.

Usage: python3 check.py [-v]
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "source", "track", "wbr"}
BLOCK = {"address", "article", "aside", "blockquote", "br", "caption", "dd", "details",
         "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
         "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "legend", "li", "main", "nav",
         "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
         "thead", "tr", "ul"}
WIDGET_ROLES = {"button", "link", "switch", "checkbox", "radio", "menuitem",
                "menuitemcheckbox", "menuitemradio", "tab", "combobox", "textbox",
                "searchbox", "slider", "spinbutton", "radiogroup"}
CONTENT_ROLES = {"button", "link", "switch", "checkbox", "radio", "menuitem",
                 "menuitemcheckbox", "menuitemradio", "tab", "option", "treeitem"}


def norm(s):
    return " ".join((s or "").split())


def low(s):
    return norm(s).casefold()


class Node:
    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = attrs
        self.children = []
        self.parent = parent

    def ancestors(self):
        x = self.parent
        while x is not None:
            yield x
            x = x.parent

    def walk(self):
        for c in self.children:
            if isinstance(c, Node):
                yield c
                yield from c.walk()


class TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.stack = [self.root]
        self.styles = []

    def _node(self, tag, attrs):
        n = Node(tag, {k: ("" if v is None else v) for k, v in attrs}, self.stack[-1])
        self.stack[-1].children.append(n)
        return n

    def handle_starttag(self, tag, attrs):
        n = self._node(tag, attrs)
        if tag not in VOID:
            self.stack.append(n)

    def handle_startendtag(self, tag, attrs):
        self._node(tag, attrs)

    def handle_endtag(self, tag):
        for k in range(len(self.stack) - 1, 0, -1):
            if self.stack[k].tag == tag:
                del self.stack[k:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)
        if self.stack[-1].tag == "style":
            self.styles.append(data)


class Doc:
    def __init__(self, html):
        tb = TreeBuilder()
        tb.feed(html)
        tb.close()
        self.root = tb.root
        self.nodes = list(self.root.walk())
        self.ids = {}
        self.labels_for = {}
        self.dup_ids = []
        for n in self.nodes:
            i = n.attrs.get("id")
            if i:
                if i in self.ids:
                    self.dup_ids.append(i)
                self.ids[i] = n
            if n.tag == "label" and n.attrs.get("for"):
                self.labels_for.setdefault(n.attrs["for"], []).append(n)
        self.hidden_classes = set()
        for css in tb.styles:
            for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
                b = body.replace(" ", "").lower()
                if "display:none" in b or "visibility:hidden" in b:
                    for one in sel.split(","):
                        one = one.strip()
                        if re.fullmatch(r"\.[A-Za-z0-9_-]+", one):
                            self.hidden_classes.add(one[1:])

    # ---------------------------------------------------------------- visibility
    def self_hidden(self, n):
        a = n.attrs
        if n.tag in ("head", "script", "style", "template", "title", "noscript"):
            return True
        if "hidden" in a:
            return True
        if a.get("aria-hidden", "").strip().lower() == "true":
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
        x = n
        while x is not None and x.tag != "#root":
            if self.self_hidden(x):
                return True
            x = x.parent
        return False

    # ---------------------------------------------------------------- names
    def text(self, n, exclude=None):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
                continue
            if c is exclude or self.self_hidden(c):
                continue
            al = c.attrs.get("aria-label", "").strip()
            if al and c.tag not in ("input", "select", "textarea"):
                out.append(" " + al + " ")
                continue
            if c.tag == "img":
                out.append(c.attrs.get("alt", ""))
                continue
            if c.tag == "select":
                opts = [o for o in c.walk() if o.tag == "option"]
                sel = [o for o in opts if "selected" in o.attrs] or opts[:1]
                out.append(" " + (self.text(sel[0]) if sel else "") + " ")
                continue
            if c.tag == "input":
                if c.attrs.get("type", "text") in ("text", "search", "email", "url", "tel",
                                                  "number"):
                    out.append(" " + c.attrs.get("value", "") + " ")
                continue
            if c.tag == "textarea":
                continue
            sub = self.text(c, exclude)
            out.append(" " + sub + " " if c.tag in BLOCK else sub)
        return "".join(out)

    def name(self, n):
        a = n.attrs
        role = a.get("role", "").strip()
        ids = a.get("aria-labelledby", "").split()
        if ids:
            parts = []
            for i in ids:
                r = self.ids.get(i)
                if r is None:
                    continue
                al = r.attrs.get("aria-label", "").strip()
                parts.append(al if (al and r is not n) else self.text(r))
            v = norm(" ".join(parts))
            if v:
                return v
        al = a.get("aria-label", "").strip()
        if al:
            return norm(al)
        t = n.tag
        typ = a.get("type", "text").lower()
        if t == "input" and typ in ("submit", "button", "reset"):
            return norm(a.get("value", "") or {"submit": "Submit", "reset": "Reset"}.get(typ, ""))
        if t in ("input", "select", "textarea"):
            parts = []
            labs = list(self.labels_for.get(a.get("id", ""), [])) if a.get("id") else []
            for anc in n.ancestors():
                if anc.tag == "label":
                    if anc not in labs:
                        labs.append(anc)
                    break
            for lab in labs:
                parts.append(self.text(lab, exclude=n))
            v = norm(" ".join(parts))
            if v:
                return v
            return norm(a.get("title", "") or a.get("placeholder", ""))
        if t == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return norm(self.text(c))
            return norm(a.get("title", ""))
        if t in ("button", "a", "summary") or role in CONTENT_ROLES:
            v = norm(self.text(n))
            if v:
                return v
        return norm(a.get("title", ""))

    # ---------------------------------------------------------------- controls
    def is_control(self, n):
        t = n.tag
        a = n.attrs
        role = a.get("role", "").strip()
        if t == "input":
            return a.get("type", "text").lower() != "hidden"
        if t in ("select", "textarea", "button", "summary"):
            return True
        if t == "a" and "href" in a:
            return True
        if role in WIDGET_ROLES:
            return True
        if t == "fieldset" and any(x.tag == "input" and x.attrs.get("type") == "radio"
                                   for x in n.walk()):
            return True
        return False

    def is_group(self, n):
        return n.tag == "fieldset" or n.attrs.get("role") == "radiogroup"

    def controls(self):
        return [n for n in self.nodes if self.is_control(n)]

    def in_tag(self, n, tag):
        return any(x.tag == tag for x in n.ancestors())

    def further_controls(self):
        """Visible widgets inside <main> (groups are not counted, their radios are)."""
        return [n for n in self.controls()
                if not self.is_group(n) and self.in_tag(n, "main") and not self.hidden(n)]


def count_further(html):
    return len(Doc(html).further_controls())


# -------------------------------------------------------------------- checks
def check_page(lang, html_path, meta_entry, verbose=False):
    errs, warns = [], []
    base = html_path[:-5]
    exp_path = base + ".expect.json"
    with open(html_path, encoding="utf-8") as f:
        html = f.read()
    if not os.path.exists(exp_path):
        return [f"missing {exp_path}"], warns, None
    try:
        with open(exp_path, encoding="utf-8") as f:
            exp = json.load(f)
    except ValueError as e:
        return [f"invalid JSON: {e}"], warns, None
    if set(exp) != {"url", "lang", "notes", "ai_training"}:
        errs.append(f"expect keys {sorted(exp)}")
    if not isinstance(exp.get("ai_training"), list):
        errs.append("ai_training is not a list")
        exp["ai_training"] = []
    for e in exp["ai_training"]:
        if set(e) != {"label", "sharing"} or not isinstance(e.get("sharing"), bool) \
                or not isinstance(e.get("label"), str) or not e["label"].strip():
            errs.append(f"bad entry {e}")
    lines = html.split("\n")
    if lines[0] != "<!DOCTYPE html>":
        errs.append("line 1 is not <!DOCTYPE html>")
    m = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", lines[1] if len(lines) > 1 else "")
    if not m:
        errs.append("line 2 is not a saved-from comment")
    else:
        if int(m.group(1)) != len(m.group(2)):
            errs.append(f"URL length {m.group(1)} != {len(m.group(2))}")
        if exp.get("url") != m.group(2):
            errs.append(f"expect url {exp.get('url')} != {m.group(2)}")
    m2 = re.match(r'<html lang="([^"]+)"', lines[2] if len(lines) > 2 else "")
    if not m2:
        errs.append("line 3 is not <html lang=...>")
    else:
        hl = m2.group(1)
        if exp.get("lang") != lang:
            errs.append(f"expect lang {exp.get('lang')} != dir {lang}")
        if lang == "pt":
            if hl not in ("pt-BR", "pt-PT"):
                errs.append(f"pt page has html lang {hl}")
        elif hl.split("-")[0] != lang:
            errs.append(f"html lang {hl} != {lang}")

    doc = Doc(html)
    if doc.dup_ids:
        errs.append(f"duplicate ids {sorted(set(doc.dup_ids))}")
    for n in doc.nodes:
        for attr in ("aria-labelledby", "aria-describedby", "aria-controls", "for"):
            for i in n.attrs.get(attr, "").split():
                if i not in doc.ids:
                    errs.append(f"{attr} -> missing id {i}")
    ctrls = doc.controls()
    vis = [(n, doc.name(n)) for n in ctrls if not doc.hidden(n)]
    hid = [(n, doc.name(n)) for n in ctrls if doc.hidden(n)]

    # chrome
    header = [n for n in doc.nodes if n.tag == "header"]
    if not header:
        errs.append("no <header>")
    else:
        h = header[0]
        hw = list(h.walk())
        if not any(x.tag == "input" and x.attrs.get("type") == "search" and not doc.hidden(x)
                   for x in hw):
            errs.append("header has no visible search box")
        if not any(x.tag == "select" and not doc.hidden(x) and doc.name(x) for x in hw):
            errs.append("header has no named language select")
        acct = [x for x in hw if x.tag == "button" and x.attrs.get("aria-haspopup")]
        if not acct:
            errs.append("header has no account-menu button")
        else:
            tgt = doc.ids.get(acct[0].attrs.get("aria-controls", ""))
            if tgt is None or not doc.hidden(tgt):
                errs.append("account menu is missing or not hidden")
    if not any(n.tag == "nav" and not doc.in_tag(n, "main") for n in doc.nodes):
        errs.append("no side <nav>")
    if not any(n.tag == "footer" for n in doc.nodes):
        errs.append("no <footer>")
    further = doc.further_controls()
    if not 15 <= len(further) <= 35:
        errs.append(f"{len(further)} further visible controls (want 15-35)")
    for n, nm in vis:
        if not nm and not doc.is_group(n):
            errs.append(f"visible <{n.tag}> control without a name")

    # labels
    labels = [e["label"] for e in exp["ai_training"]]
    if len(set(map(low, labels))) != len(labels):
        errs.append("duplicate expected labels")
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            if low(a) in low(b) or low(b) in low(a):
                errs.append(f"labels contain each other: {a!r} / {b!r}")
    for e in exp["ai_training"]:
        L = norm(e["label"])
        if L != e["label"]:
            errs.append(f"label not whitespace-normalised: {e['label']!r}")
        hits = [n for n, nm in vis if nm == L]
        if len(hits) != 1:
            errs.append(f"label {L!r} names {len(hits)} visible controls")
            continue
        if any(nm == L for _, nm in hid):
            errs.append(f"label {L!r} also names a hidden control")
        target = hits[0]
        group_members = set(target.walk()) if doc.is_group(target) else set()
        for n, nm in vis:
            if n is target or n in group_members or len(nm) < 3:
                continue
            if low(L) in low(nm) or low(nm) in low(L):
                warns.append(f"{L!r} ~ visible {n.tag} {nm!r}")
        if verbose:
            print(f"    ok  {e['sharing']!s:5}  {L}")

    # meta
    if meta_entry is not None:
        if meta_entry["labelled"] != len(labels):
            errs.append("meta labelled count differs")
        if meta_entry["sharing_true"] != sum(1 for e in exp["ai_training"] if e["sharing"]):
            errs.append("meta sharing_true differs")
        if meta_entry["further_controls"] != len(further):
            errs.append("meta further_controls differs")
        if meta_entry["url"] != exp.get("url"):
            errs.append("meta url differs")
        for hn in meta_entry.get("hidden_ai_names", []):
            if not any(nm == norm(hn) for _, nm in hid):
                errs.append(f"hidden decoy {hn!r} is not the name of a hidden control")
            if any(nm == norm(hn) for _, nm in vis):
                errs.append(f"hidden decoy {hn!r} also names a visible control")
            for L in labels:
                if low(L) in low(hn) or low(hn) in low(L):
                    warns.append(f"hidden decoy {hn!r} ~ label {L!r}")
    return errs, warns, len(further)


def main():
    verbose = "-v" in sys.argv
    meta = {}
    mp = os.path.join(ROOT, "tools", "meta.json")
    if os.path.exists(mp):
        with open(mp, encoding="utf-8") as f:
            for p in json.load(f)["pages"]:
                meta[p["path"]] = p
    total_err = 0
    total_warn = 0
    n_pages = 0
    n_labels = 0
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        pages = sorted(x for x in os.listdir(d) if x.endswith(".html")) if os.path.isdir(d) else []
        if len(pages) != 5:
            print(f"ERROR {lang}: {len(pages)} pages (want 5)")
            total_err += 1
        for pg in pages:
            rel = f"{lang}/{pg}"
            if meta and rel not in meta:
                print(f"ERROR {rel}: not in meta.json")
                total_err += 1
            errs, warns, nf = check_page(lang, os.path.join(d, pg), meta.get(rel), verbose)
            n_pages += 1
            with open(os.path.join(d, pg[:-5] + ".expect.json"), encoding="utf-8") as f:
                try:
                    n_labels += len(json.load(f)["ai_training"])
                except Exception:
                    pass
            status = "FAIL" if errs else "ok"
            print(f"{status:4} {rel}  (further controls: {nf})")
            for e in errs:
                print(f"   ERROR {e}")
            for w in warns:
                print(f"   warn  {w}")
            total_err += len(errs)
            total_warn += len(warns)
    print(f"\n{n_pages} pages, {n_labels} labels, {total_err} errors, {total_warn} warnings")
    sys.exit(1 if total_err else 0)


if __name__ == "__main__":
    main()
