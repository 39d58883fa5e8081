#!/usr/bin/env python3
"""Self-check for blind33 (standard library only).  Run: python3 check.py"""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta',
        'source', 'track', 'wbr'}
UNIT_ROLES = {'switch', 'checkbox', 'tab', 'button', 'slider', 'spinbutton', 'combobox',
              'textbox', 'menuitemcheckbox', 'searchbox', 'listbox'}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children = []


class Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node('#root', {}, None)
        self.stack = [self.root]
        self.errors = []
        self.nodes = []

    def _new(self, tag, attrs):
        d = {}
        for k, v in attrs:
            if k in d:
                self.errors.append('duplicate attribute %s on <%s>' % (k, tag))
            d[k] = v if v is not None else ''
        n = Node(tag, d, self.stack[-1])
        self.stack[-1].children.append(n)
        self.nodes.append(n)
        return n

    def handle_starttag(self, tag, attrs):
        n = self._new(tag, attrs)
        if tag not in VOID:
            self.stack.append(n)

    def handle_startendtag(self, tag, attrs):
        self._new(tag, attrs)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if len(self.stack) > 1 and self.stack[-1].tag == tag:
            self.stack.pop()
        else:
            self.errors.append('unexpected </%s> (open: <%s>)' % (tag, self.stack[-1].tag))

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def ws(s):
    return ' '.join(s.split())


def norm(s):
    s = s.casefold().replace('’', "'")
    return ' '.join(re.sub(r"[\W_]+", ' ', s).split())


class Doc:
    def __init__(self, text):
        p = Parser()
        p.feed(text)
        p.close()
        self.errors = list(p.errors)
        if len(p.stack) != 1:
            self.errors.append('unclosed elements: %s' % [n.tag for n in p.stack[1:]])
        self.root, self.nodes = p.root, p.nodes
        self.byid = {}
        for n in self.nodes:
            i = n.attrs.get('id')
            if i is not None:
                if i in self.byid:
                    self.errors.append('duplicate id %r' % i)
                self.byid[i] = n
        self.hidden_classes = set()
        for n in self.nodes:
            if n.tag == 'style':
                css = ''.join(c for c in n.children if isinstance(c, str))
                for sel, body in re.findall(r'([^{}]+)\{([^}]*)\}', css):
                    b = body.replace(' ', '').lower()
                    if 'display:none' in b or 'visibility:hidden' in b:
                        for s in sel.split(','):
                            s = s.strip()
                            if re.fullmatch(r'\.[\w-]+', s):
                                self.hidden_classes.add(s[1:])
        self.label_for = {}
        for n in self.nodes:
            if n.tag == 'label' and 'for' in n.attrs:
                self.label_for.setdefault(n.attrs['for'], []).append(n)

    # -- visibility
    def self_hidden(self, n):
        a = n.attrs
        if 'hidden' in a or a.get('aria-hidden') == 'true':
            return True
        st = a.get('style', '').replace(' ', '').lower()
        if 'display:none' in st or 'visibility:hidden' in st:
            return True
        if set(a.get('class', '').split()) & self.hidden_classes:
            return True
        if n.tag == 'dialog' and 'open' not in a:
            return True
        if n.tag in ('template', 'head', 'script', 'style'):
            return True
        if n.tag == 'input' and a.get('type') == 'hidden':
            return True
        return False

    def hidden(self, n):
        while n is not None and n.tag != '#root':
            if self.self_hidden(n):
                return True
            n = n.parent
        return False

    def within(self, n, tag):
        while n is not None:
            if n.tag == tag:
                return n
            n = n.parent
        return None

    def ancestor(self, n, pred):
        n = n.parent
        while n is not None and n.tag != '#root':
            if pred(n):
                return n
            n = n.parent
        return None

    # -- names
    def text(self, n):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
            elif self.self_hidden(c):
                continue
            elif c.tag in ('input', 'select', 'textarea'):
                continue
            elif c.attrs.get('aria-label', '').strip():
                out.append(' ' + c.attrs['aria-label'] + ' ')
            else:
                out.append(self.text(c))
        return ''.join(out)

    def ref_text(self, n):
        if n.attrs.get('aria-label', '').strip():
            return n.attrs['aria-label']
        return self.text(n)

    def name(self, n):
        a = n.attrs
        if a.get('aria-labelledby', '').strip():
            return ws(' '.join(self.ref_text(self.byid[i]) for i in a['aria-labelledby'].split()
                               if i in self.byid))
        if a.get('aria-label', '').strip():
            return ws(a['aria-label'])
        role = a.get('role')
        if n.tag in ('input', 'select', 'textarea') and not role:
            t = a.get('type', 'text')
            if t in ('button', 'submit', 'reset'):
                return ws(a.get('value', ''))
            labs = list(self.label_for.get(a.get('id', ''), []))
            w = self.ancestor(n, lambda x: x.tag == 'label')
            if w is not None and w not in labs:
                labs.append(w)
            if labs:
                return ws(' '.join(self.text(l) for l in labs))
            return ws(a.get('title', '') or a.get('placeholder', ''))
        if n.tag == 'fieldset':
            for c in n.children:
                if not isinstance(c, str) and c.tag == 'legend':
                    return ws(self.text(c))
            return ''
        if n.tag in ('button', 'a', 'summary') or role in UNIT_ROLES | {'radio', 'menuitem', 'link', 'option'}:
            return ws(self.text(n)) or ws(a.get('title', ''))
        return ws(a.get('title', ''))

    # -- controls
    def controls(self):
        """List of (node, kind, name); kind 'unit' or 'link'."""
        absorbed = set()
        out = []
        radio_groups = {}
        for n in self.nodes:
            role = n.attrs.get('role')
            if role == 'radiogroup':
                for d in self.desc(n):
                    if d.attrs.get('role') == 'radio' or (d.tag == 'input' and d.attrs.get('type') == 'radio'):
                        absorbed.add(id(d))
            if role == 'group':
                ds = [d for d in self.desc(n) if d.tag == 'button' and 'aria-pressed' in d.attrs]
                if ds:
                    for d in ds:
                        absorbed.add(id(d))
        for n in self.nodes:
            if id(n) in absorbed:
                continue
            a, role, t = n.attrs, n.attrs.get('role'), n.tag
            if role == 'radiogroup':
                out.append((n, 'unit', self.name(n)))
            elif role == 'group' and any(d.tag == 'button' and 'aria-pressed' in d.attrs for d in self.desc(n)):
                out.append((n, 'unit', self.name(n)))
            elif t == 'input' and a.get('type') == 'radio':
                form = self.within(n, 'form')
                key = (id(form), a.get('name'))
                if key in radio_groups:
                    continue
                radio_groups[key] = n
                fs = self.ancestor(n, lambda x: x.tag == 'fieldset')
                out.append((n, 'unit', self.name(fs) if fs is not None else self.name(n)))
            elif t == 'input' and a.get('type') == 'hidden':
                continue
            elif t in ('input', 'select', 'textarea', 'button') or role in UNIT_ROLES:
                out.append((n, 'unit', self.name(n)))
            elif t == 'a' and 'href' in a or role in ('menuitem', 'link'):
                out.append((n, 'link', self.name(n)))
        return out

    def desc(self, n):
        for c in n.children:
            if not isinstance(c, str):
                yield c
                yield from self.desc(c)


