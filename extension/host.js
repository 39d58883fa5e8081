// @ts-check
/*
 * The inspector's host for the extension: how the Yew inspector (Rust/Wasm,
 * running in this extension page) reaches the tab it inspects, storage, the
 * badge and the browser. Everything that touches the web page goes through
 * probe.js, injected with scripting.executeScript; nothing here uses the
 * network.
 *
 * createExtensionHost(tabId) -> {
 *   kind: "extension", tabId,
 *   capture(): Promise<capture>,
 *   flip(locator, how, option, url): Promise<{ok, before, after, error}>
 *     (url: where a state-only row links to, when it leaves the page),
 *   highlight(locator): Promise<{ok, error}> (show a switch on the page, change nothing),
 *   describe(locator): Promise<{found, tag, role, type, name, text, state}> (facts before a click),
 *   recordScan(seen): Promise<{history, changes}> (what a scan saw; one write at a time, across
 *     the background and every inspector), importHistory(text): Promise<{history}>,
 *   clearHistory(),
 *   msg(key, subs) -> string ("" when missing),
 *   setBadge(count, changed): Promise,
 *   download(filename, mime, text), openUrl(url): Promise
 *   siteAccess(hosts), requestSiteAccess(hosts), revokeSiteAccess(hosts): Promise<boolean>
 *     (the background's optional access to a service's settings sites, by host name, as
 *     https://<host>/*; request only inside a click)
 * }
 */

import init, { set_data, history_update, history_import } from './pkg/unticked.js';

const api = globalThis.browser ?? globalThis.chrome;

/**
 * Load the Wasm engine and hand it its data (lexicons and catalog: pkg/data.txt, shipped in
 * the package beside the Wasm and read from it, never from the network).
 */
export async function startEngine() {
  await init({ module_or_path: new URL('./pkg/unticked_bg.wasm', import.meta.url) });
  const res = await fetch(new URL('./pkg/data.txt', import.meta.url));
  if (!res.ok) throw new Error('Unticked is missing its data (pkg/data.txt): reinstall the extension.');
  set_data(await res.text());
}

export const BADGE_RED = '#c5221f';
export const BADGE_CHANGED = '#b06000';
const HISTORY_KEY = 'history';

/** A translated string, or "" when there is none. Every key the extension uses is in
 * _locales/en (the default locale), so there is no English copy here to drift from it. */
export function msg(key, subs) {
  try {
    const s = api.i18n.getMessage(String(key), Array.isArray(subs) ? subs.map(String) : subs == null ? undefined : [String(subs)]);
    return typeof s === 'string' ? s : '';
  } catch (e) {
    return '';
  }
}


/**
 * Turn whatever executeScript threw into an Error a person can act on.
 * Browsers word these differently; match on the parts that matter.
 */
export function explainScriptingError(err) {
  const raw = String((err && err.message) || err || '');
  const m = raw.toLowerCase();
  let text;
  if (/chrome:\/\/|edge:\/\/|about:|chrome-extension:\/\/|moz-extension:\/\/|extensions gallery|cannot be scripted|webstore|addons\.mozilla\.org|view-source:|devtools:\/\/|restricted domain|privileged/.test(m)) {
    text = msg('errBrowserPage');
  } else if (/no tab with id|invalid tab id|tab not found|no tab/.test(m)) {
    text = msg('errTabGone');
  } else if (/error page|showing error|frame with id 0 is showing/.test(m)) {
    text = msg('errErrorPage');
  } else if (/file:\/\/|file url/.test(m)) {
    text = msg('errFileUrl');
  } else if (/permission|cannot access|missing host|not allowed|access to the contents|denied/.test(m)) {
    text = msg('errNoAccess');
  } else {
    text = msg('errUnreadable');
  }
  // The browser's own words stay on the error, for the console (not shown to the person).
  return Object.assign(new Error(text), { detail: raw });
}

async function ensureProbe(tabId) {
  await api.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['probe.js'] });
}

async function runInTab(tabId, func, args = []) {
  const results = await api.scripting.executeScript({ target: { tabId, frameIds: [0] }, func, args });
  const first = Array.isArray(results) ? results.find((r) => r && r.frameId === 0) || results[0] : null;
  if (!first) throw new Error('no result from the page');
  if (first.error) throw first.error instanceof Error ? first.error : new Error(String(first.error.message || first.error));
  return first.result;
}

