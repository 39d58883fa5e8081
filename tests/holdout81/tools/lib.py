"""Page builder for the holdout81 blind set.

A page is built from sections of widgets.  Every widget that concerns the use of the
person's data for AI / model training gets an ``ai=`` spec; the builder records its
accessible name, shape, widget kind and whether, in the state shown, the data IS used.
Exactly one AI control per page is placed inside a hidden block and is not labelled.
"""
import html
import re

METHODS = ["hidden", "inline-display-none", "css-class", "aria-hidden",
           "visibility-hidden", "closed-dialog", "inactive-tabpanel"]
KINDS = ["checkbox", "switch", "fieldset", "radiogroup", "segmented", "select",
         "btnswitch", "staterow", "tablecell"]
SHAPES = ["i", "v", "h", "p"]


def esc(s):
    return html.escape(s, quote=True)


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def ai(shape, pos=True, yes=None):
    """shape: i/v/h/p.  pos: for on/off widgets, does ON mean the data is used?
    yes: for option widgets, indices of the options that mean the data is used."""
    assert shape in SHAPES
    return {"shape": shape, "pos": pos, "yes": set(yes or ())}


class Block:
    """Collects widget markup; shared by sections, details and hidden blocks."""

    def __init__(self, page, hidden=False):
        self.page = page
        self.parts = []
        self.hidden = hidden

    # ------------------------------------------------------------ bookkeeping
    def _reg(self, kind, name, ai_spec, sharing, el_id, units=1):
        self.page.units += 0 if self.hidden else units
        if ai_spec is None:
            return
        rec = {"label": collapse(name), "sharing": bool(sharing), "shape": ai_spec["shape"],
               "kind": kind, "id": el_id}
        if self.hidden:
            self.page.hidden_ai.append(rec)
        else:
            self.page.ai.append(rec)

    def _help(self, hid, text):
        if not text:
            return ""
        return f'<p class="help" id="{hid}">{text}</p>'

    def raw(self, markup):
        self.parts.append(markup)
        return self

    def p(self, text, cls="note"):
        self.parts.append(f'<p class="{cls}">{text}</p>')
        return self

    def h(self, text, level=3):
        self.parts.append(f"<h{level}>{text}</h{level}>")
        return self

    # ------------------------------------------------------------ widgets
    def checkbox(self, name, checked=False, help=None, ai=None, wrap=False, switch=False,
                 describe=True):
        i = self.page.nid("cb")
        role = ' role="switch"' if switch else ""
        chk = " checked" if checked else ""
        desc = f' aria-describedby="{i}-d"' if (help and describe) else ""
        if wrap:
            m = (f'<div class="row"><label class="check"><input type="checkbox" id="{i}"{role}{chk}{desc}>'
                 f' <span>{name}</span></label>{self._help(i + "-d", help)}</div>')
        else:
            m = (f'<div class="row"><input type="checkbox" id="{i}"{role}{chk}{desc}>'
                 f'<label for="{i}">{name}</label>{self._help(i + "-d", help)}</div>')
        self.parts.append(m)
        sharing = None
        if ai:
            sharing = checked if ai["pos"] else not checked
        self._reg("switch" if switch else "checkbox", _text(name), ai, sharing, i)
        return self

    def switch(self, name, checked=False, help=None, ai=None, wrap=False, describe=True):
        return self.checkbox(name, checked, help, ai, wrap=wrap, switch=True, describe=describe)

    def btnswitch(self, name, checked=False, help=None, ai=None, naming="label", title=None):
        """button role=switch.  naming: label (aria-label), labelledby, text."""
        i = self.page.nid("sw")
        st = "true" if checked else "false"
        desc = f' aria-describedby="{i}-d"' if help else ""
        vis = title if title is not None else name
        if naming == "label":
            m = (f'<div class="row"><span class="row-title">{vis}</span>'
                 f'<button type="button" class="toggle" role="switch" id="{i}" aria-checked="{st}" '
                 f'aria-label="{esc(_text(name))}"{desc}></button>{self._help(i + "-d", help)}</div>')
        elif naming == "labelledby":
            m = (f'<div class="row"><span class="row-title" id="{i}-t">{name}</span>'
                 f'<button type="button" class="toggle" role="switch" id="{i}" aria-checked="{st}" '
                 f'aria-labelledby="{i}-t"{desc}></button>{self._help(i + "-d", help)}</div>')
        else:
            m = (f'<div class="row"><button type="button" class="toggle toggle-text" role="switch" '
                 f'id="{i}" aria-checked="{st}"{desc}>{name}</button>{self._help(i + "-d", help)}</div>')
        self.parts.append(m)
        sharing = None
        if ai:
            sharing = checked if ai["pos"] else not checked
        self._reg("btnswitch", _text(name), ai, sharing, i)
        return self

    def _opt_sharing(self, ai_spec, sel):
        if not ai_spec:
            return None
        assert ai_spec["yes"], "option widget needs yes="
        return sel in ai_spec["yes"]

    def fieldset(self, legend, options, sel=0, help=None, ai=None):
        i = self.page.nid("fs")
        rows = []
        for k, o in enumerate(options):
            c = " checked" if k == sel else ""
            rows.append(f'<label class="radio"><input type="radio" name="{i}" id="{i}-{k}"{c}> {o}</label>')
        m = (f'<fieldset id="{i}"><legend>{legend}</legend>{self._help(i + "-d", help)}'
             + "".join(rows) + "</fieldset>")
        self.parts.append(m)
        self._reg("fieldset", _text(legend), ai, self._opt_sharing(ai, sel), i)
        return self

    def radiogroup(self, name, options, sel=0, help=None, ai=None):
        i = self.page.nid("rg")
        items = []
        for k, o in enumerate(options):
            st = "true" if k == sel else "false"
            ti = "0" if k == sel else "-1"
            items.append(f'<div role="radio" aria-checked="{st}" tabindex="{ti}" class="choice">{o}</div>')
        desc = f' aria-describedby="{i}-d"' if help else ""
        m = (f'<div class="row stack"><p class="row-title" id="{i}-t">{name}</p>'
             f'<div role="radiogroup" id="{i}" aria-labelledby="{i}-t"{desc}>' + "".join(items) + "</div>"
             f'{self._help(i + "-d", help)}</div>')
        self.parts.append(m)
        self._reg("radiogroup", _text(name), ai, self._opt_sharing(ai, sel), i)
        return self

    def segmented(self, name, options, sel=0, help=None, ai=None, naming="labelledby"):
        i = self.page.nid("sg")
        btns = "".join(
            f'<button type="button" aria-pressed="{"true" if k == sel else "false"}">{o}</button>'
            for k, o in enumerate(options))
        desc = f' aria-describedby="{i}-d"' if help else ""
        if naming == "labelledby":
            m = (f'<div class="row"><span class="row-title" id="{i}-t">{name}</span>'
                 f'<div role="group" class="segmented" id="{i}" aria-labelledby="{i}-t"{desc}>{btns}</div>'
                 f'{self._help(i + "-d", help)}</div>')
        else:
            m = (f'<div class="row"><span class="row-title">{name}</span>'
                 f'<div role="group" class="segmented" id="{i}" aria-label="{esc(_text(name))}"{desc}>{btns}</div>'
                 f'{self._help(i + "-d", help)}</div>')
        self.parts.append(m)
        self._reg("segmented", _text(name), ai, self._opt_sharing(ai, sel), i)
        return self

    def select(self, name, options, sel=0, help=None, ai=None):
        i = self.page.nid("sel")
        opts = "".join(f'<option{" selected" if k == sel else ""}>{o}</option>' for k, o in enumerate(options))
        desc = f' aria-describedby="{i}-d"' if help else ""
        m = (f'<div class="row"><label for="{i}">{name}</label><select id="{i}"{desc}>{opts}</select>'
             f'{self._help(i + "-d", help)}</div>')
        self.parts.append(m)
        self._reg("select", _text(name), ai, self._opt_sharing(ai, sel), i)
        return self

    def staterow(self, title, status, action, on, help=None, ai=None, naming="labelledby", suffix=None):
        """Status text + action button.  on: is the thing named by the title on?"""
        i = self.page.nid("st")
        hp = self._help(i + "-d", help)
        if naming == "labelledby":
            m = (f'<div class="state-row"><div><h3 id="{i}-t">{title}</h3><p class="status">{status}</p>{hp}</div>'
                 f'<button type="button" id="{i}" aria-labelledby="{i} {i}-t">{action}</button></div>')
            name = f"{_text(action)} {_text(title)}"
        else:
            sfx = suffix if suffix is not None else title
            m = (f'<div class="state-row"><div><h3>{title}</h3><p class="status">{status}</p>{hp}</div>'
                 f'<button type="button" id="{i}">{action}<span class="visually-hidden"> {sfx}</span></button></div>')
            name = f"{_text(action)} {_text(sfx)}"
        self.parts.append(m)
        sharing = None
        if ai:
            sharing = on if ai["pos"] else not on
        self._reg("staterow", name, ai, sharing, i)
        return self

    def table(self, caption, cols, rows, ai_cells=None, corner=""):
        """rows: [(row header, [checked per column])]; ai_cells: {(r, c): ai spec}."""
        ai_cells = ai_cells or {}
        t = self.page.nid("tb")
        head = f'<th scope="col">{corner}</th>' + "".join(
            f'<th scope="col" id="{t}-c{c}">{h}</th>' for c, h in enumerate(cols))
        body = []
        for r, (rh, vals) in enumerate(rows):
            cells = []
            for c, v in enumerate(vals):
                if v is None:
                    cells.append('<td>\u2014</td>')
                    continue
                cid = f"{t}-r{r}c{c}"
                chk = " checked" if v else ""
                cells.append(f'<td><input type="checkbox" id="{cid}" aria-labelledby="{t}-r{r} {t}-c{c}"{chk}></td>')
                a = ai_cells.get((r, c))
                sharing = None
                if a:
                    sharing = v if a["pos"] else not v
                self._reg("tablecell", f"{_text(rh)} {_text(cols[c])}", a, sharing, cid)
            body.append(f'<tr><th scope="row" id="{t}-r{r}">{rh}</th>' + "".join(cells) + "</tr>")
        m = (f'<table class="grid"><caption>{caption}</caption><thead><tr>{head}</tr></thead>'
             f'<tbody>{"".join(body)}</tbody></table>')
        self.parts.append(m)
        return self

    def button(self, text, help=None, cls="secondary"):
        i = self.page.nid("bt")
        self.parts.append(f'<div class="row"><button type="button" class="{cls}" id="{i}">{text}</button>'
                          f'{self._help(i + "-d", help)}</div>')
        self._reg("button", _text(text), None, None, i)
        return self

    def textinput(self, name, value="", help=None, type_="text"):
        i = self.page.nid("tx")
        self.parts.append(f'<div class="row"><label for="{i}">{name}</label>'
                          f'<input type="{type_}" id="{i}" value="{esc(value)}">{self._help(i + "-d", help)}</div>')
        self._reg("text", _text(name), None, None, i)
        return self

    def html(self):
        return "\n".join(self.parts)


