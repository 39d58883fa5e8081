"""Page builder for the blind62 set.

Every widget helper returns an HTML string and keeps the books: visible control
units inside <main>, the labelled ai-training controls (label, sharing, shape,
widget kind) and the hidden ai-training controls (mechanism).  Only Python 3's
standard library is used.
"""
import html

MECH_NAMES = {
    'hidden-attr': 'hidden attribute',
    'inline-display-none': 'inline display:none',
    'css-class': 'CSS class with display:none',
    'aria-hidden': 'aria-hidden="true"',
    'visibility-hidden': 'visibility:hidden',
    'closed-dialog': 'closed <dialog>',
    'inactive-tab': 'inactive tab panel (hidden)',
}


TABIDX = ' tabindex="-1"'
CUR = ' aria-current="page"'


def E(s):
    return html.escape(s, quote=True)


SHELL = {
    'en': dict(search='Search settings', ph='Search', lang='Language', acct='Account menu',
               menu=['Profile', 'Billing', 'Sign out'], nav='Settings',
               footer=['Privacy notice', 'Terms of service', 'Help centre', 'System status'],
               skip='Skip to main content', rights='All rights reserved.'),
    'de': dict(search='Einstellungen durchsuchen', ph='Suchen', lang='Sprache', acct='Kontomenü',
               menu=['Profil', 'Abrechnung', 'Abmelden'], nav='Einstellungen',
               footer=['Datenschutz', 'AGB', 'Impressum', 'Hilfe'],
               skip='Zum Inhalt springen', rights='Alle Rechte vorbehalten.'),
    'fr': dict(search='Rechercher dans les paramètres', ph='Rechercher', lang='Langue', acct='Menu du compte',
               menu=['Profil', 'Facturation', 'Se déconnecter'], nav='Paramètres',
               footer=['Confidentialité', "Conditions d'utilisation", 'Mentions légales', 'Aide'],
               skip='Aller au contenu', rights='Tous droits réservés.'),
    'es': dict(search='Buscar en la configuración', ph='Buscar', lang='Idioma', acct='Menú de la cuenta',
               menu=['Perfil', 'Facturación', 'Cerrar sesión'], nav='Configuración',
               footer=['Privacidad', 'Términos y condiciones', 'Aviso legal', 'Ayuda'],
               skip='Saltar al contenido', rights='Todos los derechos reservados.'),
    'pt': dict(search='Buscar nas configurações', ph='Buscar', lang='Idioma', acct='Menu da conta',
               menu=['Meu perfil', 'Pagamentos', 'Sair'], nav='Configurações',
               footer=['Privacidade', 'Termos de uso', 'Central de ajuda', 'Status'],
               skip='Ir para o conteúdo', rights='Todos os direitos reservados.'),
    'it': dict(search='Cerca nelle impostazioni', ph='Cerca', lang='Lingua', acct="Menu dell'account",
               menu=['Profilo', 'Fatturazione', 'Esci'], nav='Impostazioni',
               footer=['Privacy', 'Termini di servizio', 'Note legali', 'Assistenza'],
               skip='Vai al contenuto', rights='Tutti i diritti riservati.'),
    'nl': dict(search='Zoeken in instellingen', ph='Zoeken', lang='Taal', acct='Accountmenu',
               menu=['Profiel', 'Facturering', 'Uitloggen'], nav='Instellingen',
               footer=['Privacyverklaring', 'Voorwaarden', 'Cookies', 'Help'],
               skip='Naar de inhoud', rights='Alle rechten voorbehouden.'),
}

LANGS = [('en', 'English'), ('de', 'Deutsch'), ('fr', 'Français'), ('es', 'Español'),
         ('pt', 'Português (Brasil)'), ('it', 'Italiano'), ('nl', 'Nederlands')]

