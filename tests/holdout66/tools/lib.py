"""Page builder for the blind66 hold-out set.

Every widget call appends markup to the page and, when it is given ``ai=<shape>``,
records the control as an ai-training control: in ``expect`` when it is visible,
in ``hidden`` when it sits inside a hiding wrapper.  Sharing is derived from the
widget's state so that the label and the markup cannot drift apart:

* binary widgets (checkbox, switch, button switch, state row, table cell):
  sharing = on XOR inv, inv defaults to (shape == "i");
* choice widgets (radios, aria-pressed, select): ``share`` gives, per option,
  whether that option means the data is used for training; sharing = share[sel].
"""
import html
import re

E = html.escape
SHAPES = ("i", "v", "h", "p")
KINDS = ("checkbox", "switch", "radio-fieldset", "radiogroup", "pressed",
         "select", "button-switch", "state-row", "table-cell")
HIDE = ("hidden-attr", "inline-display-none", "css-class", "aria-hidden",
        "visibility-hidden", "closed-dialog", "inactive-tabpanel")

UI = {
    "en": dict(on="On", off="Off", search="Search", lang="Language", account="Account",
               langs=["English", "Deutsch", "Français", "Español", "Português", "Italiano", "Nederlands"]),
    "de": dict(on="An", off="Aus", search="Suchen", lang="Sprache", account="Konto",
               langs=["Deutsch", "English", "Français", "Español", "Italiano", "Nederlands"]),
    "fr": dict(on="Activé", off="Désactivé", search="Rechercher", lang="Langue", account="Mon compte",
               langs=["Français", "English", "Deutsch", "Español", "Italiano"]),
    "es": dict(on="Activado", off="Desactivado", search="Buscar", lang="Idioma", account="Mi cuenta",
               langs=["Español", "English", "Português", "Français", "Català"]),
    "pt": dict(on="Ativado", off="Desativado", search="Pesquisar", lang="Idioma", account="Minha conta",
               langs=["Português (Brasil)", "English", "Español"]),
    "it": dict(on="Attivo", off="Disattivo", search="Cerca", lang="Lingua", account="Il mio account",
               langs=["Italiano", "English", "Deutsch", "Français", "Español"]),
    "nl": dict(on="Aan", off="Uit", search="Zoeken", lang="Taal", account="Account",
               langs=["Nederlands", "English", "Deutsch", "Français"]),
}

BASE_CSS = """
body{margin:0;font:15px/1.45 system-ui,sans-serif;color:#1d1d24;background:%(bg)s}
.top{display:flex;gap:1rem;align-items:center;padding:.6rem 1.2rem;border-bottom:1px solid #ddd;background:#fff}
.brand{font-weight:700;color:%(accent)s;text-decoration:none}
.layout{display:flex;gap:2rem;max-width:1100px;margin:0 auto;padding:1.5rem}
.side{min-width:200px}.side ul{list-style:none;padding:0}.side a{display:block;padding:.3rem 0;color:#333}
main{flex:1}section{background:#fff;border-radius:10px;padding:1rem 1.2rem;margin:0 0 1rem}
.row{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;padding:.55rem 0;border-top:1px solid #f0f0f0}
.help{flex-basis:100%%;margin:0;color:#666;font-size:.87em}
.visually-hidden,.sr-only{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
[role=switch][aria-checked=true]{background:%(accent)s;color:#fff}
button{font:inherit;padding:.3rem .8rem;border-radius:6px;border:1px solid #bbb;background:#fafafa}
[aria-pressed=true]{background:%(accent)s;color:#fff}
table{border-collapse:collapse;width:100%%}th,td{padding:.4rem;border-bottom:1px solid #eee;text-align:left}
.state{display:flex;justify-content:space-between;align-items:center;gap:1rem;padding:.6rem 0;border-top:1px solid #f0f0f0}
footer{padding:1.5rem;text-align:center;color:#777;font-size:.85em}
.%(hidecls)s{display:none}
"""


