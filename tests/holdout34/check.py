#!/usr/bin/env python3
"""Self-check for the blind34 set (standard library only).

For every <lang>/<page>.html + .expect.json:
  * first three lines (doctype, saved-from comment with 4-digit URL length, <html lang>)
  * expect JSON: exactly url/lang/notes/ai_training, same URL and language, entry shape
  * well-formed markup, unique ids, existing aria-labelledby / aria-describedby / label-for targets
  * skeleton: header with search box, language select, account button whose menu is hidden;
    side navigation; footer; main
  * every expected label is the accessible name of exactly one visible control and of no hidden
    one; no other control in <main> (or hidden anywhere) has a name containing it or contained
    in it
  * <main> has 15-35 visible control units, equal to tools/meta.json
"""
import html.parser
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source',
        'track', 'wbr', 'param'}
INLINE = {'span', 'b', 'strong', 'em', 'i', 'a', 'abbr', 'small', 'code', 'label', 'sup', 'sub',
          'mark', 'u', 's', 'q', 'kbd', 'time', 'bdi'}
CONTROL_ROLES = {'switch', 'checkbox', 'radio', 'button', 'tab', 'combobox', 'slider',
                 'spinbutton', 'textbox', 'searchbox', 'menuitemcheckbox', 'menuitemradio',
                 'option', 'listbox'}
CONTENT_ROLES = {'switch', 'checkbox', 'radio', 'button', 'tab', 'link', 'menuitem',
                 'menuitemcheckbox', 'menuitemradio', 'option'}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children = []
        self.line = 0

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


class Parser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node('#root', {}, None)
        self.stack = [self.root]
        self.errors = []
        self.styles = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        a = {}
        for k, v in attrs:
            if k in a:
                self.errors.append(f'duplicate attribute {k} on <{tag}> line {self.getpos()[0]}')
            a[k] = v if v is not None else ''
        n = Node(tag, a, self.stack[-1])
        n.line = self.getpos()[0]
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
            self.errors.append(f'end tag for void <{tag}> line {self.getpos()[0]}')
            return
        if tag == 'style':
            self._in_style = False
        top = self.stack[-1]
        if top.tag != tag:
            self.errors.append(f'</{tag}> closes <{top.tag}> (line {top.line}) at line {self.getpos()[0]}')
            for i in range(len(self.stack) - 1, 0, -1):
                if self.stack[i].tag == tag:
                    del self.stack[i:]
                    break
            return
        self.stack.pop()

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)
        self.stack[-1].children.append(data)

    def close(self):
        super().close()
        if len(self.stack) > 1:
            self.errors.append('unclosed: ' + ', '.join(f'<{n.tag}> line {n.line}' for n in self.stack[1:]))


def norm(s):
    s = unicodedata.normalize('NFC', s or '')
    return re.sub(r'\s+', ' ', s).strip().lower()


