import type { ArticleMeta } from '../report';
import { type JsonLdNode, stringOf, typesOf } from './jsonld';
import { ARTICLE_TYPES } from './signals-data';
import { headerDate } from './header-date';
import { checkLangAgainstText, sampleText } from './language';
import { asWrittenLocally, dateInText } from './text-dates';
import { squash } from './text-weight';

// Metadata a reader can trust: each field comes from the most explicit source the page gives, in a fixed
// order, and is normalised (languages as BCP 47 tags, dates as ISO 8601). What does not parse is null,
// never a guess.
//
// title:     JSON-LD headline (or name) of the article node, then the editorial meta titles (Dublin Core,
//            parsely-title), then the h1 just above the body as the reader sees it, then the sharing titles
//            (og:title, twitter:title: often a shorter or print headline), each without a trailing site name,
//            then <title> without the site's suffix, then any h1.
// lang:      <html lang>, JSON-LD inLanguage, og:locale, Content-Language; overridden by the script of the text
//            when the declared language is written in another script (a Cyrillic page marked "en"); from the
//            text's script and words when nothing is declared (language.ts).
// published: JSON-LD datePublished, article:published_time and its relatives, <time> in the article header
//            (with the local offset the page shows), a date in the URL, a date written in the byline or
//            dateline (header-date.ts).  modified: JSON-LD dateModified, article:modified_time and its relatives.
// outlet:    og:site_name, JSON-LD publisher, application-name.

export function readMetadata(doc: Document, jsonLd: JsonLdNode[], root: Element | null, url?: string): ArticleMeta {
  // The article node: the first one with a headline (pages may also describe the site or related items).
  const articles = jsonLd.filter((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t)));
  const article = articles.find((n) => stringOf(n.headline)) ?? articles[0];
  const metas = metaIndex(doc);
  const meta = (...keys: string[]) => {
    for (const k of keys) {
      const v = metas.get(k);
      if (v) return v;
    }
    return null;
  };
  const ldArticle = (key: string) => {
    // The first article node that has the field (pages can carry several, e.g. one per related story).
    for (const n of articles) if (n[key] !== undefined) return stringOf(n[key]);
    return null;
  };

  const outlet =
    meta('og:site_name') ??
    (squash(stringOf(article?.publisher)) || null) ??
    meta('application-name') ??
    null;

  // The h1 is looked for only when a title needs it.
  let heading: Element | null | undefined;
  const h1 = () => (heading === undefined ? (heading = headingNear(root, doc)) : heading);
  const title =
    ldTitle(article, doc.title) ??
    dropTrailingSite(meta('dc:title', 'dcterm:title', 'dcterms:title', 'parsely-title'), outlet) ??
    visibleHeadline(root, outlet) ??
    dropTrailingSite(meta('og:title', 'twitter:title'), outlet) ??
    titleFromDocument(squash(doc.title), outlet, h1) ??
    clean(h1()?.textContent);

  const lang = checkLangAgainstText(
    normaliseLang(doc.documentElement.getAttribute('lang')) ??
      normaliseLang(doc.documentElement.getAttribute('xml:lang')) ??
      normaliseLang(stringOf(article?.inLanguage)) ??
      normaliseLang(meta('og:locale')) ??
      normaliseLang(meta('content-language', 'dc:language', 'language')),
    sampleText(root ?? doc.body),
  );

  const modified = firstDate(
    () => ldArticle('dateModified'),
    () => meta('article:modified_time', 'og:updated_time', 'datemodified', 'dcterms:modified', 'last-modified'),
    () => itemDate(doc, 'dateModified'),
  );

  // Sources in order; each is read only when the ones before it gave nothing that parses.
  const published = firstDate(
    () => ldArticle('datePublished'),
    () =>
      meta('article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished', 'dc:date:issued',
        'dcterms:issued', 'dcterms:created', 'dcterms:available', 'dc:date', 'dcterms:date', 'parsely-pub-date',
        'sailthru:date', 'pubdate', 'publish-date', 'publish_date', 'date', 'weibo:article:create_at'),
    () => ldArticle('dateCreated'),
    () => itemDate(doc, 'datePublished'),
    () => timeNear(root, doc),
    () => dateInUrl(url ?? doc.URL),
    // A relative "вчера" counts from the page's own date, its last modification.
    () => headerDate(root, modified),
  );

  return { title: title || null, lang, published, modified, outlet };
}

/**
 * Every <meta> keyed by its name, property or itemprop, lower-cased, "." folded to ":" ("DC.title" ->
 * "dc:title"); attributes may hold several space-separated keys. The first value for a key wins.
 */