class Page:
    def __init__(self, lang, slug, url, service, title, nav, *, known=False, theme="",
                 notes="", accent="#4a5bd4", bg="#f5f5f8", hidecls="is-hidden",
                 account=None, menu=(), footer=(), search_ph=None, h1=None, lede=None):
        self.lang, self.slug, self.url, self.service = lang, slug, url, service
        self.title, self.nav, self.known, self.theme, self.notes = title, nav, known, theme, notes
        self.accent, self.bg, self.hidecls = accent, bg, hidecls
        ui = UI[lang]
        self.account = account or ui["account"]
        self.menu, self.footer = menu, footer
        self.search_ph = search_ph or ui["search"]
        self.h1, self.lede = h1 or title, lede
        self.out = []
        self.n = 0
        self.hide_stack = []       # active hiding methods
        self.in_section = False
        self.expect, self.hidden, self.decoys = [], [], []
        self.units = 0             # visible control units in <main>
        self.details_depth = 0     # >0 while inside a closed <details>

    # ---------------------------------------------------------------- basics
    def id(self, p="c"):
        self.n += 1
        return f"{p}{self.n}"

    def raw(self, s):
        self.out.append(s)

    def p(self, text, cls=None):
        self.out.append(f'<p{" class=%s" % chr(34) + cls + chr(34) if cls else ""}>{E(text)}</p>')

    def section(self, heading, intro=None, level=2):
        self.end_section()
        hid = self.id("h")
        self.out.append(f'<section aria-labelledby="{hid}"><h{level} id="{hid}">{E(heading)}</h{level}>')
        if intro:
            self.out.append(f"<p>{E(intro)}</p>")
        self.in_section = True

    def end_section(self):
        if self.in_section:
            self.out.append("</section>")
            self.in_section = False

    def sub(self, heading, intro=None):
        self.out.append(f"<h3>{E(heading)}</h3>")
        if intro:
            self.out.append(f"<p>{E(intro)}</p>")

    # ---------------------------------------------------------------- hiding
    def begin_hidden(self, method, opener=None):
        assert method in HIDE
        tag = "div"
        if method == "hidden-attr":
            a = " hidden"
        elif method == "inline-display-none":
            a = ' style="display: none"'
        elif method == "css-class":
            a = f' class="panel {self.hidecls}"'
        elif method == "aria-hidden":
            a = ' aria-hidden="true" class="legacy-block"'
        elif method == "visibility-hidden":
            a = ' style="visibility:hidden;height:0;overflow:hidden"'
        elif method == "closed-dialog":
            did = self.id("dlg")
            self.ctl_button(opener or "…", aria=f'aria-haspopup="dialog" aria-controls="{did}"')
            tag, a = "dialog", f' id="{did}" aria-label="{E(opener or "")}"'
        else:
            raise ValueError("use begin_tabs for tab panels")
        self.out.append(f"<{tag}{a}>")
        self.hide_stack.append((method, tag))

    def end_hidden(self):
        method, tag = self.hide_stack.pop()
        self.out.append(f"</{tag}>")

    def begin_tabs(self, labels):
        self.tab_ids = [self.id("tab") for _ in labels]
        self.panel_ids = [self.id("tp") for _ in labels]
        self.out.append('<div class="tabs"><div role="tablist">')
        for i, lab in enumerate(labels):
            sel = "true" if i == 0 else "false"
            self.out.append(f'<button type="button" role="tab" id="{self.tab_ids[i]}" aria-selected="{sel}" '
                            f'aria-controls="{self.panel_ids[i]}"{"" if i == 0 else " tabindex=" + chr(34) + "-1" + chr(34)}>{E(lab)}</button>')
        self.out.append("</div>")
        self.out.append(f'<div role="tabpanel" id="{self.panel_ids[0]}" aria-labelledby="{self.tab_ids[0]}">')
        self.tab_i = 0

    def next_panel(self):
        self.end_section()
        self.out.append("</div>")
        if self.tab_i > 0:
            self.hide_stack.pop()
        self.tab_i += 1
        i = self.tab_i
        self.out.append(f'<div role="tabpanel" id="{self.panel_ids[i]}" aria-labelledby="{self.tab_ids[i]}" hidden>')
        self.hide_stack.append(("inactive-tabpanel", "div"))

    def end_tabs(self):
        self.end_section()
        self.out.append("</div></div>")
        if self.tab_i > 0:
            self.hide_stack.pop()

    def begin_details(self, summary):
        self.out.append(f"<details><summary>{E(summary)}</summary>")
        self.details_depth += 1

    def end_details(self):
        self.out.append("</details>")
        self.details_depth -= 1

    # ---------------------------------------------------------------- bookkeeping
    def _reg(self, kind, label, ai, sharing, state):
        hidden = bool(self.hide_stack)
        if not hidden:
            self.units += 1
        if ai is None:
            self.decoys.append(dict(kind=kind, label=label, hidden=hidden))
            return
        assert ai in SHAPES, ai
        rec = dict(label=re.sub(r"\s+", " ", label).strip(), sharing=sharing, shape=ai, kind=kind, state=state)
        if self.details_depth:
            rec["collapsed"] = True
        if hidden:
            rec["method"] = self.hide_stack[-1][0]
            self.hidden.append(rec)
        else:
            self.expect.append(rec)

    def _help(self, cid, help, desc):
        """returns (attr, html) for the help text."""
        if not help:
            return "", ""
        if desc:
            return f' aria-describedby="{cid}-d"', f'<p class="help" id="{cid}-d">{E(help)}</p>'
        return "", f'<p class="help">{E(help)}</p>'

    @staticmethod
    def _bin(on, ai, inv):
        if ai is None:
            return None
        if inv is None:
            inv = ai == "i"
        return bool(on) != bool(inv)

    # ---------------------------------------------------------------- widgets
    def check(self, name, on, help=None, ai=None, inv=None, desc=True, wrap=False):
        cid = self.id()
        da, dh = self._help(cid, help, desc)
        chk = " checked" if on else ""
        if wrap:
            self.out.append(f'<div class="row"><label><input type="checkbox" name="{cid}"{chk}{da}> {E(name)}</label>{dh}</div>')
        else:
            self.out.append(f'<div class="row"><input type="checkbox" id="{cid}"{chk}{da}><label for="{cid}">{E(name)}</label>{dh}</div>')
        self._reg("checkbox", name, ai, self._bin(on, ai, inv), "on" if on else "off")

    def switch(self, name, on, help=None, ai=None, inv=None, desc=True):
        cid = self.id()
        da, dh = self._help(cid, help, desc)
        chk = " checked" if on else ""
        self.out.append(f'<div class="row"><label for="{cid}">{E(name)}</label><input type="checkbox" role="switch" id="{cid}"{chk}{da}>{dh}</div>')
        self._reg("switch", name, ai, self._bin(on, ai, inv), "on" if on else "off")

    def bswitch(self, name, on, help=None, ai=None, inv=None, desc=True, naming="label", vis=None):
        """button role=switch; naming: label (aria-label), labelledby, text."""
        cid = self.id()
        da, dh = self._help(cid, help, desc)
        st = "true" if on else "false"
        vis = vis or (UI[self.lang]["on"] if on else UI[self.lang]["off"])
        if naming == "label":
            self.out.append(f'<div class="row"><span aria-hidden="true">{E(name)}</span><button type="button" role="switch" aria-checked="{st}" aria-label="{E(name)}" id="{cid}"{da}>{E(vis)}</button>{dh}</div>')
        elif naming == "labelledby":
            self.out.append(f'<div class="row"><span id="{cid}-l">{E(name)}</span><button type="button" role="switch" aria-checked="{st}" aria-labelledby="{cid}-l" id="{cid}"{da}><span class="knob"></span></button>{dh}</div>')
        else:
            self.out.append(f'<div class="row"><button type="button" role="switch" aria-checked="{st}" id="{cid}"{da}>{E(name)}</button>{dh}</div>')
        self._reg("button-switch", name, ai, self._bin(on, ai, inv), "on" if on else "off")

    def radios(self, name, options, sel, share=None, help=None, ai=None, desc=True, style="fieldset"):
        cid = self.id()
        da, dh = self._help(cid, help, desc)
        if style == "fieldset":
            self.out.append(f'<fieldset class="row" id="{cid}"{da}><legend>{E(name)}</legend>')
            for i, o in enumerate(options):
                c = " checked" if i == sel else ""
                self.out.append(f'<label><input type="radio" name="{cid}-r" value="{i}"{c}> {E(o)}</label>')
            self.out.append(f"{dh}</fieldset>")
            kind = "radio-fieldset"
        else:
            self.out.append(f'<div class="row"><span id="{cid}-l">{E(name)}</span><div role="radiogroup" aria-labelledby="{cid}-l" id="{cid}"{da}>')
            for i, o in enumerate(options):
                c = "true" if i == sel else "false"
                t = "0" if i == sel else "-1"
                self.out.append(f'<div role="radio" aria-checked="{c}" tabindex="{t}">{E(o)}</div>')
            self.out.append(f"</div>{dh}</div>")
            kind = "radiogroup"
        sh = None if ai is None else bool(share[sel])
        self._reg(kind, name, ai, sh, options[sel])

    def pressed(self, name, options, sel, share=None, help=None, ai=None, desc=True):
        cid = self.id()
        da, dh = self._help(cid, help, desc)
        self.out.append(f'<div class="row"><span id="{cid}-l">{E(name)}</span><div role="group" class="segmented" aria-labelledby="{cid}-l"{da}>')
        for i, o in enumerate(options):
            self.out.append(f'<button type="button" aria-pressed="{"true" if i == sel else "false"}">{E(o)}</button>')
        self.out.append(f"</div>{dh}</div>")
        sh = None if ai is None else bool(share[sel])
        self._reg("pressed", name, ai, sh, options[sel])

    def select(self, name, options, sel, share=None, help=None, ai=None, desc=True):
        cid = self.id()
        da, dh = self._help(cid, help, desc)
        self.out.append(f'<div class="row"><label for="{cid}">{E(name)}</label><select id="{cid}"{da}>')
        for i, o in enumerate(options):
            self.out.append(f'<option value="{i}"{" selected" if i == sel else ""}>{E(o)}</option>')
        self.out.append(f"</select>{dh}</div>")
        sh = None if ai is None else bool(share[sel])
        self._reg("select", name, ai, sh, options[sel])

    def state(self, title, status, action, on, ai=None, inv=None, naming="vh", suffix=None, help=None):
        """status row: a title, a status text, an action button.
        naming=vh: button text + visually hidden suffix (default: the title);
        naming=labelledby: aria-labelledby = button itself + title."""
        cid = self.id()
        hh = f'<p class="help">{E(help)}</p>' if help else ""
        if naming == "vh":
            suf = suffix if suffix is not None else title
            btn = f'<button type="button" id="{cid}-b">{E(action)}<span class="visually-hidden"> {E(suf)}</span></button>'
            name = f"{action} {suf}"
        else:
            btn = f'<button type="button" id="{cid}-b" aria-labelledby="{cid}-b {cid}-t">{E(action)}</button>'
            name = f"{action} {title}"
        self.out.append(f'<div class="state"><div><strong id="{cid}-t">{E(title)}</strong><p class="status">{E(status)}</p>{hh}</div>{btn}</div>')
        self._reg("state-row", name, ai, self._bin(on, ai, inv), "on" if on else "off")

    def ctl_button(self, text, aria=""):
        cid = self.id()
        self.out.append(f'<div class="row"><button type="button" id="{cid}" {aria}>{E(text)}</button></div>'.replace(" >", ">"))
        self._reg("button", text, None, None, None)

    def text(self, name, value="", help=None, type="text"):
        cid = self.id()
        da, dh = self._help(cid, help, True)
        self.out.append(f'<div class="row"><label for="{cid}">{E(name)}</label><input type="{type}" id="{cid}" value="{E(value)}"{da}>{dh}</div>')
        self._reg("text", name, None, None, None)

    def table(self, caption, cols, rows, on, ai=None, inv=None, naming="labelledby", corner=""):
        """rows: list of row headers; cols: column headers; on[r][c] state;
        ai: dict {(r, c): shape} for the ai-training cells."""
        ai = ai or {}
        tid = self.id("t")
        self.out.append(f"<table><caption>{E(caption)}</caption><thead><tr><td>{E(corner)}</td>")
        cids = []
        for j, c in enumerate(cols):
            cids.append(f"{tid}c{j}")
            self.out.append(f'<th scope="col" id="{tid}c{j}">{E(c)}</th>')
        self.out.append("</tr></thead><tbody>")
        for i, r in enumerate(rows):
            rid = f"{tid}r{i}"
            self.out.append(f'<tr><th scope="row" id="{rid}">{E(r)}</th>')
            for j, c in enumerate(cols):
                chk = " checked" if on[i][j] else ""
                lb = f' aria-labelledby="{rid} {cids[j]}"' if naming == "labelledby" else ""
                self.out.append(f'<td><input type="checkbox"{lb}{chk}></td>')
                shape = ai.get((i, j))
                self._reg("table-cell", f"{r} {c}", shape, self._bin(on[i][j], shape, inv), "on" if on[i][j] else "off")
            self.out.append("</tr>")
        self.out.append("</tbody></table>")

    # ---------------------------------------------------------------- output
    def html(self):
        self.end_section()
        assert not self.hide_stack, (self.slug, self.hide_stack)
        ui = UI[self.lang]
        url = self.url
        css = BASE_CSS % dict(bg=self.bg, accent=self.accent, hidecls=self.hidecls)
        langopts = "".join(f'<option{" selected" if i == 0 else ""}>{E(l)}</option>' for i, l in enumerate(ui["langs"]))
        menu = "".join(f'<li role="none"><a role="menuitem" href="{E(h)}">{E(t)}</a></li>' for t, h in self.menu)
        nav = "".join(
            f'<li><a href="{E(h)}"{" aria-current=" + chr(34) + "page" + chr(34) if cur else ""}>{E(t)}</a></li>'
            for t, h, cur in self.nav)
        foot = " · ".join(f'<a href="{E(h)}">{E(t)}</a>' for t, h in self.footer)
        lede = f"<p>{E(self.lede)}</p>" if self.lede else ""
        body = "\n".join(self.out)
        return f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="{self.lang if self.lang != 'pt' else 'pt-BR'}"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(self.title)} · {E(self.service)}</title>
