#!/usr/bin/env python3
"""Independent checker for the blind21 set (python stdlib only).

For every <lang>/<page>.html + <lang>/<page>.expect.json it verifies:
  * the "saved from url=(NNNN)URL" comment exists, NNNN == len(URL) and URL == expect["url"];
  * <html lang> matches the directory (pt must be pt-BR or pt-PT) and expect["lang"] == directory;
  * expect.json has exactly the keys url, lang, notes, ai_training; entries exactly label, sharing (bool);
  * every label occurs in the page text or in an aria-label attribute;
  * every label equals the accessible name of a visible control, computed here as
      aria-labelledby > aria-label > label[for] / wrapping <label> > <legend> (radio groups)
      > status-row name > own text,
    where the status-row name is the title of the nearest settings row (class *row* / role listitem|row)
    that shows a status (class *status*), and a control whose own text is empty or a generic verb
    (Manage, Change, Send, …) takes the title/heading of its nearest titled container;
  * no expected label is contained in the name of another visible control (options of the same radio
    group / select / listbox are not other controls);
  * the page has the header decoys (search box, language select, account menu) and 15–35 visible
    controls outside the header.
Hidden = hidden attribute, display:none, visibility:hidden, aria-hidden="true", closed <dialog>,
<template>, or inside any of those (an inactive tab panel carries `hidden`). A closed <details> is visible.

Usage: python3 check.py [root]   (default: the folder of this file)
"""
import json, os, re, sys
from html.parser import HTMLParser

LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']
WARN = []
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'}
CONTROL_ROLES = {'switch', 'checkbox', 'radio', 'button', 'combobox', 'tab', 'slider', 'textbox', 'menuitemcheckbox', 'searchbox', 'listbox'}
GENERIC = {'manage', 'change', 'edit', 'send', 'submit', 'verwalten', 'ändern', 'bearbeiten', 'senden', 'absenden', 'gérer', 'modifier',
           'envoyer', 'administrar', 'gestionar', 'cambiar', 'editar', 'enviar', 'gerenciar', 'gerir', 'alterar', 'gestisci', 'modifica',
           'invia', 'beheren', 'wijzigen', 'bewerken', 'verzenden', 'versturen'}


def norm(s):
    return re.sub(r'\s+', ' ', s or '').strip()


class Node:
    __slots__ = ('tag', 'attrs', 'children', 'parent', 'text')

    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children, self.text = tag, attrs, parent, [], None

    def get(self, k, d=None):
        return self.attrs.get(k, d)

    def classes(self):
        return (self.attrs.get('class') or '').split()

    def iter(self):
        yield self
        for c in self.children:
            if c.tag is not None:
                yield from c.iter()

    def ancestors(self):
        p = self.parent
        while p is not None:
            yield p
            p = p.parent

    def textcontent(self, skip=None):
        out = []

        def rec(n):
            for c in n.children:
                if c.tag is None:
                    out.append(c.text)
                elif c.tag in ('script', 'style', 'template'):
                    continue
                elif skip is not None and skip(c):
                    continue
                else:
                    rec(c)
        rec(self)
        return norm(''.join(out))


class Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node('#document', {}, None)
        self.cur = self.root
        self.comments = []

    def handle_starttag(self, tag, attrs):
        a = {}
        for k, v in attrs:
            a[k] = v if v is not None else ''
        n = Node(tag, a, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.cur = self.cur.parent

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data):
        t = Node(None, {}, self.cur)
        t.text = data
        self.cur.children.append(t)

    def handle_comment(self, data):
        self.comments.append(data)


def self_hidden(n):
    if n.tag in ('template', 'script', 'style', 'head'):
        return True
    if 'hidden' in n.attrs:
        return True
    st = re.sub(r'\s+', '', (n.get('style') or '').lower())
    if 'display:none' in st or 'visibility:hidden' in st:
        return True
    if (n.get('aria-hidden') or '').lower() == 'true':
        return True
    if n.tag == 'dialog' and 'open' not in n.attrs:
        return True
    if n.tag == 'input' and (n.get('type') or '').lower() == 'hidden':
        return True
    return False


def hidden(n):
    return self_hidden(n) or any(self_hidden(a) for a in n.ancestors())


def role(n):
    r = (n.get('role') or '').strip().lower()
    if r:
        return r
    if n.tag == 'input':
        t = (n.get('type') or 'text').lower()
        return {'checkbox': 'checkbox', 'radio': 'radio', 'search': 'searchbox', 'submit': 'button', 'button': 'button',
                'reset': 'button', 'range': 'slider'}.get(t, 'textbox')
    return {'button': 'button', 'select': 'combobox', 'textarea': 'textbox'}.get(n.tag, '')


def is_control(n):
    if n.tag in ('input', 'select', 'textarea', 'button'):
        return True
    return role(n) in CONTROL_ROLES


