"""Page builder for blind47 (standard library only).

A page is built top to bottom: widgets append markup to the page and register themselves.
Every widget takes ``ai=(sharing, shape)`` when its concern is AI training on the person's
data (shape: "i" inverted, "v" vague name + help, "h" heading-only, "p" plain), or ``ai=None``
for a decoy.  Widgets built inside a hidden block are not counted as visible units; an AI
widget there is recorded as a hidden AI-training decoy instead of a label.
"""
import html
import re
from contextlib import contextmanager

SHAPES = {"i": "inverted", "v": "vague+help", "h": "heading-only", "p": "plain"}

HIDDEN_MECHS = {
    "display-inline": '<div class="legacy-block" style="display:none">',
    "display-class": '<div class="is-hidden">',
    "hidden-attr": "<div hidden>",
    "aria-hidden": '<div aria-hidden="true">',
    "visibility": '<div class="placeholder" style="visibility:hidden">',
}

CSS = """
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;background:#f4f5f7}
.top{display:flex;align-items:center;gap:16px;padding:10px 24px;background:#fff;border-bottom:1px solid #dde1e6;position:relative}
.top .logo{font-weight:700;font-size:19px;color:#0b4f8a;text-decoration:none}
.top form{flex:1}
.top input[type=search]{width:100%;max-width:420px;padding:7px 10px;border:1px solid #c4cad3;border-radius:6px}
.acct-menu{position:absolute;right:24px;top:52px;background:#fff;border:1px solid #dde1e6;list-style:none;padding:6px 0;margin:0}
.acct-menu a{display:block;padding:6px 16px;color:inherit;text-decoration:none}
.layout{display:flex;max-width:1180px;margin:0 auto;padding:24px;gap:28px}
.side{width:230px;flex:none}
.side ul{list-style:none;margin:0;padding:0}
.side a{display:block;padding:7px 10px;border-radius:6px;color:#1d2330;text-decoration:none}
.side a[aria-current]{background:#e3edf7;font-weight:600}
main{flex:1;min-width:0}
.card{background:#fff;border:1px solid #dde1e6;border-radius:10px;padding:18px 22px;margin-bottom:18px}
.card h2{font-size:18px;margin:0 0 6px}
.card h3{font-size:15px;margin:14px 0 6px}
.intro{color:#4a5261;margin:0 0 12px}
.field{padding:10px 0;border-top:1px solid #eef0f3}
.field:first-of-type{border-top:0}
.field label,.field-title{font-weight:600}
.help{color:#5b6473;font-size:13px;margin:4px 0 0}
.switch{display:flex;justify-content:space-between;align-items:center;width:100%;background:none;border:0;padding:0;font:inherit;text-align:left;cursor:pointer}
.switch-row{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:8px}
.switch-row .help{flex-basis:100%}
.track{display:inline-block;width:38px;height:22px;border-radius:11px;background:#b9c0ca;position:relative;flex:none}
[aria-checked=true] .track{background:#1769c2}
.thumb{position:absolute;top:3px;left:3px;width:16px;height:16px;border-radius:50%;background:#fff}
[aria-checked=true] .thumb{left:19px}
.segmented{display:inline-flex;border:1px solid #c4cad3;border-radius:6px;overflow:hidden}
.segmented button{border:0;background:#fff;padding:5px 12px;font:inherit}
.segmented button[aria-pressed=true]{background:#1769c2;color:#fff}
fieldset{border:0;margin:0;padding:10px 0}
legend{font-weight:600;padding:0}
.radios label{display:block;font-weight:400}
.state-row{display:flex;justify-content:space-between;align-items:center;padding:10px 0;border-top:1px solid #eef0f3}
.state-value{color:#4a5261;margin-left:8px}
.link-btn{background:none;border:0;color:#1769c2;font:inherit;cursor:pointer;text-decoration:underline}
.btn{border:1px solid #1769c2;background:#fff;color:#1769c2;border-radius:6px;padding:6px 14px;font:inherit}
.btn.danger{border-color:#b3261e;color:#b3261e}
table.grid{border-collapse:collapse;width:100%;margin:8px 0}
table.grid caption{text-align:left;font-weight:600;padding-bottom:6px}
table.grid th,table.grid td{border-bottom:1px solid #eef0f3;padding:7px 6px;text-align:left}
table.grid td{text-align:center}
details.more{margin-top:10px;border-top:1px solid #eef0f3;padding-top:8px}
details.more summary{cursor:pointer;color:#1769c2}
[role=tablist]{display:flex;gap:4px;border-bottom:1px solid #dde1e6;margin-bottom:12px}
[role=tab]{border:0;background:none;padding:8px 14px;font:inherit}
[role=tab][aria-selected=true]{border-bottom:2px solid #1769c2;font-weight:600}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.is-hidden{display:none}
.is-inactive{display:none}
.placeholder{min-height:0}
.badge{display:inline-block;font-size:12px;background:#e8f0e3;color:#2d5a1b;border-radius:4px;padding:1px 6px}
footer{border-top:1px solid #dde1e6;padding:18px 24px;color:#5b6473;font-size:13px;background:#fff}
footer a{color:#5b6473;margin-right:14px}
"""


