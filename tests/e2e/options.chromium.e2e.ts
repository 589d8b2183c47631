/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decidedTab, launchChromium, readySidebar, type ChromiumSession } from './launch-chromium';
import { type FixtureServer, startFixtureServer } from './server';
import { waitFor } from './wait';

// The options page in Chromium: importing packs (good and bad), switching packs off, preferences.

const PACKS = join(import.meta.dirname, 'packs');
let server: FixtureServer;
let session: ChromiumSession;
let options: Page;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchChromium();
  options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.waitForSelector('#packs[data-ready="true"]');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function demoSidebar(): Promise<{ page: Page; sidebar: Frame }> {
  const page = await session.context.newPage();
  await page.goto(server.url('demo-tagdiv-article'));
  return { page, sidebar: await readySidebar(session, page) };
}

const upload = (name: string) =>
  options.setInputFiles('#pack-file', { name, mimeType: 'application/json', buffer: readFileSync(join(PACKS, name)) });

describe('Chromium: options page', () => {
  it('lists the shipped packs with versions and counts', async () => {
    const rows = await options.$$eval('#pack-list .pack', (lis) => lis.map((li) => li.getAttribute('data-pack')));
    expect(rows).toEqual(expect.arrayContaining(['ru-designation-labels', 'designated-entities', 'world-context', 'translation-notes']));
    expect(await options.textContent('.pack[data-pack="designated-entities"] .pack-meta')).toMatch(/\d+ entries/);
  });

  it('rejects a malformed pack with every error and changes nothing', async () => {
    await upload('broken-pack.json');
    await options.waitForSelector('#pack-errors li');
    const errors = await options.$$eval('#pack-errors li', (lis) => lis.map((li) => li.textContent));
    expect(errors).toEqual(
      expect.arrayContaining([
        'entries[0].designations[0].since: not a date',
        'entries[0].sources[0].url: not an https link',
      ]),
    );
    expect(await options.textContent('#packs-status')).toContain('Nothing was changed');
    expect(await session.worker.evaluate(() => chrome.storage.local.get('importedPacks'))).toEqual({});
  });

  it('imports a pack whose notes appear on the next article, sanitized', async () => {
    await upload('reader-pack.json');
    await waitFor(async () => (await options.textContent('#packs-status'))?.startsWith('Imported'), 5_000, 'the import');
    expect(await options.$$eval('#pack-errors li', (lis) => lis.length)).toBe(0);
    expect(await options.isVisible('.pack[data-pack="reader-notes"]')).toBe(true);
    const { page, sidebar } = await demoSidebar();
    const card = sidebar.locator('.note-card[data-note="reader-notes/border-service"]');
    expect(await card.count()).toBe(1);
    expect(await card.locator('.summary em').textContent()).toBe('the border guards');
    // Pack HTML is cleaned: no image, no script link, nothing the page could load.
    expect(await card.locator('.summary img').count()).toBe(0);
    expect(await card.locator('.summary a').getAttribute('href')).toBeNull();
    await page.close();
    // Compiled once, at import, into the extension's IndexedDB: the background reads it as it is.
    const stored = await options.evaluate(
      () =>
        new Promise<{ packs: string; size: number } | null>((resolve) => {
          const open = indexedDB.open('reading-context');
          open.onsuccess = () => {
            const get = open.result.transaction('kv').objectStore('kv').get('userLibrary');
            get.onsuccess = () => resolve(get.result ? { packs: get.result.packs, size: get.result.bytes.length } : null);
          };
        }),
    );
    expect(stored?.packs).toMatch(/^reader-notes@/);
    expect(stored?.size).toBeGreaterThan(1000);
  });

  it('switches a pack off: its notes are gone from the next article', async () => {
    await options.reload();
    await options.waitForSelector('#packs[data-ready="true"]');
    await options.uncheck('#pack-world-context');
    await waitFor(async () => ((await session.worker.evaluate(() => chrome.storage.local.get('settings'))).settings as { disabledPacks?: string[] } | undefined)?.disabledPacks?.includes('world-context'), 5_000, 'the saved choice');
    const { page, sidebar } = await demoSidebar();
    const ids = await sidebar.$$eval('.note-card', (cards) => cards.map((c) => c.getAttribute('data-note')));
    expect(ids.some((id) => id?.startsWith('world-context/'))).toBe(false);
    expect(ids).toContain('designated-entities/taliban');
    await page.close();
    await options.check('#pack-world-context');
  });

  it('says which entry takes a name an imported entry repeats, and why', async () => {
    await upload('shadow-pack.json');
    await waitFor(async () => (await options.textContent('#packs-status'))?.startsWith('Imported') ?? false, 5_000, 'the import');
    expect(await options.textContent('#packs-status')).toContain("1 of its names is shown with another pack's entry");
    const notice = options.locator('.pack[data-pack="reader-shadow"] .pack-shadow[data-by="designated-entities/taliban"]');
    expect(await notice.textContent()).toMatch(
      /^“Taliban” \(your entry “Taliban”\) is shown as “Taliban” from “.+”: where two entries have the same name, the packs that ship with the extension come first\. .*"sameAs": "designated-entities\/taliban"/,
    );
    // The shipped pack's row says it takes the name; switching it off ends the notice.
    expect(await options.textContent('.pack[data-pack="designated-entities"] .pack-shadows')).toContain('Takes the name “Taliban”');
    await options.uncheck('#pack-designated-entities');
    await waitFor(async () => (await options.$$('.pack-shadow')).length === 0, 5_000, 'no notice with the shipped pack off');
    await options.check('#pack-designated-entities');
    await options.waitForSelector('.pack[data-pack="reader-shadow"] .pack-shadow');
    await options.click('.pack[data-pack="reader-shadow"] .pack-remove');
    await waitFor(async () => (await options.$$('.pack-shadow')).length === 0, 5_000, 'the removal');
  });

  it('removes an imported pack', async () => {
    await options.click('.pack[data-pack="reader-notes"] .pack-remove');
    await waitFor(async () => (await options.$$('.pack[data-pack="reader-notes"]')).length === 0, 5_000, 'the removal');
    expect((await session.worker.evaluate(() => chrome.storage.local.get('importedPacks'))).importedPacks).toEqual([]);
  });

  it('switches the interface to Russian', async () => {
    await options.check('#language-ru');
    await waitFor(async () => (await options.textContent('#packs-title')) === 'Пакеты глоссария', 5_000, 'the Russian page');
    const { page, sidebar } = await demoSidebar();
    expect(await sidebar.textContent('section h2')).toBe('Маркировки в статье');
    await page.close();
    await options.check('#language-auto');
  });
});

