"""Page builder for the blind60 set (Python 3 standard library only).

A Page collects HTML fragments produced by widget helpers. Every helper
registers what it created: visible control units in <main>, labelled
AI-training controls (label, sharing, shape, widget kind, state) and
AI-training decoys the person cannot see (label, hiding mechanism).
"""
import html as _html

LANG_NAMES = [("en", "English"), ("de", "Deutsch"), ("fr", "Français"),
              ("es", "Español"), ("pt", "Português (Brasil)"),
              ("it", "Italiano"), ("nl", "Nederlands")]


def esc(s):
    return _html.escape(s, quote=True)


def norm(s):
    return " ".join(s.split())


BASE_CSS = """
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#f6f8fa}
a{color:#0b62c4}
.visually-hidden,.sr-only{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.topbar{display:flex;gap:12px;align-items:center;padding:8px 20px;background:#24292f;color:#fff}
.topbar .brand{color:#fff;font-weight:700;text-decoration:none;margin-right:12px}
.topbar input[type=search]{width:280px;padding:5px 8px;border-radius:6px;border:1px solid #57606a;background:#1c2128;color:#fff}
.account{margin-left:auto;position:relative}
.account [role=menu]{position:absolute;right:0;background:#fff;color:#1f2328;list-style:none;padding:6px 0;margin:0;border:1px solid #d0d7de;min-width:200px}
.layout{display:flex;max-width:1180px;margin:0 auto;padding:24px 20px;gap:28px}
.sidenav{width:220px;flex:none}
.sidenav ul{list-style:none;padding:0;margin:0}
.sidenav li a{display:block;padding:5px 8px;border-radius:6px;text-decoration:none;color:#1f2328}
.sidenav li a[aria-current]{background:#e7ecf0;font-weight:600}
main{flex:1;min-width:0}
main section,.card{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:16px 20px;margin:0 0 18px}
.field{margin:10px 0}
.hint{color:#59636e;font-size:12.5px;margin:2px 0 8px}
.switch-row,.state-row{display:flex;align-items:center;gap:12px;justify-content:space-between;padding:10px 0;border-top:1px solid #eaeef2}
[role=switch]{min-width:44px;height:24px;border-radius:12px;border:1px solid #8c959f;background:#eaeef2}
[role=switch][aria-checked=true]{background:#1f883d;color:#fff}
.badge{font-size:12px;padding:1px 8px;border-radius:10px;background:#eaeef2}
.btn{padding:5px 12px;border:1px solid #d0d7de;border-radius:6px;background:#f6f8fa;cursor:pointer}
.btn-primary{background:#1f883d;color:#fff;border-color:#1a7f37}
.btn-danger{color:#cf222e}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{border-bottom:1px solid #eaeef2;padding:6px 8px;text-align:left}
caption{text-align:left;font-weight:600;padding:4px 0}
.seg{display:inline-flex;border:1px solid #d0d7de;border-radius:6px;overflow:hidden}
.seg button{border:0;padding:5px 12px;background:#fff}
.seg button[aria-pressed=true]{background:#0b62c4;color:#fff}
[role=tablist]{display:flex;gap:4px;border-bottom:1px solid #d0d7de;margin-bottom:10px}
[role=tab]{border:0;background:none;padding:6px 12px}
[role=tab][aria-selected=true]{border-bottom:2px solid #fd8c73;font-weight:600}
details{border:1px solid #d0d7de;border-radius:6px;padding:8px 12px;margin:12px 0}
fieldset{border:1px solid #d0d7de;border-radius:6px;margin:10px 0}
dialog{border:1px solid #d0d7de;border-radius:8px;max-width:520px}
footer{border-top:1px solid #d0d7de;padding:20px;text-align:center;color:#59636e;font-size:12.5px}
footer ul{list-style:none;display:flex;gap:16px;justify-content:center;padding:0}
"""


