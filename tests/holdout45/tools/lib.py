"""Helpers for the blind45 page generator (standard library only).

A Page collects body markup, counts the visible control units it puts into <main>,
records the labelled AI-training controls (label, sharing, shapes) and the hidden
AI-training decoys.  Texts handed to the widgets are HTML fragments (already escaped).
"""
import contextlib
import html
import re

LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]

LANG_OPTIONS = [("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"),
                ("pt", "Português"), ("it", "Italiano"), ("nl", "Nederlands")]

CHROME = {
    "en": dict(search="Search", search_btn="Go", language="Language", acct="Open account menu",
               menu=["Your profile", "Switch account", "Sign out"], nav="Settings", on="On", off="Off",
               footer=["Help", "Terms", "Privacy policy", "Contact us"]),
    "de": dict(search="Suche", search_btn="Los", language="Sprache", acct="Kontomenü öffnen",
               menu=["Mein Profil", "Konto wechseln", "Abmelden"], nav="Einstellungen", on="An", off="Aus",
               footer=["Hilfe", "AGB", "Datenschutzerklärung", "Impressum"]),
    "fr": dict(search="Rechercher", search_btn="OK", language="Langue", acct="Ouvrir le menu du compte",
               menu=["Mon profil", "Changer de compte", "Se déconnecter"], nav="Paramètres", on="Activé",
               off="Désactivé", footer=["Aide", "Conditions d’utilisation", "Politique de confidentialité",
                                        "Mentions légales"]),
    "es": dict(search="Buscar", search_btn="Ir", language="Idioma", acct="Abrir el menú de la cuenta",
               menu=["Mi perfil", "Cambiar de cuenta", "Cerrar sesión"], nav="Ajustes", on="Activado",
               off="Desactivado", footer=["Ayuda", "Condiciones de uso", "Política de privacidad", "Aviso legal"]),
    "pt": dict(search="Pesquisar", search_btn="Ir", language="Idioma", acct="Abrir menu da conta",
               menu=["Meu perfil", "Trocar de conta", "Sair da conta"], nav="Configurações", on="Ativado",
               off="Desativado", footer=["Central de ajuda", "Termos de uso", "Política de privacidade",
                                         "Fale conosco"]),
    "it": dict(search="Cerca", search_btn="Vai", language="Lingua", acct="Apri il menu dell’account",
               menu=["Il mio profilo", "Cambia account", "Disconnetti"], nav="Impostazioni", on="Attivo",
               off="Disattivato", footer=["Assistenza", "Termini di servizio", "Informativa sulla privacy",
                                          "Note legali"]),
    "nl": dict(search="Zoeken", search_btn="Zoek", language="Taal", acct="Accountmenu openen",
               menu=["Mijn profiel", "Ander account", "Uitloggen"], nav="Instellingen", on="Aan", off="Uit",
               footer=["Help", "Voorwaarden", "Privacyverklaring", "Contact"]),
}

BASE_CSS = """
body{font-family:system-ui,sans-serif;margin:0;color:#1d1d24;background:#f6f6f9}
.site-header{display:flex;gap:1rem;align-items:center;padding:.6rem 1.2rem;background:#fff;border-bottom:1px solid #ddd}
.layout{display:flex;gap:1.5rem;padding:1rem 1.2rem}
.side-nav{min-width:13rem}
.side-nav ul{list-style:none;padding:0}
main{flex:1;max-width:52rem}
section,fieldset,.panel{background:#fff;border:1px solid #e2e2ea;border-radius:8px;padding:1rem;margin:0 0 1rem}
.opt{margin:.7rem 0}
.help,.hint{color:#5b5b6b;font-size:.88rem;margin:.2rem 0 0}
.state-row{display:flex;justify-content:space-between;gap:1rem;margin:.7rem 0}
.state-val{font-weight:600}
.seg button[aria-pressed=true]{background:#1d1d24;color:#fff}
[role=switch]{min-width:3rem}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #eee}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.dialog{border:2px solid #1d1d24;border-radius:10px;background:#fff;padding:1rem;margin:1rem 0}
.actions{display:flex;gap:.5rem;margin-top:1rem}
.site-footer{padding:1rem 1.2rem;border-top:1px solid #ddd;font-size:.85rem}
"""


def plain(s):
    """Visible text of an HTML fragment, whitespace collapsed."""
    s = re.sub(r"<[^>]+>", " ", s)
    return re.sub(r"\s+", " ", html.unescape(s)).strip()


