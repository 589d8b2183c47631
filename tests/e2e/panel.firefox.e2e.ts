/// <reference types="chrome" />
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decidedTab, type FirefoxSession, launchFirefox, openExtensionPage } from './launch-firefox';
import { type FixtureServer, startFixtureServer } from './server';
import { waitFor } from './wait';

// Firefox's own sidebar (sidebar_action) shows the same page as the in-page frame. Automation cannot open
// Firefox's sidebar (WebDriver BiDi sees tabs only, and sidebarAction.open() needs a reader's gesture), so the
// panel page runs here in a tab pinned to the article's tab (?tab=): the code it runs is the panel's own, less
// finding the window's active tab. The README says how the real sidebar was checked by hand.

let server: FixtureServer;
let session: FirefoxSession;
let extensionPage: Page;
type Api = typeof chrome;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchFirefox();
  extensionPage = await openExtensionPage(session.browser, '/popup.html');
  await extensionPage.evaluate(() =>
    (globalThis as unknown as { browser: Api }).browser.storage.local.set({ settings: { version: 2, sidebarPlace: 'browser' } }),
  );
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const highlighted = () => {
  const h = (CSS as unknown as { highlights: Map<string, { values(): Iterable<Range> }> }).highlights.get('reading-context-mention');
  return h ? [...h.values()].map((r) => r.toString()).join('') : '';
};

describe("Firefox: the browser's sidebar", () => {
  it('the page shows no frame; the panel page shows its notes and steps through mentions in the page', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.url('demo-tagdiv-article'));
    const { tabId, state } = await decidedTab(extensionPage, page);
    expect(state.report?.notes.length).toBeGreaterThan(0);
    expect(state.sidebarOpen).toBe(false);
    expect(await page.evaluate(() => document.querySelectorAll('[data-reading-context="sidebar"]').length)).toBe(0);

    const panel = await openExtensionPage(session.browser, `/sidebar.html?tab=${tabId}`);
    await waitFor(() => panel.evaluate(() => document.body.dataset.ready === 'true' && !!document.querySelector('.label-entity')), 10_000, 'the panel');
    expect(await panel.evaluate(() => document.body.dataset.place)).toBe('browser');
    expect(await panel.evaluate(() => [...document.querySelectorAll<HTMLElement>('.label-entity')].map((e) => e.dataset.note))).toContain('designated-entities/taliban');

    // The article in front, as beside a real panel (a tab in the background does not scroll).
    await page.bringToFront();
    await page.evaluate(() => window.scrollTo(0, 0));
    await panel.evaluate(() => (document.querySelector('.note-card[data-note="world-context/afghanistan"] .step.next') as HTMLButtonElement).click());
    await waitFor(async () => (await page.evaluate(highlighted)) !== '', 5_000, 'a highlighted mention');
    expect(await page.evaluate(highlighted)).toMatch(/Afghan/);
    await waitFor(() => page.evaluate(() => window.scrollY > 100), 5_000, 'the page to scroll');
  });

  it('declares the sidebar to Firefox, closed at install', async () => {
    const manifest = await extensionPage.evaluate(() => (globalThis as unknown as { browser: Api }).browser.runtime.getManifest());
    const sidebar = (manifest as { sidebar_action?: { default_panel: string; open_at_install: boolean } }).sidebar_action;
    expect(sidebar?.default_panel).toMatch(/\/sidebar\.html$/);
    expect(sidebar?.open_at_install).toBe(false);
  });
});
