// @ts-check
/*
 * Unticked page probe (classic script, no dependencies, no network).
 *
 * Injected into the settings page a person has open. It READS the page and
 * hands back a "capture" that the Rust engine parses somewhere else (popup,
 * demo site, CLI). It defines `globalThis.__untickedProbe` once; injecting it
 * again does nothing.
 *
 * What it reads: the live DOM tree, including open shadow roots (and closed
 * ones when the extension API `chrome.dom.openOrClosedShadowRoot` or Firefox's
 * `element.openOrClosedShadowRoot` allows it), same-origin iframes, the live
 * `.checked` / `.selected` / `.disabled` state of controls, and computed
 * styles and layout boxes to tell whether a control is visible.
 *
 * What it never does: it sends nothing anywhere, loads nothing, and never
 * writes to the page. It does not read what people typed into text fields
 * (only attributes the page itself put in its markup). The single exception
 * is `flip()`, which the person asks for: it scrolls to one switch and clicks
 * it like a person would, then watches whether the switch changed. It never
 * clicks anything whose on/off state it cannot read, nor a disabled control.
 *
 * Capture format (plain JSON):
 *   { format: "unticked-capture", version: 1, url, title, lang,
 *     captured_at: ISO time, html: string, truncated: bool,
 *     stats: { elements, controls, shadow_roots, frames } }
 * `html` is our own serialization of the live tree:
 *   - doctype + <html> with all attributes; <script>, <style>, <noscript>,
 *     <link rel=stylesheet> and comments are left out; <template> content kept.
 *   - an open shadow root becomes the host's first child
 *     <template shadowrootmode="open">...</template> (closed roots we could
 *     read also get data-unticked-closed="true").
 *   - a same-origin <iframe> becomes <unticked-frame ...iframe attrs>
 *     + its <body>'s children + </unticked-frame>; a cross-origin one stays
 *     <iframe ... data-unticked-crossorigin="true"></iframe>.
 *   - live state, added to the string only: data-unticked-checked (checkbox,
 *     radio), data-unticked-selected (option), data-unticked-value (select:
 *     text of the chosen option), data-unticked-disabled="true",
 *     and layout facts on every candidate control, label and <details>:
 *     data-unticked-hidden="true" (an ancestor hides it), data-unticked-drawn
 *     (its own box is drawn), data-unticked-named="true" (a control's label
 *     or aria-labelledby text is drawn). The engine decides visibility.
 *     The page's own data-unticked-* attributes are dropped so a page cannot
 *     forge them.
 *   - at most opts.maxBytes bytes (UTF-8) and opts.maxDepth levels; beyond
 *     that the walk stops, open tags are closed and truncated is true.
 *
 * Locators for find()/flip()/choose(): CSS selectors joined by " >>> "; each
 * next part is looked up inside the previous match's shadow root, or inside
 * its document when the previous match is an <iframe>. A part that is a bare
 * "tag:nth-of-type(k) > …" path is read from the top of its scope (the shadow
 * root's children, the frame's <body>) and never matches deeper elements.
 *
 * choose(locator, optionText) picks an option of a <select> the same careful
 * way flip() clicks a switch.
 */
