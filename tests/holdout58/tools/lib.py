"""Page builder for the blind58 set.

A Page collects the <main> markup of one saved settings page while keeping the books:
visible control units, labelled controls (label, sharing, shape, widget kind) and the
hidden AI-training decoys (element id, hiding mechanism).

A control given ``lab=(shape, sharing)`` is an AI-training control.  If it is emitted
while a hiding container is open (hidden attribute, display:none, a closed dialog, an
inactive tab panel ...) it is booked as a hidden decoy instead of a label.
"""
import html
import re

HIDDEN_CLASSES = {
    # class name -> css declaration that hides it
    "is-hidden": "display:none",
    "u-hide": "display: none !important",
    "d-none": "display:none!important",
    "js-collapsed": "display: none",
    "pane--off": "display:none",
}

MECHS = {
    "hidden-attr": "hidden attribute",
    "inline-display-none": "inline style display:none",
    "class-display-none": "CSS class with display:none",
    "aria-hidden": "aria-hidden=\"true\"",
    "visibility-hidden": "visibility:hidden",
    "closed-dialog": "closed <dialog>",
    "inactive-tab": "inactive tab panel (hidden)",
}


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def raw(s):
    """Raw HTML fragment written by hand; only protect stray ampersands."""
    return re.sub(r"&(?![a-zA-Z]+;|#\d+;)", "&amp;", s)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


UI = {
    "en": dict(search="Search", lang="Language", menu=["Profile", "Vehicles", "Payment methods", "Help"], out="Sign out", nav="Settings", foot=["Privacy Notice", "Terms of Use", "Cookie Preferences", "Contact"]),
    "de": dict(search="Suchen", lang="Sprache", menu=["Profil", "Fahrzeuge", "Zahlungsarten", "Hilfe"], out="Abmelden", nav="Einstellungen", foot=["Datenschutz", "Impressum", "AGB", "Cookie-Einstellungen"]),
    "fr": dict(search="Rechercher", lang="Langue", menu=["Mon profil", "Mes véhicules", "Moyens de paiement", "Aide"], out="Se déconnecter", nav="Paramètres", foot=["Mentions légales", "Politique de confidentialité", "Gestion des cookies", "Nous contacter"]),
    "es": dict(search="Buscar", lang="Idioma", menu=["Mi perfil", "Mis vehículos", "Métodos de pago", "Ayuda"], out="Cerrar sesión", nav="Ajustes", foot=["Aviso legal", "Política de privacidad", "Política de cookies", "Contacto"]),
    "pt": dict(search="Buscar", lang="Idioma", menu=["Meu perfil", "Meus veículos", "Formas de pagamento", "Ajuda"], out="Sair", nav="Configurações", foot=["Política de Privacidade", "Termos de Uso", "Preferências de cookies", "Fale conosco"]),
    "it": dict(search="Cerca", lang="Lingua", menu=["Profilo", "I miei veicoli", "Metodi di pagamento", "Assistenza"], out="Esci", nav="Impostazioni", foot=["Note legali", "Informativa privacy", "Preferenze cookie", "Contatti"]),
    "nl": dict(search="Zoeken", lang="Taal", menu=["Profiel", "Mijn voertuigen", "Betaalmethoden", "Klantenservice"], out="Uitloggen", nav="Instellingen", foot=["Privacyverklaring", "Algemene voorwaarden", "Cookie-instellingen", "Contact"]),
}

LANG_OPTIONS = {
    "en": ["English", "Español", "Français"],
    "de": ["Deutsch", "English", "Türkçe"],
    "fr": ["Français", "English", "Nederlands"],
    "es": ["Español", "Català", "English"],
    "pt": ["Português (Brasil)", "English", "Español"],
    "it": ["Italiano", "English", "Deutsch"],
    "nl": ["Nederlands", "English", "Français"],
}

