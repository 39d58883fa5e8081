"""Page builder for the blind73 holdout set.

A Page collects a header, side navigation, footer and a list of blocks in <main>.
Blocks (Section) hold widgets.  Every widget may carry ``ai=<shape>`` which marks it
as an AI-training control; if it (or any container around it) is hidden it is
recorded as a hidden AI control instead of a label.

Shapes: i inverted, v vague + help, h heading-only, p plain.
Kinds:  checkbox, switch (checkbox role=switch), radio (fieldset), radiogroup
        (role=radiogroup), pressed (aria-pressed buttons), select, button-switch
        (button role=switch), state-row, table-cell.
"""
import html
import re

E = html.escape

BASE_CSS = """
*{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,sans-serif;color:#1d1f23}
header.top{display:flex;gap:1rem;align-items:center;padding:.6rem 1.2rem;border-bottom:1px solid #ddd}
.layout{display:flex}nav.side{width:15rem;padding:1rem}main{flex:1;padding:1rem 2rem;max-width:56rem}
.row{display:flex;gap:.6rem;align-items:flex-start;padding:.5rem 0;border-bottom:1px solid #eee;flex-wrap:wrap}
.help{color:#5a5f68;font-size:.88rem;margin:.2rem 0 0;flex-basis:100%}
.state{display:flex;justify-content:space-between;align-items:center;padding:.6rem 0}
.badge{font-weight:600}[role=switch][aria-checked=true]{background:#1a7f37;color:#fff}
[aria-pressed=true]{background:#223;color:#fff}table{border-collapse:collapse}td,th{padding:.3rem .6rem;border:1px solid #e3e3e3}
footer{padding:1rem 2rem;border-top:1px solid #ddd;font-size:.85rem}
"""

SR_CLASSES = ["sr-only", "visually-hidden", "u-sr", "screen-reader-text", "vh"]