def esc(s):
    return html.escape(s, quote=True)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Page:
    def __init__(self, lang, slug, url, title, brand, chrome, nav, kind, known=False,
                 nav_current=0, h1=None, lead=None, user="", notes=""):
        self.lang = lang
        self.slug = slug
        self.url = url
        self.title = title
        self.brand = brand
        self.chrome = chrome
        self.nav = nav
        self.nav_current = nav_current
        self.kind = kind
        self.known = known
        self.h1 = h1 or title
        self.lead = lead
        self.user = user
        self.notes = notes
        self.out = []
        self.ids = set()
        self._n = 0
        self.units = 0
        self.labels = []
        self.hidden_depth = 0
        self.hidden_ai = []
        self.hidden_mechs = []
        self.details_depth = 0
        self.decoy_widgets = {}
        self._tabs = None

    # ---------- bookkeeping ----------
    def uid(self, prefix):
        self._n += 1
        i = f"{prefix}{self._n}"
        assert i not in self.ids
        self.ids.add(i)
        return i

    def emit(self, s):
        self.out.append(s)

    def _reg(self, name, ai, widget, state, units=1):
        name = norm(name)
        if self.hidden_depth:
            if ai is not None:
                self.hidden_ai.append({"name": name, "widget": widget,
                                       "mechanism": self.hidden_mechs[-1]})
            return
        self.units += units
        if ai is None:
            self.decoy_widgets[widget] = self.decoy_widgets.get(widget, 0) + units
            return
        sharing, shape = ai
        assert isinstance(sharing, bool) and shape in SHAPES, (name, ai)
        w = widget + (" (closed details)" if self.details_depth else "")
        self.labels.append({"label": name, "sharing": sharing, "shape": shape,
                            "widget": w, "state": norm(state)})

    def _help(self, cid, help, tie):
        """Return (attribute string, markup) for help text."""
        if not help:
            return "", ""
        if tie == "desc":
            hid = cid + "-help"
            self.ids.add(hid)
            return f' aria-describedby="{hid}"', f'<p class="help" id="{hid}">{esc(help)}</p>'
        return "", f'<p class="help">{esc(help)}</p>'

    # ---------- structure ----------
    @contextmanager
    def section(self, heading, intro=None, level=2, intro2=None):
        hid = self.uid("sec")
        self.emit(f'<section class="card" aria-labelledby="{hid}">')
        self.emit(f'<h{level} id="{hid}">{esc(heading)}</h{level}>')
        if intro:
            self.emit(f'<p class="intro">{esc(intro)}</p>')
        if intro2:
            self.emit(f'<p class="intro">{esc(intro2)}</p>')
        yield
        self.emit("</section>")

    def sub(self, heading, intro=None):
        self.emit(f"<h3>{esc(heading)}</h3>")
        if intro:
            self.emit(f'<p class="intro">{esc(intro)}</p>')

    def para(self, text, cls="intro"):
        self.emit(f'<p class="{cls}">{esc(text)}</p>')

    @contextmanager
    def details(self, summary, intro=None):
        self.emit(f'<details class="more"><summary>{esc(summary)}</summary>')
        if intro:
            self.emit(f'<p class="intro">{esc(intro)}</p>')
        self.details_depth += 1
        yield
        self.details_depth -= 1
        self.emit("</details>")

    @contextmanager
    def hidden(self, mech, opener=None, title=None, actions=()):
        """A hidden block. mech: one of HIDDEN_MECHS or "dialog"."""
        if mech == "dialog":
            did = self.uid("dlg")
            tid = did + "-t"
            self.ids.add(tid)
            # the opener is a visible unit
            self.emit(f'<div class="field"><button type="button" class="btn" aria-haspopup="dialog" '
                      f'aria-controls="{did}">{esc(opener)}</button></div>')
            self._reg(opener, None, "button", "")
            self.emit(f'<dialog id="{did}" aria-labelledby="{tid}"><h3 id="{tid}">{esc(title)}</h3>')
            self.hidden_depth += 1
            self.hidden_mechs.append("closed dialog")
            yield
            if actions:
                self.emit('<div class="dialog-actions">')
                for a in actions:
                    self.emit(f'<button type="button" class="btn">{esc(a)}</button>')
                self.emit("</div>")
            self.emit("</dialog>")
        else:
            self.emit(HIDDEN_MECHS[mech])
            self.hidden_depth += 1
            self.hidden_mechs.append(mech)
            yield
            self.emit("</div>")
        self.hidden_depth -= 1

    def tabs(self, names, active=0, label=None):
        """Emit a tab list; returns a list of panel ids. Use tab_panel(i) afterwards."""
        tl = self.uid("tabs")
        attr = f' aria-label="{esc(label)}"' if label else ""
        self.emit(f'<div role="tablist"{attr} id="{tl}">')
        panels = []
        for k, n in enumerate(names):
            t = f"{tl}-tab{k}"
            pnl = f"{tl}-panel{k}"
            self.ids.update({t, pnl})
            sel = "true" if k == active else "false"
            ti = "" if k == active else ' tabindex="-1"'
            self.emit(f'<button type="button" role="tab" id="{t}" aria-selected="{sel}" '
                      f'aria-controls="{pnl}"{ti}>{esc(n)}</button>')
            self._reg(n, None, "tab", "")
            panels.append((t, pnl, k == active))
        self.emit("</div>")
        self._tabs = panels
        return panels

    @contextmanager
    def tab_panel(self, k):
        t, pnl, active = self._tabs[k]
        if active:
            self.emit(f'<div role="tabpanel" id="{pnl}" aria-labelledby="{t}">')
            yield
        else:
            self.emit(f'<div role="tabpanel" id="{pnl}" aria-labelledby="{t}" hidden>')
            self.hidden_depth += 1
            self.hidden_mechs.append("inactive tab panel")
            yield
            self.hidden_depth -= 1
        self.emit("</div>")

    # ---------- widgets ----------
    def checkbox(self, label, checked, help=None, tie="desc", wrap=False, ai=None, badge=None):
        cid = self.uid("cb")
        ck = " checked" if checked else ""
        b = f' <span class="badge">{esc(badge)}</span>' if badge else ""
        if wrap:
            da, hm = self._help(cid, help, tie)
            self.emit(f'<div class="field"><label class="check"><input type="checkbox" id="{cid}"{ck}{da}> '
                      f'<span>{esc(label)}</span></label>{b}{hm}</div>')
        else:
            da, hm = self._help(cid, help, tie)
            self.emit(f'<div class="field check"><input type="checkbox" id="{cid}"{ck}{da}> '
                      f'<label for="{cid}">{esc(label)}</label>{b}{hm}</div>')
        self._reg(label, ai, "checkbox" + (" (wrapping label)" if wrap else ""),
                  "on" if checked else "off")

    def switch(self, label, on, help=None, tie="desc", mode="text", ai=None, show_state=None):
        """mode: text (name from content), labelledby (visible title span), aria-label."""
        cid = self.uid("sw")
        ac = "true" if on else "false"
        da, hm = self._help(cid, help, tie)
        st = ""
        if show_state:
            st = f'<span class="state-value" aria-hidden="true">{esc(show_state[0] if on else show_state[1])}</span>'
        track = '<span class="track" aria-hidden="true"><span class="thumb"></span></span>'
        if mode == "text":
            self.emit(f'<div class="field switch-row"><button type="button" role="switch" class="switch" id="{cid}" '
                      f'aria-checked="{ac}"{da}><span>{esc(label)}</span>{st}{track}</button>{hm}</div>')
            w = "switch (name from content)"
        elif mode == "labelledby":
            tid = cid + "-t"
            self.ids.add(tid)
            self.emit(f'<div class="field switch-row"><span class="field-title" id="{tid}">{esc(label)}</span>'
                      f'<button type="button" role="switch" class="switch" id="{cid}" aria-checked="{ac}" '
                      f'aria-labelledby="{tid}"{da}>{st}{track}</button>{hm}</div>')
            w = "switch (aria-labelledby)"
        elif mode == "aria-label":
            self.emit(f'<div class="field switch-row"><span class="field-title">{esc(label)}</span>'
                      f'<button type="button" role="switch" class="switch" id="{cid}" aria-checked="{ac}" '
                      f'aria-label="{esc(label)}"{da}>{st}{track}</button>{hm}</div>')
            w = "switch (aria-label)"
        else:
            raise ValueError(mode)
        self._reg(label, ai, w, "on" if on else "off")

    def select(self, label, options, selected, help=None, tie="desc", ai=None):
        cid = self.uid("sel")
        da, hm = self._help(cid, help, tie)
        assert selected in options, (label, selected)
        opts = "".join(f'<option{" selected" if o == selected else ""}>{esc(o)}</option>' for o in options)
        self.emit(f'<div class="field"><label for="{cid}">{esc(label)}</label> '
                  f'<select id="{cid}"{da}>{opts}</select>{hm}</div>')
        self._reg(label, ai, "select", selected)

    def radios(self, legend, options, selected, help=None, tie="desc", style="fieldset", ai=None):
        gid = self.uid("rg")
        da, hm = self._help(gid, help, tie)
        assert selected in options
        items = []
        for k, o in enumerate(options):
            rid = f"{gid}-{k}"
            self.ids.add(rid)
            ck = " checked" if o == selected else ""
            items.append(f'<label for="{rid}"><input type="radio" id="{rid}" name="{gid}" value="{k}"{ck}> {esc(o)}</label>')
        if style == "fieldset":
            self.emit(f'<fieldset class="field radios" id="{gid}"{da}><legend>{esc(legend)}</legend>'
                      + "".join(items) + f"{hm}</fieldset>")
            w = "radio group (fieldset/legend)"
        else:
            tid = gid + "-t"
            self.ids.add(tid)
            self.emit(f'<div class="field radios"><p class="field-title" id="{tid}">{esc(legend)}</p>'
                      f'<div role="radiogroup" id="{gid}" aria-labelledby="{tid}"{da}>' + "".join(items)
                      + f"</div>{hm}</div>")
            w = "radio group (role=radiogroup)"
        self._reg(legend, ai, w, selected)

    def segmented(self, name, options, pressed, help=None, tie="desc", ai=None):
        gid = self.uid("seg")
        tid = gid + "-t"
        self.ids.add(tid)
        da, hm = self._help(gid, help, tie)
        assert pressed in options
        btns = "".join(f'<button type="button" aria-pressed="{"true" if o == pressed else "false"}">{esc(o)}</button>'
                       for o in options)
        self.emit(f'<div class="field switch-row"><span class="field-title" id="{tid}">{esc(name)}</span>'
                  f'<div role="group" class="segmented" id="{gid}" aria-labelledby="{tid}"{da}>{btns}</div>{hm}</div>')
        self._reg(name, ai, "segmented buttons (aria-pressed)", pressed)

    def state_row(self, title, state, button, suffix=None, help=None, tie="desc", ai=None):
        """Text state with an action button. suffix given: visually hidden suffix inside
        the button; suffix None: aria-labelledby=(button, title)."""
        bid = self.uid("act")
        tid = bid + "-t"
        self.ids.add(tid)
        da, hm = self._help(bid, help, tie)
        if suffix is not None:
            self.emit(f'<div class="state-row"><div><span class="state-title" id="{tid}">{esc(title)}</span>'
                      f'<span class="state-value">{esc(state)}</span>{hm}</div>'
                      f'<button type="button" class="link-btn" id="{bid}"{da}>{esc(button)}'
                      f'<span class="sr-only">{esc(suffix)}</span></button></div>')
            name = button + suffix
            w = "state row (visually hidden suffix)"
        else:
            self.emit(f'<div class="state-row"><div><span class="state-title" id="{tid}">{esc(title)}</span>'
                      f'<span class="state-value">{esc(state)}</span>{hm}</div>'
                      f'<button type="button" class="link-btn" id="{bid}" aria-labelledby="{bid} {tid}"{da}>'
                      f'{esc(button)}</button></div>')
            name = button + " " + title
            w = "state row (aria-labelledby)"
        self._reg(name, ai, w, state)

    def table(self, caption, corner, cols, rows, naming="rowcol", intro=None):
        """rows: [(row_header, [cell, ...])]; cell = None or (checked, ai).
        naming: rowcol -> aria-labelledby row+col; row -> aria-labelledby row only
        (one checkbox per row)."""
        tb = self.uid("tbl")
        if intro:
            self.emit(f'<p class="intro">{esc(intro)}</p>')
        self.emit(f'<table class="grid" id="{tb}">')
        if caption:
            self.emit(f"<caption>{esc(caption)}</caption>")
        col_ids = []
        head = f'<th scope="col">{esc(corner)}</th>' if corner else "<td></td>"
        for k, c in enumerate(cols):
            cid = f"{tb}-c{k}"
            self.ids.add(cid)
            col_ids.append(cid)
            head += f'<th scope="col" id="{cid}">{esc(c)}</th>'
        self.emit(f"<thead><tr>{head}</tr></thead><tbody>")
        for r, (rh, cells) in enumerate(rows):
            rid = f"{tb}-r{r}"
            self.ids.add(rid)
            tr = f'<tr><th scope="row" id="{rid}">{esc(rh)}</th>'
            if naming == "row":
                assert sum(1 for c in cells if c is not None) == 1
            for k, cell in enumerate(cells):
                if cell is None:
                    tr += "<td></td>"
                    continue
                checked, ai = cell
                xid = f"{tb}-x{r}-{k}"
                self.ids.add(xid)
                if naming == "rowcol":
                    lb = f"{rid} {col_ids[k]}"
                    name = rh + " " + cols[k]
                    w = "table cell checkbox (row + column header)"
                else:
                    lb = rid
                    name = rh
                    w = "table cell checkbox (row header)"
                tr += (f'<td><input type="checkbox" id="{xid}" aria-labelledby="{lb}"'
                       f'{" checked" if checked else ""}></td>')
                self._reg(name, ai, w, "on" if checked else "off")
            self.emit(tr + "</tr>")
        self.emit("</tbody></table>")

    def text_input(self, label, value="", kind="text", help=None, tie="desc"):
        cid = self.uid("in")
        da, hm = self._help(cid, help, tie)
        self.emit(f'<div class="field"><label for="{cid}">{esc(label)}</label> '
                  f'<input type="{kind}" id="{cid}" value="{esc(value)}"{da}>{hm}</div>')
        self._reg(label, None, "text input", value)

    def textarea(self, label, value=""):
        cid = self.uid("ta")
        self.emit(f'<div class="field"><label for="{cid}">{esc(label)}</label> '
                  f'<textarea id="{cid}" rows="3">{esc(value)}</textarea></div>')
        self._reg(label, None, "textarea", value)

    def button(self, text, danger=False, help=None, tie="near", ai=None):
        bid = self.uid("btn")
        da, hm = self._help(bid, help, tie)
        cls = "btn danger" if danger else "btn"
        self.emit(f'<div class="field"><button type="button" class="{cls}" id="{bid}"{da}>{esc(text)}</button>{hm}</div>')
        self._reg(text, ai, "button", "")

    # ---------- output ----------
    def render(self):
        c = self.chrome
        url_len = len(self.url)
        assert url_len <= 9999
        lang_attr = "pt-BR" if self.lang == "pt" else self.lang
        nav = []
        for k, item in enumerate(self.nav):
            cur = ' aria-current="page"' if k == self.nav_current else ""
            nav.append(f'<li><a href="#"{cur}>{esc(item)}</a></li>')
        menu = "".join(f'<li role="none"><a role="menuitem" href="#">{esc(m)}</a></li>' for m in c["menu"])
        langs = "".join(f'<option{" selected" if v == c["lang_current"] else ""}>{esc(v)}</option>'
                        for v in c["lang_options"])
        foot = "".join(f'<a href="#">{esc(f)}</a>' for f in c["footer"])
        lead = f'<p class="intro">{esc(self.lead)}</p>' if self.lead else ""
        parts = [
            "<!DOCTYPE html>",
            f"<!-- saved from url=({url_len:04d}){self.url} -->",
            f'<html lang="{lang_attr}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{esc(self.title)} – {esc(self.brand)}</title>",
            f"<style>{CSS}</style>",
            "</head>",
            "<body>",
            '<header class="top">',
            f'<a class="logo" href="#">{esc(self.brand)}</a>',
            f'<form role="search"><label class="sr-only" for="site-search">{esc(c["search_label"])}</label>'
            f'<input type="search" id="site-search" placeholder="{esc(c["search_placeholder"])}"></form>',
            f'<label class="sr-only" for="site-lang">{esc(c["lang_label"])}</label><select id="site-lang">{langs}</select>',
            f'<button type="button" id="acct-btn" aria-haspopup="menu" aria-expanded="false" aria-controls="acct-menu">'
            f'{esc(self.user or c["account"])}</button>',
            f'<ul class="acct-menu" id="acct-menu" role="menu" aria-labelledby="acct-btn" hidden>{menu}</ul>',
            "</header>",
            '<div class="layout">',
            f'<nav class="side" aria-label="{esc(c["nav_label"])}"><ul>{"".join(nav)}</ul></nav>',
            "<main>",
            f"<h1>{esc(self.h1)}</h1>",
            lead,
        ] + self.out + [
            "</main>",
            "</div>",
            f'<footer><p>{esc(c["copyright"].format(brand=self.brand))}</p><p>{foot}</p></footer>',
            "</body>",
            "</html>",
        ]
        assert not self.hidden_depth and not self.details_depth
        return "\n".join(p for p in parts if p != "") + "\n"

    def expect(self):
        return {
            "url": self.url,
            "lang": self.lang,
            "notes": self.notes,
            "ai_training": [{"label": l["label"], "sharing": l["sharing"]} for l in self.labels],
        }

    def meta(self):
        shapes = {k: 0 for k in SHAPES}
        for l in self.labels:
            shapes[l["shape"]] += 1
        return {
            "lang": self.lang,
            "page": self.slug,
            "url": self.url,
            "service": self.brand,
            "kind": self.kind,
            "known": self.known,
            "units": self.units,
            "labelled": len(self.labels),
            "true": sum(1 for l in self.labels if l["sharing"]),
            "false": sum(1 for l in self.labels if not l["sharing"]),
            "shapes": shapes,
            "labels": self.labels,
            "hidden_ai_decoys": self.hidden_ai,
            "decoy_widgets": self.decoy_widgets,
        }