describe('Chromium: options, sites', () => {
  it('lists a mode set in the popup at once; a change or removal there is what the popup shows', async () => {
    await session.worker.evaluate(() => chrome.storage.local.clear());
    await options.reload();
    await options.waitForSelector('#sites[data-ready="true"]');
    expect(await options.isVisible('#sites-empty')).toBe(true);
    const page = await session.context.newPage();
    await page.goto(server.url('demo-tagdiv-article'));
    const { tabId } = await decidedTab(session, page);
    const host = new URL(page.url()).hostname;
    const popup = await session.context.newPage();
    const openPopup = async () => {
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
      await popup.waitForSelector('#modes:not([disabled])');
    };
    await openPopup();
    await popup.check('input[value="off"]');
    // The open options page follows the popup's change without a reload.
    await options.waitForSelector(`.site[data-site="${host}"]`);
    expect(await options.inputValue(`.site[data-site="${host}"] select`)).toBe('off');
    expect(await options.isVisible('#sites-empty')).toBe(false);

    await options.selectOption(`.site[data-site="${host}"] select`, 'always');
    await waitFor(async () => (await options.textContent('#sites-status'))?.startsWith(`${host}: Always`) ?? false, 5_000, 'the saved mode');
    await openPopup();
    expect(await popup.isChecked('input[value="always"]')).toBe(true);

    await options.click(`.site[data-site="${host}"] .site-remove`);
    await waitFor(async () => (await options.$$(`.site[data-site="${host}"]`)).length === 0, 5_000, 'the removal');
    await openPopup();
    expect(await popup.isChecked('input[value="auto"]')).toBe(true);

    await options.fill('#site-add-host', 'https://www.Example.org/news/1');
    await options.click('#site-add');
    await options.waitForSelector('.site[data-site="example.org"]');
    expect(((await session.worker.evaluate(() => chrome.storage.local.get('settings'))).settings as { siteModes: unknown }).siteModes).toEqual({ 'example.org': 'off' });
    await popup.close();
    await page.close();
    await session.worker.evaluate(() => chrome.storage.local.clear());
  });
});

