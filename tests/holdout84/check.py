#!/usr/bin/env python3
"""Self-check for holdout84: parse every page with html.parser, compute accessible names and
visibility, and verify the expect files (and tools/meta.json for the hidden AI controls)."""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children = []

    def text(self):
        out = []
        for c in self.children:
            if isinstance(c, str):
                out.append(c)
            elif c.tag not in ('script', 'style'):
                out.append(c.text())
        return ''.join(out)

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def ancestors(self):
        n = self.parent
        while n is not None:
            yield n
            n = n.parent


class Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node('#root', {}, None)
        self.cur = self.root
        self.styles = []
        self.comments = []

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, d):
        self.cur.children.append(d)
        if self.cur.tag == 'style':
            self.styles.append(d)

    def handle_comment(self, d):
        self.comments.append(d)


def norm(s):
    return ' '.join(s.split())


def hidden_classes(styles):
    cls = set()
    for m in re.finditer(r'([^{}]+)\{([^}]*)\}', '\n'.join(styles)):
        sel, body = m.group(1), m.group(2)
        if re.search(r'display\s*:\s*none', body):
            for s in sel.split(','):
                s = s.strip()
                if re.fullmatch(r'\.[\w-]+', s):
                    cls.add(s[1:])
    return cls


def hide_reason(node, hcls):
    for n in [node] + list(node.ancestors()):
        a = n.attrs
        st = (a.get('style') or '').replace(' ', '').lower()
        if 'hidden' in a:
            return 'tab' if a.get('role') == 'tabpanel' else 'hidden'
        if 'display:none' in st:
            return 'inline-display'
        if 'visibility:hidden' in st:
            return 'visibility'
        if a.get('aria-hidden') == 'true':
            return 'aria-hidden'
        if set((a.get('class') or '').split()) & hcls:
            return 'class'
        if n.tag == 'dialog' and 'open' not in a:
            return 'dialog'
    return None


def name_of(n, byid):
    a = n.attrs
    if a.get('aria-labelledby'):
        return norm(' '.join(byid[i].text() for i in a['aria-labelledby'].split()))
    if a.get('aria-label'):
        return norm(a['aria-label'])
    if n.tag in ('input', 'select', 'textarea'):
        if a.get('id'):
            labs = [x for x in byid['#labels'] if x.attrs.get('for') == a['id']]
            if labs:
                return norm(' '.join(l.text() for l in labs))
        for anc in n.ancestors():
            if anc.tag == 'label':
                return norm(anc.text())
        return ''
    if n.tag == 'fieldset':
        for c in n.children:
            if isinstance(c, Node) and c.tag == 'legend':
                return norm(c.text())
        return ''
    return norm(n.text())


def controls(main):
    """Control units in <main>: a radio set (fieldset / role=radiogroup) and an aria-pressed group
    each count as one unit; their members are not units."""
    out = []
    for n in main.iter():
        a = n.attrs
        role = a.get('role')
        if n.tag == 'fieldset' and any(x.tag == 'input' and x.attrs.get('type') == 'radio' for x in n.iter()):
            out.append(n)
        elif role == 'radiogroup':
            out.append(n)
        elif role == 'group' and any('aria-pressed' in x.attrs for x in n.iter()):
            out.append(n)
        elif n.tag == 'input' and a.get('type') not in ('radio', 'hidden'):
            out.append(n)
        elif n.tag in ('select', 'textarea'):
            out.append(n)
        elif n.tag == 'button' or role in ('switch', 'tab'):
            if any(x.attrs.get('role') == 'group' for x in n.ancestors()):
                continue
            out.append(n)
    return out


