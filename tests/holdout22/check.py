#!/usr/bin/env python3
"""Independent checker for the blind22 evaluation set (python stdlib only).

Usage: python3 check.py [ROOT]      (ROOT defaults to the folder holding this file)

For every <lang>/<page>.html + <lang>/<page>.expect.json it verifies:
  * the "saved from url=(NNNN)URL" comment exists, NNNN == len(URL), URL == expect["url"];
  * <html lang> matches the directory (pt must be pt-BR or pt-PT);
  * the JSON has exactly the keys url, lang, notes, ai_training; lang == directory;
    each ai_training entry has exactly label (non-empty str) and sharing (bool); labels unique;
  * every label occurs in the page text or in an aria-label value;
  * every label equals the accessible name of a VISIBLE control, computed as
    aria-labelledby > aria-label > label[for] / wrapping label > legend (fieldset)
    > status-row name > text content (buttons, summary, role-controls) / value;
  * no expected label is contained in the name of another visible control
    (options of the same radio group / select / pressed-button group are not other controls);
  * the page has 15-35 visible focusable controls besides the header's decoys.
Prints one line per problem and a final summary line.
"""
import html.parser, json, os, re, sys

VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param',
        'source', 'track', 'wbr'}
CONTROL_ROLES = {'checkbox', 'switch', 'radio', 'button', 'tab', 'menuitem', 'menuitemcheckbox',
                 'menuitemradio', 'combobox', 'textbox', 'searchbox', 'slider', 'spinbutton', 'option'}


class Node:
    __slots__ = ('tag', 'attrs', 'children', 'parent', 'text')

    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children = []
        self.text = None  # for text nodes

    def get(self, k, d=None):
        return self.attrs.get(k, d)


class TreeBuilder(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node('#root', {}, None)
        self.stack = [self.root]
        self.comments = []
        self.styles = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        a = {}
        for k, v in attrs:
            a[k.lower()] = '' if v is None else v
        n = Node(tag, a, self.stack[-1])
        self.stack[-1].children.append(n)
        if tag not in VOID:
            self.stack.append(n)
        if tag == 'style':
            self._in_style = True

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack[-1].tag == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag == 'style':
            self._in_style = False
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)
        t = Node('#text', {}, self.stack[-1])
        t.text = data
        self.stack[-1].children.append(t)

    def handle_comment(self, data):
        self.comments.append(data)


def norm(s):
    return re.sub(r'\s+', ' ', s or '').strip()


def walk(n):
    yield n
    for c in n.children:
        yield from walk(c)


def ancestors(n):
    while n is not None:
        yield n
        n = n.parent


