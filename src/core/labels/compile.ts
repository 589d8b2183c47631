import type { DesignationType, Pack } from '../glossary/pack';
import { type GrammarWords, RU_LABEL_GRAMMAR, STEM_SUFFIX } from './grammar';
import { compilePattern, type WordPattern, wordMatches } from './tokens';

// The label grammar: the frame words of grammar.ts (code, compiled once per process) and the designation terms
// of every enabled Russian label that has `terms` (pack data, compiled with each pack: labelGrammarPart).
// Without such a label there is nothing to recognise.

export type Role = keyof GrammarWords;

export interface LabelTerm {
  pattern: WordPattern;
  type: DesignationType;
  /** "packId/labelId" */
  ref: string;
}

export interface CompiledLabelGrammar {
  terms: LabelTerm[];
  roles: Record<Role, WordPattern[]>;
  /** The label that explains each type (the first enabled Russian label of that type). */
  labelFor: Map<DesignationType, string>;
  /** Every enabled Russian label ("packId/labelId"): the recogniser finds these by their shape. */
  known: Set<string>;
}

/** One pack's share of the grammar: plain data, stored in the pack's compiled form. */
export interface LabelGrammarPart {
  terms: LabelTerm[];
  /** The pack's Russian labels, in pack order, with their types. */
  labels: { ref: string; type: DesignationType }[];
}

const ROLE_NAMES = Object.keys(RU_LABEL_GRAMMAR.ru) as Role[];

/** The frame words are code: compiled once when the module loads. */
const ROLES = Object.fromEntries(
  ROLE_NAMES.map((role) => [role, [...RU_LABEL_GRAMMAR.ru[role], ...RU_LABEL_GRAMMAR.en[role]].map(compilePattern)]),
) as Record<Role, WordPattern[]>;

export function labelGrammarPart(pack: Pack): LabelGrammarPart | null {
  const part: LabelGrammarPart = { terms: [], labels: [] };
  for (const label of pack.labels) {
    if (label.jurisdiction !== 'RU') continue;
    const ref = `${pack.id}/${label.id}`;
    part.labels.push({ ref, type: label.type });
    for (const list of Object.values(label.terms ?? {}))
      for (const t of list) part.terms.push({ pattern: compilePattern(t), type: label.type, ref });
  }
  return part.labels.length ? part : null;
}

/** The grammar of a pack set, from its packs' parts in order (no compiling: the parts are compiled). */
export function mergeLabelGrammar(parts: (LabelGrammarPart | null)[]): CompiledLabelGrammar | null {
  const grammar: CompiledLabelGrammar = { terms: [], roles: ROLES, labelFor: new Map(), known: new Set() };
  for (const part of parts) {
    if (!part) continue;
    grammar.terms.push(...part.terms);
    for (const { ref, type } of part.labels) {
      grammar.known.add(ref);
      if (!grammar.labelFor.has(type)) grammar.labelFor.set(type, ref);
    }
  }
  return grammar.terms.length ? grammar : null;
}

/**
 * Words whose presence makes a line worth reading, for the matcher's automaton: each term's own word (its last
 * word that is not a generic noun: "агент" of "иностранн* агент*", "terror" of "terror group*") and the ban
 * words; every label has one of them. A pack whose labels have no terms adds none.
 */
export function grammarAnchors(part: LabelGrammarPart | null): { text: string; maxSuffix: number }[] {
  if (!part?.terms.length) return [];
  const generic = (w: { text: string; stem: boolean }) => ROLES.generic.some((g) => g.words.length === 1 && wordMatches(w.text, g.words[0]!, STEM_SUFFIX));
  const anchors = new Map<string, number>();
  for (const p of [...part.terms.map((t) => t.pattern), ...ROLES.ban]) {
    const w = [...p.words].reverse().find((x) => !generic(x)) ?? p.words[p.words.length - 1]!;
    // A hyphenated term word is found by its last part ("сми-иноагент" by "иноагент").
    const text = w.text.includes('-') ? w.text.slice(w.text.lastIndexOf('-') + 1) : w.text;
    if (text.length >= 3) anchors.set(text, w.stem ? 8 : 0);
  }
  return [...anchors].map(([text, maxSuffix]) => ({ text, maxSuffix }));
}
