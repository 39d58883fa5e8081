#!/usr/bin/env python3
"""Sanity checks for the blind16 corpus: URL comment, lang, directory, labels present, JSON parses."""
import json, os, re, sys, glob
from html.parser import HTMLParser

LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']
CTRL = {'input', 'select', 'textarea', 'button'}
ROLES = {'switch', 'checkbox', 'radio', 'combobox', 'menuitemcheckbox', 'slider', 'listbox'}

class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text = []; self.aria = []; self.lang = None; self.controls = 0
    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        if tag == 'html': self.lang = d.get('lang')
        if 'aria-label' in d: self.aria.append(d['aria-label'])
        if (tag in CTRL and d.get('type') != 'hidden' and d.get('role') not in ('tab',)) or (tag not in CTRL and d.get('role') in ROLES - {'listbox'}):
            self.controls += 1
    def handle_data(self, data): self.text.append(data)

def norm(s): return re.sub(r'\s+', ' ', s).strip()

def main():
    root = os.path.dirname(os.path.abspath(__file__))
    errors = []; n = 0; labels = 0
    for lang in LANGS:
        for exp_path in sorted(glob.glob(os.path.join(root, lang, '*.expect.json'))):
            n += 1
            name = os.path.basename(exp_path)[:-len('.expect.json')]
            html_path = os.path.join(root, lang, name + '.html')
            try:
                exp = json.load(open(exp_path, encoding='utf-8'))
            except Exception as ex:
                errors.append(f'{exp_path}: JSON does not parse: {ex}'); continue
            if not os.path.exists(html_path):
                errors.append(f'{html_path}: missing'); continue
            src = open(html_path, encoding='utf-8').read()
            first = src.split('\n', 1)[0]
            m = re.fullmatch(r'<!-- saved from url=\(\d{4}\)(\S+) -->', first)
            if not m: errors.append(f'{html_path}: first line is not a saved-from comment')
            elif m.group(1) != exp.get('url'): errors.append(f'{html_path}: URL comment {m.group(1)} != expect url {exp.get("url")}')
            if exp.get('lang') != lang: errors.append(f'{exp_path}: lang {exp.get("lang")} != directory {lang}')
            for key in ('url', 'lang', 'notes', 'ai_training'):
                if key not in exp: errors.append(f'{exp_path}: missing key {key}')
            p = P(); p.feed(src)
            if not p.lang or p.lang.split('-')[0].lower() != lang:
                errors.append(f'{html_path}: <html lang="{p.lang}"> does not match {lang}')
            if lang == 'pt' and p.lang not in ('pt-BR', 'pt-PT'):
                errors.append(f'{html_path}: pt pages must use pt-BR or pt-PT')
            text = norm(' '.join(p.text)); arias = [norm(x) for x in p.aria]
            seen = set()
            for it in exp.get('ai_training', []):
                labels += 1
                lab = norm(it.get('label', ''))
                if not isinstance(it.get('sharing'), bool): errors.append(f'{exp_path}: sharing not bool for {lab!r}')
                if not lab: errors.append(f'{exp_path}: empty label')
                elif lab not in text and not any(lab in x for x in arias):
                    errors.append(f'{exp_path}: label not found in page: {lab!r}')
                if lab in seen: errors.append(f'{exp_path}: duplicate label {lab!r}')
                seen.add(lab)
            if not (18 <= p.controls <= 35):
                errors.append(f'{html_path}: {p.controls} controls (want 18-35)')
            if '-v' in sys.argv: print(f'{lang}/{name}: {p.controls} controls, {len(exp.get("ai_training", []))} labelled')
    for lang in LANGS:
        c = len(glob.glob(os.path.join(root, lang, '*.expect.json')))
        if c != 6: errors.append(f'{lang}: {c} pages (want 6)')
    for e in errors: print('ERROR', e)
    print(f'{n} pages, {labels} labels, {len(errors)} errors')
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
