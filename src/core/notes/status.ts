import type { Designation } from '../glossary/pack';
import type { StatusLine, StatusState } from '../report';

// What a designation meant on a given day. Dates are YYYY-MM-DD strings, compared as text.

/** English words for each designation type (the CLI's text; the interface's English table reuses them). */
export const TYPE_WORDS: Record<string, string> = {
  terrorist: 'designated a terrorist organisation',
  extremist: 'designated extremist',
  'foreign-agent': 'listed as a foreign agent',
  undesirable: 'declared an undesirable organisation',
  banned: 'banned',
  sanctioned: 'under sanctions',
};

export const JURISDICTIONS: Record<string, string> = { RU: 'Russia', US: 'the United States', UK: 'the United Kingdom', GB: 'the United Kingdom', EU: 'the European Union', BY: 'Belarus', UA: 'Ukraine' };

export function jurisdictionName(code: string): string {
  return JURISDICTIONS[code] ?? code;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-04-17" -> "17 Apr 2025". */
export function humanDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1] ?? '?'} ${y}`;
}

const MONTHS_RU = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** "27 июня 2013 г.": the Russian counterpart of humanDate, for texts written in Russian. */
export function humanDateRu(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS_RU[m - 1] ?? '?'} ${y} г.`;
}

/** Where a designation stood on `day` (YYYY-MM-DD). */
function statusState(d: Designation, day: string): StatusState {
  if (day < d.since) return 'not-yet';
  if (d.until && day >= d.until) return 'ended';
  if (d.suspended && day >= d.suspended) return 'suspended';
  return 'active';
}

/** The status of one designation on `day` (YYYY-MM-DD), as one English sentence (CLI, report text). */
export function statusOn(d: Designation, day: string): string {
  const what = TYPE_WORDS[d.type] ?? d.type;
  const where = jurisdictionName(d.jurisdiction);
  switch (statusState(d, day)) {
    case 'not-yet':
      return `not yet ${what} in ${where} (that came on ${humanDate(d.since)})`;
    case 'ended':
      return `no longer ${what} in ${where} (ended ${humanDate(d.until!)})`;
    case 'suspended':
      return `${what} in ${where} since ${humanDate(d.since)}, suspended since ${humanDate(d.suspended!)}`;
    case 'active':
      return `${what} in ${where} since ${humanDate(d.since)}${d.listed ? ` (on the list from ${humanDate(d.listed)})` : ''}`;
  }
}

/** One line per designation: at the article's date (when known) and at `today`. */
export function statusLines(designations: Designation[], published: string | null, today: string): StatusLine[] {
  const day = published ? published.slice(0, 10) : null;
  return designations.map((d) => ({
    type: d.type,
    jurisdiction: d.jurisdiction,
    list: d.list,
    since: d.since,
    ...(d.listed ? { listed: d.listed } : {}),
    ...(d.suspended ? { suspended: d.suspended } : {}),
    ...(d.until ? { until: d.until } : {}),
    ...(d.note ? { note: d.note } : {}),
    stateAtPublication: day ? statusState(d, day) : null,
    stateNow: statusState(d, today),
    atPublication: day ? statusOn(d, day) : null,
    now: statusOn(d, today),
  }));
}
