// Content entry: picks this page's site adapter, and while the site is switched on finds
// compose boxes by their framework markers (now and whenever the page adds one), gives
// each a Session, and guards posting. Switched off, nothing is read or sent.
(function (ST) {
  'use strict';
  const api = ST.api;
  const site = ST.sites.forHostname(location.hostname);
  if (!site || globalThis.__secondThoughtStarted) return;
  globalThis.__secondThoughtStarted = true; // a dynamic registration must not start a second copy

  const sessions = new Map(); // editor element -> Session
  let state = null; // {settings, allowLocal, privacyReviews, locked, problems}
  let docObserver = null;
  let active = null;
  let countsSent = '';

  const enabled = () => !!(state && state.settings.sites[site.id]);

  function scan() {
    for (const [editor, s] of sessions) {
      if (!s.isAlive()) {
        s.destroy();
        sessions.delete(editor);
      }
    }
    for (const spec of site.editors) {
      let found = [];
      try { found = document.querySelectorAll(spec.selector); } catch (_) { continue; }
      for (const editor of found) {
        if (sessions.has(editor)) continue;
        sessions.set(editor, new ST.Session(editor, spec, site, env));
      }
    }
  }

  const scanSoon = ST.debounce(scan, 100);

  function start() {
    if (docObserver) return;
    scan();
    docObserver = new MutationObserver(() => scanSoon());
    docObserver.observe(document.documentElement, { childList: true, subtree: true });
    addEventListener('scroll', placeAll, { capture: true, passive: true });
    addEventListener('resize', placeAll, { passive: true });
  }

  function stop() {
    if (!docObserver) return;
    docObserver.disconnect();
    docObserver = null;
    scanSoon.cancel();
    for (const s of sessions.values()) s.destroy();
    sessions.clear();
    removeEventListener('scroll', placeAll, { capture: true });
    removeEventListener('resize', placeAll);
    ST.dialog.close();
    onRendered();
  }

  function placeAll() {
    for (const s of sessions.values()) s.place();
  }

  function onRendered() {
    let count = 0;
    let worstRank = 0;
    let worst = null;
    for (const s of sessions.values()) {
      const ws = s.visibleWarnings();
      count += ws.length;
      const w = ST.severity.worst(ws);
      if (ST.severity.rank(w) > worstRank) {
        worstRank = ST.severity.rank(w);
        worst = w;
      }
    }
    const key = `${count}:${worst}`;
    if (key !== countsSent) {
      countsSent = key;
      ST.port.sendCounts(count, worst);
    }
  }

  const env = {
    site,
    getState: () => state,
    onActive: (s) => { active = s; },
    onRendered,
    enabled,
    holdLevel: () => state.settings.hold,
    sessionForTarget(target) {
      for (const s of sessions.values()) if (s.editor === target || s.editor.contains(target)) return s;
      return null;
    },
    // The compose boxes a post control sends: those in its compose root (a thread has
    // several), else the one the user typed in last.
    sessionsForControl(control) {
      const root = ST.pageContext.composeRootOf(site, control);
      const inRoot = [...sessions.values()].filter((s) => s.isAlive() && root && root.contains(s.editor));
      if (inRoot.length) return inRoot;
      return active && active.isAlive() ? [active] : [];
    },
  };

  async function apply() {
    const wasEnabled = enabled();
    state = await ST.storage.load();
    if (enabled()) {
      start();
      if (wasEnabled) for (const s of sessions.values()) if (s.analysis) s.render();
    } else {
      stop();
    }
  }

  ST.port.onPush((msg) => {
    if (msg.type === 'reanalyze' && enabled()) for (const s of sessions.values()) s.analyze(true);
  });

  api.storage.onChanged.addListener((changes, area) => {
    if (ST.storage.isRelevantChange(changes, area)) apply();
  });

  // Titles may quote the draft (“Patient named: “Mrs …””); the popup gets them without it.
  function bareTitle(title) {
    return String(title || '').replace(/[“"][^”"]*[”"]/g, '').replace(/[\s:–-]+$/, '').trim();
  }

  // The popup asks what this page has found: numbers, categories and titles only.
  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (!msg || msg.type !== 'summary' || sender.id !== api.runtime.id) return false;
    const items = [];
    for (const s of sessions.values()) {
      for (const w of s.visibleWarnings()) items.push({ category: w.category, severity: w.severity, title: bareTitle(w.title) });
    }
    sendResponse({ site: site.id, enabled: enabled(), editors: sessions.size, count: items.length, worst: ST.severity.worst(items), items });
    return false;
  });

  ST.hold.install(env);
  apply();
})(globalThis.SecondThought);
