"""Page builder for holdout82 (blind82). Widgets + hidden blocks + label bookkeeping."""
import html, json, re
from contextlib import contextmanager

E = lambda s: html.escape(s, quote=True)
ws = lambda s: re.sub(r"\s+", " ", s).strip()

CHROME = {
    'en': dict(search='Search', lang='Language', account='Account', menu=['Your profile', 'Settings', 'Sign out'], foot='All rights reserved.'),
    'de': dict(search='Suchen', lang='Sprache', account='Konto', menu=['Mein Profil', 'Einstellungen', 'Abmelden'], foot='Alle Rechte vorbehalten.'),
    'fr': dict(search='Rechercher', lang='Langue', account='Compte', menu=['Mon profil', 'Paramètres', 'Se déconnecter'], foot='Tous droits réservés.'),
    'es': dict(search='Buscar', lang='Idioma', account='Cuenta', menu=['Mi perfil', 'Ajustes', 'Cerrar sesión'], foot='Todos los derechos reservados.'),
    'pt': dict(search='Buscar', lang='Idioma', account='Conta', menu=['Meu perfil', 'Configurações', 'Sair'], foot='Todos os direitos reservados.'),
    'it': dict(search='Cerca', lang='Lingua', account='Account', menu=['Il mio profilo', 'Impostazioni', 'Esci'], foot='Tutti i diritti riservati.'),
    'nl': dict(search='Zoeken', lang='Taal', account='Account', menu=['Mijn profiel', 'Instellingen', 'Uitloggen'], foot='Alle rechten voorbehouden.'),
}
HTML_LANG = {'pt': 'pt-BR'}
LANGS = [('en', 'English'), ('de', 'Deutsch'), ('fr', 'Français'), ('es', 'Español'), ('pt', 'Português (Brasil)'), ('it', 'Italiano'), ('nl', 'Nederlands')]
METHODS = ['hidden-attr', 'inline-display', 'class-display', 'aria-hidden', 'inline-visibility', 'closed-dialog', 'inactive-tab']
KINDS = ['checkbox', 'switch-checkbox', 'radio-fieldset', 'radiogroup', 'segmented', 'select', 'button-switch', 'state-row', 'table-checkbox']


