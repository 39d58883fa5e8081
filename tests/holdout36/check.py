#!/usr/bin/env python3
"""Self-check for the blind36 set (standard library only).

For every <lang>/<page>.html with its .expect.json:
  * the three first lines (doctype, saved-from comment with the right length, <html lang>)
  * the expect file: exactly url, lang, notes, ai_training; same url and language
  * well-formed markup (every element closed in order), no duplicate attributes, unique ids,
    existing aria-labelledby / aria-describedby / aria-controls / label-for targets
  * the skeleton: header with a search box, a language select and an account-menu button whose
    menu is `hidden`; a side <nav>; one <main>; a <footer>
  * every expected label is the computed accessible name of exactly one visible control unit and
    of no hidden one, and no other unit in <main> (or hidden anywhere) has a name that contains
    it or is contained in it (normalised)
  * <main> has 15-35 visible control units, equal to tools/meta.json; the hidden ai-training
    decoys named in meta.json exist and are hidden; at least one per page
"""
import json
import os
import re
import sys
import unicodedata
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
INLINE = {"span", "b", "strong", "em", "i", "a", "code", "small", "abbr", "mark", "kbd", "sup", "sub", "u",
          "s", "q", "cite", "time", "bdi", "bdo", "data", "var", "samp", "label", "img"}
CONTROL_ROLES = {"switch", "checkbox", "radio", "button", "link", "tab", "menuitem", "menuitemcheckbox",
                 "menuitemradio", "combobox", "slider", "spinbutton", "textbox", "searchbox"}
NAME_FROM_CONTENT = {"switch", "checkbox", "radio", "button", "link", "tab", "menuitem", "menuitemcheckbox",
                     "menuitemradio", "option", "cell", "columnheader", "rowheader", "heading", "tooltip"}


class Node:
    __slots__ = ("tag", "attrs", "children", "parent", "line")

    def __init__(self, tag, attrs, parent, line):
        self.tag, self.attrs, self.children, self.parent, self.line = tag, attrs, [], parent, line

    def a(self, k, d=None):
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


class Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None, 0)
        self.cur = self.root
        self.errors = []

    def _attrs(self, tag, attrs):
        d = {}
        for k, v in attrs:
            if k in d:
                self.errors.append(f"line {self.getpos()[0]}: duplicate attribute {k} on <{tag}>")
            d[k] = "" if v is None else v
        return d

    def handle_starttag(self, tag, attrs):
        n = Node(tag, self._attrs(tag, attrs), self.cur, self.getpos()[0])
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        n = Node(tag, self._attrs(tag, attrs), self.cur, self.getpos()[0])
        self.cur.children.append(n)
        if tag not in VOID:
            self.errors.append(f"line {self.getpos()[0]}: self-closing non-void <{tag}/>")

    def handle_endtag(self, tag):
        if tag in VOID:
            self.errors.append(f"line {self.getpos()[0]}: end tag for void </{tag}>")
            return
        if self.cur.tag != tag:
            self.errors.append(f"line {self.getpos()[0]}: </{tag}> closes <{self.cur.tag}> (line {self.cur.line})")
            # try to recover
            for anc in [self.cur] + list(self.cur.ancestors()):
                if anc.tag == tag:
                    self.cur = anc.parent
                    return
            return
        self.cur = self.cur.parent

    def handle_data(self, data):
        self.cur.children.append(data)

    def close(self):
        super().close()
        if self.cur is not self.root:
            self.errors.append(f"unclosed <{self.cur.tag}> from line {self.cur.line}")


