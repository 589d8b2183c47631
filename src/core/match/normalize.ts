// Text normalisation shared by patterns and page text. It keeps one output character per input
// character, so offsets in the normalised text are offsets in the original text.

const FOLD: Record<string, string> = {
  'ё': 'е', 'Ё': 'Е',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '`': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u00ab': '"', '\u00bb': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00ad': ' ', // soft hyphen: dropped to a space so it never breaks a word match in the middle
};

const SPACE = /\s/;
const FOLD_CODES = new Map(Object.entries(FOLD).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]));

/** The code-unit form of foldKeepCase for one non-space character (the hot loop of prepareText). */
export function foldCode(c: number): number {
  if (c < 128) return c === 96 /* ` */ ? 39 : c;
  return FOLD_CODES.get(c) ?? c;
}

/** The same set as /\s/, by code unit. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Normalises without changing length: quotes, dashes, ё, white space folded; case kept.
 * Text should already be NFC (browsers and parsers give NFC for almost every page).
 */
export function foldKeepCase(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const f = FOLD[ch];
    out += f ?? (SPACE.test(ch) ? ' ' : ch);
  }
  return out;
}

/** foldKeepCase plus lower case, still one character per character. */
export function foldCase(cased: string): string {
  const lower = cased.toLowerCase();
  if (lower.length === cased.length) return lower;
  // Rare characters grow when lower-cased (e.g. "İ"): keep those as they are.
  let out = '';
  for (const ch of cased) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Pattern normalisation: NFC, folded, lower-cased unless case-sensitive, inner white space single. */
export function normalizePattern(text: string, caseSensitive = false): string {
  const cased = foldKeepCase(text.normalize('NFC')).replace(/ +/g, ' ').trim();
  return caseSensitive ? cased : foldCase(cased);
}

const WORD = /[\p{L}\p{N}\p{M}]/u;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch);
}

export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{M}]/u.test(ch);
}
