#!/usr/bin/env python3
"""Self-check for holdout83 (blind83).

Parses every page with html.parser into a small DOM, computes accessible names
(aria-labelledby -> aria-label -> label -> legend -> text content) and visibility
(hidden attribute, inline display:none / visibility:hidden, classes given
display:none / visibility:hidden in the page's <style>, aria-hidden="true", closed
<dialog>; an inactive tab panel carries `hidden`). A closed <details> is NOT hidden.

Checks per page:
  * chrome: header with search box, language select, account button whose menu is hidden; side nav; footer
  * 15-35 visible control units in <main>
  * every expected label equals the name of exactly one visible control
  * the page's one hidden AI-training control (tools/meta.json) exists and is hidden, and no visible control has its name
  * ids unique, aria-labelledby / aria-describedby targets exist, saved-from URL and lang agree with the expect file
Run: python3 check.py [-v]
"""
import json, os, re, sys
from html.parser import HTMLParser
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

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
        self.comments = []

    def handle_starttag(self, tag, attrs):
        n = Node(tag, [(k, '' if v is None else v) for k, v in attrs], self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        n = Node(tag, [(k, '' if v is None else v) for k, v in attrs], self.cur)
        self.cur.children.append(n)

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, d):
        self.cur.children.append(d)

    def handle_comment(self, d):
        self.comments.append(d)


def norm(s):
    return ' '.join(s.split())


class Doc:
    def __init__(self, text):
        b = Builder()
        b.feed(text)
        b.close()
        self.root, self.comments = b.root, b.comments
        self.byid = {}
        self.dup_ids = []
        for n in self.root.iter():
            i = n.get('id')
            if i:
                if i in self.byid:
                    self.dup_ids.append(i)
                self.byid[i] = n
        css = ''.join(''.join(c for c in n.children if isinstance(c, str)) for n in self.root.iter() if n.tag == 'style')
        self.hidden_classes = set()
        for sel, body in re.findall(r'([^{}]+)\{([^{}]*)\}', css):
            b = body.replace(' ', '').lower()
            if 'display:none' in b or 'visibility:hidden' in b:
                for s in sel.split(','):
                    m = re.fullmatch(r'\s*\.([\w-]+)\s*', s)
                    if m:
                        self.hidden_classes.add(m.group(1))

    # -------------------------------------------------- visibility
    def self_hidden(self, n):
        if not isinstance(n, Node) or n.tag == '#root':
            return None
        if 'hidden' in n.attrs:
            return 'tab' if n.get('role') == 'tabpanel' else 'hidden'
        st = (n.get('style') or '').replace(' ', '').lower()
        if 'display:none' in st:
            return 'display'
        if 'visibility:hidden' in st:
            return 'visibility'
        if set((n.get('class') or '').split()) & self.hidden_classes:
            return 'class'
        if n.get('aria-hidden') == 'true':
            return 'aria'
        if n.tag == 'dialog' and 'open' not in n.attrs:
            return 'dialog'
        if n.tag == 'input' and n.get('type') == 'hidden':
            return 'input-hidden'
        return None

    def hidden_by(self, n):
        for a in n.ancestors():
            r = self.self_hidden(a)
            if r:
                return r
        return None

    # -------------------------------------------------- names
    def text(self, n, skip=None, top=True):
        if isinstance(n, str):
            return n
        if n.tag in ('script', 'style') or n is skip:
            return ''
        if not top and self.self_hidden(n):
            return ''
        if n.tag == 'input':
            return '' if n.get('type') in ('checkbox', 'radio', None, 'hidden') else n.get('value', '')
        if n.tag == 'select':
            opts = [o for o in n.iter() if o.tag == 'option']
            sel = [o for o in opts if 'selected' in o.attrs] or opts[:1]
            return self.text(sel[0], top=False) if sel else ''
        return ''.join(self.text(c, skip, False) for c in n.children)

    def name(self, n):
        lb = n.get('aria-labelledby')
        if lb:
            parts = []
            for i in lb.split():
                r = self.byid.get(i)
                if r is None:
                    continue
                parts.append(norm(self.text(r)) if r is not n else norm(''.join(self.text(c, None, False) for c in n.children)))
            return norm(' '.join(parts))
        al = n.get('aria-label')
        if al and al.strip():
            return norm(al)
        if n.tag in ('input', 'select', 'textarea'):
            i = n.get('id')
            if i:
                for l in self.root.iter():
                    if l.tag == 'label' and l.get('for') == i:
                        return norm(self.text(l))
            for a in n.ancestors():
                if a.tag == 'label':
                    return norm(self.text(a, skip=n))
            return ''
        if n.tag == 'fieldset':
            for c in n.children:
                if isinstance(c, Node) and c.tag == 'legend':
                    return norm(self.text(c))
            return ''
        if n.get('role') in ('radiogroup', 'group', 'tablist'):
            return ''
        return norm(self.text(n))

    def candidates(self):
        out = []
        for n in self.root.iter():
            role = n.get('role')
            if n.tag in ('input', 'select', 'textarea', 'button', 'fieldset') or role in (
                    'switch', 'checkbox', 'radio', 'radiogroup', 'group', 'tab'):
                if n.tag == 'input' and n.get('type') == 'hidden':
                    continue
                out.append(n)
        return out

    def state(self, n):
        if n.tag == 'input':
            return 'checked' if 'checked' in n.attrs else 'unchecked'
        if n.get('role') == 'switch':
            return 'aria-checked=' + (n.get('aria-checked') or '?')
        if n.tag == 'select':
            return 'selected: ' + norm(self.text(n))
        if n.tag == 'fieldset':
            for r in n.iter():
                if r.tag == 'input' and 'checked' in r.attrs:
                    return 'checked: ' + self.name(r)
        if n.get('role') == 'radiogroup':
            for r in n.iter():
                if r.get('aria-checked') == 'true':
                    return 'checked: ' + self.name(r)
        if n.get('role') == 'group':
            for r in n.iter():
                if r.get('aria-pressed') == 'true':
                    return 'pressed: ' + self.name(r)
        if n.tag == 'button':
            row = n.parent
            st = [s for s in row.iter() if 'status' in (s.get('class') or '').split()]
            if st:
                return 'status: ' + norm(self.text(st[0]))
        return '?'

    def units(self, main):
        count, radio_groups = 0, set()
        for n in main.iter():
            if self.hidden_by(n):
                continue
            role = n.get('role')
            if n.tag == 'input':
                if n.get('type') == 'radio':
                    radio_groups.add(n.get('name'))
                else:
                    count += 1
            elif n.tag in ('select', 'textarea'):
                count += 1
            elif n.tag == 'button':
                if role == 'tab':
                    continue
                if n.get('aria-pressed') is not None and any(a.get('role') == 'group' for a in n.ancestors()):
                    continue
                count += 1
            elif role in ('radiogroup',) or (role == 'group' and any(c.get('aria-pressed') for c in n.iter() if c is not n)):
                count += 1
        return count + len(radio_groups)


