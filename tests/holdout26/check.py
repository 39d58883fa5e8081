#!/usr/bin/env python3
"""Self-check for the blind26 evaluation set (standard library only).

For every <lang>/<page>.html and its .expect.json:
  * the expect file has exactly url, lang, notes, ai_training; entries are {label, sharing(bool)};
  * url equals the `<!-- saved from url=(NNNN)URL -->` comment (and NNNN is its length);
  * lang equals the directory and the primary subtag of <html lang>;
  * every label is the accessible name of exactly ONE visible control on the page, and of no
    hidden control (names from aria-labelledby, aria-label, <label for>, wrapping <label>,
    <legend> for fieldsets, text content for buttons / links / switches, title, placeholder);
  * the page has a header with a search box, a language select and an account-menu button,
    and 15-35 further visible controls;
  * for plain binary controls (checkbox, switch, pressed button) the label's `sharing` agrees
    with the shown state and the inverted flag kept in tools/meta.json.
Prints a per-language summary. Exit status 1 on any error.
"""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'}
INLINE = {'span', 'b', 'strong', 'em', 'i', 'a', 'small', 'abbr', 'code', 'kbd', 'sup', 'sub', 'mark', 's', 'u',
          'bdi', 'bdo', 'time', 'q', 'cite', 'label', 'img', 'output', 'data', 'var', 'samp'}
CONTENT_ROLES = {'button', 'link', 'switch', 'checkbox', 'radio', 'tab', 'menuitem', 'menuitemcheckbox',
                 'menuitemradio', 'option'}
CONTROL_ROLES = CONTENT_ROLES | {'radiogroup', 'combobox', 'slider', 'spinbutton', 'textbox', 'searchbox', 'listbox'}


class Node:
    __slots__ = ('tag', 'attrs', 'children', 'parent')

    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.children, self.parent = tag, attrs, [], parent

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()


class Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node('#root', {}, None)
        self.cur = self.root
        self.comments = []
        self.css = []
        self.seen_html = False

    def handle_starttag(self, tag, attrs):
        n = Node(tag, {k: (v if v is not None else '') for k, v in attrs}, self.cur)
        self.cur.children.append(n)
        if tag == 'html':
            self.seen_html = True
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        n = Node(tag, {k: (v if v is not None else '') for k, v in attrs}, self.cur)
        self.cur.children.append(n)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is None:
            raise ValueError(f'stray </{tag}>')
        if n is not self.cur:
            raise ValueError(f'</{tag}> closes unclosed <{self.cur.tag}>')
        self.cur = n.parent

    def handle_data(self, data):
        if self.cur.tag == 'style':
            self.css.append(data)
        self.cur.children.append(data)

    def handle_comment(self, data):
        self.comments.append((data, self.seen_html))


def norm(s):
    return ' '.join(s.split())


