#!/usr/bin/env python3
"""Self-check of the blind38 set (standard library only).

For every <lang>/<page>.html and its .expect.json:
  * the three first lines (doctype, saved-from comment with the right length, <html lang>);
  * the expect file: exactly url, lang, notes, ai_training; same URL and language;
  * well-formed markup, unique ids, existing aria-labelledby / aria-describedby /
    aria-controls / label-for targets;
  * the skeleton: header with a search box, a language select and an account-menu
    button whose menu is `hidden`; a nav; a main; a footer;
  * every expected label is the computed accessible name of exactly one visible control
    unit and of no hidden one; no other unit in <main> (or hidden anywhere) has a name
    that contains it or is contained in it;
  * the state shown agrees with `sharing` (from the polarity recorded in tools/meta.json);
  * the hidden AI-training decoys recorded in meta.json exist and are hidden;
  * <main> has 15-35 visible control units, and that number matches meta.json.
"""
import glob
import json
import os
import re
import sys
import unicodedata
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'}
INLINE = {'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'label', 'mark', 'q',
          's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'button', 'output'}
CTRL_ROLES = {'switch', 'checkbox', 'radio', 'button', 'link', 'tab', 'slider', 'combobox', 'textbox', 'menuitem',
              'menuitemcheckbox', 'menuitemradio', 'spinbutton', 'searchbox'}
CONTENT_ROLES = {'switch', 'checkbox', 'radio', 'button', 'link', 'tab', 'menuitem', 'menuitemcheckbox',
                 'menuitemradio', 'option'}


class Node:
    __slots__ = ('tag', 'attrs', 'children', 'parent', 'text', 'line')

    def __init__(self, tag, attrs=None, parent=None, text=None, line=0):
        self.tag, self.attrs, self.parent, self.text, self.line = tag, attrs or {}, parent, text, line
        self.children = []

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


class Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node('#root')
        self.cur = self.root
        self.errors = []

    def _attrs(self, tag, attrs):
        d = {}
        for k, v in attrs:
            if k in d:
                self.errors.append('duplicate attribute %s on <%s> line %d' % (k, tag, self.getpos()[0]))
            d[k] = '' if v is None else v
        return d

    def handle_starttag(self, tag, attrs):
        n = Node(tag, self._attrs(tag, attrs), self.cur, line=self.getpos()[0])
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID:
            self.errors.append('self-closing non-void <%s/> line %d' % (tag, self.getpos()[0]))
        self.cur.children.append(Node(tag, self._attrs(tag, attrs), self.cur, line=self.getpos()[0]))

    def handle_endtag(self, tag):
        if tag in VOID:
            self.errors.append('end tag for void </%s> line %d' % (tag, self.getpos()[0]))
            return
        if self.cur.tag != tag:
            self.errors.append('mismatched </%s> (open <%s>) line %d' % (tag, self.cur.tag, self.getpos()[0]))
            return
        self.cur = self.cur.parent

    def handle_data(self, data):
        self.cur.children.append(Node(None, parent=self.cur, text=data))

    def close(self):
        super().close()
        if self.cur is not self.root:
            self.errors.append('unclosed <%s>' % self.cur.tag)


def ws(s):
    return re.sub(r'\s+', ' ', s).strip()


def key(s):
    s = unicodedata.normalize('NFKC', s).casefold()
    s = ''.join(ch if ch.isalnum() else ' ' for ch in s)
    return ' '.join(s.split())


class Doc:
    def __init__(self, text):
        b = Builder()
        b.feed(text)
        b.close()
        self.errors = list(b.errors)
        self.root = b.root
        self.all = [n for n in self.root.iter() if n is not self.root]
        self.ids = {}
        for n in self.all:
            i = n.attrs.get('id')
            if i is not None:
                if i in self.ids:
                    self.errors.append('duplicate id %s' % i)
                self.ids[i] = n
        css = ''.join(''.join(c.text for c in n.children if c.tag is None) for n in self.all if n.tag == 'style')
        css = re.sub(r'/\*.*?\*/', '', css, flags=re.S)
        self.hide_classes = set()
        for sel, body in re.findall(r'([^{}]+)\{([^{}]*)\}', css):
            if re.search(r'display\s*:\s*none', body) or re.search(r'visibility\s*:\s*hidden', body):
                for s in sel.split(','):
                    s = s.strip()
                    if re.fullmatch(r'\.[\w-]+', s):
                        self.hide_classes.add(s[1:])
        self.label_for = {}
        for n in self.all:
            if n.tag == 'label' and 'for' in n.attrs:
                self.label_for.setdefault(n.attrs['for'], []).append(n)
        self._hid = {}

    # ---------------------------------------------------------- visibility
    def self_hidden(self, n):
        a = n.attrs
        if 'hidden' in a or a.get('aria-hidden') == 'true':
            return True
        st = a.get('style', '')
        if re.search(r'display\s*:\s*none', st) or re.search(r'visibility\s*:\s*hidden', st):
            return True
        if any(c in self.hide_classes for c in a.get('class', '').split()):
            return True
        if n.tag == 'dialog' and 'open' not in a:
            return True
        return n.tag in ('template', 'script', 'style', 'head', 'title')

    def hidden(self, n):
        if id(n) not in self._hid:
            self._hid[id(n)] = self.self_hidden(n) or (n.parent is not None and n.parent is not self.root and self.hidden(n.parent))
        return self._hid[id(n)]

    # ---------------------------------------------------------- names
    def text_of(self, n):
        parts = []
        for c in n.children:
            if c.tag is None:
                parts.append(c.text)
                continue
            if self.self_hidden(c):
                continue
            if c.tag == 'input':
                t = c.attrs.get('value', '') if c.attrs.get('type', 'text') in ('text', 'search', 'email', 'number', 'tel', 'url') else ''
            elif c.tag == 'select':
                opts = [o for o in c.iter() if o.tag == 'option']
                sel = [o for o in opts if 'selected' in o.attrs] or opts[:1]
                t = self.text_of(sel[0]) if sel else ''
            elif c.tag == 'img':
                t = c.attrs.get('alt', '')
            elif c.attrs.get('aria-label', '').strip():
                t = c.attrs['aria-label']
            else:
                t = self.text_of(c)
            parts.append(t if c.tag in INLINE else ' %s ' % t)
        return ''.join(parts)

    def name(self, n):
        a = n.attrs
        if a.get('aria-labelledby', '').strip():
            out = []
            for i in a['aria-labelledby'].split():
                r = self.ids.get(i)
                if r is None:
                    continue
                out.append(r.attrs['aria-label'] if r.attrs.get('aria-label', '').strip() else self.text_of(r))
            return ws(' '.join(out))
        if a.get('aria-label', '').strip():
            return ws(a['aria-label'])
        tag, role = n.tag, a.get('role')
        typ = a.get('type', 'text')
        if tag in ('input', 'select', 'textarea') and typ not in ('button', 'submit', 'reset', 'image'):
            labels = list(self.label_for.get(a.get('id'), [])) if a.get('id') else []
            for anc in n.ancestors():
                if anc.tag == 'label' and anc not in labels:
                    labels.append(anc)
            t = ws(' '.join(self.text_of(l) for l in labels))
            if t:
                return t
        if tag == 'input' and typ in ('button', 'submit', 'reset'):
            return ws(a.get('value', ''))
        if tag == 'fieldset':
            for c in n.children:
                if c.tag == 'legend':
                    return ws(self.text_of(c))
        if tag == 'img':
            return ws(a.get('alt', ''))
        if role in CONTENT_ROLES or (role is None and tag in ('button', 'a', 'summary', 'option')):
            t = ws(self.text_of(n))
            if t:
                return t
        return ws(a.get('title', '') or a.get('placeholder', ''))

    # ---------------------------------------------------------- controls
    def is_control(self, n):
        a = n.attrs
        role = a.get('role')
        if role in ('none', 'presentation'):
            return False
        if role in CTRL_ROLES:
            return True
        if n.tag == 'input':
            return a.get('type', 'text') != 'hidden'
        if n.tag in ('select', 'textarea', 'button', 'summary'):
            return True
        return n.tag == 'a' and 'href' in a

    def units(self):
        """[(node, kind, name, absorbed_nodes)]"""
        absorbed = set()
        units = []
        controls = [n for n in self.all if self.is_control(n)]
        for n in self.all:
            role = n.attrs.get('role')
            inner = [c for c in n.iter() if c is not n and self.is_control(c)]
            if role == 'radiogroup':
                rad = [c for c in inner if c.attrs.get('role') == 'radio' or (c.tag == 'input' and c.attrs.get('type') == 'radio')]
                units.append((n, 'radiogroup', rad))
            elif role == 'group' and len(inner) >= 2 and all(c.tag == 'button' and 'aria-pressed' in c.attrs for c in inner):
                units.append((n, 'pressed', inner))
            elif role == 'tablist':
                units.append((n, 'tablist', [c for c in inner if c.attrs.get('role') == 'tab']))
            elif n.tag == 'fieldset':
                rad = [c for c in inner if c.tag == 'input' and c.attrs.get('type') == 'radio'
                       and not any(x.attrs.get('role') == 'radiogroup' for x in c.ancestors() if x is not n and n in list(x.ancestors()))]
                if rad:
                    units.append((n, 'fieldset', rad))
        for u in units:
            for c in u[2]:
                absorbed.add(id(c))
        for n in controls:
            if id(n) in absorbed:
                continue
            if n.tag == 'input' and n.attrs.get('type') == 'radio':
                self.errors.append('ungrouped radio line %d' % n.line)
            units.append((n, 'single', []))
        return [(n, k, self.name(n), ab) for n, k, ab in units]

    def state(self, n, kind, absorbed):
        a = n.attrs
        if kind in ('fieldset', 'radiogroup'):
            for r in absorbed:
                if r.tag == 'input' and 'checked' in r.attrs:
                    return r.attrs.get('value')
                if r.attrs.get('role') == 'radio' and r.attrs.get('aria-checked') == 'true':
                    return self.name(r)
            return None
        if kind == 'pressed':
            for b in absorbed:
                if b.attrs.get('aria-pressed') == 'true':
                    return ws(self.text_of(b))
            return None
        if n.tag == 'input' and a.get('type') in ('checkbox', 'radio'):
            return 'checked' in a
        if a.get('role') in ('switch', 'checkbox'):
            return a.get('aria-checked') == 'true'
        if n.tag == 'select':
            opts = [o for o in n.iter() if o.tag == 'option']
            sel = [o for o in opts if 'selected' in o.attrs] or opts[:1]
            return sel[0].attrs.get('value') if sel else None
        return None

    def inside(self, n, tag):
        return any(x.tag == tag for x in n.ancestors())


def check_page(path, meta, errs):
    rel = os.path.relpath(path, ROOT)
    lang = rel.split(os.sep)[0]
    slug = os.path.basename(path)[:-5]
    E = lambda m: errs.append('%s: %s' % (rel, m))
    text = open(path, encoding='utf-8').read()
    lines = text.split('\n')
    exp_path = path[:-5] + '.expect.json'
    if not os.path.exists(exp_path):
        E('missing expect file')
        return None
    try:
        exp = json.load(open(exp_path, encoding='utf-8'))
    except ValueError as e:
        E('expect not JSON: %s' % e)
        return None
    if set(exp) != {'url', 'lang', 'notes', 'ai_training'}:
        E('expect keys %s' % sorted(exp))
    if exp.get('lang') != lang:
        E('expect lang %r' % exp.get('lang'))
    if not isinstance(exp.get('notes'), str) or not exp['notes'].strip():
        E('notes empty')
    items = exp.get('ai_training')
    if not isinstance(items, list):
        E('ai_training not a list')
        items = []
    for it in items:
        if not isinstance(it, dict) or set(it) != {'label', 'sharing'} or not isinstance(it.get('label'), str) \
                or not isinstance(it.get('sharing'), bool) or not it['label'].strip():
            E('bad ai_training item %r' % (it,))
    labels = [it['label'] for it in items if isinstance(it, dict) and 'label' in it]
    if len(set(labels)) != len(labels):
        E('duplicate labels')
    # first lines
    if lines[0] != '<!DOCTYPE html>':
        E('line 1 is not <!DOCTYPE html>')
    m = re.fullmatch(r'<!-- saved from url=\((\d{4})\)(\S+) -->', lines[1] if len(lines) > 1 else '')
    if not m:
        E('line 2 is not a saved-from comment')
    else:
        if int(m.group(1)) != len(m.group(2)):
            E('saved-from length %s != %d' % (m.group(1), len(m.group(2))))
        if m.group(2) != exp.get('url'):
            E('URL differs from expect: %s' % m.group(2))
    m = re.fullmatch(r'<html lang="([^"]+)">', lines[2] if len(lines) > 2 else '')
    if not m:
        E('line 3 is not <html lang="...">')
    elif m.group(1).split('-')[0].lower() != lang:
        E('html lang %s' % m.group(1))

    doc = Doc(text)
    for e in doc.errors:
        E(e)
    for n in doc.all:
        for attr in ('aria-labelledby', 'aria-describedby', 'aria-controls'):
            for i in n.attrs.get(attr, '').split():
                if i not in doc.ids:
                    E('%s target %s missing (line %d)' % (attr, i, n.line))
        if n.tag == 'label' and 'for' in n.attrs and n.attrs['for'] not in doc.ids:
            E('label for=%s missing' % n.attrs['for'])
    # skeleton
    by_tag = lambda t: [n for n in doc.all if n.tag == t]
    for t in ('header', 'nav', 'main', 'footer'):
        if len(by_tag(t)) != 1:
            E('expected one <%s>, found %d' % (t, len(by_tag(t))))
    header = (by_tag('header') or [None])[0]
    main = (by_tag('main') or [None])[0]
    if header is not None:
        hs = list(header.iter())
        if not any(n.tag == 'input' and n.attrs.get('type') == 'search' for n in hs):
            E('header without a search box')
        if not any(n.tag == 'select' for n in hs):
            E('header without a language select')
        menu_ok = False
        for n in hs:
            if n.tag == 'button' and n.attrs.get('aria-haspopup') and n.attrs.get('aria-controls') in doc.ids:
                tgt = doc.ids[n.attrs['aria-controls']]
                if 'hidden' in tgt.attrs and any(c.attrs.get('role') == 'menuitem' for c in tgt.iter()):
                    menu_ok = True
        if not menu_ok:
            E('header without an account-menu button controlling a hidden menu')
        if main is not None and doc.inside(main, 'header'):
            E('main inside header')

    units = doc.units()
    for e in doc.errors:
        if e.startswith('ungrouped'):
            E(e)
    in_main = lambda n: main is not None and (n is main or main in list(n.ancestors()))
    vis_main = [u for u in units if in_main(u[0]) and not doc.hidden(u[0])]
    hidden_units = [u for u in units if doc.hidden(u[0])]
    for u in vis_main:
        if not u[2]:
            E('visible control without a name (line %d)' % u[0].line)
    for u in hidden_units:
        if not u[2]:
            E('hidden control without a name (line %d)' % u[0].line)
    pool = vis_main + hidden_units
    m_labels = {l['label']: l for l in (meta or {}).get('labels', [])}
    for it in items:
        lab = it.get('label', '')
        same_vis = [u for u in units if ws(u[2]) == ws(lab) and not doc.hidden(u[0])]
        same_hid = [u for u in units if ws(u[2]) == ws(lab) and doc.hidden(u[0])]
        if len(same_vis) != 1:
            E('label %r names %d visible controls' % (lab, len(same_vis)))
            continue
        if same_hid:
            E('label %r also names a hidden control' % lab)
        target = same_vis[0]
        if not in_main(target[0]):
            E('label %r is outside <main>' % lab)
        k = key(lab)
        for u in pool:
            if u is target:
                continue
            ku = key(u[2])
            if ku and (ku in k or k in ku):
                E('label %r collides with control %r (line %d)' % (lab, u[2], u[0].line))
        ml = m_labels.get(lab)
        if ml is None:
            E('label %r missing from meta.json' % lab)
            continue
        st = doc.state(target[0], target[1], target[3])
        if ml['kind'] == 'bool':
            if not isinstance(st, bool):
                E('label %r: no binary state found' % lab)
            elif (st != bool(ml['neg'])) != it['sharing']:
                E('label %r: state %s contradicts sharing %s' % (lab, st, it['sharing']))
        elif ml['kind'] == 'multi':
            if st is None:
                E('label %r: no selected option' % lab)
            elif (st in ml['yes']) != it['sharing']:
                E('label %r: selected %r contradicts sharing %s' % (lab, st, it['sharing']))
        elif st is not None and not isinstance(st, bool):
            E('label %r: action with a state?' % lab)
    if meta is None:
        E('no meta.json entry')
        return len(vis_main)
    if [l['label'] for l in meta['labels']] != labels:
        E('meta labels differ from expect')
    for hn in meta['hidden_names']:
        hs = [u for u in hidden_units if ws(u[2]) == ws(hn)]
        vs = [u for u in units if ws(u[2]) == ws(hn) and not doc.hidden(u[0])]
        if not hs:
            E('hidden decoy %r not found among hidden controls' % hn)
        if vs:
            E('hidden decoy %r is also visible' % hn)
    if meta['hidden'] < 1:
        E('no hidden AI-training decoy')
    if len(vis_main) != meta['units']:
        E('visible units in main %d != meta %d' % (len(vis_main), meta['units']))
    if not 15 <= len(vis_main) <= 35:
        E('visible units in main %d outside 15-35' % len(vis_main))
    return len(vis_main)


def main():
    errs = []
    meta_path = os.path.join(ROOT, 'tools', 'meta.json')
    meta = json.load(open(meta_path, encoding='utf-8')) if os.path.exists(meta_path) else {}
    pages = 0
    labels = 0
    seen = set()
    for lang in LANGS:
        files = sorted(glob.glob(os.path.join(ROOT, lang, '*.html')))
        if len(files) != 5:
            errs.append('%s: %d pages (want 5)' % (lang, len(files)))
        for f in files:
            k = '%s/%s' % (lang, os.path.basename(f)[:-5])
            seen.add(k)
            check_page(f, meta.get(k), errs)
            pages += 1
            exp = json.load(open(f[:-5] + '.expect.json', encoding='utf-8'))
            labels += len(exp.get('ai_training', []))
        for f in glob.glob(os.path.join(ROOT, lang, '*.expect.json')):
            if not os.path.exists(f[:-len('.expect.json')] + '.html'):
                errs.append('%s: expect without page' % os.path.relpath(f, ROOT))
    for k in meta:
        if k not in seen:
            errs.append('meta.json has %s without a page' % k)
    urls = [m['url'] for m in meta.values()]
    if len(set(urls)) != len(urls):
        errs.append('duplicate URLs')
    for e in errs:
        print('ERROR', e)
    print('%d pages, %d labels, %d errors' % (pages, labels, len(errs)))
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
