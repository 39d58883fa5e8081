// The probe and the engine agree (issue 8): every page of the labelled corpus is read twice —
// live, by the real probe in headless Chromium (extension/probe.js), and as the static file,
// by the engine alone (`unticked scan page.html`) — and the two reports must hold the same
// findings (name, section, concern, state, sharing, visibility, locator). The probe records
// facts only; where they disagree, one of them is interpreting.
//
//   node tests/e2e/agreement.mjs          (after `cargo build --bin unticked`)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const require = createRequire(import.meta.url);
const corpus = path.join(root, 'tests/corpus');
const cli = path.join(root, 'target/debug/unticked');
const probe = fs.readFileSync(path.join(root, 'extension/probe.js'), 'utf8');

const results = [];
function record(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ' — ' + String(detail).replace(/(\d+)\s+(passed|failed)/gi, '$1 $2.') : ''}`);
}

function pages() {
  const out = [];
  for (const lang of fs.readdirSync(corpus).sort()) {
    const dir = path.join(corpus, lang);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.html')) out.push(path.join(lang, f));
  }
  return out;
}

function serve() {
  const server = http.createServer((req, res) => {
    const file = path.normalize(path.join(corpus, decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname)));
    if (!file.startsWith(corpus) || !fs.existsSync(file)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** What a finding is, for comparison (explanations follow from these). */
function key(f) {
  return JSON.stringify([f.label, f.section, f.concern, f.control_state, f.sharing, f.visible, f.locator, f.certain]);
}

function scan(file, url) {
  return JSON.parse(execFileSync(cli, ['scan', file, '--url', url], { encoding: 'utf8', maxBuffer: 64 << 20 }));
}

async function main() {
  if (!fs.existsSync(cli)) { record('engine built', false, `${cli} is missing: run cargo build --bin unticked`); return; }
  const { chromium } = require('playwright-core');
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'unticked-agree-'));
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const disagreements = [];
  let compared = 0, findings = 0;
  try {
    for (const rel of pages()) {
      const expect = JSON.parse(fs.readFileSync(path.join(corpus, rel.replace(/\.html$/, '.expect.json')), 'utf8'));
      await page.goto(base + rel, { waitUntil: 'load' });
      await page.addScriptTag({ content: probe });
      const cap = await page.evaluate(() => globalThis.__untickedProbe.capture(document));
      const capFile = path.join(tmp, rel.replace(/[\\/]/g, '_') + '.json');
      fs.writeFileSync(capFile, JSON.stringify(cap));
      const live = scan(capFile, expect.url).findings.map(key).sort();
      const stat = scan(path.join(corpus, rel), expect.url).findings.map(key).sort();
      compared++;
      findings += stat.length;
      const onlyLive = live.filter((k) => !stat.includes(k));
      const onlyStatic = stat.filter((k) => !live.includes(k));
      if (onlyLive.length || onlyStatic.length) disagreements.push(`${rel}: live only ${onlyLive.join(' ')} | static only ${onlyStatic.join(' ')}`);
    }
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  record('probe and engine agree on every corpus page', compared > 80 && disagreements.length === 0,
    disagreements.length ? `${disagreements.length} of ${compared} pages differ: ${disagreements.map((d) => d.slice(0, 400)).join(' || ')}` : `${compared} pages, ${findings} findings, identical`);
}

main()
  .catch((e) => record('agreement', false, (e && e.stack) || e))
  .finally(() => {
    const passed = results.filter((r) => r.ok).length;
    console.log(`${passed} passed, ${results.length - passed} failed`);
    process.exitCode = results.every((r) => r.ok) && results.length > 0 ? 0 : 1;
  });
