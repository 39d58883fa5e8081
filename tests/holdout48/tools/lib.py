"""Page builder for the blind48 evaluation set (standard library only).

A Page collects the markup of <main> through small widget helpers and keeps the
bookkeeping that gen.py writes out: the visible control units in <main>, the
labelled ai-training controls (label, sharing, shape, kind, state) and the hidden
ai-training decoys with the mechanism that hides them.

Shapes of labelled controls:
  i  inverted   - the name says the opposite of sharing (exclude, object, withdraw ...)
  v  vague+help - the name alone does not say training; the help text does
  h  heading    - the name is meaningful only through a heading, caption, column header or intro
  p  plain      - the name says it ("Use my photos to train ...")
"""
import html
from collections import Counter
from contextlib import contextmanager


def esc(s):
    return html.escape(s, quote=True)


def norm(s):
    return " ".join(s.split())


LANG_OPTIONS = [
    ("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"),
    ("pt-BR", "Português (Brasil)"), ("it", "Italiano"), ("nl", "Nederlands"),
]

CHROME = {
    "en": dict(html="en", language="Language", search="Search settings", account="Account menu",
               menu=["Your profile", "Switch account", "Sign out"],
               footer=["Privacy notice", "Terms of use", "Help centre", "Cookie preferences"],
               nav_label="Settings sections", skip="Skip to content"),
    "de": dict(html="de", language="Sprache", search="Einstellungen durchsuchen", account="Kontomenü",
               menu=["Mein Profil", "Konto wechseln", "Abmelden"],
               footer=["Datenschutzerklärung", "AGB", "Impressum", "Cookie-Einstellungen"],
               nav_label="Bereiche der Einstellungen", skip="Zum Inhalt springen"),
    "fr": dict(html="fr", language="Langue", search="Rechercher dans les paramètres", account="Menu du compte",
               menu=["Mon profil", "Changer de compte", "Se déconnecter"],
               footer=["Politique de confidentialité", "Conditions d’utilisation", "Mentions légales", "Gérer les cookies"],
               nav_label="Rubriques des paramètres", skip="Aller au contenu"),
    "es": dict(html="es", language="Idioma", search="Buscar en la configuración", account="Menú de la cuenta",
               menu=["Mi perfil", "Cambiar de cuenta", "Cerrar sesión"],
               footer=["Política de privacidad", "Condiciones de uso", "Aviso legal", "Configurar cookies"],
               nav_label="Secciones de la configuración", skip="Ir al contenido"),
    "pt": dict(html="pt-BR", language="Idioma", search="Pesquisar nas configurações", account="Menu da conta",
               menu=["Meu perfil", "Trocar de conta", "Encerrar sessão"],
               footer=["Política de privacidade", "Termos de uso", "Central de ajuda", "Preferências de cookies"],
               nav_label="Seções das configurações", skip="Pular para o conteúdo"),
    "it": dict(html="it", language="Lingua", search="Cerca nelle impostazioni", account="Menu dell’account",
               menu=["Il mio profilo", "Cambia account", "Disconnetti"],
               footer=["Informativa sulla privacy", "Termini di servizio", "Note legali", "Preferenze cookie"],
               nav_label="Sezioni delle impostazioni", skip="Vai al contenuto"),
    "nl": dict(html="nl", language="Taal", search="Zoeken in instellingen", account="Accountmenu",
               menu=["Mijn profiel", "Ander account kiezen", "Uitloggen"],
               footer=["Privacyverklaring", "Gebruiksvoorwaarden", "Klantenservice", "Cookie-instellingen"],
               nav_label="Onderdelen van de instellingen", skip="Naar de inhoud"),
}

