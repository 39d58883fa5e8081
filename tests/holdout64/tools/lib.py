"""Page builder for the blind64 holdout set.

A page is a tree of blocks (sections, <details>, hidden wrappers, dialogs, tabs) holding
units (controls).  A unit with ai=<shape> is an AI-training control; when it is rendered in
a visible context it becomes a label in the .expect.json, when it is rendered inside a
hidden wrapper it is recorded in meta.json as a hidden AI-training control (check.py makes
sure it really is hidden).  Shapes: i inverted, v vague + help, h heading-only, p plain.
"""
import html
import re
import zlib

LANG_NAMES = [("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"),
              ("pt-BR", "Português (Brasil)"), ("it", "Italiano"), ("nl", "Nederlands")]
HIDE_CLASSES = ["is-hidden", "d-none", "u-hidden", "collapsed", "hide", "js-only", "sr-gone"]
KINDS = {
    "cb": "native checkbox",
    "sw": "checkbox role=switch",
    "rf": "radio fieldset",
    "rg": "role=radiogroup",
    "seg": "aria-pressed segmented buttons",
    "sel": "select",
    "bsw": "button role=switch aria-checked",
    "st": "state row (status + action button)",
    "tbl": "table cell (row header x column header)",
}
SHAPES = {"i": "inverted", "v": "vague + help", "h": "heading-only", "p": "plain"}


def E(s):
    return html.escape(s, quote=True)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Ctx:
    def __init__(self, prefix):
        self.n = 0
        self.prefix = prefix
        self.hidden = None
        self.labels = []
        self.hidden_ai = []
        self.units = 0
        self.hidden_units = 0

    def id(self, tag="c"):
        self.n += 1
        return f"{self.prefix}{tag}{self.n}"

    def record(self, unit, eid, name, sharing, state=None):
        if self.hidden:
            self.hidden_units += 1
            if unit.ai:
                self.hidden_ai.append(dict(id=eid, name=norm(name), method=self.hidden,
                                           kind=unit.kind, shape=unit.ai, sharing=sharing))
            return
        self.units += 1
        if unit.ai:
            self.labels.append(dict(label=norm(name), sharing=bool(sharing), kind=unit.kind,
                                    shape=unit.ai, id=eid, state=state))


def _help(ctx, text, near=False):
    """returns (attr, html) for a help text"""
    if not text:
        return "", ""
    hid = ctx.id("d")
    if near:
        return "", f'<p class="help">{E(text)}</p>'
    return f' aria-describedby="{hid}"', f'<p class="help" id="{hid}">{E(text)}</p>'


class Unit:
    kind = "decoy"

    def __init__(self, ai=None, share=None, help=None, near=False):
        self.ai = ai
        self.share = share
        self.help = help
        self.near = near

    def binary_share(self, on):
        if self.share is not None:
            return self.share
        return bool(on) != (self.ai == "i")


class cb(Unit):
    """native checkbox; wrap=True puts the input inside its label"""
    kind = "cb"

    def __init__(self, name, on, help=None, ai=None, share=None, wrap=False, near=False):
        super().__init__(ai, share, help, near)
        self.name, self.on, self.wrap = name, on, wrap

    def render(self, ctx):
        eid = ctx.id("cb")
        da, dh = _help(ctx, self.help, self.near)
        chk = " checked" if self.on else ""
        ctx.record(self, eid, self.name, self.binary_share(self.on), self.on)
        if self.wrap:
            return (f'<div class="setting"><label class="check"><input type="checkbox" id="{eid}"{chk}{da}> '
                    f'{E(self.name)}</label>{dh}</div>')
        return (f'<div class="setting"><input type="checkbox" id="{eid}"{chk}{da}>'
                f'<label for="{eid}">{E(self.name)}</label>{dh}</div>')


