/// <reference types="chrome" />
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config';
import type { TabState } from '../../src/extension/messages';
import { waitFor } from './wait';

// Debian's firefox-esr over WebDriver BiDi, with the built MV2 add-on installed as a temporary add-on.
// The add-on's internal UUID is pinned so tests know its moz-extension:// origin.

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = resolve(import.meta.dirname, '..', '..', process.env.RC_OUT_DIR ?? '.output', 'firefox-mv2');
export const FIREFOX_UUID = '6f1f3c1e-6a8e-4c55-9a51-2b1f0e1d7c3a';
export const FIREFOX_ORIGIN = `moz-extension://${FIREFOX_UUID}`;

export interface FirefoxSession {
  browser: Browser;
  close(): Promise<void>;
}

/** `display`: an X display to show a real window on (tests/e2e/xvfb.ts), for the tests that press real keys. */
export async function launchFirefox(options: { display?: string } = {}): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: !options.display,
    ...(options.display ? { env: { ...process.env, DISPLAY: options.display } } : {}),
    protocol: 'webDriverBiDi',
    // A desktop window, as the Chromium tests use (puppeteer's default 800 px is too narrow for an open sidebar).
    defaultViewport: { width: 1280, height: 900 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return { browser, close: () => browser.close() };
}

/** The sidebar frame: over BiDi its frame.url() reads about:blank, so ask the frame itself. */
export async function sidebarFrame(page: Page): Promise<Frame> {
  return waitFor(async () => {
    for (const frame of page.mainFrame().childFrames()) {
      const href = await frame.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(`${FIREFOX_ORIGIN}/sidebar.html`)) return frame;
    }
    return null;
  }, 10_000, 'the sidebar frame');
}

/** Opens an extension page in a new tab (goto to moz-extension:// never resolves, so poll instead). */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(`${FIREFOX_ORIGIN}${path}`).catch(() => undefined);
  await waitFor(async () => (await page.evaluate(() => document.readyState === 'complete' && location.protocol === 'moz-extension:').catch(() => false)), 10_000, path);
  return page;
}

/** The sidebar frame of a page once its report is shown. */
export async function readySidebar(page: Page): Promise<Frame> {
  const frame = await sidebarFrame(page);
  await waitFor(() => frame.evaluate(() => document.body.dataset.ready === 'true'), 10_000, 'the sidebar report');
  return frame;
}

/**
 * The active tab as the extension sees it, asked from an open extension page (bring the page to the front
 * first). `state` is null until the content script answers.
 */
export async function activeTab(extensionPage: Page): Promise<{ tabId: number; state: TabState | null } | null> {
  return extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return null;
    const state = await api.tabs.sendMessage(tab.id, { type: 'get-state' }, { frameId: 0 }).catch(() => null);
    return { tabId: tab.id, state: state as TabState | null };
  });
}

/** The page's tab once its content script has decided (status no longer pending). */
export async function decidedTab(extensionPage: Page, page: Page, ms = 10_000): Promise<{ tabId: number; state: TabState }> {
  await page.bringToFront();
  return waitFor(
    async () => {
      const tab = await activeTab(extensionPage);
      return tab?.state && tab.state.status !== 'pending' ? { tabId: tab.tabId, state: tab.state } : null;
    },
    ms,
    'the content script to decide',
  );
}

/** The sidebar of a decided page, opened as the popup or the shortcut does when the page did not open it itself. */
export async function openedSidebar(extensionPage: Page, page: Page): Promise<Frame> {
  const { tabId } = await decidedTab(extensionPage, page);
  const state = await waitFor(async () => (await activeTab(extensionPage))?.state?.report ? (await activeTab(extensionPage))!.state : null, 10_000, 'the report');
  if (!state!.sidebarOpen)
    await extensionPage.evaluate(
      (id) => (globalThis as unknown as { browser: typeof chrome }).browser.tabs.sendMessage(id, { type: 'toggle-sidebar' }, { frameId: 0 }),
      tabId,
    );
  return readySidebar(page);
}
