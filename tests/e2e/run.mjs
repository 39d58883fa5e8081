// End-to-end test of the Unticked extension (dist/chrome) in headless Chromium.
//
// The sample LinkedIn settings page is served over HTTPS from 127.0.0.1 under
// its real address (server.mjs + --host-resolver-rules); nothing else is
// reachable. One line per check, then "N passed, M failed"; exit 1 on failure.
//
//   node tests/e2e/run.mjs            (after ./do build)
//   DIST=/abs/path/to/dist/chrome CHROMIUM=/usr/bin/chromium node tests/e2e/run.mjs
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { allowOnExtensionsPage, requestInClick } from './grant.mjs';
import { attachPopup } from './popup.mjs';
import { BIG_LABEL, wideSettingsPage } from './wide-page.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const require = createRequire(import.meta.url);
const dist = path.resolve(process.env.DIST || path.join(root, 'dist/chrome'));
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const shots = path.join(root, 'tests/screenshots');

const PAGE_URL = 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement';
const LABEL = 'Use my data for training content creation AI models';
const FIXTURE_HOSTS = ['www.linkedin.com', 'chatgpt.com', 'x.com'];
const SHARING = '[data-concern="ai-training"][data-sharing="true"]';
const TOTAL_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS || 180000);

const results = [];
function record(name, ok, detail = '') {
  results.push({ name, ok });
  // Details never contain "<number> passed/failed": ./do sums those from the log.
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ' — ' + String(detail).replace(/(\d+)\s+(passed|failed)/gi, '$1 $2.') : ''}`);
}
const EXPECTED = ['probe find() in shadow roots', 'probe choose() on a select', 'probe: switches in a closed <details>', 'probe: a row\'s own "Turn off" button and menu', 'manifest', 'badge', 'inspector shows the finding', 'turn off', 'toolbar popup', 'popup: no horizontal overflow (LinkedIn sample)', 'popup: no horizontal overflow (1 MB settings page)', 'popup at a glance: count, most important switch, Turn off', 'a row that opens another page', 'checkup lists every service and the LinkedIn page as last seen', 'inspector has no script errors', 'network stays local', 'first paint', 'screenshots', 'accessibility (axe)', 'timings on the 1 MB settings page (reported)'];

function finish() {
  for (const name of EXPECTED) if (!results.some((r) => r.name === name)) record(name, false, 'not reached');
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

async function poll(fn, { timeout = 15000, interval = 200 } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try { last = await fn(); if (last && last.done) return last; } catch (e) { last = { error: e }; }
    if (Date.now() > end) return last || {};
    await new Promise((r) => setTimeout(r, interval));
  }
}

function checkManifest() {
  const m = JSON.parse(fs.readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
  const problems = [];
  const perms = JSON.stringify([...(m.permissions || [])].sort());
  // sidePanel shows no install warning; it lets the popup move the same inspector beside the page.
  if (perms !== JSON.stringify(['activeTab', 'scripting', 'sidePanel', 'storage'])) problems.push('permissions are ' + perms);
  if (!m.side_panel || m.side_panel.default_path !== 'inspector.html') problems.push('no side panel');
  // Nothing at install: site access is optional, asked for per service from the inspector.
  if ('host_permissions' in m) problems.push('host_permissions at install: ' + JSON.stringify(m.host_permissions).slice(0, 120));
  const hosts = m.optional_host_permissions || [];
  if (!hosts.length) problems.push('no optional_host_permissions');
  for (const h of hosts) if (!/^https:\/\/[a-z0-9.-]+\/\*$/.test(h)) problems.push('broad or odd optional host permission ' + h);
  for (const h of FIXTURE_HOSTS) if (!hosts.includes(`https://${h}/*`)) problems.push(`https://${h}/* missing`);
  if (m.manifest_version !== 3) problems.push('not MV3');
  if (!/'wasm-unsafe-eval'/.test(m.content_security_policy?.extension_pages || '')) problems.push('CSP lacks wasm-unsafe-eval');
  if (m.action?.default_popup !== 'inspector.html') problems.push('popup is not inspector.html');
  record('manifest', problems.length === 0, problems.length ? problems.join('; ') : `no host permissions at install; ${hosts.length} optional settings-page sites; permissions ${perms}`);
}


