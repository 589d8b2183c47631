// Data the detector weighs. Kept apart from the logic so it can grow without code changes.

/** schema.org types that mean "this page is one article". */
export const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'SatiricalArticle',
  'BlogPosting', 'LiveBlogPosting', 'ScholarlyArticle', 'TechArticle', 'Report', 'Review',
]);

/** schema.org types that mean "this page lists things". */
export const LISTING_TYPES = new Set(['CollectionPage', 'ItemList', 'SearchResultsPage', 'ProfilePage']);

/** Path or query shapes of listings: tags, categories, archives, pagination, search. */
export const LISTING_URL_PATTERNS: RegExp[] = [
  /\/(tags?|categor(y|ies)|topics?|rubric|rubrika|author|authors|archive)\/[^/]*\/?$/i,
  /\/page\/\d+\/?$/i,
  /\/search\/?/i,
  /[?&](s|q|query|search)=/i,
];

/** Class names and attributes that mark an article body in common CMSs and themes. */
export const BODY_SELECTORS = [
  '[itemprop="articleBody"]',
  '.td-post-content',
  '.entry-content',
  '.post-content',
  '.article-body',
  '.article__body',
  '.article-content',
  '.story-body',
];
