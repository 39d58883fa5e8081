"""Page builder for the blind61 set.

Every widget helper returns an HTML string and does the bookkeeping:
  * visible control units in <main> (radio group / aria-pressed group = 1 unit),
  * labelled AI-training controls (label = accessible name, sharing, shape, kind),
  * hidden AI-training decoys (ids + hiding mechanism), which are NOT labelled.

Content built inside `with page.hidden():` is neither counted nor labelled; it must then be
wrapped by `page.conceal(...)`, `page.dialog(...)` or an inactive tab of `page.tabs(...)`.
Content built inside `with page.collapsed():` is counted and labelled (closed <details>).
"""
import html
from contextlib import contextmanager


def e(s):
    return html.escape(s, quote=False).replace('"', "&quot;")


LANG_NAMES = [("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"),
              ("pt-BR", "Português (Brasil)"), ("it", "Italiano"), ("nl", "Nederlands")]

CHROME = {
    "en": dict(search="Search settings", lang="Language", account="Account menu", profile="Your profile",
               signout="Sign out", nav="Settings", skip="Skip to content",
               footer=["Help centre", "Privacy policy", "Terms of service", "Accessibility"]),
    "de": dict(search="Einstellungen durchsuchen", lang="Sprache", account="Kontomenü", profile="Mein Profil",
               signout="Abmelden", nav="Einstellungen", skip="Zum Inhalt springen",
               footer=["Hilfe", "Datenschutz", "AGB", "Impressum"]),
    "fr": dict(search="Rechercher dans les paramètres", lang="Langue", account="Menu du compte",
               profile="Mon profil", signout="Se déconnecter", nav="Paramètres", skip="Aller au contenu",
               footer=["Centre d'aide", "Confidentialité", "Conditions d'utilisation", "Mentions légales"]),
    "es": dict(search="Buscar en ajustes", lang="Idioma", account="Menú de la cuenta", profile="Mi perfil",
               signout="Cerrar sesión", nav="Ajustes", skip="Saltar al contenido",
               footer=["Centro de ayuda", "Privacidad", "Condiciones de uso", "Aviso legal"]),
    "pt": dict(search="Buscar nas configurações", lang="Idioma", account="Menu da conta", profile="Meu perfil",
               signout="Sair", nav="Configurações", skip="Pular para o conteúdo",
               footer=["Central de ajuda", "Política de privacidade", "Termos de uso", "Fale conosco"]),
    "it": dict(search="Cerca nelle impostazioni", lang="Lingua", account="Menu account", profile="Il mio profilo",
               signout="Esci", nav="Impostazioni", skip="Vai al contenuto",
               footer=["Assistenza", "Informativa privacy", "Termini di servizio", "Note legali"]),
    "nl": dict(search="Zoeken in instellingen", lang="Taal", account="Accountmenu", profile="Mijn profiel",
               signout="Uitloggen", nav="Instellingen", skip="Naar inhoud",
               footer=["Helpcentrum", "Privacyverklaring", "Gebruiksvoorwaarden", "Contact"]),
}

HTML_LANG = {"pt": "pt-BR"}

MECH_NAMES = {
    "hidden": "hidden attribute",
    "display": "inline display:none",
    "class": "CSS class display:none",
    "aria": "aria-hidden=\"true\"",
    "visibility": "visibility:hidden",
    "dialog": "closed <dialog>",
    "tab": "inactive tab panel",
}

TABIDX = ' tabindex="-1"'
CURRENT = ' aria-current="page"'
HIDE_CLASSES = ["is-hidden", "d-none", "u-hide", "js-collapsed", "hide-legacy", "is-off-screen-none"]


