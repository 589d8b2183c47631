/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachToTarget, type TargetEvaluate } from './cdp-target';
import { launchChromium, type ChromiumSession } from './launch-chromium';
import { type FixtureServer, startFixtureServer } from './server';
import { startVirtualDisplay, type VirtualDisplay } from './xvfb';
import { waitFor } from './wait';

// Chromium's own side panel, opened for real: the reader chose it in the options, presses the shortcut (keys
// from xdotool on a virtual display: only a reader's gesture opens it), and the panel shows the tab's notes,
// steps through its mentions in the page, and follows the reader to another tab.

let server: FixtureServer;
let x: VirtualDisplay;
let session: ChromiumSession;

beforeAll(async () => {
  server = await startFixtureServer();
  x = await startVirtualDisplay();
  session = await launchChromium({ display: x.display });
  await session.worker.evaluate(() => chrome.storage.local.set({ settings: { version: 2, sidebarPlace: 'browser' } }));
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  x?.close();
});

const highlighted = `(() => {
  const h = CSS.highlights.get('reading-context-mention');
  return h ? [...h.values()].map((r) => r.toString()).join('') : '';
})()`;

describe("Chromium: the browser's side panel", () => {
  let panel: TargetEvaluate;
  const page = () => session.context.pages().at(-1)!;

  it('the page shows no frame of its own; the shortcut opens the side panel with the notes', async () => {
    const tab = await session.context.newPage();
    await tab.goto(server.url('demo-tagdiv-article'));
    await waitFor(async () => (await tab.evaluate(() => document.querySelectorAll('[data-reading-context-hidden]').length)) > 0, 10_000, 'the page to be decided');
    expect(await tab.evaluate(() => document.querySelectorAll('[data-reading-context="sidebar"]').length)).toBe(0);
    x.press('alt+shift+k', 'chromium');
    panel = await attachToTarget(tab, `chrome-extension://${session.extensionId}/sidebar.html`);
    await waitFor(() => panel<boolean>(`document.body.dataset.ready === 'true' && !!document.querySelector('.label-entity')`), 10_000, 'the panel to show the notes');
    expect(await panel<string>('document.body.dataset.place')).toBe('browser');
    const entities = await panel<string[]>(`[...document.querySelectorAll('.label-entity')].map((e) => e.dataset.note)`);
    expect(entities).toContain('designated-entities/taliban');
    // The browser sizes and closes its panel: no collapse button, no drag handle.
    expect(await panel<boolean>(`document.getElementById('collapse').hidden && document.getElementById('resize').hidden`)).toBe(true);
  });

  it('steps through mentions from the panel: the page scrolls and highlights them', async () => {
    await page().evaluate(() => window.scrollTo(0, 0));
    expect(await page().evaluate(highlighted)).toBe('');
    await panel(`document.querySelector('.note-card[data-note="world-context/afghanistan"] .step.next').click()`);
    await waitFor(async () => (await page().evaluate(highlighted)) !== '', 5_000, 'a highlighted mention');
    expect(await page().evaluate(highlighted)).toMatch(/Afghan/);
    await waitFor(() => page().evaluate(() => window.scrollY > 100), 5_000, 'the page to scroll to the mention');
  });

  it('follows the reader to another tab, and shows that tab its own notes', async () => {
    const other = await session.context.newPage();
    await other.goto(server.url('labels-ru-footnotes'));
    await other.bringToFront();
    const expected = 'designated-entities/istories';
    await waitFor(
      () => panel<boolean>(`[...document.querySelectorAll('[data-note]')].some((e) => e.dataset.note === ${JSON.stringify(expected)})`),
      10_000,
      "the panel to show the other tab's notes",
    );
    expect(await panel<boolean>(`[...document.querySelectorAll('[data-note]')].some((e) => e.dataset.note === 'designated-entities/taliban')`)).toBe(false);
  });
});
