#!/usr/bin/env python3
"""Self-check for the blind72 hold-out set (stdlib only).

Builds its own DOM with html.parser, computes accessible names (aria-labelledby ->
aria-label -> label -> legend / group name -> text content; table cells by row header +
column header) and visibility, then verifies for every page:
  * doctype, saved-from comment with the right length, <html lang>, header / nav / main / footer,
    search box, language select, account button whose menu is hidden;
  * no element carries the same attribute twice; ids are unique;
  * 15-35 visible control units inside <main>;
  * each expected label is the accessible name of exactly one visible control, and that
    control is the one the builder booked (tools/meta.json); sharing matches meta;
  * every booked hidden ai-training control is really hidden (hidden attribute, display:none
    inline or via a class, aria-hidden, visibility:hidden, closed dialog, inactive tab panel),
    and no labelled control is hidden;
  * expect.json and meta.json agree.
"""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
CONTROL_ROLES = {"switch", "checkbox", "radio", "radiogroup", "tab", "combobox", "slider", "button", "textbox"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children = []

    def get(self, k, d=None):
        return self.attrs.get(k, d)

    def ancestors(self):
        n = self.parent
        while n is not None:
            yield n
            n = n.parent

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def classes(self):
        return (self.get("class") or "").split()


class DOM(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.errors = []
        self.comments = []
        self.decl = []
        self.styles = []
        self._in_style = False

    def handle_decl(self, d):
        self.decl.append(d)

    def handle_comment(self, d):
        self.comments.append(d)

    def handle_starttag(self, tag, attrs):
        names = [a for a, _ in attrs]
        dup = {a for a in names if names.count(a) > 1}
        if dup:
            self.errors.append("duplicate attribute(s) %s on <%s>" % (sorted(dup), tag))
        n = Node(tag, {a: (v if v is not None else "") for a, v in attrs}, self.cur)
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
        if tag in VOID:
            return
        if tag == "style":
            self._in_style = False
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is None:
            self.errors.append("stray </%s>" % tag)
            return
        if n is not self.cur:
            self.errors.append("unclosed <%s> before </%s>" % (self.cur.tag, tag))
        self.cur = n.parent

    def handle_data(self, d):
        if self._in_style:
            self.styles.append(d)
        self.cur.children.append(d)


def collapse(s):
    return " ".join(s.split())


class Page:
    def __init__(self, path):
        self.src = open(path, encoding="utf-8").read()
        self.dom = DOM()
        self.dom.feed(self.src)
        self.dom.close()
        self.ids = {}
        self.errors = list(self.dom.errors)
        for n in self.dom.root.iter():
            i = n.get("id")
            if i:
                if i in self.ids:
                    self.errors.append("duplicate id %s" % i)
                self.ids[i] = n
        css = "".join(self.dom.styles)
        self.none_classes, self.vis_classes = set(), set()
        for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
            body = body.replace(" ", "")
            for cls in re.findall(r"^\s*\.([\w-]+)\s*$", sel.strip()):
                if "display:none" in body:
                    self.none_classes.add(cls)
                if "visibility:hidden" in body:
                    self.vis_classes.add(cls)

    # ---------------------------------------------------------- visibility
    def hides(self, n):
        """reason this node (itself) hides its subtree, or None"""
        if n.tag == "#root":
            return None
        if "hidden" in n.attrs:
            return "tab" if n.get("role") == "tabpanel" else "hidden"
        st = (n.get("style") or "").replace(" ", "").lower()
        if "display:none" in st:
            return "inline"
        if "visibility:hidden" in st:
            return "visibility"
        if n.get("aria-hidden") == "true":
            return "aria"
        if set(n.classes()) & self.none_classes or set(n.classes()) & self.vis_classes:
            return "class"
        if n.tag == "dialog" and "open" not in n.attrs:
            return "dialog"
        return None

    def hidden_reason(self, n):
        for m in [n] + list(n.ancestors()):
            r = self.hides(m)
            if r:
                return r
        return None

    def in_closed_details(self, n):
        return any(a.tag == "details" and "open" not in a.attrs for a in n.ancestors())

    # ------------------------------------------------------------ names
    def text(self, n, skip_hidden=True, top=True):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
                continue
            if skip_hidden and self.hides(c) and c.tag != "dialog":
                continue
            if c.tag in ("input", "textarea"):
                if c.get("type") in ("text", "search", "email"):
                    out.append(c.get("value", ""))
                continue
            if c.tag == "select":
                for o in c.iter():
                    if o.tag == "option" and "selected" in o.attrs:
                        out.append(self.text(o))
                continue
            if c.tag in ("style", "script"):
                continue
            out.append(" " + self.text(c, skip_hidden, False) + " ")
        return "".join(out)

    def name(self, n, via_ref=False):
        lb = n.get("aria-labelledby")
        if lb and not via_ref:
            parts = []
            for ref in lb.split():
                r = self.ids.get(ref)
                if r is None:
                    parts.append("")
                elif r is n:
                    parts.append(self.name(n, via_ref=True))
                else:
                    parts.append(self.text(r, skip_hidden=False))
            return collapse(" ".join(parts))
        al = n.get("aria-label")
        if al and al.strip():
            return collapse(al)
        if n.tag in ("input", "select", "textarea"):
            labs = []
            if n.get("id"):
                for m in self.dom.root.iter():
                    if m.tag == "label" and m.get("for") == n.get("id"):
                        labs.append(self.text(m))
            for a in n.ancestors():
                if a.tag == "label" and not a.get("for"):
                    labs.append(self.text(a))
            if labs:
                return collapse(" ".join(labs))
            td = next((a for a in n.ancestors() if a.tag in ("td", "th")), None)
            if td is not None:
                return self.cell_name(td)
            return collapse(n.get("title", "") or n.get("placeholder", ""))
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return collapse(self.text(c))
            return ""
        role = n.get("role")
        if n.tag == "button" or role in ("switch", "radio", "checkbox", "tab", "button", "menuitem", "option"):
            return collapse(self.text(n))
        return collapse(n.get("title", ""))

    def cell_name(self, td):
        tr = td.parent
        cells = [c for c in tr.children if isinstance(c, Node) and c.tag in ("td", "th")]
        idx = cells.index(td)
        row = next((c for c in cells if c.tag == "th"), None)
        table = next(a for a in td.ancestors() if a.tag == "table")
        thead = next((c for c in table.iter() if c.tag == "thead"), None)
        col = None
        if thead is not None:
            htr = next(c for c in thead.iter() if c.tag == "tr")
            hcells = [c for c in htr.children if isinstance(c, Node) and c.tag in ("td", "th")]
            if idx < len(hcells):
                col = hcells[idx]
        return collapse("%s %s" % (self.text(row) if row is not None else "", self.text(col) if col is not None else ""))

    # --------------------------------------------------------- controls
    def is_control(self, n):
        role = n.get("role")
        if n.tag == "input":
            return n.get("type", "text") != "hidden"
        if n.tag in ("select", "textarea", "button"):
            return True
        if role in CONTROL_ROLES:
            return True
        if n.tag == "fieldset" and any(c.tag == "input" and c.get("type") == "radio" for c in n.iter()):
            return True
        if role == "group" and any(c.tag == "button" and "aria-pressed" in c.attrs for c in n.iter()):
            return True
        return False

    def controls(self):
        return [n for n in self.dom.root.iter() if self.is_control(n)]

    def group_of(self, n):
        """the composite control (radio fieldset / radiogroup / pressed group) n belongs to"""
        for a in n.ancestors():
            if a.tag == "fieldset" and self.is_control(a):
                return a
            if a.get("role") in ("radiogroup",) or (a.get("role") == "group" and self.is_control(a)):
                return a
        return None

    def units_in_main(self):
        main = next(n for n in self.dom.root.iter() if n.tag == "main")
        units = 0
        for n in main.iter():
            if not self.is_control(n) or self.hidden_reason(n):
                continue
            if self.group_of(n) is not None:
                continue
            units += 1
        return units


def check_page(lang, slug, meta):
    errs = []
    path = os.path.join(ROOT, lang, slug + ".html")
    p = Page(path)
    errs += p.errors
    exp = json.load(open(os.path.join(ROOT, lang, slug + ".expect.json"), encoding="utf-8"))
    src = p.src
    if not src.startswith("<!DOCTYPE html>"):
        errs.append("no doctype")
    m = re.search(r"<!-- saved from url=\((\d{4})\)(\S+) -->", src)
    if not m:
        errs.append("no saved-from comment")
    else:
        if int(m.group(1)) != len(m.group(2)):
            errs.append("saved-from length %s != %d" % (m.group(1), len(m.group(2))))
        if m.group(2) != exp["url"]:
            errs.append("saved-from url differs from expect url")
    html = next((n for n in p.dom.root.iter() if n.tag == "html"), None)
    if html is None or html.get("lang") != lang or exp["lang"] != lang:
        errs.append("html lang / expect lang mismatch")
    tags = [n.tag for n in p.dom.root.iter()]
    for t in ("header", "nav", "main", "footer"):
        if tags.count(t) != 1:
            errs.append("expected exactly one <%s>" % t)
    header = next(n for n in p.dom.root.iter() if n.tag == "header")
    if not any(n.tag == "input" and n.get("type") == "search" for n in header.iter()):
        errs.append("header lacks search box")
    if not any(n.tag == "select" for n in header.iter()):
        errs.append("header lacks language select")
    acct = [n for n in header.iter() if n.tag == "button" and n.get("aria-controls")]
    if not acct or p.hidden_reason(p.ids[acct[0].get("aria-controls")]) is None:
        errs.append("account menu missing or not hidden")

    units = p.units_in_main()
    if not 15 <= units <= 35:
        errs.append("visible control units in main: %d (want 15-35)" % units)

    ctrls = p.controls()
    visible = [c for c in ctrls if not p.hidden_reason(c)]
    names = {}
    for c in visible:
        names.setdefault(p.name(c), []).append(c)

    if [(l["label"], l["sharing"]) for l in meta["labels"]] != [(e["label"], e["sharing"]) for e in exp["ai_training"]]:
        errs.append("expect.json and meta.json disagree")
    seen = set()
    for l in meta["labels"]:
        lab = l["label"]
        if lab in seen:
            errs.append("label listed twice: %r" % lab)
        seen.add(lab)
        hits = names.get(lab, [])
        if len(hits) != 1:
            errs.append("label %r names %d visible controls" % (lab, len(hits)))
            continue
        if hits[0].get("id") != l["id"]:
            errs.append("label %r names #%s, booked #%s" % (lab, hits[0].get("id"), l["id"]))
        n = p.ids.get(l["id"])
        if n is None or p.hidden_reason(n):
            errs.append("labelled control %r is hidden/missing" % lab)
    for h in meta["hidden"]:
        n = p.ids.get(h["id"])
        if n is None:
            errs.append("hidden control #%s missing" % h["id"])
            continue
        r = p.hidden_reason(n)
        if r is None:
            errs.append("hidden control %r (#%s) is visible" % (h["label"], h["id"]))
        elif r != h["method"]:
            errs.append("hidden control %r hidden by %s, booked %s" % (h["label"], r, h["method"]))
        if p.name(n) != h["label"]:
            errs.append("hidden control name %r != %r" % (p.name(n), h["label"]))
    if not meta["hidden"]:
        errs.append("page has no hidden ai-training control")
    for d in meta["decoys"]:
        n = p.ids.get(d["id"])
        if n is None:
            errs.append("decoy #%s missing" % d["id"])
        elif p.name(n) in seen:
            errs.append("decoy #%s shares a labelled name" % d["id"])
    return errs, units, sum(1 for l in meta["labels"] if p.in_closed_details(p.ids[l["id"]]))


def main():
    meta = json.load(open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8"))
    bad = 0
    files = set()
    for m in meta:
        files.add((m["lang"], m["slug"]))
        errs, units, coll = check_page(m["lang"], m["slug"], m)
        status = "ok " if not errs else "FAIL"
        print("%s %s/%s  units=%d labelled=%d hidden=%d collapsed=%d" % (
            status, m["lang"], m["slug"], units, len(m["labels"]), len(m["hidden"]), coll))
        for e in errs:
            print("     - " + e)
        bad += bool(errs)
    for lang in ("en", "de", "fr", "es", "pt", "it", "nl"):
        d = os.path.join(ROOT, lang)
        if not os.path.isdir(d):
            print("FAIL missing language folder %s" % lang)
            bad += 1
            continue
        for f in sorted(os.listdir(d)):
            if f.endswith(".html") and (lang, f[:-5]) not in files:
                print("FAIL stray page %s/%s" % (lang, f))
                bad += 1
    print("%d pages, %d failing" % (len(meta), bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
