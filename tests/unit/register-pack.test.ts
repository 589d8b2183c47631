// @vitest-environment node
import { textIn } from '../../src/core/glossary/local-text';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../src/core/glossary/validate';
import { compilePacks } from '../../src/core/match/matcher';
import { main } from '../../src/cli/main';
import { buildRegisterPack, lawOf, organisationNames } from '../../src/cli/register/build-register-pack';
import { rowsFromMinistryCsv } from '../../src/cli/register/ministry-csv';
import { parsePersonName, personForms, transliterate } from '../../src/cli/register/names';
import { SHIPPED_PACKS } from '../../src/extension/packs';
import type { Pack } from '../../src/core/glossary/pack';
import { buildRegisterPackTexts, CURATED_PACK_FILES, REGISTER_PACKS, sharedDir } from '../../src/build/register-packs';
import { notesFor } from './helpers/notes';

// The register pack builder on small register files written for these tests, in the layout of
// ../shared/registers. The case forms below were checked by hand against Russian grammar.

const SOURCE = { title: 'Test register copy', url: 'https://registers.example/copy' };
const FOREIGN_AGENTS = [
  { n: 1, name: 'Дудь Юрий Александрович', kind: 'person', resources: ['https://t.me/private'], included: '2022-04-15', excluded: null },
  { n: 2, name: 'Шульман Екатерина Михайловна', kind: 'person', resources: [], included: '2022-04-15', excluded: null },
  { n: 3, name: 'Общество с ограниченной ответственностью «Северный дозор»', kind: 'organization', resources: ['https://www.dozor.example/', 'https://t.me/dozor'], included: '2021-05-14', excluded: '2023-02-01' },
  { n: 4, name: 'Юридическое лицо SIA «Baltic Lantern», зарегистрированное в Латвийской Республике', kind: 'organization', resources: [], included: '2023-01-20', excluded: null },
];
const UNDESIRABLE = [{ n: 7, name: 'Stichting Open Lens (Нидерланды)', decided: '2023-03-03', included: '2023-03-21', excluded: null }];

const build = (kind: 'foreign-agents' | 'undesirable', rows: unknown) => {
  const r = buildRegisterPack(kind, rows, { asOf: '2024-10-01', source: SOURCE });
  if ('errors' in r) throw new Error(r.errors.join('; '));
  return r.pack;
};

describe('person names', () => {
  it('reads "Surname Given-name Patronymic" and makes every case in both genders', async () => {
    const dud = personForms(parsePersonName('Дудь Юрий Александрович')!);
    expect(dud.full).toEqual(expect.arrayContaining(['Юрий Дудь', 'Дудь Юрий', 'Юрий Александрович Дудь', 'Юрия Дудя', 'Юрию Дудю', 'Юрием Дудем', 'Юрии Дуде']));
    expect(dud.surname).toEqual(['Дудь', 'Дудя', 'Дудю', 'Дудем', 'Дуде']);
    const schulman = personForms(parsePersonName('Шульман Екатерина Михайловна')!);
    expect(schulman.full).toEqual(expect.arrayContaining(['Екатерины Шульман', 'Екатерину Шульман', 'Екатериной Шульман', 'Екатерине Шульман']));
    expect(schulman.surname).toEqual(['Шульман']);
  });

  it('writes English forms as English-language media do', async () => {
    expect(transliterate('Юрий Дудь')).toBe('Yury Dud');
    expect(transliterate('Илья Пономарев')).toBe('Ilya Ponomarev');
    expect(transliterate('Екатерина Кара-Мурза')).toBe('Yekaterina Kara-Murza');
  });
});

describe('organisation names', () => {
  it('takes quoted and Latin names, with and without the legal form, and never a legal form alone', async () => {
    expect(organisationNames('Общество с ограниченной ответственностью «Северный дозор»')).toEqual(['Северный дозор']);
    expect(organisationNames('Юридическое лицо SIA «Baltic Lantern», зарегистрированное в Латвийской Республике')).toEqual(['Baltic Lantern']);
    expect(organisationNames('Stichting Open Lens (Нидерланды)')).toEqual(['Stichting Open Lens', 'Open Lens']);
    expect(organisationNames('Limited liability company (SIA) «Lantern Media» («Лантерн Медиа»)')).toEqual(['Lantern Media', 'Лантерн Медиа']);
  });
});

