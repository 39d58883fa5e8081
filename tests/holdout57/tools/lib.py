"""Page builder for the blind57 set (Python 3 standard library only).

Every widget method returns an HTML string and keeps the books: visible control
units in <main>, labelled ai-training controls (label, sharing, shape, kind) and
hidden ai-training decoys (id, mechanism).  Inside Page.hide(), Page.dialog()
and inactive tab panels nothing is counted or labelled; ai-training controls
built there are recorded as hidden decoys instead.
"""
import html

E = lambda s: html.escape(s, quote=True)

MECHS = {
    "hidden": "hidden attribute",
    "display-none": "inline display:none",
    "css-class": "CSS class with display:none",
    "aria-hidden": 'aria-hidden="true"',
    "visibility": "inline visibility:hidden",
    "dialog": "closed <dialog>",
    "tabpanel": "inactive tab panel (hidden)",
}

LANG_NAMES = [("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"),
              ("pt", "Português (Brasil)"), ("it", "Italiano"), ("nl", "Nederlands")]

CSS = """
body{font-family:system-ui,sans-serif;margin:0;color:#222;background:#fbf9f8}
.vh{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.site-header{display:flex;gap:1rem;align-items:center;padding:.75rem 1.5rem;border-bottom:1px solid #eee;background:#fff}
.logo{font-weight:700;font-size:1.3rem;text-decoration:none;color:inherit}
.layout{display:flex;gap:2rem;padding:1.5rem}
nav.side{min-width:13rem}
nav.side ul{list-style:none;padding:0}
nav.side a[aria-current]{font-weight:600}
main{flex:1;max-width:52rem}
section,.card{background:#fff;border:1px solid #eee;border-radius:8px;padding:1rem 1.25rem;margin:0 0 1.25rem}
.field,.row,.state-row{display:flex;gap:.75rem;align-items:flex-start;margin:.6rem 0}
.row,.state-row{justify-content:space-between}
.help{color:#666;font-size:.88rem;margin:.2rem 0 .6rem}
.status{font-size:.85rem;padding:.1rem .5rem;border-radius:1rem;background:#f1ecea}
[role=switch]{min-width:2.6rem;min-height:1.4rem;border-radius:1rem;border:1px solid #bbb;background:#eee}
[role=switch][aria-checked=true]{background:#c77d8d}
.seg button[aria-pressed=true]{background:#222;color:#fff}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #eee;padding:.4rem;text-align:left}
footer{padding:1.5rem;border-top:1px solid #eee;font-size:.85rem;color:#666}
"""


