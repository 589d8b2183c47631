// npm run eval:detect -- <dir> [--verbose] [--check]
//
// Runs article detection and metadata over a folder of saved pages and prints how often they agree with the
// expectations. Two layouts are read, page by page:
//   <dir>/<page>/source.html + expected-metadata.json   (Mozilla Readability's test pages, the shared corpus)
//   <dir>/<page>/page.html   + expected.json            (this project's fixtures, tests/fixtures)
//
// What is compared, and how:
// - Detection. Corpus pages: `readerable: true` pages are the ones to find (recall); pages with
//   `readerable: false` that are detected are false positives. Fixtures: `article.isArticle`.
// - Title: equal after white space is collapsed and trimmed; only where a non-empty title is expected.
// - Published date: the calendar day each string states (its first ten characters, YYYY-MM-DD, in the
//   offset the page wrote it in), only where a date is expected; a missing date is a disagreement.
// - Language: the primary subtag, case-insensitive ("en-US" agrees with "en"); only where one is expected.
// Metadata is read with the verdict's root, or, on a page not detected, with the root the detector would
// have used, so that a miss in detection does not also count as a miss in metadata.
// --check exits 1 when a goal is not met (recall 99%, false positives 5%, title 90%, date 95%, language 95%).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detectArticle } from '../src/core/article/detect';
import { readJsonLd } from '../src/core/article/jsonld';
import { readMetadata } from '../src/core/article/metadata';
import { findArticleRoot } from '../src/core/article/root';
import { squash } from '../src/core/article/text-weight';
import { compileRules } from '../src/core/declutter/rules';
import { parseHtml } from '../src/cli/dom';

interface Case {
  name: string;
  html: string;
  url?: string;
  /** true: must be detected; false: must not be; null: not judged. */
  article: boolean | null;
  title: string | null;
  published: string | null;
  lang: string | null;
}

interface Outcome {
  c: Case;
  detected: boolean;
  signals: string;
  title: string | null;
  published: string | null;
  lang: string | null;
  ms: number;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const check = args.includes('--check');
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/corpus/readability');

function readCases(root: string): Case[] {
  const cases: Case[] = [];
  for (const name of readdirSync(root).sort()) {
    const d = join(root, name);
    if (!statSync(d).isDirectory()) continue;
    if (existsSync(join(d, 'source.html')) && existsSync(join(d, 'expected-metadata.json'))) {
      const m = JSON.parse(readFileSync(join(d, 'expected-metadata.json'), 'utf8')) as Record<string, unknown>;
      cases.push({
        name,
        html: readFileSync(join(d, 'source.html'), 'utf8'),
        // The shared corpora's newer folders say where the page was captured; the extension always has that.
        url: typeof m.url === 'string' ? m.url : undefined,
        article: typeof m.readerable === 'boolean' ? m.readerable : null,
        title: typeof m.title === 'string' && m.title.trim() ? m.title : null,
        published: typeof m.publishedTime === 'string' ? m.publishedTime : null,
        lang: typeof m.lang === 'string' ? m.lang : null,
      });
    } else if (existsSync(join(d, 'page.html')) && existsSync(join(d, 'expected.json'))) {
      const e = JSON.parse(readFileSync(join(d, 'expected.json'), 'utf8')) as {
        url?: string;
        article?: { isArticle?: boolean };
        meta?: { title?: string | null; published?: string | null; lang?: string | null };
      };
      cases.push({
        name,
        html: readFileSync(join(d, 'page.html'), 'utf8'),
        url: e.url,
        article: typeof e.article?.isArticle === 'boolean' ? e.article.isArticle : null,
        title: e.meta?.title ?? null,
        published: e.meta?.published ?? null,
        lang: e.meta?.lang ?? null,
      });
    }
  }
  return cases;
}

/** The CLI's DOM (its console is silent). */
function quietParse(html: string, url?: string): Document {
  return parseHtml(html, url).doc;
}

function evaluate(c: Case): Outcome {
  const doc = quietParse(c.html, c.url);
  // A page saved without its address gives the engine none (the DOM's own is a placeholder).
  const url = c.url ?? 'about:blank';
  const t0 = performance.now();
  const { bodyExclusion } = compileRules(doc);
  const jsonLd = readJsonLd(doc);
  const verdict = detectArticle(doc, { url, jsonLd, bodyExclusion });
  const root = verdict.root ?? findArticleRoot(doc, bodyExclusion).root;
  const meta = readMetadata(doc, jsonLd, root, url);
  const ms = performance.now() - t0;
  return {
    c,
    detected: verdict.isArticle,
    signals: verdict.signals.map((s) => `${s.name}${s.detail ? `=${s.detail}` : ''}${s.weight > 0 ? '+' : ''}${s.weight}`).join(' '),
    title: meta.title,
    published: meta.published,
    lang: meta.lang,
    ms,
  };
}

const day = (s: string | null) => (s && /^\d{4}-\d\d-\d\d/.test(s) ? s.slice(0, 10) : null);
const primary = (s: string | null) => s?.trim().toLowerCase().split(/[-_]/)[0] ?? null;
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

const cases = readCases(dir);
if (!cases.length) {
  console.error(`no pages found in ${dir} (expected <page>/source.html + expected-metadata.json or <page>/page.html + expected.json)`);
  process.exit(2);
}
// A page the Node DOM cannot take is reported and left out; the run goes on.
const outcomes = cases.flatMap((c) => {
  try {
    return [evaluate(c)];
  } catch (e) {
    console.log(`  skipped ${c.name}: ${(e as Error).message.split('\n')[0]}`);
    return [];
  }
});

const positives = outcomes.filter((o) => o.c.article === true);
const negatives = outcomes.filter((o) => o.c.article === false);
const misses = positives.filter((o) => !o.detected);
const falsePositives = negatives.filter((o) => o.detected);
const withTitle = outcomes.filter((o) => o.c.title);
const titleMisses = withTitle.filter((o) => squash(o.title) !== squash(o.c.title));
const withDate = outcomes.filter((o) => o.c.published);
const dateMisses = withDate.filter((o) => day(o.published) !== day(o.c.published));
const withLang = outcomes.filter((o) => o.c.lang);
const langMisses = withLang.filter((o) => primary(o.lang) !== primary(o.c.lang));
const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);