class Page:
    def __init__(self, lang, slug, service, url, title, known=False, notes="",
                 hide_class="is-hidden"):
        self.lang, self.slug, self.service, self.url = lang, slug, service, url
        self.title, self.known, self.notes = title, known, notes
        self.hide_class = hide_class
        self.units = 0
        self.labelled = []
        self.hidden_list = []
        self.mechs = []
        self._hid = None
        self._tags = []
        self._n = 0
        self.extra_css = ""

    # ------------------------------------------------------------ bookkeeping
    def nid(self, p="c"):
        self._n += 1
        return "%s-%d" % (p, self._n)

    def _reg(self, name, ai, sharing, kind, state=None, units=1, neg=None):
        name = norm(name)
        if self._hid:
            if ai:
                self.hidden_list.append({"label": name, "mech": self._hid})
                if self._hid not in self.mechs:
                    self.mechs.append(self._hid)
            return
        self.units += units
        if ai:
            if sharing is None:
                raise ValueError("sharing undefined for " + name)
            k = kind + ("+details" if "details" in self._tags else "")
            rec = {"label": name, "sharing": bool(sharing), "shape": ai, "kind": k, "state": state}
            if neg is not None and neg != (ai == "i"):
                rec["neg_override"] = True
            self.labelled.append(rec)

    def _help(self, cid, help, hm):
        """Return (attribute string, html before, html after)."""
        if not help:
            return "", "", ""
        if hm == "desc":
            hid = cid + "-hint"
            return ' aria-describedby="%s"' % hid, "", '<p class="hint" id="%s">%s</p>' % (hid, help)
        if hm == "before":
            return "", '<p class="hint">%s</p>' % help, ""
        return "", "", '<p class="hint">%s</p>' % help

    @staticmethod
    def _share(on, ai, neg, sharing):
        if sharing is not None:
            return sharing
        if not ai:
            return None
        if neg is None:
            neg = ai == "i"
        return on != neg

    # ---------------------------------------------------------------- widgets
    def checkbox(self, label, on=False, ai=None, neg=None, help=None, hm="desc",
                 wrap=False, switch=False, name=None, sharing=None, disabled=False):
        cid = self.nid("cb")
        attr, before, after = self._help(cid, help, hm)
        chk = " checked" if on else ""
        role = ' role="switch"' if switch else ""
        dis = " disabled" if disabled else ""
        nm = ' name="%s"' % (name or cid)
        if wrap:
            body = ('<label class="check"><input type="checkbox" id="%s"%s%s%s%s%s> <span>%s</span></label>'
                    % (cid, nm, role, chk, attr, dis, esc(label)))
        else:
            body = ('<input type="checkbox" id="%s"%s%s%s%s%s> <label for="%s">%s</label>'
                    % (cid, nm, role, chk, attr, dis, cid, esc(label)))
        kind = "switch-native" if switch else "checkbox"
        self._reg(label, ai, self._share(on, ai, neg, sharing), kind, "on" if on else "off", neg=neg)
        return '<div class="field">%s%s%s</div>' % (before, body, after)

    def switch(self, label, on=False, ai=None, neg=None, mode="lby", help=None, hm="desc",
               visible=None, sharing=None, desc_line=None):
        """mode: lby (aria-labelledby), aria (aria-label), text (text content)."""
        cid = self.nid("sw")
        attr, before, after = self._help(cid, help, hm)
        st = "true" if on else "false"
        sub = '<p class="hint">%s</p>' % desc_line if desc_line else ""
        if mode == "lby":
            html = ('<div class="switch-row"><div><span class="switch-title" id="%s-l">%s</span>%s%s</div>'
                    '<button type="button" role="switch" id="%s" aria-checked="%s" aria-labelledby="%s-l"%s>'
                    '<span class="knob" aria-hidden="true"></span></button></div>%s'
                    % (cid, esc(label), sub, before, cid, st, cid, attr, after))
        elif mode == "aria":
            vis = visible if visible is not None else label
            html = ('<div class="switch-row"><div><span class="switch-title">%s</span>%s%s</div>'
                    '<button type="button" role="switch" id="%s" aria-checked="%s" aria-label="%s"%s>'
                    '<span class="knob" aria-hidden="true"></span></button></div>%s'
                    % (esc(vis), sub, before, cid, st, esc(label), attr, after))
        else:
            html = ('<div class="switch-row">%s<button type="button" role="switch" id="%s" aria-checked="%s"%s>'
                    '<span class="knob" aria-hidden="true"></span> %s</button></div>%s'
                    % (before, cid, st, attr, esc(label), after))
        self._reg(label, ai, self._share(on, ai, neg, sharing), "switch-" + mode, "on" if on else "off", neg=neg)
        return html

    def select(self, label, options, sel=0, ai=None, help=None, hm="desc"):
        """options: list of (text, sharing or None)."""
        cid = self.nid("sel")
        attr, before, after = self._help(cid, help, hm)
        opts = "".join('<option value="%d"%s>%s</option>' % (i, " selected" if i == sel else "", esc(t))
                       for i, (t, _) in enumerate(options))
        html = ('<div class="field">%s<label for="%s">%s</label> <select id="%s" name="%s"%s>%s</select>%s</div>'
                % (before, cid, esc(label), cid, cid, attr, opts, after))
        self._reg(label, ai, options[sel][1] if ai else None, "select", options[sel][0])
        return html

    def radios(self, legend, options, sel=0, ai=None, mode="fieldset", help=None, hm="desc"):
        gid = self.nid("rg")
        attr, before, after = self._help(gid, help, hm)
        items = "".join(
            '<div><input type="radio" id="%s-%d" name="%s" value="%d"%s> <label for="%s-%d">%s</label></div>'
            % (gid, i, gid, i, " checked" if i == sel else "", gid, i, esc(t))
            for i, (t, _) in enumerate(options))
        if mode == "fieldset":
            html = ('<fieldset id="%s"%s><legend>%s</legend>%s%s</fieldset>%s'
                    % (gid, attr, esc(legend), before, items, after))
        else:
            html = ('<div class="field"><p id="%s-l" class="group-label">%s</p>%s'
                    '<div role="radiogroup" id="%s" aria-labelledby="%s-l"%s>%s</div>%s</div>'
                    % (gid, esc(legend), before, gid, gid, attr, items, after))
        self._reg(legend, ai, options[sel][1] if ai else None, "radio-" + mode, options[sel][0])
        return html

    def seg(self, label, options, sel=0, ai=None, help=None, hm="desc"):
        gid = self.nid("seg")
        attr, before, after = self._help(gid, help, hm)
        btns = "".join('<button type="button" aria-pressed="%s">%s</button>'
                       % ("true" if i == sel else "false", esc(t)) for i, (t, _) in enumerate(options))
        html = ('<div class="field"><span id="%s-l" class="group-label">%s</span>%s '
                '<div class="seg" role="group" aria-labelledby="%s-l"%s>%s</div>%s</div>'
                % (gid, esc(label), before, gid, attr, btns, after))
        self._reg(label, ai, options[sel][1] if ai else None, "segmented", options[sel][0])
        return html

    def staterow(self, title, status, btn, ai=None, sharing=None, mode="suffix", suffix=None,
                 desc=None, level="h3", cls="btn"):
        """mode: suffix (visually hidden suffix), lby (aria-labelledby title), lby2 (button + title)."""
        sid = self.nid("st")
        d = '<p class="hint">%s</p>' % desc if desc else ""
        if mode == "suffix":
            b = '<button type="button" class="%s">%s<span class="visually-hidden"> %s</span></button>' % (cls, esc(btn), esc(suffix))
            name = btn + " " + suffix
        elif mode == "lby":
            b = '<button type="button" class="%s" aria-labelledby="%s-t">%s</button>' % (cls, sid, esc(btn))
            name = title
        else:
            b = ('<button type="button" class="%s" id="%s-b" aria-labelledby="%s-b %s-t">%s</button>'
                 % (cls, sid, sid, sid, esc(btn)))
            name = btn + " " + title
        html = ('<div class="state-row"><div><%s id="%s-t" class="row-title">%s</%s>%s</div>'
                '<span class="badge">%s</span>%s</div>' % (level, sid, esc(title), level, d, esc(status), b))
        self._reg(name, ai, sharing, "staterow-" + mode, status)
        return html

    def table(self, caption, corner, cols, rows, desc=None):
        """rows: list of (row header, [cell]); cell = None or (on, ai, neg)."""
        tid = self.nid("tb")
        head = '<th scope="col">%s</th>' % esc(corner) + "".join(
            '<th scope="col" id="%s-c%d">%s</th>' % (tid, j, esc(c)) for j, c in enumerate(cols))
        body = []
        for i, (rh, cells) in enumerate(rows):
            tds = []
            for j, cell in enumerate(cells):
                if cell is None:
                    tds.append("<td>—</td>")
                    continue
                on, ai, neg = (list(cell) + [None, None])[:3]
                cid = "%s-r%dc%d" % (tid, i, j)
                tds.append('<td><input type="checkbox" id="%s" name="%s" aria-labelledby="%s-r%d %s-c%d"%s></td>'
                           % (cid, cid, tid, i, tid, j, " checked" if on else ""))
                self._reg(rh + " " + cols[j], ai, self._share(on, ai, neg, None), "table", "on" if on else "off", neg=neg)
            body.append('<tr><th scope="row" id="%s-r%d">%s</th>%s</tr>' % (tid, i, esc(rh), "".join(tds)))
        d = '<p class="hint">%s</p>' % desc if desc else ""
        return ('<table id="%s"><caption>%s</caption><thead><tr>%s</tr></thead><tbody>%s</tbody></table>%s'
                % (tid, esc(caption), head, "".join(body), d))

    def button(self, text, cls="btn", icon=None, sr=None, ai=None, sharing=None, kind="submit"):
        ic = '<span aria-hidden="true">%s</span> ' % icon if icon else ""
        s = '<span class="visually-hidden"> %s</span>' % esc(sr) if sr else ""
        self._reg(text + (" " + sr if sr else ""), ai, sharing, "button")
        return '<button type="%s" class="%s">%s%s%s</button>' % ("button" if kind == "button" else kind, cls, ic, esc(text), s)

    def input(self, label, value="", type="text", help=None, hm="desc", ph=None):
        cid = self.nid("in")
        attr, before, after = self._help(cid, help, hm)
        p = ' placeholder="%s"' % esc(ph) if ph else ""
        self._reg(label, None, None, "input")
        return ('<div class="field">%s<label for="%s">%s</label> <input type="%s" id="%s" name="%s" value="%s"%s%s>%s</div>'
                % (before, cid, esc(label), type, cid, cid, esc(value), p, attr, after))

    def textarea(self, label, value="", help=None):
        cid = self.nid("ta")
        attr, before, after = self._help(cid, help, "desc")
        self._reg(label, None, None, "textarea")
        return ('<div class="field"><label for="%s">%s</label><br><textarea id="%s" name="%s" rows="3"%s>%s</textarea>%s</div>'
                % (cid, esc(label), cid, cid, attr, esc(value), after))

    # ------------------------------------------------------------- containers
    def section(self, heading, body, intro=None, level=2, sid=None, cls=None):
        hid = sid or self.nid("h")
        i = "".join("<p>%s</p>" % x for x in ([intro] if isinstance(intro, str) else (intro or [])))
        c = ' class="%s"' % cls if cls else ""
        return ('<section aria-labelledby="%s"%s><h%d id="%s">%s</h%d>%s%s</section>'
                % (hid, c, level, hid, heading, level, i, body))

    def details(self, summary, fn):
        self._tags.append("details")
        try:
            inner = fn()
        finally:
            self._tags.pop()
        return '<details><summary>%s</summary><div class="details-body">%s</div></details>' % (summary, inner)

    def hidden(self, mech, fn, cls_extra=""):
        """mech: attr, inline, class, aria, visibility."""
        prev, self._hid = self._hid, mech
        try:
            inner = fn()
        finally:
            self._hid = prev
        wrap = {
            "attr": '<div class="panel%s" hidden>' % cls_extra,
            "inline": '<div class="panel%s" style="display: none;">' % cls_extra,
            "class": '<div class="panel %s%s">' % (self.hide_class, cls_extra),
            "aria": '<div class="panel%s" aria-hidden="true">' % cls_extra,
            "visibility": '<div class="panel%s" style="visibility: hidden; height: 0; overflow: hidden;">' % cls_extra,
        }[mech]
        return wrap + inner + "</div>"

    def dialog(self, opener, title, fn, close="Close", cls="btn"):
        did = self.nid("dlg")
        self._reg(opener, None, None, "button")
        prev, self._hid = self._hid, "dialog"
        try:
            inner = fn()
        finally:
            self._hid = prev
        return ('<button type="button" class="%s" aria-haspopup="dialog" aria-controls="%s">%s</button>'
                '<dialog id="%s" aria-labelledby="%s-t"><h2 id="%s-t">%s</h2>%s'
                '<form method="dialog"><button class="btn" value="close">%s</button></form></dialog>'
                % (cls, did, esc(opener), did, did, did, esc(title), inner, esc(close)))

    def tabs(self, label, tabs, active=0):
        """tabs: list of (tab name, fn). Inactive panels carry `hidden`."""
        tid = self.nid("tabs")
        btns, panels = [], []
        for i, (name, fn) in enumerate(tabs):
            sel = i == active
            self._reg(name, None, None, "tab")
            btns.append('<button type="button" role="tab" id="%s-t%d" aria-controls="%s-p%d" aria-selected="%s"%s>%s</button>'
                        % (tid, i, tid, i, "true" if sel else "false", "" if sel else ' tabindex="-1"', esc(name)))
        for i, (name, fn) in enumerate(tabs):
            sel = i == active
            prev = self._hid
            if not sel:
                self._hid = "tab"
            try:
                inner = fn()
            finally:
                self._hid = prev
            panels.append('<div role="tabpanel" id="%s-p%d" aria-labelledby="%s-t%d"%s>%s</div>'
                          % (tid, i, tid, i, "" if sel else " hidden", inner))
        return ('<div class="tabs"><div role="tablist" aria-label="%s">%s</div>%s</div>'
                % (esc(label), "".join(btns), "".join(panels)))

    # ------------------------------------------------------------------ page
    def render(self, chrome, nav, main, footer, h1=None, intro=None, brand=None):
        """chrome: dict search_label, search_ph, lang_label, account, menu (list), signout, nav_label."""
        c = chrome
        langs = "".join('<option value="%s"%s>%s</option>' % (k, " selected" if k == self.lang else "", v)
                        for k, v in LANG_NAMES)
        menu = "".join('<li role="none"><a role="menuitem" href="%s">%s</a></li>' % (h, esc(t)) for t, h in c["menu"])
        menu += '<li role="none"><button type="button" role="menuitem">%s</button></li>' % esc(c["signout"])
        navh = "".join('<li><a href="%s"%s>%s</a></li>' % (h, ' aria-current="page"' if cur else "", esc(t))
                       for t, h, cur in nav)
        foot = "".join('<li><a href="%s">%s</a></li>' % (h, esc(t)) for t, h in footer[0])
        intro_html = "<p>%s</p>" % intro if intro else ""
        css = BASE_CSS + ".%s{display:none!important}\n" % self.hide_class + self.extra_css
        url = self.url
        return ("<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%s</title>\n"
                "<style>%s</style>\n</head>\n<body>\n"
                "<a class=\"visually-hidden\" href=\"#main\">%s</a>\n"
                "<header class=\"topbar\"><a class=\"brand\" href=\"/\">%s</a>"
                "<form role=\"search\" class=\"search\" action=\"/search\"><label for=\"site-q\" class=\"visually-hidden\">%s</label>"
                "<input type=\"search\" id=\"site-q\" name=\"q\" placeholder=\"%s\"></form>"
                "<label for=\"ui-lang\" class=\"visually-hidden\">%s</label><select id=\"ui-lang\" name=\"locale\">%s</select>"
                "<div class=\"account\"><button type=\"button\" id=\"acct-btn\" class=\"btn\" aria-haspopup=\"menu\" aria-expanded=\"false\" aria-controls=\"acct-menu\">%s</button>"
                "<ul id=\"acct-menu\" role=\"menu\" aria-labelledby=\"acct-btn\" hidden>%s</ul></div></header>\n"
                "<div class=\"layout\">\n<nav class=\"sidenav\" aria-label=\"%s\"><ul>%s</ul></nav>\n"
                "<main id=\"main\">\n<h1>%s</h1>%s\n%s\n</main>\n</div>\n"
                "<footer><ul>%s</ul><p>%s</p></footer>\n</body>\n</html>\n"
                % (len(url), url, self.lang, esc(self.title), css, esc(c["skip"]), esc(brand or self.service),
                   esc(c["search_label"]), esc(c["search_ph"]), esc(c["lang_label"]), langs, esc(c["account"]),
                   menu, esc(c["nav_label"]), navh, h1 or esc(self.title), intro_html, main, foot, footer[1]))

    def expect(self):
        return {"url": self.url, "lang": self.lang, "notes": self.notes,
                "ai_training": [{"label": x["label"], "sharing": x["sharing"]} for x in self.labelled]}

    def meta(self):
        return {"lang": self.lang, "page": self.slug, "service": self.service, "url": self.url,
                "known": self.known, "units": self.units, "labelled": self.labelled,
                "hidden_decoys": self.hidden_list, "mechanisms": self.mechs}
