#!/usr/bin/env python3
"""Sanity checks for the blind17 corpus (stdlib only).

Verifies for every <lang>/<page>.html + .expect.json:
  * the expect file parses and has url / lang / notes / ai_training with label+sharing(bool)
  * "lang" equals the directory, and the directory is one of en de fr es pt it nl
  * the html's first line is `<!-- saved from url=(0000)URL -->` with URL == expect url
  * <html lang=".."> is set and its primary subtag equals the directory (pt must be pt-BR / pt-PT)
  * every expected label occurs verbatim (whitespace-normalised) in the page text or in an aria-label
  * labels on a page are unique; 6 pages per language
Exit status 1 on any failure.
"""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']


class Collect(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.aria, self.html_lang, self.skip = [], [], None, 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'html':
            self.html_lang = a.get('lang')
        if tag in ('script', 'style'):
            self.skip += 1
        if a.get('aria-label'):
            self.aria.append(a['aria-label'])

    def handle_endtag(self, tag):
        if tag in ('script', 'style') and self.skip:
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.text.append(d)


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def main():
    errors, pages, labels = [], 0, 0
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        exps = sorted(f for f in os.listdir(d) if f.endswith('.expect.json'))
        if len(exps) != 6:
            errors.append(f'{lang}: {len(exps)} pages (want 6)')
        for f in exps:
            name = f[:-len('.expect.json')]
            where = f'{lang}/{name}'
            try:
                exp = json.load(open(os.path.join(d, f), encoding='utf-8'))
            except Exception as e:
                errors.append(f'{where}: JSON does not parse: {e}')
                continue
            for k in ('url', 'lang', 'notes', 'ai_training'):
                if k not in exp:
                    errors.append(f'{where}: missing key {k}')
            if exp.get('lang') != lang:
                errors.append(f'{where}: lang {exp.get("lang")!r} != directory {lang!r}')
            hp = os.path.join(d, name + '.html')
            if not os.path.exists(hp):
                errors.append(f'{where}: html missing')
                continue
            raw = open(hp, encoding='utf-8').read()
            first = raw.split('\n', 1)[0]
            if first != f'<!-- saved from url=(0000){exp.get("url")} -->':
                errors.append(f'{where}: first line {first!r} does not match url')
            c = Collect()
            c.feed(raw)
            hl = c.html_lang
            if not hl:
                errors.append(f'{where}: <html lang> missing')
            else:
                if hl.split('-')[0].lower() != lang:
                    errors.append(f'{where}: html lang {hl!r} not {lang}')
                if lang == 'pt' and hl not in ('pt-BR', 'pt-PT'):
                    errors.append(f'{where}: pt page must use pt-BR or pt-PT, got {hl!r}')
            text = norm(' '.join(c.text))
            # text nodes may be split by inline tags; also test a join without separators
            text2 = norm(''.join(c.text))
            arias = [norm(x) for x in c.aria]
            seen = set()
            for e in exp.get('ai_training', []):
                lab, sh = e.get('label'), e.get('sharing')
                if not isinstance(lab, str) or not lab.strip():
                    errors.append(f'{where}: empty label')
                    continue
                if not isinstance(sh, bool):
                    errors.append(f'{where}: sharing for {lab!r} is not a bool')
                nl = norm(lab)
                if nl in seen:
                    errors.append(f'{where}: duplicate label {lab!r}')
                seen.add(nl)
                if nl not in text and nl not in text2 and nl not in arias:
                    errors.append(f'{where}: label not found in page: {lab!r}')
                labels += 1
            pages += 1
    for e in errors:
        print('FAIL', e)
    print(f'{pages} pages, {labels} labelled controls, {len(errors)} problems')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
