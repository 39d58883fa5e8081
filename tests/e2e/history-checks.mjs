// History checks that run inside an extension page (the inspector's), through the same host.js
// functions the background and the inspector use, in Chromium (history.mjs) and Firefox
// (lint-firefox.mjs). `historyChecks` is serialized and evaluated in the page: it must not
// use anything from this module's scope.
//
// Each check returns { ok, detail }. How each was shown able to fail: tests/e2e/README.md.

/** @param {{ quota: boolean }} opts */
export async function historyChecks(opts) {
  const h = await import('./host.js');
  await h.startEngine();
  const api = globalThis.browser ?? globalThis.chrome;
  const get = async (k) => (await api.storage.local.get(k))[k];
  const seen = (i) => ({
    url: `https://app.example${i}.test/settings/privacy`,
    findings: [{ label: 'Use my notes to train our AI models', section: [], concern: 'ai-training', control_state: 'on', sharing: true, visible: true, setting: null }],
  });
  const pages = async () => Object.keys(((await get('history')) || {}).pages || {}).sort();
  // Keys in a fixed order, so two equal histories print the same.
  const canonical = (v) => JSON.stringify(v, (k, x) => (x && typeof x === 'object' && !Array.isArray(x)
    ? Object.fromEntries(Object.keys(x).sort().map((y) => [y, x[y]])) : x));
  const out = {};

  // 1. Twelve scans finishing at once all land (each writer waits for the one before).
  await h.clearHistory();
  await Promise.all(Array.from({ length: 12 }, (_, i) => h.recordScan(seen(i))));
  const landed = await pages();
  out.concurrent = { ok: landed.length === 12, detail: `12 scans recorded at once: ${landed.length} pages in the history` };

  // 2. Stored data this version cannot read is kept aside under a key of its own, never
  //    overwritten; the new history says where it went.
  const aside = [];
  for (const bad of ['{"version":3,"pages":[', { version: 3, pages: [1, 2] }, { version: 9, pages: { x: { seen_at: [1] } }, profiles: {} }]) {
    await api.storage.local.set({ history: bad });
    const before = Object.keys(await api.storage.local.get(null));
    await h.recordScan(seen(100));
    const all = await api.storage.local.get(null);
    const keys = Object.keys(all).filter((k) => k.startsWith('history-aside-') && !before.includes(k));
    const kept = keys.length === 1 && canonical(all[keys[0]]) === canonical(bad);
    const noted = (all.history.set_aside || []).some((s) => s.startsWith(keys[0] + ': '));
    aside.push({ kept, noted, pages: Object.keys(all.history.pages).length, reason: (all.history.set_aside || [])[0] });
    for (const k of keys) await api.storage.local.remove(k);
  }
  out.setAside = { ok: aside.every((a) => a.kept && a.noted && a.pages === 1), detail: JSON.stringify(aside) };

  // 3. Export → clear → import gives back the same history; a file that is not a history is
  //    refused and changes nothing.
  await h.clearHistory();
  for (let i = 0; i < 5; i++) await h.recordScan(seen(200 + i));
  const exported = JSON.stringify(await get('history'));
  await h.clearHistory();
  const cleared = await get('history');
  await h.importHistory(exported);
  const back = canonical(await get('history')) === canonical(JSON.parse(exported));
  let refused = '';
  try { await h.importHistory('{"version":3,"pages":"nope"}'); } catch (e) { refused = e.message; }
  const unchanged = canonical(await get('history')) === canonical(JSON.parse(exported));
  out.exportImport = {
    ok: cleared === undefined && back && /not an Unticked history/.test(refused) && unchanged,
    detail: `5 pages exported, cleared (${cleared === undefined ? 'gone' : 'still there'}), imported: ${back ? 'the same history' : 'DIFFERENT'}; a bad file: ${JSON.stringify(refused)}, history ${unchanged ? 'unchanged' : 'CHANGED'}`,
  };

  // 4. A full storage (Chrome's storage.local holds 10 MB): a clear message, the old history kept.
  if (opts.quota) {
    const before = canonical(await get('history'));
    const used = await api.storage.local.getBytesInUse(null);
    const room = api.storage.local.QUOTA_BYTES - used;
    await api.storage.local.set({ filler: 'x'.repeat(Math.max(0, room - 64)) });
    let message = '';
    try { await h.recordScan(seen(300)); } catch (e) { message = e.message; }
    const kept = canonical(await get('history')) === before;
    await api.storage.local.remove('filler');
    out.quota = { ok: /storage for Unticked is full/.test(message) && kept, detail: `message: ${JSON.stringify(message)}; old history ${kept ? 'kept' : 'CHANGED'}` };
  }
  await h.clearHistory();
  return out;
}
