"""Page builder for the blind52 set (Python 3 standard library only).

Every widget helper returns an HTML string and does the bookkeeping:
visible controls inside <main> are counted as control units, AI-training
controls built while visible are recorded as labels (name, sharing, shape,
widget kind), and AI-training controls built inside a hidden block are
recorded as hidden decoys (id, mechanism).

Shapes: 'i' inverted, 'v' vague + help, 'h' heading-only, 'p' plain.
For binary widgets sharing is derived from the state: for shape 'i' a
checked/on control means NOT sharing, otherwise on means sharing (override
with inv=...). For selects, radio groups and segmented groups every option
carries its own sharing flag and the selected option decides. State rows
take sharing explicitly.
"""
import html as _html

E = _html.escape

CHROME = {
    'en': dict(skip='Skip to main content', search='Search', lang='Language',
               langs=[('en', 'English (US)'), ('es', 'Español'), ('fr', 'Français')],
               menu=['Your profile', 'Billing', 'Switch company', 'Sign out'],
               acct='Account menu', nav='Settings', foot=['Privacy', 'Terms of service', 'Accessibility', 'Help centre'],
               save='Save changes'),
    'de': dict(skip='Zum Inhalt springen', search='Suche', lang='Sprache',
               langs=[('de', 'Deutsch'), ('en', 'English'), ('fr', 'Français')],
               menu=['Mein Profil', 'Abrechnung', 'Unternehmen wechseln', 'Abmelden'],
               acct='Kontomenü', nav='Einstellungen', foot=['Datenschutz', 'AGB', 'Impressum', 'Hilfe'],
               save='Änderungen speichern'),
    'fr': dict(skip='Aller au contenu', search='Rechercher', lang='Langue',
               langs=[('fr', 'Français'), ('en', 'English'), ('de', 'Deutsch')],
               menu=['Mon profil', 'Facturation', 'Changer de société', 'Se déconnecter'],
               acct='Menu du compte', nav='Paramètres', foot=['Confidentialité', 'CGU', 'Mentions légales', 'Aide'],
               save='Enregistrer'),
    'es': dict(skip='Ir al contenido principal', search='Buscar', lang='Idioma',
               langs=[('es', 'Español'), ('ca', 'Català'), ('en', 'English')],
               menu=['Mi perfil', 'Facturación', 'Cambiar de empresa', 'Cerrar sesión'],
               acct='Menú de la cuenta', nav='Configuración', foot=['Privacidad', 'Condiciones', 'Aviso legal', 'Ayuda'],
               save='Guardar cambios'),
    'pt': dict(skip='Pular para o conteúdo', search='Buscar', lang='Idioma',
               langs=[('pt-BR', 'Português (Brasil)'), ('es', 'Español'), ('en', 'English')],
               menu=['Meu perfil', 'Plano e cobrança', 'Trocar de empresa', 'Sair'],
               acct='Menu da conta', nav='Configurações', foot=['Privacidade', 'Termos de uso', 'Central de ajuda', 'Status'],
               save='Salvar alterações'),
    'it': dict(skip='Vai al contenuto', search='Cerca', lang='Lingua',
               langs=[('it', 'Italiano'), ('en', 'English'), ('de', 'Deutsch')],
               menu=['Il mio profilo', 'Abbonamento', 'Cambia azienda', 'Esci'],
               acct='Menu account', nav='Impostazioni', foot=['Privacy', 'Termini e condizioni', 'Cookie', 'Assistenza'],
               save='Salva modifiche'),
    'nl': dict(skip='Naar hoofdinhoud', search='Zoeken', lang='Taal',
               langs=[('nl', 'Nederlands'), ('en', 'English'), ('de', 'Deutsch')],
               menu=['Mijn profiel', 'Abonnement', 'Administratie wisselen', 'Uitloggen'],
               acct='Accountmenu', nav='Instellingen', foot=['Privacy', 'Voorwaarden', 'Toegankelijkheid', 'Helpcentrum'],
               save='Wijzigingen opslaan'),
}

HIDE_CLASSES = ['is-hidden', 'd-none', 'u-hide', 'hidden-block', 'js-collapsed']

