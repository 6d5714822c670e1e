// Debounce and request ids, on a manual clock.
const test = require('node:test');
const assert = require('node:assert/strict');
const { load, fakeTimers } = require('./load');
const ST = load('shared/debounce.js', 'shared/request-ids.js');

test('debounce runs once, after the quiet period, with the last arguments', () => {
  const t = fakeTimers();
  const calls = [];
  const d = ST.debounce((x) => calls.push(x), 250, t);
  d(1);
  t.advance(200);
  d(2);
  t.advance(200);
  assert.deepEqual(calls, []);
  assert.equal(d.pending(), true);
  t.advance(50);
  assert.deepEqual(calls, [2]);
  assert.equal(d.pending(), false);
});

test('debounce flush runs now; cancel drops the call', () => {
  const t = fakeTimers();
  const calls = [];
  const d = ST.debounce((x) => { calls.push(x); return x * 10; }, 250, t);
  d(3);
  assert.equal(d.flush(), 30);
  assert.equal(d.flush(), undefined);
  d(4);
  d.cancel();
  t.advance(1000);
  assert.deepEqual(calls, [3]);
});

test('request ids are unique and a reply settles only its own request', async () => {
  const t = fakeTimers();
  const p = new ST.PendingRequests('a', t);
  const one = p.add(1000);
  const two = p.add(1000);
  assert.notEqual(one.id, two.id);
  assert.equal(p.settle(two.id, 'second'), true);
  assert.equal(await two.promise, 'second');
  assert.equal(p.settle(two.id, 'again'), false, 'a second reply to the same id is stale');
  assert.equal(p.settle('a999', 'x'), false, 'an unknown id is stale');
  assert.equal(p.size, 1);
  p.settle(one.id, 'first');
  assert.equal(await one.promise, 'first');
});

test('a request times out, and its late reply is then stale', async () => {
  const t = fakeTimers();
  const p = new ST.PendingRequests('a', t);
  const r = p.add(500);
  t.advance(499);
  assert.equal(p.has(r.id), true);
  t.advance(1);
  await assert.rejects(r.promise, (e) => e.code === 'timeout');
  assert.equal(p.settle(r.id, 'late'), false);
});

test('failAll rejects everything pending with one code', async () => {
  const t = fakeTimers();
  const p = new ST.PendingRequests('a', t);
  const rs = [p.add(1000), p.add(1000)];
  p.failAll('disconnected');
  for (const r of rs) await assert.rejects(r.promise, (e) => e.code === 'disconnected');
  assert.equal(p.size, 0);
  assert.equal(t.pending, 0, 'their timers are cleared');
});
