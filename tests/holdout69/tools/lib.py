"""Page builder for holdout69 (blind69: sellers', hosts' and drivers' settings pages).

Every widget is a method on Page that returns a W (html + bookkeeping records).
A record says: widget kind, accessible name, whether it is an AI-training control
(its shape: i inverted / v vague+help / h heading-only / p plain), the sharing state,
how many control units it adds, and whether it is hidden (and how) or collapsed.
"""
import html as _html
import re

LANG_NAMES = [("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"),
              ("pt", "Português (Brasil)"), ("it", "Italiano"), ("nl", "Nederlands")]


def esc(s):
    return _html.escape(s, quote=True)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class W:
    def __init__(self, html, recs):
        self.html = html
        self.recs = recs


def _rec(kind, label, ai=None, sharing=None, units=1):
    return dict(kind=kind, label=norm(label), shape=ai, sharing=sharing, units=units,
                hidden=None, collapsed=False)


def _merge(ws):
    recs = []
    for w in ws:
        recs.extend(w.recs)
    return "\n".join(w.html for w in ws), recs


class Page:
    def __init__(self, lang, slug, url, service, title, notes, chrome, nav, footer,
                 lead="", known=False, idp="f", hide_class="is-hidden", save=None,
                 brand=None, h1=None, extra_css=""):
        self.lang, self.slug, self.url, self.service = lang, slug, url, service
        self.title, self.notes, self.chrome, self.nav, self.footer = title, notes, chrome, nav, footer
        self.lead, self.known, self.idp, self.hide_class = lead, known, idp, hide_class
        self.save = save if save is not None else chrome["save"]
        self.brand = brand or service
        self.h1 = h1 or title
        self.extra_css = extra_css
        self.body = []
        self.n = 0

    # ------------------------------------------------------------------ ids
    def nid(self, stem=None):
        self.n += 1
        return f"{self.idp}-{stem or 'c'}{self.n}"

    def _help(self, i, help, desc):
        if not help:
            return "", ""
        hid = f"{i}-help"
        return (f' aria-describedby="{hid}"' if desc else ""), f'<p class="help" id="{hid}">{esc(help)}</p>'

    @staticmethod
    def _share(ai, on, inv):
        if ai is None:
            return None
        if inv is None:
            inv = ai == "i"
        return (not on) if inv else bool(on)

    # ------------------------------------------------------------ widgets
    def cb(self, label, on, help=None, ai=None, inv=None, switch=False, desc=True):
        """Native checkbox (switch=True: input type=checkbox role=switch)."""
        i = self.nid("opt")
        db, hp = self._help(i, help, desc)
        role = ' role="switch"' if switch else ""
        cls = "field field--switch" if switch else "field field--check"
        h = (f'<div class="{cls}">\n<input type="checkbox"{role} id="{i}" name="{i}"'
             f'{" checked" if on else ""}{db}>\n<label for="{i}">{esc(label)}</label>\n{hp}</div>')
        return W(h, [_rec("switch" if switch else "checkbox", label, ai, self._share(ai, on, inv))])

    def sw(self, label, on, **kw):
        return self.cb(label, on, switch=True, **kw)

    def radios(self, legend, opts, sel, help=None, ai=None, shares=None, desc=True):
        """Radio fieldset named by its legend."""
        i = self.nid("grp")
        db, hp = self._help(i, help, desc)
        items = []
        for k, o in enumerate(opts):
            items.append(f'<label class="radio"><input type="radio" name="{i}" value="{k}"'
                         f'{" checked" if k == sel else ""}> {esc(o)}</label>')
        h = (f'<fieldset class="field field--radios"{db}>\n<legend>{esc(legend)}</legend>\n{hp}\n'
             + "\n".join(items) + "\n</fieldset>")
        return W(h, [_rec("radio-fieldset", legend, ai, shares[sel] if ai else None)])

    def rgroup(self, label, opts, sel, help=None, ai=None, shares=None, desc=True):
        """role=radiogroup of role=radio items, named by aria-labelledby."""
        i = self.nid("rg")
        db, hp = self._help(i, help, desc)
        items = []
        for k, o in enumerate(opts):
            items.append(f'<div role="radio" class="choice" aria-checked="{"true" if k == sel else "false"}" '
                         f'tabindex="{0 if k == sel else -1}">{esc(o)}</div>')
        h = (f'<div class="field field--choices">\n<span class="field-label" id="{i}-lbl">{esc(label)}</span>\n'
             f'<div role="radiogroup" aria-labelledby="{i}-lbl"{db}>\n' + "\n".join(items) + f"\n</div>\n{hp}</div>")
        return W(h, [_rec("radiogroup", label, ai, shares[sel] if ai else None)])

    def seg(self, label, opts, sel, help=None, ai=None, shares=None, desc=True):
        """Segmented control: role=group of aria-pressed buttons."""
        i = self.nid("seg")
        db, hp = self._help(i, help, desc)
        items = [f'<button type="button" class="seg" aria-pressed="{"true" if k == sel else "false"}">{esc(o)}</button>'
                 for k, o in enumerate(opts)]
        h = (f'<div class="field field--segmented">\n<span class="field-label" id="{i}-lbl">{esc(label)}</span>\n'
             f'<div role="group" class="segmented" aria-labelledby="{i}-lbl"{db}>\n' + "\n".join(items)
             + f"\n</div>\n{hp}</div>")
        return W(h, [_rec("pressed-group", label, ai, shares[sel] if ai else None)])

    def sel(self, label, opts, sel, help=None, ai=None, shares=None, desc=True):
        i = self.nid("sel")
        db, hp = self._help(i, help, desc)
        items = [f'<option value="{k}"{" selected" if k == sel else ""}>{esc(o)}</option>' for k, o in enumerate(opts)]
        h = (f'<div class="field field--select">\n<label for="{i}">{esc(label)}</label>\n'
             f'<select id="{i}" name="{i}"{db}>\n' + "\n".join(items) + f"\n</select>\n{hp}</div>")
        return W(h, [_rec("select", label, ai, shares[sel] if ai else None)])

    def bsw(self, label, on, by="label", shown=None, help=None, ai=None, inv=None, desc=True):
        """<button role=switch aria-checked>, named by aria-label ('label'), aria-labelledby ('lby') or text ('text')."""
        i = self.nid("tg")
        db, hp = self._help(i, help, desc)
        st = "true" if on else "false"
        if by == "label":
            h = (f'<div class="toggle-row">\n<span class="toggle-title">{esc(shown or label)}</span>\n'
                 f'<button type="button" role="switch" class="toggle" aria-checked="{st}" aria-label="{esc(label)}"{db}>'
                 f'<span class="knob"></span></button>\n{hp}</div>')
        elif by == "lby":
            h = (f'<div class="toggle-row">\n<span class="toggle-title" id="{i}-t">{esc(label)}</span>\n'
                 f'<button type="button" role="switch" class="toggle" aria-checked="{st}" aria-labelledby="{i}-t"{db}>'
                 f'<span class="knob"></span></button>\n{hp}</div>')
        else:
            h = (f'<div class="toggle-row">\n<button type="button" role="switch" class="toggle toggle--text" '
                 f'aria-checked="{st}"{db}>{esc(label)}</button>\n{hp}</div>')
        return W(h, [_rec("button-switch", label, ai, self._share(ai, on, inv))])

    def state(self, title, status, action, share=None, suffix=None, help=None, ai=None, desc=True):
        """State row: a status text and an action button named by a visually hidden suffix
        (suffix given) or by aria-labelledby (button + row title)."""
        i = self.nid("row")
        db, hp = self._help(i, help, desc)
        if suffix is not None:
            btn = (f'<button type="button" class="btn btn--link"{db}>{esc(action)}'
                   f'<span class="sr-only"> {esc(suffix)}</span></button>')
            name = f"{action} {suffix}"
        else:
            btn = (f'<button type="button" class="btn btn--link" id="{i}-b" aria-labelledby="{i}-b {i}-t"{db}>'
                   f'{esc(action)}</button>')
            name = f"{action} {title}"
        h = (f'<div class="state-row">\n<div class="state-text"><span class="state-title" id="{i}-t">{esc(title)}</span>\n'
             f'<span class="state-status">{esc(status)}</span></div>\n{btn}\n{hp}</div>')
        if ai:
            assert share is not None, name
        return W(h, [_rec("state-row", name, ai, share if ai else None)])

    def table(self, caption, corner, cols, rows, ai_cols=None, inv_cols=None, help=None):
        """Matrix of checkboxes; each cell is named by row header + column header."""
        ai_cols = ai_cols or {}
        inv_cols = inv_cols or {}
        i = self.nid("tbl")
        recs = []
        hp = f'<p class="help" id="{i}-help">{esc(help)}</p>' if help else ""
        db = f' aria-describedby="{i}-help"' if help else ""
        th = "".join(f'<th scope="col">{esc(c)}</th>' for c in cols)
        body = []
        for r, states in rows:
            tds = []
            for k, on in enumerate(states):
                tds.append(f'<td><input type="checkbox"{" checked" if on else ""}></td>')
                ai = ai_cols.get(k)
                recs.append(_rec("table-cell", f"{r} {cols[k]}", ai, self._share(ai, on, inv_cols.get(k))))
            body.append(f'<tr><th scope="row">{esc(r)}</th>{"".join(tds)}</tr>')
        h = (f'<table class="matrix"{db}>\n<caption>{esc(caption)}</caption>\n<thead><tr><th scope="col">{esc(corner)}</th>{th}</tr></thead>\n'
             f'<tbody>\n' + "\n".join(body) + f"\n</tbody>\n</table>\n{hp}")
        return W(h, recs)

    def txt(self, label, value="", typ="text", help=None):
        i = self.nid("in")
        db, hp = self._help(i, help, True)
        h = (f'<div class="field field--text">\n<label for="{i}">{esc(label)}</label>\n'
             f'<input type="{typ}" id="{i}" name="{i}" value="{esc(value)}"{db}>\n{hp}</div>')
        return W(h, [_rec("text", label)])

    def btn(self, text, cls="btn btn--secondary", help=None):
        i = self.nid("b")
        db, hp = self._help(i, help, True)
        return W(f'<div class="field field--button"><button type="button" class="{cls}"{db}>{esc(text)}</button>{hp}</div>',
                 [_rec("button", text)])

    def p(self, text, cls="note"):
        return W(f'<p class="{cls}">{esc(text)}</p>', [])

    def link(self, text, href="#"):
        return W(f'<p class="more"><a href="{esc(href)}">{esc(text)}</a></p>', [])

    # ------------------------------------------------------------ containers
    def sec(self, heading, *ws, intro=None, level=2, cls="card"):
        i = self.nid("sec")
        inner, recs = _merge(ws)
        ip = f'<p class="intro">{esc(intro)}</p>\n' if intro else ""
        h = (f'<section class="{cls}" aria-labelledby="{i}-h">\n<h{level} id="{i}-h">{esc(heading)}</h{level}>\n'
             f'{ip}{inner}\n</section>')
        return W(h, recs)

    def details(self, summary, *ws, intro=None):
        inner, recs = _merge(ws)
        for r in recs:
            r["collapsed"] = True
        ip = f'<p class="intro">{esc(intro)}</p>\n' if intro else ""
        return W(f'<details class="more-settings">\n<summary>{esc(summary)}</summary>\n{ip}{inner}\n</details>', recs)

    def hide(self, method, *ws, title=None, close=None):
        inner, recs = _merge(ws)
        for r in recs:
            r["hidden"] = method
        t = f"<h3>{esc(title)}</h3>\n" if title else ""
        if method == "hidden":
            h = f'<div class="panel" hidden>\n{t}{inner}\n</div>'
        elif method == "display":
            h = f'<div class="panel" style="display:none">\n{t}{inner}\n</div>'
        elif method == "class":
            h = f'<div class="panel {self.hide_class}">\n{t}{inner}\n</div>'
        elif method == "aria":
            h = f'<div class="panel" aria-hidden="true">\n{t}{inner}\n</div>'
        elif method == "visibility":
            h = f'<div class="panel" style="visibility:hidden;height:0;overflow:hidden">\n{t}{inner}\n</div>'
        elif method == "dialog":
            i = self.nid("dlg")
            h = (f'<dialog id="{i}" aria-labelledby="{i}-h">\n<h3 id="{i}-h">{esc(title or "")}</h3>\n{inner}\n'
                 f'<div class="dialog-actions"><button type="button" class="btn">{esc(close or "OK")}</button></div>\n</dialog>')
        else:
            raise ValueError(method)
        return W(h, recs)

    def tabs(self, label, panels, active=0):
        """panels: [(tab name, [widgets])]. Inactive panels carry `hidden` (recorded as 'tab')."""
        i = self.nid("tabs")
        recs, tabs, bodies = [], [], []
        for k, (name, ws) in enumerate(panels):
            on = k == active
            tabs.append(f'<button type="button" role="tab" id="{i}-t{k}" aria-selected="{"true" if on else "false"}" '
                        f'aria-controls="{i}-p{k}" tabindex="{0 if on else -1}">{esc(name)}</button>')
            recs.append(_rec("tab", name))
            inner, rr = _merge(ws)
            if not on:
                for r in rr:
                    r["hidden"] = "tab"
            bodies.append(f'<div role="tabpanel" id="{i}-p{k}" aria-labelledby="{i}-t{k}"{"" if on else " hidden"}>\n{inner}\n</div>')
            recs.extend(rr)
        h = (f'<div class="tabs">\n<div role="tablist" aria-label="{esc(label)}">\n' + "\n".join(tabs) + "\n</div>\n"
             + "\n".join(bodies) + "\n</div>")
        return W(h, recs)

    def add(self, *ws):
        self.body.extend(ws)

    # ------------------------------------------------------------ output
    def render(self):
        c = self.chrome
        inner, recs = _merge(self.body)
        save = ""
        if self.save:
            save = f'<div class="form-actions"><button type="submit" class="btn btn--primary">{esc(self.save)}</button></div>'
            recs = recs + [_rec("button", self.save)]
        langs = "\n".join(f'<option value="{k}"{" selected" if k == self.lang else ""}>{esc(n)}</option>'
                          for k, n in LANG_NAMES)
        menu = "\n".join(f'<li><a href="#">{esc(m)}</a></li>' for m in c["menu"])
        nav = []
        for k, item in enumerate(self.nav):
            cur = ' aria-current="page"' if item.startswith("*") else ""
            nav.append(f'<li><a href="#"{cur}>{esc(item.lstrip("*"))}</a></li>')
        foot = "\n".join(f'<li><a href="#">{esc(f)}</a></li>' for f in self.footer)
        url = self.url
        css = (
            "body{margin:0;font:15px/1.45 system-ui,sans-serif;color:#1d1d1f}\n"
            ".topbar{display:flex;gap:16px;align-items:center;padding:10px 24px;border-bottom:1px solid #ddd}\n"
            ".layout{display:flex}.sidenav{width:220px;padding:16px}main{flex:1;padding:24px;max-width:860px}\n"
            ".card{border:1px solid #e3e3e3;border-radius:8px;padding:16px 20px;margin:0 0 20px}\n"
            ".help,.intro,.note{color:#555;font-size:13px}.toggle{width:40px;height:22px;border-radius:11px}\n"
            ".toggle--text{width:auto;height:auto;border-radius:4px}\n"
            ".state-row,.toggle-row{display:flex;justify-content:space-between;gap:12px;align-items:center;padding:8px 0}\n"
            ".matrix{border-collapse:collapse;width:100%}.matrix td,.matrix th{padding:6px 8px;text-align:left}\n"
            ".sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}\n"
            f".{self.hide_class}{{display:none}}\n" + self.extra_css)
        page = f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="{self.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(self.title)} – {esc(self.service)}</title>
