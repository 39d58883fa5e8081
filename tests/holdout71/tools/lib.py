"""Page builder for holdout71 (blind71: gadgets and their companion apps).

Every widget knows its own accessible name; the builder records the labelled
(visible) ai-training controls, the hidden ones, their shapes and widget kinds.
check.py recomputes all of this independently from the written HTML.
"""
import html
import re
from contextlib import contextmanager

E = lambda s: html.escape(s, quote=True)

LANG_NAMES = [("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"),
              ("pt-BR", "Português (Brasil)"), ("it", "Italiano"), ("nl", "Nederlands")]

SHAPES = {"i": "inverted", "v": "vague+help", "h": "heading-only", "p": "plain"}
KINDS = {
    "checkbox": "native checkbox",
    "switch-input": "checkbox with role=switch",
    "fieldset": "radio fieldset",
    "radiogroup": "role=radiogroup",
    "pressed": "segmented aria-pressed buttons",
    "select": "select",
    "button-switch": "button role=switch aria-checked",
    "state-row": "state row (status + action button)",
    "table-cell": "table cell (row header x column header)",
}
HIDE = {
    "hidden": "hidden attribute",
    "display": "inline display:none",
    "class": "CSS class with display:none",
    "aria": "aria-hidden=\"true\"",
    "visibility": "visibility:hidden",
    "dialog": "closed <dialog>",
    "tab": "inactive tab panel",
}

BASE_CSS = """body{font-family:system-ui,sans-serif;margin:0;color:#1d1d1f}
header.top{display:flex;gap:1rem;align-items:center;padding:.6rem 1.2rem;border-bottom:1px solid #ddd}
.layout{display:flex}nav.side{width:15rem;padding:1rem}main{flex:1;padding:1rem 2rem;max-width:52rem}
.row,.state{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;padding:.55rem 0;border-bottom:1px solid #eee}
.help{flex-basis:100%;margin:.1rem 0 0;color:#555;font-size:.9rem}
fieldset{border:1px solid #ddd;border-radius:6px;margin:.6rem 0}
[aria-pressed=true]{background:#222;color:#fff}
table{border-collapse:collapse}th,td{padding:.35rem .6rem;border-bottom:1px solid #eee;text-align:left}
.vh{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
footer{padding:1rem 2rem;border-top:1px solid #ddd;font-size:.85rem;color:#555}"""


