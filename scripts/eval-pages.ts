// npm run eval:pages -- <dir> [--limit N] [--json FILE] [--check]
//
// The built Chrome extension (RC_OUT_DIR or .output, chrome-mv3) in real Chromium over every page of a folder
// laid out like the shared corpus (<dir>/<page>/source.html, expected.html where the article text is known),
// with page scripts blocked by a CSP header. Per page it prints:
// - the verdict and how many items were hidden;
// - kept: the share of expected.html's words still visible with the hiding applied, against the same page with
//   every hidden item shown again through the extension's own Show (as eval:declutter measures it);
// - exc: exceptions and console errors from the extension's own files, read over the DevTools protocol
//   (Runtime.exceptionThrown, Runtime.consoleAPICalled and Log.entryAdded in the page, the isolated world
//   included, whose errors the page's `pageerror` never sees; and the service worker's console errors);
// - req: requests made by the extension's service worker or its frames to anything but its own files;
// - task: the longest main-thread task of the page view (PerformanceObserver "longtask", which starts at
//   50 ms: "<50" when there was none), with the extension, then in a second browser without it; and the
//   content script's own longest synchronous stretch as its report gives it (`longestTask`).
// --check exits 1 unless no page loses known article text, there are no extension exceptions and no
// extension requests.
import { mkdtempSync, readdirSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM, decidedTab, launchChromium } from '../tests/e2e/launch-chromium';
import { startCorpusServer } from '../tests/e2e/server';

const LOSS_THRESHOLD = 0.99;
const CSP = { 'content-security-policy': "script-src 'none'; object-src 'none'" };

interface PageResult {
  name: string;
  status: string;
  hidden: number;
  kept: number | null;
  exceptions: string[];
  requests: string[];
  longestWith: number;
  longestWithout: number;
  ownLongest: number | null;
}

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const dir = resolve(args.find((a, i) => !a.startsWith('--') && !['--limit', '--json'].includes(args[i - 1] ?? '')) ?? '../shared/corpus/readability');
const limit = Number(opt('--limit') ?? Infinity);
const jsonOut = opt('--json');
const check = args.includes('--check');

