#!/usr/bin/env python3
"""Self-check for blind41 (standard library only).

For every <lang>/<page>.html + .expect.json:
  * the first three lines (doctype, saved-from comment with the 4-digit URL length, <html lang>)
  * the expect file: valid JSON, exactly url/lang/notes/ai_training, same URL and language
  * well-formed markup, unique ids, existing aria-labelledby/-describedby/-controls and label-for targets
  * the skeleton: header with a search box, a language select and an account-menu button whose
    menu is hidden; a side nav; main; footer
  * every expected label is the computed accessible name of exactly one visible control and of no
    hidden one; no other control in <main>, nor any hidden control, has a name containing it or
    contained in it
  * the state of each labelled control agrees with its `sharing` (tools/meta.json records polarity)
  * <main> holds 15-35 visible control units, as tools/meta.json says
"""
import json
import os
import re
import sys
import unicodedata
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'}
INLINE = {'span', 'strong', 'em', 'b', 'i', 'abbr', 'code', 'small', 'a', 'label', 'kbd', 'mark', 'u', 's', 'sup', 'sub'}
CONTENT_ROLES = {'switch', 'checkbox', 'radio', 'button', 'link', 'tab', 'menuitem', 'option', 'menuitemcheckbox',
                 'menuitemradio', 'treeitem'}
WIDGET_ROLES = {'switch', 'checkbox', 'button', 'link', 'tab', 'menuitem', 'slider', 'textbox', 'combobox',
                'spinbutton', 'menuitemcheckbox', 'menuitemradio', 'searchbox'}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, attrs, parent
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
        self.stack = [self.root]
        self.errors = []
        self.style = []
        self.in_style = False

    def _attrs(self, tag, attrs):
        d = {}
        for k, v in attrs:
            if k in d:
                self.errors.append(f'duplicate attribute {k} on <{tag}>')
            d[k] = v if v is not None else ''
        return d

    def handle_starttag(self, tag, attrs):
        n = Node(tag, self._attrs(tag, attrs), self.stack[-1])
        self.stack[-1].children.append(n)
        if tag not in VOID:
            self.stack.append(n)
        if tag == 'style':
            self.in_style = True

    def handle_startendtag(self, tag, attrs):
        n = Node(tag, self._attrs(tag, attrs), self.stack[-1])
        self.stack[-1].children.append(n)
        if tag not in VOID:
            self.errors.append(f'self-closing non-void <{tag}/>')

    def handle_endtag(self, tag):
        if tag == 'style':
            self.in_style = False
        if tag in VOID:
            self.errors.append(f'end tag for void </{tag}>')
            return
        if len(self.stack) < 2 or self.stack[-1].tag != tag:
            self.errors.append(f'mismatched </{tag}> (open: <{self.stack[-1].tag}>) near line {self.getpos()[0]}')
            for i in range(len(self.stack) - 1, 0, -1):
                if self.stack[i].tag == tag:
                    del self.stack[i:]
                    break
            return
        self.stack.pop()

    def handle_data(self, data):
        if self.in_style:
            self.style.append(data)
        self.stack[-1].children.append(data)


def ws(s):
    return ' '.join(s.split())


def key(s):
    s = unicodedata.normalize('NFKC', s).lower()
    s = ''.join(ch if ch.isalnum() else ' ' for ch in s)
    return ' '.join(s.split())