class Page:
    def __init__(self, lang, slug, service, url, title, intro=None, nav=(), nav_active=0, user="",
                 known=False, notes="", color="#3a7bd5", hide_class=None):
        self.lang, self.slug, self.service, self.url = lang, slug, service, url
        self.title, self.intro, self.nav, self.nav_active = title, intro, list(nav), nav_active
        self.user, self.known, self.notes, self.color = user, known, notes, color
        self.hide_class = hide_class or HIDE_CLASSES[len(slug) % len(HIDE_CLASSES)]
        self.units = 0
        self.labels = []
        self.hidden_ai = []
        self.mechs = []
        self._hid = 0
        self._det = 0
        self._n = 0
        self._css_extra = []
        self.body = []

    # ---------------------------------------------------------------- bookkeeping
    def nid(self, base="c"):
        self._n += 1
        return f"{base}{self._n}"

    @contextmanager
    def hidden(self):
        self._hid += 1
        try:
            yield
        finally:
            self._hid -= 1

    @contextmanager
    def collapsed(self):
        self._det += 1
        try:
            yield
        finally:
            self._det -= 1

    def _unit(self):
        if not self._hid:
            self.units += 1

    def _ai(self, cid, label, ai, kind, state=None):
        """ai = (sharing, shape) or (sharing, shape, negated). state: checked/on for binary widgets."""
        if ai is None:
            return
        sharing, shape = ai[0], ai[1]
        neg = ai[2] if len(ai) > 2 else (shape == "i")
        assert shape in "ivhp" and len(shape) == 1, shape
        if state is not None:
            assert sharing == (bool(state) != bool(neg)), (self.slug, label, state, neg, sharing)
        if self._hid:
            self.hidden_ai.append({"id": cid, "label": label, "mech": None})
        else:
            self.labels.append({"label": " ".join(label.split()), "sharing": sharing, "shape": shape,
                                "kind": kind, "details": bool(self._det)})

    def _mech(self, mech):
        assert mech in MECH_NAMES
        for h in self.hidden_ai:
            if h["mech"] is None:
                h["mech"] = mech
        if mech not in self.mechs:
            self.mechs.append(mech)

    def add(self, *parts):
        self.body.extend(parts)

    # ---------------------------------------------------------------- help text
    @staticmethod
    def _help(cid, help, tie):
        if not help:
            return "", ""
        if tie == "desc":
            return f' aria-describedby="{cid}-help"', f'<p class="help" id="{cid}-help">{e(help)}</p>'
        return "", f'<p class="help">{e(help)}</p>'

    # ---------------------------------------------------------------- widgets
    def cb(self, label, checked=False, help=None, tie="desc", ai=None, wrap=False, switch=False, cid=None):
        cid = cid or self.nid("cb")
        self._unit()
        self._ai(cid, label, ai, "switch-native" if switch else "checkbox", checked)
        desc, hp = self._help(cid, help, tie)
        rs = ' role="switch"' if switch else ""
        ch = " checked" if checked else ""
        inp = f'<input type="checkbox" id="{cid}" name="{cid}"{rs}{ch}{desc}>'
        if wrap:
            ctrl = f'<label class="check">{inp} <span>{e(label)}</span></label>'
        else:
            ctrl = f'{inp} <label for="{cid}">{e(label)}</label>'
        cls = "field field-switch" if switch else "field field-check"
        return f'<div class="{cls}">{ctrl}{hp}</div>\n'

    def sw(self, label, on, mode="labelledby", help=None, tie="desc", ai=None, cid=None, shown=None):
        """Button with role=switch. mode: labelledby | aria-label | text."""
        cid = cid or self.nid("sw")
        self._unit()
        self._ai(cid, label, ai, "switch-" + mode, on)
        desc, hp = self._help(cid, help, tie)
        st = "true" if on else "false"
        knob = '<span class="knob" aria-hidden="true"></span>'
        if mode == "labelledby":
            return (f'<div class="row-switch"><span class="row-label" id="{cid}-lbl">{e(label)}</span>'
                    f'<button type="button" class="switch" role="switch" id="{cid}" aria-checked="{st}" '
                    f'aria-labelledby="{cid}-lbl"{desc}>{knob}</button>{hp}</div>\n')
        if mode == "aria-label":
            vis = shown if shown is not None else label
            return (f'<div class="row-switch"><span class="row-label">{e(vis)}</span>'
                    f'<button type="button" class="switch" role="switch" id="{cid}" aria-checked="{st}" '
                    f'aria-label="{e(label)}"{desc}>{knob}</button>{hp}</div>\n')
        if mode == "text":
            return (f'<div class="row-switch"><button type="button" class="switch switch-text" role="switch" '
                    f'id="{cid}" aria-checked="{st}"{desc}>{knob}<span class="sw-text">{e(label)}</span>'
                    f'</button>{hp}</div>\n')
        raise ValueError(mode)

    def select(self, label, options, selected=0, help=None, tie="desc", ai=None, cid=None):
        cid = cid or self.nid("sel")
        self._unit()
        self._ai(cid, label, ai, "select")
        desc, hp = self._help(cid, help, tie)
        opts = []
        for i, o in enumerate(options):
            val, txt = o if isinstance(o, tuple) else (f"o{i}", o)
            sel = " selected" if i == selected else ""
            opts.append(f'<option value="{e(val)}"{sel}>{e(txt)}</option>')
        return (f'<div class="field field-select"><label for="{cid}">{e(label)}</label>'
                f'<select id="{cid}" name="{cid}"{desc}>{"".join(opts)}</select>{hp}</div>\n')

    def text(self, label, value="", type="text", help=None, tie="desc", cid=None):
        cid = cid or self.nid("in")
        self._unit()
        desc, hp = self._help(cid, help, tie)
        return (f'<div class="field field-text"><label for="{cid}">{e(label)}</label>'
                f'<input type="{type}" id="{cid}" name="{cid}" value="{e(value)}"{desc}>{hp}</div>\n')

    def radios(self, name, options, selected=0, mode="fieldset", help=None, tie="desc", ai=None, cid=None):
        """options: list of str or (text, hint)."""
        cid = cid or self.nid("rg")
        self._unit()
        self._ai(cid, name, ai, "radio-" + mode)
        items = []
        for i, o in enumerate(options):
            txt, hint = o if isinstance(o, tuple) else (o, None)
            ch = " checked" if i == selected else ""
            h = f'<span class="hint">{e(hint)}</span>' if hint else ""
            items.append(f'<div class="radio"><input type="radio" id="{cid}-{i}" name="{cid}" value="{i}"{ch}>'
                         f' <label for="{cid}-{i}">{e(txt)}</label>{h}</div>')
        if mode == "fieldset":
            desc, hp = self._help(cid, help, tie)
            return (f'<fieldset class="radios" id="{cid}"{desc}><legend>{e(name)}</legend>{hp}'
                    f'{"".join(items)}</fieldset>\n')
        desc, hp = self._help(cid, help, tie)
        return (f'<div class="radios"><p class="group-label" id="{cid}-lbl">{e(name)}</p>{hp}'
                f'<div role="radiogroup" id="{cid}" aria-labelledby="{cid}-lbl"{desc}>{"".join(items)}</div>'
                f'</div>\n')

    def seg(self, name, options, pressed=0, help=None, tie="desc", ai=None, cid=None):
        cid = cid or self.nid("seg")
        self._unit()
        self._ai(cid, name, ai, "segmented")
        desc, hp = self._help(cid, help, tie)
        btns = "".join(f'<button type="button" class="seg-btn" aria-pressed="{"true" if i == pressed else "false"}">'
                       f'{e(o)}</button>' for i, o in enumerate(options))
        return (f'<div class="field field-seg"><span class="seg-label" id="{cid}-lbl">{e(name)}</span>'
                f'<div class="seg" role="group" id="{cid}" aria-labelledby="{cid}-lbl"{desc}>{btns}</div>{hp}</div>\n')

    def state_row(self, title, status, btn, suffix=None, mode="suffix", desc=None, ai=None, cid=None, hl="h3"):
        """A status text plus an action button. mode suffix: button text + visually hidden suffix;
        mode labelledby: aria-labelledby = button itself + title."""
        cid = cid or self.nid("st")
        self._unit()
        if mode == "suffix":
            name = f"{btn} {suffix}"
            b = (f'<button type="button" class="btn btn-secondary" id="{cid}">{e(btn)}'
                 f'<span class="sr-only"> {e(suffix)}</span></button>')
        else:
            name = f"{btn} {title}"
            b = (f'<button type="button" class="btn btn-secondary" id="{cid}" '
                 f'aria-labelledby="{cid} {cid}-t">{e(btn)}</button>')
        self._ai(cid, name, ai, "state-" + mode)
        d = f'<p class="state-desc">{e(desc)}</p>' if desc else ""
        return (f'<div class="state-row"><div class="state-info"><{hl} class="state-title" id="{cid}-t">{e(title)}</{hl}>'
                f'{d}</div><span class="status">{e(status)}</span>{b}</div>\n')

    def button(self, text, cls="btn", sr=None, attrs=""):
        self._unit()
        s = f'<span class="sr-only"> {e(sr)}</span>' if sr else ""
        return f'<button type="button" class="{cls}"{attrs}>{e(text)}{s}</button>'

    def table(self, caption, corner, cols, rows, intro=None, cid=None):
        """rows: (row header, [cell...]); cell = None | str | (checked, ai-or-None)."""
        cid = cid or self.nid("t")
        head = "".join(f'<th scope="col" id="{cid}-c{j}">{e(c)}</th>' for j, c in enumerate(cols))
        body = []
        for i, (rh, cells) in enumerate(rows):
            tds = []
            for j, c in enumerate(cells):
                if c is None:
                    tds.append('<td><span aria-hidden="true">—</span></td>')
                elif isinstance(c, str):
                    tds.append(f"<td>{e(c)}</td>")
                else:
                    checked, ai = c
                    xid = f"{cid}-r{i}c{j}"
                    self._unit()
                    self._ai(xid, f"{rh} {cols[j]}", ai, "table-row", checked)
                    ch = " checked" if checked else ""
                    tds.append(f'<td><input type="checkbox" id="{xid}" aria-labelledby="{cid}-r{i} {cid}-c{j}"{ch}></td>')
            body.append(f'<tr><th scope="row" id="{cid}-r{i}">{e(rh)}</th>{"".join(tds)}</tr>')
        ip = f'<p class="intro">{e(intro)}</p>' if intro else ""
        return (f'{ip}<table class="grid"><caption>{e(caption)}</caption><thead><tr><td>{e(corner)}</td>{head}</tr></thead>'
                f'<tbody>{"".join(body)}</tbody></table>\n')

    # ---------------------------------------------------------------- containers
    def section(self, heading, body, intro=None, level=2, cls="card"):
        sid = self.nid("sec")
        ip = f'<p class="intro">{e(intro)}</p>' if intro else ""
        return (f'<section class="{cls}" aria-labelledby="{sid}"><h{level} id="{sid}">{e(heading)}</h{level}>'
                f'{ip}{body}</section>\n')

    def details(self, summary, inner):
        return f'<details class="more"><summary>{e(summary)}</summary><div class="details-body">{inner}</div></details>\n'

    def conceal(self, mech, inner, note=None):
        self._mech(mech)
        n = f'<p class="muted">{e(note)}</p>' if note else ""
        if mech == "hidden":
            return f'<div class="legacy" hidden>{n}{inner}</div>\n'
        if mech == "display":
            return f'<div class="legacy" style="display: none">{n}{inner}</div>\n'
        if mech == "class":
            self._css_extra.append(f".{self.hide_class} {{ display: none; }}")
            return f'<div class="legacy {self.hide_class}">{n}{inner}</div>\n'
        if mech == "aria":
            return f'<div class="legacy" aria-hidden="true">{n}{inner}</div>\n'
        if mech == "visibility":
            return f'<div class="legacy" style="visibility: hidden; height: 0; overflow: hidden">{n}{inner}</div>\n'
        raise ValueError(mech)

    def dialog(self, opener, title, inner, close="OK", cancel=None, ai_inside=True):
        """Opener button (counted) + closed dialog. `inner` must be built under hidden()."""
        did = self.nid("dlg")
        if ai_inside:
            self._mech("dialog")
        b = self.button(opener, cls="btn btn-link", attrs=f' aria-haspopup="dialog" aria-controls="{did}"')
        c = f'<button type="button" class="btn">{e(cancel)}</button>' if cancel else ""
        return (f'{b}\n<dialog id="{did}" aria-labelledby="{did}-t"><h2 id="{did}-t">{e(title)}</h2>{inner}'
                f'<div class="dialog-actions">{c}<button type="button" class="btn btn-primary">{e(close)}</button></div></dialog>\n')

    def tabs(self, label, tabs, active=0):
        """tabs: list of (tab text, panel html). Inactive panels must be built under hidden()."""
        tid = self.nid("tabs")
        btns, panels = [], []
        for i, (t, panel) in enumerate(tabs):
            self._unit()
            sel = "true" if i == active else "false"
            btns.append(f'<button type="button" role="tab" id="{tid}-t{i}" aria-selected="{sel}" '
                        f'aria-controls="{tid}-p{i}"{"" if i == active else TABIDX}>{e(t)}</button>')
            hid = "" if i == active else " hidden"
            panels.append(f'<div role="tabpanel" id="{tid}-p{i}" aria-labelledby="{tid}-t{i}"{hid}>{panel}</div>')
        if any(h["mech"] is None for h in self.hidden_ai):
            self._mech("tab")
        return (f'<div class="tabs"><div role="tablist" aria-label="{e(label)}">{"".join(btns)}</div>'
                f'{"".join(panels)}</div>\n')

    # ---------------------------------------------------------------- output
    def css(self):
        c = self.color
        base = f"""
body {{ margin: 0; font: 15px/1.5 system-ui, sans-serif; color: #222; background: #f6f7f9; }}
.top {{ display: flex; gap: 1rem; align-items: center; padding: .6rem 1.2rem; background: {c}; color: #fff; }}
.top .brand {{ font-weight: 700; color: #fff; text-decoration: none; margin-right: auto; }}
.top input[type=search] {{ padding: .3rem .6rem; border-radius: 4px; border: 0; }}
.layout {{ display: flex; max-width: 1100px; margin: 0 auto; }}
nav.side {{ width: 220px; padding: 1rem; }}
nav.side a[aria-current] {{ font-weight: 700; color: {c}; }}
main {{ flex: 1; padding: 1rem 1.5rem; }}
.card {{ background: #fff; border-radius: 8px; padding: 1rem 1.2rem; margin: 0 0 1rem; box-shadow: 0 1px 2px #0002; }}
.help, .hint, .muted, .state-desc {{ color: #666; font-size: .87rem; margin: .2rem 0 .6rem; }}
.field {{ margin: .6rem 0; }}
.row-switch, .state-row {{ display: flex; gap: .8rem; align-items: center; flex-wrap: wrap; margin: .6rem 0; }}
.switch {{ width: 42px; height: 24px; border-radius: 12px; border: 0; background: #bbb; }}
.switch[aria-checked=true] {{ background: {c}; }}
.switch-text {{ width: auto; padding: 0 .6rem; }}
.seg-btn[aria-pressed=true] {{ background: {c}; color: #fff; }}
.status {{ font-weight: 600; }}
.grid {{ border-collapse: collapse; width: 100%; }}
.grid th, .grid td {{ border-bottom: 1px solid #e3e3e3; padding: .4rem; text-align: left; }}
.sr-only {{ position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }}
footer {{ text-align: center; padding: 2rem; color: #666; font-size: .85rem; }}
"""
        return base + "\n".join(dict.fromkeys(self._css_extra))

    def render(self):
        ch = CHROME[self.lang]
        hl = HTML_LANG.get(self.lang, self.lang)
        assert not [h for h in self.hidden_ai if h["mech"] is None], (self.slug, "unconcealed hidden control")
        opts = "".join(f'<option value="{c}"{" selected" if c == hl else ""}>{n}</option>' for c, n in LANG_NAMES)
        initials = "".join(w[0] for w in self.user.split()[:2]).upper() or "?"
        nav = "".join(f'<li><a href="#"{CURRENT if i == self.nav_active else ""}>{e(n)}</a></li>'
                      for i, n in enumerate(self.nav))
        foot = " · ".join(f'<a href="#">{e(f)}</a>' for f in ch["footer"])
        intro = f'<p class="lead">{e(self.intro)}</p>' if self.intro else ""
        head = (f'<header class="top"><a class="skip sr-only" href="#main">{e(ch["skip"])}</a>'
                f'<a class="brand" href="#">{e(self.service)}</a>'
                f'<form role="search" class="search"><input type="search" name="q" aria-label="{e(ch["search"])}" '
                f'placeholder="{e(ch["search"])}"></form>'
                f'<select class="lang" aria-label="{e(ch["lang"])}">{opts}</select>'
                f'<div class="account"><button type="button" class="avatar" aria-haspopup="menu" aria-expanded="false" '
                f'aria-controls="account-menu" aria-label="{e(ch["account"])}">{e(initials)}</button>'
                f'<div id="account-menu" role="menu" hidden><p>{e(self.user)}</p>'
                f'<a role="menuitem" href="#">{e(ch["profile"])}</a>'
                f'<button type="button" role="menuitem">{e(ch["signout"])}</button></div></div></header>')
        body = "".join(self.body)
        doc = (f'<!DOCTYPE html>\n<!-- saved from url=({len(self.url):04d}){self.url} -->\n'
               f'<html lang="{hl}">\n<head>\n<meta charset="utf-8">\n'
               f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
               f'<title>{e(self.title)} · {e(self.service)}</title>\n<style>{self.css()}</style>\n</head>\n<body>\n'
               f'{head}\n<div class="layout">\n<nav class="side" aria-label="{e(ch["nav"])}"><ul>{nav}</ul></nav>\n'
               f'<main id="main">\n<h1>{e(self.title)}</h1>\n{intro}\n{body}</main>\n</div>\n'
               f'<footer><p>{foot}</p><p>© 2025 {e(self.service)}</p></footer>\n</body>\n</html>\n')
        return doc

    def expect(self):
        return {"url": self.url, "lang": self.lang, "notes": self.notes,
                "ai_training": [{"label": l["label"], "sharing": l["sharing"]} for l in self.labels]}

    def meta(self):
        return {"lang": self.lang, "page": self.slug, "service": self.service, "url": self.url,
                "known": self.known, "units": self.units, "labels": self.labels,
                "hidden_ai": self.hidden_ai, "mechs": self.mechs}
