import type { ArticleReport, ArticleSignal } from '../report';
import { type JsonLdNode, typesOf } from './jsonld';
import { chooseRoot, LONG_BODY, type PageScan, scanPage, textBlocks } from './root';
import { textWeight } from './text-weight';
import { ARTICLE_TYPES, LISTING_TYPES, LISTING_URL_PATTERNS, OG_TYPES, OTHER_PAGE_TYPES, STORY_URL_PATTERNS } from './signals-data';

export interface ArticleVerdict extends ArticleReport {
  /** The smallest element holding the article body; null when none was found. */
  root: Element | null;
}

export interface DetectOptions {
  url?: string;
  jsonLd: JsonLdNode[];
  /** Containers whose paragraphs are not body text (CompiledRules.bodyExclusion; default: page chrome only). */
  bodyExclusion?: string;
}

// Weighted vote: each signal adds or subtracts; the sum decides. Weights are in "evidence units":
// a structured declaration (JSON-LD, og:type) outweighs layout guesses, and a listing URL outweighs both.
// Every signal that fired is returned, so a verdict can always be explained.
const THRESHOLD = 2;

/** Paragraph text (weighted characters) in the root that makes a medium body (LONG_BODY: a long one). */
const MEDIUM_BODY = 500;
/** The most the body signals can add (article-element:holds-body, paragraph-mass:long, readerable). */
const MAX_BODY_SCORE = 5;

export function detectArticle(doc: Document, options: DetectOptions): ArticleVerdict {
  const signals = declaredSignals(doc, options);

  // What the page and its URL say already decides a listing: the body signals together add at most +5
  // (holds-body 1, long body 2, readerable 2). When even that, with a margin, cannot reach the threshold, the
  // text is not read at all: the cheapest possible answer on tag, search and profile pages.
  const declaredScore = scoreOf(signals);
  if (declaredScore + MAX_BODY_SCORE < THRESHOLD - 1) {
    return { isArticle: false, confidence: confidenceOf(declaredScore), signals, root: null };
  }
  const add = (name: string, weight: number) => signals.push({ name, weight });

  // The text: one pass over the page's blocks.
  const scan = scanPage(doc, options.bodyExclusion);
  let { root, rootMass } = chooseRoot(doc, scan.paragraphs, scan.articles);
  // Text written straight into divs, without <p> (wire agencies' layouts, old templates): when the page says
  // it is an article, or its <article> elements read as one, and the paragraphs do not account for that,
  // count the text blocks too: inside those <article> elements, or in the whole body for a declared article.
  const declared = signals.some((x) => x.weight > 0 && (x.name.startsWith('jsonld:') || x.name.startsWith('og:')));
  const scopes = scan.readableArticles.length ? scan.readableArticles : declared && doc.body ? [doc.body] : [];
  if (scopes.length && rootMass < MEDIUM_BODY) {
    const blocks = textBlocks(doc, scopes, scan.factsOf);
    if (blocks.length) {
      scan.paragraphs.push(...blocks);
      scan.paragraphMass += blocks.reduce((n, b) => n + b.weight, 0);
      ({ root, rootMass } = chooseRoot(doc, scan.paragraphs, scan.articles));
    }
  }

  // <article> elements: many with no dominant one is a listing (cards); one holding the body is an article.
  // Their text is weighed only when there are several (a page with one <article> needs no comparison).
  let cards = false;
  let top: { el: Element; weight: number }[] = [];
  if (scan.articles.length >= 2) top = weighArticles(scan);
  else if (scan.articles.length === 1) top = [{ el: scan.articles[0]!, weight: 0 }];
  if (top.length >= 3) {
    const inArticles = top.reduce((n, a) => n + a.weight, 0);
    const outside = scan.paragraphs.reduce((n, p) => (p.article ? n : n + p.weight), 0);
    const largest = Math.max(...top.map((a) => a.weight));
    if (largest < inArticles * 0.4 && inArticles > (inArticles + outside) * 0.5) {
      cards = true;
      add('article-elements:cards', -3);
    }
  }
  if (root && !cards) {
    const holder = top.find((a) => a.el.contains(root));
    if (holder && (top.length === 1 || holder.weight >= 0.5 * top.reduce((n, a) => n + a.weight, 0)))
      add('article-element:holds-body', 1);
  }

  if (rootMass >= LONG_BODY) add('paragraph-mass:long', 2);
  else if (rootMass >= MEDIUM_BODY) add('paragraph-mass:medium', 1);
  else add('paragraph-mass:short', -1);

  if (scan.readerable) add('readerable', 2);
  else if (scan.paragraphMass > 0 && rootMass < scan.paragraphMass * 0.3) add('text-scattered', -1);

  // Link density reads every link in the root: weighed only when it can change the verdict.
  if (root) {
    const sum = scoreOf(signals);
    if (sum >= THRESHOLD && sum - 2 < THRESHOLD && linkDensity(root) > 0.5) add('link-density:high', -2);
  }

  const score = scoreOf(signals);
  const isArticle = score >= THRESHOLD && root !== null;
  return { isArticle, confidence: confidenceOf(score), signals, root: isArticle ? root : null };
}

