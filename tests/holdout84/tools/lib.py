"""Page builder for holdout84: widgets, hiding wrappers and label bookkeeping."""
import html as _h

METHODS = ['hidden', 'inline-display', 'class', 'aria-hidden', 'visibility', 'dialog', 'tab']
KINDS = ['checkbox', 'switch', 'radio-fieldset', 'radiogroup', 'segmented', 'select',
         'button-switch', 'state-row', 'table']
SHAPES = ['i', 'v', 'h', 'p']


def esc(s):
    return _h.escape(s, quote=True)


def norm(s):
    return ' '.join(s.split())


class Chunk:
    def __init__(self, html, recs=None):
        self.html = html
        self.recs = list(recs or [])


def _join(items):
    html, recs = [], []
    for it in items:
        if isinstance(it, str):
            html.append(it)
        else:
            html.append(it.html)
            recs.extend(it.recs)
    return '\n'.join(html), recs


class Page:
    def __init__(self, lang, slug, url, brand, title, chrome, nav, notes, known=False,
                 service=None, prefix='s', active_nav=0, css_hide_class=None, htmllang=None):
        self.lang, self.slug, self.url, self.brand, self.title = lang, slug, url, brand, title
        self.chrome, self.nav, self.notes, self.known = chrome, nav, notes, known
        self.service = service or brand
        self.prefix, self.n, self.active_nav = prefix, 0, active_nav
        self.css_hide_class = css_hide_class
        self.htmllang = htmllang or ('pt-BR' if lang == 'pt' else lang)
        self.body = []
        self.recs = []
        self.lead = ''

    # ---------- ids / records
    def nid(self, hint='c'):
        self.n += 1
        return f'{self.prefix}-{hint}{self.n}'

    def _rec(self, kind, name, cid, ai=None, sharing=None, neg=None):
        r = {'kind': kind, 'name': norm(name), 'id': cid, 'ai': bool(ai), 'hidden': None}
        if ai:
            assert ai in SHAPES, ai
            r['shape'] = ai
            r['sharing'] = bool(sharing)
        return r

    @staticmethod
    def _neg(ai, neg):
        return (ai == 'i') if neg is None else neg

    def _help(self, cid, help):
        if not help:
            return '', ''
        hid = cid + '-help'
        return f' aria-describedby="{hid}"', f'<p class="help" id="{hid}">{esc(help)}</p>'

    # ---------- widgets
    def checkbox(self, label, checked, help=None, ai=None, neg=None, wrap=False, switch=False,
                 note=None, describe=True):
        cid = self.nid('cb')
        role = ' role="switch"' if switch else ''
        ch = ' checked' if checked else ''
        ad, hp = self._help(cid, help) if describe else ('', f'<p class="help">{esc(help)}</p>' if help else '')
        if wrap:
            inner = f'<label class="check"><input type="checkbox" id="{cid}" name="{cid}"{role}{ch}{ad}> <span>{esc(label)}</span></label>'
        else:
            inner = f'<input type="checkbox" id="{cid}" name="{cid}"{role}{ch}{ad}>\n  <label for="{cid}">{esc(label)}</label>'
        extra = f'<p class="note">{esc(note)}</p>' if note else ''
        html = f'<div class="setting{" toggle" if switch else ""}">\n  {inner}\n  {hp}{extra}\n</div>'
        sharing = (checked != self._neg(ai, neg)) if ai else None
        return Chunk(html, [self._rec('switch' if switch else 'checkbox', label, cid, ai, sharing)])

    def switch(self, label, checked, **kw):
        return self.checkbox(label, checked, switch=True, **kw)

    def radios(self, legend, options, sel, help=None, ai=None):
        cid = self.nid('fs')
        hp = f'<p class="help">{esc(help)}</p>' if help else ''
        opts = []
        for i, o in enumerate(options):
            t = o[0] if isinstance(o, tuple) else o
            sub = o[2] if isinstance(o, tuple) and len(o) > 2 else ''
            c = ' checked' if i == sel else ''
            subh = f' <small>{esc(sub)}</small>' if sub else ''
            opts.append(f'  <label class="radio"><input type="radio" name="{cid}" value="{i}"{c}> {esc(t)}</label>{subh}')
        html = f'<fieldset class="setting" id="{cid}">\n  <legend>{esc(legend)}</legend>\n  {hp}\n' + '<br>\n'.join(opts) + '\n</fieldset>'
        sharing = options[sel][1] if ai else None
        return Chunk(html, [self._rec('radio-fieldset', legend, cid, ai, sharing)])

    def radiogroup(self, title, options, sel, help=None, ai=None):
        cid = self.nid('rg')
        tid = cid + '-t'
        ad, hp = self._help(cid, help)
        items = []
        for i, o in enumerate(options):
            t = o[0] if isinstance(o, tuple) else o
            on = 'true' if i == sel else 'false'
            ti = '0' if i == sel else '-1'
            items.append(f'    <div role="radio" aria-checked="{on}" tabindex="{ti}" class="opt">{esc(t)}</div>')
        html = (f'<div class="setting">\n  <div class="field-title" id="{tid}">{esc(title)}</div>\n  {hp}\n'
                f'  <div role="radiogroup" id="{cid}" aria-labelledby="{tid}"{ad}>\n' + '\n'.join(items) + '\n  </div>\n</div>')
        sharing = options[sel][1] if ai else None
        return Chunk(html, [self._rec('radiogroup', title, cid, ai, sharing)])

    def segmented(self, title, options, sel, help=None, ai=None, naming='labelledby'):
        cid = self.nid('sg')
        tid = cid + '-t'
        hp = f'<p class="help">{esc(help)}</p>' if help else ''
        btns = []
        for i, o in enumerate(options):
            t = o[0] if isinstance(o, tuple) else o
            on = 'true' if i == sel else 'false'
            btns.append(f'    <button type="button" aria-pressed="{on}">{esc(t)}</button>')
        if naming == 'labelledby':
            head = f'  <span class="field-title" id="{tid}">{esc(title)}</span>\n'
            attr = f'aria-labelledby="{tid}"'
        else:
            head = ''
            attr = f'aria-label="{esc(title)}"'
        html = (f'<div class="setting">\n{head}  <div role="group" class="segmented" id="{cid}" {attr}>\n'
                + '\n'.join(btns) + f'\n  </div>\n  {hp}\n</div>')
        sharing = options[sel][1] if ai else None
        return Chunk(html, [self._rec('segmented', title, cid, ai, sharing)])

    def select(self, label, options, sel, help=None, ai=None):
        cid = self.nid('sel')
        ad, hp = self._help(cid, help)
        opts = []
        for i, o in enumerate(options):
            t = o[0] if isinstance(o, tuple) else o
            c = ' selected' if i == sel else ''
            opts.append(f'    <option value="{i}"{c}>{esc(t)}</option>')
        html = (f'<div class="setting">\n  <label for="{cid}">{esc(label)}</label>\n  <select id="{cid}" name="{cid}"{ad}>\n'
                + '\n'.join(opts) + f'\n  </select>\n  {hp}\n</div>')
        sharing = options[sel][1] if ai else None
        return Chunk(html, [self._rec('select', label, cid, ai, sharing)])

    def btnswitch(self, label, on, help=None, ai=None, neg=None, naming='aria-label', visible_title=None):
        """naming: aria-label | labelledby | text"""
        cid = self.nid('bs')
        tid = cid + '-t'
        ad, hp = self._help(cid, help)
        st = 'true' if on else 'false'
        if naming == 'aria-label':
            head = f'<span class="field-title">{esc(visible_title or label)}</span>\n  '
            btn = f'<button type="button" role="switch" id="{cid}" aria-checked="{st}" aria-label="{esc(label)}"{ad}><span class="knob"></span></button>'
        elif naming == 'labelledby':
            head = f'<span class="field-title" id="{tid}">{esc(label)}</span>\n  '
            btn = f'<button type="button" role="switch" id="{cid}" aria-checked="{st}" aria-labelledby="{tid}"{ad}><span class="knob"></span></button>'
        else:
            head = ''
            btn = f'<button type="button" role="switch" id="{cid}" aria-checked="{st}"{ad}>{esc(label)}</button>'
        html = f'<div class="setting toggle">\n  {head}{btn}\n  {hp}\n</div>'
        sharing = (on != self._neg(ai, neg)) if ai else None
        return Chunk(html, [self._rec('button-switch', label, cid, ai, sharing)])

    def staterow(self, title, status, button, on, help=None, ai=None, neg=None, suffix=None):
        """status row: title, status text, action button. Named by sr-only suffix or
        aria-labelledby="<button> <title>"."""
        cid = self.nid('st')
        tid = cid + '-t'
        hp = f'<p class="help">{esc(help)}</p>' if help else ''
        if suffix:
            btn = f'<button type="button" id="{cid}" class="link-btn">{esc(button)}<span class="sr-only"> {esc(suffix)}</span></button>'
            name = f'{button} {suffix}'
        else:
            btn = f'<button type="button" id="{cid}" class="link-btn" aria-labelledby="{cid} {tid}">{esc(button)}</button>'
            name = f'{button} {title}'
        html = (f'<div class="state-row">\n  <div>\n    <span class="row-title" id="{tid}">{esc(title)}</span>\n'
                f'    <p class="status">{status}</p>\n    {hp}\n  </div>\n  {btn}\n</div>')
        sharing = (on != self._neg(ai, neg)) if ai else None
        return Chunk(html, [self._rec('state-row', name, cid, ai, sharing)])

    def table(self, caption, corner, cols, rows, ai_cols=None, intro=None):
        """rows: [(rowheader, [checked,...])]; ai_cols: {colindex: (shape, neg)}"""
        ai_cols = ai_cols or {}
        tid = self.nid('tb')
        cids = [f'{tid}-c{j}' for j in range(len(cols))]
        head = ''.join(f'<th scope="col" id="{cids[j]}">{esc(c)}</th>' for j, c in enumerate(cols))
        body, recs = [], []
        for i, (rh, vals) in enumerate(rows):
            rid = f'{tid}-r{i}'
            cells = []
            for j, v in enumerate(vals):
                cid = f'{tid}-{i}-{j}'
                c = ' checked' if v else ''
                cells.append(f'<td><input type="checkbox" id="{cid}" aria-labelledby="{rid} {cids[j]}"{c}></td>')
                shape, neg = ai_cols.get(j, (None, False))
                sharing = (v != neg) if shape else None
                recs.append(self._rec('table', f'{rh} {cols[j]}', cid, shape, sharing))
            body.append(f'    <tr><th scope="row" id="{rid}">{esc(rh)}</th>{"".join(cells)}</tr>')
        ih = f'<p class="help">{esc(intro)}</p>\n' if intro else ''
        html = (f'<div class="setting">\n{ih}<table class="matrix">\n  <caption>{esc(caption)}</caption>\n'
                f'  <thead><tr><th scope="col">{esc(corner)}</th>{head}</tr></thead>\n  <tbody>\n' + '\n'.join(body)
                + '\n  </tbody>\n</table>\n</div>')
        return Chunk(html, recs)

    def button(self, text, help=None, cls='btn'):
        cid = self.nid('b')
        hp = f'<p class="help">{esc(help)}</p>' if help else ''
        return Chunk(f'<div class="setting action">\n  <button type="button" id="{cid}" class="{cls}">{esc(text)}</button>\n  {hp}\n</div>',
                     [self._rec('button', text, cid)])

    def textfield(self, label, value, help=None, type='text'):
        cid = self.nid('tf')
        ad, hp = self._help(cid, help)
        return Chunk(f'<div class="setting">\n  <label for="{cid}">{esc(label)}</label>\n  <input type="{type}" id="{cid}" name="{cid}" value="{esc(value)}"{ad}>\n  {hp}\n</div>',
                     [self._rec('textfield', label, cid)])

    def text(self, s, cls='help'):
        return Chunk(f'<p class="{cls}">{s}</p>')

    # ---------- structure
    def sec(self, title, items, intro=None, level=2, details=False, open_=False):
        inner, recs = _join(items)
        ip = f'<p class="intro">{esc(intro)}</p>\n' if intro else ''
        if details:
            ai_names = [r['name'] for r in recs if r['ai'] and not r['hidden']]
            if ai_names and not open_:
                self.notes += ' [Collapsed, not hidden: ' + '; '.join(f'"{n}"' for n in ai_names) + ' inside a closed <details>.]'
            o = ' open' if open_ else ''
            html = f'<details class="panel"{o}>\n<summary>{esc(title)}</summary>\n{ip}{inner}\n</details>'
        else:
            sid = self.nid('sec')
            html = f'<section class="panel" aria-labelledby="{sid}">\n<h{level} id="{sid}">{esc(title)}</h{level}>\n{ip}{inner}\n</section>'
        return Chunk(html, recs)

    def group(self, items, cls='group'):
        inner, recs = _join(items)
        return Chunk(f'<div class="{cls}">\n{inner}\n</div>', recs)

    def hide(self, method, items, opener=None, tabs=None, visible=None, dlg_title=None, close='×'):
        """Wrap items so they are hidden from the person by `method`.
        dialog: opener = button text, dlg_title, close text.
        tab: tabs = [active tab name, hidden tab name], visible = chunks of the active panel."""
        inner, recs = _join(items)
        for r in recs:
            r['hidden'] = method
        extra = []
        if method == 'hidden':
            html = f'<div class="panel-extra" hidden>\n{inner}\n</div>'
        elif method == 'inline-display':
            html = f'<div class="panel-extra" style="display: none">\n{inner}\n</div>'
        elif method == 'class':
            assert self.css_hide_class
            html = f'<div class="{self.css_hide_class}">\n{inner}\n</div>'
        elif method == 'aria-hidden':
            html = f'<div class="panel-extra" aria-hidden="true">\n{inner}\n</div>'
        elif method == 'visibility':
            html = f'<div class="panel-extra" style="visibility:hidden">\n{inner}\n</div>'
        elif method == 'dialog':
            did = self.nid('dlg')
            oid = self.nid('b')
            html = (f'<div class="setting action"><button type="button" id="{oid}" class="btn" aria-haspopup="dialog" aria-controls="{did}">{esc(opener)}</button></div>\n'
                    f'<dialog id="{did}" aria-labelledby="{did}-t">\n<h2 id="{did}-t">{esc(dlg_title)}</h2>\n{inner}\n'
                    f'<form method="dialog"><button class="btn">{esc(close)}</button></form>\n</dialog>')
            extra.append(self._rec('button', opener, oid))
        elif method == 'tab':
            vin, vrecs = _join(visible or [])
            tl = self.nid('tl')
            t0, t1 = f'{tl}-t0', f'{tl}-t1'
            html = (f'<div class="tabs">\n<div role="tablist" aria-label="{esc(tabs[0])} / {esc(tabs[1])}">\n'
                    f'  <button type="button" role="tab" id="{t0}" aria-selected="true" aria-controls="{t0}-p">{esc(tabs[0])}</button>\n'
                    f'  <button type="button" role="tab" id="{t1}" aria-selected="false" aria-controls="{t1}-p" tabindex="-1">{esc(tabs[1])}</button>\n</div>\n'
                    f'<div role="tabpanel" id="{t0}-p" aria-labelledby="{t0}">\n{vin}\n</div>\n'
                    f'<div role="tabpanel" id="{t1}-p" aria-labelledby="{t1}" hidden>\n{inner}\n</div>\n</div>')
            extra.append(self._rec('tab', tabs[0], t0))
            extra.append(self._rec('tab', tabs[1], t1))
            extra.extend(vrecs)
        else:
            raise ValueError(method)
        return Chunk(html, extra + recs)

    def h1(self, title, lead=''):
        self.h1_title, self.lead = title, lead

    def add(self, *chunks):
        for c in chunks:
            self.body.append(c.html)
            self.recs.extend(c.recs)

    # ---------- output
    def render(self):
        C = self.chrome
        css = CSS
        if self.css_hide_class:
            css += f'\n.{self.css_hide_class} {{ display: none; }}'
        url = self.url
        langs = ''.join(f'<option value="{v}"{" selected" if v == self.htmllang else ""}>{esc(t)}</option>'
                        for v, t in LANGS)
        menu = ''.join(f'<li role="none"><a role="menuitem" href="#">{esc(m)}</a></li>' for m in C['menu'])
        cur = ' aria-current="page"'
        nav = '\n'.join(f'    <li><a href="#"{cur if i == self.active_nav else ""}>{esc(t)}</a></li>'
                        for i, t in enumerate(self.nav))
        foot = ' · '.join(f'<a href="#">{esc(f)}</a>' for f in C['footer'])
        body = '\n'.join(self.body)
        return f'''<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="{self.htmllang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(self.title)} – {esc(self.brand)}</title>
<style>
{css}
</style>
</head>
<body>
<a class="skip" href="#main">{esc(C['skip'])}</a>
<header class="topbar">
  <a class="logo" href="/">{esc(self.brand)}</a>
  <form role="search" class="search"><input type="search" name="q" aria-label="{esc(C['search'])}" placeholder="{esc(C['search_ph'])}"></form>
  <label class="sr-only" for="{self.prefix}-lang">{esc(C['language'])}</label>
  <select id="{self.prefix}-lang">{langs}</select>
  <button type="button" class="account" aria-haspopup="menu" aria-expanded="false" aria-controls="{self.prefix}-acct">{esc(C['account'])}</button>
  <ul id="{self.prefix}-acct" role="menu" hidden>{menu}</ul>
</header>
<div class="layout">
<nav class="sidenav" aria-label="{esc(C['settings_nav'])}">
  <ul>
{nav}
  </ul>
</nav>
<main id="main">
<h1>{esc(self.h1_title)}</h1>
<p class="lead">{esc(self.lead)}</p>
{body}
</main>
</div>
<footer class="site-footer">
  <p>© 2025 {esc(self.brand)} · {foot}</p>
</footer>
</body>
</html>
'''

    def expect(self):
        labels = [{'label': r['name'], 'sharing': r['sharing']} for r in self.recs if r['ai'] and not r['hidden']]
        return {'url': self.url, 'lang': self.lang, 'notes': self.notes, 'ai_training': labels}

    def meta(self):
        hid = [r for r in self.recs if r['ai'] and r['hidden']]
        return {
            'page': f'{self.lang}/{self.slug}', 'url': self.url, 'lang': self.lang, 'service': self.service,
            'known': self.known,
            'hidden': [{'id': r['id'], 'method': r['hidden'], 'kind': r['kind'], 'name': r['name']} for r in hid],
            'labels': [{'label': r['name'], 'sharing': r['sharing'], 'shape': r['shape'], 'kind': r['kind'], 'id': r['id']}
                       for r in self.recs if r['ai'] and not r['hidden']],
            'visible_controls': sum(1 for r in self.recs if not r['hidden']),
            'details': '<details' in ''.join(self.body),
        }


