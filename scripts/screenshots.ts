/// <reference types="chrome" />
// npm run screenshots: pictures of the real extension in Chromium for the README: the sidebar on the demo
// article (light and dark, English and Russian), the popup, the options page, a narrow window (the sidebar starts
// as its tab) and the page the browser's side panel shows. Needs `npm run build`.
import { mkdirSync } from 'node:fs';
import { decidedTab, launchChromium, readySidebar } from '../tests/e2e/launch-chromium';
import { startFixtureServer } from '../tests/e2e/server';
import { waitFor } from '../tests/e2e/wait';

const OUT = 'docs/screenshots';
mkdirSync(OUT, { recursive: true });
const server = await startFixtureServer();
const written: string[] = [];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const language of ['en', 'ru'] as const) {
    const session = await launchChromium({ colorScheme });
    try {
      await session.worker.evaluate((lang) => chrome.storage.local.set({ settings: { version: 2, language: lang } }), language);
      const page = await session.context.newPage();
      await page.goto(server.url('demo-tagdiv-article'));
      const sidebar = await readySidebar(session, page);
      // Step to the Taliban's first mention so the picture shows a highlight.
      await sidebar.click('.label-entity[data-note="designated-entities/taliban"] .step.next');
      await page.waitForTimeout(700);
      await sidebar.evaluate(() => document.querySelector('main')?.scrollTo(0, 0));
      const file = `${OUT}/sidebar-${colorScheme}-${language}.png`;
      await page.screenshot({ path: file });
      written.push(file);
      if (colorScheme === 'light' && language === 'en') {
        const { tabId } = await decidedTab(session, page);
        const popup = await session.context.newPage();
        await popup.setViewportSize({ width: 330, height: 300 });
        await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
        await waitFor(async () => !(await popup.isDisabled('#modes')), 5_000, 'the popup');
        await popup.screenshot({ path: `${OUT}/popup.png` });
        written.push(`${OUT}/popup.png`);
        const options = await session.context.newPage();
        await options.setViewportSize({ width: 900, height: 1100 });
        await options.goto(`chrome-extension://${session.extensionId}/options.html`);
        await options.waitForSelector('#packs[data-ready="true"]');
        await options.screenshot({ path: `${OUT}/options.png` });
        written.push(`${OUT}/options.png`);
        // The browser's side panel draws this page at its own width; Playwright cannot picture browser UI.
        const panel = await session.context.newPage();
        await panel.setViewportSize({ width: 380, height: 900 });
        await panel.goto(`chrome-extension://${session.extensionId}/sidebar.html?tab=${tabId}`);
        await panel.waitForSelector('body[data-ready="true"] .label-entity');
        await panel.screenshot({ path: `${OUT}/side-panel.png` });
        written.push(`${OUT}/side-panel.png`);
        const narrow = await session.context.newPage();
        await narrow.setViewportSize({ width: 800, height: 700 });
        await narrow.goto(server.url('demo-tagdiv-article'));
        await readySidebar(session, narrow);
        await narrow.screenshot({ path: `${OUT}/narrow-window.png` });
        written.push(`${OUT}/narrow-window.png`);
      }
    } finally {
      await session.close();
    }
  }
}
await server.close();
console.log(written.join('\n'));
