"""Page builder for the holdout80 ("blind80") evaluation set.

Every widget registers itself: its accessible name (computed here by construction),
its kind, and, when it is an AI-training control, its shape and state. check.py
recomputes names and visibility independently from the written HTML.
"""
import html
import re

esc = lambda s: html.escape(s, quote=True)

METHODS = ['hidden', 'inline-display', 'class-display', 'aria-hidden',
           'visibility', 'dialog', 'tabpanel']
KINDS = ['checkbox', 'switch', 'radio-fieldset', 'radiogroup', 'segmented',
         'select', 'button-switch', 'state-row', 'table']
SHAPES = ['i', 'v', 'h', 'p']

LANGS = [('en', 'English'), ('de', 'Deutsch'), ('fr', 'Français'), ('es', 'Español'),
         ('pt-BR', 'Português (Brasil)'), ('it', 'Italiano'), ('nl', 'Nederlands')]
HTML_LANG = {'en': 'en', 'de': 'de', 'fr': 'fr', 'es': 'es', 'pt': 'pt-BR', 'it': 'it', 'nl': 'nl'}

CHROME = {
    'en': dict(search='Search settings', lang='Language', account='Account',
               menu=['Profile', 'Lines and devices', 'Sign out'], nav='Settings',
               footer=['Privacy notice', 'Terms of service', 'Accessibility', 'Help centre']),
    'de': dict(search='Einstellungen durchsuchen', lang='Sprache', account='Mein Konto',
               menu=['Profil', 'Verträge', 'Abmelden'], nav='Einstellungen',
               footer=['Datenschutz', 'AGB', 'Impressum', 'Barrierefreiheit']),
    'fr': dict(search='Rechercher dans les réglages', lang='Langue', account='Mon compte',
               menu=['Mon profil', 'Mes lignes', 'Se déconnecter'], nav='Réglages',
               footer=['Données personnelles', 'Mentions légales', 'Accessibilité', 'Aide et contact']),
    'es': dict(search='Buscar en ajustes', lang='Idioma', account='Mi cuenta',
               menu=['Perfil', 'Mis líneas', 'Cerrar sesión'], nav='Ajustes',
               footer=['Privacidad', 'Aviso legal', 'Accesibilidad', 'Ayuda']),
    'pt': dict(search='Buscar nas configurações', lang='Idioma', account='Minha conta',
               menu=['Perfil', 'Minhas linhas', 'Sair'], nav='Configurações',
               footer=['Privacidade', 'Termos de uso', 'Acessibilidade', 'Central de ajuda']),
    'it': dict(search='Cerca nelle impostazioni', lang='Lingua', account='Il mio account',
               menu=['Profilo', 'Le mie linee', 'Esci'], nav='Impostazioni',
               footer=['Informativa privacy', 'Note legali', 'Accessibilità', 'Assistenza']),
    'nl': dict(search='Zoeken in instellingen', lang='Taal', account='Mijn account',
               menu=['Profiel', 'Mijn abonnementen', 'Uitloggen'], nav='Instellingen',
               footer=['Privacyverklaring', 'Voorwaarden', 'Toegankelijkheid', 'Klantenservice']),
}

BASE_CSS = """body{font-family:system-ui,sans-serif;margin:0;color:#1d1d1f}
.topbar{display:flex;gap:1rem;align-items:center;padding:.6rem 1.2rem;border-bottom:1px solid #ddd}
.layout{display:grid;grid-template-columns:15rem 1fr}
.sidenav ul{list-style:none;padding:1rem}
main{padding:1rem 2rem;max-width:52rem}
section{border-top:1px solid #eee;padding:1rem 0}
.field,.state-row{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.6rem 0}
.help,.intro{color:#5f6368;font-size:.9rem;margin:.2rem 0 .6rem}
.status{margin-left:.5rem;font-size:.85rem}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
[role=switch][aria-checked=true]{background:#0a7}
[aria-pressed=true]{font-weight:600}
table{border-collapse:collapse}th,td{padding:.3rem .6rem;text-align:left}
footer{border-top:1px solid #ddd;padding:1rem 1.2rem;font-size:.85rem}
"""


TABIDX = ' tabindex="-1"'
CUR = ' aria-current="page"'


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