// probe.js on its own, in a blank page (no network): the parts of find() that
// resolve shadow-root paths from the top, and choose() for selects.
const PROBE_FIXTURE = `<!DOCTYPE html><html><body>
<div id="host"></div>
<select id="train"><option value="a">Allow training</option><option value="b">Don't allow</option><option value="c" disabled>Ask me</option></select>
<select id="stuck"><option>On</option><option>Off</option></select>
<div id="menu-row"><a id="act" href="#">Activity is On</a>
  <button id="act-off" aria-haspopup="menu" aria-expanded="false">Turn off</button>
  <div role="menu" id="act-menu" hidden><button role="menuitem" id="mi-del">Turn off and delete activity</button><button role="menuitem" id="mi-off">Turn off</button></div></div>
<div id="plain-row"><span>Sync is On</span> <button id="sync-off">Turn off</button></div>
<div id="odd-row"><span>Odd is On</span> <button id="odd-off" aria-expanded="false">Turn off</button><div role="menu" id="odd-menu" hidden><button role="menuitem">Pause for 1 hour</button></div></div>
<details id="adv"><summary>Advanced</summary><label><input type="checkbox" id="folded" checked> Use my data to train AI</label></details>
<div style="display:none"><input type="checkbox" id="gone"></div>
</body></html>`;

async function probeChecks(context) {
  const page = await context.newPage();
  try {
    await page.setContent(PROBE_FIXTURE);
    await page.addScriptTag({ path: path.join(root, 'extension/probe.js') });
    const r = await page.evaluate(async () => {
      const P = globalThis.__untickedProbe;
      const host = document.getElementById('host');
      const sr = host.attachShadow({ mode: 'open' });
      // top level: <div>(1) <div>(2)>[<div>(1)>input#deep-decoy]  ; the wanted input is
      // the top-level div(1) > input(1); a deeper div(1) > input(1) must not match first.
      sr.innerHTML = '<section><div><input type="checkbox" class="deep-decoy"></div></section>'
        + '<div><input type="checkbox" class="wanted" checked></div>';
      const out = {};
      const el = P.find('#host >>> div:nth-of-type(1) > input:nth-of-type(1)');
      out.shadowTop = el ? el.className : null;
      const el2 = P.find('#host >>> section:nth-of-type(1) > div:nth-of-type(1) > input:nth-of-type(1)');
      out.shadowDeep = el2 ? el2.className : null;
      out.shadowNone = P.find('#host >>> input:nth-of-type(1)');
      out.flip = await P.flip('#host >>> div:nth-of-type(1) > input:nth-of-type(1)', { timeoutMs: 1000 });
      out.choose = await P.choose('#train', "don't ALLOW", { timeoutMs: 1000 });
      out.value = document.getElementById('train').value;
      out.missing = await P.choose('#train', 'Allow', { timeoutMs: 300 });
      out.disabled = await P.choose('#train', 'Ask me', { timeoutMs: 300 });
      // a page that puts its own value back must not count as done
      const stuck = document.getElementById('stuck');
      stuck.addEventListener('change', () => setTimeout(() => { stuck.selectedIndex = 0; }, 20));
      out.reverted = await P.choose('#stuck', 'Off', { timeoutMs: 500 });
      // pressTurnOff: a "Turn off" button whose menu has "Turn off" and "Turn off and delete
      // activity" (only the exact one is clicked); a plain button; a menu without the item.
      const btn = document.getElementById('act-off'), menu = document.getElementById('act-menu');
      const clicked = [];
      btn.addEventListener('click', () => { menu.hidden = !menu.hidden; btn.setAttribute('aria-expanded', String(!menu.hidden)); });
      menu.addEventListener('click', (e) => { clicked.push(e.target.id); menu.hidden = true; btn.setAttribute('aria-expanded', 'false'); });
      out.menu = await P.turnOff('#act-off', 'menu', 'Turn off', { timeoutMs: 1000 });
      out.menuClicked = clicked.join(',');
      let synced = 0;
      document.getElementById('sync-off').addEventListener('click', () => { synced++; });
      out.plain = await P.turnOff('#sync-off', 'menu', 'Turn off', { timeoutMs: 1000 });
      out.synced = synced;
      const ob = document.getElementById('odd-off'), om = document.getElementById('odd-menu');
      ob.addEventListener('click', () => { om.hidden = !om.hidden; ob.setAttribute('aria-expanded', String(!om.hidden)); });
      out.odd = await P.turnOff('#odd-off', 'menu', 'Turn off', { timeoutMs: 1000 });
      out.oddClosed = om.hidden;
      // A switch in a closed <details> is collapsed, not hidden; turning it off opens it.
      const html = P.capture(document).html;
      // The probe reports layout facts; the engine decides (a switch in a closed <details> is
      // as visible as the details): the folded one is not hidden by anything, the gone one is.
      const tag = (id) => (html.match(new RegExp('<[^>]*id="' + id + '"[^>]*>')) || [''])[0];
      out.foldedVisible = /data-unticked-drawn=/.test(tag('folded')) && !/data-unticked-hidden="true"/.test(tag('folded'));
      out.goneHidden = /data-unticked-hidden="true"|data-unticked-drawn="false"/.test(tag('gone')) && !/data-unticked-named="true"/.test(tag('gone'));
      out.folded = await P.flip('#folded', { timeoutMs: 1000 });
      out.opened = document.getElementById('adv').open;
      return out;
    });
    const findOk = r.shadowTop === 'wanted' && r.shadowDeep === 'deep-decoy' && r.shadowNone === null && r.flip.ok && r.flip.after === 'off';
    record('probe find() in shadow roots', findOk, `top-level path -> ${r.shadowTop}, nested path -> ${r.shadowDeep}, flip ${JSON.stringify(r.flip)}`);
    const chooseOk = r.choose.ok && r.value === 'b' && r.choose.after === "Don't allow" && !r.missing.ok && !r.disabled.ok && !r.reverted.ok;
    const menuOk = r.menu.ok && r.menuClicked === 'mi-off' && r.plain.ok && r.synced === 1 && !r.odd.ok && r.oddClosed;
    record('probe: a row\'s own "Turn off" button and menu', menuOk, `menu -> clicked ${r.menuClicked}; plain button clicked ${r.synced}x; menu without the item -> ${JSON.stringify(r.odd.error)}, closed again: ${r.oddClosed}`);
    const foldOk = r.foldedVisible && r.goneHidden && r.folded.ok && r.folded.after === 'off' && r.opened;
    record('probe: switches in a closed <details>', foldOk, `captured as visible: ${r.foldedVisible}; display:none still hidden: ${r.goneHidden}; flip ${JSON.stringify(r.folded)}; details opened: ${r.opened}`);
    record('probe choose() on a select', chooseOk, `choose ${JSON.stringify(r.choose)}; no partial match: ${!r.missing.ok}; disabled refused: ${!r.disabled.ok}; reverted value detected: ${!r.reverted.ok}`);
  } catch (e) {
    record('probe find() in shadow roots', false, e.message.split('\n')[0]);
  } finally {
    await page.close().catch(() => {});
  }
}