/** What the page says it is (JSON-LD, og:type) and what its address says (a listing, the home page, a story). */
function declaredSignals(doc: Document, options: DetectOptions): ArticleSignal[] {
  const signals: ArticleSignal[] = [];
  const add = (name: string, weight: number) => signals.push({ name, weight });

  const types = options.jsonLd.flatMap(typesOf);
  const articleType = types.find((t) => ARTICLE_TYPES.has(t));
  const listingType = types.find((t) => LISTING_TYPES.has(t));
  if (articleType) add(`jsonld:${articleType}`, 3);
  if (listingType) add(`jsonld:${listingType}`, -3);
  if (!articleType) {
    const other = types.find((t) => t in OTHER_PAGE_TYPES);
    if (other) add(`jsonld:${other}`, OTHER_PAGE_TYPES[other]!);
  }

  // Anywhere in the document, as readMetadata reads metadata: stray text in a broken <head> makes the browser
  // put the rest of the head's elements into the body.
  const ogType = doc.querySelector('meta[property="og:type"], meta[name="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType && ogType in OG_TYPES) add(`og:type=${ogType}`, OG_TYPES[ogType]!);

  const url = pathOf(options.url ?? doc.URL);
  if (url) {
    if (LISTING_URL.test(url.pathname + url.search)) add('url:listing', -4);
    else if (/^\/(index\.\w+)?$/.test(url.pathname)) add('url:home', -3);
    else if (STORY_URL.test(decodePath(url.pathname))) add('url:story', 1);
  }
  return signals;
}

/**
 * The URL shapes of signals-data, each list as one expression: one test instead of one per shape (all listing
 * shapes ignore case; the story shapes keep their meaning when they do).
 */
const LISTING_URL = new RegExp(LISTING_URL_PATTERNS.map((re) => re.source).join('|'), 'i');
const STORY_URL = new RegExp(STORY_URL_PATTERNS.map((re) => re.source).join('|'), 'iu');

function scoreOf(signals: ArticleSignal[]): number {
  let score = 0;
  for (const s of signals) score += s.weight;
  return score;
}

/** Distance from the threshold, squashed to 0.5..1: how far the vote was from going the other way. */
function confidenceOf(score: number): number {
  return round2(1 / (1 + Math.exp(-Math.abs(score - THRESHOLD + 0.5) / 2)));
}

/**
 * The <article> elements that are not inside another one (nor in page chrome or comments), weighed by the
 * paragraph text they hold. Cards often have no paragraph long enough to count: when the articles hold
 * almost none, they are weighed by their whole text instead (short, since they are cards).
 */
function weighArticles(scan: PageScan): { el: Element; weight: number }[] {
  const outer = (a: Element) => (a.parentElement ? scan.factsOf(a.parentElement).article : null);
  const top = scan.articles.filter((a) => scan.factsOf(a).body && !outer(a));
  const weights = new Map<Element, number>(top.map((a) => [a, 0]));
  let held = 0;
  for (const p of scan.paragraphs) {
    let a = p.article;
    while (a && !weights.has(a)) a = outer(a);
    if (a) {
      weights.set(a, weights.get(a)! + p.weight);
      held += p.weight;
    }
  }
  if (held < 100 * top.length) return top.map((el) => ({ el, weight: textWeight(el.textContent!.trim()) }));
  return top.map((el) => ({ el, weight: weights.get(el)! }));
}

/** Share of the element's text that is link text. */
function linkDensity(root: Element): number {
  const text = root.textContent!.trim().length || 1;
  let links = 0;
  for (const a of root.querySelectorAll('a')) links += a.textContent!.trim().length;
  return links / text;
}

/**
 * The path and query of an http(s) address, read with one expression: detection runs on every page, and a
 * URL object costs more than the rest of the URL signals together on a small page. The address must be a
 * normalised one, as location.href and document.URL are (no "..", no backslashes): callers with a typed
 * address pass it through the URL parser first (the CLI does).
 */
function pathOf(url: string | undefined): { pathname: string; search: string } | null {
  const m = url ? /^https?:\/\/[^/?#]*(\/[^?#]*)?(\?[^#]*)?/i.exec(url) : null;
  return m ? { pathname: m[1] ?? '/', search: m[2] && m[2] !== '?' ? m[2] : '' } : null;
}

function decodePath(path: string): string {
  if (!path.includes('%')) return path;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
