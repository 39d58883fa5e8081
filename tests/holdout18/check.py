#!/usr/bin/env python3
"""Sanity checks for the blind18 corpus (independent of the generator)."""
import json, os, re, sys, unicodedata
from html.parser import HTMLParser

warns = []
ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"input", "br", "img", "meta", "link", "hr", "source", "wbr", "area", "col", "base", "embed", "param", "track"}
CTRL_ROLES = {"switch", "checkbox", "radio", "option", "tab", "combobox", "listbox", "radiogroup", "menuitem", "menuitemcheckbox", "menuitemradio", "button", "slider"}

class N:
    def __init__(s, tag, attrs, parent):
        s.tag, s.a, s.parent, s.kids = tag, dict(attrs), parent, []
    def text(s):
        out = []
        for k in s.kids:
            out.append(k if isinstance(k, str) else k.text())
        return " ".join(out)

class P(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True)
        s.root = N("#root", {}, None); s.cur = s.root
    def handle_starttag(s, tag, attrs):
        n = N(tag, attrs, s.cur); s.cur.kids.append(n)
        if tag not in VOID: s.cur = n
    def handle_startendtag(s, tag, attrs):
        s.cur.kids.append(N(tag, attrs, s.cur))
    def handle_endtag(s, tag):
        c = s.cur
        while c is not s.root and c.tag != tag: c = c.parent
        if c is not s.root: s.cur = c.parent
    def handle_data(s, d): s.cur.kids.append(d)

def norm(t): return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", t)).strip().casefold()

def walk(n):
    yield n
    for k in n.kids:
        if not isinstance(k, str): yield from walk(k)

def hidden(n):
    while n is not None:
        a = n.a
        if "hidden" in a or a.get("aria-hidden") == "true" or re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", a.get("style", "")):
            return True
        n = n.parent
    return False

def is_control(n):
    t, a = n.tag, n.a
    if t == "input" and a.get("type", "text") != "hidden": return True
    if t in ("select", "textarea", "button", "fieldset"): return True
    if t == "a" and "href" in a: return True
    if a.get("role") in CTRL_ROLES: return True
    if "status-row" in a.get("class", "").split(): return True
    return False

def names(root):
    ids = {n.a["id"]: n for n in walk(root) if "id" in n.a}
    labels_for = {}
    for n in walk(root):
        if n.tag == "label" and "for" in n.a: labels_for.setdefault(n.a["for"], []).append(n.text())
    out = []
    for n in walk(root):
        if not is_control(n): continue
        a = n.a; nm = ""
        if "aria-labelledby" in a:
            nm = " ".join(ids[i].text() for i in a["aria-labelledby"].split() if i in ids)
        elif a.get("aria-label"):
            nm = a["aria-label"]
        elif n.tag in ("input", "select", "textarea") or a.get("role") == "switch":
            if a.get("id") in labels_for: nm = " ".join(labels_for[a["id"]])
            else:
                p = n.parent
                while p is not None and p.tag != "label": p = p.parent
                if p is not None: nm = p.text()
        elif n.tag == "fieldset":
            lg = [k for k in n.kids if not isinstance(k, str) and k.tag == "legend"]
            nm = lg[0].text() if lg else ""
        elif "status-row" in a.get("class", "").split():
            sn = [k for k in walk(n) if "setting-name" in k.a.get("class", "").split()]
            nm = sn[0].text() if sn else ""
        else:
            nm = n.text()
        # the group a radio/option belongs to (its own options are not "other controls")
        grp = None
        p = n.parent
        while p is not None:
            if p.tag in ("fieldset", "select") or p.a.get("role") in ("radiogroup", "listbox", "menu"): grp = p; break
            p = p.parent
        out.append(dict(node=n, name=norm(nm), hidden=hidden(n), group=grp))
    return out

def check_page(lang, html_path, exp_path):
    errs = []; global warns
    src = open(html_path, encoding="utf-8").read()
    try: exp = json.load(open(exp_path, encoding="utf-8"))
    except Exception as e: return [f"JSON: {e}"]
    first = src.split("\n", 1)[0]
    m = re.fullmatch(r"<!-- saved from url=\(\d{4}\)(\S+) -->", first)
    if not m: errs.append("first line is not a saved-from comment")
    elif m.group(1) != exp.get("url"): errs.append(f"URL mismatch {m.group(1)} != {exp.get('url')}")
    if exp.get("lang") != lang: errs.append(f"expect lang {exp.get('lang')} != dir {lang}")
    lm = re.search(r'<html[^>]*\blang="([^"]+)"', src)
    if not lm: errs.append("no <html lang>")
    else:
        hl = lm.group(1)
        if hl.split("-")[0].lower() != lang: errs.append(f"html lang {hl} not {lang}")
        if lang == "pt" and hl not in ("pt-BR", "pt-PT"): errs.append("pt page must be pt-BR or pt-PT")
    for k in ("url", "lang", "notes", "ai_training"):
        if k not in exp: errs.append(f"missing key {k}")
    p = P(); p.feed(src)
    ctrls = names(p.root)
    alltext = norm(p.root.text() + " " + " ".join(n.a.get("aria-label", "") for n in walk(p.root)))
    seen = set()
    for e in exp.get("ai_training", []):
        lab = e.get("label"); sh = e.get("sharing")
        if not isinstance(lab, str) or not isinstance(sh, bool): errs.append(f"bad entry {e}"); continue
        nl = norm(lab)
        if nl in seen: errs.append(f"duplicate label {lab!r}")
        seen.add(nl)
        if nl not in alltext: errs.append(f"label not in page text: {lab!r}")
        own = [c for c in ctrls if c["name"] == nl]
        if not own: errs.append(f"label is not any control's accessible name: {lab!r}"); continue
        if all(c["hidden"] for c in own): errs.append(f"label belongs to a hidden control: {lab!r}")
        owngroups = {id(c["node"]) for c in own} | {id(c["group"]) for c in own if c["group"] is not None}
        for c in ctrls:
            if c["hidden"] or c["name"] == nl or not c["name"]: continue
            if c["group"] is not None and id(c["group"]) in owngroups: continue
            if id(c["node"]) in owngroups: continue
            if nl in c["name"]:
                errs.append(f"label {lab!r} contained in other control name {c['name']!r}")
            elif len(c["name"]) >= 6 and c["name"] in nl:
                warns.append(f"(warning) other control name {c['name']!r} contained in label {lab!r}")
    return errs

def main():
    bad = 0; total = 0; pages = 0
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        htmls = sorted(f for f in os.listdir(d) if f.endswith(".html"))
        for h in htmls:
            pages += 1
            e = os.path.join(d, h[:-5] + ".expect.json")
            if not os.path.exists(e): print(f"{lang}/{h}: missing expect"); bad += 1; continue
            errs = check_page(lang, os.path.join(d, h), e)
            total += len(json.load(open(e))["ai_training"])
            for x in errs + warns: print(f"{lang}/{h}: {x}")
            warns.clear()
            bad += bool(errs)
        for f in os.listdir(d):
            if f.endswith(".expect.json") and not os.path.exists(os.path.join(d, f[:-12] + ".html")):
                print(f"{lang}/{f}: expect without html"); bad += 1
    print(f"{pages} pages, {total} labelled controls, {bad} pages with problems")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
