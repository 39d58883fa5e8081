#!/usr/bin/env python3
"""Self-check for the blind52 set. Standard library only; shares no code with tools/.

For every page: parses the HTML with html.parser into its own tree, computes
visibility and accessible names, and checks that
  * the file starts with <!DOCTYPE html>, a correct saved-from comment and <html lang>;
  * the page has a header with a search box, a language select and an account
    button whose menu is hidden, a side navigation and a footer;
  * every expected label equals the accessible name of a visible control, and
    every visible control whose name is in the label list is listed (multisets);
  * the hidden AI-training decoys recorded in tools/meta.json exist, are
    controls, and are not visible; every page has at least one;
  * <main> holds 15-35 visible control units and the count matches meta.json;
  * the counts in README.md match what this script computes.
"""
import collections
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'}
BLOCK = {'div', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'td', 'th', 'tr', 'table', 'section',
         'fieldset', 'legend', 'caption', 'br', 'details', 'summary', 'dialog', 'header', 'footer', 'nav', 'main',
         'form', 'article', 'aside', 'label_block'}
NAME_FROM_CONTENT_ROLES = {'button', 'switch', 'checkbox', 'tab', 'radio', 'menuitem', 'link', 'option'}


class Node:
    __slots__ = ('tag', 'attrs', 'children', 'parent', 'text')

    def __init__(self, tag, attrs=None, parent=None, text=None):
        self.tag, self.attrs, self.parent, self.text = tag, dict(attrs or {}), parent, text
        self.children = []

    def get(self, k, d=None):
        return self.attrs.get(k, d)

    def iter(self):
        yield self
        for c in self.children:
            if c.tag is not None:
                yield from c.iter()

    def ancestors(self):
        n = self.parent
        while n is not None:
            yield n
            n = n.parent


class TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node('#document')
        self.cur = self.root
        self.styles = []
        self._in_style = False
        self.comments = []

    def handle_starttag(self, tag, attrs):
        n = Node(tag, [(k, v if v is not None else '') for k, v in attrs], self.cur)
        self.cur.children.append(n)
        if tag == 'style':
            self._in_style = True
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        n = Node(tag, [(k, v if v is not None else '') for k, v in attrs], self.cur)
        self.cur.children.append(n)

    def handle_endtag(self, tag):
        if tag == 'style':
            self._in_style = False
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)
        self.cur.children.append(Node(None, parent=self.cur, text=data))

    def handle_comment(self, data):
        self.comments.append(data)


def norm(s):
    return re.sub(r'\s+', ' ', s or '').strip()


