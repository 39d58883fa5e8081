#!/usr/bin/env python3
"""Independent checker for holdout77: parses each page with html.parser, computes accessible
names and visibility, and verifies the .expect.json labels and the one hidden AI control."""
import glob, json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children = []

    def text(self):
        out = []
        for c in self.children:
            out.append(c if isinstance(c, str) else c.text())
        return "".join(out)

    def walk(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.walk()


class Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.style = []
        self.doctype = None
        self.comments = []

    def handle_decl(self, d):
        self.doctype = d

    def handle_comment(self, d):
        self.comments.append(d)

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
        if n is None:
            raise ValueError(f"stray </{tag}>")
        if n is not self.cur:
            raise ValueError(f"unclosed <{self.cur.tag}> before </{tag}>")
        self.cur = n.parent

    def handle_data(self, d):
        if self.cur.tag == "style":
            self.style.append(d)
        self.cur.children.append(d)


def norm(s):
    return " ".join(s.split())


def hidden_classes(css):
    out = set()
    for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        if re.search(r"display\s*:\s*none", body):
            for s in sel.split(","):
                m = re.fullmatch(r"\s*\.([\w-]+)\s*", s)
                if m:
                    out.add(m.group(1))
    return out


def hidden_reason(n, hcls):
    while n is not None and n.tag != "#root":
        a = n.attrs
        st = (a.get("style") or "").replace(" ", "")
        if "hidden" in a:
            return "inactive-tab" if a.get("role") == "tabpanel" else "hidden-attr"
        if "display:none" in st:
            return "inline-display-none"
        if "visibility:hidden" in st:
            return "visibility-hidden"
        if set((a.get("class") or "").split()) & hcls:
            return "css-class"
        if a.get("aria-hidden") == "true":
            return "aria-hidden"
        if n.tag == "dialog" and "open" not in a:
            return "closed-dialog"
        n = n.parent
    return None


def is_control(n):
    a, t = n.attrs, n.tag
    role = a.get("role")
    if role in ("switch", "checkbox", "radiogroup", "tab", "menuitem"):
        return True
    if role == "group" and ("aria-labelledby" in a or "aria-label" in a):
        return True
    if t == "fieldset":
        return True
    if t == "input" and a.get("type") not in ("hidden", "radio"):
        return True
    if t in ("select", "textarea", "button"):
        # buttons inside a segmented group count with the group
        p = n.parent
        while p is not None:
            if p.attrs.get("role") == "group":
                return False
            p = p.parent
        return True
    if t == "a" and "href" in a:
        return True
    return False


def in_ancestor(n, pred):
    p = n.parent
    while p is not None:
        if pred(p):
            return True
        p = p.parent
    return False


def acc_name(n, ids, labels_for):
    a = n.attrs
    if "aria-labelledby" in a:
        return norm(" ".join(ids[i].text() for i in a["aria-labelledby"].split()))
    if a.get("aria-label"):
        return norm(a["aria-label"])
    if n.tag in ("input", "select", "textarea"):
        if a.get("id") in labels_for:
            return norm(labels_for[a["id"]].text())
        p = n.parent
        while p is not None:
            if p.tag == "label":
                return norm(p.text())
            p = p.parent
        return ""
    if n.tag == "fieldset":
        for c in n.children:
            if isinstance(c, Node) and c.tag == "legend":
                return norm(c.text())
        return ""
    return norm(n.text())


def check_page(path, meta):
    errs = []
    src = open(path, encoding="utf-8").read()
    b = Builder()
    b.feed(src)
    b.close()
    if b.cur is not b.root:
        errs.append("unclosed elements at end")
    if not b.doctype or b.doctype.lower() != "doctype html":
        errs.append("missing doctype")
    exp = json.load(open(path[:-5] + ".expect.json", encoding="utf-8"))
    url = exp["url"]
    if not any(c.strip() == f"saved from url=({len(url):04d}){url}" for c in b.comments):
        errs.append("saved-from comment missing or wrong")
    html_el = next(n for n in b.root.walk() if n.tag == "html")
    want_lang = "pt-BR" if exp["lang"] == "pt" else exp["lang"]
    if html_el.attrs.get("lang") != want_lang:
        errs.append("html lang")
    hcls = hidden_classes("".join(b.style))
    ids, labels_for = {}, {}
    for n in b.root.walk():
        if "id" in n.attrs:
            if n.attrs["id"] in ids:
                errs.append("duplicate id " + n.attrs["id"])
            ids[n.attrs["id"]] = n
        if n.tag == "label" and "for" in n.attrs:
            labels_for[n.attrs["for"]] = n
    # chrome
    tags = [n.tag for n in b.root.walk()]
    for t in ("header", "nav", "main", "footer"):
        if t not in tags:
            errs.append("missing " + t)
    header = next(n for n in b.root.walk() if n.tag == "header")
    if not any(n.tag == "input" and n.attrs.get("type") == "search" for n in header.walk()):
        errs.append("no search box")
    if not any(n.tag == "select" for n in header.walk()):
        errs.append("no language select")
    menus = [n for n in header.walk() if n.attrs.get("role") == "menu"]
    if not menus or not all("hidden" in m.attrs for m in menus):
        errs.append("account menu not hidden")
    main = next(n for n in b.root.walk() if n.tag == "main")
    controls = []
    for n in b.root.walk():
        if is_control(n):
            for a in ("aria-labelledby",):
                if a in n.attrs and ("aria-label" in n.attrs):
                    errs.append("both aria-label and aria-labelledby")
            controls.append((n, acc_name(n, ids, labels_for), hidden_reason(n, hcls),
                             in_ancestor(n, lambda p: p is main)))
    visible_main = [c for c in controls if c[2] is None and c[3]]
    if not 15 <= len(visible_main) <= 35:
        errs.append(f"{len(visible_main)} visible control units in main")
    for lab in exp["ai_training"]:
        hits = [c for c in controls if c[2] is None and c[1] == lab["label"]]
        if len(hits) != 1:
            errs.append(f"label {lab['label']!r} matches {len(hits)} visible controls")
    for lab in meta["labels"]:
        if lab.get("in_closed_details"):
            hits = [c for c in controls if c[2] is None and c[1] == lab["label"]]
            if not hits or not in_ancestor(hits[0][0], lambda p: p.tag == "details" and "open" not in p.attrs):
                errs.append(f"label {lab['label']!r} should sit in a closed <details>")
    hid = meta["hidden_ai"]
    for h in hid:
        hits = [c for c in controls if c[1] == h["label"]]
        if len(hits) != 1:
            errs.append(f"hidden AI control {h['label']!r} found {len(hits)} times")
        elif hits[0][2] != meta["hide_method"]:
            errs.append(f"hidden AI control {h['label']!r}: {hits[0][2]} != {meta['hide_method']}")
        if any(h["label"] == l["label"] for l in exp["ai_training"]):
            errs.append("hidden control listed")
    if len(hid) != 1:
        errs.append("need exactly one hidden AI control")
    # closed details are collapsed, not hidden: check none of the listed labels are in a hidden subtree
    return errs, len(visible_main)


def main():
    metas = {m["page"]: m for m in json.load(open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8"))}
    bad = 0
    pages = sorted(glob.glob(os.path.join(ROOT, "*", "*.html")))
    methods = {}
    for p in pages:
        key = os.path.relpath(p, ROOT)[:-5]
        meta = metas[key]
        methods[meta["hide_method"]] = methods.get(meta["hide_method"], 0) + 1
        errs, units = check_page(p, meta)
        if errs:
            bad += 1
            print(f"FAIL {key}:")
            for e in errs:
                print("   ", e)
    if len(pages) != 35:
        print("expected 35 pages, got", len(pages)); bad += 1
    if pages and len(pages) == 35 and sorted(methods.values()) != [5] * 7:
        print("hiding methods not 5 each:", methods); bad += 1
    print(f"{len(pages)} pages checked, {bad} failing")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