class Page:
    def __init__(self, src):
        p = Parser()
        p.feed(src)
        p.close()
        self.root, self.comments = p.root, p.comments
        self.byid = {}
        for n in self.root.iter():
            if 'id' in n.attrs:
                self.byid.setdefault(n.attrs['id'], n)
        self.labels_for = {}
        for n in self.root.iter():
            if n.tag == 'label' and n.get('for'):
                self.labels_for.setdefault(n.get('for'), []).append(n)

    # ---------------------------------------------------------- names
    def ctrl_text(self, n):
        # text of a label, skipping embedded controls' own text (select options, textarea)
        return n.textcontent(skip=lambda c: c.tag in ('select', 'textarea'))

    def row_title(self, n):
        """status-row name: nearest row container that shows a status"""
        for a in n.ancestors():
            cls = ' '.join(a.classes()).lower()
            if 'row' in cls or (a.get('role') or '') in ('listitem', 'row'):
                if any(any('status' in c.lower() for c in d.classes()) for d in a.iter()):
                    t = self.title_in(a, n)
                    if t:
                        return t
                return None
        return None

    def title_in(self, container, exclude):
        for d in container.iter():
            if d is container:
                continue
            if d is exclude or exclude in list(d.ancestors()) and False:
                continue
            if d.tag in ('h1', 'h2', 'h3', 'h4', 'h5', 'h6') or (d.get('role') == 'heading') or any('title' in c.lower() for c in d.classes()):
                if exclude in list(d.iter()):
                    continue
                t = d.textcontent()
                if t:
                    return t
        return None

    def heading_fallback(self, n):
        for a in n.ancestors():
            t = self.title_in(a, n)
            if t:
                return t
        return ''

    def name(self, n):
        lb = n.get('aria-labelledby')
        if lb:
            parts = [self.byid[i].textcontent() for i in lb.split() if i in self.byid]
            t = norm(' '.join(parts))
            if t:
                return t, 'labelledby'
        al = norm(n.get('aria-label'))
        if al:
            return al, 'aria-label'
        if n.tag in ('input', 'select', 'textarea', 'button', 'meter', 'output', 'progress'):
            if n.get('id') and n.get('id') in self.labels_for:
                t = norm(' '.join(self.ctrl_text(l) for l in self.labels_for[n.get('id')]))
                if t:
                    return t, 'label-for'
            for a in n.ancestors():
                if a.tag == 'label':
                    t = self.ctrl_text(a)
                    if t:
                        return t, 'label-wrap'
                    break
        r = self.row_title(n)
        if r:
            return r, 'status-row'
        if n.tag == 'input':
            t = norm(n.get('value')) if (n.get('type') or '').lower() in ('submit', 'button', 'reset') else ''
        elif n.tag in ('select', 'textarea'):
            t = ''
        else:
            t = n.textcontent()
        if not t or t.lower() in GENERIC:
            h = self.heading_fallback(n)
            if h:
                return h, 'heading'
        if not t:
            t = norm(n.get('title') or n.get('placeholder'))
        return t, 'text'

    def group_name(self, radio):
        """name of the radio group a radio belongs to"""
        for a in radio.ancestors():
            if role(a) == 'radiogroup':
                t, _ = self.name(a)
                if t:
                    return t, a
            if a.tag == 'fieldset':
                for c in a.children:
                    if c.tag == 'legend':
                        return c.textcontent(), a
                return '', a
        return None, None

    # ---------------------------------------------------------- controls
    def controls(self):
        """visible controls: list of dict(name, how, node, kind, in_header)"""
        out, groups = [], {}
        for n in self.root.iter():
            if n.tag is None or not is_control(n) or hidden(n):
                continue
            r = role(n)
            in_header = any(a.tag == 'header' for a in n.ancestors())
            if r == 'radio':
                gname, gnode = self.group_name(n)
                if gnode is not None:
                    key = id(gnode)
                    if key not in groups:
                        groups[key] = dict(name=gname, how='legend/group', node=gnode, kind='radiogroup', in_header=in_header, options=[])
                        out.append(groups[key])
                    groups[key]['options'].append(self.name(n)[0])
                    continue
            if r == 'option':
                continue
            nm, how = self.name(n)
            out.append(dict(name=nm, how=how, node=n, kind=r or n.tag, in_header=in_header))
        return out

    def all_text(self):
        body = self.root
        return body.textcontent()

    def aria_labels(self):
        return [norm(n.get('aria-label')) for n in self.root.iter() if n.get('aria-label')]


