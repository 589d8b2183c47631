/// <reference types="chrome" />
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../src/extension/messages';
import { decidedTab, launchChromium, readySidebar, type ChromiumSession } from './launch-chromium';
import { type FixtureServer, startFixtureServer } from './server';
import { waitFor } from './wait';

// The reader's experience in Chromium: the sidebar's view, mention stepping, the popup.
// (The keyboard shortcut needs a real window: shortcut.chromium.e2e.ts.)

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

const DEMO = 'demo-tagdiv-article';

const sidebarOf = (page: Page) => readySidebar(session, page);


const wrapperWidth = (page: Page) =>
  page.evaluate(() => (document.querySelector('[data-reading-context="sidebar"]') as HTMLElement | null)?.getBoundingClientRect().width ?? 0);

describe('Chromium: sidebar', () => {
  let page: Page;
  let sidebar: Frame;

  beforeAll(async () => {
    await session.worker.evaluate(() => chrome.storage.local.clear());
    page = await session.context.newPage();
    await page.goto(server.url(DEMO));
    sidebar = await sidebarOf(page);
  });

  it('starts open on an article with a mandated label, labels first', async () => {
    expect(await sidebar.evaluate(() => document.body.dataset.state)).toBe('open');
    const sections = await sidebar.$$eval('section h2', (hs) => hs.map((h) => h.textContent));
    expect(sections[0]).toBe('Labels in this article');
    expect(sections).toContain('People, places, organisations');
    expect(sections).toContain('Hidden on this page');
  });

  it('steps through mentions: the page scrolls to each and flashes it with a CSS highlight', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const card = '.note-card[data-note="world-context/afghanistan"]';
    await sidebar.click(`${card} .step.next`);
    await waitFor(() => page.evaluate(() => window.scrollY > 100), 5_000, 'the page to scroll');
    const first = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, { values(): Iterable<Range> }> }).highlights.get('reading-context-mention');
      return h ? [...h.values()].map((r) => r.toString()) : null;
    });
    expect(first).toEqual(['Afghanistan']);
    expect(await sidebar.textContent(`${card} .position`)).toBe('1 of 2');
    await sidebar.click(`${card} .step.next`);
    await waitFor(async () => (await sidebar.textContent(`${card} .position`)) === '2 of 2', 5_000, 'the second mention');
    await sidebar.click(`${card} .step.prev`);
    await waitFor(async () => (await sidebar.textContent(`${card} .position`)) === '1 of 2', 5_000, 'back to the first');
    // The page's own markup is untouched: no wrapper elements around the mention.
    expect(await page.evaluate(() => document.querySelectorAll('mark, [data-reading-context-mention]').length)).toBe(0);
  });

  it('collapses to a tab with the note count, is remembered per site, and opens again, without redrawing', async () => {
    // A mark on the drawn report: a redraw would replace the cards and lose it.
    await sidebar.evaluate(() => document.querySelector('#content > *')!.setAttribute('data-drawn', 'once'));
    await sidebar.click('#collapse');
    await waitFor(async () => (await wrapperWidth(page)) < 60, 5_000, 'the collapsed width');
    expect(await sidebar.evaluate(() => document.body.dataset.state)).toBe('collapsed');
    expect(Number(await sidebar.textContent('#tab-count'))).toBeGreaterThan(0);
    const stored = await session.worker.evaluate(() => chrome.storage.local.get('sidebarViews'));
    expect(Object.values(stored.sidebarViews as Record<string, { state: string }>)[0]!.state).toBe('collapsed');
    await sidebar.click('#tab');
    await waitFor(async () => (await wrapperWidth(page)) > 300, 5_000, 'the open width');
    expect(await sidebar.evaluate(() => document.querySelectorAll('#content [data-drawn="once"]').length)).toBe(1);
  });

  it('resizes with the keyboard and keeps the width for the site', async () => {
    const before = await wrapperWidth(page);
    await sidebar.focus('#resize');
    await sidebar.press('#resize', 'ArrowLeft');
    await sidebar.press('#resize', 'ArrowLeft');
    await waitFor(async () => (await wrapperWidth(page)) === before + 40, 5_000, 'a wider sidebar');
    expect(await sidebar.evaluate(() => document.querySelectorAll('#content [data-drawn="once"]').length)).toBe(1);
    const reload = await session.context.newPage();
    await reload.goto(server.url(DEMO));
    await sidebarOf(reload);
    expect(await wrapperWidth(reload)).toBe(before + 40);
    await reload.close();
  });

  it('follows a pointer drag of its edge and saves the width once, when the drag ends', async () => {
    // Count the writes of the stored views from here on.
    await session.worker.evaluate(() => {
      const g = globalThis as unknown as { viewWrites?: number };
      if (g.viewWrites === undefined)
        chrome.storage.onChanged.addListener((changes) => {
          if (changes.sidebarViews) g.viewWrites = (g.viewWrites ?? 0) + 1;
        });
      g.viewWrites = 0;
    });
    const writes = () => session.worker.evaluate(() => (globalThis as unknown as { viewWrites: number }).viewWrites);
    const before = await wrapperWidth(page);
    const handle = (await (await sidebar.$('#resize'))!.boundingBox())!;
    const y = handle.y + handle.height / 2;
    // Inwards: synthetic pointer events that leave the frame do not reach it in headless Chromium, even
    // captured (a person's drag outwards does).
    await page.mouse.move(handle.x + handle.width / 2, y);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) {
      await page.mouse.move(handle.x + handle.width / 2 + 10 * i, y);
      await page.waitForTimeout(50);
    }
    await waitFor(async () => (await wrapperWidth(page)) === before - 60, 5_000, 'the frame to follow the drag');
    expect(await writes()).toBe(0);
    await page.mouse.up();
    await waitFor(async () => (await writes()) === 1, 5_000, 'one write at the end of the drag');
    const stored = await session.worker.evaluate(() => chrome.storage.local.get('sidebarViews'));
    expect(Object.values(stored.sidebarViews as Record<string, { width: number }>)[0]!.width).toBe(before - 60);
    await page.waitForTimeout(200);
    expect(await writes()).toBe(1);
  });

  it('collapses on Esc pressed on the page, but not while the reader types in a field of the page', async () => {
    expect(await wrapperWidth(page)).toBeGreaterThan(300);
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<input id="rc-test-field">'));
    await page.focus('#rc-test-field');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(200);
    expect(await wrapperWidth(page)).toBeGreaterThan(300);
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.keyboard.press('Escape');
    await waitFor(async () => (await wrapperWidth(page)) < 60, 5_000, 'the collapsed width');
    // The frame's own view follows (its tab shows), without a redraw of the report.
    await waitFor(() => sidebar.evaluate(() => document.body.dataset.state === 'collapsed'), 5_000, 'the collapsed view');
    expect(await sidebar.evaluate(() => document.querySelectorAll('#content [data-drawn="once"]').length)).toBe(1);
    await sidebar.click('#tab');
    await waitFor(async () => (await wrapperWidth(page)) > 300, 5_000, 'open again');
  });

  it('"next label" steps through the places a labelled entity or its label is in the text', async () => {
    const { tabId } = await decidedTab(session, page);
    const step = () => session.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'next-label' }, { frameId: 0 }), tabId) as Promise<{ index: number; total: number }>;
    const highlighted = () =>
      page.evaluate(() => {
        const h = (CSS as unknown as { highlights: Map<string, { values(): Iterable<Range> }> }).highlights.get('reading-context-mention');
        return h ? [...h.values()].map((r) => r.toString()).join('') : '';
      });
    const first = await step();
    expect(first.index).toBe(0);
    expect(first.total).toBeGreaterThan(1);
    const one = await waitFor(highlighted, 5_000, 'the first highlight');
    const second = await step();
    expect(second.index).toBe(1);
    await waitFor(async () => (await highlighted()) !== '' , 5_000, 'the second highlight');
    expect(one.length).toBeGreaterThan(0);
    // It wraps round after the last.
    let last = second;
    while (last.index !== last.total - 1) last = await step();
    expect((await step()).index).toBe(0);
  });
});

