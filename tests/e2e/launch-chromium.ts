/// <reference types="chrome" />
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Frame, type Page, type Worker } from 'playwright-core';
import type { TabState } from '../../src/extension/messages';
import { waitFor } from './wait';

// Debian's Chromium with the built extension loaded (playwright-core never downloads a browser).

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_BUILD = resolve(import.meta.dirname, '..', '..', process.env.RC_OUT_DIR ?? '.output', 'chrome-mv3');

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  /** An X display to open a real window on (for keyboard shortcuts); headless when absent. */
  display?: string;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  const profile = mkdtempSync(join(tmpdir(), 'rc-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: !options.display,
    ...(options.display ? { env: { ...process.env, DISPLAY: options.display } } : {}),
    viewport: { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The sidebar frame of a page once its report is shown. */
export async function readySidebar(session: ChromiumSession, page: Page): Promise<Frame> {
  const prefix = `chrome-extension://${session.extensionId}/sidebar.html`;
  const frame = await waitFor(async () => page.frames().find((f) => f.url().startsWith(prefix)), 10_000, 'the sidebar frame');
  await frame.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });
  return frame;
}

/**
 * The active tab (bring the page to the front first) as the extension sees it. Without the "tabs"
 * permission tabs carry no URL, so the tab is found by being active. `state` is null until the content
 * script answers.
 */
export async function activeTab(session: ChromiumSession): Promise<{ tabId: number; state: TabState | null } | null> {
  return session.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return null;
    const state = await chrome.tabs.sendMessage(tab.id, { type: 'get-state' }, { frameId: 0 }).catch(() => null);
    return { tabId: tab.id, state: state as TabState | null };
  });
}

/** The page's tab once its content script has decided (status no longer pending). */
export async function decidedTab(session: ChromiumSession, page: Page, ms = 10_000): Promise<{ tabId: number; state: TabState }> {
  await page.bringToFront();
  return waitFor(
    async () => {
      const tab = await activeTab(session);
      return tab?.state && tab.state.status !== 'pending' ? { tabId: tab.tabId, state: tab.state } : null;
    },
    ms,
    'the content script to decide',
  );
}

/**
 * The sidebar of a decided page, opened as the reader opens it from the popup or the shortcut when the page
 * did not open it by itself (a page with hidden items and no notes shows no tab).
 */
export async function openedSidebar(session: ChromiumSession, page: Page): Promise<Frame> {
  const { tabId } = await decidedTab(session, page);
  const state = await waitFor(async () => (await activeTab(session))?.state?.report ? (await activeTab(session))!.state : null, 10_000, 'the report');
  if (!state!.sidebarOpen) await session.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'toggle-sidebar' }, { frameId: 0 }), tabId);
  return readySidebar(session, page);
}
