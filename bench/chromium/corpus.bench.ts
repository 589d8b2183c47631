// Real-Chromium benchmark over the shared corpus: every measure of ./measures.ts timed on every page, in the
// same run, in Debian's Chromium (playwright-core, headless). Pages are served from 127.0.0.1 with their own
// scripts off, and every request other than the page itself is aborted, so nothing leaves the machine and no
// page changes under the measures. Run with `npm run bench` (or `npx tsx bench/chromium/corpus.bench.ts`).
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../../tests/e2e/launch-chromium';
import { startCorpusServer } from '../../tests/e2e/server';
import { median, quantile } from '../stats';
import type { PageTimes, RcBench } from './in-page';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DEFAULT_CORPUS = resolve(ROOT, '..', 'shared', 'corpus', 'readability');

export interface ChromiumBenchOptions {
  corpus?: string;
  /** Only the first N pages (for a quick look). */
  limit?: number;
  /** Timed batches per measure per page. */
  batches?: number;
}

/** Measures also timed on their first run in a freshly loaded page (cold code, set-up included). */
const FIRST_RUN = ['readerable', 'detect'];

interface PageResult {
  page: string;
  times: PageTimes;
  /** Milliseconds of each FIRST_RUN measure's first run on a fresh load of the page. */
  first: Record<string, number>;
}

type MeasureInfo = RcBench['measures'][number];