class Doc:
    def __init__(self, src):
        tb = TreeBuilder()
        tb.feed(src)
        tb.close()
        self.src = src
        self.root = tb.root
        self.comments = tb.comments
        self.ids = {}
        for n in walk(self.root):
            if n.tag != '#text' and 'id' in n.attrs:
                self.ids.setdefault(n.attrs['id'], n)
        self.hidden_classes = set()
        for css in tb.styles:
            for sel, body in re.findall(r'([^{}]+)\{([^}]*)\}', css):
                if self._style_hides(body):
                    for s in sel.split(','):
                        s = s.strip()
                        if re.fullmatch(r'\.[\w-]+', s):
                            self.hidden_classes.add(s[1:])
        self.labels_for = {}
        for n in walk(self.root):
            if n.tag == 'label' and n.get('for'):
                self.labels_for.setdefault(n.get('for'), []).append(n)

    @staticmethod
    def _style_hides(style):
        st = re.sub(r'\s+', '', style.lower())
        return 'display:none' in st or 'visibility:hidden' in st

    def hides_self(self, n):
        if n.tag == '#text':
            return False
        a = n.attrs
        if 'hidden' in a:
            return True
        if a.get('aria-hidden', '').lower() == 'true':
            return True
        if self._style_hides(a.get('style', '')):
            return True
        if any(c in self.hidden_classes for c in a.get('class', '').split()):
            return True
        if n.tag == 'dialog' and 'open' not in a:
            return True
        if n.tag in ('template', 'head', 'script', 'style', 'noscript'):
            return True
        if n.tag == 'input' and a.get('type', '').lower() == 'hidden':
            return True
        return False

    def visible(self, n):
        # NB: a closed <details> does not hide its content (collapsed, one click away)
        return not any(self.hides_self(x) for x in ancestors(n))

    # ---- text ----
    def text(self, n, skip_hidden=True, skip_tags=()):
        out = []

        def rec(x):
            if x.tag == '#text':
                out.append(x.text)
                return
            if skip_hidden and self.hides_self(x) and x.tag != '#root':
                return
            if x.tag in skip_tags or x.tag in ('style', 'script'):
                return
            for c in x.children:
                rec(c)
            if x.tag in ('br', 'p', 'div', 'td', 'th', 'li', 'option', 'label', 'span'):
                out.append(' ')
        rec(n)
        return norm(' '.join(out))

    # ---- accessible name ----
    def name(self, n):
        a = n.attrs
        if a.get('aria-labelledby'):
            parts = []
            for i in a['aria-labelledby'].split():
                t = self.ids.get(i)
                if t is not None:
                    parts.append(self.text(t, skip_hidden=False))
            s = norm(' '.join(parts))
            if s:
                return s, 'aria-labelledby'
        if norm(a.get('aria-label')):
            return norm(a.get('aria-label')), 'aria-label'
        if n.tag in ('input', 'select', 'textarea'):
            parts = []
            if a.get('id') and a['id'] in self.labels_for:
                parts += [self.text(l, skip_tags=('select', 'textarea')) for l in self.labels_for[a['id']]]
            for x in ancestors(n.parent):
                if x.tag == 'label':
                    parts.append(self.text(x, skip_tags=('select', 'textarea')))
                    break
            s = norm(' '.join(parts))
            if s:
                return s, 'label'
        if n.tag == 'fieldset':
            for c in n.children:
                if c.tag == 'legend':
                    return self.text(c), 'legend'
        if n.tag == 'button' or a.get('role') in CONTROL_ROLES or n.tag == 'summary':
            for x in ancestors(n.parent):
                if x.tag != '#text' and ('status-row' in x.get('class', '').split() or x.get('role') == 'row'):
                    for y in walk(x):
                        if y.tag != '#text' and ('row-name' in y.get('class', '').split()):
                            return self.text(y), 'status-row'
                    break
            s = self.text(n)
            if s:
                return s, 'text'
        if n.tag == 'input' and a.get('type', '').lower() in ('submit', 'button', 'reset') and a.get('value'):
            return norm(a['value']), 'value'
        if n.tag == 'option':
            return self.text(n), 'text'
        if a.get('title'):
            return norm(a['title']), 'title'
        if a.get('placeholder'):
            return norm(a['placeholder']), 'placeholder'
        return '', 'none'


def is_focusable_control(n):
    if n.tag == '#text':
        return False
    if n.tag in ('input', 'select', 'textarea', 'button', 'summary'):
        return True
    return n.get('role') in CONTROL_ROLES and n.get('role') != 'option'


def collect_controls(doc):
    """Returns list of dicts: node, name, kind, group (id of owning group or None), visible, focusable."""
    ctrls = []
    group_of = {}
    # groups: fieldset with radios, role=radiogroup, role=group of aria-pressed buttons, select
    for n in walk(doc.root):
        if n.tag == '#text':
            continue
        members = []
        if n.tag == 'fieldset' or n.get('role') == 'radiogroup':
            members = [x for x in walk(n) if x is not n and
                       ((x.tag == 'input' and x.get('type', '').lower() == 'radio') or x.get('role') == 'radio')]
        elif n.get('role') == 'group':
            members = [x for x in walk(n) if x is not n and x.tag != '#text' and 'aria-pressed' in x.attrs]
        elif n.tag == 'select':
            members = [x for x in walk(n) if x.tag == 'option']
        if members:
            g = id(n)
            nm, how = doc.name(n)
            ctrls.append(dict(node=n, name=nm, how=how, kind='group:' + (n.get('role') or n.tag), group=g,
                              visible=doc.visible(n), focusable=(n.tag == 'select')))
            for m in members:
                group_of.setdefault(id(m), g)
    for n in walk(doc.root):
        if n.tag == '#text' or n.tag == 'select':
            continue
        if is_focusable_control(n) or n.tag == 'option':
            if n.tag == 'input' and n.get('type', '').lower() == 'hidden':
                continue
            nm, how = doc.name(n)
            ctrls.append(dict(node=n, name=nm, how=how, kind=n.get('role') or n.tag, group=group_of.get(id(n)),
                              visible=doc.visible(n), focusable=n.tag != 'option'))
    return ctrls


