import { BODY_SELECTORS } from './signals-data';
import { squash, textWeight } from './text-weight';

// Finds the smallest element that holds the article body: the element whose paragraphs carry the most
// text, widened to its parent while sibling blocks add a real share of paragraph text.

const SKIP_ANCESTORS = 'form, nav, footer, aside, header, [role="navigation"], [role="complementary"]';
const MIN_PARAGRAPH = 25;

export interface RootResult {
  root: Element | null;
  /** Weighted text of all qualifying paragraphs in the page. */
  paragraphMass: number;
  /** Weighted text of qualifying paragraphs inside the root. */
  rootMass: number;
}

/**
 * Paragraphs long enough to be body text. `exclude` names containers whose paragraphs never count
 * (comment sections), so a long comment thread cannot pull the root down into itself.
 */
export function paragraphsOf(scope: ParentNode, exclude = ''): HTMLElement[] {
  const skip = exclude ? `${SKIP_ANCESTORS}, ${exclude}` : SKIP_ANCESTORS;
  return Array.from(scope.querySelectorAll<HTMLElement>('p, pre')).filter(
    (p) => squash(p.textContent).length >= MIN_PARAGRAPH && !p.closest(skip),
  );
}

export function findArticleRoot(doc: Document, exclude = ''): RootResult {
  const paragraphs = paragraphsOf(doc, exclude);
  const mass = new Map<Element, number>();
  let paragraphMass = 0;
  for (const p of paragraphs) {
    const w = textWeight(squash(p.textContent));
    paragraphMass += w;
    const parent = p.parentElement;
    if (parent) mass.set(parent, (mass.get(parent) ?? 0) + w);
  }
  let best: Element | null = null;
  let bestMass = 0;
  for (const [el, m] of mass) {
    if (m > bestMass) {
      best = el;
      bestMass = m;
    }
  }
  if (!best) return { root: null, paragraphMass, rootMass: 0 };

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
  return { root, paragraphMass, rootMass };
}

function massWithin(scope: Element, mass: Map<Element, number>): number {
  let total = 0;
  for (const [el, m] of mass) if (scope.contains(el)) total += m;
  return total;
}
