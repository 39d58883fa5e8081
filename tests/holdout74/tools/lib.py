"""Page builder for holdout74 (blind74).

A Page collects sections and widgets, writes the saved HTML, and keeps the
bookkeeping of AI-training controls: label (accessible name), sharing (derived
from the state shown and the polarity of the name), shape and widget kind.
"""
import html
import re

METHODS = ["hidden", "inline-none", "class-none", "aria-hidden", "visibility", "dialog", "tab"]
METHOD_DESC = {
    "hidden": "`hidden` attribute on a wrapper",
    "inline-none": "inline `style=\"display:none\"`",
    "class-none": "CSS class whose rule in the page's `<style>` is `display:none`",
    "aria-hidden": "`aria-hidden=\"true\"` on a wrapper",
    "visibility": "inline `style=\"visibility:hidden\"`",
    "dialog": "closed `<dialog>` (no `open`)",
    "tab": "inactive tab panel (`role=tabpanel` with `hidden`)",
}
KINDS = {
    "cb": "native checkbox (label for / wrapping label)",
    "sw": "checkbox with role=switch",
    "rad": "radio fieldset named by legend",
    "rg": "role=radiogroup of role=radio, aria-labelledby",
    "seg": "segmented aria-pressed buttons in role=group",
    "sel": "select with a label",
    "bsw": "button role=switch with aria-checked",
    "st": "state row (status text + action button)",
    "tbl": "checkbox in a table cell (row header + column header)",
}
SHAPES = {
    "i": "inverted: the name says the opposite of sharing",
    "v": "vague name; only the help text says training",
    "h": "heading-only: only a heading/intro/caption/column header says training",
    "p": "plain: the name itself says training",
}
MULTI = {"rad", "rg", "seg", "sel"}


