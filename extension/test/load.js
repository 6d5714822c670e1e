// Loads the extension's plain scripts into node, in manifest order, the way a browser
// would: each adds itself to globalThis.SecondThought.
const path = require('node:path');

function load(...files) {
  for (const f of ['shared/ns.js', 'shared/constants.js', ...files]) require(path.join(__dirname, '..', f));
  return globalThis.SecondThought;
}

const SITE_FILES = ['shared/sites.js', 'sites/x.js', 'sites/facebook.js', 'sites/linkedin.js', 'sites/bluesky.js', 'sites/mastodon.js', 'sites/threads.js'];

// A manual clock for timers: setTimeout/clearTimeout plus advance(ms).
function fakeTimers() {
  let now = 0;
  let next = 1;
  const due = new Map();
  return {
    setTimeout(fn, ms) { const id = next++; due.set(id, { at: now + ms, fn }); return id; },
    clearTimeout(id) { due.delete(id); },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        let first = null;
        for (const [id, t] of due) if (t.at <= until && (!first || t.at < first[1].at)) first = [id, t];
        if (!first) break;
        due.delete(first[0]);
        now = first[1].at;
        first[1].fn();
      }
      now = until;
    },
    get pending() { return due.size; },
    now: () => now,
  };
}

module.exports = { load, SITE_FILES, fakeTimers };
