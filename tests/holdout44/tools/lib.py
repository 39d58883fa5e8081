"""Helpers for building the blind44 pages (standard library only).

A Page collects markup in order.  Control helpers write the markup, count the
visible control units inside <main> and register the ai-training truth for the
controls that get an ``ai=`` / ``shares=`` argument.  Inside ``with page.hide(...)``
nothing is registered: AI-training controls there are counted as hidden decoys.
"""
import html
import re
from contextlib import contextmanager


def e(s):
    return html.escape(s, quote=True)


LANG_NAMES = [("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"),
              ("pt", "Português"), ("it", "Italiano"), ("nl", "Nederlands")]

LOC = {
    "en": dict(search="Search settings", lang="Language", account="Account", menu=["Your profile", "Payment", "Sign out"],
               nav="Settings", on="On", off="Off", back="Back", next="Continue", save="Save", cancel="Cancel",
               step="Step {n} of {t}", footer=["Privacy notice", "Terms of use", "Cookies", "Help"]),
    "de": dict(search="Einstellungen durchsuchen", lang="Sprache", account="Konto", menu=["Mein Profil", "Zahlungsarten", "Abmelden"],
               nav="Einstellungen", on="An", off="Aus", back="Zurück", next="Weiter", save="Speichern", cancel="Abbrechen",
               step="Schritt {n} von {t}", footer=["Datenschutzhinweise", "AGB", "Impressum", "Hilfe"]),
    "fr": dict(search="Rechercher dans les paramètres", lang="Langue", account="Compte", menu=["Mon profil", "Paiement", "Se déconnecter"],
               nav="Paramètres", on="Activé", off="Désactivé", back="Retour", next="Continuer", save="Enregistrer", cancel="Annuler",
               step="Étape {n} sur {t}", footer=["Politique de confidentialité", "CGU", "Mentions légales", "Aide"]),
    "es": dict(search="Buscar en ajustes", lang="Idioma", account="Cuenta", menu=["Mi perfil", "Métodos de pago", "Cerrar sesión"],
               nav="Ajustes", on="Activado", off="Desactivado", back="Atrás", next="Continuar", save="Guardar", cancel="Cancelar",
               step="Paso {n} de {t}", footer=["Política de privacidad", "Términos", "Cookies", "Ayuda"]),
    "pt-BR": dict(search="Pesquisar nas configurações", lang="Idioma", account="Conta", menu=["Meu perfil", "Pagamentos", "Sair da conta"],
                  nav="Configurações", on="Ativado", off="Desativado", back="Voltar", next="Continuar", save="Salvar", cancel="Cancelar",
                  step="Etapa {n} de {t}", footer=["Aviso de privacidade", "Termos de uso", "Cookies", "Central de ajuda"]),
    "pt-PT": dict(search="Pesquisar nas definições", lang="Idioma", account="Conta", menu=["O meu perfil", "Pagamentos", "Terminar sessão"],
                  nav="Definições", on="Ativado", off="Desativado", back="Voltar", next="Continuar", save="Guardar", cancel="Cancelar",
                  step="Passo {n} de {t}", footer=["Política de privacidade", "Termos e condições", "Cookies", "Ajuda"]),
    "it": dict(search="Cerca nelle impostazioni", lang="Lingua", account="Account", menu=["Il mio profilo", "Pagamenti", "Esci"],
               nav="Impostazioni", on="Attivo", off="Disattivo", back="Indietro", next="Continua", save="Salva", cancel="Annulla",
               step="Passaggio {n} di {t}", footer=["Informativa privacy", "Termini", "Cookie", "Assistenza"]),
    "nl": dict(search="Zoeken in instellingen", lang="Taal", account="Account", menu=["Mijn profiel", "Betaalgegevens", "Uitloggen"],
               nav="Instellingen", on="Aan", off="Uit", back="Terug", next="Doorgaan", save="Opslaan", cancel="Annuleren",
               step="Stap {n} van {t}", footer=["Privacyverklaring", "Voorwaarden", "Cookies", "Klantenservice"]),
}

