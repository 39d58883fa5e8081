// The probe's capture of the 1 MB settings page (wide-page.mjs) in headless Chromium, timed
// (issue 11): `captureSliced` (how the extension reads a live page) and `capture` (one go),
// on a fresh, laid-out page each run. Two probes are timed in turn, run by run (in alternating
// order), so both see the same machine; medians with min–max and their ratio. Not part of
// ./do test.
//
//   node tests/e2e/probe-bench.mjs [REV] [ROUNDS]   (REV: the git revision whose probe is the
//                                                    anchor; default HEAD; 7 × ROUNDS runs, default 4)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { wideSettingsPage } from './wide-page.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const { chromium } = createRequire(import.meta.url)('playwright-core');
const [rev = 'HEAD', rounds = '4'] = process.argv.slice(2);
const anchor = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'probe-')), 'probe.js');
fs.writeFileSync(anchor, execFileSync('git', ['-C', root, 'show', `${rev}:extension/probe.js`]));
const probes = { [rev]: anchor, 'working tree': path.join(root, 'extension/probe.js') };
const html = wideSettingsPage();

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
const ms = Object.fromEntries(Object.keys(probes).map((k) => [k, { sliced: [], one: [] }]));
for (let r = 0; r < Number(rounds) * 7; r++) {
  for (const mode of ['sliced', 'one']) {
    for (const [name, file] of (r % 2 ? Object.entries(probes).reverse() : Object.entries(probes))) {
      {
        await page.setContent(html, { waitUntil: 'load' });
        await page.addScriptTag({ path: file });
        // Laid out and idle, as a page is when the person opens the inspector.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 300))));
        ms[name][mode].push(await page.evaluate(async (mode) => {
          const t0 = performance.now();
          if (mode === 'one') __untickedProbe.capture(); else await __untickedProbe.captureSliced();
          return performance.now() - t0;
        }, mode));
      }
    }
  }
}
await browser.close();
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
for (const mode of ['sliced', 'one']) {
  for (const [name, t] of Object.entries(ms)) {
    console.log(`${mode.padEnd(6)} ${name.padEnd(14)} median ${median(t[mode]).toFixed(0)} ms (${Math.min(...t[mode]).toFixed(0)}–${Math.max(...t[mode]).toFixed(0)}, ${t[mode].length} runs)`);
  }
  const [a, b] = Object.values(ms).map((t) => median(t[mode]));
  console.log(`${mode.padEnd(6)} working tree / ${rev}: ${(b / a).toFixed(2)}`);
}
