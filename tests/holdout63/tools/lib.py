"""Page builder for the blind63 set (Python 3 standard library only).

Every widget method returns an HTML string and books the control:
  * visible controls in <main> add to ``units`` (a radio group / aria-pressed group is one unit);
  * controls passed ``ai=<shape>`` are AI-training controls: when visible they go to ``labels``
    (label, sharing, shape, kind, and what check.py needs to re-derive sharing from the DOM);
    when built inside ``hide()``, an inactive tab or a closed dialog they go to ``hidden``.
"""
import html as _html
from contextlib import contextmanager

SHAPES = ("i", "v", "h", "p")
TABIDX = ' tabindex="-1"'
CUR = ' aria-current="page"'


def esc(s):
    return _html.escape(s, quote=True)


def norm(s):
    return " ".join(s.split())


BASE_CSS = """
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;background:#f6f7f9}
.topbar{display:flex;gap:16px;align-items:center;padding:10px 24px;background:#fff;border-bottom:1px solid #e3e6ea}
.brand{font-weight:700;text-decoration:none;color:inherit;margin-right:auto}
.search input{width:260px;padding:6px 10px;border:1px solid #cdd3da;border-radius:6px}
.account{position:relative}.account ul{position:absolute;right:0;list-style:none;margin:4px 0;padding:6px;background:#fff;border:1px solid #ddd}
.layout{display:grid;grid-template-columns:230px 1fr;gap:24px;max-width:1180px;margin:0 auto;padding:24px}
nav.side ul{list-style:none;margin:0;padding:0}nav.side a{display:block;padding:6px 10px;border-radius:6px;color:#334;text-decoration:none}
nav.side a[aria-current]{background:#e8eefc;font-weight:600}
main h1{margin-top:0}.card{background:#fff;border:1px solid #e3e6ea;border-radius:10px;padding:18px 20px;margin-bottom:18px}
.row{display:flex;flex-wrap:wrap;align-items:center;gap:10px;padding:10px 0;border-top:1px solid #f0f2f4}.row:first-of-type{border-top:0}
.row .hint,.hint{flex-basis:100%;margin:2px 0 0;color:#5b6570;font-size:13px}
.lbl{flex:1}button{font:inherit;padding:6px 12px;border-radius:6px;border:1px solid #c4cbd3;background:#fff;cursor:pointer}
button[role=switch]{width:44px;height:24px;border-radius:12px;padding:0;position:relative}button[role=switch][aria-checked=true]{background:#2e6be6}
button.sw-text{width:auto;height:auto;border-radius:6px;padding:6px 12px}
.seg button[aria-pressed=true]{background:#1b1f24;color:#fff}.status{font-weight:600;margin-left:8px}
.state{display:flex;align-items:center;justify-content:space-between;gap:12px;padding:10px 0;border-top:1px solid #f0f2f4}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:8px;border-bottom:1px solid #eef0f2}caption{text-align:left;font-weight:600;padding-bottom:6px}
fieldset{border:0;padding:0;margin:10px 0}legend{font-weight:600}.tabs [role=tablist]{display:flex;gap:6px;margin-bottom:12px}
details{margin:12px 0}summary{cursor:pointer;font-weight:600}dialog{border:1px solid #ccd;border-radius:10px}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
footer{padding:24px;text-align:center;color:#667;font-size:13px}footer a{margin:0 8px;color:#667}
"""

LANGS = [("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"),
         ("pt", "Português (Brasil)"), ("it", "Italiano"), ("nl", "Nederlands")]

MECHS = ("hidden-attr", "inline-display-none", "css-class", "aria-hidden",
         "visibility-hidden", "closed-dialog", "inactive-tabpanel")


