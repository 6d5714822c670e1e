// Severity order, the worst of a list, and whether a post should be held.
(function (ST) {
  'use strict';
  const RANK = { low: 1, medium: 2, high: 3 };

  const rank = (s) => RANK[s] || 0;

  function worst(warnings) {
    let best = null;
    for (const w of warnings || []) if (!best || rank(w.severity) > rank(best)) best = w.severity;
    return best;
  }

  // hold level: 'high' = only high-severity warnings hold a post; 'any' = every warning;
  // 'never' = posts are never held.
  function shouldHold(warnings, level) {
    if (level === 'never') return false;
    const min = level === 'any' ? 1 : 3;
    return (warnings || []).some((w) => rank(w.severity) >= min);
  }

  ST.severity = { rank, worst, shouldHold };
})(globalThis.SecondThought);
