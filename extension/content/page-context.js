// Reads, from the page and the site's adapter data, what the host needs to know about a
// compose box: its surface (post, reply, comment, message) and the signed-in account.
// Also answers the adapter's "is this the post control / a posting key" questions.
(function (ST) {
  'use strict';

  function safeClosest(el, selector) {
    try { return el.closest(selector); } catch (_) { return null; }
  }

  function ruleMatches(rule, editor, path) {
    if (rule.path && !new RegExp(rule.path).test(path)) return false;
    if (rule.within) {
      const box = safeClosest(editor, rule.within);
      if (!box) return false;
      if (rule.has && !box.querySelector(rule.has)) return false;
    } else if (rule.has && !document.querySelector(rule.has)) {
      return false;
    }
    return true;
  }

  function surfaceOf(site, editor) {
    const path = location.pathname;
    for (const rule of site.surfaces || []) if (ruleMatches(rule, editor, path)) return rule.surface;
    return 'post';
  }

  function lines(el) {
    return (el.innerText || el.textContent || '').split(/\n+/).map((l) => l.trim()).filter(Boolean);
  }

  function accountOf(site) {
    const spec = site.account;
    if (!spec) return undefined;
    let el = null;
    try { el = document.querySelector(spec.selector); } catch (_) { return undefined; }
    if (!el) return undefined;
    const account = {};
    if (spec.read === 'handle-from-href') {
      const m = /^\/(@[\w.]+)/.exec(el.getAttribute('href') || '');
      if (m) account.handle = m[1];
    } else {
      const ls = lines(el);
      const handle = ls.find((l) => /^@[\w.]{1,50}$/.test(l));
      const name = ls.find((l) => !l.startsWith('@'));
      if (name) account.display_name = name.slice(0, 200);
      if (spec.read === 'name-and-handle' && handle) account.handle = handle;
    }
    return Object.keys(account).length ? account : undefined;
  }

  function contextOf(site, editor) {
    const context = { surface: surfaceOf(site, editor) };
    const account = accountOf(site);
    if (account) context.account = account;
    return context;
  }

  // The post control an event target is in, or null.
  function postControlOf(site, target) {
    if (!target || !target.closest) return null;
    for (const pc of site.postControls || []) {
      const el = safeClosest(target, pc.selector);
      if (!el) continue;
      if (pc.text && !new RegExp(pc.text).test((el.textContent || '').trim())) continue;
      return el;
    }
    return null;
  }

  function isPostKey(site, event, surface) {
    if (event.isComposing) return false;
    const mod = event.ctrlKey || event.metaKey;
    return (site.postKeys || []).some((k) =>
      event.key === k.key &&
      (k.mod === undefined || k.mod === mod) &&
      (k.shift === undefined || k.shift === event.shiftKey) &&
      !event.altKey &&
      (!k.surfaces || k.surfaces.includes(surface)));
  }

  // The compose box around an element: the closest adapter-listed root.
  function composeRootOf(site, el) {
    for (const sel of site.composeRoots || []) {
      const root = safeClosest(el, sel);
      if (root) return root;
    }
    return null;
  }

  ST.pageContext = { contextOf, surfaceOf, accountOf, postControlOf, isPostKey, composeRootOf };
})(globalThis.SecondThought);
