"""Page builder for blind50 (energy, utilities, insurance and home services).

Each page is built with a `Page` object.  Widgets write their markup and keep the
bookkeeping that gen.py turns into the expect file and tools/meta.json:

* every visible control unit inside <main> is counted (a radio group, a segmented
  group, a table checkbox, a state-row button, a switch, a select, a plain button...);
* a widget given a shape `t` ("i" inverted, "v" vague+help, "h" heading-only,
  "p" plain) is an AI-training control; its accessible name is what the widget
  builds, and `sharing` is worked out from its state (binary controls: state XOR
  inverted; choice controls: whether the selected option is in `share`; state rows:
  given explicitly);
* controls written inside a hidden context are never labelled; those flagged
  `ai=True` are the page's hidden AI-training decoys.

Standard library only.
"""
import html
from contextlib import contextmanager

SHAPES = {"i": "inverted", "v": "vague+help", "h": "heading-only", "p": "plain"}

CSS = """\
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d232b;background:#f5f6f8}
a{color:#1857b8}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.site-header{display:flex;align-items:center;gap:16px;padding:10px 24px;background:#fff;border-bottom:1px solid #dde1e6}
.brand{font-weight:700;font-size:18px;text-decoration:none;color:#14202e;margin-right:auto}
.site-search input{width:240px;padding:6px 10px;border:1px solid #c3c9d1;border-radius:6px}
.account{position:relative}
.account-menu{position:absolute;right:0;top:100%;list-style:none;margin:4px 0 0;padding:6px 0;background:#fff;border:1px solid #dde1e6;border-radius:8px;min-width:200px}
.account-menu a,.account-menu button{display:block;padding:6px 14px;background:none;border:0;text-align:left;width:100%;font:inherit;color:inherit;text-decoration:none}
.layout{display:flex;gap:24px;max-width:1180px;margin:0 auto;padding:24px}
.side-nav{flex:0 0 220px}
.side-nav ul{list-style:none;margin:0;padding:0}
.side-nav a{display:block;padding:7px 12px;border-radius:6px;text-decoration:none;color:#33404f}
.side-nav a[aria-current]{background:#e3ecfa;color:#10367a;font-weight:600}
.content{flex:1;min-width:0}
.card{background:#fff;border:1px solid #dde1e6;border-radius:10px;padding:18px 22px;margin-bottom:18px}
.card h2{font-size:18px;margin:0 0 6px}
.card h3{font-size:15px;margin:14px 0 6px}
.intro,.hint{color:#56606d;margin:4px 0 10px}
.hint{font-size:13px}
.setting{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:4px 16px;padding:10px 0;border-top:1px solid #eef0f3}
.setting .hint{flex-basis:100%;margin:0}
.toggle{width:42px;height:24px;border-radius:12px;border:0;background:#b9c0c9;position:relative}
.toggle[aria-checked="true"]{background:#1a7f4b}
.knob{position:absolute;top:3px;left:3px;width:18px;height:18px;border-radius:50%;background:#fff}
.toggle-row{display:flex;justify-content:space-between;width:100%;background:none;border:0;font:inherit;text-align:left;padding:0}
.field{display:flex;flex-wrap:wrap;gap:4px 12px;align-items:center;padding:10px 0;border-top:1px solid #eef0f3}
.field label{min-width:260px}
.choice{border:0;padding:10px 0;margin:0;border-top:1px solid #eef0f3}
.choice legend,.choice-title{font-weight:600;padding:0;margin:0 0 4px}
.opt{display:block;padding:2px 0}
.segmented{display:inline-flex;border:1px solid #c3c9d1;border-radius:8px;overflow:hidden}
.segmented button{border:0;background:#fff;padding:6px 14px;font:inherit}
.segmented button[aria-pressed="true"]{background:#14202e;color:#fff}
.seg-field{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:4px 16px;padding:10px 0;border-top:1px solid #eef0f3}
.seg-field .hint{flex-basis:100%;margin:0}
.grid{width:100%;border-collapse:collapse;margin:6px 0}
.grid caption{text-align:left;font-weight:600;padding:4px 0}
.grid th,.grid td{border-bottom:1px solid #eef0f3;padding:8px;text-align:left}
.grid td.cb{text-align:center}
.state-row{display:flex;flex-wrap:wrap;gap:4px 12px;align-items:center;padding:10px 0;border-top:1px solid #eef0f3}
.state-title{flex:1;font-weight:500}
.state-value{color:#56606d}
.btn{padding:7px 14px;border-radius:6px;border:1px solid #1857b8;background:#1857b8;color:#fff;font:inherit}
.btn-secondary{padding:7px 14px;border-radius:6px;border:1px solid #c3c9d1;background:#fff;color:#1d232b;font:inherit}
.btn-link{border:0;background:none;color:#1857b8;text-decoration:underline;font:inherit;padding:0}
.actions{display:flex;gap:10px;margin-top:12px}
details.more{border-top:1px solid #eef0f3;padding-top:8px;margin-top:8px}
details.more summary{cursor:pointer;font-weight:600;color:#1857b8}
.tablist{display:flex;gap:4px;border-bottom:1px solid #dde1e6;margin-bottom:10px}
.tablist button{border:0;background:none;padding:8px 14px;font:inherit}
.tablist button[aria-selected="true"]{border-bottom:2px solid #1857b8;font-weight:600}
.is-collapsed{display:none}
.is-ghost{visibility:hidden}
dialog{border:1px solid #c3c9d1;border-radius:10px;max-width:480px}
.site-footer{border-top:1px solid #dde1e6;background:#fff;padding:18px 24px;color:#56606d;font-size:13px}
.site-footer ul{list-style:none;display:flex;gap:16px;margin:0 0 8px;padding:0}
"""

