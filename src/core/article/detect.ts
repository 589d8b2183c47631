import { isProbablyReaderable } from './readerable';
import type { ArticleReport, ArticleSignal } from '../report';
import { type JsonLdNode, typesOf } from './jsonld';
import { findArticleRoot } from './root';
import { ARTICLE_TYPES, LISTING_TYPES, LISTING_URL_PATTERNS } from './signals-data';
import { squash, textWeight } from './text-weight';

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
const THRESHOLD = 2;

export function detectArticle(doc: Document, options: DetectOptions): ArticleVerdict {
  const signals: ArticleSignal[] = [];
  const add = (name: string, weight: number) => signals.push({ name, weight });

  const types = options.jsonLd.flatMap(typesOf);
  const articleType = types.find((t) => ARTICLE_TYPES.has(t));
  const listingType = types.find((t) => LISTING_TYPES.has(t));
  if (articleType) add(`jsonld:${articleType}`, 3);
  if (listingType) add(`jsonld:${listingType}`, -3);

  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article') add('og:type=article', 2);
  else if (ogType === 'website') add('og:type=website', -1);

  const url = parseUrl(options.url ?? doc.URL);
  if (url) {
    const path = url.pathname + url.search;
    if (LISTING_URL_PATTERNS.some((re) => re.test(path))) add('url:listing', -4);
    else if (url.pathname === '/' || url.pathname === '') add('url:home', -3);
    else if (/\/(19|20)\d\d[/-]\d\d?[/-]/.test(url.pathname) || /\d{5,}|\.html?$|-[a-z0-9]+-[a-z0-9]+/i.test(url.pathname))
      add('url:story', 1);
  }

  const { root, paragraphMass, rootMass } = findArticleRoot(doc, options.commentSelector);
  const bodyWeight = textWeight(squash(doc.body?.textContent));

  const articles = Array.from(doc.querySelectorAll('article'));
  if (articles.length >= 3) {
    const largest = Math.max(...articles.map((a) => textWeight(squash(a.textContent))));
    if (largest < bodyWeight * 0.4) add('article-elements:cards', -3);
  } else if (articles.length >= 1 && root && articles.some((a) => a.contains(root))) {
    add('article-element:holds-body', 1);
  }

  if (rootMass >= 1400) add('paragraph-mass:long', 2);
  else if (rootMass >= 500) add('paragraph-mass:medium', 1);
  else add('paragraph-mass:short', -1);

  if (root) {
    const linkText = Array.from(root.querySelectorAll('a')).reduce((n, a) => n + squash(a.textContent).length, 0);
    const rootText = squash(root.textContent).length || 1;
    if (linkText / rootText > 0.5) add('link-density:high', -2);
  }

  if (isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 })) add('readerable', 2);
  else if (paragraphMass > 0 && rootMass < paragraphMass * 0.3) add('text-scattered', -1);

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

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
