/// <reference types="chrome" />
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, launchFirefox, openExtensionPage, readySidebar, decidedTab } from './launch-firefox';
import { type FixtureServer, startFixtureServer } from './server';
import { waitFor } from './wait';

// The reader's experience in Firefox: the sidebar's view, mention stepping with highlights, the popup.

let server: FixtureServer;
let session: FirefoxSession;
let extensionPage: Page;

type Api = typeof chrome;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchFirefox();
  extensionPage = await openExtensionPage(session.browser, '/popup.html');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const DEMO = 'demo-tagdiv-article';

const wrapperWidth = (page: Page) =>
  page.evaluate(() => (document.querySelector('[data-reading-context="sidebar"]') as HTMLElement | null)?.getBoundingClientRect().width ?? 0);

describe('Firefox: sidebar', () => {
  let page: Page;
  let sidebar: Frame;

  beforeAll(async () => {
    await extensionPage.evaluate(() => (globalThis as unknown as { browser: Api }).browser.storage.local.clear());
    page = await session.browser.newPage();
    await page.goto(server.url(DEMO));
    sidebar = await readySidebar(page);
  });

  it('starts open on an article with a mandated label, labels first', async () => {
    expect(await sidebar.evaluate(() => document.body.dataset.state)).toBe('open');
    const sections = await sidebar.evaluate(() => Array.from(document.querySelectorAll('section h2')).map((h) => h.textContent));
    expect(sections[0]).toBe('Labels in this article');
  });

  it('steps through mentions: the page scrolls and the mention is highlighted', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const card = '.note-card[data-note="world-context/afghanistan"]';
    await sidebar.evaluate((sel) => (document.querySelector(`${sel} .step.next`) as HTMLButtonElement).click(), card);
    await waitFor(() => page.evaluate(() => window.scrollY > 100), 5_000, 'the page to scroll');
    const highlighted = await waitFor(
      () =>
        page.evaluate(() => {
          const h = (CSS as unknown as { highlights: Map<string, { values(): Iterable<Range> }> }).highlights.get('reading-context-mention');
          return h ? [...h.values()].map((r) => r.toString()) : null;
        }),
      5_000,
      'the highlight',
    );
    expect(highlighted).toEqual(['Afghanistan']);
    expect(await sidebar.evaluate((sel) => document.querySelector(`${sel} .position`)!.textContent, card)).toBe('1 of 2');
  });

  it('collapses to a tab and opens again', async () => {
    await sidebar.evaluate(() => (document.getElementById('collapse') as HTMLButtonElement).click());
    await waitFor(async () => (await wrapperWidth(page)) < 60, 5_000, 'the collapsed width');
    await waitFor(() => sidebar.evaluate(() => document.body.dataset.state === 'collapsed'), 5_000, 'the collapsed view');
    await sidebar.evaluate(() => (document.getElementById('tab') as HTMLButtonElement).click());
    await waitFor(async () => (await wrapperWidth(page)) > 300, 5_000, 'the open width');
  });

  it('collapses on Esc pressed on the page, and its frame shows the tab', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await waitFor(async () => (await wrapperWidth(page)) < 60, 5_000, 'the collapsed width');
    await waitFor(() => sidebar.evaluate(() => document.body.dataset.state === 'collapsed'), 5_000, 'the collapsed view');
    await sidebar.evaluate(() => (document.getElementById('tab') as HTMLButtonElement).click());
    await waitFor(async () => (await wrapperWidth(page)) > 300, 5_000, 'open again');
  });
});

describe('Firefox: popup', () => {
  const tabState = (tabId: number) =>
    extensionPage.evaluate(async (id) => {
      const b = (globalThis as unknown as { browser: Api }).browser;
      return (await b.tabs.sendMessage(id, { type: 'get-state' }, { frameId: 0 }).catch(() => null)) as { status: string } | null;
    }, tabId);

  it('switches the site Off and back to Auto; each applies at once, no reload', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.url(DEMO));
    await readySidebar(page);
    const { tabId } = await decidedTab(extensionPage, page);
    const popup = await openExtensionPage(session.browser, `/popup.html?tab=${tabId}`);
    const popupState = () => popup.evaluate(() => document.getElementById('state')!.textContent ?? '');
    await waitFor(async () => /Article: \d+ notes?/.test(await popupState()), 5_000, 'the popup state');
    await popup.evaluate(() => (document.querySelector('input[value="off"]') as HTMLInputElement).click());
    await waitFor(async () => (await popupState()) === 'Off on this site.', 5_000, 'the popup to say Off');
    expect(await popup.evaluate(() => document.getElementById('reload-hint')!.hidden)).toBe(true);
    expect((await tabState(tabId))?.status).toBe('off');
    const pageMarks = () => page.evaluate(() => document.querySelectorAll('[data-reading-context-hidden], [data-reading-context]').length);
    expect(await pageMarks()).toBe(0);
    await popup.evaluate(() => (document.querySelector('input[value="auto"]') as HTMLInputElement).click());
    await waitFor(async () => /Article: \d+ notes?/.test(await popupState()), 10_000, 'the article again');
    await readySidebar(page);
    expect(await pageMarks()).toBeGreaterThan(0);
    await popup.close();
    await page.close();
    await extensionPage.evaluate(() => (globalThis as unknown as { browser: Api }).browser.storage.local.clear());
  });
});

describe('Firefox: Russian interface', () => {
  it('shows the label, its list and the entity summary in Russian', async () => {
    await extensionPage.evaluate(() => (globalThis as unknown as { browser: Api }).browser.storage.local.set({ settings: { version: 2, language: 'ru' } }));
    const page = await session.browser.newPage();
    try {
      await page.goto(server.url(DEMO));
      const sidebar = await readySidebar(page);
      const texts = await sidebar.evaluate(() => ({
        title: document.querySelector('.label-card[data-label="ru-designation-labels/ru-terrorist"] h3')!.textContent,
        list: document.querySelector('.label-entity[data-note="designated-entities/taliban"] dl.status dd')!.textContent,
        summary: document.querySelector('.note-card[data-note="designated-entities/taliban"] .summary')!.textContent,
      }));
      expect(texts.title).toBe('Запрещена в России как террористическая');
      expect(texts.list).toBe('Единый федеральный список организаций, признанных террористическими (ФСБ)');
      expect(texts.summary).toMatch(/Исламистское движение/);
    } finally {
      await page.close();
      await extensionPage.evaluate(() => (globalThis as unknown as { browser: Api }).browser.storage.local.clear());
    }
  });
});
