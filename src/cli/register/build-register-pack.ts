import type { Designation, Entry, Pack, SourceRef } from '../../core/glossary/pack';
import { isIsoDate } from '../../core/glossary/validate';
import { normalizePattern } from '../../core/match/normalize';
import { humanDate, humanDateRu } from '../../core/notes/status';
import { parsePersonName, personForms, transliterate } from './names';

// Builds a glossary pack from a copy of one of Russia's registers, in the layout of ../shared/registers
// (rows with `n`, `name` and their dates; see that folder's README). Every entry carries the register's dates
// and says the date of the data; nothing but the name is taken from a person's row (no birth dates, numbers,
// addresses or personal web pages).

export type RegisterKind = 'foreign-agents' | 'undesirable';

/** Where the register copies come from: every record's source. */
export const REGISTER_SOURCES: Record<RegisterKind, SourceRef> = {
  'foreign-agents': { title: 'Justice Ministry register of foreign agents (public copy)', url: 'https://github.com/fz255/foreign-agents' },
  undesirable: { title: 'Justice Ministry list of undesirable organisations (public copy)', url: 'https://github.com/fz255/undesirable-organizations' },
};


export interface RegisterOptions {
  /** YYYY-MM-DD: the date of the register copy (the pack's dataAsOf). */
  asOf: string;
  /** Where the copy comes from, for every record's source. */
  source: SourceRef;
  /**
   * Packs that may hold the same entities (the curated pack, the other register): an entry that shares a name
   * with one of theirs, neither being ambiguous, gets `sameAs` pointing to it, so both make one note.
   */
  link?: Pack[];
}

interface ForeignAgentRow {
  n: number;
  name: string;
  kind: 'person' | 'organization';
  resources?: string[] | null;
  included: string;
  excluded?: string | null;
  /** The legal basis of inclusion, as the register writes it ("Статья 7 Федерального закона … No 255-ФЗ …"). */
  law?: string | null;
}

interface UndesirableRow {
  n: number;
  name: string;
  decided?: string | null;
  included: string;
  excluded?: string | null;
}

/** Rows that do not fit the layout are errors with their row; the pack is built only without any. */
export function buildRegisterPack(kind: RegisterKind, rows: unknown, options: RegisterOptions): { pack: Pack } | { errors: string[] } {
  if (!Array.isArray(rows)) return { errors: ['the register file is not a list of rows'] };
  const errors: string[] = [];
  const entries: Entry[] = [];
  rows.forEach((row, i) => {
    const problem = checkRow(kind, row);
    if (problem) {
      errors.push(`row ${i + 1}: ${problem}`);
      return;
    }
    const entry = kind === 'foreign-agents' ? foreignAgentEntry(row as ForeignAgentRow, options) : undesirableEntry(row as UndesirableRow, options);
    if (entry) entries.push(entry);
  });
  if (errors.length) return { errors };
  if (options.link) linkSameEntities(entries, options.link);
  markSharedNames(entries);
  const title = kind === 'foreign-agents' ? 'Register of foreign agents (Russia)' : 'Undesirable organisations (Russia)';
  const titleRu = kind === 'foreign-agents' ? 'Реестр иностранных агентов (Россия)' : 'Нежелательные организации (Россия)';
  return {
    pack: {
      id: `ru-register-${kind}`,
      version: options.asOf.replace(/-/g, '.'),
      title: { en: `${title}, copy of ${humanDate(options.asOf)}`, ru: `${titleRu}, копия на ${humanDateRu(options.asOf)}` },
      dataAsOf: options.asOf,
      covers: [kind === 'foreign-agents' ? 'foreign-agent' : 'undesirable'],
      languages: ['ru', 'en'],
      labels: [],
      entries,
    },
  };
}

/**
 * A name several rows share (ten regional «Мемориал» organisations, two people called Пономарёв) says not which
 * of them a text means: it counts only where a label or a star is tied to it.
 */
function markSharedNames(entries: Entry[]): void {
  // Rows linked to one entity (two undesirable rows for Bellingcat) share their names as that entity.
  const claims = new Map<string, Set<Entry | string>>();
  for (const e of entries)
    for (const n of Object.values(e.names).flat()) {
      const key = normalizePattern(n);
      if (!claims.has(key)) claims.set(key, new Set());
      claims.get(key)!.add(e.sameAs ?? e);
    }
  for (const e of entries) {
    const shared = Object.values(e.names).flat().filter((n) => claims.get(normalizePattern(n))!.size > 1);
    if (shared.length) e.ambiguous = [...new Set([...(e.ambiguous ?? []), ...shared])];
  }
}

