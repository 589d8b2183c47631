import { squash } from '../article/text-weight';
import type { HideSource } from '../report';
import type { CommentSystem } from './comment-systems';
import { type GuardContext, guardRefusal } from './guard';
import type { ResiduePhraseSet } from './residue-phrases';

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
}

const CONTROLS = 'input:not([type="hidden"]), textarea, select, button, [contenteditable="true"]';
const TEXT_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd';
const PHRASE_CLIMB = 6;

/** Selector matching every comment container of every system (used to keep comments out of the body). */
export function commentContainerSelector(systems: CommentSystem[]): string {
  return systems.flatMap((s) => [...s.section, ...s.form]).join(', ');
}

export function planHiding(input: PlanInput): HidePlan {
  const { doc, root, level, systems, phrases } = input;
  const residue = new ResidueIndex(phrases);
  const ctx: GuardContext = {
    root,
    protectedBlocks: protectedBlocks(root, commentContainerSelector(systems), residue),
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
    // An outer element replaces the inner ones it holds.
    plan.items = plan.items.filter((i) => !element.contains(i.element));
    plan.items.push({ element, source, system, chars: text.length, text: text.slice(0, 80) });
  };

  for (const system of systems) {
    const selectors = level === 'section' ? [...system.section, ...system.form] : system.form;
    for (const selector of selectors) {
      for (const el of safeQueryAll(doc, selector)) consider(el, 'builtin', system.id);
    }
  }
  for (const hit of residue.find(doc)) {
    const container = residueContainer(hit.node, residue);
    if (container) consider(container, 'phrase', hit.system);
  }
  plan.items.sort((a, b) => order(a.element, b.element));
  return plan;
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

/** Smallest ancestor holding the phrase together with form controls, or made of form strings only. */
function residueContainer(node: Text, residue: ResidueIndex): Element | null {
  let el = node.parentElement;
  let onlyResidue: Element | null = null;
  for (let i = 0; el && i < PHRASE_CLIMB; i++, el = el.parentElement) {
    if (el.tagName === 'BODY' || el.tagName === 'HTML') break;
    if (el.querySelector(CONTROLS)) return el;
    if (residue.isOnlyResidue(squash(el.textContent))) onlyResidue = el;
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

  constructor(sets: ResiduePhraseSet[]) {
    this.bySystem = sets
      .flatMap((s) => s.phrases.map((p) => ({ phrase: fold(p), system: s.system })))
      .sort((a, b) => b.phrase.length - a.phrase.length);
  }

  find(doc: Document): ResidueHit[] {
    const hits: ResidueHit[] = [];
    if (!doc.body) return hits;
    const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const parent = n.parentElement;
      if (!parent || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(parent.tagName)) continue;
      const text = fold(n.data);
      // A hit is a text node made of form strings, never a sentence that happens to contain one.
      if (text.length < 8 || !this.isOnlyResidue(text)) continue;
      const match = this.bySystem.find((p) => text.includes(p.phrase));
      if (match) hits.push({ node: n, system: match.system });
    }
    return hits;
  }

  /** True when the text is nothing but known form strings (and punctuation). */
  isOnlyResidue(text: string): boolean {
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

function fold(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}