BASE_CSS = """
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,sans-serif;color:#1d2433;background:#f5f6f8}
.sr-only,.visually-hidden{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px}
.topbar{display:flex;gap:16px;align-items:center;padding:10px 24px;background:#fff;border-bottom:1px solid #dde1e7}
.brand{font-weight:700;text-decoration:none;color:inherit}.search{flex:1}.search input{width:100%;max-width:420px}
.layout{display:grid;grid-template-columns:220px 1fr;gap:24px;max-width:1180px;margin:0 auto;padding:24px}
.sidenav ul{list-style:none;padding:0;margin:0}.sidenav a{display:block;padding:6px 10px;border-radius:6px;color:inherit;text-decoration:none}
.sidenav a[aria-current]{background:#e8eefc;font-weight:600}
main section,.card{background:#fff;border:1px solid #dde1e7;border-radius:10px;padding:18px 22px;margin-bottom:18px}
.field{margin:12px 0}.help,.hint{color:#5b6472;font-size:13px;margin:2px 0 0 26px}
.toggle{display:inline-flex;align-items:center;gap:8px}.knob{display:inline-block;width:34px;height:18px;border-radius:9px;background:#c5cbd5}
[aria-checked=true] .knob{background:#2f6fde}
.state-row{display:flex;justify-content:space-between;align-items:center;border-top:1px solid #eceff3;padding:10px 0}
.status{font-size:13px;color:#5b6472;margin:0}.badge{font-size:12px;padding:1px 8px;border-radius:10px;background:#eceff3}
.segmented{display:inline-flex;border:1px solid #b8c0cc;border-radius:8px}.segmented button{border:0;background:none;padding:4px 12px}
.segmented button[aria-pressed=true]{background:#2f6fde;color:#fff}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #eceff3}caption{text-align:left;font-weight:600;padding-bottom:6px}
[role=tablist]{display:flex;gap:4px;border-bottom:1px solid #dde1e7}[role=tab]{border:0;background:none;padding:8px 12px}[role=tab][aria-selected=true]{border-bottom:2px solid #2f6fde}
footer{padding:24px;text-align:center;font-size:13px;color:#5b6472}footer a{margin:0 8px;color:inherit}
.btn{padding:6px 14px;border-radius:6px;border:1px solid #b8c0cc;background:#fff}.btn-primary{background:#2f6fde;color:#fff;border-color:#2f6fde}
"""