/** `sameAs` for each entry that shares a name with an entry of the linked packs, not ambiguous there. */
function linkSameEntities(entries: Entry[], link: Pack[]): void {
  const byName = new Map<string, string>();
  for (const pack of link)
    for (const e of pack.entries) {
      const ambiguous = new Set(e.ambiguous ?? []);
      for (const n of Object.values(e.names).flat()) {
        const key = normalizePattern(n);
        if (!ambiguous.has(n) && !byName.has(key)) byName.set(key, e.sameAs ?? `${pack.id}/${e.id}`);
      }
    }
  for (const e of entries) {
    // An organisation's one-word name may link ("Медуза"): the linked pack's own name is not ambiguous. A
    // person's surname alone never does.
    const ambiguous = new Set(e.kind === 'person' ? (e.ambiguous ?? []) : []);
    const name = Object.values(e.names).flat().find((n) => !ambiguous.has(n) && byName.has(normalizePattern(n)));
    if (name) e.sameAs = byName.get(normalizePattern(name))!;
  }
}

function checkRow(kind: RegisterKind, row: unknown): string | null {
  if (typeof row !== 'object' || row === null) return 'not an object';
  const r = row as Record<string, unknown>;
  if (!Number.isInteger(r.n)) return 'no row number (n)';
  if (typeof r.name !== 'string' || !r.name.trim()) return 'no name';
  if (!isIsoDate(r.included)) return 'no inclusion date (included, YYYY-MM-DD)';
  if (r.excluded != null && !isIsoDate(r.excluded)) return 'excluded is not a date';
  if (kind === 'foreign-agents' && r.kind !== 'person' && r.kind !== 'organization') return 'kind is neither person nor organization';
  if (kind === 'undesirable' && r.decided != null && !isIsoDate(r.decided)) return 'decided is not a date';
  return null;
}

const FA_LIST = { en: 'Ministry of Justice register of foreign agents', ru: 'Реестр иностранных агентов Минюста' };
const U_LIST = { en: 'Ministry of Justice list of undesirable organisations', ru: 'Перечень нежелательных организаций Минюста' };

function rowSource(options: RegisterOptions, n: number): SourceRef {
  return { title: `${options.source.title}, row ${n}`, url: options.source.url };
}

/** The laws the registers cite, by their number, as English-language sources name them, and in Russian (genitive). */
const LAWS: [RegExp, { en: string; ru: string }][] = [
  [/255-ФЗ/u, { en: 'Federal Law No. 255-FZ of 14 July 2022 on foreign influence', ru: 'Федерального закона от 14 июля 2022 г. № 255-ФЗ об иностранном влиянии' }],
  [/\b7-ФЗ/u, { en: 'Federal Law No. 7-FZ on non-commercial organisations', ru: 'Федерального закона № 7-ФЗ о некоммерческих организациях' }],
  [/2124-1/u, { en: 'the Mass Media Law, No. 2124-1', ru: 'Закона о СМИ № 2124-1' }],
  [/272-ФЗ/u, { en: 'Federal Law No. 272-FZ of 28 December 2012', ru: 'Федерального закона от 28 декабря 2012 г. № 272-ФЗ' }],
  [/82-ФЗ/u, { en: 'Federal Law No. 82-FZ on public associations', ru: 'Федерального закона № 82-ФЗ об общественных объединениях' }],
];

/** "art. 7 of Federal Law No. 255-FZ …" from the register's own wording, and "ст. 7 Федерального закона …"; null for a law it does not name. */
export function lawOf(raw: string | null | undefined): { en: string; ru: string } | null {
  if (!raw) return null;
  const law = LAWS.find(([re]) => re.test(raw))?.[1];
  const article = raw.match(/Стать[яи]\s+(\d+(?:\.\d+)?)/u)?.[1];
  if (!law) return null;
  return article ? { en: `art. ${article} of ${law.en}`, ru: `ст. ${article} ${law.ru}` } : law;
}

const UNDESIRABLE_LAW = { en: 'art. 3.1 of Federal Law No. 272-FZ of 28 December 2012', ru: 'ст. 3.1 Федерального закона от 28 декабря 2012 г. № 272-ФЗ' };

