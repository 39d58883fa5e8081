"""Page builder for holdout83 (blind83): widgets, hidden blocks, label bookkeeping.

Every widget returns a C (html + ai entries + hidden ai entries). A widget given
`ai=<shape>` is an AI-training control; its accessible name becomes the label and
`sharing` is derived from the state shown:
  binary widgets: sharing = on XOR inv (inv=True when checked/on means "not used")
  choice widgets: sharing = the bool attached to the selected option.
Shapes: i inverted, v vague+help, h heading-only, p plain.
"""
import html as _h

E = lambda s: _h.escape(s, quote=True)

KINDS = {
    'checkbox': 'native checkbox (label for / wrapping label)',
    'switch': 'checkbox with role=switch',
    'radios': 'radio fieldset named by legend',
    'radiogroup': 'role=radiogroup of role=radio, aria-labelledby',
    'segmented': 'aria-pressed buttons in role=group',
    'select': 'select with a label',
    'button-switch': 'button role=switch with aria-checked',
    'state-row': 'state row (status text + action button)',
    'table-cell': 'checkbox in a table cell (row header + column header)',
}
SHAPES = {'i': 'inverted', 'v': 'vague name + help', 'h': 'heading-only', 'p': 'plain'}
METHODS = {
    'hidden': 'hidden attribute',
    'display': 'inline style display:none',
    'class': 'CSS class with display:none (page <style>)',
    'aria': 'aria-hidden="true" on a wrapper',
    'visibility': 'inline style visibility:hidden',
    'dialog': 'closed <dialog>',
    'tab': 'inactive tab panel (hidden)',
}


class _S:
    n = 0


def nid(p='x'):
    _S.n += 1
    return f"{p}{_S.n}"


class C:
    def __init__(self, html, ai=None, hid=None, units=1, css=None, method=None, kinds=None):
        self.html = html
        self.ai = ai or []
        self.hid = hid or []
        self.units = units
        self.css = css or []
        self.method = method
        self.kinds = kinds or []


def _norm(s):
    return ' '.join(s.split())


def _inv(ai, inv):
    """inverted-shape binary controls must say explicitly whether 'on' means 'not used'."""
    if ai == 'i' and inv is None:
        raise ValueError('shape i needs an explicit inv=True/False')
    return bool(inv)


def _entry(label, sharing, shape, kind, extra=None):
    assert shape in SHAPES, shape
    d = dict(label=_norm(label), sharing=bool(sharing), shape=shape, kind=kind)
    if extra:
        d.update(extra)
    return d


def _help(text, id_=None):
    if not text:
        return ''
    ida = f' id="{id_}"' if id_ else ''
    return f'<p class="help"{ida}>{E(text)}</p>'


def _d(help, desc=True):
    if help and desc:
        i = nid('hlp')
        return i, f' aria-describedby="{i}"'
    return None, ''


def _opt(o):
    return (o, None) if isinstance(o, str) else o


# ---------------------------------------------------------------- widgets
def cb(name, on=False, help=None, ai=None, inv=None, wrap=False, switch=False, desc=True, note=None):
    i = nid('c')
    hid_, da = _d(help, desc)
    a = f'type="checkbox" id="{i}"' + (' role="switch"' if switch else '') + (' checked' if on else '') + da
    if wrap:
        inner = f'<label class="check"><input {a}> {E(name)}</label>'
    else:
        inner = f'<input {a}> <label for="{i}">{E(name)}</label>'
    cls = 'field switch' if switch else 'field'
    h = f'<div class="{cls}">{inner}{_help(help, hid_)}</div>'
    kind = 'switch' if switch else 'checkbox'
    ai_ = [_entry(name, on != _inv(ai, inv), ai, kind, note)] if ai else []
    return C(h, ai_)


def sw(name, **k):
    return cb(name, switch=True, **k)


def radios(legend, opts, sel=0, ai=None, help=None):
    g = nid('g')
    hid_, da = _d(help)
    opts = [_opt(o) for o in opts]
    items = ''.join(
        f'<label class="radio"><input type="radio" name="{g}" value="{k}"{" checked" if k == sel else ""}> {E(t)}</label>'
        for k, (t, _) in enumerate(opts))
    h = f'<fieldset class="field"{da}><legend>{E(legend)}</legend>{_help(help, hid_)}{items}</fieldset>'
    ai_ = [_entry(legend, opts[sel][1], ai, 'radios')] if ai else []
    return C(h, ai_)


