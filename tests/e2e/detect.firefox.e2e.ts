/// <reference types="chrome" />
import type { Page } from 'puppeteer-core';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, launchFirefox, openExtensionPage, activeTab } from './launch-firefox';
import { collectFacts, patchedPageFacts } from './page-checks';
import { expectedFor, type FixtureServer, startFixtureServer } from './server';
import { waitFor } from './wait';

// Late pages in Firefox: an article body rendered by script after load, a home page that must stay quiet,
// and single-page-app navigation from a listing to an article (history.pushState); documents that are not
// HTML (a text file, JSON) never get a sidebar, even with the site set to Always; a page whose named elements
// shadow the document's members is still read.

let server: FixtureServer;
let session: FirefoxSession;
let extensionPage: Page;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchFirefox();
  extensionPage = await openExtensionPage(session.browser, '/popup.html');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function status(page: Page): Promise<string | null> {
  await page.bringToFront();
  return (await activeTab(extensionPage))?.state?.status ?? null;
}

/** The active tab's report as the content script has it. */
async function tabReport(page: Page) {
  await page.bringToFront();
  return (await activeTab(extensionPage))?.state?.report ?? null;
}

/** Runs in the page: how many extension frames (the sidebar) it holds. */
function extensionFrames(): number {
  return Array.from(Document.prototype.querySelectorAll.call(document, 'iframe') as NodeListOf<HTMLIFrameElement>).filter((f) => /-extension:\/\//.test(f.src)).length;
}

async function open(name: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(server.url(name));
  return page;
}

describe('Firefox: late pages', () => {
  it('an article body rendered after load gets detected and its sidebar', async () => {
    const page = await open('detect-late-rendered-article');
    await waitFor(async () => (await status(page)) === 'article', 10_000, 'the late body to be detected');
    await waitFor(async () => (await page.evaluate(extensionFrames)) === 1, 5_000, 'the sidebar');
  });

  it('a home page of cards stays without a sidebar', async () => {
    const page = await open('detect-home-cards-ru');
    await waitFor(async () => (await status(page)) === 'not-article', 10_000, 'the verdict');
    await new Promise((r) => setTimeout(r, 800));
    const facts = await page.evaluate(collectFacts, { hidden: [], visible: ['article.news-card'], texts: [] });
    expect(facts.sidebarFrames).toBe(0);
    expect(facts.markers).toBe(0);
  });

  it('single-page-app navigation from a listing to an article runs detection again', async () => {
    const page = await open('detect-spa-listing');
    await waitFor(async () => (await status(page)) === 'not-article', 10_000, 'the listing verdict');
    await page.click('a.card__link');
    await waitFor(async () => (await page.evaluate(() => location.pathname)) === '/2024/08/01/border-patrols-increased/', 5_000, 'the new URL');
    await waitFor(async () => (await status(page)) === 'article', 10_000, 'the article verdict after pushState');
    await waitFor(async () => (await page.evaluate(extensionFrames)) === 1, 5_000, 'the sidebar');
  });
});

describe('Firefox: documents that are not HTML', () => {
  const prose = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} of a plain text file: the harbour ferry will run every twenty minutes while the old bridge is closed for repairs to its deck.`).join('\n\n');
  const files: Record<string, [string, string]> = {
    '/notes.txt': ['text/plain; charset=utf-8', prose],
    '/data.json': ['application/json', JSON.stringify({ text: prose.split('\n\n') })],
  };

  it('a text file and a JSON document stay without a sidebar, even with the site set to Always', async () => {
    const plain = createServer((req, res) => {
      const file = files[req.url ?? ''];
      if (!file) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': file[0] }).end(file[1]);
    });
    await new Promise<void>((r) => plain.listen(0, '127.0.0.1', r));
    const origin = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
    await extensionPage.evaluate(() => chrome.storage.local.set({ settings: { version: 1, siteModes: { '127.0.0.1': 'always' }, level: 'section', userRules: '' } }));
    try {
      for (const path of Object.keys(files)) {
        const page = await session.browser.newPage();
        await page.goto(`${origin}${path}`);
        await waitFor(async () => (await status(page)) === 'not-article', 10_000, `the verdict on ${path}`);
        await new Promise((r) => setTimeout(r, 500));
        expect(await page.evaluate(extensionFrames), path).toBe(0);
        await page.close();
      }
    } finally {
      await extensionPage.evaluate(() => chrome.storage.local.remove('settings'));
      await new Promise((r) => plain.close(r));
    }
  });
});

describe('Firefox: a page that shadows the members of its document with named elements', () => {
  it('is still read: its comment form hidden, its article kept and its notes shown', async () => {
    const name = 'hostile-clobbered-document';
    const e = expectedFor(name);
    const page = await open(name);
    // <form name="querySelectorAll">, <img name="querySelector">, <form name="contentType">…: the page's own
    // world sees these shadows; the content script's world (Chromium's isolated world, Firefox's Xray view of
    // the page) does not, and this test keeps it so.
    expect(await page.evaluate(() => typeof document.querySelectorAll)).toBe('object');
    await waitFor(async () => (await status(page)) === 'article', 10_000, 'the verdict');
    await waitFor(async () => (await page.evaluate(extensionFrames)) === 1, 5_000, 'the sidebar');
    const facts = await page.evaluate(collectFacts, { hidden: e.hidden.selectorsHidden, visible: e.visible ?? [], texts: e.hiddenTexts ?? [] });
    for (const [sel, hidden] of Object.entries(facts.hiddenSelectors)) expect(hidden, sel).toBe(true);
    for (const [sel, v] of Object.entries(facts.visibleSelectors)) expect(v.visible, sel).toBe(v.total);
    await page.close();
  });
});

describe('Firefox: a page that patches built-ins before the content script runs, and mutates its DOM forever', () => {
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

describe('Firefox: article text that a comment-like name or a quoted form string would take for comments', () => {
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
