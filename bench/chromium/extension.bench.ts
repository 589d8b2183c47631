// The built extension's own content script, in Debian's Chromium, on the shared corpus pages: what a reader
// pays per page view, from the content script's start to its report (settings read and the background's
// matching included), against the first runs of isProbablyReaderable and of Readability's parse on a fresh
// load of the same page, in the same run. Also: the longest main-thread task while the content script runs,
// and the JS memory the extension adds to the tab. Then the same with a synthetic pack of 50,000 names
// imported. Pages are served from 127.0.0.1 with a CSP that keeps their own scripts off.
// Run with `npm run bench` (or `npx tsx bench/chromium/extension.bench.ts [--pages N]`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { validatePack } from '../../src/core/glossary/validate';
import type { TabState } from '../../src/extension/messages';
import { activeTab, CHROME_BUILD, CHROMIUM, launchChromium, type ChromiumSession } from '../../tests/e2e/launch-chromium';
import { startCorpusServer } from '../../tests/e2e/server';
import { median, quantile } from '../stats';
import { makeRandom, syntheticNames, syntheticPack } from '../synthetic-pack';
import { build } from 'esbuild';
import type { RcAnchors } from './anchors';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CORPORA = ['readability', 'nonarticles', 'ru-articles'].map((d) => resolve(ROOT, '..', 'shared', 'corpus', d));
const CSP = { 'content-security-policy': "script-src 'none'" };
/** Pages measured for memory: the largest articles. */
const MEMORY_PAGES = 20;
const SYNTHETIC_NAMES = 50_000;

interface View {
  page: string;
  status: string;
  timings: Record<string, number>;
  /** Longest main-thread task that overlapped the content script's run (ms; 0: none over 50 ms). */
  longest: number;
}

interface Anchors {
  readerable: number;
  readability: number;
  bytes: number;
}

