// @ts-check
/*
 * Entry point of the inspector (toolbar popup, Firefox sidebar, or a tab
 * opened with ?tab=<id> by tests). Works out which tab to inspect, loads the
 * Wasm engine and mounts the Yew inspector with the extension host.
 */
import { start_inspector } from './pkg/unticked.js';
import { captureTab, createExtensionHost, msg, startEngine } from './host.js';

const api = globalThis.browser ?? globalThis.chrome;

async function targetTab() {
  const param = new URLSearchParams(location.search).get('tab');
  // A tab given by number is kept, even -1 (tabs.TAB_ID_NONE, "no tab", what the e2e uses for an
  // extension page that only reads storage): it never reloads to follow the active tab.
  if (param !== null && /^-?\d+$/.test(param)) return { id: Number(param), pinned: true };
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return { id: tab ? tab.id : undefined, windowId: tab ? tab.windowId : undefined, pinned: false };
}

function showError(root, err) {
  root.textContent = '';
  const box = document.createElement('div');
  box.className = 'ut-error';
  box.setAttribute('role', 'alert');
  const h = document.createElement('h1');
  h.textContent = msg('errorTitle') || 'Something went wrong';
  const p = document.createElement('p');
  p.textContent = (err && err.message) || String(err);
  box.append(h, p);
  root.append(box);
}

async function main() {
  const root = document.getElementById('app');
  try {
    // The toolbar popup is laid out for 360 px (inspector.css); the side panel and tabs flow.
    if (api.extension && api.extension.getViews && api.extension.getViews({ type: 'popup' }).includes(window)) {
      document.documentElement.classList.add('ut-popup');
    }
    const ui = (api.i18n && api.i18n.getUILanguage && api.i18n.getUILanguage()) || 'en';
    document.documentElement.lang = ui;
    document.title = msg('extName') || 'Unticked';
  } catch (e) { /* keep the defaults */ }
  try {
    const tab = await targetTab();
    // Read the page while the engine loads; the inspector's first read is this one (its error,
    // if any, is shown when the inspector asks for it).
    const first = captureTab(tab.id);
    first.catch(() => {});
    await startEngine();
    performance.mark('ut-engine-ready');
    start_inspector(root, createExtensionHost(tab.id, first));
    root.removeAttribute('aria-busy');
    // In the Firefox sidebar the inspector stays open while the person
    // switches tabs: follow the active tab of this window.
    if (!tab.pinned && api.tabs && api.tabs.onActivated) {
      api.tabs.onActivated.addListener((info) => {
        if (info.tabId !== tab.id && (tab.windowId === undefined || info.windowId === tab.windowId)) location.reload();
      });
    }
  } catch (e) {
    root.removeAttribute('aria-busy');
    showError(root, e);
  }
}

main();
