// Every end-to-end scenario, written once and run in Chromium (Playwright) and Firefox
// (puppeteer) against the real host binary, on fixture pages built on the real draft-js
// (X) and lexical (Facebook) served under their real hostnames.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from '../../../extension/tools/build.mjs';
import { openActionPopup } from './action-popup.mjs';
import { launch } from './browsers.mjs';
import { checkJson, hostPids, installHostCopy, ROOT } from './host.mjs';
import * as P from './page.mjs';
import { startServer } from './server.mjs';

export const OUTPUT = join(ROOT, 'tests/e2e/output');
const X_EDITOR = '[data-testid="tweetTextarea_0"] .public-DraftEditor-content';
const X_REPLY_EDITOR = '[role="dialog"] .public-DraftEditor-content';
const FB_COMPOSER = '#composer';
const FB_COMMENT = '#comment';
// A patient's title and name, and an NHS number that passes the modulus-11 check, after
// an emoji (two UTF-16 code units) so every offset after it is shifted by 2. (Not as the
// first character: Draft.js in Firefox breaks on an emoji typed into an empty editor.)
const RISKY = 'Busy clinic 👋 Saw Mrs Okafor today, NHS no 943 476 5919';
const CLEAN = 'parkrun PB this morning, 24:51! Legs have filed a formal complaint.';
const SELF_ID = "As a GP I'm begging you: stop asking for antibiotics for viral sore throats. #AMR";

// The spans the host itself reports for a text, as {start, text}, for comparison with
// what the browser painted.
function expectedSpans(hostPath, text, args) {
  const analysis = checkJson(hostPath, text, args);
  const seen = new Map();
  for (const w of analysis.warnings) {
    for (const s of w.spans) seen.set(`${s.start}:${s.end}`, { start: s.start, text: text.slice(s.start, s.end) });
  }
  return [...seen.values()].sort((a, b) => a.start - b.start);
}

// Waits until the compose box shows the analysis of exactly `text`.
function waitForAnalysisOf(d, page, text) {
  return d.waitFor(page, (n) => [...document.querySelectorAll('secondthought-ui')]
    .some((h) => h.getAttribute('data-chars') === String(n)), text.length);
}

async function freshPage(d, host, path, editor) {
  const page = d.page;
  await page.goto(d.siteUrl(host, path));
  await page.waitForSelector(editor);
  return page;
}