class Doc:
    def __init__(self, src):
        p = Parser()
        p.feed(src)
        p.close()
        self.errors = list(p.errors)
        self.root = p.root
        self.byid = {}
        for n in self.root.iter():
            i = n.get('id')
            if i is not None:
                if i in self.byid:
                    self.errors.append(f'duplicate id {i!r}')
                self.byid[i] = n
        self.hidden_classes = set()
        for css in p.styles:
            for sel, decl in re.findall(r'([^{}]+)\{([^{}]*)\}', css):
                d = re.sub(r'\s+', '', decl.lower())
                if 'display:none' in d or 'visibility:hidden' in d:
                    for s in sel.split(','):
                        m = re.fullmatch(r'\s*\.([\w-]+)\s*', s)
                        if m:
                            self.hidden_classes.add(m.group(1))
        # tabs: a tabpanel whose tab is not selected is hidden
        self.tab_of = {}
        for n in self.root.iter():
            if n.get('role') == 'tab' and n.get('aria-controls'):
                self.tab_of[n.get('aria-controls')] = n

    # ---------------------------------------------------------- visibility
    def self_hidden(self, n):
        if n.tag == '#root':
            return False
        a = n.attrs
        if 'hidden' in a:
            return True
        if a.get('aria-hidden') == 'true':
            return True
        st = re.sub(r'\s+', '', a.get('style', '').lower())
        if 'display:none' in st or 'visibility:hidden' in st:
            return True
        if set(a.get('class', '').split()) & self.hidden_classes:
            return True
        if n.tag == 'dialog' and 'open' not in a:
            return True
        if n.tag in ('template', 'script', 'style', 'head', 'title'):
            return True
        if a.get('role') == 'tabpanel':
            t = self.tab_of.get(a.get('id'))
            if t is not None and t.get('aria-selected') != 'true':
                return True
        return False

    def hidden(self, n):
        if self.self_hidden(n):
            return True
        return any(self.self_hidden(a) for a in n.ancestors())

    # ---------------------------------------------------------- names
    def text(self, n, root=True):
        if isinstance(n, str):
            return n
        if not root and self.self_hidden(n):
            return ''
        if not root:
            al = n.get('aria-label', '').strip()
            if al:
                return ' ' + al + ' '
        if n.tag == 'input':
            t = n.get('type', 'text')
            if t in ('checkbox', 'radio'):
                return ''
            return ' ' + n.get('value', '') + ' '
        if n.tag == 'select' and not root:
            for o in n.iter():
                if o.tag == 'option' and 'selected' in o.attrs:
                    return ' ' + self.text(o) + ' '
            return ''
        if n.tag == 'img':
            return ' ' + n.get('alt', '') + ' '
        out = ''.join(self.text(c, False) for c in n.children)
        if n.tag not in INLINE:
            out = ' ' + out + ' '
        return out

    def name(self, n):
        lby = n.get('aria-labelledby')
        if lby:
            parts = []
            for i in lby.split():
                t = self.byid.get(i)
                if t is not None:
                    parts.append(self.text(t))
            s = norm(' '.join(parts))
            if s:
                return s
        al = n.get('aria-label', '').strip()
        if al:
            return norm(al)
        role = n.get('role')
        if n.tag in ('input', 'select', 'textarea') and n.get('type') not in ('button', 'submit', 'reset'):
            parts = []
            i = n.get('id')
            if i:
                for l in self.root.iter():
                    if l.tag == 'label' and l.get('for') == i:
                        parts.append(self.text(l))
            for a in n.ancestors():
                if a.tag == 'label' and a.get('for') in (None, i):
                    parts.append(self.text(a))
                    break
            s = norm(' '.join(parts))
            if s:
                return s
        if n.tag == 'input' and n.get('type') in ('button', 'submit', 'reset'):
            return norm(n.get('value', ''))
        if n.tag in ('button', 'a', 'summary') or role in CONTENT_ROLES:
            s = norm(self.text(n))
            if s:
                return s
        return norm(n.get('title') or n.get('placeholder') or '')

    def group_name(self, n):
        lby = n.get('aria-labelledby')
        if lby or n.get('aria-label'):
            return self.name(n)
        if n.tag == 'fieldset':
            for c in n.children:
                if isinstance(c, Node) and c.tag == 'legend':
                    return norm(self.text(c))
        return ''

    # ---------------------------------------------------------- controls
    def controls(self):
        """Return list of (key, name, element, kind) for every control unit (radio groups are
        one unit); plus 'other' named interactive things (links, summaries) as kind 'other'."""
        units = []
        groups = {}
        for n in self.root.iter():
            role = n.get('role')
            kind = None
            if n.tag == 'input' and n.get('type', 'text') != 'hidden':
                kind = 'radio' if n.get('type') == 'radio' else 'unit'
            elif n.tag in ('select', 'textarea', 'button'):
                kind = 'unit'
            elif role in CONTROL_ROLES:
                kind = 'radio' if role == 'radio' else 'unit'
            elif n.tag in ('a', 'summary') or role in ('link', 'menuitem'):
                kind = 'other'
            if role in ('option', 'menuitem') or n.tag == 'option':
                kind = 'other' if kind else None
            if kind is None:
                continue
            if n.get('role') == 'radio' and n.tag != 'input':
                kind = 'radio'
            if kind == 'radio':
                grp = None
                for a in n.ancestors():
                    if a.get('role') == 'radiogroup' or a.tag == 'fieldset':
                        grp = a
                        break
                key = ('group', id(grp) if grp is not None else n.get('name'))
                if key in groups:
                    continue
                groups[key] = True
                gname = self.group_name(grp) if grp is not None else self.name(n)
                units.append((key, gname, grp if grp is not None else n, 'unit'))
            else:
                units.append((id(n), self.name(n), n, kind))
        return units

    def in_main(self, n):
        return n.tag == 'main' or any(a.tag == 'main' for a in n.ancestors())


