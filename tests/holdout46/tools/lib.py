"""Page builder for the blind46 evaluation set (standard library only).

A Page collects the markup of <main> through widget helpers.  Each helper
returns nothing; it writes markup and does the bookkeeping:

* every visible widget in <main> is one *control unit* (a radio group, a
  segmented group and a state row each count once, a table counts one unit
  per checkbox cell);
* a widget given ``ai=`` (one of ``p`` plain, ``i`` inverted, ``v`` vague+help,
  ``h`` heading-only) is an AI-training control: when visible it becomes an
  ``ai_training`` entry whose label is the accessible name the markup gives
  it; inside a hidden block it is recorded as a hidden AI-training decoy and
  not labelled.

For checkboxes and switches ``sharing`` is derived from the state: checked
XOR inverted (inverted defaults to ``ai == 'i'``; pass ``inv=`` to override).
For selects, radio groups, segmented groups and state rows ``sharing`` must
be given explicitly (the selected option / shown state decides).
"""
import html
import re
import unicodedata
from collections import Counter
from contextlib import contextmanager

E = lambda s: html.escape(s, quote=True)

LANG_NAMES = [("en", "English"), ("de", "Deutsch"), ("fr", "Français"),
              ("es", "Español"), ("pt", "Português (Brasil)"), ("it", "Italiano"),
              ("nl", "Nederlands")]

UI = {
    "en": dict(search="Search", search_ph="Search destinations, hotels, restaurants", lang="Language",
               account="Your account", menu=["Profile", "Trips and orders", "Help centre", "Sign out"],
               nav="Account settings", footer=["Privacy notice", "Terms of use", "Cookie notice", "Contact us"],
               rights="All rights reserved."),
    "de": dict(search="Suche", search_ph="Ziele, Unterkünfte, Restaurants suchen", lang="Sprache",
               account="Mein Konto", menu=["Profil", "Buchungen und Bestellungen", "Hilfe", "Abmelden"],
               nav="Kontoeinstellungen", footer=["Datenschutzerklärung", "AGB", "Impressum", "Kontakt"],
               rights="Alle Rechte vorbehalten."),
    "fr": dict(search="Rechercher", search_ph="Rechercher une destination, un hôtel, un restaurant", lang="Langue",
               account="Mon compte", menu=["Profil", "Réservations et commandes", "Aide", "Se déconnecter"],
               nav="Paramètres du compte", footer=["Politique de confidentialité", "CGU", "Mentions légales", "Nous contacter"],
               rights="Tous droits réservés."),
    "es": dict(search="Buscar", search_ph="Busca destinos, alojamientos o restaurantes", lang="Idioma",
               account="Mi cuenta", menu=["Perfil", "Reservas y pedidos", "Ayuda", "Cerrar sesión"],
               nav="Ajustes de la cuenta", footer=["Política de privacidad", "Condiciones de uso", "Aviso legal", "Contacto"],
               rights="Todos los derechos reservados."),
    "pt": dict(search="Buscar", search_ph="Busque destinos, hotéis e restaurantes", lang="Idioma",
               account="Minha conta", menu=["Perfil", "Reservas e pedidos", "Central de ajuda", "Sair"],
               nav="Configurações da conta", footer=["Política de privacidade", "Termos de uso", "Aviso de cookies", "Fale conosco"],
               rights="Todos os direitos reservados."),
    "it": dict(search="Cerca", search_ph="Cerca destinazioni, hotel, ristoranti", lang="Lingua",
               account="Il mio account", menu=["Profilo", "Prenotazioni e ordini", "Assistenza", "Esci"],
               nav="Impostazioni account", footer=["Informativa privacy", "Termini e condizioni", "Cookie policy", "Contatti"],
               rights="Tutti i diritti riservati."),
    "nl": dict(search="Zoeken", search_ph="Zoek bestemmingen, hotels en restaurants", lang="Taal",
               account="Mijn account", menu=["Profiel", "Boekingen en bestellingen", "Klantenservice", "Uitloggen"],
               nav="Accountinstellingen", footer=["Privacyverklaring", "Algemene voorwaarden", "Cookieverklaring", "Contact"],
               rights="Alle rechten voorbehouden."),
}

