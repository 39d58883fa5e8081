"""Page builder for the blind72 hold-out set.

Every widget call writes one control unit into the page and books it:
  * ai=None, hide=None   -> decoy (not labelled)
  * ai='i'|'v'|'h'|'p'   -> labelled ai-training control with that shape
  * hide=<method>        -> ai-training control the person cannot see (not labelled)
Sharing is derived from the state: for binary widgets sharing = on (inverted when
inv=True, which defaults to True for shape 'i'); for choice widgets sharing =
shares[selected]; state rows and table cells take it explicitly / from the matrix.
"""
import html as _html

HIDE_METHODS = ["hidden", "inline", "class", "aria", "visibility", "dialog", "tab"]


def E(s):
    return _html.escape(s, quote=True)


def collapse(s):
    return " ".join(s.split())


BASE_CSS = """
*{box-sizing:border-box}body{margin:0;font:15px/1.5 %(font)s;color:#1d1d1f;background:%(bg)s}
.%(p)s-top{display:flex;gap:16px;align-items:center;padding:10px 24px;border-bottom:1px solid #ddd;background:#fff}
.%(p)s-brand{font-weight:700;font-size:20px;text-decoration:none;color:%(accent)s;margin-right:auto}
.%(p)s-wrap{display:flex;max-width:1180px;margin:0 auto}
.%(p)s-side{width:230px;padding:24px 12px}.%(p)s-side ul{list-style:none;padding:0;margin:0}
.%(p)s-side a{display:block;padding:6px 10px;color:#333;text-decoration:none;border-radius:6px}
.%(p)s-side a[aria-current]{background:#eef;font-weight:600}
main{flex:1;padding:24px 32px;background:#fff}
section{border-top:1px solid #e5e5e5;padding:18px 0}
.row{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;justify-content:space-between;padding:10px 0}
.help{flex-basis:100%%;margin:0;color:#666;font-size:13px}
.lbl{font-weight:500}
fieldset{border:0;padding:8px 0;margin:0}legend{font-weight:600;padding:0}
fieldset label{display:block;margin:4px 0}
[role=switch]{min-width:44px}
button[role=switch]{width:44px;height:24px;border-radius:12px;border:0;background:#bbb}
button[role=switch][aria-checked=true]{background:%(accent)s}
.seg button{border:1px solid #999;background:#fff;padding:4px 12px}
.seg button[aria-pressed=true]{background:%(accent)s;color:#fff}
[role=radio]{display:inline-block;padding:4px 10px;border:1px solid #aaa;border-radius:14px;margin-right:6px;cursor:pointer}
[role=radio][aria-checked=true]{border-color:%(accent)s;font-weight:600}
.state{display:grid;grid-template-columns:1fr auto;gap:4px 16px;padding:12px 0}
.state p{margin:0;color:#555}
table{border-collapse:collapse;width:100%%}th,td{padding:8px;border-bottom:1px solid #eee;text-align:left}
caption{text-align:left;font-weight:600;padding:6px 0}
.%(vh)s{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.%(hc)s{display:none}
[role=tablist] button{border:0;background:none;padding:8px 14px;border-bottom:2px solid transparent}
[role=tablist] button[aria-selected=true]{border-bottom-color:%(accent)s}
footer{padding:24px;font-size:13px;color:#666;border-top:1px solid #ddd;background:#fafafa}
footer ul{list-style:none;display:flex;gap:16px;padding:0;flex-wrap:wrap}
"""


