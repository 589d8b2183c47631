/// <reference types="chrome" />
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decidedTab, type FirefoxSession, launchFirefox, openExtensionPage, readySidebar } from './launch-firefox';
import { type FixtureServer, startFixtureServer } from './server';
import { waitFor } from './wait';

// The options page in Firefox: a malformed pack is refused and changes nothing; a good one adds notes.

type Api = typeof chrome;
const PACKS = join(import.meta.dirname, 'packs');
let server: FixtureServer;
let session: FirefoxSession;
let options: Page;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchFirefox();
  options = await openExtensionPage(session.browser, '/options.html');
  await waitFor(() => options.evaluate(() => document.querySelector('#packs')?.getAttribute('data-ready') === 'true'), 10_000, 'the options page');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function upload(name: string): Promise<void> {
  const input = (await options.$('#pack-file')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(join(PACKS, name));
}

const text = (selector: string) => options.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);
const stored = () =>
  options.evaluate(() => (globalThis as unknown as { browser: Api }).browser.storage.local.get('importedPacks'));

async function demoSidebar(): Promise<{ page: Page; sidebar: Frame }> {
  const page = await session.browser.newPage();
  await page.goto(server.url('demo-tagdiv-article'));
  return { page, sidebar: await readySidebar(page) };
}

describe('Firefox: options page', () => {
  it('rejects a malformed pack with every error and changes nothing', async () => {
    await upload('broken-pack.json');
    await waitFor(async () => (await text('#packs-status')).includes('Nothing was changed'), 5_000, 'the refusal');
    const errors = await options.evaluate(() => Array.from(document.querySelectorAll('#pack-errors li')).map((li) => li.textContent));
    expect(errors).toEqual(expect.arrayContaining(['entries[0].designations[0].since: not a date', 'entries[0].sources[0].url: not an https link']));
    expect(await stored()).toEqual({});
  });

  it('imports a pack whose notes appear on the next article', async () => {
    await upload('reader-pack.json');
    await waitFor(async () => (await text('#packs-status')).startsWith('Imported'), 5_000, 'the import');
    const { page, sidebar } = await demoSidebar();
    const summary = await sidebar.evaluate(() => document.querySelector('.note-card[data-note="reader-notes/border-service"] .summary')?.innerHTML ?? null);
    expect(summary).toContain('<em>the border guards</em>');
    expect(summary).not.toContain('<img');
    expect(summary).not.toContain('javascript:');
    await page.close();
  });
});

describe('Firefox: options, shadowed names', () => {
  it('says which entry takes a name an imported entry repeats, and why', async () => {
    await upload('shadow-pack.json');
    await waitFor(async () => (await text('#packs-status')).includes("1 of its names is shown with another pack's entry"), 5_000, 'the import');
    const notice = await text('.pack[data-pack="reader-shadow"] .pack-shadow[data-by="designated-entities/taliban"]');
    expect(notice).toContain('the packs that ship with the extension come first');
    expect(notice).toContain('"sameAs": "designated-entities/taliban"');
    await options.click('.pack[data-pack="reader-shadow"] .pack-remove');
    await waitFor(async () => (await options.$$('.pack-shadow')).length === 0, 5_000, 'the removal');
  });
});