// The real toolbar popup (no ?tab=): chrome.action.openPopup() opens it for the
// active tab, as a click on the toolbar button would. Playwright does not list
// extension popups as pages, so the checks talk to it over the DevTools protocol.
// Returns {evaluate(expression), shot(file), close()}.
async function openPopup(context, worker, page) {
  await page.bringToFront();
  const opened = await worker.evaluate(() => chrome.action.openPopup().then(() => 'ok', (e) => 'error: ' + e.message));
  if (opened !== 'ok') throw new Error('chrome.action.openPopup: ' + opened);
  return attachPopup(await context.browser().newBrowserCDPSession());
}

// What the popup shows at a glance, and whether its document overflows sideways: the popup is
// made for 360 px, and nothing may stick out (scrollWidth <= clientWidth).
const GLANCE = `(() => {
  const de = document.documentElement;
  const summary = document.querySelector('.ut-summary');
  const first = document.querySelector('.ut-findings .ut-finding');
  const button = first && first.querySelector('[data-action="turn-off"]');
  const wide = [...document.querySelectorAll('#app *')].filter((e) => e.getBoundingClientRect().right > de.clientWidth + 0.5)
    .slice(0, 3).map((e) => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : '') + ' ' + Math.round(e.getBoundingClientRect().right));
  return {
    ready: !!summary, summary: summary ? summary.innerText : null,
    first: first ? first.querySelector('h2').innerText : null, firstSharing: first ? first.dataset.sharing : null,
    turnOffInView: !!button && button.getBoundingClientRect().bottom <= innerHeight,
    popup: de.classList.contains('ut-popup'),
    scrollWidth: de.scrollWidth, clientWidth: de.clientWidth, innerWidth, innerHeight, wide,
  };
})()`;

