#!/usr/bin/env python3
"""Self-check for the blind53 set, independent of tools/lib.py.

Parses every saved page with html.parser, computes accessible names and visibility itself, and
checks: file header (doctype, saved-from comment with the right length, html lang), the expect
format, that every expected label is the accessible name of a visible control (as many visible
controls with that name as entries, in the recorded states), that hidden decoys exist and are
hidden by the recorded mechanism, control-unit counts in <main>, page chrome, and README counts.
"""
import json
import os
import re
import sys
from collections import Counter
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BLOCK = {"div", "p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "fieldset", "legend",
         "table", "tr", "td", "th", "caption", "dl", "dt", "dd", "header", "footer", "nav", "main", "aside",
         "form", "details", "summary", "br", "label"}
ERRORS = []


def err(page, msg):
    ERRORS.append(f"{page}: {msg}")


def norm(s):
    return " ".join(s.split())


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, attrs, parent, []

    def walk(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.walk()

    def ancestors(self):
        n = self.parent
        while n is not None:
            yield n
            n = n.parent


class Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.styles = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        n = Node(tag, {k: (v if v is not None else "") for k, v in attrs}, self.cur)
        self.cur.children.append(n)
        if tag == "style":
            self._in_style = True
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        n = Node(tag, {k: (v if v is not None else "") for k, v in attrs}, self.cur)
        self.cur.children.append(n)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if tag == "style":
            self._in_style = False
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is None:
            raise ValueError(f"stray </{tag}>")
        if n is not self.cur:
            raise ValueError(f"unclosed <{self.cur.tag}> before </{tag}>")
        self.cur = n.parent

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)
        self.cur.children.append(data)


class Doc:
    def __init__(self, text):
        b = Builder()
        b.feed(text)
        b.close()
        if b.cur is not b.root:
            raise ValueError(f"unclosed <{b.cur.tag}> at end of document")
        self.root = b.root
        self.ids = {}
        for n in self.root.walk():
            if "id" in n.attrs:
                if n.attrs["id"] in self.ids:
                    raise ValueError(f"duplicate id {n.attrs['id']}")
                self.ids[n.attrs["id"]] = n
        self.hidden_classes = set()
        for css in b.styles:
            for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
                if re.search(r"display\s*:\s*none", body):
                    for s in sel.split(","):
                        s = s.strip()
                        if re.fullmatch(r"\.[A-Za-z_][\w-]*", s):
                            self.hidden_classes.add(s[1:])

    # ------------------------------------------------------------ visibility
    def own_hiding(self, n):
        """Mechanism by which the element itself hides its subtree, or None."""
        a = n.attrs
        style = a.get("style", "").replace(" ", "").lower()
        if n.tag == "input" and a.get("type", "").lower() == "hidden":
            return "input-hidden"
        if n.tag in ("template", "script", "style", "head"):
            return "not-rendered"
        if "hidden" in a:
            return "tab" if a.get("role") == "tabpanel" else "hidden"
        if "display:none" in style:
            return "inline"
        if set(a.get("class", "").split()) & self.hidden_classes:
            return "css"
        if a.get("aria-hidden", "").lower() == "true":
            return "aria"
        if "visibility:hidden" in style:
            return "visibility"
        if n.tag == "dialog" and "open" not in a:
            return "dialog"
        return None

    def hidden_reason(self, n):
        for x in [n, *n.ancestors()]:
            r = self.own_hiding(x)
            if r:
                return r
        return None

    # ------------------------------------------------------------ names
    def content_text(self, n):
        parts = []
        for c in n.children:
            if isinstance(c, str):
                parts.append(c)
                continue
            if self.own_hiding(c):
                continue
            if c.tag in ("input", "select", "textarea", "script", "style"):
                continue
            if c.tag == "img":
                t = c.attrs.get("alt", "")
            elif c.attrs.get("aria-label", "").strip():
                t = c.attrs["aria-label"]
            else:
                t = self.content_text(c)
            if c.tag in BLOCK:
                t = f" {t} "
            parts.append(t)
        return "".join(parts)

    def ref_text(self, n):
        if n.attrs.get("aria-label", "").strip():
            return n.attrs["aria-label"]
        if n.tag in ("input", "select", "textarea"):
            return self.native_label(n) or ""
        return self.content_text(n)

    def native_label(self, n):
        labels = []
        i = n.attrs.get("id")
        if i:
            labels += [x for x in self.root.walk() if x.tag == "label" and x.attrs.get("for") == i]
        for x in n.ancestors():
            if x.tag == "label" and x not in labels:
                labels.append(x)
                break
        if labels:
            return norm(" ".join(self.content_text(l) for l in labels))
        return None

    def name(self, n):
        a = n.attrs
        if a.get("aria-labelledby", "").strip():
            return norm(" ".join(self.ref_text(self.ids[i]) for i in a["aria-labelledby"].split()))
        if a.get("aria-label", "").strip():
            return norm(a["aria-label"])
        if n.tag in ("input", "select", "textarea"):
            t = self.native_label(n)
            if t:
                return t
            if a.get("type") in ("button", "submit", "reset"):
                return norm(a.get("value", ""))
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return norm(self.content_text(c))
        if n.tag == "button" or a.get("role") in ("switch", "checkbox", "radio", "tab", "button", "menuitem", "option"):
            t = norm(self.content_text(n))
            if t:
                return t
        return norm(a.get("title", "") or a.get("placeholder", ""))

    # ------------------------------------------------------------ controls
    def controls(self):
        """Controls after grouping: radio groups and aria-pressed groups are one control."""
        out = []
        radio_groups, pressed_groups = {}, {}
        for n in self.root.walk():
            a = n.attrs
            role = a.get("role", "")
            if n.tag == "input" and a.get("type", "text").lower() == "radio":
                key = a.get("name") or id(n)
                radio_groups.setdefault(key, []).append(n)
                continue
            if n.tag == "button" and "aria-pressed" in a:
                grp = next((x for x in n.ancestors() if x.attrs.get("role") in ("group", "toolbar")), None)
                key = id(grp) if grp is not None else id(n)
                pressed_groups.setdefault(key, (grp, []))[1].append(n)
                continue
            if n.tag == "input" and a.get("type", "text").lower() == "hidden":
                continue
            if n.tag in ("input", "select", "textarea", "button") or role in (
                    "switch", "checkbox", "tab", "button", "combobox", "slider", "textbox"):
                if n.tag == "input" and a.get("type", "text").lower() == "checkbox":
                    kind, state = "checkbox", "checked" in a
                elif role in ("switch", "checkbox"):
                    kind, state = role, a.get("aria-checked") == "true"
                elif n.tag == "select":
                    opts = [o for o in n.walk() if o.tag == "option"]
                    sel = next((o for o in opts if "selected" in o.attrs), opts[0] if opts else None)
                    kind, state = "select", norm(self.content_text(sel)) if sel else None
                else:
                    kind, state = n.tag, None
                out.append({"name": self.name(n), "kind": kind, "state": state, "nodes": [n]})
        for key, nodes in radio_groups.items():
            fs = next((x for x in nodes[0].ancestors() if x.tag == "fieldset"), None)
            rg = next((x for x in nodes[0].ancestors() if x.attrs.get("role") == "radiogroup"), None)
            holder = rg if rg is not None else fs
            name = self.name(holder) if holder is not None else ""
            chosen = next((r for r in nodes if "checked" in r.attrs), None)
            out.append({"name": name, "kind": "radio", "state": self.name(chosen) if chosen else None, "nodes": nodes})
        for key, (grp, nodes) in pressed_groups.items():
            name = self.name(grp) if grp is not None else self.name(nodes[0])
            chosen = next((b for b in nodes if b.attrs.get("aria-pressed") == "true"), None)
            out.append({"name": name, "kind": "pressed", "state": norm(self.content_text(chosen)) if chosen else None,
                        "nodes": nodes})
        for c in out:
            reasons = [self.hidden_reason(x) for x in c["nodes"]]
            c["visible"] = any(r is None for r in reasons)
            c["reason"] = next((r for r in reasons if r), None)
            c["in_main"] = any(any(y.tag == "main" for y in x.ancestors()) for x in c["nodes"])
        return out

    def find(self, tag):
        return [n for n in self.root.walk() if n.tag == tag]


