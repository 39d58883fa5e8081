"""Self-check for blind50.  Standard library only; independent of tools/lib.py.

    python3 check.py

Parses every saved page with its own tree builder, computes visibility and
accessible names itself, and checks the pages against their expect files and
tools/meta.json.  Exits non-zero on any problem.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "source", "track", "wbr"}
BLOCK = {"address", "article", "aside", "blockquote", "caption", "dd", "details",
         "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
         "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "legend", "li",
         "main", "nav", "ol", "p", "section", "summary", "table", "tbody", "td",
         "tfoot", "th", "thead", "tr", "ul", "br", "option", "select"}
CONTROL_ROLES = {"switch", "checkbox", "radio", "tab", "menuitem", "menuitemcheckbox",
                 "menuitemradio", "combobox", "textbox", "searchbox", "slider",
                 "spinbutton", "button", "option"}
IDREF_ATTRS = ("aria-labelledby", "aria-describedby", "aria-controls", "aria-owns")


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children = []

    def ancestors(self):
        n = self.parent
        while n is not None:
            yield n
            n = n.parent

    def walk(self):
        for c in self.children:
            if isinstance(c, Node):
                yield c
                yield from c.walk()


class Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.stack = [self.root]
        self.errors = []
        self.css = []

    def handle_starttag(self, tag, attrs):
        d = {}
        for k, v in attrs:
            if k in d:
                self.errors.append("duplicate attribute %s on <%s>" % (k, tag))
            d[k] = v
        n = Node(tag, d, self.stack[-1])
        self.stack[-1].children.append(n)
        if tag not in VOID:
            self.stack.append(n)

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID:
            self.errors.append("self-closed non-void <%s/>" % tag)
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            self.errors.append("end tag for void <%s>" % tag)
            return
        top = self.stack[-1]
        if top.tag != tag:
            self.errors.append("</%s> closes <%s> (line %d)" % (tag, top.tag, self.getpos()[0]))
            for i in range(len(self.stack) - 1, 0, -1):
                if self.stack[i].tag == tag:
                    del self.stack[i:]
                    break
            return
        self.stack.pop()

    def handle_data(self, data):
        top = self.stack[-1]
        top.children.append(data)
        if top.tag == "style":
            self.css.append(data)

    def close(self):
        super().close()
        if len(self.stack) != 1:
            self.errors.append("unclosed: " + ", ".join(n.tag for n in self.stack[1:]))


def ws(s):
    return " ".join(s.split())


def fold(s):
    return ws(s).casefold()


def tokens(s):
    return " " + " ".join(re.sub(r"[^\w]+", " ", s.casefold()).split()) + " "


class Doc:
    def __init__(self, text):
        t = Tree()
        t.feed(text)
        t.close()
        self.errors = list(t.errors)
        self.root = t.root
        self.nodes = list(self.root.walk())
        self.byid = {}
        for n in self.nodes:
            i = n.attrs.get("id")
            if i is not None:
                if i in self.byid:
                    self.errors.append("duplicate id %r" % i)
                self.byid[i] = n
        self.hidden_classes = set()
        for css in t.css:
            for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
                b = body.replace(" ", "").lower()
                if "display:none" in b or "visibility:hidden" in b:
                    for s in sel.split(","):
                        s = s.strip()
                        if re.fullmatch(r"\.[\w-]+", s):
                            self.hidden_classes.add(s[1:])
        self.labels_for = {}
        for n in self.nodes:
            if n.tag == "label" and n.attrs.get("for"):
                self.labels_for.setdefault(n.attrs["for"], []).append(n)

    # ---------------------------------------------------------- visibility
    def self_hidden(self, n):
        a = n.attrs
        if "hidden" in a:
            return True
        if (a.get("aria-hidden") or "").strip().lower() == "true":
            return True
        st = (a.get("style") or "").replace(" ", "").lower()
        if "display:none" in st or "visibility:hidden" in st:
            return True
        if any(c in self.hidden_classes for c in (a.get("class") or "").split()):
            return True
        if n.tag == "dialog" and "open" not in a:
            return True
        if n.tag in ("template", "script", "style", "head", "title"):
            return True
        if n.tag == "input" and (a.get("type") or "").lower() == "hidden":
            return True
        return False

    def visible(self, n):
        if self.self_hidden(n):
            return False
        return not any(self.self_hidden(a) for a in n.ancestors())

    # ---------------------------------------------------------- names
    def text(self, n, skip_hidden=True):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
                continue
            if c.tag in ("script", "style", "template"):
                continue
            if skip_hidden and self.self_hidden(c):
                continue
            if c.tag in ("input", "select", "textarea"):
                continue
            inner = self.text(c, skip_hidden)
            out.append(" %s " % inner if c.tag in BLOCK else inner)
        return "".join(out)

    def name(self, n):
        a = n.attrs
        lb = (a.get("aria-labelledby") or "").split()
        if lb:
            parts = []
            for i in lb:
                ref = self.byid.get(i)
                if ref is None:
                    continue
                parts.append(self.text(ref, skip_hidden=self.visible(ref)))
            s = ws(" ".join(parts))
            if s:
                return s
        if ws(a.get("aria-label") or ""):
            return ws(a["aria-label"])
        if n.tag in ("input", "select", "textarea"):
            parts = []
            if a.get("id") in self.labels_for:
                parts += [self.text(l) for l in self.labels_for[a["id"]]]
            for anc in n.ancestors():
                if anc.tag == "label" and not anc.attrs.get("for"):
                    parts.append(self.text(anc))
                    break
            s = ws(" ".join(parts))
            if s:
                return s
            return ws(a.get("title") or a.get("placeholder") or "")
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return ws(self.text(c))
            return ""
        role = a.get("role")
        if n.tag in ("button", "a", "summary") or role in CONTROL_ROLES:
            s = ws(self.text(n))
            if s:
                return s
        return ws(a.get("title") or "")

    # ---------------------------------------------------------- controls
    def is_control(self, n):
        if n.tag in ("select", "textarea", "button"):
            return True
        if n.tag == "input":
            return (n.attrs.get("type") or "text").lower() != "hidden"
        return n.attrs.get("role") in CONTROL_ROLES

    def units(self, main):
        """Group controls into units; returns list of dicts."""
        groups = {}
        order = []
        for n in self.nodes:
            if not self.is_control(n):
                continue
            typ = (n.attrs.get("type") or "").lower()
            if n.tag == "input" and typ == "radio":
                box = next((x for x in n.ancestors()
                            if x.tag == "fieldset" or x.attrs.get("role") == "radiogroup"), None)
                key = ("radio", id(box) if box is not None else n.attrs.get("name"))
                container = box
            elif n.attrs.get("role") == "radio":
                box = next((x for x in n.ancestors() if x.attrs.get("role") == "radiogroup"), None)
                key = ("radio", id(box))
                container = box
            elif n.tag == "button" and "aria-pressed" in n.attrs:
                key = ("pressed", id(n.parent))
                container = n.parent
            else:
                key = ("one", id(n))
                container = None
            if key not in groups:
                groups[key] = {"members": [], "container": container, "kind": key[0]}
                order.append(key)
            groups[key]["members"].append(n)
        out = []
        for key in order:
            g = groups[key]
            first = g["members"][0]
            u = {"kind": g["kind"], "members": g["members"], "node": first}
            if g["kind"] == "one":
                u["name"] = self.name(first)
                u["options"] = []
                if first.tag == "select":
                    opts = [o for o in first.walk() if o.tag == "option"]
                    sel = [o for o in opts if "selected" in o.attrs] or opts[:1]
                    u["state"] = sel[0].attrs.get("value") if sel else None
                elif first.tag == "input" and (first.attrs.get("type") or "").lower() == "checkbox":
                    u["state"] = "checked" in first.attrs
                elif "aria-checked" in first.attrs:
                    u["state"] = first.attrs["aria-checked"] == "true"
                else:
                    u["state"] = None
            else:
                c = g["container"]
                u["name"] = self.name(c) if c is not None else ""
                u["options"] = [self.name(m) for m in g["members"]]
                if g["kind"] == "radio":
                    ck = [m for m in g["members"] if "checked" in m.attrs
                          or m.attrs.get("aria-checked") == "true"]
                    u["state"] = ck[0].attrs.get("value") if len(ck) == 1 else None
                else:
                    pr = [m for m in g["members"] if m.attrs.get("aria-pressed") == "true"]
                    u["state"] = self.name(pr[0]) if len(pr) == 1 else None
            u["visible"] = all(self.visible(m) for m in g["members"])
            u["in_main"] = main is not None and any(a is main for a in first.ancestors())
            out.append(u)
        return out


def check_page(lang, fname, meta, problems):
    path = os.path.join(ROOT, lang, fname)
    slug = fname[:-5]
    where = "%s/%s" % (lang, slug)

    def bad(msg):
        problems.append("%s: %s" % (where, msg))

    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    if lines[0] != "<!DOCTYPE html>":
        bad("line 1 is not <!DOCTYPE html>")
    m = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", lines[1])
    url = None
    if not m:
        bad("line 2 is not a saved-from comment")
    else:
        url = m.group(2)
        if int(m.group(1)) != len(url):
            bad("saved-from length %s != %d" % (m.group(1), len(url)))
    m3 = re.fullmatch(r'<html lang="([A-Za-z]{2})(-[A-Za-z]{2})?">', lines[2])
    if not m3 or m3.group(1) != lang:
        bad("line 3 is not <html lang=...> for %s" % lang)

    epath = os.path.join(ROOT, lang, slug + ".expect.json")
    if not os.path.exists(epath):
        bad("missing expect file")
        return
    with open(epath, encoding="utf-8") as f:
        exp = json.load(f)
    if set(exp) != {"url", "lang", "notes", "ai_training"}:
        bad("expect keys %s" % sorted(exp))
        return
    if exp["url"] != url:
        bad("expect url differs from page url")
    if exp["lang"] != lang:
        bad("expect lang %r" % exp["lang"])
    for e in exp["ai_training"]:
        if set(e) != {"label", "sharing"} or not isinstance(e["sharing"], bool):
            bad("bad expect entry %r" % e)

    doc = Doc(text)
    for e in doc.errors:
        bad("markup: " + e)

    # id references
    for n in doc.nodes:
        for attr in IDREF_ATTRS:
            for i in (n.attrs.get(attr) or "").split():
                if i not in doc.byid:
                    bad("%s target %r missing" % (attr, i))
        if n.tag == "label" and n.attrs.get("for") and n.attrs["for"] not in doc.byid:
            bad("label for=%r missing" % n.attrs["for"])

    # skeleton
    def all_tag(t):
        return [n for n in doc.nodes if n.tag == t]
    mains, headers, footers, navs = all_tag("main"), all_tag("header"), all_tag("footer"), all_tag("nav")
    if len(mains) != 1 or len(headers) != 1 or len(footers) != 1 or not navs:
        bad("skeleton: main/header/footer/nav counts %d/%d/%d/%d"
            % (len(mains), len(headers), len(footers), len(navs)))
        return
    main, header = mains[0], headers[0]
    if any(any(a is main for a in nv.ancestors()) or any(a is header for a in nv.ancestors())
           for nv in navs):
        bad("side navigation inside main or header")
    hnodes = list(header.walk())
    if not any(n.tag == "input" and n.attrs.get("type") == "search" and doc.visible(n) for n in hnodes):
        bad("header has no visible search box")
    if not any(n.tag == "select" and doc.visible(n) for n in hnodes):
        bad("header has no visible language select")
    menu = None
    for n in hnodes:
        if n.tag == "button" and n.attrs.get("aria-haspopup") and n.attrs.get("aria-controls") \
                and doc.visible(n):
            menu = doc.byid.get(n.attrs["aria-controls"])
    if menu is None or "hidden" not in menu.attrs or not any(a is header for a in menu.ancestors()):
        bad("header has no account button with a hidden menu")
    if not any(n.tag == "h1" for n in main.walk()):
        bad("main has no h1")

    units = doc.units(main)
    main_units = [u for u in units if u["in_main"] and u["visible"]]
    hidden_units = [u for u in units if not u["visible"]]
    if not 15 <= len(main_units) <= 35:
        bad("%d visible control units in main" % len(main_units))
    if meta is None:
        bad("not in tools/meta.json")
        return
    if meta["units"] != len(main_units):
        bad("meta units %d != counted %d" % (meta["units"], len(main_units)))
    for u in main_units:
        if not u["name"]:
            bad("visible control without a name in main (<%s>)" % u["node"].tag)
    outside_menu = [u for u in hidden_units
                    if menu is None or not any(a is menu for a in u["node"].ancestors())]
    if not outside_menu:
        bad("no hidden control outside the account menu")
    if not meta["hidden_ai_decoys"]:
        bad("meta lists no hidden AI-training decoy")
    for hn in meta["hidden_ai_decoys"]:
        if not any(u["name"] == hn or hn in u["options"] for u in outside_menu):
            bad("hidden decoy %r not found hidden" % hn)

    # labels
    mlab = meta["labelled"]
    if [(d["label"], d["sharing"]) for d in mlab] != \
            [(e["label"], e["sharing"]) for e in exp["ai_training"]]:
        bad("expect labels differ from meta")
    pool = main_units + hidden_units
    for e, md in zip(exp["ai_training"], mlab):
        lab = e["label"]
        fl = fold(lab)
        vis = [u for u in units if u["visible"] and fold(u["name"]) == fl]
        hid = [u for u in hidden_units if fold(u["name"]) == fl]
        if len(vis) != 1:
            bad("label %r names %d visible controls" % (lab, len(vis)))
            continue
        if hid:
            bad("label %r also names a hidden control" % lab)
        target = vis[0]
        if not target["in_main"]:
            bad("label %r is outside main" % lab)
        for u in pool:
            if u is target:
                continue
            fu = fold(u["name"])
            if fu and (fu in fl or fl in fu):
                bad("label %r and control %r contain one another" % (lab, u["name"]))
            for o in u["options"]:
                to, tl = tokens(o), tokens(lab)
                if to.strip() and (to in tl or tl in to):
                    bad("label %r and option %r contain one another" % (lab, o))
        # state consistency with the bookkeeping
        k = md["kind"]
        st = target["state"]
        if k in ("switch", "checkbox", "table-cell"):
            if st is not md["state"]:
                bad("label %r: state %r, meta says %r" % (lab, st, md["state"]))
            if e["sharing"] != (bool(st) != md["inverted"]):
                bad("label %r: sharing inconsistent with state" % lab)
        elif k in ("select", "radio-group", "segmented"):
            if st != md["selected"]:
                bad("label %r: selected %r, meta says %r" % (lab, st, md["selected"]))
            if e["sharing"] != (st in md["share"]):
                bad("label %r: sharing inconsistent with selection" % lab)
        elif k == "state-row":
            row = target["node"].parent
            if md["state_text"] not in ws(doc.text(row)):
                bad("label %r: state text %r not in its row" % (lab, md["state_text"]))
        else:
            bad("label %r: unknown kind %r" % (lab, k))


def main():
    problems = []
    mpath = os.path.join(ROOT, "tools", "meta.json")
    with open(mpath, encoding="utf-8") as f:
        meta = {(m["lang"], m["page"]): m for m in json.load(f)["pages"]}
    seen = set()
    total = 0
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        files = sorted(os.listdir(d))
        htmls = [f for f in files if f.endswith(".html")]
        exps = [f for f in files if f.endswith(".expect.json")]
        if len(htmls) != 5:
            problems.append("%s: %d pages" % (lang, len(htmls)))
        for f in exps:
            if f[:-12] + ".html" not in htmls:
                problems.append("%s/%s: expect without page" % (lang, f))
        for f in files:
            if not (f.endswith(".html") or f.endswith(".expect.json")):
                problems.append("%s/%s: stray file" % (lang, f))
        for f in htmls:
            seen.add((lang, f[:-5]))
            check_page(lang, f, meta.get((lang, f[:-5])), problems)
            total += 1
    for k in meta:
        if k not in seen:
            problems.append("meta lists missing page %s/%s" % k)
    rp = os.path.join(ROOT, "README.md")
    if not os.path.exists(rp):
        problems.append("README.md missing")
    else:
        with open(rp, encoding="utf-8") as f:
            first = f.readline().rstrip("\n")
        if not first.startswith("# blind50 — blind evaluation set: "):
            problems.append("README.md title line")
    if problems:
        print("\n".join(problems))
        print("FAIL: %d problem(s) in %d pages" % (len(problems), total))
        sys.exit(1)
    n = sum(len(m["labelled"]) for m in meta.values())
    print("OK: %d pages, %d labelled controls, all checks passed" % (total, n))


if __name__ == "__main__":
    main()
