import type { Entry, Label, Pack, TranslationNote } from '../glossary/pack';
import { type CompiledLabelGrammar, grammarAnchors, type LabelGrammarPart, labelGrammarPart, mergeLabelGrammar } from '../labels/compile';
import { AhoCorasick } from './aho-corasick';
import { foldCase, normalizePattern } from './normalize';

// A pack compiled once (at build time for the shipped packs, once per import for the user's): its automaton,
// a table of what each pattern is, its share of the label grammar, and the records notes show, without the
// name lists the automaton already holds. Pack sets are made of compiled packs without compiling anything.

export type MatchKind = 'entry' | 'label' | 'translation' | 'anchor';
export const KINDS: MatchKind[] = ['entry', 'label', 'translation', 'anchor'];

/** A pattern as compilePack sees it, before it goes into the automaton. */
export interface PatternInfo {
  kind: MatchKind;
  /** "packId/entryId" or "packId/labelId" ("anchor" for anchors). */
  ref: string;
  /** The pattern as compared (case-folded unless caseSensitive). */
  text: string;
  caseSensitive: boolean;
  /** For stems: how many letters may follow. */
  maxSuffix: number;
  /** A short or common-word name that needs context (Entry.ambiguous). */
  ambiguous?: boolean;
}

/** The patterns of a pack, as flat arrays (pattern i: kind[i], refs[ref[i]]...). */
export interface PatternTable {
  kind: Uint8Array;
  ref: Uint32Array;
  maxSuffix: Uint8Array;
  /** Bit 1: case-sensitive; bit 2: ambiguous. */
  flags: Uint8Array;
  refs: string[];
  /** Case-sensitive patterns' own text, checked on each hit (the automaton holds them folded). */
  cased: Map<number, string>;
}

export const CASE_SENSITIVE = 1;
export const AMBIGUOUS = 2;

export interface CompiledPack {
  id: string;
  /** The pack's records for notes: each entry keeps its title names only. */
  record: Pack;
  patterns: PatternTable;
  automaton: AhoCorasick;
  grammar: LabelGrammarPart | null;
}

/** A set of enabled packs, ready to match: lookups by ref built once per set. */
export interface CompiledPacks {
  parts: CompiledPack[];
  entries: Map<string, Entry>;
  labelRecords: Map<string, Label>;
  translationRecords: Map<string, TranslationNote>;
  /** Pack id -> the date of its data, for packs that give one. */
  dataAsOf: Map<string, string>;
  /** The shape recogniser's grammar, when an enabled Russian label has terms. */
  labels: CompiledLabelGrammar | null;
}

/** Every pattern of a pack, deduplicated, in pack order. */
export function packPatterns(pack: Pack, grammar = labelGrammarPart(pack)): PatternInfo[] {
  const patterns: PatternInfo[] = [];
  const seen = new Set<string>();
  const add = (p: PatternInfo) => {
    const key = `${p.kind}|${p.ref}|${p.text}|${p.caseSensitive}|${p.maxSuffix}`;
    if (p.text && !seen.has(key)) {
      seen.add(key);
      patterns.push(p);
    }
  };
  for (const e of pack.entries) {
    const ref = `${pack.id}/${e.id}`;
    const ambiguous = new Set(e.ambiguous ?? []);
    const flag = (n: string) => (ambiguous.has(n) ? { ambiguous: true } : {});
    for (const names of Object.values(e.names))
      for (const n of names) add({ kind: 'entry', ref, text: normalizePattern(n), caseSensitive: false, maxSuffix: 0, ...flag(n) });
    for (const n of e.caseSensitive ?? []) add({ kind: 'entry', ref, text: normalizePattern(n, true), caseSensitive: true, maxSuffix: 0, ...flag(n) });
    for (const s of e.stems ?? []) add({ kind: 'entry', ref, text: normalizePattern(s.stem), caseSensitive: false, maxSuffix: s.maxSuffix });
  }
  for (const l of pack.labels) {
    const ref = `${pack.id}/${l.id}`;
    for (const phrases of Object.values(l.phrases ?? {}))
      for (const p of phrases) add({ kind: 'label', ref, text: normalizePattern(p), caseSensitive: false, maxSuffix: 0 });
  }
  for (const t of pack.translationNotes ?? []) {
    const ref = `${pack.id}/${t.id}`;
    for (const phrases of Object.values(t.phrases))
      for (const p of phrases) add({ kind: 'translation', ref, text: normalizePattern(p), caseSensitive: false, maxSuffix: 0 });
  }
  for (const a of grammarAnchors(grammar)) add({ kind: 'anchor', ref: 'anchor', text: normalizePattern(a.text), caseSensitive: false, maxSuffix: a.maxSuffix });
  return patterns;
}