export function scenarios(kind) {
  const shot = (page, name) => page.screenshot({ path: join(OUTPUT, `${kind}-${name}.png`) });

  describe(`${kind}: with the host installed`, { concurrency: false }, () => {
    let dir;
    let server;
    let hostPath;
    let d;

    before(async () => {
      mkdirSync(OUTPUT, { recursive: true });
      dir = mkdtempSync(join(tmpdir(), `secondthought-e2e-${kind}-`));
      mkdirSync(join(dir, 'site'));
      server = await startServer(join(dir, 'site'));
      hostPath = installHostCopy(dir);
      const extDir = build(kind, join(dir, 'ext'));
      d = await launch[kind]({ extDir, dir, port: server.port, hostPath });
    });

    after(async () => {
      if (d) await d.close();
      if (server) await server.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('shows warnings while typing, and highlights exactly the flagged characters after an emoji', async () => {
      const page = await freshPage(d, 'x.com', '/home', X_EDITOR);
      await P.typeInto(d, page, X_EDITOR, RISKY);
      await P.waitForCategory(d, page, 'confidentiality');
      await waitForAnalysisOf(d, page, RISKY);
      const ws = await P.warnings(page);
      assert.ok(ws.some((w) => w.category === 'confidentiality' && w.severity === 'high'), JSON.stringify(ws));

      const expected = expectedSpans(hostPath, RISKY, ['--site', 'x.com']);
      assert.ok(expected.length >= 2, 'the host flags the name and the number');
      const painted = (await P.highlights(page, X_EDITOR)).map(({ start, text, inEditor }) => ({ start, text, inEditor }));
      assert.deepEqual(painted, expected.map((e) => ({ ...e, inEditor: true })));
      const number = painted.find((h) => h.text === '943 476 5919');
      assert.ok(number, 'the NHS number is highlighted');
      assert.equal(number.start, RISKY.indexOf('943'), 'offset counts the emoji as two UTF-16 units');

      // Keyboard: Alt+Shift+W from the editor opens the panel with focus in it; Escape
      // closes it and leaves focus on the badge.
      await d.chord(page, ['Alt', 'Shift', 'KeyW']);
      await d.waitFor(page, () => {
        const root = document.querySelector('secondthought-ui').shadowRoot;
        return !root.querySelector('.panel').hidden && root.querySelector('.panel').contains(root.activeElement);
      });
      assert.equal(await P.editorText(page, X_EDITOR), RISKY, 'the shortcut typed nothing');
      await shot(page, 'x-panel');
      await page.keyboard.press('Escape');
      await d.waitFor(page, () => {
        const root = document.querySelector('secondthought-ui').shadowRoot;
        return root.querySelector('.panel').hidden && root.activeElement === root.querySelector('button.badge');
      });
    });

    it("leaves the editor's text, caret and undo history untouched", async () => {
      const page = await freshPage(d, 'x.com', '/home', X_EDITOR);
      await P.typeInto(d, page, X_EDITOR, RISKY);
      await P.waitForCategory(d, page, 'confidentiality');
      assert.equal(await P.editorText(page, X_EDITOR), RISKY);
      assert.equal(await page.evaluate((sel) => document.querySelector(sel).querySelectorAll('mark, [data-secondthought], secondthought-ui').length, X_EDITOR), 0);
      await page.keyboard.type(' ok'); // the caret is still at the end
      await d.waitFor(page, ([sel, t]) => document.querySelector(sel).innerText.replace(/\n$/, '') === t, [X_EDITOR, RISKY + ' ok']);
      await d.chord(page, ['Control', 'z']);
      await d.waitFor(page, ([sel, t]) => document.querySelector(sel).innerText.replace(/\n$/, '') !== t, [X_EDITOR, RISKY + ' ok']);
      const undone = await P.editorText(page, X_EDITOR);
      assert.ok((RISKY + ' ok').startsWith(undone) && undone.length < RISKY.length + 3, `undo gave ${JSON.stringify(undone)}`);
      await d.chord(page, ['Control', 'Shift', 'z']);
      await d.waitFor(page, ([sel, t]) => document.querySelector(sel).innerText.replace(/\n$/, '') === t, [X_EDITOR, RISKY + ' ok']);
      await waitForAnalysisOf(d, page, RISKY + ' ok');
      const painted = (await P.highlights(page, X_EDITOR)).map(({ start, text }) => ({ start, text }));
      assert.deepEqual(painted, expectedSpans(hostPath, RISKY + ' ok', ['--site', 'x.com']));
    });

    it('holds a risky post; "Post anyway" sends it exactly once', async () => {
      const page = await freshPage(d, 'x.com', '/home', X_EDITOR);
      await P.watchDialogs(page);
      await P.typeInto(d, page, X_EDITOR, RISKY);
      await P.waitForCategory(d, page, 'confidentiality');
      await waitForAnalysisOf(d, page, RISKY);
      await P.clickSelector(page, '[data-testid="tweetButton"]');
      await d.waitFor(page, () => !!document.querySelector('secondthought-dialog'));
      assert.equal((await P.posts(page)).length, 0, 'held: nothing posted');
      const listed = await page.evaluate(() => [...document.querySelector('secondthought-dialog').shadowRoot.querySelectorAll('li[data-category]')].map((li) => li.dataset.category));
      assert.ok(listed.includes('confidentiality'));
      await shot(page, 'x-dialog');
      await P.clickInShadow(page, 'secondthought-dialog', 'button.post-anyway');
      await d.waitFor(page, () => window.__posts.length === 1);
      assert.equal((await P.posts(page))[0].text, RISKY);
      assert.equal(await P.dialogOpen(page), false);

      // The bypass was for that post only: the next risky post is held again.
      await P.typeInto(d, page, X_EDITOR, RISKY);
      await waitForAnalysisOf(d, page, RISKY);
      await P.clickSelector(page, '[data-testid="tweetButton"]');
      await d.waitFor(page, () => !!document.querySelector('secondthought-dialog'));
      await P.clickInShadow(page, 'secondthought-dialog', 'button.edit');
      await d.waitFor(page, () => !document.querySelector('secondthought-dialog'));
      assert.equal((await P.posts(page)).length, 1, '"Edit" posts nothing');
      assert.equal(await P.editorText(page, X_EDITOR), RISKY, 'the draft is still there to edit');
      assert.equal(await P.dialogsSeen(page), 2);
    });

    it('holds Ctrl+Enter on X the same way', async () => {
      const page = await freshPage(d, 'x.com', '/home', X_EDITOR);
      await P.typeInto(d, page, X_EDITOR, RISKY);
      await waitForAnalysisOf(d, page, RISKY);
      await P.waitForCategory(d, page, 'confidentiality');
      await d.chord(page, ['Control', 'Enter']);
      await d.waitFor(page, () => !!document.querySelector('secondthought-dialog'));
      assert.equal((await P.posts(page)).length, 0);
      await P.clickInShadow(page, 'secondthought-dialog', 'button.post-anyway');
      await d.waitFor(page, () => window.__posts.length === 1);
      assert.equal((await P.posts(page))[0].text, RISKY);
    });

    it('lets a clean post straight through', async () => {
      const page = await freshPage(d, 'x.com', '/home', X_EDITOR);
      await P.watchDialogs(page);
      await P.typeInto(d, page, X_EDITOR, CLEAN);
      await waitForAnalysisOf(d, page, CLEAN);
      assert.deepEqual(await P.warnings(page), []);
      await P.clickSelector(page, '[data-testid="tweetButton"]');
      await d.waitFor(page, () => window.__posts.length === 1);
      assert.equal((await P.posts(page))[0].text, CLEAN);
      assert.equal(await P.dialogsSeen(page), 0);
    });

    it('checks a compose box that appears later (reply dialog)', async () => {
      const page = await freshPage(d, 'x.com', '/home', X_EDITOR);
      await P.clickSelector(page, '#open-reply');
      await page.waitForSelector(X_REPLY_EDITOR);
      await P.typeInto(d, page, X_REPLY_EDITOR, RISKY);
      await P.waitForCategory(d, page, 'confidentiality');
      const painted = await P.highlights(page, X_REPLY_EDITOR);
      assert.ok(painted.some((h) => h.text === '943 476 5919' && h.inEditor));
    });

    it('Facebook (Lexical): highlights across paragraphs, holds the Post button and Enter in a comment', async () => {
      const page = await freshPage(d, 'www.facebook.com', '/', FB_COMPOSER);
      await P.watchDialogs(page);
      await P.typeInto(d, page, FB_COMPOSER, 'Long night.');
      await page.keyboard.press('Enter');
      await page.keyboard.type(RISKY);
      const sent = `Long night.\n${RISKY}`;
      await waitForAnalysisOf(d, page, sent);
      await P.waitForCategory(d, page, 'confidentiality');
      const painted = (await P.highlights(page, FB_COMPOSER)).map((h) => h.text);
      assert.deepEqual(painted, expectedSpans(hostPath, sent, ['--site', 'www.facebook.com']).map((e) => e.text));
      await P.clickInShadow(page, 'secondthought-ui', 'button.badge');
      await shot(page, 'facebook-panel-dark');
      await page.keyboard.press('Escape');

      await P.clickSelector(page, '#post');
      await d.waitFor(page, () => !!document.querySelector('secondthought-dialog'));
      await shot(page, 'facebook-dialog-dark');
      await P.clickInShadow(page, 'secondthought-dialog', 'button.edit');
      await d.waitFor(page, () => !document.querySelector('secondthought-dialog'));
      assert.equal((await P.posts(page)).length, 0);

      await P.typeInto(d, page, FB_COMMENT, RISKY);
      await d.waitFor(page, () => document.querySelectorAll('secondthought-ui[data-count]').length === 2 &&
        [...document.querySelectorAll('secondthought-ui')].every((h) => h.shadowRoot.querySelector('li[data-category="confidentiality"]')));
      await waitForAnalysisOf(d, page, RISKY);
      await page.keyboard.press('Enter');
      await d.waitFor(page, () => !!document.querySelector('secondthought-dialog'));
      assert.equal((await P.posts(page)).length, 0, 'Enter in the comment box was held');
      await P.clickInShadow(page, 'secondthought-dialog', 'button.post-anyway');
      await d.waitFor(page, () => window.__posts.length === 1);
      assert.deepEqual(await P.posts(page), [{ text: RISKY, composer: 'comment' }]);
    });

    it('host killed mid-session: the next keystroke reconnects', async () => {
      const page = await freshPage(d, 'x.com', '/home', X_EDITOR);
      await P.typeInto(d, page, X_EDITOR, 'Saw Mrs Okafor today');
      await waitForAnalysisOf(d, page, 'Saw Mrs Okafor today');
      const before = hostPids(hostPath);
      assert.ok(before.length >= 1, 'the browser started the host');
      for (const pid of before) process.kill(pid, 'SIGKILL');
      await d.waitFor(page, () => true); // let the browser notice
      await page.keyboard.type(', NHS no 943 476 5919');
      const full = 'Saw Mrs Okafor today, NHS no 943 476 5919';
      await waitForAnalysisOf(d, page, full);
      const painted = await P.highlights(page, X_EDITOR);
      assert.ok(painted.some((h) => h.text === '943 476 5919'), 'a new analysis arrived');
      const now = hostPids(hostPath);
      assert.ok(now.length >= 1 && now.every((p) => !before.includes(p)), 'a new host process');
    });

    if (kind === 'chromium') {
      it('the toolbar popup: host running, what this page found (no draft text), and the site switch', async () => {
        const page = await freshPage(d, 'x.com', '/home', X_EDITOR);
        await P.typeInto(d, page, X_EDITOR, RISKY);
        await waitForAnalysisOf(d, page, RISKY);
        await P.waitForCategory(d, page, 'confidentiality');
        const count = (await P.warnings(page)).length;
        const popup = await openActionPopup(d, page);
        await popup.waitFor(() => document.body.dataset.ready === 'true' && document.getElementById('host-status').dataset.state === 'connected');
        const seen = await popup.evaluate(() => ({
          site: document.getElementById('site-name').textContent,
          on: document.getElementById('power').getAttribute('aria-checked'),
          count: document.getElementById('warning-count').textContent,
          items: [...document.querySelectorAll('#warning-list li')].map((li) => li.dataset.category),
          text: document.body.innerText,
        }));
        assert.equal(seen.site, 'X');
        assert.equal(seen.on, 'true');
        assert.match(seen.count, new RegExp(`^${count} warning`));
        assert.ok(seen.items.includes('confidentiality'));
        for (const fragment of ['Okafor', '943', 'clinic']) assert.ok(!seen.text.includes(fragment), `the popup shows no draft text (${fragment})`);
        await popup.screenshot(join(OUTPUT, `${kind}-popup.png`));

        // The power switch: off means the compose box is left alone at once.
        await popup.evaluate(() => document.getElementById('power').click());
        await popup.waitFor(() => document.getElementById('power').getAttribute('aria-checked') === 'false');
        await d.waitFor(page, () => !document.querySelector('secondthought-ui') && CSS.highlights.size === 0);
        await popup.evaluate(() => document.getElementById('power').click());
        await popup.waitFor(() => document.getElementById('power').getAttribute('aria-checked') === 'true');
        await P.waitForCategory(d, page, 'confidentiality'); // and on again, it checks again
        await popup.close();
      });
    }

    // Last in this browser: it leaves the number on the local allow list.
    it('panel actions: privacy review marked done, ignore once, don\'t flag this again', async () => {
      let page = await freshPage(d, 'x.com', '/home', X_EDITOR);
      await P.typeInto(d, page, X_EDITOR, RISKY);
      await waitForAnalysisOf(d, page, RISKY);
      await P.waitForCategory(d, page, 'confidentiality');
      const before = await P.warnings(page);
      await P.clickInShadow(page, 'secondthought-ui', 'button.badge');
      const reminder = await page.evaluate(() => {
        const r = document.querySelector('secondthought-ui').shadowRoot.querySelector('.reminder');
        return { hidden: r.hidden, href: r.querySelector('a') && r.querySelector('a').href };
      });
      assert.deepEqual(reminder, { hidden: false, href: 'https://x.com/settings/privacy_and_safety' });
      await P.clickInShadow(page, 'secondthought-ui', '.reminder button.privacy-done');
      await d.waitFor(page, () => document.querySelector('secondthought-ui').shadowRoot.querySelector('.reminder').hidden);

      // Ignore once: that warning leaves this compose box at once...
      await P.clickInShadow(page, 'secondthought-ui', 'li.warning button.ignore-once');
      await d.waitFor(page, (n) => document.querySelector('secondthought-ui').shadowRoot.querySelectorAll('li.warning').length === n, before.length - 1);

      // ...and only there: the same draft in a new compose box is flagged again.
      page = await freshPage(d, 'x.com', '/home', X_EDITOR);
      await P.typeInto(d, page, X_EDITOR, RISKY);
      await waitForAnalysisOf(d, page, RISKY);
      assert.deepEqual((await P.warnings(page)).map((w) => w.title), before.map((w) => w.title));

      // Don't flag this again: the number joins the local allow list, the host is told,
      // and the re-analysis no longer flags it.
      const idx = before.findIndex((w) => w.title.includes('943 476 5919'));
      assert.ok(idx >= 0, JSON.stringify(before));
      await P.clickInShadow(page, 'secondthought-ui', 'button.badge');
      await P.clickInShadow(page, 'secondthought-ui', `li.warning:nth-child(${idx + 1}) button.dont-flag`);
      await d.waitFor(page, () => ![...document.querySelector('secondthought-ui').shadowRoot.querySelectorAll('li.warning h3')]
        .some((h) => h.textContent.includes('943 476 5919')));
      await d.waitFor(page, () => {
        const h = CSS.highlights.get('secondthought-high');
        return !h || ![...h].some((r) => r.toString() === '943 476 5919');
      });
    });
  });
}

// Options take effect. Chromium: through the options page itself, in one browser.
// Firefox: its extension pages cannot be driven over WebDriver BiDi, so each case starts
// Firefox with the settings given as policy (storage.managed, the same settings shape).
function settingsHarness(kind) {
  const h = { d: null, dir: null, server: null, hostPath: null, extDir: null };

  h.start = async () => {
    mkdirSync(OUTPUT, { recursive: true });
    h.dir = mkdtempSync(join(tmpdir(), `secondthought-e2e-${kind}-settings-`));
    mkdirSync(join(h.dir, 'site'));
    h.server = await startServer(join(h.dir, 'site'));
    h.hostPath = installHostCopy(h.dir);
    h.extDir = build(kind, join(h.dir, 'ext'));
    if (kind === 'chromium') h.d = await launch.chromium({ extDir: h.extDir, dir: h.dir, port: h.server.port, hostPath: h.hostPath });
  };

  h.stop = async () => {
    if (h.d) await h.d.close();
    if (h.server) await h.server.close();
    if (h.dir) rmSync(h.dir, { recursive: true, force: true });
  };

  // change: {profile?, real_name?, categories?: {name: bool}, sites?: {id: bool}}
  h.apply = async (change) => {
    if (kind === 'firefox') {
      if (h.d) await h.d.close();
      const policy = {};
      if (change.profile) policy.profile = change.profile;
      if (change.real_name !== undefined) policy.identity = { real_name: change.real_name };
      if (change.categories) policy.categories = change.categories;
      if (change.sites) policy.sites = change.sites;
      h.d = await launch.firefox({ extDir: h.extDir, dir: h.dir, port: h.server.port, hostPath: h.hostPath, policy });
      return h.d;
    }
    const page = await h.d.newPage();
    await page.goto(h.d.extUrl('options/options.html'));
    await h.d.waitFor(page, () => document.body.dataset.ready === 'true');
    await page.evaluate(() => chrome.storage.sync.remove('settings'));
    await page.reload();
    await h.d.waitFor(page, () => document.body.dataset.ready === 'true');
    if (change.profile) await page.selectOption('#profile', change.profile);
    if (change.real_name !== undefined) {
      await page.fill('#real_name', change.real_name);
      await page.press('#real_name', 'Tab');
    }
    for (const [c, on] of Object.entries(change.categories || {})) await page.setChecked(`#category-${c}`, on);
    for (const [s, on] of Object.entries(change.sites || {})) await page.setChecked(`#site-${s}`, on);
    // Saved as the form says: what the background will configure the host with.
    await h.d.waitFor(page, async (c) => {
      const { settings } = await chrome.storage.sync.get('settings');
      if (!settings) return false;
      if (c.profile && settings.profile !== c.profile) return false;
      if (c.real_name !== undefined && settings.identity.real_name !== c.real_name) return false;
      for (const [k, v] of Object.entries(c.categories || {})) if (settings.categories[k] !== v) return false;
      for (const [k, v] of Object.entries(c.sites || {})) if (settings.sites[k] !== v) return false;
      return true;
    }, change);
    if (Object.keys(change).length) await page.screenshot({ path: join(OUTPUT, `${kind}-options.png`), fullPage: true });
    await page.close();
    return h.d;
  };
  return h;
}

export function settingsScenarios(kind) {
  describe(`${kind}: options change what is checked`, { concurrency: false }, () => {
    const h = settingsHarness(kind);
    before(() => h.start());
    after(() => h.stop());

    it('site switched off: no analysis at all, and posting is not held', async () => {
      const d = await h.apply({ sites: { x: false } });
      const page = await freshPage(d, 'x.com', '/home', X_EDITOR);
      await P.watchDialogs(page);
      const sentBefore = d.analysesSent ? await d.analysesSent() : null;
      await P.typeInto(d, page, X_EDITOR, RISKY);
      // Nothing can be waited for when nothing should happen: give a checked editor
      // several debounce periods to show something, then look.
      await new Promise((r) => setTimeout(r, 2000));
      if (d.analysesSent) assert.equal(await d.analysesSent(), sentBefore, 'no analyze request reached the host');
      assert.equal(await page.evaluate(() => document.querySelectorAll('secondthought-ui').length), 0);
      assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
      await P.clickSelector(page, '[data-testid="tweetButton"]');
      await d.waitFor(page, () => window.__posts.length === 1);
      assert.equal(await P.dialogsSeen(page), 0);
    });

    it('a category switched off is not reported', async () => {
      const d = await h.apply({ categories: { confidentiality: false } });
      const page = await freshPage(d, 'x.com', '/home', X_EDITOR);
      await P.typeInto(d, page, X_EDITOR, RISKY);
      await waitForAnalysisOf(d, page, RISKY);
      const ws = await P.warnings(page);
      assert.ok(!ws.some((w) => w.category === 'confidentiality'), JSON.stringify(ws));
      assert.ok(!(await P.highlights(page, X_EDITOR)).some((x) => x.text === '943 476 5919'));
    });

    it("the regulator profile changes the guidance cited", async () => {
      const d = await h.apply({ profile: 'nmc' });
      const page = await freshPage(d, 'x.com', '/home', X_EDITOR);
      await P.typeInto(d, page, X_EDITOR, RISKY);
      await waitForAnalysisOf(d, page, RISKY);
      await P.waitForCategory(d, page, 'confidentiality');
      const guidance = (await P.warnings(page)).flatMap((w) => w.guidance).join(' | ');
      assert.match(guidance, /NMC/);
      assert.doesNotMatch(guidance, /GMC/);
    });

    it('the real name drives the anonymity check', async () => {
      let d = await h.apply({ real_name: 'Hannah Lewis' });
      let page = await freshPage(d, 'x.com', '/home', X_EDITOR);
      await P.typeInto(d, page, X_EDITOR, SELF_ID);
      await waitForAnalysisOf(d, page, SELF_ID);
      await P.waitForCategory(d, page, 'anonymity');

      d = await h.apply({ real_name: 'Night Shift Doc' }); // the name the account shows
      page = await freshPage(d, 'x.com', '/home', X_EDITOR);
      await P.typeInto(d, page, X_EDITOR, SELF_ID);
      await waitForAnalysisOf(d, page, SELF_ID);
      assert.ok(!(await P.warnings(page)).some((w) => w.category === 'anonymity'));
    });
  });
}

export function noHostScenarios(kind) {
  describe(`${kind}: no host installed`, { concurrency: false }, () => {
    let dir;
    let server;
    let d;
    before(async () => {
      mkdirSync(OUTPUT, { recursive: true });
      dir = mkdtempSync(join(tmpdir(), `secondthought-e2e-${kind}-nohost-`));
      mkdirSync(join(dir, 'site'));
      server = await startServer(join(dir, 'site'));
      d = await launch[kind]({ extDir: build(kind, join(dir, 'ext')), dir, port: server.port, hostPath: null });
    });
    after(async () => {
      if (d) await d.close();
      if (server) await server.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    if (kind === 'chromium') {
      it('the popup says the host is not installed, and how to install it', async () => {
        const page = await d.newPage();
        await page.goto(d.extUrl('popup/popup.html'));
        await d.waitFor(page, () => document.getElementById('host-status').dataset.state === 'not_installed');
        assert.equal(await page.evaluate(() => document.getElementById('host-help').hidden), false);
        assert.match(await page.evaluate(() => document.getElementById('host-help').innerText), /\.\/installer\/install\.sh/);
        assert.match(await page.evaluate(() => document.getElementById('host-status').textContent), /Not installed/);
        await page.screenshot({ path: join(OUTPUT, `${kind}-popup-no-host.png`) });
        await page.close();
      });
    }

    it('the compose box says the checker is not installed, and posting still works', async () => {
      const page = await freshPage(d, 'x.com', '/home', X_EDITOR);
      await P.typeInto(d, page, X_EDITOR, RISKY);
      await d.waitFor(page, () => document.querySelector('secondthought-ui[data-host-status="not_installed"]') !== null);
      const text = await page.evaluate(() => document.querySelector('secondthought-ui').shadowRoot.querySelector('.notice').textContent);
      assert.match(text, /not installed/);
      assert.match(text, /install\.sh/);
      await P.clickSelector(page, '[data-testid="tweetButton"]');
      await d.waitFor(page, () => window.__posts.length === 1);
      assert.equal((await P.posts(page))[0].text, RISKY);
    });
  });
}
