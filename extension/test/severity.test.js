// Holding a post, and the privacy-review reminder.
const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('./load');
const ST = load('shared/severity.js', 'shared/reminders.js');

const w = (severity) => ({ severity });

test('worst severity of a list', () => {
  assert.equal(ST.severity.worst([]), null);
  assert.equal(ST.severity.worst([w('low'), w('high'), w('medium')]), 'high');
  assert.equal(ST.severity.worst([w('low'), w('medium')]), 'medium');
});

test('hold level: high only, any warning, never', () => {
  assert.equal(ST.severity.shouldHold([w('medium')], 'high'), false);
  assert.equal(ST.severity.shouldHold([w('medium'), w('high')], 'high'), true);
  assert.equal(ST.severity.shouldHold([w('low')], 'any'), true);
  assert.equal(ST.severity.shouldHold([], 'any'), false);
  assert.equal(ST.severity.shouldHold([w('high')], 'never'), false);
});

test('privacy review: due when never done or older than the interval; 0 = off', () => {
  const DAY = ST.reminders.DAY;
  const now = 1000 * DAY;
  assert.equal(ST.reminders.isDue('x', 90, {}, now), true);
  assert.equal(ST.reminders.isDue('x', 90, { x: now - 89 * DAY }, now), false);
  assert.equal(ST.reminders.isDue('x', 90, { x: now - 90 * DAY }, now), true);
  assert.equal(ST.reminders.isDue('x', 0, {}, now), false);
  assert.equal(ST.reminders.daysSince('x', { x: now - 12.5 * DAY }, now), 12);
  assert.equal(ST.reminders.daysSince('x', {}, now), null);
});
