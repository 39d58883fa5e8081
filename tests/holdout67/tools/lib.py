"""Page builder for holdout67 (blind67).

Widgets return Ctrl nodes; wrappers (sections, details, hidden blocks, tabs,
dialogs, tables) return Wrap nodes.  Nothing is registered until Page.render()
walks the tree, so a widget placed inside a hidden block is automatically
booked as a hidden AI control and left out of the expect file.

An AI-training widget is declared with ai=<shape> where shape is one of
  'i' inverted, 'v' vague + help, 'h' heading-only, 'p' plain.
Its `sharing` value is derived from its state (see each widget).
"""
import html as _h

SHAPES = {'i': 'inverted', 'v': 'vague + help', 'h': 'heading-only', 'p': 'plain'}
HIDE_MODES = ['attr', 'inline', 'class', 'aria', 'vis', 'dialog', 'tab']


def esc(s):
    return _h.escape(s, quote=True)


def ws(s):
    return ' '.join(s.split())


class Node:
    pass


class Ctrl(Node):
    def __init__(self, html, kind, ai=None):
        self.html, self.kind, self.ai = html, kind, ai

    def render(self):
        return self.html

    def walk(self, hide=None):
        yield self, hide


class Wrap(Node):
    def __init__(self, pre, kids, post, hide=None):
        self.pre, self.post, self.hide = pre, post, hide
        self.kids = [k if isinstance(k, Node) else Raw(k) for k in kids if k is not None]

    def render(self):
        return self.pre + '\n'.join(k.render() for k in self.kids) + self.post

    def walk(self, hide=None):
        h = hide or self.hide
        for k in self.kids:
            yield from k.walk(h)


class Raw(Node):
    def __init__(self, html):
        self.html = html

    def render(self):
        return self.html

    def walk(self, hide=None):
        return iter(())


BASE_CSS = """
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,sans-serif;color:#1d1f24;background:#f6f7f9}
.topbar{display:flex;gap:16px;align-items:center;padding:10px 24px;background:#fff;border-bottom:1px solid #e3e5e8}
.topbar .logo{font-weight:700;color:var(--accent);text-decoration:none;margin-right:auto}
.layout{display:flex;max-width:1180px;margin:0 auto}.sidenav{width:230px;padding:24px 12px}
.sidenav ul{list-style:none;margin:0;padding:0}.sidenav a{display:block;padding:6px 10px;color:#333;text-decoration:none;border-radius:6px}
.sidenav a[aria-current]{background:#eef0f3;font-weight:600}main{flex:1;padding:24px 32px}
section{background:#fff;border:1px solid #e3e5e8;border-radius:10px;padding:18px 22px;margin-bottom:18px}
.field,.row,.staterow,.opts,.seg-wrap{display:flex;flex-wrap:wrap;gap:8px 12px;align-items:center;padding:10px 0;border-top:1px solid #f0f1f3}
.hint{flex-basis:100%;margin:0;color:#5f6670;font-size:13px}.intro{color:#5f6670}
.seg button[aria-pressed=true]{background:var(--accent);color:#fff}
button[role=switch]{min-width:44px;min-height:24px;border-radius:12px;border:1px solid #9aa1ab;background:#fff}
button[role=switch][aria-checked=true]{background:var(--accent);color:#fff}
.vh{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
table.matrix{border-collapse:collapse;width:100%}table.matrix th,table.matrix td{padding:6px 10px;border-bottom:1px solid #eee;text-align:left}
.account{position:relative}.account [role=menu]{position:absolute;right:0;background:#fff;border:1px solid #ddd;list-style:none;padding:6px}
footer{padding:24px;text-align:center;color:#7a808a;font-size:13px}footer a{color:inherit;margin:0 8px}
[role=radio]{display:inline-block;padding:4px 10px;border:1px solid #ccd;border-radius:6px;cursor:pointer}[role=radio][aria-checked=true]{border-color:var(--accent)}
[role=tablist] [role=tab][aria-selected=true]{border-bottom:2px solid var(--accent)}
"""


