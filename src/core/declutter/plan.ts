import { squash } from '../article/text-weight';
import type { HideSource } from '../report';
import type { CommentSystem } from './comment-systems';
import type { UserRule } from './cosmetic-filter';
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
/** A residue container is a form, not a page region: past this much text the climb stops. */
const MAX_RESIDUE_CONTAINER_CHARS = 1500;

/**
 * Selector matching every comment container of every system (used to keep comments out of the body).
 * Given a document, selectors it cannot parse are left out: one bad selector must not make the whole list
 * throw wherever it is used.
 */
export function commentContainerSelector(systems: CommentSystem[], doc?: Document): string {
  const all = systems.flatMap((s) => [...s.section, ...s.form]);
  return (doc ? all.filter((sel) => isValidSelector(doc, sel)) : all).join(', ');
}

function isValidSelector(doc: Document, selector: string): boolean {
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

export function planHiding(input: PlanInput): HidePlan {
  const { doc, root, level, systems, phrases, userRules = [] } = input;
  const residue = new ResidueIndex(phrases);
  const ctx: GuardContext = {
    root,
    protectedBlocks: protectedBlocks(root, commentContainerSelector(systems, doc), residue),
    pageChars: squash(doc.body?.textContent).length,
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

  const generic = new Set(systems.filter((s) => s.generic).map((s) => s.id));
  const ordered = [...systems.filter((s) => !s.generic), ...systems.filter((s) => s.generic)];
  for (const system of ordered) {
    if (system.byName) {
      if (level !== 'section') continue;
      const byName = system.byName;
      for (const selector of system.section)
        for (const el of safeQueryAll(doc, selector)) if (namedCommentArea(el, byName, root)) consider(el, 'builtin', system.id);
      continue;
    }
    const selectors = level === 'section' ? [...system.section, ...system.form] : system.form;
    for (const selector of selectors) {
      for (const el of safeQueryAll(doc, selector)) consider(el, 'builtin', system.id);
    }
  }
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
    if (container) consider(container, 'phrase', hit.system);
  }
  plan.items.sort((a, b) => order(a.element, b.element));
  return plan;
}

/**
 * A comment area found by name: one word of its id or class (split at punctuation and camelCase) is a
 * comment word, alone or joined to known affixes ("fbcommentsmodule", "commentTabContents", "comments_area");
 * it lies outside the article root; it holds text, a form control or a frame.
 */
export function namedCommentArea(el: Element, byName: NonNullable<CommentSystem['byName']>, root: Element | null): boolean {
  if (!byName.tags.includes(el.tagName.toLowerCase())) return false;
  if (root && (root.contains(el) || el.contains(root))) return false;
  const names = `${el.id} ${el.getAttribute('class') ?? ''}`;
  const words = names
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9\u00c0-\u024f]+/)
    .filter(Boolean);
  if (!words.some((w) => isCommentWord(w, byName)) || words.some((w) => byName.exclude.includes(w))) return false;
  if (el.tagName === 'IFRAME' || el.querySelector(`${CONTROLS}, iframe`)) return true;
  return squash(el.textContent).length >= byName.minChars;
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
function protectedBlocks(root: Element | null, commentSelector: string, residue: ResidueIndex): Element[] {
  if (!root) return [];
  return Array.from(root.querySelectorAll(TEXT_BLOCKS)).filter((b) => {
    const text = squash(b.textContent);
    if (!text) return false;
    if (commentSelector && b.closest(commentSelector) && !b.closest(commentSelector)!.contains(root)) return false;
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

interface ResidueHit {
  node: Text;
  system: string;
}

class ResidueIndex {
  private readonly bySystem: { phrase: string; system: string }[];
  /** First characters of every phrase: a text node that starts with none of them is no hit. */
  private readonly starts = new Set<string>();
  private readonly longest: number;

  constructor(sets: ResiduePhraseSet[]) {
    this.bySystem = sets
      .flatMap((s) => s.phrases.map((p) => ({ phrase: fold(p), system: s.system })))
      .filter((p) => p.phrase.length >= START)
      .sort((a, b) => b.phrase.length - a.phrase.length);
    for (const { phrase } of this.bySystem) this.starts.add(phrase.slice(0, START));
    this.longest = this.bySystem[0]?.phrase.length ?? 0;
  }

  find(doc: Document): ResidueHit[] {
    const hits: ResidueHit[] = [];
    if (!doc.body) return hits;
    const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const parent = n.parentElement;
      if (!parent || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(parent.tagName)) continue;
      if (n.data.length < 8 || n.data.length > 4 * this.longest + 40) continue;
      const text = fold(n.data).replace(LEADING_PUNCT, '');
      // A hit is a text node made of form strings, never a sentence that happens to contain one.
      if (text.length < 8 || !this.starts.has(text.slice(0, START)) || !this.isOnlyResidue(text)) continue;
      const match = this.bySystem.find((p) => text.includes(p.phrase));
      if (match) hits.push({ node: n, system: match.system });
    }
    return hits;
  }

  /** True when the text is nothing but known form strings (and punctuation). */
  isOnlyResidue(text: string): boolean {
    if (!text || text.length > 8 * this.longest + 200) return false;
    let rest = fold(text);
    if (!rest) return false;
    let found = false;
    for (const { phrase } of this.bySystem) {
      if (rest.includes(phrase)) {
        rest = rest.split(phrase).join(' ');
        found = true;
      }
    }
    return found && rest.replace(/[\s\p{P}\p{S}]/gu, '').length <= 12;
  }
}

/** Length of the phrase prefix used to reject text nodes cheaply. */
const START = 4;
const LEADING_PUNCT = /^[\s\p{P}\p{S}]+/u;