async function popupCheck(context, worker, page) {
  const name = 'toolbar popup';
  let popup = null;
  try {
    popup = await openPopup(context, worker, page);
    const seen = await poll(async () => {
      const v = await popup.evaluate(`(() => {
        const card = [...document.querySelectorAll('[data-concern="ai-training"]')].find((c) => c.innerText.includes(${JSON.stringify(LABEL)}));
        const side = [...document.querySelectorAll('button')].some((b) => /side panel/i.test(b.textContent));
        return { sharing: card ? card.dataset.sharing : null, side, glance: ${GLANCE}, text: document.getElementById('app').innerText.slice(0, 200) };
      })()`);
      return { done: !!(v && v.sharing), ...v };
    }, { timeout: 20000 });
    // The page's switch was turned off above, so the popup must read the live page anew.
    const ok = seen.sharing === 'false' && seen.side === true;
    record(name, ok, ok
      ? 'opened by chrome.action.openPopup on the settings tab: it reads the active tab (now not sharing) and offers "Open in side panel"'
      : `popup shows: ${JSON.stringify(seen).slice(0, 300)}`);
    const g = seen.glance || {};
    record('popup: no horizontal overflow (LinkedIn sample)', g.popup === true && g.clientWidth > 0 && g.scrollWidth <= g.clientWidth && g.innerWidth <= 400,
      `popup ${g.innerWidth}x${g.innerHeight}, laid out as the popup: ${g.popup}; scrollWidth ${g.scrollWidth} <= clientWidth ${g.clientWidth}${g.wide && g.wide.length ? '; sticking out: ' + g.wide.join(', ') : ''}`);
  } catch (e) {
    record(name, false, e.message.split('\n')[0]);
  } finally {
    if (popup) await popup.close();
  }
}

// The 1 MB settings page (wide-page.mjs) on LinkedIn's settings address. The popup must read
// it, show it at a glance, and not overflow.
const BIG_URL = 'https://www.linkedin.com/mypreferences/d/settings/all-settings';
// The same page under a catalogued settings page, which the background reads (badge timing).
const TIMING_URL = 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement/all';
async function bigPopupCheck(context, worker) {
  const name = 'popup: no horizontal overflow (1 MB settings page)';
  let popup = null;
  const tab = await context.newPage();
  try {
    const resp = await tab.goto(BIG_URL, { waitUntil: 'load' });
    const bytes = (await resp.body()).length;
    popup = await openPopup(context, worker, tab);
    const g = await poll(async () => {
      const v = await popup.evaluate(GLANCE);
      return { done: !!(v && v.ready), ...v };
    }, { timeout: 60000 });
    const names = await popup.evaluate(`[...document.querySelectorAll('.ut-findings .ut-finding h2')].map((h) => h.innerText)`);
    fs.mkdirSync(shots, { recursive: true });
    await popup.shot(path.join(shots, 'popup.png'));
    const ok = g.ready && g.popup === true && g.scrollWidth <= g.clientWidth && g.innerWidth <= 400;
    record(name, ok && bytes >= 1e6,
      `${(bytes / 1e6).toFixed(2)} MB page; popup ${g.innerWidth}x${g.innerHeight}, laid out as the popup: ${g.popup}; scrollWidth ${g.scrollWidth} <= clientWidth ${g.clientWidth}${g.wide && g.wide.length ? '; sticking out: ' + g.wide.join(', ') : ''}`);
    // At a glance: how many share, the most important one first, its Turn off without scrolling;
    // the radio group is named by its question, never "Your data".
    const glance = g.ready && /sharing now: 3/.test(g.summary) && g.first === BIG_LABEL && g.firstSharing === 'true' && g.turnOffInView
      && Array.isArray(names) && !names.includes('Your data') && names.some((n) => /^Can LinkedIn and its affiliates use the content you post/.test(n));
    record('popup at a glance: count, most important switch, Turn off', glance,
      `summary "${g.summary}"; first "${String(g.first).slice(0, 60)}…" sharing=${g.firstSharing}; its Turn off in view without scrolling: ${g.turnOffInView}; AI switches shown: ${JSON.stringify((names || []).map((n) => n.slice(0, 50)))}`);
  } catch (e) {
    record(name, false, e.message.split('\n')[0]);
  } finally {
    if (popup) await popup.close();
    await tab.close().catch(() => {});
  }
}

