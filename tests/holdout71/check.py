#!/usr/bin/env python3
"""Self-check for holdout71. Builds its own DOM with html.parser, computes accessible names,
and verifies: page skeleton, valid attributes (no duplicates), unique ids, every expected label
is the accessible name of exactly one visible control unit (with the state recorded by the
builder), every hidden ai-training control really is hidden, 15-35 visible units in <main>."""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
ws = lambda s: re.sub(r"\s+", " ", s or "").strip()


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.kids = tag, attrs, parent, []

    def get(self, k, d=None):
        return self.attrs.get(k, d)

    def walk(self):
        yield self
        for k in self.kids:
            if isinstance(k, Node):
                yield from k.walk()

    def ancestors(self):
        n = self.parent
        while n is not None:
            yield n
            n = n.parent


class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.errors, self.comments, self.decl = [], [], []
        self.css = []

    def handle_starttag(self, tag, attrs):
        names = [a for a, _ in attrs]
        dup = {a for a in names if names.count(a) > 1}
        if dup:
            self.errors.append(f"duplicate attribute(s) {sorted(dup)} on <{tag}> at {self.getpos()}")
        n = Node(tag, {a: (v if v is not None else "") for a, v in attrs}, self.cur)
        self.cur.kids.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.cur = self.cur.parent

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is None:
            self.errors.append(f"stray </{tag}> at {self.getpos()}")
            return
        if n is not self.cur:
            self.errors.append(f"unclosed <{self.cur.tag}> before </{tag}> at {self.getpos()}")
        self.cur = n.parent

    def handle_data(self, d):
        if self.cur.tag == "style":
            self.css.append(d)
        self.cur.kids.append(d)

    def handle_comment(self, d):
        self.comments.append(d)

    def handle_decl(self, d):
        self.decl.append(d)


class Doc:
    def __init__(self, text):
        p = P()
        p.feed(text)
        p.close()
        self.p, self.root = p, p.root
        self.ids = {}
        self.dup_ids = []
        for n in self.root.walk():
            i = n.get("id")
            if i:
                if i in self.ids:
                    self.dup_ids.append(i)
                self.ids[i] = n
        css = " ".join(p.css)
        self.hide_classes = set()
        for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
            if re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", body):
                for s in sel.split(","):
                    m = re.fullmatch(r"\s*\.([\w-]+)\s*", s)
                    if m:
                        self.hide_classes.add(m.group(1))

    def self_hidden(self, n):
        st = n.get("style", "").replace(" ", "").lower()
        if n.tag in ("script", "style", "template"):
            return "template"
        if "hidden" in n.attrs:
            return "tab" if n.get("role") == "tabpanel" else "hidden"
        if "display:none" in st:
            return "display"
        if "visibility:hidden" in st:
            return "visibility"
        if n.get("aria-hidden") == "true":
            return "aria"
        if set(n.get("class", "").split()) & self.hide_classes:
            return "class"
        if n.tag == "dialog" and "open" not in n.attrs:
            return "dialog"
        return None

    def hidden(self, n):
        for x in [n, *n.ancestors()]:
            h = self.self_hidden(x)
            if h:
                return h
        return None

    # --- accessible name (subset of accname 1.2 sufficient for these pages)
    def text(self, n, root=True):
        out = []
        for k in n.kids:
            if isinstance(k, str):
                out.append(k)
            elif not self.self_hidden(k) and k.tag not in ("input", "select", "textarea"):
                if k.get("aria-label") and not root:
                    out.append(" " + k.get("aria-label") + " ")
                else:
                    out.append(" " + self.text(k, False) + " " if k.tag not in ("span", "strong", "em", "b", "i", "a") else self.text(k, False))
        return "".join(out)

    def by(self, n):
        ids = n.get("aria-labelledby", "").split()
        parts = []
        for i in ids:
            t = self.ids.get(i)
            if t is None:
                raise KeyError(f"aria-labelledby target {i} missing")
            parts.append(ws(t.get("aria-label") or self.text(t)))
        return ws(" ".join(parts))

    def name(self, n):
        if n.get("aria-labelledby"):
            return self.by(n)
        if n.get("aria-label"):
            return ws(n.get("aria-label"))
        if n.tag in ("input", "select", "textarea"):
            i = n.get("id")
            if i:
                for x in self.root.walk():
                    if x.tag == "label" and x.get("for") == i:
                        return ws(self.text(x))
            for a in n.ancestors():
                if a.tag == "label":
                    return ws(self.text(a))
            return ""
        if n.tag == "fieldset":
            for k in n.kids:
                if isinstance(k, Node) and k.tag == "legend":
                    return ws(self.text(k))
            return ""
        if n.tag == "button" or n.get("role") in ("switch", "tab", "checkbox", "radio"):
            return ws(self.text(n))
        return ""

    def units(self, scope):
        """Control units: radios grouped by fieldset / radiogroup, aria-pressed buttons by role=group."""
        units, seen = [], set()
        for n in scope.walk():
            t, role = n.tag, n.get("role")
            ctl = (t in ("select", "textarea", "button") or (t == "input" and n.get("type") != "hidden")
                   or role in ("switch", "checkbox", "radio"))
            if not ctl:
                continue
            grp = None
            if (t == "input" and n.get("type") == "radio") or role == "radio":
                grp = next((a for a in n.ancestors() if a.tag == "fieldset" or a.get("role") == "radiogroup"), None)
            elif t == "button" and "aria-pressed" in n.attrs:
                grp = next((a for a in n.ancestors() if a.get("role") == "group"), None)
            u = grp or n
            if id(u) in seen:
                continue
            seen.add(id(u))
            units.append(u)
        return units

    def state(self, u):
        if u.tag == "input" and u.get("type") == "checkbox":
            return "on" if "checked" in u.attrs else "off"
        if u.get("role") == "switch":
            return "on" if u.get("aria-checked") == "true" else "off"
        if u.tag == "select":
            for o in u.walk():
                if o.tag == "option" and "selected" in o.attrs:
                    return ws(self.text(o))
        if u.tag == "fieldset" or u.get("role") == "radiogroup":
            for r in u.walk():
                if r.tag == "input" and r.get("type") == "radio" and "checked" in r.attrs:
                    return ws(self.name(r))
        if u.get("role") == "group":
            for b in u.walk():
                if b.tag == "button" and b.get("aria-pressed") == "true":
                    return ws(self.text(b))
        if u.tag == "button":
            return "status"
        return None