class Page:
    def __init__(self, lang, name, url, *, brand, title, notes, nav, search, lang_label,
                 account, menu, footer, known=False, hide_class="is-collapsed", nav_label=None,
                 html_lang=None):
        self.lang, self.name, self.url = lang, name, url
        self.brand, self.title, self.notes = brand, title, notes
        self.nav, self.search, self.lang_label = nav, search, lang_label
        self.account, self.menu, self.footer = account, menu, footer
        self.known, self.hide_class, self.nav_label = known, hide_class, nav_label or brand
        self.html_lang = html_lang or lang
        self.body = []
        self.ai = []          # visible labelled controls
        self.hidden_ai = []   # hidden ai-training controls (not labelled)
        self.units = 0        # visible control units in main
        self.hid = []         # stack of hiding mechanisms in effect
        self.n = 0
        self.mechs = []

    # ---------- plumbing
    def id(self, p="c"):
        self.n += 1
        return f"{p}{self.n}"

    def w(self, s):
        self.body.append(s)

    def _help(self, help):
        if not help:
            return "", ""
        hid = self.id("h")
        return f' aria-describedby="{hid}"', f'<p class="help" id="{hid}">{E(help)}</p>'

    def _rec(self, label, kind, ai, sharing, state, units=1):
        label = re.sub(r"\s+", " ", label).strip()
        assert kind in KINDS, kind
        if self.hid:
            # everything placed in a hidden block is an ai-training control the person cannot see
            self.hidden_ai.append(dict(label=label, kind=kind, hide=self.hid[-1], sharing=sharing))
            return
        self.units += units
        if ai:
            assert ai in SHAPES, ai
            self.ai.append(dict(label=label, sharing=bool(sharing), shape=ai, kind=kind, state=state))

    # ---------- structure
    def sec(self, heading, intro=None, level=2):
        self.w(f"<h{level}>{E(heading)}</h{level}>")
        if intro:
            self.w(f"<p>{E(intro)}</p>")

    def p(self, text):
        self.w(f"<p>{E(text)}</p>")

    @contextmanager
    def box(self, cls="card", heading=None, intro=None):
        self.w(f'<section class="{cls}">')
        if heading:
            self.w(f"<h3>{E(heading)}</h3>")
        if intro:
            self.w(f"<p>{E(intro)}</p>")
        yield
        self.w("</section>")

    @contextmanager
    def details(self, summary, open=False):
        self.w(f'<details{" open" if open else ""}><summary>{E(summary)}</summary>')
        yield
        self.w("</details>")

    @contextmanager
    def hidden(self, mech, heading=None):
        assert mech in HIDE
        self.mechs.append(mech)
        if mech == "dialog":
            did = self.id("dlg")
            self.w(f'<dialog id="{did}" aria-labelledby="{did}-t"><h2 id="{did}-t">{E(heading or "")}</h2><form method="dialog">')
            end = "</form></dialog>"
        else:
            opener = {
                "hidden": '<div class="panel" hidden>',
                "display": '<div class="panel" style="display:none">',
                "class": f'<div class="panel {self.hide_class}">',
                "aria": '<div class="panel" aria-hidden="true">',
                "visibility": '<div class="panel" style="visibility:hidden">',
            }[mech]
            self.w(opener)
            if heading:
                self.w(f"<h3>{E(heading)}</h3>")
            end = "</div>"
        self.hid.append(mech)
        yield
        self.hid.pop()
        self.w(end)

    @contextmanager
    def tabs(self, labels, active=0):
        """Yields a function panel(i) -> context manager; inactive panels are hidden."""
        tid = self.id("tab")
        self.w(f'<div class="tabs"><div role="tablist">')
        for i, l in enumerate(labels):
            sel = "true" if i == active else "false"
            ti = "" if i == active else ' tabindex="-1"'
            self.w(f'<button type="button" role="tab" id="{tid}-{i}" aria-selected="{sel}" aria-controls="{tid}-p{i}"{ti}>{E(l)}</button>')
            if not self.hid:
                self.units += 1
        self.w("</div>")

        @contextmanager
        def panel(i):
            act = i == active
            self.w(f'<div role="tabpanel" id="{tid}-p{i}" aria-labelledby="{tid}-{i}"{"" if act else " hidden"}>')
            if not act:
                self.mechs.append("tab")
                self.hid.append("tab")
            yield
            if not act:
                self.hid.pop()
            self.w("</div>")
        yield panel
        self.w("</div>")

    # ---------- widgets
    def cb(self, label, checked, ai=None, help=None, switch=False):
        i = self.id()
        d, hp = self._help(help)
        role = ' role="switch"' if switch else ""
        self.w(f'<div class="row"><input type="checkbox" id="{i}"{role}{" checked" if checked else ""}{d}>'
               f'<label for="{i}">{E(label)}</label>{hp}</div>')
        self._rec(label, "switch-input" if switch else "checkbox", ai, checked != (ai == "i"),
                  "on" if checked else "off")

    def sw(self, label, checked, ai=None, help=None):
        self.cb(label, checked, ai, help, switch=True)

    def bsw(self, name, checked, ai=None, help=None, mode="label", vis=None):
        """button role=switch; mode: label (aria-label), by (aria-labelledby), text (content)."""
        i = self.id()
        d, hp = self._help(help)
        ac = "true" if checked else "false"
        if mode == "label":
            inner = E(vis) if vis else ""
            self.w(f'<div class="row"><span class="row-title" aria-hidden="true">{E(name)}</span>'
                   f'<button type="button" role="switch" id="{i}" aria-checked="{ac}" aria-label="{E(name)}"{d}>{inner}</button>{hp}</div>')
        elif mode == "by":
            self.w(f'<div class="row"><span class="row-title" id="{i}-l">{E(name)}</span>'
                   f'<button type="button" role="switch" id="{i}" aria-checked="{ac}" aria-labelledby="{i}-l"{d}>{E(vis) if vis else ""}</button>{hp}</div>')
        else:
            self.w(f'<div class="row"><button type="button" role="switch" id="{i}" aria-checked="{ac}"{d}>{E(name)}</button>{hp}</div>')
        self._rec(name, "button-switch", ai, checked != (ai == "i"), "on" if checked else "off")

    def radios(self, legend, opts, sel, ai=None, share=None, help=None):
        g = self.id("g")
        d, hp = self._help(help)
        self.w(f'<fieldset{d}><legend>{E(legend)}</legend>')
        for k, o in enumerate(opts):
            self.w(f'<div class="opt"><input type="radio" name="{g}" id="{g}-{k}" value="{k}"{" checked" if k == sel else ""}>'
                   f'<label for="{g}-{k}">{E(o)}</label></div>')
        self.w(f"{hp}</fieldset>")
        self._rec(legend, "fieldset", ai, share[sel] if ai else None, opts[sel])

    def rgroup(self, name, opts, sel, ai=None, share=None, help=None, mode="by"):
        g = self.id("g")
        d, hp = self._help(help)
        if mode == "by":
            self.w(f'<div class="field"><p id="{g}-l" class="field-title">{E(name)}</p>'
                   f'<div role="radiogroup" aria-labelledby="{g}-l"{d}>')
        else:
            self.w(f'<div class="field"><p class="field-title" aria-hidden="true">{E(name)}</p>'
                   f'<div role="radiogroup" aria-label="{E(name)}"{d}>')
        for k, o in enumerate(opts):
            self.w(f'<label><input type="radio" name="{g}" value="{k}"{" checked" if k == sel else ""}> {E(o)}</label>')
        self.w(f"</div>{hp}</div>")
        self._rec(name, "radiogroup", ai, share[sel] if ai else None, opts[sel])

    def seg(self, name, opts, sel, ai=None, share=None, help=None):
        g = self.id("g")
        d, hp = self._help(help)
        self.w(f'<div class="row"><span id="{g}-l">{E(name)}</span><div role="group" class="segmented" aria-labelledby="{g}-l"{d}>')
        for k, o in enumerate(opts):
            self.w(f'<button type="button" aria-pressed="{"true" if k == sel else "false"}">{E(o)}</button>')
        self.w(f"</div>{hp}</div>")
        self._rec(name, "pressed", ai, share[sel] if ai else None, opts[sel])

    def select(self, label, opts, sel, ai=None, share=None, help=None):
        i = self.id()
        d, hp = self._help(help)
        o = "".join(f'<option value="{k}"{" selected" if k == sel else ""}>{E(t)}</option>' for k, t in enumerate(opts))
        self.w(f'<div class="row"><label for="{i}">{E(label)}</label><select id="{i}"{d}>{o}</select>{hp}</div>')
        self._rec(label, "select", ai, share[sel] if ai else None, opts[sel])

    def state(self, title, value, action, ai=None, sharing=None, suffix=None, help=None, mode="vh"):
        """Status text + action button. mode vh: name = action + visually hidden suffix;
        mode by: aria-labelledby = button + title element."""
        i = self.id()
        d, hp = self._help(help)
        if mode == "vh":
            self.w(f'<div class="state"><p class="status"><span>{E(title)}</span> <strong>{E(value)}</strong></p>'
                   f'<button type="button" id="{i}"{d}>{E(action)}<span class="vh"> {E(suffix)}</span></button>{hp}</div>')
            name = f"{action} {suffix}"
        else:
            self.w(f'<div class="state"><p class="status"><span id="{i}-t">{E(title)}</span> <strong>{E(value)}</strong></p>'
                   f'<button type="button" id="{i}" aria-labelledby="{i} {i}-t"{d}>{E(action)}</button>{hp}</div>')
            name = f"{action} {title}"
        self._rec(name, "state-row", ai, sharing, "status")

    def table(self, caption, cols, rows, corner="", intro=None):
        """cols: [(header, shape-or-None)]; rows: [(row header, [checked,...])].
        A column with shape 'i' is inverted (checked = not sharing)."""
        t = self.id("t")
        self.w(f'<table id="{t}"><caption>{E(caption)}</caption><thead><tr><td>{E(corner)}</td>')
        for k, (c, _) in enumerate(cols):
            self.w(f'<th scope="col" id="{t}-c{k}">{E(c)}</th>')
        self.w("</tr></thead><tbody>")
        for r, (rh, vals) in enumerate(rows):
            self.w(f'<tr><th scope="row" id="{t}-r{r}">{E(rh)}</th>')
            for k, v in enumerate(vals):
                self.w(f'<td><input type="checkbox" aria-labelledby="{t}-r{r} {t}-c{k}"{" checked" if v else ""}></td>')
                ai = cols[k][1]
                self._rec(f"{rh} {cols[k][0]}", "table-cell", ai, v != (ai == "i"), "on" if v else "off")
            self.w("</tr>")
        self.w("</tbody></table>")

    def btn(self, text):
        self.w(f'<div class="row"><button type="button">{E(text)}</button></div>')
        self._rec(text, "checkbox", None, None, None)  # counted as a decoy unit only

    def field(self, label, value):
        i = self.id()
        self.w(f'<div class="row"><label for="{i}">{E(label)}</label><input type="text" id="{i}" value="{E(value)}"></div>')
        self._rec(label, "checkbox", None, None, None)

    # ---------- output
    def render(self):
        url = self.url
        ac = ' aria-current="page"'
        nav = "".join(f'<li><a href="{E(h)}"{ac if cur else ""}>{E(t)}</a></li>' for t, h, cur in self.nav)
        menu = "".join(f'<li role="none"><a role="menuitem" href="{E(h)}">{E(t)}</a></li>' for t, h in self.menu)
        langs = "".join(f'<option value="{c}"{" selected" if c.split("-")[0] == self.lang else ""}>{E(n)}</option>'
                        for c, n in LANG_NAMES)
        css = BASE_CSS + f"\n.{self.hide_class}{{display:none}}"
        return f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="{self.html_lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(self.title)} – {E(self.brand)}</title>
