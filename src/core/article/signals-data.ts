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

/**
 * schema.org types of pages that are not articles (and weigh against one) when the page declares no article
 * type: shop items, forum threads and Q&A pages (many authors, no one article), bare video pages.
 */
export const OTHER_PAGE_TYPES: Record<string, number> = {
  Product: -3,
  ProductGroup: -3,
  Offer: -2,
  DiscussionForumPosting: -3,
  QAPage: -3,
  VideoObject: -1,
};

/** og:type values and their weight. */
export const OG_TYPES: Record<string, number> = {
  article: 2,
  'og:article': 2,
  website: -1,
  product: -3,
  'product.item': -3,
  'og:product': -3,
  profile: -2,
  'video.other': -1,
  'video.movie': -1,
  'video.episode': -1,
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
