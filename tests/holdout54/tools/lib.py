"""Page builder for the blind54 set.

Pages are built as a small tree of nodes: W (a widget: html + how many control units it is
+ optional label record) and C (a container that may hide what it holds).  Rendering walks
the tree, so a widget knows whether it ended up visible, hidden, inside <main> or not, and
the bookkeeping (unit counts, labelled controls, hidden decoys, shapes) falls out of it.
"""
import html as _html
import json

SHAPES = ("i", "v", "h", "p")
TI = ' tabindex="-1"'
CUR = ' aria-current="page"'
HIDE_MECHS = ("hidden", "display", "class", "aria", "visibility", "dialog", "tab")


def E(s):
    return _html.escape(s, quote=False)


def A(s):
    return _html.escape(s, quote=True)


def norm(s):
    return " ".join(s.split())


class W:
    def __init__(self, html, units=1, label=None):
        self.html = html
        self.units = units
        self.label = label  # dict or None (or list of dicts for tables)


class C:
    def __init__(self, open_, kids, close="", hide=None, main=False):
        self.open = open_
        self.kids = kids
        self.close = close
        self.hide = hide
        self.main = main


def _render(node, st, hidden, in_main, in_details=False):
    if node is None:
        return ""
    if isinstance(node, str):
        return node
    if isinstance(node, (list, tuple)):
        return "".join(_render(k, st, hidden, in_main, in_details) for k in node)
    if isinstance(node, W):
        labs = node.label
        if labs is not None and not isinstance(labs, list):
            labs = [labs]
        if hidden:
            for lab in labs or []:
                st["hidden"].append({"id": lab["id"], "mech": hidden, "label": lab["label"]})
        elif in_main:
            st["units"] += node.units
            for lab in labs or []:
                lab["in_closed_details"] = in_details
                st["labels"].append(lab)
        elif labs:
            raise ValueError("labelled control outside <main>")
        return node.html
    if isinstance(node, C):
        h = hidden or node.hide
        m = in_main or node.main
        d = in_details or node.open.startswith("<details")
        return node.open + _render(node.kids, st, h, m, d) + node.close
    raise TypeError(node)


