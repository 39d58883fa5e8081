#!/usr/bin/env python3
"""Self-check for holdout79: parse each page into a DOM with html.parser, compute accessible
names and visibility, and verify the .expect.json labels and the one hidden AI control per page."""
import json, re, sys, collections
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
TRAIN_WORDS = re.compile(r"train|entren|trein|addestr|modell|modèle|modelo|model|ki-|\bia\b|\bai\b|machine", re.I)

def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()

class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []
    def get(self, k, d=None):
        v = self.attrs.get(k, d)
        return "" if v is None and k in self.attrs else v
    def has(self, k):
        return k in self.attrs
    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

class Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None); self.cur = self.root
        self.comments, self.decl = [], None
    def handle_decl(self, d):
        self.decl = d
    def handle_comment(self, d):
        self.comments.append(d)
    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur); self.cur.children.append(n)
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
    def handle_data(self, d):
        self.cur.children.append(d)

class Doc:
    def __init__(self, text):
        b = Builder(); b.feed(text); b.close()
        self.b, self.root = b, b.root
        self.byid = {n.get("id"): n for n in self.root.iter() if n.get("id")}
        css = " ".join(self.text(n, skip_hidden=False, raw=True) for n in self.root.iter() if n.tag == "style")
        self.hidden_classes = set()
        for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
            if re.search(r"display\s*:\s*none", body):
                for s in sel.split(","):
                    m = re.fullmatch(r"\s*\.([\w-]+)\s*", s)
                    if m:
                        self.hidden_classes.add(m.group(1))

    def own_hiding(self, n):
        st = (n.get("style") or "").replace(" ", "").lower()
        if n.has("hidden"):
            return "tab" if n.get("role") == "tabpanel" else "hidden"
        if "display:none" in st:
            return "display"
        if set((n.get("class") or "").split()) & self.hidden_classes:
            return "class"
        if n.get("aria-hidden") == "true":
            return "aria"
        if "visibility:hidden" in st:
            return "visibility"
        if n.tag == "dialog" and not n.has("open"):
            return "dialog"
        return None

    def hiding(self, n):
        while n is not None and n.tag != "#root":
            r = self.own_hiding(n)
            if r:
                return r
            n = n.parent
        return None

    def text(self, n, skip_hidden=True, raw=False):
        out = []
        def walk(x, top):
            for c in x.children:
                if isinstance(c, str):
                    out.append(c)
                elif c.tag in ("style", "script") and not raw:
                    continue
                elif skip_hidden and self.own_hiding(c) in ("hidden", "display", "class", "aria", "visibility"):
                    continue
                elif c.tag in ("input", "select", "textarea"):
                    continue
                else:
                    walk(c, False)
        walk(n, True)
        return "".join(out) if raw else norm(" ".join(out) if False else "".join(out))

    def name(self, n):
        lb = n.get("aria-labelledby")
        if lb:
            return norm(" ".join(self.text(self.byid[i]) for i in lb.split() if i in self.byid))
        if n.get("aria-label"):
            return norm(n.get("aria-label"))
        if n.tag in ("input", "select", "textarea"):
            if n.get("id"):
                for l in self.root.iter():
                    if l.tag == "label" and l.get("for") == n.get("id"):
                        return self.text(l)
            p = n.parent
            while p is not None:
                if p.tag == "label":
                    return self.text(p)
                p = p.parent
            return ""
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return self.text(c)
            return ""
        if n.tag == "button" or n.get("role") in ("switch", "radio", "tab", "checkbox", "menuitem", "option"):
            return self.text(n)
        return ""

    def controls(self):
        for n in self.root.iter():
            role = n.get("role")
            if (n.tag in ("select", "textarea", "button", "fieldset") or
                    (n.tag == "input" and n.get("type") != "hidden") or
                    role in ("switch", "radio", "radiogroup", "group", "checkbox", "tab")):
                yield n

    def inside(self, n, pred):
        p = n.parent
        while p is not None:
            if pred(p):
                return True
            p = p.parent
        return False

    def is_unit(self, n):
        role = n.get("role")
        if role in ("tab", "radio") or (n.tag == "input" and n.get("type") == "radio"):
            return False
        if n.tag == "button" and self.inside(n, lambda p: p.get("role") in ("group", "radiogroup")):
            return False
        return True