class Page:
    def __init__(self, lang, slug, service, url, notes, chrome, h1, nav, known=False,
                 title=None, hide_class="is-hidden", current=0):
        self.lang, self.slug, self.service, self.url = lang, slug, service, url
        self.notes, self.chrome, self.h1, self.nav = notes, chrome, h1, nav
        self.known, self.title, self.current = known, title or f"{h1} – {service}", current
        self.hide_class = hide_class
        self.units = 0
        self.labels = []
        self.hidden = []
        self._n = 0
        self._hid = None

    # ------------------------------------------------------------ bookkeeping
    def uid(self, p="c"):
        self._n += 1
        return f"{p}{self._n}"

    def _book(self, name, ai, kind, check):
        """check: dict telling check.py how to read sharing back from the DOM."""
        name = norm(name)
        if self._hid:
            if ai:
                self.hidden.append({"name": name, "mechanism": self._hid, "kind": kind})
            return
        self.units += 1
        if ai:
            assert ai in SHAPES, ai
            self.labels.append(dict({"label": name, "shape": ai, "kind": kind}, **check))

    @contextmanager
    def _hidden(self, mech):
        assert mech in MECHS
        prev, self._hid = self._hid, mech
        try:
            yield
        finally:
            self._hid = prev

    # ------------------------------------------------------------ helpers
    def _hint(self, help, hmode, hid):
        if not help:
            return "", ""
        if hmode == "desc":
            return f' aria-describedby="{hid}"', f'<p class="hint" id="{hid}">{help}</p>'
        return "", f'<p class="hint">{help}</p>'

    # ------------------------------------------------------------ layout
    def sec(self, heading, intro, *items, level=2, cls="card"):
        hid = self.uid("h")
        intro_html = f"<p>{intro}</p>" if intro else ""
        return (f'<section class="{cls}" aria-labelledby="{hid}"><h{level} id="{hid}">{heading}</h{level}>'
                f'{intro_html}{"".join(items)}</section>\n')

    def div(self, *items, cls="card"):
        return f'<div class="{cls}">{"".join(items)}</div>\n'

    def para(self, text, cls="hint"):
        return f'<p class="{cls}">{text}</p>'

    def details(self, summary, *items):
        return f'<details><summary>{summary}</summary>{"".join(items)}</details>'

    def link(self, text, href="#"):
        return f'<a href="{href}">{text}</a>'

    def hide(self, mech, fn):
        """Wrap content produced by fn() in a hiding mechanism (not dialog/tab: see dialog(), tabs())."""
        with self._hidden(mech):
            inner = fn()
        if mech == "hidden-attr":
            return f'<div class="card" hidden>{inner}</div>'
        if mech == "inline-display-none":
            return f'<div class="card" style="display:none">{inner}</div>'
        if mech == "css-class":
            return f'<div class="card {self.hide_class}">{inner}</div>'
        if mech == "aria-hidden":
            return f'<div class="card" aria-hidden="true">{inner}</div>'
        if mech == "visibility-hidden":
            return f'<div class="card" style="visibility: hidden; height: 0; overflow: hidden">{inner}</div>'
        raise ValueError(mech)

    def dialog(self, opener, title, fn, close="×"):
        did, hid = self.uid("dlg"), self.uid("h")
        btn = self.btn(opener, attrs=f'aria-haspopup="dialog" aria-controls="{did}"')
        with self._hidden("closed-dialog"):
            inner = fn()
            cls = f'<form method="dialog"><button value="close">{close}</button></form>'
        return btn, f'<dialog id="{did}" aria-labelledby="{hid}"><h2 id="{hid}">{title}</h2>{inner}{cls}</dialog>'

    def tabs(self, label, tabs):
        """tabs: list of (tab name, fn, active)."""
        ids = [(self.uid("tab"), self.uid("panel")) for _ in tabs]
        bar = []
        for (tid, pid), (name, fn, active) in zip(ids, tabs):
            self._book(name, None, "tab", {})
            bar.append(f'<button type="button" role="tab" id="{tid}" aria-controls="{pid}" '
                       f'aria-selected="{"true" if active else "false"}"{"" if active else TABIDX}>{name}</button>')
        panels = []
        for (tid, pid), (name, fn, active) in zip(ids, tabs):
            if active:
                inner = fn()
                panels.append(f'<div role="tabpanel" id="{pid}" aria-labelledby="{tid}">{inner}</div>')
            else:
                with self._hidden("inactive-tabpanel"):
                    inner = fn()
                panels.append(f'<div role="tabpanel" id="{pid}" aria-labelledby="{tid}" hidden>{inner}</div>')
        return (f'<div class="tabs"><div role="tablist" aria-label="{esc(label)}">{"".join(bar)}</div>'
                f'{"".join(panels)}</div>\n')

    # ------------------------------------------------------------ widgets
    def btn(self, text, attrs="", cls=None, name=None):
        self._book(name or text, None, "button", {})
        c = f' class="{cls}"' if cls else ""
        a = f" {attrs}" if attrs else ""
        return f'<button type="button"{c}{a}>{text}</button>'

    def inp(self, name, value="", type="text", help=None, hmode="desc", ai=None):
        cid, hid = self.uid("f"), self.uid("d")
        da, hh = self._hint(help, hmode, hid)
        self._book(name, ai, "input", {})
        v = f' value="{esc(value)}"' if value else ""
        return f'<div class="row"><label for="{cid}">{name}</label><input type="{type}" id="{cid}"{v}{da}>{hh}</div>'

    def cb(self, name, checked=False, help=None, hmode="desc", ai=None, inv=None, role=None, nmode="for"):
        inv = (ai == "i") if inv is None else inv
        cid, hid, lid = self.uid("f"), self.uid("d"), self.uid("l")
        da, hh = self._hint(help, hmode, hid)
        ch = " checked" if checked else ""
        r = f' role="{role}"' if role else ""
        kind = "checkbox-switch" if role == "switch" else "checkbox"
        self._book(name, ai, kind, {"inv": inv, "sharing": bool(checked) != bool(inv)})
        if nmode == "for":
            return f'<div class="row"><input type="checkbox" id="{cid}"{r}{ch}{da}><label class="lbl" for="{cid}">{name}</label>{hh}</div>'
        if nmode == "wrap":
            return f'<div class="row"><label class="lbl"><input type="checkbox"{r}{ch}{da}> {name}</label>{hh}</div>'
        if nmode == "aria":
            return f'<div class="row"><span class="lbl">{name}</span><input type="checkbox" aria-label="{esc(name)}"{r}{ch}{da}>{hh}</div>'
        if nmode == "lby":
            return f'<div class="row"><span class="lbl" id="{lid}">{name}</span><input type="checkbox" aria-labelledby="{lid}"{r}{ch}{da}>{hh}</div>'
        raise ValueError(nmode)

    def sw(self, name, on=False, help=None, hmode="desc", ai=None, inv=None, nmode="lby"):
        inv = (ai == "i") if inv is None else inv
        hid, lid = self.uid("d"), self.uid("l")
        da, hh = self._hint(help, hmode, hid)
        st = "true" if on else "false"
        self._book(name, ai, f"switch-{nmode}", {"inv": inv, "sharing": bool(on) != bool(inv)})
        if nmode == "lby":
            return (f'<div class="row"><span class="lbl" id="{lid}">{name}</span><button type="button" role="switch" '
                    f'aria-checked="{st}" aria-labelledby="{lid}"{da}><span class="knob" aria-hidden="true"></span></button>{hh}</div>')
        if nmode == "aria":
            return (f'<div class="row"><span class="lbl" aria-hidden="true">{name}</span><button type="button" role="switch" '
                    f'aria-checked="{st}" aria-label="{esc(name)}"{da}><span class="knob"></span></button>{hh}</div>')
        if nmode == "text":
            return (f'<div class="row"><button type="button" class="sw-text" role="switch" aria-checked="{st}"{da}>'
                    f'<span class="knob" aria-hidden="true"></span> {name}</button>{hh}</div>')
        raise ValueError(nmode)

    def state(self, title, status, action, sharing, suffix=None, help=None, hmode="desc", ai=None, nmode="suffix",
              tag="strong"):
        """A status text plus an action button. sharing is given explicitly (the state shown)."""
        tid, bid, hid = self.uid("t"), self.uid("b"), self.uid("d")
        da, hh = self._hint(help, hmode, hid)
        left = f'<div><{tag} id="{tid}">{title}</{tag}> <span class="status">{status}</span>{hh}</div>'
        if nmode == "suffix":
            name = f"{action}{suffix}"
            b = f'<button type="button" id="{bid}"{da}>{action}<span class="sr-only">{suffix}</span></button>'
        elif nmode == "lby":
            name = title
            b = f'<button type="button" id="{bid}" aria-labelledby="{tid}"{da}>{action}</button>'
        elif nmode == "lby2":
            name = f"{action} {title}"
            b = f'<button type="button" id="{bid}" aria-labelledby="{bid} {tid}"{da}>{action}</button>'
        else:
            raise ValueError(nmode)
        self._book(name, ai, f"state-{nmode}", {"sharing": sharing, "fixed": True})
        return f'<div class="state">{left}{b}</div>'

    def sel(self, name, opts, selected=0, shares=None, help=None, hmode="desc", ai=None):
        cid, hid = self.uid("f"), self.uid("d")
        da, hh = self._hint(help, hmode, hid)
        o = "".join(f'<option{" selected" if i == selected else ""}>{t}</option>' for i, t in enumerate(opts))
        chk = {}
        if ai:
            assert shares and len(shares) == len(opts)
            chk = {"options": {norm(t): s for t, s in zip(opts, shares)}, "sharing": shares[selected]}
        self._book(name, ai, "select", chk)
        return f'<div class="row"><label class="lbl" for="{cid}">{name}</label><select id="{cid}"{da}>{o}</select>{hh}</div>'

    def radios(self, name, opts, selected=0, shares=None, help=None, hmode="desc", ai=None, mode="fieldset"):
        g, hid, lid = self.uid("g"), self.uid("d"), self.uid("l")
        da, hh = self._hint(help, hmode, hid)
        items = "".join(f'<label class="opt"><input type="radio" name="{g}" value="{i}"{" checked" if i == selected else ""}> {t}</label><br>'
                        for i, t in enumerate(opts))
        chk = {}
        if ai:
            assert shares and len(shares) == len(opts)
            chk = {"options": {norm(t): s for t, s in zip(opts, shares)}, "sharing": shares[selected]}
        self._book(name, ai, f"radio-{mode}", chk)
        if mode == "fieldset":
            return f'<fieldset{da}><legend>{name}</legend>{items}{hh}</fieldset>'
        return (f'<div class="row"><span class="lbl" id="{lid}">{name}</span><div role="radiogroup" aria-labelledby="{lid}"{da}>'
                f'{items}</div>{hh}</div>')

    def seg(self, name, opts, selected=0, shares=None, help=None, hmode="desc", ai=None):
        lid, hid = self.uid("l"), self.uid("d")
        da, hh = self._hint(help, hmode, hid)
        bs = "".join(f'<button type="button" aria-pressed="{"true" if i == selected else "false"}">{t}</button>'
                     for i, t in enumerate(opts))
        chk = {}
        if ai:
            assert shares and len(shares) == len(opts)
            chk = {"options": {norm(t): s for t, s in zip(opts, shares)}, "sharing": shares[selected]}
        self._book(name, ai, "segmented", chk)
        return (f'<div class="row"><span class="lbl" id="{lid}">{name}</span><div class="seg" role="group" '
                f'aria-labelledby="{lid}"{da}>{bs}</div>{hh}</div>')

    def table(self, caption, cols, rows, colai=None, intro=None):
        """cols: header texts, first is the row-header column. rows: (row name, [checked per col]).
        colai: {col index: (shape, inv)} for the AI-training columns."""
        colai = colai or {}
        cids = [self.uid("col") for _ in cols]
        head = "".join(f'<th scope="col" id="{cid}">{c}</th>' for cid, c in zip(cids, cols))
        body = []
        for rname, states in rows:
            rid = self.uid("row")
            cells = []
            for ci, st in enumerate(states, start=1):
                if st is None:
                    cells.append("<td>—</td>")
                    continue
                shape, inv = colai.get(ci, (None, False))
                nm = f"{rname} {cols[ci]}"
                self._book(nm, shape, "table-cell", {"inv": inv, "sharing": bool(st) != bool(inv)})
                cells.append(f'<td><input type="checkbox" aria-labelledby="{rid} {cids[ci]}"{" checked" if st else ""}></td>')
            body.append(f'<tr><th scope="row" id="{rid}">{rname}</th>{"".join(cells)}</tr>')
        i = f"<p>{intro}</p>" if intro else ""
        return (f'{i}<table><caption>{caption}</caption><thead><tr>{head}</tr></thead>'
                f'<tbody>{"".join(body)}</tbody></table>\n')

    # ------------------------------------------------------------ page
    def render(self, main):
        c = self.chrome
        url = self.url
        langopts = "".join(f'<option value="{k}"{" selected" if k == self.lang else ""}>{v}</option>' for k, v in LANGS)
        menu = "".join(f'<li role="none"><a role="menuitem" href="#">{m}</a></li>' for m in c["menu"][:-1])
        menu += f'<li role="none"><button type="button" role="menuitem">{c["menu"][-1]}</button></li>'
        nav = "".join(f'<li><a href="#"{CUR if i == self.current else ""}>{n}</a></li>'
                      for i, n in enumerate(self.nav))
        foot = "".join(f'<a href="#">{f}</a>' for f in c["footer"])
        css = BASE_CSS + f".{self.hide_class}{{display:none}}\n"
        return (
            "<!DOCTYPE html>\n"
            f"<!-- saved from url=({len(url):04d}){url} -->\n"
            f'<html lang="{self.lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{self.title}</title>\n<style>{css}</style>\n</head>\n<body>\n"
            f'<header class="topbar"><a class="brand" href="#">{self.service}</a>'
            f'<form role="search" class="search" action="#"><input type="search" name="q" aria-label="{esc(c["search"])}" placeholder="{esc(c["search"])}…"></form>'
            f'<label for="lang-pick">{c["langlabel"]}</label><select id="lang-pick">{langopts}</select>'
            f'<div class="account"><button type="button" aria-haspopup="menu" aria-expanded="false" aria-controls="acct-menu">{c["account"]}</button>'
            f'<ul id="acct-menu" role="menu" hidden>{menu}</ul></div></header>\n'
            f'<div class="layout"><nav class="side" aria-label="{esc(c["navlabel"])}"><ul>{nav}</ul></nav>\n'
            f'<main id="content"><h1>{self.h1}</h1>\n{main}</main></div>\n'
            f'<footer><nav aria-label="{esc(c["footlabel"])}">{foot}</nav><p>© 2025 {self.service}</p></footer>\n'
            "</body>\n</html>\n"
        )

    def meta(self):
        return {"lang": self.lang, "page": self.slug, "service": self.service, "url": self.url,
                "known": self.known, "units": self.units, "labels": self.labels, "hidden": self.hidden}

    def expect(self):
        return {"url": self.url, "lang": self.lang, "notes": self.notes,
                "ai_training": [{"label": l["label"], "sharing": l["sharing"]} for l in self.labels]}