// How long a person waits on the 1 MB settings page (issue 11): page load → badge, the
// inspector opened → findings drawn, the toolbar popup opened → findings drawn; five runs each,
// median (min–max). Reported, not judged: this machine's timings are noise-prone (BENCHMARKS.md
// holds the measured ones); the check fails only when a run shows no findings at all.
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const spread = (xs) => `median ${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}; runs ${xs.map((x) => x.toFixed(0)).join(', ')})`;
async function timings(context, worker, extId) {
  const name = 'timings on the 1 MB settings page (reported)';
  const RUNS = 5;
  const tab = await context.newPage();
  const badge = [], inspector = [], popup = [], parts = [];
  try {
    await tab.goto(TIMING_URL, { waitUntil: 'load' });
    const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => (t.url || '') === u)?.id ?? null, TIMING_URL);
    if (tabId == null) throw new Error('the extension cannot see the 1 MB tab');
    for (let i = 0; i < RUNS; i++) {
      await worker.evaluate((id) => chrome.action.setBadgeText({ tabId: id, text: '' }), tabId);
      await tab.reload({ waitUntil: 'load' });
      const loaded = await tab.evaluate(() => performance.timeOrigin + performance.getEntriesByType('navigation')[0].loadEventEnd);
      const seen = await poll(async () => {
        const text = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
        return { done: !!text, at: Date.now() };
      }, { timeout: 20000, interval: 5 });
      if (seen.done) badge.push(seen.at - loaded);
    }
    for (let i = 0; i < RUNS; i++) {
      const p = await context.newPage();
      await p.goto(`chrome-extension://${extId}/inspector.html?tab=${tabId}`);
      const t = await poll(async () => {
        const m = await p.evaluate(() => performance.getEntriesByName('ut-first-findings')[0]?.startTime ?? null);
        return { done: m != null, m };
      }, { timeout: 30000, interval: 20 });
      if (t.done) inspector.push(t.m);
      const at = await p.evaluate(() => Object.fromEntries(['ut-engine-ready', 'ut-captured'].map((n) => [n, performance.getEntriesByName(n)[0]?.startTime ?? null])));
      parts.push(at);
      await p.close();
    }
    for (let i = 0; i < RUNS; i++) {
      const t0 = Date.now();
      const pop = await openPopup(context, worker, tab);
      const t = await poll(async () => {
        const m = await pop.evaluate('(() => { const m = performance.getEntriesByName("ut-first-findings")[0]; return m ? performance.timeOrigin + m.startTime : null; })()');
        return { done: m != null, m };
      }, { timeout: 30000, interval: 20 });
      if (t.done) popup.push(t.m - t0);
      await pop.close();
    }
    const ok = badge.length === RUNS && inspector.length === RUNS && popup.length === RUNS;
    record(name, ok, `page load → badge: ${badge.length ? spread(badge) : 'never'}; inspector opened → findings: ${inspector.length ? spread(inspector) : 'never'}; popup opened → findings: ${popup.length ? spread(popup) : 'never'}; inspector marks (engine ready / page captured / findings drawn): ${parts.map((p, i) => ['ut-engine-ready', 'ut-captured'].map((k) => p[k]?.toFixed(0)).concat(inspector[i]?.toFixed(0)).join('/')).join(', ')}`);
  } catch (e) {
    record(name, false, e.message.split('\n')[0]);
  } finally {
    await tab.close().catch(() => {});
  }
}