function metaIndex(doc: Document): Map<string, string> {
  const index = new Map<string, string>();
  const metas = Array.from(doc.querySelectorAll('meta[content]'));
  // RDFa's property (Open Graph, Dublin Core) first, then name, itemprop and http-equiv.
  for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
    for (const m of metas) {
      const keys = m.getAttribute(attr);
      if (!keys) continue;
      const value = squash(m.getAttribute('content'));
      if (!value) continue;
      for (const key of keys.toLowerCase().split(/\s+/)) {
        const k = key.replace(/\./g, ':');
        if (k && !index.has(k)) index.set(k, value);
      }
    }
  }
  return index;
}

/**
 * The JSON-LD headline, or its name. When both are given and differ (an encyclopedia gives its page name as
 * name and a short description as headline), the one closer to the page's <title> wins.
 */
function ldTitle(article: JsonLdNode | undefined, docTitle: string): string | null {
  const headline = clean(stringOf(article?.headline));
  let name = clean(stringOf(article?.name));
  // Some sites put their own name in the article's name.
  const publisher = clean(stringOf(article?.publisher));
  if (name && publisher && sameName(name, publisher)) name = null;
  if (!headline || !name || headline === name) return headline ?? name;
  const words = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const page = words(docTitle);
  const overlap = (s: string) => {
    const w = words(s);
    let n = 0;
    for (const x of w) if (page.has(x)) n++;
    return w.size ? n / w.size : 0;
  };
  return overlap(name) > overlap(headline) ? name : headline;
}

function clean(value: string | null | undefined): string | null {
  return squash(value) || null;
}

/** The h1 nearest above the article's body: within the body's container or up to four levels out. */
function headingAbove(root: Element | null, levels = 5): Element | null {
  let scope: Element | null = root;
  for (let i = 0; scope && i < levels; i++, scope = scope.parentElement) {
    const h = scope.querySelector('h1');
    if (h && squash(h.textContent)) return h;
    if (scope.localName === 'body') break;
  }
  return null;
}

/**
 * The headline the reader sees above the body, when it reads as one (3 to 40 words, not the site's name). It
 * wins over the meta titles, which are often a shorter or older headline written for sharing.
 */
