"""Page builder for holdout65 (blind65: smart home and household devices).

Every widget returns a Fragment: its HTML, the labelled entries it carries (only when the
caller marks it with ai=<shape> and sharing=<bool>), and its number of control units.
Wrapping fragments in hide(...) moves their entries to the hidden list (never labelled),
wrapping them in details(...) keeps them (collapsed, not hidden).

Copy strings are raw HTML written by hand in pages_<lang>.py.
"""
import html as _html
import itertools
import re

SHAPES = {"i": "inverted", "v": "vague + help", "h": "heading-only", "p": "plain"}
KINDS = {
    "checkbox": "native checkbox",
    "switch": "checkbox with role=switch",
    "fieldset": "radio fieldset",
    "radiogroup": "role=radiogroup",
    "segmented": "segmented aria-pressed buttons",
    "select": "select",
    "bswitch": "button role=switch with aria-checked",
    "staterow": "state row (status + action button)",
    "cell": "table cell (row header x column header)",
}
HIDE_METHODS = {
    "hidden": "hidden attribute",
    "inline": "inline style display:none",
    "class": "CSS class with display:none",
    "aria": 'aria-hidden="true"',
    "visibility": "inline style visibility:hidden",
    "dialog": "closed <dialog>",
    "tab": "inactive tab panel",
}

_ids = itertools.count(1)


def reset_ids():
    global _ids
    _ids = itertools.count(1)


def nid(prefix="x"):
    return f"{prefix}{next(_ids)}"


def text_of(s):
    s = re.sub(r"<[^>]+>", " ", s)
    s = _html.unescape(s)
    return " ".join(s.split())


def attr(s):
    return _html.escape(text_of(s), quote=True)


class F:
    def __init__(self, html="", entries=None, hidden=None, units=0):
        self.html = html
        self.entries = list(entries or [])
        self.hidden = list(hidden or [])
        self.units = units


def cat(*frags, sep="\n"):
    out = F()
    parts = []
    for f in frags:
        if f is None:
            continue
        if isinstance(f, str):
            parts.append(f)
            continue
        parts.append(f.html)
        out.entries += f.entries
        out.hidden += f.hidden
        out.units += f.units
    out.html = sep.join(parts)
    return out


def _entry(name, ai, sharing, kind, state):
    if not ai:
        return []
    assert ai in SHAPES, ai
    assert isinstance(sharing, bool), (name, sharing)
    return [{"label": text_of(name), "sharing": sharing, "shape": ai, "kind": kind, "state": state}]


def _help(help, hid, described):
    if not help:
        return "", ""
    if described:
        return f'\n  <p class="help" id="{hid}">{help}</p>', f' aria-describedby="{hid}"'
    return f'\n  <p class="help">{help}</p>', ""


# ---------------------------------------------------------------- widgets

def checkbox(label, checked, help=None, ai=None, sharing=None, wrap=False, described=True,
             role=None, kind="checkbox"):
    i = nid("c")
    h, d = _help(help, i + "-d", described)
    ck = " checked" if checked else ""
    r = f' role="{role}"' if role else ""
    if wrap:
        body = f'<label class="check"><input type="checkbox" name="{i}" id="{i}"{r}{ck}{d}> <span>{label}</span></label>'
    else:
        body = f'<input type="checkbox" name="{i}" id="{i}"{r}{ck}{d}>\n  <label for="{i}">{label}</label>'
    cls = "field switch" if role == "switch" else "field check"
    html = f'<div class="{cls}">\n  {body}{h}\n</div>'
    return F(html, _entry(label, ai, sharing, kind, checked), units=1)


def switch(label, on, help=None, ai=None, sharing=None, wrap=False, described=True):
    return checkbox(label, on, help, ai, sharing, wrap, described, role="switch", kind="switch")


