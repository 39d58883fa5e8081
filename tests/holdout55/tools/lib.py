"""Page builder for the blind55 evaluation set.

Every widget helper writes markup into the page and registers the control it created
(id, kind, intended accessible name, visibility, and -- for AI-training controls -- shape
and the state needed to derive `sharing`).  gen.py turns the registry into the
.expect.json files and tools/meta.json; check.py re-derives everything from the HTML with
its own parser and compares.
"""
import html
from contextlib import contextmanager

esc = lambda s: html.escape(s, quote=True)

TABIDX = ' tabindex="-1"'
CUR = ' aria-current="page"'
HIDE_MECHS = ("hidden", "display-none", "css-class", "aria-hidden", "visibility",
              "dialog", "tabpanel")


class AI:
    """Marks a control as an AI-training control.

    shape: i (inverted), v (vague + help), h (heading-only), p (plain)
    inv:   for two-state controls, True when checked/on means NOT sharing
    sharing: explicit value (state rows, buttons)
    share: {option value: bool} for selects, radio groups and segmented groups
    """

    def __init__(self, shape, inv=False, sharing=None, share=None):
        assert shape in "ivhp"
        self.shape, self.inv, self.sharing, self.share = shape, inv, sharing, share


class Page:
    def __init__(self, lang, slug, service, url, title, h1, notes, chrome, known=False,
                 intro=None, css_hidden_class="is-collapsed"):
        self.lang, self.slug, self.service, self.url = lang, slug, service, url
        self.title, self.h1, self.notes, self.chrome = title, h1, notes, chrome
        self.known = known
        self.intro = intro
        self.css_hidden_class = css_hidden_class
        self.parts = []
        self.controls = []
        self.n = 0
        self.hide = []          # stack of active hiding mechanisms
        self.in_details = 0

    # ------------------------------------------------------------ basics
    def nid(self, prefix="f"):
        self.n += 1
        return f"{prefix}{self.n}"

    def add(self, s):
        self.parts.append(s)

    def reg(self, cid, kind, name, ai=None, state=None, selected=None):
        hidden = self.hide[-1] if self.hide else None
        rec = dict(id=cid, kind=kind, name=" ".join(name.split()), hidden=hidden,
                   details=bool(self.in_details))
        if ai is not None:
            if ai.share is not None:
                sharing = ai.share[selected]
                rec.update(share=ai.share, selected=selected)
            elif ai.sharing is not None:
                sharing = ai.sharing
            else:
                sharing = bool(state) != bool(ai.inv)
                rec.update(state=bool(state), inv=bool(ai.inv))
            rec.update(ai=True, shape=ai.shape, sharing=sharing)
        else:
            rec.update(ai=False)
        self.controls.append(rec)
        return rec

    def helpattr(self, help, mode, hid):
        if help and mode == "desc":
            return f' aria-describedby="{hid}"'
        return ""

    def helpel(self, help, mode, hid, cls="help"):
        if not help:
            return ""
        if mode == "desc":
            return f'<p class="{cls}" id="{hid}">{help}</p>'
        return f'<p class="{cls}">{help}</p>'

    # ------------------------------------------------------------ structure
    def h(self, text, level=2, intro=None, hid=None):
        a = f' id="{hid}"' if hid else ""
        self.add(f"<h{level}{a}>{text}</h{level}>")
        if intro:
            self.add(f'<p class="intro">{intro}</p>')

    def p(self, text, cls="intro"):
        self.add(f'<p class="{cls}">{text}</p>')

    @contextmanager
    def section(self, heading=None, intro=None, level=2, cls="card"):
        sid = self.nid("s")
        if heading:
            self.add(f'<section class="{cls}" aria-labelledby="{sid}">')
            self.h(heading, level, intro, sid)
        else:
            self.add(f'<section class="{cls}">')
            if intro:
                self.p(intro)
        yield sid
        self.add("</section>")

    @contextmanager
    def details(self, summary, intro=None):
        self.add(f'<details class="more"><summary>{summary}</summary><div class="details-body">')
        if intro:
            self.p(intro)
        self.in_details += 1
        yield
        self.in_details -= 1
        self.add("</div></details>")

    @contextmanager
    def hidden(self, mech, note=None):
        """Wrap content the person cannot see."""
        assert mech in HIDE_MECHS and mech not in ("dialog", "tabpanel")
        open_ = {
            "hidden": '<div class="legacy-block" hidden>',
            "display-none": '<div class="mobile-only" style="display:none">',
            "css-class": f'<div class="{self.css_hidden_class}">',
            "aria-hidden": '<div class="pending-rollout" aria-hidden="true">',
            "visibility": '<div class="beta-block" style="visibility:hidden">',
        }[mech]
        self.add(open_)
        if note:
            self.add(f"<!-- {note} -->")
        self.hide.append(mech)
        yield
        self.hide.pop()
        self.add("</div>")

    @contextmanager
    def dialog(self, opener_text, title, close_text, opener_ai=None):
        did = self.nid("dlg")
        bid = self.nid("b")
        self.add(f'<button type="button" id="{bid}" class="link-button" aria-haspopup="dialog" '
                 f'aria-controls="{did}">{opener_text}</button>')
        self.reg(bid, "button", opener_text, ai=opener_ai)
        tid = self.nid("t")
        self.add(f'<dialog id="{did}" aria-labelledby="{tid}"><h2 id="{tid}">{title}</h2>')
        self.hide.append("dialog")
        yield
        cid = self.nid("b")
        self.add(f'<button type="button" id="{cid}" class="btn">{close_text}</button>')
        self.reg(cid, "button", close_text)
        self.hide.pop()
        self.add("</dialog>")

    @contextmanager
    def tabs(self, label, names, active=0):
        """Yields a function panel(i) that is itself a context manager."""
        ids = [self.nid("tab") for _ in names]
        pids = [self.nid("panel") for _ in names]
        self.add(f'<div class="tabs" role="tablist" aria-label="{esc(label)}">')
        for i, (n, tid, pid) in enumerate(zip(names, ids, pids)):
            sel = "true" if i == active else "false"
            self.add(f'<button type="button" role="tab" id="{tid}" aria-selected="{sel}" '
                     f'aria-controls="{pid}"{"" if i == active else TABIDX}>{n}</button>')
            self.reg(tid, "tab", n)
        self.add("</div>")

        @contextmanager
        def panel(i):
            hid = "" if i == active else " hidden"
            self.add(f'<div role="tabpanel" id="{pids[i]}" aria-labelledby="{ids[i]}"{hid}>')
            if i != active:
                self.hide.append("tabpanel")
            yield
            if i != active:
                self.hide.pop()
            self.add("</div>")
        yield panel

    # ------------------------------------------------------------ widgets
    def checkbox(self, label, checked=False, ai=None, help=None, help_mode="desc",
                 name_mode="for", switch=False, disabled=False, extra=""):
        cid = self.nid("cb")
        hid = cid + "-help"
        ch = " checked" if checked else ""
        dis = " disabled" if disabled else ""
        role = ' role="switch"' if switch else ""
        ha = self.helpattr(help, help_mode, hid)
        cls = "switch" if switch else "check"
        if name_mode == "for":
            self.add(f'<div class="field {cls}"><input type="checkbox" id="{cid}"{role}{ch}{dis}{ha}>'
                     f' <label for="{cid}">{label}</label>{extra}{self.helpel(help, help_mode, hid)}</div>')
        elif name_mode == "wrap":
            self.add(f'<div class="field {cls}"><label><input type="checkbox" id="{cid}"{role}{ch}{dis}{ha}>'
                     f' <span>{label}</span></label>{extra}{self.helpel(help, help_mode, hid)}</div>')
        elif name_mode == "aria-label":
            self.add(f'<div class="field {cls}"><span class="field-title" aria-hidden="true">{label}</span>'
                     f'<input type="checkbox" id="{cid}" aria-label="{esc(label)}"{role}{ch}{dis}{ha}>'
                     f'{extra}{self.helpel(help, help_mode, hid)}</div>')
        elif name_mode == "labelledby":
            lid = cid + "-l"
            self.add(f'<div class="field {cls}"><span class="field-title" id="{lid}">{label}</span>'
                     f'<input type="checkbox" id="{cid}" aria-labelledby="{lid}"{role}{ch}{dis}{ha}>'
                     f'{extra}{self.helpel(help, help_mode, hid)}</div>')
        return self.reg(cid, "switch-native" if switch else "checkbox", _txt(label), ai, checked)

    def switch(self, label, on=False, ai=None, help=None, help_mode="desc", mode="labelledby",
               onoff=None):
        """ARIA switch: mode labelledby | aria-label | text."""
        cid = self.nid("sw")
        hid = cid + "-help"
        st = "true" if on else "false"
        ha = self.helpattr(help, help_mode, hid)
        vis = ""
        if onoff:
            vis = f'<span class="switch-state" aria-hidden="true">{onoff[0] if on else onoff[1]}</span>'
        if mode == "labelledby":
            lid = cid + "-l"
            self.add(f'<div class="row"><div class="row-text"><span class="row-title" id="{lid}">{label}</span>'
                     f'{self.helpel(help, help_mode, hid)}</div>'
                     f'<button type="button" role="switch" id="{cid}" aria-checked="{st}" '
                     f'aria-labelledby="{lid}"{ha}><span class="knob"></span>{vis}</button></div>')
            kind = "switch-labelledby"
        elif mode == "aria-label":
            self.add(f'<div class="row"><div class="row-text"><span class="row-title">{label}</span>'
                     f'{self.helpel(help, help_mode, hid)}</div>'
                     f'<button type="button" role="switch" id="{cid}" aria-checked="{st}" '
                     f'aria-label="{esc(_txt(label))}"{ha}><span class="knob"></span>{vis}</button></div>')
            kind = "switch-arialabel"
        else:
            self.add(f'<div class="row"><button type="button" role="switch" id="{cid}" class="switch-text" '
                     f'aria-checked="{st}"{ha}><span class="knob" aria-hidden="true"></span> {label}</button>'
                     f'{self.helpel(help, help_mode, hid)}</div>')
            kind = "switch-text"
        return self.reg(cid, kind, _txt(label), ai, on)

    def select(self, label, options, selected, ai=None, help=None, help_mode="desc"):
        cid = self.nid("sel")
        hid = cid + "-help"
        ha = self.helpattr(help, help_mode, hid)
        opts = "".join(f'<option value="{v}"{" selected" if v == selected else ""}>{t}</option>'
                       for v, t in options)
        self.add(f'<div class="field select"><label for="{cid}">{label}</label>'
                 f'<select id="{cid}" name="{cid}"{ha}>{opts}</select>{self.helpel(help, help_mode, hid)}</div>')
        return self.reg(cid, "select", _txt(label), ai, selected=selected)

    def radios(self, label, options, selected, ai=None, help=None, help_mode="desc", mode="fieldset"):
        gid = self.nid("rg")
        hid = gid + "-help"
        ha = self.helpattr(help, help_mode, hid)
        items = []
        for k, (v, t) in enumerate(options):
            rid = f"{gid}-{k}"
            ch = " checked" if v == selected else ""
            items.append(f'<div class="radio"><input type="radio" id="{rid}" name="{gid}" value="{v}"{ch}>'
                         f' <label for="{rid}">{t}</label></div>')
        body = "".join(items)
        if mode == "fieldset":
            self.add(f'<fieldset id="{gid}" class="radio-group"{ha}><legend>{label}</legend>{body}'
                     f'{self.helpel(help, help_mode, hid)}</fieldset>')
            kind = "radio-fieldset"
        else:
            lid = gid + "-l"
            self.add(f'<div class="field"><span class="group-title" id="{lid}">{label}</span>'
                     f'<div role="radiogroup" id="{gid}" aria-labelledby="{lid}"{ha}>{body}</div>'
                     f'{self.helpel(help, help_mode, hid)}</div>')
            kind = "radiogroup"
        return self.reg(gid, kind, _txt(label), ai, selected=selected)

    def segmented(self, label, options, selected, ai=None, help=None, help_mode="desc"):
        gid = self.nid("seg")
        lid = gid + "-l"
        hid = gid + "-help"
        ha = self.helpattr(help, help_mode, hid)
        btns = "".join(f'<button type="button" data-value="{v}" aria-pressed="{"true" if v == selected else "false"}">{t}</button>'
                       for v, t in options)
        self.add(f'<div class="field segmented"><span class="group-title" id="{lid}">{label}</span>'
                 f'<div role="group" id="{gid}" class="seg" aria-labelledby="{lid}"{ha}>{btns}</div>'
                 f'{self.helpel(help, help_mode, hid)}</div>')
        return self.reg(gid, "segmented", _txt(label), ai, selected=selected)

    def state_row(self, title, status, action, ai=None, help=None, help_mode="near", mode="suffix",
                  suffix=None):
        """A status text plus an action button.

        mode suffix:      <button>action<span class=visually-hidden> suffix</span></button>
        mode labelledby:  <button aria-labelledby="title-id">action</button>
        mode labelledby2: <button aria-labelledby="self title-id">action</button>
        """
        bid = self.nid("act")
        tid = bid + "-t"
        hid = bid + "-help"
        ha = self.helpattr(help, help_mode, hid)
        if mode == "suffix":
            suf = suffix if suffix is not None else title
            btn = (f'<button type="button" id="{bid}" class="btn-secondary"{ha}>{action}'
                   f'<span class="visually-hidden"> {suf}</span></button>')
            name = f"{action} {_txt(suf)}"
            kind = "state-suffix"
        elif mode == "labelledby":
            btn = (f'<button type="button" id="{bid}" class="btn-secondary" aria-labelledby="{tid}"{ha}>'
                   f'{action}</button>')
            name = _txt(title)
            kind = "state-labelledby"
        else:
            btn = (f'<button type="button" id="{bid}" class="btn-secondary" aria-labelledby="{bid} {tid}"{ha}>'
                   f'{action}</button>')
            name = f"{_txt(action)} {_txt(title)}"
            kind = "state-labelledby"
        self.add(f'<div class="state-row"><div class="row-text"><span class="row-title" id="{tid}">{title}</span>'
                 f' <span class="status">{status}</span>{self.helpel(help, help_mode, hid)}</div>{btn}</div>')
        return self.reg(bid, kind, name, ai)

    def button(self, text, cls="btn-secondary", aria_label=None, ai=None, kind="button"):
        bid = self.nid("b")
        al = f' aria-label="{esc(aria_label)}"' if aria_label else ""
        self.add(f'<button type="button" id="{bid}" class="{cls}"{al}>{text}</button>')
        return self.reg(bid, kind, aria_label or _txt(text), ai)

    def text(self, label, value="", type="text", help=None, help_mode="desc", placeholder=None):
        cid = self.nid("in")
        hid = cid + "-help"
        ha = self.helpattr(help, help_mode, hid)
        ph = f' placeholder="{esc(placeholder)}"' if placeholder else ""
        self.add(f'<div class="field"><label for="{cid}">{label}</label>'
                 f'<input type="{type}" id="{cid}" value="{esc(value)}"{ph}{ha}>{self.helpel(help, help_mode, hid)}</div>')
        return self.reg(cid, "input", _txt(label))

    def table(self, caption, cols, rows, intro=None, row_head_label=""):
        """rows: [(row header, [cell, ...])], cell = (checked, AI|None) or None for an empty cell."""
        tid = self.nid("tbl")
        if intro:
            self.p(intro)
        col_ids = [f"{tid}-c{j}" for j in range(len(cols))]
        head = "".join(f'<th scope="col" id="{cid}">{c}</th>' for cid, c in zip(col_ids, cols))
        self.add(f'<table class="matrix" id="{tid}"><caption>{caption}</caption>'
                 f'<thead><tr><th scope="col">{row_head_label}</th>{head}</tr></thead><tbody>')
        for i, (rh, cells) in enumerate(rows):
            rid = f"{tid}-r{i}"
            self.add(f'<tr><th scope="row" id="{rid}">{rh}</th>')
            for j, cell in enumerate(cells):
                if cell is None:
                    self.add('<td>—</td>')
                    continue
                checked, ai = cell
                cid = f"{tid}-x{i}-{j}"
                ch = " checked" if checked else ""
                self.add(f'<td><input type="checkbox" id="{cid}" aria-labelledby="{rid} {col_ids[j]}"{ch}></td>')
                self.reg(cid, "table-checkbox", f"{_txt(rh)} {_txt(cols[j])}", ai, checked)
            self.add("</tr>")
        self.add("</tbody></table>")

    # ------------------------------------------------------------ output
    def render(self):
        c = self.chrome
        url = self.url
        out = ["<!DOCTYPE html>", f"<!-- saved from url=({len(url):04d}){url} -->",
               f'<html lang="{self.lang}">', "<head>", '<meta charset="utf-8">',
               '<meta name="viewport" content="width=device-width, initial-scale=1">',
               f"<title>{self.title}</title>", "<style>", CSS.replace("HIDECLASS", self.css_hidden_class),
               "</style>", "</head>", "<body>"]
        out.append(f'<a class="skip" href="#main">{c["skip"]}</a>')
        out.append('<header class="site-header">')
        out.append(f'<a class="logo" href="/">{self.service}</a>')
        out.append(f'<form role="search" action="/search"><label for="site-search" class="visually-hidden">'
                   f'{c["search_label"]}</label><input type="search" id="site-search" name="q" '
                   f'placeholder="{esc(c["search_ph"])}"></form>')
        langs = "".join(f'<option value="{v}"{" selected" if v == self.lang else ""}>{t}</option>'
                        for v, t in c["langs"])
        out.append(f'<label for="site-lang" class="visually-hidden">{c["lang_label"]}</label>'
                   f'<select id="site-lang">{langs}</select>')
        out.append(f'<button type="button" id="account-button" aria-haspopup="menu" aria-expanded="false" '
                   f'aria-controls="account-menu">{c["account"]}</button>')
        items = "".join(f'<li role="none"><a role="menuitem" href="{h}">{t}</a></li>' for t, h in c["menu"])
        out.append(f'<ul id="account-menu" role="menu" aria-labelledby="account-button" hidden>{items}</ul>')
        out.append("</header>")
        out.append('<div class="layout">')
        navs = "".join(f'<li><a href="{h}"{CUR if cur else ""}>{t}</a></li>'
                       for t, h, cur in c["nav"])
        out.append(f'<nav class="side-nav" aria-label="{esc(c["nav_label"])}"><ul>{navs}</ul></nav>')
        out.append('<main id="main">')
        out.append(f"<h1>{self.h1}</h1>")
        if self.intro:
            out.append(f'<p class="lead">{self.intro}</p>')
        out.extend(self.parts)
        out.append("</main></div>")
        fl = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in c["footer"])
        out.append(f'<footer class="site-footer"><ul>{fl}</ul><p>{c["copyright"]}</p></footer>')
        out.append("</body></html>")
        return "\n".join(out) + "\n"

    def expect(self):
        return {
            "url": self.url,
            "lang": self.lang,
            "notes": self.notes,
            "ai_training": [{"label": r["name"], "sharing": r["sharing"]}
                            for r in self.controls if r["ai"] and not r["hidden"]],
        }

    def meta(self):
        vis = [r for r in self.controls if not r["hidden"]]
        lab = [r for r in vis if r["ai"]]
        hid_ai = [r for r in self.controls if r["ai"] and r["hidden"]]
        return {
            "lang": self.lang, "page": self.slug, "service": self.service, "url": self.url,
            "known": self.known, "units": len(vis),
            "labelled": [{k: r[k] for k in ("id", "name", "kind", "shape", "sharing", "details")
                          } | {k: r[k] for k in ("inv", "state", "share", "selected") if k in r}
                         for r in lab],
            "hidden_ai": [{"id": r["id"], "name": r["name"], "mechanism": r["hidden"]} for r in hid_ai],
            "visible_controls": [{"id": r["id"], "name": r["name"], "kind": r["kind"]} for r in vis],
        }


