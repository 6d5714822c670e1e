// Background entry: loads settings, starts the native client, keeps the host's
// configuration and the optional sites' content scripts in step with the settings.
// Listeners are registered at top level (router.js, and below) so an MV3 service worker
// or Firefox event page woken by an event finds them.
(function (ST) {
  'use strict';
  const api = ST.api;
  let current = ST.storage.repairStored().catch(() => []).then(() => ST.storage.load());

  const hostSettings = () => current.then((s) => ST.settings.forHost(s.settings, s.allowLocal));

  ST.client = new ST.NativeClient({
    connect: () => api.runtime.connectNative(ST.constants.HOST_NAME),
    getHostSettings: hostSettings,
    onStatus: (s) => ST.hostStatus.update(s),
    // New settings are in force: every open compose box asks again.
    onConfigured: (settings) => { if (settings) ST.router.broadcast({ type: 'reanalyze' }); },
  });

  api.storage.onChanged.addListener((changes, area) => {
    if (!ST.storage.isRelevantChange(changes, area)) return;
    current = ST.storage.load();
    current.then((s) => ST.siteScripts.sync(s.settings));
    hostSettings().then((settings) => ST.client.configure(settings));
  });

  if (api.permissions && api.permissions.onAdded) {
    api.permissions.onAdded.addListener(() => current.then((s) => ST.siteScripts.sync(s.settings)));
    api.permissions.onRemoved.addListener(() => current.then((s) => ST.siteScripts.sync(s.settings)));
  }

  api.runtime.onInstalled.addListener(() => current.then((s) => ST.siteScripts.sync(s.settings)));

  ST.client.connect();
})(globalThis.SecondThought);