CSS = """
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;background:#f5f6f8}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px}
.top{display:flex;gap:16px;align-items:center;padding:10px 24px;background:#fff;border-bottom:1px solid #e2e5ea}
.brand{font-weight:700;color:var(--accent);text-decoration:none;margin-right:auto}
.search input{width:260px;padding:6px 10px;border:1px solid #c9ced6;border-radius:6px}
.acct{position:relative}.acct ul{position:absolute;right:0;background:#fff;list-style:none;padding:6px;border:1px solid #ddd}
.layout{display:flex;max-width:1180px;margin:0 auto}
.side{width:230px;padding:24px 12px}.side ul{list-style:none;margin:0;padding:0}.side a{display:block;padding:6px 10px;border-radius:6px;color:#333;text-decoration:none}
.side a[aria-current]{background:#e8ecf6;font-weight:600}
main{flex:1;padding:24px 32px}
.card{background:#fff;border:1px solid #e2e5ea;border-radius:10px;padding:18px 22px;margin:0 0 18px}
.field{display:flex;flex-wrap:wrap;gap:6px 10px;align-items:center;margin:10px 0}
.hint{flex-basis:100%;margin:2px 0 0 26px;color:#5b6474;font-size:13px}
.intro{color:#4a5263}
.staterow{display:grid;grid-template-columns:1fr auto auto;gap:12px;align-items:center;padding:10px 0;border-top:1px solid #eef0f3}
.badge{font-size:12px;padding:2px 8px;border-radius:10px;background:#eef0f3}
.badge.on{background:#dff5e6;color:#17643a}
[role=switch]{min-width:44px}
.seg{display:inline-flex;border:1px solid #c9ced6;border-radius:8px;overflow:hidden}.seg button{border:0;padding:5px 12px;background:#fff}
.seg button[aria-pressed=true]{background:var(--accent);color:#fff}
table{border-collapse:collapse;width:100%}th,td{padding:8px;border-bottom:1px solid #eef0f3;text-align:left}caption{text-align:left;font-weight:600;padding:4px 0 8px}
details{border:1px solid #e2e5ea;border-radius:8px;padding:8px 12px;margin:10px 0}summary{cursor:pointer;font-weight:600}
[role=tablist]{display:flex;gap:4px;border-bottom:1px solid #d6dae1;margin-bottom:12px}[role=tab]{border:0;background:none;padding:8px 12px}[role=tab][aria-selected=true]{border-bottom:2px solid var(--accent)}
dialog{border:0;border-radius:12px;max-width:520px}
.btn{padding:6px 14px;border-radius:6px;border:1px solid #c9ced6;background:#fff}.btn.primary{background:var(--accent);color:#fff;border-color:var(--accent)}.btn.danger{color:#b3261e}
footer{padding:24px;text-align:center;color:#6b7280;font-size:13px}footer a{color:inherit;margin:0 8px}
.visually-hidden,.sr-only{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.preview{opacity:.9;pointer-events:none}
"""


