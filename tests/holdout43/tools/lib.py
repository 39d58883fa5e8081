"""Helpers for building the blind43 pages (standard library only).

A Page collects the markup of <main> through widget helpers. Every helper
registers one *control unit* (a radio group or a segmented button group is one
unit) so that gen.py can write per-page counts to meta.json, which check.py
compares with its own parse of the markup.

``ai=`` marks a control whose concern is AI training:
    T('ivh') / F('ivh')  visible, labelled, sharing True / False, with shapes
                         i = inverted wording, v = vague name + help, h = heading-only
    HID                  an AI-training decoy built inside a hidden container
"""
import html

LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']


def esc(s):
    return html.escape(s, quote=True)


def T(shapes=''):
    return (True, shapes)


def F(shapes=''):
    return (False, shapes)


HID = ('hidden', '')

UI = {
    'en': dict(search='Search', ph='Search for anything', lang='Language', acct='Account menu',
               menu=['Account overview', 'Log out'], yes='Yes', no='No', on='On', off='Off',
               foot=['Privacy notice', 'Terms of use', 'Accessibility', 'Contact us'], skip='Skip to content'),
    'de': dict(search='Suche', ph='Wonach suchst du?', lang='Sprache', acct='Kontomenü',
               menu=['Kontoübersicht', 'Abmelden'], yes='Ja', no='Nein', on='An', off='Aus',
               foot=['Datenschutzhinweise', 'AGB', 'Impressum', 'Hilfe & Kontakt'], skip='Zum Inhalt springen'),
    'fr': dict(search='Rechercher', ph='Rechercher un article, une marque…', lang='Langue', acct='Menu du compte',
               menu=['Mon profil public', 'Se déconnecter'], yes='Oui', no='Non', on='Activé', off='Désactivé',
               foot=['Politique de confidentialité', 'Conditions générales', 'Mentions légales', 'Aide'],
               skip='Aller au contenu'),
    'es': dict(search='Buscar', ph='¿Qué estás buscando?', lang='Idioma', acct='Menú de la cuenta',
               menu=['Ver perfil público', 'Cerrar sesión'], yes='Sí', no='No', on='Activado', off='Desactivado',
               foot=['Política de privacidad', 'Condiciones de uso', 'Aviso legal', 'Centro de ayuda'],
               skip='Ir al contenido'),
    'pt': dict(search='Pesquisar', ph='Buscar produtos, marcas e muito mais…', lang='Idioma', acct='Menu da conta',
               menu=['Perfil público', 'Sair'], yes='Sim', no='Não', on='Ativado', off='Desativado',
               foot=['Política de privacidade', 'Termos de uso', 'Acessibilidade', 'Central de ajuda'],
               skip='Ir para o conteúdo'),
    'it': dict(search='Cerca', ph='Cerca prodotti e negozi', lang='Lingua', acct='Menu account',
               menu=['Profilo pubblico', 'Esci'], yes='Sì', no='No', on='Attivo', off='Disattivato',
               foot=['Informativa privacy', 'Condizioni generali', 'Note legali', 'Assistenza'],
               skip='Vai al contenuto'),
    'nl': dict(search='Zoeken', ph='Waar ben je naar op zoek?', lang='Taal', acct='Accountmenu',
               menu=['Openbaar profiel', 'Uitloggen'], yes='Ja', no='Nee', on='Aan', off='Uit',
               foot=['Privacyverklaring', 'Algemene voorwaarden', 'Toegankelijkheid', 'Klantenservice'],
               skip='Naar de inhoud'),
}

LANG_NAMES = [('en', 'English'), ('de', 'Deutsch'), ('fr', 'Français'), ('es', 'Español'),
              ('pt', 'Português'), ('it', 'Italiano'), ('nl', 'Nederlands')]

# Class vocabularies, so that the pages do not all share one markup dialect.
SKINS = [
    dict(row='settings-row', help='settings-row__hint', title='settings-row__title', val='settings-row__value',
         sw='toggle', sec='settings-card', btn='btn btn--secondary', pri='btn btn--primary', seg='segmented',
         hide='is-hidden', sr='visually-hidden', tbl='matrix', field='settings-group'),
    dict(row='flex items-center justify-between gap-4 py-3 border-b', help='text-sm text-gray-600',
         title='font-medium', val='text-gray-700', sw='switch', sec='rounded-lg border p-6 mb-6',
         btn='px-3 py-1 border rounded', pri='px-4 py-2 rounded bg-black text-white', seg='inline-flex rounded',
         hide='hidden-block', sr='sr-only', tbl='w-full text-left', field='space-y-2'),
    dict(row='field', help='hint', title='field-label', val='field-value', sw='sw', sec='panel',
         btn='button', pri='button button-primary', seg='btn-group', hide='u-hide', sr='screenreader-text',
         tbl='table', field='fieldset'),
    dict(row='pref', help='pref-note', title='pref-name', val='pref-state', sw='onoff', sec='pref-block',
         btn='pref-action', pri='pref-submit', seg='choice-bar', hide='d-none', sr='a11y-hidden',
         tbl='pref-table', field='pref-set'),
]