class Page:
    def __init__(self, lang, slug, service, url, title, *, known=False, notes="",
                 brand=None, nav=(), nav_label="Navigation", lead=None,
                 search_label="Search", search_ph="Search", lang_label="Language",
                 account="Account", menu=(), signout="Sign out", footer=(),
                 copyright="", hide_class="is-hidden", doc_title=None):
        self.lang, self.slug, self.service, self.url = lang, slug, service, url
        self.title, self.known, self.notes = title, known, notes
        self.brand = brand or service
        self.nav, self.nav_label, self.lead = list(nav), nav_label, lead
        self.search_label, self.search_ph, self.lang_label = search_label, search_ph, lang_label
        self.account, self.menu, self.signout = account, list(menu), signout
        self.footer, self.copyright = list(footer), copyright
        self.hide_class = hide_class
        self.doc_title = doc_title or f"{title} – {self.brand}"
        self.units = 0
        self.labels = []
        self.hidden_decoys = []
        self.mechs_used = []
        self._n = 0
        self._count = True
        self._mech = None
        self._details = False
        self.body = ""

    # ---------------------------------------------------------------- books
    def uid(self, p="c"):
        self._n += 1
        return f"{p}{self._n}"

    def unit(self):
        if self._count:
            self.units += 1

    def _reg(self, label, sharing, shape, kind, el_id):
        if shape is None:
            return
        assert shape in "ivhp" and len(shape) == 1, shape
        if self._count:
            if self._details:
                kind += "+details"
            self.labels.append(dict(label=" ".join(label.split()), sharing=bool(sharing),
                                    shape=shape, kind=kind, id=el_id))
        else:
            self.hidden_decoys.append(dict(id=el_id, mech=self._mech, label=" ".join(label.split())))

    @staticmethod
    def _inv(shape, inv):
        return (shape == "i") if inv is None else inv

    def _help(self, i, help, tie):
        if not help:
            return "", ""
        if tie:
            return f' aria-describedby="{i}-d"', f'<p class="help" id="{i}-d">{E(help)}</p>'
        return "", f'<p class="help">{E(help)}</p>'

    # ---------------------------------------------------------------- widgets
    def cb(self, label, checked=False, help=None, ai=None, inv=None, tie=True,
           switch=False, wrap=False, id=None):
        i = id or self.uid()
        d, hp = self._help(i, help, tie)
        a = f'type="checkbox" id="{i}" name="{i}"' + (' role="switch"' if switch else "") \
            + (" checked" if checked else "") + d
        if wrap:
            h = f'<label class="check"><input {a}> <span>{E(label)}</span></label>{hp}'
        else:
            h = f'<div class="field"><input {a}><div><label for="{i}">{E(label)}</label>{hp}</div></div>'
        self.unit()
        self._reg(label, checked != self._inv(ai, inv), ai,
                  "switch-native" if switch else ("checkbox-wrapped" if wrap else "checkbox"), i)
        return h

    def switch(self, label, on, ai=None, inv=None, mode="labelledby", help=None, tie=True,
               visible=None, el="button", id=None):
        """mode: 'content' (name = text content), 'aria-label' (visible text may differ),
        'labelledby' (a title element names it)."""
        i = id or self.uid()
        d, hp = self._help(i, help, tie)
        st = "true" if on else "false"
        if el == "button":
            open_, close = f'<button type="button" role="switch" id="{i}" aria-checked="{st}"', "</button>"
        else:
            open_, close = f'<span role="switch" tabindex="0" id="{i}" aria-checked="{st}"', "</span>"
        if mode == "content":
            h = f'<div class="row">{open_}{d}><span class="knob" aria-hidden="true"></span> {E(label)}{close}</div>{hp}'
            # knob is aria-hidden and empty: contributes nothing
        elif mode == "aria-label":
            vis = visible or label
            h = (f'<div class="row"><div><p class="row-title">{E(vis)}</p>{hp}</div>'
                 f'{open_} aria-label="{E(label)}"{d}>{close}</div>')
        else:
            h = (f'<div class="row"><div><p class="row-title" id="{i}-l">{E(label)}</p>{hp}</div>'
                 f'{open_} aria-labelledby="{i}-l"{d}>{close}</div>')
        self.unit()
        self._reg(label, on != self._inv(ai, inv), ai, f"switch-{mode}", i)
        return h

    def select(self, label, options, selected=0, shar=None, ai=None, help=None, tie=True, id=None):
        i = id or self.uid()
        d, hp = self._help(i, help, tie)
        opts = "".join(f'<option value="o{k}"{" selected" if k == selected else ""}>{E(o)}</option>'
                       for k, o in enumerate(options))
        h = f'<div class="field"><label for="{i}">{E(label)}</label><select id="{i}" name="{i}"{d}>{opts}</select></div>{hp}'
        self.unit()
        if ai:
            self._reg(label, shar[selected], ai, "select", i)
        return h

    def radios(self, legend, options, selected=0, shar=None, ai=None, help=None, tie=True,
               style="fieldset", id=None):
        i = id or self.uid()
        d, hp = self._help(i, help, tie)
        items = "".join(
            f'<label class="radio"><input type="radio" name="{i}" id="{i}-{k}" value="r{k}"'
            f'{" checked" if k == selected else ""}> {E(o)}</label>' for k, o in enumerate(options))
        if style == "fieldset":
            h = f'<fieldset id="{i}"{d}><legend>{E(legend)}</legend>{hp}{items}</fieldset>'
        else:
            h = (f'<div class="radiogroup"><p class="group-title" id="{i}-l">{E(legend)}</p>{hp}'
                 f'<div role="radiogroup" id="{i}" aria-labelledby="{i}-l"{d}>{items}</div></div>')
        self.unit()
        if ai:
            self._reg(legend, shar[selected], ai, "radio-" + style, i)
        return h

    def segmented(self, label, options, selected=0, shar=None, ai=None, help=None, tie=True, id=None):
        i = id or self.uid()
        d, hp = self._help(i, help, tie)
        btns = "".join(f'<button type="button" aria-pressed="{"true" if k == selected else "false"}">{E(o)}</button>'
                       for k, o in enumerate(options))
        h = (f'<div class="seg-wrap"><p class="seg-label" id="{i}-l">{E(label)}</p>{hp}'
             f'<div role="group" class="seg" id="{i}" aria-labelledby="{i}-l"{d}>{btns}</div></div>')
        self.unit()
        if ai:
            self._reg(label, shar[selected], ai, "segmented", i)
        return h

    def table(self, caption, cols, rows, intro=None, id=None):
        """cols: header texts (first one heads the row-header column).
        rows: (row_text, [cell, ...]) with cell = None or dict(checked, ai, inv, name)
        name: 'rowcol' (default: aria-labelledby row + column), 'row' (aria-labelledby row only)."""
        t = id or self.uid("t")
        head = "".join(f'<th scope="col" id="{t}-c{k}">{E(c)}</th>' for k, c in enumerate(cols))
        body = ""
        for r, (rt, cells) in enumerate(rows):
            tr = f'<th scope="row" id="{t}-r{r}">{E(rt)}</th>'
            for k, cell in enumerate(cells, start=1):
                if cell is None:
                    tr += "<td>—</td>"
                    continue
                ci = f"{t}-{r}-{k}"
                mode = cell.get("name", "rowcol")
                lb = f"{t}-r{r} {t}-c{k}" if mode == "rowcol" else f"{t}-r{r}"
                name = f"{rt} {cols[k]}" if mode == "rowcol" else rt
                ck = cell.get("checked", False)
                tr += f'<td><input type="checkbox" id="{ci}" aria-labelledby="{lb}"{" checked" if ck else ""}></td>'
                self.unit()
                sh = cell.get("ai")
                self._reg(name, ck != self._inv(sh, cell.get("inv")), sh, "table-row", ci)
            body += f"<tr>{tr}</tr>"
        ip = f'<p class="help">{E(intro)}</p>' if intro else ""
        return f'{ip}<table id="{t}"><caption>{E(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'

    def state_row(self, title, on, status=("On", "Off"), btn=("Turn off", "Turn on"), suffix=None,
                  ai=None, inv=None, mode="suffix", desc=None, id=None):
        i = id or self.uid()
        dp = f'<p class="help">{E(desc)}</p>' if desc else ""
        st = status[0] if on else status[1]
        b = btn[0] if on else btn[1]
        if mode == "suffix":
            sfx = suffix or title
            bh = f'<button type="button" id="{i}">{E(b)}<span class="vh"> {E(sfx)}</span></button>'
            name = f"{b} {sfx}"
        else:
            bh = f'<button type="button" id="{i}" aria-labelledby="{i}-t">{E(b)}</button>'
            name = title
        h = (f'<div class="state-row"><div><p class="state-title" id="{i}-t">{E(title)}</p>{dp}</div>'
             f'<span class="status">{E(st)}</span>{bh}</div>')
        self.unit()
        self._reg(name, on != self._inv(ai, inv), ai, f"state-row-{mode}", i)
        return h

    def button(self, text, cls=None, id=None, ai=None, sharing=None, **attrs):
        i = id or self.uid("b")
        extra = "".join(f' {k.replace("_", "-")}="{E(v)}"' for k, v in attrs.items())
        c = f' class="{cls}"' if cls else ""
        self.unit()
        if ai:
            self._reg(text, sharing, ai, "button", i)
        return f'<button type="button" id="{i}"{c}{extra}>{E(text)}</button>'

    def text(self, label, value="", type="text", help=None, tie=True, id=None):
        i = id or self.uid()
        d, hp = self._help(i, help, tie)
        v = f' value="{E(value)}"' if value else ""
        self.unit()
        return f'<div class="field"><label for="{i}">{E(label)}</label><input type="{type}" id="{i}" name="{i}"{v}{d}></div>{hp}'

    def textarea(self, label, value="", id=None):
        i = id or self.uid()
        self.unit()
        return f'<div class="field"><label for="{i}">{E(label)}</label><textarea id="{i}" name="{i}" rows="3">{E(value)}</textarea></div>'

    # ---------------------------------------------------------------- structure
    def section(self, title, *parts, intro=None, level=2, cls=None, id=None):
        i = id or self.uid("s")
        ip = "".join(f"<p>{E(x)}</p>" for x in ([intro] if isinstance(intro, str) else (intro or [])))
        c = f' class="{cls}"' if cls else ""
        return f'<section id="{i}" aria-labelledby="{i}-h"{c}><h{level} id="{i}-h">{E(title)}</h{level}>{ip}{"".join(parts)}</section>'

    def p(self, text, cls=None):
        c = f' class="{cls}"' if cls else ""
        return f"<p{c}>{E(text)}</p>"

    def link(self, text, href="#"):
        return f'<a href="{E(href)}">{E(text)}</a>'

    def details(self, summary, fn):
        self._details = True
        inner = fn()
        self._details = False
        return f"<details><summary>{E(summary)}</summary><div class=\"details-body\">{inner}</div></details>"

    def hide(self, mech, fn):
        assert mech in ("hidden", "display-none", "css-class", "aria-hidden", "visibility")
        self._count, self._mech = False, mech
        n0 = len(self.hidden_decoys)
        inner = fn()
        self._count, self._mech = True, None
        assert len(self.hidden_decoys) > n0, "hidden block without ai decoy"
        self.mechs_used.append(mech)
        wrap = {"hidden": '<div class="legacy" hidden>', "display-none": '<div style="display:none">',
                "css-class": f'<div class="{self.hide_class}">', "aria-hidden": '<div aria-hidden="true">',
                "visibility": '<div style="visibility:hidden;height:0">'}[mech]
        return wrap + inner + "</div>"

    def dialog(self, opener, title, fn, close="Close"):
        i = self.uid("dlg")
        ob = self.button(opener, aria_haspopup="dialog", aria_controls=i)
        self._count, self._mech = False, "dialog"
        n0 = len(self.hidden_decoys)
        inner = fn()
        self._count, self._mech = True, None
        if len(self.hidden_decoys) > n0:
            self.mechs_used.append("dialog")
        return (ob + f'<dialog id="{i}" aria-labelledby="{i}-h"><h3 id="{i}-h">{E(title)}</h3>{inner}'
                f'<form method="dialog"><button>{E(close)}</button></form></dialog>')

    def tabs(self, label, tabs, active=0):
        t = self.uid("tabs")
        bar = ""
        for k, (name, _) in enumerate(tabs):
            bar += self.button(name, id=f"{t}-tab{k}", role="tab",
                               aria_selected="true" if k == active else "false", aria_controls=f"{t}-p{k}")
        panels = ""
        for k, (name, fn) in enumerate(tabs):
            if k == active:
                inner = fn()
                panels += f'<div role="tabpanel" id="{t}-p{k}" aria-labelledby="{t}-tab{k}">{inner}</div>'
            else:
                self._count, self._mech = False, "tabpanel"
                n0 = len(self.hidden_decoys)
                inner = fn()
                self._count, self._mech = True, None
                if len(self.hidden_decoys) > n0 and "tabpanel" not in self.mechs_used:
                    self.mechs_used.append("tabpanel")
                panels += f'<div role="tabpanel" id="{t}-p{k}" aria-labelledby="{t}-tab{k}" hidden>{inner}</div>'
        return f'<div class="tabs"><div role="tablist" aria-label="{E(label)}">{bar}</div>{panels}</div>'

    # ---------------------------------------------------------------- output
    def build(self, *parts):
        self.body = "".join(parts)
        return self

    def render(self):
        langsel = "".join(f'<option value="{c}"{" selected" if c == self.lang else ""}>{E(n)}</option>'
                          for c, n in LANG_NAMES)
        menu = "".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for t, h in self.menu)
        cur_attr = ' aria-current="page"'
        nav = "".join(f'<li><a href="{E(h)}"{cur_attr if cur else ""}>{E(t)}</a></li>'
                      for t, h, cur in self.nav)
        foot = " · ".join(f'<a href="{E(h)}">{E(t)}</a>' for t, h in self.footer)
        lead = f'<p class="lead">{E(self.lead)}</p>' if self.lead else ""
        css = CSS + f".{self.hide_class}{{display:none}}\n"
        return (
            "<!DOCTYPE html>\n"
            f"<!-- saved from url=({len(self.url):04d}){self.url} -->\n"
            f'<html lang="{self.lang if self.lang != "pt" else "pt-BR"}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{E(self.doc_title)}</title>\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<style>{css}</style>\n</head>\n<body>\n"
            '<header class="site-header">'
            f'<a class="logo" href="/">{E(self.brand)}</a>'
            f'<form role="search" action="/search"><label class="vh" for="site-q">{E(self.search_label)}</label>'
            f'<input type="search" id="site-q" name="q" placeholder="{E(self.search_ph)}"></form>'
            f'<label class="vh" for="site-lang">{E(self.lang_label)}</label><select id="site-lang" name="lang">{langsel}</select>'
            f'<div class="account"><button type="button" id="acct-btn" aria-haspopup="true" aria-expanded="false" '
            f'aria-controls="acct-menu">{E(self.account)}</button>'
            f'<ul id="acct-menu" hidden>{menu}<li><button type="button">{E(self.signout)}</button></li></ul></div>'
            "</header>\n"
            f'<div class="layout"><nav class="side" aria-label="{E(self.nav_label)}"><ul>{nav}</ul></nav>\n'
            f'<main id="main"><h1>{E(self.title)}</h1>{lead}\n{self.body}\n</main></div>\n'
            f"<footer><p>{foot}</p><p>{E(self.copyright)}</p></footer>\n"
            "</body>\n</html>\n"
        )

    def validate(self):
        assert 15 <= self.units <= 35, (self.slug, self.units)
        assert self.hidden_decoys, (self.slug, "no hidden ai decoy")
        names = [l["label"] for l in self.labels]
        assert len(names) == len(set(names)), (self.slug, names)
        hn = {h["label"] for h in self.hidden_decoys}
        assert not (hn & set(names)), (self.slug, hn & set(names))
