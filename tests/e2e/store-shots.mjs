// Store screenshots (1280×800) of the real built extension (dist/chrome) in headless Chromium,
// for the Chrome Web Store and addons.mozilla.org listings. `./do package` runs it; the PNGs go
// to store/screenshots/ (committed) and are looked at by a person before a release.
//
// The sample pages are served by server.mjs under their real addresses, nothing else is
// reachable (the same set-up as run.mjs). A browser's own frame (toolbar, side panel) cannot
// be captured headless, so each shot is put together from real captures of the page and of
// the extension's own page, side by side, by a blank page at 1280×800 (no network: data: URLs).
//
//   1-inspector-linkedin.png  LinkedIn's "Data for Generative AI Improvement" page (sharing)
//                             and the inspector beside it, with the finding and its details
//   2-popup.png               the real toolbar popup (chrome.action.openPopup) over that page
//   3-turn-off.png            the same page after "Turn off": clicked after a confirmation, the
//                             page read again, the switch off and the inspector saying so
//   4-inspector-x.png         X's Grok settings and the inspector beside them
//   5-checkup.png             the checkup: every catalogued service, with what was seen today
//
//   node tests/e2e/store-shots.mjs        (after ./do build)
//   DIST=… CHROMIUM=… OUT=/some/dir node tests/e2e/store-shots.mjs
// One line per shot, then "N passed, M failed"; exit 1 on failure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { allowOnExtensionsPage, requestInClick } from './grant.mjs';
import { attachPopup } from './popup.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const require = createRequire(import.meta.url);
const dist = path.resolve(process.env.DIST || path.join(root, 'dist/chrome'));
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const out = path.resolve(process.env.OUT || path.join(root, 'store/screenshots'));
const W = 1280, H = 800, SIDE = 420;
const HOSTS = ['www.linkedin.com', 'chatgpt.com', 'x.com'];
const LINKEDIN = 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement';
const X_GROK = 'https://x.com/settings/grok_settings';
const CHATGPT = 'https://chatgpt.com/#settings/DataControls';

let passed = 0, failed = 0;
function record(name, ok, detail = '') {
  if (ok) passed++; else failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ' — ' + String(detail).replace(/(\d+)\s+(passed|failed)/gi, '$1 $2.') : ''}`);
}

/** Width and height from a PNG's header. */
function pngSize(file) {
  const b = fs.readFileSync(file);
  return { w: b.readUInt32BE(16), h: b.readUInt32BE(20) };
}

async function poll(fn, timeout = 20000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn().catch(() => null);
    if (v || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Lay out PNG buffers on a 1280×800 canvas and save it. `parts`: [{png, x, y, w?, h?, shadow?}]. */
async function compose(context, file, parts, background = '#dadce0') {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: W, height: H });
    const imgs = parts.map((p) => `<img src="data:image/png;base64,${p.png.toString('base64')}" style="position:absolute;left:${p.x}px;top:${p.y}px;${p.w ? `width:${p.w}px;` : ''}${p.h ? `height:${p.h}px;` : ''}${p.shadow ? 'box-shadow:0 4px 18px rgba(0,0,0,.35);border-radius:8px;' : ''}">`).join('');
    await page.setContent(`<!DOCTYPE html><html><body style="margin:0;width:${W}px;height:${H}px;overflow:hidden;position:relative;background:${background}">${imgs}</body></html>`);
    await page.evaluate(() => Promise.all([...document.images].map((i) => i.decode())));
    await page.screenshot({ path: file, clip: { x: 0, y: 0, width: W, height: H } });
  } finally {
    await page.close();
  }
  const { w, h } = pngSize(file);
  return w === W && h === H ? null : `${w}×${h}`;
}

// The real toolbar popup, over the DevTools protocol (as run.mjs's openPopup: Playwright does
// not list extension popups as pages). Returns {evaluate, png, close}.
async function openPopup(context, worker, page) {
  await page.bringToFront();
  const opened = await worker.evaluate(() => chrome.action.openPopup().then(() => 'ok', (e) => 'error: ' + e.message));
  if (opened !== 'ok') throw new Error('chrome.action.openPopup: ' + opened);
  return attachPopup(await context.browser().newBrowserCDPSession());
}

/** The settings page's tab id, as the extension sees it. */
const tabIdOf = (worker, url) => worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => (t.url || '').startsWith(u))?.id ?? null, url);

/** A page at `url` in a viewport of w×h, and its tab id. */
async function openPage(context, worker, url, w, h) {
  const page = await context.newPage();
  await page.setViewportSize({ width: w, height: h });
  const resp = await page.goto(url, { waitUntil: 'load' });
  if (!resp || resp.status() !== 200) throw new Error(`${url} did not load (${resp && resp.status()})`);
  const tabId = await poll(() => tabIdOf(worker, url.split('#')[0]));
  if (tabId == null) throw new Error(`the extension cannot see ${url}`);
  return { page, tabId };
}

/** The inspector for `tabId` in a side-panel-sized page, once it shows findings. */
async function openInspector(context, extId, tabId, height = H) {
  const ins = await context.newPage();
  await ins.setViewportSize({ width: SIDE, height });
  await ins.goto(`chrome-extension://${extId}/inspector.html?tab=${tabId}`);
  await ins.locator('.ut-summary').waitFor({ state: 'visible', timeout: 20000 });
  await ins.locator('[data-concern="ai-training"]').first().waitFor({ state: 'visible', timeout: 20000 });
  return ins;
}

