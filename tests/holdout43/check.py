#!/usr/bin/env python3
"""Self-check for blind43 (standard library only).

For every <lang>/<page>.html + .expect.json:
  * the first three lines (doctype, saved-from comment with a correct 4-digit length, <html lang>);
  * the expect file: valid JSON, exactly url/lang/notes/ai_training, same URL and language;
  * well-formed markup, unique ids, existing aria-labelledby / aria-describedby / aria-controls /
    label-for targets;
  * the skeleton: header with a search box, a language select and an account button whose menu
    is hidden; side navigation outside <main>; a footer;
  * every expected label is the computed accessible name of exactly one visible control and of
    no hidden one; no other control in <main> (nor any hidden control anywhere) has a name that
    contains it or is contained in it;
  * <main> has 15-35 visible control units, and the count matches tools/meta.json.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'}
BLOCK = {'div', 'p', 'li', 'ul', 'ol', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'tr',
         'table', 'legend', 'fieldset', 'header', 'footer', 'nav', 'dt', 'dd', 'dl', 'summary', 'details',
         'form', 'article', 'aside', 'figure', 'figcaption', 'caption', 'option', 'br', 'main', 'tbody',
         'thead', 'small'}
CONTROL_ROLES = {'switch', 'checkbox', 'button', 'link', 'tab', 'menuitem', 'menuitemcheckbox',
                 'menuitemradio', 'combobox', 'slider', 'textbox', 'spinbutton', 'searchbox', 'option'}
NAME_FROM_CONTENT = {'switch', 'checkbox', 'button', 'link', 'tab', 'menuitem', 'menuitemcheckbox',
                     'menuitemradio', 'radio', 'option'}


class Node:
    def __init__(self, tag, attrs, parent, line):
        self.tag, self.attrs, self.parent, self.line = tag, attrs, parent, line
        self.children = []

    def __repr__(self):
        return f'<{self.tag} line {self.line}>'

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def ancestors(self):
        p = self.parent
        while p is not None:
            yield p
            p = p.parent


class Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node('#root', {}, None, 0)
        self.stack = [self.root]
        self.errors = []
        self.styles = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        d = {}
        for k, v in attrs:
            if k in d:
                self.errors.append(f'line {self.getpos()[0]}: duplicate attribute {k}')
            d[k] = v if v is not None else ''
        n = Node(tag, d, self.stack[-1], self.getpos()[0])
        self.stack[-1].children.append(n)
        if tag not in VOID:
            self.stack.append(n)
        if tag == 'style':
            self._in_style = True

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if tag == 'style':
            self._in_style = False
        if len(self.stack) > 1 and self.stack[-1].tag == tag:
            self.stack.pop()
        else:
            self.errors.append(f'line {self.getpos()[0]}: unexpected </{tag}> (open: {self.stack[-1].tag})')

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)
        self.stack[-1].children.append(data)


def norm(s):
    return ' '.join(s.split()).casefold()


def ws(s):
    return ' '.join(s.split())


class Doc:
    def __init__(self, text):
        b = Builder()
        b.feed(text)
        b.close()
        self.errors = list(b.errors)
        if len(b.stack) != 1:
            self.errors.append(f'unclosed elements: {b.stack[1:]}')
        self.root = b.root
        self.all = [n for n in self.root.iter() if n is not self.root]
        self.ids = {}
        for n in self.all:
            i = n.attrs.get('id')
            if i is not None:
                if i in self.ids:
                    self.errors.append(f'duplicate id {i!r}')
                self.ids[i] = n
        self.hidden_classes = set()
        for css in b.styles:
            for sel, body in re.findall(r'([^{}]+)\{([^}]*)\}', css):
                if re.search(r'display\s*:\s*none|visibility\s*:\s*hidden', body):
                    for s in sel.split(','):
                        s = s.strip()
                        if re.fullmatch(r'\.[\w-]+', s):
                            self.hidden_classes.add(s[1:])

    # -------------------------------------------------------------- visibility
    def self_hidden(self, n):
        a = n.attrs
        if 'hidden' in a:
            return True
        if a.get('aria-hidden') == 'true':
            return True
        st = a.get('style', '')
        if re.search(r'display\s*:\s*none', st) or re.search(r'visibility\s*:\s*hidden', st):
            return True
        if set(a.get('class', '').split()) & self.hidden_classes:
            return True
        if n.tag == 'dialog' and 'open' not in a:
            return True
        if n.tag == 'template':
            return True
        return False

    def hidden(self, n):
        if self.self_hidden(n):
            return True
        return any(self.self_hidden(p) for p in n.ancestors())

    def in_tag(self, n, tag):
        return any(p.tag == tag for p in n.ancestors())

    # ------------------------------------------------------------------- names
    def text(self, n):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
                continue
            if self.self_hidden(c) or c.tag in ('style', 'script'):
                continue
            if c.attrs.get('aria-label', '').strip():
                out.append(' ' + c.attrs['aria-label'] + ' ')
                continue
            if c.tag in ('input', 'select', 'textarea'):
                continue
            t = self.text(c)
            out.append(f' {t} ' if c.tag in BLOCK else t)
        return ''.join(out)

    def name(self, n):
        a = n.attrs
        lby = a.get('aria-labelledby', '').split()
        if lby:
            parts = []
            for i in lby:
                t = self.ids.get(i)
                if t is None:
                    continue
                parts.append(self.text(t))
            s = ws(' '.join(parts))
            if s:
                return s
        if a.get('aria-label', '').strip():
            return ws(a['aria-label'])
        if n.tag in ('input', 'select', 'textarea'):
            labs = []
            i = a.get('id')
            if i:
                labs += [x for x in self.all if x.tag == 'label' and x.attrs.get('for') == i]
            labs += [p for p in n.ancestors() if p.tag == 'label']
            s = ws(' '.join(self.text(l) for l in labs))
            if s:
                return s
        if n.tag == 'fieldset':
            for c in n.children:
                if isinstance(c, Node) and c.tag == 'legend':
                    return ws(self.text(c))
        role = a.get('role')
        if n.tag in ('button', 'a', 'summary') or role in NAME_FROM_CONTENT:
            s = ws(self.text(n))
            if s:
                return s
        return ws(a.get('title', '') or a.get('placeholder', ''))

    # ---------------------------------------------------------------- controls
    def units(self):
        """Return (units, parts): units are dicts with node, name, parts; parts map node -> unit."""
        units, part_of = [], {}
        for n in self.all:
            role = n.attrs.get('role')
            if role == 'radiogroup' or (n.tag == 'fieldset' and role is None and self._fieldset_radios(n)):
                parts = [x for x in n.iter() if x is not n and (x.attrs.get('role') == 'radio' or
                         (x.tag == 'input' and x.attrs.get('type') == 'radio'))]
                u = dict(node=n, kind='radiogroup', parts=parts)
                units.append(u)
                for p in parts:
                    part_of[p] = u
            elif role == 'group':
                parts = [x for x in n.iter() if x.tag == 'button' and 'aria-pressed' in x.attrs]
                if parts:
                    u = dict(node=n, kind='segmented', parts=parts)
                    units.append(u)
                    for p in parts:
                        part_of[p] = u
        for n in self.all:
            if n in part_of:
                continue
            role = n.attrs.get('role')
            if role in ('none', 'presentation'):
                continue
            ctl = False
            if role in CONTROL_ROLES:
                ctl = True
            elif role == 'radio' or (n.tag == 'input' and n.attrs.get('type') == 'radio'):
                self.errors.append(f'line {n.line}: radio outside a radio group')
                continue
            elif n.tag == 'input' and n.attrs.get('type', 'text') != 'hidden':
                ctl = True
            elif n.tag in ('select', 'textarea', 'button'):
                ctl = True
            elif n.tag == 'a' and 'href' in n.attrs:
                ctl = True
            if ctl:
                units.append(dict(node=n, kind=role or n.tag, parts=[]))
        for u in units:
            u['name'] = self.name(u['node'])
            u['hidden'] = self.hidden(u['node'])
            u['main'] = self.in_tag(u['node'], 'main')
            for p in u['parts']:
                pass
        return units, part_of

    def _fieldset_radios(self, fs):
        def walk(n):
            for c in n.children:
                if isinstance(c, Node):
                    if c.tag == 'fieldset' or c.attrs.get('role') == 'radiogroup':
                        continue
                    if c.tag == 'input' and c.attrs.get('type') == 'radio':
                        return True
                    if walk(c):
                        return True
            return False
        return walk(fs)


def check_page(lang, html_path, meta):
    errs = []
    base = os.path.basename(html_path)[:-5]
    with open(html_path, encoding='utf-8') as f:
        text = f.read()
    lines = text.split('\n')
    if lines[0] != '<!DOCTYPE html>':
        errs.append('line 1 is not <!DOCTYPE html>')
    m = re.fullmatch(r'<!-- saved from url=\((\d{4})\)(\S+) -->', lines[1] if len(lines) > 1 else '')
    url = None
    if not m:
        errs.append('line 2 is not a saved-from comment')
    else:
        url = m.group(2)
        if int(m.group(1)) != len(url):
            errs.append(f'saved-from length {m.group(1)} != {len(url)}')
    m3 = re.match(r'<html lang="([A-Za-z-]+)">', lines[2] if len(lines) > 2 else '')
    if not m3:
        errs.append('line 3 is not <html lang="…">')
    elif m3.group(1).split('-')[0] != lang:
        errs.append(f'html lang {m3.group(1)} does not match folder {lang}')

    exp_path = html_path[:-5] + '.expect.json'
    try:
        with open(exp_path, encoding='utf-8') as f:
            exp = json.load(f)
    except Exception as e:  # noqa
        return errs + [f'expect file: {e}']
    if set(exp) != {'url', 'lang', 'notes', 'ai_training'}:
        errs.append(f'expect keys {sorted(exp)}')
    if exp.get('url') != url:
        errs.append('expect url differs from saved-from url')
    if exp.get('lang') != lang:
        errs.append('expect lang differs from folder')
    if not isinstance(exp.get('notes'), str) or not exp['notes'].strip():
        errs.append('notes missing')
    labels = exp.get('ai_training', [])
    for e in labels:
        if set(e) != {'label', 'sharing'} or not isinstance(e.get('sharing'), bool) or not isinstance(e.get('label'), str):
            errs.append(f'bad label entry {e}')
    seen = set()
    for e in labels:
        if norm(e['label']) in seen:
            errs.append(f'duplicate label {e["label"]!r}')
        seen.add(norm(e['label']))

    doc = Doc(text)
    errs += doc.errors
    # references
    for n in doc.all:
        for attr in ('aria-labelledby', 'aria-describedby', 'aria-controls'):
            for i in n.attrs.get(attr, '').split():
                if i not in doc.ids:
                    errs.append(f'line {n.line}: {attr} target {i!r} missing')
        if n.tag == 'label' and 'for' in n.attrs:
            t = doc.ids.get(n.attrs['for'])
            if t is None:
                errs.append(f'line {n.line}: label for={n.attrs["for"]!r} missing')
            elif t.tag not in ('input', 'select', 'textarea'):
                errs.append(f'line {n.line}: label for points at <{t.tag}>')

    # skeleton
    mains = [n for n in doc.all if n.tag == 'main']
    headers = [n for n in doc.all if n.tag == 'header' and not doc.in_tag(n, 'main')]
    if len(mains) != 1:
        errs.append(f'{len(mains)} <main> elements')
    if not headers:
        errs.append('no <header>')
    else:
        h = headers[0]
        hn = list(h.iter())
        if not any(x.tag == 'input' and x.attrs.get('type') == 'search' for x in hn):
            errs.append('header has no search box')
        if not any(x.tag == 'select' for x in hn):
            errs.append('header has no language select')
        acct = [x for x in hn if x.tag == 'button' and x.attrs.get('aria-controls') and x.attrs.get('aria-haspopup')]
        if not acct:
            errs.append('header has no account-menu button')
        else:
            menu = doc.ids.get(acct[0].attrs['aria-controls'])
            if menu is None or 'hidden' not in menu.attrs:
                errs.append('account menu is not hidden')
    if not any(n.tag == 'nav' and not doc.in_tag(n, 'main') and not doc.in_tag(n, 'footer') for n in doc.all):
        errs.append('no side navigation')
    if not any(n.tag == 'footer' for n in doc.all):
        errs.append('no footer')

    units, part_of = doc.units()
    vis_main = [u for u in units if u['main'] and not u['hidden']]
    hidden_units = [u for u in units if u['hidden']]
    for u in vis_main:
        if not u['name']:
            errs.append(f'line {u["node"].line}: visible control in <main> without a name')
    if not 15 <= len(vis_main) <= 35:
        errs.append(f'{len(vis_main)} visible control units in <main> (want 15-35)')
    if meta is None:
        errs.append('no meta.json entry')
    else:
        if meta['units'] != len(vis_main):
            errs.append(f'meta.json says {meta["units"]} units, page has {len(vis_main)}')
        if meta['labelled'] != len(labels):
            errs.append('meta.json labelled count differs from expect')
        if meta['hidden'] < 1:
            errs.append('no hidden AI-training decoy')
        if len(hidden_units) < meta['hidden']:
            errs.append('fewer hidden controls than meta.json hidden decoys')

    visible_all = [u for u in units if not u['hidden']]
    for e in labels:
        L = norm(e['label'])
        hits = [u for u in visible_all if norm(u['name']) == L]
        if len(hits) != 1:
            errs.append(f'label {e["label"]!r}: {len(hits)} visible controls carry this name')
            continue
        hit = hits[0]
        if not hit['main']:
            errs.append(f'label {e["label"]!r}: control is outside <main>')
        for u in vis_main + hidden_units:
            if u is hit:
                continue
            n = norm(u['name'])
            if n and (L in n or n in L):
                errs.append(f'label {e["label"]!r} ambiguous with {"hidden " if u["hidden"] else ""}'
                            f'control {u["name"]!r} (line {u["node"].line})')
        # parts of other groups (options of radio groups, segmented buttons)
        for u in vis_main + hidden_units:
            if u is hit:
                continue
            for p in u['parts']:
                pn = norm(doc.name(p))
                if pn and (pn == L or L in pn or (pn in L and len(pn.split()) >= 3)):
                    errs.append(f'label {e["label"]!r} ambiguous with option {doc.name(p)!r} (line {p.line})')
    return errs


def main():
    meta_path = os.path.join(ROOT, 'tools', 'meta.json')
    meta = {}
    if os.path.exists(meta_path):
        with open(meta_path, encoding='utf-8') as f:
            for m in json.load(f):
                meta[(m['lang'], m['page'])] = m
    total_err = 0
    n_pages = 0
    n_labels = 0
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        if not os.path.isdir(d):
            print(f'missing folder {lang}')
            total_err += 1
            continue
        pages = sorted(f for f in os.listdir(d) if f.endswith('.html'))
        if len(pages) != 5:
            print(f'{lang}: {len(pages)} pages (want 5)')
            total_err += 1
        for p in pages:
            n_pages += 1
            path = os.path.join(d, p)
            errs = check_page(lang, path, meta.get((lang, p[:-5])))
            with open(path[:-5] + '.expect.json', encoding='utf-8') as f:
                try:
                    n_labels += len(json.load(f)['ai_training'])
                except Exception:  # noqa
                    pass
            for e in errs:
                print(f'{lang}/{p}: {e}')
            total_err += len(errs)
        for f in os.listdir(d):
            if f.endswith('.expect.json') and f[:-12] + '.html' not in pages:
                print(f'{lang}/{f}: expect file without page')
                total_err += 1
    print(f'{n_pages} pages, {n_labels} labelled controls, {total_err} problem(s)')
    return 1 if total_err else 0


if __name__ == '__main__':
    sys.exit(main())
