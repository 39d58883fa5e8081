#!/usr/bin/env python3
"""Independent checker for holdout82: parses each page with html.parser into a small DOM,
computes accessible names and visibility, and verifies the expect files and hidden controls."""
import glob, json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
VOID = {'input', 'meta', 'br', 'img', 'hr', 'link', 'source', 'wbr', 'area', 'base', 'col'}
ws = lambda s: re.sub(r'\s+', ' ', s or '').strip()


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, {k: ('' if v is None else v) for k, v in attrs}, parent, []

    def get(self, k, d=None):
        return self.attrs.get(k, d)

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def ancestors(self):
        n = self
        while n is not None:
            yield n
            n = n.parent


class Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node('#root', {}, None)
        self.cur = self.root
        self.doctype = None
        self.comments = []

    def handle_decl(self, d):
        self.doctype = d

    def handle_comment(self, d):
        self.comments.append(d)

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is None:
            raise ValueError(f'stray </{tag}>')
        if n is not self.cur:
            raise ValueError(f'unclosed <{self.cur.tag}> before </{tag}>')
        self.cur = n.parent

    def handle_data(self, d):
        self.cur.children.append(d)


def text(n, skip=()):
    out = []
    for c in n.children:
        if isinstance(c, str):
            out.append(c)
        elif c.tag in skip or c.tag in ('style', 'script') or c.get('hidden') is not None:
            continue
        else:
            out.append(' ' + text(c, skip) + ' ')
    return ''.join(out)


class Page:
    def __init__(self, path):
        src = open(path, encoding='utf-8').read()
        b = Builder()
        b.feed(src)
        b.close()
        self.src, self.b, self.root = src, b, b.root
        self.ids = {}
        for n in self.root.iter():
            if n.get('id'):
                assert n.get('id') not in self.ids, f'duplicate id {n.get("id")}'
                self.ids[n.get('id')] = n
        css = ''.join(text(n) for n in self.root.iter() if n.tag == 'style')
        self.hide_classes = set()
        for sel, body in re.findall(r'([^{}]+)\{([^}]*)\}', css):
            if re.search(r'display\s*:\s*none', body):
                for s in sel.split(','):
                    m = re.fullmatch(r'\s*\.([\w-]+)\s*', s)
                    if m:
                        self.hide_classes.add(m.group(1))

    def hidden_reason(self, n):
        for a in n.ancestors():
            if a.tag == '#root':
                break
            st = (a.get('style') or '').replace(' ', '')
            if a.get('role') == 'tabpanel' and a.get('hidden') is not None:
                return 'inactive-tab'
            if a.get('hidden') is not None:
                return 'hidden-attr'
            if 'display:none' in st:
                return 'inline-display'
            if set((a.get('class') or '').split()) & self.hide_classes:
                return 'class-display'
            if a.get('aria-hidden') == 'true':
                return 'aria-hidden'
            if 'visibility:hidden' in st:
                return 'inline-visibility'
            if a.tag == 'dialog' and a.get('open') is None:
                return 'closed-dialog'
            if a.tag == 'head':
                return 'head'
        return None

    def name(self, n):
        assert not (n.get('aria-label') and n.get('aria-labelledby')), 'two naming attributes'
        if n.get('aria-labelledby'):
            parts = []
            for i in n.get('aria-labelledby').split():
                r = self.ids[i]
                parts.append(text(r))
            return ws(' '.join(parts))
        if n.get('aria-label'):
            return ws(n.get('aria-label'))
        if n.tag == 'fieldset':
            lg = [c for c in n.children if isinstance(c, Node) and c.tag == 'legend']
            return ws(text(lg[0])) if lg else ''
        if n.tag in ('input', 'select', 'textarea'):
            if n.get('id'):
                labs = [l for l in self.root.iter() if l.tag == 'label' and l.get('for') == n.get('id')]
                if labs:
                    return ws(' '.join(text(l) for l in labs))
            for a in n.ancestors():
                if a.tag == 'label':
                    return ws(text(a, skip=('select', 'textarea')))
            return ws(n.get('title') or n.get('placeholder') or '')
        return ws(text(n))

    def controls(self):
        """(node, is_unit) for every control; group-level controls included."""
        out = []
        for n in self.root.iter():
            role = n.get('role')
            if n.tag == 'fieldset' and any(c.tag == 'input' and c.get('type') == 'radio' for c in n.iter()):
                out.append((n, True))
            elif role in ('radiogroup',):
                out.append((n, True))
            elif role == 'group' and any(c.get('aria-pressed') for c in n.iter() if c is not n):
                out.append((n, True))
            elif n.tag in ('input', 'select', 'textarea', 'button') or role in ('switch', 'radio', 'checkbox', 'tab'):
                if n.tag == 'input' and n.get('type') == 'hidden':
                    continue
                grouped = any(a is not n and (a.tag == 'fieldset' and n.get('type') == 'radio' or a.get('role') in ('radiogroup', 'group')) for a in n.ancestors())
                out.append((n, not grouped))
        return out


