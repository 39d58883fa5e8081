// @ts-check
/*
 * Entry point of the checkup page (issue 10): every catalogued service, what Unticked last
 * saw on its settings pages (the local history), whether it may check them on its own, and
 * services marked "I don't use this" (storage.local, key `ignored`). Opened from the
 * inspector's "Checkup: all your services".
 */
import { start_checkup } from './pkg/unticked.js';
import { download, ignoredServices, msg, setIgnoredServices, siteAccess, startEngine, storedHistory } from './host.js';

const api = globalThis.browser ?? globalThis.chrome;

async function main() {
  const root = document.getElementById('app');
  try {
    document.documentElement.lang = (api.i18n && api.i18n.getUILanguage && api.i18n.getUILanguage()) || 'en';
    document.title = msg('checkupTitle') || document.title;
    await startEngine();
    start_checkup(root, {
      kind: 'extension',
      msg,
      download,
      history: storedHistory,
      ignored: ignoredServices,
      setIgnored: setIgnoredServices,
      ...(api.permissions ? { siteAccess } : {}),
    });
  } catch (e) {
    root.textContent = (e && e.message) || String(e);
  }
  root.removeAttribute('aria-busy');
}

main();