def check_page(path, meta, verbose=False):
    errs = []
    text = open(path, encoding='utf-8').read()
    exp = json.load(open(path[:-5] + '.expect.json', encoding='utf-8'))
    d = Doc(text)
    if d.dup_ids:
        errs.append(f'duplicate ids {d.dup_ids}')
    for n in d.root.iter():
        for a in ('aria-labelledby', 'aria-describedby', 'aria-controls'):
            for i in (n.get(a) or '').split():
                if i not in d.byid:
                    errs.append(f'{a} -> missing id {i}')
    m = re.search(r'saved from url=\((\d{4})\)(\S+)', text)
    if not m or m.group(2) != exp['url'] or int(m.group(1)) != len(m.group(2)):
        errs.append('saved-from comment / url mismatch')
    if not text.startswith('<!DOCTYPE html>'):
        errs.append('no doctype')
    html = next(n for n in d.root.iter() if n.tag == 'html')
    want = 'pt-BR' if exp['lang'] == 'pt' else exp['lang']
    if html.get('lang') != want:
        errs.append(f'html lang {html.get("lang")} != {want}')
    tags = Counter(n.tag for n in d.root.iter())
    header = next((n for n in d.root.iter() if n.tag == 'header'), None)
    if not header:
        errs.append('no header')
    else:
        hs = list(header.iter())
        if not any(n.tag == 'input' and n.get('type') == 'search' for n in hs):
            errs.append('no search box')
        if not any(n.tag == 'select' for n in hs):
            errs.append('no language select')
        acct = [n for n in hs if n.tag == 'button' and n.get('aria-controls')]
        if not acct or 'hidden' not in d.byid[acct[0].get('aria-controls')].attrs:
            errs.append('account menu not hidden')
    if not tags['nav'] or not tags['footer'] or tags['main'] != 1:
        errs.append('missing nav/footer/main')
    main = next(n for n in d.root.iter() if n.tag == 'main')
    units = d.units(main)
    if not 15 <= units <= 35:
        errs.append(f'{units} visible control units in main (want 15-35)')
    cands = [(c, d.name(c), d.hidden_by(c)) for c in d.candidates()]
    if meta and len(meta['labels']) != len(exp['ai_training']):
        errs.append('meta/expect label count differ')
    for e in exp['ai_training']:
        if not isinstance(e.get('sharing'), bool):
            errs.append(f'sharing not bool for {e["label"]!r}')
        vis = [c for c, nm, h in cands if nm == norm(e['label']) and not h]
        if len(vis) != 1:
            errs.append(f'label {e["label"]!r} matches {len(vis)} visible controls')
        elif verbose:
            print(f'    {"T" if e["sharing"] else "F"}  {e["label"]!r:90} [{d.state(vis[0])}]')
        if vis and not any(main is a for a in vis[0].ancestors()):
            errs.append(f'label {e["label"]!r} not in main')
    labels = [norm(e['label']) for e in exp['ai_training']]
    if len(set(labels)) != len(labels):
        errs.append('duplicate labels')
    hidden_method = None
    if meta:
        if len(meta['hidden']) != 1:
            errs.append('meta: not exactly one hidden AI control')
        for h in meta['hidden']:
            hits = [(c, hb) for c, nm, hb in cands if nm == h['label']]
            if not hits or any(hb is None for _, hb in hits):
                errs.append(f'hidden AI control {h["label"]!r} not found or visible')
            else:
                hidden_method = hits[0][1]
                if hidden_method != h['method']:
                    errs.append(f'hidden via {hidden_method}, meta says {h["method"]}')
                if verbose:
                    print(f'    hidden ({hidden_method}): {h["label"]!r} [{d.state(hits[0][0])}]')
    return errs, units, hidden_method


