#!/usr/bin/env python3
"""Self-check for blind57, independent of the page builder.

Parses every saved page with html.parser, computes visibility and accessible
names itself, and checks:
  * file head: <!DOCTYPE html>, saved-from comment with the right 4-digit length, <html lang>;
  * .expect.json format (url, lang, notes, ai_training[{label, sharing}]);
  * every expected label equals the accessible name of a visible control, and the number of
    visible controls carrying that name equals the number of times it is listed;
  * every hidden ai decoy recorded in tools/meta.json exists and is really hidden;
  * control units in <main> (computed here) match meta.json, 15..35 per page;
  * the README's per-language and per-page tables match what is computed here.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr"}
MECH_NAMES = {"hidden": "hidden attr", "display-none": "display:none", "css-class": "CSS class",
              "aria-hidden": "aria-hidden", "visibility": "visibility:hidden", "dialog": "closed dialog",
              "tabpanel": "inactive tab"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []


class Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", [], None)
        self.cur = self.root
        self.styles = []
        self.errors = []

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if self.cur.tag != tag:
            self.errors.append(f"mismatched </{tag}> (open: <{self.cur.tag}>)")
            n = self.cur
            while n is not None and n.tag != tag:
                n = n.parent
            if n is None:
                return
            self.cur = n
        self.cur = self.cur.parent

    def handle_data(self, data):
        if self.cur.tag == "style":
            self.styles.append(data)
        self.cur.children.append(data)


def walk(n):
    for c in n.children:
        if isinstance(c, Node):
            yield c
            yield from walk(c)


def norm(s):
    return " ".join(s.split())


class Doc:
    def __init__(self, text):
        t = Tree()
        t.feed(text)
        t.close()
        self.errors = t.errors
        self.root = t.root
        self.nodes = list(walk(self.root))
        self.byid = {}
        for n in self.nodes:
            if "id" in n.attrs:
                if n.attrs["id"] in self.byid:
                    self.errors.append(f"duplicate id {n.attrs['id']}")
                self.byid[n.attrs["id"]] = n
        css = "".join(t.styles)
        self.hide_classes = set()
        for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
            if re.search(r"display\s*:\s*none", body):
                for s in sel.split(","):
                    m = re.fullmatch(r"\s*\.([\w-]+)\s*", s)
                    if m:
                        self.hide_classes.add(m.group(1))

    def self_hidden(self, n):
        a = n.attrs
        st = a.get("style", "") or ""
        if "hidden" in a or a.get("aria-hidden") == "true":
            return True
        if re.search(r"display\s*:\s*none", st) or re.search(r"visibility\s*:\s*hidden", st):
            return True
        if set((a.get("class") or "").split()) & self.hide_classes:
            return True
        if n.tag == "dialog" and "open" not in a:
            return True
        if n.tag == "template":
            return True
        return False

    def hidden(self, n):
        while n is not None and n.tag != "#root":
            if self.self_hidden(n):
                return True
            n = n.parent
        return False

    def in_tag(self, n, tag):
        n = n.parent
        while n is not None:
            if n.tag == tag:
                return n
            n = n.parent
        return None

    def text(self, n, skip_hidden=True):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
            elif skip_hidden and self.self_hidden(c):
                continue
            elif c.tag in ("input", "select", "textarea", "style", "script"):
                continue
            else:
                out.append(self.text(c, skip_hidden))
        return "".join(out)

    def name(self, n):
        a = n.attrs
        if a.get("aria-labelledby"):
            return norm(" ".join(self.text(self.byid[i], skip_hidden=False)
                                 for i in a["aria-labelledby"].split() if i in self.byid))
        if a.get("aria-label", "").strip():
            return norm(a["aria-label"])
        if n.tag in ("input", "select", "textarea"):
            i = a.get("id")
            if i:
                for m in self.nodes:
                    if m.tag == "label" and m.attrs.get("for") == i:
                        return norm(self.text(m))
            lab = self.in_tag(n, "label")
            if lab is not None:
                return norm(self.text(lab))
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return norm(self.text(c))
        if n.tag == "button" or a.get("role") in ("switch", "button", "tab", "checkbox"):
            return norm(self.text(n))
        return norm(a.get("title", "") or a.get("placeholder", ""))

    def controls(self):
        """(node, kind) for every control; radio groups and aria-pressed groups are one control."""
        out = []
        grouped = set()
        for n in self.nodes:
            if n.tag == "fieldset" or n.attrs.get("role") == "radiogroup":
                radios = [m for m in walk(n) if m.tag == "input" and m.attrs.get("type") == "radio"]
                if radios:
                    out.append((n, "radiogroup"))
                    grouped.update(id(r) for r in radios)
            elif n.attrs.get("role") == "group":
                pressed = [m for m in walk(n) if m.tag == "button" and "aria-pressed" in m.attrs]
                if pressed:
                    out.append((n, "segmented"))
                    grouped.update(id(b) for b in pressed)
        for n in self.nodes:
            if id(n) in grouped:
                continue
            if n.tag == "input" and n.attrs.get("type") == "hidden":
                continue
            if n.tag == "input" and n.attrs.get("type") == "radio":
                out.append((n, "loose-radio"))
            elif n.tag in ("input", "select", "textarea", "button"):
                out.append((n, n.tag))
            elif n.attrs.get("role") in ("switch", "checkbox", "button", "tab"):
                out.append((n, n.attrs["role"]))
        return out


def fail(msgs, m):
    msgs.append(m)


def main():
    msgs = []
    meta = json.load(open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8"))
    mpages = {(p["lang"], p["page"]): p for p in meta["pages"]}
    computed = {}
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        if not os.path.isdir(d):
            fail(msgs, f"{lang}: folder missing")
            continue
        htmls = sorted(f for f in os.listdir(d) if f.endswith(".html"))
        if len(htmls) != 5:
            fail(msgs, f"{lang}: {len(htmls)} pages, expected 5")
        for f in htmls:
            page = f[:-5]
            where = f"{lang}/{page}"
            text = open(os.path.join(d, f), encoding="utf-8").read()
            exp = json.load(open(os.path.join(d, page + ".expect.json"), encoding="utf-8"))
            # --- head of file
            lines = text.split("\n")
            if lines[0] != "<!DOCTYPE html>":
                fail(msgs, f"{where}: first line is not <!DOCTYPE html>")
            m = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", lines[1])
            if not m or int(m.group(1)) != len(m.group(2)):
                fail(msgs, f"{where}: bad saved-from comment")
            elif m.group(2) != exp.get("url"):
                fail(msgs, f"{where}: saved-from URL differs from expect url")
            hl = re.match(r'<html lang="([^"]+)">', lines[2])
            if not hl or hl.group(1).split("-")[0] != lang:
                fail(msgs, f"{where}: <html lang> missing or wrong")
            # --- expect format
            if set(exp) != {"url", "lang", "notes", "ai_training"} or exp["lang"] != lang:
                fail(msgs, f"{where}: expect keys/lang wrong")
            for e in exp["ai_training"]:
                if set(e) != {"label", "sharing"} or not isinstance(e["sharing"], bool) or not e["label"].strip():
                    fail(msgs, f"{where}: bad entry {e}")
            # --- DOM
            doc = Doc(text)
            for e in doc.errors:
                fail(msgs, f"{where}: {e}")
            ctrls = doc.controls()
            visible = [(n, k, doc.name(n)) for n, k in ctrls if not doc.hidden(n)]
            labels = [e["label"] for e in exp["ai_training"]]
            for lab in set(labels):
                want = labels.count(lab)
                got = sum(1 for _, _, nm in visible if nm == lab)
                if got != want:
                    fail(msgs, f"{where}: label {lab!r} listed {want}x, visible controls with that name: {got}")
            # --- units in main
            main_n = [n for n in doc.nodes if n.tag == "main"]
            if len(main_n) != 1:
                fail(msgs, f"{where}: needs exactly one <main>")
                continue
            mainset = {id(x) for x in walk(main_n[0])}
            units = sum(1 for n, k, _ in visible if id(n) in mainset)
            if not 15 <= units <= 35:
                fail(msgs, f"{where}: {units} control units in main")
            # --- header chrome
            if not any(n.attrs.get("role") == "search" or n.attrs.get("type") == "search" for n in doc.nodes):
                fail(msgs, f"{where}: no search box")
            acct = doc.byid.get("acct-menu")
            if acct is None or "hidden" not in acct.attrs:
                fail(msgs, f"{where}: account menu missing or not hidden")
            if not any(n.tag == "nav" for n in doc.nodes) or not any(n.tag == "footer" for n in doc.nodes):
                fail(msgs, f"{where}: nav/footer missing")
            # --- meta
            mp = mpages.get((lang, page))
            if mp is None:
                fail(msgs, f"{where}: not in meta.json")
                continue
            if mp["units"] != units:
                fail(msgs, f"{where}: meta units {mp['units']} != computed {units}")
            if [l["label"] for l in mp["labelled"]] != labels or \
                    [l["sharing"] for l in mp["labelled"]] != [e["sharing"] for e in exp["ai_training"]]:
                fail(msgs, f"{where}: meta labels differ from expect")
            for l in mp["labelled"]:
                n = doc.byid.get(l["id"])
                if n is None or doc.hidden(n):
                    fail(msgs, f"{where}: labelled control {l['id']} missing or hidden")
                elif l["kind"].endswith("+details") and doc.in_tag(n, "details") is None:
                    fail(msgs, f"{where}: {l['id']} tagged details but not inside <details>")
                elif doc.in_tag(n, "details") is not None:
                    det = doc.in_tag(n, "details")
                    if "open" in det.attrs:
                        fail(msgs, f"{where}: details should be closed")
            if not mp["hidden_decoys"]:
                fail(msgs, f"{where}: no hidden ai decoy")
            for h in mp["hidden_decoys"]:
                n = doc.byid.get(h["id"])
                if n is None:
                    fail(msgs, f"{where}: hidden decoy {h['id']} missing")
                elif not doc.hidden(n):
                    fail(msgs, f"{where}: hidden decoy {h['id']} is visible")
                elif doc.name(n) in labels:
                    fail(msgs, f"{where}: hidden decoy {h['id']} shares a listed name")
            computed[(lang, page)] = dict(units=units, labelled=len(labels),
                                          t=sum(e["sharing"] for e in exp["ai_training"]),
                                          f=sum(not e["sharing"] for e in exp["ai_training"]))
    # --- README
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    if not readme.startswith("# blind57 — blind evaluation set: beauty, fashion, cosmetics, hairdressers, "
                             "personal care and wellness retail\n"):
        fail(msgs, "README title line wrong")
    tot = dict(pages=0, known=0, units=0, labelled=0, t=0, f=0, i=0, v=0, h=0, p=0)
    allmech = set()
    for lang in LANGS:
        ps = [p for p in meta["pages"] if p["lang"] == lang]
        c = [computed.get((lang, p["page"]), dict(units=-1, labelled=-1, t=-1, f=-1)) for p in ps]
        shapes = {s: sum(1 for p in ps for l in p["labelled"] if l["shape"] == s) for s in "ivhp"}
        mechs = sorted({m for p in ps for m in p["hidden_mechanisms"]})
        allmech |= set(mechs)
        row = dict(pages=len(ps), known=sum(p["known"] for p in ps), units=sum(x["units"] for x in c),
                   labelled=sum(x["labelled"] for x in c), t=sum(x["t"] for x in c), f=sum(x["f"] for x in c), **shapes)
        for k in tot:
            tot[k] += row[k]
        line = (f"| {lang} | {row['pages']} | {row['known']} | {row['units']} | {row['labelled']} | {row['t']} | "
                f"{row['f']} | {row['i']} | {row['v']} | {row['h']} | {row['p']} | "
                f"{', '.join(MECH_NAMES[m] for m in mechs)} |")
        if line not in readme:
            fail(msgs, f"README counts row for {lang} missing or wrong: expected {line}")
        for p, x in zip(ps, c):
            pl = f"| {lang} | {p['page']} | {p['service']}{' (known)' if p['known'] else ''} | {p['url']} | {x['labelled']} |"
            if pl not in readme:
                fail(msgs, f"README page row missing or wrong: {pl}")
    tline = (f"| **total** | {tot['pages']} | {tot['known']} | {tot['units']} | {tot['labelled']} | {tot['t']} | "
             f"{tot['f']} | {tot['i']} | {tot['v']} | {tot['h']} | {tot['p']} | {len(allmech)} mechanisms |")
    if tline not in readme:
        fail(msgs, f"README totals row missing or wrong: expected {tline}")
    if msgs:
        print("\n".join("FAIL " + m for m in msgs))
        print(f"check.py: {len(msgs)} problem(s)")
        sys.exit(1)
    print(f"check.py: OK — {tot['pages']} pages, {tot['units']} control units, {tot['labelled']} labelled "
          f"({tot['t']} sharing, {tot['f']} not), shapes i/v/h/p = {tot['i']}/{tot['v']}/{tot['h']}/{tot['p']}, "
          f"{len(allmech)} hidden-decoy mechanisms")


if __name__ == "__main__":
    main()