(function () {
  'use strict';
  if (globalThis.__untickedProbe) return;

  const VOID = new Set('area base br col embed hr img input keygen link meta param source track wbr'.split(' '));
  const DROP = new Set(['script', 'style', 'noscript', 'noembed', 'noframes']);
  const FORM_CONTROLS = new Set(['select', 'textarea', 'button']);
  const OURS = /^data-unticked-/i;

  const escText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const escAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

  function utf8Length(s) {
    let n = s.length;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 0x7f) n += c > 0x7ff && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
    }
    return n;
  }

  // Output buffer with a byte budget. `reserve` keeps room for the end tags
  // of elements that are still open, so a cut-off capture is still well formed.
  function Writer(maxBytes) {
    return {
      parts: [], bytes: 0, reserve: 0, full: false, cut: false,
      put(s, alsoReserve = 0) {
        const n = utf8Length(s);
        if (this.full || this.bytes + n + this.reserve + alsoReserve > maxBytes) { this.full = true; return false; }
        this.parts.push(s);
        this.bytes += n;
        return true;
      },
    };
  }

  // ---- reaching into shadow roots and frames -------------------------------

  function shadowOf(el) {
    try {
      if (el.shadowRoot) return el.shadowRoot;
      const api = globalThis.chrome && globalThis.chrome.dom;
      if (api && typeof api.openOrClosedShadowRoot === 'function') return api.openOrClosedShadowRoot(el) || null;
      const oc = el.openOrClosedShadowRoot; // Firefox content scripts: a property
      return (typeof oc === 'function' ? oc.call(el) : oc) || null;
    } catch (e) { return null; }
  }

  const frameDoc = (el) => { try { const d = el.contentDocument; return d && d.documentElement ? d : null; } catch (e) { return null; } };

  // Parent in the rendered tree: parent element, shadow host, or the <iframe>
  // holding a nested document (but never above the captured document).
  function parentOf(el, rootDoc) {
    if (el.parentElement) return el.parentElement;
    const p = el.parentNode;
    if (p && p.nodeType === 11 && p.host) return p.host;
    if (p && p.nodeType === 9 && p !== rootDoc) {
      try { return (p.defaultView && p.defaultView.frameElement) || null; } catch (e) { return null; }
    }
    return null;
  }

  // ---- visibility -----------------------------------------------------------

  const styleOf = (el) => { try { const w = el.ownerDocument.defaultView; return w ? w.getComputedStyle(el) : null; } catch (e) { return null; } };

  // Does this element hide itself and everything inside it?
  function hides(el) {
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
    const cs = styleOf(el);
    return !!cs && (cs.display === 'none' || cs.contentVisibility === 'hidden');
  }

  function hiddenTree(el, ctx) {
    if (!el) return false;
    if (ctx.memo.has(el)) return ctx.memo.get(el);
    const h = hides(el) || hiddenTree(parentOf(el, ctx.doc), ctx);
    ctx.memo.set(el, h);
    return h;
  }

  // Does the element itself draw a box a person can see? (opacity 0 still counts.)
  function rendered(el) {
    if (!el.ownerDocument.defaultView) return true; // no layout (e.g. a parsed document): trust the markup
    const cs = styleOf(el);
    if (!cs || cs.visibility === 'hidden' || cs.visibility === 'collapse') return false;
    if (cs.display === 'contents') return true;
    for (const r of el.getClientRects()) if (r.width > 1 && r.height > 1) return true;
    return false;
  }

  const labelsOf = (el) => { try { return Array.from(el.labels || []); } catch (e) { return []; } };
  // The same, for a whole capture: the <label>s of each control, found once per tree
  // (document, shadow root). Chromium's `el.labels` searches the whole tree the first time it is
  // read for an element: 2.7 of 3.8 s of a first capture of a page with 3,600 switches.
  function labelsIn(el, ctx) {
    let root;
    try { root = el.getRootNode(); } catch (e) { return []; }
    let map = ctx.labels.get(root);
    if (!map) {
      map = new Map();
      try {
        for (const l of root.querySelectorAll('label')) {
          const c = l.control;
          if (c) { const a = map.get(c); if (a) a.push(l); else map.set(c, [l]); }
        }
      } catch (e) { /* a tree we cannot search: no labels */ }
      ctx.labels.set(root, map);
    }
    return map.get(el) || [];
  }
  // The elements that name it by aria-labelledby (in its own tree).
  const namedBy = (el) => {
    const root = el.getRootNode && el.getRootNode();
    return (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean)
      .map((id) => (root && root.getElementById ? root.getElementById(id) : el.ownerDocument.getElementById(id)))
      .filter(Boolean);
  };

  // What layout says about an element, as facts for the engine (which decides visibility,
  // src/controls/visibility.rs): hidden by an ancestor (or an inert template), its own box
  // drawn, and, for a control, the text that names it (a <label>, aria-labelledby) drawn.
  function layoutFacts(el, ctx, control) {
    const out = [];
    if (ctx.inert || hiddenTree(parentOf(el, ctx.doc), ctx)) out.push(['hidden', 'true']);
    out.push(['drawn', String(!hides(el) && rendered(el))]);
    if (control && labelsIn(el, ctx).concat(namedBy(el)).some((l) => !hiddenTree(l, ctx) && rendered(l))) out.push(['named', 'true']);
    return out;
  }

  // ---- serializer -----------------------------------------------------------

  function isControl(el) {
    const t = el.localName;
    if (t === 'input') return String(el.type).toLowerCase() !== 'hidden';
    if (FORM_CONTROLS.has(t)) return true;
    if (t === 'a' && el.hasAttribute('href')) return true;
    return ['role', 'aria-checked', 'aria-pressed', 'contenteditable'].some((a) => el.hasAttribute(a));
  }

  const isDisabled = (el) => { try { return el.disabled === true || el.matches(':disabled'); } catch (e) { return false; } };

  function liveState(el, ctx) {
    const t = el.localName, out = [];
    if (t === 'input' && (el.type === 'checkbox' || el.type === 'radio')) out.push(['checked', String(!!el.checked)]);
    if (t === 'option') out.push(['selected', String(!!el.selected)]);
    if (t === 'select') { const o = el.options[el.selectedIndex]; out.push(['value', o ? o.text : '']); }
    if (isDisabled(el)) out.push(['disabled', 'true']);
    const control = isControl(el);
    if (control) ctx.stats.controls++;
    if (control || t === 'label' || t === 'details') return out.concat(layoutFacts(el, ctx, control));
    return out;
  }

  function openTag(el, name, ctx, extra) {
    let s = '<' + name;
    for (const a of el.attributes) if (!OURS.test(a.name)) s += ' ' + a.name + '="' + escAttr(a.value) + '"';
    for (const [k, v] of liveState(el, ctx).concat(extra)) s += ' data-unticked-' + k + '="' + escAttr(v) + '"';
    return s + '>';
  }

  // The walk is a generator: it pauses (yields) every few dozen nodes, so `captureSliced` can
  // give the page its main thread back between slices, and `capture` runs it straight through.
  function* wrap(w, open, close, inside) {
    if (!w.put(open, close.length)) return;
    w.reserve += close.length;
    try { yield* inside(); } finally { w.reserve -= close.length; w.parts.push(close); w.bytes += close.length; }
  }

  function* walkChildren(parent, ctx, depth) {
    for (let n = parent.firstChild; n && !ctx.w.full; n = n.nextSibling) {
      // A node we cannot read is skipped, and the capture says it is incomplete.
      try { yield* walkNode(n, ctx, depth); } catch (e) { ctx.w.cut = true; }
      if ((++ctx.ticks & 63) === 0) yield;
      // The page moved this node away while the walk paused: its place is lost, so the rest
      // of this list is not read, and the capture says it is incomplete.
      if (n.parentNode !== parent) { ctx.w.cut = true; return; }
    }
  }

  function* walkNode(node, ctx, depth) {
    if (node.nodeType === 3) { ctx.w.put(escText(node.data)); return; }
    if (node.nodeType !== 1) return; // comments, processing instructions
    const el = node, name = el.localName;
    if (DROP.has(name)) return;
    if (name === 'link' && /(^|\s)stylesheet(\s|$)/i.test(el.getAttribute('rel') || '')) return;
    if (depth > ctx.maxDepth) { ctx.w.cut = true; return; }
    ctx.stats.elements++;
    if (name === 'iframe') { yield* walkFrame(el, ctx, depth); return; }
    const open = openTag(el, name, ctx, []);
    if (VOID.has(name)) { ctx.w.put(open); return; }
    yield* wrap(ctx.w, open, '</' + name + '>', function* () {
      const root = shadowOf(el);
      if (root) yield* walkShadow(root, ctx, depth + 1);
      if (name === 'template' && el.content) yield* walkChildren(el.content, Object.assign({}, ctx, { inert: true }), depth + 1);
      else yield* walkChildren(el, ctx, depth + 1);
    });
  }

  function* walkShadow(root, ctx, depth) {
    if (depth > ctx.maxDepth) { ctx.w.cut = true; return; }
    ctx.stats.shadow_roots++;
    const closed = root.mode === 'closed' ? ' data-unticked-closed="true"' : '';
    yield* wrap(ctx.w, '<template shadowrootmode="open"' + closed + '>', '</template>', () => walkChildren(root, ctx, depth + 1));
  }

  function* walkFrame(el, ctx, depth) {
    ctx.stats.frames++;
    const fd = frameDoc(el);
    if (!fd) { ctx.w.put(openTag(el, 'iframe', ctx, [['crossorigin', 'true']]) + '</iframe>'); return; }
    yield* wrap(ctx.w, openTag(el, 'unticked-frame', ctx, []), '</unticked-frame>', function* () {
      if (fd.body) yield* walkChildren(fd.body, ctx, depth + 1);
    });
  }

  // A capture in progress: its walk (a generator) and how to finish it.
  function startCapture(doc, opts) {
    // 8 MB: four times a large settings page; returning more stalls the page as it is handed
    // over. 500 levels: Chromium's HTML parser nests no deeper than 512, and the walk's nested
    // generators run out of stack near 900 (a script can build a deeper DOM: it is cut).
    const o = Object.assign({ maxBytes: 8000000, maxDepth: 500 }, opts || {});
    const stats = { elements: 0, controls: 0, shadow_roots: 0, frames: 0 };
    const ctx = { doc, w: Writer(o.maxBytes), maxDepth: o.maxDepth, memo: new Map(), labels: new Map(), stats, inert: false, ticks: 0 };
    let url = '', title = '', lang = '';
    function* walk() {
      try {
        url = String(doc.URL || '');
        title = String(doc.title || '');
        lang = (doc.documentElement && doc.documentElement.getAttribute('lang')) || '';
        ctx.w.put('<!DOCTYPE ' + ((doc.doctype && doc.doctype.name) || 'html') + '>');
        if (doc.documentElement) yield* walkNode(doc.documentElement, ctx, 0);
      } catch (e) { /* never throw: return what we have */ }
    }
    const finish = (timedOut = false) => ({
      format: 'unticked-capture', version: 1, url, title, lang,
      captured_at: new Date().toISOString(),
      html: ctx.w.parts.join(''),
      truncated: ctx.w.full || ctx.w.cut || timedOut,
      stats,
    });
    return { walk: walk(), finish };
  }

  // The page in one go (tests, the demo's small samples).
  function capture(doc = document, opts = {}) {
    const c = startCapture(doc, opts);
    for (;;) if (c.walk.next().done) return c.finish();
  }

  // The page in slices of at most `sliceMs` of main-thread time, the page's own work running
  // in between (the extension reads live settings pages this way).
  // Give the page its thread back for a moment: a message task, not a timer, which browsers
  // throttle to once a second in background tabs (Firefox read 600 elements in 10 s that way).
  function nextTask() {
    return new Promise((resolve) => {
      try {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => { ch.port1.close(); resolve(); };
        ch.port2.postMessage(null);
      } catch (e) { setTimeout(resolve, 0); }
    });
  }

  // A page that keeps growing while it is read (or one too large to walk in time) stops at
  // `maxMs` (10 s), as `truncated`, with what was read so far.
  async function captureSliced(doc = document, opts = {}) {
    const c = startCapture(doc, opts);
    const sliceMs = (opts && opts.sliceMs) || 25;
    const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
    const stopAt = now() + ((opts && opts.maxMs) || 10000);
    for (;;) {
      const end = now() + sliceMs;
      for (;;) {
        if (c.walk.next().done) return c.finish();
        if (now() >= end) break;
      }
      if (now() >= stopAt) return c.finish(true);
      if (opts && opts.onSlice) opts.onSlice();
      await nextTask();
    }
  }

  // ---- find / state / flip ---------------------------------------------------

  // Split a selector on its top-level child combinators (" > "), or return
  // null when it is not a plain child chain (descendant/sibling combinators,
  // selector lists), since then depth says nothing.
  function childSteps(sel) {
    const steps = [];
    let cur = '', depth = 0, quote = '';
    for (let i = 0; i < sel.length; i++) {
      const c = sel[i];
      if (quote) { cur += c; if (c === '\\' && i + 1 < sel.length) cur += sel[++i]; else if (c === quote) quote = ''; continue; }
      if (c === '"' || c === "'") { quote = c; cur += c; continue; }
      if (c === '\\' && i + 1 < sel.length) { cur += c + sel[++i]; continue; }
      if (c === '[' || c === '(') depth++;
      if (c === ']' || c === ')') depth--;
      if (depth === 0 && c === '>') { steps.push(cur.trim()); cur = ''; continue; }
      if (depth === 0 && (c === ',' || c === '+' || c === '~')) return null;
      cur += c;
    }
    steps.push(cur.trim());
    if (steps.some((x) => !x || /\s/.test(x.replace(/\[[^\]]*\]|\([^)]*\)/g, '')))) return null;
    return steps;
  }

  // How many parent steps from el up to `anchor` (Infinity if not below it).
  function depthBelow(el, anchor) {
    let d = 0;
    for (let n = el; n; n = n.parentNode) {
      if (n === anchor) return d;
      d++;
    }
    return Infinity;
  }

  // One locator part inside `root` (a document or a shadow root). The engine
  // writes parts as a unique "#id" / "[id=…]" / "tag[data-testid=…]" anchor,
  // or as a full "tag:nth-of-type(k) > …" path from the scope's top: the
  // shadow root's own children, "body > …" in a frame, "html > …" in the page.
  // A bare path must not match deeper elements that happen to fit it, so
  // it only counts matches exactly as deep below the top as it has steps.
  function findPart(root, part) {
    const first = part.match(/^([a-zA-Z][\w-]*):nth-of-type\(/);
    if (!first) return root.querySelector(part);
    const steps = childSteps(part);
    if (!steps) return root.querySelector(part);
    const tag = first[1].toLowerCase();
    let anchor = root;
    if (root.nodeType === 9) {
      if (tag === 'html') anchor = root;
      else if (tag === 'body') anchor = root.documentElement || root;
      else anchor = root.body || root.documentElement || root;
    }
    for (const el of root.querySelectorAll(part)) if (depthBelow(el, anchor) === steps.length) return el;
    return null;
  }

  function find(locator, doc = document) {
    try {
      let el = null;
      for (const part of String(locator).split(/\s+>>>\s+/)) {
        const root = el === null ? doc : el.localName === 'iframe' || el.localName === 'frame' ? frameDoc(el) : shadowOf(el);
        if (!root) return null;
        el = findPart(root, part.trim());
        if (!el) return null;
      }
      return el;
    } catch (e) { return null; }
  }

  function state(el) {
    try {
      if (!el) return 'unknown';
      if (el.localName === 'label' && el.control) el = el.control;
      if (el.localName === 'input' && (el.type === 'checkbox' || el.type === 'radio')) {
        return el.indeterminate ? 'mixed' : el.checked ? 'on' : 'off';
      }
      for (const a of ['aria-checked', 'aria-pressed']) {
        const v = (el.getAttribute(a) || '').trim().toLowerCase();
        if (v === 'true') return 'on';
        if (v === 'false') return 'off';
        if (v === 'mixed') return 'mixed';
      }
    } catch (e) { /* fall through */ }
    return 'unknown';
  }

  // The closed <details> around el (not counting its own <summary>), if any.
  function closedDetails(el) {
    const d = el.parentElement && el.parentElement.closest('details:not([open])');
    if (!d) return null;
    const summary = d.querySelector(':scope > summary');
    return summary && summary.contains(el) ? null : d;
  }

  // Open the closed <details> around el, outermost first, by clicking their
  // summaries as a person would (the site may listen for "toggle").
  function expand(el) {
    const chain = [];
    for (let d = closedDetails(el); d; d = closedDetails(d)) chain.unshift(d);
    for (const d of chain) {
      const summary = d.querySelector(':scope > summary');
      if (summary) userClick(summary);
      if (!d.open) d.open = true;
    }
  }

  // What a person would click: the control itself, or its visible label.
  function clickTarget(el) {
    if (rendered(el) && !hides(el)) return el;
    return labelsOf(el).find((l) => rendered(l)) || el;
  }

  function scrollIntoViewIfNeeded(el) {
    const win = el.ownerDocument.defaultView, r = el.getBoundingClientRect();
    if (!win || (r.top >= 0 && r.left >= 0 && r.bottom <= win.innerHeight && r.right <= win.innerWidth)) return;
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  // pointer/mouse down and up (frameworks such as Radix listen to them), then
  // a real click(), which also runs the browser's own checkbox/label behaviour.
  function userClick(t) {
    const win = t.ownerDocument.defaultView, r = t.getBoundingClientRect();
    const base = { bubbles: true, cancelable: true, composed: true, view: win, button: 0,
      clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 };
    const fire = (type, buttons) => {
      const Ev = type.startsWith('pointer') && win.PointerEvent ? win.PointerEvent : win.MouseEvent;
      t.dispatchEvent(new Ev(type, Object.assign({ buttons, pointerId: 1, pointerType: 'mouse', isPrimary: true }, base)));
    };
    fire('pointerdown', 1); fire('mousedown', 1);
    if (typeof t.focus === 'function') t.focus({ preventScroll: true });
    fire('pointerup', 0); fire('mouseup', 0);
    t.click();
  }

  // Resolve with the new state as soon as it differs from `before`, or with
  // the current state after `timeoutMs`. Polls too: .checked changes and
  // shadow-root changes do not reach a MutationObserver on the document.
  function waitForChange(doc, read, before, timeoutMs) {
    return new Promise((resolve) => {
      let done = false, mo = null;
      const finish = (s) => {
        if (done) return;
        done = true; clearInterval(poll); clearTimeout(timer); if (mo) mo.disconnect();
        resolve(s);
      };
      const check = () => { const s = read(); if (s !== before && s !== 'unknown') finish(s); };
      const poll = setInterval(check, 50);
      const timer = setTimeout(() => finish(read()), timeoutMs);
      try {
        mo = new MutationObserver(check);
        mo.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
      } catch (e) { mo = null; }
      check();
    });
  }

  async function flip(locator, { doc = document, timeoutMs = 3000 } = {}) {
    const el = find(locator, doc);
    if (!el) return { ok: false, before: 'unknown', after: 'unknown', error: 'not found' };
    const before = state(el);
    if (before === 'unknown') return { ok: false, before, after: before, error: 'not a switch (state unknown); not clicked' };
    if (isDisabled(el) || el.getAttribute('aria-disabled') === 'true') return { ok: false, before, after: before, error: 'disabled' };
    try {
      expand(el);
      const target = clickTarget(el);
      scrollIntoViewIfNeeded(target);
      userClick(target);
    } catch (e) {
      return { ok: false, before, after: state(find(locator, doc)), error: 'click failed: ' + (e && e.message) };
    }
    const after = await waitForChange(doc, () => state(find(locator, doc)), before, timeoutMs);
    if (after !== before && after !== 'unknown') return { ok: true, before, after };
    return { ok: false, before, after, error: 'state did not change' };
  }

  const normText = (s) => String(s == null ? '' : s).replace(/\s+/g, ' ').trim().toLowerCase();
  const chosenText = (sel) => { const o = sel && sel.options ? sel.options[sel.selectedIndex] : null; return o ? o.text.replace(/\s+/g, ' ').trim() : ''; };

  // Pick the option of a <select> whose text (else label, else value) is
  // `optionText` (whitespace and case folded; no partial matches), the way a
  // person would, then wait until the select shows it. Returns like flip():
  // before/after are the shown option texts.
  async function choose(locator, optionText, { doc = document, timeoutMs = 3000 } = {}) {
    const el = find(locator, doc);
    if (!el) return { ok: false, before: 'unknown', after: 'unknown', error: 'not found' };
    if (el.localName !== 'select') return { ok: false, before: 'unknown', after: 'unknown', error: 'not a select; not changed' };
    const before = chosenText(el);
    if (isDisabled(el) || el.getAttribute('aria-disabled') === 'true') return { ok: false, before, after: before, error: 'disabled' };
    const want = normText(optionText);
    const opts = Array.from(el.options);
    const opt = opts.find((o) => normText(o.text) === want) || opts.find((o) => normText(o.label) === want) || opts.find((o) => normText(o.value) === want);
    if (!opt) return { ok: false, before, after: before, error: 'no option "' + optionText + '"' };
    if (opt.disabled) return { ok: false, before, after: before, error: 'option disabled' };
    if (opt.selected) return { ok: true, before, after: before };
    const read = () => { const s = find(locator, doc); return s && s.localName === 'select' ? chosenText(s) : 'unknown'; };
    try {
      expand(el);
      scrollIntoViewIfNeeded(el);
      if (typeof el.focus === 'function') el.focus({ preventScroll: true });
      const win = el.ownerDocument.defaultView || globalThis;
      const unique = opts.filter((o) => o.value === opt.value).length === 1;
      // The prototype's setter, not the element's own: frameworks (React)
      // shadow `value` on the element to track changes they made themselves.
      const proto = win.HTMLSelectElement && win.HTMLSelectElement.prototype;
      const setter = proto && Object.getOwnPropertyDescriptor(proto, 'value');
      if (unique && setter && setter.set) setter.set.call(el, opt.value);
      else el.selectedIndex = opts.indexOf(opt);
      el.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
      el.dispatchEvent(new win.Event('change', { bubbles: true }));
    } catch (e) {
      return { ok: false, before, after: read(), error: 'choose failed: ' + (e && e.message) };
    }
    const target = opt.text.replace(/\s+/g, ' ').trim();
    let after = await waitForChange(doc, read, before, timeoutMs);
    if (after === target) {
      // A controlled component may put its own value back right away.
      await new Promise((r) => setTimeout(r, 150));
      after = read();
    }
    if (after === target) return { ok: true, before, after };
    return { ok: false, before, after, error: 'the page did not keep "' + target + '"' };
  }

  // An element's accessible name as the page gives it (aria-labelledby, aria-label, labels):
  // a fact `describe` reports; the engine compares it with the name it read.
  function nameOf(el) {
    const d = el.ownerDocument, parts = [];
    for (const id of (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean)) {
      const n = d.getElementById(id);
      if (n) parts.push(n.textContent);
    }
    parts.push(el.getAttribute('aria-label') || '');
    for (const l of labelsOf(el)) parts.push(l.textContent);
    return normText(parts.join(' '));
  }

  // A state-only row that opens its real switch (ChatGPT's "Improve the model for everyone
  // On >"): click it open, nothing more. The engine then reads the page again and decides which
  // switch appeared (its name, visibility, state), and that one is flipped by its locator.
  function openRow(locator, { doc = document } = {}) {
    const row = find(locator, doc);
    if (!row) return { ok: false, before: 'unknown', after: 'unknown', error: 'not found' };
    try { expand(row); scrollIntoViewIfNeeded(row); userClick(row); } catch (e) {
      return { ok: false, before: 'unknown', after: 'unknown', error: 'click failed: ' + (e && e.message) };
    }
    return { ok: true, before: 'unknown', after: 'unknown' };
  }

  // Poll `fn` every 50 ms until it returns something truthy, or `timeoutMs` passes.
  function until(fn, timeoutMs) {
    return new Promise((resolve) => {
      const end = Date.now() + timeoutMs;
      const tick = () => { const v = fn(); if (v || Date.now() > end) resolve(v || null); else setTimeout(tick, 50); };
      tick();
    });
  }

  // A "Turn off" button beside a setting whose state is only text (Gemini's
  // "Turn off ▾"): click it; if it opens a menu, click the item with exactly the
  // button's words ("Turn off", not "Turn off and delete activity"). The state is
  // text, so the caller verifies by reading the page again.
  async function pressTurnOff(locator, text, { doc = document, timeoutMs = 3000 } = {}) {
    const unknown = { before: 'unknown', after: 'unknown' };
    const btn = find(locator, doc);
    if (!btn) return Object.assign({ ok: false, error: 'not found' }, unknown);
    if (isDisabled(btn) || btn.getAttribute('aria-disabled') === 'true') return Object.assign({ ok: false, error: 'disabled' }, unknown);
    const want = normText(text || btn.textContent);
    try { expand(btn); scrollIntoViewIfNeeded(btn); userClick(btn); } catch (e) { return Object.assign({ ok: false, error: 'click failed: ' + (e && e.message) }, unknown); }
    const opened = () => btn.getAttribute('aria-expanded') === 'true';
    if (!(await until(opened, 500))) return Object.assign({ ok: true }, unknown);
    const item = await until(() => Array.from(doc.querySelectorAll('[role=menuitem], [role=menuitemradio], [role=option]'))
      .find((el) => normText(el.textContent) === want && !hiddenTree(el, { memo: new Map(), doc })), Math.min(timeoutMs, 1500));
    if (!item) {
      try { userClick(btn); } catch (e) { /* leave the menu as the page left it */ }
      return Object.assign({ ok: false, error: 'the menu has no "' + (text || want) + '" item' }, unknown);
    }
    try { userClick(item); } catch (e) { return Object.assign({ ok: false, error: 'click failed: ' + (e && e.message) }, unknown); }
    return Object.assign({ ok: true }, unknown);
  }

  // The engine's turn_off instruction, carried out: `how` is "click" (flip), "select"
  // (choose `option`), "menu" (the row's own "Turn off" button) or "open-row" (click a
  // state-only row open; the engine then finds the switch it opened and asks for a click).
  function turnOff(locator, how, option, opts = {}) {
    const none = (error) => Promise.resolve({ ok: false, before: 'unknown', after: 'unknown', error });
    if (how === 'click' || how == null) return flip(locator, opts);
    if (how === 'menu') return pressTurnOff(locator, option, opts);
    if (how === 'open-row') return Promise.resolve(openRow(locator, opts));
    if (how !== 'select') return none('"' + how + '" is not something Unticked can do in the page');
    if (option == null || option === '') return none('no option to choose');
    return choose(locator, option, opts);
  }

  // What a live page alone knows about the element a turn-off would click: found or not, its
  // tag, role, type, accessible name, visible text and state. Facts only: the engine decides
  // whether it is still the control the finding named, and whether it is safe to click.
  function describe(locator, { doc = document } = {}) {
    const el = find(locator, doc);
    if (!el) return { found: false };
    const t = clickTarget(el);
    const text = String((t && (t.innerText || t.textContent)) || '').replace(/\s+/g, ' ').trim().slice(0, 300);
    return {
      found: true, tag: el.localName, role: el.getAttribute('role') || '', type: el.getAttribute('type') || '',
      name: nameOf(el).slice(0, 300), text, state: state(el),
    };
  }

  // Show a switch Unticked will not click itself (its wording does not settle which way it
  // works): open what hides it, scroll to it and outline it for a few seconds. Changes no
  // state; the outline is put back as it was.
  function highlight(locator, { doc = document, ms = 4000 } = {}) {
    const el = find(locator, doc);
    if (!el) return { ok: false, error: 'not found' };
    const t = clickTarget(el);
    try { expand(el); scrollIntoViewIfNeeded(t); } catch (e) { /* still outline it */ }
    const before = t.style.outline, offset = t.style.outlineOffset;
    t.style.outline = '3px solid #b06000';
    t.style.outlineOffset = '3px';
    setTimeout(() => { t.style.outline = before; t.style.outlineOffset = offset; }, ms);
    return { ok: true };
  }

  globalThis.__untickedProbe = Object.freeze({ version: 6, capture, captureSliced, find, state, flip, choose, openRow, pressTurnOff, turnOff, highlight, describe });
})();