def main():
    verbose = '-v' in sys.argv
    metas = {}
    mp = os.path.join(ROOT, 'tools', 'meta.json')
    if os.path.exists(mp):
        for m in json.load(open(mp, encoding='utf-8')):
            metas[(m['lang'], m['slug'])] = m
    total_err, pages, labels = 0, 0, 0
    methods = Counter()
    for lang in ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']:
        dpath = os.path.join(ROOT, lang)
        if not os.path.isdir(dpath):
            continue
        for f in sorted(os.listdir(dpath)):
            if not f.endswith('.html'):
                continue
            pages += 1
            path = os.path.join(dpath, f)
            meta = metas.get((lang, f[:-5]))
            if verbose:
                print(f'{lang}/{f}')
            errs, units, hm = check_page(path, meta, verbose)
            methods[hm] += 1
            labels += len(json.load(open(path[:-5] + '.expect.json', encoding='utf-8'))['ai_training'])
            if verbose:
                print(f'    {units} visible control units')
            for e in errs:
                print(f'FAIL {lang}/{f}: {e}')
            total_err += len(errs)
    # coverage per language (from tools/meta.json)
    for lang in ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']:
        ms = [m for m in metas.values() if m['lang'] == lang]
        if not ms:
            continue
        ls = [l for m in ms for l in m['labels']]
        kinds = {l['kind'] for l in ls}
        shapes = {l['shape'] for l in ls}
        probs = []
        if len(ms) != 5:
            probs.append(f'{len(ms)} pages')
        if not 14 <= len(ls) <= 16:
            probs.append(f'{len(ls)} labels')
        if len(kinds) != 9:
            probs.append(f'kinds {sorted(kinds)}')
        if shapes != set('ivhp'):
            probs.append(f'shapes {sorted(shapes)}')
        if len({m['hide'] for m in ms}) != 5:
            probs.append('hiding methods repeat within the language')
        for pr in probs:
            print(f'FAIL coverage {lang}: {pr}')
        total_err += len(probs)
    if metas and (len(methods) != 7 or set(methods.values()) != {5}):
        print(f'FAIL hiding methods not 7 x 5: {dict(methods)}')
        total_err += 1
    print(f'{pages} pages, {labels} labels, hidden methods {dict(methods)}')
    print('check.py: OK' if total_err == 0 else f'check.py: {total_err} problem(s)')
    return 1 if total_err else 0


if __name__ == '__main__':
    sys.exit(main())