HIDE_METHODS = ["hidden", "inline", "class", "aria", "visibility", "dialog", "tab"]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Section:
    def __init__(self, page, heading=None, intro=None, hide=None, level=2, kind="section", cls="card"):
        self.page = page
        self.heading = heading
        self.intro = intro
        self.hide = hide            # None or a hide method for the whole block
        self.level = level
        self.kind = kind
        self.cls = cls
        self.items = []
        self.id = page.nid("s")
        self.extra_attrs = ""

    # ---- helpers -------------------------------------------------------
    def _hidden(self, hide):
        return bool(self.hide or hide)

    def _row_attrs(self, hide, cls="row"):
        return self.page.hide_attrs(hide, cls)

    def _record(self, ai, kind, label, sharing, hide, el_id):
        if ai is None:
            return
        if self._hidden(hide):
            method = hide or self.hide
            self.page.hidden.append({"id": el_id, "method": method, "kind": kind, "shape": ai,
                                     "name": norm(label)})
        else:
            self.page.labels.append({"label": norm(label), "sharing": bool(sharing),
                                     "shape": ai, "kind": kind})

    def _help(self, cid, help, desc):
        if not help:
            return "", ""
        hid = cid + "-d"
        attr = f' aria-describedby="{hid}"' if desc else ""
        return attr, f'<p class="help" id="{hid}">{help}</p>'

    # ---- widgets -------------------------------------------------------
    def text(self, html_text):
        self.items.append(f"<p>{html_text}</p>")

    def h3(self, text):
        self.items.append(f"<h3>{E(text)}</h3>")

    def cb(self, label, checked, help=None, ai=None, inv=None, hide=None, switch=False,
           desc=True, wrap=False):
        cid = self.page.nid("cb")
        kind = "switch" if switch else "checkbox"
        role = ' role="switch"' if switch else ""
        chk = " checked" if checked else ""
        dattr, htxt = self._help(cid, help, desc)
        if inv is None:
            inv = ai == "i"
        inp = f'<input type="checkbox" id="{cid}" name="{cid}"{role}{chk}{dattr}>'
        if wrap:
            body = f'<label class="toggle">{inp} <span>{E(label)}</span></label>'
        else:
            body = f'{inp}<label for="{cid}">{E(label)}</label>'
        self.items.append(f'<div{self._row_attrs(hide)}>{body}{htxt}</div>')
        self._record(ai, kind, label, checked != inv, hide, cid)

    def sw(self, label, checked, **kw):
        kw["switch"] = True
        self.cb(label, checked, **kw)

    def bsw(self, label, checked, by="aria", help=None, ai=None, inv=None, hide=None, desc=True):
        cid = self.page.nid("bs")
        dattr, htxt = self._help(cid, help, desc)
        st = "true" if checked else "false"
        if by == "aria":
            body = (f'<span class="row-title" aria-hidden="true">{E(label)}</span>'
                    f'<button type="button" role="switch" id="{cid}" aria-checked="{st}" '
                    f'aria-label="{E(label)}"{dattr}></button>')
        elif by == "lbl":
            body = (f'<span class="row-title" id="{cid}-l">{E(label)}</span>'
                    f'<button type="button" role="switch" id="{cid}" aria-checked="{st}" '
                    f'aria-labelledby="{cid}-l"{dattr}><span class="knob"></span></button>')
        else:
            body = (f'<button type="button" role="switch" id="{cid}" aria-checked="{st}"{dattr}>'
                    f'<span class="knob" aria-hidden="true"></span> {E(label)}</button>')
        self.items.append(f'<div{self._row_attrs(hide)}>{body}{htxt}</div>')
        if inv is None:
            inv = ai == "i"
        self._record(ai, "button-switch", label, checked != inv, hide, cid)

    def radio(self, legend, opts, sel, yes=(), help=None, ai=None, hide=None, desc=True):
        gid = self.page.nid("rf")
        dattr, htxt = self._help(gid, help, desc)
        rows = []
        for i, o in enumerate(opts):
            rid = f"{gid}-{i}"
            c = " checked" if i == sel else ""
            rows.append(f'<div class="opt"><input type="radio" id="{rid}" name="{gid}" value="{i}"{c}>'
                        f'<label for="{rid}">{E(o)}</label></div>')
        self.items.append(f'<fieldset id="{gid}"{self.page.hide_attrs(hide, "radio-set")}{dattr}>'
                          f'<legend>{E(legend)}</legend>{"".join(rows)}{htxt}</fieldset>')
        self._record(ai, "radio", legend, sel in yes, hide, gid)

    def rg(self, name, opts, sel, yes=(), help=None, ai=None, hide=None, desc=True):
        gid = self.page.nid("rg")
        dattr, htxt = self._help(gid, help, desc)
        rows = []
        for i, o in enumerate(opts):
            c = "true" if i == sel else "false"
            ti = "0" if i == sel else "-1"
            rows.append(f'<span role="radio" aria-checked="{c}" tabindex="{ti}">{E(o)}</span>')
        self.items.append(f'<div{self._row_attrs(hide)}><p class="row-title" id="{gid}-l">{E(name)}</p>'
                          f'<div role="radiogroup" id="{gid}" aria-labelledby="{gid}-l"{dattr}>'
                          f'{"".join(rows)}</div>{htxt}</div>')
        self._record(ai, "radiogroup", name, sel in yes, hide, gid)

    def seg(self, name, opts, sel, yes=(), help=None, ai=None, hide=None, desc=True, by="lbl"):
        gid = self.page.nid("sg")
        dattr, htxt = self._help(gid, help, desc)
        btns = "".join(f'<button type="button" aria-pressed="{"true" if i == sel else "false"}">{E(o)}</button>'
                       for i, o in enumerate(opts))
        if by == "lbl":
            head = f'<p class="row-title" id="{gid}-l">{E(name)}</p>'
            gattr = f'aria-labelledby="{gid}-l"'
        else:
            head = f'<p class="row-title" aria-hidden="true">{E(name)}</p>'
            gattr = f'aria-label="{E(name)}"'
        self.items.append(f'<div{self._row_attrs(hide)}>{head}<div role="group" class="segmented" '
                          f'id="{gid}" {gattr}{dattr}>{btns}</div>{htxt}</div>')
        self._record(ai, "pressed", name, sel in yes, hide, gid)

    def sel(self, label, opts, sel, yes=(), help=None, ai=None, hide=None, desc=True):
        sid = self.page.nid("se")
        dattr, htxt = self._help(sid, help, desc)
        o = "".join(f'<option value="{i}"{" selected" if i == sel else ""}>{E(x)}</option>'
                    for i, x in enumerate(opts))
        self.items.append(f'<div{self._row_attrs(hide)}><label for="{sid}">{E(label)}</label>'
                          f'<select id="{sid}" name="{sid}"{dattr}>{o}</select>{htxt}</div>')
        self._record(ai, "select", label, sel in yes, hide, sid)

    def state(self, title, status, action, sharing=None, suffix=None, by="suffix", help=None,
              ai=None, hide=None):
        """Status text + action button.  by='suffix': visually hidden suffix in the button;
        by='lbl': aria-labelledby="<button> <title>"."""
        bid = self.page.nid("st")
        sr = self.page.sr
        htxt = f'<p class="help">{help}</p>' if help else ""
        if by == "suffix":
            suf = suffix if suffix is not None else title
            body = (f'<div><p class="state-title">{E(title)}</p><p class="badge">{E(status)}</p>{htxt}</div>'
                    f'<button type="button" id="{bid}">{E(action)}<span class="{sr}"> {E(suf)}</span></button>')
            name = f"{action} {suf}"
        else:
            body = (f'<div><p class="state-title" id="{bid}-t">{E(title)}</p><p class="badge">{E(status)}</p>{htxt}</div>'
                    f'<button type="button" id="{bid}" aria-labelledby="{bid} {bid}-t">{E(action)}</button>')
            name = f"{action} {title}"
        self.items.append(f'<div{self._row_attrs(hide, "state")}>{body}</div>')
        self._record(ai, "state-row", name, sharing, hide, bid)
        return norm(name)

    def table(self, caption, cols, rows, checked, ai_cols=None, corner=""):
        """cols: column headers; rows: row headers; checked[r][c] bool;
        ai_cols: {col_index: (shape, inverted)}"""
        ai_cols = ai_cols or {}
        tid = self.page.nid("tb")
        head = "".join(f'<th scope="col">{E(c)}</th>' for c in cols)
        body = []
        for r, rh in enumerate(rows):
            cells = []
            for c, ch in enumerate(cols):
                cid = f"{tid}-{r}-{c}"
                cells.append(f'<td><input type="checkbox" id="{cid}"{" checked" if checked[r][c] else ""}></td>')
                if c in ai_cols:
                    shape, inv = ai_cols[c]
                    self._record(shape, "table-cell", f"{rh} {ch}", checked[r][c] != inv, None, cid)
            body.append(f'<tr><th scope="row">{E(rh)}</th>{"".join(cells)}</tr>')
        cap = f"<caption>{E(caption)}</caption>" if caption else ""
        self.items.append(f'<table id="{tid}">{cap}<thead><tr><td>{E(corner)}</td>{head}</tr></thead>'
                          f'<tbody>{"".join(body)}</tbody></table>')

    def btn(self, text, cls="secondary"):
        self.items.append(f'<div class="actions"><button type="button" class="{cls}">{E(text)}</button></div>')

    def inp(self, label, value="", type="text"):
        iid = self.page.nid("in")
        self.items.append(f'<div class="row"><label for="{iid}">{E(label)}</label>'
                          f'<input type="{type}" id="{iid}" name="{iid}" value="{E(value)}"></div>')

    def link(self, text, href="#"):
        self.items.append(f'<p><a href="{E(href)}">{E(text)}</a></p>')

    def dialog(self, opener, title, intro=None, close="Close"):
        d = Section(self.page, title, intro, hide="dialog", kind="dialog")
        d.close = close
        self.items.append(f'<div class="actions"><button type="button" aria-haspopup="dialog" '
                          f'aria-controls="{d.id}">{E(opener)}</button></div>')
        self.page.dialogs.append(d)
        return d

    # ---- rendering -----------------------------------------------------
    def render(self):
        h = f"<h{self.level} id=\"{self.id}-h\">{E(self.heading)}</h{self.level}>" if self.heading else ""
        intro = f'<p class="intro">{self.intro}</p>' if self.intro else ""
        inner = h + intro + "\n" + "\n".join(self.items) + "\n"
        if self.kind == "dialog":
            return (f'<dialog id="{self.id}" aria-labelledby="{self.id}-h"><form method="dialog">{inner}'
                    f'<button value="close">{E(self.close)}</button></form></dialog>')
        lab = f' aria-labelledby="{self.id}-h"' if self.heading else ""
        return f'<section id="{self.id}"{lab}{self.page.hide_attrs(self.hide, self.cls)}>{inner}</section>'


