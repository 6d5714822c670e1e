// The registry of site adapters. Each site is described as data in sites/<id>.js; this
// file only stores them and answers "which site is this hostname".
(function (ST) {
  'use strict';
  const defs = [];

  function register(def) {
    defs.push(Object.freeze(def));
  }

  function normalise(hostname) {
    return String(hostname || '').toLowerCase().replace(/\.$/, '');
  }

  // A site's hostname matches itself and its subdomains (x.com matches mobile.x.com),
  // never a look-alike suffix (evilx.com).
  function matchHostname(def, hostname) {
    const h = normalise(hostname);
    return def.hostnames.some((base) => h === base || h.endsWith('.' + base));
  }

  function forHostname(hostname, list) {
    return (list || defs).find((d) => matchHostname(d, hostname)) || null;
  }

  ST.sites = {
    register,
    all: () => defs.slice(),
    byId: (id) => defs.find((d) => d.id === id) || null,
    forHostname,
    matchHostname,
  };
})(globalThis.SecondThought);
