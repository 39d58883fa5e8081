"""Page builder for the blind49 set (standard library only).

A Page collects the markup of one saved settings page and, while it is being
built, the bookkeeping gen.py needs: how many visible control units <main>
holds, which of them are labelled ai-training controls (label, sharing,
wording shape, widget form), and which hidden ai-training decoys it carries.

Wording shapes (given by the page author for every labelled control):
  i  inverted      the name says the opposite of sharing (exclude, object, pause...)
  v  vague+help    the name alone does not say training; only the help text does
  h  heading-only  the name is meaningful only through a heading/caption/column/intro
  p  plain         the name itself says the data trains / improves models
"""
import html
from contextlib import contextmanager

SHAPES = ("i", "v", "h", "p")


def esc(s):
    return html.escape(s, quote=False).replace('"', "&quot;")


LANG_OPTIONS = [
    ("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"),
    ("pt-BR", "Português (Brasil)"), ("it", "Italiano"), ("nl", "Nederlands"),
]

UI = {
    "en": dict(search="Search the catalogue", search_ph="Artists, songs, podcasts",
               langsel="Display language", account="Your account",
               menu=["Account overview", "Plan and billing", "Help centre"], signout="Log out",
               nav="Settings menu", footer=["Privacy policy", "Terms of use", "Cookie policy", "Accessibility"],
               rights="All rights reserved."),
    "de": dict(search="Katalog durchsuchen", search_ph="Künstler, Titel, Podcasts",
               langsel="Anzeigesprache", account="Mein Konto",
               menu=["Kontoübersicht", "Abo und Zahlung", "Hilfebereich"], signout="Ausloggen",
               nav="Einstellungsmenü", footer=["Datenschutzerklärung", "AGB", "Cookie-Richtlinie", "Impressum"],
               rights="Alle Rechte vorbehalten."),
    "fr": dict(search="Rechercher dans le catalogue", search_ph="Artistes, titres, podcasts",
               langsel="Langue d’affichage", account="Mon compte",
               menu=["Vue d’ensemble du compte", "Offre et facturation", "Centre d’aide"], signout="Se déconnecter",
               nav="Menu des paramètres", footer=["Politique de confidentialité", "Conditions d’utilisation", "Gestion des cookies", "Mentions légales"],
               rights="Tous droits réservés."),
    "es": dict(search="Buscar en el catálogo", search_ph="Artistas, canciones, pódcasts",
               langsel="Idioma de la interfaz", account="Mi cuenta",
               menu=["Resumen de la cuenta", "Plan y facturación", "Centro de ayuda"], signout="Cerrar sesión",
               nav="Menú de ajustes", footer=["Política de privacidad", "Condiciones de uso", "Política de cookies", "Aviso legal"],
               rights="Todos los derechos reservados."),
    "pt": dict(search="Buscar no catálogo", search_ph="Artistas, músicas, podcasts",
               langsel="Idioma da interface", account="Minha conta",
               menu=["Visão geral da conta", "Plano e pagamento", "Central de ajuda"], signout="Sair da conta",
               nav="Menu de configurações", footer=["Política de privacidade", "Termos de uso", "Política de cookies", "Acessibilidade"],
               rights="Todos os direitos reservados."),
    "it": dict(search="Cerca nel catalogo", search_ph="Artisti, brani, podcast",
               langsel="Lingua dell’interfaccia", account="Il mio account",
               menu=["Panoramica account", "Abbonamento e pagamenti", "Centro assistenza"], signout="Esci dall’account",
               nav="Menu impostazioni", footer=["Informativa privacy", "Termini d’uso", "Cookie policy", "Note legali"],
               rights="Tutti i diritti riservati."),
    "nl": dict(search="Zoeken in de catalogus", search_ph="Artiesten, nummers, podcasts",
               langsel="Weergavetaal", account="Mijn account",
               menu=["Accountoverzicht", "Abonnement en betaling", "Helpcentrum"], signout="Uitloggen",
               nav="Instellingenmenu", footer=["Privacyverklaring", "Gebruiksvoorwaarden", "Cookiebeleid", "Toegankelijkheid"],
               rights="Alle rechten voorbehouden."),
}

HTML_LANG = {"pt": "pt-BR"}