export async function runExtensionBench(options: { limit?: number } = {}): Promise<void> {
  const corpora = CORPORA.filter(existsSync);
  if (!corpora.length || !existsSync(CHROMIUM)) {
    console.log('extension bench: no corpus or no Chromium; skipped');
    return;
  }
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
    console.log('extension bench: building the Chrome extension first');
    spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  const started = Date.now();
  const sites = await Promise.all(
    corpora.map(async (dir) => {
      const pages = readdirSync(dir).filter((d) => existsSync(join(dir, d, 'source.html'))).sort().slice(0, options.limit ?? Infinity);
      return { dir, pages, server: await startCorpusServer(dir, pages, CSP) };
    }),
  );
  const urls = sites.flatMap((s) => s.pages.map((p) => ({ page: `${s.dir.split('/').pop()}/${p}`, url: `${s.server.origin}/${encodeURIComponent(p)}/` })));
  try {
    const anchors = await measureAnchors(urls);
    const session = await launchChromium();
    try {
      const views = await measureViews(session, urls);
      const memory = await measureMemory(session, urls, views, anchors);
      report('shipped packs', views, anchors, memory);
      const compile = await importSynthetic(session, urls, views);
      const synthetic = await measureViews(session, urls);
      console.log(`\n  synthetic pack of ${SYNTHETIC_NAMES.toLocaleString('en')} names imported; the first article after the import waited ${compile.toFixed(0)} ms for its one-time compile in the background`);
      report(`shipped packs + ${SYNTHETIC_NAMES.toLocaleString('en')} synthetic names`, synthetic, anchors, await measureMemory(session, urls, synthetic, anchors));
    } finally {
      await session.close();
    }
  } finally {
    await Promise.all(sites.map((s) => s.server.close()));
  }
  console.log(`\n  extension bench: ${urls.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** First runs of the yardsticks on a fresh load of each page, in Chromium without the extension. */
async function measureAnchors(urls: { page: string; url: string }[]): Promise<Map<string, Anchors>> {
  const script = await anchorsBundle();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const anchors = new Map<string, Anchors>();
  try {
    const page = await browser.newPage();
    await blockSubresources(page);
    for (const { page: name, url } of urls) {
      try {
        const first = async (measure: keyof RcAnchors) => {
          await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
          await page.evaluate(script);
          return page.evaluate((m) => (globalThis as unknown as { __rcAnchors: RcAnchors }).__rcAnchors[m](), measure);
        };
        const readerable = await first('readerable');
        const readability = await first('readability');
        const bytes = await page.evaluate(() => document.documentElement.outerHTML.length);
        anchors.set(name, { readerable, readability, bytes });
      } catch {
        // A page that does not load is left out of every figure.
      }
    }
  } finally {
    await browser.close();
  }
  return anchors;
}

async function anchorsBundle(): Promise<string> {
  const out = await build({ entryPoints: [join(import.meta.dirname, 'anchors.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'chrome120', logLevel: 'silent' });
  return out.outputFiles[0]!.text;
}

async function blockSubresources(page: Page): Promise<void> {
  await page.route('**/*', (route) => (route.request().resourceType() === 'document' ? route.continue() : route.abort()));
}

/** Each page loaded once in a fresh tab with the extension: the content script's own timings of that view. */
async function measureViews(session: ChromiumSession, urls: { page: string; url: string }[]): Promise<View[]> {
  const views: View[] = [];
  for (const { page: name, url } of urls) {
    const page = await session.context.newPage();
    try {
      await blockSubresources(page);
      await page.addInitScript(() => {
        const tasks: { start: number; duration: number }[] = [];
        (globalThis as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
      const state = await decided(session, page);
      if (!state?.timings) continue;
      const { startedAt = 0, total = 0 } = state.timings;
      const tasks = await page.evaluate(() => (globalThis as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks);
      const longest = Math.max(0, ...tasks.filter((t) => t.start + t.duration > startedAt && t.start < startedAt + total).map((t) => t.duration));
      views.push({ page: name, status: state.status, timings: state.timings, longest });
    } catch {
      // Left out, as in measureAnchors.
    } finally {
      await page.close();
    }
  }
  return views;
}

/** The tab's state once its content script has finished its first pass (timings set). */
async function decided(session: ChromiumSession, page: Page): Promise<TabState | null> {
  await page.bringToFront();
  for (let i = 0; i < 200; i++) {
    const state = (await activeTab(session))?.state;
    if (state?.timings) return state;
    await new Promise((r) => setTimeout(r, 25));
  }
  return null;
}

interface Memory {
  pages: number;
  /** MB the extension adds: the tab's JS heap (its content script's world included) and its sidebar's frame. */
  added: number[];
}

/** JS heap of the largest article pages with the extension (page + sidebar frame) and without it. */
async function measureMemory(session: ChromiumSession, urls: { page: string; url: string }[], views: View[], anchors: Map<string, Anchors>): Promise<Memory> {
  const articles = new Set(views.filter((v) => v.status === 'article').map((v) => v.page));
  const largest = urls.filter((u) => articles.has(u.page)).sort((a, b) => (anchors.get(b.page)?.bytes ?? 0) - (anchors.get(a.page)?.bytes ?? 0)).slice(0, MEMORY_PAGES);
  const plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const added: number[] = [];
  try {
    const plainPage = await plain.newPage();
    await blockSubresources(plainPage);
    for (const { url } of largest) {
      await plainPage.goto(url, { waitUntil: 'load', timeout: 15_000 }).catch(() => undefined);
      const without = await heapMb(plainPage, plain.contexts()[0]!.newCDPSession.bind(plain.contexts()[0]!));
      const page = await session.context.newPage();
      try {
        await blockSubresources(page);
        await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
        await decided(session, page);
        const newSession = session.context.newCDPSession.bind(session.context);
        const withIt = await heapMb(page, newSession);
        const sidebar = page.frames().find((f) => f.url().startsWith(`chrome-extension://${session.extensionId}/sidebar.html`));
        const sidebarMb = sidebar ? await heapMb(sidebar, newSession).catch(() => 0) : 0;
        added.push(withIt + sidebarMb - without);
      } finally {
        await page.close();
      }
    }
  } finally {
    await plain.close();
  }
  return { pages: largest.length, added };
}

type CdpFactory = (target: Page | import('playwright-core').Frame) => Promise<import('playwright-core').CDPSession>;

async function heapMb(target: Page | import('playwright-core').Frame, cdpFor: CdpFactory): Promise<number> {
  const cdp = await cdpFor(target);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1e6;
}