// Before any page script (an init script is not subject to the page's CSP): the longest task seen.
const LONGTASK_PROBE = `(() => {
  window.__rcLongest = 0;
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__rcLongest = Math.max(window.__rcLongest, e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

function expectedWords(file: string): [string, number][] | null {
  if (!existsSync(file)) return null;
  const dom = new JSDOM(readFileSync(file, 'utf8'), { virtualConsole: new VirtualConsole() });
  return [...words(dom.window.document.body?.textContent ?? '').entries()];
}

const visibleWords = (page: Page, entries: [string, number][]) =>
  page.evaluate((list) => {
    const counts = new Map<string, number>();
    for (const w of (document.body?.innerText ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) counts.set(w, (counts.get(w) ?? 0) + 1);
    let visible = 0;
    for (const [w, n] of list) visible += Math.min(n, counts.get(w) ?? 0);
    return visible;
  }, entries);

const longest = (page: Page) => page.evaluate(() => (window as unknown as { __rcLongest?: number }).__rcLongest ?? 0).catch(() => -1);

async function main(): Promise<number> {
  const pages = readdirSync(dir)
    .filter((n) => statSync(join(dir, n)).isDirectory() && existsSync(join(dir, n, 'source.html')))
    .sort()
    .slice(0, limit);
  if (!pages.length) {
    process.stderr.write(`no pages in ${dir}\n`);
    return 2;
  }
  const server = await startCorpusServer(dir, pages, CSP);
  const { origin } = server;
  const allow = (url: string) => url.startsWith(origin) || url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:');

  // Without the extension first: the page's own longest task, for comparison.
  const plainProfile = mkdtempSync(join(tmpdir(), 'rc-plain-'));
  const plain = await chromium.launchPersistentContext(plainProfile, { executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 900 }, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
  const without = new Map<string, number>();
  await guard(plain, allow);
  const plainPage = await plain.newPage();
  for (const name of pages) {
    await plainPage.goto(`${origin}/${encodeURIComponent(name)}/`, { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
    await plainPage.waitForTimeout(500);
    without.set(name, await longest(plainPage));
  }
  await plain.close();
  rmSync(plainProfile, { recursive: true, force: true });

  const session = await launchChromium();
  await guard(session.context, allow);
  const requests: string[] = [];
  session.context.on('request', (r) => {
    const from = r.serviceWorker()?.url() ?? r.frame()?.url() ?? '';
    if (from.startsWith('chrome-extension://') && !r.url().startsWith('chrome-extension://')) requests.push(r.url());
  });
  const workerErrors: string[] = [];
  session.worker.on('console', (m) => void (m.type() === 'error' && workerErrors.push(m.text().slice(0, 160))));
  const page = await session.context.newPage();
  page.on('dialog', (d) => void d.dismiss().catch(() => undefined));
  const cdp = await session.context.newCDPSession(page);
  const exceptions: string[] = [];
  const fromExtension = (url?: string, frames?: { url: string }[]) => !!url?.startsWith('chrome-extension://') || !!frames?.some((f) => f.url.startsWith('chrome-extension://'));
  cdp.on('Runtime.exceptionThrown', (e) => {
    const d = e.exceptionDetails;
    if (fromExtension(d.url, d.stackTrace?.callFrames)) exceptions.push(`${d.text} ${d.exception?.description?.split('\n')[0] ?? ''}`.slice(0, 160));
  });
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (e.type === 'error' && fromExtension(undefined, e.stackTrace?.callFrames)) exceptions.push(`console.error ${e.args.map((a) => a.value ?? a.description ?? '').join(' ')}`.slice(0, 160));
  });
  cdp.on('Log.entryAdded', (e) => {
    if (e.entry.level === 'error' && fromExtension(e.entry.url, e.entry.stackTrace?.callFrames)) exceptions.push(`log ${e.entry.text}`.slice(0, 160));
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');

  const results: PageResult[] = [];
  for (const name of pages) {
    exceptions.length = 0;
    requests.length = 0;
    workerErrors.length = 0;
    const r: PageResult = { name, status: 'error', hidden: 0, kept: null, exceptions: [], requests: [], longestWith: 0, longestWithout: without.get(name) ?? -1, ownLongest: null };
    try {
      await page.goto(`${origin}/${encodeURIComponent(name)}/`, { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
      const { tabId, state } = await decidedTab(session, page);
      await page.waitForTimeout(500);
      r.status = state.status;
      r.longestWith = await longest(page);
      r.ownLongest = state.timings?.longestTask ?? null;
      const hidden = state.report?.hidden ?? [];
      r.hidden = hidden.length;
      const entries = expectedWords(join(dir, name, 'expected.html'));
      if (entries) {
        const after = await visibleWords(page, entries);
        for (const item of hidden)
          await session.worker.evaluate(({ tabId, id }) => chrome.tabs.sendMessage(tabId, { type: 'set-hidden', id, hidden: false }, { frameId: 0 }), { tabId, id: item.id });
        const before = await visibleWords(page, entries);
        r.kept = before ? after / before : 1;
      }
    } catch (e) {
      r.status = `error: ${(e as Error).message.split('\n')[0]}`;
    }
    r.exceptions = [...exceptions, ...workerErrors.map((w) => `worker ${w}`)];
    r.requests = [...requests];
    results.push(r);
    process.stdout.write(line(r));
  }
  await session.close();
  await server.close();

  const lost = results.filter((r) => r.kept !== null && r.kept < LOSS_THRESHOLD);
  const withExceptions = results.filter((r) => r.exceptions.length);
  const withRequests = results.filter((r) => r.requests.length);
  const over = results.filter((r) => (r.ownLongest ?? 0) > 50);
  const longer = results.filter((r) => r.longestWith > Math.max(r.longestWithout, 0) + 50);
  process.stdout.write(
    [
      '',
      `pages: ${results.length} (page scripts blocked by CSP); articles: ${results.filter((r) => r.status === 'article').length}; errors: ${results.filter((r) => r.status.startsWith('error')).length}`,
      `pages that lost known article text (kept < ${LOSS_THRESHOLD * 100}%): ${lost.length} of ${results.filter((r) => r.kept !== null).length}${lost.length ? `: ${lost.map((r) => r.name).join(', ')}` : ''}`,
      `extension exceptions: ${withExceptions.length} pages${withExceptions.length ? `: ${withExceptions.map((r) => `${r.name} (${r.exceptions[0]})`).join('; ')}` : ''}`,
      `extension requests: ${withRequests.length} pages${withRequests.length ? `: ${withRequests.map((r) => `${r.name} (${r.requests[0]})`).join('; ')}` : ''}`,
      `content script's longest synchronous stretch over 50 ms: ${over.length} pages${over.length ? `: ${over.map((r) => `${r.name} ${r.ownLongest} ms`).join(', ')}` : ''}`,
      `longest task 50+ ms longer with the extension than without: ${longer.length} pages${longer.length ? `: ${longer.map((r) => `${r.name} ${Math.round(r.longestWith)}/${Math.round(r.longestWithout)} ms`).join(', ')}` : ''}`,
      '',
    ].join('\n'),
  );
  if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(results, null, 2)}\n`);
  return check && (lost.length || withExceptions.length || withRequests.length) ? 1 : 0;
}

/** Only the corpus server and the extension's own files load; every other request is refused. */
async function guard(context: BrowserContext, allow: (url: string) => boolean): Promise<void> {
  await context.route('**/*', (route) => (allow(route.request().url()) ? route.continue() : route.abort()));
}

function line(r: PageResult): string {
  const ms = (v: number) => (v < 0 ? '?' : v < 50 ? '<50' : String(Math.round(v)));
  const kept = r.kept === null ? 'n/a' : `${(r.kept * 100).toFixed(1)}%`;
  return `${r.name.padEnd(40)} ${r.status.padEnd(12)} hid ${String(r.hidden).padStart(2)}  kept ${kept.padStart(6)}  exc ${r.exceptions.length}  req ${r.requests.length}  task ${ms(r.longestWith)}/${ms(r.longestWithout)} ms (own ${r.ownLongest ?? '-'})${r.exceptions.length ? `  ! ${r.exceptions[0]}` : ''}\n`;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exit(2);
  },
);