CSS = """
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2430;background:#f6f7f9}
.site-header{display:flex;gap:16px;align-items:center;padding:10px 24px;background:#fff;border-bottom:1px solid #dde1e6}
.site-header .logo{font-weight:700;font-size:18px;color:#0b5d4b;text-decoration:none;margin-right:auto}
.layout{display:flex;max-width:1180px;margin:0 auto;gap:32px;padding:24px}
.side-nav{width:230px;flex:none}
.side-nav ul{list-style:none;margin:0;padding:0}
.side-nav a{display:block;padding:8px 12px;border-radius:6px;color:#1d2430;text-decoration:none}
.side-nav a[aria-current]{background:#e3f1ed;font-weight:600}
main{flex:1;min-width:0}
section,.card{background:#fff;border:1px solid #e2e5ea;border-radius:10px;padding:18px 22px;margin:0 0 18px}
.intro,.lead{color:#4a5463}
.help{color:#5b6472;font-size:13px;margin:2px 0 0}
.setting,.state-row,.field{display:flex;gap:12px;align-items:flex-start;justify-content:space-between;padding:10px 0;border-top:1px solid #eef0f3}
.toggle{width:42px;height:24px;border-radius:12px;border:0;background:#b9c0c9;position:relative}
.toggle[aria-checked=true]{background:#0b7a60}
.segmented button{border:1px solid #b9c0c9;background:#fff;padding:4px 12px}
.segmented button[aria-pressed=true]{background:#0b7a60;color:#fff}
table.matrix{border-collapse:collapse;width:100%}
table.matrix th,table.matrix td{padding:6px 10px;border-bottom:1px solid #eef0f3;text-align:left}
fieldset{border:0;padding:0;margin:10px 0}
legend{font-weight:600}
.visually-hidden{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.is-hidden{display:none}
.is-invisible{visibility:hidden}
.site-footer{padding:24px;color:#5b6472;font-size:13px;text-align:center}
.site-footer a{color:#5b6472;margin:0 8px}
"""

VALID_SHAPES = {"p", "i", "v", "h"}
HIDE_MECHS = {"attr", "style", "class", "aria", "visibility", "visclass", "dialog", "tab"}


def slugify(s):
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")


