// The one native-messaging client: a single long-lived connectNative port to the host.
// - `hello` then `configure` on every (re)connect; analyses wait until both are sent,
//   and the host answers in order, so every analysis uses the settings in force.
// - Every `analyze` gets a fresh request id; a newer request for the same editor
//   supersedes the older one, and a reply whose id is no longer pending is dropped.
// - Each request times out; when the host exits, all pending requests fail at once and
//   the client reconnects with back-off, or at once when a new request arrives.
// Nothing here logs or keeps the text it sends.
(function (ST) {
  'use strict';
  const DEFAULT_BACKOFF = [500, 1000, 2000, 5000, 10000, 30000];

  // Turn the browser's disconnect reason into a status the popup can explain.
  function classify(message) {
    const m = String(message || '');
    if (/not found|no such native application|manifest/i.test(m)) return 'not_installed';
    if (/forbidden|not allowed|permission/i.test(m)) return 'forbidden';
    if (/exited|terminated|closed|disconnect/i.test(m) || !m) return 'exited';
    return 'error';
  }

  class NativeClient {
    constructor(opts) {
      this.connectFn = opts.connect; // () => Port
      this.getHostSettings = opts.getHostSettings; // () => Promise<settings for configure>
      this.onStatus = opts.onStatus || (() => {});
      this.onConfigured = opts.onConfigured || (() => {});
      this.timers = opts.timers || globalThis;
      this.now = opts.now || (() => Date.now());
      this.timeoutMs = opts.timeoutMs || 10000;
      this.backoff = opts.backoff || DEFAULT_BACKOFF;
      this.pending = new ST.PendingRequests('a', this.timers);
      this.unnumbered = []; // hello/configure, answered in order
      this.latestByKey = new Map();
      this.port = null;
      this.attempt = 0;
      this.retryTimer = null;
      this.lastConnectAt = 0;
      this.gate = null; // resolves once hello and configure have been sent
      this.stats = { sent: 0, answered: 0, stale: 0, reconnects: 0 };
    }

    get connected() {
      return this.port !== null;
    }

    connect() {
      if (this.port) return;
      if (this.retryTimer !== null) {
        this.timers.clearTimeout(this.retryTimer);
        this.retryTimer = null;
      }
      this.lastConnectAt = this.now();
      let port;
      try {
        port = this.connectFn();
      } catch (e) {
        this.down(e && e.message);
        return;
      }
      this.port = port;
      this.onStatus({ state: 'connecting' });
      port.onMessage.addListener((msg) => this.receive(port, msg));
      port.onDisconnect.addListener((p) => {
        // Chromium reports through runtime.lastError, Firefox through port.error.
        const lastError = globalThis.chrome && globalThis.chrome.runtime && globalThis.chrome.runtime.lastError;
        const reason = (p && p.error && p.error.message) || (lastError && lastError.message) || '';
        if (this.port === port) this.down(reason);
      });
      let openGate;
      this.gate = new Promise((resolve) => { openGate = resolve; });
      this.requestUnnumbered({ type: 'hello' }, 'hello').then((hello) => {
        this.attempt = 0;
        this.onStatus({ state: 'connected', hello });
      }, () => {});
      Promise.resolve(this.getHostSettings()).then((settings) => {
        if (this.port !== port) return;
        this.sendConfigure(settings);
        openGate();
      });
    }

    down(reason) {
      this.port = null;
      this.gate = null;
      this.pending.failAll('disconnected', 'the host disconnected');
      for (const u of this.unnumbered.splice(0)) {
        this.timers.clearTimeout(u.timer);
        u.reject(Object.assign(new Error('disconnected'), { code: 'disconnected' }));
      }
      this.latestByKey.clear();
      const state = classify(reason);
      this.onStatus({ state, reason: String(reason || '') });
      const delay = this.backoff[Math.min(this.attempt, this.backoff.length - 1)];
      this.attempt++;
      this.stats.reconnects++;
      this.retryTimer = this.timers.setTimeout(() => {
        this.retryTimer = null;
        this.connect();
      }, delay);
    }

    post(msg) {
      try {
        this.port.postMessage(msg);
        return true;
      } catch (e) {
        if (this.port) this.down(e && e.message);
        return false;
      }
    }

    requestUnnumbered(msg, expect) {
      return new Promise((resolve, reject) => {
        const entry = { expect, resolve, reject, timer: null };
        entry.timer = this.timers.setTimeout(() => {
          const i = this.unnumbered.indexOf(entry);
          if (i >= 0) this.unnumbered.splice(i, 1);
          reject(Object.assign(new Error('timeout'), { code: 'timeout' }));
        }, this.timeoutMs);
        this.unnumbered.push(entry);
        if (!this.post(msg)) return;
      });
    }

    sendConfigure(settings) {
      this.requestUnnumbered({ type: 'configure', settings }, 'configured').then(
        (reply) => this.onConfigured(reply.settings || null, null),
        (err) => this.onConfigured(null, err),
      );
    }

    // Settings changed: configure the running host (a new one gets them on connect).
    configure(settings) {
      if (this.port && this.gate) this.gate.then(() => this.port && this.sendConfigure(settings));
    }

    receive(port, msg) {
      if (port !== this.port || !msg || typeof msg !== 'object') return;
      const hasId = typeof msg.id === 'string' && msg.id !== '';
      if (msg.type === 'analysis' || (msg.type === 'error' && hasId)) {
        const ok = msg.type === 'analysis'
          ? this.pending.settle(msg.id, msg)
          : this.pending.fail(msg.id, 'host_error', msg.code || 'error');
        if (ok) this.stats.answered++;
        else this.stats.stale++;
        return;
      }
      const head = this.unnumbered[0];
      if (head && (msg.type === head.expect || msg.type === 'error')) {
        this.unnumbered.shift();
        this.timers.clearTimeout(head.timer);
        if (msg.type === 'error') head.reject(Object.assign(new Error(msg.code || 'error'), { code: 'host_error', reply: msg }));
        else head.resolve(msg);
        return;
      }
      this.stats.stale++;
    }

    // -> Promise<analysis>; rejects with code 'superseded', 'timeout', 'disconnected',
    // 'host_error' or 'unavailable'. `key` names the editor, so only its newest counts.
    async analyze(payload, key) {
      if (!this.port && this.now() - this.lastConnectAt > 250) this.connect();
      if (!this.port) throw Object.assign(new Error('unavailable'), { code: 'unavailable' });
      const previous = key && this.latestByKey.get(key);
      if (previous) this.pending.fail(previous, 'superseded');
      const { id, promise } = this.pending.add(this.timeoutMs);
      if (key) this.latestByKey.set(key, id);
      const gate = this.gate;
      gate.then(() => {
        if (!this.pending.has(id)) return;
        this.stats.sent++;
        this.post({ type: 'analyze', id, ...payload });
      });
      try {
        return await promise;
      } finally {
        if (key && this.latestByKey.get(key) === id) this.latestByKey.delete(key);
      }
    }
  }

  ST.NativeClient = NativeClient;
  ST.classifyDisconnect = classify;
})(globalThis.SecondThought);
