#!/usr/bin/env python3
"""Self-check for the blind64 holdout set.

Builds its own DOM with html.parser, computes accessible names and visibility, and verifies:
 * page furniture: doctype, saved-from comment with the right length, <html lang>, header with a
   search box, a language select and an account button whose menu is hidden, a side <nav>,
   a <footer>;
 * 15-35 visible control units in <main>;
 * every expected label is the accessible name of exactly one visible control, and the state
   of that control matches what the generator recorded;
 * every hidden AI-training control recorded in tools/meta.json is really hidden, and there is
   at least one per page.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.parent = tag, parent
        self.attrs = {k: ("" if v is None else v) for k, v in attrs}
        self.children = []

    def get(self, k, d=None):
        return self.attrs.get(k, d)

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()


class Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", [], None)
        self.cur = self.root
        self.comments = []
        self.decl = None

    def handle_decl(self, decl):
        self.decl = decl

    def handle_comment(self, data):
        self.comments.append(data)

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
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is None:
            raise ValueError(f"stray </{tag}>")
        if n is not self.cur:
            raise ValueError(f"unclosed <{self.cur.tag}> before </{tag}>")
        self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


class Doc:
    def __init__(self, text):
        p = Parser()
        p.feed(text)
        p.close()
        self.root, self.comments, self.decl = p.root, p.comments, p.decl
        self.by_id = {}
        for n in self.root.iter():
            if n.get("id"):
                if n.get("id") in self.by_id:
                    raise ValueError("duplicate id " + n.get("id"))
                self.by_id[n.get("id")] = n
        css = " ".join(self.text(n, hidden_ok=True) for n in self.root.iter() if n.tag == "style")
        self.none_classes = set()
        for sel, body in re.findall(r"\.([A-Za-z][\w-]*)\s*\{([^}]*)\}", css):
            b = body.replace(" ", "")
            if "display:none" in b or "visibility:hidden" in b:
                self.none_classes.add(sel)

    # -------- visibility
    def self_hidden(self, n):
        if n.get("hidden") is not None:
            return "hidden"
        st = (n.get("style") or "").replace(" ", "").lower()
        if "display:none" in st:
            return "style"
        if "visibility:hidden" in st:
            return "vis"
        if set((n.get("class") or "").split()) & self.none_classes:
            return "class"
        if n.get("aria-hidden") == "true":
            return "aria"
        if n.tag == "dialog" and n.get("open") is None:
            return "dialog"
        if n.tag in ("template", "script", "style", "head"):
            return "tag"
        return None

    def hidden_by(self, n):
        while n is not None:
            r = self.self_hidden(n)
            if r:
                if r == "hidden" and n.get("role") == "tabpanel":
                    return "tab"
                return r
            n = n.parent
        return None

    # -------- names
    def text(self, n, hidden_ok=False):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
            elif hidden_ok or not self.self_hidden(c):
                if c.tag in ("select", "input", "textarea"):
                    continue
                if c.get("aria-label") and not hidden_ok:
                    out.append(" " + c.get("aria-label") + " ")
                else:
                    out.append(self.text(c, hidden_ok))
        return "".join(out)

    def ref_text(self, n):
        if n.get("aria-label"):
            return n.get("aria-label")
        return self.text(n)

    def name(self, n):
        if n.get("aria-labelledby"):
            return norm(" ".join(norm(self.ref_text(self.by_id[i])) for i in n.get("aria-labelledby").split()))
        if n.get("aria-label"):
            return norm(n.get("aria-label"))
        if n.tag in ("input", "select", "textarea"):
            if n.get("id"):
                labs = [l for l in self.root.iter() if l.tag == "label" and l.get("for") == n.get("id")]
                if labs:
                    return norm(" ".join(self.text(l) for l in labs))
            p = n.parent
            while p is not None:
                if p.tag == "label":
                    return norm(self.text(p))
                p = p.parent
            cell = self.table_name(n)
            if cell:
                return cell
            return ""
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return norm(self.text(c))
            return ""
        if n.tag == "button" or n.get("role") in ("switch", "radio", "checkbox", "tab"):
            return norm(self.text(n))
        return ""

    def table_name(self, n):
        td = n.parent
        while td is not None and td.tag not in ("td", "th"):
            td = td.parent
        if td is None:
            return ""
        tr = td.parent
        cells = [c for c in tr.children if isinstance(c, Node) and c.tag in ("td", "th")]
        idx = cells.index(td)
        row = next((c for c in cells if c.tag == "th"), None)
        table = tr
        while table.tag != "table":
            table = table.parent
        thead = next(c for c in table.iter() if c.tag == "thead")
        htr = next(c for c in thead.iter() if c.tag == "tr")
        hcells = [c for c in htr.children if isinstance(c, Node) and c.tag in ("td", "th")]
        col = hcells[idx]
        return norm((self.text(row) if row else "") + " " + self.text(col))

    # -------- controls
    def in_group(self, n):
        p = n.parent
        while p is not None:
            if p.tag == "fieldset" or p.get("role") in ("radiogroup", "group"):
                return True
            p = p.parent
        return False

    def controls(self, scope):
        """(node, kind) for every control unit under scope"""
        out = []
        for n in scope.iter():
            role = n.get("role")
            if n.tag == "fieldset" and any(c.tag == "input" and c.get("type") == "radio" for c in n.iter()):
                out.append(n)
            elif role in ("radiogroup",):
                out.append(n)
            elif role == "group" and any(c.get("aria-pressed") for c in n.iter()):
                out.append(n)
            elif n.tag == "input" and n.get("type") == "radio":
                if not self.in_group(n):
                    out.append(n)
            elif n.tag in ("input", "select", "textarea"):
                if n.get("type") != "hidden":
                    out.append(n)
            elif n.tag == "button" or role == "switch":
                if role == "tab" or n.get("aria-pressed") or role == "radio":
                    continue
                out.append(n)
        return out

    def state(self, n):
        if n.tag == "input" and n.get("type") == "checkbox":
            return n.get("checked") is not None
        if n.get("role") == "switch" and n.tag != "input":
            return n.get("aria-checked") == "true"
        if n.tag == "select":
            opts = [o for o in n.iter() if o.tag == "option"]
            return next(i for i, o in enumerate(opts) if o.get("selected") is not None)
        if n.tag == "fieldset" or n.get("role") == "radiogroup":
            items = [c for c in n.iter() if (c.tag == "input" and c.get("type") == "radio") or c.get("role") == "radio"]
            return next(i for i, c in enumerate(items) if c.get("checked") is not None or c.get("aria-checked") == "true")
        if n.get("role") == "group":
            items = [c for c in n.iter() if c.get("aria-pressed")]
            return next(i for i, c in enumerate(items) if c.get("aria-pressed") == "true")
        return None


def find(root, pred):
    return [n for n in root.iter() if pred(n)]


def main():
    meta = json.load(open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8"))
    errors = []
    total = 0
    for m in meta:
        where = f"{m['lang']}/{m['slug']}"
        base = os.path.join(ROOT, m["lang"], m["slug"])
        text = open(base + ".html", encoding="utf-8").read()
        expect = json.load(open(base + ".expect.json", encoding="utf-8"))
        try:
            doc = Doc(text)
        except ValueError as e:
            errors.append(f"{where}: parse error {e}")
            continue

        def err(msg):
            errors.append(f"{where}: {msg}")

        # furniture
        if not text.startswith("<!DOCTYPE html>"):
            err("no doctype")
        mm = re.search(r"<!-- saved from url=\((\d{4})\)(\S+) -->", text)
        if not mm or int(mm.group(1)) != len(mm.group(2)) or mm.group(2) != expect["url"]:
            err("bad saved-from comment")
        html = find(doc.root, lambda n: n.tag == "html")[0]
        want_lang = "pt-BR" if m["lang"] == "pt" else m["lang"]
        if html.get("lang") != want_lang or expect["lang"] != m["lang"]:
            err("bad lang")
        header = find(doc.root, lambda n: n.tag == "header")
        if not header:
            err("no header")
        else:
            h = header[0]
            if not find(h, lambda n: n.tag == "input" and n.get("type") == "search"):
                err("no search box")
            if not find(h, lambda n: n.tag == "select"):
                err("no language select")
            acct = find(h, lambda n: n.tag == "button" and n.get("aria-haspopup") == "menu")
            if not acct or not doc.hidden_by(doc.by_id[acct[0].get("aria-controls")]):
                err("account menu missing or not hidden")
        if not find(doc.root, lambda n: n.tag == "nav"):
            err("no nav")
        if not find(doc.root, lambda n: n.tag == "footer"):
            err("no footer")
        main_el = find(doc.root, lambda n: n.tag == "main")[0]

        visible = [c for c in doc.controls(main_el) if not doc.hidden_by(c)]
        if not 15 <= len(visible) <= 35:
            err(f"{len(visible)} visible control units in main (want 15-35)")
        if len(visible) != m["units"]:
            err(f"unit count {len(visible)} != generator's {m['units']}")
        names = {}
        for c in visible:
            names.setdefault(doc.name(c), []).append(c)

        labels = [e["label"] for e in expect["ai_training"]]
        if len(set(labels)) != len(labels):
            err("duplicate expected labels")
        if [l["label"] for l in m["labels"]] != labels:
            err("expect file and meta disagree")
        for e, ml in zip(expect["ai_training"], m["labels"]):
            hits = names.get(e["label"], [])
            if len(hits) != 1:
                err(f"label {e['label']!r} names {len(hits)} visible controls")
                continue
            node = hits[0]
            if node.get("id") != ml["id"]:
                err(f"label {e['label']!r} names #{node.get('id')}, generator says #{ml['id']}")
            if ml["state"] is not None and doc.state(node) != ml["state"]:
                err(f"label {e['label']!r}: state {doc.state(node)} != {ml['state']}")
            if not isinstance(e["sharing"], bool):
                err(f"label {e['label']!r}: sharing not a bool")
        total += len(labels)

        if not m["hidden_ai"]:
            err("no hidden AI-training control")
        for hct in m["hidden_ai"]:
            node = doc.by_id.get(hct["id"])
            if node is None:
                err(f"hidden control #{hct['id']} missing")
                continue
            how = doc.hidden_by(node)
            if not how:
                err(f"hidden control #{hct['id']} ({hct['name']!r}) is visible")
            elif how != hct["method"]:
                err(f"hidden control #{hct['id']}: hidden by {how}, meant {hct['method']}")
            if doc.name(node) != hct["name"]:
                err(f"hidden control #{hct['id']}: name {doc.name(node)!r} != {hct['name']!r}")
            if hct["name"] in names:
                err(f"hidden control name {hct['name']!r} also names a visible control")
        # every control inside <main> that the generator did not list must be visible-decoy or hidden
    for e in errors:
        print("FAIL", e)
    print(f"{len(meta)} pages, {total} labelled controls, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