describe('buildRegisterPack', () => {
  const fa = build('foreign-agents', FOREIGN_AGENTS);

  it('builds a pack that validates, dated by its register copy', async () => {
    expect(validatePack(fa).ok).toBe(true);
    expect(fa).toMatchObject({ id: 'ru-register-foreign-agents', dataAsOf: '2024-10-01' });
    expect(fa.entries.map((e) => e.id)).toEqual(['fa-1', 'fa-2', 'fa-3', 'fa-4']);
  });

  it('gives a person the name forms, an English title, the dates and nothing personal but the name', async () => {
    const dud = fa.entries[0]!;
    expect(dud.names.en).toEqual(['Yury Dud']);
    // Only the forms with the patronymic count alone; two-word forms, the surname and English need a label.
    const alone = Object.values(dud.names).flat().filter((n) => !dud.ambiguous!.includes(n));
    expect(alone.length).toBeGreaterThan(6);
    for (const n of alone) expect(n.split(' ')).toHaveLength(3);
    expect(dud.ambiguous).toEqual(expect.arrayContaining(['Юрий Дудь', 'Юрия Дудя', 'Дудь Юрий', 'Дудь', 'Дудя', 'Дудю', 'Дудем', 'Дуде', 'Yury Dud']));
    expect(dud.designations).toEqual([
      { jurisdiction: 'RU', type: 'foreign-agent', list: { en: 'Ministry of Justice register of foreign agents', ru: 'Реестр иностранных агентов Минюста' }, since: '2022-04-15', source: { title: 'Test register copy, row 1', url: SOURCE.url } },
    ]);
    expect(dud.summary).toEqual({
      en: "Listed in Russia's register of foreign agents since 15 Apr 2022 (register copy of 1 Oct 2024).",
      ru: 'В реестре иностранных агентов Минюста России с 15 апреля 2022 г. (копия реестра на 1 октября 2024 г.).',
    });
    expect(JSON.stringify(dud)).not.toContain('t.me/private');
  });

  it('says the law an entry was listed under, in English and in Russian, from the register\'s wording', async () => {
    expect(lawOf('Статья 7 Федерального закона от 14.07.2022 No 255-ФЗ«О контроле за деятельностью лиц, находящихся под иностранным влиянием»')).toEqual({
      en: 'art. 7 of Federal Law No. 255-FZ of 14 July 2022 on foreign influence',
      ru: 'ст. 7 Федерального закона от 14 июля 2022 г. № 255-ФЗ об иностранном влиянии',
    });
    expect(lawOf('Статья 6 Закона Российской Федерации от 27.12.1991 No 2124-1 «О средствах массовой информации»')?.en).toBe('art. 6 of the Mass Media Law, No. 2124-1');
    expect(lawOf('Статья 32 Федерального закона от 12.01.1996 No 7-ФЗ «О некоммерческих организациях»')?.en).toBe('art. 32 of Federal Law No. 7-FZ on non-commercial organisations');
    expect(lawOf('Какой-то иной закон')).toBeNull();
    const withLaw = build('foreign-agents', [{ ...FOREIGN_AGENTS[1], law: 'Статья 9 Федерального закона от 14.07.2022 No 255-ФЗ' }]).entries[0]!;
    expect(textIn(withLaw.summary, 'en')).toBe("Listed in Russia's register of foreign agents since 15 Apr 2022, under art. 9 of Federal Law No. 255-FZ of 14 July 2022 on foreign influence (register copy of 1 Oct 2024).");
    expect(withLaw.designations![0]!.note).toEqual({
      en: 'Listed under art. 9 of Federal Law No. 255-FZ of 14 July 2022 on foreign influence.',
      ru: 'Внесение в реестр на основании ст. 9 Федерального закона от 14 июля 2022 г. № 255-ФЗ об иностранном влиянии.',
    });
  });

  it('says when an entry was removed, and names an organisation by its site', async () => {
    const dozor = fa.entries[2]!;
    expect(dozor.designations![0]).toMatchObject({ since: '2021-05-14', until: '2023-02-01' });
    expect(textIn(dozor.summary, 'en')).toContain('from 14 May 2021 until its removal on 1 Feb 2023');
    expect(textIn(dozor.summary, 'ru')).toContain('с 14 мая 2021 г. до исключения 1 февраля 2023 г.');
    expect(Object.values(dozor.names).flat()).toEqual(expect.arrayContaining(['Северный дозор', 'dozor.example']));
    expect(Object.values(dozor.names).flat()).not.toContain('t.me');
  });

  it('dates an undesirable organisation by the decision, with the listing beside it', async () => {
    const u = build('undesirable', UNDESIRABLE);
    expect(u.entries[0]!.designations![0]).toMatchObject({ type: 'undesirable', since: '2023-03-03', listed: '2023-03-21' });
    expect(textIn(u.entries[0]!.summary, 'en')).toContain(
      "by the Prosecutor General on 3 Mar 2023 under art. 3.1 of Federal Law No. 272-FZ of 28 December 2012, on the Justice Ministry's list from 21 Mar 2023",
    );
    expect(textIn(u.entries[0]!.summary, 'ru')).toContain(
      'решением Генерального прокурора от 3 марта 2023 г. деятельность признана нежелательной в России на основании ст. 3.1 Федерального закона от 28 декабря 2012 г. № 272-ФЗ; в перечне Минюста с 21 марта 2023 г.',
    );
  });

  it('refuses rows that do not fit the layout, with their row, and builds nothing', async () => {
    expect(buildRegisterPack('foreign-agents', [{ n: 1, name: 'X', kind: 'person', included: '15.04.2022' }, 'row'], { asOf: '2024-10-01', source: SOURCE })).toEqual({
      errors: ['row 1: no inclusion date (included, YYYY-MM-DD)', 'row 2: not an object'],
    });
    expect(buildRegisterPack('undesirable', { rows: [] }, { asOf: '2024-10-01', source: SOURCE })).toEqual({ errors: ['the register file is not a list of rows'] });
  });

  it('writes an initial Е both ways in English', async () => {
    expect(fa.entries[1]!.names.en).toEqual(['Yekaterina Shulman', 'Ekaterina Shulman']);
  });

  it('lets an inflected name next to a label find its entry, and a surname alone only beside a label', async () => {
    const packs = compilePacks([...SHIPPED_PACKS.filter((p) => p.id === 'ru-designation-labels'), fa]);
    const linked = notesFor('Интервью у Юрия Дудя (признан иноагентом) вышло вчера.', packs).notes.map((n) => [n.id, n.labels]);
    expect(linked).toEqual([['ru-register-foreign-agents/fa-1', ['ru-designation-labels/ru-foreign-agent']]]);
    expect(notesFor('Дудь вышел на прогулку.', packs).notes).toEqual([]);
    expect(notesFor('Дудь* снова в эфире.\n* Признан иноагентом.', packs).notes.map((n) => n.id)).toEqual(['ru-register-foreign-agents/fa-1']);
  });
});

