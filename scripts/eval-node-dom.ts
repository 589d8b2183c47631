// npm run eval:node-dom -- [corpus folders…]: the CLI's DOM (happy-dom) against Chromium on every page of the
// shared corpora (default: readability, nonarticles, ru-articles): prints each page whose DOM half differs
// (verdict, metadata, hiding plan, walked text: tests/e2e/dom-half.ts) and the count.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../tests/e2e/launch-chromium';
import { domHalfBundle, inChromium, inNode } from '../tests/e2e/dom-parity';
import { startCorpusServer } from '../tests/e2e/server';

const SHARED = resolve(import.meta.dirname, '..', '..', 'shared', 'corpus');
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['readability', 'nonarticles', 'ru-articles'].map((d) => join(SHARED, d));
const bundle = await domHalfBundle();
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const page = await browser.newPage();
await page.route('**/*', (route) => (route.request().resourceType() === 'document' ? route.continue() : route.abort()));
let total = 0;
let differ = 0;
try {
  for (const dir of dirs) {
    const pages = readdirSync(dir).filter((d) => existsSync(join(dir, d, 'source.html'))).sort();
    const server = await startCorpusServer(dir, pages, { 'content-security-policy': "script-src 'none'" });
    let here = 0;
    try {
      for (const name of pages) {
        total++;
        const node = inNode(readFileSync(join(dir, name, 'source.html'), 'utf8'), 'about:blank');
        const browserSide = await inChromium(page, bundle, `${server.origin}/${encodeURIComponent(name)}/`, 'about:blank').catch((e: Error) => ({ error: e.message }));
        if (isDeepStrictEqual(node, browserSide)) continue;
        here++;
        differ++;
        const keys = Object.keys({ ...(node as object), ...(browserSide as object) }).filter((k) => !isDeepStrictEqual((node as Record<string, unknown>)[k], (browserSide as Record<string, unknown>)[k]));
        console.log(`${dir.split('/').pop()}/${name}: differs in ${keys.join(', ')}`);
      }
    } finally {
      await server.close();
    }
    console.log(`${dir}: ${pages.length - here} of ${pages.length} pages read alike`);
  }
} finally {
  await browser.close();
}
console.log(`all: ${total - differ} of ${total} pages read alike by happy-dom and Chromium`);
