#!/usr/bin/env python3
"""Self-check for blind59, independent of the builder: parses every saved page with
html.parser, computes visibility and accessible names itself, and compares them with
the expect files, tools/meta.json and README.md."""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def get(self, k, d=None):
        return self.attrs.get(k, d)

    def has(self, k):
        return k in self.attrs

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


class Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node('#root', [], None)
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
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is None:
            raise ValueError(f'stray </{tag}>')
        if n is not self.cur:
            raise ValueError(f'unclosed <{self.cur.tag}> before </{tag}>')
        self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)

    def handle_comment(self, data):
        self.comments.append(data)


def norm(s):
    return ' '.join(s.split())


class Doc:
    def __init__(self, text):
        t = Tree()
        t.feed(text)
        t.close()
        if t.cur is not t.root:
            raise ValueError(f'unclosed <{t.cur.tag}> at end')
        self.root = t.root
        self.byid = {}
        for n in self.root.iter():
            if n.has('id'):
                if n.attrs['id'] in self.byid:
                    raise ValueError('duplicate id ' + n.attrs['id'])
                self.byid[n.attrs['id']] = n
        css = ' '.join(''.join(c for c in n.children if isinstance(c, str)) for n in self.root.iter() if n.tag == 'style')
        self.none_cls, self.vis_cls = set(), set()
        for sel, body in re.findall(r'([^{}]+)\{([^{}]*)\}', css):
            b = body.replace(' ', '')
            for s in sel.split(','):
                s = s.strip()
                if re.fullmatch(r'\.[\w-]+', s):
                    if 'display:none' in b:
                        self.none_cls.add(s[1:])
                    if 'visibility:hidden' in b:
                        self.vis_cls.add(s[1:])

    def self_hidden(self, n):
        """Why this element itself hides its subtree, or None."""
        if n.has('hidden'):
            return 'hidden attribute'
        st = (n.get('style') or '').replace(' ', '').lower()
        if 'display:none' in st:
            return 'inline display:none'
        if 'visibility:hidden' in st:
            return 'visibility:hidden'
        cls = set((n.get('class') or '').split())
        if cls & self.none_cls:
            return 'CSS class display:none'
        if cls & self.vis_cls:
            return 'visibility:hidden'
        if (n.get('aria-hidden') or '').lower() == 'true':
            return 'aria-hidden="true"'
        if n.tag == 'dialog' and not n.has('open'):
            return 'closed dialog'
        if n.tag in ('template', 'head', 'script', 'style'):
            return 'not rendered'
        return None

    def hidden_why(self, n):
        for a in n.ancestors():
            if a.tag == '#root':
                break
            w = self.self_hidden(a)
            if w:
                if w == 'hidden attribute' and a.get('role') == 'tabpanel':
                    return 'inactive tab panel'
                return w
        return None

    def collapsed(self, n):
        for a in n.ancestors():
            if a.tag == 'details' and not a.has('open'):
                return True
        return False

    # ---- accessible names --------------------------------------------
    def text(self, n, skip=None, root=True):
        if not root and self.self_hidden(n):
            return ''
        if skip is not None and n is skip:
            return ''
        out = []
        for c in n.children:
            if isinstance(c, str):
                out.append(c)
            elif c.tag in ('input', 'select', 'textarea'):
                continue
            else:
                out.append(' ' + self.text(c, skip, root=False) + ' ')
        return norm(''.join(out))

    def name(self, n):
        lb = n.get('aria-labelledby')
        if lb:
            parts = []
            for i in lb.split():
                r = self.byid.get(i)
                if r is None:
                    raise ValueError('aria-labelledby to missing id ' + i)
                parts.append(self.text(r) if r is not n else self.text(n))
            return norm(' '.join(parts))
        al = n.get('aria-label')
        if al and al.strip():
            return norm(al)
        if n.tag in ('input', 'select', 'textarea') and n.get('type') not in ('button', 'submit', 'reset'):
            if n.has('id'):
                for l in self.root.iter():
                    if l.tag == 'label' and l.get('for') == n.attrs['id']:
                        return self.text(l)
            for a in n.ancestors():
                if a.tag == 'label':
                    return self.text(a, skip=n)
            return ''
        if n.tag == 'fieldset':
            for c in n.children:
                if isinstance(c, Node) and c.tag == 'legend':
                    return self.text(c)
            return ''
        if n.tag == 'button' or n.get('role') in ('switch', 'tab', 'checkbox', 'button'):
            return self.text(n)
        if n.tag == 'input':
            return norm(n.get('value') or '')
        return ''

    # ---- controls ----------------------------------------------------
    def controls(self, scope):
        """(node, kind) for each control unit under scope; radio groups and aria-pressed groups are one unit."""
        out, seen_radio = [], set()
        for n in scope.iter():
            if n.tag == 'input' and n.get('type') == 'hidden':
                continue
            if n.tag == 'input' and n.get('type') == 'radio':
                g = next((a for a in n.ancestors() if a.tag == 'fieldset' or a.get('role') == 'radiogroup'), None)
                key = id(g) if g is not None else 'name:' + (n.get('name') or '')
                if key not in seen_radio:
                    seen_radio.add(key)
                    out.append((g if g is not None else n, 'radio group'))
                continue
            if n.tag == 'button' and n.has('aria-pressed'):
                g = n.parent
                if g.get('role') == 'group':
                    if id(g) not in seen_radio:
                        seen_radio.add(id(g))
                        out.append((g, 'segmented'))
                    continue
            if n.tag in ('input', 'select', 'textarea', 'button') or n.get('role') in ('switch', 'checkbox'):
                out.append((n, n.get('role') or n.tag))
        return out


