import { BODY_SELECTORS, MAYBE_CANDIDATE_CLASS, NON_BODY_ANCESTORS, UNLIKELY_CLASS } from './signals-data';
import { THREAD_WORDS } from '../declutter/thread-words';
import { hasReplyControl, postShape } from '../declutter/threads';
import { squash, textWeight } from './text-weight';

// One pass over the page's text blocks gives everything the detector weighs: the body-text paragraphs and
// their mass, a readerability score computed like Readability's isProbablyReaderable (but with script-fair
// text weights), and the <article> elements with their text. The article root is chosen from the
// paragraphs: the element whose paragraphs carry the most text, widened to its parent while sibling blocks
// add a real share of paragraph text.

const MIN_PARAGRAPH = 25;
const BODY_SELECTOR = BODY_SELECTORS.join(', ');
/** Readability's thresholds: a block counts from 140 characters; the page is readerable above 20. */
const READERABLE_MIN_LENGTH = 140;
const READERABLE_MIN_SCORE = 20;
/** Paragraph text (weighted characters) that makes a long body, as the detector's paragraph-mass signal. */
export const LONG_BODY = 1400;

export interface RootResult {
  root: Element | null;
  /** Weighted text of all qualifying paragraphs in the page. */
  paragraphMass: number;
  /** Weighted text of qualifying paragraphs inside the root. */
  rootMass: number;
}

export interface Paragraph {
  el: Element;
  weight: number;
  /** The nearest <article> element around it, if any. */
  article: Element | null;
}

export interface PageScan {
  /**
   * Body-text paragraphs: p, pre (and divs of text lines split by <br>), long enough, not in page chrome; the
   * <p> elements in document order, then the <pre>, then the divs. The <pre> and <br> blocks are looked for
   * only when the <p> elements have not made the page readerable with a long body in one container.
   */
  paragraphs: Paragraph[];
  paragraphMass: number;
  /** isProbablyReaderable's verdict, computed in the same pass with script-fair text weights. */
  readerable: boolean;
  /** Every <article> element, in document order. */
  articles: Element[];
  /** <article> elements whose own text made the page readerable (paragraphs alone did not). */
  readableArticles: Element[];
  /** Where an element sits (memoised for this pass). */
  factsOf: (el: Element) => Readonly<ContainerFacts>;
}

/** A cheap visibility test from attributes only (no style computation, no layout). */
function looksVisible(el: Element): boolean {
  // Most paragraphs carry no attribute at all: one cheap test answers for them.
  if (!el.hasAttributes()) return true;
  if (el.hasAttribute('hidden')) return false;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none/i.test(style)) return false;
  return el.getAttribute('aria-hidden') !== 'true' || (el.getAttribute('class') ?? '').includes('fallback-image');
}

/** Readability's class-name test: a block named like page furniture does not count towards readerability. */
function likelyContent(el: Element): boolean {
  if (!el.hasAttributes()) return true;
  const match = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return !UNLIKELY_CLASS.test(match) || MAYBE_CANDIDATE_CLASS.test(match);
}

const readerablePart = (weight: number) => Math.sqrt(weight - READERABLE_MIN_LENGTH);

/** What a paragraph's container says about the paragraphs in it; computed once per container. */
export interface ContainerFacts {
  /** Not inside page chrome (nav, header, footer, aside, forms) nor a comment container. */
  body: boolean;
  /** The nearest <article> element at or above it. */
  article: Element | null;
  inListItem: boolean;
}

/**
 * One pass over the page's text blocks. Costs about what isProbablyReaderable costs on a page it has to read
 * to the end: one single-tag query per kind of block, the text of a block only while it can still count;
 * ancestor tests are made once per container, not per paragraph (paragraphs share a handful of containers).
 */
