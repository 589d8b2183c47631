import { headerLandmarks } from '../article/header-date';
import { squash } from '../article/text-weight';
import type { HideSource } from '../report';
import type { CommentSystem } from './comment-systems';
import { type GuardContext, guardRefusal } from './guard';
import { type HiddenKind, hiddenKind } from './hidden-kind';
import type { ResidueIndex } from './residue-index';
import type { CompiledRules } from './rules';
import { MAX_PROSE_SHARE, proseShare } from './prose';
import { findThreads, POST_MARKS } from './threads';

export type HideLevel = 'form' | 'section';

export interface HidePlanItem {
  element: Element;
  source: HideSource;
  system: string;
  /** What it is, in a reader's words (hidden-kind.ts); `posts`: comments in a thread, when counted. */
  kind: HiddenKind;
  posts?: number;
  chars: number;
  text: string;
}

export interface RefusedPlanItem {
  element: Element;
  source: HideSource;
  system: string;
  reason: string;
  text: string;
}

export interface HidePlan {
  items: HidePlanItem[];
  refused: RefusedPlanItem[];
}

export interface PlanInput {
  doc: Document;
  root: Element | null;
  level: HideLevel;
  /** compileRules: the systems, form strings and the user's rules for this site. */
  rules: CompiledRules;
}

/** The system name user rules are reported under. */
export const USER_SYSTEM = 'user';
/** The system name of comment threads found by their shape and words (threads.ts). */
export const THREAD_SYSTEM = 'thread';

const CONTROLS = 'input:not([type="hidden"]), textarea, select, button, [contenteditable="true"]';
const TEXT_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd';
const PHRASE_CLIMB = 6;
/** Largest share of the root's text a comment area found by name inside the root may hold. */
const MAX_NAMED_SHARE_OF_ROOT = 0.25;
/** A residue container is a form, not a page region: past this much text the climb stops. */
const MAX_RESIDUE_CONTAINER_CHARS = 1500;

