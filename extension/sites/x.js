// X (Twitter): Draft.js composer for posts, replies and quote posts; a textarea (or, in
// older layouts, Draft.js) for direct messages. Selectors use data-testid markers and
// framework classes, never localised labels.
SecondThought.sites.register({
  id: 'x',
  name: 'X',
  defaultOn: true,
  hostnames: ['x.com', 'twitter.com'],
  matches: ['https://x.com/*', 'https://*.x.com/*', 'https://twitter.com/*', 'https://*.twitter.com/*'],
  privacyUrl: 'https://x.com/settings/privacy_and_safety',
  editors: [
    { selector: '.public-DraftEditor-content[contenteditable="true"]', framework: 'draft' },
    { selector: 'textarea[data-testid="dmComposerTextInput"], [data-testid="dm-composer-textarea"], [data-testid="dmComposerTextInput"] textarea', framework: 'textarea' },
  ],
  // First rule that matches wins; otherwise 'post' (a quote post is a post).
  surfaces: [
    { surface: 'message', path: '^/(messages|i/chat)(/|$)' },
    { surface: 'reply', within: '[role="dialog"]', has: 'article[data-testid="tweet"]' },
    { surface: 'reply', path: '^/[^/]+/status/\\d+' },
  ],
  composeRoots: ['[role="dialog"]', '[data-testid="inline_reply_offscreen"]', 'form', '[data-testid="primaryColumn"]'],
  account: { selector: '[data-testid="SideNav_AccountSwitcher_Button"]', read: 'name-and-handle' },
  postControls: [
    { selector: '[data-testid="tweetButton"]' },
    { selector: '[data-testid="tweetButtonInline"]' },
    { selector: '[data-testid="dmComposerSendButton"]' },
  ],
  postKeys: [
    { key: 'Enter', mod: true },
    { key: 'Enter', mod: false, shift: false, surfaces: ['message'] },
  ],
});
