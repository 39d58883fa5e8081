"""Page builder for holdout79 (blind79). Widgets return Frag objects that carry
their HTML, the AI-training records they contain and the number of control units."""
import html as _h, itertools, json, re

def esc(s):
    return _h.escape(s, quote=True)

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

METHODS = ["hidden", "display", "class", "aria", "visibility", "dialog", "tab"]

class Frag:
    def __init__(self, html, recs=None, units=0, css=None):
        self.html, self.recs, self.units = html, list(recs or []), units
        self.css = list(css or [])

def join(*frags, sep="\n"):
    fr = [f for f in frags if f is not None]
    return Frag(sep.join(f.html for f in fr), [r for f in fr for r in f.recs],
                sum(f.units for f in fr), [c for f in fr for c in f.css])

_ids = itertools.count(1)
def nid(prefix):
    return f"{prefix}{next(_ids)}"
def reset_ids():
    global _ids
    _ids = itertools.count(1)

def _rec(ai, name, kind, checked=None):
    if ai is None:
        return []
    dn = False
    if isinstance(ai, str):
        shape = ai
        sharing = (not checked) if shape == "i" else bool(checked)
    else:
        shape, sharing = ai[0], ai[1]
        dn = "dn" in ai[2:]
    assert shape in "ivhp" and isinstance(sharing, bool), (ai, name)
    return [dict(label=norm(name), sharing=sharing, shape=shape, kind=kind, dn=dn,
                 hidden=None, collapsed=False)]

def _help(text, hid):
    return f'\n  <p class="help" id="{hid}">{esc(text)}</p>' if text else ""

def _db(hid):
    return f' aria-describedby="{hid}"' if hid else ""

def _note(note):
    return f'\n  <p class="note">{esc(note)}</p>' if note else ""

# ---------------------------------------------------------------- widgets
def cb(label, checked=False, help=None, ai=None, wrap=False, switch=False, note=None, disabled=False):
    i = nid("c"); hid = i + "-h" if help else None
    attrs = (f'type="checkbox" id="{i}" name="{i}"' + (' role="switch"' if switch else "")
             + (" checked" if checked else "") + (" disabled" if disabled else "") + _db(hid))
    if wrap:
        body = f'<label class="check"><input {attrs}> <span>{esc(label)}</span></label>'
    else:
        body = f'<input {attrs}>\n  <label for="{i}">{esc(label)}</label>'
    html = f'<div class="setting{" toggle" if switch else ""}">\n  {body}{_help(help, hid)}{_note(note)}\n</div>'
    return Frag(html, _rec(ai, label, "switch" if switch else "checkbox", checked), 1)

def sw(label, checked=False, **k):
    return cb(label, checked, switch=True, **k)

def radios(legend, options, sel=0, help=None, ai=None, note=None):
    g = nid("r"); hid = g + "-h" if help else None
    items = "\n  ".join(
        f'<label class="radio"><input type="radio" name="{g}" id="{g}-{k}" value="{k}"'
        f'{" checked" if k == sel else ""}> {esc(o)}</label>' for k, o in enumerate(options))
    html = (f'<fieldset class="setting" id="{g}"{_db(hid)}>\n  <legend>{esc(legend)}</legend>\n  {items}'
            f'{_help(help, hid)}{_note(note)}\n</fieldset>')
    return Frag(html, _rec(ai, legend, "radio-fieldset"), 1)

def radiogroup(title, options, sel=0, help=None, ai=None, note=None):
    g = nid("rg"); t = g + "-t"; hid = g + "-h" if help else None
    items = "\n    ".join(
        f'<div role="radio" class="choice" aria-checked="{"true" if k == sel else "false"}" '
        f'tabindex="{0 if k == sel else -1}">{esc(o)}</div>' for k, o in enumerate(options))
    html = (f'<div class="setting">\n  <p class="setting-title" id="{t}">{esc(title)}</p>\n'
            f'  <div role="radiogroup" aria-labelledby="{t}"{_db(hid)}>\n    {items}\n  </div>'
            f'{_help(help, hid)}{_note(note)}\n</div>')
    return Frag(html, _rec(ai, title, "radiogroup"), 1)

