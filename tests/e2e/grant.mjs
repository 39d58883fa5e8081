// Site access for the extension in headless Chromium, which asks for none at install.
//
// permissions.request() opens a browser dialog that headless Chromium cannot show or accept
// (the request then waits forever), and Chromium 156 has no switch to accept it: the old
// --apps-gallery-install-auto-confirm-for-tests is gone, and ScopedTestDialogAutoConfirm is for
// Chromium's own C++ tests. So the tests do what the person's "Allow" leaves in the profile:
// chrome://extensions' own API (developerPrivate.addHostPermission, behind the extension's
// "Site access" list) records the site as allowed by the user. That alone grants nothing
// (permissions.contains stays false); Chromium then answers the extension's own
// permissions.request for the site, made inside a click, with true and no dialog.

/** Record `hosts` as allowed by the user on chrome://extensions (no grant yet). */
export async function allowOnExtensionsPage(context, extId, hosts) {
  const page = await context.newPage();
  try {
    await page.goto('chrome://extensions/');
    return await page.evaluate(async ([id, hs]) => {
      for (const h of hs) await chrome.developerPrivate.addHostPermission(id, `https://${h}/*`);
      return 'ok';
    }, [extId, hosts]);
  } finally {
    await page.close().catch(() => {});
  }
}

/** permissions.request for `hosts` from an extension page, inside a real click. Resolves to its answer. */
export async function requestInClick(context, extId, hosts) {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extId}/inspector.html?tab=-1`);
    await page.evaluate((hs) => {
      const b = Object.assign(document.createElement('button'), { id: 'ut-grant', textContent: 'grant' });
      b.onclick = () => {
        window.__granted = chrome.permissions.request({ origins: hs.map((h) => `https://${h}/*`) }).then((v) => v, (e) => 'error: ' + e.message);
      };
      document.body.append(b);
    }, hosts);
    await page.click('#ut-grant');
    return await page.evaluate(() => Promise.race([window.__granted, new Promise((r) => setTimeout(() => r('no answer in 5 s'), 5000))]));
  } finally {
    await page.close().catch(() => {});
  }
}
