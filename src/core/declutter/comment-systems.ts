// Built-in comment-system rules, as data. Each selector was written from the system's own markup
// (its documentation or public source, named in `reference`), not from another blocker's list.
//   form:    the comment form and its leftovers (validation strings, captcha, "post a comment" heading)
//   section: the whole comment area: the list of comments, its heading and the form
// Adding a system is adding an entry here plus a fixture folder tests/fixtures/comments-<id>/ (the unit
// test tests/unit/declutter-systems.test.ts checks that every entry has one).
// Whatever a selector matches still passes the guard (guard.ts): a selector that happens to match an
// element holding article text is refused, not obeyed.

export interface CommentSystem {
  id: string;
  name: string;
  /** Where the markup was read from (https). */
  reference: string;
  form: string[];
  section: string[];
  /** The widget is usually inserted by a script after load (the late-widget observer watches for it). */
  late?: boolean;
  /**
   * Markup many systems share (WordPress's #comments, reCAPTCHA): planned after the specific systems, and
   * when its element takes in a specific system's element, the hidden item is reported under that system.
   */
  generic?: boolean;
  /**
   * Comment areas found by their name rather than by one system's markup: `select` selectors only
   * pre-select candidates (they are no container markup: commentContainerSelector leaves them out); a
   * candidate counts when a word of its id or class names comments (see
   * namedCommentArea in plan.ts), it lies outside the article root, and it holds something (text, a
   * form control or a frame). Section level only.
   */
  byName?: { select: string[]; plural: string[]; words: string[]; affixes: string[]; exclude: string[]; tags: string[]; minChars: number };
}

