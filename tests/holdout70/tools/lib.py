"""Page builder for the blind70 holdout set.

Every widget call writes its markup and books what it is: decoy, labelled
(visible, concerns AI training) or hidden (concerns AI training but the person
cannot see it).  The accessible name booked here is recomputed independently
from the DOM by ../check.py.
"""
import html

LANG_NAMES = [("en", "English"), ("de", "Deutsch"), ("fr", "Français"),
              ("es", "Español"), ("pt", "Português (Brasil)"),
              ("it", "Italiano"), ("nl", "Nederlands")]

# Chrome strings per language: search placeholder, search aria-label,
# language select label, account menu items.
CHROME = {
    "en": dict(search="Search settings", search_label="Search", lang="Language",
               menu=["Profile", "Switch workspace", "Sign out"]),
    "de": dict(search="Einstellungen durchsuchen", search_label="Suche", lang="Sprache",
               menu=["Profil", "Konto wechseln", "Abmelden"]),
    "fr": dict(search="Rechercher un paramètre", search_label="Recherche", lang="Langue",
               menu=["Mon profil", "Changer d'espace", "Se déconnecter"]),
    "es": dict(search="Buscar en ajustes", search_label="Buscar", lang="Idioma",
               menu=["Perfil", "Cambiar de cuenta", "Cerrar sesión"]),
    "pt": dict(search="Buscar nas configurações", search_label="Buscar", lang="Idioma",
               menu=["Meu perfil", "Trocar de conta", "Sair"]),
    "it": dict(search="Cerca nelle impostazioni", search_label="Cerca", lang="Lingua",
               menu=["Profilo", "Cambia account", "Esci"]),
    "nl": dict(search="Zoek in instellingen", search_label="Zoeken", lang="Taal",
               menu=["Profiel", "Ander account", "Uitloggen"]),
}

HIDE_KINDS = ("hidden", "display", "class", "aria", "visibility", "dialog", "tabpanel")

BASE_CSS = """body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
.topbar{display:flex;align-items:center;gap:1rem;padding:.6rem 1.2rem;background:#fff;border-bottom:1px solid #e3e3e3}
.topbar .logo{font-weight:700;text-decoration:none;color:inherit;margin-right:auto}
.account{position:relative}
.account ul{position:absolute;right:0;list-style:none;margin:0;padding:.4rem;background:#fff;border:1px solid #ddd}
.layout{display:flex;align-items:flex-start}
nav.side{width:15rem;padding:1.2rem}
nav.side ul{list-style:none;margin:0;padding:0}
nav.side a{display:block;padding:.35rem .5rem;color:inherit;text-decoration:none;border-radius:4px}
nav.side a[aria-current]{background:#e8eefc;font-weight:600}
main{flex:1;max-width:54rem;padding:1.2rem 2rem 3rem}
section{background:#fff;border:1px solid #e6e6e6;border-radius:8px;padding:1rem 1.4rem;margin:1rem 0}
.setting{display:flex;gap:.7rem;align-items:flex-start;margin:.9rem 0}
.help{color:#5f6368;font-size:.88rem;margin:.2rem 0 0}
.row{display:flex;justify-content:space-between;gap:1rem;align-items:center;margin:.9rem 0}
.status{font-size:.88rem;color:#3c4043;margin:.2rem 0 0}
.seg button[aria-pressed=true]{background:#1a56db;color:#fff}
[role=switch][aria-checked=true] .knob{background:#1a56db}
.knob{display:inline-block;width:2rem;height:1rem;border-radius:1rem;background:#bbb}
table.matrix{border-collapse:collapse;width:100%}
table.matrix th,table.matrix td{border-bottom:1px solid #eee;padding:.45rem;text-align:left}
.actions{display:flex;gap:.6rem;margin-top:1.4rem}
footer{border-top:1px solid #e3e3e3;padding:1rem 1.2rem;font-size:.85rem;color:#666}
footer a{color:inherit;margin-right:1rem}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
"""


def e(s):
    return html.escape(s, quote=True)