class Doc:
    def __init__(self, text):
        p = Parser()
        p.feed(text)
        p.close()
        self.errors = list(p.errors)
        if len(p.stack) > 1:
            self.errors.append('unclosed elements: ' + ', '.join(n.tag for n in p.stack[1:]))
        self.root = p.root
        css = ''.join(p.style)
        self.hidden_classes = set()
        for sel, body in re.findall(r'([^{}]+)\{([^}]*)\}', css):
            if re.search(r'display\s*:\s*none|visibility\s*:\s*hidden', body):
                for s in sel.split(','):
                    m = re.fullmatch(r'\s*\.([\w-]+)\s*', s)
                    if m:
                        self.hidden_classes.add(m.group(1))
        self.nodes = list(self.root.iter())
        self.ids = {}
        for n in self.nodes:
            i = n.get('id')
            if i is not None:
                if i in self.ids:
                    self.errors.append(f'duplicate id {i}')
                self.ids[i] = n

    # ---------------------------------------------------------------- visibility
    def self_hidden(self, n):
        if n.tag == '#root':
            return False
        if 'hidden' in n.attrs:
            return True
        st = (n.get('style') or '').replace(' ', '').lower()
        if 'display:none' in st or 'visibility:hidden' in st:
            return True
        if n.get('aria-hidden') == 'true':
            return True
        if set((n.get('class') or '').split()) & self.hidden_classes:
            return True
        if n.tag == 'dialog' and 'open' not in n.attrs:
            return True
        if n.tag in ('template', 'script', 'style', 'head', 'title'):
            return True
        return False

    def hidden(self, n):
        return self.self_hidden(n) or any(self.self_hidden(a) for a in n.ancestors())

    # ---------------------------------------------------------------- names
    def text(self, n, include_hidden=False, top=True):
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
                continue
            if not include_hidden and self.self_hidden(c):
                continue
            if c.tag in ('script', 'style'):
                continue
            if c.get('aria-label'):
                out.append(' ' + c.get('aria-label') + ' ')
                continue
            if c.tag == 'img':
                out.append(c.get('alt', ''))
                continue
            if c.tag == 'input':
                t = c.get('type', 'text')
                if t in ('checkbox', 'radio', 'hidden'):
                    continue
                out.append(' ' + c.get('value', '') + ' ')
                continue
            if c.tag == 'select':
                opts = [o for o in c.iter() if o.tag == 'option']
                sel = [o for o in opts if 'selected' in o.attrs] or opts[:1]
                out.append(' ' + (self.text(sel[0]) if sel else '') + ' ')
                continue
            t = self.text(c, include_hidden, False)
            out.append(t if c.tag in INLINE else f' {t} ')
        return ''.join(out)

    def by_ids(self, ids):
        parts = []
        for i in ids.split():
            t = self.ids.get(i)
            if t is None:
                continue
            if t.get('aria-label'):
                parts.append(t.get('aria-label'))
            else:
                parts.append(self.text(t, include_hidden=True))
        return ws(' '.join(parts))

    def name(self, n):
        if n.get('aria-labelledby'):
            v = self.by_ids(n.get('aria-labelledby'))
            if v:
                return v
        if n.get('aria-label') and n.get('aria-label').strip():
            return ws(n.get('aria-label'))
        if n.tag in ('input', 'select', 'textarea'):
            labels = []
            if n.get('id'):
                labels += [l for l in self.nodes if l.tag == 'label' and l.get('for') == n.get('id')]
            labels += [a for a in n.ancestors() if a.tag == 'label' and a not in labels]
            v = ws(' '.join(self.text(l) for l in labels))
            if v:
                return v
            if n.get('type') in ('submit', 'button', 'reset'):
                return ws(n.get('value', ''))
            return ws(n.get('title') or n.get('placeholder') or '')
        role = n.get('role')
        if n.tag in ('button', 'a', 'summary') or role in CONTENT_ROLES:
            v = ws(self.text(n))
            if v:
                return v
        return ws(n.get('title') or '')

    # ---------------------------------------------------------------- controls
    def units(self):
        """Control units: (kind, node, name, hidden, in_main). Radio groups and aria-pressed groups
        are one unit each."""
        out = []
        groups = {}
        main = next((n for n in self.nodes if n.tag == 'main'), None)

        def in_main(n):
            return main is not None and (n is main or main in n.ancestors())

        for n in self.nodes:
            role = n.get('role')
            if n.tag == 'input' and n.get('type') == 'hidden':
                continue
            is_radio = (n.tag == 'input' and n.get('type') == 'radio') or role == 'radio'
            pressed = n.tag == 'button' and n.get('aria-pressed') is not None
            if is_radio:
                rg = next((a for a in n.ancestors() if a.get('role') == 'radiogroup'), None)
                if rg is None:
                    fs = next((a for a in n.ancestors() if a.tag == 'fieldset'), None)
                    g = fs if fs is not None else ('name', n.get('name'))
                else:
                    g = rg
                groups.setdefault(id(g) if isinstance(g, Node) else g, (g, []))[1].append(n)
                continue
            if pressed:
                g = next((a for a in n.ancestors() if a.get('role') in ('group', 'radiogroup', 'toolbar')), None)
                if g is not None:
                    groups.setdefault(id(g), (g, []))[1].append(n)
                    continue
            if (n.tag in ('input', 'select', 'textarea', 'button', 'summary') or (n.tag == 'a' and 'href' in n.attrs)
                    or role in WIDGET_ROLES):
                out.append(('single', n, self.name(n), self.hidden(n), in_main(n)))
        for g, members in groups.values():
            if isinstance(g, Node):
                if g.tag == 'fieldset':
                    lg = next((c for c in g.children if isinstance(c, Node) and c.tag == 'legend'), None)
                    nm = ws(self.text(lg)) if lg is not None else ''
                    if g.get('aria-labelledby') or g.get('aria-label'):
                        nm = self.name(g) or nm
                else:
                    nm = self.name(g)
                node = g
            else:
                nm, node = '', members[0]
            hid = all(self.hidden(m) for m in members) or self.hidden(node)
            out.append(('group', node, nm, hid, in_main(node), members))
        return out

    def state(self, u):
        n = u[1]
        if u[0] == 'group':
            for m in u[5]:
                if m.tag == 'input' and 'checked' in m.attrs:
                    return self.name(m)
                if m.get('aria-checked') == 'true' or m.get('aria-pressed') == 'true':
                    return ws(self.text(m))
            return None
        if n.tag == 'input' and n.get('type') == 'checkbox':
            return 'checked' in n.attrs
        if n.get('aria-checked') is not None:
            return n.get('aria-checked') == 'true'
        if n.tag == 'select':
            opts = [o for o in n.iter() if o.tag == 'option']
            sel = [o for o in opts if 'selected' in o.attrs] or opts[:1]
            return ws(self.text(sel[0]))
        return None


