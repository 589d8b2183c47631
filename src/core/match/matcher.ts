import { AMBIGUOUS, CASE_SENSITIVE, type CompiledPacks, KINDS, type MatchKind } from './compiled-pack';
import { foldCase, foldCode, isLetter, isSpaceCode, isWordChar } from './normalize';

// Finds, in a text, every name and label phrase of a compiled pack set at Unicode word boundaries. Overlaps
// resolve to the longest match, then the earliest. Compiling is compiled-pack.ts's job, done once per pack.

export { compilePacks, type CompiledPacks } from './compiled-pack';

export interface Match {
  kind: MatchKind;
  ref: string;
  start: number;
  end: number;
  ambiguous?: boolean;
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
  for (const { library, enabled } of compiled.libraries) {
    const { pack, kind, ref, maxSuffix, flags, refs, cased: casedText } = library.patterns;
    library.automaton.search(folded, (hit) => {
      const i = hit.pattern;
      if (!enabled[pack[i]!]) return;
      const { start } = hit;
      let end = hit.end;
      if (isWordChar(folded[start - 1]) && isWordChar(folded[start])) return;
      const suffix = maxSuffix[i]!;
      if (suffix > 0) {
        let extra = 0;
        while (extra <= suffix && isLetter(folded[end + extra])) extra++;
        if (extra > suffix) return; // a longer, unrelated word
        end += extra;
      } else if (isWordChar(folded[end]) && isWordChar(folded[end - 1])) {
        return;
      }
      if (flags[i]! & CASE_SENSITIVE && cased.slice(start, hit.end) !== casedText.get(i)) return;
      const k = KINDS[kind[i]!]!;
      if (k === 'anchor') anchors.push(origin[start]!);
      else found.push({ kind: k, ref: refs[ref[i]!]!, start, end, ...(flags[i]! & AMBIGUOUS ? { ambiguous: true } : {}) });
    });
  }
  const matches = longestFirst(found, folded.length).map((m) => ({
    ...m,
    start: origin[m.start]!,
    end: origin[m.end - 1]! + 1,
  }));
  return { matches, anchors: [...new Set(anchors)].sort((a, b) => a - b) };
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