describe('Chromium: popup', () => {
  const tabState = (tabId: number) =>
    session.worker.evaluate(async (id) => (await chrome.tabs.sendMessage(id, { type: 'get-state' }, { frameId: 0 }).catch(() => null)) as TabState | null, tabId);

  it('shows the tab state; switching the site Off undoes everything at once, Auto brings it back, no reload', async () => {
    await session.worker.evaluate(() => chrome.storage.local.clear());
    const page = await session.context.newPage();
    await page.goto(server.url(DEMO));
    await sidebarOf(page);
    const { tabId, state: decided } = await decidedTab(session, page);
    // The toolbar badge shows the number of notes on the page.
    const notes = decided.report!.notes.length;
    // The pass's own timings, which the extension bench reads: its longest task lies within its total.
    expect(decided.timings!.longestTask).toBeGreaterThan(0);
    expect(decided.timings!.longestTask).toBeLessThanOrEqual(decided.timings!.total!);
    expect(notes).toBeGreaterThan(0);
    await waitFor(async () => (await session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)) === String(notes), 5_000, 'the badge');
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await waitFor(async () => /Article: \d+ notes?/.test((await popup.textContent('#state')) ?? ''), 5_000, 'the popup state');
    expect(await popup.isChecked('input[value="auto"]')).toBe(true);
    await popup.check('input[value="off"]');
    await waitFor(async () => (await popup.textContent('#state')) === 'Off on this site.', 5_000, 'the popup to say Off');
    expect(await popup.isVisible('#reload-hint')).toBe(false);
    expect((await tabState(tabId))?.status).toBe('off');
    const pageMarks = () => page.evaluate(() => document.querySelectorAll('[data-reading-context-hidden], [data-reading-context]').length);
    expect(await pageMarks()).toBe(0);
    expect(await page.evaluate(() => document.querySelector('#comments')!.checkVisibility())).toBe(true);
    await waitFor(async () => (await session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)) === '', 5_000, 'the badge cleared');
    // The choice is kept: a reload stays off.
    await page.reload();
    await waitFor(async () => (await tabState(tabId))?.status === 'off', 10_000, 'the site to be off after reload');
    expect(await pageMarks()).toBe(0);
    // And back to Auto, again without a reload.
    await popup.reload();
    await waitFor(async () => (await popup.textContent('#state')) === 'Off on this site.', 5_000, 'the popup state after reload');
    await popup.check('input[value="auto"]');
    await waitFor(async () => /Article: \d+ notes?/.test((await popup.textContent('#state')) ?? ''), 10_000, 'the article again');
    await sidebarOf(page);
    expect(await page.evaluate(() => document.querySelector('#comments')!.checkVisibility())).toBe(false);
    await popup.close();
    await page.close();
    await session.worker.evaluate(() => chrome.storage.local.clear());
  });

  it('in Always mode on a page that is not an article, says the notes are shown anyway', async () => {
    await session.worker.evaluate(() => chrome.storage.local.clear());
    const page = await session.context.newPage();
    await page.goto(server.url('detect-tag-listing'));
    const { tabId, state } = await decidedTab(session, page);
    expect(state.status).toBe('not-article');
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await waitFor(async () => (await popup.textContent('#state')) === 'Not an article: nothing changed.', 5_000, 'the popup state');
    expect(await popup.isDisabled('#toggle')).toBe(true);
    await popup.check('input[value="always"]');
    await waitFor(async () => /^Not detected as an article; shown anyway/.test((await popup.textContent('#state')) ?? ''), 10_000, 'the forced state');
    expect(await popup.isDisabled('#toggle')).toBe(false);
    expect((await tabState(tabId))?.report).not.toBeNull();
    await popup.close();
    await page.close();
    await session.worker.evaluate(() => chrome.storage.local.clear());
  });
});