# ---------------------------------------------------------------- css ------------------
def parse_css_hiders(css):
    """simple selectors (.a, #b, tag, tag.a) whose rule sets display:none or visibility:hidden;
    @-blocks (media queries etc.) are skipped."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    hiders = []
    i = 0
    n = len(css)
    while i < n:
        j = css.find("{", i)
        if j < 0:
            break
        sel = css[i:j].strip()
        # find matching brace
        depth, k = 1, j + 1
        while k < n and depth:
            if css[k] == "{":
                depth += 1
            elif css[k] == "}":
                depth -= 1
            k += 1
        body = css[j + 1:k - 1]
        i = k
        if sel.startswith("@"):
            continue
        decl = body.replace(" ", "").lower()
        hide = "display:none" in decl or "visibility:hidden" in decl
        if not hide:
            continue
        for s in sel.split(","):
            s = s.strip()
            m = re.fullmatch(r"([a-z][a-z0-9]*)?((?:[.#][\w-]+)*)", s)
            if not m or not s:
                continue
            tag = m.group(1)
            parts = re.findall(r"([.#])([\w-]+)", m.group(2))
            hiders.append((tag, parts))
    return hiders


def css_matches(node, hiders):
    classes = set(node.a("class", "").split())
    for tag, parts in hiders:
        if tag and node.tag != tag:
            continue
        ok = True
        for kind, val in parts:
            if kind == "." and val not in classes:
                ok = False
            if kind == "#" and node.a("id") != val:
                ok = False
        if ok and (tag or parts):
            return True
    return False


def style_hides(node):
    st = node.a("style", "").replace(" ", "").lower()
    return "display:none" in st or "visibility:hidden" in st


class Doc:
    def __init__(self, text):
        b = Builder()
        b.feed(text)
        b.close()
        self.root, self.errors = b.root, b.errors
        css = ""
        for n in self.root.iter():
            if n.tag == "style":
                css += "".join(c for c in n.children if isinstance(c, str))
        self.hiders = parse_css_hiders(css)
        self.byid = {}
        self.dup_ids = []
        for n in self.root.iter():
            i = n.a("id")
            if i is not None:
                if i in self.byid:
                    self.dup_ids.append(i)
                self.byid[i] = n
        self.labels_for = {}
        for n in self.root.iter():
            if n.tag == "label" and n.a("for"):
                self.labels_for.setdefault(n.a("for"), []).append(n)

    def self_hidden(self, n):
        if n.tag in ("script", "style", "template", "head", "title"):
            return True
        if "hidden" in n.attrs:
            return True
        if n.a("aria-hidden") == "true":
            return True
        if n.tag == "dialog" and "open" not in n.attrs:
            return True
        if style_hides(n) or css_matches(n, self.hiders):
            return True
        if n.tag == "input" and n.a("type") == "hidden":
            return True
        return False

    def hidden(self, n):
        for x in [n] + list(n.ancestors()):
            if x.tag != "#root" and self.self_hidden(x):
                return True
        return False

    # ------------------------------------------------------------ names ----------------
    def text(self, n, skip=None):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
                continue
            if c is skip or self.self_hidden(c):
                continue
            if c.tag == "br":
                out.append(" ")
                continue
            if c.tag == "img":
                out.append(c.a("alt", ""))
                continue
            if c.tag in ("input", "textarea"):
                if c.a("type") in ("text", "search", "email", None) and c.tag == "input":
                    out.append(" " + c.a("value", "") + " ")
                continue
            if c.tag == "select":
                for o in c.iter():
                    if o.tag == "option" and "selected" in o.attrs:
                        out.append(" " + self.text(o) + " ")
                continue
            if c.a("aria-label", "").strip():
                t = c.a("aria-label")
            else:
                t = self.text(c, skip)
            if c.tag in INLINE:
                out.append(t)
            else:
                out.append(" " + t + " ")
        return "".join(out)

    def name(self, n):
        lb = n.a("aria-labelledby")
        if lb:
            parts = []
            for i in lb.split():
                r = self.byid.get(i)
                if r is None:
                    continue
                parts.append(norm_ws(self.text(r)) if r is not n else norm_ws(self.text(n)))
            s = norm_ws(" ".join(parts))
            if s:
                return s
        al = n.a("aria-label", "").strip()
        if al:
            return norm_ws(al)
        role = n.a("role")
        if n.tag in ("input", "select", "textarea") and not role:
            if n.tag == "input" and n.a("type") in ("button", "submit", "reset"):
                return norm_ws(n.a("value", ""))
            labs = list(self.labels_for.get(n.a("id"), [])) if n.a("id") else []
            for anc in n.ancestors():
                if anc.tag == "label" and anc not in labs:
                    labs.append(anc)
            if labs:
                return norm_ws(" ".join(self.text(l, skip=n) for l in labs))
            return norm_ws(n.a("title", "") or n.a("placeholder", ""))
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return norm_ws(self.text(c))
        if n.tag in ("button", "a", "summary") or role in NAME_FROM_CONTENT:
            s = norm_ws(self.text(n))
            if s:
                return s
        return norm_ws(n.a("title", ""))

    # ------------------------------------------------------------ units ----------------
    def units(self):
        """list of dicts: key node, name, visible, in_main, parts"""
        main = None
        for n in self.root.iter():
            if n.tag == "main":
                main = n
        units = {}
        order = []
        for n in self.root.iter():
            role = n.a("role")
            is_ctrl = False
            if n.tag == "input" and n.a("type") != "hidden":
                is_ctrl = True
            elif n.tag in ("select", "textarea", "button"):
                is_ctrl = True
            elif n.tag == "a" and "href" in n.attrs:
                is_ctrl = True
            elif role in CONTROL_ROLES:
                is_ctrl = True
            if not is_ctrl:
                continue
            container = n
            if (n.tag == "input" and n.a("type") == "radio") or role == "radio":
                for anc in n.ancestors():
                    if anc.tag == "fieldset" or anc.a("role") == "radiogroup":
                        container = anc
                        break
                else:
                    container = ("radio-name", n.a("name"))
            elif n.a("aria-pressed") is not None:
                for anc in n.ancestors():
                    if anc.a("role") == "group":
                        container = anc
                        break
            key = id(container) if isinstance(container, Node) else container
            if key not in units:
                cn = container if isinstance(container, Node) else n
                units[key] = dict(node=cn, parts=[n], name=self.name(cn),
                                  visible=not self.hidden(cn),
                                  in_main=main is not None and (cn is main or main in cn.ancestors()))
                order.append(key)
            else:
                units[key]["parts"].append(n)
        return [units[k] for k in order]


def norm_ws(s):
    return re.sub(r"\s+", " ", s).strip()


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = "".join(ch if ch.isalnum() else " " for ch in s)
    return re.sub(r"\s+", " ", s).strip()


def check_page(path, exp_path, meta, lang):
    errs = []
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    try:
        exp = json.load(open(exp_path, encoding="utf-8"))
    except Exception as e:  # noqa
        return [f"expect json invalid: {e}"]
    if set(exp) != {"url", "lang", "notes", "ai_training"}:
        errs.append(f"expect keys {sorted(exp)}")
    if lines[0] != "<!DOCTYPE html>":
        errs.append("line 1 is not <!DOCTYPE html>")
    m = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", lines[1] if len(lines) > 1 else "")
    if not m:
        errs.append("line 2 is not a saved-from comment")
    else:
        if int(m.group(1)) != len(m.group(2)):
            errs.append(f"saved-from length {m.group(1)} != {len(m.group(2))}")
        if m.group(2) != exp.get("url"):
            errs.append("url differs from expect")
    if len(lines) < 3 or lines[2] != f'<html lang="{lang}">':
        errs.append("line 3 is not <html lang=…>")
    if exp.get("lang") != lang:
        errs.append("expect lang differs")
    if not isinstance(exp.get("notes"), str) or not exp.get("notes"):
        errs.append("notes missing")
    ai = exp.get("ai_training")
    if not isinstance(ai, list):
        return errs + ["ai_training is not a list"]
    for e in ai:
        if not isinstance(e, dict) or set(e) != {"label", "sharing"} or not isinstance(e["sharing"], bool) \
                or not isinstance(e["label"], str):
            errs.append(f"bad entry {e}")
    d = Doc(text)
    errs += d.errors
    if d.dup_ids:
        errs.append(f"duplicate ids {sorted(set(d.dup_ids))}")
    for n in d.root.iter():
        for at in ("aria-labelledby", "aria-describedby", "aria-controls"):
            for i in n.a(at, "").split():
                if i not in d.byid:
                    errs.append(f"{at} target #{i} missing (line {n.line})")
        if n.tag == "label" and n.a("for") and n.a("for") not in d.byid:
            errs.append(f"label for=#{n.a('for')} missing")
    # skeleton
    heads = [n for n in d.root.iter() if n.tag == "header"]
    mains = [n for n in d.root.iter() if n.tag == "main"]
    if len(mains) != 1:
        errs.append(f"{len(mains)} <main> elements")
    if not [n for n in d.root.iter() if n.tag == "nav" and not any(a.tag == "header" for a in n.ancestors())]:
        errs.append("no side <nav>")
    if not [n for n in d.root.iter() if n.tag == "footer"]:
        errs.append("no <footer>")
    if not heads:
        errs.append("no <header>")
    else:
        h = heads[0]
        hs = list(h.iter())
        if not any(n.tag == "input" and n.a("type") == "search" for n in hs):
            errs.append("header has no search box")
        if not any(n.tag == "select" for n in hs):
            errs.append("header has no language select")
        ok = False
        for n in hs:
            if n.tag == "button" and n.a("aria-controls") and n.a("aria-haspopup"):
                menu = d.byid.get(n.a("aria-controls"))
                if menu is not None and "hidden" in menu.attrs:
                    ok = True
        if not ok:
            errs.append("no account-menu button with a hidden menu")
    # units and labels
    units = d.units()
    for u in units:
        if not u["name"]:
            errs.append(f"unit without name: <{u['node'].tag}> line {u['node'].line}")
    main_vis = [u for u in units if u["in_main"] and u["visible"]]
    hidden_units = [u for u in units if not u["visible"]]
    if not (15 <= len(main_vis) <= 35):
        errs.append(f"<main> has {len(main_vis)} visible control units")
    if meta is None:
        errs.append("page missing from meta.json")
    else:
        if meta["further"] != len(main_vis):
            errs.append(f"meta further={meta['further']} but markup has {len(main_vis)}")
        if meta["labelled"] != len(ai):
            errs.append("meta labelled count differs")
        if meta["hidden"] < 1:
            errs.append("no hidden ai-training decoy")
        for hn in meta["hidden_names"]:
            hits = [u for u in hidden_units if u["name"] == hn]
            vis = [u for u in units if u["visible"] and u["name"] == hn]
            if len(hits) != 1 or vis:
                errs.append(f"hidden decoy '{hn}': {len(hits)} hidden, {len(vis)} visible")
    for e in ai:
        lab = e.get("label", "")
        exact = [u for u in units if u["name"] == lab]
        vis = [u for u in exact if u["visible"]]
        if len(vis) != 1:
            errs.append(f"label '{lab}': {len(vis)} visible controls with that name")
        if any(not u["visible"] for u in exact):
            errs.append(f"label '{lab}': also the name of a hidden control")
        nl = norm(lab)
        for u in main_vis + hidden_units:
            if vis and u is vis[0]:
                continue
            if u["visible"] and not u["in_main"]:
                continue
            nu = norm(u["name"])
            if nu and (nu in nl or nl in nu):
                errs.append(f"label '{lab}' ambiguous with '{u['name']}' "
                            f"({'visible' if u['visible'] else 'hidden'}, line {u['node'].line})")
    return errs


def main():
    meta_path = os.path.join(ROOT, "tools", "meta.json")
    meta = {}
    if os.path.exists(meta_path):
        for m in json.load(open(meta_path, encoding="utf-8"))["pages"]:
            meta[m["page"]] = m
    total, bad = 0, 0
    counts = {}
    for lang in LANGS:
        dirp = os.path.join(ROOT, lang)
        pages = sorted(f[:-5] for f in os.listdir(dirp) if f.endswith(".html")) if os.path.isdir(dirp) else []
        counts[lang] = len(pages)
        for pg in pages:
            total += 1
            exp = os.path.join(dirp, pg + ".expect.json")
            if not os.path.exists(exp):
                print(f"{lang}/{pg}: no expect file")
                bad += 1
                continue
            errs = check_page(os.path.join(dirp, pg + ".html"), exp, meta.get(f"{lang}/{pg}"), lang)
            if errs:
                bad += 1
                for e in errs:
                    print(f"{lang}/{pg}: {e}")
        extra = [f for f in (os.listdir(dirp) if os.path.isdir(dirp) else [])
                 if not (f.endswith(".html") or f.endswith(".expect.json"))]
        for f in extra:
            print(f"{lang}/{f}: unexpected file")
            bad += 1
    for lang, c in counts.items():
        if c != 5:
            print(f"{lang}: {c} pages, expected 5")
            bad += 1
    print(f"checked {total} pages: {'OK' if not bad else f'{bad} problem(s)'}")
    return 1 if bad else 0


def dump(page):
    """print every control unit of one page (for review): python3 check.py --dump en/page"""
    d = Doc(open(os.path.join(ROOT, page + ".html"), encoding="utf-8").read())
    for u in d.units():
        where = "main" if u["in_main"] else "    "
        vis = "  " if u["visible"] else "H "
        print(f"{vis}{where} <{u['node'].tag} {u['node'].a('role') or ''}> {u['name']}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        dump(sys.argv[2])
        sys.exit(0)
    sys.exit(main())