def bswitch(label, on, help=None, ai=None, sharing=None, how="labelledby", described=True,
            title=None):
    """how: 'aria' (aria-label, visible title beside), 'labelledby' (span id), 'text' (button text).
    title: visible row text when it differs from the name (aria mode only)."""
    i = nid("s")
    h, d = _help(help, i + "-d", described)
    st = "true" if on else "false"
    if how == "text":
        body = f'<button type="button" role="switch" class="pill" id="{i}" aria-checked="{st}"{d}>{label}</button>'
    elif how == "aria":
        body = (f'<span class="row-title">{title or label}</span>\n  '
                f'<button type="button" role="switch" class="toggle" id="{i}" aria-checked="{st}" aria-label="{attr(label)}"{d}></button>')
    else:
        body = (f'<span class="row-title" id="{i}-l">{label}</span>\n  '
                f'<button type="button" role="switch" class="toggle" id="{i}" aria-checked="{st}" aria-labelledby="{i}-l"{d}></button>')
    html = f'<div class="field row">\n  {body}{h}\n</div>'
    return F(html, _entry(label, ai, sharing, "bswitch", on), units=1)


def radios(legend, options, selected, help=None, ai=None, sharing=None, group="fieldset",
           described=True, aria_radios=False):
    """options: list of option texts (raw html); selected: index."""
    g = nid("r")
    h, d = _help(help, g + "-d", described)
    rows = []
    for k, opt in enumerate(options):
        oid = f"{g}-{k}"
        if aria_radios:
            st = "true" if k == selected else "false"
            rows.append(f'    <div role="radio" class="radio" aria-checked="{st}" tabindex="{0 if k == selected else -1}">{opt}</div>')
        else:
            ck = " checked" if k == selected else ""
            rows.append(f'    <div class="opt"><input type="radio" name="{g}" id="{oid}" value="{k}"{ck}> <label for="{oid}">{opt}</label></div>')
    opts = "\n".join(rows)
    if group == "fieldset":
        html = f'<fieldset class="field radios"{d}>\n  <legend>{legend}</legend>\n{opts}{h}\n</fieldset>'
        kind = "fieldset"
    else:
        html = (f'<div class="field radios">\n  <p class="group-title" id="{g}-l">{legend}</p>\n'
                f'  <div role="radiogroup" aria-labelledby="{g}-l"{d}>\n{opts}\n  </div>{h}\n</div>')
        kind = "radiogroup"
    return F(html, _entry(legend, ai, sharing, kind, text_of(options[selected])), units=1)


def radiogroup(legend, options, selected, help=None, ai=None, sharing=None, described=True,
               aria_radios=False):
    return radios(legend, options, selected, help, ai, sharing, "radiogroup", described, aria_radios)


def segmented(name, options, selected, help=None, ai=None, sharing=None, described=True):
    g = nid("g")
    h, d = _help(help, g + "-d", described)
    btns = "\n".join(
        f'    <button type="button" aria-pressed="{"true" if k == selected else "false"}">{o}</button>'
        for k, o in enumerate(options))
    html = (f'<div class="field seg">\n  <span class="seg-title" id="{g}-l">{name}</span>\n'
            f'  <div role="group" class="segmented" aria-labelledby="{g}-l"{d}>\n{btns}\n  </div>{h}\n</div>')
    return F(html, _entry(name, ai, sharing, "segmented", text_of(options[selected])), units=1)


def select(label, options, selected, help=None, ai=None, sharing=None, described=True):
    i = nid("sel")
    h, d = _help(help, i + "-d", described)
    opts = "".join(
        f'<option value="{k}"{" selected" if k == selected else ""}>{o}</option>' for k, o in enumerate(options))
    html = f'<div class="field select">\n  <label for="{i}">{label}</label>\n  <select id="{i}" name="{i}"{d}>{opts}</select>{h}\n</div>'
    return F(html, _entry(label, ai, sharing, "select", text_of(options[selected])), units=1)


