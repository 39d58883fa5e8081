// History that loses nothing, and a background that can die any time, in headless Chromium
// (dist/chrome). One line per check, then "N passed, M failed"; exit 1 on failure. How each
// check was shown able to fail: tests/e2e/README.md.
//
//   node tests/e2e/history.mjs      (after ./do build)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { allowOnExtensionsPage, requestInClick } from './grant.mjs';
import { historyChecks } from './history-checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const require = createRequire(import.meta.url);
const dist = path.resolve(process.env.DIST || path.join(root, 'dist/chrome'));
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const TOTAL_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS || 240000);
const SETTINGS = 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement';

const results = [];
function record(name, ok, detail = '') {
  results.push({ name, ok });
  // Details never contain "<number> passed/failed": ./do sums those from the log.
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ' — ' + String(detail).replace(/(\d+)\s+(passed|failed)/gi, '$1 $2.') : ''}`);
}
const EXPECTED = ['scans finishing together all land', 'writers in two extension pages take turns',
  'unreadable or newer history is set aside, not overwritten', 'export, clear, import gives back the same history',
  'a full storage says so and keeps the old history', 'the worker stopped mid-scan leaves history and badge consistent'];
function finish() {
  for (const name of EXPECTED) if (!results.some((r) => r.name === name)) record(name, false, 'not reached');
  const passed = results.filter((r) => r.ok).length;
  console.log(`${passed} passed, ${results.length - passed} failed`);
  return results.length === passed ? 0 : 1;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// What the run is doing now: a stuck browser call (page.evaluate and CDP have no timeout of
// their own) fails with its name and its own limit instead of the whole file's.
let doing = 'starting';
async function step(name, promise, ms = 30000) {
  doing = name;
  let timer;
  const late = new Promise((_, no) => { timer = setTimeout(() => no(new Error(`${name}: no answer in ${ms / 1000} s`)), ms); });
  try { return await Promise.race([promise, late]); } finally { clearTimeout(timer); }
}
async function poll(fn, { timeout = 15000, interval = 100 } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try { last = await fn(); if (last && last.done) return last; } catch (e) { last = { error: e }; }
    if (Date.now() > end) return last || {};
    await sleep(interval);
  }
}

/** A LinkedIn settings page of ~1.5 MB: the AI switch, then thousands of notification rows. */
function bigSettingsPage() {
  const rows = [];
  for (let i = 0; i < 6000; i++) rows.push(`<div class="row"><label for="n${i}">Email me about activity ${i} in groups I follow</label><input type="checkbox" id="n${i}" checked><p>Get a summary of new posts, comments and reactions in group number ${i}, once a week.</p></div>`);
  return `<!DOCTYPE html><html lang="en"><head><title>Data for Generative AI Improvement | LinkedIn</title></head><body><main>