describe('one entity in several packs', () => {
  const curated = {
    id: 'curated',
    version: '1',
    title: 'Curated',
    languages: ['en', 'ru'],
    labels: [],
    entries: [
      {
        id: 'open-lens',
        kind: 'media',
        names: { en: ['Open Lens'], ru: ['Открытая линза'] },
        summary: 'A curated summary of Open Lens.',
        designations: [{ jurisdiction: 'RU', type: 'undesirable', list: 'list', since: '2023-03-03', source: SOURCE }],
        sources: [{ title: 'Curated source', url: 'https://curated.example/' }],
      },
    ],
  } as Pack;
  const rows = [
    ...UNDESIRABLE,
    { n: 8, name: 'Stichting Open Lens Two (Нидерланды)', decided: '2023-04-04', included: '2023-04-20', excluded: null },
    { n: 9, name: 'Организация «Голос»', decided: '2022-01-01', included: '2022-01-02' },
    { n: 10, name: 'Фонд «Голос»', decided: '2022-02-01', included: '2022-02-02' },
  ];
  const built = buildRegisterPack('undesirable', rows, { asOf: '2024-10-01', source: SOURCE, link: [curated] });
  if ('errors' in built) throw new Error(built.errors.join('; '));
  const u = built.pack;

  it('links a register entry to the curated entry it shares a name with, and marks names rows share', async () => {
    expect(u.entries[0]!.sameAs).toBe('curated/open-lens');
    expect(u.entries[1]!.sameAs).toBeUndefined();
    expect(u.entries[2]!.ambiguous).toContain('Голос');
    expect(validatePack(u).ok).toBe(true);
  });

  it('makes one note with the curated title and summary and the records of both', async () => {
    const packs = compilePacks([curated, u]);
    const { notes } = notesFor('Open Lens and Stichting Open Lens published a report.', packs);
    expect(notes.map((n) => n.id)).toEqual(['curated/open-lens']);
    expect(notes[0]!.summary).toContain('curated summary');
    expect(notes[0]!.mentions).toBe(2);
    expect(notes[0]!.status.map((l) => l.since)).toEqual(['2023-03-03']); // the same record, kept once
    expect(notes[0]!.sources.map((x) => x.url)).toEqual(['https://curated.example/', SOURCE.url]);
  });

  it('leaves the register entry its own note when the curated pack is off', async () => {
    const { notes } = notesFor('Stichting Open Lens published a report.', compilePacks([u]));
    expect(notes.map((n) => n.id)).toEqual(['ru-register-undesirable/u-7']);
  });
});