def segmented(title, options, sel=0, help=None, ai=None, note=None):
    g = nid("sg"); t = g + "-t"; hid = g + "-h" if help else None
    items = "".join(f'<button type="button" aria-pressed="{"true" if k == sel else "false"}">{esc(o)}</button>'
                    for k, o in enumerate(options))
    html = (f'<div class="setting">\n  <span class="setting-title" id="{t}">{esc(title)}</span>\n'
            f'  <div role="group" class="segmented" aria-labelledby="{t}"{_db(hid)}>{items}</div>'
            f'{_help(help, hid)}{_note(note)}\n</div>')
    return Frag(html, _rec(ai, title, "segmented"), 1)

def select(label, options, sel=0, help=None, ai=None, note=None):
    i = nid("s"); hid = i + "-h" if help else None
    opts = "".join(f'<option value="{k}"{" selected" if k == sel else ""}>{esc(o)}</option>'
                   for k, o in enumerate(options))
    html = (f'<div class="setting">\n  <label for="{i}">{esc(label)}</label>\n'
            f'  <select id="{i}" name="{i}"{_db(hid)}>{opts}</select>{_help(help, hid)}{_note(note)}\n</div>')
    return Frag(html, _rec(ai, label, "select"), 1)

def bsw(name, checked=False, naming="label", help=None, ai=None, title=None, note=None):
    """button role=switch; naming: label (aria-label), by (aria-labelledby), text (content)."""
    i = nid("b"); t = i + "-t"; hid = i + "-h" if help else None
    st = f'role="switch" aria-checked="{"true" if checked else "false"}"'
    if naming == "label":
        body = (f'<span class="setting-title">{esc(title or name)}</span>\n'
                f'  <button type="button" class="switch" id="{i}" {st} aria-label="{esc(name)}"{_db(hid)}><span class="knob"></span></button>')
    elif naming == "by":
        body = (f'<span class="setting-title" id="{t}">{esc(name)}</span>\n'
                f'  <button type="button" class="switch" id="{i}" {st} aria-labelledby="{t}"{_db(hid)}><span class="knob"></span></button>')
    else:
        body = (f'<button type="button" class="switch-text" id="{i}" {st}{_db(hid)}>'
                f'<span class="knob" aria-hidden="true"></span> {esc(name)}</button>')
    html = f'<div class="setting row">\n  {body}{_help(help, hid)}{_note(note)}\n</div>'
    return Frag(html, _rec(ai, name, "button-switch", checked), 1)

def staterow(title, status, action, naming="by", suffix=None, help=None, ai=None, note=None):
    """status text + action button; naming by: aria-labelledby=<btn> <title>; sr: hidden suffix."""
    i = nid("st"); t = i + "-t"; hid = i + "-h" if help else None
    if naming == "by":
        btn = f'<button type="button" class="action" id="{i}" aria-labelledby="{i} {t}"{_db(hid)}>{esc(action)}</button>'
        name = f"{action} {title}"
    else:
        btn = (f'<button type="button" class="action" id="{i}"{_db(hid)}>{esc(action)}'
               f'<span class="sr-only"> {esc(suffix)}</span></button>')
        name = f"{action} {suffix}"
    html = (f'<div class="setting state-row">\n  <div class="state-text"><p class="setting-title" id="{t}">{esc(title)}</p>'
            f'\n  <p class="status">{esc(status)}</p></div>\n  {btn}{_help(help, hid)}{_note(note)}\n</div>')
    return Frag(html, _rec(ai, name, "state-row"), 1)

def table(caption, cols, rows, help=None, note=None):
    """rows: [(row header, [cell,...])], cell = bool or (bool, ai)."""
    g = nid("t"); hid = g + "-h" if help else None
    cids = [f"{g}-c{k}" for k in range(len(cols))]
    head = "".join(f'<th scope="col" id="{c}">{esc(n)}</th>' for c, n in zip(cids, cols))
    body, recs, units = [], [], 0
    for r, (rh, cells) in enumerate(rows):
        rid = f"{g}-r{r}"
        tds = []
        for k, cell in enumerate(cells):
            checked, ai = (cell, None) if isinstance(cell, bool) else cell
            tds.append(f'<td><input type="checkbox" aria-labelledby="{rid} {cids[k]}"{" checked" if checked else ""}></td>')
            recs += _rec(ai, f"{rh} {cols[k]}", "table", checked)
            units += 1
        body.append(f'<tr><th scope="row" id="{rid}">{esc(rh)}</th>{"".join(tds)}</tr>')
    html = (f'<table class="matrix"{_db(hid)}>\n  <caption>{esc(caption)}</caption>\n  <thead><tr><td></td>{head}</tr></thead>\n'
            f'  <tbody>\n  ' + "\n  ".join(body) + f'\n  </tbody>\n</table>{_help(hid and help, hid)}{_note(note)}')
    return Frag(html, recs, units)