class Page:
    def __init__(self, path):
        p = Parser()
        with open(path, encoding='utf-8') as f:
            self.src = f.read()
        p.feed(self.src)
        p.close()
        if p.cur is not p.root:
            raise ValueError(f'unclosed <{p.cur.tag}> at end of document')
        self.root, self.comments = p.root, p.comments
        self.byid = {}
        for n in self.root.iter():
            i = n.attrs.get('id')
            if i:
                if i in self.byid:
                    raise ValueError(f'duplicate id {i!r}')
                self.byid[i] = n
        self.hide_cls, self.hide_ids = set(), set()
        for rule in re.finditer(r'([^{}]+)\{([^}]*)\}', ''.join(p.css)):
            decl = rule.group(2).replace(' ', '').lower()
            if 'display:none' in decl or 'visibility:hidden' in decl:
                for sel in rule.group(1).split(','):
                    sel = sel.strip()
                    m = re.fullmatch(r'[a-z]*\.([\w-]+)', sel)
                    if m:
                        self.hide_cls.add(m.group(1))
                    m = re.fullmatch(r'#([\w-]+)', sel)
                    if m:
                        self.hide_ids.add(m.group(1))

    # ---- visibility ----
    def self_hidden(self, n):
        a = n.attrs
        if 'hidden' in a or a.get('aria-hidden', '').lower() == 'true':
            return True
        st = a.get('style', '').replace(' ', '').lower()
        if 'display:none' in st or 'visibility:hidden' in st:
            return True
        if set(a.get('class', '').split()) & self.hide_cls or a.get('id') in self.hide_ids:
            return True
        if n.tag == 'dialog' and 'open' not in a:
            return True
        if n.tag in ('template', 'script', 'style', 'noscript'):
            return True
        if n.tag == 'input' and a.get('type', '').lower() == 'hidden':
            return True
        return False

    def hidden(self, n):
        while n is not None and n.tag != '#root':
            if self.self_hidden(n):
                return True
            n = n.parent
        return False

    # ---- names ----
    def text(self, n, exclude=None, top=True):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
                continue
            if c is exclude or c.tag in ('script', 'style', 'template'):
                continue
            if self.self_hidden(c) and c.tag != 'dialog':
                continue
            if c.attrs.get('aria-label', '').strip():
                t = c.attrs['aria-label']
            elif c.tag == 'img':
                t = c.attrs.get('alt', '')
            elif c.tag in ('input', 'textarea'):
                t = c.attrs.get('value', '') if c.attrs.get('type', 'text') in ('text', 'button', 'submit') else ''
            elif c.tag == 'select':
                opts = [o for o in c.iter() if o.tag == 'option']
                sel = [o for o in opts if 'selected' in o.attrs] or opts[:1]
                t = self.text(sel[0]) if sel else ''
            else:
                t = self.text(c, exclude, False)
            out.append(t if c.tag in INLINE else f' {t} ')
        return ''.join(out)

    def name(self, n):
        a = n.attrs
        if a.get('aria-labelledby', '').strip():
            parts = []
            for i in a['aria-labelledby'].split():
                if i not in self.byid:
                    raise ValueError(f'aria-labelledby refers to missing id {i!r}')
                r = self.byid[i]
                parts.append(r.attrs['aria-label'] if r.attrs.get('aria-label', '').strip() and r is not n else self.text(r))
            return norm(' '.join(parts))
        if a.get('aria-label', '').strip():
            return norm(a['aria-label'])
        t = n.tag
        typ = a.get('type', 'text').lower()
        if t == 'input' and typ in ('button', 'submit', 'reset'):
            return norm(a.get('value', ''))
        if t in ('input', 'select', 'textarea'):
            labs = []
            if a.get('id'):
                labs = [l for l in self.root.iter() if l.tag == 'label' and l.attrs.get('for') == a['id']]
            p = n.parent
            while p is not None:
                if p.tag == 'label' and p not in labs:
                    labs.append(p)
                    break
                p = p.parent
            s = norm(' '.join(self.text(l, exclude=n) for l in labs))
            if s:
                return s
        if t == 'fieldset':
            for c in n.children:
                if isinstance(c, Node) and c.tag == 'legend':
                    return norm(self.text(c))
        role = a.get('role', '')
        if t in ('button', 'a', 'summary') or role in CONTENT_ROLES:
            s = norm(self.text(n))
            if s:
                return s
        return norm(a.get('title', '') or a.get('placeholder', ''))

    # ---- controls ----
    def controls(self):
        out = []
        for n in self.root.iter():
            a, t, role = n.attrs, n.tag, n.attrs.get('role', '')
            ok = False
            if t == 'input' and a.get('type', 'text').lower() != 'hidden':
                ok = True
            elif t in ('select', 'textarea', 'button', 'summary'):
                ok = True
            elif t == 'a' and 'href' in a:
                ok = True
            elif role in CONTROL_ROLES:
                ok = True
            elif t == 'fieldset' and any(x.tag == 'input' and x.attrs.get('type') == 'radio' for x in n.iter()):
                ok = True
            if ok and role not in ('none', 'presentation'):
                out.append(n)
        return out

    def state(self, n):
        """binary state of a checkbox / switch / toggle button, else None"""
        a = n.attrs
        if n.tag == 'input' and a.get('type') == 'checkbox':
            return 'checked' in a
        if a.get('role') in ('switch', 'checkbox') and 'aria-checked' in a:
            return a['aria-checked'] == 'true'
        if n.tag == 'button' and 'aria-pressed' in a:
            return a['aria-pressed'] == 'true'
        return None


def in_tag(n, tag):
    while n is not None:
        if n.tag == tag:
            return True
        n = n.parent
    return False


