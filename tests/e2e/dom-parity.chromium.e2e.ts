// The CLI reads pages with happy-dom; its answers must be the browser's. Every fixture, and the first pages of
// each shared corpus when it is there (`npm run eval:node-dom` compares them all), in Chromium and in Node.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from './launch-chromium';
import { domHalfBundle, inChromium, inNode } from './dom-parity';
import { startCorpusServer, startFixtureServer } from './server';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');
const CORPORA = ['readability', 'nonarticles', 'ru-articles'].map((d) => resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', d)).filter(existsSync);
const SAMPLE = 8;

let browser: Browser;
let page: Page;
let bundle: string;

beforeAll(async () => {
  bundle = await domHalfBundle();
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  page = await browser.newPage();
  await page.route('**/*', (route) => (route.request().resourceType() === 'document' ? route.continue() : route.abort()));
});
afterAll(async () => browser?.close());

describe('happy-dom reads pages as Chromium does', () => {
  it('on every fixture but the hostile ones', async () => {
    const server = await startFixtureServer();
    try {
      // Hostile pages shadow document members in the page's own world, where this runs the engine; the
      // extension's content script does not see those shadows (detect.*.e2e.ts), so they are no DOM question.
      for (const name of readdirSync(FIXTURES).filter((n) => !n.startsWith('hostile-')).sort()) {
        const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as { url: string };
        const html = readFileSync(join(FIXTURES, name, 'page.html'), 'utf8');
        expect(inNode(html, expected.url), name).toEqual(await inChromium(page, bundle, server.url(name), expected.url));
      }
    } finally {
      await server.close();
    }
  }, 120_000);

  it.skipIf(!CORPORA.length)('on the first pages of each shared corpus', async () => {
    for (const dir of CORPORA) {
      const pages = readdirSync(dir).filter((d) => existsSync(join(dir, d, 'source.html'))).sort().slice(0, SAMPLE);
      const server = await startCorpusServer(dir, pages, { 'content-security-policy': "script-src 'none'" });
      try {
        for (const name of pages) {
          const html = readFileSync(join(dir, name, 'source.html'), 'utf8');
          expect(inNode(html, 'about:blank'), name).toEqual(await inChromium(page, bundle, `${server.origin}/${encodeURIComponent(name)}/`, 'about:blank'));
        }
      } finally {
        await server.close();
      }
    }
  }, 120_000);
});