class Page:
    def __init__(self, lang, slug, url, brand, title, notes, nav, chrome,
                 known=False, accent='#3b5bdb', hide_class='is-hidden', intro=None,
                 nav_current=0):
        self.lang, self.slug, self.url, self.brand = lang, slug, url, brand
        self.title, self.notes, self.nav, self.chrome = title, notes, nav, chrome
        self.known, self.accent, self.hide_class = known, accent, hide_class
        self.intro, self.nav_current = intro, nav_current
        self.n = 0
        self.body = []

    # ---------- helpers ----------
    def _id(self, p='f'):
        self.n += 1
        return '%s-%d' % (p, self.n)

    def _hint(self, i, help, described=True):
        if not help:
            return '', ''
        hid = i + '-hint'
        attr = ' aria-describedby="%s"' % hid if described else ''
        return attr, '<p class="hint" id="%s">%s</p>' % (hid, help)

    @staticmethod
    def _ai(ai, label, sharing, kind, cid, state):
        if ai is None:
            return None
        assert ai in SHAPES, ai
        return dict(label=ws(label), sharing=bool(sharing), shape=ai, kind=kind, id=cid, state=state)

    # ---------- structure ----------
    def add(self, *nodes):
        self.body.extend(nodes)

    def sec(self, heading, *kids, intro=None, h=2):
        i = self._id('sec')
        pre = '<section aria-labelledby="%s">\n<h%d id="%s">%s</h%d>\n' % (i, h, i, heading, h)
        if intro:
            pre += '<p class="intro">%s</p>\n' % intro
        return Wrap(pre, kids, '\n</section>')

    def grp(self, heading, *kids, intro=None):
        pre = '<div class="group">\n<h3>%s</h3>\n' % heading
        if intro:
            pre += '<p class="intro">%s</p>\n' % intro
        return Wrap(pre, kids, '\n</div>')

    def p(self, text, cls=None):
        c = ' class="%s"' % cls if cls else ''
        return Raw('<p%s>%s</p>' % (c, text))

    def details(self, summary, *kids, open=False):
        return Wrap('<details%s>\n<summary>%s</summary>\n' % (' open' if open else '', summary), kids, '\n</details>')

    def hide(self, mode, *kids, title=None, close='Close'):
        """Wrap kids in a block the person cannot see."""
        assert mode in HIDE_MODES and mode != 'tab', mode
        if mode == 'attr':
            pre, post = '<div class="panel" hidden>\n', '\n</div>'
        elif mode == 'inline':
            pre, post = '<div class="panel" style="display:none">\n', '\n</div>'
        elif mode == 'class':
            pre, post = '<div class="panel %s">\n' % self.hide_class, '\n</div>'
        elif mode == 'aria':
            pre, post = '<div class="panel" aria-hidden="true">\n', '\n</div>'
        elif mode == 'vis':
            pre, post = '<div class="panel" style="visibility:hidden">\n', '\n</div>'
        elif mode == 'dialog':
            d = self._id('dlg')
            pre = '<dialog id="%s" aria-labelledby="%s-t">\n<h2 id="%s-t">%s</h2>\n' % (d, d, d, title or '')
            post = '\n<form method="dialog"><button type="submit">%s</button></form>\n</dialog>' % close
        return Wrap(pre, kids, post, hide=mode)

    def opener(self, text):
        """A visible button that would open a dialog (decoy)."""
        return Ctrl('<div class="row"><button type="button" aria-haspopup="dialog">%s</button></div>' % text, 'button')

    def tabs(self, label, panels, active=0):
        """panels: list of (tab text, [kids]).  Inactive panels carry `hidden`."""
        t = self._id('tabs')
        bar = ['<div role="tablist" aria-label="%s">' % esc(label)]
        for k, (name, _) in enumerate(panels):
            sel = 'true' if k == active else 'false'
            bar.append('<button type="button" role="tab" id="%s-t%d" aria-selected="%s" aria-controls="%s-p%d"%s>%s</button>'
                       % (t, k, sel, t, k, '' if k == active else ' tabindex="-1"', name))
        bar.append('</div>')
        kids = [Ctrl('\n'.join(bar), 'tablist')]
        for k, (name, pk) in enumerate(panels):
            hid = '' if k == active else ' hidden'
            kids.append(Wrap('<div role="tabpanel" id="%s-p%d" aria-labelledby="%s-t%d"%s>\n' % (t, k, t, k, hid),
                             pk, '\n</div>', hide=None if k == active else 'tab'))
        return Wrap('<div class="tabs">\n', kids, '\n</div>')

    # ---------- decoy-only widgets ----------
    def text(self, label, value='', help=None, type='text'):
        i = self._id('in')
        d, hp = self._hint(i, help)
        return Ctrl('<div class="field"><label for="%s">%s</label><input type="%s" id="%s" value="%s"%s>%s</div>'
                    % (i, label, type, i, esc(value), d, hp), 'text')

    def button(self, text, help=None):
        i = self._id('btn')
        d, hp = self._hint(i, help)
        return Ctrl('<div class="row"><button type="button" id="%s"%s>%s</button>%s</div>' % (i, d, text, hp), 'button')

    # ---------- widgets that can carry ai= ----------
    def cb(self, label, on, help=None, ai=None, inv=None, switch=False, wrap=False, described=True):
        i = self._id('cb')
        d, hp = self._hint(i, help, described)
        role = ' role="switch"' if switch else ''
        chk = ' checked' if on else ''
        if wrap:
            html = ('<div class="field"><label class="check"><input type="checkbox" id="%s"%s%s%s> <span>%s</span></label>%s</div>'
                    % (i, role, chk, d, label, hp))
        else:
            html = ('<div class="field"><input type="checkbox" id="%s"%s%s%s><label for="%s">%s</label>%s</div>'
                    % (i, role, chk, d, i, label, hp))
        kind = 'switch' if switch else 'checkbox'
        if inv is None:
            inv = ai == 'i'
        return Ctrl(html, kind, self._ai(ai, label, bool(on) != bool(inv), kind, i,
                                         'checked' if on else 'unchecked'))

    def radios(self, legend, options, sel, help=None, ai=None, aria=False):
        """options: list of (text, shares) ; shares is True/False/None."""
        g = self._id('rg')
        d, hp = self._hint(g, help)
        if not aria:
            parts = ['<fieldset class="opts" id="%s"%s><legend>%s</legend>' % (g, d, legend)]
            if hp:
                parts.append(hp)
            for k, (txt, _) in enumerate(options):
                parts.append('<label><input type="radio" name="%s-o" value="%d"%s> %s</label>'
                             % (g, k, ' checked' if k == sel else '', txt))
            parts.append('</fieldset>')
            kind = 'radio-fieldset'
        else:
            parts = ['<div class="opts"><span id="%s-l" class="opts__label">%s</span>' % (g, legend),
                     '<div role="radiogroup" id="%s" aria-labelledby="%s-l"%s>' % (g, g, d)]
            for k, (txt, _) in enumerate(options):
                parts.append('<div role="radio" tabindex="%d" aria-checked="%s">%s</div>'
                             % (0 if k == sel else -1, 'true' if k == sel else 'false', txt))
            parts.append('</div>')
            if hp:
                parts.append(hp)
            parts.append('</div>')
            kind = 'radiogroup'
        return Ctrl('\n'.join(parts), kind, self._ai(ai, legend, options[sel][1], kind, g, ws(options[sel][0])))

    def seg(self, label, options, sel, help=None, ai=None):
        g = self._id('seg')
        d, hp = self._hint(g, help)
        parts = ['<div class="seg-wrap"><span id="%s-l">%s</span>' % (g, label),
                 '<div class="seg" role="group" id="%s" aria-labelledby="%s-l"%s>' % (g, g, d)]
        for k, (txt, _) in enumerate(options):
            parts.append('<button type="button" aria-pressed="%s">%s</button>' % ('true' if k == sel else 'false', txt))
        parts.append('</div>')
        if hp:
            parts.append(hp)
        parts.append('</div>')
        return Ctrl('\n'.join(parts), 'segmented',
                    self._ai(ai, label, options[sel][1], 'segmented', g, ws(options[sel][0])))

    def select(self, label, options, sel, help=None, ai=None):
        i = self._id('sel')
        d, hp = self._hint(i, help)
        parts = ['<div class="field"><label for="%s">%s</label><select id="%s"%s>' % (i, label, i, d)]
        for k, (txt, _) in enumerate(options):
            parts.append('<option value="%d"%s>%s</option>' % (k, ' selected' if k == sel else '', txt))
        parts.append('</select>%s</div>' % hp)
        return Ctrl('\n'.join(parts), 'select', self._ai(ai, label, options[sel][1], 'select', i, ws(options[sel][0])))

    def bsw(self, label, on, help=None, ai=None, inv=None, by='aria-label', text=None):
        """button role=switch aria-checked.  by: 'aria-label' | 'labelledby' | 'text'."""
        i = self._id('sw')
        d, hp = self._hint(i, help)
        st = 'true' if on else 'false'
        if by == 'aria-label':
            vis = text if text is not None else label
            html = ('<div class="row"><span class="row__t">%s</span><button type="button" role="switch" id="%s" aria-checked="%s" aria-label="%s"%s></button>%s</div>'
                    % (vis, i, st, esc(ws(label)), d, hp))
        elif by == 'labelledby':
            html = ('<div class="row"><span class="row__t" id="%s-l">%s</span><button type="button" role="switch" id="%s" aria-checked="%s" aria-labelledby="%s-l"%s></button>%s</div>'
                    % (i, label, i, st, i, d, hp))
        else:
            html = ('<div class="row"><button type="button" role="switch" id="%s" aria-checked="%s"%s>%s</button>%s</div>'
                    % (i, st, d, label, hp))
        if inv is None:
            inv = ai == 'i'
        return Ctrl(html, 'button-switch', self._ai(ai, label, bool(on) != bool(inv), 'button-switch', i,
                                                    'checked' if on else 'unchecked'))

    def state(self, title, status, btn, suffix=None, sharing=None, ai=None, by='suffix'):
        """State row: title + status text + action button.
        by='suffix': the button carries a visually hidden suffix (accessible name = btn + suffix).
        by='labelledby': aria-labelledby="<button> <title>" (name = btn + title)."""
        i = self._id('st')
        if by == 'suffix':
            bhtml = '<button type="button" id="%s">%s<span class="vh"> %s</span></button>' % (i, btn, suffix)
            name = btn + ' ' + suffix
        else:
            bhtml = '<button type="button" id="%s" aria-labelledby="%s %s-t">%s</button>' % (i, i, i, btn)
            name = btn + ' ' + title
        html = ('<div class="staterow"><div class="staterow__text"><strong id="%s-t">%s</strong><p class="status">%s</p></div>%s</div>'
                % (i, title, status, bhtml))
        if ai is not None:
            assert sharing is not None
        return Ctrl(html, 'state-row', self._ai(ai, name, sharing, 'state-row', i, None))

    def table(self, caption, cols, rows, ai_cols=None, inv_cols=()):
        """cols: column header texts; rows: (row header, [bool per col]).
        ai_cols: {col index: shape}; inv_cols: columns whose checked state means NOT sharing."""
        ai_cols = ai_cols or {}
        t = self._id('tbl')
        head = ['<table class="matrix" id="%s">' % t]
        if caption:
            head.append('<caption>%s</caption>' % caption)
        head.append('<thead><tr><td></td>' + ''.join('<th scope="col">%s</th>' % c for c in cols) + '</tr></thead><tbody>')
        kids = ['\n'.join(head)]
        for rname, vals in rows:
            kids.append('<tr><th scope="row">%s</th>' % rname)
            for ci, v in enumerate(vals):
                i = self._id('c')
                shape = ai_cols.get(ci)
                name = rname + ' ' + cols[ci]
                sharing = bool(v) != (ci in inv_cols)
                kids.append(Ctrl('<td><input type="checkbox" id="%s"%s></td>' % (i, ' checked' if v else ''),
                                 'table-cell', self._ai(shape, name, sharing, 'table-cell', i,
                                                        'checked' if v else 'unchecked')))
            kids.append('</tr>')
        kids.append('</tbody></table>')
        return Wrap('', kids, '')

    # ---------- render ----------
    def render(self):
        c = self.chrome
        labels, hidden, decoys = [], [], []
        for node in self.body:
            for ctrl, h in node.walk():
                if ctrl.ai:
                    (hidden if h else labels).append(dict(ctrl.ai, hide=h) if h else ctrl.ai)
                elif not h:
                    decoys.append(ctrl.kind)
        css = BASE_CSS + ':root{--accent:%s}\n.%s{display:none}\n' % (self.accent, self.hide_class)
        langs = c['langs']
        out = ['<!DOCTYPE html>',
               '<!-- saved from url=(%04d)%s -->' % (len(self.url), self.url),
               '<html lang="%s">' % self.lang,
               '<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">',
               '<title>%s</title>' % esc(_h.unescape(self.title) + ' – ' + self.brand),
               '<style>%s</style>\n</head>\n<body>' % css,
               '<header class="topbar">',
               '<a class="logo" href="/">%s</a>' % self.brand,
               '<form role="search" class="search" action="/search"><label for="site-search" class="vh">%s</label>'
               '<input type="search" id="site-search" name="q" placeholder="%s"></form>' % (c['search'], esc(c['search_ph'])),
               '<label for="ui-lang" class="vh">%s</label><select id="ui-lang">%s</select>'
               % (c['langlabel'], ''.join('<option value="%s"%s>%s</option>' % (v, ' selected' if v == self.lang else '', t)
                                          for v, t in langs)),
               '<div class="account"><button type="button" id="acct-btn" aria-haspopup="menu" aria-expanded="false" aria-controls="acct-menu">%s</button>'
               % c['account'],
               '<ul id="acct-menu" role="menu" aria-labelledby="acct-btn" hidden>'
               + ''.join('<li role="none"><a role="menuitem" href="%s">%s</a></li>' % (h, t) for t, h in c['menu'])
               + '</ul></div>',
               '</header>',
               '<div class="layout">',
               '<nav class="sidenav" aria-label="%s"><ul>' % esc(c['navlabel'])
               + ''.join('<li><a href="%s"%s>%s</a></li>' % (h, ' aria-current="page"' if k == self.nav_current else '', t)
                         for k, (t, h) in enumerate(self.nav))
               + '</ul></nav>',
               '<main id="content">',
               '<h1>%s</h1>' % self.title]
        if self.intro:
            out.append('<p class="intro">%s</p>' % self.intro)
        out.extend(n.render() for n in self.body)
        out.append('</main>\n</div>')
        out.append('<footer><p>' + ''.join('<a href="%s">%s</a>' % (h, t) for t, h in c['footer'])
                   + '</p><p>%s</p></footer>' % c['copyright'].replace('{brand}', self.brand))
        out.append('</body>\n</html>\n')
        return '\n'.join(out), labels, hidden, decoys
