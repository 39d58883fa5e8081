#!/usr/bin/env python3
"""Self-check for the blind25 evaluation set (Python standard library only).

For every <lang>/<page>.html and its .expect.json it verifies that
  * the expect file has exactly the keys url, lang, notes, ai_training, each entry {label, sharing:bool};
  * url equals the `<!-- saved from url=(NNNN)URL -->` comment (NNNN = length of URL) and
    lang equals the directory and the primary subtag of <html lang>;
  * every label is the accessible name of exactly one VISIBLE control on the page and of no
    hidden control (names from aria-labelledby, aria-label, <label for>, wrapping <label>,
    <legend> for fieldset radio groups, text content for buttons/links/switches, value for
    input buttons, then title / placeholder);
  * labels are not repeated within a page;
  * the page has a header with a search box, a language <select> and an account control, and
    15-35 further visible controls (radio groups counted once).
Hidden = hidden attribute, aria-hidden="true", inline or single-class-rule display:none /
visibility:hidden, a <dialog> without `open`, on the element or an ancestor.  A closed
<details> is NOT hidden.

Usage: python3 check.py [-v]      (-v also lists unlabelled visible controls mentioning AI words)
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BLOCK = {"address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
         "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "legend",
         "li", "main", "nav", "ol", "p", "section", "summary", "table", "tbody", "td", "th", "thead", "tr", "ul", "br",
         "caption", "label"}
WIDGET_ROLES = {"button", "checkbox", "switch", "radio", "link", "menuitem", "menuitemcheckbox", "menuitemradio",
                "tab", "option", "combobox", "textbox", "slider", "spinbutton", "searchbox", "listbox"}
NAME_FROM_CONTENT = {"button", "checkbox", "switch", "radio", "link", "menuitem", "menuitemcheckbox",
                     "menuitemradio", "tab", "option", "summary"}
AI_WORDS = re.compile(r"\b(AI|IA|KI)\b|intelig|intellig|machine|\bmodel|modell|modèle|modelo|algorit|"
                      r"train|entra[iî]n|entren|trein|addestr|apprentissage|aprendiza|leer|lern", re.I)


class Node:
    __slots__ = ("tag", "attrs", "children", "parent", "text")

    def __init__(self, tag, attrs=None, parent=None, text=None):
        self.tag, self.attrs, self.parent, self.text = tag, attrs or {}, parent, text
        self.children = []

    def iter(self):
        yield self
        for c in self.children:
            if c.tag is not None:
                yield from c.iter()

    def ancestors(self):
        n = self.parent
        while n is not None:
            yield n
            n = n.parent


class TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document")
        self.stack = [self.root]
        self.comments = []
        self.styles = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        d = {}
        for k, v in attrs:
            d.setdefault(k, "" if v is None else v)
        # implicit closes
        if tag in ("p",) and self.stack[-1].tag == "p":
            self.stack.pop()
        if tag == "option" and self.stack[-1].tag == "option":
            self.stack.pop()
        if tag == "li" and self.stack[-1].tag == "li":
            self.stack.pop()
        n = Node(tag, d, self.stack[-1])
        self.stack[-1].children.append(n)
        if tag not in VOID:
            self.stack.append(n)
        if tag == "style":
            self._in_style = True

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack[-1].tag == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)
        t = Node(None, parent=self.stack[-1], text=data)
        self.stack[-1].children.append(t)

    def handle_comment(self, data):
        self.comments.append(data)


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


class Page:
    def __init__(self, path):
        self.path = path
        with open(path, encoding="utf-8") as f:
            self.source = f.read()
        tb = TreeBuilder()
        tb.feed(self.source)
        tb.close()
        self.root = tb.root
        self.comments = tb.comments
        self.by_id = {}
        for n in self.root.iter():
            if "id" in n.attrs:
                self.by_id.setdefault(n.attrs["id"], n)
        self.hidden_classes = set()
        for css in tb.styles:
            for sel, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
                if re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", body):
                    for one in sel.split(","):
                        m = re.fullmatch(r"\s*[a-z]*\.([A-Za-z0-9_-]+)\s*", one)
                        if m:
                            self.hidden_classes.add(m.group(1))
        self.labels_for = {}
        for n in self.root.iter():
            if n.tag == "label" and n.attrs.get("for"):
                self.labels_for.setdefault(n.attrs["for"], []).append(n)

    # ------------------------------------------------------------ visibility
    def self_hidden(self, n):
        a = n.attrs
        if "hidden" in a:
            return True
        if a.get("aria-hidden", "").lower() == "true":
            return True
        st = a.get("style", "").replace(" ", "").lower()
        if "display:none" in st or "visibility:hidden" in st:
            return True
        if set(a.get("class", "").split()) & self.hidden_classes:
            return True
        if n.tag == "dialog" and "open" not in a:
            return True
        if n.tag in ("template", "script", "style", "head", "title"):
            return True
        if n.tag == "input" and a.get("type", "").lower() == "hidden":
            return True
        return False

    def hidden(self, n):
        if self.self_hidden(n):
            return True
        return any(self.self_hidden(x) for x in n.ancestors())

    # ------------------------------------------------------------ names
    def text_of(self, n, skip=None, top=True):
        """Text alternative computed from content (simplified accname)."""
        if n.tag is None:
            return n.text
        if n is skip:
            return ""
        if not top and self.self_hidden(n):
            return ""
        if not top and n.attrs.get("aria-label", "").strip():
            return " " + n.attrs["aria-label"] + " "
        if n.tag == "img":
            return n.attrs.get("alt", "")
        if n.tag == "input":
            t = n.attrs.get("type", "text").lower()
            if t in ("checkbox", "radio"):
                return ""
            if t in ("submit", "button", "reset"):
                return n.attrs.get("value", "")
            return n.attrs.get("value", "")
        if n.tag == "select" and not top:
            for o in n.iter():
                if o.tag == "option" and "selected" in o.attrs:
                    return " " + self.text_of(o, top=False) + " "
            for o in n.iter():
                if o.tag == "option":
                    return " " + self.text_of(o, top=False) + " "
            return ""
        if n.tag in ("svg", "script", "style"):
            return ""
        parts = [self.text_of(c, skip=skip, top=False) for c in n.children]
        s = "".join(parts)
        if n.tag in BLOCK:
            s = " " + s + " "
        return s

    def labelledby(self, n):
        ids = n.attrs.get("aria-labelledby", "").split()
        if not ids:
            return None
        out = []
        for i in ids:
            ref = self.by_id.get(i)
            if ref is not None:
                if ref.attrs.get("aria-label", "").strip() and ref is not n:
                    out.append(ref.attrs["aria-label"])
                else:
                    out.append(self.text_of(ref, skip=n))
        return norm(" ".join(out))

    def role(self, n):
        r = n.attrs.get("role", "").strip().split()
        if r:
            return r[0]
        t = n.tag
        if t == "button":
            return "button"
        if t == "a" and "href" in n.attrs:
            return "link"
        if t == "summary":
            return "summary"
        if t == "input":
            ty = n.attrs.get("type", "text").lower()
            return {"checkbox": "checkbox", "radio": "radio", "submit": "button", "button": "button",
                    "reset": "button", "image": "button", "search": "searchbox", "range": "slider"}.get(ty, "textbox")
        if t == "select":
            return "combobox"
        if t == "textarea":
            return "textbox"
        return None

    def name(self, n):
        v = self.labelledby(n)
        if v:
            return v
        if n.attrs.get("aria-label", "").strip():
            return norm(n.attrs["aria-label"])
        if n.tag in ("input", "select", "textarea"):
            ty = n.attrs.get("type", "text").lower()
            if n.tag == "input" and ty in ("submit", "button", "reset"):
                return norm(n.attrs.get("value", ""))
            if n.tag == "input" and ty == "image":
                return norm(n.attrs.get("alt", ""))
            labs = list(self.labels_for.get(n.attrs.get("id", ""), [])) if n.attrs.get("id") else []
            for anc in n.ancestors():
                if anc.tag == "label" and anc not in labs:
                    labs.append(anc)
                    break
            if labs:
                s = norm(" ".join(self.text_of(l, skip=n) for l in labs))
                if s:
                    return s
        if n.tag == "fieldset":
            for c in n.children:
                if c.tag == "legend":
                    return norm(self.text_of(c))
        if n.tag == "details":
            return ""
        r = self.role(n)
        if r in NAME_FROM_CONTENT:
            s = norm(self.text_of(n))
            if s:
                return s
        if n.attrs.get("title"):
            return norm(n.attrs["title"])
        if n.attrs.get("placeholder"):
            return norm(n.attrs["placeholder"])
        return ""

    # ------------------------------------------------------------ controls
    def controls(self):
        """Yield (node, kind). Radio groups appear as one control (fieldset or role=radiogroup)."""
        out = []
        grouped = set()
        for n in self.root.iter():
            r = n.attrs.get("role", "")
            if n.tag == "fieldset" or r == "radiogroup":
                radios = [x for x in n.iter() if x.tag == "input" and x.attrs.get("type", "").lower() == "radio"]
                if radios or r == "radiogroup":
                    out.append((n, "radiogroup"))
                    grouped.update(id(x) for x in radios)
        for n in self.root.iter():
            if n.tag is None or n.tag in ("#document",):
                continue
            t = n.tag
            r = n.attrs.get("role", "")
            kind = None
            if t == "input":
                ty = n.attrs.get("type", "text").lower()
                if ty == "hidden":
                    continue
                kind = "radio" if ty == "radio" else ty
            elif t in ("select", "textarea", "button", "summary"):
                kind = t
            elif t == "a" and "href" in n.attrs:
                kind = "link"
            elif r in WIDGET_ROLES:
                kind = r
            if kind:
                out.append((n, kind))
        return out, grouped


def in_tag(n, tags):
    return any(a.tag in tags for a in n.ancestors())


def check_page(lang, base, verbose):
    errors, info = [], {}
    hp = os.path.join(ROOT, lang, base + ".html")
    ep = os.path.join(ROOT, lang, base + ".expect.json")
    where = f"{lang}/{base}"
    if not os.path.exists(ep):
        return [f"{where}: missing .expect.json"], info
    try:
        with open(ep, encoding="utf-8") as f:
            exp = json.load(f)
    except Exception as e:  # noqa
        return [f"{where}: bad JSON: {e}"], info
    if set(exp) != {"url", "lang", "notes", "ai_training"}:
        errors.append(f"{where}: expect keys are {sorted(exp)}")
    pg = Page(hp)
    m = None
    for c in pg.comments:
        m = re.fullmatch(r"\s*saved from url=\((\d{4})\)(\S+)\s*", c)
        if m:
            break
    if not m:
        errors.append(f"{where}: no saved-from comment")
    else:
        if int(m.group(1)) != len(m.group(2)):
            errors.append(f"{where}: saved-from length {m.group(1)} != {len(m.group(2))}")
        if m.group(2) != exp.get("url"):
            errors.append(f"{where}: url mismatch {m.group(2)!r} vs {exp.get('url')!r}")
    htmls = [n for n in pg.root.iter() if n.tag == "html"]
    hl = htmls[0].attrs.get("lang", "") if htmls else ""
    if hl.split("-")[0].lower() != exp.get("lang") or exp.get("lang") != lang:
        errors.append(f"{where}: lang mismatch html={hl!r} expect={exp.get('lang')!r} dir={lang!r}")
    if not isinstance(exp.get("notes"), str) or not exp.get("notes").strip():
        errors.append(f"{where}: empty notes")

    ctrls, grouped = pg.controls()
    named = [(n, k, pg.name(n), pg.hidden(n)) for n, k in ctrls]

    # header decoys
    headers = [n for n in pg.root.iter() if n.tag == "header"]
    if not headers:
        errors.append(f"{where}: no <header>")
    else:
        hdr = headers[0]
        hctl = [(n, k, nm, hd) for n, k, nm, hd in named if not hd and (n is hdr or hdr in list(n.ancestors()))]
        if not any(k in ("search", "text") for _, k, _, _ in hctl):
            errors.append(f"{where}: header lacks a search box")
        if not any(k == "select" for _, k, _, _ in hctl):
            errors.append(f"{where}: header lacks a language select")
        if not any(k in ("button", "summary", "link") and re.search(
                r"account|konto|compte|cuenta|conta|profilo|area (personale|riservata)|mijn", nm or "", re.I)
                for _, k, nm, _ in hctl):
            errors.append(f"{where}: header lacks an account menu")

    # count further visible controls (outside header/footer; radios counted via their group)
    further = 0
    for n, k, nm, hd in named:
        if hd or in_tag(n, ("header", "footer", "nav")) or n.tag in ("header",):
            continue
        if k == "radio" and id(n) in grouped:
            continue
        if k == "link" and not in_tag(n, ("main",)):
            continue
        further += 1
    info["controls"] = further
    if not 15 <= further <= 35:
        errors.append(f"{where}: {further} further visible controls (want 15-35)")

    labels = exp.get("ai_training", [])
    seen = set()
    for e in labels:
        if set(e) != {"label", "sharing"} or not isinstance(e.get("sharing"), bool) or not isinstance(e.get("label"), str):
            errors.append(f"{where}: bad entry {e}")
            continue
        lab = norm(e["label"])
        if lab in seen:
            errors.append(f"{where}: duplicate label {lab!r}")
        seen.add(lab)
        vis = [x for x in named if x[2] == lab and not x[3]]
        hid = [x for x in named if x[2] == lab and x[3]]
        if len(vis) != 1:
            errors.append(f"{where}: label {lab!r} names {len(vis)} visible controls")
        if hid:
            errors.append(f"{where}: label {lab!r} names a hidden control")
    info["labels"] = len(labels)
    info["true"] = sum(1 for e in labels if e.get("sharing") is True)
    info["false"] = sum(1 for e in labels if e.get("sharing") is False)
    info["hidden_ai"] = [x[2] for x in named if x[3] and x[1] != "radio" and AI_WORDS.search(x[2] or "")
                         and not in_tag(x[0], ("header",))]
    if verbose:
        info["ai_decoys"] = [x[2] for x in named if not x[3] and x[2] not in seen and AI_WORDS.search(x[2] or "")
                             and x[1] != "radio"]
    return errors, info


def main():
    verbose = "-v" in sys.argv
    all_err = []
    totals = {}
    print(f"{'page':48} {'ctl':>4} {'lab':>4} {'T':>3} {'F':>3} {'hidAI':>5}")
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        if not os.path.isdir(d):
            all_err.append(f"{lang}: missing directory")
            continue
        pages = sorted(f[:-5] for f in os.listdir(d) if f.endswith(".html"))
        for f in os.listdir(d):
            if f.endswith(".expect.json") and f[:-12] not in pages:
                all_err.append(f"{lang}/{f}: expect without page")
        t = totals.setdefault(lang, {"pages": 0, "labels": 0, "true": 0, "false": 0, "hidden_ai": 0})
        for base in pages:
            errs, info = check_page(lang, base, verbose)
            all_err += errs
            t["pages"] += 1
            for k in ("labels", "true", "false"):
                t[k] += info.get(k, 0)
            t["hidden_ai"] += len(info.get("hidden_ai", []))
            print(f"{lang + '/' + base:48} {info.get('controls', 0):>4} {info.get('labels', 0):>4} "
                  f"{info.get('true', 0):>3} {info.get('false', 0):>3} {len(info.get('hidden_ai', [])):>5}")
            if verbose:
                for x in info.get("hidden_ai", []):
                    print(f"      hidden: {x}")
                for x in info.get("ai_decoys", []):
                    print(f"      decoy?: {x}")
    print()
    print(f"{'lang':6} {'pages':>5} {'labels':>6} {'true':>5} {'false':>5} {'hidden AI-named ctl':>20}")
    tot = {"pages": 0, "labels": 0, "true": 0, "false": 0, "hidden_ai": 0}
    for lang, t in totals.items():
        print(f"{lang:6} {t['pages']:>5} {t['labels']:>6} {t['true']:>5} {t['false']:>5} {t['hidden_ai']:>20}")
        for k in tot:
            tot[k] += t[k]
    print(f"{'all':6} {tot['pages']:>5} {tot['labels']:>6} {tot['true']:>5} {tot['false']:>5} {tot['hidden_ai']:>20}")
    print()
    if all_err:
        for e in all_err:
            print("ERROR", e)
        print(f"\n{len(all_err)} error(s)")
        sys.exit(1)
    print("OK: no errors")


if __name__ == "__main__":
    main()