BASE_CSS = """
*{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,sans-serif;color:#1d2430;background:#f6f7f9}
.top{display:flex;gap:16px;align-items:center;padding:10px 24px;background:#fff;border-bottom:1px solid #dde1e6}
.brand{font-weight:700;text-decoration:none;color:inherit;margin-right:auto}
.layout{display:flex;gap:24px;max-width:1180px;margin:0 auto;padding:24px}
.side{width:220px;flex:none}.side ul{list-style:none;margin:0;padding:0}.side a{display:block;padding:6px 10px;color:inherit;text-decoration:none;border-radius:6px}
.side a[aria-current]{background:#e6ecf5;font-weight:600}
main{flex:1;min-width:0}section,.card{background:#fff;border:1px solid #e1e4e8;border-radius:10px;padding:16px 20px;margin:0 0 18px}
.field{margin:12px 0}.row{display:flex;justify-content:space-between;align-items:center;gap:12px}
.help{margin:4px 0 0;color:#5b6472;font-size:13px}.state{color:#3c4a5c;font-weight:600}
.switch,.toggle{min-width:52px;border-radius:14px;border:1px solid #9aa4b2;background:#eef1f4;padding:3px 10px}
.switch[aria-checked=true],.toggle[aria-checked=true]{background:#1f6feb;color:#fff}
.toggle{display:inline-block;height:26px}
.seg button{border:1px solid #9aa4b2;background:#fff;padding:4px 12px}.seg button[aria-pressed=true]{background:#1f6feb;color:#fff}
.state-row{display:flex;justify-content:space-between;align-items:center;border-top:1px solid #eef0f2;padding:10px 0}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:8px;border-bottom:1px solid #eef0f2}
.dialog{border:2px solid #1f6feb;border-radius:12px;background:#fff;padding:16px 20px;margin:0 0 18px;box-shadow:0 6px 24px rgba(0,0,0,.12)}
.actions{display:flex;gap:8px;justify-content:flex-end;margin-top:12px}
.step-no{font-size:12px;text-transform:uppercase;color:#5b6472}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
footer{padding:24px;text-align:center;font-size:13px;color:#5b6472}footer a{margin:0 8px;color:inherit}
"""

FLAVOURS = [
    {},
    {"field": "form-row", "row": "split", "help": "hint", "state-row": "status-line", "row-title": "label-text",
     "switch": "toggle-btn", "toggle": "tgl", "seg": "segmented", "state": "status", "sr-only": "visually-hidden",
     "card": "panel", "actions": "btn-bar"},
    {"field": "setting", "row": "setting--inline", "help": "setting__help", "state-row": "setting-status",
     "row-title": "setting__title", "switch": "c-switch", "toggle": "c-toggle", "seg": "c-seg", "state": "setting__value",
     "sr-only": "a11y-hide", "card": "box", "actions": "footer-actions"},
    {"field": "pref", "row": "pref-inline", "help": "pref-desc", "state-row": "pref-state", "row-title": "pref-name",
     "switch": "sw", "toggle": "sw-div", "seg": "pill-group", "state": "pref-value", "sr-only": "offscreen",
     "card": "tile", "actions": "dlg-actions"},
]

HIDE_CLASSES = ["legacy-block", "is-collapsed", "u-hide", "panel--off", "js-later", "beta-only", "x-retired"]


class TabSet:
    def __init__(self, ids, active):
        self.ids = ids
        self.active = active


