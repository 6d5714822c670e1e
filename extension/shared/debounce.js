// Trailing-edge debounce with flush/cancel; timers are injectable for tests.
(function (ST) {
  'use strict';
  function debounce(fn, ms, timers) {
    const t = timers || globalThis;
    let handle = null;
    let lastArgs = null;
    function run() {
      handle = null;
      const args = lastArgs;
      lastArgs = null;
      return fn(...args);
    }
    function debounced(...args) {
      lastArgs = args;
      if (handle !== null) t.clearTimeout(handle);
      handle = t.setTimeout(run, ms);
    }
    debounced.flush = () => {
      if (handle === null) return undefined;
      t.clearTimeout(handle);
      return run();
    };
    debounced.cancel = () => {
      if (handle !== null) t.clearTimeout(handle);
      handle = null;
      lastArgs = null;
    };
    debounced.pending = () => handle !== null;
    return debounced;
  }
  ST.debounce = debounce;
})(globalThis.SecondThought);