function visibleHeadline(root: Element | null, outlet: string | null): string | null {
  // Only an h1 close to the body (a site's own h1 in its header is further out); a permalink mark is dropped.
  const h1 = headingAbove(root, 3);
  const text = squash(h1?.textContent).replace(/\s*[¶§#]$/, '');
  const words = text.split(' ').length;
  if (!text || words < 3 || words > 40 || (outlet && sameName(text, outlet))) return null;
  return text;
}

/** The article's h1: the nearest one above the body, else the only one on the page, else the first. */
function headingNear(root: Element | null, doc: Document): Element | null {
  return headingAbove(root) ?? doc.querySelector('article h1, main h1') ?? doc.querySelector('h1');
}

/** Separators between a headline and a site name in titles: " | ", " - ", " – ", " — ", " » ", " · ". */
const TITLE_SEPARATOR = /\s+[|\-–—»·]\s+|\s*\|\s*/g;

/** The title's parts between separators, with where each starts and ends. */
function titleParts(title: string): { text: string; start: number; end: number }[] {
  const parts: { text: string; start: number; end: number }[] = [];
  let at = 0;
  for (const m of title.matchAll(TITLE_SEPARATOR)) {
    parts.push({ text: title.slice(at, m.index), start: at, end: m.index });
    at = m.index + m[0].length;
  }
  parts.push({ text: title.slice(at), start: at, end: title.length });
  return parts.filter((p) => p.text.trim());
}

function sameName(a: string, b: string): boolean {
  const f = (s: string) => s.toLowerCase().replace(/^www\.|[\s.'’"«»]+/g, '');
  const x = f(a);
  const y = f(b);
  return x.length > 0 && y.length > 0 && (x === y || x.includes(y) || y.includes(x));
}

/** A meta title without a trailing (or leading) part that names the outlet. */
function dropTrailingSite(title: string | null, outlet: string | null): string | null {
  if (!title || !outlet) return title;
  const parts = titleParts(title);
  if (parts.length < 2) return title;
  if (sameName(parts[parts.length - 1]!.text, outlet)) return title.slice(0, parts[parts.length - 2]!.end).trim();
  if (sameName(parts[0]!.text, outlet)) return title.slice(parts[1]!.start).trim();
  return title;
}

/**
 * The <title> without the site's suffix. The leading parts that equal the article's h1 win; else a trailing
 * (or leading) part that names the outlet is dropped; else the last part is dropped when what is left still
 * has three words or more (site names are short, headlines are not).
 */
function titleFromDocument(title: string, outlet: string | null, heading: () => Element | null): string | null {
  if (!title) return null;
  const parts = titleParts(title);
  if (parts.length < 2) return title;
  const h1 = squash(heading()?.textContent).toLowerCase();
  if (h1) {
    for (let n = parts.length - 1; n >= 1; n--) {
      const head = title.slice(0, parts[n - 1]!.end).trim();
      if (head.toLowerCase() === h1) return head;
    }
  }
  const dropped = dropTrailingSite(title, outlet);
  if (dropped !== title) return dropped;
  const withoutLast = title.slice(0, parts[parts.length - 2]!.end).trim();
  return withoutLast.split(/\s+/).length >= 3 ? withoutLast : title;
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
  const m = value?.trim().match(/^([a-z]{2,3})(?:[-_]([a-z]{2,4}))?(?![a-z])/i);
  if (!m) return null;
  return m[2] ? `${m[1]!.toLowerCase()}-${m[2].toUpperCase()}` : m[1]!.toLowerCase();
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** ISO 8601 in, ISO 8601 out; other date strings parsed when unambiguous; anything else is null. */
export function normaliseDate(value: string | null | undefined): string | null {
  const s = value?.trim();
  if (!s) return null;
  const iso = ISO_DATE.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, frac, zone] = iso;
    if (!validDay(+y!, +mo!, +d!)) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    if (+h > 23 || +mi! > 59 || (sec !== undefined && +sec > 60)) return null;
    const time = `${h}:${mi}${sec !== undefined ? `:${sec}${frac ?? ''}` : ''}`;
    const tz = zone ? (zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`) : '';
    return `${y}-${mo}-${d}T${time}${tz}`;
  }
  // Russian month names ("9 июля 2021 года, 08:15"): the whole string is a date or it is not one.
  if (/[а-яё]/i.test(s)) return dateInText(s);
  // RFC 2822 and English month names ("July 5, 2021") only; numeric d/m vs m/d is ambiguous.
  if (/^\d{1,2}[./]\d{1,2}[./]\d{2,4}/.test(s)) return null;
  if (!/[a-z]{3}/i.test(s)) return null;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const date = new Date(t);
  if (!validDay(date.getFullYear(), 1, 1)) return null;
  // Date.parse rolls impossible days over ("Feb 30" becomes 2 March): the day it found must be in the text.
  const numbers = s.match(/\d+/g)?.map(Number) ?? [];
  if (!numbers.includes(date.getDate()) && !numbers.includes(date.getUTCDate())) return null;
  // A date without a time ("July 9, 2021") parses as local midnight; converting that to UTC would move it to
  // the day before wherever the clock is ahead of UTC (all of Russia). Keep the calendar date as written.
  if (!/\d:\d\d/.test(s)) return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
  // A time without a zone is the page's local time: keep it as written, without a zone.
  if (!/(?:[+-]\d{2}:?\d{2}|\b(?:Z|UTC|GMT|[ECMP][SD]T)\b)/i.test(s)) {
    return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}T${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
  }
  return date.toISOString();
}

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function firstDate(...sources: (() => string | null | undefined)[]): string | null {
  for (const source of sources) {
    const d = normaliseDate(source());
    if (d) return d;
  }
  return null;
}

/** A microdata date on any element: <time itemprop="datePublished" datetime>, <span itemprop content>. */
function itemDate(doc: Document, prop: string): string | null {
  const el = doc.querySelector(`[itemprop~="${prop}"]`);
  if (!el) return null;
  const machine = el.getAttribute('datetime') ?? el.getAttribute('content');
  return machine ? localTime(machine, el) : squash(el.textContent);
}

/** A machine date in UTC, given with the local offset when the element shows the same instant in local time. */
function localTime(machine: string, el: Element): string {
  const iso = normaliseDate(machine);
  return iso ? asWrittenLocally(iso, squash(el.textContent)) : machine;
}

/** The first <time datetime> in the article's header: within the article element, or near the body. */
function timeNear(root: Element | null, doc: Document): string | null {
  let scope: Element | null = root?.closest('article') ?? null;
  if (!scope) {
    scope = root;
    for (let i = 0; scope && i < 3 && !scope.querySelector('time[datetime]'); i++) scope = scope.parentElement;
  }
  const times = Array.from((scope ?? doc).querySelectorAll('time[datetime]'));
  // A time marked as the publication date wins over the first one.
  const marked = times.find((t) => t.hasAttribute('pubdate') || /publish|posted|date-pub/i.test(t.className));
  const time = marked ?? times[0];
  return time ? localTime(time.getAttribute('datetime')!, time) : null;
}

/** A /2021/07/09/ or /2021-07-09- date in the URL's path, as YYYY-MM-DD. */
function dateInUrl(url: string | undefined): string | null {
  const m = url?.match(/\/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:[/-]|$)/);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
