// Holds a post back for a second thought. Capture-phase listeners on window run before
// the site's own (React listens at its root), so a click on the post control, or a key
// that posts, can be stopped when the newest analysis of the final text has a warning
// at or above the chosen level. "Post anyway" replays the post once: a one-shot bypass
// for that compose box, used by the very next post event and then gone.
(function (ST) {
  'use strict';
  const BYPASS_MS = 3000;
  let bypass = null; // {session, until}: the compose box whose next post goes through

  function takeBypass(session) {
    if (!bypass) return false;
    const ok = bypass.session === session && Date.now() < bypass.until;
    bypass = null;
    return ok;
  }

  function armBypass(session) {
    bypass = { session, until: Date.now() + BYPASS_MS };
  }

  // The worst verdict over the compose boxes a post sends (a thread has several).
  function verdictOf(sessions, level) {
    const vs = sessions.map((s) => s.verdict(level));
    if (vs.includes('hold')) return 'hold';
    return vs.includes('unknown') ? 'unknown' : 'clean';
  }

  function install(env) {
    // env: {site, sessionsForControl(el), sessionForTarget(el), holdLevel(), enabled()}
    const { site } = env;

    async function guard(event, sessions, replay) {
      const first = sessions[0];
      if (takeBypass(first)) return; // the one post the user confirmed
      const level = env.holdLevel();
      if (level === 'never') return;
      let verdict = verdictOf(sessions, level);
      if (verdict === 'clean') return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (verdict === 'unknown') {
        await Promise.all(sessions.map((s) => s.analyze(false)));
        verdict = verdictOf(sessions, level);
        if (verdict !== 'hold') { // clean, or the host cannot answer: never block posting
          armBypass(first);
          replay();
          return;
        }
      }
      const holding = sessions.filter((s) => s.verdict(level) === 'hold');
      const answer = await ST.dialog.ask(holding.flatMap((s) => s.visibleWarnings()), ST.theme.themeFor(first.editor));
      if (answer === 'post') {
        armBypass(first);
        replay();
      } else {
        holding[0].editor.focus();
      }
    }

    addEventListener('click', (event) => {
      if (!env.enabled() || event.button !== 0) return;
      const control = ST.pageContext.postControlOf(site, event.target);
      if (!control) return;
      const sessions = env.sessionsForControl(control);
      if (!sessions.length) return;
      guard(event, sessions, () => control.click());
    }, true);

    addEventListener('keydown', (event) => {
      if (!env.enabled()) return;
      const session = env.sessionForTarget(event.target);
      if (!session) return;
      if (!ST.pageContext.isPostKey(site, event, ST.pageContext.surfaceOf(site, session.editor))) return;
      const target = event.target;
      const init = {
        key: event.key, code: event.code, keyCode: event.keyCode, which: event.which,
        ctrlKey: event.ctrlKey, metaKey: event.metaKey, shiftKey: event.shiftKey, altKey: event.altKey,
        bubbles: true, cancelable: true, composed: true,
      };
      guard(event, [session], () => {
        session.editor.focus();
        target.dispatchEvent(new KeyboardEvent('keydown', init));
      });
    }, true);
  }

  ST.hold = { install };
})(globalThis.SecondThought);
