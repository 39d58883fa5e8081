#!/usr/bin/env python3
"""Self-check for blind54, independent of the page builder: it parses every saved page with
html.parser, works out visibility and accessible names itself, and compares with the expect
files, tools/meta.json and README.md."""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
INLINE = {"span", "a", "strong", "em", "b", "i", "abbr", "small", "code", "label", "time", "mark", "sup", "sub", "bdi"}


class El:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.kids = []

    def get(self, k, d=None):
        return self.attrs.get(k, d)

    def has(self, k):
        return k in self.attrs

    def iter(self):
        yield self
        for k in self.kids:
            if isinstance(k, El):
                yield from k.iter()

    def ancestors(self):
        a = self.parent
        while a is not None:
            yield a
            a = a.parent


class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = El("#root", [], None)
        self.cur = self.root
        self.comments = []

    def handle_starttag(self, tag, attrs):
        e = El(tag, attrs, self.cur)
        self.cur.kids.append(e)
        if tag not in VOID:
            self.cur = e

    def handle_startendtag(self, tag, attrs):
        self.cur.kids.append(El(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        e = self.cur
        while e is not None and e.tag != tag:
            e = e.parent
        if e is None:
            raise ValueError(f"stray </{tag}>")
        if e is not self.cur:
            raise ValueError(f"unclosed <{self.cur.tag}> before </{tag}>")
        self.cur = e.parent

    def handle_data(self, data):
        self.cur.kids.append(data)

    def handle_comment(self, data):
        self.comments.append(data)


def ws(s):
    return " ".join(s.split())


class Doc:
    def __init__(self, text):
        p = P()
        p.feed(text)
        p.close()
        if p.cur is not p.root:
            raise ValueError("unclosed elements at end of document")
        self.root = p.root
        self.byid = {}
        for e in self.root.iter():
            if e.get("id"):
                if e.get("id") in self.byid:
                    raise ValueError(f"duplicate id {e.get('id')}")
                self.byid[e.get("id")] = e
        css = "".join(t for e in self.root.iter() if e.tag == "style" for t in e.kids if isinstance(t, str))
        self.hide_classes = set()
        for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
            body = body.replace(" ", "")
            if "display:none" in body or "visibility:hidden" in body:
                for s in sel.split(","):
                    m = re.fullmatch(r"\s*\.([\w-]+)\s*", s)
                    if m:
                        self.hide_classes.add(m.group(1))

    def hidden_reason(self, e):
        """Why e is not perceivable, or None. Closed <details> content counts as visible."""
        for a in [e, *e.ancestors()]:
            if a.tag == "#root":
                break
            st = (a.get("style") or "").replace(" ", "").lower()
            if a.has("hidden"):
                return "tab" if a.get("role") == "tabpanel" else "hidden"
            if "display:none" in st:
                return "display"
            if "visibility:hidden" in st:
                return "visibility"
            if set((a.get("class") or "").split()) & self.hide_classes:
                return "class"
            if a.get("aria-hidden") == "true":
                return "aria"
            if a.tag == "dialog" and not a.has("open"):
                return "dialog"
            if a.tag in ("template", "head"):
                return "template"
        if e.tag == "input" and e.get("type") == "hidden":
            return "input-hidden"
        return None

    # ---- accessible names (a reduced version of accname 1.2, enough for these pages)
    def text(self, e, root=True, skip=None):
        if not root and self.hidden_self(e):
            return ""
        if e is skip:
            return ""
        if not root and e.get("aria-label"):
            return " " + e.get("aria-label") + " "
        if e.tag in ("input", "textarea"):
            return "" if root is False else ""
        if e.tag == "select" and not root:
            for o in e.iter():
                if o.tag == "option" and o.has("selected"):
                    return " " + self.text(o) + " "
            return ""
        out = []
        for k in e.kids:
            if isinstance(k, str):
                out.append(k)
            else:
                t = self.text(k, False, skip)
                out.append(t if k.tag in INLINE else f" {t} ")
        return "".join(out)

    def hidden_self(self, e):
        st = (e.get("style") or "").replace(" ", "").lower()
        return (e.has("hidden") or "display:none" in st or e.get("aria-hidden") == "true"
                or bool(set((e.get("class") or "").split()) & self.hide_classes))

    def labelledby(self, e):
        ids = (e.get("aria-labelledby") or "").split()
        if not ids:
            return None
        parts = []
        for i in ids:
            r = self.byid.get(i)
            if r is None:
                raise ValueError(f"aria-labelledby points at missing id {i}")
            parts.append(r.get("aria-label") if r.get("aria-label") else self.text(r))
        return ws(" ".join(parts))

    def name(self, e):
        n = self.labelledby(e)
        if n:
            return n
        if e.get("aria-label", "").strip():
            return ws(e.get("aria-label"))
        if e.tag in ("input", "select", "textarea"):
            labs = []
            if e.get("id"):
                labs += [l for l in self.root.iter() if l.tag == "label" and l.get("for") == e.get("id")]
            for a in e.ancestors():
                if a.tag == "label" and a not in labs:
                    labs.append(a)
            if labs:
                return ws(" ".join(self.text(l, skip=e) for l in labs))
        if e.tag == "fieldset":
            for k in e.kids:
                if isinstance(k, El) and k.tag == "legend":
                    return ws(self.text(k))
        if e.tag == "button" or e.get("role") in ("switch", "checkbox", "tab"):
            return ws(self.text(e))
        return ws(e.get("title") or e.get("placeholder") or "")


def units(doc, scope):
    """Control units inside scope: (element that carries the name and state, kind)."""
    out, seen_groups = [], set()
    for e in scope.iter():
        if e.tag == "input" and e.get("type") == "radio":
            g = next((a for a in e.ancestors() if a.tag == "fieldset" or a.get("role") == "radiogroup"), None)
            if g is None:
                raise ValueError("radio outside a group")
            if id(g) not in seen_groups:
                seen_groups.add(id(g))
                out.append((g, "radio"))
        elif e.tag == "button" and e.has("aria-pressed"):
            g = next((a for a in e.ancestors() if a.get("role") == "group"), None)
            if g is None:
                raise ValueError("aria-pressed button outside a group")
            if id(g) not in seen_groups:
                seen_groups.add(id(g))
                out.append((g, "pressed"))
        elif e.tag in ("input", "select", "textarea", "button") and e.get("type") != "hidden":
            out.append((e, e.tag))
        elif e.get("role") in ("switch", "checkbox") and e.tag not in ("input", "button"):
            out.append((e, "role"))
    return out


def state_sharing(doc, e, kind, rule):
    t = rule["type"]
    if t == "checked":
        return e.has("checked") == rule["on"]
    if t == "aria-checked":
        return (e.get("aria-checked") == "true") == rule["on"]
    if t == "select":
        sel = [o.get("value") for o in e.iter() if o.tag == "option" and o.has("selected")]
        if len(sel) != 1:
            raise ValueError("select without exactly one selected option")
        return sel[0] in rule["share"]
    if t == "radio":
        sel = [r.get("value") for r in e.iter() if r.tag == "input" and r.get("type") == "radio" and r.has("checked")]
        if len(sel) != 1:
            raise ValueError("radio group without exactly one checked radio")
        return sel[0] in rule["share"]
    if t == "pressed":
        sel = [b.get("data-value") for b in e.iter() if b.tag == "button" and b.get("aria-pressed") == "true"]
        if len(sel) != 1:
            raise ValueError("segmented group without exactly one pressed button")
        return sel[0] in rule["share"]
    return None  # state rows: the status text decides; not machine-checkable


def main():
    errors = []

    def err(page, msg):
        errors.append(f"{page}: {msg}")

    meta = json.load(open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8"))
    mby = {(m["lang"], m["page"]): m for m in meta}
    computed = {}
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        files = sorted(f for f in os.listdir(d) if f.endswith(".html")) if os.path.isdir(d) else []
        if len(files) != 5:
            err(lang, f"{len(files)} pages, expected 5")
        for f in files:
            page = f[:-5]
            key = f"{lang}/{page}"
            text = open(os.path.join(d, f), encoding="utf-8").read()
            exp = json.load(open(os.path.join(d, page + ".expect.json"), encoding="utf-8"))
            m = mby.get((lang, page))
            if m is None:
                err(key, "not in meta.json")
                continue
            # --- file head
            lines = text.split("\n")
            if lines[0] != "<!DOCTYPE html>":
                err(key, "does not start with <!DOCTYPE html>")
            mm = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", lines[1])
            if not mm or int(mm.group(1)) != len(mm.group(2)) or mm.group(2) != exp["url"]:
                err(key, "bad saved-from comment")
            if lines[2] != f'<html lang="{lang}">':
                err(key, "bad <html lang>")
            if set(exp) != {"url", "lang", "notes", "ai_training"} or exp["lang"] != lang:
                err(key, "expect file keys/lang")
            for a in exp["ai_training"]:
                if set(a) != {"label", "sharing"} or not isinstance(a["sharing"], bool):
                    err(key, f"bad entry {a}")
            try:
                doc = Doc(text)
            except ValueError as ex:
                err(key, f"parse: {ex}")
                continue
            # --- chrome
            header = next((e for e in doc.root.iter() if e.tag == "header"), None)
            mains = [e for e in doc.root.iter() if e.tag == "main"]
            if header is None or len(mains) != 1:
                err(key, "needs one header and one main")
                continue
            main_el = mains[0]
            hs = list(header.iter())
            if not any(e.tag == "input" and e.get("type") == "search" for e in hs):
                err(key, "header: no search box")
            if not any(e.tag == "select" for e in hs):
                err(key, "header: no language select")
            acct = [e for e in hs if e.tag == "button" and e.get("aria-controls")]
            if not acct or doc.hidden_reason(doc.byid[acct[0].get("aria-controls")]) != "hidden":
                err(key, "header: account menu missing or not hidden")
            if not any(e.tag == "nav" for e in doc.root.iter()) or not any(e.tag == "footer" for e in doc.root.iter()):
                err(key, "needs side nav and footer")
            # --- units and names
            us = units(doc, main_el)
            vis = [(e, k) for e, k in us if doc.hidden_reason(e) is None]
            n_units = len(vis)
            if not 15 <= n_units <= 35:
                err(key, f"{n_units} visible control units in main")
            if n_units != m["units"]:
                err(key, f"unit count {n_units} != meta {m['units']}")
            names = {}
            for e, k in vis:
                names.setdefault(doc.name(e), []).append(e)
            for e, k in vis:
                if not doc.name(e):
                    err(key, f"visible control without a name: <{e.tag} id={e.get('id')}>")
            want = {}
            for a in exp["ai_training"]:
                want[a["label"]] = want.get(a["label"], 0) + 1
            for lab, cnt in want.items():
                have = len(names.get(lab, []))
                if have != cnt:
                    err(key, f"label {lab!r}: {cnt} expected, {have} visible control(s) with that name")
            # --- meta agreement + state
            if [(l["label"], l["sharing"]) for l in m["labels"]] != [(a["label"], a["sharing"]) for a in exp["ai_training"]]:
                err(key, "expect file and meta disagree")
            for l in m["labels"]:
                e = doc.byid.get(l["id"])
                if e is None:
                    err(key, f"labelled id {l['id']} missing")
                    continue
                if doc.hidden_reason(e) is not None:
                    err(key, f"labelled control {l['label']!r} is hidden ({doc.hidden_reason(e)})")
                if main_el not in list(e.ancestors()):
                    err(key, f"labelled control {l['label']!r} outside main")
                if doc.name(e) != l["label"]:
                    err(key, f"name of #{l['id']} is {doc.name(e)!r}, label {l['label']!r}")
                s = state_sharing(doc, e, l["kind"], l["rule"])
                if s is not None and s != l["sharing"]:
                    err(key, f"state of {l['label']!r} says sharing={s}, label says {l['sharing']}")
            # --- hidden decoys
            if not m["hidden"]:
                err(key, "no hidden AI-training decoy")
            mechs = []
            for h in m["hidden"]:
                e = doc.byid.get(h["id"])
                if e is None:
                    err(key, f"hidden decoy {h['id']} missing")
                    continue
                r = doc.hidden_reason(e)
                if r is None:
                    err(key, f"hidden decoy {h['label']!r} is visible")
                elif r != h["mech"]:
                    err(key, f"hidden decoy {h['label']!r}: mechanism {r}, meta says {h['mech']}")
                if doc.name(e) in want:
                    err(key, f"hidden decoy shares a name with a labelled control: {doc.name(e)!r}")
                if r:
                    mechs.append(r)
            computed[(lang, page)] = {"units": n_units, "labels": len(exp["ai_training"]),
                                      "true": sum(a["sharing"] for a in exp["ai_training"]),
                                      "mechs": sorted(set(mechs))}
    # --- README
    rd = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    if not rd.startswith("# blind54 — blind evaluation set: libraries, museums, archives, science, research participation and culture\n"):
        err("README", "title line")
    rows = {}
    for line in rd.splitlines():
        c = [x.strip() for x in line.strip().strip("|").split("|")]
        if len(c) == 12 and (c[0] in LANGS or c[0] == "**total**"):
            rows[c[0]] = c
    tot = {"pages": 0, "known": 0, "units": 0, "labels": 0, "true": 0, "false": 0, "i": 0, "v": 0, "h": 0, "p": 0}
    for lang in LANGS:
        ms = [m for m in meta if m["lang"] == lang]
        cs = [computed.get((lang, m["page"])) for m in ms]
        if None in cs or not ms:
            err("README", f"{lang}: pages missing")
            continue
        v = {"pages": len(ms), "known": sum(m["known"] for m in ms), "units": sum(c["units"] for c in cs),
             "labels": sum(c["labels"] for c in cs), "true": sum(c["true"] for c in cs)}
        v["false"] = v["labels"] - v["true"]
        for s in "ivhp":
            v[s] = sum(m["shapes"][s] for m in ms)
        if sum(v[s] for s in "ivhp") != v["labels"]:
            err("README", f"{lang}: shapes do not add up")
        for k in tot:
            tot[k] += v[k]
        r = rows.get(lang)
        wantrow = [str(v[k]) for k in ["pages", "known", "units", "labels", "true", "false", "i", "v", "h", "p"]]
        if r is None or r[1:11] != wantrow:
            err("README", f"{lang} row {r} != {wantrow}")
        # mechanisms column must agree
        mech = sorted(set(x for c in cs for x in c["mechs"]))
        if r is not None and r[11] != ", ".join(mech):
            err("README", f"{lang}: mechanisms column {r[11]!r} != {', '.join(mech)!r}")
    r = rows.get("**total**")
    wantrow = [str(tot[k]) for k in ["pages", "known", "units", "labels", "true", "false", "i", "v", "h", "p"]]
    if r is None or r[1:11] != wantrow:
        err("README", f"total row {r} != {wantrow}")
    if errors:
        print("\n".join(errors))
        print(f"FAIL: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(computed)} pages, {tot['labels']} labelled controls "
          f"({tot['true']} sharing, {tot['false']} not), {tot['units']} visible control units; "
          f"shapes i={tot['i']} v={tot['v']} h={tot['h']} p={tot['p']}")


if __name__ == "__main__":
    main()