class Page:
    def __init__(self, lang, slug, service, url, title, known=False, nav=(), active=0,
                 user='', accent='#3353c4', hide_class='is-hidden', notes='', shell=None):
        self.lang, self.slug, self.service, self.url = lang, slug, service, url
        self.title, self.known, self.nav, self.active = title, known, list(nav), active
        self.user = user or 'Account'
        self.accent, self.hide_class, self.extra_notes = accent, hide_class, notes
        self.shell = dict(SHELL[lang])
        if shell:
            self.shell.update(shell)
        self.units = 0
        self.labels = []
        self.hidden_ai = []
        self.kinds_hidden = []
        self._hid = None
        self._det = 0
        self._n = 0

    # ------------------------------------------------------------ bookkeeping
    def id(self, p='c'):
        self._n += 1
        return f'{p}-{self._n}'

    def _unit(self):
        if self._hid is None:
            self.units += 1

    def _reg(self, eid, label, sharing, ai, kind, pol):
        if ai is None:
            return
        if self._hid is not None:
            self.hidden_ai.append(dict(id=eid, label=label, mech=self._hid, kind=kind))
            return
        if self._det:
            kind = kind + '+details'
        assert ai in ('i', 'v', 'h', 'p'), ai
        self.labels.append(dict(id=eid, label=label, sharing=bool(sharing), shape=ai, kind=kind, pol=pol))

    def _bool(self, eid, label, on, ai, inv, kind):
        if ai is None:
            return
        inv = (ai == 'i') if inv is None else inv
        self._reg(eid, label, on != inv, ai, kind, dict(type='bool', inv=inv))

    def _hint(self, hid, help):
        return f'<p class="hint" id="{hid}">{E(help)}</p>' if help else ''

    # ------------------------------------------------------------ widgets
    def cb(self, label, checked=False, help=None, ai=None, inv=None, tie='desc', wrap=False, extra=''):
        cid, hid = self.id('cb'), self.id('hint')
        desc = f' aria-describedby="{hid}"' if help and tie == 'desc' else ''
        chk = ' checked' if checked else ''
        inp = f'<input type="checkbox" id="{cid}" name="{cid}"{chk}{desc}{extra}>'
        lab = f'<label>{inp} <span>{E(label)}</span></label>' if wrap else f'{inp} <label for="{cid}">{E(label)}</label>'
        self._unit()
        self._bool(cid, label, checked, ai, inv, 'checkbox')
        return f'<div class="field">{lab}{self._hint(hid, help)}</div>'

    def sw(self, label, on=False, mode='lb', help=None, ai=None, inv=None, tie='desc', state_text=None):
        """mode: lb (aria-labelledby), al (aria-label), text (text content), native (input role=switch)."""
        cid, hid, lid = self.id('sw'), self.id('hint'), self.id('lbl')
        desc = f' aria-describedby="{hid}"' if help and tie == 'desc' else ''
        ac = 'true' if on else 'false'
        if mode == 'lb':
            st = f'<span aria-hidden="true">{E(state_text)}</span>' if state_text else ''
            w = (f'<span class="sw-label" id="{lid}">{E(label)}</span>'
                 f'<button type="button" role="switch" id="{cid}" aria-checked="{ac}" aria-labelledby="{lid}"{desc}>{st}</button>')
        elif mode == 'al':
            w = (f'<span class="sw-label">{E(label)}</span>'
                 f'<button type="button" role="switch" id="{cid}" aria-checked="{ac}" aria-label="{E(label)}"{desc}></button>')
        elif mode == 'text':
            w = f'<button type="button" role="switch" class="sw" id="{cid}" aria-checked="{ac}"{desc}>{E(label)}</button>'
        elif mode == 'div':
            w = (f'<span class="sw-label" id="{lid}">{E(label)}</span>'
                 f'<div role="switch" tabindex="0" id="{cid}" aria-checked="{ac}" aria-labelledby="{lid}"{desc}></div>')
        else:  # native
            chk = ' checked' if on else ''
            w = f'<input type="checkbox" role="switch" id="{cid}"{chk}{desc}> <label for="{cid}">{E(label)}</label>'
        self._unit()
        self._bool(cid, label, on, ai, inv, 'switch-' + mode)
        return f'<div class="field">{w}{self._hint(hid, help)}</div>'

    def sel(self, label, options, selected, help=None, ai=None, share=(), tie='desc'):
        cid, hid = self.id('sel'), self.id('hint')
        desc = f' aria-describedby="{hid}"' if help and tie == 'desc' else ''
        opts = ''.join(f'<option value="{E(v)}"{" selected" if v == selected else ""}>{E(t)}</option>' for v, t in options)
        assert selected in [v for v, _ in options]
        self._unit()
        if ai:
            self._reg(cid, label, selected in share, ai, 'select', dict(type='choice', share=list(share)))
        return (f'<div class="field"><label for="{cid}">{E(label)}</label>'
                f'<select id="{cid}" name="{cid}"{desc}>{opts}</select>{self._hint(hid, help)}</div>')

    def radios(self, legend, options, selected, mode='fieldset', help=None, ai=None, share=(), tie='desc'):
        gid, hid, lid = self.id('rg'), self.id('hint'), self.id('lbl')
        desc = f' aria-describedby="{hid}"' if help and tie == 'desc' else ''
        assert selected in [o[0] for o in options]
        items = ''
        for o in options:
            v, t = o[0], o[1]
            rid = self.id('r')
            chk = ' checked' if v == selected else ''
            sub = f'<span class="hint">{E(o[2])}</span>' if len(o) > 2 else ''
            items += f'<div class="field"><input type="radio" id="{rid}" name="{gid}" value="{E(v)}"{chk}> <label for="{rid}">{E(t)}</label>{sub}</div>'
        self._unit()
        if ai:
            self._reg(gid, legend, selected in share, ai, 'radio-' + mode, dict(type='choice', share=list(share)))
        if mode == 'fieldset':
            return f'<fieldset id="{gid}"{desc}><legend>{E(legend)}</legend>{self._hint(hid, help)}{items}</fieldset>'
        return (f'<div class="radios"><p class="label" id="{lid}">{E(legend)}</p>'
                f'<div role="radiogroup" id="{gid}" aria-labelledby="{lid}"{desc}>{items}</div>{self._hint(hid, help)}</div>')

    def seg(self, label, options, selected, help=None, ai=None, share=(), tie='desc', lb=None):
        """Segmented aria-pressed buttons; the group is one unit named by its label (or by lb, an existing id)."""
        gid, hid, lid = self.id('seg'), self.id('hint'), self.id('lbl')
        desc = f' aria-describedby="{hid}"' if help and tie == 'desc' else ''
        assert selected in [v for v, _ in options]
        btns = ''.join(f'<button type="button" aria-pressed="{"true" if v == selected else "false"}" data-value="{E(v)}">{E(t)}</button>'
                       for v, t in options)
        self._unit()
        if ai:
            self._reg(gid, label, selected in share, ai, 'segmented', dict(type='choice', share=list(share)))
        head = '' if lb else f'<span class="label" id="{lid}">{E(label)}</span>'
        return (f'<div class="field">{head}<div class="seg" role="group" id="{gid}" aria-labelledby="{lb or lid}"{desc}>{btns}</div>'
                f'{self._hint(hid, help)}</div>')

    def state(self, title, status, action, suffix=None, sharing=None, ai=None, help=None, on=False, lb='title'):
        """A status text plus an action button.  suffix: visually hidden words appended to the
        button; otherwise the button is aria-labelledby the title (lb='title') or itself and the title (lb='both')."""
        tid, bid, hid = self.id('st'), self.id('btn'), self.id('hint')
        if suffix:
            btn = f'<button type="button" class="btn" id="{bid}">{E(action)}<span class="visually-hidden"> {E(suffix)}</span></button>'
            name = f'{action} {suffix}'
        elif lb == 'both':
            btn = f'<button type="button" class="btn" id="{bid}" aria-labelledby="{bid} {tid}">{E(action)}</button>'
            name = f'{action} {title}'
        else:
            btn = f'<button type="button" class="btn" id="{bid}" aria-labelledby="{tid}">{E(action)}</button>'
            name = title
        self._unit()
        if ai:
            assert sharing is not None
            self._reg(bid, name, sharing, ai, 'state-' + ('suffix' if suffix else 'lb'), dict(type='state'))
        return (f'<div class="staterow"><div><p class="st-title" id="{tid}"><strong>{E(title)}</strong></p>{self._hint(hid, help)}</div>'
                f'<span class="badge{" on" if on else ""}">{E(status)}</span>{btn}</div>')

    def table(self, caption, cols, rows, intro=None):
        """cols: [row-header column title, col1, col2...]; rows: [(row name, [cell...])],
        cell = None (no control) or (checked, ai, inv) or checked (bool) for a plain decoy."""
        t = self.id('tbl')
        colids = [f'{t}-c{i}' for i in range(len(cols))]
        head = ''.join(f'<th scope="col" id="{colids[i]}">{E(c)}</th>' for i, c in enumerate(cols))
        body = ''
        for ri, (rname, cells) in enumerate(rows):
            rid = f'{t}-r{ri}'
            tds = ''
            for ci, cell in enumerate(cells, start=1):
                if cell is None:
                    tds += '<td><span aria-hidden="true">—</span></td>'
                    continue
                if isinstance(cell, bool):
                    cell = (cell, None, None)
                checked, ai, inv = cell
                cid = self.id('cell')
                self._unit()
                self._bool(cid, f'{rname} {cols[ci]}', checked, ai, inv, 'table-cell')
                tds += f'<td><input type="checkbox" id="{cid}" aria-labelledby="{rid} {colids[ci]}"{" checked" if checked else ""}></td>'
            body += f'<tr><th scope="row" id="{rid}">{E(rname)}</th>{tds}</tr>'
        pre = f'<p class="intro">{E(intro)}</p>' if intro else ''
        return f'{pre}<table><caption>{E(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'

    def btn(self, text, cls='btn', extra=''):
        self._unit()
        return f'<button type="button" class="{cls}"{extra}>{E(text)}</button>'

    def txt(self, label, value='', type='text', help=None, ph=''):
        cid, hid = self.id('in'), self.id('hint')
        desc = f' aria-describedby="{hid}"' if help else ''
        p = f' placeholder="{E(ph)}"' if ph else ''
        self._unit()
        return (f'<div class="field"><label for="{cid}">{E(label)}</label>'
                f'<input type="{type}" id="{cid}" value="{E(value)}"{p}{desc}>{self._hint(hid, help)}</div>')

    def a(self, text, href='#'):
        return f'<a href="{E(href)}">{E(text)}</a>'

    # ------------------------------------------------------------ containers
    def sec(self, title, body, intro=None, level=2, cls='card', intro_html=None):
        sid = self.id('sec')
        i = f'<p class="intro">{E(intro)}</p>' if intro else ''
        if intro_html:
            i += intro_html
        return f'<section class="{cls}" aria-labelledby="{sid}"><h{level} id="{sid}">{E(title)}</h{level}>{i}{body}</section>'

    def sub(self, title, body, intro=None, level=3):
        i = f'<p class="intro">{E(intro)}</p>' if intro else ''
        return f'<div class="group"><h{level}>{E(title)}</h{level}>{i}{body}</div>'

    def p(self, text):
        return f'<p class="intro">{E(text)}</p>'

    def details(self, summary, fn, intro=None):
        self._det += 1
        inner = fn()
        self._det -= 1
        i = f'<p class="intro">{E(intro)}</p>' if intro else ''
        return f'<details><summary>{E(summary)}</summary><div class="det-body">{i}{inner}</div></details>'

    def hide(self, mech, fn):
        assert mech in ('hidden-attr', 'inline-display-none', 'css-class', 'aria-hidden', 'visibility-hidden'), mech
        prev, self._hid = self._hid, mech
        inner = fn()
        self._hid = prev
        self.kinds_hidden.append(mech)
        if mech == 'hidden-attr':
            return f'<div class="block" hidden>{inner}</div>'
        if mech == 'inline-display-none':
            return f'<div class="block" style="display: none;">{inner}</div>'
        if mech == 'css-class':
            return f'<div class="block {self.hide_class}">{inner}</div>'
        if mech == 'aria-hidden':
            return f'<div class="preview" aria-hidden="true" inert>{inner}</div>'
        return f'<div class="block" style="visibility:hidden;height:0;overflow:hidden">{inner}</div>'

    def dialog(self, opener, title, fn, close='Close', opener_cls='btn'):
        did, tid = self.id('dlg'), self.id('dlgt')
        self._unit()
        op = f'<button type="button" class="{opener_cls}" aria-haspopup="dialog" aria-controls="{did}">{E(opener)}</button>'
        prev, self._hid = self._hid, 'closed-dialog'
        inner = fn()
        cl = f'<button type="button" class="btn" value="cancel">{E(close)}</button>'
        self._hid = prev
        self.kinds_hidden.append('closed-dialog')
        return f'{op}<dialog id="{did}" aria-labelledby="{tid}"><h2 id="{tid}">{E(title)}</h2>{inner}{cl}</dialog>'

    def tabs(self, label, tabs, active=0):
        """tabs: [(title, fn)]; inactive panels are built as hidden."""
        base = self.id('tab')
        heads, panels = '', ''
        for i, (title, fn) in enumerate(tabs):
            tid, pid = f'{base}-t{i}', f'{base}-p{i}'
            sel = i == active
            self._unit()
            heads += (f'<button type="button" role="tab" id="{tid}" aria-controls="{pid}" aria-selected="{"true" if sel else "false"}"'
                      f'{"" if sel else TABIDX}>{E(title)}</button>')
            prev = self._hid
            if not sel:
                self._hid = 'inactive-tab'
            inner = fn()
            self._hid = prev
            if not sel:
                self.kinds_hidden.append('inactive-tab')
            panels += f'<div role="tabpanel" id="{pid}" aria-labelledby="{tid}"{"" if sel else " hidden"}>{inner}</div>'
        return f'<div class="tabs"><div role="tablist" aria-label="{E(label)}">{heads}</div>{panels}</div>'

    # ------------------------------------------------------------ page
    def done(self, body, intro=None, h1=None):
        s = self.shell
        self.body = body
        nav = ''.join(f'<li><a href="#"{CUR if i == self.active else ""}>{E(t)}</a></li>'
                      for i, t in enumerate(self.nav))
        langs = ''.join(f'<option value="{c}"{" selected" if c == self.lang else ""}>{E(n)}</option>' for c, n in LANGS)
        menu = ''.join(f'<li role="none"><a role="menuitem" href="#">{E(m)}</a></li>' for m in s['menu'])
        foot = ''.join(f'<a href="#">{E(f)}</a>' for f in s['footer'])
        css = CSS + f'.{self.hide_class}{{display:none}}\n:root{{--accent:{self.accent}}}\n'
        i = f'<p class="intro">{E(intro)}</p>' if intro else ''
        u = self.url
        self.html = (
            '<!DOCTYPE html>\n'
            f'<!-- saved from url=({len(u):04d}){u} -->\n'
            f'<html lang="{self.lang}"><head><meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{E(self.title)} · {E(self.service)}</title>\n<style>{css}</style>\n</head>\n<body>\n'
            f'<a class="skip" href="#main">{E(s["skip"])}</a>\n'
            f'<header class="top"><a class="brand" href="#">{E(self.service)}</a>'
            f'<form class="search" role="search" action="#"><input type="search" name="q" aria-label="{E(s["search"])}" placeholder="{E(s["ph"])}"></form>'
            f'<select aria-label="{E(s["lang"])}" name="hl">{langs}</select>'
            f'<div class="acct"><button type="button" aria-haspopup="menu" aria-expanded="false" aria-controls="acct-menu" aria-label="{E(s["acct"])}">{E(self.user)}</button>'
            f'<ul id="acct-menu" role="menu" hidden>{menu}</ul></div></header>\n'
            f'<div class="layout"><nav class="side" aria-label="{E(s["nav"])}"><ul>{nav}</ul></nav>\n'
            f'<main id="main"><h1>{E(h1 or self.title)}</h1>{i}\n{body}\n</main></div>\n'
            f'<footer>{foot}<p>© 2025 {E(self.service)}. {E(s["rights"])}</p></footer>\n'
            '</body></html>\n')
        assert self.hidden_ai, f'{self.slug}: no hidden ai-training control'
        assert 15 <= self.units <= 35, f'{self.slug}: {self.units} units'
        return self

    def expect(self):
        shapes = {}
        for l in self.labels:
            shapes.setdefault(l['shape'], []).append(l['kind'])
        sh = '; '.join(f"{k}: {', '.join(v)}" for k, v in sorted(shapes.items()))
        mechs = ', '.join(sorted({MECH_NAMES[h['mech']] for h in self.hidden_ai}))
        notes = (f"{'Reconstruction of a known service' if self.known else 'Invented service'}. "
                 f"Labelled shapes — {sh}. Hidden ai-training decoy via {mechs}. {self.extra_notes}").strip()
        return dict(url=self.url, lang=self.lang, notes=notes,
                    ai_training=[dict(label=l['label'], sharing=l['sharing']) for l in self.labels])

    def meta(self):
        return dict(lang=self.lang, page=self.slug, service=self.service, url=self.url, known=self.known,
                    units=self.units, labelled=self.labels, hidden=self.hidden_ai)
