// @ts-check
/*
 * Unticked background (Chrome: module service worker; Firefox: module event page).
 *
 * When a tab finishes loading one of the catalogued settings pages (path and hash route
 * included: never a whole site), and the person has allowed Unticked that service's sites
 * from the inspector, read the page with probe.js, scan it with the Wasm engine, record it in
 * the local history and show the number of AI-training switches that are sharing data on the
 * toolbar badge. Any other page, on the same sites too, is never read. Nothing leaves the
 * browser; nothing here throws unhandled.
 */
import { scan, is_settings_page } from './pkg/unticked.js';
import { captureTab, recordScan, scanOptions, setTabBadge, startEngine } from './host.js';

const api = globalThis.browser ?? globalThis.chrome;

// Listeners are registered synchronously below (a service worker woken by an
// event must find them); the engine loads in the meantime.
let ready = null;
function engine() {
  if (!ready) {
    ready = startEngine().catch((e) => {
      ready = null; // try again on the next event
      throw e;
    });
  }
  return ready;
}

/** A catalogued settings page (decided in Rust: `catalog::is_settings_page`). */
async function isSettingsPage(url) {
  if (typeof url !== 'string' || !/^https:\/\//i.test(url)) return false;
  await engine();
  return is_settings_page(url);
}

async function hasAccess(url) {
  try {
    return await api.permissions.contains({ origins: [new URL(url).origin + '/*'] });
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
  if (!(await isSettingsPage(url))) {
    // Not a settings page (or a single-page app left one): nothing is read, no count stays.
    await setTabBadge(tabId, 0, false);
    return;
  }
  if (!(await hasAccess(url))) return;
  // The tab may have moved on since the event (a single-page app): read only if it is still there.
  const now = await api.tabs.get(tabId).then((t) => t.url, () => null);
  if (now !== url) return;
  const capture = await captureTab(tabId);
  const report = scan(capture, await scanOptions());
  const count = (report.summary && report.summary.sharing) || 0;
  let changed = false;
  let changes = null;
  try {
    const out = await recordScan(report);
    changes = out && out.changes;
    changed = !!(changes && ((changes.new && changes.new.length) || (changes.flipped_back && changes.flipped_back.length)));
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
      // Single-page apps (LinkedIn, X, ChatGPT) change the address without a new load; a
      // route that is not a settings page (Gmail's #inbox) is skipped before anything is read.
      else if (changeInfo.url && tab && tab.status === 'complete') schedule(tabId, url, 1200);
    } catch (e) {
      console.warn('Unticked:', e);
    }
  });
  api.tabs.onRemoved.addListener((tabId) => {
    clearTimeout(pending.get(tabId));
    pending.delete(tabId);
  });
  // Allowed from the inspector: count on the settings pages already open. Taken back: their
  // badges go (a tab whose address Unticked can no longer see is no longer counted).
  api.permissions.onAdded.addListener(() => {
    api.tabs.query({}).then((tabs) => {
      for (const t of tabs) if (t.url && t.status === 'complete') schedule(t.id, t.url, 0);
    }, () => {});
  });
  api.permissions.onRemoved.addListener(() => {
    api.tabs.query({}).then((tabs) => {
      for (const t of tabs) if (!t.url) setTabBadge(t.id, 0, false).catch(() => {});
    }, () => {});
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