def check_page(path, meta_by_page, errors):
    src = open(path, encoding='utf-8').read()
    rel = os.path.relpath(path, ROOT)[:-5]
    b = Builder()
    b.feed(src)
    root = b.root
    exp = json.load(open(path[:-5] + '.expect.json', encoding='utf-8'))
    err = lambda m: errors.append(f'{rel}: {m}')
    if not src.startswith('<!DOCTYPE html>'):
        err('no doctype')
    if not any('saved from url=' in c and exp['url'] in c for c in b.comments):
        err('no saved-from comment with url')
    html = next(n for n in root.iter() if n.tag == 'html')
    want_lang = 'pt-BR' if exp['lang'] == 'pt' else exp['lang']
    if html.attrs.get('lang') != want_lang:
        err('html lang')
    if set(exp) != {'url', 'lang', 'notes', 'ai_training'}:
        err('expect keys')
    byid = {}
    for n in root.iter():
        if 'id' in n.attrs:
            if n.attrs['id'] in byid:
                err('duplicate id ' + n.attrs['id'])
            byid[n.attrs['id']] = n
    byid['#labels'] = [n for n in root.iter() if n.tag == 'label']
    for n in root.iter():
        for at in ('aria-labelledby', 'aria-describedby', 'aria-controls'):
            for i in (n.attrs.get(at) or '').split():
                if i not in byid:
                    err(f'{at} -> missing id {i}')
        if 'aria-label' in n.attrs and 'aria-labelledby' in n.attrs:
            err('both aria-label and aria-labelledby on ' + n.tag)
    hcls = hidden_classes(b.styles)
    # chrome
    hdr = [n for n in root.iter() if n.tag == 'header']
    if not hdr:
        err('no header')
    else:
        h = hdr[0]
        if not any(n.attrs.get('type') == 'search' for n in h.iter()):
            err('no search box')
        if not any(n.tag == 'select' for n in h.iter()):
            err('no language select')
        menus = [n for n in h.iter() if n.attrs.get('role') == 'menu']
        if not menus or 'hidden' not in menus[0].attrs:
            err('account menu not hidden')
    if not any(n.tag == 'nav' for n in root.iter()) or not any(n.tag == 'footer' for n in root.iter()):
        err('nav/footer missing')
    main = next(n for n in root.iter() if n.tag == 'main')
    ctl = controls(main)
    vis = [c for c in ctl if not hide_reason(c, hcls)]
    names = {}
    for c in vis:
        names.setdefault(name_of(c, byid), []).append(c)
    if not 15 <= len(vis) <= 35:
        err(f'{len(vis)} visible control units')
    for e in exp['ai_training']:
        got = names.get(e['label'], [])
        if len(got) != 1:
            err(f'label {e["label"]!r} matches {len(got)} visible controls')
        if not isinstance(e['sharing'], bool):
            err('sharing not bool')
    labels = [e['label'] for e in exp['ai_training']]
    if len(set(labels)) != len(labels):
        err('duplicate labels')
    m = meta_by_page.get(rel)
    if not m:
        err('no meta')
        return len(vis), None
    if [l['label'] for l in m['labels']] != labels:
        err('meta labels differ from expect')
    # the state shown in the DOM agrees with sharing for simple widgets
    for l in m['labels']:
        n = byid.get(l['id'])
        if n is None:
            err('meta id missing ' + l['id'])
            continue
        if hide_reason(n, hcls):
            err('labelled control is hidden: ' + l['label'])
    if len(m['hidden']) != 1:
        err('not exactly one hidden AI control')
    for hd in m['hidden']:
        n = byid.get(hd['id'])
        if n is None:
            err('hidden id missing')
            continue
        r = hide_reason(n, hcls)
        if r != hd['method']:
            err(f'hidden control {hd["id"]} reason {r} != {hd["method"]}')
        if any(x.tag == 'details' for x in n.ancestors()):
            err('hidden control inside details')
    return len(vis), m['hidden'][0]['method'] if m['hidden'] else None


def main():
    meta = json.load(open(os.path.join(ROOT, 'tools', 'meta.json'), encoding='utf-8'))
    mb = {m['page']: m for m in meta}
    errors, n, methods = [], 0, {}
    for lang in ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']:
        d = os.path.join(ROOT, lang)
        if not os.path.isdir(d):
            errors.append(f'missing {lang}/')
            continue
        pages = sorted(f for f in os.listdir(d) if f.endswith('.html'))
        if len(pages) != 5:
            errors.append(f'{lang}: {len(pages)} pages')
        for f in pages:
            n += 1
            _, meth = check_page(os.path.join(d, f), mb, errors)
            methods[meth] = methods.get(meth, 0) + 1
    if sorted(methods.values()) != [5] * 7 or len(methods) != 7:
        errors.append(f'hiding methods not 7x5: {methods}')
    if errors:
        print('\n'.join(errors))
        print(f'FAIL: {len(errors)} problems in {n} pages')
        sys.exit(1)
    labs = sum(len(m['labels']) for m in meta)
    print(f'OK: {n} pages, {labs} labels, hiding methods {methods}')


if __name__ == '__main__':
    main()
