// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Entry, Label, Pack } from '../../src/core/glossary/pack';
import { compilePacks, findMatches, prepareText } from '../../src/core/match/matcher';
import { buildNotes, quotedName } from '../../src/core/notes/build-notes';
import { SHIPPED_PACKS } from '../../src/extension/packs';
import { notesFor } from './helpers/notes';

// A pack of its own, so that the shipped packs can grow (and list Memorial, say) without changing what
// these tests mean. The shipped packs are used once, at the end, for Russian text.
const src = (t: string) => ({ title: `Wikipedia: ${t}`, url: `https://en.wikipedia.org/wiki/${t}` });
const entry = (id: string, kind: string, names: Record<string, string[]>, extra: Partial<Entry> = {}): Entry => ({
  id,
  kind,
  names,
  summary: `About ${id}.`,
  sources: [src(id)],
  ...extra,
});
const designation = (type: Label['type'], since: string) => ({ jurisdiction: 'RU', type, list: `${type} list`, since, source: src(type) });
const label = (id: string, type: Label['type'], title: string, phrases: Record<string, string[]>): Label => ({
  id,
  jurisdiction: 'RU',
  type,
  title,
  phrases,
  explanation: `What ${title} means.`,
  law: type === 'terrorist' ? 'Federal Law No. 35-FZ' : 'Federal Law No. 255-FZ',
  sources: [src(id)],
});
const TEST_PACK: Pack = {
  id: 't',
  version: '1',
  title: 'Test',
  languages: ['en', 'ru'],
  entries: [
    entry('taliban', 'movement', { en: ['Taliban', 'the Taliban'], ru: ['Талибан'] }, {
      stems: [{ lang: 'ru', stem: 'талиб', maxSuffix: 3 }],
      designations: [
        { jurisdiction: 'RU', type: 'terrorist', list: 'FSB list', since: '2003-02-14', suspended: '2025-04-17', source: src('Taliban') },
      ],
    }),
    entry('islamic-state', 'organization', { en: ['Islamic State'] }, { designations: [designation('terrorist', '2014-12-29')] }),
    entry('meduza', 'media', { en: ['Meduza'], ru: ['Медуза'] }, { designations: [designation('foreign-agent', '2021-04-23')] }),
    entry('bellingcat', 'media', { en: ['Bellingcat'] }, { designations: [designation('foreign-agent', '2021-10-08')] }),
    entry('riga', 'place', { en: ['Riga'] }),
    entry('tajikistan', 'place', { en: ['Tajikistan'] }),
    entry('ru-only', 'place', { ru: ['Пяндж'] }),
  ],
  labels: [
    label('terrorist', 'terrorist', 'Banned as terrorist in Russia', {
      en: ["the organization's activities are prohibited on the territory of the Russian Federation", 'a terrorist organization banned in Russia'],
      ru: ['террористическая организация, запрещена в РФ'],
    }),
    label('foreign-agent', 'foreign-agent', 'Foreign agent (Russia)', {
      en: ['recognized as a foreign agent', 'listed as a foreign agent'],
      ru: ['признано иноагентом'],
    }),
  ],
};
const compiled = compilePacks([TEST_PACK]);
const TERRORIST = 't/terrorist';
const FOREIGN_AGENT = 't/foreign-agent';

function notes(text: string, published: string | null = '2021-07-09', today = '2026-11-25', packs = compiled) {
  return buildNotes({ text, matches: findMatches(packs, prepareText(text)), compiled: packs, published, today });
}

const links = (r: ReturnType<typeof notes>) => Object.fromEntries(r.notes.map((n) => [n.id, n.labels]));

