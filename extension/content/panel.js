// The badge at a compose box (count, worst severity) and the panel it opens, in an open
// shadow root so the page's styles cannot reach in and ours cannot leak out. The warning
// elements (each with data-category) are in the shadow root as soon as an analysis lands,
// hidden until the panel opens, so screen readers and tests find them. A polite live
// region announces changes; nothing here ever takes focus while the user types.
(function (ST) {
  'use strict';
  const C = ST.constants;

  const STYLE = `
:host { all: initial; }
.wrap { --bg:#ffffff; --fg:#1f2328; --muted:#57606a; --line:#d0d7de; --accent:#0b57d0;
  --high:#b3261e; --medium:#a15c00; --low:#3a5f9e;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); color-scheme: light; }
.wrap[data-theme="dark"] { color-scheme: dark; --bg:#1e2226; --fg:#e6edf3; --muted:#9aa4ae; --line:#3d444d; --accent:#8ab4f8;
  --high:#ff8a80; --medium:#ffb74d; --low:#90caf9; }
.badge { position: fixed; display: none; align-items: center; gap: 4px; min-width: 22px; height: 22px;
  padding: 0 7px; border-radius: 11px; border: 1px solid var(--line); background: var(--bg); color: var(--fg);
  font: 600 12px/1 system-ui, sans-serif; cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.25); }
.badge[data-visible] { display: inline-flex; }
.badge::before { content: ""; width: 8px; height: 8px; border-radius: 50%; background: var(--low); }
.badge[data-worst="medium"]::before { background: var(--medium); }
.badge[data-worst="high"]::before { background: var(--high); }
.badge:focus-visible, button:focus-visible, a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.panel { position: fixed; width: 340px; max-width: calc(100vw - 16px); max-height: 60vh; overflow: auto;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 6px 24px rgba(0,0,0,.28); padding: 10px 12px; box-sizing: border-box; }
.panel[hidden] { display: none; }
header { display: flex; justify-content: space-between; align-items: center; margin-bottom: 6px; }
h2 { font-size: 14px; margin: 0; }
.close { border: 0; background: transparent; color: var(--muted); font-size: 18px; cursor: pointer; }
ul { list-style: none; margin: 0; padding: 0; }
li.warning { border-top: 1px solid var(--line); padding: 8px 0; }
li.warning[data-severity="high"] h3::before { background: var(--high); }
li.warning[data-severity="medium"] h3::before { background: var(--medium); }
h3 { font-size: 13px; margin: 0 0 2px; display: flex; align-items: center; gap: 6px; }
h3::before { content: ""; flex: none; width: 8px; height: 8px; border-radius: 50%; background: var(--low); }
.meta { color: var(--muted); font-size: 12px; }
.excerpt { font-style: italic; }
p { margin: 3px 0; }
a { color: var(--accent); }
.actions { display: flex; gap: 6px; margin-top: 4px; }
.actions button, .reminder button { font: inherit; font-size: 12px; padding: 3px 8px; border-radius: 6px;
  border: 1px solid var(--line); background: transparent; color: var(--fg); cursor: pointer; }
.reminder { border-top: 1px solid var(--line); padding-top: 8px; margin-top: 4px; font-size: 12px; }
.reminder[hidden] { display: none; }
.notice { margin: 4px 0 8px; }
.notice[hidden] { display: none; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function guidanceLinks(w) {
    const frag = document.createDocumentFragment();
    for (const g of Array.isArray(w.guidance) ? w.guidance : []) {
      const label = [g.source, g.title, g.paragraph ? `para ${g.paragraph}` : ''].filter(Boolean).join(' · ');
      const p = el('p', { class: 'guidance' });
      if (typeof g.url === 'string' && /^https:\/\//.test(g.url)) {
        p.appendChild(el('a', { href: g.url, target: '_blank', rel: 'noopener noreferrer' }, label));
      } else {
        p.textContent = label;
      }
      frag.appendChild(p);
    }
    return frag;
  }

  function describe(count, worst) {
    if (!count) return 'Second Thought: no warnings';
    return `Second Thought: ${count} warning${count === 1 ? '' : 's'}, most serious ${worst}`;
  }

  // handlers: {onIgnoreOnce(w), onDontFlag(w), onPrivacyDone()}
  function create(handlers) {
    const host = el('secondthought-ui', { 'data-secondthought': '' });
    host.style.cssText = 'all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483646;';
    const root = host.attachShadow({ mode: 'open' });
    const wrap = el('div', { class: 'wrap', 'data-theme': 'light' });
    const style = el('style', {}, STYLE);
    const badge = el('button', { class: 'badge', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'st-panel', 'aria-keyshortcuts': 'Alt+Shift+W', 'aria-label': describe(0), title: 'Second Thought (Alt+Shift+W)' });
    const badgeCount = el('span', { class: 'count' }, '0');
    badge.appendChild(badgeCount);
    const live = el('div', { class: 'sr', role: 'status', 'aria-live': 'polite' });
    const panel = el('section', { class: 'panel', id: 'st-panel', role: 'region', 'aria-label': 'Second Thought warnings', hidden: '' });
    const header = el('header');
    header.append(el('h2', {}, 'Second Thought'), el('button', { class: 'close', type: 'button', 'aria-label': 'Close' }, '×'));
    const noticeEl = el('p', { class: 'notice', hidden: '' });
    const list = el('ul', { class: 'warnings' });
    const reminder = el('div', { class: 'reminder', hidden: '' });
    panel.append(header, noticeEl, list, reminder);
    wrap.append(badge, live, panel);
    root.append(style, wrap);
    document.documentElement.appendChild(host);

    let lastAnnounced = '';
    let anchor = null;

    function open(focusFirst) {
      panel.hidden = false;
      badge.setAttribute('aria-expanded', 'true');
      place();
      if (focusFirst) (panel.querySelector('button, a') || badge).focus();
    }
    function close(refocus) {
      panel.hidden = true;
      badge.setAttribute('aria-expanded', 'false');
      if (refocus) badge.focus();
    }
    badge.addEventListener('click', () => (panel.hidden ? open(true) : close(false)));
    header.querySelector('.close').addEventListener('click', () => close(true));
    wrap.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !panel.hidden) {
        e.stopPropagation();
        close(true);
      }
    });

    // Outside the editor's box, above its top-right corner (or beside it when there is no
    // room above), so it never covers the text or the post button.
    function place(rect) {
      if (rect) anchor = rect;
      if (!anchor) return;
      const bw = badge.offsetWidth || 36;
      let top = anchor.top - 26;
      let left = anchor.right - bw;
      if (top < 2) {
        top = anchor.top + 2;
        left = anchor.right + 6;
      }
      left = Math.max(2, Math.min(left, innerWidth - bw - 2));
      badge.style.top = `${top}px`;
      badge.style.left = `${left}px`;
      if (!panel.hidden) {
        const pw = panel.offsetWidth || 340;
        // Beside the compose box when there is room, so its text and post button stay visible.
        if (anchor.right + 8 + pw <= innerWidth - 8) {
          panel.style.left = `${anchor.right + 8}px`;
          panel.style.top = `${Math.max(8, Math.min(top, innerHeight - panel.offsetHeight - 8))}px`;
          panel.style.bottom = '';
          return;
        }
        const below = top + 28;
        const maxH = innerHeight - below - 8;
        panel.style.left = `${Math.max(8, Math.min(left + bw - pw, innerWidth - pw - 8))}px`;
        if (maxH > 160) {
          panel.style.top = `${below}px`;
          panel.style.bottom = '';
        } else {
          panel.style.top = '';
          panel.style.bottom = `${Math.max(8, innerHeight - top + 4)}px`;
        }
      }
    }

    // items: [{warning, excerpt}], reminder: null | {siteName, url, days},
    // notice: null | {state, text} when the host cannot check (not installed, stopped).
    function update(items, worst, reminderInfo, theme, notice) {
      wrap.setAttribute('data-theme', theme || 'light');
      const count = items.length;
      badgeCount.textContent = String(count);
      badge.setAttribute('aria-label', describe(count, worst));
      if (worst) badge.setAttribute('data-worst', worst);
      else badge.removeAttribute('data-worst');
      if (notice && !count) {
        badgeCount.textContent = '!';
        badge.setAttribute('aria-label', 'Second Thought: ' + notice.text);
      }
      if (count || notice) badge.setAttribute('data-visible', '');
      else {
        badge.removeAttribute('data-visible');
        if (!panel.hidden) close(false);
      }
      if (notice) host.setAttribute('data-host-status', notice.state);
      else host.removeAttribute('data-host-status');
      noticeEl.hidden = !notice;
      noticeEl.textContent = notice ? notice.text : '';
      if (!notice) host.setAttribute('data-count', String(count));

      const frag = document.createDocumentFragment();
      for (const { warning: w, excerpt } of items) {
        const li = el('li', { class: 'warning', 'data-category': String(w.category), 'data-severity': String(w.severity), 'data-rule': String(w.rule || '') });
        li.appendChild(el('h3', {}, w.title || C.CATEGORY_LABELS[w.category] || w.category));
        li.appendChild(el('p', { class: 'meta' }, `${C.CATEGORY_LABELS[w.category] || w.category} · ${w.severity}`));
        if (excerpt) li.appendChild(el('p', { class: 'excerpt' }, `“${excerpt}”`));
        if (w.message) li.appendChild(el('p', { class: 'message' }, w.message));
        li.appendChild(guidanceLinks(w));
        const actions = el('div', { class: 'actions' });
        const once = el('button', { type: 'button', class: 'ignore-once' }, 'Ignore once');
        once.addEventListener('click', () => handlers.onIgnoreOnce(w));
        actions.appendChild(once);
        if (excerpt) {
          const never = el('button', { type: 'button', class: 'dont-flag' }, 'Don’t flag this again');
          never.addEventListener('click', () => handlers.onDontFlag(w));
          actions.appendChild(never);
        }
        li.appendChild(actions);
        frag.appendChild(li);
      }
      list.replaceChildren(frag);

      reminder.replaceChildren();
      if (reminderInfo) {
        reminder.hidden = false;
        const text = reminderInfo.days === null
          ? `Check who can see your ${reminderInfo.siteName} posts: review your privacy settings. `
          : `It has been ${reminderInfo.days} days since you reviewed your ${reminderInfo.siteName} privacy settings. `;
        reminder.append(text, el('a', { href: reminderInfo.url, target: '_blank', rel: 'noopener noreferrer' }, 'Open privacy settings'), ' ');
        const done = el('button', { type: 'button', class: 'privacy-done' }, 'Mark reviewed');
        done.addEventListener('click', () => handlers.onPrivacyDone());
        reminder.appendChild(done);
      } else {
        reminder.hidden = true;
      }

      const announcement = notice && !count ? 'Second Thought: ' + notice.text : describe(count, worst);
      if (announcement !== lastAnnounced) {
        live.textContent = announcement;
        lastAnnounced = announcement;
      }
      place();
    }

    return {
      host,
      update,
      place,
      open,
      close,
      destroy: () => host.remove(),
    };
  }

  ST.panel = { create };
})(globalThis.SecondThought);
