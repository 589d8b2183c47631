import { squash } from '../article/text-weight';

// What a comment form is not: running text. A form, its strings and its controls are short lines; an article's
// paragraph is sentences. The guard refuses a candidate that is mostly prose unless markup proves it comments.

/** Blocks whose text can be running prose. */
const BLOCKS = 'p, blockquote, dd, li';
/** Where the text is a control's, not prose. */
const NOT_PROSE = 'label, button, a, select, option, form [class*="notes" i], form [class*="policy" i]';
/** A block counts as prose from this many characters and words on. */
const MIN_CHARS = 100;
const MIN_WORDS = 14;

/** Largest share of a candidate's text that may be prose when nothing but its name or a form string found it. */
export const MAX_PROSE_SHARE = 0.5;

/** The share (0-1) of `chars` characters of the element's text that sits in paragraphs of running text. */
export function proseShare(el: Element, chars: number): number {
  if (chars < MIN_CHARS) return 0;
  let prose = 0;
  let last: Element | null = null;
  const blocks = el.matches(BLOCKS) ? [el] : Array.from(el.querySelectorAll(BLOCKS));
  for (const block of blocks) {
    // Document order: a block inside one already counted is part of it.
    if (last?.contains(block)) continue;
    if (block.closest(NOT_PROSE)) continue;
    const text = squash(block.textContent);
    if (text.length < MIN_CHARS || text.split(' ').length < MIN_WORDS) continue;
    prose += text.length;
    last = block;
  }
  return Math.min(1, prose / chars);
}
