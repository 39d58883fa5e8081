#!/usr/bin/env python3
"""Self-check for the blind23 evaluation set (Python standard library only).

For every <lang>/<page>.html + <lang>/<page>.expect.json it verifies that
  * the expect file has exactly the keys url, lang, notes, ai_training, and each
    entry has exactly label (non-empty string) and sharing (bool);
  * url equals the URL of the `<!-- saved from url=(NNNN)URL -->` comment, NNNN is
    the URL's length, lang equals the directory and the primary subtag of <html lang>;
  * every expected label is the accessible name of exactly one *visible* control
    (names computed from aria-labelledby, aria-label, <label for>, a wrapping
    <label>, <legend> for fieldsets, and text content for buttons / switches);
  * no hidden control (hidden, display:none, visibility:hidden, aria-hidden,
    closed <dialog>, hidden tab panel, class hidden by the page's <style>) has a
    name equal to, containing or contained in an expected label;
  * no other visible control's name contains or is contained in an expected label
    (after normalisation), and expected labels on a page do not contain each other,
    so the corpus's substring matching rule cannot match the wrong control;
  * the page has a <header> with a search box, a language <select> and an account
    menu button, and 15-35 visible controls outside the header;
  * meta.json agrees with the expect files; for switches, checkboxes and pressed
    buttons with direct or inverse polarity, `sharing` agrees with the state shown;
    the hidden AI controls recorded in meta.json exist and are hidden.
It then prints a per-page listing and the counts table. Exit status 1 on any error.
"""
import json
import os
import re
import sys
import unicodedata
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr"}
BLOCK = {"address", "article", "aside", "blockquote", "dd", "details", "dialog", "div",
         "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
         "h3", "h4", "h5", "h6", "header", "hr", "legend", "li", "main", "nav", "ol",
         "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
         "thead", "tr", "ul", "br", "label", "option", "select"}
CONTROL_ROLES = {"switch", "checkbox", "radio", "radiogroup", "combobox", "button",
                 "menuitemcheckbox", "menuitemradio", "tab", "slider", "textbox",
                 "listbox", "spinbutton", "searchbox"}
NAME_FROM_CONTENT = {"button", "switch", "checkbox", "radio", "tab", "menuitemcheckbox",
                     "menuitemradio", "menuitem", "option", "link"}