def button(text, help=None, note=None, cls="secondary"):
    i = nid("a"); hid = i + "-h" if help else None
    html = (f'<div class="setting action-row">\n  <button type="button" class="{cls}" id="{i}"{_db(hid)}>{esc(text)}</button>'
            f'{_help(help, hid)}{_note(note)}\n</div>')
    return Frag(html, [], 1)

def textfield(label, value="", help=None, kind="text"):
    i = nid("f"); hid = i + "-h" if help else None
    html = (f'<div class="setting">\n  <label for="{i}">{esc(label)}</label>\n'
            f'  <input type="{kind}" id="{i}" name="{i}" value="{esc(value)}"{_db(hid)}>{_help(help, hid)}\n</div>')
    return Frag(html, [], 1)

def para(text, cls="note"):
    return Frag(f'<p class="{cls}">{esc(text)}</p>')

def sub(heading, *frags, intro=None):
    """a sub-heading (h3) block inside a section"""
    g = nid("g")
    inner = join(*frags)
    i = f'\n<p class="intro">{esc(intro)}</p>' if intro else ""
    return Frag(f'<div class="group">\n<h3 id="{g}">{esc(heading)}</h3>{i}\n{inner.html}\n</div>',
                inner.recs, inner.units, inner.css)

def details(summary, *frags):
    inner = join(*frags)
    for r in inner.recs:
        r["collapsed"] = True
    return Frag(f'<details class="more">\n<summary>{esc(summary)}</summary>\n{inner.html}\n</details>',
                inner.recs, inner.units, inner.css)

def hide(method, *frags, cls="is-legacy", opener=None, title=None, close="Close", save=None):
    inner = join(*frags)
    for r in inner.recs:
        r["hidden"] = method
    if method == "hidden":
        return Frag(f'<div class="setting-group" hidden>\n{inner.html}\n</div>', inner.recs, 0)
    if method == "display":
        return Frag(f'<div class="setting-group" style="display:none">\n{inner.html}\n</div>', inner.recs, 0)
    if method == "class":
        return Frag(f'<div class="setting-group {cls}">\n{inner.html}\n</div>', inner.recs, 0,
                    [f".{cls} {{ display: none; }}"])
    if method == "aria":
        return Frag(f'<div class="setting-group" aria-hidden="true">\n{inner.html}\n</div>', inner.recs, 0)
    if method == "visibility":
        return Frag(f'<div class="setting-group" style="visibility:hidden;height:0;overflow:hidden">\n{inner.html}\n</div>',
                    inner.recs, 0)
    if method == "dialog":
        d = nid("dlg")
        btns = f'<button type="button" class="secondary">{esc(close)}</button>' + (
            f' <button type="button" class="primary">{esc(save)}</button>' if save else "")
        html = (f'<div class="setting action-row">\n  <button type="button" class="secondary" aria-haspopup="dialog" '
                f'aria-controls="{d}">{esc(opener)}</button>\n</div>\n'
                f'<dialog id="{d}" aria-labelledby="{d}-t">\n<h3 id="{d}-t">{esc(title)}</h3>\n{inner.html}\n'
                f'<div class="dialog-actions">{btns}</div>\n</dialog>')
        return Frag(html, inner.recs, 1)
    raise ValueError(method)

