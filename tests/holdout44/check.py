#!/usr/bin/env python3
"""Self-check for blind44 (standard library only).

For every <lang>/<page>.html + .expect.json:
  * the three first lines (doctype, saved-from comment with 4-digit URL length, <html lang>)
  * expect JSON: exactly url, lang, notes, ai_training; same URL and language as the page
  * well-formed markup (every non-void element closed in order), unique ids,
    existing aria-labelledby / aria-describedby / aria-controls / label-for targets
  * skeleton: header with search box, language select and account button whose menu is hidden;
    side nav, main, footer
  * every expected label is the computed accessible name of exactly one visible control and of
    no hidden one; no other control in <main> or hidden anywhere has a name that contains it or
    is contained in it (normalised, character level)
  * every visible control in <main> has a name
  * <main> has 15-35 visible control units, equal to tools/meta.json "further"
  * meta.json counts (labelled, true, false) agree with the expect file; at least one hidden
    AI-training decoy is declared and the page has hidden controls outside the account menu
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
INLINE = {"span", "strong", "em", "b", "i", "a", "abbr", "small", "code", "kbd", "bdi", "time", "mark",
          "sup", "sub", "u", "s", "q", "cite", "data", "var"}


class Node:
    def __init__(self, tag, attrs=None, parent=None, text=None):
        self.tag = tag
        self.attrs = attrs or {}
        self.parent = parent
        self.children = []
        self.text = text

    def iter(self):
        for c in self.children:
            if c.tag != "#text":
                yield c
                yield from c.iter()

    def ancestors(self):
        p = self.parent
        while p is not None:
            yield p
            p = p.parent


class Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root")
        self.stack = [self.root]
        self.errors = []

    def handle_starttag(self, tag, attrs):
        d = {}
        for k, v in attrs:
            if k in d:
                self.errors.append(f"duplicate attribute {k} on <{tag}>")
            d[k] = "" if v is None else v
        n = Node(tag, d, self.stack[-1])
        self.stack[-1].children.append(n)
        if tag not in VOID:
            self.stack.append(n)

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID:
            self.errors.append(f"self-closing non-void <{tag}/>")
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            self.errors.append(f"end tag for void </{tag}>")
            return
        if len(self.stack) < 2 or self.stack[-1].tag != tag:
            self.errors.append(f"mismatched </{tag}> (open: <{self.stack[-1].tag}>)")
            return
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].children.append(Node("#text", parent=self.stack[-1], text=data))


def norm(s):
    return " ".join((s or "").split())


def key(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = re.sub(r"[^\w]+", " ", s)
    return " ".join(s.split())


class Doc:
    def __init__(self, text):
        p = Parser()
        p.feed(text)
        p.close()
        self.errors = list(p.errors)
        if len(p.stack) != 1:
            self.errors.append("unclosed elements: " + ", ".join(n.tag for n in p.stack[1:]))
        self.root = p.root
        self.all = list(self.root.iter())
        self.byid = {}
        for n in self.all:
            i = n.attrs.get("id")
            if i is not None:
                if i in self.byid:
                    self.errors.append(f"duplicate id {i}")
                self.byid[i] = n
        self.hidden_classes = set()
        for n in self.all:
            if n.tag == "style":
                css = "".join(c.text for c in n.children if c.tag == "#text")
                for m in re.finditer(r"\.([A-Za-z0-9_-]+)\s*\{([^}]*)\}", css):
                    body = m.group(2).replace(" ", "").lower()
                    if "display:none" in body or "visibility:hidden" in body:
                        self.hidden_classes.add(m.group(1))
        self.labels_for = {}
        for n in self.all:
            if n.tag == "label" and "for" in n.attrs:
                self.labels_for.setdefault(n.attrs["for"], []).append(n)

    # visibility ------------------------------------------------------------
    def self_hidden(self, n):
        a = n.attrs
        if "hidden" in a or a.get("aria-hidden") == "true":
            return True
        st = a.get("style", "").replace(" ", "").lower()
        if "display:none" in st or "visibility:hidden" in st:
            return True
        if set(a.get("class", "").split()) & self.hidden_classes:
            return True
        if n.tag == "dialog" and "open" not in a:
            return True
        return n.tag in ("template", "head", "script", "style")

    def hidden(self, n):
        return self.self_hidden(n) or any(self.self_hidden(a) for a in n.ancestors() if a.tag != "#root")

    def in_main(self, n):
        return any(a.tag == "main" for a in n.ancestors())

    def in_header(self, n):
        return any(a.tag == "header" for a in n.ancestors())

    # names -----------------------------------------------------------------
    def text_of(self, n, skip=None):
        parts = []
        for c in n.children:
            if c.tag == "#text":
                parts.append(c.text)
                continue
            if c is skip or self.self_hidden(c):
                continue
            if c.tag == "input":
                if c.attrs.get("type", "text") in ("checkbox", "radio"):
                    continue
                parts.append(" " + c.attrs.get("value", "") + " ")
                continue
            if c.tag == "select":
                opts = [o for o in c.iter() if o.tag == "option"]
                sel = [o for o in opts if "selected" in o.attrs] or opts[:1]
                parts.append(" " + (self.text_of(sel[0]) if sel else "") + " ")
                continue
            if c.attrs.get("aria-label", "").strip():
                sub = c.attrs["aria-label"]
            else:
                sub = self.text_of(c, skip)
            parts.append(sub if c.tag in INLINE else " " + sub + " ")
        return "".join(parts)

    def ref_text(self, n):
        if n.attrs.get("aria-label", "").strip():
            return n.attrs["aria-label"]
        return self.text_of(n)

    def name(self, n):
        a = n.attrs
        if a.get("aria-labelledby", "").strip():
            return norm(" ".join(self.ref_text(self.byid[i]) for i in a["aria-labelledby"].split() if i in self.byid))
        if a.get("aria-label", "").strip():
            return norm(a["aria-label"])
        tag, role = n.tag, a.get("role")
        if tag in ("input", "select", "textarea"):
            labs = list(self.labels_for.get(a.get("id"), [])) if a.get("id") else []
            for anc in n.ancestors():
                if anc.tag == "label" and anc not in labs:
                    labs.append(anc)
            if labs:
                return norm(" ".join(self.text_of(l, skip=n) for l in labs))
            if tag == "input" and a.get("type") in ("button", "submit", "reset"):
                return norm(a.get("value", ""))
            return norm(a.get("title", "") or a.get("placeholder", ""))
        if tag == "fieldset":
            for c in n.children:
                if c.tag == "legend":
                    return norm(self.text_of(c))
            return norm(a.get("title", ""))
        if role in ("switch", "checkbox", "radio", "button", "tab", "menuitem", "link", "option"):
            return norm(self.text_of(n)) or norm(a.get("title", ""))
        if role in ("radiogroup", "group", "tablist", "dialog", "region", "menu") or tag in (
                "section", "div", "ul", "nav", "form", "table", "dialog"):
            return norm(a.get("title", ""))
        return norm(self.text_of(n)) or norm(a.get("title", ""))

    # controls --------------------------------------------------------------
    def controls(self):
        """Return list of (kind, node, is_unit). kind in control|group|tablist|tab|link|summary."""
        out = []
        groups = []
        for n in self.all:
            a, tag, role = n.attrs, n.tag, n.attrs.get("role")
            if tag == "input":
                t = a.get("type", "text")
                if t == "hidden":
                    continue
                if t == "radio":
                    g = next((x for x in n.ancestors() if x.tag == "fieldset" or x.attrs.get("role") == "radiogroup"), None)
                    if g is None:
                        self.errors.append("radio outside fieldset/radiogroup")
                    elif g not in groups:
                        groups.append(g)
                    continue
                out.append(("control", n, True))
            elif tag in ("select", "textarea"):
                out.append(("control", n, True))
            elif role == "radio":
                g = next((x for x in n.ancestors() if x.attrs.get("role") == "radiogroup"), None)
                if g is None:
                    self.errors.append("role=radio outside radiogroup")
                elif g not in groups:
                    groups.append(g)
            elif role == "tab":
                out.append(("tab", n, False))
            elif tag == "button" and "aria-pressed" in a and any(x.attrs.get("role") == "group" for x in n.ancestors()):
                g = next(x for x in n.ancestors() if x.attrs.get("role") == "group")
                if g not in groups:
                    groups.append(g)
            elif tag == "button" or role in ("switch", "checkbox", "button", "textbox", "combobox", "slider",
                                             "spinbutton", "menuitem", "menuitemcheckbox", "menuitemradio"):
                if tag == "a" and role == "menuitem":
                    out.append(("link", n, False))
                else:
                    out.append(("control", n, True))
            elif role == "tablist":
                out.append(("tablist", n, True))
            elif tag == "a" and "href" in a:
                out.append(("link", n, False))
            elif tag == "summary":
                out.append(("summary", n, False))
        for g in groups:
            out.append(("group", g, True))
        return out


def check_page(lang, base, meta):
    errs = []
    hp = os.path.join(ROOT, lang, base + ".html")
    ep = os.path.join(ROOT, lang, base + ".expect.json")
    page = f"{lang}/{base}"
    if not os.path.exists(ep):
        return [f"{page}: missing expect file"], None
    text = open(hp, encoding="utf-8").read()
    try:
        exp = json.load(open(ep, encoding="utf-8"))
    except Exception as ex:  # noqa
        return [f"{page}: bad JSON {ex}"], None
    if set(exp) != {"url", "lang", "notes", "ai_training"}:
        errs.append(f"expect keys {sorted(exp)}")
    lines = text.split("\n")
    if lines[0] != "<!DOCTYPE html>":
        errs.append("line 1 is not <!DOCTYPE html>")
    m = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", lines[1] if len(lines) > 1 else "")
    if not m:
        errs.append("line 2 is not a saved-from comment")
    else:
        if int(m.group(1)) != len(m.group(2)):
            errs.append(f"saved-from length {m.group(1)} != {len(m.group(2))}")
        if m.group(2) != exp.get("url"):
            errs.append("URL differs between page and expect")
    m2 = re.fullmatch(r'<html lang="([A-Za-z-]+)">', lines[2] if len(lines) > 2 else "")
    if not m2:
        errs.append("line 3 is not <html lang>")
    elif m2.group(1).split("-")[0] != lang or exp.get("lang") != lang:
        errs.append(f"language mismatch: dir {lang}, html {m2.group(1)}, expect {exp.get('lang')}")
    for item in exp.get("ai_training", []):
        if set(item) != {"label", "sharing"} or not isinstance(item.get("sharing"), bool) or not item.get("label"):
            errs.append(f"bad ai_training entry {item}")

    d = Doc(text)
    errs += d.errors
    for n in d.all:
        for attr in ("aria-labelledby", "aria-describedby", "aria-controls"):
            for i in n.attrs.get(attr, "").split():
                if i not in d.byid:
                    errs.append(f"{attr} target #{i} missing")
        if n.tag == "label" and "for" in n.attrs and n.attrs["for"] not in d.byid:
            errs.append(f"label for=#{n.attrs['for']} missing")

    # skeleton
    header = [n for n in d.all if n.tag == "header"]
    if not header:
        errs.append("no header")
    else:
        h = header[0]
        hs = list(h.iter())
        if not any(n.tag == "input" and n.attrs.get("type") == "search" for n in hs):
            errs.append("header has no search box")
        if not any(n.tag == "select" for n in hs):
            errs.append("header has no language select")
        acc = [n for n in hs if n.tag == "button" and n.attrs.get("aria-controls")]
        if not acc or "hidden" not in d.byid.get(acc[0].attrs["aria-controls"], Node("x")).attrs:
            errs.append("account menu button/hidden menu missing")
    for t in ("nav", "main", "footer"):
        if not any(n.tag == t for n in d.all):
            errs.append(f"no <{t}>")

    ctrls = [(k, n, u, d.name(n)) for k, n, u in d.controls()]
    vis_main_units = [c for c in ctrls if c[2] and d.in_main(c[1]) and not d.hidden(c[1])]
    for k, n, u, nm in ctrls:
        if d.in_main(n) and not d.hidden(n) and not nm:
            errs.append(f"unnamed visible control <{n.tag} {n.attrs}>")

    # labels
    for item in exp.get("ai_training", []):
        lab = item["label"]
        exact_vis = [c for c in ctrls if norm(c[3]) == norm(lab) and not d.hidden(c[1])]
        exact_hid = [c for c in ctrls if norm(c[3]) == norm(lab) and d.hidden(c[1])]
        if len(exact_vis) != 1:
            errs.append(f"label {lab!r}: {len(exact_vis)} visible controls with this name")
        if exact_hid:
            errs.append(f"label {lab!r}: a hidden control has this name")
        kl = key(lab)
        for c in ctrls:
            if exact_vis and c is exact_vis[0]:
                continue
            if not (d.in_main(c[1]) or d.hidden(c[1])):
                continue
            kn = key(c[3])
            if kn and (kn in kl or kl in kn):
                errs.append(f"label {lab!r} overlaps other control name {c[3]!r}")
    labs = [norm(i["label"]) for i in exp.get("ai_training", [])]
    if len(set(labs)) != len(labs):
        errs.append("duplicate expected labels")

    # counts
    nunits = len(vis_main_units)
    if not 15 <= nunits <= 35:
        errs.append(f"{nunits} visible control units in main (need 15-35)")
    mt = meta.get(page)
    if mt is None:
        errs.append("no meta.json entry")
    else:
        if mt["further"] != nunits:
            errs.append(f"meta further {mt['further']} != counted {nunits}")
        if mt["labelled"] != len(labs):
            errs.append("meta labelled count differs")
        t = sum(1 for i in exp["ai_training"] if i["sharing"])
        if mt["true"] != t or mt["false"] != len(labs) - t:
            errs.append("meta true/false differ")
        if mt["url"] != exp.get("url"):
            errs.append("meta url differs")
        if mt["hidden"] < 1:
            errs.append("no hidden AI-training decoy declared")
        hid_ctrls = [c for c in ctrls if d.hidden(c[1]) and not d.in_header(c[1])]
        if len(hid_ctrls) < mt["hidden"]:
            errs.append("fewer hidden controls than declared hidden decoys")
    return [f"{page}: {x}" for x in errs], nunits


def main():
    meta_p = os.path.join(ROOT, "tools", "meta.json")
    meta = json.load(open(meta_p, encoding="utf-8")) if os.path.exists(meta_p) else {}
    errors = []
    total = 0
    pages = 0
    for lang in LANGS:
        ld = os.path.join(ROOT, lang)
        if not os.path.isdir(ld):
            errors.append(f"missing {lang}/")
            continue
        htmls = sorted(f[:-5] for f in os.listdir(ld) if f.endswith(".html"))
        exps = sorted(f[:-12] for f in os.listdir(ld) if f.endswith(".expect.json"))
        if htmls != exps:
            errors.append(f"{lang}: html/expect files differ")
        if len(htmls) != 5:
            errors.append(f"{lang}: {len(htmls)} pages (want 5)")
        for b in htmls:
            errs, _ = check_page(lang, b, meta)
            errors += errs
            pages += 1
            total += len(json.load(open(os.path.join(ld, b + ".expect.json"), encoding="utf-8"))["ai_training"]) if os.path.exists(os.path.join(ld, b + ".expect.json")) else 0
    if len(meta) != pages:
        errors.append(f"meta.json has {len(meta)} pages, found {pages}")
    for e in errors:
        print("FAIL", e)
    print(f"{pages} pages, {total} labelled controls, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
