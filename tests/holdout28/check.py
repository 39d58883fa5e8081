#!/usr/bin/env python3
"""Self-check for the blind28 corpus (standard library only).

For every <lang>/<page>.html + .expect.json:
  * first lines: <!DOCTYPE html>, <!-- saved from url=(NNNN)URL --> with NNNN == len(URL),
    <html lang> consistent with the directory and the expect "lang"; expect url == URL
  * expect JSON valid, with exactly the keys url, lang, notes, ai_training
  * every expected label is the accessible name (as a browser computes it, for the
    subset of HTML/ARIA used here) of exactly one visible control
  * no hidden control's name equals / contains / is contained in an expected label
  * no other visible control's name contains an expected label (a finding on that
    decoy would be matched to the label), and no long decoy name is contained in one
  * labels on a page do not contain one another
  * hidden AI decoys recorded in tools/meta.json are hidden and not visible anywhere
  * the recorded state of each on/off or choice item matches the page (and so the
    sharing value is consistent with the shown state and the inversion)
  * page skeleton: header with search box, language select, account-menu button whose
    menu is hidden, side navigation, footer, 15-35 further visible controls in <main>
Exit status 0 when everything passes.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'}
BLOCK = {'div', 'p', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'table', 'tr',
         'td', 'th', 'thead', 'tbody', 'caption', 'fieldset', 'legend', 'header', 'footer', 'nav', 'main', 'form',
         'details', 'summary', 'dialog', 'br', 'hr', 'blockquote', 'dl', 'dt', 'dd', 'aside'}
WIDGET_ROLES = {'switch', 'checkbox', 'radio', 'button', 'link', 'tab', 'menuitem', 'menuitemcheckbox',
                'menuitemradio', 'combobox', 'slider', 'spinbutton', 'textbox', 'searchbox', 'option'}
NAME_FROM_CONTENT = {'button', 'link', 'switch', 'checkbox', 'radio', 'tab', 'menuitem', 'menuitemcheckbox',
                     'menuitemradio', 'option', 'heading', 'cell', 'columnheader', 'rowheader', 'tooltip', 'treeitem'}


class Node:
    __slots__ = ('tag', 'attrs', 'children', 'parent', 'text')

    def __init__(self, tag, attrs=None, parent=None, text=None):
        self.tag, self.attrs, self.parent, self.text = tag, attrs or {}, parent, text
        self.children = []

    def get(self, k, d=None):
        return self.attrs.get(k, d)

    def ancestors(self, self_too=True):
        n = self if self_too else self.parent
        while n is not None:
            yield n
            n = n.parent

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()


class Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node('#root')
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        n = Node(tag, {k: (v if v is not None else '') for k, v in attrs}, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        n = Node(tag, {k: (v if v is not None else '') for k, v in attrs}, self.cur)
        self.cur.children.append(n)

    def handle_endtag(self, tag):
        n = self.cur
        while n is not self.root and n.tag != tag:
            n = n.parent
        if n is not self.root:
            self.cur = n.parent

    def handle_data(self, d):
        self.cur.children.append(Node('#text', parent=self.cur, text=d))


def ws(s):
    return re.sub(r'\s+', ' ', s).strip()


def norm(s):
    return ws(re.sub(r'[^\w]+', ' ', s.lower()))


class Doc:
    def __init__(self, text):
        p = Parser()
        p.feed(text)
        p.close()
        self.root = p.root
        self.nodes = [n for n in self.root.walk() if n.tag != '#text' and n.tag != '#root']
        self.ids = {}
        for n in self.nodes:
            if 'id' in n.attrs:
                if n.attrs['id'] in self.ids:
                    raise ValueError('duplicate id %r' % n.attrs['id'])
                self.ids[n.attrs['id']] = n
        self.labels_for = {}
        for n in self.nodes:
            if n.tag == 'label' and n.get('for'):
                self.labels_for.setdefault(n.get('for'), []).append(n)
        self.rules = []
        self.bad_css = []
        order = 0
        for n in self.nodes:
            if n.tag == 'style':
                css = ''.join(c.text for c in n.children if c.tag == '#text')
                css = re.sub(r'/\*.*?\*/', '', css, flags=re.S)
                for m in re.finditer(r'([^{}]+)\{([^{}]*)\}', css):
                    decl = {}
                    for d in m.group(2).split(';'):
                        if ':' in d:
                            k, v = d.split(':', 1)
                            decl[k.strip().lower()] = v.strip().lower()
                    hides = decl.get('display') == 'none' or decl.get('visibility') == 'hidden'
                    for sel in m.group(1).split(','):
                        sel = sel.strip()
                        mm = re.fullmatch(r'([a-z][a-z0-9]*)?((?:\.[\w-]+)*)', sel)
                        if not mm or (not mm.group(1) and not mm.group(2)):
                            if hides:
                                self.bad_css.append(sel)
                            continue
                        classes = [c for c in mm.group(2).split('.') if c]
                        order += 1
                        self.rules.append((len(classes) * 10 + (1 if mm.group(1) else 0), order, mm.group(1), classes, decl))
        self._hid = {}

    # ------------------------------------------------------------ visibility
    def _prop(self, n, prop):
        best = None
        cls = set(n.get('class', '').split())
        for spec, order, tag, classes, decl in self.rules:
            if prop not in decl:
                continue
            if tag and tag != n.tag:
                continue
            if not all(c in cls for c in classes):
                continue
            key = (spec, order)
            if best is None or key >= best[0]:
                best = (key, decl[prop])
        val = best[1] if best else None
        st = n.get('style', '')
        for d in st.split(';'):
            if ':' in d:
                k, v = d.split(':', 1)
                if k.strip().lower() == prop:
                    val = v.strip().lower()
        return val

    def self_hidden(self, n):
        if n.tag in ('head', 'script', 'style', 'template', 'noscript', 'title'):
            return True
        if 'hidden' in n.attrs:
            return True
        if n.get('aria-hidden', '').lower() == 'true':
            return True
        if self._prop(n, 'display') == 'none':
            return True
        if n.tag == 'dialog' and 'open' not in n.attrs:
            return True
        if n.get('role') == 'tabpanel':
            tab = self.ids.get(n.get('aria-labelledby', '').split()[0]) if n.get('aria-labelledby') else None
            if tab is not None and tab.get('aria-selected') != 'true':
                return True
        return False

    def hidden(self, n):
        if n in self._hid:
            return self._hid[n]
        res = False
        for a in n.ancestors():
            if a.tag in ('#root',):
                continue
            if self.self_hidden(a):
                res = True
                break
        if not res:
            for a in n.ancestors():
                if a.tag == '#root':
                    continue
                v = self._prop(a, 'visibility')
                if v:
                    res = v == 'hidden'
                    break
        self._hid[n] = res
        return res

    # ----------------------------------------------------------------- roles
    def role(self, n):
        r = n.get('role')
        if r:
            return r.split()[0]
        t = n.tag
        if t == 'button':
            return 'button'
        if t == 'a' and 'href' in n.attrs:
            return 'link'
        if t == 'input':
            ty = n.get('type', 'text').lower()
            return {'checkbox': 'checkbox', 'radio': 'radio', 'button': 'button', 'submit': 'button',
                    'reset': 'button', 'search': 'searchbox', 'range': 'slider', 'number': 'spinbutton',
                    'hidden': 'none'}.get(ty, 'textbox')
        if t == 'select':
            return 'combobox'
        if t == 'textarea':
            return 'textbox'
        if t in ('h1', 'h2', 'h3', 'h4', 'h5', 'h6'):
            return 'heading'
        if t == 'summary':
            return 'button'
        if t == 'fieldset':
            return 'group'
        if t == 'th':
            return 'columnheader' if n.get('scope') == 'col' else 'rowheader'
        if t == 'td':
            return 'cell'
        return None

    def is_group_control(self, n):
        r = self.role(n)
        if r == 'radiogroup':
            return True
        if n.tag == 'fieldset':
            return any(d.tag == 'input' and d.get('type', '').lower() == 'radio' for d in n.walk())
        if r == 'group':
            return any('aria-pressed' in d.attrs for d in n.walk() if d is not n)
        return False

    def is_control(self, n):
        if n.tag == 'input':
            return n.get('type', 'text').lower() != 'hidden'
        if n.tag in ('select', 'textarea', 'button', 'summary'):
            return True
        if n.tag == 'a' and 'href' in n.attrs:
            return True
        if n.get('role') and n.get('role').split()[0] in WIDGET_ROLES:
            return True
        return self.is_group_control(n)

    # ------------------------------------------------------- accessible name
    def name(self, n):
        return ws(self._text(n, n, set(), False, False))

    def _embedded_value(self, n):
        r = self.role(n)
        if n.tag == 'input' and r in ('textbox', 'searchbox', 'spinbutton'):
            return n.get('value', '')
        if n.tag == 'select':
            for o in n.walk():
                if o.tag == 'option' and 'selected' in o.attrs:
                    return ''.join(c.text for c in o.walk() if c.tag == '#text')
            for o in n.walk():
                if o.tag == 'option':
                    return ''.join(c.text for c in o.walk() if c.tag == '#text')
            return ''
        return None

    def _text(self, n, root, visited, in_lb, recursing):
        if n.tag == '#text':
            return n.text
        if n in visited:
            return ''
        visited = visited | {n}
        # 2A hidden descendants do not contribute (a directly referenced node does)
        if recursing and (self.self_hidden(n) or self._prop(n, 'visibility') == 'hidden'):
            return ''
        # 2B aria-labelledby
        if not in_lb and n.get('aria-labelledby', '').strip():
            parts = []
            for i in n.get('aria-labelledby').split():
                t = self.ids.get(i)
                if t is not None:
                    parts.append(ws(self._text(t, root, set(), True, False)))
            s = ' '.join(p for p in parts if p)
            if s:
                return s
        # 2C embedded control inside a label for another widget
        if recursing and n is not root:
            v = self._embedded_value(n)
            if v is not None:
                return v
            if self.role(n) in ('checkbox', 'radio', 'switch'):
                return ''
        # 2D aria-label
        al = n.get('aria-label', '').strip()
        if al:
            return al
        # 2E native
        role = self.role(n)
        if not recursing:
            if n.tag in ('input', 'select', 'textarea') and role != 'button':
                labels = list(self.labels_for.get(n.get('id'), [])) if n.get('id') else []
                for a in n.ancestors(False):
                    if a.tag == 'label' and a not in labels:
                        labels.append(a)
                s = ' '.join(ws(self._text(l, root, visited, in_lb, True)) for l in labels)
                if ws(s):
                    return s
                if n.get('title'):
                    return n.get('title')
                if n.get('placeholder'):
                    return n.get('placeholder')
                return ''
            if n.tag == 'input' and role == 'button':
                return n.get('value', '') or n.get('title', '')
            if n.tag == 'fieldset':
                for c in n.children:
                    if c.tag == 'legend':
                        return self._text(c, root, visited, in_lb, True)
                return n.get('title', '')
            if n.tag == 'img':
                return n.get('alt', '')
        # 2F name from content
        if recursing or in_lb or role in NAME_FROM_CONTENT:
            out = []
            for c in n.children:
                t = self._text(c, root, visited, in_lb, True)
                if c.tag in BLOCK:
                    t = ' ' + t + ' '
                out.append(t)
            s = ''.join(out)
            if ws(s):
                return s
        return n.get('title', '')

    # ----------------------------------------------------------------- state
    def state(self, n):
        """on/off state of a toggle, or selected text of a choice control."""
        if n.tag == 'input' and n.get('type', '').lower() in ('checkbox', 'radio'):
            return ('toggle', 'checked' in n.attrs)
        if n.get('aria-checked') is not None:
            return ('toggle', n.get('aria-checked') == 'true')
        if n.tag == 'select':
            return ('choice', ws(self._embedded_value(n) or ''))
        if self.is_group_control(n):
            for d in n.walk():
                if d.tag == 'input' and d.get('type', '').lower() == 'radio' and 'checked' in d.attrs:
                    return ('choice', self.name(d))
                if d.get('aria-pressed') == 'true' or d.get('aria-checked') == 'true':
                    return ('choice', self.name(d))
            return ('choice', None)
        return (None, None)


def controls(doc):
    return [n for n in doc.nodes if doc.is_control(n)]


def in_main(n):
    return any(a.tag == 'main' for a in n.ancestors())


def further_controls(doc):
    """Visible widgets inside <main> (individual widgets; groups and summaries not counted)."""
    return [n for n in controls(doc) if in_main(n) and not doc.hidden(n) and not doc.is_group_control(n)
            and n.tag != 'summary']


def check_page(path_html, path_exp, lang, meta_page, errors, warnings):
    rel = os.path.relpath(path_html, HERE)

    def err(msg):
        errors.append('%s: %s' % (rel, msg))

    def warn(msg):
        warnings.append('%s: %s' % (rel, msg))

    text = open(path_html, encoding='utf-8').read()
    lines = text.split('\n')
    if lines[0] != '<!DOCTYPE html>':
        err('first line is not <!DOCTYPE html>')
    m = re.fullmatch(r'<!-- saved from url=\((\d{4})\)(\S+) -->', lines[1] if len(lines) > 1 else '')
    url = None
    if not m:
        err('second line is not a saved-from comment')
    else:
        url = m.group(2)
        if int(m.group(1)) != len(url):
            err('saved-from length %s != len(url) %d' % (m.group(1), len(url)))
    m2 = re.fullmatch(r'<html lang="([^"]+)">', lines[2] if len(lines) > 2 else '')
    if not m2:
        err('third line is not <html lang="...">')
        hl = ''
    else:
        hl = m2.group(1)
    if lang == 'pt':
        if hl not in ('pt-BR', 'pt-PT'):
            err('Portuguese page must use pt-BR or pt-PT, has %r' % hl)
    elif hl.split('-')[0] != lang:
        err('html lang %r does not match directory %r' % (hl, lang))

    try:
        exp = json.load(open(path_exp, encoding='utf-8'))
    except Exception as e:  # noqa
        err('invalid JSON: %s' % e)
        return
    if set(exp) != {'url', 'lang', 'notes', 'ai_training'}:
        err('expect keys %s' % sorted(exp))
    if exp.get('url') != url:
        err('expect url %r != saved-from url %r' % (exp.get('url'), url))
    if exp.get('lang') != lang:
        err('expect lang %r != %r' % (exp.get('lang'), lang))
    if not isinstance(exp.get('notes'), str) or not exp['notes'].strip():
        err('notes missing')
    items = exp.get('ai_training')
    if not isinstance(items, list):
        err('ai_training not a list')
        return
    for it in items:
        if set(it) != {'label', 'sharing'} or not isinstance(it['label'], str) or not isinstance(it['sharing'], bool):
            err('bad item %r' % (it,))

    doc = Doc(text)
    if doc.bad_css:
        err('hiding CSS rule with a selector this checker cannot evaluate: %s' % doc.bad_css)
    ctrls = controls(doc)
    named = [(n, doc.name(n), doc.hidden(n)) for n in ctrls]
    labels = [it['label'] for it in items]

    # labels distinct, not containing one another
    for i, a in enumerate(labels):
        if a != ws(a):
            err('label has stray whitespace: %r' % a)
        for j, b in enumerate(labels):
            if i != j and norm(a) and norm(a) in norm(b):
                err('label %r is contained in label %r' % (a, b))

    matched = {}
    for it in items:
        lab = it['label']
        vis = [n for n, nm, hid in named if nm == lab and not hid]
        hidn = [n for n, nm, hid in named if nm == lab and hid]
        if len(vis) != 1:
            err('label %r is the name of %d visible controls (want 1)' % (lab, len(vis)))
            continue
        if hidn:
            err('label %r is also the name of a hidden control' % lab)
        matched[lab] = vis[0]

    # containment against other controls
    for lab, node in matched.items():
        nl = norm(lab)
        group_members = set(d for d in node.walk())
        for n, nm, hid in named:
            if n is node or n in group_members:
                continue
            nn = norm(nm)
            if not nn:
                continue
            if hid:
                if nl in nn or (len(nn) >= 4 and nn in nl and in_main(n)):
                    err('hidden control %r overlaps label %r' % (nm, lab))
                continue
            if nl in nn:
                err('visible decoy %r contains label %r' % (nm, lab))
            elif len(nn) >= 12 and nn in nl and in_main(n):
                err('visible decoy %r is contained in label %r' % (nm, lab))
            elif len(nn) >= 6 and nn in nl and in_main(n):
                warn('short decoy name %r is contained in label %r' % (nm, lab))

    # meta: state / sharing consistency and hidden decoys
    if meta_page is not None:
        mitems = {m['label']: m for m in meta_page['items']}
        if set(mitems) != set(labels):
            err('meta items differ from expect labels')
        for it in items:
            mi = mitems.get(it['label'])
            node = matched.get(it['label'])
            if mi is None or node is None:
                continue
            if mi['sharing'] != it['sharing']:
                err('meta/expect sharing differ for %r' % it['label'])
            kind, val = doc.state(node)
            if mi['kind'] == 'toggle':
                if kind != 'toggle':
                    err('%r: expected an on/off control' % it['label'])
                elif val != mi['state']['on']:
                    err('%r: page state %r != recorded %r' % (it['label'], val, mi['state']['on']))
                elif it['sharing'] != (val != mi['state']['inv']):
                    err('%r: sharing inconsistent with state/inversion' % it['label'])
            elif mi['kind'] == 'choice':
                if kind != 'choice' or val != mi['state']['selected']:
                    err('%r: selected %r != recorded %r' % (it['label'], val, mi['state']['selected']))
        for hl_ in meta_page['hidden_ai']:
            vis = [n for n, nm, hid in named if nm == hl_ and not hid]
            hid = [n for n, nm, h in named if nm == hl_ and h]
            if vis:
                err('hidden AI decoy %r is visible' % hl_)
            if not hid:
                err('hidden AI decoy %r not found as a hidden control' % hl_)

    # skeleton
    header = [n for n in doc.nodes if n.tag == 'header']
    if not header:
        err('no <header>')
    else:
        hd = header[0]
        if not any(d.tag == 'input' and d.get('type') == 'search' and not doc.hidden(d) for d in hd.walk()):
            err('no visible search box in header')
        if not any(d.tag == 'select' and not doc.hidden(d) for d in hd.walk()):
            err('no language select in header')
        acct = [d for d in hd.walk() if d.tag == 'button' and d.get('aria-haspopup') and d.get('aria-controls')]
        if not acct or doc.ids.get(acct[0].get('aria-controls')) is None or not doc.hidden(doc.ids[acct[0].get('aria-controls')]):
            err('no account-menu button with a hidden menu')
    if not any(n.tag == 'nav' for n in doc.nodes):
        err('no <nav>')
    if not any(n.tag == 'footer' for n in doc.nodes):
        err('no <footer>')
    fc = further_controls(doc)
    if not 15 <= len(fc) <= 35:
        err('%d further visible controls in <main> (want 15-35)' % len(fc))
    # tab panels hidden by role semantics must really be hidden by markup/CSS
    for n in doc.nodes:
        if n.get('role') == 'tabpanel':
            tab = doc.ids.get(n.get('aria-labelledby', '').split()[0]) if n.get('aria-labelledby') else None
            really = 'hidden' in n.attrs or doc._prop(n, 'display') == 'none'
            if tab is not None and (tab.get('aria-selected') != 'true') != really:
                err('tab panel %r: selected state and CSS/hidden disagree' % n.get('id'))
    # an unnamed visible control is a markup bug
    for n, nm, hid in named:
        if not hid and not nm and not doc.is_group_control(n):
            err('visible control <%s id=%r> has no accessible name' % (n.tag, n.get('id')))
    return len(fc)


def main():
    errors, warnings = [], []
    meta_path = os.path.join(HERE, 'tools', 'meta.json')
    meta = json.load(open(meta_path, encoding='utf-8')) if os.path.exists(meta_path) else None
    if meta is None:
        warnings.append('tools/meta.json missing: state checks skipped')
    total_pages = total_labels = 0
    seen = set()
    for lang in LANGS:
        d = os.path.join(HERE, lang)
        if not os.path.isdir(d):
            errors.append('missing directory %s' % lang)
            continue
        pages = sorted(f[:-5] for f in os.listdir(d) if f.endswith('.html'))
        exps = sorted(f[:-12] for f in os.listdir(d) if f.endswith('.expect.json'))
        if pages != exps:
            errors.append('%s: html/expect files do not pair up' % lang)
        if len(pages) != 5:
            errors.append('%s: %d pages (want 5)' % (lang, len(pages)))
        for pg in pages:
            key = '%s/%s' % (lang, pg)
            seen.add(key)
            mp = meta['pages'].get(key) if meta else None
            if meta is not None and mp is None:
                errors.append('%s: not in meta.json' % key)
            check_page(os.path.join(d, pg + '.html'), os.path.join(d, pg + '.expect.json'), lang, mp, errors, warnings)
            total_pages += 1
            total_labels += len(json.load(open(os.path.join(d, pg + '.expect.json'), encoding='utf-8'))['ai_training'])
    for w in warnings:
        print('warning:', w)
    for e in errors:
        print('ERROR:', e)
    print('%d pages, %d labelled controls, %d errors, %d warnings' % (total_pages, total_labels, len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
