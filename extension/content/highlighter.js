// Paints flagged text without touching the editor's DOM: CSS Custom Highlights
// (CSS.highlights, one highlight per severity, shared by every compose box on the page,
// and a lighter one, 'context', for the rest of a sentence around the evidence),
// or, where the API is missing (Firefox before 140), boxes drawn from the ranges'
// client rects in a click-through overlay.
(function (ST) {
  'use strict';
  const LAYERS = ['context', 'low', 'medium', 'high']; // lowest priority first
  const owners = new Map(); // owner -> [{range, severity}]
  const hasApi = typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight === 'function';
  let overlay = null;
  let frame = 0;

  function repaint() {
    if (hasApi) {
      for (const sev of LAYERS) {
        const ranges = [];
        for (const list of owners.values()) for (const e of list) if (e.severity === sev) ranges.push(e.range);
        const name = 'secondthought-' + sev;
        if (!ranges.length) {
          CSS.highlights.delete(name);
          continue;
        }
        const h = new Highlight(...ranges);
        h.priority = LAYERS.indexOf(sev);
        CSS.highlights.set(name, h);
      }
    } else {
      scheduleOverlay();
    }
  }

  function scheduleOverlay() {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      drawOverlay();
    });
  }

  function drawOverlay() {
    let count = 0;
    for (const list of owners.values()) count += list.length;
    if (!count) {
      if (overlay) overlay.host.remove();
      overlay = null;
      return;
    }
    if (!overlay) {
      const host = document.createElement('secondthought-overlay');
      host.style.cssText = 'all:initial;position:fixed;inset:0;pointer-events:none;z-index:2147483645;';
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<style>.m{position:fixed;pointer-events:none;border-bottom:2px solid;}' +
        '.high{border-color:#c62828;background:rgba(220,38,38,.18)}.medium{border-color:#d97706;background:rgba(234,138,0,.18)}' +
        '.low{border-color:#2563eb}.context{border-color:transparent;background:rgba(234,138,0,.08)}</style><div class="marks"></div>';
      document.documentElement.appendChild(host);
      overlay = { host, marks: root.querySelector('.marks') };
      addEventListener('scroll', scheduleOverlay, { capture: true, passive: true });
      addEventListener('resize', scheduleOverlay, { passive: true });
    }
    const frag = document.createDocumentFragment();
    for (const list of owners.values()) {
      for (const { range, severity } of list) {
        for (const r of range.getClientRects()) {
          const m = document.createElement('div');
          m.className = 'm ' + severity;
          m.style.cssText = `left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height}px`;
          frag.appendChild(m);
        }
      }
    }
    overlay.marks.replaceChildren(frag);
  }

  function set(owner, entries) {
    if (entries.length) owners.set(owner, entries);
    else owners.delete(owner);
    repaint();
  }

  function clear(owner) {
    if (owners.delete(owner)) repaint();
  }

  // Text moved (typing, scrolling): the overlay follows; CSS highlights follow by themselves.
  function refresh() {
    if (!hasApi && owners.size) scheduleOverlay();
  }

  ST.highlighter = { set, clear, refresh, usesCssHighlights: hasApi };
})(globalThis.SecondThought);