class Details(Section):
    def __init__(self, page, summary, intro=None):
        super().__init__(page, None, intro)
        self.summary = summary

    def render(self):
        intro = f'<p class="intro">{self.intro}</p>' if self.intro else ""
        return (f'<details class="more"><summary>{E(self.summary)}</summary>{intro}'
                f'{"".join(self.items)}</details>')


class Tabs:
    def __init__(self, page, names, active=0, label="Sections"):
        self.page = page
        self.names = names
        self.active = active
        self.label = label
        self.id = page.nid("tabs")
        self.panels = []
        for i, n in enumerate(names):
            s = Section(page, None, None, hide=None if i == active else "tab")
            self.panels.append(s)

    def render(self):
        tabs = []
        panels = []
        for i, (n, s) in enumerate(zip(self.names, self.panels)):
            on = i == self.active
            tabs.append(f'<button type="button" role="tab" id="{self.id}-t{i}" aria-selected="{"true" if on else "false"}" '
                        f'aria-controls="{self.id}-p{i}" tabindex="{"0" if on else "-1"}">{E(n)}</button>')
            hid = "" if on else " hidden"
            panels.append(f'<div role="tabpanel" id="{self.id}-p{i}" aria-labelledby="{self.id}-t{i}"{hid}>'
                          + "\n" + "\n".join(s.items) + "\n</div>")
        return (f'<div class="tabs"><div role="tablist" aria-label="{E(self.label)}">{"".join(tabs)}</div>'
                f'{"".join(panels)}</div>')