class sw(Unit):
    """<input type=checkbox role=switch>"""
    kind = "sw"

    def __init__(self, name, on, help=None, ai=None, share=None, near=False):
        super().__init__(ai, share, help, near)
        self.name, self.on = name, on

    def render(self, ctx):
        eid = ctx.id("sw")
        da, dh = _help(ctx, self.help, self.near)
        chk = " checked" if self.on else ""
        ctx.record(self, eid, self.name, self.binary_share(self.on), self.on)
        return (f'<div class="setting setting--switch"><label for="{eid}">{E(self.name)}</label>'
                f'<input type="checkbox" role="switch" class="switch" id="{eid}"{chk}{da}>{dh}</div>')


class bsw(Unit):
    """<button role=switch aria-checked>; how = 'label' (aria-label), 'by' (aria-labelledby), 'text'"""
    kind = "bsw"

    def __init__(self, name, on, help=None, ai=None, share=None, how="by", near=False):
        super().__init__(ai, share, help, near)
        self.name, self.on, self.how = name, on, how

    def render(self, ctx):
        eid = ctx.id("bs")
        da, dh = _help(ctx, self.help, self.near)
        st = "true" if self.on else "false"
        ctx.record(self, eid, self.name, self.binary_share(self.on), self.on)
        knob = '<span class="knob" aria-hidden="true"></span>'
        if self.how == "label":
            return (f'<div class="setting setting--toggle"><span class="setting-title">{E(self.name)}</span>'
                    f'<button type="button" role="switch" id="{eid}" aria-checked="{st}" aria-label="{E(self.name)}"{da}>'
                    f'{knob}</button>{dh}</div>')
        if self.how == "text":
            return (f'<div class="setting setting--toggle"><button type="button" role="switch" id="{eid}" '
                    f'aria-checked="{st}" class="toggle-row"{da}><span class="toggle-text">{E(self.name)}</span>{knob}</button>{dh}</div>')
        lid = ctx.id("l")
        return (f'<div class="setting setting--toggle"><span class="setting-title" id="{lid}">{E(self.name)}</span>'
                f'<button type="button" role="switch" id="{eid}" aria-checked="{st}" aria-labelledby="{lid}"{da}>'
                f'{knob}</button>{dh}</div>')


def _opts(options):
    out = []
    for o in options:
        if isinstance(o, tuple):
            out.append(o)
        else:
            out.append((o, None))
    return out


class rf(Unit):
    """radio <fieldset> named by its <legend>"""
    kind = "rf"

    def __init__(self, legend, options, sel, help=None, ai=None, near=False):
        super().__init__(ai, None, help, near)
        self.legend, self.options, self.sel = legend, _opts(options), sel

    def render(self, ctx):
        eid = ctx.id("fs")
        da, dh = _help(ctx, self.help, self.near)
        ctx.record(self, eid, self.legend, self.options[self.sel][1], self.sel)
        radios = []
        for i, (t, _) in enumerate(self.options):
            rid = ctx.id("r")
            chk = " checked" if i == self.sel else ""
            radios.append(f'<div class="radio"><input type="radio" name="{eid}-v" id="{rid}" value="{i}"{chk}>'
                          f'<label for="{rid}">{E(t)}</label></div>')
        return f'<fieldset id="{eid}"{da}><legend>{E(self.legend)}</legend>{dh}{"".join(radios)}</fieldset>'


class rg(Unit):
    """role=radiogroup named by aria-labelledby (native radios or role=radio items)"""
    kind = "rg"

    def __init__(self, name, options, sel, help=None, ai=None, native=True, near=False):
        super().__init__(ai, None, help, near)
        self.name, self.options, self.sel, self.native = name, _opts(options), sel, native

    def render(self, ctx):
        eid = ctx.id("rg")
        lid = ctx.id("l")
        da, dh = _help(ctx, self.help, self.near)
        ctx.record(self, eid, self.name, self.options[self.sel][1], self.sel)
        items = []
        for i, (t, _) in enumerate(self.options):
            if self.native:
                chk = " checked" if i == self.sel else ""
                items.append(f'<label class="choice"><input type="radio" name="{eid}-v" value="{i}"{chk}> {E(t)}</label>')
            else:
                st = "true" if i == self.sel else "false"
                ti = "0" if i == self.sel else "-1"
                items.append(f'<div role="radio" class="choice" aria-checked="{st}" tabindex="{ti}">{E(t)}</div>')
        return (f'<div class="setting"><p class="setting-title" id="{lid}">{E(self.name)}</p>{dh}'
                f'<div role="radiogroup" id="{eid}" aria-labelledby="{lid}"{da}>{"".join(items)}</div></div>')


