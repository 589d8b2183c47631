import type { LocalText } from '../glossary/local-text';
import type { DesignationType, Entry, Label, Pack, TranslationNote } from '../glossary/pack';
import { type CompiledLabelGrammar, grammarAnchors, type LabelGrammarPart, labelGrammarPart, mergeLabelGrammar } from '../labels/compile';
import { AhoCorasick } from './aho-corasick';
import { foldCase, normalizePattern } from './normalize';

// Packs compiled once, together, into a library (the shipped packs at build time; the user's imported packs
// once per import or removal): one automaton, a table of what each pattern is and which pack it comes from,
// each pack's share of the label grammar, and the records notes show, without the name lists the automaton
// already holds. Switching a pack off compiles nothing: the set of enabled packs masks the libraries' hits.

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

/** The patterns of a library, as flat arrays (pattern i: kind[i], refs[ref[i]]...). */
export interface PatternTable {
  /** Index in the library's packs. */
  pack: Uint16Array;
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

export interface CompiledLibrary {
  /** Each pack's records for notes, in library order: each entry keeps its title names only. */
  records: Pack[];
  /** Each pack's share of the label grammar (null: no Russian label). */
  grammars: (LabelGrammarPart | null)[];
  patterns: PatternTable;
  automaton: AhoCorasick;
}

/** The enabled packs of one or more libraries, ready to match: lookups by ref built once per set. */
export interface CompiledPacks {
  /** Each library with its mask (enabled[k] = 1: the library's pack k is on). */
  libraries: { library: CompiledLibrary; enabled: Uint8Array }[];
  entries: Map<string, Entry>;
  /** Entry ref -> the ref of the entry it is the same entity as (Entry.sameAs, followed, enabled targets only). */
  canonical: Map<string, string>;
  labelRecords: Map<string, Label>;
  translationRecords: Map<string, TranslationNote>;
  /** Pack id -> the date of its data, for packs that give one. */
  dataAsOf: Map<string, string>;
  /** Designation type -> the enabled pack that holds that whole list (Pack.covers): its title and data date. */
  covers: Map<DesignationType, { list: LocalText; asOf: string }>;
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

/** Compiles validated packs (ids unique) into one library. The costly step: once per set of installed packs, never per page. */
export function compileLibrary(packs: Pack[]): CompiledLibrary {
  const grammars = packs.map(labelGrammarPart);
  const refIndex = new Map<string, number>();
  const list = packs.flatMap((pack, k) => packPatterns(pack, grammars[k]).map((p) => ({ ...p, pack: k })));
  const n = list.length;
  const patterns: PatternTable = {
    pack: new Uint16Array(n),
    kind: new Uint8Array(n),
    ref: new Uint32Array(n),
    maxSuffix: new Uint8Array(n),
    flags: new Uint8Array(n),
    refs: [],
    cased: new Map(),
  };
  list.forEach((p, i) => {
    let r = refIndex.get(p.ref);
    if (r === undefined) refIndex.set(p.ref, (r = patterns.refs.push(p.ref) - 1));
    patterns.pack[i] = p.pack;
    patterns.kind[i] = KINDS.indexOf(p.kind);
    patterns.ref[i] = r;
    patterns.maxSuffix[i] = p.maxSuffix;
    patterns.flags[i] = (p.caseSensitive ? CASE_SENSITIVE : 0) | (p.ambiguous ? AMBIGUOUS : 0);
    if (p.caseSensitive) patterns.cased.set(i, p.text);
  });
  // Case-sensitive patterns go into the automaton folded; the original case is checked on each hit.
  const automaton = new AhoCorasick(list.map((p) => (p.caseSensitive ? foldCase(p.text) : p.text)));
  return { records: packs.map(packRecord), grammars, patterns, automaton };
}

/** What notes read of a pack: everything but the name lists (the title names stay). */
export function packRecord(pack: Pack): Pack {
  const titleNames = (names: Entry['names']): Entry['names'] =>
    Object.fromEntries(Object.entries(names).filter(([, n]) => n.length).map(([lang, n]) => [lang, [n[0]!]]));
  return {
    ...pack,
    entries: pack.entries.map(({ names, caseSensitive: _c, stems: _s, ambiguous: _a, ...e }) => ({ ...e, names: titleNames(names) })),
  };
}

/**
 * The packs of the libraries that `isOn` (default: all), in order (the first enabled label of a type explains
 * it). A pack id found in two libraries is used from the first only.
 */
export function packSet(libraries: CompiledLibrary[], isOn: (id: string) => boolean = () => true): CompiledPacks {
  const seen = new Set<string>();
  const set: CompiledPacks = {
    libraries: libraries.map((library) => ({
      library,
      enabled: Uint8Array.from(library.records, (p) => (isOn(p.id) && !seen.has(p.id) && seen.add(p.id) ? 1 : 0)),
    })),
    entries: new Map(),
    canonical: new Map(),
    labelRecords: new Map(),
    translationRecords: new Map(),
    dataAsOf: new Map(),
    covers: new Map(),
    labels: null,
  };
  const grammars: (LabelGrammarPart | null)[] = [];
  for (const { library, enabled } of set.libraries) {
    library.records.forEach((pack, k) => {
      if (!enabled[k]) return;
      grammars.push(library.grammars[k] ?? null);
      if (pack.dataAsOf) set.dataAsOf.set(pack.id, pack.dataAsOf);
      for (const type of pack.covers ?? []) {
        const had = set.covers.get(type);
        if (pack.dataAsOf && (!had || had.asOf < pack.dataAsOf)) set.covers.set(type, { list: pack.title, asOf: pack.dataAsOf });
      }
      for (const e of pack.entries) set.entries.set(`${pack.id}/${e.id}`, e);
      for (const l of pack.labels) set.labelRecords.set(`${pack.id}/${l.id}`, l);
      for (const t of pack.translationNotes ?? []) set.translationRecords.set(`${pack.id}/${t.id}`, t);
    });
  }
  set.labels = mergeLabelGrammar(grammars);
  joinSameEntities(set);
  return set;
}

/** The entry `ref` is the same entity as: the end of its sameAs chain through entries `entryOf` knows (cycles cut). */
export function sameEntity(ref: string, entryOf: (ref: string) => Entry | undefined): string {
  const seen = new Set([ref]);
  for (let e = entryOf(ref); e?.sameAs && entryOf(e.sameAs) && !seen.has(e.sameAs); e = entryOf(ref)) seen.add((ref = e.sameAs));
  return ref;
}

/**
 * Entries that are the same entity (sameAs, chains followed) make one note: the target's title and summary,
 * with the designations and sources of every entry joined to it (a record both give is kept once).
 */
function joinSameEntities(set: CompiledPacks): void {
  for (const ref of set.entries.keys()) {
    const target = sameEntity(ref, (r) => set.entries.get(r));
    if (target !== ref) set.canonical.set(ref, target);
  }
  for (const [ref, target] of set.canonical) {
    const into = set.entries.get(target)!;
    const from = set.entries.get(ref)!;
    const key = (d: NonNullable<Entry['designations']>[number]) => `${d.jurisdiction}|${d.type}|${d.since}`;
    const have = new Set((into.designations ?? []).map(key));
    const sources = new Set(into.sources.map((s) => s.url + s.title));
    set.entries.set(target, {
      ...into,
      designations: [...(into.designations ?? []), ...(from.designations ?? []).filter((d) => !have.has(key(d)))],
      sources: [...into.sources, ...from.sources.filter((s) => !sources.has(s.url + s.title))],
    });
  }
}

/** Compiles and assembles in one go: for the CLI, tests and builds, which have the source packs. */
export function compilePacks(packs: Pack[]): CompiledPacks {
  return packSet([compileLibrary(packs)]);
}