function foreignAgentEntry(row: ForeignAgentRow, options: RegisterOptions): Entry | null {
  const law = lawOf(row.law);
  const designation: Designation = {
    jurisdiction: 'RU',
    type: 'foreign-agent',
    list: FA_LIST,
    since: row.included,
    ...(row.excluded ? { until: row.excluded } : {}),
    ...(law ? { note: { en: `Listed under ${law.en}.`, ru: `Внесение в реестр на основании ${law.ru}.` } } : {}),
    source: rowSource(options, row.n),
  };
  const dates = `${row.excluded
    ? `from ${humanDate(row.included)} until its removal on ${humanDate(row.excluded)}`
    : `since ${humanDate(row.included)}`}${law ? `, under ${law.en}` : ''}`;
  const copy = `(register copy of ${humanDate(options.asOf)})`;
  const datesRu = `${row.excluded
    ? `с ${humanDateRu(row.included)} до исключения ${humanDateRu(row.excluded)}`
    : `с ${humanDateRu(row.included)}`}${law ? `, на основании ${law.ru}` : ''}`;
  const inRegisterRu = `в реестре иностранных агентов Минюста России ${datesRu} (копия реестра на ${humanDateRu(options.asOf)}).`;
  if (row.kind === 'person') {
    const name = parsePersonName(row.name);
    if (!name) return null;
    const forms = personForms(name);
    const english = transliterate(`${name.first} ${name.last}`);
    // Initial Е is written both ways in English-language media: "Yekaterina" and "Ekaterina", "Yevgeny" and "Evgeny".
    const englishForms = [...new Set([english, english.replace(/(^|\s)Ye/g, '$1E')])];
    return {
      id: `fa-${row.n}`,
      kind: 'person',
      names: { ru: [...forms.full, ...forms.surname], en: englishForms },
      // A surname alone is often someone else's, and so is a given name and surname (Kommersant's Andrei
      // Kolesnikov is not the listed one): they count only where a label or a star is tied to them, or the
      // text also gives the name with the patronymic, which counts alone.
      ambiguous: [...forms.full.filter((n) => n.split(/\s+/).length < 3), ...forms.surname, ...englishForms],
      summary: { en: `Listed in Russia's register of foreign agents ${dates} ${copy}.`, ru: `В${inRegisterRu.slice(1)}` },
      designations: [designation],
      sources: [rowSource(options, row.n)],
    };
  }
  const names = organisationNames(row.name);
  const domains = (row.resources ?? []).map(domainOf).filter((d): d is string => !!d);
  if (!names.length && !domains.length) return null;
  const { plain, ambiguous } = splitAmbiguous(names);
  return {
    id: `fa-${row.n}`,
    kind: 'organization',
    names: byScript([...plain, ...ambiguous, ...new Set(domains)]),
    ...(ambiguous.length ? { ambiguous } : {}),
    summary: { en: `${shortName(row.name)}: listed in Russia's register of foreign agents ${dates} ${copy}.`, ru: `${shortName(row.name)}: ${inRegisterRu}` },
    designations: [designation],
    sources: [rowSource(options, row.n)],
  };
}

function undesirableEntry(row: UndesirableRow, options: RegisterOptions): Entry | null {
  const names = organisationNames(row.name);
  if (!names.length) return null;
  const since = row.decided ?? row.included;
  const designation: Designation = {
    jurisdiction: 'RU',
    type: 'undesirable',
    list: U_LIST,
    since,
    ...(row.included !== since && row.included > since ? { listed: row.included } : {}),
    ...(row.excluded ? { until: row.excluded } : {}),
    note: { en: `Declared under ${UNDESIRABLE_LAW.en}.`, ru: `Признание нежелательной на основании ${UNDESIRABLE_LAW.ru}.` },
    source: rowSource(options, row.n),
  };
  const listed = row.included !== since ? `, on the Justice Ministry's list from ${humanDate(row.included)}` : '';
  const removed = row.excluded ? `; removed on ${humanDate(row.excluded)}` : '';
  const listedRu = row.included !== since ? `; в перечне Минюста с ${humanDateRu(row.included)}` : '';
  const removedRu = row.excluded ? `; исключение из перечня ${humanDateRu(row.excluded)}` : '';
  const { plain, ambiguous } = splitAmbiguous(names);
  return {
    id: `u-${row.n}`,
    kind: 'organization',
    names: byScript([...plain, ...ambiguous]),
    ...(ambiguous.length ? { ambiguous } : {}),
    summary: {
      en: `${shortName(row.name)}: declared undesirable in Russia by the Prosecutor General on ${humanDate(since)} under ${UNDESIRABLE_LAW.en}${listed}${removed} (list copy of ${humanDate(options.asOf)}).`,
      ru: `${shortName(row.name)}: решением Генерального прокурора от ${humanDateRu(since)} деятельность признана нежелательной в России на основании ${UNDESIRABLE_LAW.ru}${listedRu}${removedRu} (копия перечня на ${humanDateRu(options.asOf)}).`,
    },
    designations: [designation],
    sources: [rowSource(options, row.n)],
  };
}

