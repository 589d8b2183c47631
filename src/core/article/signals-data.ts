// Data the detector weighs. Kept apart from the logic so it can grow without code changes.

/** schema.org types that mean "this page is one article". */
export const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'SatiricalArticle',
  'AdvertiserContentArticle', 'BlogPosting', 'LiveBlogPosting', 'SocialMediaPosting', 'ScholarlyArticle',
  'MedicalScholarlyArticle', 'TechArticle', 'APIReference', 'Report', 'Review',
]);

/** schema.org types that mean "this page lists things". */
export const LISTING_TYPES = new Set(['CollectionPage', 'ItemList', 'SearchResultsPage', 'ProfilePage']);

/** schema.org types of shop pages, and of forum threads and Q&A pages (many authors, no one article). */
export const PRODUCT_TYPES = new Set(['Product', 'ProductGroup', 'Offer', 'AggregateOffer']);
export const DISCUSSION_TYPES = new Set(['DiscussionForumPosting', 'QAPage']);

/** og:type values, by what they say: an article, a site's page, or a page of some other kind. */
export const OG_TYPES: Record<string, 'article' | 'website' | 'other'> = {
  article: 'article',
  'og:article': 'article',
  website: 'website',
  product: 'other',
  'product.item': 'other',
  'og:product': 'other',
  profile: 'other',
  'video.other': 'other',
  'video.movie': 'other',
  'video.episode': 'other',
  'music.song': 'other',
  'music.album': 'other',
  'music.playlist': 'other',
  book: 'other',
};

/** The markup the structure stage counts (features.ts says what each count means). */
export const PAGE_MARKERS = {
  dates: 'time, [itemprop^="date"], [class~="date"], [class*="-date" i], [class*="_date" i], [class*="date-" i]',
  authors:
    '[itemprop="author"], [rel="author"], [class*="author" i], [class*="username" i], [class*="user-name" i], [class*="nickname" i], [class*="avatar" i]',
  replies: '[class*="reply" i], [class*="vote" i]',
  /** What makes a repeated block a post: an author or a date of its own. */
  postMarks: 'time, [itemprop="author"], [class*="author" i], [class*="username" i], [class*="user-name" i], [class*="nickname" i], [class*="date" i]',
  fields: 'input:not([type="hidden" i]):not([type="submit" i]):not([type="button" i]):not([type="image" i]), select, textarea',
  shop:
    '[itemtype*="schema.org/Product" i], [itemtype*="schema.org/Offer" i], [itemprop="price"], [class*="add-to-cart" i], [class*="addtocart" i], [id*="add-to-cart" i], [class*="basket" i], [class*="price" i]',
  shopMeta: 'meta[property="product:price:amount"], meta[property="og:price:amount"]',
};

/** Path or query shapes of listings: tags, categories, archives, pagination, search. */
export const LISTING_URL_PATTERNS: RegExp[] = [
  /\/(tags?|categor(y|ies)|topics?|themes?|tema|rubric|rubrics|rubrika|section|author|authors|archive|archives)\/[^/]*\/?$/i,
  /\/page\/\d+\/?$/i,
  /\/search\/?/i,
  /[?&](s|q|query|search|text)=/i,
  /[?&](page|paged)=\d+/i,
];

/** Path shapes of single stories: a date, a long numeric id, a .html page, a slug of several words. */
export const STORY_URL_PATTERNS: RegExp[] = [
  /\/(19|20)\d\d[/-]\d\d?[/-]/,
  /\d{5,}/,
  /\.s?html?$/i,
  /[\p{L}\d]+-[\p{L}\d]+-[\p{L}\d]+/u,
];

/** Class names and attributes that mark an article body in common CMSs and themes. */
export const BODY_SELECTORS = [
  '[itemprop="articleBody"]',
  '.td-post-content',
  '.entry-content',
  '.post-content',
  '.article-body',
  '.article__body',
  '.article__text',
  '.article-content',
  '.article__content',
  '.story-body',
  '.post-body',
  '.mw-parser-output',
];

/** Paragraphs inside these never count as body text. */
export const NON_BODY_ANCESTORS = 'form, nav, footer, aside, header, [role="navigation"], [role="complementary"]';

/**
 * Readability's "unlikely candidate" class names, with the names that rescue them; the readerable score skips
 * paragraphs whose class or id match the first and not the second (same test as isProbablyReaderable).
 */
export const UNLIKELY_CLASS =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
export const MAYBE_CANDIDATE_CLASS = /and|article|body|column|content|main|shadow/i;
