import type { Pack } from '../glossary/pack';
import { AhoCorasick } from './aho-corasick';
import { foldCase, foldKeepCase, isLetter, isWordChar, normalizePattern } from './normalize';

// Compiles the enabled packs into one automaton and finds, in a text, every name and label phrase at
// Unicode word boundaries. Overlaps resolve to the longest match, then the earliest.

export type MatchKind = 'entry' | 'label' | 'translation';

export interface PatternInfo {
  kind: MatchKind;
  /** "packId/entryId" or "packId/labelId". */
  ref: string;
  /** The pattern as compared (case-folded unless caseSensitive). */
  text: string;
  caseSensitive: boolean;
  /** For stems: how many letters may follow. */
  maxSuffix: number;
}

export interface Match {
  kind: MatchKind;
  ref: string;
  start: number;
  end: number;
}

export interface CompiledPacks {
  packs: Pack[];
  patterns: PatternInfo[];
  automaton: AhoCorasick;
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
      for (const names of Object.values(e.names))
        for (const n of names) add({ kind: 'entry', ref, text: normalizePattern(n), caseSensitive: false, maxSuffix: 0 });
      for (const n of e.caseSensitive ?? [])
        add({ kind: 'entry', ref, text: normalizePattern(n, true), caseSensitive: true, maxSuffix: 0 });
      for (const s of e.stems ?? [])
        add({ kind: 'entry', ref, text: normalizePattern(s.stem), caseSensitive: false, maxSuffix: s.maxSuffix });
    }
    for (const l of pack.labels) {
      const ref = `${pack.id}/${l.id}`;
      for (const phrases of Object.values(l.phrases))
        for (const p of phrases) add({ kind: 'label', ref, text: normalizePattern(p), caseSensitive: false, maxSuffix: 0 });
    }
    for (const t of pack.translationNotes ?? []) {
      const ref = `${pack.id}/${t.id}`;
      for (const phrases of Object.values(t.phrases))
        for (const p of phrases) add({ kind: 'translation', ref, text: normalizePattern(p), caseSensitive: false, maxSuffix: 0 });
    }
  }
  // Case-sensitive patterns go into the automaton folded; the original case is checked on each hit.
  const automaton = new AhoCorasick(patterns.map((p) => (p.caseSensitive ? foldCase(p.text) : p.text)));
  return { packs, patterns, automaton };
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
  const origin = new Int32Array(text.length + 1);
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === SOFT_HYPHEN) continue; // invisible hyphenation point inside a word: dropped, so "Тали\u00adбан" matches
    const isBreak = ch === '\n';
    if (isBreak || SPACE.test(ch)) {
      const last = out[out.length - 1];
      if (last === undefined || last === '\n') continue;
      if (last === ' ') {
        if (isBreak) out[out.length - 1] = '\n'; // a break absorbs the space before it
        continue;
      }
      out.push(isBreak ? '\n' : ' ');
    } else {
      out.push(foldKeepCase(ch));
    }
    origin[out.length - 1] = i;
  }
  origin[out.length] = text.length;
  const cased = out.join('');
  return { cased, folded: foldCase(cased), origin: origin.subarray(0, out.length + 1) };
}

const SPACE = /\s/;
const SOFT_HYPHEN = '\u00ad';

export function findMatches(compiled: CompiledPacks, text: PreparedText): Match[] {
  const { folded, cased, origin } = text;
  const found: Match[] = [];
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
    found.push({ kind: p.kind, ref: p.ref, start, end });
  });
  return longestFirst(found, folded.length).map((m) => ({
    ...m,
    start: origin[m.start]!,
    end: origin[m.end - 1]! + 1,
  }));
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