async function shot(name, fn) {
  try {
    const bad = await fn();
    record(name, !bad, bad || `${path.relative(root, path.join(out, name))}, ${W}×${H}`);
  } catch (e) {
    record(name, false, e.message.split('\n')[0]);
  }
}

async function main() {
  if (!fs.existsSync(path.join(dist, 'manifest.json'))) { record('build present', false, `${dist} has no manifest.json: run ./do build first`); return; }
  const { chromium } = require('playwright-core');
  fs.mkdirSync(out, { recursive: true });
  const server = await startServer();
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'unticked-store-profile-'));
  const rules = HOSTS.map((h) => `MAP ${h} 127.0.0.1:${server.port}`).concat(['MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost']).join(', ');
  const context = await chromium.launchPersistentContext(userData, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: W, height: H },
    locale: 'en-US',
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--lang=en-US',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars',
      '--ignore-certificate-errors', `--host-resolver-rules=${rules}`, `--window-size=${W},${H + 100}`,
      `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
    ],
  });
  try {
    let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 20000 });
    const extId = new URL(worker.url()).host;
    await allowOnExtensionsPage(context, extId, HOSTS);
    const granted = await requestInClick(context, extId, HOSTS);
    if (granted !== true) throw new Error('site access was not granted: ' + granted);

    // 1. The inspector beside LinkedIn's page, the switch on and sharing, its details open.
    const li = await openPage(context, worker, LINKEDIN, W - SIDE, H);
    await poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), li.tabId));
    await shot('1-inspector-linkedin.png', async () => {
      const ins = await openInspector(context, extId, li.tabId);
      await ins.evaluate(() => { for (const d of document.querySelectorAll('.ut-finding details')) d.open = true; });
      const parts = [
        { png: await li.page.screenshot(), x: 0, y: 0 },
        { png: await ins.screenshot(), x: W - SIDE, y: 0 },
      ];
      await ins.close();
      return compose(context, path.join(out, '1-inspector-linkedin.png'), parts);
    });

    // 2. The real toolbar popup on that page, where the browser puts it (top right).
    await shot('2-popup.png', async () => {
      await li.page.setViewportSize({ width: W, height: H });
      const bg = await li.page.screenshot();
      const popup = await openPopup(context, worker, li.page);
      try {
        const ready = await poll(() => popup.evaluate(`!!document.querySelector('.ut-summary') && !!document.querySelector('[data-action="turn-off"]')`));
        if (!ready) throw new Error('the popup showed no findings: ' + String(await popup.evaluate(`document.getElementById('app').innerText.slice(0, 200)`)).replace(/\s+/g, ' '));
        const png = await popup.png();
        const { w } = (() => { fs.writeFileSync(path.join(os.tmpdir(), 'ut-popup.tmp.png'), png); return pngSize(path.join(os.tmpdir(), 'ut-popup.tmp.png')); })();
        return compose(context, path.join(out, '2-popup.png'), [{ png: bg, x: 0, y: 0 }, { png, x: W - w - 16, y: 8, shadow: true }]);
      } finally {
        await popup.close();
      }
    });

    // 3. Turn off on that page: confirmed, clicked, the page read again, the switch now off.
    await shot('3-turn-off.png', async () => {
      await li.page.setViewportSize({ width: W - SIDE, height: H });
      const ins = await openInspector(context, extId, li.tabId);
      await ins.locator('[data-concern="ai-training"][data-sharing="true"] [data-action="turn-off"]').first().click();
      await ins.locator('[data-action="confirm"]').first().click();
      await ins.locator('[data-concern="ai-training"][data-sharing="false"]').first().waitFor({ state: 'visible', timeout: 15000 });
      const checked = await li.page.evaluate(() => document.querySelector('input[role=switch]').checked);
      if (checked !== false) return 'the page\'s switch is still on';
      await li.page.bringToFront();
      const parts = [{ png: await li.page.screenshot(), x: 0, y: 0 }, { png: await ins.screenshot(), x: W - SIDE, y: 0 }];
      await ins.close();
      return compose(context, path.join(out, '3-turn-off.png'), parts);
    });

    // 4. Another service: X's Grok settings, its training switch on by default.
    await shot('4-inspector-x.png', async () => {
      const x = await openPage(context, worker, X_GROK, W - SIDE, H);
      const ins = await openInspector(context, extId, x.tabId);
      await x.page.bringToFront();
      const parts = [{ png: await x.page.screenshot(), x: 0, y: 0 }, { png: await ins.screenshot(), x: W - SIDE, y: 0 }];
      await ins.close();
      return compose(context, path.join(out, '4-inspector-x.png'), parts);
    });

    // 5. The checkup, after LinkedIn, X and ChatGPT's settings pages were read.
    await shot('5-checkup.png', async () => {
      const g = await openPage(context, worker, CHATGPT, W, H);
      await poll(async () => {
        const h = (await worker.evaluate(() => chrome.storage.local.get('history'))).history;
        return h && Object.keys(h.pages || {}).some((k) => k.startsWith('chatgpt.com'));
      });
      await g.page.close();
      const c = await context.newPage();
      await c.setViewportSize({ width: W, height: H });
      await c.goto(`chrome-extension://${extId}/checkup.html`);
      await c.locator('li.ut-svc[data-service="linkedin"]').waitFor({ state: 'visible', timeout: 15000 });
      await c.screenshot({ path: path.join(out, '5-checkup.png') });
      await c.close();
      const { w, h } = pngSize(path.join(out, '5-checkup.png'));
      return w === W && h === H ? null : `${w}×${h}`;
    });
  } catch (e) {
    record('run', false, e.message.split('\n')[0]);
  } finally {
    const outside = server.requests.filter((r) => !HOSTS.includes(r.split(' ')[0]));
    if (outside.length) record('network stays local', false, outside.slice(0, 5).join(', '));
    await context.close().catch(() => {});
    await server.close();
    fs.rmSync(userData, { recursive: true, force: true });
  }
}

const guard = setTimeout(() => { record('run', false, 'timed out after 180 s'); console.log(`${passed} passed, ${failed} failed`); process.exit(1); }, 180000);
guard.unref();
main()
  .catch((e) => record('run', false, (e && e.stack) || e))
  .finally(() => { clearTimeout(guard); console.log(`${passed} passed, ${failed} failed`); process.exitCode = failed ? 1 : 0; });
