// Dates as people write them in bylines and datelines, in English and Russian: "21 July 2021",
// "July 21, 2021", "2 июня 2022 г., 14:05", "12.07.2021 09:41", "00:02, 23 августа 2018". A relative day
// ("сегодня", "вчера", "today", "yesterday") needs the page's own date to anchor it, else it is no date.
// Results are ISO 8601: the calendar day, with the time as written (no zone) when there is one.

/** Russian stems match every case ("июля", "июль", "марта"); May's forms are whole words ("мало" is none). */
const RU_MONTH_STEMS: [string, number][] = [
  ['январ', 1], ['феврал', 2], ['март', 3], ['апрел', 4], ['июн', 6], ['июл', 7], ['август', 8], ['сентябр', 9],
  ['октябр', 10], ['ноябр', 11], ['декабр', 12],
];
const RU_MAY = new Set(['май', 'мая', 'мае']);
const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const MONTH_WORD = '([a-z]{3,9}|[а-яё]{3,8})\\.?';
// "9:41", "9:41 p.m.", "21:00 UTC": the hour and minute groups, then the half of the day and the zone.
const TIME = '(\\d{1,2}):(\\d{2})(?::\\d{2})?(?:\\s*([ap])\\.?m\\.?(?![a-z]))?(?:\\s*(UTC|GMT)\\b)?';
const YEAR_WORD = '(?:\\s*(?:г\\.|года?))?';

/** Each pattern with the positions of its day, month, year, hour and minute groups. */
const PATTERNS: { re: RegExp; d: number; m: number; y: number; h: number; relative?: number }[] = [
  // "00:02, 23 августа 2018"
  { re: new RegExp(`(?<![\\d:])${TIME},?\\s+(\\d{1,2})\\s+${MONTH_WORD}\\s+(\\d{4})`, 'giu'), h: 1, d: 5, m: 6, y: 7 },
  // "23 августа 2018 г., 00:02", "21st July 2021 at 9:41"
  { re: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_WORD},?\\s+(\\d{4})${YEAR_WORD}(?:,?\\s*(?:в|at)?\\s*${TIME})?`, 'giu'), d: 1, m: 2, y: 3, h: 4 },
  // "July 21, 2021, 9:41 a.m."
  { re: new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:,?\\s*(?:at)?\\s*${TIME})?`, 'giu'), m: 1, d: 2, y: 3, h: 4 },
  // "12.07.2021 09:41": dotted dates are day.month.year wherever they are written so.
  { re: new RegExp(`(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.])(?:,?\\s*(?:в\\s*)?${TIME})?`, 'gu'), d: 1, m: 2, y: 3, h: 4 },
  // "2021-07-12 09:41"
  { re: new RegExp(`(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?:[T\\s]${TIME})?(?!\\d)`, 'gu'), y: 1, m: 2, d: 3, h: 4 },
  // "вчера, 14:30", "Today at 9:41"
  { re: new RegExp(`(?<![\\p{L}])(сегодня|вчера|today|yesterday)(?![\\p{L}])(?:,?\\s*(?:в|at)?\\s*${TIME})?`, 'giu'), relative: 1, h: 2, d: 0, m: 0, y: 0 },
];

/** Words just before a date that make it another date than the publication's. */
const NOT_PUBLISHED = /(?:updated|modified|edited|retrieved|accessed|обновлен[оа]?|изменен[оа]?|обновление)\W{0,3}(?:\p{L}+\W{1,3})?$/iu;

/** A month number from a word ("июля", "Jul.", "Sept", "September"), or 0. "Mayor" is not May. */
function monthOf(word: string): number {
  const w = word.toLowerCase();
  if (/^[a-z]/.test(w)) return EN_MONTHS.findIndex((name) => name.startsWith(w) && w.length >= 3) + 1;
  if (RU_MAY.has(w)) return 5;
  return RU_MONTH_STEMS.find(([stem]) => w.startsWith(stem))?.[1] ?? 0;
}

/**
 * The first date written in the text, as ISO 8601, or null. `anchor` (an ISO date: the page's own date) is what
 * "today" and "yesterday" count from; without one they give nothing.
 */
export function dateInText(text: string, anchor?: string | null): string | null {
  let best: { at: number; value: string } | null = null;
  for (const p of PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      if (best && m.index >= best.at) break;
      if (NOT_PUBLISHED.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
      const day = p.relative ? relativeDay(m[p.relative]!, anchor) : calendarDay(+m[p.y]!, monthOrNumber(m[p.m]!), +m[p.d]!);
      if (!day) continue;
      best = { at: m.index, value: day + timeOf(m, p.h) };
      break;
    }
  }
  return best?.value ?? null;
}

/** "T09:41", "T21:00" for "9:00 PM", "T11:57Z" for "11:57 AM UTC"; "" when there is no valid time. */
function timeOf(m: RegExpMatchArray, at: number): string {
  if (m[at] === undefined) return '';
  let h = +m[at]!;
  const mi = +m[at + 1]!;
  const half = m[at + 2]?.toLowerCase();
  if (half) {
    if (h < 1 || h > 12) return '';
    h = (h % 12) + (half === 'p' ? 12 : 0);
  }
  if (h > 23 || mi > 59) return '';
  return `T${pad2(h)}:${pad2(mi)}${m[at + 3] ? 'Z' : ''}`;
}

function monthOrNumber(s: string): number {
  return /^\d+$/.test(s) ? +s : monthOf(s);
}

function calendarDay(y: number, mo: number, d: number): string | null {
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  return `${y}-${pad2(mo)}-${pad2(d)}`;
}

function relativeDay(word: string, anchor: string | null | undefined): string | null {
  const m = anchor?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!m) return null;
  const back = /^(вчера|yesterday)$/i.test(word) ? 1 : 0;
  const day = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]! - back));
  return `${day.getUTCFullYear()}-${pad2(day.getUTCMonth() + 1)}-${pad2(day.getUTCDate())}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A machine date in UTC ("2018-08-22T21:02:00Z") next to the local time the page shows ("00:02, 23 августа
 * 2018"): the same instant as written, with its offset ("2018-08-23T00:02+03:00"), so that the day is the one
 * the reader sees. Anything that does not line up (other instant, odd offset) leaves the machine date alone.
 */
export function asWrittenLocally(machine: string, shown: string): string {
  if (!/(?:Z|[+-]00:?00)$/.test(machine)) return machine;
  const local = dateInText(shown);
  if (!local || local.length !== 16) return machine;
  const diff = (Date.parse(`${local}:00Z`) - Date.parse(machine)) / 60000;
  if (!Number.isFinite(diff) || diff === 0 || Math.abs(diff) > 14 * 60 || diff % 15 !== 0) return machine;
  const sign = diff > 0 ? '+' : '-';
  const abs = Math.abs(diff);
  return `${local}${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}
