// Threads: Lexical composer, as Facebook. Off until switched on.
SecondThought.sites.register({
  id: 'threads',
  name: 'Threads',
  defaultOn: false,
  hostnames: ['threads.com', 'threads.net'],
  matches: ['https://www.threads.com/*', 'https://www.threads.net/*'],
  privacyUrl: 'https://www.threads.com/settings/privacy',
  editors: [
    { selector: '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]', framework: 'lexical' },
  ],
  surfaces: [
    { surface: 'reply', within: '[role="dialog"]', has: '[data-pressable-container]' },
  ],
  composeRoots: ['[role="dialog"]', 'form'],
  account: { selector: 'a[href^="/@"][role="link"]', read: 'handle-from-href' },
  postControls: [{ selector: '[role="dialog"] div[role="button"]', text: '^(Post|Publier|Posten|Publicar)$' }],
  postKeys: [{ key: 'Enter', mod: true }],
});
