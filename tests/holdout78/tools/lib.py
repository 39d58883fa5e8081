"""Widgets and bookkeeping for the holdout78 ("blind78") pages.

Every widget returns an Item; a page is a list of sections of items. Items
flagged ``ai`` are AI-training controls: visible ones become expect labels,
hidden ones are recorded in meta.json only.
"""
import html
import itertools

_ids = itertools.count(1)


def nid(prefix="c"):
    return f"{prefix}{next(_ids)}"


def esc(s):
    return html.escape(s, quote=True)


# ---------------------------------------------------------------- sources
QUOTED = "quoted"          # label read in a third-party page quoting the UI
OFFICIAL = "official"      # label or wording read on the service's own page
RECON = "reconstructed"    # not found; most plausible wording


class Item:
    def __init__(self, html_, name=None, ai=False, sharing=None, src=None,
                 hide=None, kind=""):
        self.html = html_
        self.name = name
        self.ai = ai
        self.sharing = sharing
        self.src = src          # (status, url) or None
        self.hide = hide
        self.kind = kind


def _desc(desc, did):
    return f'<p class="desc" id="{did}">{esc(desc)}</p>' if desc else ""


def _sharing(ai, on):
    if ai is None:
        return None
    # ai == "pos": on means data IS used; ai == "neg": on means data is NOT used
    return bool(on) if ai == "pos" else (not on)


def sw(label, on, desc=None, ai=None, naming="labelledby", src=None,
       hide=None, state_text=None):
    """A switch (button role=switch). naming: labelledby | aria-label | text."""
    cid, lid, did = nid("sw"), nid("l"), nid("d")
    st = f'<span class="state" aria-hidden="true">{esc(state_text[0] if on else state_text[1])}</span>' if state_text else ""
    described = f' aria-describedby="{did}"' if desc else ""
    if naming == "labelledby":
        ctl = (f'<span class="row-label" id="{lid}">{esc(label)}</span>'
               f'<button type="button" role="switch" id="{cid}" aria-checked="{str(bool(on)).lower()}" '
               f'aria-labelledby="{lid}"{described} class="toggle"><span class="knob"></span></button>{st}')
    elif naming == "aria-label":
        ctl = (f'<span class="row-label">{esc(label)}</span>'
               f'<button type="button" role="switch" id="{cid}" aria-checked="{str(bool(on)).lower()}" '
               f'aria-label="{esc(label)}"{described} class="toggle"><span class="knob"></span></button>{st}')
    else:  # text content
        ctl = (f'<button type="button" role="switch" id="{cid}" aria-checked="{str(bool(on)).lower()}"'
               f'{described} class="toggle-text">{esc(label)}</button>{st}')
    h = f'<div class="setting-row">{ctl}{_desc(desc, did)}</div>'
    return Item(h, label, ai is not None, _sharing(ai, on), src, hide, "switch")


def cb(label, checked, desc=None, ai=None, naming="for", src=None, hide=None):
    """A native checkbox. naming: for | wrap | aria-label."""
    cid, did = nid("cb"), nid("d")
    chk = " checked" if checked else ""
    described = f' aria-describedby="{did}"' if desc else ""
    if naming == "for":
        ctl = (f'<input type="checkbox" id="{cid}" name="{cid}"{chk}{described}>'
               f'<label for="{cid}">{esc(label)}</label>')
    elif naming == "wrap":
        ctl = f'<label><input type="checkbox" name="{cid}"{chk}{described}> {esc(label)}</label>'
    else:
        ctl = (f'<input type="checkbox" id="{cid}" name="{cid}"{chk} aria-label="{esc(label)}"{described}>'
               f'<span class="row-label" aria-hidden="true">{esc(label)}</span>')
    h = f'<div class="setting-row check">{ctl}{_desc(desc, did)}</div>'
    return Item(h, label, ai is not None, _sharing(ai, checked), src, hide, "checkbox")


def sel(label, options, selected, ai_map=None, desc=None, src=None, hide=None,
        naming="for"):
    """A select. ai_map: list of booleans (sharing for each option) or None."""
    cid, did = nid("sel"), nid("d")
    opts = "".join(
        f'<option value="{i}"{" selected" if i == selected else ""}>{esc(o)}</option>'
        for i, o in enumerate(options))
    described = f' aria-describedby="{did}"' if desc else ""
    if naming == "for":
        ctl = f'<label for="{cid}" class="row-label">{esc(label)}</label><select id="{cid}" name="{cid}"{described}>{opts}</select>'
    else:
        ctl = f'<span class="row-label" aria-hidden="true">{esc(label)}</span><select id="{cid}" name="{cid}" aria-label="{esc(label)}"{described}>{opts}</select>'
    h = f'<div class="setting-row">{ctl}{_desc(desc, did)}</div>'
    sharing = ai_map[selected] if ai_map else None
    return Item(h, label, ai_map is not None, sharing, src, hide, "select")


