#!/usr/bin/env python3
"""Self-check for blind62, independent of tools/lib.py.

Builds its own DOM with html.parser, decides visibility, computes accessible names and
control units, and checks every page against its .expect.json, tools/meta.json and README.md.
"""
import json, os, re, sys
from collections import Counter
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def get(self, k, d=None):
        v = self.attrs.get(k, d)
        return '' if v is None and k in self.attrs else v

    def has(self, k):
        return k in self.attrs

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
        self.comments = []

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

    def handle_comment(self, d):
        self.comments.append(d)


class Doc:
    def __init__(self, text):
        b = Builder()
        b.feed(text)
        b.close()
        if b.cur is not b.root:
            raise ValueError(f'unclosed <{b.cur.tag}> at end')
        self.root = b.root
        self.ids = {}
        for n in self.root.iter():
            if n.has('id'):
                if n.get('id') in self.ids:
                    raise ValueError(f'duplicate id {n.get("id")}')
                self.ids[n.get('id')] = n
        css = ' '.join(text_of(n, raw=True) for n in self.root.iter() if n.tag == 'style')
        self.hide_classes = set()
        for sel, body in re.findall(r'([^{}]+)\{([^{}]*)\}', css):
            b = body.replace(' ', '')
            if 'display:none' in b or 'visibility:hidden' in b:
                for s in sel.split(','):
                    m = re.fullmatch(r'\s*\.([\w-]+)\s*', s)
                    if m:
                        self.hide_classes.add(m.group(1))

    def self_hidden(self, n, aria=True):
        if n.has('hidden'):
            return True
        st = (n.get('style') or '').replace(' ', '').lower()
        if 'display:none' in st or 'visibility:hidden' in st:
            return True
        if set((n.get('class') or '').split()) & self.hide_classes:
            return True
        if aria and n.get('aria-hidden') == 'true':
            return True
        if n.tag in ('template', 'head', 'script', 'style'):
            return True
        return False

    def hidden(self, n):
        """Hidden from the person: the node or an ancestor is hidden, or it sits inside a closed dialog.
        A closed <details> only collapses its content; that does not count as hidden."""
        if self.self_hidden(n):
            return True
        for a in n.ancestors():
            if self.self_hidden(a):
                return True
            if a.tag == 'dialog' and not a.has('open'):
                return True
        return False

    def mechanism(self, n):
        for a in [n] + list(n.ancestors()):
            if a.tag == 'dialog' and not a.has('open') and a is not n:
                return 'closed-dialog'
            if a.get('role') == 'tabpanel' and a.has('hidden'):
                return 'inactive-tab'
            if a.has('hidden'):
                return 'hidden-attr'
            st = (a.get('style') or '').replace(' ', '').lower()
            if 'display:none' in st:
                return 'inline-display-none'
            if 'visibility:hidden' in st:
                return 'visibility-hidden'
            if set((a.get('class') or '').split()) & self.hide_classes:
                return 'css-class'
            if a.get('aria-hidden') == 'true':
                return 'aria-hidden'
        return None


def text_of(n, raw=False, doc=None, skip=None):
    out = []
    for c in n.children:
        if isinstance(c, str):
            out.append(c)
        else:
            if skip and skip(c):
                continue
            if doc is not None and doc.self_hidden(c):
                continue
            if c.tag in ('input', 'select', 'textarea') and not raw:
                continue
            out.append(text_of(c, raw, doc, skip))
    return ''.join(out)


def norm(s):
    return ' '.join(s.split())


def is_radio_group(n):
    return (n.tag == 'fieldset' or n.get('role') == 'radiogroup') and any(
        x.tag == 'input' and x.get('type') == 'radio' for x in n.iter())


def is_seg_group(n):
    return n.get('role') == 'group' and any(x.tag == 'button' and x.has('aria-pressed') for x in n.iter())


def controls(doc, scope):
    """Control units under scope: radio groups and aria-pressed groups count once."""
    units = []
    grouped = set()
    for n in scope.iter():
        if id(n) in grouped:
            continue
        if is_radio_group(n) or is_seg_group(n):
            units.append(n)
            for x in n.iter():
                if x.tag == 'input' and x.get('type') == 'radio' or x.tag == 'button' and x.has('aria-pressed'):
                    grouped.add(id(x))
            continue
        if n.tag == 'input' and n.get('type') != 'hidden' or n.tag in ('select', 'textarea', 'button') \
                or n.get('role') in ('switch', 'checkbox'):
            if n.tag == 'input' and n.get('type') == 'radio':
                raise ValueError('radio outside a group')
            units.append(n)
    return units