def _text(s):
    """Visible text of a small markup fragment (names may contain <strong> etc.)."""
    return collapse(html.unescape(re.sub(r"<[^>]+>", "", s)))


class Section(Block):
    def __init__(self, page, heading, intro=None, details=None, hidden=False, level=2):
        super().__init__(page, hidden)
        self.heading, self.intro, self.details, self.level = heading, intro, details, level

    def render(self):
        sid = self.page.nid("sec")
        intro = f'<p class="intro">{self.intro}</p>' if self.intro else ""
        inner = f'<h{self.level} id="{sid}">{self.heading}</h{self.level}>{intro}\n{self.html()}'
        if self.details:
            return (f'<section class="card" aria-labelledby="{sid}"><details><summary>{self.details}</summary>\n'
                    f'{inner}\n</details></section>')
        return f'<section class="card" aria-labelledby="{sid}">{inner}\n</section>'


class Page:
    def __init__(self, lang, slug, url, title, brand, *, known=False, notes="", nav=(), nav_label="",
                 search_label="", search_ph="", lang_label="", langs=(), account="", menu=(),
                 footer=(), h1="", lead="", method=None):
        self.lang, self.slug, self.url, self.title, self.brand = lang, slug, url, title, brand
        self.known, self.notes = known, notes
        self.nav, self.nav_label = nav, nav_label
        self.search_label, self.search_ph = search_label, search_ph
        self.lang_label, self.langs = lang_label, langs
        self.account, self.menu, self.footer = account, menu, footer
        self.h1, self.lead = h1 or title, lead
        self.method = method
        self.items = []  # rendered blocks in order
        self.ai, self.hidden_ai = [], []
        self.units = 0
        self._n = 0
        self.hide_class = None
        self.hidden_method_used = None

    def nid(self, p):
        self._n += 1
        return f"{p}{self._n}"

    def section(self, heading, intro=None, details=None):
        s = Section(self, heading, intro, details)
        self.items.append(s)
        return s

    def hidden(self, heading, intro=None, opener=None, tabs=None, hide_class="is-retired"):
        """A block hidden by this page's method.  Returns the block to fill (ONE AI control).
        opener: visible button text that would open a dialog (closed-dialog method).
        tabs: (section heading, active tab, inactive tab) for the tab-panel method;
        returns (active block, hidden block) then."""
        m = self.method
        self.hidden_method_used = m
        if m == "inactive-tabpanel":
            sec_heading, t1, t2 = tabs
            act = Block(self)
            hid = Block(self, hidden=True)
            self.items.append(_Tabs(self, sec_heading, t1, t2, act, hid, heading, intro))
            return act, hid
        b = Section(self, heading, intro, hidden=True, level=3)
        self.items.append(_Hidden(self, m, b, opener, hide_class))
        if m == "css-class":
            self.hide_class = hide_class
        if m == "closed-dialog":
            self.units += 1  # the visible opener button
        return b

    # ---------------------------------------------------------------- output
    def render(self):
        cur = ' aria-current="page"'
        nav = "".join(f'<li><a href="#"{cur if k == 0 else ""}>{n}</a></li>'
                      for k, n in enumerate(self.nav))
        langs = "".join(f'<option{" selected" if k == 0 else ""}>{l}</option>' for k, l in enumerate(self.langs))
        menu = "".join(f'<li role="none"><a role="menuitem" href="#">{x}</a></li>' for x in self.menu)
        foot = " ".join(f'<a href="#">{x}</a>' for x in self.footer)
        hide_css = f"\n.{self.hide_class} {{ display: none; }}" if self.hide_class else ""
        body = "\n".join(it.render() for it in self.items)
        url = self.url
        return f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="{self.lang_attr}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{self.title}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 0; display: grid; grid-template-columns: 220px 1fr; }}
