"""Page builder for holdout77: widgets, hidden blocks, label bookkeeping."""
import html as _h

METHODS = ["hidden-attr", "inline-display-none", "css-class", "aria-hidden",
           "visibility-hidden", "closed-dialog", "inactive-tab"]
KINDS = ["checkbox", "switch", "radio-fieldset", "radiogroup", "segmented", "select",
         "button-switch", "state-row", "table-cell"]

CSS = """body{font-family:system-ui,sans-serif;margin:0;color:#1d2330}
header.top{display:flex;gap:1rem;align-items:center;padding:.6rem 1rem;border-bottom:1px solid #dde}
.layout{display:flex}nav.side{width:15rem;padding:1rem}nav.side ul{list-style:none;padding:0}
main{flex:1;padding:1rem 2rem;max-width:52rem}section{margin:1.5rem 0}
.row{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.6rem 0}
.help{color:#5a6172;font-size:.9em;margin:.2rem 0 .2rem 1.6rem;flex-basis:100%}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.staterow{display:flex;gap:1rem;align-items:center;border:1px solid #e3e6ee;border-radius:6px;padding:.6rem}
.status{font-weight:600}table{border-collapse:collapse}td,th{padding:.3rem .6rem;border-bottom:1px solid #eee}
footer{border-top:1px solid #dde;padding:1rem;font-size:.85em}
[role=tablist]{display:flex;gap:.3rem}[aria-pressed=true]{background:#dfe8ff}
"""
HIDE_CLASS = {"css-class": "is-folded"}


def esc(s):
    return _h.escape(s, quote=True)