HIDE = {
    # mechanism: (attribute on the wrapper, description)
    "inline-none": ('style="display:none"', "inline style display:none"),
    "class-none": ('class="is-collapsed"', "CSS class with display:none"),
    "hidden-attr": ("hidden", "hidden attribute"),
    "aria-hidden": ('aria-hidden="true"', 'aria-hidden="true"'),
    "inline-vis": ('style="visibility:hidden"', "inline style visibility:hidden"),
    "class-vis": ('class="is-ghost"', "CSS class with visibility:hidden"),
}
MECH_DESC = dict((k, v[1]) for k, v in HIDE.items())
MECH_DESC["dialog"] = "closed native <dialog>"
MECH_DESC["tabpanel"] = "inactive tab panel"


def esc(s):
    """Escape for text and double-quoted attributes (apostrophes stay readable)."""
    return html.escape(s, quote=False).replace('"', "&quot;")


def norm(s):
    return " ".join(s.split())


def C(on, t=None, inv=None, ai=False):
    """A checkbox cell for Page.table."""
    return {"on": on, "t": t, "inv": inv, "ai": ai}


class Page:
    def __init__(self, lang, slug, url, title, brand, kind, known=False,
                 notes="", html_lang=None):
        self.lang = lang
        self.slug = slug
        self.url = url
        self.title = title
        self.brand = brand
        self.kind = kind
        self.known = known
        self.notes = notes
        self.html_lang = html_lang or lang
        self.out = []
        self.depth = 0
        self.counter = 0
        self.units = 0
        self.labelled = []
        self.hidden = 0
        self.mechs = []
        self.hidden_ai = []
        self.hidden_names = []
        self.in_main = False
        self.kinds_used = set()

    # ------------------------------------------------------------ low level
    def uid(self, prefix):
        self.counter += 1
        return "%s-%d" % (prefix, self.counter)

    def w(self, s):
        self.out.append("  " * self.depth + s)

    def open(self, s):
        self.w(s)
        self.depth += 1

    def close(self, s):
        self.depth -= 1
        self.w(s)

    def _unit(self, n=1):
        if self.in_main and not self.hidden:
            self.units += n

    def _record(self, name, t, sharing, kind, ai, extra=None):
        name = norm(name)
        if self.hidden:
            assert t is None, "labelled control inside a hidden block: %s" % name
            self.hidden_names.append(name)
            if ai:
                self.hidden_ai.append(name)
            return
        assert not ai, "ai=True is only for hidden decoys: %s" % name
        if t is None:
            return
        assert t in SHAPES, t
        assert self.in_main, name
        d = {"label": name, "sharing": bool(sharing), "shape": t, "kind": kind}
        if extra:
            d.update(extra)
        self.labelled.append(d)
        self.kinds_used.add(kind)

    def _bin(self, name, on, t, inv, kind, ai):
        if inv is None:
            inv = (t == "i")
        self._record(name, t, (bool(on) != bool(inv)), kind, ai,
                     {"state": bool(on), "inverted": bool(inv)})

    def _help_attr(self, help, hm):
        if help and hm == "desc":
            hid = self.uid("hint")
            return hid, ' aria-describedby="%s"' % hid
        return None, ""

    def _help(self, help, hid):
        if not help:
            return
        if hid:
            self.w('<p class="hint" id="%s">%s</p>' % (hid, esc(help)))
        else:
            self.w('<p class="hint">%s</p>' % esc(help))

    # ------------------------------------------------------------ skeleton
    def header(self, search_label, search_ph, lang_label, langs, cur,
               account_label, menu):
        self.open('<header class="site-header">')
        self.w('<a class="brand" href="/">%s</a>' % esc(self.brand))
        self.open('<form class="site-search" role="search" action="/search">')
        self.w('<label class="sr-only" for="site-search">%s</label>' % esc(search_label))
        self.w('<input type="search" id="site-search" name="q" placeholder="%s">' % esc(search_ph))
        self.close('</form>')
        self.w('<label class="sr-only" for="site-lang">%s</label>' % esc(lang_label))
        self.open('<select id="site-lang" name="lang">')
        for code, text in langs:
            sel = " selected" if code == cur else ""
            self.w('<option value="%s"%s>%s</option>' % (esc(code), sel, esc(text)))
        self.close('</select>')
        self.open('<div class="account">')
        self.w('<button type="button" id="account-button" aria-haspopup="menu" '
               'aria-expanded="false" aria-controls="account-menu">%s</button>' % esc(account_label))
        self.open('<ul class="account-menu" id="account-menu" role="menu" hidden>')
        self.hidden += 1
        for i, item in enumerate(menu):
            if i == len(menu) - 1:
                self.w('<li role="none"><button type="button" role="menuitem">%s</button></li>' % esc(item))
            else:
                self.w('<li role="none"><a role="menuitem" href="#">%s</a></li>' % esc(item))
            self.hidden_names.append(norm(item))
        self.hidden -= 1
        self.close('</ul>')
        self.close('</div>')
        self.close('</header>')

    def nav(self, label, items, current):
        self.open('<div class="layout">')
        self.open('<nav class="side-nav" aria-label="%s">' % esc(label))
        self.open('<ul>')
        for it in items:
            cur = ' aria-current="page"' if it == current else ""
            self.w('<li><a href="#"%s>%s</a></li>' % (cur, esc(it)))
        self.close('</ul>')
        self.close('</nav>')
        self.open('<main id="main" class="content">')
        self.in_main = True

    def footer(self, links, copy):
        self.in_main = False
        self.close('</main>')
        self.close('</div>')
        self.open('<footer class="site-footer">')
        self.open('<ul>')
        for l in links:
            self.w('<li><a href="#">%s</a></li>' % esc(l))
        self.close('</ul>')
        self.w('<p>%s</p>' % esc(copy))
        self.close('</footer>')

    # ------------------------------------------------------------ text
    def h1(self, text, sub=None):
        self.w('<h1>%s</h1>' % esc(text))
        if sub:
            self.w('<p class="intro">%s</p>' % esc(sub))

    def p(self, text, cls="intro"):
        self.w('<p class="%s">%s</p>' % (cls, esc(text)))

    def h3(self, text):
        self.w('<h3>%s</h3>' % esc(text))

    def link(self, text):
        self.w('<p><a href="#">%s</a></p>' % esc(text))

    @contextmanager
    def section(self, title, intro=None):
        hid = self.uid("sec")
        self.open('<section class="card" aria-labelledby="%s">' % hid)
        self.w('<h2 id="%s">%s</h2>' % (hid, esc(title)))
        if intro:
            for para in ([intro] if isinstance(intro, str) else intro):
                self.p(para)
        yield
        self.close('</section>')

    @contextmanager
    def details(self, summary):
        self.open('<details class="more">')
        self.w('<summary>%s</summary>' % esc(summary))
        yield
        self.close('</details>')

    @contextmanager
    def hide(self, mech):
        attr = HIDE[mech][0]
        self.mechs.append(mech)
        self.open('<div %s>' % attr)
        self.hidden += 1
        yield
        self.hidden -= 1
        self.close('</div>')

    @contextmanager
    def dialog(self, opener, title):
        """A visible button (a unit) that would open a closed native dialog."""
        did = self.uid("dlg")
        tid = self.uid("dlg-title")
        self.w('<p><button type="button" class="btn-link" aria-haspopup="dialog" '
               'aria-controls="%s">%s</button></p>' % (did, esc(opener)))
        self._unit()
        self._record(opener, None, None, "button", False)
        self.mechs.append("dialog")
        self.open('<dialog id="%s" aria-labelledby="%s">' % (did, tid))
        self.w('<h3 id="%s">%s</h3>' % (tid, esc(title)))
        self.hidden += 1
        yield
        self.hidden -= 1
        self.close('</dialog>')

    def tabs(self, label, names, active):
        """Write a tablist; returns a handle for tabpanel()."""
        ids = [(self.uid("tab"), self.uid("panel")) for _ in names]
        self.open('<div class="tablist" role="tablist" aria-label="%s">' % esc(label))
        for i, (n, (tid, pid)) in enumerate(zip(names, ids)):
            sel = "true" if i == active else "false"
            self.w('<button type="button" role="tab" id="%s" aria-selected="%s" '
                   'aria-controls="%s">%s</button>' % (tid, sel, pid, esc(n)))
            self._unit()
            self._record(n, None, None, "tab", False)
        self.close('</div>')
        return {"ids": ids, "active": active}

    @contextmanager
    def tabpanel(self, handle, i):
        tid, pid = handle["ids"][i]
        inactive = i != handle["active"]
        self.open('<div role="tabpanel" id="%s" aria-labelledby="%s"%s>'
                  % (pid, tid, " hidden" if inactive else ""))
        if inactive:
            self.mechs.append("tabpanel")
            self.hidden += 1
        yield
        if inactive:
            self.hidden -= 1
        self.close('</div>')

    # ------------------------------------------------------------ widgets
    def switch(self, name, on, help=None, hm="desc", t=None, inv=None,
               style="lbl", ai=False):
        sid = self.uid("sw")
        hid, desc = self._help_attr(help, hm)
        st = "true" if on else "false"
        self.open('<div class="setting">')
        if style == "lbl":
            lid = self.uid("lbl")
            self.w('<span class="setting-name" id="%s">%s</span>' % (lid, esc(name)))
            self.w('<button type="button" class="toggle" role="switch" id="%s" aria-checked="%s" '
                   'aria-labelledby="%s"%s><span class="knob" aria-hidden="true"></span></button>'
                   % (sid, st, lid, desc))
        elif style == "text":
            self.w('<button type="button" class="toggle-row" role="switch" id="%s" aria-checked="%s"%s>'
                   '<span>%s</span><span class="knob" aria-hidden="true"></span></button>'
                   % (sid, st, desc, esc(name)))
        elif style == "input":
            self.w('<input type="checkbox" role="switch" id="%s"%s%s>'
                   % (sid, " checked" if on else "", desc))
            self.w('<label for="%s">%s</label>' % (sid, esc(name)))
        elif style == "aria":
            self.w('<span class="setting-name">%s</span>' % esc(name))
            self.w('<button type="button" class="toggle" role="switch" id="%s" aria-checked="%s" '
                   'aria-label="%s"%s><span class="knob" aria-hidden="true"></span></button>'
                   % (sid, st, esc(name), desc))
        else:
            raise ValueError(style)
        self._help(help, hid)
        self.close('</div>')
        self._unit()
        self._bin(name, on, t, inv, "switch", ai)

    def checkbox(self, name, on, help=None, hm="desc", t=None, inv=None,
                 style="for", ai=False):
        cid = self.uid("cb")
        hid, desc = self._help_attr(help, hm)
        ck = " checked" if on else ""
        self.open('<div class="setting">')
        if style == "for":
            self.open('<span>')
            self.w('<input type="checkbox" id="%s" name="%s"%s%s>' % (cid, cid, ck, desc))
            self.w('<label for="%s">%s</label>' % (cid, esc(name)))
            self.close('</span>')
        elif style == "wrap":
            self.w('<label><input type="checkbox" name="%s"%s%s> %s</label>' % (cid, ck, desc, esc(name)))
        else:
            raise ValueError(style)
        self._help(help, hid)
        self.close('</div>')
        self._unit()
        self._bin(name, on, t, inv, "checkbox", ai)

    def select(self, name, options, selected, help=None, hm="desc", t=None,
               share=(), ai=False):
        sid = self.uid("sel")
        hid, desc = self._help_attr(help, hm)
        assert selected in [v for v, _ in options]
        self.open('<div class="field">')
        self.w('<label for="%s">%s</label>' % (sid, esc(name)))
        self.open('<select id="%s" name="%s"%s>' % (sid, sid, desc))
        for v, text in options:
            s = " selected" if v == selected else ""
            self.w('<option value="%s"%s>%s</option>' % (esc(v), s, esc(text)))
        self.close('</select>')
        self._help(help, hid)
        self.close('</div>')
        self._unit()
        if t:
            assert all(s in [v for v, _ in options] for s in share)
        self._record(name, t, selected in share, "select", ai,
                     {"selected": selected, "share": sorted(share)} if t else None)

    def radios(self, name, options, selected, t=None, share=(), kind="fieldset",
               help=None, hm="desc", ai=False):
        g = self.uid("rg")
        hid, desc = self._help_attr(help, hm)
        assert selected in [v for v, _ in options]
        if kind == "fieldset":
            self.open('<fieldset class="choice"%s>' % desc)
            self.w('<legend>%s</legend>' % esc(name))
        else:
            lid = self.uid("rgl")
            self.open('<div class="choice" role="radiogroup" aria-labelledby="%s"%s>' % (lid, desc))
            self.w('<p class="choice-title" id="%s">%s</p>' % (lid, esc(name)))
        for v, text in options:
            ck = " checked" if v == selected else ""
            self.w('<label class="opt"><input type="radio" name="%s" value="%s"%s> %s</label>'
                   % (g, esc(v), ck, esc(text)))
        self._help(help, hid)
        self.close('</fieldset>' if kind == "fieldset" else '</div>')
        self._unit()
        if t:
            assert all(s in [v for v, _ in options] for s in share)
        self._record(name, t, selected in share, "radio-group", ai,
                     {"selected": selected, "share": sorted(share)} if t else None)

    def segmented(self, name, options, pressed, t=None, share=(), help=None,
                  hm="desc", mode="labelledby", ai=False):
        hid, desc = self._help_attr(help, hm)
        assert pressed in options
        self.open('<div class="seg-field">')
        if mode == "labelledby":
            lid = self.uid("seg")
            self.w('<span class="setting-name" id="%s">%s</span>' % (lid, esc(name)))
            self.open('<div class="segmented" role="group" aria-labelledby="%s"%s>' % (lid, desc))
        else:
            self.w('<span class="setting-name" aria-hidden="true">%s</span>' % esc(name))
            self.open('<div class="segmented" role="group" aria-label="%s"%s>' % (esc(name), desc))
        for o in options:
            self.w('<button type="button" aria-pressed="%s">%s</button>'
                   % ("true" if o == pressed else "false", esc(o)))
        self.close('</div>')
        self._help(help, hid)
        self.close('</div>')
        self._unit()
        self._record(name, t, pressed in share, "segmented", ai,
                     {"selected": pressed, "share": sorted(share)} if t else None)

    def table(self, caption, head, cols, rows, naming="rowcol"):
        """cols: header texts; rows: (row header, [cell...]); a cell is a str or C(...)."""
        self.open('<table class="grid">')
        self.w('<caption>%s</caption>' % esc(caption))
        col_ids = [self.uid("col") for _ in cols]
        self.open('<thead>')
        self.open('<tr>')
        self.w('<th scope="col">%s</th>' % esc(head))
        for cid, ctext in zip(col_ids, cols):
            self.w('<th scope="col" id="%s">%s</th>' % (cid, esc(ctext)))
        self.close('</tr>')
        self.close('</thead>')
        self.open('<tbody>')
        for rtext, cells in rows:
            rid = self.uid("row")
            self.open('<tr>')
            self.w('<th scope="row" id="%s">%s</th>' % (rid, esc(rtext)))
            for cid, ctext, cell in zip(col_ids, cols, cells):
                if isinstance(cell, str):
                    self.w('<td>%s</td>' % esc(cell))
                    continue
                bid = self.uid("cell")
                if naming == "rowcol":
                    ref, name = "%s %s" % (rid, cid), "%s %s" % (rtext, ctext)
                elif naming == "row":
                    ref, name = rid, rtext
                else:
                    raise ValueError(naming)
                self.w('<td class="cb"><input type="checkbox" id="%s" aria-labelledby="%s"%s></td>'
                       % (bid, ref, " checked" if cell["on"] else ""))
                self._unit()
                self._bin(name, cell["on"], cell["t"], cell["inv"], "table-cell", cell["ai"])
            self.close('</tr>')
        self.close('</tbody>')
        self.close('</table>')

    def state_row(self, title, value, btn, suffix=None, t=None, sharing=None,
                  mode="sr", help=None, hm="desc", ai=False):
        hid, desc = self._help_attr(help, hm)
        bid = self.uid("act")
        self.open('<div class="state-row">')
        if mode == "sr":
            assert suffix
            self.w('<span class="state-title">%s</span>' % esc(title))
            self.w('<span class="state-value">%s</span>' % esc(value))
            self.w('<button type="button" class="btn-secondary" id="%s"%s>%s<span class="sr-only"> %s</span></button>'
                   % (bid, desc, esc(btn), esc(suffix)))
            name = "%s %s" % (btn, suffix)
        elif mode == "labelledby":
            tid = self.uid("st")
            self.w('<span class="state-title" id="%s">%s</span>' % (tid, esc(title)))
            self.w('<span class="state-value">%s</span>' % esc(value))
            self.w('<button type="button" class="btn-secondary" id="%s" aria-labelledby="%s %s"%s>%s</button>'
                   % (bid, bid, tid, desc, esc(btn)))
            name = "%s %s" % (btn, title)
        else:
            raise ValueError(mode)
        self._help(help, hid)
        self.close('</div>')
        self._unit()
        if t:
            assert sharing is not None
        self._record(name, t, sharing, "state-row", ai,
                     {"state_text": value} if t else None)

    def button(self, text, cls="btn-secondary", suffix=None):
        if suffix:
            self.w('<button type="button" class="%s">%s<span class="sr-only"> %s</span></button>'
                   % (cls, esc(text), esc(suffix)))
            name = text + " " + suffix
        else:
            self.w('<button type="button" class="%s">%s</button>' % (cls, esc(text)))
            name = text
        self._unit()
        self._record(name, None, None, "button", False)

    @contextmanager
    def actions(self):
        self.open('<div class="actions">')
        yield
        self.close('</div>')

    def text_input(self, name, value="", type="text", help=None, hm="desc"):
        iid = self.uid("in")
        hid, desc = self._help_attr(help, hm)
        self.open('<div class="field">')
        self.w('<label for="%s">%s</label>' % (iid, esc(name)))
        self.w('<input type="%s" id="%s" name="%s" value="%s"%s>' % (type, iid, iid, esc(value), desc))
        self._help(help, hid)
        self.close('</div>')
        self._unit()
        self._record(name, None, None, "input", False)

    # ------------------------------------------------------------ output
    def render(self):
        assert self.depth == 0, self.depth
        assert self.hidden == 0
        head = [
            "<!DOCTYPE html>",
            "<!-- saved from url=(%04d)%s -->" % (len(self.url), self.url),
            '<html lang="%s">' % self.html_lang,
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            "<title>%s</title>" % esc(self.title),
            "<style>",
            CSS.rstrip("\n"),
            "</style>",
            "</head>",
            "<body>",
            '<a class="sr-only" href="#main">%s</a>' % esc(self.skip_text()),
        ]
        return "\n".join(head + self.out + ["</body>", "</html>", ""])

    def skip_text(self):
        return {"en": "Skip to content", "de": "Zum Inhalt springen",
                "fr": "Aller au contenu", "es": "Saltar al contenido",
                "pt": "Pular para o conteúdo", "it": "Vai al contenuto",
                "nl": "Naar de inhoud"}[self.lang]

    def expect(self):
        return {
            "url": self.url,
            "lang": self.lang,
            "notes": self.full_notes(),
            "ai_training": [{"label": d["label"], "sharing": d["sharing"]}
                            for d in self.labelled],
        }

    def full_notes(self):
        shapes = {}
        for d in self.labelled:
            shapes[SHAPES[d["shape"]]] = shapes.get(SHAPES[d["shape"]], 0) + 1
        sh = ", ".join("%d %s" % (n, k) for k, n in sorted(shapes.items()))
        origin = ("plausible reconstruction of a known service (own markup and copy)"
                  if self.known else "invented service")
        mechs = ", ".join(sorted(set(MECH_DESC[m] for m in self.mechs)))
        return ("%s — %s, %s. Labelled: %s. %s Hidden AI-training decoy: %s."
                % (self.brand, self.kind, origin, sh, self.notes.strip(), mechs))

    def meta(self):
        return {
            "lang": self.lang,
            "page": self.slug,
            "url": self.url,
            "brand": self.brand,
            "kind": self.kind,
            "known": self.known,
            "units": self.units,
            "labelled": self.labelled,
            "hidden_mechanisms": sorted(set(self.mechs)),
            "hidden_ai_decoys": self.hidden_ai,
        }
