"""Page builder for holdout75 (blind75).

Widgets return HTML strings and record bookkeeping (labels, shapes, kinds) on the Page.
ai=<bool> marks an AI-training control and gives `sharing` in the state shown;
shape is one of i (inverted) v (vague + help) h (heading-only) p (plain).
hid=True marks the page's one hidden AI-training control (it must be passed through Page.hide).
"""
import html as _h

METHODS = ["hidden", "inline-display", "class", "aria-hidden", "visibility", "dialog", "tab"]
KINDS = ["checkbox", "switch", "radio", "radiogroup", "segmented", "select",
         "button-switch", "state-row", "table-cell"]
LANG_NAMES = [("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"),
              ("pt-BR", "Português (Brasil)"), ("it", "Italiano"), ("nl", "Nederlands")]


CUR = ' aria-current="page"'


def E(s):
    return _h.escape(s, quote=True)


CSS = """
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,sans-serif;color:#1d1d22;background:#fafaf7}
header.top{display:flex;gap:16px;align-items:center;padding:10px 24px;border-bottom:1px solid #e3e1da;background:#fff}
header.top .brand{font-weight:700;text-decoration:none;color:inherit;margin-right:auto}
.layout{display:grid;grid-template-columns:230px 1fr;gap:32px;max-width:1180px;margin:0 auto;padding:24px}
nav.side ul{list-style:none;margin:0;padding:0}nav.side a{display:block;padding:6px 10px;border-radius:6px;color:inherit;text-decoration:none}
nav.side a[aria-current]{background:#ecebe4;font-weight:600}
main section{background:#fff;border:1px solid #e3e1da;border-radius:10px;padding:18px 22px;margin:0 0 20px}
.opt{display:flex;flex-wrap:wrap;align-items:center;gap:8px 12px;padding:10px 0;border-top:1px solid #f0efe9}
.opt:first-of-type{border-top:0}.help{flex-basis:100%;margin:0;color:#5d5b66;font-size:13px}
.lbl{font-weight:500}.seg button{border:1px solid #c9c7bf;background:#fff;padding:4px 12px}
.seg button[aria-pressed=true]{background:#2f2d3a;color:#fff}
button[role=switch]{min-width:44px;height:24px;border-radius:12px;border:1px solid #bbb}
button[role=switch][aria-checked=true]{background:#3b7a57;color:#fff}
.staterow{display:flex;justify-content:space-between;align-items:center;gap:16px;padding:12px 0;border-top:1px solid #f0efe9}
.staterow h3{font-size:15px;margin:0}.staterow .st{margin:2px 0 0;color:#5d5b66}
table{border-collapse:collapse;width:100%}th,td{padding:6px 10px;border-bottom:1px solid #eee;text-align:left}
fieldset{border:0;padding:8px 0;margin:0}legend{font-weight:500;padding:0}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
footer{border-top:1px solid #e3e1da;padding:18px 24px;color:#5d5b66;font-size:13px}
footer a{color:inherit;margin-right:14px}
[role=tablist] button{border:0;background:none;padding:6px 12px}[role=tab][aria-selected=true]{border-bottom:2px solid #2f2d3a}
"""


