// Firefox checks of dist/firefox:
//  1. `web-ext lint` (the local devDependency, no global install): fails on
//     errors, prints warnings.
//  2. Load check in headless Firefox ESR through geckodriver (WebDriver on
//     127.0.0.1): install dist/firefox as a temporary add-on, open its
//     inspector page, and check that the Wasm engine loads under the
//     extension CSP and the Yew inspector mounts (it says the tab is gone,
//     since no real tab is given). Skipped, with a note, when firefox-esr or
//     geckodriver is missing.
// One line per check, then "N passed, M failed"; exit 1 on failure.
//
//   node tests/e2e/lint-firefox.mjs        (after ./do build)
//   DIST=/abs/dist/firefox FIREFOX=/usr/bin/firefox-esr GECKODRIVER=geckodriver node tests/e2e/lint-firefox.mjs
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { historyChecks } from './history-checks.mjs';
import { hostilePages } from './hostile-pages.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const dist = path.resolve(process.env.DIST || path.join(root, 'dist/firefox'));
const firefox = process.env.FIREFOX || '/usr/bin/firefox-esr';
const ADDON_ID = 'unticked@unticked.example';

let passed = 0, failed = 0, skipped = 0;
function record(name, ok, detail = '') {
  if (ok === null) skipped++; else if (ok) passed++; else failed++;
  const tag = ok === null ? 'SKIP' : ok ? 'PASS' : 'FAIL';
  console.log(`${tag} ${name}${detail ? ' — ' + String(detail).replace(/(\d+)\s+(passed|failed)/gi, '$1 $2.') : ''}`);
}

function which(cmd) {
  if (cmd.includes('/')) return fs.existsSync(cmd) ? cmd : null;
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  const cargo = path.join(process.env.HOME || '/root', '.cargo/bin', cmd);
  return fs.existsSync(cargo) ? cargo : null;
}