/** Compiles one validated pack. The costly step: run it once per pack, never per page. */
export function compilePack(pack: Pack): CompiledPack {
  const grammar = labelGrammarPart(pack);
  const list = packPatterns(pack, grammar);
  const refIndex = new Map<string, number>();
  const patterns: PatternTable = {
    kind: new Uint8Array(list.length),
    ref: new Uint32Array(list.length),
    maxSuffix: new Uint8Array(list.length),
    flags: new Uint8Array(list.length),
    refs: [],
    cased: new Map(),
  };
  list.forEach((p, i) => {
    let r = refIndex.get(p.ref);
    if (r === undefined) refIndex.set(p.ref, (r = patterns.refs.push(p.ref) - 1));
    patterns.kind[i] = KINDS.indexOf(p.kind);
    patterns.ref[i] = r;
    patterns.maxSuffix[i] = p.maxSuffix;
    patterns.flags[i] = (p.caseSensitive ? CASE_SENSITIVE : 0) | (p.ambiguous ? AMBIGUOUS : 0);
    if (p.caseSensitive) patterns.cased.set(i, p.text);
  });
  // Case-sensitive patterns go into the automaton folded; the original case is checked on each hit.
  const automaton = new AhoCorasick(list.map((p) => (p.caseSensitive ? foldCase(p.text) : p.text)));
  return { id: pack.id, record: packRecord(pack), patterns, automaton, grammar };
}

/** What notes read of a pack: everything but the name lists (the title names stay). */
export function packRecord(pack: Pack): Pack {
  const titleNames = (e: Entry) => Object.fromEntries(Object.entries(e.names).filter(([, n]) => n.length).map(([lang, n]) => [lang, [n[0]!]]));
  return {
    ...pack,
    entries: pack.entries.map(({ names, caseSensitive: _c, stems: _s, ambiguous: _a, ...e }) => ({ ...e, names: titleNames({ names } as Entry) })) as Entry[],
  };
}

/** A pack set from compiled packs, in order (the first pack's label explains a type): lookups only. */
export function packSet(parts: CompiledPack[]): CompiledPacks {
  const set: CompiledPacks = {
    parts,
    entries: new Map(),
    labelRecords: new Map(),
    translationRecords: new Map(),
    dataAsOf: new Map(),
    labels: mergeLabelGrammar(parts.map((p) => p.grammar)),
  };
  for (const { record: pack } of parts) {
    if (pack.dataAsOf) set.dataAsOf.set(pack.id, pack.dataAsOf);
    for (const e of pack.entries) set.entries.set(`${pack.id}/${e.id}`, e);
    for (const l of pack.labels) set.labelRecords.set(`${pack.id}/${l.id}`, l);
    for (const t of pack.translationNotes ?? []) set.translationRecords.set(`${pack.id}/${t.id}`, t);
  }
  return set;
}

/** Compiles and assembles in one go: for the CLI, tests and builds, which have the source packs. */
export function compilePacks(packs: Pack[]): CompiledPacks {
  return packSet(packs.map(compilePack));
}