def slugify(s):
    s = plain(s).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s.encode("ascii", "ignore").decode()).strip("-")
    return (s[:28].strip("-") or "x")


def attr(v):
    return html.escape(v, quote=True)


class Page:
    def __init__(self, lang, slug, url, title, brand, notes, nav, *, real=False, nav_current=0,
                 user="", htmllang=None, footer=None, search_ph=None, theme=""):
        self.lang, self.slug, self.url, self.title, self.brand = lang, slug, url, title, brand
        self.notes, self.nav, self.real, self.nav_current = notes, nav, real, nav_current
        self.user = user or "Account"
        self.htmllang = htmllang or lang
        self.ch = CHROME[lang]
        self.footer = footer or self.ch["footer"]
        self.search_ph = search_ph or self.ch["search"]
        self.theme = theme
        self.buf = []
        self.labels = []
        self.units = 0
        self.hidden_units = 0
        self.hidden_ai = 0
        self.hidden_modes = []
        self._hide = 0
        self._ids = {"site-search", "lang-select", "account-button", "account-menu", "content"}
        self.css = []

    # ---- bookkeeping -------------------------------------------------
    def id(self, base):
        b = slugify(base) if base else "x"
        if b[0].isdigit():
            b = "c-" + b
        i, n = b, 2
        while i in self._ids:
            i = f"{b}-{n}"
            n += 1
        self._ids.add(i)
        return i

    def add(self, s):
        self.buf.append(s)

    def _unit(self, n=1):
        if self._hide:
            self.hidden_units += n
        else:
            self.units += n

    def _ai(self, label, ai):
        """ai: None (not AI training), bool sharing, or (sharing, shapes) with shapes in 'ivh'."""
        if ai is None:
            return
        if self._hide:
            self.hidden_ai += 1
            return
        if isinstance(ai, tuple):
            sharing, shapes = ai
        else:
            sharing, shapes = ai, ""
        assert isinstance(sharing, bool)
        assert set(shapes) <= set("ivh"), shapes
        self.labels.append(dict(label=plain(label), sharing=sharing, shapes=shapes))

    def _help(self, i, help, desc):
        if not help:
            return "", ""
        if desc:
            hid = f"{i}-help"
            self._ids.add(hid)
            return f' aria-describedby="{hid}"', f'<p class="help" id="{hid}">{help}</p>'
        return "", f'<p class="hint">{help}</p>'

    # ---- structure ---------------------------------------------------
    def h(self, text, level=2, id=None):
        i = self.id(id or text)
        self.add(f"<h{level} id=\"{i}\">{text}</h{level}>")
        return i

    def para(self, text, cls=None, id=None):
        c = f' class="{cls}"' if cls else ""
        i = f' id="{id}"' if id else ""
        if id:
            self._ids.add(id)
        self.add(f"<p{c}{i}>{text}</p>")

    @contextlib.contextmanager
    def section(self, title=None, intro=None, level=2, id=None, cls=None):
        c = f' class="{cls}"' if cls else ""
        if title:
            i = self.id(id or title)
            self.add(f'<section aria-labelledby="{i}"{c}><h{level} id="{i}">{title}</h{level}>')
        else:
            i = None
            self.add(f"<section{c}>")
        if intro:
            iid = self.id((i or "intro") + "-intro")
            self.add(f'<p class="intro" id="{iid}">{intro}</p>')
        yield i
        self.add("</section>")

    @contextlib.contextmanager
    def div(self, cls="panel", extra=""):
        self.add(f'<div class="{cls}"{extra}>')
        yield
        self.add("</div>")

    @contextlib.contextmanager
    def details(self, summary, open_=False):
        o = " open" if open_ else ""
        self.add(f'<details class="more"{o}><summary>{summary}</summary>')
        self._unit()
        yield
        self.add("</details>")

    @contextlib.contextmanager
    def dialog(self, title, native=False, desc=None):
        i = self.id(title)
        d = ""
        if desc:
            did = self.id(i + "-desc")
            d = f' aria-describedby="{did}"'
        if native:
            self.add(f'<dialog open class="dialog" aria-labelledby="{i}-t"{d}>')
        else:
            self.add(f'<div class="dialog" role="dialog" aria-modal="true" aria-labelledby="{i}-t"{d}>')
        self._ids.add(f"{i}-t")
        self.add(f'<h2 id="{i}-t">{title}</h2>')
        if desc:
            self.add(f'<p id="{did}">{desc}</p>')
        yield i
        self.add("</dialog>" if native else "</div>")

    @contextlib.contextmanager
    def hidden(self, mode, cls=None, title=None):
        """Hidden block. mode: style | class | hidden | aria | visibility | dialog."""
        self.hidden_modes.append(mode)
        if mode == "style":
            self.add('<div style="display:none">')
        elif mode == "class":
            cls = cls or "is-off"
            self.css.append(f".{cls}{{display:none}}")
            self.add(f'<div class="{cls}">')
        elif mode == "vclass":
            cls = cls or "is-invisible"
            self.css.append(f".{cls}{{visibility:hidden}}")
            self.add(f'<div class="{cls}">')
        elif mode == "hidden":
            self.add("<div hidden>")
        elif mode == "aria":
            self.add('<div aria-hidden="true">')
        elif mode == "visibility":
            self.add('<div style="visibility: hidden">')
        elif mode == "dialog":
            i = self.id(title or "dlg")
            self.add(f'<dialog id="{i}" aria-labelledby="{i}-t">')
            self._ids.add(f"{i}-t")
            self.add(f'<h2 id="{i}-t">{title or ""}</h2>')
        else:
            raise ValueError(mode)
        self._hide += 1
        yield
        self._hide -= 1
        self.add("</dialog>" if mode == "dialog" else "</div>")

    def tabs(self, label, tabs, active=0):
        """tabs: list of (name, fn); fn(page) writes the panel. Inactive panels get `hidden`."""
        base = self.id(label)
        self.add(f'<div role="tablist" aria-label="{attr(plain(label))}">')
        for k, (name, _fn) in enumerate(tabs):
            sel = "true" if k == active else "false"
            ti = f' tabindex="-1"' if k != active else ""
            self._ids.update({f"{base}-tab{k}", f"{base}-panel{k}"})
            self.add(f'<button type="button" role="tab" id="{base}-tab{k}" aria-selected="{sel}" '
                     f'aria-controls="{base}-panel{k}"{ti}>{name}</button>')
            self._unit()
        self.add("</div>")
        for k, (name, fn) in enumerate(tabs):
            hid = "" if k == active else " hidden"
            self.add(f'<div role="tabpanel" id="{base}-panel{k}" aria-labelledby="{base}-tab{k}"{hid}>')
            if k != active:
                self._hide += 1
                self.hidden_modes.append("tab")
            fn(self)
            if k != active:
                self._hide -= 1
            self.add("</div>")

    # ---- controls ----------------------------------------------------
    def cb(self, text, checked=False, help=None, ai=None, wrap=False, desc=True, id=None, disabled=False):
        i = self.id(id or text)
        da, hh = self._help(i, help, desc)
        ch = " checked" if checked else ""
        dis = " disabled" if disabled else ""
        if wrap:
            s = f'<div class="opt"><label><input type="checkbox" id="{i}"{ch}{dis}{da}> {text}</label>{hh}</div>'
        else:
            s = (f'<div class="opt"><input type="checkbox" id="{i}"{ch}{dis}{da}> '
                 f'<label for="{i}">{text}</label>{hh}</div>')
        self.add(s)
        self._unit()
        self._ai(text, ai)
        return i

    def sw(self, text, on=False, help=None, ai=None, mode="content", desc=True, id=None, shown=None):
        """Switch. mode: content | label (aria-label, state word visible) | lby (visible label span) |
        div (div role=switch + aria-labelledby) | divcb (div role=checkbox + aria-labelledby).
        shown: visible caption next to an aria-label switch (not tied to it)."""
        i = self.id(id or text)
        da, hh = self._help(i, help, desc)
        st = "true" if on else "false"
        word = self.ch["on"] if on else self.ch["off"]
        if mode == "content":
            s = (f'<div class="opt"><button type="button" role="switch" id="{i}" aria-checked="{st}"{da}>'
                 f'{text}</button>{hh}</div>')
        elif mode == "label":
            cap = f'<span class="caption">{shown}</span> ' if shown else ""
            s = (f'<div class="opt">{cap}<button type="button" role="switch" id="{i}" aria-checked="{st}" '
                 f'aria-label="{attr(plain(text))}"{da}><span class="state">{word}</span></button>{hh}</div>')
        elif mode == "lby":
            self._ids.add(f"{i}-l")
            s = (f'<div class="opt"><span class="lbl" id="{i}-l">{text}</span> <button type="button" '
                 f'role="switch" id="{i}" aria-checked="{st}" aria-labelledby="{i}-l"{da}>{word}</button>{hh}</div>')
        elif mode in ("div", "divcb"):
            role = "switch" if mode == "div" else "checkbox"
            self._ids.add(f"{i}-l")
            s = (f'<div class="opt"><div class="toggle" role="{role}" tabindex="0" id="{i}" aria-checked="{st}" '
                 f'aria-labelledby="{i}-l"{da}></div> <span class="lbl" id="{i}-l">{text}</span>{hh}</div>')
        else:
            raise ValueError(mode)
        self.add(s)
        self._unit()
        self._ai(text, ai)
        return i

    def sel(self, text, options, selected=0, help=None, ai=None, desc=True, id=None):
        i = self.id(id or text)
        da, hh = self._help(i, help, desc)
        opts = "".join(f'<option{" selected" if k == selected else ""}>{o}</option>' for k, o in enumerate(options))
        self.add(f'<div class="opt"><label for="{i}">{text}</label> <select id="{i}"{da}>{opts}</select>{hh}</div>')
        self._unit()
        self._ai(text, ai)
        return i

    def radio(self, legend, options, selected=0, help=None, ai=None, mode="fieldset", desc=True, id=None,
              lby=None, option_help=None):
        """Radio group (one control). mode: fieldset | aria (native radios in role=radiogroup labelled by a
        visible paragraph) | custom (role=radio items) | ext (role=radiogroup labelled by an existing id `lby`,
        `legend` is then the text of that element, for the expected label)."""
        n = self.id(id or legend)
        da, hh = self._help(n, help, desc)
        option_help = option_help or {}

        def native_items():
            out = []
            for k, o in enumerate(options):
                oid = f"{n}-{k}"
                self._ids.add(oid)
                c = " checked" if k == selected else ""
                oh = f'<p class="hint">{option_help[k]}</p>' if k in option_help else ""
                out.append(f'<div class="choice"><input type="radio" name="{n}" id="{oid}" value="{k}"{c}> '
                           f'<label for="{oid}">{o}</label>{oh}</div>')
            return "".join(out)

        if mode == "fieldset":
            s = f'<fieldset class="opt"{da}><legend>{legend}</legend>{hh}{native_items()}</fieldset>'
        elif mode == "aria":
            self._ids.add(f"{n}-l")
            s = (f'<div class="opt"><p class="lbl" id="{n}-l">{legend}</p><div role="radiogroup" '
                 f'aria-labelledby="{n}-l"{da}>{native_items()}</div>{hh}</div>')
        elif mode in ("custom", "ext"):
            items = "".join(
                f'<div role="radio" tabindex="{0 if k == selected else -1}" aria-checked="{"true" if k == selected else "false"}">{o}</div>'
                for k, o in enumerate(options))
            if mode == "custom":
                self._ids.add(f"{n}-l")
                s = (f'<div class="opt"><p class="lbl" id="{n}-l">{legend}</p><div role="radiogroup" '
                     f'aria-labelledby="{n}-l"{da}>{items}</div>{hh}</div>')
            else:
                s = f'<div class="opt"><div role="radiogroup" aria-labelledby="{lby}"{da}>{items}</div>{hh}</div>'
        else:
            raise ValueError(mode)
        self.add(s)
        self._unit()
        self._ai(legend, ai)
        return n

    def seg(self, text, options, pressed=0, help=None, ai=None, desc=True, id=None):
        i = self.id(id or text)
        da, hh = self._help(i, help, desc)
        self._ids.add(f"{i}-l")
        bs = "".join(f'<button type="button" aria-pressed="{"true" if k == pressed else "false"}">{o}</button>'
                     for k, o in enumerate(options))
        self.add(f'<div class="opt"><span class="lbl" id="{i}-l">{text}</span> <div class="seg" role="group" '
                 f'id="{i}" aria-labelledby="{i}-l"{da}>{bs}</div>{hh}</div>')
        self._unit()
        self._ai(text, ai)
        return i

    def state(self, title, value, action=None, suffix=None, mode="sr", help=None, ai=None, desc=False, id=None):
        """State-as-text row with an action button.
        mode sr: action + visually hidden suffix; lby: aria-labelledby=(button, title); aria: aria-label=suffix."""
        i = self.id(id or title)
        action = action or {"en": "Change", "de": "Ändern", "fr": "Modifier", "es": "Cambiar", "pt": "Alterar",
                            "it": "Modifica", "nl": "Wijzigen"}[self.lang]
        self._ids.update({f"{i}-t", f"{i}-btn"})
        da, hh = self._help(i, help, desc)
        if mode == "sr":
            btn = f'<button type="button" id="{i}-btn"{da}>{action}<span class="sr-only"> {suffix}</span></button>'
            label = f"{action} {suffix}"
        elif mode == "lby":
            btn = f'<button type="button" id="{i}-btn" aria-labelledby="{i}-btn {i}-t"{da}>{action}</button>'
            label = f"{action} {plain(title)}"
        elif mode == "aria":
            btn = f'<button type="button" id="{i}-btn" aria-label="{attr(suffix)}"{da}>{action}</button>'
            label = suffix
        else:
            raise ValueError(mode)
        self.add(f'<div class="state-row"><div><p class="state-title" id="{i}-t">{title}</p>'
                 f'<p class="state-val">{value}</p>{hh}</div>{btn}</div>')
        self._unit()
        self._ai(label, ai)
        return i

    def tbl(self, caption, headers, rows, id=None, cap=True):
        """Per-row table. headers[0] heads the row-name column. Each cell is text or a dict:
        {k: cb|sw|sel, on: bool, opts: [...], sel: idx, name: row|rowcol|colrow|aria:<text>, ai: ...}"""
        t = self.id(id or caption)
        if cap:
            self._ids.add(f"{t}-cap")
            out = [f'<table id="{t}"><caption id="{t}-cap">{caption}</caption><thead><tr>']
        else:
            out = [f'<table id="{t}"><thead><tr>']
        for c, hd in enumerate(headers):
            self._ids.add(f"{t}-c{c}")
            out.append(f'<th scope="col" id="{t}-c{c}">{hd}</th>')
        out.append("</tr></thead><tbody>")
        for r, (rname, cells) in enumerate(rows):
            rid = f"{t}-r{r}"
            self._ids.add(rid)
            out.append(f'<tr><th scope="row" id="{rid}">{rname}</th>')
            for c, cell in enumerate(cells, start=1):
                if isinstance(cell, str):
                    out.append(f"<td>{cell}</td>")
                    continue
                cid = f"{t}-c{c}"
                nm = cell.get("name", "rowcol")
                if nm == "row":
                    na, label = f'aria-labelledby="{rid}"', plain(rname)
                elif nm == "rowcol":
                    na, label = f'aria-labelledby="{rid} {cid}"', plain(rname) + " " + plain(headers[c])
                elif nm == "colrow":
                    na, label = f'aria-labelledby="{cid} {rid}"', plain(headers[c]) + " " + plain(rname)
                elif nm.startswith("aria:"):
                    label = nm[5:]
                    na = f'aria-label="{attr(label)}"'
                else:
                    raise ValueError(nm)
                k = cell["k"]
                if k == "cb":
                    ch = " checked" if cell.get("on") else ""
                    ctl = f'<input type="checkbox" {na}{ch}>'
                elif k == "sw":
                    on = cell.get("on")
                    word = self.ch["on"] if on else self.ch["off"]
                    ctl = f'<button type="button" role="switch" aria-checked="{"true" if on else "false"}" {na}>{word}</button>'
                elif k == "sel":
                    opts = "".join(f'<option{" selected" if j == cell.get("sel", 0) else ""}>{o}</option>'
                                   for j, o in enumerate(cell["opts"]))
                    ctl = f"<select {na}>{opts}</select>"
                elif k == "btn":
                    ctl = f'<button type="button" {na}>{cell["text"]}</button>'
                else:
                    raise ValueError(k)
                out.append(f"<td>{ctl}</td>")
                self._unit()
                self._ai(label, cell.get("ai"))
            out.append("</tr>")
        out.append("</tbody></table>")
        self.add("".join(out))
        return t

    def btn(self, text, ai=None, extra="", cls=None):
        c = f' class="{cls}"' if cls else ""
        self.add(f'<button type="button"{c}{extra}>{text}</button>')
        self._unit()
        self._ai(text, ai)

    def actions(self, *texts):
        self.add('<div class="actions">')
        for t in texts:
            self.btn(t)
        self.add("</div>")

    def link(self, text, href="#", ai=None, para=True):
        s = f'<a href="{attr(href)}">{text}</a>'
        self.add(f"<p>{s}</p>" if para else s)
        self._unit()
        self._ai(text, ai)

    def text(self, label, value="", type="text", help=None, id=None, desc=True):
        i = self.id(id or label)
        da, hh = self._help(i, help, desc)
        self.add(f'<div class="opt"><label for="{i}">{label}</label> <input type="{type}" id="{i}" '
                 f'value="{attr(value)}"{da}>{hh}</div>')
        self._unit()
        return i

    def area(self, label, value="", help=None, id=None):
        i = self.id(id or label)
        da, hh = self._help(i, help, True)
        self.add(f'<div class="opt"><label for="{i}">{label}</label><textarea id="{i}" rows="3"{da}>{value}</textarea>{hh}</div>')
        self._unit()
        return i

    # ---- rendering ---------------------------------------------------
    def render(self):
        ch = self.ch
        url = self.url
        css = BASE_CSS + "\n".join(self.css)
        langopts = "".join(f'<option value="{c}"{" selected" if c == self.lang else ""}>{n}</option>'
                           for c, n in LANG_OPTIONS)
        menu = "".join(f'<li role="none"><a role="menuitem" href="#">{m}</a></li>' for m in ch["menu"])
        cur = ' aria-current="page"'
        nav = "".join(
            f'<li><a href="#"{cur if k == self.nav_current else ""}>{n}</a></li>'
            for k, n in enumerate(self.nav))
        foot = "".join(f'<li><a href="#">{f}</a></li>' for f in self.footer)
        body = "\n".join(self.buf)
        return (
            "<!DOCTYPE html>\n"
            f"<!-- saved from url=({len(url):04d}){url} -->\n"
            f'<html lang="{self.htmllang}">\n'
            "<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{self.title}</title>\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<style>{css}</style>\n</head>\n<body>\n"
            '<header class="site-header">\n'
            f'<a class="brand" href="#">{self.brand}</a>\n'
            f'<form role="search" class="site-search" action="#"><label for="site-search" class="sr-only">{ch["search"]}</label>'
            f'<input type="search" id="site-search" name="q" placeholder="{attr(self.search_ph)}">'
            f'<button type="submit">{ch["search_btn"]}</button></form>\n'
            f'<label for="lang-select" class="sr-only">{ch["language"]}</label><select id="lang-select">{langopts}</select>\n'
            f'<div class="account"><button type="button" id="account-button" aria-haspopup="menu" aria-expanded="false" '
            f'aria-controls="account-menu"><span class="avatar" aria-hidden="true">{html.escape(self.user[:1].upper())}</span>'
            f'<span class="sr-only">{ch["acct"]}</span></button>\n'
            f'<ul id="account-menu" role="menu" hidden>{menu}</ul></div>\n'
            "</header>\n"
            '<div class="layout">\n'
            f'<nav class="side-nav" aria-label="{attr(ch["nav"])}"><ul>{nav}</ul></nav>\n'
            f'<main id="content">\n{body}\n</main>\n'
            "</div>\n"
            f'<footer class="site-footer"><ul>{foot}</ul><p>© 2025 {plain(self.brand)}</p></footer>\n'
            "</body>\n</html>\n"
        )

    def expect(self):
        return {
            "url": self.url,
            "lang": self.lang,
            "notes": self.notes,
            "ai_training": [{"label": l["label"], "sharing": l["sharing"]} for l in self.labels],
        }

    def meta(self):
        L = self.labels
        return {
            "url": self.url,
            "lang": self.lang,
            "real": self.real,
            "theme": self.theme,
            "units": self.units,
            "labelled": len(L),
            "true": sum(1 for l in L if l["sharing"]),
            "false": sum(1 for l in L if not l["sharing"]),
            "inverted": sum(1 for l in L if "i" in l["shapes"]),
            "vague_help": sum(1 for l in L if "v" in l["shapes"]),
            "heading_only": sum(1 for l in L if "h" in l["shapes"]),
            "hidden_decoys": self.hidden_ai,
            "hidden_modes": sorted(set(self.hidden_modes)),
            "further": self.units - len(L),
            "labels": [dict(l) for l in L],
        }