export function scanPage(doc: Document, bodyExclusion = NON_BODY_ANCESTORS): PageScan {
  const factsOf = containerFacts(bodyExclusion);

  const paragraphs: Paragraph[] = [];
  const articles: Element[] = [];
  let paragraphMass = 0;
  let score = 0;
  // Body blocks in a row under one parent, and whether such a run already makes a long body.
  let run: Element | null = null;
  let runMass = 0;
  let bodyFound = false;
  /**
   * Reads a block that can still count: towards readerability (`scores`), as body text (`counts`). Returns the
   * weight it added to the body text.
   */
  const take = (el: Element, f: ContainerFacts, scores: boolean, counts: boolean): number => {
    const text = el.textContent!.trim();
    if (text.length < MIN_PARAGRAPH) return 0;
    const weight = textWeight(text);
    if (scores && weight >= READERABLE_MIN_LENGTH && likelyContent(el)) score += readerablePart(weight);
    if (!counts) return 0;
    paragraphs.push({ el, weight, article: f.article });
    paragraphMass += weight;
    return weight;
  };
  // A block's text is read only when it can still count: towards body text (visible, not in chrome or
  // comments), or towards readerability while that is undecided. Comment threads and footers of a readerable
  // page are never read, which is what lets this pass cost about what isProbablyReaderable costs.
  const block = (el: Element, isP: boolean) => {
    const parent = el.parentElement;
    if (!parent || !looksVisible(el)) return;
    const f = factsOf(parent);
    const scores = score <= READERABLE_MIN_SCORE && !(isP && f.inListItem);
    if (!f.body && !scores) return;
    const weight = take(el, f, scores, f.body);
    if (!weight) return;
    if (parent === run) runMass += weight;
    else {
      run = parent;
      runMass = weight;
    }
    if (runMass >= LONG_BODY) bodyFound = true;
  };
  // One query per tag: the engine answers a single tag name on a fast path, several times faster than one
  // query for the list "p, pre, article, div > br" (measured in Chromium over the corpus: 25 µs against 44).
  // Lists are walked by index: iterating a NodeList (for-of, Array.from) costs more than the query itself.
  // <pre> blocks come after the paragraphs (chooseRoot breaks ties by document order itself); the
  // readerability score is a sum, so the order does not change its verdict.
  const ps = doc.querySelectorAll('p');
  for (let i = 0, n = ps.length; i < n; i++) block(ps[i]!, true);
  // <pre> blocks and divs of <br> lines are for pages whose text is not in <p>: when the paragraphs have made
  // the page readerable and one container already holds a long body in a row of them, they are not looked
  // for (two walks of the whole page: about a fifth of what isProbablyReaderable costs, measured over the corpus).
  if (!(bodyFound && score > READERABLE_MIN_SCORE)) {
    const pres = doc.querySelectorAll('pre');
    for (let i = 0, n = pres.length; i < n; i++) block(pres[i]!, false);
    // Text written as lines split by <br> inside a div counts as a block too (as in isProbablyReaderable).
    const brBlocks = new Set<Element>();
    const brs = doc.querySelectorAll('br');
    for (let i = 0, n = brs.length; i < n; i++) {
      const parent = brs[i]!.parentElement;
      if (parent?.localName === 'div') brBlocks.add(parent);
    }
    for (const el of brBlocks) {
      if (!looksVisible(el)) continue;
      const f = factsOf(el);
      const scores = score <= READERABLE_MIN_SCORE;
      const counts = f.body && !el.querySelector('p, pre');
      if (counts || scores) take(el, f, scores, counts);
    }
    // A body written as a list (release notes, weekly round-ups): the innermost items of the lists inside a
    // container marked as the article's body count as its paragraphs. Only there: a listing's items are teasers.
    // Body containers nest (an .entry-content inside an [itemprop=articleBody]): each item is taken once.
    const items = new Set<Element>();
    for (const body of doc.querySelectorAll(BODY_SELECTOR)) for (const li of body.querySelectorAll('li')) items.add(li);
    for (const li of items) if (!li.querySelector('li, p, pre')) block(li, false);
  }

  // <article> elements count towards readerability as whole blocks. The score is a sum, so adding them last
  // gives the same verdict as Readability's document order, and their (long) text is read only when the
  // paragraphs alone did not already decide.
  const found = doc.querySelectorAll('article');
  for (let i = 0, n = found.length; i < n; i++) articles.push(found[i]!);
  const readableArticles: Element[] = [];
  for (let i = 0; i < articles.length && score <= READERABLE_MIN_SCORE; i++) {
    const el = articles[i]!;
    if (!looksVisible(el) || !likelyContent(el)) continue;
    const weight = textWeight(el.textContent!.trim());
    if (weight >= READERABLE_MIN_LENGTH) {
      score += readerablePart(weight);
      readableArticles.push(el);
    }
  }
  return { paragraphs, paragraphMass, readerable: score > READERABLE_MIN_SCORE, articles, readableArticles, factsOf };
}

