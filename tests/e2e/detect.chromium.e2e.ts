/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeTab, launchChromium, type ChromiumSession } from './launch-chromium';
import { collectFacts, patchedPageFacts } from './page-checks';
import { expectedFor, type FixtureServer, startFixtureServer } from './server';
import { waitFor } from './wait';

// Late pages in Chromium: an article body rendered by script after load, a home page that must stay quiet,
// and single-page-app navigation from a listing to an article (history.pushState); documents that are not
// HTML (a text file, JSON) never get a sidebar, even with the site set to Always; a page whose named elements
// shadow the document's members is still read.

let server: FixtureServer;
let session: ChromiumSession;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The content script's status for the active tab (pending until it has decided). */
async function status(page: Page): Promise<string | null> {
  await page.bringToFront();
  return (await activeTab(session))?.state?.status ?? null;
}

/** The active tab's report as the content script has it. */
async function tabReport(page: Page) {
  await page.bringToFront();
  return (await activeTab(session))?.state?.report ?? null;
}

/** Runs in the page: how many extension frames (the sidebar) it holds. */
function collectFactsCount(): number {
  return Array.from(Document.prototype.querySelectorAll.call(document, 'iframe') as NodeListOf<HTMLIFrameElement>).filter((f) => /-extension:\/\//.test(f.src)).length;
}

async function open(name: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(server.url(name));
  return page;
}

describe('Chromium: late pages', () => {
  it('an article body rendered after load gets detected and its sidebar', async () => {
    const page = await open('detect-late-rendered-article');
    // The shell is no article at first; the body arrives 1.2 s after DOMContentLoaded.
    await waitFor(async () => (await status(page)) === 'article', 10_000, 'the late body to be detected');
    await waitFor(async () => (await page.evaluate(collectFactsCount)) === 1, 5_000, 'the sidebar');
    expect(await page.evaluate(() => document.querySelectorAll('.story-body p').length)).toBe(4);
  });

  it('a home page of cards stays without a sidebar', async () => {
    const page = await open('detect-home-cards-ru');
    await waitFor(async () => (await status(page)) === 'not-article', 10_000, 'the verdict');
    await new Promise((r) => setTimeout(r, 800));
    const facts = await page.evaluate(collectFacts, { hidden: [], visible: ['article.news-card'], texts: [] });
    expect(facts.sidebarFrames).toBe(0);
    expect(facts.markers).toBe(0);
    expect(await status(page)).toBe('not-article');
  });

  it('single-page-app navigation from a listing to an article runs detection again', async () => {
    const page = await open('detect-spa-listing');
    await waitFor(async () => (await status(page)) === 'not-article', 10_000, 'the listing verdict');
    expect(await page.evaluate(collectFactsCount)).toBe(0);
    await page.click('a.card__link');
    expect(new URL(page.url()).pathname).toBe('/2024/08/01/border-patrols-increased/');
    await waitFor(async () => (await status(page)) === 'article', 10_000, 'the article verdict after pushState');
    await waitFor(async () => (await page.evaluate(collectFactsCount)) === 1, 5_000, 'the sidebar');
  });
});

describe('Chromium: documents that are not HTML', () => {
  const prose = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} of a plain text file: the harbour ferry will run every twenty minutes while the old bridge is closed for repairs to its deck.`).join('\n\n');

  it('a text file and a JSON document stay without a sidebar, even with the site set to Always', async () => {
    const host = new URL(server.origin).hostname;
    await session.worker.evaluate((h) => chrome.storage.local.set({ settings: { version: 1, siteModes: { [h]: 'always' }, level: 'section', userRules: '' } }), host);
    await session.context.route(`${server.origin}/notes.txt`, (r) => r.fulfill({ contentType: 'text/plain; charset=utf-8', body: prose }));
    await session.context.route(`${server.origin}/data.json`, (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify({ text: prose.split('\n\n') }) }));
    try {
      for (const path of ['/notes.txt', '/data.json']) {
        const page = await session.context.newPage();
        await page.goto(`${server.origin}${path}`);
        await waitFor(async () => (await status(page)) === 'not-article', 10_000, `the verdict on ${path}`);
        await new Promise((r) => setTimeout(r, 500));
        expect(await page.evaluate(collectFactsCount), path).toBe(0);
        await page.close();
      }
    } finally {
      await session.worker.evaluate(() => chrome.storage.local.remove('settings'));
    }
  });
});

describe('Chromium: a page that shadows the members of its document with named elements', () => {
  it('is still read: its comment form hidden, its article kept and its notes shown', async () => {
    const name = 'hostile-clobbered-document';
    const e = expectedFor(name);
    const page = await open(name);
    // <form name="querySelectorAll">, <img name="querySelector">, <form name="contentType">…: the page's own
    // world sees these shadows; the content script's world (Chromium's isolated world, Firefox's Xray view of
    // the page) does not, and this test keeps it so.
    expect(await page.evaluate(() => typeof document.querySelectorAll)).toBe('object');
    await waitFor(async () => (await status(page)) === 'article', 10_000, 'the verdict');
    await waitFor(async () => (await page.evaluate(collectFactsCount)) === 1, 5_000, 'the sidebar');
    const facts = await page.evaluate(collectFacts, { hidden: e.hidden.selectorsHidden, visible: e.visible ?? [], texts: e.hiddenTexts ?? [] });
    for (const [sel, hidden] of Object.entries(facts.hiddenSelectors)) expect(hidden, sel).toBe(true);
    for (const [sel, v] of Object.entries(facts.visibleSelectors)) expect(v.visible, sel).toBe(v.total);
    await page.close();
  });
});

describe('Chromium: a page that patches built-ins before the content script runs, and mutates its DOM forever', () => {
  it('is read as if unpatched: the verdict, the hidden form, the kept article and the notes; the page keeps running', async () => {
    const name = 'hostile-patched-builtins';
    const e = expectedFor(name);
    const page = await open(name);
    // The patches hold in the page's world (Element.prototype.querySelectorAll answers [] there).
    expect(await page.evaluate(() => (window as unknown as { __patched?: boolean }).__patched && document.body.querySelectorAll('p').length)).toBe(0);
    await waitFor(async () => (await status(page)) === 'article', 10_000, 'the verdict');
    // Read through what the page left unpatched: this runs in the page's world.
    await waitFor(async () => (await page.evaluate(patchedPageFacts)).startsWith('frames 1,'), 5_000, 'the sidebar');
    const [, shown, total] = /paragraphs (\d+) of (\d+) visible/.exec(await page.evaluate(patchedPageFacts))!;
    expect(await page.evaluate(patchedPageFacts)).toBe(`frames 1, comments hidden, paragraphs ${total} of ${total} visible`);
    expect(Number(shown)).toBeGreaterThan(3);
    const ticks = await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations);
    await new Promise((r) => setTimeout(r, 500));
    expect(await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations)).toBeGreaterThan(ticks + 5);
    expect((await tabReport(page))?.notes.map((n) => n.id)).toEqual(e.notes);
    await page.close();
  });
});

describe('Chromium: article text that a comment-like name or a quoted form string would take for comments', () => {
  it('stays visible; only the real comment form is hidden', async () => {
    const name = 'hostile-prose-comment-names';
    const e = expectedFor(name);
    const page = await open(name);
    await waitFor(async () => (await status(page)) === 'article', 10_000, 'the verdict');
    const facts = await page.evaluate(collectFacts, { hidden: e.hidden.selectorsHidden, visible: e.visible ?? [], texts: e.hiddenTexts ?? [] });
    for (const [sel, hidden] of Object.entries(facts.hiddenSelectors)) expect(hidden, sel).toBe(true);
    for (const [sel, v] of Object.entries(facts.visibleSelectors)) {
      expect(v.total, sel).toBeGreaterThan(0);
      expect(v.visible, sel).toBe(v.total);
    }
    await page.close();
  });
});
