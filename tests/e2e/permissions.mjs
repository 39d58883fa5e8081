// End-to-end test of what Unticked asks for and what it reads, in headless Chromium (dist/chrome):
// nothing at install; site access per service from the inspector, in plain words, revocable
// there; the badge on a granted settings page; and never a read of other pages on the same
// sites (a repository, an inbox and its hash routes, a product page), even when granted.
//
// Pages are served under their real addresses by server.mjs (--host-resolver-rules), the large
// non-settings pages generated here. One line per check, then "N passed, M failed"; exit 1 on
// failure. How each check was shown able to fail: tests/e2e/README.md.
//
//   node tests/e2e/permissions.mjs      (after ./do build)
//   DIST=/abs/dist/chrome DIST_FIREFOX=/abs/dist/firefox CHROMIUM=/usr/bin/chromium node tests/e2e/permissions.mjs
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
const distFirefox = path.resolve(process.env.DIST_FIREFOX || path.join(dist, '../firefox'));
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const TOTAL_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS || 240000);

const SETTINGS = 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement';
const REPO = 'https://github.com/rust-lang/rust';
const INBOX = 'https://mail.google.com/mail/u/0/#inbox';
const PRODUCT = 'https://www.amazon.com/dp/B0CX23V2ZK';
const ASK = "Let Unticked check LinkedIn's settings pages on its own and count on the toolbar?";

const results = [];
function record(name, ok, detail = '') {
  results.push({ name, ok });
  // Details never contain "<number> passed/failed": ./do sums those from the log.
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ' — ' + String(detail).replace(/(\d+)\s+(passed|failed)/gi, '$1 $2.') : ''}`);
}
const EXPECTED = ['manifests ask for no site at install', "Chrome's install warnings name no site", 'nothing is read before the grant',
  'the inspector asks in plain words and the click grants', 'badge counts on the granted settings page',
  'non-settings pages on catalogued sites are never read', 'history keeps only settings pages', 'access is taken back in the inspector'];

function finish() {
  for (const name of EXPECTED) if (!results.some((r) => r.name === name)) record(name, false, 'not reached');
  const passed = results.filter((r) => r.ok).length;
  console.log(`${passed} passed, ${results.length - passed} failed`);
  return results.length === passed ? 0 : 1;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function poll(fn, { timeout = 15000, interval = 200 } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try { last = await fn(); if (last && last.done) return last; } catch (e) { last = { error: e }; }
    if (Date.now() > end) return last || {};
    await sleep(interval);
  }
}

// ---- large pages that are not settings pages, on catalogued sites
function repoPage() {
  const rows = [];
  for (let i = 0; i < 9000; i++) rows.push(`<tr><td><input type="checkbox" aria-label="Select compiler/rustc_${i}/src/lib.rs"></td><td><a href="/rust-lang/rust/blob/master/compiler/rustc_${i}/src/lib.rs">compiler/rustc_${i}/src/lib.rs</a></td><td>Improve diagnostics for trait objects in position ${i} (#${120000 + i})</td><td>${i % 30 + 1} days ago</td></tr>`);
  return `<!DOCTYPE html><html lang="en"><head><title>GitHub - rust-lang/rust: Empowering everyone to build reliable and efficient software.</title></head><body>
<header><nav><a href="/rust-lang/rust">Code</a> <a href="/rust-lang/rust/issues">Issues</a></nav><label><input type="checkbox" id="watch" checked> Watch</label></header>
<main><table id="files">${rows.join('\n')}</table><article id="readme">${'<p>This is the main source code repository for Rust. It contains the compiler, standard library, and documentation.</p>'.repeat(800)}</article></main></body></html>`;
}
function inboxPage() {
  const rows = [];
  for (let i = 0; i < 2000; i++) rows.push(`<tr role="row"><td><div role="checkbox" aria-checked="false" aria-label="Select conversation ${i}" tabindex="0"></div></td><td>Sender ${i % 97}</td><td><span>Quarterly numbers, thread ${i}</span> - Hi, please find the figures for week ${i % 52} attached; the training session moved to Thursday. Let me know what you think.</td><td>Nov ${i % 28 + 1}</td></tr>`);
  return `<!DOCTYPE html><html lang="en"><head><title>Inbox (2,000) - someone@gmail.com - Gmail</title></head><body><div role="main"><table role="grid">${rows.join('\n')}</table></div></body></html>`;
}
function productPage() {
  const rows = [];
  for (let i = 0; i < 4000; i++) rows.push(`<li><div class="review"><span>${i % 5 + 1}.0 out of 5 stars</span><p>Review ${i}: works as described, the battery lasts about ${i % 12 + 2} hours with the screen on. Would buy again.</p></div></li>`);
  return `<!DOCTYPE html><html lang="en"><head><title>Amazon.com: Wireless Earbuds, Bluetooth 5.3</title></head><body>
<div id="buybox"><label><input type="radio" name="purchase" checked> One-time purchase</label><label><input type="radio" name="purchase"> Subscribe &amp; Save</label>
<select id="quantity"><option>1</option><option>2</option></select><label><input type="checkbox" id="gift"> Add a gift receipt</label><button>Add to Cart</button></div>
<ul id="reviews">${rows.join('\n')}</ul></body></html>`;
}

