/// <reference types="chrome" />
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_ORIGIN, type FirefoxSession, launchFirefox, openExtensionPage, readySidebar, decidedTab } from './launch-firefox';
import { attackSidebar, collectFacts, embedSidebarCopy } from './page-checks';
import { expectedFor, type FixtureServer, startFixtureServer } from './server';
import { waitFor } from './wait';

// The built Firefox MV2 add-on in Debian's firefox-esr over WebDriver BiDi, on fixture pages on 127.0.0.1.

let server: FixtureServer;
let session: FirefoxSession;
/** An extension page kept open to reach storage and tabs from the extension's side. */
let extensionPage: Page;
const requests: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchFirefox();
  extensionPage = await openExtensionPage(session.browser, '/popup.html');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function openFixture(name: string): Promise<Page> {
  const page = await session.browser.newPage();
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(server.url(name));
  return page;
}

const tabState = async (page: Page) => (await decidedTab(extensionPage, page)).state;

function factsArg(name: string) {
  const e = expectedFor(name);
  return { hidden: e.hidden.selectorsHidden, visible: e.visible, texts: e.hiddenTexts ?? [] };
}

// Labels found by their shape in the built add-on: each labelled note gets its label card, the banner outside
// the article body included.
describe.each(['labels-ru-footnotes', 'labels-ru-banner-outlet', 'labels-en-frames', 'register-ru-listed-people', 'register-excluded-entry'])('Firefox: labels on %s', (name) => {
  it('shows a label card for every labelled note, and no other', async () => {
    const page = await openFixture(name);
    const sidebar = await readySidebar(page);
    const labelled = await sidebar.evaluate(() => [...new Set(Array.from(document.querySelectorAll('.label-entity')).map((c) => c.getAttribute('data-note')))].sort());
    expect(labelled).toEqual(Object.keys(expectedFor(name).labelLinks ?? {}).sort());
    await page.close();
  });
});

