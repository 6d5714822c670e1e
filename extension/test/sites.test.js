// Site matching and the adapters' data, checked against the manifest that ships them.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { load, SITE_FILES } = require('./load');
const ST = load(...SITE_FILES);
const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'manifest.base.json'), 'utf8'));

test('hostnames find their site, subdomains included, look-alikes not', () => {
  const id = (h) => (ST.sites.forHostname(h) || {}).id || null;
  assert.equal(id('x.com'), 'x');
  assert.equal(id('mobile.x.com'), 'x');
  assert.equal(id('twitter.com'), 'x');
  assert.equal(id('X.COM.'), 'x');
  assert.equal(id('www.facebook.com'), 'facebook');
  assert.equal(id('web.facebook.com'), 'facebook');
  assert.equal(id('www.linkedin.com'), 'linkedin');
  assert.equal(id('bsky.app'), 'bluesky');
  assert.equal(id('mastodon.social'), 'mastodon');
  assert.equal(id('www.threads.com'), 'threads');
  assert.equal(id('evilx.com'), null);
  assert.equal(id('x.com.evil.example'), null);
  assert.equal(id('notfacebook.com'), null);
  assert.equal(id(''), null);
});

test('every adapter is complete data', () => {
  for (const s of ST.sites.all()) {
    assert.match(s.id, /^[a-z]+$/);
    assert.ok(s.name && s.hostnames.length && s.matches.length, s.id);
    assert.ok(s.editors.length && s.editors.every((e) => e.selector && ['draft', 'lexical', 'quill', 'prosemirror', 'textarea'].includes(e.framework)), s.id);
    assert.ok(s.postControls.length && s.postKeys.length, s.id);
    assert.ok(typeof s.privacyUrl === 'string' && s.privacyUrl, s.id);
    for (const r of s.surfaces) {
      assert.ok(ST.constants.SURFACES.includes(r.surface), `${s.id}: ${r.surface}`);
      if (r.path) new RegExp(r.path); // compiles
    }
  }
});

test('X and Facebook are on by default and in the static content script; the rest ask for permission', () => {
  const staticMatches = new Set(manifest.content_scripts[0].matches);
  const optional = new Set(manifest.optional_host_permissions);
  const granted = new Set(manifest.host_permissions);
  for (const s of ST.sites.all()) {
    for (const m of s.matches) {
      if (s.defaultOn) {
        assert.ok(staticMatches.has(m) && granted.has(m), `${s.id}: ${m}`);
      } else {
        assert.ok(optional.has(m) && !granted.has(m), `${s.id}: ${m}`);
      }
    }
  }
  assert.deepEqual(ST.sites.all().filter((s) => s.defaultOn).map((s) => s.id), ['x', 'facebook']);
});
