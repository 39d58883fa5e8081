// End-to-end test of the demo site (dist/www) in headless Chromium: the gallery page shows the
// LinkedIn sample beside the inspector, the inspector finds the switch and turns it off in the
// sample, a dropped file is inspected, presentation mode works, axe finds nothing on our page,
// screenshots are taken, and nothing leaves 127.0.0.1.
//
//   node tests/e2e/demo.mjs            (after ./do build)
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const require = createRequire(import.meta.url);
const www = path.resolve(process.env.WWW || path.join(root, 'dist/www'));
const shots = path.join(root, 'tests/screenshots');
const LABEL = 'Use my data for training content creation AI models';

const results = [];
function record(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ' — ' + String(detail).replace(/(\d+)\s+(passed|failed)/gi, '$1 $2.') : ''}`);
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.png': 'image/png' };

/** A static server for dist/www on 127.0.0.1 (what `./do demo` serves). */
function serve() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let file = path.normalize(path.join(www, decodeURIComponent(url.pathname)));
    if (!file.startsWith(www)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404).end('not found'); return; }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main() {
  if (!fs.existsSync(path.join(www, 'index.html')) || !fs.existsSync(path.join(www, 'pkg/unticked_bg.wasm'))) {
    record('demo built', false, `${www} is incomplete: run ./do build first`);
    return;
  }
  const { chromium } = require('playwright-core');
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 950 } });
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  try {
    await page.goto(base + '#linkedin-data-for-ai');
    const card = page.locator('[data-concern="ai-training"][data-sharing="true"]').filter({ hasText: LABEL }).first();
    await card.waitFor({ state: 'visible', timeout: 20000 });
    const gallery = await page.locator('#gallery button').count();
    const story = await page.locator('.demo-story').innerText();
    record('gallery and story', gallery >= 6 && /LinkedIn/.test(story) && /taken place/.test(story), `${gallery} sample pages; story cites ${await page.locator('.demo-story a').count()} sources`);
    record('inspector beside the sample', true, 'LinkedIn switch found, sharing');

    // axe on the demo page itself (the samples in the iframe copy third-party pages, not ours)
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run({ exclude: [['iframe']] }, { resultTypes: ['violations'], iframes: false });
      return r.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')}`);
    });
    record('accessibility (axe) of the demo', violations.length === 0, violations.length ? violations.join(' | ') : 'no violations');
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'demo.png') });

    // Turn it off in the sample, through the same inspector and probe.
    await card.locator('[data-action="turn-off"]').click();
    await page.locator('[data-action="confirm"]').first().click();
    await page.locator('[data-concern="ai-training"][data-sharing="false"]').filter({ hasText: LABEL }).first().waitFor({ timeout: 15000 });
    const checked = await page.frameLocator('#page').locator('input[role=switch]').first().isChecked();
    record('turn off in the sample', checked === false, `sample switch checked=${checked}`);

    // "Reset the samples" puts the switch back on (for the next demo) and the inspector says so.
    await page.locator('#reset').click();
    await page.locator('[data-concern="ai-training"][data-sharing="true"]').filter({ hasText: LABEL }).first().waitFor({ timeout: 15000 });
    const back = await page.frameLocator('#page').locator('input[role=switch]').first().isChecked();
    const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('unticked-sample:')).length);
    record('reset the samples', back === true && stored === 0, `sample switch checked=${back} again; ${stored} saved sample switches left`);

    // ChatGPT's row only shows "On": turning it off opens the row's dialog and flips the switch
    // named like the row (and nothing else).
    await page.locator('#gallery button', { hasText: 'ChatGPT' }).first().click();
    const gpt = page.locator('[data-concern="ai-training"][data-sharing="true"]').filter({ hasText: 'Improve the model for everyone' }).first();
    await gpt.waitFor({ state: 'visible', timeout: 20000 });
    await gpt.locator('[data-action="turn-off"]').click();
    await page.locator('[data-action="confirm"]').first().click();
    await page.locator('[data-concern="ai-training"][data-sharing="false"]').filter({ hasText: 'Improve the model for everyone' }).first().waitFor({ timeout: 15000 });
    const gptState = await page.frameLocator('#page').locator('[data-testid="improve-model-toggle"]').getAttribute('aria-checked');
    record('turn off a state-only row (ChatGPT)', gptState === 'false', `the dialog's switch aria-checked=${gptState}`);

    // Gemini: the state is only text ("Gemini Apps Activity is On"); the page's own "Turn off ▾"
    // button opens a menu, and its plain "Turn off" item (not "…and delete activity") is used.
    await page.locator('#gallery button', { hasText: 'Gemini' }).first().click();
    const gem = page.locator('[data-concern="ai-training"][data-sharing="true"]').filter({ hasText: 'Gemini Apps Activity' }).first();
    await gem.waitFor({ state: 'visible', timeout: 20000 });
    await gem.locator('[data-action="turn-off"]').click();
    await page.locator('[data-action="confirm"]').first().click();
    await page.locator('[data-concern="ai-training"][data-sharing="false"]').filter({ hasText: 'Gemini Apps Activity' }).first().waitFor({ timeout: 15000 });
    const gemStatus = await page.frameLocator('#page').locator('#activity-status').innerText();
    const gemToast = await page.frameLocator('#page').locator('#toast').innerText();
    record('turn off through the page\'s own menu (Gemini)', /is Off$/.test(gemStatus) && !/delete/i.test(gemToast),
      `sample now says "${gemStatus}"; its toast: "${gemToast}"`);

    // Save a redacted capture (issue 10): on the Gemini sample, whose header names the person
    // (Alex Example, alex@example.com) and whose activity list holds their prompts. The file has
    // none of that, keeps the switch's words, and opened in the demo reads the same.
    await page.locator('#gallery button', { hasText: 'Gemini' }).first().click();
    await page.locator('#app .ut-finding').filter({ hasText: 'Gemini Apps Activity' }).first().waitFor({ state: 'visible', timeout: 20000 });
    const cardsNow = () => page.locator('#app .ut-finding').evaluateAll((cs) => cs.map((c) => [c.dataset.concern, c.dataset.sharing,
      c.querySelector('h2').textContent, (c.querySelector('.ut-where') || {}).textContent || '', c.querySelector('.ut-state').textContent].join(' | ')));
    const before = await cardsNow();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export-redacted]').click()]);
    const saved = path.join(os.tmpdir(), `unticked-e2e-${process.pid}-${download.suggestedFilename()}`);
    await download.saveAs(saved);
    const redacted = fs.readFileSync(saved, 'utf8');
    const secrets = ['Alex', 'alex@example.com', 'example.com', 'Lisbon', 'heat pumps', 'three-day trip'];
    const leaked = secrets.filter((x) => redacted.includes(x));
    const keeps = ['Gemini Apps Activity', 'Turn off'].every((x) => redacted.includes(x));
    await page.locator('#file').setInputFiles(saved);
    await page.locator('#page-title', { hasText: download.suggestedFilename() }).waitFor({ timeout: 15000 });
    await page.locator('#app .ut-finding').first().waitFor({ timeout: 15000 });
    const reopened = await cardsNow();
    fs.rmSync(saved, { force: true });
    record('save a redacted capture: no personal text, same findings when opened',
      download.suggestedFilename() === 'unticked-capture-redacted.json' && leaked.length === 0 && keeps
        && before.length > 0 && JSON.stringify(before) === JSON.stringify(reopened),
      `${download.suggestedFilename()} (${redacted.length} B); personal text left: ${JSON.stringify(leaked)}; switch words kept: ${keeps}; findings ${before.length} on the sample, ${reopened.length} from the file, same: ${JSON.stringify(before) === JSON.stringify(reopened)}`);

    // Keyboard only, on the X sample: Tab to "Turn off", Enter, focus lands on the confirm
    // button, Escape cancels, then Enter twice turns it off. Focus is always drawn.
    await page.locator('#gallery button', { hasText: 'X' }).first().click();
    const xCard = page.locator('[data-concern="ai-training"][data-sharing="true"]').filter({ hasText: 'Grok' }).first();
    await xCard.waitFor({ state: 'visible', timeout: 20000 });
    await page.locator('#app button').first().focus();
    const focusInfo = () => page.evaluate(() => {
      const e = document.activeElement;
      const cs = e ? getComputedStyle(e) : null;
      return { action: e && e.getAttribute('data-action'), text: e ? e.textContent.trim().slice(0, 40) : '', outline: cs ? cs.outlineStyle + ' ' + cs.outlineWidth : '' };
    });
    let tabs = 0, f = await focusInfo();
    while (f.action !== 'turn-off' && tabs < 60) { await page.keyboard.press('Tab'); tabs++; f = await focusInfo(); }
    const drawn = f.action === 'turn-off' && !/^none/.test(f.outline);
    await page.keyboard.press('Enter');
    await page.locator('[data-action="confirm"]').first().waitFor({ timeout: 5000 });
    await page.waitForTimeout(50);
    const onConfirm = (await focusInfo()).action === 'confirm';
    await page.keyboard.press('Escape');
    const cancelled = (await page.locator('[data-action="confirm"]').count()) === 0;
    // Back on the card's "Turn off" (Escape must not lose the person's place).
    await page.waitForTimeout(50);
    const afterEsc = await focusInfo();
    if (afterEsc.action !== 'turn-off') await xCard.locator('[data-action="turn-off"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-action="confirm"]').first().waitFor({ timeout: 5000 });
    await page.waitForTimeout(50);
    await page.keyboard.press('Enter');
    await page.locator('[data-concern="ai-training"][data-sharing="false"]').filter({ hasText: 'Grok' }).first().waitFor({ timeout: 15000 });
    const xChecked = await page.frameLocator('#page').locator('input[type=checkbox]').first().isChecked();
    record('keyboard only', drawn && onConfirm && cancelled && afterEsc.action === 'turn-off' && xChecked === false,
      `${tabs} Tab presses to "Turn off" (focus outline ${f.outline}); Enter -> focus on confirm: ${onConfirm}; Escape cancels: ${cancelled}, focus back on ${afterEsc.action || JSON.stringify(afterEsc.text.replace(/\s+/g, ' ').slice(0, 20))}; Enter, Enter -> sample checkbox checked=${xChecked}`);

    // Meaning you can trust (issue 7): on inverted switches the card says why; a protection
    // that is on offers no Turn off; Turn off on an unticked "Disable AI training" ticks it
    // (never an untick); a switch whose wording does not settle its polarity is shown, not clicked.
    await page.locator('#gallery button', { hasText: 'Quillpad' }).first().click();
    const q = (t) => page.locator('[data-concern="ai-training"]').filter({ hasText: t }).first();
    await q('Disable AI training on my notes').waitFor({ state: 'visible', timeout: 20000 });
    const why = await q('Disable AI training on my notes').locator('.ut-why').innerText();
    const offHasButton = await q('Turn off model training').locator('[data-action="turn-off"]').count();
    const offSharing = await q('Turn off model training').getAttribute('data-sharing');
    const unsure = q('unless a notebook is private');
    const unsureRefuses = (await unsure.locator('[data-uncertain="true"]').count()) === 1 && (await unsure.locator('[data-action="turn-off"]').count()) === 0;
    const showButton = (await unsure.locator('[data-action="show"]').count()) === 1;
    await q('Disable AI training on my notes').locator('[data-action="turn-off"]').click();
    const action = await page.locator('[data-turn-off-action]').first().innerText();
    const actionKind = await page.locator('[data-turn-off-action]').first().getAttribute('data-turn-off-action');
    await page.locator('[data-action="confirm"]').first().click();
    await page.locator('[data-concern="ai-training"][data-sharing="false"]').filter({ hasText: 'Disable AI training on my notes' }).first().waitFor({ timeout: 15000 });
    const ticked = await page.frameLocator('#page').locator('#q-disable').isChecked();
    const untouched = await page.frameLocator('#page').locator('#q-unless').isChecked();
    record('why, refusal, and never an untick on "Disable AI training"',
      /^Why: 'Disable' \+ 'AI training' → on protects/.test(why) && offHasButton === 0 && offSharing === 'false' && unsureRefuses && showButton
        && actionKind === 'tick' && /^Tick 'Disable AI training/.test(action) && ticked === true && untouched === true,
      `why line "${why}"; protection that is on: sharing=${offSharing}, Turn off buttons ${offHasButton}; uncertain card refuses: ${unsureRefuses} (Show on page: ${showButton}); confirmation "${action}" (${actionKind}); sample checkbox ticked=${ticked}; uncertain switch left as it was: ${untouched}`);
    // A "Delete account" button dressed as a training switch: Turn off reads what the element
    // says first and refuses; nothing is clicked.
    await page.frameLocator('#page').locator('#q-trap').evaluate((b) => { window.__trapClicks = 0; b.addEventListener('click', () => { window.__trapClicks++; }); });
    const trap = q('Share my photos to train AI models');
    await trap.locator('[data-action="turn-off"]').click();
    await page.locator('[data-action="confirm"]').first().click();
    // Whatever the inspector ends up saying (a refusal, or the outcome of a click), then read it.
    await trap.locator('[data-refused], .ut-ok, .ut-bad, .ut-status:not(:empty)').first().waitFor({ timeout: 10000 }).catch(() => {});
    await page.waitForTimeout(500);
    const refusal = (await trap.locator('[data-refused]').count()) ? await trap.locator('[data-refused]').innerText() : '(no refusal shown)';
    const trapClicks = await page.frameLocator('#page').locator('#q-trap').evaluate(() => window.__trapClicks);
    record('Turn off refuses a "Delete account" button dressed as a switch', /Delete account/.test(refusal) && trapClicks === 0,
      `inspector says "${refusal}"; clicks on the button: ${trapClicks}`);
    // "Turn off all" lists the uncertain switch, never ticked, and it cannot be ticked.
    await page.locator('.ut-batch summary').click();
    const unsureBox = page.locator('[data-batch-item*="unless a notebook is private"] input');
    const unsureState = { checked: await unsureBox.isChecked(), disabled: await unsureBox.isDisabled() };
    await unsureBox.click({ force: true }).catch(() => {});
    unsureState.afterClick = await unsureBox.isChecked();
    record('an uncertain switch is never ticked in "Turn off all"', !unsureState.checked && unsureState.disabled && !unsureState.afterClick,
      `checkbox checked=${unsureState.checked}, disabled=${unsureState.disabled}, checked after a click=${unsureState.afterClick}`);
    await page.locator('#reset').click();

    // Turn off all that share (issue 10), on a page with three sharing switches: the person
    // unticks one in the list; one confirmation; the other two are flipped in turn through the
    // single-switch path (checked before, the page read again after each), and the summary
    // says what changed and what did not, and why. The unticked one is never clicked.
    await page.locator('#gallery button', { hasText: 'Driftwood' }).first().click();
    const DW = {
      'dw-entries': 'Use my journal entries to train Driftwood AI models',
      'dw-voice': "Use my voice notes to train Driftwood's speech AI models",
      'dw-photos': 'Share my photos with partners to train their AI models',
    };
    await page.locator('[data-concern="ai-training"][data-sharing="true"]').filter({ hasText: DW['dw-photos'] }).first().waitFor({ state: 'visible', timeout: 20000 });
    await page.frameLocator('#page').locator('main').evaluate((main) => {
      window.__clicks = {};
      for (const id of ['dw-entries', 'dw-voice', 'dw-photos']) {
        window.__clicks[id] = 0;
        document.getElementById(id).addEventListener('click', () => { window.__clicks[id]++; });
      }
    });
    await page.locator('.ut-batch summary').click();
    const boxes = page.locator('.ut-batch [data-batch-item] input');
    const listed = await boxes.count();
    const allTicked = (await boxes.evaluateAll((b) => b.map((x) => x.checked && !x.disabled))).every(Boolean);
    const axeApp = () => page.evaluate(async () => (await window.axe.run('#app', { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.help}`));
    const listViolations = await axeApp();
    await page.locator(`[data-batch-item="${DW['dw-photos']}"] input`).uncheck();
    await page.locator('[data-action="batch"]').click();
    const confirmLines = await page.locator('[data-batch="confirm"] li').allInnerTexts();
    const batchViolations = [...listViolations, ...await axeApp()];
    await page.locator('[data-action="batch-confirm"]').click();
    await page.locator('[data-batch="done"]').waitFor({ timeout: 30000 });
    batchViolations.push(...await axeApp());
    record('accessibility (axe) of "Turn off all": list, confirmation and summary', batchViolations.length === 0, batchViolations.join(' | ') || 'no violations');
    const verdicts = await page.locator('[data-batch="done"] li').evaluateAll((ls) => ls.map((l) => [l.dataset.verdict, l.innerText]));
    const frame = page.frameLocator('#page');
    const after = {
      entries: await frame.locator('#dw-entries').isChecked(),
      voice: await frame.locator('#dw-voice').getAttribute('aria-checked'),
      photos: await frame.locator('#dw-photos').isChecked(),
      clicks: await frame.locator('main').evaluate(() => window.__clicks),
    };
    const cardSharing = async (label) => page.locator('[data-concern="ai-training"]').filter({ hasText: label }).first().getAttribute('data-sharing');
    const cards = { entries: await cardSharing(DW['dw-entries']), voice: await cardSharing(DW['dw-voice']), photos: await cardSharing(DW['dw-photos']) };
    const changed = verdicts.filter(([v]) => v === 'changed').map(([, t]) => t);
    const skipped = verdicts.filter(([v]) => v === 'skipped').map(([, t]) => t);
    record('turn off all that share: the person unticks one, two are turned off and checked',
      listed === 3 && allTicked && confirmLines.length === 2 && !confirmLines.some((l) => l.includes(DW['dw-photos']))
        && verdicts.length === 3 && changed.length === 2 && changed.every((t) => /no longer shares/.test(t))
        && skipped.length === 1 && skipped[0].includes(DW['dw-photos']) && /you unticked it/.test(skipped[0])
        && after.entries === false && after.voice === 'false' && after.photos === true
        && after.clicks['dw-entries'] === 1 && after.clicks['dw-voice'] === 1 && after.clicks['dw-photos'] === 0
        && cards.entries === 'false' && cards.voice === 'false' && cards.photos === 'true',
      `${listed} listed, all ticked: ${allTicked}; confirmation: ${JSON.stringify(confirmLines)}; summary: ${JSON.stringify(verdicts)}; page: entries checked=${after.entries}, voice aria-checked=${after.voice}, photos checked=${after.photos}, clicks ${JSON.stringify(after.clicks)}; cards sharing ${JSON.stringify(cards)}`);
    await page.screenshot({ path: path.join(shots, 'demo-turn-off-all.png') });
    await page.locator('#reset').click();

    // Presentation mode: one finding at a time, large type.
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await page.locator('.ut-present .ut-present-one').waitFor({ timeout: 5000 });
    const big = await page.locator('.ut-present h2').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    await page.screenshot({ path: path.join(shots, 'demo-presentation.png') });
    record('presentation mode', big >= 24, `finding title at ${big}px, page chrome hidden: ${await page.locator('body.presenting').count() === 1}`);
    await page.getByRole('button', { name: 'Presentation mode' }).click();

    // A dropped (chosen) file is inspected locally.
    await page.locator('#file').setInputFiles(path.join(root, 'www/samples/x-grok-settings.html'));
    const x = page.locator('[data-concern="ai-training"][data-sharing="true"]').filter({ hasText: 'Grok and xAI' }).first();
    await x.waitFor({ timeout: 15000 });
    record('inspect a dropped file', true, 'X Grok training switch found in the chosen .html file');

    // Checkup (issue 10), reached from the demo's navigation: every catalogued service, the
    // LinkedIn sample's page as the demo's history last saw it and when, a link to the sample,
    // and "I don't use this" moving it to the end, greyed, kept across a reload.
    try {
      // The LinkedIn sample, read once more by the inspector (the reset above cleared history).
      await page.locator('#gallery button', { hasText: 'Data for Generative AI Improvement' }).first().click();
      await page.locator('[data-concern="ai-training"]').filter({ hasText: LABEL }).first().waitFor({ timeout: 15000 });
      await page.locator('.demo-nav a', { hasText: 'Checkup' }).first().click();
      const li = page.locator('li.ut-svc[data-service="linkedin"]');
      await li.waitFor({ state: 'visible', timeout: 15000 });
      const stored = await page.evaluate((u) => {
        const h = JSON.parse(localStorage.getItem('unticked-demo-history') || 'null');
        const p = Object.values((h && h.pages) || {}).find((x) => x.url.startsWith(u));
        if (!p) return null;
        const sharing = Object.values(p.switches).some((w) => w.last_seen === p.last_seen && w.last_sharing === true && w.concern === 'ai-training');
        return { when: p.last_seen, state: sharing ? 'sharing' : 'not-sharing' };
      }, 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement');
      const read = () => page.evaluate(() => {
        const all = [...document.querySelectorAll('li.ut-svc')];
        const el = document.querySelector('li.ut-svc[data-service="linkedin"]');
        return {
          count: all.length, last: all[all.length - 1].dataset.service, ignored: el.dataset.ignored,
          state: el.dataset.state, when: el.dataset.when || null, seen: el.querySelector('[data-seen]').textContent,
          sample: (el.querySelector('.ut-sample a') || {}).getAttribute?.('href') || null,
          auto: (el.querySelector('.ut-auto') || {}).textContent || '',
        };
      });
      const got = await read();
      const shown = stored ? `${stored.when.slice(0, 10)} ${stored.when.slice(11, 16)} UTC` : '?';
      await li.locator('[data-action="ignore"]').click();
      await page.reload();
      await li.waitFor({ state: 'visible', timeout: 15000 });
      const after = await read();
      const ok = got.count >= 60 && stored && got.state === stored.state && got.when === stored.when && got.seen.includes(shown)
        && got.sample === 'index.html#linkedin-data-for-ai' && /does not apply/.test(got.auto)
        && after.ignored === 'true' && after.last === 'linkedin';
      record('checkup (demo): every service, the LinkedIn sample as last seen, "I don\'t use this"', ok,
        `${got.count} services; LinkedIn ${got.state}, "${got.seen}" (history: ${stored && stored.state} at ${stored && stored.when}); sample link ${got.sample}; "${got.auto}"; after "I don't use this" and a reload: ignored=${after.ignored}, last row ${after.last}`);
      await page.screenshot({ path: path.join(shots, 'demo-checkup.png') });
    } catch (e) {
      record('checkup (demo): every service, the LinkedIn sample as last seen, "I don\'t use this"', false, e.message.split('\n')[0]);
    }

    record('no script errors', errors.length === 0, errors.slice(0, 3).join(' | ') || 'none');
    record('screenshots', true, 'tests/screenshots/demo.png, tests/screenshots/demo-presentation.png');
  } catch (e) {
    record('demo', false, e.message.split('\n')[0]);
  } finally {
    const outside = requests.filter((u) => !u.startsWith(base) && !/^(data:|blob:|about:)/.test(u));
    record('network stays local', outside.length === 0, outside.length ? outside.slice(0, 5).join(', ') : `${requests.length} requests, all to ${base}`);
    await browser.close();
    server.close();
  }
}

main()
  .catch((e) => record('demo', false, (e && e.stack) || e))
  .finally(() => {
    const passed = results.filter((r) => r.ok).length;
    console.log(`${passed} passed, ${results.length - passed} failed`);
    process.exitCode = results.every((r) => r.ok) && results.length > 0 ? 0 : 1;
  });
