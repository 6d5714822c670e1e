// What the tests read from and do to a page, written once for both browsers: only
// page.evaluate, the mouse and the keyboard, which Playwright and puppeteer share.

// Warning elements in the extension's shadow roots (the panel is an open shadow root).
export function warnings(page) {
  return page.evaluate(() => [...document.querySelectorAll('secondthought-ui')].flatMap((h) =>
    [...h.shadowRoot.querySelectorAll('li.warning')].map((li) => ({
      category: li.dataset.category, severity: li.dataset.severity,
      title: li.querySelector('h3').textContent,
      guidance: [...li.querySelectorAll('.guidance')].map((g) => g.textContent),
    }))));
}

// Waits until the compose box's panel lists a warning of `category` (or, with
// absent=true, until an analysis has landed that lists none).
export function waitForCategory(driver, page, category, absent = false, timeout) {
  return driver.waitFor(page, ([cat, abs]) => {
    const hosts = [...document.querySelectorAll('secondthought-ui')];
    const landed = hosts.some((h) => h.hasAttribute('data-count'));
    const has = hosts.some((h) => h.shadowRoot.querySelector(`li.warning[data-category="${cat}"]`));
    return abs ? landed && !has : has;
  }, [category, absent], timeout);
}

// Every painted highlight range: its text, its severity ('context' for the shaded rest
// of a sentence), and where it starts, counted in UTF-16 code units from the start of
// the editor that holds it.
export function highlights(page, editorSelector) {
  return page.evaluate((sel) => {
    const editor = document.querySelector(sel);
    const out = [];
    for (const sev of ['context', 'low', 'medium', 'high']) {
      const h = CSS.highlights.get('secondthought-' + sev);
      if (!h) continue;
      for (const r of h) {
        const pre = document.createRange();
        pre.setStart(editor, 0);
        pre.setEnd(r.startContainer, r.startOffset);
        out.push({ severity: sev, text: r.toString(), start: pre.toString().length, inEditor: editor.contains(r.startContainer) });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }, editorSelector);
}

// A trusted mouse click in the middle of an element: in the page (hostTag null) or
// inside one of our shadow roots. Our panel moves when its content changes (a reminder
// hidden, a warning gone), and a site's compose box can move as the page settles, so
// the element's place is read again over two frames until it stops moving: a click
// aimed at where it was a frame ago can land on nothing.
async function clickWhenSteady(page, hostTag, selector) {
  const box = await page.evaluate(async ([tag, sel]) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const find = () => {
      if (!tag) return document.querySelector(sel);
      for (const h of document.querySelectorAll(tag)) {
        const el = h.shadowRoot.querySelector(sel);
        if (el) return el;
      }
      return null;
    };
    const centre = () => {
      const el = find();
      if (!el) return null;
      el.scrollIntoView({ block: 'nearest' }); // the panel scrolls when it is long
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    };
    let last = centre();
    for (let i = 0; last && i < 20; i++) {
      await frame();
      await frame();
      const now = centre();
      if (now && Math.abs(now.x - last.x) < 0.5 && Math.abs(now.y - last.y) < 0.5) return now;
      last = now;
    }
    return last;
  }, [hostTag, selector]);
  if (!box) throw new Error(`no ${selector} in ${hostTag || 'the page'}`);
  await page.mouse.click(box.x, box.y);
}

export const clickInShadow = (page, hostTag, selector) => clickWhenSteady(page, hostTag, selector);
export const clickSelector = (page, selector) => clickWhenSteady(page, null, selector);

export const posts = (page) => page.evaluate(() => window.__posts.slice());
export const dialogOpen = (page) => page.evaluate(() => !!document.querySelector('secondthought-dialog'));

// Focus an editor and type. Draft.js in Firefox leaves its caret before the first
// character it renders into an empty editor (with or without this extension; keys do not
// move it), so the first character goes in alone, then a click at the end of the last
// line puts the caret after it, as a user's would, before the rest is typed.
export async function typeInto(driver, page, selector, text) {
  await clickSelector(page, selector);
  await driver.waitFor(page, (sel) => document.activeElement && document.activeElement.closest(sel) !== null, selector);
  const [first, ...rest] = [...text];
  const before = await page.evaluate((sel) => document.querySelector(sel).textContent.length, selector);
  await page.keyboard.type(first);
  await driver.waitFor(page, ([sel, n]) => document.querySelector(sel).textContent.length > n, [selector, before]);
  const end = await page.evaluate((sel) => {
    const r = document.querySelector(sel).lastElementChild.getBoundingClientRect();
    return { x: r.right - 4, y: r.bottom - 6 };
  }, selector);
  await page.mouse.click(end.x, end.y);
  await driver.waitFor(page, (sel) => {
    const g = getSelection();
    const e = document.querySelector(sel);
    if (!g.rangeCount || !e.contains(g.focusNode)) return false;
    const r = document.createRange();
    r.setStart(e, 0);
    r.setEnd(g.focusNode, g.focusOffset);
    return r.toString().length === e.textContent.length;
  }, selector);
  if (rest.length) await page.keyboard.type(rest.join(''));
}

// The text as the editor itself holds it (Draft: plain text; Lexical: text content).
export const editorText = (page, selector) => page.evaluate((sel) => document.querySelector(sel).innerText.replace(/\n$/, ''), selector);

// Counts our dialogs as they appear, so a test can say "no dialog was ever shown".
export const watchDialogs = (page) => page.evaluate(() => {
  window.__dialogsSeen = 0;
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeName === 'SECONDTHOUGHT-DIALOG') window.__dialogsSeen++;
  }).observe(document.documentElement, { childList: true });
});
export const dialogsSeen = (page) => page.evaluate(() => window.__dialogsSeen);
