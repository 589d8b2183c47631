/// <reference types="chrome" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, launchChromium, readySidebar, type ChromiumSession } from './launch-chromium';
import { expectedFor, type FixtureServer, startFixtureServer } from './server';

// Where the packs live in the built extension: compiled at build time, read by the background only.

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

const name = 'register-ru-listed-people';
const labelCards = async () => {
  const page = await session.context.newPage();
  await page.goto(server.url(name));
  const sidebar = await readySidebar(session, page);
  const cards = await sidebar.$$eval('.label-entity', (cards) => [...new Set(cards.map((c) => c.getAttribute('data-note')))].sort());
  await page.close();
  return cards;
};

describe('Chromium: the manifest in the reader\'s language', () => {
  it('names every text through _locales, and every locale holds each name', async () => {
    const manifest = readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8');
    const used = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used).toEqual(expect.arrayContaining(['extName', 'extDescription', 'commandToggleSidebar', 'commandNextLabel']));
    for (const lang of ['en', 'ru']) {
      const messages = JSON.parse(readFileSync(join(CHROME_BUILD, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
      for (const key of used) expect(messages[key]?.message, `${lang}: ${key}`).toBeTruthy();
    }
    // Chromium resolves them: the shortcut's description is text, not a placeholder.
    const commands = await session.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'toggle-sidebar')?.description).toBe('Open or close the Reading Context sidebar on this page');
  });
});

describe('Chromium: packs in the built extension', () => {
  it('ship compiled: no pack JSON in the build, no pack data in the content script', () => {
    const files = readdirSync(CHROME_BUILD, { recursive: true }).map(String);
    expect(files).toContain(join('packs', 'shipped.bin'));
    expect(files.filter((f) => f.endsWith('.json') && f !== 'manifest.json' && !/^_locales[/\\]\w+[/\\]messages\.json$/.test(f))).toEqual([]);
    const content = readFileSync(join(CHROME_BUILD, 'content-scripts', 'content.js'), 'utf8');
    const shipped = JSON.parse(readFileSync('assets/packs/designated-entities.json', 'utf8')) as { entries: { summary: { en: string; ru: string } }[] };
    for (const e of shipped.entries.slice(0, 20))
      for (const text of [e.summary.en, e.summary.ru]) expect(content.includes(text.slice(0, 40))).toBe(false);
  });

  it('give notes from the register packs, found by inflected names, on an article', async () => {
    expect(await labelCards()).toEqual(Object.keys(expectedFor(name).labelLinks ?? {}).sort());
  });

  it('show an excluded entry\'s removal and the date of the data', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('register-excluded-entry'));
    const sidebar = await readySidebar(session, page);
    const card = sidebar.locator('.note-card[data-note="ru-register-foreign-agents/fa-18"]');
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('17 Mar 2021');
    expect(text).toMatch(/1 Oct 2024/);
    await page.close();
  });
});
