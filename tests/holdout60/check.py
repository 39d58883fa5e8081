"""Self-check for blind60, independent of tools/lib.py.

Parses every saved page with html.parser, computes visibility and accessible
names itself, and checks:
  * file header (doctype, saved-from comment with correct length, html lang);
  * every expected label equals the accessible name of a visible control, and
    the number of visible controls bearing that name equals the number of
    times the label is listed (so none is left out);
  * every hidden AI-training decoy recorded in meta.json exists and is hidden;
  * every page has at least one hidden decoy and 15-35 visible control units
    in <main>, matching meta.json;
  * recorded state (checked / selected / pressed) of toggles and choices
    matches the markup, and sharing follows from it for toggles;
  * the counts in README.md match the pages.
"""
import collections
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = os.environ.get("LANGS", "en de fr es pt it nl").split()
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def a(self, k, d=None):
        v = self.attrs.get(k, d)
        return d if v is None and k not in self.attrs else (v if v is not None else "")

    def has(self, k):
        return k in self.attrs

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
            raise ValueError("stray </%s>" % tag)
        if n is not self.cur:
            raise ValueError("unclosed <%s> before </%s>" % (self.cur.tag, tag))
        self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)

    def handle_comment(self, data):
        self.comments.append(data)


def norm(s):
    return " ".join(s.split())


class Doc:
    def __init__(self, text):
        b = Builder()
        b.feed(text)
        b.close()
        self.root = b.root
        self.comments = b.comments
        self.byid = {}
        for n in self.root.walk():
            if n.has("id"):
                if n.a("id") in self.byid:
                    raise ValueError("duplicate id " + n.a("id"))
                self.byid[n.a("id")] = n
        css = ""
        for n in self.root.walk():
            if n.tag == "style":
                css += "".join(c for c in n.children if isinstance(c, str))
        self.hide_classes = set()
        for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
            if re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", body):
                for s in sel.split(","):
                    m = re.fullmatch(r"\s*\.([\w-]+)\s*", s)
                    if m:
                        self.hide_classes.add(m.group(1))

    # ------------------------------------------------------------ visibility
    def self_hidden(self, n):
        if n.tag in ("script", "style", "template", "head"):
            return "tag"
        if n.has("hidden"):
            return "attr"
        st = re.sub(r"\s+", "", n.a("style", "")).lower()
        if "display:none" in st:
            return "inline"
        if "visibility:hidden" in st:
            return "visibility"
        if n.a("aria-hidden", "") == "true":
            return "aria"
        if set(n.a("class", "").split()) & self.hide_classes:
            return "class"
        if n.tag == "dialog" and not n.has("open"):
            return "dialog"
        return None

    def hidden_by(self, n):
        for x in [n] + list(n.ancestors()):
            if isinstance(x, Node):
                h = self.self_hidden(x)
                if h:
                    if h == "attr" and x.a("role") == "tabpanel":
                        return "tab"
                    return h
        return None

    # ----------------------------------------------------------------- names
    def text(self, n, top=True, skip=None):
        if isinstance(n, str):
            return n
        if n is skip:
            return ""
        if not top and self.self_hidden(n):
            return ""
        if n.tag in ("input", "select", "textarea"):
            return ""
        return "".join(self.text(c, False, skip) for c in n.children)

    def lby(self, n):
        ids = n.a("aria-labelledby", "").split()
        return norm(" ".join(self.text(self.byid[i]) for i in ids))

    def name(self, n):
        if n.a("aria-labelledby"):
            return self.lby(n)
        if n.a("aria-label", "").strip():
            return norm(n.a("aria-label"))
        if n.tag in ("input", "select", "textarea"):
            if n.a("id"):
                labs = [x for x in self.root.walk() if x.tag == "label" and x.a("for") == n.a("id")]
                if labs:
                    return norm(" ".join(self.text(x, skip=n) for x in labs))
            for x in n.ancestors():
                if x.tag == "label":
                    return norm(self.text(x, skip=n))
            return norm(n.a("title", "") or n.a("placeholder", ""))
        if n.tag == "button" or n.a("role") in ("switch", "checkbox", "button", "tab", "menuitem"):
            t = norm(self.text(n))
            return t or norm(n.a("title", ""))
        return norm(n.a("title", ""))

    def group_name(self, g):
        if g.tag == "fieldset" and not g.a("aria-labelledby") and not g.a("aria-label"):
            for c in g.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return norm(self.text(c))
            return ""
        return self.name(g)

    # -------------------------------------------------------------- controls
    def controls(self):
        out, seen = [], set()
        for n in self.root.walk():
            role = n.a("role")
            in_main = any(x.tag == "main" for x in n.ancestors())
            if n.tag == "input" and n.a("type") == "radio":
                g = next((x for x in n.ancestors() if x.tag == "fieldset" or x.a("role") == "radiogroup"), None)
                key = id(g) if g else ("name", n.a("name"))
                if key in seen:
                    continue
                seen.add(key)
                radios = [r for r in (g or self.root).walk() if r.tag == "input" and r.a("type") == "radio"]
                sel = [r for r in radios if r.has("checked")]
                state = norm(self.name(sel[0])) if sel else None
                out.append(dict(node=g or n, name=self.group_name(g) if g else self.name(n), kind="radio",
                                hidden=self.hidden_by(g or n), main=in_main, state=state))
                continue
            if n.tag == "button" and n.has("aria-pressed"):
                g = next((x for x in n.ancestors() if x.a("role") == "group"), None)
                if g is not None:
                    if id(g) in seen:
                        continue
                    seen.add(id(g))
                    pressed = [b for b in g.walk() if b.tag == "button" and b.a("aria-pressed") == "true"]
                    out.append(dict(node=g, name=self.name(g), kind="segmented", hidden=self.hidden_by(g),
                                    main=in_main, state=norm(self.text(pressed[0])) if pressed else None))
                    continue
            if (n.tag in ("select", "textarea", "button") or (n.tag == "input" and n.a("type") != "hidden")
                    or role in ("switch", "checkbox")):
                state = None
                if n.tag == "input" and n.a("type") == "checkbox":
                    state = "on" if n.has("checked") else "off"
                elif role == "switch":
                    state = "on" if n.a("aria-checked") == "true" else "off"
                elif n.tag == "select":
                    opts = [o for o in n.walk() if o.tag == "option"]
                    sel = [o for o in opts if o.has("selected")] or opts[:1]
                    state = norm(self.text(sel[0]))
                out.append(dict(node=n, name=self.name(n), kind=n.tag, hidden=self.hidden_by(n),
                                main=in_main, state=state))
        return out