class Page:
    def __init__(self, lang, name, url, service, title, nav, active=0, known=False, notes='',
                 account=None, menu=None, search=None, foot=None, hide_class='is-hidden', lead=None):
        self.lang, self.name, self.url, self.service, self.title = lang, name, url, service, title
        self.nav, self.active, self.known, self.notes, self.lead = nav, active, known, notes, lead
        c = CHROME[lang]
        self.account = account or c['account']
        self.menu = menu or c['menu']
        self.search = search or c['search']
        self.foot = foot or c['foot']
        self.hide_class = hide_class
        self.body = []
        self.n = 0
        self.labels = []          # dicts label/sharing/shape/kind
        self.hidden_ai = []       # dicts name/method/kind
        self.decoys = []
        self.units = 0
        self._hiding = None
        self.method = None

    # ---------- helpers
    def id(self, p='c'):
        self.n += 1
        return f'{p}{self.n}'

    def w(self, s):
        self.body.append(s)

    def _help(self, help, hid=None):
        if not help:
            return ''
        return f'<p class="help"{f" id={chr(34)}{hid}{chr(34)}" if hid else ""}>{help}</p>'

    def _book(self, name, kind, ai, units=1):
        name = ws(name)
        if self._hiding is None:
            self.units += units
        if ai is None and self._hiding is not None:
            ai = ('p', None)
        if ai is None:
            if self._hiding is None:
                self.decoys.append(dict(name=name, kind=kind))
            return name
        shape, sharing = ai
        assert shape in 'ivhp', shape
        if self._hiding is not None:
            self.hidden_ai.append(dict(name=name, kind=kind, method=self._hiding, shape=shape, sharing=sharing))
        else:
            self.labels.append(dict(label=name, sharing=sharing, shape=shape, kind=kind))
        return name

    # ---------- structure
    def sec(self, heading, intro=None, level=2):
        if getattr(self, '_open', False):
            self.w('</section>')
        self.w(f'<section><h{level}>{heading}</h{level}>' + (f'<p class="intro">{intro}</p>' if intro else ''))
        self._open = True

    def end(self):
        if getattr(self, '_open', False):
            self.w('</section>')
        self._open = False

    def p(self, text):
        self.w(f'<p class="note">{text}</p>')

    @contextmanager
    def details(self, summary):
        self.w(f'<details><summary>{summary}</summary>')
        yield
        self.w('</details>')

    # ---------- widgets
    def cb(self, name, checked, help=None, ai=None, wrap=False, describe=True):
        i = self.id()
        hid = i + '-h' if (help and describe) else None
        ch = ' checked' if checked else ''
        db = f' aria-describedby="{hid}"' if hid else ''
        if wrap:
            self.w(f'<div class="field"><label><input type="checkbox" name="{i}"{ch}{db}> {name}</label>{self._help(help, hid)}</div>')
        else:
            self.w(f'<div class="field"><input type="checkbox" id="{i}"{ch}{db}><label for="{i}">{name}</label>{self._help(help, hid)}</div>')
        return self._book(name, 'checkbox', ai)

    def sw(self, name, on, help=None, ai=None, describe=True):
        i = self.id('s')
        hid = i + '-h' if (help and describe) else None
        db = f' aria-describedby="{hid}"' if hid else ''
        self.w(f'<div class="field toggle"><label for="{i}">{name}</label><input type="checkbox" role="switch" id="{i}"{" checked" if on else ""}{db}>{self._help(help, hid)}</div>')
        return self._book(name, 'switch-checkbox', ai)

    def fs(self, legend, options, sel, help=None, ai=None):
        g = self.id('g')
        hid = g + '-h' if help else None
        opts = ''.join(f'<label><input type="radio" name="{g}" value="{k}"{" checked" if k == sel else ""}> {t}</label>' for k, t in enumerate(options))
        db = f' aria-describedby="{hid}"' if hid else ''
        self.w(f'<fieldset{db}><legend>{legend}</legend>{opts}{self._help(help, hid)}</fieldset>')
        return self._book(legend, 'radio-fieldset', ai)

    def rg(self, title, options, sel, help=None, ai=None):
        g = self.id('rg')
        hid = g + '-h' if help else None
        db = f' aria-describedby="{hid}"' if hid else ''
        opts = ''.join(f'<div role="radio" aria-checked="{"true" if k == sel else "false"}" tabindex="{0 if k == sel else -1}">{t}</div>' for k, t in enumerate(options))
        self.w(f'<div class="field"><span class="lbl" id="{g}-t">{title}</span><div role="radiogroup" aria-labelledby="{g}-t"{db}>{opts}</div>{self._help(help, hid)}</div>')
        return self._book(title, 'radiogroup', ai)

    def seg(self, title, options, sel, help=None, ai=None, by='labelledby'):
        g = self.id('sg')
        hid = g + '-h' if help else None
        db = f' aria-describedby="{hid}"' if hid else ''
        opts = ''.join(f'<button type="button" aria-pressed="{"true" if k == sel else "false"}">{t}</button>' for k, t in enumerate(options))
        if by == 'labelledby':
            self.w(f'<div class="field"><span class="lbl" id="{g}-t">{title}</span><div role="group" class="seg" aria-labelledby="{g}-t"{db}>{opts}</div>{self._help(help, hid)}</div>')
        else:
            self.w(f'<div class="field"><div role="group" class="seg" aria-label="{E(title)}"{db}>{opts}</div>{self._help(help, hid)}</div>')
        return self._book(title, 'segmented', ai)

    def sel(self, label, options, sel, help=None, ai=None):
        i = self.id('sel')
        hid = i + '-h' if help else None
        db = f' aria-describedby="{hid}"' if hid else ''
        opts = ''.join(f'<option value="{k}"{" selected" if k == sel else ""}>{t}</option>' for k, t in enumerate(options))
        self.w(f'<div class="field"><label for="{i}">{label}</label><select id="{i}"{db}>{opts}</select>{self._help(help, hid)}</div>')
        return self._book(label, 'select', ai)

    def bsw(self, name, on, help=None, ai=None, by='label', title=None):
        """button role=switch; by = 'label' (aria-label), 'labelledby' (visible title), 'text' (content)."""
        i = self.id('b')
        hid = i + '-h' if help else None
        db = f' aria-describedby="{hid}"' if hid else ''
        st = 'true' if on else 'false'
        if by == 'label':
            self.w(f'<div class="field toggle"><span class="lbl">{title or name}</span><button type="button" role="switch" aria-checked="{st}" aria-label="{E(name)}"{db}></button>{self._help(help, hid)}</div>')
        elif by == 'labelledby':
            self.w(f'<div class="field toggle"><span class="lbl" id="{i}-t">{name}</span><button type="button" role="switch" aria-checked="{st}" aria-labelledby="{i}-t"{db}></button>{self._help(help, hid)}</div>')
        else:
            self.w(f'<div class="field toggle"><button type="button" role="switch" class="switch-text" aria-checked="{st}"{db}>{name}</button>{self._help(help, hid)}</div>')
        return self._book(name, 'button-switch', ai)

    def row(self, title, desc, status, action, suffix=None, ai=None):
        """State row. suffix: visually hidden text appended to the button; otherwise aria-labelledby=btn title."""
        i = self.id('r')
        if suffix:
            btn = f'<button type="button" class="link">{action}<span class="vh"> {suffix}</span></button>'
            name = f'{action} {suffix}'
        else:
            btn = f'<button type="button" class="link" id="{i}-b" aria-labelledby="{i}-b {i}-t">{action}</button>'
            name = f'{action} {title}'
        d = f'<p class="help">{desc}</p>' if desc else ''
        self.w(f'<div class="state-row"><div><strong id="{i}-t">{title}</strong>{d}</div><span class="status">{status}</span>{btn}</div>')
        return self._book(name, 'state-row', ai)

    def table(self, caption, cols, rows, ai=None, intro=None):
        """rows: [(rowheader, [bool,...])]; ai: {(r,c): (shape, sharing)}"""
        ai = ai or {}
        t = self.id('t')
        out = [f'<table class="grid"><caption>{caption}</caption><thead><tr><td></td>']
        for c, col in enumerate(cols):
            out.append(f'<th scope="col" id="{t}-c{c}">{col}</th>')
        out.append('</tr></thead><tbody>')
        names = []
        for r, (rh, vals) in enumerate(rows):
            out.append(f'<tr><th scope="row" id="{t}-r{r}">{rh}</th>')
            for c, v in enumerate(vals):
                out.append(f'<td><input type="checkbox" aria-labelledby="{t}-r{r} {t}-c{c}"{" checked" if v else ""}></td>')
                names.append(self._book(f'{rh} {cols[c]}', 'table-checkbox', ai.get((r, c))))
            out.append('</tr>')
        out.append('</tbody></table>')
        if intro:
            self.w(f'<p class="note">{intro}</p>')
        self.w(''.join(out))
        return names

    def btn(self, text, help=None):
        self.w(f'<div class="field"><button type="button" class="secondary">{text}</button>{self._help(help)}</div>')
        return self._book(text, 'button', None)

    def text(self, label, value='', help=None, type='text'):
        i = self.id('in')
        self.w(f'<div class="field"><label for="{i}">{label}</label><input type="{type}" id="{i}" value="{E(value)}">{self._help(help)}</div>')
        return self._book(label, 'text', None)

    # ---------- hiding
    @contextmanager
    def hide(self, method, trigger=None, dlg_title=None, tabs=None, first=None, close=None):
        assert method in METHODS
        assert self.method is None, 'one hidden block per page'
        self.method = method
        if method == 'hidden-attr':
            self.w('<div class="panel-extra" hidden>')
        elif method == 'inline-display':
            self.w('<div class="panel-extra" style="display:none">')
        elif method == 'class-display':
            self.w(f'<div class="{self.hide_class}">')
        elif method == 'aria-hidden':
            self.w('<div class="panel-extra" aria-hidden="true">')
        elif method == 'inline-visibility':
            self.w('<div class="panel-extra" style="visibility:hidden">')
        elif method == 'closed-dialog':
            d = self.id('dlg')
            self.w(f'<div class="field"><button type="button" class="secondary" aria-haspopup="dialog" aria-controls="{d}">{trigger}</button></div>')
            self.units += 1
            self.w(f'<dialog id="{d}" aria-labelledby="{d}-t"><h2 id="{d}-t">{dlg_title}</h2>')
        elif method == 'inactive-tab':
            tb = self.id('tab')
            self.w(f'<div role="tablist" aria-label="{E(tabs[2] if len(tabs) > 2 else tabs[0])}">'
                   f'<button type="button" role="tab" id="{tb}-0" aria-selected="true" aria-controls="{tb}-p0">{tabs[0]}</button>'
                   f'<button type="button" role="tab" id="{tb}-1" aria-selected="false" aria-controls="{tb}-p1" tabindex="-1">{tabs[1]}</button></div>')
            self.units += 2
            self.w(f'<div role="tabpanel" id="{tb}-p0" aria-labelledby="{tb}-0">')
            first()
            self.w(f'</div><div role="tabpanel" id="{tb}-p1" aria-labelledby="{tb}-1" hidden>')
        self._hiding = method
        yield
        self._hiding = None
        if method == 'closed-dialog':
            self.w(f'<button type="button" class="secondary">{close}</button></dialog>')
        else:
            self.w('</div>')

    # ---------- output
    def render(self):
        c = CHROME[self.lang]
        hl = HTML_LANG.get(self.lang, self.lang)
        langsel = ''.join(f'<option value="{k}"{" selected" if k == self.lang else ""}>{v}</option>' for k, v in LANGS)
        menu = ''.join(f'<li role="none"><a role="menuitem" href="#">{m}</a></li>' for m in self.menu)
        nav = ''.join(f'<li><a href="#"{" aria-current=" + chr(34) + "page" + chr(34) if k == self.active else ""}>{n}</a></li>' for k, n in enumerate(self.nav))
        style = ('body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1b1f24}header.top{display:flex;gap:1rem;align-items:center;padding:.6rem 1.2rem;border-bottom:1px solid #ddd}'
                 '.layout{display:flex}nav.side{width:15rem;padding:1rem}main{flex:1;padding:1rem 2rem;max-width:52rem}section{margin:1.6rem 0}'
                 '.field{margin:.7rem 0}.toggle{display:flex;gap:.8rem;align-items:center;flex-wrap:wrap}.help{color:#5b6570;font-size:.88rem;margin:.2rem 0 0}'
                 '.state-row{display:flex;gap:1rem;align-items:center;border-top:1px solid #eee;padding:.6rem 0}.status{margin-left:auto;font-weight:600}'
                 '.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}'
                 '.seg button[aria-pressed=true]{background:#222;color:#fff}table.grid{border-collapse:collapse}table.grid td,table.grid th{padding:.3rem .7rem}'
                 f'footer{{border-top:1px solid #ddd;padding:1rem 1.2rem;font-size:.85rem}}.{self.hide_class}{{display:none}}')
        lead = f'<p class="lead">{self.lead}</p>' if self.lead else ''
        self.end()
        body = '\n'.join(self.body)
        u = self.url
        return f'''<!DOCTYPE html>
<!-- saved from url=({len(u):04d}){u} -->
<html lang="{hl}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{self.title} – {self.service}</title>
<style>{style}</style>
</head>
<body>
<header class="top">
<a class="brand" href="#">{self.service}</a>
<form role="search" class="search"><input type="search" name="q" aria-label="{E(self.search)}" placeholder="{E(self.search)}"></form>
<label for="lang-picker">{c['lang']}</label>
<select id="lang-picker">{langsel}</select>
<button type="button" id="account-button" aria-haspopup="menu" aria-expanded="false" aria-controls="account-menu">{self.account}</button>
<ul id="account-menu" role="menu" hidden>{menu}</ul>
</header>
<div class="layout">
<nav class="side" aria-label="{E(self.nav_label if hasattr(self, 'nav_label') else c['menu'][1])}"><ul>{nav}</ul></nav>
<main>
<h1>{self.title}</h1>
{lead}
{body}
</main>
</div>
<footer><p>© 2025 {self.service}. {self.foot}</p></footer>
</body>
</html>
'''

    def expect(self):
        return {'url': self.url, 'lang': self.lang, 'notes': self.notes,
                'ai_training': [{'label': l['label'], 'sharing': l['sharing']} for l in self.labels]}

    def meta(self):
        return {'lang': self.lang, 'page': self.name, 'url': self.url, 'service': self.service, 'known': self.known,
                'units': self.units, 'method': self.method, 'hidden_ai': self.hidden_ai, 'labels': self.labels,
                'decoys': len(self.decoys)}
