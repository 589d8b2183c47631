import type { Match } from '../match/matcher';
import type { Line } from './line';

// The name a label frame points at: a pack entry's mention, a quoted name («Медуза», "Islamic State"), or a
// run of capitalised words ("Юрий Дудь", "Hizb ut-Tahrir"). Never a word of the label itself: places, bodies
// and designation words are not names (grammar.ts, notNames).

export interface FoundName {
  start: number;
  end: number;
  /** As printed, without stars and outer quotes. */
  text: string;
  /** The pack entry mentioned there ("packId/entryId"), if any. */
  ref?: string;
}

/**
 * Entity mentions for lookups by offset. The matcher's mentions never overlap and come sorted by start, so
 * their ends are sorted too: every lookup is a binary search.
 */
export class Mentions {
  constructor(readonly list: Match[]) {}

  /** Index of the first mention whose end is greater than `offset`. */
  private firstEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid]!.end > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** The mention that ends inside (from, to], the rightmost. */
  endingIn(from: number, to: number): Match | null {
    const i = this.firstEndingAfter(to) - 1;
    const m = this.list[i];
    return m && m.end > from ? m : null;
  }

  /** The mention that starts inside [from, to). */
  startingIn(from: number, to: number): Match | null {
    for (let i = this.firstEndingAfter(from); i < this.list.length; i++) {
      const m = this.list[i]!;
      if (m.start >= to) return null;
      if (m.start >= from) return m;
    }
    return null;
  }

  /** Any mention overlapping [from, to). */
  overlapping(from: number, to: number): Match | null {
    const m = this.list[this.firstEndingAfter(from)];
    return m && m.start < to ? m : null;
  }
}

/** Words that join the parts of a name: "Hizb ut-Tahrir al-Islami", "Voice of America". */
const CONNECTORS = new Set(['al', 'ut', 'ad', 'as', 'ash', 'an', 'en', 'el', 'ul', 'bin', 'ibn', 'of', 'de', 'la', 'der', 'von', 'van', 'for', 'ан', 'аль', 'аш', 'ас', 'ат', 'ут', 'эль', 'де', 'фон']);
/** Company suffixes stand after a comma inside the name: "Project Media, Inc.". */
const COMPANY_SUFFIX = new Set(['inc', 'ltd', 'llc', 'corp', 'gmbh', 'sia', 'plc', 'ag', 'sa']);

export class NameFinder {
  constructor(
    readonly line: Line,
    readonly mentions: Mentions,
  ) {}

  /** Can word i be part of a name? */
  private nameWord(i: number): boolean {
    const l = this.line;
    const t = l.word(i);
    if (!t || !t.upper) return false;
    if (l.is('notNames', i) || l.designates(i)) return false;
    return true;
  }

  private generic(i: number): boolean {
    const l = this.line;
    return l.is('generic', i) || l.inTerm(i) || l.is('small', i);
  }

  /** "Россия", "Russia" inside a name: "Open Russia", "Форум свободной России", "Легион «Свобода России»". */
  private russiaInName(i: number): boolean {
    const t = this.line.word(i);
    return !!t && t.upper && this.line.is('russia', i) && !this.line.is('status', i);
  }

  /** A mention of a body or a place of the label's own words ("Минюстом РФ", "Росфинмониторинг") names no one. */
  private usable(m: Match | null): Match | null {
    if (!m) return null;
    const l = this.line;
    for (let k = Math.max(0, l.tokenAt(m.start) - 1); k < l.toks.length; k++) {
      const t = l.toks[k]!;
      if (t.start >= m.end) break;
      if (t.end > m.start && t.kind === 'word' && !l.is('notNames', k)) return m;
    }
    return null;
  }

  private fromMention(m: { start: number; end: number; ref: string }): FoundName {
    return { start: m.start, end: m.end, text: this.line.text.slice(m.start, m.end), ref: m.ref };
  }

