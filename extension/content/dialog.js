// The "are you sure" dialog shown when a post is held: the warnings, "Edit" (the default,
// focused) and "Post anyway". A modal alertdialog in an open shadow root; Escape = Edit.
(function (ST) {
  'use strict';
  const C = ST.constants;
  let current = null;

  const STYLE = `
:host { all: initial; }
.backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.45); display: flex; align-items: center; justify-content: center;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.box { --bg:#fff; --fg:#1f2328; --muted:#57606a; --line:#d0d7de; --accent:#0b57d0; --high:#b3261e; --medium:#a15c00; --low:#3a5f9e;
  background: var(--bg); color: var(--fg); width: 420px; max-width: calc(100vw - 32px); max-height: 80vh; overflow: auto;
  border-radius: 12px; padding: 18px 20px; box-shadow: 0 10px 40px rgba(0,0,0,.35); box-sizing: border-box; }
.box[data-theme="dark"] { color-scheme: dark; --bg:#1e2226; --fg:#e6edf3; --muted:#9aa4ae; --line:#3d444d; --accent:#8ab4f8; --high:#ff8a80; --medium:#ffb74d; --low:#90caf9; }
h2 { margin: 0 0 6px; font-size: 17px; }
p.lead { margin: 0 0 10px; color: var(--muted); }
ul { margin: 0 0 14px; padding: 0; list-style: none; }
li { border-left: 4px solid var(--low); padding: 4px 10px; margin: 6px 0; }
li[data-severity="high"] { border-color: var(--high); }
li[data-severity="medium"] { border-color: var(--medium); }
li strong { display: block; }
li span { color: var(--muted); font-size: 13px; }
.buttons { display: flex; justify-content: flex-end; gap: 8px; }
button { font: inherit; padding: 6px 14px; border-radius: 8px; cursor: pointer; border: 1px solid var(--line); background: transparent; color: var(--fg); }
button.edit { background: var(--accent); border-color: var(--accent); color: var(--bg); font-weight: 600; }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
`;

  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function close() {
    if (!current) return;
    current.host.remove();
    current = null;
  }

  // -> Promise<'edit' | 'post'>
  function ask(warnings, theme) {
    close();
    return new Promise((resolve) => {
      const host = el('secondthought-dialog', { 'data-secondthought': '' });
      host.style.cssText = 'all:initial;position:fixed;inset:0;z-index:2147483647;';
      const root = host.attachShadow({ mode: 'open' });
      const backdrop = el('div', { class: 'backdrop' });
      const box = el('div', { class: 'box', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'st-title', 'aria-describedby': 'st-lead', 'data-theme': theme || 'light' });
      box.appendChild(el('h2', { id: 'st-title' }, 'Second thought before posting?'));
      box.appendChild(el('p', { class: 'lead', id: 'st-lead' }, 'This post may go against your regulator’s guidance on social media:'));
      const list = el('ul');
      for (const w of warnings) {
        const li = el('li', { 'data-category': String(w.category), 'data-severity': String(w.severity) });
        li.appendChild(el('strong', {}, w.title || C.CATEGORY_LABELS[w.category] || w.category));
        if (w.message) li.appendChild(el('span', {}, w.message));
        list.appendChild(li);
      }
      box.appendChild(list);
      const buttons = el('div', { class: 'buttons' });
      const post = el('button', { type: 'button', class: 'post-anyway' }, 'Post anyway');
      const edit = el('button', { type: 'button', class: 'edit' }, 'Edit');
      buttons.append(post, edit);
      box.appendChild(buttons);
      backdrop.appendChild(box);
      root.append(el('style', {}, STYLE), backdrop);
      document.documentElement.appendChild(host);
      current = { host };

      const finish = (answer) => {
        close();
        resolve(answer);
      };
      edit.addEventListener('click', () => finish('edit'));
      post.addEventListener('click', () => finish('post'));
      box.addEventListener('keydown', (e) => {
        e.stopPropagation();
        if (e.key === 'Escape') finish('edit');
        if (e.key === 'Tab') { // keep focus inside the dialog
          e.preventDefault();
          (root.activeElement === edit ? post : edit).focus();
        }
      });
      edit.focus();
    });
  }

  ST.dialog = { ask, close, isOpen: () => current !== null };
})(globalThis.SecondThought);