describe('Chromium: Russian interface', () => {
  it('shows the label, its law, the list and the entity summary in Russian', async () => {
    await session.worker.evaluate(() => chrome.storage.local.set({ settings: { version: 2, language: 'ru' } }));
    const page = await session.context.newPage();
    try {
      await page.goto(server.url(DEMO));
      const sidebar = await readySidebar(session, page);
      const texts = await sidebar.evaluate(() => {
        const card = document.querySelector('.label-card[data-label="ru-designation-labels/ru-terrorist"]')!;
        return {
          title: card.querySelector('h3')!.textContent,
          law: card.querySelector('.law')!.textContent,
          list: card.querySelector('.label-entity[data-note="designated-entities/taliban"] dl.status dd')!.textContent,
          summary: document.querySelector('.note-card[data-note="designated-entities/taliban"] .summary')?.textContent ?? null,
        };
      });
      expect(texts.title).toBe('Запрещена в России как террористическая');
      expect(texts.law).toContain('Федеральный закон от 6 марта 2006 г. № 35-ФЗ');
      expect(texts.list).toBe('Единый федеральный список организаций, признанных террористическими (ФСБ)');
      expect(texts.summary).toMatch(/Исламистское движение/);
    } finally {
      await page.close();
      await session.worker.evaluate(() => chrome.storage.local.clear());
    }
  });
});