<h1>Data for Generative AI Improvement</h1>
<div><label for="genai">Use my data for training content creation AI models</label><input type="checkbox" role="switch" id="genai" checked></div>
<h2>Notifications</h2>${rows.join('\n')}</main></body></html>`;
}

/** Load the big settings page, stop the service worker while it reads it, check what is left; reload. */
async function stopWorkerMidScan(context, store) {
  const tab = await step('open a tab', context.newPage());
  try {
    const cdp = await step('a CDP session', context.newCDPSession(tab));
    await step('CDP ServiceWorker.enable', cdp.send('ServiceWorker.enable'));
    // Tabs and badges are read from an extension page: a stopped worker cannot answer.
    const tabId = async () => (await poll(async () => {
      const id = await step('find the tab', store.evaluate((u) => chrome.tabs.query({}).then((ts) => (ts.find((t) => (t.url || '').startsWith(u)) || {}).id), SETTINGS));
      return { done: !!id, id };
    })).id;
    const badge = (id) => step('read the badge', store.evaluate((i) => chrome.action.getBadgeText({ tabId: i }), id));
    await step('load the settings page', tab.goto(SETTINGS, { waitUntil: 'load' }));
    // The background waits 300 ms after the load, then captures in slices: stop it while it reads.
    await sleep(450);
    const stopped = await step('CDP ServiceWorker.stopAllWorkers', cdp.send('ServiceWorker.stopAllWorkers')).then(() => 'stopped', (e) => 'error: ' + e.message);
    await sleep(1500);
    const afterKill = await step('read the history after the stop', store.evaluate(async () => {
      const h = (await chrome.storage.local.get('history')).history;
      return { version: h && h.version, pages: h ? Object.keys(h.pages) : [] };
    }));
    const id = await tabId();
    const badgeAfterKill = await badge(id);
    // The next load scans again.
    await step('reload the settings page', tab.reload({ waitUntil: 'load' }));
    const again = await poll(async () => { const b = await badge(id); return { done: b === '1', b }; }, { timeout: 20000 });
    const final = await step('read the history after the reload', store.evaluate(async () => Object.keys(((await chrome.storage.local.get('history')).history || {}).pages || {})));
    const consistent = afterKill.version === 3 && afterKill.pages.includes('chatgpt.com/#settings/DataControls')
      && (badgeAfterKill === '' || badgeAfterKill === '1');
    const rescanned = again.b === '1' && final.includes('chatgpt.com/#settings/DataControls') && final.some((k) => k.startsWith('www.linkedin.com/'));
    return {
      ok: stopped === 'stopped' && consistent && rescanned,
      detail: `${stopped} 450 ms after the load; then history v${afterKill.version} with ${JSON.stringify(afterKill.pages)}, badge ${JSON.stringify(badgeAfterKill)}; after a reload: badge ${JSON.stringify(again.b)}, history ${JSON.stringify(final)}`,
    };
  } finally {
    await Promise.race([tab.close(), sleep(5000)]).catch(() => {});
  }
}

async function main() {
  let chromium;
  try { ({ chromium } = require('playwright-core')); } catch (e) {
    record('run', false, 'playwright-core is not installed: cd tests/e2e && npm ci');
    return;
  }
  const server = await startServer({ pages: { 'www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement': bigSettingsPage() } });
  const rules = [`MAP www.linkedin.com 127.0.0.1:${server.port}`, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost'].join(', ');
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'unticked-history-profile-'));
  const context = await chromium.launchPersistentContext(userData, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--ignore-certificate-errors', `--host-resolver-rules=${rules}`,
      `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
    ],
  });
  try {
    let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 20000 });
    const extId = new URL(worker.url()).host;
    const extPage = async () => {
      const p = await context.newPage();
      const url = `chrome-extension://${extId}/inspector.html?tab=-1`;
      // Opening an extension page is set-up: one load the browser aborts (CI once saw
      // net::ERR_ABORTED opening a page in this file, step not named then) is tried again, and said.
      await p.goto(url).catch((e) => {
        console.log(`# ${doing}: ${e.message.split('\n')[0]}; trying once more`);
        return p.goto(url);
      });
      return p;
    };

    // ---- the host's history functions in an extension page (the same checks run in Firefox)
    const page = await extPage();
    const out = await step('history checks in an extension page', page.evaluate(historyChecks, { quota: true }), 60000);
    record('scans finishing together all land', out.concurrent.ok, out.concurrent.detail);
    record('unreadable or newer history is set aside, not overwritten', out.setAside.ok, out.setAside.detail);
    record('export, clear, import gives back the same history', out.exportImport.ok, out.exportImport.detail);
    record('a full storage says so and keeps the old history', out.quota.ok, out.quota.detail);

    // ---- two extension pages writing at the same moment (Web Locks span the extension's pages)
    const other = await step('a second extension page', extPage());
    const burst = async ({ start, from }) => {
      const h = await import('./host.js');
      await h.startEngine();
      await new Promise((r) => setTimeout(r, Math.max(0, start - Date.now())));
      await Promise.all(Array.from({ length: 8 }, (_, i) => h.recordScan({
        url: `https://app.example${from + i}.test/settings/privacy`,
        findings: [{ label: 'Use my notes to train our AI models', section: [], concern: 'ai-training', control_state: 'on', sharing: true, visible: true, setting: null }],
      })));
    };
    const start = Date.now() + 500;
    await step('two pages writing at once', Promise.all([page.evaluate(burst, { start, from: 0 }), other.evaluate(burst, { start, from: 50 })]));
    const n = await step('count the pages written', page.evaluate(async () => Object.keys(((await chrome.storage.local.get('history')).history || {}).pages || {}).length));
    record('writers in two extension pages take turns', n === 16, `8 scans recorded at once in each of two pages: ${n} pages in the history`);
    await step('clear the history', page.evaluate(async () => { const h = await import('./host.js'); await h.clearHistory(); }));
    await step('close the second page', other.close(), 15000).catch((e) => console.log(`# ${e.message}; going on`));

    // ---- the service worker stopped in the middle of a background scan
    await step('allow www.linkedin.com on chrome://extensions', allowOnExtensionsPage(context, extId, ['www.linkedin.com']));
    const g = await step('request www.linkedin.com in a click', requestInClick(context, extId, ['www.linkedin.com']));
    if (g !== true) throw new Error('could not grant www.linkedin.com: ' + g);
    // Closing is clean-up, not a check: a close that the busy browser does not confirm in time
    // (once seen in a clean-clone run under load) must not stop the worker scenario below.
    await step('close the first page', page.close(), 15000).catch((e) => console.log(`# ${e.message}; going on`));
    const store = await step('an extension page to read storage', extPage());
    // A history with one earlier page, which a killed write must not lose.
    await step('record an earlier page', store.evaluate(async () => {
      const h = await import('./host.js');
      await h.startEngine();
      await h.recordScan({ url: 'https://chatgpt.com/#settings/DataControls', findings: [{ label: 'Improve the model for everyone', section: [], concern: 'ai-training', control_state: 'off', sharing: false, visible: true, setting: null }] });
    }));
    // A browser call that never answers (seen once in CI, not reproduced) is the browser's
    // fault, not the extension's: the scenario runs once more in a fresh tab, and says so.
    let r;
    try { r = await stopWorkerMidScan(context, store); } catch (e) {
      const first = e.message.split('\n')[0];
      r = await stopWorkerMidScan(context, store).catch((e2) => ({ ok: false, detail: e2.message.split('\n')[0] }));
      r.detail = `first attempt: ${first}; second attempt: ${r.detail}`;
    }
    record('the worker stopped mid-scan leaves history and badge consistent', r.ok, r.detail);
  } catch (e) {
    record('run', false, `${doing}: ${e.message.split('\n')[0]}`);
  } finally {
    await Promise.race([context.close(), sleep(20000)]).catch(() => {});
    await server.close();
    fs.rmSync(userData, { recursive: true, force: true });
  }
}

const guard = setTimeout(() => {
  record('run', false, `timed out after ${TOTAL_TIMEOUT_MS / 1000} s while: ${doing}`);
  process.exit(finish());
}, TOTAL_TIMEOUT_MS);
guard.unref();

main()
  .catch((e) => record('run', false, (e && e.stack) || e))
  .finally(() => { clearTimeout(guard); process.exitCode = finish(); });