def name_of(doc, n):
    lb = n.get('aria-labelledby')
    if lb:
        parts = []
        for ref in lb.split():
            r = doc.ids[ref]
            parts.append(norm(text_of(r, doc=doc)))
        return norm(' '.join(parts))
    if n.get('aria-label'):
        return norm(n.get('aria-label'))
    if n.tag in ('input', 'select', 'textarea'):
        if n.has('id'):
            labs = [l for l in doc.root.iter() if l.tag == 'label' and l.get('for') == n.get('id')]
            if labs:
                return norm(' '.join(text_of(l, doc=doc) for l in labs))
        for a in n.ancestors():
            if a.tag == 'label':
                return norm(text_of(a, doc=doc))
    if n.tag == 'fieldset':
        for c in n.children:
            if isinstance(c, Node) and c.tag == 'legend':
                return norm(text_of(c, doc=doc))
    if n.tag == 'button' or n.get('role') in ('switch', 'checkbox'):
        t = norm(text_of(n, doc=doc))
        if t:
            return t
    return norm(n.get('title') or n.get('placeholder') or '')


def state_sharing(doc, n, pol):
    t = pol['type']
    if t == 'bool':
        if n.tag == 'input':
            on = n.has('checked')
        else:
            on = n.get('aria-checked') == 'true'
        return on != pol['inv']
    if t == 'choice':
        if n.tag == 'select':
            sel = [o.get('value') for o in n.iter() if o.tag == 'option' and o.has('selected')]
        elif is_radio_group(n):
            sel = [x.get('value') for x in n.iter() if x.tag == 'input' and x.get('type') == 'radio' and x.has('checked')]
        else:
            sel = [x.get('data-value') for x in n.iter() if x.tag == 'button' and x.get('aria-pressed') == 'true']
        if len(sel) != 1:
            raise ValueError(f'{len(sel)} selected options')
        return sel[0] in pol['share']
    return None