class Page:
    def __init__(self, lang, slug, url, title, brand, notes, real=False, nav=(), current=0,
                 user="", intro=None, h1=None, html_lang=None, loc=None):
        self.lang = lang
        self.slug = slug
        self.url = url
        self.title = title
        self.brand = brand
        self.notes = notes
        self.real = real
        self.nav = list(nav)
        self.current = current
        self.user = user
        self.intro = intro
        self.h1 = h1 or title
        self.html_lang = html_lang or lang
        self.L = LOC[loc or (self.html_lang if self.html_lang in LOC else lang)]
        self.parts = []
        self.labels = []
        self.units = 0
        self.hidden_ai = 0
        self.hidden_methods = []
        self.hiding = 0
        self.css = []
        self._n = 0

    # ------------------------------------------------------------------ basics
    def nid(self, p):
        self._n += 1
        return f"{p}{self._n}"

    def out(self, s):
        self.parts.append(s)

    def _unit(self, n=1):
        if not self.hiding:
            self.units += n

    def _reg(self, label, sharing, shape):
        if sharing is None:
            return
        if self.hiding:
            self.hidden_ai += 1
            return
        self.labels.append(dict(label=" ".join(label.split()), sharing=bool(sharing), shape=shape))

    def _help(self, help, desc):
        if not help:
            return "", ""
        if desc:
            hid = self.nid("hlp")
            return f' aria-describedby="{hid}"', f'<p class="help" id="{hid}">{e(help)}</p>'
        return "", f'<p class="help">{e(help)}</p>'

    @staticmethod
    def _share(ai, state):
        if ai is None:
            return None
        if ai == "+":
            return bool(state)
        if ai == "-":
            return not state
        raise ValueError(ai)

    # ------------------------------------------------------------------ text & containers
    def h(self, text, level=2, id=None):
        i = f' id="{id}"' if id else ""
        self.out(f"<h{level}{i}>{e(text)}</h{level}>")

    def p(self, text, cls=None):
        c = f' class="{cls}"' if cls else ""
        self.out(f"<p{c}>{e(text)}</p>")

    def raw(self, s):
        self.out(s)

    def link(self, text, href="#"):
        self.out(f'<p class="help"><a href="{e(href)}">{e(text)}</a></p>')

    @contextmanager
    def sec(self, title=None, intro=None, level=2):
        if title:
            hid = self.nid("sec")
            self.out(f'<section aria-labelledby="{hid}"><h{level} id="{hid}">{e(title)}</h{level}>')
        else:
            self.out("<section>")
        if intro:
            self.p(intro)
        yield
        self.out("</section>")

    @contextmanager
    def sub(self, title, intro=None):
        self.out(f'<div class="group"><h3>{e(title)}</h3>')
        if intro:
            self.p(intro)
        yield
        self.out("</div>")

    @contextmanager
    def details(self, summary, intro=None):
        self.out(f"<details><summary>{e(summary)}</summary>")
        if intro:
            self.p(intro)
        yield
        self.out("</details>")

    @contextmanager
    def dialog(self, title, intro=None, buttons=None):
        tid = self.nid("dlg")
        self.out(f'<div class="dialog" role="dialog" aria-modal="false" aria-labelledby="{tid}"><h2 id="{tid}">{e(title)}</h2>')
        if intro:
            self.p(intro)
        yield
        btns = buttons if buttons is not None else [self.L["cancel"], self.L["save"]]
        if btns:
            self.out('<div class="actions">' + "".join(f'<button type="button">{e(b)}</button>' for b in btns) + "</div>")
            self._unit(len(btns))
        self.out("</div>")

    @contextmanager
    def step(self, n, total, title, intro=None, back=True, nxt=None):
        tid = self.nid("stp")
        self.out(f'<section class="step" aria-labelledby="{tid}"><p class="step-no">{e(self.L["step"].format(n=n, t=total))}</p><h2 id="{tid}">{e(title)}</h2>')
        if intro:
            self.p(intro)
        yield
        btns = ([self.L["back"]] if back else []) + [nxt or self.L["next"]]
        self.out('<div class="actions">' + "".join(f'<button type="button">{e(b)}</button>' for b in btns) + "</div></section>")
        self._unit(len(btns))

    @contextmanager
    def hide(self, how, title=None):
        """Hidden wrapper: style | vis | hidden | aria | class | classvis | dialog."""
        self.hiding += 1
        self.hidden_methods.append(how)
        if how == "style":
            self.out('<div class="card" style="display:none">')
        elif how == "vis":
            self.out('<div class="card" style="visibility:hidden">')
        elif how == "hidden":
            self.out('<div class="card" hidden>')
        elif how == "aria":
            self.out('<div class="card" aria-hidden="true">')
        elif how in ("class", "classvis"):
            cls = HIDE_CLASSES[len(self.css) % len(HIDE_CLASSES)]
            rule = "display:none" if how == "class" else "visibility:hidden"
            self.css.append(f".{cls}{{{rule}}}")
            self.out(f'<div class="card {cls}">')
        elif how == "dialog":
            tid = self.nid("dlg")
            self.out(f'<dialog aria-labelledby="{tid}"><h2 id="{tid}">{e(title or "")}</h2>')
        else:
            raise ValueError(how)
        if title and how != "dialog":
            self.h(title, 3)
        yield
        self.out("</dialog>" if how == "dialog" else "</div>")
        self.hiding -= 1

    def tabs(self, names, active=0, label=None):
        ids = [(self.nid("tab"), self.nid("pnl")) for _ in names]
        lab = f' aria-label="{e(label)}"' if label else ""
        s = f'<div role="tablist" class="tabs"{lab}>'
        for k, (name, (tid, pid)) in enumerate(zip(names, ids)):
            sel = "true" if k == active else "false"
            ti = "0" if k == active else "-1"
            s += f'<button type="button" role="tab" id="{tid}" aria-controls="{pid}" aria-selected="{sel}" tabindex="{ti}">{e(name)}</button>'
        self.out(s + "</div>")
        self._unit()
        return TabSet(ids, active)

    @contextmanager
    def panel(self, ts, k):
        tid, pid = ts.ids[k]
        if k == ts.active:
            self.out(f'<div role="tabpanel" id="{pid}" aria-labelledby="{tid}">')
            yield
            self.out("</div>")
        else:
            self.hiding += 1
            self.hidden_methods.append("tab")
            self.out(f'<div role="tabpanel" id="{pid}" aria-labelledby="{tid}" hidden>')
            yield
            self.out("</div>")
            self.hiding -= 1

    # ------------------------------------------------------------------ controls
    def cb(self, label, checked=False, help=None, ai=None, shape="", kind="for", desc=True, title=None):
        """Checkbox. kind: for | wrap | div (role=checkbox + aria-labelledby) | aria (aria-label)."""
        d, hp = self._help(help, desc)
        ck = " checked" if checked else ""
        if kind == "for":
            i = self.nid("cb")
            self.out(f'<div class="field"><input type="checkbox" id="{i}" name="{i}"{ck}{d}> <label for="{i}">{e(label)}</label>{hp}</div>')
        elif kind == "wrap":
            self.out(f'<div class="field"><label><input type="checkbox"{ck}{d}> {e(label)}</label>{hp}</div>')
        elif kind == "div":
            lid = self.nid("lbl")
            st = "true" if checked else "false"
            self.out(f'<div class="field row"><span id="{lid}">{e(label)}</span><div role="checkbox" tabindex="0" class="toggle" aria-checked="{st}" aria-labelledby="{lid}"{d}></div></div>{hp}')
        elif kind == "aria":
            vis = f'<span class="row-title">{e(title)}</span>' if title else ""
            self.out(f'<div class="field row">{vis}<input type="checkbox" aria-label="{e(label)}"{ck}{d}></div>{hp}')
        else:
            raise ValueError(kind)
        self._unit()
        self._reg(label, self._share(ai, checked), shape)

    def sw(self, label, on=False, help=None, ai=None, shape="", kind="content", desc=True, title=None):
        """role=switch. kind: content | aria (visible On/Off, name from aria-label) | div | sr."""
        d, hp = self._help(help, desc)
        st = "true" if on else "false"
        word = self.L["on"] if on else self.L["off"]
        if kind == "content":
            self.out(f'<div class="field"><button type="button" role="switch" class="switch" aria-checked="{st}"{d}><span class="knob" aria-hidden="true"></span> {e(label)}</button>{hp}</div>')
        elif kind == "aria":
            vis = f'<span class="row-title">{e(title)}</span>' if title else ""
            self.out(f'<div class="field row">{vis}<button type="button" role="switch" class="switch" aria-checked="{st}" aria-label="{e(label)}"{d}>{e(word)}</button></div>{hp}')
        elif kind == "div":
            lid = self.nid("lbl")
            self.out(f'<div class="field row"><span id="{lid}" class="row-title">{e(label)}</span><div role="switch" tabindex="0" class="toggle" aria-checked="{st}" aria-labelledby="{lid}"{d}></div></div>{hp}')
        elif kind == "sr":
            vis = f'<span class="row-title">{e(title)}</span>' if title else ""
            self.out(f'<div class="field row">{vis}<button type="button" role="switch" class="switch" aria-checked="{st}"{d}><span aria-hidden="true">{e(word)}</span><span class="sr-only">{e(label)}</span></button></div>{hp}')
        else:
            raise ValueError(kind)
        self._unit()
        self._reg(label, self._share(ai, on), shape)

    def sel(self, label, options, sel=0, help=None, shares=None, shape="", kind="for", desc=True):
        d, hp = self._help(help, desc)
        i = self.nid("sel")
        opts = "".join(f'<option{" selected" if k == sel else ""}>{e(o)}</option>' for k, o in enumerate(options))
        if kind == "for":
            self.out(f'<div class="field"><label for="{i}">{e(label)}</label> <select id="{i}" name="{i}"{d}>{opts}</select>{hp}</div>')
        elif kind == "aria":
            self.out(f'<div class="field row"><span class="row-title">{e(label)}</span><select aria-label="{e(label)}"{d}>{opts}</select></div>{hp}')
        elif kind == "lb":
            lid = self.nid("lbl")
            self.out(f'<div class="field row"><span id="{lid}" class="row-title">{e(label)}</span><select id="{i}" aria-labelledby="{lid}"{d}>{opts}</select></div>{hp}')
        else:
            raise ValueError(kind)
        self._unit()
        if shares is not None:
            self._reg(label, shares[sel], shape)

    def rad(self, legend, options, sel=0, help=None, shares=None, shape="", kind="fieldset", desc=True, opt_help=None):
        """Radio group (one control). kind: fieldset | rg (role=radiogroup, native radios) | aria (role=radio)."""
        d, hp = self._help(help, desc)
        name = self.nid("grp")
        items = []
        for k, o in enumerate(options):
            oh = f'<p class="help">{e(opt_help[k])}</p>' if opt_help and opt_help[k] else ""
            if kind == "aria":
                st = "true" if k == sel else "false"
                ti = "0" if k == sel else "-1"
                items.append(f'<div role="radio" class="radio" aria-checked="{st}" tabindex="{ti}">{e(o)}</div>{oh}')
            else:
                rid = f"{name}-{k}"
                ck = " checked" if k == sel else ""
                if kind == "rg" and k % 2:
                    items.append(f'<div class="opt"><label><input type="radio" name="{name}" value="{k}"{ck}> {e(o)}</label>{oh}</div>')
                else:
                    items.append(f'<div class="opt"><input type="radio" id="{rid}" name="{name}" value="{k}"{ck}> <label for="{rid}">{e(o)}</label>{oh}</div>')
        body = "".join(items)
        if kind == "fieldset":
            self.out(f'<fieldset class="field"{d}><legend>{e(legend)}</legend>{body}{hp}</fieldset>')
        else:
            lid = self.nid("lbl")
            self.out(f'<div class="field"><p id="{lid}" class="row-title">{e(legend)}</p><div role="radiogroup" aria-labelledby="{lid}"{d}>{body}</div>{hp}</div>')
        self._unit()
        if shares is not None:
            self._reg(legend, shares[sel], shape)

    def seg(self, label, options, sel=0, help=None, shares=None, shape="", desc=True):
        """Segmented buttons with aria-pressed inside role=group named by a visible label."""
        d, hp = self._help(help, desc)
        lid = self.nid("lbl")
        btns = "".join(f'<button type="button" aria-pressed="{"true" if k == sel else "false"}">{e(o)}</button>' for k, o in enumerate(options))
        self.out(f'<div class="field row"><span id="{lid}" class="row-title">{e(label)}</span><div class="seg" role="group" aria-labelledby="{lid}"{d}>{btns}</div></div>{hp}')
        self._unit()
        if shares is not None:
            self._reg(label, shares[sel], shape)

    def state(self, title, state, action, ai=None, shape="", help=None, kind="sr", suffix=None, desc=False):
        """State-as-text row with an action button.

        kind sr: action = (visible_before, sr_only, visible_after) or a string (then sr_only = " " + title).
        kind lb: aria-labelledby="<button> <title>" -> name "action title".
        Returns the computed name of the button.
        """
        d, hp = self._help(help, desc)
        tid = self.nid("st")
        if kind == "lb":
            bid = self.nid("btn")
            btn = f'<button type="button" id="{bid}" aria-labelledby="{bid} {tid}"{d}>{e(action)}</button>'
            name = f"{action} {title}"
        else:
            if isinstance(action, str):
                action = (action, " " + (suffix or title), "")
            a, s, b = action
            btn = f'<button type="button"{d}>{e(a)}<span class="sr-only">{e(s)}</span>{e(b)}</button>'
            name = a + s + b
        self.out(f'<div class="state-row"><div><span id="{tid}" class="row-title">{e(title)}</span><br><span class="state">{e(state)}</span></div>{btn}</div>{hp}')
        self._unit()
        self._reg(name, ai, shape)
        return " ".join(name.split())

    def btn(self, text, sr=None, aria=None, cls="secondary", wrap=True, ai=None, shape=""):
        """Plain action button; ai = sharing (bool) if the button itself is an AI-training control."""
        a = f' aria-label="{e(aria)}"' if aria else ""
        s = f'<span class="sr-only"> {e(sr)}</span>' if sr else ""
        b = f'<button type="button" class="{cls}"{a}>{e(text)}{s}</button>'
        self.out(f'<div class="field">{b}</div>' if wrap else b)
        self._unit()
        self._reg(aria or (text + (" " + sr if sr else "")), ai, shape)

    def btns(self, *texts):
        self.out('<div class="actions">' + "".join(f'<button type="button">{e(t)}</button>' for t in texts) + "</div>")
        self._unit(len(texts))

    def text(self, label, value="", type="text", help=None, desc=True):
        d, hp = self._help(help, desc)
        i = self.nid("in")
        self.out(f'<div class="field"><label for="{i}">{e(label)}</label> <input type="{type}" id="{i}" name="{i}" value="{e(value)}"{d}>{hp}</div>')
        self._unit()

    # table cells ----------------------------------------------------------
    @staticmethod
    def c_cb(checked, ai=None, shape=""):
        return dict(k="cb", checked=checked, ai=ai, shape=shape)

    @staticmethod
    def c_sw(on, ai=None, shape=""):
        return dict(k="sw", checked=on, ai=ai, shape=shape)

    @staticmethod
    def c_sel(options, sel, shares=None, shape=""):
        return dict(k="sel", options=options, sel=sel, shares=shares, shape=shape)

    @staticmethod
    def c_btn(text):
        return dict(k="btn", text=text)

    def table(self, cols, rows, caption=None, naming="row", intro_id=None):
        """Per-row table. rows: [(row name, [cell, ...])]. naming row | row+col (aria-labelledby)."""
        cids = [self.nid("col") for _ in cols]
        s = "<table>"
        if caption:
            s += f"<caption>{e(caption)}</caption>"
        s += "<thead><tr>" + "".join(f'<th scope="col" id="{c}">{e(t)}</th>' for c, t in zip(cids, cols)) + "</tr></thead><tbody>"
        self.out(s)
        for rname, cells in rows:
            rid = self.nid("row")
            self.out(f'<tr><th scope="row" id="{rid}">{e(rname)}</th>')
            for j, c in enumerate(cells, start=1):
                if isinstance(c, str):
                    self.out(f"<td>{e(c)}</td>")
                    continue
                nm = naming
                lb = rid if nm == "row" else f"{rid} {cids[j]}"
                name = rname if nm == "row" else f"{rname} {cols[j]}"
                if c["k"] == "cb":
                    ck = " checked" if c["checked"] else ""
                    self.out(f'<td><input type="checkbox" id="{self.nid("tc")}" aria-labelledby="{lb}"{ck}></td>')
                    self._unit()
                    self._reg(name, self._share(c["ai"], c["checked"]), c["shape"])
                elif c["k"] == "sw":
                    st = "true" if c["checked"] else "false"
                    word = self.L["on"] if c["checked"] else self.L["off"]
                    self.out(f'<td><button type="button" role="switch" class="switch" aria-checked="{st}" aria-labelledby="{lb}">{e(word)}</button></td>')
                    self._unit()
                    self._reg(name, self._share(c["ai"], c["checked"]), c["shape"])
                elif c["k"] == "sel":
                    opts = "".join(f'<option{" selected" if k == c["sel"] else ""}>{e(o)}</option>' for k, o in enumerate(c["options"]))
                    self.out(f'<td><select aria-labelledby="{lb}">{opts}</select></td>')
                    self._unit()
                    if c["shares"] is not None:
                        self._reg(name, c["shares"][c["sel"]], c["shape"])
                elif c["k"] == "btn":
                    bid = self.nid("tb")
                    self.out(f'<td><button type="button" id="{bid}" aria-labelledby="{bid} {rid}">{e(c["text"])}</button></td>')
                    self._unit()
            self.out("</tr>")
        self.out("</tbody></table>")

    # ------------------------------------------------------------------ render
    def render(self):
        L = self.L
        url = self.url
        langs = "".join(f'<option value="{c}"{" selected" if c == self.lang else ""}>{n}</option>' for c, n in LANG_NAMES)
        menu = "".join(f'<li role="none"><a role="menuitem" href="#">{e(m)}</a></li>' for m in L["menu"])
        cur = ' aria-current="page"'
        nav = "".join(
            f'<li><a href="#"{cur if k == self.current else ""}>{e(t)}</a></li>' for k, t in enumerate(self.nav))
        foot = "".join(f'<a href="#">{e(t)}</a>' for t in L["footer"])
        initials = "".join(w[0] for w in self.user.split()[:2]) or "?"
        fl = FLAVOURS[sum(map(ord, self.slug)) % len(FLAVOURS)]
        css = re.sub(r"\.([A-Za-z][\w-]*)", lambda m: "." + fl.get(m.group(1), m.group(1)), BASE_CSS) + "\n".join(self.css)
        intro = f"<p>{e(self.intro)}</p>" if self.intro else ""
        body = "\n".join(self.parts)
        doc = f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="{self.html_lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(self.title)} – {e(self.brand)}</title>