class Doc:
    def __init__(self, src):
        b = TreeBuilder()
        b.feed(src)
        b.close()
        self.root = b.root
        self.comments = b.comments
        css = ' '.join(b.styles)
        self.hide_classes = set()
        for sel, body in re.findall(r'([^{}]+)\{([^}]*)\}', css):
            if re.search(r'display\s*:\s*none', body) or re.search(r'visibility\s*:\s*hidden', body):
                for part in sel.split(','):
                    m = re.fullmatch(r'\s*\.([\w-]+)\s*', part)
                    if m:
                        self.hide_classes.add(m.group(1))
        self.by_id = {}
        for n in self.root.iter():
            if n.get('id'):
                assert n.get('id') not in self.by_id, 'duplicate id ' + n.get('id')
                self.by_id[n.get('id')] = n

    # ---------------------------------------------------------- visibility
    def self_hidden(self, n):
        if n.tag is None or n.tag == '#document':
            return None
        if 'hidden' in n.attrs:
            return 'hidden'
        st = n.get('style', '').replace(' ', '').lower()
        if 'display:none' in st:
            return 'display'
        if 'visibility:hidden' in st:
            return 'visibility'
        if set(n.get('class', '').split()) & self.hide_classes:
            return 'class'
        if n.get('aria-hidden') == 'true':
            return 'aria'
        if n.tag == 'dialog' and 'open' not in n.attrs:
            return 'dialog'
        return None

    def hidden_by(self, n):
        for a in [n] + list(n.ancestors()):
            h = self.self_hidden(a)
            if h:
                if h == 'hidden' and a.get('role') == 'tabpanel':
                    return 'tab'
                return h
        return None

    # ---------------------------------------------------------- names
    def text_of(self, n, root=True):
        if n.tag is None:
            return n.text
        if not root and self.self_hidden(n):
            return ''
        if n.tag in ('script', 'style'):
            return ''
        if n.tag == 'input':
            t = n.get('type', 'text')
            if t in ('checkbox', 'radio', 'hidden'):
                return ''
            if t in ('button', 'submit', 'reset'):
                return n.get('value', '')
            return n.get('value', '')
        if n.tag == 'select':
            for o in n.iter():
                if o.tag == 'option' and 'selected' in o.attrs:
                    return self.text_of(o, True)
            return ''
        if n.tag == 'img':
            return n.get('alt', '')
        parts = [self.text_of(c, False) for c in n.children]
        s = ''.join(parts)
        if n.tag in BLOCK:
            s = ' ' + s + ' '
        return s

    def name(self, n):
        lb = n.get('aria-labelledby')
        if lb:
            out = []
            for i in lb.split():
                r = self.by_id.get(i)
                assert r is not None, 'aria-labelledby points nowhere: ' + i
                out.append(norm(self.text_of(r, True)))
            return norm(' '.join(out))
        if norm(n.get('aria-label')):
            return norm(n.get('aria-label'))
        if n.tag in ('input', 'select', 'textarea') and n.get('type') not in ('button', 'submit', 'reset'):
            labs = []
            if n.get('id'):
                for l in self.root.iter():
                    if l.tag == 'label' and l.get('for') == n.get('id'):
                        labs.append(norm(self.text_of(l, True)))
            for a in n.ancestors():
                if a.tag == 'label' and not a.get('for'):
                    labs.append(norm(self.text_of(a, True)))
            if labs:
                return norm(' '.join(labs))
        if n.tag == 'fieldset':
            for c in n.children:
                if c.tag == 'legend':
                    return norm(self.text_of(c, True))
        role = n.get('role')
        if n.tag == 'button' or role in NAME_FROM_CONTENT_ROLES:
            t = norm(self.text_of(n, True))
            if t:
                return t
        if n.tag == 'input' and n.get('type') in ('button', 'submit', 'reset'):
            return norm(n.get('value'))
        return norm(n.get('title'))

    # ---------------------------------------------------------- controls
    def controls(self):
        """returns list of (node, kind); a radio group or an aria-pressed
        group is one control."""
        out, seen = [], set()
        for n in self.root.iter():
            if n.tag is None:
                continue
            if n.tag == 'input' and n.get('type') == 'radio':
                g = next((a for a in n.ancestors() if a.tag == 'fieldset' or a.get('role') == 'radiogroup'), None)
                assert g is not None, 'radio outside a group'
                if id(g) not in seen:
                    seen.add(id(g))
                    out.append((g, 'radio-group'))
                continue
            if n.tag == 'button' and n.get('aria-pressed') is not None:
                g = next((a for a in n.ancestors() if a.get('role') == 'group'), None)
                assert g is not None, 'aria-pressed button outside a group'
                if id(g) not in seen:
                    seen.add(id(g))
                    out.append((g, 'pressed-group'))
                continue
            if n.tag == 'input' and n.get('type') == 'hidden':
                continue
            if n.tag in ('input', 'select', 'textarea', 'button') or n.get('role') in ('switch', 'checkbox', 'tab', 'button'):
                out.append((n, n.get('role') or n.tag))
        return out

    def in_tag(self, n, tag):
        return any(a.tag == tag for a in n.ancestors())


def fail(errors, page, msg):
    errors.append(f'{page}: {msg}')