LANGS = [('en', 'English'), ('de', 'Deutsch'), ('fr', 'Français'), ('es', 'Español'),
         ('pt-BR', 'Português (Brasil)'), ('it', 'Italiano'), ('nl', 'Nederlands')]

CSS = '''body { font-family: system-ui, sans-serif; margin: 0; color: #1d1d22; }
.topbar { display: flex; gap: 1rem; align-items: center; padding: .6rem 1.2rem; border-bottom: 1px solid #ddd; }
.layout { display: flex; }
.sidenav { width: 14rem; padding: 1rem; }
main { flex: 1; padding: 1rem 2rem; max-width: 52rem; }
.panel { border: 1px solid #e4e4ea; border-radius: 8px; padding: 1rem; margin: 1rem 0; }
.setting { margin: .8rem 0; }
.help, .note, .status { color: #5b5b66; font-size: .9rem; margin: .2rem 0; }
.state-row { display: flex; justify-content: space-between; align-items: center; gap: 1rem; margin: .8rem 0; }
.segmented button[aria-pressed="true"] { background: #2f5bea; color: #fff; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; }
table.matrix { border-collapse: collapse; }
table.matrix th, table.matrix td { border-bottom: 1px solid #eee; padding: .4rem .8rem; text-align: left; }
.site-footer { border-top: 1px solid #ddd; padding: 1rem 2rem; font-size: .85rem; }'''