def main():
    errors = []
    meta = json.load(open(os.path.join(ROOT, 'tools', 'meta.json'), encoding='utf-8'))
    mbykey = {(m['lang'], m['page']): m for m in meta}
    stats = {}
    npages = 0
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        pages = sorted(f[:-5] for f in os.listdir(d) if f.endswith('.html'))
        st = stats.setdefault(lang, dict(pages=0, known=0, units=0, labelled=0, t=0, f=0, i=0, v=0, h=0, p=0, mech=set()))
        if len(pages) != 5:
            errors.append(f'{lang}: {len(pages)} pages, want 5')
        for pg in pages:
            npages += 1
            where = f'{lang}/{pg}'
            raw = open(os.path.join(d, pg + '.html'), encoding='utf-8').read()
            exp = json.load(open(os.path.join(d, pg + '.expect.json'), encoding='utf-8'))
            lines = raw.split('\n')
            if lines[0] != '<!DOCTYPE html>':
                errors.append(f'{where}: first line is not <!DOCTYPE html>')
            m = re.fullmatch(r'<!-- saved from url=\((\d{4})\)(\S+) -->', lines[1])
            if not m or int(m.group(1)) != len(m.group(2)) or m.group(2) != exp['url']:
                errors.append(f'{where}: bad saved-from comment')
            if not re.fullmatch(r'<html lang="%s">' % lang, lines[2]):
                errors.append(f'{where}: bad <html lang>')
            if set(exp) != {'url', 'lang', 'notes', 'ai_training'} or exp['lang'] != lang:
                errors.append(f'{where}: expect keys / lang')
            for e in exp['ai_training']:
                if set(e) != {'label', 'sharing'} or not isinstance(e['sharing'], bool):
                    errors.append(f'{where}: bad entry {e}')
            try:
                doc = Doc(raw)
            except ValueError as ex:
                errors.append(f'{where}: parse: {ex}')
                continue
            mains = [n for n in doc.root.iter() if n.tag == 'main']
            if len(mains) != 1:
                errors.append(f'{where}: {len(mains)} <main>')
                continue
            main_ = mains[0]
            # chrome
            hdr = next((n for n in doc.root.iter() if n.tag == 'header'), None)
            if hdr is None or not any(n.get('type') == 'search' for n in hdr.iter()) or not any(n.tag == 'select' for n in hdr.iter()):
                errors.append(f'{where}: header lacks search box or language select')
            else:
                acct = [n for n in hdr.iter() if n.tag == 'button' and n.has('aria-controls')]
                if not acct or doc.hidden_why(doc.byid[acct[0].get('aria-controls')]) is None:
                    errors.append(f'{where}: account menu missing or not hidden')
            if not any(n.tag == 'nav' for n in doc.root.iter()) or not any(n.tag == 'footer' for n in doc.root.iter()):
                errors.append(f'{where}: nav / footer missing')
            # controls
            ctl = doc.controls(main_)
            visible = [(n, k, doc.name(n)) for n, k in ctl if doc.hidden_why(n) is None]
            hidden = [(n, k, doc.name(n), doc.hidden_why(n)) for n, k in ctl if doc.hidden_why(n) is not None]
            units = len(visible)
            if not 15 <= units <= 35:
                errors.append(f'{where}: {units} visible control units (want 15-35)')
            for n, k, nm in visible:
                if not nm:
                    errors.append(f'{where}: visible {k} without accessible name')
            names = [nm for _, _, nm in visible]
            labels = [e['label'] for e in exp['ai_training']]
            for lb in set(labels):
                c = names.count(lb)
                if c == 0:
                    errors.append(f'{where}: expected label not a visible control name: {lb!r}')
                elif c != labels.count(lb):
                    errors.append(f'{where}: {c} visible controls named {lb!r}, {labels.count(lb)} entries')
            mm = mbykey.get((lang, pg))
            if mm is None:
                errors.append(f'{where}: not in meta.json')
                continue
            if mm['units'] != units:
                errors.append(f'{where}: meta units {mm["units"]} != computed {units}')
            if [l['label'] for l in mm['labels']] != labels:
                errors.append(f'{where}: meta labels differ from expect')
            if not mm['hidden']:
                errors.append(f'{where}: no hidden ai-training decoy')
            for hd in mm['hidden']:
                hits = [w for n, k, nm, w in hidden if nm == hd['label']]
                if not hits:
                    errors.append(f'{where}: hidden decoy not found hidden: {hd["label"]!r}')
                elif hd['mechanism'] not in hits:
                    errors.append(f'{where}: hidden decoy {hd["label"]!r} hidden by {hits}, meta says {hd["mechanism"]}')
                if hd['label'] in names:
                    errors.append(f'{where}: hidden decoy name also visible: {hd["label"]!r}')
            if exp['url'] != mm['url']:
                errors.append(f'{where}: url differs from meta')
            st['pages'] += 1
            st['known'] += 1 if mm['known'] else 0
            st['units'] += units
            st['labelled'] += len(labels)
            st['t'] += sum(1 for e in exp['ai_training'] if e['sharing'])
            st['f'] += sum(1 for e in exp['ai_training'] if not e['sharing'])
            for l in mm['labels']:
                st[l['shape']] += 1
            st['mech'] |= {h['mechanism'] for h in mm['hidden']}
    # README
    rd = open(os.path.join(ROOT, 'README.md'), encoding='utf-8').read()
    if not rd.startswith('# blind59 — blind evaluation set: marketing, advertising, CRM, newsletters and customer-support software (business admin consoles)\n'):
        errors.append('README title line')
    rows = {}
    for line in rd.split('\n'):
        cells = [c.strip() for c in line.strip().strip('|').split('|')]
        if line.startswith('|') and cells and (cells[0] in LANGS or cells[0] == '**total**') and len(cells) >= 11 and cells[1].strip('*').isdigit():
            rows.setdefault(cells[0], cells)
    tot = dict(pages=0, known=0, units=0, labelled=0, t=0, f=0, i=0, v=0, h=0, p=0)
    for lang in LANGS:
        st = stats[lang]
        want = [st[k] for k in ('pages', 'known', 'units', 'labelled', 't', 'f', 'i', 'v', 'h', 'p')]
        for k in tot:
            tot[k] += st[k]
        got = rows.get(lang)
        if not got or [int(c.strip('*')) for c in got[1:11]] != want:
            errors.append(f'README counts for {lang}: {got and got[1:11]} != {want}')
    got = rows.get('**total**')
    if not got or [int(c.strip('*')) for c in got[1:11]] != list(tot.values()):
        errors.append(f'README totals: {got and got[1:11]} != {list(tot.values())}')
    for m in meta:
        if f'| {m["lang"]} | {m["page"]} |' not in rd:
            errors.append(f'README pages table lacks {m["lang"]}/{m["page"]}')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        print(f'{len(errors)} problem(s)')
        sys.exit(1)
    print(f'OK: {npages} pages, {tot["units"]} control units, {tot["labelled"]} labelled '
          f'({tot["t"]} sharing, {tot["f"]} not), shapes i={tot["i"]} v={tot["v"]} h={tot["h"]} p={tot["p"]}')


if __name__ == '__main__':
    main()
