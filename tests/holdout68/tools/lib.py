"""Page builder for the blind68 holdout set.

Every control is emitted through a Page method, which gives it an id, writes its HTML and
records it (kind, accessible name, state, whether it is an AI-training control, its sharing
value, its shape, and whether it sits inside a hiding wrapper).  gen.py turns the records into
the .expect.json files and tools/meta.json; check.py re-derives names, states and visibility
from the saved HTML on its own and compares.
"""
import html
from contextlib import contextmanager


def esc(s):
    return html.escape(s, quote=True)


def collapse(s):
    return " ".join(s.split())


# page chrome per language ----------------------------------------------------------------
UI = {
    "en": dict(search="Search settings", lang="Language", account="Account",
               menu=["Profile", "Billing", "Help", "Sign out"], nav="Settings",
               foot=["Privacy policy", "Terms", "Cookie preferences", "Contact"], rights="All rights reserved."),
    "de": dict(search="Einstellungen durchsuchen", lang="Sprache", account="Konto",
               menu=["Profil", "Abrechnung", "Hilfe", "Abmelden"], nav="Einstellungen",
               foot=["Datenschutz", "Impressum", "AGB", "Cookie-Einstellungen"], rights="Alle Rechte vorbehalten."),
    "fr": dict(search="Rechercher dans les paramètres", lang="Langue", account="Compte",
               menu=["Profil", "Facturation", "Aide", "Se déconnecter"], nav="Paramètres",
               foot=["Confidentialité", "Mentions légales", "CGU", "Gérer les cookies"], rights="Tous droits réservés."),
    "es": dict(search="Buscar en la configuración", lang="Idioma", account="Cuenta",
               menu=["Perfil", "Facturación", "Ayuda", "Cerrar sesión"], nav="Configuración",
               foot=["Privacidad", "Términos", "Aviso legal", "Cookies"], rights="Todos los derechos reservados."),
    "pt": dict(search="Buscar nas configurações", lang="Idioma", account="Conta",
               menu=["Perfil", "Pagamentos", "Ajuda", "Sair"], nav="Configurações",
               foot=["Privacidade", "Termos de uso", "Cookies", "Fale conosco"], rights="Todos os direitos reservados."),
    "it": dict(search="Cerca nelle impostazioni", lang="Lingua", account="Account",
               menu=["Profilo", "Fatturazione", "Assistenza", "Esci"], nav="Impostazioni",
               foot=["Privacy", "Termini", "Note legali", "Preferenze cookie"], rights="Tutti i diritti riservati."),
    "nl": dict(search="Instellingen doorzoeken", lang="Taal", account="Account",
               menu=["Profiel", "Facturering", "Help", "Uitloggen"], nav="Instellingen",
               foot=["Privacy", "Voorwaarden", "Cookies", "Contact"], rights="Alle rechten voorbehouden."),
}
LANG_OPTIONS = [("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"),
                ("pt", "Português (Brasil)"), ("it", "Italiano"), ("nl", "Nederlands")]

BASE_CSS = """
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,sans-serif;color:#1d1f23;background:#f6f7f9}
header.top{display:flex;gap:16px;align-items:center;padding:10px 24px;background:#fff;border-bottom:1px solid #e3e5e8}
header.top .brand{font-weight:700;margin-right:auto;text-decoration:none;color:inherit}
.layout{display:flex;max-width:1120px;margin:0 auto}
nav.side{width:230px;padding:24px 12px}nav.side ul{list-style:none;margin:0;padding:0}
nav.side a{display:block;padding:6px 10px;border-radius:6px;color:inherit;text-decoration:none}
nav.side a[aria-current]{background:#e8eefc;font-weight:600}
main{flex:1;padding:24px 32px}section{background:#fff;border:1px solid #e3e5e8;border-radius:10px;padding:16px 20px;margin:0 0 18px}
.setting{display:flex;flex-wrap:wrap;gap:6px 10px;align-items:center;padding:10px 0;border-top:1px solid #f0f1f3}
.hint{flex-basis:100%;margin:0;color:#5b6068;font-size:13px}
fieldset{border:0;padding:10px 0;margin:0}legend{font-weight:600}
.segmented button[aria-pressed=true],[role=radio][aria-checked=true]{background:#1d4ed8;color:#fff}
button[role=switch]{width:40px;height:22px;border-radius:11px;border:1px solid #9aa0a6;background:#d9dce0}
button[role=switch][aria-checked=true]{background:#1d4ed8}
.state-row{display:flex;justify-content:space-between;align-items:center;padding:10px 0;border-top:1px solid #f0f1f3}
.state-row h3{margin:0;font-size:15px}.status{margin:2px 0 0;color:#5b6068}
table.matrix{border-collapse:collapse;width:100%}table.matrix th,table.matrix td{padding:6px 8px;border-bottom:1px solid #eee;text-align:left}
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
footer{max-width:1120px;margin:0 auto;padding:24px;color:#5b6068;font-size:13px}footer a{color:inherit;margin-right:14px}
"""