/** Imports the synthetic pack as a user would (stored imports; the background compiles them once). */
async function importSynthetic(session: ChromiumSession, urls: { page: string; url: string }[], views: View[]): Promise<number> {
  const pack = syntheticPack(syntheticNames(SYNTHETIC_NAMES, makeRandom(7)), 'synthetic-50k', 10);
  const checked = validatePack(pack);
  if (!checked.ok) throw new Error(`synthetic pack does not validate: ${JSON.stringify(checked.errors[0])}`);
  await session.worker.evaluate((p) => chrome.storage.local.set({ importedPacks: [{ pack: p, importedAt: new Date().toISOString() }] }), pack);
  // The first article after the import: its report waits for the one compile.
  const article = views.find((v) => v.status === 'article');
  const url = urls.find((u) => u.page === article?.page);
  if (!url) return 0;
  const [view] = await measureViews(session, [url]);
  return view?.timings.annotate ?? 0;
}

function report(title: string, views: View[], anchors: Map<string, Anchors>, memory: Memory): void {
  const withAnchors = views.filter((v) => anchors.has(v.page));
  const articles = withAnchors.filter((v) => v.status === 'article');
  const others = withAnchors.filter((v) => v.status !== 'article');
  const ratio = (vs: View[], of: keyof Anchors) => median(vs.map((v) => v.timings.total! / Math.max(anchors.get(v.page)![of], 0.1)));
  const ms = (vs: View[], key = 'total') => vs.map((v) => v.timings[key] ?? 0);
  console.log(`\nExtension in Chromium, ${title}: ${withAnchors.length} page views (${articles.length} articles, ${others.length} other pages)`);
  console.log(`  not an article: content script's whole run ${median(ms(others)).toFixed(2)} ms median (p90 ${quantile(ms(others), 0.9).toFixed(2)}), ` +
    `${ratio(others, 'readerable').toFixed(2)}x isProbablyReaderable's first run (median ${median(others.map((v) => anchors.get(v.page)!.readerable)).toFixed(2)} ms; budget 2x)`);
  console.log(`  article: content script start to report ready ${median(ms(articles)).toFixed(2)} ms median (p90 ${quantile(ms(articles), 0.9).toFixed(2)}), ` +
    `${ratio(articles, 'readability').toFixed(2)}x Readability parse's first run (median ${median(articles.map((v) => anchors.get(v.page)!.readability)).toFixed(2)} ms; budget 0.5x)`);
  const over = withAnchors.filter((v) => v.longest > 50);
  const longest = withAnchors.reduce((a, v) => (v.longest > a.longest ? v : a), withAnchors[0] ?? { longest: 0, page: '-' } as View);
  console.log(`  main-thread tasks over 50 ms while the content script ran (any task, the page's own included): ${over.length} pages${over.length ? ` (${over.map((v) => `${v.page} ${v.longest.toFixed(0)} ms`).join(', ')})` : ''}; longest ${longest.longest.toFixed(0)} ms (budget: none over 50 ms)`);
  const own = withAnchors.map((v) => v.timings.longestTask ?? 0);
  const ownOver = withAnchors.filter((v) => (v.timings.longestTask ?? 0) > 50);
  console.log(`  the content script's own longest synchronous task: median ${median(own).toFixed(1)} ms, max ${Math.max(0, ...own).toFixed(1)} ms; over 50 ms on ${ownOver.length} pages${ownOver.length ? ` (${ownOver.map((v) => `${v.page} ${v.timings.longestTask!.toFixed(0)} ms`).join(', ')})` : ''}`);
  const stages = ['setup', 'detect', 'metadata', 'declutter', 'text', 'annotate', 'background', 'match', 'labels', 'notes'];
  console.log(`  where an article's time goes (median ms): ${stages.map((s) => `${s} ${median(ms(articles, s)).toFixed(2)}`).join(', ')} (annotate: the page's wait for the background; background: the time it spent, of which match, labels, notes)`);
  console.log(`  not an article, by stage (median ms): setup ${median(ms(others, 'setup')).toFixed(2)}, detect ${median(ms(others, 'detect')).toFixed(2)}`);
  if (memory.added.length)
    console.log(`  JS memory the extension adds to a tab (page heap with its content script, plus the sidebar frame), ${memory.pages} largest articles: median ${median(memory.added).toFixed(2)} MB, max ${Math.max(...memory.added).toFixed(2)} MB (budget 10 MB)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const limit = process.argv.includes('--pages') ? Number(process.argv[process.argv.indexOf('--pages') + 1]) : undefined;
  await runExtensionBench({ limit });
}
