#!/usr/bin/env python3
"""Self-check for blind63, independent of tools/lib.py: own DOM (html.parser), own visibility
and accessible-name computation.

Checks, per page:
  * file head: <!DOCTYPE html>, <!-- saved from url=(NNNN)URL --> with the right length, <html lang>;
  * expect.json format; url/lang agree with the page;
  * every expected label equals the computed accessible name of a visible control, and every visible
    control whose name is in the label list is listed (multiset equality);
  * the sharing in expect.json agrees with the state in the DOM (checked / aria-checked / selected
    option / pressed button, with the inversion recorded in tools/meta.json);
  * every hidden decoy named in tools/meta.json exists as a control, is really hidden, and shares no
    name with any visible control;
  * visible control units in <main> (radio group / aria-pressed group = 1) match meta.json and lie in 15–35;
  * the page has header, nav, main and footer; at least one hidden AI-training decoy;
and for the set: the README count tables match what was recomputed.
"""
import json, os, re, sys
from collections import Counter
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = os.environ.get("LANGS", "en de fr es pt it nl").split()
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BLOCK = {"div", "p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "section", "table", "tr", "td",
         "th", "caption", "fieldset", "legend", "label", "header", "footer", "nav", "main", "details", "summary"}


def norm(s):
    return " ".join(s.split())


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def get(self, k, d=None):
        if k not in self.attrs:
            return d
        v = self.attrs[k]
        return "" if v is None else v

    def has(self, k):
        return k in self.attrs

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


