import type { DesignationType, Pack } from '../glossary/pack';
import { type GrammarWords, RU_LABEL_GRAMMAR, STEM_SUFFIX } from './grammar';
import { compilePattern, type WordPattern, wordMatches } from './tokens';

// The label grammar compiled once per pack set: the frame words of grammar.ts and the designation terms of
// every enabled Russian label that has `terms`. Without such a label there is nothing to recognise.

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
  /** Words whose presence makes a line worth reading: for the matcher's automaton. */
  anchors: { text: string; maxSuffix: number }[];
}

const ROLES = Object.keys(RU_LABEL_GRAMMAR.ru) as Role[];

export function compileLabelGrammar(packs: Pack[]): CompiledLabelGrammar | null {
  const terms: LabelTerm[] = [];
  const labelFor = new Map<DesignationType, string>();
  const known = new Set<string>();
  for (const pack of packs) {
    for (const label of pack.labels) {
      if (label.jurisdiction !== 'RU') continue;
      const ref = `${pack.id}/${label.id}`;
      known.add(ref);
      if (!labelFor.has(label.type)) labelFor.set(label.type, ref);
      for (const list of Object.values(label.terms ?? {}))
        for (const t of list) terms.push({ pattern: compilePattern(t), type: label.type, ref });
    }
  }
  if (!terms.length) return null;
  const roles = {} as Record<Role, WordPattern[]>;
  for (const role of ROLES) roles[role] = [...RU_LABEL_GRAMMAR.ru[role], ...RU_LABEL_GRAMMAR.en[role]].map(compilePattern);

  // A line is read when it holds a term's own word (its last word that is not a generic noun: "агент" of
  // "иностранн* агент*", "terror" of "terror group*") or a ban word; every label has one of them.
  const generic = (w: { text: string; stem: boolean }) => roles.generic.some((g) => g.words.length === 1 && wordMatches(w.text, g.words[0]!, STEM_SUFFIX));
  const anchors = new Map<string, number>();
  for (const p of [...terms.map((t) => t.pattern), ...roles.ban]) {
    const w = [...p.words].reverse().find((x) => !generic(x)) ?? p.words[p.words.length - 1]!;
    // A hyphenated term word is found by its last part ("сми-иноагент" by "иноагент").
    const text = w.text.includes('-') ? w.text.slice(w.text.lastIndexOf('-') + 1) : w.text;
    if (text.length >= 3) anchors.set(text, w.stem ? 8 : 0);
  }
  return { terms, roles, labelFor, known, anchors: [...anchors].map(([text, maxSuffix]) => ({ text, maxSuffix })) };
}
