"""Page builder for the blind59 set: widgets, hidden blocks and bookkeeping.

Every widget method returns an HTML string and records, as a side effect, how many
visible control units it adds, which of its controls are labelled (ai-training, with
sharing / shape / widget kind) and which ai-training controls are hidden decoys.
Blocks that take a callable (details, hidden blocks, tabs, dialogs) call it inside
the right context so the bookkeeping knows whether the content is visible.
"""
import html
import json
import os

E = lambda s: html.escape(s, quote=True)

MECHS = ['hidden attribute', 'inline display:none', 'CSS class display:none',
         'aria-hidden="true"', 'visibility:hidden', 'closed dialog', 'inactive tab panel']
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']

LANG_NAMES = [('en', 'English'), ('de', 'Deutsch'), ('fr', 'Français'), ('es', 'Español'),
              ('pt', 'Português (Brasil)'), ('it', 'Italiano'), ('nl', 'Nederlands')]

CHROME = {
    'en': dict(search='Search settings', lang='Language', account='Account menu', menu=['Profile', 'Billing', 'Switch account', 'Sign out'],
               footer=['Privacy', 'Terms', 'Status', 'Help centre'], nav='Settings', skip='Skip to content', close='Close'),
    'de': dict(search='Einstellungen durchsuchen', lang='Sprache', account='Kontomenü', menu=['Profil', 'Abrechnung', 'Konto wechseln', 'Abmelden'],
               footer=['Datenschutz', 'Impressum', 'AGB', 'Hilfe'], nav='Einstellungen', skip='Zum Inhalt springen', close='Schließen'),
    'fr': dict(search='Rechercher dans les paramètres', lang='Langue', account='Menu du compte', menu=['Profil', 'Facturation', 'Changer de compte', 'Se déconnecter'],
               footer=['Confidentialité', 'Mentions légales', 'CGU', 'Aide'], nav='Paramètres', skip='Aller au contenu', close='Fermer'),
    'es': dict(search='Buscar en la configuración', lang='Idioma', account='Menú de la cuenta', menu=['Perfil', 'Facturación', 'Cambiar de cuenta', 'Cerrar sesión'],
               footer=['Privacidad', 'Aviso legal', 'Términos', 'Ayuda'], nav='Configuración', skip='Saltar al contenido', close='Cerrar'),
    'pt': dict(search='Buscar nas configurações', lang='Idioma', account='Menu da conta', menu=['Meu perfil', 'Faturamento', 'Trocar de conta', 'Sair'],
               footer=['Privacidade', 'Termos de uso', 'Central de ajuda', 'Status'], nav='Configurações', skip='Pular para o conteúdo', close='Fechar'),
    'it': dict(search='Cerca nelle impostazioni', lang='Lingua', account='Menu account', menu=['Profilo', 'Fatturazione', 'Cambia account', 'Esci'],
               footer=['Privacy', 'Note legali', 'Termini', 'Assistenza'], nav='Impostazioni', skip='Vai al contenuto', close='Chiudi'),
    'nl': dict(search='Instellingen doorzoeken', lang='Taal', account='Accountmenu', menu=['Profiel', 'Facturatie', 'Ander account', 'Uitloggen'],
               footer=['Privacy', 'Voorwaarden', 'Cookies', 'Help'], nav='Instellingen', skip='Naar inhoud', close='Sluiten'),
}