SR_CSS = 'position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0'


class Page:
    def __init__(self, lang, slug, url, title, brand, real=False, notes='', html_lang=None,
                 nav=(), nav_current=0, skin=0, skel=0, foot=None, menu=None):
        self.lang, self.slug, self.url, self.title, self.brand = lang, slug, url, title, brand
        self.real, self.notes = real, notes
        self.html_lang = html_lang or lang
        self.nav, self.nav_current = list(nav), nav_current
        self.skin = SKINS[skin % len(SKINS)]
        self.skel = skel
        self.ui = dict(UI[lang])
        if foot:
            self.ui['foot'] = foot
        if menu:
            self.ui['menu'] = menu
        self.n = 0
        self.units = 0
        self.labels = []
        self.hidden_ai = 0
        self.hidden_how = []
        self._hidden = False

    # ---------------------------------------------------------------- basics
    def c(self, key):
        return self.skin[key]

    def nid(self, p='c'):
        self.n += 1
        return f'{p}{self.n}'

    def reg(self, name, ai=None):
        if self._hidden:
            if ai is not None:
                assert ai == HID, f'{self.slug}: labelled control inside hidden container: {name}'
                self.hidden_ai += 1
            return
        assert ai != HID, f'{self.slug}: HID control outside hidden container: {name}'
        self.units += 1
        if ai is not None:
            self.labels.append(dict(label=' '.join(name.split()), sharing=ai[0], shapes=ai[1]))

    def _help(self, help, desc, tag='p'):
        if not help:
            return '', ''
        hid = self.nid('h')
        attr = f' aria-describedby="{hid}"' if desc else ''
        idattr = f' id="{hid}"' if desc else ''
        return attr, f'<{tag} class="{self.c("help")}"{idattr}>{esc(help)}</{tag}>'

    def sr(self, text):
        return f'<span class="{self.c("sr")}">{esc(text)}</span>'

    # --------------------------------------------------------------- widgets
    def cb(self, text, checked=False, help=None, desc=True, wrap=False, ai=None, disabled=False, name=None):
        """Native checkbox, <label for> or wrapping <label>."""
        i = self.nid('cb')
        d, h = self._help(help, desc)
        ch = ' checked' if checked else ''
        dis = ' disabled' if disabled else ''
        nm = f' name="{name}"' if name else ''
        self.reg(text, ai)
        if wrap:
            return (f'<div class="{self.c("row")}"><label><input type="checkbox"{nm}{ch}{dis}{d}> '
                    f'<span>{esc(text)}</span></label>{h}</div>')
        return (f'<div class="{self.c("row")}"><input type="checkbox" id="{i}"{nm}{ch}{dis}{d}>'
                f'<label for="{i}">{esc(text)}</label>{h}</div>')

    def sw(self, text, on, mode='content', vis=None, help=None, desc=True, ai=None, state_words=None):
        """role=switch button.
        mode 'content': name from its own text; 'aria': aria-label, visible text only On/Off
        (plus an optional visible title vis); 'lby': aria-labelledby a visible title."""
        d, h = self._help(help, desc)
        st = 'true' if on else 'false'
        onw, offw = state_words or (self.ui['on'], self.ui['off'])
        self.reg(text, ai)
        row = self.c('row')
        if mode == 'content':
            return (f'<div class="{row}"><button type="button" role="switch" aria-checked="{st}" class="{self.c("sw")}"{d}>'
                    f'<span>{esc(text)}</span><span class="{self.c("sw")}__track" aria-hidden="true"></span></button>{h}</div>')
        if mode == 'aria':
            t = f'<span class="{self.c("title")}">{esc(vis)}</span>' if vis else ''
            return (f'<div class="{row}">{t}<button type="button" role="switch" aria-checked="{st}" '
                    f'aria-label="{esc(text)}" class="{self.c("sw")}"{d}>{esc(onw if on else offw)}</button>{h}</div>')
        if mode == 'lby':
            t = self.nid('t')
            return (f'<div class="{row}"><span id="{t}" class="{self.c("title")}">{esc(text)}</span>'
                    f'<button type="button" role="switch" aria-checked="{st}" aria-labelledby="{t}" class="{self.c("sw")}"{d}>'
                    f'<span class="{self.c("sw")}__knob"></span></button>{h}</div>')
        raise ValueError(mode)

    def divtog(self, text, on, help=None, desc=True, ai=None, role='switch', tag='div'):
        """A div/span toggle with a role, named by aria-labelledby."""
        d, h = self._help(help, desc)
        t = self.nid('t')
        self.reg(text, ai)
        return (f'<div class="{self.c("row")}"><{tag} id="{t}" class="{self.c("title")}">{esc(text)}</{tag}>'
                f'<div class="{self.c("sw")}" role="{role}" tabindex="0" aria-checked="{"true" if on else "false"}" '
                f'aria-labelledby="{t}"{d}></div>{h}</div>')

    def sel(self, text, options, selected=0, help=None, desc=True, ai=None):
        i = self.nid('sel')
        d, h = self._help(help, desc)
        self.reg(text, ai)
        opts = ''.join(f'<option{" selected" if k == selected else ""}>{esc(o)}</option>' for k, o in enumerate(options))
        return (f'<div class="{self.c("row")}"><label for="{i}">{esc(text)}</label>'
                f'<select id="{i}"{d}>{opts}</select>{h}</div>')

    def seg(self, text, options, pressed=0, help=None, desc=True, ai=None, label_mode='lby'):
        """Segmented buttons with aria-pressed inside role=group (one unit)."""
        d, h = self._help(help, desc)
        self.reg(text, ai)
        btns = ''.join(f'<button type="button" aria-pressed="{"true" if k == pressed else "false"}">{esc(o)}</button>'
                       for k, o in enumerate(options))
        if label_mode == 'aria':
            return (f'<div class="{self.c("row")}"><div role="group" aria-label="{esc(text)}" class="{self.c("seg")}"{d}>'
                    f'{btns}</div>{h}</div>')
        t = self.nid('t')
        return (f'<div class="{self.c("row")}"><span id="{t}" class="{self.c("title")}">{esc(text)}</span>'
                f'<div role="group" aria-labelledby="{t}" class="{self.c("seg")}"{d}>{btns}</div>{h}</div>')

    def radios(self, legend, options, selected=0, kind='fieldset', help=None, desc=True, ai=None, helps=None):
        """A radio group (one unit): native radios in a fieldset, or role=radiogroup with role=radio."""
        d, h = self._help(help, desc)
        self.reg(legend, ai)
        name = self.nid('rg')
        if kind == 'fieldset':
            items = []
            for k, o in enumerate(options):
                i = self.nid('r')
                ch = ' checked' if k == selected else ''
                extra = ''
                if helps and helps[k]:
                    extra = f'<small class="{self.c("help")}">{esc(helps[k])}</small>'
                items.append(f'<div><input type="radio" id="{i}" name="{name}" value="{k}"{ch}>'
                             f'<label for="{i}">{esc(o)}</label>{extra}</div>')
            return (f'<fieldset class="{self.c("field")}"{d}><legend>{esc(legend)}</legend>{h}{"".join(items)}</fieldset>')
        if kind == 'fieldset-wrap':
            items = ''.join(f'<label><input type="radio" name="{name}" value="{k}"{" checked" if k == selected else ""}> {esc(o)}</label>'
                            for k, o in enumerate(options))
            return f'<fieldset class="{self.c("field")}"{d}><legend>{esc(legend)}</legend>{items}{h}</fieldset>'
        if kind == 'rg':
            t = self.nid('t')
            items = ''.join(f'<div role="radio" tabindex="{0 if k == selected else -1}" aria-checked="{"true" if k == selected else "false"}">{esc(o)}</div>'
                            for k, o in enumerate(options))
            return (f'<div class="{self.c("row")}"><p id="{t}" class="{self.c("title")}">{esc(legend)}</p>'
                    f'<div role="radiogroup" aria-labelledby="{t}"{d}>{items}</div>{h}</div>')
        raise ValueError(kind)

    def yesno(self, q, yes, kind='fieldset', help=None, desc=True, ai=None):
        opts = [self.ui['yes'], self.ui['no']]
        if kind == 'seg':
            return self.seg(q, opts, 0 if yes else 1, help=help, desc=desc, ai=ai)
        return self.radios(q, opts, 0 if yes else 1, kind=kind, help=help, desc=desc, ai=ai)

    def table(self, caption, rowhead, cols, rows, ctl='cb', name='row', intro=None):
        """Per-row table. rows: (rowname, [state per col], [ai per col] or None).
        name='row': a control is named by its row header only (single control column);
        name='rowcol': by row header + column header."""
        colids = [self.nid('col') for _ in cols]
        head = f'<th scope="col">{esc(rowhead)}</th>' + ''.join(
            f'<th scope="col" id="{ci}">{esc(c)}</th>' for ci, c in zip(colids, cols))
        body = []
        for rn, states, ais in rows:
            rid = self.nid('row')
            cells = []
            for k, st in enumerate(states):
                ai = ais[k] if ais else None
                lby = rid if name == 'row' else f'{rid} {colids[k]}'
                nm = rn if name == 'row' else f'{rn} {cols[k]}'
                self.reg(nm, ai)
                if ctl == 'cb':
                    cells.append(f'<td><input type="checkbox" aria-labelledby="{lby}"{" checked" if st else ""}></td>')
                else:
                    cells.append(f'<td><button type="button" role="switch" aria-checked="{"true" if st else "false"}" '
                                 f'aria-labelledby="{lby}" class="{self.c("sw")}">{esc(self.ui["on"] if st else self.ui["off"])}</button></td>')
            body.append(f'<tr><th scope="row" id="{rid}">{esc(rn)}</th>{"".join(cells)}</tr>')
        cap = f'<caption>{esc(caption)}</caption>' if caption else ''
        it = f'<p>{esc(intro)}</p>' if intro else ''
        return (f'{it}<table class="{self.c("tbl")}">{cap}<thead><tr>{head}</tr></thead>'
                f'<tbody>{"".join(body)}</tbody></table>')

    def state(self, title, value, action, how='sr', sr_text=None, help=None, ai=None, elt='button', href='#'):
        """A state-as-text row with an action. how='sr': action text + visually hidden suffix;
        'lby': the action is aria-labelledby itself + the title."""
        h = f'<p class="{self.c("help")}">{esc(help)}</p>' if help else ''
        row = self.c('row')
        if how == 'sr':
            suffix = sr_text if sr_text is not None else title
            self.reg(f'{action} {suffix}', ai)
            inner = f'{esc(action)}<span class="{self.c("sr")}"> {esc(suffix)}</span>'
            ctl = (f'<a href="{href}" class="{self.c("btn")}">{inner}</a>' if elt == 'a'
                   else f'<button type="button" class="{self.c("btn")}">{inner}</button>')
            return (f'<div class="{row}"><span class="{self.c("title")}">{esc(title)}</span>'
                    f'<span class="{self.c("val")}">{esc(value)}</span>{ctl}{h}</div>')
        if how == 'lby':
            t, a = self.nid('t'), self.nid('a')
            self.reg(f'{action} {title}', ai)
            ctl = (f'<a href="{href}" id="{a}" aria-labelledby="{a} {t}" class="{self.c("btn")}">{esc(action)}</a>' if elt == 'a'
                   else f'<button type="button" id="{a}" aria-labelledby="{a} {t}" class="{self.c("btn")}">{esc(action)}</button>')
            return (f'<div class="{row}"><span id="{t}" class="{self.c("title")}">{esc(title)}</span>'
                    f'<span class="{self.c("val")}">{esc(value)}</span>{ctl}{h}</div>')
        raise ValueError(how)

    def btn(self, text, kind='button', href='#', primary=False, ai=None, aria=None):
        self.reg(aria or text, ai)
        cls = self.c('pri') if primary else self.c('btn')
        al = f' aria-label="{esc(aria)}"' if aria else ''
        if kind == 'a':
            return f'<a href="{esc(href)}" class="{cls}"{al}>{esc(text)}</a>'
        return f'<button type="button" class="{cls}"{al}>{esc(text)}</button>'

    def inp(self, text, value='', type='text', help=None, desc=True, placeholder=None, area=False):
        i = self.nid('in')
        d, h = self._help(help, desc)
        self.reg(text)
        ph = f' placeholder="{esc(placeholder)}"' if placeholder else ''
        if area:
            return (f'<div class="{self.c("row")}"><label for="{i}">{esc(text)}</label>'
                    f'<textarea id="{i}" rows="3"{ph}{d}>{esc(value)}</textarea>{h}</div>')
        return (f'<div class="{self.c("row")}"><label for="{i}">{esc(text)}</label>'
                f'<input type="{type}" id="{i}" value="{esc(value)}"{ph}{d}>{h}</div>')

    # ------------------------------------------------------------ containers
    def sec(self, title, *items, intro=None, level=2, tag='section', desc_intro=False):
        h = self.nid('sec')
        it = f'<p class="{self.c("help")}">{esc(intro)}</p>' if intro else ''
        return (f'<{tag} class="{self.c("sec")}" aria-labelledby="{h}"><h{level} id="{h}">{esc(title)}</h{level}>'
                f'{it}{"".join(items)}</{tag}>')

    def div(self, *items, cls=None):
        return f'<div class="{cls or self.c("field")}">{"".join(items)}</div>'

    def p(self, text, cls=None):
        return f'<p class="{cls or self.c("help")}">{esc(text)}</p>'

    def dialog(self, title, *items, intro=None):
        """An open, visible role=dialog (its controls count)."""
        h = self.nid('dlg')
        it = f'<p>{esc(intro)}</p>' if intro else ''
        return (f'<div role="dialog" aria-modal="true" aria-labelledby="{h}" class="modal is-open">'
                f'<h2 id="{h}">{esc(title)}</h2>{it}{"".join(items)}</div>')

    def details(self, summary, *items):
        return f'<details><summary>{esc(summary)}</summary>{"".join(items)}</details>'

    def hide(self, how, fn, n_ai=None):
        """Build fn() in hidden context and wrap it so that it is hidden from the person."""
        self._hidden = True
        try:
            items = fn()
        finally:
            self._hidden = False
        inner = ''.join(items) if isinstance(items, (list, tuple)) else items
        self.hidden_how.append(how)
        if how == 'style':
            return f'<div style="display: none">{inner}</div>'
        if how == 'class':
            return f'<div class="{self.c("hide")}">{inner}</div>'
        if how == 'hidden':
            return f'<div hidden>{inner}</div>'
        if how == 'aria':
            return f'<div aria-hidden="true">{inner}</div>'
        if how == 'vis':
            return f'<div style="visibility:hidden">{inner}</div>'
        if how == 'dialog':
            return f'<dialog id="{self.nid("dl")}">{inner}</dialog>'
        raise ValueError(how)

    def tabs(self, label, panes, active=0):
        """panes: [(tab name, fn)] -- inactive panels are hidden and built in hidden context."""
        tids = [self.nid('tab') for _ in panes]
        pids = [self.nid('panel') for _ in panes]
        tl = []
        neg = ' tabindex="-1"'
        for k, (nm, _) in enumerate(panes):
            self.reg(nm)
            tl.append(f'<button type="button" role="tab" id="{tids[k]}" aria-controls="{pids[k]}" '
                      f'aria-selected="{"true" if k == active else "false"}"{"" if k == active else neg}>{esc(nm)}</button>')
        out = [f'<div role="tablist" aria-label="{esc(label)}">{"".join(tl)}</div>']
        for k, (nm, fn) in enumerate(panes):
            if k != active:
                self._hidden = True
                self.hidden_how.append('tab')
            try:
                items = fn()
            finally:
                self._hidden = False
            inner = ''.join(items) if isinstance(items, (list, tuple)) else items
            hid = '' if k == active else ' hidden'
            out.append(f'<div role="tabpanel" id="{pids[k]}" aria-labelledby="{tids[k]}"{hid}>{inner}</div>')
        return ''.join(out)

    # ---------------------------------------------------------------- render
    def render(self, *main_items, h1=None, lead=None):
        ui = self.ui
        sk = self.skin
        css = (f'body{{font-family:system-ui,sans-serif;margin:0}}'
               f'.{sk["sr"]}{{{SR_CSS}}}'
               f'.{sk["hide"]}{{display:none}}'
               f'.{sk["sw"]}[aria-checked="true"]{{background:#2a7}}'
               f'.layout{{display:flex;gap:2rem}}'
               f'.help,.hint{{color:#555}}')
        langs = ''.join(f'<option value="{c}"{" selected" if c == self.lang else ""}>{esc(n)}</option>' for c, n in LANG_NAMES)
        menu = ''.join(f'<li role="none"><a role="menuitem" href="#">{esc(m)}</a></li>' for m in ui['menu'])
        if self.skel % 2 == 0:
            search = (f'<form role="search" action="#"><label for="q" class="{sk["sr"]}">{esc(ui["search"])}</label>'
                      f'<input type="search" id="q" name="q" placeholder="{esc(ui["ph"])}"></form>')
        else:
            search = (f'<div class="search"><input type="search" aria-label="{esc(ui["search"])}" '
                      f'placeholder="{esc(ui["ph"])}"><button type="submit" class="search-go">{esc(ui["search"])}</button></div>')
        if self.skel % 3 == 0:
            acct = (f'<button type="button" id="acct-btn" aria-haspopup="menu" aria-expanded="false" aria-controls="acct-menu" '
                    f'aria-label="{esc(ui["acct"])}"><span aria-hidden="true">●</span></button>')
        else:
            acct = (f'<button type="button" id="acct-btn" aria-haspopup="true" aria-expanded="false" aria-controls="acct-menu">'
                    f'{esc(ui["acct"])}</button>')
        header = (f'<header class="site-header"><a href="#main" class="{sk["sr"]}">{esc(ui["skip"])}</a>'
                  f'<a href="/" class="logo">{esc(self.brand)}</a>{search}'
                  f'<label for="site-lang" class="{sk["sr"]}">{esc(ui["lang"])}</label><select id="site-lang">{langs}</select>'
                  f'{acct}<ul id="acct-menu" role="menu" aria-labelledby="acct-btn" hidden>{menu}</ul></header>')
        cur = ' aria-current="page"'
        navitems = ''.join(f'<li><a href="#"{cur if k == self.nav_current else ""}>{esc(t)}</a></li>'
                           for k, t in enumerate(self.nav))
        nav = f'<nav aria-label="{esc(self.nav_label())}" class="side-nav"><ul>{navitems}</ul></nav>'
        if self.skel % 2 == 1:
            nav = f'<aside class="sidebar">{nav}</aside>'
        foot = ''.join(f'<a href="#">{esc(f)}</a> ' for f in ui['foot'])
        footer = f'<footer class="site-footer"><p>© 2025 {esc(self.brand)}</p><nav aria-label="Footer">{foot}</nav></footer>'
        h1h = f'<h1>{esc(h1 or self.title)}</h1>'
        ld = f'<p class="lead">{esc(lead)}</p>' if lead else ''
        main = f'<main id="main">{h1h}{ld}{"".join(main_items)}</main>'
        url = self.url
        lines = [
            '<!DOCTYPE html>',
            f'<!-- saved from url=({len(url):04d}){url} -->',
            f'<html lang="{self.html_lang}">',
            f'<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{esc(self.title)} – {esc(self.brand)}</title><style>{css}</style></head>',
            '<body>',
            header,
            f'<div class="layout">{nav}',
            pretty(main),
            '</div>',
            footer,
            '</body>',
            '</html>',
            '',
        ]
        return '\n'.join(lines)

    def nav_label(self):
        return {'en': 'Settings', 'de': 'Einstellungen', 'fr': 'Paramètres', 'es': 'Ajustes',
                'pt': 'Configurações', 'it': 'Impostazioni', 'nl': 'Instellingen'}[self.lang]

    def meta(self):
        sh = lambda ch: sum(1 for l in self.labels if ch in l['shapes'])
        return dict(lang=self.lang, page=self.slug, url=self.url, real=self.real, brand=self.brand,
                    units=self.units, labelled=len(self.labels),
                    true=sum(1 for l in self.labels if l['sharing']),
                    false=sum(1 for l in self.labels if not l['sharing']),
                    inverted=sh('i'), vague=sh('v'), heading=sh('h'),
                    hidden=self.hidden_ai, hidden_how=self.hidden_how)

    def expect(self):
        return dict(url=self.url, lang=self.lang, notes=self.notes,
                    ai_training=[dict(label=l['label'], sharing=l['sharing']) for l in self.labels])


def pretty(s):
    """Put block-level openings on their own lines (cosmetic only)."""
    for t in ('<section', '<fieldset', '<table', '<details', '<div role="dialog"', '<dialog', '<div role="tab',
              '<h2', '<h3', '</section>'):
        s = s.replace(t, '\n' + t)
    return s


REGISTRY = {}


def page(fn):
    """Decorator: register a page builder (returns (Page, html))."""
    mod = fn.__module__.split('_')[-1]
    REGISTRY.setdefault(mod, []).append(fn)
    return fn
