// Built-in comment-system rules, as data. Each selector was written from the system's own markup
// (its documentation or public source), not from another blocker's list.
//   form:    the comment form and its leftovers (validation strings, captcha)
//   section: the whole comment area: the list of comments, its heading and the form
// Adding a system is adding an entry here plus a fixture under tests/fixtures/.

export interface CommentSystem {
  id: string;
  name: string;
  /** Where the markup was read from. */
  reference: string;
  form: string[];
  section: string[];
}

export const COMMENT_SYSTEMS: CommentSystem[] = [
  {
    id: 'tagdiv',
    name: 'tagDiv Newspaper theme',
    reference: 'https://tagdiv.com/newspaper/',
    form: [
      '.td-comments-title-wrap',
      '#respond.comment-respond',
      '.td-warning-comment',
      '.td-warning-author',
      '.td-warning-email',
      '.td-warning-email-error',
      '.td-form-comment',
    ],
    section: ['.td-post-content ~ .comments', 'div.comments#comments', '.td_block_comments'],
  },
  {
    id: 'wordpress',
    name: 'WordPress comments',
    reference: 'https://developer.wordpress.org/reference/functions/comment_form/',
    form: ['#respond', '.comment-respond', 'form#commentform', 'form.comment-form'],
    section: ['#comments', '.comments-area', 'ol.comment-list', 'ol.commentlist', '.wp-block-comments'],
  },
  {
    id: 'recaptcha',
    name: 'reCAPTCHA comment plugins',
    reference: 'https://developers.google.com/recaptcha/docs/display',
    form: ['.gglcptch', '.g-recaptcha', '.wpcf7-recaptcha'],
    section: [],
  },
];