def E(s):
    return html.escape(s, quote=True)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Page:
    def __init__(self, lang, slug, url, brand, title, *, known=False, notes="", htmllang=None,
                 search="Search", search_ph="Search", lang_label="Language", lang_opts=None,
                 account="Account", menu=(), nav_label="Settings", nav=(), nav_current=None,
                 footer=(), h1=None, lead=None, hide_class="is-hidden"):
        self.lang, self.slug, self.url, self.brand, self.title = lang, slug, url, brand, title
        self.known, self.notes = known, notes
        self.htmllang = htmllang or lang
        self.search, self.search_ph, self.lang_label = search, search_ph, lang_label
        self.lang_opts = lang_opts or []
        self.account, self.menu = account, list(menu)
        self.nav_label, self.nav, self.nav_current = nav_label, list(nav), nav_current
        self.footer = list(footer)
        self.h1, self.lead = h1 or title, lead
        self.hide_class = hide_class
        self.out = []
        self.labels = []
        self.hidden = []
        self.n = 0
        self.sec_open = False
        self.hide_stack = []
        self.dbl = 0

    # ---------------------------------------------------------------- helpers
    def nid(self, p="x"):
        self.n += 1
        return f"{p}{self.n}"

    def w(self, s):
        self.out.append(s)

    def _help(self, text, hid=None):
        if not text:
            return ""
        a = f' id="{hid}"' if hid else ""
        return f'<p class="help"{a}>{text}</p>'

    def _ai(self, name, kind, shape, *, state=None, inv=None, yes=None, chosen=None, dbl=False):
        if shape is None:
            return
        assert shape in SHAPES, shape
        if kind in MULTI:
            assert chosen is not None and yes, (name, kind)
            sharing = chosen in yes
        else:
            if inv is None:
                inv = shape == "i"
            sharing = bool(state) != bool(inv)
        rec = dict(label=norm(name), sharing=sharing, shape=shape, kind=kind)
        if kind in MULTI:
            rec["yes"] = list(yes)
            rec["chosen"] = chosen
        else:
            rec["state"] = bool(state)
            rec["inv"] = bool(inv)
        if dbl:
            rec["double_negation"] = True
        if self.hide_stack:
            rec["method"] = self.hide_stack[-1]
            self.hidden.append(rec)
        else:
            self.labels.append(rec)

    # ---------------------------------------------------------------- structure
    def sec(self, h2, intro=None, sid=None):
        self.end_sec()
        hid = sid or self.nid("sec")
        self.w(f'<section class="card" aria-labelledby="{hid}"><h2 id="{hid}">{E(h2)}</h2>')
        if intro:
            self.w(f'<p class="intro">{intro}</p>')
        self.sec_open = True

    def end_sec(self):
        if self.sec_open:
            self.w("</section>")
            self.sec_open = False

    def h3(self, text):
        self.w(f"<h3>{E(text)}</h3>")

    def para(self, text, cls="note"):
        self.w(f'<p class="{cls}">{text}</p>')

    def details_begin(self, summary):
        self.w(f"<details><summary>{E(summary)}</summary>")

    def details_end(self):
        self.w("</details>")

    def hide_begin(self, method, cls=None):
        assert method in ("hidden", "inline-none", "class-none", "aria-hidden", "visibility")
        attr = {
            "hidden": "hidden",
            "inline-none": 'style="display:none"',
            "class-none": f'class="{cls or self.hide_class}"',
            "aria-hidden": 'aria-hidden="true"',
            "visibility": 'style="visibility:hidden"',
        }[method]
        if method == "class-none":
            self.w(f"<div {attr}>")
        else:
            self.w(f'<div class="block" {attr}>')
        self.hide_stack.append(method)

    def hide_end(self):
        self.w("</div>")
        self.hide_stack.pop()

    def dialog_begin(self, opener, title):
        did, tid = self.nid("dlg"), self.nid("dlgt")
        self.w(f'<p class="row"><button type="button" class="btn" aria-haspopup="dialog" aria-controls="{did}">{E(opener)}</button></p>')
        self.w(f'<dialog id="{did}" aria-labelledby="{tid}"><h2 id="{tid}">{E(title)}</h2>')
        self.hide_stack.append("dialog")

    def dialog_end(self, close="OK"):
        self.w(f'<form method="dialog"><button class="btn">{E(close)}</button></form></dialog>')
        self.hide_stack.pop()

    def tabs_begin(self, names, label):
        self._tabs = [(self.nid("tab"), self.nid("panel"), n) for n in names]
        self._tab_i = 0
        self.w(f'<div role="tablist" aria-label="{E(label)}">')
        for i, (t, pnl, n) in enumerate(self._tabs):
            sel = "true" if i == 0 else "false"
            ti = "0" if i == 0 else "-1"
            self.w(f'<button type="button" role="tab" id="{t}" aria-controls="{pnl}" aria-selected="{sel}" tabindex="{ti}">{E(n)}</button>')
        self.w("</div>")
        t, pnl, n = self._tabs[0]
        self.w(f'<div role="tabpanel" id="{pnl}" aria-labelledby="{t}">')

    def tabs_next(self):
        self.w("</div>")
        if self._tab_i > 0:
            self.hide_stack.pop()
        self._tab_i += 1
        t, pnl, n = self._tabs[self._tab_i]
        self.w(f'<div role="tabpanel" id="{pnl}" aria-labelledby="{t}" hidden>')
        self.hide_stack.append("tab")

    def tabs_end(self):
        self.w("</div>")
        if self._tab_i > 0:
            self.hide_stack.pop()

    # ---------------------------------------------------------------- widgets
    def cb(self, label, on, help=None, ai=None, wrap=False, inv=None, dbl=False, desc=True):
        """native checkbox; label for (default) or wrapping label"""
        c = " checked" if on else ""
        if wrap:
            self.w(f'<div class="row"><label><input type="checkbox" name="{self.nid("f")}"{c}> {E(label)}</label>{self._help(help)}</div>')
        else:
            i = self.nid("cb")
            hid = self.nid("h") if help and desc else None
            d = f' aria-describedby="{hid}"' if hid else ""
            self.w(f'<div class="row"><input type="checkbox" id="{i}"{c}{d}><label for="{i}">{E(label)}</label>{self._help(help, hid)}</div>')
        self._ai(label, "cb", ai, state=on, inv=inv, dbl=dbl)

    def sw(self, label, on, help=None, ai=None, inv=None, dbl=False):
        """checkbox role=switch, label for"""
        i = self.nid("sw")
        hid = self.nid("h") if help else None
        d = f' aria-describedby="{hid}"' if hid else ""
        c = " checked" if on else ""
        self.w(f'<div class="row toggle"><label for="{i}">{E(label)}</label><input type="checkbox" role="switch" id="{i}"{c}{d}>{self._help(help, hid)}</div>')
        self._ai(label, "sw", ai, state=on, inv=inv, dbl=dbl)

    def rad(self, legend, options, chosen, help=None, ai=None, yes=None):
        nm = self.nid("r")
        hid = self.nid("h") if help else None
        d = f' aria-describedby="{hid}"' if hid else ""
        self.w(f'<fieldset class="row"{d}><legend>{E(legend)}</legend>')
        for o in options:
            c = " checked" if o == chosen else ""
            self.w(f'<label class="opt"><input type="radio" name="{nm}" value="{E(o)}"{c}> {E(o)}</label>')
        self.w(self._help(help, hid) + "</fieldset>")
        self._ai(legend, "rad", ai, yes=yes, chosen=chosen)

    def rg(self, title, options, chosen, help=None, ai=None, yes=None):
        tid = self.nid("t")
        hid = self.nid("h") if help else None
        d = f' aria-describedby="{hid}"' if hid else ""
        self.w(f'<div class="row"><span class="row-title" id="{tid}">{E(title)}</span><div role="radiogroup" class="choices" aria-labelledby="{tid}"{d}>')
        for o in options:
            on = o == chosen
            self.w(f'<div role="radio" class="choice" aria-checked="{"true" if on else "false"}" tabindex="{"0" if on else "-1"}">{E(o)}</div>')
        self.w("</div>" + self._help(help, hid) + "</div>")
        self._ai(title, "rg", ai, yes=yes, chosen=chosen)

    def seg(self, title, options, chosen, help=None, ai=None, yes=None):
        tid = self.nid("t")
        hid = self.nid("h") if help else None
        d = f' aria-describedby="{hid}"' if hid else ""
        self.w(f'<div class="row"><span class="row-title" id="{tid}">{E(title)}</span><div role="group" class="segmented" aria-labelledby="{tid}"{d}>')
        for o in options:
            self.w(f'<button type="button" aria-pressed="{"true" if o == chosen else "false"}">{E(o)}</button>')
        self.w("</div>" + self._help(help, hid) + "</div>")
        self._ai(title, "seg", ai, yes=yes, chosen=chosen)

    def sel(self, label, options, chosen, help=None, ai=None, yes=None):
        i = self.nid("sel")
        hid = self.nid("h") if help else None
        d = f' aria-describedby="{hid}"' if hid else ""
        self.w(f'<div class="row"><label for="{i}">{E(label)}</label><select id="{i}"{d}>')
        for o in options:
            s = " selected" if o == chosen else ""
            self.w(f"<option{s}>{E(o)}</option>")
        self.w("</select>" + self._help(help, hid) + "</div>")
        self._ai(label, "sel", ai, yes=yes, chosen=chosen)

    def bsw(self, name, on, help=None, ai=None, mode="lb", inv=None, dbl=False):
        """button role=switch; mode: lb (aria-labelledby a title), label (aria-label), text (its text)"""
        hid = self.nid("h") if help else None
        d = f' aria-describedby="{hid}"' if hid else ""
        ac = "true" if on else "false"
        if mode == "lb":
            tid = self.nid("t")
            self.w(f'<div class="row toggle"><span class="row-title" id="{tid}">{E(name)}</span><button type="button" role="switch" class="switch" aria-checked="{ac}" aria-labelledby="{tid}"{d}></button>{self._help(help, hid)}</div>')
        elif mode == "label":
            self.w(f'<div class="row toggle"><span class="row-title" aria-hidden="true">{E(name)}</span><button type="button" role="switch" class="switch" aria-checked="{ac}" aria-label="{E(name)}"{d}></button>{self._help(help, hid)}</div>')
        else:
            self.w(f'<div class="row toggle"><button type="button" role="switch" class="switch-text" aria-checked="{ac}"{d}>{E(name)}</button>{self._help(help, hid)}</div>')
        self._ai(name, "bsw", ai, state=on, inv=inv, dbl=dbl)

    def st(self, title, status, on, action, help=None, ai=None, mode="sr", suffix=None, inv=None, dbl=False):
        """state row. mode sr: button text + visually hidden suffix; lb: aria-labelledby="btn title" """
        hid = self.nid("h") if help else None
        d = f' aria-describedby="{hid}"' if hid else ""
        cls = "on" if on else "off"
        if mode == "sr":
            sfx = suffix or title
            self.w(f'<div class="row state"><span class="row-title">{E(title)}</span><span class="status {cls}">{E(status)}</span><button type="button" class="btn"{d}>{E(action)}<span class="sr-only"> {E(sfx)}</span></button>{self._help(help, hid)}</div>')
            name = f"{action} {sfx}"
        else:
            tid, bid = self.nid("t"), self.nid("b")
            self.w(f'<div class="row state"><span class="row-title" id="{tid}">{E(title)}</span><span class="status {cls}">{E(status)}</span><button type="button" class="btn" id="{bid}" aria-labelledby="{bid} {tid}"{d}>{E(action)}</button>{self._help(help, hid)}</div>')
            name = f"{action} {title}"
        self._ai(name, "st", ai, state=on, inv=inv, dbl=dbl)

    def tbl(self, caption, cols, rows, corner=""):
        """rows: (row label, [cell, ...]); cell is bool or dict(on=, ai=, inv=, dbl=)"""
        cids = [self.nid("col") for _ in cols]
        self.w(f'<table class="grid"><caption>{caption}</caption><thead><tr><th scope="col">{E(corner)}</th>')
        for cid, c in zip(cids, cols):
            self.w(f'<th scope="col" id="{cid}">{E(c)}</th>')
        self.w("</tr></thead><tbody>")
        for rl, cells in rows:
            rid = self.nid("row")
            if not isinstance(cells, (list, tuple)):
                cells = [cells]
            self.w(f'<tr><th scope="row" id="{rid}">{E(rl)}</th>')
            for cid, col, cell in zip(cids, cols, cells):
                if not isinstance(cell, dict):
                    cell = dict(on=cell)
                c = " checked" if cell["on"] else ""
                self.w(f'<td><input type="checkbox" aria-labelledby="{rid} {cid}"{c}></td>')
                self._ai(f"{rl} {col}", "tbl", cell.get("ai"), state=cell["on"], inv=cell.get("inv"), dbl=cell.get("dbl", False))
            self.w("</tr>")
        self.w("</tbody></table>")

    def btn(self, text, help=None):
        self.w(f'<div class="row"><button type="button" class="btn">{E(text)}</button>{self._help(help)}</div>')

    def txt(self, label, value="", typ="text", help=None):
        i = self.nid("in")
        hid = self.nid("h") if help else None
        d = f' aria-describedby="{hid}"' if hid else ""
        self.w(f'<div class="row"><label for="{i}">{E(label)}</label><input type="{typ}" id="{i}" value="{E(value)}"{d}>{self._help(help, hid)}</div>')

    # ---------------------------------------------------------------- output
    CSS = """body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d1f23;background:#f6f7f9}
.topbar{display:flex;gap:1rem;align-items:center;padding:.6rem 1.2rem;background:#fff;border-bottom:1px solid #dde}
.brand{font-weight:700;text-decoration:none;color:inherit}
.layout{display:flex;gap:2rem;padding:1.5rem}
.layout>nav{min-width:13rem}.layout>nav ul{list-style:none;padding:0}
main{flex:1;max-width:52rem}
.card{background:#fff;border:1px solid #e3e5ea;border-radius:8px;padding:1rem 1.4rem;margin-bottom:1.2rem}
.row{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;padding:.55rem 0;border-top:1px solid #f0f1f4}
.help,.intro,.note{color:#5b6070;font-size:.9em;flex-basis:100%;margin:.2rem 0}
.status.on{color:#127a3d}.status.off{color:#8a5a00}
.switch{width:2.6rem;height:1.4rem;border-radius:1rem}.switch[aria-checked=true]{background:#2563eb}
.segmented button[aria-pressed=true]{background:#1d1f23;color:#fff}
.choice{display:inline-block;padding:.2rem .6rem;border:1px solid #ccd}.choice[aria-checked=true]{border-color:#2563eb}
table.grid{border-collapse:collapse;width:100%}table.grid th,table.grid td{padding:.35rem .5rem;text-align:left}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
footer{padding:1.5rem;color:#6b7080;font-size:.85em;border-top:1px solid #dde}
"""

    def render(self):
        self.end_sec()
        assert not self.hide_stack
        L = []
        L.append("<!DOCTYPE html>")
        L.append(f"<!-- saved from url=({len(self.url):04d}){self.url} -->")
        L.append(f'<html lang="{self.htmllang}">')
        L.append("<head>")
        L.append('<meta charset="utf-8">')
        L.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
        L.append(f"<title>{E(self.title)} · {E(self.brand)}</title>")
        css = self.CSS + f".{self.hide_class}{{display:none!important}}\n"
        L.append(f"<style>\n{css}</style>")
        L.append("</head>")
        L.append("<body>")
        L.append('<header class="topbar">')
        L.append(f'<a class="brand" href="/">{E(self.brand)}</a>')
        L.append(f'<form role="search" action="/search"><label for="site-search" class="sr-only">{E(self.search)}</label><input type="search" id="site-search" name="q" placeholder="{E(self.search_ph)}"></form>')
        L.append(f'<label for="ui-language" class="sr-only">{E(self.lang_label)}</label><select id="ui-language" name="ui-language">')
        for code, nm in self.lang_opts:
            s = " selected" if code == self.htmllang else ""
            L.append(f'<option value="{code}"{s}>{E(nm)}</option>')
        L.append("</select>")
        L.append(f'<button type="button" id="account-button" aria-haspopup="menu" aria-expanded="false" aria-controls="account-menu">{E(self.account)}</button>')
        L.append('<ul id="account-menu" role="menu" hidden>')
        for m in self.menu:
            L.append(f'<li role="none"><a role="menuitem" href="#">{E(m)}</a></li>')
        L.append("</ul>")
        L.append("</header>")
        L.append('<div class="layout">')
        L.append(f'<nav aria-label="{E(self.nav_label)}"><ul>')
        for item in self.nav:
            cur = ' aria-current="page"' if item == self.nav_current else ""
            L.append(f'<li><a href="#"{cur}>{E(item)}</a></li>')
        L.append("</ul></nav>")
        L.append("<main>")
        L.append(f"<h1>{E(self.h1)}</h1>")
        if self.lead:
            L.append(f'<p class="lead">{self.lead}</p>')
        L.extend(self.out)
        L.append("</main>")
        L.append("</div>")
        L.append("<footer>")
        L.append(" · ".join(f'<a href="#">{E(f)}</a>' for f in self.footer[:-1]) + (f"<p>{E(self.footer[-1])}</p>" if self.footer else ""))
        L.append("</footer>")
        L.append("</body>")
        L.append("</html>")
        return "\n".join(L) + "\n"

    def expect(self):
        return {
            "url": self.url,
            "lang": self.lang,
            "notes": self.notes,
            "ai_training": [{"label": r["label"], "sharing": r["sharing"]} for r in self.labels],
        }

    def meta(self):
        return {
            "page": f"{self.lang}/{self.slug}",
            "url": self.url,
            "known": self.known,
            "labels": self.labels,
            "hidden": self.hidden,
        }

LANG_OPTS = [("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"),
             ("pt-BR", "Português (Brasil)"), ("it", "Italiano"), ("nl", "Nederlands")]
