import { foldPhrase as fold, type ResiduePhraseSet } from './residue-phrases';

// The form strings of every residue phrase set, indexed so that a page's text nodes are read once: a cheap
// look at each node's first characters, then a left-to-right reading of the few that start like a phrase.

export interface ResidueHit {
  node: Text;
  system: string;
}

export class ResidueIndex {
  /** Phrases (folded) by their first START characters, longest first within a bucket. */
  private readonly buckets = new Map<string, { phrase: string; system: string }[]>();
  private readonly longest: number;

  constructor(sets: ResiduePhraseSet[]) {
    const all = sets
      .flatMap((s) => s.phrases.map((p) => ({ phrase: fold(p), system: s.system })))
      .filter((p) => p.phrase.length >= START)
      .sort((a, b) => b.phrase.length - a.phrase.length);
    for (const p of all) {
      const key = p.phrase.slice(0, START);
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(p);
      else this.buckets.set(key, [p]);
    }
    this.longest = all[0]?.phrase.length ?? 0;
  }

  /**
   * The text nodes made of form strings, in document order. `past` (disjoint elements, in document order) are
   * stepped over whole: what is already planned needs no second look, and a comment thread holds most of a
   * page's text nodes.
   */
  find(doc: Document, past: Element[] = []): ResidueHit[] {
    const hits: ResidueHit[] = [];
    if (!doc.body) return hits;
    const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
    let k = 0;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      // The next element to step over: those wholly before this node are behind.
      while (k < past.length && !past[k]!.contains(n) && past[k]!.compareDocumentPosition(n) & 4 /* FOLLOWING */) k++;
      if (k < past.length && past[k]!.contains(n)) {
        let last: Node = past[k++]!;
        while (last.lastChild) last = last.lastChild;
        walker.currentNode = last;
        continue;
      }
      const data = n.data;
      if (data.length < 8 || data.length > 4 * this.longest + 40) continue;
      // A cheap look at the start first: most text nodes begin with no form string.
      if (!this.buckets.has(startKey(data))) continue;
      const parent = n.parentElement;
      if (!parent || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(parent.tagName)) continue;
      const text = fold(data).replace(LEADING_PUNCT, '');
      // A hit is a text node made of form strings, never a sentence that happens to contain one.
      if (text.length < 8) continue;
      const system = this.scan(text);
      if (system) hits.push({ node: n, system });
    }
    return hits;
  }

  /**
   * Reads a folded text left to right, taking the longest phrase that starts at each point: returns the
   * system of the first phrase when the text is nothing but phrases and at most MAX_OTHER other letters or
   * digits (white space and punctuation are free), else null. It gives up as soon as the other letters run
   * over, so an ordinary sentence costs a dozen steps.
   */
  private scan(folded: string): string | null {
    return this.read(folded) || null;
  }

  /** The walk of scan: the first phrase's system ('' when none), or null once the other letters run over. */
  private read(folded: string): string | null {
    let other = 0;
    let system = '';
    for (let i = 0; i < folded.length; ) {
      const p = this.buckets.get(folded.slice(i, i + START))?.find((b) => folded.startsWith(b.phrase, i));
      if (p) {
        system ||= p.system;
        i += p.phrase.length;
        continue;
      }
      if (LETTER.test(folded[i]!) && ++other > MAX_OTHER) return null;
      i++;
    }
    return system;
  }

  /** True when the text is nothing but known form strings (and punctuation). */
  isOnlyResidue(text: string): boolean {
    if (!text || text.length > 8 * this.longest + 200) return false;
    // The folded start of the text first (no regular expressions): most article blocks fail within it.
    const head = quickHead(text, EARLY_WINDOW + this.longest);
    if (head.length < text.length && !this.scanPrefix(head)) return false;
    return this.scan(fold(text).replace(LEADING_PUNCT, '')) !== null;
  }

  /** Like scan on a prefix: false once the prefix alone holds too many other letters. */
  private scanPrefix(head: string): boolean {
    return this.read(head) !== null;
  }
}

/** Letters or digits beside the form strings a text may hold and still count as made of them. */
const MAX_OTHER = 12;
const LETTER = /[\p{L}\p{N}]/u;

/** Length of the phrase prefix used to reject text nodes cheaply. */
const START = 4;

/**
 * The start of a text folded like a phrase (white space runs to one space, typographic apostrophes to
 * "'", lower case), leading white space and punctuation skipped: START + extra characters of it, in one
 * loop over character codes, with none of the regular-expression work of foldPhrase.
 */
function quickHead(s: string, extra: number): string {
  let out = '';
  let i = 0;
  const n = s.length;
  while (i < n && skippable(s.charCodeAt(i))) i++;
  let space = false;
  for (; i < n && out.length < START + extra; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c === 0xa0 || c === 0x2009 || c === 0x202f || (c >= 0x2000 && c <= 0x200a)) {
      space = true;
      continue;
    }
    // The folded space goes in only before a character, so the head may run one over: cut it back below.
    if (space && out) out += ' ';
    space = false;
    if (c === 0x2018 || c === 0x2019 || c === 0x02bc || c === 0x60 || c === 0xb4) out += "'";
    else if (c === 0x2026) out += '...';
    else out += s[i]!.toLowerCase();
  }
  return out.slice(0, START + extra);
}

/** quickHead(s, 0), with a fast path for the usual case: four plain characters after the leading ones. */
function startKey(s: string): string {
  let i = 0;
  const n = s.length;
  while (i < n && skippable(s.charCodeAt(i))) i++;
  const four = s.slice(i, i + START);
  for (let k = 0; k < four.length; k++) {
    const c = four.charCodeAt(k);
    if (c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x202f) || c === 0x02bc || c === 0x60 || c === 0xb4) return quickHead(s, 0);
  }
  return four.toLowerCase();
}

/** White space and punctuation a form string does not start with. */
function skippable(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126) ||
    c === 0xab || c === 0xbb || (c >= 0x2010 && c <= 0x201f) || c === 0x2026 || c === 0xbf || c === 0xa1;
}
/** How far into a text the first form string may start (a dozen other letters, spaces and punctuation). */
const EARLY_WINDOW = 40;
const LEADING_PUNCT = /^[\s\p{P}\p{S}]+/u;