function lint() {
  const bin = path.join(here, 'node_modules/.bin/web-ext');
  if (!fs.existsSync(bin)) return record('web-ext lint', false, 'web-ext is not installed: cd tests/e2e && npm ci');
  const r = spawnSync(bin, ['lint', '--source-dir', dist, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8', timeout: 240000, maxBuffer: 64 << 20 });
  let report;
  try { report = JSON.parse(r.stdout); } catch (e) {
    return record('web-ext lint', false, `no JSON report (exit ${r.status}): ${(r.stderr || r.stdout || '').slice(0, 400)}`);
  }
  for (const kind of ['errors', 'warnings', 'notices']) {
    for (const m of report[kind] || []) console.log(`# ${kind.slice(0, -1)}: ${m.code} ${m.file || ''}${m.line ? ':' + m.line : ''} ${m.message}`);
  }
  const s = report.summary || {};
  record('web-ext lint', (report.errors || []).length === 0, `errors ${s.errors}, warnings ${s.warnings}, notices ${s.notices}`);
}

const freePort = () => new Promise((resolve, reject) => {
  const srv = net.createServer();
  srv.once('error', reject);
  srv.listen(0, '127.0.0.1', () => { const p = srv.address().port; srv.close(() => resolve(p)); });
});

async function wd(base, method, url, body) {
  const res = await fetch(base + url, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const j = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(`${method} ${url}: ${j.value ? j.value.error + ': ' + j.value.message : res.status}`);
  return j.value;
}

async function loadInFirefox() {
  const name = 'Firefox loads the add-on';
  const gecko = which(process.env.GECKODRIVER || 'geckodriver');
  if (!fs.existsSync(firefox) || !gecko) {
    record(FLOW, null, 'skipped');
    record(HISTORY, null, 'skipped');
    return record(name, null, `skipped: ${!fs.existsSync(firefox) ? firefox : 'geckodriver'} not found (./do installs both)`);
  }
  const port = await freePort();
  const driver = spawn(gecko, ['--host', '127.0.0.1', '--port', String(port), '--log', 'error', '--allow-system-access'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let driverLog = '';
  driver.stdout.on('data', (d) => { driverLog += d; });
  driver.stderr.on('data', (d) => { driverLog += d; });
  const base = `http://127.0.0.1:${port}`;
  let session = null;
  const hostile = hostilePages();
  const server = await startServer({ pages: Object.fromEntries(hostile.flatMap((p) => [[`www.linkedin.com${p.path}`, p.html], ...(p.extra || [])])) });
  const proxyPort = await server.startProxy();
  try {
    for (let i = 0; ; i++) {
      try { await wd(base, 'GET', '/status'); break; } catch (e) {
        if (i > 50) throw new Error('geckodriver did not start: ' + driverLog.slice(0, 300));
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const uuid = crypto.randomUUID();
    const caps = await wd(base, 'POST', '/session', { capabilities: { alwaysMatch: {
      browserName: 'firefox',
      acceptInsecureCerts: true, // the fixture server's throwaway certificate
      'moz:firefoxOptions': {
        binary: firefox,
        args: ['-headless'],
        prefs: {
          // A known internal UUID, so the test can open moz-extension://<uuid>/inspector.html.
          'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
          // Keep the browser off the network: no updates, telemetry, safe browsing, captive portal checks.
          'app.update.enabled': false, 'extensions.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false, 'browser.safebrowsing.malware.enabled': false, 'browser.safebrowsing.phishing.enabled': false,
          'network.captive-portal-service.enabled': false, 'network.connectivity-service.enabled': false,
          'browser.newtabpage.enabled': false, 'browser.startup.homepage': 'about:blank',
          'network.dns.disablePrefetch': true, 'network.prefetch-next': false, 'browser.region.network.url': '',
          'extensions.getAddons.cache.enabled': false, 'services.settings.server': 'http://127.0.0.1:9/',
          // Web traffic goes to the local fixture proxy, which serves only the fixture hosts.
          'network.proxy.type': 1, 'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': proxyPort,
          'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': proxyPort, 'network.proxy.no_proxies_on': '',
          'network.proxy.allow_hijacking_localhost': true,
          // Optional permissions requested in a click are granted without the doorhanger (which
          // a headless run cannot answer); nothing is granted at install.
          'extensions.webextOptionalPermissionPrompts': false,
        },
      },
    } } });
    session = caps.sessionId;
    const id = await wd(base, 'POST', `/session/${session}/moz/addon/install`, { path: dist, temporary: true });
    // WebDriver will not navigate to moz-extension:// itself; the browser's
    // own (chrome) context may open it, as a person typing it would.
    const target = `moz-extension://${uuid}/inspector.html?tab=999999`;
    await wd(base, 'POST', `/session/${session}/moz/context`, { context: 'chrome' });
    await wd(base, 'POST', `/session/${session}/execute/sync`, { script: `
      const win = Services.wm.getMostRecentWindow('navigator:browser');
      win.openTrustedLinkIn(arguments[0], 'current');`, args: [target] });
    await wd(base, 'POST', `/session/${session}/moz/context`, { context: 'content' });
    let state = null;
    // The tab is mid-navigation at first (documentElement can be null, or
    // the script errors): a failed poll is retried, not fatal.
    for (let i = 0; i < 80; i++) {
      state = await wd(base, 'POST', `/session/${session}/execute/sync`, { script: `
        if (!document.documentElement) return null;
        const main = document.querySelector('main.ut');
        const err = document.querySelector('.ut-error, [role=alert]');
        return { mounted: !!main, error: err ? err.innerText : null, text: document.getElementById('app') ? document.getElementById('app').innerText.slice(0, 300) : null,
                 lang: document.documentElement.lang, name: (globalThis.browser && browser.i18n.getMessage('extName')) || null };`, args: [] })
        .catch((e) => ({ pollError: e.message.split('\n')[0] }));
      if (state && state.mounted && state.error) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const ok = state && state.mounted && state.name === 'Unticked';
    record(name, !!ok, ok
      ? `installed ${id} temporarily; inspector mounted (Wasm ran under the extension CSP), i18n ok, and for a missing tab it says: ${(state.error || '').replace(/\s+/g, ' ').slice(0, 160)}`
      : `inspector did not mount: ${JSON.stringify(state)}`);
    if (ok) await flowInFirefox(base, session, uuid, server, hostile);
    else {
      record(FLOW, false, 'not run: the add-on did not load');
      record(HISTORY, false, 'not run: the add-on did not load');
    }
  } catch (e) {
    record(name, false, e.message.split('\n')[0]);
  } finally {
    if (session) await wd(base, 'DELETE', `/session/${session}`).catch(() => {});
    driver.kill();
    await server.close();
  }
}


const FLOW = 'Firefox scans the page and turns the switch off';
let historyDone = false;
let grantNote = '';
const HISTORY = 'Firefox keeps every history write, sets unreadable history aside, and imports what it exported';
const PAGE_URL = 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement';
const LABEL = 'Use my data for training content creation AI models';

// The LinkedIn sample through the local proxy: the background badge, the
// inspector's finding, and turning it off, as in the Chromium test.
async function flowInFirefox(base, session, uuid, server, hostile) {
  const S = `/session/${session}`;
  const exec = (script, ...args) => wd(base, 'POST', `${S}/execute/sync`, { script, args });
  const until = async (fn, ms = 20000) => {
    const end = Date.now() + ms;
    for (;;) { const v = await fn().catch(() => null); if (v || Date.now() > end) return v; await new Promise((r) => setTimeout(r, 250)); }
  };
  try {
    await wd(base, 'POST', `${S}/url`, { url: PAGE_URL });
    const pageHandle = await wd(base, 'GET', `${S}/window`);
    const title = await wd(base, 'GET', `${S}/title`);
    if (!/LinkedIn/.test(title)) throw new Error(`the sample page did not load (title ${JSON.stringify(title)})`);
    await wd(base, 'POST', `${S}/moz/context`, { context: 'chrome' });
    await exec(`Services.wm.getMostRecentWindow('navigator:browser').openTrustedLinkIn(arguments[0], 'tab');`, `moz-extension://${uuid}/inspector.html?tab=999999`);
    await wd(base, 'POST', `${S}/moz/context`, { context: 'content' });
    const handles = await wd(base, 'GET', `${S}/window/handles`);
    const inspectorHandle = handles.find((h) => h !== pageHandle);
    await wd(base, 'POST', `${S}/window`, { handle: inspectorHandle });
    await until(() => exec(`return document.readyState === 'complete' && !!globalThis.browser;`));
    // History in Firefox (before any site is granted, so no background scan lands among its
    // writes), through the same host.js as in Chromium (its storage.local has no
    // 10 MB quota, so the full-storage check is Chromium's).
    try {
      const h = await exec(`return (${historyChecks.toString()})(arguments[0]);`, { quota: false });
      historyDone = true;
      record(HISTORY, h.concurrent.ok && h.setAside.ok && h.exportImport.ok,
        `${h.concurrent.detail}; set aside: ${h.setAside.ok ? 'kept under its own key, noted' : h.setAside.detail}; ${h.exportImport.detail}`);
    } catch (e) {
      historyDone = true;
      record(HISTORY, false, e.message.split('\n')[0]);
    }
    // Site access for LinkedIn (none at install). A click on the toolbar button gives the add-on
    // the tab (activeTab); the toolbar's button lives in Firefox's own UI, out of WebDriver's
    // reach, so the test gives it as that click does (the tab manager's own call). The
    // inspector for the tab then reads it, asks, and its own "Allow" (a real click, in which
    // permissions.request may run) grants the site.
    await wd(base, 'POST', `${S}/moz/context`, { context: 'chrome' });
    const active = await exec(`const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const ext = ExtensionParent.GlobalManager.getExtension(arguments[1]);
      const win = Services.wm.getMostRecentWindow('navigator:browser');
      const tab = win.gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec.startsWith(arguments[0]));
      if (!ext || !tab) return 'no ' + (ext ? 'tab' : 'extension');
      ext.tabManager.addActiveTabPermission(tab);
      return 'ok';`, PAGE_URL, ADDON_ID);
    await wd(base, 'POST', `${S}/moz/context`, { context: 'content' });
    if (active !== 'ok') throw new Error('could not give the add-on the tab (activeTab): ' + active);
    const pageTab = await until(() => exec(`return browser.tabs.query({}).then((ts) => { const t = ts.find((t) => (t.url || '').startsWith(arguments[0])); return t ? t.id : null; });`, PAGE_URL));
    if (!pageTab) throw new Error('the inspector cannot see the LinkedIn tab after activeTab');
    await exec(`location.href = 'inspector.html?tab=' + arguments[0];`, pageTab);
    const ACCESS = `const a = document.querySelector('.ut-access'); return a ? { granted: a.dataset.granted, text: a.innerText } : null;`;
    const asked = await until(() => exec(ACCESS));
    if (!asked || asked.granted !== 'false') throw new Error('the inspector does not ask for LinkedIn: ' + JSON.stringify(asked));
    const before = await exec(`return browser.permissions.contains({ origins: ['https://www.linkedin.com/*'] });`);
    {
      const el = await wd(base, 'POST', `${S}/element`, { using: 'css selector', value: '.ut-access [data-action="site-access"]' });
      await wd(base, 'POST', `${S}/element/${Object.values(el)[0]}/click`, {});
    }
    const afterGrant = await until(() => exec(`${ACCESS.replace('return a ?', 'return a && a.dataset.granted === "true" ?')}`), 10000);
    const granted = await exec(`return browser.permissions.contains({ origins: ['https://www.linkedin.com/*'] });`);
    if (before !== false || granted !== true || !afterGrant) throw new Error(`the inspector's Allow did not grant www.linkedin.com: before ${before}, after ${granted}, block ${JSON.stringify(afterGrant)}`);
    grantNote = `the inspector asked ${JSON.stringify(asked.text.replace(/\s+/g, ' ').slice(0, 90))}…, its Allow granted www.linkedin.com (before: ${before}, after: ${granted})`;
    const found = await until(async () => {
      const r = await exec(`return (async () => {
        const tabs = await browser.tabs.query({});
        const t = tabs.find((t) => (t.url || '').startsWith(arguments[0]));
        if (!t) return null;
        return { id: t.id, badge: await browser.action.getBadgeText({ tabId: t.id }) };
      })();`, PAGE_URL);
      return r && r.badge === '1' ? r : null;
    });
    const tab = found || (await exec(`return (async () => { const t = (await browser.tabs.query({})).find((t) => (t.url || '').startsWith(arguments[0])); return t ? { id: t.id, badge: await browser.action.getBadgeText({ tabId: t.id }) } : null; })();`, PAGE_URL));
    if (!tab) throw new Error('the add-on cannot see the settings tab (host permission not granted?)');
    const badgeOk = tab.badge === '1';
    await exec(`location.href = 'inspector.html?tab=' + arguments[0];`, tab.id);
    const card = await until(() => exec(`const c = [...document.querySelectorAll('[data-concern="ai-training"][data-sharing="true"]')].find((e) => e.innerText.includes(arguments[0]));
      return c ? c.innerText.length : null;`, LABEL));
    if (!card) {
      const shown = await exec(`return document.getElementById('app').innerText.slice(0, 300);`);
      throw new Error(`badge ${JSON.stringify(tab.badge)}; no sharing card in the inspector, which shows: ${shown.replace(/\s+/g, ' ')}`);
    }
    // Found and clicked again if the inspector redrew it in between (a stale element).
    const click = async (css) => {
      for (let tries = 3; ; tries--) {
        try {
          const el = await wd(base, 'POST', `${S}/element`, { using: 'css selector', value: css });
          return await wd(base, 'POST', `${S}/element/${Object.values(el)[0]}/click`, {});
        } catch (e) {
          if (tries <= 1) throw e;
          await new Promise((r) => setTimeout(r, 300));
        }
      }
    };
    // The card may be drawn before its Turn off (the inspector draws again when the page's
    // history or the background's reading lands): wait for the button itself.
    const TURN_OFF = '[data-concern="ai-training"][data-sharing="true"] [data-action="turn-off"]';
    if (!(await until(() => exec(`return !!document.querySelector(arguments[0]);`, TURN_OFF), 15000))) {
      throw new Error('the sharing card shows no Turn off: ' + String(await exec(`return document.getElementById('app').innerText.slice(0, 300);`)).replace(/\s+/g, ' '));
    }
    await click(TURN_OFF);
    await click('[data-action="confirm"]');
    const off = await until(() => exec(`return [...document.querySelectorAll('[data-concern="ai-training"][data-sharing="false"]')].some((e) => e.innerText.includes(arguments[0]));`, LABEL), 15000);
    await wd(base, 'POST', `${S}/window`, { handle: pageHandle });
    const checked = await exec(`return document.querySelector('input[role=switch]').checked;`);
    // Firefox's own services (remote settings etc.) try the proxy too; it
    // refuses them, so they never leave the machine, and they are not the add-on's.
    const browserOwn = (r) => /^proxy-refused [\w.-]*\.(mozilla\.(com|net|org)|firefox\.com|mozaws\.net):443 /.test(r);
    const refusedOwn = server.requests.filter(browserOwn).length;
    const outside = server.requests.filter((r) => !browserOwn(r) && !/^(www\.linkedin\.com|chatgpt\.com|x\.com) /.test(r));
    record(FLOW, badgeOk && off && checked === false && outside.length === 0,
      `${grantNote}; badge ${JSON.stringify(tab.badge)}; inspector card ${off ? 'now not sharing' : 'still sharing'}; page switch checked=${checked}; proxy/server saw ${server.requests.length} requests${outside.length ? ', unexpected: ' + outside.slice(0, 5).join(', ') : ', all to fixture hosts'}${refusedOwn ? ` (plus ${refusedOwn} of Firefox's own service calls, refused by the proxy)` : ''}`);
    await hostileInFirefox(exec, wd, base, S, inspectorHandle, hostile);
  } catch (e) {
    record(FLOW, false, e.message.split('\n')[0]);
    if (!historyDone) record(HISTORY, false, 'not reached');
  }
}

// The hostile pages of hostile.mjs, read in Firefox the way the add-on reads a page (host.js
// captureTab from the inspector's page): bounded, no throw, `truncated` when cut, the page alive.
async function hostileInFirefox(exec, wd, base, S, inspectorHandle, hostile) {
  for (const p of hostile) {
    const name = 'Firefox: ' + p.name;
    const url = `https://www.linkedin.com${p.path}`;
    let handle = null;
    try {
      // Each page in a tab of its own (Firefox's own teardown of a 100,000-deep DOM can take
      // its tab down with it; that is not the probe's doing).
      handle = (await wd(base, 'POST', `${S}/window/new`, { type: 'tab' })).handle;
      await wd(base, 'POST', `${S}/window`, { handle });
      await wd(base, 'POST', `${S}/url`, { url });
      let ready = false;
      for (let i = 0; i < 600 && !ready; i++) {
        ready = await exec('return window.wrappedJSObject ? window.wrappedJSObject.__ready === true : window.__ready === true;').catch(() => false);
        if (!ready) await new Promise((r) => setTimeout(r, 100));
      }
      await wd(base, 'POST', `${S}/window`, { handle: inspectorHandle });
      const out = await exec(`return (async () => {
        const h = await import('./host.js');
        const t = (await browser.tabs.query({})).find((x) => x.url === arguments[0]);
        if (!t) return { error: 'no tab at ' + arguments[0] };
        const t0 = performance.now();
        try {
          const cap = await h.captureTab(t.id);
          return { ms: Math.round(performance.now() - t0), bytes: cap.html.length, truncated: cap.truncated, stats: cap.stats };
        } catch (e) { return { ms: Math.round(performance.now() - t0), error: String(e && e.message) }; }
      })();`, url);
      await wd(base, 'POST', `${S}/window`, { handle });
      const t1 = Date.now();
      const alive = await exec('return document.readyState;').catch((e) => 'error: ' + e.message);
      const ok = ready && !out.error && out.ms < 15000 && (p.truncated === null || out.truncated === p.truncated) && alive === 'complete' && (!p.check || p.check(out));
      record(name, ok, `${out.error ? 'error: ' + out.error : `${out.bytes} chars in ${out.ms} ms, truncated ${out.truncated} (expected ${p.truncated}), stats ${JSON.stringify(out.stats)}`}; page ${alive} after ${Date.now() - t1} ms${ready ? '' : '; the page never said it was ready'}`);
    } catch (e) {
      record(name, false, e.message.split('\n')[0]);
    } finally {
      if (handle) await wd(base, 'DELETE', `${S}/window`).catch(() => {});
      await wd(base, 'POST', `${S}/window`, { handle: inspectorHandle }).catch(() => {});
    }
  }
}

async function main() {
  if (!fs.existsSync(path.join(dist, 'manifest.json'))) {
    record('web-ext lint', false, `${dist} has no manifest.json: run ./do build first`);
    return;
  }
  lint();
  await loadInFirefox();
}

const guard = setTimeout(() => { record('run', false, 'timed out'); console.log(`${passed} passed, ${failed} failed`); process.exit(1); }, 540000);
guard.unref();
main()
  .catch((e) => record('run', false, (e && e.stack) || e))
  .finally(() => {
    clearTimeout(guard);
    console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    process.exitCode = failed ? 1 : 0;
  });
