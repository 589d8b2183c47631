/// <reference types="chrome" />
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, launchFirefox, openExtensionPage, openedSidebar, decidedTab } from './launch-firefox';
import { collectFacts } from './page-checks';
import { expectedFor, type FixtureServer, startFixtureServer } from './server';
import { waitFor } from './wait';

// Comment clutter in the built Firefox MV2 add-on: a sample of comment-system fixtures, Show / Hide from
// the sidebar restoring exactly, a user rule set through extension storage, and a late comment widget.

const SAMPLE = ['comments-wordpress', 'comments-tagdiv', 'comments-wpdiscuz', 'comments-disqus', 'comments-openweb', 'comments-cackle', 'comments-blogger', 'residue-wordpress-es', 'threads-en', 'threads-fr', 'threads-ru'];

let server: FixtureServer;
let session: FirefoxSession;
let extensionPage: Page;
let host: string;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchFirefox();
  extensionPage = await openExtensionPage(session.browser, '/popup.html');
  host = new URL(server.origin).hostname;
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

type Api = { browser: typeof chrome };

async function setSettings(settings: Record<string, unknown> | null): Promise<void> {
  await extensionPage.evaluate(
    (s) => {
      const api = (globalThis as unknown as Api).browser;
      return s ? api.storage.local.set({ settings: s }) : api.storage.local.clear();
    },
    settings,
  );
}

async function open(name: string, page?: Page): Promise<Page> {
  const p = page ?? (await session.browser.newPage());
  await p.goto(server.url(name));
  await decidedTab(extensionPage, p);
  return p;
}

const systemsListed = (sidebar: Frame) =>
  sidebar.evaluate(() => Array.from(document.querySelectorAll('.section-hidden .hidden-item')).map((s) => s.getAttribute('data-system')));

function factsArg(name: string) {
  const e = expectedFor(name);
  return { hidden: e.hidden.selectorsHidden, visible: e.visible, texts: e.hiddenTexts ?? [] };
}

describe('Firefox: built-in comment-system rules', () => {
  it('hides the comment markup of a sample of systems and keeps the article visible', async () => {
    const page = await session.browser.newPage();
    const problems: string[] = [];
    for (const name of SAMPLE) {
      await open(name, page);
      const facts = await page.evaluate(collectFacts, factsArg(name));
      for (const [sel, hidden] of Object.entries(facts.hiddenSelectors)) if (!hidden) problems.push(`${name}: ${sel} visible`);
      for (const [text, visible] of Object.entries(facts.textsVisible)) if (visible) problems.push(`${name}: "${text}" visible`);
      for (const [sel, v] of Object.entries(facts.visibleSelectors))
        if (!v.total || v.visible !== v.total) problems.push(`${name}: ${sel} ${v.visible}/${v.total} visible`);
    }
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('Firefox: Show and Hide', () => {
  it('Show restores the element exactly, Hide puts the hiding back', async () => {
    const page = await open('comments-vk');
    const sidebar = await openedSidebar(extensionPage, page);
    const state = () =>
      page.evaluate(() => {
        const el = document.getElementById('vk_comments')!;
        const probe = document.createElement('div');
        probe.setAttribute('style', 'width: 100%; height: 320px; background: none;');
        return JSON.stringify({
          visible: el.checkVisibility(),
          sameStyle: el.style.cssText === probe.style.cssText,
          marker: el.hasAttribute('data-reading-context-hidden'),
        });
      });
    const hiddenState = JSON.stringify({ visible: false, sameStyle: false, marker: true });
    const shownState = JSON.stringify({ visible: true, sameStyle: true, marker: false });
    expect(await state()).toBe(hiddenState);
    const click = () => sidebar.evaluate(() => (document.querySelector('.section-hidden button.toggle') as HTMLButtonElement).click());
    await click();
    await waitFor(async () => (await state()) === shownState, 5_000, 'shown exactly');
    await click();
    await waitFor(async () => (await state()) === hiddenState, 5_000, 'hidden again');
    await page.close();
  });
});

describe('Firefox: user rule', () => {
  it('applies a user rule set through extension storage, and its exception', async () => {
    const rules = [`${host}##.reader-poll:has-text(Poll:)`, '##div:has-text(/regex/)'].join('\n');
    await setSettings({ version: 1, siteModes: {}, level: 'section', userRules: rules });
    const page = await open('user-rule-target');
    const visible = () =>
      page.evaluate(() => ['.reader-poll', '.newsletter-box', '.entry-content p'].map((s) => document.querySelector(s)!.checkVisibility()).join());
    await waitFor(async () => (await visible()) === 'false,true,true', 5_000, 'the poll hidden');
    expect(await systemsListed(await openedSidebar(extensionPage, page))).toEqual(['user']);
    await setSettings({ version: 1, siteModes: {}, level: 'section', userRules: `${rules}\n${host}#@#.reader-poll:has-text(Poll:)` });
    await open('user-rule-target', page);
    await waitFor(async () => (await visible()) === 'true,true,true', 5_000, 'the exception applied');
    await setSettings(null);
    await page.close();
  });
});

describe('Firefox: late widget', () => {
  it('hides a Disqus thread inserted 500 ms after load', async () => {
    const page = await open('late-widget-disqus');
    await waitFor(() => page.evaluate(() => document.documentElement.dataset.lateInserted === 'true'), 5_000, 'the late thread');
    await waitFor(
      () => page.evaluate(() => document.getElementById('disqus_thread')?.checkVisibility() === false),
      5_000,
      'the late thread hidden',
    );
    expect(await page.evaluate(() => document.querySelector('.entry-content p')!.checkVisibility())).toBe(true);
    const sidebar = await openedSidebar(extensionPage, page);
    await waitFor(async () => (await systemsListed(sidebar)).join() === 'wordpress,disqus', 5_000, 'the sidebar listing disqus');
    await page.close();
  });
});