/** Inject probe.js into the tab's main frame and capture it. Throws a readable Error. */
export async function captureTab(tabId) {
  if (!Number.isInteger(tabId)) {
    throw new Error(msg('errNoTab'));
  }
  let cap;
  try {
    await ensureProbe(tabId);
    // In slices of a few dozen milliseconds: the page stays responsive while it is read.
    cap = await runInTab(tabId, () => {
      const p = globalThis.__untickedProbe;
      return p ? (p.captureSliced ? p.captureSliced(document) : p.capture(document)) : null;
    });
    performance.mark('ut-captured');
  } catch (e) {
    throw explainScriptingError(e);
  }
  if (!cap || typeof cap !== 'object' || cap.format !== 'unticked-capture' || typeof cap.html !== 'string') {
    throw new Error(msg('errUnreadable'));
  }
  return cap;
}

/**
 * Click one switch (or pick one option of a select, or click a state-only row open: the
 * engine then finds the switch it opened in a fresh read) in the tab, the way a person would.
 */
export async function flipInTab(tabId, locator, how, option) {
  const fail = (error) => ({ ok: false, before: 'unknown', after: 'unknown', error });
  if (typeof locator !== 'string' || !locator) return fail('no locator');
  const urlBefore = await api.tabs.get(tabId).then((t) => t.url, () => undefined);
  try {
    await ensureProbe(tabId);
    const res = await runInTab(
      tabId,
      (loc, how, opt) => {
        const p = globalThis.__untickedProbe;
        if (!p) return { ok: false, before: 'unknown', after: 'unknown', error: 'probe missing' };
        return p.turnOff(loc, how, opt, { timeoutMs: 3000 });
      },
      [locator, how == null ? 'click' : String(how), option == null ? null : String(option)],
    );
    if (!res || typeof res !== 'object') return fail(await leftThePage(tabId, urlBefore) || 'no answer from the page');
    // A row clicked open may be a link: give it a moment to leave the page before saying so.
    if (res.ok && how === 'open-row') await new Promise((r) => setTimeout(r, 300));
    const left = res.ok && how !== 'open-row' ? null : await leftThePage(tabId, urlBefore);
    if (left) return fail(left);
    return { ok: !!res.ok, before: res.before ?? 'unknown', after: res.after ?? 'unknown', error: left || res.error || null };
  } catch (e) {
    // A row that is a link may have navigated away mid-script.
    return fail(await leftThePage(tabId, urlBefore) || explainScriptingError(e).message);
  }
}

/**
 * Call one of the probe's one-locator methods in the tab (`describe`, `highlight`); `failed`
 * is the answer when there is no locator, no probe method, or the tab cannot be scripted
 * (then with the browser's reason as `error`).
 */
async function probeInTab(tabId, method, locator, failed) {
  if (typeof locator !== 'string' || !locator) return Object.assign({}, failed, { error: 'no locator' });
  try {
    await ensureProbe(tabId);
    return await runInTab(tabId, (m, loc, f) => {
      const p = globalThis.__untickedProbe;
      return p && typeof p[m] === 'function' ? p[m](loc) : f;
    }, [method, locator, failed]);
  } catch (e) {
    return Object.assign({}, failed, { error: explainScriptingError(e).message });
  }
}

/** What the page says of the element a turn-off would click (facts; the engine decides). */
export const describeInTab = (tabId, locator) => probeInTab(tabId, 'describe', locator, { found: false });

/** Show one control on the page (scrolled to, outlined); nothing is clicked. */
export const highlightInTab = (tabId, locator) => probeInTab(tabId, 'highlight', locator, { ok: false, error: 'probe missing' });

/**
 * After a click that may have opened another page: wait (up to 10 s) for the tab to finish
 * loading, so the inspector reads the new page, not a half-loaded one. Returns a message when
 * the tab is now on another address, else null.
 */
async function leftThePage(tabId, urlBefore, timeoutMs = 10000) {
  const tab = await new Promise((resolve) => {
    let timer = null;
    const done = (t) => { api.tabs.onUpdated.removeListener(onUpdated); clearTimeout(timer); resolve(t); };
    const onUpdated = (id, info, t) => { if (id === tabId && info.status === 'complete') done(t); };
    api.tabs.onUpdated.addListener(onUpdated);
    timer = setTimeout(() => api.tabs.get(tabId).then(done, () => done(null)), timeoutMs);
    api.tabs.get(tabId).then((t) => { if (t.status === 'complete') done(t); }, () => done(null));
  });
  if (!tab || !urlBefore || !tab.url || tab.url === urlBefore) return null;
  return msg('openedOtherPage');
}