async function main() {
  if (!fs.existsSync(path.join(dist, 'manifest.json')) || !fs.existsSync(path.join(dist, 'pkg/unticked.js'))) {
    record('build present', false, `${dist} has no manifest.json or pkg/unticked.js: run ./do build first`);
    return;
  }
  checkManifest();

  let chromium;
  try { ({ chromium } = require('playwright-core')); } catch (e) {
    record('build present', false, 'playwright-core is not installed: cd tests/e2e && npm ci');
    return;
  }
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

  const server = await startServer({ pages: { [BIG_URL.replace('https://', '')]: wideSettingsPage(), [TIMING_URL.replace('https://', '')]: wideSettingsPage() } });
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'unticked-e2e-profile-'));
  const rules = FIXTURE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${server.port}`)
    // Everything else fails to resolve, so the browser itself cannot reach out either.
    .concat(['MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost']).join(', ');
  const context = await chromium.launchPersistentContext(userData, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--ignore-certificate-errors', `--host-resolver-rules=${rules}`,
      `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
    ],
  });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const errors = [];
  try {
    await probeChecks(context);
    // ---- the extension's service worker and id
    let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 20000 });
    const extId = new URL(worker.url()).host;
    console.log(`# extension ${extId}, fixture server https://127.0.0.1:${server.port}/`);

    // ---- site access for LinkedIn (nothing is granted at install; tests/e2e/permissions.mjs
    // drives the inspector's own "Allow"; here it is set up as in grant.mjs)
    await allowOnExtensionsPage(context, extId, ['www.linkedin.com']);
    const granted = await requestInClick(context, extId, ['www.linkedin.com']);
    if (granted !== true) throw new Error('site access for www.linkedin.com was not granted: ' + granted);

    // ---- the settings page
    const page = await context.newPage();
    const resp = await page.goto(PAGE_URL, { waitUntil: 'load' });
    if (!resp || resp.status() !== 200) throw new Error(`the sample page did not load (${resp && resp.status()})`);
    const tabId = await worker.evaluate(async (u) => {
      const tabs = await chrome.tabs.query({});
      const t = tabs.find((t) => (t.url || '').startsWith(u));
      return t ? t.id : null;
    }, PAGE_URL);
    if (tabId == null) throw new Error('the extension cannot see the settings tab (host permission missing?)');

    // (1) badge set by the background scan
    const badge = await poll(async () => {
      const text = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
      return { done: text === '1', text };
    }, { timeout: 20000 });
    const title = await worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId).catch(() => '');
    record('badge', badge.text === '1', `badge text ${JSON.stringify(badge.text ?? null)}${badge.error ? ' (' + badge.error.message + ')' : ''}; title ${JSON.stringify(title)}`);

    // (2) the inspector, pointed at the tab
    const inspector = await context.newPage();
    await inspector.setViewportSize({ width: 420, height: 900 });
    inspector.on('pageerror', (e) => errors.push('pageerror: ' + e.message));
    inspector.on('console', (m) => { if (m.type() === 'error') errors.push('console: ' + m.text()); });
    await inspector.goto(`chrome-extension://${extId}/inspector.html?tab=${tabId}`);
    let card = null;
    try {
      card = inspector.locator(SHARING).filter({ hasText: LABEL }).first();
      await card.waitFor({ state: 'visible', timeout: 20000 });
    } catch (e) {
      const shown = await inspector.locator('#app').innerText().catch(() => '');
      record('inspector shows the finding', false, `no sharing AI-training card for "${LABEL}"; the inspector shows: ${shown.slice(0, 300).replace(/\s+/g, ' ')}`);
      card = null;
    }
    if (card) {
      const info = await card.evaluate((el) => {
        const expl = el.querySelector('.ut-expl');
        // What a switch means is one click away ("Details"), its sources one more.
        for (const d of el.querySelectorAll('details')) d.open = true;
        const links = [...el.querySelectorAll('a[href^="https://"], a[href^="http://"]')];
        return { text: el.innerText, expl: expl ? expl.innerText.trim() : '', links: links.map((a) => a.href) };
      });
      const firstLink = card.locator('a[href^="http"]').first();
      const linkVisible = info.links.length > 0 && (await firstLink.isVisible().catch(() => false));
      const ok = info.text.includes(LABEL) && info.expl.length >= 40 && linkVisible;
      record('inspector shows the finding', ok,
        `label ${info.text.includes(LABEL) ? 'shown' : 'missing'}; explanation ${info.expl.length} chars; ${info.links.length} source link(s)${linkVisible ? ', first visible' : ', none visible'}`);
    }

    // (5) first paint: the app's own mark, else first-contentful-paint
    const paint = await inspector.evaluate(() => {
      const mark = performance.getEntriesByName('ut-first-findings')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { mark: mark ? mark.startTime : null, fcp: fcp ? fcp.startTime : null };
    });
    const firstPaint = paint.mark ?? paint.fcp;
    record('first paint', firstPaint != null,
      `ut-first-findings ${paint.mark == null ? 'not set' : paint.mark.toFixed(0) + ' ms'}, first-contentful-paint ${paint.fcp == null ? 'n/a' : paint.fcp.toFixed(0) + ' ms'}`);

    // (7, first half) accessibility of the inspector showing findings
    const axeRuns = [];
    const runAxe = async (when) => {
      // The extension's CSP forbids inline scripts and eval, so addScriptTag
      // cannot work here; evaluating the source over the DevTools protocol can.
      if (!(await inspector.evaluate(() => typeof window.axe === 'object'))) await inspector.evaluate(axeSource);
      const v = await inspector.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((x) => ({ id: x.id, impact: x.impact, help: x.help, nodes: x.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
      });
      axeRuns.push({ when, violations: v });
    };
    if (card) await runAxe('findings shown').catch((e) => axeRuns.push({ when: 'findings shown', error: e.message }));

    // (3) turn it off from the inspector and check the real page
    if (card) {
      try {
        await card.locator('[data-action="turn-off"]').click();
        await inspector.locator('[data-action="confirm"]').first().click();
        const off = inspector.locator('[data-concern="ai-training"][data-sharing="false"]').filter({ hasText: LABEL }).first();
        await off.waitFor({ state: 'visible', timeout: 15000 });
        const checked = await page.evaluate(() => document.querySelector('input[role=switch]').checked);
        const status = await inspector.locator('.ut-ok, .ut-bad').first().innerText().catch(() => '');
        record('turn off', checked === false, `inspector shows data-sharing="false"; page switch checked=${checked}${status ? '; says: ' + status : ''}`);
      } catch (e) {
        const checked = await page.evaluate(() => document.querySelector('input[role=switch]')?.checked).catch(() => 'unknown');
        const shown = await inspector.locator('#app').innerText().catch(() => '');
        record('turn off', false, `${e.message.split('\n')[0]}; page switch checked=${checked}; inspector: ${shown.slice(0, 300).replace(/\s+/g, ' ')}`);
      }
      await runAxe('after turning off').catch((e) => axeRuns.push({ when: 'after turning off', error: e.message }));
      const badgeAfter = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId).catch(() => '?');
      console.log(`# badge after turning off: ${JSON.stringify(badgeAfter)}`);
    }

    await popupCheck(context, worker, page);
    await bigPopupCheck(context, worker);
    await timings(context, worker, extId);

    // (6) screenshots
    try {
      fs.mkdirSync(shots, { recursive: true });
      await inspector.screenshot({ path: path.join(shots, 'inspector.png'), fullPage: true });
      await page.bringToFront();
      await page.screenshot({ path: path.join(shots, 'page.png') });
      record('screenshots', true, 'tests/screenshots/inspector.png, tests/screenshots/page.png');
    } catch (e) {
      record('screenshots', false, e.message.split('\n')[0]);
    }

    // Checkup (issue 10): after the scans above, every catalogued service is listed, and the
    // LinkedIn page shows what history last saw there (the switch turned off) and when.
    try {
      const link = await inspector.locator('a[data-action="checkup"]').getAttribute('href').catch(() => null);
      const checkup = await context.newPage();
      checkup.on('pageerror', (e) => errors.push('checkup pageerror: ' + e.message));
      await checkup.goto(`chrome-extension://${extId}/${link || 'checkup.html'}`);
      const li = checkup.locator('li.ut-svc[data-service="linkedin"]');
      await li.waitFor({ state: 'visible', timeout: 15000 });
      // What history holds for LinkedIn's settings pages (this test's page, and the 1 MB one
      // the popup check read after it): the row shows the latest visit, sharing if any of
      // them had an AI-training switch sharing on its latest visit.
      const stored = await checkup.evaluate(async (u) => {
        const h = (await chrome.storage.local.get('history')).history;
        const pages = Object.values((h && h.pages) || {}).filter((x) => x.url.startsWith('https://www.linkedin.com/'));
        if (!pages.some((x) => x.url.startsWith(u))) return null;
        const sharing = pages.some((p) => Object.values(p.switches).some((w) => w.last_seen === p.last_seen && w.last_sharing === true && w.concern === 'ai-training'));
        return { state: sharing ? 'sharing' : 'not-sharing', when: pages.map((p) => p.last_seen).sort().pop() };
      }, PAGE_URL);
      const got = await checkup.evaluate(() => {
        const el = document.querySelector('li.ut-svc[data-service="linkedin"]');
        return {
          count: document.querySelectorAll('li.ut-svc').length,
          state: el.dataset.state, when: el.dataset.when || null,
          seen: el.querySelector('[data-seen]').textContent,
          order: [...document.querySelectorAll('li.ut-svc')].map((x) => x.dataset.state),
        };
      });
      const shown = stored ? `${stored.when.slice(0, 10)} ${stored.when.slice(11, 16)} UTC` : '?';
      const words = { sharing: 'Sharing', 'not-sharing': 'Not sharing' };
      const rank = { sharing: 0, never: 1, 'not-sharing': 2, 'no-setting': 3 };
      const sorted = got.order.every((s, i) => i === 0 || rank[got.order[i - 1]] <= rank[s]);
      const ok = link === 'checkup.html' && got.count >= 60 && stored && got.state === stored.state && got.when === stored.when
        && got.seen.startsWith(words[stored.state]) && got.seen.includes(shown) && sorted;
      record('checkup lists every service and the LinkedIn page as last seen', ok,
        `inspector link ${JSON.stringify(link)}; ${got.count} services; LinkedIn ${got.state}, "${got.seen}" (history: ${stored && stored.state} at ${stored && stored.when}); needs-attention order ${sorted ? 'kept' : 'broken: ' + got.order.join(',')}`);
      await checkup.screenshot({ path: path.join(shots, 'checkup.png'), fullPage: false }).catch(() => {});
      await checkup.close();
    } catch (e) {
      record('checkup lists every service and the LinkedIn page as last seen', false, e.message.split('\n')[0]);
    }

    // A state-only row that is a link: turning it off leaves the page. The host must wait for
    // the new page and say so, not report a half-loaded page. (The row is added by the test.)
    try {
      const target = '/mypreferences/d/settings/data-for-ai-improvement?sample=linkedin-advertising-data.html';
      await page.evaluate((href) => {
        const a = Object.assign(document.createElement('a'), { id: 'ut-test-row', href, textContent: 'Test summary row is On' });
        document.querySelector('main, body').prepend(a);
      }, target);
      const t0 = Date.now();
      const res = await inspector.evaluate(async ([id]) => (await import('./host.js')).flipInTab(id, '#ut-test-row', 'open-row', ''), [tabId]);
      const took = Date.now() - t0;
      const now = await worker.evaluate((id) => chrome.tabs.get(id).then((t) => ({ url: t.url, status: t.status })), tabId);
      const ok = !res.ok && /another page/.test(res.error || '') && now.url.endsWith(target) && now.status === 'complete';
      record('a row that opens another page', ok, `flip -> ${JSON.stringify(res)} after ${took} ms; tab now ${now.status} at ${now.url.replace(/^https:\/\/[^/]+/, '')}`);
    } catch (e) {
      record('a row that opens another page', false, e.message.split('\n')[0]);
    }

    // (7) axe verdict
    if (!axeRuns.length) {
      record('accessibility (axe)', false, 'not run: the inspector never showed the finding');
    } else {
      const bad = [];
      for (const r of axeRuns) {
        if (r.error) bad.push(`${r.when}: axe could not run (${r.error.split('\n')[0]})`);
        else for (const v of r.violations) bad.push(`${r.when}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.join(', ')}`);
      }
      record('accessibility (axe)', bad.length === 0, bad.length ? bad.join(' | ') : `no violations (${axeRuns.map((r) => r.when).join(', ')})`);
    }

    // script errors in the inspector (e.g. a Wasm panic)
    const real = errors.filter((e) => !/favicon/i.test(e));
    record('inspector has no script errors', real.length === 0, real.length ? real.slice(0, 5).join(' | ') : 'none');
  } catch (e) {
    record('run', false, e.message.split('\n')[0]);
  } finally {
    // (4) network: only the fixture hosts (on 127.0.0.1) and the extension itself
    const allowed = (u) => {
      if (/^(chrome-extension:|data:|blob:|about:|chrome:)/.test(u)) return true;
      try { const x = new URL(u); return x.protocol === 'https:' && FIXTURE_HOSTS.includes(x.hostname); } catch (e) { return false; }
    };
    const outside = requests.filter((u) => !allowed(u));
    const serverOutside = server.requests.filter((r) => !FIXTURE_HOSTS.includes(r.split(' ')[0]));
    const ok = outside.length === 0 && serverOutside.length === 0 && requests.length > 0;
    record('network stays local', ok, ok
      ? `${requests.length} requests, all to fixture hosts or chrome-extension://; server answered ${server.requests.length}`
      : `unexpected: ${[...outside, ...serverOutside].slice(0, 8).join(', ') || 'no requests recorded'}`);
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