<style>{css}</style>
</head>
<body>
<header class="top">
<a class="brand" href="#">{e(self.brand)}</a>
<form role="search" class="search" action="#"><input type="search" name="q" aria-label="{e(L['search'])}" placeholder="{e(L['search'])}"></form>
<label for="lang-select" class="sr-only">{e(L['lang'])}</label>
<select id="lang-select" name="lang">{langs}</select>
<div class="account"><button type="button" id="account-button" aria-haspopup="menu" aria-expanded="false" aria-controls="account-menu" aria-label="{e(L['account'])}: {e(self.user)}">{e(initials)}</button>
<ul id="account-menu" role="menu" hidden>{menu}</ul></div>
</header>
<div class="layout">
<nav class="side" aria-label="{e(L['nav'])}"><ul>{nav}</ul></nav>
<main id="main">
<h1>{e(self.h1)}</h1>
{intro}
{body}
</main>
</div>
<footer>{foot}<p>© {e(self.brand)}</p></footer>
</body>
</html>
"""
        return re.sub(r'class="([^"]*)"', lambda m: 'class="' + " ".join(fl.get(t, t) for t in m.group(1).split()) + '"', doc)

    def expect(self):
        return {"url": self.url, "lang": self.lang, "notes": self.notes,
                "ai_training": [{"label": l["label"], "sharing": l["sharing"]} for l in self.labels]}

    def meta(self):
        t = sum(1 for l in self.labels if l["sharing"])
        return {"url": self.url, "lang": self.lang, "real": self.real, "labelled": len(self.labels),
                "true": t, "false": len(self.labels) - t,
                "inverted": sum(1 for l in self.labels if "i" in l["shape"]),
                "vague_help": sum(1 for l in self.labels if "v" in l["shape"]),
                "heading_only": sum(1 for l in self.labels if "h" in l["shape"]),
                "hidden": self.hidden_ai, "hidden_methods": sorted(set(self.hidden_methods)),
                "further": self.units}