class Page:
    def __init__(self, lang, slug, url, service, title, notes, known=False, lead=None,
                 nav=None, nav_current=0, kind=""):
        assert lang in UI
        self.lang, self.slug, self.url, self.service = lang, slug, url, service
        self.title, self.notes, self.known, self.lead, self.kind = title, notes, known, lead, kind
        self.nav = nav or []
        self.nav_current = nav_current
        self.out = []
        self.depth = 2
        self.n = 0
        self.units = 0
        self.labels = []
        self.hidden_ai = []
        self.hidden_ctrls = []
        self.hidden_mechs = []
        self.hidden_depth = 0
        self.cur_mech = None
        self.details_depth = 0
        self.widgets = Counter()
        self.ids = set()

    # ------------------------------------------------------------ helpers
    def nid(self, base="f"):
        self.n += 1
        i = f"{base}-{self.n}"
        assert i not in self.ids
        self.ids.add(i)
        return i

    def w(self, line):
        self.out.append("  " * self.depth + line)

    def _rec(self, name, widget, ai=None, sharing=None):
        if ai is not None:
            assert ai in VALID_SHAPES, ai
        if self.hidden_depth:
            self.hidden_ctrls.append(name)
            if ai:
                self.hidden_ai.append({"name": name, "mechanism": self.cur_mech, "widget": widget})
            return
        self.units += 1
        self.widgets[widget] += 1
        if ai:
            assert isinstance(sharing, bool), (name, sharing)
            wid = widget + ("+details" if self.details_depth else "")
            self.labels.append({"label": name, "sharing": sharing, "shape": ai, "widget": wid})

    @staticmethod
    def _polarity(checked, ai, sharing, inv):
        if sharing is not None:
            return sharing
        if ai is None:
            return None
        inverted = (ai == "i") if inv is None else inv
        return bool(checked) != bool(inverted)

    def _help(self, hid, help, desc):
        """Return (describedby-attribute, help markup)."""
        if not help:
            return "", ""
        if desc:
            return f' aria-describedby="{hid}"', f'<p class="help" id="{hid}">{E(help)}</p>'
        return "", f'<p class="help">{E(help)}</p>'

    # ------------------------------------------------------------ structure
    @contextmanager
    def section(self, heading, intro=None, level=2):
        sid = self.nid("sec")
        self.w(f'<section aria-labelledby="{sid}">')
        self.depth += 1
        self.w(f'<h{level} id="{sid}">{E(heading)}</h{level}>')
        if intro:
            self.w(f'<p class="intro">{E(intro)}</p>')
        yield
        self.depth -= 1
        self.w("</section>")

    @contextmanager
    def card(self, heading=None, intro=None):
        self.w('<div class="card">')
        self.depth += 1
        if heading:
            self.w(f"<h3>{E(heading)}</h3>")
        if intro:
            self.w(f'<p class="intro">{E(intro)}</p>')
        yield
        self.depth -= 1
        self.w("</div>")

    @contextmanager
    def details(self, summary):
        self.w('<details class="more">')
        self.depth += 1
        self.w(f"<summary>{E(summary)}</summary>")
        self.details_depth += 1
        yield
        self.details_depth -= 1
        self.depth -= 1
        self.w("</details>")

    @contextmanager
    def hidden(self, mech, title=None, opener=None):
        """A block the person cannot see.  mech: attr, style, class, aria,
        visibility, visclass, dialog."""
        assert mech in HIDE_MECHS and mech != "tab"
        opener_name = None
        if mech == "dialog":
            did = self.nid("dlg")
            if opener:
                self.w(f'<button type="button" class="secondary" aria-haspopup="dialog" aria-controls="{did}">{E(opener)}</button>')
                self._rec(opener, "button")
            self.w(f'<dialog id="{did}" aria-labelledby="{did}-t">')
            self.depth += 1
            self.w(f'<h2 id="{did}-t">{E(title or "")}</h2>')
        else:
            attr = {"attr": ' hidden', "style": ' style="display:none"', "class": ' class="is-hidden"',
                    "aria": ' aria-hidden="true"', "visibility": ' style="visibility:hidden"',
                    "visclass": ' class="is-invisible"'}[mech]
            self.w(f"<div{attr}>")
            self.depth += 1
            if title:
                self.w(f"<h3>{E(title)}</h3>")
        self.hidden_depth += 1
        prev = self.cur_mech
        self.cur_mech = mech
        self.hidden_mechs.append(mech)
        yield
        self.cur_mech = prev
        self.hidden_depth -= 1
        self.depth -= 1
        self.w("</dialog>" if mech == "dialog" else "</div>")

    def tablist(self, label, tabs, active=0):
        tid = self.nid("tabs")
        self._tabs = (tid, tabs, active)
        self.w(f'<div role="tablist" aria-label="{E(label)}" class="tabs">')
        for i, t in enumerate(tabs):
            sel = "true" if i == active else "false"
            ti = "0" if i == active else "-1"
            self.w(f'  <button type="button" role="tab" id="{tid}-t{i}" aria-selected="{sel}" aria-controls="{tid}-p{i}" tabindex="{ti}">{E(t)}</button>')
            self.ids.update({f"{tid}-t{i}", f"{tid}-p{i}"})
        self.w("</div>")

    @contextmanager
    def tabpanel(self, i):
        tid, tabs, active = self._tabs
        hid = "" if i == active else " hidden"
        self.w(f'<div role="tabpanel" id="{tid}-p{i}" aria-labelledby="{tid}-t{i}"{hid}>')
        self.depth += 1
        if i != active:
            self.hidden_depth += 1
            prev = self.cur_mech
            self.cur_mech = "tab"
            self.hidden_mechs.append("tab")
        yield
        if i != active:
            self.cur_mech = prev
            self.hidden_depth -= 1
        self.depth -= 1
        self.w("</div>")

    def para(self, text, cls="intro"):
        self.w(f'<p class="{cls}">{E(text)}</p>')

    def heading(self, text, level=3):
        self.w(f"<h{level}>{E(text)}</h{level}>")

    def link(self, text, href="#"):
        self.w(f'<p><a href="{E(href)}">{E(text)}</a></p>')

    # ------------------------------------------------------------ widgets
    def checkbox(self, label, checked, help=None, desc=True, wrap=False, ai=None, sharing=None, inv=None):
        cid = self.nid("cb")
        ck = " checked" if checked else ""
        db, hm = self._help(cid + "-help", help, desc)
        if wrap:
            self.w(f'<div class="field field--check">')
            self.w(f'  <label class="check"><input type="checkbox" name="{cid}"{ck}{db}> <span>{E(label)}</span></label>')
        else:
            self.w(f'<div class="field field--check">')
            self.w(f'  <input type="checkbox" id="{cid}" name="{cid}"{ck}{db}>')
            self.w(f'  <label for="{cid}">{E(label)}</label>')
        if hm:
            self.w("  " + hm)
        self.w("</div>")
        if help and desc:
            self.ids.add(cid + "-help")
        self._rec(label, "checkbox", ai, self._polarity(checked, ai, sharing, inv))

    def switch(self, label, on, help=None, desc=True, mode="lby", ai=None, sharing=None, inv=None):
        sid = self.nid("sw")
        st = "true" if on else "false"
        db, hm = self._help(sid + "-help", help, desc)
        if help and desc:
            self.ids.add(sid + "-help")
        self.w('<div class="setting">')
        if mode == "lby":
            self.ids.add(sid + "-label")
            self.w('  <div class="setting__text">')
            self.w(f'    <span class="setting__title" id="{sid}-label">{E(label)}</span>')
            if hm:
                self.w("    " + hm)
            self.w("  </div>")
            self.w(f'  <button type="button" role="switch" class="toggle" id="{sid}" aria-checked="{st}" aria-labelledby="{sid}-label"{db}><span class="toggle__knob" aria-hidden="true"></span></button>')
        elif mode == "text":
            self.w(f'  <button type="button" role="switch" class="toggle-text" id="{sid}" aria-checked="{st}"{db}>{E(label)}</button>')
            if hm:
                self.w("  " + hm)
        elif mode == "aria":
            self.w('  <div class="setting__text">')
            self.w(f'    <span class="setting__title" aria-hidden="true">{E(label)}</span>')
            if hm:
                self.w("    " + hm)
            self.w("  </div>")
            self.w(f'  <button type="button" role="switch" class="toggle" id="{sid}" aria-checked="{st}" aria-label="{E(label)}"{db}></button>')
        else:
            raise ValueError(mode)
        self.w("</div>")
        self._rec(label, "switch", ai, self._polarity(on, ai, sharing, inv))

    def select(self, label, options, selected, help=None, desc=True, ai=None, sharing=None):
        sid = self.nid("sel")
        db, hm = self._help(sid + "-help", help, desc)
        if help and desc:
            self.ids.add(sid + "-help")
        self.w('<div class="field">')
        self.w(f'  <label for="{sid}">{E(label)}</label>')
        self.w(f'  <select id="{sid}" name="{sid}"{db}>')
        for i, o in enumerate(options):
            s = " selected" if i == selected else ""
            self.w(f'    <option value="{i}"{s}>{E(o)}</option>')
        self.w("  </select>")
        if hm:
            self.w("  " + hm)
        self.w("</div>")
        if ai:
            assert sharing is not None
        self._rec(label, "select", ai, sharing)

    def radios(self, legend, options, selected, help=None, desc=True, mode="fieldset", ai=None, sharing=None):
        rid = self.nid("rg")
        db, hm = self._help(rid + "-help", help, desc)
        if help and desc:
            self.ids.add(rid + "-help")
        if mode == "fieldset":
            self.w(f'<fieldset class="radio-group"{db}>')
            self.w(f"  <legend>{E(legend)}</legend>")
            if hm:
                self.w("  " + hm)
            for i, o in enumerate(options):
                c = " checked" if i == selected else ""
                self.ids.add(f"{rid}-{i}")
                self.w(f'  <div class="radio"><input type="radio" id="{rid}-{i}" name="{rid}" value="{i}"{c}><label for="{rid}-{i}">{E(o)}</label></div>')
            self.w("</fieldset>")
        else:
            self.ids.add(rid + "-label")
            self.w(f'<div class="radio-group" role="radiogroup" aria-labelledby="{rid}-label"{db}>')
            self.w(f'  <p class="group-title" id="{rid}-label">{E(legend)}</p>')
            if hm:
                self.w("  " + hm)
            for i, o in enumerate(options):
                c = " checked" if i == selected else ""
                self.w(f'  <label class="radio"><input type="radio" name="{rid}" value="{i}"{c}> {E(o)}</label>')
            self.w("</div>")
        if ai:
            assert sharing is not None
        self._rec(legend, "radio", ai, sharing)

    def segmented(self, name, options, pressed, help=None, desc=True, ai=None, sharing=None):
        gid = self.nid("seg")
        db, hm = self._help(gid + "-help", help, desc)
        if help and desc:
            self.ids.add(gid + "-help")
        self.ids.add(gid + "-label")
        self.w('<div class="setting">')
        self.w('  <div class="setting__text">')
        self.w(f'    <span class="setting__title" id="{gid}-label">{E(name)}</span>')
        if hm:
            self.w("    " + hm)
        self.w("  </div>")
        self.w(f'  <div class="segmented" role="group" id="{gid}" aria-labelledby="{gid}-label"{db}>')
        for i, o in enumerate(options):
            pr = "true" if i == pressed else "false"
            self.w(f'    <button type="button" aria-pressed="{pr}">{E(o)}</button>')
        self.w("  </div>")
        self.w("</div>")
        if ai:
            assert sharing is not None
        self._rec(name, "segmented", ai, sharing)

    def table(self, caption, corner, cols, rows, checked, ai=None, help=None, mode=None):
        """checked: list of rows of bools.  ai: dict {(r, c): shape or (shape, inv)}.
        mode 'row': cell name is the row header only (single-column tables);
        'rowcol': row header + column header."""
        tid = self.nid("tbl")
        mode = mode or ("row" if len(cols) == 1 else "rowcol")
        ai = ai or {}
        if help:
            self.w(f'<p class="help">{E(help)}</p>')
        self.w('<table class="matrix">')
        if caption:
            self.w(f"  <caption>{E(caption)}</caption>")
        self.w("  <thead>")
        self.w("    <tr>")
        self.w(f'      <th scope="col">{E(corner)}</th>')
        for c, col in enumerate(cols):
            self.ids.add(f"{tid}-c{c}")
            self.w(f'      <th scope="col" id="{tid}-c{c}">{E(col)}</th>')
        self.w("    </tr>")
        self.w("  </thead>")
        self.w("  <tbody>")
        for r, row in enumerate(rows):
            self.ids.add(f"{tid}-r{r}")
            self.w("    <tr>")
            self.w(f'      <th scope="row" id="{tid}-r{r}">{E(row)}</th>')
            for c, col in enumerate(cols):
                cid = f"{tid}-{r}-{c}"
                self.ids.add(cid)
                lby = f"{tid}-r{r}" if mode == "row" else f"{tid}-r{r} {tid}-c{c}"
                name = row if mode == "row" else f"{row} {col}"
                ck = " checked" if checked[r][c] else ""
                self.w(f'      <td><input type="checkbox" id="{cid}" aria-labelledby="{lby}"{ck}></td>')
                spec = ai.get((r, c))
                if spec:
                    shape, inv = (spec, None) if isinstance(spec, str) else spec
                    self._rec(name, "table", shape, self._polarity(checked[r][c], shape, None, inv))
                else:
                    self._rec(name, "table")
            self.w("    </tr>")
        self.w("  </tbody>")
        self.w("</table>")

    def state_row(self, title, state, btn, suffix=None, help=None, desc=False, mode="sr", ai=None, sharing=None):
        rid = self.nid("row")
        db, hm = self._help(rid + "-help", help, desc)
        if help and desc:
            self.ids.add(rid + "-help")
        self.w('<div class="state-row">')
        self.w('  <div class="state-row__text">')
        if mode == "sr":
            self.w(f'    <p class="state-row__title">{E(title)}</p>')
            self.w(f'    <p class="state-row__value">{E(state)}</p>')
            if hm:
                self.w("    " + hm)
            self.w("  </div>")
            self.w(f'  <button type="button" class="link-btn" id="{rid}"{db}>{E(btn)}<span class="visually-hidden">{E(suffix)}</span></button>')
            name = btn + suffix
        elif mode == "lby":
            self.ids.update({rid + "-t", rid + "-s"})
            self.w(f'    <p class="state-row__title" id="{rid}-t">{E(title)}</p>')
            self.w(f'    <p class="state-row__value" id="{rid}-s">{E(state)}</p>')
            if hm:
                self.w("    " + hm)
            self.w("  </div>")
            self.w(f'  <button type="button" class="link-btn" id="{rid}" aria-labelledby="{rid} {rid}-t"{db}>{E(btn)}</button>')
            name = f"{btn} {title}"
        else:
            raise ValueError(mode)
        self.w("</div>")
        if ai:
            assert sharing is not None
        self._rec(name, "state-row", ai, sharing)

    def button(self, text, sr=None, cls="secondary", submit=False):
        typ = "submit" if submit else "button"
        extra = f'<span class="visually-hidden">{E(sr)}</span>' if sr else ""
        self.w(f'<p class="actions"><button type="{typ}" class="{cls}">{E(text)}{extra}</button></p>')
        self._rec(text + (sr or ""), "button")

    def textfield(self, label, value="", typ="text", help=None):
        fid = self.nid("in")
        db, hm = self._help(fid + "-help", help, True)
        if help:
            self.ids.add(fid + "-help")
        self.w('<div class="field">')
        self.w(f'  <label for="{fid}">{E(label)}</label>')
        self.w(f'  <input type="{typ}" id="{fid}" name="{fid}" value="{E(value)}"{db}>')
        if hm:
            self.w("  " + hm)
        self.w("</div>")
        self._rec(label, "text")

    # ------------------------------------------------------------ output
    def render(self):
        ui = UI[self.lang]
        lines = ["<!DOCTYPE html>", f"<!-- saved from url=({len(self.url):04d}){self.url} -->",
                 f'<html lang="{"pt-BR" if self.lang == "pt" else self.lang}">', "<head>",
                 '  <meta charset="utf-8">',
                 '  <meta name="viewport" content="width=device-width, initial-scale=1">',
                 f"  <title>{E(self.title)} · {E(self.service)}</title>",
                 "  <style>" + CSS + "  </style>", "</head>", "<body>",
                 '  <header class="site-header">',
                 f'    <a class="logo" href="/">{E(self.service)}</a>',
                 '    <form role="search" action="/search" class="site-search">',
                 f'      <input type="search" id="hdr-q" name="q" aria-label="{E(ui["search"])}" placeholder="{E(ui["search_ph"])}">',
                 "    </form>",
                 f'    <label for="hdr-lang" class="visually-hidden">{E(ui["lang"])}</label>',
                 '    <select id="hdr-lang" name="lang">']
        for code, nm in LANG_NAMES:
            s = " selected" if code == self.lang else ""
            lines.append(f'      <option value="{code}"{s}>{E(nm)}</option>')
        lines += ["    </select>",
                  f'    <button type="button" id="hdr-account" class="account-btn" aria-haspopup="menu" aria-expanded="false" aria-controls="hdr-menu">{E(ui["account"])}</button>',
                  '    <ul id="hdr-menu" role="menu" aria-labelledby="hdr-account" hidden>']
        for m in ui["menu"]:
            lines.append(f'      <li role="none"><a role="menuitem" href="/account/{slugify(m) or "x"}">{E(m)}</a></li>')
        lines += ["    </ul>", "  </header>", '  <div class="layout">',
                  f'    <nav class="side-nav" aria-label="{E(ui["nav"])}">', "      <ul>"]
        for i, item in enumerate(self.nav):
            cur = ' aria-current="page"' if i == self.nav_current else ""
            lines.append(f'        <li><a href="#{slugify(item) or "s"}"{cur}>{E(item)}</a></li>')
        lines += ["      </ul>", "    </nav>", '    <main id="content">', f"      <h1>{E(self.title)}</h1>"]
        if self.lead:
            lines.append(f'      <p class="lead">{E(self.lead)}</p>')
        lines += ["  " + l for l in self.out]
        lines += ["    </main>", "  </div>", '  <footer class="site-footer">', "    <p>"]
        for f in ui["footer"]:
            lines.append(f'      <a href="/{slugify(f) or "x"}">{E(f)}</a>')
        lines += ["    </p>", f"    <p>© 2025 {E(self.service)}. {E(ui['rights'])}</p>", "  </footer>",
                  "</body>", "</html>", ""]
        return "\n".join(lines)

    def expect(self):
        return {"url": self.url, "lang": self.lang, "notes": self.notes,
                "ai_training": [{"label": l["label"], "sharing": l["sharing"]} for l in self.labels]}

    def meta(self):
        shapes = Counter(l["shape"] for l in self.labels)
        return {"lang": self.lang, "page": self.slug, "url": self.url, "service": self.service,
                "known_service": self.known, "kind": self.kind, "units": self.units,
                "labelled": len(self.labels),
                "shapes": {k: shapes.get(k, 0) for k in "ivhp"},
                "sharing_true": sum(1 for l in self.labels if l["sharing"]),
                "sharing_false": sum(1 for l in self.labels if not l["sharing"]),
                "widgets": dict(sorted(self.widgets.items())),
                "hidden_mechanisms": sorted(set(self.hidden_mechs)),
                "hidden_ai_decoys": self.hidden_ai,
                "labels": self.labels}
