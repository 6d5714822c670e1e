// Where settings live: storage.sync ("settings"), storage.managed (policy, optional) and
// storage.local ("allowLocal": the "don't flag this again" list; "privacyReviews":
// site -> time the user last marked the privacy review done). No draft text ever.
(function (ST) {
  'use strict';
  const api = ST.api;

  async function readManaged() {
    try {
      return (await api.storage.managed.get(null)) || {};
    } catch (_) {
      return {}; // no policy, or (Firefox) no managed storage manifest installed
    }
  }

  async function load() {
    const siteDefs = ST.sites.all();
    const [{ settings: raw }, managed, local] = await Promise.all([
      api.storage.sync.get('settings'),
      readManaged(),
      api.storage.local.get(['allowLocal', 'privacyReviews']),
    ]);
    const { settings: repaired, problems } = ST.settings.repair(raw, siteDefs);
    const { settings, locked } = ST.settings.applyPolicy(repaired, managed, siteDefs);
    return {
      settings,
      problems,
      locked,
      allowLocal: ST.settings.cleanTerms(local.allowLocal) || [],
      privacyReviews: local.privacyReviews && typeof local.privacyReviews === 'object' ? local.privacyReviews : {},
    };
  }

  // Saves the user's own values (never the policy's on top) after repairing them.
  async function save(settings) {
    const { settings: clean } = ST.settings.repair(settings, ST.sites.all());
    await api.storage.sync.set({ settings: clean });
    return clean;
  }

  // Writes back the repaired form of what is stored, when it needed repair (an older
  // version's or a hand-edited value), so every context reads valid settings.
  async function repairStored() {
    const { settings: raw } = await api.storage.sync.get('settings');
    if (raw === undefined) return [];
    const { settings, problems } = ST.settings.repair(raw, ST.sites.all());
    if (problems.length) await api.storage.sync.set({ settings });
    return problems;
  }

  async function update(mutator) {
    const { settings: raw } = await api.storage.sync.get('settings');
    const { settings } = ST.settings.repair(raw, ST.sites.all());
    mutator(settings);
    return save(settings);
  }

  async function addLocalAllow(terms) {
    const { allowLocal } = await api.storage.local.get('allowLocal');
    const next = ST.settings.cleanTerms([...(Array.isArray(allowLocal) ? allowLocal : []), ...terms]) || [];
    await api.storage.local.set({ allowLocal: next });
  }

  async function setLocalAllow(terms) {
    await api.storage.local.set({ allowLocal: ST.settings.cleanTerms(terms) || [] });
  }

  async function markPrivacyReviewed(siteId, when) {
    const { privacyReviews } = await api.storage.local.get('privacyReviews');
    const next = { ...(privacyReviews || {}), [siteId]: when };
    await api.storage.local.set({ privacyReviews: next });
  }

  // True when a storage change touches anything load() reads.
  function isRelevantChange(changes, area) {
    if (area === 'managed') return true;
    if (area === 'sync') return 'settings' in changes;
    if (area === 'local') return 'allowLocal' in changes || 'privacyReviews' in changes;
    return false;
  }

  ST.storage = { load, save, update, repairStored, addLocalAllow, setLocalAllow, markPrivacyReviewed, isRelevantChange };
})(globalThis.SecondThought);
