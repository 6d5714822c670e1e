// The user's settings: defaults, validation and repair, and the part the host gets.
// Everything here is pure so node's test runner covers it (extension/test/settings.test.js).
(function (ST) {
  'use strict';
  const C = ST.constants;
  const MAX_TERMS = 200;
  const MAX_TERM_LENGTH = 100;
  const MAX_NAME_LENGTH = 120;
  const MAX_REMINDER_DAYS = 3650;

  function defaults(siteDefs) {
    const sites = {};
    for (const s of siteDefs || []) sites[s.id] = !!s.defaultOn;
    const categories = {};
    for (const c of C.CATEGORIES) categories[c] = true;
    return {
      version: 1,
      profile: 'gmc',
      identity: { real_name: '' },
      categories,
      sensitivity: 'balanced',
      watch_terms: [],
      allow_terms: [],
      hold: 'high',
      sites,
      privacy_reminder_days: 90,
    };
  }

  const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

  function cleanTerms(v) {
    if (!Array.isArray(v)) return null;
    const seen = new Set();
    const out = [];
    for (const t of v) {
      if (typeof t !== 'string') continue;
      const term = t.trim().replace(/\s+/g, ' ').slice(0, MAX_TERM_LENGTH);
      const key = term.toLowerCase();
      if (!term || seen.has(key)) continue;
      seen.add(key);
      out.push(term);
      if (out.length >= MAX_TERMS) break;
    }
    return out;
  }

  // Returns {settings, problems}: settings always complete and valid; problems lists
  // each field that had to be repaired (shown on the options page, never fatal).
  function repair(raw, siteDefs) {
    const d = defaults(siteDefs);
    const problems = [];
    const src = isObj(raw) ? raw : {};
    if (raw !== undefined && raw !== null && !isObj(raw)) problems.push('settings');
    const out = d;
    const pick = (key, ok, value) => {
      if (!(key in src)) return;
      if (ok) out[key] = value;
      else problems.push(key);
    };
    pick('profile', C.PROFILES.includes(src.profile), src.profile);
    if ('identity' in src) {
      const name = isObj(src.identity) ? src.identity.real_name : undefined;
      if (typeof name === 'string') out.identity.real_name = name.trim().replace(/\s+/g, ' ').slice(0, MAX_NAME_LENGTH);
      else problems.push('identity');
    }
    if ('categories' in src) {
      if (isObj(src.categories)) {
        for (const c of C.CATEGORIES) {
          if (!(c in src.categories)) continue;
          if (typeof src.categories[c] === 'boolean') out.categories[c] = src.categories[c];
          else problems.push('categories.' + c);
        }
      } else problems.push('categories');
    }
    pick('sensitivity', C.SENSITIVITIES.includes(src.sensitivity), src.sensitivity);
    for (const key of ['watch_terms', 'allow_terms']) {
      if (!(key in src)) continue;
      const terms = cleanTerms(src[key]);
      if (terms) out[key] = terms;
      else problems.push(key);
    }
    pick('hold', C.HOLD_LEVELS.includes(src.hold), src.hold);
    if ('sites' in src) {
      if (isObj(src.sites)) {
        for (const id of Object.keys(out.sites)) {
          if (!(id in src.sites)) continue;
          if (typeof src.sites[id] === 'boolean') out.sites[id] = src.sites[id];
          else problems.push('sites.' + id);
        }
      } else problems.push('sites');
    }
    if ('privacy_reminder_days' in src) {
      const n = src.privacy_reminder_days;
      if (Number.isInteger(n) && n >= 0 && n <= MAX_REMINDER_DAYS) out.privacy_reminder_days = n;
      else problems.push('privacy_reminder_days');
    }
    return { settings: out, problems };
  }

  // Policy (storage.managed) wins over the user's values; the keys it sets are locked.
  function applyPolicy(settings, managed, siteDefs) {
    if (!isObj(managed) || !Object.keys(managed).length) return { settings, locked: [] };
    const { settings: fromPolicy } = repair(managed, siteDefs);
    const out = structuredCloneSafe(settings);
    const locked = [];
    for (const key of Object.keys(managed)) {
      if (!(key in fromPolicy) || key === 'version') continue;
      if (isObj(managed[key]) && isObj(out[key])) {
        for (const sub of Object.keys(managed[key])) {
          if (sub in fromPolicy[key]) {
            out[key][sub] = fromPolicy[key][sub];
            locked.push(key + '.' + sub);
          }
        }
      } else {
        out[key] = fromPolicy[key];
        locked.push(key);
      }
    }
    return { settings: out, locked };
  }

  function structuredCloneSafe(v) {
    return JSON.parse(JSON.stringify(v));
  }

  // What `configure` carries (protocol v1). The local "don't flag this again" list joins
  // the user's allow terms here, and only here.
  function forHost(settings, localAllow) {
    return {
      profile: settings.profile,
      identity: { real_name: settings.identity.real_name },
      categories: { ...settings.categories },
      sensitivity: settings.sensitivity,
      watch_terms: [...settings.watch_terms],
      allow_terms: cleanTerms([...settings.allow_terms, ...(localAllow || [])]) || [],
    };
  }

  ST.settings = { defaults, repair, applyPolicy, forHost, cleanTerms, MAX_TERMS, MAX_TERM_LENGTH };
})(globalThis.SecondThought);
