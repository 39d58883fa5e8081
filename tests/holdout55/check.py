#!/usr/bin/env python3
"""Self-check for blind55, independent of the page builder.

Parses every page with html.parser into a small DOM, computes visibility and accessible
names, and checks the .expect.json files, tools/meta.json and README.md against them.
"""
import json
import os
import re
import sys
from collections import Counter
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr"}


class El:
    def __init__(self, tag, attrs, parent):
        self.tag, self.a, self.parent = tag, dict(attrs), parent
        self.kids = []

    def attr(self, k, d=None):
        v = self.a.get(k, d)
        return d if v is None and k not in self.a else (v if v is not None else "")

    def has(self, k):
        return k in self.a

    def iter(self):
        yield self
        for k in self.kids:
            if isinstance(k, El):
                yield from k.iter()

    def ancestors(self):
        p = self.parent
        while p is not None:
            yield p
            p = p.parent


class Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = El("#root", {}, None)
        self.cur = self.root
        self.styles = []
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
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is None:
            raise ValueError(f"stray </{tag}>")
        if n is not self.cur:
            raise ValueError(f"unclosed <{self.cur.tag}> before </{tag}>")
        self.cur = n.parent

    def handle_data(self, d):
        if self.cur.tag == "style":
            self.styles.append(d)
        self.cur.kids.append(d)

    def handle_comment(self, d):
        self.comments.append(d)


def hidden_classes(css):
    out = set()
    for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        b = body.replace(" ", "").lower()
        if "display:none" in b or "visibility:hidden" in b:
            for s in sel.split(","):
                s = s.strip()
                if re.fullmatch(r"\.[\w-]+", s):
                    out.add(s[1:])
    return out


class Doc:
    def __init__(self, text):
        t = Tree()
        t.feed(text)
        t.close()
        self.root = t.root
        self.hcls = hidden_classes("".join(t.styles))
        self.byid = {}
        for e in self.root.iter():
            if "id" in e.a:
                assert e.a["id"] not in self.byid, f"duplicate id {e.a['id']}"
                self.byid[e.a["id"]] = e

    # ---------------------------------------------------------- visibility
    def hide_reason(self, e):
        """Why e is not perceivable, or None."""
        for n in [e, *e.ancestors()]:
            if n.tag == "#root":
                break
            st = (n.a.get("style") or "").replace(" ", "").lower()
            if n.has("hidden"):
                return "tabpanel" if n.a.get("role") == "tabpanel" else "hidden"
            if "display:none" in st:
                return "display-none"
            if "visibility:hidden" in st:
                return "visibility"
            if set((n.a.get("class") or "").split()) & self.hcls:
                return "css-class"
            if n.a.get("aria-hidden") == "true":
                return "aria-hidden"
            if n.tag == "dialog" and not n.has("open") and n is not e:
                return "dialog"
        return None

    # ---------------------------------------------------------- names
    def text(self, e, root=True):
        parts = []
        for k in e.kids:
            if isinstance(k, str):
                parts.append(k)
            else:
                if k.tag in ("script", "style"):
                    continue
                if k.a.get("aria-hidden") == "true" or k.has("hidden") or \
                        "display:none" in (k.a.get("style") or "").replace(" ", ""):
                    continue
                if k.tag in ("input", "select", "textarea"):
                    continue
                parts.append(" " + self.text(k, False) + " ")
        return " ".join("".join(parts).split())

    def name(self, e):
        lb = e.a.get("aria-labelledby")
        if lb:
            return " ".join(" ".join(self.text(self.byid[i]) for i in lb.split()).split())
        if e.a.get("aria-label"):
            return " ".join(e.a["aria-label"].split())
        if e.tag in ("input", "select", "textarea"):
            if e.a.get("id"):
                for l in self.root.iter():
                    if l.tag == "label" and l.a.get("for") == e.a["id"]:
                        return self.text(l)
            for a in e.ancestors():
                if a.tag == "label":
                    return self.text(a)
            return ""
        if e.tag == "fieldset":
            for k in e.kids:
                if isinstance(k, El) and k.tag == "legend":
                    return self.text(k)
            return ""
        if e.tag == "button" or e.a.get("role") in ("switch", "tab"):
            return self.text(e)
        return ""

    # ---------------------------------------------------------- controls
    def controls(self, scope):
        """Units inside scope: list of dicts {el, kind, name}."""
        out = []
        seen_groups = set()
        for e in scope.iter():
            kind = None
            target = e
            if e.tag == "input":
                t = (e.a.get("type") or "text").lower()
                if t == "hidden":
                    continue
                if t == "radio":
                    grp = next((a for a in e.ancestors()
                                if a.tag == "fieldset" or a.a.get("role") == "radiogroup"), None)
                    assert grp is not None, "radio outside a group"
                    if id(grp) in seen_groups:
                        continue
                    seen_groups.add(id(grp))
                    target, kind = grp, "radio-group"
                else:
                    kind = t
            elif e.tag in ("select", "textarea"):
                kind = e.tag
            elif e.tag == "button":
                if e.has("aria-pressed"):
                    grp = next((a for a in e.ancestors() if a.a.get("role") == "group"), None)
                    if grp is not None:
                        if id(grp) in seen_groups:
                            continue
                        seen_groups.add(id(grp))
                        target, kind = grp, "segmented"
                    else:
                        kind = "toggle-button"
                else:
                    kind = e.a.get("role") or "button"
            elif e.a.get("role") == "switch":
                kind = "switch"
            if kind:
                out.append(dict(el=target, kind=kind, name=self.name(target),
                                hidden=self.hide_reason(target)))
        return out

    def state(self, e):
        """checked / on state of a two-state control, selected value of a group."""
        if e.tag == "input":
            return e.has("checked")
        if e.a.get("role") == "switch":
            return e.a.get("aria-checked") == "true"
        if e.tag == "select":
            for o in e.iter():
                if o.tag == "option" and o.has("selected"):
                    return o.a.get("value")
            return None
        if e.tag == "fieldset" or e.a.get("role") == "radiogroup":
            for o in e.iter():
                if o.tag == "input" and o.has("checked"):
                    return o.a.get("value")
        if e.a.get("role") == "group":
            for o in e.iter():
                if o.tag == "button" and o.a.get("aria-pressed") == "true":
                    return o.a.get("data-value")
        return None


