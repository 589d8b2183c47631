/// <reference types="chrome" />
import { join } from 'node:path';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, launchFirefox, openExtensionPage, readySidebar } from './launch-firefox';
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