CHROME = {
    'en': dict(skip='Skip to content', search='Search', search_ph='Search templates, help and more',
               language='Language', account='Account', settings_nav='Settings',
               menu=['Your profile', 'Plans and billing', 'Help centre', 'Sign out'],
               footer=['Privacy policy', 'Terms of use', 'Cookie preferences', 'Accessibility']),
    'de': dict(skip='Zum Inhalt springen', search='Suchen', search_ph='Vorlagen, Hilfe und mehr durchsuchen',
               language='Sprache', account='Mein Konto', settings_nav='Einstellungen',
               menu=['Profil', 'Abo und Rechnungen', 'Hilfe', 'Abmelden'],
               footer=['Impressum', 'Datenschutz', 'AGB', 'Cookie-Einstellungen']),
    'fr': dict(skip='Aller au contenu', search='Rechercher', search_ph='Rechercher des modèles, de l’aide…',
               language='Langue', account='Mon compte', settings_nav='Paramètres',
               menu=['Profil', 'Abonnement et facturation', 'Centre d’aide', 'Se déconnecter'],
               footer=['Mentions légales', 'Confidentialité', 'Conditions d’utilisation', 'Gestion des cookies']),
    'es': dict(skip='Saltar al contenido', search='Buscar', search_ph='Busca plantillas, ayuda y más',
               language='Idioma', account='Cuenta', settings_nav='Configuración',
               menu=['Perfil', 'Plan y facturación', 'Centro de ayuda', 'Cerrar sesión'],
               footer=['Aviso legal', 'Privacidad', 'Condiciones', 'Preferencias de cookies']),
    'pt': dict(skip='Pular para o conteúdo', search='Pesquisar', search_ph='Pesquise modelos, ajuda e mais',
               language='Idioma', account='Minha conta', settings_nav='Configurações',
               menu=['Perfil', 'Plano e cobrança', 'Central de ajuda', 'Sair'],
               footer=['Política de privacidade', 'Termos de uso', 'Preferências de cookies', 'Acessibilidade']),
    'it': dict(skip='Vai al contenuto', search='Cerca', search_ph='Cerca modelli, guide e altro',
               language='Lingua', account='Il mio account', settings_nav='Impostazioni',
               menu=['Profilo', 'Abbonamento e fatture', 'Centro assistenza', 'Esci'],
               footer=['Note legali', 'Privacy', 'Termini di servizio', 'Preferenze cookie']),
    'nl': dict(skip='Naar inhoud', search='Zoeken', search_ph='Zoek sjablonen, hulp en meer',
               language='Taal', account='Account', settings_nav='Instellingen',
               menu=['Profiel', 'Abonnement en facturen', 'Helpcentrum', 'Uitloggen'],
               footer=['Privacyverklaring', 'Voorwaarden', 'Cookie-instellingen', 'Toegankelijkheid']),
}