def radios(legend, options, selected, ai_map=None, desc=None, src=None, hide=None):
    """A fieldset of radios named by its legend (the group is the control)."""
    gname = nid("rg")
    did = nid("d")
    rows = []
    for i, o in enumerate(options):
        rid = nid("r")
        rows.append(f'<div class="radio"><input type="radio" id="{rid}" name="{gname}" value="{i}"'
                    f'{" checked" if i == selected else ""}><label for="{rid}">{esc(o)}</label></div>')
    h = (f'<fieldset class="setting-row"><legend>{esc(legend)}</legend>{_desc(desc, did)}'
         + "".join(rows) + '</fieldset>')
    sharing = ai_map[selected] if ai_map else None
    return Item(h, legend, ai_map is not None, sharing, src, hide, "radiogroup")


def btn(text, status=None, desc=None, sharing=None, aria_label=None, src=None,
        hide=None, heading=None):
    """A button (e.g. "Turn off") with status text. sharing=None: decoy."""
    cid, did = nid("b"), nid("d")
    head = f'<span class="row-label">{esc(heading)}</span>' if heading else ""
    stat = f'<span class="status">{esc(status)}</span>' if status else ""
    al = f' aria-label="{esc(aria_label)}"' if aria_label else ""
    h = (f'<div class="setting-row">{head}{stat}<button type="button" id="{cid}" class="btn"{al}>{esc(text)}</button>'
         f'{_desc(desc, did)}</div>')
    name = aria_label or text
    return Item(h, name, sharing is not None, sharing, src, hide, "button")


def lnk(text, href, desc=None, sharing=None, src=None, hide=None):
    did = nid("d")
    h = f'<div class="setting-row"><a href="{esc(href)}" class="link-row">{esc(text)}</a>{_desc(desc, did)}</div>'
    return Item(h, text, sharing is not None, sharing, src, hide, "link")


def inp(label, value="", type_="text", desc=None, required=False):
    cid, did = nid("in"), nid("d")
    req = " required" if required else ""
    if type_ == "textarea":
        ctl = f'<label for="{cid}" class="row-label">{esc(label)}</label><textarea id="{cid}" name="{cid}" rows="4">{esc(value)}</textarea>'
    else:
        ctl = (f'<label for="{cid}" class="row-label">{esc(label)}</label>'
               f'<input type="{type_}" id="{cid}" name="{cid}" value="{esc(value)}"{req}>')
    h = f'<div class="setting-row">{ctl}{_desc(desc, did)}</div>'
    return Item(h, label, False, None, None, None, "input")


def submit(text, sharing=None, src=None):
    cid = nid("s")
    h = f'<div class="form-actions"><button type="submit" id="{cid}" class="btn primary">{esc(text)}</button></div>'
    return Item(h, text, sharing is not None, sharing, src, None, "submit")


def para(text):
    return Item(f'<p class="note">{esc(text)}</p>', None, False, None, None, None, "text")


def raw(h):
    return Item(h, None, False, None, None, None, "text")


def form(action, items, title=None):
    """Wrap items in a <form>; returns a single composite Item list marker."""
    return ("form", action, items, title)


# ------------------------------------------------------------- hiding
def wrap_hidden(inner, how, tabs=None):
    if how == "hidden":
        return f'<div class="advanced" hidden>{inner}</div>'
    if how == "display":
        return f'<div class="legacy-setting" style="display: none">{inner}</div>'
    if how == "class":
        return f'<div class="is-collapsed">{inner}</div>'
    if how == "aria":
        return f'<div class="offscreen-copy" aria-hidden="true">{inner}</div>'
    if how == "visibility":
        return f'<div class="pending" style="visibility:hidden">{inner}</div>'
    if how == "dialog":
        return f'<dialog class="modal" aria-label="{esc(tabs or "Details")}">{inner}</dialog>'
    if how == "tab":
        a, b = tabs
        ta, tb, pa, pb = nid("tab"), nid("tab"), nid("panel"), nid("panel")
        return (f'<div class="tabs"><div role="tablist">'
                f'<button type="button" role="tab" id="{ta}" aria-selected="true" aria-controls="{pa}">{esc(a)}</button>'
                f'<button type="button" role="tab" id="{tb}" aria-selected="false" aria-controls="{pb}" tabindex="-1">{esc(b)}</button>'
                f'</div><div role="tabpanel" id="{pa}" aria-labelledby="{ta}" data-state="active"><p class="note">{esc(a)}</p></div>'
                f'<div role="tabpanel" id="{pb}" aria-labelledby="{tb}" data-state="inactive">{inner}</div></div>')
    raise ValueError(how)


