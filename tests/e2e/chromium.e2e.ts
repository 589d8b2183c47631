/// <reference types="chrome" />
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decidedTab, launchChromium, readySidebar, type ChromiumSession } from './launch-chromium';
import { attackSidebar, collectFacts, embedSidebarCopy } from './page-checks';
import { expectedFor, type FixtureServer, startFixtureServer } from './server';
import { waitFor } from './wait';

// The built Chrome MV3 extension in Debian's Chromium, on fixture pages served from 127.0.0.1.

let server: FixtureServer;
let session: ChromiumSession;
const requests: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchChromium();
  session.context.on('request', (r) => requests.push(r.url()));
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const sidebarOf = (page: Page) => readySidebar(session, page);

async function openFixture(name: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(server.url(name));
  return page;
}

const tabState = async (page: Page) => (await decidedTab(session, page)).state;

function factsArg(name: string) {
  const e = expectedFor(name);
  return { hidden: e.hidden.selectorsHidden, visible: e.visible, texts: e.hiddenTexts ?? [] };
}

// Labels found by their shape in the built extension: each labelled note gets its label card, the banner
// outside the article body included.
describe.each(['labels-ru-footnotes', 'labels-ru-banner-outlet', 'labels-en-frames', 'register-ru-listed-people', 'register-excluded-entry'])('Chromium: labels on %s', (name) => {
  it('shows a label card for every labelled note, and no other', async () => {
    const page = await openFixture(name);
    const sidebar = await sidebarOf(page);
    const labelled = await sidebar.$$eval('.label-entity', (cards) => [...new Set(cards.map((c) => c.getAttribute('data-note')))].sort());
    expect(labelled).toEqual(Object.keys(expectedFor(name).labelLinks ?? {}).sort());
    await page.close();
  });
});

describe('Chromium: demo article', () => {
  const name = 'demo-tagdiv-article';
  let page: Page;
  let sidebar: Frame;

  beforeAll(async () => {
    page = await openFixture(name);
    sidebar = await sidebarOf(page);
  });

  it('hides the comment form and every warning string, keeps every article paragraph visible', async () => {
    const facts = await page.evaluate(collectFacts, factsArg(name));
    for (const [sel, hidden] of Object.entries(facts.hiddenSelectors)) expect(hidden, `${sel} hidden`).toBe(true);
    for (const [text, visible] of Object.entries(facts.textsVisible)) expect(visible, `"${text}" visible`).toBe(false);
    for (const [sel, v] of Object.entries(facts.visibleSelectors)) {
      expect(v.total, `${sel} present`).toBeGreaterThan(0);
      expect(v.visible, `${sel} visible`).toBe(v.total);
    }
  });

  it('shows the sidebar from the extension origin, listing the expected notes and the label', async () => {
    const facts = await page.evaluate(collectFacts, factsArg(name));
    expect(facts.sidebarFrames).toBe(1);
    expect(facts.sidebarSrc).toBe(`chrome-extension://${session.extensionId}/sidebar.html`);
    const listed = await sidebar.$$eval('.note-card', (cards) => cards.map((c) => c.getAttribute('data-note')));
    expect(listed).toEqual(expectedFor(name).notes);
    const labelled = await sidebar.$$eval('.label-entity', (cards) => [...new Set(cards.map((c) => c.getAttribute('data-note')))].sort());
    expect(labelled).toEqual(Object.keys(expectedFor(name).labelLinks ?? {}).sort());
    // One card per label type: the entity's status on its row, the law once, folded under "more".
    const taliban = await sidebar.textContent('.label-card:has(.label-entity[data-note="designated-entities/taliban"])');
    expect(await sidebar.$$eval('.label-card', (cards) => cards.map((c) => c.getAttribute('data-label')))).toEqual(['ru-designation-labels/ru-terrorist']);
    expect(await sidebar.isVisible('.label-card .law')).toBe(false);
    expect(taliban).toContain('suspended since 17 Apr 2025');
    expect(taliban).toContain('35-FZ');
  });

  it('keeps the sidebar document out of the page scripts\' reach', async () => {
    const attack = await page.evaluate(attackSidebar);
    expect(attack.read).toMatch(/^blocked/);
    expect(attack.write).toMatch(/^blocked/);
  });

  it('shows nothing of the tab\'s notes in a copy of the sidebar page the page frames itself; forged tokens change nothing', async () => {
    expect(await page.evaluate(embedSidebarCopy)).toContain('sidebar.html?copy=1');
    const copy = await waitFor(async () => page.frames().find((f) => f.url().includes('sidebar.html?copy=1')), 10_000, 'the copy');
    await copy.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });
    expect(await copy.$$eval('.note-card, .label-card, .section-hidden', (els) => els.length)).toBe(0);
    expect(await copy.textContent('#content')).toMatch(/\w/);
    // Nor the reader's mark, which the real sidebar and the popup show alike.
    expect(await copy.isVisible('#mark')).toBe(false);
    const mark = await sidebar.textContent('#mark');
    expect([...(mark ?? '')]).toHaveLength(2);
    expect(await sidebar.isVisible('#mark')).toBe(true);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await popup.waitForSelector('#mark-line:not([hidden])');
    expect(await popup.textContent('#mark')).toBe(mark);
    expect(await popup.getAttribute('#mark', 'style')).toBe(await sidebar.getAttribute('#mark', 'style'));
    await popup.close();
    // The real frame keeps its notes, and still answers: Show/Hide below works through it.
    expect(await sidebar.$$eval('.note-card', (cards) => cards.map((c) => c.getAttribute('data-note')))).toEqual(expectedFor(name).notes);
    await page.evaluate(() => document.getElementById('page-copy')?.remove());
  });

  it('shows a hidden section again with Show and hides it with Hide', async () => {
    const button = sidebar.locator('.section-hidden button.toggle').first();
    await expect.poll(() => button.textContent()).toBe('Show');
    await button.click();
    await expect.poll(() => page.evaluate(() => document.querySelector('#comments')!.checkVisibility())).toBe(true);
    expect(await page.evaluate(() => document.querySelector('#comments')!.getAttribute('style'))).toBeNull();
    await button.click();
    await expect.poll(() => page.evaluate(() => document.querySelector('#comments')!.checkVisibility())).toBe(false);
  });
});