def check_page(path, exp, meta):
    errs = []
    text = open(path, encoding="utf-8").read()
    d = Doc(text)
    errs += d.p.errors
    if d.dup_ids:
        errs.append(f"duplicate ids {d.dup_ids}")
    if not text.startswith("<!DOCTYPE html>"):
        errs.append("no doctype")
    m = re.search(r"<!-- saved from url=\((\d{4})\)(\S+) -->", text)
    if not m or int(m.group(1)) != len(m.group(2)) or m.group(2) != exp["url"]:
        errs.append("bad saved-from comment")
    html_el = next((n for n in d.root.walk() if n.tag == "html"), None)
    if not html_el or not html_el.get("lang", "").startswith(exp["lang"]):
        errs.append("html lang")
    header = next((n for n in d.root.walk() if n.tag == "header"), None)
    if not header:
        errs.append("no header")
    else:
        hs = list(header.walk())
        if not any(n.tag == "input" and n.get("type") == "search" for n in hs):
            errs.append("no search box")
        if not any(n.tag == "select" for n in hs):
            errs.append("no language select")
        b = next((n for n in hs if n.tag == "button" and n.get("aria-haspopup")), None)
        if not b or not d.ids.get(b.get("aria-controls")) or not d.hidden(d.ids[b.get("aria-controls")]):
            errs.append("account menu missing or not hidden")
    for t in ("nav", "footer", "main"):
        if not any(n.tag == t for n in d.root.walk()):
            errs.append(f"no <{t}>")
    main = next(n for n in d.root.walk() if n.tag == "main")
    units = d.units(main)
    named = []
    for u in units:
        try:
            named.append((u, d.name(u), d.hidden(u)))
        except KeyError as e:
            errs.append(str(e))
    vis = [x for x in named if not x[2]]
    if not 15 <= len(vis) <= 35:
        errs.append(f"{len(vis)} visible control units in main (want 15-35)")
    if len(vis) != meta["units"]:
        errs.append(f"builder counted {meta['units']} units, DOM has {len(vis)}")
    for u, nm, h in vis:
        if not nm:
            errs.append(f"visible control without a name: <{u.tag} {u.attrs}>")
    labs = [a["label"] for a in exp["ai_training"]]
    if len(set(labs)) != len(labs):
        errs.append("duplicate expected labels")
    for a, ma in zip(exp["ai_training"], meta["labelled"]):
        hits = [x for x in vis if x[1] == a["label"]]
        if len(hits) != 1:
            errs.append(f"label {a['label']!r}: {len(hits)} visible controls with that name")
            continue
        st = d.state(hits[0][0])
        if st != ma["state"]:
            errs.append(f"label {a['label']!r}: state {st!r}, builder said {ma['state']!r}")
        if a["sharing"] != ma["sharing"]:
            errs.append("expect/meta mismatch")
    if not meta["hidden"]:
        errs.append("no hidden ai-training control on the page")
    for hctl in meta["hidden"]:
        hits = [x for x in named if x[1] == hctl["label"]]
        if not hits:
            errs.append(f"hidden control {hctl['label']!r} not found")
        for u, nm, h in hits:
            if not h:
                errs.append(f"hidden control {nm!r} is visible")
            elif h != hctl["hide"] and not (hctl["hide"] == "tab" and h == "tab"):
                errs.append(f"hidden control {nm!r} hidden by {h}, builder said {hctl['hide']}")
    return errs, len(vis)


def main():
    meta = json.load(open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8"))
    bypage = {(m["lang"], m["name"]): m for m in meta["pages"]}
    total, bad, per = 0, 0, {}
    for lang in LANGS:
        files = sorted(f for f in os.listdir(os.path.join(ROOT, lang)) if f.endswith(".html"))
        for f in files:
            name = f[:-5]
            exp = json.load(open(os.path.join(ROOT, lang, name + ".expect.json"), encoding="utf-8"))
            m = bypage.get((lang, name))
            if not m:
                print(f"FAIL {lang}/{f}: not in meta.json"); bad += 1; continue
            errs, nv = check_page(os.path.join(ROOT, lang, f), exp, m)
            per[lang] = per.get(lang, 0) + len(exp["ai_training"])
            total += 1
            if errs:
                bad += 1
                for e in errs:
                    print(f"FAIL {lang}/{f}: {e}")
    print(f"{total} pages checked, {bad} failing; labelled per language: {per}, total {sum(per.values())}")
    for lang in LANGS:
        if not 12 <= per.get(lang, 0) <= 16:
            print(f"WARN {lang}: {per.get(lang, 0)} labelled (aim 12-16)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