def check_page(lang, base, meta):
    errs = []
    hp = os.path.join(ROOT, lang, base + '.html')
    ep = os.path.join(ROOT, lang, base + '.expect.json')
    text = open(hp, encoding='utf-8').read()
    lines = text.split('\n')
    try:
        exp = json.load(open(ep, encoding='utf-8'))
    except Exception as e:
        return ['expect json: %s' % e]
    if set(exp) != {'url', 'lang', 'notes', 'ai_training'}:
        errs.append('expect keys %s' % sorted(exp))
    url = exp.get('url', '')
    if lines[0] != '<!DOCTYPE html>':
        errs.append('line 1 is not <!DOCTYPE html>')
    m = re.fullmatch(r'<!-- saved from url=\((\d{4})\)(\S+) -->', lines[1])
    if not m:
        errs.append('line 2 is not a saved-from comment')
    else:
        if int(m.group(1)) != len(m.group(2)):
            errs.append('saved-from length %s != %d' % (m.group(1), len(m.group(2))))
        if m.group(2) != url:
            errs.append('saved-from url differs from expect url')
    m = re.fullmatch(r'<html lang="([A-Za-z-]+)">', lines[2])
    if not m or m.group(1).split('-')[0] != lang:
        errs.append('line 3 is not <html lang="%s…">' % lang)
    if exp.get('lang') != lang:
        errs.append('expect lang %r' % exp.get('lang'))
    if not isinstance(exp.get('notes'), str) or not exp['notes'].strip():
        errs.append('notes missing')
    ai = exp.get('ai_training')
    if not isinstance(ai, list) or not ai:
        errs.append('ai_training must be a non-empty list')
        ai = []
    for e in ai:
        if set(e) != {'label', 'sharing'} or not isinstance(e['sharing'], bool) or not e['label'].strip():
            errs.append('bad entry %r' % e)

    d = Doc(text)
    errs += d.errors
    # references
    for n in d.nodes:
        for attr in ('aria-labelledby', 'aria-describedby', 'aria-controls'):
            for i in n.attrs.get(attr, '').split():
                if i not in d.byid:
                    errs.append('%s target %r missing' % (attr, i))
        if n.tag == 'label' and 'for' in n.attrs and n.attrs['for'] not in d.byid:
            errs.append('label for=%r missing' % n.attrs['for'])
    # skeleton
    mains = [n for n in d.nodes if n.tag == 'main']
    headers = [n for n in d.nodes if n.tag == 'header']
    navs = [n for n in d.nodes if n.tag == 'nav']
    footers = [n for n in d.nodes if n.tag == 'footer']
    if len(mains) != 1 or not headers or not navs or not footers:
        errs.append('skeleton: need one main, a header, nav and footer')
        return errs
    main, header = mains[0], headers[0]
    hd = list(d.desc(header))
    if not any(n.tag == 'input' and n.attrs.get('type') == 'search' for n in hd):
        errs.append('header: no search box')
    if not any(n.tag == 'select' and 'lang' in d.name(n).lower() + n.attrs.get('id', '') for n in hd):
        errs.append('header: no language select')
    acct = [n for n in hd if n.tag == 'button' and n.attrs.get('aria-controls') in d.byid]
    if not acct or not all(d.self_hidden(d.byid[b.attrs['aria-controls']]) for b in acct) \
            or acct[0].attrs.get('aria-expanded') != 'false':
        errs.append('header: account menu button with hidden menu missing')

    def in_main(n):
        return d.ancestor(n, lambda x: x is main) is not None

    ctrls = d.controls()
    vis_main = [(n, k, nm) for n, k, nm in ctrls if in_main(n) and not d.hidden(n)]
    hid_all = [(n, k, nm) for n, k, nm in ctrls if d.hidden(n)]
    units = [c for c in vis_main if c[1] == 'unit']
    for n, k, nm in vis_main + hid_all:
        if not nm:
            errs.append('control <%s> without a name in main/hidden' % n.tag)
    if not 15 <= len(units) <= 35:
        errs.append('main has %d visible control units (need 15-35)' % len(units))
    if meta and meta.get('units') != len(units):
        errs.append('meta units %s != counted %d' % (meta.get('units'), len(units)))
    hid_units = [c for c in hid_all if c[1] == 'unit' and d.ancestor(c[0], lambda x: x is header) is None]
    if not hid_units:
        errs.append('no hidden control outside the header')
    if meta and len(hid_units) < meta.get('hidden', 0):
        errs.append('meta hidden %s > hidden units %d' % (meta.get('hidden'), len(hid_units)))
    if meta and meta.get('labelled') != len(ai):
        errs.append('meta labelled != expect entries')
    # labels
    for e in ai:
        lab = ws(e.get('label', ''))
        hits = [c for c in vis_main if c[1] == 'unit' and c[2] == lab]
        hhits = [c for c in hid_all if c[2] == lab]
        if len(hits) != 1:
            errs.append('label %r names %d visible controls in main' % (lab, len(hits)))
        if hhits:
            errs.append('label %r also names a hidden control' % lab)
        nl = norm(lab)
        for n, k, nm in vis_main + hid_all:
            if hits and n is hits[0][0]:
                continue
            nn = norm(nm)
            if nn and (nn in nl or nl in nn):
                errs.append('label %r clashes with control name %r%s' % (
                    lab, nm, ' (hidden)' if d.hidden(n) else ''))
    return errs


