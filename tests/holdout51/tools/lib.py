"""Page builder for blind51 (standard library only).

A Page collects markup for <main> through widget methods.  Every widget that
is created outside a hidden block counts as a visible control unit; a widget
given ``ai=(shape, sharing)`` is recorded as a labelled ai-training control
with the accessible name the markup produces.

Shapes: "i" inverted, "v" vague name + help, "h" heading/caption only, "p" plain.
"""
import contextlib
import html

SHAPES = ("i", "v", "h", "p")


def esc(s):
    return html.escape(s, quote=True)


BASE_CSS = """
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;background:#f6f7f9}
.vh{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px}
.site-header{display:flex;gap:16px;align-items:center;padding:10px 24px;background:#fff;border-bottom:1px solid #dde1e7;position:relative}
.logo{font-weight:700;font-size:18px;color:inherit;text-decoration:none;margin-right:auto}
.site-header form{display:flex}
.site-header input[type=search]{width:260px;padding:6px 10px;border:1px solid #c4cad3;border-radius:6px}
.account-menu{position:absolute;right:24px;top:52px;list-style:none;margin:0;padding:8px 0;background:#fff;border:1px solid #dde1e7;border-radius:8px}
.account-menu a,.account-menu button{display:block;padding:6px 16px;background:none;border:0;font:inherit;color:inherit;text-decoration:none}
.layout{display:flex;max-width:1180px;margin:0 auto}
.side-nav{width:230px;padding:24px 12px}
.side-nav ul{list-style:none;margin:0;padding:0}
.side-nav a{display:block;padding:7px 12px;border-radius:6px;color:#334;text-decoration:none}
.side-nav a[aria-current=page]{background:#e7ecf5;font-weight:600}
main{flex:1;padding:24px 32px 48px;min-width:0}
main h1{font-size:26px;margin:0 0 6px}
.lead{color:#4b5563;margin:0 0 20px}
.card{background:#fff;border:1px solid #dde1e7;border-radius:10px;padding:18px 22px;margin:0 0 18px}
.card h2{font-size:18px;margin:0 0 6px}.card h3{font-size:16px;margin:14px 0 6px}
.intro{color:#4b5563;margin:0 0 12px}
.field,.check,.sw-row,.seg-row,.state-row{display:flex;flex-wrap:wrap;align-items:center;gap:8px 12px;padding:10px 0;border-top:1px solid #eef0f3}
.field label{min-width:260px}
.help{flex-basis:100%;margin:2px 0 0;color:#5b6472;font-size:13px}
.switch{display:inline-flex;align-items:center;gap:12px;background:none;border:0;padding:0;font:inherit;color:inherit;text-align:left;cursor:pointer}
.track{display:inline-block;width:38px;height:22px;border-radius:11px;background:#b9c0cb;position:relative;flex:none}
[aria-checked=true] .track,.track.on{background:#2f6fde}
.sw-row .sw-label{flex:1}
.sw-only{width:42px;height:24px;border-radius:12px;border:0;background:#b9c0cb}
.sw-only[aria-checked=true]{background:#2f6fde}
fieldset.radios{border:0;border-top:1px solid #eef0f3;margin:0;padding:10px 0}
fieldset.radios legend{font-weight:600;padding:0}
.radios .opt{display:block;padding:3px 0}
.group-label{font-weight:600;margin:0}
.segmented{display:inline-flex;border:1px solid #c4cad3;border-radius:8px;overflow:hidden}
.segmented button{border:0;background:#fff;padding:6px 14px;font:inherit}
.segmented button[aria-pressed=true]{background:#2f6fde;color:#fff}
table.matrix{border-collapse:collapse;width:100%;margin:8px 0}
table.matrix caption{text-align:left;font-weight:600;padding:6px 0}
table.matrix th,table.matrix td{border-bottom:1px solid #eef0f3;padding:8px;text-align:left}
.state-title{margin:0;font-weight:600;flex:1}
.state-value{margin:0;color:#374151}
.link-btn{background:none;border:0;color:#2557b8;text-decoration:underline;font:inherit;cursor:pointer}
.btn{border:1px solid #2f6fde;background:#2f6fde;color:#fff;border-radius:7px;padding:8px 16px;font:inherit}
.btn.secondary{background:#fff;color:#2f6fde}
.actions{display:flex;gap:10px;flex-wrap:wrap;margin-top:8px}
details.more{border-top:1px solid #eef0f3;padding:10px 0}
details.more summary{cursor:pointer;font-weight:600}
dialog{border:1px solid #c4cad3;border-radius:10px;max-width:480px}
[role=tablist]{display:flex;gap:4px;margin:0 0 12px}
[role=tab]{border:1px solid #c4cad3;background:#fff;border-radius:7px 7px 0 0;padding:6px 14px;font:inherit}
[role=tab][aria-selected=true]{background:#e7ecf5;font-weight:600}
.site-footer{border-top:1px solid #dde1e7;background:#fff;padding:18px 24px;color:#5b6472;font-size:13px}
.site-footer ul{list-style:none;display:flex;gap:16px;padding:0;margin:6px 0 0}
.site-footer a{color:inherit}
"""