LANG_NAMES = [("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"),
              ("pt", "Português (Brasil)"), ("it", "Italiano"), ("nl", "Nederlands")]


class Page:
    def __init__(self, lang, slug, url, title, brand, h1, nav, search, langlabel, account, menu,
                 footer, notes, lead=None, known=False, hidecls="is-hidden", sr="sr-only",
                 navlabel=None, nav_current=0, theme=""):
        self.lang, self.slug, self.url = lang, slug, url
        self.title, self.brand, self.h1 = title, brand, h1
        self.nav, self.search, self.langlabel = nav, search, langlabel
        self.account, self.menu, self.footer = account, menu, footer
        self.notes, self.lead, self.known = notes, lead, known
        self.hidecls, self.sr = hidecls, sr
        self.navlabel = navlabel or h1
        self.nav_current = nav_current
        self.theme = theme
        self.blocks = []
        self.dialogs = []
        self.labels = []
        self.hidden = []
        self._n = 0

    def nid(self, p):
        self._n += 1
        return f"{p}{self._n}"

    def hide_attrs(self, hide, cls):
        """attribute string for a container with class cls and an optional hide method"""
        if hide in (None, "dialog", "tab"):
            return f' class="{cls}"'
        if hide == "hidden":
            return f' class="{cls}" hidden'
        if hide == "inline":
            return f' class="{cls}" style="display:none"'
        if hide == "class":
            return f' class="{cls} {self.hidecls}"'
        if hide == "aria":
            return f' class="{cls}" aria-hidden="true"'
        if hide == "visibility":
            return f' class="{cls}" style="visibility:hidden"'
        raise ValueError(hide)

    def sec(self, heading=None, intro=None, hide=None, level=2):
        s = Section(self, heading, intro, hide, level)
        self.blocks.append(s)
        return s

    def details(self, summary, intro=None):
        d = Details(self, summary, intro)
        self.blocks.append(d)
        return d

    def tabs(self, names, active=0, label="Sections"):
        t = Tabs(self, names, active, label)
        self.blocks.append(t)
        return t.panels

    def render(self):
        css = BASE_CSS + f".{self.sr}{{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}}\n" \
            + f".{self.hidecls}{{display:none!important}}\n"
        langs = "".join(f'<option value="{c}"{" selected" if c == self.lang else ""}>{E(n)}</option>'
                        for c, n in LANG_NAMES)
        menu = "".join(f'<li role="none"><a role="menuitem" href="#">{E(m)}</a></li>' for m in self.menu)
        cur = ' aria-current="page"'
        nav = "".join(f'<li><a href="#"{cur if i == self.nav_current else ""}>{E(n)}</a></li>'
                      for i, n in enumerate(self.nav))
        foot = "".join(f'<a href="#">{E(f)}</a> ' for f in self.footer[1:])
        lead = f'<p class="lead">{self.lead}</p>' if self.lead else ""
        main = "\n".join(b.render() for b in self.blocks) + "\n" + "\n".join(d.render() for d in self.dialogs)
        return f"""<!DOCTYPE html>
<!-- saved from url=({len(self.url):04d}){self.url} -->
<html lang="{self.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(self.title)}</title>
<style>{css}</style>
</head>
<body>
<header class="top">
<a class="brand" href="#">{E(self.brand)}</a>
<form role="search" action="#"><input type="search" name="q" aria-label="{E(self.search)}" placeholder="{E(self.search)}"></form>
<label for="site-lang" class="{self.sr}">{E(self.langlabel)}</label><select id="site-lang" name="lang">{langs}</select>
<div class="account"><button type="button" id="account-button" aria-haspopup="menu" aria-expanded="false" aria-controls="account-menu">{E(self.account)}</button>
<ul id="account-menu" role="menu" hidden>{menu}</ul></div>
</header>
<div class="layout">
<nav class="side" aria-label="{E(self.navlabel)}"><ul>{nav}</ul></nav>
<main id="main">
<h1>{E(self.h1)}</h1>
{lead}
{main}
</main>
</div>
<footer><p>{E(self.footer[0])}</p><p>{foot}</p></footer>
</body>
</html>
"""

    def expect(self):
        return {"url": self.url, "lang": self.lang, "notes": self.notes,
                "ai_training": [{"label": l["label"], "sharing": l["sharing"]} for l in self.labels]}