def main():
    meta = json.loads((ROOT / "tools" / "meta.json").read_text())
    errors, warns = [], []
    per_lang = collections.defaultdict(lambda: collections.Counter())
    methods = collections.Counter()
    pages = 0
    for m in meta["pages"]:
        lang, page = m["lang"], m["page"]
        base = ROOT / lang / page
        html = (base.with_suffix(".html")).read_text(encoding="utf-8")
        exp = json.loads(Path(str(base) + ".expect.json").read_text(encoding="utf-8"))
        E = lambda msg: errors.append(f"{lang}/{page}: {msg}")
        pages += 1
        if set(exp) != {"url", "lang", "notes", "ai_training"}:
            E(f"expect keys {sorted(exp)}")
        d = Doc(html)
        if not html.startswith("<!DOCTYPE html>") or (d.b.decl or "").lower() != "doctype html":
            E("no doctype")
        sv = [c for c in d.b.comments if c.strip().startswith("saved from url=")]
        mm = re.match(r"\s*saved from url=\((\d{4})\)(\S+)\s*$", sv[0]) if sv else None
        if not mm or mm.group(2) != exp["url"] or int(mm.group(1)) != len(exp["url"]):
            E("saved-from comment missing or inconsistent with url")
        htmln = next(n for n in d.root.iter() if n.tag == "html")
        if htmln.get("lang") != exp["lang"] or exp["lang"] != ("pt-BR" if lang == "pt" else lang):
            E(f"lang {htmln.get('lang')} / {exp['lang']}")
        tags = collections.Counter(n.tag for n in d.root.iter())
        for t in ("header", "nav", "main", "footer"):
            if tags[t] != 1:
                E(f"needs exactly one <{t}>")
        header = next(n for n in d.root.iter() if n.tag == "header")
        hn = list(header.iter())
        if not any(n.tag == "input" and n.get("type") == "search" for n in hn):
            E("header lacks search box")
        if not any(n.tag == "select" for n in hn):
            E("header lacks language select")
        acc = [n for n in hn if n.tag == "button" and n.get("aria-controls")]
        if not acc or not d.byid.get(acc[0].get("aria-controls")) or not d.byid[acc[0].get("aria-controls")].has("hidden"):
            E("account button menu not hidden")
        mainn = next(n for n in d.root.iter() if n.tag == "main")
        ctrls = [(n, d.name(n), d.hiding(n)) for n in d.controls()]
        for n, nm, h in ctrls:
            if n.get("aria-labelledby") and n.get("aria-label"):
                E(f"control with both aria-label and aria-labelledby: {nm}")
            for i in (n.get("aria-labelledby") or "").split() + (n.get("aria-describedby") or "").split():
                if i not in d.byid:
                    E(f"dangling idref {i}")
        ids = [n.get("id") for n in d.root.iter() if n.get("id")]
        if len(ids) != len(set(ids)):
            E("duplicate ids")
        # expected labels
        labels = [norm(a["label"]) for a in exp["ai_training"]]
        if labels != [norm(r["label"]) for r in m["labels"]] or \
                [a["sharing"] for a in exp["ai_training"]] != [r["sharing"] for r in m["labels"]]:
            E("expect file and meta disagree")
        for a in exp["ai_training"]:
            if not isinstance(a["sharing"], bool):
                E("sharing not bool")
            vis = [n for n, nm, h in ctrls if nm == norm(a["label"]) and h is None]
            if len(vis) != 1:
                E(f"label {a['label']!r} matches {len(vis)} visible controls")
            elif not d.inside(vis[0], lambda p: p.tag == "main"):
                E(f"label {a['label']!r} not inside <main>")
            per_lang[lang]["labels"] += 1
            per_lang[lang]["true" if a["sharing"] else "false"] += 1
        # hidden AI control
        hid = m["hidden"]
        hits = [(n, h) for n, nm, h in ctrls if nm == norm(hid["label"])]
        if not hits:
            E(f"hidden control {hid['label']!r} not found")
        for n, h in hits:
            if h != hid["hidden"]:
                E(f"hidden control {hid['label']!r} has hiding {h}, expected {hid['hidden']}")
        methods[hid["hidden"]] += 1
        # visible units in main
        units = [n for n, nm, h in ctrls if h is None and d.inside(n, lambda p: p.tag == "main") and d.is_unit(n)]
        if not 15 <= len(units) <= 35:
            E(f"{len(units)} visible control units in main")
        if len(units) != m["units"]:
            E(f"unit count {len(units)} != builder's {m['units']}")
        per_lang[lang]["units"] += len(units)
        per_lang[lang]["pages"] += 1
        # lint: unlabelled visible controls whose name mentions training-ish words
        for n, nm, h in ctrls:
            if h is None and d.inside(n, lambda p: p.tag == "main") and nm not in labels and TRAIN_WORDS.search(nm):
                warns.append(f"{lang}/{page}: unlabelled visible control mentions AI/model/training: {nm!r}")
    for l in LANGS:
        c = per_lang[l]
        if c["pages"] != 5 or not 14 <= c["labels"] <= 16:
            errors.append(f"{l}: {c['pages']} pages, {c['labels']} labels")
    if pages != 35 or any(methods[k] != 5 for k in ("hidden", "display", "class", "aria", "visibility", "dialog", "tab")):
        errors.append(f"hiding methods {dict(methods)} over {pages} pages")
    for w in warns:
        print("note:", w)
    for l in LANGS:
        print(l, dict(per_lang[l]))
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    print(f"OK: {pages} pages, {sum(c['labels'] for c in per_lang.values())} labels, hiding methods {dict(methods)}")
    return 0

if __name__ == "__main__":
    sys.exit(main())
