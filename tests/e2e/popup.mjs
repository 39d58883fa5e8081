// The toolbar popup, talked to over CDP: Playwright does not list an extension's popup among
// its pages, so the tests find its target on the browser's CDP session and send it commands
// through Target.sendMessageToTarget. Used by run.mjs, permissions.mjs and store-shots.mjs.
import fs from 'node:fs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Wait (up to 10 s) for the popup's page target on `cdp` (a browser CDP session) and attach.
 * @returns {Promise<{ send: Function, evaluate: Function, click: Function, png: Function, shot: Function, detach: Function, close: Function }>}
 */
export async function attachPopup(cdp) {
  let target;
  for (const end = Date.now() + 10000; !target && Date.now() < end; await sleep(100)) {
    target = (await cdp.send('Target.getTargets')).targetInfos.find((x) => x.type === 'page' && /\/inspector\.html$/.test(x.url));
  }
  if (!target) {
    await cdp.detach().catch(() => {});
    throw new Error('no popup target appeared');
  }
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  const pending = new Map();
  let next = 0;
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message);
    if (pending.has(m.id)) { pending.get(m.id)(m); pending.delete(m.id); }
  });
  /** One CDP command to the popup; resolves to its whole reply. */
  const send = (method, params) => new Promise((resolve, reject) => {
    const id = ++next;
    pending.set(id, resolve);
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
  });
  const evaluate = async (expression) => {
    const m = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    return m.result && m.result.result ? m.result.result.value : undefined;
  };
  // A real mouse click (a user gesture), at the element's centre.
  const click = async (css) => {
    const r = await evaluate(`(() => { const e = document.querySelector(${JSON.stringify(css)}); e.scrollIntoView({ block: 'center' });
      const b = e.getBoundingClientRect(); return { x: b.x + b.width / 2, y: b.y + b.height / 2 }; })()`);
    for (const type of ['mousePressed', 'mouseReleased']) await send('Input.dispatchMouseEvent', { type, x: r.x, y: r.y, button: 'left', clickCount: 1 });
  };
  const png = async () => {
    const m = await send('Page.captureScreenshot', { format: 'png' });
    return m.result && m.result.data ? Buffer.from(m.result.data, 'base64') : null;
  };
  const shot = async (file) => {
    const data = await png();
    if (data) fs.writeFileSync(file, data);
  };
  const detach = () => cdp.detach().catch(() => {});
  const close = async () => {
    await cdp.send('Target.closeTarget', { targetId: target.targetId }).catch(() => {});
    await detach();
  };
  return { send, evaluate, click, png, shot, detach, close };
}
