// @ts-check
// The demo site: sample settings pages beside the same Yew inspector the extension uses.
// Its host captures the sample through the same probe the extension injects; files you drop
// are read locally. Nothing is sent anywhere.
import init, { set_data, start_inspector, history_update, history_import } from './pkg/unticked.js';

const $ = (id) => document.getElementById(id);
/** The sample frame. @returns {HTMLIFrameElement} */
const pageFrame = () => /** @type {HTMLIFrameElement} */ ($('page'));
const HISTORY_KEY = 'unticked-demo-history';
let handle = null;
let source = null; // {kind: "sample", sample} | {kind: "file", name, capture}
/** The UI's English messages (_locales/en, copied by ./do build): the shipped Wasm has no copies. */
/** @type {Record<string, {message: string}>} */
let messages = {};

function loadProbe() {
  return new Promise((resolve, reject) => {
    if (globalThis.__untickedProbe) return resolve();
    const s = document.createElement('script');
    s.src = 'probe.js';
    s.onload = () => resolve();
    s.onerror = () => reject(new Error('probe.js did not load'));
    document.head.append(s);
  });
}

function frameDoc() {
  const doc = pageFrame().contentDocument;
  if (!doc) throw new Error('The sample page is not loaded yet.');
  return doc;
}

/**
 * The demo's history lives in localStorage (one page: no other writer to wait for). What the
 * engine cannot read is copied under its own key first, as the extension does.
 */
function writeDemoHistory(update) {
  const raw = localStorage.getItem(HISTORY_KEY);
  let stored = null;
  try { stored = JSON.parse(raw || 'null'); } catch (e) { stored = raw; }
  const out = update(stored);
  if (out.aside) localStorage.setItem(out.aside.key, raw || '');
  localStorage.setItem(HISTORY_KEY, JSON.stringify(out.history));
  return out;
}

const host = {
  kind: 'demo',
  async capture() {
    if (!source) throw new Error('Choose a sample page or drop a file.');
    if (source.kind === 'file') return source.capture;
    const cap = globalThis.__untickedProbe.capture(frameDoc());
    // The sample is served from this site; scan it as the page it copies.
    cap.url = source.sample.url;
    return cap;
  },
  async flip(locator, how, option, url) {
    if (!source || source.kind !== 'sample') return { ok: false, error: 'this is a saved file: there is no live page to change' };
    // A row that links to the service's own page would take the sample frame off this site.
    if (url && how === 'open-row') return { ok: false, error: 'this row opens the service\'s own page, which the offline demo does not have' };
    return globalThis.__untickedProbe.turnOff(locator, how, option, { doc: frameDoc() });
  },
  async describe(locator) {
    if (!source || source.kind !== 'sample') return { found: false };
    return globalThis.__untickedProbe.describe(locator, { doc: frameDoc() });
  },
  async highlight(locator) {
    if (!source || source.kind !== 'sample') return { ok: false, error: 'this is a saved file: there is no live page to show' };
    return globalThis.__untickedProbe.highlight(locator, { doc: frameDoc() });
  },
  scanOptions() {
    const region = /** @type {HTMLSelectElement} */ ($('region')).value;
    return region ? { region } : {};
  },
  async recordScan(report) { return writeDemoHistory((stored) => history_update(stored, report, new Date().toISOString())); },
  async importHistory(text) { return writeDemoHistory((stored) => history_import(stored, JSON.parse(text), new Date().toISOString())); },
  async clearHistory() { localStorage.removeItem(HISTORY_KEY); },
  msg(key) { return (messages[key] && messages[key].message) || ''; },
  async download(name, mime, text) {
    const url = URL.createObjectURL(new Blob([text], { type: mime }));
    const a = Object.assign(document.createElement('a'), { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  },
};

// The samples save their switches in localStorage under this prefix (as a real
// service would on its server); a reset forgets them and the demo's history.
const SAMPLE_PREFIX = 'unticked-sample:';
function resetSamples() {
  for (const k of Object.keys(localStorage)) if (k.startsWith(SAMPLE_PREFIX)) localStorage.removeItem(k);
  localStorage.removeItem(HISTORY_KEY);
  if (source && source.kind === 'sample') pageFrame().contentWindow.location.reload();
  else mount();
}

function mount() {
  if (handle) handle.destroy();
  const old = $('app');
  const root = document.createElement('div');
  root.id = 'app';
  old.replaceWith(root);
  handle = start_inspector(root, host);
  // Presentation mode lives in the inspector; the page around it steps aside.
  new MutationObserver(() => {
    document.body.classList.toggle('presenting', !!root.querySelector('.ut-present'));
  }).observe(root, { subtree: true, attributes: true, attributeFilter: ['class'] });
}

function showSample(sample, button) {
  for (const b of document.querySelectorAll('#gallery button')) b.setAttribute('aria-current', String(b === button));
  source = { kind: 'sample', sample };
  $('page-title').textContent = sample.url;
  const frame = pageFrame();
  frame.hidden = false;
  frame.onload = () => mount();
  frame.src = 'samples/' + sample.file;
  history.replaceState(null, '', '#' + sample.file.replace(/\.html$/, ''));
}

async function showFile(file) {
  const text = await file.text();
  let capture;
  if (/^\s*\{/.test(text)) {
    try { capture = JSON.parse(text); } catch (e) { capture = { html: '', error: 'not valid JSON' }; }
  } else {
    capture = { format: 'unticked-capture', version: 1, url: '', title: file.name, html: text };
  }
  for (const b of document.querySelectorAll('#gallery button')) b.setAttribute('aria-current', 'false');
  source = { kind: 'file', name: file.name, capture };
  $('page-title').textContent = file.name + ' (a file from your computer, read locally)';
  $('page').hidden = true;
  mount();
}

async function main() {
  await init({ module_or_path: new URL('./pkg/unticked_bg.wasm', import.meta.url) });
  // The engine's data (lexicons, catalog) ships beside it, as data, not code.
  set_data(await (await fetch(new URL('./pkg/data.txt', import.meta.url))).text());
  messages = await (await fetch(new URL('./messages.en.json', import.meta.url))).json();
  await loadProbe();
  const samples = await (await fetch('samples/index.json')).json();
  const list = $('gallery');
  for (const s of samples) {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    const title = document.createElement('span');
    title.textContent = s.service;
    const small = document.createElement('small');
    small.textContent = s.title;
    b.append(title, small);
    b.addEventListener('click', () => showSample(s, b));
    li.append(b);
    list.append(li);
  }
  const drop = $('drop');
  const file = /** @type {HTMLInputElement} */ ($('file'));
  drop.addEventListener('click', () => file.click());
  drop.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); file.click(); } });
  file.addEventListener('change', () => file.files[0] && showFile(file.files[0]));
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer.files[0]) showFile(e.dataTransfer.files[0]);
  });
  $('region').addEventListener('change', () => source && mount());
  $('reset').addEventListener('click', resetSamples);
  const wanted = location.hash.slice(1);
  const first = samples.findIndex((s) => s.file === wanted + '.html');
  const i = first >= 0 ? first : 0;
  showSample(samples[i], list.querySelectorAll('button')[i]);
}

main().catch((e) => {
  const app = $('app');
  app.textContent = 'The demo could not start: ' + (e && e.message ? e.message : e);
  app.removeAttribute('aria-busy');
});