def rg(title, opts, sel=0, ai=None, help=None, tag='p'):
    t = nid('t')
    hid_, da = _d(help)
    opts = [_opt(o) for o in opts]
    items = ''.join(
        f'<div class="rb" role="radio" aria-checked="{"true" if k == sel else "false"}" tabindex="{0 if k == sel else -1}">{E(x)}</div>'
        for k, (x, _) in enumerate(opts))
    h = (f'<div class="field"><{tag} class="ftitle" id="{t}">{E(title)}</{tag}>{_help(help, hid_)}'
         f'<div class="choices" role="radiogroup" aria-labelledby="{t}"{da}>{items}</div></div>')
    ai_ = [_entry(title, opts[sel][1], ai, 'radiogroup')] if ai else []
    return C(h, ai_)


def seg(title, opts, sel=0, ai=None, help=None, tag='p'):
    t = nid('t')
    hid_, da = _d(help)
    opts = [_opt(o) for o in opts]
    items = ''.join(
        f'<button type="button" class="seg" aria-pressed="{"true" if k == sel else "false"}">{E(x)}</button>'
        for k, (x, _) in enumerate(opts))
    h = (f'<div class="field"><{tag} class="ftitle" id="{t}">{E(title)}</{tag}>'
         f'<div class="segmented" role="group" aria-labelledby="{t}"{da}>{items}</div>{_help(help, hid_)}</div>')
    ai_ = [_entry(title, opts[sel][1], ai, 'segmented')] if ai else []
    return C(h, ai_)


def select(label, opts, sel=0, ai=None, help=None, desc=True):
    i = nid('s')
    hid_, da = _d(help, desc)
    opts = [_opt(o) for o in opts]
    o = ''.join(f'<option value="{k}"{" selected" if k == sel else ""}>{E(t)}</option>' for k, (t, _) in enumerate(opts))
    h = f'<div class="field"><label for="{i}">{E(label)}</label> <select id="{i}"{da}>{o}</select>{_help(help, hid_)}</div>'
    ai_ = [_entry(label, opts[sel][1], ai, 'select')] if ai else []
    return C(h, ai_)


def bsw(name, on=False, ai=None, inv=None, help=None, naming='text', vis=None):
    """button role=switch; naming: text | label (aria-label) | lb (aria-labelledby)."""
    b = nid('b')
    hid_, da = _d(help)
    st = 'true' if on else 'false'
    if naming == 'text':
        h = f'<div class="field"><button type="button" id="{b}" class="toggle" role="switch" aria-checked="{st}"{da}>{E(name)}</button>{_help(help, hid_)}</div>'
    elif naming == 'label':
        h = (f'<div class="field row"><span class="rtitle">{E(vis or name)}</span>'
             f'<button type="button" id="{b}" class="toggle" role="switch" aria-checked="{st}" aria-label="{E(name)}"{da}><span class="knob"></span></button>{_help(help, hid_)}</div>')
    else:
        t = nid('t')
        h = (f'<div class="field row"><span class="rtitle" id="{t}">{E(name)}</span>'
             f'<button type="button" id="{b}" class="toggle" role="switch" aria-checked="{st}" aria-labelledby="{t}"{da}><span class="knob"></span></button>{_help(help, hid_)}</div>')
    ai_ = [_entry(name, on != _inv(ai, inv), ai, 'button-switch')] if ai else []
    return C(h, ai_)


def row(title, status, action, on=True, ai=None, inv=None, help=None, naming='lb', suffix=None, tag='h3'):
    """State row: status text + action button. naming lb: aria-labelledby="<btn> <title>"; sr: visually hidden suffix."""
    t, b = nid('t'), nid('b')
    hid_, da = _d(help)
    if naming == 'lb':
        btn = f'<button type="button" class="secondary" id="{b}" aria-labelledby="{b} {t}"{da}>{E(action)}</button>'
        label = f'{action} {title}'
    else:
        btn = f'<button type="button" class="secondary" id="{b}"{da}>{E(action)}<span class="vh"> {E(suffix)}</span></button>'
        label = f'{action} {suffix}'
    h = (f'<div class="staterow"><div class="srtext"><{tag} class="rtitle" id="{t}">{E(title)}</{tag}>{_help(help, hid_)}</div>'
         f'<span class="status {"on" if on else "off"}">{E(status)}</span>{btn}</div>')
    ai_ = [_entry(label, on != _inv(ai, inv), ai, 'state-row')] if ai else []
    return C(h, ai_)


