// Bluesky: TipTap (ProseMirror) composer. Off until switched on.
SecondThought.sites.register({
  id: 'bluesky',
  name: 'Bluesky',
  defaultOn: false,
  hostnames: ['bsky.app'],
  matches: ['https://bsky.app/*'],
  privacyUrl: 'https://bsky.app/settings/privacy-and-security',
  editors: [
    { selector: '.ProseMirror[contenteditable="true"]', framework: 'prosemirror' },
    { selector: 'textarea[data-testid="messageInput"], textarea[data-testid="convoInput"]', framework: 'textarea' },
  ],
  surfaces: [
    { surface: 'message', path: '^/messages(/|$)' },
    { surface: 'reply', within: '[role="dialog"]', has: '[data-testid="replyPost"], [data-testid^="postThreadItem"]' },
  ],
  composeRoots: ['[role="dialog"]', 'form'],
  account: { selector: '[data-testid="profileCardButton"], [aria-label="Profile"]', read: 'name-and-handle' },
  postControls: [{ selector: '[data-testid="composerPublishBtn"]' }],
  postKeys: [{ key: 'Enter', mod: true }],
});
