// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Entry, Label, Pack } from '../../src/core/glossary/pack';
import { packPatterns } from '../../src/core/match/compiled-pack';
import { compilePacks, findMatches, type Match, prepareText } from '../../src/core/match/matcher';
import { SHIPPED_PACKS } from '../../src/extension/packs';

const src = { title: 'Example', url: 'https://example.org/' };

function entry(id: string, names: Record<string, string[]>, extra: Partial<Entry> = {}): Entry {
  return { id, kind: 'organization', names, summary: id, sources: [src], ...extra };
}

function pack(entries: Entry[], labels: Label[] = [], id = 'test'): Pack {
  return { id, version: '1', title: 'Test', languages: ['en', 'ru'], entries, labels };
}

const label: Label = {
  id: 'fa',
  jurisdiction: 'RU',
  type: 'foreign-agent',
  title: 'Foreign agent',
  phrases: { en: ['recognized as a foreign agent'], ru: ['признан иноагентом'] },
  explanation: 'x',
  law: 'y',
  sources: [src],
};

const TEST_PACK = pack(
    [
      entry('taliban', { en: ['Taliban', 'the Taliban'], ru: ['Талибан'] }, { stems: [{ lang: 'ru', stem: 'талиб', maxSuffix: 3 }] }),
      entry('is', { en: ['Islamic State', 'Islamic State of Iraq and the Levant'] }),
      entry('state', { en: ['State'] }),
      entry('meduza', { en: ['Meduza'] }),
      entry('mk', { en: ['Moskovsky Komsomolets'] }, { caseSensitive: ['MK', 'МК'] }),
      entry('ponomarev', { ru: ['Лев Пономарёв'] }),
      entry('aq', { ru: ['Аль-Каида', 'Аль-Каиды'] }),
      entry('dup', { en: ['Twice', 'twice', 'TWICE'] }),
    ],
    [label],
  );
const TEST = compilePacks([TEST_PACK]);
const TEST_PATTERNS = packPatterns(TEST_PACK);

function find(text: string, compiled = TEST): Match[] {
  return findMatches(compiled, prepareText(text));
}

/** "ref=matched text" for each match, in order. */
function found(text: string, compiled = TEST): string[] {
  return find(text, compiled).map((m) => `${m.ref.split('/')[1]}=${text.slice(m.start, m.end)}`);
}

describe('compilePacks', () => {
  it('keeps one pattern per distinct normalised name of an entry', () => {
    const dup = TEST_PATTERNS.filter((p) => p.ref === 'test/dup');
    expect(dup.map((p) => p.text)).toEqual(['twice']);
  });

  it('records kind, ref, case-sensitivity and stem suffix lengths', () => {
    expect(TEST_PATTERNS).toContainEqual({ kind: 'entry', ref: 'test/mk', text: 'MK', caseSensitive: true, maxSuffix: 0 });
    expect(TEST_PATTERNS).toContainEqual({ kind: 'entry', ref: 'test/taliban', text: 'талиб', caseSensitive: false, maxSuffix: 3 });
    expect(TEST_PATTERNS).toContainEqual({ kind: 'label', ref: 'test/fa', text: 'recognized as a foreign agent', caseSensitive: false, maxSuffix: 0 });
  });

  it('compiles the shipped packs', () => {
    const c = compilePacks(SHIPPED_PACKS);
    const { library } = c.libraries[0]!;
    const patterns = library.patterns.kind.length;
    expect(patterns).toBeGreaterThan(100);
    expect(library.automaton.size).toBeGreaterThan(patterns);
  });
});