export function planHiding(input: PlanInput): HidePlan {
  const { doc, root, level, rules } = input;
  const { systems: ordered, residue, userRules } = rules;
  // Threads found by their shape are generic too: a known system's widget inside one names the item.
  const generic = new Set([...ordered.filter((s) => s.generic).map((s) => s.id), THREAD_SYSTEM]);
  // Every system's elements, one querySelectorAll per selector: the engine answers id and class
  // selectors from its own indexes, many times faster than one query over the whole list. Each system then
  // takes its own, in system order (specific systems first).
  const matches = ordered.map((system) => {
    const found = new Set<Element>();
    // The name pre-selectors ([class*="omment"]…) match no index: one query over their joined list walks the
    // page once instead of once for each.
    const byName = system.byName && level === 'section' && system.byName.select.length ? [system.byName.select.join(', ')] : [];
    const selectors = system.byName ? byName : level === 'section' ? [...system.section, ...system.form] : system.form;
    for (const sel of selectors) for (const el of safeQueryAll(doc, sel)) found.add(el);
    return [...found];
  });
  const containers = new Set(ordered.flatMap((s, i) => (s.byName ? [] : matches[i]!)));
  // A comment area found by name inside the root holds comments, not article text, as long as it is a
  // small part of the root (an article body that merely has "comment" in its class is not).
  let rootCharsCache: number | null = null;
  const rootChars = () => (rootCharsCache ??= squash(root?.textContent).length);
  // Inside the root a named area changes which blocks are the article's (protectedBlocks): decided first.
  // Outside it only consider() reads the answer, so it is asked there, and only of an element no planned item
  // covers yet: a page of comment threads has thousands of candidates, nearly all inside a planned one.
  const namedInRoot = new Set<Element>();
  ordered.forEach((s, i) => {
    if (!s.byName || !root) return;
    for (const el of matches[i]!) if (el !== root && root.contains(el) && namedCommentArea(el, s.byName, root, rootChars)) namedInRoot.add(el);
  });
  for (const el of namedInRoot) containers.add(el);
  let pageChars: number | null = null;
  let header: Element[] | null = null;
  const ctx: GuardContext = {
    root,
    protectedBlocks: protectedBlocks(root, containers, residue),
    get header() {
      return (header ??= root ? headerLandmarks(root) : []);
    },
    // Only needed when something is considered: read on first use.
    get pageChars() {
      return (pageChars ??= visibleTextChars(doc));
    },
  };
  const plan: HidePlan = { items: [], refused: [] };
  // The planned and refused elements as sets: an element is covered when it or an ancestor is planned, a walk
  // up its parents instead of a look at every item for each of thousands of candidates.
  const planned = new Set<Element>();
  const refused = new Set<Element>();
  const covered = (el: Element) => {
    for (let e: Element | null = el; e; e = e.parentElement) if (planned.has(e)) return true;
    return false;
  };
  // `unproven`: found only by a name or a form string, so it must not be mostly running text (prose.ts).
  const consider = (element: Element, source: HideSource, system: string, thread?: { kind: 'thread' | 'load'; posts: number }, unproven = false) => {
    if (covered(element) || refused.has(element)) return;
    const text = squash(element.textContent);
    const share = unproven ? proseShare(element, text.length) : 0;
    const reason =
      guardRefusal(element, ctx, text.length) ??
      (share > MAX_PROSE_SHARE ? `is ${Math.round(share * 100)}% running text, and no comment markup proves it comments` : null);
    if (reason) {
      plan.refused.push({ element, source, system, reason, text: text.slice(0, 80) });
      refused.add(element);
      return;
    }
    // An outer element replaces the inner ones it holds; a generic container (WordPress's #comments) is
    // reported under the specific system whose widget it holds.
    const inner = plan.items.filter((i) => element.contains(i.element));
    if (inner.length) {
      plan.items = plan.items.filter((i) => !element.contains(i.element));
      for (const i of inner) planned.delete(i.element);
    }
    const specific = generic.has(system) ? inner.find((i) => i.source === 'builtin' && !generic.has(i.system)) : undefined;
    const kind = hiddenKind(element, source, thread);
    const posts = thread?.posts || undefined;
    plan.items.push({ element, source, system: specific?.system ?? system, kind, ...(posts ? { posts } : {}), chars: text.length, text: text.slice(0, 80) });
    planned.add(element);
  };

  ordered.forEach((system, i) => {
    const { byName } = system;
    for (const el of matches[i]!) {
      if (byName && (covered(el) || (root?.contains(el) ? !namedInRoot.has(el) : !namedCommentArea(el, byName, root, rootChars)))) continue;
      consider(el, 'builtin', system.id, undefined, !!byName && !provesComments(el));
    }
  });
  for (const rule of userRules) {
    for (const el of safeQueryAll(doc, rule.selector)) {
      if (rule.hasText.length && !rule.hasText.every((t) => (el.textContent ?? '').includes(t))) continue;
      consider(el, 'user', USER_SYSTEM);
    }
  }
  // Threads and their "load comments" controls, found by shape and words: the whole section only.
  if (level === 'section' && root) {
    for (const thread of findThreads(doc, root, rules.threads, plan.items.map((i) => i.element).sort(order)))
      // Threads lie below the root (their sections never take it in); a load control is chrome wherever it stands.
      consider(thread.element, 'builtin', THREAD_SYSTEM, thread);
  }
  // At form level a phrase must not take a whole comment section (with its comments) along with it.
  const sections = level === 'form' ? rules.sectionSelector : '';
  // A form string inside what is planned can only widen an item within PHRASE_CLIMB levels of it: rare, and the
  // walk over every text node of a page of comment threads is not (see residue-index.ts).
  for (const hit of residue.find(doc, plan.items.map((i) => i.element).sort(order))) {
    const container = residueContainer(hit.node, residue, sections);
    if (!container) continue;
    // Inside the article, form strings with no form control beside them count only after the article's
    // last text block (leftovers trail the text): a heading that reads like one ("Unirse al debate") and
    // leads into more text is the article's own.
    if (root?.contains(container) && !container.querySelector(CONTROLS) && textFollows(container, ctx.protectedBlocks)) continue;
    consider(container, 'phrase', hit.system, undefined, true);
  }
  plan.items.sort((a, b) => order(a.element, b.element));
  return plan;
}

/**
 * A comment area found by name: one word of its id or class (split at punctuation and camelCase) is a
 * comment word, alone or joined to known affixes ("fbcommentsmodule", "commentTabContents", "comments_area");
 * it does not hold the article root; it holds a form control or a frame, or some text (inside the root: a
 * plural name and a small share of the root's text).
 */