def main():
    errors = []

    def err(page, msg):
        errors.append(f'{page}: {msg}')

    meta = json.load(open(os.path.join(ROOT, 'tools', 'meta.json'), encoding='utf-8'))
    by_key = {(m['lang'], m['page']): m for m in meta}
    stats = {}
    n_pages = 0
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        files = sorted(f for f in os.listdir(d) if f.endswith('.html')) if os.path.isdir(d) else []
        if len(files) != 5:
            err(lang, f'{len(files)} pages, want 5')
        for f in files:
            n_pages += 1
            slug = f[:-5]
            key = f'{lang}/{slug}'
            text = open(os.path.join(ROOT, lang, f), encoding='utf-8').read()
            exp = json.load(open(os.path.join(ROOT, lang, slug + '.expect.json'), encoding='utf-8'))
            m = by_key.get((lang, slug))
            if m is None:
                err(key, 'missing from meta.json')
                continue
            # header lines
            lines = text.split('\n')
            mm = re.fullmatch(r'<!-- saved from url=\((\d{4})\)(\S+) -->', lines[1]) if len(lines) > 2 else None
            if lines[0] != '<!DOCTYPE html>' or not mm:
                err(key, 'bad saved-page header')
            else:
                if int(mm.group(1)) != len(mm.group(2)) or mm.group(2) != exp['url']:
                    err(key, 'saved-from length or URL mismatch')
            if not lines[2].startswith(f'<html lang="{lang}"'):
                err(key, 'bad <html lang>')
            if list(exp.keys()) != ['url', 'lang', 'notes', 'ai_training'] or exp['lang'] != lang:
                err(key, 'expect.json keys/lang')
            for e in exp['ai_training']:
                if set(e) != {'label', 'sharing'} or not isinstance(e['sharing'], bool):
                    err(key, f'bad entry {e}')
            if not m['known'] and not re.match(r'https://[^/]+\.test/', exp['url']):
                err(key, 'invented service not on .test')
            try:
                doc = Doc(text)
            except Exception as ex:  # noqa
                err(key, f'parse: {ex}')
                continue
            mains = [n for n in doc.root.iter() if n.tag == 'main']
            headers = [n for n in doc.root.iter() if n.tag == 'header']
            if len(mains) != 1 or not headers or not any(n.tag == 'footer' for n in doc.root.iter()) \
                    or not any(n.tag == 'nav' for n in doc.root.iter()):
                err(key, 'page furniture missing')
                continue
            hdr = headers[0]
            if not any(n.get('type') == 'search' for n in hdr.iter()) or not any(n.tag == 'select' for n in hdr.iter()):
                err(key, 'header lacks search box or language select')
            menus = [n for n in hdr.iter() if n.get('role') == 'menu']
            if not menus or not all(doc.hidden(x) for x in menus):
                err(key, 'account menu not hidden')
            # units in main
            units = [u for u in controls(doc, mains[0]) if not doc.hidden(u)]
            if len(units) != m['units']:
                err(key, f'units: parser {len(units)} vs meta {m["units"]}')
            if not 15 <= len(units) <= 35:
                err(key, f'{len(units)} units outside 15-35')
            # all visible controls of the page, named
            allc = [(u, name_of(doc, u)) for u in controls(doc, doc.root) if not doc.hidden(u)]
            labels = Counter(e['label'] for e in exp['ai_training'])
            seen = Counter(nm for _, nm in allc if nm in labels)
            for lab, c in labels.items():
                if seen[lab] != c:
                    err(key, f'label {lab!r}: {c} listed, {seen[lab]} visible controls with that name')
            # meta vs expect vs DOM
            if [(l['label'], l['sharing']) for l in m['labelled']] != [(e['label'], e['sharing']) for e in exp['ai_training']]:
                err(key, 'meta and expect disagree')
            for l in m['labelled']:
                n = doc.ids.get(l['id'])
                if n is None or doc.hidden(n):
                    err(key, f'labelled control {l["id"]} missing or hidden')
                    continue
                if name_of(doc, n) != l['label']:
                    err(key, f'name {name_of(doc, n)!r} != label {l["label"]!r}')
                if not any(n is a for a in mains[0].iter()):
                    err(key, f'{l["id"]} outside main')
                s = state_sharing(doc, n, l['pol'])
                if s is not None and s != l['sharing']:
                    err(key, f'{l["label"]!r}: state says sharing={s}, label says {l["sharing"]}')
                if '+details' in l['kind']:
                    d = [a for a in n.ancestors() if a.tag == 'details']
                    if not d or d[0].has('open'):
                        err(key, f'{l["id"]} not in a closed details')
            if not m['hidden']:
                err(key, 'no hidden ai-training decoy')
            for h in m['hidden']:
                n = doc.ids.get(h['id'])
                if n is None or not doc.hidden(n):
                    err(key, f'hidden decoy {h["id"]} is not hidden')
                    continue
                if doc.mechanism(n) != h['mech']:
                    err(key, f'hidden decoy {h["id"]}: mechanism {doc.mechanism(n)} vs {h["mech"]}')
                if name_of(doc, n) != h['label']:
                    err(key, f'hidden decoy name {name_of(doc, n)!r} != {h["label"]!r}')
            st = stats.setdefault(lang, Counter())
            st['pages'] += 1
            st['known'] += m['known']
            st['units'] += len(units)
            st['labelled'] += len(exp['ai_training'])
            st['t'] += sum(e['sharing'] for e in exp['ai_training'])
            st['f'] += sum(not e['sharing'] for e in exp['ai_training'])
            for l in m['labelled']:
                st[l['shape']] += 1
    if n_pages != len(meta):
        errors.append(f'meta.json has {len(meta)} pages, folders {n_pages}')
    # README counts
    readme = open(os.path.join(ROOT, 'README.md'), encoding='utf-8').read()
    if not readme.startswith('# blind62 — blind evaluation set: security, identity and privacy tools'):
        errors.append('README title')
    rows = {}
    for line in readme.splitlines():
        cells = [c.strip() for c in line.strip().strip('|').split('|')]
        if len(cells) == 12 and (cells[0] in LANGS or cells[0] == '**total**'):
            rows[cells[0].strip('*')] = cells
    tot = Counter()
    for lang in LANGS:
        st = stats.get(lang, Counter())
        tot.update(st)
        want = [st['pages'], st['known'], st['units'], st['labelled'], st['t'], st['f'], st['i'], st['v'], st['h'], st['p']]
        got = rows.get(lang)
        if not got or [int(x) for x in got[1:11]] != want:
            errors.append(f'README counts for {lang}: {got and got[1:11]} vs {want}')
    want = [tot['pages'], tot['known'], tot['units'], tot['labelled'], tot['t'], tot['f'], tot['i'], tot['v'], tot['h'], tot['p']]
    got = rows.get('total')
    if not got or [int(x) for x in got[1:11]] != want:
        errors.append(f'README totals: {got and got[1:11]} vs {want}')
    for e in errors:
        print('FAIL', e)
    print(f'{n_pages} pages, {tot["units"]} control units, {tot["labelled"]} labelled '
          f'({tot["t"]} true / {tot["f"]} false; i {tot["i"]}, v {tot["v"]}, h {tot["h"]}, p {tot["p"]}), '
          f'{tot["known"]} known services')
    print('check.py: ' + ('FAILED, %d problem(s)' % len(errors) if errors else 'OK'))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
