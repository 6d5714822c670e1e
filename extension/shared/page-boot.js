// Loads, in order, the shared scripts that the extension's own pages (popup, options)
// need, then the page's main script named by data-main. One list instead of a copy in
// every page; extension pages may load their own files this way (no inline code).
(function () {
  'use strict';
  const me = document.currentScript;
  const files = [
    'shared/ns.js', 'shared/constants.js', 'shared/settings.js', 'shared/storage.js', 'shared/sites.js',
    'sites/x.js', 'sites/facebook.js', 'sites/linkedin.js', 'sites/bluesky.js', 'sites/mastodon.js', 'sites/threads.js',
    'shared/severity.js', 'shared/reminders.js',
  ];
  const base = new URL('../', me.src);
  for (const f of [...files.map((f) => new URL(f, base).href), new URL(me.dataset.main, document.baseURI).href]) {
    const s = document.createElement('script');
    s.src = f;
    s.async = false; // keep the order
    document.head.appendChild(s);
  }
})();
