#!/usr/bin/env python3
"""Self-check for the blind56 holdout set. Standard library only; independent of tools/lib.py.

For every page:
  * file starts with <!DOCTYPE html>, then the saved-from comment (4-digit URL length), then <html lang=…>;
    the URL and lang agree with the expect file;
  * every expected label equals the computed accessible name of a visible control, and every
    visible control bearing a listed name is listed (same multiplicity);
  * the hidden AI-training decoys recorded in tools/meta.json exist and really are hidden;
  * the page has 15–35 visible control units in <main>, matching meta.json;
  * expect file and meta.json agree.
Then the per-language counts in README.md must equal the recomputed ones.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'}


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children = []

    def get(self, k, d=None):
        return self.attrs.get(k, d)

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


class Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node('#root', {}, None)
        self.cur = self.root
        self.styles = []
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        n = Node(tag, [(k, v if v is not None else '') for k, v in attrs], self.cur)
        self.cur.children.append(n)
        if tag == 'style':
            self.in_style = True
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        n = Node(tag, [(k, v if v is not None else '') for k, v in attrs], self.cur)
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
            raise ValueError(f'unclosed <{self.cur.tag}> before </{tag}>')
        if tag == 'style':
            self.in_style = False
        self.cur = n.parent

    def handle_data(self, data):
        if self.in_style:
            self.styles.append(data)
        self.cur.children.append(data)


class Doc:
    def __init__(self, text):
        p = Parser()
        p.feed(text)
        p.close()
        self.root = p.root
        self.hide_classes = set(re.findall(r'\.([\w-]+)\s*\{[^}]*display\s*:\s*none', ''.join(p.styles)))
        self.byid = {}
        for n in self.root.iter():
            if 'id' in n.attrs:
                if n.attrs['id'] in self.byid:
                    raise ValueError(f'duplicate id {n.attrs["id"]}')
                self.byid[n.attrs['id']] = n
        self.labels_for = {}
        for n in self.root.iter():
            if n.tag == 'label' and n.get('for'):
                self.labels_for.setdefault(n.get('for'), []).append(n)

    # ---- visibility ----
    def self_hidden(self, n):
        if n.tag == '#root':
            return False
        if 'hidden' in n.attrs or n.get('aria-hidden') == 'true':
            return True
        st = re.sub(r'\s+', '', n.get('style', '').lower())
        if 'display:none' in st or 'visibility:hidden' in st:
            return True
        if set(n.get('class', '').split()) & self.hide_classes:
            return True
        if n.tag == 'dialog' and 'open' not in n.attrs:
            return True
        if n.tag == 'template':
            return True
        return False

    def visible(self, n):
        return not any(self.self_hidden(x) for x in [n, *n.ancestors()])

    # ---- accessible names ----
    def text(self, n, skip=None):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
            elif c is skip or self.self_hidden(c):
                continue
            elif c.tag in ('input', 'select', 'textarea', 'style', 'script'):
                continue
            else:
                out.append(' ' + self.text(c, skip) + ' ' if c.tag not in ('span', 'strong', 'em', 'b', 'i', 'a', 'abbr') else self.text(c, skip))
        return ''.join(out)

    def name(self, n):
        lb = n.get('aria-labelledby')
        if lb:
            parts = []
            for i in lb.split():
                t = self.byid.get(i)
                if t is None:
                    raise ValueError(f'aria-labelledby target {i} missing')
                parts.append(norm(t.get('aria-label') or self.text(t)) if t is not n else norm(self.text(t)))
            return norm(' '.join(parts))
        if n.get('aria-label'):
            return norm(n.get('aria-label'))
        if n.tag in ('input', 'select', 'textarea'):
            labs = self.labels_for.get(n.get('id'), [])
            if labs:
                return norm(' '.join(self.text(l) for l in labs))
            for a in n.ancestors():
                if a.tag == 'label':
                    return norm(self.text(a, skip=n))
            return norm(n.get('title', '') or n.get('placeholder', ''))
        if n.tag == 'fieldset':
            for c in n.children:
                if isinstance(c, Node) and c.tag == 'legend':
                    return norm(self.text(c))
            return ''
        if n.tag == 'button' or n.get('role') in ('switch', 'checkbox', 'button', 'tab'):
            return norm(self.text(n))
        return norm(n.get('title', ''))

    # ---- controls ----
    def controls(self):
        """(node, kind). A radio group or a group of aria-pressed buttons is one control."""
        out = []
        grouped = set()
        for n in self.root.iter():
            radios = [x for x in n.iter() if x.tag == 'input' and x.get('type') == 'radio'] if n.tag == 'fieldset' or n.get('role') == 'radiogroup' else []
            if radios:
                out.append((n, 'radiogroup'))
                grouped.update(map(id, radios))
            if n.get('role') == 'group':
                pressed = [x for x in n.iter() if x.tag == 'button' and 'aria-pressed' in x.attrs]
                if pressed:
                    out.append((n, 'pressed-group'))
                    grouped.update(map(id, pressed))
        for n in self.root.iter():
            if id(n) in grouped:
                continue
            if n.tag == 'input' and n.get('type') != 'hidden':
                out.append((n, 'input'))
            elif n.tag in ('select', 'textarea', 'button'):
                out.append((n, n.tag))
            elif n.tag not in ('input', 'button') and n.get('role') in ('switch', 'checkbox'):
                out.append((n, 'aria-' + n.get('role')))
        return out

    def in_main(self, n):
        return any(a.tag == 'main' for a in n.ancestors())


def check_page(lang, base, meta, errors):
    path = os.path.join(ROOT, lang, base)
    text = open(path + '.html', encoding='utf-8').read()
    exp = json.load(open(path + '.expect.json', encoding='utf-8'))
    where = f'{lang}/{base}'
    lines = text.split('\n')
    if lines[0] != '<!DOCTYPE html>':
        errors.append(f'{where}: first line is not <!DOCTYPE html>')
    m = re.fullmatch(r'<!-- saved from url=\((\d{4})\)(\S+) -->', lines[1])
    if not m or int(m.group(1)) != len(m.group(2)):
        errors.append(f'{where}: bad saved-from comment')
    elif m.group(2) != exp['url']:
        errors.append(f'{where}: URL differs from expect file')
    if not re.match(rf'<html lang="{lang}(-[A-Z]{{2}})?"', lines[2]) or exp['lang'] != lang:
        errors.append(f'{where}: html lang / expect lang mismatch')
    if set(exp) != {'url', 'lang', 'notes', 'ai_training'}:
        errors.append(f'{where}: expect keys {sorted(exp)}')
    doc = Doc(text)
    ctrls = doc.controls()
    vis = [(n, k, doc.name(n)) for n, k in ctrls if doc.visible(n)]
    names = {}
    for n, k, nm in vis:
        names[nm] = names.get(nm, 0) + 1
    want = {}
    for e in exp['ai_training']:
        if set(e) != {'label', 'sharing'} or not isinstance(e['sharing'], bool):
            errors.append(f'{where}: bad entry {e}')
        want[e['label']] = want.get(e['label'], 0) + 1
    for lab, cnt in want.items():
        if names.get(lab, 0) == 0:
            errors.append(f'{where}: label not the name of any visible control: {lab!r}')
        elif names[lab] != cnt:
            errors.append(f'{where}: {names[lab]} visible controls named {lab!r}, {cnt} listed')
    units = sum(1 for n, k, nm in vis if doc.in_main(n))
    if not 15 <= units <= 35:
        errors.append(f'{where}: {units} visible control units in <main>')
    if units != meta['units']:
        errors.append(f'{where}: {units} units counted, meta says {meta["units"]}')
    if [(l['label'], l['sharing']) for l in meta['labelled']] != [(e['label'], e['sharing']) for e in exp['ai_training']]:
        errors.append(f'{where}: expect file and meta.json disagree')
    if not meta['hidden_ai']:
        errors.append(f'{where}: no hidden AI-training decoy')
    for h in meta['hidden_ai']:
        n = doc.byid.get(h['id'])
        if n is None:
            errors.append(f'{where}: hidden decoy {h["id"]} missing')
        elif doc.visible(n):
            errors.append(f'{where}: hidden decoy {h["id"]} is visible')
        elif not doc.in_main(n):
            errors.append(f'{where}: hidden decoy {h["id"]} outside <main>')
    # every control in main must have a non-empty name
    for n, k, nm in vis:
        if not nm:
            errors.append(f'{where}: visible {k} without a name ({n.attrs.get("id")})')
    # the account menu must be hidden
    menu = doc.byid.get('account-menu')
    if menu is None or doc.visible(menu):
        errors.append(f'{where}: account menu missing or not hidden')
    return units


def main():
    errors = []
    meta = json.load(open(os.path.join(ROOT, 'tools', 'meta.json'), encoding='utf-8'))
    bykey = {(m['lang'], m['page']): m for m in meta}
    rows = {}
    seen = set()
    for lang in LANGS:
        files = sorted(f[:-len('.expect.json')] for f in os.listdir(os.path.join(ROOT, lang)) if f.endswith('.expect.json'))
        if len(files) != 5:
            errors.append(f'{lang}: {len(files)} pages')
        r = dict(pages=0, known=0, units=0, labelled=0, t=0, f=0, i=0, v=0, h=0, p=0, mechs=set())
        for base in files:
            m = bykey.get((lang, base))
            if m is None:
                errors.append(f'{lang}/{base}: not in meta.json')
                continue
            seen.add((lang, base))
            u = check_page(lang, base, m, errors)
            exp = json.load(open(os.path.join(ROOT, lang, base + '.expect.json'), encoding='utf-8'))
            r['pages'] += 1
            r['known'] += bool(m['known'])
            r['units'] += u
            r['labelled'] += len(exp['ai_training'])
            r['t'] += sum(e['sharing'] for e in exp['ai_training'])
            r['f'] += sum(not e['sharing'] for e in exp['ai_training'])
            for l in m['labelled']:
                r[l['shape']] += 1
            r['mechs'].update(h['mech'] for h in m['hidden_ai'])
        rows[lang] = r
    if seen != set(bykey):
        errors.append('meta.json lists pages that are not on disk')
    # README counts
    readme = open(os.path.join(ROOT, 'README.md'), encoding='utf-8').read()
    if not readme.startswith('# blind56 — blind evaluation set: housing, real estate, renting, property management, construction and home renovation\n'):
        errors.append('README title line')
    tot = {k: 0 for k in ['pages', 'known', 'units', 'labelled', 't', 'f', 'i', 'v', 'h', 'p']}
    for lang, r in rows.items():
        for k in tot:
            tot[k] += r[k]
        cells = [lang] + [str(r[k]) for k in tot] + [str(len(r['mechs']))]
        if not re.search(r'^\| ' + r' \| '.join(re.escape(c) for c in cells[:-1]) + r' \| ' + cells[-1] + r' \(', readme, re.M):
            errors.append(f'README counts row for {lang} does not match: {cells}')
    cells = ['**total**'] + [f'**{tot[k]}**' for k in tot]
    if not re.search(r'^\| ' + r' \| '.join(re.escape(c) for c in cells) + r' \|', readme, re.M):
        errors.append(f'README totals row does not match: {cells}')
    if errors:
        print('\n'.join(errors))
        print(f'FAIL: {len(errors)} problem(s)')
        sys.exit(1)
    print(f'OK: {tot["pages"]} pages, {tot["known"]} known services, {tot["units"]} control units, '
          f'{tot["labelled"]} labelled ({tot["t"]} sharing, {tot["f"]} not); shapes i={tot["i"]} v={tot["v"]} h={tot["h"]} p={tot["p"]}')


if __name__ == '__main__':
    main()
