// Outstanding requests by id, each with a timeout. A reply whose id is no longer
// pending (timed out, superseded, or from before a reconnect) is stale: settle() returns
// false and the caller drops it.
(function (ST) {
  'use strict';
  class PendingRequests {
    constructor(prefix, timers) {
      this.prefix = prefix;
      this.timers = timers || globalThis;
      this.next = 1;
      this.map = new Map();
    }

    newId() {
      return `${this.prefix}${this.next++}`;
    }

    // Returns {id, promise}; the promise resolves with the reply or rejects with an
    // Error whose `code` is 'timeout', 'superseded' or what failAll() was given.
    add(timeoutMs, id) {
      const rid = id || this.newId();
      let entry;
      const promise = new Promise((resolve, reject) => {
        entry = { resolve, reject, timer: null };
      });
      entry.timer = this.timers.setTimeout(() => this.fail(rid, 'timeout'), timeoutMs);
      this.map.set(rid, entry);
      return { id: rid, promise };
    }

    has(id) {
      return this.map.has(id);
    }

    get size() {
      return this.map.size;
    }

    settle(id, value) {
      const entry = this.map.get(id);
      if (!entry) return false;
      this.map.delete(id);
      this.timers.clearTimeout(entry.timer);
      entry.resolve(value);
      return true;
    }

    fail(id, code, message) {
      const entry = this.map.get(id);
      if (!entry) return false;
      this.map.delete(id);
      this.timers.clearTimeout(entry.timer);
      const err = new Error(message || code);
      err.code = code;
      entry.reject(err);
      return true;
    }

    failAll(code, message) {
      for (const id of [...this.map.keys()]) this.fail(id, code, message);
    }
  }
  ST.PendingRequests = PendingRequests;
})(globalThis.SecondThought);