describe('Firefox: options, sites', () => {
  const storedSettings = () =>
    options.evaluate(() => (globalThis as unknown as { browser: Api }).browser.storage.local.get('settings') as Promise<{ settings?: { siteModes?: Record<string, string> } }>);

  it('lists a mode set in the popup at once; a change there is what the popup shows', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.url('demo-tagdiv-article'));
    const { tabId } = await decidedTab(options, page);
    const host = new URL(page.url()).hostname;
    let popup = await openExtensionPage(session.browser, `/popup.html?tab=${tabId}`);
    // A fresh popup each time, as a reader opens it (reloading an extension page hangs under BiDi).
    const reopen = async () => {
      await popup.close();
      popup = await openExtensionPage(session.browser, `/popup.html?tab=${tabId}`);
    };
    const checked = () => popup.evaluate(() => (document.querySelector('input[name="mode"]:checked') as HTMLInputElement | null)?.value);
    await waitFor(async () => (await checked()) === 'auto', 5_000, 'the popup');
    await popup.evaluate(() => (document.querySelector('input[value="off"]') as HTMLInputElement).click());
    await waitFor(async () => (await text(`.site[data-site="${host}"] .site-host`)) === host, 5_000, 'the site in the options');

    await options.select(`.site[data-site="${host}"] select`, 'always');
    await waitFor(async () => (await storedSettings()).settings?.siteModes?.[host] === 'always', 5_000, 'the saved mode');
    await reopen();
    await waitFor(async () => (await checked()) === 'always', 5_000, 'the popup to show Always');

    await options.click(`.site[data-site="${host}"] .site-remove`);
    await waitFor(async () => (await text('#site-list')) === '', 5_000, 'the removal');
    await reopen();
    await waitFor(async () => (await checked()) === 'auto', 5_000, 'the popup to show Auto');
    await popup.close();
    await page.close();
    await options.evaluate(() => (globalThis as unknown as { browser: Api }).browser.storage.local.remove('settings'));
  });
});

describe('Firefox: options, backup', () => {
  type Stored = Record<string, unknown>;
  const storedAll = () =>
    options.evaluate(() => (globalThis as unknown as { browser: Api }).browser.storage.local.get(['settings', 'sidebarViews', 'importedPacks']) as Promise<Stored>);
  // A fresh options page (reloading an extension page hangs under BiDi).
  const ready = async () => {
    await options.close();
    options = await openExtensionPage(session.browser, '/options.html');
    await waitFor(() => options.evaluate(() => document.querySelector('#packs')?.getAttribute('data-ready') === 'true'), 10_000, 'the options page');
  };

  it('exports everything as one file; after storage is cleared, importing it brings all of it back', async () => {
    await options.evaluate(async () => {
      const storage = (globalThis as unknown as { browser: Api }).browser.storage.local;
      await storage.clear();
      await storage.set({
        settings: { version: 2, siteModes: { 'meduza.io': 'off' }, level: 'form', userRules: '##.reader-poll\n', language: 'auto', sidebarSide: 'left', sidebarStart: 'open', sidebarPlace: 'page', disabledPacks: [] },
        sidebarViews: { 'lenta.ru': { state: 'open', width: 400 } },
      });
    });
    await ready();
    await upload('reader-pack.json');
    await waitFor(async () => (await text('#packs-status')).startsWith('Imported'), 5_000, 'the pack import');
    const before = await storedAll();

    // The export's file, caught at the link the page clicks (automation cannot read Firefox's downloads).
    const saved = await options.evaluate(async () => {
      const caught = new Promise<{ name: string; text: string }>((resolve) => {
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          void fetch(this.href).then((r) => r.text()).then((text) => resolve({ name: this.download, text }));
        };
      });
      document.getElementById('backup-export')!.click();
      return caught;
    });
    expect(saved.name).toMatch(/^reading-context-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const path = join(mkdtempSync(join(tmpdir(), 'rc-backup-')), saved.name);
    writeFileSync(path, saved.text);

    await options.evaluate(async () => {
      await (globalThis as unknown as { browser: Api }).browser.storage.local.clear();
      await new Promise((resolve) => (indexedDB.deleteDatabase('reading-context').onsuccess = resolve));
    });
    await ready();
    const input = (await options.$('#backup-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path);
    await waitFor(() => options.evaluate(() => !document.getElementById('backup-confirm')!.hidden), 5_000, 'the confirmation');
    await options.click('#backup-replace');
    await waitFor(async () => (await text('#backup-status')).startsWith('Settings read from'), 5_000, 'the restore');
    expect(await storedAll()).toEqual(before);
    const { page, sidebar } = await demoSidebar();
    expect(await sidebar.evaluate(() => !!document.querySelector('.note-card[data-note="reader-notes/border-service"]'))).toBe(true);
    await page.close();
    await options.evaluate(() => (globalThis as unknown as { browser: Api }).browser.storage.local.clear());
  });
});
