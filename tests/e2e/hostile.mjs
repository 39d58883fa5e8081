// A probe that never hurts the page, in headless Chromium (dist/chrome): hostile pages read the
// way the extension reads a page (host.js captureTab: probe.js injected, captureSliced), from
// an extension page. Each capture must finish in bounded time without throwing, say
// `truncated` when it stopped early, leave no error in the page, and leave the page
// responsive. The same pages are read in Firefox by lint-firefox.mjs. One line per page, then
// "N passed, M failed"; exit 1 on failure.
//
//   node tests/e2e/hostile.mjs      (after ./do build)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { allowOnExtensionsPage, requestInClick } from './grant.mjs';
import { hostilePages } from './hostile-pages.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const require = createRequire(import.meta.url);
const dist = path.resolve(process.env.DIST || path.join(root, 'dist/chrome'));
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const TOTAL_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS || 300000);
const HOST = 'www.linkedin.com';

const results = [];
function record(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ' — ' + String(detail).replace(/(\d+)\s+(passed|failed)/gi, '$1 $2.') : ''}`);
}
const pages = hostilePages();
function finish() {
  for (const p of pages) if (!results.some((r) => r.name === p.name)) record(p.name, false, 'not reached');
  const passed = results.filter((r) => r.ok).length;
  console.log(`${passed} passed, ${results.length - passed} failed`);
  return results.length === passed ? 0 : 1;
}

async function main() {
  let chromium;
  try { ({ chromium } = require('playwright-core')); } catch (e) {
    record('run', false, 'playwright-core is not installed: cd tests/e2e && npm ci');
    return;
  }
  const served = Object.fromEntries(pages.flatMap((p) => [[`${HOST}${p.path}`, p.html], ...(p.extra || [])]));
  const server = await startServer({ pages: served });
  const hosts = [HOST, 'chatgpt.com'];
  const rules = hosts.map((h) => `MAP ${h} 127.0.0.1:${server.port}`).concat(['MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost']).join(', ');
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'unticked-hostile-profile-'));
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
    await allowOnExtensionsPage(context, extId, [HOST]);
    const g = await requestInClick(context, extId, [HOST]);
    if (g !== true) throw new Error('could not grant ' + HOST + ': ' + g);
    for (const p of pages) {
      const tab = await context.newPage();
      const ext = await context.newPage();
      const errors = [];
      tab.on('pageerror', (e) => errors.push(e.message));
      try {
        await ext.goto(`chrome-extension://${extId}/inspector.html?tab=-1`);
        // The page's own world over CDP (Runtime.evaluate), not through Playwright's helpers: a
        // hostile page may have broken the built-ins those rely on.
        const cdp = await context.newCDPSession(tab);
        const inPage = (expression) => cdp.send('Runtime.evaluate', { expression, returnByValue: true }).then((r) => r.result.value);
        await tab.goto(`https://${HOST}${p.path}`, { waitUntil: 'load', timeout: 120000 });
        for (let i = 0; i < 600 && (await inPage('window.__ready === true')) !== true; i++) await new Promise((r) => setTimeout(r, 100));
        // Long tasks in the page while it is read (the probe's world shares the page's thread).
        await inPage(`window.__long = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long = Math.max(window.__long, e.duration); }).observe({ type: 'longtask', buffered: false }); 1`);
        const url = tab.url();
        const out = await ext.evaluate(async (u) => {
          const h = await import('./host.js');
          const tabs = await chrome.tabs.query({});
          const t = tabs.find((x) => x.url === u);
          if (!t) return { error: 'no tab at ' + u };
          const t0 = performance.now();
          try {
            const cap = await h.captureTab(t.id);
            return { ms: Math.round(performance.now() - t0), bytes: cap.html.length, truncated: cap.truncated, stats: cap.stats };
          } catch (e) {
            return { ms: Math.round(performance.now() - t0), error: String(e && e.message) };
          }
        }, url);
        const t1 = Date.now();
        const alive = await Promise.race([inPage('document.readyState === "complete"'), new Promise((r) => setTimeout(() => r(false), 3000))]);
        const answerMs = Date.now() - t1;
        const long = await inPage('window.__long').catch(() => -1);
        const ok = !out.error && out.ms < 15000 && (p.truncated === null || out.truncated === p.truncated) && alive === true && errors.length === 0 && long < 1000
          && (!p.check || p.check(out));
        record(p.name, ok, `${out.error ? 'error: ' + out.error : `${out.bytes} chars in ${out.ms} ms, truncated ${out.truncated} (expected ${p.truncated}), stats ${JSON.stringify(out.stats)}`}; `
          + `page answers in ${answerMs} ms, longest task while read ${Math.round(long)} ms, page errors ${errors.length ? JSON.stringify(errors.slice(0, 2)) : 'none'}`);
      } catch (e) {
        record(p.name, false, e.message.split('\n')[0]);
      } finally {
        await tab.close().catch(() => {});
        await ext.close().catch(() => {});
      }
    }
  } catch (e) {
    record('run', false, e.message.split('\n')[0]);
  } finally {
    await context.close().catch(() => {});
    await server.close();
    fs.rmSync(userData, { recursive: true, force: true });
  }
}

const guard = setTimeout(() => {
  record('run', false, `timed out after ${TOTAL_TIMEOUT_MS / 1000} s`);
  process.exit(finish());
}, TOTAL_TIMEOUT_MS);
guard.unref();

main()
  .catch((e) => record('run', false, (e && e.stack) || e))
  .finally(() => { clearTimeout(guard); process.exitCode = finish(); });