def tbl(caption, cols, rows, help=None):
    """rows: [(row name, [cell, ...])]; cell: bool (decoy) or (on, shape) / (on, shape, inv) (AI)."""
    cids = [nid('col') for _ in cols]
    head = '<tr><td></td>' + ''.join(f'<th scope="col" id="{ci}">{E(c)}</th>' for ci, c in zip(cids, cols)) + '</tr>'
    body, ai_, n = [], [], 0
    for rn, cells in rows:
        r = nid('row')
        tds = []
        for ci, col, cell in zip(cids, cols, cells):
            n += 1
            if isinstance(cell, tuple):
                on, shape = cell[0], cell[1]
                inv = _inv(shape, cell[2] if len(cell) > 2 else None)
                ai_.append(_entry(f'{rn} {col}', on != inv, shape, 'table-cell'))
            else:
                on = cell
            tds.append(f'<td><input type="checkbox" aria-labelledby="{r} {ci}"{" checked" if on else ""}></td>')
        body.append(f'<tr><th scope="row" id="{r}">{E(rn)}</th>{"".join(tds)}</tr>')
    h = (f'<table class="grid"><caption>{E(caption)}</caption><thead>{head}</thead><tbody>{"".join(body)}</tbody></table>'
         + _help(help))
    return C(h, ai_, units=n)


def btn(text, cls='secondary'):
    return C(f'<div class="field"><button type="button" class="{cls}">{E(text)}</button></div>')


def inp(label, value='', type='text', help=None):
    i = nid('f')
    hid_, da = _d(help)
    return C(f'<div class="field"><label for="{i}">{E(label)}</label> <input type="{type}" id="{i}" value="{E(value)}"{da}>{_help(help, hid_)}</div>')


def txt(text, cls='note', tag='p'):
    return C(f'<{tag} class="{cls}">{E(text)}</{tag}>', units=0)


def sub(title, tag='h3'):
    return C(f'<{tag}>{E(title)}</{tag}>', units=0)


def det(summary, *cs):
    """Closed <details>: collapsed, NOT hidden — AI controls inside are labelled."""
    inner = ''.join(c.html for c in cs)
    return C(f'<details class="more"><summary>{E(summary)}</summary>{inner}</details>',
             ai=[a for c in cs for a in c.ai], hid=[a for c in cs for a in c.hid],
             units=sum(c.units for c in cs))


# ---------------------------------------------------------------- hiding
def _hid(cs, wrap_open, wrap_close, method, css=None):
    inner = ''.join(c.html for c in cs)
    return C(wrap_open + inner + wrap_close, ai=[], hid=[dict(a, method=method) for c in cs for a in c.ai],
             units=0, css=css, method=method)


def hide_attr(*cs):
    return _hid(cs, '<div class="legacy-block" hidden>', '</div>', 'hidden')


def hide_display(*cs):
    return _hid(cs, '<div class="panel-extra" style="display:none">', '</div>', 'display')


def hide_class(cls, *cs):
    return _hid(cs, f'<div class="{cls}">', '</div>', 'class', css=[f'.{cls}{{display:none}}'])


def hide_aria(*cs):
    return _hid(cs, '<div class="offscreen-stage" aria-hidden="true">', '</div>', 'aria')


def hide_vis(*cs):
    return _hid(cs, '<div class="fade-slot" style="visibility:hidden">', '</div>', 'visibility')


def hide_dialog(opener, title, close, *cs):
    d, t = nid('dlg'), nid('t')
    o = f'<div class="field"><button type="button" class="link" aria-haspopup="dialog" aria-controls="{d}">{E(opener)}</button></div>'
    c = _hid(cs, f'<dialog id="{d}" aria-labelledby="{t}"><h3 id="{t}">{E(title)}</h3>',
             f'<form method="dialog"><button>{E(close)}</button></form></dialog>', 'dialog')
    c.html = o + c.html
    c.units = 1
    return c


