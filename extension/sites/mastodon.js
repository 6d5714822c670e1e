// Mastodon: a plain textarea in the compose form. Federated, so only the largest public
// instances are listed. Off until switched on.
SecondThought.sites.register({
  id: 'mastodon',
  name: 'Mastodon',
  defaultOn: false,
  hostnames: ['mastodon.social', 'mastodon.online', 'mstdn.social'],
  matches: ['https://mastodon.social/*', 'https://mastodon.online/*', 'https://mstdn.social/*'],
  privacyUrl: '/settings/privacy',
  editors: [{ selector: 'form.compose-form textarea', framework: 'textarea' }],
  surfaces: [
    { surface: 'reply', within: 'form.compose-form', has: '.reply-indicator' },
  ],
  composeRoots: ['form.compose-form'],
  account: { selector: '.navigation-bar__profile', read: 'name-and-handle' },
  postControls: [{ selector: 'form.compose-form button[type="submit"]' }],
  postKeys: [{ key: 'Enter', mod: true }],
});
