// The toolbar popup: this site on/off, the host's status (and how to install it when it
// is missing), what this page has found (counts, categories, titles: never the text), the
// privacy-settings reminder, and a link to the options.
(function (ST) {
  'use strict';
  const api = ST.api;
  const $ = (id) => document.getElementById(id);

  const STATUS_TEXT = {
    connecting: 'Connecting…',
    connected: 'Running',
    not_installed: 'Not installed',
    forbidden: 'Installed, but not allowed for this extension. Run ./installer/install.sh again.',
    exited: 'Stopped; reconnecting…',
    error: 'Not responding',
  };

  async function activeTab() {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return tab || null;
  }

  async function showHost() {
    let status;
    try {
      status = await api.runtime.sendMessage({ type: 'status' });
    } catch (_) {
      status = { state: 'error' };
    }
    const el = $('host-status');
    el.dataset.state = status.state;
    let text = STATUS_TEXT[status.state] || status.state;
    if (status.state === 'connected' && status.hello && status.hello.host_version) text += ` (version ${status.hello.host_version})`;
    el.textContent = text;
    $('host-help').hidden = status.state !== 'not_installed';
    $('reconnect').hidden = status.state === 'connected' || status.state === 'connecting';
    if (status.state === 'connecting') setTimeout(showHost, 400); // the first hello is on its way
    return status;
  }

  async function showSite(tab, state) {
    let site = null;
    try { site = tab && tab.url ? ST.sites.forHostname(new URL(tab.url).hostname) : null; } catch (_) { site = null; }
    const power = $('power');
    if (!site) {
      $('site-name').textContent = 'This site';
      $('site-note').textContent = 'Second Thought does not check posts on this site.';
      return null;
    }
    const on = !!state.settings.sites[site.id];
    const locked = state.locked.includes('sites.' + site.id) || state.locked.includes('sites');
    $('site-name').textContent = site.name;
    power.hidden = false;
    power.setAttribute('aria-checked', String(on));
    power.disabled = locked;
    $('site-note').textContent = locked ? 'Set by your organisation.' : (on ? 'Checking your posts here.' : 'Switched off: nothing is checked here.');
    power.onclick = async () => {
      const next = power.getAttribute('aria-checked') !== 'true';
      if (next && !site.defaultOn) {
        // Ask for the site's permission inside the click, as browsers require.
        const granted = await api.permissions.request({ origins: site.matches });
        if (!granted) return;
      }
      await ST.storage.update((s) => { s.sites[site.id] = next; });
      power.setAttribute('aria-checked', String(next));
      $('site-note').textContent = next ? 'Switched on: reload the page if a compose box is open.' : 'Switched off: nothing is checked here.';
    };
    return site;
  }

  async function showWarnings(tab, site) {
    if (!site || !tab) return;
    let summary = null;
    try { summary = await api.tabs.sendMessage(tab.id, { type: 'summary' }); } catch (_) { summary = null; }
    if (!summary) return;
    $('warnings').hidden = false;
    $('warning-count').textContent = summary.count
      ? `${summary.count} warning${summary.count === 1 ? '' : 's'} in the compose box${summary.editors > 1 ? 'es' : ''}.`
      : 'No warnings.';
    const list = $('warning-list');
    list.replaceChildren();
    for (const item of summary.items) {
      const li = document.createElement('li');
      li.dataset.category = item.category;
      li.dataset.severity = item.severity;
      li.textContent = item.title || ST.constants.CATEGORY_LABELS[item.category] || item.category;
      list.appendChild(li);
    }
  }

  function showPrivacy(site, state) {
    if (!site) return;
    const now = Date.now();
    if (!ST.reminders.isDue(site.id, state.settings.privacy_reminder_days, state.privacyReviews, now)) return;
    const days = ST.reminders.daysSince(site.id, state.privacyReviews, now);
    $('privacy').hidden = false;
    $('privacy-text').textContent = days === null
      ? `Know who can see your ${site.name} posts: review your privacy settings there.`
      : `Your last ${site.name} privacy review was ${days} days ago.`;
    const tabOrigin = 'https://' + site.hostnames[0];
    $('privacy-link').href = new URL(site.privacyUrl, tabOrigin).href;
    $('privacy-done').onclick = async () => {
      await ST.storage.markPrivacyReviewed(site.id, Date.now());
      $('privacy').hidden = true;
    };
  }

  async function main() {
    $('options').addEventListener('click', (e) => {
      e.preventDefault();
      api.runtime.openOptionsPage();
    });
    $('reconnect').addEventListener('click', async () => {
      await api.runtime.sendMessage({ type: 'reconnect' });
      setTimeout(showHost, 600);
    });
    const [tab, state] = await Promise.all([activeTab(), ST.storage.load()]);
    const site = await showSite(tab, state);
    showPrivacy(site, state);
    await Promise.all([showHost(), showWarnings(tab, site)]);
    document.body.dataset.ready = 'true';
  }

  main();
})(globalThis.SecondThought);