class seg(Unit):
    """role=group of aria-pressed buttons"""
    kind = "seg"

    def __init__(self, name, options, sel, help=None, ai=None, near=False):
        super().__init__(ai, None, help, near)
        self.name, self.options, self.sel = name, _opts(options), sel

    def render(self, ctx):
        eid = ctx.id("sg")
        lid = ctx.id("l")
        da, dh = _help(ctx, self.help, self.near)
        ctx.record(self, eid, self.name, self.options[self.sel][1], self.sel)
        btns = "".join(f'<button type="button" aria-pressed="{"true" if i == self.sel else "false"}">{E(t)}</button>'
                       for i, (t, _) in enumerate(self.options))
        return (f'<div class="setting"><span class="setting-title" id="{lid}">{E(self.name)}</span>'
                f'<div role="group" class="segmented" id="{eid}" aria-labelledby="{lid}"{da}>{btns}</div>{dh}</div>')


class sel(Unit):
    """<select> named by <label for>"""
    kind = "sel"

    def __init__(self, name, options, sel, help=None, ai=None, near=False):
        super().__init__(ai, None, help, near)
        self.name, self.options, self.sel = name, _opts(options), sel

    def render(self, ctx):
        eid = ctx.id("se")
        da, dh = _help(ctx, self.help, self.near)
        ctx.record(self, eid, self.name, self.options[self.sel][1], self.sel)
        opts = "".join(f'<option value="{i}"{" selected" if i == self.sel else ""}>{E(t)}</option>'
                       for i, (t, _) in enumerate(self.options))
        return (f'<div class="setting"><label for="{eid}">{E(self.name)}</label>'
                f'<select id="{eid}"{da}>{opts}</select>{dh}</div>')


class state(Unit):
    """status text + action button; named by a visually hidden suffix or aria-labelledby a title"""
    kind = "st"

    def __init__(self, status, button, suffix=None, title=None, ai=None, share=None, help=None):
        super().__init__(ai, share, help, False)
        self.status, self.button, self.suffix, self.title = status, button, suffix, title

    def render(self, ctx):
        eid = ctx.id("st")
        sid = ctx.id("s")
        _, dh = _help(ctx, self.help, True)
        if self.title:
            tid = ctx.id("t")
            name = f"{self.button} {self.title}"
            ctx.record(self, eid, name, self.share)
            return (f'<div class="state-row"><h3 class="state-title" id="{tid}">{E(self.title)}</h3>'
                    f'<p class="status" id="{sid}">{E(self.status)}</p>{dh}'
                    f'<button type="button" class="btn btn--secondary" id="{eid}" aria-labelledby="{eid} {tid}">{E(self.button)}</button></div>')
        name = f"{self.button} {self.suffix}" if self.suffix else self.button
        ctx.record(self, eid, name, self.share)
        sfx = f'<span class="visually-hidden"> {E(self.suffix)}</span>' if self.suffix else ""
        return (f'<div class="state-row"><p class="status" id="{sid}">{E(self.status)}</p>{dh}'
                f'<button type="button" class="btn btn--secondary" id="{eid}">{E(self.button)}{sfx}</button></div>')


class btn(Unit):
    """plain action button (decoy)"""

    def __init__(self, text, help=None):
        super().__init__(None, None, help, True)
        self.text = text

    def render(self, ctx):
        eid = ctx.id("b")
        _, dh = _help(ctx, self.help, True)
        ctx.record(self, eid, self.text, None)
        return f'<div class="setting setting--action">{dh}<button type="button" class="btn" id="{eid}">{E(self.text)}</button></div>'


