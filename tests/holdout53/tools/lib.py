"""Page builder for the blind53 evaluation set.

Every widget method returns an HTML fragment and records, in the page's bookkeeping, how many
visible control units it adds and -- when it carries an ``ai=A(...)`` spec -- the labelled
AI-training control it creates (label = the accessible name the markup yields, sharing resolved
from the state shown).  A widget built inside a hidden context (``hide``, an inactive tab panel,
a closed dialog) adds no units; when it carries an ``ai`` spec it is recorded as a hidden decoy
with the mechanism that hides it.
"""
import html

MECHANISMS = ("hidden", "inline", "css", "aria", "visibility", "dialog", "tab")


def esc(s):
    return html.escape(s, quote=True)


def norm(s):
    return " ".join(s.split())


class A:
    """AI-training spec for a control.

    shape: 'i' inverted, 'v' vague + help, 'h' heading-only, 'p' plain.
    on:    for binary widgets, whether the checked/on state means the data IS used.
    share: for choice widgets, the option texts that mean the data IS used.
    sharing: explicit value (state rows, whose state lives in a status text).
    """

    def __init__(self, shape, on=True, share=None, sharing=None):
        assert shape in "ivhp" and len(shape) == 1
        self.shape, self.on, self.share, self.sharing = shape, on, share, sharing

    def resolve(self, state):
        if self.sharing is not None:
            return bool(self.sharing)
        if self.share is not None:
            return state in self.share
        return bool(state) == bool(self.on)


BASE_CSS = """
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2521;background:#f6f7f4}
a{color:#22663f}.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.site-header{display:flex;align-items:center;gap:1rem;padding:.6rem 1.5rem;background:#fff;border-bottom:1px solid #dde3da}
.brand{font-weight:700;font-size:1.15rem;text-decoration:none;color:#1d2521;margin-right:auto}
.site-search input{padding:.35rem .6rem;border:1px solid #c5cec2;border-radius:6px;min-width:16rem}
.account{position:relative}.account-menu{position:absolute;right:0;top:2.2rem;background:#fff;border:1px solid #dde3da;list-style:none;margin:0;padding:.4rem 0;min-width:12rem}
.layout{display:grid;grid-template-columns:15rem 1fr;gap:2rem;max-width:72rem;margin:1.5rem auto;padding:0 1.5rem}
.side-nav ul{list-style:none;margin:0;padding:0}.side-nav a{display:block;padding:.35rem .6rem;border-radius:6px;text-decoration:none}
.side-nav a[aria-current]{background:#e3efe5;font-weight:600}
main section{background:#fff;border:1px solid #e1e6de;border-radius:10px;padding:1rem 1.25rem;margin-bottom:1.25rem}
.intro,.help{color:#56615a;font-size:.9rem;margin:.2rem 0 .6rem}.field{margin:.6rem 0}
.setting,.state-row{display:flex;align-items:flex-start;justify-content:space-between;gap:1rem;padding:.6rem 0;border-top:1px solid #eef1ec}
button[role=switch]{width:2.6rem;height:1.4rem;border-radius:1rem;border:1px solid #9aa79d;background:#dfe5dd}
button[role=switch][aria-checked=true]{background:#2f8a52}.toggle-text{width:auto!important;height:auto!important;padding:.3rem .7rem}
.segmented [aria-pressed=true]{background:#2f8a52;color:#fff}.card{border:1px solid #e6ebe4;border-radius:8px;padding:.75rem 1rem;margin:.75rem 0}
table.grid{border-collapse:collapse;width:100%;margin:.5rem 0}table.grid th,table.grid td{border-bottom:1px solid #eef1ec;padding:.4rem .5rem;text-align:left}
caption{text-align:left;font-weight:600;padding:.3rem 0}details{margin:.75rem 0}summary{cursor:pointer;font-weight:600}
.site-footer{border-top:1px solid #dde3da;padding:1.25rem 1.5rem;font-size:.85rem;color:#56615a;background:#fff}
.site-footer ul{list-style:none;display:flex;gap:1rem;padding:0;margin:0 0 .5rem}
"""