class Page:
    def __init__(self, lang, slug, url, brand, title, h1, method, *, known=False, notes="",
                 lead=None, nav=(), active=0, footer=(), chrome=None, hide_class="is-hidden"):
        assert method in METHODS, method
        self.lang, self.slug, self.url, self.brand = lang, slug, url, brand
        self.title, self.h1, self.method, self.known = title, h1, method, known
        self.notes, self.lead, self.nav, self.active = notes, lead, nav, active
        self.footer, self.chrome, self.hide_class = footer, chrome or {}, hide_class
        self.labels, self.hidden_ai, self.sections = [], None, []
        self.n = 0
        self.hide_used = False

    # ------------------------------------------------------------ bookkeeping
    def nid(self, p="c"):
        self.n += 1
        return f"{p}{self.n}"

    def _reg(self, cid, name, kind, ai, shape, hid):
        if ai is None:
            assert not hid
            return
        assert shape in "ivhp" and len(shape) == 1, shape
        assert kind in KINDS
        rec = {"label": " ".join(name.split()), "sharing": bool(ai), "shape": shape, "kind": kind, "id": cid}
        if hid:
            assert self.hidden_ai is None, "one hidden AI control per page"
            rec["method"] = self.method
            self.hidden_ai = rec
        else:
            self.labels.append(rec)

    def _help(self, cid, help):
        if not help:
            return "", ""
        return f' aria-describedby="{cid}-d"', f'<p class="help" id="{cid}-d">{E(help)}</p>'

    # ------------------------------------------------------------ widgets
    def cb(self, label, on, help=None, ai=None, shape=None, hid=False, wrap=False):
        i = self.nid()
        d, hp = self._help(i, help)
        c = " checked" if on else ""
        self._reg(i, label, "checkbox", ai, shape, hid)
        if wrap:
            return f'<div class="opt"><label><input type="checkbox" id="{i}" name="{i}"{c}{d}> {E(label)}</label>{hp}</div>'
        return f'<div class="opt"><input type="checkbox" id="{i}" name="{i}"{c}{d}><label for="{i}">{E(label)}</label>{hp}</div>'

    def sw(self, label, on, help=None, ai=None, shape=None, hid=False):
        i = self.nid()
        d, hp = self._help(i, help)
        c = " checked" if on else ""
        self._reg(i, label, "switch", ai, shape, hid)
        return (f'<div class="opt switch"><label for="{i}">{E(label)}</label>'
                f'<input type="checkbox" role="switch" id="{i}" name="{i}"{c}{d}>{hp}</div>')

    def radio(self, legend, opts, sel, help=None, ai=None, shape=None, hid=False):
        i = self.nid()
        d, hp = self._help(i, help)
        self._reg(i, legend, "radio", ai, shape, hid)
        items = "".join(
            f'<div class="ro"><input type="radio" name="{i}" id="{i}-{k}" value="{k}"{" checked" if k == sel else ""}>'
            f'<label for="{i}-{k}">{E(o)}</label></div>' for k, o in enumerate(opts))
        return f'<fieldset id="{i}"{d}><legend>{E(legend)}</legend>{hp}{items}</fieldset>'

    def rg(self, name, opts, sel, help=None, ai=None, shape=None, hid=False):
        i = self.nid()
        d, hp = self._help(i, help)
        self._reg(i, name, "radiogroup", ai, shape, hid)
        items = "".join(
            f'<span role="radio" aria-checked="{"true" if k == sel else "false"}" tabindex="{0 if k == sel else -1}">{E(o)}</span>'
            for k, o in enumerate(opts))
        return (f'<div class="opt"><span class="lbl" id="{i}-l">{E(name)}</span>'
                f'<div role="radiogroup" id="{i}" aria-labelledby="{i}-l"{d}>{items}</div>{hp}</div>')

    def seg(self, name, opts, sel, help=None, ai=None, shape=None, hid=False):
        i = self.nid()
        d, hp = self._help(i, help)
        self._reg(i, name, "segmented", ai, shape, hid)
        items = "".join(
            f'<button type="button" aria-pressed="{"true" if k == sel else "false"}">{E(o)}</button>'
            for k, o in enumerate(opts))
        return (f'<div class="opt"><span class="lbl" id="{i}-l">{E(name)}</span>'
                f'<div role="group" class="seg" id="{i}" aria-labelledby="{i}-l"{d}>{items}</div>{hp}</div>')

    def sel(self, label, opts, sel, help=None, ai=None, shape=None, hid=False):
        i = self.nid()
        d, hp = self._help(i, help)
        self._reg(i, label, "select", ai, shape, hid)
        o = "".join(f'<option value="{k}"{" selected" if k == sel else ""}>{E(t)}</option>' for k, t in enumerate(opts))
        return f'<div class="opt"><label for="{i}">{E(label)}</label><select id="{i}" name="{i}"{d}>{o}</select>{hp}</div>'

    def bsw(self, label, on, help=None, ai=None, shape=None, hid=False, naming="aria", vis=None):
        """button role=switch; naming: aria (aria-label, visible caption `vis`), lb (aria-labelledby), text."""
        i = self.nid()
        d, hp = self._help(i, help)
        st = "true" if on else "false"
        self._reg(i, label, "button-switch", ai, shape, hid)
        if naming == "aria":
            cap = f'<span class="lbl">{E(vis)}</span>' if vis else ""
            return f'<div class="opt">{cap}<button type="button" role="switch" id="{i}" aria-checked="{st}" aria-label="{E(label)}"{d}></button>{hp}</div>'
        if naming == "lb":
            return (f'<div class="opt"><span class="lbl" id="{i}-l">{E(label)}</span>'
                    f'<button type="button" role="switch" id="{i}" aria-checked="{st}" aria-labelledby="{i}-l"{d}><span class="knob"></span></button>{hp}</div>')
        return f'<div class="opt"><button type="button" role="switch" id="{i}" aria-checked="{st}"{d}>{E(label)}</button>{hp}</div>'

    def state(self, title, status, button, help=None, ai=None, shape=None, hid=False, suffix=None):
        """State row: status text + action button. suffix → visually hidden suffix; else aria-labelledby="btn title"."""
        i = self.nid()
        hp = f'<p class="help">{E(help)}</p>' if help else ""
        if suffix:
            name = f"{button} {suffix}"
            self._reg(i, name, "state-row", ai, shape, hid)
            return (f'<div class="staterow"><div><h3>{E(title)}</h3><p class="st">{E(status)}</p>{hp}</div>'
                    f'<button type="button" id="{i}">{E(button)}<span class="sr-only"> {E(suffix)}</span></button></div>')
        name = f"{button} {title}"
        self._reg(i, name, "state-row", ai, shape, hid)
        return (f'<div class="staterow"><div><h3 id="{i}-t">{E(title)}</h3><p class="st">{E(status)}</p>{hp}</div>'
                f'<button type="button" id="{i}" aria-labelledby="{i} {i}-t">{E(button)}</button></div>')

    def table(self, caption, head0, cols, rows, intro=None):
        """rows: [(row header, [cell, ...])]; cell = bool or (on, ai, shape)."""
        i = self.nid("t")
        th = "".join(f'<th scope="col" id="{i}-c{j}">{E(c)}</th>' for j, c in enumerate(cols))
        body = []
        for k, (rname, cells) in enumerate(rows):
            tds = []
            for j, cell in enumerate(cells):
                on, ai, shape = (cell, None, None) if isinstance(cell, bool) else cell
                cid = f"{i}-{k}-{j}"
                self._reg(cid, f"{rname} {cols[j]}", "table-cell", ai, shape, False)
                tds.append(f'<td><input type="checkbox" id="{cid}" aria-labelledby="{i}-r{k} {i}-c{j}"{" checked" if on else ""}></td>')
            body.append(f'<tr><th scope="row" id="{i}-r{k}">{E(rname)}</th>{"".join(tds)}</tr>')
        ip = f'<p class="help">{E(intro)}</p>' if intro else ""
        return (f'{ip}<table><caption>{E(caption)}</caption><thead><tr><th scope="col">{E(head0)}</th>{th}</tr></thead>'
                f'<tbody>{"".join(body)}</tbody></table>')

    def text(self, label, value="", typ="text", help=None):
        i = self.nid()
        d, hp = self._help(i, help)
        return f'<div class="opt"><label for="{i}">{E(label)}</label><input type="{typ}" id="{i}" name="{i}" value="{E(value)}"{d}>{hp}</div>'

    def btn(self, text, help=None, note=None):
        i = self.nid()
        d, hp = self._help(i, help)
        n = f'<span class="lbl">{E(note)}</span>' if note else ""
        return f'<div class="opt">{n}<button type="button" id="{i}"{d}>{E(text)}</button>{hp}</div>'

    def p(self, text):
        return f'<p class="help">{E(text)}</p>'

    def details(self, summary, *items, open=False):
        return f'<details{" open" if open else ""}><summary>{E(summary)}</summary>{"".join(items)}</details>'

    # ------------------------------------------------------------ hiding
    def hide(self, *items, title=None, close="×", tabs=None, tablist=None):
        assert not self.hide_used
        self.hide_used = True
        inner = "".join(items)
        m = self.method
        if m == "hidden":
            return f'<div class="opt-group" hidden>{inner}</div>'
        if m == "inline-display":
            return f'<div class="opt-group" style="display: none;">{inner}</div>'
        if m == "class":
            return f'<div class="opt-group {self.hide_class}">{inner}</div>'
        if m == "aria-hidden":
            return f'<div class="opt-group" aria-hidden="true">{inner}</div>'
        if m == "visibility":
            return f'<div class="opt-group" style="visibility: hidden;">{inner}</div>'
        if m == "dialog":
            assert title
            i = self.nid("dlg")
            return (f'<dialog id="{i}" aria-labelledby="{i}-h"><h2 id="{i}-h">{E(title)}</h2>{inner}'
                    f'<form method="dialog"><button>{E(close)}</button></form></dialog>')
        if m == "tab":
            assert tabs
            (n1, items1, n2) = tabs
            i = self.nid("tabs")
            tl = f' aria-label="{E(tablist)}"' if tablist else ""
            return (f'<div class="tabs"><div role="tablist"{tl}>'
                    f'<button type="button" role="tab" id="{i}-a" aria-selected="true" aria-controls="{i}-pa">{E(n1)}</button>'
                    f'<button type="button" role="tab" id="{i}-b" aria-selected="false" aria-controls="{i}-pb" tabindex="-1">{E(n2)}</button></div>'
                    f'<div role="tabpanel" id="{i}-pa" aria-labelledby="{i}-a">{"".join(items1)}</div>'
                    f'<div role="tabpanel" id="{i}-pb" aria-labelledby="{i}-b" hidden>{inner}</div></div>')
        raise ValueError(m)

    # ------------------------------------------------------------ layout
    def sec(self, heading, *items, intro=None):
        i = self.nid("s")
        ip = f'<p class="intro">{E(intro)}</p>' if intro else ""
        self.sections.append(f'<section aria-labelledby="{i}"><h2 id="{i}">{E(heading)}</h2>{ip}{"".join(items)}</section>')

    def render(self):
        assert self.hide_used and self.hidden_ai, f"{self.slug}: hidden AI control missing"
        c = self.chrome
        html_lang = "pt-BR" if self.lang == "pt" else self.lang
        langs = "".join(f'<option value="{k}"{" selected" if k == html_lang else ""}>{E(v)}</option>' for k, v in LANG_NAMES)
        menu = "".join(f'<li role="none"><a role="menuitem" href="{E(h)}">{E(t)}</a></li>' for t, h in c["menu"])
        nav = "".join(
            f'<li><a href="{E(h)}"{CUR if k == self.active else ""}>{E(t)}</a></li>'
            for k, (t, h) in enumerate(self.nav))
        foot = "".join(f'<a href="{E(h)}">{E(t)}</a>' for t, h in self.footer)
        style = CSS
        if self.method == "class":
            style += f".{self.hide_class}{{display:none}}\n"
        lead = f'<p class="lead">{E(self.lead)}</p>' if self.lead else ""
        return f"""<!DOCTYPE html>
<!-- saved from url=({len(self.url):04d}){self.url} -->
<html lang="{html_lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(self.title)}</title>
<style>{style}</style>
</head>
<body>
<header class="top">
<a class="brand" href="/">{E(self.brand)}</a>
<form role="search" class="search" action="/search"><input type="search" name="q" aria-label="{E(c['search'])}" placeholder="{E(c['search'])}"></form>
<label for="ui-lang" class="sr-only">{E(c['language'])}</label><select id="ui-lang" name="ui-lang">{langs}</select>
<div class="account"><button type="button" id="acct-btn" aria-haspopup="menu" aria-expanded="false" aria-controls="acct-menu">{E(c['account'])}</button>
<ul id="acct-menu" role="menu" hidden>{menu}</ul></div>
</header>
<div class="layout">
<nav class="side" aria-label="{E(c['nav'])}"><ul>{nav}</ul></nav>
<main id="content">
<h1>{E(self.h1)}</h1>
{lead}
{chr(10).join(self.sections)}
</main>
</div>
<footer>{foot}<p>{E(c['copy'])}</p></footer>
</body>
</html>
"""

    def expect(self):
        return {"url": self.url, "lang": self.lang, "notes": self.auto_notes(),
                "ai_training": [{"label": r["label"], "sharing": r["sharing"]} for r in self.labels]}

    def auto_notes(self):
        sh = ", ".join(f'{r["shape"]}/{r["kind"]}' for r in self.labels)
        k = "known-service reconstruction (all settings invented)" if self.known else "invented service"
        return (f"blind75 {k}. {self.notes} Labelled (shape/kind): {sh}. "
                f"One AI-training control hidden by {self.method} ({self.hidden_ai['kind']}), not listed.").strip()

    def meta(self):
        return {"lang": self.lang, "slug": self.slug, "url": self.url, "known": self.known, "method": self.method,
                "labels": self.labels, "hidden": self.hidden_ai}
