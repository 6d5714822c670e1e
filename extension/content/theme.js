// Light or dark, from the colour actually behind the compose box (sites have their own
// dark modes, independent of the system's), falling back to the system preference.
(function (ST) {
  'use strict';
  function parse(rgb) {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(rgb || '');
    if (!m) return null;
    return { r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4] };
  }

  function themeFor(el) {
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      const c = parse(getComputedStyle(n).backgroundColor);
      if (c && c.a > 0.5) {
        const lum = (0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b) / 255;
        return lum < 0.45 ? 'dark' : 'light';
      }
    }
    return matchMedia && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  ST.theme = { themeFor };
})(globalThis.SecondThought);