function checkManifests() {
  const problems = [];
  const want = { chrome: ['activeTab', 'scripting', 'sidePanel', 'storage'], firefox: ['activeTab', 'scripting', 'storage'] };
  let sites = 0;
  for (const [browser, dir] of [['chrome', dist], ['firefox', distFirefox]]) {
    let m;
    try { m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')); } catch (e) { problems.push(`${browser}: no manifest (${e.message})`); continue; }
    if ('host_permissions' in m) problems.push(`${browser}: host_permissions ${JSON.stringify(m.host_permissions).slice(0, 100)}`);
    if (JSON.stringify([...(m.permissions || [])].sort()) !== JSON.stringify(want[browser])) problems.push(`${browser}: permissions ${JSON.stringify(m.permissions)}`);
    if ((m.content_scripts || []).length) problems.push(`${browser}: content_scripts`);
    const opt = m.optional_host_permissions || [];
    if (!opt.length) problems.push(`${browser}: no optional_host_permissions`);
    for (const h of opt) if (!/^https:\/\/[a-z0-9.-]+\/\*$/.test(h)) problems.push(`${browser}: odd optional host ${h}`);
    sites = opt.length;
  }
  record('manifests ask for no site at install', problems.length === 0, problems.length ? problems.join('; ')
    : `dist/chrome and dist/firefox: no host_permissions, no content scripts; ${sites} optional https://<host>/* sites each`);
}

/**
 * Whether Unticked's probe has run in `page`'s current document: its global, in the page's
 * Unticked world (the isolated world scripting.executeScript uses). Chromium re-creates a world
 * an extension once used for each new document of that tab (empty), so the world alone is no
 * proof; the probe's global in it is.
 */
async function watchProbe(context, page, extId) {
  const live = new Set();
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.executionContextCreated', (e) => {
    if ((e.context.origin || '').startsWith(`chrome-extension://${extId}`)) live.add(e.context.id);
  });
  cdp.on('Runtime.executionContextDestroyed', (e) => live.delete(e.executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => live.clear());
  await cdp.send('Runtime.enable');
  return async () => {
    let n = 0;
    for (const contextId of live) {
      const r = await cdp.send('Runtime.evaluate', { contextId, expression: 'typeof globalThis.__untickedProbe', returnByValue: true }).catch(() => null);
      if (r && r.result && r.result.value === 'object') n++;
    }
    return n;
  };
}

/** The toolbar popup opened as by a click on the button (CDP Extensions.triggerAction: activeTab). */
async function openPopup(context, extId, url) {
  const cdp = await context.browser().newBrowserCDPSession();
  const tab = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })).targetInfos.find((t) => t.url.startsWith(url));
  if (!tab) throw new Error('no tab target at ' + url);
  await cdp.send('Extensions.triggerAction', { id: extId, targetId: tab.targetId });
  const popup = await attachPopup(cdp);
  // The popup stays open for the checks that follow; closing it is the browser's business.
  return { evaluate: popup.evaluate, click: popup.click, close: popup.detach };
}

const ACCESS = `(() => { const a = document.querySelector('.ut-access'); return a ? { granted: a.dataset.granted, text: a.innerText } : null; })()`;

