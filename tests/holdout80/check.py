#!/usr/bin/env python3
"""Independent check of the holdout80 pages.

Parses every page with html.parser into a small DOM, computes accessible names
(aria-labelledby -> aria-label -> label -> legend -> text content; table checkboxes
without a name: "<row header> <column header>") and visibility (hidden attribute,
inline display:none / visibility:hidden, classes set to display:none in the page's
<style>, aria-hidden="true", closed <dialog>; an inactive tab panel carries hidden).
Closed <details> do not hide.

Verifies: page chrome (saved-from comment, html lang, header with search, language
select and account button whose menu is hidden, side nav, footer), 15-35 visible
control units in <main>, every expected label matching exactly one visible control's
name, and each page's one hidden AI control (from tools/meta.json) being hidden by its
stated method and not visible anywhere.
"""
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VOID = {'input', 'meta', 'br', 'img', 'hr', 'link', 'source', 'wbr', 'col', 'area', 'base', 'embed', 'param', 'track'}
LANGS = {'en': 'en', 'de': 'de', 'fr': 'fr', 'es': 'es', 'pt': 'pt-BR', 'it': 'it', 'nl': 'nl'}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def get(self, k, d=None):
        v = self.attrs.get(k, d)
        return '' if v is None and k in self.attrs else v

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
        self.style = ''
        self.comments = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag == 'style':
            self._in_style = True
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        if tag == 'style':
            self._in_style = False
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

    def handle_data(self, data):
        if self._in_style:
            self.style += data
        self.cur.children.append(data)

    def handle_comment(self, data):
        self.comments.append(data)


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


class Doc:
    def __init__(self, src):
        b = Builder()
        b.feed(src)
        b.close()
        self.root, self.comments = b.root, b.comments
        self.byid = {}
        for n in self.root.iter():
            if 'id' in n.attrs:
                if n.attrs['id'] in self.byid:
                    raise ValueError(f'duplicate id {n.attrs["id"]}')
                self.byid[n.attrs['id']] = n
        self.none_classes = set()
        for sel, body in re.findall(r'([^{}]+)\{([^}]*)\}', b.style):
            if re.search(r'display\s*:\s*none', body):
                for part in sel.split(','):
                    m = re.fullmatch(r'\s*\.([\w-]+)\s*', part)
                    if m:
                        self.none_classes.add(m.group(1))

    # ---- visibility -----------------------------------------------------
    def hidden_reason(self, node):
        for n in [node, *node.ancestors()]:
            if n.tag == '#root':
                break
            a = n.attrs
            style = (a.get('style') or '').replace(' ', '').lower()
            if n.tag == 'dialog' and 'open' not in a:
                return 'dialog'
            if 'hidden' in a:
                return 'tabpanel' if a.get('role') == 'tabpanel' else 'hidden'
            if 'display:none' in style:
                return 'inline-display'
            if 'visibility:hidden' in style:
                return 'visibility'
            if set((a.get('class') or '').split()) & self.none_classes:
                return 'class-display'
            if a.get('aria-hidden') == 'true':
                return 'aria-hidden'
        return None

    # ---- names ------------------------------------------------------------
    def text(self, node, skip_hidden=True, skip=None):
        out = []
        for c in node.children:
            if isinstance(c, str):
                out.append(c)
            else:
                if c is skip or c.tag in ('input', 'select', 'textarea', 'script', 'style'):
                    continue
                if skip_hidden and (c.attrs.get('aria-hidden') == 'true' or 'hidden' in c.attrs
                                    or 'display:none' in (c.attrs.get('style') or '').replace(' ', '')):
                    continue
                out.append(' ' + self.text(c, skip_hidden, skip) + ' ')
        return ''.join(out)

    def name(self, n):
        a = n.attrs
        if a.get('aria-labelledby'):
            return norm(' '.join(self.text(self.byid[i], False) for i in a['aria-labelledby'].split()))
        if a.get('aria-label'):
            return norm(a['aria-label'])
        if n.tag in ('input', 'select', 'textarea'):
            if a.get('id'):
                for l in self.root.iter():
                    if l.tag == 'label' and l.attrs.get('for') == a['id']:
                        return norm(self.text(l))
            for anc in n.ancestors():
                if anc.tag == 'label':
                    return norm(self.text(anc, skip=n))
            td = n.parent
            if td is not None and td.tag == 'td':
                tr = td.parent
                cells = [c for c in tr.children if isinstance(c, Node) and c.tag in ('td', 'th')]
                idx = cells.index(td)
                rh = next((c for c in cells if c.tag == 'th'), None)
                table = next(x for x in tr.ancestors() if x.tag == 'table')
                thead = next(x for x in table.iter() if x.tag == 'thead')
                hrow = next(x for x in thead.iter() if x.tag == 'tr')
                hcells = [c for c in hrow.children if isinstance(c, Node) and c.tag in ('td', 'th')]
                return norm(self.text(rh) + ' ' + self.text(hcells[idx]))
            return ''
        if n.tag == 'fieldset':
            lg = next((c for c in n.children if isinstance(c, Node) and c.tag == 'legend'), None)
            return norm(self.text(lg)) if lg else ''
        if n.tag == 'button' or a.get('role') in ('switch', 'radio', 'tab', 'menuitem', 'checkbox'):
            return norm(self.text(n))
        return ''

    def controls(self, scope=None):
        for n in (scope or self.root).iter():
            t, r = n.tag, n.attrs.get('role')
            if t in ('input', 'select', 'textarea', 'button', 'fieldset') or r in (
                    'switch', 'radio', 'radiogroup', 'group', 'checkbox', 'tab'):
                if t == 'input' and n.attrs.get('type') == 'hidden':
                    continue
                yield n

    def units(self, main):
        """Control units: a radio set or a button group counts once."""
        count = 0
        for n in self.controls(main):
            if self.hidden_reason(n):
                continue
            t, r = n.tag, n.attrs.get('role')
            grouped = any(x.tag == 'fieldset' or x.attrs.get('role') in ('radiogroup', 'group')
                          for x in n.ancestors())
            if t == 'fieldset' or r in ('radiogroup', 'group'):
                count += 1
            elif grouped or r == 'radio' or (t == 'input' and n.attrs.get('type') == 'radio'):
                continue
            else:
                count += 1
        return count


