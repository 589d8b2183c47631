// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compilePacks } from '../../src/core/match/matcher';
import { SHIPPED_PACKS } from '../../src/extension/packs';
import { labelLinks, notesFor, recognisedIn } from './helpers/notes';

// The shape recogniser on sentences written for these tests: each frame, the name it points at, and the
// look-alikes that are no labels. Results read "label frame -> targets" (pack entry ids, or names as printed).

const packs = compilePacks(SHIPPED_PACKS);
const labels = (text: string) => recognisedIn(text, packs);

describe('label frames', () => {
  it('parenthesis: the name before it, whole, never a word inside the label', () => {
    // A listed person is found in the register pack; a name no pack knows is quoted as printed.
    expect(labels('Блогер Юрий Дудь (признан в РФ СМИ-иноагентом) выпустил новое интервью.')).toEqual(['ru-foreign-agent parenthesis -> fa-360']);
    expect(labels('Блогер Юрий Дудкин (признан в РФ СМИ-иноагентом) выпустил новое интервью.')).toEqual(['ru-foreign-agent parenthesis -> Юрий Дудкин']);
    expect(labels('Защиту ведёт адвокат Марины Гордеевской (признана иноагентом).')).toEqual(['ru-foreign-agent parenthesis -> Марины Гордеевской']);
  });

  // A ban printed without its list stays the generic ban label; the entity's note says which list it is on.
  it('parenthesis: a name at its start, and an alias that is not a second entity', () => {
    expect(labels('Генпрокуратура подала иск против Фонда борьбы с коррупцией (ФБК, внесён Минюстом в реестр иноагентов).')).toEqual([
      'ru-foreign-agent parenthesis -> fbk',
    ]);
    expect(labels('Fighters of the Hayat Tahrir al-Sham group (formerly known as Jabhat al-Nusra, banned in Russia) shelled the town.')).toEqual([
      'ru-banned parenthesis -> hts',
    ]);
  });

  it('parenthesis: one label per list it names, each for the same name', () => {
    expect(labels('Политолог Анна Кравец (признана в РФ иноагентом и внесена в перечень террористов и экстремистов) ответила.')).toEqual([
      'ru-foreign-agent parenthesis -> Анна Кравец',
      'ru-terrorist-extremist-list parenthesis -> Анна Кравец',
    ]);
  });

  it('parenthesis after an unnamed group names no one, and never the city in the sentence', () => {
    expect(labels('Police in Dushanbe detained members of a cell (banned in Russia) on Monday.')).toEqual(['ru-banned parenthesis -> -']);
  });

  it('comma clause: the name before the comma, also in a relative clause with an active verb', () => {
    expect(labels('В Казани задержали сторонников «Северного братства», признанного в РФ экстремистским.')).toEqual(['ru-extremist clause -> Северного братства']);
    expect(labels('Телеканал «Дождь», который российские власти объявили «нежелательным», начал вещание из Амстердама.')).toEqual([
      'ru-undesirable clause -> tv-rain',
    ]);
    expect(labels('Members of Hizb ut-Tahrir, outlawed in Russia, were detained.')).toEqual(['ru-banned clause -> hizb-ut-tahrir']);
  });

  it('pre-nominal clause: the name after it, not the organisation named earlier in the sentence', () => {
    expect(
      labels('По данным ФСБ, члены ячейки, связанной с «Хизб ут-Тахрир», переводили деньги запрещённой в России террористической организации «Исламское государство».'),
    ).toEqual(['ru-terrorist pre-nominal -> islamic-state']);
    expect(labels('Адвокаты внесённого Минюстом в реестр СМИ-иноагентов журналиста Олега Ракитина обжалуют арест.')).toEqual([
      'ru-foreign-agent pre-nominal -> Олега Ракитина',
    ]);
    expect(labels('Agents detained four members of the outlawed terrorist organization Islamic State in Kazan.')).toEqual([
      'ru-terrorist pre-nominal -> islamic-state',
    ]);
  });

  it('predicate: a status stated of a name, with its list or Russia', () => {
    expect(labels('Bellingcat has been declared an "undesirable organization" by Russian prosecutors.')).toEqual(['ru-undesirable predicate -> bellingcat']);
    expect(labels('Supporters of the Islamic State (IS) banned in Russia were detained.')).toEqual(['ru-banned predicate -> islamic-state']);
  });

  it('footnote: every name with as many stars, plural or not, and the name a footnote gives itself', () => {
    const text = [
      'Минюст РФ признал иноагентами блогера Сидоренко* и журналистку Ветрову*, а также фонд «Открытый архив»**.',
      '* Признаны иностранными агентами в России.',
      '** Организация признана нежелательной на территории РФ.',
    ].join('\n');
    expect(labels(text)).toEqual(['ru-foreign-agent footnote -> Сидоренко, Ветрову', 'ru-undesirable footnote -> Открытый архив']);
    expect(labels('Пост в Instagram* удалён.\n* Instagram принадлежит компании Meta, деятельность которой признана экстремистской и запрещена в РФ.')).toEqual([
      'ru-extremist footnote -> meta',
    ]);
  });

  it('caption: a label line alone labels the short name line above it', () => {
    expect(labels('«Важные истории»\nОбъявлены в России «иностранным агентом».')).toEqual(['ru-foreign-agent caption -> istories']);
  });

  it('banner: at the start of a line only, for the outlet unless it names the agent', () => {
    expect(labels('Данное сообщение (материал) создано и (или) распространено иностранным средством массовой информации, выполняющим функции иностранного агента.')).toEqual([
      'ru-foreign-agent banner -> (outlet)',
    ]);
    expect(labels('THIS MATERIAL (INFORMATION) WAS PRODUCED AND/OR DISTRIBUTED BY A FOREIGN AGENT, THE NORTH LIGHT CENTRE, OR CONCERNS ITS ACTIVITIES.')).toEqual([
      'ru-foreign-agent banner -> NORTH LIGHT CENTRE',
    ]);
  });
});

