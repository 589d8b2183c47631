import { squash } from '../article/text-weight';
import type { HideSource } from '../report';
import type { CommentSystem } from './comment-systems';
import { isValidSelector, type UserRule } from './cosmetic-filter';
import { type GuardContext, guardRefusal } from './guard';
import { foldPhrase as fold, type ResiduePhraseSet } from './residue-phrases';

export type HideLevel = 'form' | 'section';

export interface HidePlanItem {
  element: Element;
  source: HideSource;
  system: string;
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
  systems: CommentSystem[];
  phrases: ResiduePhraseSet[];
  /** The user's rules for this site (cosmetic-filter.ts), applied at both levels, through the same guard. */
  userRules?: UserRule[];
}

/** The system name user rules are reported under. */
export const USER_SYSTEM = 'user';

const CONTROLS = 'input:not([type="hidden"]), textarea, select, button, [contenteditable="true"]';
const TEXT_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd';
const PHRASE_CLIMB = 6;
/** Largest share of the root's text a comment area found by name inside the root may hold. */
const MAX_NAMED_SHARE_OF_ROOT = 0.25;
/** A residue container is a form, not a page region: past this much text the climb stops. */
const MAX_RESIDUE_CONTAINER_CHARS = 1500;

/**
 * Selector matching every comment container of every system (used to keep comments out of the body).
 * Given a document, selectors it cannot parse are left out: one bad selector must not make the whole list
 * throw wherever it is used.
 */
export function commentContainerSelector(systems: CommentSystem[], doc?: Document): string {
  // Built once per list of systems: every detection asks for it, and validity is the engine's, not the page's
  // (isValidSelector keeps its answers the same way).
  const known = doc && validSelectors.get(systems);
  if (known !== undefined) return known;
  const all = systems.flatMap((s) => [...s.section, ...s.form]);
  if (!doc) return all.join(', ');
  // One parse of the whole list answers for every selector in it; only a list that fails is taken apart.
  const joined = all.join(', ');
  const selector = isValidSelector(doc, joined) ? joined : all.filter((sel) => isValidSelector(doc, sel)).join(', ');
  validSelectors.set(systems, selector);
  return selector;
}

const validSelectors = new WeakMap<CommentSystem[], string>();

