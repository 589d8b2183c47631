import type { DesignationType } from '../glossary/pack';
import type { CompiledLabelGrammar, Role } from './compile';
import { STEM_SUFFIX } from './grammar';
import { longestAt, type Token, tokenize } from './tokens';

// One line of text (a paragraph, a footnote, a caption) as tokens, with what each word is to the label
// grammar: a designation term, a ban, a status verb, a place, a body... Roles are looked up once per token.

export interface TermAt {
  type: DesignationType;
  ref: string;
  /** Tokens the term covers. */
  length: number;
}

/** Words of a verbal noun ("признание", "включение"): never a status verb. */
const VERBAL_NOUN = /(ние|ния|нии|нием|нию|ний|ниям|ниями|ниях)$/;
/** Full (adjectival) passive participles stand before the noun they describe: "запрещённой в РФ организации". */
const FULL_PARTICIPLE = /нн(ой|ого|ому|ым|ом|ая|ую|ые|ых|ыми|ый|ий|ое|ее)$/;
const ABBREVIATIONS = new Set(['г', 'гг', 'ст', 'п', 'пп', 'им', 'ул', 'т', 'д', 'прим', 'ред', 'см', 'тыс', 'млн', 'руб', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'jr', 'inc', 'ltd', 'corp', 'adm', 'gen', 'lt', 'col', 'sgt', 'u.s', 'vs', 'etc']);

export class Line {
  readonly toks: Token[];
  private readonly roleCache = new Map<Role, Int8Array>();
  private termCache: (TermAt | null)[] | null = null;
  /** sentenceOf[i]: index of the sentence token i is in. */
  readonly sentenceStarts: number[];
  /** A window inside a longer run of text (its first token starts no line). */
  partial = false;
  /** parenOf[i]: index of the innermost "(" around token i, or -1. */
  readonly parenOf: Int32Array;
  /** For each "(" its ")" and the reverse (-1: unmatched). */
  readonly partner: Int32Array;

  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly grammar: CompiledLabelGrammar,
  ) {
    this.toks = tokenize(text, start, end);
    const n = this.toks.length;
    this.parenOf = new Int32Array(n).fill(-1);
    this.partner = new Int32Array(n).fill(-1);
    const stack: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = this.toks[i]!;
      this.parenOf[i] = stack.length ? stack[stack.length - 1]! : -1;
      if (t.kind === 'paren-open') stack.push(i);
      else if (t.kind === 'paren-close' && stack.length) {
        const open = stack.pop()!;
        this.partner[open] = i;
        this.partner[i] = open;
        this.parenOf[i] = stack.length ? stack[stack.length - 1]! : -1;
      }
    }
    this.sentenceStarts = [0];
    for (let i = 0; i < n; i++) if (this.isSentenceEnd(i)) this.sentenceStarts.push(i + 1);
  }

  /** A full stop ends a sentence when a capital, a quote or a star follows and the word before is no abbreviation. */
  private isSentenceEnd(i: number): boolean {
    const t = this.toks[i]!;
    if (t.kind !== 'stop' || this.parenOf[i]! >= 0) return false;
    const next = this.toks[i + 1];
    if (!next) return false;
    if (next.kind === 'word' ? !next.upper : next.kind !== 'open' && next.kind !== 'star') return false;
    const prev = this.toks[i - 1];
    if (prev?.kind === 'word' && (ABBREVIATIONS.has(prev.low) || (prev.raw.length === 1 && prev.upper))) return false;
    return true;
  }

  /** [first, end) token range of the sentence holding token i. */
  sentence(i: number): [number, number] {
    const starts = this.sentenceStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return [starts[lo]!, starts[lo + 1] ?? this.toks.length];
  }

  /** Index of the first token that starts at or after `offset` (the token count when none does). */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.toks[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** How many tokens from i the role's longest pattern covers (0: none). */
  role(role: Role, i: number): number {
    let cache = this.roleCache.get(role);
    if (!cache) {
      cache = new Int8Array(this.toks.length).fill(-1);
      this.roleCache.set(role, cache);
    }
    if (cache[i] === -1) {
      let n = longestAt(this.toks, i, this.grammar.roles[role], STEM_SUFFIX)?.[0] ?? 0;
      if (n && (role === 'status' || role === 'ban') && VERBAL_NOUN.test(this.toks[i]!.low)) n = 0;
      cache[i] = n;
    }
    return cache[i]!;
  }

  is(role: Role, i: number): boolean {
    return i >= 0 && i < this.toks.length && this.role(role, i) > 0;
  }

  term(i: number): TermAt | null {
    if (!this.termCache) {
      const patterns = this.grammar.terms.map((t) => t.pattern);
      this.termCache = this.toks.map((_, k) => {
        const hit = longestAt(this.toks, k, patterns, STEM_SUFFIX, true);
        if (!hit) return null;
        const t = this.grammar.terms[hit[1]]!;
        return { type: t.type, ref: t.ref, length: hit[0] };
      });
      // A longer term covers the shorter ones inside it ("террористов и экстремистов" is one list).
      for (let k = 0; k < this.termCache.length; k++) {
        const t = this.termCache[k];
        if (t) for (let j = k + 1; j < k + t.length; j++) this.termCache[j] = null;
      }
    }
    return this.termCache[i] ?? null;
  }

  /** Is token i part of a term (its first word or a later one)? */
  inTerm(i: number): boolean {
    for (let k = i; k >= 0 && k > i - 5; k--) {
      const t = this.term(k);
      if (t) return k + t.length > i;
    }
    return false;
  }

  /** A token that makes a label: a designation term or a ban. */
  isCore(i: number): boolean {
    return this.term(i) !== null || this.is('ban', i);
  }

  /** A status word or a ban: the verb of a label clause ("признан", "запрещена", "banned"). */
  statusOrBan(i: number): boolean {
    return this.is('status', i) || this.is('ban', i);
  }

  /** Any word of a designation: a term, a ban or a status word. */
  designates(i: number): boolean {
    return this.isCore(i) || this.is('status', i);
  }

  isFullParticiple(i: number): boolean {
    return FULL_PARTICIPLE.test(this.toks[i]!.low);
  }

  word(i: number): Token | null {
    const t = this.toks[i];
    return t?.kind === 'word' ? t : null;
  }

  /** The next word token index at or after i within [i, end), or -1. */
  nextWord(i: number, end = this.toks.length): number {
    for (let k = i; k < end; k++) if (this.toks[k]!.kind === 'word') return k;
    return -1;
  }
}