def check_page(lang, fname, meta):
    page = f"{lang}/{fname}"
    path = os.path.join(ROOT, lang, fname + ".html")
    text = open(path, encoding="utf-8").read()
    exp = json.load(open(os.path.join(ROOT, lang, fname + ".expect.json"), encoding="utf-8"))
    lines = text.split("\n")
    if lines[0] != "<!DOCTYPE html>":
        err(page, "first line is not <!DOCTYPE html>")
    m = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", lines[1])
    if not m:
        err(page, "second line is not a saved-from comment")
    else:
        if int(m.group(1)) != len(m.group(2)):
            err(page, f"saved-from length {m.group(1)} != {len(m.group(2))}")
        if m.group(2) != exp.get("url"):
            err(page, "saved-from URL differs from expect url")
    if not re.fullmatch(rf'<html lang="{lang}">', lines[2]):
        err(page, f'third line is not <html lang="{lang}">')
    # expect format
    if set(exp) != {"url", "lang", "notes", "ai_training"} or exp["lang"] != lang:
        err(page, f"expect keys/lang wrong: {sorted(exp)}")
    for e in exp["ai_training"]:
        if set(e) != {"label", "sharing"} or not isinstance(e["sharing"], bool) or not e["label"].strip():
            err(page, f"bad expect entry {e}")
    if [(x["label"], x["sharing"]) for x in meta["labelled"]] != [(e["label"], e["sharing"]) for e in exp["ai_training"]]:
        err(page, "meta.json and expect.json disagree")
    try:
        doc = Doc(text)
    except ValueError as ex:
        err(page, f"parse: {ex}")
        return None
    ctrls = doc.controls()
    visible = [c for c in ctrls if c["visible"]]
    # labelled controls
    want = Counter(norm(e["label"]) for e in exp["ai_training"])
    for label, k in want.items():
        found = [c for c in visible if c["name"] == label]
        if len(found) != k:
            err(page, f"label {label!r}: {len(found)} visible controls with that name, {k} expected")
            continue
        states = sorted(repr(c["state"]) for c in found)
        mstates = sorted(repr(x["state"]) for x in meta["labelled"] if x["label"] == label)
        if states != mstates:
            err(page, f"label {label!r}: page state {states} != recorded {mstates}")
    if not exp["ai_training"]:
        err(page, "no labelled controls")
    # hidden decoys
    if not meta["hidden_decoys"]:
        err(page, "no hidden AI-training decoy")
    for h in meta["hidden_decoys"]:
        hits = [c for c in ctrls if c["name"] == h["name"] and not c["visible"]]
        if not hits:
            err(page, f"hidden decoy {h['name']!r} not found hidden")
        elif not any(c["reason"] == h["mechanism"] for c in hits):
            err(page, f"hidden decoy {h['name']!r} hidden by {hits[0]['reason']}, recorded {h['mechanism']}")
        if h["name"] in want:
            err(page, f"hidden decoy {h['name']!r} shares a name with a labelled control")
    # units in main
    units = sum(1 for c in visible if c["in_main"])
    if units != meta["units"]:
        err(page, f"visible control units in <main>: page {units}, meta {meta['units']}")
    if not 15 <= units <= 35:
        err(page, f"{units} control units in <main> (want 15-35)")
    # chrome
    hdr = doc.find("header")
    if not hdr:
        err(page, "no <header>")
    else:
        h = hdr[0]
        if not any(n.tag == "input" and n.attrs.get("type") == "search" for n in h.walk()):
            err(page, "header has no search box")
        if not any(n.tag == "select" for n in h.walk()):
            err(page, "header has no language select")
        acct = [n for n in h.walk() if n.tag == "button" and n.attrs.get("aria-controls")]
        if not acct or "hidden" not in doc.ids.get(acct[0].attrs["aria-controls"], Node("x", {}, None)).attrs:
            err(page, "header account menu missing or not hidden")
    if not doc.find("nav") or not doc.find("footer") or len(doc.find("main")) != 1:
        err(page, "missing nav/footer/main")
    for c in ctrls:
        if c["visible"] and not c["name"]:
            err(page, f"visible {c['kind']} without an accessible name")
    return {"units": units, "visible": visible}


