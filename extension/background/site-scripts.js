// Sites that are off by default (LinkedIn, Bluesky, Mastodon, Threads) get their
// content scripts registered at run time, only while the user has them switched on and
// has granted that site's permission. X and Facebook use the manifest's content script.
(function (ST) {
  'use strict';
  const api = ST.api;
  const PREFIX = 'secondthought-site-';

  function contentFiles() {
    const cs = api.runtime.getManifest().content_scripts[0];
    return { js: cs.js, css: cs.css || [] };
  }

  async function sync(settings) {
    if (!api.scripting || !api.scripting.registerContentScripts) return;
    const files = contentFiles();
    let registered = [];
    try {
      registered = await api.scripting.getRegisteredContentScripts();
    } catch (_) { /* older browsers: treat as none */ }
    const have = new Set(registered.map((r) => r.id));
    for (const site of ST.sites.all()) {
      if (site.defaultOn && isStatic(site)) continue;
      const id = PREFIX + site.id;
      let granted = false;
      try {
        granted = await api.permissions.contains({ origins: site.matches });
      } catch (_) { granted = false; }
      const want = !!settings.sites[site.id] && granted;
      try {
        if (want && !have.has(id)) {
          await api.scripting.registerContentScripts([{
            id, matches: site.matches, js: files.js, css: files.css, runAt: 'document_idle', persistAcrossSessions: true,
          }]);
        } else if (!want && have.has(id)) {
          await api.scripting.unregisterContentScripts({ ids: [id] });
        }
      } catch (_) { /* a concurrent sync did it already */ }
    }
  }

  // The manifest's static content script already covers these sites.
  function isStatic(site) {
    const staticMatches = new Set(api.runtime.getManifest().content_scripts[0].matches);
    return site.matches.every((m) => staticMatches.has(m));
  }

  ST.siteScripts = { sync };
})(globalThis.SecondThought);