<style>
{css}</style>
</head>
<body>
<header class="topbar">
<a class="brand" href="#">{esc(self.brand)}</a>
<form role="search" class="search" action="#">
<label for="{self.idp}-q" class="sr-only">{esc(c["search"])}</label>
<input type="search" id="{self.idp}-q" name="q" placeholder="{esc(c["placeholder"])}">
</form>
<label for="{self.idp}-lang" class="sr-only">{esc(c["language"])}</label>
<select id="{self.idp}-lang" name="lang">
{langs}
</select>
<div class="account">
<button type="button" class="account-button" aria-haspopup="menu" aria-expanded="false" aria-controls="{self.idp}-acct">{esc(c["account"])}</button>
<ul id="{self.idp}-acct" class="account-menu" hidden>
{menu}
</ul>
</div>
</header>
<div class="layout">
<nav class="sidenav" aria-label="{esc(c["nav"])}">
<ul>
{chr(10).join(nav)}
</ul>
</nav>
<main id="main">
<h1>{esc(self.h1)}</h1>
{f'<p class="lead">{esc(self.lead)}</p>' if self.lead else ''}
<form class="settings-form" action="#" method="post">
{inner}
{save}
</form>
</main>
</div>
<footer class="site-footer">
<ul>
{foot}
</ul>
<p>{esc(c["copyright"].format(service=self.service))}</p>
</footer>
</body>
</html>
"""
        labelled = [dict(label=r["label"], sharing=r["sharing"]) for r in recs if r["shape"] and not r["hidden"]]
        expect = dict(url=url, lang=self.lang, notes=self.notes, ai_training=labelled)
        meta = dict(lang=self.lang, page=self.slug, url=url, service=self.service, known=self.known,
                    units=sum(r["units"] for r in recs if not r["hidden"]), records=recs)
        return page, expect, meta