# ------------------------------------------------------------- chrome text
CHROME = {
    "en": dict(search="Search settings", lang="Language", account="Account", menu=["Profile", "Help", "Sign out"], nav="Settings", footer=["Privacy", "Terms", "Cookies", "Help Center"]),
    "de": dict(search="Einstellungen durchsuchen", lang="Sprache", account="Konto", menu=["Profil", "Hilfe", "Abmelden"], nav="Einstellungen", footer=["Datenschutz", "Nutzungsbedingungen", "Cookies", "Impressum"]),
    "fr": dict(search="Rechercher dans les paramètres", lang="Langue", account="Compte", menu=["Profil", "Aide", "Se déconnecter"], nav="Paramètres", footer=["Confidentialité", "Conditions", "Cookies", "Mentions légales"]),
    "es": dict(search="Buscar en la configuración", lang="Idioma", account="Cuenta", menu=["Perfil", "Ayuda", "Cerrar sesión"], nav="Configuración", footer=["Privacidad", "Condiciones", "Cookies", "Centro de ayuda"]),
    "pt": dict(search="Pesquisar configurações", lang="Idioma", account="Conta", menu=["Perfil", "Ajuda", "Sair"], nav="Configurações", footer=["Privacidade", "Termos", "Cookies", "Central de Ajuda"]),
    "it": dict(search="Cerca nelle impostazioni", lang="Lingua", account="Account", menu=["Profilo", "Guida", "Esci"], nav="Impostazioni", footer=["Privacy", "Termini", "Cookie", "Note legali"]),
    "nl": dict(search="Instellingen doorzoeken", lang="Taal", account="Account", menu=["Profiel", "Help", "Uitloggen"], nav="Instellingen", footer=["Privacy", "Voorwaarden", "Cookies", "Helpcentrum"]),
}
HTML_LANG = {"en": "en", "de": "de", "fr": "fr", "es": "es", "pt": "pt-BR", "it": "it", "nl": "nl"}
LANG_OPTIONS = ["English", "Deutsch", "Français", "Español", "Português (Brasil)", "Italiano", "Nederlands"]
LANG_INDEX = {"en": 0, "de": 1, "fr": 2, "es": 3, "pt": 4, "it": 5, "nl": 6}

CSS = """
body{font-family:system-ui,sans-serif;margin:0;color:#1f1f1f}
header{display:flex;gap:1rem;align-items:center;padding:.5rem 1rem;border-bottom:1px solid #ddd}
.layout{display:flex}
nav.side{width:15rem;padding:1rem;border-right:1px solid #eee}
main{flex:1;padding:1rem 2rem;max-width:52rem}
section{margin-bottom:1.5rem}
.setting-row{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem;padding:.6rem 0;border-bottom:1px solid #f0f0f0}
.desc{flex-basis:100%;margin:0;color:#555;font-size:.9rem}
.toggle{width:2.4rem;height:1.3rem;border-radius:1rem}
.toggle[aria-checked=true]{background:#0a66c2}
.is-collapsed{display:none}
.tabs [role=tabpanel][data-state=inactive]{display:none}
footer{padding:1rem;border-top:1px solid #ddd;font-size:.85rem}
"""


