import { type JsonLdNode, typesOf } from './jsonld';
import { chooseRoot, LONG_BODY, type PageScan, scanPage, textBlocks } from './root';
import {
  ARTICLE_TYPES, DISCUSSION_TYPES, LISTING_TYPES, LISTING_URL_PATTERNS, OG_TYPES, PAGE_MARKERS, PRODUCT_TYPES,
  STORY_URL_PATTERNS,
} from './signals-data';
import { fullTextWeight, textWeight } from './text-weight';

// What the detector measures on a page, as named numbers in 0..1. The model (detect-model.json) weighs them;
// this file only measures. Three stages, cheapest first, so that the detector can stop once the rest could not
// change its verdict: what the page declares (JSON-LD, og:type, the address), its body text (one pass over the
// paragraphs), and its structure (links, teasers, forms, shop and thread markup).

export type Stage = 'declared' | 'body' | 'structure';

export interface Feature {
  name: string;
  stage: Stage;
  /** What the README says it measures (printed by the training script next to its weight). */
  means: string;
}

export const FEATURES: readonly Feature[] = [
  { name: 'jsonld:article', stage: 'declared', means: 'JSON-LD declares an article type (NewsArticle, BlogPosting, ...)' },
  { name: 'jsonld:listing', stage: 'declared', means: 'JSON-LD declares a listing (CollectionPage, ItemList, SearchResultsPage, ProfilePage)' },
  { name: 'jsonld:product', stage: 'declared', means: 'JSON-LD declares a Product or Offer and no article' },
  { name: 'jsonld:discussion', stage: 'declared', means: 'JSON-LD declares a forum thread or Q&A page and no article' },
  { name: 'jsonld:video', stage: 'declared', means: 'JSON-LD declares a VideoObject and no article' },
  { name: 'og:article', stage: 'declared', means: 'og:type is article' },
  { name: 'og:website', stage: 'declared', means: 'og:type is website' },
  { name: 'og:other', stage: 'declared', means: 'og:type is a product, profile, video or music page' },
  { name: 'url:listing', stage: 'declared', means: 'the address is a tag, category, author, archive, search or page-N listing' },
  { name: 'url:home', stage: 'declared', means: "the address is the site's root" },
  { name: 'url:story', stage: 'declared', means: 'the address has a date, a long id, .html or a slug of three words' },
  { name: 'body:long', stage: 'body', means: 'the root holds a long run of paragraphs (1,400 weighted characters)' },
  { name: 'body:medium', stage: 'body', means: 'the root holds a medium run of paragraphs (500-1,400)' },
  { name: 'readerable', stage: 'body', means: "isProbablyReaderable's test, with script-fair weights" },
  { name: 'body:scattered', stage: 'body', means: "share of the page's paragraph text outside the root" },
  { name: 'body:long-paragraphs', stage: 'body', means: "the root's paragraphs are long (average over 300 weighted characters: prose, not snippets)" },
  { name: 'article-elements:cards', stage: 'body', means: 'three or more <article> elements, none dominant (cards)' },
  { name: 'article-element:holds-body', stage: 'body', means: 'one <article> element holds the body' },
  { name: 'links:root', stage: 'structure', means: "share of the root's text that is link text" },
  { name: 'links:page', stage: 'structure', means: "share of the page's text that is link text" },
  { name: 'prose:share', stage: 'structure', means: "the root's paragraph text as a share of the page's text" },
  { name: 'teasers', stage: 'structure', means: 'headings that are links (teasers of a listing), per 20' },
  { name: 'teasers:share', stage: 'structure', means: 'teasers against the root\'s prose: 150 characters a teaser, as a share of both' },
  { name: 'root:thread-named', stage: 'structure', means: 'a container of the root is named as comments, a forum, a thread, messages, reviews or answers' },
  { name: 'dates', stage: 'structure', means: '<time> elements and date markup, per 10 (one per teaser or post on listings and threads)' },
  { name: 'thread:authors', stage: 'structure', means: 'author, user and avatar markup, per 10 (posts of a thread)' },
  { name: 'thread:replies', stage: 'structure', means: 'reply, quote and vote controls, per 10' },
  { name: 'repeats', stage: 'structure', means: 'blocks repeated beside the body (same tag and class, with text), per 10: posts, teasers' },
  { name: 'thread:posts', stage: 'structure', means: 'repeated blocks beside or in the root that each carry an author or date, per 5: posts of a thread' },
  { name: 'forms:in-root', stage: 'structure', means: 'form fields inside the root, per 3 (a sign-in or search form as the main content)' },
  { name: 'forms:password', stage: 'structure', means: 'a password field (sign-in and registration pages)' },
  { name: 'forms:fields', stage: 'structure', means: 'visible form fields outside comment forms, per 10' },
  { name: 'shop', stage: 'structure', means: 'product markup: schema.org Product/Offer microdata, price, cart or basket' },
  { name: 'headings:one-h1', stage: 'structure', means: 'exactly one <h1>' },
];

