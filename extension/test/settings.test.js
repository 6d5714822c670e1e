// Settings: defaults, validation and repair, policy, and what the host is sent.
const test = require('node:test');
const assert = require('node:assert/strict');
const { load, SITE_FILES } = require('./load');
const ST = load('shared/settings.js', ...SITE_FILES);
const sites = ST.sites.all();

test('defaults: GMC, every category on, X and Facebook on, the others off', () => {
  const d = ST.settings.defaults(sites);
  assert.equal(d.profile, 'gmc');
  assert.equal(d.hold, 'high');
  assert.equal(d.sensitivity, 'balanced');
  assert.equal(d.privacy_reminder_days, 90);
  assert.ok(Object.values(d.categories).every(Boolean));
  assert.deepEqual(d.sites, { x: true, facebook: true, linkedin: false, bluesky: false, mastodon: false, threads: false });
});

test('nothing stored gives the defaults with no problems', () => {
  const { settings, problems } = ST.settings.repair(undefined, sites);
  assert.deepEqual(settings, ST.settings.defaults(sites));
  assert.deepEqual(problems, []);
});

test('valid values are kept', () => {
  const { settings, problems } = ST.settings.repair({
    profile: 'nmc', identity: { real_name: '  Hannah   Lewis ' }, categories: { conduct: false },
    sensitivity: 'strict', hold: 'any', sites: { linkedin: true }, privacy_reminder_days: 0,
    watch_terms: ['St Elsewhere', 'st elsewhere', ' ', 7], allow_terms: ['Okafor'],
  }, sites);
  assert.deepEqual(problems, []);
  assert.equal(settings.profile, 'nmc');
  assert.equal(settings.identity.real_name, 'Hannah Lewis');
  assert.equal(settings.categories.conduct, false);
  assert.equal(settings.categories.confidentiality, true);
  assert.equal(settings.hold, 'any');
  assert.equal(settings.sites.linkedin, true);
  assert.equal(settings.privacy_reminder_days, 0);
  assert.deepEqual(settings.watch_terms, ['St Elsewhere'], 'trimmed, de-duplicated ignoring case, non-strings dropped');
});

test('invalid values are repaired to the default and reported', () => {
  const { settings, problems } = ST.settings.repair({
    profile: 'xyz', identity: 'me', categories: { conduct: 'no', made_up: true }, sensitivity: 3,
    hold: null, sites: { x: 'yes', nosuch: true }, privacy_reminder_days: -5, watch_terms: 'a,b', unknown: 1,
  }, sites);
  const d = ST.settings.defaults(sites);
  assert.deepEqual(settings, d);
  assert.deepEqual(problems.sort(), ['categories.conduct', 'hold', 'identity', 'privacy_reminder_days', 'profile', 'sensitivity', 'sites.x', 'watch_terms'].sort());
  assert.deepEqual(ST.settings.repair('garbage', sites).problems, ['settings']);
});

test('term lists are capped in count and length', () => {
  const many = Array.from({ length: 500 }, (_, i) => `term ${i}`);
  const { settings } = ST.settings.repair({ allow_terms: many, watch_terms: ['x'.repeat(1000)] }, sites);
  assert.equal(settings.allow_terms.length, ST.settings.MAX_TERMS);
  assert.equal(settings.watch_terms[0].length, ST.settings.MAX_TERM_LENGTH);
});

test('policy values win and are reported as locked', () => {
  const user = ST.settings.repair({ profile: 'gdc', hold: 'never', sites: { x: true } }, sites).settings;
  const { settings, locked } = ST.settings.applyPolicy(user, { profile: 'nmc', sites: { x: false }, hold: 'bogus' }, sites);
  assert.equal(settings.profile, 'nmc');
  assert.equal(settings.sites.x, false);
  assert.equal(settings.sites.facebook, true);
  assert.equal(settings.hold, 'high', 'an invalid policy value falls back to the default, still locked');
  assert.deepEqual(locked.sort(), ['hold', 'profile', 'sites.x']);
  assert.equal(user.profile, 'gdc', 'the user value itself is not changed');
  assert.deepEqual(ST.settings.applyPolicy(user, {}, sites), { settings: user, locked: [] });
});

test('the host gets protocol v1 settings, with the local allow list merged in', () => {
  const s = ST.settings.repair({ allow_terms: ['Okafor'], watch_terms: ['Ward 9'], identity: { real_name: 'A B' } }, sites).settings;
  const h = ST.settings.forHost(s, ['okafor', 'Bed 4']);
  assert.deepEqual(Object.keys(h).sort(), ['allow_terms', 'categories', 'identity', 'profile', 'sensitivity', 'watch_terms']);
  assert.deepEqual(h.allow_terms, ['Okafor', 'Bed 4']);
  assert.deepEqual(h.identity, { real_name: 'A B' });
  assert.equal(h.hold, undefined, 'extension-only settings stay in the extension');
});
