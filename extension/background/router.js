// The background's one message router.
// - Content scripts connect a port named SESSION_PORT and send `analyze` over it; the
//   text goes to the native client and nowhere else. The port also carries `reanalyze`
//   back when new settings are in force, and `counts` (numbers only) for the toolbar badge.
// - The popup and options pages use runtime.sendMessage for status and reconnect; they
//   never receive draft text (they register no onConnect/onMessage listeners).
(function (ST) {
  'use strict';
  const api = ST.api;
  const C = ST.constants;
  const ports = new Set();
  let nextPortId = 1;
  const MAX_TEXT = 200000;
  const BADGE_COLOURS = { high: '#b3261e', medium: '#b36200', low: '#3a5f9e' };

  function validAnalyze(msg) {
    return typeof msg.text === 'string' && msg.text.length <= MAX_TEXT &&
      Number.isInteger(msg.req) && typeof msg.editor === 'string';
  }

  function cleanContext(ctx) {
    if (!ctx || typeof ctx !== 'object') return undefined;
    const out = {};
    if (C.SURFACES.includes(ctx.surface)) out.surface = ctx.surface;
    const a = ctx.account;
    if (a && typeof a === 'object') {
      const account = {};
      if (typeof a.display_name === 'string' && a.display_name) account.display_name = a.display_name.slice(0, 200);
      if (typeof a.handle === 'string' && a.handle) account.handle = a.handle.slice(0, 100);
      if (Object.keys(account).length) out.account = account;
    }
    return out;
  }

  function onSessionMessage(port, msg) {
    if (!msg || typeof msg !== 'object') return;
    if (msg.type === 'analyze' && validAnalyze(msg)) {
      const payload = { text: msg.text };
      if (typeof msg.site === 'string') payload.site = msg.site;
      const context = cleanContext(msg.context);
      if (context) payload.context = context;
      ST.client.analyze(payload, `${port.stId}:${msg.editor}`).then(
        (analysis) => reply(port, { type: 'result', req: msg.req, ok: true, analysis: { warnings: analysis.warnings || [], truncated: !!analysis.truncated } }),
        (err) => reply(port, { type: 'result', req: msg.req, ok: false, error: err.code || 'error', status: ST.hostStatus.get().state }),
      );
    } else if (msg.type === 'counts') {
      setBadge(port, msg);
    }
  }

  function reply(port, msg) {
    if (!ports.has(port)) return;
    try { port.postMessage(msg); } catch (_) { ports.delete(port); }
  }

  function setBadge(port, msg) {
    const tabId = port.sender && port.sender.tab && port.sender.tab.id;
    if (tabId === undefined || !api.action) return;
    const count = Number.isInteger(msg.count) && msg.count > 0 ? msg.count : 0;
    api.action.setBadgeText({ tabId, text: count ? String(count) : '' }).catch(() => {});
    if (count) api.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[msg.worst] || BADGE_COLOURS.low }).catch(() => {});
  }

  function broadcast(msg) {
    for (const port of ports) reply(port, msg);
  }

  api.runtime.onConnect.addListener((port) => {
    if (port.name !== C.SESSION_PORT) return;
    if (port.sender && port.sender.id !== api.runtime.id) return port.disconnect();
    port.stId = nextPortId++;
    ports.add(port);
    port.onMessage.addListener((msg) => onSessionMessage(port, msg));
    port.onDisconnect.addListener(() => ports.delete(port));
  });

  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    // Extension pages only (popup, options): content scripts talk over their port.
    if (!sender || sender.id !== api.runtime.id || !String(sender.url || '').startsWith(api.runtime.getURL(''))) return false;
    if (msg && msg.type === 'status') {
      sendResponse(ST.hostStatus.get());
      return false;
    }
    if (msg && msg.type === 'reconnect') {
      ST.client.connect();
      sendResponse(ST.hostStatus.get());
      return false;
    }
    return false;
  });

  ST.router = { broadcast };
})(globalThis.SecondThought);
