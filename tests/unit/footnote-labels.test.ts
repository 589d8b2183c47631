// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/core/glossary/pack';
import { compilePacks, findMatches, prepareText } from '../../src/core/match/matcher';
import { buildNotes, footnoteStars } from '../../src/core/notes/build-notes';

const SRC = { title: 'Wikipedia: Meta Platforms', url: 'https://en.wikipedia.org/wiki/Meta_Platforms' };
const PACK: Pack = {
  id: 'p',
  version: '1',
  title: 'Test',
  languages: ['en', 'ru'],
  entries: [
    { id: 'meta', kind: 'company', names: { en: ['Meta Platforms'] }, caseSensitive: ['Meta'], summary: 's', sources: [SRC], designations: [{ jurisdiction: 'RU', type: 'extremist', list: 'l', since: '2022-03-21', source: SRC }] },
    { id: 'fbk', kind: 'organization', names: { ru: ['ФБК'] }, summary: 's', sources: [SRC], designations: [{ jurisdiction: 'RU', type: 'extremist', list: 'l', since: '2021-06-09', source: SRC }] },
  ],
  labels: [
    { id: 'extremist', jurisdiction: 'RU', type: 'extremist', title: 'Extremist', phrases: { ru: ['признана экстремистской и запрещена в РФ'] }, explanation: 'e', law: 'l', sources: [SRC] },
    { id: 'liquidated', jurisdiction: 'RU', type: 'extremist', title: 'Liquidated', phrases: { ru: ['ликвидирована по решению суда'] }, explanation: 'e', law: 'l', sources: [SRC] },
  ],
};
const compiled = compilePacks([PACK]);

function notesFor(text: string) {
  return buildNotes({ text, matches: findMatches(compiled, prepareText(text)), compiled, published: null, today: '2026-11-25' });
}

describe('asterisk footnote labels', () => {
  it('link each footnote to the names marked with the same number of stars', () => {
    const text = [
      'Пользователи сервиса компании Meta* жаловались на сбои, об этом писал и ФБК**.',
      '* Организация признана экстремистской и запрещена в РФ.',
      '** — организация ликвидирована по решению суда.',
    ].join('\n');
    const { notes } = notesFor(text);
    expect(notes.find((n) => n.id === 'p/meta')!.labels).toEqual(['p/extremist']);
    expect(notes.find((n) => n.id === 'p/fbk')!.labels).toEqual(['p/liquidated']);
  });

  it('quote a starred name that no pack lists', () => {
    const text = 'Заявление опубликовал Штаб Сопротивления* в понедельник.\n* Организация признана экстремистской и запрещена в РФ.';
    const { notes } = notesFor(text);
    const unlisted = notes.find((n) => n.kind === 'unlisted')!;
    expect(unlisted.title).toBe('Штаб Сопротивления');
    expect(unlisted.labels).toEqual(['p/extremist']);
  });

  it('tell a footnote line from a label in running text', () => {
    const text = 'Meta (признана экстремистской и запрещена в РФ) снова в новостях.\n* признана экстремистской и запрещена в РФ';
    const [inText, inFootnote] = findMatches(compiled, prepareText(text)).filter((m) => m.kind === 'label');
    expect(footnoteStars(text, inText!)).toBe(0);
    expect(footnoteStars(text, inFootnote!)).toBe(1);
  });
});
