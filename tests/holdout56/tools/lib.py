"""Page builder for the blind56 holdout set (Python 3 standard library only).

A Page collects the markup of <main> widget by widget, counts visible control
units, records the labelled AI-training controls (label, sharing, shape, widget
kind) and the hidden AI-training decoys (element id, hiding mechanism).
"""
import html
import re
from contextlib import contextmanager

MECHS = {
    'hidden': 'hidden attribute',
    'display': 'inline display:none',
    'class': 'CSS class with display:none',
    'aria': 'aria-hidden="true"',
    'visibility': 'visibility:hidden',
    'dialog': 'closed <dialog>',
    'tab': 'inactive tab panel (hidden)',
}

HTML_LANG = {'pt': 'pt-BR'}

HIDE_CLASSES = ['is-collapsed', 'd-none', 'u-hidden', 'js-off', 'panel--closed']


def E(s):
    return html.escape(s, quote=True)


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


class Page:
    def __init__(self, lang, slug, service, url, title, chrome, known=False, notes='', tone=''):
        self.lang, self.slug, self.service, self.url = lang, slug, service, url
        self.title, self.chrome, self.known, self.notes, self.tone = title, chrome, known, notes, tone
        self.out = []
        self.units = 0
        self.labels = []
        self.hidden_ai = []
        self.hidden_decoys = []
        self.hid = None
        self.n = 0
        self.hide_class = HIDE_CLASSES[sum(map(ord, slug)) % len(HIDE_CLASSES)]
        self.decoy_kinds = set()
        self.in_details = 0

    # ---- bookkeeping -------------------------------------------------
    def uid(self, p='c'):
        self.n += 1
        return f'{p}{self.n}'

    def w(self, s):
        self.out.append(s)

    def _sharing(self, ai, checked):
        if isinstance(ai, tuple):
            return ai
        return (ai, (not checked) if ai == 'i' else bool(checked))

    def rec(self, el_id, label, ai, kind, checked=None, units=1):
        if self.hid:
            if ai:
                self.hidden_ai.append({'id': el_id, 'mech': self.hid, 'label': norm(label)})
            return
        self.units += units
        if ai:
            shape, sharing = self._sharing(ai, checked)
            assert shape in 'ivhp' and len(shape) == 1, shape
            self.labels.append({'label': norm(label), 'sharing': sharing, 'shape': shape, 'kind': kind,
                                'in_closed_details': bool(self.in_details)})

    def decoy(self, *kinds):
        self.decoy_kinds.update(kinds)

    def _help(self, help, tie):
        if not help:
            return '', ''
        hid = self.uid('h')
        attr = f' aria-describedby="{hid}"' if tie else ''
        return attr, f'<p class="help" id="{hid}">{E(help)}</p>' if tie else f'<p class="help">{E(help)}</p>'

    # ---- structure ---------------------------------------------------
    @contextmanager
    def section(self, title, intro=None, level=2, cls='panel'):
        hid = self.uid('s')
        self.w(f'<section class="{cls}" aria-labelledby="{hid}">\n<h{level} id="{hid}">{E(title)}</h{level}>')
        if intro:
            self.w(f'<p class="intro">{E(intro)}</p>')
        yield
        self.w('</section>')

    @contextmanager
    def card(self, title=None, level=3, intro=None):
        self.w('<div class="card">')
        if title:
            self.w(f'<h{level} class="card-title">{E(title)}</h{level}>')
        if intro:
            self.w(f'<p class="card-text">{E(intro)}</p>')
        yield
        self.w('</div>')

    @contextmanager
    def details(self, summary, intro=None):
        self.w(f'<details class="more">\n<summary>{E(summary)}</summary>\n<div class="more-body">')
        if intro:
            self.w(f'<p>{E(intro)}</p>')
        self.in_details += 1
        yield
        self.in_details -= 1
        self.w('</div>\n</details>')

    @contextmanager
    def fieldset(self, legend, intro=None):
        self.w(f'<fieldset class="group">\n<legend>{E(legend)}</legend>')
        if intro:
            self.w(f'<p class="help">{E(intro)}</p>')
        yield
        self.w('</fieldset>')

    @contextmanager
    def hidden(self, mech, opener=None, title=None, close='Close'):
        """Wrap the following widgets in a block the person cannot see."""
        assert mech in MECHS and mech != 'tab'
        if mech == 'dialog':
            did = self.uid('dlg')
            self.w(f'<button type="button" class="btn btn-secondary" aria-haspopup="dialog" aria-controls="{did}">{E(opener)}</button>')
            self.rec(did, opener, None, 'button')
            th = self.uid('dh')
            self.w(f'<dialog id="{did}" aria-labelledby="{th}">\n<h2 id="{th}">{E(title or opener)}</h2>')
        elif mech == 'hidden':
            self.w('<div class="legacy" hidden>')
        elif mech == 'display':
            self.w('<div class="block" style="display:none">')
        elif mech == 'class':
            self.w(f'<div class="{self.hide_class}">')
        elif mech == 'aria':
            self.w('<div class="carousel-slide" aria-hidden="true">')
        elif mech == 'visibility':
            self.w('<div class="pending" style="visibility:hidden;height:0;overflow:hidden">')
        prev, self.hid = self.hid, mech
        yield
        self.hid = prev
        if mech == 'dialog':
            self.w(f'<form method="dialog"><button>{E(close)}</button></form>\n</dialog>')
        else:
            self.w('</div>')

    def tabs(self, name, tabs, active=0):
        """tabs: list of (tab title, callable writing the panel). Inactive panels are hidden."""
        ids = [(self.uid('tab'), self.uid('tp')) for _ in tabs]
        self.w(f'<div class="tabs"><div role="tablist" aria-label="{E(name)}">')
        for k, ((t, _), (tid, pid)) in enumerate(zip(tabs, ids)):
            sel = 'true' if k == active else 'false'
            self.w(f'<button type="button" role="tab" id="{tid}" aria-selected="{sel}" aria-controls="{pid}">{E(t)}</button>')
            self.rec(tid, t, None, 'tab')
        self.w('</div>')
        for k, ((t, fn), (tid, pid)) in enumerate(zip(tabs, ids)):
            hidden = '' if k == active else ' hidden'
            self.w(f'<div role="tabpanel" id="{pid}" aria-labelledby="{tid}"{hidden}>')
            prev = self.hid
            if k != active:
                self.hid = 'tab'
            fn()
            self.hid = prev
            self.w('</div>')
        self.w('</div>')

    def p(self, text, cls='text'):
        self.w(f'<p class="{cls}">{E(text)}</p>')

    def h(self, text, level=3):
        self.w(f'<h{level}>{E(text)}</h{level}>')

    def link(self, text, href='#'):
        self.w(f'<p class="link"><a href="{E(href)}">{E(text)}</a></p>')

    def raw(self, s):
        self.w(s)

    # ---- widgets -----------------------------------------------------
    def cb(self, label, checked=False, help=None, ai=None, tie=True, switch=False, wrap=False):
        i = self.uid()
        da, hp = self._help(help, tie)
        role = ' role="switch"' if switch else ''
        ch = ' checked' if checked else ''
        if wrap:
            self.w(f'<div class="field"><label class="check"><input type="checkbox" id="{i}"{role}{ch}{da}> <span>{E(label)}</span></label>{hp}</div>')
        else:
            self.w(f'<div class="field"><input type="checkbox" id="{i}"{role}{ch}{da}>\n<label for="{i}">{E(label)}</label>{hp}</div>')
        self.rec(i, label, ai, 'switch-native' if switch else ('checkbox-wrapped' if wrap else 'checkbox'), checked)
        return i

    def sw(self, label, on=False, help=None, ai=None, mode='lb', tie=True, shown=None):
        """role=switch button. mode lb: aria-labelledby; al: aria-label (shown = visible text); text: text content."""
        i = self.uid('sw')
        da, hp = self._help(help, tie)
        st = 'true' if on else 'false'
        if mode == 'lb':
            t = self.uid('t')
            self.w(f'<div class="setting"><div class="setting-text"><span class="setting-title" id="{t}">{E(label)}</span>{hp}</div>'
                   f'<button type="button" role="switch" id="{i}" aria-checked="{st}" aria-labelledby="{t}"{da} class="toggle"><span class="knob"></span></button></div>')
        elif mode == 'al':
            vis = f'<span class="setting-title">{E(shown)}</span>' if shown else ''
            self.w(f'<div class="setting"><div class="setting-text">{vis}{hp}</div>'
                   f'<button type="button" role="switch" id="{i}" aria-checked="{st}" aria-label="{E(label)}"{da} class="toggle"><span class="knob"></span></button></div>')
        else:
            self.w(f'<div class="setting"><div role="switch" tabindex="0" id="{i}" aria-checked="{st}"{da} class="toggle-text">{E(label)}</div>{hp}</div>')
        self.rec(i, label, ai, {'lb': 'switch-labelledby', 'al': 'switch-arialabel', 'text': 'switch-text'}[mode], on)
        return i

    def select(self, label, options, selected=0, help=None, ai=None, tie=True):
        i = self.uid('sel')
        da, hp = self._help(help, tie)
        opts = ''.join(f'<option{" selected" if k == selected else ""}>{E(o)}</option>' for k, o in enumerate(options))
        self.w(f'<div class="field"><label for="{i}">{E(label)}</label>\n<select id="{i}"{da}>{opts}</select>{hp}</div>')
        self.rec(i, label, ai, 'select')
        return i

    def radios(self, legend, options, selected=0, help=None, ai=None, mode='fs', tie=True):
        g = self.uid('rg')
        da, hp = self._help(help, tie)
        items = ''.join(
            f'<label class="radio"><input type="radio" name="{g}" value="{k}"{" checked" if k == selected else ""}> {E(o)}</label>\n'
            for k, o in enumerate(options))
        if mode == 'fs':
            self.w(f'<fieldset class="radios" id="{g}"{da}>\n<legend>{E(legend)}</legend>\n{items}</fieldset>{hp}')
        else:
            t = self.uid('t')
            self.w(f'<div class="radios"><p class="radios-title" id="{t}">{E(legend)}</p>\n'
                   f'<div role="radiogroup" id="{g}" aria-labelledby="{t}"{da}>\n{items}</div>{hp}</div>')
        self.rec(g, legend, ai, 'radio-fieldset' if mode == 'fs' else 'radiogroup')
        return g

    def seg(self, name, options, selected=0, help=None, ai=None, tie=True):
        g = self.uid('seg')
        t = self.uid('t')
        da, hp = self._help(help, tie)
        btns = ''.join(f'<button type="button" aria-pressed="{"true" if k == selected else "false"}">{E(o)}</button>'
                       for k, o in enumerate(options))
        self.w(f'<div class="seg-row"><span class="seg-label" id="{t}">{E(name)}</span>'
               f'<div class="segmented" role="group" id="{g}" aria-labelledby="{t}"{da}>{btns}</div>{hp}</div>')
        self.rec(g, name, ai, 'segmented')
        return g

    def state(self, title, status, action, suffix=None, ai=None, help=None, mode='suffix', tie=False):
        """A status text plus an action button. mode suffix: visually hidden suffix; lb: aria-labelledby=button+title."""
        b = self.uid('b')
        t = self.uid('t')
        da, hp = self._help(help, tie)
        if mode == 'suffix':
            self.w(f'<div class="state-row"><div class="state-text"><strong id="{t}">{E(title)}</strong> '
                   f'<span class="status">{E(status)}</span>{hp}</div>'
                   f'<button type="button" id="{b}" class="btn btn-link"{da}>{E(action)}<span class="vh"> {E(suffix)}</span></button></div>')
            name = f'{action} {suffix}'
        else:
            self.w(f'<div class="state-row"><div class="state-text"><strong id="{t}">{E(title)}</strong> '
                   f'<span class="status">{E(status)}</span>{hp}</div>'
                   f'<button type="button" id="{b}" class="btn btn-link" aria-labelledby="{b} {t}"{da}>{E(action)}</button></div>')
            name = f'{action} {title}'
        self.rec(b, name, ai, 'state-suffix' if mode == 'suffix' else 'state-labelledby')
        return b

    def btn(self, text, cls='btn', help=None, tie=True, suffix=None):
        i = self.uid('b')
        da, hp = self._help(help, tie)
        sx = f'<span class="vh"> {E(suffix)}</span>' if suffix else ''
        self.w(f'<button type="button" id="{i}" class="{cls}"{da}>{E(text)}{sx}</button>{hp}')
        self.rec(i, text + (' ' + suffix if suffix else ''), None, 'button')
        return i

    def field(self, label, value='', type='text', help=None, tie=True):
        i = self.uid('f')
        da, hp = self._help(help, tie)
        self.w(f'<div class="field"><label for="{i}">{E(label)}</label>\n<input type="{type}" id="{i}" value="{E(value)}"{da}>{hp}</div>')
        self.rec(i, label, None, 'input')
        return i

    def textarea(self, label, value='', help=None):
        i = self.uid('ta')
        da, hp = self._help(help, True)
        self.w(f'<div class="field"><label for="{i}">{E(label)}</label>\n<textarea id="{i}" rows="3"{da}>{E(value)}</textarea>{hp}</div>')
        self.rec(i, label, None, 'textarea')
        return i

    def table(self, caption, cols, rows, ai_cols=None, intro=None):
        """rows: (row header, [checked per column]). ai_cols: {col index: shape or (shape, inverted)}.
        Each cell checkbox is named by aria-labelledby = row header + column header."""
        ai_cols = ai_cols or {}
        tid = self.uid('tbl')
        colids = [self.uid('col') for _ in cols]
        if intro:
            self.p(intro, 'intro')
        head = ''.join(f'<th scope="col" id="{c}">{E(n)}</th>' for c, n in zip(colids, cols))
        self.w(f'<table class="matrix" id="{tid}">\n<caption>{E(caption)}</caption>\n<thead><tr><td></td>{head}</tr></thead>\n<tbody>')
        for rh, checks in rows:
            rid = self.uid('row')
            cells = ''
            for k, (c, ch) in enumerate(zip(colids, checks)):
                i = self.uid('cb')
                cells += f'<td><input type="checkbox" id="{i}" aria-labelledby="{rid} {c}"{" checked" if ch else ""}></td>'
                ai = ai_cols.get(k)
                if isinstance(ai, tuple):  # (shape, inverted)
                    ai = (ai[0], (not ch) if ai[1] else bool(ch))
                self.rec(i, f'{rh} {cols[k]}', ai, 'table-row', ch)
            self.w(f'<tr><th scope="row" id="{rid}">{E(rh)}</th>{cells}</tr>')
        self.w('</tbody>\n</table>')

    # ---- rendering ---------------------------------------------------
    def render(self):
        c = self.chrome
        langs = ''.join(f'<option{" selected" if code == self.lang else ""} value="{code}">{E(n)}</option>'
                        for code, n in c['langs'])
        menu = ''.join(f'<li role="none"><a role="menuitem" href="#">{E(m)}</a></li>' for m in c['menu'])
        cur = ' aria-current="page"'
        nav = ''.join(f'<li><a href="#"{cur if k == c.get("current", 0) else ""}>{E(x)}</a></li>'
                      for k, x in enumerate(c['nav']))
        foot = ''.join(f'<a href="#">{E(x)}</a> ' for x in c['footer'])
        url = self.url
        css = CSS.replace('HIDECLASS', self.hide_class)
        return (
            '<!DOCTYPE html>\n'
            f'<!-- saved from url=({len(url):04d}){url} -->\n'
            f'<html lang="{HTML_LANG.get(self.lang, self.lang)}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{E(self.title)} · {E(c["brand"])}</title>\n<style>{css}</style>\n</head>\n<body>\n'
            f'<a class="skip" href="#main">{E(c["skip"])}</a>\n'
            f'<header class="topbar">\n<a class="brand" href="#">{E(c["brand"])}</a>\n'
            f'<form role="search" class="search"><input type="search" name="q" aria-label="{E(c["search"])}" placeholder="{E(c["search_ph"])}"></form>\n'
            f'<select class="lang" aria-label="{E(c["lang_label"])}">{langs}</select>\n'
            f'<div class="account"><button type="button" class="account-btn" aria-haspopup="menu" aria-expanded="false" aria-controls="account-menu">{E(c["account"])}</button>\n'
            f'<ul id="account-menu" role="menu" hidden>{menu}</ul></div>\n</header>\n'
            f'<div class="layout">\n<nav class="sidenav" aria-label="{E(c["nav_label"])}"><ul>{nav}</ul></nav>\n'
            f'<main id="main">\n<h1>{E(self.title)}</h1>\n' + '\n'.join(self.out) +
            f'\n</main>\n</div>\n<footer class="site-footer"><nav aria-label="{E(c["footer_label"])}">{foot}</nav>'
            f'<p>{E(c["copy"])}</p></footer>\n</body>\n</html>\n')

    def expect(self):
        shapes = ', '.join(f'{l["shape"]}/{l["kind"]}' for l in self.labels)
        mechs = ', '.join(sorted({MECHS[h["mech"]] for h in self.hidden_ai}))
        note = (('Reconstruction of a known service (markup, copy and AI-training settings invented). ' if self.known
                 else 'Invented service. ') + self.notes +
                f' Labelled shapes/kinds: {shapes}. Hidden AI-training decoy(s): {mechs}.')
        return {'url': self.url, 'lang': self.lang, 'notes': note,
                'ai_training': [{'label': l['label'], 'sharing': l['sharing']} for l in self.labels]}

    def meta(self):
        return {'lang': self.lang, 'page': self.slug, 'service': self.service, 'url': self.url, 'known': self.known,
                'tone': self.tone, 'units': self.units, 'labelled': self.labels, 'hidden_ai': self.hidden_ai}