BASE_CSS = """
body{font-family:system-ui,sans-serif;margin:0;color:#1d1f23}
.site-header{display:flex;gap:1rem;align-items:center;padding:.75rem 1.5rem;border-bottom:1px solid #ddd}
.layout{display:flex;gap:2rem;padding:1.5rem}
.side-nav{min-width:14rem}
main{flex:1;max-width:52rem}
.visually-hidden,.sr-only{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.card{border:1px solid #e3e3e3;border-radius:8px;padding:1rem 1.25rem;margin:1rem 0}
.help{color:#5f6368;font-size:.875rem;margin:.25rem 0 .75rem}
.setting{display:flex;justify-content:space-between;gap:1rem;padding:.75rem 0;border-top:1px solid #eee}
.switch{width:2.5rem;height:1.4rem;border-radius:1rem}
.switch[aria-checked=true]{background:#1a73e8}
.segmented button[aria-pressed=true]{background:#222;color:#fff}
.state-row{display:grid;grid-template-columns:1fr auto auto;gap:1rem;align-items:center;padding:.75rem 0}
.badge{padding:.1rem .5rem;border-radius:1rem;background:#eee;font-size:.8rem}
table{border-collapse:collapse;width:100%}th,td{padding:.4rem;border-bottom:1px solid #eee;text-align:left}
footer{padding:2rem 1.5rem;border-top:1px solid #ddd;font-size:.85rem}
"""