class Page:
    def __init__(self, lang, slug, url, service, known, title, notes, sr="sr-only", hide_class=None):
        self.lang, self.slug, self.url, self.service, self.known = lang, slug, url, service, known
        self.title, self.notes, self.sr = title, notes, sr
        self.hide_class = hide_class
        self.n = 0
        self.chrome = None
        self.main = []

    # ---------- ids and helpers
    def nid(self, p="f"):
        self.n += 1
        return f"{p}{self.n}"

    def _help(self, cid, help, tie):
        if not help:
            return "", ""
        if tie:
            return f' aria-describedby="{cid}-d"', f'<p class="help" id="{cid}-d">{E(help)}</p>'
        return "", f'<p class="help">{E(help)}</p>'

    def _lab(self, label, sharing, shape, kind, cid, rule):
        assert shape in SHAPES, shape
        return {"label": norm(label), "sharing": bool(sharing), "shape": shape, "kind": kind,
                "id": cid, "rule": rule}

    # ---------- widgets
    def cb(self, label, checked=False, help=None, tie=True, t=None, inv=False, switch=False,
           wrap=False, cid=None, hid=False):
        """Native checkbox (optionally role=switch). t=shape when it is an AI-training control;
        inv=True when a checked box means the data is NOT used. hid: record as hidden decoy."""
        cid = cid or self.nid("cb")
        dby, hp = self._help(cid, help, tie)
        role = ' role="switch"' if switch else ""
        chk = " checked" if checked else ""
        inp = f'<input type="checkbox" id="{cid}" name="{cid}"{role}{chk}{dby}>'
        if wrap:
            body = f'<label class="check">{inp} <span>{E(label)}</span></label>'
        else:
            body = f'{inp}<label for="{cid}">{E(label)}</label>'
        html = f'<div class="field field--check">{body}{hp}</div>\n'
        lab = None
        if t or hid:
            lab = self._lab(label, checked != inv, t or "p", "switch-native" if switch else "checkbox",
                            cid, {"type": "checked", "on": not inv})
        return W(html, 1, lab)

    def sw(self, label, on=False, mode="labelledby", vis=None, help=None, tie=True, t=None,
           inv=False, hid=False):
        """ARIA switch: mode labelledby | aria-label | text."""
        cid = self.nid("sw")
        dby, hp = self._help(cid, help, tie)
        ac = "true" if on else "false"
        if mode == "labelledby":
            html = (f'<div class="switch-row"><span class="switch-label" id="{cid}-l">{E(label)}</span>'
                    f'<button type="button" class="switch" role="switch" id="{cid}" aria-checked="{ac}" '
                    f'aria-labelledby="{cid}-l"{dby}><span class="knob"></span></button>{hp}</div>\n')
            kind = "switch-labelledby"
        elif mode == "aria-label":
            html = (f'<div class="switch-row"><span class="switch-label" aria-hidden="true">{E(vis or label)}</span>'
                    f'<button type="button" class="switch" role="switch" id="{cid}" aria-checked="{ac}" '
                    f'aria-label="{A(label)}"{dby}><span class="knob"></span></button>{hp}</div>\n')
            kind = "switch-aria-label"
        else:
            html = (f'<div class="switch-row"><button type="button" class="switch switch--text" role="switch" '
                    f'id="{cid}" aria-checked="{ac}"{dby}>{E(label)}</button>{hp}</div>\n')
            kind = "switch-text"
        lab = None
        if t or hid:
            lab = self._lab(label, on != inv, t or "p", kind, cid, {"type": "aria-checked", "on": not inv})
        return W(html, 1, lab)

    def select(self, label, opts, sel, help=None, tie=True, t=None, share=(), hid=False):
        cid = self.nid("sel")
        dby, hp = self._help(cid, help, tie)
        o = "".join(f'<option value="{A(v)}"{" selected" if v == sel else ""}>{E(x)}</option>' for v, x in opts)
        html = (f'<div class="field field--select"><label for="{cid}">{E(label)}</label>'
                f'<select id="{cid}" name="{cid}"{dby}>{o}</select>{hp}</div>\n')
        lab = None
        if t or hid:
            lab = self._lab(label, sel in share, t or "p", "select", cid, {"type": "select", "share": list(share)})
        return W(html, 1, lab)

    def radios(self, legend, opts, sel, help=None, tie=True, mode="fieldset", t=None, share=(), hid=False):
        """opts: [(value, text)] or [(value, text, hint)]"""
        cid = self.nid("rg")
        dby, hp = self._help(cid, help, tie)
        items = []
        for i, o in enumerate(opts):
            v, x = o[0], o[1]
            hint = f'<span class="hint">{E(o[2])}</span>' if len(o) > 2 else ""
            items.append(f'<div class="radio"><input type="radio" name="{cid}" id="{cid}-{i}" value="{A(v)}"'
                         f'{" checked" if v == sel else ""}><label for="{cid}-{i}">{E(x)}</label>{hint}</div>')
        if mode == "fieldset":
            html = (f'<fieldset class="radios" id="{cid}"{dby}><legend>{E(legend)}</legend>{hp}'
                    + "".join(items) + "</fieldset>\n")
            kind = "radio-fieldset"
        else:
            html = (f'<div class="radios"><p class="group-title" id="{cid}-l">{E(legend)}</p>{hp}'
                    f'<div role="radiogroup" id="{cid}" aria-labelledby="{cid}-l"{dby}>'
                    + "".join(items) + "</div></div>\n")
            kind = "radio-radiogroup"
        lab = None
        if t or hid:
            lab = self._lab(legend, sel in share, t or "p", kind, cid, {"type": "radio", "share": list(share)})
        return W(html, 1, lab)

    def seg(self, label, opts, pressed, help=None, tie=True, t=None, share=(), hid=False):
        cid = self.nid("sg")
        dby, hp = self._help(cid, help, tie)
        b = "".join(f'<button type="button" data-value="{A(v)}" aria-pressed="{"true" if v == pressed else "false"}">{E(x)}</button>'
                    for v, x in opts)
        html = (f'<div class="seg-row"><span class="seg-label" id="{cid}-l">{E(label)}</span>'
                f'<div class="segmented" role="group" id="{cid}" aria-labelledby="{cid}-l"{dby}>{b}</div>{hp}</div>\n')
        lab = None
        if t or hid:
            lab = self._lab(label, pressed in share, t or "p", "segmented", cid, {"type": "pressed", "share": list(share)})
        return W(html, 1, lab)

    def btn(self, text, sr=None, cls="btn", typ="button", attrs=""):
        s = f'<span class="{self.sr}">{E(sr)}</span>' if sr else ""
        return W(f'<button type="{typ}" class="{cls}"{attrs}>{E(text)}{s}</button>\n', 1)

    def state(self, title, status, action, sr=None, t=None, sharing=None, help=None, hid=False):
        """A status text and an action button. sr: visually hidden suffix of the button (leading
        space included by the builder); without sr the button is aria-labelledby the title."""
        cid = self.nid("st")
        hp = f'<p class="help">{E(help)}</p>' if help else ""
        if sr:
            btn = (f'<button type="button" class="btn btn--small" id="{cid}">{E(action)}'
                   f'<span class="{self.sr}"> {E(sr)}</span></button>')
            name = f"{action} {sr}"
            kind = "state-suffix"
        else:
            btn = (f'<button type="button" class="btn btn--small" id="{cid}" aria-labelledby="{cid}-t">'
                   f'{E(action)}</button>')
            name = title
            kind = "state-labelledby"
        html = (f'<div class="state-row"><div class="state-text"><span class="state-title" id="{cid}-t">{E(title)}</span>'
                f' <span class="status">{E(status)}</span>{hp}</div>{btn}</div>\n')
        lab = None
        if t or hid:
            lab = self._lab(name, sharing, t or "p", kind, cid, {"type": "fixed"})
        return W(html, 1, lab)

    def table(self, caption, cols, rows, lab=None, name="rowcol", intro=None, first="Item"):
        """cols: column header texts for checkbox columns; rows: [(row header, [bool|None per col], extra cell html)].
        lab: {col index: (shape, inv)} for columns whose checkboxes are AI-training controls."""
        lab = lab or {}
        tid = self.nid("tb")
        head = f'<th scope="col">{E(first)}</th>' + "".join(
            f'<th scope="col" id="{tid}-c{j}">{E(c)}</th>' for j, c in enumerate(cols))
        body, units, labs = [], 0, []
        for i, r in enumerate(rows):
            rh, cells = r[0], r[1]
            tds = []
            for j, v in enumerate(cells):
                if v is None:
                    tds.append('<td><span class="na">—</span></td>')
                    continue
                cid = f"{tid}-r{i}c{j}"
                lb = f"{tid}-r{i} {tid}-c{j}" if name == "rowcol" else f"{tid}-r{i}"
                tds.append(f'<td><input type="checkbox" id="{cid}" name="{cid}" aria-labelledby="{lb}"'
                           f'{" checked" if v else ""}></td>')
                units += 1
                if j in lab:
                    shape, inv = lab[j]
                    nm = f"{rh} {cols[j]}" if name == "rowcol" else rh
                    labs.append(self._lab(nm, v != inv, shape, "table-row", cid, {"type": "checked", "on": not inv}))
            body.append(f'<tr><th scope="row" id="{tid}-r{i}">{E(rh)}</th>{"".join(tds)}</tr>')
        ip = f'<p class="intro">{E(intro)}</p>' if intro else ""
        html = (f'{ip}<table class="grid" id="{tid}"><caption>{E(caption)}</caption><thead><tr>{head}</tr></thead>'
                f'<tbody>{"".join(body)}</tbody></table>\n')
        return W(html, units, labs or None)

    def txt(self, label, value="", typ="text", help=None, tie=True, ph=None):
        cid = self.nid("tx")
        dby, hp = self._help(cid, help, tie)
        p = f' placeholder="{A(ph)}"' if ph else ""
        return W(f'<div class="field"><label for="{cid}">{E(label)}</label><input type="{typ}" id="{cid}" '
                 f'name="{cid}" value="{A(value)}"{p}{dby}>{hp}</div>\n', 1)

    def area(self, label, value="", help=None):
        cid = self.nid("ta")
        dby, hp = self._help(cid, help, True)
        return W(f'<div class="field"><label for="{cid}">{E(label)}</label><textarea id="{cid}" name="{cid}" rows="3"{dby}>'
                 f'{E(value)}</textarea>{hp}</div>\n', 1)

    # ---------- containers
    def sec(self, heading, intro, kids, level=2, cls="panel"):
        sid = self.nid("s")
        ip = "".join(f'<p class="intro">{E(x)}</p>' for x in ([intro] if isinstance(intro, str) else (intro or [])))
        return C(f'<section class="{cls}" aria-labelledby="{sid}"><h{level} id="{sid}">{E(heading)}</h{level}>{ip}\n',
                 kids, "</section>\n")

    def card(self, heading, text, kids, level=3):
        tp = f"<p>{E(text)}</p>" if text else ""
        return C(f'<div class="card"><h{level}>{E(heading)}</h{level}>{tp}\n', kids, "</div>\n")

    def details(self, summary, kids, intro=None):
        ip = f"<p>{E(intro)}</p>" if intro else ""
        return C(f'<details class="more"><summary>{E(summary)}</summary>{ip}\n', kids, "</details>\n")

    def hide(self, mech, kids, note=None):
        nt = f"<!-- {note} -->" if note else ""
        if mech == "hidden":
            o = f'<div class="block"{" hidden"}>{nt}'
        elif mech == "display":
            o = f'<div class="block" style="display: none">{nt}'
        elif mech == "class":
            assert self.hide_class
            o = f'<div class="block {self.hide_class}">{nt}'
        elif mech == "aria":
            o = f'<div class="block block--preview" aria-hidden="true">{nt}'
        elif mech == "visibility":
            o = f'<div class="block" style="visibility: hidden; height: 0; overflow: hidden">{nt}'
        else:
            raise ValueError(mech)
        return C(o + "\n", kids, "</div>\n", hide=mech)

    def dialog(self, opener, title, kids, intro=None, close="Close"):
        did = self.nid("dlg")
        ip = f"<p>{E(intro)}</p>" if intro else ""
        op = W(f'<button type="button" class="btn btn--link" aria-haspopup="dialog" aria-controls="{did}">{E(opener)}</button>\n', 1)
        d = C(f'<dialog id="{did}" aria-labelledby="{did}-t"><h2 id="{did}-t">{E(title)}</h2>{ip}\n',
              [kids, W(f'<button type="button" class="btn" value="close">{E(close)}</button>\n', 1)], "</dialog>\n",
              hide="dialog")
        return [op, d]

    def tabs(self, label, tabs, active=0):
        tid = self.nid("tab")
        bl = []
        for i, (name, _) in enumerate(tabs):
            sel = "true" if i == active else "false"
            bl.append(W(f'<button type="button" role="tab" id="{tid}-t{i}" aria-controls="{tid}-p{i}" aria-selected="{sel}"'
                        + (TI if i != active else "") + f'>{E(name)}</button>', 1))
        out = [f'<div class="tablist" role="tablist" aria-label="{A(label)}">', bl, "</div>\n"]
        for i, (name, kids) in enumerate(tabs):
            out.append(C(f'<div role="tabpanel" id="{tid}-p{i}" aria-labelledby="{tid}-t{i}"{"" if i == active else " hidden"}>\n',
                         kids, "</div>\n", hide=None if i == active else "tab"))
        return out

    def actions(self, kids):
        return C('<div class="actions">', kids, "</div>\n")

    # ---------- chrome
    def set_chrome(self, brand, search, langsel, account, nav, footer, h1, lead=None, crumbs=None):
        self.chrome = dict(brand=brand, search=search, langsel=langsel, account=account, nav=nav,
                           footer=footer, h1=h1, lead=lead, crumbs=crumbs)

    def add(self, *kids):
        self.main.extend(kids)

    def build(self):
        c = self.chrome
        st = {"units": 0, "labels": [], "hidden": []}
        sl, sph, sbtn = c["search"]
        ll, langs, lcur = c["langsel"]
        accb, menu = c["account"]
        navl, navi, navc = c["nav"]
        flinks, ftext = c["footer"]
        hc = f".{self.hide_class} {{ display: none; }}\n" if self.hide_class else ""
        css = (f"body {{ font-family: system-ui, sans-serif; margin: 0; color: #1d1d1f; }}\n"
               f".{self.sr} {{ position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }}\n"
               ".site-header { display: flex; gap: 1rem; align-items: center; padding: .75rem 1.5rem; border-bottom: 1px solid #ddd; }\n"
               ".layout { display: grid; grid-template-columns: 15rem 1fr; gap: 2rem; padding: 1.5rem; }\n"
               ".panel { border: 1px solid #e3e3e3; border-radius: 8px; padding: 1rem 1.25rem; margin-bottom: 1.25rem; }\n"
               ".help, .hint { color: #5b5b60; font-size: .875rem; }\n"
               ".switch { width: 2.5rem; height: 1.4rem; border-radius: 1rem; }\n"
               ".switch[aria-checked=true] { background: #2a6df4; }\n"
               ".segmented button[aria-pressed=true] { background: #1d1d1f; color: #fff; }\n"
               ".state-row, .switch-row, .seg-row { display: flex; justify-content: space-between; gap: 1rem; padding: .5rem 0; }\n"
               ".grid { border-collapse: collapse; width: 100%; } .grid th, .grid td { border-bottom: 1px solid #eee; padding: .4rem; text-align: left; }\n"
               + hc)
        crumbs = ""
        if c["crumbs"]:
            crumbs = ('<nav class="crumbs" aria-label="Breadcrumb"><ol>' +
                      "".join(f'<li><a href="#">{E(x)}</a></li>' for x in c["crumbs"]) + "</ol></nav>\n")
        lead = f'<p class="lead">{E(c["lead"])}</p>\n' if c["lead"] else ""
        head = (
            f'<header class="site-header">\n<a class="brand" href="/">{E(c["brand"])}</a>\n'
            f'<form class="site-search" role="search" action="/search"><label for="site-q" class="{self.sr}">{E(sl)}</label>'
            f'<input type="search" id="site-q" name="q" placeholder="{A(sph)}"><button type="submit" class="btn btn--icon">{E(sbtn)}</button></form>\n'
            f'<div class="lang"><label for="site-lang" class="{self.sr}">{E(ll)}</label><select id="site-lang" name="lang">'
            + "".join(f'<option value="{A(v)}"{" selected" if v == lcur else ""}>{E(x)}</option>' for v, x in langs)
            + "</select></div>\n"
            f'<div class="account"><button type="button" class="account-button" aria-haspopup="menu" aria-expanded="false" aria-controls="account-menu">{E(accb)}</button>'
            f'<ul id="account-menu" role="menu" hidden>'
            + "".join(f'<li role="none"><a role="menuitem" href="#">{E(m)}</a></li>' for m in menu)
            + "</ul></div>\n</header>\n")
        nav = (f'<nav class="side-nav" aria-label="{A(navl)}"><ul>' +
               "".join('<li><a href="#"' + (CUR if i == navc else "") + f'>{E(x)}</a></li>' for i, x in enumerate(navi))
               + "</ul></nav>\n")
        main = C(f'<main id="main">\n{crumbs}<h1>{E(c["h1"])}</h1>\n{lead}', self.main, "</main>\n", main=True)
        foot = ('<footer class="site-footer"><ul>' + "".join(f'<li><a href="#">{E(x)}</a></li>' for x in flinks)
                + f"</ul><p>{E(ftext)}</p></footer>\n")
        body = _render([head, '<div class="layout">\n', nav, main, "</div>\n", foot], st, None, False)
        doc = ("<!DOCTYPE html>\n"
               f"<!-- saved from url=({len(self.url):04d}){self.url} -->\n"
               f'<html lang="{self.lang}">\n<head>\n<meta charset="utf-8">\n<title>{E(self.title)}</title>\n'
               f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<style>\n{css}</style>\n</head>\n'
               f"<body>\n{body}</body>\n</html>\n")
        expect = {"url": self.url, "lang": self.lang, "notes": self.notes,
                  "ai_training": [{"label": l["label"], "sharing": l["sharing"]} for l in st["labels"]]}
        meta = {"lang": self.lang, "page": self.slug, "service": self.service, "known": self.known, "url": self.url,
                "units": st["units"], "labels": st["labels"], "hidden": st["hidden"],
                "shapes": {s: sum(1 for l in st["labels"] if l["shape"] == s) for s in SHAPES}}
        assert st["hidden"], f"{self.slug}: no hidden AI-training decoy"
        assert 15 <= st["units"] <= 35, f"{self.slug}: {st['units']} units"
        return doc, expect, meta
