// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { RU_LABEL_GRAMMAR, type GrammarWords } from '../../src/core/labels/grammar';
import { compilePattern, tokenize, wordMatches } from '../../src/core/labels/tokens';
import { grammarAnchors, labelGrammarPart } from '../../src/core/labels/compile';
import { compilePacks } from '../../src/core/match/matcher';
import { SHIPPED_PACKS } from '../../src/extension/packs';

// The label grammar is data: these tests keep it well formed and free of contradictions, so that adding a
// word cannot silently turn events into labels.

const roles = Object.keys(RU_LABEL_GRAMMAR.ru) as (keyof GrammarWords)[];
const WORD = /^[\p{L}\p{N}'’-]+\*?$/u;

describe('label grammar data', () => {
  it('gives every role words in both languages', () => {
    for (const lang of ['ru', 'en'] as const) for (const role of roles) expect(RU_LABEL_GRAMMAR[lang][role].length, `${lang}.${role}`).toBeGreaterThan(0);
  });

  it('writes every pattern as lower-case words or stems of at least three letters', () => {
    const bad: string[] = [];
    for (const lang of ['ru', 'en'] as const)
      for (const role of roles)
        for (const p of RU_LABEL_GRAMMAR[lang][role])
          for (const w of p.split(' ')) {
            if (!WORD.test(w) || w !== w.toLowerCase() || w.includes('ё')) bad.push(`${lang}.${role}: "${p}"`);
            if (w.endsWith('*') && w.length < 4) bad.push(`${lang}.${role}: stem "${w}" is too short`);
          }
    expect(bad).toEqual([]);
  });

  it('never lists an event verb as a status word or a ban (an event would read as a label)', () => {
    const clash: string[] = [];
    for (const lang of ['ru', 'en'] as const) {
      const g = RU_LABEL_GRAMMAR[lang];
      for (const e of g.event) {
        for (const role of ['status', 'ban'] as const)
          if (g[role].some((p) => compilePattern(p).words.length === 1 && wordMatches(e, compilePattern(p).words[0]!, 6))) clash.push(`${lang}: "${e}" is also ${role}`);
      }
    }
    expect(clash).toEqual([]);
  });

  it('compiles from the shipped packs, with an anchor for every term and ban word', () => {
    const grammar = compilePacks(SHIPPED_PACKS).labels!;
    expect(grammar).not.toBeNull();
    const types = new Set(grammar.terms.map((t) => t.type));
    for (const t of ['terrorist', 'extremist', 'foreign-agent', 'undesirable', 'terrorist-extremist-list']) expect(types.has(t as never), t).toBe(true);
    expect(grammar.labelFor.get('banned')).toBe('ru-designation-labels/ru-banned');
    const anchors = SHIPPED_PACKS.flatMap((p) => grammarAnchors(labelGrammarPart(p))).map((a) => a.text);
    for (const w of ['иноагент', 'агент', 'нежелательн', 'запрещ', 'banned', 'outlawed', 'undesirable']) expect(anchors).toContain(w);
  });

  it('has no grammar at all when no Russian label has terms', () => {
    const withoutTerms = SHIPPED_PACKS.map((p) => ({ ...p, labels: p.labels.map(({ terms: _t, ...l }) => ({ ...l, phrases: l.phrases ?? { en: ['x y'] } })) }));
    expect(compilePacks(withoutTerms).labels).toBeNull();
  });
});

describe('tokenize', () => {
  const kinds = (text: string) => tokenize(text, 0, text.length).map((t) => `${t.kind}:${t.raw}`);

  it('keeps inner hyphens, apostrophes and dotted numbers inside a word', () => {
    expect(kinds('Хизб ут-Тахрир, Hay’at, «Фонд 24.02»*')).toEqual([
      'word:Хизб', 'word:ут-Тахрир', 'comma:,', 'word:Hay’at', 'comma:,', 'open:«', 'word:Фонд', 'word:24.02', 'close:»', 'star:*',
    ]);
  });

  it('tells an opening straight quote from a closing one by what stands before it', () => {
    expect(kinds('"Легион "Свобода России"**')).toEqual(['open:"', 'word:Легион', 'open:"', 'word:Свобода', 'word:России', 'close:"', 'star:**']);
  });

  it('folds case and ё for comparison, keeping the word as printed', () => {
    const [t] = tokenize('Запрещённой', 0, 11);
    expect(t).toMatchObject({ raw: 'Запрещённой', low: 'запрещенной', upper: true });
  });

  it('folds a non-breaking hyphen inside a word', () => {
    expect(tokenize('СМИ\u2011иноагентом', 0, 14)[0]!.low).toBe('сми-иноагентом');
  });

  it('matches a hyphenated word by its part, and a stem only within its suffix length', () => {
    const stem = compilePattern('иноагент*').words[0]!;
    expect(wordMatches('сми-иноагентом', stem, 6, true)).toBe(true);
    expect(wordMatches('сми-иноагентом', stem, 6, false)).toBe(false);
    expect(wordMatches('иноагентствами', stem, 3)).toBe(false);
  });
});