def main():
    errors = []
    meta = json.load(open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8"))
    mbykey = {(m["lang"], m["page"]): m for m in meta}
    stats = collections.OrderedDict((l, collections.Counter()) for l in LANGS)
    mechs = {l: set() for l in LANGS}
    pages = []
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        files = sorted(f for f in os.listdir(d) if f.endswith(".html"))
        if len(files) != 5:
            errors.append("%s: %d pages" % (lang, len(files)))
        for f in files:
            slug = f[:-5]
            where = "%s/%s" % (lang, slug)
            text = open(os.path.join(d, f), encoding="utf-8").read()
            exp = json.load(open(os.path.join(d, slug + ".expect.json"), encoding="utf-8"))
            m = mbykey.get((lang, slug))
            if m is None:
                errors.append(where + ": not in meta.json")
                continue
            lines = text.split("\n")
            if lines[0] != "<!DOCTYPE html>":
                errors.append(where + ": no doctype first")
            mo = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", lines[1])
            if not mo or int(mo.group(1)) != len(mo.group(2)) or mo.group(2) != exp["url"]:
                errors.append(where + ": bad saved-from line")
            if not lines[2].startswith('<html lang="%s"' % lang) or exp["lang"] != lang:
                errors.append(where + ": bad html lang")
            if set(exp) != {"url", "lang", "notes", "ai_training"}:
                errors.append(where + ": expect keys")
            try:
                doc = Doc(text)
            except ValueError as e:
                errors.append(where + ": parse: %s" % e)
                continue
            ctrls = doc.controls()
            vis = [c for c in ctrls if not c["hidden"]]
            labels = [x["label"] for x in exp["ai_training"]]
            want = collections.Counter(labels)
            for lab, k in want.items():
                got = [c for c in vis if c["name"] == lab]
                if len(got) != k:
                    errors.append("%s: label %r listed %d time(s), %d visible control(s) bear it"
                                  % (where, lab, k, len(got)))
            # state / sharing consistency with the markup
            for x, mx in zip(exp["ai_training"], m["labelled"]):
                if x["label"] != mx["label"] or x["sharing"] != mx["sharing"]:
                    errors.append(where + ": expect/meta mismatch for %r" % x["label"])
                got = [c for c in vis if c["name"] == x["label"]]
                if got and mx.get("state") is not None and got[0]["state"] is not None:
                    if got[0]["state"] != mx["state"]:
                        errors.append("%s: %r state %r in markup, %r in meta" % (where, x["label"], got[0]["state"], mx["state"]))
                    if got[0]["state"] in ("on", "off"):
                        on = got[0]["state"] == "on"
                        inverted = mx["shape"] == "i"
                        if (on != inverted) != x["sharing"] and not mx.get("neg_override"):
                            errors.append("%s: %r sharing %s does not follow from state %s (shape %s)"
                                          % (where, x["label"], x["sharing"], got[0]["state"], mx["shape"]))
            # hidden decoys
            if not m["hidden_decoys"]:
                errors.append(where + ": no hidden AI-training decoy")
            for hd in m["hidden_decoys"]:
                got = [c for c in ctrls if c["name"] == hd["label"] and c["hidden"]]
                if not got:
                    errors.append("%s: hidden decoy %r not found hidden" % (where, hd["label"]))
                elif got[0]["hidden"] != hd["mech"]:
                    errors.append("%s: hidden decoy %r hidden by %s, meta says %s"
                                  % (where, hd["label"], got[0]["hidden"], hd["mech"]))
                mechs[lang].add(hd["mech"])
            # units in main
            units = sum(1 for c in vis if c["main"])
            if units != m["units"]:
                errors.append("%s: %d visible units in main, meta says %d" % (where, units, m["units"]))
            if not 15 <= units <= 35:
                errors.append("%s: %d units (want 15-35)" % (where, units))
            # header chrome
            hdr = [c for c in vis if not c["main"]]
            kinds = {c["kind"] for c in hdr}
            if not {"input", "select", "button"} <= kinds:
                errors.append(where + ": header lacks search/lang select/account button")
            s = stats[lang]
            s["pages"] += 1
            s["known"] += 1 if m["known"] else 0
            s["units"] += units
            s["labelled"] += len(labels)
            s["true"] += sum(1 for x in exp["ai_training"] if x["sharing"])
            s["false"] += sum(1 for x in exp["ai_training"] if not x["sharing"])
            for x in m["labelled"]:
                s[x["shape"]] += 1
            pages.append((lang, slug, len(labels)))
    # README counts
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    if not readme.startswith("# blind60 — blind evaluation set: software developers' tools"):
        errors.append("README title")
    rows = {}
    for line in readme.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 12 and (cells[0] in LANGS or cells[0] == "**total**"):
            rows[cells[0].strip("*")] = cells
    tot = collections.Counter()
    for lang, s in stats.items():
        tot.update(s)
        r = rows.get(lang)
        want = [s["pages"], s["known"], s["units"], s["labelled"], s["true"], s["false"],
                s["i"], s["v"], s["h"], s["p"]]
        if r is None or [int(x) for x in r[1:11]] != want:
            errors.append("README counts for %s: %s vs %s" % (lang, r and r[1:11], want))
        elif set(x.strip() for x in r[11].split(",")) != mechs[lang]:
            errors.append("README mechanisms for %s" % lang)
    r = rows.get("total")
    want = [tot["pages"], tot["known"], tot["units"], tot["labelled"], tot["true"], tot["false"],
            tot["i"], tot["v"], tot["h"], tot["p"]]
    if r is None or [int(x.strip("*")) for x in r[1:11]] != want:
        errors.append("README totals: %s vs %s" % (r and r[1:11], want))
    for lang, slug, n in pages:
        if not re.search(r"\|\s*%s\s*\|\s*%s\s*\|.*\|\s*%d\s*\|\s*$" % (lang, re.escape(slug), n), readme, re.M):
            errors.append("README pages table: %s/%s" % (lang, slug))
    if errors:
        print("FAIL (%d problems)" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: %d pages, %d control units, %d labelled (%d sharing, %d not), shapes i=%d v=%d h=%d p=%d"
          % (tot["pages"], tot["units"], tot["labelled"], tot["true"], tot["false"],
             tot["i"], tot["v"], tot["h"], tot["p"]))


if __name__ == "__main__":
    main()
