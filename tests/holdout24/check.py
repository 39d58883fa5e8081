#!/usr/bin/env python3
"""Self-check for the blind24 evaluation set (standard library only).

For every <lang>/<page>.html + <lang>/<page>.expect.json pair it verifies:
  * the expect file has exactly url, lang, notes, ai_training; labels are unique
    non-empty strings and sharing is a boolean;
  * url equals the URL in the `<!-- saved from url=(NNNN)URL -->` comment and NNNN
    is its length; lang equals the directory and the primary subtag of <html lang>;
  * every label is the accessible name of exactly one visible control on the page
    and of no hidden control (names computed from aria-labelledby, aria-label,
    <label for>, a wrapping <label>, <legend> for fieldsets, and text content for
    buttons, links, tabs, switches and the like);
  * no label contains, or is contained in, the name of another visible control
    (that would make the substring matching of the evaluation ambiguous);
  * the page has a header with a search box, a language select and an account
    menu, and 15-35 further visible controls outside header/nav/footer.
It then prints a summary per language and per page.  Exit status 1 on any error.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr"}
BLOCK = {"address", "article", "aside", "blockquote", "dd", "details", "dialog", "div",
         "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
         "h3", "h4", "h5", "h6", "header", "hr", "legend", "li", "main", "nav", "ol",
         "p", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
         "ul", "br", "option", "caption"}
WIDGET_ROLES = {"button", "checkbox", "switch", "radio", "radiogroup", "combobox",
                "listbox", "menuitem", "menuitemcheckbox", "menuitemradio", "option",
                "searchbox", "slider", "spinbutton", "tab", "textbox", "link"}
CONTENT_NAME_ROLES = {"button", "checkbox", "switch", "radio", "menuitem", "menuitemcheckbox",
                      "menuitemradio", "option", "tab", "link", "cell", "heading", "treeitem"}


class Node:
    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = attrs
        self.children = []
        self.parent = parent

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


class Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.comments = []
        self.styles = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        a = {}
        for k, v in attrs:
            a[k] = "" if v is None else v
        n = Node(tag, a, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n
        if tag == "style":
            self._in_style = True

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

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
            self.styles.append(data)
        self.cur.children.append(data)

    def handle_comment(self, data):
        self.comments.append(data)


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


class Doc:
    def __init__(self, text):
        t = Tree()
        t.feed(text)
        t.close()
        self.root = t.root
        self.comments = t.comments
        self.byid = {}
        for n in self.root.iter():
            i = n.get("id")
            if i and i not in self.byid:
                self.byid[i] = n
        self.hide_classes = set()
        css = re.sub(r"/\*.*?\*/", "", "\n".join(t.styles), flags=re.S)
        for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
            if re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", body):
                for s in sel.split(","):
                    s = s.strip()
                    m = re.fullmatch(r"\.([\w-]+)", s)
                    if m:
                        self.hide_classes.add(m.group(1))
        self.html = next((n for n in self.root.iter() if n.tag == "html"), None)

    # ------------------------------------------------------------ visibility
    def self_hidden(self, n):
        if n.tag in ("script", "style", "head", "template", "title", "meta"):
            return True
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
        if n.tag == "input" and n.get("type", "").lower() == "hidden":
            return True
        return False

    def hidden(self, n):
        if self.self_hidden(n):
            return True
        return any(self.self_hidden(a) for a in n.ancestors())

    # ------------------------------------------------------------ names
    def text(self, n, skip_hidden=True):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
                continue
            if c.tag in ("script", "style", "select", "textarea", "input", "template"):
                continue
            if skip_hidden and self.self_hidden(c):
                continue
            sep = " " if c.tag in BLOCK else ""
            if c.get("aria-label"):
                out.append(" " + c.get("aria-label") + " ")
                continue
            out.append(sep + self.text(c, skip_hidden) + sep)
        return "".join(out)

    def labels_for(self, n):
        labs = []
        i = n.get("id")
        if i:
            for m in self.root.iter():
                if m.tag == "label" and m.get("for") == i:
                    labs.append(m)
        for a in n.ancestors():
            if a.tag == "label" and not a.get("for"):
                labs.append(a)
                break
        return labs

    def name(self, n):
        lb = n.get("aria-labelledby")
        if lb:
            parts = []
            for i in lb.split():
                r = self.byid.get(i)
                if r is not None:
                    parts.append(self.text(r))
            s = norm(" ".join(parts))
            if s:
                return s
        al = norm(n.get("aria-label"))
        if al:
            return al
        role = n.get("role", "")
        if n.tag in ("input", "select", "textarea"):
            typ = n.get("type", "text").lower()
            if n.tag == "input" and typ in ("button", "submit", "reset"):
                return norm(n.get("value") or typ)
            labs = self.labels_for(n)
            if labs:
                return norm(" ".join(self.text(l) for l in labs))
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return norm(self.text(c))
        if n.tag in ("button", "a", "summary") or role in CONTENT_NAME_ROLES:
            s = norm(self.text(n))
            if s:
                return s
        return norm(n.get("title") or n.get("placeholder") or "")

    # ------------------------------------------------------------ controls
    def is_control(self, n):
        if n.tag == "input":
            return n.get("type", "text").lower() != "hidden"
        if n.tag in ("select", "textarea", "button", "summary"):
            return True
        if n.tag == "a" and "href" in n.attrs:
            return True
        if n.get("role") in WIDGET_ROLES:
            return True
        if n.tag == "fieldset" and any(m.tag == "input" and m.get("type") == "radio" for m in n.iter()):
            return True
        return False

    def is_group(self, n):
        return n.get("role") == "radiogroup" or n.tag == "fieldset"

    def controls(self):
        return [n for n in self.root.iter() if self.is_control(n)]


def in_region(n, tags):
    return any(a.tag in tags for a in n.ancestors())


def contains(a, b):
    a, b = a.lower(), b.lower()
    return a in b or b in a


def check_page(lang, stem, errors, warnings):
    base = os.path.join(ROOT, lang, stem)
    rel = f"{lang}/{stem}"
    with open(base + ".html", encoding="utf-8") as f:
        text = f.read()
    with open(base + ".expect.json", encoding="utf-8") as f:
        exp = json.load(f)

    def err(msg):
        errors.append(f"{rel}: {msg}")

    def warn(msg):
        warnings.append(f"{rel}: {msg}")

    if set(exp) != {"url", "lang", "notes", "ai_training"}:
        err(f"expect keys are {sorted(exp)}")
    if exp.get("lang") != lang:
        err(f"expect lang {exp.get('lang')!r} != directory {lang!r}")
    if not isinstance(exp.get("notes"), str) or not exp.get("notes").strip():
        err("notes missing")
    doc = Doc(text)
    m = re.search(r"<!-- saved from url=\((\d{4})\)(\S+) -->", text)
    if not m:
        err("no saved-from comment")
    else:
        if int(m.group(1)) != len(m.group(2)):
            err(f"saved-from length {m.group(1)} != {len(m.group(2))}")
        if m.group(2) != exp.get("url"):
            err(f"url {exp.get('url')!r} != saved-from {m.group(2)!r}")
    hl = doc.html.get("lang") if doc.html is not None else None
    if not hl or hl.split("-")[0].lower() != lang:
        err(f"<html lang={hl!r}> does not match {lang}")

    ctrls = doc.controls()
    info = []
    for c in ctrls:
        info.append((c, doc.name(c), doc.hidden(c)))
    visible = [(c, nm) for c, nm, h in info if not h]
    hidden = [(c, nm) for c, nm, h in info if h]

    labels = exp.get("ai_training", [])
    seen = set()
    matched_nodes = set()
    for e in labels:
        lab = e.get("label")
        if not isinstance(lab, str) or not lab.strip():
            err(f"bad label {e!r}")
            continue
        if not isinstance(e.get("sharing"), bool):
            err(f"sharing not boolean for {lab!r}")
        if set(e) != {"label", "sharing"}:
            err(f"entry keys {sorted(e)}")
        nl = norm(lab)
        if nl != lab:
            err(f"label not whitespace-normalised: {lab!r}")
        if nl.lower() in seen:
            err(f"duplicate label {lab!r}")
        seen.add(nl.lower())
        hits = [c for c, nm in visible if nm == nl]
        if len(hits) != 1:
            err(f"label {lab!r} names {len(hits)} visible controls (want 1)")
        else:
            matched_nodes.add(id(hits[0]))
        hh = [c for c, nm in hidden if nm == nl]
        if hh:
            err(f"label {lab!r} is also the name of {len(hh)} hidden control(s)")
        for c, nm in hidden:
            if nm and nm != nl and contains(nm, nl) and len(nm.split()) > 1:
                warn(f"label {lab!r} overlaps hidden control name {nm!r}")
    # ambiguity: a label contained in / containing another visible control's name.
    # Another labelled control, or a decoy whose name has two or more words, is an
    # error; a one-word decoy (a logo link, "Account") is ignored.
    labset = {norm(e.get("label", "")) for e in labels}
    for e in labels:
        nl = norm(e.get("label", ""))
        for c, nm in visible:
            if nm == nl:
                continue
            if nm and contains(nm, nl) and (nm in labset or len(nm.split()) > 1):
                err(f"label {nl!r} overlaps the name of another visible control {nm!r} ({c.tag})")

    # header decoys
    header = next((n for n in doc.root.iter() if n.tag == "header"), None)
    if header is None:
        err("no <header>")
    else:
        hs = [n for n in header.iter() if n.tag == "input" and n.get("type") == "search" and not doc.hidden(n)]
        hsel = [n for n in header.iter() if n.tag == "select" and not doc.hidden(n)]
        hacc = [n for n in header.iter() if n.tag in ("button", "summary") and not doc.hidden(n)
                and (n.get("aria-haspopup") or n.tag == "summary")]
        if not hs:
            err("header has no visible search box")
        if not hsel:
            err("header has no visible language select")
        if not hacc:
            err("header has no account menu button")
    further = [c for c, nm in visible
               if not in_region(c, {"header", "nav", "footer"})
               and not doc.is_group(c) and c.tag != "summary"]
    nf = len(further)
    if not 15 <= nf <= 35:
        err(f"{nf} further visible controls (want 15-35)")
    for c, nm in visible:
        if not nm and not in_region(c, {"header"}):
            warn(f"visible <{c.tag}> without accessible name")
    return {
        "lang": lang, "page": stem, "url": exp.get("url"),
        "labelled": len(labels),
        "true": sum(1 for e in labels if e.get("sharing") is True),
        "false": sum(1 for e in labels if e.get("sharing") is False),
        "controls": nf,
        "hidden_controls": len(hidden),
    }


def main():
    errors, warnings, rows = [], [], []
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        if not os.path.isdir(d):
            errors.append(f"missing directory {lang}/")
            continue
        files = sorted(os.listdir(d))
        stems = sorted({f[:-5] for f in files if f.endswith(".html")})
        jstems = sorted({f[:-12] for f in files if f.endswith(".expect.json")})
        for s in set(stems) ^ set(jstems):
            errors.append(f"{lang}/{s}: html/expect pair incomplete")
        for f in files:
            if not (f.endswith(".html") or f.endswith(".expect.json")):
                errors.append(f"{lang}/{f}: unexpected file")
        for s in stems:
            if s in jstems:
                rows.append(check_page(lang, s, errors, warnings))

    print(f"{'page':44} {'ctrls':>5} {'lab':>4} {'true':>4} {'false':>5}")
    for r in rows:
        print(f"{r['lang'] + '/' + r['page']:44} {r['controls']:5} {r['labelled']:4} {r['true']:4} {r['false']:5}")
    print()
    print(f"{'lang':5} {'pages':>5} {'labelled':>8} {'true':>5} {'false':>5}")
    tot = [0, 0, 0, 0]
    per = {}
    for lang in LANGS:
        rs = [r for r in rows if r["lang"] == lang]
        v = [len(rs), sum(r["labelled"] for r in rs), sum(r["true"] for r in rs), sum(r["false"] for r in rs)]
        per[lang] = v
        tot = [a + b for a, b in zip(tot, v)]
        print(f"{lang:5} {v[0]:5} {v[1]:8} {v[2]:5} {v[3]:5}")
    print(f"{'all':5} {tot[0]:5} {tot[1]:8} {tot[2]:5} {tot[3]:5}")

    # README counts must agree with the files
    rp = os.path.join(ROOT, "README.md")
    if os.path.exists(rp):
        with open(rp, encoding="utf-8") as f:
            readme = f.read()
        for lang in LANGS + ["all"]:
            m = re.search(r"^\|\s*" + lang + r"\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|",
                          readme, re.M)
            want = per.get(lang, tot)
            if not m:
                errors.append(f"README.md: no counts row for {lang}")
                continue
            got = [int(m.group(1)), int(m.group(3)), int(m.group(4)), int(m.group(5))]
            if got != want:
                errors.append(f"README.md: counts row {lang} says pages/labelled/true/false {got}, files say {want}")
    else:
        errors.append("README.md missing")

    print()
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"\n{len(rows)} pages, {tot[1]} labelled controls, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