def staterow(title, status, action, suffix=None, help=None, ai=None, sharing=None, how="suffix",
             described=False):
    """how='suffix': name = action + visually hidden suffix; how='labelledby': name = action + title."""
    i = nid("st")
    h, d = _help(help, i + "-d", described)
    if how == "suffix":
        btn = f'<button type="button" class="btn-secondary" id="{i}"{d}>{action}<span class="sr-only"> {suffix}</span></button>'
        name = f"{action} {suffix}"
    else:
        btn = f'<button type="button" class="btn-secondary" id="{i}" aria-labelledby="{i} {i}-t"{d}>{action}</button>'
        name = f"{action} {title}"
    html = (f'<div class="state-row">\n  <div class="state-text">\n    <p class="state-title" id="{i}-t">{title}</p>\n'
            f'    <p class="state-value">{status}</p>\n  </div>\n  {btn}{h}\n</div>')
    return F(html, _entry(name, ai, sharing, "staterow", text_of(status)), units=1)


class Cell:
    def __init__(self, checked, ai=None, sharing=None):
        self.checked, self.ai, self.sharing = checked, ai, sharing


def table(caption, corner, cols, rows, help=None, how="labelledby"):
    """rows: [(row header, [bool | Cell, ...])]. how='labelledby' puts aria-labelledby on each
    checkbox (row th + column th); how='implicit' leaves the cell checkbox unnamed."""
    t = nid("t")
    ents = []
    units = 0
    head = "".join(f'<th scope="col" id="{t}-c{k}">{c}</th>' for k, c in enumerate(cols))
    body = []
    for r, (rh, cells) in enumerate(rows):
        tds = []
        for k, c in enumerate(cells):
            if not isinstance(c, Cell):
                c = Cell(c)
            ck = " checked" if c.checked else ""
            lb = f' aria-labelledby="{t}-r{r} {t}-c{k}"' if how == "labelledby" else ""
            tds.append(f'<td><input type="checkbox" id="{t}-{r}-{k}" name="{t}-{r}-{k}"{lb}{ck}></td>')
            units += 1
            ents += _entry(f"{rh} {cols[k]}", c.ai, c.sharing, "cell", c.checked)
        body.append(f'    <tr><th scope="row" id="{t}-r{r}">{rh}</th>{"".join(tds)}</tr>')
    h = f'\n<p class="help">{help}</p>' if help else ""
    html = (f'<table class="matrix">\n  <caption>{caption}</caption>\n  <thead><tr><td>{corner}</td>{head}</tr></thead>\n'
            f'  <tbody>\n' + "\n".join(body) + f'\n  </tbody>\n</table>{h}')
    return F(html, ents, units=units)


def button(text, cls="btn-secondary", aria=None):
    a = f' aria-label="{attr(aria)}"' if aria else ""
    return F(f'<button type="button" class="{cls}"{a}>{text}</button>', units=1)


def textbox(label, value, type="text", help=None):
    i = nid("in")
    h, d = _help(help, i + "-d", True)
    return F(f'<div class="field text">\n  <label for="{i}">{label}</label>\n  <input type="{type}" id="{i}" name="{i}" value="{attr(value)}"{d}>{h}\n</div>', units=1)


def para(s, cls="note"):
    return F(f'<p class="{cls}">{s}</p>')


# ---------------------------------------------------------------- containers

def section(heading, *frags, intro=None, level=2, cls="card"):
    i = nid("h")
    body = cat(*frags)
    it = f'\n<p class="intro">{intro}</p>' if intro else ""
    body.html = (f'<section class="{cls}" aria-labelledby="{i}">\n<h{level} id="{i}">{heading}</h{level}>{it}\n'
                 f'{body.html}\n</section>')
    return body


def group(heading, *frags, intro=None):
    return section(heading, *frags, intro=intro, level=3, cls="group")


def details(summary, *frags, open=False):
    body = cat(*frags)
    o = " open" if open else ""
    body.html = f'<details class="more"{o}>\n<summary>{summary}</summary>\n{body.html}\n</details>'
    return body