class Page:
    def __init__(self, lang, slug, service, url, title, brand, nav, h1, sections,
                 setting, notes, intro=None, account_name=None, active_nav=0,
                 state=None):
        self.lang, self.slug, self.service, self.url = lang, slug, service, url
        self.title, self.brand, self.nav, self.h1 = title, brand, nav, h1
        self.sections, self.setting, self.notes = sections, setting, notes
        self.intro, self.account_name, self.active_nav = intro, account_name, active_nav
        self.state = state
        if active_nav == 0:
            for i, n in enumerate(nav):
                if n == h1 or (len(n) > 3 and (n in h1 or h1 in n)):
                    self.active_nav = i
                    break

    # ----------------------------------------------------------- render
    def _items_html(self, items, ai_out):
        out = []
        for it in items:
            if isinstance(it, tuple) and it[0] == "form":
                _, action, fitems, ftitle = it
                t = f'<h3>{esc(ftitle)}</h3>' if ftitle else ""
                out.append(f'<form method="post" action="{esc(action)}">{t}{self._items_html(fitems, ai_out)}</form>')
                continue
            h = it.html
            if it.hide:
                how, extra = (it.hide if isinstance(it.hide, tuple) else (it.hide, None))
                h = wrap_hidden(h, how, extra)
            if it.ai:
                ai_out.append(it)
            out.append(h)
        return "".join(out)

    def render(self):
        c = CHROME[self.lang]
        ai_items = []
        body_sections = []
        for sec in self.sections:
            head, items = sec[0], sec[1]
            sub = sec[2] if len(sec) > 2 else None
            sid = nid("sec")
            subh = f'<p class="section-intro">{esc(sub)}</p>' if sub else ""
            body_sections.append(
                f'<section aria-labelledby="{sid}"><h2 id="{sid}">{esc(head)}</h2>{subh}'
                f'{self._items_html(items, ai_items)}</section>')
        self.ai_items = ai_items
        cur = ' aria-current="page"'
        nav = "".join(
            f'<li><a href="#"{cur if i == self.active_nav else ""}>{esc(n)}</a></li>'
            for i, n in enumerate(self.nav))
        lang_opts = "".join(
            f'<option{" selected" if i == LANG_INDEX[self.lang] else ""}>{esc(o)}</option>'
            for i, o in enumerate(LANG_OPTIONS))
        menu = "".join(f'<li role="none"><a role="menuitem" href="#">{esc(m)}</a></li>' for m in c["menu"])
        footer = " · ".join(f'<a href="#">{esc(f)}</a>' for f in c["footer"])
        acct = self.account_name or c["account"]
        intro = f'<p class="intro">{esc(self.intro)}</p>' if self.intro else ""
        url_len = len(self.url)
        return f"""<!DOCTYPE html>
<!-- saved from url=({url_len:04d}){self.url} -->
<html lang="{HTML_LANG[self.lang]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(self.title)}</title>
<style>{CSS}</style>
</head>
<body>
<header>
<a class="logo" href="#">{esc(self.brand)}</a>
<form role="search" action="#"><input type="search" name="q" aria-label="{esc(c['search'])}" placeholder="{esc(c['search'])}"></form>
<select name="locale" aria-label="{esc(c['lang'])}">{lang_opts}</select>
<button type="button" class="account" aria-haspopup="menu" aria-expanded="false" aria-controls="account-menu">{esc(acct)}</button>
<ul id="account-menu" role="menu" hidden>{menu}</ul>
</header>
<div class="layout">
<nav class="side" aria-label="{esc(c['nav'])}"><ul>{nav}</ul></nav>
<main>
<h1>{esc(self.h1)}</h1>
{intro}
{''.join(body_sections)}
</main>
</div>
<footer>{footer} · © {esc(self.brand)}</footer>
</body>
</html>
"""

    def expect(self):
        labels = [{"label": it.name, "sharing": it.sharing}
                  for it in self.ai_items if not it.hide]
        parts = []
        for it in self.ai_items:
            where = f" (hidden: {it.hide if not isinstance(it.hide, tuple) else it.hide[0]}, not labelled)" if it.hide else ""
            if it.src and it.src[0] == QUOTED:
                parts.append(f"'{it.name}'{where}: label verified, quoted at {it.src[1]}")
            elif it.src and it.src[0] == OFFICIAL:
                parts.append(f"'{it.name}'{where}: label verified on the service's own page {it.src[1]}")
            else:
                parts.append(f"'{it.name}'{where}: label reconstructed, not found")
        notes = self.notes + " Verification: " + "; ".join(parts) + "."
        return {"url": self.url, "lang": self.lang, "notes": notes,
                "ai_training": labels}

    def meta(self):
        return {
            "lang": self.lang, "slug": self.slug, "service": self.service,
            "url": self.url, "setting": self.setting, "state": self.state,
            "ai": [{"label": it.name, "sharing": it.sharing, "kind": it.kind,
                    "hidden": (it.hide if not isinstance(it.hide, tuple) else it.hide[0]) if it.hide else None,
                    "verification": (it.src[0] if it.src else RECON),
                    "source": (it.src[1] if it.src else None)}
                   for it in self.ai_items],
        }
