// The per-browser manifests the build lays out, and the pinned IDs the installer uses.
const test = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const EXT = path.join(__dirname, '..');
const ids = JSON.parse(fs.readFileSync(path.join(EXT, 'ids.json'), 'utf8'));

async function built() {
  const { build } = await import(path.join(EXT, 'tools', 'build.mjs'));
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'st-manifest-'));
  const dirs = { chromium: build('chromium', out), firefox: build('firefox', out) };
  const read = (b) => JSON.parse(fs.readFileSync(path.join(dirs[b], 'manifest.json'), 'utf8'));
  return { out, dirs, chromium: read('chromium'), firefox: read('firefox') };
}

test('the Chromium key gives the pinned Chromium id', async () => {
  const { chromium, out } = await built();
  const der = Buffer.from(chromium.key, 'base64');
  const hex = crypto.createHash('sha256').update(der).digest('hex').slice(0, 32);
  const id = [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
  assert.equal(id, ids.chromium);
  fs.rmSync(out, { recursive: true });
});

test('Chromium runs a service worker; Firefox the same scripts as an event page with its gecko id', async () => {
  const { chromium, firefox, dirs, out } = await built();
  assert.deepEqual(chromium.background, { service_worker: 'sw.js' });
  assert.equal(chromium.browser_specific_settings, undefined);
  assert.equal(firefox.key, undefined);
  assert.equal(firefox.browser_specific_settings.gecko.id, ids.firefox);
  const sw = fs.readFileSync(path.join(dirs.chromium, 'sw.js'), 'utf8');
  const imported = [...sw.matchAll(/"\/([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(imported, firefox.background.scripts);
  for (const b of ['chromium', 'firefox']) {
    const m = b === 'chromium' ? chromium : firefox;
    assert.equal(m.manifest_version, 3);
    assert.ok(m.permissions.includes('nativeMessaging'));
    const files = [...(m.background.scripts || ['sw.js']), ...m.content_scripts.flatMap((c) => [...c.js, ...c.css]),
      m.action.default_popup, m.options_ui.page, ...Object.values(m.icons)];
    for (const f of files) assert.ok(fs.existsSync(path.join(dirs[b], f)), `${b}: ${f}`);
  }
  assert.equal(chromium.storage.managed_schema, 'managed_schema.json');
  fs.rmSync(out, { recursive: true });
});

test('no remote code: every script the pages load is a file of the extension', () => {
  for (const page of ['popup/popup.html', 'options/options.html']) {
    const html = fs.readFileSync(path.join(EXT, page), 'utf8');
    assert.doesNotMatch(html, /<script(?![^>]*src="\.\.\/)/, page);
    assert.doesNotMatch(html, /https?:\/\/[^"]*\.js/, page);
  }
});
