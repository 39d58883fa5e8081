// @ts-check
// The demo's checkup: the same Yew view as the extension's checkup.html, on the demo's own
// history (localStorage, written by the demo's inspector) with links to its sample pages.
import init, { set_data, start_checkup } from './pkg/unticked.js';

const HISTORY_KEY = 'unticked-demo-history';
const IGNORED_KEY = 'unticked-demo-ignored';
/** The UI's English messages (_locales/en, copied by ./do build): the shipped Wasm has no copies. */
/** @type {Record<string, {message: string}>} */
let messages = {};

function read(key, fallback) {
  try { return JSON.parse(localStorage.getItem(key) || 'null') ?? fallback; } catch (e) { return fallback; }
}

async function main() {
  await init({ module_or_path: new URL('./pkg/unticked_bg.wasm', import.meta.url) });
  set_data(await (await fetch(new URL('./pkg/data.txt', import.meta.url))).text());
  messages = await (await fetch(new URL('./messages.en.json', import.meta.url))).json();
  const samples = await (await fetch('samples/index.json')).json();
  const root = document.getElementById('app');
  start_checkup(root, {
    kind: 'demo',
    msg(key) { return (messages[key] && messages[key].message) || ''; },
    history: () => read(HISTORY_KEY, null),
    ignored: () => { const v = read(IGNORED_KEY, []); return Array.isArray(v) ? v : []; },
    setIgnored(ids) { localStorage.setItem(IGNORED_KEY, JSON.stringify([...ids])); },
    samples: () => samples.map((s) => ({ url: s.url, title: s.title, href: 'index.html#' + s.file.replace(/\.html$/, '') })),
    async download(name, mime, text) {
      const url = URL.createObjectURL(new Blob([text], { type: mime }));
      const a = Object.assign(document.createElement('a'), { href: url, download: name });
      document.body.append(a);
      a.click();
      setTimeout(() => { URL.revokeObjectURL(url); a.remove(); }, 1000);
    },
  });
  root.removeAttribute('aria-busy');
}

main().catch((e) => {
  const app = document.getElementById('app');
  app.textContent = 'The checkup could not start: ' + (e && e.message ? e.message : e);
  app.removeAttribute('aria-busy');
});