async function loadHistory() {
  const got = await api.storage.local.get(HISTORY_KEY);
  return got && got[HISTORY_KEY] != null ? got[HISTORY_KEY] : null;
}

/** @type {Promise<unknown>} */
let queue = Promise.resolve();
/**
 * Run `fn` while holding the history: the background and every open inspector take turns
 * (Web Locks span all of the extension's pages and its worker), so two scans that finish
 * together both land. Without Web Locks, a queue in this context.
 * @param {() => Promise<any>} fn
 * @returns {Promise<any>}
 */
function withHistory(fn) {
  const locks = globalThis.navigator && navigator.locks;
  if (locks && typeof locks.request === 'function') return locks.request('unticked-history', fn);
  const run = queue.then(fn, fn);
  queue = run.catch(() => {});
  return run;
}

/** The browser's words for a full storage, in a person's. */
function storageError(e) {
  const m = String((e && e.message) || e);
  if (/quota|QUOTA_BYTES|exceeded|full/i.test(m)) {
    return new Error(msg('storageFull') || 'the browser\'s storage for Unticked is full; your earlier history is kept as it was. Clear history (or export it first) to make room.');
  }
  return e instanceof Error ? e : new Error(m);
}

/**
 * Write what `update(stored)` computes: `{history, aside}` from the engine. Data this version
 * cannot read is first copied under its own key (never overwritten); if that copy fails,
 * nothing is written.
 */
async function writeHistory(update) {
  return withHistory(async () => {
    const stored = await loadHistory();
    const out = update(stored);
    try {
      if (out.aside) await api.storage.local.set({ [out.aside.key]: stored });
      await api.storage.local.set({ [HISTORY_KEY]: out.history });
    } catch (e) {
      throw storageError(e);
    }
    return out;
  });
}

/** Record what a scan saw (the engine's `Seen`, or a whole report) in the history: `{history, changes}`. */
export function recordScan(report) {
  return writeHistory((stored) => history_update(stored, report, new Date().toISOString()));
}

/** Merge an exported history file (its text) into the history. */
export function importHistory(text) {
  let imported;
  try { imported = JSON.parse(String(text)); } catch (e) {
    return Promise.reject(new Error(msg('importNotJson') || 'this file is not an Unticked history (it is not JSON)'));
  }
  return writeHistory((stored) => history_import(stored, imported, new Date().toISOString()));
}

/** The stored history as it is (the checkup reads it; the engine migrates it). */
export const storedHistory = () => withHistory(loadHistory);

const IGNORED_KEY = 'ignored';
/** Catalog ids of the services the person marked "I don't use this" (the checkup). */
export async function ignoredServices() {
  const got = await api.storage.local.get(IGNORED_KEY);
  return got && Array.isArray(got[IGNORED_KEY]) ? got[IGNORED_KEY].filter((x) => typeof x === 'string') : [];
}
export async function setIgnoredServices(ids) {
  await api.storage.local.set({ [IGNORED_KEY]: [...ids].map(String) });
}

export async function clearHistory() {
  await withHistory(() => api.storage.local.remove(HISTORY_KEY));
}

const REGION_KEY = 'region';

/** The browser's UI language ("de", "pt-BR"): the engine explains in it (English if it does not speak it). */
function uiLang() {
  try { return String(api.i18n.getUILanguage() || 'en'); } catch (e) { return 'en'; }
}

/**
 * Scan options from the person's settings: their region decides "on by default for you", the
 * browser's language the language of the explanations.
 */
export async function scanOptions() {
  const ui_lang = uiLang();
  try {
    const got = await api.storage.local.get(REGION_KEY);
    const region = got && typeof got[REGION_KEY] === 'string' ? got[REGION_KEY] : '';
    return /^[A-Z]{2,3}$/.test(region) ? { region, ui_lang } : { ui_lang };
  } catch (e) {
    return { ui_lang };
  }
}

export async function getRegion() {
  return (await scanOptions()).region || '';
}