describe('prepareText', () => {
  it('collapses runs of white space to one space and keeps a map to the original offsets', () => {
    const p = prepareText('a  \t b');
    expect(p.cased).toBe('a b');
    expect(Array.from(p.origin)).toEqual([0, 1, 5, 6]);
  });

  it('keeps block breaks as "\\n" and lets a break absorb the spaces around it', () => {
    const p = prepareText('  One \n  Two ');
    expect(p.cased).toBe('One\nTwo ');
  });

  it('folds case, ё, quotes and dashes in `folded` but keeps the case in `cased`', () => {
    const p = prepareText('Пономарёв — «МК»');
    expect(p.cased).toBe('Пономарев - "МК"');
    expect(p.folded).toBe('пономарев - "мк"');
  });

  it('drops soft hyphens, mapping around them', () => {
    const p = prepareText('Тали\u00adбан');
    expect(p.folded).toBe('талибан');
    expect(p.origin[4]).toBe(5);
  });
});

describe('findMatches', () => {
  it('brings inflected Russian forms to the entry through its stem', () => {
    expect(found('Талибан, талибов, талибами, талиба и талиб.')).toEqual([
      'taliban=Талибан',
      'taliban=талибов',
      'taliban=талибами',
      'taliban=талиба',
      'taliban=талиб',
    ]);
  });

  it('does not match a stem followed by more letters than allowed, or inside a longer word', () => {
    expect(found('талибанский талибанизация антиталибы')).toEqual([]);
  });

  it('lets the longest match win where names overlap', () => {
    expect(found('The Islamic State said so.')).toEqual(['is=Islamic State']);
    expect(found('The Islamic State of Iraq and the Levant said so.')).toEqual(['is=Islamic State of Iraq and the Levant']);
    expect(found('The State said so.')).toEqual(['state=State']);
  });

  it('prefers "the Taliban" over "Taliban" and keeps the offsets of the original text', () => {
    const text = 'fighters of  the\u00a0Taliban took';
    const [m] = find(text);
    expect(m).toMatchObject({ kind: 'entry', ref: 'test/taliban' });
    expect(text.slice(m!.start, m!.end)).toBe('the\u00a0Taliban');
  });

  it('matches case-sensitive names only with their exact capitals', () => {
    expect(found('MK reported it; mk did not; Mk neither; МК and мк.')).toEqual(['mk=MK', 'mk=МК']);
  });

  it('matches other names case-insensitively', () => {
    expect(found('MEDUZA and meduza and Meduza')).toEqual(['meduza=MEDUZA', 'meduza=meduza', 'meduza=Meduza']);
  });

  it('uses Unicode word boundaries, not ASCII ones', () => {
    expect(found('Meduzaxyz xMeduza Meduza2 MK2 Meduzaжж')).toEqual([]);
    expect(found('«Meduza», (Meduza) Meduza-')).toEqual(['meduza=Meduza', 'meduza=Meduza', 'meduza=Meduza']);
    // Cyrillic letters are letters: "МКС" (the space station) is not "МК".
    expect(found('МКС')).toEqual([]);
  });

  it('matches across ё/е and typographic dashes', () => {
    expect(found('Лев Пономарев и Лев Пономарёв')).toEqual(['ponomarev=Лев Пономарев', 'ponomarev=Лев Пономарёв']);
    expect(found('члены Аль‑Каиды')).toEqual(['aq=Аль‑Каиды']);
  });

  it('never matches across a block break', () => {
    expect(found('Islamic\nState')).toEqual(['state=State']);
  });

  it('matches a name split by a soft hyphen', () => {
    expect(found('Тали\u00adбан заявил')).toEqual(['taliban=Тали\u00adбан']);
  });

  it('finds label phrases as label matches', () => {
    const ms = find('Meduza (recognized as a foreign agent) wrote');
    expect(ms.map((m) => m.kind)).toEqual(['entry', 'label']);
    expect(ms[1]!.ref).toBe('test/fa');
  });

  it('returns matches in text order', () => {
    const ms = find('Meduza, MK, the Taliban, Meduza');
    const starts = ms.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(ms).toHaveLength(4);
  });

  it('finds the shipped Taliban entry from Russian text', () => {
    const c = compilePacks(SHIPPED_PACKS);
    const refs = find('Представители Талибана и талибов встретились с талибами.', c).map((m) => m.ref);
    expect(refs).toEqual(['designated-entities/taliban', 'designated-entities/taliban', 'designated-entities/taliban']);
  });
});