const recall = positives.length ? (positives.length - misses.length) / positives.length : 1;
const titleRate = withTitle.length ? (withTitle.length - titleMisses.length) / withTitle.length : 1;
const dateRate = withDate.length ? (withDate.length - dateMisses.length) / withDate.length : 1;
const langRate = withLang.length ? (withLang.length - langMisses.length) / withLang.length : 1;

console.log(`eval:detect ${dir}: ${cases.length} pages`);
console.log(`  recall (articles found)     ${positives.length - misses.length}/${positives.length}  ${pct(positives.length - misses.length, positives.length)}   goal >= 99%`);
console.log(`  false positives             ${falsePositives.length}/${negatives.length}  ${pct(falsePositives.length, negatives.length)}   goal <= 5%`);
console.log(`  title agreement             ${withTitle.length - titleMisses.length}/${withTitle.length}  ${pct(withTitle.length - titleMisses.length, withTitle.length)}   goal >= 90%`);
console.log(`  published day agreement     ${withDate.length - dateMisses.length}/${withDate.length}  ${pct(withDate.length - dateMisses.length, withDate.length)}   goal >= 95%`);
console.log(`  language agreement          ${withLang.length - langMisses.length}/${withLang.length}  ${pct(withLang.length - langMisses.length, withLang.length)}   goal >= 95%`);
console.log(`  time per page (happy-dom)   median ${times[times.length >> 1]!.toFixed(1)} ms, max ${times[times.length - 1]!.toFixed(1)} ms`);

const section = (title: string, list: Outcome[], line: (o: Outcome) => string) => {
  if (!list.length) return;
  console.log(`\n${title} (${list.length}):`);
  for (const o of list) console.log(`  ${o.c.name}: ${line(o)}`);
};
section('Missed articles', misses, (o) => o.signals);
section('False positives', falsePositives, (o) => o.signals);
section('Title disagreements', titleMisses, (o) => `expected ${JSON.stringify(squash(o.c.title))}, got ${JSON.stringify(o.title)}`);
section('Date disagreements', dateMisses, (o) => `expected ${o.c.published}, got ${o.published}`);
section('Language disagreements', langMisses, (o) => `expected ${o.c.lang}, got ${o.lang}`);
if (verbose) section('All pages', outcomes, (o) => `${o.detected ? 'article' : 'not'} ${o.signals}`);

if (check) {
  const ok = recall >= 0.99 && titleRate >= 0.9 && dateRate >= 0.95 && langRate >= 0.95 && falsePositives.length <= 0.05 * negatives.length;
  if (!ok) {
    console.log('\ngoals not met');
    process.exitCode = 1;
  }
}
