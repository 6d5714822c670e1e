// The options page: every setting, saved to storage.sync as soon as it changes (after
// validation and repair), with settings fixed by policy (storage.managed) shown locked.
// Switching on a site that is off by default asks for that site's permission first.
(function (ST) {
  'use strict';
  const api = ST.api;
  const C = ST.constants;
  const $ = (id) => document.getElementById(id);
  let state = null;

  const lines = (v) => v.split('\n').map((l) => l.trim()).filter(Boolean);
  const isLocked = (key) => state.locked.includes(key) || state.locked.some((k) => key.startsWith(k + '.'));

  function build() {
    const profile = $('profile');
    for (const id of C.PROFILES) profile.appendChild(new Option(C.PROFILE_LABELS[id], id));
    const cats = $('categories');
    for (const c of C.CATEGORIES) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 'category';
      box.value = c;
      box.id = 'category-' + c;
      label.append(box, C.CATEGORY_LABELS[c]);
      cats.appendChild(label);
    }
    const sites = $('sites');
    for (const site of ST.sites.all()) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 'site';
      box.value = site.id;
      box.id = 'site-' + site.id;
      label.append(box, site.name + (site.defaultOn ? '' : ' (asks for permission to read that site)'));
      sites.appendChild(label);
    }
  }

  function fill() {
    const s = state.settings;
    $('profile').value = s.profile;
    $('profile').disabled = isLocked('profile');
    $('real_name').value = s.identity.real_name;
    $('real_name').disabled = isLocked('identity.real_name');
    for (const box of document.querySelectorAll('input[name="category"]')) {
      box.checked = s.categories[box.value];
      box.disabled = isLocked('categories.' + box.value);
    }
    for (const name of ['sensitivity', 'hold']) {
      for (const r of document.querySelectorAll(`input[name="${name}"]`)) {
        r.checked = r.value === s[name];
        r.disabled = isLocked(name);
      }
    }
    $('watch_terms').value = s.watch_terms.join('\n');
    $('watch_terms').disabled = isLocked('watch_terms');
    $('allow_terms').value = s.allow_terms.join('\n');
    $('allow_terms').disabled = isLocked('allow_terms');
    $('allow_local').value = state.allowLocal.join('\n');
    for (const box of document.querySelectorAll('input[name="site"]')) {
      box.checked = s.sites[box.value];
      box.disabled = isLocked('sites.' + box.value);
    }
    const days = $('privacy_reminder_days');
    if (![...days.options].some((o) => Number(o.value) === s.privacy_reminder_days)) {
      days.appendChild(new Option(`${s.privacy_reminder_days} days`, String(s.privacy_reminder_days)));
    }
    days.value = String(s.privacy_reminder_days);
    days.disabled = isLocked('privacy_reminder_days');
    $('policy-note').hidden = !state.locked.length;
    if (state.problems.length) {
      $('repair-note').hidden = false;
      $('repair-note').textContent = `Some saved settings were not valid and were reset: ${state.problems.join(', ')}.`;
    }
  }

  function collect() {
    const s = JSON.parse(JSON.stringify(state.settings));
    s.profile = $('profile').value;
    s.identity.real_name = $('real_name').value;
    for (const box of document.querySelectorAll('input[name="category"]')) s.categories[box.value] = box.checked;
    for (const name of ['sensitivity', 'hold']) {
      const r = document.querySelector(`input[name="${name}"]:checked`);
      if (r) s[name] = r.value;
    }
    s.watch_terms = lines($('watch_terms').value);
    s.allow_terms = lines($('allow_terms').value);
    for (const box of document.querySelectorAll('input[name="site"]')) s.sites[box.value] = box.checked;
    s.privacy_reminder_days = Number($('privacy_reminder_days').value);
    return s;
  }

  async function save() {
    const saved = await ST.storage.save(collect());
    await ST.storage.setLocalAllow(lines($('allow_local').value));
    state.settings = saved;
    $('saved').textContent = 'Saved.';
    document.body.dataset.saved = String(Date.now());
  }

  async function onChange(e) {
    const t = e.target;
    if (t.name === 'site' && t.checked) {
      const site = ST.sites.byId(t.value);
      if (site && !site.defaultOn) {
        // Must be the first await in the user's gesture, as browsers require.
        const granted = await api.permissions.request({ origins: site.matches });
        if (!granted) {
          t.checked = false;
          return;
        }
      }
    }
    await save();
  }

  async function main() {
    build();
    state = await ST.storage.load();
    fill();
    const form = $('form');
    form.addEventListener('change', onChange);
    form.addEventListener('submit', (e) => e.preventDefault());
    document.body.dataset.ready = 'true';
  }

  main();
})(globalThis.SecondThought);