describe('Chromium: non-article page', () => {
  it('hides nothing and shows no sidebar on a home page of <article> cards', async () => {
    const name = 'home-page-cards';
    const page = await openFixture(name);
    expect((await tabState(page)).status).toBe('not-article');
    const facts = await page.evaluate(collectFacts, factsArg(name));
    expect(facts.markers).toBe(0);
    expect(facts.sidebarFrames).toBe(0);
    for (const [sel, v] of Object.entries(facts.visibleSelectors)) expect(v.visible, sel).toBe(v.total);
  });
});

describe('Chromium: site set to Off', () => {
  it('leaves the page untouched after reload', async () => {
    const name = 'demo-tagdiv-article';
    const page = await openFixture(name);
    await sidebarOf(page);
    await session.worker.evaluate(
      (host) => chrome.storage.local.set({ settings: { version: 1, siteModes: { [host]: 'off' }, level: 'section' } }),
      new URL(server.origin).host.replace(/:\d+$/, ''),
    );
    await page.reload();
    expect((await tabState(page)).status).toBe('off');
    const facts = await page.evaluate(collectFacts, factsArg(name));
    expect(facts.markers).toBe(0);
    expect(facts.sidebarFrames).toBe(0);
    expect(Object.values(facts.textsVisible).every(Boolean)).toBe(true);
    await session.worker.evaluate(() => chrome.storage.local.clear());
  });
});

describe('Chromium: network', () => {
  it('makes no request beyond the fixture server and its own files', () => {
    expect(requests.length).toBeGreaterThan(0);
    const foreign = requests.filter(
      (u) => !u.startsWith('data:') && !u.startsWith(server.origin) && !u.startsWith(`chrome-extension://${session.extensionId}/`),
    );
    expect(foreign).toEqual([]);
  });
});
