/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './launch-chromium';
import { type FixtureServer, startFixtureServer } from './server';
import { startVirtualDisplay, type VirtualDisplay } from './xvfb';
import { waitFor } from './wait';

// The keyboard shortcut, pressed for real: Chromium in a window on a virtual X display, keys from xdotool.

let server: FixtureServer;
let x: VirtualDisplay;
let session: ChromiumSession;

beforeAll(async () => {
  server = await startFixtureServer();
  x = await startVirtualDisplay();
  session = await launchChromium({ display: x.display });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  x?.close();
});

describe('Chromium: keyboard shortcut', () => {
  it('is assigned, and Alt+Shift+K closes and opens the sidebar', async () => {
    const commands = await session.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'toggle-sidebar')?.shortcut).toBe('Alt+Shift+K');
    const page = await session.context.newPage();
    await page.goto(server.url('demo-tagdiv-article'));
    const frames = () => page.evaluate(() => document.querySelectorAll('[data-reading-context="sidebar"]').length);
    await waitFor(async () => (await frames()) === 1, 10_000, 'the sidebar');
    x.press('alt+shift+k', 'chromium');
    await waitFor(async () => (await frames()) === 0, 5_000, 'the shortcut to close the sidebar');
    x.press('alt+shift+k', 'chromium');
    await waitFor(async () => (await frames()) === 1, 5_000, 'the shortcut to open the sidebar');
  });

  it('is assigned, and Alt+Shift+L goes to the next labelled place in the text', async () => {
    const commands = await session.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'next-label')?.shortcut).toBe('Alt+Shift+L');
    const page = session.context.pages().at(-1)!;
    const highlighted = () =>
      page.evaluate(() => {
        const h = (CSS as unknown as { highlights: Map<string, { values(): Iterable<Range> }> }).highlights.get('reading-context-mention');
        return h ? [...h.values()].map((r) => r.toString()).join('') : '';
      });
    expect(await highlighted()).toBe('');
    x.press('alt+shift+l', 'chromium');
    await waitFor(async () => (await highlighted()) !== '', 5_000, 'the shortcut to highlight a labelled place');
  });
});
