/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decidedTab, launchChromium, readySidebar, type ChromiumSession } from './launch-chromium';
import { type FixtureServer, startFixtureServer } from './server';
import { waitFor } from './wait';

// axe-core in real Chromium on the extension's own pages: no serious or critical violations, in light and
// dark schemes.

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function audit(target: Page | Frame): Promise<string[]> {
  await target.evaluate(AXE);
  const violations = (await target.evaluate(() =>
    (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Violation[] }> } }).axe
      .run(document, { resultTypes: ['violations'] })
      .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }))),
  )) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`Chromium accessibility (${colorScheme})`, () => {
    let server: FixtureServer;
    let session: ChromiumSession;

    beforeAll(async () => {
      server = await startFixtureServer();
      session = await launchChromium({ colorScheme });
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it('sidebar, open and collapsed', async () => {
      const page = await session.context.newPage();
      await page.goto(server.url('demo-tagdiv-article'));
      const sidebar = await readySidebar(session, page);
      expect(await audit(sidebar)).toEqual([]);
      await sidebar.click('#collapse');
      await waitFor(() => sidebar.evaluate(() => document.body.dataset.state === 'collapsed'), 5_000, 'collapsed');
      expect(await audit(sidebar)).toEqual([]);
    });

    it('popup', async () => {
      const page = await session.context.newPage();
      await page.goto(server.url('demo-tagdiv-article'));
      const { tabId } = await decidedTab(session, page);
      const popup = await session.context.newPage();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
      await waitFor(async () => !(await popup.isDisabled('#modes')), 5_000, 'the popup');
      expect(await audit(popup)).toEqual([]);
    });

    it('options page', async () => {
      const options = await session.context.newPage();
      await options.goto(`chrome-extension://${session.extensionId}/options.html`);
      await options.waitForSelector('#packs[data-ready="true"]');
      await options.waitForSelector('#preferences[data-ready="true"]');
      expect(await audit(options)).toEqual([]);
    });
  });
}
