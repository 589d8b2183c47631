import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { parseHtml } from '../../src/cli/dom';
import { domHalf } from './dom-half';

// The CLI's DOM against Chromium's: the same engine code, on the same page, must read the same DOM half.
// Used by tests/e2e/dom-parity.chromium.e2e.ts and by `npm run eval:node-dom` (every corpus page).

/** dom-half.ts bundled for the page (it sets globalThis.__rcDomHalf). */
export async function domHalfBundle(): Promise<string> {
  const out = await build({ entryPoints: [join(import.meta.dirname, 'dom-half.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'chrome120', logLevel: 'silent' });
  return out.outputFiles[0]!.text;
}

/** The DOM half in Chromium, on the page served at `address`; the engine is told `url`. */
export async function inChromium(page: Page, bundle: string, address: string, url: string): Promise<unknown> {
  await page.goto(address, { waitUntil: 'load', timeout: 15_000 });
  await page.evaluate(bundle);
  return page.evaluate((u) => (globalThis as unknown as { __rcDomHalf: (d: Document, u: string) => unknown }).__rcDomHalf(document, u), url);
}

/** The same in the CLI's DOM. */
export function inNode(html: string, url: string): unknown {
  const { doc, close } = parseHtml(html, url === 'about:blank' ? undefined : url);
  try {
    return JSON.parse(JSON.stringify(domHalf(doc, url)));
  } finally {
    close();
  }
}
