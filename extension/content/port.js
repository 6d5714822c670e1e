// The content script's channel to the background: one runtime port per page, opened
// when first needed and reopened after the background restarts. Requests carry a number
// and resolve with the matching `result`; `reanalyze` pushes go to the listeners.
(function (ST) {
  'use strict';
  const api = ST.api;
  let port = null;
  const pending = new ST.PendingRequests('', globalThis);
  const pushListeners = [];
  let seq = 1;

  function open() {
    if (port) return port;
    port = api.runtime.connect({ name: ST.constants.SESSION_PORT });
    port.onMessage.addListener((msg) => {
      if (!msg || typeof msg !== 'object') return;
      if (msg.type === 'result') pending.settle(String(msg.req), msg);
      else for (const fn of pushListeners) fn(msg);
    });
    port.onDisconnect.addListener(() => {
      port = null;
      pending.failAll('disconnected');
    });
    return port;
  }

  // -> Promise<{ok, analysis} | {ok:false, error, status}>
  function analyze(editorKey, text, site, context, timeoutMs) {
    const req = seq++;
    const { promise } = pending.add(timeoutMs || 15000, String(req));
    try {
      open().postMessage({ type: 'analyze', req, editor: editorKey, text, site, context });
    } catch (_) {
      port = null;
      pending.fail(String(req), 'disconnected');
    }
    return promise.catch((err) => ({ ok: false, error: err.code || 'error' }));
  }

  function sendCounts(count, worst) {
    try { open().postMessage({ type: 'counts', count, worst }); } catch (_) { port = null; }
  }

  ST.port = { analyze, sendCounts, onPush: (fn) => pushListeners.push(fn) };
})(globalThis.SecondThought);
