import type { ArticleMeta } from '../report';
import { type JsonLdNode, stringOf, typesOf } from './jsonld';
import { ARTICLE_TYPES } from './signals-data';
import { squash } from './text-weight';

export function readMetadata(doc: Document, jsonLd: JsonLdNode[], root: Element | null, url?: string): ArticleMeta {
  const article = jsonLd.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t)));
  const meta = (sel: string) => squash(doc.querySelector(sel)?.getAttribute('content')) || null;

  const outlet =
    meta('meta[property="og:site_name"]') ??
    stringOf(article?.publisher) ??
    null;

  const title =
    stringOf(article?.headline) ??
    meta('meta[property="og:title"]') ??
    (squash(headingNear(root, doc)?.textContent) || null) ??
    stripSiteSuffix(squash(doc.title), outlet);

  const lang =
    normaliseLang(doc.documentElement.getAttribute('lang')) ??
    normaliseLang(stringOf(article?.inLanguage)) ??
    normaliseLang(meta('meta[property="og:locale"]')) ??
    langFromScript(squash((root ?? doc.body)?.textContent).slice(0, 2000));

  const published =
    normaliseDate(stringOf(article?.datePublished)) ??
    normaliseDate(meta('meta[property="article:published_time"]')) ??
    normaliseDate(meta('meta[itemprop="datePublished"]')) ??
    normaliseDate(timeNear(root, doc)) ??
    dateFromUrl(url ?? doc.URL);

  return { title: title || null, lang, published, outlet };
}

function headingNear(root: Element | null, doc: Document): Element | null {
  return root?.closest('article')?.querySelector('h1') ?? doc.querySelector('h1');
}

function timeNear(root: Element | null, doc: Document): string | null {
  const scope = root?.closest('article') ?? doc;
  return scope.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
}

/** "Headline | Outlet", "Headline - Outlet", "Headline — Outlet" -> "Headline". */
export function stripSiteSuffix(title: string, outlet: string | null): string | null {
  if (!title) return null;
  const parts = title.split(/\s+[|\-–—»·]\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]!;
  if (outlet && last.toLowerCase() !== outlet.toLowerCase() && parts[0]!.toLowerCase() === outlet.toLowerCase())
    return parts.slice(1).join(' - ');
  return parts.slice(0, -1).join(' - ');
}

export function normaliseLang(value: string | null | undefined): string | null {
  const m = value?.trim().match(/^([a-z]{2,3})(?:[-_]([a-z]{2,4}))?/i);
  if (!m) return null;
  return m[2] ? `${m[1]!.toLowerCase()}-${m[2].toUpperCase()}` : m[1]!.toLowerCase();
}

/** Cyrillic-dominant text is taken as Russian only when no explicit language was declared. */
export function langFromScript(text: string): string | null {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return null;
  const cyr = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const lat = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (cyr / letters > 0.5) return /[іїєґ]/i.test(text) ? 'uk' : 'ru';
  if (lat / letters > 0.5) return null; // Latin script alone does not tell the language.
  return null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** ISO 8601 in, ISO 8601 out; other date strings parsed when unambiguous; anything else is null. */
export function normaliseDate(value: string | null | undefined): string | null {
  const s = value?.trim();
  if (!s) return null;
  if (ISO_DATE.test(s)) {
    const [y, m, d] = s.slice(0, 10).split('-').map(Number) as [number, number, number];
    if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900) return null;
    return s.replace(' ', 'T');
  }
  // RFC 2822 and English month names ("July 5, 2021") only; numeric d/m vs m/d is ambiguous.
  if (/^\d{1,2}[./]\d{1,2}[./]\d{2,4}/.test(s)) return null;
  const t = Date.parse(s);
  if (Number.isNaN(t) || !/[a-z]{3}/i.test(s)) return null;
  const date = new Date(t);
  // A date without a time ("July 9, 2021") parses as local midnight; converting that to UTC would move it to
  // the day before wherever the clock is ahead of UTC (all of Russia). Keep the calendar date as written.
  if (!/\d:\d\d/.test(s)) return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
  return date.toISOString();
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function dateFromUrl(url: string | undefined): string | null {
  const m = url?.match(/\/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:[/-]|$)/);
  return m ? normaliseDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
}