async function main() {
  checkManifests();
  let chromium;
  try { ({ chromium } = require('playwright-core')); } catch (e) {
    record('run', false, 'playwright-core is not installed: cd tests/e2e && npm ci');
    return;
  }
  const pages = { 'github.com/rust-lang/rust': repoPage(), 'mail.google.com/mail/u/0/': inboxPage(), 'www.amazon.com/dp/B0CX23V2ZK': productPage() };
  const server = await startServer({ pages });
  const hosts = ['www.linkedin.com', 'github.com', 'mail.google.com', 'www.amazon.com'];
  const rules = hosts.map((h) => `MAP ${h} 127.0.0.1:${server.port}`).concat(['MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost']).join(', ');
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'unticked-perm-profile-'));
  const context = await chromium.launchPersistentContext(userData, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--ignore-certificate-errors', `--host-resolver-rules=${rules}`,
      `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
      // CDP's Extensions.triggerAction (the toolbar click, below): Chromium 148 answers "Method
      // not allowed" without this switch (measured; 156 did not need it).
      '--enable-unsafe-extension-debugging',
    ],
  });
  try {
    let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 20000 });
    const extId = new URL(worker.url()).host;
    console.log(`# extension ${extId}, fixture server https://127.0.0.1:${server.port}/`);
    const tabIds = () => worker.evaluate(() => chrome.tabs.query({}).then((ts) => ts.map((t) => t.id)));
    const badge = (id) => worker.evaluate((i) => chrome.action.getBadgeText({ tabId: i }), id).catch((e) => 'error: ' + e.message);
    const contains = (h) => worker.evaluate((o) => chrome.permissions.contains({ origins: [o] }), `https://${h}/*`);
    /** Open `url` in a new tab: its chrome.tabs id (found without seeing addresses) and probed() (see watchProbe). */
    const open = async (url) => {
      const before = new Set(await tabIds());
      const page = await context.newPage();
      const probed = await watchProbe(context, page, extId);
      const resp = await page.goto(url, { waitUntil: 'load' });
      if (!resp || resp.status() !== 200) throw new Error(`${url} did not load (${resp && resp.status()})`);
      const id = (await tabIds()).find((i) => !before.has(i));
      return { page, probed, id, size: Number(resp.headers()['content-length'] || 0) };
    };

    // ---- Chrome's own install-time warnings for the built manifest (an extension page may ask)
    try {
      const m = JSON.parse(fs.readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
      const ext = await context.newPage();
      await ext.goto(`chrome-extension://${extId}/inspector.html?tab=-1`);
      const [warnings, control] = await ext.evaluate(([built, widened]) => Promise.all([
        chrome.management.getPermissionWarningsByManifest(built),
        // The same manifest as before this change (its sites required at install): the API must name them.
        chrome.management.getPermissionWarningsByManifest(widened),
      ]), [JSON.stringify(m), JSON.stringify({ ...m, host_permissions: m.optional_host_permissions })]);
      await ext.close();
      const aboutSites = (w) => /site|data on|website|read and change|\.com|all your data/i.test(w);
      const ok = warnings.filter(aboutSites).length === 0 && control.some(aboutSites);
      record("Chrome's install warnings name no site", ok,
        `built manifest: ${JSON.stringify(warnings)}; with the sites as host_permissions Chrome would warn: ${JSON.stringify(control).slice(0, 160)}`);
    } catch (e) {
      record("Chrome's install warnings name no site", false, e.message.split('\n')[0]);
    }

    // ---- before any grant: the settings page is not read
    const settings = await open(SETTINGS);
    await sleep(2500);
    const before = { contains: await contains('www.linkedin.com'), badge: await badge(settings.id), probe: await settings.probed() };
    record('nothing is read before the grant', before.contains === false && before.badge === '' && before.probe === 0,
      `www.linkedin.com granted: ${before.contains}; badge ${JSON.stringify(before.badge)}; probe in the page: ${before.probe}`);

    // ---- the toolbar popup (a click on the button) offers access; "Allow" grants it
    let popup = null;
    try {
      // What the person's "Allow" in Chromium's dialog would record (see grant.mjs); it grants
      // nothing by itself. Done first: opening chrome://extensions later would close the popup.
      await allowOnExtensionsPage(context, extId, ['www.linkedin.com']);
      await settings.page.bringToFront();
      popup = await openPopup(context, extId, SETTINGS);
      const asked = (await poll(async () => { const a = await popup.evaluate(ACCESS); return { done: !!a, a }; }, { timeout: 20000 })).a;
      if (!asked) throw new Error('no access block; the popup shows: ' + String(await popup.evaluate(`document.getElementById('app').innerText.slice(0, 300)`)).replace(/\s+/g, ' '));
      const stillNot = await contains('www.linkedin.com');
      // The popup set the badge when it read the page; clear it, so a count after the click is the background's.
      await worker.evaluate((i) => chrome.action.setBadgeText({ tabId: i, text: '' }), settings.id);
      await popup.click('.ut-access [data-action="site-access"]');
      const after = (await poll(async () => { const a = await popup.evaluate(ACCESS); return { done: a && a.granted === 'true', a }; })).a;
      const granted = await contains('www.linkedin.com');
      const ok = asked.granted === 'false' && asked.text.includes(ASK) && asked.text.includes('www.linkedin.com') && stillNot === false && after && after.granted === 'true' && granted === true;
      record('the inspector asks in plain words and the click grants', ok,
        `asks: ${JSON.stringify(asked.text.replace(/\s+/g, ' '))}; granted before the click: ${stillNot}; after the click: ${granted}, the block says ${JSON.stringify(after && after.text.replace(/\s+/g, ' '))}`);
    } catch (e) {
      record('the inspector asks in plain words and the click grants', false, e.message.split('\n')[0]);
    } finally {
      if (popup) await popup.close();
    }

    // ---- the badge counts: right after the grant (open settings pages), and on a fresh load
    const afterGrant = await poll(async () => { const b = await badge(settings.id); return { done: b === '1', b }; }, { timeout: 15000 });
    await settings.page.reload({ waitUntil: 'load' });
    const fresh = await settings.probed();
    const afterLoad = await poll(async () => { const b = await badge(settings.id); const n = await settings.probed(); return { done: b === '1' && n > 0, b, n }; }, { timeout: 15000 });
    record('badge counts on the granted settings page', afterGrant.b === '1' && afterLoad.b === '1' && fresh === 0 && afterLoad.n > 0,
      `badge right after the grant (the background reads open settings pages when access is added) ${JSON.stringify(afterGrant.b)}; after a reload ${JSON.stringify(afterLoad.b)}, the probe in the new document: ${fresh} at load, ${afterLoad.n} once the background read it`);

    // ---- large non-settings pages on catalogued sites, with those sites granted too
    try {
      await allowOnExtensionsPage(context, extId, ['github.com', 'mail.google.com', 'www.amazon.com']);
      const g = await requestInClick(context, extId, ['github.com', 'mail.google.com', 'www.amazon.com']);
      if (g !== true) throw new Error('could not grant the other sites: ' + g);
      const seen = [];
      for (const url of [REPO, INBOX, PRODUCT]) {
        const t0 = Date.now();
        const p = await open(url);
        await sleep(2500);
        if (url === INBOX) {
          // Gmail's own navigation: hash routes that are not settings.
          for (const h of ['#inbox/FMfcgzQZTVbqXbLwRkwvKtPqSpjFfWfc', '#label/Work', '#search/invoice', '#inbox']) {
            await p.page.evaluate((x) => { location.hash = x; }, h);
            await sleep(1800);
          }
        }
        seen.push({ url, kb: Math.round(p.size / 1024), probe: await p.probed(), badge: await badge(p.id), p });
      }
      // The same observer on the inbox tab, when Gmail goes to its settings route: now it is read.
      const inbox = seen.find((s) => s.url === INBOX);
      await inbox.p.page.evaluate(() => { location.hash = '#settings/general'; });
      const control = await poll(async () => { const n = await inbox.p.probed(); return { done: n > 0, n }; }, { timeout: 10000 });
      const ok = seen.every((s) => s.probe === 0 && s.badge === '' && s.kb > 300) && control.n > 0;
      record('non-settings pages on catalogued sites are never read', ok,
        seen.map((s) => `${s.url.replace('https://', '')} (${s.kb} KB): probe in the page ${s.probe}, badge ${JSON.stringify(s.badge)}`).join('; ')
        + ` (the inbox after 4 hash routes; all three sites granted); control: the same tab at #settings/general has the probe: ${control.n}`);
    } catch (e) {
      record('non-settings pages on catalogued sites are never read', false, e.message.split('\n')[0]);
    }

    // ---- history: settings pages only
    const stored = await worker.evaluate(() => chrome.storage.local.get('history').then((g) => g.history || null));
    const urls = stored && stored.pages ? Object.values(stored.pages).map((p) => p.url) : [];
    const strays = urls.filter((u) => /github\.com|amazon\.com|#inbox|#label|#search/.test(u));
    record('history keeps only settings pages', stored && stored.version >= 3 && strays.length === 0 && urls.some((u) => u.startsWith(SETTINGS)),
      `version ${stored && stored.version}; pages: ${JSON.stringify(urls)}`);

    // ---- take it back where it was given
    try {
      const inspector = await context.newPage();
      await inspector.goto(`chrome-extension://${extId}/inspector.html?tab=${settings.id}`);
      const block = inspector.locator('.ut-access[data-granted="true"]');
      await block.waitFor({ timeout: 20000 });
      await block.locator('[data-action="site-access"]').click();
      await inspector.locator('.ut-access[data-granted="false"]').waitFor({ timeout: 10000 });
      const text = (await inspector.locator('.ut-access').innerText()).replace(/\s+/g, ' ');
      const granted = await contains('www.linkedin.com');
      await settings.page.reload({ waitUntil: 'load' });
      await sleep(2500);
      const b = await badge(settings.id);
      const n = await settings.probed();
      record('access is taken back in the inspector', granted === false && n === 0 && b === '' && text.includes(ASK),
        `after "Stop": granted ${granted}; the block asks again (${JSON.stringify(text.slice(0, 90))}…); after a reload: probe in the page ${n}, badge ${JSON.stringify(b)}`);
    } catch (e) {
      record('access is taken back in the inspector', false, e.message.split('\n')[0]);
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