export type Vector = Record<string, number>;

export interface Measured {
  /** Values measured so far, by feature name (absent: 0). */
  values: Vector;
  /** What a fired feature was, where that says more than its name (the JSON-LD type, the og:type). */
  details: Record<string, string>;
  root: Element | null;
  rootMass: number;
  /** Whether an element is in the page's body text area (not chrome, not comments): the body stage's own test. */
  inBody?: (el: Element) => boolean;
}

export interface MeasureOptions {
  url?: string;
  jsonLd: JsonLdNode[];
  bodyExclusion?: string;
}

/** The declared stage: what the page and its address say. */
export function measureDeclared(doc: Document, options: MeasureOptions, m: Measured): void {
  const types = options.jsonLd.flatMap(typesOf);
  const set = (name: string, detail?: string) => {
    m.values[name] = 1;
    if (detail) m.details[name] = detail;
  };
  const articleType = types.find((t) => ARTICLE_TYPES.has(t));
  const listingType = types.find((t) => LISTING_TYPES.has(t));
  if (articleType) set('jsonld:article', articleType);
  if (listingType) set('jsonld:listing', listingType);
  if (!articleType) {
    const product = types.find((t) => PRODUCT_TYPES.has(t));
    const discussion = types.find((t) => DISCUSSION_TYPES.has(t));
    if (product) set('jsonld:product', product);
    if (discussion) set('jsonld:discussion', discussion);
    if (types.includes('VideoObject')) set('jsonld:video', 'VideoObject');
  }
  // Anywhere in the document, as readMetadata reads metadata: stray text in a broken <head> makes the browser
  // put the rest of the head's elements into the body.
  const ogType = doc.querySelector('meta[property="og:type"], meta[name="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  const og = ogType ? OG_TYPES[ogType] : undefined;
  if (og) set(`og:${og}`, ogType);

  const url = pathOf(options.url ?? doc.URL);
  if (url) {
    if (LISTING_URL.test(url.pathname + url.search)) set('url:listing');
    else if (/^\/(index\.\w+)?$/.test(url.pathname)) set('url:home');
    else if (STORY_URL.test(decodePath(url.pathname))) set('url:story');
  }
}

/** The stages in the order they run, each adding its features to `m`. */
export const STAGES: { stage: Stage; measure: (doc: Document, options: MeasureOptions, m: Measured) => void }[] = [
  { stage: 'declared', measure: measureDeclared },
  { stage: 'body', measure: measureBody },
  { stage: 'structure', measure: measureStructure },
];

/** Every feature of the page, no stage skipped (what the model is trained on). */
export function measureAll(doc: Document, options: MeasureOptions): Measured {
  const m = emptyMeasure();
  for (const { measure } of STAGES) measure(doc, options, m);
  return m;
}

export function emptyMeasure(): Measured {
  return { values: {}, details: {}, root: null, rootMass: 0 };
}

/** Paragraph text (weighted characters) in the root that makes a medium body (LONG_BODY: a long one). */
const MEDIUM_BODY = 500;

/** The body stage: one pass over the paragraphs, the root, the <article> elements. */
export function measureBody(doc: Document, options: MeasureOptions, m: Measured): void {
  const scan = scanPage(doc, options.bodyExclusion);
  let { root, rootMass } = chooseRoot(doc, scan.paragraphs, scan.articles);
  // Text written straight into divs, without <p> (wire agencies' layouts, old templates): when the page says
  // it is an article, or its <article> elements read as one, and the paragraphs do not account for that,
  // count the text blocks too: inside those <article> elements, or in the whole body for a declared article.
  const declared = m.values['jsonld:article'] || m.values['og:article'];
  const scopes = scan.readableArticles.length ? scan.readableArticles : declared && doc.body ? [doc.body] : [];
  if (scopes.length && rootMass < MEDIUM_BODY) {
    const blocks = textBlocks(doc, scopes, scan.factsOf);
    if (blocks.length) {
      scan.paragraphs.push(...blocks);
      scan.paragraphMass += blocks.reduce((n, b) => n + b.weight, 0);
      ({ root, rootMass } = chooseRoot(doc, scan.paragraphs, scan.articles));
    }
  }
  m.root = root;
  m.rootMass = rootMass;
  m.inBody = (el) => scan.factsOf(el).body;
  const v = m.values;

  // <article> elements: many with no dominant one is a listing (cards); one holding the body is an article.
  // Their text is weighed only when there are several (a page with one <article> needs no comparison).
  let top: { el: Element; weight: number }[] = [];
  if (scan.articles.length >= 2) top = weighArticles(scan);
  else if (scan.articles.length === 1) top = [{ el: scan.articles[0]!, weight: 0 }];
  if (top.length >= 3) {
    const inArticles = top.reduce((n, a) => n + a.weight, 0);
    const outside = scan.paragraphs.reduce((n, p) => (p.article ? n : n + p.weight), 0);
    const largest = Math.max(...top.map((a) => a.weight));
    if (largest < inArticles * 0.4 && inArticles > (inArticles + outside) * 0.5) v['article-elements:cards'] = 1;
  }
  if (root && !v['article-elements:cards']) {
    const holder = top.find((a) => a.el.contains(root));
    if (holder && (top.length === 1 || holder.weight >= 0.5 * top.reduce((n, a) => n + a.weight, 0))) v['article-element:holds-body'] = 1;
  }

  if (rootMass >= LONG_BODY) v['body:long'] = 1;
  else if (rootMass >= MEDIUM_BODY) v['body:medium'] = 1;
  if (scan.readerable) v.readerable = 1;
  if (scan.paragraphMass > 0) v['body:scattered'] = round2(1 - rootMass / scan.paragraphMass);
  if (root) {
    let n = 0;
    for (const p of scan.paragraphs) if (root.contains(p.el)) n++;
    if (n && rootMass / n >= 300) v['body:long-paragraphs'] = 1;
  }
}

/** The structure stage: links, teasers, dates, threads, forms and shop markup, a few queries over the page. */
export function measureStructure(doc: Document, _options: MeasureOptions, m: Measured): void {
  const v = m.values;
  const body = doc.body;
  if (!body) return;
  const pageText = visibleTextWeight(body);
  if (!pageText) return;
  let pageLinks = 0;
  let rootLinks = 0;
  const links = body.getElementsByTagName('a');
  const root = m.root;
  for (let i = 0, n = links.length; i < n; i++) {
    const a = links[i]!;
    const length = a.textContent!.trim().length;
    pageLinks += length;
    if (root && length && root.contains(a)) rootLinks += length;
  }
  v['links:page'] = clip(pageLinks / pageText);
  if (root) v['links:root'] = clip(rootLinks / (root.textContent!.trim().length || 1));
  v['prose:share'] = clip(m.rootMass / pageText);

  // Markers in page chrome (menus, footers) and comment sections say nothing about what the page is: an
  // article with comments has as many authors and reply buttons as a forum thread.
  const inBody = m.inBody ?? (() => true);
  const count = (selector: string) => {
    let n = 0;
    for (const el of body.querySelectorAll(selector)) if (inBody(el)) n++;
    return n;
  };
  let teasers = 0;
  for (const h of body.querySelectorAll('h2, h3, h4')) if (inBody(h) && isTeaser(h)) teasers++;
  v.teasers = per(teasers, 20);
  // A listing is teasers against little prose; an article's related links sit beside one long run of it.
  if (teasers) v['teasers:share'] = clip((teasers * 150) / (teasers * 150 + m.rootMass));
  if (root && THREAD_NAMES.test(chainNames(root))) v['root:thread-named'] = 1;
  v.dates = per(count(PAGE_MARKERS.dates), 10);
  v['thread:authors'] = per(count(PAGE_MARKERS.authors), 10);
  v['thread:replies'] = per(count(PAGE_MARKERS.replies), 10);
  if (root) {
    const { blocks, posts } = repeatedBlocks(root);
    v.repeats = per(blocks, 10);
    v['thread:posts'] = per(posts, 5);
  }
  // Forms as the main content: fields outside page chrome, dialogs and comment forms (an article's header
  // has a search box and a sign-in dialog, its foot a comment form).
  let fields = 0;
  let inRoot = 0;
  let password = false;
  for (const f of body.querySelectorAll(PAGE_MARKERS.fields)) {
    if (f.closest(NOT_PAGE_FORMS)) continue;
    fields++;
    if (root?.contains(f)) inRoot++;
    if (f.getAttribute('type')?.toLowerCase() === 'password') password = true;
  }
  if (password) v['forms:password'] = 1;
  v['forms:fields'] = per(fields, 10);
  v['forms:in-root'] = per(inRoot, 3);
  if (body.querySelector(PAGE_MARKERS.shop) || doc.querySelector(PAGE_MARKERS.shopMeta)) v.shop = 1;
  if (body.getElementsByTagName('h1').length === 1) v['headings:one-h1'] = 1;
}

/** A heading that is a link (a teaser), not one that holds a small link (an "edit" link, an anchor). */
function isTeaser(h: Element): boolean {
  const link = h.closest('a[href]') ?? h.querySelector('a[href]');
  if (!link) return false;
  const text = h.textContent!.trim().length;
  return text >= 10 && (link.contains(h) || link.textContent!.trim().length >= 0.6 * text);
}

/** Names of the root's containers (up to the body) that say it is a thread of posts, not one article. */
const THREAD_NAMES = /comment|forum|thread|message|discussion|topic|review|answer|reply|replies/i;

function chainNames(root: Element): string {
  let names = '';
  for (let el: Element | null = root; el && el.localName !== 'body'; el = el.parentElement) {
    if (el.hasAttributes()) names += ` ${el.getAttribute('class') ?? ''} ${el.id}`;
  }
  return names;
}

/** Forms that are not what a page is about: in its chrome, in dialogs, or a comment form. */
const NOT_PAGE_FORMS =
  'header, nav, footer, aside, dialog, [role="dialog"], [aria-modal="true"], [class*="modal" i], [class*="popup" i], [class*="dropdown" i], ' +
  '[class*="share" i], #respond, #commentform, [id*="comment" i], [class*="comment" i]';

/** Text of the page without the text of scripts, styles and templates (textContent counts them), spaces folded. */
function visibleTextWeight(body: Element): number {
  // The white space of indented markup is most of some pages' text.
  let weight = fullTextWeight((body.textContent ?? '').replace(/\s+/g, ' '));
  for (const el of body.querySelectorAll('script, style, noscript, template')) weight -= fullTextWeight((el.textContent ?? '').replace(/\s+/g, ' '));
  return Math.max(0, weight);
}

/**
 * Repeated blocks around the body. `blocks`: going up from the root, the most siblings of one ancestor that
 * share its tag and class and hold text of their own (one article has none; a listing's teasers and a thread's
 * posts are such siblings). `posts`: the most such blocks, among those siblings or among the root's own
 * children, that each carry an author or a date (a thread's posts do, an article's paragraphs do not).
 */
function repeatedBlocks(root: Element): { blocks: number; posts: number } {
  let blocks = 0;
  let posts = 0;
  const isPost = (el: Element) => el.querySelector(PAGE_MARKERS.postMarks) !== null;
  // The root's own children, grouped by tag and class (paragraphs and other text elements are not posts).
  const groups = new Map<string, number>();
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    if (!POST_TAGS.has(child.localName) || (child.textContent ?? '').trim().length < 100 || !isPost(child)) continue;
    const key = `${child.localName}.${child.getAttribute('class') ?? ''}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  for (const n of groups.values()) posts = Math.max(posts, n);
  let cur: Element | null = root;
  for (let depth = 0; cur && depth < 5 && cur.localName !== 'body'; depth++, cur = cur.parentElement) {
    const parent: Element | null = cur.parentElement;
    if (!parent) break;
    const cls = cur.getAttribute('class') ?? '';
    let n = 0;
    let withMarks = 0;
    for (let sib: Element | null = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
      if (sib === cur || sib.localName !== cur.localName || (sib.getAttribute('class') ?? '') !== cls) continue;
      if ((sib.textContent ?? '').trim().length < 100) continue;
      n++;
      if (isPost(sib)) withMarks++;
    }
    blocks = Math.max(blocks, n);
    posts = Math.max(posts, withMarks);
  }
  return { blocks, posts };
}

/** Elements that can be a post of a thread (not paragraphs, headings or inline text). */
const POST_TAGS = new Set(['div', 'li', 'article', 'section', 'tr', 'table', 'tbody']);

const per = (n: number, full: number) => round2(Math.min(1, n / full));
const clip = (x: number) => round2(Math.max(0, Math.min(1, x)));

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

/**
 * The URL shapes of signals-data, each list as one expression: one test instead of one per shape (all listing
 * shapes ignore case; the story shapes keep their meaning when they do).
 */
const LISTING_URL = new RegExp(LISTING_URL_PATTERNS.map((re) => re.source).join('|'), 'i');
const STORY_URL = new RegExp(STORY_URL_PATTERNS.map((re) => re.source).join('|'), 'iu');

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