describe('Chromium: options, backup', () => {
  const storedAll = () => session.worker.evaluate(() => chrome.storage.local.get(['settings', 'sidebarViews', 'importedPacks']));

  it('exports everything as one file; after storage is cleared, importing it brings all of it back', async () => {
    await session.worker.evaluate(() => chrome.storage.local.clear());
    await session.worker.evaluate(() =>
      chrome.storage.local.set({
        settings: { version: 2, siteModes: { 'meduza.io': 'off', 'bbc.com': 'always' }, level: 'form', userRules: '##.reader-poll\n', language: 'auto', sidebarSide: 'left', sidebarStart: 'open', sidebarPlace: 'page', disabledPacks: ['world-context'] },
        sidebarViews: { 'lenta.ru': { state: 'collapsed', width: 420 } },
      }),
    );
    await options.reload();
    await options.waitForSelector('#packs[data-ready="true"]');
    await upload('reader-pack.json');
    await waitFor(async () => (await options.textContent('#packs-status'))?.startsWith('Imported') ?? false, 5_000, 'the pack import');
    const before = await storedAll();
    expect(Object.keys(before).sort()).toEqual(['importedPacks', 'settings', 'sidebarViews']);

    const [download] = await Promise.all([options.waitForEvent('download'), options.click('#backup-export')]);
    expect(download.suggestedFilename()).toMatch(/^reading-context-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const file = readFileSync((await download.path())!);

    // Everything gone: extension storage and the compiled library in IndexedDB.
    await session.worker.evaluate(() => chrome.storage.local.clear());
    await options.evaluate(() => new Promise((resolve) => (indexedDB.deleteDatabase('reading-context').onsuccess = resolve)));
    await options.reload();
    await options.waitForSelector('#packs[data-ready="true"]');
    expect(await options.$$('.pack[data-pack="reader-notes"]')).toHaveLength(0);

    // A file with one bad value is refused whole.
    const bad = JSON.parse(file.toString('utf8'));
    bad.settings.level = 'everything';
    await options.setInputFiles('#backup-file', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await options.waitForSelector('#backup-errors li');
    expect(await options.textContent('#backup-errors')).toContain('settings.level: not a valid value');
    expect(await options.textContent('#backup-status')).toContain('Nothing was changed');
    expect(await storedAll()).toEqual({});

    await options.setInputFiles('#backup-file', { name: 'backup.json', mimeType: 'application/json', buffer: file });
    await options.waitForSelector('#backup-confirm:not([hidden])');
    expect(await options.textContent('#backup-confirm')).toContain('2 sites with their own mode');
    expect(await options.textContent('#backup-confirm')).toContain('1 imported pack');
    await options.click('#backup-replace');
    await waitFor(async () => (await options.textContent('#backup-status'))?.startsWith('Settings read from “backup.json”') ?? false, 5_000, 'the restore');
    expect(await storedAll()).toEqual(before);
    // The page shows what came back: the sites, the rules, the pack.
    await options.waitForSelector('.site[data-site="meduza.io"]');
    expect(await options.inputValue('#user-rules')).toBe('##.reader-poll\n');
    expect(await options.isChecked('#pack-world-context')).toBe(false);
    // The restored pack's notes are on the next article.
    const { page, sidebar } = await demoSidebar();
    await sidebar.waitForSelector('.note-card[data-note="reader-notes/border-service"]');
    await page.close();
    await session.worker.evaluate(() => chrome.storage.local.clear());
  });
});
