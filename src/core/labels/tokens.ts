import { foldCase, foldKeepCase } from '../match/normalize';

// Words and marks of one line of article text, with their offsets, for the label recogniser. Only lines that
// hold a designation word are tokenised, so this never runs over a whole page.

export type TokenKind = 'word' | 'open' | 'close' | 'paren-open' | 'paren-close' | 'star' | 'comma' | 'stop' | 'semicolon' | 'colon' | 'dash' | 'slash' | 'other';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** The word as printed. */
  raw: string;
  /** Lower case, ё→е, typographic apostrophes folded. */
  low: string;
  /** First letter upper case (a name, or the start of a sentence). */
  upper: boolean;
  /** Stars in a star token. */
  stars: number;
}

const OPEN_QUOTES = new Set(['«', '„', '“', '‹']);
const CLOSE_QUOTES = new Set(['»', '”', '›']);
const AMBIGUOUS_QUOTES = new Set(['"', "'", '‘', '’', '‚']);
const DASHES = new Set(['-', '‐', '‑', '‒', '–', '—', '―', '−']);

const isWordCode = (ch: string) => /[\p{L}\p{N}\p{M}]/u.test(ch);

/** A word as the matcher compares text: the project's one normalisation (ё→е, apostrophes, hyphens, case). */
export function fold(word: string): string {
  return foldCase(foldKeepCase(word));
}

/** Tokens of text[from, to). */
export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const push = (kind: TokenKind, start: number, end: number, stars = 0) => {
    const raw = text.slice(start, end);
    tokens.push({ kind, start, end, raw, low: kind === 'word' ? fold(raw) : raw, upper: kind === 'word' && /^\p{Lu}/u.test(raw), stars });
  };
  let i = from;
  while (i < to) {
    const ch = text[i]!;
    if (isWordCode(ch)) {
      let j = i + 1;
      // Inner hyphens, apostrophes and dots between digits stay inside a word: "ут-Тахрир", "Hay’at", "24.02".
      while (j < to) {
        const c = text[j]!;
        if (isWordCode(c)) j++;
        else if ((c === '-' || c === '‑' || c === "'" || c === '’') && j + 1 < to && isWordCode(text[j + 1]!) && isWordCode(text[j - 1]!)) j++;
        else if (c === '.' && /\d/.test(text[j - 1]!) && j + 1 < to && /\d/.test(text[j + 1]!)) j++;
        else break;
      }
      push('word', i, j);
      i = j;
      continue;
    }
    if (ch === '*') {
      let j = i;
      while (j < to && text[j] === '*') j++;
      push('star', i, j, j - i);
      i = j;
      continue;
    }
    if (OPEN_QUOTES.has(ch)) push('open', i, i + 1);
    else if (CLOSE_QUOTES.has(ch)) push('close', i, i + 1);
    else if (AMBIGUOUS_QUOTES.has(ch)) {
      // A straight quote opens after a space, a bracket or another opening quote, and closes otherwise.
      const prev = i > from ? text[i - 1]! : ' ';
      push(/[\s(\[«„“"'/]/u.test(prev) ? 'open' : 'close', i, i + 1);
    } else if (ch === '(' || ch === '[') push('paren-open', i, i + 1);
    else if (ch === ')' || ch === ']') push('paren-close', i, i + 1);
    else if (ch === ',') push('comma', i, i + 1);
    else if (ch === '.' || ch === '!' || ch === '?' || ch === '…') push('stop', i, i + 1);
    else if (ch === ';') push('semicolon', i, i + 1);
    else if (ch === ':') push('colon', i, i + 1);
    else if (DASHES.has(ch)) push('dash', i, i + 1);
    else if (ch === '/') push('slash', i, i + 1);
    else if (!/\s/u.test(ch)) push('other', i, i + 1);
    i++;
  }
  return tokens;
}

/** A compiled pattern: its words, each a literal or a stem. */
export interface WordPattern {
  words: { text: string; stem: boolean }[];
}

export function compilePattern(pattern: string): WordPattern {
  return {
    words: fold(pattern)
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => (w.endsWith('*') ? { text: w.slice(0, -1), stem: true } : { text: w, stem: false })),
  };
}

/** Does one word match one pattern word? Hyphenated words also match by a part ("сми-иноагентом"). */
export function wordMatches(low: string, w: { text: string; stem: boolean }, maxSuffix: number, byPart = false): boolean {
  if (w.stem ? low.startsWith(w.text) && low.length - w.text.length <= maxSuffix : low === w.text) return true;
  if (byPart && low.includes('-')) return low.split('-').some((part) => wordMatches(part, w, maxSuffix));
  return false;
}

/** How many tokens from `i` the pattern covers (0: no match). Only word tokens take part. */
export function matchAt(tokens: Token[], i: number, p: WordPattern, maxSuffix: number, byPart = false): number {
  let t = i;
  for (const w of p.words) {
    const tok = tokens[t];
    if (!tok || tok.kind !== 'word' || !wordMatches(tok.low, w, maxSuffix, byPart)) return 0;
    t++;
  }
  return t - i;
}

/** The longest of several patterns at `i`: [covered tokens, index of the pattern] or null. */
export function longestAt(tokens: Token[], i: number, patterns: WordPattern[], maxSuffix: number, byPart = false): [number, number] | null {
  let best: [number, number] | null = null;
  patterns.forEach((p, k) => {
    const n = matchAt(tokens, i, p, maxSuffix, byPart);
    if (n && (!best || n > best[0])) best = [n, k];
  });
  return best;
}