class Page:
    def __init__(self, lang, name, url, service, title, chrome, nav, known=False, notes="",
                 hide=None):
        self.lang, self.name, self.url, self.service, self.title = lang, name, url, service, title
        self.chrome, self.nav, self.known, self.notes = chrome, nav, known, notes
        self.hide_method = hide
        self.buf = []
        self.n = 0
        self.labels = []
        self.hidden_ai = []
        self.units = 0
        self.hidden_units = 0
        self.in_hidden = None
        self.in_section = False
        self.css_hide_class = "is-folded"

    # ---------- helpers
    def id(self, p="c"):
        self.n += 1
        return f"{p}{self.n}"

    def w(self, s):
        self.buf.append(s)

    def sec(self, heading, intro=None, level=2):
        self.endsec()
        hid = self.id("h")
        self.w(f'<section aria-labelledby="{hid}"><h{level} id="{hid}">{esc(heading)}</h{level}>')
        if intro:
            self.w(f'<p class="intro">{esc(intro)}</p>')
        self.in_section = True

    def sub(self, heading, intro=None):
        self.w(f'<h3>{esc(heading)}</h3>')
        if intro:
            self.w(f'<p class="intro">{esc(intro)}</p>')

    def para(self, text):
        self.w(f'<p>{esc(text)}</p>')

    def endsec(self):
        if self.in_section:
            self.w('</section>')
            self.in_section = False

    def _reg(self, name, kind, ai, sharing):
        if self.in_hidden:
            self.hidden_units += 1
        else:
            self.units += 1
        if ai is None and self.in_hidden:
            ai = "hidden"
        if ai is None:
            return
        name = " ".join(name.split())
        rec = {"label": name, "sharing": bool(sharing), "shape": ai, "kind": kind}
        if getattr(self, "in_details", False):
            rec["in_closed_details"] = True
        if self.in_hidden:
            self.hidden_ai.append(rec)
        else:
            self.labels.append(rec)

    def _help(self, cid, help):
        if not help:
            return "", ""
        hid = cid + "-d"
        return f' aria-describedby="{hid}"', f'<p class="help" id="{hid}">{esc(help)}</p>'

    @staticmethod
    def _share(state, ai, share):
        if share is not None:
            return share
        return (not state) if ai == "i" else bool(state)

    # ---------- widgets
    def cb(self, name, checked, help=None, wrap=False, ai=None, share=None, kind="checkbox",
           role=""):
        cid = self.id()
        d, hp = self._help(cid, help)
        ch = " checked" if checked else ""
        r = f' role="{role}"' if role else ""
        if wrap:
            self.w(f'<div class="row"><label><input type="checkbox" id="{cid}"{r}{ch}{d}> '
                   f'{esc(name)}</label>{hp}</div>')
        else:
            self.w(f'<div class="row"><input type="checkbox" id="{cid}"{r}{ch}{d}>'
                   f'<label for="{cid}">{esc(name)}</label>{hp}</div>')
        self._reg(name, kind, ai, self._share(checked, ai, share))

    def sw(self, name, checked, help=None, wrap=False, ai=None, share=None):
        self.cb(name, checked, help, wrap, ai, share, kind="switch", role="switch")

    def radios(self, legend, options, sel, help=None, ai=None):
        """options: list of (text, shares)"""
        cid = self.id("r")
        d, hp = self._help(cid, help)
        out = [f'<fieldset id="{cid}"{d}><legend>{esc(legend)}</legend>']
        for i, (t, _) in enumerate(options):
            ch = " checked" if i == sel else ""
            out.append(f'<div class="row"><label><input type="radio" name="{cid}" value="{i}"{ch}> '
                       f'{esc(t)}</label></div>')
        out.append(hp + '</fieldset>')
        self.w("".join(out))
        self._reg(legend, "radio-fieldset", ai, options[sel][1])

    def rgroup(self, title, options, sel, help=None, ai=None):
        cid = self.id("g")
        d, hp = self._help(cid, help)
        out = [f'<div class="row"><span id="{cid}-t" class="title">{esc(title)}</span>'
               f'<div role="radiogroup" aria-labelledby="{cid}-t"{d}>']
        for i, (t, _) in enumerate(options):
            out.append(f'<div role="radio" aria-checked="{"true" if i == sel else "false"}" '
                       f'tabindex="{0 if i == sel else -1}">{esc(t)}</div>')
        out.append('</div>' + hp + '</div>')
        self.w("".join(out))
        self._reg(title, "radiogroup", ai, options[sel][1])

    def seg(self, title, options, sel, help=None, ai=None):
        cid = self.id("s")
        d, hp = self._help(cid, help)
        out = [f'<div class="row"><span id="{cid}-t" class="title">{esc(title)}</span>'
               f'<div role="group" aria-labelledby="{cid}-t"{d}>']
        for i, (t, _) in enumerate(options):
            out.append(f'<button type="button" aria-pressed="{"true" if i == sel else "false"}">'
                       f'{esc(t)}</button>')
        out.append('</div>' + hp + '</div>')
        self.w("".join(out))
        self._reg(title, "segmented", ai, options[sel][1])

    def sel(self, label, options, sel, help=None, ai=None):
        cid = self.id("sel")
        d, hp = self._help(cid, help)
        out = [f'<div class="row"><label for="{cid}">{esc(label)}</label><select id="{cid}"{d}>']
        for i, (t, _) in enumerate(options):
            out.append(f'<option value="{i}"{" selected" if i == sel else ""}>{esc(t)}</option>')
        out.append('</select>' + hp + '</div>')
        self.w("".join(out))
        self._reg(label, "select", ai, options[sel][1] if ai else False)

    def bsw(self, name, on, help=None, naming="text", visible=None, ai=None, share=None):
        """button role=switch. naming: text | label | labelledby"""
        cid = self.id("b")
        d, hp = self._help(cid, help)
        st = "true" if on else "false"
        if naming == "text":
            self.w(f'<div class="row"><button type="button" role="switch" aria-checked="{st}" '
                   f'id="{cid}"{d}>{esc(name)}</button>{hp}</div>')
        elif naming == "label":
            vis = visible or name
            self.w(f'<div class="row"><span class="title">{esc(vis)}</span><button type="button" '
                   f'role="switch" aria-checked="{st}" aria-label="{esc(name)}" id="{cid}"{d}>'
                   f'<span class="knob"></span></button>{hp}</div>')
        else:
            self.w(f'<div class="row"><span id="{cid}-t" class="title">{esc(name)}</span>'
                   f'<button type="button" role="switch" aria-checked="{st}" '
                   f'aria-labelledby="{cid}-t" id="{cid}"{d}><span class="knob"></span></button>'
                   f'{hp}</div>')
        self._reg(name, "button-switch", ai, self._share(on, ai, share))

    def state(self, title, status, action, on, help=None, suffix=None, ai=None, share=None):
        """State row: title + status text + action button.
        suffix given -> button named 'action' + visually hidden suffix; else
        aria-labelledby='<button id> <title id>'."""
        cid = self.id("st")
        d, hp = self._help(cid, help)
        if suffix:
            btn = (f'<button type="button" id="{cid}-b"{d}>{esc(action)}'
                   f'<span class="vh"> {esc(suffix)}</span></button>')
            name = f"{action} {suffix}"
        else:
            btn = (f'<button type="button" id="{cid}-b" aria-labelledby="{cid}-b {cid}-t"{d}>'
                   f'{esc(action)}</button>')
            name = f"{action} {title}"
        self.w(f'<div class="staterow"><span class="title" id="{cid}-t">{esc(title)}</span>'
               f'<span class="status">{esc(status)}</span>{btn}</div>{hp}')
        self._reg(name, "state-row", ai, self._share(on, ai, share))

    def table(self, caption, cols, rows, ai=None, intro=None):
        """rows: list of (row header, [checked...]); ai: {(r, c): (shape, share or None)}"""
        ai = ai or {}
        tid = self.id("t")
        out = []
        if intro:
            out.append(f'<p>{esc(intro)}</p>')
        out.append(f'<table><caption>{esc(caption)}</caption><thead><tr><td></td>')
        for j, c in enumerate(cols):
            out.append(f'<th scope="col" id="{tid}-c{j}">{esc(c)}</th>')
        out.append('</tr></thead><tbody>')
        regs = []
        for i, (rh, states) in enumerate(rows):
            out.append(f'<tr><th scope="row" id="{tid}-r{i}">{esc(rh)}</th>')
            for j, stt in enumerate(states):
                out.append(f'<td><input type="checkbox" aria-labelledby="{tid}-r{i} {tid}-c{j}"'
                           f'{" checked" if stt else ""}></td>')
                if (i, j) in ai:
                    shape, share = ai[(i, j)]
                    regs.append((f"{rh} {cols[j]}", shape, self._share(stt, shape, share)))
                else:
                    regs.append((None, None, None))
            out.append('</tr>')
        out.append('</tbody></table>')
        self.w("".join(out))
        for name, shape, sh in regs:
            self._reg(name or "", "table-cell", shape, sh)

    def btn(self, text, help=None):
        cid = self.id("a")
        d, hp = self._help(cid, help)
        self.w(f'<div class="row"><button type="button" id="{cid}"{d}>{esc(text)}</button>{hp}</div>')
        self._reg(text, "button", None, None)

    def link(self, text, href="#", help=None):
        self.w(f'<div class="row"><a href="{esc(href)}">{esc(text)}</a>'
               + (f'<p class="help">{esc(help)}</p>' if help else "") + '</div>')
        self._reg(text, "link", None, None)

    def text(self, label, value="", help=None, typ="text"):
        cid = self.id("i")
        d, hp = self._help(cid, help)
        self.w(f'<div class="row"><label for="{cid}">{esc(label)}</label>'
               f'<input type="{typ}" id="{cid}" value="{esc(value)}"{d}>{hp}</div>')
        self._reg(label, "text", None, None)

    def details(self, summary):
        self.in_details = True
        self.w(f'<details><summary>{esc(summary)}</summary>')

    def enddetails(self):
        self.in_details = False
        self.w('</details>')

    # ---------- hidden blocks
    def hide(self, active_tab=None, hidden_tab=None, dialog_title=None):
        m = self.hide_method
        self.in_hidden = m
        if m == "hidden-attr":
            self.w('<div class="panel" hidden>')
        elif m == "inline-display-none":
            self.w('<div class="panel" style="display:none">')
        elif m == "css-class":
            self.w(f'<div class="panel {self.css_hide_class}">')
        elif m == "aria-hidden":
            self.w('<div class="panel" aria-hidden="true">')
        elif m == "visibility-hidden":
            self.w('<div class="panel" style="visibility:hidden">')
        elif m == "closed-dialog":
            did = self.id("dlg")
            self.w(f'<dialog id="{did}" aria-labelledby="{did}-t"><h2 id="{did}-t">'
                   f'{esc(dialog_title or "…")}</h2>')
        elif m == "inactive-tab":
            tid = self.id("tab")
            self.w(f'<div role="tablist"><button type="button" role="tab" id="{tid}-1" '
                   f'aria-selected="true" aria-controls="{tid}-p1">{esc(active_tab)}</button>'
                   f'<button type="button" role="tab" id="{tid}-2" aria-selected="false" '
                   f'aria-controls="{tid}-p2" tabindex="-1">{esc(hidden_tab)}</button></div>'
                   f'<div role="tabpanel" id="{tid}-p1" aria-labelledby="{tid}-1">')
            self._tid = tid
            self.in_hidden = None  # active panel content is visible
            self.units += 2  # the two tabs
        else:
            raise ValueError(m)

    def tab_next(self):
        tid = self._tid
        self.w(f'</div><div role="tabpanel" id="{tid}-p2" aria-labelledby="{tid}-2" hidden>')
        self.in_hidden = "inactive-tab"

    def unhide(self):
        m = self.hide_method
        self.w('</dialog>' if m == "closed-dialog" else '</div>')
        self.in_hidden = None

    def dialog_opener(self, text):
        self.btn(text)

    # ---------- render
    def render(self):
        self.endsec()
        c = self.chrome
        url = self.url
        langs = c["langs"]
        lang_opts = "".join(f'<option{" selected" if i == 0 else ""}>{esc(x)}</option>'
                            for i, x in enumerate(langs))
        menu = "".join(f'<li role="menuitem" tabindex="-1">{esc(x)}</li>' for x in c["menu"])
        cur = ' aria-current="page"'
        nav = "".join(
            f'<li><a href="#"{cur if i == 0 else ""}>{esc(x)}</a></li>'
            for i, x in enumerate(self.nav))
        foot = " · ".join(f'<a href="#">{esc(x)}</a>' for x in c["footer"])
        css = CSS + f".{self.css_hide_class}{{display:none}}\n.is-open{{display:block}}\n"
        return (
            "<!DOCTYPE html>\n"
            f"<!-- saved from url=({len(url):04d}){url} -->\n"
            f'<html lang="{self.lang_attr}"><head><meta charset="utf-8">'
            f'<title>{esc(self.title)} – {esc(self.service)}</title>\n<style>\n{css}</style></head>\n<body>\n'
            f'<header class="top"><a class="logo" href="/">{esc(self.service)}</a>'
            f'<form role="search" action="#"><input type="search" name="q" '
            f'aria-label="{esc(c["search"])}" placeholder="{esc(c["search"])}"></form>'
            f'<label class="vh" for="ui-lang">{esc(c["lang"])}</label><select id="ui-lang">{lang_opts}</select>'
            f'<div class="account"><button type="button" aria-haspopup="menu" aria-expanded="false" '
            f'aria-controls="acct-menu">{esc(c["account"])}</button>'
            f'<ul id="acct-menu" role="menu" hidden>{menu}</ul></div></header>\n'
            f'<div class="layout"><nav class="side" aria-label="{esc(c["nav"])}"><ul>{nav}</ul></nav>\n'
            f'<main><h1>{esc(self.title)}</h1>\n' + "\n".join(self.buf) +
            f'\n</main></div>\n<footer>{foot}</footer>\n</body></html>\n')

    @property
    def lang_attr(self):
        return "pt-BR" if self.lang == "pt" else self.lang

    def expect(self):
        shapes = ",".join(sorted({l["shape"] for l in self.labels}))
        notes = (self.notes + f" Shapes: {shapes}. One more ai-training control is hidden "
                 f"({self.hide_method}) and not listed.").strip()
        return {"url": self.url, "lang": self.lang, "notes": notes,
                "ai_training": [{"label": l["label"], "sharing": l["sharing"]}
                                for l in self.labels]}

    def meta(self):
        return {"page": f"{self.lang}/{self.name}", "url": self.url, "known": self.known,
                "hide_method": self.hide_method, "units": self.units,
                "labels": self.labels, "hidden_ai": self.hidden_ai}


REG = []


def page(lang, name, url, service, title, nav, known=False, notes=""):
    def deco(fn):
        REG.append(dict(lang=lang, name=name, url=url, service=service, title=title, nav=nav,
                        known=known, notes=notes, fn=fn))
        return fn
    return deco


def take(P, pool, idxs):
    for i in idxs:
        pool[i](P)