<style>
{css}
</style>
</head>
<body>
<header class="top">
<a class="brand" href="/">{E(self.brand)}</a>
<form role="search" class="search" action="/search"><label for="site-q" class="vh">{E(self.search[0])}</label><input type="search" id="site-q" name="q" placeholder="{E(self.search[1])}"></form>
<label for="site-lang" class="vh">{E(self.lang_label)}</label><select id="site-lang" name="lang">{langs}</select>
<div class="account"><button type="button" id="acct-btn" aria-haspopup="menu" aria-expanded="false" aria-controls="acct-menu">{E(self.account)}</button>
<ul id="acct-menu" role="menu" hidden>{menu}</ul></div>
</header>
<div class="layout">
<nav class="side" aria-label="{E(self.nav_label)}"><ul>{nav}</ul></nav>
<main id="content">
<h1>{E(self.title)}</h1>
{chr(10).join(self.body)}
</main>
</div>
<footer><p>{E(self.footer)}</p></footer>
</body>
</html>
"""

    def expect(self):
        return {"url": self.url, "lang": self.lang, "notes": self.notes,
                "ai_training": [{"label": a["label"], "sharing": a["sharing"]} for a in self.ai]}

    def meta(self):
        return {"name": self.name, "lang": self.lang, "url": self.url, "brand": self.brand,
                "known": self.known, "units": self.units, "labelled": self.ai,
                "hidden": self.hidden_ai, "mechs": sorted(set(self.mechs))}
