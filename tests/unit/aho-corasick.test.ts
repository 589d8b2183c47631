// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { type AcHit, AhoCorasick } from '../../src/core/match/aho-corasick';

function hits(patterns: string[], text: string): AcHit[] {
  const out: AcHit[] = [];
  new AhoCorasick(patterns).search(text, (h) => out.push(h));
  return out;
}

/** Every occurrence of every pattern, found the slow way. */
function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((p, pattern) => {
    if (!p) return;
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push(`${pattern}@${i}-${i + p.length}`);
  });
  return out.sort();
}

const key = (h: AcHit) => `${h.pattern}@${h.start}-${h.end}`;

describe('AhoCorasick', () => {
  it('finds the classic he/she/his/hers overlaps with the right offsets', () => {
    const found = hits(['he', 'she', 'his', 'hers'], 'ushers').map(key);
    expect(found.sort()).toEqual(['0@2-4', '1@1-4', '3@2-6']);
  });

  it('reports hits in order of end position', () => {
    const found = hits(['he', 'she', 'his', 'hers'], 'ushers');
    const ends = found.map((h) => h.end);
    expect(ends).toEqual([...ends].sort((a, b) => a - b));
    expect(ends[ends.length - 1]).toBe(6);
  });

  it('finds a pattern that is a suffix of another through the dictionary links', () => {
    expect(hits(['abcd', 'bcd', 'cd', 'd'], 'xabcdx').map(key).sort()).toEqual(['0@1-5', '1@2-5', '2@3-5', '3@4-5']);
  });

  it('finds overlapping repeats of the same pattern', () => {
    expect(hits(['aa'], 'aaaa').map(key)).toEqual(['0@0-2', '0@1-3', '0@2-4']);
  });

  it('reports duplicate patterns under each index', () => {
    expect(hits(['taliban', 'taliban'], 'the taliban').map(key).sort()).toEqual(['0@4-11', '1@4-11']);
  });

  it('ignores empty patterns but keeps the indices of the others', () => {
    expect(hits(['', 'b'], 'abc').map(key)).toEqual(['1@1-2']);
  });

  it('finds nothing in text without the patterns, and nothing in empty text', () => {
    expect(hits(['meduza'], 'medusa meduz')).toEqual([]);
    expect(hits(['meduza'], '')).toEqual([]);
  });

  it('works on Cyrillic and astral characters (UTF-16 code units)', () => {
    expect(hits(['талиб', 'ан'], 'талибан').map(key).sort()).toEqual(['0@0-5', '1@5-7']);
    const astral = '𝔘𝔫';
    expect(hits([astral], `x${astral}y`).map(key)).toEqual([`0@1-${1 + astral.length}`]);
  });

  it('matches a naive search on random input', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const word = (len: number) => Array.from({ length: len }, () => 'abc'[rand(3)]).join('');
    for (let round = 0; round < 30; round++) {
      const patterns = Array.from({ length: 1 + rand(8) }, () => word(1 + rand(4)));
      const text = word(60);
      expect(hits(patterns, text).map(key).sort(), `${patterns.join(',')} in ${text}`).toEqual(naive(patterns, text));
    }
  });

  it('has one node per distinct prefix', () => {
    // root + t,ta,tal + a,an
    expect(new AhoCorasick(['tal', 'ta', 'an']).size).toBe(6);
  });
});