/** Legal forms that stand before a name ("SIA «Medusa Project»", "Stichting Bellingcat") or after it ("Bellingcat Ltd."). */
const LEGAL_FORM = /^(?:SIA|LLC|Ltd\.?|Inc\.?|GmbH|B\.V\.|Stichting|ООО|АНО|АО|ОАО|ЗАО)\s+/iu;
const LEGAL_SUFFIX = /,?\s+(?:Ltd\.?|Inc\.?|Инк\.?|LLC|GmbH|B\.V\.|S\.?A\.?|AG|SIA|z\.s\.|o\.p\.s\.)$/iu;
/** A legal form alone is no name: "(SIA)", "Limited liability company". */
const ONLY_LEGAL_FORM = /^(?:SIA|LLC|Ltd\.?|Inc\.?|GmbH|B\.V\.|AG|ООО|АНО|АО|(?:public |private )?limited liability company|non-profit organi[sz]ation|company|foundation)$/iu;
/** Brackets that are not a name: countries, registration details. */
const NOT_A_NAME = /регистрац|зарегистр|Республик|Королевств|Федерац|США|Великобритан|Нидерланд|Герман|Латви|Литв|Эстони|Польш|Чехи|Украин|Швейцари|Франци|Канад|Израил|Грузи/iu;

/** The names an organisation's register entry gives: quoted names, Latin names and the names in brackets. */
export function organisationNames(registerName: string): string[] {
  const names = new Set<string>();
  const add = (n: string) => {
    const name = n.replace(/[«»"“”„]/g, '').replace(/\s+/g, ' ').trim();
    if (name.length >= 2 && name.length <= 120 && /\p{L}/u.test(name) && !ONLY_LEGAL_FORM.test(name)) {
      names.add(name);
      const bare = name.replace(LEGAL_FORM, '').replace(LEGAL_SUFFIX, '');
      if (bare !== name && bare.length >= 3 && !ONLY_LEGAL_FORM.test(bare)) names.add(bare);
    }
  };
  // «…» with one level of nesting: «Легион «Свобода России»».
  for (const m of registerName.matchAll(/«((?:[^«»]|«[^«»]*»)+)»/gu)) add(m[1]!);
  for (const m of registerName.matchAll(/"([^"]+)"/gu)) add(m[1]!);
  // Brackets with a date hold a history, not a name: "(с 08.11.2017 – HUMAN RIGHTS PROJECT MANAGEMENT)".
  for (const m of registerName.matchAll(/\(([^()]+)\)/gu)) if (/[A-Za-z]/.test(m[1]!) && !NOT_A_NAME.test(m[1]!) && !/\d\d\.\d\d\.\d{4}/.test(m[1]!)) add(m[1]!);
  // A Latin name before the first bracket: "Stichting Bellingcat (Нидерланды)", "The Moscow Times («…»)".
  const head = registerName.split(/[(«,]/)[0]!.trim();
  if (/^[A-Za-z]/.test(head)) add(head);
  return [...names];
}

/** Latin names (and domains) as English names, the first of which titles the note; the rest as Russian. */
function byScript(names: string[]): Record<string, string[]> {
  const en = names.filter((n) => !/\p{Script=Cyrillic}/u.test(n));
  const ru = names.filter((n) => /\p{Script=Cyrillic}/u.test(n));
  return { ...(ru.length ? { ru } : {}), ...(en.length ? { en } : {}) };
}

/**
 * A one-word name ("Голос", "Дождь", "Republic", "OR") is also a common word or someone else's: it needs
 * context, another of the entry's names or a label. Domains ("meduza.io") are not words.
 */
function splitAmbiguous(names: string[]): { plain: string[]; ambiguous: string[] } {
  const ambiguous = names.filter((n) => !/\s/.test(n) && !/\.\p{L}{2,}$/u.test(n));
  return { plain: names.filter((n) => !ambiguous.includes(n)), ambiguous };
}

/** The register's name without the long legal description after its first comma or bracket. */
function shortName(registerName: string): string {
  const quoted = registerName.match(/«((?:[^«»]|«[^«»]*»)+)»/u)?.[1];
  return (quoted ?? registerName.split(/[(,]/)[0]!).replace(/\s+/g, ' ').trim();
}

/** Platforms that host many people's pages: their domain names no one. */
const PLATFORMS = /(^|\.)(t\.me|telegram\.org|youtube\.com|youtu\.be|facebook\.com|fb\.com|vk\.com|twitter\.com|x\.com|instagram\.com|tiktok\.com|ok\.ru|livejournal\.com|medium\.com|patreon\.com|boosty\.to|linkin\.bio|taplink\.cc|tilda\.ws|zen\.yandex\.ru|dzen\.ru|soundcloud\.com|spotify\.com|apple\.com)$/i;

function domainOf(resource: string): string | null {
  try {
    const host = new URL(resource.replace(/,$/, '')).hostname.replace(/^www\./, '');
    return host.includes('.') && !PLATFORMS.test(host) ? host : null;
  } catch {
    return null;
  }
}