/**
 * Facts about an element's place in the page (inside chrome or comments? inside an <article>, an <li>?),
 * memoised along the ancestor chain so each ancestor is matched against the long selector of chrome and
 * comment containers once per pass.
 */
function containerFacts(bodyExclusion: string): (el: Element) => Readonly<ContainerFacts> {
  const memo = new Map<Element, ContainerFacts>();
  const top: ContainerFacts = { body: true, article: null, inListItem: false };
  let last: Element | null = null;
  let lastFacts = top;
  const chain: Element[] = [];
  return (el) => {
    // Paragraphs share a handful of parents, and mostly follow one another in the same one.
    if (el === last) return lastFacts;
    last = el;
    const known = memo.get(el);
    if (known) return (lastFacts = known);
    chain.length = 0;
    let facts: ContainerFacts | undefined;
    for (let cur: Element | null = el; cur; cur = cur.parentElement) {
      facts = memo.get(cur);
      if (facts) break;
      chain.push(cur);
    }
    let f = facts ?? top;
    for (let i = chain.length - 1; i >= 0; i--) {
      const e = chain[i]!;
      const name = e.localName;
      const body = f.body && !matches(e, bodyExclusion);
      // Most elements change nothing: they share their parent's facts object.
      if (body !== f.body || name === 'article' || (name === 'li' && !f.inListItem)) {
        f = { body, article: name === 'article' ? e : f.article, inListItem: f.inListItem || name === 'li' };
      }
      memo.set(e, f);
    }
    return (lastFacts = f);
  };
}

/** Elements that flow inside a text block: text under them belongs to the nearest block around them. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark',
  'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'br', 'nobr', 'tt', 'big',
]);
/** Blocks whose text is never body text, or is already counted as a paragraph. */
const NOT_TEXT_BLOCK = new Set([
  'p', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'button', 'label', 'option', 'select', 'textarea', 'script',
  'style', 'noscript', 'template', 'title', 'svg', 'math', 'figcaption', 'caption', 'dt', 'th', 'head', 'html',
]);

/**
 * Text blocks that are not paragraphs: text written straight into divs, table cells or <article> without
 * <p> tags, within the given scopes. A walk over every text node in them, so the detector runs it only on the
 * <article> elements whose text made the page readerable when their paragraphs did not. `factsOf` is the
 * scan's own, so ancestors it already placed are not looked at again.
 */
export function textBlocks(doc: Document, scopes: Element[], factsOf: PageScan['factsOf']): Paragraph[] {
  const body = doc.body;
  if (!body) return [];
  const mass = new Map<Element, number>();
  for (const scope of scopes) {
    const walker = doc.createTreeWalker(scope, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.nodeValue!.trim().length;
      if (!length) continue;
      let block = node.parentElement;
      while (block && INLINE.has(block.localName)) block = block.parentElement;
      if (!block || NOT_TEXT_BLOCK.has(block.localName)) continue;
      mass.set(block, (mass.get(block) ?? 0) + length);
    }
  }
  const blocks: Paragraph[] = [];
  for (const [el, length] of mass) {
    if (length < MIN_PARAGRAPH || el === body || el.closest('p, pre, li') || !looksVisible(el)) continue;
    const f = factsOf(el);
    if (!f.body) continue;
    const weight = textWeight(squash(directText(el)));
    if (weight >= MIN_PARAGRAPH) blocks.push({ el, weight, article: f.article });
  }
  return blocks;
}

/** The text of an element's own text nodes and inline children, not of its child blocks. */
function directText(el: Element): string {
  let text = '';
  for (const child of el.childNodes) {
    if (child.nodeType === 3) text += child.nodeValue;
    else if (child.nodeType === 1 && INLINE.has((child as Element).localName)) text += ` ${child.textContent} `;
  }
  return text;
}