BASE_CSS = """
body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1f;background:#fafafa}
.topbar{display:flex;gap:1rem;align-items:center;padding:.6rem 1.2rem;background:#111;color:#fff}
.topbar a{color:#fff}
.layout{display:flex;gap:2rem;padding:1.5rem}
.sidenav{min-width:13rem}
.sidenav ul{list-style:none;padding:0}
.sidenav a[aria-current]{font-weight:700}
main{flex:1;max-width:52rem}
section{background:#fff;border-radius:8px;padding:1rem 1.4rem;margin-bottom:1.2rem}
.row{display:flex;justify-content:space-between;gap:1rem;padding:.6rem 0;border-bottom:1px solid #eee}
.row-title{font-weight:600}
.hint{color:#5f6368;font-size:.9rem;margin:.2rem 0}
.switch{width:2.6rem;height:1.4rem;border-radius:1rem;border:0;background:#bbb}
.switch[aria-checked=true]{background:#1db954}
.segmented button[aria-pressed=true]{background:#222;color:#fff}
.state{color:#333;margin-right:.5rem}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.4rem;border-bottom:1px solid #eee}
footer{padding:1.5rem;color:#777;font-size:.85rem}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.is-hidden{display:none}
.is-invisible{visibility:hidden}
"""

HIDE_MECHS = ("display-inline", "display-class", "hidden-attr", "aria-hidden",
              "visibility-inline", "visibility-class", "dialog", "tabpanel")