class field(Unit):
    """text-like input (decoy)"""

    def __init__(self, name, value="", type="text", help=None):
        super().__init__(None, None, help, False)
        self.name, self.value, self.type = name, value, type

    def render(self, ctx):
        eid = ctx.id("in")
        da, dh = _help(ctx, self.help)
        ctx.record(self, eid, self.name, None)
        return (f'<div class="setting"><label for="{eid}">{E(self.name)}</label>'
                f'<input type="{self.type}" id="{eid}" value="{E(self.value)}"{da}>{dh}</div>')


class table(Unit):
    """checkbox per cell; ai_cols maps column index -> shape; cells: rows of True/False/None"""
    kind = "tbl"

    def __init__(self, caption, cols, rows, cells, ai_cols=None, labelledby=True, corner=""):
        super().__init__(None)
        self.caption, self.cols, self.rows, self.cells = caption, cols, rows, cells
        self.ai_cols = ai_cols or {}
        self.labelledby, self.corner = labelledby, corner

    def render(self, ctx):
        tid = ctx.id("tb")
        cids = [ctx.id("ch") for _ in self.cols]
        head = "".join(f'<th scope="col" id="{c}">{E(t)}</th>' for c, t in zip(cids, self.cols))
        corner = f'<td>{E(self.corner)}</td>' if not self.corner else f'<th scope="col">{E(self.corner)}</th>'
        body = []
        for r, row in enumerate(self.rows):
            rid = ctx.id("rh")
            tds = []
            for c, val in enumerate(self.cells[r]):
                if val is None:
                    tds.append('<td class="na">—</td>')
                    continue
                eid = ctx.id("tc")
                shape = self.ai_cols.get(c)
                cell = _Cell(shape)
                ctx.record(cell, eid, f"{row} {self.cols[c]}", bool(val) != (shape == "i"), bool(val))
                lb = f' aria-labelledby="{rid} {cids[c]}"' if self.labelledby else ""
                tds.append(f'<td><input type="checkbox" id="{eid}"{lb}{" checked" if val else ""}></td>')
            body.append(f'<tr><th scope="row" id="{rid}">{E(row)}</th>{"".join(tds)}</tr>')
        cap = f"<caption>{E(self.caption)}</caption>" if self.caption else ""
        return (f'<table class="matrix" id="{tid}">{cap}<thead><tr>{corner}{head}</tr></thead>'
                f'<tbody>{"".join(body)}</tbody></table>')


class _Cell(Unit):
    kind = "tbl"

    def __init__(self, shape):
        super().__init__(shape)


# ---------------------------------------------------------------- blocks
class Block:
    pass