class Page:
    def __init__(self, lang, slug, url, site, title, h1, notes, nav, active=0,
                 intro=None, known=False, search=("Search", "Search"),
                 langsel=("Language", []), account=("Account", []), footer=(),
                 prefix="s", hide_class="is-hidden", vh="visually-hidden",
                 accent="#0b57d0", font="Georgia,serif", bg="#f4f4f1"):
        self.lang, self.slug, self.url, self.site = lang, slug, url, site
        self.title, self.h1, self.notes, self.intro = title, h1, notes, intro
        self.nav, self.active, self.known = nav, active, known
        self.search, self.langsel, self.account, self.footer = search, langsel, account, footer
        self.prefix, self.hc, self.vh = prefix, hide_class, vh
        self.accent, self.font, self.bg = accent, font, bg
        self.body, self.labels, self.hidden, self.decoys = [], [], [], []
        self.n = 0

    # ---------------------------------------------------------------- helpers
    def nid(self):
        self.n += 1
        return "%s%d" % (self.prefix, self.n)

    def add(self, *h):
        self.body.extend(h)
        return self

    def raw(self, h):
        return self.add(h)

    def sec(self, title, intro=None, level=2):
        i = self.nid()
        h = '<section aria-labelledby="%s-h"><h%d id="%s-h">%s</h%d>' % (i, level, i, E(title), level)
        if intro:
            h += "<p>%s</p>" % E(intro)
        return self.add(h)

    def end(self):
        return self.add("</section>")

    def para(self, text, cls=None):
        return self.add("<p%s>%s</p>" % (' class="%s"' % cls if cls else "", E(text)))

    def _book(self, kind, eid, label, sharing, ai, hide):
        if hide:
            assert hide in HIDE_METHODS, hide
            self.hidden.append(dict(id=eid, method=hide, kind=kind, label=collapse(label)))
        elif ai:
            assert ai in "ivhp", ai
            assert sharing is not None, (label, "sharing unknown")
            self.labels.append(dict(id=eid, label=collapse(label), sharing=bool(sharing),
                                    shape=ai, kind=kind))
        else:
            self.decoys.append(dict(id=eid, kind=kind, label=collapse(label)))

    def _wrap(self, inner, hide, cls="row"):
        if hide == "hidden":
            return '<div class="%s" hidden>%s</div>' % (cls, inner)
        if hide == "inline":
            return '<div class="%s" style="display:none">%s</div>' % (cls, inner)
        if hide == "class":
            return '<div class="%s %s">%s</div>' % (cls, self.hc, inner)
        if hide == "aria":
            return '<div class="%s" aria-hidden="true">%s</div>' % (cls, inner)
        if hide == "visibility":
            return '<div class="%s" style="visibility:hidden">%s</div>' % (cls, inner)
        return '<div class="%s">%s</div>' % (cls, inner)

    def _help(self, i, help, describe=True):
        if not help:
            return "", ""
        d = i + "-d"
        return ((' aria-describedby="%s"' % d) if describe else ""), '<p class="help" id="%s">%s</p>' % (d, E(help))

    def _emit(self, h, hide, out):
        if out is not None:
            out.append(h)
        elif hide in ("dialog", "tab"):
            raise ValueError("dialog/tab hidden controls must be placed with out=[]")
        else:
            self.add(h)
        return h

    @staticmethod
    def _sh(on, ai, inv):
        if inv is None:
            inv = ai == "i"
        return (not on) if inv else on

    # ---------------------------------------------------------------- widgets
    def cb(self, text, on=False, help=None, ai=None, hide=None, inv=None, style="wrap",
           describe=True, out=None, role=None, kind=None):
        """native checkbox (role='switch' -> checkbox with role=switch)"""
        i = self.nid()
        da, dh = self._help(i, help, describe)
        r = ' role="%s"' % role if role else ""
        inp = '<input type="checkbox" id="%s"%s%s%s>' % (i, r, " checked" if on else "", da)
        if style == "wrap":
            ctl = '<label class="lbl">%s <span>%s</span></label>' % (inp, E(text))
        else:
            ctl = '<label class="lbl" for="%s">%s</label> %s' % (i, E(text), inp)
        k = kind or ("switch" if role == "switch" else "checkbox")
        self._book(k, i, text, self._sh(on, ai, inv), ai, hide)
        return self._emit(self._wrap(ctl + dh, hide), hide, out)

    def sw(self, text, on=False, **kw):
        return self.cb(text, on, role="switch", style=kw.pop("style", "for"), **kw)

    def bsw(self, text, on=False, help=None, ai=None, hide=None, inv=None, how="label",
            visible=None, describe=True, out=None):
        """<button role=switch aria-checked>; how = label | labelledby | text"""
        i = self.nid()
        da, dh = self._help(i, help, describe)
        st = "true" if on else "false"
        if how == "label":
            vis = visible if visible is not None else text
            ctl = '<span class="lbl">%s</span><button type="button" role="switch" id="%s" aria-checked="%s" aria-label="%s"%s></button>' % (
                E(vis), i, st, E(text), da)
        elif how == "labelledby":
            ctl = '<span class="lbl" id="%s-l">%s</span><button type="button" role="switch" id="%s" aria-checked="%s" aria-labelledby="%s-l"%s></button>' % (
                i, E(text), i, st, i, da)
        else:
            ctl = '<button type="button" role="switch" class="txt" id="%s" aria-checked="%s"%s>%s</button>' % (
                i, st, da, E(text))
        self._book("button-switch", i, text, self._sh(on, ai, inv), ai, hide)
        return self._emit(self._wrap(ctl + dh, hide), hide, out)

    def radios(self, legend, opts, sel=0, shares=None, help=None, ai=None, hide=None, out=None):
        i = self.nid()
        da, dh = self._help(i, help)
        items = "".join('<label><input type="radio" name="%s-r" value="%d"%s> %s</label>' % (
            i, k, " checked" if k == sel else "", E(o)) for k, o in enumerate(opts))
        h = '<fieldset id="%s"%s><legend>%s</legend>%s%s</fieldset>' % (i, da, E(legend), items, dh)
        self._book("radio-fieldset", i, legend, shares[sel] if shares else None, ai, hide)
        return self._emit(self._wrap(h, hide), hide, out)

    def rgroup(self, name, opts, sel=0, shares=None, help=None, ai=None, hide=None, out=None):
        i = self.nid()
        da, dh = self._help(i, help)
        items = "".join('<span role="radio" aria-checked="%s" tabindex="%d">%s</span>' % (
            "true" if k == sel else "false", 0 if k == sel else -1, E(o)) for k, o in enumerate(opts))
        h = '<span class="lbl" id="%s-l">%s</span><div role="radiogroup" id="%s" aria-labelledby="%s-l"%s>%s</div>%s' % (
            i, E(name), i, i, da, items, dh)
        self._book("radiogroup", i, name, shares[sel] if shares else None, ai, hide)
        return self._emit(self._wrap(h, hide), hide, out)

    def seg(self, name, opts, sel=0, shares=None, help=None, ai=None, hide=None, how="labelledby", out=None):
        i = self.nid()
        da, dh = self._help(i, help)
        items = "".join('<button type="button" aria-pressed="%s">%s</button>' % (
            "true" if k == sel else "false", E(o)) for k, o in enumerate(opts))
        if how == "labelledby":
            h = '<span class="lbl" id="%s-l">%s</span><div role="group" class="seg" id="%s" aria-labelledby="%s-l"%s>%s</div>%s' % (
                i, E(name), i, i, da, items, dh)
        else:
            h = '<span class="lbl">%s</span><div role="group" class="seg" id="%s" aria-label="%s"%s>%s</div>%s' % (
                E(name), i, E(name), da, items, dh)
        self._book("segmented", i, name, shares[sel] if shares else None, ai, hide)
        return self._emit(self._wrap(h, hide), hide, out)

    def select(self, name, opts, sel=0, shares=None, help=None, ai=None, hide=None, out=None):
        i = self.nid()
        da, dh = self._help(i, help)
        items = "".join('<option value="%d"%s>%s</option>' % (k, " selected" if k == sel else "", E(o))
                        for k, o in enumerate(opts))
        h = '<label class="lbl" for="%s">%s</label><select id="%s"%s>%s</select>%s' % (i, E(name), i, da, items, dh)
        self._book("select", i, name, shares[sel] if shares else None, ai, hide)
        return self._emit(self._wrap(h, hide), hide, out)

    def state(self, title, status, btn, sharing=None, suffix=None, help=None, ai=None, hide=None, out=None):
        """status text + action button; named by a visually hidden suffix, or (suffix=None)
        by aria-labelledby="<button> <title>"."""
        i = self.nid()
        extra = '<p class="help">%s</p>' % E(help) if help else ""
        if suffix is not None:
            b = '<button type="button" id="%s">%s<span class="%s"> %s</span></button>' % (i, E(btn), self.vh, E(suffix))
            name = btn + " " + suffix
            t = '<strong>%s</strong>' % E(title)
        else:
            b = '<button type="button" id="%s" aria-labelledby="%s %s-t">%s</button>' % (i, i, i, E(btn))
            name = btn + " " + title
            t = '<strong id="%s-t">%s</strong>' % (i, E(title))
        h = '%s<span></span><p>%s</p>%s%s' % (t, E(status), b, extra)
        self._book("state-row", i, name, sharing, ai, hide)
        return self._emit(self._wrap(h, hide, "state"), hide, out)

    def table(self, caption, corner, cols, rows, checked, ai_cols=None, labelledby=False, intro=None):
        """checkbox per cell, named by row header + column header.
        ai_cols: {col_index: (shape, inverted)} -> those cells are labelled."""
        ai_cols = ai_cols or {}
        t = self.nid()
        h = ['<div class="tbl">']
        if intro:
            h.append('<p>%s</p>' % E(intro))
        h.append('<table id="%s"><caption>%s</caption><thead><tr><th scope="col">%s</th>' % (t, E(caption), E(corner)))
        for c, col in enumerate(cols):
            h.append('<th scope="col" id="%s-c%d">%s</th>' % (t, c, E(col)))
        h.append("</tr></thead><tbody>")
        for r, row in enumerate(rows):
            h.append('<tr><th scope="row" id="%s-r%d">%s</th>' % (t, r, E(row)))
            for c, col in enumerate(cols):
                i = "%s-%d-%d" % (t, r, c)
                lb = ' aria-labelledby="%s-r%d %s-c%d"' % (t, r, t, c) if labelledby else ""
                on = checked[r][c]
                h.append('<td><input type="checkbox" id="%s"%s%s></td>' % (i, " checked" if on else "", lb))
                if c in ai_cols:
                    shape, inv = ai_cols[c]
                    self._book("table-cell", i, row + " " + col, (not on) if inv else on, shape, None)
                else:
                    self._book("table-cell", i, row + " " + col, None, None, None)
            h.append("</tr>")
        h.append("</tbody></table></div>")
        return self.add("".join(h))

    def text(self, label, value="", type="text", help=None):
        i = self.nid()
        da, dh = self._help(i, help)
        self._book("text", i, label, None, None, None)
        return self.add('<div class="row"><label class="lbl" for="%s">%s</label><input type="%s" id="%s" value="%s"%s>%s</div>' % (
            i, E(label), type, i, E(value), da, dh))

    def button(self, text, help=None, cls="btn"):
        i = self.nid()
        da, dh = self._help(i, help)
        self._book("button", i, text, None, None, None)
        return self.add('<div class="row"><button type="button" class="%s" id="%s"%s>%s</button>%s</div>' % (cls, i, da, E(text), dh))

    # ------------------------------------------------------------- containers
    def details(self, summary, fn):
        """closed <details>; fn() adds the widgets inside."""
        self.add('<details><summary>%s</summary>' % E(summary))
        fn()
        return self.add("</details>")

    def dialog(self, opener, title, parts, close):
        """visible opener button (decoy) + closed <dialog> holding parts (made with out=[])."""
        i = self.nid()
        self._book("button", i, opener, None, None, None)
        self.add('<div class="row"><button type="button" id="%s" aria-haspopup="dialog" aria-controls="%s-dlg">%s</button></div>' % (i, i, E(opener)))
        return self.add('<dialog id="%s-dlg" aria-labelledby="%s-dh"><h2 id="%s-dh">%s</h2>%s<form method="dialog"><button value="close">%s</button></form></dialog>' % (
            i, i, i, E(title), "".join(parts), E(close)))

    def tabs(self, label, names, panels):
        """first tab active; later panels are inactive (hidden). panels: lists of html (out=[])."""
        t = self.nid()
        h = ['<div role="tablist" aria-label="%s">' % E(label)]
        for k, n in enumerate(names):
            tid = "%s-t%d" % (t, k)
            self._book("tab", tid, n, None, None, None)
            h.append('<button type="button" role="tab" id="%s" aria-selected="%s" aria-controls="%s-p%d" tabindex="%d">%s</button>' % (
                tid, "true" if k == 0 else "false", t, k, 0 if k == 0 else -1, E(n)))
        h.append("</div>")
        for k, p in enumerate(panels):
            h.append('<div role="tabpanel" id="%s-p%d" aria-labelledby="%s-t%d"%s>%s</div>' % (
                t, k, t, k, "" if k == 0 else " hidden", "".join(p)))
        return self.add("".join(h))

    # ------------------------------------------------------------------ output
    def html(self):
        p = self.prefix
        css = BASE_CSS % dict(p=p, font=self.font, bg=self.bg, accent=self.accent, vh=self.vh, hc=self.hc)
        sl, sph = self.search
        ll, langs = self.langsel
        acc, menu = self.account
        lang_opts = "".join('<option value="%s"%s>%s</option>' % (c, " selected" if c == self.lang else "", E(n)) for c, n in langs)
        menu_h = "".join('<li><a href="#">%s</a></li>' % E(m) for m in menu)
        nav_h = "".join('<li><a href="#"%s>%s</a></li>' % (' aria-current="page"' if k == self.active else "", E(n))
                        for k, n in enumerate(self.nav))
        foot_h = "".join('<li><a href="#">%s</a></li>' % E(f) for f in self.footer[1:])
        out = ['<!DOCTYPE html>',
               '<!-- saved from url=(%04d)%s -->' % (len(self.url), self.url),
               '<html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' % self.lang,
               '<title>%s</title><style>%s</style></head><body>' % (E(self.title), css),
               '<header class="%s-top"><a class="%s-brand" href="/">%s</a>' % (p, p, E(self.site)),
               '<form role="search" action="#"><label for="%s-q" class="%s">%s</label><input type="search" id="%s-q" placeholder="%s"></form>' % (p, self.vh, E(sl), p, E(sph)),
               '<label for="%s-lang" class="%s">%s</label><select id="%s-lang">%s</select>' % (p, self.vh, E(ll), p, lang_opts),
               '<div class="%s-acct"><button type="button" id="%s-acct" aria-haspopup="menu" aria-expanded="false" aria-controls="%s-menu">%s</button><ul id="%s-menu" role="menu" hidden>%s</ul></div>' % (
                   p, p, p, E(acc), p, menu_h.replace("<li>", '<li role="none">').replace('<a href="#">', '<a role="menuitem" href="#">')),
               '</header>',
               '<div class="%s-wrap"><nav class="%s-side" aria-label="%s"><ul>%s</ul></nav>' % (p, p, E(self.nav_label()), nav_h),
               '<main id="main"><h1>%s</h1>' % E(self.h1)]
        if self.intro:
            out.append('<p class="lead">%s</p>' % E(self.intro))
        out.extend(self.body)
        out.append('</main></div>')
        out.append('<footer><p>%s</p><ul>%s</ul></footer></body></html>' % (E(self.footer[0]) if self.footer else "", foot_h))
        return "\n".join(out) + "\n"

    def nav_label(self):
        return {"en": "Account", "de": "Konto", "fr": "Compte", "es": "Cuenta", "pt": "Conta",
                "it": "Account", "nl": "Account"}[self.lang]

    def expect(self):
        return {"url": self.url, "lang": self.lang, "notes": self.notes,
                "ai_training": [{"label": l["label"], "sharing": l["sharing"]} for l in self.labels]}

    def meta(self):
        return {"lang": self.lang, "slug": self.slug, "url": self.url, "site": self.site,
                "known": self.known, "notes": self.notes, "labels": self.labels,
                "hidden": self.hidden, "decoys": self.decoys}


LANGS = {
    "en": [("en", "English"), ("es", "Español"), ("fr", "Français")],
    "de": [("de", "Deutsch"), ("en", "English"), ("tr", "Türkçe")],
    "fr": [("fr", "Français"), ("en", "English"), ("ar", "العربية")],
    "es": [("es", "Español"), ("ca", "Català"), ("en", "English")],
    "pt": [("pt", "Português (Brasil)"), ("es", "Español"), ("en", "English")],
    "it": [("it", "Italiano"), ("en", "English"), ("de", "Deutsch")],
    "nl": [("nl", "Nederlands"), ("en", "English"), ("fy", "Frysk")],
}