def tabs(label, panels):
    """panels: [(tab name, [C, ...])]; the first is active, the others are hidden tab panels."""
    tl = nid('tl')
    ids = [(nid('tab'), nid('tp')) for _ in panels]
    tabs_h = ''.join(
        f'<button type="button" role="tab" id="{ti}" aria-controls="{pi}" aria-selected="{"true" if k == 0 else "false"}" tabindex="{0 if k == 0 else -1}">{E(n)}</button>'
        for k, ((ti, pi), (n, _)) in enumerate(zip(ids, panels)))
    out = [f'<div class="tabs"><div role="tablist" id="{tl}" aria-label="{E(label)}">{tabs_h}</div>']
    ai, hid, units = [], [], 0
    for k, ((ti, pi), (n, cs)) in enumerate(zip(ids, panels)):
        inner = ''.join(c.html for c in cs)
        out.append(f'<div role="tabpanel" id="{pi}" aria-labelledby="{ti}"{"" if k == 0 else " hidden"}>{inner}</div>')
        if k == 0:
            ai += [a for c in cs for a in c.ai]
            units += sum(c.units for c in cs)
        else:
            hid += [dict(a, method='tab') for c in cs for a in c.ai]
    out.append('</div>')
    return C(''.join(out), ai=ai, hid=hid, units=units, method='tab')


# ---------------------------------------------------------------- chrome
LANGS = [('en', 'English'), ('de', 'Deutsch'), ('fr', 'Français'), ('es', 'Español'),
         ('pt-BR', 'Português (Brasil)'), ('it', 'Italiano'), ('nl', 'Nederlands')]

CSS = """*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,sans-serif;color:#1d2330;background:#f6f7fb}
header.top{display:flex;gap:16px;align-items:center;padding:10px 24px;background:#fff;border-bottom:1px solid #e2e5ee}
.logo{font-weight:700;text-decoration:none;color:ACCENT;margin-right:auto}.search input{padding:6px 10px;width:260px}
.account{position:relative}.account ul{position:absolute;right:0;list-style:none;background:#fff;border:1px solid #ddd;padding:6px}
.layout{display:flex;max-width:1180px;margin:0 auto}nav.side{width:230px;padding:24px 12px}nav.side ul{list-style:none;padding:0}
nav.side a{display:block;padding:6px 10px;color:#333;text-decoration:none;border-radius:6px}nav.side a[aria-current]{background:#e9edff;color:ACCENT}
main{flex:1;padding:24px}.panel{background:#fff;border:1px solid #e2e5ee;border-radius:10px;padding:16px 20px;margin:0 0 16px}
.field{margin:10px 0}.row{display:flex;align-items:center;gap:12px;flex-wrap:wrap}.rtitle{font-weight:600;margin:0;font-size:15px}
.help,.note{color:#5b6275;font-size:13px;margin:4px 0 0}.staterow{display:flex;gap:14px;align-items:center;padding:10px 0;border-top:1px solid #eef0f5}
.srtext{flex:1}.status{font-size:13px;padding:2px 8px;border-radius:10px;background:#eef0f5}.status.on{background:#e3f6e8}
.toggle{min-width:44px;min-height:24px;border-radius:12px;border:1px solid #bbb}.toggle[aria-checked=true]{background:ACCENT;color:#fff}
.segmented button[aria-pressed=true],.rb[aria-checked=true]{background:ACCENT;color:#fff}.rb{display:inline-block;padding:4px 10px;border:1px solid #ccc}
table.grid{border-collapse:collapse;margin:8px 0}table.grid th,table.grid td{padding:6px 12px;border-bottom:1px solid #eee;text-align:left}
caption{text-align:left;font-weight:600;padding:4px 0}fieldset{border:0;padding:0}legend{font-weight:600}label.radio{display:block}
.vh{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip{position:absolute;left:-999px}.skip:focus{left:8px}footer{padding:24px;text-align:center;color:#667;font-size:13px}footer a{margin:0 8px;color:#556}
details.more{margin:10px 0}details.more summary{cursor:pointer;color:ACCENT}dialog{border:1px solid #ccc;border-radius:10px}"""


CUR = ' aria-current="page"'