class Page:
    def __init__(self, lang, slug, service, url, title, known=False, notes="", hide_class="is-hidden"):
        self.lang, self.slug, self.service, self.url, self.title = lang, slug, service, url, title
        self.known, self.notes, self.hide_class = known, notes, hide_class
        self.units = 0
        self.labelled = []
        self.hidden_ai = []
        self._hidden = []
        self._details = 0
        self._n = 0
        self.head_html = ""
        self.nav_html = ""
        self.footer_html = ""
        self.extra_css = ""

    # ---------------------------------------------------------------- bookkeeping
    def uid(self, prefix):
        self._n += 1
        return f"{prefix}-{self._n}"

    def _reg(self, kind, name, state, ai, units=1):
        name = norm(name)
        if self._hidden:
            if ai is not None:
                self.hidden_ai.append({"name": name, "mechanism": self._hidden[-1], "kind": kind})
            return
        self.units += units
        if ai is not None:
            self.labelled.append({
                "label": name,
                "sharing": ai.resolve(state),
                "shape": ai.shape,
                "kind": kind + ("+details" if self._details else ""),
                "state": state,
            })

    def _help(self, i, help, mode):
        """Return (attribute, html) for help text: tied by aria-describedby or just nearby."""
        if not help:
            return "", ""
        if mode == "describedby":
            return f' aria-describedby="{i}-help"', f'<p class="help" id="{i}-help">{esc(help)}</p>'
        return "", f'<p class="help">{esc(help)}</p>'

    # ---------------------------------------------------------------- chrome
    def chrome(self, brand, search_label, search_ph, lang_label, langs, account, menu, logout,
               nav_label, nav, nav_current, footer_links, footer_note, search_button=None):
        opts = "".join(
            f'<option value="{esc(code)}"{" selected" if code == self.lang else ""}>{esc(name)}</option>'
            for code, name in langs)
        items = "".join(f'<li role="none"><a role="menuitem" href="#">{esc(m)}</a></li>' for m in menu)
        sbtn = f'<button type="submit">{esc(search_button)}</button>' if search_button else ""
        self.head_html = (
            f'<header class="site-header">\n'
            f'  <a class="brand" href="/">{esc(brand)}</a>\n'
            f'  <form class="site-search" role="search" action="/search"><label for="site-q" class="sr-only">{esc(search_label)}</label>'
            f'<input type="search" id="site-q" name="q" placeholder="{esc(search_ph)}">{sbtn}</form>\n'
            f'  <label for="site-lang" class="sr-only">{esc(lang_label)}</label><select id="site-lang" name="locale">{opts}</select>\n'
            f'  <div class="account"><button type="button" id="account-button" aria-haspopup="menu" aria-expanded="false" aria-controls="account-menu">{esc(account)}</button>\n'
            f'    <ul id="account-menu" class="account-menu" role="menu" aria-labelledby="account-button" hidden>{items}'
            f'<li role="none"><button type="button" role="menuitem">{esc(logout)}</button></li></ul></div>\n'
            f'</header>\n')
        cur = ' aria-current="page"'
        links = "".join(
            f'<li><a href="#"{cur if n == nav_current else ""}>{esc(n)}</a></li>' for n in nav)
        self.nav_html = f'<aside><nav class="side-nav" aria-label="{esc(nav_label)}"><ul>{links}</ul></nav></aside>\n'
        fl = "".join(f'<li><a href="#">{esc(x)}</a></li>' for x in footer_links)
        self.footer_html = f'<footer class="site-footer"><ul>{fl}</ul><p>{esc(footer_note)}</p></footer>\n'

    # ---------------------------------------------------------------- structure
    def section(self, heading, intro, *items, level=2):
        i = self.uid("sec")
        intro_html = f'<p class="intro">{esc(intro)}</p>' if intro else ""
        return (f'<section aria-labelledby="{i}"><h{level} id="{i}">{esc(heading)}</h{level}>{intro_html}\n'
                + "\n".join(items) + "\n</section>")

    def card(self, heading, *items, text=None, level=3):
        t = f'<p class="help">{esc(text)}</p>' if text else ""
        return f'<div class="card"><h{level}>{esc(heading)}</h{level}>{t}' + "\n".join(items) + "</div>"

    def para(self, text, cls="intro"):
        return f'<p class="{cls}">{esc(text)}</p>'

    def link(self, text, href="#"):
        return f'<p><a href="{esc(href)}">{esc(text)}</a></p>'

    def raw(self, s):
        return s

    def details(self, summary, fn):
        self._details += 1
        try:
            inner = fn()
        finally:
            self._details -= 1
        if isinstance(inner, (list, tuple)):
            inner = "\n".join(inner)
        return f'<details><summary>{esc(summary)}</summary><div class="details-body">\n{inner}\n</div></details>'

    def hide(self, mech, fn):
        assert mech in ("hidden", "inline", "css", "aria", "visibility")
        self._hidden.append(mech)
        try:
            inner = fn()
        finally:
            self._hidden.pop()
        if isinstance(inner, (list, tuple)):
            inner = "\n".join(inner)
        attr = {
            "hidden": " hidden",
            "inline": ' style="display:none"',
            "css": f' class="{self.hide_class}"',
            "aria": ' aria-hidden="true"',
            "visibility": ' style="visibility:hidden"',
        }[mech]
        if mech == "css":
            self.extra_css = f".{self.hide_class}{{display:none}}"
        return f"<div{attr}>\n{inner}\n</div>"

    def tabs(self, label, tabs, active=0):
        t = self.uid("tabs")
        btns, panels = [], []
        for k, (name, fn) in enumerate(tabs):
            sel = "true" if k == active else "false"
            ti = "" if k == active else ' tabindex="-1"'
            btns.append(f'<button type="button" role="tab" id="{t}-t{k}" aria-selected="{sel}" aria-controls="{t}-p{k}"'
                        f'{ti}>{esc(name)}</button>')
            self._reg("tab", name, None, None)
            if k != active:
                self._hidden.append("tab")
            try:
                inner = fn()
            finally:
                if k != active:
                    self._hidden.pop()
            if isinstance(inner, (list, tuple)):
                inner = "\n".join(inner)
            hid = "" if k == active else " hidden"
            panels.append(f'<div role="tabpanel" id="{t}-p{k}" aria-labelledby="{t}-t{k}"{hid}>\n{inner}\n</div>')
        return (f'<div class="tabs"><div role="tablist" aria-label="{esc(label)}">' + "".join(btns) + "</div>\n"
                + "\n".join(panels) + "</div>")

    def dialog(self, opener, title, fn, close="Close", confirm=None):
        d = self.uid("dlg")
        self._reg("button", opener, None, None)
        self._hidden.append("dialog")
        try:
            inner = fn()
        finally:
            self._hidden.pop()
        if isinstance(inner, (list, tuple)):
            inner = "\n".join(inner)
        conf = f'<button value="confirm">{esc(confirm)}</button>' if confirm else ""
        return (f'<button type="button" class="btn" aria-haspopup="dialog" aria-controls="{d}">{esc(opener)}</button>\n'
                f'<dialog id="{d}" aria-labelledby="{d}-h"><h2 id="{d}-h">{esc(title)}</h2><form method="dialog">\n{inner}\n'
                f'<div class="dialog-actions"><button value="cancel">{esc(close)}</button>{conf}</div></form></dialog>')

    # ---------------------------------------------------------------- widgets
    def checkbox(self, label, checked=False, help=None, help_mode="describedby", wrap=False, ai=None, switch=False):
        i = self.uid("cb")
        da, hh = self._help(i, help, help_mode)
        role = ' role="switch"' if switch else ""
        chk = " checked" if checked else ""
        if wrap:
            body = f'<label><input type="checkbox" name="{i}"{role}{chk}{da}> {esc(label)}</label>'
        else:
            body = f'<input type="checkbox" id="{i}" name="{i}"{role}{chk}{da}> <label for="{i}">{esc(label)}</label>'
        self._reg("switch-native" if switch else "checkbox", label, bool(checked), ai)
        return f'<div class="field">{body}{hh}</div>'

    def switch(self, label, on=False, help=None, help_mode="describedby", mode="labelledby", shown=None, ai=None):
        """mode: labelledby (title span), arialabel (aria-label; `shown` is the visible text), text (text content)."""
        i = self.uid("sw")
        da, hh = self._help(i, help, help_mode)
        ac = "true" if on else "false"
        if mode == "labelledby":
            html_ = (f'<div class="setting"><div class="setting-text"><span class="setting-title" id="{i}-t">{esc(label)}</span>{hh}</div>'
                     f'<button type="button" role="switch" id="{i}" aria-checked="{ac}" aria-labelledby="{i}-t"{da}>'
                     f'<span class="knob" aria-hidden="true"></span></button></div>')
            kind = "switch-labelledby"
        elif mode == "arialabel":
            vis = shown if shown is not None else label
            html_ = (f'<div class="setting"><div class="setting-text"><span class="setting-title">{esc(vis)}</span>{hh}</div>'
                     f'<button type="button" role="switch" aria-checked="{ac}" aria-label="{esc(label)}"{da}>'
                     f'<span class="knob" aria-hidden="true"></span></button></div>')
            kind = "switch-arialabel"
        elif mode == "text":
            html_ = (f'<div class="setting"><button type="button" role="switch" class="toggle-text" aria-checked="{ac}"{da}>'
                     f'{esc(label)}</button>{hh}</div>')
            kind = "switch-text"
        else:
            raise ValueError(mode)
        self._reg(kind, label, bool(on), ai)
        return html_

    def select(self, label, options, selected, help=None, help_mode="describedby", ai=None):
        i = self.uid("sel")
        da, hh = self._help(i, help, help_mode)
        assert selected in options, (selected, options)
        opts = "".join(f'<option{" selected" if o == selected else ""}>{esc(o)}</option>' for o in options)
        self._reg("select", label, selected, ai)
        return f'<div class="field"><label for="{i}">{esc(label)}</label> <select id="{i}" name="{i}"{da}>{opts}</select>{hh}</div>'

    def radios(self, legend, options, selected, help=None, help_mode="describedby", mode="fieldset", ai=None):
        g = self.uid("rg")
        assert selected in options, (selected, options)
        da, hh = self._help(g, help, help_mode)
        rows = "".join(
            f'<div class="radio"><input type="radio" id="{g}-{k}" name="{g}" value="{k}"{" checked" if o == selected else ""}>'
            f' <label for="{g}-{k}">{esc(o)}</label></div>' for k, o in enumerate(options))
        self._reg("radio-" + mode, legend, selected, ai)
        if mode == "fieldset":
            return f'<fieldset{da}><legend>{esc(legend)}</legend>{hh}{rows}</fieldset>'
        return (f'<div class="radio-group" role="radiogroup" aria-labelledby="{g}-l"{da}>'
                f'<p class="group-label" id="{g}-l">{esc(legend)}</p>{hh}{rows}</div>')

    def segmented(self, label, options, pressed, help=None, help_mode="describedby", ai=None):
        g = self.uid("seg")
        assert pressed in options
        da, hh = self._help(g, help, help_mode)
        btns = "".join(f'<button type="button" aria-pressed="{"true" if o == pressed else "false"}">{esc(o)}</button>'
                       for o in options)
        self._reg("segmented", label, pressed, ai)
        return (f'<div class="segmented"><span class="seg-label" id="{g}-l">{esc(label)}</span>'
                f'<div role="group" aria-labelledby="{g}-l"{da}>{btns}</div>{hh}</div>')

    def state_row(self, title, status, action, suffix=None, mode="suffix", help=None, help_mode="nearby",
                  ai=None, title_tag="h3", status_label=""):
        """A status text plus an action button.

        suffix mode: the button's name is `action` + visually hidden `suffix`.
        labelledby mode: the button is aria-labelledby itself + the title -> "action title".
        """
        i = self.uid("st")
        da, hh = self._help(i, help, help_mode)
        stl = f"{esc(status_label)} " if status_label else ""
        if mode == "suffix":
            t = f"<{title_tag} class=\"state-title\">{esc(title)}</{title_tag}>" if title else ""
            btn = f'<button type="button" class="btn"{da}>{esc(action)}<span class="sr-only"> {esc(suffix)}</span></button>'
            name = f"{action} {suffix}"
            kind = "state-suffix"
        else:
            t = f'<{title_tag} class="state-title" id="{i}-t">{esc(title)}</{title_tag}>'
            btn = f'<button type="button" class="btn" id="{i}" aria-labelledby="{i} {i}-t"{da}>{esc(action)}</button>'
            name = f"{action} {title}"
            kind = "state-labelledby"
        self._reg(kind, name, None, ai)
        return (f'<div class="state-row"><div>{t}<p class="status">{stl}<strong>{esc(status)}</strong></p>{hh}</div>'
                f'{btn}</div>')

    def table(self, caption, rowhead, cols, rows, ai_cols=None, intro=None):
        """rows: [(row header, [checked per column])]; cell checkbox named by row header + column header."""
        t = self.uid("tbl")
        ai_cols = ai_cols or {}
        head = f'<th scope="col">{esc(rowhead)}</th>' + "".join(
            f'<th scope="col" id="{t}-c{k}">{esc(c)}</th>' for k, c in enumerate(cols))
        body = []
        for r, (name, states) in enumerate(rows):
            cells = []
            for k, st in enumerate(states):
                if st is None:
                    cells.append("<td>—</td>")
                    continue
                cells.append(f'<td><input type="checkbox" name="{t}-{r}-{k}" aria-labelledby="{t}-r{r} {t}-c{k}"'
                             f'{" checked" if st else ""}></td>')
                self._reg("table-cell", f"{name} {cols[k]}", bool(st), ai_cols.get(k))
            body.append(f'<tr><th scope="row" id="{t}-r{r}">{esc(name)}</th>{"".join(cells)}</tr>')
        ip = f'<p class="intro">{esc(intro)}</p>' if intro else ""
        return (f'{ip}<table class="grid"><caption>{esc(caption)}</caption><thead><tr>{head}</tr></thead>'
                f'<tbody>{"".join(body)}</tbody></table>')

    def button(self, text, help=None, cls="btn"):
        self._reg("button", text, None, None)
        h = f'<p class="help">{esc(help)}</p>' if help else ""
        return f'<div class="field"><button type="button" class="{cls}">{esc(text)}</button>{h}</div>'

    def buttons(self, *texts):
        for t in texts:
            self._reg("button", t, None, None)
        return '<div class="actions">' + " ".join(f'<button type="button" class="btn">{esc(t)}</button>' for t in texts) + "</div>"

    def text(self, label, value="", type="text", help=None, help_mode="describedby", placeholder=None):
        i = self.uid("in")
        da, hh = self._help(i, help, help_mode)
        ph = f' placeholder="{esc(placeholder)}"' if placeholder else ""
        self._reg("text", label, None, None)
        return (f'<div class="field"><label for="{i}">{esc(label)}</label> '
                f'<input type="{type}" id="{i}" name="{i}" value="{esc(value)}"{ph}{da}>{hh}</div>')

    # ---------------------------------------------------------------- output
    def render(self, h1, intro, *items):
        url = self.url
        assert len(url) <= 9999
        main = (f'<main id="main"><h1>{esc(h1)}</h1>' + (f'<p class="intro">{esc(intro)}</p>' if intro else "") + "\n"
                + "\n".join(items) + "\n</main>\n")
        return (
            "<!DOCTYPE html>\n"
            f"<!-- saved from url=({len(url):04d}){url} -->\n"
            f'<html lang="{self.lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(self.title)}</title>\n<style>{BASE_CSS}{self.extra_css}</style>\n</head>\n<body>\n"
            f'<a class="sr-only" href="#main">{esc(self.skip_text)}</a>\n'
            + self.head_html + '<div class="layout">\n' + self.nav_html + main + "</div>\n" + self.footer_html
            + "</body>\n</html>\n")

    skip_text = "Skip to content"

    def meta(self):
        return {
            "lang": self.lang, "page": self.slug, "service": self.service, "url": self.url,
            "known": self.known, "units": self.units, "labelled": self.labelled,
            "hidden_decoys": self.hidden_ai, "notes": self.notes,
        }

    def expect(self):
        return {
            "url": self.url, "lang": self.lang, "notes": self.notes,
            "ai_training": [{"label": x["label"], "sharing": x["sharing"]} for x in self.labelled],
        }
