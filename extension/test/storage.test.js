// Where settings are read from and written to, over a fake storage API: policy on top,
// repair written back, the local allow list and privacy reviews kept apart.
const test = require('node:test');
const assert = require('node:assert/strict');

function area(initial, failing) {
  const data = { ...initial };
  return {
    data,
    async get(keys) {
      if (failing) throw new Error('Managed storage manifest not found');
      if (keys === null || keys === undefined) return { ...data };
      const out = {};
      for (const k of [].concat(keys)) if (k in data) out[k] = data[k];
      return out;
    },
    async set(items) { Object.assign(data, JSON.parse(JSON.stringify(items))); },
  };
}

function withApi(sync, managed, local, managedFails) {
  globalThis.chrome = { storage: { sync: area(sync), managed: area(managed, managedFails), local: area(local) } };
  for (const k of Object.keys(require.cache)) if (k.includes('/extension/')) delete require.cache[k];
  delete globalThis.SecondThought;
  const { load, SITE_FILES } = require('./load');
  return load('shared/settings.js', 'shared/storage.js', ...SITE_FILES);
}

test('load: stored values, repaired; policy on top and locked; local lists apart', async () => {
  const ST = withApi(
    { settings: { profile: 'nmc', hold: 'sometimes', sites: { x: false } } },
    { sites: { x: true }, categories: { conduct: false } },
    { allowLocal: ['Okafor', 'okafor', 3], privacyReviews: { x: 123 } },
  );
  const s = await ST.storage.load();
  assert.equal(s.settings.profile, 'nmc');
  assert.equal(s.settings.hold, 'high');
  assert.deepEqual(s.problems, ['hold']);
  assert.equal(s.settings.sites.x, true, 'policy wins');
  assert.equal(s.settings.categories.conduct, false);
  assert.deepEqual(s.locked.sort(), ['categories.conduct', 'sites.x']);
  assert.deepEqual(s.allowLocal, ['Okafor']);
  assert.deepEqual(s.privacyReviews, { x: 123 });
});

test('no managed storage (Firefox without a policy) is no policy', async () => {
  const ST = withApi({}, {}, {}, true);
  const s = await ST.storage.load();
  assert.deepEqual(s.locked, []);
  assert.equal(s.settings.profile, 'gmc');
});

test('repairStored writes back only when something needed repair', async () => {
  let ST = withApi({ settings: { profile: 'nmc', sensitivity: 'max' } }, {}, {});
  assert.deepEqual(await ST.storage.repairStored(), ['sensitivity']);
  assert.equal(chrome.storage.sync.data.settings.sensitivity, 'balanced');
  assert.equal(chrome.storage.sync.data.settings.profile, 'nmc');
  ST = withApi({}, {}, {});
  assert.deepEqual(await ST.storage.repairStored(), []);
  assert.equal(chrome.storage.sync.data.settings, undefined, 'nothing stored stays nothing stored');
});

test('the allow list from "don\'t flag this again" grows in storage.local, de-duplicated', async () => {
  const ST = withApi({}, {}, { allowLocal: ['Mrs Okafor'] });
  await ST.storage.addLocalAllow(['mrs okafor', '943 476 5919']);
  assert.deepEqual(chrome.storage.local.data.allowLocal, ['Mrs Okafor', '943 476 5919']);
  assert.equal(chrome.storage.sync.data.settings, undefined, 'never synced');
  await ST.storage.markPrivacyReviewed('facebook', 42);
  assert.deepEqual(chrome.storage.local.data.privacyReviews, { facebook: 42 });
});