def check_page(lang, base, meta, errs):
    hp = os.path.join(ROOT, lang, base + '.html')
    ep = os.path.join(ROOT, lang, base + '.expect.json')
    where = f'{lang}/{base}'

    def err(m):
        errs.append(f'{where}: {m}')

    src = open(hp, encoding='utf-8').read()
    lines = src.split('\n')
    if lines[0] != '<!DOCTYPE html>':
        err('line 1 is not <!DOCTYPE html>')
    m = re.fullmatch(r'<!-- saved from url=\((\d{4})\)(\S+) -->', lines[1] if len(lines) > 1 else '')
    url = None
    if not m:
        err('line 2 is not a saved-from comment')
    else:
        url = m.group(2)
        if int(m.group(1)) != len(url):
            err(f'saved-from length {m.group(1)} != {len(url)}')
    m2 = re.fullmatch(r'<html lang="([A-Za-z-]+)">', lines[2] if len(lines) > 2 else '')
    if not m2:
        err('line 3 is not <html lang="…">')
    try:
        exp = json.load(open(ep, encoding='utf-8'))
    except Exception as e:  # noqa
        err(f'bad expect json: {e}')
        return
    if set(exp) != {'url', 'lang', 'notes', 'ai_training'} or len(exp) != 4:
        err(f'expect keys {sorted(exp)}')
    if exp.get('url') != url:
        err(f'expect url {exp.get("url")!r} != page url {url!r}')
    if exp.get('lang') != lang:
        err(f'expect lang {exp.get("lang")!r} != folder {lang}')
    if m2 and not m2.group(1).lower().startswith(lang):
        err(f'html lang {m2.group(1)} does not match {lang}')
    if not isinstance(exp.get('notes'), str) or not exp.get('notes'):
        err('notes missing')
    entries = exp.get('ai_training')
    if not isinstance(entries, list):
        err('ai_training is not a list')
        return
    for e in entries:
        if not isinstance(e, dict) or set(e) != {'label', 'sharing'} \
                or not isinstance(e.get('label'), str) or not isinstance(e.get('sharing'), bool):
            err(f'bad entry {e!r}')
            return

    d = Doc(src)
    for e in d.errors:
        err(e)
    # references
    for n in d.root.iter():
        for attr in ('aria-labelledby', 'aria-describedby', 'aria-controls'):
            for i in (n.get(attr) or '').split():
                if i not in d.byid:
                    err(f'{attr} target {i!r} missing')
        if n.tag == 'label' and n.get('for') is not None and n.get('for') not in d.byid:
            err(f'label for={n.get("for")!r} missing')
    # skeleton
    body = [n for n in d.root.iter() if n.tag == 'body']
    header = [n for n in d.root.iter() if n.tag == 'header']
    mains = [n for n in d.root.iter() if n.tag == 'main']
    navs = [n for n in d.root.iter() if n.tag == 'nav']
    footers = [n for n in d.root.iter() if n.tag == 'footer']
    if not (body and header and len(mains) == 1 and navs and footers):
        err('skeleton incomplete (header/nav/main/footer)')
        return
    hd = header[0]
    if not any(n.tag == 'input' and n.get('type') == 'search' for n in hd.iter()):
        err('header has no search box')
    if not any(n.tag == 'select' for n in hd.iter()):
        err('header has no language select')
    acct = [n for n in hd.iter() if n.tag == 'button' and n.get('aria-haspopup')]
    if not acct:
        err('header has no account-menu button')
    else:
        menu = d.byid.get(acct[0].get('aria-controls', ''))
        if menu is None or not d.hidden(menu):
            err('account menu missing or not hidden')
    if any(d.in_main(n) for n in navs):
        err('side nav inside main')

    ctrls = d.controls()
    vis_main = [c for c in ctrls if c[3] == 'unit' and d.in_main(c[2]) and not d.hidden(c[2])]
    hidden_any = [c for c in ctrls if d.hidden(c[2])]
    others_main = [c for c in ctrls if c[3] == 'other' and d.in_main(c[2]) and not d.hidden(c[2])]
    n_units = len(vis_main)
    if not 15 <= n_units <= 35:
        err(f'{n_units} visible control units in main (want 15-35)')
    mm = meta.get(f'{lang}/{base}')
    if mm is None:
        err('not in meta.json')
    else:
        if mm['units'] != n_units:
            err(f'meta units {mm["units"]} != counted {n_units}')
        if mm['labelled'] != len(entries):
            err(f'meta labelled {mm["labelled"]} != expect {len(entries)}')
        if mm['hidden_decoys'] < 1:
            err('no hidden AI-training decoy recorded')
    for c in vis_main:
        if not c[1]:
            err(f'unnamed visible control <{c[2].tag}> line {c[2].line}')
    if not any(True for c in hidden_any if d.in_main(c[2])):
        err('no hidden control in main (hidden decoy missing?)')

    labels = [norm(e['label']) for e in entries]
    if len(set(labels)) != len(labels):
        err('duplicate expected labels')
    for e, L in zip(entries, labels):
        exact = [c for c in vis_main if c[1] == L]
        if len(exact) != 1:
            err(f'label {e["label"]!r}: {len(exact)} visible controls with that name')
            continue
        me = exact[0]
        if any(c[1] == L for c in hidden_any):
            err(f'label {e["label"]!r}: a hidden control has that name')
        rivals = vis_main + others_main + hidden_any
        for c in rivals:
            if c[0] == me[0] or not c[1]:
                continue
            if L in c[1] or c[1] in L:
                err(f'label {e["label"]!r} ambiguous with {c[1]!r} (<{c[2].tag}> line {c[2].line})')