CSS = """
body{font-family:system-ui,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
header.top{display:flex;gap:1rem;align-items:center;padding:.6rem 1.2rem;background:#fff;border-bottom:1px solid #dde1e7}
.brand{font-weight:700;margin-right:auto}
.layout{display:flex}
nav.side{width:15rem;padding:1rem;background:#fff;border-right:1px solid #dde1e7}
nav.side a{display:block;padding:.35rem .5rem;color:#1d2330;text-decoration:none}
nav.side a[aria-current]{background:#e8eefc;font-weight:600}
main{flex:1;padding:1.5rem 2rem;max-width:60rem}
section.card{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:1rem 1.25rem;margin-bottom:1.25rem}
.help{color:#5b6475;font-size:.875rem;margin:.2rem 0 .6rem}
.row{display:flex;justify-content:space-between;align-items:center;gap:1rem;padding:.5rem 0}
.toggle{width:2.4rem;height:1.3rem;border-radius:1rem;border:1px solid #9aa3b2;background:#d5d9e0}
.toggle[aria-checked=true]{background:#2f6fed}
.badge{display:inline-block;padding:.05rem .5rem;border-radius:1rem;background:#eef0f3;font-size:.8rem}
.visually-hidden,.sr-only{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #e4e7ec;padding:.4rem;text-align:left}
.seg button[aria-pressed=true]{background:#2f6fed;color:#fff}
footer.bottom{padding:1rem 2rem;font-size:.8rem;color:#5b6475;border-top:1px solid #dde1e7}
.actions{display:flex;gap:.5rem;justify-content:flex-end}
"""


def flat(items):
    out = []
    for x in items:
        if isinstance(x, (list, tuple)):
            out.extend(flat(x))
        elif x:
            out.append(x)
    return out


def norm(s):
    return ' '.join(s.split())


