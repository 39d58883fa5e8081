// Hostile pages for the probe (issue 9): each sets `window.__ready = true` once it is built.
// Served under www.linkedin.com/hostile/… by server.mjs (hostile.mjs, lint-firefox.mjs).

const switchRow = '<div><label><input type="checkbox" checked> Use my posts to train AI models</label></div>';
const page = (title, body, script = 'window.__ready = true;') =>
  `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body><main>${switchRow}${body}</main><script>${script}</script></body></html>`;

export function hostilePages() {
  // ~50 MB of markup: 250,000 rows of about 200 bytes.
  const row = (i) => `<div class="r"><span>Row ${i}</span><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua ${i}.</p></div>`;
  const big = [];
  for (let i = 0; i < 250000; i++) big.push(row(i));
  return [
    {
      name: 'a 50 MB page stops at the 8 MB capture limit, truncated',
      path: '/hostile/huge',
      html: page('Huge', big.join('')),
      truncated: true,
    },
    {
      // Kept out of layout (display: none): Chromium's own renderer crashes laying out 100,000
      // nested boxes, before any probe runs. The probe walks hidden subtrees too.
      name: 'nesting 100,000 deep is cut at the depth limit, truncated',
      path: '/hostile/deep',
      html: page('Deep', '<div id="root" style="display:none"></div>', `
        let n = document.getElementById('root');
        for (let i = 0; i < 100000; i++) { const d = document.createElement('div'); n.appendChild(d); n = d; }
        n.innerHTML = '<label><input type="checkbox"> Share my data for model training</label>';
        window.__ready = true;`),
      truncated: true,
    },
    {
      name: '10,000 open shadow roots are read',
      path: '/hostile/shadows',
      html: page('Shadows', '<div id="host"></div>', `
        const root = document.getElementById('host');
        for (let i = 0; i < 10000; i++) {
          const h = document.createElement('x-row');
          h.attachShadow({ mode: 'open' }).innerHTML = '<label><input type="checkbox"> Email me about topic ' + i + '</label>';
          root.appendChild(h);
        }
        window.__ready = true;`),
      truncated: false,
      check: (out) => out.stats && out.stats.shadow_roots >= 10000,
    },
    {
      name: 'a page that rewrites itself throughout the capture is read in bounded time',
      path: '/hostile/mutating',
      html: page('Mutating', '<div id="churn"></div>', `
        const c = document.getElementById('churn');
        for (let i = 0; i < 20000; i++) c.appendChild(document.createElement('div')).textContent = 'item ' + i;
        // Every 1 ms: add 200 nodes at the end, remove 100 from the front, shuffle attributes.
        setInterval(() => {
          for (let i = 0; i < 200; i++) c.appendChild(document.createElement('div')).textContent = 'new ' + Math.random();
          for (let i = 0; i < 100 && c.firstChild; i++) c.firstChild.remove();
          document.body.setAttribute('data-x', String(Math.random()));
        }, 1);
        new MutationObserver(() => {}).observe(document, { subtree: true, childList: true, attributes: true });
        window.__ready = true;`),
      // Either way is honest: whole if the walk kept its place, else cut and saying so.
      truncated: null,
      check: (out) => out.stats && out.stats.elements > 0,
    },
    {
      name: "a page that overrides Element.prototype in its own world does not reach the probe",
      path: '/hostile/prototype',
      html: page('Prototype', '<div id="x"><label><input type="checkbox"> Email me news</label></div>', `
        const boom = () => { throw new Error('hostile override called'); };
        for (const k of ['getAttribute', 'hasAttribute', 'querySelector', 'querySelectorAll', 'getBoundingClientRect', 'closest', 'matches', 'attachShadow'])
          Element.prototype[k] = boom;
        Object.defineProperty(Node.prototype, 'childNodes', { get: boom });
        Object.defineProperty(Node.prototype, 'firstChild', { get: boom });
        window.getComputedStyle = boom;
        JSON.stringify = boom;
        Array.prototype.join = boom;
        window.__ready = true;`),
      truncated: false,
    },
    {
      name: 'a cross-origin frame is skipped, the page read',
      path: '/hostile/frames',
      html: page('Frames', '<iframe src="https://chatgpt.com/hostile/inner" width="300" height="200"></iframe><iframe srcdoc="<p>same origin</p>"></iframe>',
        `window.addEventListener('load', () => { window.__ready = true; });`),
      extra: [['chatgpt.com/hostile/inner', '<!DOCTYPE html><html><body><label><input type="checkbox" checked> Use my chats to train models</label></body></html>']],
      truncated: false,
    },
  ];
}