def main():
    meta = {}
    mp = os.path.join(ROOT, 'tools', 'meta.json')
    if os.path.exists(mp):
        meta = json.load(open(mp, encoding='utf-8'))
    total, bad = 0, 0
    labels = 0
    for lang in LANGS:
        ld = os.path.join(ROOT, lang)
        pages = sorted(f[:-5] for f in os.listdir(ld) if f.endswith('.html')) if os.path.isdir(ld) else []
        if len(pages) != 5:
            print('%s: %d pages (need 5)' % (lang, len(pages)))
            bad += 1
        for b in pages:
            total += 1
            m = meta.get('%s/%s' % (lang, b))
            if m is None:
                print('%s/%s: not in tools/meta.json' % (lang, b))
                bad += 1
            errs = check_page(lang, b, m)
            try:
                labels += len(json.load(open(os.path.join(ld, b + '.expect.json')))['ai_training'])
            except Exception:
                pass
            if errs:
                bad += 1
                for e in errs:
                    print('%s/%s: %s' % (lang, b, e))
        for f in os.listdir(ld) if os.path.isdir(ld) else []:
            if f.endswith('.expect.json') and f[:-12] not in pages:
                print('%s/%s: expect file without page' % (lang, f))
                bad += 1
    print('%d pages, %d labelled controls, %s' % (total, labels, 'OK' if not bad else '%d problems' % bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
