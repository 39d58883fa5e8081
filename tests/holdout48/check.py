#!/usr/bin/env python3
"""Self-check for blind48. Parses every saved page on its own (html.parser), computes
accessible names and visibility independently of tools/lib.py, and checks the pages
against their .expect.json files and tools/meta.json.

    python3 check.py
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
BLOCK = {"p", "div", "li", "ul", "ol", "section", "td", "th", "tr", "table", "h1", "h2", "h3", "h4",
         "fieldset", "legend", "caption", "details", "summary", "label", "form", "header", "footer", "nav", "main"}
CONTENT_ROLES = {"switch", "checkbox", "button", "link", "tab", "menuitem", "radio", "option"}
UNIT_ROLES = {"switch", "checkbox", "button", "link", "tab", "menuitem", "textbox", "combobox", "slider", "searchbox"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, attrs, parent, []

    def elements(self):
        for c in self.children:
            if isinstance(c, Node):
                yield c
                yield from c.elements()

    def ancestors(self):
        n = self.parent
        while n is not None:
            yield n
            n = n.parent


class Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.stack = [self.root]
        self.errors = []

    def handle_starttag(self, tag, attrs):
        d = {}
        for k, v in attrs:
            if k in d:
                self.errors.append(f"duplicate attribute {k} on <{tag}>")
            d[k] = v if v is not None else ""
        n = Node(tag, d, self.stack[-1])
        self.stack[-1].children.append(n)
        if tag not in VOID:
            self.stack.append(n)

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID:
            self.errors.append(f"self-closed non-void <{tag}/>")
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            self.errors.append(f"end tag for void <{tag}>")
            return
        top = self.stack[-1]
        if top.tag != tag:
            self.errors.append(f"</{tag}> closes <{top.tag}> (line {self.getpos()[0]})")
            return
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def norm(s):
    return " ".join(s.split())


def key1(s):
    s = unicodedata.normalize("NFC", s).lower().replace("’", "'").replace("‘", "'")
    return norm(s)


def key2(s):
    s = unicodedata.normalize("NFKD", key1(s))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"[^\w]+", " ", s)
    return norm(s)


class Doc:
    def __init__(self, text):
        p = Parser()
        p.feed(text)
        p.close()
        self.errors = list(p.errors)
        if len(p.stack) != 1:
            self.errors.append("unclosed elements: " + ", ".join(n.tag for n in p.stack[1:]))
        self.root = p.root
        self.els = list(self.root.elements())
        self.ids = {}
        for e in self.els:
            if "id" in e.attrs:
                if e.attrs["id"] in self.ids:
                    self.errors.append(f"duplicate id {e.attrs['id']}")
                self.ids[e.attrs["id"]] = e
        css = "".join(c for e in self.els if e.tag == "style" for c in e.children if isinstance(c, str))
        self.hidden_classes = set()
        for sel, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
            b = body.replace(" ", "").lower()
            if "display:none" in b or "visibility:hidden" in b:
                for s in sel.split(","):
                    s = s.strip()
                    if re.fullmatch(r"\.[\w-]+", s):
                        self.hidden_classes.add(s[1:])
        self.tab_for = {}
        for e in self.els:
            if e.attrs.get("role") == "tab" and "aria-controls" in e.attrs:
                self.tab_for[e.attrs["aria-controls"]] = e

    # ---- visibility ----
    def hides(self, n):
        a = n.attrs
        if "hidden" in a or a.get("aria-hidden") == "true" or n.tag == "template":
            return True
        st = a.get("style", "").replace(" ", "").lower()
        if "display:none" in st or "visibility:hidden" in st:
            return True
        if set(a.get("class", "").split()) & self.hidden_classes:
            return True
        if n.tag == "dialog" and "open" not in a:
            return True
        if a.get("role") == "tabpanel":
            tab = self.tab_for.get(a.get("id"))
            if tab is not None and tab.attrs.get("aria-selected") != "true":
                return True
        return False

    def is_hidden(self, n):
        return self.hides(n) or any(self.hides(x) for x in n.ancestors() if x.tag != "#root")

    # ---- accessible names ----
    def text(self, n, top=True):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
                continue
            if c.tag in ("style", "script") or self.hides(c):
                continue
            if c.tag in ("input", "select", "textarea"):
                t = c.attrs.get("type", "text")
                if c.tag == "input" and t in ("text", "search", "email"):
                    out.append(" " + c.attrs.get("value", "") + " ")
                continue
            if c.attrs.get("aria-label", "").strip():
                out.append(" " + c.attrs["aria-label"] + " ")
                continue
            sp = " " if c.tag in BLOCK else ""
            out.append(sp + self.text(c, False) + sp)
        return "".join(out)

    def ref_text(self, n):
        if n.attrs.get("aria-label", "").strip():
            return n.attrs["aria-label"]
        return self.text(n)

    def name(self, n):
        a = n.attrs
        if a.get("aria-labelledby", "").strip():
            return norm(" ".join(self.ref_text(self.ids[i]) for i in a["aria-labelledby"].split() if i in self.ids))
        if a.get("aria-label", "").strip():
            return norm(a["aria-label"])
        role = a.get("role")
        if n.tag in ("input", "select", "textarea"):
            if n.tag == "input" and a.get("type") in ("submit", "button", "reset"):
                return norm(a.get("value", ""))
            labels = []
            if "id" in a:
                labels += [e for e in self.els if e.tag == "label" and e.attrs.get("for") == a["id"]]
            labels += [x for x in n.ancestors() if x.tag == "label" and x not in labels]
            if labels:
                return norm(" ".join(self.text(l) for l in labels))
            return norm(a.get("title", "") or a.get("placeholder", ""))
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return norm(self.text(c))
            return ""
        if n.tag in ("button", "a", "summary") or role in CONTENT_ROLES:
            return norm(self.text(n))
        return norm(a.get("title", ""))

    # ---- controls ----
    def units(self):
        """Control units: one per form control, button, link or widget role; a radio
        group (fieldset / role=radiogroup) and an aria-pressed button group count once."""
        units, seen = [], set()

        def add(node, kind):
            if id(node) in seen:
                return
            seen.add(id(node))
            units.append({"node": node, "kind": kind, "name": self.name(node)})

        for e in self.els:
            a, role = e.attrs, e.attrs.get("role")
            if e.tag == "input" and a.get("type") == "hidden":
                continue
            is_radio = (e.tag == "input" and a.get("type") == "radio") or role == "radio"
            if is_radio:
                grp = next((x for x in e.ancestors() if x.tag == "fieldset" or x.attrs.get("role") == "radiogroup"), None)
                if grp is None:
                    add(e, "radio")
                else:
                    add(grp, "radio group")
                continue
            if e.tag == "button" and "aria-pressed" in a:
                grp = next((x for x in e.ancestors() if x.attrs.get("role") == "group"), None)
                add(grp if grp is not None else e, "segmented")
                continue
            if e.tag in ("input", "select", "textarea", "button") or (e.tag == "a" and "href" in a) or role in UNIT_ROLES:
                kind = role or (e.tag if e.tag != "input" else "input:" + a.get("type", "text"))
                add(e, kind)
        for u in units:
            n = u["node"]
            u["hidden"] = self.is_hidden(n)
            u["in_main"] = any(x.tag == "main" for x in n.ancestors())
            u["in_menu"] = any(x.attrs.get("id") == "account-menu" for x in n.ancestors())
            u["state"] = self.state(n)
        return units

    def state(self, n):
        a = n.attrs
        if n.tag == "input" and a.get("type") == "checkbox":
            return "checked" in a
        if a.get("role") in ("switch", "checkbox"):
            return a.get("aria-checked") == "true"
        if n.tag == "select":
            opts = [e for e in n.elements() if e.tag == "option"]
            sel = [o for o in opts if "selected" in o.attrs] or opts[:1]
            return norm(self.text(sel[0])) if sel else None
        if n.tag == "fieldset" or a.get("role") == "radiogroup":
            for e in n.elements():
                if e.tag == "input" and e.attrs.get("type") == "radio" and "checked" in e.attrs:
                    lab = self.name(e)
                    return lab
                if e.attrs.get("role") == "radio" and e.attrs.get("aria-checked") == "true":
                    return norm(self.text(e))
            return None
        if a.get("role") == "group":
            for e in n.elements():
                if e.tag == "button" and e.attrs.get("aria-pressed") == "true":
                    return norm(self.text(e))
            return None
        return None


def check_page(lang, fname, meta_by_key, problems):
    path = os.path.join(ROOT, lang, fname)
    rel = f"{lang}/{fname}"

    def bad(msg):
        problems.append(f"{rel}: {msg}")

    text = open(path, encoding="utf-8").read()
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
            bad(f"saved-from length {m.group(1)} != {len(url)}")
    m3 = re.fullmatch(r'<html lang="([A-Za-z-]+)">', lines[2])
    if not m3:
        bad("line 3 is not <html lang=...>")
    html_lang = m3.group(1) if m3 else ""

    exp_path = path[:-5] + ".expect.json"
    try:
        exp = json.load(open(exp_path, encoding="utf-8"))
    except Exception as e:
        bad(f"expect file: {e}")
        return
    if set(exp) != {"url", "lang", "notes", "ai_training"} or len(exp) != 4:
        bad(f"expect keys {sorted(exp)}")
    if exp.get("url") != url:
        bad("expect url differs from page url")
    if exp.get("lang") != lang or html_lang.split("-")[0].lower() != lang:
        bad(f"language mismatch: folder {lang}, expect {exp.get('lang')}, html {html_lang}")
    if not isinstance(exp.get("notes"), str) or not exp["notes"].strip():
        bad("notes missing")
    for it in exp.get("ai_training", []):
        if set(it) != {"label", "sharing"} or not isinstance(it["sharing"], bool) or not isinstance(it["label"], str):
            bad(f"bad ai_training entry {it}")

    doc = Doc(text)
    for e in doc.errors:
        bad("markup: " + e)
    for e in doc.els:
        for attr in ("aria-labelledby", "aria-describedby", "aria-controls"):
            for ref in e.attrs.get(attr, "").split():
                if ref not in doc.ids:
                    bad(f"{attr} target #{ref} missing")
        if e.tag == "label" and "for" in e.attrs and e.attrs["for"] not in doc.ids:
            bad(f"label for=#{e.attrs['for']} missing")

    # skeleton
    header = next((e for e in doc.els if e.tag == "header"), None)
    main = [e for e in doc.els if e.tag == "main"]
    nav = next((e for e in doc.els if e.tag == "nav"), None)
    footer = next((e for e in doc.els if e.tag == "footer"), None)
    if header is None or nav is None or footer is None or len(main) != 1:
        bad("skeleton: header, nav, footer and one main required")
        return
    main = main[0]
    hdr = list(header.elements())
    if not any(e.tag == "input" and e.attrs.get("type") == "search" for e in hdr):
        bad("header has no search box")
    if not any(e.tag == "select" for e in hdr):
        bad("header has no language select")
    menu_ok = False
    for b in hdr:
        if b.tag == "button" and b.attrs.get("aria-controls") in doc.ids:
            menu = doc.ids[b.attrs["aria-controls"]]
            if "hidden" in menu.attrs and menu in hdr and any(x.tag == "a" for x in menu.elements()):
                menu_ok = True
    if not menu_ok:
        bad("header has no account-menu button with a hidden menu")
    if any(x is main for x in nav.ancestors()) or any(x is main for x in footer.ancestors()):
        bad("nav/footer inside main")

    units = doc.units()
    vis_main = [u for u in units if u["in_main"] and not u["hidden"]]
    hidden = [u for u in units if u["hidden"]]
    meta = meta_by_key.get((lang, fname[:-5]))
    if meta is None:
        bad("page missing from tools/meta.json")
        return
    if not 15 <= len(vis_main) <= 35:
        bad(f"{len(vis_main)} visible control units in main (need 15-35)")
    if len(vis_main) != meta["units"]:
        bad(f"visible units in main {len(vis_main)} != meta {meta['units']}")
    for u in vis_main:
        if not u["name"]:
            bad(f"visible control without a name: <{u['node'].tag}> {u['kind']}")
    if not any(not u["in_menu"] for u in hidden):
        bad("no hidden control outside the account menu")
    for hd in meta["hidden_ai_decoys"]:
        if not any(u["name"] == hd["name"] for u in hidden):
            bad(f"hidden ai decoy not found hidden: {hd['name']!r}")
    if not meta["hidden_ai_decoys"]:
        bad("no hidden ai-training decoy recorded")

    labels = [it["label"] for it in exp.get("ai_training", [])]
    if labels != [r["label"] for r in meta["labelled"]]:
        bad("expect labels differ from meta")
    pool = [u for u in units if (u["in_main"] and not u["hidden"]) or u["hidden"]]
    for rec in meta["labelled"]:
        L = rec["label"]
        exact = [u for u in units if key1(u["name"]) == key1(L)]
        vis = [u for u in exact if u["in_main"] and not u["hidden"]]
        hid = [u for u in exact if u["hidden"]]
        if len(vis) != 1 or hid:
            bad(f"label {L!r}: {len(vis)} visible and {len(hid)} hidden controls with this name")
            continue
        target = vis[0]
        for u in pool:
            if u is target or not u["name"]:
                continue
            for k in (key1, key2):
                a, b = k(L), k(u["name"])
                if a and b and (a in b or b in a):
                    bad(f"label {L!r} overlaps other control {u['name']!r} ({'hidden' if u['hidden'] else 'visible'})")
                    break
        # state shown in the page agrees with the truth recorded
        st = target["state"]
        if rec["kind"] in ("checkbox", "switch", "table cell"):
            if st != rec["state"]:
                bad(f"label {L!r}: DOM state {st} != recorded {rec['state']}")
            elif rec["sharing"] != (st != rec["inverted_state"]):
                bad(f"label {L!r}: sharing inconsistent with state")
        elif rec["kind"] in ("select", "radio group", "segmented"):
            if st != rec["state"]:
                bad(f"label {L!r}: DOM selection {st!r} != recorded {rec['state']!r}")
            elif rec["sharing"] != (st in rec["sharing_options"]):
                bad(f"label {L!r}: sharing inconsistent with selection")
    exp_by = {it["label"]: it["sharing"] for it in exp.get("ai_training", [])}
    for rec in meta["labelled"]:
        if exp_by.get(rec["label"]) != rec["sharing"]:
            bad(f"sharing for {rec['label']!r} differs between expect and meta")
    return len(vis_main), len(labels)


def main():
    meta = json.load(open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8"))
    meta_by_key = {(p["lang"], p["page"]): p for p in meta["pages"]}
    problems, n_pages, n_labels = [], 0, 0
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        files = sorted(f for f in os.listdir(d) if f.endswith(".html"))
        if len(files) != 5:
            problems.append(f"{lang}: {len(files)} pages (need 5)")
        for f in files:
            if not os.path.exists(os.path.join(d, f[:-5] + ".expect.json")):
                problems.append(f"{lang}/{f}: no expect file")
                continue
            r = check_page(lang, f, meta_by_key, problems)
            n_pages += 1
            if r:
                n_labels += r[1]
    if len(meta["pages"]) != n_pages:
        problems.append(f"meta lists {len(meta['pages'])} pages, found {n_pages}")
    for p in problems:
        print("FAIL", p)
    print(f"{n_pages} pages, {n_labels} labelled controls, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