class Page:
    def __init__(self, lang, slug, service, url, title, nav, notes, known=False,
                 brand=None, user='', active_nav=0, hide_class='is-hidden'):
        self.lang, self.slug, self.service, self.url = lang, slug, service, url
        self.title, self.nav, self.notes, self.known = title, nav, notes, known
        self.brand = brand or service
        self.user = user
        self.active_nav = active_nav
        self.hide_class = hide_class
        self.units = 0
        self.labels = []
        self.hidden = []
        self._hid = None
        self._hid_all = False
        self._det = False
        self.n = 0
        self.parts = []

    # ---- bookkeeping -------------------------------------------------
    def _id(self, p='c'):
        self.n += 1
        return f'{p}{self.n}'

    def _reg(self, name, ai, kind, unit=True):
        name = norm(name)
        if self._hid:
            if ai or self._hid_all:
                self.hidden.append({'label': name, 'mechanism': self._hid})
            return
        if unit:
            self.units += 1
        if ai:
            sharing, shape = ai
            assert shape in 'ivhp', shape
            self.labels.append({'label': name, 'sharing': sharing, 'shape': shape,
                                'kind': kind + (' in closed details' if self._det else '')})

    def _help(self, help, tied, i):
        if not help:
            return '', ''
        if tied:
            return f' aria-describedby="{i}-d"', f'<p class="help" id="{i}-d">{help}</p>'
        return '', f'<p class="help">{help}</p>'

    # ---- widgets -----------------------------------------------------
    def cb(self, label, checked=False, help=None, ai=None, tied=True, wrap=False):
        i = self._id('cb')
        a, h = self._help(help, tied, i)
        c = ' checked' if checked else ''
        if wrap:
            ctl = f'<label class="check"><input type="checkbox" id="{i}" name="{i}"{c}{a}> {E(label)}</label>'
        else:
            ctl = f'<input type="checkbox" id="{i}" name="{i}"{c}{a}> <label for="{i}">{E(label)}</label>'
        self._reg(label, ai, 'checkbox')
        return f'<div class="field">{ctl}{h}</div>'

    def sw(self, label, on, kind='labelledby', help=None, ai=None, tied=True, vis=None):
        i = self._id('sw')
        a, h = self._help(help, tied, i)
        st = 'true' if on else 'false'
        if kind == 'labelledby':
            ctl = (f'<span class="row-title" id="{i}-l">{E(label)}</span>'
                   f'<button type="button" class="toggle" role="switch" id="{i}" aria-checked="{st}" aria-labelledby="{i}-l"{a}>'
                   f'<span class="knob" aria-hidden="true"></span></button>')
        elif kind == 'arialabel':
            v = f'<span class="row-title">{E(vis)}</span>' if vis else ''
            ctl = (f'{v}<button type="button" class="toggle" role="switch" id="{i}" aria-checked="{st}" aria-label="{E(label)}"{a}>'
                   f'<span class="knob" aria-hidden="true"></span></button>')
        elif kind == 'text':
            ctl = f'<button type="button" class="toggle-text" role="switch" id="{i}" aria-checked="{st}"{a}>{E(label)}</button>'
        elif kind == 'native':
            c = ' checked' if on else ''
            ctl = f'<label for="{i}" class="row-title">{E(label)}</label><input type="checkbox" role="switch" id="{i}" name="{i}"{c}{a}>'
        else:
            raise ValueError(kind)
        self._reg(label, ai, 'switch/' + kind)
        return f'<div class="row switch-row">{ctl}</div>{h}'

    def sel(self, label, options, selected=0, help=None, ai=None, tied=True):
        i = self._id('sel')
        a, h = self._help(help, tied, i)
        opts = ''.join(f'<option value="o{k}"{" selected" if k == selected else ""}>{E(o)}</option>' for k, o in enumerate(options))
        self._reg(label, ai, 'select')
        return f'<div class="field"><label for="{i}">{E(label)}</label> <select id="{i}" name="{i}"{a}>{opts}</select>{h}</div>'

    def radios(self, legend, options, selected=0, help=None, ai=None, kind='fieldset', tied=True):
        i = self._id('rg')
        a, h = self._help(help, tied, i)
        opts = ''.join(f'<label class="radio"><input type="radio" name="{i}" value="o{k}"{" checked" if k == selected else ""}> {E(o)}</label>'
                       for k, o in enumerate(options))
        if kind == 'fieldset':
            out = f'<fieldset class="radios"{a}><legend>{E(legend)}</legend>{opts}</fieldset>{h}'
        else:
            out = f'<div class="radios" role="radiogroup" aria-labelledby="{i}-l"{a}><p class="group-title" id="{i}-l">{E(legend)}</p>{opts}</div>{h}'
        self._reg(legend, ai, 'radio/' + kind)
        return out

    def seg(self, name, options, selected=0, help=None, ai=None, tied=True):
        i = self._id('seg')
        a, h = self._help(help, tied, i)
        bts = ''.join(f'<button type="button" aria-pressed="{"true" if k == selected else "false"}">{E(o)}</button>' for k, o in enumerate(options))
        self._reg(name, ai, 'segmented')
        return f'<div class="seg"><span class="group-title" id="{i}-l">{E(name)}</span><div role="group" aria-labelledby="{i}-l"{a}>{bts}</div></div>{h}'

    def table(self, caption, head0, cols, rows, ai=None, naming='rowcol', extra_cols=()):
        """rows: (row text, [checked per col], [extra cell texts]) ; ai: {(r, c): (sharing, shape)}"""
        ai = ai or {}
        t = self._id('tb')
        ths = ''.join(f'<th scope="col" id="{t}-c{c}">{E(x)}</th>' for c, x in enumerate(cols))
        ex = ''.join(f'<th scope="col">{E(x)}</th>' for x in extra_cols)
        body = []
        for r, row in enumerate(rows):
            rt, checks = row[0], row[1]
            extras = row[2] if len(row) > 2 else []
            cells = []
            for c, on in enumerate(checks):
                cid = f'{t}-r{r}c{c}'
                lb = f'{t}-r{r} {t}-c{c}' if naming == 'rowcol' else f'{t}-r{r}'
                name = f'{rt} {cols[c]}' if naming == 'rowcol' else rt
                self._reg(name, ai.get((r, c)), 'table-row checkbox')
                cells.append(f'<td><input type="checkbox" id="{cid}" aria-labelledby="{lb}"{" checked" if on else ""}></td>')
            exc = ''.join(f'<td>{E(x)}</td>' for x in extras)
            body.append(f'<tr><th scope="row" id="{t}-r{r}">{E(rt)}</th>{"".join(cells)}{exc}</tr>')
        return (f'<table><caption>{E(caption)}</caption><thead><tr><th scope="col">{E(head0)}</th>{ths}{ex}</tr></thead>'
                f'<tbody>{"".join(body)}</tbody></table>')

    def state(self, title, status, button, suffix=None, help=None, ai=None, kind='suffix', tied=True):
        i = self._id('st')
        a, h = self._help(help, tied, i)
        if kind == 'suffix':
            btn = f'<button type="button" id="{i}"{a}>{E(button)}<span class="visually-hidden"> {E(suffix)}</span></button>'
            name = f'{button} {suffix}'
            ttl = f'<p class="row-title">{E(title)}</p>'
        else:
            btn = f'<button type="button" id="{i}" aria-labelledby="{i} {i}-t"{a}>{E(button)}</button>'
            name = f'{button} {title}'
            ttl = f'<p class="row-title" id="{i}-t">{E(title)}</p>'
        self._reg(name, ai, 'state row/' + kind)
        return f'<div class="row state-row">{ttl}<span class="badge">{E(status)}</span>{btn}</div>{h}'

    def btn(self, text, help=None, ai=None, cls='secondary', attrs='', tied=True):
        i = self._id('b')
        a, h = self._help(help, tied, i)
        self._reg(text, ai, 'button')
        return f'<button type="button" class="{cls}" id="{i}"{a}{attrs}>{E(text)}</button>{h}'

    def txt(self, label, value='', typ='text', help=None, tied=True):
        i = self._id('in')
        a, h = self._help(help, tied, i)
        self._reg(label, None, 'input')
        return f'<div class="field"><label for="{i}">{E(label)}</label> <input type="{typ}" id="{i}" name="{i}" value="{E(value)}"{a}>{h}</div>'

    # ---- blocks ------------------------------------------------------
    def details(self, summary, fn):
        prev = self._det
        self._det = True
        inner = ''.join(flat(fn()))
        self._det = prev
        return f'<details class="more"><summary>{E(summary)}</summary><div class="details-body">{inner}</div></details>'

    def hide(self, mech, fn, tag='div'):
        prev = self._hid
        self._hid, self._hid_all = mech, True
        inner = ''.join(flat(fn()))
        self._hid, self._hid_all = prev, False
        attr = {'hidden attribute': ' hidden',
                'inline display:none': ' style="display:none"',
                'CSS class display:none': f' class="{self.hide_class}"',
                'aria-hidden="true"': ' aria-hidden="true"',
                'visibility:hidden': ' style="visibility:hidden"'}[mech]
        return f'<{tag}{attr}>{inner}</{tag}>'

    def dialog(self, opener, title, fn, intro=''):
        d = self._id('dlg')
        o = self.btn(opener, attrs=f' aria-haspopup="dialog" aria-controls="{d}"')
        prev = self._hid
        self._hid = 'closed dialog'
        inner = ''.join(flat(fn()))
        cl = f'<button type="button" class="close">{E(CHROME[self.lang]["close"])}</button>'
        self._hid = prev
        ip = f'<p>{intro}</p>' if intro else ''
        return o + f'<dialog id="{d}" aria-labelledby="{d}-t"><h2 id="{d}-t">{E(title)}</h2>{ip}{inner}{cl}</dialog>'

    def tabs(self, label, tabs, active=0):
        t = self._id('tab')
        btns, panels = [], []
        for k, (name, fn) in enumerate(tabs):
            sel = k == active
            self._reg(name, None, 'tab')
            btns.append(f'<button type="button" role="tab" id="{t}-{k}" aria-controls="{t}-p{k}" aria-selected="{"true" if sel else "false"}"'
                        + ('' if sel else ' tabindex="-1"') + f'>{E(name)}</button>')
            prev = self._hid
            if not sel:
                self._hid = 'inactive tab panel'
            inner = ''.join(flat(fn()))
            self._hid = prev
            panels.append(f'<div role="tabpanel" id="{t}-p{k}" aria-labelledby="{t}-{k}"{"" if sel else " hidden"}>{inner}</div>')
        return f'<div class="tabs"><div role="tablist" aria-label="{E(label)}">{"".join(btns)}</div>{"".join(panels)}</div>'

    def sec(self, heading, intro, *items, level=2, cls='card'):
        i = self._id('s')
        ip = f'<p class="intro">{intro}</p>' if intro else ''
        self.parts.append(f'<section class="{cls}" aria-labelledby="{i}-h"><h{level} id="{i}-h">{E(heading)}</h{level}>{ip}{"".join(flat(items))}</section>')

    def raw(self, s):
        self.parts.append(s)

    def actions(self, *texts):
        self.parts.append('<div class="actions">' + ''.join(self.btn(t, cls='primary' if k == 0 else 'secondary') for k, t in enumerate(texts)) + '</div>')

    # ---- output ------------------------------------------------------
    def render(self):
        ch = CHROME[self.lang]
        url = self.url
        lang_opts = ''.join(f'<option value="{c}"{" selected" if c == self.lang else ""}>{E(n)}</option>' for c, n in LANG_NAMES)
        menu = ''.join(f'<li><a href="#">{E(m)}</a></li>' for m in ch['menu'])
        nav = ''.join('<a href="#"' + (' aria-current="page"' if k == self.active_nav else '') + f'>{E(x)}</a>' for k, x in enumerate(self.nav))
        foot = ' · '.join(f'<a href="#">{E(x)}</a>' for x in ch['footer'])
        css = CSS + f'.{self.hide_class}{{display:none}}\n'
        initials = ''.join(w[0] for w in self.user.split()[:2]) or 'U'
        return (
            '<!DOCTYPE html>\n'
            f'<!-- saved from url=({len(url):04d}){url} -->\n'
            f'<html lang="{self.lang}">\n<head>\n<meta charset="utf-8">\n<title>{E(self.title)} · {E(self.brand)}</title>\n'
            f'<style>{css}</style>\n</head>\n<body>\n'
            f'<a class="visually-hidden" href="#main">{E(ch["skip"])}</a>\n'
            f'<header class="top"><span class="brand">{E(self.brand)}</span>'
            f'<form role="search" class="search"><label for="q" class="visually-hidden">{E(ch["search"])}</label>'
            f'<input type="search" id="q" name="q" placeholder="{E(ch["search"])}…"></form>'
            f'<label for="ui-lang" class="visually-hidden">{E(ch["lang"])}</label><select id="ui-lang" name="ui-lang">{lang_opts}</select>'
            f'<button type="button" id="acct" aria-haspopup="menu" aria-expanded="false" aria-controls="acct-menu" aria-label="{E(ch["account"])}">{E(initials)}</button>'
            f'<ul id="acct-menu" role="menu" hidden><li class="who">{E(self.user)}</li>{menu}</ul></header>\n'
            f'<div class="layout"><nav class="side" aria-label="{E(ch["nav"])}">{nav}</nav>\n'
            f'<main id="main"><h1>{E(self.title)}</h1>\n' + '\n'.join(self.parts) + '\n</main></div>\n'
            f'<footer class="bottom">© 2025 {E(self.brand)} · {foot}</footer>\n</body>\n</html>\n')

    def expect(self):
        return {'url': self.url, 'lang': self.lang, 'notes': self.notes,
                'ai_training': [{'label': l['label'], 'sharing': l['sharing']} for l in self.labels]}

    def meta(self):
        return {'lang': self.lang, 'page': self.slug, 'service': self.service, 'known': self.known,
                'url': self.url, 'units': self.units, 'labels': self.labels, 'hidden': self.hidden}
