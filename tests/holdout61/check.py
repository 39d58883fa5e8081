#!/usr/bin/env python3
"""Self-check for blind61, independent of tools/lib.py: parses every saved page with html.parser,
computes accessible names and visibility, and compares with the .expect.json files,
tools/meta.json and README.md."""
import collections, json, os, re, sys
from html.parser import HTMLParser
from urllib.parse import urlparse

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, attrs, parent, []

    def iter(self):
        for c in self.children:
            if isinstance(c, Node):
                yield c
                yield from c.iter()


class Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.styles = []
        self.errors = []

    def handle_starttag(self, tag, attrs):
        n = Node(tag, {k: (v if v is not None else "") for k, v in attrs}, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, {k: (v if v is not None else "") for k, v in attrs}, self.cur))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is None:
            self.errors.append(f"stray </{tag}>")
            return
        if n is not self.cur:
            self.errors.append(f"unclosed <{self.cur.tag}> before </{tag}>")
        self.cur = n.parent

    def handle_data(self, data):
        if self.cur.tag == "style":
            self.styles.append(data)
        self.cur.children.append(data)


def norm(s):
    return " ".join(s.split())


class Doc:
    def __init__(self, src):
        p = Parser()
        p.feed(src)
        p.close()
        self.errors = p.errors
        self.root = p.root
        self.byid = {}
        for n in self.root.iter():
            if "id" in n.attrs:
                if n.attrs["id"] in self.byid:
                    self.errors.append("duplicate id " + n.attrs["id"])
                self.byid[n.attrs["id"]] = n
        self.hide_classes = set()
        for css in p.styles:
            for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
                if re.search(r"display\s*:\s*none", body):
                    for part in sel.split(","):
                        m = re.fullmatch(r"\s*\.([\w-]+)\s*", part)
                        if m:
                            self.hide_classes.add(m.group(1))

    def self_hidden(self, n):
        a = n.attrs
        st = a.get("style", "").replace(" ", "").lower()
        return ("hidden" in a or a.get("aria-hidden") == "true" or "display:none" in st
                or "visibility:hidden" in st or (n.tag == "dialog" and "open" not in a)
                or bool(set(a.get("class", "").split()) & self.hide_classes))

    def hidden(self, n):
        while n is not None and n.tag != "#root":
            if self.self_hidden(n):
                return True
            n = n.parent
        return False

    def text(self, n, root=True):
        if not root and self.self_hidden(n):
            return ""
        if n.tag in ("style", "script", "input", "select", "textarea"):
            return ""
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
            elif c.tag in ("span", "b", "i", "em", "strong", "a", "abbr"):
                out.append(self.text(c, False))
            else:
                out.append(" " + self.text(c, False) + " ")
        return "".join(out)

    def labels_for(self, n):
        cid = n.attrs.get("id")
        out = []
        if cid:
            out = [self.text(l) for l in self.root.iter() if l.tag == "label" and l.attrs.get("for") == cid]
        if not out:
            p = n.parent
            while p is not None:
                if p.tag == "label":
                    out.append(self.text(p))
                    break
                p = p.parent
        return norm(" ".join(out))

    def name(self, n):
        a = n.attrs
        if a.get("aria-labelledby"):
            return norm(" ".join(self.text(self.byid[i]) for i in a["aria-labelledby"].split() if i in self.byid))
        if norm(a.get("aria-label", "")):
            return norm(a["aria-label"])
        if n.tag in ("input", "select", "textarea"):
            l = self.labels_for(n)
            return l or norm(a.get("title", "") or a.get("placeholder", ""))
        if n.tag == "fieldset":
            for c in n.children:
                if isinstance(c, Node) and c.tag == "legend":
                    return norm(self.text(c))
            return ""
        if n.tag == "button" or a.get("role") in ("switch", "button", "tab", "checkbox", "menuitem"):
            return norm(self.text(n))
        return ""

    def radio_group_name(self, n):
        p = n.parent
        while p is not None:
            if p.attrs.get("role") == "radiogroup" or p.tag == "fieldset":
                return self.name(p), p
            p = p.parent
        return "", None

    def units(self, scope):
        """Visible control units under scope: [(node, name, kind)]."""
        out, seen_groups = [], set()
        for n in scope.iter():
            if self.hidden(n):
                continue
            a = n.attrs
            if n.tag == "input" and a.get("type") == "hidden":
                continue
            if n.tag == "input" and a.get("type") == "radio":
                key = ("radio", a.get("name"))
                if key in seen_groups:
                    continue
                seen_groups.add(key)
                nm, g = self.radio_group_name(n)
                out.append((g or n, nm, "radio-group"))
            elif n.tag in ("input", "select", "textarea"):
                out.append((n, self.name(n), a.get("role") or a.get("type") or n.tag))
            elif n.tag == "button":
                p = n.parent
                if "aria-pressed" in a and p is not None and p.attrs.get("role") == "group":
                    if id(p) in seen_groups:
                        continue
                    seen_groups.add(id(p))
                    out.append((p, self.name(p), "pressed-group"))
                else:
                    out.append((n, self.name(n), a.get("role") or "button"))
            elif a.get("role") in ("switch", "checkbox", "radio", "button"):
                out.append((n, self.name(n), a["role"]))
        return out


