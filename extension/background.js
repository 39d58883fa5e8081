/*
 * Unticked background (Chrome: module service worker; Firefox: module event page).
 *
 * When a tab finishes loading one of the catalogued settings pages, and the
 * person has granted Unticked access to that site, read the page with
 * probe.js, scan it with the Wasm engine, record it in the local history and
 * show the number of AI-training switches that are sharing data on the
 * toolbar badge. Nothing leaves the browser; nothing here throws unhandled.
 */
import init, { scan, settings_page_patterns, history_update, badge_count } from './pkg/unticked.js';
import { captureTab, loadHistory, saveHistory, scanOptions, setTabBadge } from './host.js';

const api = globalThis.browser ?? globalThis.chrome;

// Listeners are registered synchronously below (a service worker woken by an
// event must find them); the engine loads in the meantime.
let ready = null;
function engine() {
  if (!ready) {
    ready = init({ module_or_path: new URL('./pkg/unticked_bg.wasm', import.meta.url) }).catch((e) => {
      ready = null; // try again on the next event
      throw e;
    });
  }
  return ready;
}

let patterns = null;
async function pagePatterns() {
  if (!patterns) {
    await engine();
    patterns = settings_page_patterns().map((p) => ({ pattern: p, re: patternToRegExp(p) })).filter((p) => p.re);
  }
  return patterns;
}

/** A WebExtension match pattern ("https://*.example.com/*") as a RegExp, or null. */
export function patternToRegExp(pattern) {
  const m = /^(\*|https?|wss?|file|ftp):\/\/(\*|\*\.[^/*]+|[^/*]+)?(\/.*)$/.exec(String(pattern));
  if (!m) return null;
  const esc = (s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const scheme = m[1] === '*' ? 'https?' : esc(m[1]);
  let host = m[2] || '';
  if (host === '*') host = '[^/]+';
  else if (host.startsWith('*.')) host = '(?:[^/]+\\.)?' + esc(host.slice(2));
  else host = esc(host);
  const path = m[3].split('*').map(esc).join('.*');
  return new RegExp('^' + scheme + '://' + host + '(?::\\d+)?' + path + '$', 'i');
}

async function matchingPattern(url) {
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) return null;
  const noHash = url.split('#')[0];
  for (const p of await pagePatterns()) if (p.re.test(url) || p.re.test(noHash)) return p.pattern;
  return null;
}

async function hasAccess(pattern, url) {
  try {
    if (await api.permissions.contains({ origins: [pattern] })) return true;
    const origin = new URL(url).origin + '/*';
    return await api.permissions.contains({ origins: [origin] });
  } catch (e) {
    return false;
  }
}

// One scan per tab at a time; a newer load of the same tab supersedes it.
const pending = new Map();

function schedule(tabId, url, delayMs) {
  clearTimeout(pending.get(tabId));
  pending.set(tabId, setTimeout(() => {
    pending.delete(tabId);
    scanTab(tabId, url).catch((e) => console.warn('Unticked: background scan failed:', e && (e.detail || e.message || e)));
  }, delayMs));
}

async function scanTab(tabId, url) {
  const pattern = await matchingPattern(url);
  if (!pattern || !(await hasAccess(pattern, url))) return;
  await engine();
  const capture = await captureTab(tabId);
  const report = scan(capture, await scanOptions());
  const count = badge_count(report);
  let changed = false;
  let changes = null;
  try {
    const stored = await loadHistory();
    const out = history_update(stored, report, new Date().toISOString());
    changes = out && out.changes;
    changed = !!(changes && ((changes.new && changes.new.length) || (changes.flipped_back && changes.flipped_back.length)));
    await saveHistory(out.history);
  } catch (e) {
    console.warn('Unticked: history not updated:', e && (e.message || e));
  }
  await setTabBadge(tabId, count, changed, changes);
}

try {
  api.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    try {
      const url = (tab && tab.url) || changeInfo.url;
      if (!url) return; // no access to this tab's address: not ours to read
      if (changeInfo.status === 'complete') schedule(tabId, url, 300);
      // Single-page apps (LinkedIn, X, ChatGPT) change the address without a new load.
      else if (changeInfo.url && tab && tab.status === 'complete') schedule(tabId, url, 1200);
    } catch (e) {
      console.warn('Unticked:', e);
    }
  });
  api.tabs.onRemoved.addListener((tabId) => {
    clearTimeout(pending.get(tabId));
    pending.delete(tabId);
  });
} catch (e) {
  console.warn('Unticked: could not listen to tabs:', e);
}

// Load the engine early so the first page load is quick; errors are retried later.
engine().catch((e) => console.warn('Unticked: engine failed to load:', e && (e.message || e)));

self.addEventListener?.('unhandledrejection', (ev) => {
  console.warn('Unticked: unhandled:', ev.reason);
  ev.preventDefault?.();
});
