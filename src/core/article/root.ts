import { BODY_SELECTORS, MAYBE_CANDIDATE_CLASS, NON_BODY_ANCESTORS, UNLIKELY_CLASS } from './signals-data';
import { squash, textWeight } from './text-weight';

// One pass over the page's text blocks gives everything the detector weighs: the body-text paragraphs and
// their mass, a readerability score computed like Readability's isProbablyReaderable (but with script-fair
// text weights), and the <article> elements with their text. The article root is chosen from the
// paragraphs: the element whose paragraphs carry the most text, widened to its parent while sibling blocks
// add a real share of paragraph text.

const MIN_PARAGRAPH = 25;
/** Readability's thresholds: a block counts from 140 characters; the page is readerable above 20. */
const READERABLE_MIN_LENGTH = 140;
export const READERABLE_MIN_SCORE = 20;

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
  /** Inside an <article> element. */
  inArticle: boolean;
}

export interface PageScan {
  /** Body-text paragraphs: p, pre (and divs of text lines split by <br>), long enough, not in page chrome. */
  paragraphs: Paragraph[];
  paragraphMass: number;
  /** isProbablyReaderable's score, with weighted lengths; readerable when above READERABLE_MIN_SCORE. */
  readerableScore: number;
  /** <article> elements not inside another one, nor inside a comment container, with their text weight. */
  articles: { el: Element; weight: number }[];
}

/**
 * Paragraphs long enough to be body text. `exclude` names containers whose paragraphs never count
 * (comment sections), so a long comment thread cannot pull the root down into itself.
 */
export function paragraphsOf(scope: ParentNode, exclude = ''): HTMLElement[] {
  const skip = exclude ? `${NON_BODY_ANCESTORS}, ${exclude}` : NON_BODY_ANCESTORS;
  return Array.from(scope.querySelectorAll<HTMLElement>('p, pre')).filter(
    (p) => p.textContent!.trim().length >= MIN_PARAGRAPH && !p.closest(skip),
  );
}

/** A cheap visibility test from attributes only (no style computation, no layout). */
function looksVisible(el: Element): boolean {
  if (el.hasAttribute('hidden')) return false;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none/i.test(style)) return false;
  return el.getAttribute('aria-hidden') !== 'true' || (el.getAttribute('class') ?? '').includes('fallback-image');
}

export function scanPage(doc: Document, exclude = ''): PageScan {
  const nodes = Array.from(doc.querySelectorAll('p, pre, article'));
  // Text written as lines split by <br> inside a div counts as a block too (as in isProbablyReaderable).
  const brBlocks = new Set<Element>();
  for (const br of doc.querySelectorAll('div > br')) if (br.parentElement) brBlocks.add(br.parentElement);
  // One closest() per candidate paragraph is cheaper than collecting the excluded containers' contents.
  const skip = exclude ? `${NON_BODY_ANCESTORS}, ${exclude}` : NON_BODY_ANCESTORS;
  const inListItem = new Set<Element>(doc.querySelectorAll('li p'));

  const paragraphs: Paragraph[] = [];
  const articles: { el: Element; weight: number }[] = [];
  let paragraphMass = 0;
  let readerableScore = 0;

  const visit = (el: Element, kind: 'p' | 'article' | 'br') => {
    const text = el.textContent!.trim();
    const weight = textWeight(text);
    if (kind === 'article' && !el.parentElement?.closest('article') && !(exclude && el.closest(exclude))) articles.push({ el, weight });
    if (text.length < MIN_PARAGRAPH) return;
    const visible = looksVisible(el);
    if (visible && weight >= READERABLE_MIN_LENGTH && !inListItem.has(el)) {
      const match = `${el.getAttribute('class') ?? ''} ${el.id}`;
      if (!UNLIKELY_CLASS.test(match) || MAYBE_CANDIDATE_CLASS.test(match)) {
        readerableScore += Math.sqrt(weight - READERABLE_MIN_LENGTH);
      }
    }
    if (kind === 'article' || !visible) return;
    if (kind === 'br' && el.querySelector('p, pre')) return;
    if (el.closest(skip)) return;
    paragraphs.push({ el, weight, inArticle: el.closest('article') !== null });
    paragraphMass += weight;
  };
  for (const el of nodes) visit(el, el.localName === 'article' ? 'article' : 'p');
  for (const el of brBlocks) visit(el, 'br');
  return { paragraphs, paragraphMass, readerableScore, articles };
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
 * <p> tags. A walk over every text node, so the detector runs it only when the readerability score says there
 * is long text that the paragraphs did not account for.
 */
export function textBlocks(doc: Document, exclude = ''): Paragraph[] {
  const body = doc.body;
  if (!body) return [];
  const mass = new Map<Element, number>();
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue!.trim().length;
    if (!length) continue;
    let block = node.parentElement;
    while (block && INLINE.has(block.localName)) block = block.parentElement;
    if (!block || NOT_TEXT_BLOCK.has(block.localName)) continue;
    mass.set(block, (mass.get(block) ?? 0) + length);
  }
  const skip = exclude ? `${NON_BODY_ANCESTORS}, ${exclude}` : NON_BODY_ANCESTORS;
  const blocks: Paragraph[] = [];
  for (const [el, length] of mass) {
    if (length < MIN_PARAGRAPH || el === body || el.closest('p, pre, li') || !looksVisible(el) || el.closest(skip)) continue;
    const weight = textWeight(squash(directText(el)));
    if (weight >= MIN_PARAGRAPH) blocks.push({ el, weight, inArticle: el.closest('article') !== null });
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
export function chooseRoot(doc: Document, paragraphs: Paragraph[]): { root: Element | null; rootMass: number } {
  const mass = new Map<Element, number>();
  for (const p of paragraphs) {
    // A text block (div of <br> lines, text straight in a div) is its own container; a paragraph belongs to its parent.
    const parent = p.el.localName === 'p' || p.el.localName === 'pre' ? p.el.parentElement : p.el;
    if (parent) mass.set(parent, (mass.get(parent) ?? 0) + p.weight);
  }
  let best: Element | null = null;
  let bestMass = 0;
  for (const [el, m] of mass) {
    if (m > bestMass) {
      best = el;
      bestMass = m;
    }
  }
  if (!best) return { root: null, rootMass: 0 };

  // A known body container around the best parent wins when it adds little besides the body.
  const marked = best.closest(BODY_SELECTORS.join(','));
  let root: Element = best;
  let rootMass = bestMass;
  if (marked && marked !== doc.body) {
    root = marked;
    rootMass = massWithin(marked, mass);
  }
  // Widen while the parent's paragraphs add at least a quarter more text (bodies split across blocks).
  for (let i = 0; i < 4; i++) {
    const parent = root.parentElement;
    if (!parent || parent === doc.body || parent === doc.documentElement) break;
    const parentMass = massWithin(parent, mass);
    if (parentMass < rootMass * 1.25) break;
    // Do not swallow a listing: stop at a parent holding several <article> elements.
    if (parent.querySelectorAll('article').length > 1) break;
    root = parent;
    rootMass = parentMass;
  }
  return { root, rootMass };
}

export function findArticleRoot(doc: Document, exclude = ''): RootResult {
  const scan = scanPage(doc, exclude);
  const { root, rootMass } = chooseRoot(doc, scan.paragraphs);
  return { root, paragraphMass: scan.paragraphMass, rootMass };
}

function massWithin(scope: Element, mass: Map<Element, number>): number {
  let total = 0;
  for (const [el, m] of mass) if (scope.contains(el)) total += m;
  return total;
}