describe('buildNotes', () => {
  it('makes one note per entity in order of first mention, counting mentions', () => {
    const r = notes('Meduza wrote about the Taliban. Then Meduza wrote about Tajikistan and the Taliban again, and Meduza once more.');
    expect(r.notes.map((n) => [n.id, n.mentions])).toEqual([
      ['t/meduza', 3],
      ['t/taliban', 2],
      ['t/tajikistan', 1],
    ]);
  });

  it('fills a note from its entry: first English name as title, kind, summary, sources and status', () => {
    const [n] = notes('Талибан заявил об этом.').notes;
    expect(n).toMatchObject({ id: 't/taliban', title: 'Taliban', kind: 'movement', labels: [], mentions: 1 });
    expect(n!.summary).toBe('About taliban.');
    expect(n!.sources).toEqual([{ title: 'Wikipedia: taliban', url: 'https://en.wikipedia.org/wiki/taliban' }]);
    expect(n!.status).toHaveLength(1);
    expect(n!.status[0]!.atPublication).not.toContain('suspended');
    expect(n!.status[0]!.now).toContain('suspended since 17 Apr 2025');
  });

  it('links a label to the entity just before it in the same sentence', () => {
    const r = notes(
      "Fighters of the Taliban (the organization's activities are prohibited on the territory of the Russian Federation) crossed the river.",
    );
    expect(links(r)).toEqual({ 't/taliban': [TERRORIST] });
    expect(r.labels.map((l) => [l.id, l.occurrences])).toEqual([[TERRORIST, 1]]);
  });

  it('links to the nearest entity before the label, not an earlier one', () => {
    const r = notes('Reporters of Meduza and of Bellingcat (recognized as a foreign agent) were named.');
    expect(links(r)).toEqual({ 't/meduza': [], 't/bellingcat': [FOREIGN_AGENT] });
  });

  it('does not link across a sentence boundary', () => {
    const r = notes('The story was first reported by Meduza. Its editor was later recognized as a foreign agent.');
    expect(r.notes.find((n) => n.id === 't/meduza')!.labels).toEqual([]);
    const unlisted = r.notes.find((n) => n.kind === 'unlisted')!;
    expect(unlisted.labels).toEqual([FOREIGN_AGENT]);
  });

  it('does not link across a paragraph break', () => {
    const r = notes('A column by Meduza\nrecognized as a foreign agent in the headline of another story');
    expect(r.notes.find((n) => n.id === 't/meduza')!.labels).toEqual([]);
  });

  it('links a label written before the name to the entity right after it', () => {
    const r = notes('Recognized as a foreign agent, Meduza kept publishing from Latvia.');
    expect(links(r)).toEqual({ 't/meduza': [FOREIGN_AGENT] });
  });

  it('links Russian labels to Russian names', () => {
    const r = notes('Издание «Медуза» (признано иноагентом) сообщило, что боевики движения Талибан (террористическая организация, запрещена в РФ) заняли город.');
    expect(links(r)).toEqual({ 't/meduza': [FOREIGN_AGENT], 't/taliban': [TERRORIST] });
  });

  it('quotes the name of an unlisted entity before a label', () => {
    const r = notes('The Memorial Human Rights Centre (recognized as a foreign agent) said the trial was unfair.');
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toMatchObject({
      id: 'unlisted:memorial human rights centre',
      title: 'Memorial Human Rights Centre',
      kind: 'unlisted',
      mentions: 1,
      labels: [FOREIGN_AGENT],
      status: [],
      sources: [],
    });
    expect(r.notes[0]!.summary).toContain('Foreign agent (Russia)');
  });

  it('merges repeated labels for the same unlisted name into one note', () => {
    const r = notes('Memorial (recognized as a foreign agent) appealed. In May, Memorial (recognized as a foreign agent) lost.');
    expect(r.notes.map((n) => [n.id, n.mentions])).toEqual([['unlisted:memorial', 2]]);
    expect(r.labels[0]!.occurrences).toBe(2);
  });

  it('still explains a label with no name before it', () => {
    const r = notes('the group, listed as a foreign agent, did not answer.');
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toMatchObject({ id: `unnamed:${FOREIGN_AGENT}`, title: 'Not named in the text', labels: [FOREIGN_AGENT] });
  });

  it('never ties a label to an entry whose records hold no such designation: the note names it as printed', () => {
    const r = notes('Offices in Riga (recognized as a foreign agent) closed.');
    expect(links(r)).toEqual({ 't/riga': [], 'unlisted:riga': [FOREIGN_AGENT] });
    const printed = r.notes.find((n) => n.id === 'unlisted:riga')!;
    expect(printed.title).toBe('Riga');
    expect(printed.summary).toContain('hold no record of such a designation');
  });

  it('reports each label once with its law, explanation and occurrence count', () => {
    const r = notes('The Taliban (a terrorist organization banned in Russia) and the Islamic State (a terrorist organization banned in Russia) fought.');
    expect(r.labels).toHaveLength(1);
    expect(r.labels[0]).toMatchObject({
      id: TERRORIST,
      type: 'terrorist',
      jurisdiction: 'RU',
      title: 'Banned as terrorist in Russia',
      explanation: 'What Banned as terrorist in Russia means.',
      sources: [src('terrorist')],
      occurrences: 2,
    });
    expect(r.labels[0]!.law).toContain('35-FZ');
    expect(links(r)).toEqual({ 't/taliban': [TERRORIST], 't/islamic-state': [TERRORIST] });
  });

  it('records the spans of mentions and of the labels linked to each note', () => {
    const text = 'Meduza (recognized as a foreign agent) wrote.';
    const r = notes(text);
    const spans = r.spans.get('t/meduza')!.map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['Meduza', 'recognized as a foreign agent']);
  });

  it('gives no status at publication when the article has no date', () => {
    const [n] = notes('The Taliban said so.', null).notes;
    expect(n!.status[0]!.atPublication).toBeNull();
  });

  it('titles a note without English names by its first name', () => {
    expect(notes('Река Пяндж.').notes[0]!.title).toBe('Пяндж');
  });

  it('links labels in Russian text with the shipped packs', () => {
    const shipped = compilePacks(SHIPPED_PACKS);
    const r = notesFor('Боевики движения Талибан (террористическая организация, запрещена в РФ) заняли переходы.', shipped, '2021-07-09');
    const taliban = r.notes.find((n) => n.id === 'designated-entities/taliban')!;
    expect(taliban.labels).toEqual(['ru-designation-labels/ru-terrorist']);
    expect(taliban.status[0]!.atPublication).not.toContain('suspended');
    expect(taliban.status[0]!.now).toContain('suspended since 17 Apr 2025');
  });

  it("says that 'now' is as of its pack's data date, once that date has passed", () => {
    const dated = compilePacks([{ ...TEST_PACK, dataAsOf: '2026-12-01' }]);
    expect(notes('The Taliban said so.', null, '2026-12-05', dated).notes[0]!.dataAsOf).toBe('2026-12-01');
    expect(notes('The Taliban said so.', null, '2026-11-25', dated).notes[0]!.dataAsOf).toBeUndefined();
    expect(notes('Tajikistan said so.', null, '2026-12-05', dated).notes[0]!.dataAsOf).toBeUndefined();
  });

  it('returns nothing for text without names or labels', () => {
    const r = notes('Nothing to see here.');
    expect(r.notes).toEqual([]);
    expect(r.labels).toEqual([]);
  });
});