class DOM(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.comments = []

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

    def handle_data(self, data):
        self.cur.children.append(data)

    def handle_comment(self, data):
        self.comments.append(data)


class Doc:
    def __init__(self, text):
        p = DOM()
        p.feed(text)
        p.close()
        self.root = p.root
        self.byid = {}
        for n in self.root.iter():
            if n.has("id"):
                if n.get("id") in self.byid:
                    raise ValueError(f"duplicate id {n.get('id')}")
                self.byid[n.get("id")] = n
        css = "".join(t for n in self.root.iter() if n.tag == "style" for t in n.children if isinstance(t, str))
        self.hidden_classes = set()
        for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
            if re.search(r"display\s*:\s*none", body) or re.search(r"visibility\s*:\s*hidden", body):
                for s in sel.split(","):
                    s = s.strip()
                    if re.fullmatch(r"\.[\w-]+", s):
                        self.hidden_classes.add(s[1:])

    # -------------------------------------------------- visibility
    def self_hidden(self, n, for_name=False):
        """Does this element itself hide its subtree? (for_name: mechanisms that drop text from names)"""
        if n.has("hidden"):
            return True
        st = re.sub(r"\s+", "", n.get("style", "") or "").lower()
        if "display:none" in st or "visibility:hidden" in st:
            return True
        if (n.get("aria-hidden") or "") == "true":
            return True
        if set((n.get("class") or "").split()) & self.hidden_classes:
            return True
        if not for_name and n.tag == "dialog" and not n.has("open"):
            return True
        return False

    def hidden(self, n):
        return self.self_hidden(n) or any(self.self_hidden(a) for a in n.ancestors())

    # -------------------------------------------------- names
    def text(self, n, top=True, skip=None):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
                continue
            if c is skip or c.tag in ("input", "select", "textarea", "script", "style"):
                continue
            if self.self_hidden(c, for_name=True):
                continue
            if c.has("aria-label") and c.tag != "button":
                out.append(" " + c.get("aria-label") + " ")
                continue
            t = self.text(c, False, skip)
            out.append(f" {t} " if c.tag in BLOCK else t)
        return "".join(out)

    def labelledby(self, n):
        ids = (n.get("aria-labelledby") or "").split()
        parts = []
        for i in ids:
            if i not in self.byid:
                raise ValueError(f"aria-labelledby target #{i} missing")
            parts.append(norm(self.text(self.byid[i])))
        return norm(" ".join(parts))

    def name(self, n):
        if n.get("aria-labelledby"):
            return self.labelledby(n)
        if (n.get("aria-label") or "").strip():
            return norm(n.get("aria-label"))
        if n.tag in ("input", "select", "textarea"):
            if n.get("id"):
                for l in self.root.iter():
                    if l.tag == "label" and l.get("for") == n.get("id"):
                        return norm(self.text(l))
            for a in n.ancestors():
                if a.tag == "label":
                    return norm(self.text(a, skip=n))
            return norm(n.get("title", "") or n.get("placeholder", "") or "")
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return norm(self.text(c))
            return ""
        return norm(self.text(n))

    # -------------------------------------------------- controls
    def controls(self):
        """Yield (element, kind, name, visible, in_main, state) for every control unit."""
        groups = {}
        res = []
        main = next(n for n in self.root.iter() if n.tag == "main")
        for n in self.root.iter():
            role = n.get("role")
            kind = None
            if n.tag == "input" and (n.get("type") or "text") != "hidden":
                kind = "radio" if n.get("type") == "radio" else ("checkbox" if n.get("type") == "checkbox" else "input")
            elif n.tag in ("select", "textarea"):
                kind = n.tag
            elif n.tag == "button":
                kind = "pressed" if n.has("aria-pressed") else ("switch" if role == "switch" else "button")
            elif role in ("switch", "checkbox", "radio", "slider", "combobox", "textbox"):
                kind = role
            if not kind:
                continue
            vis = not self.hidden(n)
            inm = n is main or any(a is main for a in n.ancestors())
            if kind in ("radio", "pressed"):
                want = ("fieldset", "radiogroup") if kind == "radio" else ("group",)
                g = next((a for a in n.ancestors() if a.tag in want or a.get("role") in want), None)
                if g is None:
                    raise ValueError(f"{kind} outside a group")
                if id(g) in groups:
                    groups[id(g)]["members"].append(n)
                    continue
                ent = {"el": g, "kind": kind + "-group", "name": self.name(g), "visible": vis and not self.hidden(g),
                       "main": inm, "members": [n]}
                groups[id(g)] = ent
                res.append(ent)
            else:
                res.append({"el": n, "kind": kind, "name": self.name(n), "visible": vis, "main": inm, "members": [n]})
        for e in res:
            e["state"] = self.state(e)
        return res

    def state(self, e):
        n = e["el"]
        if e["kind"] == "checkbox" or (n.tag == "input" and n.get("type") == "checkbox"):
            return n.has("checked")
        if e["kind"] == "switch":
            return n.get("aria-checked") == "true"
        if e["kind"] == "select":
            opts = [o for o in n.iter() if o.tag == "option"]
            sel = next((o for o in opts if o.has("selected")), opts[0] if opts else None)
            return norm(self.text(sel)) if sel else None
        if e["kind"] == "radio-group":
            on = [m for m in e["members"] if m.has("checked")]
            if len(on) != 1:
                return None
            lab = next(a for a in on[0].ancestors() if a.tag == "label")
            return norm(self.text(lab))
        if e["kind"] == "pressed-group":
            on = [m for m in e["members"] if m.get("aria-pressed") == "true"]
            return norm(self.text(on[0])) if len(on) == 1 else None
        return None


def parse_readme_tables(text):
    rows = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 12 and cells[0] in LANGS + ["total"]:
            rows[cells[0]] = cells
    pages = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[0] in LANGS:
            pages[(cells[0], cells[1])] = cells
    return rows, pages


def main():
    errors = []
    meta = json.load(open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8"))
    mbykey = {(m["lang"], m["page"]): m for m in meta}
    computed = {}
    seen = set()
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        pages = sorted(f[:-5] for f in os.listdir(d) if f.endswith(".html"))
        if len(pages) != 5:
            errors.append(f"{lang}: {len(pages)} pages, want 5")
        for pg in pages:
            key = (lang, pg)
            seen.add(key)
            where = f"{lang}/{pg}"
            E = lambda msg: errors.append(f"{where}: {msg}")
            raw = open(os.path.join(d, pg + ".html"), encoding="utf-8").read()
            exp = json.load(open(os.path.join(d, pg + ".expect.json"), encoding="utf-8"))
            m = mbykey.get(key)
            if m is None:
                E("not in meta.json")
                continue
            # ---- format
            if set(exp) != {"url", "lang", "notes", "ai_training"}:
                E(f"expect keys {sorted(exp)}")
            if exp["lang"] != lang:
                E("expect lang")
            for a in exp["ai_training"]:
                if set(a) != {"label", "sharing"} or not isinstance(a["label"], str) or not isinstance(a["sharing"], bool):
                    E(f"bad entry {a}")
            lines = raw.split("\n")
            if lines[0] != "<!DOCTYPE html>":
                E("no doctype first")
            mm = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", lines[1])
            if not mm or int(mm.group(1)) != len(mm.group(2)) or mm.group(2) != exp["url"]:
                E(f"saved-from line wrong: {lines[1]!r}")
            if not re.fullmatch(rf'<html lang="{lang}">', lines[2]):
                E("html lang")
            # ---- DOM
            try:
                doc = Doc(raw)
            except Exception as ex:  # noqa
                E(f"parse: {ex}")
                continue
            tags = Counter(n.tag for n in doc.root.iter())
            for t in ("header", "nav", "main", "footer"):
                if not tags[t]:
                    E(f"no <{t}>")
            ctrls = doc.controls()
            vis = [c for c in ctrls if c["visible"]]
            units = sum(1 for c in vis if c["main"])
            if units != m["units"]:
                E(f"units: DOM {units}, meta {m['units']}")
            if not 15 <= units <= 35:
                E(f"units {units} out of 15–35")
            # ---- labels
            want = Counter(norm(a["label"]) for a in exp["ai_training"])
            have = Counter(c["name"] for c in vis)
            for lab, k in want.items():
                if have[lab] != k:
                    E(f"label {lab!r}: {k} expected, {have[lab]} visible controls with that name")
            if [norm(a["label"]) for a in exp["ai_training"]] != [l["label"] for l in m["labels"]]:
                E("meta labels differ from expect")
            if not exp["ai_training"]:
                E("no labelled control")
            # ---- sharing from DOM state
            for a, ml in zip(exp["ai_training"], m["labels"]):
                if a["sharing"] != ml["sharing"]:
                    E(f"sharing differs from meta for {a['label']!r}")
                c = next((c for c in vis if c["name"] == norm(a["label"])), None)
                if c is None:
                    continue
                st = c["state"]
                if "options" in ml:
                    if st not in ml["options"]:
                        E(f"{a['label']!r}: selected {st!r} not among options")
                    elif ml["options"][st] != a["sharing"]:
                        E(f"{a['label']!r}: selected {st!r} gives sharing {ml['options'][st]}, expect says {a['sharing']}")
                elif "inv" in ml:
                    if not isinstance(st, bool) or (st != ml["inv"]) != a["sharing"]:
                        E(f"{a['label']!r}: state {st} inv {ml['inv']} vs sharing {a['sharing']}")
                elif not ml.get("fixed"):
                    E(f"{a['label']!r}: no way to verify sharing")
            # ---- hidden decoys
            if not m["hidden"]:
                E("no hidden AI-training decoy")
            visnames = {c["name"] for c in vis}
            for h in m["hidden"]:
                cands = [c for c in ctrls if c["name"] == h["name"]]
                if not cands:
                    E(f"hidden decoy {h['name']!r} not found")
                elif any(c["visible"] for c in cands):
                    E(f"hidden decoy {h['name']!r} is visible")
                if h["name"] in visnames or h["name"] in want:
                    E(f"hidden decoy {h['name']!r} shares a name with a visible/labelled control")
            labels = m["labels"]
            computed[key] = {"units": units, "labelled": len(exp["ai_training"]),
                             "true": sum(a["sharing"] for a in exp["ai_training"]),
                             "false": sum(not a["sharing"] for a in exp["ai_training"]),
                             **{s: sum(l["shape"] == s for l in labels) for s in "ivhp"},
                             "known": m["known"], "mechs": Counter(h["mechanism"] for h in m["hidden"])}
    if seen != set(mbykey):
        errors.append(f"meta/page mismatch: {set(mbykey) ^ seen}")
    # ---- README
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    if not readme.startswith("# blind63 — blind evaluation set: investing and personal finance"):
        errors.append("README title")
    rows, prow = parse_readme_tables(readme)
    for lang in LANGS + ["total"]:
        ks = [k for k in computed if lang == "total" or k[0] == lang]
        tot = lambda f: sum(computed[k][f] for k in ks)
        wantrow = [str(len(ks)), str(tot("known")), str(tot("units")), str(tot("labelled")), str(tot("true")),
                   str(tot("false")), str(tot("i")), str(tot("v")), str(tot("h")), str(tot("p"))]
        if lang not in rows:
            errors.append(f"README: no count row for {lang}")
        elif rows[lang][1:11] != wantrow:
            errors.append(f"README counts for {lang}: {rows[lang][1:11]} != {wantrow}")
    for k, c in computed.items():
        if k not in prow or prow[k][4] != str(c["labelled"]):
            errors.append(f"README pages table wrong for {k}")
    # ---- summary
    tl = sum(c["labelled"] for c in computed.values())
    sh = {s: sum(c[s] for c in computed.values()) for s in "ivhp"}
    mechs = sum((c["mechs"] for c in computed.values()), Counter())
    print(f"{len(computed)} pages, {sum(c['units'] for c in computed.values())} visible units, {tl} labelled "
          f"(true {sum(c['true'] for c in computed.values())}, false {sum(c['false'] for c in computed.values())}); "
          f"shapes {sh}; hidden mechanisms {dict(mechs)}")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