def check_page(lang, slug, meta):
    errs = []
    base = os.path.join(ROOT, lang, slug)
    with open(base + '.html', encoding='utf-8') as fh:
        text = fh.read()
    try:
        with open(base + '.expect.json', encoding='utf-8') as fh:
            exp = json.load(fh)
    except Exception as e:  # noqa
        return [f'expect json: {e}']
    if set(exp) != {'url', 'lang', 'notes', 'ai_training'}:
        errs.append(f'expect keys {sorted(exp)}')
    lines = text.split('\n')
    if lines[0] != '<!DOCTYPE html>':
        errs.append('line 1 is not <!DOCTYPE html>')
    m = re.fullmatch(r'<!-- saved from url=\((\d{4})\)(\S+) -->', lines[1])
    if not m:
        errs.append('line 2 is not a saved-from comment')
    else:
        if int(m.group(1)) != len(m.group(2)):
            errs.append('saved-from length wrong')
        if m.group(2) != exp.get('url'):
            errs.append('url differs from expect')
    m3 = re.fullmatch(r'<html lang="([A-Za-z-]+)">', lines[2])
    if not m3:
        errs.append('line 3 is not <html lang>')
    elif m3.group(1).split('-')[0] != lang or exp.get('lang') != lang:
        errs.append('language mismatch')
    if not isinstance(exp.get('ai_training'), list):
        return errs + ['ai_training not a list']
    for e in exp['ai_training']:
        if set(e) != {'label', 'sharing'} or not isinstance(e['sharing'], bool) or not isinstance(e['label'], str):
            errs.append(f'bad entry {e}')

    d = Doc(text)
    errs += d.errors
    for n in d.nodes:
        for a in ('aria-labelledby', 'aria-describedby', 'aria-controls'):
            for i in (n.get(a) or '').split():
                if i not in d.ids:
                    errs.append(f'{a} target #{i} missing')
        if n.tag == 'label' and n.get('for') and n.get('for') not in d.ids:
            errs.append(f'label for=#{n.get("for")} missing')

    # skeleton
    header = next((n for n in d.nodes if n.tag == 'header'), None)
    if header is None:
        errs.append('no header')
    else:
        hn = list(header.iter())
        if not any(n.tag == 'input' and n.get('type') == 'search' for n in hn):
            errs.append('header has no search box')
        if not any(n.tag == 'select' for n in hn):
            errs.append('header has no language select')
        btn = next((n for n in hn if n.tag == 'button' and n.get('aria-controls')), None)
        if btn is None or 'hidden' not in d.ids[btn.get('aria-controls')].attrs:
            errs.append('no account-menu button with a hidden menu')
    for t in ('nav', 'main', 'footer'):
        if not any(n.tag == t for n in d.nodes):
            errs.append(f'no <{t}>')

    units = d.units()
    main_vis = [u for u in units if u[4] and not u[3]]
    for u in main_vis:
        if not u[2]:
            errs.append(f'control without a name in main: <{u[1].tag} id={u[1].get("id")}>')
    if not 15 <= len(main_vis) <= 35:
        errs.append(f'{len(main_vis)} visible control units in main')
    if meta['further'] != len(main_vis):
        errs.append(f'meta further {meta["further"]} != {len(main_vis)} counted')
    hidden_main = [u for u in units if u[4] and u[3]]
    if meta['hidden_units'] != len(hidden_main):
        errs.append(f'meta hidden_units {meta["hidden_units"]} != {len(hidden_main)}')
    if meta['hidden'] < 1:
        errs.append('no hidden ai-training decoy')

    mlabels = {l['label']: l for l in meta['labels']}
    if [(e['label'], e['sharing']) for e in exp['ai_training']] != [(l['label'], l['sharing']) for l in meta['labels']]:
        errs.append('expect and meta labels differ')
    labelled_nodes = set()
    for e in exp['ai_training']:
        lab = ws(e['label'])
        vis = [u for u in units if not u[3] and u[2] == lab]
        hid = [u for u in units if u[3] and key(u[2]) == key(lab)]
        if len(vis) != 1:
            errs.append(f'label {lab!r}: {len(vis)} visible controls with that name')
            continue
        if hid:
            errs.append(f'label {lab!r}: also the name of a hidden control')
        u = vis[0]
        labelled_nodes.add(id(u[1]))
        ml = mlabels.get(e['label'])
        if ml:
            chk = ml['check']
            st = d.state(u)
            if chk['t'] == 'bool':
                if not isinstance(st, bool):
                    errs.append(f'label {lab!r}: no two-state control')
                elif (st if chk['pol'] > 0 else not st) != e['sharing']:
                    errs.append(f'label {lab!r}: state {st} disagrees with sharing {e["sharing"]}')
            elif chk['t'] == 'choice':
                if st not in chk['map']:
                    errs.append(f'label {lab!r}: selected {st!r} unknown')
                elif chk['map'][st] != e['sharing']:
                    errs.append(f'label {lab!r}: selected {st!r} disagrees with sharing')
    matched = {}
    for e in exp['ai_training']:
        lab = ws(e['label'])
        vis = [u for u in units if not u[3] and u[2] == lab]
        if len(vis) == 1:
            matched[lab] = vis[0]
    for e in exp['ai_training']:
        lab = ws(e['label'])
        k = key(lab)
        own = matched.get(lab)
        for u in units:
            if u is own or not (u[3] or u[4]):
                continue
            uk = key(u[2])
            if uk and (uk in k or k in uk):
                errs.append(f'label {lab!r} collides with {"hidden" if u[3] else "main"} control {u[2]!r}')
    return errs


def main():
    with open(os.path.join(ROOT, 'tools', 'meta.json'), encoding='utf-8') as fh:
        meta = {m['page']: m for m in json.load(fh)}
    total, bad = 0, 0
    seen = set()
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        if not os.path.isdir(d):
            print(f'{lang}: missing')
            bad += 1
            continue
        pages = sorted(f[:-5] for f in os.listdir(d) if f.endswith('.html'))
        if len(pages) != 5:
            print(f'{lang}: {len(pages)} pages (want 5)')
            bad += 1
        for slug in pages:
            total += 1
            seen.add(f'{lang}/{slug}')
            m = meta.get(f'{lang}/{slug}')
            if m is None:
                print(f'{lang}/{slug}: not in meta.json')
                bad += 1
                continue
            errs = check_page(lang, slug, m)
            if errs:
                bad += 1
                print(f'{lang}/{slug}:')
                for e in errs:
                    print('   ', e)
    if set(meta) != seen:
        print('meta.json pages differ from files:', sorted(set(meta) ^ seen))
        bad += 1
    n = sum(m['labelled'] for m in meta.values())
    print(f'{total} pages, {n} labels, {"OK" if not bad else f"{bad} problem(s)"}')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