def main():
    errors, warnings = [], []
    meta = {}
    mp = os.path.join(ROOT, 'tools', 'meta.json')
    if os.path.exists(mp):
        with open(mp, encoding='utf-8') as f:
            meta = json.load(f)
    summary = {l: dict(pages=0, real=0, labelled=0, true=0, false=0, inv=0, vague=0, heading=0, hidden=0, controls=0)
               for l in LANGS}
    seen_urls = {}
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        if not os.path.isdir(d):
            errors.append(f'missing directory {lang}/')
            continue
        htmls = sorted(f for f in os.listdir(d) if f.endswith('.html'))
        for f in os.listdir(d):
            if f.endswith('.expect.json') and f[:-12] + '.html' not in htmls:
                errors.append(f'{lang}/{f}: no matching .html')
        for h in htmls:
            key = f'{lang}/{h[:-5]}'
            E = lambda m: errors.append(f'{key}: {m}')
            ep = os.path.join(d, h[:-5] + '.expect.json')
            if not os.path.exists(ep):
                E('missing .expect.json')
                continue
            try:
                with open(ep, encoding='utf-8') as f:
                    exp = json.load(f)
            except Exception as e:
                E(f'bad json: {e}')
                continue
            try:
                pg = Page(os.path.join(d, h))
            except Exception as e:
                E(f'html parse: {e}')
                continue
            s = summary[lang]
            s['pages'] += 1
            if set(exp) != {'url', 'lang', 'notes', 'ai_training'}:
                E(f'expect keys {sorted(exp)}')
            for it in exp.get('ai_training', []):
                if set(it) != {'label', 'sharing'} or not isinstance(it.get('sharing'), bool) \
                        or not isinstance(it.get('label'), str) or not it['label'].strip():
                    E(f'bad entry {it}')
            # url / lang
            m = re.search(r'<!-- saved from url=\((\d{4})\)(\S+) -->', pg.src)
            if not m:
                E('no saved-from comment')
            else:
                if int(m.group(1)) != len(m.group(2)):
                    E(f'saved-from length {m.group(1)} != {len(m.group(2))}')
                if m.group(2) != exp.get('url'):
                    E(f'url {exp.get("url")!r} != saved-from {m.group(2)!r}')
                if pg.src.index(m.group(0)) > pg.src.index('<html'):
                    E('saved-from comment after <html>')
            if exp.get('url') in seen_urls:
                E(f'url also used by {seen_urls[exp.get("url")]}')
            seen_urls[exp.get('url')] = key
            html_el = [n for n in pg.root.iter() if n.tag == 'html']
            hl = html_el[0].attrs.get('lang', '') if html_el else ''
            if hl.split('-')[0].lower() != lang or exp.get('lang') != lang:
                E(f'lang: dir={lang} expect={exp.get("lang")!r} html={hl!r}')
            # controls and names
            ctrls = pg.controls()
            try:
                named = [(c, pg.name(c), pg.hidden(c)) for c in ctrls]
            except Exception as e:
                E(f'name computation: {e}')
                continue
            vis = [(c, nm) for c, nm, hd in named if not hd]
            hid = [(c, nm) for c, nm, hd in named if hd]
            hdr = [c for c, _ in vis if in_tag(c, 'header')]
            further = len(vis) - len(hdr)
            s['controls'] += further
            if not any((c.tag == 'input' and c.attrs.get('type') == 'search') or c.attrs.get('role') == 'searchbox' for c in hdr):
                E('header has no search box')
            if not any(c.tag == 'select' for c in hdr):
                E('header has no language select')
            if not any(c.tag == 'button' and c.attrs.get('aria-haspopup') for c in hdr):
                E('header has no account menu button')
            if not 15 <= further <= 35:
                E(f'{further} visible controls outside the header (want 15-35)')
            for c, nm in vis:
                if not nm and c.tag not in ('fieldset',):
                    warnings.append(f'{key}: unnamed visible <{c.tag}>')
            labels = [it['label'] for it in exp.get('ai_training', [])]
            if len(set(map(norm, labels))) != len(labels):
                E('duplicate labels')
            mlab = {l['label']: l for l in meta.get(key, {}).get('labels', [])}
            if meta and key not in meta:
                E('not in tools/meta.json')
            for it in exp.get('ai_training', []):
                lab = norm(it['label'])
                hits = [c for c, nm in vis if nm == lab]
                if len(hits) != 1:
                    E(f'label {lab!r} names {len(hits)} visible controls')
                if any(nm == lab for _, nm in hid):
                    E(f'label {lab!r} names a hidden control')
                for c, nm in vis:
                    if nm != lab and nm and (lab.lower() in nm.lower() or nm.lower() in lab.lower()):
                        warnings.append(f'{key}: label {lab!r} overlaps control name {nm!r}')
                s['labelled'] += 1
                s['true' if it['sharing'] else 'false'] += 1
                fl = mlab.get(it['label'], {}).get('flags', [])
                if meta and it['label'] not in mlab:
                    E(f'label {lab!r} not in meta')
                for k in ('inv', 'vague', 'heading'):
                    s[k] += k in fl
                if len(hits) == 1:
                    st = pg.state(hits[0])
                    if st is not None and 'nocheck' not in fl:
                        want = (not st) if 'inv' in fl else st
                        if want != it['sharing']:
                            E(f'label {lab!r}: sharing={it["sharing"]} but control state={st} inv={"inv" in fl}')
            if meta and key in meta:
                mm = meta[key]
                s['real'] += bool(mm.get('real'))
                s['hidden'] += mm.get('hidden', 0)
                if mm.get('hidden', 0) > len(hid):
                    E(f'meta says {mm["hidden"]} hidden ai controls but page has only {len(hid)} hidden controls')
    # report
    cols = ['pages', 'real', 'labelled', 'true', 'false', 'inv', 'vague', 'heading', 'hidden', 'controls']
    heads = ['lang', 'pages', 'real', 'labelled', 'sharing true', 'sharing false', 'inverted', 'vague+help',
             'heading-only', 'hidden not listed', 'further controls']
    print('| ' + ' | '.join(heads) + ' |')
    print('|' + '---|' * len(heads))
    tot = {c: 0 for c in cols}
    for l in LANGS:
        print('| ' + ' | '.join([l] + [str(summary[l][c]) for c in cols]) + ' |')
        for c in cols:
            tot[c] += summary[l][c]
    print('| ' + ' | '.join(['**all**'] + [f'**{tot[c]}**' for c in cols]) + ' |')
    for w in warnings:
        print('warning:', w)
    for e in errors:
        print('ERROR:', e)
    print(f'{tot["pages"]} pages, {tot["labelled"]} labels, {len(errors)} errors, {len(warnings)} warnings')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
