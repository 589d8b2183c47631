/// <reference types="chrome" />
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decidedTab, type FirefoxSession, launchFirefox, openExtensionPage, readySidebar } from './launch-firefox';
import { textUnderSidebar } from './page-checks';
import { articleFixtures, expectedFor, type FixtureServer, startFixtureServer } from './server';

// Beside the text in Firefox: with the in-page sidebar open or collapsed, no block of article text lies under
// the frame at a 1000, 1280 or 1920 px window, on every fixture with notes (the demo page among them).

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

const WIDTHS = [1000, 1280, 1920];
const ask = (tabId: number, message: object) =>
  extensionPage.evaluate(
    (id, m) => (globalThis as unknown as { browser: typeof chrome }).browser.tabs.sendMessage(id, m, { frameId: 0 }),
    tabId,
    message,
  );
const nextFrame = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

describe('Firefox: the sidebar makes room', () => {
  const withNotes = articleFixtures().filter((name) => expectedFor(name).notes.length > 0);

  it.each(withNotes)('%s: no article text under the frame', async (name) => {
    const page = await session.browser.newPage();
    try {
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(server.url(name));
      const { tabId, state } = await decidedTab(extensionPage, page);
      expect(state.status).toBe('article');
      if (!state.sidebarOpen) await ask(tabId, { type: 'toggle-sidebar' });
      await readySidebar(page);
      const found: string[] = [];
      for (const width of WIDTHS) {
        await page.setViewport({ width, height: 900 });
        for (const view of ['open', 'collapsed'] as const) {
          await ask(tabId, { type: 'set-view', state: view, save: false });
          await nextFrame(page);
          const { frame, under } = await page.evaluate(textUnderSidebar);
          if (!frame) found.push(`${width} px ${view}: no sidebar`);
          for (const u of under) found.push(`${width} px ${view}: ${u}`);
        }
      }
      expect(found).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('starts as a tab on a window too narrow for both', async () => {
    const page = await session.browser.newPage();
    try {
      await page.setViewport({ width: 800, height: 900 });
      await page.goto(server.url('demo-tagdiv-article'));
      const sidebar = await readySidebar(page);
      expect(await sidebar.evaluate(() => document.body.dataset.state)).toBe('collapsed');
      expect((await page.evaluate(textUnderSidebar)).under).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
