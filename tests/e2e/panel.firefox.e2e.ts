/// <reference types="chrome" />
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decidedTab, type FirefoxSession, launchFirefox, openExtensionPage } from './launch-firefox';
import { type FixtureServer, startFixtureServer } from './server';
import { waitFor } from './wait';
import { startVirtualDisplay, type VirtualDisplay } from './xvfb';

// Firefox's own sidebar (sidebar_action) shows the same page as the in-page frame. It is opened for real: a
// Firefox window on a virtual display, the reader's shortcut pressed with xdotool (sidebarAction.open() needs
// a reader's gesture). WebDriver BiDi sees tabs only, so the test reads the sidebar's document through
// extension.getViews({ type: 'sidebar' }) from an extension page, and clicks in it there. The panel page
// pinned to one tab (?tab=) is checked in a tab of its own.

let server: FixtureServer;
let session: FirefoxSession;
let extensionPage: Page;
let x: VirtualDisplay;
type Api = typeof chrome;

beforeAll(async () => {
  server = await startFixtureServer();
  x = await startVirtualDisplay();
  session = await launchFirefox({ display: x.display });
  extensionPage = await openExtensionPage(session.browser, '/popup.html');
  await extensionPage.evaluate(() =>
    (globalThis as unknown as { browser: Api }).browser.storage.local.set({ settings: { version: 2, sidebarPlace: 'browser' } }),
  );
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  x?.close();
});

const highlighted = () => {
  const h = (CSS as unknown as { highlights: Map<string, { values(): Iterable<Range> }> }).highlights.get('reading-context-mention');
  return h ? [...h.values()].map((r) => r.toString()).join('') : '';
};

/** Runs `js` in Firefox's real sidebar (its window, reached from an extension page); null when it is not open. */
const inSidebar = <T>(js: string): Promise<T | null> =>
  extensionPage.evaluate((code) => {
    const [view] = (globalThis as unknown as { browser: Api }).browser.extension.getViews({ type: 'sidebar' } as never);
    return view ? (view as unknown as { eval(c: string): unknown }).eval(code) : null;
  }, js) as Promise<T | null>;

const sidebarOpen = () =>
  extensionPage.evaluate(() =>
    (globalThis as unknown as { browser: { sidebarAction: { isOpen(d: object): Promise<boolean> } } }).browser.sidebarAction.isOpen({}),
  );

describe("Firefox: the browser's real sidebar", () => {
  let article: Page;

  it('the shortcut opens the sidebar with the notes of the tab in front', async () => {
    article = await session.browser.newPage();
    await article.goto(server.url('demo-tagdiv-article'));
    await decidedTab(extensionPage, article);
    await article.bringToFront();
    expect(await sidebarOpen()).toBe(false);
    x.press('alt+shift+k', 'firefox');
    await waitFor(() => inSidebar<boolean>(`document.body.dataset.ready === 'true' && !!document.querySelector('.label-entity')`), 10_000, 'the sidebar to show the notes');
    expect(await sidebarOpen()).toBe(true);
    expect(await inSidebar<string>('document.body.dataset.place')).toBe('browser');
    expect(await inSidebar<string[]>(`[...document.querySelectorAll('.label-entity')].map((e) => e.dataset.note)`)).toContain('designated-entities/taliban');
  });

  it('steps through mentions from the sidebar: the page scrolls and highlights them', async () => {
    await article.evaluate(() => window.scrollTo(0, 0));
    expect(await article.evaluate(highlighted)).toBe('');
    await inSidebar(`document.querySelector('.note-card[data-note="world-context/afghanistan"] .step.next').click()`);
    await waitFor(async () => (await article.evaluate(highlighted)) !== '', 5_000, 'a highlighted mention');
    expect(await article.evaluate(highlighted)).toMatch(/Afghan/);
    await waitFor(() => article.evaluate(() => window.scrollY > 100), 5_000, 'the page to scroll');
  });

  it('follows the reader to another tab, and shows that tab its own notes', async () => {
    const other = await session.browser.newPage();
    await other.goto(server.url('labels-ru-footnotes'));
    await other.bringToFront();
    await waitFor(
      () => inSidebar<boolean>(`[...document.querySelectorAll('[data-note]')].some((e) => e.dataset.note === 'designated-entities/istories')`),
      10_000,
      "the sidebar to show the other tab's notes",
    );
    expect(await inSidebar<boolean>(`[...document.querySelectorAll('[data-note]')].some((e) => e.dataset.note === 'designated-entities/taliban')`)).toBe(false);
    await other.close();
    await article.close();
  });
});

describe("Firefox: the sidebar page pinned to a tab", () => {
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