/** Bundles the in-page runner (engine included) into one script. */
async function bundle(): Promise<string> {
  const out = await build({
    entryPoints: [join(import.meta.dirname, 'in-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

export async function runChromiumBench(options: ChromiumBenchOptions = {}): Promise<void> {
  const corpus = options.corpus ?? DEFAULT_CORPUS;
  if (!existsSync(corpus)) {
    console.log(`chromium bench: no corpus at ${corpus}; skipped`);
    return;
  }
  if (!existsSync(CHROMIUM)) {
    console.log(`chromium bench: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH); skipped`);
    return;
  }
  const pages = readdirSync(corpus)
    .filter((d) => existsSync(join(corpus, d, 'source.html')))
    .sort()
    .slice(0, options.limit ?? Infinity);
  const script = await bundle();
  // Enough interleaved batches that a page's median is steady on a busy machine (7 left ±10% between runs).
  const batches = options.batches ?? 15;

  const server = await startCorpusServer(corpus, pages);
  const { origin } = server;

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // --expose-gc: the page runner collects the young generation around each batch (in-page.ts).
    args: ['--js-flags=--expose-gc', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
  const started = Date.now();
  const results: PageResult[] = [];
  let measures: MeasureInfo[] = [];
  const failures: string[] = [];
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    let allowed = '';
    await page.route('**/*', (route) => (route.request().url() === allowed ? route.continue() : route.abort()));
    for (const name of pages) {
      allowed = `${origin}/${encodeURIComponent(name)}/`;
      try {
        /** Loads the page afresh and injects the runner. */
        const load = async () => {
          await page.goto(allowed, { waitUntil: 'load', timeout: 15_000 });
          await page.evaluate(script);
        };
        await load();
        const r = await page.evaluate(
          (batches) => {
            const b = (globalThis as unknown as { __rcBench: RcBench }).__rcBench;
            return { times: b.timeAll(batches), measures: b.measures };
          },
          batches,
        );
        measures = r.measures;
        // First runs: the page loaded afresh for each measure, so each meets cold code and empty caches.
        const first: Record<string, number> = {};
        for (const m of FIRST_RUN) {
          await load();
          first[m] = await page.evaluate((name) => (globalThis as unknown as { __rcBench: RcBench }).__rcBench.firstRun(name), m);
        }
        results.push({ page: name, times: r.times, first });
      } catch (e) {
        failures.push(`${name}: ${(e as Error).message.split('\n')[0]}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  report(results, measures, corpus, Date.now() - started, batches);
  if (failures.length) console.log(`\npages that failed (${failures.length}):\n  ${failures.join('\n  ')}`);
}

function report(results: PageResult[], measures: MeasureInfo[], corpus: string, ms: number, batches: number): void {
  const baselines = measures.filter((m) => m.baseline);
  console.log(`\nChromium benchmark: ${results.length} pages of ${corpus}, ${(ms / 1000).toFixed(1)} s`);
  console.log(`Per page: the median of ${batches} interleaved batches; below, the median (and 90th percentile) over pages.`);
  const header = ['measure', 'median ms', 'p90 ms', ...baselines.map((b) => `÷ ${b.name} (median)`)];
  const rows = measures.map((m) => {
    const t = results.map((r) => r.times.medians[m.name]!);
    const ratios = baselines.map((b) => median(results.map((r) => r.times.medians[m.name]! / r.times.medians[b.name]!)));
    return [m.name, median(t).toFixed(3), quantile(t, 0.9).toFixed(3), ...ratios.map((x) => `${x.toFixed(2)}x`)];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ')}`;
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  // The median ratio weighs a page of ten lines like a page of ten thousand, where fixed costs dominate; the
  // ratio of summed times is the cost over the whole corpus, as a reader visiting every page would pay it.
  const total = (name: string) => results.reduce((n, r) => n + r.times.medians[name]!, 0);
  console.log(`\n  ratio of summed times over all pages: ${measures.filter((m) => !m.baseline).map((m) =>
    `${m.name} ${baselines.map((b) => `${(total(m.name) / total(b.name)).toFixed(2)}x ${b.name}`).join(', ')}`).join('; ')}`);
  // First runs: what one visit to a page pays, before anything is compiled or built. The page's clock counts
  // in steps of 0.1 ms here, so these are coarse.
  const [yardstick, ...others] = FIRST_RUN;
  console.log(`\n  first run on a freshly loaded page (cold code, set-up included), median over pages: ${FIRST_RUN.map((m) =>
    `${m} ${median(results.map((r) => r.first[m]!)).toFixed(2)} ms`).join(', ')}; ${others.map((m) =>
    `${m} ÷ ${yardstick} ${median(results.map((r) => r.first[m]! / Math.max(r.first[yardstick!]!, 0.1))).toFixed(1)}x`).join(', ')}`);
  // Per group (groupOf in measures.ts): the same median ratios over each group's pages alone.
  const groups = [...new Set(results.map((r) => r.times.group))].sort();
  if (groups.length > 1) {
    console.log('\n  median ratio by page group:');
    for (const m of measures.filter((x) => !x.baseline)) {
      const cells = groups.map((g) => {
        const of = results.filter((r) => r.times.group === g);
        const ratios = baselines.map((b) => median(of.map((r) => r.times.medians[m.name]! / r.times.medians[b.name]!)).toFixed(2));
        return `${g} (${of.length}) ${ratios.map((x, i) => `${x}x ${baselines[i]!.name}`).join(', ')}`;
      });
      console.log(`    ${m.name}: ${cells.join('; ')}`);
    }
  }
  // The label recogniser's share of the whole pipeline, where it runs: on articles (issue budget: at most 10%).
  if (measures.some((m) => m.name === 'analyze') && measures.some((m) => m.name === 'analyze-no-labels')) {
    const articles = results.filter((r) => r.times.group === 'articles');
    const sum = (name: string) => articles.reduce((n, r) => n + r.times.medians[name]!, 0);
    const ratio = median(articles.map((r) => r.times.medians.analyze! / r.times.medians['analyze-no-labels']!));
    console.log(`\n  label recogniser on ${articles.length} articles: analyze ÷ analyze-no-labels ${ratio.toFixed(3)}x (median), ` +
      `${(sum('analyze') / sum('analyze-no-labels')).toFixed(3)}x (ratio of sums)`);
  }
  console.log('\n  measures:');
  for (const m of measures) console.log(`    ${m.name}: ${m.description}`);

  const detect = measures.find((m) => m.name === (process.env.BENCH_WORST ?? 'detect'));
  const base = measures.find((m) => m.name === (process.env.BENCH_WORST_BASE ?? baselines[0]?.name));
  if (detect && base) {
    const worst = results
      .map((r) => ({ page: r.page, ratio: r.times.medians[detect.name]! / r.times.medians[base.name]!, ms: r.times.medians[detect.name]! }))
      .sort((a, b) => b.ratio - a.ratio)
      .slice(0, Number(process.env.BENCH_WORST_N ?? 5));
    const show = (rows: typeof worst) => rows.map((w) => `${w.page} ${w.ratio.toFixed(1)}x (${w.ms.toFixed(3)} ms)`).join(', ');
    console.log(`\n  highest ${detect.name} ÷ ${base.name}: ${show(worst)}`);
    // A small group (the pages turned away, in the shared corpus) is listed whole: its median alone hides
    // whether the pages are real pages or a few lines of test markup.
    for (const g of new Set(results.map((r) => r.times.group))) {
      const of = results.filter((r) => r.times.group === g);
      if (of.length > 12) continue;
      const rows = of.map((r) => ({ page: r.page, ratio: r.times.medians[detect.name]! / r.times.medians[base.name]!, ms: r.times.medians[detect.name]! }));
      console.log(`  ${g}, ${detect.name} ÷ ${base.name}: ${show(rows.sort((a, b) => b.ms - a.ms))}`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const limit = process.argv.includes('--pages') ? Number(process.argv[process.argv.indexOf('--pages') + 1]) : undefined;
  await runChromiumBench({ limit });
}