CSS = """
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1f23;background:#f6f6f4}
.topbar{display:flex;gap:16px;align-items:center;padding:10px 20px;background:#fff;border-bottom:1px solid #ddd;position:relative}
.brand{font-weight:700;text-decoration:none;color:inherit;margin-right:auto}
.topbar input[type=search]{width:280px;padding:6px 10px;border:1px solid #bbb;border-radius:18px}
.acct-menu{position:absolute;right:20px;top:48px;background:#fff;border:1px solid #ccc;list-style:none;margin:0;padding:6px 0}
.acct-menu a{display:block;padding:6px 16px}
.layout{display:flex;max-width:1180px;margin:0 auto}
.sidenav{width:230px;padding:20px 10px}
.sidenav ul{list-style:none;margin:0;padding:0}
.sidenav a{display:block;padding:7px 12px;border-radius:6px;color:#333;text-decoration:none}
.sidenav a[aria-current]{background:#e6ecf7;font-weight:600}
main{flex:1;padding:20px 28px 60px}
.card{background:#fff;border:1px solid #e0e0e0;border-radius:10px;padding:16px 20px;margin:0 0 18px}
.card h2{font-size:18px;margin:0 0 6px}
.card h3{font-size:15px;margin:14px 0 6px}
.intro{color:#4a4d55;margin:0 0 12px}
.hint{color:#646873;font-size:13px;margin:2px 0 0}
.opt,.field,.setting,.state-row,.seg-row{padding:10px 0;border-top:1px solid #f0f0f0}
.setting,.state-row{display:flex;justify-content:space-between;gap:20px;align-items:center}
.toggle{width:44px;height:24px;border-radius:12px;border:0;background:#bbb;position:relative;flex:none}
.toggle[aria-checked=true]{background:#2f6fde}
.toggle .knob{position:absolute;top:3px;left:3px;width:18px;height:18px;border-radius:50%;background:#fff}
.toggle[aria-checked=true] .knob{left:23px}
button.toggle.has-text{width:auto;height:auto;padding:6px 56px 6px 12px;border-radius:16px;background:#eef0f4;color:#1d1f23;text-align:left}
button.toggle.has-text .knob{left:auto;right:26px;background:#999;top:7px}
button.toggle.has-text[aria-checked=true] .knob{right:8px;background:#2f6fde}
.state{margin:0;color:#3d6b3d}
.state-title{margin:0;font-weight:600}
.link-btn{background:none;border:0;color:#2456b3;text-decoration:underline;cursor:pointer}
.btn{padding:7px 14px;border-radius:6px;border:1px solid #aaa;background:#fff}
.btn.primary{background:#2f6fde;color:#fff;border-color:#2f6fde}
.btn.danger{color:#b3261e;border-color:#b3261e}
.segmented{display:inline-flex;border:1px solid #999;border-radius:6px;overflow:hidden}
.segmented button{border:0;padding:6px 14px;background:#fff}
.segmented button[aria-pressed=true]{background:#2f6fde;color:#fff}
.seg-title,.group-title{font-weight:600;margin:0 12px 6px 0}
fieldset.radios{border:0;padding:10px 0;margin:0;border-top:1px solid #f0f0f0}
fieldset.radios legend{font-weight:600;padding:0}
.radio-chip{display:inline-block;padding:5px 12px;border:1px solid #aaa;border-radius:14px;margin:4px 6px 0 0}
.radio-chip[aria-checked=true]{background:#2f6fde;color:#fff}
table.grid{border-collapse:collapse;width:100%;margin:8px 0}
table.grid caption{text-align:left;font-weight:600;padding:6px 0}
table.grid th,table.grid td{border-bottom:1px solid #eee;padding:8px;text-align:left}
details.more{border-top:1px solid #f0f0f0;padding:10px 0}
details.more summary{cursor:pointer;font-weight:600}
.tabs{display:flex;gap:4px;border-bottom:1px solid #ccc;margin-bottom:12px}
.tabs [role=tab]{border:0;background:none;padding:8px 14px}
.tabs [role=tab][aria-selected=true]{border-bottom:3px solid #2f6fde;font-weight:600}
.actions{display:flex;gap:10px;padding-top:12px}
.vh{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.ghost{visibility:hidden;height:0;overflow:hidden}
footer{border-top:1px solid #ddd;padding:18px 20px;font-size:13px;color:#555;text-align:center}
footer a{margin:0 10px;color:#555}
"""


def cell(on, name="rc", ai=None, inv=None):
    """A checkbox in a table cell. name: 'rc' (row header + column header), 'cr', 'r'
    (row header only) via aria-labelledby, or any other string used as aria-label."""
    return {"on": on, "name": name, "ai": ai, "inv": inv}