def check_page(html_path, exp, meta, errors, warnings):
    src = html_path.read_text(encoding='utf-8')
    where = f'{html_path.parent.name}/{html_path.name}'
    err = lambda m: errors.append(f'{where}: {m}')
    try:
        doc = Doc(src)
    except Exception as e:
        err(f'parse: {e}')
        return
    lines = src.splitlines()
    if lines[0] != '<!DOCTYPE html>':
        err('no doctype')
    m = re.match(r'<!-- saved from url=\((\d{4})\)(\S+) -->', lines[1])
    if not m or m.group(2) != exp['url'] or int(m.group(1)) != len(exp['url']):
        err('saved-from comment missing or wrong')
    lang = html_path.parent.name
    htmls = [n for n in doc.root.iter() if n.tag == 'html']
    if not htmls or htmls[0].attrs.get('lang') != LANGS[lang] or exp['lang'] != lang:
        err('html lang / expect lang mismatch')
    header = next((n for n in doc.root.iter() if n.tag == 'header'), None)
    if header is None:
        err('no header')
    else:
        hs = list(header.iter())
        if not any(n.tag == 'input' and n.attrs.get('type') == 'search' for n in hs):
            err('no search box')
        if not any(n.tag == 'select' for n in hs):
            err('no language select')
        acc = [n for n in hs if n.tag == 'button' and n.attrs.get('aria-controls')]
        if not acc or not doc.hidden_reason(doc.byid[acc[0].attrs['aria-controls']]):
            err('account menu missing or not hidden')
    for tag in ('nav', 'footer', 'main'):
        if not any(n.tag == tag for n in doc.root.iter()):
            err(f'no {tag}')
    main = next(n for n in doc.root.iter() if n.tag == 'main')
    for n in doc.root.iter():
        for attr in ('aria-labelledby', 'aria-describedby', 'aria-controls'):
            for i in (n.attrs.get(attr) or '').split():
                if i not in doc.byid:
                    err(f'{attr} -> missing id {i}')
    u = doc.units(main)
    if not 15 <= u <= 35:
        err(f'{u} visible control units in main (want 15-35)')
    if meta['units'] != u:
        warnings.append(f'{where}: builder counted {meta["units"]} units, check.py {u}')

    named = [(doc.name(n), n) for n in doc.controls()]
    visible = [(nm, n) for nm, n in named if not doc.hidden_reason(n)]
    if set(exp) != {'url', 'lang', 'notes', 'ai_training'}:
        err('expect.json keys')
    for e in exp['ai_training']:
        if set(e) != {'label', 'sharing'} or not isinstance(e['sharing'], bool):
            err(f'bad entry {e}')
        hits = [n for nm, n in visible if nm == e['label']]
        if len(hits) != 1:
            err(f'label {e["label"]!r} matches {len(hits)} visible controls')
        for nm, n in visible:
            if len(nm) >= 5 and nm != e['label'] and (nm.lower() in e['label'].lower() or e['label'].lower() in nm.lower()):
                warnings.append(f'{where}: {e["label"]!r} overlaps visible control {nm!r}')
    labels = [e['label'] for e in exp['ai_training']]
    if len(set(labels)) != len(labels):
        err('duplicate labels')
    if len(meta['hidden']) != 1:
        err(f'{len(meta["hidden"])} hidden AI controls (want 1)')
    for h in meta['hidden']:
        hits = [(nm, n) for nm, n in named if nm == h['label']]
        if len(hits) != 1:
            err(f'hidden control {h["label"]!r} found {len(hits)} times')
        for nm, n in hits:
            r = doc.hidden_reason(n)
            if r != h['method']:
                err(f'hidden control {h["label"]!r}: reason {r}, expected {h["method"]}')
        if h['label'] in labels:
            err('hidden control is labelled')


def main():
    meta = {(m['lang'], m['page']): m for m in json.loads((ROOT / 'tools' / 'meta.json').read_text())}
    errors, warnings, pages, nlabels = [], [], 0, 0
    for lang in LANGS:
        for p in sorted((ROOT / lang).glob('*.html')):
            exp = json.loads(p.with_suffix('.expect.json').read_text(encoding='utf-8'))
            m = meta.get((lang, p.stem))
            if m is None:
                errors.append(f'{lang}/{p.name}: no meta')
                continue
            check_page(p, exp, m, errors, warnings)
            pages += 1
            nlabels += len(exp['ai_training'])
    methods = {}
    for m in meta.values():
        methods[m['hidden_method']] = methods.get(m['hidden_method'], 0) + 1
    if pages != 35 or any(v != 5 for v in methods.values()) or len(methods) != 7:
        errors.append(f'pages {pages}, methods {methods}')
    for w in warnings:
        print('warning:', w)
    for e in errors:
        print('ERROR:', e)
    print(f'{pages} pages, {nlabels} labels, {len(errors)} errors, {len(warnings)} warnings')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
