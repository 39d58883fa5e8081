#!/usr/bin/env python3
"""Self-check for the blind30 corpus (standard library only).

For every <lang>/<page>.html + .expect.json:
  * line 1 is <!DOCTYPE html>, line 2 the saved-from comment with the right
    4-digit length, line 3 <html lang="..."> matching the folder (pt: pt-BR/pt-PT);
  * the expect file is valid JSON with exactly url/lang/notes/ai_training, the
    url equals the comment's URL, lang equals the folder;
  * the markup is well formed (every tag closed), ids are unique and every
    aria-labelledby / aria-describedby / aria-controls / label[for] target exists;
  * the page has a header with a search box, a language select and an
    account-menu button whose menu is hidden, a side nav, a main and a footer;
  * every expected label is the accessible name (computed here the way a
    browser does: aria-labelledby, aria-label, label[for]/wrapping label,
    legend / radiogroup name, name from content, title, placeholder) of exactly
    one visible control (a radio group counts as one control), of no hidden
    control, and no other control in <main> (visible or hidden) or hidden
    anywhere has a name (4+ characters) that contains it or is contained in it;
  * <main> holds 15-35 visible control units, equal to tools/meta.json.
Exit status 0 when everything passes.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BLOCK = {"div", "p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header",
         "footer", "nav", "main", "table", "tr", "td", "th", "thead", "tbody", "caption", "fieldset", "legend",
         "details", "summary", "dialog", "form", "aside", "br"}
CONTROL_ROLES = {"switch", "checkbox", "radio", "button", "link", "tab", "combobox", "slider", "spinbutton",
                 "menuitem", "menuitemcheckbox", "menuitemradio", "option", "textbox", "searchbox"}
CONTENT_ROLES = {"button", "link", "switch", "checkbox", "radio", "tab", "menuitem", "menuitemcheckbox",
                 "menuitemradio", "option", "cell", "columnheader", "rowheader", "heading", "tooltip"}


class Node:
    __slots__ = ("tag", "attrs", "children", "parent", "line")

    def __init__(self, tag, attrs, parent, line=0):
        self.tag = tag
        self.attrs = attrs
        self.children = []
        self.parent = parent
        self.line = line

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()


class Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.errors = []
        self.comments = []

    def handle_starttag(self, tag, attrs):
        n = Node(tag, {k: (v if v is not None else "") for k, v in attrs}, self.cur, self.getpos()[0])
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        n = Node(tag, {k: (v if v is not None else "") for k, v in attrs}, self.cur, self.getpos()[0])
        self.cur.children.append(n)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if self.cur.tag != tag:
            self.errors.append(f"line {self.getpos()[0]}: </{tag}> closes <{self.cur.tag}>")
            n = self.cur
            while n is not None and n.tag != tag:
                n = n.parent
            if n is None:
                return
            self.cur = n.parent
            return
        self.cur = self.cur.parent

    def handle_data(self, data):
        self.cur.children.append(data)

    def handle_comment(self, data):
        self.comments.append(data)


def norm(s):
    return " ".join(s.split())


def loose(s):
    """normalisation used for the containment check: casefold, letters/digits only"""
    s = s.casefold().replace("’", "'")
    s = re.sub(r"[^\w]+", " ", s)
    return " " + " ".join(s.split()) + " "


class Doc:
    def __init__(self, text):
        b = Builder()
        b.feed(text)
        b.close()
        self.errors = list(b.errors)
        if b.cur is not b.root:
            self.errors.append(f"unclosed <{b.cur.tag}> at end of document")
        self.root = b.root
        self.comments = b.comments
        self.byid = {}
        self.labels_for = {}
        self.hidden_classes = set()
        for n in self.root.iter():
            i = n.attrs.get("id")
            if i:
                if i in self.byid:
                    self.errors.append(f"duplicate id {i!r}")
                self.byid[i] = n
            if n.tag == "label" and n.attrs.get("for"):
                self.labels_for.setdefault(n.attrs["for"], []).append(n)
            if n.tag == "style":
                css = "".join(c for c in n.children if isinstance(c, str))
                for sel, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
                    b2 = body.replace(" ", "").lower()
                    if "display:none" in b2 or "visibility:hidden" in b2:
                        for part in sel.split(","):
                            part = part.strip()
                            m = re.fullmatch(r"\.([\w-]+)", part)
                            if m:
                                self.hidden_classes.add(m.group(1))
                            else:
                                self.errors.append(f"unsupported hiding selector {part!r}")

    # ---------------------------------------------------------------- hidden
    def self_hidden(self, n):
        a = n.attrs
        if "hidden" in a:
            return "hidden attribute"
        if a.get("aria-hidden", "").lower() == "true":
            return "aria-hidden"
        st = a.get("style", "").replace(" ", "").lower()
        if "display:none" in st:
            return "display:none"
        if "visibility:hidden" in st:
            return "visibility:hidden"
        cls = set(a.get("class", "").split())
        if cls & self.hidden_classes:
            return "class " + ",".join(sorted(cls & self.hidden_classes))
        if n.tag == "dialog" and "open" not in a:
            return "closed dialog"
        if n.tag in ("template", "script", "style", "head", "title"):
            return n.tag
        return None

    def hidden(self, n):
        while n is not None and n.tag != "#root":
            r = self.self_hidden(n)
            if r:
                return r
            n = n.parent
        return None

    # --------------------------------------------------------------- accname
    def text_of(self, n, skip=None):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
                continue
            if c is skip or self.self_hidden(c):
                continue
            t = c.tag
            role = c.attrs.get("role", "")
            part = None
            if c.attrs.get("aria-label", "").strip() and not c.attrs.get("aria-labelledby"):
                part = c.attrs["aria-label"]
            elif t == "input":
                typ = c.attrs.get("type", "text").lower()
                if typ in ("checkbox", "radio", "hidden") or role in ("switch", "checkbox"):
                    part = ""
                elif typ in ("button", "submit", "reset"):
                    part = c.attrs.get("value", "")
                else:
                    part = c.attrs.get("value", "")
            elif t == "select":
                opts = [o for o in c.iter() if o.tag == "option"]
                sel = [o for o in opts if "selected" in o.attrs] or opts[:1]
                part = " ".join(self.text_of(o) for o in sel)
            elif t == "textarea":
                part = self.text_of(c)
            elif t == "br":
                part = " "
            else:
                part = self.text_of(c, skip)
            if t in BLOCK:
                part = " " + part + " "
            out.append(part)
        return "".join(out)

    def ref_text(self, ids):
        parts = []
        for i in ids.split():
            r = self.byid.get(i)
            if r is None:
                continue
            if r.attrs.get("aria-label", "").strip():
                parts.append(r.attrs["aria-label"])
            else:
                parts.append(self.text_of(r))
        return norm(" ".join(parts))

    def accname(self, n):
        a = n.attrs
        if a.get("aria-labelledby"):
            s = self.ref_text(a["aria-labelledby"])
            if s:
                return s
        if a.get("aria-label", "").strip():
            return norm(a["aria-label"])
        t = n.tag
        role = a.get("role", "")
        typ = a.get("type", "text").lower()
        if t in ("select", "textarea") or (t == "input" and typ not in ("button", "submit", "reset", "image")):
            labs = []
            if a.get("id"):
                labs.extend(self.labels_for.get(a["id"], []))
            p = n.parent
            while p is not None:
                if p.tag == "label":
                    if p not in labs:
                        labs.append(p)
                    break
                p = p.parent
            s = norm(" ".join(self.text_of(l, skip=n) for l in labs))
            if s:
                return s
            if a.get("title"):
                return norm(a["title"])
            if a.get("placeholder"):
                return norm(a["placeholder"])
            return ""
        if t == "input":
            return norm(a.get("value", ""))
        if t == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return norm(self.text_of(c))
        if t in ("button", "a", "summary", "option") or role in CONTENT_ROLES:
            s = norm(self.text_of(n))
            if s:
                return s
        return norm(a.get("title", ""))

    # -------------------------------------------------------------- controls
    @staticmethod
    def is_control(n):
        t = n.tag
        a = n.attrs
        if t == "input":
            return a.get("type", "text").lower() != "hidden"
        if t in ("select", "textarea", "button"):
            return True
        if t == "a" and "href" in a:
            return True
        return a.get("role", "") in CONTROL_ROLES

    @staticmethod
    def is_radio(n):
        return (n.tag == "input" and n.attrs.get("type", "").lower() == "radio") or n.attrs.get("role") == "radio"

    def radio_group(self, n):
        """(group key, group name) for a radio control"""
        p = n.parent
        while p is not None and p.tag != "#root":
            if p.tag == "fieldset":
                return ("fs", id(p)), self.accname(p), p
            if p.attrs.get("role") == "radiogroup":
                return ("rg", id(p)), self.accname(p), p
            p = p.parent
        return ("name", n.attrs.get("name", "")), "", None

    def entries(self):
        """all controls as dicts: name, node, visible, in_main, kind ('control' | 'radio' | 'group')"""
        out = []
        groups = {}
        for n in self.root.iter():
            if not self.is_control(n):
                continue
            in_main = False
            p = n.parent
            while p is not None:
                if p.tag == "main":
                    in_main = True
                    break
                p = p.parent
            vis = self.hidden(n) is None
            if self.is_radio(n):
                key, gname, gnode = self.radio_group(n)
                out.append(dict(name=self.accname(n), node=n, visible=vis, in_main=in_main, kind="radio", group=key))
                g = groups.setdefault(key, dict(name=gname, node=gnode or n, visible=False, in_main=in_main,
                                               kind="group", group=key))
                g["visible"] = g["visible"] or vis
            else:
                out.append(dict(name=self.accname(n), node=n, visible=vis, in_main=in_main, kind="control", group=None))
        out.extend(groups.values())
        return out


def check_page(lang, html_path, exp_path, meta):
    errs = []
    text = open(html_path, encoding="utf-8").read()
    lines = text.split("\n")
    if lines[0] != "<!DOCTYPE html>":
        errs.append("line 1 is not <!DOCTYPE html>")
    m = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", lines[1] if len(lines) > 1 else "")
    url = None
    if not m:
        errs.append("line 2 is not a saved-from comment")
    else:
        url = m.group(2)
        if int(m.group(1)) != len(url):
            errs.append(f"saved-from length {m.group(1)} != {len(url)}")
    m2 = re.match(r'<html lang="([^"]+)">', lines[2] if len(lines) > 2 else "")
    if not m2:
        errs.append("line 3 is not <html lang=...>")
    else:
        hl = m2.group(1)
        if lang == "pt":
            if hl not in ("pt-BR", "pt-PT"):
                errs.append(f"Portuguese page has lang {hl!r}")
        elif hl.split("-")[0] != lang:
            errs.append(f"html lang {hl!r} in folder {lang}")
    try:
        exp = json.load(open(exp_path, encoding="utf-8"))
    except Exception as e:  # noqa
        return [f"expect JSON invalid: {e}"], None
    if set(exp) != {"url", "lang", "notes", "ai_training"}:
        errs.append(f"expect keys {sorted(exp)}")
    if exp.get("url") != url:
        errs.append(f"expect url {exp.get('url')!r} != comment url {url!r}")
    if exp.get("lang") != lang:
        errs.append(f"expect lang {exp.get('lang')!r}")
    if not isinstance(exp.get("notes"), str) or not exp["notes"].strip():
        errs.append("notes missing")
    items = exp.get("ai_training")
    if not isinstance(items, list):
        return errs + ["ai_training is not a list"], None
    for it in items:
        if not isinstance(it, dict) or set(it) != {"label", "sharing"} or not isinstance(it["label"], str) \
                or not isinstance(it["sharing"], bool) or not it["label"].strip():
            errs.append(f"bad ai_training entry {it!r}")
    labels = [it["label"] for it in items if isinstance(it, dict) and isinstance(it.get("label"), str)]
    if len(set(map(norm, labels))) != len(labels):
        errs.append("duplicate expected labels")

    doc = Doc(text)
    errs.extend(doc.errors)
    # references
    for n in doc.root.iter():
        for attr in ("aria-labelledby", "aria-describedby", "aria-controls"):
            for i in n.attrs.get(attr, "").split():
                if i not in doc.byid:
                    errs.append(f"{attr} -> missing id {i!r}")
        if n.tag == "label" and n.attrs.get("for") and n.attrs["for"] not in doc.byid:
            errs.append(f"label for -> missing id {n.attrs['for']!r}")
    # page skeleton
    tags = {}
    for n in doc.root.iter():
        tags.setdefault(n.tag, []).append(n)
    header = (tags.get("header") or [None])[0]
    if header is None:
        errs.append("no header")
    else:
        hs = list(header.iter())
        if not any(x.tag == "input" and x.attrs.get("type") == "search" and doc.hidden(x) is None for x in hs):
            errs.append("header has no visible search box")
        if not any(x.tag == "select" and doc.hidden(x) is None and doc.accname(x) for x in hs):
            errs.append("header has no language select")
        btn = [x for x in hs if x.tag == "button" and x.attrs.get("aria-haspopup")]
        if not btn:
            errs.append("header has no account-menu button")
        else:
            menu = doc.byid.get(btn[0].attrs.get("aria-controls", ""))
            if menu is None or doc.hidden(menu) is None:
                errs.append("account menu is not hidden")
    for t in ("nav", "main", "footer"):
        if t not in tags:
            errs.append(f"no <{t}>")

    ents = doc.entries()
    vis = [e for e in ents if e["visible"]]
    hid = [e for e in ents if not e["visible"]]
    for lab in labels:
        nl = norm(lab)
        hits = [e for e in vis if e["name"] == nl]
        if len(hits) != 1:
            errs.append(f"label {lab!r}: {len(hits)} visible controls carry this name")
            continue
        hit = hits[0]
        if any(e["name"] == nl for e in hid):
            errs.append(f"label {lab!r} is also the name of a hidden control")
        L = loose(lab)
        for e in ents:
            if e is hit or not e["name"] or (e["visible"] and not e["in_main"]):
                continue
            if hit["kind"] == "group" and e["kind"] == "radio" and e["group"] == hit["group"]:
                continue
            E = loose(e["name"])
            if len(E.strip()) < 4:
                continue
            if E in L or L in E:
                where = "visible" if e["visible"] else "hidden"
                errs.append(f"label {lab!r} overlaps {where} control {e['name']!r}")
    units = sum(1 for e in vis if e["in_main"] and e["kind"] != "radio")
    if not 15 <= units <= 35:
        errs.append(f"{units} control units in <main> (want 15-35)")
    if meta is not None:
        if meta["further_controls"] != units:
            errs.append(f"meta further_controls {meta['further_controls']} != {units} counted")
        if meta["labelled"] != len(labels):
            errs.append("meta labelled count differs")
        if meta["hidden_not_listed"] > 0:
            hidden_names = {e["name"] for e in hid}
            for hn in meta["hidden_names"]:
                if hn not in hidden_names:
                    errs.append(f"hidden AI decoy {hn!r} is not the name of a hidden control")
        for lab in meta["labels"]:
            if lab["label"] not in labels:
                errs.append("meta labels differ from expect file")
    info = dict(units=units, hidden_controls=len(hid), labelled=len(labels))
    return errs, info


def main():
    meta_path = os.path.join(ROOT, "tools", "meta.json")
    meta = {}
    if os.path.exists(meta_path):
        for m in json.load(open(meta_path, encoding="utf-8"))["pages"]:
            meta[m["page"]] = m
    total_err = 0
    pages = 0
    urls = set()
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        if not os.path.isdir(d):
            print(f"MISSING folder {lang}")
            total_err += 1
            continue
        htmls = sorted(f for f in os.listdir(d) if f.endswith(".html"))
        exps = sorted(f for f in os.listdir(d) if f.endswith(".expect.json"))
        if len(htmls) != 5:
            print(f"{lang}: {len(htmls)} pages (want 5)")
            total_err += 1
        if [h[:-5] for h in htmls] != [e[:-12] for e in exps]:
            print(f"{lang}: html and expect files do not pair up")
            total_err += 1
        for h in htmls:
            slug = h[:-5]
            pages += 1
            errs, info = check_page(lang, os.path.join(d, h), os.path.join(d, slug + ".expect.json"),
                                    meta.get(f"{lang}/{slug}"))
            if meta and f"{lang}/{slug}" not in meta:
                errs.append("page missing from meta.json")
            u = json.load(open(os.path.join(d, slug + ".expect.json"), encoding="utf-8")).get("url")
            if u in urls:
                errs.append("URL used twice")
            urls.add(u)
            status = "ok  " if not errs else "FAIL"
            extra = f"units={info['units']} labelled={info['labelled']} hidden={info['hidden_controls']}" if info else ""
            print(f"{status} {lang}/{slug} {extra}")
            for e in errs:
                print("     - " + e)
            total_err += len(errs)
    print(f"{pages} pages, {total_err} problems")
    return 1 if total_err else 0


if __name__ == "__main__":
    sys.exit(main())