class Page:
    def __init__(self, lang, slug, url, title, brand, nav, chrome, known=False, notes='', hide=None,
                 h1=None, lede=None, active=0, accent='#3553d6', account=None):
        _S.n = 0
        self.lang, self.slug, self.url, self.title, self.brand = lang, slug, url, title, brand
        self.nav, self.chrome, self.known, self.notes, self.hide = nav, chrome, known, notes, hide
        self.h1, self.lede, self.active, self.accent = h1 or title, lede, active, accent
        self.account = account or chrome['account']
        self.parts, self.ai, self.hid, self.css, self.units = [], [], [], [], 0

    def _add(self, c):
        self.ai += c.ai
        self.hid += c.hid
        self.css += c.css
        self.units += c.units
        return c.html

    def sec(self, heading, *cs, intro=None, tag='h2'):
        s = nid('sec')
        out = [f'<section class="panel" aria-labelledby="{s}"><{tag} id="{s}">{E(heading)}</{tag}>']
        if intro:
            out.append(f'<p class="intro">{E(intro)}</p>')
        out += [self._add(c) for c in cs]
        out.append('</section>')
        self.parts.append(''.join(out))
        return self

    def html(self):
        ch = self.chrome
        lang_code = 'pt-BR' if self.lang == 'pt' else self.lang
        opts = ''.join(f'<option value="{c}"{" selected" if c == lang_code else ""}>{n}</option>' for c, n in LANGS)
        menu = ''.join(f'<li role="none"><a role="menuitem" href="#">{E(m)}</a></li>' for m in ch['menu'])
        nav = ''.join(
            f'<li><a href="#"{CUR if k == self.active else ""}>{E(n)}</a></li>' for k, n in enumerate(self.nav))
        foot = ''.join(f'<a href="#">{E(f)}</a>' for f in ch['footer'])
        css = CSS.replace('ACCENT', self.accent) + ''.join(self.css)
        lede = f'<p class="lede">{E(self.lede)}</p>' if self.lede else ''
        url = self.url
        return (
            f'<!DOCTYPE html>\n<!-- saved from url=({len(url):04d}){url} -->\n'
            f'<html lang="{lang_code}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{E(self.title)} – {E(self.brand)}</title>\n<style>{css}</style></head>\n<body>\n'
            f'<a class="skip" href="#main">{E(ch["skip"])}</a>\n'
            f'<header class="top"><a class="logo" href="/">{E(self.brand)}</a>'
            f'<form class="search" role="search"><input type="search" name="q" placeholder="{E(ch["search"])}" aria-label="{E(ch["search"])}"></form>'
            f'<label class="vh" for="site-language">{E(ch["language"])}</label><select id="site-language">{opts}</select>'
            f'<div class="account"><button type="button" class="avatar" aria-haspopup="menu" aria-expanded="false" aria-controls="account-menu">{E(self.account)}</button>'
            f'<ul id="account-menu" role="menu" hidden>{menu}</ul></div></header>\n'
            f'<div class="layout"><nav class="side" aria-label="{E(ch["nav"])}"><ul>{nav}</ul></nav>\n'
            f'<main id="main"><h1>{E(self.h1)}</h1>{lede}\n' + '\n'.join(self.parts) +
            f'\n</main></div>\n<footer>{foot}<p>© 2025 {E(self.brand)}</p></footer>\n</body></html>\n')

    def expect(self):
        kinds = sorted({a['kind'] for a in self.ai})
        shapes = ''.join(sorted(a['shape'] for a in self.ai))
        h = self.hid[0] if self.hid else None
        auto = (f"{len(self.ai)} labelled AI-training controls (shapes {shapes}; kinds {', '.join(kinds)}). "
                f"One more AI-training control hidden via {METHODS[h['method']] if h else '-'} (not labelled).")
        return {
            'url': self.url,
            'lang': self.lang,
            'notes': (self.notes + ' ' if self.notes else '') + auto,
            'ai_training': [{'label': a['label'], 'sharing': a['sharing']} for a in self.ai],
        }

    def meta(self):
        return dict(lang=self.lang, slug=self.slug, url=self.url, brand=self.brand, known=self.known,
                    hide=self.hide, lib_units=self.units, labels=self.ai, hidden=self.hid)
