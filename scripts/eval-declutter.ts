// npm run eval:declutter -- <dir> [--page NAME] [--json FILE] [--check] [--mode auto|always]
//
// Runs the BUILT Chrome extension (RC_OUT_DIR or .output, chrome-mv3) in real Chromium over a folder of
// pages laid out like the shared corpus (<dir>/<page>/source.html, with expected.html where the article text is
// known) and prints, per page,
// what it hid (system and characters) and how much of the expected article text is still visible, then
// the totals. Pages are served from 127.0.0.1; every other request the pages make is aborted.
//
// How each figure is measured:
// - Article text kept: the words of expected.html's text (Readability's extraction of the article), as a
//   multiset, are counted in document.body.innerText twice: with the extension's hiding applied, and with
//   every hidden item shown again through the extension's own Show ("set-hidden" message). Kept = after /
//   before. A page "loses article text" when it keeps less than 99% (LOSS_THRESHOLD). The words of the
//   page's comment markup (COMMENT_MARKUP) are not article text: they are left out of both counts, since
//   Readability's expected.html sometimes keeps a comment section (firefox-nightly-blog).
// - Comment markup: decided by hand, independently of the extension's rules: COMMENT_MARKUP below lists
//   the corpus pages that carry a comment form, comment list or comment widget container, each with the
//   selector of that markup, written by looking at the page. The markup counts as hidden when every element
//   the selector matches is inside an element the extension hid, or has no box on screen (zero size or not
//   rendered) even with everything shown again: an empty widget placeholder is not clutter.
// --mode always sets every site to "Always" (analyse even pages not detected as articles); default auto.
// --check exits 1 unless no page loses article text and markup is hidden on >= 95% of the pages with it.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Page } from 'playwright-core';
import { decidedTab, launchChromium } from '../tests/e2e/launch-chromium';
import { startCorpusServer } from '../tests/e2e/server';

/** Corpus pages with comment markup, and where it is (checked by looking at each page). */
const COMMENT_MARKUP: Record<string, { selector: string; what: string }> = {
  '002': { selector: '#comments', what: 'comment list and "Post a comment" form' },
  aclu: { selector: '.pane-aclu-social-comments', what: 'Drupal comment form and comment list' },
  'archive-of-our-own': { selector: '#add_comment_placeholder', what: '"Post Comment" form' },
  'ars-1': { selector: '#comments-area', what: 'comment area ("You must login or create an account to comment")' },
  blogger: { selector: '#comments', what: 'Blogger comments with "Post a Comment" and the comment-editor frame' },
  breitbart: { selector: '#comments, #disqus_thread', what: 'comment note and the Disqus thread container' },
  'bug-1255978': { selector: '.box-comments:has(#commentsDiv)', what: 'Gigya comments box (login, post, sort)' },
  'buzzfeed-1': { selector: '#fb_comments_nexton, #fb_comments_control', what: 'Facebook conversations sections' },
  'citylab-1': { selector: '#disqus_thread, .js-load-disqus-comments', what: 'Disqus container and its "Expand Comments" button' },
  cnet: { selector: '.livefyreContainer', what: 'Livefyre discussion box' },
  'cnet-svg-classes': { selector: '.comments.collapsible', what: 'comment panel ("Regístrate o inicia sesión para comentar")' },
  'ehow-2': { selector: '#disqus_thread', what: 'Disqus container' },
  engadget: { selector: '#comments', what: 'comments section (Spot.IM, "Comments Sign In")' },
  'firefox-nightly-blog': { selector: '#comments', what: 'comment list and "Post a comment" form' },
  folha: { selector: '#comentarios', what: 'comments section ("Comentários")' },
  'herald-sun-1': { selector: '#social-comments', what: 'Livefyre comments container' },
  'la-nacion': { selector: '#livefyre', what: 'Livefyre container' },
  'liberation-1': { selector: '#comments_container', what: 'comments container' },
  'links-in-tables': { selector: '#comments', what: 'Blogger comments/backlinks section' },
  msn: { selector: '#fbcommentsmodule', what: 'Facebook comments module' },
  pixnet: { selector: '#comment-box', what: 'comment list and form ("發表留言")' },
  qq: { selector: '#commentIframe', what: 'comment frame' },
  'quanta-1': { selector: '#comments', what: 'comments section ("Comment on this article")' },
  'royal-road': { selector: '.comments-container', what: 'comments panel ("Log in to comment")' },
  'salon-1': { selector: '.live-fyre, #powered_by_livefyre_new', what: 'Livefyre container and credit' },
  'seattletimes-1': { selector: '.comments-container', what: 'comments panel ("You must be logged in to leave a comment")' },
  telegraph: { selector: '#comments', what: 'comments block ("Show comments")' },
  'tmz-1': { selector: '#disqus_thread', what: 'Disqus container' },
  'wapo-1': { selector: '.pb-f-page-comments', what: 'comments feature ("Show Comments", discussion policy)' },
  'wapo-2': { selector: '.pb-f-page-comments', what: 'comments feature ("Show Comments", discussion policy)' },
  wordpress: { selector: '#epoch-wrap', what: 'WordPress comments area (13 comments and the form)' },
  'yahoo-2': { selector: '.comments-list', what: 'comment list' },
  'yahoo-3': { selector: '#all-comments-view', what: 'comments view ("Sign in to post a comment")' },
  'yahoo-4': { selector: '#commentTabContents', what: 'comment tab' },
};

