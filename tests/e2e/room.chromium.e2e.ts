/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, decidedTab, launchChromium, readySidebar } from './launch-chromium';
import { textUnderSidebar } from './page-checks';
import { articleFixtures, type FixtureServer, startFixtureServer } from './server';

// Beside the text, never over it: with the in-page sidebar open or collapsed, no block of article text lies
// under the frame at a 1000, 1280 or 1920 px window, on every article fixture (the demo page among them).

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

const WIDTHS = [1000, 1280, 1920];
const ask = (tabId: number, message: object) =>
  session.worker.evaluate(([id, m]) => chrome.tabs.sendMessage(id as number, m, { frameId: 0 }), [tabId, message] as const);

/** Where article text lies under the frame, for each window width and sidebar state. */
async function overlaps(page: Page, tabId: number): Promise<string[]> {
  const found: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    for (const state of ['open', 'collapsed'] as const) {
      await ask(tabId, { type: 'set-view', state, save: false });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const { frame, under } = await page.evaluate(textUnderSidebar);
      if (!frame) found.push(`${width} px ${state}: no sidebar`);
      for (const u of under) found.push(`${width} px ${state}: ${u}`);
    }
  }
  return found;
}

describe('Chromium: the sidebar makes room', () => {
  // The page that patches Promise.prototype.then breaks Playwright's object results in its own world, where
  // this measure runs (detect.chromium.e2e.ts checks that page; Firefox's BiDi measures it here too).
  it.each(articleFixtures().filter((name) => name !== 'hostile-patched-builtins'))('%s: no article text under the frame', async (name) => {
    const page = await session.context.newPage();
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(server.url(name));
      const { tabId, state } = await decidedTab(session, page);
      expect(state.status).toBe('article');
      if (!state.sidebarOpen) await ask(tabId, { type: 'toggle-sidebar' });
      await readySidebar(session, page);
      expect(await overlaps(page, tabId)).toEqual([]);
      // Closed, the page gets its own layout back.
      await ask(tabId, { type: 'close-sidebar' });
      expect(await page.evaluate(() => document.documentElement.style.marginRight)).toBe('');
    } finally {
      await page.close();
    }
  });

  it('starts as a tab on a window too narrow for both, and the tab covers no text either', async () => {
    const page = await session.context.newPage();
    try {
      await page.setViewportSize({ width: 800, height: 900 });
      await page.goto(server.url('demo-tagdiv-article'));
      const sidebar = await readySidebar(session, page);
      expect(await sidebar.evaluate(() => document.body.dataset.state)).toBe('collapsed');
      expect((await page.evaluate(textUnderSidebar)).under).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