class Page:
    def __init__(self, lang, slug, url, title, brand, h1, notes, nav, current=0, user="Account",
                 initials="AC", hide_class="is-hidden", menu=None, footer=None, search=None):
        self.lang, self.slug, self.url, self.title = lang, slug, url, title
        self.brand, self.h1, self.notes = brand, h1, notes
        self.nav, self.current = nav, current
        self.user, self.initials = user, initials
        self.hide_class = hide_class
        c = CHROME[lang]
        self.menu = menu or c["menu"]
        self.footer = footer or c["footer"]
        self.search = search or c["search"]
        self.out = []
        self.units = 0
        self.kinds = Counter()
        self.labelled = []
        self.hidden_ai = []
        self.hidden_controls = []
        self.mechanisms = []
        self._hidden = []
        self._n = 0
        self._tabs = None

    # ---------- bookkeeping ----------
    def nid(self, p):
        self._n += 1
        return f"{p}{self._n}"

    def w(self, s):
        self.out.append(s)

    def _reg(self, kind, name, ai=None, sharing=None, state=None, inv=None, yes=None):
        name = norm(name)
        if self._hidden:
            mech = self._hidden[-1]
            self.hidden_controls.append({"name": name, "kind": kind, "mechanism": mech})
            if ai:
                self.hidden_ai.append({"name": name, "kind": kind, "mechanism": mech})
            return
        self.units += 1
        self.kinds[kind] += 1
        if ai:
            assert ai in "ivhp" and len(ai) == 1, ai
            assert isinstance(sharing, bool), (name, sharing)
            rec = {"label": name, "sharing": sharing, "shape": ai, "kind": kind, "state": state}
            if inv is not None:
                rec["inverted_state"] = inv
            if yes is not None:
                rec["sharing_options"] = list(yes)
            self.labelled.append(rec)

    @staticmethod
    def _inv(ai, inv):
        return (ai == "i") if inv is None else inv

    def _help(self, help, how):
        if not help:
            return "", ""
        if how == "near":
            return "", f'<p class="hint">{esc(help)}</p>'
        hid = self.nid("d")
        return f' aria-describedby="{hid}"', f'<p class="hint" id="{hid}">{esc(help)}</p>'

    # ---------- structure ----------
    @contextmanager
    def section(self, title, intro=None, level=2):
        hid = self.nid("sec")
        self.w(f'<section class="card" aria-labelledby="{hid}">')
        self.w(f'<h{level} id="{hid}">{esc(title)}</h{level}>')
        if intro:
            self.w(f'<p class="intro">{esc(intro)}</p>')
        yield
        self.w("</section>")

    def h(self, text, level=3):
        self.w(f"<h{level}>{esc(text)}</h{level}>")

    def para(self, text, cls="intro"):
        self.w(f'<p class="{cls}">{esc(text)}</p>')

    @contextmanager
    def details(self, summary, open=False):
        self.w(f'<details class="more"{" open" if open else ""}><summary>{esc(summary)}</summary><div class="more-body">')
        yield
        self.w("</div></details>")

    @contextmanager
    def hidden(self, mech):
        tags = {
            "inline display:none": '<div class="legacy" style="display: none;">',
            "css class display:none": f'<div class="{self.hide_class}">',
            "hidden attribute": "<div hidden>",
            "aria-hidden": '<div class="pending" aria-hidden="true">',
            "inline visibility:hidden": '<div style="visibility:hidden; height:0">',
            "css class visibility:hidden": '<div class="ghost">',
        }
        self.w(tags[mech])
        self._hidden.append(mech)
        self.mechanisms.append(mech)
        yield
        self._hidden.pop()
        self.w("</div>")

    @contextmanager
    def dialog(self, opener, title):
        did, tid = self.nid("dlg"), self.nid("dlgt")
        self.w(f'<button type="button" class="btn" aria-haspopup="dialog" aria-controls="{did}">{esc(opener)}</button>')
        self._reg("button", opener)
        self.w(f'<dialog id="{did}" aria-labelledby="{tid}"><h2 id="{tid}">{esc(title)}</h2>')
        self._hidden.append("closed dialog")
        self.mechanisms.append("closed dialog")
        yield
        self._hidden.pop()
        self.w("</dialog>")

    def tabs(self, labels, active=0, name=None):
        tids = [self.nid("tab") for _ in labels]
        pids = [self.nid("panel") for _ in labels]
        self._tabs = (tids, pids, active)
        al = f' aria-label="{esc(name)}"' if name else ""
        self.w(f'<div class="tabs" role="tablist"{al}>')
        for i, lab in enumerate(labels):
            sel = "true" if i == active else "false"
            self.w(f'<button type="button" role="tab" id="{tids[i]}" aria-selected="{sel}" aria-controls="{pids[i]}"'
                   f' tabindex="{0 if i == active else -1}">{esc(lab)}</button>')
            self._reg("tab", lab)
        self.w("</div>")

    @contextmanager
    def tabpanel(self, i):
        tids, pids, active = self._tabs
        hid = "" if i == active else " hidden"
        self.w(f'<div role="tabpanel" id="{pids[i]}" aria-labelledby="{tids[i]}"{hid}>')
        if i != active:
            self._hidden.append("inactive tab panel")
            self.mechanisms.append("inactive tab panel")
        yield
        if i != active:
            self._hidden.pop()
        self.w("</div>")

    # ---------- controls ----------
    def checkbox(self, text, checked=False, help=None, how="desc", wrap=False, ai=None, inv=None):
        cid = self.nid("c")
        da, hp = self._help(help, how)
        ch = " checked" if checked else ""
        if wrap:
            self.w(f'<div class="opt"><label><input type="checkbox" id="{cid}" name="{cid}"{ch}{da}> {esc(text)}</label>{hp}</div>')
        else:
            self.w(f'<div class="opt"><input type="checkbox" id="{cid}" name="{cid}"{ch}{da}> <label for="{cid}">{esc(text)}</label>{hp}</div>')
        inv = self._inv(ai, inv)
        self._reg("checkbox", text, ai, checked != inv, checked, inv)

    def switch(self, text, on=False, help=None, how="desc", mode="labelledby", ai=None, inv=None):
        sid = self.nid("s")
        da, hp = self._help(help, how)
        ac = "true" if on else "false"
        if mode == "content":
            self.w(f'<div class="setting"><button type="button" role="switch" id="{sid}" class="toggle has-text" aria-checked="{ac}"{da}>'
                   f'<span class="toggle-text">{esc(text)}</span><span class="knob" aria-hidden="true"></span></button>{hp}</div>')
        elif mode == "labelledby":
            lid = self.nid("l")
            self.w(f'<div class="setting"><div class="setting-text"><span class="setting-title" id="{lid}">{esc(text)}</span>{hp}</div>'
                   f'<button type="button" role="switch" id="{sid}" class="toggle" aria-checked="{ac}" aria-labelledby="{lid}"{da}><span class="knob"></span></button></div>')
        elif mode == "input":
            self.w(f'<div class="setting"><input type="checkbox" role="switch" id="{sid}" class="toggle-input"{" checked" if on else ""}{da}>'
                   f' <label for="{sid}">{esc(text)}</label>{hp}</div>')
        elif mode == "aria-label":
            self.w(f'<div class="setting"><div class="setting-text"><span class="setting-title">{esc(text)}</span>{hp}</div>'
                   f'<button type="button" role="switch" id="{sid}" class="toggle" aria-checked="{ac}" aria-label="{esc(text)}"{da}><span class="knob"></span></button></div>')
        else:
            raise ValueError(mode)
        inv = self._inv(ai, inv)
        self._reg("switch", text, ai, on != inv, on, inv)

    def select(self, text, options, selected, help=None, how="desc", ai=None, yes=()):
        assert selected in options, (text, selected)
        sid = self.nid("sel")
        da, hp = self._help(help, how)
        opts = "".join(f'<option value="o{i}"{" selected" if o == selected else ""}>{esc(o)}</option>' for i, o in enumerate(options))
        self.w(f'<div class="field"><label for="{sid}">{esc(text)}</label> <select id="{sid}" name="{sid}"{da}>{opts}</select>{hp}</div>')
        self._reg("select", text, ai, selected in yes if ai else None, selected, yes=yes if ai else None)

    def radios(self, legend, options, selected, help=None, how="desc", mode="fieldset", ai=None, yes=()):
        assert selected in options, (legend, selected)
        g = self.nid("g")
        da, hp = self._help(help, how)
        if mode == "fieldset":
            items = "".join(
                f'<div class="radio"><input type="radio" name="{g}" id="{g}-{i}" value="{i}"{" checked" if o == selected else ""}>'
                f' <label for="{g}-{i}">{esc(o)}</label></div>' for i, o in enumerate(options))
            self.w(f'<fieldset class="radios"{da}><legend>{esc(legend)}</legend>{hp}{items}</fieldset>')
        elif mode == "radiogroup":
            lid = self.nid("l")
            items = "".join(
                f'<label class="radio"><input type="radio" name="{g}" value="{i}"{" checked" if o == selected else ""}> {esc(o)}</label> '
                for i, o in enumerate(options))
            self.w(f'<div class="field"><p class="group-title" id="{lid}">{esc(legend)}</p>'
                   f'<div class="radios" role="radiogroup" aria-labelledby="{lid}"{da}>{items}</div>{hp}</div>')
        elif mode == "custom":
            lid = self.nid("l")
            items = "".join(
                f'<span class="radio-chip" role="radio" tabindex="{0 if o == selected else -1}" aria-checked="{"true" if o == selected else "false"}">{esc(o)}</span>'
                for o in options)
            self.w(f'<div class="field"><p class="group-title" id="{lid}">{esc(legend)}</p>'
                   f'<div role="radiogroup" aria-labelledby="{lid}"{da}>{items}</div>{hp}</div>')
        else:
            raise ValueError(mode)
        self._reg("radio group", legend, ai, selected in yes if ai else None, selected, yes=yes if ai else None)

    def segmented(self, name, options, pressed, help=None, how="desc", ai=None, yes=()):
        assert pressed in options
        lid = self.nid("l")
        da, hp = self._help(help, how)
        btns = "".join(f'<button type="button" aria-pressed="{"true" if o == pressed else "false"}">{esc(o)}</button>' for o in options)
        self.w(f'<div class="seg-row"><span class="seg-title" id="{lid}">{esc(name)}</span>'
               f'<div class="segmented" role="group" aria-labelledby="{lid}"{da}>{btns}</div>{hp}</div>')
        self._reg("segmented", name, ai, pressed in yes if ai else None, pressed, yes=yes if ai else None)

    def state_row(self, title, state, button, suffix=None, help=None, how="desc", ai=None, sharing=None):
        """A row showing the state as text with an action button. With suffix, the button
        carries a visually hidden suffix; without, it is aria-labelledby itself + the title."""
        da, hp = self._help(help, how)
        if suffix is not None:
            self.w(f'<div class="state-row"><div class="state-text"><p class="state-title">{esc(title)}</p>'
                   f'<p class="state">{esc(state)}</p>{hp}</div>'
                   f'<button type="button" class="link-btn"{da}>{esc(button)}<span class="vh"> {esc(suffix)}</span></button></div>')
            name = f"{button} {suffix}"
        else:
            tid, bid = self.nid("st"), self.nid("sb")
            self.w(f'<div class="state-row"><div class="state-text"><p class="state-title" id="{tid}">{esc(title)}</p>'
                   f'<p class="state">{esc(state)}</p>{hp}</div>'
                   f'<button type="button" class="link-btn" id="{bid}" aria-labelledby="{bid} {tid}"{da}>{esc(button)}</button></div>')
            name = f"{button} {title}"
        self._reg("state row", name, ai, sharing, state)

    def table(self, caption, cols, rows, note=None):
        cids = [self.nid("th") for _ in cols]
        self.w('<table class="grid">')
        self.w(f"<caption>{esc(caption)}</caption>")
        self.w("<thead><tr>" + "".join(f'<th scope="col" id="{cid}">{esc(c)}</th>' for cid, c in zip(cids, cols)) + "</tr></thead><tbody>")
        for rtitle, cells in rows:
            rid = self.nid("rh")
            parts = [f'<th scope="row" id="{rid}">{esc(rtitle)}</th>']
            for j, cl in enumerate(cells, start=1):
                if isinstance(cl, str):
                    parts.append(f"<td>{esc(cl)}</td>")
                    continue
                cb = self.nid("tc")
                nm = cl["name"]
                if nm in ("rc", "cr", "r"):
                    refs = {"rc": [rid, cids[j]], "cr": [cids[j], rid], "r": [rid]}[nm]
                    texts = {rid: rtitle, cids[j]: cols[j]}
                    attr = f' aria-labelledby="{" ".join(refs)}"'
                    name = " ".join(texts[r] for r in refs)
                else:
                    attr = f' aria-label="{esc(nm)}"'
                    name = nm
                parts.append(f'<td><input type="checkbox" id="{cb}"{attr}{" checked" if cl["on"] else ""}></td>')
                inv = self._inv(cl["ai"], cl["inv"])
                self._reg("table cell", name, cl["ai"], cl["on"] != inv, cl["on"], inv)
            self.w("<tr>" + "".join(parts) + "</tr>")
        self.w("</tbody></table>")
        if note:
            self.para(note, "hint")

    # ---------- decoy odds and ends ----------
    def button(self, text, cls="btn"):
        self.w(f'<button type="button" class="{cls}">{esc(text)}</button>')
        self._reg("button", text)

    def actions(self, *labels):
        self.w('<div class="actions">')
        for i, t in enumerate(labels):
            self.button(t, "btn primary" if i == 0 else "btn")
        self.w("</div>")

    def link(self, text, href="#", before=None):
        pre = f"{esc(before)} " if before else ""
        self.w(f'<p class="hint">{pre}<a href="{esc(href)}">{esc(text)}</a></p>')
        self._reg("link", text)

    def textbox(self, label, value="", type="text", help=None, how="desc"):
        tid = self.nid("tx")
        da, hp = self._help(help, how)
        self.w(f'<div class="field"><label for="{tid}">{esc(label)}</label> <input type="{type}" id="{tid}" name="{tid}" value="{esc(value)}"{da}>{hp}</div>')
        self._reg("text field", label)

    # ---------- output ----------
    def render(self):
        c = CHROME[self.lang]
        o = ["<!DOCTYPE html>", f"<!-- saved from url=({len(self.url):04d}){self.url} -->", f'<html lang="{c["html"]}">',
             "<head>", '<meta charset="utf-8">', f"<title>{esc(self.title)}</title>",
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<style>{CSS}.{self.hide_class}{{display:none!important}}\n</style>", "</head>", "<body>"]
        o.append(f'<a class="vh" href="#main">{esc(c["skip"])}</a>')
        o.append('<header class="topbar">')
        o.append(f'<a class="brand" href="/">{esc(self.brand)}</a>')
        o.append(f'<form role="search" action="/search"><input type="search" name="q" aria-label="{esc(self.search)}" placeholder="{esc(self.search)}"></form>')
        opts = "".join(f'<option value="{v}"{" selected" if v == c["html"] else ""}>{esc(t)}</option>' for v, t in LANG_OPTIONS)
        o.append(f'<select id="site-lang" name="lang" aria-label="{esc(c["language"])}">{opts}</select>')
        o.append(f'<button type="button" id="account-button" aria-haspopup="menu" aria-expanded="false" aria-controls="account-menu"'
                 f' aria-label="{esc(c["account"])}: {esc(self.user)}">{esc(self.initials)}</button>')
        o.append('<ul id="account-menu" class="acct-menu" role="menu" hidden>')
        for i, m in enumerate(self.menu):
            o.append(f'<li role="none"><a role="menuitem" href="/account/m{i}">{esc(m)}</a></li>')
        o.append("</ul>")
        o.append("</header>")
        o.append('<div class="layout">')
        o.append(f'<nav class="sidenav" aria-label="{esc(c["nav_label"])}"><ul>')
        for i, n in enumerate(self.nav):
            cur = ' aria-current="page"' if i == self.current else ""
            o.append(f'<li><a href="/settings/s{i}"{cur}>{esc(n)}</a></li>')
        o.append("</ul></nav>")
        o.append('<main id="main">')
        o.append(f"<h1>{esc(self.h1)}</h1>")
        o.extend(self.out)
        o.append("</main>")
        o.append("</div>")
        o.append("<footer>" + "".join(f'<a href="/legal/f{i}">{esc(f)}</a>' for i, f in enumerate(self.footer))
                 + f"<p>© 2025 {esc(self.brand)}</p></footer>")
        o.append("</body>")
        o.append("</html>")
        return "\n".join(o) + "\n"

    def expect(self):
        return {"url": self.url, "lang": self.lang, "notes": self.notes,
                "ai_training": [{"label": r["label"], "sharing": r["sharing"]} for r in self.labelled]}

    def meta(self):
        shapes = Counter(r["shape"] for r in self.labelled)
        return {"lang": self.lang, "page": self.slug, "url": self.url, "brand": self.brand,
                "units": self.units, "unit_kinds": dict(sorted(self.kinds.items())),
                "labelled": self.labelled,
                "shapes": {k: shapes.get(k, 0) for k in "ivhp"},
                "sharing_true": sum(r["sharing"] for r in self.labelled),
                "sharing_false": sum(not r["sharing"] for r in self.labelled),
                "hidden_ai_decoys": self.hidden_ai,
                "hidden_controls": self.hidden_controls,
                "hidden_mechanisms": sorted(set(self.mechanisms))}