export const COMMENT_SYSTEMS: CommentSystem[] = [
  {
    // Newspaper's comments.php: comment_form() with .td-form-* wrappers and .td-warning-* strings.
    id: 'tagdiv',
    name: 'tagDiv Newspaper theme',
    reference: 'https://tagdiv.com/newspaper/',
    form: [
      '.td-comments-title-wrap',
      '#respond.comment-respond:has(.td-form-comment, .td-warning-comment)',
      '.td-warning-comment',
      '.td-warning-author',
      '.td-warning-email',
      '.td-warning-email-error',
      '.td-form-comment',
    ],
    section: ['.td-post-content ~ .comments', 'div.comments#comments:has(.td-comments-title-wrap, .td-form-comment)', '.td_block_comments'],
  },
  {
    // comment_form() prints div#respond.comment-respond > h3#reply-title + form#commentform.comment-form;
    // themes wrap the list (ol.comment-list) and the form in #comments.comments-area; block themes use
    // .wp-block-comments / .wp-block-post-comments-form.
    id: 'wordpress',
    name: 'WordPress comments',
    reference: 'https://github.com/WordPress/wordpress-develop/blob/trunk/src/wp-includes/comment-template.php',
    generic: true,
    form: ['#respond', '.comment-respond', 'form#commentform', 'form.comment-form', '.wp-block-post-comments-form'],
    section: ['#comments', '.comments-area', 'ol.comment-list', 'ol.commentlist', '.wp-block-comments', '.wp-block-post-comments'],
  },
  {
    // themes/default/comment-form.php: div#wpdcom holds .wpd-form-wrap (the form) and #wpd-threads.
    id: 'wpdiscuz',
    name: 'wpDiscuz',
    reference: 'https://github.com/gVectors/wpdiscuz/blob/master/themes/default/comment-form.php',
    form: ['#wpdcom .wpd-form-wrap', '#wpdiscuz-subscribe-form', '.wpdiscuz-subscribe-bar'],
    section: ['#wpdcom', '#wpd-threads', '.wpdiscuz_top_clearing ~ #wpdcom'],
  },
  {
    // modules/comments/comments.php: the form is an iframe#jetpack_remote_comment.jetpack_remote_comment
    // inside form#commentform; subscriptions add p.comment-subscription-form checkboxes.
    id: 'jetpack',
    name: 'Jetpack comments',
    reference: 'https://github.com/Automattic/jetpack/blob/trunk/projects/plugins/jetpack/modules/comments/comments.php',
    form: ['iframe#jetpack_remote_comment', 'iframe.jetpack_remote_comment', '.comment-subscription-form', '#jetpack-comment-form'],
    section: [],
  },
  {
    // Universal embed code: <div id="disqus_thread"></div>, embed.js fills it with an iframe.
    id: 'disqus',
    name: 'Disqus',
    reference: 'https://help.disqus.com/en/articles/1717112-universal-embed-code',
    form: [],
    section: ['#disqus_thread', 'a.dsq-brlink', '#disqus_recommendations'],
    late: true,
  },
  {
    // Comments plugin: <div class="fb-comments" data-href=... data-numposts=...>; the XFBML <fb:comments
    // numposts=...> tag gets the SDK's .fb_iframe_widget class once rendered.
    id: 'facebook',
    name: 'Facebook comments plugin',
    reference: 'https://developers.facebook.com/docs/plugins/comments/',
    form: [],
    section: ['.fb-comments', '.fb_iframe_widget[numposts]', '.fb_iframe_widget[data-numposts]'],
    late: true,
  },
  {
    // OpenWeb (Spot.IM) conversation: <div data-spotim-module="conversation" data-post-id=...>; the
    // launcher script adds the app into a [data-spotim-app] container.
    id: 'openweb',
    name: 'OpenWeb (Spot.IM)',
    reference: 'https://developers.openweb.com/docs/conversation',
    form: [],
    section: ['[data-spotim-module="conversation"]', '[data-spotim-app="conversation"]'],
    late: true,
  },
  {
    // Conversations widget: <div class="viafoura"><vf-conversations></vf-conversations></div>.
    id: 'viafoura',
    name: 'Viafoura',
    reference: 'https://documentation.viafoura.com/docs/conversations',
    form: [],
    section: ['.viafoura', 'vf-conversations'],
    late: true,
  },
  {
    // Coral embed: <div id="coral_thread"></div> (Talk v4+); v3 used #coral_talk_stream.
    id: 'coral',
    name: 'Coral',
    reference: 'https://docs.coralproject.net/cms',
    form: [],
    section: ['#coral_thread', '#coral_talk_stream', '.coral-embed-stream'],
    late: true,
  },
  {
    // Embed: <div id="vuukle-comments"></div> plus #vuukle-emote (reactions) and .vuukle-powerbar.
    id: 'vuukle',
    name: 'Vuukle',
    reference: 'https://docs.vuukle.com/',
    form: [],
    section: ['#vuukle-comments', '.vuukle-comments', '#vuukle-emote', '.vuukle-powerbar'],
    late: true,
  },
  {
    // Widget code: <div id="hypercomments_widget"></div> with _hcwp.push({widget: "Stream", ...}).
    id: 'hypercomments',
    name: 'HyperComments',
    reference: 'https://www.hypercomments.com/en/documentation',
    form: [],
    section: ['#hypercomments_widget'],
    late: true,
  },
  {
    // Widget code: <div id="mc-container"></div> with cackle_widget.push({widget: 'Comment', id: ...});
    // the credit link is a#mc-link, the recent-comments widget #mc-last.
    id: 'cackle',
    name: 'Cackle',
    reference: 'https://cackle.me/help/widget-api',
    form: [],
    section: ['#mc-container', 'a#mc-link'],
    late: true,
  },
  {
    // Widget code: <div id="vk_comments"></div> with VK.Widgets.Comments("vk_comments", {...}).
    id: 'vk',
    name: 'VK comments widget',
    reference: 'https://dev.vk.com/ru/widgets/comments',
    form: [],
    section: ['#vk_comments', 'div[id^="vk_comments_"]'],
    late: true,
  },
  {
    // Discussion widget: a <script data-telegram-discussion=...> that telegram-widget.js replaces with an
    // iframe#telegram-discussion-<channel>-<post>-<n>; Comments.app embeds an iframe from comments.app.
    id: 'telegram',
    name: 'Telegram comments widget',
    reference: 'https://core.telegram.org/widgets/discussion',
    form: [],
    section: ['iframe[id^="telegram-discussion-"]', 'iframe[src^="https://comments.app/embed/"]'],
    late: true,
  },
  {
    // The plugin's template: #idc-container-parent > #idc-container (the thread and its form).
    id: 'intensedebate',
    name: 'IntenseDebate',
    reference: 'https://wordpress.org/plugins/intensedebate/',
    form: [],
    section: ['#idc-container-parent', '#idc-container'],
    late: true,
  },
  {
    // Embed: <div id="livefyre-comments"></div> with fyre.conv.load({el: 'livefyre-comments'}); the app
    // renders into div.fyre.
    id: 'livefyre',
    name: 'Livefyre',
    reference: 'https://wordpress.org/plugins/livefyre-comments/',
    form: ['.fyre-editor'],
    // Livefyre's CMS integrations name the container div.live-fyre (data-site-id, data-article-id) or
    // div.livefyreContainer; "Powered by Livefyre" is div#powered_by_livefyre_new.
    section: ['#livefyre-comments', '#livefyre', 'div.fyre', 'div.live-fyre[data-site-id]', 'div.livefyreContainer', '#powered_by_livefyre_new'],
    late: true,
  },
  {
    // comments.showCommentsUI({containerID: ...}) renders div.gig-comments-container inside the container.
    id: 'gigya',
    name: 'Gigya (SAP Customer Data Cloud) comments',
    reference: 'https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41597fd970b21014bbc5a10ce4041860.html',
    form: ['.gig-comments-composebox'],
    section: ['.gig-comments-container'],
    late: true,
  },
  {
    // Blogger layout: div.comments#comments with #comment-holder (threaded comments) and
    // div.comment-form (h4#comment-post-message + iframe#comment-editor).
    id: 'blogger',
    name: 'Blogger comments',
    reference: 'https://support.google.com/blogger/answer/47270',
    form: ['iframe#comment-editor', '#comment-post-message', 'a#comment-editor-src', 'div.comment-form'],
    section: ['div.comments#comments:has(#comment-holder, #comment-editor, #comment-post-message)', '#comment-holder', '.comments .comment-thread'],
  },
  {
    // Core comment module: field--comment.html.twig prints section.comment-wrapper / #comments with the
    // list and form.comment-form (#comment-form); Drupal 7 uses div#comments.comment-wrapper.
    id: 'drupal',
    name: 'Drupal comments',
    reference: 'https://git.drupalcode.org/project/drupal/-/blob/11.x/core/modules/comment/templates/field--comment.html.twig',
    form: ['form.comment-form[data-drupal-selector]', 'form.comment-form[action*="/comment/reply/"]', 'form[id^="comment-form--"]'],
    section: ['section.comment-wrapper', '#comments.comment-wrapper', '.field--type-comment', '.field--name-comment'],
  },
  {
    // Embedding: <div id='discourse-comments'></div>; embed.js inserts iframe#discourse-embed-frame.
    id: 'discourse',
    name: 'Discourse embedded comments',
    reference: 'https://meta.discourse.org/t/embed-discourse-comments-on-another-website-via-javascript/31963',
    form: [],
    section: ['#discourse-comments', 'iframe#discourse-embed-frame'],
    late: true,
  },
  {
    // client.js inserts div.giscus > iframe.giscus-frame (or the <giscus-widget> web component).
    id: 'giscus',
    name: 'giscus',
    reference: 'https://github.com/giscus/giscus/blob/main/client.ts',
    form: [],
    section: ['.giscus', 'iframe.giscus-frame', 'giscus-widget'],
    late: true,
  },
  {
    // client.js inserts div.utterances > iframe.utterances-frame.
    id: 'utterances',
    name: 'utterances',
    reference: 'https://github.com/utterance/utterances/blob/master/src/client.ts',
    form: [],
    section: ['.utterances', 'iframe.utterances-frame'],
    late: true,
  },
  {
    // Embed: <div id="commento"></div> with commento.js.
    id: 'commento',
    name: 'Commento',
    reference: 'https://docs.commento.io/installation/self-hosting/on-your-server/',
    form: [],
    section: ['#commento'],
    late: true,
  },
  {
    // Embed: <div id="remark42"></div> with remark_config and embed.js (it renders an iframe inside).
    id: 'remark42',
    name: 'Remark42',
    reference: 'https://remark42.com/docs/getting-started/installation/',
    form: [],
    section: ['#remark42'],
    late: true,
  },
  {
    // Current embed: <hyvor-talk-comments website-id=... page-id=...>; v2 used div#hyvor-talk-view.
    id: 'hyvor',
    name: 'Hyvor Talk',
    reference: 'https://talk.hyvor.com/docs/install',
    form: [],
    section: ['hyvor-talk-comments', '#hyvor-talk-view'],
    late: true,
  },
  {
    // Embed: <section id="isso-thread"></section> with embed.min.js.
    id: 'isso',
    name: 'Isso',
    reference: 'https://isso-comments.de/docs/guides/quickstart/',
    form: ['#isso-thread .isso-postbox'],
    section: ['#isso-thread'],
    late: true,
  },
  {
    // Embed: <div id="cusdis_thread" data-host=... data-app-id=...></div>.
    id: 'cusdis',
    name: 'Cusdis',
    reference: 'https://cusdis.com/doc#/',
    form: [],
    section: ['#cusdis_thread'],
    late: true,
  },
  {
    // Embed: <div id="waline"></div> with Waline.init({ el: '#waline' }).
    id: 'waline',
    name: 'Waline',
    reference: 'https://waline.js.org/en/guide/get-started/',
    form: ['#waline .wl-panel'],
    section: ['#waline', '[data-waline]'],
    late: true,
  },
  {
    // Sites' own comment areas, found by name: "comments", "comment-box", "comentarios", "Kommentare"...
    // (WordPress's theme handbook names the template and its container "comments"; most CMSs follow).
    id: 'named',
    name: 'Comment areas named as such',
    reference: 'https://developer.wordpress.org/themes/template-files-section/partial-and-miscellaneous-template-files/comments/',
    generic: true,
    form: [],
    section: [],
    byName: {
      select: ['[id*="omment"]', '[class*="omment"]', '[id*="oment"]', '[class*="oment"]'],
      // Plural names, the only ones that count for a box of text inside the article root.
      plural: ['comments', 'comentarios', 'commentaires', 'kommentare', 'commenti', 'komentarze'],
      words: ['comment', 'comments', 'comentario', 'comentarios', 'commentaire', 'commentaires', 'kommentar', 'kommentare', 'commento', 'commenti', 'komentarze'],
      affixes: ['area', 'box', 'container', 'section', 'module', 'list', 'thread', 'threads', 'wrap', 'wrapper', 'view', 'tab', 'tabs', 'block', 'placeholder', 'iframe', 'frame', 'content', 'contents', 'holder', 'panel', 'pane', 'stream', 'widget', 'zone', 'fb', 'social', 'all', 'reader', 'readers', 'user', 'users', 'page', 'post', 'article', 'news', 'story'],
      // Words that make a comment-named element a bit of page furniture instead: "comment-count",
      // "date-and-comments", "recent-comments" (other articles' comments), "comments-link".
      exclude: ['count', 'counts', 'counter', 'date', 'meta', 'byline', 'icon', 'number', 'link', 'links', 'bubble', 'share', 'recent', 'latest', 'popular', 'most'],
      tags: ['div', 'section', 'aside', 'ul', 'ol', 'iframe', 'form', 'footer', 'button'],
      minChars: 16,
    },
  },
  {
    // Comment plugins that put Google reCAPTCHA under the form: its box and its failure strings.
    id: 'recaptcha',
    name: 'reCAPTCHA comment plugins',
    reference: 'https://developers.google.com/recaptcha/docs/display',
    generic: true,
    form: ['.gglcptch', '.g-recaptcha', '.wpcf7-recaptcha'],
    section: [],
  },
];