class Page:
    def __init__(self, lang, slug, url, ui, *, brand, title, h1, nav, nav_current,
                 service, notes, known=False, lead=None, html_lang=None,
                 footer=None, account_label=None):
        self.lang = lang
        self.slug = slug
        self.url = url
        self.ui = ui
        self.brand = brand
        self.title = title
        self.h1 = h1
        self.nav = nav
        self.nav_current = nav_current
        self.service = service
        self.notes = notes
        self.known = known
        self.lead = lead
        self.html_lang = html_lang or lang
        self.footer = footer or ui["footer"]
        self.account_label = account_label or ui["account"]
        self.body = []
        self.css = []
        self.n = 0
        self.hd = 0      # depth of hidden containers
        self.det = 0     # depth of closed <details>
        self.units = 0
        self.labels = []
        self.hidden_mechs = []
        self.hidden_ai = []
        self.kinds = {}

    # ------------------------------------------------------------ bookkeeping
    def nid(self, p="c"):
        self.n += 1
        return "%s%d" % (p, self.n)

    def w(self, s):
        self.body.append(s)

    def _unit(self, kind, n=1):
        if self.hd == 0:
            self.units += n
            self.kinds[kind] = self.kinds.get(kind, 0) + n

    def _ai(self, label, ai, kind, hidden_ai=False):
        if hidden_ai:
            assert self.hd > 0, "hidden_ai decoy must sit in a hidden block: " + label
            self.hidden_ai.append(label)
        if ai is None:
            return
        assert self.hd == 0, "labelled control inside a hidden block: " + label
        shape, sharing = ai
        assert shape in SHAPES, shape
        assert isinstance(sharing, bool)
        self.labels.append({
            "label": " ".join(label.split()),
            "sharing": sharing,
            "shape": shape,
            "kind": kind + (" in closed details" if self.det else ""),
        })

    def _help(self, help, tie, hid):
        if not help:
            return ""
        if tie == "desc":
            return '<p class="help" id="%s">%s</p>' % (hid, esc(help))
        return '<p class="help">%s</p>' % esc(help)

    def _desc(self, help, tie, hid):
        return ' aria-describedby="%s"' % hid if help and tie == "desc" else ""

    # ------------------------------------------------------------ structure
    @contextlib.contextmanager
    def section(self, title, intro=None, level=2, card=True):
        hid = self.nid("hd")
        if card:
            self.w('<section class="card" aria-labelledby="%s">' % hid)
        else:
            self.w('<section aria-labelledby="%s">' % hid)
        self.w('<h%d id="%s">%s</h%d>' % (level, hid, esc(title), level))
        if intro:
            self.w('<p class="intro">%s</p>' % esc(intro))
        yield
        self.w('</section>')

    def para(self, text, cls="intro"):
        self.w('<p class="%s">%s</p>' % (cls, esc(text)))

    @contextlib.contextmanager
    def details(self, summary):
        self.w('<details class="more"><summary>%s</summary><div class="more-body">' % esc(summary))
        self.det += 1
        yield
        self.det -= 1
        self.w('</div></details>')

    @contextlib.contextmanager
    def hidden(self, mech, cls=None):
        if mech == "hidden-attribute":
            self.w('<div class="legacy" hidden>')
        elif mech == "display-none-inline":
            self.w('<div class="panel" style="display:none">')
        elif mech == "display-none-class":
            assert cls
            self.css.append(".%s{display:none}" % cls)
            self.w('<div class="%s">' % cls)
        elif mech == "aria-hidden":
            self.w('<div class="preview" aria-hidden="true">')
        elif mech == "visibility-hidden":
            self.w('<div class="pending" style="visibility:hidden">')
        else:
            raise ValueError(mech)
        self.hidden_mechs.append(mech)
        self.hd += 1
        yield
        self.hd -= 1
        self.w('</div>')

    @contextlib.contextmanager
    def dialog(self, opener, title, text=None, close="OK"):
        did = self.nid("dlg")
        tid = self.nid("hd")
        self.w('<div class="actions"><button type="button" class="btn secondary" aria-haspopup="dialog" '
               'aria-controls="%s">%s</button></div>' % (did, esc(opener)))
        self._unit("button")
        self.w('<dialog id="%s" aria-labelledby="%s"><h2 id="%s">%s</h2>' % (did, tid, tid, esc(title)))
        if text:
            self.w('<p>%s</p>' % esc(text))
        self.hidden_mechs.append("closed-dialog")
        self.hd += 1
        yield
        self.w('<form method="dialog"><button class="btn">%s</button></form>' % esc(close))
        self.hd -= 1
        self.w('</dialog>')

    @contextlib.contextmanager
    def tabs(self, label, names, active=0):
        tids = [self.nid("tab") for _ in names]
        pids = [self.nid("panel") for _ in names]
        out = ['<div class="tabs"><div role="tablist" aria-label="%s">' % esc(label)]
        for i, name in enumerate(names):
            sel = "true" if i == active else "false"
            extra = "" if i == active else ' tabindex="-1"'
            out.append('<button type="button" role="tab" id="%s" aria-selected="%s" aria-controls="%s"%s>%s</button>'
                       % (tids[i], sel, pids[i], extra, esc(name)))
        out.append('</div>')
        self.w("".join(out))
        self._unit("tab", len(names))
        page = self

        class Tabs:
            @contextlib.contextmanager
            def panel(self_, i):
                hidden = i != active
                page.w('<div role="tabpanel" id="%s" aria-labelledby="%s"%s>'
                       % (pids[i], tids[i], " hidden" if hidden else ""))
                if hidden:
                    page.hidden_mechs.append("inactive-tab-panel")
                    page.hd += 1
                yield
                if hidden:
                    page.hd -= 1
                page.w('</div>')

        yield Tabs()
        self.w('</div>')

    # ------------------------------------------------------------ widgets
    def checkbox(self, label, checked, help=None, tie="desc", mode="for", ai=None, hidden_ai=False):
        cid = self.nid()
        hid = cid + "-help"
        ch = " checked" if checked else ""
        d = self._desc(help, tie, hid)
        if mode == "for":
            s = ('<div class="check"><input type="checkbox" id="%s"%s%s><label for="%s">%s</label>%s</div>'
                 % (cid, ch, d, cid, esc(label), self._help(help, tie, hid)))
        elif mode == "wrap":
            s = ('<div class="check"><label><input type="checkbox" id="%s"%s%s> <span>%s</span></label>%s</div>'
                 % (cid, ch, d, esc(label), self._help(help, tie, hid)))
        elif mode == "aria":
            s = ('<div class="check"><input type="checkbox" id="%s" aria-label="%s"%s%s><span class="check-text">%s</span>%s</div>'
                 % (cid, esc(label), ch, d, esc(label), self._help(help, tie, hid)))
        else:
            raise ValueError(mode)
        self.w(s)
        self._unit("checkbox")
        self._ai(label, ai, "checkbox", hidden_ai)

    def switch(self, label, on, help=None, tie="desc", mode="content", ai=None, hidden_ai=False):
        cid = self.nid()
        hid = cid + "-help"
        st = "true" if on else "false"
        d = self._desc(help, tie, hid)
        hp = self._help(help, tie, hid)
        if mode == "native":
            s = ('<div class="check"><input type="checkbox" role="switch" id="%s"%s%s><label for="%s">%s</label>%s</div>'
                 % (cid, " checked" if on else "", d, cid, esc(label), hp))
            kind = "switch (native checkbox)"
        elif mode == "content":
            s = ('<div class="sw-row"><button type="button" class="switch" role="switch" aria-checked="%s" id="%s"%s>'
                 '<span class="track" aria-hidden="true"></span><span class="sw-label">%s</span></button>%s</div>'
                 % (st, cid, d, esc(label), hp))
            kind = "switch"
        elif mode == "labelledby":
            lid = cid + "-label"
            s = ('<div class="sw-row"><span class="sw-label" id="%s">%s</span><button type="button" class="sw-only" '
                 'role="switch" aria-checked="%s" aria-labelledby="%s" id="%s"%s></button>%s</div>'
                 % (lid, esc(label), st, lid, cid, d, hp))
            kind = "switch (aria-labelledby)"
        elif mode == "aria":
            s = ('<div class="sw-row"><span class="sw-label">%s</span><button type="button" class="sw-only" '
                 'role="switch" aria-checked="%s" aria-label="%s" id="%s"%s></button>%s</div>'
                 % (esc(label), st, esc(label), cid, d, hp))
            kind = "switch (aria-label)"
        else:
            raise ValueError(mode)
        self.w(s)
        self._unit("switch")
        self._ai(label, ai, kind, hidden_ai)

    def select(self, label, options, sel, help=None, tie="desc", ai=None, hidden_ai=False):
        cid = self.nid()
        hid = cid + "-help"
        opts = "".join('<option value="%d"%s>%s</option>' % (i, " selected" if i == sel else "", esc(o))
                       for i, o in enumerate(options))
        self.w('<div class="field"><label for="%s">%s</label><select id="%s"%s>%s</select>%s</div>'
               % (cid, esc(label), cid, self._desc(help, tie, hid), opts, self._help(help, tie, hid)))
        self._unit("select")
        self._ai(label, ai, "select", hidden_ai)

    def radios(self, legend, options, sel, help=None, tie="desc", style="fieldset", ai=None):
        gid = self.nid("g")
        hid = gid + "-help"
        items = []
        for i, o in enumerate(options):
            rid = "%s-%d" % (gid, i)
            items.append('<div class="opt"><input type="radio" name="%s" id="%s" value="%d"%s> <label for="%s">%s</label></div>'
                         % (gid, rid, i, " checked" if i == sel else "", rid, esc(o)))
        d = self._desc(help, tie, hid)
        if style == "fieldset":
            self.w('<fieldset class="radios"%s><legend>%s</legend>%s%s</fieldset>'
                   % (d, esc(legend), self._help(help, tie, hid), "".join(items)))
            kind = "radio group (fieldset)"
        else:
            lid = gid + "-label"
            self.w('<div class="radios field" role="radiogroup" aria-labelledby="%s"%s><p class="group-label" id="%s">%s</p>%s%s</div>'
                   % (lid, d, lid, esc(legend), self._help(help, tie, hid), "".join(items)))
            kind = "radio group (role=radiogroup)"
        self._unit("radio group")
        self._ai(legend, ai, kind)

    def segmented(self, name, options, pressed, help=None, tie="desc", ai=None):
        gid = self.nid("seg")
        hid = gid + "-help"
        lid = gid + "-label"
        btns = "".join('<button type="button" aria-pressed="%s">%s</button>' % ("true" if i == pressed else "false", esc(o))
                       for i, o in enumerate(options))
        self.w('<div class="seg-row"><span class="sw-label" id="%s">%s</span><div class="segmented" role="group" '
               'aria-labelledby="%s"%s>%s</div>%s</div>'
               % (lid, esc(name), lid, self._desc(help, tie, hid), btns, self._help(help, tie, hid)))
        self._unit("segmented group")
        self._ai(name, ai, "segmented (aria-pressed)")

    def table(self, caption, cols, rows, name="rowcol"):
        """cols: header texts (first = row-header column). rows: (rowhead, cells);
        a cell is a str (plain text) or (checked, ai)."""
        cids = [self.nid("col") for _ in cols]
        out = ['<table class="matrix"><caption>%s</caption><thead><tr>' % esc(caption)]
        for i, c in enumerate(cols):
            out.append('<th scope="col" id="%s">%s</th>' % (cids[i], esc(c)))
        out.append('</tr></thead><tbody>')
        for rowhead, cells in rows:
            rid = self.nid("row")
            out.append('<tr><th scope="row" id="%s">%s</th>' % (rid, esc(rowhead)))
            for j, cell in enumerate(cells, start=1):
                if isinstance(cell, str):
                    out.append('<td>%s</td>' % esc(cell))
                    continue
                checked, ai = cell
                cid = self.nid()
                if name == "rowcol":
                    lb = "%s %s" % (rid, cids[j])
                    label = "%s %s" % (rowhead, cols[j])
                else:
                    lb = rid
                    label = rowhead
                out.append('<td><input type="checkbox" id="%s" aria-labelledby="%s"%s></td>'
                           % (cid, lb, " checked" if checked else ""))
                self._unit("table checkbox")
                self._ai(label, ai, "table row checkbox")
            out.append('</tr>')
        out.append('</tbody></table>')
        self.w("".join(out))

    def state_row(self, title, state, action, suffix=None, help=None, tie="desc", ai=None):
        """Shows the state as text with an action button.  With ``suffix`` the
        button carries a visually hidden suffix; without it the button is named
        by aria-labelledby (itself + the row title)."""
        bid = self.nid("b")
        tid = bid + "-title"
        hid = bid + "-help"
        d = self._desc(help, tie, hid)
        if suffix is not None:
            btn = ('<button type="button" class="link-btn" id="%s"%s>%s<span class="vh">%s</span></button>'
                   % (bid, d, esc(action), esc(suffix)))
            label = action + suffix
            kind = "state row (hidden suffix)"
        else:
            btn = ('<button type="button" class="link-btn" id="%s" aria-labelledby="%s %s"%s>%s</button>'
                   % (bid, bid, tid, d, esc(action)))
            label = "%s %s" % (action, title)
            kind = "state row (aria-labelledby)"
        self.w('<div class="state-row"><p class="state-title" id="%s">%s</p><p class="state-value">%s</p>%s%s</div>'
               % (tid, esc(title), esc(state), btn, self._help(help, tie, hid)))
        self._unit("state-row button")
        self._ai(label, ai, kind)

    def buttons(self, *labels, primary_last=True):
        out = ['<div class="actions">']
        for i, l in enumerate(labels):
            cls = "btn" if (primary_last and i == len(labels) - 1) else "btn secondary"
            out.append('<button type="button" class="%s">%s</button>' % (cls, esc(l)))
            self._unit("button")
        out.append('</div>')
        self.w("".join(out))

    def text_input(self, label, value, type="text"):
        cid = self.nid()
        self.w('<div class="field"><label for="%s">%s</label><input type="%s" id="%s" value="%s"></div>'
               % (cid, esc(label), type, cid, esc(value)))
        self._unit("text input")

    # ------------------------------------------------------------ output
    def render(self):
        ui = self.ui
        url_line = "<!-- saved from url=(%04d)%s -->" % (len(self.url), self.url)
        langs = "".join('<option value="%d"%s>%s</option>' % (i, " selected" if i == 0 else "", esc(l))
                        for i, l in enumerate(ui["langs"]))
        menu = "".join('<li role="none"><a role="menuitem" href="#">%s</a></li>' % esc(m) for m in ui["menu"])
        menu += '<li role="none"><button type="button" role="menuitem">%s</button></li>' % esc(ui["signout"])
        nav = "".join('<li><a href="#"%s>%s</a></li>' % (' aria-current="page"' if i == self.nav_current else "", esc(n))
                      for i, n in enumerate(self.nav))
        foot = "".join('<li><a href="#">%s</a></li>' % esc(f) for f in self.footer)
        css = BASE_CSS + "\n".join(self.css) + "\n"
        lead = '<p class="lead">%s</p>' % esc(self.lead) if self.lead else ""
        parts = [
            "<!DOCTYPE html>",
            url_line,
            '<html lang="%s">' % self.html_lang,
            '<head>',
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<title>%s</title>' % esc(self.title),
            '<style>%s</style>' % css,
            '</head>',
            '<body>',
            '<a class="skip" href="#main">%s</a>' % esc(ui["skip"]),
            '<header class="site-header">',
            '<a class="logo" href="#">%s</a>' % esc(self.brand),
            '<form role="search" action="#"><label class="vh" for="site-search">%s</label>'
            '<input type="search" id="site-search" name="q" placeholder="%s"></form>' % (esc(ui["search"]), esc(ui["search_ph"])),
            '<label class="vh" for="site-lang">%s</label><select id="site-lang">%s</select>' % (esc(ui["lang_label"]), langs),
            '<button type="button" id="account-button" aria-haspopup="menu" aria-expanded="false" '
            'aria-controls="account-menu">%s</button>' % esc(self.account_label),
            '<ul class="account-menu" id="account-menu" role="menu" aria-labelledby="account-button" hidden>%s</ul>' % menu,
            '</header>',
            '<div class="layout">',
            '<nav class="side-nav" aria-label="%s"><ul>%s</ul></nav>' % (esc(ui["nav_label"]), nav),
            '<main id="main">',
            '<h1>%s</h1>' % esc(self.h1),
            lead,
        ] + self.body + [
            '</main>',
            '</div>',
            '<footer class="site-footer"><p>© 2025 %s</p><ul>%s</ul></footer>' % (esc(self.brand), foot),
            '</body>',
            '</html>',
        ]
        return "\n".join(p for p in parts if p) + "\n"

    def expect(self):
        shapes = {}
        for l in self.labels:
            shapes[l["shape"]] = shapes.get(l["shape"], 0) + 1
        shape_txt = ", ".join("%s=%d" % (k, shapes[k]) for k in SHAPES if k in shapes)
        notes = "%s %s Labelled %d (%s); %d visible control units; hidden ai-training decoy via %s." % (
            self.service + ("." if not self.service.endswith(".") else ""),
            self.notes, len(self.labels), shape_txt, self.units, ", ".join(sorted(set(self.hidden_mechs))))
        return {
            "url": self.url,
            "lang": self.lang,
            "notes": notes,
            "ai_training": [{"label": l["label"], "sharing": l["sharing"]} for l in self.labels],
        }

    def meta(self):
        return {
            "lang": self.lang,
            "page": self.slug,
            "url": self.url,
            "service": self.service,
            "known": self.known,
            "units": self.units,
            "unit_kinds": self.kinds,
            "labels": self.labels,
            "hidden_mechanisms": sorted(set(self.hidden_mechs)),
            "hidden_ai_decoys": self.hidden_ai,
        }