describe('look-alikes that are no labels', () => {
  it.each([
    ['an event with an active verb', 'В пятницу Минюст внёс Ивана Петрова в реестр иноагентов.'],
    ['a past passive with its date', 'ФБК был признан экстремистской организацией летом 2021 года.'],
    ['an English event', 'Meduza was declared a foreign agent on Friday.'],
    ['an English active perfect', 'Russia has designated Bellingcat an undesirable organization.'],
    ['a subject that is a body', "Russia's Supreme Court banned the group in 2017."],
    ['a ban in another country', '«Хизб ут-Тахрир» (запрещена в Казахстане) провела встречу.'],
    ['another body', 'The movement is designated a terrorist organization by the United Nations.'],
    ['a ban in an unnamed country', 'Бывший лидер запрещённой в стране партии «Народный выбор» дал интервью.'],
    ['a forecast', 'Bloggers may be recognized as foreign agent media outlets, a deputy said.'],
    ['a law', 'The Foreign Agents Registration Act (FARA) dates from 1938.'],
    ['a terrorist attack', 'After the terrorist attack on the concert hall, security was tightened.'],
    ['an app ban', 'Regulators banned the import of drones and a popular messaging app.'],
  ])('%s', (_, text) => {
    expect(labels(text)).toEqual([]);
  });
});

describe('notes from recognised labels', () => {
  it("keeps another jurisdiction's phrase labels, also beside Russian labels of the same type", () => {
    const belarus = {
      id: 'by', version: '1', title: 'Belarus', languages: ['en'], entries: [],
      labels: [{ id: 'by-extremist', jurisdiction: 'BY', type: 'extremist' as const, title: 'Extremist formation (Belarus)', phrases: { en: ['an extremist formation in Belarus'] }, explanation: 'e', law: 'l', sources: [{ title: 's', url: 'https://example.org/' }] }],
    };
    const r = notesFor('The channel Minsk Voice, declared an extremist formation in Belarus, kept posting.', compilePacks([...SHIPPED_PACKS, belarus]));
    expect(r.labels.map((l) => l.id)).toEqual(['by/by-extremist']);
  });

  it('reports one label per type whatever its wording, keeping the wordings as printed', () => {
    const r = notesFor('Юрий Дудь (признан в РФ СМИ-иноагентом) и Анна Кравец, внесённая Минюстом в реестр иностранных агентов, выступили.', packs);
    expect(r.labels.map((l) => [l.id, l.occurrences, l.printed])).toEqual([
      ['ru-designation-labels/ru-foreign-agent', 2, ['признан в РФ СМИ-иноагентом', 'внесённая Минюстом в реестр иностранных агентов']],
    ]);
  });

  it('ties a label to an entry only when its records hold such a designation, else names it as printed', () => {
    const r = notesFor('Журналисты из Душанбе (признаны иноагентами) уехали.', packs);
    expect(r.notes.map((n) => [n.id, n.labels])).toEqual([
      ['world-context/dushanbe', []],
      ['unlisted:душанбе', ['ru-designation-labels/ru-foreign-agent']],
    ]);
  });

  it('keeps an ambiguous short name only with its context or a label', () => {
    expect(notesFor('Рецепты она выкладывает в ИГ каждый день.', packs).notes).toEqual([]);
    expect(labelLinks('Боевики группировки ИГ, которая признана террористической, отступили.', packs)).toEqual(['ru-terrorist -> designated-entities/islamic-state']);
    expect(notesFor('Боевики ИГ отступили к границе Сирии.', packs).notes.map((n) => n.id)).toContain('designated-entities/islamic-state');
  });
});

describe('bounded work on hostile text', () => {
  it('reads a huge page of starred names and footnotes, and one endless line, without blowing up', () => {
    const starred = Array.from({ length: 3000 }, (_, i) => `Блогер Иван${i} Петров* выступил.`).join('\n');
    const footnotes = Array.from({ length: 3000 }, () => '* Признан иноагентом.').join('\n');
    const endless = 'запрещённой в России организации «Икс» '.repeat(20_000);
    const r = notesFor(`${starred}\n${footnotes}\n${endless}`, packs);
    expect(r.labels.map((l) => l.id)).toEqual(expect.arrayContaining(['ru-designation-labels/ru-foreign-agent', 'ru-designation-labels/ru-banned']));
  });
});

