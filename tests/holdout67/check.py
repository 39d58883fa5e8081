#!/usr/bin/env python3
"""Self-check for holdout67.

Builds its own DOM with html.parser, computes accessible names and visibility,
and verifies for every page:
  * document shape: doctype, saved-from comment (length and URL), <html lang>, header with
    search box, language select and account button whose menu is hidden, nav, main, footer;
  * valid attributes (no duplicate attribute on an element, no duplicate id);
  * every expected label is the accessible name of exactly one visible control, which is the
    control booked in tools/meta.json, and its DOM state matches the booked state;
  * every AI control booked as hidden really is hidden, and each page has at least one;
  * 15-35 visible control units in <main>.
Exit status 1 on any failure.
"""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'}
TEXTLIKE = {'text', 'email', 'url', 'search', 'number', 'password', 'tel', 'date'}


def ws(s):
    return ' '.join(s.split())


class El:
    def __init__(self, tag, attrs, parent):
        self.tag, self.parent, self.kids = tag, parent, []
        self.attrs = {}
        self.dups = []
        for k, v in attrs:
            if k in self.attrs:
                self.dups.append(k)
            self.attrs[k] = v if v is not None else ''

    def get(self, k, d=None):
        return self.attrs.get(k, d)

    def iter(self):
        yield self
        for k in self.kids:
            if isinstance(k, El):
                yield from k.iter()

    def ancestors(self):
        e = self.parent
        while e is not None:
            yield e
            e = e.parent


