import { dateInText } from './text-dates';
import { squash } from './text-weight';

// The date a page writes in its article header when it gives none in markup: a byline ("By staff writer ·
// 21 July 2021"), a dateline line, a "posted" line. Only text before the body or in its first blocks counts:
// dates further down belong to related stories and comments.

/** Elements whose names say they hold a date or a byline. */
const DATE_HOLDERS =
  'time, [class*="date" i], [class*="time" i], [class*="byline" i], [class*="posted" i], [class*="publish" i], ' +
  '[class*="meta" i], [itemprop*="date" i], [rel="author"]';

/** How far out from the body the article's header is looked for, and how many of the body's blocks open it. */
const LEVELS_OUT = 3;
const OPENING_BLOCKS = 3;
const MAX_HOLDERS = 12;
const MAX_OPENING_CHARS = 400;
const DOCUMENT_POSITION_FOLLOWING = 4;
/** Blocks that hold facts about the subject (an infobox's "Founded 28 February 1998"), not about the page. */
const FACT_BOX = /^(?:table|figure|aside|dl)$/;
/** A line that gives the date of a revision, not of the publication. */
const UPDATE_LINE = /\b(?:updated|modified|edited)\b|обновлен|изменен/i;

/** The first written date in the article's header, or null. `anchor` is the page's own date for "вчера". */
export function headerDate(root: Element | null, anchor: string | null): string | null {
  if (!root) return null;
  const { holders, opening } = articleHeader(root);
  const texts = holders.slice(0, MAX_HOLDERS).map(holderText);
  // A dateline opens the body's text ("МОСКВА, 12.07.2021 09:41 — ...").
  for (const block of opening) texts.push(squash(block.textContent).slice(0, 300));
  for (const text of texts) {
    const date = dateInText(text, anchor);
    if (date) return date;
  }
  return null;
}

/**
 * The elements of the article's header that carry its date or its byline: what hiding must never take
 * (guard.ts), however a comment rule happens to name them.
 */
export function headerLandmarks(root: Element): Element[] {
  return articleHeader(root).holders.filter((el) => BYLINE.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('rel') ?? ''}`) || dateInText(holderText(el), null) !== null);
}

const BYLINE = /byline|author/i;

function holderText(el: Element): string {
  return `${el.getAttribute('datetime') ?? ''} ${el.getAttribute('title') ?? ''} ${squash(el.textContent).slice(0, 300)}`;
}

/** The date and byline holders before the body (up to LEVELS_OUT levels out) or in its opening blocks. */
function articleHeader(root: Element): { holders: Element[]; opening: Element[] } {
  let scope: Element = root;
  for (let i = 0; i < LEVELS_OUT && scope.parentElement && scope.localName !== 'body'; i++) scope = scope.parentElement;
  // The body's opening blocks count when short (a byline or dateline line, a title block), not a fact box, and
  // only before its first long block: what follows the text (a comment under it) opens nothing.
  const opening: Element[] = [];
  for (const b of Array.from(root.children).slice(0, OPENING_BLOCKS)) {
    if (squash(b.textContent).length > MAX_OPENING_CHARS) break;
    if (!FACT_BOX.test(b.localName) && !b.querySelector('table')) opening.push(b);
  }
  const holders: Element[] = [];
  for (const el of scope.querySelectorAll(DATE_HOLDERS)) {
    const beforeBody = !root.contains(el) && (el.compareDocumentPosition(root) & DOCUMENT_POSITION_FOLLOWING) !== 0;
    if (!beforeBody && !opening.some((b) => b.contains(el))) continue;
    if (/modified/i.test(el.getAttribute('itemprop') ?? '') || UPDATE_LINE.test(el.textContent ?? '')) continue;
    holders.push(el);
    if (holders.length >= MAX_HOLDERS * 2) break;
  }
  return { holders, opening };
}