export function planHiding(input: PlanInput): HidePlan {
  const { doc, root, level, systems, phrases, userRules = [] } = input;
  const residue = residueIndex(phrases);
  const generic = new Set(systems.filter((s) => s.generic).map((s) => s.id));
  const ordered = [...systems.filter((s) => !s.generic), ...systems.filter((s) => s.generic)];
  // Every system's elements, one querySelectorAll per selector: the engine answers id and class
  // selectors from its own indexes, many times faster than one query over the whole list. Each system then
  // takes its own, in system order (specific systems first).
  const matches = ordered.map((system) => {
    const found = new Set<Element>();
    const selectors = system.byName ? (level === 'section' ? system.byName.select : []) : level === 'section' ? [...system.section, ...system.form] : system.form;
    for (const sel of selectors)
      if (isValidSelector(doc, sel)) for (const el of safeQueryAll(doc, sel)) found.add(el);
    return [...found];
  });
  const containers = new Set(ordered.flatMap((s, i) => (s.byName ? [] : matches[i]!)));
  // A comment area found by name inside the root holds comments, not article text, as long as it is a
  // small part of the root (an article body that merely has "comment" in its class is not).
  let rootCharsCache: number | null = null;
  const rootChars = () => (rootCharsCache ??= squash(root?.textContent).length);
  const named = new Set<Element>();
  ordered.forEach((s, i) => {
    if (!s.byName) return;
    for (const el of matches[i]!) if (namedCommentArea(el, s.byName, root, rootChars)) named.add(el);
  });
  for (const el of named) if (root && root.contains(el) && el !== root) containers.add(el);
  let pageChars: number | null = null;
  const ctx: GuardContext = {
    root,
    protectedBlocks: protectedBlocks(root, containers, residue),
    // Only needed when something is considered: read on first use.
    get pageChars() {
      return (pageChars ??= visibleTextChars(doc));
    },
  };
  const plan: HidePlan = { items: [], refused: [] };
  const consider = (element: Element, source: HideSource, system: string) => {
    if (plan.items.some((i) => i.element === element || i.element.contains(element))) return;
    if (plan.refused.some((r) => r.element === element)) return;
    const text = squash(element.textContent);
    const reason = guardRefusal(element, ctx, text.length);
    if (reason) {
      plan.refused.push({ element, source, system, reason, text: text.slice(0, 80) });
      return;
    }
    // An outer element replaces the inner ones it holds; a generic container (WordPress's #comments) is
    // reported under the specific system whose widget it holds.
    const inner = plan.items.filter((i) => element.contains(i.element));
    plan.items = plan.items.filter((i) => !element.contains(i.element));
    const specific = generic.has(system) ? inner.find((i) => i.source === 'builtin' && !generic.has(i.system)) : undefined;
    plan.items.push({ element, source, system: specific?.system ?? system, chars: text.length, text: text.slice(0, 80) });
  };

  ordered.forEach((system, i) => {
    for (const el of matches[i]!) {
      if (system.byName && !named.has(el)) continue;
      consider(el, 'builtin', system.id);
    }
  });
  for (const rule of userRules) {
    for (const el of safeQueryAll(doc, rule.selector)) {
      if (rule.hasText.length && !rule.hasText.every((t) => (el.textContent ?? '').includes(t))) continue;
      consider(el, 'user', USER_SYSTEM);
    }
  }
  // At form level a phrase must not take a whole comment section (with its comments) along with it.
  const sections = level === 'form' ? systems.flatMap((s) => s.section).filter((sel) => isValidSelector(doc, sel)).join(', ') : '';
  for (const hit of residue.find(doc)) {
    const container = residueContainer(hit.node, residue, sections);
    if (!container) continue;
    // Inside the article, form strings with no form control beside them count only after the article's
    // last text block (leftovers trail the text): a heading that reads like one ("Unirse al debate") and
    // leads into more text is the article's own.
    if (root?.contains(container) && !container.querySelector(CONTROLS) && textFollows(container, ctx.protectedBlocks)) continue;
    consider(container, 'phrase', hit.system);
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
  if (el.tagName === 'IFRAME' || el.querySelector(`${CONTROLS}, iframe`)) return true;
  const chars = squash(el.textContent).length;
  if (chars < byName.minChars) return false;
  if (!root?.contains(el)) return true;
  // Inside the article root a box of text counts only when its name says "comments" (plural: the singular
  // also names opinion pieces) and it is a small part of the root.
  return words.some((w) => byName.plural.some((p) => w.includes(p))) && chars <= MAX_NAMED_SHARE_OF_ROOT * rootChars();
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

const residueIndexes = new WeakMap<ResiduePhraseSet[], ResidueIndex>();
function residueIndex(phrases: ResiduePhraseSet[]): ResidueIndex {
  let index = residueIndexes.get(phrases);
  if (!index) residueIndexes.set(phrases, (index = new ResidueIndex(phrases)));
  return index;
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

interface ResidueHit {
  node: Text;
  system: string;
}

class ResidueIndex {
  /** Phrases (folded) by their first START characters, longest first within a bucket. */
  private readonly buckets = new Map<string, { phrase: string; system: string }[]>();
  private readonly longest: number;

  constructor(sets: ResiduePhraseSet[]) {
    const all = sets
      .flatMap((s) => s.phrases.map((p) => ({ phrase: fold(p), system: s.system })))
      .filter((p) => p.phrase.length >= START)
      .sort((a, b) => b.phrase.length - a.phrase.length);
    for (const p of all) {
      const key = p.phrase.slice(0, START);
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(p);
      else this.buckets.set(key, [p]);
    }
    this.longest = all[0]?.phrase.length ?? 0;
  }

  find(doc: Document): ResidueHit[] {
    const hits: ResidueHit[] = [];
    if (!doc.body) return hits;
    const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const data = n.data;
      if (data.length < 8 || data.length > 4 * this.longest + 40) continue;
      // A cheap look at the start first: most text nodes begin with no form string.
      if (!this.buckets.has(startKey(data))) continue;
      const parent = n.parentElement;
      if (!parent || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(parent.tagName)) continue;
      const text = fold(data).replace(LEADING_PUNCT, '');
      // A hit is a text node made of form strings, never a sentence that happens to contain one.
      if (text.length < 8) continue;
      const system = this.scan(text);
      if (system) hits.push({ node: n, system });
    }
    return hits;
  }

  /**
   * Reads a folded text left to right, taking the longest phrase that starts at each point: returns the
   * system of the first phrase when the text is nothing but phrases and at most MAX_OTHER other letters or
   * digits (white space and punctuation are free), else null. It gives up as soon as the other letters run
   * over, so an ordinary sentence costs a dozen steps.
   */
  private scan(folded: string): string | null {
    return this.read(folded) || null;
  }

  /** The walk of scan: the first phrase's system ('' when none), or null once the other letters run over. */
  private read(folded: string): string | null {
    let other = 0;
    let system = '';
    for (let i = 0; i < folded.length; ) {
      const p = this.buckets.get(folded.slice(i, i + START))?.find((b) => folded.startsWith(b.phrase, i));
      if (p) {
        system ||= p.system;
        i += p.phrase.length;
        continue;
      }
      if (LETTER.test(folded[i]!) && ++other > MAX_OTHER) return null;
      i++;
    }
    return system;
  }

  /** True when the text is nothing but known form strings (and punctuation). */
  isOnlyResidue(text: string): boolean {
    if (!text || text.length > 8 * this.longest + 200) return false;
    // The folded start of the text first (no regular expressions): most article blocks fail within it.
    const head = quickHead(text, EARLY_WINDOW + this.longest);
    if (head.length < text.length && !this.scanPrefix(head)) return false;
    return this.scan(fold(text).replace(LEADING_PUNCT, '')) !== null;
  }

  /** Like scan on a prefix: false once the prefix alone holds too many other letters. */
  private scanPrefix(head: string): boolean {
    return this.read(head) !== null;
  }
}

/** Letters or digits beside the form strings a text may hold and still count as made of them. */
const MAX_OTHER = 12;
const LETTER = /[\p{L}\p{N}]/u;

/** Length of the phrase prefix used to reject text nodes cheaply. */
const START = 4;

/**
 * The start of a text folded like a phrase (white space runs to one space, typographic apostrophes to
 * "'", lower case), leading white space and punctuation skipped: START + extra characters of it, in one
 * loop over character codes, with none of the regular-expression work of foldPhrase.
 */
function quickHead(s: string, extra: number): string {
  let out = '';
  let i = 0;
  const n = s.length;
  while (i < n && skippable(s.charCodeAt(i))) i++;
  let space = false;
  for (; i < n && out.length < START + extra; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c === 0xa0 || c === 0x2009 || c === 0x202f || (c >= 0x2000 && c <= 0x200a)) {
      space = true;
      continue;
    }
    // The folded space goes in only before a character, so the head may run one over: cut it back below.
    if (space && out) out += ' ';
    space = false;
    if (c === 0x2018 || c === 0x2019 || c === 0x02bc || c === 0x60 || c === 0xb4) out += "'";
    else if (c === 0x2026) out += '...';
    else out += s[i]!.toLowerCase();
  }
  return out.slice(0, START + extra);
}

/** quickHead(s, 0), with a fast path for the usual case: four plain characters after the leading ones. */
function startKey(s: string): string {
  let i = 0;
  const n = s.length;
  while (i < n && skippable(s.charCodeAt(i))) i++;
  const four = s.slice(i, i + START);
  for (let k = 0; k < four.length; k++) {
    const c = four.charCodeAt(k);
    if (c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x202f) || c === 0x02bc || c === 0x60 || c === 0xb4) return quickHead(s, 0);
  }
  return four.toLowerCase();
}

/** White space and punctuation a form string does not start with. */
function skippable(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126) ||
    c === 0xab || c === 0xbb || (c >= 0x2010 && c <= 0x201f) || c === 0x2026 || c === 0xbf || c === 0xa1;
}
/** How far into a text the first form string may start (a dozen other letters, spaces and punctuation). */
const EARLY_WINDOW = 40;
const LEADING_PUNCT = /^[\s\p{P}\p{S}]+/u;
