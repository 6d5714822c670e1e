// One walk over an editor's DOM gives both the text sent to the host and the map from
// its UTF-16 offsets back to DOM positions, so a span [start, end) from the host lands
// on exactly the characters it names. Blocks (Draft.js blocks, Lexical/Quill/ProseMirror
// paragraphs) are separated by one "\n"; a <br> inside a line is "\n"; the <br> that
// editors put in an empty block as a placeholder is nothing.
// Pure: works on anything shaped like DOM nodes (nodeType, nodeName, childNodes, data).
(function (ST) {
  'use strict';
  const BLOCKS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
    'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'TABLE', 'TR', 'FIGURE']);
  const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
  const TEXT = 3;
  const ELEMENT = 1;

  const isBlock = (n) => n.nodeType === ELEMENT && BLOCKS.has(n.nodeName);

  // Blocks with no block inside are lines; Draft nests a block <div> in a block <div>.
  function markBlockParents(root) {
    const parents = new Set();
    (function visit(n) {
      let has = false;
      for (const c of n.childNodes || []) {
        if (c.nodeType !== ELEMENT || SKIP.has(c.nodeName)) continue;
        if (visit(c) || isBlock(c)) has = true;
      }
      if (has) parents.add(n);
      return has;
    })(root);
    return parents;
  }

  function hasText(n) {
    if (n.nodeType === TEXT) return n.data.length > 0;
    for (const c of n.childNodes || []) if (hasText(c)) return true;
    return false;
  }

  // -> [{type:'text', node, text} | {type:'break'}]
  function collect(root) {
    const items = [];
    const blockParents = markBlockParents(root);
    let linesSeen = 0;
    let afterLine = false; // inline content directly after a line block starts a new line

    function visit(n, line) {
      for (const c of n.childNodes || []) {
        if (c.nodeType === TEXT) {
          if (!c.data.length) continue;
          if (!line && afterLine) {
            items.push({ type: 'break' });
            afterLine = false;
          }
          items.push({ type: 'text', node: c, text: c.data });
        } else if (c.nodeType === ELEMENT && !SKIP.has(c.nodeName)) {
          if (c.nodeName === 'BR') {
            if (line && !hasText(line)) continue; // placeholder in an empty line
            items.push({ type: 'break' });
          } else if (isBlock(c) && !blockParents.has(c)) {
            if (linesSeen > 0) items.push({ type: 'break' });
            linesSeen++;
            visit(c, c);
            afterLine = true;
          } else {
            visit(c, line);
          }
        }
      }
    }
    visit(root, isBlock(root) && !blockParents.has(root) ? root : null);
    return items;
  }

  // -> {text, segments: [{node, start, end}]} with start/end as offsets into text.
  function build(items) {
    let text = '';
    const segments = [];
    for (const it of items) {
      if (it.type === 'text') {
        segments.push({ node: it.node, start: text.length, end: text.length + it.text.length });
        text += it.text;
      } else {
        text += '\n';
      }
    }
    return { text, segments };
  }

  function read(root) {
    return build(collect(root));
  }

  // A span boundary to a DOM point. A start that falls on a line break moves forward to
  // the next text; an end that falls on one moves back, so a range never begins or ends
  // in the gap between blocks.
  function pointAt(segments, offset, edge) {
    if (edge === 'start') {
      for (const s of segments) {
        if (offset >= s.start && offset < s.end) return { node: s.node, offset: offset - s.start };
        if (s.start >= offset) return { node: s.node, offset: 0 };
      }
      return null;
    }
    for (let i = segments.length - 1; i >= 0; i--) {
      const s = segments[i];
      if (offset > s.start && offset <= s.end) return { node: s.node, offset: offset - s.start };
      if (s.end <= offset) return { node: s.node, offset: s.end - s.start };
    }
    return null;
  }

  // -> {startNode, startOffset, endNode, endOffset} or null when nothing is covered.
  function rangeFor(segments, start, end) {
    if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end <= start) return null;
    const a = pointAt(segments, start, 'start');
    const b = pointAt(segments, end, 'end');
    if (!a || !b) return null;
    const ai = segments.findIndex((s) => s.node === a.node);
    const bi = segments.findIndex((s) => s.node === b.node);
    if (ai > bi || (ai === bi && a.offset >= b.offset)) return null;
    return { startNode: a.node, startOffset: a.offset, endNode: b.node, endOffset: b.offset };
  }

  ST.textMap = { collect, build, read, pointAt, rangeFor };
})(globalThis.SecondThought);
