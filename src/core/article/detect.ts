import type { ArticleReport, ArticleSignal } from '../report';
import { type JsonLdNode, typesOf } from './jsonld';
import { chooseRoot, READERABLE_MIN_SCORE, scanPage, textBlocks } from './root';
import { ARTICLE_TYPES, LISTING_TYPES, LISTING_URL_PATTERNS, OG_TYPES, OTHER_PAGE_TYPES, STORY_URL_PATTERNS } from './signals-data';

export interface ArticleVerdict extends ArticleReport {
  /** The smallest element holding the article body; null when none was found. */
  root: Element | null;
}

export interface DetectOptions {
  url?: string;
  jsonLd: JsonLdNode[];
  /** Selector of comment containers whose paragraphs are not body text. */
  commentSelector?: string;
}

// Weighted vote: each signal adds or subtracts; the sum decides. Weights are in "evidence units":
// a structured declaration (JSON-LD, og:type) outweighs layout guesses, and a listing URL outweighs both.
// Every signal that fired is returned, so a verdict can always be explained.
const THRESHOLD = 2;

/** Paragraph text (weighted characters) in the root: long and medium bodies. */
const LONG_BODY = 1400;
const MEDIUM_BODY = 500;

export function detectArticle(doc: Document, options: DetectOptions): ArticleVerdict {
  const signals: ArticleSignal[] = [];
  const add = (name: string, weight: number) => signals.push({ name, weight });

  // Structured data: what the page says it is.
  const types = options.jsonLd.flatMap(typesOf);
  const articleType = types.find((t) => ARTICLE_TYPES.has(t));
  const listingType = types.find((t) => LISTING_TYPES.has(t));
  if (articleType) add(`jsonld:${articleType}`, 3);
  if (listingType) add(`jsonld:${listingType}`, -3);
  if (!articleType) {
    const other = types.find((t) => t in OTHER_PAGE_TYPES);
    if (other) add(`jsonld:${other}`, OTHER_PAGE_TYPES[other]!);
  }

  const ogType = doc.querySelector('meta[property="og:type"], meta[name="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType && ogType in OG_TYPES) add(`og:type=${ogType}`, OG_TYPES[ogType]!);

  // The URL: listings, the home page, story-shaped paths.
  const url = parseUrl(options.url ?? doc.URL);
  if (url && /^https?:$/.test(url.protocol)) {
    const path = url.pathname + url.search;
    if (LISTING_URL_PATTERNS.some((re) => re.test(path))) add('url:listing', -4);
    else if (url.pathname === '/' || url.pathname === '' || /^\/(index\.\w+)?$/.test(url.pathname)) add('url:home', -3);
    else if (STORY_URL_PATTERNS.some((re) => re.test(decodePath(url.pathname)))) add('url:story', 1);
  }

  // The text: one pass over the page's blocks.
  const scan = scanPage(doc, options.commentSelector);
  let { root, rootMass } = chooseRoot(doc, scan.paragraphs);
  if (scan.readerableScore > READERABLE_MIN_SCORE && rootMass < MEDIUM_BODY) {
    // Long text that is not in paragraphs (text straight in divs): count its blocks too.
    const blocks = textBlocks(doc, options.commentSelector);
    if (blocks.length) {
      scan.paragraphs.push(...blocks);
      scan.paragraphMass += blocks.reduce((n, b) => n + b.weight, 0);
      ({ root, rootMass } = chooseRoot(doc, scan.paragraphs));
    }
  }

  // <article> elements: many with no dominant one is a listing (cards); one holding the body is an article.
  const articles = scan.articles;
  if (articles.length >= 3) {
    const inArticles = articles.reduce((n, a) => n + a.weight, 0);
    const outside = scan.paragraphs.reduce((n, p) => (p.inArticle ? n : n + p.weight), 0);
    const largest = Math.max(...articles.map((a) => a.weight));
    if (largest < inArticles * 0.4 && inArticles > (inArticles + outside) * 0.5) add('article-elements:cards', -3);
  }
  if (root && !signals.some((s) => s.name === 'article-elements:cards')) {
    const holder = articles.find((a) => a.el.contains(root));
    if (holder && (articles.length === 1 || holder.weight >= 0.5 * articles.reduce((n, a) => n + a.weight, 0)))
      add('article-element:holds-body', 1);
  }

  if (rootMass >= LONG_BODY) add('paragraph-mass:long', 2);
  else if (rootMass >= MEDIUM_BODY) add('paragraph-mass:medium', 1);
  else add('paragraph-mass:short', -1);

  if (root) {
    const rootText = root.textContent!.trim().length || 1;
    let linkText = 0;
    for (const a of root.querySelectorAll('a')) linkText += a.textContent!.trim().length;
    if (linkText / rootText > 0.5) add('link-density:high', -2);
  }

  if (scan.readerableScore > READERABLE_MIN_SCORE) add('readerable', 2);
  else if (scan.paragraphMass > 0 && rootMass < scan.paragraphMass * 0.3) add('text-scattered', -1);

  const score = signals.reduce((s, x) => s + x.weight, 0);
  const isArticle = score >= THRESHOLD && root !== null;
  // Distance from the threshold, squashed to 0.5..1: how far the vote was from going the other way.
  const confidence = round2(1 / (1 + Math.exp(-Math.abs(score - THRESHOLD + 0.5) / 2)));
  return { isArticle, confidence, signals, root: isArticle ? root : null };
}

function parseUrl(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