/** Remember the person's region ("" forgets it). */
export async function setRegion(code) {
  const c = String(code || '').toUpperCase();
  if (c && !/^[A-Z]{2,3}$/.test(c)) throw new Error('not a region code: ' + code);
  if (c) await api.storage.local.set({ [REGION_KEY]: c });
  else await api.storage.local.remove(REGION_KEY);
}

/**
 * Badge for one tab: the number of AI-training switches that are sharing,
 * on red; empty when none. `changed` (something new, or a switch flipped back
 * on since the last visit) keeps the number but darkens the badge and says so
 * in the button's title.
 */
export async function setTabBadge(tabId, count, changed, changes) {
  if (!Number.isInteger(tabId) || !api.action) return;
  const n = Math.max(0, Math.floor(Number(count) || 0));
  const text = n > 0 ? String(n) : '';
  const base = msg('actionTitle');
  let title = base;
  if (n > 0) title += ' — ' + msg('badgeSharing', [String(n)]);
  if (changed) {
    const flipped = changes && Array.isArray(changes.flipped_back) && changes.flipped_back.length > 0;
    title += ' — ' + (flipped ? msg('flippedBack') : msg('newSince'));
  }
  const calls = [
    api.action.setBadgeText({ tabId, text }),
    api.action.setTitle({ tabId, title }),
  ];
  if (n > 0) calls.push(api.action.setBadgeBackgroundColor({ tabId, color: changed ? BADGE_CHANGED : BADGE_RED }));
  if (n > 0 && typeof api.action.setBadgeTextColor === 'function') calls.push(api.action.setBadgeTextColor({ tabId, color: '#ffffff' }));
  await Promise.allSettled(calls);
}

export function download(filename, mime, text) {
  const blob = new Blob([String(text ?? '')], { type: mime || 'text/plain' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = String(filename || 'unticked.txt').replace(/[\\/:*?"<>|]+/g, '_');
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(url); a.remove(); }, 1000);
}

/** Open a web page (a source, or a setting on another site) in a new tab. Only http(s). */
export async function openUrl(url) {
  let u;
  try { u = new URL(String(url)); } catch (e) { throw new Error('not a web address: ' + url); }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('only web pages can be opened: ' + url);
  await api.tabs.create({ url: u.href });
}

/**
 * Chrome only, from the popup: open the same inspector in the side panel, where it stays
 * open beside the page. Must run inside the click (sidePanel.open needs the user's gesture),
 * so it is synchronous up to the call. The popup's activeTab grant covers the panel too.
 */
function sidePanelOpener(tabId) {
  const inPopup = !!(api.extension && api.extension.getViews && api.extension.getViews({ type: 'popup' }).includes(window));
  if (!inPopup || !api.sidePanel || typeof api.sidePanel.open !== 'function' || !Number.isInteger(tabId)) return undefined;
  return () => api.sidePanel.open({ tabId }).then(() => window.close());
}

/**
 * Site access for the background, per service (optional host permissions: nothing is granted
 * at install). `requestSiteAccess` must be called inside the person's click, before any await.
 */
const originsOf = (hosts) => ({ origins: [...hosts].map((h) => `https://${h}/*`) });
export const siteAccess = (hosts) => api.permissions.contains(originsOf(hosts));
export const requestSiteAccess = (hosts) => api.permissions.request(originsOf(hosts));
export const revokeSiteAccess = (hosts) => api.permissions.remove(originsOf(hosts));

/** The extension's host for the inspector; `first`, a capture already under way, answers the
 * inspector's first read. */
export function createExtensionHost(tabId, first = null) {
  const openSidePanel = sidePanelOpener(tabId);
  let early = first;
  return {
    ...(openSidePanel ? { openSidePanel } : {}),
    kind: 'extension',
    tabId,
    capture: () => {
      const c = early || captureTab(tabId);
      early = null;
      return c;
    },
    flip: (locator, how, option) => flipInTab(tabId, locator, how, option),
    highlight: (locator) => highlightInTab(tabId, locator),
    describe: (locator) => describeInTab(tabId, locator),
    recordScan,
    importHistory,
    clearHistory,
    scanOptions,
    getRegion,
    setRegion,
    msg,
    setBadge: (count, changed) => setTabBadge(tabId, count, changed),
    download,
    openUrl,
    ...(api.permissions ? { siteAccess, requestSiteAccess, revokeSiteAccess } : {}),
  };
}