def main():
    meta_p = os.path.join(ROOT, 'tools', 'meta.json')
    meta = json.load(open(meta_p, encoding='utf-8')) if os.path.exists(meta_p) else {}
    errs = []
    n_pages = 0
    n_labels = 0
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        if not os.path.isdir(d):
            errs.append(f'{lang}: folder missing')
            continue
        bases = sorted(f[:-5] for f in os.listdir(d) if f.endswith('.html'))
        exps = sorted(f[:-12] for f in os.listdir(d) if f.endswith('.expect.json'))
        if bases != exps:
            errs.append(f'{lang}: html/expect mismatch {set(bases) ^ set(exps)}')
        if len(bases) != 5:
            errs.append(f'{lang}: {len(bases)} pages (want 5)')
        for b in bases:
            n_pages += 1
            check_page(lang, b, meta, errs)
            try:
                n_labels += len(json.load(open(os.path.join(d, b + '.expect.json')))['ai_training'])
            except Exception:  # noqa
                pass
    if set(meta) != {f'{l}/{b}' for l in LANGS if os.path.isdir(os.path.join(ROOT, l))
                     for b in (f[:-5] for f in os.listdir(os.path.join(ROOT, l)) if f.endswith('.html'))}:
        errs.append('meta.json pages differ from the pages on disk')
    for e in errs:
        print('FAIL', e)
    print(f'{n_pages} pages, {n_labels} labelled controls, {len(errs)} problems')
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
