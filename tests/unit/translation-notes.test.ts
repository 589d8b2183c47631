// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/core/glossary/pack';
import { compilePacks, findMatches, prepareText } from '../../src/core/match/matcher';
import { buildTranslationNotes, containsWord } from '../../src/core/notes/translation-notes';

const SOURCE = { title: 'Wikipedia: Takhar Province', url: 'https://en.wikipedia.org/wiki/Takhar_Province' };
const PACK: Pack = {
  id: 'tn',
  version: '1',
  title: 'Translation notes',
  languages: ['en'],
  entries: [],
  labels: [],
  translationNotes: [
    {
      id: 'tehran-takhar',
      phrases: { en: ['Tehran province'] },
      meaning: 'Most likely Takhar province in Afghanistan.',
      context: ['Afghanistan', 'Taliban', 'Kunduz'],
      sources: [SOURCE],
    },
  ],
};
const compiled = compilePacks([PACK]);

function notesFor(text: string) {
  const prepared = prepareText(text);
  return buildTranslationNotes({ text, folded: prepared.folded, matches: findMatches(compiled, prepared), compiled });
}

describe('translation notes', () => {
  it('show when a context word is in the article', () => {
    const { translations, spans } = notesFor('The Taliban entered Taloqan, capital of Tehran province, on Sunday.');
    expect(translations).toHaveLength(1);
    expect(translations[0]).toMatchObject({ id: 'tn/tehran-takhar', phrase: 'Tehran province', context: ['Taliban'], occurrences: 1 });
    expect(translations[0]!.sources).toEqual([SOURCE]);
    const span = spans.get('translation:tn/tehran-takhar')![0]!;
    expect('The Taliban entered Taloqan, capital of Tehran province, on Sunday.'.slice(span.start, span.end)).toBe('Tehran province');
  });

  it('stay silent without their context (an article about Iran)', () => {
    expect(notesFor('Air quality in Tehran province worsened again this winter, officials in Iran said.').translations).toEqual([]);
  });

  it('count every occurrence once the context holds', () => {
    const { translations } = notesFor('Tehran province again. Fighting in Kunduz. Later, Tehran province.');
    expect(translations[0]!.occurrences).toBe(2);
  });
});

describe('containsWord', () => {
  it('finds whole words and short inflections, not parts of longer words', () => {
    expect(containsWord('бои в афганистане', 'афганистан')).toBe(true);
    expect(containsWord('talibanistanization', 'taliban')).toBe(false);
    expect(containsWord('the taliban said', 'taliban')).toBe(true);
    expect(containsWord('antitaliban', 'taliban')).toBe(false);
  });
});