describe('the shipped register packs', () => {
  const shared = sharedDir(process.cwd());
  it.runIf(shared)('equal a fresh build from ../shared/registers (npm run build:packs)', () => {
    const curated = CURATED_PACK_FILES.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Pack);
    const fresh = buildRegisterPackTexts(shared!, curated);
    REGISTER_PACKS.forEach((spec, i) => expect(readFileSync(spec.out, 'utf8') === fresh[i], spec.out).toBe(true));
  });

  it('hold no personal identifier beyond the name', async () => {
    for (const spec of REGISTER_PACKS) {
      const text = readFileSync(spec.out, 'utf8');
      expect(text).not.toMatch(/\b\d{2}\.\d{2}\.(19|20)\d{2}\b/); // birth dates as the register writes them
      expect(text).not.toMatch(/\b\d{3}-\d{3}-\d{3} \d{2}\b/); // insurance numbers
      expect(text).not.toMatch(/\b(ИНН|СНИЛС|ОГРН)\b/);
    }
  });
});

/** build-pack reads no packs. */
const CLI = { version: 'test', packs: () => { throw new Error('no packs in build-pack'); } };

describe('reading-context build-pack', () => {
  it('writes the pack to a file and reports its size; refuses a bad date or register kind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-build-'));
    writeFileSync(join(dir, 'fa.json'), JSON.stringify(FOREIGN_AGENTS));
    const out: string[] = [];
    const err: string[] = [];
    // main() only calls write(); `never` lets the fake stand in for process.stdout and process.stderr alike.
    const stream = (sink: string[]) => ({ write: (s: string) => sink.push(s) }) as never;
    const code = await main(['build-pack', '--register', 'foreign-agents', join(dir, 'fa.json'), '--as-of', '2024-10-01', '--out', join(dir, 'pack.json')], stream(out), stream(err), CLI);
    expect(code).toBe(0);
    expect(validatePack(JSON.parse(readFileSync(join(dir, 'pack.json'), 'utf8'))).ok).toBe(true);
    expect(err.join('')).toMatch(/4 entries, \d+ names/);
    expect(await main(['build-pack', '--register', 'foreign-agents', join(dir, 'fa.json'), '--as-of', '2024-02-30'], stream(out), stream(err), CLI)).toBe(2);
    expect(await main(['build-pack', '--register', 'agents', join(dir, 'fa.json'), '--as-of', '2024-10-01'], stream(out), stream(err), CLI)).toBe(2);
    expect(err.join('')).toContain('--as-of takes the date of the register copy as YYYY-MM-DD');
  });
});