def find(root, tag):
    return [n for n in root.iter() if n.tag == tag]


def main():
    problems = []
    meta = json.load(open(os.path.join(ROOT, "tools", "meta.json"), encoding="utf-8"))
    metas = {(m["lang"], m["page"]): m for m in meta}
    stats = collections.OrderedDict((l, collections.Counter()) for l in LANGS)
    mechs = {l: set() for l in LANGS}
    page_rows = []
    nfiles = 0
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        pages = sorted(f[:-5] for f in os.listdir(d) if f.endswith(".html"))
        if len(pages) != 5:
            problems.append(f"{lang}: {len(pages)} pages, want 5")
        for pg in pages:
            nfiles += 1
            where = f"{lang}/{pg}"
            src = open(os.path.join(d, pg + ".html"), encoding="utf-8").read()
            exp = json.load(open(os.path.join(d, pg + ".expect.json"), encoding="utf-8"))
            m = metas.get((lang, pg))
            if m is None:
                problems.append(f"{where}: not in meta.json")
                continue
            if set(exp) != {"url", "lang", "notes", "ai_training"} or exp["lang"] != lang:
                problems.append(f"{where}: expect keys/lang")
            for it in exp["ai_training"]:
                if set(it) != {"label", "sharing"} or not isinstance(it["sharing"], bool):
                    problems.append(f"{where}: bad entry {it}")
            mm = re.match(r"<!DOCTYPE html>\n<!-- saved from url=\((\d{4})\)(\S+) -->\n<html lang=\"([\w-]+)\">", src)
            if not mm:
                problems.append(f"{where}: bad preamble")
                continue
            if int(mm.group(1)) != len(mm.group(2)) or mm.group(2) != exp["url"]:
                problems.append(f"{where}: saved-from url/length mismatch")
            if mm.group(3).split("-")[0] != lang:
                problems.append(f"{where}: html lang {mm.group(3)}")
            host = urlparse(exp["url"]).hostname or ""
            if m["known"] == host.endswith(".test"):
                problems.append(f"{where}: known={m['known']} but host {host}")
            doc = Doc(src)
            problems += [f"{where}: {x}" for x in doc.errors]
            # chrome
            header, nav, footer, main_ = (find(doc.root, t) for t in ("header", "nav", "footer", "main"))
            if not (header and nav and footer and len(main_) == 1):
                problems.append(f"{where}: missing header/nav/footer/main")
                continue
            hn = header[0]
            if not [n for n in hn.iter() if n.tag == "input" and n.attrs.get("type") == "search"]:
                problems.append(f"{where}: no search box")
            if not find(hn, "select"):
                problems.append(f"{where}: no language select")
            acct = [n for n in hn.iter() if n.tag == "button" and n.attrs.get("aria-controls")]
            if not acct or not doc.hidden(doc.byid.get(acct[0].attrs["aria-controls"], acct[0])) \
                    or "hidden" not in doc.byid[acct[0].attrs["aria-controls"]].attrs:
                problems.append(f"{where}: account menu not hidden")
            units = doc.units(main_[0])
            if not 15 <= len(units) <= 35:
                problems.append(f"{where}: {len(units)} units")
            if len(units) != m["units"]:
                problems.append(f"{where}: {len(units)} units computed, meta says {m['units']}")
            names = collections.Counter(nm for _, nm, _ in units)
            for _, nm, k in units:
                if not nm:
                    problems.append(f"{where}: unnamed {k}")
            want = collections.Counter(norm(it["label"]) for it in exp["ai_training"])
            for lbl, c in want.items():
                if names.get(lbl, 0) != c:
                    problems.append(f"{where}: label {lbl!r} listed {c}x, {names.get(lbl, 0)} visible controls carry it")
            if [l["label"] for l in m["labels"]] != [it["label"] for it in exp["ai_training"]] or \
                    [l["sharing"] for l in m["labels"]] != [it["sharing"] for it in exp["ai_training"]]:
                problems.append(f"{where}: meta labels differ from expect")
            if not m["hidden_ai"]:
                problems.append(f"{where}: no hidden AI-training decoy")
            for h in m["hidden_ai"]:
                n = doc.byid.get(h["id"])
                if n is None:
                    problems.append(f"{where}: hidden decoy {h['id']} missing")
                    continue
                if not doc.hidden(n):
                    problems.append(f"{where}: hidden decoy {h['id']} is visible")
                if n.tag not in ("input", "select", "button", "fieldset", "div"):
                    problems.append(f"{where}: hidden decoy {h['id']} is a <{n.tag}>")
                hn_ = doc.name(n) if n.tag != "div" else doc.name(n)
                if hn_ and hn_ in want:
                    problems.append(f"{where}: hidden decoy shares name {hn_!r} with a listed control")
            # closed <details> content is listed (collapsed, not hidden): make sure it is not hidden
            for det in find(main_[0], "details"):
                if doc.hidden(det):
                    problems.append(f"{where}: a <details> is itself hidden")
            s = stats[lang]
            s["pages"] += 1
            s["known"] += int(m["known"])
            s["units"] += len(units)
            s["labelled"] += len(exp["ai_training"])
            s["true"] += sum(1 for it in exp["ai_training"] if it["sharing"])
            s["false"] += sum(1 for it in exp["ai_training"] if not it["sharing"])
            for l in m["labels"]:
                s[l["shape"]] += 1
            mechs[lang] |= set(m["mechs"])
            page_rows.append((lang, pg, len(exp["ai_training"])))
    # README
    rd = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    if not rd.startswith("# blind61 — blind evaluation set: parenting and family"):
        problems.append("README title")
    rows = {}
    for line in rd.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 12 and (cells[0] in LANGS or cells[0] == "**total**"):
            rows[cells[0]] = cells
    cols = ["pages", "known", "units", "labelled", "true", "false", "i", "v", "h", "p"]
    tot = collections.Counter()
    for lang in LANGS:
        tot.update(stats[lang])
        r = rows.get(lang)
        if not r:
            problems.append(f"README: no count row for {lang}")
            continue
        got = [int(x) for x in r[1:11]]
        if got != [stats[lang][c] for c in cols]:
            problems.append(f"README: counts for {lang} {got} != {[stats[lang][c] for c in cols]}")
    r = rows.get("**total**")
    if not r or [int(x.strip("*")) for x in r[1:11]] != [tot[c] for c in cols]:
        problems.append("README: totals row wrong")
    for lang, pg, n in page_rows:
        if not re.search(rf"^\| {lang} \| {re.escape(pg)} \|.*\| {n} \|$", rd, re.M):
            problems.append(f"README: page row {lang}/{pg} missing or wrong count")
    if problems:
        print("\n".join("FAIL " + p for p in problems))
        print(f"check.py: {len(problems)} problem(s)")
        sys.exit(1)
    print(f"check.py: OK — {nfiles} pages, {tot['units']} control units, {tot['labelled']} labelled "
          f"({tot['true']} sharing, {tot['false']} not), shapes i/v/h/p = "
          f"{tot['i']}/{tot['v']}/{tot['h']}/{tot['p']}")


if __name__ == "__main__":
    main()
