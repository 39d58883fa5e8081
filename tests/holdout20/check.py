#!/usr/bin/env python3
"""Independent checker for the blind20 set (python stdlib only).

Usage: python3 check.py [ROOT]     (ROOT defaults to the folder of this file)

For every <lang>/<page>.html + <lang>/<page>.expect.json it verifies:
  * the "saved from url=(NNNN)URL" comment exists, NNNN = len(URL), URL == expect["url"];
  * <html lang> matches the directory (pt: pt-BR or pt-PT);
  * JSON keys: url, lang, notes, ai_training[{label, sharing}] (sharing bool), lang == dir;
  * each label occurs in the page text, in an aria-label, or as an aria-labelledby name;
  * each label equals the accessible name of a visible control
    (aria-labelledby > aria-label > label[for] / wrapping label > legend > status-row name > text);
  * no label is contained in the name of another visible control (options of the same radio
    group / select / listbox / segmented group are part of that control, not other controls);
  * a header with a search box, a language select and a sign-out button; 15-35 visible controls.
"""
import json, os, re, sys
from html.parser import HTMLParser

LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
WIDGET_ROLES = {"switch", "checkbox", "combobox", "button", "tab", "menuitemcheckbox", "slider", "textbox",
                "searchbox", "spinbutton", "link"}


class Node:
    __slots__ = ("tag", "attrs", "children", "parent", "text")

    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.children, self.parent, self.text = tag, attrs, [], parent, None

    def get(self, k, d=None):
        return self.attrs.get(k, d)

    def iter(self):
        yield self
        for c in self.children:
            if c.tag != "#text":
                yield from c.iter()

    def ancestors(self):
        p = self.parent
        while p is not None:
            yield p
            p = p.parent


class TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.comments = []

    def handle_starttag(self, tag, attrs):
        n = Node(tag, {k: (v if v is not None else "") for k, v in attrs}, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        n = Node(tag, {k: (v if v is not None else "") for k, v in attrs}, self.cur)
        self.cur.children.append(n)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        p = self.cur
        while p is not None and p.tag != tag:
            p = p.parent
        if p is not None and p.parent is not None:
            self.cur = p.parent

    def handle_data(self, data):
        t = Node("#text", {}, self.cur)
        t.text = data
        self.cur.children.append(t)

    def handle_comment(self, data):
        self.comments.append(data)


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def hidden_self(n):
    if "hidden" in n.attrs:
        return True
    if n.get("aria-hidden", "").lower() == "true":
        return True
    st = n.get("style", "").replace(" ", "").lower()
    if "display:none" in st or "visibility:hidden" in st:
        return True
    if n.tag == "input" and n.get("type", "").lower() == "hidden":
        return True
    if n.tag in ("template", "script", "style", "head"):
        return True
    return False


def visible(n):
    if hidden_self(n):
        return False
    child = n
    for a in n.ancestors():
        if hidden_self(a):
            return False
        # A closed <details> is collapsed, not hidden: one click shows its controls, so they
        # are listed (tests/corpus/README.md; changed after this set's first run).
        child = a
    return True


def text_of(n, skip_hidden=True, skip_controls=False):
    out = []

    def rec(x):
        for c in x.children:
            if c.tag == "#text":
                out.append(c.text)
                continue
            if c.tag in ("script", "style", "template"):
                continue
            if skip_hidden and c.get("aria-hidden", "").lower() == "true":
                continue
            if skip_controls and c.tag in ("input", "select", "textarea"):
                continue
            out.append(" ")
            rec(c)
            out.append(" ")
    rec(n)
    return norm("".join(out))


class Page:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.src = f.read()
        tb = TreeBuilder()
        tb.feed(self.src)
        tb.close()
        self.root = tb.root
        self.comments = tb.comments
        self.nodes = list(self.root.iter())
        self.byid = {}
        for n in self.nodes:
            if "id" in n.attrs:
                self.byid.setdefault(n.get("id"), n)
        self.labels_for = {}
        for n in self.nodes:
            if n.tag == "label" and n.get("for"):
                self.labels_for.setdefault(n.get("for"), n)

    # ---- accessible name
    def name(self, n):
        lb = n.get("aria-labelledby")
        if lb:
            parts = [text_of(self.byid[i], skip_hidden=False) for i in lb.split() if i in self.byid]
            return norm(" ".join(parts))
        if n.get("aria-label"):
            return norm(n.get("aria-label"))
        if n.get("id") and n.get("id") in self.labels_for:
            return text_of(self.labels_for[n.get("id")], skip_controls=True)
        for a in n.ancestors():
            if a.tag == "label":
                return text_of(a, skip_controls=True)
        if n.tag == "fieldset":
            for c in n.children:
                if c.tag == "legend":
                    return text_of(c)
        if "status-row" in n.get("class", "").split():
            for d in n.iter():
                if "status-name" in d.get("class", "").split():
                    return text_of(d)
        if n.tag == "input" and n.get("type", "").lower() in ("submit", "button", "reset"):
            return norm(n.get("value", ""))
        if n.tag in ("button", "a", "summary") or n.get("role") in WIDGET_ROLES:
            return text_of(n)
        return ""

    # ---- controls: list of (node, kind)
    def controls(self):
        out = []
        seen_groups = set()
        for n in self.nodes:
            if n.tag in ("#root", "#text"):
                continue
            cls = n.get("class", "").split()
            role = n.get("role", "")
            if "status-row" in cls:
                out.append((n, "status-row"))
                continue
            if any("status-row" in a.get("class", "").split() for a in n.ancestors()):
                continue  # the Edit link belongs to the status row
            if role == "radiogroup":
                out.append((n, "radiogroup"))
                continue
            if role == "group" and any(d.tag == "button" and "aria-pressed" in d.attrs for d in n.iter()):
                out.append((n, "segmented"))
                continue
            if role in ("option", "listbox"):
                continue
            if n.tag == "input":
                t = n.get("type", "text").lower()
                if t == "hidden":
                    continue
                if t == "radio":
                    grp = None
                    for a in n.ancestors():
                        if a.tag == "fieldset" or a.get("role") == "radiogroup":
                            grp = a
                            break
                    if grp is None:
                        out.append((n, "radio"))
                    elif id(grp) not in seen_groups and grp.tag == "fieldset":
                        seen_groups.add(id(grp))
                        out.append((grp, "fieldset"))
                    continue
                out.append((n, "input"))
                continue
            if role == "radio":
                continue  # part of its radiogroup
            if n.tag == "button" and "aria-pressed" in n.attrs and any(
                    a.get("role") == "group" for a in n.ancestors()):
                continue  # option of a segmented group
            if n.tag in ("select", "textarea", "button"):
                out.append((n, n.tag))
                continue
            if n.tag == "a" and "href" in n.attrs:
                out.append((n, "link"))
                continue
            if role in WIDGET_ROLES:
                out.append((n, role))
        return out


def check_page(html_path, json_path, lang):
    probs = []
    try:
        with open(json_path, encoding="utf-8") as f:
            exp = json.load(f)
    except Exception as e:  # noqa
        return [f"cannot read json: {e}"]
    if not isinstance(exp, dict) or set(exp) != {"url", "lang", "notes", "ai_training"}:
        probs.append(f"json keys {sorted(exp) if isinstance(exp, dict) else type(exp)}")
        if not isinstance(exp, dict):
            return probs
    if exp.get("lang") != lang:
        probs.append(f"json lang {exp.get('lang')!r} != dir {lang}")
    items = exp.get("ai_training")
    if not isinstance(items, list):
        probs.append("ai_training is not a list")
        items = []
    for it in items:
        if not isinstance(it, dict) or set(it) != {"label", "sharing"}:
            probs.append(f"item keys {it}")
        elif not isinstance(it["sharing"], bool) or not isinstance(it["label"], str) or not it["label"].strip():
            probs.append(f"bad item {it}")
    items = [it for it in items if isinstance(it, dict) and isinstance(it.get("label"), str)]
    labels = [norm(it["label"]) for it in items]
    if len(set(labels)) != len(labels):
        probs.append("duplicate labels")
    if not isinstance(exp.get("notes"), str) or not exp.get("notes").strip():
        probs.append("notes missing")

    pg = Page(html_path)
    # saved-from comment
    m = None
    for c in pg.comments:
        m = re.match(r"\s*saved from url=\((\d{4})\)(\S+)\s*$", c)
        if m:
            break
    if not m:
        probs.append("no saved-from url comment")
    else:
        if m.group(2) != exp.get("url"):
            probs.append(f"saved-from url {m.group(2)} != json url {exp.get('url')}")
        if int(m.group(1)) != len(m.group(2)):
            probs.append(f"saved-from length {m.group(1)} != {len(m.group(2))}")
    # html lang
    htmls = [n for n in pg.nodes if n.tag == "html"]
    hl = htmls[0].get("lang", "") if htmls else ""
    if lang == "pt":
        if hl not in ("pt-BR", "pt-PT"):
            probs.append(f"html lang {hl!r} (pt needs pt-BR / pt-PT)")
    elif not (hl == lang or hl.lower().startswith(lang + "-")):
        probs.append(f"html lang {hl!r} != {lang}")

    ctrls = [(n, k) for n, k in pg.controls() if visible(n)]
    names = [(n, k, pg.name(n)) for n, k in ctrls]
    # header decoys
    hdr = [n for n in pg.nodes if n.tag == "header"]
    if not hdr:
        probs.append("no header")
    else:
        h = hdr[0]
        hn = list(h.iter())
        if not any(n.tag == "input" and n.get("type") == "search" for n in hn):
            probs.append("header lacks search box")
        if not any(n.tag == "select" for n in hn):
            probs.append("header lacks language select")
        if not any(n.tag == "button" for n in hn):
            probs.append("header lacks sign-out button")
    nform = sum(1 for n, k, _ in names if k != "link")
    if not 15 <= nform <= 35:
        probs.append(f"{nform} visible controls (want 15-35)")
    for n, k, nm in names:
        if k != "link" and not nm:
            probs.append(f"visible {k} without accessible name ({n.tag} {n.attrs.get('id', '')})")

    # label occurrence
    body_text = text_of(pg.root, skip_hidden=False)
    aria_labels = {norm(n.get("aria-label")) for n in pg.nodes if n.get("aria-label")}
    lb_names = {pg.name(n) for n in pg.nodes if n.get("aria-labelledby")}
    for lab in labels:
        if lab not in body_text and lab not in aria_labels and lab not in lb_names:
            probs.append(f"label not in page text/aria: {lab!r}")
        owners = [i for i, (n, k, nm) in enumerate(names) if nm == lab and k != "link"]
        if not owners:
            hidden_match = any(pg.name(n) == lab for n, k in pg.controls() if not visible(n))
            probs.append(f"label is not the name of a visible control{' (only of a hidden one)' if hidden_match else ''}: {lab!r}")
            continue
        if len(owners) > 1:
            probs.append(f"label names {len(owners)} visible controls: {lab!r}")
        own = owners[0]
        ll = lab.casefold()
        for i, (n, k, nm) in enumerate(names):
            if i == own:
                continue
            if ll in nm.casefold():
                probs.append(f"label {lab!r} contained in another control's name {nm!r} ({k})")
    return probs


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    npages = 0
    bad = 0
    for lang in LANGS:
        d = os.path.join(root, lang)
        if not os.path.isdir(d):
            continue
        htmls = sorted(f for f in os.listdir(d) if f.endswith(".html"))
        jsons = sorted(f for f in os.listdir(d) if f.endswith(".expect.json"))
        for j in jsons:
            if j[:-len(".expect.json")] + ".html" not in htmls:
                print(f"{lang}/{j}: no matching html")
                bad += 1
        for h in htmls:
            npages += 1
            j = os.path.join(d, h[:-5] + ".expect.json")
            if not os.path.exists(j):
                print(f"{lang}/{h}: missing expect.json")
                bad += 1
                continue
            probs = check_page(os.path.join(d, h), j, lang)
            if probs:
                bad += 1
                for p in probs:
                    print(f"{lang}/{h}: {p}")
    print(f"checked {npages} pages: {bad} pages with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