def check_page(root, lang, base):
    probs = []
    hp = os.path.join(root, lang, base + '.html')
    jp = os.path.join(root, lang, base + '.expect.json')
    if not os.path.exists(jp):
        return ['missing .expect.json']
    if not os.path.exists(hp):
        return ['missing .html']
    src = open(hp, encoding='utf-8').read()
    try:
        exp = json.load(open(jp, encoding='utf-8'))
    except Exception as e:
        return [f'bad JSON: {e}']
    # JSON shape
    if not isinstance(exp, dict) or set(exp) != {'url', 'lang', 'notes', 'ai_training'}:
        probs.append(f'JSON keys are {sorted(exp) if isinstance(exp, dict) else type(exp)}, want url/lang/notes/ai_training')
        return probs
    if exp['lang'] != lang:
        probs.append(f'JSON lang {exp["lang"]!r} != directory {lang!r}')
    if not isinstance(exp['notes'], str) or not exp['notes'].strip():
        probs.append('notes missing/empty')
    if not isinstance(exp['ai_training'], list):
        probs.append('ai_training is not a list')
        return probs
    labels = []
    for e in exp['ai_training']:
        if not isinstance(e, dict) or set(e) != {'label', 'sharing'}:
            probs.append(f'bad ai_training entry {e!r}')
            continue
        if not isinstance(e['label'], str) or not e['label'].strip():
            probs.append(f'empty label {e!r}')
            continue
        if not isinstance(e['sharing'], bool):
            probs.append(f'sharing not bool in {e!r}')
        labels.append(e['label'])
    if len(set(labels)) != len(labels):
        probs.append('duplicate labels')
    # saved-from comment
    m = re.search(r'<!--\s*saved from url=\((\d{4})\)(\S+)\s*-->', src)
    if not m:
        probs.append('no "saved from url" comment')
    else:
        if m.group(2) != exp['url']:
            probs.append(f'saved-from URL {m.group(2)!r} != url {exp["url"]!r}')
        if int(m.group(1)) != len(m.group(2)):
            probs.append(f'saved-from length {m.group(1)} != {len(m.group(2))}')
    doc = Doc(src)
    htmls = [n for n in walk(doc.root) if n.tag == 'html']
    hl = htmls[0].get('lang', '') if htmls else ''
    if lang == 'pt':
        if hl not in ('pt-BR', 'pt-PT'):
            probs.append(f'<html lang={hl!r}> (pt needs pt-BR or pt-PT)')
    elif not (hl == lang or hl.lower().startswith(lang + '-')):
        probs.append(f'<html lang={hl!r}> does not match {lang}')
    ctrls = collect_controls(doc)
    vis = [c for c in ctrls if c['visible']]
    # the page header (search box, language select, account menu) comes on top of the 15-35
    nfocus = sum(1 for c in vis if c['focusable'] and not any(x.tag == 'header' for x in ancestors(c['node'])))
    if not 15 <= nfocus <= 35:
        probs.append(f'{nfocus} visible controls outside the page header (want 15-35)')
    body = [n for n in walk(doc.root) if n.tag == 'body']
    ptext = doc.text(body[0], skip_hidden=False).lower() if body else ''
    arias = [norm(n.get('aria-label')).lower() for n in walk(doc.root) if n.tag != '#text' and n.get('aria-label')]
    for L in labels:
        nl = norm(L).lower()
        if nl not in ptext and not any(nl in a for a in arias):
            probs.append(f'label not in page text/aria-label: {L!r}')
        match = [c for c in vis if c['name'].lower() == nl]
        if not match:
            hid = [c for c in ctrls if not c['visible'] and c['name'].lower() == nl]
            probs.append(f'label is not the name of a visible control{" (only hidden ones)" if hid else ""}: {L!r}')
            continue
        if len(match) > 1:
            probs.append(f'label names {len(match)} visible controls: {L!r}')
        mine = set()
        for c in match:
            mine.add(id(c['node']))
            if c['group'] is not None:
                mine.add(('g', c['group']))
        for c in vis:
            if id(c['node']) in mine:
                continue
            if c['group'] is not None and ('g', c['group']) in mine:
                continue
            if nl in c['name'].lower():
                probs.append(f'label {L!r} is contained in another control\'s name {c["name"]!r} ({c["kind"]})')
    return probs


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    pages = bad = 0
    for lang in ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']:
        d = os.path.join(root, lang)
        if not os.path.isdir(d):
            print(f'{lang}: missing directory')
            bad += 1
            continue
        bases = sorted({f[:-len('.expect.json')] if f.endswith('.expect.json') else f[:-5]
                        for f in os.listdir(d) if f.endswith('.html') or f.endswith('.expect.json')})
        for b in bases:
            pages += 1
            pr = check_page(root, lang, b)
            for x in pr:
                print(f'{lang}/{b}: {x}')
            if pr:
                bad += 1
    print(f'{pages} pages checked, {bad} pages with problems')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