class DOM(HTMLParser):
    def __init__(self, src):
        super().__init__(convert_charrefs=True)
        self.root = El('#root', [], None)
        self.cur = self.root
        self.doctype = None
        self.comments = []
        self.errors = []
        self.styles = []
        self.feed(src)
        self.close()

    def handle_decl(self, d):
        self.doctype = d

    def handle_comment(self, d):
        self.comments.append(d)

    def handle_starttag(self, tag, attrs):
        e = El(tag, attrs, self.cur)
        self.cur.kids.append(e)
        if tag not in VOID:
            self.cur = e

    def handle_startendtag(self, tag, attrs):
        self.cur.kids.append(El(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if self.cur.tag != tag:
            self.errors.append('mismatched </%s> (open <%s>)' % (tag, self.cur.tag))
            e = self.cur
            while e is not None and e.tag != tag:
                e = e.parent
            if e is None:
                return
            self.cur = e
        self.cur = self.cur.parent

    def handle_data(self, d):
        if self.cur.tag == 'style':
            self.styles.append(d)
        self.cur.kids.append(d)


def hidden_classes(dom):
    cls = set()
    for css in dom.styles:
        for sel, body in re.findall(r'([^{}]+)\{([^}]*)\}', css):
            b = body.replace(' ', '')
            if 'display:none' in b or 'visibility:hidden' in b:
                for s in sel.split(','):
                    s = s.strip()
                    if re.fullmatch(r'\.[A-Za-z0-9_-]+', s):
                        cls.add(s[1:])
    return cls


def self_hidden(e, hcls):
    if e.tag in ('head', 'script', 'style', 'template'):
        return 'not rendered'
    if 'hidden' in e.attrs:
        return 'hidden attribute'
    st = e.get('style', '').replace(' ', '').lower()
    if 'display:none' in st:
        return 'display:none'
    if 'visibility:hidden' in st:
        return 'visibility:hidden'
    if set(e.get('class', '').split()) & hcls:
        return 'class with display:none'
    if e.get('aria-hidden') == 'true':
        return 'aria-hidden'
    if e.tag == 'dialog' and 'open' not in e.attrs:
        return 'closed dialog'
    if e.tag == 'input' and e.get('type') == 'hidden':
        return 'input type=hidden'
    return None


def why_hidden(e, hcls):
    for x in [e] + list(e.ancestors()):
        r = self_hidden(x, hcls)
        if r:
            return r
    return None


def text_of(e, skip_hidden, hcls, skip_controls=False):
    out = []
    for k in e.kids:
        if isinstance(k, str):
            out.append(k)
        else:
            if skip_hidden and self_hidden(k, hcls):
                continue
            if skip_controls and k.tag in ('input', 'select', 'textarea'):
                continue
            out.append(' ' + text_of(k, skip_hidden, hcls, skip_controls) + ' ' if k.tag not in ('span', 'strong', 'em', 'b', 'i', 'a', 'abbr', 'code') else text_of(k, skip_hidden, hcls, skip_controls))
    return ''.join(out)


class Names:
    def __init__(self, dom):
        self.dom = dom
        self.hcls = hidden_classes(dom)
        self.ids = {}
        self.labels_for = {}
        for e in dom.root.iter():
            if 'id' in e.attrs:
                self.ids.setdefault(e.attrs['id'], []).append(e)
            if e.tag == 'label' and 'for' in e.attrs:
                self.labels_for.setdefault(e.attrs['for'], []).append(e)

    def name(self, e):
        lb = e.get('aria-labelledby')
        if lb:
            parts = []
            for i in lb.split():
                r = self.ids.get(i)
                if r:
                    parts.append(ws(text_of(r[0], False, self.hcls)))
            return ws(' '.join(parts))
        if ws(e.get('aria-label', '')):
            return ws(e.get('aria-label'))
        n = ''
        if e.tag in ('input', 'select', 'textarea'):
            labs = list(self.labels_for.get(e.get('id', ''), []))
            labs += [a for a in e.ancestors() if a.tag == 'label' and a not in labs]
            n = ws(' '.join(text_of(l, True, self.hcls, skip_controls=True) for l in labs))
        elif e.tag == 'fieldset':
            for k in e.kids:
                if isinstance(k, El) and k.tag == 'legend':
                    n = ws(text_of(k, True, self.hcls))
                    break
        elif e.tag in ('button', 'summary') or e.get('role') in ('switch', 'radio', 'tab', 'checkbox', 'menuitem'):
            n = ws(text_of(e, True, self.hcls))
        if not n:
            n = self.table_name(e)
        if not n and e.get('title'):
            n = ws(e.get('title'))
        return n

    def table_name(self, e):
        td = next((a for a in e.ancestors() if a.tag == 'td'), None)
        if td is None:
            return ''
        tr = td.parent
        cells = [k for k in tr.kids if isinstance(k, El) and k.tag in ('td', 'th')]
        idx = cells.index(td)
        row = next((c for c in cells if c.tag == 'th'), None)
        table = next(a for a in tr.ancestors() if a.tag == 'table')
        thead = next((x for x in table.iter() if x.tag == 'thead'), None)
        col = None
        if thead is not None:
            htr = next(x for x in thead.iter() if x.tag == 'tr')
            hcells = [k for k in htr.kids if isinstance(k, El) and k.tag in ('td', 'th')]
            if idx < len(hcells) and hcells[idx].tag == 'th':
                col = hcells[idx]
        parts = [ws(text_of(x, True, self.hcls)) for x in (row, col) if x is not None]
        return ws(' '.join(parts))


def units(dom):
    """Yield (element, kind) for each control unit (radio groups / pressed groups are one unit)."""
    seen = set()
    for e in dom.root.iter():
        t, role = e.tag, e.get('role')
        if t == 'input':
            ty = e.get('type', 'text')
            if ty == 'hidden':
                continue
            if ty == 'radio':
                g = next((a for a in e.ancestors() if a.tag == 'fieldset' or a.get('role') == 'radiogroup'), None)
                if g is not None:
                    if id(g) not in seen:
                        seen.add(id(g))
                        yield g, 'radio-fieldset' if g.tag == 'fieldset' else 'radiogroup'
                    continue
                yield e, 'radio'
                continue
            if ty == 'checkbox':
                yield e, 'switch' if role == 'switch' else 'checkbox'
            elif ty in TEXTLIKE:
                yield e, 'text'
            else:
                yield e, 'button'
        elif role == 'radio':
            g = next((a for a in e.ancestors() if a.get('role') == 'radiogroup'), None)
            if g is not None and id(g) not in seen:
                seen.add(id(g))
                yield g, 'radiogroup'
        elif t == 'button' and 'aria-pressed' in e.attrs:
            g = next((a for a in e.ancestors() if a.get('role') in ('group', 'toolbar')), None)
            if g is None:
                yield e, 'toggle-button'
            elif id(g) not in seen:
                seen.add(id(g))
                yield g, 'segmented'
        elif t == 'button':
            if role == 'switch':
                yield e, 'button-switch'
            elif role == 'tab':
                yield e, 'tab'
            else:
                yield e, 'button'
        elif t in ('select', 'textarea'):
            yield e, t
        elif role in ('switch', 'checkbox') and t not in ('input', 'button'):
            yield e, 'aria-' + role


def state_of(e, kind):
    if kind in ('checkbox', 'switch', 'table-cell'):
        return 'checked' if 'checked' in e.attrs else 'unchecked'
    if kind == 'button-switch':
        return 'checked' if e.get('aria-checked') == 'true' else 'unchecked'
    if kind == 'radio-fieldset':
        for x in e.iter():
            if x.tag == 'input' and 'checked' in x.attrs:
                lab = next(a for a in x.ancestors() if a.tag == 'label')
                return ws(text_of(lab, True, set(), skip_controls=True))
    if kind == 'radiogroup':
        for x in e.iter():
            if x.get('role') == 'radio' and x.get('aria-checked') == 'true':
                return ws(text_of(x, True, set()))
    if kind == 'segmented':
        for x in e.iter():
            if x.tag == 'button' and x.get('aria-pressed') == 'true':
                return ws(text_of(x, True, set()))
    if kind == 'select':
        for x in e.iter():
            if x.tag == 'option' and 'selected' in x.attrs:
                return ws(text_of(x, True, set()))
    return None


def check_page(path, exp, meta, errs):
    src = open(path, encoding='utf-8').read()
    dom = DOM(src)
    nm = Names(dom)
    rel = os.path.relpath(path, ROOT)

    def err(m):
        errs.append('%s: %s' % (rel, m))

    for m in dom.errors:
        err(m)
    if not src.startswith('<!DOCTYPE html>'):
        err('no doctype')
    m = re.search(r'<!-- saved from url=\((\d{4})\)(\S+) -->', src)
    if not m or int(m.group(1)) != len(m.group(2)) or m.group(2) != exp['url']:
        err('bad saved-from comment')
    html = next((e for e in dom.root.iter() if e.tag == 'html'), None)
    if html is None or html.get('lang') != exp['lang']:
        err('html lang mismatch')
    for e in dom.root.iter():
        if e.dups:
            err('duplicate attribute(s) %s on <%s>' % (e.dups, e.tag))
    for i, l in nm.ids.items():
        if len(l) > 1:
            err('duplicate id %s' % i)
    header = next((e for e in dom.root.iter() if e.tag == 'header'), None)
    if header is None:
        err('no header')
    else:
        hs = list(header.iter())
        if not any(e.tag == 'input' and e.get('type') == 'search' for e in hs):
            err('header lacks search box')
        if not any(e.tag == 'select' for e in hs):
            err('header lacks language select')
        acct = [e for e in hs if e.tag == 'button' and e.get('aria-controls')]
        if not acct or not all(why_hidden(nm.ids[a.get('aria-controls')][0], nm.hcls) for a in acct):
            err('account menu missing or not hidden')
    for tag in ('nav', 'main', 'footer'):
        if not any(e.tag == tag for e in dom.root.iter()):
            err('no <%s>' % tag)

    allu = list(units(dom))
    vis = [(e, k, nm.name(e)) for e, k in allu if not why_hidden(e, nm.hcls)]
    main_vis = [v for v in vis if any(a.tag == 'main' for a in v[0].ancestors())]
    if not 15 <= len(main_vis) <= 35:
        err('%d visible control units in main (want 15-35)' % len(main_vis))
    for e, k, n in vis:
        if not n:
            err('visible %s without accessible name (id=%s)' % (k, e.get('id')))

    booked = {l['label']: l for l in meta['labels']}
    if [x['label'] for x in exp['ai_training']] != [l['label'] for l in meta['labels']]:
        err('expect file and meta disagree')
    for x in exp['ai_training']:
        lab = ws(x['label'])
        hits = [v for v in vis if v[2] == lab]
        if len(hits) != 1:
            err('label %r matches %d visible controls' % (lab, len(hits)))
            continue
        e, k, _ = hits[0]
        b = booked.get(lab)
        if b is None:
            err('label %r not booked' % lab)
            continue
        if e.get('id') != b['id']:
            err('label %r names #%s, booked #%s' % (lab, e.get('id'), b['id']))
        kk = 'table-cell' if b['kind'] == 'table-cell' else k
        if kk != b['kind'] and not (b['kind'] == 'state-row' and k == 'button'):
            err('label %r: kind %s, booked %s' % (lab, k, b['kind']))
        if b['state'] is not None and state_of(e, kk) != b['state']:
            err('label %r: DOM state %r, booked %r' % (lab, state_of(e, kk), b['state']))
        if not isinstance(x['sharing'], bool):
            err('label %r: sharing not boolean' % lab)
    if not meta['hidden']:
        err('no hidden AI control')
    for h in meta['hidden']:
        e = nm.ids.get(h['id'])
        if not e:
            err('hidden control #%s missing' % h['id'])
            continue
        r = why_hidden(e[0], nm.hcls)
        if not r:
            err('hidden control #%s (%s) is visible' % (h['id'], h['hide']))
        exp_why = {'attr': 'hidden attribute', 'inline': 'display:none', 'class': 'class with display:none',
                   'aria': 'aria-hidden', 'vis': 'visibility:hidden', 'dialog': 'closed dialog',
                   'tab': 'hidden attribute'}[h['hide']]
        if r and r != exp_why:
            err('hidden control #%s hidden by %s, booked %s' % (h['id'], r, h['hide']))
        if any(v[0] is e[0] for v in vis):
            err('hidden control #%s counted visible' % h['id'])
        if h['hide'] == 'tab' and not any(a.get('role') == 'tabpanel' for a in e[0].ancestors()):
            err('hidden control #%s booked as tab but not in a tabpanel' % h['id'])
    return len(exp['ai_training']), len(main_vis)


def main():
    meta = {(m['lang'], m['slug']): m for m in json.load(open(os.path.join(ROOT, 'tools', 'meta.json'), encoding='utf-8'))}
    errs, n_pages, n_lab = [], 0, 0
    per = {}
    for lang in ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']:
        d = os.path.join(ROOT, lang)
        if not os.path.isdir(d):
            errs.append('missing folder %s' % lang)
            continue
        for f in sorted(os.listdir(d)):
            if not f.endswith('.expect.json'):
                continue
            slug = f[:-len('.expect.json')]
            exp = json.load(open(os.path.join(d, f), encoding='utf-8'))
            if exp.get('lang') != lang:
                errs.append('%s/%s: lang field' % (lang, f))
            m = meta.get((lang, slug))
            if m is None:
                errs.append('%s/%s: not in meta.json' % (lang, slug))
                continue
            nl, nu = check_page(os.path.join(d, slug + '.html'), exp, m, errs)
            n_pages += 1
            n_lab += nl
            per[lang] = per.get(lang, 0) + nl
    if n_pages != len(meta):
        errs.append('page count %d != meta %d' % (n_pages, len(meta)))
    for e in errs:
        print('FAIL', e)
    print('%d pages, %d labelled controls %s' % (n_pages, n_lab, per))
    print('OK' if not errs else '%d problem(s)' % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