class Page:
    def __init__(self, lang, slug, service, url, title, brand, nav, active=None,
                 known=False, notes="", account="", lang_idx=0, extra_css="",
                 search_ph=None, foot=None, h1=None, lead=None):
        self.lang, self.slug, self.service, self.url = lang, slug, service, url
        self.title, self.brand, self.nav, self.active = title, brand, nav, active
        self.known, self.notes = known, notes
        self.account = account or UI[lang]["menu"][0]
        self.search_ph = search_ph
        self.foot = foot or UI[lang]["foot"]
        self.extra_css = extra_css
        self.parts = []
        self.stack = []
        self.hidden_stack = []   # mechanisms of open hiding containers
        self.details_depth = 0
        self.units = 0
        self.labels = []
        self.hidden = []
        self.n = 0
        self.used_classes = set()
        if h1:
            self.add(f"<h1>{esc(h1)}</h1>")
        if lead:
            self.add(f'<p class="lead">{raw(lead)}</p>')

    # ---- bookkeeping -------------------------------------------------------
    def uid(self, base):
        self.n += 1
        return f"{base}-{self.n}"

    def add(self, s):
        self.parts.append(s)

    @property
    def hidden_now(self):
        return bool(self.hidden_stack)

    def count(self, n=1):
        if not self.hidden_now:
            self.units += n

    def book(self, lab, name, kind, cid):
        if lab is None:
            return
        shape, sharing = lab
        assert shape in "ivhp" and isinstance(sharing, bool), lab
        if self.hidden_now:
            self.hidden.append({"id": cid, "mechanism": self.hidden_stack[-1], "name": norm(name)})
        else:
            self.labels.append({"label": norm(name), "sharing": sharing, "shape": shape,
                                "kind": kind, "in_details": self.details_depth > 0})

    # ---- containers --------------------------------------------------------
    def _open(self, tag, html_open, kind=None):
        self.add(html_open)
        self.stack.append((tag, kind))

    def end(self, n=1):
        for _ in range(n):
            tag, kind = self.stack.pop()
            self.add(f"</{tag}>")
            if kind == "hide":
                self.hidden_stack.pop()
            elif kind == "details":
                self.details_depth -= 1

    def section(self, heading, intro=None, lvl=2, cls=None, sid=None):
        hid = sid or self.uid("sec")
        c = f' class="{cls}"' if cls else ""
        self._open("section", f'<section{c} aria-labelledby="{hid}-h"><h{lvl} id="{hid}-h">{esc(heading)}</h{lvl}>')
        if intro:
            self.add(f"<p>{raw(intro)}</p>")

    def card(self, heading=None, intro=None, lvl=3, cls="card"):
        self._open("div", f'<div class="{cls}">')
        if heading:
            self.add(f"<h{lvl}>{esc(heading)}</h{lvl}>")
        if intro:
            self.add(f'<p class="help">{raw(intro)}</p>')

    def div(self, cls):
        self._open("div", f'<div class="{cls}">')

    def heading(self, text, lvl=3, hid=None):
        i = f' id="{hid}"' if hid else ""
        self.add(f"<h{lvl}{i}>{esc(text)}</h{lvl}>")

    def para(self, text, cls=None):
        c = f' class="{cls}"' if cls else ""
        self.add(f"<p{c}>{raw(text)}</p>")

    def details(self, summary, open_=False):
        self._open("details", f"<details{' open' if open_ else ''}><summary>{esc(summary)}</summary>", "details")
        self.details_depth += 1

    def hide(self, mech, cls="setting-group", dcls=None):
        """Open a container that hides its content from the person."""
        if mech == "hidden-attr":
            o = f'<div class="{cls}" hidden>'
        elif mech == "inline-display-none":
            o = f'<div class="{cls}" style="display:none">'
        elif mech == "class-display-none":
            dcls = dcls or "is-hidden"
            self.used_classes.add(dcls)
            o = f'<div class="{cls} {dcls}">'
        elif mech == "aria-hidden":
            o = f'<div class="{cls}" aria-hidden="true">'
        elif mech == "visibility-hidden":
            o = f'<div class="{cls}" style="visibility: hidden; height: 0; overflow: hidden">'
        else:
            raise ValueError(mech)
        self._open("div", o, "hide")
        self.hidden_stack.append(mech)

    def dialog(self, opener, title, did=None, intro=None):
        did = did or self.uid("dlg")
        self.add(f'<button type="button" class="link-button" aria-haspopup="dialog" aria-controls="{did}">{esc(opener)}</button>')
        self.count()
        self._open("dialog", f'<dialog id="{did}" aria-labelledby="{did}-t"><h2 id="{did}-t">{esc(title)}</h2>', "hide")
        if intro:
            self.add(f"<p>{raw(intro)}</p>")
        self.hidden_stack.append("closed-dialog")

    def dialog_buttons(self, *texts):
        self.add('<div class="dialog-actions">' + "".join(
            f'<button type="button">{esc(t)}</button>' for t in texts) + "</div>")
        self.count(len(texts))

    def tabs(self, names, active=0, label=None):
        tid = self.uid("tab")
        self._tabs = (tid, names, active)
        al = f' aria-label="{attr(label)}"' if label else ""
        out = [f'<div role="tablist"{al}>']
        for i, n in enumerate(names):
            sel = "true" if i == active else "false"
            ti = "0" if i == active else "-1"
            out.append(f'<button type="button" role="tab" id="{tid}-b{i}" aria-selected="{sel}" aria-controls="{tid}-p{i}" tabindex="{ti}">{esc(n)}</button>')
        out.append("</div>")
        self.add("".join(out))
        self.count(len(names))

    def tabpanel(self, i):
        tid, names, active = self._tabs
        if i == active:
            self._open("div", f'<div role="tabpanel" id="{tid}-p{i}" aria-labelledby="{tid}-b{i}">')
        else:
            self._open("div", f'<div role="tabpanel" id="{tid}-p{i}" aria-labelledby="{tid}-b{i}" hidden>', "hide")
            self.hidden_stack.append("inactive-tab")

    # ---- widgets -----------------------------------------------------------
    def _help(self, cid, help, tie):
        """returns (describedby attribute, html after control)"""
        if not help:
            return "", ""
        if tie == "describedby":
            return f' aria-describedby="{cid}-help"', f'<p class="help" id="{cid}-help">{raw(help)}</p>'
        return "", f'<p class="help">{raw(help)}</p>'

    def checkbox(self, text, checked, help=None, lab=None, tie="describedby", variant="for",
                 cid=None, switch=False, disabled=False):
        cid = cid or self.uid("opt")
        db, hp = self._help(cid, help, tie)
        ch = " checked" if checked else ""
        ro = ' role="switch"' if switch else ""
        dis = " disabled" if disabled else ""
        inp = f'<input type="checkbox" id="{cid}" name="{cid}"{ro}{ch}{db}{dis}>'
        if variant == "for":
            h = f'<div class="field">{inp} <label for="{cid}">{esc(text)}</label>{hp}</div>'
        elif variant == "row":
            h = f'<div class="setting"><div class="setting__text"><label for="{cid}">{esc(text)}</label>{hp}</div>{inp}</div>'
        elif variant == "wrap":
            h = f'<div class="field"><label class="check">{inp} <span>{esc(text)}</span></label>{hp}</div>'
        else:
            raise ValueError(variant)
        self.add(h)
        self.count()
        self.book(lab, text, "switch-native" if switch else "checkbox", cid)
        return cid

    def switch(self, text, on, help=None, lab=None, mode="labelledby", tie="describedby",
               aria_label=None, cid=None, title_tag="span"):
        """role=switch button. mode: labelledby | arialabel | text"""
        cid = cid or self.uid("sw")
        db, hp = self._help(cid, help, tie)
        st = "true" if on else "false"
        if mode == "text":
            h = f'<div class="setting"><button type="button" role="switch" class="switch-text" id="{cid}" aria-checked="{st}"{db}>{esc(text)}</button>{hp}</div>'
            name = text
        elif mode == "labelledby":
            h = (f'<div class="setting"><div class="setting__text"><{title_tag} id="{cid}-lbl" class="setting__title">{esc(text)}</{title_tag}>{hp}</div>'
                 f'<button type="button" role="switch" class="switch" id="{cid}" aria-checked="{st}" aria-labelledby="{cid}-lbl"{db}><span class="switch__thumb" aria-hidden="true"></span></button></div>')
            name = text
        elif mode == "arialabel":
            name = aria_label or text
            h = (f'<div class="setting"><div class="setting__text"><span class="setting__title">{esc(text)}</span>{hp}</div>'
                 f'<button type="button" role="switch" class="switch" id="{cid}" aria-checked="{st}" aria-label="{attr(name)}"{db}></button></div>')
        else:
            raise ValueError(mode)
        self.add(h)
        self.count()
        self.book(lab, name, f"switch-{mode}", cid)
        return cid

    def state_row(self, title, status, action, suffix=None, desc=None, lab=None,
                  mode="suffix", lb_both=False, cid=None, tie="nearby"):
        """A status text plus an action button.
        mode=suffix: button text + visually hidden suffix;
        mode=labelledby: button aria-labelledby -> title (or button+title if lb_both)."""
        cid = cid or self.uid("st")
        d = ""
        db = ""
        if desc:
            if tie == "describedby":
                d = f'<p class="help" id="{cid}-d">{raw(desc)}</p>'
                db = f' aria-describedby="{cid}-d"'
            else:
                d = f'<p class="help">{raw(desc)}</p>'
        if mode == "suffix":
            sfx = suffix if suffix is not None else " " + title
            btn = f'<button type="button" id="{cid}"{db}>{esc(action)}<span class="visually-hidden">{esc(sfx)}</span></button>'
            name = action + sfx
            ttl = f'<h4 class="state-row__title">{esc(title)}</h4>'
        else:
            ref = f"{cid} {cid}-t" if lb_both else f"{cid}-t"
            btn = f'<button type="button" id="{cid}" aria-labelledby="{ref}"{db}>{esc(action)}</button>'
            name = (action + " " + title) if lb_both else title
            ttl = f'<h4 class="state-row__title" id="{cid}-t">{esc(title)}</h4>'
        h = (f'<div class="state-row"><div>{ttl}{d}</div>'
             f'<span class="status"><span class="badge">{esc(status)}</span></span>{btn}</div>')
        self.add(h)
        self.count()
        self.book(lab, name, f"state-{mode}", cid)
        return cid

    def select(self, text, options, selected, help=None, lab=None, tie="describedby", cid=None):
        cid = cid or self.uid("sel")
        db, hp = self._help(cid, help, tie)
        ops = "".join(
            f'<option value="{i}"{" selected" if i == selected else ""}>{esc(o)}</option>'
            for i, o in enumerate(options))
        h = f'<div class="field"><label for="{cid}">{esc(text)}</label> <select id="{cid}" name="{cid}"{db}>{ops}</select>{hp}</div>'
        self.add(h)
        self.count()
        self.book(lab, text, "select", cid)
        return cid

    def radios(self, legend, options, selected, help=None, lab=None, mode="fieldset", cid=None,
               hlvl=3):
        cid = cid or self.uid("rg")
        items = []
        for i, o in enumerate(options):
            rid = f"{cid}-{i}"
            ch = " checked" if i == selected else ""
            if isinstance(o, tuple):
                o, sub = o
                s = f'<span class="help">{raw(sub)}</span>'
            else:
                s = ""
            items.append(f'<div class="radio"><input type="radio" id="{rid}" name="{cid}" value="{i}"{ch}> <label for="{rid}">{esc(o)}</label>{s}</div>')
        hp = f'<p class="help">{raw(help)}</p>' if help else ""
        if mode == "fieldset":
            h = f'<fieldset id="{cid}"><legend>{esc(legend)}</legend>{hp}{"".join(items)}</fieldset>'
        else:
            h = (f'<h{hlvl} id="{cid}-lbl">{esc(legend)}</h{hlvl}>{hp}'
                 f'<div role="radiogroup" id="{cid}" aria-labelledby="{cid}-lbl">{"".join(items)}</div>')
        self.add(h)
        self.count()
        self.book(lab, legend, "radio-" + ("fieldset" if mode == "fieldset" else "radiogroup"), cid)
        return cid

    def segmented(self, text, options, selected, help=None, lab=None, tie="nearby", cid=None):
        cid = cid or self.uid("seg")
        db, hp = self._help(cid, help, tie)
        bs = "".join(
            f'<button type="button" aria-pressed="{"true" if i == selected else "false"}">{esc(o)}</button>'
            for i, o in enumerate(options))
        h = (f'<div class="setting"><div class="setting__text"><span id="{cid}-lbl">{esc(text)}</span>{hp}</div>'
             f'<div class="segmented" role="group" id="{cid}" aria-labelledby="{cid}-lbl"{db}>{bs}</div></div>')
        self.add(h)
        self.count()
        self.book(lab, text, "segmented", cid)
        return cid

    def table(self, caption, corner, cols, rows, intro=None):
        """rows: [(row header, [cell, ...])], cell = (checked, lab or None) or None (empty)"""
        tid = self.uid("tbl")
        out = []
        if intro:
            out.append(f'<p class="help">{raw(intro)}</p>')
        out.append(f'<table id="{tid}"><caption>{esc(caption)}</caption><thead><tr><th scope="col">{esc(corner)}</th>')
        for j, c in enumerate(cols):
            out.append(f'<th scope="col" id="{tid}-c{j}">{esc(c)}</th>')
        out.append("</tr></thead><tbody>")
        self.add("".join(out))
        for i, (rh, cells) in enumerate(rows):
            r = [f'<tr><th scope="row" id="{tid}-r{i}">{esc(rh)}</th>']
            for j, cell in enumerate(cells):
                if cell is None:
                    r.append("<td>—</td>")
                    continue
                checked, lab = cell
                cid = f"{tid}-{i}-{j}"
                r.append(f'<td><input type="checkbox" id="{cid}" aria-labelledby="{tid}-r{i} {tid}-c{j}"{" checked" if checked else ""}></td>')
                self.count()
                self.book(lab, rh + " " + cols[j], "table-cell", cid)
            r.append("</tr>")
            self.add("".join(r))
        self.add("</tbody></table>")

    def button(self, text, cls=None, describedby=None, typ="button"):
        c = f' class="{cls}"' if cls else ""
        self.add(f'<button type="{typ}"{c}>{esc(text)}</button>')
        self.count()

    def buttons(self, *texts):
        self.add('<div class="actions">' + " ".join(f'<button type="button">{esc(t)}</button>' for t in texts) + "</div>")
        self.count(len(texts))

    def textfield(self, text, value="", typ="text", help=None, cid=None):
        cid = cid or self.uid("txt")
        db, hp = self._help(cid, help, "describedby")
        self.add(f'<div class="field"><label for="{cid}">{esc(text)}</label> <input type="{typ}" id="{cid}" name="{cid}" value="{attr(value)}"{db}>{hp}</div>')
        self.count()

    def link(self, text, href="#"):
        self.add(f'<p><a href="{attr(href)}">{esc(text)}</a></p>')

    # ---- output ------------------------------------------------------------
    def render(self):
        assert not self.stack, self.stack
        ui = UI[self.lang]
        css = BASE_CSS + "".join(f".{c}{{{HIDDEN_CLASSES[c]}}}\n" for c in sorted(self.used_classes)) + self.extra_css
        langs = "".join(f'<option{" selected" if i == 0 else ""}>{esc(o)}</option>' for i, o in enumerate(LANG_OPTIONS[self.lang]))
        menu = "".join(f'<li role="none"><a role="menuitem" href="#">{esc(m)}</a></li>' for m in ui["menu"])
        menu += f'<li role="none"><button type="button" role="menuitem">{esc(ui["out"])}</button></li>'
        cur = ' aria-current="page"'
        nav = "".join(
            f'<li><a href="#"{cur if n == self.active else ""}>{esc(n)}</a></li>'
            for n in self.nav)
        foot = " · ".join(f'<a href="#">{esc(f)}</a>' for f in self.foot)
        ph = self.search_ph or ui["search"]
        head = (
            f'<header class="site-header"><a class="brand" href="/">{esc(self.brand)}</a>'
            f'<form role="search" action="/search"><label for="site-search" class="visually-hidden">{esc(ui["search"])}</label>'
            f'<input type="search" id="site-search" name="q" placeholder="{attr(ph)}"></form>'
            f'<label for="site-lang" class="visually-hidden">{esc(ui["lang"])}</label><select id="site-lang" name="lang">{langs}</select>'
            f'<div class="account"><button type="button" id="account-button" aria-haspopup="menu" aria-expanded="false" aria-controls="account-menu">{esc(self.account)}</button>'
            f'<ul id="account-menu" role="menu" hidden>{menu}</ul></div></header>'
        )
        body = "\n".join(self.parts)
        url = self.url
        return (
            "<!DOCTYPE html>\n"
            f"<!-- saved from url=({len(url):04d}){url} -->\n"
            f'<html lang="{self.lang}">\n<head>\n<meta charset="utf-8">\n<title>{esc(self.title)}</title>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<style>{css}</style>\n</head>\n<body>\n'
            f"{head}\n<div class=\"layout\">\n<nav class=\"side-nav\" aria-label=\"{attr(ui['nav'])}\"><ul>{nav}</ul></nav>\n"
            f'<main id="main">\n{body}\n</main>\n</div>\n'
            f'<footer><p>{foot}</p><p>© 2025 {esc(self.brand)}</p></footer>\n</body>\n</html>\n'
        )

    def expect(self):
        return {
            "url": self.url,
            "lang": self.lang,
            "notes": self.notes,
            "ai_training": [{"label": l["label"], "sharing": l["sharing"]} for l in self.labels],
        }

    def meta(self):
        return {
            "lang": self.lang, "page": self.slug, "service": self.service, "url": self.url,
            "known": self.known, "units": self.units, "labels": self.labels, "hidden": self.hidden,
        }