def in_main(n):
    return any(a.tag == 'main' for a in n.ancestors())


def main():
    meta = {(m['lang'], m['page']): m for m in json.load(open(os.path.join(HERE, 'tools', 'meta.json'), encoding='utf-8'))}
    errors, npages, nlabels = [], 0, 0
    for path in sorted(glob.glob(os.path.join(HERE, '*', '*.html'))):
        lang, page = path.split(os.sep)[-2], os.path.basename(path)[:-5]
        E = lambda msg: errors.append(f'{lang}/{page}: {msg}')
        try:
            P = Page(path)
        except Exception as ex:
            E(f'parse: {ex}')
            continue
        npages += 1
        exp = json.load(open(path[:-5] + '.expect.json', encoding='utf-8'))
        m = meta.get((lang, page))
        if m is None:
            E('not in meta.json')
            continue
        if set(exp) != {'url', 'lang', 'notes', 'ai_training'} or exp['lang'] != lang:
            E('expect keys / lang')
        if not (P.b.doctype or '').lower().startswith('doctype html'):
            E('doctype')
        if not any(c.strip().startswith('saved from url=(') and exp['url'] in c for c in P.b.comments):
            E('saved-from comment')
        html_el = next(n for n in P.root.iter() if n.tag == 'html')
        if html_el.get('lang') != ('pt-BR' if lang == 'pt' else lang):
            E('html lang')
        # chrome
        hdr = next((n for n in P.root.iter() if n.tag == 'header'), None)
        if hdr is None or not any(n.get('type') == 'search' for n in hdr.iter()) or not any(n.tag == 'select' for n in hdr.iter()):
            E('header search/lang select')
        acct = [n for n in hdr.iter() if n.tag == 'button' and n.get('aria-controls')] if hdr else []
        if not acct or P.ids[acct[0].get('aria-controls')].get('hidden') is None:
            E('account menu not hidden')
        if not any(n.tag == 'nav' for n in P.root.iter()) or not any(n.tag == 'footer' for n in P.root.iter()):
            E('nav/footer')
        ctrls = [(n, u, P.name(n), P.hidden_reason(n)) for n, u in P.controls()]
        visible = [(n, nm) for n, u, nm, h in ctrls if h is None]
        units = sum(1 for n, u, nm, h in ctrls if u and h is None and in_main(n))
        if not 15 <= units <= 35:
            E(f'{units} visible control units in main')
        if units != m['units']:
            E(f'unit count {units} != generator {m["units"]}')
        for lab in exp['ai_training']:
            nlabels += 1
            hits = [n for n, nm in visible if nm == ws(lab['label'])]
            if len(hits) != 1:
                E(f'label {lab["label"]!r} matches {len(hits)} visible controls')
            elif not in_main(hits[0]):
                E(f'label {lab["label"]!r} not in main')
            if not isinstance(lab['sharing'], bool):
                E('sharing not bool')
        if len(m['hidden_ai']) != 1:
            E('not exactly one hidden AI control')
        for h in m['hidden_ai']:
            hits = [(n, r) for n, u, nm, r in ctrls if nm == h['name']]
            if not hits:
                E(f'hidden control {h["name"]!r} not found')
            for n, r in hits:
                if r != h['method']:
                    E(f'hidden control {h["name"]!r}: reason {r}, expected {h["method"]}')
            if any(h['name'] == ws(l['label']) for l in exp['ai_training']):
                E('hidden control is labelled')
    if errors:
        print('\n'.join(errors))
        print(f'FAIL: {len(errors)} problem(s)')
        sys.exit(1)
    print(f'OK: {npages} pages, {nlabels} labels checked')


if __name__ == '__main__':
    main()
