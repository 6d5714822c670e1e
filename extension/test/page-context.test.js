// Surface and account rules from the adapters' data, over a fake page whose elements
// answer closest()/querySelector() for the selectors the adapters use.
const test = require('node:test');
const assert = require('node:assert/strict');
const { load, SITE_FILES } = require('./load');

function fakePage(path, { within = {}, has = {}, doc = {} } = {}) {
  globalThis.location = { pathname: path, hostname: 'x.com', origin: 'https://x.com' };
  globalThis.document = { querySelector: (sel) => doc[sel] || null };
  const box = (sel) => ({ querySelector: (inner) => (has[sel] && has[sel].includes(inner) ? {} : null) });
  return { closest: (sel) => (within[sel] ? box(sel) : null) };
}

const ST = load(...SITE_FILES, 'content/page-context.js');
const x = ST.sites.byId('x');
const fb = ST.sites.byId('facebook');

test('X: post by default, reply in a dialog with the tweet, reply on a status page, message in DMs', () => {
  assert.equal(ST.pageContext.surfaceOf(x, fakePage('/home')), 'post');
  assert.equal(ST.pageContext.surfaceOf(x, fakePage('/home', { within: { '[role="dialog"]': true }, has: { '[role="dialog"]': ['article[data-testid="tweet"]'] } })), 'reply');
  assert.equal(ST.pageContext.surfaceOf(x, fakePage('/home', { within: { '[role="dialog"]': true } })), 'post', 'a dialog without a tweet (quote or new post)');
  assert.equal(ST.pageContext.surfaceOf(x, fakePage('/nightshiftdoc/status/123')), 'reply');
  assert.equal(ST.pageContext.surfaceOf(x, fakePage('/messages/1-2')), 'message');
  assert.equal(ST.pageContext.surfaceOf(x, fakePage('/i/chat')), 'message');
});

test('Facebook: comment inside a post, post otherwise', () => {
  assert.equal(ST.pageContext.surfaceOf(fb, fakePage('/', { within: { '[role="article"]': true } })), 'comment');
  assert.equal(ST.pageContext.surfaceOf(fb, fakePage('/')), 'post');
  assert.equal(ST.pageContext.surfaceOf(fb, fakePage('/messages/t/1')), 'message');
});

test('the account is read from the page: display name and handle on X, name on Facebook', () => {
  const sw = { innerText: 'Night Shift Doc\n@nightshiftdoc\n' };
  fakePage('/home', { doc: { [x.account.selector]: sw } });
  assert.deepEqual(ST.pageContext.accountOf(x), { display_name: 'Night Shift Doc', handle: '@nightshiftdoc' });
  fakePage('/', { doc: { [fb.account.selector]: { innerText: 'Night Shift Doc' } } });
  assert.deepEqual(ST.pageContext.accountOf(fb), { display_name: 'Night Shift Doc' });
  fakePage('/');
  assert.equal(ST.pageContext.accountOf(x), undefined, 'not shown: not sent');
});

test('posting keys: Ctrl/Cmd+Enter on X; Enter alone only in comment and message boxes', () => {
  const key = (k, mods = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, isComposing: false, ...mods });
  assert.equal(ST.pageContext.isPostKey(x, key('Enter', { ctrlKey: true }), 'post'), true);
  assert.equal(ST.pageContext.isPostKey(x, key('Enter', { metaKey: true }), 'reply'), true);
  assert.equal(ST.pageContext.isPostKey(x, key('Enter'), 'post'), false);
  assert.equal(ST.pageContext.isPostKey(x, key('Enter'), 'message'), true);
  assert.equal(ST.pageContext.isPostKey(fb, key('Enter'), 'comment'), true);
  assert.equal(ST.pageContext.isPostKey(fb, key('Enter', { shiftKey: true }), 'comment'), false);
  assert.equal(ST.pageContext.isPostKey(fb, key('Enter'), 'post'), false, 'Enter is a new paragraph in the composer');
  assert.equal(ST.pageContext.isPostKey(fb, key('Enter', { isComposing: true }), 'comment'), false, 'not while an IME is composing');
});