def tabs(label, panels, active=0):
    """panels: [(tab name, [frags])]; frags in inactive panels are hidden (method tab)."""
    g = nid("tab")
    tl, ps, recs, units = [], [], [], 0
    for k, (name, frs) in enumerate(panels):
        inner = join(*frs)
        on = k == active
        tl.append(f'<button type="button" role="tab" id="{g}-{k}" aria-controls="{g}-p{k}" '
                  f'aria-selected="{"true" if on else "false"}" tabindex="{0 if on else -1}">{esc(name)}</button>')
        ps.append(f'<div role="tabpanel" id="{g}-p{k}" aria-labelledby="{g}-{k}"{"" if on else " hidden"}>\n{inner.html}\n</div>')
        if not on:
            for r in inner.recs:
                r["hidden"] = "tab"
        else:
            units += inner.units
        recs += inner.recs
    html = f'<div class="tabs">\n<div role="tablist" aria-label="{esc(label)}">{"".join(tl)}</div>\n' + "\n".join(ps) + "\n</div>"
    return Frag(html, recs, units)

# ---------------------------------------------------------------- page chrome
LANGS = [("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"),
         ("pt-BR", "Português (Brasil)"), ("it", "Italiano"), ("nl", "Nederlands")]

CHROME = {
    "en": dict(search="Search settings", lang="Language", menu=["Profile", "Billing", "Sign out"],
               nav="Settings", footer=["Privacy", "Terms", "Help centre", "Cookie settings"], rights="All rights reserved."),
    "de": dict(search="Einstellungen durchsuchen", lang="Sprache", menu=["Profil", "Abrechnung", "Abmelden"],
               nav="Einstellungen", footer=["Datenschutz", "AGB", "Impressum", "Hilfe"], rights="Alle Rechte vorbehalten."),
    "fr": dict(search="Rechercher un paramètre", lang="Langue", menu=["Mon profil", "Facturation", "Se déconnecter"],
               nav="Paramètres", footer=["Confidentialité", "CGU", "Mentions légales", "Aide"], rights="Tous droits réservés."),
    "es": dict(search="Buscar en la configuración", lang="Idioma", menu=["Perfil", "Facturación", "Cerrar sesión"],
               nav="Configuración", footer=["Privacidad", "Términos", "Aviso legal", "Ayuda"], rights="Todos los derechos reservados."),
    "pt": dict(search="Buscar nas configurações", lang="Idioma", menu=["Meu perfil", "Cobrança", "Sair"],
               nav="Configurações", footer=["Privacidade", "Termos de uso", "Central de ajuda", "Cookies"], rights="Todos os direitos reservados."),
    "it": dict(search="Cerca nelle impostazioni", lang="Lingua", menu=["Profilo", "Fatturazione", "Esci"],
               nav="Impostazioni", footer=["Privacy", "Termini", "Note legali", "Assistenza"], rights="Tutti i diritti riservati."),
    "nl": dict(search="Zoeken in instellingen", lang="Taal", menu=["Profiel", "Facturen", "Uitloggen"],
               nav="Instellingen", footer=["Privacy", "Voorwaarden", "Cookies", "Helpcentrum"], rights="Alle rechten voorbehouden."),
}
HTML_LANG = {"pt": "pt-BR"}

CSS = """body{font-family:system-ui,sans-serif;margin:0;color:#1d2330}
.topbar{display:flex;gap:1rem;align-items:center;padding:.6rem 1.2rem;border-bottom:1px solid #dde}
.layout{display:flex}.sidenav{width:220px;padding:1rem}.sidenav a[aria-current]{font-weight:600}
main{flex:1;padding:1rem 2rem;max-width:860px}section{border-top:1px solid #eee;padding:.8rem 0}
.setting{margin:.7rem 0}.row,.state-row{display:flex;justify-content:space-between;align-items:center;gap:1rem}
.help,.note,.intro{color:#5a6070;font-size:.9em;margin:.2rem 0}.status{font-weight:600;margin:.1rem 0}
.switch{width:40px;height:22px;border-radius:11px}.switch[aria-checked=true]{background:#2d6cdf}
.segmented button[aria-pressed=true]{background:#2d6cdf;color:#fff}
.choice[aria-checked=true]::before{content:"\\25C9 "}.choice[aria-checked=false]::before{content:"\\25CB "}
.matrix td,.matrix th{padding:.3rem .6rem;text-align:left}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
footer{border-top:1px solid #dde;padding:1rem 1.2rem;font-size:.85em}"""