  private fromTokens(a: number, b: number): FoundName {
    const toks = this.line.toks;
    const start = toks[a]!.start;
    const end = toks[b]!.end;
    const m = this.usable(this.mentions.overlapping(start, end));
    // An ambiguous name inside a longer one is not it: the organisation «Анна» in "Анна Кравец".
    if (m && !(m.ambiguous && (m.start > start || m.end < end))) return this.fromMention(m);
    const text = this.line.text.slice(start, end).replace(/['’]s$/u, '').replace(/\d+$/u, '');
    return { start, end, text };
  }

  /** A quoted span [open, close] as a name: it holds a capital or a digit and no designation word. */
  private quoted(open: number, close: number): FoundName | null {
    const l = this.line;
    let first = -1;
    for (let k = open + 1; k < close; k++) {
      if (l.toks[k]!.kind !== 'word') continue;
      if (first < 0) first = k;
      if (l.designates(k)) return null;
    }
    if (first < 0) return null;
    const w = l.toks[first]!;
    if (!w.upper && !/\d/.test(w.raw)) return null;
    if (l.is('notNames', first) && close - open <= 2) return null;
    const start = l.toks[open + 1]!.start;
    const end = l.toks[close - 1]!.end;
    const m = this.mentions.overlapping(start, end);
    return m ? this.fromMention(m) : { start, end, text: l.text.slice(start, end) };
  }

  /** The opening quote that matches the closing quote at `close` (nested quotes allowed). */
  private openFor(close: number, limit: number): number {
    let depth = 0;
    for (let k = close; k >= limit; k--) {
      const kind = this.line.toks[k]!.kind;
      if (kind === 'close') depth++;
      else if (kind === 'open' && --depth === 0) {
        // «Легион «Свобода России»»: an unclosed quote just before belongs to the same name.
        if (k - 2 >= limit && this.line.toks[k - 1]!.kind === 'word' && this.line.toks[k - 2]!.kind === 'open') return k - 2;
        return k;
      }
    }
    return -1;
  }

  private closeFor(open: number, limit: number): number {
    let depth = 0;
    // «Легион «Свобода России»** и «Айдар»**: the inner quote's close often closes the outer one too.
    let candidate = -1;
    for (let k = open; k < limit; k++) {
      const kind = this.line.toks[k]!.kind;
      if (kind === 'open') depth++;
      else if (kind === 'close') {
        if (--depth === 0) return k;
        if (candidate < 0) candidate = k;
      }
    }
    return candidate;
  }

  private atSentenceStart(i: number, from: number): boolean {
    for (let k = i - 1; k >= from; k--) {
      const kind = this.line.toks[k]!.kind;
      if (kind === 'word' || kind === 'open' || kind === 'close') return false;
    }
    return true;
  }

  /**
   * The name that ends just before token `i`, looking back no further than `from`. Skips stars, a short
   * parenthesis ("(IS)", "(ФБК)"), and up to five words that describe the name ("terrorist group", "журналиста").
   * `relative` also passes over "which is", "деятельность которой" and one comma (names inside a bracket);
   * `strictStart` refuses a lone capitalised word that opens the sentence (a footnote's "Выполняет", "His").
   */
  before(i: number, from: number, opts: { relative?: boolean; strictStart?: boolean } = {}): FoundName | null {
    const skipRelative = opts.relative ?? false;
    const l = this.line;
    let skipped = 0;
    let commas = skipRelative ? 1 : 0;
    for (let j = i - 1; j >= from; j--) {
      const t = l.toks[j]!;
      if (t.kind === 'star') continue;
      if (t.kind === 'stop' && l.toks[j + 1]?.kind === 'star') continue;
      if (t.kind === 'comma' && commas > 0) {
        commas--;
        continue;
      }
      if (t.kind === 'paren-close') {
        const open = l.partner[j]!;
        if (open < from || open < 0 || j - open > 7 || this.holdsCore(open, j)) return null;
        j = open;
        continue;
      }
      if (t.kind === 'close') {
        const open = this.openFor(j, from);
        return open >= 0 ? this.quoted(open, j) : null;
      }
      if (t.kind !== 'word') return null;
      const m = this.usable(this.mentions.endingIn(t.start, t.end + 1));
      if (m && m.end <= t.end + 1 && m.end > t.start) return this.fromMention(m);
      const russiaEnd = this.russiaInName(j) && j - 1 >= from && this.nameWord(j - 1);
      if (this.nameWord(j) || russiaEnd) {
        let a = j;
        for (;;) {
          const prev = a - 1;
          if (prev < from) break;
          const p = l.toks[prev]!;
          if (p.kind === 'word' && (this.nameWord(prev) || (this.russiaInName(prev) && prev - 1 >= from && this.nameWord(prev - 1)))) a = prev;
          else if (p.kind === 'word' && CONNECTORS.has(p.low) && prev - 1 >= from && this.nameWord(prev - 1)) a = prev - 1;
          else if (p.kind === 'slash' && prev - 1 >= from && this.nameWord(prev - 1)) a = prev - 1;
          else break;
        }
        if (COMPANY_SUFFIX.has(l.toks[a]!.low) && l.toks[a - 1]?.kind === 'comma') {
          const inner = this.before(a - 1, from);
          if (inner) return { ...inner, end: l.toks[j]!.end, text: l.text.slice(inner.start, l.toks[j]!.end) };
        }
        // A single capitalised word that opens the sentence is not known to be a name ("Выполняет", "His").
        if (opts.strictStart && a === j && this.atSentenceStart(a, from) && !/^\p{Lu}{2,}/u.test(t.raw) && !this.mentions.overlapping(t.start, t.end)) return null;
        if (this.allGeneric(a, j)) return null;
        // "Блогер Юрий Дудь": a role word that opens the sentence is capitalised, not part of the name.
        while (a < j && l.is('generic', a)) a++;
        return this.fromTokens(a, j);
      }
      if (skipRelative && (l.is('relative', j) || l.is('small', j))) continue;
      if (this.generic(j) && skipped < 5) {
        skipped++;
        continue;
      }
      return null;
    }
    return null;
  }

  /**
   * The name that starts after token `i`, up to `to`: past the words of a pre-nominal clause ("запрещённой в РФ
   * террористической организации «X»", "the banned in the Russian Federation international terrorist organization").
   */
  after(i: number, to: number): FoundName | null {
    const l = this.line;
    let unknown = 0;
    let comma = false;
    for (let j = i; j < to; j++) {
      const t = l.toks[j]!;
      if (t.kind === 'open') {
        const close = this.closeFor(j, to);
        return close > j ? this.quoted(j, close) : null;
      }
      if (t.kind === 'comma' || t.kind === 'dash') {
        // ",—" is one separator.
        if (comma && !(t.kind === 'dash' && l.toks[j - 1]?.kind === 'comma')) return null;
        comma = true;
        continue;
      }
      if (t.kind !== 'word') return null;
      const m = this.usable(this.mentions.startingIn(t.start, t.end));
      if (m) return this.fromMention(m);
      if (this.nameWord(j)) {
        let b = j;
        while (b + 1 < to) {
          const n = l.toks[b + 1]!;
          if (n.kind === 'word' && (this.nameWord(b + 1) || this.russiaInName(b + 1))) b++;
          else if (n.kind === 'word' && CONNECTORS.has(n.low) && this.nameWord(b + 2)) b += 2;
          else if (n.kind === 'slash' && this.nameWord(b + 2)) b += 2;
          else break;
        }
        // "Islamic group, Tablighi Jamaat": a capitalised adjective before a generic noun is not the name yet.
        const next = l.word(b + 1);
        if (next && !next.upper && l.is('generic', b + 1)) {
          j = b;
          continue;
        }
        if (this.allGeneric(j, b)) {
          j = b;
          continue;
        }
        return this.fromTokens(j, b);
      }
      if (comma) return null;
      if (this.generic(j) || l.is('russia', j) || l.is('registers', j) || l.is('notNames', j) || l.statusOrBan(j)) continue;
      if (++unknown > 2) return null;
    }
    return null;
  }

  /** Names joined to `name` by "и", "and", "nor" (for a label in the plural: "обе группировки", "both"). */
  coordinated(name: FoundName, direction: 'before' | 'after', limit: number): FoundName[] {
    const l = this.line;
    const found: FoundName[] = [];
    let cur = name;
    for (let n = 0; n < 3; n++) {
      if (direction === 'before') {
        let j = l.tokenAt(cur.start) - 1;
        while (j >= limit && (l.toks[j]!.kind === 'open' || l.toks[j]!.low === 'the')) j--;
        const c = l.toks[j];
        if (!c || !['и', 'and', 'nor', 'neither'].includes(c.low) || j <= limit) break;
        const next = this.before(j, limit);
        if (!next) break;
        found.push(next);
        cur = next;
      } else {
        let j = l.tokenAt(cur.end);
        while (j < limit && (l.toks[j]!.kind === 'star' || l.toks[j]!.kind === 'close')) j++;
        const c = l.toks[j];
        if (!c || !['и', 'and'].includes(c.low)) break;
        const next = this.after(j + 1, Math.min(limit, j + 4));
        if (!next) break;
        found.push(next);
        cur = next;
      }
    }
    return found;
  }

  private holdsCore(a: number, b: number): boolean {
    for (let k = a + 1; k < b; k++) if (this.line.designates(k)) return true;
    return false;
  }

  private allGeneric(a: number, b: number): boolean {
    for (let k = a; k <= b; k++) {
      const t = this.line.toks[k]!;
      if (t.kind === 'word' && !this.line.is('generic', k) && !this.line.is('notNames', k)) return false;
    }
    return true;
  }
}
