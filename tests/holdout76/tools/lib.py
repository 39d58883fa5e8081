"""Page builder for holdout76 (blind76).

A Page collects sections of controls and renders a saved settings page.
Every control that concerns AI training is given ``ai=<shape>`` (i, v, h, p);
the builder records its accessible name, the sharing state it shows, its
shape and its widget kind. Controls added between ``begin_hidden`` and
``end_hidden`` are hidden from the person and recorded separately.
"""
import html
import re

LANG_NAMES = [("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"),
              ("pt-BR", "Português (Brasil)"), ("it", "Italiano"), ("nl", "Nederlands")]

METHODS = ["hidden-attribute", "inline-display-none", "class-display-none", "aria-hidden",
           "inline-visibility-hidden", "closed-dialog", "inactive-tabpanel"]
KINDS = ["checkbox", "switch-checkbox", "radio-fieldset", "aria-radiogroup", "segmented",
         "select", "button-switch", "state-row", "table-checkbox"]
SHAPES = ["i", "v", "h", "p"]


def esc(s):
    return html.escape(s, quote=True)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Page:
    def __init__(self, lang, slug, url, site, title, chrome, nav, known=False, idp="s",
                 intro=None, hide_class="is-retired", account=None, notes=""):
        self.lang, self.slug, self.url, self.site, self.title = lang, slug, url, site, title
        self.chrome, self.nav, self.known, self.idp = chrome, nav, known, idp
        self.intro, self.hide_class, self.account, self.notes = intro, hide_class, account, notes
        self.out = []
        self.n = 0
        self.labels = []
        self.hidden = []
        self.visible_units = 0
        self._hid = None
        self._sec_open = False
        self.method = None

    # ---------- bookkeeping ----------
    def id(self, hint="c"):
        self.n += 1
        return f"{self.idp}-{hint}{self.n}"

    def _unit(self, name, kind, ai, sharing):
        name = norm(name)
        if self._hid is None:
            self.visible_units += 1
            if ai:
                assert ai in SHAPES, ai
                self.labels.append(dict(label=name, sharing=bool(sharing), shape=ai, kind=kind))
        else:
            if ai:
                self.hidden.append(dict(name=name, kind=kind, method=self._hid, sharing=bool(sharing)))

    def w(self, s):
        self.out.append(s)

    def _help(self, help):
        if not help:
            return "", ""
        hid = self.id("h")
        return f' aria-describedby="{hid}"', f'<p class="help" id="{hid}">{esc(help)}</p>'

    # ---------- structure ----------
    def sec(self, heading, intro=None, level=2):
        self.end_sec()
        hid = self.id("t")
        self.w(f'<section class="card" aria-labelledby="{hid}"><h{level} id="{hid}">{esc(heading)}</h{level}>')
        if intro:
            self.w(f'<p class="intro">{esc(intro)}</p>')
        self._sec_open = True

    def end_sec(self):
        if self._sec_open:
            self.w("</section>")
            self._sec_open = False

    def sub(self, heading, intro=None):
        self.w(f'<h3>{esc(heading)}</h3>')
        if intro:
            self.w(f'<p class="intro">{esc(intro)}</p>')

    def text(self, t, cls="note"):
        self.w(f'<p class="{cls}">{esc(t)}</p>')

    def begin_details(self, summary):
        self.w(f'<details><summary>{esc(summary)}</summary>')

    def end_details(self):
        self.w('</details>')

    def begin_hidden(self, method, title=None, opener=None, tabs=None, closer=None):
        assert method in METHODS
        assert self.method is None, "one hidden block per page"
        self.method = method
        self._hidden_kw = dict(title=title, opener=opener, tabs=tabs, closer=closer)
        if method == "hidden-attribute":
            self.w('<div class="row-group" hidden>')
        elif method == "inline-display-none":
            self.w('<div class="row-group" style="display: none;">')
        elif method == "class-display-none":
            self.w(f'<div class="row-group {self.hide_class}">')
        elif method == "aria-hidden":
            self.w('<div class="row-group" aria-hidden="true">')
        elif method == "inline-visibility-hidden":
            self.w('<div class="row-group" style="visibility:hidden">')
        elif method == "closed-dialog":
            did = self.id("dlg")
            if opener:
                self.w(f'<button type="button" class="link" aria-haspopup="dialog" aria-controls="{did}">{esc(opener)}</button>')
                self.visible_units += 1
            self.w(f'<dialog id="{did}" aria-labelledby="{did}-t"><h3 id="{did}-t">{esc(title or opener)}</h3>')
        elif method == "inactive-tabpanel":
            pass
        self._hid = method if method != "inactive-tabpanel" else None

    def end_hidden(self):
        m = self.method
        kw = self._hidden_kw
        if m == "closed-dialog":
            self.w(f'<button type="button" value="close">{esc(kw["closer"] or "OK")}</button></dialog>')
        elif m != "inactive-tabpanel":
            self.w('</div>')
        self._hid = None

    # tabs: begin_tabs(["A","B"]) -> panel 0 visible; tab_panel(1) -> hidden panel
    def begin_tabs(self, names, label):
        self._tabs = names
        self._tid = self.id("tab")
        self.w(f'<div class="tabs"><div role="tablist" aria-label="{esc(label)}">')
        for i, n in enumerate(names):
            sel = "true" if i == 0 else "false"
            ti = "" if i == 0 else ' tabindex="-1"'
            self.w(f'<button type="button" role="tab" id="{self._tid}-{i}" aria-controls="{self._tid}-p{i}" aria-selected="{sel}"{ti}>{esc(n)}</button>')
            self.visible_units += 1
        self.w('</div>')
        self._panel = None

    def tab_panel(self, i):
        self.end_sec()
        if self._panel is not None:
            self.w('</div>')
            if self._panel != 0 and self.method == "inactive-tabpanel":
                self._hid = None
        hid = "" if i == 0 else " hidden"
        self.w(f'<div role="tabpanel" id="{self._tid}-p{i}" aria-labelledby="{self._tid}-{i}"{hid}>')
        self._panel = i
        if i != 0:
            self._hid = "inactive-tabpanel" if self.method == "inactive-tabpanel" else "inactive-tabpanel-extra"

    def end_tabs(self):
        self.end_sec()
        self.w('</div></div>')
        self._panel = None
        self._hid = None

    # ---------- widgets ----------
    def cb(self, name, on, help=None, wrap=False, switch=False, ai=None, inv=False, note=None):
        cid = self.id("cb")
        db, hp = self._help(help)
        role = ' role="switch"' if switch else ''
        chk = ' checked' if on else ''
        if wrap:
            s = f'<div class="row"><label class="check"><input type="checkbox" id="{cid}"{role}{chk}{db}> {esc(name)}</label>{hp}</div>'
        else:
            s = (f'<div class="row"><input type="checkbox" id="{cid}"{role}{chk}{db}>'
                 f' <label for="{cid}">{esc(name)}</label>{hp}</div>')
        self.w(s)
        if note:
            self.text(note)
        self._unit(name, "switch-checkbox" if switch else "checkbox", ai, on != inv)

    def radios(self, legend, opts, sel, ai=None, shares=None, help=None):
        gname = self.id("r")
        db, hp = self._help(help)
        s = [f'<fieldset class="radios"{db}><legend>{esc(legend)}</legend>']
        for i, o in enumerate(opts):
            oid = f"{gname}-{i}"
            s.append(f'<div class="opt"><input type="radio" name="{gname}" id="{oid}" value="{i}"{" checked" if i == sel else ""}>'
                     f' <label for="{oid}">{esc(o)}</label></div>')
        s.append(f'{hp}</fieldset>')
        self.w("".join(s))
        self._unit(legend, "radio-fieldset", ai, shares[sel] if ai else False)

    def rgroup(self, title, opts, sel, ai=None, shares=None, help=None):
        tid = self.id("rg")
        db, hp = self._help(help)
        s = [f'<div class="row"><span class="row-title" id="{tid}">{esc(title)}</span>{hp}'
             f'<div role="radiogroup" aria-labelledby="{tid}"{db} class="choice">']
        for i, o in enumerate(opts):
            on = i == sel
            s.append(f'<div role="radio" aria-checked="{"true" if on else "false"}" tabindex="{0 if on else -1}">{esc(o)}</div>')
        s.append('</div></div>')
        self.w("".join(s))
        self._unit(title, "aria-radiogroup", ai, shares[sel] if ai else False)

    def seg(self, title, opts, sel, ai=None, shares=None, help=None, named="by"):
        tid = self.id("sg")
        db, hp = self._help(help)
        if named == "by":
            head = f'<span class="row-title" id="{tid}">{esc(title)}</span>'
            attr = f'aria-labelledby="{tid}"'
        else:
            head = ''
            attr = f'aria-label="{esc(title)}"'
        s = [f'<div class="row">{head}{hp}<div role="group" {attr}{db} class="segmented">']
        for i, o in enumerate(opts):
            s.append(f'<button type="button" aria-pressed="{"true" if i == sel else "false"}">{esc(o)}</button>')
        s.append('</div></div>')
        self.w("".join(s))
        self._unit(title, "segmented", ai, shares[sel] if ai else False)

    def select(self, label, opts, sel, ai=None, shares=None, help=None):
        sid = self.id("sel")
        db, hp = self._help(help)
        s = [f'<div class="row"><label for="{sid}">{esc(label)}</label> <select id="{sid}"{db}>']
        for i, o in enumerate(opts):
            s.append(f'<option value="{i}"{" selected" if i == sel else ""}>{esc(o)}</option>')
        s.append(f'</select>{hp}</div>')
        self.w("".join(s))
        self._unit(label, "select", ai, shares[sel] if ai else False)

    def bsw(self, name, on, mode="label", ai=None, inv=False, help=None, text=None):
        """button role=switch. mode: label (aria-label), by (aria-labelledby a title), text (button text)."""
        bid = self.id("sw")
        db, hp = self._help(help)
        st = "true" if on else "false"
        if mode == "label":
            s = (f'<div class="row"><span class="row-title">{esc(text or name)}</span>'
                 f'<button type="button" role="switch" aria-checked="{st}" aria-label="{esc(name)}"{db} class="toggle"><span class="knob"></span></button>{hp}</div>')
        elif mode == "by":
            s = (f'<div class="row"><span class="row-title" id="{bid}-t">{esc(name)}</span>'
                 f'<button type="button" role="switch" aria-checked="{st}" aria-labelledby="{bid}-t"{db} class="toggle"><span class="knob"></span></button>{hp}</div>')
        else:
            s = (f'<div class="row"><button type="button" role="switch" aria-checked="{st}"{db} class="toggle-text">{esc(name)}</button>{hp}</div>')
        self.w(s)
        self._unit(name, "button-switch", ai, on != inv)

    def row(self, title, status, action, on, mode="by", suffix=None, ai=None, inv=False, help=None):
        """state row: title, status text, action button."""
        rid = self.id("st")
        db, hp = self._help(help)
        if mode == "by":
            btn = f'<button type="button" id="{rid}-b" aria-labelledby="{rid}-b {rid}-t"{db}>{esc(action)}</button>'
            name = f"{action} {title}"
        else:
            btn = f'<button type="button"{db}>{esc(action)}<span class="vh"> {esc(suffix)}</span></button>'
            name = f"{action} {suffix}"
        self.w(f'<div class="row state"><span class="row-title" id="{rid}-t">{esc(title)}</span>'
               f'<span class="status">{esc(status)}</span>{btn}{hp}</div>')
        self._unit(name, "state-row", ai, on != inv)

    def table(self, caption, cols, rows, ai_cells=None, corner=""):
        """cols: column headers for checkbox columns; rows: [(row header, [bool,...])];
        ai_cells: {(r, c): (shape, inv)}"""
        ai_cells = ai_cells or {}
        tid = self.id("tb")
        s = [f'<table class="matrix"><caption>{esc(caption)}</caption><thead><tr><th scope="col">{esc(corner)}</th>']
        for j, c in enumerate(cols):
            s.append(f'<th scope="col" id="{tid}-c{j}">{esc(c)}</th>')
        s.append('</tr></thead><tbody>')
        for i, (rh, states) in enumerate(rows):
            s.append(f'<tr><th scope="row" id="{tid}-r{i}">{esc(rh)}</th>')
            for j, on in enumerate(states):
                s.append(f'<td><input type="checkbox" aria-labelledby="{tid}-r{i} {tid}-c{j}"{" checked" if on else ""}></td>')
                shape, inv = ai_cells.get((i, j), (None, False))
                self._unit(f"{rh} {cols[j]}", "table-checkbox", shape, on != inv)
            s.append('</tr>')
        s.append('</tbody></table>')
        self.w("".join(s))

    def btn(self, text, help=None, cls="secondary"):
        db, hp = self._help(help)
        self.w(f'<div class="row action"><button type="button" class="{cls}"{db}>{esc(text)}</button>{hp}</div>')
        self._unit(text, "button", None, False)

    def link(self, text, href="#"):
        self.w(f'<p><a href="{esc(href)}">{esc(text)}</a></p>')

    # ---------- render ----------
    def render(self):
        self.end_sec()
        assert self.method is not None, f"{self.slug}: no hidden block"
        assert len(self.hidden) == 1, f"{self.slug}: hidden AI controls = {len(self.hidden)}"
        c = self.chrome
        n = len(self.url)
        opts = "".join(
            f'<option value="{code}"{" selected" if code == self.lang else ""}>{name}</option>'
            for code, name in LANG_NAMES)
        menu = "".join(f'<li><a href="#">{esc(m)}</a></li>' for m in c["menu"])
        nav = []
        for item in self.nav:
            cur = item.startswith("*")
            t = item.lstrip("*")
            ac = ' aria-current="page"' if cur else ""
            nav.append(f'<li><a href="#"{ac}>{esc(t)}</a></li>')
        foot = " · ".join(f'<a href="#">{esc(f)}</a>' for f in c["footer"])
        intro = f'<p class="lead">{esc(self.intro)}</p>' if self.intro else ""
        style = (
            "body{margin:0;font:15px/1.5 system-ui,sans-serif;color:#1d2a22;background:#f6f7f4}"
            "header.top{display:flex;gap:1rem;align-items:center;padding:.6rem 1.2rem;background:#fff;border-bottom:1px solid #dde3d8}"
            ".layout{display:flex;gap:1.5rem;max-width:1100px;margin:0 auto;padding:1rem}"
            "nav.side{width:220px}main{flex:1}.card{background:#fff;border-radius:10px;padding:1rem 1.25rem;margin:0 0 1rem}"
            ".row{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem;padding:.45rem 0;border-top:1px solid #eef1ea}"
            ".help,.note{flex-basis:100%;margin:.1rem 0;color:#5c6a60;font-size:13px}"
            ".status{margin-left:auto;font-weight:600}.toggle{width:42px;height:24px;border-radius:12px}"
            "[aria-checked=true].toggle{background:#2f8f4e}[aria-pressed=true]{background:#2f8f4e;color:#fff}"
            ".vh{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}"
            "table.matrix{border-collapse:collapse;width:100%}table.matrix th,table.matrix td{padding:.35rem;border-bottom:1px solid #eef1ea;text-align:left}"
            f".{self.hide_class}{{display:none}}"
            "footer{padding:1.5rem;text-align:center;color:#5c6a60;font-size:13px}"
        )
        acct = self.account or c["account"]
        return f"""<!DOCTYPE html>
<!-- saved from url=({n:04d}){self.url} -->
<html lang="{self.lang}"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(self.title)} – {esc(self.site)}</title>
<style>{style}</style>
</head>
<body>
<header class="top">
<a class="logo" href="#">{esc(self.site)}</a>
<form role="search" class="search"><label for="{self.idp}-q" class="vh">{esc(c["search_label"])}</label><input type="search" id="{self.idp}-q" name="q" placeholder="{esc(c["search_ph"])}"></form>
<label for="{self.idp}-lang" class="vh">{esc(c["lang_label"])}</label><select id="{self.idp}-lang">{opts}</select>
<div class="account"><button type="button" aria-haspopup="menu" aria-expanded="false" aria-controls="{self.idp}-acct">{esc(acct)}</button>
<ul id="{self.idp}-acct" role="menu" hidden>{menu}</ul></div>
</header>
<div class="layout">
<nav class="side" aria-label="{esc(c["nav_label"])}"><ul>{"".join(nav)}</ul></nav>
<main>
<h1>{esc(self.title)}</h1>
{intro}
{chr(10).join(self.out)}
</main>
</div>
<footer><p>{foot}</p><p>© 2025 {esc(self.site)}</p></footer>
</body></html>
"""

    def meta(self):
        return dict(lang=self.lang, slug=self.slug, url=self.url, site=self.site, known=self.known,
                    method=self.method, hidden=self.hidden[0], labels=self.labels,
                    visible_units=self.visible_units, notes=self.notes)