describe('the ministry CSV export', () => {
  const FA_CSV = [
    '№ п/п;Полное наименование/ФИО;Дата рождения;Информационный ресурс;Дата принятия решения о включении в реестр;Дата принятия решения об исключении из реестра',
    '1;Дудь Юрий Александрович;11.10.1986;https://t.me/private;15.04.2022;',
    '2;"Общество с ограниченной ответственностью «Северный дозор»";;"https://www.dozor.example/, https://t.me/dozor";14.05.2021;01.02.2023',
  ].join('\r\n');

  it('reads rows by their headers, tells persons by a personal column it does not keep, and builds the same pack as the JSON layout', async () => {
    const csv = rowsFromMinistryCsv('foreign-agents', `\uFEFF${FA_CSV}\r\n`);
    if ('errors' in csv) throw new Error(csv.errors.join('; '));
    expect(csv.rows).toEqual([
      { n: 1, name: 'Дудь Юрий Александрович', kind: 'person', resources: ['https://t.me/private'], included: '2022-04-15', excluded: null, law: null },
      { n: 2, name: 'Общество с ограниченной ответственностью «Северный дозор»', kind: 'organization', resources: ['https://www.dozor.example/', 'https://t.me/dozor'], included: '2021-05-14', excluded: '2023-02-01', law: null },
    ]);
    expect(JSON.stringify(csv.rows)).not.toContain('1986');
    const fromCsv = build('foreign-agents', csv.rows);
    const fromJson = build('foreign-agents', [FOREIGN_AGENTS[0], FOREIGN_AGENTS[2]]);
    const dated = (p: Pack) => p.entries.map((e) => [e.names, e.designations!.map(({ source: _s, ...d }) => d)]);
    expect(dated(fromCsv)).toEqual(dated(fromJson));
  });

  it('reads the undesirable list with the decision date inside its cell', async () => {
    const csv = rowsFromMinistryCsv('undesirable', 'n,name,Решение Генерального прокурора,Дата внесения в перечень\n7,Stichting Open Lens (Нидерланды),"решение от 03.03.2023 № 12",21.03.2023\n');
    expect(csv).toEqual({ rows: [{ n: 7, name: 'Stichting Open Lens (Нидерланды)', decided: '2023-03-03', included: '2023-03-21', excluded: null }] });
  });

  it('is read by build-pack, whose records then cite the address given with --source', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-csv-'));
    writeFileSync(join(dir, 'fa.csv'), FA_CSV);
    const sink: string[] = [];
    const stream = { write: (x: string) => sink.push(x) } as never;
    expect(await main(['build-pack', '--register', 'foreign-agents', join(dir, 'fa.csv'), '--as-of', '2024-10-01', '--source', 'https://registers.example/export', '--out', join(dir, 'p.json')], stream, stream, CLI)).toBe(0);
    const pack = JSON.parse(readFileSync(join(dir, 'p.json'), 'utf8')) as Pack;
    expect(pack.entries.flatMap((e) => e.sources.map((x) => x.url))).toEqual(['https://registers.example/export', 'https://registers.example/export']);
    expect(await main(['build-pack', '--register', 'foreign-agents', join(dir, 'fa.csv'), '--as-of', '2024-10-01', '--source', 'http://x'], stream, stream, CLI)).toBe(2);
  });

  it('says which columns it could not find', async () => {
    expect(rowsFromMinistryCsv('foreign-agents', 'Номер;Организация\n1;X\n')).toEqual({
      errors: [
        'no column for n (see src/cli/register/ministry-csv.ts for the headers read)',
        'no column for name (see src/cli/register/ministry-csv.ts for the headers read)',
        'no column for included (see src/cli/register/ministry-csv.ts for the headers read)',
      ],
    });
  });
});