def check_page(html_path, json_path, lang):
    probs = []
    src = open(html_path, encoding='utf-8').read()
    try:
        exp = json.load(open(json_path, encoding='utf-8'))
    except Exception as ex:
        return ['expect.json unreadable: %s' % ex], 0
    if set(exp.keys()) != {'url', 'lang', 'notes', 'ai_training'}:
        probs.append('expect keys %s' % sorted(exp.keys()))
    if exp.get('lang') != lang:
        probs.append('expect lang %r != dir %r' % (exp.get('lang'), lang))
    if not isinstance(exp.get('notes'), str) or not exp.get('notes'):
        probs.append('notes missing')
    labels = exp.get('ai_training')
    if not isinstance(labels, list):
        probs.append('ai_training not a list')
        labels = []
    for ent in labels:
        if not isinstance(ent, dict) or set(ent.keys()) != {'label', 'sharing'} or not isinstance(ent.get('sharing'), bool) \
                or not isinstance(ent.get('label'), str) or not ent['label'].strip():
            probs.append('bad entry %r' % (ent,))
    labels = [ent for ent in labels if isinstance(ent, dict) and isinstance(ent.get('label'), str)]

    page = Page(src)
    m = None
    for c in page.comments:
        m = re.match(r'\s*saved from url=\((\d{4})\)(\S+)\s*$', c)
        if m:
            break
    if not m:
        probs.append('no saved-from comment')
    else:
        if int(m.group(1)) != len(m.group(2)):
            probs.append('saved-from length %s != %d' % (m.group(1), len(m.group(2))))
        if m.group(2) != exp.get('url'):
            probs.append('saved-from url %r != expect url %r' % (m.group(2), exp.get('url')))
    htmls = [n for n in page.root.iter() if n.tag == 'html']
    hl = htmls[0].get('lang') if htmls else None
    if not hl:
        probs.append('no <html lang>')
    else:
        if lang == 'pt':
            if hl not in ('pt-BR', 'pt-PT'):
                probs.append('html lang %r (pt must be pt-BR or pt-PT)' % hl)
        elif hl.split('-')[0].lower() != lang:
            probs.append('html lang %r != %s' % (hl, lang))

    ctrls = page.controls()
    text = page.all_text()
    arias = page.aria_labels()
    names = [c['name'] for c in ctrls]
    for ent in labels:
        L = norm(ent['label'])
        if L not in text and L not in arias:
            probs.append('label not in page text/aria-label: %r' % L)
        n_exact = sum(1 for x in names if x == L)
        n_exp = sum(1 for e2 in labels if norm(e2['label']) == L)
        if n_exact == 0:
            close = [x for x in names if L.lower() in x.lower() or (x and x.lower() in L.lower())]
            probs.append('label is not the accessible name of a visible control: %r (near: %r)' % (L, close[:3]))
        elif n_exact < n_exp:
            probs.append('label listed %d times but only %d visible controls carry it: %r' % (n_exp, n_exact, L))
        contain = [x for x in names if L.lower() in x.lower()]
        if len(contain) > n_exp:
            others = [x for x in contain if x != L] or contain
            probs.append('label %r contained in another visible control name: %r' % (L, others[:3]))
    # warning only: a short decoy name contained in an expected label would let a false finding match it
    for c in ctrls:
        if c['name'] and len(c['name']) >= 5 and c['name'] not in [norm(e2['label']) for e2 in labels]:
            for ent in labels:
                if c['name'].lower() in norm(ent['label']).lower():
                    WARN.append('%s: decoy name %r is contained in label %r' % (os.path.basename(html_path), c['name'], ent['label']))
    # header decoys + control count
    hdr = [c for c in ctrls if c['in_header']]
    if not any(c['kind'] in ('searchbox',) for c in hdr):
        probs.append('header has no search box')
    if not any(c['node'].tag == 'select' for c in hdr):
        probs.append('header has no language select')
    if not any(c['node'].tag == 'button' for c in hdr):
        probs.append('header has no account button')
    body_n = len(ctrls) - len(hdr)
    if not 15 <= body_n <= 35:
        probs.append('visible controls outside header: %d (want 15-35)' % body_n)
    unnamed = [c for c in ctrls if not c['name']]
    if unnamed:
        probs.append('%d visible controls without a name' % len(unnamed))
    return probs, body_n


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('-')]
    root = args[0] if args else os.path.dirname(os.path.abspath(__file__))
    total = bad = 0
    verbose = '-v' in sys.argv
    for lang in LANGS:
        d = os.path.join(root, lang)
        if not os.path.isdir(d):
            print('missing dir', lang)
            bad += 1
            continue
        for f in sorted(os.listdir(d)):
            if not f.endswith('.html'):
                continue
            total += 1
            jp = os.path.join(d, f[:-5] + '.expect.json')
            if not os.path.exists(jp):
                print('%s/%s: no expect.json' % (lang, f))
                bad += 1
                continue
            probs, n = check_page(os.path.join(d, f), jp, lang)
            if verbose:
                print('%s/%s: %d visible controls outside header' % (lang, f, n))
            if probs:
                bad += 1
                for p in probs:
                    print('%s/%s: %s' % (lang, f, p))
    for w in WARN:
        print('warning:', w)
    print('check.py: %d pages checked, %d pages with problems' % (total, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
