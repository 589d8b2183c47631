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
   * pre-select candidates (they are no container markup: compileRules leaves them out of the container lists); a
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
    // OpenWeb (Spot.IM) conversation: the launcher script (data-spotim-module="spotim-launcher") fills
    // <div data-spotim-module="conversation" data-post-id=... data-post-url=...> (the markup OpenWeb's own
    // React SDK renders); the conversation itself is drawn in a shadow root on the div inside it. The
    // [data-spotim-app="conversation"] container is the one Spot.IM's developer tooling looks for next to it.
    id: 'openweb',
    name: 'OpenWeb (Spot.IM)',
    reference: 'https://github.com/SpotIM/react-sdk/blob/HEAD/src/components/Conversation/index.tsx',
    form: [],
    section: ['[data-spotim-module="conversation"]', '[data-spotim-app="conversation"]'],
    late: true,
  },
  {
    // Conversations widget: <div class="viafoura" id="vf-conversations-container"><vf-conversations>
    // </vf-conversations></div> (Viafoura's demo site and blog). Viafoura wraps every one of its widgets in
    // div.viafoura (share bar, topic follow, the comment count in a byline: the demo site's components), so
    // the wrapper counts only when it holds the conversation.
    id: 'viafoura',
    name: 'Viafoura',
    reference: 'https://github.com/viafoura/demo-site/blob/main/components/viafoura/vf-topic-follow.js',
    form: [],
    section: ['div.viafoura:has(vf-conversations)', 'vf-conversations'],
    late: true,
  },
  {
    // Coral embed: <div id="coral_thread"></div> with Coral.createStreamEmbed({id: "coral_thread"}) (docs/cms.md,
    // the admin's EmbedCode.tsx). v7+ renders into a shadow root on div#coral-shadow-container inside it
    // (ui/encapsulation/ReactShadowRoot.tsx), whatever the container's id; v5-v6 put an iframe
    // titled "Coral Embed Stream" there instead; Talk v4's legacy embed used div#coral_talk_stream.
    id: 'coral',
    name: 'Coral',
    reference: 'https://github.com/coralproject/talk/blob/develop/client/src/core/client/ui/encapsulation/ReactShadowRoot.tsx',
    form: [],
    section: ['#coral_thread', '#coral-shadow-container', 'iframe[title="Coral Embed Stream"]', '#coral_talk_stream'],
    late: true,
  },
  {
    // Comment widget: <div id="vuukle-comments"></div>, reactions: <div id="vuukle-emote"></div>; on infinite
    // scroll pages each story gets #vuukle-comments-<index> and #vuukle-emote-<index>. (.vuukle-powerbar is
    // Vuukle's share bar, not comments: left alone.)
    id: 'vuukle',
    name: 'Vuukle',
    reference: 'https://docs.vuukle.com/comment-widget/',
    form: [],
    section: ['#vuukle-comments', 'div[id^="vuukle-comments-"]:not([id$="-count"])', '#vuukle-emote', 'div[id^="vuukle-emote-"]'],
    late: true,
  },
  {
    // Widget code (also the WordPress plugin's): <div id="hypercomments_widget"></div> with
    // _hcwp.push({widget: "Stream", widget_id: ...}) and w.hypercomments.com/widget/hc/<id>/<lang>/widget.js,
    // then a.hc-link "comments powered by HyperComments"; the widget renders div.hc__root (an `append`
    // option can point it at another element; there the generic BEM name counts only around its comments).
    id: 'hypercomments',
    name: 'HyperComments',
    reference: 'https://github.com/Joomline/hypercomments/blob/HEAD/com_hypercomments/site/helpers/hypercomments.php',
    form: [],
    section: ['#hypercomments_widget', '.hc__root:has(.hc__message__comment)', 'a.hc-link[href*="hypercomments.com"]'],
    late: true,
  },
  {
    // Widget code: <div id="mc-container"></div> with cackle_widget.push({widget: 'Comment', id: ...}) and
    // cackle.me/widget.js, then the credit link a#mc-link to cackle.me. "mc-container" is also a common id
    // for multiple-choice quizzes and the like, so the container counts once it holds Cackle's markup: the
    // plugins' server-rendered #mc-content (ul#cackle-comments) or the widget's .mc-postbox/.mc-textarea/
    // .mc-comment (widget.js templates).
    id: 'cackle',
    name: 'Cackle',
    reference: 'https://github.com/wp-plugins/cackle/blob/HEAD/comment-template.php',
    form: [],
    section: ['#mc-container:has(#mc-content, .mc-postbox, .mc-textarea, .mc-comment)', 'a#mc-link[href*="cackle.me"]'],
    late: true,
  },
  {
    // Widget code: <div id="vk_comments"></div> with VK.Widgets.Comments("vk_comments", {...}); openapi.js
    // (VK.Widgets._constructor) puts iframe#vkwidget<n> from vk.com/widget_comments.php?... into whatever
    // element id it is given, so the frame is matched by its address too.
    id: 'vk',
    name: 'VK comments widget',
    reference: 'https://vk.com/js/api/openapi.js',
    form: [],
    section: ['#vk_comments', 'iframe[src*="//vk.com/widget_comments.php"]', 'iframe[src*="//vk.ru/widget_comments.php"]'],
    late: true,
  },
  {
    // Discussion widget: telegram-widget.js inserts, before its <script data-telegram-discussion="channel/post">,
    // iframe#telegram-discussion-<channel>-<post>-<n> from t.me/<channel>/<post>?embed=1&discussion=1.
    // Comments.app's widget.js does the same for <script data-comments-app-website=...>:
    // iframe#comments-app-<website>-<n> from comments.app/embed/view?website=...
    id: 'telegram',
    name: 'Telegram comments widget',
    reference: 'https://telegram.org/js/telegram-widget.js',
    form: [],
    section: ['iframe[id^="telegram-discussion-"]', 'iframe[id^="comments-app-"]', 'iframe[src^="https://comments.app/embed/"]'],
    late: true,
  },
  {
    // The WordPress plugin's intensedebate-comment-template.php prints div#idc-container (plus #idc-noscript
    // with the theme's own comments, hidden once the script runs); the generic embed
    // (genericCommentWrapperV2.js) creates #idc-container-parent > #idc-container. The script fills it with
    // #IDCommentsHead, the thread (div#idc-cover.idc-comments) and the new-comment form
    // div#IDCommentsNewThreadCover (textarea#IDCommentNewThreadText).
    id: 'intensedebate',
    name: 'IntenseDebate',
    reference: 'https://github.com/wp-plugins/intensedebate/blob/master/intensedebate-comment-template.php',
    form: ['#IDCommentsNewThreadCover'],
    section: ['#idc-container-parent', '#idc-container'],
    late: true,
  },
  {
    // Livefyre's WordPress plugin prints div#livefyre-comments (shortcode: #livefyre-comments-<articleId>) and
    // loads the app with el: 'livefyre-comments'; Livefyre's (Adobe's) docs embed into div#livefyre. The app
    // renders div.fyre.fyre-width-* > div.fyre-widget with the editor div.fyre-editor ("CSS Classes" page);
    // a moved logo is div#powered_by_livefyre_new. Sites that load the app from their own script keep its
    // fyre.conv.load() settings in data attributes of the container: network "<client>.fyre.co", site and
    // article ids, checksum, collectionMeta.
    id: 'livefyre',
    name: 'Livefyre',
    reference: 'https://github.com/Livefyre/Livefyre-Apps-Wordpress-Plugin/blob/master/apps/comments/views/comments-template.php',
    form: ['.fyre-editor'],
    section: ['#livefyre-comments', 'div[id^="livefyre-comments-"]:not([id$="-count"])', '#livefyre', 'div.fyre', '.fyre-widget', '#powered_by_livefyre_new', 'div[data-network$=".fyre.co"][data-article-id]'],
    late: true,
  },
  {
    // gigya.comments.showCommentsUI({containerID: ...}) marks the container element itself: gigid="showCommentsUI"
    // and class gig-comments-container, then fills it with .gig-comments-header, .gig-comments-comments,
    // .gig-comments-more and the form .gig-comments-composebox (pages that saved the rendered markup show
    // it). Gigya's WordPress plugin puts div.gigya-comments-widget (id gigya-comments-widget-<n>) where the
    // comments go and passes it as the containerID.
    id: 'gigya',
    name: 'Gigya (SAP Customer Data Cloud) comments',
    reference: 'https://github.com/gigya/wordpress/blob/065b6963c56474677bacab34dc23bd2aed06a0eb/features/comments/gigya_comments.js',
    form: ['.gig-comments-composebox'],
    section: ['.gig-comments-container', '[gigid="showCommentsUI"]', 'div.gigya-comments-widget'],
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
    // Embed: <div id="commento"></div> with commento.js (data-id-root="..." names another element). commento.js
    // adds the classes commento-root commento-root-font to that element and fills it with
    // #commento-login-box-container, #commento-main-area (the form #commento-textarea-super-container-root,
    // then #commento-comments-area) and #commento-footer.
    id: 'commento',
    name: 'Commento',
    reference: 'https://github.com/adtac/commento/blob/HEAD/frontend/js/commento.js',
    form: ['[id^="commento-textarea-super-container-"]'],
    section: ['#commento', '.commento-root'],
    late: true,
  },
  {
    // Embed: <div id="remark42"></div> with remark_config and embed.js, which appends an iframe
    // (title "Comments | Remark42", src <host>/web/iframe.html?...) to it (NODE_ID is 'remark42').
    id: 'remark42',
    name: 'Remark42',
    reference: 'https://github.com/umputun/remark42/blob/master/frontend/apps/remark42/app/embed.ts',
    form: [],
    section: ['#remark42'],
    late: true,
  },
  {
    // Current embed (v3): talk.hyvor.com/embed/embed.js and the custom element <hyvor-talk-comments
    // website-id=... page-id=...> (the WordPress plugin's comments.template.php, the hyvor-talk-base library);
    // v2 used div#hyvor-talk-view with web-api/embed.js.
    id: 'hyvor',
    name: 'Hyvor Talk',
    reference: 'https://github.com/hyvor/hyvor-talk-wordpress-plugin/blob/HEAD/plugin/src/Embed/templates/comments.template.php',
    form: [],
    section: ['hyvor-talk-comments', '#hyvor-talk-view'],
    late: true,
  },
  {
    // Embed (quickstart): <section id="isso-thread"></section> with embed.min.js; embed.js appends
    // h4.isso-thread-heading, div.isso-postbox (the form) and div#isso-root (the comments) to it.
    id: 'isso',
    name: 'Isso',
    reference: 'https://github.com/isso-comments/isso/blob/master/isso/js/embed.js',
    form: ['#isso-thread .isso-postbox'],
    section: ['#isso-thread'],
    late: true,
  },
  {
    // Embed: <div id="cusdis_thread" data-host=... data-app-id=...></div>; widget/index.js renders an iframe
    // (srcdoc) into it, or into the deprecated div#cusdis.
    id: 'cusdis',
    name: 'Cusdis',
    reference: 'https://github.com/djyde/cusdis/blob/master/widget/index.js',
    form: [],
    section: ['#cusdis_thread', 'div#cusdis[data-app-id]'],
    late: true,
  },
  {
    // Embed: <div id="waline"></div> with init({ el: '#waline' }) (el may name another element); the Vue app
    // mounted there renders div[data-waline] holding the comment box div.wl-comment (div.wl-panel) and the
    // cards div.wl-cards.
    id: 'waline',
    name: 'Waline',
    reference: 'https://github.com/walinejs/waline/blob/main/packages/client/src/components/WalineComment.vue',
    form: ['[data-waline] .wl-comment'],
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
      // A box named after a comment system ("livefyreContainer", "disqus-wrap") is that system's area too.
      select: ['[id*="omment"]', '[class*="omment"]', '[id*="oment"]', '[class*="oment"]', '[id*="livefyre"]', '[class*="livefyre"]', '[id*="disqus"]', '[class*="disqus"]'],
      // Plural names, the only ones that count for a box of text inside the article root.
      plural: ['comments', 'comentarios', 'commentaires', 'kommentare', 'commenti', 'komentarze'],
      words: ['comment', 'comments', 'comentario', 'comentarios', 'commentaire', 'commentaires', 'kommentar', 'kommentare', 'commento', 'commenti', 'komentarze', 'livefyre', 'disqus'],
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
