// One compose box: watches it (beforeinput, input, and a MutationObserver, since editors
// do not fire `input` for every change), debounces, sends its text to the host through
// the background, and shows the newest analysis as highlights plus badge and panel.
// The text is read with the same walk that maps the host's offsets back to the DOM.
(function (ST) {
  'use strict';
  const DEBOUNCE_MS = 250;
  let nextKey = 1;

  class Session {
    constructor(editor, spec, site, env) {
      this.editor = editor;
      this.framework = spec.framework;
      this.site = site;
      this.env = env; // {getState(): {settings, allowLocal, privacyReviews}, onActive(session)}
      this.key = `e${nextKey++}`;
      this.seq = 0; // newest request sent
      this.analysis = null; // {text, warnings, seq}: the newest analysis shown
      this.inFlight = null; // promise of the newest request
      this.ignored = new Set(); // "ignore once": rule + excerpt, for this compose box
      this.schedule = ST.debounce(() => this.analyze(false), DEBOUNCE_MS);
      this.ui = ST.panel.create({
        onIgnoreOnce: (w) => this.ignoreOnce(w),
        onDontFlag: (w) => this.dontFlag(w),
        onPrivacyDone: () => ST.storage.markPrivacyReviewed(site.id, Date.now()),
      });
      this.onEdit = () => {
        this.env.onActive(this);
        this.schedule();
      };
      this.onFocus = () => {
        this.env.onActive(this);
        this.place();
      };
      editor.addEventListener('beforeinput', this.onEdit, { passive: true });
      editor.addEventListener('input', this.onEdit, { passive: true });
      editor.addEventListener('focusin', this.onFocus, { passive: true });
      // Alt+Shift+W from the compose box opens the panel with focus in it (the badge
      // itself sits at the end of the page's tab order).
      this.onKey = (e) => {
        if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyW' && this.visibleWarnings().length) {
          e.preventDefault();
          this.ui.open(true);
        }
      };
      editor.addEventListener('keydown', this.onKey);
      this.observer = new MutationObserver(() => {
        this.schedule();
        ST.highlighter.refresh();
      });
      this.observer.observe(editor, { characterData: true, childList: true, subtree: true });
      if (this.read().text.trim()) this.schedule();
    }

    read() {
      if (this.framework === 'textarea') return { text: this.editor.value || '', segments: null };
      return ST.textMap.read(this.editor);
    }

    isAlive() {
      return this.editor.isConnected;
    }

    // force: ask again even when the text has not changed (new settings in force).
    analyze(force) {
      this.schedule.cancel();
      const snapshot = this.read();
      if (!force && this.analysis && this.analysis.text === snapshot.text && !this.inFlight) return Promise.resolve(this.analysis);
      if (!snapshot.text.trim()) {
        this.seq++;
        this.inFlight = null;
        this.analysis = { text: snapshot.text, warnings: [], seq: this.seq };
        this.render();
        return Promise.resolve(this.analysis);
      }
      const seq = ++this.seq;
      const context = ST.pageContext.contextOf(this.site, this.editor);
      const p = ST.port.analyze(this.key, snapshot.text, location.hostname, context).then((res) => {
        if (seq !== this.seq) return null; // a newer request was sent: this reply is stale
        this.inFlight = null;
        if (!res.ok) {
          this.failed = res;
          this.render();
          // The host went away under this request: ask once more after the background
          // has reconnected, so the last words typed are not left unchecked.
          if (!this.retried && (res.error === 'disconnected' || res.error === 'timeout')) {
            this.retried = true;
            setTimeout(() => { if (this.seq === seq) this.analyze(true); }, 600);
          }
          return null;
        }
        this.failed = null;
        this.retried = false;
        this.analysis = { text: snapshot.text, warnings: res.analysis.warnings || [], seq };
        this.render();
        return this.analysis;
      });
      this.inFlight = p;
      return p;
    }

    // Why this compose box is not being checked, when the host cannot answer.
    notice() {
      if (!this.failed) return null;
      const state = this.failed.status || 'error';
      const text = state === 'not_installed'
        ? 'the checker is not installed on this computer, so this post is not being checked. Run ./installer/install.sh from the Second Thought folder, then restart the browser.'
        : 'the checker is not responding, so this post is not being checked right now.';
      return { state, text };
    }

    visibleWarnings() {
      if (!this.analysis) return [];
      return this.analysis.warnings.filter((w) => !this.ignored.has(this.ignoreKey(w)));
    }

    // The words a warning is about: its evidence spans, not the rest of the sentence
    // shaded around them (spans of kind 'context').
    evidenceOf(w) {
      return (w.spans || []).filter((s) => s.kind !== 'context');
    }

    excerptOf(w) {
      const text = this.analysis.text;
      const parts = this.evidenceOf(w)
        .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start < s.end && s.end <= text.length)
        .map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' ').trim())
        .filter(Boolean);
      return [...new Set(parts)].join(' … ');
    }

    ignoreKey(w) {
      return `${w.rule}\u0000${this.excerptOf(w)}`;
    }

    render() {
      const warnings = this.visibleWarnings();
      const worst = ST.severity.worst(warnings);
      this.paint(warnings);
      const state = this.env.getState();
      const due = ST.reminders.isDue(this.site.id, state.settings.privacy_reminder_days, state.privacyReviews, Date.now());
      const reminder = due ? {
        siteName: this.site.name,
        url: new URL(this.site.privacyUrl, location.origin).href,
        days: ST.reminders.daysSince(this.site.id, state.privacyReviews, Date.now()),
      } : null;
      this.ui.update(warnings.map((w) => ({ warning: w, excerpt: this.excerptOf(w) })), worst,
        reminder, ST.theme.themeFor(this.editor), this.notice());
      // How much text the shown analysis covers (a length, never the text): lets anyone
      // inspecting the page tell a current analysis from an older one.
      if (this.analysis) this.ui.host.setAttribute('data-chars', String(this.analysis.text.length));
      this.place();
      this.env.onRendered();
    }

    // Spans -> live DOM ranges, only while the DOM still holds the analysed text.
    paint(warnings) {
      if (this.framework === 'textarea') return;
      const now = ST.textMap.read(this.editor);
      if (!this.analysis || now.text !== this.analysis.text) return; // a newer analysis is on its way
      // Warnings often share spans (the same name backs two findings): paint each span
      // once, in the colour of the most serious warning that names it. The rest of a
      // sentence around the evidence (kind 'context') is painted as 'context', lighter
      // than any severity.
      const spans = new Map();
      for (const w of warnings) {
        for (const s of w.spans || []) {
          const key = `${s.start}:${s.end}`;
          const severity = s.kind === 'context' ? 'context' : w.severity;
          const had = spans.get(key);
          if (!had || ST.severity.rank(severity) > ST.severity.rank(had.severity)) spans.set(key, { ...s, severity });
        }
      }
      const entries = [];
      for (const s of spans.values()) {
        const r = ST.textMap.rangeFor(now.segments, s.start, s.end);
        if (!r) continue;
        const range = document.createRange();
        range.setStart(r.startNode, r.startOffset);
        range.setEnd(r.endNode, r.endOffset);
        entries.push({ range, severity: s.severity });
      }
      ST.highlighter.set(this, entries);
    }

    place() {
      this.ui.place(this.editor.getBoundingClientRect());
    }

    ignoreOnce(w) {
      this.ignored.add(this.ignoreKey(w));
      this.render();
    }

    // Allow the words the warning is about, not the context words it also highlights
    // ("clinic", "NHS no"): those named in its title, else its longest span.
    dontFlag(w) {
      const texts = this.evidenceOf(w).map((s) => this.analysis.text.slice(s.start, s.end).trim()).filter(Boolean);
      const named = texts.filter((t) => String(w.title || '').includes(t));
      const terms = named.length ? named : texts.sort((a, b) => b.length - a.length).slice(0, 1);
      if (terms.length) ST.storage.addLocalAllow(terms);
      this.ignoreOnce(w);
    }

    // For the post guard: 'clean' / 'hold' when the newest analysis is of the text now in
    // the box, 'unknown' when it is not (still typing, or the reply is on its way).
    verdict(level) {
      if (this.schedule.pending() || this.inFlight || !this.analysis) return 'unknown';
      if (this.read().text !== this.analysis.text) return 'unknown';
      return ST.severity.shouldHold(this.visibleWarnings(), level) ? 'hold' : 'clean';
    }

    destroy() {
      this.schedule.cancel();
      this.seq++;
      this.observer.disconnect();
      this.editor.removeEventListener('beforeinput', this.onEdit);
      this.editor.removeEventListener('input', this.onEdit);
      this.editor.removeEventListener('focusin', this.onFocus);
      this.editor.removeEventListener('keydown', this.onKey);
      ST.highlighter.clear(this);
      this.ui.destroy();
    }
  }

  ST.Session = Session;
})(globalThis.SecondThought);
