#!/usr/bin/env python3
"""Self-check for the blind37 set (standard library only).

For every <lang>/<page>.html + .expect.json it verifies:
  * the three first lines (doctype, saved-from comment with a correct 4-digit length, <html lang>);
  * the expect file: exactly url/lang/notes/ai_training, same URL and language, well-typed labels;
  * well-formed markup (every non-void element closed in order), unique ids, existing targets of
    aria-labelledby / aria-describedby / aria-controls / label[for];
  * the skeleton: header with a search box, a language select and an account-menu button whose
    menu is `hidden`; a side <nav>; one <main>; a <footer>;
  * every expected label is the computed accessible name of exactly one visible control unit and of
    no hidden one, and no other unit in <main> (or hidden anywhere) has a name containing it or
    contained in it;
  * <main> holds 15-35 visible control units, as many as tools/meta.json says; the state recorded in
    meta.json for each labelled control is the state the markup shows; every page has at least one
    hidden ai-training decoy, whose name belongs to hidden controls only.

Control units: input (not type=hidden), select, textarea, button, a[href], and elements with a
widget role (switch, checkbox, radio, button, tab, link, menuitem…). Radios form one unit per
radiogroup / fieldset; aria-pressed buttons inside role="group" form one unit. <summary> is not
counted.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BLOCK = {"div", "p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table", "section",
         "fieldset", "legend", "dt", "dd", "dl", "header", "footer", "nav", "main", "form", "br", "details",
         "summary", "article", "aside", "caption", "label_block"}
WIDGET_ROLES = {"switch", "checkbox", "radio", "button", "tab", "link", "menuitem", "menuitemcheckbox",
                "menuitemradio", "slider", "spinbutton", "textbox", "combobox", "searchbox"}
NAME_FROM_CONTENT = {"switch", "checkbox", "radio", "button", "tab", "link", "menuitem", "menuitemcheckbox",
                     "menuitemradio"}


class Node:
    __slots__ = ("tag", "attrs", "children", "parent", "line")

    def __init__(self, tag, attrs, parent, line):
        self.tag, self.attrs, self.parent, self.line = tag, attrs, parent, line
        self.children = []

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

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    @property
    def role(self):
        return self.attrs.get("role")


class Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None, 0)
        self.stack = [self.root]
        self.errors = []
        self.styles = []

    def handle_starttag(self, tag, attrs):
        d = {}
        for k, v in attrs:
            if k in d:
                self.errors.append("line %d: duplicate attribute %s on <%s>" % (self.getpos()[0], k, tag))
            d[k] = v if v is not None else ""
        n = Node(tag, d, self.stack[-1], self.getpos()[0])
        self.stack[-1].children.append(n)
        if tag not in VOID:
            self.stack.append(n)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            self.errors.append("line %d: end tag for void element </%s>" % (self.getpos()[0], tag))
            return
        top = self.stack[-1]
        if top.tag != tag:
            self.errors.append("line %d: </%s> closes <%s> opened on line %d" % (self.getpos()[0], tag, top.tag, top.line))
            for k in range(len(self.stack) - 1, 0, -1):
                if self.stack[k].tag == tag:
                    del self.stack[k:]
                    return
            return
        self.stack.pop()

    def handle_data(self, data):
        if self.stack[-1].tag == "style":
            self.styles.append(data)
        self.stack[-1].children.append(data)

    def close(self):
        super().close()
        for n in self.stack[1:]:
            self.errors.append("<%s> opened on line %d is never closed" % (n.tag, n.line))


# ------------------------------------------------------------------ css
SIMPLE_SEL = re.compile(r'^([a-z][a-z0-9]*)?((?:[.#][A-Za-z0-9_-]+)*)((?:\[[a-z-]+(?:="[^"]*")?\])*)$')


def parse_hide_rules(css, errors):
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    rules = []
    i = 0
    while True:
        j = css.find("{", i)
        if j < 0:
            break
        sel = css[i:j].strip()
        if sel.startswith("@"):
            depth, k = 1, j + 1
            while depth and k < len(css):
                depth += {"{": 1, "}": -1}.get(css[k], 0)
                k += 1
            body = css[j + 1:k - 1]
            if re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", body):
                errors.append("css: hiding rule inside %s is not evaluated" % sel)
            i = k
            continue
        k = css.find("}", j)
        decl = css[j + 1:k].replace(" ", "").lower()
        i = k + 1
        if "display:none" in decl or "visibility:hidden" in decl:
            for s in sel.split(","):
                s = s.strip()
                m = SIMPLE_SEL.match(s)
                if not m:
                    errors.append("css: unsupported hiding selector %r" % s)
                    continue
                tag = m.group(1)
                ids = re.findall(r"#([A-Za-z0-9_-]+)", m.group(2))
                classes = re.findall(r"\.([A-Za-z0-9_-]+)", m.group(2))
                attrs = re.findall(r'\[([a-z-]+)(?:="([^"]*)")?\]', m.group(3))
                rules.append((tag, ids, classes, attrs))
    return rules


def matches(n, rule):
    tag, ids, classes, attrs = rule
    if tag and n.tag != tag:
        return False
    if ids and n.attrs.get("id") not in ids:
        return False
    cl = n.attrs.get("class", "").split()
    if any(c not in cl for c in classes):
        return False
    for name, val in attrs:
        if name not in n.attrs:
            return False
        if val and n.attrs[name] != val:
            return False
    return True


class Doc:
    def __init__(self, text):
        p = Parser()
        p.feed(text)
        p.close()
        self.errors = list(p.errors)
        self.root = p.root
        self.hide_rules = parse_hide_rules("\n".join(p.styles), self.errors)
        self.byid = {}
        for n in self.root.iter():
            i = n.attrs.get("id")
            if i is not None:
                if i in self.byid:
                    self.errors.append("duplicate id %r (lines %d, %d)" % (i, self.byid[i].line, n.line))
                self.byid[i] = n
        self.labels_for = {}
        for n in self.root.iter():
            if n.tag == "label" and "for" in n.attrs:
                self.labels_for.setdefault(n.attrs["for"], []).append(n)
        self._hid = {}

    # visibility ------------------------------------------------------------
    def self_hidden(self, n):
        if n.tag == "#root":
            return False
        a = n.attrs
        if "hidden" in a or a.get("aria-hidden") == "true":
            return True
        st = a.get("style", "").replace(" ", "").lower()
        if "display:none" in st or "visibility:hidden" in st:
            return True
        if n.tag == "dialog" and "open" not in a:
            return True
        if n.tag in ("template", "script", "style", "head", "title"):
            return True
        return any(matches(n, r) for r in self.hide_rules)

    def hidden(self, n):
        if n in self._hid:
            return self._hid[n]
        h = self.self_hidden(n) or (n.parent is not None and self.hidden(n.parent))
        self._hid[n] = h
        return h

    # accessible names --------------------------------------------------------
    def content(self, n):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
                continue
            if self.self_hidden(c):
                continue
            if c.tag == "input":
                t = c.attrs.get("type", "text")
                if t not in ("checkbox", "radio", "hidden", "submit", "button", "reset", "file"):
                    out.append(" " + c.attrs.get("value", "") + " ")
                continue
            if c.tag == "select":
                out.append(" " + self.selected_option(c) + " ")
                continue
            if c.tag == "textarea":
                out.append(" " + c.text() + " ")
                continue
            if c.attrs.get("aria-label", "").strip():
                out.append(" " + c.attrs["aria-label"] + " ")
                continue
            s = self.content(c)
            out.append(" " + s + " " if c.tag in BLOCK else s)
        return "".join(out)

    def selected_option(self, sel):
        opts = [o for o in sel.iter() if o.tag == "option"]
        for o in opts:
            if "selected" in o.attrs:
                return o.text()
        return opts[0].text() if opts else ""

    def name(self, n):
        a = n.attrs
        if a.get("aria-labelledby", "").strip():
            parts = []
            for i in a["aria-labelledby"].split():
                r = self.byid.get(i)
                if r is None:
                    continue
                if r is n:
                    parts.append(self.content(n))
                elif r.attrs.get("aria-label", "").strip():
                    parts.append(r.attrs["aria-label"])
                else:
                    parts.append(self.content(r))
            s = " ".join(" ".join(parts).split())
            if s:
                return s
        if a.get("aria-label", "").strip():
            return " ".join(a["aria-label"].split())
        tag = n.tag
        if tag == "input" and a.get("type") in ("submit", "button", "reset"):
            return " ".join(a.get("value", "").split())
        if tag in ("input", "select", "textarea"):
            labs = list(self.labels_for.get(a.get("id"), [])) if a.get("id") else []
            for anc in n.ancestors():
                if anc.tag == "label":
                    labs.append(anc)
                    break
            if labs:
                return " ".join(" ".join(self.content(l) for l in labs).split())
            return " ".join((a.get("title") or a.get("placeholder") or "").split())
        if tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return " ".join(self.content(c).split())
            return ""
        if tag in ("button", "a", "summary") or n.role in NAME_FROM_CONTENT:
            return " ".join(self.content(n).split())
        return " ".join(a.get("title", "").split())


def is_control(n):
    if n.tag == "input":
        return n.attrs.get("type", "text") != "hidden"
    if n.tag in ("select", "textarea", "button"):
        return True
    if n.tag == "a" and "href" in n.attrs:
        return True
    return n.role in WIDGET_ROLES


class Unit:
    def __init__(self, node, kind, members):
        self.node, self.kind, self.members = node, kind, members
        self.name = ""
        self.hidden = False
        self.in_main = False


def units_of(doc):
    units, groups = [], {}
    for n in doc.root.iter():
        if not is_control(n):
            continue
        if (n.tag == "input" and n.attrs.get("type") == "radio") or n.role == "radio":
            cont = None
            for anc in n.ancestors():
                if anc.role == "radiogroup":
                    cont = anc
                    break
            if cont is None:
                for anc in n.ancestors():
                    if anc.tag == "fieldset":
                        cont = anc
                        break
            if cont is None:
                doc.errors.append("line %d: radio outside radiogroup/fieldset" % n.line)
                cont = n
            if cont not in groups:
                groups[cont] = Unit(cont, "radiogroup", [])
                units.append(groups[cont])
            groups[cont].members.append(n)
            continue
        if n.tag == "button" and "aria-pressed" in n.attrs and n.parent is not None and n.parent.role == "group":
            g = n.parent
            if g not in groups:
                groups[g] = Unit(g, "segmented", [])
                units.append(groups[g])
            groups[g].members.append(n)
            continue
        units.append(Unit(n, "control", [n]))
    for u in units:
        u.name = doc.name(u.node)
        u.hidden = doc.hidden(u.node)
        u.in_main = any(a.tag == "main" for a in u.node.ancestors())
    return units


def state_of(doc, u):
    n = u.node
    if u.kind == "radiogroup":
        for m in u.members:
            if ("checked" in m.attrs) or m.attrs.get("aria-checked") == "true":
                if m.tag == "input":
                    return doc.name(m)
                return " ".join(doc.content(m).split())
        return None
    if u.kind == "segmented":
        for m in u.members:
            if m.attrs.get("aria-pressed") == "true":
                return " ".join(doc.content(m).split())
        return None
    if n.tag == "input" and n.attrs.get("type") == "checkbox":
        return "checked" if "checked" in n.attrs else "unchecked"
    if n.role in ("switch", "checkbox"):
        return n.attrs.get("aria-checked")
    if n.tag == "select":
        return " ".join(doc.selected_option(n).split())
    return None


def nk(s):
    return " ".join(re.sub(r"[^\w]+", " ", s.lower()).split())


def check_page(lang, page, meta):
    errs = []
    base = os.path.join(ROOT, lang, page)
    text = open(base + ".html", encoding="utf-8").read()
    lines = text.split("\n")
    url = None
    if lines[0] != "<!DOCTYPE html>":
        errs.append("line 1 is not <!DOCTYPE html>")
    m = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", lines[1])
    if not m:
        errs.append("line 2 is not a saved-from comment")
    else:
        url = m.group(2)
        if int(m.group(1)) != len(url):
            errs.append("saved-from length %s != %d" % (m.group(1), len(url)))
    m3 = re.fullmatch(r'<html lang="([A-Za-z-]+)">', lines[2])
    if not m3:
        errs.append("line 3 is not <html lang=…>")
    try:
        exp = json.load(open(base + ".expect.json", encoding="utf-8"))
    except Exception as e:
        return ["expect json: %s" % e]
    if set(exp) != {"url", "lang", "notes", "ai_training"}:
        errs.append("expect keys: %s" % sorted(exp))
    if exp.get("url") != url:
        errs.append("expect url %r != page url %r" % (exp.get("url"), url))
    if exp.get("lang") != lang or (m3 and m3.group(1).split("-")[0] != lang):
        errs.append("language mismatch")
    if not isinstance(exp.get("notes"), str) or not exp["notes"].strip():
        errs.append("notes missing")
    labels = exp.get("ai_training", [])
    for e in labels:
        if set(e) != {"label", "sharing"} or not isinstance(e["label"], str) or not isinstance(e["sharing"], bool):
            errs.append("bad label entry %r" % e)

    doc = Doc(text)
    errs.extend(doc.errors)
    for n in doc.root.iter():
        for attr in ("aria-labelledby", "aria-describedby", "aria-controls"):
            for i in n.attrs.get(attr, "").split():
                if i not in doc.byid:
                    errs.append("line %d: %s target %r missing" % (n.line, attr, i))
        if n.tag == "label" and "for" in n.attrs:
            t = doc.byid.get(n.attrs["for"])
            if t is None or t.tag not in ("input", "select", "textarea"):
                errs.append("line %d: label for=%r has no form control target" % (n.line, n.attrs["for"]))

    # skeleton
    allnodes = list(doc.root.iter())
    headers = [n for n in allnodes if n.tag == "header"]
    mains = [n for n in allnodes if n.tag == "main"]
    footers = [n for n in allnodes if n.tag == "footer"]
    if len(headers) != 1 or len(mains) != 1 or len(footers) != 1:
        errs.append("skeleton: need one header, one main, one footer")
    else:
        h = headers[0]
        hn = list(h.iter())
        if not any(n.tag == "input" and n.attrs.get("type") == "search" for n in hn):
            errs.append("skeleton: no search box in header")
        if not any(n.tag == "select" for n in hn):
            errs.append("skeleton: no language select in header")
        btns = [n for n in hn if n.tag == "button" and n.attrs.get("aria-controls")]
        if not btns or not all("hidden" in doc.byid.get(b.attrs["aria-controls"], Node("x", {}, None, 0)).attrs for b in btns):
            errs.append("skeleton: account-menu button / hidden menu missing")
        navs = [n for n in allnodes if n.tag == "nav" and not any(a.tag in ("header", "main") for a in n.ancestors())]
        if not navs:
            errs.append("skeleton: no side navigation")

    units = units_of(doc)
    main_vis = [u for u in units if u.in_main and not u.hidden]
    for u in main_vis:
        if not u.name:
            errs.append("line %d: visible control without a name" % u.node.line)
    n_units = len(main_vis)
    if not 15 <= n_units <= 35:
        errs.append("main has %d visible control units (need 15-35)" % n_units)
    if meta is not None and meta.get("units") != n_units:
        errs.append("meta.json says %s units, page has %d" % (meta.get("units"), n_units))

    scope = [u for u in units if u.in_main or u.hidden]
    for e in labels:
        key = nk(e["label"])
        vis = [u for u in units if not u.hidden and nk(u.name) == key]
        hid = [u for u in units if u.hidden and nk(u.name) == key]
        if len(vis) != 1:
            errs.append("label %r names %d visible controls" % (e["label"], len(vis)))
        if hid:
            errs.append("label %r also names a hidden control" % e["label"])
        for u in scope:
            if u in vis:
                continue
            k2 = nk(u.name)
            if k2 and (k2 in key or key in k2):
                errs.append("label %r overlaps with %s control %r (line %d)" % (
                    e["label"], "hidden" if u.hidden else "other", u.name, u.node.line))
        if meta is not None and vis:
            ml = [l for l in meta["labels"] if l["label"] == e["label"]]
            if len(ml) != 1:
                errs.append("label %r not in meta.json" % e["label"])
            elif ml[0]["state"] is not None:
                st = state_of(doc, vis[0])
                if st is None or nk(st) != nk(ml[0]["state"]):
                    errs.append("label %r: page state %r != meta state %r" % (e["label"], st, ml[0]["state"]))
            if ml and ml[0]["sharing"] != e["sharing"]:
                errs.append("label %r: sharing differs from meta.json" % e["label"])
    if meta is not None:
        if [l["label"] for l in meta["labels"]] != [e["label"] for e in labels]:
            errs.append("meta.json labels differ from expect file")
        if not meta.get("hidden_ai"):
            errs.append("no hidden ai-training decoy recorded")
        for hname in meta.get("hidden_ai", []):
            key = nk(hname)
            if not any(u.hidden and nk(u.name) == key for u in units):
                errs.append("hidden decoy %r is not a hidden control" % hname)
            if any((not u.hidden) and nk(u.name) == key for u in units):
                errs.append("hidden decoy %r is also the name of a visible control" % hname)
    return errs


def dump(spec):
    lang, page = spec.split("/")
    doc = Doc(open(os.path.join(ROOT, lang, page + ".html"), encoding="utf-8").read())
    for u in units_of(doc):
        where = "main" if u.in_main else "----"
        print("%-4s %-6s %-10s %-10s %s" % (where, "HIDDEN" if u.hidden else "", u.kind, state_of(doc, u), u.name))


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        dump(sys.argv[2])
        return 0
    meta_path = os.path.join(ROOT, "tools", "meta.json")
    meta = json.load(open(meta_path, encoding="utf-8")) if os.path.exists(meta_path) else {}
    total_err, pages, labels = 0, 0, 0
    per_lang = {}
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        names = sorted(f[:-5] for f in os.listdir(d) if f.endswith(".html")) if os.path.isdir(d) else []
        per_lang[lang] = len(names)
        for page in names:
            pages += 1
            m = meta.get("%s/%s" % (lang, page))
            if m is None:
                print("%s/%s: not in tools/meta.json" % (lang, page))
                total_err += 1
            errs = check_page(lang, page, m)
            try:
                labels += len(json.load(open(os.path.join(d, page + ".expect.json")))["ai_training"])
            except Exception:
                pass
            for e in errs:
                print("%s/%s: %s" % (lang, page, e))
            total_err += len(errs)
            if not os.path.exists(os.path.join(d, page + ".expect.json")):
                print("%s/%s: expect file missing" % (lang, page))
                total_err += 1
    for lang, n in per_lang.items():
        if n != 5:
            print("%s: %d pages (need 5)" % (lang, n))
            total_err += 1
    for k in meta:
        lang, page = k.split("/")
        if not os.path.exists(os.path.join(ROOT, lang, page + ".html")):
            print("%s: in meta.json but no page" % k)
            total_err += 1
    print("%d pages, %d labelled controls, %d problems" % (pages, labels, total_err))
    return 1 if total_err else 0


if __name__ == "__main__":
    sys.exit(main())