BUTTON_INPUTS = {"button", "submit", "reset"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children = []

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def ancestors(self):
        p = self.parent
        while p is not None:
            yield p
            p = p.parent

    @property
    def role(self):
        return (self.attrs.get("role") or "").strip().lower()

    @property
    def itype(self):
        return (self.attrs.get("type") or "text").lower()


class Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.comments = []
        self.styles = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        n = Node(tag, a, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n
        if tag == "style":
            self._in_style = True

    def handle_startendtag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        self.cur.children.append(Node(tag, a, self.cur))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is None:
            raise ValueError("stray </%s>" % tag)
        if n is not self.cur:
            raise ValueError("unclosed <%s> before </%s>" % (self.cur.tag, tag))
        self.cur = n.parent
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)
        self.cur.children.append(data)

    def handle_comment(self, data):
        self.comments.append(data)


def norm_ws(s):
    return re.sub(r"\s+", " ", s).strip()


def norm_match(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = "".join(ch if ch.isalnum() else " " for ch in s)
    return norm_ws(s)


class Page:
    def __init__(self, path):
        self.path = path
        with open(path, encoding="utf-8") as f:
            self.src = f.read()
        p = Parser()
        p.feed(self.src)
        p.close()
        if p.cur is not p.root:
            raise ValueError("unclosed <%s> at end of document" % p.cur.tag)
        self.root = p.root
        self.comments = p.comments
        self.byid = {}
        for n in self.root.iter():
            i = n.attrs.get("id")
            if i:
                if i in self.byid:
                    raise ValueError("duplicate id %r" % i)
                self.byid[i] = n
        self.hide_classes, self.hide_ids = set(), set()
        for css in p.styles:
            for sel, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
                b = body.replace(" ", "").lower()
                if "display:none" in b or "visibility:hidden" in b:
                    for s in sel.split(","):
                        s = s.strip()
                        m = re.fullmatch(r"(?:[a-z0-9]+)?\.([\w-]+)", s)
                        if m:
                            self.hide_classes.add(m.group(1))
                        m = re.fullmatch(r"#([\w-]+)", s)
                        if m:
                            self.hide_ids.add(m.group(1))

    # ---- visibility -------------------------------------------------------
    def self_hidden(self, n):
        if n.tag in ("head", "script", "style", "template", "title", "meta"):
            return True
        a = n.attrs
        if "hidden" in a:
            return True
        if (a.get("aria-hidden") or "").lower() == "true":
            return True
        st = (a.get("style") or "").replace(" ", "").lower()
        if "display:none" in st or "visibility:hidden" in st:
            return True
        if n.tag == "dialog" and "open" not in a:
            return True
        if set((a.get("class") or "").split()) & self.hide_classes:
            return True
        if a.get("id") in self.hide_ids:
            return True
        if n.tag == "input" and n.itype == "hidden":
            return True
        return False

    def hidden(self, n):
        return self.self_hidden(n) or any(self.self_hidden(a) for a in n.ancestors())

    def hidden_reason(self, n):
        for x in [n] + list(n.ancestors()):
            if self.self_hidden(x):
                return "<%s %s>" % (x.tag, " ".join(
                    '%s="%s"' % (k, v) for k, v in x.attrs.items()
                    if k in ("id", "class", "hidden", "style", "aria-hidden", "role")))
        return ""

    # ---- controls ---------------------------------------------------------
    def is_control(self, n):
        if n.tag == "input":
            return n.itype != "hidden"
        if n.tag in ("select", "textarea", "button"):
            return True
        if n.role in CONTROL_ROLES:
            return True
        if n.tag == "fieldset" and any(
                x.tag == "input" and x.itype == "radio" for x in n.iter()):
            return True
        return False

    def controls(self):
        return [n for n in self.root.iter() if self.is_control(n)]

    def kind(self, n):
        if n.tag == "fieldset" or n.role == "radiogroup":
            return "radiogroup"
        if n.role:
            return n.role
        if n.tag == "input":
            return n.itype
        return n.tag

    def state(self, n):
        """True/False for two-state controls, option text for choices, None otherwise."""
        if "aria-pressed" in n.attrs:
            return n.attrs["aria-pressed"].lower() == "true"
        if n.tag == "input" and n.itype in ("checkbox", "radio"):
            return "checked" in n.attrs
        if n.role in ("switch", "checkbox", "radio", "menuitemcheckbox"):
            return (n.attrs.get("aria-checked") or "").lower() == "true"
        if n.tag == "select":
            opts = [o for o in n.iter() if o.tag == "option"]
            sel = [o for o in opts if "selected" in o.attrs] or opts[:1]
            return "option: " + (norm_ws(self.text(sel[0])) if sel else "")
        if self.kind(n) == "radiogroup":
            for x in n.iter():
                if x is n:
                    continue
                if (x.tag == "input" and x.itype == "radio" and "checked" in x.attrs) or \
                        (x.role == "radio" and (x.attrs.get("aria-checked") or "") == "true"):
                    return "option: " + self.name(x)
            return "option: (none)"
        return None

    # ---- accessible names -------------------------------------------------
    def text(self, n, skip=None, top=True):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
                continue
            if c is skip:
                continue
            if self.self_hidden(c):
                continue
            if c.tag in ("script", "style", "template"):
                continue
            if c.tag == "input" or c.tag in ("select", "textarea"):
                continue
            if c.role in ("switch", "checkbox", "radio", "slider", "textbox", "combobox"):
                continue
            sep = " " if c.tag in BLOCK else ""
            al = (c.attrs.get("aria-label") or "").strip()
            if al:
                out.append(sep + al + sep)
                continue
            if c.tag == "img":
                out.append(sep + (c.attrs.get("alt") or "") + sep)
                continue
            out.append(sep + self.text(c, skip, False) + sep)
        return "".join(out) if not top else norm_ws("".join(out))

    def labels_for(self, n):
        labs = []
        i = n.attrs.get("id")
        if i:
            labs += [x for x in self.root.iter() if x.tag == "label" and x.attrs.get("for") == i]
        for a in n.ancestors():
            if a.tag == "label" and a not in labs:
                labs.append(a)
                break
        return labs

    def name(self, n):
        a = n.attrs
        lb = (a.get("aria-labelledby") or "").split()
        if lb:
            parts = []
            for i in lb:
                r = self.byid.get(i)
                if r is None:
                    raise ValueError("aria-labelledby references missing id %r" % i)
                al = (r.attrs.get("aria-label") or "").strip()
                parts.append(al if al and r is not n else self.text(r))
            nm = norm_ws(" ".join(parts))
            if nm:
                return nm
        al = norm_ws(a.get("aria-label") or "")
        if al:
            return al
        if n.tag in ("input", "select", "textarea") and not (
                n.tag == "input" and n.itype in BUTTON_INPUTS):
            nm = norm_ws(" ".join(self.text(l, skip=n) for l in self.labels_for(n)))
            if nm:
                return nm
        if n.tag == "input" and n.itype in BUTTON_INPUTS:
            return norm_ws(a.get("value") or n.itype.capitalize())
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return self.text(c)
        if n.tag == "button" or n.role in NAME_FROM_CONTENT:
            nm = self.text(n)
            if nm:
                return nm
        return norm_ws(a.get("title") or a.get("placeholder") or "")

    def in_header(self, n):
        return any(x.tag == "header" or x.role == "banner" for x in n.ancestors())


def main():
    errors, warnings = [], []
    meta_path = os.path.join(ROOT, "meta.json")
    with open(meta_path, encoding="utf-8") as f:
        meta = json.load(f)
    rows = {l: dict(pages=0, real=0, labelled=0, true=0, false=0, inverted=0,
                    vague=0, heading=0, hidden=0) for l in LANGS}
    seen_meta = set()
    listing = []
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        htmls = sorted(x for x in os.listdir(d) if x.endswith(".html"))
        for h in htmls:
            base = h[:-5]
            key = "%s/%s" % (lang, base)
            hp = os.path.join(d, h)
            ep = os.path.join(d, base + ".expect.json")

            def err(msg):
                errors.append("%s: %s" % (key, msg))

            if not os.path.exists(ep):
                err("missing expect file")
                continue
            with open(ep, encoding="utf-8") as f:
                exp = json.load(f)
            if set(exp) != {"url", "lang", "notes", "ai_training"}:
                err("expect keys %s" % sorted(exp))
            for e in exp.get("ai_training", []):
                if set(e) != {"label", "sharing"} or not isinstance(e.get("sharing"), bool) \
                        or not isinstance(e.get("label"), str) or not e["label"].strip():
                    err("bad entry %r" % e)
            try:
                pg = Page(hp)
            except ValueError as ex:
                err("parse: %s" % ex)
                continue
            # saved-from comment, url, lang
            m = None
            for c in pg.comments:
                m = re.fullmatch(r"\s*saved from url=\((\d{4})\)(\S+)\s*", c)
                if m:
                    break
            if not m:
                err("no saved-from comment")
            else:
                if int(m.group(1)) != len(m.group(2)):
                    err("saved-from length %s != %d" % (m.group(1), len(m.group(2))))
                if m.group(2) != exp.get("url"):
                    err("url %r != saved-from %r" % (exp.get("url"), m.group(2)))
            if not pg.src.lstrip().lower().startswith("<!doctype html>"):
                err("no doctype")
            html = [n for n in pg.root.iter() if n.tag == "html"]
            hl = html[0].attrs.get("lang", "") if html else ""
            if exp.get("lang") != lang or hl.split("-")[0].lower() != lang:
                err("lang: dir %s, expect %s, <html lang=%s>" % (lang, exp.get("lang"), hl))
            # controls
            ctrls = pg.controls()
            info = []
            for c in ctrls:
                try:
                    nm = pg.name(c)
                except ValueError as ex:
                    err(str(ex))
                    nm = ""
                info.append((c, nm, pg.hidden(c)))
            vis = [(c, nm) for c, nm, hid in info if not hid]
            hid = [(c, nm) for c, nm, h_ in info if h_]
            body_vis = [(c, nm) for c, nm in vis if not pg.in_header(c)]
            head_vis = [(c, nm) for c, nm in vis if pg.in_header(c)]
            for c, nm in vis:
                if not nm:
                    err("visible <%s %s> has no accessible name" % (c.tag, c.attrs.get("id", "")))
            if not any(c.tag == "input" and c.itype == "search" or c.role in ("searchbox",)
                       for c, _ in head_vis):
                err("header: no search box")
            if not any(c.tag == "select" for c, _ in head_vis):
                err("header: no language select")
            if not any("aria-haspopup" in c.attrs for c, _ in head_vis):
                err("header: no account menu button")
            if not 15 <= len(body_vis) <= 35:
                err("%d visible controls outside the header (want 15-35)" % len(body_vis))
            labels = [e["label"] for e in exp.get("ai_training", [])]
            nl = [norm_match(x) for x in labels]
            for i in range(len(nl)):
                for j in range(len(nl)):
                    if i != j and nl[i] in nl[j]:
                        err("expected labels overlap: %r / %r" % (labels[i], labels[j]))
            matched = {}
            for e in exp.get("ai_training", []):
                lab = norm_ws(e["label"])
                hits = [c for c, nm in vis if nm == lab]
                if len(hits) != 1:
                    err("label %r names %d visible controls" % (lab, len(hits)))
                    continue
                matched[lab] = hits[0]
                nlab = norm_match(lab)
                for c, nm in hid:
                    n2 = norm_match(nm)
                    if n2 and (n2 in nlab or nlab in n2):
                        err("label %r also matches hidden control %r" % (lab, nm))
                for c, nm in vis:
                    if c is hits[0]:
                        continue
                    n2 = norm_match(nm)
                    if n2 and (n2 in nlab or nlab in n2):
                        err("label %r overlaps other visible control %r" % (lab, nm))
            # meta
            pm = meta.get(key)
            if pm is None:
                err("not in meta.json")
                continue
            seen_meta.add(key)
            ml = [x["label"] for x in pm["labels"]]
            if ml != labels:
                err("meta labels differ from expect labels")
            for x in pm.get("hidden_ai", []):
                hs = [c for c, nm in hid if nm == x]
                if len(hs) != 1:
                    err("hidden AI control %r: %d hidden controls with that name" % (x, len(hs)))
            r = rows[lang]
            r["pages"] += 1
            r["real"] += 1 if pm.get("real") else 0
            r["hidden"] += len(pm.get("hidden_ai", []))
            listing.append("%-44s %s %2d controls, %d labelled, %d hidden AI" % (
                key, "real" if pm.get("real") else "    ", len(body_vis), len(labels),
                len(pm.get("hidden_ai", []))))
            for e, x in zip(exp.get("ai_training", []), pm["labels"]):
                lab = norm_ws(e["label"])
                c = matched.get(lab)
                st = pg.state(c) if c is not None else None
                pol = x.get("polarity")
                tags = x.get("tags", [])
                if c is not None and pol in ("direct", "inverse"):
                    if not isinstance(st, bool):
                        err("%r: polarity %s but state %r" % (lab, pol, st))
                    elif (st if pol == "direct" else not st) != e["sharing"]:
                        err("%r: state %s, polarity %s, but sharing %s" % (
                            lab, st, pol, e["sharing"]))
                if c is not None and "vague_help" in tags and not (
                        c.attrs.get("aria-describedby") or any(
                            a.attrs.get("aria-describedby") for a in c.ancestors())):
                    warnings.append("%s: vague %r without aria-describedby" % (key, lab))
                r["labelled"] += 1
                r["true" if e["sharing"] else "false"] += 1
                r["inverted"] += 1 if ("inverted" in tags or "double_negative" in tags) else 0
                r["vague"] += 1 if "vague_help" in tags else 0
                r["heading"] += 1 if "heading_only" in tags else 0
                listing.append("    %-5s %-11s %-8s %-34s %s" % (
                    e["sharing"], (pg.kind(c) if c is not None else "?"), pol,
                    (st if isinstance(st, str) else ("on" if st else ("off" if st is False else "-")))[:34],
                    lab[:90]))
            for x in pm.get("hidden_ai", []):
                hs = [c for c, nm in hid if nm == x]
                if hs:
                    listing.append("    hidden: %-60s via %s" % (x[:60], pg.hidden_reason(hs[0])))
    for k in meta:
        if k not in seen_meta:
            errors.append("meta.json: %s has no page" % k)

    print("\n".join(listing))
    print()
    hdr = ["lang", "pages", "real", "labelled", "sharing true", "sharing false",
           "inverted", "vague+help", "heading-only", "hidden not listed"]
    keys = ["pages", "real", "labelled", "true", "false", "inverted", "vague", "heading", "hidden"]
    print("| " + " | ".join(hdr) + " |")
    print("|" + "|".join("---" for _ in hdr) + "|")
    tot = {k: 0 for k in keys}
    for l in LANGS:
        print("| " + " | ".join([l] + [str(rows[l][k]) for k in keys]) + " |")
        for k in keys:
            tot[k] += rows[l][k]
    print("| " + " | ".join(["total"] + [str(tot[k]) for k in keys]) + " |")
    print()
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("%d pages, %d errors, %d warnings" % (tot["pages"], len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