const LOSS_THRESHOLD = 0.99;

interface PageResult {
  name: string;
  status: string;
  hidden: { system: string; source: string; chars: number }[];
  refused: number;
  /** Words of expected.html, null when the folder has none. */
  expectedWords: number | null;
  before: number;
  after: number;
  kept: number;
  hasMarkup: boolean;
  markupHidden: boolean | null;
  markupDetail: string;
  ms: number;
}

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const dir = resolve(args.find((a, i) => !a.startsWith('--') && !['--page', '--json', '--mode'].includes(args[i - 1] ?? '')) ?? '../shared/corpus/readability');
const only = opt('--page');
const jsonOut = opt('--json');
const mode = opt('--mode') ?? 'auto';
const check = args.includes('--check');

function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** The article's text from expected.html, or null for a folder that has none (its pages show what is hidden only). */
function expectedText(file: string): string | null {
  if (!existsSync(file)) return null;
  const dom = new JSDOM(readFileSync(file, 'utf8'), { virtualConsole: new VirtualConsole() });
  return dom.window.document.body?.textContent ?? '';
}

async function main(): Promise<number> {
  const pages = readdirSync(dir)
    .filter((n) => statSync(join(dir, n)).isDirectory() && existsSync(join(dir, n, 'source.html')))
    .filter((n) => !only || n === only)
    .sort();
  if (!pages.length) {
    process.stderr.write(`no pages in ${dir}\n`);
    return 2;
  }

  const server = await startCorpusServer(dir, pages);
  const { origin } = server;

  const session = await launchChromium();
  await session.context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    return route.abort();
  });
  if (mode === 'always')
    await session.worker.evaluate(() => chrome.storage.local.set({ settings: { version: 1, siteModes: { '127.0.0.1': 'always' }, level: 'section', userRules: '' } }));

  const results: PageResult[] = [];
  const page = await session.context.newPage();
  page.on('dialog', (d) => void d.dismiss().catch(() => undefined));
  for (const name of pages) {
    const t0 = Date.now();
    try {
      results.push(await evalPage(page, session, origin, name));
    } catch (e) {
      results.push({
        name, status: `error: ${(e as Error).message.split('\n')[0]}`, hidden: [], refused: 0, expectedWords: 0, before: 0, after: 0, kept: 1,
        hasMarkup: name in COMMENT_MARKUP, markupHidden: name in COMMENT_MARKUP ? false : null, markupDetail: '', ms: Date.now() - t0,
      });
    }
    const r = results.at(-1)!;
    r.ms = Date.now() - t0;
    process.stdout.write(line(r));
  }
  await session.close();
  await server.close();

  const withMarkup = results.filter((r) => r.hasMarkup);
  const hid = withMarkup.filter((r) => r.markupHidden);
  const lost = results.filter((r) => r.kept < LOSS_THRESHOLD);
  const anyHidden = results.filter((r) => r.hidden.length);
  const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(1)}%` : '-');
  process.stdout.write(
    [
      '',
      `pages: ${results.length} (mode ${mode}), ${results.filter((r) => r.expectedWords !== null).length} with known article text; pages where something was hidden: ${anyHidden.length}`,
      `pages with comment markup: ${withMarkup.length}; markup hidden on ${hid.length} (${pct(hid.length, withMarkup.length)})`,
      `  missed: ${withMarkup.filter((r) => !r.markupHidden).map((r) => `${r.name} [${r.status}] ${r.markupDetail}`).join('; ') || 'none'}`,
      `pages that lost article text (kept < ${LOSS_THRESHOLD * 100}%): ${lost.length}${lost.length ? `: ${lost.map((r) => `${r.name} ${(r.kept * 100).toFixed(1)}%`).join(', ')}` : ''}`,
      `lowest kept share: ${Math.min(...results.map((r) => r.kept)).toFixed(4)}`,
      '',
    ].join('\n'),
  );
  if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ mode, results }, null, 2)}\n`);
  if (check && (lost.length || hid.length < 0.95 * withMarkup.length)) return 1;
  return 0;
}

