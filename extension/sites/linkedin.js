// LinkedIn: Quill editors for posts, comments and messages. Off until switched on.
SecondThought.sites.register({
  id: 'linkedin',
  name: 'LinkedIn',
  defaultOn: false,
  hostnames: ['linkedin.com'],
  matches: ['https://www.linkedin.com/*'],
  privacyUrl: 'https://www.linkedin.com/mypreferences/d/categories/privacy',
  editors: [{ selector: '.ql-editor[contenteditable="true"]', framework: 'quill' }],
  surfaces: [
    { surface: 'message', path: '^/messaging(/|$)' },
    { surface: 'message', within: '.msg-form' },
    { surface: 'comment', within: '.comments-comment-box, .comments-comment-texteditor' },
  ],
  composeRoots: ['[role="dialog"]', 'form', '.comments-comment-box'],
  account: { selector: '.feed-identity-module__actor-meta a, .profile-card-name', read: 'name' },
  postControls: [
    { selector: '.share-actions__primary-action' },
    { selector: '.comments-comment-box__submit-button' },
    { selector: '.msg-form__send-button' },
  ],
  postKeys: [{ key: 'Enter', mod: true }],
});