def render_items(ctx, items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(f"<p>{E(it)}</p>")
        else:
            out.append(it.render(ctx))
    return "\n".join(out)


class section(Block):
    def __init__(self, heading, intro=None, items=(), level=2, foot=None):
        self.heading, self.intro, self.items, self.level, self.foot = heading, intro, list(items), level, foot

    def render(self, ctx):
        hid = ctx.id("h")
        intro = f'<p class="intro">{E(self.intro)}</p>' if self.intro else ""
        foot = f'<p class="small">{E(self.foot)}</p>' if self.foot else ""
        h = self.level
        return (f'<section class="card" aria-labelledby="{hid}"><h{h} id="{hid}">{E(self.heading)}</h{h}>{intro}\n'
                f'{render_items(ctx, self.items)}{foot}</section>')


class details(Block):
    def __init__(self, summary, items, open=False, intro=None):
        self.summary, self.items, self.open, self.intro = summary, list(items), open, intro

    def render(self, ctx):
        o = " open" if self.open else ""
        intro = f'<p class="intro">{E(self.intro)}</p>' if self.intro else ""
        return (f'<details class="more"{o}><summary>{E(self.summary)}</summary>{intro}\n'
                f'{render_items(ctx, self.items)}</details>')


class hide(Block):
    """method: hidden | style | class | aria | vis"""

    def __init__(self, method, items, heading=None, intro=None):
        assert method in ("hidden", "style", "class", "aria", "vis")
        self.method, self.items, self.heading, self.intro = method, list(items), heading, intro

    def render(self, ctx):
        attr = {
            "hidden": " hidden",
            "style": ' style="display:none"',
            "class": f' class="{ctx.hide_class}"',
            "aria": ' aria-hidden="true"',
            "vis": ' style="visibility:hidden"',
        }[self.method]
        prev = ctx.hidden
        ctx.hidden = self.method
        head = f"<h3>{E(self.heading)}</h3>" if self.heading else ""
        intro = f'<p class="intro">{E(self.intro)}</p>' if self.intro else ""
        inner = render_items(ctx, self.items)
        ctx.hidden = prev
        # (One class attribute: a second one is dropped by HTML parsers, and the block shows.)
        if self.method == "class":
            return f'<div class="block {ctx.hide_class}">{head}{intro}\n{inner}</div>'
        return f'<div class="block"{attr}>{head}{intro}\n{inner}</div>'


class dialog(Block):
    """a visible trigger button and a closed <dialog> holding the items"""

    def __init__(self, trigger, title, items, intro=None, close="Close"):
        self.trigger, self.title, self.items, self.intro, self.close = trigger, title, list(items), intro, close

    def render(self, ctx):
        did = ctx.id("dlg")
        tid = ctx.id("h")
        bid = ctx.id("b")
        ctx.record(Unit(), bid, self.trigger, None)
        prev = ctx.hidden
        ctx.hidden = "dialog"
        intro = f"<p>{E(self.intro)}</p>" if self.intro else ""
        inner = render_items(ctx, self.items)
        ctx.hidden = prev
        return (f'<div class="setting setting--action"><button type="button" class="btn btn--link" id="{bid}" '
                f'aria-haspopup="dialog" aria-controls="{did}">{E(self.trigger)}</button></div>\n'
                f'<dialog id="{did}" aria-labelledby="{tid}"><h2 id="{tid}">{E(self.title)}</h2>{intro}\n{inner}'
                f'<form method="dialog"><button class="btn">{E(self.close)}</button></form></dialog>')


class tabs(Block):
    """panels: [(tab label, items)]; the first is active, the others are inactive (hidden) panels"""

    def __init__(self, label, panels, active=0):
        self.label, self.panels, self.active = label, panels, active

    def render(self, ctx):
        ids = [(ctx.id("tab"), ctx.id("pnl")) for _ in self.panels]
        tl = "".join(
            f'<button type="button" role="tab" id="{t}" aria-controls="{p}" aria-selected="{"true" if i == self.active else "false"}"'
            f' tabindex="{"0" if i == self.active else "-1"}">{E(lbl)}</button>'
            for i, ((t, p), (lbl, _)) in enumerate(zip(ids, self.panels)))
        out = [f'<div role="tablist" aria-label="{E(self.label)}">{tl}</div>']
        for i, ((t, p), (lbl, items)) in enumerate(zip(ids, self.panels)):
            prev = ctx.hidden
            if i != self.active:
                ctx.hidden = "tab"
            inner = render_items(ctx, items)
            ctx.hidden = prev
            hid = "" if i == self.active else " hidden"
            out.append(f'<div role="tabpanel" id="{p}" aria-labelledby="{t}"{hid}>\n{inner}</div>')
        return "\n".join(out)


# ---------------------------------------------------------------- page
CSS = """body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2330}
.topbar{display:flex;gap:1rem;align-items:center;padding:.6rem 1.2rem;border-bottom:1px solid #dde}
.layout{display:flex}.sidenav{width:15rem;padding:1rem}.sidenav a[aria-current]{font-weight:600}
main{flex:1;max-width:52rem;padding:1rem 2rem}.card{border:1px solid #e3e5ea;border-radius:8px;padding:1rem 1.2rem;margin:0 0 1rem}
.setting{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.6rem 0}.help,.small{color:#5b6272;font-size:.87rem;flex-basis:100%;margin:.2rem 0}
.segmented button[aria-pressed=true]{background:#24306b;color:#fff}.knob{display:inline-block;width:2.2rem;height:1.2rem;border-radius:1rem;background:#ccd}
.state-row{display:flex;flex-wrap:wrap;gap:.6rem;align-items:center;justify-content:space-between;margin:.6rem 0}
.matrix{border-collapse:collapse}.matrix th,.matrix td{padding:.3rem .6rem;border-bottom:1px solid #eee}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
footer{border-top:1px solid #dde;padding:1rem 1.2rem;font-size:.85rem;color:#5b6272}
"""


class Page:
    def __init__(self, lang, slug, url, brand, title, notes, chrome, nav, body, known=False, lede=None, active=0):
        self.lang, self.slug, self.url, self.brand, self.title = lang, slug, url, brand, title
        self.notes, self.chrome, self.nav, self.body, self.known = notes, chrome, nav, body, known
        self.lede, self.active = lede, active

    def build(self):
        h = zlib.crc32(self.slug.encode())
        prefix = "abcdefghjkmnpqrstuvwxyz"[h % 23] + "-"
        ctx = Ctx(prefix)
        ctx.hide_class = HIDE_CLASSES[h % len(HIDE_CLASSES)]
        c = self.chrome
        hl = "pt-BR" if self.lang == "pt" else self.lang
        body = render_items(ctx, self.body)
        langopts = "".join(f'<option value="{code}"{" selected" if code == hl else ""}>{E(n)}</option>'
                           for code, n in LANG_NAMES)
        menu = "".join(f'<li role="none"><a role="menuitem" href="#">{E(m)}</a></li>' for m in c["menu"])
        cur = ' aria-current="page"'
        nav = "".join(f'<li><a href="#"{cur if i == self.active else ""}>{E(n)}</a></li>'
                      for i, n in enumerate(self.nav))
        foot = "".join(f'<li><a href="#">{E(f)}</a></li>' for f in c["footer"])
        lede = f'<p class="lede">{E(self.lede)}</p>' if self.lede else ""
        doc = f"""<!DOCTYPE html>
<!-- saved from url=({len(self.url):04d}){self.url} -->
<html lang="{hl}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(self.title)} – {E(self.brand)}</title>
<style>
{CSS}.{ctx.hide_class}{{display:none}}
</style>
</head>
<body>
<header class="topbar">
<a class="brand" href="#">{E(self.brand)}</a>
<form role="search" class="search"><label for="q" class="visually-hidden">{E(c["search"])}</label><input type="search" id="q" name="q" placeholder="{E(c["search"])}"></form>
<div class="langpick"><label for="ui-lang">{E(c["langsel"])}</label><select id="ui-lang">{langopts}</select></div>
<div class="account"><button type="button" id="acct-btn" aria-haspopup="menu" aria-expanded="false" aria-controls="acct-menu">{E(c["user"])}</button>
<ul id="acct-menu" role="menu" aria-labelledby="acct-btn" hidden>{menu}</ul></div>
</header>
<div class="layout">
<nav class="sidenav" aria-label="{E(c["navlabel"])}"><ul>{nav}</ul></nav>
<main id="main">
<h1>{E(self.title)}</h1>
{lede}
{body}
</main>
</div>
<footer><ul class="footer-links">{foot}</ul><p>{E(c["copy"])}</p></footer>
</body>
</html>
"""
        expect = {"url": self.url, "lang": self.lang, "notes": self.notes,
                  "ai_training": [{"label": l["label"], "sharing": l["sharing"]} for l in ctx.labels]}
        meta = dict(lang=self.lang, slug=self.slug, url=self.url, brand=self.brand, known=self.known,
                    units=ctx.units, hidden_units=ctx.hidden_units, hide_class=ctx.hide_class,
                    labels=ctx.labels, hidden_ai=ctx.hidden_ai)
        return doc, expect, meta


def chrome(search, langsel, user, menu, navlabel, footer, copy):
    return dict(search=search, langsel=langsel, user=user, menu=menu, navlabel=navlabel, footer=footer, copy=copy)