def main():
    errors = []
    err = lambda page, msg: errors.append(f"{page}: {msg}")
    meta = json.load(open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8"))
    mbykey = {(m["lang"], m["page"]): m for m in meta}
    stats = {}
    page_rows = []
    for lang in LANGS:
        files = sorted(f for f in os.listdir(os.path.join(ROOT, lang)) if f.endswith(".html"))
        if len(files) != 5:
            err(lang, f"{len(files)} pages, want 5")
        st = Counter()
        mech = Counter()
        for fn in files:
            slug = fn[:-5]
            pid = f"{lang}/{slug}"
            raw = open(os.path.join(ROOT, lang, fn), encoding="utf-8").read()
            exp = json.load(open(os.path.join(ROOT, lang, slug + ".expect.json"), encoding="utf-8"))
            m = mbykey.get((lang, slug))
            if m is None:
                err(pid, "not in meta.json")
                continue
            # -- saved-page preamble
            lines = raw.split("\n")
            if lines[0] != "<!DOCTYPE html>":
                err(pid, "first line is not <!DOCTYPE html>")
            mo = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", lines[1])
            if not mo or int(mo.group(1)) != len(mo.group(2)) or mo.group(2) != exp["url"]:
                err(pid, "bad saved-from comment")
            if lines[2] != f'<html lang="{lang}">' or exp["lang"] != lang:
                err(pid, "html lang / expect lang mismatch")
            if set(exp) != {"url", "lang", "notes", "ai_training"}:
                err(pid, "expect.json keys")
            d = Doc(raw)
            # -- chrome
            body = d.root
            header = next((e for e in body.iter() if e.tag == "header"), None)
            nav = next((e for e in body.iter() if e.tag == "nav"), None)
            footer = next((e for e in body.iter() if e.tag == "footer"), None)
            main_ = next((e for e in body.iter() if e.tag == "main"), None)
            if not (header and nav and footer and main_):
                err(pid, "missing header/nav/footer/main")
                continue
            hk = list(header.iter())
            if not any(e.tag == "input" and e.a.get("type") == "search" for e in hk):
                err(pid, "no search box in header")
            if not any(e.tag == "select" for e in hk):
                err(pid, "no language select in header")
            acct = [e for e in hk if e.tag == "button" and e.a.get("aria-controls")]
            if not acct or not d.byid[acct[0].a["aria-controls"]].has("hidden"):
                err(pid, "account menu missing or not hidden")
            # -- controls in main
            ctr = d.controls(main_)
            vis = [c for c in ctr if not c["hidden"]]
            if not 15 <= len(vis) <= 35:
                err(pid, f"{len(vis)} visible control units")
            if len(vis) != m["units"]:
                err(pid, f"units {len(vis)} != meta {m['units']}")
            labels = [x["label"] for x in exp["ai_training"]]
            # expected labels == meta labelled, in order, and each is the computed name of a
            # visible control
            if labels != [x["name"] for x in m["labelled"]]:
                err(pid, "expect labels differ from meta")
            if [x["sharing"] for x in exp["ai_training"]] != [x["sharing"] for x in m["labelled"]]:
                err(pid, "expect sharing differs from meta")
            byel = {id(c["el"]): c for c in ctr}
            lab_ids = set()
            for x, ex in zip(m["labelled"], exp["ai_training"]):
                e = d.byid.get(x["id"])
                c = byel.get(id(e)) if e is not None else None
                if c is None:
                    err(pid, f"labelled id {x['id']} is not a control unit")
                    continue
                lab_ids.add(x["id"])
                if c["hidden"]:
                    err(pid, f"labelled control {ex['label']!r} is hidden ({c['hidden']})")
                if c["name"] != ex["label"]:
                    err(pid, f"computed name {c['name']!r} != label {ex['label']!r}")
                s = d.state(e)
                if "share" in x:
                    if s != x["selected"] or x["share"].get(s) != ex["sharing"]:
                        err(pid, f"{ex['label']!r}: selected {s!r} / sharing mismatch")
                elif "inv" in x:
                    if s != x["state"] or (s != x["inv"]) != ex["sharing"]:
                        err(pid, f"{ex['label']!r}: state {s!r} / sharing mismatch")
                if x["shape"] not in "ivhp":
                    err(pid, "bad shape")
            # every visible control whose name is a label must be listed
            lset = set(labels)
            for c in vis:
                if c["name"] in lset and c["el"].a.get("id") not in lab_ids:
                    err(pid, f"visible control {c['name']!r} has a label's name but is not listed")
            if len(set(labels)) != len(labels):
                err(pid, "duplicate labels")
            # hidden decoys
            if not m["hidden_ai"]:
                err(pid, "no hidden AI-training decoy")
            for h in m["hidden_ai"]:
                e = d.byid.get(h["id"])
                c = byel.get(id(e)) if e is not None else None
                if c is None:
                    err(pid, f"hidden decoy {h['id']} not found")
                    continue
                if not c["hidden"]:
                    err(pid, f"hidden decoy {h['name']!r} is visible")
                elif c["hidden"] != h["mechanism"]:
                    err(pid, f"hidden decoy {h['name']!r}: {c['hidden']} != {h['mechanism']}")
                if h["id"] in lab_ids or c["name"] in lset:
                    err(pid, f"hidden decoy {h['name']!r} collides with a label")
                mech[h["mechanism"]] += 1
            # counts
            st["pages"] += 1
            st["known"] += bool(m["known"])
            st["units"] += len(vis)
            st["lab"] += len(labels)
            st["t"] += sum(1 for x in exp["ai_training"] if x["sharing"])
            st["f"] += sum(1 for x in exp["ai_training"] if not x["sharing"])
            for x in m["labelled"]:
                st[x["shape"]] += 1
            page_rows.append((lang, slug, exp["url"], len(labels)))
        stats[lang] = (st, mech)

    # -- README
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    if not readme.startswith("# blind55 — blind evaluation set: sports clubs, stadiums, ticketing, "
                             "concerts, events and live entertainment\n"):
        err("README", "title line")
    for sec in ("## What the set is", "## How it was written (blind)", "## Layout",
                "## What is labelled", "## Shapes", "## Counts per language", "## Pages"):
        if sec not in readme:
            err("README", f"missing section {sec}")
    rows = {}
    for line in readme.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 12 and (cells[0] in LANGS or cells[0] == "**total**"):
            rows[cells[0]] = cells
    tot = Counter()
    totm = Counter()
    for lang in LANGS:
        st, mech = stats[lang]
        tot.update(st)
        totm.update(mech)
        want = [lang, st["pages"], st["known"], st["units"], st["lab"], st["t"], st["f"],
                st["i"], st["v"], st["h"], st["p"]]
        got = rows.get(lang)
        if not got or [str(w) for w in want] != got[:11]:
            err("README", f"counts row {lang}: {got} != {want}")
        elif Counter({k: int(v) for k, v in (p.rsplit(" ", 1) for p in got[11].split(", "))}) != mech:
            err("README", f"mechanisms {lang}")
    want = ["**total**", tot["pages"], tot["known"], tot["units"], tot["lab"], tot["t"], tot["f"],
            tot["i"], tot["v"], tot["h"], tot["p"]]
    if [str(w) for w in want] != rows.get("**total**", [])[:11]:
        err("README", f"totals row {rows.get('**total**')} != {want}")
    for lang, slug, url, n in page_rows:
        if not re.search(rf"\| {lang} \| {re.escape(slug)} \| [^|]+ \| {re.escape(url)} \| {n} \|", readme):
            err("README", f"page row {lang}/{slug}")

    if errors:
        print("\n".join(errors))
        print(f"FAIL: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {tot['pages']} pages, {tot['units']} control units, {tot['lab']} labelled "
          f"({tot['t']} sharing, {tot['f']} not), shapes i {tot['i']} v {tot['v']} h {tot['h']} "
          f"p {tot['p']}, hidden decoys {sum(totm.values())} ({dict(sorted(totm.items()))})")


if __name__ == "__main__":
    main()
