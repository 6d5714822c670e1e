// Facebook: Lexical editors for posts and comments. Comments post on Enter (Shift+Enter
// is a new line); the post dialog has a Post button whose label is localised, so the
// label list is only a fallback next to the dialog's submit role.
SecondThought.sites.register({
  id: 'facebook',
  name: 'Facebook',
  defaultOn: true,
  hostnames: ['facebook.com'],
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
  privacyUrl: 'https://www.facebook.com/settings/?tab=privacy',
  editors: [
    { selector: '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]', framework: 'lexical' },
  ],
  surfaces: [
    { surface: 'message', path: '^/messages(/|$)' },
    { surface: 'message', within: '[role="complementary"] [role="dialog"], [aria-label][role="main"] [data-pagelet="MWChatTab"]' },
    { surface: 'comment', within: '[role="article"]' },
  ],
  composeRoots: ['[role="dialog"]', '[role="article"]', 'form'],
  account: { selector: '[data-pagelet="LeftRail"] a[href*="/profile.php"], [data-pagelet="LeftRail"] a[href$="/me/"], [role="navigation"] a[href*="/me/"]', read: 'name' },
  postControls: [
    { selector: 'div[role="button"][aria-label="Post"]' },
    { selector: 'div[role="button"][aria-label="Publier"]' },
    { selector: 'div[role="button"][aria-label="Posten"]' },
    { selector: 'div[role="button"][aria-label="Publicar"]' },
  ],
  postKeys: [
    { key: 'Enter', mod: false, shift: false, surfaces: ['comment', 'message'] },
  ],
});
