// Every extension script adds to one namespace per context (background, each page's
// content scripts, popup, options), so files stay small and load in manifest order.
// `api` is the promise-based WebExtension API: `browser` in Firefox, `chrome` elsewhere.
(function () {
  'use strict';
  const ST = (globalThis.SecondThought = globalThis.SecondThought || {});
  ST.api = globalThis.browser || globalThis.chrome || null;
})();
