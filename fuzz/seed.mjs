// Seed each fuzz target's corpus from the project's own tests (run by ./do fuzz):
// saved pages, their labels, stored-history fixtures. Written to fuzz/corpus/<target>/.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import { createHash } from 'node:crypto';

const root = new URL('..', import.meta.url).pathname;
const out = (target) => { const d = join(root, 'fuzz/corpus', target); mkdirSync(d, { recursive: true }); return d; };
const put = (target, data) => writeFileSync(join(out(target), createHash('sha1').update(data).digest('hex')), data);
const walk = (d) => readdirSync(d).flatMap((n) => { const p = join(d, n); return statSync(p).isDirectory() ? walk(p) : [p]; });

const tests = join(root, 'tests');
const pages = walk(tests).filter((p) => p.endsWith('.html') && !p.includes('node_modules'));
for (const p of pages) {
  const html = readFileSync(p);
  if (html.length > 64 * 1024) continue; // small inputs keep executions fast; big pages are in the benches
  put('scan_html', html);
  put('scan_capture', JSON.stringify({ format: 'unticked-capture', version: 1, url: 'https://www.example.test/settings', lang: 'en', captured_at: '2026-12-01T00:00:00Z', html: html.toString(), truncated: false }));
}
for (const p of walk(tests).filter((p) => p.endsWith('.expect.json') && !p.includes('node_modules'))) {
  const e = JSON.parse(readFileSync(p, 'utf8'));
  for (const c of e.ai_training || []) {
    put('classify_text', `${c.label}\x1f\x1f${basename(p)}\x1f${e.lang}`);
    put('export_text', c.label);
  }
}
for (const p of walk(join(tests, 'history'))) if (p.endsWith('.json')) put('history_json', readFileSync(p));
put('export_text', '=HYPERLINK("http://x")\n<img src=x onerror=alert(1)> [a](b) `c` "d", e');
console.log('seeded', readdirSync(join(root, 'fuzz/corpus')).map((t) => `${t}: ${readdirSync(join(root, 'fuzz/corpus', t)).length}`).join(', '));