class Page:
    def __init__(self, lang, slug, url, brand, title, h1, nav, active, footer,
                 notes="", lead=None, account="Account", idp="f", hide_class="is-hidden",
                 nav_label=None, known=False):
        self.lang, self.slug, self.url, self.brand = lang, slug, url, brand
        self.title, self.h1, self.nav, self.active, self.footer = title, h1, nav, active, footer
        self.notes, self.lead, self.account, self.idp = notes, lead, account, idp
        self.hide_class, self.nav_label, self.known = hide_class, nav_label, known
        self.out = []
        self.n = 0
        self.labels = []      # visible ai-training controls
        self.hidden = []      # invisible ai-training controls
        self.decoys = 0       # visible decoy control units in main
        self.units = 0        # visible control units in main
        self.hide_ctx = []    # stack of hiding mechanisms
        self.sec_open = None
        self.tabs = None
        self.inline_stack = []

    # ----- helpers -------------------------------------------------------
    def nid(self):
        self.n += 1
        return "%s%d" % (self.idp, self.n)

    def w(self, s):
        self.out.append(s)

    def _book(self, name, kind, sharing, shape, count=1):
        hid = self.hide_ctx[-1] if self.hide_ctx else None
        if sharing is None:
            if not hid:
                self.decoys += count
                self.units += count
            return
        assert shape in ("i", "v", "h", "p"), (self.slug, name, shape)
        rec = dict(label=" ".join(name.split()), sharing=bool(sharing), shape=shape, kind=kind)
        if hid:
            rec["hidden_by"] = hid
            self.hidden.append(rec)
        else:
            self.units += count
            self.labels.append(rec)

    @staticmethod
    def _share(ai, value):
        """ai: None (decoy), 'on' (checked = sharing), 'inv' (checked = not sharing),
        or a list of booleans per option."""
        if ai is None:
            return None
        if ai == "on":
            return bool(value)
        if ai == "inv":
            return not value
        return bool(ai[value])

    def _help(self, cid, help, describe):
        """returns (attr, html)."""
        if not help:
            return "", ""
        if describe:
            return ' aria-describedby="%s-h"' % cid, '<p class="help" id="%s-h">%s</p>' % (cid, e(help))
        return "", '<p class="help">%s</p>' % e(help)

    # ----- structure -----------------------------------------------------
    def _close_section(self):
        if self.sec_open:
            self.w("</details>" if self.sec_open == "details" else "</section>")
            self.sec_open = None

    def section(self, title, intro=None, details=None, level=2):
        """details: None, 'closed' or 'open'."""
        assert not any(self.inline_stack), (self.slug, title)
        self._close_section()
        if details:
            self.w('<details class="more"%s><summary>%s</summary>' % (" open" if details == "open" else "", e(title)))
            self.sec_open = "details"
        else:
            sid = self.nid()
            self.w('<section aria-labelledby="%s-t"><h%d id="%s-t">%s</h%d>' % (sid, level, sid, e(title), level))
            self.sec_open = "section"
        if intro:
            self.w('<p class="intro">%s</p>' % e(intro))

    def h3(self, text):
        self.w("<h3>%s</h3>" % e(text))

    def p(self, text, cls="note"):
        self.w('<p class="%s">%s</p>' % (cls, e(text)))

    def begin_hidden(self, how, opener=None, dlg_title=None, inline=False):
        """inline=True keeps the current section open (then no section() inside)."""
        assert how in HIDE_KINDS and how != "tabpanel"
        if not inline:
            self._close_section()
        self.inline_stack.append(inline)
        if how == "hidden":
            self.w('<div class="panel" hidden>')
        elif how == "display":
            self.w('<div class="panel" style="display:none">')
        elif how == "class":
            self.w('<div class="panel %s">' % self.hide_class)
        elif how == "aria":
            self.w('<div class="panel" aria-hidden="true">')
        elif how == "visibility":
            self.w('<div class="panel" style="visibility:hidden;height:0;overflow:hidden">')
        elif how == "dialog":
            did = self.nid()
            self.button(opener, extra=' aria-haspopup="dialog" aria-controls="%s"' % did)
            self.w('<dialog id="%s" aria-labelledby="%s-t"><h2 id="%s-t">%s</h2>' % (did, did, did, e(dlg_title)))
        self.hide_ctx.append(how)

    def end_hidden(self):
        if not self.inline_stack.pop():
            self._close_section()
        how = self.hide_ctx.pop()
        self.w("</dialog>" if how == "dialog" else "</div>")

    def begin_tabs(self, names, active=0, label=None):
        self._close_section()
        tid = self.nid()
        self.tabs = dict(id=tid, names=names, active=active, cur=None)
        self.w('<div class="tabs"><div role="tablist"%s>' % (' aria-label="%s"' % e(label) if label else ""))
        for i, nm in enumerate(names):
            sel = "true" if i == active else "false"
            self.w('<button type="button" role="tab" id="%s-tab%d" aria-controls="%s-p%d" aria-selected="%s"%s>%s</button>'
                   % (tid, i, tid, i, sel, "" if i == active else ' tabindex="-1"', e(nm)))
            self.units += 1
            self.decoys += 1
        self.w("</div>")

    def panel(self, i):
        t = self.tabs
        if t["cur"] is not None:
            self._end_panel()
        t["cur"] = i
        self._close_section()
        act = i == t["active"]
        self.w('<div role="tabpanel" id="%s-p%d" aria-labelledby="%s-tab%d"%s>' % (t["id"], i, t["id"], i, "" if act else " hidden"))
        if not act:
            self.hide_ctx.append("tabpanel")

    def _end_panel(self):
        t = self.tabs
        self._close_section()
        if t["cur"] != t["active"]:
            self.hide_ctx.pop()
        self.w("</div>")

    def end_tabs(self):
        self._end_panel()
        self.w("</div>")
        self.tabs = None

    # ----- widgets -------------------------------------------------------
    def checkbox(self, name, checked, help=None, ai=None, sh=None, switch=False, wrap=False,
                 describe=True, disabled=False):
        cid = self.nid()
        hattr, hhtml = self._help(cid, help, describe)
        attrs = ' id="%s"%s%s%s%s' % (cid, ' role="switch"' if switch else "", " checked" if checked else "",
                                     " disabled" if disabled else "", hattr)
        if wrap:
            self.w('<div class="setting"><label><input type="checkbox"%s> <span>%s</span></label>%s</div>' % (attrs, e(name), hhtml))
        else:
            self.w('<div class="setting"><input type="checkbox"%s><div><label for="%s">%s</label>%s</div></div>' % (attrs, cid, e(name), hhtml))
        self._book(name, "switch-checkbox" if switch else "checkbox", self._share(ai, checked), sh)

    def switch(self, name, checked, **kw):
        self.checkbox(name, checked, switch=True, **kw)

    def radios(self, legend, options, sel, help=None, ai=None, sh=None, describe=True):
        cid = self.nid()
        hattr, hhtml = self._help(cid, help, describe)
        self.w('<fieldset class="setting-group"%s><legend>%s</legend>' % (hattr, e(legend)))
        if hhtml:
            self.w(hhtml)
        for i, o in enumerate(options):
            self.w('<div><input type="radio" name="%s" id="%s-%d" value="%d"%s> <label for="%s-%d">%s</label></div>'
                   % (cid, cid, i, i, " checked" if i == sel else "", cid, i, e(o)))
        self.w("</fieldset>")
        self._book(legend, "radio-fieldset", self._share(ai, sel), sh)

    def radiogroup(self, title, options, sel, help=None, ai=None, sh=None, describe=True):
        cid = self.nid()
        hattr, hhtml = self._help(cid, help, describe)
        self.w('<div class="setting-block"><p class="label" id="%s-l">%s</p>%s<div role="radiogroup" aria-labelledby="%s-l"%s>'
               % (cid, e(title), hhtml, cid, hattr))
        for i, o in enumerate(options):
            self.w('<div role="radio" aria-checked="%s" tabindex="%d">%s</div>' % ("true" if i == sel else "false", 0 if i == sel else -1, e(o)))
        self.w("</div></div>")
        self._book(title, "role-radiogroup", self._share(ai, sel), sh)

    def pressed(self, title, options, sel, help=None, ai=None, sh=None, describe=True):
        cid = self.nid()
        hattr, hhtml = self._help(cid, help, describe)
        self.w('<div class="setting-block seg"><span class="label" id="%s-l">%s</span><div role="group" aria-labelledby="%s-l"%s>'
               % (cid, e(title), cid, hattr))
        for i, o in enumerate(options):
            self.w('<button type="button" aria-pressed="%s">%s</button>' % ("true" if i == sel else "false", e(o)))
        self.w("</div>%s</div>" % hhtml)
        self._book(title, "aria-pressed", self._share(ai, sel), sh)

    def select(self, name, options, sel, help=None, ai=None, sh=None, describe=True):
        cid = self.nid()
        hattr, hhtml = self._help(cid, help, describe)
        opts = "".join('<option value="%d"%s>%s</option>' % (i, " selected" if i == sel else "", e(o)) for i, o in enumerate(options))
        self.w('<div class="setting"><div><label for="%s">%s</label>%s</div><select id="%s"%s>%s</select></div>'
               % (cid, e(name), hhtml, cid, hattr, opts))
        self._book(name, "select", self._share(ai, sel), sh)

    def bswitch(self, name, checked, via="label", help=None, ai=None, sh=None, describe=True):
        """button role=switch named by aria-label ('label'), aria-labelledby ('labelledby') or its text ('text')."""
        cid = self.nid()
        hattr, hhtml = self._help(cid, help, describe)
        st = "true" if checked else "false"
        if via == "text":
            self.w('<div class="setting"><button type="button" role="switch" id="%s" aria-checked="%s"%s>%s</button>%s</div>'
                   % (cid, st, hattr, e(name), hhtml))
        elif via == "label":
            self.w('<div class="row"><div><span class="row-title">%s</span>%s</div><button type="button" role="switch" id="%s" aria-checked="%s" aria-label="%s"%s><span class="knob"></span></button></div>'
                   % (e(name), hhtml, cid, st, e(name), hattr))
        else:
            self.w('<div class="row"><div><span class="row-title" id="%s-l">%s</span>%s</div><button type="button" role="switch" id="%s" aria-checked="%s" aria-labelledby="%s-l"%s><span class="knob"></span></button></div>'
                   % (cid, e(name), hhtml, cid, st, cid, hattr))
        self._book(name, "button-switch/" + via, self._share(ai, checked), sh)

    def state(self, title, status, action, suffix=None, help=None, ai=None, sh=None):
        """Status text plus an action button.  The button is named by its text plus a visually
        hidden suffix (suffix=...) or by aria-labelledby (button text + row title)."""
        cid = self.nid()
        hh = '<p class="help">%s</p>' % e(help) if help else ""
        if suffix:
            btn = '<button type="button" class="btn-secondary">%s<span class="sr-only"> %s</span></button>' % (e(action), e(suffix))
            name, how = action + " " + suffix, "suffix"
        else:
            btn = '<button type="button" class="btn-secondary" id="%s" aria-labelledby="%s %s-t">%s</button>' % (cid, cid, cid, e(action))
            name, how = action + " " + title, "labelledby"
        self.w('<div class="row state"><div><p class="row-title" id="%s-t">%s</p><p class="status">%s</p>%s</div>%s</div>'
               % (cid, e(title), e(status), hh, btn))
        self._book(name, "state-row/" + how, ai, sh)

    def table(self, caption, corner, cols, rows, spec):
        """rows: [(row header, [checked per column])]; spec: per column None or (mode, shape)
        with mode 'on' | 'inv'."""
        cid = self.nid()
        self.w('<table class="matrix">%s<thead><tr><td>%s</td>' % ("<caption>%s</caption>" % e(caption) if caption else "", e(corner)))
        for j, c in enumerate(cols):
            self.w('<th scope="col" id="%s-c%d">%s</th>' % (cid, j, e(c)))
        self.w("</tr></thead><tbody>")
        for i, (rh, cells) in enumerate(rows):
            self.w('<tr><th scope="row" id="%s-r%d">%s</th>' % (cid, i, e(rh)))
            for j, chk in enumerate(cells):
                self.w('<td><input type="checkbox" aria-labelledby="%s-r%d %s-c%d"%s></td>' % (cid, i, cid, j, " checked" if chk else ""))
                s = spec[j]
                self._book(rh + " " + cols[j], "table-cell", None if s is None else self._share(s[0], chk),
                           None if s is None else s[1])
            self.w("</tr>")
        self.w("</tbody></table>")

    def button(self, text, cls="btn", extra=""):
        self.w('<button type="button" class="%s"%s>%s</button>' % (cls, extra, e(text)))
        self._book(text, "button", None, None)

    def textfield(self, name, value, kind="text"):
        cid = self.nid()
        self.w('<div class="setting"><label for="%s">%s</label> <input type="%s" id="%s" value="%s"></div>' % (cid, e(name), kind, cid, e(value)))
        self._book(name, "textfield", None, None)

    def actions(self, *labels):
        self._close_section()
        self.w('<div class="actions">')
        for t in labels:
            self.button(t, "btn")
        self.w("</div>")

    # ----- output --------------------------------------------------------
    def render(self):
        self._close_section()
        assert not self.hide_ctx and self.tabs is None, self.slug
        ch = CHROME[self.lang]
        css = BASE_CSS + ".%s{display:none}\n" % self.hide_class
        langopts = "".join('<option value="%s"%s>%s</option>' % (c, " selected" if c == self.lang else "", n) for c, n in LANG_NAMES)
        nav = "".join('<li><a href="#"%s>%s</a></li>' % (' aria-current="page"' if i == self.active else "", e(t)) for i, t in enumerate(self.nav))
        menu = "".join('<li role="none"><a role="menuitem" href="#">%s</a></li>' % e(m) for m in ch["menu"])
        foot = "".join('<a href="#">%s</a>' % e(f) for f in self.footer[1:])
        lead = '<p class="lead">%s</p>' % e(self.lead) if self.lead else ""
        body = "\n".join(self.out)
        return f"""<!DOCTYPE html>
<!-- saved from url=({len(self.url):04d}){self.url} -->
<html lang="{self.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(self.title)}</title>
<style>
{css}</style>
</head>
<body>
<header class="topbar">
<a class="logo" href="#">{e(self.brand)}</a>
<form role="search" class="search" action="#"><input type="search" name="q" aria-label="{e(ch['search_label'])}" placeholder="{e(ch['search'])}"></form>
<select class="lang" aria-label="{e(ch['lang'])}">{langopts}</select>
<div class="account"><button type="button" aria-haspopup="menu" aria-expanded="false" aria-controls="account-menu">{e(self.account)}</button>
<ul id="account-menu" role="menu" hidden>{menu}</ul></div>
</header>
<div class="layout">
<nav class="side" aria-label="{e(self.nav_label or self.h1)}"><ul>{nav}</ul></nav>
<main id="main">
<h1>{e(self.h1)}</h1>
{lead}
{body}
</main>
</div>
<footer><p>{e(self.footer[0])}</p><p>{foot}</p></footer>
</body>
</html>
"""

    def expect(self):
        return {"url": self.url, "lang": self.lang, "notes": self.notes,
                "ai_training": [{"label": l["label"], "sharing": l["sharing"]} for l in self.labels]}

    def meta(self):
        return {"lang": self.lang, "page": self.slug, "url": self.url, "brand": self.brand,
                "known": self.known, "labels": self.labels, "hidden": self.hidden,
                "decoys": self.decoys, "units": self.units}
