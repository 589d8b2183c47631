// The one gate every hiding decision passes. It knows where the article is and says no when in doubt.

export interface GuardContext {
  root: Element | null;
  /** Text blocks of the article that must stay visible. */
  protectedBlocks: Element[];
  /** The article header's date and byline holders (headerLandmarks): never hidden, nor anything holding one. */
  header: Element[];
  /** Characters of text in the whole page body. */
  pageChars: number;
}

const FOLLOWING = 4;

/** Largest share of the page's text one hidden element may hold. */
export const MAX_PAGE_SHARE = 0.5;

/** Returns null when `el` may be hidden, or the reason it may not. */
export function guardRefusal(el: Element, ctx: GuardContext, chars: number): string | null {
  const { root } = ctx;
  if (root) {
    if (el === root) return 'is the article root';
    if (el.contains(root)) return 'contains the article root';
  }
  for (const block of ctx.protectedBlocks) {
    if (el === block || el.contains(block) || block.contains(el)) return 'overlaps an article paragraph';
  }
  // The header lies before the body or opens it: an element after the root cannot hold it (most comment areas).
  if (!root || root.contains(el) || el.compareDocumentPosition(root) & FOLLOWING)
    for (const mark of ctx.header) if (el === mark || el.contains(mark)) return "holds the article's date or byline";
  if (ctx.pageChars > 0 && chars / ctx.pageChars > MAX_PAGE_SHARE)
    return `holds ${Math.round((chars / ctx.pageChars) * 100)}% of the page text`;
  return null;
}
