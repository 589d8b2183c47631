import { PAGE_MARKERS } from '../article/signals-data';
import { squash } from '../article/text-weight';
import type { ResidueIndex } from './residue-index';
import type { ThreadWordSet } from './thread-words';

// Comment threads found by what they are, whatever the markup is named: below the article, a list of two or
// more sibling blocks of one shape, each carrying an author, a date or a reply control of its own, and
// announced by the words around it (a "12 Comments" heading, a "Reply" in each block, a comment word in the
// list's name, schema.org Comment markup). A list of related stories also repeats blocks with authors and
// dates; it has none of those words, and its blocks are mostly headline links.

export interface CompiledThreadWords {
  headings: Set<string>;
  headingStarts: string[];
  replies: Set<string>;
  /** The texts of "load comments" controls, indexed like the form strings. */
  loads: ResidueIndex;
}

export interface FoundThread {
  element: Element;
  /** 'thread': the list of comments with its heading and count; 'load': a control that loads or shows them. */
  kind: 'thread' | 'load';
  /** Comments in the list (0 for a load control). */
  posts: number;
}

/** Marks of a post: an author, a date, a reply control, schema.org Comment markup. */
export const POST_MARKS = `${PAGE_MARKERS.postMarks}, [class*="reply" i], [itemtype*="schema.org/Comment" i], [itemprop="comment" i]`;
const REPLY_MARK = '[class*="reply" i], [itemprop="comment" i]';
/** Digits, brackets, arrows and punctuation around a control's word. */
const CONTROL_MARKS = /[\s\d()[\]{}.,:;!?'"«»“”„↩↪→←…·•|/\\+*#-]+/g;
/** Links and buttons of each kind read per block for a reply control. */
const MAX_CONTROLS = 24;
/** Marks read per page: a page of thousands of comments is recognised long before this. */
const MAX_MARKS = 3000;
/** How far above a mark its post may be. */
const POST_CLIMB = 6;
const MIN_POSTS = 2;
const POST_TAGS = new Set(['div', 'li', 'article', 'section', 'dd', 'tr', 'blockquote', 'table']);
/** A heading longer than this is text, not a heading. */
const MAX_HEADING_CHARS = 90;
/** The section around a thread: each step out may add this much text besides the thread (count, form, policy line). */
const SECTION_STEPS = 3;
const SECTION_EXTRA_CHARS = 400;
/** A load control with its count and icon: past this much text the climb stops. */
const MAX_LOAD_CHARS = 160;
const FOLLOWING = 4;

export function compileThreadWords(sets: ThreadWordSet[], index: (phrases: string[]) => ResidueIndex): CompiledThreadWords {
  return {
    headings: new Set(sets.flatMap((s) => s.headings.map(headingKey))),
    headingStarts: sets.flatMap((s) => s.headingStarts.map((h) => `${headingKey(h)} `)),
    replies: new Set(sets.flatMap((s) => s.replies.map(headingKey))),
    loads: index(sets.flatMap((s) => s.loads)),
  };
}

/** A heading's text without digits, brackets, quotes and punctuation, lower case: "Comments (12)" → "comments". */
export function headingKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{N}\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The comment threads below the article root and the controls that load them, outermost first in document
 * order. `planned` (disjoint, in document order) is what is already planned: nothing inside it needs a look.
 */
export function findThreads(doc: Document, root: Element, words: CompiledThreadWords, planned: Element[]): FoundThread[] {
  const skip = (el: Element) => planned.some((p) => p.contains(el));
  const lists = new Map<Element, Map<string, Set<Element>>>();
  let read = 0;
  for (const mark of marksAfter(root)) {
    if (++read > MAX_MARKS) break;
    if (skip(mark)) continue;
    let item: Element = mark;
    for (let i = 0; i < POST_CLIMB; i++) {
      const list: Element | null = item.parentElement;
      if (!list || list.localName === 'body' || list.contains(root)) break;
      if (POST_TAGS.has(item.localName)) {
        const key = postShape(item);
        let byKey = lists.get(list);
        if (!byKey) lists.set(list, (byKey = new Map()));
        const items = byKey.get(key);
        if (items) items.add(item);
        else byKey.set(key, new Set([item]));
      }
      item = list;
    }
  }
  const found: FoundThread[] = [];
  for (const [list, byKey] of lists) {
    for (const items of byKey.values()) {
      if (items.size < MIN_POSTS) continue;
      const thread = asThread(list, [...items], words, root);
      if (thread) found.push(thread);
    }
  }
  for (const hit of words.loads.find(doc, planned)) {
    const control = loadControl(hit.node, root);
    if (control && !skip(control)) found.push({ element: control, kind: 'load', posts: 0 });
  }
  // Outermost only: replies nested in a comment make lists of their own.
  const outer = found.filter((f) => !found.some((g) => g !== f && g.element !== f.element && g.element.contains(f.element)));
  return [...new Map(outer.map((f) => [f.element, f])).values()].sort((a, b) => (a.element.compareDocumentPosition(b.element) & FOLLOWING ? -1 : 1));
}

/** The marks of posts in what follows the root (the subtrees after it and after each of its ancestors), in document order. */
function* marksAfter(root: Element): Generator<Element> {
  for (let at: Element | null = root; at && at.localName !== 'body'; at = at.parentElement) {
    for (let sib = at.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (sib.matches(POST_MARKS)) yield sib;
      yield* sib.querySelectorAll(POST_MARKS);
    }
  }
}

/** A post's shape: its tag and first class, digits dropped ("comment-1234", "depth-2" are one shape). */
export function postShape(el: Element): string {
  const first = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? '';
  return `${el.localName}.${first.replace(/\d+/g, '')}`;
}

function asThread(list: Element, items: Element[], words: CompiledThreadWords, root: Element): FoundThread | null {
  // Teasers: a headline link, or text that is mostly links.
  let teasers = 0;
  let texts = 0;
  for (const item of items) {
    const chars = squash(item.textContent).length;
    if (chars >= 10) texts++;
    if (item.querySelector('h1 a, h2 a, h3 a, h4 a, a h2, a h3, a h4') || linkChars(item) > 0.6 * chars) teasers++;
  }
  if (texts < MIN_POSTS || teasers * 2 > items.length) return null;
  const replies = items.filter((item) => hasReplyControl(item, words.replies)).length;
  const heading = threadHeading(list, words, root);
  const schema = items.some((item) => item.matches('[itemtype*="schema.org/Comment" i], [itemprop="comment" i]'));
  if (replies * 2 < items.length && !heading && !schema) return null;
  return { element: section(list, heading, root), kind: 'thread', posts: items.length };
}

function linkChars(el: Element): number {
  let n = 0;
  for (const a of el.querySelectorAll('a')) n += squash(a.textContent).length;
  return n;
}

/**
 * Whether a block holds a reply control: an element with a "reply" class, schema.org comment markup, or a
 * link or button that reads as one of `replies` ("Reply", "Ответить").
 */
export function hasReplyControl(el: Element, replies: Set<string>): boolean {
  if (el.querySelector(REPLY_MARK)) return true;
  // A post has a handful of controls: the first few links and buttons are read (live collections, walked
  // only as far as read; a wrapper around a whole page is not read to its end).
  for (const tag of ['a', 'button']) {
    const controls = el.getElementsByTagName(tag);
    for (let i = 0; i < MAX_CONTROLS; i++) {
      const c = controls[i];
      if (!c) break;
      const text = c.textContent ?? '';
      if (text.length > 40) continue;
      // "Reply", or "↩ Reply (2)" without its marks and count. Detection runs this on every page: no Unicode
      // property classes here, which cost a cold page view their compile.
      const plain = text.trim().toLowerCase();
      if (replies.has(plain) || replies.has(plain.replace(CONTROL_MARKS, ' ').trim())) return true;
    }
  }
  return false;
}

function isThreadHeading(el: Element, words: CompiledThreadWords): boolean {
  const text = el.textContent ?? '';
  if (!text.trim() || text.length > 4 * MAX_HEADING_CHARS || squash(text).length > MAX_HEADING_CHARS) return false;
  const key = headingKey(text);
  return words.headings.has(key) || words.headingStarts.some((s) => key.startsWith(s));
}

/** The heading that announces the list: just before it, or before one of its three nearest ancestors, or its first child. */
function threadHeading(list: Element, words: CompiledThreadWords, root: Element): Element | null {
  const first = list.firstElementChild;
  if (first && isThreadHeading(first, words)) return first;
  let at: Element | null = list;
  for (let depth = 0; at && depth < SECTION_STEPS && at.localName !== 'body' && !at.contains(root); depth++, at = at.parentElement) {
    let sib = at.previousElementSibling;
    for (let k = 0; sib && k < 3; k++, sib = sib.previousElementSibling) {
      if (sib.contains(root)) break;
      if (isThreadHeading(sib, words)) return sib;
      const inner = sib.querySelector('h1, h2, h3, h4, h5, h6, legend');
      if (inner && isThreadHeading(inner, words) && squash(sib.textContent).length <= MAX_HEADING_CHARS) return sib;
    }
  }
  return null;
}

/**
 * The whole comment section around the list: out to the element that also holds its heading, then while each
 * step adds little besides the thread (its count, "load more", the form, a policy line), never the root.
 */
function section(list: Element, heading: Element | null, root: Element): Element {
  let el = list;
  if (heading) {
    let up: Element | null = list;
    for (let i = 0; up && i < SECTION_STEPS && !up.contains(heading); i++) up = up.parentElement;
    if (up && up.contains(heading) && !up.contains(root) && up.localName !== 'body') el = up;
  }
  let chars = squash(el.textContent).length;
  for (let i = 0; i < SECTION_STEPS; i++) {
    const parent = el.parentElement;
    if (!parent || parent.localName === 'body' || parent.localName === 'main' || parent.contains(root)) break;
    const more = squash(parent.textContent).length;
    if (more > chars + SECTION_EXTRA_CHARS) break;
    el = parent;
    chars = more;
  }
  return el;
}

/** A "load comments" control with what stands beside it (its count, an icon): the climb stops at more text. */
function loadControl(node: Text, root: Element): Element | null {
  let el = node.parentElement;
  let best: Element | null = null;
  for (let i = 0; el && i < SECTION_STEPS + 1; i++, el = el.parentElement) {
    if (el.localName === 'body' || el.contains(root)) break;
    if (squash(el.textContent).length > MAX_LOAD_CHARS) break;
    best = el;
  }
  return best;
}