def check_readme(metas):
    path = os.path.join(ROOT, "README.md")
    text = open(path, encoding="utf-8").read()
    if not text.startswith("# blind53 — blind evaluation set: pets, vets, gardening, farming, weather and the outdoors\n"):
        err("README.md", "title line wrong")
    rows = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 12 and (cells[0] in LANGS or cells[0] == "**total**"):
            rows[cells[0].strip("*")] = cells
    groups = {l: [m for m in metas if m["lang"] == l] for l in LANGS}
    groups["total"] = metas
    for key, ms in groups.items():
        lab = [x for m in ms for x in m["labelled"]]
        want = [len(ms), sum(m["known"] for m in ms), sum(m["units"] for m in ms), len(lab),
                sum(x["sharing"] for x in lab), sum(not x["sharing"] for x in lab)] + \
               [sum(x["shape"] == s for x in lab) for s in "ivhp"]
        r = rows.get(key)
        if not r:
            err("README.md", f"no counts row for {key}")
            continue
        got = [int(x.strip("*")) for x in r[1:11]]
        if got != want:
            err("README.md", f"counts for {key}: README {got}, computed {want}")
    page_rows = re.findall(r"^\| (en|de|fr|es|pt|it|nl) \| `([^`]+)` \|.*\| (\d+) \|$", text, re.M)
    pr = {(l, p): int(n) for l, p, n in page_rows}
    for m in metas:
        if pr.get((m["lang"], m["page"])) != len(m["labelled"]):
            err("README.md", f"pages table row for {m['lang']}/{m['page']} missing or wrong")


def main():
    meta = json.load(open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8"))
    metas = meta["pages"]
    seen = set()
    for lang in LANGS:
        files = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, lang)) if f.endswith(".html"))
        mine = [m for m in metas if m["lang"] == lang]
        if sorted(m["page"] for m in mine) != files:
            err(lang, "pages on disk differ from meta.json")
        if len(files) != 5:
            err(lang, f"{len(files)} pages (want 5)")
        for m in mine:
            check_page(lang, m["page"], m)
            seen.add((lang, m["page"]))
    check_readme(metas)
    total = sum(len(m["labelled"]) for m in metas)
    if ERRORS:
        print("\n".join(ERRORS))
        print(f"FAIL: {len(ERRORS)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(metas)} pages, {total} labelled controls, "
          f"{sum(m['units'] for m in metas)} control units, {sum(len(m['hidden_decoys']) for m in metas)} hidden decoys")


if __name__ == "__main__":
    main()