.topbar {{ grid-column: 1 / -1; display: flex; gap: 1rem; align-items: center; padding: .5rem 1rem; }}
.visually-hidden {{ position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }}
.row {{ display: flex; gap: .75rem; align-items: center; flex-wrap: wrap; padding: .5rem 0; }}
.help, .note {{ color: #555; font-size: .875rem; flex-basis: 100%; margin: 0; }}
.card {{ border: 1px solid #ddd; border-radius: 8px; padding: 1rem; margin: 0 0 1rem; }}
.toggle[aria-checked="true"] {{ background: #1a73e8; }}
.segmented button[aria-pressed="true"] {{ font-weight: 600; }}
.grid td, .grid th {{ padding: .25rem .75rem; text-align: left; }}{hide_css}
</style>
</head>
<body>
<header class="topbar">
<a class="brand" href="/">{self.brand}</a>
<form role="search" class="site-search"><label for="site-q" class="visually-hidden">{self.search_label}</label><input type="search" id="site-q" placeholder="{esc(self.search_ph)}"></form>
<label for="ui-lang">{self.lang_label}</label><select id="ui-lang">{langs}</select>
<button type="button" id="account-btn" aria-haspopup="menu" aria-expanded="false" aria-controls="account-menu">{self.account}</button>
<ul id="account-menu" role="menu" hidden>{menu}</ul>
</header>
<nav aria-label="{esc(self.nav_label)}"><ul>{nav}</ul></nav>
<main>
<h1>{self.h1}</h1>
<p class="lead">{self.lead}</p>
{body}
</main>
<footer><p>{foot}</p></footer>
</body>
</html>
"""

    @property
    def lang_attr(self):
        return "pt-BR" if self.lang == "pt" else self.lang

    def expect(self):
        return {"url": self.url, "lang": self.lang_attr, "notes": self.notes,
                "ai_training": [{"label": a["label"], "sharing": a["sharing"]} for a in self.ai]}

    def meta(self):
        assert len(self.hidden_ai) == 1, (self.slug, self.hidden_ai)
        assert self.hidden_method_used == self.method, (self.slug, self.method, self.hidden_method_used)
        return {"lang": self.lang, "page": self.slug, "url": self.url, "known": self.known,
                "method": self.method, "units": self.units,
                "hidden": self.hidden_ai[0], "labels": self.ai}


class _Hidden:
    def __init__(self, page, method, block, opener, hide_class):
        self.page, self.m, self.b, self.opener, self.cls = page, method, block, opener, hide_class

    def render(self):
        inner = self.b.render()
        m = self.m
        if m == "hidden":
            return f'<div class="card legacy" hidden>{inner}</div>'
        if m == "inline-display-none":
            return f'<div class="card" style="display:none">{inner}</div>'
        if m == "css-class":
            return f'<div class="card {self.cls}">{inner}</div>'
        if m == "aria-hidden":
            return f'<div class="card" aria-hidden="true">{inner}</div>'
        if m == "visibility-hidden":
            return f'<div class="card" style="visibility:hidden; height:0">{inner}</div>'
        if m == "closed-dialog":
            did = self.page.nid("dlg")
            return (f'<div class="row"><button type="button" class="secondary" aria-haspopup="dialog" '
                    f'aria-controls="{did}">{self.opener}</button></div>\n'
                    f'<dialog id="{did}"><form method="dialog">{inner}'
                    f'<button type="submit" value="ok">OK</button></form></dialog>')
        raise ValueError(m)


class _Tabs:
    def __init__(self, page, heading, t1, t2, act, hid, hid_heading, hid_intro):
        self.page, self.heading, self.t1, self.t2 = page, heading, t1, t2
        self.act, self.hid, self.hh, self.hi = act, hid, hid_heading, hid_intro

    def render(self):
        p = self.page
        sid, a, b = p.nid("sec"), p.nid("tab"), p.nid("tab")
        intro = f'<p class="intro">{self.hi}</p>' if self.hi else ""
        self.page.units += 2  # the two tab buttons are visible controls
        return (f'<section class="card" aria-labelledby="{sid}"><h2 id="{sid}">{self.heading}</h2>'
                f'<div role="tablist">'
                f'<button type="button" role="tab" id="{a}" aria-selected="true" aria-controls="{a}-p">{self.t1}</button>'
                f'<button type="button" role="tab" id="{b}" aria-selected="false" aria-controls="{b}-p" tabindex="-1">{self.t2}</button></div>\n'
                f'<div role="tabpanel" id="{a}-p" aria-labelledby="{a}">{self.act.html()}</div>\n'
                f'<div role="tabpanel" id="{b}-p" aria-labelledby="{b}" hidden><h3>{self.hh}</h3>{intro}{self.hid.html()}</div>'
                f'</section>')


def hide(page, heading, intro=None, *, opener, tabs, active):
    """Method-agnostic hidden block.  tabs = (section heading, tab 1, tab 2); active(block)
    fills the visible part (the active tab panel, or an ordinary section for other methods).
    Returns the hidden block, which must receive exactly one AI control."""
    if page.method == "inactive-tabpanel":
        act, hid = page.hidden(heading, intro, tabs=tabs)
        active(act)
        return hid
    sec = page.section(tabs[0])
    active(sec)
    return page.hidden(heading, intro, opener=opener)