def main():
    errors = []
    meta = json.load(open(os.path.join(ROOT, 'tools', 'meta.json'), encoding='utf-8'))
    meta_by = {(m['lang'], m['page']): m for m in meta}
    computed = {}
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        if not os.path.isdir(d):
            fail(errors, lang, 'folder missing')
            continue
        pages = sorted(f[:-5] for f in os.listdir(d) if f.endswith('.html'))
        if len(pages) != 5:
            fail(errors, lang, f'{len(pages)} pages, expected 5')
        for pg in pages:
            key = f'{lang}/{pg}'
            src = open(os.path.join(d, pg + '.html'), encoding='utf-8').read()
            exp = json.load(open(os.path.join(d, pg + '.expect.json'), encoding='utf-8'))
            m = meta_by.get((lang, pg))
            if m is None:
                fail(errors, key, 'missing from meta.json')
                continue
            if set(exp) != {'url', 'lang', 'notes', 'ai_training'}:
                fail(errors, key, 'expect keys ' + str(sorted(exp)))
            for e in exp['ai_training']:
                if set(e) != {'label', 'sharing'} or not isinstance(e['sharing'], bool) or not isinstance(e['label'], str):
                    fail(errors, key, 'bad entry ' + repr(e))
            lines = src.split('\n')
            if lines[0] != '<!DOCTYPE html>':
                fail(errors, key, 'first line is not <!DOCTYPE html>')
            mm = re.fullmatch(r'<!-- saved from url=\((\d{4})\)(\S+) -->', lines[1])
            if not mm or int(mm.group(1)) != len(mm.group(2)) or mm.group(2) != exp['url']:
                fail(errors, key, 'saved-from comment wrong')
            hl = re.match(r'<html lang="([^"]+)">', lines[2])
            if not hl or hl.group(1).split('-')[0] != lang or exp['lang'] != lang:
                fail(errors, key, 'html lang / expect lang wrong')
            doc = Doc(src)
            # chrome
            header = next((n for n in doc.root.iter() if n.tag == 'header'), None)
            if header is None:
                fail(errors, key, 'no header')
            else:
                hs = list(header.iter())
                if not any(n.tag == 'input' and n.get('type') == 'search' for n in hs):
                    fail(errors, key, 'no search box')
                if not any(n.tag == 'select' for n in hs):
                    fail(errors, key, 'no language select')
                acct = [n for n in hs if n.tag == 'button' and n.get('aria-controls')]
                if not acct or doc.self_hidden(doc.by_id[acct[0].get('aria-controls')]) != 'hidden':
                    fail(errors, key, 'account menu missing or not hidden')
            if not any(n.tag == 'nav' for n in doc.root.iter()) or not any(n.tag == 'footer' for n in doc.root.iter()):
                fail(errors, key, 'no nav or footer')
            main_el = next(n for n in doc.root.iter() if n.tag == 'main')
            ctrls = doc.controls()
            visible = [(n, k) for n, k in ctrls if not doc.hidden_by(n)]
            in_main = [(n, k) for n, k in visible if doc.in_tag(n, 'main')]
            units = len(in_main)
            if not 15 <= units <= 35:
                fail(errors, key, f'{units} visible control units in main')
            if units != m['units']:
                fail(errors, key, f'units: computed {units}, meta {m["units"]}')
            names = collections.Counter(doc.name(n) for n, k in visible)
            want = collections.Counter(e['label'] for e in exp['ai_training'])
            for lab, c in want.items():
                if names.get(lab, 0) != c:
                    fail(errors, key, f'label {lab!r}: {c} expected, {names.get(lab, 0)} visible controls with that name')
            for n, k in visible:
                if not doc.name(n):
                    fail(errors, key, f'visible control without a name: <{n.tag} id={n.get("id")}>')
            # meta labels agree with expect
            if [(l['label'], l['sharing']) for l in m['labels']] != [(e['label'], e['sharing']) for e in exp['ai_training']]:
                fail(errors, key, 'meta labels differ from expect')
            for l in m['labels']:
                n = doc.by_id.get(l['id'])
                if n is None or doc.hidden_by(n) or doc.name(n) != l['label']:
                    fail(errors, key, f'labelled control {l["id"]} missing, hidden or misnamed')
            # hidden decoys
            if not m['hidden_decoys']:
                fail(errors, key, 'no hidden AI-training decoy')
            mechs = []
            for h in m['hidden_decoys']:
                n = doc.by_id.get(h['id'])
                if n is None or n not in [c for c, _ in ctrls]:
                    fail(errors, key, f'hidden decoy {h["id"]} not found as a control')
                    continue
                hb = doc.hidden_by(n)
                if not hb:
                    fail(errors, key, f'hidden decoy {h["id"]} is visible')
                elif hb != h['mechanism']:
                    fail(errors, key, f'hidden decoy {h["id"]} hidden by {hb}, meta says {h["mechanism"]}')
                if doc.name(n) in want:
                    fail(errors, key, f'hidden decoy {h["id"]} shares a listed label')
                mechs.append(hb or 'VISIBLE')
            # closed details are listed
            for n, k in visible:
                if any(a.tag == 'details' and 'open' in a.attrs for a in n.ancestors()):
                    fail(errors, key, 'open <details> used; sets should use closed ones')
            computed[key] = dict(lang=lang, units=units, labelled=len(exp['ai_training']),
                                 t=sum(e['sharing'] for e in exp['ai_training']),
                                 f=sum(not e['sharing'] for e in exp['ai_training']),
                                 known=m['known'], shapes=collections.Counter(l['shape'] for l in m['labels']),
                                 mechs=mechs, url=exp['url'], service=m['service'])
    # README
    readme = open(os.path.join(ROOT, 'README.md'), encoding='utf-8').read()
    rows = {}
    for line in readme.split('\n'):
        cells = [c.strip() for c in line.strip().strip('|').split('|')]
        if line.startswith('|') and len(cells) == 12 and cells[0].strip('*') in LANGS + ['total']:
            rows[cells[0].strip('*')] = cells
    tot = collections.Counter()
    tot_mechs = collections.Counter()
    for lang in LANGS + ['total']:
        if lang == 'total':
            ps = list(computed.values())
        else:
            ps = [v for v in computed.values() if v['lang'] == lang]
        sh = collections.Counter()
        mc = collections.Counter()
        for v in ps:
            sh.update(v['shapes'])
            mc.update(v['mechs'])
        exp_cells = [str(len(ps)), str(sum(v['known'] for v in ps)), str(sum(v['units'] for v in ps)),
                     str(sum(v['labelled'] for v in ps)), str(sum(v['t'] for v in ps)), str(sum(v['f'] for v in ps)),
                     str(sh['i']), str(sh['v']), str(sh['h']), str(sh['p'])]
        got = rows.get(lang)
        if got is None:
            errors.append(f'README: no counts row for {lang}')
            continue
        got_cells = [c.strip('*') for c in got[1:11]]
        if got_cells != exp_cells:
            errors.append(f'README counts for {lang}: {got_cells} != {exp_cells}')
        mech_txt = ', '.join(f'{k} {mc[k]}' for k in sorted(mc))
        if got[11].strip('*') != mech_txt:
            errors.append(f'README mechanisms for {lang}: {got[11]!r} != {mech_txt!r}')
    for key, v in computed.items():
        lang, pg = key.split('/')
        if not re.search(r'^\| ' + lang + r' \| ' + re.escape(pg) + r' \| .* \| ' + re.escape(v['url']) + r' \| '
                         + str(v['labelled']) + r' \|$', readme, re.M):
            errors.append(f'README: page row for {key} missing or wrong')
    n = sum(v['labelled'] for v in computed.values())
    if errors:
        print('\n'.join(errors))
        print(f'FAIL: {len(errors)} problem(s)')
        sys.exit(1)
    print(f'OK: {len(computed)} pages, {n} labelled controls '
          f'({sum(v["t"] for v in computed.values())} sharing, {sum(v["f"] for v in computed.values())} not), '
          f'{sum(v["units"] for v in computed.values())} control units, '
          f'{sum(len(v["mechs"]) for v in computed.values())} hidden decoys; README counts match')


if __name__ == '__main__':
    main()