def hide(method, *frags, cls="is-hidden", title=None):
    """Wrap fragments so they are not visible. Entries become hidden entries."""
    body = cat(*frags)
    if method == "hidden":
        html = f'<div class="panel" hidden>\n{body.html}\n</div>'
    elif method == "inline":
        html = f'<div class="panel" style="display: none">\n{body.html}\n</div>'
    elif method == "class":
        html = f'<div class="panel {cls}">\n{body.html}\n</div>'
    elif method == "aria":
        html = f'<div class="panel" aria-hidden="true">\n{body.html}\n</div>'
    elif method == "visibility":
        html = f'<div class="panel" style="visibility:hidden;height:0;overflow:hidden">\n{body.html}\n</div>'
    elif method == "dialog":
        i = nid("dlg")
        html = (f'<dialog id="{i}" aria-labelledby="{i}-t">\n<h2 id="{i}-t">{title or ""}</h2>\n{body.html}\n'
                f'</dialog>')
    else:
        raise ValueError(method)
    hid = [dict(e, method=method) for e in body.entries] + body.hidden
    return F(html, [], hid, 0)


def tabs(label, panes, active=0):
    """panes: [(tab name, [frags])]; inactive panels get the hidden attribute (role=tabpanel)."""
    t = nid("tab")
    tl = []
    ps = []
    out = F()
    for k, (name, frags) in enumerate(panes):
        sel = k == active
        tl.append(f'<button type="button" role="tab" id="{t}-{k}" aria-controls="{t}-p{k}" aria-selected="{"true" if sel else "false"}" tabindex="{0 if sel else -1}">{name}</button>')
        body = cat(*frags)
        hid = "" if sel else " hidden"
        ps.append(f'<div role="tabpanel" id="{t}-p{k}" aria-labelledby="{t}-{k}"{hid}>\n{body.html}\n</div>')
        if sel:
            out.entries += body.entries
            out.hidden += body.hidden
            out.units += body.units
        else:
            out.hidden += [dict(e, method="tab") for e in body.entries] + body.hidden
    out.html = (f'<div class="tabs">\n<div role="tablist" aria-label="{attr(label)}">\n' + "\n".join(tl) +
                "\n</div>\n" + "\n".join(ps) + "\n</div>")
    return out


# ---------------------------------------------------------------- page

LANG_NAMES = [("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"),
              ("pt", "Português (Brasil)"), ("it", "Italiano"), ("nl", "Nederlands")]

CSS = """
:root{--ink:#1d2430;--muted:#5b6474;--line:#dfe3ea;--accent:%(accent)s}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,sans-serif;color:var(--ink);background:#f6f7f9}
.topbar{display:flex;gap:16px;align-items:center;padding:10px 24px;background:#fff;border-bottom:1px solid var(--line)}
.brand{font-weight:700;color:var(--accent);text-decoration:none;margin-right:auto}
.layout{display:grid;grid-template-columns:230px 1fr;gap:24px;max-width:1180px;margin:24px auto;padding:0 24px}
.sidenav ul{list-style:none;margin:0;padding:0}.sidenav a{display:block;padding:6px 10px;color:var(--ink);text-decoration:none;border-radius:6px}
.sidenav a[aria-current]{background:var(--accent);color:#fff}
.card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:18px 22px;margin-bottom:18px}
.group{border-top:1px solid var(--line);margin-top:14px;padding-top:8px}
.field{margin:12px 0}.help,.note,.intro{color:var(--muted);font-size:13px;margin:4px 0}
.row{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between}
.toggle{width:44px;height:24px;border-radius:12px;border:0;background:#c6ccd6}.toggle[aria-checked=true]{background:var(--accent)}
.pill{border-radius:16px;border:1px solid var(--line);padding:4px 12px;background:#fff}.pill[aria-checked=true]{border-color:var(--accent)}
.segmented button{border:1px solid var(--line);background:#fff;padding:4px 12px}.segmented button[aria-pressed=true]{background:var(--accent);color:#fff}
.state-row{display:flex;justify-content:space-between;align-items:center;border:1px solid var(--line);border-radius:8px;padding:10px 14px;margin:10px 0}
.state-title{font-weight:600;margin:0}.state-value{margin:0;color:var(--muted)}
.matrix{border-collapse:collapse;width:100%%}.matrix th,.matrix td{border-bottom:1px solid var(--line);padding:6px;text-align:left}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.%(hidecls)s{display:none}
footer{max-width:1180px;margin:0 auto 40px;padding:16px 24px;color:var(--muted);font-size:13px}
footer a{color:var(--muted);margin-right:14px}
"""