describe('quotedName', () => {
  const at = (text: string, phrase: string) => quotedName(text, text.indexOf(phrase));

  it('takes the run of capitalised words before the label, with joining words inside it', () => {
    expect(at('Reporters said the Committee for the Defence of Journalists (recognized as a foreign agent) said', '(recognized')).toBe(
      'Committee for the Defence of Journalists',
    );
  });

  it('drops a leading "The" and the punctuation around the name', () => {
    expect(at('The Memorial Centre, recognized as a foreign agent', 'recognized')).toBe('Memorial Centre');
    expect(at('the “Sakharov Center” (recognized as a foreign agent)', 'recognized')).toBe('Sakharov Center');
  });

  it('reads Russian names', () => {
    expect(at('Правозащитный центр «Мемориал» (признано иноагентом) заявил', 'признано')).toBe('Мемориал');
  });

  it('stops at a comma before the name', () => {
    expect(at('In May, Memorial (recognized as a foreign agent) lost', '(recognized')).toBe('Memorial');
    expect(at('Russia, Belarus, Memorial (recognized as a foreign agent)', '(recognized')).toBe('Memorial');
  });

  it('stays inside the sentence', () => {
    expect(at('Memorial appealed. its lawyer, recognized as a foreign agent', 'recognized')).toBeNull();
  });

  it('gives null when nothing capitalised is close', () => {
    expect(at('a local group of volunteers and their friends, recognized as a foreign agent', 'recognized')).toBeNull();
  });
});