class Page:
    def __init__(self, lang, slug, url, service, title, h1, notes, nav, nav_current=0,
                 known=False, ui=None, brand=None, intro=None):
        self.lang = lang
        self.slug = slug
        self.url = url
        self.service = service
        self.title = title
        self.h1 = h1
        self.notes = notes
        self.nav = nav
        self.nav_current = nav_current
        self.known = known
        self.ui = dict(UI[lang])
        if ui:
            self.ui.update(ui)
        self.brand = brand or service
        self.intro = intro
        self._n = 0
        self._ids = set()
        self.stack = [[]]
        self.units = 0
        self.ai = []
        self.hidden_decoys = []
        self.hidden_depth = 0
        self.details_depth = 0
        self.forms = {}

    # ---------------------------------------------------------------- basics
    def uid(self, prefix):
        self._n += 1
        i = f"{prefix}-{self._n}"
        assert i not in self._ids
        self._ids.add(i)
        return i

    def emit(self, s):
        self.stack[-1].append(s)

    def _register(self, form, name, ai, help_mode=None):
        """Bookkeeping for one control unit."""
        if self.hidden_depth:
            if ai:
                raise ValueError(f"{self.slug}: labelled control inside a hidden block: {name}")
            return
        self.units += 1
        self.forms[form] = self.forms.get(form, 0) + 1
        if ai:
            shape, sharing = ai
            assert shape in SHAPES, shape
            assert isinstance(sharing, bool)
            f = form + ("+details" if self.details_depth else "")
            if help_mode:
                f += "+help-" + help_mode
            self.ai.append(dict(label=" ".join(name.split()), sharing=sharing, shape=shape, form=f))

    def _help(self, help, help_mode):
        """Return (attribute string, markup) for a help text."""
        if not help:
            return "", ""
        if help_mode == "describedby":
            hid = self.uid("hint")
            return f' aria-describedby="{hid}"', f'<p class="hint" id="{hid}">{esc(help)}</p>'
        return "", f'<p class="hint">{esc(help)}</p>'

    # ------------------------------------------------------------- structure
    @contextmanager
    def section(self, heading, intro=None, level=2, intro2=None):
        hid = self.uid("sec")
        self.emit(f'<section aria-labelledby="{hid}">\n<h{level} id="{hid}">{esc(heading)}</h{level}>')
        if intro:
            self.emit(f'<p class="intro">{esc(intro)}</p>')
        if intro2:
            self.emit(f'<p class="intro">{esc(intro2)}</p>')
        yield
        self.emit("</section>")

    @contextmanager
    def group(self, heading, intro=None, level=3):
        """A sub-heading inside a section, without a new landmark."""
        self.emit(f'<div class="group">\n<h{level}>{esc(heading)}</h{level}>')
        if intro:
            self.emit(f'<p class="intro">{esc(intro)}</p>')
        yield
        self.emit("</div>")

    @contextmanager
    def details(self, summary, intro=None):
        self.emit(f'<details class="more">\n<summary>{esc(summary)}</summary>\n<div class="more-body">')
        if intro:
            self.emit(f'<p class="intro">{esc(intro)}</p>')
        self.details_depth += 1
        yield
        self.details_depth -= 1
        self.emit("</div>\n</details>")

    @contextmanager
    def hidden(self, mech, note, heading=None):
        """A block hidden from everyone; `note` says what ai-training decoy it holds."""
        assert mech in HIDE_MECHS and mech != "tabpanel"
        self.hidden_decoys.append(dict(mechanism=mech, note=note))
        if mech == "display-inline":
            self.emit('<div class="legacy-settings" style="display:none">')
        elif mech == "display-class":
            self.emit('<div class="is-hidden">')
        elif mech == "hidden-attr":
            self.emit('<div class="beta-settings" hidden>')
        elif mech == "aria-hidden":
            self.emit('<div class="preview-card" aria-hidden="true">')
        elif mech == "visibility-inline":
            self.emit('<div class="pending-settings" style="visibility:hidden">')
        elif mech == "visibility-class":
            self.emit('<div class="is-invisible">')
        elif mech == "dialog":
            did = self.uid("dlg")
            self.emit(f'<dialog id="{did}" aria-labelledby="{did}-t">')
            self.emit(f'<h2 id="{did}-t">{esc(heading or "")}</h2>')
        if heading and mech != "dialog":
            self.emit(f"<h3>{esc(heading)}</h3>")
        self.hidden_depth += 1
        yield
        self.hidden_depth -= 1
        self.emit("</dialog>" if mech == "dialog" else "</div>")

    @contextmanager
    def tabs(self, label, names, active=0):
        """Tab list; use self.panel(i) inside. Inactive panels are hidden."""
        lid = self.uid("tabs")
        ids = [self.uid("tab") for _ in names]
        pids = [self.uid("panel") for _ in names]
        self._tabinfo = (ids, pids, active)
        self.emit(f'<div class="tabs"><div role="tablist" aria-label="{esc(label)}">')
        for k, (n, t, p) in enumerate(zip(names, ids, pids)):
            sel = "true" if k == active else "false"
            tab = "0" if k == active else "-1"
            self.emit(f'<button type="button" role="tab" id="{t}" aria-selected="{sel}" aria-controls="{p}" tabindex="{tab}">{esc(n)}</button>')
            self._register("tab", n, None)
        self.emit("</div>")
        yield
        self.emit("</div>")

    @contextmanager
    def panel(self, k, note=None):
        ids, pids, active = self._tabinfo
        hid = "" if k == active else " hidden"
        if k != active:
            if note:
                self.hidden_decoys.append(dict(mechanism="tabpanel", note=note))
            self.hidden_depth += 1
        self.emit(f'<div role="tabpanel" id="{pids[k]}" aria-labelledby="{ids[k]}"{hid}>')
        yield
        self.emit("</div>")
        if k != active:
            self.hidden_depth -= 1

    def para(self, text, cls="intro"):
        self.emit(f'<p class="{cls}">{esc(text)}</p>')

    def link(self, text, href="#"):
        self.emit(f'<p><a href="{esc(href)}">{esc(text)}</a></p>')

    # --------------------------------------------------------------- widgets
    def switch(self, name, on, help=None, ai=None, mode="labelledby", help_mode="describedby"):
        sid = self.uid("sw")
        ha, hm = self._help(help, help_mode)
        st = "true" if on else "false"
        if mode == "labelledby":
            lid = self.uid("lbl")
            self.emit(f'<div class="row"><div class="row-text"><span class="row-title" id="{lid}">{esc(name)}</span>{hm}</div>'
                      f'<button type="button" class="switch" role="switch" id="{sid}" aria-checked="{st}" aria-labelledby="{lid}"{ha}><span class="knob"></span></button></div>')
        elif mode == "text":
            self.emit(f'<div class="row"><button type="button" class="switch-text" role="switch" id="{sid}" aria-checked="{st}"{ha}>{esc(name)}</button>{hm}</div>')
        elif mode == "aria-label":
            self.emit(f'<div class="row"><div class="row-text"><span class="row-title">{esc(name)}</span>{hm}</div>'
                      f'<button type="button" class="switch" role="switch" id="{sid}" aria-checked="{st}" aria-label="{esc(name)}"{ha}><span class="knob"></span></button></div>')
        else:
            raise ValueError(mode)
        self._register("switch", name, ai, help_mode if help else None)

    def checkbox(self, label, checked, help=None, ai=None, wrap=False, help_mode="describedby"):
        cid = self.uid("cb")
        ha, hm = self._help(help, help_mode)
        ch = " checked" if checked else ""
        if wrap:
            self.emit(f'<div class="check"><label><input type="checkbox" id="{cid}"{ch}{ha}> {esc(label)}</label>{hm}</div>')
        else:
            self.emit(f'<div class="check"><input type="checkbox" id="{cid}"{ch}{ha}><label for="{cid}">{esc(label)}</label>{hm}</div>')
        self._register("checkbox", label, ai, help_mode if help else None)

    def select(self, label, options, selected, help=None, ai=None, help_mode="describedby"):
        sid = self.uid("sel")
        ha, hm = self._help(help, help_mode)
        opts = "".join(f'<option value="o{k}"{" selected" if k == selected else ""}>{esc(o)}</option>' for k, o in enumerate(options))
        self.emit(f'<div class="field"><label for="{sid}">{esc(label)}</label><select id="{sid}"{ha}>{opts}</select>{hm}</div>')
        self._register("select", label, ai, help_mode if help else None)

    def radios(self, legend, options, selected, ai=None, style="fieldset", help=None, help_mode="describedby"):
        nm = self.uid("rg")
        ha, hm = self._help(help, help_mode)
        items = []
        for k, o in enumerate(options):
            rid = f"{nm}-{k}"
            self._ids.add(rid)
            ch = " checked" if k == selected else ""
            items.append(f'<div class="opt"><input type="radio" name="{nm}" id="{rid}" value="o{k}"{ch}><label for="{rid}">{esc(o)}</label></div>')
        if style == "fieldset":
            self.emit(f'<fieldset class="radio-group"{ha}><legend>{esc(legend)}</legend>{hm}{"".join(items)}</fieldset>')
            form = "radio-fieldset"
        else:
            gid = self.uid("rgl")
            self.emit(f'<div class="radio-group"><span class="group-title" id="{gid}">{esc(legend)}</span>{hm}'
                      f'<div role="radiogroup" aria-labelledby="{gid}"{ha}>{"".join(items)}</div></div>')
            form = "radiogroup"
        self._register(form, legend, ai, help_mode if help else None)

    def segmented(self, name, options, pressed, ai=None, help=None, help_mode="describedby"):
        gid = self.uid("seg")
        ha, hm = self._help(help, help_mode)
        btns = "".join(f'<button type="button" aria-pressed="{"true" if k == pressed else "false"}">{esc(o)}</button>' for k, o in enumerate(options))
        self.emit(f'<div class="field"><span class="group-title" id="{gid}">{esc(name)}</span>'
                  f'<div class="segmented" role="group" aria-labelledby="{gid}"{ha}>{btns}</div>{hm}</div>')
        self._register("segmented", name, ai, help_mode if help else None)

    def table(self, caption, corner, cols, rows, names="rowcol", note=None):
        """rows: [(row header, [cell, ...])]; cell = bool or (bool, ai).
        names: 'rowcol' -> aria-labelledby row+column header; 'row' -> row header only."""
        out = [f'<table class="matrix"><caption>{esc(caption)}</caption><thead><tr><th scope="col">{esc(corner)}</th>']
        cids = []
        for c in cols:
            cid = self.uid("col")
            cids.append(cid)
            out.append(f'<th scope="col" id="{cid}">{esc(c)}</th>')
        out.append("</tr></thead><tbody>")
        for rtext, cells in rows:
            rid = self.uid("row")
            out.append(f'<tr><th scope="row" id="{rid}">{esc(rtext)}</th>')
            for k, cell in enumerate(cells):
                checked, ai = (cell, None) if isinstance(cell, bool) else cell
                xid = self.uid("cell")
                if names == "row":
                    lb, nm = rid, rtext
                else:
                    lb, nm = f"{rid} {cids[k]}", f"{rtext} {cols[k]}"
                out.append(f'<td><input type="checkbox" id="{xid}" aria-labelledby="{lb}"{" checked" if checked else ""}></td>')
                self._register("table-row", nm, ai)
            out.append("</tr>")
        out.append("</tbody></table>")
        if note:
            out.append(f'<p class="hint">{esc(note)}</p>')
        self.emit("".join(out))

    def state_row(self, title, state, action, ai=None, mode="sr", suffix=None, help=None, help_mode="describedby"):
        tid = self.uid("st")
        bid = self.uid("act")
        ha, hm = self._help(help, help_mode)
        if mode == "sr":
            suf = suffix or title
            btn = f'<button type="button" id="{bid}"{ha}>{esc(action)}<span class="sr-only"> {esc(suf)}</span></button>'
            name = f"{action} {suf}"
        else:
            btn = f'<button type="button" id="{bid}" aria-labelledby="{bid} {tid}"{ha}>{esc(action)}</button>'
            name = f"{action} {title}"
        self.emit(f'<div class="row state-row"><div class="row-text"><span class="row-title" id="{tid}">{esc(title)}</span>{hm}</div>'
                  f'<div><span class="state">{esc(state)}</span> · {btn}</div></div>')
        self._register("state-row-" + mode, name, ai, help_mode if help else None)

    def button(self, text, help=None, help_mode="describedby", cls="btn"):
        ha, hm = self._help(help, help_mode)
        self.emit(f'<div class="actions"><button type="button" class="{cls}"{ha}>{esc(text)}</button>{hm}</div>')
        self._register("button", text, None)

    def textfield(self, label, value="", type="text", help=None, help_mode="describedby"):
        fid = self.uid("in")
        ha, hm = self._help(help, help_mode)
        self.emit(f'<div class="field"><label for="{fid}">{esc(label)}</label><input type="{type}" id="{fid}" value="{esc(value)}"{ha}>{hm}</div>')
        self._register("textfield", label, None)

    # ---------------------------------------------------------------- output
    def render(self):
        ui = self.ui
        hl = HTML_LANG.get(self.lang, self.lang)
        u = self.url
        lines = ["<!DOCTYPE html>", f"<!-- saved from url=({len(u):04d}){u} -->", f'<html lang="{hl}">']
        lines.append(f'<head>\n<meta charset="utf-8">\n<title>{esc(self.title)}</title>\n<style>{BASE_CSS}</style>\n</head>\n<body>')
        langopts = "".join(f'<option value="{c}"{" selected" if c == hl else ""}>{esc(n)}</option>' for c, n in LANG_OPTIONS)
        menu = "".join(f'<li role="none"><a role="menuitem" href="#m{k}">{esc(m)}</a></li>' for k, m in enumerate(ui["menu"]))
        menu += f'<li role="none"><button type="button" role="menuitem">{esc(ui["signout"])}</button></li>'
        lines.append(
            '<header class="topbar">\n'
            f'<a class="brand" href="/">{esc(self.brand)}</a>\n'
            f'<form role="search" action="/search"><input type="search" id="site-search" name="q" aria-label="{esc(ui["search"])}" placeholder="{esc(ui["search_ph"])}"></form>\n'
            f'<label for="ui-lang" class="sr-only">{esc(ui["langsel"])}</label><select id="ui-lang">{langopts}</select>\n'
            f'<button type="button" id="account-button" aria-haspopup="menu" aria-expanded="false" aria-controls="account-menu">{esc(ui["account"])}</button>\n'
            f'<ul id="account-menu" role="menu" aria-labelledby="account-button" hidden>{menu}</ul>\n'
            '</header>')
        cur = ' aria-current="page"'
        nav = "".join(f'<li><a href="#n{k}"{cur if k == self.nav_current else ""}>{esc(n)}</a></li>' for k, n in enumerate(self.nav))
        lines.append(f'<div class="layout">\n<nav class="sidenav" aria-label="{esc(ui["nav"])}"><ul>{nav}</ul></nav>')
        lines.append(f'<main id="main">\n<h1>{esc(self.h1)}</h1>')
        if self.intro:
            lines.append(f'<p class="lead">{esc(self.intro)}</p>')
        assert len(self.stack) == 1 and self.hidden_depth == 0 and self.details_depth == 0
        lines.extend(self.stack[0])
        lines.append("</main>\n</div>")
        foot = " · ".join(f'<a href="#f{k}">{esc(f)}</a>' for k, f in enumerate(ui["footer"]))
        lines.append(f'<footer><p>{foot}</p><p>© 2025 {esc(self.service)}. {esc(ui["rights"])}</p></footer>\n</body>\n</html>\n')
        return "\n".join(lines)

    def expect(self):
        return {"url": self.url, "lang": self.lang, "notes": self.notes,
                "ai_training": [{"label": a["label"], "sharing": a["sharing"]} for a in self.ai]}

    def meta(self):
        shapes = {s: sum(1 for a in self.ai if a["shape"] == s) for s in SHAPES}
        return {"lang": self.lang, "page": self.slug, "url": self.url, "service": self.service,
                "known_service": self.known, "units": self.units, "labelled": len(self.ai),
                "sharing_true": sum(1 for a in self.ai if a["sharing"]),
                "sharing_false": sum(1 for a in self.ai if not a["sharing"]),
                "shapes": shapes, "forms": dict(sorted(self.forms.items())),
                "hidden_decoys": self.hidden_decoys, "ai_training": self.ai}