class Page:
    def __init__(self, lang, slug, url, brand, title, h1, *, known=False, notes="", accent="#2f6fde",
                 search="Search", search_label=None, lang_label="Language", account="Account",
                 menu=("Profile", "Sign out"), nav=(), nav_label="Settings", current=0,
                 footer=(), copyright="", intro=None, body=(), hidecls="is-hidden", skip=None):
        self.lang, self.slug, self.url, self.brand = lang, slug, url, brand
        self.known, self.notes = known, notes
        main = cat(*body)
        self.entries, self.hidden, self.units = main.entries, main.hidden, main.units
        langs = "".join(f'<option value="{c}"{" selected" if c == lang else ""}>{n}</option>' for c, n in LANG_NAMES)
        cur = ' aria-current="page"'
        navl = "\n".join(
            f'<li><a href="#{k}"{cur if k == current else ""}>{n}</a></li>' for k, n in enumerate(nav))
        menu_html = "\n".join(f'<li role="none"><a role="menuitem" href="#m{k}">{m}</a></li>' for k, m in enumerate(menu))
        foot = "\n".join(f'<a href="#f{k}">{f}</a>' for k, f in enumerate(footer))
        it = f'\n<p class="intro">{intro}</p>' if intro else ""
        css = CSS % {"accent": accent, "hidecls": hidecls}
        sk = f'<a class="sr-only" href="#main">{skip}</a>\n' if skip else ""
        self.html = f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
{sk}<header class="topbar">
<a class="brand" href="#">{brand}</a>
<form role="search" class="search"><input type="search" name="q" placeholder="{attr(search)}" aria-label="{attr(search_label or search)}"></form>
<label class="sr-only" for="site-lang">{lang_label}</label>
<select id="site-lang" name="lang">{langs}</select>
<div class="account">
<button type="button" id="acct-btn" aria-haspopup="menu" aria-expanded="false" aria-controls="acct-menu">{account}</button>
<ul id="acct-menu" role="menu" aria-labelledby="acct-btn" hidden>
{menu_html}
</ul>
</div>
</header>
<div class="layout">
<nav class="sidenav" aria-label="{attr(nav_label)}">
<ul>
{navl}
</ul>
</nav>
<main id="main">
<h1>{h1}</h1>{it}
{main.html}
</main>
</div>
<footer>
{foot}
<p>{copyright}</p>
</footer>
</body>
</html>
"""

    def expect(self):
        return {"url": self.url, "lang": self.lang, "notes": self.full_notes(),
                "ai_training": [{"label": e["label"], "sharing": e["sharing"]} for e in self.entries]}

    def full_notes(self):
        sh = ", ".join(f'{e["shape"]}/{e["kind"]}' for e in self.entries)
        hm = ", ".join(sorted({e["method"] for e in self.hidden}))
        kind = "Plausible reconstruction of a well-known service (markup, copy and AI-training settings invented)" \
            if self.known else "Invented service"
        return f"{kind}. {self.notes} Labelled (shape/kind): {sh}. Unlisted hidden AI-training controls: {hm}."

    def meta(self):
        return {"lang": self.lang, "slug": self.slug, "url": self.url, "brand": self.brand, "known": self.known,
                "notes": self.notes, "units": self.units, "entries": self.entries, "hidden": self.hidden}