<style>{css}</style>
</head>
<body>
<header class="top">
<a class="brand" href="/">{E(self.service)}</a>
<form role="search" class="search" action="/search"><label for="site-q" class="visually-hidden">{E(ui['search'])}</label><input type="search" id="site-q" name="q" placeholder="{E(self.search_ph)}"></form>
<label for="ui-lang" class="visually-hidden">{E(ui['lang'])}</label><select id="ui-lang" name="locale">{langopts}</select>
<button type="button" id="acct-btn" aria-haspopup="menu" aria-expanded="false" aria-controls="acct-menu">{E(self.account)}</button>
<ul id="acct-menu" role="menu" hidden>{menu}</ul>
</header>
<div class="layout">
<nav class="side" aria-label="{E(self.title)}"><ul>{nav}</ul></nav>
<main id="main">
<h1>{E(self.h1)}</h1>
{lede}
{body}
</main>
</div>
<footer><p>{foot}</p></footer>
</body></html>
"""

    def expect_json(self):
        notes = self.notes
        col = [e["label"] for e in self.expect if e.get("collapsed")]
        if col:
            notes += " Collapsed in a closed <details> (visible, labelled): " + "; ".join(repr(c) for c in col) + "."
        return {"url": self.url, "lang": self.lang, "notes": notes,
                "ai_training": [{"label": e["label"], "sharing": e["sharing"]} for e in self.expect]}

    def meta(self):
        return {"slug": self.slug, "lang": self.lang, "url": self.url, "service": self.service,
                "known": self.known, "theme": self.theme, "units": self.units,
                "expect": self.expect, "hidden": self.hidden,
                "decoys": sum(1 for d in self.decoys if not d["hidden"])}