/** The smallest element holding the article body, from the scanned paragraphs. */
export function chooseRoot(
  doc: Document,
  paragraphs: Paragraph[],
  articles?: Element[],
): { root: Element | null; rootMass: number } {
  const mass = new Map<Element, number>();
  for (const p of paragraphs) {
    // A text block (div of <br> lines, text straight in a div) is its own container; a paragraph belongs to its parent.
    const parent = p.el.localName === 'p' || p.el.localName === 'pre' ? p.el.parentElement : p.el;
    if (parent) mass.set(parent, (mass.get(parent) ?? 0) + p.weight);
  }
  // The paragraphs of comments under the article, whatever their container is named, are not its body.
  // Containers share their ancestors: each ancestor is judged once.
  const posts = new Map<Element, boolean>();
  for (const el of [...mass.keys()]) if (inCommentPost(el, posts)) mass.delete(el);
  let best: Element | null = null;
  let bestMass = 0;
  for (const [el, m] of mass) {
    // Equal masses go to the first in document order (the paragraphs are not in document order: <pre> last).
    if (m > bestMass || (m === bestMass && best && el.compareDocumentPosition(best) & 4 /* FOLLOWING */)) {
      best = el;
      bestMass = m;
    }
  }
  if (!best) return { root: null, rootMass: 0 };

  // A known body container around the best parent wins when it adds little besides the body.
  const marked = best.closest(BODY_SELECTOR);
  let root: Element = best;
  let rootMass = bestMass;
  if (marked && marked !== doc.body) {
    root = marked;
    rootMass = massWithin(marked, mass);
  }
  // Widen while a parent's paragraphs add at least a quarter more text (bodies split across blocks). Wrappers
  // that add nothing (one div per paragraph, as wire agencies write) are looked past, not taken.
  let cur: Element = root;
  for (let i = 0; i < 6; i++) {
    const parent = cur.parentElement;
    if (!parent || parent === doc.body || parent === doc.documentElement) break;
    // Do not swallow a listing: stop at a parent holding several <article> elements.
    if (holdsSeveral(parent, articles ?? Array.from(doc.querySelectorAll('article')))) break;
    const parentMass = massWithin(parent, mass);
    if (parentMass >= rootMass * 1.25) {
      root = parent;
      rootMass = parentMass;
    } else if (parentMass > rootMass) break;
    cur = parent;
  }
  return { root, rootMass };
}

export function findArticleRoot(doc: Document, bodyExclusion = NON_BODY_ANCESTORS): RootResult {
  const scan = scanPage(doc, bodyExclusion);
  const { root, rootMass } = chooseRoot(doc, scan.paragraphs, scan.articles);
  return { root, paragraphMass: scan.paragraphMass, rootMass };
}

/** How far above a paragraph's container a comment post may start (a media embed sits deep inside one). */
const POST_LEVELS = 10;
const POST_BLOCKS = new Set(['li', 'article', 'div', 'section', 'dd']);
const COMMENT_ITEM = '[itemtype*="schema.org/Comment" i]';
const REPLY_WORDS = new Set(THREAD_WORDS.flatMap((s) => s.replies));

/**
 * A container inside a comment post: a block that, like a sibling of its own shape (tag and first class),
 * carries a reply control (a "reply" class or text such as "Ответить"), or is schema.org Comment markup.
 * Live-blog updates and article sections repeat blocks too, with no reply control in them.
 */
function inCommentPost(container: Element, posts: Map<Element, boolean>): boolean {
  let el: Element | null = container;
  for (let i = 0; el && i < POST_LEVELS && el.localName !== 'body'; i++, el = el.parentElement) {
    let post = posts.get(el);
    if (post === undefined) posts.set(el, (post = isCommentPost(el)));
    if (post) return true;
  }
  return false;
}

function isCommentPost(el: Element): boolean {
  if (el.matches(COMMENT_ITEM)) return true;
  if (!POST_BLOCKS.has(el.localName)) return false;
  const sib = el.nextElementSibling ?? el.previousElementSibling;
  return !!sib && postShape(sib) === postShape(el) && hasReplyControl(el, REPLY_WORDS) && hasReplyControl(sib, REPLY_WORDS);
}

function holdsSeveral(scope: Element, articles: Element[]): boolean {
  let n = 0;
  for (const a of articles) if (scope.contains(a) && ++n > 1) return true;
  return false;
}

function massWithin(scope: Element, mass: Map<Element, number>): number {
  let total = 0;
  for (const [el, m] of mass) if (scope.contains(el)) total += m;
  return total;
}

/** Element.matches of a selector list that may not parse (a page's own engine decides): such a list matches nothing. */
function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}
