// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { foldCase, foldKeepCase, isLetter, isWordChar, normalizePattern } from '../../src/core/match/normalize';

describe('foldKeepCase', () => {
  it('folds ё to е in both cases and keeps the case', () => {
    expect(foldKeepCase('Ёлка и всё')).toBe('Елка и все');
  });

  it('folds typographic quotes and apostrophes', () => {
    expect(foldKeepCase('«Дождь» “TV” ‘x’ Jehovah’s')).toBe(`"Дождь" "TV" 'x' Jehovah's`);
  });

  it('folds every kind of dash to a hyphen-minus', () => {
    expect(foldKeepCase('a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h')).toBe('a-b-c-d-e-f-g-h');
  });

  it('turns any white space (tab, no-break space, newline) into a plain space without changing length', () => {
    const input = 'a\tb\u00a0c\nd\u2009e';
    const out = foldKeepCase(input);
    expect(out).toBe('a b c d e');
    expect(out.length).toBe(input.length);
  });

  it('keeps length for every folded character, so offsets stay valid', () => {
    const input = '«Ё—’\u00ad»';
    expect(foldKeepCase(input).length).toBe(input.length);
  });
});

describe('foldCase', () => {
  it('lower-cases Latin and Cyrillic', () => {
    expect(foldCase('TALIBAN Талибан')).toBe('taliban талибан');
  });

  it('keeps one character per character even for letters that grow when lower-cased', () => {
    // "İ".toLowerCase() is two code units; it must stay as it is so offsets do not shift.
    const input = 'İstanbul ABC';
    const out = foldCase(input);
    expect(out.length).toBe(input.length);
    expect(out).toBe('İstanbul abc');
  });
});

describe('normalizePattern', () => {
  it('case-folds unless the pattern is case-sensitive', () => {
    expect(normalizePattern('Islamic State')).toBe('islamic state');
    expect(normalizePattern('MK', true)).toBe('MK');
  });

  it('collapses inner white space and trims', () => {
    expect(normalizePattern('  Islamic \t  State  ')).toBe('islamic state');
  });

  it('applies NFC first: a decomposed й equals the composed one', () => {
    const decomposed = 'Хизб ут-Тахрир аль-Исламии\u0306'; // и + combining breve
    expect(normalizePattern(decomposed)).toBe(normalizePattern('Хизб ут-Тахрир аль-Исламий'));
  });

  it('folds ё, quotes and dashes like page text', () => {
    expect(normalizePattern('Пономарёв — «Мемориал»')).toBe('пономарев - "мемориал"');
  });
});

describe('word characters', () => {
  it('treats letters of any script, digits and combining marks as word characters', () => {
    for (const ch of ['a', 'Ж', 'ß', '7', '\u0306', 'ع']) expect(isWordChar(ch), ch).toBe(true);
  });

  it('does not treat spaces, punctuation, hyphens or undefined as word characters', () => {
    for (const ch of [' ', '-', '.', '(', '"', '\n', undefined]) expect(isWordChar(ch), String(ch)).toBe(false);
  });

  it('isLetter excludes digits', () => {
    expect(isLetter('ы')).toBe(true);
    expect(isLetter('5')).toBe(false);
    expect(isLetter(undefined)).toBe(false);
  });
});