def _txt(s):
    """Strip markup from a label written with inline tags (e.g. <strong>)."""
    import re
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", s)).split())


CSS = """
body{font-family:system-ui,sans-serif;margin:0;color:#1c1c1c;background:#f6f6f4}
.skip{position:absolute;left:-999px}.skip:focus{left:8px}
.site-header{display:flex;gap:1rem;align-items:center;padding:.75rem 1.5rem;background:#101820;color:#fff}
.site-header .logo{color:#fff;font-weight:700;text-decoration:none;margin-right:auto}
.layout{display:grid;grid-template-columns:220px 1fr;gap:2rem;max-width:1100px;margin:0 auto;padding:1.5rem}
.side-nav ul{list-style:none;padding:0}.side-nav a[aria-current]{font-weight:700}
.card{background:#fff;border-radius:10px;padding:1rem 1.25rem;margin-bottom:1.25rem}
.row,.state-row{display:flex;justify-content:space-between;gap:1rem;padding:.6rem 0;border-top:1px solid #eee}
.row-title,.field-title,.group-title{font-weight:600}
.help{color:#5b5b5b;font-size:.9rem;margin:.25rem 0 0}
.intro,.lead{color:#333}
.status{display:inline-block;margin-left:.5rem;padding:0 .4rem;border-radius:4px;background:#eef}
button[role=switch]{width:44px;height:24px;border-radius:12px;border:1px solid #888}
button[role=switch][aria-checked=true]{background:#1a7f37}
.switch-text{width:auto!important;height:auto!important;border-radius:6px!important;padding:.3rem .6rem}
.seg button{border:1px solid #888;background:#fff;padding:.3rem .7rem}
.seg button[aria-pressed=true]{background:#101820;color:#fff}
table.matrix{border-collapse:collapse;width:100%}table.matrix th,table.matrix td{border-bottom:1px solid #eee;padding:.4rem;text-align:left}
caption{text-align:left;font-weight:600;padding:.4rem 0}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.HIDECLASS{display:none}
.site-footer{padding:1.5rem;background:#e8e8e4;font-size:.85rem}
dialog{max-width:480px}
"""
