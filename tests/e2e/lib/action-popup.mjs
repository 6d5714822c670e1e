// Chromium only: opens the extension's real toolbar popup for the active tab
// (action.openPopup() from the service worker) and reaches it over the DevTools
// protocol, since Playwright does not list popup targets as pages.
import { writeFileSync } from 'node:fs';

export async function openActionPopup(d, page) {
  await page.bringToFront();
  const opened = await d.context.serviceWorkers()[0].evaluate(() => chrome.action.openPopup().then(() => 'ok', (e) => e.message));
  if (opened !== 'ok') throw new Error(`action.openPopup: ${opened}`);
  const cdp = await d.context.newCDPSession(page);
  let target = null;
  for (let i = 0; i < 100 && !target; i++) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    target = targetInfos.find((t) => t.url.endsWith('/popup/popup.html'));
    if (!target) await new Promise((r) => setTimeout(r, 100));
  }
  if (!target) throw new Error('the popup did not open');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let next = 0;
  const waiting = new Map();
  cdp.on('Target.receivedMessageFromTarget', (ev) => {
    const m = JSON.parse(ev.message);
    if (waiting.has(m.id)) {
      waiting.get(m.id)(m);
      waiting.delete(m.id);
    }
  });
  const call = (method, params) => new Promise((resolve, reject) => {
    const id = ++next;
    waiting.set(id, (m) => (m.error ? reject(new Error(m.error.message)) : resolve(m.result)));
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
  });
  // fn: a function source run in the popup; returns its (awaited) value.
  const evaluate = async (fn) => {
    const r = await call('Runtime.evaluate', { expression: `(${fn})()`, awaitPromise: true, returnByValue: true });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
    return r.result.value;
  };
  const waitFor = async (fn, timeout = 20000) => {
    const until = Date.now() + timeout;
    for (;;) {
      if (await evaluate(fn)) return;
      if (Date.now() > until) throw new Error(`popup: timed out waiting for ${fn}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const screenshot = async (path) => {
    const { data } = await call('Page.captureScreenshot', { format: 'png' });
    writeFileSync(path, Buffer.from(data, 'base64'));
  };
  const close = async () => {
    await evaluate(() => window.close()).catch(() => {});
    await cdp.detach().catch(() => {});
  };
  return { evaluate, waitFor, screenshot, close };
}