class Page:
    def __init__(self, lang, slug, url, service, h1, known=False, note="", nav=(), active=0,
                 account="", intro=None, hidden_method=None, year=2025):
        reset_ids()
        self.lang, self.slug, self.url, self.service, self.h1 = lang, slug, url, service, h1
        self.known, self.note, self.nav, self.active = known, note, list(nav), active
        self.account, self.intro, self.hidden_method, self.year = account, intro, hidden_method, year
        self.sections = []

    def sec(self, heading, intro, *frags):
        s = nid("sec")
        inner = join(*frags)
        i = f'\n<p class="intro">{esc(intro)}</p>' if intro else ""
        inner.html = (f'<section aria-labelledby="{s}">\n<h2 id="{s}">{esc(heading)}</h2>{i}\n{inner.html}\n</section>')
        self.sections.append(inner)
        return self

    def finish(self):
        body = join(*self.sections)
        self.recs = body.recs
        self.units = body.units
        self.labels = [r for r in body.recs if not r["hidden"]]
        self.hidden = [r for r in body.recs if r["hidden"]]
        assert len(self.hidden) == 1, (self.slug, self.hidden)
        assert self.hidden[0]["hidden"] == self.hidden_method, (self.slug, self.hidden)
        assert 15 <= self.units <= 35, (self.slug, self.units)
        names = [r["label"] for r in self.labels]
        assert len(set(names)) == len(names), (self.slug, names)
        ch = CHROME[self.lang]
        hl = HTML_LANG.get(self.lang, self.lang)
        opts = "".join(f'<option value="{c}"{" selected" if c == hl else ""}>{n}</option>' for c, n in LANGS)
        menu = "".join(f'<li role="none"><a role="menuitem" href="#">{esc(m)}</a></li>' for m in ch["menu"])
        cur = ' aria-current="page"'
        nav = "\n".join(f'<li><a href="#"{cur if k == self.active else ""}>{esc(n)}</a></li>'
                        for k, n in enumerate(self.nav))
        foot = " · ".join(f'<a href="#">{esc(f)}</a>' for f in ch["footer"])
        css = CSS + ("\n" + "\n".join(dict.fromkeys(body.css)) if body.css else "")
        intro = f'\n<p class="intro">{esc(self.intro)}</p>' if self.intro else ""
        u = self.url
        self.html = f"""<!DOCTYPE html>
<!-- saved from url=({len(u):04d}){u} -->
<html lang="{hl}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(self.h1)} · {esc(self.service)}</title>
<style>
{css}
</style>
</head>
<body>
<header class="topbar">
<a class="brand" href="#">{esc(self.service)}</a>
<form role="search" class="search"><input type="search" name="q" aria-label="{esc(ch['search'])}" placeholder="{esc(ch['search'])}…"></form>
<label for="ui-lang">{esc(ch['lang'])}</label> <select id="ui-lang" name="ui-lang">{opts}</select>
<button type="button" class="account" aria-haspopup="menu" aria-expanded="false" aria-controls="account-menu">{esc(self.account)}</button>
<ul id="account-menu" role="menu" hidden>{menu}</ul>
</header>
<div class="layout">
<nav class="sidenav" aria-label="{esc(ch['nav'])}">
<ul>
{nav}
</ul>
</nav>
<main id="main">
<h1>{esc(self.h1)}</h1>{intro}
{body.html}
</main>
</div>
<footer>
<p>{foot}</p>
<p>© {self.year} {esc(self.service)}. {esc(ch['rights'])}</p>
</footer>
</body>
</html>
"""
        return self

    def expect(self):
        shapes = ", ".join(f'{r["shape"]}/{r["kind"]}' + ("/double-negation" if r["dn"] else "")
                           + ("/in-closed-details" if r["collapsed"] else "") for r in self.labels)
        h = self.hidden[0]
        notes = (f"{self.note} Labelled (shape/widget): {shapes}. One more AI-training control "
                 f"({h['kind']}) is hidden by method '{h['hidden']}' and not listed.").strip()
        return {"url": self.url, "lang": HTML_LANG.get(self.lang, self.lang), "notes": notes,
                "ai_training": [{"label": r["label"], "sharing": r["sharing"]} for r in self.labels]}

    def meta(self):
        return {"lang": self.lang, "page": self.slug, "url": self.url, "service": self.service,
                "known": self.known, "units": self.units, "labels": self.labels, "hidden": self.hidden[0]}
