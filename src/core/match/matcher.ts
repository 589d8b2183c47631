import type { Pack } from '../glossary/pack';
import { type CompiledLabelGrammar, compileLabelGrammar } from '../labels/compile';
import { AhoCorasick } from './aho-corasick';
import { foldCase, foldCode, isLetter, isSpaceCode, isWordChar, normalizePattern } from './normalize';

// Compiles the enabled packs into one automaton and finds, in a text, every name and label phrase at
// Unicode word boundaries. Overlaps resolve to the longest match, then the earliest.

// Anchors are the designation words of the label grammar: where one is found, the label recogniser reads the line.
type MatchKind = 'entry' | 'label' | 'translation' | 'anchor';

export interface PatternInfo {
  kind: MatchKind;
  /** "packId/entryId" or "packId/labelId". */
  ref: string;
  /** The pattern as compared (case-folded unless caseSensitive). */
  text: string;
  caseSensitive: boolean;
  /** For stems: how many letters may follow. */
  maxSuffix: number;
  /** A short or common-word name that needs context (Entry.ambiguous). */
  ambiguous?: boolean;
}

export interface Match {
  kind: MatchKind;
  ref: string;
  start: number;
  end: number;
  ambiguous?: boolean;
}

export interface CompiledPacks {
  packs: Pack[];
  patterns: PatternInfo[];
  automaton: AhoCorasick;
  /** The shape recogniser's grammar, when an enabled Russian label has terms. */
  labels: CompiledLabelGrammar | null;
}

export function compilePacks(packs: Pack[]): CompiledPacks {
  const patterns: PatternInfo[] = [];
  const seen = new Set<string>();
  const add = (p: PatternInfo) => {
    const key = `${p.kind}|${p.ref}|${p.text}|${p.caseSensitive}|${p.maxSuffix}`;
    if (p.text && !seen.has(key)) {
      seen.add(key);
      patterns.push(p);
    }
  };
  for (const pack of packs) {
    for (const e of pack.entries) {
      const ref = `${pack.id}/${e.id}`;
      const ambiguous = new Set(e.ambiguous ?? []);
      const flag = (n: string) => (ambiguous.has(n) ? { ambiguous: true } : {});
      for (const names of Object.values(e.names))
        for (const n of names) add({ kind: 'entry', ref, text: normalizePattern(n), caseSensitive: false, maxSuffix: 0, ...flag(n) });
      for (const n of e.caseSensitive ?? [])
        add({ kind: 'entry', ref, text: normalizePattern(n, true), caseSensitive: true, maxSuffix: 0, ...flag(n) });
      for (const s of e.stems ?? [])
        add({ kind: 'entry', ref, text: normalizePattern(s.stem), caseSensitive: false, maxSuffix: s.maxSuffix });
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
  }
  const labels = compileLabelGrammar(packs);
  for (const a of labels?.anchors ?? []) add({ kind: 'anchor', ref: 'anchor', text: normalizePattern(a.text), caseSensitive: false, maxSuffix: a.maxSuffix });
  // Case-sensitive patterns go into the automaton folded; the original case is checked on each hit.
  const automaton = new AhoCorasick(patterns.map((p) => (p.caseSensitive ? foldCase(p.text) : p.text)));
  return { packs, patterns, automaton, labels };
}

/**
 * Text prepared once for matching: folded, white space collapsed to single spaces (block breaks kept as
 * "\n", which no pattern contains), with a map from each prepared index to the original offset.
 */
export interface PreparedText {
  cased: string;
  folded: string;
  /** origin[i] = offset in the original text of prepared character i; origin[length] = original length. */
  origin: Int32Array;
}

export function prepareText(text: string): PreparedText {
  const n = text.length;
  const buf = new Uint16Array(n);
  const origin = new Int32Array(n + 1);
  let len = 0;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c === SOFT_HYPHEN) continue; // invisible hyphenation point inside a word: dropped, so "Тали\u00adбан" matches
    if (c === NEWLINE || isSpaceCode(c)) {
      if (len === 0) continue;
      const last = buf[len - 1];
      if (last === NEWLINE) continue;
      if (last === SPACE) {
        if (c === NEWLINE) buf[len - 1] = NEWLINE; // a break absorbs the space before it
        continue;
      }
      buf[len] = c === NEWLINE ? NEWLINE : SPACE;
    } else {
      buf[len] = foldCode(c);
    }
    origin[len++] = i;
  }
  origin[len] = n;
  let cased = '';
  for (let i = 0; i < len; i += 8192) cased += String.fromCharCode(...buf.subarray(i, Math.min(len, i + 8192)));
  return { cased, folded: foldCase(cased), origin: origin.subarray(0, len + 1) };
}

const SOFT_HYPHEN = 0xad;
const NEWLINE = 10;
const SPACE = 32;

export function findMatches(compiled: CompiledPacks, text: PreparedText): Match[] {
  return findMatchesAndAnchors(compiled, text).matches;
}

/** Matches (overlaps resolved) and, apart, the original offsets of every anchor word. */
export function findMatchesAndAnchors(compiled: CompiledPacks, text: PreparedText): { matches: Match[]; anchors: number[] } {
  const { folded, cased, origin } = text;
  const found: Match[] = [];
  const anchors: number[] = [];
  compiled.automaton.search(folded, (hit) => {
    const p = compiled.patterns[hit.pattern]!;
    const { start } = hit;
    let end = hit.end;
    if (isWordChar(folded[start - 1]) && isWordChar(folded[start])) return;
    if (p.maxSuffix > 0) {
      let extra = 0;
      while (extra <= p.maxSuffix && isLetter(folded[end + extra])) extra++;
      if (extra > p.maxSuffix) return; // a longer, unrelated word
      end += extra;
    } else if (isWordChar(folded[end]) && isWordChar(folded[end - 1])) {
      return;
    }
    if (p.caseSensitive && cased.slice(start, hit.end) !== p.text) return;
    if (p.kind === 'anchor') anchors.push(origin[start]!);
    else found.push({ kind: p.kind, ref: p.ref, start, end, ...(p.ambiguous ? { ambiguous: true } : {}) });
  });
  const matches = longestFirst(found, folded.length).map((m) => ({
    ...m,
    start: origin[m.start]!,
    end: origin[m.end - 1]! + 1,
  }));
  return { matches, anchors: anchors.sort((a, b) => a - b) };
}

/** Longest match wins where matches overlap; among equals, the earliest. Linear in matched text. */
function longestFirst(matches: Match[], length: number): Match[] {
  matches.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const used = new Uint8Array(length);
  const taken: Match[] = [];
  for (const m of matches) {
    let free = true;
    for (let i = m.start; i < m.end && free; i++) free = used[i] === 0;
    if (!free) continue;
    used.fill(1, m.start, m.end);
    taken.push(m);
  }
  return taken.sort((a, b) => a.start - b.start);
}