class Page:
    def __init__(self, lang, slug, url, title, brand, notes, known=False, prefix="opt",
                 hide_class="is-hidden", menu=None, nav_label=None, search=None, account=None):
        self.lang, self.slug, self.url, self.title, self.brand = lang, slug, url, title, brand
        self.notes, self.known, self.prefix, self.hide_class = notes, known, prefix, hide_class
        ui = dict(UI[lang])
        if menu: ui["menu"] = menu
        if nav_label: ui["nav"] = nav_label
        if search: ui["search"] = search
        if account: ui["account"] = account
        self.ui = ui
        self.body = []
        self.records = []
        self.n = 0
        self.hide_stack = []
        self.in_section = False
        self.nav_items = []
        self.nav_cur = 0
        self.extra_css = ""

    # bookkeeping ------------------------------------------------------------------------
    def id(self, p=None):
        self.n += 1
        return f"{p or self.prefix}-{self.n}"

    def w(self, s):
        self.body.append(s)

    def rec(self, kind, uid, label, state, ai=None, sharing=None, shape=None, sub=None):
        hidden = self.hide_stack[-1] if self.hide_stack else None
        if ai is not None:
            assert shape in ("i", "v", "h", "p"), (self.slug, label)
            assert isinstance(sharing, bool)
        r = dict(kind=kind, sub=sub, id=uid, label=collapse(label), state=state,
                 ai=ai is not None, sharing=sharing if ai is not None else None,
                 shape=shape if ai is not None else None, hidden=hidden)
        self.records.append(r)
        return r

    @staticmethod
    def pol(ai, on):
        """ai '+': on means sharing; ai '-': on means not sharing (inverted wording)."""
        if ai is None:
            return None
        return bool(on) if ai == "+" else (not on)

    # structure ----------------------------------------------------------------------------
    def nav(self, items, cur=0):
        self.nav_items, self.nav_cur = items, cur

    def h1(self, text, intro=None):
        self.w(f"<h1>{esc(text)}</h1>")
        if intro:
            self.w(f'<p class="lede">{esc(intro)}</p>')

    def section(self, title, intro=None, level=2, sid=None):
        self.close_section()
        sid = sid or self.id("sec")
        self.w(f'<section aria-labelledby="{sid}-h"><h{level} id="{sid}-h">{esc(title)}</h{level}>')
        if intro:
            self.w(f'<p class="section-intro">{esc(intro)}</p>')
        self.in_section = True

    def close_section(self):
        if self.in_section:
            self.w("</section>")
            self.in_section = False

    def sub(self, title, intro=None):
        self.w(f"<h3>{esc(title)}</h3>")
        if intro:
            self.w(f'<p class="hint">{esc(intro)}</p>')

    def text(self, html_text):
        self.w(f"<p>{html_text}</p>")

    @contextmanager
    def details(self, summary, open_=False):
        self.w(f'<details{" open" if open_ else ""}><summary>{esc(summary)}</summary>')
        yield
        self.w("</details>")

    @contextmanager
    def hide(self, mech, title=None, opener=None):
        """Wrap controls so the person cannot see them.
        mech: hidden | display | class | aria | visibility | dialog"""
        if mech == "hidden":
            self.w('<div class="group" hidden>')
        elif mech == "display":
            self.w('<div class="group" style="display:none">')
        elif mech == "class":
            self.w(f'<div class="group {self.hide_class}">')
        elif mech == "aria":
            self.w('<div class="group" aria-hidden="true">')
        elif mech == "visibility":
            self.w('<div class="group" style="visibility: hidden">')
        elif mech == "dialog":
            did = self.id("dlg")
            if opener:
                self.button(opener, attrs=f'aria-haspopup="dialog" aria-controls="{did}"')
            self.w(f'<dialog id="{did}" aria-labelledby="{did}-t"><h2 id="{did}-t">{esc(title or "")}</h2>')
        else:
            raise ValueError(mech)
        self.hide_stack.append(mech)
        yield
        self.hide_stack.pop()
        if mech == "dialog":
            self.w("</dialog>")
        else:
            self.w("</div>")

    def tabs(self, names, active=0, label=None):
        tid = self.id("tabs")
        self.w(f'<div role="tablist"{f" aria-label={chr(34)}{esc(label)}{chr(34)}" if label else ""}>')
        for i, nm in enumerate(names):
            sel = "true" if i == active else "false"
            self.w(f'<button type="button" role="tab" id="{tid}-t{i}" aria-controls="{tid}-p{i}" '
                   f'aria-selected="{sel}" tabindex="{0 if i == active else -1}">{esc(nm)}</button>')
        self.w("</div>")
        return (tid, active)

    @contextmanager
    def panel(self, ts, i):
        tid, active = ts
        hid = "" if i == active else " hidden"
        self.w(f'<div role="tabpanel" id="{tid}-p{i}" aria-labelledby="{tid}-t{i}"{hid}>')
        if i != active:
            self.hide_stack.append("tab")
        yield
        if i != active:
            self.hide_stack.pop()
        self.w("</div>")

    # widgets ------------------------------------------------------------------------------
    def _help(self, uid, help, desc):
        if not help:
            return "", ""
        hid = f"{uid}-hint"
        attr = f' aria-describedby="{hid}"' if desc else ""
        return attr, f'<p class="hint" id="{hid}">{esc(help)}</p>'

    def cb(self, label, on=False, help=None, ai=None, shape=None, switch=False, wrap=False,
           desc=True, name_html=None):
        uid = self.id()
        dattr, hhtml = self._help(uid, help, desc)
        role = ' role="switch"' if switch else ""
        chk = " checked" if on else ""
        inp = f'<input type="checkbox" id="{uid}" name="{uid}"{role}{chk}{dattr}>'
        lab = name_html or esc(label)
        if wrap:
            self.w(f'<div class="setting"><label class="check">{inp} <span>{lab}</span></label>{hhtml}</div>')
        else:
            self.w(f'<div class="setting">{inp}<label for="{uid}">{lab}</label>{hhtml}</div>')
        self.rec("switch" if switch else "checkbox", uid, label, bool(on), ai, self.pol(ai, on), shape,
                 sub="wrapped" if wrap else "for")
        return uid

    def switch(self, label, on=False, **kw):
        return self.cb(label, on=on, switch=True, **kw)

    def radios(self, legend, options, sel, help=None, ai=None, shape=None, desc=True):
        """options: list of (text, sharing_flag_or_None)"""
        uid = self.id()
        dattr, hhtml = self._help(uid, help, desc)
        self.w(f'<fieldset class="setting" id="{uid}"{dattr}><legend>{esc(legend)}</legend>{hhtml}')
        for i, (t, _) in enumerate(options):
            chk = " checked" if i == sel else ""
            self.w(f'<label class="radio"><input type="radio" name="{uid}" value="{i}"{chk}> {esc(t)}</label>')
        self.w("</fieldset>")
        sh = options[sel][1] if ai else None
        self.rec("radio-fieldset", uid, legend, options[sel][0], ai, sh, shape)
        return uid

    def radiogroup(self, name, options, sel, help=None, ai=None, shape=None, by="labelledby", desc=True):
        uid = self.id()
        dattr, hhtml = self._help(uid, help, desc)
        if by == "labelledby":
            self.w(f'<div class="setting"><span class="setting-title" id="{uid}-lbl">{esc(name)}</span>'
                   f'<div role="radiogroup" id="{uid}" aria-labelledby="{uid}-lbl"{dattr} class="choice">')
        else:
            self.w(f'<div class="setting"><span class="setting-title" aria-hidden="true">{esc(name)}</span>'
                   f'<div role="radiogroup" id="{uid}" aria-label="{esc(name)}"{dattr} class="choice">')
        for i, (t, _) in enumerate(options):
            c = "true" if i == sel else "false"
            self.w(f'<div role="radio" aria-checked="{c}" tabindex="{0 if i == sel else -1}">{esc(t)}</div>')
        self.w(f"</div>{hhtml}</div>")
        sh = options[sel][1] if ai else None
        self.rec("radiogroup", uid, name, options[sel][0], ai, sh, shape, sub=by)
        return uid

    def pressed(self, name, options, sel, help=None, ai=None, shape=None, desc=True):
        uid = self.id()
        dattr, hhtml = self._help(uid, help, desc)
        self.w(f'<div class="setting"><span class="setting-title" id="{uid}-lbl">{esc(name)}</span>'
               f'<div role="group" class="segmented" id="{uid}" aria-labelledby="{uid}-lbl"{dattr}>')
        for i, (t, _) in enumerate(options):
            c = "true" if i == sel else "false"
            self.w(f'<button type="button" aria-pressed="{c}">{esc(t)}</button>')
        self.w(f"</div>{hhtml}</div>")
        sh = options[sel][1] if ai else None
        self.rec("pressed", uid, name, options[sel][0], ai, sh, shape)
        return uid

    def select(self, label, options, sel, help=None, ai=None, shape=None, desc=True):
        uid = self.id()
        dattr, hhtml = self._help(uid, help, desc)
        self.w(f'<div class="setting"><label for="{uid}">{esc(label)}</label><select id="{uid}" name="{uid}"{dattr}>')
        for i, (t, _) in enumerate(options):
            s = " selected" if i == sel else ""
            self.w(f'<option value="{i}"{s}>{esc(t)}</option>')
        self.w(f"</select>{hhtml}</div>")
        sh = options[sel][1] if ai else None
        self.rec("select", uid, label, options[sel][0], ai, sh, shape)
        return uid

    def bswitch(self, label, on=False, help=None, ai=None, shape=None, by="aria-label", desc=True, visible=None):
        """<button role=switch aria-checked>. by: aria-label | labelledby | text"""
        uid = self.id()
        dattr, hhtml = self._help(uid, help, desc)
        c = "true" if on else "false"
        if by == "aria-label":
            vis = esc(visible if visible is not None else label)
            self.w(f'<div class="setting"><span class="setting-title">{vis}</span>'
                   f'<button type="button" role="switch" id="{uid}" aria-checked="{c}" aria-label="{esc(label)}"{dattr}>'
                   f'<span class="knob"></span></button>{hhtml}</div>')
        elif by == "labelledby":
            self.w(f'<div class="setting"><span class="setting-title" id="{uid}-lbl">{esc(label)}</span>'
                   f'<button type="button" role="switch" id="{uid}" aria-checked="{c}" aria-labelledby="{uid}-lbl"{dattr}>'
                   f'<span class="knob"></span></button>{hhtml}</div>')
        else:
            self.w(f'<div class="setting"><button type="button" role="switch" id="{uid}" class="switch-row" '
                   f'aria-checked="{c}"{dattr}>{esc(label)}</button>{hhtml}</div>')
        self.rec("button-switch", uid, label, bool(on), ai, self.pol(ai, on), shape, sub=by)
        return uid

    def staterow(self, title, status, action, sharing=None, ai=None, shape=None, suffix=None, help=None):
        """A status text plus an action button. With suffix, the button carries a visually hidden
        suffix; otherwise it is named by aria-labelledby="<button> <title>"."""
        uid = self.id()
        tid = f"{uid}-title"
        self.w(f'<div class="state-row"><div><h3 id="{tid}">{esc(title)}</h3>'
               f'<p class="status" id="{uid}-status">{esc(status)}</p>')
        if help:
            self.w(f'<p class="hint">{esc(help)}</p>')
        self.w("</div>")
        if suffix is not None:
            self.w(f'<button type="button" id="{uid}">{esc(action)}<span class="visually-hidden"> {esc(suffix)}</span></button></div>')
            label = f"{action} {suffix}"
            sub = "suffix"
        else:
            self.w(f'<button type="button" id="{uid}" aria-labelledby="{uid} {tid}">{esc(action)}</button></div>')
            label = f"{action} {title}"
            sub = "labelledby"
        self.rec("state-row", uid, label, None, ai, sharing if ai else None, shape, sub=sub)
        return uid

    def table(self, caption, cols, rows, cells, ai_cols=None, shape=None, labelled=True, corner=""):
        """cols: column header texts; rows: row header texts; cells[r][c]: bool checked.
        ai_cols: {col_index: '+'|'-'} columns whose checkboxes are AI-training controls."""
        ai_cols = ai_cols or {}
        tid = self.id("tbl")
        self.w(f'<table class="matrix" id="{tid}"><caption>{esc(caption)}</caption><thead><tr>'
               f'<td>{esc(corner)}</td>')
        for ci, c in enumerate(cols):
            self.w(f'<th scope="col" id="{tid}-c{ci}">{esc(c)}</th>')
        self.w("</tr></thead><tbody>")
        for ri, r in enumerate(rows):
            self.w(f'<tr><th scope="row" id="{tid}-r{ri}">{esc(r)}</th>')
            for ci, c in enumerate(cols):
                uid = f"{tid}-{ri}-{ci}"
                on = cells[ri][ci]
                lb = f' aria-labelledby="{tid}-r{ri} {tid}-c{ci}"' if labelled else ""
                self.w(f'<td><input type="checkbox" id="{uid}" name="{uid}"{lb}{" checked" if on else ""}></td>')
                ai = ai_cols.get(ci)
                self.rec("table-cell", uid, f"{r} {c}", bool(on), ai, self.pol(ai, on),
                         shape if ai else None, sub="labelledby" if labelled else "headers")
            self.w("</tr>")
        self.w("</tbody></table>")

    def button(self, text, attrs=""):
        uid = self.id("btn")
        self.w(f'<div class="setting action"><button type="button" id="{uid}" {attrs}>{esc(text)}</button></div>')
        self.rec("button", uid, text, None)
        return uid

    def field(self, label, value="", type_="text", help=None):
        uid = self.id()
        dattr, hhtml = self._help(uid, help, True)
        self.w(f'<div class="setting"><label for="{uid}">{esc(label)}</label>'
               f'<input type="{type_}" id="{uid}" name="{uid}" value="{esc(value)}"{dattr}>{hhtml}</div>')
        self.rec("field", uid, label, value)
        return uid

    # output -----------------------------------------------------------------------------------
    def render(self):
        self.close_section()
        assert not self.hide_stack
        ui = self.ui
        css = BASE_CSS + f".{self.hide_class}{{display:none}}\n" + self.extra_css
        langopts = "".join(
            f'<option value="{c}"{" selected" if c == self.lang else ""}>{esc(n)}</option>' for c, n in LANG_OPTIONS)
        menu = "".join(f'<li role="none"><a role="menuitem" href="#">{esc(m)}</a></li>' for m in ui["menu"])
        nav = "".join(
            f'<li><a href="#"{" aria-current=" + chr(34) + "page" + chr(34) if i == self.nav_cur else ""}>{esc(t)}</a></li>'
            for i, t in enumerate(self.nav_items))
        foot = "".join(f'<a href="#">{esc(f)}</a>' for f in ui["foot"])
        out = [
            "<!DOCTYPE html>",
            f"<!-- saved from url=({len(self.url):04d}){self.url} -->",
            f'<html lang="{self.lang}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{esc(self.title)}</title>",
            f"<style>{css}</style>",
            "</head>",
            "<body>",
            '<header class="top">',
            f'<a class="brand" href="#">{esc(self.brand)}</a>',
            f'<form role="search" class="search"><input type="search" id="q" name="q" aria-label="{esc(ui["search"])}" placeholder="{esc(ui["search"])}"></form>',
            f'<select id="site-lang" name="site-lang" aria-label="{esc(ui["lang"])}">{langopts}</select>',
            f'<button type="button" id="account-button" aria-haspopup="menu" aria-expanded="false" aria-controls="account-menu">{esc(ui["account"])}</button>',
            f'<ul id="account-menu" role="menu" aria-labelledby="account-button" hidden>{menu}</ul>',
            "</header>",
            '<div class="layout">',
            f'<nav class="side" aria-label="{esc(ui["nav"])}"><ul>{nav}</ul></nav>',
            "<main>",
            "\n".join(self.body),
            "</main>",
            "</div>",
            f"<footer>{foot}<p>© 2025 {esc(self.brand)}. {esc(ui['rights'])}</p></footer>",
            "</body>",
            "</html>",
            "",
        ]
        return "\n".join(out)

    def expect(self):
        return {
            "url": self.url,
            "lang": self.lang,
            "notes": self.notes,
            "ai_training": [dict(label=r["label"], sharing=r["sharing"])
                            for r in self.records if r["ai"] and not r["hidden"]],
        }

    def meta(self):
        vis = [r for r in self.records if not r["hidden"]]
        return dict(lang=self.lang, slug=self.slug, url=self.url, brand=self.brand, known=self.known,
                    notes=self.notes, units_visible=len(vis), records=self.records)