describe('Firefox: demo article', () => {
  const name = 'demo-tagdiv-article';
  let page: Page;
  let sidebar: Frame;

  beforeAll(async () => {
    page = await openFixture(name);
    sidebar = await readySidebar(page);
  });

  it('hides the comment form and every warning string, keeps every article paragraph visible', async () => {
    const facts = await page.evaluate(collectFacts, factsArg(name));
    for (const [sel, hidden] of Object.entries(facts.hiddenSelectors)) expect(hidden, `${sel} hidden`).toBe(true);
    for (const [text, visible] of Object.entries(facts.textsVisible)) expect(visible, `"${text}" visible`).toBe(false);
    for (const [sel, v] of Object.entries(facts.visibleSelectors)) {
      expect(v.total, `${sel} present`).toBeGreaterThan(0);
      expect(v.visible, `${sel} visible`).toBe(v.total);
    }
  });

  it('shows the sidebar from the extension origin, listing the expected notes and the label', async () => {
    const facts = await page.evaluate(collectFacts, factsArg(name));
    expect(facts.sidebarFrames).toBe(1);
    expect(facts.sidebarSrc).toBe(`${FIREFOX_ORIGIN}/sidebar.html`);
    const listed = await sidebar.evaluate(() =>
      Array.from(document.querySelectorAll('.note-card')).map((c) => c.getAttribute('data-note')),
    );
    expect(listed).toEqual(expectedFor(name).notes);
    const taliban = await sidebar.evaluate(
      () => document.querySelector('.label-entity[data-note="designated-entities/taliban"]')?.textContent ?? '',
    );
    expect(taliban).toContain('suspended since 17 Apr 2025');
  });

  it("keeps the sidebar document out of the page scripts' reach", async () => {
    const attack = await page.evaluate(attackSidebar);
    expect(attack.read).toMatch(/^blocked/);
    expect(attack.write).toMatch(/^blocked/);
  });

  it("shows nothing of the tab's notes in a copy of the sidebar page the page frames itself; forged tokens change nothing", async () => {
    expect(await page.evaluate(embedSidebarCopy)).toContain('sidebar.html?copy=1');
    const copy = await waitFor(async () => {
      for (const frame of page.mainFrame().childFrames())
        if ((await frame.evaluate(() => location.href).catch(() => '')).includes('sidebar.html?copy=1')) return frame;
      return null;
    }, 10_000, 'the copy');
    await waitFor(() => copy.evaluate(() => document.body.dataset.ready === 'true'), 10_000, 'the copy settled');
    expect(await copy.evaluate(() => document.querySelectorAll('.note-card, .label-card, .section-hidden').length)).toBe(0);
    expect(await copy.evaluate(() => document.getElementById('content')!.textContent)).toMatch(/\w/);
    // Nor the reader's mark, which the real sidebar and the popup show alike.
    expect(await copy.evaluate(() => document.getElementById('mark')!.hidden)).toBe(true);
    const markOf = (frame: Pick<Frame, 'evaluate'>) =>
      frame.evaluate(() => { const m = document.getElementById('mark')!; return m.hidden ? null : `${m.textContent} ${m.style.background}`; });
    await waitFor(() => markOf(sidebar), 5_000, 'the mark');
    const mark = await markOf(sidebar);
    expect([...mark!.split(' ')[0]!]).toHaveLength(2);
    const popup = await openExtensionPage(session.browser, '/popup.html');
    await waitFor(() => markOf(popup), 5_000, 'the popup mark');
    expect(await markOf(popup)).toBe(mark);
    await popup.close();
    // The real frame keeps its notes, and still answers: Show/Hide below works through it.
    expect(await sidebar.evaluate(() => Array.from(document.querySelectorAll('.note-card')).map((c) => c.getAttribute('data-note')))).toEqual(expectedFor(name).notes);
    await page.evaluate(() => document.getElementById('page-copy')?.remove());
  });

  it('shows a hidden section again with Show and hides it with Hide', async () => {
    const visible = () => page.evaluate(() => document.querySelector('#comments')!.checkVisibility());
    await sidebar.evaluate(() => (document.querySelector('.section-hidden button.toggle') as HTMLButtonElement).click());
    await waitFor(visible, 5_000, '#comments shown');
    await sidebar.evaluate(() => (document.querySelector('.section-hidden button.toggle') as HTMLButtonElement).click());
    await waitFor(async () => !(await visible()), 5_000, '#comments hidden again');
  });
});

describe('Firefox: non-article page', () => {
  it('hides nothing and shows no sidebar on a home page of <article> cards', async () => {
    const name = 'home-page-cards';
    const page = await openFixture(name);
    expect((await tabState(page)).status).toBe('not-article');
    const facts = await page.evaluate(collectFacts, factsArg(name));
    expect(facts.markers).toBe(0);
    expect(facts.sidebarFrames).toBe(0);
    for (const [sel, v] of Object.entries(facts.visibleSelectors)) expect(v.visible, sel).toBe(v.total);
  });
});

describe('Firefox: site set to Off', () => {
  it('leaves the page untouched after reload', async () => {
    const name = 'demo-tagdiv-article';
    const page = await openFixture(name);
    await readySidebar(page);
    const host = new URL(server.origin).hostname;
    await extensionPage.evaluate(
      (h) =>
        (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.set({
          settings: { version: 1, siteModes: { [h]: 'off' }, level: 'section' },
        }),
      host,
    );
    await page.reload();
    expect((await tabState(page)).status).toBe('off');
    const facts = await page.evaluate(collectFacts, factsArg(name));
    expect(facts.markers).toBe(0);
    expect(facts.sidebarFrames).toBe(0);
    expect(Object.values(facts.textsVisible).every(Boolean)).toBe(true);
    await extensionPage.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.clear());
  });
});

describe('Firefox: network', () => {
  it('makes no request beyond the fixture server and its own files', () => {
    expect(requests.length).toBeGreaterThan(0);
    const foreign = requests.filter((u) => !u.startsWith('data:') && !u.startsWith(server.origin) && !u.startsWith(`${FIREFOX_ORIGIN}/`));
    expect(foreign).toEqual([]);
  });
});