class Page:
    def __init__(self, lang, slug, url, title, brand, nav, known=False, notes='',
                 hide_class='is-hidden', chrome=None, active_nav=None):
        self.lang, self.slug, self.url, self.title, self.brand = lang, slug, url, title, brand
        self.nav, self.known, self.notes = nav, known, notes
        self.active_nav = active_nav if active_nav is not None else 0
        self.c = dict(CHROME[lang])
        if chrome:
            self.c.update(chrome)
        self.out, self.labels, self.hidden_ctrls = [], [], []
        self.units, self.n = 0, 0
        self.level = []          # open containers to close
        self.hiding = None
        self.hide_class = hide_class
        self.hidden_method = None
        self.tab_ids = None

    # ---- bookkeeping -------------------------------------------------
    def id(self, p='c'):
        self.n += 1
        return f'{p}{self.n}'

    def w(self, s):
        self.out.append(s)

    def _reg(self, name, kind, ai, units=1):
        if not self.hiding:
            self.units += units
        if ai:
            shape, sharing = ai
            assert shape in SHAPES and kind in KINDS and isinstance(sharing, bool)
            rec = dict(label=norm(name), sharing=sharing, shape=shape, kind=kind)
            if 'details' in self.level:
                rec['collapsed'] = True   # inside a closed <details>: collapsed, still labelled
            if self.hiding:
                rec['method'] = self.hiding
                self.hidden_ctrls.append(rec)
            else:
                self.labels.append(rec)

    def _help(self, help):
        if not help:
            return '', ''
        hid = self.id('h')
        return f' aria-describedby="{hid}"', f'<p class="help" id="{hid}">{esc(help)}</p>'

    # ---- structure ---------------------------------------------------
    def h1(self, text, intro=None):
        self.w(f'<h1>{esc(text)}</h1>')
        if intro:
            self.w(f'<p class="intro">{esc(intro)}</p>')

    def _close_to(self, kinds):
        while self.level and self.level[-1] in kinds:
            k = self.level.pop()
            self.w({'section': '</section>', 'details': '</div></details>'}[k])

    def sec(self, title, intro=None):
        self._close_to(('details', 'section'))
        sid = self.id('s')
        self.w(f'<section aria-labelledby="{sid}"><h2 id="{sid}">{esc(title)}</h2>')
        if intro:
            self.w(f'<p class="intro">{esc(intro)}</p>')
        self.level.append('section')

    def sub(self, title, intro=None):
        self.w(f'<h3>{esc(title)}</h3>')
        if intro:
            self.w(f'<p class="intro">{esc(intro)}</p>')

    def para(self, text):
        self.w(f'<p class="intro">{esc(text)}</p>')

    def details(self, summary, intro=None):
        self._close_to(('details',))
        self.w(f'<details><summary>{esc(summary)}</summary><div class="details-body">')
        if intro:
            self.w(f'<p class="intro">{esc(intro)}</p>')
        self.level.append('details')

    def end_details(self):
        self._close_to(('details',))

    # ---- hiding ------------------------------------------------------
    def tabs(self, names):
        """Tab list; first tab active. Write visible content, then hide('tabpanel')."""
        ids = [self.id('tab') for _ in names]
        pids = [self.id('panel') for _ in names]
        self.tab_ids = (ids, pids)
        btns = ''.join(
            f'<button type="button" role="tab" id="{t}" aria-controls="{p}" aria-selected="{"true" if i == 0 else "false"}"'
            f'{"" if i == 0 else TABIDX}>{esc(n)}</button>'
            for i, (t, p, n) in enumerate(zip(ids, pids, names)))
        self.w(f'<div role="tablist">{btns}</div>')
        self.w(f'<div role="tabpanel" id="{pids[0]}" aria-labelledby="{ids[0]}">')
        for n in names:
            self._reg(n, 'tab', None)

    def hide(self, method, opener=None, title=None, close=None):
        assert method in METHODS and self.hidden_method is None
        self.hidden_method = method
        if method == 'hidden':
            self.w('<div class="panel" hidden>')
        elif method == 'inline-display':
            self.w('<div class="panel" style="display: none;">')
        elif method == 'class-display':
            self.w(f'<div class="panel {self.hide_class}">')
        elif method == 'aria-hidden':
            self.w('<div class="panel" aria-hidden="true">')
        elif method == 'visibility':
            self.w('<div class="panel" style="visibility: hidden;">')
        elif method == 'dialog':
            did, tid = self.id('dlg'), self.id('dt')
            self.w(f'<button type="button" aria-haspopup="dialog" aria-controls="{did}">{esc(opener)}</button>')
            self._reg(opener, 'button', None)
            self.w(f'<dialog id="{did}" aria-labelledby="{tid}"><h3 id="{tid}">{esc(title)}</h3>')
            self.dialog_close = close
        elif method == 'tabpanel':
            ids, pids = self.tab_ids
            self.w('</div>')
            self.w(f'<div role="tabpanel" id="{pids[1]}" aria-labelledby="{ids[1]}" hidden>')
        self.hiding = method

    def unhide(self):
        m = self.hiding
        self.hiding = None
        if m == 'dialog':
            self.w(f'<form method="dialog"><button>{esc(self.dialog_close)}</button></form></dialog>')
        else:
            self.w('</div>')

    # ---- widgets -----------------------------------------------------
    def check(self, name, on, help=None, ai=None, switch=False, wrap=False):
        cid = self.id()
        d, hp = self._help(help)
        role = ' role="switch"' if switch else ''
        inp = f'<input type="checkbox" id="{cid}"{role}{" checked" if on else ""}{d}>'
        if wrap:
            body = f'<label>{inp} <span>{esc(name)}</span></label>'
        else:
            body = f'{inp} <label for="{cid}">{esc(name)}</label>'
        self.w(f'<div class="field">{body}{hp}</div>')
        self._reg(name, 'switch' if switch else 'checkbox', ai)

    def switch(self, name, on, help=None, ai=None, wrap=False):
        self.check(name, on, help, ai, switch=True, wrap=wrap)

    def radios(self, legend, options, sel, help=None, ai=None):
        nm = self.id('r')
        d, hp = self._help(help)
        items = ''.join(
            f'<label><input type="radio" name="{nm}" value="{i}"{" checked" if i == sel else ""}> {esc(o)}</label>'
            for i, o in enumerate(options))
        self.w(f'<fieldset{d}><legend>{esc(legend)}</legend>{items}{hp}</fieldset>')
        self._reg(legend, 'radio-fieldset', ai)

    def radiogroup(self, name, options, sel, help=None, ai=None):
        lid = self.id('l')
        d, hp = self._help(help)
        items = ''.join(
            f'<span role="radio" tabindex="{0 if i == sel else -1}" aria-checked="{"true" if i == sel else "false"}">{esc(o)}</span>'
            for i, o in enumerate(options))
        self.w(f'<div class="field"><span class="label" id="{lid}">{esc(name)}</span>'
               f'<div role="radiogroup" aria-labelledby="{lid}"{d}>{items}</div>{hp}</div>')
        self._reg(name, 'radiogroup', ai)

    def segmented(self, name, options, sel, help=None, ai=None):
        lid = self.id('l')
        d, hp = self._help(help)
        items = ''.join(
            f'<button type="button" aria-pressed="{"true" if i == sel else "false"}">{esc(o)}</button>'
            for i, o in enumerate(options))
        self.w(f'<div class="field"><span class="label" id="{lid}">{esc(name)}</span>'
               f'<div role="group" class="segmented" aria-labelledby="{lid}"{d}>{items}</div>{hp}</div>')
        self._reg(name, 'segmented', ai)

    def select(self, name, options, sel, help=None, ai=None):
        cid = self.id()
        d, hp = self._help(help)
        opts = ''.join(f'<option{" selected" if i == sel else ""}>{esc(o)}</option>'
                       for i, o in enumerate(options))
        self.w(f'<div class="field"><label for="{cid}">{esc(name)}</label>'
               f'<select id="{cid}"{d}>{opts}</select>{hp}</div>')
        self._reg(name, 'select', ai)

    def bswitch(self, name, on, help=None, ai=None, naming='label'):
        d, hp = self._help(help)
        st = 'true' if on else 'false'
        if naming == 'label':
            body = (f'<span class="label">{esc(name)}</span>'
                    f'<button type="button" role="switch" aria-checked="{st}" aria-label="{esc(name)}"{d}><span class="knob"></span></button>')
        elif naming == 'labelledby':
            lid = self.id('l')
            body = (f'<span class="label" id="{lid}">{esc(name)}</span>'
                    f'<button type="button" role="switch" aria-checked="{st}" aria-labelledby="{lid}"{d}><span class="knob" aria-hidden="true"></span></button>')
        else:
            body = f'<button type="button" role="switch" aria-checked="{st}"{d}>{esc(name)}</button>'
        self.w(f'<div class="field">{body}{hp}</div>')
        self._reg(name, 'button-switch', ai)

    def staterow(self, title, status, action, help=None, ai=None, naming='suffix', suffix=None):
        d, hp = self._help(help)
        if naming == 'suffix':
            sfx = suffix or title
            body = (f'<div><strong>{esc(title)}</strong><span class="status">{esc(status)}</span></div>'
                    f'<button type="button"{d}>{esc(action)}<span class="vh"> {esc(sfx)}</span></button>')
            name = f'{action} {sfx}'
        else:
            tid, bid = self.id('t'), self.id('b')
            body = (f'<div><strong id="{tid}">{esc(title)}</strong><span class="status">{esc(status)}</span></div>'
                    f'<button type="button" id="{bid}" aria-labelledby="{bid} {tid}"{d}>{esc(action)}</button>')
            name = f'{action} {title}'
        self.w(f'<div class="state-row">{body}{hp}</div>')
        self._reg(name, 'state-row', ai)

    def table(self, caption, corner, cols, rows, naming='implicit', intro=None):
        """rows: [(row header, [cell, ...])], cell = bool or (bool, (shape, sharing))"""
        cids = [self.id('col') for _ in cols]
        head = f'<th scope="col">{esc(corner)}</th>' + ''.join(
            f'<th scope="col" id="{i}">{esc(c)}</th>' for i, c in zip(cids, cols))
        body = []
        for rname, cells in rows:
            rid = self.id('row')
            tds = []
            for ci, cell in enumerate(cells):
                on, ai = (cell, None) if isinstance(cell, bool) else cell
                lb = f' aria-labelledby="{rid} {cids[ci]}"' if naming == 'labelledby' else ''
                tds.append(f'<td><input type="checkbox"{lb}{" checked" if on else ""}></td>')
                self._reg(f'{rname} {cols[ci]}', 'table', ai)
            body.append(f'<tr><th scope="row" id="{rid}">{esc(rname)}</th>{"".join(tds)}</tr>')
        cap = f'<caption>{esc(caption)}</caption>' if caption else ''
        if intro:
            self.w(f'<p class="intro">{esc(intro)}</p>')
        self.w(f'<table>{cap}<thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>')

    def button(self, text, help=None):
        d, hp = self._help(help)
        self.w(f'<div class="field"><button type="button"{d}>{esc(text)}</button>{hp}</div>')
        self._reg(text, 'button', None)

    def text(self, name, value, kind='text', help=None):
        cid = self.id()
        d, hp = self._help(help)
        self.w(f'<div class="field"><label for="{cid}">{esc(name)}</label>'
               f'<input type="{kind}" id="{cid}" value="{esc(value)}"{d}>{hp}</div>')
        self._reg(name, 'text', None)

    # ---- output ------------------------------------------------------
    def html(self):
        assert self.hiding is None and self.hidden_method, (self.slug, 'hiding not closed or missing')
        self._close_to(('details', 'section'))
        c, lang = self.c, HTML_LANG[self.lang]
        css = BASE_CSS
        if self.hidden_method == 'class-display':
            css += f'.{self.hide_class}{{display:none}}\n'
        langopts = ''.join(f'<option value="{code}"{" selected" if code == lang else ""}>{esc(n)}</option>'
                           for code, n in LANGS)
        menu = ''.join(f'<li role="none"><a role="menuitem" href="#">{esc(m)}</a></li>' for m in c['menu'])
        nav = ''.join(
            f'<li><a href="#"{CUR if i == self.active_nav else ""}>{esc(n)}</a></li>'
            for i, n in enumerate(self.nav))
        foot = ' · '.join(f'<a href="#">{esc(f)}</a>' for f in c['footer'])
        main = '\n'.join(self.out)
        return f'''<!DOCTYPE html>
<!-- saved from url=({len(self.url):04d}){self.url} -->
<html lang="{lang}"><head><meta charset="utf-8">
<title>{esc(self.title)} – {esc(self.brand)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
{css}</style>
</head>
<body>
<header class="topbar">
<a class="brand" href="#">{esc(self.brand)}</a>
<form role="search" class="search"><input type="search" name="q" aria-label="{esc(c['search'])}" placeholder="{esc(c['search'])}"></form>
<label for="site-lang" class="vh">{esc(c['lang'])}</label>
<select id="site-lang">{langopts}</select>
<button type="button" id="account-button" aria-haspopup="menu" aria-expanded="false" aria-controls="account-menu">{esc(c['account'])}</button>
<ul id="account-menu" role="menu" aria-labelledby="account-button" hidden>{menu}</ul>
</header>
<div class="layout">
<nav class="sidenav" aria-label="{esc(c['nav'])}"><ul>{nav}</ul></nav>
<main id="content">
{main}
</main>
</div>
<footer><p>© 2025 {esc(self.brand)} · {foot}</p></footer>
</body>
</html>
'''

    def meta(self):
        return dict(lang=self.lang, page=self.slug, url=self.url, known=self.known,
                    units=self.units, hidden_method=self.hidden_method,
                    labels=self.labels, hidden=self.hidden_ctrls)