function line(r: PageResult): string {
  const hidden = r.hidden.length ? r.hidden.map((h) => `${h.system}${h.source === 'builtin' ? '' : `/${h.source}`}:${h.chars}`).join(' ') : '-';
  const markup = r.hasMarkup ? (r.markupHidden ? ' markup:hidden' : ` markup:MISSED(${r.markupDetail})`) : '';
  const kept = r.expectedWords === null ? 'kept    n/a (no expected.html)' : `kept ${`${(r.kept * 100).toFixed(1)}%`.padStart(6)} (${r.after}/${r.before} of ${r.expectedWords} words)`;
  return `${r.name.padEnd(44)} ${r.status.padEnd(12)} ${kept}  hid ${hidden}${r.refused ? ` refused:${r.refused}` : ''}${markup}  ${r.ms}ms\n`;
}

type Session = Awaited<ReturnType<typeof launchChromium>>;

async function evalPage(page: Page, session: Session, origin: string, name: string): Promise<PageResult> {
  const known = expectedText(join(dir, name, 'expected.html'));
  const expected = words(known ?? '');
  await page.goto(`${origin}/${encodeURIComponent(name)}/`, { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
  if (!(await decidedTab(session, page).catch(() => null))) throw new Error('no answer from the content script');
  // Let late widgets and the observer settle (its debounce is 250 ms).
  await page.waitForTimeout(700);
  const { tabId, state } = await decidedTab(session, page);
  const hidden = state.report?.hidden ?? [];
  const markup = COMMENT_MARKUP[name];
  const expectedEntries = [...expected.entries()];
  const measure = () =>
    page.evaluate(
      ({ entries, selector }) => {
        const counts = new Map<string, number>();
        for (const w of (document.body?.innerText ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) counts.set(w, (counts.get(w) ?? 0) + 1);
        const els = selector ? Array.from(document.querySelectorAll(selector)) : [];
        // Text of the comment markup is not article text, even where expected.html has it (Readability
        // sometimes keeps a comment section): it is taken out of what counts as visible.
        // (A hidden element's innerText is its whole text, so only rendered markup is taken out.)
        for (const el of els.filter((e) => !els.some((o) => o !== e && o.contains(e)) && (e as HTMLElement).checkVisibility()))
          for (const w of ((el as HTMLElement).innerText ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u))
            if (w && counts.has(w)) counts.set(w, Math.max(0, counts.get(w)! - 1));
        let visible = 0;
        for (const [w, n] of entries) visible += Math.min(n, counts.get(w) ?? 0);
        const boxes = els.map((el) => {
          const rect = el.getBoundingClientRect();
          return {
            marked: !!el.closest('[data-reading-context-hidden]'),
            rendered: (el as HTMLElement).checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true }) !== false && rect.width * rect.height > 0,
          };
        });
        return { visible, boxes };
      },
      { entries: expectedEntries, selector: markup?.selector ?? '' },
    );
  const after = await measure();
  // Show everything again through the extension's own Show, and measure the page as it would be without it.
  for (const item of hidden)
    await session.worker.evaluate(({ tabId, id }) => chrome.tabs.sendMessage(tabId, { type: 'set-hidden', id, hidden: false }, { frameId: 0 }), { tabId, id: item.id });
  const before = await measure();
  const total = expectedEntries.reduce((s, [, n]) => s + n, 0);
  let markupHidden: boolean | null = null;
  let markupDetail = '';
  if (markup) {
    const n = after.boxes.length;
    const missed = after.boxes.filter((b, i) => !b.marked && before.boxes[i]?.rendered).length;
    markupHidden = n > 0 && missed === 0;
    markupDetail = n === 0 ? `${markup.selector} not found` : missed ? `${missed}/${n} of ${markup.selector} shown` : '';
  }
  return {
    name,
    status: state.status,
    hidden: hidden.map((h) => ({ system: h.system, source: h.source, chars: h.chars })),
    refused: state.report?.refused.length ?? 0,
    expectedWords: known === null ? null : total,
    before: before.visible,
    after: after.visible,
    kept: before.visible ? after.visible / before.visible : 1,
    hasMarkup: !!markup,
    markupHidden,
    markupDetail,
    ms: 0,
  };
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exit(2);
  },
);