CSS = """
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,sans-serif;color:#1d232b;background:#f6f7f9}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px}
.topbar{display:flex;gap:16px;align-items:center;padding:10px 24px;background:#fff;border-bottom:1px solid #e3e6ea}
.brand{font-weight:700;font-size:18px;color:#0b5cad;text-decoration:none}.search{flex:1}.search input{width:100%;max-width:420px;padding:6px 10px}
.account{position:relative}.account ul{position:absolute;right:0;background:#fff;list-style:none;padding:8px;border:1px solid #ddd}
.layout{display:grid;grid-template-columns:230px 1fr;gap:24px;max-width:1180px;margin:0 auto;padding:24px}
.sidenav ul{list-style:none;padding:0}.sidenav a{display:block;padding:6px 10px;color:#1d232b;text-decoration:none}.sidenav a[aria-current]{background:#e6f0fb;font-weight:600}
main{background:#fff;border-radius:8px;padding:24px 32px}.panel{border-top:1px solid #eceff2;padding:16px 0}
.intro,.help{color:#5b6570;font-size:14px;margin:4px 0 10px}.field{margin:10px 0}.setting{display:flex;justify-content:space-between;gap:16px;padding:10px 0}
.toggle{width:42px;height:24px;border-radius:12px;border:0;background:#c5ccd3}.toggle[aria-checked=true]{background:#0b7a3e}
.toggle-text{padding:6px 0;cursor:pointer}.state-row{display:flex;justify-content:space-between;padding:10px 0}
.status{margin-left:8px;padding:1px 8px;border-radius:10px;background:#eef1f4;font-size:13px}
.segmented button{border:1px solid #b8c1cb;background:#fff;padding:4px 12px}.segmented button[aria-pressed=true]{background:#0b5cad;color:#fff}
.card{border:1px solid #e3e6ea;border-radius:8px;padding:12px 16px;margin:12px 0}
table.matrix{border-collapse:collapse;margin:12px 0}table.matrix caption{text-align:left;font-weight:600;padding:6px 0}
table.matrix th,table.matrix td{border-bottom:1px solid #eceff2;padding:6px 12px;text-align:left}
.btn{padding:6px 14px;border-radius:6px;border:1px solid #0b5cad;background:#0b5cad;color:#fff}.btn-link{background:none;color:#0b5cad;border:0}
.btn-secondary{background:#fff;color:#0b5cad}.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.HIDECLASS{display:none}
details.more{margin:12px 0}details.more summary{cursor:pointer;font-weight:600}
fieldset{border:1px solid #e3e6ea;border-radius:6px;margin:12px 0}
.site-footer{max-width:1180px;margin:0 auto;padding:16px 24px;color:#5b6570;font-size:13px}
"""


ALL_LANGS = {'en': 'English', 'de': 'Deutsch', 'fr': 'Français', 'es': 'Español',
             'pt': 'Português (Brasil)', 'it': 'Italiano', 'nl': 'Nederlands'}


def make_chrome(base, brand, nav, account, langs, current=0, **kw):
    c = dict(base)
    c.update(brand=brand, nav=nav, account=account, current=current,
             langs=[(code, ALL_LANGS[code]) for code in langs])
    c.setdefault('copy', f'© 2025 {brand}')
    c.update(kw)
    if 'copy' not in kw:
        c['copy'] = c['copy_tpl'].format(brand=brand)
    return c