class Page:
    def __init__(self, lang, slug, service, url, title, notes, known=False, user='',
                 nav=(), nav_active=0, brand=None, lead=None, hide_class=None, chrome=None):
        self.lang, self.slug, self.service, self.url = lang, slug, service, url
        self.title, self.notes, self.known = title, notes, known
        self.user = user
        self.nav = list(nav)
        self.nav_active = nav_active
        self.brand = brand or service
        self.lead = lead
        self.hide_class = hide_class
        self.chrome = dict(CHROME[lang])
        if chrome:
            self.chrome.update(chrome)
        self.body = []
        self.units = 0
        self.labels = []
        self.hidden_ai = []
        self.hid = None        # hidden mechanism while building hidden content
        self._n = 0
        self.kinds = {}

    # ------------------------------------------------------------ bookkeeping
    def uid(self, base='c'):
        self._n += 1
        return f'{base}-{self._n}'

    def _reg(self, kind, name, ai, sharing, cid):
        if self.hid:
            if ai:
                self.hidden_ai.append({'id': cid, 'mechanism': self.hid, 'name': name, 'widget': kind})
            return
        self.units += 1
        if ai:
            assert ai in 'ivhp', ai
            self.labels.append({'label': name, 'sharing': bool(sharing), 'shape': ai, 'widget': kind, 'id': cid})

    @staticmethod
    def _share(ai, on, inv):
        if inv is None:
            inv = (ai == 'i')
        return (not on) if inv else bool(on)

    def add(self, *parts):
        self.body.extend(parts)

    def _help(self, cid, help, near):
        """returns (attr, html)"""
        if not help:
            return '', ''
        if near:
            return '', f'<p class="hint">{E(help)}</p>'
        hid = cid + '-desc'
        return f' aria-describedby="{hid}"', f'<p class="help" id="{hid}">{E(help)}</p>'

    # ------------------------------------------------------------ structure
    def section(self, heading, intro=None, *items, level=2, cls=None, sid=None):
        sid = sid or self.uid('sec')
        h = f'<h{level} id="{sid}-h">{E(heading)}</h{level}>'
        i = f'<p class="intro">{E(intro)}</p>' if intro else ''
        c = f' class="{cls}"' if cls else ''
        return f'<section{c} aria-labelledby="{sid}-h">{h}{i}{"".join(items)}</section>'

    def card(self, heading, text=None, *items, level=3):
        t = f'<p>{E(text)}</p>' if text else ''
        return f'<div class="card"><h{level}>{E(heading)}</h{level}>{t}{"".join(items)}</div>'

    def para(self, text, cls=None):
        c = f' class="{cls}"' if cls else ''
        return f'<p{c}>{E(text)}</p>'

    def link(self, text, href='#'):
        return f'<a href="{E(href)}">{E(text)}</a>'

    def details(self, summary, *items, cls='more'):
        inner = ''.join(items)
        for l in self.labels:
            if f'id="{l["id"]}"' in inner and not l['widget'].endswith('+details'):
                l['widget'] += '+details'
        return f'<details class="{cls}"><summary>{E(summary)}</summary>{inner}</details>'

    def hidden_block(self, mech, build):
        """mech: hidden | display | class | aria | visibility"""
        prev, self.hid = self.hid, mech
        inner = build()
        self.hid = prev
        if not isinstance(inner, str):
            inner = ''.join(inner)
        attr = {
            'hidden': ' hidden',
            'display': ' style="display:none"',
            'class': f' class="{self.hide_class}"',
            'aria': ' aria-hidden="true"',
            'visibility': ' style="visibility:hidden"',
        }[mech]
        if mech == 'class':
            assert self.hide_class
        return f'<div{attr}>{inner}</div>'

    def tabs(self, label, panels, active=0):
        """panels: list of (tab name, builder)"""
        tl = self.uid('tabs')
        btns, bodies = [], []
        for k, (name, build) in enumerate(panels):
            tid, pid = f'{tl}-t{k}', f'{tl}-p{k}'
            sel = 'true' if k == active else 'false'
            ti = '' if k == active else ' tabindex="-1"'
            btns.append(f'<button type="button" role="tab" id="{tid}" aria-selected="{sel}" aria-controls="{pid}"'
                        f'{ti}>{E(name)}</button>')
            self._reg('tab', name, None, None, tid)
        for k, (name, build) in enumerate(panels):
            tid, pid = f'{tl}-t{k}', f'{tl}-p{k}'
            prev = self.hid
            if k != active:
                self.hid = 'tab'
            inner = build()
            self.hid = prev
            if not isinstance(inner, str):
                inner = ''.join(inner)
            h = '' if k == active else ' hidden'
            bodies.append(f'<div role="tabpanel" id="{pid}" aria-labelledby="{tid}"{h}>{inner}</div>')
        return (f'<div class="tabs"><div role="tablist" aria-label="{E(label)}">{"".join(btns)}</div>'
                f'{"".join(bodies)}</div>')

    def dialog(self, opener, title, build, footer_buttons=()):
        did = self.uid('dlg')
        op = self.button(opener, attrs=f' aria-haspopup="dialog" aria-controls="{did}"')
        prev, self.hid = self.hid, 'dialog'
        inner = build()
        fb = ''.join(self.button(b) for b in footer_buttons)
        self.hid = prev
        if not isinstance(inner, str):
            inner = ''.join(inner)
        return (op + f'<dialog id="{did}" aria-labelledby="{did}-t"><h2 id="{did}-t">{E(title)}</h2>{inner}'
                f'<div class="dialog-actions">{fb}</div></dialog>')

    # ------------------------------------------------------------ widgets
    def button(self, text, cls='btn', attrs='', sr=None):
        bid = self.uid('b')
        s = f'<span class="sr-only"> {E(sr)}</span>' if sr else ''
        self._reg('button', text + (' ' + sr if sr else ''), None, None, bid)
        return f'<button type="button" id="{bid}" class="{cls}"{attrs}>{E(text)}{s}</button>'

    def textfield(self, name, value='', type='text', help=None, near=False, placeholder=None):
        cid = self.uid('f')
        a, hh = self._help(cid, help, near)
        ph = f' placeholder="{E(placeholder)}"' if placeholder else ''
        self._reg('text', name, None, None, cid)
        return (f'<div class="field"><label for="{cid}">{E(name)}</label> '
                f'<input type="{type}" id="{cid}" name="{cid}" value="{E(value)}"{ph}{a}>{hh}</div>')

    def checkbox(self, name, checked=False, help=None, ai=None, near=False, wrap=False, switch=False, inv=None):
        cid = self.uid('cb')
        a, hh = self._help(cid, help, near)
        role = ' role="switch"' if switch else ''
        chk = ' checked' if checked else ''
        inp = f'<input type="checkbox" id="{cid}" name="{cid}"{role}{a}{chk}>'
        if wrap:
            lab = f'<label class="check">{inp} <span>{E(name)}</span></label>'
        else:
            lab = f'{inp} <label for="{cid}">{E(name)}</label>'
        self._reg('native-switch' if switch else 'checkbox', name, ai, self._share(ai, checked, inv), cid)
        return f'<div class="field field--check">{lab}{hh}</div>'

    def switch(self, name, on=False, help=None, ai=None, mode='labelledby', near=False, inv=None, tag='button'):
        """ARIA switch. mode: 'text' (name from content), 'label' (aria-label,
        a visible title beside it), 'labelledby' (visible title referenced)."""
        cid = self.uid('sw')
        a, hh = self._help(cid, help, near)
        st = 'true' if on else 'false'
        knob = '<span class="knob" aria-hidden="true"></span>'
        el_open = (f'<button type="button"' if tag == 'button' else f'<div tabindex="0"')
        el_close = '</button>' if tag == 'button' else '</div>'
        if mode == 'text':
            html = f'{el_open} role="switch" id="{cid}" class="toggle" aria-checked="{st}"{a}>{knob}<span>{E(name)}</span>{el_close}'
        elif mode == 'label':
            html = (f'<span class="toggle-title" aria-hidden="true">{E(name)}</span> '
                    f'{el_open} role="switch" id="{cid}" class="toggle" aria-checked="{st}" aria-label="{E(name)}"{a}>{knob}{el_close}')
        else:
            html = (f'<span class="toggle-title" id="{cid}-lbl">{E(name)}</span> '
                    f'{el_open} role="switch" id="{cid}" class="toggle" aria-checked="{st}" aria-labelledby="{cid}-lbl"{a}>{knob}{el_close}')
        self._reg('aria-switch-' + mode, name, ai, self._share(ai, on, inv), cid)
        return f'<div class="field field--switch">{html}{hh}</div>'

    def select(self, name, options, selected=0, help=None, ai=None, near=False):
        """options: list of text or (text, sharing)"""
        cid = self.uid('sel')
        a, hh = self._help(cid, help, near)
        opts, share = [], None
        for k, o in enumerate(options):
            t, s = (o if isinstance(o, tuple) else (o, None))
            sel = ' selected' if k == selected else ''
            if k == selected:
                share = s
            opts.append(f'<option value="o{k}"{sel}>{E(t)}</option>')
        if ai:
            assert share is not None
        self._reg('select', name, ai, share, cid)
        return (f'<div class="field"><label for="{cid}">{E(name)}</label> '
                f'<select id="{cid}" name="{cid}"{a}>{"".join(opts)}</select>{hh}</div>')

    def radios(self, name, options, selected=0, help=None, ai=None, kind='fieldset', near=False):
        """options: list of text or (text, sharing). kind: fieldset | radiogroup"""
        gid = self.uid('rg')
        share = None
        rows = []
        for k, o in enumerate(options):
            t, s = (o if isinstance(o, tuple) else (o, None))
            rid = f'{gid}-{k}'
            chk = ' checked' if k == selected else ''
            if k == selected:
                share = s
            rows.append(f'<div class="radio"><input type="radio" name="{gid}" id="{rid}" value="{k}"{chk}> '
                        f'<label for="{rid}">{E(t)}</label></div>')
        if ai:
            assert share is not None
        a, hh = self._help(gid, help, near)
        self._reg('radio-' + kind, name, ai, share, gid)
        if kind == 'fieldset':
            return f'<fieldset id="{gid}"{a}><legend>{E(name)}</legend>{"".join(rows)}{hh}</fieldset>'
        return (f'<div class="radio-block"><p class="group-title" id="{gid}-lbl">{E(name)}</p>'
                f'<div role="radiogroup" id="{gid}" aria-labelledby="{gid}-lbl"{a}>{"".join(rows)}</div>{hh}</div>')

    def segmented(self, name, options, selected=0, help=None, ai=None, near=False, visible_label=True):
        gid = self.uid('seg')
        share = None
        btns = []
        for k, o in enumerate(options):
            t, s = (o if isinstance(o, tuple) else (o, None))
            if k == selected:
                share = s
            btns.append(f'<button type="button" aria-pressed="{"true" if k == selected else "false"}">{E(t)}</button>')
        if ai:
            assert share is not None
        a, hh = self._help(gid, help, near)
        self._reg('segmented', name, ai, share, gid)
        if visible_label:
            return (f'<div class="field field--seg"><span class="seg-label" id="{gid}-lbl">{E(name)}</span> '
                    f'<div role="group" class="segmented" id="{gid}" aria-labelledby="{gid}-lbl"{a}>{"".join(btns)}</div>{hh}</div>')
        return (f'<div class="field field--seg"><div role="group" class="segmented" id="{gid}" aria-label="{E(name)}"{a}>'
                f'{"".join(btns)}</div>{hh}</div>')

    def staterow(self, title, status, action, sharing=None, ai=None, mode='suffix', suffix=None,
                 help=None, badge=False, title_tag='h3'):
        """mode 'suffix': button text + visually hidden suffix;
        'lb': button aria-labelledby = itself + title; 'lbt': aria-labelledby = title only."""
        bid = self.uid('sr')
        tid = bid + '-title'
        st = f'<span class="badge">{E(status)}</span>' if badge else f'<p class="status">{E(status)}</p>'
        hp = f'<p class="hint">{E(help)}</p>' if help else ''
        if mode == 'suffix':
            assert suffix
            name = f'{action} {suffix}'
            btn = f'<button type="button" class="btn" id="{bid}">{E(action)}<span class="sr-only"> {E(suffix)}</span></button>'
        elif mode == 'lb':
            name = f'{action} {title}'
            btn = f'<button type="button" class="btn" id="{bid}" aria-labelledby="{bid} {tid}">{E(action)}</button>'
        else:
            name = title
            btn = f'<button type="button" class="btn" id="{bid}" aria-labelledby="{tid}">{E(action)}</button>'
        self._reg('state-row-' + mode, name, ai, sharing, bid)
        return (f'<div class="state-row"><div><{title_tag} class="row-title" id="{tid}">{E(title)}</{title_tag}>{st}{hp}</div>'
                f'{btn}</div>')

    def table(self, caption, head0, cols, rows, desc_head=None, intro=None):
        """rows: list of (row header, description or None, [cell,...]);
        cell: (checked, ai or None[, inv]) ; a cell of None renders '—'."""
        tid = self.uid('tbl')
        ths = [f'<th scope="col" id="{tid}-c{k}">{E(c)}</th>' for k, c in enumerate(cols)]
        dh = f'<th scope="col">{E(desc_head)}</th>' if desc_head else ''
        out = [f'<table id="{tid}"><caption>{E(caption)}</caption>'
               f'<thead><tr><th scope="col">{E(head0)}</th>{dh}{"".join(ths)}</tr></thead><tbody>']
        for r, (rh, desc, cells) in enumerate(rows):
            rid = f'{tid}-r{r}'
            tds = []
            for k, cell in enumerate(cells):
                if cell is None:
                    tds.append('<td>—</td>')
                    continue
                checked, ai = cell[0], cell[1]
                inv = cell[2] if len(cell) > 2 else None
                cid = f'{tid}-{r}-{k}'
                chk = ' checked' if checked else ''
                self._reg('table-cell', f'{rh} {cols[k]}', ai, self._share(ai, checked, inv), cid)
                tds.append(f'<td><input type="checkbox" id="{cid}" aria-labelledby="{rid} {tid}-c{k}"{chk}></td>')
            dc = f'<td>{E(desc)}</td>' if desc_head else ''
            out.append(f'<tr><th scope="row" id="{rid}">{E(rh)}</th>{dc}{"".join(tds)}</tr>')
        out.append('</tbody></table>')
        i = f'<p class="intro">{E(intro)}</p>' if intro else ''
        return i + ''.join(out)

    def info_table(self, caption, head, rows):
        """plain data table, no controls"""
        th = ''.join(f'<th scope="col">{E(h)}</th>' for h in head)
        trs = ''.join('<tr>' + ''.join(f'<td>{E(c)}</td>' for c in r) + '</tr>' for r in rows)
        return f'<table><caption>{E(caption)}</caption><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>'

    # ------------------------------------------------------------ output
    def render(self):
        c = self.chrome
        n = len(self.url)
        assert n < 10000
        hc = f'.{self.hide_class}{{display:none}}' if self.hide_class else ''
        langs = ''.join(f'<option value="{v}"{" selected" if k == 0 else ""}>{E(t)}</option>'
                        for k, (v, t) in enumerate(c['langs']))
        menu = ''.join(f'<li role="none"><a role="menuitem" href="#">{E(m)}</a></li>' for m in c['menu'])
        cur = ' aria-current="page"'
        nav = ''.join(f'<li><a href="#"{cur if k == self.nav_active else ""}>{E(t)}</a></li>'
                      for k, t in enumerate(self.nav))
        foot = ''.join(f'<a href="#">{E(f)}</a>' for f in c['foot'])
        lead = f'<p class="lead">{E(self.lead)}</p>' if self.lead else ''
        return (
            '<!DOCTYPE html>\n'
            f'<!-- saved from url=({n:04d}){self.url} -->\n'
            f'<html lang="{self.lang if self.lang != "pt" else "pt-BR"}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{E(self.title)} – {E(self.brand)}</title>\n<style>{BASE_CSS}{hc}</style>\n</head>\n<body>\n'
            f'<a class="skip" href="#main">{E(c["skip"])}</a>\n'
            f'<header class="topbar"><a class="brand" href="/">{E(self.brand)}</a>\n'
            f'<form role="search" class="search" action="#"><label for="global-q" class="sr-only">{E(c["search"])}</label>'
            f'<input type="search" id="global-q" name="q" placeholder="{E(c.get("search_ph", c["search"]))}"></form>\n'
            f'<label for="ui-lang" class="sr-only">{E(c["lang"])}</label><select id="ui-lang" name="lang">{langs}</select>\n'
            f'<div class="account"><button type="button" class="avatar" aria-haspopup="menu" aria-expanded="false" '
            f'aria-controls="acct-menu" aria-label="{E(c["acct"])}">{E(self.user)}</button>'
            f'<ul id="acct-menu" role="menu" hidden>{menu}</ul></div>\n</header>\n'
            f'<div class="layout">\n<nav class="sidenav" aria-label="{E(c["nav"])}"><ul>{nav}</ul></nav>\n'
            f'<main id="main">\n<h1>{E(self.title)}</h1>{lead}\n' + '\n'.join(self.body) +
            '\n</main>\n</div>\n'
            f'<footer><p>© 2025 {E(self.brand)}</p><nav aria-label="Footer">{foot}</nav></footer>\n</body>\n</html>\n')

    def meta(self):
        shapes = {}
        for l in self.labels:
            shapes[l['shape']] = shapes.get(l['shape'], 0) + 1
        return {
            'lang': self.lang, 'page': self.slug, 'service': self.service, 'url': self.url, 'known': self.known,
            'units': self.units, 'labelled': len(self.labels),
            'sharing_true': sum(1 for l in self.labels if l['sharing']),
            'sharing_false': sum(1 for l in self.labels if not l['sharing']),
            'shapes': shapes,
            'labels': [{k: l[k] for k in ('label', 'sharing', 'shape', 'widget', 'id')} for l in self.labels],
            'hidden_decoys': self.hidden_ai,
        }

    def expect(self):
        return {'url': self.url, 'lang': self.lang, 'notes': self.notes,
                'ai_training': [{'label': l['label'], 'sharing': l['sharing']} for l in self.labels]}