function namedCommentArea(
  el: Element,
  byName: NonNullable<CommentSystem['byName']>,
  root: Element | null,
  rootChars: () => number = () => squash(root?.textContent).length,
): boolean {
  if (!byName.tags.includes(el.tagName.toLowerCase())) return false;
  if (root && el.contains(root)) return false;
  const names = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
  const words = names
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9\u00c0-\u024f]+/)
    .filter(Boolean);
  if (!words.some((w) => isCommentWord(w, byName)) || words.some((w) => byName.exclude.includes(w))) return false;
  if (holdsFormOrFrame(el)) return true;
  const chars = squash(el.textContent).length;
  if (chars < byName.minChars) return false;
  if (!root?.contains(el)) return true;
  // Inside the article root a box of text counts only when its name says "comments" (plural: the singular
  // also names opinion pieces) and it is a small part of the root.
  return words.some((w) => byName.plural.some((p) => w.includes(p))) && chars <= MAX_NAMED_SHARE_OF_ROOT * rootChars();
}

/** Markup that makes a named area a comment area whatever its text: a frame, a form control, two posts' marks. */
function provesComments(el: Element): boolean {
  return holdsFormOrFrame(el) || el.querySelectorAll(POST_MARKS).length >= 2;
}

function holdsFormOrFrame(el: Element): boolean {
  return el.tagName === 'IFRAME' || el.querySelector(`${CONTROLS}, iframe`) !== null;
}

function isCommentWord(word: string, byName: NonNullable<CommentSystem['byName']>): boolean {
  if (byName.words.includes(word)) return true;
  // A comment word glued to affixes on either side: "fb" + "comments" + "module".
  for (const w of byName.words) {
    const at = word.indexOf(w);
    if (at === -1) continue;
    const before = word.slice(0, at);
    const after = word.slice(at + w.length);
    if ((!before || byName.affixes.includes(before)) && (!after || byName.affixes.includes(after) || byName.affixes.some((a) => after.startsWith(a) && byName.affixes.includes(after.slice(a.length)))))
      return true;
  }
  return false;
}

/**
 * Characters of the page's text, white space runs counted once, script and style text left out: the
 * denominator of the guard's page share, read in one walk (no copy of a page that may carry megabytes of
 * inline script).
 */
function visibleTextChars(doc: Document): number {
  if (!doc.body) return 0;
  let chars = 0;
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const data = n.data;
    if (data.length > 200) {
      const tag = n.parentElement?.tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
    }
    const t = data.trim();
    if (t) chars += t.length + 1;
  }
  return chars;
}

/** Whether any of the blocks (in document order) comes after the element. */
function textFollows(el: Element, blocks: Element[]): boolean {
  const last = blocks[blocks.length - 1];
  return !!last && last !== el && !el.contains(last) && !!(el.compareDocumentPosition(last) & 4 /* FOLLOWING */);
}

function order(a: Element, b: Element): number {
  return a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1;
}

function safeQueryAll(doc: Document, selector: string): Element[] {
  try {
    return Array.from(doc.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The article's text blocks, leaving out comment containers and blocks made of form strings only. */
function protectedBlocks(root: Element | null, containers: Set<Element>, residue: ResidueIndex): Element[] {
  if (!root) return [];
  // Comment containers inside the root (and not around it): the blocks they hold are comments.
  const inside = new Set([...containers].filter((c) => c !== root && root.contains(c)));
  const inComments = (b: Element) => {
    for (let el: Element | null = b; el && el !== root; el = el.parentElement) if (inside.has(el)) return true;
    return false;
  };
  return Array.from(root.querySelectorAll(TEXT_BLOCKS)).filter((b) => {
    const text = squash(b.textContent);
    if (!text) return false;
    if (inside.size && inComments(b)) return false;
    return !residue.isOnlyResidue(text);
  });
}

/**
 * Smallest ancestor holding the phrase together with form controls, or made of form strings only. The climb
 * stops below an element matching `stopAt` (comment sections, at form level).
 */
function residueContainer(node: Text, residue: ResidueIndex, stopAt = ''): Element | null {
  let el = node.parentElement;
  let onlyResidue: Element | null = null;
  for (let i = 0; el && i < PHRASE_CLIMB; i++, el = el.parentElement) {
    if (el.tagName === 'BODY' || el.tagName === 'HTML') break;
    if (stopAt && el.matches(stopAt)) break;
    const text = squash(el.textContent);
    if (text.length > MAX_RESIDUE_CONTAINER_CHARS) break;
    if (el.querySelector(CONTROLS)) return el;
    if (residue.isOnlyResidue(text)) onlyResidue = el;
    else if (onlyResidue) break;
  }
  return onlyResidue;
}
