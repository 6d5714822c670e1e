// Offset <-> DOM mapping over a tiny fake DOM shaped like Draft.js and Lexical output.
const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('./load');
const { textMap } = load('shared/text-map.js');

const text = (data) => ({ nodeType: 3, nodeName: '#text', data, childNodes: [] });
const el = (name, ...childNodes) => ({ nodeType: 1, nodeName: name.toUpperCase(), childNodes });

// Draft.js: contents > block div > style div > span > span[data-text] > text
const draftBlock = (...texts) => el('div', el('div', ...texts.map((t) => el('span', el('span', t)))));
const draft = (...blocks) => el('div', el('div', ...blocks));

test('Draft.js blocks are joined by one newline', () => {
  const a = text('Saw Mrs ');
  const b = text('Okafor');
  const c = text('NHS no 943 476 5919');
  const root = draft(draftBlock(a, b), draftBlock(c));
  const { text: t, segments } = textMap.read(root);
  assert.equal(t, 'Saw Mrs Okafor\nNHS no 943 476 5919');
  assert.deepEqual(segments.map((s) => [s.node, s.start, s.end]), [[a, 0, 8], [b, 8, 14], [c, 15, 34]]);
});

test('an empty block counts as an empty line; its placeholder <br> is nothing', () => {
  const root = draft(draftBlock(text('one')), el('div', el('div', el('span', el('br')))), draftBlock(text('three')));
  assert.equal(textMap.read(root).text, 'one\n\nthree');
});

test('Lexical paragraphs with a line break inside', () => {
  const root = el('div', el('p', el('span', text('Long night.'))), el('p', el('span', text('a')), el('br'), el('span', text('b'))), el('p', el('br')));
  assert.equal(textMap.read(root).text, 'Long night.\na\nb\n');
});

test('a span maps to the exact DOM range, counting an emoji as two UTF-16 units', () => {
  const t1 = text('👋 Saw ');
  const t2 = text('Mrs Okafor today');
  const root = draft(draftBlock(t1, t2));
  const { text: s, segments } = textMap.read(root);
  const start = s.indexOf('Mrs');
  assert.equal(start, 7);
  assert.deepEqual(textMap.rangeFor(segments, start, start + 10), { startNode: t2, startOffset: 0, endNode: t2, endOffset: 10 });
  assert.deepEqual(textMap.rangeFor(segments, 0, 2), { startNode: t1, startOffset: 0, endNode: t1, endOffset: 2 });
});

test('a span across text nodes and blocks starts and ends on text, not on the break', () => {
  const a = text('abc');
  const b = text('def');
  const { segments } = textMap.read(draft(draftBlock(a), draftBlock(b)));
  assert.deepEqual(textMap.rangeFor(segments, 1, 6), { startNode: a, startOffset: 1, endNode: b, endOffset: 2 });
  // starting on the newline moves forward; ending on it moves back
  assert.deepEqual(textMap.rangeFor(segments, 3, 5), { startNode: b, startOffset: 0, endNode: b, endOffset: 1 });
  assert.deepEqual(textMap.rangeFor(segments, 1, 4), { startNode: a, startOffset: 1, endNode: a, endOffset: 3 });
});

test('empty, reversed, out-of-range and non-integer spans give no range', () => {
  const { segments } = textMap.read(draft(draftBlock(text('abc'))));
  assert.equal(textMap.rangeFor(segments, 2, 2), null);
  assert.equal(textMap.rangeFor(segments, 3, 1), null);
  assert.equal(textMap.rangeFor(segments, -1, 2), null);
  assert.equal(textMap.rangeFor(segments, 0.5, 2), null);
  assert.equal(textMap.rangeFor([], 0, 2), null);
  assert.equal(textMap.rangeFor(segments, 1, 9).endOffset, 3, 'an end past the text clamps to its end');
  assert.equal(textMap.rangeFor(segments, 3, 9), null, 'a span wholly past the text covers nothing');
});

test('script and style contents are not text', () => {
  const root = el('div', el('p', text('hi'), el('style', text('p{}'))));
  assert.equal(textMap.read(root).text, 'hi');
});
